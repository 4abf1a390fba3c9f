"""Rules for dates, months, years and holidays named in the text.

"July 4, 2021", "March", "December of that year", "the following March", "1996",
"Thanksgiving": each rule of :data:`RULES` (:class:`helpers.timexes.rules.Rule`) turns its
match into a :class:`helpers.timexes.anchor.Resolution`, with examples. Decades,
centuries, quarters and seasons are in :mod:`helpers.timexes.periods`.
"""

from __future__ import annotations

import datetime as dt
import re

from helpers.lexicon.calendar import ANAPHORIC_SHIFT, HOLIDAYS, PUBLICATION_SHIFT, WEEKDAY_HOLIDAYS
from helpers.timexes.anchor import (
    dated,
    narrative_month_year,
    resolve_anaphoric,
    resolve_relative,
)
from helpers.timexes.calendar import (
    choose_date,
    day_num,
    holiday_date,
    month_num,
    shifted_year,
    year_from_words,
    year_num,
)
from helpers.timexes.patterns import (
    ANAPHORIC,
    DAY,
    MOD,
    MONTH,
    REL_YEAR,
    WEEKDAY,
    YEAR,
    YEAR_WORDS,
    alt,
    icase,
)
from helpers.timexes.rules import rule


def _norm_iso(m, ctx):
    return dated(dt.date(int(m["y"]), int(m["m"]), int(m["d"])), "day", "absolute")


def _norm_full(m, ctx):
    return dated(dt.date(int(m["y"]), month_num(m["mon"]), day_num(m["d"])), "day", "absolute")


def _norm_md(m, ctx):
    month, day = month_num(m["mon"]), day_num(m["d"])

    def compute(dct):
        year, anchor = narrative_month_year(month, ctx, day=True)
        return dated(dt.date(year, month, day), "day", anchor)

    return resolve_relative(ctx, compute)


def _norm_md_rel(m, ctx):
    """A day of a month in a year named relative to the DCT or to an earlier mention: "Dec. 30
    last year", "30 December last year" (the DCT's year shifted; anchor ``publication``), "March
    3 of that year" (the last DATE's year; anchor ``previous``): one TIMEX3, as TimeBank
    annotates "Dec. 30 last year" (its day in the year the phrase names)."""
    month, day = month_num(m["mon"] or m["mon2"]), day_num(m["d"] or m["d2"])
    ry = re.sub(r"\s+", " ", m["ry"].lower())
    if ry in ("this", "last", "next"):
        shift = PUBLICATION_SHIFT[ry]
        return resolve_relative(ctx, lambda dct: dated(dt.date(dct.year + shift, month, day), "day", "publication"))
    shift = ANAPHORIC_SHIFT[ry]
    return resolve_anaphoric(
        ctx, "year", lambda base, gran: dated(dt.date(base.year + shift, month, day), "day", "previous")
    )


def _norm_my(m, ctx):
    return dated(dt.date(year_num(m["y"]), month_num(m["mon"]), 1), "month", "absolute")


def _norm_month(m, ctx):
    month, rel = month_num(m["mon"]), (m.groupdict().get("rel") or "").lower()

    def compute(dct):
        if rel in ("last", "next"):
            firsts = [dt.date(y, month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
            tense = {"last": "past", "next": "future"}[rel]
            return dated(choose_date(firsts, dct.replace(day=1), tense, strict=True), "month", "publication")
        if rel == "this":
            return dated(dt.date(dct.year, month, 1), "month", "publication")
        year, anchor = narrative_month_year(month, ctx)
        return dated(dt.date(year, month, 1), "month", anchor)

    return resolve_relative(ctx, compute)


def _norm_month_rel(m, ctx):
    """A month in a year named relative to an earlier mention or to the DCT.

    "December of that year", "June of the same year": the month in the year of the last
    DATE (anchor ``previous``); "December of the following year": a year after it;
    "March of last year", "January this year": the month in the DCT's year shifted
    (anchor ``publication``). "that December": the month in the last DATE's year; "the
    following March" the first March after the last DATE (after its year when that DATE
    is a year: "jailed in 2020, freed the following March" -> 2021-03), "the previous
    December" the last one before it. With no earlier DATE, the DCT stands in for it.
    """
    month = month_num(m["mon"])
    ry = re.sub(r"\s+", " ", (m.groupdict().get("ry") or "").lower())
    if ry in ("this", "last", "next"):
        shift = PUBLICATION_SHIFT[ry]
        return resolve_relative(ctx, lambda dct: dated(dt.date(dct.year + shift, month, 1), "month", "publication"))
    if ry:
        shift = ANAPHORIC_SHIFT[ry]
        return resolve_anaphoric(
            ctx, "year", lambda base, gran: dated(dt.date(base.year + shift, month, 1), "month", "previous")
        )
    shift = ANAPHORIC_SHIFT[re.sub(r"\s+", " ", m["rel"].lower())]

    def compute(base, gran):
        return dated(dt.date(shifted_year(base, gran, shift, month), month, 1), "month", "previous")

    return resolve_anaphoric(ctx, "year", compute)


def _norm_year(m, ctx):
    return dated(dt.date(int(m["y"]), 1, 1), "year", "absolute")


def _norm_year_words(m, ctx):
    return dated(dt.date(year_from_words(m["w"]), 1, 1), "year", "absolute")


def _norm_holiday(m, ctx):
    def compute(dct):
        days = [holiday_date(m["h"], y) for y in (dct.year - 1, dct.year, dct.year + 1)]
        return dated(choose_date(days, dct, ctx.tense()), "day", "publication")

    return resolve_relative(ctx, compute)


def _norm_year_range(m, ctx):
    return dated(dt.date(int(m["y"][:2] + m["y2"]), 1, 1), "year", "absolute")


def _capitalised(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


HOLIDAY = alt([_capitalised(h) for h in [*HOLIDAYS, *WEEKDAY_HOLIDAYS]])
_WD = rf"(?:{WEEKDAY},?\s+)?"
_NOT_YEAR = rf"(?![\d,]*\s*{YEAR})"

RULES = [
    rule(
        "iso",
        rf"(?P<t>(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d))",
        _norm_iso,
        {"It was signed on [2025-12-13].": "2025-12-13"},
    ),
    rule(
        "mdy",
        rf"(?P<t>{_WD}(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR}))",
        _norm_full,
        {"It was signed on [December 13, 2025].": "2025-12-13", "Rates were cut on [Aug. 12, 2024].": "2024-08-12"},
    ),
    rule(
        "dmy",
        rf"(?P<t>{_WD}(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}),?\s+(?P<y>{YEAR}))",
        _norm_full,
        {
            "It was signed on [13 December 2025].": "2025-12-13",
            "It was signed on [Friday, 12 December 2025].": "2025-12-12",
            "on [1st of May 2020]": "2020-05-01",
        },
    ),
    rule(
        "md_rel",
        rf"(?P<t>{_WD}(?:(?P<mon>{MONTH})\s+(?P<d>{DAY})|(?P<d2>{DAY})\s+(?:of\s+)?(?P<mon2>{MONTH})),?\s+"
        rf"(?:{icase('of')}\s+)?(?P<ry>{icase(REL_YEAR)})\s+{icase('year')})",
        _norm_md_rel,
        {
            "He was sentenced on [Dec. 30 last year].": "2024-12-30",
            "He was freed on [4 July this year].": "2025-07-04",
        },
    ),
    rule(
        "md",
        rf"(?P<t>{_WD}(?P<mon>{MONTH})\s+(?P<d>{DAY})){_NOT_YEAR}",
        _norm_md,
        {
            "He was freed on [Dec. 13].": "2025-12-13",
            "The deadline was set for [Nov. 20].": ("2025-11-20", "2025-11-06"),
        },
    ),
    rule(
        "md",
        rf"(?P<t>{_WD}(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})){_NOT_YEAR}",
        _norm_md,
        {"He was freed on [4 July].": "2025-07-04"},
    ),
    rule(
        "my",
        rf"(?P<t>{MOD}?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}|{icase(YEAR_WORDS)}))",
        _norm_my,
        {"He was arrested in [July 2021].": "2021-07", "The vote was held in [May 2021].": "2021-05"},
    ),
    rule(
        "month",
        rf"(?P<t>{MOD}?(?P<mon>{MONTH}))",
        _norm_month,
        {
            "He was detained in [March].": "2025-03",
            "The summit will be held in [March].": "2026-03",
            "Prices peaked in [December].": ("2024-12", "2025-05-04"),
        },
    ),
    rule(
        "month_rel",
        rf"(?P<t>{MOD}?(?P<mon>{MONTH})\s+(?:{icase('of')}\s+)?(?P<ry>{icase(REL_YEAR)})\s+{icase('year')})",
        _norm_month_rel,
        {
            "Protests began in 2021. Hundreds were jailed in [December of that year].": "2021-12",
            "The opposition leader was arrested in [March of last year].": "2024-03",
        },
    ),
    rule(
        "month_rel",
        rf"(?P<t>{MOD}?(?P<rel>{icase(ANAPHORIC)})\s+(?P<mon>{MONTH}))(?!\s*\d)",
        _norm_month_rel,
        {
            "He was jailed in 2020 and freed [the following March].": "2021-03",
            "The border closed in 2021. [That December], hundreds were jailed.": "2021-12",
        },
    ),
    rule(
        "year_words",
        rf"(?P<t>(?:{icase('the year')}\s+)?(?P<w>{icase(YEAR_WORDS)}))",
        _norm_year_words,
        {
            "It was built in [nineteen ninety-six].": "1996",
            "It opened in [two thousand and one].": "2001",
            "Computers may fail in [the year two thousand].": "2000",
        },
    ),
    rule(
        "holiday",
        rf"(?P<t>(?P<h>{HOLIDAY}))",
        _norm_holiday,
        {
            "Talks will resume after [Thanksgiving Day].": ("2024-11-28", "2024-11-06"),
            "He was freed on [Labor Day].": "2025-09-01",
        },
    ),
    rule(
        "month",
        rf"(?P<t>{MOD}?(?P<rel>{icase('this|last|next|early|late|mid-?')})\s*(?P<mon>{MONTH}))",
        _norm_month,
        {
            "Elections are due [this September].": ("2025-09", "2025-10-04"),
            "He was freed [last July].": "2025-07",
            "He was freed [late last July].": "2025-07",
        },
    ),
    rule(
        "year",
        rf"(?P<t>{MOD}?(?:{icase('fiscal')}\s+)?(?P<y>{YEAR}))(?!-\d\d-)(?!\s*(?:%|{icase('percent|per cent')}))",
        _norm_year,
        {"Talks stalled in [mid-2021].": "2021", "Sanctions applied from [2020] to 2022.": "2020"},
    ),
    rule(
        "year",
        rf"{icase('pre|post')}-(?P<t>(?P<y>{YEAR}))",
        _norm_year,
        {"The post-[2020] crackdown continued.": "2020"},
    ),
    rule(
        "year_range",
        rf"(?P<y>{YEAR})[-–](?P<t>(?P<y2>\d\d))(?!\d)",
        _norm_year_range,
        {"The 2020-[22] sanctions were eased.": "2022"},
    ),
]
