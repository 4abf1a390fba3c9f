"""Sanction triggers: a sanction noun with a predicate that imposes or eases it ("imposed
new sanctions", "sanctions relief", "placed on the sanctions list", "eased any of its
measures", "lifted 51 mln dlrs of the sanctions", "passed the sanctions bill"), and, in an article that names
sanctions, verbs without a sanction noun of their own: a licence ("authorised
transactions with X") eases them, listing people ("listed 12 judges") imposes them,
"would not lift them" eases the sanctions named before. The words are in
:mod:`helpers.lexicon.events` (``SANCTION_PREDICATES`` from ``cameo.csv``).
"""

from __future__ import annotations

import re

from helpers.events.tokens import is_person_like, verb_object
from helpers.lexicon.events import (
    ANAPHORIC_SANCTION_NOUNS,
    CONTAINER_NOUNS,
    CONTAINER_TARGET_VERBS,
    LAW_NOUNS,
    LICENSED_NOUNS,
    LICENSING_VERBS,
    LIST_NOUNS,
    LISTING_VERBS,
    PRONOUN_OBJECTS,
    QUANTIFIER_HEADS,
    SANCTION_NOUNS,
    SANCTION_PREDICATES,
    WITH_SANCTION_VERBS,
)
from helpers.lexicon.money import CURRENCY_WORDS


def sanction_trigger(tok, sanctions_named: bool):
    """(event type, trigger token) for a sanction noun with an imposing or easing predicate."""
    lemma = tok.lemma_.lower()
    if lemma not in SANCTION_NOUNS or (lemma in ANAPHORIC_SANCTION_NOUNS and not sanctions_named):
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in WITH_SANCTION_VERBS:
        return "sanction_imposed", head.head
    if (
        tok.dep_ == "compound"
        and head.lemma_.lower() in LIST_NOUNS
        and head.dep_ == "pobj"
        and head.head.lower_ in ("on", "to")
        and head.head.head.lemma_.lower() in LISTING_VERBS
    ):
        return "sanction_imposed", head.head.head
    if (
        tok.dep_ == "pobj"
        and head.lower_ in ("of", "for")
        and (head.head.lower_ in QUANTIFIER_HEADS or head.head.lemma_.lower() in CONTAINER_NOUNS)
    ) or _amount_of(tok):
        tok, head = head.head, head.head.head  # "eased any of its measures": climb to "any"
    elif tok.dep_ == "compound" and head.lemma_.lower() in LAW_NOUNS:
        tok, head = head, head.head  # "passed the sanctions bill": the bill is what is passed
    candidates = []
    if tok.dep_ in ("dobj", "obj", "nsubjpass", "nsubj") and head.pos_ in ("VERB", "AUX"):
        candidates.append(head)
    if tok.dep_ == "pobj" and head.lower_ == "of":
        candidates.append(head.head)
    if tok.dep_ == "compound":
        candidates.append(head)
    candidates += [c for c in tok.children if c.dep_ in ("acl", "amod") and c.i != tok.i]
    for cand in candidates:
        etype = SANCTION_PREDICATES.get(cand.lemma_.lower()) or SANCTION_PREDICATES.get(cand.lower_)
        if etype:
            return etype, cand
    return None


def _amount_of(tok) -> bool:
    """A sanction noun measured by money: "imposed 300 mln dlrs in sanctions", "lifted 51 mln
    dlrs of the sanctions" (the verb governs the amount; :data:`CURRENCY_WORDS`)."""
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ in ("of", "in")
        and (head.head.lower_ in CURRENCY_WORDS or head.head.lemma_.lower() in CURRENCY_WORDS)
    )


def verbal_sanction(tok, sanctions_named: bool):
    """Sanction events without a sanction noun of their own, in an article that names
    sanctions: a licence ("authorised transactions with X", "a license allowing oil deals")
    eases them; "would not lift them" eases sanctions named before in the paragraph."""
    if not sanctions_named or tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma, obj = tok.lemma_.lower(), verb_object(tok)
    if lemma in CONTAINER_TARGET_VERBS and any(  # "A new package of measures targeted X"
        c.dep_ == "nsubj" and c.lemma_.lower() in CONTAINER_NOUNS for c in tok.children
    ):
        return "sanction_imposed"
    if obj is None:
        return None
    if _is_listing(tok, lemma, obj):
        return "sanction_imposed"
    if lemma in LICENSING_VERBS and obj.lemma_.lower() in LICENSED_NOUNS:
        return "sanction_eased"
    if SANCTION_PREDICATES.get(lemma) == "sanction_eased" and obj.lower_ in PRONOUN_OBJECTS:
        before = tok.doc[: tok.i].text
        if re.search(r"(?i)\bsanction|\bembargo", before):
            return "sanction_eased"
    return None


def _is_listing(tok, lemma: str, obj) -> bool:
    """People put on a (sanctions) list: "listed 12 judges", "were added to the list",
    "X was added in May" (passive, a person): in an article that names sanctions."""
    if not is_person_like(obj) or obj.pos_ == "PRON":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False  # "listed as political prisoners": a classification
    if lemma in ("list", "blacklist"):
        return tok.tag_ in ("VBD", "VBN") and tok.dep_ not in ("amod", "acl")
    if lemma not in LISTING_VERBS or tok.dep_ in ("amod", "acl"):
        return False
    to_list = any(c.dep_ == "prep" and any(g.lemma_.lower() in LIST_NOUNS for g in c.children) for c in tok.children)
    return to_list or (lemma == "add" and obj.dep_ == "nsubjpass")
