"""Regular-expression pieces of the time rules, built from the vocabularies of
:mod:`helpers.lexicon.calendar` and :mod:`helpers.lexicon.numbers` (as SUTime and
HeidelTime build theirs from resource files: Chang & Manning 2012,
https://nlp.stanford.edu/pubs/lrec2012-sutime.pdf; Strötgen & Gertz 2013,
https://doi.org/10.1007/s10579-012-9179-y). A word is added to a vocabulary, never here.

Names are upper case; every piece is a non-capturing group. Month and weekday names
are matched capitalised ("May", not the modal "may"); other words in any case.
"""

from __future__ import annotations

import re

from helpers.lexicon.calendar import (
    ANAPHORIC_SHIFT,
    APPROXIMATORS,
    CALENDAR_PERIODS,
    DAY_PARTS,
    DEICTIC_DAYS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PERIOD_MODIFIERS,
    QUARTER_ORDINALS,
    SEASONS,
    TIME_UNITS,
    WEEKDAYS,
    YEAR_REL,
)
from helpers.lexicon.numbers import ARTICLES, COUPLE, MULTIPLIERS, SCALES, SMALL, TENS, VAGUE_DETERMINERS


def alt(words, *, longest_first: bool = True) -> str:
    """Non-capturing alternation of ``words`` (regex-escaped, longest first by default);
    a space matches any whitespace and an apostrophe both ' and ’.

    Examples:
        >>> alt(["mid", "mid-", "early"])
        '(?:early|mid\\\\-|mid)'
    """
    words = sorted(words, key=len, reverse=True) if longest_first else list(words)
    escaped = [re.escape(w).replace(r"\ ", " ").replace("'", "['’]") for w in words]
    return "(?:" + "|".join(escaped) + ")"


def icase(pattern: str) -> str:
    """Case-insensitive group (sentence-initial "Last week", "Two days")."""
    return f"(?i:{pattern})"


def _numbers(lo: int, hi: int) -> list[str]:
    return [w for w, n in SMALL.items() if lo <= n <= hi]


def _plural(unit: str) -> str:
    return unit[:-1] + "ies" if unit.endswith("y") and unit != "day" else unit + "s"


MONTH = (
    "(?:"
    + "|".join(m.capitalize() for m in MONTHS)
    + "|"
    + alt([m.capitalize() for m in MONTH_ABBREVIATIONS])
    + r"\.?)"
)
WEEKDAY = alt([w.capitalize() for w in WEEKDAYS], longest_first=False)
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DIGITS = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
UNITS9 = "|".join(_numbers(1, 9))
TEENS = "|".join(_numbers(10, 19))
TENS_WORD = "|".join(TENS)
NUMWORD = rf"(?:(?:{TENS_WORD})(?:[- ](?:{UNITS9}))?|" + "|".join(reversed(_numbers(1, 19))) + ")"
# a number in words with scales: "one hundred and twenty", "two thousand five hundred"
NUMBER_WORDS = rf"{NUMWORD}(?:[- ]{alt([*MULTIPLIERS, *SCALES])}(?:[- ](?:and[- ])?{NUMWORD})?)*"
NUM = rf"(?:{DIGITS}|{NUMBER_WORDS}|" + "|".join([*COUPLE, *VAGUE_DETERMINERS]) + "|" + alt(ARTICLES) + ")"
UNIT = alt([*TIME_UNITS, *map(_plural, TIME_UNITS)])
UNIT1 = alt(TIME_UNITS, longest_first=False)
CAL = alt(CALENDAR_PERIODS, longest_first=False)
PART = alt(DAY_PARTS, longest_first=False)
SEASON = alt([s for s in SEASONS if s != "fall"], longest_first=False)
DEICTIC = alt(DEICTIC_DAYS)
MOD = rf"(?:{icase(alt(PERIOD_MODIFIERS))}\s*)"
APPROX = rf"(?:{icase(alt(APPROXIMATORS))}\s+)"
TIMES = r"once|twice|thrice|(?:[a-z]+|\d+) times"
_TENS_UNITS = rf"(?:{TENS_WORD})(?:[- ](?:{UNITS9}))?"
YEAR_WORDS = (
    rf"(?:{alt(_numbers(18, 19) + ['twenty'], longest_first=False)})[- ]"
    rf"(?:{_TENS_UNITS}|{TEENS}|o[h']?[- ](?:{UNITS9}))"
    rf"|two thousand(?: and)?(?:[- ](?:{UNITS9}|{TEENS}|twenty(?:[- ](?:{UNITS9}))?))?"
)
QUARTER = alt(QUARTER_ORDINALS, longest_first=False)
TZ = r"(?:[ECMP][SD]T|GMT|UTC)\b"
CLOCK_DAY = rf"(?:,?\s+(?:(?P<wd>{WEEKDAY})|(?P<mon>{MONTH})\s+(?P<d>{DAY})(?!\d)))?"
YEAR_RELATIVE = "|".join(w.replace("'", "['’]") for w in YEAR_REL)
# "that", "the following" ... point to an earlier mention; "this", "last", "next" to the DCT
ANAPHORIC = "|".join(w for w in ANAPHORIC_SHIFT if w != "the same")
REL_YEAR = ANAPHORIC + "|the same|this|last|next"
