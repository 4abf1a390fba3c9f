"""Numbers as written in news text: digits, words and scales ("1,200", "fifty-two", "two
hundred and fifty", "1.2 million"), vague amounts and the qualifiers around them. The
first layer of :mod:`helpers.quantities.extract`, which adds what each number counts
(:mod:`helpers.quantities.units`).

Numbers are found on spaCy tokens (``like_num``, number words, scale words), joined into
runs (:func:`number_runs`) and valued by :func:`parse_number` (:func:`run_value`).
Decisions:

* Vague numbers (:data:`VAGUE`): plural scale words are lower bounds ("dozens" = 24,
  "hundreds" = 200, "thousands" = 2,000, qualifier "at least"); "several" and "a few"
  are 3 with qualifier "several"; "a dozen" is 12, qualifier "about".
* "a"/"an" counts one before a time unit ("an hour", "a year ago"), not in "twice a
  year", "65 tonnes a year": rates.
* Qualifiers (:data:`QUALIFIER_PHRASES`) are the words right before the number: "more
  than"/"over" -> over, "nearly"/"almost" -> almost, "some"/"about"/"around" -> about,
  "at least", "fewer than"/"under" -> under, "up to"/"as many as"/"within" -> up to;
  after the counted noun (:data:`POSTPOSED_QUALIFIERS`), "or more" -> at least, "or so"
  -> about, "or fewer" -> up to ("10 years or more"). A preposition "over"/"under"/"about"
  attached to a noun ("talks over two days") is not a qualifier.
"""

from __future__ import annotations

import re

from helpers.lexicon.calendar import TIME_UNITS as CALENDAR_UNITS
from helpers.lexicon.numbers import (
    ARTICLES,
    COUPLE,
    FREQUENCY_WORDS,
    MULTIPLIERS,
    POSTPOSED_QUALIFIERS,
    QUALIFIER_PHRASES,
    SCALES,
    SMALL,
    TENS,
    VAGUE,
)

PREPOSITION_QUALIFIERS = {"over", "under", "about", "around", "above", "below"}
# Units of time (lemmas) counted as quantities: counted by "a"/"an" ("an hour") and given
# in the plural as units; nights too ("two nights"), not quarters ("three quarters of them").
TIME_UNITS = (set(CALENDAR_UNITS) - {"quarter"}) | {"night"}
ORDINAL = re.compile(r"(?i)^(?:\d+(?:st|nd|rd|th)|first|second|third|\w+th|\w+ieth)$")
DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(words: str | list[str]) -> float | None:
    """Value of a number written in digits and/or words: the project's one number parser.

    Args:
        words: the tokens of one number, e.g. ``["1.2", "million"]``, ``["fifty", "-",
            "two"]``, ``["two", "hundred", "and", "fifty"]``, ``["a", "dozen"]``; or a
            string, split at spaces and hyphens ("one hundred and twenty", "a couple of").

    Returns:
        The value as a float, or None if a token is not part of a number (vague words:
        "several", "few").

    Examples:
        >>> parse_number(["1,200"]), parse_number(["fifty", "-", "two"]), parse_number(["1.2", "million"])
        (1200.0, 52.0, 1200000.0)
        >>> parse_number("one hundred and twenty"), parse_number("a couple of"), parse_number("several")
        (120.0, 2.0, None)
    """
    if isinstance(words, str):
        words = words.lower().strip()
        if words in COUPLE:
            return float(COUPLE[words])
        words = re.split(r"[\s-]+", words)
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
        elif w in ARTICLES and not seen:
            current += ARTICLES[w]
        elif w in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[w]
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
    return (tok.like_num and parse_number([low]) is not None) or low in ("hundred", "dozen") or low in SCALES


def number_runs(doc):
    """Yield ``(start, end)`` token index ranges (end exclusive) of numbers and vague amounts.

    Args:
        doc: a parsed spaCy Doc (one block of the article).

    Yields:
        tuple[int, int]: token indices of one run, in text order ("fifty - two", "1.2
        million", "a dozen", "several dozen", "tens of thousands", "an" before "hour").
    """
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        low = tok.lower_
        scaled = _of_scale(doc, i) if low in ("tens", "hundreds") else None
        if scaled is not None:  # "tens of thousands", "tens-of-billions"
            yield i, scaled
            i = scaled
            continue
        if low in VAGUE and not (low == "few" and (i == 0 or doc[i - 1].lower_ != "a")):
            start = i - 1 if low == "few" else i
            end = i + 1
            if low == "several" and end < n and doc[end].lower_ == "dozen":
                end += 1
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


def _of_scale(doc, i: int) -> int | None:
    """End index of "of" and a plural scale word after token ``i``, hyphens allowed
    ("tens of thousands", "tens-of-billions"), or None."""
    j = i + 1
    words = []
    while j < len(doc) and len(words) < 2:
        if doc[j].text not in ("-", "–"):
            words.append(doc[j].lower_)
        j += 1
    if words[:1] == ["of"] and len(words) == 2 and words[1][:-1] in SCALES and words[1].endswith("s"):
        return j
    return None


def _one_time_unit(doc, i: int) -> bool:
    """True for the article "a"/"an" counting one unit of time: "within an hour", "a year
    ago"; not a frequency ("twice a year", "once a day"), not a rate after a noun or
    number ("65 tonnes a year", "$4 million a year"), not "a second" (an ordinal)."""
    if doc[i].lower_ not in ("a", "an") or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return (
        nxt.tag_ == "NN"
        and nxt.lemma_.lower() in TIME_UNITS - {"second", "night"}
        and (
            i == 0
            or (doc[i - 1].lower_ not in FREQUENCY_WORDS and doc[i - 1].pos_ not in ("NOUN", "PROPN", "NUM", "SYM"))
        )
    )


def _joins(prev, tok) -> bool:
    """True if ``tok`` joins two number words: "fifty-two", "two hundred and fifty"."""
    if tok.text in ("-", "–"):
        return prev.whitespace_ == "" and tok.whitespace_ == "" and prev.lower_ in TENS
    return tok.lower_ == "and" and prev.lower_ in ("hundred", "thousand", "million")


def run_value(span) -> tuple[float | None, str]:
    """Value and default qualifier of a run.

    Args:
        span: a spaCy Span from :func:`number_runs`.

    Returns:
        ``(value, qualifier)``: the value as a float (None if not a number) and the
        qualifier it carries itself ("exact"; :data:`VAGUE` ones; "about" for "a dozen").
    """
    words = [t.lower_ for t in span if t.text not in ("-", "–")]
    if len(words) == 3 and words[1] == "of" and words[-1][:-1] in SCALES:  # "tens of thousands"
        return VAGUE[words[0]][0] * SCALES[words[-1][:-1]], "at least"
    if words[-1] in VAGUE or words[0] == "several":
        value, qual = VAGUE[words[0] if words[0] == "several" else words[-1]]
        if words[0] == "several" and words[-1] == "dozen":
            value = 36.0
        return value, qual
    value = parse_number(words)
    return value, ("about" if words[-1] == "dozen" and words[0] in ("a", "one") and len(words) == 2 else "exact")


def qualifier_before(doc, start: int, head) -> tuple[str | None, int]:
    """Qualifier words right before the number.

    Args:
        doc: the spaCy Doc; start: token index where the number run starts; head: the
            counted token (spaCy Token) or None.

    Returns:
        ``(qualifier, index)``: a key of :data:`QUALIFIER_PHRASES` or None, and the token
        index where the qualifier starts (``start`` when there is none).
    """
    for qual, phrases in QUALIFIER_PHRASES.items():
        for phrase in sorted(phrases, key=len, reverse=True):
            words = phrase.split()
            i = start - len(words)
            if i < 0 or [t.lower_ for t in doc[i:start]] != words:
                continue
            first = doc[i]
            if (
                len(words) == 1
                and first.lower_ in PREPOSITION_QUALIFIERS
                and first.dep_ == "prep"
                and (first.head.pos_ in ("NOUN", "PROPN") or (head is not None and head.lemma_.lower() in TIME_UNITS))
            ):
                return None, start  # "talks over two days": a preposition
            if first.lower_ == "some" and head is None:
                return None, start
            return qual, i
    return None, start


def qualifier_after(doc, end: int, unit_tok) -> str | None:
    """Qualifier written after the number or its counted noun: "10 years or more".

    Args:
        doc: the spaCy Doc; end: token index after the number run; unit_tok: the
            counted token or None.

    Returns:
        A value of :data:`POSTPOSED_QUALIFIERS` ("at least", "about", "up to") or None.
    """
    after = unit_tok.i + 1 if unit_tok is not None and unit_tok.i >= end else end
    return POSTPOSED_QUALIFIERS.get(tuple(t.lower_ for t in doc[after : after + 2]))
