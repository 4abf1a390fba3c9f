"""Dates that come from the shape of a news story rather than from the event's own clause:
the headline that restates the lead, the wire dateline
that dates no event, the heading of a section, past-tense events that continue the
lead's story, and arrests that continue the scene of their paragraph. Rule 7 and the
headline/story rules of :mod:`helpers.events.dates`.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from helpers.core.structure import DATELINE, ENDS_WITH_PUNCTUATION, Parsed
from helpers.events.record import EventDraft
from helpers.events.tokens import present_perfect
from helpers.lexicon.calendar import LATER_ADVERBS, SEQUENCE_MARKS
from helpers.lexicon.events import JAILING_VERBS, NOUN_TRIGGERS, cameo_for
from helpers.timexes.intervals import timex_interval

# Words that move a narrative's time or name another act it took place in: a clause with one
# has a time of its own (:func:`date_scene`)
SCENE_BREAKS = SEQUENCE_MARKS | LATER_ADVERBS | {"during", "amid", "following"}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a TIMEX3 value of one day (fullmatch)
NEWS_WEEK_DAYS = 7  # the news is of the week up to publication ("on Monday", "yesterday")


def is_dateline(text: str, start: int, end: int) -> bool:
    """True for the date of a wire dateline ("MINSK, Aug 10 (Reuters) -",
    :data:`helpers.core.structure.DATELINE`): it dates the dispatch, not the events of the
    sentence that follows."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    match = DATELINE.match(text[line_start : line_end if line_end >= 0 else len(text)])
    return bool(match) and end - line_start <= match.end()


def headline_date(
    ev: EventDraft, events: list[EventDraft], free_tx: list, parsed: Parsed, lead_end: int
) -> tuple[str | None, str | None]:
    """Date of a headline event: headlines put the lead's past event in the present
    ("Belarus frees 52 prisoners" over "Belarus released 52 prisoners on Thursday"), so
    the headline event takes the date of the lead's event of the same type; if the lead
    tells that event without a date, none; else the day of the news week that an asserted
    event of its type in the body has by its own clause ("Sevyarynets jailed for seven years"
    over a lead with no date and "on Tuesday sentenced Pavel Sevyarynets" below it); else the
    date of the lead's first time expression that dates no event of its own and is no
    background time (:func:`is_background`; datelines excluded: "arrested in June" in a
    standfirst dates the arrest, not the headline's sentence; "two years ago" is
    background), else none: the publication date is no default (tests/gold_reuters/README.md,
    "Dates": "The publication date is never used as a default").

    ``free_tx``: the calendar time expressions that no event's own clause holds."""
    lead = [
        o for o in events if not o.in_title and o.start_char < lead_end and o.date and o.event_type == ev.event_type
    ]
    if lead:
        return lead[0].date, "headline"
    if any(
        not o.in_title and o.start_char < lead_end and o.event_type == ev.event_type and o.date is None for o in events
    ):
        return None, None  # the lead tells the same event without a date: so does the headline
    day = _own_news_day(ev, [o for o in events if not o.in_title], parsed)
    if day is not None:
        return day, "headline"
    title_end = int(parsed.blocks["end_char"].iloc[0]) if len(parsed.blocks) else 0
    in_lead = [
        t
        for t in free_tx
        if title_end <= t.start_char < lead_end
        and not is_background(t.value, parsed)
        and not is_dateline(parsed.text, int(t.start_char), int(t.end_char))
    ]
    if in_lead:
        return in_lead[0].value, "headline"
    return None, None


def _in_heading(parsed: Parsed, start: int) -> bool:
    """True for an offset in a heading block between the headline and the lead: a byline or a
    time stamp ("Emerging Europe Staff", "26 May 2021") tells who wrote the text and when it was
    issued, and the publication date dates no event (tests/gold_reuters/README.md, "Dates")."""
    return any(b.kind == "heading" and b.start_char <= start < b.end_char for b in parsed.block_rows)


def is_indefinite_past(tok) -> bool:
    """True if the clause of a trigger is in the present perfect ("A diplomat has been freed",
    "New Zealand has imposed sanctions"; for a noun, the verb it is the subject or object
    of). The present perfect places an event at no definite past time: it does not combine
    with a definite time adverbial (Comrie 1976, *Aspect*, ch. 3; Klein 1992, "The present
    perfect puzzle", *Language* 68(3)), so such an event takes no date of the lead."""
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj"):
        verb = tok.head
    return present_perfect(verb)


def lead_day(ev: EventDraft, events: list[EventDraft], parsed: Parsed, dated_tx: list, lead_end: int) -> str | None:
    """The day of the news that an undated asserted event of the lead (first paragraph)
    takes, or None.

    The news day is a calendar day of the week up to publication (what "on Monday",
    "today", "yesterday" name; "after an earthquake on March 5", three weeks earlier, is
    background): first the lead's own time expression of such a day, datelines and time
    stamps excluded (:func:`_in_heading`; "pardoned 37 people ... on Monday"); else the day of a
    mention of the same type of event with such a time of its own ("Saturday's releases",
    :func:`_own_news_day`). Source:
    tests/gold_reuters/README.md, "Dates" ("When the event is the story's lead and its
    sentence has no time expression, the date of the lead's time expression is used. A
    time expression elsewhere in the text that clearly refers to the same occurrence also
    counts"). With no such day the event stays undated: the publication date is no default.
    """
    title_end = int(parsed.blocks["end_char"].iloc[0]) if len(parsed.blocks) else 0
    in_lead = (
        t.value
        for t in dated_tx
        if title_end <= t.start_char < lead_end
        and _news_day(t.value, parsed)
        and not is_dateline(parsed.text, int(t.start_char), int(t.end_char))
        and not _in_heading(parsed, int(t.start_char))
    )
    return next(in_lead, None) or _own_news_day(ev, events, parsed)


def _own_news_day(ev: EventDraft, events: list[EventDraft], parsed: Parsed) -> str | None:
    """The first day of the news week (:func:`_news_day`) that an asserted event of the type of
    ``ev`` has by its own clause ("Saturday's releases", "on Tuesday sentenced X"), or None."""
    told = (
        o.date
        for o in events
        if o.event_type == ev.event_type
        and o.modality == "asserted"
        and o.date_source == "own"
        and _news_day(o.date, parsed)
    )
    return next(told, None)


def mark_news(events: list[EventDraft], parsed: Parsed) -> None:
    """Set ``in_lead`` (an event of the lead paragraph, the news) and ``background`` (dated by
    its own clause or sentence to a time that ended over a week before publication) on each
    event, for the merge: the lead tells the news, a dated earlier act is background, not the
    lead's act told again (van Dijk 1988, *News as Discourse*: main event vs previous events)."""
    lead_end = lead_end_of(parsed)
    for ev in events:
        ev.in_lead = not ev.in_title and ev.start_char < lead_end
        if ev.date_source in ("own", "sentence") and ev.date:
            ev.background = is_background(ev.date, parsed)


def is_background(value: str, parsed: Parsed) -> bool:
    """A time that ended over a week before publication (:data:`NEWS_WEEK_DAYS`): the time of an
    earlier act, not of the news (van Dijk 1988: previous events). False without a publication
    date or for a value with no calendar interval."""
    if parsed.published is None:
        return False
    _, end = timex_interval(value)
    return end is not None and (parsed.published - end.date()).days > NEWS_WEEK_DAYS


def _news_day(value: str | None, parsed: Parsed) -> bool:
    """A calendar day (YYYY-MM-DD) in the week up to the publication date."""
    if parsed.published is None or not value or len(value) != 10:
        return False
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return 0 <= (parsed.published - day).days < NEWS_WEEK_DAYS


def heading_span(parsed: Parsed, block_id: int) -> tuple[int, int] | None:
    """Offsets of the heading of the section holding ``block_id`` (None before any heading
    and for headings themselves)."""
    rows = parsed.block_rows  # block_id is the row's position (helpers.core.structure.split_blocks)
    if rows[block_id].kind in ("heading", "title"):
        return None
    heads = [b for b in rows[:block_id] if b.kind == "heading"]
    if not heads:
        return None
    return int(heads[-1].start_char), int(heads[-1].end_char)


def lead_end_of(parsed: Parsed) -> int:
    """Article offset where the news lead (title + first paragraph) ends. A first paragraph
    with no final punctuation above the byline is a standfirst, a second headline ("The
    70-year-old human rights campaigner was handcuffed in court less than two weeks after the
    death of Alexei Navalny", then "Tom Halloran, Moscow" and the time stamp): the body, and its
    lead, begin after the byline."""
    rows = parsed.block_rows
    paragraphs = [b for b in rows if b.kind == "paragraph"]
    if (
        len(paragraphs) > 1
        and not ENDS_WITH_PUNCTUATION.search(paragraphs[0].text[-3:])
        and paragraphs[1].block_id > paragraphs[0].block_id + 1  # a byline or stamp between
    ):
        paragraphs = paragraphs[1:]
    first = paragraphs[0] if paragraphs else (rows[0] if rows else None)
    return int(first.end_char) if first is not None else 0


def _past_tense(tok) -> bool:
    """A simple past verb, active ("freed") or passive ("were swapped")."""
    return tok.tag_ == "VBD" or (
        tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in tok.children)
    )


def _other_people(ev: EventDraft, lead: EventDraft) -> bool:
    """True if both events name people and none in common ("Fogel was pardoned" after "Kalob
    Byers has been released"): another act of the type, not the lead's story continued."""
    return bool(ev.people_set() and lead.people_set() and not ev.people_set() & lead.people_set())


def date_story(events: list[EventDraft], parsed: Parsed, timed_apart=lambda ev: False) -> None:
    """An asserted past-tense event of the opening section without a time of its own
    continues the story of the lead: it takes the date of the lead's dated event of the
    same type ("The Treasury designated 44 individuals" after "imposed new sanctions on
    Monday"). An event for which ``timed_apart`` is true (a clause placed before or after
    another event: "forced to move after their homes were attacked") has its time from that
    clause, not from the story. Nor does an event in a sentence whose time expression dates
    another of its events ("has freed more than 300 prisoners since July 2024, many of them
    pardoned"): that sentence tells its own time, not the lead's (TimeML, TLINKs within a
    sentence are read before links to the document's main event). An event naming other
    people than the lead's continues no story (:func:`_other_people`). The opening section runs
    from the end of the lead to the first heading after it: a heading above the lead (a time
    stamp, "Published date: 8 December 2022 12:40 GMT") ends no section of the body."""
    anchored = {o.sentence_id for o in events if o.date_source in ("own", "sentence")}
    lead_end = lead_end_of(parsed)
    blocks = parsed.blocks
    heads = blocks[(blocks["kind"] == "heading") & (blocks["start_char"] >= lead_end)]  # not a stamp above the lead
    first_heading = int(heads["start_char"].iloc[0]) if len(heads) else len(parsed.text)
    for ev in events:
        if (
            ev.date is not None
            or ev.vague_time
            or ev.modality != "asserted"
            or not _past_tense(ev.token)
            or not lead_end <= ev.start_char < first_heading
            or timed_apart(ev)
            or ev.sentence_id in anchored
        ):
            continue
        lead = next(
            (
                o
                for o in events
                if o.start_char < lead_end
                and not o.in_title
                and o.date
                and o.event_type == ev.event_type
                and o.modality == "asserted"
                and not _other_people(ev, o)
            ),
            None,
        )
        if lead is not None:
            ev.date, ev.date_source = lead.date, "story"


def date_scene(events: list[EventDraft], timexes: pd.DataFrame, parsed: Parsed) -> None:
    """An undated arrest told in the simple past in the main clause of a sentence with no time
    of its own continues the scene of the paragraph: it takes the day
    that the nearest earlier sentence of its paragraph with a time expression names, if that
    sentence names one day and nothing else ("On Sunday, controllers ordered a Ryanair flight to
    land in Minsk. Security officers then arrested X"; "Around 70 people gathered outside the
    courthouse on Friday. Police detained four journalists"). A narrative in the simple past
    moves its reference time only with a new time or a marker of sequence (Dowty 1986,
    "The effects of aspectual class on the temporal structure of discourse"; Kamp and Reyle
    1993, 5.2), so an act with "later", "since", "after", "before", "until", "during", "amid"
    or "following" in its clause has its own time and takes none, and nor does an act in a
    relative, adverbial or reported clause, or a sum of acts ("detained in the protests", "more
    than 2,400 were arrested": a tally over a period, not an act of the scene)."""
    tx = timexes[timexes["type"] == "DATE"]
    block_of = parsed.sentences.set_index("sentence_id")["block_id"]
    for ev in events:
        if (
            ev.date is not None
            or ev.vague_time
            or ev.in_title
            or ev.modality != "asserted"
            or ev.event_type != "arrest"
            or ev.count_at_least
            or not _narrated(ev.token)
            or (tx["sentence_id"] == ev.sentence_id).any()
        ):
            continue
        sid = ev.sentence_id - 1
        while sid in block_of.index and block_of[sid] == block_of[ev.sentence_id]:
            values = set(tx.loc[tx["sentence_id"] == sid, "value"])
            if values:
                day = values.pop() if len(values) == 1 else None
                if day and ISO_DAY.fullmatch(day) and not after_publication(day, parsed.published):
                    ev.date, ev.date_source = day, "scene"
                break
            sid -= 1


def _narrated(verb) -> bool:
    """A main-clause verb in the simple past (:func:`_past_tense`) with no word of sequence
    (:data:`SCENE_BREAKS`) and no phrase of an event it took place in."""
    if verb.pos_ != "VERB" or not _past_tense(verb):
        return False
    if not (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
        return False
    if any(c.lower_ in SCENE_BREAKS for c in verb.subtree):
        return False
    return not any(  # "were detained in the protests": the protests have the time
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in NOUN_TRIGGERS for g in c.children)
        for c in verb.children
    )


def after_publication(value: str, published: dt.date | None) -> bool:
    """True if the TIMEX3 calendar ``value`` begins after the publication date ``published``: a
    time a text cannot report as past (Reichenbach 1947: event time after speech time is the
    future)."""
    start, _ = timex_interval(value)
    return published is not None and start is not None and start.date() > published


def retype_headline_jailing(events: list[EventDraft], parsed: Parsed) -> None:
    """A headline's "jailed" ("Kremlin critic jailed") over a lead that reports a sentence and
    no arrest ("A Moscow court on Monday sentenced X to 25 years") is that sentence: the
    headline tells the lead's act in fewer words (van Dijk 1988, *News as Discourse*), and
    "jail" is how headlines say "sentence to prison" (:data:`helpers.lexicon.events.JAILING_VERBS`).
    Changes ``event_type``, ``cameo_code`` and ``goldstein`` in place."""
    lead_end = lead_end_of(parsed)
    told = {e.event_type for e in events if not e.in_title and e.start_char < lead_end and e.modality == "asserted"}
    if "sentence" not in told or "arrest" in told:
        return
    for ev in events:
        if ev.in_title and ev.event_type == "arrest" and ev.trigger in JAILING_VERBS:
            ev.event_type = "sentence"
            ev.cameo_code, ev.goldstein = cameo_for("sentence", ev.trigger)
