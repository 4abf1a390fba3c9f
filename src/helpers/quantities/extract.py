"""Quantities of an article: one number with what it counts ("over 1,200 political
detainees" -> value 1200.0, unit "political detainees", qualifier "over").

Numbers are found on spaCy tokens (``like_num``, number words, scale words), joined into
runs ("fifty-two", "two hundred and fifty", "1.2 million"), valued by
:func:`helpers.quantities.numerals.parse_number` and given the noun they count from the dependency
parse. The decisions live with the code that applies them:

* :mod:`helpers.quantities.numerals`: values of digits and number words, vague amounts ("dozens"
  = 24, "several" = 3), "a"/"an" before a time unit, and the qualifiers before the
  number ("more than" -> over) or after its noun ("or more" -> at least). ``text``
  includes the qualifier.
* :mod:`helpers.quantities.units`: what is counted (the noun, the "of" object, a
  pronoun's antecedent, the unit a bare or anaphoric number refers to, elliptical
  lists), time units (durations are quantities too), and what is not a quantity
  (years, dates, ordinals, ages, percentages, identifiers, the pronoun "one").
* :mod:`helpers.quantities.money`: amounts of money ("$6 billion", "15 billion dlrs"):
  value in currency units, ``currency`` (ISO 4217) and what the money is as ``unit``.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import schemas
from helpers.core.frames import from_rows
from helpers.core.structure import Parsed
from helpers.quantities.money import money_of, money_unit
from helpers.quantities.numerals import number_runs, qualifier_after, qualifier_before, run_value
from helpers.quantities.units import (
    is_elliptical,
    is_skipped,
    is_time_unit,
    referred_unit,
    unit_text,
    unit_token,
)


def extract_quantities(parsed: Parsed) -> pd.DataFrame:
    """Numbers of an article with what they count.

    Args:
        parsed: the article from :func:`helpers.core.structure.parse_structure`.

    Returns:
        The ``quantities`` table (contract checked by the pipeline), one row
        per number in text order: article_id (str), quantity_id (int64, 0..n-1),
        sentence_id (int64), text (str, the number with its qualifier, "over 1,200"),
        value (float64; vague amounts get the conventional value in
        :mod:`helpers.quantities.numerals`), unit (str or None, what is counted, "political detainees"),
        qualifier (str, one of :data:`helpers.core.schemas.QUALIFIERS`), currency (str or
        None: ISO 4217 code of an amount of money, "USD"), start_char, end_char (int64,
        article offsets, end exclusive).

    Examples:
        >>> from helpers.core.structure import parse_structure
        >>> text = "Officials freed more than 40 political prisoners."
        >>> extract_quantities(parse_structure("a", text, None))[["text", "value", "unit", "qualifier"]]
                   text  value                 unit qualifier
        0  more than 40   40.0  political prisoners      over
    """
    rows: list[dict] = []
    history: list[tuple[float, str]] = []  # (value, unit) of earlier non-time quantities
    for block, doc in parsed.block_docs():
        block_units: list[str] = []  # units of this paragraph's non-time quantities
        for start, end in number_runs(doc):
            span = doc[start:end]
            value, default_qual = run_value(span)
            if value is None:
                continue
            money = money_of(span)
            unit_tok = unit_token(span) if money is None else None
            if money is None and is_skipped(span, unit_tok):
                continue
            first, last = (money.start, money.end) if money is not None else (start, end)
            qual, q_start = qualifier_before(doc, first, unit_tok)
            qual = qual or qualifier_after(doc, last, unit_tok)
            if money is not None:
                unit = money_unit(money)
            else:
                unit = _counted_unit(span, unit_tok, value, history, block_units)
                if unit is not None and not is_time_unit(unit_tok):
                    history.append((float(value), unit))
                    block_units.append(unit)
            begin = block.start_char + doc[q_start].idx
            finish = block.start_char + doc[first:last].end_char
            rows.append(
                {
                    "sentence_id": parsed.sentence_id_at(begin),
                    "text": parsed.text[begin:finish],
                    "value": float(value),
                    "unit": unit,
                    "qualifier": qual or default_qual,
                    "currency": money.code if money is not None else None,
                    "start_char": begin,
                    "end_char": finish,
                }
            )
    for i, row in enumerate(rows):
        row["quantity_id"], row["article_id"] = i, parsed.article_id
    return from_rows(
        rows,
        schemas.columns("quantities"),
        {
            **dict.fromkeys(("article_id", "text", "unit", "qualifier", "currency"), str),
            **dict.fromkeys(("quantity_id", "sentence_id", "start_char", "end_char"), "int64"),
            "value": "float64",
        },
    )


def _counted_unit(span, unit_tok, value: float, history: list[tuple[float, str]], block_units: list[str]) -> str | None:
    """What a number that is not money counts: its noun, a pronoun's antecedent (the last
    quantity's unit), the unit it refers to, or the paragraph's last unit when elliptical."""
    if unit_tok is None:
        unit = referred_unit(span, value, history)
        if unit is None and block_units and is_elliptical(span):
            unit = block_units[-1]
        return unit
    if unit_tok.pos_ == "PRON":  # "52 of them"
        return history[-1][1] if history else None
    return unit_text(unit_tok, span.end)
