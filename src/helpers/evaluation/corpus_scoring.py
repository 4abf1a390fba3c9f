"""Measures on public corpora.

TempEval-3 (UzZaman et al. 2013, https://aclanthology.org/S13-2001/): relaxed extent match =
any character overlap, strict = same offsets; value F1 = relaxed F1 x value accuracy over
relaxed matches.

PolNeAR quotations (:func:`polnear_counts`): the gold items are the attributions whose
content is in quotation marks; a predicted quotation is right when it overlaps a gold
content.

The runs that use them are in :mod:`helpers.evaluation.corpora`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from helpers.evaluation.scoring import Counts, _missing, norm_name
from helpers.lexicon.quote_marks import QUOTE_MARKS

STOPWORDS = frozenset("the a an of and in on for to by with at from its their his her".split())


# --- TempEval-3 counts -------------------------------------------------------------
def tempeval_counts(predicted: list[dict], gold: list[dict]) -> dict[str, int]:
    """TempEval-3 counts for one document: predicted and gold timexes as dicts with
    start, end, value. Returns n_pred, n_gold, relaxed (pairs matched by overlap,
    one-to-one), strict (same offsets) and value_ok (relaxed pairs with equal value)."""
    used, pairs = set(), []
    for g in gold:
        hit = next(
            (i for i, p in enumerate(predicted) if i not in used and p["start"] < g["end"] and g["start"] < p["end"]),
            None,
        )
        if hit is not None:
            used.add(hit)
            pairs.append((predicted[hit], g))
    strict = len({(p["start"], p["end"]) for p in predicted} & {(g["start"], g["end"]) for g in gold})
    return {
        "n_pred": len(predicted),
        "n_gold": len(gold),
        "relaxed": len(pairs),
        "strict": strict,
        "value_ok": sum(str(p.get("value")) == str(g.get("value")) for p, g in pairs),
    }


def tempeval_scores(counts: dict[str, int]) -> dict[str, float]:
    """Relaxed and strict extent P/R/F1, value accuracy and value F1 from summed counts."""

    def f1(k):
        c = Counts(counts[k], counts["n_pred"], counts[k], counts["n_gold"])
        return c.precision, c.recall, c.f1

    rp, rr, rf = f1("relaxed")
    sp, sr, sf = f1("strict")
    accuracy = counts["value_ok"] / counts["relaxed"] if counts["relaxed"] else 0.0
    return {
        "relaxed_p": rp,
        "relaxed_r": rr,
        "relaxed_f1": rf,
        "strict_p": sp,
        "strict_r": sr,
        "strict_f1": sf,
        "value_accuracy": accuracy,
        "value_f1": rf * accuracy,
    }


# --- PolNeAR counts ----------------------------------------------------------------
def _has_quote_mark(attribution: dict) -> bool:
    text = (attribution.get("content") or {}).get("text") or ""
    return any(mark in text for mark in QUOTE_MARKS)


def _overlaps(a: tuple[int, int], spans: Iterable) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def polnear_counts(quotes: list[dict], attributions: list[dict]) -> dict[str, int]:
    """Counts for one article: ``quotes`` are predicted quotations (start, end, speaker,
    speaker_start, speaker_end); ``attributions`` are PolNeAR's. Gold = attributions whose
    content holds a double quote mark: PolNeAR's ``content_has_quote_marks`` (which knows
    only the marks " “ ”) or a mark of :data:`helpers.lexicon.quote_marks.QUOTE_MARKS` in the
    content text (the two apostrophes of New York Times copy). A quote is right when it overlaps a gold content; a gold
    attribution is found when a quote overlaps it; a right quote has the right speaker
    when its speaker span overlaps the source span or its speaker name shares a word
    (not a stopword) with the source text."""
    gold = [a for a in attributions if a.get("content_has_quote_marks") or _has_quote_mark(a)]
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
            if (words & src_words) or (
                not _missing(span[0]) and _overlaps((int(span[0]), int(span[1])), source.get("spans") or [])
            ):
                speaker_ok += 1
                break
    found = sum(any(_overlaps((q["start"], q["end"]), a["content"]["spans"]) for q in quotes) for a in gold)
    return {"predicted": len(quotes), "right": right, "gold": len(gold), "found": found, "speaker_ok": speaker_ok}
