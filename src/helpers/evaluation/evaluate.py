"""Evaluation runs: the pipeline against the annotated articles in ``tests/gold/`` (with
baselines) and ``tests/heldout/`` (held out, not gated), TimeBank/AQUAINT (TempEval-3
timex measures) and PolNeAR (quotations), written as a Markdown report.

The gold format is documented in ``tests/gold/README.md``; the matching rules and the
measures are in :mod:`helpers.evaluation.scoring`.

Baselines on the same articles: spaCy ``en_core_web_sm`` entities as they come
(https://spacy.io/api/doc#ents), ``dateparser.search.search_dates`` anchored on the
publication date (https://dateparser.readthedocs.io/en/latest/usage.html#search-for-dates-in-longer-chunks-of-text)
and textacy's ``direct_quotations`` (https://textacy.readthedocs.io/en/latest/api_reference/extract.html);
a baseline that raises on an article predicts nothing for it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Callable

import pandas as pd

from helpers.paths import REPORTS_DIR, ROOT
from helpers.evaluation.scoring import (Counts, norm_name, polnear_counts, same_quantity, same_value, score_entities,
                             score_events, score_quotes, score_spans, tempeval_counts, tempeval_scores)

GOLD_DIR = ROOT / "tests" / "gold"
HELDOUT_DIR = ROOT / "tests" / "heldout"
GATED = ("entities", "quotes", "quantities", "timexes", "events")


# --- gold set ----------------------------------------------------------------------
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


# --- systems -----------------------------------------------------------------------
def pipeline_predictions(article) -> dict[str, list]:
    """The project's predictions for one article, as inputs of the scoring functions.

    Returns:
        dict with entities [(name, label)], quotes [(text, speaker)], quantities and
        timexes [dict(start, end, value, ...)], events [(type, date, count)], and the
        raw tables under ``tables``.
    """
    from helpers.pipeline import extract_tables

    t = extract_tables(article)
    spans = lambda df: [dict(r._asdict(), start=int(r.start_char), end=int(r.end_char))  # noqa: E731
                        for r in df.itertuples(index=False)]
    return {
        "entities": list(zip(t["entities"]["name"], t["entities"]["label"])),
        "quotes": list(zip(t["quotes"]["text"], t["quotes"]["speaker"])),
        "quantities": spans(t["quantities"]), "timexes": spans(t["timexes"]),
        "events": list(zip(t["events"]["event_type"], t["events"]["date"], t["events"]["count"])),
        "tables": t,
    }


def spacy_entities(article) -> list[tuple[str, str]]:
    """Baseline: distinct ``doc.ents`` of ``en_core_web_sm`` on the whole text."""
    from helpers.core.nlp import get_nlp

    doc = get_nlp()(article.text)
    return list(dict.fromkeys((norm_name(e.text), e.label_) for e in doc.ents))


def dateparser_timexes(article) -> list[dict]:
    """Baseline: ``dateparser.search.search_dates`` with the publication date as
    RELATIVE_BASE; each found string located in the text in order; value = ISO day."""
    from dateparser.search import search_dates

    base = dt.datetime.combine(article.published, dt.time())
    found = search_dates(article.text, languages=["en"],
                         settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
    out, cursor = [], 0
    for text, when in found:
        start = article.text.find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        out.append({"start": start, "end": cursor, "text": text, "value": when.date().isoformat()})
    return out


def textacy_quotes(article) -> list[tuple[str, str]]:
    """Baseline: textacy ``direct_quotations`` on the whole text: (content, speaker)."""
    from textacy.extract.triples import direct_quotations

    from helpers.core.nlp import get_nlp

    doc = get_nlp()(article.text)
    return [(q.content.text, " ".join(t.text for t in q.speaker)) for q in direct_quotations(doc)]


def _safe(fn, article, log) -> list:
    try:
        return fn(article)
    except Exception as exc:  # a baseline that fails scores zero on that article
        log(f"baseline {fn.__name__} failed on {article.article_id}: {type(exc).__name__}: {exc}")
        return []


def evaluate_gold(gold_dir: Path | str = GOLD_DIR, *, baselines: bool = True,
                  log: Callable[[str], None] | None = None) -> pd.DataFrame:
    """Score the pipeline (and the baselines) on the gold articles.

    Returns:
        One row per (table, system): columns table (str), system (str: ``helpers`` or
        the baseline's name), right, predicted, found, gold (int64), precision, recall,
        f1 (float64, 0-1). Tables: entities, quotes, quotes (text), quantities, timexes,
        timexes (extent), events.
    """
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    totals: dict[tuple[str, str], Counts] = {}

    def add(table, system, counts):
        totals[(table, system)] = totals.get((table, system), Counts()) + counts

    empty = {"entities": [], "quotes": [], "quantities": [], "timexes": [], "events": []}
    for article, gold in load_gold(gold_dir):
        try:
            pred = pipeline_predictions(article)
        except Exception as exc:  # a failing article scores zero, the others go on
            log(f"helpers failed on {article.article_id}: {type(exc).__name__}: {exc}")
            pred = empty
        add("entities", "helpers", score_entities(pred["entities"], gold["entities"]))
        add("quotes", "helpers", score_quotes(pred["quotes"], gold["quotes"], gold["entities"]))
        add("quotes (text)", "helpers", score_quotes(pred["quotes"], gold["quotes"], gold["entities"], speaker=False))
        add("quantities", "helpers", score_spans(pred["quantities"], gold["quantities"], same_quantity))
        add("timexes", "helpers", score_spans(pred["timexes"], gold["timexes"], same_value))
        add("timexes (extent)", "helpers", score_spans(pred["timexes"], gold["timexes"]))
        add("events", "helpers", score_events(pred["events"], gold["events"]))
        if baselines:
            add("entities", "spaCy en_core_web_sm ents",
                score_entities(_safe(spacy_entities, article, log), gold["entities"]))
            dp = _safe(dateparser_timexes, article, log)
            add("timexes", "dateparser search_dates", score_spans(dp, gold["timexes"], same_value))
            add("timexes (extent)", "dateparser search_dates", score_spans(dp, gold["timexes"]))
            tq = _safe(textacy_quotes, article, log)
            add("quotes", "textacy direct_quotations", score_quotes(tq, gold["quotes"], gold["entities"]))
            add("quotes (text)", "textacy direct_quotations",
                score_quotes(tq, gold["quotes"], gold["entities"], speaker=False))
        log(f"gold: scored {article.article_id}")
    order = ["entities", "quotes", "quotes (text)", "quantities", "timexes", "timexes (extent)", "events"]
    rows = [{"table": t, "system": s, "right": c.right, "predicted": c.predicted, "found": c.found,
             "gold": c.gold, "precision": c.precision, "recall": c.recall, "f1": c.f1}
            for (t, s), c in sorted(totals.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1] != "helpers"))]
    return pd.DataFrame(rows)


# --- TempEval-3 on TimeBank / AQUAINT ----------------------------------------------
def evaluate_tempeval(path: Path | str, *, every: int = 25, log: Callable[[str], None] | None = None,
                      timex_fn: Callable | None = None) -> dict:
    """Score :func:`helpers.timexes.extract.timexes_in_text` on a TempEval JSONL file.

    Args:
        path: JSON lines ``{docid, dct: {value}, text, timexes: [{type, value, start, end, text}]}``.
        every: a progress line to stderr every this many documents.
        timex_fn: ``(text, dct) -> [dict(start|start_char, end|end_char, value)]``; default the project's.

    Returns:
        dict: docs, n_pred, n_gold, relaxed, strict, value_ok and the scores of :func:`tempeval_scores`.
    """
    if timex_fn is None:
        from helpers.timexes.extract import timexes_in_text as timex_fn
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    total = {"n_pred": 0, "n_gold": 0, "relaxed": 0, "strict": 0, "value_ok": 0}
    docs = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    for n, doc in enumerate(docs, 1):
        dct = dt.date.fromisoformat(doc["dct"]["value"][:10]) if doc.get("dct") else None
        pred = [{"start": p.get("start", p.get("start_char")), "end": p.get("end", p.get("end_char")),
                 "value": p.get("value")} for p in timex_fn(doc["text"], dct)]
        for k, v in tempeval_counts(pred, doc["timexes"]).items():
            total[k] += v
        if n % every == 0 or n == len(docs):
            log(f"tempeval {Path(path).name}: {n}/{len(docs)} documents")
    return {"docs": len(docs), **total, **tempeval_scores(total)}


# --- PolNeAR quotations ------------------------------------------------------------
def evaluate_polnear(path: Path | str, *, every: int = 10, log: Callable[[str], None] | None = None) -> dict:
    """Score the quote extractor on PolNeAR (JSON lines with article, publication_date,
    title, text, attributions). Articles are parsed in memory, nothing is written.

    Returns:
        dict: docs, failed, predicted, right, gold, found, speaker_ok, precision, recall,
        f1 (content overlap) and speaker_share (right-speaker share of right quotes).
    """
    import hashlib

    from helpers.core.articles import Article
    from helpers.pipeline import extract_tables

    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    docs = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    total = {"predicted": 0, "right": 0, "gold": 0, "found": 0, "speaker_ok": 0}
    failed = 0
    for n, doc in enumerate(docs, 1):
        published = dt.date.fromisoformat(doc["publication_date"][:10]) if doc.get("publication_date") else None
        article = Article(f"polnear_{n}", doc.get("article", ""), "text", doc["text"], doc.get("title") or "",
                          published, doc.get("publisher"), None, "en", "utf-8",
                          hashlib.sha256(doc["text"].encode()).hexdigest())
        try:
            quotes = extract_tables(article)["quotes"]
        except Exception as exc:  # one failing article counts as no predictions
            failed += 1
            log(f"polnear: {doc.get('article')}: {type(exc).__name__}: {exc}")
            quotes = pd.DataFrame(columns=["start_char", "end_char", "speaker"])
        preds = [{"start": int(r["start_char"]), "end": int(r["end_char"]), "speaker": r.get("speaker"),
                  "speaker_start": r.get("speaker_start_char"), "speaker_end": r.get("speaker_end_char")}
                 for r in quotes.to_dict("records")]
        for k, v in polnear_counts(preds, doc["attributions"]).items():
            total[k] += v
        if n % every == 0 or n == len(docs):
            log(f"polnear: {n}/{len(docs)} articles")
    c = Counts(total["right"], total["predicted"], total["found"], total["gold"])
    return {"docs": len(docs), "failed": failed, **total, "precision": c.precision, "recall": c.recall,
            "f1": c.f1, "speaker_share": total["speaker_ok"] / total["right"] if total["right"] else 0.0}


# --- report and CLI ----------------------------------------------------------------
def gold_markdown(frame: pd.DataFrame) -> str:
    """The gold-set table as Markdown."""
    lines = ["| table | system | P | R | F1 | right/predicted | found/gold |", "|---|---|---:|---:|---:|---:|---:|"]
    for r in frame.itertuples(index=False):
        lines.append(f"| {r.table} | {r.system} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} "
                     f"| {r.right}/{r.predicted} | {r.found}/{r.gold} |")
    return "\n".join(lines)


def gold_section(heading: str, gold_dir: Path | str, note: str) -> list[str]:
    """Score a folder of annotated articles (:func:`evaluate_gold`) as a report section.

    Returns:
        Markdown lines: ``## <heading> (<folder>/, <n> articles)``, the note and the table.
    """
    gold_dir = Path(gold_dir)
    frame = evaluate_gold(gold_dir)
    return [f"## {heading} ({gold_dir.name}/, {len(list(gold_dir.glob('*.gold.json')))} articles)",
            "", note, "", gold_markdown(frame), ""]


def tempeval_markdown(results: dict[str, dict]) -> str:
    lines = ["| corpus | docs | gold | predicted | relaxed P | relaxed R | relaxed F1 | strict F1 | value acc. | value F1 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['docs']} | {r['n_gold']} | {r['n_pred']} | {r['relaxed_p']:.3f} | "
                     f"{r['relaxed_r']:.3f} | {r['relaxed_f1']:.3f} | {r['strict_f1']:.3f} | "
                     f"{r['value_accuracy']:.3f} | {r['value_f1']:.3f} |")
    return "\n".join(lines)


def polnear_markdown(name: str, r: dict) -> str:
    return "\n".join([
        "| corpus | records (article x annotator) | quoted attributions | predicted quotes | P | R | F1 | right speaker |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        f"| {name} | {r['docs']} | {r['gold']} | {r['predicted']} | {r['precision']:.3f} | {r['recall']:.3f} "
        f"| {r['f1']:.3f} | {r['speaker_share']:.3f} ({r['speaker_ok']}/{r['right']}) |"])


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``python -m helpers evaluate``."""
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="annotated articles (default tests/gold)")
    parser.add_argument("--no-gold", action="store_true", help="skip the gold-set evaluation")
    parser.add_argument("--heldout", type=Path, default=HELDOUT_DIR if HELDOUT_DIR.is_dir() else None, metavar="DIR",
                        help="held-out annotated articles, reported after the gold set and not gated "
                             "(default tests/heldout when it exists)")
    parser.add_argument("--no-heldout", action="store_true", help="skip the held-out evaluation")
    parser.add_argument("--tempeval", type=Path, nargs="+", action="extend", default=[], metavar="PATH",
                        help="TempEval JSONL files (TimeBank, AQUAINT) to score the timex extractor on")
    parser.add_argument("--polnear", type=Path, metavar="PATH", help="PolNeAR JSONL (e.g. dev.jsonl) to score quotes on")
    parser.add_argument("--out", type=Path, default=REPORTS_DIR / "evaluation.md", help="Markdown report path")


def run(args: argparse.Namespace) -> int:
    """Run the evaluations asked for, print the Markdown report and write it to ``args.out``.

    Sections in order: the gold set (``--gold``), the held-out set (``--heldout``, skipped
    when it is the gold folder), TempEval-3 and PolNeAR.

    Returns:
        0 (scores are reported, not judged; the tests hold the thresholds).
    """
    parts = ["# Evaluation", ""]
    if not args.no_gold:
        parts += gold_section("Annotated articles", args.gold,
                              "Micro-averaged over articles; matching rules in tests/gold/README.md.")
    if args.heldout is not None and not args.no_heldout \
            and (args.no_gold or Path(args.heldout).resolve() != Path(args.gold).resolve()):
        parts += gold_section("Held-out articles", args.heldout,
                              "Not part of the quality gate (see tests/heldout/README.md); micro-averaged over "
                              "articles, same matching rules as the gold set.")
    if args.tempeval:
        results = {Path(p).name: evaluate_tempeval(p) for p in args.tempeval}
        if len(results) > 1:
            keys = ("docs", "n_pred", "n_gold", "relaxed", "strict", "value_ok")
            summed = {k: sum(r[k] for r in results.values()) for k in keys}
            results["all"] = {**summed, **tempeval_scores(summed)}
        parts += ["## Time expressions: TempEval-3 measures", "", tempeval_markdown(results), ""]
    if args.polnear:
        parts += ["## Quotations: PolNeAR attributions in quotation marks", "",
                  polnear_markdown(Path(args.polnear).name, evaluate_polnear(args.polnear)), ""]
    text = "\n".join(parts)
    print(text)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return 0
