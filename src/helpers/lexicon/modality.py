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
        "pursue",
        "push",
        "plead",
        "petition",
        "plea",
        "lobby",
        "campaign",
        "advocate",
        "propose",
        "proposal",
        "float",
        "recommend",
        "recommendation",
        # mandative verbs ("our motives require that we free him"; Quirk et al. 1985, §16.32)
        "require",
        "necessitate",
    },
    "denied": {"deny", "refute"},
    # readiness is an offer (issue 9 item 2: "ready for talks with the West")
    "promised": {"promise", "pledge", "vow", "commit", "offer", "guarantee", "undertake", "ready", "willing", "agree"},
    # a postponed act is moved to a later time, still to come ("the talks were postponed until
    # Monday": tests/gold_reuters/README.md, scheduled acts are announced)
    "announced": {
        "announce",
        "plan",
        "intend",
        "envisage",
        "envision",
        "foresee",
        "expect",
        "threaten",
        "prepare",
        "aim",
        "schedule",
        "set",
        "decide",
        "postpone",
        "delay",
        "defer",
        "reschedule",
        "adjourn",
    },
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
        # a process kept from going on: "the negotiations had been frozen since October", "talks
        # were paused on Friday" (tests/modern3/README.md 222, 223: negated; the stall is a state)
        "freeze",
        "pause",
        "stall",
        "cancel",
        "abandon",
        "block",
        "veto",
        "bar",
        "prevent",
        "avert",
        # nouns of an end that calls off what they govern: "the collapse of the unity talks"
        # (tests/gold_reuters/README.md, negated: "talks called off")
        "collapse",
        "breakdown",
        "cancellation",
        # prohibition: "protests are banned", "banned the rally planned for Saturday"
        "ban",
        "forbid",
        "prohibit",
        "outlaw",
    },
    # conative nouns: "attempts at securing his release" (Karttunen 1971: "try" does not
    # entail the act); desire adjectives ("eager for talks")
    "hypothetical": {
        "consider",
        "weigh",
        "explore",
        "hope",
        "want",
        "wish",
        "may",
        "might",
        "attempt",
        "effort",
        # plotting entails no act: "sentenced for allegedly plotting a coup"
        "plot",
        "conspire",
        "eager",
        "keen",
        # nouns of possibility: "kept open the possibility of an autumn election"
        "possibility",
        "prospect",
        "chance",
        "likelihood",
        "option",
        # a near miss did not happen: "came close to a deal on a prisoner swap", "had been close to
        # being freed in an exchange" (tests/modern8/README.md 262), "on the brink of war"
        "verge",
        "brink",
        # a topic of talk is not an act reported: "the two leaders had also discussed further
        # prisoner exchanges" (tests/modern/README.md, 205: a hypothetical release), "talked
        # about lifting sanctions", "talks on the release of the prisoners"
        "discuss",
        "discussion",
        "debate",
        "talk",
    },
    # a penalty the law sets for an offence: "charges that carry sentences of up to 30 years"
    # (tests/modern4/README.md, 232: generic); "carried out arrests" is another lexeme
    "generic": {"carry"},
}
# Stances on an act, not implicatives: "rejected the new sanctions", "the 2024 election was
# rejected by the opposition" judge an act that took place; only an act still to come
# ("rejected talks", "opposed a swap") is negated by them (Karttunen 1971: "refuse", "fail"
# entail the act did not happen; "reject" of a noun does not).
STANCE_GOVERNORS = {"reject", "oppose"}
# Products of an act: "suspended the results of the primary", "rejected the outcome of the
# vote" act on what the act produced, so the act itself took place (a result presupposes its
# act: FactBank, Sauri & Pustejovsky 2009, factive nominals)
RESULT_NOUNS = {"result", "outcome", "tally", "aftermath"}
# Verbs that govern an event only through "for": "applied for the pardon" is a request (a
# petition, as "petition" and "plead" in GOVERNORS); "applied sanctions" imposes them.
FOR_GOVERNORS = {"apply": "demanded"}
# A verb with a particle is another lexeme than the bare verb ("set off protests" causes them,
# "set for December" schedules; "called off the talks" cancels them, "called for talks" asks):
# only these phrasal verbs govern a modality (Quirk et al. 1985, 16.2-16.4, phrasal verbs)
PHRASAL_GOVERNORS = {
    ("call", "off"): "negated",
    ("break", "off"): "negated",  # "broke off negotiations" (tests/modern22/README.md 375: negated)
    ("rule", "out"): "negated",
    ("put", "off"): "announced",
    ("set", "up"): "announced",  # "set up a meeting": arranged, still to come
    ("push", "back"): "announced",
}
# Adjectives of likelihood or schedule predicated of an event noun ("early elections are
# likely", "a prisoner exchange was possible", "the vote is due in May"): FactBank's
# probable/possible values (Saurí & Pustejovsky 2009, "FactBank", *Language Resources and
# Evaluation* 43(3)) read as hypothetical; a schedule as announced.
PREDICATE_ADJECTIVES = {
    "likely": "hypothetical",
    "unlikely": "hypothetical",
    "possible": "hypothetical",
    "probable": "hypothetical",
    "conceivable": "hypothetical",
    "due": "announced",
    "imminent": "announced",
    "scheduled": "announced",
    "planned": "announced",
    "expected": "announced",
    # necessity: "the arrest and punishment of the perpetrators are essential"
    "essential": "demanded",
    "necessary": "demanded",
    "vital": "demanded",
    "crucial": "demanded",
    "needed": "demanded",
    "required": "demanded",
    # habit: "the arrest of opposition figures has become routine" (ACE 2005 genericity)
    "routine": "generic",
    "common": "generic",
    "commonplace": "generic",
    "frequent": "generic",
    "rare": "generic",
    "widespread": "generic",
}
# Heads of prepositional phrases that place an event after the time of their clause:
# "ahead of Sunday's election", "in the run-up to the vote", "on the eve of the talks"
# (a prospective reading: the event is still to come; TimeML's "FUTURE" tense, Pustejovsky
# et al. 2003). Matched on the phrase head and the words joined to it by hyphens.
# "closer to sanctions relief", "nearer to a deal": a goal approached is not yet reached
PROSPECTIVE_HEADS = {"ahead", "run-up", "lead-up", "build-up", "eve", "countdown", "closer", "nearer"}
# A stretch of time counted from now to an event: "U.S. elections are two months away", "with 50
# days until the vote" (the event is still to come: an event anchored at the end of a duration
# after the speech time, TimeML TLINK AFTER, Pustejovsky et al. 2003, "TimeML", IWCS-5). The
# adverb is predicated of the event noun with a measure of time; the preposition heads the event
# noun under a measure of time.
DISTANCE_ADVERBS = {"away"}
COUNTDOWN_PREPOSITIONS = {"until", "till", "til"}
# A court's further penalty that runs from the end of the term it imposes: "banned him from
# administering websites for four years after his release", "ordered two years of restrictions on
# his movements after his release". The release is the term's end, still to come (TimeML: the
# event anchors the start of a future period, Pustejovsky et al. 2003); a release after which
# someone was arrested or sentenced again is past, so only verbs of a penalty that bars or
# restricts count.
PENALTY_VERBS = {"ban", "bar", "prohibit", "forbid", "restrict", "order"}
TERM_END_PREPOSITIONS = {"after", "upon", "following"}
TERM_END_NOUNS = {"release"}
# Nouns of an electoral contest: an election takes place on its voting day, so a present-tense
# report on the contest ("the presidential election enters its final stretch", "taking sides in
# this election", "mentioned in this year's race") tells of the campaign before the vote, which
# is still to come (TimeML: an election is a culminating event, its time the voting day,
# Pustejovsky et al. 2003; tests/gold_polnear/README.md decision 1).
CONTEST_NOUNS = {"election", "race"}
# an order to arrest is told, not its execution: "issued a warrant for his arrest", "ordered the
# arrest of his aides" (tests/modern6/README.md M6-1: announced; decided, not carried out)
WARRANT_NOUNS = {"warrant"}
ORDERING_VERBS = {"order"}
ORDERED_ACT_NOUNS = {"arrest", "capture", "detention"}
# "a reward for information leading to the bombers' arrest": what the information would lead
# to has not happened (a prospective participle on a noun of evidence)
EVIDENCE_NOUNS = {"information", "tip", "tips", "evidence", "details"}
# "sentenced X for espionage, a charge his family rejects": a noun that sums up the clause
# before it as a claim; what the verb after it denies or rejects is that claim, not the act
# (an appositive relative clause; Quirk et al. 1985, 17.65), also where the parser makes the
# clause the verb's complement
CLAIM_NOUNS = {"charge", "accusation", "allegation", "claim"}
# Quantifier pronouns that make a statement generic, about no particular person or act
# ("anyone who dares to protest is jailed"): ACE 2005 event genericity (Linguistic Data
# Consortium, *ACE English Annotation Guidelines for Events* 5.4.3, 2005, "Genericity").
GENERIC_PRONOUNS = {"anyone", "anybody", "whoever", "whomever", "everyone", "everybody"}
# Adjectives of habit: "during one of her regular visits to Iran" is no one meeting of parties,
# "the EU, which holds a regular dialogue with Iran" no one round of talks (ACE 2005
# genericity, as above: a habitual event is generic).
HABITUAL_ADJECTIVES = {"regular", "frequent", "annual", "routine", "periodic", "occasional", "weekly", "monthly"}
# Pronouns and determiners that deny the patient or agent of an act ("No sanctions would be
# eased", "none of the prisoners was freed", "nobody was arrested").
NEGATIVE_ARGUMENTS = {"no", "none", "nobody", "neither"}
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
    "eventual": "hypothetical",
    "prospective": "hypothetical",
    "forthcoming": "announced",
    "next": "announced",
    "future": "announced",
}
# Verbs of saying whose past tense backshifts "will" to "would" in the reported clause ("The EU
# said it would impose sanctions": the future of reported speech, Quirk et al. 1985, 14.31);
# not verbs of belief or hope ("hoped they would free him" stays hypothetical)
SAYING_VERBS = {
    "say",
    "tell",
    "announce",
    "state",
    "report",
    "add",
    "confirm",
    "declare",
    "write",
    "disclose",
    "inform",
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
# Verbs of an end whose subject is the process kept from going on: "talks in Vienna have stalled
# since March", "the process collapsed in September and has not resumed" (tests/modern17/README.md
# M17-15, tests/modern18/README.md: negated). A meeting that "ended", "failed", "foundered" or
# "broke down" took place (tests/modern12/README.md 295: "contacts ... broke down", asserted).
STOPPED_SUBJECT_VERBS = {"stall", "collapse", "freeze", "pause"}
# Verbs that seek an outcome ("pursuing his release": demanded, with "seek") but conduct an
# activity: "are pursuing normal negotiations with creditor banks" holds the talks (WordNet 3.0
# pursue.v.01 "carry out or participate in an activity" beside pursue.v.02 "look for").
CONDUCT_VERBS = {"pursue"}
# Prepositions that make an event noun the place, occasion or means of an act ("at the
# protest", "in talks in Washington", "with new sanctions"); not those of time ("during the
# talks", "before the meeting", "following the bombings"), of source ("expelled from the
# talks") or of object.
SETTING_PREPOSITIONS = {"at", "in", "with"}
# Verbs of taking part, whose "in"/"into" event noun is the act itself ("engage in talks",
# "participate in the protests", "voted in the election"): the noun has the verb's time
# (helpers.events.dates); with the light verbs ("to enter into a genuine dialogue"), its modality.
TAKING_PART_VERBS = {"engage", "participate", "join", "vote"}
PARTICIPATION_VERBS = TAKING_PART_VERBS | LIGHT_VERBS
# Nouns of a decision taken: "the decision to impose 100 pct tariffs ... sent a message" reports
# the act decided, as the clause of the noun tells it (a definite decision noun presupposes
# the decision; FactBank, Saurí & Pustejovsky 2009: the source commits to it; issue 9 brief:
# "a decision noun of a past decision is not hypothetical"). "a decision to impose tariffs
# is expected" stays what its clause makes it.
DECISION_NOUNS = {"decision", "ruling", "order", "verdict"}
# Implicative verbs: "managed to free" entails the release; "tried to free" does not
# (Karttunen 1971, "Implicative verbs", *Language* 47(2)); aspectual verbs too ("began to").
# "agree" is no implicative in Karttunen's sense: "agreed to relax sanctions" commits the actor
# (promised: tests/gold 000 and the Reuters rules, "the actor commits to do it"), it is no act.
# Causatives that entail their complement in the affirmative ("prompting the United States to
# impose sweeping sanctions", "forced the regime to free them": Nairn, Condoravdi & Karttunen
# 2006, "Computing relative polarity": cause, force, compel, prompt; "lead" also guides a
# delegation "to negotiate", and is left out).
IMPLICATIVE_VERBS = {
    "cause",
    "force",
    "compel",
    "prompt",
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
}
# Journeys whose purpose is a meeting: "travelled to Caracas in March to meet Maduro", "made an
# unannounced trip to Mar-a-Lago on January 4 to meet Trump" report the meeting (the journey took
# place for it; tests/modern3/README.md 223 and tests/modern4/README.md 233 annotate it asserted).
# The verbs of travel are helpers.lexicon.events.HOMECOMING_VERBS; these nouns go with "make" or "pay".
JOURNEY_NOUNS = {"trip", "visit", "journey"}
# Verbs whose object is a part of their subject ("the alleged plot, which included attacks on
# embassies", "a proposal that includes the release of prisoners"): the part has the standing of
# the whole, so a plot's attacks are as hypothetical as the plot (GOVERNORS of the subject noun)
CONTENT_VERBS = {"include", "involve", "comprise", "contain", "entail", "feature"}
# Nouns of an unconfirmed account whose "that" clause tells an act ("has not confirmed reports
# that Berlin is negotiating with Minsk", "amid rumours that he had been freed"): the act is
# reported, not asserted (tests/modern4/README.md 227: hypothetical; tests/modern/README.md 206,
# "according to U.S. media reports": hypothetical), and denied when the report is ("denied
# reports that Raoof began a hunger strike"); a confirmed report asserts it.
REPORT_NOUNS = {"report", "rumour", "rumor", "speculation"}
CONFIRMING_VERBS = {"confirm", "verify", "corroborate"}
# Adjectives and adverbs of a near miss ("close to being freed", "near to a deal"): the act they
# govern did not take place (hypothetical, as the nouns "verge" and "brink" of GOVERNORS); the verb
# "close" ("closed the border") is another lexeme.
NEAR_MISS_WORDS = {"close", "near"}
