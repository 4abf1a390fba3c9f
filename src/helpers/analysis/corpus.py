"""Corpus events: one row per real-world event reported by one or more articles.

Two event mentions (rows of the events tables, asserted or announced, dated, with a
country) report the same real-world event when they share the country and the type and:

* their dates overlap at their precision and they do not name different people
  (releases, arrests, sentences, designations: gazetteer ids or full names), and either
  both are dated to the day or they share people or a count above one; or
* both are dated to the day, at most :data:`DATE_SLACK_DAYS` apart, and they share people
  or a count above one ("52 freed on 11 September" and "52 freed on 1 September": one
  event, the dates disagree); or
* they are elections, protests or military action (:data:`ONE_AT_A_TIME`) with the same
  month or year and no people named (the August 2020 election of five articles).

Mentions linked this way, directly or through others, form one event (connected
components, :func:`scipy.sparse.csgraph.connected_components`). Its date is the one most
reported at the finest precision, its count the exact count most reported (the larger on
a tie; "over 120" is listed, never a disagreement); every other date or count is a
disagreement. Two counts within 25% of each other are
the same number reported differently (52 announced, 51 in effect); counts further apart
count different things (10 Americans, 252 Venezuelans) and are listed, not flagged.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from helpers.analysis.claims import PERSON_TYPES, event_intervals, event_qualifiers, reported_numbers
from helpers.analysis.countries import gazetteer_keys
from helpers.entities.gazetteer import normalize

DATE_SLACK_DAYS = 14
MODALITIES = ("asserted", "announced")
#: types of which a country has one at a time: two mentions with the same month or year are one
ONE_AT_A_TIME = ("election", "protest", "military")
COLUMNS = [
    "corpus_event_id",
    "country",
    "event_type",
    "date",
    "date_start",
    "date_end",
    "precision",
    "count",
    "n_articles",
    "n_mentions",
    "articles",
    "people",
    "dates",
    "counts",
    "date_disagreement",
    "count_disagreement",
    "disagreements",
    "sentences",
]


def _mentions(events: pd.DataFrame, quantities: pd.DataFrame | None) -> pd.DataFrame:
    ev = events.reset_index(drop=True).copy()
    for col in ("people", "country", "target"):
        if col not in ev:
            ev[col] = None
    ev["count"] = reported_numbers(ev)
    ev["qualifier"] = event_qualifiers(ev, quantities)
    ev["_start"], ev["_end"] = event_intervals(ev)
    keep = ev["modality"].isin(MODALITIES) & ev["_start"].notna() & ev["country"].notna()
    ev = ev[keep].reset_index(drop=True)
    ev["_day"] = ev["_start"] == ev["_end"]
    ev["_ids"] = [
        gazetteer_keys(f"{t}; {p}") | {normalize(n) for n in str(p).split("; ") if " " in n.strip()}
        for t, p in zip(ev["target"].fillna(""), ev["people"].fillna(""))
    ]
    return ev


def _links(ev: pd.DataFrame) -> pd.DataFrame:
    """Pairs of mentions (index ``i`` < ``j``) that report the same event."""
    left = ev.reset_index().rename(columns={"index": "i"})
    pairs = left.merge(left, on=["country", "event_type"], suffixes=("", "_r")).rename(columns={"i_r": "j"})
    pairs = pairs[pairs["i"] < pairs["j"]]
    shared = pd.Series([bool(a & b) for a, b in zip(pairs["_ids"], pairs["_ids_r"])], index=pairs.index, dtype=bool)
    conflict = pairs["event_type"].isin(PERSON_TYPES) & pairs["_ids"].map(bool) & pairs["_ids_r"].map(bool) & ~shared
    same_count = (pairs["count"] == pairs["count_r"]).fillna(False).astype(bool) & (pairs["count"].fillna(0) > 1)
    identity = shared | same_count
    overlap = (pairs["_start"] <= pairs["_end_r"]) & (pairs["_end"] >= pairs["_start_r"])
    both_days = pairs["_day"] & pairs["_day_r"]
    near = (pairs["_start"] - pairs["_start_r"]).abs() <= pd.Timedelta(days=DATE_SLACK_DAYS)
    same_span = (pairs["_start"] == pairs["_start_r"]) & (pairs["_end"] == pairs["_end_r"])
    anonymous = pairs["event_type"].isin(ONE_AT_A_TIME) & ~pairs["_ids"].map(bool) & ~pairs["_ids_r"].map(bool)
    linked = ~conflict & ((overlap & (both_days | identity)) | (both_days & near & identity) | (same_span & anonymous))
    return pairs.loc[linked, ["i", "j"]]


def link_events(events: pd.DataFrame, quantities: pd.DataFrame | None = None) -> pd.DataFrame:
    """The event mentions that take part in corpus events, each with its corpus event.

    Args:
        events: events tables of several articles (``SCHEMAS["events"]`` with ``country``;
            ``people`` optional).
        quantities: their quantities tables (for count qualifiers), or None.

    Returns:
        The asserted or announced, dated events with a country (same columns) plus
        ``qualifier``, ``date_start``/``date_end`` filled from ``date`` where missing, and
        ``corpus_event_id`` (str, ``C0001``... numbered by date, country and type).
    """
    ev = _mentions(events, quantities)
    if ev.empty:
        return ev.assign(corpus_event_id=pd.Series(dtype=object))
    links = _links(ev)
    graph = coo_matrix((np.ones(len(links)), (links["i"], links["j"])), shape=(len(ev), len(ev)))
    _, labels = connected_components(graph, directed=False)
    ev["_component"] = labels
    first = ev.groupby("_component").agg(
        start=("_start", "min"), country=("country", "first"), event_type=("event_type", "first")
    )
    order = first.sort_values(["start", "country", "event_type"]).index
    ids = {component: f"C{n:04d}" for n, component in enumerate(order, 1)}
    ev["corpus_event_id"] = ev["_component"].map(ids)
    ev["date_start"], ev["date_end"] = ev["_start"], ev["_end"]
    return ev.drop(columns=[c for c in ev.columns if c.startswith("_")])


def _listing(values: pd.Series, articles: pd.Series) -> str:
    """ "52 (a, b); 51 (c)": each distinct value with the articles giving it, most given first."""
    table = pd.DataFrame({"v": values.astype(str), "a": articles}).dropna()
    table = table[table["v"].ne("<NA>") & table["v"].ne("None")]
    grouped = table.groupby("v")["a"].agg(lambda a: sorted(set(a)))
    grouped = grouped.loc[grouped.map(len).sort_values(ascending=False, kind="stable").index]
    return "; ".join(f"{v} ({', '.join(a)})" for v, a in grouped.items())


def _alone(row) -> dict:
    """:func:`_consolidate` of an event reported once (most of them), without pandas: the same
    values, at a hundredth of the cost."""
    exact = pd.isna(row.qualifier) or row.qualifier == "exact"
    count = None if pd.isna(row.count) else int(row.count)
    given = f"{'' if exact else row.qualifier} {count}".strip()
    people = sorted({n for n in ("" if pd.isna(row.people) else row.people).split("; ") if n})
    return {
        "country": row.country,
        "event_type": row.event_type,
        "date": row.date,
        "date_start": row.date_start,
        "date_end": row.date_end,
        "precision": "day" if row.date_start == row.date_end else "coarser",
        "count": count if exact else None,
        "n_articles": 1,
        "n_mentions": 1,
        "articles": row.article_id,
        "people": "; ".join(people),
        "dates": f"{row.date} ({row.article_id})",
        "counts": f"{given} ({row.article_id})" if count is not None else "",
        "date_disagreement": False,
        "count_disagreement": False,
        "disagreements": "",
        "sentences": f"[{row.article_id}] {row.evidence}",
    }


def _consolidate(group: pd.DataFrame) -> dict:
    span = group["date_end"] - group["date_start"]
    finest = group[span == span.min()]
    date = finest["date"].value_counts().sort_index(ascending=False, kind="stable").idxmax()
    pick = finest[finest["date"] == date].iloc[0]
    exact = group["qualifier"].fillna("exact").eq("exact")
    counts = group.loc[exact, "count"].dropna().astype(int)
    given = (group["qualifier"].where(~exact, "").fillna("") + " " + group["count"].astype("string")).str.strip()
    tally = counts.value_counts()
    count = int(max(tally[tally == tally.max()].index)) if len(tally) else None
    close = [c for c in tally.index if count and c != count and abs(c - count) <= 0.25 * count]
    dates = group.loc[span == span.min(), "date"].nunique() > 1
    notes = []
    if dates:
        notes.append("dates: " + _listing(finest["date"], finest["article_id"]))
    if close:
        notes.append("counts: " + _listing(counts, group.loc[counts.index, "article_id"]))
    people = sorted({n for p in group["people"].fillna("") for n in p.split("; ") if n})
    return {
        "country": pick["country"],
        "event_type": pick["event_type"],
        "date": date,
        "date_start": pick["date_start"],
        "date_end": pick["date_end"],
        "precision": "day" if pick["date_start"] == pick["date_end"] else "coarser",
        "count": count,
        "n_articles": group["article_id"].nunique(),
        "n_mentions": len(group),
        "articles": "; ".join(sorted(group["article_id"].unique())),
        "people": "; ".join(people),
        "dates": _listing(group["date"], group["article_id"]),
        "counts": _listing(given[group["count"].notna()], group.loc[group["count"].notna(), "article_id"]),
        "date_disagreement": bool(dates),
        "count_disagreement": bool(close),
        "disagreements": " | ".join(notes),
        "sentences": "\n".join(
            f"[{r.article_id}] {r.evidence}" for r in group.drop_duplicates(["article_id", "sentence_id"]).itertuples()
        ),
    }


def corpus_events(linked: pd.DataFrame) -> pd.DataFrame:
    """One row per corpus event (rules: module docstring).

    Args:
        linked: from :func:`link_events`.

    Returns:
        :data:`COLUMNS`: ``corpus_event_id``; ``country``, ``event_type``; the consolidated
        ``date`` (TIMEX3), ``date_start``/``date_end`` (datetime64[s]), ``precision`` ("day"
        or "coarser"), ``count`` (Int64); ``n_articles``, ``n_mentions``, ``articles``
        ("; "-joined ids), ``people``; ``dates`` and ``counts`` (each value with the
        articles that give it, "52 (a, b); 51 (c)"); ``date_disagreement``,
        ``count_disagreement`` (bool) and ``disagreements`` (text); ``sentences`` (every
        reporting sentence, "[article] sentence", one per line). Sorted by date.
    """
    if linked.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})
    sizes = linked["corpus_event_id"].map(linked["corpus_event_id"].value_counts())
    rows = [{"corpus_event_id": row.corpus_event_id, **_alone(row)} for row in linked[sizes == 1].itertuples()]
    rows += [
        {"corpus_event_id": cid, **_consolidate(group)} for cid, group in linked[sizes > 1].groupby("corpus_event_id")
    ]
    out = pd.DataFrame(rows, columns=COLUMNS)
    out["count"] = out["count"].astype("Int64")
    for col in ("date_start", "date_end"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[s]")
    return out.sort_values(["date_start", "corpus_event_id"], ignore_index=True)
