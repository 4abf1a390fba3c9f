"""Quantities of an article: one number with what it counts ("over 1,200 political
detainees" -> value 1200.0, unit "political detainees", qualifier "over").

Numbers are found on spaCy tokens (``like_num``, number words, scale words), joined into
runs ("fifty-two", "two hundred and fifty", "1.2 million"), valued by :func:`parse_number`
and given the noun they count from the dependency parse. Decisions:

* What is counted (``unit``): the noun the number modifies (``nummod``, to its right,
  no punctuation in between), or the object of its "of" ("dozens of activists",
  "three of the prisoners"). A pronoun ("52 of them") takes the unit of the previous
  quantity in the article. The unit keeps compound nouns and category adjectives
  (nationality words tagged NORP, and :data:`CATEGORY_ADJECTIVES` such as "political"),
  but not descriptive ones: "top three global producers" counts "producers". Plural
  surface form, lowercased unless a proper noun ("ten Americans").
* Time is counted too (project decision, issue 2: durations are quantities as well as
  timexes): "14 years", "two days of talks", "two months after", "a six-month license"
  (unit "months"), "an hour" ("a"/"an" counts one before a time unit, not in "twice a
  year", "65 tonnes a year": rates). Time units are given in the plural ("hours"). Ages ("52-year-old", "52 years
  old") are not quantities.
* A number with no noun of its own takes the unit it refers to (:func:`_referred_unit`):
  the "of" noun of a preceding "number/total/count of X" in its sentence ("the number of
  people exchanged to 26" -> people); after a verb of change ("rose to 60", "reached 60")
  the unit of the previous quantity; an anaphoric numeral ("The five") the unit of the
  nearest preceding quantity with the same value, else of the nearest preceding one.
  Time quantities are never antecedents. None when nothing is referred to ("freed 52 on
  Monday").
* Vague numbers (:data:`VAGUE`): plural scale words are lower bounds ("dozens" = 24,
  "hundreds" = 200, "thousands" = 2,000, qualifier "at least"); "several" and "a few"
  are 3 with qualifier "several"; "a dozen" is 12, qualifier "about".
* Qualifiers (:data:`QUALIFIER_PHRASES`) are the words right before the number: "more
  than"/"over" -> over, "nearly"/"almost" -> almost, "some"/"about"/"around" -> about,
  "at least", "fewer than"/"under" -> under, "up to"/"as many as"/"within" -> up to;
  after the counted noun (:data:`POSTPOSED_QUALIFIERS`), "or more" -> at least, "or so"
  -> about, "or fewer" -> up to ("10 years or more"). A preposition "over"/"under"/"about" attached to a noun ("talks over two days") is not a
  qualifier. ``text`` includes the qualifier.
* Not quantities: years and dates ("2020", "July 2021", "December 13", "the 2020
  election"), ordinals, ages ("52-year-old"), money and percentages (spaCy MONEY and
  PERCENT: out of scope), identifiers ("Article 19"), and the pronoun "one" ("one of
  the top three" gives only the quantity 3 producers; "one prisoner" is kept).
"""
from __future__ import annotations

import re

import pandas as pd

from helpers import schemas, speakers
from helpers.structure import Parsed

SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "mln": 1e6, "bln": 1e9, "billion": 1e9}  # mln/bln: wire-service abbreviations
# Vague amounts: (value, qualifier). Plural scale words are lower bounds.
VAGUE = {"dozens": (24.0, "at least"), "hundreds": (200.0, "at least"),
         "thousands": (2000.0, "at least"), "millions": (2e6, "at least"),
         "tens": (20.0, "at least"), "several": (3.0, "several"), "few": (3.0, "several")}
QUALIFIER_PHRASES = {
    "over": ["more than", "over", "upwards of", "in excess of", "above", "greater than"],
    "about": ["about", "around", "approximately", "roughly", "some", "an estimated",
              "estimated", "circa", "approx."],
    "at least": ["at least", "no fewer than", "no less than", "a minimum of"],
    "almost": ["almost", "nearly", "close to", "just under", "just shy of"],
    "under": ["fewer than", "less than", "under", "below"],
    "up to": ["up to", "as many as", "at most", "no more than", "a maximum of", "within"],
}
# Qualifiers written after the counted noun: "10 years or more".
POSTPOSED_QUALIFIERS = {("or", "more"): "at least", ("or", "longer"): "at least",
                        ("or", "above"): "at least", ("or", "so"): "about",
                        ("or", "fewer"): "up to", ("or", "less"): "up to"}
# Nouns whose "of" object is what a later bare number counts: "the number of people ... to 26".
COUNT_NOUNS = {"number", "total", "count", "tally", "toll", "figure"}
# Verbs of change whose target number updates the previous count: "the total rose to 60".
CHANGE_VERBS = {"rise", "climb", "increase", "grow", "jump", "swell", "fall", "drop", "decline",
                "bring", "raise", "reach", "exceed", "top", "double", "surpass"}
ANAPHORIC_DETERMINERS = {"the", "these", "those", "all"}
# "twice a year", "per day": a frequency (TIMEX3 SET), not one unit of time.
FREQUENCY_WORDS = {"once", "twice", "thrice", "times", "per", "every", "each", "half"}
PREPOSITION_QUALIFIERS = {"over", "under", "about", "around", "above", "below"}
# Adjectives that define who is counted (kept in the unit); others ("global") are dropped.
CATEGORY_ADJECTIVES = {"political", "foreign", "dual", "civilian", "military", "religious",
                       "former", "opposition", "underage", "juvenile", "female", "male"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "fortnight", "month", "year",
              "decade", "century", "night"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words after a bare number that make it elliptical: "15 more", "five others".
ELLIPSIS_AFTER = {"more", "others", "other", "fewer", "less"}
# Tokens after which a bare number starts a clause or a list item: "more: 30 on ...".
LIST_OPENERS = {":", ";", ",", "—", "–", "and", "or", "but"}
# Tokens that open a time expression of its own after a count: "37 on September 16".
DATE_OPENERS = {"on", "in", "by", "during", "at", "later", "earlier", "that", "last", "this"}
AGE_WORDS = {"aged", "age", "ages"}
ORDINAL = re.compile(r"(?i)^(?:\d+(?:st|nd|rd|th)|first|second|third|\w+th|\w+ieth)$")
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
YEAR = re.compile(r"^(?:1[0-9]|20)\d\d$")
COLUMNS = ["quantity_id", "sentence_id", "text", "value", "unit", "qualifier", "start_char", "end_char"]


def parse_number(words: list[str]) -> float | None:
    """Value of a number written in digits and/or words.

    Args:
        words: the tokens of one number, e.g. ``["1.2", "million"]``, ``["fifty", "-",
            "two"]``, ``["two", "hundred", "and", "fifty"]``, ``["a", "dozen"]``.

    Returns:
        The value as a float, or None if a token is not part of a number.

    Examples:
        >>> parse_number(["1,200"]), parse_number(["fifty", "-", "two"]), parse_number(["1.2", "million"])
        (1200.0, 52.0, 1200000.0)
    """
    total, current, seen = 0.0, 0.0, False
    for raw in words:
        w = raw.lower()
        if w in ("-", "and", "–"):
            continue
        if DIGITS.match(w):
            current += float(w.replace(",", ""))
        elif w in SMALL:
            current += SMALL[w]
        elif w in TENS:
            current += TENS[w]
        elif w in ("a", "an") and not seen:
            current += 1
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def _is_number(tok) -> bool:
    low = tok.lower_
    if ORDINAL.match(low) and not low.isdigit() and low not in TENS and low not in SMALL:
        return False
    return (tok.like_num and parse_number([low]) is not None) or low in ("hundred", "dozen") \
        or low in SCALES


def _runs(doc):
    """Yield ``(start, end)`` token index ranges (end exclusive) of numbers and vague amounts."""
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        low = tok.lower_
        if low == "tens" and i + 2 < n and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in ("thousands", "millions"):
            yield i, i + 3
            i += 3
            continue
        if low in VAGUE and not (low == "few" and (i == 0 or doc[i - 1].lower_ != "a")):
            start = i - 1 if low == "few" else i
            end = i + 1
            if low == "several" and end < n and doc[end].lower_ == "dozen":
                end += 1
            elif low == "hundreds" and end + 1 < n and doc[end].lower_ == "of" and doc[end + 1].lower_ == "thousands":
                end += 2
            yield start, end
            i = end
            continue
        if _one_time_unit(doc, i):
            yield i, i + 1
            i += 1
            continue
        if not _is_number(tok):
            i += 1
            continue
        start = i - 1 if low == "dozen" and i > 0 and doc[i - 1].lower_ in ("a", "one") else i
        end = i + 1
        while end < n:
            nxt = doc[end]
            if _is_number(nxt) and not nxt.is_space:
                end += 1
            elif end + 1 < n and _is_number(doc[end + 1]) and _joins(doc[end - 1], nxt):
                end += 2
            else:
                break
        yield start, end
        i = end


def _one_time_unit(doc, i: int) -> bool:
    """True for the article "a"/"an" counting one unit of time: "within an hour", "a year
    ago"; not a frequency ("twice a year", "once a day"), not a rate after a noun or
    number ("65 tonnes a year", "$4 million a year"), not "a second" (an ordinal)."""
    if doc[i].lower_ not in ("a", "an") or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return (nxt.tag_ == "NN" and nxt.lemma_.lower() in TIME_UNITS - {"second", "night"}
            and (i == 0 or (doc[i - 1].lower_ not in FREQUENCY_WORDS
                            and doc[i - 1].pos_ not in ("NOUN", "PROPN", "NUM", "SYM"))))


def _joins(prev, tok) -> bool:
    """True if ``tok`` joins two number words: "fifty-two", "two hundred and fifty"."""
    if tok.text in ("-", "–"):
        return prev.whitespace_ == "" and tok.whitespace_ == "" and prev.lower_ in TENS
    return tok.lower_ == "and" and prev.lower_ in ("hundred", "thousand", "million")


def _value(span) -> tuple[float | None, str]:
    """Value and default qualifier of a run."""
    words = [t.lower_ for t in span]
    if words[0] == "tens":
        return 10.0 * 2 * SCALES[words[-1][:-1]], "at least"
    if words[0] == "hundreds" and len(words) == 3:
        return 200.0 * 1e3, "at least"
    if words[-1] in VAGUE or words[0] == "several":
        value, qual = VAGUE[words[0] if words[0] == "several" else words[-1]]
        if words[0] == "several" and words[-1] == "dozen":
            value = 36.0
        return value, qual
    value = parse_number(words)
    return value, ("about" if words[-1] == "dozen" and words[0] in ("a", "one") and len(words) == 2 else "exact")


def _qualifier(doc, start: int, head) -> tuple[str | None, int]:
    """Qualifier words right before the number: (qualifier, token index where they start)."""
    for qual, phrases in QUALIFIER_PHRASES.items():
        for phrase in sorted(phrases, key=len, reverse=True):
            words = phrase.split()
            i = start - len(words)
            if i < 0 or [t.lower_ for t in doc[i:start]] != words:
                continue
            first = doc[i]
            if len(words) == 1 and first.lower_ in PREPOSITION_QUALIFIERS and first.dep_ == "prep" \
                    and (first.head.pos_ in ("NOUN", "PROPN") or (head is not None and head.lemma_.lower() in TIME_UNITS)):
                return None, start  # "talks over two days": a preposition
            if first.lower_ == "some" and head is None:
                return None, start
            return qual, i
    return None, start


def _root(span):
    """The token of a run whose head is outside it (or the last token)."""
    return next((t for t in span if not (span.start <= t.head.i < span.end) or t.head == t), span[-1])


def _is_time_unit(tok) -> bool:
    return tok is not None and tok.lemma_.lower() in TIME_UNITS


def _unit_token(span):
    """The token counted by the number run: its noun head or the object of its "of";
    the time unit after "a"/"an" or after a hyphen ("six-month")."""
    root = _root(span)
    if len(span) == 1 and span[0].lower_ in ("a", "an"):
        return span.doc[span.end]
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and root.head.i >= span.end \
            and root.head.pos_ in ("NOUN", "PROPN") and root.head.lower_ not in MONTHS | WEEKDAYS:
        between = root.doc[span.end:root.head.i]
        hyphenated = _is_time_unit(root.head) and all(t.text in ("-", "–") for t in between)
        if (hyphenated or not any(t.is_punct for t in between)) and root.head.i - span.end <= 4:
            return root.head
    return None


def _unit_text(noun, span_end: int) -> str:
    """Noun phrase of the counted thing: the noun with compounds and category adjectives;
    a time unit as its plural ("six-month" -> "months")."""
    if _is_time_unit(noun):
        lemma = noun.lemma_.lower()
        return lemma[:-1] + "ies" if lemma.endswith("y") and lemma != "day" else lemma + "s"
    keep = [c for c in noun.lefts if c.i >= span_end and (
        c.dep_ == "compound" or (c.dep_ in ("amod", "nmod") and (c.ent_type_ == "NORP" or c.lower_ in CATEGORY_ADJECTIVES)))]
    words = [c.text if c.pos_ == "PROPN" or c.ent_type_ == "NORP" else c.lower_ for c in keep]
    words.append(noun.text if noun.pos_ == "PROPN" or noun.ent_type_ == "NORP" else noun.lower_)
    return " ".join(words)


def _skip(span, unit_tok) -> bool:
    """True for years, dates, ordinals, ages, money, percentages, identifiers and "one of"."""
    doc = span.doc
    first, last = span[0], span[-1]
    ents = {t.ent_type_ for t in span}
    after = doc[span.end:span.end + 3]
    if ents & {"MONEY", "PERCENT"} or (len(after) and after[0].lower_ in ("%", "percent", "pct")):
        return True
    if span.start > 0 and doc[span.start - 1].text in ("$", "€", "£", "#", "No.", "no."):
        return True
    unit_lemma = unit_tok.lemma_.lower() if unit_tok is not None else ""
    if len(span) == 1 and YEAR.match(first.text) and not (unit_tok is not None and unit_tok.tag_ == "NNS"
                                                           and "DATE" not in ents):
        return True
    if ents & {"DATE", "TIME"} and unit_lemma not in TIME_UNITS and not _count_before_date(span):
        return True
    near = [t.lower_.strip(".") for t in (doc[span.start - 1:span.start] if span.start else [])] + \
        [t.lower_.strip(".") for t in after[:1]]
    if any(w in MONTHS for w in near) and first.lower_ != "may":
        return True
    if unit_lemma in TIME_UNITS and any(t.lower_ == "old" for t in doc[unit_tok.i + 1:unit_tok.i + 3]):
        return True  # an age: "52-year-old", "52 years old"
    if unit_tok is None and _is_age(span):
        return True
    if first.lower_ == "one" and len(span) == 1 and (
            first.dep_ != "nummod" or any(c.lower_ == "of" for c in first.children)):
        return True
    root = last
    if root.dep_ == "nummod" and root.head.i < span.start and root.head.pos_ in ("PROPN", "NOUN") \
            and root.head.lower_ not in MONTHS | WEEKDAYS:  # a month: a misparsed date, seen above
        return True  # "Article 19", "Flight 17"
    return False


def _is_person(tok) -> bool:
    """True for a token naming or standing for a person: a PERSON entity, a noun for a
    person (:func:`helpers.speakers.is_person_noun`), a personal or relative pronoun."""
    return (tok.ent_type_ == "PERSON" or speakers.is_person_noun(tok)
            or tok.lower_ in ("he", "she", "i", "you", "who"))


def _is_age(span) -> bool:
    """True for a bare number giving a person's age (wire style, AP Stylebook "ages",
    https://www.apstylebook.com): after "aged"/"age" ("aged 45"); between commas right
    after a person ("Anna Ivanova, 52, said"); or the complement of "be" whose subject is
    a person ("She is 45"), "who" always standing for a person ("who is thirty-two")."""
    doc, root = span.doc, _root(span)
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ in AGE_WORDS:
        return True
    closes = span.end == len(doc) or doc[span.end].text in (",", ";", ")", "—", ".")
    if before is not None and before.text == "," and span.start >= 2 and closes \
            and _is_person(doc[span.start - 2]):
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
    before = [t.lower_ for t in doc[max(span.start - 2, 0):span.start]]
    if before and before[-1].strip(".") in MONTHS | WEEKDAYS:
        return False
    return not (len(before) == 2 and before[-1] in ("and", "to", "-", "–", "through")
                and doc[span.start - 2].like_num)


def _is_elliptical(span) -> bool:
    """True for a bare number whose counted noun is left out because the context gives
    it (ellipsis, https://en.wikipedia.org/wiki/Ellipsis_(linguistics)): "15 more",
    "eight went to Moscow" (a subject), "more: 30 on May 4, 37 on May 16" (list items)."""
    doc, root = span.doc, _root(span)
    if span.end < len(doc) and doc[span.end].lower_ in ELLIPSIS_AFTER:
        return True
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    return span.start > 0 and doc[span.start - 1].lower_ in LIST_OPENERS


def _postposed_qualifier(doc, end: int, unit_tok) -> str | None:
    """Qualifier written after the number or its counted noun: "10 years or more"."""
    after = unit_tok.i + 1 if unit_tok is not None and unit_tok.i >= end else end
    return POSTPOSED_QUALIFIERS.get(tuple(t.lower_ for t in doc[after:after + 2]))


def _counted_by_count_noun(span) -> str | None:
    """Unit from a preceding "number/total of X" in the sentence: "the number of people
    exchanged to 26" -> "people"."""
    doc = span.doc
    for tok in reversed(doc[span.sent.start:span.start]):
        if tok.lemma_.lower() not in COUNT_NOUNS:
            continue
        for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            pobj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if pobj is not None:
                return _unit_text(pobj, of.i + 1)
    return None


def _referred_unit(span, value: float, history: list[tuple[float, str]]) -> str | None:
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
    root = _root(span)
    head = root.head
    verb = head.head if root.dep_ == "pobj" and head.lower_ in ("to", "at") else head
    if root.dep_ in ("pobj", "dobj", "attr") and verb.lemma_.lower() in CHANGE_VERBS and history:
        return history[-1][1]
    anaphoric = root.dep_ != "nummod" and any(
        c.dep_ in ("det", "predet") and c.lower_ in ANAPHORIC_DETERMINERS for c in root.children)
    if anaphoric and history:
        return next((u for v, u in reversed(history) if v == value), history[-1][1])
    return None


def extract_quantities(parsed: Parsed) -> pd.DataFrame:
    """Numbers of an article with what they count.

    Args:
        parsed: the article from :func:`helpers.structure.parse_structure`.

    Returns:
        The ``quantities`` table (validated by :func:`helpers.schemas.validate`), one row
        per number in text order: article_id (str), quantity_id (int64, 0..n-1),
        sentence_id (int64), text (str, the number with its qualifier, "over 1,200"),
        value (float64; vague amounts get the conventional value in the module
        docstring), unit (str or None, what is counted, "political detainees"),
        qualifier (str, one of :data:`helpers.schemas.QUALIFIERS`), start_char, end_char
        (int64, article offsets, end exclusive).

    Raises:
        pandera.errors.SchemaErrors: never for well-formed input (contract check).

    Examples:
        >>> from helpers.structure import parse_structure
        >>> text = "Officials freed more than 40 political prisoners."
        >>> extract_quantities(parse_structure("a", text, None))[["text", "value", "unit", "qualifier"]]
                   text  value                 unit qualifier
        0  more than 40   40.0  political prisoners      over
    """
    rows: list[dict] = []
    history: list[tuple[float, str]] = []  # (value, unit) of earlier non-time quantities
    for block, doc in parsed.block_docs():
        block_units: list[str] = []  # units of this paragraph's non-time quantities
        for start, end in _runs(doc):
            span = doc[start:end]
            value, default_qual = _value(span)
            if value is None:
                continue
            unit_tok = _unit_token(span)
            if _skip(span, unit_tok):
                continue
            qual, q_start = _qualifier(doc, start, unit_tok)
            qual = qual or _postposed_qualifier(doc, end, unit_tok)
            if unit_tok is None:
                unit = _referred_unit(span, value, history)
                if unit is None and block_units and _is_elliptical(span):
                    unit = block_units[-1]
            elif unit_tok.pos_ == "PRON":  # "52 of them"
                unit = history[-1][1] if history else None
            else:
                unit = _unit_text(unit_tok, end)
            if unit is not None and not _is_time_unit(unit_tok):
                history.append((float(value), unit))
                block_units.append(unit)
            begin = block.start_char + doc[q_start].idx
            finish = block.start_char + span.end_char
            rows.append({"sentence_id": parsed.sentence_id_at(begin),
                         "text": parsed.text[begin:finish], "value": float(value), "unit": unit,
                         "qualifier": qual or default_qual, "start_char": begin, "end_char": finish})
    frame = pd.DataFrame(rows, columns=COLUMNS[1:])
    frame.insert(0, "quantity_id", range(len(frame)))
    frame.insert(0, "article_id", parsed.article_id)
    frame = frame.astype({"article_id": str, "quantity_id": "int64", "sentence_id": "int64",
                          "text": str, "value": "float64", "qualifier": str,
                          "start_char": "int64", "end_char": "int64"})
    frame["unit"] = frame["unit"].astype("str")
    return schemas.validate("quantities", frame)
