"""Detection of time expressions (TIMEX3 candidates): regular expressions and parse checks.

Candidate spans come from regular expressions over each block's text, built from small
vocabularies (:mod:`helpers.timexes.patterns`); each rule carries its normaliser and
examples (:mod:`helpers.timexes.rules`). Matches are then checked
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

from helpers.lexicon.calendar import AMBIGUOUS_MONTHS, MONTH_WORDS
from helpers.timexes import deictic, named, periods, spans
from helpers.timexes.calendar import unit_name
from helpers.timexes.patterns import NUMWORD
from helpers.timexes.rules import Rule

# spaCy entity labels of numbers that are not years ("sent 2000 troops")
COUNT_LABELS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT"}
# every rule, in the order they are tried (on equal extents the earlier wins)
RULES: list[Rule] = named.RULES + periods.RULES + deictic.RULES + spans.RULES

# Phrases that look like time expressions but are not (ages).
AGE = re.compile(r"(?i)\b(?:aged?\s+\d+|\d+|" + NUMWORD + r")[- ](?:years?|months?)[- ]olds?\b")


# --- detection -----------------------------------------------------------------------
PREPOSITION_BEFORE = re.compile(
    r"(?i)(?:\b(?:in|on|since|until|till|by|from|through|during|before|after|between|and|to|of|"
    r"or|early|late|mid|last|next|this|until|around|throughout|into)\s+|-)$"
)


@dataclass
class Candidate:
    """One regex match: its rule kind, match object and extent (block offsets)."""

    rule: Rule = field(repr=False)
    match: re.Match = field(repr=False)
    start: int
    end: int

    @property
    def kind(self) -> str:
        return self.rule.kind


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _plausible(cand: Candidate, text: str, doc, ages: list[tuple[int, int]]) -> bool:
    """Reject matches the parse shows are not times: counts, modals, verbs, names, ages."""
    kind, m = cand.kind, cand.match
    if any(a < cand.end and cand.start < b for a, b in ages):
        return False
    if kind in ("duration", "span") and unit_name(m["unit"]) in ("quarter", "second"):
        if re.match(r"\s+of\b", text[cand.end :]) or m["n"].lower() in ("a", "an"):
            return False
    if kind in ("calendar_the", "ref") and doc is not None:
        token = _token_at(doc, m.start("rel") if kind == "calendar_the" else m.start("w"))
        if token is not None and token.lower_ in ("future", "past") and token.dep_ in ("amod", "compound"):
            return False
    if (
        kind == "ref"
        and m["w"].lower() == "now"
        and SENTENCE_START.search(text[: cand.start])
        and text[cand.end : cand.end + 1] == ","
    ):
        return False  # "Now, he says, ...": a discourse marker
    if kind == "set" and doc is not None:
        token = _token_at(doc, m.start("w"))
        if (
            token is not None
            and token.dep_ in ("amod", "compound", "nmod")
            and token.head.i > token.i
            and token.head.pos_ in ("NOUN", "PROPN")
        ):
            return False  # "a quarterly dividend", "the daily Granma": an adjective, not a frequency
    if kind == "rate":  # "$1.76 a year", "four flights a week": after an amount or a counted noun
        token = _token_at(doc, cand.start) if doc is not None else None
        before = token.nbor(-1) if token is not None and token.i > token.sent.start else None
        return before is not None and (
            before.pos_ in ("NUM", "SYM") or before.tag_ == "NNS" or before.ent_type_ == "MONEY"
        )
    if kind == "clock" and re.search(r"(?i)\bhigh\s+$", text[: cand.start]):
        return False  # "high noon": an idiom
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
        if token is not None and (
            token.tag_ == "MD" or token.pos_ in ("VERB", "AUX") or token.ent_type_ in ("PERSON", "ORG")
        ):
            return False
        if kind == "month" and not m.groupdict().get("rel"):
            bare = m["t"] == m["mon"]
            if bare and (
                m["mon"].lower().rstrip(".") not in MONTH_WORDS
                or "." in m["mon"]
                or len(m["mon"]) <= 4
                and m["mon"].lower() not in ("may", "june", "july")
            ):
                return False
            if bare and m["mon"].lower() in AMBIGUOUS_MONTHS and not PREPOSITION_BEFORE.search(text[: cand.start]):
                return False
    return True


SENTENCE_START = re.compile(r"(?:^|[.!?\n\"“”`'’]\s*)$")
HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|\*)?$")
HEADING_AFTER = re.compile(r"(?:\*\*|\*)?:")


def _is_heading(text: str, cand: Candidate) -> bool:
    """True for a month opening a line or list item and followed by a colon, bold or
    not ("- **May:** a veteran was freed"): a heading, never the modal "may"."""
    return bool(
        HEADING_BEFORE.search(text[: cand.start])
        and HEADING_AFTER.match(text, cand.end)
        and cand.match["mon"].lower().rstrip(".") in MONTH_WORDS
        and "." not in cand.match["mon"]
    )


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
            cand = Candidate(rule, m, start, end)
            if _plausible(cand, text, doc, ages):
                cands.append(cand)
    return _select(cands)
