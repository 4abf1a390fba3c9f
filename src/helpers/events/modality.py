"""Modality of an event (asserted, announced, promised, demanded, denied, negated,
hypothetical), read from the parse of its trigger.

A negation or "no" on the trigger -> negated; a modal may/might/could/would/should ->
hypothetical; "will"/"shall" -> announced; then the verbs governing the trigger through
xcomp/ccomp/object links ("demanded the release", "urged X to free", "calls for the
release", "denied holding", "promised to lift", "refused to release") give demanded,
denied, promised, announced, negated or hypothetical (:data:`GOVERNORS`). A participle or
relative clause ("those freed have not been disclosed") keeps its own modality: the climb
stops at acl/relcl/amod.
"""
from __future__ import annotations

GOVERNORS = {
    "demanded": {"demand", "call", "urge", "press", "insist", "appeal", "ask", "request", "seek",
                 "push", "plead", "petition", "plea", "lobby", "campaign"},
    "denied": {"deny", "refute"},
    "promised": {"promise", "pledge", "vow", "commit", "offer", "guarantee", "undertake"},
    "announced": {"announce", "plan", "intend", "expect", "threaten", "prepare", "aim", "propose",
                  "schedule", "set"},
    "negated": {"refuse", "reject", "fail", "decline", "avoid", "oppose", "resist"},
    "hypothetical": {"consider", "weigh", "explore", "hope", "want", "wish", "may", "might"},
}
MODALS = {"may": "hypothetical", "might": "hypothetical", "could": "hypothetical",
          "would": "hypothetical", "should": "hypothetical", "can": "hypothetical",
          "will": "announced", "shall": "announced", "'ll": "announced", "wo": "announced"}
NOUN_MODIFIERS = {"possible": "hypothetical", "potential": "hypothetical",
                  "proposed": "announced", "planned": "announced", "upcoming": "announced",
                  "expected": "announced", "scheduled": "announced"}
LIGHT_VERBS = {"hold", "conduct", "stage", "resume", "begin", "start", "open", "launch",
               "continue", "take", "happen", "occur", "go"}
CLIMB = {"xcomp", "ccomp", "dobj", "obj", "attr", "oprd", "nsubjpass", "pcomp"}


def _local_modality(tok) -> str | None:
    kids = list(tok.children)
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in kids):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
        return "hypothetical"
    for c in kids:
        if c.dep_ == "aux" and c.lower_ in MODALS:
            return MODALS[c.lower_]
        if c.dep_ == "aux" and c.lower_ == "going" and any(g.lower_ == "to" for g in c.children):
            return "announced"
        if c.dep_ == "amod" and c.lower_ in NOUN_MODIFIERS:
            return NOUN_MODIFIERS[c.lower_]
    return None


def governing_modality(tok) -> str | None:
    """The modality a governing verb gives the event it governs ("demand" -> demanded),
    or None (:data:`GOVERNORS`)."""
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
            return local
        head, rel = cur.head, cur.dep_
        if head == cur:
            break
        if rel == "conj":
            cur = head
            continue
        if rel in ("nsubj", "nsubjpass") and cur == tok and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children):
            return "hypothetical"
        if rel == "pobj" and head.dep_ in ("prep", "agent") and head.lower_ in ("for", "to", "of", "on"):
            head = head.head
        elif rel in ("nsubj", "nsubjpass") and cur == tok and head.lemma_.lower() in LIGHT_VERBS:
            pass  # "elections will be held", "talks will resume": the verb carries the modality
        elif rel not in CLIMB or (rel == "nsubjpass" and cur == tok):
            break
        gov = governing_modality(head)
        if gov:
            neg = any(c.dep_ == "neg" for c in head.children)
            return "asserted" if neg and gov in ("denied", "negated") else gov
        cur = head
    return "asserted"
