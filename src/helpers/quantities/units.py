"""What a number counts (the ``unit`` of the ``quantities`` table), and which numbers are
not quantities at all. The second layer of :mod:`helpers.quantities.extract`, on the number runs
of :mod:`helpers.quantities.numerals`. Decisions:

* What is counted (``unit``): the noun the number modifies (``nummod``, to its right,
  no punctuation in between), or the object of its "of" ("dozens of activists",
  "three of the prisoners"). A pronoun ("52 of them") takes the unit of the previous
  quantity in the article. The unit keeps compound nouns and category adjectives
  (nationality words tagged NORP, and :data:`CATEGORY_ADJECTIVES` such as "political"),
  but not descriptive ones: "top three global producers" counts "producers". Plural
  surface form, lowercased unless a proper noun ("ten Americans").
* Time is counted too (project decision, issue 2: durations are quantities as well as
  timexes): "14 years", "two days of talks", "two months after", "a six-month license"
  (unit "months"), "an hour". Time units are given in the plural ("hours"). Ages
  ("52-year-old", "52 years old") are not quantities.
* A number with no noun of its own takes the unit it refers to (:func:`referred_unit`):
  the "of" noun of a preceding "number/total/count of X" in its sentence ("the number of
  people exchanged to 26" -> people); after a verb of change ("rose to 60", "reached 60")
  the unit of the previous quantity; an anaphoric numeral ("The five") the unit of the
  nearest preceding quantity with the same value, else of the nearest preceding one.
  Time quantities are never antecedents. None when nothing is referred to ("freed 52 on
  Monday"). An elliptical number (:func:`is_elliptical`: "15 more", "eight went to
  Moscow", list items) takes the unit of the paragraph's previous quantity.
* Not quantities (:func:`is_skipped`): years and dates ("2020", "July 2021", "December
  13", "the 2020 election"), ordinals, ages ("52-year-old"), money and percentages (spaCy
  MONEY and PERCENT: out of scope), identifiers ("Article 19"), and the pronoun "one"
  ("one of the top three" gives only the quantity 3 producers; "one prisoner" is kept).
"""

from __future__ import annotations

import re

from helpers.lexicon.calendar import MONTH_WORDS
from helpers.lexicon.calendar import WEEKDAYS as WEEKDAY_NAMES
from helpers.quantities.numerals import TIME_UNITS
from helpers.quotes import speakers

# Nouns whose "of" object is what a later bare number counts: "the number of people ... to 26".
COUNT_NOUNS = {"number", "total", "count", "tally", "toll", "figure"}
# Verbs of change whose target number updates the previous count: "the total rose to 60".
CHANGE_VERBS = {
    "rise",
    "climb",
    "increase",
    "grow",
    "jump",
    "swell",
    "fall",
    "drop",
    "decline",
    "bring",
    "raise",
    "reach",
    "exceed",
    "top",
    "double",
    "surpass",
}
ANAPHORIC_DETERMINERS = {"the", "these", "those", "all"}
# Adjectives that define who is counted (kept in the unit); others ("global") are dropped.
CATEGORY_ADJECTIVES = {
    "political",
    "foreign",
    "dual",
    "civilian",
    "military",
    "religious",
    "former",
    "opposition",
    "underage",
    "juvenile",
    "female",
    "male",
}
MONTHS = set(MONTH_WORDS)  # names and abbreviations
WEEKDAYS = set(WEEKDAY_NAMES)
# Words after a bare number that make it elliptical: "15 more", "five others".
ELLIPSIS_AFTER = {"more", "others", "other", "fewer", "less"}
# Tokens after which a bare number starts a clause or a list item: "more: 30 on ...".
LIST_OPENERS = {":", ";", ",", "—", "–", "and", "or", "but"}
# Tokens that open a time expression of its own after a count: "37 on September 16".
DATE_OPENERS = {"on", "in", "by", "during", "at", "later", "earlier", "that", "last", "this"}
AGE_WORDS = {"aged", "age", "ages"}
YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")


def run_root(span):
    """The token of a run whose head is outside it (or the last token)."""
    return next((t for t in span if not (span.start <= t.head.i < span.end) or t.head == t), span[-1])


def is_time_unit(tok) -> bool:
    """True if ``tok`` (spaCy Token or None) is a unit of time (:data:`helpers.quantities.numerals.TIME_UNITS`)."""
    return tok is not None and tok.lemma_.lower() in TIME_UNITS


def unit_token(span):
    """The token counted by the number run: its noun head or the object of its "of";
    the time unit after "a"/"an" or after a hyphen ("six-month").

    Args:
        span: a number run (spaCy Span) from :func:`helpers.quantities.numerals.number_runs`.

    Returns:
        The counted spaCy Token, or None when the number has no noun of its own.
    """
    root = run_root(span)
    if len(span) == 1 and span[0].lower_ in ("a", "an"):
        return span.doc[span.end]
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if (
        root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod")
        and root.head.i >= span.end
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.lower_ not in MONTHS | WEEKDAYS
    ):
        between = root.doc[span.end : root.head.i]
        hyphenated = is_time_unit(root.head) and all(t.text in ("-", "–") for t in between)
        if (hyphenated or not any(t.is_punct for t in between)) and root.head.i - span.end <= 4:
            return root.head
    return None


def unit_text(noun, span_end: int) -> str:
    """Noun phrase of the counted thing: the noun with compounds and category adjectives;
    a time unit as its plural ("six-month" -> "months").

    Args:
        noun: the counted spaCy Token; span_end: token index after the number run (words
            before it are not part of the unit).

    Returns:
        The unit text ("political prisoners", "Americans", "months").
    """
    if is_time_unit(noun):
        lemma = noun.lemma_.lower()
        return lemma[:-1] + "ies" if lemma.endswith("y") and lemma != "day" else lemma + "s"
    keep = [
        c
        for c in noun.lefts
        if c.i >= span_end
        and (
            c.dep_ == "compound"
            or (c.dep_ in ("amod", "nmod") and (c.ent_type_ == "NORP" or c.lower_ in CATEGORY_ADJECTIVES))
        )
    ]
    words = [c.text if c.pos_ == "PROPN" or c.ent_type_ == "NORP" else c.lower_ for c in keep]
    words.append(noun.text if noun.pos_ == "PROPN" or noun.ent_type_ == "NORP" else noun.lower_)
    return " ".join(words)


def is_skipped(span, unit_tok) -> bool:
    """True for years, dates, ordinals, multiplicatives ("two-time"), ages, money, percentages,
    identifiers and "one of".

    Args:
        span: a number run (spaCy Span); unit_tok: its counted token from
            :func:`unit_token` or None.
    """
    doc = span.doc
    first, last = span[0], span[-1]
    ents = {t.ent_type_ for t in span}
    after = doc[span.end : span.end + 3]
    if ents & {"MONEY", "PERCENT"} or (len(after) and after[0].lower_ in ("%", "percent", "pct")):
        return True
    if span.start > 0 and doc[span.start - 1].text in ("$", "€", "£", "#", "No.", "no."):
        return True
    if len(after) > 1 and after[0].text == "-" and after[1].lower_ in ("time", "times"):
        return True  # "a two-time Olympic champion": a multiplicative adjective (Quirk et al. 1985, 6.69), no count
    unit_lemma = unit_tok.lemma_.lower() if unit_tok is not None else ""
    if (
        len(span) == 1
        and YEAR.match(first.text)
        and not (unit_tok is not None and unit_tok.tag_ == "NNS" and "DATE" not in ents)
    ):
        return True
    if ents & {"DATE", "TIME"} and unit_lemma not in TIME_UNITS and not _count_before_date(span):
        return True
    near = [t.lower_.strip(".") for t in (doc[span.start - 1 : span.start] if span.start else [])] + [
        t.lower_.strip(".") for t in after[:1]
    ]
    if any(w in MONTHS for w in near) and first.lower_ != "may":
        return True
    if unit_lemma in TIME_UNITS and any(t.lower_ == "old" for t in doc[unit_tok.i + 1 : unit_tok.i + 3]):
        return True  # an age: "52-year-old", "52 years old"
    if unit_tok is None and _is_age(span):
        return True
    if (
        first.lower_ == "one"
        and len(span) == 1
        and (first.dep_ != "nummod" or any(c.lower_ == "of" for c in first.children))
    ):
        return True
    root = last
    if (
        root.dep_ == "nummod"
        and root.head.i < span.start
        and root.head.pos_ in ("PROPN", "NOUN")
        and root.head.lower_ not in MONTHS | WEEKDAYS
    ):  # a month: a misparsed date, seen above
        return True  # "Article 19", "Flight 17"
    return False


def _is_person(tok) -> bool:
    """True for a token naming or standing for a person: a PERSON entity, a noun for a
    person (:func:`helpers.quotes.speakers.is_person_noun`), a personal or relative pronoun."""
    return tok.ent_type_ == "PERSON" or speakers.is_person_noun(tok) or tok.lower_ in ("he", "she", "i", "you", "who")


def _is_age(span) -> bool:
    """True for a bare number giving a person's age (wire style, AP Stylebook "ages",
    https://www.apstylebook.com): after "aged"/"age" ("aged 45"); between commas right
    after a person ("Anna Ivanova, 52, said"); or the complement of "be" whose subject is
    a person ("She is 45"), "who" always standing for a person ("who is thirty-two")."""
    doc, root = span.doc, run_root(span)
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ in AGE_WORDS:
        return True
    closes = span.end == len(doc) or doc[span.end].text in (",", ";", ")", "—", ".")
    if before is not None and before.text == "," and span.start >= 2 and closes and _is_person(doc[span.start - 2]):
        return True
    head = root.head
    if root.dep_ in ("attr", "acomp") and head.lemma_ == "be":
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return subj is not None and _is_person(subj)
    return False


def _count_before_date(span) -> bool:
    """True for a number the entity recogniser merged into a date although a time
    expression of its own follows it ("37 on September 16", "31 in early November",
    "32 later that month"); not for a date part ("December 13 and 14 in Minsk")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in DATE_OPENERS or YEAR.match(span[0].text):
        return False
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    if before and before[-1].strip(".") in MONTHS | WEEKDAYS:
        return False
    return not (len(before) == 2 and before[-1] in ("and", "to", "-", "–", "through") and doc[span.start - 2].like_num)


def is_elliptical(span) -> bool:
    """True for a bare number whose counted noun is left out because the context gives
    it (ellipsis, https://en.wikipedia.org/wiki/Ellipsis_(linguistics)): "15 more",
    "eight went to Moscow" (a subject), "more: 30 on May 4, 37 on May 16" (list items)."""
    doc, root = span.doc, run_root(span)
    if span.end < len(doc) and doc[span.end].lower_ in ELLIPSIS_AFTER:
        return True
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    return span.start > 0 and doc[span.start - 1].lower_ in LIST_OPENERS


def _counted_by_count_noun(span) -> str | None:
    """Unit from a preceding "number/total of X" in the sentence: "the number of people
    exchanged to 26" -> "people"."""
    doc = span.doc
    for tok in reversed(doc[span.sent.start : span.start]):
        if tok.lemma_.lower() not in COUNT_NOUNS:
            continue
        for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            pobj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if pobj is not None:
                return unit_text(pobj, of.i + 1)
    return None


def referred_unit(span, value: float, history: list[tuple[float, str]]) -> str | None:
    """Unit of a number with no noun of its own, from what it refers to.

    Args:
        span: the number run (spaCy Span) whose own unit is None.
        value: its value.
        history: ``(value, unit)`` of the article's earlier quantities, in text order,
            time quantities left out.

    Returns:
        The unit, or None when the number refers to nothing recoverable. Order: a
        "number/total of X" before it in its sentence; the previous quantity's unit when
        the number is the target of a verb of change ("rose to 60", "reached 60"); for an
        anaphoric numeral ("The five", "these 14") the nearest earlier quantity of the
        same value, else the nearest earlier quantity.
    """
    unit = _counted_by_count_noun(span)
    if unit is not None:
        return unit
    root = run_root(span)
    head = root.head
    verb = head.head if root.dep_ == "pobj" and head.lower_ in ("to", "at") else head
    if root.dep_ in ("pobj", "dobj", "attr") and verb.lemma_.lower() in CHANGE_VERBS and history:
        return history[-1][1]
    anaphoric = root.dep_ != "nummod" and any(
        c.dep_ in ("det", "predet") and c.lower_ in ANAPHORIC_DETERMINERS for c in root.children
    )
    if anaphoric and history:
        return next((u for v, u in reversed(history) if v == value), history[-1][1])
    return None
