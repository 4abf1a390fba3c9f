"""The third measuring set ``tests/gold_news3/``: 1989-2000 newswire and broadcast documents of
TimeBank and AQUAINT (AP, NYT, ABC, CNN, VOA, PRI, WSJ, Xinhua, ...), annotated with events and
quotations by the rules of ``tests/gold_reuters/README.md``. It is scored only, never studied
story by story (``tests/gold_news3/README.md``).

The texts are not in the repository: they are read from the TimeBank/AQUAINT JSON lines files
(by default ``aquaint_tbaq.jsonl`` and ``timebank_tbaq.jsonl`` in ``../shared/eval/timebank/``
beside the project, :data:`NEWS_JSONLS`) and each document is built in memory, as
:func:`helpers.evaluation.reuters.story_article` builds a Reuters story: text ``title + "\\n\\n"
+ text`` (the text alone when the document has no title; surrounding blank lines dropped),
publication date = the DCT. Nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from helpers.evaluation.corpora import read_jsonl, text_article
from helpers.evaluation.gold import load_text_gold
from helpers.paths import ROOT

NEWS_GOLD_DIR = ROOT / "tests" / "gold_news3"
NEWS_JSONLS = tuple(
    ROOT.parent / "shared" / "eval" / "timebank" / name for name in ("aquaint_tbaq.jsonl", "timebank_tbaq.jsonl")
)


def read_documents(paths) -> dict[str, dict]:
    """The TimeBank/AQUAINT documents of some JSON lines files by ``docid``.

    Returns:
        ``{docid: {docid, dct, title, text, ...}}`` in file order.

    Raises:
        ValueError: a line is not JSON, or a record lacks docid, dct value or text (the
        message names the file and the record).
        FileNotFoundError: no such file.
    """
    docs = {}
    for path in paths:
        for n, doc in enumerate(read_jsonl(path), 1):
            try:
                docs[str(doc["docid"])] = {**doc, "published": doc["dct"]["value"][:10], "text": doc["text"]}
            except (KeyError, TypeError) as exc:
                raise ValueError(f"{path}: record {n}: not a TimeBank/AQUAINT document ({exc!r} missing)") from None
    return docs


def document_article(doc: dict):
    """One document as an in-memory Article: id = docid, text ``title + "\\n\\n" + text`` (the
    stripped text alone when the title is empty or null), title, publication date = the DCT's
    date, language en."""
    body = doc["text"].strip()
    title = doc.get("title") or ""
    text = f"{title}\n\n{body}" if title else body
    return text_article(str(doc["docid"]), str(doc["docid"]), text, title, doc["dct"]["value"], None)


def load_news_gold(paths=NEWS_JSONLS, gold_dir: Path | str = NEWS_GOLD_DIR) -> list[tuple[object, dict]]:
    """Every annotated document of a news gold folder with its annotation
    (:func:`~helpers.evaluation.gold.load_text_gold` with ``docid`` as id key and
    :func:`document_article` texts).

    Args:
        paths: the TimeBank/AQUAINT JSON lines files holding the texts.
        gold_dir: folder of ``<docid>.gold.json`` (format of ``tests/gold_reuters/README.md``,
            with ``docid`` in place of ``newid`` and ``published`` = the DCT date).

    Returns:
        ``[(Article, gold dict)]`` sorted by docid; gold keys docid, published, title_words,
        events, quotes.

    Raises:
        FileNotFoundError: a JSONL is missing, or no ``*.gold.json`` in the folder.
        ValueError: a gold file names a docid that is in none of the JSONL files, or its
        ``published`` / ``title_words`` disagree with the document.
    """
    names = ", ".join(Path(p).name for p in paths)
    return load_text_gold(gold_dir, "docid", lambda: read_documents(paths), document_article, names)
