"""Words that look like triggers but report no event: a lasting situation, a name, another
sense of the word, or people described by what once happened to them. Each check reads the
parse of one token; :mod:`helpers.events.triggers` drops the token when one holds.

Sources: the state/event distinction (Vendler 1957, "Verbs and Times", *Philosophical
Review* 66(2); TimeML's STATE class, Pustejovsky et al. 2003) and the annotation rules of
``tests/gold_reuters/README.md`` ("States are not events", "A war ... described as an ongoing
situation is a state"); issue 9, items 1 and 3.
"""

from __future__ import annotations

from helpers.events.tokens import is_money, path_below, prep_objects, trigger_keys, verb_object
from helpers.lexicon.calendar import TIME_UNITS, WEEKDAYS
from helpers.lexicon.events import (
    ARMED_FORCES_NOUNS,
    ATTACKER_NOUNS,
    BELIEF_MODIFIERS,
    BLAME_ADJECTIVES,
    CAMPAIGN_RALLY_MODIFIERS,
    CHARGE_PREPOSITIONS,
    CONFINEMENT_NOUNS,
    CONTINUATION_ADVERBS,
    CONTINUATION_VERBS,
    CRITICISED_NOUNS,
    CUSTODY_EXTENDING_WORDS,
    CUSTODY_TERM_VERBS,
    DEAL_WORDS,
    DECIDING_BODIES,
    DISBANDING_WORDS,
    DOCUMENT_RELEASE_WORDS,
    ELECTORAL_RACE_WORDS,
    FIGURATIVE_FORCE_MODIFIERS,
    FORMAL_PROTEST_MODIFIERS,
    FORMAL_PROTEST_VERBS,
    GREETING_NOUNS,
    INTERNAL_MEETING_BODIES,
    INTERNAL_MEETING_WORDS,
    LISTED_BODY_NOUNS,
    LISTING_VERBS,
    MARKET_RALLY_MODIFIERS,
    MARKET_WORDS,
    MEASURE_PREPOSITIONS,
    MODIFIED_HEADS,
    NOUN_TRIGGERS,
    OFFICIAL_NOUNS,
    ONSET_VERBS,
    OWN_STAFF_NOUNS,
    PLACE_NOUNS,
    POLICE_WORDS,
    PUBLISHING_VERBS,
    QUANTIFIER_HEADS,
    RALLY_OBJECTS,
    SEARCHED_PLACES,
    SENTENCE_REVIEW_VERBS,
    SPEECH_NOUNS,
    STATE_NOUNS,
    VERB_TRIGGERS,
    VOTE_SHARE_NOUNS,
    VOTER_BLOC_WORDS,
    names_charge,
)
from helpers.lexicon.modality import JOURNEY_NOUNS
from helpers.lexicon.people import (
    CHARACTERISING_VERBS,
    ORG_WORDS,
    PERSON_NOUNS,
    PRIVATE_VISIT_NOUNS,
    REPORTING_VERBS,
    STATE_BODIES,
)

NAME_LABELS = {"ORG", "WORK_OF_ART", "LAW", "FAC", "PRODUCT"}
# the words of a list of charges ("with terrorism, attacks on ...", "of armed robbery and")
CHARGE_LIST_POS = {"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM"}
# pronouns that take up an act just told ("It was the largest swap since the Cold War")
REFERRING_PRONOUNS = {"it", "this", "that", "which"}
QUOTES = {'"', "“", "”", "'", "‘", "’"}


def is_lasting_state(tok) -> bool:
    """A noun of a lasting situation (:data:`helpers.lexicon.events.STATE_NOUNS`: "the war",
    "under French occupation") is a state, not an event, unless a verb of onset governs
    it: "Iraq started the war", "war broke out", "declared war" (:data:`ONSET_VERBS`)."""
    if tok.lemma_.lower() not in STATE_NOUNS:
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":  # "the start of the war"
        head = head.head
    return head.lemma_.lower() not in ONSET_VERBS


def is_belief(tok) -> bool:
    """ "a conviction that you are either with the industry or against it", "a deep
    conviction", "said with conviction": the belief sense of "conviction" (WordNet 3.0
    conviction.n.01), told by a that-clause, a modifier of belief
    (:data:`helpers.lexicon.events.BELIEF_MODIFIERS`) or "with conviction"; not the court's
    judgment (conviction.n.02: "his conviction for fraud")."""
    if tok.lemma_.lower() != "conviction":
        return False
    return (
        any(
            c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in tok.children
        )
        or any(c.dep_ in ("amod", "advmod") and c.lower_ in BELIEF_MODIFIERS for c in tok.children)
        or (tok.dep_ == "pobj" and tok.head.lower_ == "with" and not list(tok.children))
    )


def is_generic_activity(tok) -> bool:
    """ "Protesting is a right", "until taking a hostage costs the jailer more than it earns":
    a gerund that is the subject of its clause names a kind of activity, not an act that
    happened (Quirk et al. 1985, 17.54 nominal -ing clauses; issue 9 item 2, generic
    statements); "his arresting the leader" (a gerund with its own subject) is left alone."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass")
        and not any(c.dep_ in ("nsubj", "poss", "aux", "auxpass") for c in tok.children)
    )


def is_held_to_account(tok) -> bool:
    """ "hold the ministers accountable", "Hold Melania Trump to her husband's standards",
    "held to account": "hold" that judges someone by a standard or blames them (WordNet 3.0
    hold.v.02; :data:`helpers.lexicon.events.BLAME_ADJECTIVES`), not a detention."""
    if tok.lemma_.lower() != "hold":
        return False
    return any(
        (c.dep_ in ("prep", "dative") and c.lower_ == "to")
        or (c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and c.lower_ in BLAME_ADJECTIVES)
        for c in tok.children
    )


def in_a_name(tok) -> bool:
    """The word is part of a name, not a report: inside a named entity of several words
    ("Islamic Jihad for the Liberation of Palestine", a law, a book) or a short quoted
    title ("Star Wars"). All-capital headlines are left alone: the recogniser often
    labels a whole headline as one organisation."""
    if tok.is_upper:
        return False
    if tok.ent_type_ in NAME_LABELS and tok.ent_iob_ in ("B", "I"):
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and len(ent) > 1:
            return True
    if _the_x_of_y(tok):
        return True
    sent = tok.sent
    left = [t for t in tok.doc[max(sent.start, tok.i - 4) : tok.i] if t.text in QUOTES]
    right = [t for t in tok.doc[tok.i + 1 : min(sent.end, tok.i + 5)] if t.text in QUOTES]
    if left and right:
        inside = tok.doc[left[-1].i + 1 : right[0].i]
        return all(t.text[:1].isupper() or not t.is_alpha for t in inside)
    return False


def is_showing(tok) -> bool:
    """ "demonstrate" with an object or a clause means "show" ("has been demonstrated by
    the vote", "demonstrated that ..."): only the intransitive verb is a protest
    (WordNet 3.0, demonstrate.v.01 "establish the validity" vs. demonstrate.v.03 "march")."""
    if tok.lemma_.lower() == "demonstration":  # "the clearest demonstration of the fact that ..."
        return any(g.lemma_.lower() not in RALLY_OBJECTS for g in prep_objects(tok, "of"))
    return tok.lemma_.lower() == "demonstrate" and any(
        c.dep_ in ("dobj", "obj", "nsubjpass", "ccomp", "auxpass") for c in tok.children
    )


def is_described_state(tok) -> bool:
    """A participle that describes people by what once happened to them, with no time and
    no agent of its own, is a state: "jailed black leader", "a kidnapped diplomat",
    "hostages held in Lebanon" (issue 9 item 1; gold_reuters README "States are not events").
    "people arrested on Monday", "detained by police" report the act; the time of the charge
    ("men convicted of killing a guard during the protests in 2022") is not the act's. A
    conjoined participle describes as the first does ("Iranians charged with or convicted of
    crimes")."""
    first = tok
    while first.dep_ == "conj" and first.head.tag_ in ("VBN", "JJ"):
        first = first.head
    participle = tok.tag_ in ("VBN", "JJ") or (tok.tag_ == "VBD" and first.dep_ == "acl")  # "ballerina jailed over"
    if (first.dep_ not in ("amod", "acl") and not _is_absolute(first)) or not participle:
        return False
    charges = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in CHARGE_PREPOSITIONS]
    timed = any(
        t.ent_type_ in ("DATE", "TIME") and not _in_relative_clause(t, tok)
        for c in tok.children
        if c not in charges
        for t in c.subtree
    )
    agent = any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children)
    return not ((timed and not day_of_main_verb(first)) or agent)


NEWS_DAY_WORDS = {"today", "yesterday", "tonight"}  # with the weekdays, the days a news story is of


def day_of_main_verb(participle, news_day: bool = True) -> bool:
    """True if the participle's time, at the end of the clause of a verb that has no time of
    its own, is the verb's: "freed 18 people jailed on politically motivated charges on
    Wednesday" tells when they were freed, "sanctioned 16 officials aligned with Maduro in
    September" when they were sanctioned. The parser hangs the last phrase on the nearest head
    (the attachment of a final adverbial is ambiguous: Quirk et al. 1985, 8.20). With
    ``news_day`` (a participle of an act, "jailed"), only a day of the news counts: the news
    day dates the news, not the background of its people (van Dijk 1988); "kidnapped in 2019"
    keeps its year. Only a verb in the simple past reports that news ("in order to lift the
    tariffs imposed last Friday": the imposing is the Friday's)."""
    obj, verb = participle.head, participle.head.head
    if participle.dep_ != "acl" or obj.dep_ not in ("dobj", "obj") or verb.tag_ != "VBD":
        return False
    own = [c for c in verb.children if c.dep_ == "npadvmod"] + prep_objects(verb, "on", "in", "at", "during")
    if any(t.ent_type_ in ("DATE", "TIME") for t in own):
        return False  # "freed them on Thursday, people jailed on Wednesday": the verb has its day
    last = max(participle.children, key=lambda c: c.i, default=None)
    times = [t for t in participle.subtree if t.ent_type_ in ("DATE", "TIME")]
    if last is None or not times or not all(t in last.subtree for t in times):
        return False
    return not news_day or any(t.lower_ in WEEKDAYS or t.lower_ in NEWS_DAY_WORDS for t in last.subtree)


def _is_absolute(tok) -> bool:
    """ "800 political prisoners, many of them detained after the election": a participle
    without an auxiliary whose subject is a quantifier or a number of the people named before
    (a nominative absolute: Quirk et al. 1985, 15.58) describes them, as a reduced relative
    clause does."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    quantifier = subj is not None and (subj.lower_ in QUANTIFIER_HEADS or subj.pos_ == "NUM")
    return quantifier and bool(prep_objects(subj, "of"))


def _in_relative_clause(t, top) -> bool:
    """True if ``t`` lies in a relative clause below ``top`` ("in the crackdown that followed
    last year's election"): the time of the clause's own verb, not of ``top``."""
    return any(cur.dep_ == "relcl" for cur in path_below(t, top))


def is_redescription(tok) -> bool:
    """An event noun predicated of an act already told: "The deal is the third release of
    Americans this year", "It was the largest exchange since the Cold War", "which was the
    first meeting in years". The copula identifies its subject with the noun (Quirk et al.
    1985, 10.16, subject complement); the subject's own mention is the event, ranked here
    among others, so the noun reports no act of its own (issue 9 item 4, duplicates)."""
    if tok.dep_ != "attr" or tok.head.lemma_ != "be" or not any(c.dep_ in ("det", "poss") for c in tok.children):
        return False  # "it's continuing talks" (a progressive read as a copula) has no determiner
    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    word = subj.lemma_.lower()
    return word in DEAL_WORDS or word in REFERRING_PRONOUNS or any(k in NOUN_TRIGGERS for k in trigger_keys(subj))


def is_document_release(tok) -> bool:
    """ "said in a release", "a press release", "issued a release": a published document,
    not the freeing of people (WordNet 3.0 release.n.04 "a statement that is printed and
    distributed", vs release.n.01/02; :data:`helpers.lexicon.events.DOCUMENT_RELEASE_WORDS`)."""
    if tok.lemma_.lower() != "release" or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in DOCUMENT_RELEASE_WORDS for c in tok.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "the release of the prisoners"
    gov = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else tok.head
    return gov.lemma_.lower() in PUBLISHING_VERBS and tok.dep_ in ("dobj", "obj", "pobj")


def is_money_release(tok) -> bool:
    """ "the release of $50 million in aid", "the release of the funds": money released, not
    people freed (WordNet 3.0 release.n.01 "the act of liberating someone or something" covers
    both; only people make a release event). Frozen money released is an easing
    (:func:`helpers.events.sanctions.unfreezes_money`)."""
    if tok.lemma_.lower() != "release" or tok.pos_ != "NOUN":
        return False
    return any(is_money(g) for g in prep_objects(tok, "of"))


def is_instruction(tok) -> bool:
    """ "For more reporting, please visit:", "Contact us": an imperative, a base-form verb
    heading its sentence without a subject, auxiliary or infinitive marker, tells the reader
    what to do and reports no act (Quirk et al. 1985, 11.24, imperatives)."""
    if tok.tag_ != "VB" or tok.dep_ != "ROOT":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in tok.children)


def is_police_raid(tok) -> bool:
    """ "a nationwide wave of raids on independent civil society groups", "police raided the
    newsroom": a raid on a place of people or a body (:data:`helpers.lexicon.events.SEARCHED_PLACES`)
    or by the police (:data:`helpers.lexicon.events.POLICE_WORDS`) is a search, law enforcement
    and not military force (CAMEO 1.1b3, 190: conventional military force)."""
    if tok.lemma_.lower() != "raid":
        return False
    places = prep_objects(tok, "on", "of", "against") + [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    agents = [c for c in tok.children if c.dep_ in ("nsubj", "compound", "amod", "poss")] + prep_objects(tok, "by")
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "a wave of raids on ..."
        places += prep_objects(tok.head.head, "on")
    return any(p.lemma_.lower() in SEARCHED_PLACES for p in places) or any(
        a.lemma_.lower() in POLICE_WORDS for a in agents
    )


def is_modified_head(tok) -> bool:
    """ "bombing victims", "arrest warrants", "election campaign": an event word right before
    a noun of :data:`helpers.lexicon.events.MODIFIED_HEADS` that it is joined to only
    modifies it, however the parser labels the pair (issue 9 item 3)."""
    nxt = next((t for t in tok.doc[tok.i + 1 : tok.i + 3] if not t.is_space), None)
    return (
        nxt is not None
        and nxt.lemma_.lower() in MODIFIED_HEADS
        and nxt.pos_ in ("NOUN", "PROPN")
        and (nxt.head == tok or tok.head == nxt.head or nxt in list(tok.ancestors)[:2])
    )


def is_ballot_count(tok) -> bool:
    """ "votes" counted, a share of the vote ("80.23 percent of the vote", "a majority of the
    vote": :data:`helpers.lexicon.events.VOTE_SHARE_NOUNS`), or a vote as the means of a
    decision ("350 votes to 73", "passed by voice vote"), is a ballot, not an election; a year
    is no count ("the 2020 vote")."""
    if tok.lemma_.lower() != "vote" or tok.pos_ != "NOUN":
        return False
    counted = tok.tag_ == "NNS" or any(c.dep_ == "nummod" and c.ent_type_ != "DATE" for c in tok.children)
    means = tok.dep_ == "pobj" and tok.head.lower_ == "by"
    share = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in VOTE_SHARE_NOUNS
    return counted or means or share


def is_decision_vote(tok) -> bool:
    """A vote that chooses no office holder is no election (tests/gold_reuters/README.md,
    election; issue 9 item 3): a body deciding a measure ("a General Assembly vote condemning
    X", "the Senate vote to approve the treaty", "a vote on the measure"), one person's vote
    ("her vote in favor of the war"), a bloc of voters ("the African-American vote", the
    "popular vote"), or a word inside a hyphenated modifier ("a get-out-the-vote effort");
    :data:`helpers.lexicon.events.DECIDING_BODIES`, :data:`VOTER_BLOC_WORDS`,
    :data:`MEASURE_PREPOSITIONS`."""
    if tok.lemma_.lower() != "vote" or tok.pos_ != "NOUN":
        return False
    kids = list(tok.children)
    measure = any(g.ent_type_ not in ("DATE", "TIME") for g in prep_objects(tok, *MEASURE_PREPOSITIONS))
    decided = any(c.dep_ == "acl" and (c.tag_ == "VBG" or any(a.lower_ == "to" for a in c.children)) for c in kids)
    body = any(c.dep_ in ("compound", "poss") and c.lemma_.lower() in DECIDING_BODIES for c in kids)
    personal = any(c.dep_ == "poss" and (c.tag_ == "PRP$" or c.ent_type_ == "PERSON") for c in kids)
    bloc = any(c.dep_ == "amod" and (c.ent_type_ == "NORP" or c.lower_ in VOTER_BLOC_WORDS) for c in kids)
    hyphenated = tok.i > 0 and tok.nbor(-1).tag_ == "HYPH" and tok.nbor(-1).whitespace_ == ""
    return measure or decided or body or personal or bloc or hyphenated


def is_modifier(tok) -> bool:
    """An event word that only modifies another noun names a kind, not an occurrence:
    "a major election issue", "the direct presidential election system", "negotiated
    solutions", "the election-monitoring group" (a noun compound, a hyphenated compound or an
    adjectival participle whose head is no event word; issue 9 item 3, wrong sense). A
    participle with a time or agent of its own reports the act ("people arrested on Monday":
    :func:`is_described_state`). "designated extremist" is the designation itself (its label
    is the head), so callers leave designations out."""
    head = tok.head
    if head.lemma_.lower() in NOUN_TRIGGERS or head.lemma_.lower() in VERB_TRIGGERS:
        return False
    if tok.dep_ == "compound" and tok.pos_ in ("NOUN", "PROPN") and head.pos_ in ("NOUN", "PROPN"):
        return True
    if _hyphened_to(tok, head):
        return True  # "the election-monitoring group", "a sanctions-busting scheme"
    return tok.dep_ == "amod" and tok.tag_ == "VBN" and is_described_state(tok)


def _hyphened_to(tok, head) -> bool:
    """True if ``tok`` is the first part of a hyphenated compound whose second part is its head
    ("election-monitoring", "war-torn"): a compound modifier (Quirk et al. 1985, I.57)."""
    doc = tok.doc
    return tok.i + 2 == head.i and doc[tok.i + 1].tag_ == "HYPH" and tok.pos_ in ("NOUN", "PROPN")


def is_internal_meeting(tok) -> bool:
    """ "after a cabinet meeting", "last week's annual meeting of the union", "at a council
    meeting": a meeting of one body with itself (:data:`helpers.lexicon.events.INTERNAL_MEETING_WORDS`;
    a council named in lower case, :data:`helpers.lexicon.events.INTERNAL_MEETING_BODIES`) is no
    negotiation (tests/gold_reuters/README.md, negotiation); nor is a meeting with one's family
    or friends ("a short meeting with his daughter": :data:`helpers.lexicon.people.PRIVATE_VISIT_NOUNS`,
    as a private visit; tests/modern6/README.md, M6-6)."""
    if tok.lemma_.lower() not in ("meeting", "conference", "session"):
        return False
    kids = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    words = {c.lemma_.lower() for c in kids}
    members = {g.lemma_.lower() for g in prep_objects(tok, "of")}  # "a special meeting of shareholders"
    private = {g.lemma_.lower() for g in prep_objects(tok, "with")} & PRIVATE_VISIT_NOUNS
    council = {c.text for c in kids} & INTERNAL_MEETING_BODIES  # lower case: no named council
    return bool((words | members) & INTERNAL_MEETING_WORDS or council or private)


def is_own_staff_meeting(tok) -> bool:
    """ "Clinton met with his top aides", "met her lawyers": meeting one's own staff
    (:data:`helpers.lexicon.events.OWN_STAFF_NOUNS` with a possessive) is an internal meeting,
    no negotiation (tests/gold_reuters/README.md: "Internal meetings are not negotiations")."""
    if tok.lemma_.lower() != "meet":
        return False
    met = [c for c in tok.children if c.dep_ in ("dobj", "obj")] + prep_objects(tok, "with")
    return bool(met) and all(
        m.lemma_.lower() in OWN_STAFF_NOUNS and any(c.dep_ == "poss" for c in m.children) for m in met
    )


def is_reception(tok) -> bool:
    """ "The decision was met with outrage": passive "met with" tells how something was
    received (WordNet 3.0 meet.v.07 "experience as a reaction"), not a meeting; "met Shultz
    with a handshake at the door" tells a greeting (:data:`helpers.lexicon.events.GREETING_NOUNS`),
    not the talks it opens."""
    if tok.lemma_.lower() != "meet":
        return False
    withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
    greeting = any(g.dep_ == "pobj" and g.lemma_.lower() in GREETING_NOUNS for c in withs for g in c.children)
    return bool(withs) and (greeting or any(c.dep_ == "auxpass" for c in tok.children))


def is_continuing(tok) -> bool:
    """ "are still being held", "remain detained": a clause that says the situation goes on
    is a state, not the report of the act (:data:`helpers.lexicon.events.CONTINUATION_ADVERBS`;
    tests/gold_reuters/README.md: "three officials are still being held")."""
    if any(c.dep_ in ("advmod", "aux", "auxpass") and c.lemma_.lower() in CONTINUATION_ADVERBS for c in tok.children):
        return True  # "800 people remain detained": the parser makes "remain" an auxiliary
    head = tok.head.lemma_.lower()
    if tok.dep_ == "xcomp" and head in CONTINUATION_VERBS:
        return True  # "those who continue to jail Belarusians": a habit, not one arrest
    return tok.dep_ in ("acomp", "xcomp", "oprd") and head in CONTINUATION_ADVERBS


def _the_x_of_y(tok) -> bool:
    """ "Islamic Jihad for the Liberation of Palestine": a capitalised event noun the parser
    reads as a proper noun, between "the" and "of" + a capitalised word, is the middle of
    a name (English names of the pattern "the X of Y"), not a report."""
    doc = tok.doc
    before = [t for t in doc[max(0, tok.i - 3) : tok.i] if not t.is_space]
    after = [t for t in doc[tok.i + 1 : tok.i + 5] if not t.is_space]  # "the Liberation of\nPalestine"
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and len(before) > 0
        and len(after) > 1
        and before[-1].lower_ == "the"
        and after[0].lower_ == "of"
        and after[1].text[:1].isupper()
    )


def is_figurative_growth(tok) -> bool:
    """ "an explosion in rents", "a blast of inflation": a blast or explosion *in* or *of* a
    bare plural or mass noun (no determiner, no place or entity name) is a sudden rise, not a
    bombing (issue 9 item 3, metaphors; an explosion "in a market" or "in Kabul" is one)."""
    if tok.lemma_.lower() not in ("explosion", "blast"):
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            bare = not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
            if bare and obj.pos_ == "NOUN" and not obj.ent_type_:
                return True
    return False


def _party(tok) -> bool:
    """A state, an organisation or an official: who receives or sends a formal protest."""
    return tok.ent_type_ in ("GPE", "ORG", "NORP") or tok.lemma_.lower() in OFFICIAL_NOUNS or tok.lower_ == "embassy"


def is_charged_act(tok) -> bool:
    """ "charged with terrorism and attacks on the constitutional order", "arrested on charges of
    attacking police officers", "accused of attacks on police": the act a charge names is the
    content of the charge, no event told by the article (tests/modern16/README.md and
    tests/modern10/README.md: "the charges ... are no events", "the plotted attack is the
    content of a charge").

    The trigger follows "with" or a charge preposition (:data:`CHARGE_PREPOSITIONS`) after a
    word that names a charge (:func:`helpers.lexicon.events.names_charge`) or "accuse", with
    only the list of charges between them (nouns, their modifiers, commas and "and"): read by
    position, as the small parser often hangs the later charges of a list elsewhere. The object
    of a charged gerund is left alone: in "accused of masterminding the attack" the attack
    happened (a TimeBank/AQUAINT text lost it when gerunds were let in)."""
    for prev in reversed(tok.doc[tok.sent.start : tok.i]):
        if prev.pos_ == "ADP" and prev.lower_ in CHARGE_PREPOSITIONS | {"with"}:
            return names_charge(prev.head) or prev.head.lemma_.lower() == "accuse"
        if prev.pos_ not in CHARGE_LIST_POS and prev.text != ",":
            return False
    return False


def is_verbal_attack(tok) -> bool:
    """ "attacked the government's policy as toothless", "an attack on its economic
    policies", "attacked Japan for failing to ...", "attacked the ruling in a speech": an
    attack on something said or decided (:data:`helpers.lexicon.events.CRITICISED_NOUNS`), or
    with "as"/"for" + reason, made in a speech or a tweet, or made between people with no place,
    force or weapon in sight (:func:`_between_people`), is criticism (WordNet 3.0 attack.v.02),
    not armed force (issue 9 item 3, wrong sense)."""
    if tok.lemma_.lower() != "attack":
        return False
    targets = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")] + prep_objects(tok, "on")
    targets += [g for t in targets for g in prep_objects(t, "of")]  # "attacks on major elements of its program"
    if any(t.lemma_.lower() in CRITICISED_NOUNS or t.lower_.rstrip("s") in CRITICISED_NOUNS for t in targets):
        return True
    if any(s.lemma_.lower() in SPEECH_NOUNS for s in prep_objects(tok, "in", "during")):
        return True
    if _between_people(tok, targets):
        return True
    as_reason = any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
    for_reason = any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" for g in c.children) for c in tok.children
    )
    return tok.pos_ == "VERB" and (as_reason or for_reason)


def _between_people(tok, targets: list) -> bool:
    """ "attacks on Machado", "Trump attacked Clinton", "Trump's attacks on the Latinos": an
    attack made by a named person, or aimed at a named person or at a people, that names no
    place, force or weapon is criticism (WordNet 3.0 attack.v.02). Force is told by its
    target (a town, a base, a convoy: :data:`helpers.lexicon.events.PLACE_NOUNS`, places and
    facilities by name) or its instrument ("with a knife"), and by an armed attacker
    (CAMEO 1.1b3 18x actors), none of which speech has."""
    clause = tok.head if tok.dep_ == "xcomp" else tok  # "Trump started attacking"
    attackers = [c for c in clause.children if c.dep_ in ("nsubj", "poss")]
    named = [t for t in attackers + targets if t.ent_type_ == "PERSON"]
    people = [t for t in targets if t.ent_type_ == "NORP"]
    if not named and not (people and any(a.ent_type_ == "PERSON" for a in attackers)):
        return False
    places = [t for t in targets if t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in PLACE_NOUNS]
    armed = [a for a in attackers if a.lemma_.lower() in ATTACKER_NOUNS | ARMED_FORCES_NOUNS]
    return not (places or armed or prep_objects(tok, "with"))


def is_formal_protest(tok) -> bool:
    """ "lodged a formal protest with Washington", "protests from Brussels", "protested that
    the tariffs were illegal", "resigned in protest": an objection made in words, or the
    manner of another act, is no demonstration (WordNet 3.0 protest.n.01 vs protest.n.02;
    tests/gold_reuters/README.md, protest)."""
    if tok.lemma_.lower() != "protest":
        return False
    if tok.pos_ == "VERB":
        said = any(c.dep_ == "ccomp" for c in tok.children)
        return said or any(_party(g) for g in prep_objects(tok, "to"))
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and not any(c.dep_ == "det" for c in tok.children):
        return True  # "resigned in protest"
    if tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.lemma_.lower() in FORMAL_PROTEST_VERBS:
        return True
    if any(c.dep_ == "amod" and c.lower_ in FORMAL_PROTEST_MODIFIERS for c in tok.children):
        return True
    return any(_party(g) for g in prep_objects(tok, "to", "with", "from"))


def is_visiting_description(tok) -> bool:
    """ "the visiting foreign minister", "X, visiting Ottawa to speak to a conference, said":
    a present participle of "visit" that describes a person, with no time of its own, tells
    where the person is, not that a visit took place (the participle counterpart of
    :func:`is_described_state`; "X, visiting Kyiv on Tuesday, pledged" reports it)."""
    if tok.lemma_.lower() != "visit" or tok.tag_ != "VBG" or tok.dep_ not in ("amod", "acl", "advcl"):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def is_detainee_journey(tok) -> bool:
    """ "was arrested during a visit to Iran", "detained while visiting Russia for a wedding",
    "arrested at the end of a tourist trip": a visit or trip that is the setting of an arrest
    is the detainee's own journey, not a meeting of parties (CAMEO 1.1b3 042/043 "make/host a
    visit" are acts between parties; tests/modern10/README.md 281); its time is the arrest's."""
    if tok.lemma_.lower() not in JOURNEY_NOUNS:
        return False
    cur = tok
    if tok.pos_ == "VERB":  # "while visiting Russia"
        if tok.dep_ != "advcl" or tok.tag_ != "VBG":
            return False
    else:  # "during a visit", "on a business trip", "at the end of a trip"
        for _ in range(4):
            if cur.dep_ == "pobj" and cur.head.head.pos_ in ("VERB", "AUX"):
                break
            cur = cur.head
        if cur.dep_ != "pobj":
            return False
        cur = cur.head
    return is_arrest_verb(cur.head)


def is_arrest_verb(tok) -> bool:
    """True if ``tok`` is a verb the trigger lexicon files under ``arrest`` ("detained",
    "arrested"; :data:`helpers.lexicon.events.VERB_TRIGGERS`)."""
    return any(VERB_TRIGGERS.get(k) == "arrest" for k in trigger_keys(tok))


def _market_word(tok) -> bool:
    return tok.lemma_.lower() in MARKET_WORDS or tok.lower_.rstrip("s") in MARKET_WORDS or tok.ent_type_ == "MONEY"


def is_other_race(tok) -> bool:
    """ "the arms race", "race relations", "a race against time": "race" is an election only
    as a race for an office, named by a modifier or a "for" phrase ("the presidential race",
    "the Senate races", "the race for governor"; WordNet 3.0 race.n.02,
    :data:`helpers.lexicon.events.ELECTORAL_RACE_WORDS`)."""
    if tok.lemma_.lower() != "race":
        return False
    words = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    words |= {g.lower_ for g in prep_objects(tok, "for")}
    return not words & ELECTORAL_RACE_WORDS


def is_generic_election(tok) -> bool:
    """ "an issue in a national election", "Democrats have had a harder time winning in
    off-year elections": an election noun as the setting of a clause ("in", "during", "at")
    with an indefinite or universal determiner, or a bare plural, in a clause that names
    neither a time, nor a place, nor a count is a kind of election
    (Carlson 1977 on bare plurals; issue 9 item 2, generic statements), not one that took
    place; "the 2012 election", "elections in Belarus", "two elections" name one, and "calls
    for direct elections" is a demand, not a kind."""
    if NOUN_TRIGGERS.get(tok.lemma_.lower()) != "election" or not (
        tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "at")
    ):
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "nummod", "predet")]
    generic = (dets and set(dets) <= {"a", "an", "any", "every", "each", "no"}) or (not dets and tok.tag_ == "NNS")
    if not generic:
        return False
    clause = tok.head.head  # "Voters go to the polls today in an election ...": the clause's time names it
    named = any(
        t.ent_type_ in ("DATE", "GPE", "NORP", "CARDINAL", "ORDINAL", "LOC") for t in clause.subtree if t is not tok
    )
    return not named


def is_market_rally(tok) -> bool:
    """ "the dollar rallied", "a sharp rally in bond prices", "the stock market rally": a
    recovery of prices (WordNet 3.0 rally.n.02 / rally.v.03, :data:`MARKET_WORDS`), not a
    protest rally."""
    if tok.lemma_.lower() != "rally":
        return False
    if tok.pos_ == "VERB":
        return any(
            c.dep_ == "nsubj" and (_market_word(c) or any(_market_word(g) for g in c.children)) for c in tok.children
        )
    kids = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if any(_market_word(c) or c.lower_ in MARKET_RALLY_MODIFIERS for c in kids):
        return True
    return any(_market_word(g) or any(_market_word(x) for x in g.children) for g in prep_objects(tok, "in"))


def is_campaign_rally(tok) -> bool:
    """A rally that is a politician's meeting with supporters, not a protest
    (tests/gold_polnear/README.md, decision 1: "a campaign rally is not an election (nor a
    protest)"): "a campaign rally" (:data:`CAMPAIGN_RALLY_MODIFIERS`), or the place where one
    person speaks ("Trump said during a rally in Kenansville", "At a rally, Trump likened the
    refugees to a snake"): a rally told only as the setting of one speaker's words is a venue,
    not a reported demonstration (CAMEO 141 is the act of the crowd)."""
    if tok.lemma_.lower() != "rally" or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in CAMPAIGN_RALLY_MODIFIERS for c in tok.children):
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "during"):
        return False
    verb = tok.head.head
    speaking = verb.lemma_.lower() in REPORTING_VERBS | CHARACTERISING_VERBS | {"speak"}
    return speaking and any(c.dep_ == "nsubj" and _one_person(c) for c in verb.children)


def _one_person(tok) -> bool:
    """A named person or one person noun ("Trump", "the former president"), not a crowd."""
    return tok.tag_ in ("NNP", "NN", "PRP") and (
        tok.ent_type_ == "PERSON"
        or tok.lemma_.lower() in PERSON_NOUNS
        or (tok.pos_ == "PRON" and tok.lower_ in ("he", "she"))
    )


def is_figurative_force(tok) -> bool:
    """ "a diplomatic offensive", "a charm offensive", "a media attack": a military noun
    modified by a word of talk, trade or law (:data:`FIGURATIVE_FORCE_MODIFIERS`) is a
    campaign, not armed force (issue 9 item 3, metaphors)."""
    return any(
        c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in FIGURATIVE_FORCE_MODIFIERS or _market_word(c))
        for c in tok.children
    )


def is_confinement(tok) -> bool:
    """ "has been in detention since March", "died in custody", "under arrest": an arrest
    noun after "in" or "under" is the state of being held (issue 9 item 1; Vendler 1957),
    not the act; "taken into custody", "placed under arrest" are the act. So is a confinement
    measured by its length ("returns home after five years of detention"), given as the term
    of a sentence ("sentenced to life imprisonment": the sentence's content, not an arrest), or
    kept by an extension ("extended his detention", "the extension of his detention":
    :data:`helpers.lexicon.events.CUSTODY_EXTENDING_WORDS`)."""
    if tok.lemma_.lower() not in CONFINEMENT_NOUNS:
        return False
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    if tok.dep_ in ("dobj", "obj", "nsubjpass", "pobj") and holder.lemma_.lower() in CUSTODY_EXTENDING_WORDS:
        return True
    if tok.dep_ != "pobj":
        return False
    prep, above = tok.head, tok.head.head
    lemma = above.lemma_.lower()
    if prep.lower_ == "of" and lemma in TIME_UNITS and above.tag_ == "NNS":
        return True
    if prep.lower_ == "to" and "sentence" in (VERB_TRIGGERS.get(lemma), NOUN_TRIGGERS.get(lemma)):
        return True
    return (
        prep.lower_ in ("in", "under")
        and lemma not in LISTING_VERBS
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    )


def is_reviewed_sentence(tok) -> bool:
    """ "the Supreme Court upheld the death sentence of X", "The death sentence of X was carried
    out this morning", "urged the authorities to quash the conviction": a noun of a sentence
    (:data:`helpers.lexicon.events.NOUN_TRIGGERS`: "sentence", "conviction") that a verb of
    review or execution takes as its object (or passive subject) is a sentence already passed,
    not a new one (:data:`helpers.lexicon.events.SENTENCE_REVIEW_VERBS`)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False
    if NOUN_TRIGGERS.get(tok.lemma_.lower()) != "sentence":
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    carried_out = lemma == "carry" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return lemma in SENTENCE_REVIEW_VERBS or carried_out


def is_served_term(tok) -> bool:
    """ "X, who was serving a life sentence", "is serving a nine-year sentence", "served
    five years of his sentence": a sentence that someone serves (or completes) is the state
    of being imprisoned, context and not the report of a court's act (issue 9 item 1: "serving
    a nine-year term" is context, not an event; tests/gold_reuters/README.md, "States are not
    events": "serving a sentence"). "was sentenced", "a court handed down a sentence" report
    the act (:data:`helpers.lexicon.events.CUSTODY_TERM_VERBS`)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "served five years of his sentence"
        tok = tok.head.head
    return tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in CUSTODY_TERM_VERBS


def ends_an_organisation(tok) -> bool:
    """ "which the Supreme Court ordered dissolved", "was ordered to be liquidated by the
    court", "a court ordered the liquidation of the group", "outlawed his foundation": a word of
    :data:`helpers.lexicon.events.DISBANDING_WORDS` whose patient is an organisation (an ORG
    entity or a head of :data:`helpers.lexicon.people.ORG_WORDS`) and whose agent is named. Not a
    body that dissolves itself ("announced it was dissolving itself"), a deciding body of a state
    ("dissolved parliament", :data:`DECIDING_BODIES`), nor a company wound up
    (:data:`helpers.lexicon.events.LISTED_BODY_NOUNS`), and the agent is a state or one of its
    authorities (:func:`_is_authority`): not a passive without its agent ("have been forcibly
    dissolved": who ended them is not told), nor "liquidated by its creditors"."""
    if tok.lemma_.lower() not in DISBANDING_WORDS:
        return False
    if tok.pos_ == "NOUN":  # "ordered the liquidation of X": the agent is the ordering verb's subject
        patients, holder = prep_objects(tok, "of"), tok.head if tok.dep_ in ("dobj", "obj") else None
    else:  # "ordered (X) dissolved", "was ordered to be liquidated": the ordering verb's patient and agent
        holder = tok.head if tok.dep_ in ("xcomp", "oprd", "ccomp") and tok.head.pos_ == "VERB" else tok
        patients = [p for p in (verb_object(tok), verb_object(holder)) if p is not None]
    kids = [] if holder is None else [c for v in {holder.i: holder, tok.i: tok}.values() for c in v.children]
    agents = [c for c in kids if c.dep_ == "nsubj"] + [g for c in kids if c.dep_ == "agent" for g in c.children]
    patient = patients[0] if patients else None
    return (
        any(_is_authority(a) for a in agents)
        and patient is not None
        and patient.pos_ != "PRON"
        and any(  # "the rights group Human Constanta": a name in apposition to the kind of body
            t.ent_type_ == "ORG" or t.lemma_.lower() in ORG_WORDS
            for t in (patient, patient.head if patient.dep_ == "appos" else patient)
        )
        and not any(
            t.lemma_.lower() in DECIDING_BODIES | LISTED_BODY_NOUNS | {"government"}
            for t in [patient, *(c for c in patient.children if c.dep_ in ("compound", "amod"))]
        )
    )


def _is_authority(tok) -> bool:
    """A state or one of its authorities: a GPE or NORP entity ("Russia", "Belarusian"), or a
    court, ministry, police or security service, prosecutor, government or regime
    (:data:`helpers.lexicon.people.STATE_BODIES`, :data:`helpers.lexicon.events.POLICE_WORDS`)."""
    word = tok.lemma_.lower()
    return tok.ent_type_ in ("GPE", "NORP") or word in STATE_BODIES | POLICE_WORDS | {"government", "regime", "judge"}


def is_instance_of_a_kind(tok) -> bool:
    """ "jailed him on Monday, the first time a reporter has been jailed under the law", "It
    is not the first time she has been jailed": a clause on "the first (second, last, only)
    time" that is said of the sentence's own act (an apposition to a verb of the same type, or
    of a sentence to prison told by a verb of arrest: "sentenced her to four years, the first
    time a reporter has been jailed") or that a copula predicates names the kind of act the
    sentence tells, or a history; it reports no act of its own. "The last time he was arrested,
    in 2019, he spent a month in jail" tells that arrest (the phrase sets the time of another
    verb)."""
    time = tok.head
    if tok.dep_ != "relcl" or time.lemma_.lower() != "time":
        return False
    if not any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ("last", "only")) for c in time.children):
        return False
    kinds = {VERB_TRIGGERS.get(time.head.lemma_.lower()), VERB_TRIGGERS.get(tok.lemma_.lower())}
    same_act = kinds == {"arrest", "sentence"} or (len(kinds) == 1 and None not in kinds)
    return time.dep_ == "attr" or (time.dep_ == "npadvmod" and same_act)
