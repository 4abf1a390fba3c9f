"""Rules for durations, sets and vague references: "two days", "the past two months",
"a six-month license", "years", "daily", "every Monday", "twice a year", "recently",
"recent years". Each rule of :data:`RULES` (:class:`helpers.timexes.rules.Rule`) turns its
match into a :class:`helpers.timexes.anchor.Resolution`, with examples.

Durations are absolute (``P2D``; a vague count gives ``PXD``); halves are written in the
smaller unit (``P2Y6M``, TimeBank style); "the (first) nine months" is also a reporting
period within the DCT's year for later anaphora ("a year earlier").
"""

from __future__ import annotations

import datetime as dt
import re

from helpers.lexicon.calendar import DAY_PARTS, SEASONS, SET_WORDS, WEEKDAYS
from helpers.timexes.anchor import Resolution, vague_ref
from helpers.timexes.calendar import count, duration_value, month_num, unit_name
from helpers.timexes.patterns import APPROX, MONTH, NUM, NUMWORD, PART, TIMES, UNIT, UNIT1, WEEKDAY, alt, icase
from helpers.timexes.rules import rule

REPORTING_PERIOD = re.compile(r"(?i)\bthe\s+(?:(?:first|latest|same)\s+)?$")


def _norm_duration(m, ctx):
    n = count(m["n"]) if m["n"].lower() not in ("several", "multi") else None
    unit = unit_name(m["unit"])
    half = bool(m.groupdict().get("half") or m.groupdict().get("half2"))
    res = Resolution("DURATION", duration_value(n, unit, half=half), "duration", "absolute")
    before = m.string[: m.start("n")]
    if unit in ("month", "week") and ctx.dct is not None and REPORTING_PERIOD.search(before):
        # "the (first) nine months": a reporting period within the year; "a year earlier"
        # after it is the previous year, not the previous quarter
        res.date, res.landmark_gran = dt.date(ctx.dct.year, 1, 1), "year"
    return res


def _norm_vague(m, ctx):
    return Resolution("DURATION", duration_value(None, unit_name(m["w"])), "duration", "absolute")


def _norm_set(m, ctx):
    if m.groupdict().get("wd"):
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", "set", "absolute")
    if m.groupdict().get("part"):
        return Resolution("SET", f"XXXX-XX-XXT{DAY_PARTS[m['part'].lower()]}", "set", "absolute")
    if m.groupdict().get("season"):
        return Resolution("SET", f"XXXX-{SEASONS[m['season'].lower()]}", "set", "absolute")
    if m.groupdict().get("mon"):
        return Resolution("SET", f"XXXX-{month_num(m['mon']):02d}", "set", "absolute")
    if m.groupdict().get("unit"):
        return Resolution("SET", duration_value(1, unit_name(m["unit"])), "set", "absolute")
    return Resolution("SET", SET_WORDS[m["w"].lower()], "set", "absolute")


def _norm_ref(m, ctx):
    if m.groupdict().get("unit"):  # "recent years": a vague duration, as TimeBank mostly has it
        return Resolution("DURATION", duration_value(None, unit_name(m["unit"])), "duration", "absolute")
    return vague_ref(m["w"].lower(), ctx)


_EVERY = icase("every|each")
_UNIT_MODIFIERS = icase("more|additional|straight|consecutive|full|long|trading|business")

RULES = [
    rule(
        "span",
        rf"(?P<t>(?:(?:{icase('the')}\s+)?(?P<rel>{icase('past|last|next|first|coming|previous|following|latest')})\s+)"
        rf"(?:{APPROX})?(?P<n>{icase(NUM)})\s+(?P<unit>{icase(UNIT)}))",
        _norm_duration,
        {
            "Prices rose over [the past two months].": "P2M",
            "Output rose in the third quarter. For [the first nine months] it was up.": "P9M",
        },
    ),
    rule(
        "rate",
        rf"(?P<t>{icase('an?')}\s+(?P<unit>{icase(UNIT1)}))",
        _norm_set,
        {"The stock pays a dividend of $1.76 [a year].": "P1Y", "There are four flights [a week].": "P1W"},
    ),
    rule(
        "duration",
        rf"(?P<t>{APPROX}?(?P<n>{icase(NUM)})(?P<half>[- ]and[- ]a[- ]half|\s+1/2|\s*½)?\s+"
        rf"(?:{_UNIT_MODIFIERS}\s+)?(?P<unit>{icase(UNIT)})(?P<half2>\s+and\s+a\s+half)?)(?!\s*{icase('old|of age')})",
        _norm_duration,
        {
            "He served [three years] in prison.": "P3Y",
            "He was held for [18 months].": "P18M",
            "The siege lasted [24 hours].": "PT24H",
            "He was held for [one hundred and twenty days].": "P120D",
            "He spent [2 1/2 years] in jail.": "P2Y6M",
            "The silence lasted [a minute and a half].": "PT1M30S",
            "They talked for [two and a half days].": "P2DT12H",
            "Talks lasted [several days].": "PXD",
        },
    ),
    rule(
        "duration_adj",
        rf"(?P<t>(?P<n>\d{{1,3}}|{icase(NUMWORD)}|{icase('several|multi')})-(?P<unit>{icase(UNIT1)})(?:-long)?)"
        rf"(?!-old|\s+olds?\b)",
        _norm_duration,
        {"After [two-day] talks, they agreed.": "P2D", "She received a [15-year] sentence.": "P15Y"},
    ),
    rule(
        "vague",
        rf"(?P<t>(?P<w>{icase('years|months|weeks|decades|centuries')})(?:-long)?)(?!-?\s*{icase('old|of age|ago')})",
        _norm_vague,
        {"Talks dragged on for [years].": "PXY", "It ended a [decades-long] feud.": "PXDE"},
    ),
    rule(
        "set",
        rf"(?P<t>(?P<w>{icase(alt(SET_WORDS))}))",
        _norm_set,
        {"Guards checked the cells [daily].": "P1D", "The report is published [annually].": "P1Y"},
    ),
    rule(
        "set_every",
        rf"(?P<t>{icase(TIMES)}\s+{icase('a|an|per|every|each')}\s+(?P<unit>{icase(UNIT1)}))",
        _norm_set,
        {"They meet [twice a year].": "P1Y", "Inspectors come [three times a month].": "P1M"},
    ),
    rule(
        "set_every",
        rf"(?P<t>{icase('every|each|per')}\s+(?P<unit>{icase(UNIT1)}))",
        _norm_set,
        {"He spoke [every week].": "P1W"},
    ),
    rule(
        "set_every",
        rf"(?P<t>{_EVERY}\s+(?:(?P<wd>{WEEKDAY})|(?P<mon>{MONTH})|(?P<part>{icase(PART)})"
        rf"|(?P<season>{icase(alt(SEASONS))})))",
        _norm_set,
        {
            "They protest [every Monday].": "XXXX-WXX-1",
            "Guards count them [every morning].": "XXXX-XX-XXTMO",
            "Floods come [each spring].": "XXXX-SP",
            "It is held [each July].": "XXXX-07",
        },
    ),
    rule(
        "ref",
        rf"(?P<t>(?P<w>{icase('recently|currently|these days|nowadays|now')}|current))",
        _norm_ref,
        {
            "He was [recently] freed.": "PAST_REF",
            "He is [currently] held in Minsk.": "PRESENT_REF",
            "The prisoners are [now] free.": "PRESENT_REF",
            "He has until [now] refused.": "PRESENT_REF",
        },
    ),
    rule(
        "ref",
        rf"(?P<t>(?P<w>{icase('recent')})\s+(?P<unit>{icase('years|months|weeks|days|decades')}))",
        _norm_ref,
        {"Prices have risen in [recent months].": "PXM"},
    ),
]
