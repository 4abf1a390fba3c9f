"""Event triggers: tokens of the parse that report an event, with their event type.

Triggers are found by lemma and dependency pattern (:mod:`helpers.lexicon.events`), never
by sentence: a verb with a person-like object for releases and arrests, an event noun,
or a sanction noun whose governing verb or modifier imposes or eases it ("imposed new
sanctions", "sanctions relief", "placed on the sanctions list", "eased any of its
measures"). In an article that names sanctions, a licence ("authorised transactions
with X") eases them and "The Treasury designated 44 individuals" imposes them. States
are not arrests: "held in X", "holds 900 prisoners", "house arrest", "classed as
wrongfully detained", "people convicted of ..." as the patient of a release.
"""

from __future__ import annotations

import re

from helpers.core.structure import Parsed
from helpers.entities.gazetteer import load_gazetteer
from helpers.events.modality import governing_modality
from helpers.events.sanctions import is_party, sanction_trigger, verbal_sanction
from helpers.events.senses import (
    ends_an_organisation,
    in_a_name,
    is_arrest_verb,
    is_ballot_count,
    is_belief,
    is_campaign_rally,
    is_charged_act,
    is_confinement,
    is_continuing,
    is_decision_vote,
    is_described_state,
    is_detainee_journey,
    is_document_release,
    is_figurative_force,
    is_figurative_growth,
    is_formal_protest,
    is_generic_activity,
    is_generic_election,
    is_held_to_account,
    is_instance_of_a_kind,
    is_instruction,
    is_internal_meeting,
    is_lasting_state,
    is_market_rally,
    is_modified_head,
    is_modifier,
    is_money_release,
    is_other_race,
    is_own_staff_meeting,
    is_police_raid,
    is_reception,
    is_redescription,
    is_reviewed_sentence,
    is_served_term,
    is_showing,
    is_verbal_attack,
    is_visiting_description,
)
from helpers.events.tokens import (
    has_designation_label,
    heads_to_verb,
    is_person_like,
    prep_objects,
    trigger_keys,
    verb_object,
)
from helpers.lexicon.calendar import COUNTED_UNITS
from helpers.lexicon.events import (
    AIRCRAFT_NOUNS,
    ARMED_FORCES_NOUNS,
    ATTACKER_NOUNS,
    CAPTURE_VERBS,
    CASUALTY_VERBS,
    COMBATANT_NOUNS,
    CONFINEMENT_NOUNS,
    COUNTING_HEADS,
    COURT_NOUNS,
    DELIVERING_VERBS,
    DIPLOMAT_WORDS,
    DISBANDING_WORDS,
    EASING_NOUNS,
    EXPLOSIVE_NOUNS,
    FIRE_NOUNS,
    HOMECOMING_VERBS,
    IMPACT_VERBS,
    JAILING_VERBS,
    KILL_VERBS,
    MEDICAL_MODIFIERS,
    NOUN_TRIGGERS,
    OFFICIAL_NOUNS,
    PLACE_NOUNS,
    RIOT_CONTROL,
    STATE_COMPOUNDS,
    TELEPHONE_NOUNS,
    TERM_RECEIVING_VERBS,
    THROW_VERBS,
    VERB_TRIGGERS,
    VESSEL_NOUNS,
    WEAPON_NOUNS,
    WEAPON_STRIKE_WORDS,
)
from helpers.lexicon.modality import HABITUAL_ADJECTIVES
from helpers.lexicon.people import PERSON_NOUNS, PRIVATE_VISIT_NOUNS, RANKS
from helpers.quantities.numerals import qualifier_before

FREE_MOTION_VERBS = {"walk", "go", "come", "step"}
HOMECOMING_ADVERBS = {"home", "west", "east", "back", "abroad", "out"}
# "a state visit", "a working visit", "a peace trip": purposes of an official trip
OFFICIAL_TRIP_WORDS = {"state", "working", "work", "peace", "goodwill", "official", "diplomatic", "government"}
# gatherings of states' representatives that can be hosted beside the negotiation nouns
SUMMIT_NOUNS = {"summit", "conference", "round"}
CAPTIVE_NOUNS = {"prisoner", "detainee", "hostage", "captive", "inmate", "convict"}
# "the new device hit the market", "the mine hit record output": only thrown or planted are they bombs
VAGUE_EXPLOSIVES = {"device", "mine", "explosive"}
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "man", "men", "ee", "ant", "ent")
# A story that names armed forces: there a "battle" is a fight, not a contest of words or votes
ARMED_STORY = re.compile(r"(?i)\b(?:troops|soldiers|army|armies|armed forces|militia|guerrillas|rebels|artillery)\b")
RELEASE_STORY = re.compile(r"(?i)\b(?:freed|released|swapped|exchanged|pardoned|prisoner (?:swap|exchange))\b")


def homecoming_patient(tok):
    """The counted group whose journey ``tok`` reports, or None.

    Args:
        tok: a spaCy token.

    Returns:
        The subject token of a past-tense verb of travel (:data:`HOMECOMING_VERBS`) with a
        destination ("home", "west", "to X", "in X") whose subject is a number or a counted
        captive or nationality ("eight went to Moscow", "Nine prisoners were flown home",
        "six Americans flew home"; not "two children were flown"); else None. Only
        valid in an article about released prisoners (see :func:`find_triggers`).
    """
    if (
        tok.lemma_.lower() not in HOMECOMING_VERBS
        or tok.tag_ not in ("VBD", "VBN")
        or tok.dep_ in ("relcl", "acl", "amod", "xcomp")
    ):
        return None
    if not any(
        (c.dep_ in ("advmod", "npadvmod") and c.lower_ in HOMECOMING_ADVERBS)
        or (c.dep_ == "prep" and c.lower_ in ("to", "in", "into", "at"))
        for c in tok.children
    ):
        return None
    subj = next(
        (c for c in reversed(list(tok.lefts)) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PUNCT"), None
    )  # "**May 2:** six Americans flew home": not "*"
    if subj is None or tok.tag_ == "VBN" and subj.dep_ != "nsubjpass":
        return None
    counted = subj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in subj.children)
    captive = subj.pos_ == "NUM" or subj.ent_type_ == "NORP" or subj.lemma_.lower() in CAPTIVE_NOUNS
    return subj if counted and captive else None


def forceful_type(tok) -> str | None:
    """Event type of an act of force that its object names, or None.

    * "seized seven boats", "captured a pilot", "intercepted the trawler", "held back a
      number of vessels": arrest, when the object is people or a vessel (holding a vessel
      when no state, :func:`_is_state_hold`); "captured the town": military (capture of territory);
    * "fired missiles", "fired on the convoy": military (not "fired the minister");
    * "fired tear gas at marchers", "threw stun grenades into the crowd": none, riot control
      (:func:`riot_control`), which is part of the protest.

    A seizure of drugs or money ("seized 3 tonnes of cocaine") is none. Killing and kidnapping
    verbs were tried and left out: on the Reuters dev set they gave more wrong rows (retold
    and undated mentions) than found events.

    Source: tests/gold_reuters/README.md (arrest: seizure of people or boats; military:
    captures of territory, missile firings); CAMEO 1.1b3 codes 173 (arrest), 192 (occupy
    territory), 190/195 (use of force)."""
    lemma = tok.lemma_.lower()
    obj = _counted(verb_object(tok))
    if lemma == "hold" and obj is not None and obj.lemma_.lower() in VESSEL_NOUNS and not _is_state_hold(tok, obj):
        return "arrest"  # "Tehran had held back a number of vessels"
    if lemma in CAPTURE_VERBS and obj is not None and tok.dep_ not in ("amod",):
        if obj.lemma_.lower() in VESSEL_NOUNS or (_is_held_people(obj) and obj.pos_ != "PRON"):
            return "arrest"
        if obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in PLACE_NOUNS:
            return "military"
        return None
    if riot_control(obj):
        return None  # "fired tear gas at opposition marchers": the policing of a protest
    if lemma == "fire" and (
        (obj is not None and obj.lemma_.lower() in WEAPON_NOUNS)
        or any(c.dep_ == "prep" and c.lower_ in ("on", "at") and not _is_time_phrase(c) for c in tok.children)
    ):
        return "military"  # "fired on protesters", not "was fired on Monday" nor "by firing squad ... on June 24"
    if _weapon_act(tok, obj) or _is_killing(tok, obj):
        return "military"
    return None


def riot_control(obj) -> bool:
    """True if ``obj`` names a riot-control means (:data:`helpers.lexicon.events.RIOT_CONTROL`:
    "tear gas", "stun grenades", "rubber bullets", "water cannon"), by its head and a modifier
    word before it ("tear-gas" too); None is no such means."""
    words = [word for word, head in RIOT_CONTROL if obj is not None and head == obj.lemma_.lower()]
    if not words:  # most objects: no sentence read
        return False
    before = {t.lemma_.lower() for t in obj.doc[max(obj.sent.start, obj.i - 3) : obj.i] if t.is_alpha}
    return any(word in before for word in words)


def _is_time_phrase(prep) -> bool:
    """True for a prepositional phrase whose object is a time ("on Monday", "at dawn"): no target."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _weapon_act(tok, obj) -> bool:
    """ "a grenade was thrown into the market", "planted a bomb", "two rockets fell on the
    town", "a bomb went off", "shot down a helicopter", "downed a plane": an act of force told
    by what the weapon does (:data:`helpers.lexicon.events.EXPLOSIVE_NOUNS`; not "Shell shares
    fell", a name; not "prices fell").

    Source: CAMEO 1.1b3 codes 183 (bombing), 194 (fight with artillery), 195 (aerial
    weapons); tests/gold_reuters/README.md, military (bombings, shelling, shoot-downs)."""
    lemma = tok.lemma_.lower()

    def explosive(t) -> bool:
        return t is not None and t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in EXPLOSIVE_NOUNS

    if lemma in THROW_VERBS and explosive(obj):
        return True
    # "shells from the front had in the past fallen": the parser may hang the subject on the auxiliary
    auxes = [c for c in tok.children if c.dep_ == "aux"]
    subj = next((c for t in (tok, *auxes) for c in t.children if c.dep_ == "nsubj"), None)
    if lemma in IMPACT_VERBS and explosive(subj) and subj.lemma_.lower() not in VAGUE_EXPLOSIVES:
        return lemma != "go" or any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)
    downed = lemma == "down" or (lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children))
    return downed and obj is not None and obj.lemma_.lower() in AIRCRAFT_NOUNS


def _is_killing(tok, obj) -> bool:
    """ "Rebels killed six villagers", "were murdered by gunmen": people killed by an armed
    group or its members (:data:`helpers.lexicon.events.ATTACKER_NOUNS`, or a named group) are an
    attack. Killing by soldiers or police (:data:`helpers.lexicon.events.COMBATANT_NOUNS`) is
    the toll of a battle or a crackdown, which is the event; killing by a disease, a crash or
    a named person (a murder) is no act of force; a killing without its agent ("were killed")
    is a toll, not a report of the act.

    Source: CAMEO 1.1b3 codes 18x (assault; 186 assassinate) and 190; tests/gold_reuters/README.md,
    military (armed attacks) and "One entry per real-world event"."""
    if tok.lemma_.lower() not in KILL_VERBS or obj is None or not _is_held_people(obj):  # not "killed 300 jobs"
        return False
    agents = [c for c in tok.children if c.dep_ == "nsubj"]  # "CHANDIGARH, India - Sikh extremists killed"
    if obj.dep_ == "nsubjpass":
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if any(a.lemma_.lower() in COMBATANT_NOUNS for a in agents):
        return False
    return any(
        a.lemma_.lower() in ATTACKER_NOUNS or (a.ent_type_ in ("ORG", "NORP") and a.pos_ == "PROPN") for a in agents
    )


def _counted(obj):
    """The noun a counting head counts ("a number of vessels" -> vessels;
    :data:`helpers.lexicon.events.COUNTING_HEADS`), else ``obj`` itself (None stays None)."""
    if obj is None or obj.lemma_.lower() not in COUNTING_HEADS:
        return obj
    return next(iter(prep_objects(obj, "of")), obj)


def _verb_type(tok, sanctions_named: bool, release_story: bool = False) -> str | None:
    """Event type of a verbal trigger, with the checks that keep false friends out."""
    if release_story and homecoming_patient(tok) is not None:
        return "release"
    forced = forceful_type(tok)
    if forced == "military" and is_charged_act(tok):
        return None  # "arrested on charges of firing on police"
    if forced and not (forced == "arrest" and (is_described_state(tok) or _is_description(tok))):
        return forced
    if receives_a_term(tok):
        return "sentence"
    lemma = next((k for k in trigger_keys(tok) if k in VERB_TRIGGERS), None)
    if tok.lemma_.lower() in FREE_MOTION_VERBS and any(  # "walked free", "went free"
        c.lower_ == "free" and c.dep_ in ("acomp", "advmod", "oprd", "xcomp") for c in tok.children
    ):
        return "release"
    if lemma is None:
        return None
    etype, obj = VERB_TRIGGERS[lemma], verb_object(tok)
    if etype == "military" and is_charged_act(tok):
        return None  # "arrested on charges of attacking police officers": the content of a charge
    if lemma == "summon" and (
        obj is None
        or not any(t.lemma_.lower() in DIPLOMAT_WORDS for t in obj.subtree)
        or any(c.lower_ in ("home", "back") for c in tok.children)
    ):  # "summoned the ambassador": a consultation; "summoned witnesses" is none, and "summoning
        return None  # the U.S. negotiators home" recalls one's own envoys (no negotiation: gold_reuters README)
    if lemma in ("release", "exchange", "swap", "hold") and obj is not None and not is_person_like(obj):
        return None
    if lemma in ("free", "liberate") and (
        (obj is not None and _is_thing(obj)) or any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
    ):
        return None  # "more is freed for private investment", "freed up funds": not people
    if lemma in ("exchange", "swap", "hold") and obj is None:
        return None
    if lemma == "hold" and (_is_state_hold(tok, obj) or (obj is not None and not _is_held_people(obj))):
        return None
    if lemma == "hold" and any(c.dep_ == "prt" for c in tok.children):
        return None  # "were held up by the lack of opportunities", "held back": a phrasal verb, no custody
    if etype in ("arrest", "sentence") and (_is_description(tok) or is_described_state(tok)):
        return None
    if etype == "arrest" and _held_for_a_while(tok):
        return None
    if etype == "arrest" and lemma in JAILING_VERBS and _is_prison_term(tok):
        return "sentence"
    if is_showing(tok) or (etype != "designation" and is_modifier(tok)) or (etype == "arrest" and is_continuing(tok)):
        return None
    if is_verbal_attack(tok) or is_formal_protest(tok) or is_visiting_description(tok) or is_modified_head(tok):
        return None
    if is_detainee_journey(tok) or is_instance_of_a_kind(tok):
        return None
    if is_generic_activity(tok) or is_held_to_account(tok) or is_police_raid(tok) or is_instruction(tok):
        return None
    if is_own_staff_meeting(tok) or is_reception(tok) or is_market_rally(tok) or is_campaign_rally(tok):
        return None
    if lemma in ("meet", "engage") and not (
        (
            obj is not None
            and (obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.lemma_.lower() in OFFICIAL_NOUNS)
        )
        or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        or (lemma == "meet" and _parties_meet(tok))
    ):
        return None
    if lemma == "host" and not _hosts_parties(obj):
        return None
    if lemma in ("speak", "telephone", "phone") and not _consults_by_telephone(tok, lemma, obj):
        return None
    if lemma == "visit" and obj is not None and obj.lemma_.lower() in PRIVATE_VISIT_NOUNS:
        return None  # "detained while visiting family": a private visit, no consultation (CAMEO 042)
    if etype == "designation" and lemma in DISBANDING_WORDS:
        return etype if ends_an_organisation(tok) else None
    if etype == "designation":
        near = [tok.head] + [g for c in tok.children for g in (c, *c.children)] + _classed_as(tok, obj)
        if not has_designation_label(near):
            # "The Treasury designated 44 individuals", "EU blacklists 25 officials": a sanctions
            # listing (OFAC's SDN list, the EU's consolidated list)
            listed = obj is not None and is_party(obj)
            return "sanction_imposed" if lemma in ("designate", "blacklist") and sanctions_named and listed else None
    if lemma == "rally" and obj is not None:
        return None
    if etype == "military" and _is_charge(tok):
        return None
    if lemma == "march" and any(
        c.dep_ == "nsubj" and any(t.lemma_.lower() in ARMED_FORCES_NOUNS for t in c.subtree) for c in tok.children
    ):  # "(scores of) troops marched into the camp": a deployment
        return None
    return etype


def _classed_as(verb, obj) -> list:
    """The words of the class a verb puts its object in with "as" ("listed the Guards as a
    terrorist entity", "designated the Islamic Republic as a regime that has engaged in
    terrorism"): the "as" phrase on the verb or on its object, where the label sits deeper than a
    direct complement ("designated the Guards a terrorist organisation"); on a member of a listed
    object ("designated the gang, MS-13 and six cartels as terrorist organisations": the phrase
    hangs on the last of the list, a conjunct or an apposition of the object); or an apposition
    of the object itself, where the parser takes the class for another name of it ("had declared
    the Homel branch an 'extremist formation'")."""
    appositions = [] if obj is None else [c for c in obj.children if c.dep_ == "appos"]
    holders = [verb] if obj is None else [verb, obj, *obj.conjuncts, *appositions]
    as_phrases = [t for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree]
    return as_phrases + [t for a in appositions for t in a.subtree]


def _deadly(tok) -> bool:
    """ "hit back with strikes inside Iran on Thursday, killing nine people", "strikes that killed
    12 people": a strike that harms people (a participle or relative clause of a verb of
    :data:`helpers.lexicon.events.CASUALTY_VERBS` on the noun or on its clause's verb) is an act of
    force (CAMEO 1.1b3 190), not a stoppage of work (143)."""
    verb = heads_to_verb(tok, 4)[-1]
    harm = [c for h in (tok, verb) for c in h.children if c.dep_ in ("acl", "relcl", "advcl")]
    return any(c.lemma_.lower() in CASUALTY_VERBS for c in harm)


def _hosts_parties(obj) -> bool:
    """ "Oman hosted the talks", "Minsk hosted the U.S. envoy", "hosted a summit": hosting is
    a negotiation (CAMEO 1.1b3 043 "host a visit") only when a party, an official or a
    gathering of negotiation is hosted; not "hosted his Labor Day cookout", "hosted a show"."""
    if obj is None:
        return False
    word = obj.lemma_.lower()
    return _party(obj) or NOUN_TRIGGERS.get(word) == "negotiation" or word in SUMMIT_NOUNS


def _parties_meet(tok) -> bool:
    """ "Shultz and Shevardnadze met today": a reciprocal "meet" whose subject coordinates two
    named parties or officials is a meeting between them (Quirk et al. 1985, 6.37: reciprocal
    verbs with a coordinated subject); "the ministers met" stays out (an internal meeting)."""

    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and _party(subj) and any(_party(c) for c in subj.conjuncts)


def _is_charge(tok) -> bool:
    """ "detained for stoning police, attacking troops ...": a gerund that gives the reason
    of an arrest or a sentence is what people are accused of, not a reported attack
    (tests/gold_reuters/README.md: clashes during a protest are part of the protest)."""
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    if tok.tag_ != "VBG" or cur.dep_ not in ("advcl", "pcomp"):
        return False
    gov = cur.head.head if cur.dep_ == "pcomp" else cur.head
    return any(VERB_TRIGGERS.get(k) in ("arrest", "sentence") for k in trigger_keys(gov))


def _is_prison_term(tok) -> bool:
    """ "jailed X for 11 years", "imprisoned for life": jailing for a term is a court
    sentence, not an arrest (tests/gold_reuters/README.md: "a Turkish court jailing one man
    ... in the same judgment" is a sentence). A term has a length: "imprisoned for years" or
    "for decades" tells how long someone has been held, a state (issue 9 item 1). A term
    named as such is one too ("jailed his brother for the same term")."""
    return any(g.lower_ == "life" or g.lemma_.lower() == "term" or _measured(g) for g in prep_objects(tok, "for"))


# qualifiers (helpers.lexicon.numbers.QUALIFIER_PHRASES keys) of a length that has passed:
# "more than two years", "nearly a decade"
ELAPSED_QUALIFIERS = ("over", "almost")


def _held_for_a_while(tok) -> bool:
    """ "Americans who had been imprisoned in Iran for years", "detained for months": an
    arrest verb with an unmeasured duration tells how long people have been held, the state
    of confinement (TimeML: a DURATION does not anchor a point event; issue 9 item 1), not
    the arrest. So does any duration with the perfect or a gerund ("had been imprisoned for
    three years", "after being imprisoned for three years": the state up to a time, Comrie
    1976 on the perfect of persistent situation), and a start with the perfect ("had been
    jailed since 2021": the same state, since when); "was jailed for 11 years" is a term
    (:func:`_is_prison_term`)."""
    lasting = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("been", "being") for c in tok.children)
    if lasting and prep_objects(tok, "since"):
        return True
    set_by = tok.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in tok.children)  # "a court jailed him for"
    return any(
        g.ent_type_ == "DATE" and (lasting or (g.tag_ == "NNS" and not _measured(g)) or (not set_by and _elapsed(g)))
        for g in prep_objects(tok, "for")
    )


def _elapsed(duration) -> bool:
    """ "jailed in Iran for more than two years", "held for nearly a decade": a length given as
    more or almost some amount is time measured as it passed, not a term a court set
    (:data:`ELAPSED_QUALIFIERS`); the caller leaves a term to an active verb ("a court jailed
    him for more than ten years")."""
    count = next((c for c in duration.children if _counts_units(c)), None)
    return count is not None and qualifier_before(duration.doc, count.i, duration)[0] in ELAPSED_QUALIFIERS


def receives_a_term(tok) -> bool:
    """ "received seven years", "was given eight and a half years", "got life": a prison term
    that someone receives (:data:`helpers.lexicon.events.TERM_RECEIVING_VERBS`) is the court's
    sentence, the person who receives it its patient (tests/gold_reuters/README.md, sentence:
    a court's verdict on people; news names the term for the verdict). The term is years or
    months counted (:func:`_measured`; days and weeks too, the administrative arrests of Belarus
    and Russia), or "life", perhaps "in jail"; "received seven years of funding", "gave them
    five months to develop a plan" (a deadline: "give" only in the passive or with a court as
    its subject, "a court gave him 30 days in jail", and no infinitive of purpose) are none."""
    lemma = tok.lemma_.lower()
    if lemma not in TERM_RECEIVING_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return False
    court = any(c.dep_ == "nsubj" and c.lemma_.lower() in COURT_NOUNS for c in tok.children)
    if lemma == "give" and not court and not any(c.dep_ == "nsubjpass" for c in tok.children):
        return False  # "gave them five months to develop a plan": a deadline given
    if any(c.dep_ in ("xcomp", "advcl") and any(g.lower_ == "to" for g in c.children) for c in tok.children):
        return False  # "was given three months to leave"
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or any(c.dep_ in ("relcl", "acl") or (c.dep_ == "prep" and not _in_jail(c)) for c in obj.children):
        return False
    if obj.lower_ == "life":
        return not list(obj.children)
    return obj.lemma_.lower() in COUNTED_UNITS and _measured(obj)


def _in_jail(prep) -> bool:
    """ "30 days in jail", "five years in prison": the place of a term (a confinement noun)."""
    places = [g for g in prep.children if g.dep_ == "pobj"]
    return prep.lower_ == "in" and any(g.lemma_.lower() in CONFINEMENT_NOUNS for g in places)


def _measured(tok) -> bool:
    """A time expression with a number: "11 years", "three months", "a year" (not "years")."""
    return tok.ent_type_ == "DATE" and any(_counts_units(c) for c in tok.children)


def _counts_units(mod) -> bool:
    """The number of a measure of time: "11" of "11 years", "a" of "a year"."""
    return mod.dep_ in ("nummod", "det", "quantmod") and (mod.like_num or mod.lower_ in ("a", "an", "one"))


def _is_state_hold(tok, obj) -> bool:
    """ "Americans held in Iran", "their role in holding Americans", "I want to hold him", "are
    currently held in U.S. prisons": being held is a state (or a hug), not an arrest event; so is
    the simple present, active or passive, of a state verb (Quirk et al. 1985, 4.4: the state
    present), and the perfect passive, which tells how long the state has lasted ("He has been
    held in Lefortovo ever since")."""
    if tok.dep_ in ("acl", "amod", "relcl") and tok.tag_ == "VBN":
        return True
    if tok.dep_ == "pcomp" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return True
    if tok.tag_ in ("VBZ", "VBP"):  # "Belarus holds 1,300 political prisoners"
        return True
    if tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children):
        return True  # "Iran is holding two Europeans": the progressive of a state verb is the state
    if any(c.dep_ == "auxpass" and (c.lower_ in ("being", "been") or c.tag_ in ("VBZ", "VBP")) for c in tok.children):
        return True  # "where he was being held", "20 Iranians are held", "has been held ever since": the state
    return obj is not None and obj.pos_ == "PRON" and obj.dep_ in ("dobj", "obj")


def _is_thing(obj) -> bool:
    """A patient that is surely no person: a common noun or quantifier, outside any named
    entity, that is not person-like ("more", "funds", "resources"); a parse of a name as the
    patient ("a U.S. Air Force veteran") is given the benefit of the doubt."""
    return not obj.ent_type_ and obj.pos_ in ("NOUN", "ADJ", "ADV") and not is_person_like(obj)


def _is_held_people(obj) -> bool:
    """ "held 84 million shares", "the two posts are held by socialists", "held three
    meetings": "hold" has many senses (WordNet 3.0 lists 45 for the verb), and a counted
    object makes no detention unless it names people: a person noun
    (:data:`helpers.lexicon.people.PERSON_NOUNS`, a captive), a nationality or person, a
    bare number ("held 12"), a pronoun, a group of people, or an agent noun by its English
    suffix (-er, -or, -ist, -ian, -man/-men, -ee, -ant, -ent: "sailors", "fishermen",
    "tourists", "crewmen"; Quirk et al. 1985, App. I.34 agentive suffixes)."""
    if not is_person_like(obj):
        return False
    if not any(c.dep_ == "nummod" for c in obj.children) or obj.pos_ in ("NUM", "PRON", "PROPN"):
        return True
    lemma = obj.lemma_.lower()
    return (
        obj.ent_type_ in ("PERSON", "NORP")
        or lemma in PERSON_NOUNS
        or lemma in CAPTIVE_NOUNS
        or lemma.endswith(AGENT_SUFFIXES)
    )


def _is_description(tok) -> bool:
    """An arrest or sentence verb that only describes people: "classed as wrongfully
    detained", "considered wrongfully detained" (a label; an object predicate), "people who
    had been jailed for protesting" (a pluperfect relative clause without a time of its own:
    what the people had gone through, the background of the story), "pardoned 37 people
    convicted of extremist crimes" (the patient of another event, described by a participle
    without a time of its own: "officials arrested nine days ago have been released" reports
    the arrest too), or an attributive participle the parser took for a verb ("Tehran treats
    detained dual nationals as bargaining chips": :func:`_attributive_participle`)."""
    if (
        tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
    ):
        return True
    if tok.dep_ == "oprd" and tok.tag_ == "VBN":
        return True  # "six the government considered wrongfully detained": a predicate on the object
    if (
        tok.dep_ == "relcl"
        and is_person_like(tok.head)
        and any((c.dep_ == "aux" and c.lower_ == "had") or c.dep_ == "auxpass" for c in tok.children)
        and not any(
            t.ent_type_ in ("DATE", "TIME") for c in tok.children if c.lower_ != "for" for t in c.subtree
        )  # the time of its reason ("for taking part in protests in 2020") is not its own
    ):
        return True  # "several people who had been jailed for taking part in protests": who they are
    if _attributive_participle(tok):
        return True
    # "arrested nine days ago"
    timed = is_arrest_verb(tok) and any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not timed and tok.head.dep_ in ("dobj", "obj", "nsubjpass"):
        gov = tok.head.head
        return any(k in VERB_TRIGGERS and VERB_TRIGGERS[k] == "release" for k in trigger_keys(gov))
    return False


def _attributive_participle(tok) -> bool:
    """ "treats detained dual nationals as bargaining chips", "has used detained Westerners as
    leverage": a participle right after a lexical verb and right before its own object is an
    adjective on that noun (two lexical verbs are not adjacent in an English clause; "got
    arrested" is the get-passive, "remain detained" has no object; Quirk et al. 1985, 7.15
    participial adjectives), though the parser reads it as a verb with an object."""
    if tok.tag_ not in ("VBN", "VBD") or tok.i == 0:
        return False
    before, obj = tok.doc[tok.i - 1], verb_object(tok)
    return (
        before.pos_ == "VERB"
        and before.lemma_.lower() not in ("get", "become", "remain", "stay", "keep")
        and obj is not None
        and obj.left_edge.i == tok.i + 1
    )


def _is_named_war(tok) -> bool:
    """ "since the Cold War", "World War II": a named historical period, not a reported attack."""
    return (
        tok.lower_ == "war"
        and tok.text[0].isupper()
        and any(c.dep_ in ("compound", "amod") and c.text[0].isupper() for c in tok.lefts)
    )


def _is_demanded_return(tok) -> bool:
    """ "demanded their return", "called for the return of the detainees": the return of
    people that is asked for is a (demanded) release; "in return for" and trade returns are not."""
    if tok.lemma_.lower() != "return" or tok.pos_ != "NOUN":
        return False
    whose = [c for c in tok.children if c.dep_ == "poss"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    gov = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else tok.head
    return any(is_person_like(w) for w in whose) and governing_modality(gov) == "demanded"


def _noun_type(tok, armed_story: bool = True) -> str | None:
    if _is_demanded_return(tok):
        return "release"
    key = next((k for k in trigger_keys(tok) if k in NOUN_TRIGGERS), None)
    if key is None:
        return None
    etype = NOUN_TRIGGERS[key]
    if (
        is_lasting_state(tok)
        or in_a_name(tok)
        or is_ballot_count(tok)
        or is_decision_vote(tok)
        or is_modifier(tok)
        or is_internal_meeting(tok)
        or is_figurative_growth(tok)
        or is_verbal_attack(tok)
        or is_formal_protest(tok)
        or is_document_release(tok)
        or is_money_release(tok)
        or is_police_raid(tok)
        or is_modified_head(tok)
        or is_showing(tok)
        or is_market_rally(tok)
        or is_campaign_rally(tok)
        or is_detainee_journey(tok)
        or is_other_race(tok)
        or is_generic_election(tok)
        or is_confinement(tok)
        or is_served_term(tok)
        or is_reviewed_sentence(tok)
        or is_belief(tok)
        or is_redescription(tok)
        or (etype == "military" and (is_figurative_force(tok) or is_charged_act(tok)))
    ):
        return None
    kids = {c.lemma_.lower() for c in tok.children}
    if kids & MEDICAL_MODIFIERS:
        return None  # "a cardiac arrest", "a heart attack": a seizure of the body
    if key == "arrest" and kids & STATE_COMPOUNDS:
        return None
    if etype == "military" and _is_named_war(tok):
        return None
    if key == "battle" and not (armed_story and _armed_battle(tok)):
        return None
    if key == "strike" and (kids & WEAPON_STRIKE_WORDS or _deadly(tok)):
        return "military"
    if key == "talk" or (key == "talks" and tok.lower_ != "talks"):
        return None
    if key == "exchange" and _of_fire(tok):
        return "military"
    if key in ("exchange", "swap") and not kids & {"prisoner", "detainee", "hostage"}:
        return None
    if key == "sentence" and not (
        kids & {"prison", "jail", "life", "death", "lengthy", "long", "harsh", "year", "month"}
        or any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in tok.children)
        or _delivered(tok)
    ):
        return None
    if key in ("trip", "visit") and not _is_diplomatic_trip(tok):
        return None
    if key in ("discussion", "dialogue", "dialog") and not _has_parties(tok):
        return None
    if key == "call" and not (kids & TELEPHONE_NOUNS and _has_parties(tok, _holds_office)):
        return None  # "a phone call between Trump and Putin" (CAMEO 041); not "calls for his release"
    if key == "operation" and not kids & {"military", "combat", "special"}:
        return None
    if key in ("action", "intervention") and not kids & {"military", "armed", "combat"}:
        return None  # "military action in Iraq" (CAMEO 190), not "legal action", "a central bank intervention"
    if key == "war" and kids & {"trade", "price", "currency", "tariff", "tax", "word", "culture", "bidding"}:
        return None
    if key in DISBANDING_WORDS:
        return etype if ends_an_organisation(tok) else None
    if key == "designation" and not has_designation_label(tok.subtree):
        return None
    return etype


def _delivered(tok) -> bool:
    """ "The sentence was handed down on Wednesday", "the court passed sentence on Monday": a
    sentence noun that a court delivers is its act (:data:`helpers.lexicon.events.DELIVERING_VERBS`;
    "hand" with its particle "down" only)."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "obj", "nsubjpass") or verb.lemma_.lower() not in DELIVERING_VERBS:
        return False
    return verb.lemma_.lower() != "hand" or any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _armed_battle(tok) -> bool:
    """ "the fierce battle for the air base", "Sunday's battle": a battle in a story of armed
    forces (see :func:`find_triggers`) is a fight (tests/gold_reuters/README.md, military:
    "battles"); not one over or against a thing ("a battle over the budget", "the battle
    against inflation") nor a legal, political or bidding battle (:func:`is_figurative_force`)."""
    return not any(
        not is_person_like(g) and g.ent_type_ not in ("GPE", "ORG", "NORP", "LOC")
        for g in prep_objects(tok, "over", "against", "with")
    )


def _of_fire(tok) -> bool:
    """ "an exchange of fire", "exchanges of artillery fire": shots traded by two sides are an
    act of force (CAMEO 1.1b3 190/194; tests/gold_reuters/README.md, military: "shelling or
    exchanges of fire"), not a swap of prisoners."""
    return any(
        g.lemma_.lower() in FIRE_NOUNS
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


def _party(t) -> bool:
    """A state, a people, an organisation, a person or an official: a party to talks or a trip."""
    return t.ent_type_ in ("GPE", "PERSON", "ORG", "NORP") or t.lemma_.lower() in OFFICIAL_NOUNS


def _is_diplomatic_trip(tok) -> bool:
    """ "a trip to Caracas", "the envoy's visit", "a state visit": a trip with a place, a
    person or an official; not "a reporting trip", "a team trip", "a school visit": a noun
    or gerund modifier names the trip's purpose, and only an official purpose
    (:data:`OFFICIAL_TRIP_WORDS`) makes it a visit between parties (CAMEO 1.1b3 042)."""
    if any(
        c.dep_ == "compound" and (c.pos_ == "NOUN" or c.tag_ == "VBG") and c.lower_ not in OFFICIAL_TRIP_WORDS
        for c in tok.children
    ):
        return False
    if any(c.dep_ == "amod" and c.lower_ in HABITUAL_ADJECTIVES for c in tok.children):
        return False  # "one of her regular visits to Iran"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "by", "with") and any(_party(g) for g in c.children):
            return True
        if c.dep_ in ("poss", "compound", "amod") and (_party(c) or c.lower_ in ("official", "state", "diplomatic")):
            return True
    return False


def _has_parties(tok, party=None) -> bool:
    """ "discussions with U.S. officials", "the dialogue between Minsk and Washington",
    "Belarus-U.S. discussions": a consultation names its parties (CAMEO 1.1b3 040 "consult":
    an exchange between actors); "a panel discussion", "a discussion about the leaked emails"
    on a talk show names none and is no negotiation. ``party``: the test of a party
    (:func:`_party` by default)."""
    party = party or _party
    if any(party(g) or any(party(x) for x in g.conjuncts) for g in prep_objects(tok, "with", "between", "among")):
        return True
    return any(c.dep_ in ("poss", "compound", "amod", "nmod") and party(c) for c in tok.children)


def _consults_by_telephone(tok, lemma: str, obj) -> bool:
    """ "Blinken spoke by phone with Lavrov", "Trump and Putin spoke by phone", "Kerry
    telephoned his Iranian counterpart": a consultation by telephone (CAMEO 1.1b3 041 "discuss
    by telephone") between two named parties (:func:`_party`), one of them an office holder
    (:func:`_holds_office`); "speak" needs the telephone named
    (:data:`helpers.lexicon.events.TELEPHONE_NOUNS`). A friend who "had spoken to Mr Gershkovich
    by telephone", a relative "speaking by phone from Minsk" and "told DW by phone" consult no
    one (tests/modern6/README.md, M6-6)."""
    if lemma == "speak" and not any(g.lemma_.lower() in TELEPHONE_NOUNS for g in prep_objects(tok, "by", "on", "over")):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not _party(subj):
        return False
    partners = [obj] if lemma in ("telephone", "phone") else [*prep_objects(tok, "with", "to"), *subj.conjuncts]
    return any(p is not None and _party(p) and (_holds_office(p) or _holds_office(subj)) for p in partners)


def _holds_office(t) -> bool:
    """A state, a body or a people, an official by title ("the minister", "his Iranian
    counterpart", "Secretary of State Antony Blinken": :data:`OFFICIAL_NOUNS`, the ranks of
    :data:`helpers.lexicon.people.RANKS`) or a person the gazetteer lists with an office
    (``data/raw/reference/gazetteer.csv``, column ``role``): a party to a consultation between
    states, not a friend or a relative."""
    if t.ent_type_ in ("GPE", "ORG", "NORP") or t.lemma_.lower() in OFFICIAL_NOUNS:
        return True
    if t.ent_type_ != "PERSON":
        return False
    titles = OFFICIAL_NOUNS | RANKS
    if any(g.lemma_.lower() in titles for g in t.subtree if g.i < t.i or g.dep_ == "appos"):
        return True
    entry = load_gazetteer().get(t.ent_id_) if t.ent_id_ else None
    return entry is not None and bool(entry.roles)


def find_triggers(parsed: Parsed):
    """The event triggers of an article, in text order.

    Args:
        parsed: the article from :func:`helpers.core.structure.parse_structure`.

    Yields:
        ``(block, doc, trigger, event_type, noun)``: the block (a row of ``parsed.blocks``),
        its spaCy doc, the trigger token, the event type (str, one of
        :data:`helpers.core.schemas.EVENT_TYPES`) and the token that ends or starts the
        evidence span with the trigger (the sanction noun; the trigger itself otherwise).
    """
    sanctions_named = bool(re.search(r"(?i)\bsanction|\bembargo", parsed.text))
    release_story = bool(RELEASE_STORY.search(parsed.text))
    armed_story = bool(ARMED_STORY.search(parsed.text))
    for block, doc in parsed.block_docs():
        used: set[int] = set()
        for tok in doc:
            found = sanction_trigger(tok, sanctions_named)
            if found:
                etype, trig = found
                if trig.i not in used:
                    used |= {trig.i, tok.i}
                    yield block, doc, trig, etype, tok
                continue
            if tok.i in used:
                continue
            key = tok.lemma_.lower()
            if (
                key in EASING_NOUNS
                and sanctions_named
                and tok.pos_ == "NOUN"
                and any(c.lower_ in ("this", "the", "that") for c in tok.children)
                and not any(c.dep_ == "prep" for c in tok.children)
            ):
                used.add(tok.i)
                yield block, doc, tok, "sanction_eased", tok
                continue
            is_verb = (tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB") and tok.pos_ != "PROPN")) and (
                tok.dep_ not in ("pobj", "compound", "poss")  # "in the occupation jails": a noun, mis-tagged
            )
            etype = verbal_sanction(tok, sanctions_named) or (
                _verb_type(tok, sanctions_named, release_story)
                if is_verb
                else _noun_type(tok, armed_story)
                if tok.pos_ in ("NOUN", "PROPN")
                else None
            )
            if etype:
                used.add(tok.i)
                yield block, doc, tok, etype, tok
