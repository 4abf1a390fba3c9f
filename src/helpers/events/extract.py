"""Events of an article: releases, sanctions imposed or eased, arrests, sentences, talks,
elections, protests, military action and designations, each with its CAMEO code, modality,
date, actor, target, count and the people it applies to (:func:`extract_events`).

The steps, one module each:
    1. triggers (:mod:`helpers.events.triggers`; the words and CAMEO codes are in
       :mod:`helpers.lexicon.events`): the tokens that report an event, with its type;
    2. modality (:mod:`helpers.events.modality`): asserted, announced, promised, demanded,
       denied, negated or hypothetical;
    3. arguments (:mod:`helpers.events.arguments`): actor, target, count and people;
    4. implied events (:func:`_with_derived`, here): gapping ("30 were pardoned on May 4
       and another 15 in June") and the other side of a swap ("freed X in exchange for 10
       Americans"); elliptical count lists ("freed 40 on May 2 and another 25 on June 10",
       "brought more: 12 on March 3, 20 on April 9") (:mod:`helpers.events.lists`);
    5. dates (:mod:`helpers.events.dates`): a chain of rules, recorded in ``date_source``;
       ``date_start``/``date_end`` is the interval the TIMEX3 value covers
       (:func:`helpers.timexes.intervals.timex_interval`);
    6. coreferent rows are merged (:mod:`helpers.events.merge`; ``n_mentions`` column).

:func:`cameo_table`, :func:`cameo_for`, :func:`modality`, :func:`merge_coreferent` and
:func:`timex_interval` can be imported from here too.
"""

from __future__ import annotations

import pandas as pd
from spacy.tokens import Span

from helpers.core import schemas
from helpers.core.frames import from_rows, records
from helpers.core.structure import Parsed
from helpers.events.arguments import (
    NameLookup,
    among_members,
    casualty_count,
    compound_text,
    count_in_span,
    counted_span,
    is_lower_bound,
    list_lead,
    participant_count,
    patient_groups,
    roles,
    subtree_span,
)
from helpers.events.counts import (
    conjoined_count,
    respective_terms,
    summed_groups,
    with_companions,
    with_named_others,
)
from helpers.events.dates import date_events
from helpers.events.lists import list_events
from helpers.events.merge import merge_coreferent
from helpers.events.modality import is_coming_contest, modality
from helpers.events.record import EventDraft
from helpers.events.story_dates import heading_span, retype_headline_jailing
from helpers.events.tokens import (
    PERSON_OBJECT_PRONOUNS,
    first_conjunct,
    is_person_like,
    prep_objects,
    same_trial,
    trigger_keys,
)
from helpers.events.triggers import find_triggers, homecoming_patient
from helpers.lexicon.events import (
    DEAL_WORDS,
    EXPLOSIVE_NOUNS,
    LICENSING_VERBS,
    PATIENT_TYPES,
    PERMIT_NOUNS,
    SWAP_VERBS,
    cameo_for,
    cameo_table,
)
from helpers.timexes.intervals import timex_interval

__all__ = ["cameo_for", "cameo_table", "extract_events", "merge_coreferent", "modality", "timex_interval"]


def _relabel_persons(parsed: Parsed, mentions: pd.DataFrame) -> None:
    """Give the spaCy entity of a person the label PERSON where the ``mentions`` table, which
    links a lone surname to the full name told earlier (:mod:`helpers.entities`), says it is a
    person and spaCy's small model said otherwise ("Trump has responded with attacks on
    Machado": GPE). The event rules that read ``ent_type_`` (who is a person, an attack
    between people) then see the article's own reading. Only spans that match a mention
    exactly are relabelled; the docs are changed in place (events are the last extractor to
    read them)."""
    if mentions is None or not len(mentions):
        return
    persons = {(int(r.start_char), int(r.end_char)) for r in records(mentions) if r.label == "PERSON"}
    for block, doc in parsed.block_docs():
        base = block.start_char
        ents = list(doc.ents)
        wrong = [
            i
            for i, e in enumerate(ents)
            if e.label_ != "PERSON" and (base + e.start_char, base + e.end_char) in persons
        ]
        for i in wrong:
            ents[i] = Span(doc, ents[i].start, ents[i].end, label="PERSON")
        if wrong:
            doc.ents = ents


def extract_events(
    parsed: Parsed, *, mentions: pd.DataFrame, entities: pd.DataFrame, quantities: pd.DataFrame, timexes: pd.DataFrame
) -> pd.DataFrame:
    """Events of an article.

    Args:
        parsed: the article from :func:`helpers.core.structure.parse_structure`.
        mentions: the ``mentions`` table (label, entity_id, start_char, end_char).
        entities: the ``entities`` table (entity_id, name: canonical).
        quantities: the ``quantities`` table (value, start_char, end_char).
        timexes: the ``timexes`` table (value, type, start_char, end_char, sentence_id).

    Returns:
        The ``events`` table (contract checked by the pipeline), one row per event trigger in text order:
        article_id, event_id (int64), sentence_id (int64), event_type (str), cameo_code
        (str or None), modality (str), date (TIMEX3 str or None), date_start, date_end
        (datetime64[s], the interval the date covers, NaT if none), actor, target (str or
        None: canonical entity names or noun-phrase text), count (Int64: people or items
        counted in the patient; empty for sanctions), n_targets (Int64: a sanction's number
        of targets, :meth:`EventDraft.row`), evidence (str, the trigger text; for sanctions
        the verb and the noun, "relax sanctions"), start_char, end_char (int64, the evidence
        span);
        extra: goldstein (float64, NaN without a code), people (str, "; "-joined canonical
        names of the persons it applies to, "" if none), trigger (str, lemma), duration
        (TIMEX3 duration or None), date_source (str or None: which rule dated it).
    """
    names = NameLookup(parsed, mentions, entities)
    _relabel_persons(parsed, mentions)
    events: list[EventDraft] = []
    journeys: list[EventDraft] = []  # journeys home told before their release
    docs = {}
    for block, doc, trig, etype, noun in find_triggers(parsed):
        base = block.start_char
        docs[block.block_id] = (base, doc)
        actor_tok, patient, target_tok = roles(trig, noun, etype)
        last = _last_conjunct_told(trig, patient) if patient is not None else None
        whole = last is not None
        if whole:
            # "seven individuals and two entities sanctioned": the parser hangs the participle on
            # the last conjunct; it tells of the whole coordination, counted from the first
            first = first_conjunct(last)
            target_tok, patient = (first if target_tok == patient else target_tok), first
        lo, hi = sorted([trig.i, noun.i])
        start, end = base + doc[lo].idx, base + doc[hi].idx + len(doc[hi])
        people: list[str] = []
        count, at_least, member = None, False, None
        if patient is not None and (
            etype in PATIENT_TYPES
            or (
                trig == noun
                and trig.lemma_.lower() not in LICENSING_VERBS
                and patient.lemma_.lower() not in PERMIT_NOUNS
            )
        ):  # "issued two wind-down licences": licences are no targets
            # a relative clause on the patient is about that noun alone, not its conjuncts:
            # "including A, who was released that month, and B" releases A
            alone = trig.dep_ == "relcl" and _in_own_phrase(trig.head, patient)
            ps, pe = counted_span(patient, base, ("conj", "cc", "relcl") if alone else ("relcl",))
            people = names.patient_people(patient, base, alone)
            member = among_members(patient) if etype in PATIENT_TYPES else None
            if member is not None:
                people += names.patient_people(member, base)  # "Among those freed was Ihar Karnei"
            count = count_in_span(quantities, ps, pe)
            at_least = is_lower_bound(quantities, ps, pe, count)
            if not alone:
                count = conjoined_count(patient, with_named_others(patient, count), names=etype in PATIENT_TYPES)
                count = summed_groups(patient, count) if etype in PATIENT_TYPES else count
            if etype in PATIENT_TYPES:
                count = with_companions(trig, patient, count)
            if whole and trig.dep_ == "relcl" and count is None:  # "X and her partner Y, who were arrested"
                count = 1 + len(patient.conjuncts)
            if etype == "designation" and not (is_person_like(patient) or patient.pos_ == "NUM"):
                count = None  # "designated the gang and six cartels": a designation counts people (G8)
        if etype == "protest":
            count = participant_count(trig, quantities, base)
        if etype == "military":  # targets or victims, not weapons ("fired three missiles": no count)
            weapon = patient is not None and patient.lemma_.lower() in EXPLOSIVE_NOUNS
            count = casualty_count(trig, quantities, base) or (None if weapon else count)
        lead = list_lead(parsed, block, names) if etype in PATIENT_TYPES else None
        if lead and (not people or (patient is not None and patient.pos_ == "PRON")):
            people = [lead]
        if etype in PATIENT_TYPES and patient is not None and patient.pos_ == "PRON" and people:
            target = people[0]
        else:
            target = (
                names.name(target_tok, base)
                if target_tok is not None
                else (compound_text(noun) if etype.startswith("sanction") else None)
            )
        if actor_tok is not None and (actor_tok.pos_ == "PRON" or actor_tok.lemma_.lower() in EXPLOSIVE_NOUNS):
            actor = None  # "it said", "two rockets fell": no actor named
        else:
            actor = names.name(actor_tok, base)
        lemma = trig.lemma_.lower() if trig.pos_ != "PROPN" else trigger_keys(trig)[-1]
        code, goldstein = cameo_for(etype, lemma)
        events.append(
            EventDraft(
                sentence_id=parsed.sentence_id_at(start),
                event_type=etype,
                cameo_code=code,
                modality=modality(noun if trig.dep_ in ("amod", "compound") and trig.head == noun else trig),
                actor=actor,
                target=target,
                count=count,
                evidence=parsed.text[start:end],
                start_char=start,
                end_char=end,
                goldstein=goldstein,
                people="; ".join(dict.fromkeys(people)),
                trigger=lemma,
                block_id=block.block_id,
                block_start=base,
                token=trig,
                token_ids={trig.i, noun.i},
                heading=heading_span(parsed, block.block_id),
                in_title=block.kind == "title",
                in_heading=block.kind == "heading",
                groups=patient_groups(patient if etype in PATIENT_TYPES else None),
                count_at_least=at_least,
                of_group=member is not None,
            )
        )
        if etype == "release" and homecoming_patient(trig) is not None:
            events[-1].parent = _journey_of(events)
            journeys.append(events[-1])
    _link_journeys(journeys, events)
    events = list_events(_with_derived(events, names, quantities), parsed, quantities, timexes)
    retype_headline_jailing(events, parsed)
    date_events(events, timexes, parsed, docs)
    for ev in events:
        if ev.modality == "asserted" and is_coming_contest(ev.token) and not _held_by(ev.date, parsed.published):
            ev.modality = "announced"  # the contest of a present-tense report: its vote is to come
    return _frame(parsed.article_id, [part for ev in merge_coreferent(events) for part in _one_per_term(ev)])


def _one_per_term(ev: EventDraft) -> list[EventDraft]:
    """A sentence of several named people given as many terms ("sentenced X and Y to 13 and 12
    years") as one event per person (:func:`helpers.events.counts.respective_terms`), unless the
    sentence tells one trial ("in the same trial": one verdict of several people, as the annotated
    sets have it); any other event as it is."""
    people = ev.people.split("; ") if ev.people else []
    if ev.event_type != "sentence" or len(people) < 2 or respective_terms(ev.token) != len(people):
        return [ev]
    if same_trial(ev.token.sent):
        return [ev]  # "In the same trial, X and Y were sentenced to 20 and 19 years": one verdict
    return [ev.copy(people=p, target=p, count=None, token_ids=set(ev.token_ids)) for p in people]


def _last_conjunct_told(trig, patient):
    """The last conjunct of a coordination when the trigger is a participle on it ("seven
    individuals and two entities sanctioned") or a relative clause with a plural verb on it or
    on its apposition ("Cécile Kohler and her partner Jacques Paris, who were arrested in May
    2022": "were" agrees with both; Quirk et al. 1985, 10.34, concord with coordinated
    subjects): the parser hangs the clause on the nearest noun, but it tells of the whole
    coordination. None otherwise."""
    last = patient.head if patient.dep_ == "appos" else patient
    if last.dep_ != "conj" or trig.head != patient:
        return None
    if trig.dep_ == "acl":  # not "Sentsov, Sushchenko and the 24 sailors captured by Russia": a
        # definite counted conjunct is a phrase of its own, which the participle restricts
        definite = any(c.dep_ == "det" for c in last.children) and any(c.dep_ == "nummod" for c in last.children)
        return last if patient.dep_ == "conj" and not definite else None
    plural = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have") for c in trig.children)
    return last if trig.dep_ == "relcl" and (plural or trig.tag_ == "VBP") else None


def _in_own_phrase(tok, patient) -> bool:
    """True if ``tok`` is ``patient`` or in its phrase but not in one of its conjuncts: "Freddy
    Superlano, a leader of the party who was arrested on July 30, and Perkins Rocha": the
    relative clause on Superlano's apposition is about him alone."""
    while tok != patient:
        if tok.dep_ == "conj" or tok.head == tok:
            return False
        tok = tok.head
    return True


def _held_by(date: str | None, published) -> bool:
    """True when a TIMEX3 ``date`` ends on or before the publication day (or is a day of it):
    an event so dated has taken place or is taking place."""
    end = timex_interval(date)[1] if date else None
    return end is not None and published is not None and end.date() <= published


def _journey_of(events: list[EventDraft]) -> EventDraft | None:
    """The release a journey ("nine were flown home", the last event) follows: the nearest
    earlier release of the same or the previous sentence that is no journey itself."""
    last = events[-1]
    return next(
        (
            e
            for e in reversed(events[:-1])
            if e.event_type == "release" and not e.parent and e.sentence_id >= last.sentence_id - 1
        ),
        None,
    )


def _link_journeys(journeys: list[EventDraft], events: list[EventDraft]) -> None:
    """A journey home told before its release in the same sentence ("landed in Doha on Monday
    after being released") follows that release, not one of an earlier sentence (the headline's):
    it becomes the journey's parent."""
    for journey in journeys:
        if journey.parent is not None and journey.parent.sentence_id == journey.sentence_id:
            continue
        later = (
            e
            for e in events
            if e.event_type == "release"
            and e.sentence_id == journey.sentence_id
            and e.start_char > journey.start_char
            and e not in journeys
        )
        journey.parent = next(later, journey.parent)


def _derived(
    ev: EventDraft, np, names: NameLookup, quantities: pd.DataFrame, tokens: set[int], **changes
) -> EventDraft:
    """A copy of ``ev`` about the noun phrase ``np`` (its count, people and target), with
    ``changes`` (fields of :class:`EventDraft`) applied last."""
    base = ev.block_start
    start, end = subtree_span(np, base)
    people = names.patient_people(np, base) if ev.event_type in PATIENT_TYPES else []
    fields = dict(
        count=count_in_span(quantities, start, end),
        people="; ".join(dict.fromkeys(people)),
        target=names.name(np, base),
        evidence=names.parsed.text[start:end],
        start_char=start,
        end_char=end,
        date=None,
        date_source=None,
        duration=None,
        token_ids=tokens,
        parent=None,
    )
    return ev.copy(**{**fields, **changes})


def _with_derived(events: list[EventDraft], names: NameLookup, quantities: pd.DataFrame) -> list[EventDraft]:
    """Add the events the grammar implies without a trigger of their own.

    * Gapping (passive verbs): "Thirty people were pardoned on September 4 and another 30 people in
      August", "X was designated in August 2021 and Y in December": the noun conjunct of
      the verb with a later preposition of its own is a second event of the same type.
    * Swaps: "released Alex Saab in exchange for 10 Americans": the people given in
      exchange are released too, on the same date.
    """
    out = []
    for ev in events:
        out.append(ev)
        tok = ev.token
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        nested = [
            g
            for c in tok.children
            if c.dep_ == "prep"
            for p in c.children
            if p.dep_ == "pobj"
            for g in p.children
            if g.dep_ == "conj" and g.ent_type_ not in ("DATE", "TIME")
        ]
        for conj in (c for c in [*tok.children, *nested] if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM")):
            preps = [c for c in tok.children if c.dep_ == "prep" and c.i > conj.i]
            if passive and preps and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                out.append(_derived(ev, conj, names, quantities, {p.i for p in preps}))
        if ev.event_type != "release":
            continue
        given = _given_in_exchange(tok)
        if given is not None:
            out.append(_derived(ev, given, names, quantities, set(), actor=None, trigger="exchange", parent=ev))
    return out


def _given_in_exchange(tok):
    """The people a release gives in return, who are freed too: "freed X in exchange for 10
    Americans", "in return for the basketball star Brittney Griner" (a description with the
    name in apposition), "Reed was swapped for Konstantin Yaroshenko" (a verb of exchange,
    :data:`helpers.lexicon.events.SWAP_VERBS`, with "for"); None when there are none."""
    holders = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    holders = [g for g in holders if g.dep_ == "pobj" and g.lemma_.lower() in DEAL_WORDS]
    if tok.lemma_.lower() in SWAP_VERBS:
        holders.append(tok)
    for holder in holders:
        for given in prep_objects(holder, "for"):
            named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in given.children)
            personal = given.pos_ != "PRON" or given.lower_ in PERSON_OBJECT_PRONOUNS  # not "for each of its shares"
            if (is_person_like(given) and personal) or named:
                return given
    return None


def _frame(article_id: str, events: list[EventDraft]) -> pd.DataFrame:
    rows = [{**ev.row(), "event_id": i, "article_id": article_id} for i, ev in enumerate(events)]
    for row in rows:
        row["date_start"], row["date_end"] = timex_interval(row["date"])
    text = ("article_id", "event_type", "cameo_code", "modality", "date", "actor", "target", "evidence", "people")
    return from_rows(
        rows,
        schemas.columns("events"),
        {
            **dict.fromkeys((*text, "trigger", "duration", "date_source"), str),
            **dict.fromkeys(("event_id", "sentence_id", "start_char", "end_char", "n_mentions"), "int64"),
            **dict.fromkeys(("count", "n_targets"), "Int64"),
            "goldstein": "float64",
            "date_start": "datetime64[s]",
            "date_end": "datetime64[s]",
        },
    )
