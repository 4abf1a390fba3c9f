"""Rules for deictic and anaphoric time expressions and clock times.

Expressions whose value depends on the publication date or an earlier mention
("yesterday", "on Monday", "last week", "the following month", "two days ago", "a year
earlier", "the latest quarter", "5 p.m."): each rule of :data:`RULES`
(:class:`helpers.timexes.rules.Rule`) turns its match into a
:class:`helpers.timexes.anchor.Resolution`, with examples. Durations, sets and vague
references are in :mod:`helpers.timexes.spans`.
"""

from __future__ import annotations

import datetime as dt
import re

from helpers.lexicon.calendar import ANAPHORIC_SHIFT, DAY_PARTS, DEICTIC_DAYS, PUBLICATION_SHIFT, REFS, WEEKDAYS
from helpers.timexes.anchor import FINER, Resolution, dated, resolve_anaphoric, resolve_relative, vague_ref
from helpers.timexes.calendar import count, day_num, month_num, month_year, shift_date, unit_name, weekday_date
from helpers.timexes.patterns import (
    ANAPHORIC,
    APPROX,
    CAL,
    CLOCK_DAY,
    DEICTIC,
    MOD,
    NUM,
    PART,
    TZ,
    UNIT,
    WEEKDAY,
    alt,
    icase,
)
from helpers.timexes.rules import rule


def _norm_deictic(m, ctx):
    word = (m.groupdict().get("w") or "").lower()
    part = (m.groupdict().get("part") or "").lower()
    if word == "tonight":
        part = "night"
    offset = DEICTIC_DAYS.get(word, -1 if word == "last" and part == "night" else 0)

    def compute(dct):
        day = dct + dt.timedelta(days=offset)
        if part:
            return Resolution("TIME", f"{day.isoformat()}T{DAY_PARTS[part]}", "time", "publication", day)
        return dated(day, "day", "publication")

    return resolve_relative(ctx, compute)


def _norm_weekday(m, ctx):
    rel = (m["rel"] or "").lower()
    part = (m["part"] or "").lower()

    def compute(dct):
        day = weekday_date(WEEKDAYS[m["wd"].lower()], dct, rel=rel, tense=ctx.tense())
        if part:
            return Resolution("TIME", f"{day.isoformat()}T{DAY_PARTS[part]}", "time", "publication", day)
        return dated(day, "day", "publication")

    return resolve_relative(ctx, compute)


def _norm_calendar(m, ctx):
    rel, unit = m["rel"].lower(), m["unit"].lower()
    shift = PUBLICATION_SHIFT[rel]
    gran = unit
    return resolve_relative(ctx, lambda dct: dated(shift_date(dct, unit, shift), gran, "publication"))


def _norm_calendar_the(m, ctx):
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if rel in REFS:
        return vague_ref(rel, ctx)
    if rel == "weekend":

        def compute(dct):
            sat = weekday_date(5, dct, tense=ctx.tense())
            return dated(sat, "weekend", "publication")

        return resolve_relative(ctx, compute)
    shift = -1 if rel == "quarter" else 0  # "the quarter": the latest complete one (reporting)
    return resolve_relative(ctx, lambda dct: dated(shift_date(dct, rel, shift), rel, "publication"))


def _norm_anaphor(m, ctx):
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    part = DAY_PARTS.get(unit)
    gran = "day" if part else unit
    shift = {**ANAPHORIC_SHIFT, "after": 1, "before": -1}[re.sub(r"\s+", " ", rel)]

    def compute(base, _gran):
        day = shift_date(base, gran, shift)
        if part:
            return Resolution("TIME", f"{day.isoformat()}T{part}", "time", "previous", day)
        return dated(day, gran, "previous")

    return resolve_anaphoric(ctx, gran, compute)


def _norm_ago(m, ctx):
    n, unit, rel = count(m["n"]), unit_name(m["unit"]), m["rel"].lower()
    if unit in ("second", "minute", "hour"):
        unit, unit_gran, step = "day", "day", 0
    else:
        unit, step = ("week", 2) if unit == "fortnight" else (unit, 1)
        unit_gran = "month" if unit == "quarter" else unit
    if n is None:
        return vague_ref("recently" if rel in ("ago", "earlier") else "future", ctx)
    sign = 1 if rel == "later" else -1

    def compute(base, gran=unit_gran):
        res = dated(shift_date(base, unit, sign * n * step), gran, "publication")
        res.landmark = False
        return res

    if rel == "ago":
        prev = ctx.previous("year") if unit == "year" else None
        if prev is not None and prev[1] == "quarter":
            # "profit rose from $5 million a year ago" after "third-quarter profit": that quarter
            res = compute(prev[0], "quarter")
            res.anchor = "previous"
            return res
        return resolve_relative(ctx, compute)
    prev = ctx.previous(unit_gran)
    if prev is None:
        return resolve_relative(ctx, compute)
    # "a year earlier" than the third quarter is a quarter: keep the anchor's granularity; but
    # "two years later" than November 2015 is 2017: a count of years places a year (TimeBank
    # values "two years ago" 1996; our annotated sets: "sentenced two years later" 2017), and a
    # count of months a month ("sentenced him to death two months later" than 22 September
    # 2022: November 2022, tests/modern26/README.md; TimeBank "five months ago" 1997-10)
    finer = FINER[prev[1]] > FINER[unit_gran] and not (unit in ("year", "month") and n >= 2)
    res = compute(prev[0], prev[1] if finer else unit_gran)
    res.anchor = "previous"
    return res


def _norm_year_adj(m, ctx):
    """ "year-earlier", "year-ago": one year before the period under discussion.

    The period is the last DATE finer than a year ("the quarter ended Sept. 30"); a
    following "quarter" or "period" sets the granularity to the quarter. With no such
    DATE (or after a year such as "last year"), the year before the DCT's. Company
    results compare quarters, so a day ("the quarter ended Sept. 30") gives its quarter."""
    noun = (m.groupdict().get("noun") or "").lower()
    prev = ctx.previous("year")
    if prev is None or prev[1] == "year":
        if noun == "quarter":  # the latest complete quarter, a year before
            return resolve_relative(ctx, lambda dct: dated(shift_date(dct, "month", -15), "quarter", "publication"))
        return resolve_relative(ctx, lambda dct: dated(shift_date(dct, "year", -1), "year", "publication"))
    gran = prev[1] if prev[1] in ("month", "season") and not noun else "quarter"
    res = dated(shift_date(prev[0], "year", -1), gran, "previous")
    res.landmark = False
    return res


def _norm_latest(m, ctx):
    """ "the latest quarter": the quarter under discussion, else the last complete one."""
    prev = ctx.previous("quarter")
    if prev is not None and prev[1] == "quarter":
        res = dated(prev[0], "quarter", "previous")
        res.landmark = False
        return res
    return resolve_relative(ctx, lambda dct: dated(shift_date(dct, "quarter", -1), "quarter", "publication"))


def _norm_clock(m, ctx):
    if m.groupdict().get("w"):
        hhmm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["w"].lower()]
    else:
        hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
        hhmm = f"{hour:02d}:{m['mi'] or '00'}"

    def compute(dct):
        day = dct
        if m["wd"]:
            day = weekday_date(WEEKDAYS[m["wd"].lower()], dct, tense=ctx.tense())
        elif m["mon"]:  # "5 p.m. EST Nov. 9"
            month = month_num(m["mon"])
            day = dt.date(month_year(month, dct, ctx.tense()), month, day_num(m["d"]))
        return Resolution("TIME", f"{day.isoformat()}T{hhmm}", "time", "publication", day)

    return resolve_relative(ctx, compute)


_THE = icase("the")
_RELATIVE_PERIODS = "weekend|week|month|quarter|year|future|past|near future|near term|short term|long term"
_NOT_OF = rf"(?!\s*{icase('of')})"

RULES = [
    rule(
        "deictic",
        rf"(?P<t>{MOD}?(?P<w>{icase(DEICTIC)})(?:\s+(?P<part>{icase(PART)}))?)",
        _norm_deictic,
        {
            "It happened [yesterday].": "2025-12-12",
            "It will happen [tomorrow].": "2025-12-14",
            "They met [yesterday morning].": "2025-12-12TMO",
        },
    ),
    rule(
        "deictic",
        rf"(?P<t>(?P<w>{icase('this|last')})\s+(?P<part>{icase(PART)}))",
        _norm_deictic,
        {"Shots were heard [last night].": "2025-12-12TNI", "They met [this morning].": "2025-12-13TMO"},
    ),
    rule(
        "weekday",
        rf"(?P<t>(?:(?P<rel>{icase('last|next|this|earlier|later|early|late')})\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<part>{icase(PART)}))?)(?:['’]s)?",
        _norm_weekday,
        {
            "He was freed on [Thursday].": "2025-12-11",
            "The envoys will meet on [Monday].": "2025-12-15",
            "He was freed [last Saturday].": "2025-12-06",
            "They meet [next Tuesday].": "2025-12-16",
        },
    ),
    rule(
        "calendar",
        rf"(?P<t>(?:{_THE}\s+)?{MOD}?(?P<rel>{icase(alt(PUBLICATION_SHIFT))})\s+(?:{icase('fiscal')}\s+)?"
        rf"(?P<unit>{icase(CAL)})){_NOT_OF}",
        _norm_calendar,
        {
            "Prices rose [last year].": "2024",
            "He was arrested [earlier this month].": "2025-12",
            "Talks resumed [this week].": "2025-W50",
            "Profit will rise in [the current fiscal year].": "2025",
        },
    ),
    rule(
        "calendar_the",
        rf"(?P<t>{_THE}\s+(?:{icase('full')}\s+)?(?P<rel>{icase(_RELATIVE_PERIODS)}))"
        rf"(?!\s*{icase('of|ago|earlier|later|before|after|-')}|\s+\w+(?:ed|ing)\s)",
        _norm_calendar_the,
        {
            "Talks are planned for [the future].": "FUTURE_REF",
            "Sales fell during [the quarter].": "2025-Q3",
            "Sales for [the full year] rose.": "2025",
        },
    ),
    rule(
        "anaphor",
        rf"(?P<t>{MOD}?(?P<rel>{icase(ANAPHORIC + '|the same')})\s+"
        rf"(?P<unit>{icase('day|week|month|year|quarter|decade|morning|afternoon|evening|night')}))",
        _norm_anaphor,
        {
            "He was jailed in 2021. He was freed [the following year].": "2022",
            "He was arrested on March 3, 2021 and his wife was detained [the same day].": "2021-03-03",
            "He was jailed on March 3, 2021. [Later that month] he was moved.": "2021-03",
        },
    ),
    rule(
        "anaphor",
        rf"(?P<t>{_THE}\s+(?P<unit>{icase('day|week|month|year')})\s+(?P<rel>{icase('before|after')}))(?!\s+\w+ing)",
        _norm_anaphor,
        {"Talks began on June 1, 2022 and ended [the day after].": "2022-06-02"},
    ),
    rule(
        "ago",
        rf"(?P<t>{APPROX}?(?P<n>{icase(NUM)})\s+(?P<unit>{icase(UNIT)})\s+(?P<rel>{icase('ago|earlier|later')}))"
        rf"(?!\s+(?:the|an?|his|her|its|their)\b)",
        _norm_ago,
        {
            "They were released [two years ago].": "2023",
            "He left on June 1, 2022. [Two days later] he spoke.": "2022-06-03",
            "The mill was closed [a year ago].": ("2023", "2024-11-06"),
        },
    ),
    rule(
        "year_adj",
        rf"(?P<t>(?:{_THE}\s+(?:{icase('comparable|corresponding')}\s+)?)?"
        rf"(?P<w>{icase('year-earlier|year-ago|year-before')})\s+(?P<noun>{icase('quarter|period')}))",
        _norm_year_adj,
        {"Sales for the quarter ended Sept. 30 rose from [the year-ago quarter].": ("2023-Q3", "2024-11-06")},
    ),
    rule(
        "year_adj",
        rf"(?P<t>(?P<w>{icase('year-earlier|year-ago|year-before|a year before')}))",
        _norm_year_adj,
        {"The farm earned more last year. [Year-ago] results included a charge.": ("2023", "2024-11-06")},
    ),
    rule(
        "latest",
        rf"(?P<t>{_THE}\s+{icase('latest|most recent|current')}\s+(?:{icase('fiscal')}\s+)?"
        rf"(?P<unit>{icase('quarter|period')}))",
        _norm_latest,
        {"Growth slowed in [the latest quarter].": ("2024-Q3", "2024-11-06")},
    ),
    rule(
        "clock",
        rf"(?P<t>{APPROX}?(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)(?:\s+{TZ})?{CLOCK_DAY})",
        _norm_clock,
        {
            "Bids are due by [5 p.m. EST Nov. 9], the bank said.": ("2024-11-09T17:00", "2024-11-06"),
            "Polls will open at [9 a.m. Thursday].": ("2024-11-07T09:00", "2024-11-06"),
        },
    ),
    rule(
        "clock",
        rf"(?P<t>(?P<w>{icase('noon|midnight|midday')})(?:\s+{TZ})?{CLOCK_DAY})",
        _norm_clock,
        {"The deadline expired at [midnight].": "2025-12-13T24:00"},
    ),
]
