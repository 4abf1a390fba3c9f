"""Coreferent events: rows of one article that report the same event are merged into one
(``n_mentions`` counts them).

"Belarus freed 52 prisoners on Thursday", "The freed prisoners" and "their liberation"
are one release; two finite clauses of the body, two different counts or two different
named people are two events (:func:`merge_coreferent`).
"""

from __future__ import annotations

from helpers.events.record import EventDraft
from helpers.events.sanctions import unfreezes_money
from helpers.events.tokens import has_subject, prep_objects, same_trial, verb_object
from helpers.lexicon.calendar import COUNTED_UNITS
from helpers.lexicon.events import (
    ANAPHORIC_DETS,
    HOMECOMING_VERBS,
    NOUN_TRIGGERS,
    RANKING_ADJECTIVES,
    SAME_TRIAL_WORDS,
    VERB_TRIGGERS,
)
from helpers.timexes.intervals import timex_interval

SUMMARY_TYPES = {"release", "arrest", "sentence"}
EXCHANGE = "exchange"  # trigger of the other side of a swap (helpers.events.extract._with_derived)
# Events a country holds at most once a year of a kind: a year holds the month of the same
# one ("that year's presidential election" and "the August 2020 vote"; national elections are
# held at fixed terms of several years, IDEA, *Electoral System Design*, 2005). Two mentions
# of other types dated a year and a month of it may be two acts ("arrested in 2020" and
# "arrested in August 2020").
YEARLY_TYPES = {"election"}
GENERIC_DETS = {"each", "every", "any"}
AGGREGATE_TYPES = {"military"}  # see is_aggregate
GENERIC_PROTEST_CODE = "140"  # CAMEO 1.1b3 "Engage in political dissent, not specified below"


def _other_forms(a: EventDraft, b: EventDraft) -> bool:
    """True for two protests of different forms: a march or rally (CAMEO 1.1b3 code 141) and
    a strike (143) are two acts even on one day ("students marched today"; "a hunger strike
    spread today"); the generic code (140, "protest") is compatible with both."""
    codes = {a.cameo_code, b.cameo_code}
    return a.event_type == "protest" and len(codes) == 2 and GENERIC_PROTEST_CODE not in codes


def is_aggregate(ev: EventDraft) -> bool:
    """True for a plural noun of acts of force without a count ("a spate of blasts", "attacks
    on trains"): several acts, told as background of the story, not the one act of the news
    (tests/gold_reuters/README.md: "A past aggregate of the same kind of act is one entry").
    Coreferent mentions agree in number (the number-agreement constraint of coreference
    resolution: Lee et al. 2013, "Deterministic coreference resolution based on entity-centric,
    precision-ranked rules", *Computational Linguistics* 39(4)); only acts of force
    (:data:`AGGREGATE_TYPES`): a story of war tells many attacks, a story of a release its one
    release again in the plural ("the releases")."""
    return ev.event_type in AGGREGATE_TYPES and ev.token.tag_ == "NNS" and ev.count is None and not ev.in_title


def _compatible(a: EventDraft, b: EventDraft) -> bool:
    """Two rows may report the same event: same type and modality; not two finite
    clauses of the body (:func:`_clausal`); actors equal or one missing (headlines
    aside: they paraphrase); dates equal, one missing or one interval
    inside the other (a month, week or day; a year only equals a year, except for an
    election: :data:`YEARLY_TYPES`); counts equal or one missing; groups of people of the
    same nationality or one unnamed ("five Americans" and "five Iranians" are two releases on
    one day: the two sides of a swap), unless both name one person ("American journalist X"
    and "X and Y, the son of the Lebanese minister"); people sharing a name, or
    none named, or only one row naming them and
    the other undated or dated by coreference ("The freed prisoners", "their liberation" join
    "freed 52 prisoners, including X")."""
    if (a.event_type, a.modality) != (b.event_type, b.modality):
        return False
    if _frame_of(a, b) or _frame_of(b, a):
        return True  # "released Johan Floderus and Saeed Azizi in a prisoner exchange": one release
    if _news_of_lead(a, b) or _news_of_lead(b, a):
        return False  # the lead's news ("has released 10 US citizens") is not "In May, Caracas freed X"
    if (a.parent is b or b.parent is a) and EXCHANGE in (a.trigger, b.trigger):  # the two sides of a swap
        return False
    if _other_side(a) != _other_side(b) and _identified(a) and _identified(b) and not a.people_set() & b.people_set():
        return False  # "frees 10 Americans in swap for Alex Saab" (title) and "released 10 Americans" (lead)
    if a.count is not None and b.count is not None and a.count != b.count and not _within_bound(a, b):
        return False
    if a.groups and b.groups and not a.groups & b.groups and not a.people_set() & b.people_set():
        return False  # "five Americans" and "five Iranians"; not two mentions naming one person
    if is_aggregate(a) != is_aggregate(b) and not (a.in_title or b.in_title or (a.actor and a.actor == b.actor)):
        return False  # "blasts" and "the attack"; "Russia's operations" and "Russia's invasion" are one campaign
    if _other_forms(a, b):  # "thousands marched" and "a hunger strike spread" on one day
        return False
    if _elaborates(a, b) or _elaborates(b, a):
        return True
    if (_before_the_news(a) and b.date) or (_before_the_news(b) and a.date):  # "had in the past released"
        return False
    retold = _retold(a, b)
    if _clausal(a) and _clausal(b) and not retold:  # two clauses with verbs of their own report two events
        return False
    # a description beside a name may be the same actor, but not across the sides of a swap
    # ("Venezuelan authorities" and "the U.S." both release people): only where no side is given up
    told_by_one = a.in_title or b.in_title or ((retold or a.event_type not in SUMMARY_TYPES) and _one_described(a, b))
    if a.actor and b.actor and a.actor != b.actor and not told_by_one:
        return False
    pa, pb = a.people_set(), b.people_set()
    if pa & pb or not (pa or pb) or a.of_group or b.of_group:
        pass  # "Among those freed was X" names a member of the group another mention frees
    elif pa and pb:
        return False
    elif (
        (b if pa else a).date is not None
        and not (
            (_personal_pronoun_patient(b if pa else a) or _possessive_patient(b if pa else a))
            and (a if pa else b).date is not None
        )
        and not _borrowed_date(b if pa else a, a if pa else b)
        and not (_headline_of(b if pa else a, a if pa else b) or _headline_of(a if pa else b, b if pa else a))
        and not _lead_description(b if pa else a, a if pa else b)
        and not _lead_agent(b if pa else a, a if pa else b)
        and not _definite_retelling(b if pa else a, a if pa else b)
        and not _journey_of_day(b if pa else a, a if pa else b)
    ):  # only an undated mention without names ("the releases"), or one that took its date
        return False  # from an event of its type ("their liberation"), joins a named event
    if _group_and_one(a, b) or _group_and_one(b, a):
        return False
    if a.date is None and b.date is None:
        return _same_undated(a, b)
    if a.date is None or b.date is None:
        return True
    (sa, ea), (sb, eb) = timex_interval(a.date), timex_interval(b.date)
    wide = (len(a.date) == 4 or len(b.date) == 4) and a.event_type not in YEARLY_TYPES  # a year is too wide
    if wide and (_takes_up_plural(a if len(b.date) == 4 else b) or _headline_of(a, b) or _headline_of(b, a)):
        wide = False  # "protests in 2022" and "The protests erupted in September 2022": one wave
    if sa is None or sb is None or wide:
        return a.date == b.date
    return (sa <= sb and eb <= ea) or (sb <= sa and ea <= eb)


def _group_and_one(group: EventDraft, named: EventDraft) -> bool:
    """True if an arrest that counts two or more people and names none ("after which more than
    35,000 people were detained") meets the dated arrest of one person, named or told by "he" or
    "she" ("Statkevich was detained two days later in Minsk"; "she was briefly detained as she
    left that rally" is not "70 people had been detained"): a group and one person differ in
    number, so they are not one mention of one act (the number-agreement constraint of
    coreference: Lee et al. 2013, *Computational Linguistics* 39(4)). Only arrests: detentions
    of many are a wave over days or weeks, told apart from each named arrest (a past aggregate,
    tests/gold_reuters/README.md), while a release or a verdict frees or sentences a group at
    once, its named members with it (tests/modern9/README.md, M9-8).
    An undated named mention ("Among those detained was X") still joins the group."""
    counted = group.event_type == "arrest" and group.count is not None and group.count >= 2
    one = len(named.people_set()) == 1 or (not named.people_set() and _personal_pronoun_patient(named))
    return counted and not group.people_set() and one and named.date is not None


def _personal_pronoun_patient(ev: EventDraft) -> bool:
    """True if the patient is "he" or "she" ("On the same day, he was detained" after "Kalob
    Byers, who was detained earlier this month"): a personal pronoun takes up the person named
    before (Heim 1982, familiarity), so it may join a dated mention that names them (their dates
    must still agree; an undated named mention is kept from a dated "she was released in March
    2020", which may be an earlier act)."""
    patient = verb_object(ev.token) if ev.token.pos_ in ("VERB", "AUX") else None
    return patient is not None and patient.lower_ in ("he", "she", "him", "her")


def _possessive_patient(ev: EventDraft) -> bool:
    """True for an event noun with "his" or "her" ("two days before his arrest"): the possessive
    takes up the person named before, as a personal pronoun does (:func:`_personal_pronoun_patient`),
    so the mention may join a dated one that names them."""
    return ev.token.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in ev.token.children)


def _borrowed_date(ev: EventDraft, named: EventDraft) -> bool:
    """True if ``ev`` has its date from an event of its type ("their liberation": coreference)
    or from the clause of the named event in its own sentence ("met Putin on Aug. 15, but the
    talks produced no ceasefire": the talks are dated by the meeting they take up)."""
    return ev.date_source == "coreference" or (ev.date_source == "clause" and ev.sentence_id == named.sentence_id)


def _news_of_lead(lead: EventDraft, other: EventDraft) -> bool:
    """True if ``lead`` is an undated act the lead paragraph or the headline reports anew
    ("Venezuela has released 10 US citizens", "ended talks here", "... as Maduro returns to
    talks") and ``other`` is dated by its own clause
    well before publication ("In May, Caracas freed X", "an earlier round last September"):
    the lead tells the news, the dated act is background (:func:`helpers.events.story_dates.mark_news`).
    A definite noun in the lead ("The bombings at the embassies have frightened travelers")
    takes up an act already known and may be that act."""
    tok = lead.token
    definite = tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in tok.children
    )
    news = lead.in_lead or (lead.in_title and not _cause_of_act(tok))
    return news and lead.date is None and other.background and not definite


def _cause_of_act(tok) -> bool:
    """True for an event noun in a phrase on another event word: "convicted over protests",
    "jailed for the 2020 protests" tell what the act was for, an act of the background."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    lemma = head.lemma_.lower()
    return head is not tok and (lemma in VERB_TRIGGERS or lemma in NOUN_TRIGGERS)


def _within_bound(a: EventDraft, b: EventDraft) -> bool:
    """True if one count is a lower bound the other meets: "over 120" in a title and "123" in
    the body (issue 9 item 4: one act, the most precise count kept; the merge keeps the row
    with the exact count, :func:`_informative`)."""
    low, exact = (a, b) if a.count_at_least else (b, a)
    return low.count_at_least and not exact.count_at_least and exact.count > low.count


def _headline_of(title: EventDraft, body: EventDraft) -> bool:
    """True if a headline event restates a body event on the same date ("American teacher
    Marc Fogel freed by Russia" over "Marc Fogel ... was freed on Tuesday"): a headline
    names fewer people than the body but tells the same act (van Dijk 1988, *News as
    Discourse*: the headline summarises the lead), or dates it more coarsely (a title's 2022
    over the body's November 2022). An undated body event is not enough: it may be another act
    of the type told later in the story."""
    if not (title.in_title and body.date is not None and title.date is not None):
        return False
    if title.date == body.date:
        return True
    (ts, te), (bs, be) = timex_interval(title.date), timex_interval(body.date)
    return None not in (ts, te, bs, be) and ts <= bs and be <= te  # "man arrested during 2022 protests"


def _before_the_news(ev: EventDraft) -> bool:
    """True for an event placed by its own vague time before the news ("in the past",
    "previously", "once"): another act than a dated one of the story. "Recently" and "recent"
    place it near the time of writing, where the news is ("those recently freed" are the
    freed of the lead; TimeML PAST_REF covers both, TimeML 1.2.1 guidelines 2.2.1)."""
    return bool(ev.vague_time) and not ev.vague_time.lower().startswith("recent")


def _journey_of_day(journey: EventDraft, release: EventDraft) -> bool:
    """True if ``journey`` is a journey home of freed people (a release told by a verb of
    travel, :data:`helpers.lexicon.events.HOMECOMING_VERBS`) on the day of ``release``, a part of
    it aside ("Three Europeans ... arrived at the Melsbroek military airport late on Friday
    night" and "Iran freed X, Y and a Danish citizen on Friday"): the journey tells the release
    again (issue 9 item 4: "released", "freed", "arrived home" are one event), unless the
    journey counts a group and the release frees one named person (number agreement)."""
    if journey.trigger not in HOMECOMING_VERBS or release.trigger in HOMECOMING_VERBS:
        return False
    if not (journey.date and release.date and len(journey.date) >= 10 and journey.date[:10] == release.date[:10]):
        return False
    return not (journey.count is not None and journey.count >= 2 and len(release.people_set()) == 1)


def _retold(a: EventDraft, b: EventDraft) -> bool:
    """The later of two asserted mentions tells the earlier act again: the journey home that
    follows a release (its ``parent``; a journey with another count is a side of a swap and
    fails the count check), the same count of people ("Belarus released 18 prisoners on
    Thursday" ... "The 18 prisoners were freed"),
    the same named people, or a definite or pronoun patient that takes up what was told
    ("New Zealand has imposed sanctions" ... "The sanctions were approved by the cabinet";
    "freed them"). A definite noun phrase or a pronoun refers back to an entity already
    introduced in the discourse (Heim 1982, familiarity of definites; Prince 1981, "given"
    information); news tells one act in the lead and again in the body (van Dijk 1988, *News
    as Discourse*: the installments of a news story). Two such mentions may have other
    verbs ("imposed"/"approved", "released"/"freed") and other actors (the cabinet of the
    government that imposed them); their dates must still agree (:func:`_compatible`)."""
    if a.modality != "asserted" or a.in_title or b.in_title:
        return False
    first, later = sorted((a, b), key=lambda e: e.start_char)
    if later.parent is first or first.parent is later:  # "was freed and flown home", "landed after being freed"
        return True
    if _journey_of_day(first, later) or _journey_of_day(later, first):
        return True
    if first.count is not None and first.count == later.count and first.count >= 2:
        return True
    if first.people_set() & later.people_set():
        return True
    if _lead_description(first, later):
        return True
    if first.event_type.startswith("sanction") and _named_target(first) and first.target == later.target:
        return True  # "was lifting sanctions on Belavia" ... "was removing Belavia from its sanctions list"
    return _takes_up(later)


def _lead_description(lead: EventDraft, named: EventDraft) -> bool:
    """True if the lead tells an act of one person by a definite description and the body
    names them for the same act: "The Swiss-based NGO employee was arrested in June" or "The
    arrest of the head of an NGO ..." (lead) and "Vinatier ... was arrested on June 6" (body).
    A lead describes the person its headline names, the body names them (van Dijk 1988, *News
    as Discourse*: the installments of a news story; a definite description takes up a known
    referent, Heim 1982); the body's time must lie within the lead's."""
    if not (lead.in_lead and not lead.people and lead.start_char < named.start_char):
        return False
    if len(named.people_set()) != 1 or lead.date is None or named.date is None:
        return False
    tok = lead.token
    patient = verb_object(tok) if tok.pos_ in ("VERB", "AUX") else next(iter(prep_objects(tok, "of")), None)
    definite = (
        patient is not None
        and patient.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in patient.children)
    )
    (ls, le), (ns, ne) = timex_interval(lead.date), timex_interval(named.date)
    return definite and None not in (ls, le, ns, ne) and ls <= ns and ne <= le


def _lead_agent(lead: EventDraft, named: EventDraft) -> bool:
    """True if the lead tells an act by a description of its agent and the body names that agent
    for the act of the same day: "Belarus freed 52 prisoners on Thursday ... after a visit to
    Minsk by a U.S. envoy" (lead) and "U.S. envoy John Coale met President Alexander Lukashenko
    in Minsk earlier in the day" (body): the body's subject carries the lead's description as
    its title. The agent's counterpart of :func:`_lead_description` (van Dijk 1988, *News as
    Discourse*: the lead describes, the body names)."""
    if not (lead.in_lead and not lead.people and lead.start_char < named.start_char and lead.actor and named.actor):
        return False
    if not _is_description(lead.actor) or _is_description(named.actor) or not lead.date or lead.date != named.date:
        return False
    title = lead.actor.split()[-1]
    tok = named.token
    agent = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.pos_ in ("VERB", "AUX") else None
    return agent is not None and any(t.lower_ == title and t.i != agent.i for t in agent.subtree)


def _definite_retelling(told: EventDraft, named: EventDraft) -> bool:
    """True if a definite event noun after an act that names its people tells that act again:
    "A court has sentenced Andrzej Poczobut to eight years" (lead, present perfect, no time) and
    "The sentence was handed down on Wednesday"; "Belarus freed 52 prisoners, including Ihar
    Losik, on Thursday" and "Thursday's release was the largest of three" or "Tsikhanouskaya
    welcomed the release on Thursday" (a singular definite noun, or one owned by its day, takes
    up the act already told: direct anaphora by the head, Poesio & Vieira 1998; Heim 1982). The
    act is the lead's undated one, or one of the same date; "the second release", "the new
    sanctions" are other acts of the kind (:data:`OTHER_INSTANCE`)."""
    tok = told.token
    owned_by_day = any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in tok.children)
    definite = owned_by_day or any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
    return (
        told.start_char > named.start_char
        and tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and definite
        and not any(c.lower_ in OTHER_INSTANCE for c in tok.children if c.dep_ in ("amod", "nummod"))
        and ((named.date is None and named.in_lead) or (named.date is not None and told.date == named.date))
    )


def _named_target(ev: EventDraft) -> bool:
    """True if the target is a name (every word capitalised: "Belavia", "Rosneft and Lukoil"),
    which, like a named person, picks out one party; "Belarusian carriers" does not."""
    words = [w for w in (ev.target or "").split() if w.lower() not in ("and", "of", "the", "&")]
    return bool(words) and all(w[:1].isupper() for w in words)


# Modifiers that make a definite noun phrase a new instance of its kind, not the one told:
# "the same sanctions", "the other prisoners", "the new tariffs".
OTHER_INSTANCE = {"same", "other", "similar", "new", "more", "further", "additional", "fresh", "second"}


def _one_described(a: EventDraft, b: EventDraft) -> bool:
    """True if one actor is a description, not a name ("the cabinet", "foreign ministers"
    beside "New Zealand"; "a U.S. envoy" beside "John Coale"): its head word is a common noun
    in lower case. A body acting for the named state may be that state, an official named
    later may be the one described first."""
    return any(_is_description(actor) for actor in (a.actor, b.actor))


def _is_description(actor: str | None) -> bool:
    """True if an actor is a description, not a name: its head word (the last) is in lower case
    ("the cabinet", "a U.S. envoy"; not "New Zealand", "John Coale")."""
    return bool(actor) and actor.split()[-1][:1].islower()


def _takes_up(ev: EventDraft) -> bool:
    """True if the patient of a verbal trigger (its sanction noun, else its object or passive
    subject) is a pronoun or a noun with a definite or demonstrative determiner ("the
    sanctions", "these tariffs", "them"), or if a trigger noun's owner is a personal pronoun
    ("The court ordered his release hours later": the release of the man named before)."""
    tok = ev.token
    if tok.pos_ == "NOUN":
        return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children)
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    nouns = [t for t in tok.doc if t.i in ev.token_ids and t.i != tok.i and t.pos_ in ("NOUN", "PROPN")]
    patient = nouns[0] if nouns else verb_object(tok)
    if patient is None:
        return False
    if patient.pos_ == "PRON":
        return patient.lower_ not in ("it", "who", "which", "that")
    kids = list(patient.children)
    if any(c.lower_ in OTHER_INSTANCE for c in kids):
        return False
    return any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in kids)


def _frame_of(verb: EventDraft, noun: EventDraft) -> bool:
    """An event noun in an "in" phrase of a verb of its type names the act the verb reports
    ("Iran released X and Y in a prisoner exchange", "were detained in a raid" is no such pair:
    other types), as does one in apposition in its clause (:func:`_appended_to`): the noun adds
    no count, people or date of its own."""
    tok = noun.token
    characterized = _characterizes(tok, verb)
    return (
        (
            (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.i == verb.token.i)
            or _appended_to(tok, verb)
            or characterized
        )
        and tok.doc is verb.token.doc
        and verb.token.pos_ == "VERB"
        and noun.count is None
        and not noun.people
        and (noun.date in (None, verb.date) or (characterized and noun.date_source != "own"))
    )


def _characterizes(tok, verb: EventDraft) -> bool:
    """ "released more than 100 people ..., the first significant release since Maduro claimed
    victory", "the biggest swap since the Cold War": an appositive event noun ranked by an
    ordinal or a superlative, after a verb of its sentence, ranks the act that verb reports
    among acts of its kind (an appositive is coreferent with what it is appended to: Quirk et
    al. 1985, 17.65), wherever the parser attached it; its time, if not its own, is the
    verb's."""
    return (
        tok.dep_ == "appos"
        and tok.sent == verb.token.sent
        and verb.token.i < tok.i
        and any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RANKING_ADJECTIVES) for c in tok.children)
    )


def _appended_to(tok, verb: EventDraft) -> bool:
    """ "met Maduro at the palace, the first direct meeting of a US official with him in
    years": an event noun in apposition inside the clause of a verb of its type describes the
    act the verb reports (an appositive is coreferent with what it is appended to: Quirk et al.
    1985, 17.65); so does a participle clause without a subject of its own on that verb
    ("issued General License 41, easing sanctions": a supplementive clause, Quirk et al. 1985,
    15.60, tells the act's result)."""
    if tok.dep_ == "npadvmod" and tok.head.i == verb.token.i:
        return True  # the same apposition parsed as a noun phrase on the verb
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i == verb.token.i and not has_subject(tok):
        return True  # "issued General License 41, easing sanctions on the oil sector": what the act does
    if tok.dep_ != "appos":
        return False
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return head.i == verb.token.i


def _other_side(ev: EventDraft) -> bool:
    """The side of a swap given for the freed ("in exchange for Alex Saab"): only a mention
    naming one of them tells it again (issue 9 item 6: no one traded the other way)."""
    return ev.trigger == EXCHANGE and ev.parent is not None


def _identified(ev: EventDraft) -> bool:
    """The mention names its people or their nationality ("Alex Saab", "10 Americans")."""
    return bool(ev.people_set() or ev.groups)


def _elaborates(group: EventDraft, one: EventDraft) -> bool:
    """A later mention that tells one part of a group's act, on the same date or both undated:

    * a verdict on a counted group and a later verdict on one of them: "X and two fellow
      officers were convicted", then "Bongard was convicted of all 81 counts"
      (tests/gold_reuters/README.md: "one verdict convicting three officers" is one entry; a
      court rules on the defendants of one case at once);
    * sanctions imposed or eased by several states together and a later measure of one of
      them: "The United States, Britain and Canada imposed new sanctions on Monday", then
      "Britain banned imports of potash" (tests/gold/README.md and tests/gold_reuters/README.md:
      a package of measures is one event)."""
    if group.event_type.startswith("sanction") and group.event_type == one.event_type:
        return (
            group.start_char < one.start_char
            and group.date == one.date
            and bool(one.actor)
            and one.actor != group.actor
            and one.actor in _joint_subject(group)
        )
    return (
        group.event_type == "sentence"
        and (group.count or 0) >= 2
        and one.count is None
        and len(one.people_set()) <= 1
        and group.date == one.date
        and group.start_char < one.start_char
        and not one.in_title
    )


def _joint_subject(ev: EventDraft) -> str:
    """The words of the trigger's subject when it conjoins several parties ("The United
    States, Britain and Canada"), else ""."""
    subjects = [c for c in ev.token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return " ".join(" ".join(t.text for t in s.subtree) for s in subjects if s.conjuncts)


CONJOINED_ACT_TYPES = {"sentence", "arrest"}


def _join_conjoined_verdicts(events: list[EventDraft]) -> list[EventDraft]:
    """Sentences passed by one court, or arrests made by one actor, in one sentence of text
    with conjoined verbs are one act: "A court jailed X for 11 years ... and sentenced five
    supporters to death" gives one row counting everyone (1 + 5 = 6); "Iran had seized seven
    boats and detained their crew" one arrest (tests/gold_reuters/README.md, "One entry per
    real-world event": one judgment; "The seizure of boats and the detention of their crews
    is one act"); so do verbs that share one subject and name no actor ("Her husband was
    arrested on September 4 and held in Evin for three months"), unless their dates differ
    ("arrested five on Monday and detained three on Tuesday": "Acts with different dates ...
    are separate entries"); and a sentence passed "after being convicted" is that conviction's
    judgment (:func:`_verdict_after`). A named person counts one, a counted group its count;
    "convicted him and sentenced him" counts no one twice."""
    out: list[EventDraft] = []
    for ev in events:
        first = next(
            (
                o
                for o in out
                if o.event_type == ev.event_type
                and ev.event_type in CONJOINED_ACT_TYPES
                and o.modality == ev.modality
                and (
                    o.token in ev.token.conjuncts
                    and (isinstance(o.actor, str) and o.actor == ev.actor or _one_subject(o, ev))
                    or _verdict_after(o, ev)
                )
                and (o.date == ev.date or None in (o.date, ev.date))  # "... on Monday and ... on Tuesday"
            ),
            None,
        )
        if first is None:
            out.append(ev)
            continue
        if not (first.people_set() & ev.people_set()) and (first.people or first.count) and (ev.people or ev.count):
            first.count = _headcount(first) + _headcount(ev)  # others: "jailed X ... sentenced five"
        first.people = "; ".join(dict.fromkeys(filter(None, [*first.people.split("; "), *ev.people.split("; ")])))
        first.n_mentions += 1
    return out


def _verdict_after(sentence: EventDraft, conviction: EventDraft) -> bool:
    """True if the conviction is told as what the sentence followed: "had been sentenced to death
    in June after being convicted of corruption" (one judgment, as "convicted and sentenced" is)."""
    tok = conviction.token
    if (
        sentence.event_type != "sentence"
        or tok.dep_ != "pcomp"
        or tok.head.lower_ not in ("after", "following", "upon")
    ):
        return False
    verb = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)  # "to five years ... after"
    return verb is not None and verb.i == sentence.token.i


#: How many sentences after a verdict the terms of its co-defendants may follow.
CO_DEFENDANT_SENTENCES = 3


def _join_co_defendants(events: list[EventDraft]) -> list[EventDraft]:
    """The terms of co-defendants told after the verdict are that verdict: "A court in Homel on
    Tuesday sentenced blogger X to 18 years." ... "Y and Z ... were given 16 years each."
    ... "W also received seven years." One trial of several defendants is one ``sentence``
    (tests/modern6/README.md M6-2, tests/modern11/README.md M11-13, tests/modern21/README.md
    M21-1); a news story tells the verdict in the lead and each defendant's term in the
    sentences after it (van Dijk 1988, *News as Discourse*: the installments of a news story).

    A term (:func:`_a_term`: a term of years, a conviction: "Six co-defendants ... were
    convicted alongside him", or a verdict "in the same case") joins the verdict before it
    (:func:`_verdict`, dated by its own clause) when it has no time of its own (the lead's date
    lent by :func:`helpers.events.story_dates.date_story` is none), a word ties it to the
    verdict or its sentence lists several terms (:func:`_of_the_trial`) or the sentence just
    before was a term joined to the verdict (a list of terms goes on: "... got 15 years each.
    Statkevich was sentenced to 14 years."), it follows the verdict or the last term joined to
    it within :data:`CO_DEFENDANT_SENTENCES` sentences, and no dated event of any type comes
    between (the story has moved to other acts: "In July the Supreme Court sentenced X to 14
    years", a verdict of another trial, has its own date; a date within the verdict's own
    sentence, "632 days after he was detained", moves nothing). The term's people join the
    verdict's; its count is left as the verdict gives it.
    """
    out: list[EventDraft] = []
    last: dict[int, int] = {}  # id of a verdict -> sentence of its last mention
    for ev in sorted(events, key=lambda e: e.start_char):
        undated = ev.date is None or ev.date_source == "story"
        term = _a_term(ev) and undated and not ev.vague_time
        verdict = _verdict_before(out, ev, last) if term else None
        if verdict is None or not (_of_the_trial(ev) or last.get(id(verdict)) == ev.sentence_id - 1):
            out.append(ev)
            continue
        verdict.people = "; ".join(dict.fromkeys(filter(None, [*verdict.people.split("; "), *ev.people.split("; ")])))
        verdict.n_mentions += 1
        last[id(verdict)] = ev.sentence_id
    return out


def _verdict(ev: EventDraft) -> bool:
    """An asserted sentence of the body."""
    return ev.event_type == "sentence" and ev.modality == "asserted" and not ev.in_title


def _a_term(ev: EventDraft) -> bool:
    """A verdict (:func:`_verdict`) to a term of years ("received seven years"), a conviction
    ("were convicted alongside him") or a verdict of the same trial ("was sentenced in the same
    case": :func:`helpers.events.tokens.same_trial`)."""
    return _verdict(ev) and (ev.duration is not None or ev.trigger == "convict" or same_trial(ev.token.sent))


def _of_the_trial(term: EventDraft) -> bool:
    """The term's sentence ties it to a verdict told before (:data:`SAME_TRIAL_WORDS`: "each",
    "also", "co-defendants"; "in the same trial", :func:`helpers.events.tokens.same_trial`) or
    lists the terms of several people ("Kobzev received five and a half years, Liptser five
    years and Sergunin three and a half years": the verdicts of one trial); without such
    words, "X was sentenced to ten years" may be a verdict of another case told beside it
    (tests/modern10/README.md M10-4: two cases, two entries)."""
    sent = term.token.sent
    terms = sum(
        t.lemma_.lower() in COUNTED_UNITS and t.tag_ == "NNS" and any(c.like_num for c in t.children) for t in sent
    )  # "five years", not a "72-year-old"
    tied = any(t.lemma_.lower() in SAME_TRIAL_WORDS or t.lower_ in SAME_TRIAL_WORDS for t in sent)
    return same_trial(sent) or tied or terms >= 2


def _verdict_before(before: list[EventDraft], term: EventDraft, last: dict[int, int]) -> EventDraft | None:
    """The verdict ``term`` continues (see :func:`_join_co_defendants`), or None."""
    for i in range(len(before) - 1, -1, -1):
        ev = before[i]
        if _verdict(ev) and ev.date is not None and ev.date_source == "own":
            near = term.sentence_id - last.get(id(ev), ev.sentence_id) <= CO_DEFENDANT_SENTENCES
            return ev if near else None
        if ev.date is not None and not any(_verdict(o) and o.sentence_id == ev.sentence_id for o in before[:i]):
            return None  # a dated act between: the story has moved on
    return None


def _one_subject(first: EventDraft, later: EventDraft) -> bool:
    """Two conjoined verbs without an actor, the later with no subject of its own: one patient
    undergoes both ("was arrested ... and held")."""
    return first.actor is None and later.actor is None and not has_subject(later.token)


def _headcount(ev: EventDraft) -> int:
    return ev.count if ev.count is not None else max(1, len(ev.people_set()))


def _same_undated(a: EventDraft, b: EventDraft) -> bool:
    """Two undated mentions of an act of force (:data:`AGGREGATE_TYPES`) are one act only on
    some evidence: a headline, a retelling (:func:`_retold`), a definite singular noun
    (:func:`_definite_noun`: "the attack") or the same target; "a spate of blasts", "their
    homes were attacked" and "raided bases in the past" are three acts
    (tests/gold_reuters/README.md: acts with different targets are separate entries).
    Two undated mentions of an act that did not (yet) happen (demanded, promised, ...)
    corefer only on some evidence: a headline (it restates the lead), a shared named
    person, one mention without a patient of its own ("their return") or the same
    patient; "demanded the release of all prisoners" and "urged them to free Maria
    Ivanova" are two demands. Undated asserted mentions of one type are merged as before
    (a story retells what happened: "freed", "the released", "their release"); keeping
    them apart by their patients lowered precision on tests/gold (more split events)."""
    if a.in_title or b.in_title or a.people_set() & b.people_set():
        return True
    if a.modality == "asserted" and a.event_type in AGGREGATE_TYPES:
        later = max(a, b, key=lambda e: e.start_char)  # an anaphor takes up what was told before it
        return _retold(a, b) or _definite_noun(later) or (a.target is not None and a.target == b.target)
    if a.modality == "asserted":
        return True
    return not (_patient(a) and _patient(b)) or a.target == b.target


def _definite_noun(ev: EventDraft) -> bool:
    """A singular event noun with a definite, demonstrative or possessive determiner ("the
    attack", "Today's attack", "this bombing"): it takes up an act already told (Heim 1982,
    familiarity of definites)."""
    tok = ev.token
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and any((c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS) or c.dep_ == "poss" for c in tok.children)
    )


def _takes_up_plural(ev: EventDraft) -> bool:
    """ "The protests": a plural protest noun with the definite article takes up the wave told
    before (Heim 1982), so its month may narrow that wave's year."""
    tok = ev.token
    return (
        ev.event_type == "protest"
        and tok.tag_ == "NNS"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _patient(ev: EventDraft) -> bool:
    """True if the mention names its own patient: a target that is no pronoun ("the
    release of all prisoners"; not "their return", which takes up an earlier mention)."""
    return bool(ev.target) and not any(t.pos_ == "PRON" and t.text == ev.target for t in ev.token.sent)


def _clausal(ev: EventDraft) -> bool:
    """A finite clause of the body ("The Treasury designated 44 individuals"), or a relative
    clause with a time of its own ("Floderus, who was arrested in April 2022"); not a
    headline, a noun ("their liberation"), a participle ("those freed") or an undated relative
    clause ("those who were freed")."""
    tok = ev.token
    if ev.in_title or tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.dep_ not in ("acl", "amod", "relcl") or (tok.dep_ == "relcl" and ev.date_source == "own")


def _is_summary(ev: EventDraft) -> bool:
    """A noun that sums up or generalises events of its type instead of reporting one: plural
    without a count or named people ("a string of releases this year", "the sentences"), or
    generic ("each release", "every arrest"); a singular noun with a demonstrative ("this
    sanction relief", "that meeting") takes up the event told before, of any type, and so does a
    noun of a section heading ("Perspectives on Sanction Relief Measures"). Such a mention is
    merged into the nearest dated event of its type, else of its type and modality (tests/gold/README.md: one entry per
    real event). Moving or unfreezing frozen money ("$6 billion ... was transferred") carries
    out an easing and joins the article's easing (a waiver, a licence) when it tells one
    (:func:`helpers.events.sanctions.unfreezes_money`; tests/gold: one easing per waiver)."""
    tok = ev.token
    if ev.event_type == "sanction_eased" and unfreezes_money(tok):
        return True
    if ev.in_heading:
        return True  # a section heading names the topic of what follows (van Dijk 1988)
    if tok.pos_ != "NOUN" or ev.count is not None or ev.people or ev.in_title:
        return False
    if any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in tok.children):
        return True  # "this sanction relief", "that meeting": the event told before (Heim 1982)
    if ev.event_type not in SUMMARY_TYPES:
        return False
    return tok.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in tok.children)


def _informative(ev: EventDraft) -> tuple:
    start, end = timex_interval(ev.date)
    span = (end - start).days if start is not None else 10**6
    return (ev.date is None, span, ev.count is None, ev.count_at_least, -len(ev.people), ev.in_title, ev.start_char)


def merge_coreferent(events: list[EventDraft]) -> list[EventDraft]:
    """Merge rows that report the same event within an article ("Belarus freed 52
    prisoners on Thursday", "The freed prisoners", "their liberation").

    Each row joins the nearest compatible row (:func:`_compatible`) among the more
    informative ones (a date, the narrowest date, a count, more people, not the headline,
    earlier), which is kept with its evidence and span; its missing count, actor, target
    and duration are filled from the merged rows and their people added; ``n_mentions``
    counts the mentions.

    Args:
        events: event drafts (:class:`helpers.events.record.EventDraft`; fields event_type,
            modality, date, count, actor, people, start_char).

    Returns:
        The kept rows in text order, each with ``n_mentions`` (int >= 1).
    """
    events = _join_co_defendants(_join_conjoined_verdicts(events))
    kept: list[EventDraft] = []
    summaries = [ev for ev in events if _is_summary(ev)]
    for ev in sorted((e for e in events if not _is_summary(e)), key=_informative):
        match = [k for k in kept if _compatible(k, ev)]
        if match:  # the nearest, first among those counting the same people ("the 24 sailors")
            near = min(
                match, key=lambda k: (ev.count is not None and k.count != ev.count, abs(k.start_char - ev.start_char))
            )
            near.n_mentions += 1
            for key in ("count", "actor", "target", "duration"):
                if getattr(near, key) is None:
                    setattr(near, key, getattr(ev, key))
            near.people = "; ".join(dict.fromkeys(filter(None, [*near.people.split("; "), *ev.people.split("; ")])))
        else:  # keeps the conjoined verbs already joined (_join_conjoined_verdicts)
            kept.append(ev.copy())
    for ev in summaries:
        same = [k for k in kept if k.event_type == ev.event_type and k.date is not None] or [
            k for k in kept if k.event_type == ev.event_type and k.modality == ev.modality
        ]
        if same:  # "The releases have continued": a mention of the (dated) releases
            min(same, key=lambda k: abs(k.start_char - ev.start_char)).n_mentions += 1
        else:
            kept.append(ev.copy(n_mentions=1))
    return sorted(kept, key=lambda e: (e.start_char, e.end_char))
