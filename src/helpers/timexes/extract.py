"""Time expressions (TIMEX3) of an article: normalised, anchored and tabulated.

Candidate spans come from :mod:`helpers.timexes.detect`; this module turns each into a
TIMEX3 type and value (ISO-TimeML,
https://www.timeml.org/publications/timeMLdocs/timeml_1.2.1.html) with the normaliser its
rule carries (:mod:`helpers.timexes.rules`; the rules are in :mod:`helpers.timexes.named`,
:mod:`helpers.timexes.periods`, :mod:`helpers.timexes.deictic`, :mod:`helpers.timexes.spans`), resolving relative
expressions against the publication date or an earlier mention
(:mod:`helpers.timexes.anchor`, with the tense of the governing verb from spaCy's parse,
:func:`helpers.timexes.anchor.clause_tense`; calendar arithmetic in
:mod:`helpers.timexes.calendar`), and exposes the public functions
:func:`extract_timexes` and :func:`timexes_in_text`.

Decisions:
    * Relative expressions are resolved against the publication date (DCT): anchor
      ``publication``. Weekdays resolve to the most recent such day on or before the
      DCT unless the governing verb is future ("will meet on Monday", "as early as
      Monday" -> the next Monday). Months and month-day dates without a year take the
      DCT's year unless the tense points the other way at month level (HeidelTime's
      news rule; :func:`helpers.timexes.calendar.month_year`). With no DCT their value is None and the anchor
      ``none: no publication date``.
    * Narrative time (:func:`helpers.timexes.anchor.narrative_month_year`): in a past-tense clause, a month or
      month-day without a year takes the year of the last DATE that sets the time of its
      clause (:func:`helpers.timexes.anchor.landmark_role`) when that DATE is in the same paragraph (or the
      previous one-sentence paragraph) and two or more years before the DCT ("the
      election of August 2020 ... In October that year ... added in November" ->
      2020-11); a span of years in between ("had spent eight years") ends it.
    * Company-results conventions (TimeBank's WSJ texts): "a year ago", "a year
      earlier", "year-ago", "the 1988 period" after a quarter are that quarter a year
      before; "the quarter ended Sept. 30" counts as a quarter for them; "the (first)
      nine months" resets them to the year. Clock times take a following weekday or
      date ("5 p.m. EST Nov. 9"). Halves are written in the smaller unit ("P2Y6M").
    * Anaphoric expressions ("that year", "the same day", "the following month", "two
      days later") resolve against the last DATE in the text with a calendar value
      fine enough (anchor ``previous``), including a month, season or year itself
      resolved so ("The following month ... later that month"), but not a year naming an
      event ("the 2020 protests") when there is another; with none, against the DCT.
      "that autumn", "the following spring" likewise.
    * A month in an anaphoric or relative year is one timex: "December of that year",
      "June of the same year", "that December", "the following March" take the year of
      the last DATE (anchor ``previous``); "March of last year", "January this year" the
      DCT's year shifted. A modifier stays in the extent ("later that month", "the end
      of that year"), the value being the period itself, as in TimeBank.
    * Ranges ("from 2020 to 2022", "2020-2022") are two DATE timexes, as in TimeBank.
    * "post-2020", "pre-2020": the timex is the year only ("2020"); the prefix is a signal.
      "mid-2021", "early 2021", "late 1990s" keep the modifier in the extent; the value
      is the year or decade (TIMEX3 puts the modifier in ``mod``, not in the value).
    * Not time expressions: the modal "may", the adverb "now" (although TimeBank marks
      it PRESENT_REF), bare numbers, ages ("aged 45", "45 years old", "45-year-old").
    * "recently" is DATE ``PAST_REF`` ("recent years" a vague duration ``PXY``), "currently" and "these days"
      ``PRESENT_REF``, "the future" and "soon" ``FUTURE_REF`` (TimeBank convention);
      their granularity is None.
    * Vague plurals are durations with an unspecified count: "years" ``PXY``,
      "decades-long" ``PXDE``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

import pandas as pd

from helpers.core import schemas
from helpers.core.frames import from_rows, records
from helpers.lexicon.calendar import FORWARD_VERBS, TERM_VERBS
from helpers.timexes.anchor import FINER, Resolution, TimexContext, clause_tense, landmark_role, scheduled_present
from helpers.timexes.calendar import count, duration_value, format_value, weekday_date, year_from_words
from helpers.timexes.detect import Candidate, find_candidates

__all__ = [  # the public API, and names tests/test_timexes.py imports from here
    "extract_timexes",
    "timexes_in_text",
    "count",
    "duration_value",
    "format_value",
    "landmark_role",
    "weekday_date",
    "year_from_words",
]

PERIOD_END = re.compile(r"(?i)\bquarter\s+end(?:ed|ing)\s+(?:on\s+)?$")
FUTURE_CUE = re.compile(r"(?i)\bas\s+(?:early|soon)\s+as\s+$")
UNTIL = re.compile(r"(?i)\b(?:until|till|through|to)\s+$")
ENDS_AHEAD = FORWARD_VERBS | TERM_VERBS  # their "until"/"through" time is after the writing


def _tense_at(text: str, doc, cand: Candidate, headline: bool = False) -> str | None:
    """Tense for a candidate: "as early as Tuesday" is future; a possessive ("Wednesday's
    ruling") has none of its own (None), unless its noun is the subject of a future clause
    ("Sunday's vote will be the first election since 2020": the vote is to come); next to a
    past-tense verb past
    (:func:`_next_to_past_verb`); an end point after "until" in a clause that is not
    past ("has until Friday to reply") or after a verb of postponing
    (:data:`helpers.lexicon.calendar.FORWARD_VERBS`: "was postponed until Monday") or of
    granting for a term (:data:`~helpers.lexicon.calendar.TERM_VERBS`: "authorizing
    transactions through April 18") is future; a weekday in a clause of the simple or
    progressive present outside the headline is future ("the wind-down ends on Tuesday",
    "Parliament votes on Thursday": :func:`scheduled_present`); else :func:`clause_tense`."""
    if FUTURE_CUE.search(text[: cand.start]):
        return "future"
    if doc is None:
        return None
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if span.root.dep_ == "poss":  # "will appeal Wednesday's ruling": the ruling's time is its own
        subject = span.root.head.dep_ in ("nsubj", "nsubjpass")  # "Sunday's vote will be the first ..."
        return "future" if subject and clause_tense(doc, cand.start, cand.end) == "future" else None
    if _next_to_past_verb(span):
        return "past"
    tense = clause_tense(doc, cand.start, cand.end)
    if UNTIL.search(text[: cand.start]):
        prep = span.root.head
        verb = prep.head if prep is not None and prep.dep_ == "prep" else None
        if verb is not None and verb.lemma_.lower() in ENDS_AHEAD:
            return "future"
        if prep is not None and prep.lower_ in ("until", "till") and tense != "past":
            return "future"
    if tense is None and cand.kind == "weekday" and not headline and scheduled_present(doc, cand.start, cand.end):
        return "future"
    return tense


def _next_to_past_verb(span) -> bool:
    """True when a past-tense verb stands right next to the timex, "on" aside ("left
    Tuesday", "on Tuesday said"): its time, whatever a later verb the parse may hang the
    timex on ("Bush on Tuesday said the US may extend ...")."""
    doc = span.doc
    before = span.start - 1
    if before >= 0 and doc[before].lower_ == "on":
        before -= 1
    return any(0 <= i < len(doc) and doc[i].tag_ == "VBD" for i in (before, span.end))


# granularities of a DATE resolved against an earlier one that later anaphora may use
# ("The following month ... later that month": the month after, not the first one)
CHAINED = {"month", "year", "season"}


# "sentencing her in April of that year to eight years": a term imposed, which does not move the
# narrative on as years spent do ("had spent nearly eight years in prison")
TERM_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)


def _resolve_block(text: str, doc, ctx: TimexContext, headline: bool = False) -> list[tuple[Candidate, Resolution]]:
    out = []
    block = ctx.here[0] + 1
    starts = [s.start_char for s in doc.sents] if doc is not None else [0]
    first_sent = ctx.here[1] + 1
    for cand in find_candidates(text, doc):
        ctx.here = (block, first_sent + max(0, bisect.bisect_right(starts, cand.start) - 1))
        ctx.tense = lambda c=cand: _tense_at(text, doc, c, headline)
        try:
            res = cand.rule.normalise(cand.match, ctx)
        except (ValueError, OverflowError):  # a date outside the calendar ("Feb. 30")
            continue
        if res.granularity == "day" and PERIOD_END.search(text[: cand.start]):
            res.landmark_gran = "quarter"  # "the quarter ended Sept. 30" stands for the quarter
        gran = res.landmark_gran or res.granularity
        gran = "day" if gran == "time" else gran  # "on Sunday night ... that night": the night's day
        if (
            res.type == "DURATION"
            and re.search(r"[YE]$", res.value or "")
            and "T" not in res.value
            and not TERM_BEFORE.search(text[: cand.start])
        ):
            ctx.moved_on = len(ctx.history)  # "had spent nearly eight years": time moved on
        if res.date is not None and gran in FINER and res.landmark and (res.anchor != "previous" or gran in CHAINED):
            ctx.remember(res.date, gran, landmark_role(doc, cand.start, cand.end), res.anchor == "absolute")
        out.append((cand, res))
    ctx.here = (block, first_sent + len(starts) - 1)
    ctx.block_sents[block] = len(starts)
    return out


def extract_timexes(parsed) -> pd.DataFrame:
    """The time expressions of one parsed article.

    Args:
        parsed: a :class:`helpers.core.structure.Parsed` (its ``published`` date is the DCT).

    Returns:
        The ``timexes`` table (contract checked by the pipeline): article_id (str), timex_id (int64, 0..n-1 in
        text order), sentence_id (int64), text (str, ``parsed.text[start_char:end_char]``),
        type (DATE, TIME, DURATION or SET), value (TIMEX3 string such as ``2021-07``,
        ``2025-12-13``, ``P2D``, ``PXY``, ``PAST_REF``; None when relative and the DCT is
        unknown), granularity (day, month, year, decade, century, week, weekend,
        quarter, season, time, duration, set; None for PAST_REF/PRESENT_REF/FUTURE_REF),
        anchor (``absolute``, ``publication``, ``previous`` or
        ``none: no publication date``), start_char, end_char (int64, article offsets,
        end exclusive).

    Examples:
        >>> import datetime as dt
        >>> from helpers.core.structure import parse_structure
        >>> text = "Talks\\nThey met on Saturday, two days after July 2021 talks."
        >>> p = parse_structure("x", text, dt.date(2025, 12, 13))
        >>> extract_timexes(p)[["text", "value", "anchor"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
        [['Saturday', '2025-12-13', 'publication'], ['two days', 'P2D', 'absolute'],
         ['July 2021', '2021-07', 'absolute']]
    """
    ctx = TimexContext(parsed.published)
    rows = []
    for block, doc in parsed.block_docs():
        for cand, res in _resolve_block(block.text, doc, ctx, block.kind == "title"):
            start, end = block.start_char + cand.start, block.start_char + cand.end
            rows.append(
                {
                    "article_id": parsed.article_id,
                    "sentence_id": parsed.sentence_id_at(start),
                    "text": parsed.text[start:end],
                    "type": res.type,
                    "value": res.value,
                    "granularity": res.granularity,
                    "anchor": res.anchor,
                    "start_char": start,
                    "end_char": end,
                }
            )
    if not rows:
        return schemas.empty("timexes")
    for i, row in enumerate(rows):
        row["timex_id"] = i
    return from_rows(
        rows,
        schemas.columns("timexes"),
        {
            **dict.fromkeys(("timex_id", "sentence_id", "start_char", "end_char"), "int64"),
            **dict.fromkeys(("value", "granularity"), object),
        },
    )


def timexes_in_text(text: str, dct: dt.date | None) -> list[dict]:
    """Time expressions of a plain text, for evaluation against annotated corpora.

    Args:
        text: any English text (split into blocks and parsed with the project's
            spaCy pipeline).
        dct: its document creation time (publication date), or None.

    Returns:
        One dict per timex in text order with keys text, type, value, granularity,
        anchor, start, end (character offsets into ``text``, end exclusive).
    """
    from helpers.core.structure import parse_structure

    frame = extract_timexes(parse_structure("text", text, dct))
    return [
        {
            "text": r.text,
            "type": r.type,
            "value": r.value,
            "granularity": r.granularity,
            "anchor": r.anchor,
            "start": int(r.start_char),
            "end": int(r.end_char),
        }
        for r in records(frame)
    ]
