"""Every example of every time rule (:data:`helpers.timexes.detect.RULES`): the bracketed
extent is found as one timex, with the rule's value."""

from __future__ import annotations

import pytest

from helpers.timexes.detect import RULES
from helpers.timexes.extract import timexes_in_text
from helpers.timexes.rules import examples

EXAMPLES = examples(RULES)


def test_every_rule_has_an_example():
    kinds = {r.kind for r in RULES if not r.examples}
    assert not kinds, f"rules without examples: {sorted(kinds)}"


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.kind}: {e.text}" for e in EXAMPLES])
def test_rule_example(example):
    found = timexes_in_text(example.text, example.dct)
    at = [(t["text"], t["value"]) for t in found if t["start"] == example.start]
    assert at == [(example.extent, example.value)], found
