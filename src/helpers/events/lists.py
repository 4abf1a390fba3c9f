"""Elliptical count lists: one event per "N on DATE" item whose verb is left out.

* Gapping: "The court freed 40 detainees on May 2 and another 25 on June 10" -> a second
  release of 25 on June 10 (the item follows a counted event of the same sentence).
* A list after a colon that announces more of the same: "The spring brought more: 12 on
  March 3, 20 on April 9 and 14 in late May" -> three releases, the type, actor and target
  of the last counted event before the sentence (the sentence or the one before it); a
  noun trigger that only announces the list ("further releases:") is dropped.

Items are found on the surface with the ``quantities`` table (a count of people) and the
``timexes`` table (a calendar DATE starting right after it, "on"/"in" between), so the
parse of the list does not matter; the new event owns the item's tokens and timex, and is
dated by rule 1 of :mod:`helpers.events.dates` (``own``).
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.core.frames import records
from helpers.core.structure import Parsed
from helpers.events.record import EventDraft
from helpers.lexicon.events import PATIENT_TYPES
from helpers.lexicon.people import PERSON_NOUNS

GAP = re.compile(r"^\s*(?:more|others?|people|prisoners)?\s*(?:on|in|at|by)?\s*$", re.I)
MORE_WORDS = re.compile(r"(?i)\b(?:more|another|further|additional|other)\b")
PEOPLE_UNITS = {"people", "persons"} | PERSON_NOUNS


def _is_people(unit) -> bool:
    if unit is None or unit != unit:  # a bare number ("another 25"): the template's unit
        return True
    words = str(unit or "").lower().split()
    return bool(words) and (words[-1] in PEOPLE_UNITS or words[-1].rstrip("s") in PEOPLE_UNITS)


def list_items(quantities: pd.DataFrame, timexes: pd.DataFrame, text: str) -> list[tuple]:
    """The "N [more] on DATE" items of an article.

    Args:
        quantities: the ``quantities`` table (value, unit, start_char, end_char, sentence_id).
        timexes: the ``timexes`` table (type, value, start_char, end_char).
        text: the article text.

    Returns:
        ``[(quantity row, timex row)]`` in text order: a count of people (unit a person
        noun, or none) followed within a few words ("more", "on", "in") by a DATE timex.
    """
    if quantities is None or timexes is None or quantities.empty or timexes.empty:
        return []
    dates = [t for t in records(timexes) if t.type == "DATE"]
    items = []
    for q in records(quantities):
        if not _is_people(q.unit) or q.value != q.value:
            continue
        nxt = next(
            (t for t in dates if 0 <= t.start_char - q.end_char <= 14 and GAP.match(text[q.end_char : t.start_char])),
            None,
        )
        if nxt is not None:
            items.append((q, nxt))
    return items


def _template(events: list[EventDraft], q, text: str, sentence_start: int) -> EventDraft | None:
    """The counted event an item continues (see the module docstring), or None."""
    counted = [
        e
        for e in events
        if e.event_type in PATIENT_TYPES and e.count is not None and e.modality == "asserted" and not e.in_title
    ]
    same = [e for e in counted if sentence_start <= e.start_char < q.start_char]
    if same:
        return same[-1]
    colon = text.rfind(":", sentence_start, q.start_char)
    if colon < 0 or not MORE_WORDS.search(text[sentence_start:colon]):
        return None
    before = [e for e in counted if e.start_char < sentence_start and e.sentence_id >= q.sentence_id - 2]
    return before[-1] if before else None


def list_events(
    events: list[EventDraft], parsed: Parsed, quantities: pd.DataFrame, timexes: pd.DataFrame
) -> list[EventDraft]:
    """``events`` with one event added per elliptical list item (module docstring).

    Args:
        events: event drafts (:class:`helpers.events.record.EventDraft`; fields
            event_type, count, modality, start_char, sentence_id, in_title, token...).
        parsed: the article from :func:`helpers.core.structure.parse_structure`.
        quantities: the ``quantities`` table; timexes: the ``timexes`` table.

    Returns:
        A new list in text order; an added event copies its template's type, actor,
        target and modality, with count (int, the item's number), evidence "25 on June 10",
        no people, and ``token_ids`` covering the number and its timex (so the timex dates it).
    """
    text, out, dropped = parsed.text, list(events), set()
    sentences = parsed.sentences.set_index("sentence_id")["start_char"]
    blocks = list(parsed.block_docs())
    for q, tx in list_items(quantities, timexes, text):
        start = int(sentences.get(q.sentence_id, 0))
        if any(e.sentence_id == q.sentence_id and e.count == int(q.value) for e in out):
            continue
        tpl = _template(events, q, text, start)
        if tpl is None:
            continue
        block, doc = next((b, d) for b, d in blocks if b.start_char <= q.start_char < b.start_char + len(d.text))
        base = block.start_char
        span = doc.char_span(q.start_char - base, tx.end_char - base, alignment_mode="expand")
        if span is None:
            continue
        dropped |= {
            id(e)
            for e in events
            if e.block_id == block.block_id
            and e.count is None
            and e.event_type == tpl.event_type
            and start <= e.start_char < q.start_char
            and e.token.pos_ == "NOUN"
            and ":" in text[e.end_char : q.start_char]
        }
        out.append(
            tpl.copy(
                count=int(q.value),
                people="",
                evidence=span.text,
                start_char=base + span.start_char,
                end_char=base + span.end_char,
                sentence_id=int(q.sentence_id),
                date=None,
                date_source=None,
                duration=None,
                block_id=block.block_id,
                block_start=base,
                token=span[0],
                token_ids={t.i for t in span},
                parent=None,
            )
        )
    return sorted((e for e in out if id(e) not in dropped), key=lambda e: e.start_char)
