"""A time rule: a pattern, the normaliser that turns its match into a TIMEX3 value, and
examples of both (text -> value), kept together as HeidelTime keeps a rule's extraction
and normalisation in one line of its resource files (Strötgen & Gertz 2013,
https://doi.org/10.1007/s10579-012-9179-y).

The rules themselves are data in the normaliser modules (:data:`helpers.timexes.named.RULES`,
:data:`helpers.timexes.periods.RULES`, :data:`helpers.timexes.deictic.RULES`,
:data:`helpers.timexes.spans.RULES`); :data:`helpers.timexes.detect.RULES` lists them in
the order they are tried, and ``tests/timexes/test_rule_examples.py`` runs every example.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

# Publication date of the examples (a Saturday, the seed article's date) unless one gives its own.
EXAMPLE_DCT = dt.date(2025, 12, 13)
EXTENT = re.compile(r"\[([^\]]+)\]")


@dataclass(frozen=True)
class Rule:
    """One detection pattern with its normaliser and examples.

    ``kind`` names the rule in candidates and plausibility checks; group ``t`` of the
    pattern (if any) is the extent. ``normalise(match, ctx) -> Resolution``.
    ``examples`` maps a sentence with the extent in brackets ("freed on [Thursday].") to
    the TIMEX3 value, or to ``(value, "YYYY-MM-DD")`` with its own publication date."""

    kind: str
    regex: re.Pattern = field(repr=False)
    normalise: Callable = field(repr=False)
    examples: dict = field(default_factory=dict, repr=False)


def rule(kind: str, pattern: str, normalise: Callable, examples: dict | None = None) -> Rule:
    """A :class:`Rule` whose pattern cannot start or end inside a word, a number or an
    amount of money ("$2020", "2020%")."""
    return Rule(kind, re.compile(r"(?<![\w$£€])" + pattern + r"(?![\w%])"), normalise, examples or {})


@dataclass(frozen=True)
class Example:
    """A rule example ready to run: the plain text, the extent, its value and the DCT."""

    kind: str
    text: str
    extent: str
    start: int
    value: str | None
    dct: dt.date


def examples(rules: list[Rule]) -> list[Example]:
    """Every example of ``rules``, brackets removed.

    Examples:
        >>> r = rule("x", "a", None, {"It was [a].": "A", "[a] b": ("B", "2020-01-01")})
        >>> [(e.text, e.extent, e.start, e.value, str(e.dct)) for e in examples([r])]
        [('It was a.', 'a', 7, 'A', '2025-12-13'), ('a b', 'a', 0, 'B', '2020-01-01')]
    """
    out = []
    for r in rules:
        for marked, expected in r.examples.items():
            value, dct = expected if isinstance(expected, tuple) else (expected, EXAMPLE_DCT)
            m = EXTENT.search(marked)
            text = marked[: m.start()] + m.group(1) + marked[m.end() :]
            out.append(
                Example(
                    r.kind,
                    text,
                    m.group(1),
                    m.start(),
                    value,
                    dt.date.fromisoformat(dct) if isinstance(dct, str) else dct,
                )
            )
    return out
