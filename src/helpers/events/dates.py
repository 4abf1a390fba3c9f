"""Dates of events: the TIMEX3 value each event took place at, and the rule that gave it.

Dates (rules applied in order, recorded in ``date_source``):
    0. An event that owns a vague time ("in the past", "recently": PAST_REF/FUTURE_REF; an
       event noun's adjective "recent", "earlier", "previous") is placed in time by its own
       clause: no later rule dates it (:data:`VAGUE_VALUES`).
    1. ``own``: a DATE timex the parse attaches to the trigger (the nearest trigger above
       the timex in the dependency tree is this one): "his arrest in July 2021". A timex of
       a clause placed before or after its host ("approved soon after Rabuka staged his
       second coup on September 25", :data:`helpers.lexicon.calendar.SEQUENCE_MARKS`) dates
       the event of that clause (the object of its verb), never the host.
    2. ``related``: the trigger has "after/following/amid/during/before X" where X
       is an event trigger with a date ("detained after the 2020 election" -> 2020), or a
       relative clause "that followed/preceded X" ("protests that followed the vote").
    2b. ``clause``: the event sits inside the clause of another dated event ("measures
       intensified after February 2022 when Belarus became a hub supporting Russia's
       invasion" -> the invasion takes 2022-02). Neither this rule nor the next two date an
       event noun that an act is over when the sentence's times all come before it ("The
       following day, Tehran summoned the ambassador over the detention of X"), nor an arrest
       noun after "during" ("During Sala's detention, supporters held a sit-in on December 29"),
       nor a custody act a clause makes known ("Her detention was made public on December 27").
       Rule 2 reads no "in" phrase of a reason ("sentenced in connection with the protests").
    3. ``sentence``: a dated DATE timex of the same sentence that the parse attaches to
       no other event ("A leading figure during protests ... in 2020; her detention"), on
       the same side of a sequence or relative clause ("fallen since the sanctions were
       imposed, an official said on Wednesday": not Wednesday), not the time of the
       report of an event told in the past perfect ("IRNA said on Sunday Iran had seized
       seven boats"), nor the time of a reaction to an event noun ("responding to the
       kidnapping of X, today insisted": :func:`_reacted_to`; rule 4 neither).
    4. ``lead``: an asserted event of the news lead (the first paragraph) without a time of
       its own takes the news day the lead names ("pardoned 37 people ... on Monday") or a
       mention of it names ("Saturday's releases"; :func:`lead_day`), unless its clause is
       in the present perfect (no definite time), in the past perfect (before the time of
       the report) or a sequence clause ("since the sanctions were imposed"). A day named in a
       sequence clause of its own sentence is that clause's ("was freed days after Meloni met
       Trump on January 4"), not the lead's. With no such day it stays undated: the
       publication date is no default (tests/gold_reuters/README.md, "Dates"; issue 9
       item 1: "never date a state to the publication day").
    5. ``deal``: "as part of this exchange/deal/agreement", "in exchange/return for": the
       event belongs to the deal of the lead and takes its date (the lead event with its
       own timex first, else the first dated one).
    6. ``coreference``: a nominal trigger ("the releases", "disputed elections") takes the
       date of the nearest asserted event of the same type dated by rules 1, 4 or 5, the
       previous one first; an event about named people only corefers with an event
       naming one of them. One with no people of its own in a later paragraph than the last
       one told is the story's: the lead's event of that type comes first ("The sentence was
       handed down a day after ..." paragraphs after a colleague's sentence of July 8).
    7. ``section``: a dated timex in the heading of the event's section ("Sanctions
       Since Post-2020 Crackdown" -> 2020), unless it begins after the publication date
       (the heading "A consultation in January" read as the coming January frames no act
       the section tells).
    Headline events take the date of the lead's event of the same type, else of the
    lead's first time expression (``headline``); a wire dateline ("MINSK, Aug 10 (Reuters)
    -") dates no event; a timex inside a relative clause on a non-event noun ("Krasikov,
    who was serving a life sentence for a 2019 killing") dates no event; an undated
    asserted past-tense event of the opening section takes the lead's date (``story``); before
    that, an undated arrest in the simple past takes the one day the nearest earlier sentence of
    its paragraph names (``scene``: "On Sunday, controllers ordered the jet to land. Officers
    then arrested X"; :func:`helpers.events.story_dates.date_scene`).
    Only calendar values (``2021``, ``2021-07``, ``2025-12-13``...) date an event;
    PAST_REF and durations do not. The DURATION of talks ("over two days") is kept in
    ``duration`` (``P2D``). ``date_start``/``date_end`` is the interval the TIMEX3 value
    covers (:func:`helpers.timexes.intervals.timex_interval`).

The other side of a swap ("freed X in exchange for 10 Americans") takes the date of the
swap (its ``date_source``, else ``exchange``). The rules that read the shape of the story
(lead, headline, dateline, section heading, story) are in :mod:`helpers.events.story_dates`.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from helpers.core.frames import records
from helpers.core.structure import Parsed
from helpers.events.merge import is_aggregate
from helpers.events.modality import meeting_of_journey
from helpers.events.record import EventDraft
from helpers.events.senses import day_of_main_verb
from helpers.events.story_dates import (
    ISO_DAY,
    after_publication,
    date_scene,
    date_story,
    headline_date,
    is_background,
    is_dateline,
    is_indefinite_past,
    lead_day,
    lead_end_of,
    mark_news,
)
from helpers.events.tokens import (
    clause_verb,
    heads_to_verb,
    is_person_like,
    path_below,
    prep_objects,
    present_perfect,
    verb_object,
)
from helpers.lexicon.calendar import COUNTED_UNITS, FORWARD_VERBS, LATER_ADVERBS, LONG_UNITS, SEQUENCE_MARKS
from helpers.lexicon.events import (
    CHARGE_PREPOSITIONS,
    DEAL_TYPES,
    DEAL_WORDS,
    DISCLOSURE_STATES,
    DISCLOSURE_VERBS,
    HOMECOMING_VERBS,
    ISSUING_VERBS,
    NOUN_TRIGGERS,
    PAST_TIME_ADJECTIVES,
    REACTION_NOUNS,
    REACTION_VERBS,
    REASON_NOUNS,
    SANCTION_CAUSE_PREPOSITIONS,
    SANCTION_TYPES,
    TARGET_FUNCTION_WORDS,
    VERB_TRIGGERS,
    names_charge,
)
from helpers.lexicon.modality import LIGHT_VERBS, TAKING_PART_VERBS
from helpers.lexicon.numbers import VAGUE_DETERMINERS
from helpers.lexicon.people import PERSON_NOUNS, REPORTING_VERBS
from helpers.quantities.numerals import parse_number
from helpers.timexes.intervals import timex_interval

# TIMEX3 values of a vague time of the past or future ("recently", "in recent months", "in
# the past", "soon"; TimeML 1.2.1 guidelines, section 2.2.1, "value"): an event owning one is
# placed in time by its own clause, so it takes no date from another rule (module docstring,
# rule 0; tests/gold_reuters/README.md: "'recently' -> primary null", "'in recent months' -> null").
VAGUE_VALUES = {"PAST_REF", "FUTURE_REF"}
# A part of a day ("this morning" -> 2024-06-12TMO, TimeML 1.2.1 guidelines, 2.2.1): an event
# is dated to its day (tests/gold_reuters/README.md, Dates: "'today' / 'this morning' =
# publication day")
PART_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI|DT)$")
# prepositions whose time bounds an event instead of dating it (TimeML TLINK BEFORE/ENDS):
# "authorizing transactions ... through April 18" ends a licence's term, the act is earlier
BOUND_PREPOSITIONS = {"before", "until", "till", "through"}
# "since X" places the event somewhere after X ("the first such release since the mass protests
# four years ago": TimeML TLINK AFTER), never at X's time, so it is not one of them
TEMPORAL_PREPS = {"after", "following", "amid", "during", "before", "prior", "in"}
ASPECT_VERBS = {"begin", "start", "end", "erupt", "finish"}
SEQUENCE_VERBS = {"follow", "precede"}  # "the protests that followed the 2020 vote"
# words of a gap of unknown length ("a few days after", "several weeks before"; from
# helpers.lexicon.numbers.VAGUE_DETERMINERS)
VAGUE_COUNT_WORDS = {d.split()[-1] for d in VAGUE_DETERMINERS if not d.endswith(" of")}
SAME_DAY_UNITS = {"hour", "minute", "moment"}  # "hours after the release": within its day
SAME_DAY_ADVERBS = {"shortly", "soon", "immediately", "right", "just"}  # "shortly after the vote"
# "on Feb. 24, 2022, the day Russia launched its invasion": a time noun in apposition to a date
DAY_NOUNS = {"day", "night", "morning", "evening", "week", "month", "year"}
STAMP_POS = {"NUM", "PROPN"}  # the words of a time stamp besides its time (and signs: "13:40 | Zerkalo")
# and the label of one, with its filler words ("Published date: 8 December 2022 12:40 GMT", "Last updated on ...")
# and the reading time an outlet's page gives beside it ("Published May 08, 2023 • 3 minute read")
STAMP_LABELS = {"published", "updated", "posted", "modified"}
STAMP_FILLERS = {"last", "first", "date", "time", "on", "at", "min", "mins", "minute", "minutes", "read"}
# and the words of its clock time, which need no label ("JUL 08, 2022 - 6:21 PM GMT+3")
STAMP_CLOCK = {"am", "pm", "a.m.", "p.m.", "gmt", "utc", "cet", "cest", "est", "edt", "bst", "msk"}
CUSTODY_STEPS = ("arrest", "sentence", "release")  # acts of one custody, told in this order


def date_events(events: list[EventDraft], timexes: pd.DataFrame, parsed: Parsed, docs: dict) -> None:
    """Date every event in place by the rules of the module docstring, in their order.

    Args:
        events: event drafts (:class:`helpers.events.record.EventDraft`; fields date,
            date_source, duration, event_type, modality, people, start_char, sentence_id
            and the working state block_id, token, token_ids, heading, in_title, parent).
        timexes: the ``timexes`` table (value, type, start_char, end_char, sentence_id).
        parsed: the article from :func:`helpers.core.structure.parse_structure`.
        docs: block_id -> (article offset of the block, spaCy doc of the block).

    Returns:
        None. Sets each event's ``date`` (TIMEX3 calendar value or None), ``date_source``
        (the rule's name or None) and ``duration`` (TIMEX3 duration or None).
    """
    _mark_vague_adjectives(events)
    owned = _attach_timexes(events, timexes, docs)
    for ev in events:  # the other side of a swap happens when the swap does
        if ev.parent is not None and ev.date is None and ev.parent.date:
            ev.date, ev.date_source = ev.parent.date, ev.parent.date_source
    _resolve_dates(events, timexes, parsed, owned)
    for ev in events:
        if ev.parent is not None and ev.date is None and ev.parent.date:
            ev.date, ev.date_source = ev.parent.date, "exchange"
    date_scene(events, timexes, parsed)
    date_story(events, parsed, lambda ev: _sequence_clause_of(ev.token, True) is not None)
    for ev in events:  # "this morning" (2024-06-12TMO): the event happened that day
        if ev.date and PART_OF_DAY.match(ev.date):
            ev.date = ev.date[:10]
    _future_is_announced(events, parsed)
    mark_news(events, parsed)


def _future_is_announced(events: list[EventDraft], parsed: Parsed) -> None:
    """An asserted event dated by a time expression of its own clause that lies wholly after
    the publication date has not happened yet: it is announced ("a meeting in Peking next
    week", "precede a meeting on July 1"). A text cannot report as done what comes after it
    was written (Reichenbach 1947: event time after speech time is the future)."""
    for ev in events:
        if (
            ev.modality == "asserted"
            and ev.date_source in ("own", "sentence")
            and after_publication(ev.date, parsed.published)
        ):
            ev.modality = "announced"


BLOCKED = -1
ARGUMENT_DEPS = ("dobj", "obj", "nsubj", "nsubjpass")
# Clauses that modify what they hang on (adverbial, prepositional, relative): their time is
# their own. Complement clauses ("said he welcomed talks in May") are not in the list: the
# event may sit inside the same complement.
EMBEDDED_CLAUSES = {"advcl", "pcomp", "relcl", "acl"}


def _is_bound(tok) -> bool:
    """ "before Friday", "until June", "ahead of Independence Day", "prior to the vote": the
    object of a preposition of a bound (:data:`BOUND_PREPOSITIONS`)."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in ("until", "till", "through") and prep.head.lemma_.lower() in FORWARD_VERBS:
        return False  # "postponed until Monday": the new time of the act
    return prep.lower_ in BOUND_PREPOSITIONS or (prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior"))


def _owner(tok, trigger_ids: set[int], heads: set[int] = frozenset()):
    """Nearest trigger token above ``tok`` in the parse, None, or :data:`BLOCKED` when the
    timex sits in a relative clause on a noun that is no event ("Krasikov, who was serving
    a life sentence for a 2019 killing", "measures, which it restricted in June 2021"); a
    relative clause on an event noun dates it ("the protests that followed the August 2020
    vote"). A timex below a verb of an embedded clause that is no trigger belongs to that
    verb, not to an event above it: "released ... after being arrested nine days ago",
    "The sanctions, adopted in March, were lifted on Monday" (a participle on a word of the
    event that is not its trigger, ``heads``: the sanctions were adopted in March),
    "sentenced ... for trading on knowledge of its 1981 takeover" (:data:`EMBEDDED_CLAUSES`;
    the time of a clause is the time of its own verb, TimeML's TLINKs: Pustejovsky et al. 2003).
    A time after "before", "ahead of", "prior to" or "until" bounds the event and dates none
    ("pardons 16 prisoners ahead of Independence Day": TimeML TLINK BEFORE, not the date)."""
    if _is_bound(tok):
        return BLOCKED
    since = _after_since_object(tok)
    if since is not None and since.i in trigger_ids:  # "imposed sanctions since the invasion in February 2022"
        return since.i
    if _dates_the_charge(tok) and tok.head.i not in trigger_ids:  # the deed's time, and of what it tells
        within = [t.i for t in tok.head.subtree if t.i in trigger_ids]  # "the 1995 assassination ... at a rally"
        return min(within, key=lambda i: abs(i - tok.i)) if within else BLOCKED
    cur, in_noun = tok, False
    for _ in range(12):
        if cur.head == cur:
            return None
        in_noun = in_noun or (cur is not tok and cur.pos_ in ("NOUN", "PROPN"))
        cur = cur.head
        if cur.i in trigger_ids:
            return cur.i
        carried = _carried_event(cur, trigger_ids)
        if carried is not None:
            return carried
        if is_sequence_clause(cur):  # "soon after the army staged a coup on September 25"
            return next((c.i for c in cur.children if c.dep_ in ARGUMENT_DEPS and c.i in trigger_ids), BLOCKED)
        if cur.dep_ == "relcl" and cur.head.i not in trigger_ids:
            return BLOCKED
        # "The package, announced on June 12, targeted ..."
        if _issued_subject(cur) and cur.head.i not in trigger_ids and cur.head.head.i in trigger_ids:
            return cur.head.head.i
        # an infinitive has no time of its own: "efforts to suppress opposition that year"
        # so has a time inside the object of a participle on the event ("imposed sanctions,
        # citing their role in the disappearance of X in 2007": 2007 is the disappearance's)
        if (
            cur.pos_ in ("VERB", "AUX")
            and cur.dep_ in EMBEDDED_CLAUSES
            and (cur.head.i not in trigger_ids or in_noun or (cur.dep_ in ("acl", "relcl") and cur.head.i not in heads))
            and cur.tag_ != "VB"
            and not day_of_main_verb(cur, news_day=False)  # "sanctioned 16 officials aligned with Maduro in September"
        ):
            return BLOCKED
    return None


def _issued_subject(verb) -> bool:
    """ "The latest package, announced by the Treasury on June 12, targeted 300 entities", "The
    previous round, adopted in August 2023, targeted 38 individuals": a past participle of
    issuing (:data:`helpers.lexicon.events.ISSUING_VERBS`) on the subject of an act tells when
    the subject, a measure or a decision, came into force, which is when its act was done (the
    participle's time is its own, but a measure acts when it is issued: an acl on the subject
    anchors the act of that subject, TimeML's SIMULTANEOUS TLINK, Pustejovsky et al. 2003).
    Only the subject of an active verb, which does the act: "The sanctions, adopted in March,
    were lifted on Monday" were not lifted in March."""
    return (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in ISSUING_VERBS and verb.head.dep_ == "nsubj"
    )


def _dates_the_charge(tok) -> bool:
    """ "convicted over 1988 executions", "jailed for his 2020 posts", "arrested on charges of
    a 2019 fraud": a time that modifies the noun of a charge (the object of "of", "for" or
    "over" after a word of the law, :func:`helpers.lexicon.events.names_charge`) dates the
    deed charged, not the arrest or the sentence (TimeML: a time in a noun phrase anchors
    that noun's event, Pustejovsky et al. 2003; issue 9 item 5, "convicted of taking part in
    the 2020 protests" is no sentence in 2020). An event told inside that noun phrase keeps
    the time ("for the November 1995 assassination of Rabin at a peace rally")."""
    if not _modifies_a_noun(tok):
        return False
    noun = tok.head
    if noun.dep_ == "pobj":
        return noun.head.lower_ in CHARGE_PREPOSITIONS and names_charge(noun.head.head)
    # "convicted over 1988 executions": the parse makes "over" a quantifier of the year
    misread = any(c.dep_ == "quantmod" and c.lower_ in CHARGE_PREPOSITIONS for c in tok.children)
    return misread and noun.dep_ in ("dobj", "obj") and names_charge(noun.head)


def _carried_event(verb, trigger_ids: set[int]):
    """The event noun a light verb carries ("enters debt talks this week", "held talks on
    Monday", "staged a strike"): the time of the light verb is the time of its object event
    (:data:`helpers.lexicon.modality.LIGHT_VERBS`; the verb adds aspect, the noun the event:
    Jespersen's light verbs, Grimshaw & Mester 1988), or None. A journey carries the meeting
    it was made for ("made a trip to Mar-a-Lago on January 4 to meet Trump";
    :func:`helpers.events.modality.meeting_of_journey`). A verb of taking part carries its
    "in" event ("Iranians voted Friday in a runoff election":
    :data:`helpers.lexicon.modality.TAKING_PART_VERBS`; not a light verb: "launched ... in a
    rally" is a misparse of "paid tribute ... in a rally")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    meeting = next((c for c in verb.children if meeting_of_journey(c)), None)
    if meeting is not None:  # "flew to Minsk on Thursday to hold talks": the journey's time is the meeting's
        return meeting.i if meeting.i in trigger_ids else _carried_event(meeting, trigger_ids)
    taken_part = [g.i for g in prep_objects(verb, "in", "into") if g.i in trigger_ids]
    if taken_part and verb.lemma_.lower() in TAKING_PART_VERBS:
        return taken_part[0]
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return None
    return next((c.i for c in verb.children if c.dep_ in ("dobj", "obj") and c.i in trigger_ids), None)


def _is_calendar(value) -> bool:
    return isinstance(value, str) and timex_interval(value)[0] is not None


def _mark_vague_adjectives(events: list[EventDraft]) -> None:
    """Rule 0 for an event noun with an adjective of vague past time ("the recent detention
    of the vessels", "an earlier release"; :data:`helpers.lexicon.events.PAST_TIME_ADJECTIVES`):
    the adjective places it as "recently" would, so the time of the report or of the lead
    does not date it ("Today's statement said the recent detention ..." is no detention today)."""
    for ev in events:
        tok = ev.token
        vague = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in PAST_TIME_ADJECTIVES), None)
        if vague is not None and tok.pos_ in ("NOUN", "PROPN"):
            ev.vague_time = vague.text


def _antecedents(events: list[EventDraft]) -> dict[int, EventDraft]:
    """Token index of the head of a relative clause that tells an event -> that event, when the
    head is an event noun of the event's type ("the exchange that freed X": the exchange's time
    is the freeing's) or a word of a time expression ("the exchange in May last year that freed
    X", where the parser hangs the clause on "year": the time is the exchange's)."""
    return {
        ev.token.head.i: ev
        for ev in events
        if ev.token.dep_ == "relcl"
        and ev.parent is None  # the other side of a swap told by the same verb takes the swap's time
        and (
            NOUN_TRIGGERS.get(ev.token.head.lemma_.lower()) == ev.event_type
            or ev.token.head.ent_type_ in ("DATE", "TIME")
        )
    }


def _attach_timexes(events: list[EventDraft], timexes: pd.DataFrame, docs: dict) -> set[int]:
    """Give each event its own DATE and DURATION timexes (rule 1) and its vague time (rule
    0); returns the ``start_char`` of every timex attached to some event."""
    owned: set[int] = set()
    by_modifier: set[int] = set()  # events dated by a time that modifies a noun of their clause
    if timexes is None or timexes.empty:
        return owned
    by_block: dict[int, list[EventDraft]] = {}
    for ev in events:
        by_block.setdefault(ev.block_id, []).append(ev)
    # token index -> event, per block: built once, not for every timex
    owners = {b: {**_antecedents(evs), **{i: ev for ev in evs for i in ev.token_ids}} for b, evs in by_block.items()}
    for tx in records(timexes):
        for block_id, (base, doc) in docs.items():
            if not (base <= tx.start_char < base + len(doc.text)):
                continue
            evs = by_block.get(block_id, [])
            ids = owners.get(block_id, {})
            span = doc.char_span(tx.start_char - base, tx.end_char - base, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            owner = root.i if root.i in ids else (_when_clause(span, ids) or _premodified(span, ids))
            if owner is None:
                owner = _owner(root, set(ids), {ev.token.i for ev in evs})
            if owner == BLOCKED or is_dateline(doc.text, tx.start_char - base, tx.end_char - base):
                owned.add(int(tx.start_char))  # dates no event, by any rule
                continue
            ev = ids.get(owner)
            if ev is None:
                continue
            owned.add(int(tx.start_char))
            modifier = _modifies_a_noun(root) and root.head.i != owner
            if modifier and present_perfect(ev.token):  # "With today's designations, OFAC has sanctioned 140"
                continue
            if tx.type == "DURATION":
                ev.duration = ev.duration or tx.value
            elif _is_calendar(tx.value) and (
                ev.date is None or _narrows(tx.value, ev.date) or (id(ev) in by_modifier and not modifier)
            ):  # "Earlier that year, in April": April; "Under the 2015 agreement, ... lifted in January 2016"
                ev.date, ev.date_source = tx.value, "own"
                (by_modifier.add if modifier else by_modifier.discard)(id(ev))
            elif tx.type == "DATE" and tx.value in VAGUE_VALUES:
                ev.vague_time = ev.vague_time or str(tx.text)
    return owned


def _modifies_a_noun(root) -> bool:
    """ "Under the 2015 agreement", "after last year's vote": a time expression that modifies a
    noun. Unless that noun is the event's own, it dates the event only when nothing else does;
    a time adverbial of the clause ("in January 2016") comes first (the time of a clause is its
    adverbial's: TimeML, Pustejovsky et al. 2003)."""
    return root.dep_ in ("nummod", "compound", "amod", "poss", "nmod") and root.head.pos_ in ("NOUN", "PROPN")


def _when_clause(span, ids: dict):
    """The trigger of a relative clause on the time expression ``span`` that tells what
    happened then: "since December 2022, when the US freed Viktor Bout"; "on Feb. 24, 2022,
    the day Russia launched its invasion" (a time noun in apposition, its "when" left out;
    Quirk et al. 1985, 17.12, relative adverbs), or None."""
    for i in ids:
        verb = span.doc[i]  # the trigger, or the clause verb of an event noun ("launched its invasion")
        while verb.dep_ == "pobj" and verb.head.lower_ == "of" and verb.head.head.pos_ == "NOUN":
            verb = verb.head.head  # "launched a wave of airstrikes"
        verb = verb.head if verb.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") else verb
        if verb.dep_ != "relcl":
            continue
        head = verb.head
        if head in span and any(c.lower_ == "when" for c in verb.children):
            return i
        if head.lemma_.lower() in DAY_NOUNS and (
            (head.dep_ == "appos" and head.head in span) or _follows_with_comma(head, span)
        ):
            return i
    return None


def _premodified(span, ids: dict):
    """The event noun that a full date modifies when the parse made the noun a conjunct of the
    date: "the August 9, 2020, presidential election" (AP style sets the year off with commas;
    the small parser reads "August" as the head and "election" as its conjunct); None when a
    conjunction stands between them ("in August 2020 and the election")."""
    doc = span.doc
    for i in ids:
        noun = doc[i]
        if noun.dep_ not in ("conj", "appos") or noun.head not in span or noun.pos_ != "NOUN":
            continue
        between = doc[span.end : noun.left_edge.i]
        if all(t.text == "," for t in between):
            return i
    return None


def _follows_with_comma(noun, span) -> bool:
    """True if the phrase of ``noun`` comes right after ``span`` and a comma ("on Feb. 24,
    2022, the day Russia launched ..."): an apposition the parse hung elsewhere."""
    left = noun.left_edge.i
    return left >= 2 and noun.doc[left - 1].text == "," and noun.doc[left - 2] in span


def _narrows(value: str, date: str) -> bool:
    """True if the TIMEX3 ``value`` is a period strictly inside ``date`` ("Earlier that year,
    in April, Reed was swapped": the month narrows the year; both are the event's own times,
    and the finer one is its date)."""
    (s, e), (ds, de) = timex_interval(value), timex_interval(date)
    return None not in (s, e, ds, de) and ds <= s and e <= de and (s, e) != (ds, de)


def _resolve_dates(events: list[EventDraft], timexes: pd.DataFrame, parsed: Parsed, owned: set[int]) -> None:
    """Rules 2-7 of the module docstring, in order (twice, as later rules date events
    that earlier rules can then use)."""
    dated_tx = (
        []
        if timexes is None or timexes.empty
        else [t for t in records(timexes) if t.type in ("DATE", "TIME") and _is_calendar(t.value)]
    )
    free_tx = [t for t in dated_tx if int(t.start_char) not in owned]
    by_token = {(ev.block_id, i): ev for ev in events for i in ev.token_ids}
    lead_end = lead_end_of(parsed)
    lead_event = None
    for _ in range(2):
        for ev in events:
            if ev.date is not None or ev.vague_time:
                continue
            obj = verb_object(ev.token) if ev.token.pos_ == "VERB" else None
            heads = [ev.token] + ([obj] if obj is not None and obj.head == ev.token else [])
            links = [
                c
                for h in heads
                for c in h.children
                if c.lower_ in TEMPORAL_PREPS or (c.dep_ in ("relcl", "acl") and c.lemma_.lower() in SEQUENCE_VERBS)
            ]
            for prep in links:
                if _for_a_reason(prep):
                    continue  # "sentenced in connection with the protests": a cause, no time
                for pobj in (g for g in prep.subtree if g.dep_ in ("pobj", "dobj") and not _in_clause_below(g, prep)):
                    other = by_token.get((ev.block_id, pobj.i))
                    if other and other.date:
                        ev.date = _counted_from(other.date, prep.lower_, prep) or _after_day(other.date, prep)
                        ev.date_source = "related"
                        break
                if ev.date:
                    break
            if (
                _is_reference(ev, by_token)
                or _spans_a_period(ev.token)
                or _punished_by(ev, by_token)
                or _over_earlier_time(ev.token)
                or _custody_period(ev)
                or _disclosed(ev)
            ):
                continue  # "on the election anniversary", "after months of negotiations": not the clause's time
            if ev.date is None:
                # "freed X on Sunday, four days after Tehran released Y"; not the cause of a punishment
                # told there ("three days after the bloc blacklisted X over the crackdown on protests")
                counted = _counted_clause(ev, by_token, free_tx)
                if counted:
                    ev.date, ev.date_source = counted, "clause"
            if ev.date is None and _counted_sequence(ev.token) is None:  # a measured gap: not the host's time
                host = _host_event(ev, by_token)
                if host is not None and host.date and not _since(host.token):
                    ev.date = _anchor_date(ev, host.date)
                    ev.date_source = "clause" if ev.date else None
            if ev.date is None:
                same = [
                    t
                    for t in free_tx
                    if t.sentence_id == ev.sentence_id
                    and _same_time_clause(ev, t)
                    and not _reported_time(ev, t)
                    and not _reacted_to(ev.token)
                    and not _starts_a_state(ev, t)
                    and not _counts_from(ev, t)
                ]
                if same:
                    near = min(same, key=lambda t: (not _in_own_clause(ev, t), abs(t.start_char - ev.start_char)))
                    ev.date = _anchor_date(ev, near.value)
                    ev.date_source = "sentence" if ev.date else None
            if (
                ev.date is None
                and ev.start_char < lead_end
                and not ev.in_title
                and ev.modality == "asserted"
                and not is_indefinite_past(ev.token)
                and not _past_perfect(ev.token)
                and not _reacted_to(ev.token)
                and _sequence_clause_of(ev.token, True) is None
                and not _begins_the_period(ev.token)
                and _counted_anchor(ev.token) is None
            ):
                # not "freed days after X on Jan 4", nor "sanctioned him, calling Sunday's vote illegitimate"
                # (a time of the sentence that dates another event's own clause is that event's)
                own_clause_tx = [
                    t
                    for t in dated_tx
                    if t.sentence_id != ev.sentence_id
                    or (_same_time_clause(ev, t) and not _dates_another(ev, t, events))
                ]
                ev.date = lead_day(ev, events, parsed, own_clause_tx, lead_end)
                ev.date_source = "lead" if ev.date else None
        for ev in events:
            if ev.date is None and ev.in_title and not ev.vague_time and not _is_reference(ev, by_token):
                ev.date, ev.date_source = headline_date(ev, events, free_tx, parsed, lead_end)
        lead_dated = [
            e
            for e in events
            if e.start_char < lead_end and e.date and e.modality == "asserted" and e.event_type in DEAL_TYPES
        ]  # the deal of the lead: a release, an easing or talks, not the arrest told as background
        lead_event = min(lead_dated, key=lambda e: (e.date_source != "own", e.start_char), default=lead_event)
        for ev in events:
            if (
                ev.date is None
                and not ev.vague_time
                and lead_event is not None
                and _in_deal(ev.token)
                and _counted_sequence(ev.token) is None  # dated from its host: "a day after Russia released X"
                and not _past_perfect(ev.token)  # "had been released ... as part of an exchange": an earlier deal
                and ev.modality not in ("negated", "hypothetical")
            ):
                ev.date, ev.date_source = lead_event.date, "deal"
        for ev in events:
            if ev.date is None and not ev.vague_time and ev.token.pos_ in ("NOUN", "PROPN"):
                ref = _coreferent(ev, events, parsed, lead_end)
                if ref is not None:
                    ev.date, ev.date_source = ref.date, "coreference"
        section_dates: dict[int, str | None] = {}  # heading start -> the time that frames its section
        for ev in events:
            if ev.date is None and not ev.vague_time and ev.heading is not None:
                hs, he = ev.heading
                if hs not in section_dates:
                    framing = (t.value for t in dated_tx if hs <= t.start_char < he and _frames_section(parsed, t, hs))
                    section_dates[hs] = next(framing, None)
                if section_dates[hs] and not after_publication(section_dates[hs], parsed.published):
                    ev.date, ev.date_source = section_dates[hs], "section"


def _frames_section(parsed: Parsed, tx, heading_start: int) -> bool:
    """True unless the heading's time sits in a clause on one of its nouns ("A crackdown that
    began in 2020"): that clause dates its own act, the start of what the section tells, not
    the acts of the section (a relative clause is a modifier of its noun, Quirk et al. 1985,
    17.3; the heading "Since Post-2020 Crackdown" still frames its section); nor does a heading
    that is a time stamp: a date and time with only numbers, names and signs besides, a press
    release's or an outlet's, labelled or not ("14 April 2025 11:40", "14 December 2021, 13:40 |
    Zerkalo", "Published date: 8 December 2022 12:40 GMT"): it
    tells when the text was issued, and the publication date dates no event
    (tests/gold_reuters/README.md, "Dates")."""
    for block, doc in parsed.block_docs():
        if block.start_char == heading_start:
            span = doc.char_span(tx.start_char - heading_start, tx.end_char - heading_start, alignment_mode="expand")
            outside = [t for t in doc if not span.start <= t.i < span.end] if span is not None else None
            if outside is not None and _is_stamp(outside):
                return False  # the release's or the outlet's stamp, not a topic of the section
            return span is None or not any(t.dep_ in ("relcl", "acl") for t in span.root.ancestors)
    return True


def _is_stamp(words) -> bool:
    """True if the words of a heading besides its time are those of a time stamp: names, numbers,
    signs and clock words ("6:21 PM GMT+3"), or a stamp's label with its filler words
    (:data:`STAMP_LABELS`: "Published date:", "Last updated on", "Published May 08, 2023 • 3 minute
    read"; a filler alone is no label: "Last Friday" is a heading of its own)."""
    labelled = any(t.lower_ in STAMP_LABELS for t in words)
    return all(
        t.pos_ in STAMP_POS
        or not t.is_alpha
        or t.lower_ in STAMP_LABELS
        or t.lower_ in STAMP_CLOCK
        or (labelled and t.lower_ in STAMP_FILLERS)
        for t in words
    )


# acts that punish an earlier act: a sanction, and a jailing ("gave him 30 days in jail for
# joining eight rallies")
PUNISHING_TYPES = (*SANCTION_TYPES, "sentence")


def _punished_by(ev: EventDraft, by_token: dict) -> EventDraft | None:
    """The sanction or sentence an event is the cause of, or None: "imposed sanctions on ten
    officials over the crackdown on protests", "sanctioned ... for their role in the arrest of
    X", "a court gave him 30 days in jail for joining eight rallies"
    (:data:`helpers.lexicon.events.SANCTION_CAUSE_PREPOSITIONS`, :data:`PUNISHING_TYPES`). The
    punished act came first, so neither the punishment's clause nor the lead dates it. A time
    after the event ("sanctions imposed over its invasion of Ukraine last month") may be the
    event's own, read as the parser hangs it."""
    sent = ev.token.sent
    if any(t.ent_type_ in ("DATE", "TIME") for t in sent if t.i > ev.token.i):
        return None
    cur, cause = ev.token, False
    for _ in range(10):
        if cur.head == cur:
            return None
        cause = cause or (cur.dep_ in ("pobj", "pcomp") and cur.head.lower_ in SANCTION_CAUSE_PREPOSITIONS)
        cur = cur.head
        other = by_token.get((ev.block_id, cur.i))
        if other is not None and other is not ev:
            return other if cause and other.event_type in PUNISHING_TYPES else None
    return None


def _is_reference(ev: EventDraft, by_token: dict) -> bool:
    """A trigger noun that only modifies another noun ("election anniversary", "war
    crimes"), is the event an anniversary is of ("the first anniversary of the vote", a
    commemoration: issue 9 item 3), or tells the part a person had in it ("urging the
    government to recognise him as the winner of the election", "the leader of the protests was
    arrested on Monday": a description of the person, :data:`helpers.lexicon.people.PERSON_NOUNS`;
    not "five rounds of talks"): it names an earlier event and takes no date from its clause."""
    tok = ev.token
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "anniversary":
        return True  # "on August 9, the first anniversary of the vote": the vote was a year before
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in") and tok.head.head.lemma_.lower() in PERSON_NOUNS:
        return True  # "the winner of the election"
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and (ev.block_id, tok.head.i) not in by_token


def _spans_a_period(tok) -> bool:
    """ "after months of negotiations", "years of talks": an event noun measured in months or
    years lasted through a period that began long before the time of its clause, so it takes
    neither the clause's time nor the lead's day (TimeML: a DURATION with an ENDS link,
    Pustejovsky et al. 2003). Days or weeks ("after two days of talks") end on the clause's
    day, as tests/gold annotates it."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    unit = tok.head.head
    return unit.lemma_.lower() in LONG_UNITS and unit.tag_ == "NNS"


def _over_earlier_time(tok) -> bool:
    """ "The following day, Tehran summoned the ambassador over the detention of X": an event noun
    that an act is over (its cause or topic) with every time of the sentence before it; those
    times are the act's, so they do not date the event noun. A time after it may be its own
    ("sanctions imposed over its invasion of Ukraine last month")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "over":
        return False
    return all(t.i < tok.head.i for t in tok.sent if t.ent_type_ in ("DATE", "TIME"))


def _disclosed(ev: EventDraft) -> bool:
    """A custody act named by the subject of a clause that makes it known: "Her detention was
    made public on December 27", "His sentence became known only on Monday", "His arrest was
    announced on Monday" (:data:`helpers.lexicon.events.DISCLOSURE_STATES`; the verbs of
    :data:`~helpers.lexicon.events.DISCLOSURE_VERBS` for arrests only: a sentence or a release
    is announced as it is done). The clause's time is the disclosure's, later than the act."""
    tok = ev.token
    if ev.event_type not in CUSTODY_STEPS or tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if ev.event_type == "arrest" and tok.dep_ == "nsubjpass" and verb.lemma_.lower() in DISCLOSURE_VERBS:
        return True
    return verb.lower_ in DISCLOSURE_STATES or any(  # "became known", parsed with "known" as the verb
        g.lower_ in DISCLOSURE_STATES
        for c in verb.children
        if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "prep", "advmod")
        for g in c.subtree
    )


def _for_a_reason(prep) -> bool:
    """ "in connection with the protests", "in response to the arrests": an "in" phrase of a bare
    reason noun (an idiom: :data:`helpers.lexicon.events.REASON_NOUNS`) gives the reason of an
    act, not a time it shares with another; "in exchange for X" is a deal, whose other side
    does share its time, and "in the protests that followed the vote" a time."""
    return prep.lower_ == "in" and any(
        g.dep_ == "pobj"
        and g.lemma_.lower() in REASON_NOUNS - DEAL_WORDS
        and not any(d.dep_ in ("det", "poss") for d in g.children)  # not "in the protests that followed"
        for g in prep.children
    )


def _custody_period(ev: EventDraft) -> bool:
    """ "During Sala's detention, supporters held a sit-in on December 29": an arrest noun after
    "during" or "throughout" names the time in custody that the clause's act falls within, not the
    act of arrest at its start, so the clause's time does not date it (TimeML: the clause's event
    is DURING the period, Pustejovsky et al. 2003)."""
    tok = ev.token
    return ev.event_type == "arrest" and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "throughout")


def _after_since_object(tok):
    """ "have imposed thousands of sanctions since the full-scale invasion in February 2022": the
    parser hangs "in February 2022" on the verb, but a time right after the object of the verb's
    "since" names when that object happened (a "since" phrase already places a perfect clause's
    period; a second time of the clause would contradict it). The object of "since", or None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "on") or prep.dep_ != "prep":
        return None
    since = next((c for c in prep.head.children if c.dep_ == "prep" and c.lower_ == "since" and c.i < prep.i), None)
    obj = next((g for g in since.children if g.dep_ == "pobj"), None) if since is not None else None
    return obj if obj is not None and obj.right_edge.i == prep.i - 1 else None


def _since(tok) -> bool:
    """ "had been held since 2015": a "since" phrase gives the start of a state (TimeML:
    the BEGINS of a duration), not a time that the events of its clause share ("... and was
    sentenced to 10 years" is not dated 2015)."""
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)


def _begins_the_period(tok) -> bool:
    """ "the harshest sentence since the start of the war", "arrests since the election": an
    event after "since" begins the period that runs up to the report (TimeML: the BEGINS of a
    duration), so it happened before the news and takes no day of the lead."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head  # "since the start of the war"
    return tok.dep_ == "pobj" and tok.head.lower_ == "since"


def _starts_a_state(ev: EventDraft, tx) -> bool:
    """True if the time expression ``tx`` is the object of "since" ("had been held since 2015
    and was sentenced"): the start of a state, a time no event of the sentence shares (:func:`_since`)."""
    span = _timex_span(ev, tx)
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "since"


def _within_which(relcl) -> bool:
    """ "the 2020 vote, in which more than 35,000 people were arrested": a relative clause of
    "in/during which" tells what happened within the event its noun names."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and any(g.lower_ == "which" for g in c.children)
        for c in relcl.children
    )


def _gap_unit(holder):
    """The unit noun of a gap on ``holder`` ("four days after", "days after", "a few weeks
    before": days, days, weeks), counted or not, or None."""
    return next((c for c in holder.children if c.dep_ == "npadvmod" and c.lemma_.lower() in COUNTED_UNITS), None)


def _counted_gap(holder) -> tuple[int, str] | None:
    """The gap counted on ``holder`` ("four days after", "a week before", "two months before":
    (4, "day"), (7, "day"), (2, "month")), or None: also for a gap of unknown length ("days
    after", "a few weeks before": :data:`VAGUE_COUNT_WORDS`)."""
    for c in holder.children:
        unit = c.lemma_.lower()
        if c.dep_ != "npadvmod" or unit not in COUNTED_UNITS:
            continue
        if any(g.lower_ in VAGUE_COUNT_WORDS for g in c.children):
            return None  # "a few days after": not one day
        num = next((g for g in c.children if g.dep_ in ("nummod", "det")), None)
        value = 1 if num is not None and num.lower_ in ("a", "one", "the") else None
        if num is not None and value is None:
            value = parse_number(num.text)
        if value is not None and value == int(value):
            return (int(value) * 7, "day") if unit == "week" else (int(value), unit)
    return None


def _counted_from(date: str, mark: str, holder) -> str | None:
    """``date`` moved by the gap counted on ``holder``, later for ``mark`` "after" and earlier
    for "before": the act "three days after" an act of 16 December is of 19 December; the
    election "two months before" an arrest in June 2020 is of August 2020 (a month: the gap's
    unit is the granularity; TimeBank values "five months ago" 1997-10). A gap of days needs a
    day, of months a month; otherwise None (a TimeML TLINK with a measured gap, Pustejovsky et
    al. 2003)."""
    gap = _counted_gap(holder)
    if gap is None or mark not in ("after", "before"):
        return None
    n, unit = gap if mark == "after" else (-gap[0], gap[1])
    if unit == "day":
        return (dt.date.fromisoformat(date) + dt.timedelta(days=n)).isoformat() if ISO_DAY.fullmatch(date) else None
    match = re.match(r"(\d{4})(?:-(\d{2}))?", date)
    if match is None or (unit == "month" and match.group(2) is None):
        return None
    if unit == "year":
        return str(int(match.group(1)) + n)
    months = int(match.group(1)) * 12 + int(match.group(2)) - 1 + n
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _counted_clause(ev: EventDraft, by_token: dict, free_tx: list) -> str | None:
    """The date of an act in a clause "N days (weeks, months, years) after/before" the act of its
    host clause, from the host's time at the gap's granularity (:func:`_counted_from`): "Italy on
    Sunday freed X, four days after Tehran released Y" (Y is four days before Sunday; "arrived on
    Friday night, a week after X came home in a prisoner exchange": an event noun of the clause
    dates as its verb; "freed on Friday, two years after she was arrested": two years before).
    The host may be an event noun that is the subject or object of the host verb ("The sentence
    was handed down a day after Russia released Y"). A host verb that tells no event of ours has
    its time from its own time phrase ("The ministry on Wednesday called on Minsk to free them, a
    day after a court jailed X": X was jailed on Tuesday). None without a counted gap or a host
    time of the gap's granularity."""
    found = _counted_sequence(ev.token)
    if found is None:
        return None
    tok, mark, holder = found
    nouns = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    host = next(filter(None, (by_token.get((ev.block_id, t.i)) for t in (tok.head, *nouns))), None)
    day = host.date if host is not None else _own_time(ev, tok.head, free_tx)
    if host is ev or not day:
        return None
    day = day[:10] if ISO_DAY.fullmatch(day[:10]) else day  # a part of a day: "late on Friday night"
    return _counted_from(day, "before" if mark == "after" else "after", holder)  # the other end


def _own_time(ev: EventDraft, verb, free_tx: list) -> str | None:
    """The value of a time expression that hangs on ``verb`` itself or on its subject ("on
    Wednesday" of "called on Wednesday", "Tehran on Sunday condemned"), or None."""
    hosts = {verb.i} | {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    for tx in free_tx:
        span = _timex_span(ev, tx) if tx.sentence_id == ev.sentence_id else None
        if span is None or verb.i in range(span.start, span.end):
            continue
        head = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head
        if head.i in hosts:
            return tx.value
    return None


def _counted_sequence(trigger):
    """(clause verb, "after" or "before", the token the gap hangs on) when the clause of
    ``trigger`` is "N days (weeks, months, years) after/before" the act of its host clause ("a day
    after Russia released Y", "two years after she was arrested"; "days after", "a few weeks
    before": a gap of unknown length), else None. Such a clause never takes its host's time: it
    is measured from it, and with no count it stays undated. The parser may hang the gap on the host verb
    ("handed down a day after"): a gap right before the mark is the clause's."""
    tok = trigger if trigger.dep_ == "advcl" else clause_verb(trigger)
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if tok.dep_ != "advcl" or mark is None:
        return None
    if _gap_unit(tok) is not None:
        return tok, mark.lower_, tok
    if any(c.dep_ == "npadvmod" and c.i + 1 == mark.i for c in tok.head.children) and _gap_unit(tok.head) is not None:
        return tok, mark.lower_, tok.head
    return None


def _after_day(date: str, link) -> str:
    """The date an act takes from the act it comes after with no measured gap ("the protests that
    followed the July 28 election", "arrested after the vote of 9 August"): the month of a day,
    since the act is later than that day but not said to be on it; an act within hours of the
    other ("hours after the release", "shortly after", "soon after") keeps its day, and any other
    date, or an act during or amid the other ("in the protests", "amid the protests"), takes it
    as it is."""
    later = link.lower_ in ("after", "following") or link.lemma_.lower() == "follow"
    near = any(
        (c.dep_ == "npadvmod" and c.lemma_.lower() in SAME_DAY_UNITS)
        or (c.dep_ == "advmod" and c.lower_ in SAME_DAY_ADVERBS)
        for t in (link, link.head)
        for c in t.children
    )
    return date[:7] if later and not near and ISO_DAY.fullmatch(date[:10]) else date


def _counted_anchor(tok):
    """The token that holds the count of the sequence phrase ``tok`` anchors ("the day after the
    vote": the verb "the day" hangs on; "two days before the election": "before"), or None when
    ``tok`` is no object of a counted "after" or "before"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("after", "before"):
        return None
    counted = prep.head if prep.head.dep_ == "npadvmod" and prep.head.lemma_.lower() in COUNTED_UNITS else None
    holder = prep if counted is None else counted.head
    return holder if _counted_gap(holder) is not None else None


def _anchor_date(ev: EventDraft, value: str) -> str | None:
    """The date that the time ``value`` of the event's clause gives the event: that value, unless
    the event is the anchor of a counted sequence phrase ("protests erupted on Monday, the day
    after the vote", "arrested on May 3, a week after the protests"): the clause's time is that
    of its own act, so the anchor lies the counted gap before or after it ("detained in June
    2020, two months before the presidential election": August 2020; :func:`_counted_from`; a
    TimeML TLINK with a measured gap, Pustejovsky et al. 2003), and with no time fine enough to
    count from it is not dated."""
    holder = _counted_anchor(ev.token)
    if holder is None:
        return value
    mark = "before" if ev.token.head.lower_ == "after" else "after"
    return _counted_from(value, mark, holder)


def _counts_from(ev: EventDraft, tx) -> bool:
    """True if the time expression ``tx`` is the counted phrase whose anchor the event is ("the
    day after" of "the day after the vote"): its value was counted from another time, and it
    dates the clause's act, not the anchor (:func:`_anchor_date`)."""
    holder = _counted_anchor(ev.token)
    span = _timex_span(ev, tx) if holder is not None else None
    return span is not None and any(t.head == holder and t.dep_ == "npadvmod" for t in span)


def _in_clause_below(tok, top) -> bool:
    """True if ``tok`` stands in a clause below ``top`` ("during the protests that erupted after
    the vote": the vote is the protests' reference, not the time of what happened during them)."""
    return any(cur.dep_ in ("relcl", "acl", "advcl", "ccomp") for cur in path_below(tok, top))


def _host_event(ev: EventDraft, by_token: dict) -> EventDraft | None:
    """The nearest other event above this trigger in the parse (its clause's event); a
    relative clause ("Krasikov, who was serving a life sentence") and a sequence clause
    ("after the invasion began") have no host, except an "in which" clause on an event noun
    (:func:`_within_which`), and a participle describing people ("visa restrictions on
    officials involved in the detention of X": the detention is an earlier act); nor has an
    event after "before", "ahead of", "prior to" or "until"
    ("detained in May 2020, shortly before the presidential election": the election comes later,
    :func:`_is_bound`)."""
    cur, conjoined = ev.token, False
    if _is_bound(cur) and _counted_anchor(cur) is None:  # "two months before the election" is measured
        return None
    for _ in range(12):
        if cur.dep_ == "relcl" and _within_which(cur):
            other = by_token.get((ev.block_id, cur.head.i))
            return other if other is not ev else None
        if cur.dep_ == "relcl" and cur.head.lemma_.lower() in DEAL_WORDS:
            return _deal_host(cur.head, ev, by_token)
        if cur.head == cur or _relative(cur) or _is_sequence_clause(cur) or _earlier_or_later(cur):
            return None  # "officials involved in the detention of X": who they are, an earlier act
        if cur is not ev.token and _describes_a_thing(cur, ev, by_token):
            return None  # "a law adopted after Moscow launched its operation": the law's own act
        if cur.dep_ == "conj" and any(c.lower_ in LATER_ADVERBS for c in cur.children if c.dep_ == "advmod"):
            return None  # "was arrested in January 2018 and later sentenced": a time of its own
        conjoined = conjoined or cur.dep_ == "conj"
        cur = cur.head
        other = by_token.get((ev.block_id, cur.i))
        if other is not None and other is not ev:
            return None if conjoined and _next_custody_step(ev, other) else other
    return None


def _deal_host(deal, ev: EventDraft, by_token: dict) -> EventDraft | None:
    """ "Iran freed five Americans in a deal that also moved $6 billion", "released as part of a
    deal that also unfroze $6 billion": an act in a relative clause on the deal another act
    was part of is that act's counterpart in one deal, on its time (issue 9, deals:
    :data:`helpers.lexicon.events.DEAL_WORDS`); a deal that is no setting of an act ("the deal
    that Qatar helped broker") has no host."""
    for cur in heads_to_verb(deal.head, 3):  # up to the verb of the deal's clause
        other = by_token.get((ev.block_id, cur.i))
        if other is not None:
            return other if other is not ev else None
    return None


def _describes_a_thing(tok, ev: EventDraft, by_token: dict) -> bool:
    """A participle clause on a noun that is no event ("the first term handed down under a law
    adopted after Moscow launched its military operation"): a reduced relative clause (Quirk et
    al. 1985, 17.27) that tells an act of the thing's own time, so an event below it has no
    host above it."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and by_token.get((ev.block_id, tok.head.i)) is None
    )


def _next_custody_step(ev: EventDraft, host: EventDraft | None) -> bool:
    """True if ``ev`` is another step of a custody than its conjoined ``host`` (an arrest, a
    sentence, a release: :data:`CUSTODY_STEPS`) and the host's time comes before ``ev`` in the
    sentence: "was arrested in August 2011 ... and was initially sentenced to death" tells a
    sentence after the arrest, not in its month (tests/modern/README.md, G5, without "later").
    A time after both verbs ("was arrested and sentenced in 2021") still dates both."""
    if host is None or host.event_type == ev.event_type or {host.event_type, ev.event_type} - set(CUSTODY_STEPS):
        return False
    doc = ev.token.doc
    return any(doc[i].ent_type_ in ("DATE", "TIME") for i in range(host.token.i + 1, ev.token.i))


def _earlier_or_later(tok) -> bool:
    """A gerund or participle clause after "after", "before", "since" or "until" that places
    its act before or after the host's ("sentenced in 2020, after being arrested"; "freed ...
    before being flown to Vilnius"): the clause's act is not on the host's date (TimeML TLINK
    BEFORE/AFTER, Pustejovsky et al. 2003). A finite clause or an event noun after "after"
    ("released 52 prisoners on Thursday, shortly after Lukashenko held talks with Coale",
    "freed on Thursday after talks") keeps the host's date, as tests/gold annotates it."""
    return tok.dep_ == "pcomp" and tok.pos_ in ("VERB", "AUX") and is_sequence_clause(tok)


def is_sequence_clause(tok) -> bool:
    """True for the verb of a clause that places its host event before or after another
    event (:data:`helpers.lexicon.calendar.SEQUENCE_MARKS`): "after the army staged a coup",
    "since the sanctions were imposed", "after being arrested"."""
    if tok.dep_ == "pcomp":
        return tok.head.lower_ in SEQUENCE_MARKS and not _ends_in_homecoming(tok)
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in tok.children)


def _ends_in_homecoming(tok) -> bool:
    """ "arrived in Tehran on Saturday after being freed", "landed in Doha on Monday after being
    released": a release after which the freed travel home is not placed before its host: the
    journey home ends the release, on the host's time
    (:data:`helpers.lexicon.events.HOMECOMING_VERBS`)."""
    return (
        tok.head.lower_ == "after"
        and tok.head.head.lemma_.lower() in HOMECOMING_VERBS
        and VERB_TRIGGERS.get(tok.lemma_.lower()) == "release"
    )


def _sequence_clause_of(tok, relative: bool = False):
    """The nearest sequence clause (:func:`is_sequence_clause`) holding ``tok`` (itself
    included), or None for the main clause; with ``relative``, a relative clause counts too
    (it has a time of its own: "a cousin who led the campaign for his release spoke to him on
    Saturday")."""
    cur = tok
    for _ in range(12):
        if is_sequence_clause(cur) or (relative and _relative(cur)):
            return cur
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def _relative(tok) -> bool:
    """A relative clause, or a participle describing people (a reduced relative clause, Quirk
    et al. 1985, 17.27: "officials involved in the detention of X"): each tells an act of its own time."""
    return tok.dep_ == "relcl" or (tok.dep_ == "acl" and is_person_like(tok.head))


def _including_phrase(tok):
    """The "including" phrase ``tok`` is in (the preposition), or None: the examples of a list."""
    cur = tok
    for _ in range(12):
        if cur.dep_ == "prep" and cur.lower_ == "including":
            return cur
        if cur.head == cur or cur.dep_ in ("relcl", "advcl", "ccomp", "ROOT"):
            return None
        cur = cur.head
    return None


def _in_own_clause(ev: EventDraft, tx) -> bool:
    """True if the time expression ``tx`` lies in the clause of the event's nearest verb
    ("said on Thursday that the talks were postponed until Monday": Monday, not the time of the
    report; the time of a clause is the time of its own verb, Pustejovsky et al. 2003)."""
    verb = clause_verb(ev.token)
    reported = {t.idx for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    own = {t.idx for t in verb.subtree if t.dep_ != "ccomp"}
    return int(tx.start_char) - ev.block_start in own - reported


def _timex_span(ev: EventDraft, tx):
    """The tokens of the time expression ``tx`` (a ``timexes`` row) in the event's block, or
    None when its offsets fall outside the parse."""
    start, end = int(tx.start_char) - ev.block_start, int(tx.end_char) - ev.block_start
    span = ev.token.doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _dates_another(ev: EventDraft, tx, events: list[EventDraft]) -> bool:
    """True if the time expression ``tx`` of the event's sentence is another event's own date
    ("sanctioned him, calling Sunday's vote illegitimate": Sunday is the vote's)."""
    return any(
        o is not ev and o.sentence_id == ev.sentence_id and o.date_source == "own" and o.date == tx.value
        for o in events
    )


def _same_time_clause(ev: EventDraft, tx) -> bool:
    """True unless the event and the time expression ``tx`` (a ``timexes`` row of the same
    sentence) sit on different sides of a sequence or relative clause: "exports have fallen
    since the sanctions were imposed, an official said on Wednesday" (the imposition is not on
    Wednesday); "a cousin who led the campaign for his release spoke to him on Saturday". A time
    in an "including" phrase is its examples' own ("Washington, which has imposed sanctions since
    2017, including an oil embargo in January 2019, condemned the arrest": the parse may hang the
    phrase on the subject, outside the relative clause); the examples share the time of what they
    are examples of ("to attend conferences including IMF meetings in early April")."""
    span = _timex_span(ev, tx)
    if span is None:
        return True
    if not _same_token(_sequence_clause_of(ev.token, True), _sequence_clause_of(span.root, True)):
        return False
    examples = _including_phrase(span.root)
    return examples is None or _same_token(examples, _including_phrase(ev.token))


def _same_token(a, b) -> bool:
    """Both None, or the same token (by index: a spaCy Token is a new object at each access)."""
    return (a is None and b is None) or (a is not None and b is not None and a.i == b.i)


def _reported_time(ev: EventDraft, tx) -> bool:
    """True if the time expression ``tx`` dates the report of the event, not the event: it
    hangs on a reporting verb ("IRNA said on Sunday Iran had seized seven boats") or on that
    verb's subject ("Sunday's statement said ..."), and the event sits in the verb's complement
    clause in the past perfect, which puts it before the report (:func:`_past_perfect`;
    "announced on Saturday that Washington would lift the sanctions after two days of talks"
    keeps Saturday for the talks, as tests/gold annotates it). tests/gold_reuters/README.md, "Dates":
    "The time of a reporting verb ... is not the event date" (at most a secondary reading);
    the verbs are :data:`helpers.lexicon.people.REPORTING_VERBS`."""
    span = _timex_span(ev, tx)
    if span is None:
        return False
    verb = clause_verb(span.root)
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    return _past_perfect(ev.token) and any(ev.token.i in {t.i for t in c.subtree} for c in said)


def _reacted_to(tok) -> bool:
    """True for an event noun that a reaction is to: "responding to the kidnapping of X,
    today insisted", "in response to the arrests". The reaction comes after the act, so the
    time of its clause or of the lead is not the act's time; only a time expression of the
    event's own dates it (TimeML TLINK AFTER, Pustejovsky et al. 2003;
    tests/gold_reuters/README.md, "Dates": the time the text attaches to *that* event;
    :data:`helpers.lexicon.events.REACTION_VERBS`, :data:`~helpers.lexicon.events.REACTION_NOUNS`)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    gov = tok.head
    if tok.dep_ == "pobj" and gov.lower_ in ("to", "for", "against"):
        gov = gov.head
    elif tok.dep_ not in ("dobj", "obj"):
        return False
    return gov.lemma_.lower() in (REACTION_NOUNS if gov.pos_ == "NOUN" else REACTION_VERBS)


def _past_perfect(tok) -> bool:
    """True if the clause of a trigger is in the past perfect ("Iran had seized seven boats and
    detained their crew"; for a noun, the verb it is the subject or object of, or whose
    prepositional phrase it heads: "had been arrested during the protests"): the event lies
    before the reference time, here the time of the report (Reichenbach 1947, *Elements of
    Symbolic Logic*, section 51: past perfect E < R < S)."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj") else tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head  # "749 people had been arrested during the protests"
    for _ in range(3):  # "had seized ... and detained": a conjoined verb shares the auxiliary
        if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children):
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def _is_sequence_clause(tok) -> bool:
    """ "after the invasion began", "before the talks started": a clause that places the
    host event relative to the start or end of another one, which is not on the host's
    date ("shortly after X held talks" may be: not a sequence clause)."""
    return (
        tok.dep_ == "advcl"
        and tok.lemma_.lower() in ASPECT_VERBS
        and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until") for c in tok.children)
    )


def _in_deal(tok) -> bool:
    """True if the trigger's clause says it is part of a deal ("as part of this exchange")."""
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ == "prep" and c.lower_ in ("as", "in", "under"):
                words = {t.lemma_.lower() for t in c.subtree}
                if words & DEAL_WORDS and (c.lower_ != "as" or "part" in words):
                    return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head == cur:
            break
        cur = cur.head
    return False


def _same_target(a: EventDraft, b: EventDraft) -> bool:
    """Targets that may name the same patient: one missing or a pronoun, or a word in common
    ("the attack on the U.S. compound" and "attacks on police posts" have two patients, so
    two events: the agreement constraint of coreference, Lee et al. 2013)."""
    words = [
        {w for w in re.findall(r"\w+", (e.target or "").lower()) if len(w) > 2} - TARGET_FUNCTION_WORDS for e in (a, b)
    ]
    return not all(words) or bool(words[0] & words[1])


def _coreferent(ev: EventDraft, events: list[EventDraft], parsed: Parsed, lead_end: int) -> EventDraft | None:
    """Nearest dated event of the same type, compatible people and target (earlier first);
    none for a plural of acts of force (:func:`helpers.events.merge.is_aggregate`). A headline
    tells the news, so no earlier act of the background is its event ("... as Maduro returns to
    talks" is no meeting of March; :func:`helpers.events.story_dates.is_background`). A bare one
    (no people of its own) in a later paragraph than the last one told refers to the story's
    event, the lead's, first: the headline and lead summarise what the story is about (van Dijk
    1988, *News as Discourse*, the news schema)."""
    mine = set(filter(None, ev.people.split("; "))) if ev.people else set()
    if ev.modality != "asserted" or is_aggregate(ev):
        return None
    cands = [
        o
        for o in events
        if o is not ev
        and o.event_type == ev.event_type
        and o.date
        and o.date_source in ("own", "lead", "deal")
        and o.modality == "asserted"
        and not (ev.in_title and is_background(o.date, parsed))
    ]
    cands = [o for o in cands if (not mine or mine & set(o.people.split("; "))) and _same_target(ev, o)]
    before = [o for o in cands if o.start_char < ev.start_char]
    if before and before[-1].block_id != ev.block_id and not mine:
        topic = next((o for o in cands if o.start_char < lead_end and not o.in_title), None)
        return topic or before[-1]  # a bare "the sentence" paragraphs later is the story's, not the last one told
    if before:
        return before[-1]
    return cands[0] if cands else None
