"""Scoring the pipeline (and the baselines) on annotated article sets: ``tests/gold/``
(the quality gate), ``tests/heldout/``, the Reuters sets ``tests/gold_reuters/`` and
``tests/gold_reuters2/``, the news set ``tests/gold_news3/`` and the PolNeAR sets
``tests/gold_polnear/`` and ``tests/gold_polnear2/`` (reported, not gated).

Every table is scored by :mod:`helpers.evaluation.scoring`; events by the strict
one-to-one rules of :mod:`helpers.evaluation.event_scoring`. A table is scored only when
the gold annotation has it (the Reuters gold has events and quotes only).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.evaluation import baselines as bl
from helpers.evaluation.event_scoring import EventScore, extracted_events, score_events
from helpers.evaluation.gold import GOLD_DIR, load_gold
from helpers.evaluation.news import NEWS_GOLD_DIR, NEWS_JSONLS, load_news_gold
from helpers.evaluation.reuters import REUTERS_GOLD_DIR, REUTERS_JSONL, load_reuters_gold
from helpers.evaluation.scoring import Counts, same_quantity, same_value, score_entities, score_quotes, score_spans

logger = logging.getLogger(__name__)

TABLES = ["entities", "quotes", "quotes (text)", "quantities", "timexes", "timexes (extent)", "events"]


@dataclass
class SetScores:
    """Scores of one annotated set.

    ``tables``: one row per (table, system) with columns table (str), system (str:
    ``helpers`` or a baseline's name), right, predicted, found, gold (int64), precision,
    recall, f1 (float64, 0-1); the ``events`` row is the strict overall score (asserted
    events). ``events``: the strict event scores with per-type counts and modality
    accuracy. ``articles``: number of articles scored; ``failed``: ids of articles whose
    extraction raised (scored as predicting nothing).
    """

    tables: pd.DataFrame
    events: EventScore
    articles: int
    failed: list[str]


def pipeline_predictions(article, tables: dict | None = None) -> dict[str, list]:
    """The project's predictions for one article, as inputs of the scoring functions.

    Args:
        tables: the article's tables if already extracted (by the crash check), else None.

    Returns:
        dict with entities [(name, label)], quotes [(text, speaker)] (quoted terms left out:
        the annotation rules of every set scored here make them no quotations), quantities and
        timexes [dict(start, end, value, ...)], events [:class:`~helpers.evaluation.event_scoring.Event`],
        and the raw tables under ``tables``.
    """
    from helpers.pipeline import extract_tables

    t = extract_tables(article) if tables is None else tables
    quotations = t["quotes"][~t["quotes"]["quoted_term"]]

    def spans(df):
        return [dict(r._asdict(), start=int(r.start_char), end=int(r.end_char)) for r in df.itertuples(index=False)]

    return {
        "entities": list(zip(t["entities"]["name"], t["entities"]["label"])),
        "quotes": list(zip(quotations["text"], quotations["speaker"])),
        "quantities": spans(t["quantities"]),
        "timexes": spans(t["timexes"]),
        "events": extracted_events(t["events"]),
        "tables": t,
    }


def _score_tables(pred: dict, gold: dict, system: str) -> dict[tuple[str, str], Counts]:
    """Counts per (table, system) for the tables both the prediction and the gold have."""

    def has(key):
        return key in pred and key in gold

    out = {}
    if has("entities"):
        out["entities"] = score_entities(pred["entities"], gold["entities"])
    if has("quotes"):
        ents = gold.get("entities") or []
        loose = not ents  # no alias lists (Reuters, the modern sets: "entities": [])
        out["quotes"] = score_quotes(pred["quotes"], gold["quotes"], ents, part_of_name=loose)
        out["quotes (text)"] = score_quotes(pred["quotes"], gold["quotes"], ents, speaker=False)
    if has("quantities"):
        out["quantities"] = score_spans(pred["quantities"], gold["quantities"], same_quantity)
    if has("timexes"):
        out["timexes"] = score_spans(pred["timexes"], gold["timexes"], same_value)
        out["timexes (extent)"] = score_spans(pred["timexes"], gold["timexes"])
    return {(table, system): counts for table, counts in out.items()}


def _baseline_predictions(article, log) -> list[tuple[str, dict]]:
    dp = bl.safe(bl.dateparser_timexes, article, log)
    return [
        ("spaCy en_core_web_sm ents", {"entities": bl.safe(bl.spacy_entities, article, log)}),
        ("dateparser search_dates", {"timexes": dp}),
        ("textacy direct_quotations", {"quotes": bl.safe(bl.textacy_quotes, article, log)}),
    ]


def score_articles(
    pairs: Iterable[tuple[object, dict]],
    *,
    baselines: bool = True,
    label: str = "gold",
    log: Callable[[str], None] | None = None,
    extracted: Mapping | None = None,
) -> SetScores:
    """Score the pipeline (and, with ``baselines``, the baselines) on annotated articles.

    Args:
        pairs: ``[(Article, gold dict)]`` as from :func:`~helpers.evaluation.gold.load_gold`
            or :func:`~helpers.evaluation.reuters.load_reuters_gold`.
        label: name of the set in progress lines.
        extracted: tables already extracted, by Article (the crash check's); the other
            articles are extracted here.

    Returns:
        :class:`SetScores`, micro-averaged over the articles.
    """
    log = log or logger.info
    totals: dict[tuple[str, str], Counts] = {}
    events, n, failed = EventScore(), 0, []
    for article, gold in pairs:
        n += 1
        try:
            pred = pipeline_predictions(article, (extracted or {}).get(article))
        except Exception as exc:  # a failing article scores zero, the others go on
            log(f"helpers failed on {article.article_id}: {type(exc).__name__}: {exc}")
            failed.append(article.article_id)
            pred = {"entities": [], "quotes": [], "quantities": [], "timexes": [], "events": []}
        scored = _score_tables(pred, gold, "helpers")
        article_events = score_events(pred["events"], gold["events"], article.article_id)
        events += article_events
        scored[("events", "helpers")] = article_events.overall
        for system, bpred in _baseline_predictions(article, log) if baselines else []:
            scored |= _score_tables(bpred, gold, system)
        for key, counts in scored.items():
            totals[key] = totals.get(key, Counts()) + counts
        log(f"{label}: scored {article.article_id}")
    rows = [
        {
            "table": t,
            "system": s,
            "right": c.right,
            "predicted": c.predicted,
            "found": c.found,
            "gold": c.gold,
            "precision": c.precision,
            "recall": c.recall,
            "f1": c.f1,
        }
        for (t, s), c in sorted(totals.items(), key=lambda kv: (TABLES.index(kv[0][0]), kv[0][1] != "helpers"))
    ]
    return SetScores(pd.DataFrame(rows), events, n, failed)


def evaluate_gold(
    gold_dir: Path | str = GOLD_DIR, *, baselines: bool = True, log: Callable[[str], None] | None = None
) -> SetScores:
    """Score a folder in the ``tests/gold`` format (:func:`~helpers.evaluation.gold.load_gold`)."""
    return score_articles(load_gold(gold_dir), baselines=baselines, label=Path(gold_dir).name, log=log)


def evaluate_reuters(
    jsonl: Path | str = REUTERS_JSONL,
    gold_dir: Path | str = REUTERS_GOLD_DIR,
    *,
    log: Callable[[str], None] | None = None,
    extracted: Mapping | None = None,
) -> SetScores:
    """Score the Reuters gold set (events and quotes; no baselines); ``extracted`` as in
    :func:`score_articles`.

    Raises:
        FileNotFoundError: the JSONL or the gold files are missing.
    """
    pairs = load_reuters_gold(jsonl, gold_dir)
    return score_articles(pairs, baselines=False, label="reuters", log=log, extracted=extracted)


def evaluate_news(
    paths=NEWS_JSONLS,
    gold_dir: Path | str = NEWS_GOLD_DIR,
    *,
    log: Callable[[str], None] | None = None,
) -> SetScores:
    """Score a TimeBank/AQUAINT news gold set (``tests/gold_news3``: events and quotes; no
    baselines), by the same scoring as the Reuters sets.

    Raises:
        FileNotFoundError: a JSONL or the gold files are missing.
        ValueError: a gold file names a document that is not in the JSONL files.
    """
    return score_articles(load_news_gold(paths, gold_dir), baselines=False, label="news", log=log)
