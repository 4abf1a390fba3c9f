"""Strict one-to-one event scoring, used on every annotated set (``tests/gold``,
``tests/heldout``, ``tests/gold_reuters``).

Matching rules (also in ``tests/gold_reuters/README.md`` and ``tests/gold/README.md``):

* An extracted event and a gold event are **compatible** when they have the same type,
  the extracted date is one of the gold ``date`` values and the extracted count is one of
  the gold ``count`` values. Values compare exactly: TIMEX3 strings as written (an
  extracted ``1987-03`` does not match a gold ``1987-03-12`` and vice versa: a coarser or
  finer date is a different date on a timeline), counts as integers. A gold ``null`` in
  the list accepts only a missing value, so a gold event without a date matches only an
  extracted event without a date (an event dated on the publication day by default does
  not match it), and a gold ``null`` count accepts only a missing count.
* Each gold event matches at most one extracted event and each extracted event at most
  one gold event: a maximum-weight bipartite matching (Kuhn-Munkres / Hungarian method,
  Kuhn 1955, https://doi.org/10.1002/nav.3800020109) over all compatible pairs, whatever
  their modality. Its weights rank matchings lexicographically: first the number of
  asserted-asserted pairs, then the number of pairs, then the pairs of equal modality,
  then the pairs that hit the primary (first) gold date and count.
* **Precision** = extracted ``asserted`` events matched to a gold ``asserted`` event /
  extracted ``asserted`` events. An unmatched extracted asserted event, a second extracted
  event for one gold event, and an extracted asserted event matched to a gold event of
  another modality (a demand, a rumour) are false positives. Extracted events of other
  modalities are not counted in precision.
* **Recall** = gold ``asserted`` events matched to an extracted ``asserted`` event / gold
  ``asserted`` events.
* **Modality accuracy** = matched pairs (any modality) whose modalities are equal /
  matched pairs.
* Per type: the same figures restricted to one event type (pairs never cross types).

Counts add up over articles (micro-average), like :class:`helpers.evaluation.scoring.Counts`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from helpers.evaluation.scoring import Counts, _as_list, _missing

ASSERTED = "asserted"


@dataclass(frozen=True)
class Event:
    """One event as scored: type, date (TIMEX3 string or None), count (int or None), modality;
    ``evidence`` (the trigger text) is carried for error lists and not compared."""

    type: str
    date: str | None
    count: int | None
    modality: str
    evidence: str = field(default="", compare=False)


@dataclass
class EventScore:
    """Event scores of one or more articles.

    ``by_type`` maps each event type to :class:`Counts` of asserted events (right =
    found = asserted-asserted pairs, predicted = extracted asserted, gold = gold
    asserted); ``matched`` counts pairs of any modality and ``modality_ok`` those with
    equal modalities. ``errors`` lists the false positives and the missed gold events, one
    dict each (see :func:`score_events`). Scores add up over articles.
    """

    by_type: dict[str, Counts] = field(default_factory=dict)
    matched: int = 0
    modality_ok: int = 0
    errors: list[dict] = field(default_factory=list)

    def __add__(self, other: EventScore) -> EventScore:
        types = set(self.by_type) | set(other.by_type)
        return EventScore(
            {t: self.by_type.get(t, Counts()) + other.by_type.get(t, Counts()) for t in types},
            self.matched + other.matched,
            self.modality_ok + other.modality_ok,
            self.errors + other.errors,
        )

    @property
    def overall(self) -> Counts:
        """Counts over every type."""
        return sum(self.by_type.values(), Counts())

    @property
    def modality_accuracy(self) -> float:
        """Share of matched pairs with the gold modality (0.0 when nothing matched)."""
        return self.modality_ok / self.matched if self.matched else 0.0


def _value(value):
    return None if _missing(value) else value


def extracted_events(frame: pd.DataFrame) -> list[Event]:
    """The rows of an ``events`` table (columns event_type, date, count, modality, evidence
    if present) as :class:`Event`; missing dates and counts become None."""
    evidence = frame["evidence"] if "evidence" in frame else [""] * len(frame)
    return [
        Event(str(t), None if _missing(d) else str(d).strip(), None if _missing(c) else int(c), str(m), str(e))
        for t, d, c, m, e in zip(frame["event_type"], frame["date"], frame["count"], frame["modality"], evidence)
    ]


def gold_events(gold: list[dict]) -> list[dict]:
    """Gold events with ``date`` and ``count`` as lists (a scalar becomes a one-item list)
    and ``modality`` defaulting to asserted."""
    return [
        {
            **g,
            "date": [_value(d) for d in _as_list(g.get("date"))],
            "count": [_value(c) for c in _as_list(g.get("count"))],
            "modality": g.get("modality") or ASSERTED,
        }
        for g in gold
    ]


def compatible(pred: Event, gold: dict) -> bool:
    """Same type, the date one of the gold dates and the count one of the gold counts
    (exact values; gold ``None`` accepts only a missing value). ``gold`` as returned by
    :func:`gold_events`."""
    return pred.type == gold["type"] and pred.date in gold["date"] and pred.count in gold["count"]


def max_weight_matching(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Pairs (row, column) of a maximum-weight matching of a bipartite graph.

    Args:
        weights: rows x columns matrix of non-negative weights; 0 = no edge.

    Returns:
        The matched (row, column) pairs with positive weight, sorted by row.

    Source: the O(n^2 m) Hungarian method with potentials (Kuhn 1955; Munkres 1957),
    run on the cost ``-weight``; a row may stay unmatched through a zero-weight column.

    Examples:
        >>> max_weight_matching([[1, 1], [1, 0]])
        [(0, 1), (1, 0)]
    """
    if not weights or not weights[0]:
        return []
    transpose = len(weights) > len(weights[0])
    w = [list(col) for col in zip(*weights)] if transpose else weights
    n, m = len(w), len(w[0])
    inf = float("inf")
    u, v, owner, way = [0] * (n + 1), [0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0], col0 = row, 0
        slack, used = [inf] * (m + 1), [False] * (m + 1)
        while owner[col0]:
            used[col0], r0, delta, col1 = True, owner[col0], inf, 0
            for col in range(1, m + 1):
                if not used[col]:
                    cur = -w[r0 - 1][col - 1] - u[r0] - v[col]
                    if cur < slack[col]:
                        slack[col], way[col] = cur, col0
                    if slack[col] < delta:
                        delta, col1 = slack[col], col
            for col in range(m + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    slack[col] -= delta
            col0 = col1
        while col0:
            col1 = way[col0]
            owner[col0], col0 = owner[col1], col1
    pairs = [(owner[c] - 1, c - 1) for c in range(1, m + 1) if owner[c] and w[owner[c] - 1][c - 1] > 0]
    return sorted((c, r) if transpose else (r, c) for r, c in pairs)


def match_events(predicted: list[Event], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one matching of extracted to gold events (rules in the module docstring).

    Returns:
        (index in ``predicted``, index in ``gold``) pairs; ``gold`` as from :func:`gold_events`.
    """
    base = 2 * min(len(predicted), len(gold)) + 3  # above any tier's total: lexicographic weights

    def weight(p: Event, g: dict) -> int:
        if not compatible(p, g):
            return 0
        both_asserted = p.modality == ASSERTED and g["modality"] == ASSERTED
        primary = (p.date == g["date"][0]) + (p.count == g["count"][0])
        return ((both_asserted * base + 1) * base + (p.modality == g["modality"])) * base + primary

    return max_weight_matching([[weight(p, g) for g in gold] for p in predicted])


def _errors(preds: list[Event], golds: list[dict], pairs: list[tuple[int, int]], article: str) -> list[dict]:
    """False positives (extracted asserted events outside an asserted-asserted pair) and
    missed gold asserted events, with the modality of the other side when they were paired."""
    partner_of_pred, partner_of_gold = dict(pairs), {j: i for i, j in pairs}
    out = []
    for i, p in enumerate(preds):
        j = partner_of_pred.get(i)
        if p.modality == ASSERTED and (j is None or golds[j]["modality"] != ASSERTED):
            paired = f"matches a gold {golds[j]['modality']} event" if j is not None else ""
            out.append(
                {
                    "article": article,
                    "error": "false positive",
                    "type": p.type,
                    "date": p.date,
                    "count": p.count,
                    "modality": p.modality,
                    "evidence": p.evidence,
                    "note": paired,
                }
            )
    for j, g in enumerate(golds):
        i = partner_of_gold.get(j)
        if g["modality"] == ASSERTED and (i is None or preds[i].modality != ASSERTED):
            paired = f"extracted as {preds[i].modality}" if i is not None else ""
            out.append(
                {
                    "article": article,
                    "error": "missed",
                    "type": g["type"],
                    "date": g["date"],
                    "count": g["count"],
                    "modality": g["modality"],
                    "evidence": g.get("evidence", ""),
                    "note": paired,
                }
            )
    return out  # fmt: skip


def score_events(predicted: Iterable[Event], gold: list[dict], article: str = "") -> EventScore:
    """Strict one-to-one scores of one article's extracted events against its gold events.

    Args:
        predicted: :class:`Event` items (see :func:`extracted_events`).
        gold: gold events ``{type, date, count, modality, ...}`` (``date``/``count`` a value
            or a list of accepted values, the first primary; modality default asserted).
        article: the article id written in the error list.

    Returns:
        :class:`EventScore` with a :class:`Counts` entry for every type present in either
        side, and the errors: dicts with article, error (``false positive`` or ``missed``),
        type, date, count (gold: the accepted lists), modality, evidence and note (the
        modality of the other side when the event was paired across modalities).
    """
    preds, golds = list(predicted), gold_events(gold)
    pairs = match_events(preds, golds)
    by_type = {t: Counts() for t in {p.type for p in preds} | {g["type"] for g in golds}}
    for t in by_type:
        tp = sum(
            preds[i].type == t and preds[i].modality == ASSERTED and golds[j]["modality"] == ASSERTED for i, j in pairs
        )
        by_type[t] = Counts(
            tp,
            sum(p.type == t and p.modality == ASSERTED for p in preds),
            tp,
            sum(g["type"] == t and g["modality"] == ASSERTED for g in golds),
        )
    modality_ok = sum(preds[i].modality == golds[j]["modality"] for i, j in pairs)
    return EventScore(by_type, len(pairs), modality_ok, _errors(preds, golds, pairs, article))
