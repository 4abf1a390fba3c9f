"""Time expressions (TIMEX3) of an article: found, typed and normalised.

Detection is rule-based: regular expressions over each block's text, built from small
vocabularies (month and weekday names, number words, calendar units), checked against
spaCy's parse of the block (a modal or verbal ``may``/``march``, a month inside a
PERSON name, a number spaCy tags CARDINAL/MONEY/QUANTITY/PERCENT or that counts a
plural noun, "sent 2000 troops"); overlapping matches keep the longest. spaCy's
DATE entities are not used as such: they include ages and vague phrases and miss
extents TimeBank marks, and every rule must also normalise. The parse also gives the
tense of the governing verb (:func:`clause_tense`). Values follow TIMEX3 (ISO-TimeML,
https://www.timeml.org/publications/timeMLdocs/timeml_1.2.1.html) and extents follow
the TimeML annotation guidelines as applied in TimeBank 1.2
(https://catalog.ldc.upenn.edu/LDC2006T08): prepositions ("on", "in", "over") are
outside the extent; "the" is inside when the expression is a noun phrase headed by a
time word ("the past two months", "the same day", "the 1990s") and outside when the
time word modifies another noun ("the 2020 election" -> "2020").

Decisions:
    * Relative expressions are resolved against the publication date (DCT): anchor
      ``publication``. Weekdays, bare months and month-day dates without a year resolve
      to the most recent such date on or before the DCT unless the governing verb is
      future ("will meet on Monday" -> the next Monday). With no DCT their value is None
      and the anchor ``none: no publication date``.
    * Anaphoric expressions ("that year", "the same day", "the following month", "two
      days later") resolve against the last DATE in the text with a calendar value
      fine enough (anchor ``previous``); with none before them, against the DCT.
    * Ranges ("from 2020 to 2022", "2020-2022") are two DATE timexes, as in TimeBank.
    * "post-2020", "pre-2020": the timex is the year only ("2020"); the prefix is a signal.
      "mid-2021", "early 2021", "late 1990s" keep the modifier in the extent; the value
      is the year or decade (TIMEX3 puts the modifier in ``mod``, not in the value).
    * Not time expressions: the modal "may", the adverb "now" (although TimeBank marks
      it PRESENT_REF), bare numbers, ages ("aged 45", "45 years old", "45-year-old").
    * "recently"/"recent" are DATE ``PAST_REF``, "currently" and "these days"
      ``PRESENT_REF``, "the future" and "soon" ``FUTURE_REF`` (TimeBank convention);
      their granularity is None.
    * Vague plurals are durations with an unspecified count: "years" ``PXY``,
      "decades-long" ``PXDE``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import pandas as pd

from helpers import schemas

# --- vocabularies ------------------------------------------------------------------
MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
          "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3,
            "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
VAGUE = ("a few", "few", "several", "some", "many", "a number of", "dozens of", "hundreds of")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# unit -> (TIMEX3 letter, needs the "T" time designator, granularity name)
UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
         "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
         "century": ("CE", False)}
COUNT_LABELS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT"}
ANCHORS = ("absolute", "publication", "previous", "none: no publication date")

# --- regular-expression pieces -------------------------------------------------------
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUMWORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|"
            r"four|five|six|seven|eight|nine))?|" + "|".join(reversed(SMALL[1:])) + ")")
_NUM = (r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|" + _NUMWORD + r"|a couple of|couple of|a few|few|"
        r"several|some|many|a number of|dozens of|hundreds of|an?)")
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
_UNIT1 = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
_CAL = r"(?:week|weekend|month|quarter|year|decade|century)"
_MOD = r"(?:(?i:earlier|later|early|late|mid-?|the (?:end|beginning|start|middle) of)\s*)"
_APPROX = r"(?:(?i:about|around|nearly|almost|roughly|some|approximately|more than|less than|at least|up to)\s+)"
_TIMES = r"once|twice|thrice|(?:[a-z]+|\d+) times"
_YEAR_WORDS = (r"(?:eighteen|nineteen|twenty)[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
               r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
               r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|o[h']?[- ](?:one|two|three|four|five|"
               r"six|seven|eight|nine))|two thousand(?: and)?(?:[- ](?:one|two|three|four|five|six|seven|"
               r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
               r"twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?")
_QUARTER = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"


def _i(pattern: str) -> str:
    """Case-insensitive group (sentence-initial "Last week", "Two days")."""
    return f"(?i:{pattern})"


@dataclass
class Rule:
    """One detection pattern; ``kind`` picks the normaliser; group ``t`` (if any) is the extent."""

    kind: str
    regex: re.Pattern = field(repr=False)


def _rule(kind: str, pattern: str) -> Rule:
    return Rule(kind, re.compile(r"(?<![\w$£€])" + pattern + r"(?![\w%])"))


RULES = [
    _rule("iso", rf"(?P<t>(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d))"),
    _rule("mdy", rf"(?P<t>(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR}))"),
    _rule("dmy", rf"(?P<t>(?:{_WEEKDAY},?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR}))"),
    _rule("md", rf"(?P<t>(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY}))(?![\d,]*\s*{_YEAR})"),
    _rule("md", rf"(?P<t>(?:{_WEEKDAY},?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}))(?![\d,]*\s*{_YEAR})"),
    _rule("my", rf"(?P<t>{_MOD}?(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR}|{_i(_YEAR_WORDS)}))"),
    _rule("month", rf"(?P<t>{_MOD}?(?P<mon>{_MONTH}))"),
    _rule("month", rf"(?P<t>{_MOD}?(?P<mon>{_MONTH})\s+(?P<ry>{_i('this|last|next')})\s+{_i('year')})"),
    _rule("year_words", rf"(?P<t>(?P<w>{_i(_YEAR_WORDS)}))"),
    _rule("holiday", rf"(?P<t>(?P<h>Christmas(?: Eve| Day)?|New Year['’]s(?: Eve| Day)?))"),
    _rule("month", rf"(?P<t>(?P<rel>{_i('this|last|next|early|late|mid-?')})\s*(?P<mon>{_MONTH}))"),
    _rule("year", rf"(?P<t>{_MOD}?(?:{_i('fiscal')}\s+)?(?P<y>{_YEAR}))(?!-\d\d-)(?!\s*(?:%|{_i('percent|per cent')}))"),
    _rule("year", rf"{_i('pre|post')}-(?P<t>(?P<y>{_YEAR}))"),
    _rule("year_range", rf"(?P<y>{_YEAR})[-–](?P<t>(?P<y2>\d\d))(?!\d)"),
    _rule("decade", rf"(?P<t>(?:{_i('the')}\s+)?{_MOD}?(?:(?P<c>1[6-9]|20)(?P<dd>\d)0|['’](?P<dd2>\d)0)['’]?s)"),
    _rule("decade_word", rf"(?P<t>{_i('the')}\s+{_MOD}?(?P<w>{_i('twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties')}))"),
    _rule("century", rf"(?P<t>(?:{_i('the')}\s+)?{_MOD}?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[- ]{_i('century')})"),
    _rule("quarter", rf"(?P<t>(?:{_i('the')}\s+)?(?:{_i('fiscal')}[- ])?(?P<q>{_i(_QUARTER)})[- ]{_i('quarter')}(?:\s+of\s+(?P<y>{_YEAR}))?)"),
    _rule("season", rf"(?P<t>(?:(?P<rel>{_i('this|last|next|the')})\s+)?{_MOD}?(?P<s>{_i('spring|summer|autumn|winter')}|(?<=(?i:this|last|next|late|arly) )(?i:fall))(?:\s+(?:of\s+)?(?P<y>{_YEAR}|{_i(_YEAR_WORDS)}))?)"),
    _rule("deictic", rf"(?P<t>{_MOD}?(?P<w>{_i('today|tonight|yesterday|tomorrow')})(?:\s+(?P<part>{_i('morning|afternoon|evening|night')}))?)"),
    _rule("deictic", rf"(?P<t>(?P<w>{_i('this|last')})\s+(?P<part>{_i('morning|afternoon|evening|night')}))"),
    _rule("weekday", rf"(?P<t>(?:(?P<rel>{_i('last|next|this|earlier|later|early|late')})\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_i('morning|afternoon|evening|night')}))?)(?:['’]s)?"),
    _rule("calendar", rf"(?P<t>(?:{_i('the')}\s+)?{_MOD}?(?P<rel>{_i('this|last|next|past|previous|coming|current')})\s+(?P<unit>{_i(_CAL)}))(?!\s*{_i('of')})"),
    _rule("calendar_the", rf"(?P<t>{_i('the')}\s+(?P<rel>{_i('weekend|week|month|quarter|year|future|past|near future|near term|short term|long term')}))(?!\s*{_i('of|ago|earlier|later|before|after|-')}|\s+\w+(?:ed|ing)\s)"),
    _rule("anaphor", rf"(?P<t>(?P<rel>{_i('that|the same|the following|the next|the previous|the prior|the preceding')})\s+(?P<unit>{_i('day|week|month|year|quarter|decade|morning|afternoon|evening|night')}))"),
    _rule("anaphor", rf"(?P<t>{_i('the')}\s+(?P<unit>{_i('day|week|month|year')})\s+(?P<rel>{_i('before|after')}))(?!\s+\w+ing)"),
    _rule("ago", rf"(?P<t>{_APPROX}?(?P<n>{_i(_NUM)})\s+(?P<unit>{_i(_UNIT)})\s+(?P<rel>{_i('ago|earlier|later')}))(?!\s+(?:the|an?|his|her|its|their)\b)"),
    _rule("year_adj", rf"(?P<t>(?P<w>{_i('year-earlier|year-ago|year-before|a year earlier|a year before')}))"),
    _rule("span", rf"(?P<t>(?:(?:{_i('the')}\s+)?(?P<rel>{_i('past|last|next|first|coming|previous|following|latest')})\s+)(?:{_APPROX})?(?P<n>{_i(_NUM)})\s+(?P<unit>{_i(_UNIT)}))"),
    _rule("duration", rf"(?P<t>{_APPROX}?(?P<n>{_i(_NUM)})(?:[- ]and[- ]a[- ]half)?\s+(?:{_i('more|additional|straight|consecutive|full|long|trading|business')}\s+)?(?P<unit>{_i(_UNIT)}))(?!\s*{_i('old|of age')})"),
    _rule("duration_adj", rf"(?P<t>(?P<n>\d{{1,3}}|{_i(_NUMWORD)}|{_i('several|multi')})-(?P<unit>{_i(_UNIT1)})(?:-long)?)(?!-old|\s+olds?\b)"),
    _rule("vague", rf"(?P<t>(?P<w>{_i('years|months|weeks|decades|centuries')})(?:-long)?)(?!\s*{_i('old|of age|ago')})"),
    _rule("set", rf"(?P<t>(?P<w>{_i('daily|weekly|monthly|yearly|hourly|nightly')}))"),
    _rule("set_every", rf"(?P<t>{_i(_TIMES)}\s+{_i('a|an|per|every|each')}\s+(?P<unit>{_i(_UNIT1)}))"),
    _rule("set_every", rf"(?P<t>{_i('every|each|per')}\s+(?P<unit>{_i(_UNIT1)}))"),
    _rule("set_every", rf"(?P<t>{_i('every|each')}\s+(?:(?P<wd>{_WEEKDAY})|(?P<mon>{_MONTH})))"),
    _rule("ref", rf"(?P<t>(?P<w>{_i('recently|currently|these days|nowadays')}|current))"),
    _rule("ref", rf"(?P<t>(?P<w>{_i('recent')})\s+(?P<unit>{_i('years|months|weeks|days|decades')}))"),
    _rule("clock", rf"(?P<t>{_APPROX}?(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)(?:\s+(?P<wd>{_WEEKDAY}))?)"),
    _rule("clock", rf"(?P<t>(?P<w>{_i('noon|midnight|midday')})(?:\s+(?P<wd>{_WEEKDAY}))?)"),
]

# Phrases that look like time expressions but are not (ages).
AGE = re.compile(r"(?i)\b(?:aged?\s+\d+|\d+|" + _NUMWORD + r")[- ](?:years?|months?)[- ]olds?\b")


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
    return moved.replace(day=min(day.day, 28)) if unit in ("month", "quarter") else moved


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


def duration_value(n: int | None, unit: str) -> str:
    """TIMEX3 duration ("P2D", "PT5H", "PXY", "P20Y" for two decades, "PXDE" for decades).

    Examples:
        >>> duration_value(2, "day"), duration_value(None, "decade"), duration_value(5, "hour")
        ('P2D', 'PXDE', 'PT5H')
    """
    letter, is_time = UNITS[unit]
    if unit == "fortnight" and n is not None:
        n *= 2
    if unit in ("decade", "century") and n is not None:
        n, letter = n * (10 if unit == "decade" else 100), "Y"
    return ("PT" if is_time else "P") + ("X" if n is None else str(n)) + letter


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


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


@dataclass
class Resolution:
    """A normalised timex before it becomes a row."""

    type: str
    value: str | None
    granularity: str | None
    anchor: str
    date: dt.date | None = None  # first day of the period, for later anaphora
    landmark: bool = True  # an explicit mention later anaphora may point to


class _Context:
    """What a normaliser may look at: the DCT, earlier DATEs, the clause's tense."""

    def __init__(self, dct: dt.date | None):
        self.dct = dct
        self.history: list[tuple[dt.date, str]] = []
        self.tense = lambda: None

    def previous(self, granularity: str) -> tuple[dt.date, str] | None:
        """The last DATE at least as fine as ``granularity`` (day for "the same day")."""
        need = FINER.get(granularity, 2)
        for day, gran in reversed(self.history):
            if FINER[gran] >= need:
                return day, gran
        return None


def _date(day: dt.date, gran: str, anchor: str, type_: str = "DATE") -> Resolution:
    return Resolution(type_, format_value(day, gran), gran, anchor, day)


def _relative(ctx: _Context, compute) -> Resolution:
    """Resolve against the DCT with ``compute(dct) -> Resolution``, or mark it unresolved."""
    if ctx.dct is None:
        return Resolution("DATE", None, None, NO_DCT)
    return compute(ctx.dct)


def _anaphoric(ctx: _Context, gran: str, compute) -> Resolution:
    """Resolve against the previous DATE fine enough for ``gran``, else the DCT."""
    prev = ctx.previous(gran)
    if prev is not None:
        res = compute(prev[0])
        res.anchor = "previous"
        return res
    return _relative(ctx, compute)


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
        days = [dt.date(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1)]
        return _date(_choose(days, dct, ctx.tense()), "day", "publication")
    return _relative(ctx, compute)


def _year(text: str) -> int:
    return int(text) if text.isdigit() else year_from_words(text)


def _norm_my(m, ctx):
    return _date(dt.date(_year(m["y"]), _month_num(m["mon"]), 1), "month", "absolute")


def _norm_month(m, ctx):
    month, rel = _month_num(m["mon"]), (m.groupdict().get("rel") or "").lower()
    shift = {"this": 0, "last": -1, "next": 1}.get((m.groupdict().get("ry") or "").lower())
    if shift is not None:
        return _relative(ctx, lambda dct: _date(dt.date(dct.year + shift, month, 1), "month", "publication"))

    def compute(dct):
        firsts = [dt.date(y, month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
        tense = {"last": "past", "next": "future"}.get(rel) or ctx.tense()
        return _date(_choose(firsts, dct.replace(day=1), tense, strict=rel in ("last", "next")),
                     "month", "publication")
    return _relative(ctx, compute)


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


HOLIDAYS = {"christmas": (12, 25), "christmas eve": (12, 24), "christmas day": (12, 25),
            "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31)}


def _norm_holiday(m, ctx):
    month, day = HOLIDAYS[m["h"].lower().replace("’", "'")]

    def compute(dct):
        days = [dt.date(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1)]
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
    if m["y"]:
        return _date(dt.date(int(m["y"]), 3 * q - 2, 1), "quarter", "absolute")

    def compute(dct):
        starts = [dt.date(y, 3 * q - 2, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
        current = dt.date(dct.year, (dct.month - 1) // 3 * 3 + 1, 1)
        return _date(_choose(starts, current, "past"), "quarter", "publication")
    return _relative(ctx, compute)


def _norm_season(m, ctx):
    code = SEASONS[m["s"].lower()]
    rel = (m["rel"] or "").lower()
    if m["y"]:
        year = _year(m["y"])
        return Resolution("DATE", f"{year:04d}-{code}", "season", "absolute", dt.date(year, 1, 1))

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

    def compute(base):
        day = _shift(base, gran, shift)
        if part:
            return Resolution("TIME", f"{day.isoformat()}T{part}", "time", "previous", day)
        return _date(day, gran, "previous")
    return _anaphoric(ctx, gran, compute)


def _norm_ago(m, ctx):
    n, unit, rel = parse_number(m["n"]), _unit(m["unit"]), m["rel"].lower()
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
        return _relative(ctx, compute)
    prev = ctx.previous(unit_gran)
    if prev is None:
        return _relative(ctx, compute)
    # "a year earlier" than the third quarter is a quarter: keep the anchor's granularity.
    res = compute(prev[0], prev[1] if FINER[prev[1]] > FINER[unit_gran] else unit_gran)
    res.anchor = "previous"
    return res


def _norm_year_adj(m, ctx):
    """"year-earlier", "year-ago": one year before the period under discussion."""
    return _norm_ago({"n": "one", "unit": "year", "rel": "earlier"}, ctx)


def _norm_duration(m, ctx):
    n = parse_number(m["n"]) if m["n"].lower() not in ("several", "multi") else None
    return Resolution("DURATION", duration_value(n, _unit(m["unit"])), "duration", "absolute")


def _norm_vague(m, ctx):
    return Resolution("DURATION", duration_value(None, _unit(m["w"])), "duration", "absolute")


SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
             "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "quarterly": "P1Q"}


def _norm_set(m, ctx):
    if m.groupdict().get("wd"):
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", "set", "absolute")
    if m.groupdict().get("mon"):
        return Resolution("SET", f"XXXX-{_month_num(m['mon']):02d}", "set", "absolute")
    if m.groupdict().get("unit"):
        return Resolution("SET", duration_value(1, _unit(m["unit"])), "set", "absolute")
    return Resolution("SET", SET_WORDS[m["w"].lower()], "set", "absolute")


def _norm_ref(m, ctx):
    if m.groupdict().get("unit"):
        return _ref("recent", ctx)
    return _ref(m["w"].lower(), ctx)


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
        return Resolution("TIME", f"{day.isoformat()}T{hhmm}", "time", "publication", day)
    return _relative(ctx, compute)


NORMALISERS = {
    "iso": _norm_iso, "mdy": _norm_full, "dmy": _norm_full, "md": _norm_md, "my": _norm_my,
    "month": _norm_month, "year": _norm_year, "year_range": _norm_year_range,
    "decade": _norm_decade, "decade_word": _norm_decade_word, "century": _norm_century,
    "quarter": _norm_quarter, "season": _norm_season, "deictic": _norm_deictic,
    "weekday": _norm_weekday, "calendar": _norm_calendar, "calendar_the": _norm_calendar_the,
    "anaphor": _norm_anaphor, "ago": _norm_ago, "year_adj": _norm_year_adj,
    "span": _norm_duration, "duration": _norm_duration, "duration_adj": _norm_duration,
    "vague": _norm_vague, "set": _norm_set, "set_every": _norm_set, "ref": _norm_ref,
    "clock": _norm_clock, "year_words": _norm_year_words, "holiday": _norm_holiday,
}


# --- detection -----------------------------------------------------------------------
PREPOSITION_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|on|since|until|till|by|from|through|during|before|after|between|and|to|of|"
    r"or|early|late|mid|last|next|this|until|around|throughout|into)\s+|-)$")
AMBIGUOUS_MONTHS = {"may", "march", "august"}


@dataclass
class Candidate:
    """One regex match: its rule kind, match object and extent (block offsets)."""

    kind: str
    match: re.Match = field(repr=False)
    start: int
    end: int


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _plausible(cand: Candidate, text: str, doc, ages: list[tuple[int, int]]) -> bool:
    """Reject matches the parse shows are not times: counts, modals, verbs, names, ages."""
    kind, m = cand.kind, cand.match
    if any(a < cand.end and cand.start < b for a, b in ages):
        return False
    if kind in ("duration", "span") and _unit(m["unit"]) in ("quarter", "second"):
        if re.match(r"\s+of\b", text[cand.end:]) or m["n"].lower() in ("a", "an"):
            return False
    if kind in ("calendar_the", "ref") and doc is not None:
        token = _token_at(doc, m.start("rel") if kind == "calendar_the" else m.start("w"))
        if token is not None and token.lower_ in ("future", "past") and token.dep_ in ("amod", "compound"):
            return False
    if kind in ("year", "year_range", "decade") and doc is not None:
        token = _token_at(doc, m.start("y") if kind != "decade" else cand.start)
        if token is not None and token.ent_type_ in COUNT_LABELS:
            return False
        if token is not None and kind == "year" and _counts_things(token):
            return False
    if "mon" in m.re.groupindex and m["mon"]:
        token = _token_at(doc, m.start("mon")) if doc is not None else None
        if token is not None and (token.tag_ == "MD" or token.pos_ in ("VERB", "AUX")
                                  or token.ent_type_ in ("PERSON", "ORG")):
            return False
        if kind == "month" and not m.groupdict().get("rel"):
            bare = m["t"] == m["mon"]
            if bare and (m["mon"].lower().rstrip(".") not in MONTHS or "." in m["mon"]
                         or len(m["mon"]) <= 4 and m["mon"].lower() not in ("may", "june", "july")):
                return False
            if bare and m["mon"].lower() in AMBIGUOUS_MONTHS and not PREPOSITION_BEFORE.search(text[:cand.start]):
                return False
    return True


def _counts_things(token) -> bool:
    """True for a number that counts a plural noun with no determiner before it
    ("sent 2000 troops"), unlike a year modifying one ("the 2020 elections")."""
    if token.dep_ != "nummod" or token.head.tag_ != "NNS" or token.head.i < token.i:
        return False
    before = token.nbor(-1) if token.i > token.sent.start else None
    return before is None or before.tag_ not in ("DT", "PRP$", "POS", "IN", "JJ", "TO", "HYPH")


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Longest first; a candidate overlapping one already taken is dropped."""
    taken: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cand.end <= t.start or t.end <= cand.start for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def find_candidates(text: str, doc=None) -> list[Candidate]:
    """Every plausible time expression in one block of text, non-overlapping, in order.

    Args:
        text: the block's text; doc: its spaCy ``Doc`` (optional; without it the
            checks against modals, counts and names are skipped).

    Returns:
        Candidates with block-relative ``start``/``end`` (end exclusive).
    """
    ages = [m.span() for m in AGE.finditer(text)]
    cands = []
    for rule in RULES:
        for m in rule.regex.finditer(text):
            start, end = m.span("t") if "t" in rule.regex.groupindex else m.span()
            cand = Candidate(rule.kind, m, start, end)
            if _plausible(cand, text, doc, ages):
                cands.append(cand)
    return _select(cands)


def _resolve_block(text: str, doc, ctx: _Context) -> list[tuple[Candidate, Resolution]]:
    out = []
    for cand in find_candidates(text, doc):
        ctx.tense = (lambda c=cand: clause_tense(doc, c.start, c.end)) if doc is not None else (lambda: None)
        try:
            res = NORMALISERS[cand.kind](cand.match, ctx)
        except (ValueError, OverflowError):  # a date outside the calendar ("Feb. 30")
            continue
        if res.date is not None and res.granularity in FINER and res.landmark and res.anchor != "previous":
            ctx.history.append((res.date, res.granularity))
        out.append((cand, res))
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
