"""Time expressions (TIMEX3) of an article: normalised, anchored and tabulated.

Candidate spans come from :mod:`helpers.timex_rules` (detection); this module turns
each into a TIMEX3 type and value (ISO-TimeML,
https://www.timeml.org/publications/timeMLdocs/timeml_1.2.1.html), resolving relative
expressions against the publication date or an earlier mention, with the tense of the
governing verb from spaCy's parse (:func:`clause_tense`), and exposes the public
functions :func:`extract_timexes` and :func:`timexes_in_text`.

Decisions:
    * Relative expressions are resolved against the publication date (DCT): anchor
      ``publication``. Weekdays resolve to the most recent such day on or before the
      DCT unless the governing verb is future ("will meet on Monday", "as early as
      Monday" -> the next Monday). Months and month-day dates without a year take the
      DCT's year unless the tense points the other way at month level (HeidelTime's
      news rule; :func:`month_year`). With no DCT their value is None and the anchor
      ``none: no publication date``.
    * Narrative time (:func:`narrative_month_year`): in a past-tense clause, a month or
      month-day without a year takes the year of the last DATE that sets the time of its
      clause (:func:`landmark_role`) when that DATE is in the same paragraph (or the
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
import calendar
import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd

from helpers import schemas
from helpers.timex_rules import (
    MONTHS, ORDINALS, PARTS, SEASONS, SMALL, TENS, UNITS, WEEKDAYS, YEAR_REL, Candidate,
    find_candidates, unit_name,
)

# --- calendar arithmetic -------------------------------------------------------------
def _add_months(day: dt.date, months: int) -> dt.date:
    """First day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` calendar units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12, "season": 3, "decade": 120, "century": 1200}[unit]
    moved = _add_months(day, months * n)
    return moved.replace(day=min(day.day, calendar.monthrange(moved.year, moved.month)[1]))


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


def parse_number(words: str) -> int | None:
    """Integer of a count written in digits or words; None when vague ("several").

    Examples:
        >>> parse_number("twenty-four"), parse_number("18"), parse_number("a couple of"), parse_number("few")
        (24, 18, 2, None)
    """
    words = words.lower().strip()
    if re.fullmatch(r"[\d,]+", words):
        return int(words.replace(",", ""))
    if words in ("a", "an", "one"):
        return 1
    if words in ("a couple of", "couple of"):
        return 2
    total = 0
    for part in re.split(r"[- ]", words):
        if part in TENS:
            total += TENS[part]
        elif part in SMALL:
            total += SMALL.index(part)
        else:
            return None
    return total


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
    letter, is_time = UNITS[unit]
    if half and n is not None:
        return _half_duration(n, unit)
    if unit == "fortnight" and n is not None:
        n *= 2
    if unit in ("decade", "century") and n is not None:
        n, letter = n * (10 if unit == "decade" else 100), "Y"
    return ("PT" if is_time else "P") + ("X" if n is None else str(n)) + letter


# unit -> its half in a smaller unit, TIMEX3 style
HALVES = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S", "decade": "5Y", "century": "50Y"}


def _half_duration(n: int, unit: str) -> str:
    letter, is_time = UNITS[unit]
    head = ("PT" if is_time else "P")
    if unit in ("decade", "century"):
        return f"P{n * (10 if unit == 'decade' else 100) + int(HALVES[unit][:-1])}Y"
    if unit in HALVES:
        return f"{head}{n}{letter}{HALVES[unit]}"
    return f"{head}{n}.5{letter}"


def _choose(candidates: list[dt.date], dct: dt.date, tense: str | None, *, strict: bool = False) -> dt.date:
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


# --- tense of the clause ------------------------------------------------------------
FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
MAX_HOPS = 2  # timex -> preposition -> verb; farther verbs say little about the timex
MODALS = {"would", "must", "should", "could", "might", "may", "can", "'d"}
FUTURE_VERBS = {"plan", "expect", "schedule", "due", "intend", "hope", "aim", "prepare"}


def clause_tense(doc, start: int, end: int) -> str | None:
    """"future", "past" or None (present / unknown) for the clause holding a span.

    The governing verb is the first VERB or AUX up the dependency tree from the span;
    it is future with an auxiliary "will"/"shall"/"'ll", "going to", under a verb of
    planning ("plans to meet", "is scheduled for") or a modal ("would", "must":
    prospective); past when it or its auxiliary is VBD, or a present perfect.

    Args:
        doc: spaCy ``Doc`` of the block; start, end: character offsets in it.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    for _ in range(MAX_HOPS):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    chain = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp", "advcl") else [])
    for v in chain:
        for child in v.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in FUTURE_AUX:
                return "future"
            if child.lower_ == "going" and any(g.lower_ == "to" for g in child.children):
                return "future"
        if v.lower_ in FUTURE_AUX:
            return "future"
    if verb.dep_ == "xcomp" and verb.head.lower_ == "going":
        return "future"
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in FUTURE_VERBS | {"set", "likely", "about"}:
        return "future"
    if verb.lemma_ in FUTURE_VERBS:
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" and a.lower_ in MODALS for a in auxes):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    return None


# --- normalisation -------------------------------------------------------------------
FINER = {"century": 0, "decade": 1, "year": 2, "season": 3, "quarter": 3, "month": 4,
         "week": 5, "weekend": 5, "day": 6}
NO_DCT = "none: no publication date"
NARRATIVE_GAP = 2  # years before the DCT's from which a passage is about an earlier year


@dataclass
class Resolution:
    """A normalised timex before it becomes a row."""

    type: str
    value: str | None
    granularity: str | None
    anchor: str
    date: dt.date | None = None  # first day of the period, for later anaphora
    landmark: bool = True  # an explicit mention later anaphora may point to
    landmark_gran: str | None = None  # granularity recorded for anaphora, if not ``granularity``


class _Context:
    """What a normaliser may look at: the DCT, earlier DATEs, the clause's tense."""

    def __init__(self, dct: dt.date | None):
        self.dct = dct
        self.history: list[tuple[dt.date, str]] = []
        self.places: list[tuple[int, int]] = []  # (block, sentence) of each history entry
        self.here: tuple[int, int] = (0, 0)  # (block, sentence) of the timex being resolved
        self.block_sents: dict[int, int] = {}  # block -> its number of sentences
        self.roles: list[str] = []  # per history entry: its landmark_role
        self.moved_on = 0  # history entries before a span of years are no narrative anchor
        self.tense = lambda: None

    def remember(self, day: dt.date, gran: str, role: str = "frame") -> None:
        """Record a DATE later anaphora and narrative months may point to, with its
        :func:`landmark_role`."""
        self.history.append((day, gran))
        self.places.append(self.here)
        self.roles.append(role)

    def narrative_anchor(self) -> tuple[dt.date, str] | None:
        """The last DATE when the text around it is about an earlier year.

        The last DATE of year granularity or finer that sets the time of its clause
        (:func:`landmark_role` ``frame``) counts when it is in the same
        paragraph, or in the previous sentence when that is a paragraph of its own (news
        agencies' one-sentence paragraphs), and its year is at least ``NARRATIVE_GAP``
        years before the DCT's: a month of the year before the DCT is usually the last
        such month in news ("detained in March 2023 ... In July a court convicted him",
        published in August 2024: July 2024). A span of years after the DATE moves the
        narrative on ("arrested in October 2015 and had spent nearly eight years in
        prison. They were moved in August": the DCT's August). After HeidelTime's narrative mode
        (Strötgen & Gertz 2013, https://doi.org/10.1007/s10579-012-9179-y); else None."""
        if self.dct is None:
            return None
        entries = list(zip(self.history, self.places, self.roles))[self.moved_on:]
        for (day, gran), (block, sent), role in reversed(entries):
            if FINER[gran] < FINER["year"] or role != "frame":
                continue
            near = block == self.here[0] or (sent == self.here[1] - 1 and self.block_sents.get(block) == 1)
            return (day, gran) if near and day.year <= self.dct.year - NARRATIVE_GAP else None
        return None

    def previous(self, granularity: str) -> tuple[dt.date, str] | None:
        """The last DATE at least as fine as ``granularity`` (day for "the same day"),
        passing over attributive years ("convicted over the 2020 protests. That autumn")
        unless there is no other (an attributive quarter, "third-quarter profit", is the
        period under discussion)."""
        need = FINER.get(granularity, 2)
        fine = [(entry, role) for entry, role in zip(self.history, self.roles) if FINER[entry[1]] >= need]
        plain = [entry for entry, role in fine if role != "attributive" or entry[1] != "year"]
        return plain[-1] if plain else fine[-1][0] if fine else None


def _date(day: dt.date, gran: str, anchor: str, type_: str = "DATE") -> Resolution:
    return Resolution(type_, format_value(day, gran), gran, anchor, day)


def _relative(ctx: _Context, compute) -> Resolution:
    """Resolve against the DCT with ``compute(dct) -> Resolution``, or mark it unresolved."""
    if ctx.dct is None:
        return Resolution("DATE", None, None, NO_DCT)
    return compute(ctx.dct)


def _anaphoric(ctx: _Context, gran: str, compute) -> Resolution:
    """Resolve against the previous DATE fine enough for ``gran``, else the DCT.

    ``compute(day, granularity)`` gets the first day and granularity of that DATE (the
    DCT counts as a day); the anchor is ``previous``, or ``publication`` for the DCT."""
    prev = ctx.previous(gran)
    if prev is not None:
        res = compute(*prev)
        res.anchor = "previous"
        return res
    res = _relative(ctx, lambda dct: compute(dct, "day"))
    if res.value is not None:
        res.anchor = "publication"
    return res


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day_num(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def _norm_iso(m, ctx):
    return _date(dt.date(int(m["y"]), int(m["m"]), int(m["d"])), "day", "absolute")


def _norm_full(m, ctx):
    return _date(dt.date(int(m["y"]), _month_num(m["mon"]), _day_num(m["d"])), "day", "absolute")


def _norm_md(m, ctx):
    month, day = _month_num(m["mon"]), _day_num(m["d"])

    def compute(dct):
        year, anchor = narrative_month_year(month, ctx)
        return _date(dt.date(year, month, day), "day", anchor)
    return _relative(ctx, compute)


def narrative_month_year(month: int, ctx: _Context) -> tuple[int, str]:
    """Year and anchor of a month named without a year, in a text with a DCT.

    In a past-tense clause next to a DATE of an earlier year (:meth:`_Context.narrative_anchor`:
    "the election of August 2020 ... He was added in November") the month is in that
    year, or the year after when the DATE names a later month ("arrested in December
    2020 ... freed in June" -> 2021-06, unless that is after the DCT); anchor
    ``previous``. Otherwise :func:`month_year` of the DCT; anchor ``publication``.
    """
    prev = ctx.narrative_anchor() if ctx.tense() == "past" else None
    if prev is None:
        return month_year(month, ctx.dct, ctx.tense()), "publication"
    day, gran = prev
    year = day.year
    if FINER[gran] > FINER["year"] and month < day.month and dt.date(year + 1, month, 1) <= ctx.dct:
        year += 1
    return year, "previous"


FAR_MONTHS = 9  # with no tense, a month this far from the DCT's is in the adjacent year


def month_year(month: int, dct: dt.date, tense: str | None) -> int:
    """Year of a month named without one: the DCT's year, the year before if the clause
    is past and the month after the DCT's, the year after if the clause is future and the
    month before the DCT's; with no tense, the adjacent year when the month is
    ``FAR_MONTHS`` or more away (after HeidelTime's rule for news, Strötgen & Gertz 2013,
    https://doi.org/10.1007/s10579-012-9179-y).

    Examples:
        >>> month_year(11, dt.date(1998, 2, 6), "past"), month_year(1, dt.date(1998, 11, 6), "future")
        (1997, 1999)
        >>> month_year(12, dt.date(1998, 5, 4), None), month_year(12, dt.date(1998, 2, 4), None)
        (1998, 1997)
    """
    if tense == "past" and month > dct.month:
        return dct.year - 1
    if tense == "future" and month < dct.month:
        return dct.year + 1
    if tense is None and abs(month - dct.month) >= FAR_MONTHS:  # "December" in a February text
        return dct.year + (1 if month < dct.month else -1)
    return dct.year


def _year(text: str) -> int:
    return int(text) if text.isdigit() else year_from_words(text)


def _norm_my(m, ctx):
    return _date(dt.date(_year(m["y"]), _month_num(m["mon"]), 1), "month", "absolute")


def _norm_month(m, ctx):
    month, rel = _month_num(m["mon"]), (m.groupdict().get("rel") or "").lower()

    def compute(dct):
        if rel in ("last", "next"):
            firsts = [dt.date(y, month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
            tense = {"last": "past", "next": "future"}[rel]
            return _date(_choose(firsts, dct.replace(day=1), tense, strict=True), "month", "publication")
        if rel == "this":
            return _date(dt.date(dct.year, month, 1), "month", "publication")
        year, anchor = narrative_month_year(month, ctx)
        return _date(dt.date(year, month, 1), "month", anchor)
    return _relative(ctx, compute)


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
    month = _month_num(m["mon"])
    ry = re.sub(r"\s+", " ", (m.groupdict().get("ry") or "").lower())
    if ry in PUBLICATION_SHIFT:
        shift = PUBLICATION_SHIFT[ry]
        return _relative(ctx, lambda dct: _date(dt.date(dct.year + shift, month, 1), "month", "publication"))
    if ry:
        shift = ANAPHORIC_SHIFT[ry]
        return _anaphoric(ctx, "year", lambda base, gran: _date(dt.date(base.year + shift, month, 1), "month", "previous"))
    shift = ANAPHORIC_SHIFT[re.sub(r"\s+", " ", m["rel"].lower())]

    def compute(base, gran):
        year = base.year
        if shift > 0 and (gran == "year" or month <= base.month):
            year += 1
        elif shift < 0 and (gran == "year" or month >= base.month):
            year -= 1
        return _date(dt.date(year, month, 1), "month", "previous")
    return _anaphoric(ctx, "year", compute)


def _norm_year(m, ctx):
    return _date(dt.date(int(m["y"]), 1, 1), "year", "absolute")


def year_from_words(words: str) -> int | None:
    """A year read aloud: "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001.

    Examples:
        >>> year_from_words("nineteen oh-five"), year_from_words("two thousand")
        (1905, 2000)
    """
    words = re.sub(r"[\s-]+", " ", words.lower()).strip()
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].replace("and", "").strip()
        return 2000 + (parse_number(rest) or 0 if rest else 0)
    head, _, rest = words.partition(" ")
    century = parse_number(head)
    rest = re.sub(r"^o[h']? ", "", rest)
    tail = parse_number(rest)
    if century is None or tail is None:
        return None
    return century * 100 + tail


def _norm_year_words(m, ctx):
    return _date(dt.date(year_from_words(m["w"]), 1, 1), "year", "absolute")


# Fixed holidays: (month, day); US federal holidays on a weekday: (month, weekday, nth),
# nth -1 for the last (5 U.S.C. 6103, https://www.law.cornell.edu/uscode/text/5/6103).
HOLIDAYS = {"christmas": (12, 25), "christmas eve": (12, 24), "christmas day": (12, 25),
            "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
            "independence day": (7, 4), "veterans day": (11, 11), "halloween": (10, 31),
            "valentine's day": (2, 14)}
WEEKDAY_HOLIDAYS = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
                    "labor day": (9, 0, 1), "memorial day": (5, 0, -1)}


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
    days = [d for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.weekday() == weekday]
    return days[nth - 1 if nth > 0 else nth]


def _norm_holiday(m, ctx):
    def compute(dct):
        days = [holiday_date(m["h"], y) for y in (dct.year - 1, dct.year, dct.year + 1)]
        return _date(_choose(days, dct, ctx.tense()), "day", "publication")
    return _relative(ctx, compute)


def _norm_year_range(m, ctx):
    return _date(dt.date(int(m["y"][:2] + m["y2"]), 1, 1), "year", "absolute")


def _norm_decade(m, ctx):
    if m["c"]:
        return _date(dt.date(int(m["c"] + m["dd"] + "0"), 1, 1), "decade", "absolute")
    century = ctx.dct.year // 100 if ctx.dct else 19
    year = century * 100 + int(m["dd2"]) * 10
    if ctx.dct and year > ctx.dct.year:
        year -= 100
    return _date(dt.date(year, 1, 1), "decade", "absolute")


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


def _norm_decade_word(m, ctx):
    return _date(dt.date(1900 + 10 * DECADE_WORDS[m["w"].lower()], 1, 1), "decade", "absolute")


def _norm_century(m, ctx):
    return _date(dt.date((int(m["n"]) - 1) * 100, 1, 1), "century", "absolute")


def _norm_quarter(m, ctx):
    q = ORDINALS[m["q"].lower()]
    year = m["y"] or m["y0"]
    if year:
        return _date(dt.date(int(year), 3 * q - 2, 1), "quarter", "absolute")
    if m["yrel"]:  # "next year's first quarter", "the year-ago third quarter"
        shift = YEAR_REL[m["yrel"].lower().replace("’", "'")]
        return _relative(ctx, lambda dct: _date(dt.date(dct.year + shift, 3 * q - 2, 1), "quarter", "publication"))

    def compute(dct):
        starts = [dt.date(y, 3 * q - 2, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
        current = dt.date(dct.year, (dct.month - 1) // 3 * 3 + 1, 1)
        return _date(_choose(starts, current, "past"), "quarter", "publication")
    return _relative(ctx, compute)


def _norm_year_period(m, ctx):
    """"the 1988 period": the quarter under discussion, in 1988; the year if none is."""
    year = int(m["y"])
    prev = ctx.previous("year")
    if prev is None or prev[1] == "year" and m["noun"].lower() == "period":
        return _date(dt.date(year, 1, 1), "year", "absolute")
    month = prev[0].month if prev[1] != "year" else 1
    res = _date(dt.date(year, month, 1), "quarter", "previous")
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
        year = _year(m["y"])
        return Resolution("DATE", f"{year:04d}-{code}", "season", "absolute", dt.date(year, 1, 1))
    if rel in ANAPHORIC_SHIFT:
        shift, start = ANAPHORIC_SHIFT[rel], SEASON_START[code]

        def anaphoric(base, gran):
            year = base.year
            if shift > 0 and (gran == "year" or start <= base.month):
                year += 1
            elif shift < 0 and (gran == "year" or start >= base.month):
                year -= 1
            return Resolution("DATE", f"{year:04d}-{code}", "season", "previous", dt.date(year, 1, 1))
        return _anaphoric(ctx, "year", anaphoric)

    def compute(dct):
        shift = {"last": -1, "next": 1}.get(rel, 0)
        year = dct.year + shift
        return Resolution("DATE", f"{year:04d}-{code}", "season", "publication", dt.date(year, 1, 1))
    return _relative(ctx, compute)


def _norm_deictic(m, ctx):
    word = (m.groupdict().get("w") or "").lower()
    part = (m.groupdict().get("part") or "").lower()
    if word == "tonight":
        part = "night"
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1 if part == "night" else 0}.get(word, 0)

    def compute(dct):
        day = dct + dt.timedelta(days=offset)
        if part:
            return Resolution("TIME", f"{day.isoformat()}T{PARTS[part]}", "time", "publication", day)
        return _date(day, "day", "publication")
    return _relative(ctx, compute)


def weekday_date(weekday: int, dct: dt.date, *, rel: str = "", tense: str | None = None) -> dt.date:
    """The date a weekday name refers to, seen from the DCT.

    "last Friday" is the latest Friday before the DCT, "next Friday" the first after
    it; a bare weekday is the latest one on or before the DCT unless the clause is
    future ("will meet on Monday" -> the first Monday after the DCT).

    Examples:
        >>> weekday_date(5, dt.date(2025, 12, 13))  # Saturday, published on a Saturday
        datetime.date(2025, 12, 13)
        >>> weekday_date(0, dt.date(2025, 12, 13), tense="future")
        datetime.date(2025, 12, 15)
    """
    back = (dct.weekday() - weekday) % 7
    if rel == "last" and back == 0:
        back = 7
    if rel == "next" or (tense == "future" and rel != "last"):
        ahead = (weekday - dct.weekday()) % 7 or 7
        return dct + dt.timedelta(days=ahead)
    return dct - dt.timedelta(days=back)


def _norm_weekday(m, ctx):
    rel = (m["rel"] or "").lower()
    part = (m["part"] or "").lower()

    def compute(dct):
        day = weekday_date(WEEKDAYS[m["wd"].lower()], dct, rel=rel, tense=ctx.tense())
        if part:
            return Resolution("TIME", f"{day.isoformat()}T{PARTS[part]}", "time", "publication", day)
        return _date(day, "day", "publication")
    return _relative(ctx, compute)


def _norm_calendar(m, ctx):
    rel, unit = m["rel"].lower(), m["unit"].lower()
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    gran = unit
    return _relative(ctx, lambda dct: _date(_shift(dct, unit, shift), gran, "publication"))


REFS = {"current": "PRESENT_REF", "future": "FUTURE_REF", "near future": "FUTURE_REF", "near term": "FUTURE_REF",
        "short term": "FUTURE_REF", "long term": "FUTURE_REF", "past": "PAST_REF",
        "recently": "PAST_REF", "recent": "PAST_REF", "previously": "PAST_REF",
        "currently": "PRESENT_REF", "these days": "PRESENT_REF", "nowadays": "PRESENT_REF",
        "soon": "FUTURE_REF"}


def _ref(word: str, ctx) -> Resolution:
    if ctx.dct is None:
        return Resolution("DATE", None, None, NO_DCT)
    return Resolution("DATE", REFS[word], None, "publication")


def _norm_calendar_the(m, ctx):
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if rel in REFS:
        return _ref(rel, ctx)
    if rel == "weekend":
        def compute(dct):
            sat = weekday_date(5, dct, tense=ctx.tense())
            return _date(sat, "weekend", "publication")
        return _relative(ctx, compute)
    shift = -1 if rel == "quarter" else 0  # "the quarter": the latest complete one (reporting)
    return _relative(ctx, lambda dct: _date(_shift(dct, rel, shift), rel, "publication"))


def _norm_anaphor(m, ctx):
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    part = PARTS.get(unit)
    gran = "day" if part else unit
    shift = {"the following": 1, "the next": 1, "after": 1, "the previous": -1, "the prior": -1,
             "the preceding": -1, "before": -1}.get(rel, 0)

    def compute(base, _gran):
        day = _shift(base, gran, shift)
        if part:
            return Resolution("TIME", f"{day.isoformat()}T{part}", "time", "previous", day)
        return _date(day, gran, "previous")
    return _anaphoric(ctx, gran, compute)


def _norm_ago(m, ctx):
    n, unit, rel = parse_number(m["n"]), unit_name(m["unit"]), m["rel"].lower()
    if unit in ("second", "minute", "hour"):
        unit, unit_gran, step = "day", "day", 0
    else:
        unit, step = ("week", 2) if unit == "fortnight" else (unit, 1)
        unit_gran = "month" if unit == "quarter" else unit
    if n is None:
        return _ref("recently" if rel in ("ago", "earlier") else "future", ctx)
    sign = 1 if rel == "later" else -1

    def compute(base, gran=unit_gran):
        res = _date(_shift(base, unit, sign * n * step), gran, "publication")
        res.landmark = False
        return res
    if rel == "ago":
        prev = ctx.previous("year") if unit == "year" else None
        if prev is not None and prev[1] == "quarter":
            # "profit rose from $5 million a year ago" after "third-quarter profit": that quarter
            res = compute(prev[0], "quarter")
            res.anchor = "previous"
            return res
        return _relative(ctx, compute)
    prev = ctx.previous(unit_gran)
    if prev is None:
        return _relative(ctx, compute)
    # "a year earlier" than the third quarter is a quarter: keep the anchor's granularity.
    res = compute(prev[0], prev[1] if FINER[prev[1]] > FINER[unit_gran] else unit_gran)
    res.anchor = "previous"
    return res


def _norm_year_adj(m, ctx):
    """"year-earlier", "year-ago": one year before the period under discussion.

    The period is the last DATE finer than a year ("the quarter ended Sept. 30"); a
    following "quarter" or "period" sets the granularity to the quarter. With no such
    DATE (or after a year such as "last year"), the year before the DCT's. Company
    results compare quarters, so a day ("the quarter ended Sept. 30") gives its quarter."""
    noun = (m.groupdict().get("noun") or "").lower()
    prev = ctx.previous("year")
    if prev is None or prev[1] == "year":
        if noun == "quarter":  # the latest complete quarter, a year before
            return _relative(ctx, lambda dct: _date(_shift(dct, "month", -15), "quarter", "publication"))
        return _relative(ctx, lambda dct: _date(_shift(dct, "year", -1), "year", "publication"))
    gran = prev[1] if prev[1] in ("month", "season") and not noun else "quarter"
    res = _date(_shift(prev[0], "year", -1), gran, "previous")
    res.landmark = False
    return res


REPORTING_PERIOD = re.compile(r"(?i)\bthe\s+(?:(?:first|latest|same)\s+)?$")


def _norm_duration(m, ctx):
    n = parse_number(m["n"]) if m["n"].lower() not in ("several", "multi") else None
    unit = unit_name(m["unit"])
    half = bool(m.groupdict().get("half") or m.groupdict().get("half2"))
    res = Resolution("DURATION", duration_value(n, unit, half=half), "duration", "absolute")
    before = m.string[:m.start("n")]
    if unit in ("month", "week") and ctx.dct is not None and REPORTING_PERIOD.search(before):
        # "the (first) nine months": a reporting period within the year; "a year earlier"
        # after it is the previous year, not the previous quarter
        res.date, res.landmark_gran = dt.date(ctx.dct.year, 1, 1), "year"
    return res


def _norm_vague(m, ctx):
    return Resolution("DURATION", duration_value(None, unit_name(m["w"])), "duration", "absolute")


SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
             "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "quarterly": "P1Q"}


def _norm_set(m, ctx):
    if m.groupdict().get("wd"):
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", "set", "absolute")
    if m.groupdict().get("mon"):
        return Resolution("SET", f"XXXX-{_month_num(m['mon']):02d}", "set", "absolute")
    if m.groupdict().get("unit"):
        return Resolution("SET", duration_value(1, unit_name(m["unit"])), "set", "absolute")
    return Resolution("SET", SET_WORDS[m["w"].lower()], "set", "absolute")


def _norm_ref(m, ctx):
    if m.groupdict().get("unit"):  # "recent years": a vague duration, as TimeBank mostly has it
        return Resolution("DURATION", duration_value(None, unit_name(m["unit"])), "duration", "absolute")
    return _ref(m["w"].lower(), ctx)


def _norm_latest(m, ctx):
    """"the latest quarter": the quarter under discussion, else the last complete one."""
    prev = ctx.previous("quarter")
    if prev is not None and prev[1] == "quarter":
        res = _date(prev[0], "quarter", "previous")
        res.landmark = False
        return res
    return _relative(ctx, lambda dct: _date(_shift(dct, "quarter", -1), "quarter", "publication"))


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
            month = _month_num(m["mon"])
            day = dt.date(month_year(month, dct, ctx.tense()), month, _day_num(m["d"]))
        return Resolution("TIME", f"{day.isoformat()}T{hhmm}", "time", "publication", day)
    return _relative(ctx, compute)


NORMALISERS = {
    "iso": _norm_iso, "mdy": _norm_full, "dmy": _norm_full, "md": _norm_md, "my": _norm_my,
    "month": _norm_month, "month_rel": _norm_month_rel, "year": _norm_year, "year_range": _norm_year_range,
    "decade": _norm_decade, "decade_word": _norm_decade_word, "century": _norm_century,
    "quarter": _norm_quarter, "latest": _norm_latest, "year_period": _norm_year_period, "season": _norm_season, "deictic": _norm_deictic,
    "weekday": _norm_weekday, "calendar": _norm_calendar, "calendar_the": _norm_calendar_the,
    "anaphor": _norm_anaphor, "ago": _norm_ago, "year_adj": _norm_year_adj,
    "span": _norm_duration, "duration": _norm_duration, "duration_adj": _norm_duration,
    "vague": _norm_vague, "set": _norm_set, "set_every": _norm_set, "ref": _norm_ref,
    "clock": _norm_clock, "year_words": _norm_year_words, "holiday": _norm_holiday,
}


PERIOD_END = re.compile(r"(?i)\bquarter\s+end(?:ed|ing)\s+(?:on\s+)?$")
FUTURE_CUE = re.compile(r"(?i)\bas\s+(?:early|soon)\s+as\s+$")


def _tense_at(text: str, doc, cand: Candidate) -> str | None:
    """Tense for a candidate: "as early as Tuesday" is future, else :func:`clause_tense`."""
    if FUTURE_CUE.search(text[:cand.start]):
        return "future"
    return clause_tense(doc, cand.start, cand.end) if doc is not None else None


TIME_NOUNS = {"year", "years", "quarter", "period", "month", "season", "half", "decade"}
BACKGROUND_PREPS = {"since", "from", "until", "till", "through", "to", "of", "between", "after", "before"}


def landmark_role(doc, start: int, end: int) -> str:
    """Role of a DATE in its sentence, for later anaphora and narrative months.

    ``attributive``: it modifies a later noun that is not a time word ("the 2020
    protests", "the August 1988 cease-fire"); ``background``: a start, end or
    comparison point ("since 1990", "dating to 1994", "the election of August 2020")
    or the time of a clause modifying a noun ("a program approved in 1987"); ``frame``
    otherwise: it sets the time of a main or adverbial clause ("In March 2022, 22
    officers were added", "That changed last year").

    Args:
        doc: spaCy ``Doc`` of the block (None gives ``frame``); start, end: offsets in it.
    """
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return "frame"
    root = span.root
    head = root.head
    if (root.dep_ in ("compound", "nummod", "amod", "nmod", "poss") and head.i >= span.end
            and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in TIME_NOUNS and head.lower_ not in MONTHS):
        return "attributive"
    if root.dep_ == "pobj":
        if head.lower_ in BACKGROUND_PREPS or head.head.pos_ in ("NOUN", "PROPN"):
            return "background"
        head = head.head
    if head.pos_ in ("VERB", "AUX") and head.dep_ in ("acl", "relcl"):
        return "background"
    return "frame"


# granularities of a DATE resolved against an earlier one that later anaphora may use
# ("The following month ... later that month": the month after, not the first one)
CHAINED = {"month", "year", "season"}


def _resolve_block(text: str, doc, ctx: _Context) -> list[tuple[Candidate, Resolution]]:
    out = []
    block = ctx.here[0] + 1
    starts = [s.start_char for s in doc.sents] if doc is not None else [0]
    first_sent = ctx.here[1] + 1
    for cand in find_candidates(text, doc):
        ctx.here = (block, first_sent + max(0, bisect.bisect_right(starts, cand.start) - 1))
        ctx.tense = lambda c=cand: _tense_at(text, doc, c)
        try:
            res = NORMALISERS[cand.kind](cand.match, ctx)
        except (ValueError, OverflowError):  # a date outside the calendar ("Feb. 30")
            continue
        if res.granularity == "day" and PERIOD_END.search(text[:cand.start]):
            res.landmark_gran = "quarter"  # "the quarter ended Sept. 30" stands for the quarter
        gran = res.landmark_gran or res.granularity
        if res.type == "DURATION" and re.search(r"[YE]$", res.value or "") and "T" not in res.value:
            ctx.moved_on = len(ctx.history)  # "had spent nearly eight years": time moved on
        if (res.date is not None and gran in FINER and res.landmark
                and (res.anchor != "previous" or gran in CHAINED)):
            ctx.remember(res.date, gran, landmark_role(doc, cand.start, cand.end))
        out.append((cand, res))
    ctx.here = (block, first_sent + len(starts) - 1)
    ctx.block_sents[block] = len(starts)
    return out


COLUMNS = ["article_id", "timex_id", "sentence_id", "text", "type", "value", "granularity",
           "anchor", "start_char", "end_char"]


def extract_timexes(parsed) -> pd.DataFrame:
    """The time expressions of one parsed article.

    Args:
        parsed: a :class:`helpers.structure.Parsed` (its ``published`` date is the DCT).

    Returns:
        DataFrame validated as ``timexes``: article_id (str), timex_id (int64, 0..n-1 in
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
        >>> from helpers.structure import parse_structure
        >>> p = parse_structure("x", "Talks\\nThey met on Saturday, two days after July 2021 talks.", dt.date(2025, 12, 13))
        >>> extract_timexes(p)[["text", "value", "anchor"]].values.tolist()
        [['Saturday', '2025-12-13', 'publication'], ['two days', 'P2D', 'absolute'], ['July 2021', '2021-07', 'absolute']]
    """
    ctx = _Context(parsed.published)
    rows = []
    for block, doc in parsed.block_docs():
        for cand, res in _resolve_block(block.text, doc, ctx):
            start, end = block.start_char + cand.start, block.start_char + cand.end
            rows.append({"article_id": parsed.article_id, "sentence_id": parsed.sentence_id_at(start),
                         "text": parsed.text[start:end], "type": res.type, "value": res.value,
                         "granularity": res.granularity, "anchor": res.anchor,
                         "start_char": start, "end_char": end})
    if not rows:
        return schemas.empty("timexes")
    frame = pd.DataFrame(rows)
    frame.insert(1, "timex_id", range(len(frame)))
    frame = frame.astype({"timex_id": "int64", "sentence_id": "int64", "start_char": "int64",
                          "end_char": "int64"})
    for col in ("value", "granularity"):
        frame[col] = pd.Series([r[col] for r in rows], dtype=object)
    return schemas.validate("timexes", frame[COLUMNS])


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
    from helpers.structure import parse_structure

    frame = extract_timexes(parse_structure("text", text, dct))
    return [{"text": r.text, "type": r.type, "value": r.value, "granularity": r.granularity,
             "anchor": r.anchor, "start": int(r.start_char), "end": int(r.end_char)}
            for r in frame.itertuples(index=False)]
