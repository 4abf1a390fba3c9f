"""Detection of time expressions (TIMEX3 candidates): regular expressions and parse checks.

Candidate spans come from regular expressions over each block's text, built from small
vocabularies (month and weekday names, number words, calendar units); each rule has a
``kind`` that :mod:`helpers.timexes.extract` maps to its normaliser. Matches are then checked
against spaCy's parse of the block (a modal or verbal ``may``/``march``, a month inside a
PERSON name, a number spaCy tags CARDINAL/MONEY/QUANTITY/PERCENT or that counts a plural
noun, "sent 2000 troops"), ages are rejected ("aged 45", "45-year-old"), and overlapping
matches keep the longest. spaCy's DATE entities are not used as such: they include ages
and vague phrases and miss extents TimeBank marks.

Extents follow the TimeML annotation guidelines as applied in TimeBank 1.2
(https://catalog.ldc.upenn.edu/LDC2006T08): prepositions ("on", "in", "over") are
outside the extent; "the" is inside when the expression is a noun phrase headed by a
time word ("the past two months", "the same day", "the 1990s") and outside when the
time word modifies another noun ("the 2020 election" -> "2020"). Not time expressions
(house rule): the modal "may", the adverb "now", bare numbers, ages. A month opening a
line or list item before a colon ("- **May:** ...") is a heading and always a timex.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from helpers.quantities.numerals import SMALL, TENS  # number words: one table for the project

# --- vocabularies ------------------------------------------------------------------
MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
          "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3,
            "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
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
            r"four|five|six|seven|eight|nine))?|" + "|".join(reversed(list(SMALL)[1:])) + ")")
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
_TZ = r"(?:[ECMP][SD]T|GMT|UTC)\b"
_CLOCK_DAY = rf"(?:,?\s+(?:(?P<wd>{_WEEKDAY})|(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?!\d)))?"
_YEAR_REL = r"year-ago|year-earlier|last year['’]s|next year['’]s|this year['’]s"
# "that", "the following" ... point to an earlier mention; "this", "last", "next" to the DCT
_ANAPHORIC = r"that|the following|the next|the previous|the prior|the preceding"
_REL_YEAR = _ANAPHORIC + r"|the same|this|last|next"
YEAR_REL = {"year-ago": -1, "year-earlier": -1, "last year's": -1, "next year's": 1, "this year's": 0}


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
    _rule("month_rel", rf"(?P<t>{_MOD}?(?P<mon>{_MONTH})\s+(?:{_i('of')}\s+)?(?P<ry>{_i(_REL_YEAR)})\s+{_i('year')})"),
    _rule("month_rel", rf"(?P<t>{_MOD}?(?P<rel>{_i(_ANAPHORIC)})\s+(?P<mon>{_MONTH}))(?!\s*\d)"),
    _rule("year_words", rf"(?P<t>(?P<w>{_i(_YEAR_WORDS)}))"),
    _rule("holiday", rf"(?P<t>(?P<h>Christmas(?: Eve| Day)?|New Year['’]s(?: Eve| Day)?|Thanksgiving(?: Day)?|Independence Day|Labor Day|Memorial Day|Veterans Day|Halloween|Valentine['’]s Day))"),
    _rule("month", rf"(?P<t>(?P<rel>{_i('this|last|next|early|late|mid-?')})\s*(?P<mon>{_MONTH}))"),
    _rule("year", rf"(?P<t>{_MOD}?(?:{_i('fiscal')}\s+)?(?P<y>{_YEAR}))(?!-\d\d-)(?!\s*(?:%|{_i('percent|per cent')}))"),
    _rule("year", rf"{_i('pre|post')}-(?P<t>(?P<y>{_YEAR}))"),
    _rule("year_range", rf"(?P<y>{_YEAR})[-–](?P<t>(?P<y2>\d\d))(?!\d)"),
    _rule("decade", rf"(?P<t>(?:{_i('the')}\s+)?{_MOD}?(?:(?P<c>1[6-9]|20)(?P<dd>\d)0|['’](?P<dd2>\d)0)['’]?s)"),
    _rule("decade_word", rf"(?P<t>{_i('the')}\s+{_MOD}?(?P<w>{_i('twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties')}))"),
    _rule("century", rf"(?P<t>(?:{_i('the')}\s+)?{_MOD}?(?P<n>\d{{1,2}})(?:st|nd|rd|th)[- ]{_i('century')})"),
    _rule("quarter", rf"(?P<t>(?:{_i('the')}\s+)?(?:(?P<y0>{_YEAR})\s+|(?P<yrel>{_i(_YEAR_REL)})\s+)?(?:{_i('fiscal')}[- ])?(?P<q>{_i(_QUARTER)})[- ]{_i('quarter')}(?:\s+of\s+(?P<y>{_YEAR}))?)"),
    _rule("year_period", rf"(?P<t>{_i('the')}\s+(?P<y>{_YEAR})\s+(?P<noun>{_i('period|quarter')}))"),
    _rule("season", rf"(?P<t>(?:(?P<rel>{_i('this|last|next|that|the following|the next|the previous|the')})\s+)?{_MOD}?(?P<s>{_i('spring|summer|autumn|winter')}|(?:(?<=(?i:this|last|next|late|arly|that) )|(?<=(?i:following) )|(?<=(?i:previous) ))(?i:fall))(?:\s+(?:of\s+)?(?P<y>{_YEAR}|{_i(_YEAR_WORDS)}))?)"),
    _rule("deictic", rf"(?P<t>{_MOD}?(?P<w>{_i('today|tonight|yesterday|tomorrow')})(?:\s+(?P<part>{_i('morning|afternoon|evening|night')}))?)"),
    _rule("deictic", rf"(?P<t>(?P<w>{_i('this|last')})\s+(?P<part>{_i('morning|afternoon|evening|night')}))"),
    _rule("weekday", rf"(?P<t>(?:(?P<rel>{_i('last|next|this|earlier|later|early|late')})\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_i('morning|afternoon|evening|night')}))?)(?:['’]s)?"),
    _rule("calendar", rf"(?P<t>(?:{_i('the')}\s+)?{_MOD}?(?P<rel>{_i('this|last|next|past|previous|coming|current')})\s+(?:{_i('fiscal')}\s+)?(?P<unit>{_i(_CAL)}))(?!\s*{_i('of')})"),
    _rule("calendar_the", rf"(?P<t>{_i('the')}\s+(?P<rel>{_i('weekend|week|month|quarter|year|future|past|near future|near term|short term|long term')}))(?!\s*{_i('of|ago|earlier|later|before|after|-')}|\s+\w+(?:ed|ing)\s)"),
    _rule("anaphor", rf"(?P<t>{_MOD}?(?P<rel>{_i(_ANAPHORIC + '|the same')})\s+(?P<unit>{_i('day|week|month|year|quarter|decade|morning|afternoon|evening|night')}))"),
    _rule("anaphor", rf"(?P<t>{_i('the')}\s+(?P<unit>{_i('day|week|month|year')})\s+(?P<rel>{_i('before|after')}))(?!\s+\w+ing)"),
    _rule("ago", rf"(?P<t>{_APPROX}?(?P<n>{_i(_NUM)})\s+(?P<unit>{_i(_UNIT)})\s+(?P<rel>{_i('ago|earlier|later')}))(?!\s+(?:the|an?|his|her|its|their)\b)"),
    _rule("year_adj", rf"(?P<t>(?:{_i('the')}\s+(?:{_i('comparable|corresponding')}\s+)?)?(?P<w>{_i('year-earlier|year-ago|year-before')})\s+(?P<noun>{_i('quarter|period')}))"),
    _rule("year_adj", rf"(?P<t>(?P<w>{_i('year-earlier|year-ago|year-before|a year before')}))"),
    _rule("span", rf"(?P<t>(?:(?:{_i('the')}\s+)?(?P<rel>{_i('past|last|next|first|coming|previous|following|latest')})\s+)(?:{_APPROX})?(?P<n>{_i(_NUM)})\s+(?P<unit>{_i(_UNIT)}))"),
    _rule("duration", rf"(?P<t>{_APPROX}?(?P<n>{_i(_NUM)})(?P<half>[- ]and[- ]a[- ]half|\s+1/2|\s*½)?\s+(?:{_i('more|additional|straight|consecutive|full|long|trading|business')}\s+)?(?P<unit>{_i(_UNIT)})(?P<half2>\s+and\s+a\s+half)?)(?!\s*{_i('old|of age')})"),
    _rule("duration_adj", rf"(?P<t>(?P<n>\d{{1,3}}|{_i(_NUMWORD)}|{_i('several|multi')})-(?P<unit>{_i(_UNIT1)})(?:-long)?)(?!-old|\s+olds?\b)"),
    _rule("vague", rf"(?P<t>(?P<w>{_i('years|months|weeks|decades|centuries')})(?:-long)?)(?!\s*{_i('old|of age|ago')})"),
    _rule("set", rf"(?P<t>(?P<w>{_i('daily|weekly|monthly|yearly|hourly|nightly')}))"),
    _rule("set_every", rf"(?P<t>{_i(_TIMES)}\s+{_i('a|an|per|every|each')}\s+(?P<unit>{_i(_UNIT1)}))"),
    _rule("set_every", rf"(?P<t>{_i('every|each|per')}\s+(?P<unit>{_i(_UNIT1)}))"),
    _rule("set_every", rf"(?P<t>{_i('every|each')}\s+(?:(?P<wd>{_WEEKDAY})|(?P<mon>{_MONTH})))"),
    _rule("ref", rf"(?P<t>(?P<w>{_i('recently|currently|these days|nowadays')}|current))"),
    _rule("ref", rf"(?P<t>(?P<w>{_i('recent')})\s+(?P<unit>{_i('years|months|weeks|days|decades')}))"),
    _rule("latest", rf"(?P<t>{_i('the')}\s+{_i('latest|most recent|current')}\s+(?:{_i('fiscal')}\s+)?(?P<unit>{_i('quarter|period')}))"),
    _rule("clock", rf"(?P<t>{_APPROX}?(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)(?:\s+{_TZ})?{_CLOCK_DAY})"),
    _rule("clock", rf"(?P<t>(?P<w>{_i('noon|midnight|midday')})(?:\s+{_TZ})?{_CLOCK_DAY})"),
]

# Phrases that look like time expressions but are not (ages).
AGE = re.compile(r"(?i)\b(?:aged?\s+\d+|\d+|" + _NUMWORD + r")[- ](?:years?|months?)[- ]olds?\b")


def unit_name(word: str) -> str:
    """Singular calendar unit of a unit word ("Years" -> "year", "centuries" -> "century")."""
    word = word.lower().rstrip("s")
    return "century" if word.startswith("centur") else word


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
    if kind in ("duration", "span") and unit_name(m["unit"]) in ("quarter", "second"):
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
    if kind in ("month_rel", "anaphor") and doc is not None and (m.groupdict().get("rel") or "").lower() == "that":
        token = _token_at(doc, m.start("rel"))
        if token is not None and token.dep_ == "mark":  # a complementizer: "said that March was cold"
            return False
    if kind == "month" and m["t"] == m["mon"] and _is_heading(text, cand):
        return True
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


HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|\*)?$")
HEADING_AFTER = re.compile(r"(?:\*\*|\*)?:")


def _is_heading(text: str, cand: Candidate) -> bool:
    """True for a month opening a line or list item and followed by a colon, bold or
    not ("- **May:** a veteran was freed"): a heading, never the modal "may"."""
    return bool(HEADING_BEFORE.search(text[:cand.start]) and HEADING_AFTER.match(text, cand.end)
                and cand.match["mon"].lower().rstrip(".") in MONTHS and "." not in cand.match["mon"])


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
