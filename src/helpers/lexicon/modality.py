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
MODAL_MODALITY = {**{m: "hypothetical" for m in CONDITIONAL_MODALS},
                  **{m: "announced" for m in FUTURE_AUXILIARIES}}

# Verbs (lemmas) that govern an event and give it their modality ("urged Minsk to free").
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
# Adjectives on an event noun ("a possible release", "the planned talks").
NOUN_MODIFIERS = {"possible": "hypothetical", "potential": "hypothetical",
                  "proposed": "announced", "planned": "announced", "upcoming": "announced",
                  "expected": "announced", "scheduled": "announced"}
# Verbs that only carry an event noun ("talks will be held", "elections took place").
LIGHT_VERBS = {"hold", "conduct", "stage", "resume", "begin", "start", "open", "launch",
               "continue", "take", "happen", "occur", "go"}
