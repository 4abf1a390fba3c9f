"""Calendar arithmetic for TIMEX3 values: periods, durations, weekdays, months, holidays.

Pure functions of dates and words, no parse and no context: the TIMEX3 value of a
calendar period (:func:`format_value`, ISO-TimeML,
https://www.timeml.org/publications/timeMLdocs/timeml_1.2.1.html), durations
(:func:`duration_value`), counts and years written in words, the date a weekday or a
holiday names and the year of a month named without one (:func:`month_year`). Used by
the normalisers of :mod:`helpers.timexes.named` and :mod:`helpers.timexes.deictic`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from helpers.lexicon.calendar import HALVES, HOLIDAYS, MONTH_WORDS, TIME_UNITS, UNIT_STEPS, WEEKDAY_HOLIDAYS
from helpers.quantities.numerals import parse_number


def shift_date(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` calendar units (day, week, month, quarter, year, decade,
    century; :data:`helpers.lexicon.calendar.UNIT_STEPS`), the day of the month kept or
    clipped to the month's end (``dateutil.relativedelta``).

    Examples:
        >>> shift_date(dt.date(2024, 3, 31), "quarter", -1), shift_date(dt.date(2024, 2, 29), "year", 1)
        (datetime.date(2023, 12, 31), datetime.date(2025, 2, 28))
    """
    return day + relativedelta(**{k: v * n for k, v in UNIT_STEPS[unit].items()})


def unit_name(word: str) -> str:
    """Singular calendar unit of a unit word ("Years" -> "year", "centuries" -> "century")."""
    word = word.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


def count(words: str) -> int | float | None:
    """A count of time units (:func:`helpers.quantities.numerals.parse_number`), an int
    when whole; None when vague ("several", "a few").

    Examples:
        >>> count("one hundred and twenty"), count("a couple of"), count("1.5"), count("few")
        (120, 2, 1.5, None)
    """
    value = parse_number(words)
    return int(value) if value is not None and value == int(value) else value


def format_value(day: dt.date, granularity: str) -> str:
    """TIMEX3 value of the calendar period of ``granularity`` holding ``day``.

    Examples:
        >>> format_value(dt.date(2021, 7, 4), "month")
        '2021-07'
        >>> format_value(dt.date(2025, 12, 13), "week")
        '2025-W50'
    """
    if granularity == "day":
        return day.isoformat()
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    raise ValueError(f"unknown granularity {granularity!r}")


def duration_value(n: int | None, unit: str, *, half: bool = False) -> str:
    """TIMEX3 duration ("P2D", "PT5H", "PXY", "P20Y" for two decades, "PXDE" for decades).

    ``half`` adds half a unit ("2 1/2 years", "an hour and a half"), written in the
    next smaller unit as TimeBank does ("P2Y6M", "PT1H30M"), or as a decimal when there is
    no whole smaller unit ("P1.5W").

    Examples:
        >>> duration_value(2, "day"), duration_value(None, "decade"), duration_value(5, "hour")
        ('P2D', 'PXDE', 'PT5H')
        >>> duration_value(2, "year", half=True), duration_value(1, "minute", half=True)
        ('P2Y6M', 'PT1M30S')
    """
    letter, is_time = TIME_UNITS[unit]
    if half and n is not None:
        return _half_duration(n, unit)
    if unit == "fortnight" and n is not None:
        n *= 2
    if unit in ("decade", "century") and n is not None:
        n, letter = n * (10 if unit == "decade" else 100), "Y"
    return ("PT" if is_time else "P") + ("X" if n is None else str(n)) + letter


def _half_duration(n: int, unit: str) -> str:
    letter, is_time = TIME_UNITS[unit]
    head = "PT" if is_time else "P"
    if unit in ("decade", "century"):
        return f"P{n * (10 if unit == 'decade' else 100) + int(HALVES[unit][:-1])}Y"
    if unit in HALVES:
        return f"{head}{n}{letter}{HALVES[unit]}"
    return f"{head}{n}.5{letter}"


def choose_date(candidates: list[dt.date], dct: dt.date, tense: str | None, *, strict: bool = False) -> dt.date:
    """Pick the candidate date the tense points to: future -> on or after the DCT
    (after it if ``strict``), past -> on or before it (before it if ``strict``),
    unknown -> the nearest (the earlier one on a tie)."""
    nearest = min(candidates, key=lambda c: (abs((c - dct).days), c > dct))
    if tense == "future":
        after = [c for c in candidates if (c > dct if strict else c >= dct)]
        return min(after) if after else nearest
    if tense == "past":
        before = [c for c in candidates if (c < dct if strict else c <= dct)]
        return max(before) if before else nearest
    return nearest


def month_num(word: str) -> int:
    """Month number (1-12) of a month name or abbreviation ("Sept." -> 9); KeyError if none."""
    return MONTH_WORDS[word.lower().rstrip(".")]


def day_num(word: str) -> int:
    """Day of the month in a day word ("9th" -> 9)."""
    return int(re.match(r"\d+", word).group())


FAR_MONTHS = 9  # with no tense, a month this far from the DCT's is in the adjacent year
PAST_MONTHS = 5  # with no tense, a month this far after the DCT's is last year's (news tells the past)


def month_year(month: int, dct: dt.date, tense: str | None) -> int:
    """Year of a month named without one: the DCT's year, the year before if the clause
    is past and the month after the DCT's, the year after if the clause is future and the
    month before the DCT's; with no tense, the year before when the month is
    ``PAST_MONTHS`` or more after the DCT's (news mostly reports what has happened:
    measured on TimeBank/AQUAINT, value F1 +0.003), the year after when it is
    ``FAR_MONTHS`` or more before (after HeidelTime's rule for news, Strötgen & Gertz
    2013, https://doi.org/10.1007/s10579-012-9179-y).

    Examples:
        >>> month_year(11, dt.date(1998, 2, 6), "past"), month_year(1, dt.date(1998, 11, 6), "future")
        (1997, 1999)
        >>> month_year(8, dt.date(1998, 5, 4), None), month_year(10, dt.date(1998, 5, 4), None)
        (1998, 1997)
        >>> month_year(2, dt.date(1998, 11, 4), None), month_year(12, dt.date(1998, 2, 4), None)
        (1999, 1997)
    """
    if tense == "past" and month > dct.month:
        return dct.year - 1
    if tense == "future" and month < dct.month:
        return dct.year + 1
    if tense is None and month - dct.month >= PAST_MONTHS:  # "in October" in a May report
        return dct.year - 1
    if tense is None and abs(month - dct.month) >= FAR_MONTHS:  # "December" in a February text
        return dct.year + (1 if month < dct.month else -1)
    return dct.year


def year_num(text: str) -> int:
    """A year in digits or read aloud (:func:`year_from_words`)."""
    return int(text) if text.isdigit() else year_from_words(text)


def year_from_words(words: str) -> int | None:
    """A year read aloud: "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001.

    Examples:
        >>> year_from_words("nineteen oh-five"), year_from_words("two thousand")
        (1905, 2000)
    """
    words = re.sub(r"[\s-]+", " ", words.lower()).strip()
    if words.startswith("two thousand"):
        rest = words[len("two thousand") :].replace("and", "").strip()
        return 2000 + (count(rest) or 0 if rest else 0)
    head, _, rest = words.partition(" ")
    century = count(head)
    rest = re.sub(r"^o[h']? ", "", rest)
    tail = count(rest)
    if century is None or tail is None:
        return None
    return century * 100 + tail


def holiday_date(name: str, year: int) -> dt.date:
    """Date of a holiday in a year.

    Examples:
        >>> holiday_date("Thanksgiving Day", 1999), holiday_date("Memorial Day", 2025)
        (datetime.date(1999, 11, 25), datetime.date(2025, 5, 26))
    """
    name = name.lower().replace("’", "'")
    if name in HOLIDAYS:
        return dt.date(year, *HOLIDAYS[name])
    month, weekday, nth = WEEKDAY_HOLIDAYS[name]
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[nth - 1 if nth > 0 else nth]


def weekday_date(weekday: int, dct: dt.date, *, rel: str = "", tense: str | None = None) -> dt.date:
    """The date a weekday name refers to, seen from the DCT.

    "last Friday" is the latest Friday before the DCT, "next Friday" the first after
    it; a bare weekday is the DCT's own day when it falls on it ("on Friday" in a
    Friday paper, whatever the tense), else the latest one before the DCT unless the
    clause is future ("will meet on Monday" -> the first Monday after the DCT).

    Examples:
        >>> weekday_date(5, dt.date(2025, 12, 13))  # Saturday, published on a Saturday
        datetime.date(2025, 12, 13)
        >>> weekday_date(0, dt.date(2025, 12, 13), tense="future")
        datetime.date(2025, 12, 15)
        >>> weekday_date(5, dt.date(2025, 12, 13), tense="future")  # "will meet on Saturday"
        datetime.date(2025, 12, 13)
    """
    back = (dct.weekday() - weekday) % 7
    if rel == "last" and back == 0:
        back = 7
    if rel == "next" or (tense == "future" and rel != "last" and back != 0):
        ahead = (weekday - dct.weekday()) % 7 or 7
        return dct + dt.timedelta(days=ahead)
    return dct - dt.timedelta(days=back)


def shifted_year(base: dt.date, gran: str, shift: int, month: int) -> int:
    """Year of ``month`` in "the following/previous <month or season>" after or before
    ``base`` (a date of granularity ``gran``): the next such month after a year or a
    later-or-equal month when ``shift`` > 0, the last one before when ``shift`` < 0."""
    year = base.year
    if shift > 0 and (gran == "year" or month <= base.month):
        year += 1
    elif shift < 0 and (gran == "year" or month >= base.month):
        year -= 1
    return year
