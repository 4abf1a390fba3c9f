"""Scores of the extractors: against the annotated articles in ``tests/gold/`` (with
baselines), TimeBank/AQUAINT (TempEval-3 timex measures) and PolNeAR (quotations).

The gold format and matching rules are documented in ``tests/gold/README.md``. In
short, every table is scored by precision (right predictions / predictions), recall
(gold items found / gold items) and F1, micro-averaged over articles:

* entities: (canonical name, OntoNotes label) per article; a predicted entity is right
  when its label is the gold label and its name is the gold name or a gold alias
  (one prediction per gold entity: an unmerged duplicate is wrong);
* quotes: a predicted quotation is right when its text starts with the gold start and
  its speaker is the gold speaker (name or alias); ``quotes (text)`` ignores the speaker;
* quantities and timexes: spans that overlap a gold span with the same value (and for
  quantities the same counted noun and qualifier); ``timexes (extent)`` needs overlap only;
* events: distinct (type, date, count) keys per article; a key is right when a gold
  event accepts it, a gold event is found when its primary key was predicted.

Baselines on the same articles: spaCy ``en_core_web_sm`` entities as they come
(https://spacy.io/api/doc#ents), ``dateparser.search.search_dates`` anchored on the
publication date (https://dateparser.readthedocs.io/en/latest/usage.html#search-for-dates-in-longer-chunks-of-text)
and textacy's ``direct_quotations`` (https://textacy.readthedocs.io/en/latest/api_reference/extract.html);
a baseline that raises on an article predicts nothing for it.

TempEval-3 measures (UzZaman et al. 2013, https://aclanthology.org/S13-2001/): relaxed
extent match = any character overlap, strict = same offsets; value F1 = relaxed F1 x
value accuracy over relaxed matches.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from helpers.paths import REPORTS_DIR, ROOT

GOLD_DIR = ROOT / "tests" / "gold"
NAMED_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                "WORK_OF_ART", "LAW", "LANGUAGE")
GATED = ("entities", "quotes", "quantities", "timexes", "events")
QUOTE_CHARS = "\"'“”„‟«»‘’‚‛"
IRREGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman"}
STOPWORDS = frozenset("the a an of and in on for to by with at from its their his her".split())


# --- scores ------------------------------------------------------------------------
@dataclass
class Counts:
    """Matching counts of one table: right predictions, predictions, gold items found,
    gold items. Counts add up over articles (micro-average)."""

    right: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.right + other.right, self.predicted + other.predicted,
                      self.found + other.found, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# --- normalisation -----------------------------------------------------------------
def norm_name(text: str | None) -> str:
    """Name key: accents, case, dots, a leading "the" and a final possessive dropped.

    Examples:
        >>> norm_name("the U.S.’s")
        'us'
        >>> norm_name("Nicolás  Maduro")
        'nicolas maduro'
    """
    if not text:
        return ""
    text = str(text).replace("’", "'").replace("‘", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    text = re.sub(r"[’']s?$", "", text.strip()).replace(".", "")
    text = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", text)).strip(" ,;:-")
    return text


def norm_quote(text: str | None) -> str:
    """Quotation key: quote marks and outer punctuation dropped, case and spaces folded."""
    text = re.sub(f"[{QUOTE_CHARS}]", "", str(text or "")).casefold()
    return re.sub(r"\s+", " ", text).strip(" ,.;:—–-")


def unit_head(unit: str | None) -> str:
    """The counted noun in singular lowercase: its last word, a regular English plural
    reduced ("political prisoners" -> "prisoner", "people" -> "person").

    Examples:
        >>> unit_head("foreign nationals"), unit_head("families"), unit_head("Children")
        ('national', 'family', 'child')
    """
    words = re.findall(r"[a-z]+", str(unit or "").casefold())
    if not words:
        return ""
    word = words[-1]
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _as_list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NA \
        or (not isinstance(value, (str, int, float)) and pd.isna(value))


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
    from helpers.articles import load_article

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


def _names(entity: dict) -> set[str]:
    return {norm_name(n) for n in [entity["name"], *entity.get("aliases", [])]}


# --- scoring functions -------------------------------------------------------------
def score_entities(predicted: Iterable[tuple[str, str]], gold: list[dict]) -> Counts:
    """Score (name, label) predictions against gold entities ({name, label, aliases}).

    Only named labels (:data:`NAMED_LABELS`) count; each gold entity takes at most one
    prediction.
    """
    preds = [(norm_name(n), lab) for n, lab in predicted if lab in NAMED_LABELS]
    golds = [(g["label"], _names(g)) for g in gold]
    used, right = set(), 0
    for name, label in preds:
        hit = next((i for i, (glab, names) in enumerate(golds)
                    if i not in used and glab == label and name in names), None)
        if hit is not None:
            used.add(hit)
            right += 1
    return Counts(right, len(preds), len(used), len(golds))


def speaker_names(speaker: str, entities: list[dict]) -> set[str]:
    """Accepted name keys for a gold speaker: its name plus the aliases of the gold
    entity with that name."""
    names = {norm_name(speaker)}
    for ent in entities:
        if norm_name(speaker) in _names(ent):
            names |= _names(ent)
    return names


def score_quotes(predicted: Iterable[tuple[str, str | None]], gold: list[dict],
                 entities: list[dict], *, speaker: bool = True) -> Counts:
    """Score (text, speaker) predictions against gold quotes ({start, speaker}).

    A prediction is right when its normalised text starts with the gold start and, with
    ``speaker``, its speaker is one of the gold speaker's names. One prediction per gold quote.
    """
    preds = [(norm_quote(t), norm_name(s) if not _missing(s) else "") for t, s in predicted]
    used, found = set(), 0
    for g in gold:
        start, names = norm_quote(g["start"]), speaker_names(g["speaker"], entities)
        hit = next((i for i, (text, who) in enumerate(preds) if i not in used and text.startswith(start)
                    and (not speaker or who in names)), None)
        if hit is not None:
            used.add(hit)
            found += 1
    return Counts(found, len(preds), found, len(gold))


def score_spans(predicted: list[dict], gold: list[dict],
                same: Callable[[dict, dict], bool] = lambda p, g: True) -> Counts:
    """One-to-one matching of predicted spans ({start, end, ...}) to gold spans: a pair
    matches when the spans overlap and ``same(pred, gold)`` holds (e.g. equal values)."""
    used, found = set(), 0
    for g in gold:
        hit = next((i for i, p in enumerate(predicted) if i not in used and p["start"] < g["end"]
                    and g["start"] < p["end"] and same(p, g)), None)
        if hit is not None:
            used.add(hit)
            found += 1
    return Counts(found, len(predicted), found, len(gold))


def same_value(pred: dict, gold: dict) -> bool:
    """Timex values equal (TIMEX3 strings, compared as written)."""
    return not _missing(pred.get("value")) and str(pred["value"]).strip() == str(gold["value"])


def same_quantity(pred: dict, gold: dict) -> bool:
    """Quantities equal: value (relative 1e-9), counted noun (:func:`unit_head` of any
    accepted gold unit) and qualifier."""
    value, expected = float(pred["value"]), float(gold["value"])
    return (abs(value - expected) <= 1e-9 * max(1.0, abs(expected))
            and unit_head(pred.get("unit")) in {unit_head(u) for u in _as_list(gold["unit"])}
            and pred.get("qualifier") == gold["qualifier"])


def event_key(event_type: str, date, count) -> tuple:
    """(type, date or None, count as int or None)."""
    return (event_type, None if _missing(date) else str(date),
            None if _missing(count) else int(count))


def score_events(predicted: Iterable[tuple], gold: list[dict]) -> Counts:
    """Score predicted (type, date, count) keys against gold events.

    Gold ``date`` and ``count`` may be lists: the first value is the primary one
    (needed for recall), the others are also accepted (for precision). Keys are deduplicated.
    """
    preds = {event_key(*p) for p in predicted}
    primary = {event_key(g["type"], _as_list(g["date"])[0], _as_list(g["count"])[0]) for g in gold}

    def accepted(key):
        return any(key[0] == g["type"] and key[1] in _as_list(g["date"]) and key[2] in _as_list(g["count"])
                   for g in gold)

    right = sum(accepted(k) for k in preds)
    return Counts(right, len(preds), len(primary & preds), len(primary))


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
    from helpers.nlp import get_nlp

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

    from helpers.nlp import get_nlp

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
def tempeval_counts(predicted: list[dict], gold: list[dict]) -> dict[str, int]:
    """TempEval-3 counts for one document: predicted and gold timexes as dicts with
    start, end, value. Returns n_pred, n_gold, relaxed_pred, relaxed_gold (matched by
    overlap, one-to-one), strict (same offsets) and value_ok (relaxed pairs with equal value)."""
    used, pairs = set(), []
    for gi, g in enumerate(gold):
        hit = next((i for i, p in enumerate(predicted) if i not in used
                    and p["start"] < g["end"] and g["start"] < p["end"]), None)
        if hit is not None:
            used.add(hit)
            pairs.append((predicted[hit], g))
    strict = len({(p["start"], p["end"]) for p in predicted} & {(g["start"], g["end"]) for g in gold})
    return {"n_pred": len(predicted), "n_gold": len(gold), "relaxed": len(pairs), "strict": strict,
            "value_ok": sum(str(p.get("value")) == str(g.get("value")) for p, g in pairs)}


def tempeval_scores(counts: dict[str, int]) -> dict[str, float]:
    """Relaxed and strict extent P/R/F1, value accuracy and value F1 from summed counts."""
    def f1(k):
        c = Counts(counts[k], counts["n_pred"], counts[k], counts["n_gold"])
        return c.precision, c.recall, c.f1
    rp, rr, rf = f1("relaxed")
    sp, sr, sf = f1("strict")
    accuracy = counts["value_ok"] / counts["relaxed"] if counts["relaxed"] else 0.0
    return {"relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf, "strict_p": sp, "strict_r": sr,
            "strict_f1": sf, "value_accuracy": accuracy, "value_f1": rf * accuracy}


def evaluate_tempeval(path: Path | str, *, every: int = 25, log: Callable[[str], None] | None = None,
                      timex_fn: Callable | None = None) -> dict:
    """Score :func:`helpers.timexes.timexes_in_text` on a TempEval JSONL file.

    Args:
        path: JSON lines ``{docid, dct: {value}, text, timexes: [{type, value, start, end, text}]}``.
        every: a progress line to stderr every this many documents.
        timex_fn: ``(text, dct) -> [dict(start|start_char, end|end_char, value)]``; default the project's.

    Returns:
        dict: docs, n_pred, n_gold, relaxed, strict, value_ok and the scores of :func:`tempeval_scores`.
    """
    if timex_fn is None:
        from helpers.timexes import timexes_in_text as timex_fn
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
def _overlaps(a: tuple[int, int], spans: Iterable) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def polnear_counts(quotes: list[dict], attributions: list[dict]) -> dict[str, int]:
    """Counts for one article: ``quotes`` are predicted quotations (start, end, speaker,
    speaker_start, speaker_end); ``attributions`` are PolNeAR's. Gold = attributions with
    ``content_has_quote_marks``. A quote is right when it overlaps a gold content; a gold
    attribution is found when a quote overlaps it; a right quote has the right speaker
    when its speaker span overlaps the source span or its speaker name shares a word
    (not a stopword) with the source text."""
    gold = [a for a in attributions if a.get("content_has_quote_marks")]
    right = speaker_ok = 0
    for q in quotes:
        hits = [a for a in gold if _overlaps((q["start"], q["end"]), a["content"]["spans"])]
        if not hits:
            continue
        right += 1
        words = set(re.findall(r"\w+", norm_name(q.get("speaker")))) - STOPWORDS
        for a in hits:
            source = a.get("source") or {"text": "", "spans": []}  # some attributions have no source
            src_words = set(re.findall(r"\w+", norm_name(source.get("text")))) - STOPWORDS
            span = (q.get("speaker_start"), q.get("speaker_end"))
            if (words & src_words) or (not _missing(span[0])
                                       and _overlaps((int(span[0]), int(span[1])), source.get("spans") or [])):
                speaker_ok += 1
                break
    found = sum(any(_overlaps((q["start"], q["end"]), a["content"]["spans"]) for q in quotes) for a in gold)
    return {"predicted": len(quotes), "right": right, "gold": len(gold), "found": found, "speaker_ok": speaker_ok}


def evaluate_polnear(path: Path | str, *, every: int = 10, log: Callable[[str], None] | None = None) -> dict:
    """Score the quote extractor on PolNeAR (JSON lines with article, publication_date,
    title, text, attributions). Articles are parsed in memory, nothing is written.

    Returns:
        dict: docs, failed, predicted, right, gold, found, speaker_ok, precision, recall,
        f1 (content overlap) and speaker_share (right-speaker share of right quotes).
    """
    import hashlib

    from helpers.articles import Article
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
    parser.add_argument("--tempeval", type=Path, nargs="+", action="extend", default=[], metavar="PATH",
                        help="TempEval JSONL files (TimeBank, AQUAINT) to score the timex extractor on")
    parser.add_argument("--polnear", type=Path, metavar="PATH", help="PolNeAR JSONL (e.g. dev.jsonl) to score quotes on")
    parser.add_argument("--out", type=Path, default=REPORTS_DIR / "evaluation.md", help="Markdown report path")


def run(args: argparse.Namespace) -> int:
    """Run the evaluations asked for, print the Markdown report and write it to ``args.out``.

    Returns:
        0 (scores are reported, not judged; the tests hold the thresholds).
    """
    parts = ["# Evaluation", ""]
    if not args.no_gold:
        frame = evaluate_gold(args.gold)
        parts += [f"## Annotated articles ({args.gold.name}/, {len(list(Path(args.gold).glob('*.gold.json')))} articles)",
                  "", "Micro-averaged over articles; matching rules in tests/gold/README.md.", "",
                  gold_markdown(frame), ""]
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
