"""The record of an event in the making (:class:`EventDraft`): what a trigger gives, filled
in step by step (arguments, dates, merging) and turned into a row of the ``events`` table
at the end (:meth:`EventDraft.row`).

The first block of fields are the table's columns (``helpers.core.schemas``, README "The
tables"); the second block is the working state the steps share and that never reaches the
table (the spaCy token of the trigger, the block it sits in, ...).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from helpers.lexicon.events import SANCTION_TYPES


@dataclass(eq=False)  # events are compared by identity: two drafts can hold the same values
class EventDraft:
    """One event mention on its way to a row of the ``events`` table.

    Table columns (see :func:`helpers.events.extract.extract_events` for their meaning):
        sentence_id, event_type, cameo_code, modality, date, actor, target, count,
        evidence, start_char, end_char, goldstein, people ("; "-joined names), trigger,
        duration, date_source, n_mentions (set when rows are merged).

    Working state (never written):
        block_id: the block the trigger sits in (``parsed.blocks.block_id``).
        block_start: article offset of that block (spaCy offsets + this = article offsets).
        token: the trigger token (spaCy ``Token`` of the block's doc).
        token_ids: indices in the block's doc of the tokens that belong to the event (the
            trigger, its sanction noun, a list item's number and date): a time expression
            attached to one of them dates the event (:mod:`helpers.events.dates`).
        heading: (start, end) article offsets of the heading of the event's section, or None.
        in_title: True for an event of the title (headline dating, merging).
        in_heading: True for an event of a section heading (merged as a summary).
        parent: the event this one derives from or follows (the release whose other side
            of a swap this is, the release a journey home follows), or None.
        vague_time: the text of a time expression the event owns that is no calendar
            value ("in the past", "recently", "soon": PAST_REF/FUTURE_REF), or None: the
            text places the event in time, vaguely, so no other rule dates it.
        groups: nationalities or groups (NORP words, lower case) of the people the event
            applies to ("five Iranians" -> {"iranians"}): two groups of other nationalities
            are two acts (:mod:`helpers.events.merge`).
        count_at_least: True when ``count`` is a lower bound ("over 120"): a mention with a
            larger exact count may tell the same act (:mod:`helpers.events.merge`).
        of_group: True for a mention naming members of a group told elsewhere ("Among those
            freed was X"): it may join the group's event though the people differ.
        in_lead: True for an event of the lead (the first paragraph): the news of the story.
        background: True for an event dated by its own clause to a time that ended over a
            week before publication ("In May, Caracas freed X" in July): not the news.
    """

    sentence_id: int
    event_type: str
    cameo_code: str | None
    modality: str
    actor: str | None
    target: str | None
    count: int | None
    evidence: str
    start_char: int
    end_char: int
    goldstein: float | None
    people: str
    trigger: str
    block_id: int
    block_start: int
    token: Any
    token_ids: set[int]
    heading: tuple[int, int] | None = None
    in_title: bool = False
    in_heading: bool = False
    parent: EventDraft | None = None
    vague_time: str | None = None
    groups: frozenset[str] = frozenset()
    count_at_least: bool = False
    of_group: bool = False
    in_lead: bool = False
    background: bool = False
    date: str | None = None
    duration: str | None = None
    date_source: str | None = None
    n_mentions: int = 1

    def copy(self, **changes) -> EventDraft:
        """A new draft with ``changes`` applied (fields by name)."""
        return dataclasses.replace(self, **changes)

    def people_set(self) -> set[str]:
        """The names in :attr:`people`, as a set."""
        return set(filter(None, self.people.split("; ")))

    def row(self) -> dict:
        """The table columns of this draft (see :data:`TABLE_FIELDS`) and ``n_targets``.

        A sanction's number is that of its targets ("designated 44 individuals and entities"),
        not of people freed, held or protesting: it goes in ``n_targets`` and ``count`` stays
        empty, as the annotation rules of ``tests/gold_reuters/README.md`` ("For sanctions,
        negotiations and elections, ``count`` is ``null``") and of the modern sets have it.
        The reference timeline counts a sanction's listings (``count_unit``), which is what
        :func:`helpers.analysis.claims.reported_numbers` compares them with.
        """
        row = {name: getattr(self, name) for name in TABLE_FIELDS}
        row["n_targets"] = None
        if self.event_type in SANCTION_TYPES:
            row["n_targets"], row["count"] = self.count, None
        return row


WORKING_FIELDS = (
    "block_id",
    "block_start",
    "token",
    "token_ids",
    "heading",
    "in_title",
    "in_heading",
    "parent",
    "vague_time",
    "groups",
    "count_at_least",
    "of_group",
    "in_lead",
    "background",
)
TABLE_FIELDS = tuple(f.name for f in dataclasses.fields(EventDraft) if f.name not in WORKING_FIELDS)
