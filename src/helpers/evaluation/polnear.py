"""The PolNeAR event sets: ``tests/gold_polnear/`` (20 US news articles of 2016, the dev part rules
may be studied on) and the measuring set ``tests/gold_polnear2/`` (10 more, scored only: never
studied article by article), annotated with events only (PolNeAR has its own quotation gold,
scored by :func:`helpers.evaluation.corpora.evaluate_polnear`) by the rules of
``tests/gold_reuters/README.md``.

The texts are not in the repository: they are read from the PolNeAR JSON lines file (by default
``../shared/eval/polnear/dev.jsonl`` beside the project, :data:`POLNEAR_JSONL`), which holds one
record per article and annotator; each article is built in memory once by
:func:`helpers.evaluation.corpora.polnear_article` (the record's text as it stands, publication
date = ``publication_date``), named by PolNeAR's ``article`` key. Nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from helpers.evaluation.corpora import polnear_article, read_jsonl
from helpers.evaluation.gold import load_text_gold
from helpers.paths import ROOT

POLNEAR_GOLD_DIR = ROOT / "tests" / "gold_polnear"
POLNEAR_MEASURE_DIR = ROOT / "tests" / "gold_polnear2"
POLNEAR_GOLD_DIRS = (POLNEAR_GOLD_DIR, POLNEAR_MEASURE_DIR)
POLNEAR_JSONL = ROOT.parent / "shared" / "eval" / "polnear" / "dev.jsonl"


def read_polnear_articles(path: Path | str) -> dict[str, dict]:
    """The articles of a PolNeAR JSON lines file by ``article``, one record each (the first of
    its annotators: their texts are the same).

    Returns:
        ``{article: {article, publication_date, title, text, ...}}`` in file order.

    Raises:
        ValueError: a line is not JSON, or a record lacks article, publication_date or text
        (the message names the file and the record).
        FileNotFoundError: no such file.
    """
    docs = {}
    for n, doc in enumerate(read_jsonl(path), 1):
        if not all(isinstance(doc.get(k), str) for k in ("article", "publication_date", "text")):
            raise ValueError(f"{path}: record {n}: not a PolNeAR record (article, publication_date or text missing)")
        docs.setdefault(doc["article"], {**doc, "n": n})
    return docs


def load_polnear_gold(
    path: Path | str = POLNEAR_JSONL, gold_dir: Path | str = POLNEAR_GOLD_DIR
) -> list[tuple[object, dict]]:
    """Every annotated PolNeAR article of a gold folder with its annotation
    (:func:`~helpers.evaluation.gold.load_text_gold` with ``article`` as id key).

    Args:
        path: the PolNeAR JSON lines file holding the texts.
        gold_dir: folder of ``<article>.gold.json`` (format of ``tests/gold_reuters/README.md``
            with ``article`` in place of ``newid`` and no ``quotes``).

    Returns:
        ``[(Article, gold dict)]`` sorted by article; the Article's id is PolNeAR's ``article``;
        gold keys article, published, title_words, events.

    Raises:
        FileNotFoundError: the JSONL is missing, or no ``*.gold.json`` in the folder.
        ValueError: a gold file names an article that is not in the JSONL, or its
        ``published`` / ``title_words`` disagree with the article.
    """

    def article_of(doc: dict):
        return polnear_article(doc["n"], doc, article_id=doc["article"])

    return load_text_gold(gold_dir, "article", lambda: read_polnear_articles(path), article_of, Path(path).name)
