"""Counts of the people an event applies to, beyond the first number in its patient.

* "X and 13 other prisoners", "X, Y and five others", "X and two fellow officers": the
  number counts the *others*, so
  the named people conjoined with it are added (:func:`with_named_others`);
* "sentenced X along with Y and four other defendants": the companions sentenced with the
  patient are counted with it (:func:`with_companions`);
* "several Americans", "a number of prisoners": a vague quantifier gives no count
  (:data:`VAGUE_QUALIFIERS`; tests/gold/README.md: "count = the number of people or
  targets the text gives, else null").
"""

from __future__ import annotations

from helpers.events.tokens import clause_verb, is_person_like
from helpers.lexicon.calendar import COUNTED_UNITS
from helpers.lexicon.people import PERSON_NOUNS
from helpers.quantities.numerals import parse_number

VAGUE_QUALIFIERS = {"several"}
OTHER_WORDS = {"other", "others", "more", "fellow"}
COMPANION_ADVERBS = {"along", "together"}  # "along with", "together with"


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


def summed_groups(patient, count: int | None) -> int | None:
    """The number of people a conjunction of counted groups names: "three Americans, two
    Spaniards and a Czech citizen" -> 6 (tests/modern5/README.md, 239: count 6), when ``count``
    is the first group's number and every conjunct is a number before a person noun or one
    person ("a Czech citizen"); otherwise ``count`` as it is.

    Args:
        patient: the spaCy token heading the patient noun phrase, or None.
        count: the number found in the patient, or None.
    """
    if patient is None or count is None or not patient.conjuncts:
        return count
    sizes = [_group_size(c) for c in (patient, *patient.conjuncts)]
    return sum(sizes) if None not in sizes and sizes[0] == count else count


def _group_size(tok) -> int | None:
    """The people a conjunct names: 1 for one person, its number for a counted group of
    people ("two Spaniards"), else None: "10 sailors and their two patrol boats" are 10
    people, so a counted noun must name persons (a nationality, a person noun of
    :data:`helpers.lexicon.people.PERSON_NOUNS`), not only carry a number."""
    if one_person(tok):
        return 1
    num = next((c for c in tok.children if c.dep_ == "nummod"), None)
    people = tok.ent_type_ in ("PERSON", "NORP") or tok.lemma_.lower() in PERSON_NOUNS
    value = parse_number(num.text) if num is not None and people else None
    return int(value) if value and value == int(value) else None


def _named_person(tok) -> bool:
    """A person's name ("Glass", "Ali Usayran"): tagged PERSON by the recogniser."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"


def with_companions(trig, patient, count: int | None) -> int | None:
    """``count`` of the patient plus the people "along with" or "together with" it in the
    trigger's clause: "sentenced him to 14 years along with Y and four other defendants" -> 6.

    Args:
        trig: the trigger token (a verb).
        patient: the spaCy token heading the patient noun phrase, or None.
        count: the people counted in the patient, or None (one person, :func:`_one_individual`,
            counts one here).

    Returns:
        The sum when every companion is counted (a number or one person) and the patient
        is; else ``count``. Source: tests/gold/README.md ("count = the number of people
        ... the text gives"); tests/modern/README.md 202 (six sentenced together).
    """
    if patient is None or trig.pos_ not in ("VERB", "AUX"):
        return count
    base = count if count is not None else (1 if _one_individual(patient) else None)
    if base is None:
        return count
    withs = [  # "along with X" (the parse: along -> with) and "together with X" (with -> together)
        t
        for t in trig.subtree
        if t.lower_ == "with"
        and clause_verb(t) == trig
        and (t.head.lower_ in COMPANION_ADVERBS or any(c.lower_ in COMPANION_ADVERBS for c in t.children))
    ]
    companions = [g for w in withs for g in w.children if g.dep_ == "pobj"]
    if not companions:
        return count
    members = [c for g in companions for c in (g, *g.conjuncts)]
    members += [c for g in companions for a in g.children if a.dep_ == "appos" for c in a.conjuncts]
    added = 0
    for c in members:  # "the blogger X and four other defendants": the parse joins them to X
        number = next((parse_number(n.text) for n in c.children if n.dep_ == "nummod"), None)
        if number is None and not _one_individual(c):
            return count
        added += int(number) if number else 1
    return base + added


def _one_individual(tok) -> bool:
    """One person: a name, "him"/"her", or a singular person noun ("their teacher", "the
    activist Ales Bialiatski")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("him", "her")
    return _named_person(tok) or (tok.tag_ == "NN" and is_person_like(tok))


def respective_terms(trig) -> int:
    """How many terms a sentencing verb gives in one phrase ("sentenced X and Y to 13 and 12
    years": 2; "to 10, nine and seven years respectively": 3), or 0 for one term. Terms listed
    against people listed are one term each, in order (the distributive reading of coordination,
    "respectively": Quirk et al. 1985, 13.64): each person's sentence is an act of its own, as
    the annotated sets have it (tests/modern10 282, tests/modern14 308)."""
    for prep in trig.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for unit in prep.children:
            if unit.dep_ == "pobj" and unit.lemma_.lower() in COUNTED_UNITS:
                numbers = [t for t in unit.subtree if t.i < unit.i and t.like_num and t.dep_ in ("nummod", "conj")]
                return len(numbers) if len(numbers) > 1 else 0
    return 0
