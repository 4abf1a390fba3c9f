"""Normalisers of time expressions naming a calendar period.

Dates, months, years, decades, centuries, quarters, seasons and holidays ("July 4,
2021", "March", "December of that year", "the 1990s", "third quarter", "that autumn",
"Thanksgiving"), each turned into a :class:`helpers.timexes.anchor.Resolution`.
:data:`NAMED_NORMALISERS` maps a candidate kind of :mod:`helpers.timexes.rules` to its
normaliser ``f(match, ctx) -> Resolution``.
"""
from __future__ import annotations

import datetime as dt
import re

from helpers.timexes.anchor import (
    Resolution, dated, narrative_month_year, resolve_anaphoric, resolve_relative,
)
from helpers.timexes.calendar import choose_date, day_num, holiday_date, month_num, year_from_words, year_num
from helpers.timexes.rules import ORDINALS, SEASONS, YEAR_REL


def _norm_iso(m, ctx):
    return dated(dt.date(int(m["y"]), int(m["m"]), int(m["d"])), "day", "absolute")


def _norm_full(m, ctx):
    return dated(dt.date(int(m["y"]), month_num(m["mon"]), day_num(m["d"])), "day", "absolute")


def _norm_md(m, ctx):
    month, day = month_num(m["mon"]), day_num(m["d"])

    def compute(dct):
        year, anchor = narrative_month_year(month, ctx)
        return dated(dt.date(year, month, day), "day", anchor)
    return resolve_relative(ctx, compute)


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


# year shift of "that"/"the following"/... (an earlier mention) and "this"/"last"/"next" (the DCT)
ANAPHORIC_SHIFT = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
                   "the prior": -1, "the preceding": -1}
PUBLICATION_SHIFT = {"this": 0, "last": -1, "next": 1}


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
    if ry in PUBLICATION_SHIFT:
        shift = PUBLICATION_SHIFT[ry]
        return resolve_relative(ctx, lambda dct: dated(dt.date(dct.year + shift, month, 1), "month", "publication"))
    if ry:
        shift = ANAPHORIC_SHIFT[ry]
        return resolve_anaphoric(ctx, "year", lambda base, gran: dated(dt.date(base.year + shift, month, 1), "month", "previous"))
    shift = ANAPHORIC_SHIFT[re.sub(r"\s+", " ", m["rel"].lower())]

    def compute(base, gran):
        return dated(dt.date(_shifted_year(base, gran, shift, month), month, 1), "month", "previous")
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


def _norm_decade(m, ctx):
    if m["c"]:
        return dated(dt.date(int(m["c"] + m["dd"] + "0"), 1, 1), "decade", "absolute")
    century = ctx.dct.year // 100 if ctx.dct else 19
    year = century * 100 + int(m["dd2"]) * 10
    if ctx.dct and year > ctx.dct.year:
        year -= 100
    return dated(dt.date(year, 1, 1), "decade", "absolute")


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


def _norm_decade_word(m, ctx):
    return dated(dt.date(1900 + 10 * DECADE_WORDS[m["w"].lower()], 1, 1), "decade", "absolute")


def _norm_century(m, ctx):
    return dated(dt.date((int(m["n"]) - 1) * 100, 1, 1), "century", "absolute")


def _norm_quarter(m, ctx):
    q = ORDINALS[m["q"].lower()]
    year = m["y"] or m["y0"]
    if year:
        return dated(dt.date(int(year), 3 * q - 2, 1), "quarter", "absolute")
    if m["yrel"]:  # "next year's first quarter", "the year-ago third quarter"
        shift = YEAR_REL[m["yrel"].lower().replace("’", "'")]
        return resolve_relative(ctx, lambda dct: dated(dt.date(dct.year + shift, 3 * q - 2, 1), "quarter", "publication"))

    def compute(dct):
        starts = [dt.date(y, 3 * q - 2, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
        current = dt.date(dct.year, (dct.month - 1) // 3 * 3 + 1, 1)
        return dated(choose_date(starts, current, "past"), "quarter", "publication")
    return resolve_relative(ctx, compute)


def _norm_year_period(m, ctx):
    """"the 1988 period": the quarter under discussion, in 1988; the year if none is."""
    year = int(m["y"])
    prev = ctx.previous("year")
    if prev is None or prev[1] == "year" and m["noun"].lower() == "period":
        return dated(dt.date(year, 1, 1), "year", "absolute")
    month = prev[0].month if prev[1] != "year" else 1
    res = dated(dt.date(year, month, 1), "quarter", "previous")
    res.landmark = False
    return res


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each season


def _norm_season(m, ctx):
    """A season: "autumn 2020"; "last winter" from the DCT; "that autumn" in the year of
    the last DATE, "the following spring" the first spring after it (after its year when
    that DATE is a year), "the previous winter" the last one before it (anchor ``previous``)."""
    code = SEASONS[m["s"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if m["y"]:
        year = year_num(m["y"])
        return Resolution("DATE", f"{year:04d}-{code}", "season", "absolute", dt.date(year, 1, 1))
    if rel in ANAPHORIC_SHIFT:
        shift, start = ANAPHORIC_SHIFT[rel], SEASON_START[code]

        def anaphoric(base, gran):
            year = _shifted_year(base, gran, shift, start)
            return Resolution("DATE", f"{year:04d}-{code}", "season", "previous", dt.date(year, 1, 1))
        return resolve_anaphoric(ctx, "year", anaphoric)

    def compute(dct):
        shift = {"last": -1, "next": 1}.get(rel, 0)
        year = dct.year + shift
        return Resolution("DATE", f"{year:04d}-{code}", "season", "publication", dt.date(year, 1, 1))
    return resolve_relative(ctx, compute)


NAMED_NORMALISERS = {
    "iso": _norm_iso, "mdy": _norm_full, "dmy": _norm_full, "md": _norm_md, "my": _norm_my,
    "month": _norm_month, "month_rel": _norm_month_rel, "year": _norm_year, "year_range": _norm_year_range,
    "decade": _norm_decade, "decade_word": _norm_decade_word, "century": _norm_century,
    "quarter": _norm_quarter, "year_period": _norm_year_period, "season": _norm_season,
    "year_words": _norm_year_words, "holiday": _norm_holiday,
}


def _shifted_year(base: dt.date, gran: str, shift: int, month: int) -> int:
    """Year of ``month`` in "the following/previous <month or season>" after or before
    ``base`` (a date of granularity ``gran``): the next such month after a year or a
    later-or-equal month when ``shift`` > 0, the last one before when ``shift`` < 0."""
    year = base.year
    if shift > 0 and (gran == "year" or month <= base.month):
        year += 1
    elif shift < 0 and (gran == "year" or month >= base.month):
        year -= 1
    return year
