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

Before the climb: a negative or generic argument ("No sanctions would be eased": negated;
"anyone who protests is jailed": generic), a clause on an event noun that schedules or
proposes it ("elections which had been set for December"), a prospective phrase ("ahead of
the election"), a release that ends a term just imposed ("banned him from administering
websites for four years after his release": announced). During it: "be going to" (future), an
adjective of likelihood or schedule ("elections are likely", "the vote is due"), "applied for"
(demanded), a copula that equates the event with a demand
("the main demand is the release of ..."), a gerund under a preposition ("attempts at
securing his release"), readiness ("ready for talks": promised), a clause after a future or
modal main clause ("until these discussions are over"), a topic of talk ("discussed further
prisoner exchanges", "talked about lifting sanctions": hypothetical) (issue 9, item 2).
"""

from __future__ import annotations

from helpers.events.tokens import RELATIVE_TAGS, first_conjunct, has_subject, present_perfect
from helpers.lexicon.calendar import TIME_UNITS
from helpers.lexicon.events import (
    ANAPHORIC_DETS,
    HOMECOMING_VERBS,
    NOUN_TRIGGERS,
    SANCTION_NOUNS,
    VERB_TRIGGERS,
    WITH_SANCTION_VERBS,
)
from helpers.lexicon.modality import (
    CLAIM_NOUNS,
    CONDUCT_VERBS,
    CONFIRMING_VERBS,
    CONTENT_VERBS,
    CONTEST_NOUNS,
    COUNTDOWN_PREPOSITIONS,
    DECISION_NOUNS,
    DISTANCE_ADVERBS,
    EVIDENCE_NOUNS,
    FOR_GOVERNORS,
    GENERIC_PRONOUNS,
    GOVERNORS,
    HABITUAL_ADJECTIVES,
    IMPLICATIVE_VERBS,
    JOURNEY_NOUNS,
    LIGHT_VERBS,
    MODAL_MODALITY,
    NEAR_MISS_WORDS,
    NEGATIVE_ARGUMENTS,
    NONSPECIFIC_DETERMINERS,
    NOUN_MODIFIERS,
    ORDERED_ACT_NOUNS,
    ORDERING_VERBS,
    PARTICIPATION_VERBS,
    PENALTY_VERBS,
    PHRASAL_GOVERNORS,
    PREDICATE_ADJECTIVES,
    PROSPECTIVE_HEADS,
    REPORT_NOUNS,
    RESULT_NOUNS,
    SAYING_VERBS,
    SETTING_PREPOSITIONS,
    STANCE_GOVERNORS,
    STOPPED_SUBJECT_VERBS,
    TERM_END_NOUNS,
    TERM_END_PREPOSITIONS,
    WARRANT_NOUNS,
)

CLIMB = {"xcomp", "ccomp", "dobj", "obj", "attr", "oprd", "nsubjpass", "pcomp"}
ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "obj")
# conjunctions of a clause that happens after its main clause: "would remain president until
# his successor was chosen", "won't react until these discussions are over" (the clause
# takes the main clause's future or modal; Reichenbach 1947)
LATER_MARKS = {"until", "till", "before", "once"}
EXPERIENTIAL_ADVERBS = {"before", "previously"}  # "has seized sailors before"
# prepositions through which a gerund takes the modality of the word it complements
# ("attempts at securing his release", "in hopes of freeing them", "calls for releasing")
GERUND_PREPOSITIONS = {"for", "to", "of", "on", "at", "in", "toward", "towards", "by", "about"}


def _is_negative(tok) -> bool:
    """ "no sanctions", "none of the prisoners", "nobody", "no one": an argument that
    denies the act (:data:`helpers.lexicon.modality.NEGATIVE_ARGUMENTS`)."""
    return tok.lemma_.lower() in NEGATIVE_ARGUMENTS or any(
        c.dep_ == "det" and c.lower_ in NEGATIVE_ARGUMENTS for c in tok.children
    )


def _argument_modality(verb) -> str | None:
    """Modality an argument of a verbal trigger gives it: a negative subject or patient
    ("No sanctions would be eased": negated, whatever modal follows; issue 9 item 2) or a
    generic pronoun ("Anyone who dares to protest is jailed": generic, ACE 2005 genericity)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    args = [c for c in verb.children if c.dep_ in ARGUMENTS]
    if any(_is_negative(a) for a in args):
        return "negated"
    if any(a.dep_ in ("nsubj", "nsubjpass") and a.lemma_.lower() in GENERIC_PRONOUNS for a in args):
        return "generic"
    return None


def _is_habitual(noun) -> bool:
    """An event noun of habit, no particular act: "holds a regular dialogue with Iran",
    "frequent talks" (:data:`helpers.lexicon.modality.HABITUAL_ADJECTIVES`), a bare plural or
    the object of a verb in the simple present. A definite one is one of them ("its annual
    meeting next week"), and so is one told in the past ("discussed it at a routine meeting")."""
    if noun.pos_ != "NOUN" or _is_definite(noun):
        return False
    if not any(c.dep_ == "amod" and c.lower_ in HABITUAL_ADJECTIVES for c in noun.children):
        return False
    bare_plural = noun.tag_ == "NNS" and not any(c.dep_ == "det" for c in noun.children)
    return bare_plural or (noun.dep_ == "dobj" and noun.head.tag_ in ("VBZ", "VBP"))


def _is_experiential(verb) -> bool:
    """ "Iran has seized Western sailors before", "Minsk has previously freed prisoners": a
    present perfect with "before" or "previously" tells that such acts have happened at some
    time (the experiential perfect, Comrie 1976, *Aspect*, ch. 3), no particular act: generic
    (ACE 2005 genericity). The acts it sums up are told with their own dates."""
    return present_perfect(verb) and any(c.dep_ == "advmod" and c.lower_ in EXPERIENTIAL_ADVERBS for c in verb.children)


def _is_going_to(tok) -> bool:
    """ "there is going to be a coup", "they are going to meet": "be going to" + infinitive
    is a future (Quirk et al. 1985, §4.45), whether the parser makes "going" an auxiliary or
    the verb."""
    return (
        tok.lemma_.lower() == "go"
        and tok.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in tok.children)
        and any(
            c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in tok.children
        )
    )


def _clause_of_noun(tok) -> str | None:
    """Modality a clause on an event noun gives it when the noun is the clause's patient:
    "talks scheduled for Thursday" (a participle), "elections which had been set for
    December", "the meeting that Seoul proposed" (a relative clause whose verb governs;
    :data:`helpers.lexicon.modality.GOVERNORS`)."""
    for c in tok.children:
        if any(g.dep_ == "xcomp" or (g.dep_ == "prep" and g.lower_ == "at") for g in c.children):
            continue  # "meetings aimed at stabilising currencies": the clause gives a purpose
        if (
            c.dep_ == "acl"
            and c.tag_ == "VBN"
            or (
                c.dep_ == "relcl"
                and any(g.dep_ in ("nsubjpass", "dobj") and g.tag_.startswith("W") for g in c.children)
            )
        ):
            gov = governing_modality(c)
            if gov:
                return gov
    return None


def _measure_of_time(tok) -> bool:
    """ "two months", "50 days", "weeks": a noun of a unit of time (a measure, not a date)."""
    return tok.lemma_.lower() in TIME_UNITS and tok.tag_ == "NNS"


def _predicated(verb) -> str | None:
    """Modality of an event noun that is the subject of a copula with an adjective of
    likelihood or schedule ("early elections are likely", "the vote is due in May";
    :data:`helpers.lexicon.modality.PREDICATE_ADJECTIVES`), or with a distance in time ("U.S.
    elections are two months away": announced; :data:`helpers.lexicon.modality.DISTANCE_ADVERBS`)."""
    if verb.lemma_.lower() not in ("be", "become", "remain"):
        return None
    if any(
        c.dep_ == "advmod" and c.lower_ in DISTANCE_ADVERBS and any(map(_measure_of_time, c.children))
        for c in verb.children
    ):
        return "announced"
    return next(
        (
            PREDICATE_ADJECTIVES[c.lower_]
            for c in verb.children
            if c.dep_ == "acomp" and c.lower_ in PREDICATE_ADJECTIVES
        ),
        None,
    )


def _copular_content(verb) -> str | None:
    """Modality of an event noun that a copula equates with a demand, a proposal or a plan:
    "The main demand of the protesters is the release of ...", "the second surprise in his
    proposals was an amnesty" (the subject, or a noun it governs through of/in, is a
    governing noun of :data:`helpers.lexicon.modality.GOVERNORS`)."""
    if verb.lemma_.lower() != "be":
        return None
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        heads = [subj] + [
            g
            for p in subj.children
            if p.dep_ == "prep" and p.lower_ in ("of", "in")
            for g in p.children
            if g.dep_ == "pobj"
        ]
        gov = next((m for m in map(governing_modality, heads) if m), None)
        if gov:
            return gov
    return None


def _later_clause(verb) -> str | None:
    """The modality of the main clause over a clause that happens after it ("We won't be
    reacting until these discussions are over": announced), or None (:data:`LATER_MARKS`).
    Under a negated main clause ("not to ease pressure until all are freed") the later clause
    is a condition not yet met: hypothetical (issue 9 item 2)."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in LATER_MARKS for c in verb.children):
        if modal := _clause_modal(verb.head):
            return modal
        main = modality(verb.head)  # "urged the West to keep up pressure until all are freed"
        if main == "negated":  # "not to ease pressure until all are freed": a condition still unmet
            return "hypothetical"
        return main if main in ("demanded", "promised", "hypothetical", "announced") else None
    return None


def _for_to_clause(verb) -> bool:
    """ "called for the sanctions to be lifted", "paved the way for them to be freed": an
    infinitive clause introduced by "for" (spaCy: ``advcl`` with ``mark`` "for" and ``aux`` "to")
    is the content of its verb or noun, a situation not yet real (Quirk et al. 1985, §15.15 on
    for-to infinitive clauses; spaCy attaches one on a noun as ``relcl`` or ``acl``)."""
    return (
        verb.dep_ in ("advcl", "relcl", "acl")
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _is_sought(tok) -> bool:
    """ "information leading to the bombers' arrest", "tips leading to the capture of ...":
    an event that evidence would lead to is sought, not reported (a reward notice)."""
    lead = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
    return (
        lead is not None
        and lead.lemma_.lower() == "lead"
        and lead.tag_ == "VBG"
        and lead.dep_ == "acl"
        and lead.head.lower_ in EVIDENCE_NOUNS
    )


def _is_ordered(tok) -> bool:
    """ "issued a warrant for his arrest", "prosecutors ordered the arrest of his six aides": an
    arrest that a warrant or an order is for has been decided, not carried out, so it is
    announced (:data:`helpers.lexicon.modality.WARRANT_NOUNS`; tests/modern6/README.md M6-1).
    An order to release stays asserted: a court's release order frees the prisoner before it."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ORDERED_ACT_NOUNS:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in WARRANT_NOUNS:
        return True
    return tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in ORDERING_VERBS


def _is_prospective(tok) -> bool:
    """ "ahead of Sunday's election", "in the run-up to the vote", "on the eve of the
    talks": an event noun after a prospective head is still to come
    (:data:`helpers.lexicon.modality.PROSPECTIVE_HEADS`); so is one at the end of a measure of
    time counted from now ("with 50 days until the election":
    :data:`helpers.lexicon.modality.COUNTDOWN_PREPOSITIONS`)."""
    if tok.dep_ == "pobj" and tok.head.lower_ in COUNTDOWN_PREPOSITIONS and _measure_of_time(tok.head.head):
        return True
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if before is not None and before.lower_ in COUNTDOWN_PREPOSITIONS and _measure_of_time(before.head):
        return True  # the same when the parser leaves the noun outside "until": read by position
    cur = tok
    for _ in range(3):  # "on the eve of the return to peace talks": up through nouns
        if cur.dep_ != "pobj" or cur.head.lower_ not in ("of", "to"):
            return False
        head = cur.head.head
        words = tok.doc[head.left_edge.i if head.pos_ == "NOUN" else head.i : head.i + 1].text.lower()
        if any(words.endswith(h) for h in PROSPECTIVE_HEADS):
            return True
        cur = head
    return False


def _ends_imposed_term(tok) -> bool:
    """ "banned him from administering websites for four years after his release": a release
    after which a penalty of the same ruling runs is the end of the term just imposed, still to
    come (:data:`helpers.lexicon.modality.PENALTY_VERBS`)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in TERM_END_NOUNS:
        return False
    if tok.dep_ != "pobj" or tok.head.lower_ not in TERM_END_PREPOSITIONS:
        return False
    above = [tok.head, *list(tok.head.ancestors)[:6]]  # up through "for four years" and "from administering"
    return any(a.lemma_.lower() in PENALTY_VERBS and a.pos_ == "VERB" for a in above)


# modalities of an intended act: a gerund of plotting or planning the parser hangs on the event
# noun as its modifier ("on suspicion of plotting attacks") still governs it; not "suspending
# sanctions", where the gerund is the trigger's own verb
INTENT_MODALITIES = ("hypothetical", "announced")


def _local_modality(tok) -> str | None:
    kids = list(tok.children)
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in kids):
        return "negated"
    if any(c.dep_ == "det" and c.lower_ in NONSPECIFIC_DETERMINERS for c in kids):
        return "hypothetical"  # "despite any talks to avert the curbs": no particular talks took place
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
        return "hypothetical"
    if _is_going_to(tok):
        return "announced"
    for c in kids:
        if c.dep_ == "aux" and c.lower_ in MODAL_MODALITY:
            return _modal(tok, c.lower_)
        if c.dep_ == "aux" and c.lower_ == "going" and any(g.lower_ == "to" for g in c.children):
            return "announced"
        if c.dep_ == "amod" and c.lower_ in NOUN_MODIFIERS:
            return NOUN_MODIFIERS[c.lower_]
        intended = governing_modality(c) if c.dep_ in ("amod", "compound") and c.tag_ == "VBG" else None
        if intended in INTENT_MODALITIES:
            return intended  # "of plotting attacks", parsed as a modifier of the noun
    return None


def _clause_modal(verb) -> str | None:
    """The modality a modal auxiliary gives the clause of ``verb`` ("The meeting will
    provide ...": announced; "a meeting ... would try": hypothetical), or None. An event
    noun that is the subject of a clause happens in that clause's time: a future or modal
    clause is no report that it took place (Reichenbach 1947, event time after speech time)."""
    aux = next((c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_MODALITY), None)
    return MODAL_MODALITY.get(aux) if aux else None


#: modalities of an act not (yet) done
UNREAL = ("announced", "promised", "demanded", "hypothetical")


def _dated_before(noun) -> bool:
    """A time before the noun names its occasion as one known ("the February talks", "at this
    year's farm price talks", "yesterday's meetings"): it is no setting still to come."""
    return any(c.i < noun.i and c.ent_type_ in ("DATE", "TIME") for c in noun.children)


def _unreal_setting(prep) -> str | None:
    """ "announced" for an event noun that is the place, occasion or means of an act not (yet)
    done (:data:`UNREAL`; :data:`helpers.lexicon.modality.SETTING_PREPOSITIONS`): "plans to
    join her supporters at the protest", "hope to speak at a protest": the text tells of the
    protest as of a coming occasion, not as of one that took place (Reichenbach 1947: its time
    is that of the act, after speech time). None for a done or negated act, whose setting took
    place ("were detained at the protest", "was not seen at the protest"). The noun takes no
    more than the act's futurity: "urged him to compete in this year's election" is no demand
    for the election. The noun of a verb of taking part is the act itself and is demanded or
    promised with it ("calls on the regime to enter into a genuine dialogue": demanded;
    :data:`helpers.lexicon.modality.PARTICIPATION_VERBS`)."""
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.dep_ == "acl":
        return None  # "a scheme to limit spending at a meeting on Tuesday": the scheme's aim
    part = prep.lower_ in ("in", "into") and verb.lemma_.lower() in PARTICIPATION_VERBS
    if not part and prep.lower_ not in SETTING_PREPOSITIONS:
        return None
    found = modality(verb)
    if found not in UNREAL:
        return None
    return found if part and found in ("demanded", "promised") else "announced"


def _modal(verb, aux: str) -> str:
    """The modality of the modal auxiliary ``aux`` on ``verb``. "would" in the complement of a
    past reporting verb is the future of reported speech ("The EU said it would impose new
    sanctions": "will" backshifted, Quirk et al. 1985, 14.31), announced as the gold sets read
    it (tests/gold: "announced on Saturday that Washington would lift the potash sanctions");
    elsewhere, or with a condition ("if", "unless"), it stays hypothetical, and so does an event
    noun that is the subject of such a clause ("a meeting would settle the matter, he said":
    :func:`_clause_modal`)."""
    if (
        aux in ("would", "'d")
        and verb.dep_ == "ccomp"
        and not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for t in verb.subtree for c in t.children)
    ):
        head = verb.head
        if head.lemma_.lower() in SAYING_VERBS and head.tag_ in ("VBD", "VBN"):
            return "announced"
    return MODAL_MODALITY[aux]


def _is_intended(tok) -> bool:
    """An infinitive ("a move to impose sanctions", "tried to free them") names an act that is
    aimed at, not one that took place, unless an implicative verb governs it ("managed to
    free": :data:`helpers.lexicon.modality.IMPLICATIVE_VERBS`; Karttunen 1971)."""
    if tok.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return tok.head.lemma_.lower() not in IMPLICATIVE_VERBS


def _report_modality(noun) -> str | None:
    """Modality a report noun gives the act its "that" clause tells
    (:data:`helpers.lexicon.modality.REPORT_NOUNS`): denied if a verb of denial takes the report
    ("denied reports that she began a hunger strike"), asserted if a verb of confirmation does
    without negation ("confirmed reports that"), else hypothetical ("has not confirmed reports
    that Berlin is negotiating", "amid reports that"); None for another noun."""
    if noun.lemma_.lower() not in REPORT_NOUNS:
        return None
    verb = noun.head if noun.dep_ in ("dobj", "obj", "nsubjpass") else None
    if verb is None:
        return "hypothetical"
    if governing_modality(verb) == "denied":
        return "denied"
    confirmed = verb.lemma_.lower() in CONFIRMING_VERBS and not any(c.dep_ == "neg" for c in verb.children)
    return "asserted" if confirmed else "hypothetical"


def meeting_of_journey(verb) -> bool:
    """True for an infinitive of purpose naming a meeting on a verb of a journey that took
    place: "travelled to Caracas in March to meet Maduro", "flew to Minsk to hold talks", "made
    a trip to Mar-a-Lago on January 4 to meet Trump" (:data:`helpers.lexicon.events.HOMECOMING_VERBS`,
    :data:`helpers.lexicon.modality.JOURNEY_NOUNS`): the meeting takes the journey's modality.
    Other acts a journey is for stay aims ("flew to Minsk to secure their release")."""
    if verb.dep_ not in ("advcl", "xcomp") or not _is_intended(verb):
        return False
    meeting = VERB_TRIGGERS.get(verb.lemma_.lower()) == "negotiation" or any(
        c.dep_ == "dobj" and NOUN_TRIGGERS.get(c.lower_) == "negotiation" for c in verb.children
    )
    head = verb.head
    journey = head.lemma_.lower() in HOMECOMING_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in JOURNEY_NOUNS for c in head.children
    )
    return meeting and journey


def _decided(verb):
    """The decision noun whose taken decision an infinitive tells ("the decision to impose
    tariffs", "Friday's decision to lift the ban"), or None: a definite or possessive
    decision noun (:data:`helpers.lexicon.modality.DECISION_NOUNS`) presupposes the decision,
    so the act takes the modality of the noun's own clause."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    definite = any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "its", "their")) or c.dep_ == "poss"
        for c in noun.children
    )
    return noun if noun.lemma_.lower() in DECISION_NOUNS and definite else None


def _is_definite(noun) -> bool:
    """An event noun that refers to a particular act: "the new sanctions", "its invasion",
    "last year's election", "the 2020 vote" (a definite or possessive determiner, or a date of
    its own); not "talks", "a swap", "any sanctions"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS)
        or c.dep_ == "poss"
        or (c.dep_ in ("compound", "nummod", "amod") and c.ent_type_ == "DATE")
        for c in noun.children
    )


def _has_own_subject(verb) -> bool:
    """A verb with a subject of its own: a coordinated clause, not a coordinated predicate. A
    negation scopes over its own clause (Horn 1989), so "X did not confirm it, but Y said ..."
    does not negate what Y said."""
    return verb.pos_ in ("VERB", "AUX") and has_subject(verb)


def _present_clause(verb) -> bool:
    """A verb in the present tense, progressive or perfect ("enters", "is taking", "have been
    mentioned"), not in a past or modal clause."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def is_coming_contest(tok) -> bool:
    """ "as the presidential election enters its final stretch", "taking sides in this
    election", "barely mentioned in this year's race": an election noun
    (:data:`helpers.lexicon.modality.CONTEST_NOUNS`) named as the current contest ("this",
    "this year's") or the subject or prepositional object of a present-tense clause is the
    campaign before a vote still to come. The caller keeps a contest dated on or before the
    publication day as it is (a vote held today is happening)."""
    if tok.lemma_.lower() not in CONTEST_NOUNS or tok.pos_ != "NOUN":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "det" and c.lower_ == "this" for c in kids) or any(
        c.dep_ == "poss" and c.lemma_.lower() == "year" and any(g.lower_ == "this" for g in c.children) for c in kids
    ):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        verb = tok.head.head
    else:
        return False
    return verb.pos_ in ("VERB", "AUX") and _present_clause(verb)


def _stops_its_subject(verb) -> bool:
    """Whether ``verb`` (not negated, no particle) keeps the process that is its subject from going
    on: "talks have stalled since March", "the process collapsed"
    (:data:`helpers.lexicon.modality.STOPPED_SUBJECT_VERBS`)."""
    return verb.lemma_.lower() in STOPPED_SUBJECT_VERBS and not any(c.dep_ in ("neg", "prt") for c in verb.children)


def _stance_on(verb, tok) -> bool:
    """True if ``verb`` takes a stance on the event noun ``tok`` below its object ("does not
    recognize the election", "did not attend the talks") rather than carrying it: its
    negation denies the stance, not the event (the scope of negation is the verb's own
    proposition: Horn 1989; FactBank, Saurí & Pustejovsky 2009, only event-selecting
    predicates pass factuality down). Light verbs ("did not hold talks":
    :data:`helpers.lexicon.modality.LIGHT_VERBS`) and governors ("refused the release") carry it."""
    if tok.pos_ not in ("NOUN", "PROPN") or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS or governing_modality(verb) or lemma in VERB_TRIGGERS:
        return False
    return any(c.dep_ in ("dobj", "obj") and tok in c.subtree for c in verb.children)


def _announces_a_done_act(cur, head, rel: str) -> bool:
    """ "announced that it had arrested eight people", "announced the arrest of three Americans",
    "Trump announced the releases": "announce" reports an act already done when its clause is
    in the past or the perfect, or when its object is an act done to people (a release, an
    arrest, a sentence) or sanctions ("announced more than 500 new sanctions against Russia":
    imposed that day); announced is for an act decided or scheduled for a later time
    (tests/gold_reuters/README.md, modality table; tests/modern5/README.md, 239)."""
    if head.lemma_.lower() != "announce":
        return False
    if rel == "ccomp" and cur.pos_ in ("VERB", "AUX"):
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in cur.children)
        return perfect or cur.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in cur.children)
    lemma = cur.lemma_.lower()
    return rel == "dobj" and (NOUN_TRIGGERS.get(lemma) in ("release", "arrest", "sentence") or lemma in SANCTION_NOUNS)


def _content_whole(cur, head, rel: str):
    """The noun whose content ``cur`` is, as the object of a verb of containing
    (:data:`helpers.lexicon.modality.CONTENT_VERBS`): the verb's subject ("the plan includes the
    release"), or the noun its relative clause is on ("the plot, which included attacks");
    None otherwise."""
    if rel not in ("dobj", "obj") or head.lemma_.lower() not in CONTENT_VERBS:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in RELATIVE_TAGS:
        return subject
    clause = head  # "the plot, which (he said) included": up to the relative clause
    while clause.dep_ == "ccomp":
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None


def governing_modality(tok) -> str | None:
    """The modality a governing verb gives the event it governs ("demand" -> demanded),
    or None (:data:`helpers.lexicon.modality.GOVERNORS`). A verb with an object complement
    names or judges its object and governs nothing: "called the election a farce", "which
    they called a sham" (WordNet 3.0 call.v.01 "assign a specified label to"; Quirk et al.
    1985, 16.43 complex-transitive verbs), unlike "called for the release". A phrasal verb
    governs only as listed in :data:`helpers.lexicon.modality.PHRASAL_GOVERNORS` ("called off
    the talks": negated; "set off months of protests": none)."""
    if any(c.dep_ == "oprd" for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    if particle:  # "set off months of protests": not "set", which schedules (PHRASAL_GOVERNORS)
        return PHRASAL_GOVERNORS.get((lemma, particle))
    if lemma in NEAR_MISS_WORDS and tok.pos_ in ("ADJ", "ADV"):
        return "hypothetical"  # "came close to a deal on a prisoner swap"
    return next((m for m, words in GOVERNORS.items() if lemma in words), None)


def modality(tok) -> str:
    """Modality of the event triggered by ``tok`` (see the module docstring).

    Args:
        tok: a spaCy token, the event trigger (verb or event noun).

    Returns:
        One of :data:`helpers.core.schemas.MODALITIES`.
    """
    threat = governing_modality(tok) if tok.lemma_.lower() in WITH_SANCTION_VERBS else None
    if threat and not _local_modality(tok):
        return threat  # "threatened Russia with massive new sanctions": a threat, not an act
    first = (
        _argument_modality(tok)
        or ("generic" if _is_habitual(tok) or _is_experiential(tok) else None)
        or _clause_of_noun(tok)
        or ("announced" if _is_prospective(tok) or _ends_imposed_term(tok) else None)
        or ("hypothetical" if _is_sought(tok) else None)
        or ("announced" if _is_ordered(tok) else None)
    )
    if first:
        return first
    own = {tok, first_conjunct(tok)}  # "the arrest, the conviction and ... are essential"
    cur, own_clause_of = tok, None
    for _ in range(8):
        local = _local_modality(cur)
        if local == "negated" and cur is not tok and _stance_on(cur, tok):
            local = None  # "does not recognize the result of the election": the election took place
        if local == "negated" and cur is own_clause_of:
            local = None  # "did not confirm the figure, but groups said 80 had been freed"
        if local:
            if cur is not tok and cur.dep_ in ("ccomp", "xcomp") and governing_modality(cur.head) == "denied":
                return "denied"  # "deny there is going to be a coup": the denial covers the future
            return local
        head, rel = cur.head, cur.dep_
        if head == cur:  # an infinitive with no verb above is an aim ("calls on: - the authorities to release")
            return "hypothetical" if _is_intended(cur) else "asserted"
        if (
            rel == "ccomp"
            and cur.i < head.i
            and any(cur.i < c.i < head.i and c.lemma_.lower() in CLAIM_NOUNS for c in head.children)
        ):
            return "asserted"  # "sentenced X ..., a charge his family reject": the verb judges the charge
        if rel == "conj":
            if _has_own_subject(cur):
                own_clause_of = head  # a coordinated clause is outside the first one's negation
            cur = head
            continue
        if rel == "relcl" and head.lemma_.lower() in GENERIC_PRONOUNS:
            return "generic"  # "anyone who dares to protest"
        if rel in ("pcomp", "pobj") and head.lower_ == "without":
            return "negated"  # "came to power without facing elections": it did not happen
        if rel == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
            gov = governing_modality(head) or _report_modality(head)  # "a demand that Mandela be released"
            if gov:
                return gov
        if (
            rel in ("nsubj", "nsubjpass")
            and cur in own
            and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children)
        ):
            return "hypothetical"
        if rel == "pobj" and cur in own and head.dep_ == "prep" and _clause_modal(head.head):
            return _clause_modal(head.head)  # "will feature prominently in the talks"
        if rel == "pobj" and cur in own and not _dated_before(cur) and (unreal := _unreal_setting(head)):
            return unreal  # "plans to join her supporters at the protest": as the joining
        if rel == "attr" and _copular_content(head):
            return _copular_content(head)
        if rel == "acl" and (noun := _decided(cur)) is not None:
            return modality(noun)  # "the decision to impose tariffs sent a message": imposed
        if rel == "advcl" and (later := _later_clause(cur)):
            return later  # "would remain president until his successor was chosen"
        if _for_to_clause(cur):
            return governing_modality(head) or "hypothetical"
        if rel == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in RESULT_NOUNS:
            return "asserted"  # "suspended the results of the primary": the primary took place
        if rel == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in FOR_GOVERNORS:
            return FOR_GOVERNORS[head.head.lemma_.lower()]  # "applied for the pardon": a request
        if rel == "pobj" and (
            head.dep_ in ("prep", "agent") and head.lower_ in ("for", "to", "of", "on") or head.dep_ == "agent"
        ):
            head = head.head
        elif rel == "pobj" and head.lower_ == "about" and governing_modality(head.head):
            # "talked about the release": the verb governs its topic; "gave no details about the
            # negotiations" does not ("details" is no governor, and the negotiations took place)
            head = head.head
        elif rel == "pcomp" and head.dep_ == "prep" and head.lower_ in GERUND_PREPOSITIONS:
            head = head.head
        elif rel in ("nsubj", "nsubjpass") and cur in own and head.lemma_.lower() in LIGHT_VERBS:
            pass  # "elections will be held", "talks will resume": the verb carries the modality
        elif rel == "nsubjpass" and cur in own and governing_modality(head):
            pass  # "the talks be discontinued", "a meeting was proposed": the verb governs the act
        elif (
            rel in ("nsubj", "nsubjpass")
            and cur in own
            and tok.pos_ in ("NOUN", "PROPN")
            and head.pos_ in ("VERB", "AUX")
        ):
            ended = "negated" if rel == "nsubj" and _stops_its_subject(head) else None  # "talks have stalled"
            return _clause_modal(head) or _predicated(head) or _later_clause(head) or ended or "asserted"
        elif rel == "nsubj" and cur in own and tok.pos_ in ("NOUN", "PROPN"):
            pass  # a verbless clause: "urged Berlin to make the release a condition of any contact"
        elif meeting_of_journey(cur):
            cur = head  # "travelled to Caracas to meet Maduro": as the journey
            continue
        elif rel not in CLIMB or (rel == "nsubjpass" and cur in own):
            return "hypothetical" if _is_intended(cur) else "asserted"
        whole = _content_whole(cur, head, rel)
        gov = governing_modality(whole) if whole is not None else None
        if gov:
            return gov  # "the alleged plot, which included attacks on embassies": the plot's standing
        gov = governing_modality(head)
        if gov and head.lemma_.lower() in CONDUCT_VERBS and NOUN_TRIGGERS.get(tok.lemma_.lower()) == "negotiation":
            gov = None  # "are pursuing normal negotiations with creditor banks": holding them
        if gov == "negated" and head.lemma_.lower() in STANCE_GOVERNORS and _is_definite(first_conjunct(tok)):
            gov = None  # "the 28 July 2024 election ... was rejected by the opposition": it took place
        if gov == "announced" and _announces_a_done_act(cur, head, rel):
            gov = "asserted"
        if gov:
            neg = any(c.dep_ == "neg" for c in head.children)
            return "asserted" if neg and gov in ("denied", "negated") else gov
        if _is_intended(cur):
            return "hypothetical"
        cur = head
    return "asserted"
