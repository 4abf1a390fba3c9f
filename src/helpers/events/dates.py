"""Dates of events: the TIMEX3 value each event took place at, and the rule that gave it.

Dates (rules applied in order, recorded in ``date_source``):
    1. ``own``: a DATE timex the parse attaches to the trigger (the nearest trigger above
       the timex in the dependency tree is this one): "his arrest in July 2021".
    2. ``related``: the trigger has "after/following/since/amid/during/before X" where X
       is an event trigger with a date ("detained after the 2020 election" -> 2020), or a
       relative clause "that followed/preceded X" ("protests that followed the vote").
    2b. ``clause``: the event sits inside the clause of another dated event ("measures
       intensified after February 2022 when Belarus became a hub supporting Russia's
       invasion" -> the invasion takes 2022-02).
    3. ``sentence``: a dated DATE timex of the same sentence that the parse attaches to
       no other event ("A leading figure during protests ... in 2020; her detention").
    4. ``publication``: an event of the news lead (the title and the first paragraph)
       takes the publication date (DCT).
    5. ``deal``: "as part of this exchange/deal/agreement", "in exchange/return for": the
       event belongs to the deal of the lead and takes its date (the lead event with its
       own timex first, else the first dated one).
    6. ``coreference``: a nominal trigger ("the releases", "disputed elections") takes the
       date of the nearest asserted event of the same type dated by rules 1, 4 or 5, the
       previous one first; an event about named people only corefers with an event
       naming one of them.
    7. ``section``: a dated timex in the heading of the event's section ("Sanctions
       Since Post-2020 Crackdown" -> 2020).
    Headline events take the date of the lead's event of the same type, else of the
    lead's first time expression (``headline``); a wire dateline ("MINSK, Aug 10 (Reuters)
    -") dates no event; a timex inside a relative clause on a non-event noun ("Krasikov,
    who was serving a life sentence for a 2019 killing") dates no event; an undated
    asserted past-tense event of the opening section takes the lead's date (``story``).
    Only calendar values (``2021``, ``2021-07``, ``2025-12-13``...) date an event;
    PAST_REF and durations do not. The DURATION of talks ("over two days") is kept in
    ``duration`` (``P2D``). ``date_start``/``date_end`` is the interval the TIMEX3 value
    covers (:func:`helpers.timexes.intervals.timex_interval`).

The other side of a swap ("freed X in exchange for 10 Americans") takes the date of the
swap (its ``date_source``, else ``exchange``).
"""
from __future__ import annotations

import re

import pandas as pd

from helpers.lexicon.events import DEAL_WORDS
from helpers.events.triggers import verb_object
from helpers.core.structure import Parsed
from helpers.timexes.intervals import timex_interval

TEMPORAL_PREPS = {"after", "following", "since", "amid", "during", "before", "prior", "in"}
ASPECT_VERBS = {"begin", "start", "end", "erupt", "finish"}
SEQUENCE_VERBS = {"follow", "precede"}  # "the protests that followed the 2020 vote"


def date_events(events: list[dict], timexes: pd.DataFrame, parsed: Parsed, docs: dict) -> None:
    """Date every event in place by the rules of the module docstring, in their order.

    Args:
        events: event dicts as built by :func:`helpers.events.extract.extract_events` (keys date,
            date_source, duration, event_type, modality, people, start_char, sentence_id
            and the private ``_block``, ``_tok``, ``_tokens``, ``_heading``, ``_title``,
            ``_parent``).
        timexes: the ``timexes`` table (value, type, start_char, end_char, sentence_id).
        parsed: the article from :func:`helpers.core.structure.parse_structure`.
        docs: block_id -> (article offset of the block, spaCy doc of the block).

    Returns:
        None. Sets each event's ``date`` (TIMEX3 calendar value or None), ``date_source``
        (the rule's name or None) and ``duration`` (TIMEX3 duration or None).
    """
    owned = _attach_timexes(events, timexes, docs)
    for ev in events:  # the other side of a swap happens when the swap does
        if ev.get("_parent") is not None and ev["date"] is None and ev["_parent"]["date"]:
            ev["date"], ev["date_source"] = ev["_parent"]["date"], ev["_parent"]["date_source"]
    _resolve_dates(events, timexes, parsed, owned)
    for ev in events:
        if ev.get("_parent") is not None and ev["date"] is None and ev["_parent"]["date"]:
            ev["date"], ev["date_source"] = ev["_parent"]["date"], "exchange"
    _date_story(events, parsed)


BLOCKED = -1


def _owner(tok, trigger_ids: set[int]):
    """Nearest trigger token above ``tok`` in the parse, None, or :data:`BLOCKED` when the
    timex sits in a relative clause on a noun that is no event ("Krasikov, who was serving
    a life sentence for a 2019 killing", "measures, which it restricted in June 2021"); a
    relative clause on an event noun dates it ("the protests that followed the August 2020
    vote")."""
    cur = tok
    for _ in range(12):
        if cur.head == cur:
            return None
        cur = cur.head
        if cur.i in trigger_ids:
            return cur.i
        if cur.dep_ == "relcl" and cur.head.i not in trigger_ids:
            return BLOCKED
    return None


DATELINE = re.compile(r"^[A-Z][A-Z .,'’/()-]*,\s*$")
DATELINE_END = re.compile(r"^\s*(?:\([^)]*\)\s*)?[-–—]")


def _is_dateline(text: str, start: int, end: int) -> bool:
    """True for the date of a wire dateline ("MINSK, Aug 10 (Reuters) -"): it dates the
    dispatch, not the events of the sentence that follows."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(DATELINE.match(text[line_start:start]) and DATELINE_END.match(text[end:end + 20]))


def _is_calendar(value) -> bool:
    return isinstance(value, str) and timex_interval(value)[0] is not None


def _attach_timexes(events: list[dict], timexes: pd.DataFrame, docs: dict) -> set[int]:
    """Give each event its own DATE and DURATION timexes (rule 1); returns the
    ``start_char`` of every timex attached to some event."""
    owned: set[int] = set()
    if timexes is None or timexes.empty:
        return owned
    by_block: dict[int, list[dict]] = {}
    for ev in events:
        by_block.setdefault(ev["_block"], []).append(ev)
    for tx in timexes.itertuples():
        for block_id, (base, doc) in docs.items():
            if not (base <= tx.start_char < base + len(doc.text)):
                continue
            evs = by_block.get(block_id, [])
            ids = {i: ev for ev in evs for i in ev["_tokens"]}
            span = doc.char_span(tx.start_char - base, tx.end_char - base, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            owner = root.i if root.i in ids else _owner(root, set(ids))
            if owner == BLOCKED or _is_dateline(doc.text, tx.start_char - base, tx.end_char - base):
                owned.add(int(tx.start_char))  # dates no event, by any rule
                continue
            ev = ids.get(owner)
            if ev is None:
                continue
            owned.add(int(tx.start_char))
            if tx.type == "DURATION":
                ev["duration"] = ev["duration"] or tx.value
            elif _is_calendar(tx.value) and ev["date"] is None:
                ev["date"], ev["date_source"] = tx.value, "own"
    return owned


def _resolve_dates(events: list[dict], timexes: pd.DataFrame, parsed: Parsed, owned: set[int]) -> None:
    """Rules 2-7 of the module docstring, in order (twice, as later rules date events
    that earlier rules can then use)."""
    dated_tx = [] if timexes is None or timexes.empty else [
        t for t in timexes.itertuples() if t.type in ("DATE", "TIME") and _is_calendar(t.value)]
    free_tx = [t for t in dated_tx if int(t.start_char) not in owned]
    by_token = {(ev["_block"], i): ev for ev in events for i in ev["_tokens"]}
    lead_end = _lead_end(parsed)
    dct = parsed.published.isoformat() if parsed.published else None
    lead_event = None
    for _ in range(2):
        for ev in events:
            if ev["date"] is not None:
                continue
            obj = verb_object(ev["_tok"]) if ev["_tok"].pos_ == "VERB" else None
            heads = [ev["_tok"]] + ([obj] if obj is not None and obj.head == ev["_tok"] else [])
            links = [c for h in heads for c in h.children if c.lower_ in TEMPORAL_PREPS or (
                c.dep_ in ("relcl", "acl") and c.lemma_.lower() in SEQUENCE_VERBS)]
            for prep in links:
                for pobj in (g for g in prep.subtree if g.dep_ in ("pobj", "dobj")):
                    other = by_token.get((ev["_block"], pobj.i))
                    if other and other["date"]:
                        ev["date"], ev["date_source"] = other["date"], "related"
                        break
                if ev["date"]:
                    break
            if _is_reference(ev, by_token):
                continue  # "on the election anniversary": the election is not dated by the clause
            if ev["date"] is None:
                host = _host_event(ev, by_token)
                if host is not None and host["date"]:
                    ev["date"], ev["date_source"] = host["date"], "clause"
            if ev["date"] is None:
                same = [t for t in free_tx if t.sentence_id == ev["sentence_id"]]
                if same:
                    near = min(same, key=lambda t: abs(t.start_char - ev["start_char"]))
                    ev["date"], ev["date_source"] = near.value, "sentence"
            if ev["date"] is None and ev["start_char"] < lead_end and dct and not ev["_title"] \
                    and ev["modality"] not in ("negated", "hypothetical"):
                ev["date"], ev["date_source"] = dct, "publication"
        for ev in events:
            if ev["date"] is None and ev["_title"] and not _is_reference(ev, by_token):
                ev["date"], ev["date_source"] = _headline_date(ev, events, dated_tx, parsed, lead_end, dct)
        lead_dated = [e for e in events if e["start_char"] < lead_end and e["date"]
                      and e["modality"] == "asserted"]
        lead_event = min(lead_dated, key=lambda e: (e["date_source"] != "own", e["start_char"]),
                         default=lead_event)
        for ev in events:
            if ev["date"] is None and lead_event is not None and _in_deal(ev["_tok"]) \
                    and ev["modality"] not in ("negated", "hypothetical"):
                ev["date"], ev["date_source"] = lead_event["date"], "deal"
        for ev in events:
            if ev["date"] is None and ev["_tok"].pos_ in ("NOUN", "PROPN"):
                ref = _coreferent(ev, events)
                if ref is not None:
                    ev["date"], ev["date_source"] = ref["date"], "coreference"
        for ev in events:
            if ev["date"] is None and ev["_heading"] is not None:
                hs, he = ev["_heading"]
                in_heading = [t for t in dated_tx if hs <= t.start_char < he]
                if in_heading:
                    ev["date"], ev["date_source"] = in_heading[0].value, "section"


def _is_reference(ev: dict, by_token: dict) -> bool:
    """A trigger noun that only modifies another noun ("election anniversary", "war
    crimes"): it names an earlier event and takes no date from its clause."""
    tok = ev["_tok"]
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and (ev["_block"], tok.head.i) not in by_token


def _headline_date(ev: dict, events: list[dict], dated_tx: list, parsed: Parsed, lead_end: int,
                   dct: str | None) -> tuple[str | None, str | None]:
    """Date of a headline event: headlines put the lead's past event in the present
    ("Belarus frees 52 prisoners" over "Belarus released 52 prisoners on Thursday"), so
    the headline event takes the date of the lead's event of the same type, else of the
    lead's first time expression (datelines excluded), else the publication date."""
    lead = [o for o in events if not o["_title"] and o["start_char"] < lead_end and o["date"]
            and o["event_type"] == ev["event_type"] and o["date_source"] != "publication"]
    if lead:
        return lead[0]["date"], "headline"
    title_end = int(parsed.blocks["end_char"].iloc[0]) if len(parsed.blocks) else 0
    in_lead = [t for t in dated_tx if title_end <= t.start_char < lead_end
               and not _is_dateline(parsed.text, int(t.start_char), int(t.end_char))]
    if in_lead:
        return in_lead[0].value, "headline"
    return (dct, "publication") if dct else (None, None)


def _host_event(ev: dict, by_token: dict) -> dict | None:
    """The nearest other event above this trigger in the parse (its clause's event); a
    relative clause ("Krasikov, who was serving a life sentence") and a sequence clause
    ("after the invasion began") have no host."""
    cur = ev["_tok"]
    for _ in range(12):
        if cur.head == cur or cur.dep_ == "relcl" or _is_sequence_clause(cur):
            return None
        cur = cur.head
        other = by_token.get((ev["_block"], cur.i))
        if other is not None and other is not ev:
            return other
    return None


def _is_sequence_clause(tok) -> bool:
    """"after the invasion began", "before the talks started": a clause that places the
    host event relative to the start or end of another one, which is not on the host's
    date ("shortly after X held talks" may be: not a sequence clause)."""
    return tok.dep_ == "advcl" and tok.lemma_.lower() in ASPECT_VERBS and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
                                       for c in tok.children)


def heading_span(parsed: Parsed, block_id: int) -> tuple[int, int] | None:
    """Offsets of the heading of the section holding ``block_id`` (None before any heading
    and for headings themselves)."""
    blocks = parsed.blocks
    if blocks.loc[blocks["block_id"] == block_id, "kind"].iloc[0] in ("heading", "title"):
        return None
    heads = blocks[(blocks["kind"] == "heading") & (blocks["block_id"] < block_id)]
    if heads.empty:
        return None
    return int(heads["start_char"].iloc[-1]), int(heads["end_char"].iloc[-1])


def _lead_end(parsed: Parsed) -> int:
    """Article offset where the news lead (title + first paragraph) ends."""
    paras = parsed.blocks[parsed.blocks["kind"] == "paragraph"]
    if len(paras):
        return int(paras["end_char"].iloc[0])
    return int(parsed.blocks["end_char"].iloc[0]) if len(parsed.blocks) else 0


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


def _coreferent(ev: dict, events: list[dict]) -> dict | None:
    """Nearest dated event of the same type and compatible people (earlier first)."""
    mine = set(filter(None, ev["people"].split("; "))) if ev["people"] else set()
    if ev["modality"] != "asserted":
        return None
    cands = [o for o in events if o is not ev and o["event_type"] == ev["event_type"] and o["date"]
             and o["date_source"] in ("own", "publication", "deal") and o["modality"] == "asserted"]
    cands = [o for o in cands if not mine or mine & set(o["people"].split("; "))]
    before = [o for o in cands if o["start_char"] < ev["start_char"]]
    if before:
        return before[-1]
    return cands[0] if cands else None



def _past_tense(tok) -> bool:
    """A simple past verb, active ("freed") or passive ("were swapped")."""
    return tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in tok.children))


def _date_story(events: list[dict], parsed: Parsed) -> None:
    """An asserted past-tense event of the opening section without a time of its own
    continues the story of the lead: it takes the date of the lead's dated event of the
    same type ("The Treasury designated 44 individuals" after "imposed new sanctions on
    Monday")."""
    heads = parsed.blocks[parsed.blocks["kind"] == "heading"]
    first_heading = int(heads["start_char"].iloc[0]) if len(heads) else len(parsed.text)
    lead_end = _lead_end(parsed)
    for ev in events:
        if ev["date"] is not None or ev["modality"] != "asserted" or not _past_tense(ev["_tok"]) \
                or not lead_end <= ev["start_char"] < first_heading:
            continue
        lead = next((o for o in events if o["start_char"] < lead_end and not o["_title"] and o["date"]
                     and o["event_type"] == ev["event_type"] and o["modality"] == "asserted"), None)
        if lead is not None:
            ev["date"], ev["date_source"] = lead["date"], "story"
