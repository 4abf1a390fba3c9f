"""Place names that stand for their government (``stands_for``), read from the parse."""

from __future__ import annotations

from helpers.entities.gazetteer import APOSTROPHES, GazEntry
from helpers.lexicon.places import AGENT_NOUNS, GOVERNMENT_PREPS, PLACE_NOUNS, PLACE_VERBS, STATIVE_VERBS


def mention_stands_for(span, label: str, entry: GazEntry | None = None) -> str | None:
    """ "government" when a place name stands for its government, else None.

    Applies to GPE mentions and to gazetteer seats of government (``seat_of``: capitals,
    "Kremlin", "White House"). Read from the dependency parse of the name's head (after
    climbing coordination "Washington and Minsk"): subject of a verb that is not stative
    ("Minsk agreed", not "Belarus remains"); possessor of a noun that is not a place
    property ("Washington's policy", not "Minsk's streets"); object of toward, with,
    against, on, by, between ("toward Minsk"); object of a verb that is not movement or
    attack ("isolating Minsk", not "visited Minsk"); modifier of an agent noun
    ("U.S. sanctions", "EU envoy"). Word lists: in
    :mod:`helpers.lexicon.places`.
    """
    if label != "GPE" and not (entry and entry.seat_of):
        return None
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    head = tok.head.lemma_.lower()
    dep = tok.dep_
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text.translate(APOSTROPHES) in ("'s", "'") and tok.head.pos_ == "NOUN":
        dep = "poss"  # "the United States’ dialog": the parser misses a bare apostrophe
    government = (
        (dep == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and head not in STATIVE_VERBS)
        or (dep == "poss" and head not in PLACE_NOUNS)
        or (dep == "pobj" and head in GOVERNMENT_PREPS)
        or (dep == "dobj" and tok.head.pos_ == "VERB" and head not in PLACE_VERBS)
        or (dep in ("compound", "nmod", "amod") and head in AGENT_NOUNS)
    )
    return "government" if government else None
