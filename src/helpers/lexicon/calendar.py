"""The words of time: month and weekday names, seasons, parts of the day, calendar units,
holidays, frequency adverbs and vague references, each mapped to what it means in a
TIMEX3 value (ISO-TimeML 1.2.1, https://www.timeml.org/publications/timeMLdocs/timeml_1.2.1.html).

Data only. :mod:`helpers.timexes.patterns` builds the detection patterns from the keys,
the normalisers read the values; :mod:`helpers.quantities` and :mod:`helpers.events`
read the month, weekday and unit names from here too.
"""

from __future__ import annotations

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
# Wire-style abbreviations (AP Stylebook "months", https://www.apstylebook.com), with or without a dot.
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_WORDS = {**MONTHS, **MONTH_ABBREVIATIONS}
# Month names that are also common words: a bare one needs a preposition before it.
AMBIGUOUS_MONTHS = {"may", "march", "august"}
# ISO weekday numbers from 0 (Monday), as datetime.date.weekday().
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# TIMEX3 season codes.
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each season
# Parts of the day: TIMEX3 codes.
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# Units of a period that a single day of a clause does not date ("after months of negotiations")
LONG_UNITS = {"month", "year", "decade"}
# Calendar units: (TIMEX3 duration letter, needs the "T" time designator).
TIME_UNITS = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "week": ("W", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}
# Units of a counted gap ("four days after", "a week before") and of a prison term ("to 13 and 12 years").
COUNTED_UNITS = ("day", "week", "month", "year")
# Units that name a calendar period ("this week", "last quarter").
CALENDAR_PERIODS = ("week", "weekend", "month", "quarter", "year", "decade", "century")
# A unit as dateutil.relativedelta arguments (one step of it).
UNIT_STEPS = {
    "day": {"days": 1},
    "week": {"weeks": 1},
    "weekend": {"weeks": 1},
    "fortnight": {"weeks": 2},
    "month": {"months": 1},
    "quarter": {"months": 3},
    "season": {"months": 3},
    "year": {"years": 1},
    "decade": {"years": 10},
    "century": {"years": 100},
}
# Halves of a unit written in the next smaller unit, TimeBank style ("P2Y6M").
HALVES = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S", "decade": "5Y", "century": "50Y"}
DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# Fixed holidays: (month, day); US federal holidays on a weekday: (month, weekday, nth),
# nth -1 for the last (5 U.S.C. 6103, https://www.law.cornell.edu/uscode/text/5/6103).
HOLIDAYS = {
    "christmas": (12, 25),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "new year's": (1, 1),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "independence day": (7, 4),
    "veterans day": (11, 11),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}
WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
}

# Deictic days: offset from the publication date.
DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# Shift of a period named from the publication date ("last week") or an earlier mention
# ("the following month"); "that"/"the same" is the mentioned period itself.
PUBLICATION_SHIFT = {"this": 0, "last": -1, "next": 1, "past": -1, "previous": -1, "coming": 1, "current": 0}
ANAPHORIC_SHIFT = {
    "that": 0,
    "the same": 0,
    "the following": 1,
    "the next": 1,
    "the previous": -1,
    "the prior": -1,
    "the preceding": -1,
}
# A year named relative to the publication date before a quarter ("next year's first quarter").
YEAR_REL = {"year-ago": -1, "year-earlier": -1, "last year's": -1, "next year's": 1, "this year's": 0}

# Verbs that move a time forward: their end point ("postponed until Monday") is after the
# time of writing even in a past-tense clause.
FORWARD_VERBS = {
    "postpone",
    "delay",
    "adjourn",
    "defer",
    "reschedule",
    "extend",
    "suspend",
    "recess",
    "prolong",
    "push",
}

# Verbs that grant something for a term: the term's end ("authorizing transactions ...
# through April 18", "permitted imports until March 31") is after the time of writing, as a
# licence or waiver is issued to run ahead (OFAC general licences name the day they expire).
TERM_VERBS = {"authorize", "authorise", "permit", "allow", "license", "licence", "waive", "exempt", "renew"}

# Frequency adverbs: TIMEX3 SET values.
SET_WORDS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "hourly": "PT1H",
    "quarterly": "P1Q",
}
# Vague references (TimeBank conventions): TIMEX3 values.
REFS = {
    "current": "PRESENT_REF",
    "future": "FUTURE_REF",
    "near future": "FUTURE_REF",
    "near term": "FUTURE_REF",
    "short term": "FUTURE_REF",
    "long term": "FUTURE_REF",
    "past": "PAST_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "previously": "PAST_REF",
    "currently": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "soon": "FUTURE_REF",
    "now": "PRESENT_REF",
}

# Modifiers kept inside a timex extent, as TimeBank does ("early 2021", "the end of that
# year"), with their TIMEX3 ``mod`` values (the value itself is the period).
PERIOD_MODIFIERS = {
    "earlier": "BEFORE",
    "later": "AFTER",
    "early": "START",
    "late": "END",
    "mid-": "MID",
    "mid": "MID",
    "the end of": "END",
    "the beginning of": "START",
    "the start of": "START",
    "the middle of": "MID",
}
# Approximations kept inside a duration's extent ("about two years"); TIMEX3 ``mod``.
APPROXIMATORS = {
    "about": "APPROX",
    "around": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "roughly": "APPROX",
    "some": "APPROX",
    "approximately": "APPROX",
    "more than": "MORE_THAN",
    "less than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
}
# Subordinators of a clause that places the host event before or after another one: the time
# expression of such a clause is the time of that other event, never of the host ("approved
# soon after Rabuka staged his second coup on September 25"; "since the sanctions were
# imposed"). "when"/"as" (overlap) are not in the list (TimeML TLINK BEFORE/AFTER vs
# SIMULTANEOUS/INCLUDES, Pustejovsky et al. 2003).
SEQUENCE_MARKS = {"after", "before", "since", "until", "till", "once"}
# "arrested in 2018 and later sentenced": a conjoined act placed after the first one
LATER_ADVERBS = {"later", "subsequently", "afterwards", "afterward", "eventually", "since"}
