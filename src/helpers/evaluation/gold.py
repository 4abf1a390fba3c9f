"""Loading the annotated article folders ``tests/gold/`` (the quality gate) and
``tests/heldout/`` (reported, not gated). Format: ``tests/gold/README.md``."""

from __future__ import annotations

import json
import re
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
