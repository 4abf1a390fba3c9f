"""Loading the annotated article folders ``tests/gold/`` (the quality gate) and
``tests/heldout/`` (reported, not gated), format ``tests/gold/README.md``; and the one loader of
the real-text event sets whose texts stay outside the repository (Reuters, TimeBank/AQUAINT news,
PolNeAR), format ``tests/gold_reuters/README.md`` (:func:`load_text_gold`)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from helpers.paths import ROOT

GOLD_DIR = ROOT / "tests" / "gold"
HELDOUT_DIR = ROOT / "tests" / "heldout"


def locate(text: str, fragment: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th whole-word match of ``fragment`` in ``text``.

    Raises:
        ValueError: the fragment does not occur that often.
    """
    pattern = r"(?<!\w)" + re.escape(fragment) + r"(?!\w)"
    matches = list(re.finditer(pattern, text))
    if len(matches) < occurrence:
        raise ValueError(f"{fragment!r} occurs {len(matches)} times, not {occurrence}")
    m = matches[occurrence - 1]
    return m.start(), m.end()


def load_gold(gold_dir: Path | str = GOLD_DIR) -> list[tuple[object, dict]]:
    """Every annotated article of a gold folder with its annotation, spans located.

    Args:
        gold_dir: folder of ``<stem>.{txt,md,html}`` + ``<stem>.meta.json`` +
            ``<stem>.gold.json`` (format: ``tests/gold/README.md``).

    Returns:
        ``[(Article, gold dict)]`` sorted by file name; every quantity and timex of the
        gold dict gets ``start`` and ``end`` (offsets into ``Article.text``).

    Raises:
        ValueError: a gold span is not in the article text, or the published date
        disagrees with the article's metadata.
        FileNotFoundError: no ``*.gold.json`` in the folder.
    """
    from helpers.core.articles import load_article

    pairs = []
    files = sorted(Path(gold_dir).glob("*.gold.json"))
    if not files:
        raise FileNotFoundError(f"no *.gold.json files in {gold_dir}")
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = load_article(path.with_name(gold["article"]))
        if str(article.published) != gold["published"]:
            raise ValueError(f"{path.name}: published {gold['published']} but metadata says {article.published}")
        for item in gold["quantities"] + gold["timexes"]:
            try:
                item["start"], item["end"] = locate(article.text, item["text"], item.get("occurrence", 1))
            except ValueError as exc:
                raise ValueError(f"{path.name}: {exc}") from None
        pairs.append((article, gold))
    return pairs


def _gold_file_order(path: Path) -> tuple:
    """Sort key of gold files: numeric stems (Reuters newids) numerically, then the others by name."""
    stem = path.name.split(".gold.json")[0]
    return (0, int(stem), "") if stem.isdigit() else (1, 0, stem)


def load_text_gold(
    gold_dir: Path | str,
    id_key: str,
    read_texts: Callable[[], dict[str, dict]],
    article_of: Callable[[dict], object],
    source: str,
) -> list[tuple[object, dict]]:
    """Every annotated text of a real-text gold folder with its annotation (one loader for the
    Reuters, TimeBank/AQUAINT news and PolNeAR sets).

    Args:
        gold_dir: folder of ``<id>.gold.json`` (format of ``tests/gold_reuters/README.md``).
        id_key: the gold key naming the text: ``newid`` (Reuters), ``docid`` (TimeBank/AQUAINT),
            ``article`` (PolNeAR).
        read_texts: reads the text records, ``{id: record}``; called once, after the gold files
            are found.
        article_of: the in-memory Article of one record.
        source: the names of the text files, for error messages.

    Returns:
        ``[(Article, gold dict)]``, numeric ids in numeric order, the others by name.

    Raises:
        FileNotFoundError: no ``*.gold.json`` in the folder (or what ``read_texts`` raises).
        ValueError: a gold file names a text that is not in ``source``, or its ``published``
        differs from the Article's publication date, or its ``title_words`` do not start the
        Article's text (the message names the file).
    """
    files = sorted(Path(gold_dir).glob("*.gold.json"), key=_gold_file_order)
    if not files:
        raise FileNotFoundError(f"no *.gold.json files in {gold_dir}")
    texts = read_texts()
    pairs = []
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        record = texts.get(str(gold.get(id_key)))
        if record is None:
            raise ValueError(f"{path.name}: {id_key} {gold.get(id_key)} is not in {source}")
        article = article_of(record)
        if str(article.published) != gold.get("published"):
            raise ValueError(
                f"{path.name}: published {gold.get('published')} but the text is dated {article.published}"
            )
        if not gold.get("title_words") or not article.text.startswith(gold["title_words"]):
            raise ValueError(f"{path.name}: title_words {gold.get('title_words')!r} do not start the text")
        pairs.append((article, gold))
    return pairs
