"""Who a speaker is: grammatical gender of persons, and names in apposition to role nouns.

Used by :mod:`helpers.quotes.extract` to resolve ``he said`` / ``she said`` and ``said her
brother, Kian Farahani``. Gender is read only from cues in the article itself, never
guessed from a first name:

* an honorific before the name (``Mr.``, ``Mrs.``, ``Ms.``, ``Miss``);
* a gendered role noun as a title before the name (``actress Jane Doe``) or in
  apposition (``his wife, Jane Doe``; ``Jane Doe, a spokeswoman for ...``);
* a he/she (or his/her) pronoun later in the same sentence, in the clause of the verb
  whose subject the name is, with no other person named in between
  (``Anna Ivanova said she was tired``); not a pronoun inside the subject's own
  modifiers, which refers to someone else (``Anna, who flew in to see him, said``: a
  relative pronoun's clause names other people, as in binding theory's Principle B,
  https://en.wikipedia.org/wiki/Binding_(linguistics)).

A pronoun may then only refer to a person whose gender is unknown or agrees with it
(the agreement filter of Hobbs 1978 and Lappin & Leass 1994,
https://aclanthology.org/J94-4002/). Gendered nouns follow English grammar references on
natural gender (e.g. https://dictionary.cambridge.org/grammar/british-grammar/nouns-and-gender);
the word lists are in :mod:`helpers.lexicon.people`.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from helpers.lexicon.people import HONORIFIC_GENDER, PRONOUN_GENDER, ROLE_GENDER, ROLE_NOUNS

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def role_gender(token) -> str | None:
    """'f', 'm' or None for a role noun token (``spokeswoman`` -> 'f')."""
    return ROLE_GENDER.get(token.lower_) if token.pos_ in ("NOUN", "PROPN") else None


def is_person_noun(token) -> bool:
    """True if a common noun denotes a person (gendered or in :data:`helpers.lexicon.people.ROLE_NOUNS`)."""
    return token.pos_ == "NOUN" and (token.lower_ in ROLE_GENDER or token.lemma_.lower() in ROLE_NOUNS)


def apposed_name(noun, spans: list):
    """The named span in apposition to a role noun, or None.

    Args:
        noun: a spaCy token, e.g. ``brother`` in ``said her brother, Kian Farahani``.
        spans: spaCy spans of the named mentions of the noun's doc.

    Returns:
        The span whose root is an ``appos`` child of ``noun`` (or the span ``noun`` itself
        is in apposition to), else the span that starts right after ``noun``'s phrase and
        a comma; None if there is none.
    """
    for span in spans:
        root = span.root
        if root.dep_ == "appos" and root.head.i == noun.i:
            return span
        if noun.dep_ == "appos" and noun.head.i in range(span.start, span.end):
            return span
    right = noun.right_edge.i
    doc = noun.doc
    if right + 1 < len(doc) and doc[right + 1].text == ",":
        return next((s for s in spans if s.start == right + 2), None)
    return None


def apposed_proper_noun(noun):
    """A proper noun in apposition to ``noun`` that no mention covers
    ('said her brother, Omid Rahimi' when the recogniser missed the name), or None."""
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def mention_cues(span, person_spans: list) -> list[str]:
    """Gender cues ('f'/'m') of one named mention (a spaCy span).

    Args:
        span: the mention.
        person_spans: spans of the person mentions of the same doc (a pronoun after
            another person's name is not a cue for this one).

    Returns:
        One 'f' or 'm' per cue found, in the order honorific, title, apposition, pronoun.
    """
    doc, cues = span.doc, []
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.dep_ != "poss":
        key = before.lower_.rstrip(".")
        if key in HONORIFIC_GENDER:
            cues.append(HONORIFIC_GENDER[key])
        elif (g := role_gender(before)) is not None:
            cues.append(g)  # 'actress Jane Doe'
    first = span[0].lower_.rstrip(".")
    if first in HONORIFIC_GENDER and len(span) > 1:
        cues.append(HONORIFIC_GENDER[first])
    root = span.root
    if root.dep_ == "appos" and (g := role_gender(root.head)) is not None:
        cues.append(g)  # 'his wife, Jane Doe'
    cues += [g for c in root.children if c.dep_ == "appos" and (g := role_gender(c)) is not None]
    pronoun = _clause_pronoun(span, person_spans)
    if pronoun is not None:
        cues.append(PRONOUN_GENDER[pronoun.lower_])
    return cues


def _clause_pronoun(span, person_spans: list):
    """'Anna Ivanova said she ...': the first he/she/his/her after a subject name in its
    verb's clause, unless another person is named in between; else None."""
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    if root.dep_ not in SUBJECT_DEPS:
        return None
    verb = root.head
    own = {t.i for t in root.subtree}  # 'Anna, who came to see him, said': not a cue
    others = [s.start for s in person_spans if s.start >= span.end]
    for tok in verb.subtree:
        if tok.i < span.end or tok.lower_ not in PRONOUN_GENDER or tok.i in own:
            continue
        if any(o < tok.i for o in others):
            return None
        same_clause = tok.head.i == verb.i and tok.dep_ not in SUBJECT_DEPS and tok.dep_ != "poss"
        # 'X told her', 'X spoke to him': an object of X's own verb is someone else (binding
        # theory, principle B: Chomsky 1981); 'X said police beat him' may be X
        own_object = tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == verb.i
        return None if same_clause or own_object else tok
    return None


def vote(cues: list[str]) -> str | None:
    """The gender most cues agree on, None if there are none or a tie.

    Examples:
        >>> vote(["f", "f", "m"]), vote(["f", "m"]), vote([])
        ('f', None, None)
    """
    top = Counter(cues).most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def agrees(pronoun: str, gender: str | None) -> bool:
    """True unless a gendered pronoun and a known gender disagree."""
    want = PRONOUN_GENDER.get(pronoun.lower())
    return want is None or gender is None or gender == want


def entity_key(mention):
    """Key of a mention's entity: its entity_id, else its start_char."""
    return mention.start_char if pd.isna(mention.entity_id) else int(mention.entity_id)


def person_starts(mentions: list, spans: dict) -> set[int]:
    """Start offsets of the mentions that name a person.

    Args:
        mentions: rows of the ``mentions`` table (label, start_char, ...).
        spans: start_char -> the mention's spaCy span (or None).

    Returns:
        The start_char of every PERSON mention and of every other named mention in
        apposition to a noun for a person (``Another supporter, Natallia Sauchuk``).
    """
    out = set()
    for m in mentions:
        span = spans.get(m.start_char)
        if m.label == "PERSON":
            out.add(m.start_char)
        elif span is not None and (
            (span.root.dep_ == "appos" and is_person_noun(span.root.head))
            or any(c.dep_ == "appos" and is_person_noun(c) for c in span.root.children)
        ):
            out.add(m.start_char)
    return out


def entity_genders(mentions: list, spans: dict, persons: set[int]) -> dict:
    """Gender of each person entity from the cues of all its mentions.

    Args:
        mentions: rows of the ``mentions`` table (entity_id, start_char, ...).
        spans: start_char -> the mention's spaCy span (or None).
        persons: start_char of the person mentions (:func:`person_starts`).

    Returns:
        ``{entity_key: 'f' | 'm'}`` (:func:`entity_key`) for entities whose cues
        (:func:`mention_cues`) give a majority; others are left out.
    """
    cues: dict = {}
    for m in mentions:
        span = spans.get(m.start_char)
        if m.start_char in persons and span is not None:
            same_doc = [spans[k] for k in persons if spans.get(k) is not None and spans[k].doc is span.doc]
            cues.setdefault(entity_key(m), []).extend(mention_cues(span, same_doc))
    return {k: g for k, v in cues.items() if (g := vote(v)) is not None}
