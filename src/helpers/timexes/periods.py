"""Rules for decades, centuries, quarters and seasons ("the 1990s", "the eighties", "the
21st century", "the third quarter of 2024", "the year-ago quarter", "the 1988 period",
"that autumn"): each rule of :data:`RULES` (:class:`helpers.timexes.rules.Rule`) turns its
match into a :class:`helpers.timexes.anchor.Resolution`, with examples.

Company-results conventions (TimeBank's WSJ texts): a quarter with no year is the
latest such quarter up to the DCT's; "the 1988 period" after a quarter is that quarter
in 1988.
"""

from __future__ import annotations

import datetime as dt
import re

from helpers.lexicon.calendar import ANAPHORIC_SHIFT, DECADE_WORDS, QUARTER_ORDINALS, SEASON_START, SEASONS, YEAR_REL
from helpers.timexes.anchor import Resolution, dated, resolve_anaphoric, resolve_relative
from helpers.timexes.calendar import choose_date, month_num, month_year, shifted_year, year_num
from helpers.timexes.patterns import DAY, MOD, MONTH, QUARTER, SEASON, YEAR, YEAR_RELATIVE, YEAR_WORDS, alt, icase
from helpers.timexes.rules import rule


def _norm_decade(m, ctx):
    if m["c"]:
        return dated(dt.date(int(m["c"] + m["dd"] + "0"), 1, 1), "decade", "absolute")
    century = ctx.dct.year // 100 if ctx.dct else 19
    year = century * 100 + int(m["dd2"]) * 10
    if ctx.dct and year > ctx.dct.year:
        year -= 100
    return dated(dt.date(year, 1, 1), "decade", "absolute")


def _norm_decade_word(m, ctx):
    return dated(dt.date(1900 + 10 * DECADE_WORDS[m["w"].lower()], 1, 1), "decade", "absolute")


def _norm_century(m, ctx):
    return dated(dt.date((int(m["n"]) - 1) * 100, 1, 1), "century", "absolute")


def _norm_quarter(m, ctx):
    q = QUARTER_ORDINALS[m["q"].lower()]
    year = m["y"] or m["y0"]
    if year:
        return dated(dt.date(int(year), 3 * q - 2, 1), "quarter", "absolute")
    if m["yrel"]:  # "next year's first quarter", "the year-ago third quarter"
        shift = YEAR_REL[m["yrel"].lower().replace("’", "'")]
        return resolve_relative(
            ctx, lambda dct: dated(dt.date(dct.year + shift, 3 * q - 2, 1), "quarter", "publication")
        )

    def compute(dct):
        starts = [dt.date(y, 3 * q - 2, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
        current = dt.date(dct.year, (dct.month - 1) // 3 * 3 + 1, 1)
        return dated(choose_date(starts, current, "past"), "quarter", "publication")

    return resolve_relative(ctx, compute)


def _norm_period_ended(m, ctx):
    """ "the year ended March 31": a twelve-month reporting period (DURATION ``P1Y``, as
    TimeBank's WSJ annotators mostly have it); "the quarter ended Sept. 30": the
    calendar quarter holding the end date, in the year the tense gives it."""
    if m["unit"].lower() == "year":
        return Resolution("DURATION", "P1Y", "duration", "absolute")
    month = month_num(m["mon"])

    def compute(dct):
        year = int(m["y"]) if m["y"] else month_year(month, dct, "past")
        return dated(dt.date(year, month, 1), "quarter", "publication")

    return resolve_relative(ctx, compute)


def _norm_year_period(m, ctx):
    """ "the 1988 period": the quarter under discussion, in 1988; the year if none is."""
    year = int(m["y"])
    prev = ctx.previous("year")
    if prev is None or prev[1] == "year" and m["noun"].lower() == "period":
        return dated(dt.date(year, 1, 1), "year", "absolute")
    month = prev[0].month if prev[1] != "year" else 1
    res = dated(dt.date(year, month, 1), "quarter", "previous")
    res.landmark = False
    return res


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
            year = shifted_year(base, gran, shift, start)
            return Resolution("DATE", f"{year:04d}-{code}", "season", "previous", dt.date(year, 1, 1))

        return resolve_anaphoric(ctx, "year", anaphoric)

    def compute(dct):
        shift = {"last": -1, "next": 1}.get(rel, 0)
        year = dct.year + shift
        return Resolution("DATE", f"{year:04d}-{code}", "season", "publication", dt.date(year, 1, 1))

    return resolve_relative(ctx, compute)


_THE = rf"(?:{icase('the')}\s+)?"
_SEASON_REL = "this|last|next|that|the following|the next|the previous|the"
# "fall" is a season only after a determiner or modifier ("last fall", "early fall")
_FALL = r"(?:(?<=(?i:this|last|next|late|arly|that) )|(?<=(?i:following) )|(?<=(?i:previous) ))(?i:fall)"

RULES = [
    rule(
        "decade",
        rf"(?P<t>{_THE}{MOD}?(?:(?P<c>1[6-9]|20)(?P<dd>\d)0|['’](?P<dd2>\d)0)['’]?s)",
        _norm_decade,
        {"Repression grew in [the 1990s].": "199", "It was popular in [the '80s].": "198"},
    ),
    rule(
        "decade_word",
        rf"(?P<t>{icase('the')}\s+{MOD}?(?P<w>{icase(alt(DECADE_WORDS, longest_first=False))}))",
        _norm_decade_word,
        {"Prices soared in [the seventies].": "197"},
    ),
    rule(
        "century",
        rf"(?P<t>{_THE}{MOD}?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[- ]{icase('century')})",
        _norm_century,
        {"The church dates from [the 12th century].": "11"},
    ),
    rule(
        "quarter",
        rf"(?P<t>{_THE}(?:(?P<y0>{YEAR})\s+|(?P<yrel>{icase(YEAR_RELATIVE)})\s+)?(?:{icase('fiscal')}[- ])?"
        rf"(?P<q>{icase(QUARTER)})[- ]{icase('quarter')}(?:\s+of\s+(?P<y>{YEAR}))?)",
        _norm_quarter,
        {
            "In [the third quarter of 2024], exports fell.": "2024-Q3",
            "[Next year's first quarter] should be better.": ("2025-Q1", "2024-11-06"),
            "Exports fell in [the third quarter].": ("2024-Q3", "2024-11-06"),
        },
    ),
    rule(
        "period_ended",
        rf"(?P<t>{icase('the')}\s+(?:{icase('fiscal')}\s+)?(?P<unit>{icase('year|quarter')}))"
        rf"(?=\s+{icase('end(?:ed|ing)')}\s+(?:{icase('on')}\s+)?(?P<mon>{MONTH})\s+{DAY}(?:,?\s+(?P<y>{YEAR}))?)",
        _norm_period_ended,
        {
            "Revenue was $76 million for [the year] ended March 31.": "P1Y",
            "It lost $92 million for [the quarter] ended Sept. 30.": ("1989-Q3", "1989-10-26"),
        },
    ),
    rule(
        "year_period",
        rf"(?P<t>{icase('the')}\s+(?P<y>{YEAR})\s+(?P<noun>{icase('period|quarter')}))",
        _norm_year_period,
        {
            "Exports rose in the second quarter. In [the 2023 period] they fell.": ("2023-Q2", "2024-11-06"),
            "Sales rose 5% from [the 1987 period].": "1987",
        },
    ),
    rule(
        "season",
        rf"(?P<t>(?:(?P<rel>{icase(_SEASON_REL)})\s+)?{MOD}?(?P<s>{icase(SEASON)}|{_FALL})"
        rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}|{icase(YEAR_WORDS)}))?)",
        _norm_season,
        {
            "Talks began in [autumn 2020].": "2020-FA",
            "He was jailed in 2019. [That fall] he fasted.": "2019-FA",
            "Talks began in 2021; [the following spring] they collapsed.": "2022-SP",
            "Prices fell [last winter].": "2024-WI",
        },
    ),
]
