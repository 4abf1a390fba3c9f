"""Modality of an event (asserted, announced, promised, demanded, denied, negated,
hypothetical), read from the parse of its trigger.

A negation or "no" on the trigger -> negated; a modal may/might/could/would/should/must
-> hypothetical; "will"/"shall" -> announced; then the verbs governing the trigger through
xcomp/ccomp/object links ("demanded the release", "urged X to free", "calls for the
release", "denied holding", "promised to lift", "refused to release"), and a governing
noun's "that" clause ("a demand that X be released") give demanded, denied, promised,
announced, negated or hypothetical; an act under "without" ("without facing elections")
is negated (tests/gold_reuters/README.md, Modality). The words are in
:mod:`helpers.lexicon.modality`. A participle or
relative clause ("those freed have not been disclosed") keeps its own modality: the climb
stops at acl/relcl/amod.
"""

from __future__ import annotations

from helpers.lexicon.modality import (
    GOVERNORS,
    IMPLICATIVE_VERBS,
    LIGHT_VERBS,
    MODAL_MODALITY,
    NONSPECIFIC_DETERMINERS,
    NOUN_MODIFIERS,
)

CLIMB = {"xcomp", "ccomp", "dobj", "obj", "attr", "oprd", "nsubjpass", "pcomp"}


def _local_modality(tok) -> str | None:
    kids = list(tok.children)
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in kids):
        return "negated"
    if any(c.dep_ == "det" and c.lower_ in NONSPECIFIC_DETERMINERS for c in kids):
        return "hypothetical"  # "despite any talks to avert the curbs": no particular talks took place
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
        return "hypothetical"
    for c in kids:
        if c.dep_ == "aux" and c.lower_ in MODAL_MODALITY:
            return MODAL_MODALITY[c.lower_]
        if c.dep_ == "aux" and c.lower_ == "going" and any(g.lower_ == "to" for g in c.children):
            return "announced"
        if c.dep_ == "amod" and c.lower_ in NOUN_MODIFIERS:
            return NOUN_MODIFIERS[c.lower_]
    return None


def _clause_modal(verb) -> str | None:
    """The modality a modal auxiliary gives the clause of ``verb`` ("The meeting will
    provide ...": announced; "a meeting ... would try": hypothetical), or None. An event
    noun that is the subject of a clause happens in that clause's time: a future or modal
    clause is no report that it took place (Reichenbach 1947, event time after speech time)."""
    aux = next((c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_MODALITY), None)
    return MODAL_MODALITY.get(aux) if aux else None


def _is_intended(tok) -> bool:
    """An infinitive ("a move to impose sanctions", "tried to free them") names an act that is
    aimed at, not one that took place, unless an implicative verb governs it ("managed to
    free": :data:`helpers.lexicon.modality.IMPLICATIVE_VERBS`; Karttunen 1971)."""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return tok.head.lemma_.lower() not in IMPLICATIVE_VERBS


def governing_modality(tok) -> str | None:
    """The modality a governing verb gives the event it governs ("demand" -> demanded),
    or None (:data:`helpers.lexicon.modality.GOVERNORS`)."""
    lemma = tok.lemma_.lower()
    return next((m for m, words in GOVERNORS.items() if lemma in words), None)


def modality(tok) -> str:
    """Modality of the event triggered by ``tok`` (see the module docstring).

    Args:
        tok: a spaCy token, the event trigger (verb or event noun).

    Returns:
        One of :data:`helpers.core.schemas.MODALITIES`.
    """
    cur = tok
    for _ in range(8):
        local = _local_modality(cur)
        if local:
            if cur is not tok and cur.dep_ in ("ccomp", "xcomp") and governing_modality(cur.head) == "denied":
                return "denied"  # "deny there is going to be a coup": the denial covers the future
            return local
        head, rel = cur.head, cur.dep_
        if head == cur:
            break
        if rel == "conj":
            cur = head
            continue
        if rel in ("pcomp", "pobj") and head.lower_ == "without":
            return "negated"  # "came to power without facing elections": it did not happen
        if rel == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
            gov = governing_modality(head)  # "a demand that Mandela be released": the noun's content
            if gov:
                return gov
        if (
            rel in ("nsubj", "nsubjpass")
            and cur == tok
            and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children)
        ):
            return "hypothetical"
        if rel == "pobj" and cur == tok and head.dep_ == "prep" and _clause_modal(head.head):
            return _clause_modal(head.head)  # "will feature prominently in the talks"
        if rel == "pobj" and head.dep_ in ("prep", "agent") and head.lower_ in ("for", "to", "of", "on"):
            head = head.head
        elif rel in ("nsubj", "nsubjpass") and cur == tok and head.lemma_.lower() in LIGHT_VERBS:
            pass  # "elections will be held", "talks will resume": the verb carries the modality
        elif rel == "nsubjpass" and cur == tok and governing_modality(head):
            pass  # "the talks be discontinued", "a meeting was proposed": the verb governs the act
        elif rel in ("nsubj", "nsubjpass") and cur == tok and tok.pos_ in ("NOUN", "PROPN"):
            return _clause_modal(head) or "asserted"
        elif rel not in CLIMB or (rel == "nsubjpass" and cur == tok):
            return "hypothetical" if _is_intended(cur) else "asserted"
        gov = governing_modality(head)
        if gov:
            neg = any(c.dep_ == "neg" for c in head.children)
            return "asserted" if neg and gov in ("denied", "negated") else gov
        if _is_intended(cur):
            return "hypothetical"
        cur = head
    return "asserted"
