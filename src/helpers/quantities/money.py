"""Amounts of money: "$6 billion", "€1.2 million", "2.4 billion dollars", "15 billion dlrs"
(Reuters 1987 style), "tens of billions of dollars". A layer of
:mod:`helpers.quantities.extract` on the number runs of :mod:`helpers.quantities.numerals`.

Decisions:

* An amount of money is a number run with a currency symbol right before it
  (:data:`helpers.lexicon.money.CURRENCY_SYMBOLS`) or a currency word right after it,
  possibly after "of" or a country adjective ("billions of dollars", "5 mln Canadian
  dlrs"; :data:`helpers.lexicon.money.CURRENCY_WORDS`). ``currency`` is its ISO 4217
  code; "pounds of" (weight) is not money.
* ``value`` is in currency units (6e9 for "$6 billion"); ``text`` runs from the
  qualifier or symbol to the currency word.
* ``unit`` is what the money is, as the parse shows it: the noun the amount modifies
  ("a $6 billion deal" -> deal) or the object of its "in"/"of"/"for" ("$6 billion in
  frozen funds" -> funds, "2.4 billion dollars of oil revenue" -> oil revenue); None
  when the text does not say.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers.lexicon.money import CURRENCY_ADJECTIVES, CURRENCY_SYMBOLS, CURRENCY_WORDS
from helpers.quantities.units import run_root, unit_text

WHAT_PREPOSITIONS = {"in", "of", "for"}
MODIFIER_DEPS = {"compound", "nmod", "amod", "nummod", "quantmod"}


@dataclass(frozen=True)
class Money:
    """The currency of a number run: ISO 4217 ``code``, token indices ``start`` (the
    symbol, else the run's start) and ``end`` (after the currency word, else the run's
    end), and ``head``: the token standing for the amount in the parse."""

    code: str
    start: int
    end: int
    head: object


def _symbol_before(doc, start: int) -> str | None:
    """ISO code of a currency symbol right before token ``start`` ("$", "US$", "€")."""
    if start == 0:
        return None
    return CURRENCY_SYMBOLS.get(doc[start - 1].lower_)


def _skip_hyphens(doc, i: int) -> int:
    while i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    return i


def _word_after(doc, end: int) -> tuple[str, int] | None:
    """ISO code and end index of a currency word after token ``end``: "dollars", "of
    dollars", "Canadian dollars"; "pounds of" (a weight) is not."""
    i = _skip_hyphens(doc, end)
    if i < len(doc) and doc[i].lower_ == "of":  # "billions of dollars", "tens-of-billions-of-dollars"
        i = _skip_hyphens(doc, i + 1)
    adjective = []
    while (
        i < len(doc) and len(adjective) < 2 and doc[i].lower_ not in CURRENCY_WORDS and doc[i].pos_ in ("ADJ", "PROPN")
    ):
        adjective.append(doc[i].lower_)
        i += 1
    if i >= len(doc) or doc[i].lower_ not in CURRENCY_WORDS:
        return None
    if doc[i].lower_.startswith("pound") and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        return None
    code = CURRENCY_WORDS[doc[i].lower_]
    if adjective:
        code = CURRENCY_ADJECTIVES.get((" ".join(adjective), code))
        if code is None:
            return None
    return code, i + 1


def money_of(span) -> Money | None:
    """The :class:`Money` of a number run (spaCy Span), or None if it is not money.

    Examples:
        >>> from helpers.core.nlp import get_nlp
        >>> doc = get_nlp()("Iran got $6 billion and 15 billion dlrs.")
        >>> [money_of(doc[a:b]).code for a, b in ((3, 5), (6, 8))]
        ['USD', 'USD']
    """
    doc = span.doc
    code = _symbol_before(doc, span.start)
    if code is not None:
        return Money(code, span.start - 1, span.end, run_root(span))
    after = _word_after(doc, span.end)
    if after is None:
        return None
    return Money(after[0], span.start, after[1], doc[after[1] - 1])


def money_unit(money: Money) -> str | None:
    """What an amount of money is (see the module's decisions): a noun phrase by
    :func:`helpers.quantities.units.unit_text`, or None."""
    head = money.head
    doc = head.doc
    for tok in (head, doc[money.end - 1]):
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in WHAT_PREPOSITIONS and child.i >= money.end:
                pobj = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
                if pobj is not None:
                    return unit_text(pobj, child.i + 1)
    outer = head
    while outer.dep_ in MODIFIER_DEPS and money.start <= outer.head.i < money.end:
        outer = outer.head
    if outer.dep_ in MODIFIER_DEPS and outer.head.i >= money.end and outer.head.pos_ == "NOUN":
        return unit_text(outer.head, money.end)
    return None
