"""Scoring on public corpora: TimeBank/AQUAINT (TempEval-3 timex measures) and PolNeAR
(quotations). Their texts are not in the repository: the caller passes the JSONL paths.
The measures are in :mod:`helpers.evaluation.corpus_scoring`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd

from helpers.evaluation.corpus_scoring import polnear_counts, tempeval_counts, tempeval_scores
from helpers.evaluation.scoring import Counts

logger = logging.getLogger(__name__)


def read_jsonl(path: Path | str) -> list[dict]:
    """The records of a JSON lines file (blank lines skipped).

    Raises:
        ValueError: a line is not JSON (the message names the file and line).
    """
    docs = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: line {n}: not JSON ({exc})") from None
    return docs


def text_article(
    article_id: str, path: str, text: str, title: str | None, published: str | None, source: str | None = None
):
    """An in-memory plain-text Article (language en; ``published``: an ISO date or datetime
    string, or None). Nothing is read or written."""
    from helpers.core.articles import Article

    day = dt.date.fromisoformat(published[:10]) if published else None
    return Article(
        article_id,
        path,
        "text",
        text,
        title or "",
        day,
        source,
        None,
        "en",
        "utf-8",
        hashlib.sha256(text.encode()).hexdigest(),
    )


def polnear_article(n: int, doc: dict, article_id: str | None = None):
    """PolNeAR record number ``n`` (1-based) as an in-memory Article named ``article_id`` when
    given, else by the record's ``article`` key (``polnear_<n>`` when it has none), so that the
    records of one article's annotators, the crash check and the event sets build the same
    Article: text (as it stands; it opens with the title line), title, publication_date, publisher."""
    return text_article(
        article_id or doc.get("article") or f"polnear_{n}",
        doc.get("article", ""),
        doc["text"],
        doc.get("title"),
        doc.get("publication_date"),
        doc.get("publisher"),
    )


def tempeval_article(doc: dict):
    """A TimeBank/AQUAINT record as an in-memory Article named by its docid, published on its DCT."""
    return text_article(
        str(doc["docid"]), str(doc["docid"]), doc["text"], doc.get("title"), (doc.get("dct") or {}).get("value")
    )


# --- TempEval-3 on TimeBank / AQUAINT ----------------------------------------------
def evaluate_tempeval(
    path: Path | str, *, every: int = 25, log: Callable[[str], None] | None = None, timex_fn: Callable | None = None
) -> dict:
    """Score :func:`helpers.timexes.extract.timexes_in_text` on a TempEval JSONL file.

    Args:
        path: JSON lines ``{docid, dct: {value}, text, timexes: [{type, value, start, end, text}]}``.
        every: a progress line (logging, INFO) every this many documents.
        timex_fn: ``(text, dct) -> [dict(start|start_char, end|end_char, value)]``; default the project's.

    Returns:
        dict: docs, n_pred, n_gold, relaxed, strict, value_ok and the scores of :func:`tempeval_scores`.
    """
    if timex_fn is None:
        from helpers.timexes.extract import timexes_in_text as timex_fn
    log = log or logger.info
    total = {"n_pred": 0, "n_gold": 0, "relaxed": 0, "strict": 0, "value_ok": 0}
    docs = read_jsonl(path)
    for n, doc in enumerate(docs, 1):
        dct = dt.date.fromisoformat(doc["dct"]["value"][:10]) if doc.get("dct") else None
        pred = [
            {
                "start": p.get("start", p.get("start_char")),
                "end": p.get("end", p.get("end_char")),
                "value": p.get("value"),
            }
            for p in timex_fn(doc["text"], dct)
        ]
        for k, v in tempeval_counts(pred, doc["timexes"]).items():
            total[k] += v
        if n % every == 0 or n == len(docs):
            log(f"tempeval {Path(path).name}: {n}/{len(docs)} documents")
    return {"docs": len(docs), **total, **tempeval_scores(total)}


# --- PolNeAR quotations ------------------------------------------------------------
def evaluate_polnear(
    path: Path | str, *, every: int = 10, log: Callable[[str], None] | None = None, extracted: Mapping | None = None
) -> dict:
    """Score the quote extractor on PolNeAR (JSON lines with article, publication_date,
    title, text, attributions). Articles are parsed in memory, nothing is written; those in
    ``extracted`` (tables by Article, the crash check's) are not extracted again.

    Returns:
        dict: docs, failed, predicted, right, gold, found, speaker_ok, precision, recall,
        f1 (content overlap) and speaker_share (right-speaker share of right quotes).
    """
    from helpers.pipeline import extract_tables

    log = log or logger.info
    docs = read_jsonl(path)
    total = {"predicted": 0, "right": 0, "gold": 0, "found": 0, "speaker_ok": 0}
    failed = 0
    for n, doc in enumerate(docs, 1):
        try:
            article = polnear_article(n, doc)
            tables = (extracted or {}).get(article)
            quotes = (extract_tables(article) if tables is None else tables)["quotes"]
        except Exception as exc:  # one failing article counts as no predictions
            failed += 1
            log(f"polnear: {doc.get('article')}: {type(exc).__name__}: {exc}")
            quotes = pd.DataFrame(columns=["start_char", "end_char", "speaker"])
        preds = [
            {
                "start": int(r["start_char"]),
                "end": int(r["end_char"]),
                "speaker": r.get("speaker"),
                "speaker_start": r.get("speaker_start_char"),
                "speaker_end": r.get("speaker_end_char"),
            }
            for r in quotes.to_dict("records")
        ]
        for k, v in polnear_counts(preds, doc["attributions"]).items():
            total[k] += v
        if n % every == 0 or n == len(docs):
            log(f"polnear: {n}/{len(docs)} articles")
    c = Counts(total["right"], total["predicted"], total["found"], total["gold"])
    return {
        "docs": len(docs),
        "failed": failed,
        **total,
        "precision": c.precision,
        "recall": c.recall,
        "f1": c.f1,
        "speaker_share": total["speaker_ok"] / total["right"] if total["right"] else 0.0,
    }
