"""Words of modality: the auxiliaries and verbs that make a reported act future, possible,
demanded, promised or refused. Shared by the events (:mod:`helpers.events.modality`) and
the anchoring of time expressions (:mod:`helpers.timexes.anchor`).

Modal auxiliaries are closed-class words (Quirk et al. 1985, *A Comprehensive Grammar of the
English Language*, §3.40-3.51; Penn Treebank tag MD): "will"/"shall" and their contractions
mark the future; the others (can, could, may, might, must, should, would) mark possibility,
necessity or a condition. spaCy splits "won't" into "wo" + "n't" and "she'd" into "she" + "'d".
"""

from __future__ import annotations

FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "’ll", "wo"})
CONDITIONAL_MODALS = frozenset({"would", "must", "should", "could", "might", "may", "can", "'d"})
# The modality of an event whose trigger carries the auxiliary ("may free" -> hypothetical).
MODAL_MODALITY = {**{m: "hypothetical" for m in CONDITIONAL_MODALS}, **{m: "announced" for m in FUTURE_AUXILIARIES}}

# Verbs and nouns (lemmas) that govern an event and give it their modality ("urged Minsk to
# free", "a proposal for talks": a proposal put to the other side is a demand, as in
# tests/gold_reuters/README.md).
GOVERNORS = {
    "demanded": {
        "demand",
        "call",
        "urge",
        "press",
        "insist",
        "appeal",
        "ask",
        "request",
        "seek",
        "push",
        "plead",
        "petition",
        "plea",
        "lobby",
        "campaign",
        "propose",
        "proposal",
        "recommend",
        "recommendation",
    },
    "denied": {"deny", "refute"},
    "promised": {"promise", "pledge", "vow", "commit", "offer", "guarantee", "undertake"},
    "announced": {"announce", "plan", "intend", "expect", "threaten", "prepare", "aim", "schedule", "set", "decide"},
    # negative implicatives (Karttunen 1971) and verbs that stop or prevent the act
    "negated": {
        "refuse",
        "reject",
        "fail",
        "decline",
        "avoid",
        "oppose",
        "resist",
        "suspend",
        "discontinue",
        "halt",
        "cancel",
        "abandon",
        "block",
        "veto",
        "bar",
        "prevent",
        "avert",
    },
    "hypothetical": {"consider", "weigh", "explore", "hope", "want", "wish", "may", "might"},
}
# Determiners that make an event noun no report of one act ("any talks", "despite any sanctions").
NONSPECIFIC_DETERMINERS = {"any"}
# Adjectives on an event noun ("a possible release", "the planned talks").
NOUN_MODIFIERS = {
    "possible": "hypothetical",
    "potential": "hypothetical",
    "proposed": "announced",
    "planned": "announced",
    "upcoming": "announced",
    "expected": "announced",
    "scheduled": "announced",
}
# Verbs that only carry an event noun ("talks will be held", "elections took place").
LIGHT_VERBS = {
    "hold",
    "conduct",
    "stage",
    "resume",
    "begin",
    "start",
    "open",
    "launch",
    "continue",
    "take",
    "happen",
    "occur",
    "go",
    "enter",
}
# Implicative verbs: "managed to free" entails the release; "tried to free" does not
# (Karttunen 1971, "Implicative verbs", *Language* 47(2)); aspectual verbs too ("began to").
# "agree" is no implicative in Karttunen's sense, but news reports an agreement to act as the
# act decided ("the United States agreed to relax sanctions", tests/gold); the Reuters gold
# reads "agreed to meet" as announced: a known disagreement between the two sets.
IMPLICATIVE_VERBS = {
    "manage",
    "remember",
    "bother",
    "get",
    "happen",
    "dare",
    "begin",
    "start",
    "continue",
    "proceed",
    "go",
    "use",
    "agree",
}
