"""Counts of the people an event applies to, beyond the first number in its patient.

* "X and 13 other prisoners", "X, Y and five others": the number counts the *others*, so
  the named people conjoined with it are added (:func:`with_named_others`);
* "several Americans", "a number of prisoners": a vague quantifier gives no count
  (:data:`VAGUE_QUALIFIERS`; tests/gold/README.md: "count = the number of people or
  targets the text gives, else null").
"""

from __future__ import annotations

VAGUE_QUALIFIERS = {"several"}
OTHER_WORDS = {"other", "others", "more"}


def with_named_others(patient, count: int | None) -> int | None:
    """``count`` plus the named conjuncts of a group counted as "N other(s)".

    Args:
        patient: the spaCy token heading the patient noun phrase.
        count: the number found in the patient (people), or None.

    Returns:
        ``count`` + the number of conjuncts that are names (PROPN) when the counted
        conjunct says "other(s)"/"more" ("X and 13 other prisoners" -> 14); else ``count``.
    """
    if patient is None or count is None:
        return count
    conjuncts = [patient, *patient.conjuncts]
    counted = [
        c
        for c in conjuncts
        if any(t.lower_ in OTHER_WORDS for t in (c, *c.children)) and any(t.like_num for t in c.subtree)
    ]
    if len(counted) != 1:
        return count
    named = [c for c in conjuncts if c is not counted[0] and c.pos_ == "PROPN"]
    return count + len(named)
