"""The Reuters-21578 real-text gold sets: ``tests/gold_reuters/`` (35 wire stories of 1987, the
set rules may be studied on) and the measuring set ``tests/gold_reuters2/`` (25 more, scored
only: never studied story by story), annotated with events (type, date, count, modality) and
quotations (start, speaker).

The story texts are not in the repository: they are read from the JSON lines file
``reuters21578_sanctions_diplomacy.jsonl`` (by default ``../shared/eval/reuters/`` beside the
project, :data:`REUTERS_JSONL`) and each story is built in memory as an
:class:`helpers.core.articles.Article` whose text is ``title + "\\n\\n" + body`` and whose
publication date is the story's ``date``. Nothing is written. The gold format and the
annotation rules are in ``tests/gold_reuters/README.md``.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers.evaluation.corpora import text_article
from helpers.evaluation.gold import load_text_gold
from helpers.paths import ROOT

REUTERS_GOLD_DIR = ROOT / "tests" / "gold_reuters"
REUTERS_MEASURE_DIR = ROOT / "tests" / "gold_reuters2"
REUTERS_GOLD_DIRS = (REUTERS_GOLD_DIR, REUTERS_MEASURE_DIR)
REUTERS_JSONL = ROOT.parent / "shared" / "eval" / "reuters" / "reuters21578_sanctions_diplomacy.jsonl"


def read_stories(path: Path | str) -> dict[str, dict]:
    """The stories of a Reuters JSON lines file by ``newid``.

    Returns:
        ``{newid: {newid, date, title, body, ...}}`` in file order.

    Raises:
        ValueError: a line is not JSON or lacks newid, date, title or body (message names
        the file and line).
        FileNotFoundError: no such file.
    """
    stories = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                story = json.loads(line)
                stories[str(story["newid"])] = {
                    **story,
                    "title": story["title"] or "",
                    "body": story["body"] or "",
                    "date": story["date"],
                }
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}: line {n}: not a Reuters story ({type(exc).__name__}: {exc})") from None
    return stories


def story_article(story: dict):
    """One story as an in-memory Article: id ``reuters_<newid>``, text ``title + "\\n\\n" +
    body``, title, publication date = the date part of ``date``, language en."""
    article_id = f"reuters_{story['newid']}"
    return text_article(
        article_id, article_id, story["title"] + "\n\n" + story["body"], story["title"], story["date"], "Reuters"
    )


def load_reuters_gold(
    jsonl: Path | str = REUTERS_JSONL, gold_dir: Path | str = REUTERS_GOLD_DIR
) -> list[tuple[object, dict]]:
    """Every annotated Reuters story with its annotation (:func:`~helpers.evaluation.gold.load_text_gold`
    with ``newid`` as id key and :func:`story_article` texts).

    Args:
        jsonl: the Reuters JSON lines file holding the texts.
        gold_dir: folder of ``<newid>.gold.json`` (format: ``tests/gold_reuters/README.md``).

    Returns:
        ``[(Article, gold dict)]`` sorted by newid (numerically); gold keys newid,
        published, title_words, events, quotes.

    Raises:
        FileNotFoundError: the JSONL is missing, or no ``*.gold.json`` in the folder.
        ValueError: a gold file names a story that is not in the JSONL, or its
        ``published`` / ``title_words`` disagree with the story.
    """
    return load_text_gold(gold_dir, "newid", lambda: read_stories(jsonl), story_article, Path(jsonl).name)
