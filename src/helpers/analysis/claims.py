"""The claims check: each extracted event against the reference timeline, matched on what
a reader would check.

An event and a reference row are candidates when they share the **country**
(:mod:`helpers.analysis.countries`; a row also stands for the other holding states of its
``authority``: the Ankara exchange is Russia's and Belarus's, Russia's invasion from Belarus
Belarus's and Russia's) and the **type** of event
(:data:`helpers.analysis.reference.CATEGORY_EVENT_TYPE`). A candidate is then judged on:

* **people**, as gazetteer ids (the event's target and ``people``; the row's target; a full
  name the gazetteer lacks, "Marc Fogel", is looked for in the row's target): in
  releases, arrests, sentences and designations a row that names other people is never a
  match, and an event about a group ("the most prominent political prisoners") never
  matches a row about one or two named people (in talks and sanctions a named leader is
  a party, not the subject);
* the **sanctioning authority** named as actor of a sanctions event (U.S., EU, UK, Canada),
  which the row's ``authority`` must include;
* the **date** at the precision of both sides: "2020" overlaps 18 June 2020, "2021-07" the
  whole of July;
* the **count** with its qualifier (from the ``quantities`` table): "over 120" is
  consistent with 123; a count the row's ``count_note`` itemises (10 Americans of a swap)
  is consistent with it; 51 against 52 differs.

Statuses, best first (:data:`CLAIM_STATUSES`): ``confirmed`` (same date at the event's
precision or finer, same count or none to compare), ``consistent`` (agrees at a coarser
date, or through a qualifier or a part of the count), ``count differs``, ``date differs``
(a row naming the same people, or giving the same count, on another date), ``undated``
(the event has no date; the candidate row is shown) and ``not in the reference`` (which does
not mean false: the reference is curated and incomplete).

The check is one join (:meth:`pandas.DataFrame.merge` on country and type), columns
computed over all candidate pairs, and the best pair kept per event.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.analysis.countries import country_codes, gazetteer_keys, text_countries
from helpers.entities.gazetteer import normalize
from helpers.lexicon.countries import COUNTERPARTS
from helpers.timexes.intervals import timex_interval

CLAIM_STATUSES = ("confirmed", "consistent", "count differs", "date differs", "undated", "not in the reference")
#: sanctioning states as the countries module codes them -> the reference's authority names
AUTHORITY_NAMES = {"US": "US", "EU": "EU", "GB": "UK", "CA": "Canada"}
#: event types about named people (whose people must agree); in talks or sanctions a
#: named leader is a party, not the subject
PERSON_TYPES = ("release", "arrest", "sentence", "designation")
COLUMNS = [
    "article_id",
    "event_id",
    "sentence_id",
    "event_type",
    "modality",
    "country",
    "date",
    "count",
    "qualifier",
    "people",
    "actor",
    "target",
    "status",
    "ref_id",
    "ref_date",
    "ref_count",
    "ref_count_note",
    "ref_description",
    "ref_source",
    "detail",
    "evidence",
]
_RANK = {s: i for i, s in enumerate(CLAIM_STATUSES)}


def reported_numbers(events: pd.DataFrame) -> pd.Series:
    """The number each event reports, as the reference timeline counts it: ``count`` (people
    freed, held, sentenced or protesting), and for a sanction its ``n_targets`` (the reference
    counts a sanction's listings: ``timeline.csv`` ``count_unit``).

    Args:
        events: ``count`` (Int64) and, optionally, ``n_targets`` (Int64).

    Returns:
        An Int64 Series aligned on ``events.index``.
    """
    count = events["count"].astype("Int64")
    return count.fillna(events["n_targets"].astype("Int64")) if "n_targets" in events else count


def event_qualifiers(events: pd.DataFrame, quantities: pd.DataFrame | None) -> pd.Series:
    """The qualifier of each event's count ("over" for "over 120 prisoners"): the
    qualifier of the quantity of the same sentence with the same value.

    Args:
        events: ``article_id``, ``sentence_id``, ``count`` (Int64).
        quantities: the quantities table (``article_id``, ``sentence_id``, ``value``,
            ``qualifier``), or None.

    Returns:
        A str Series aligned on ``events.index``: the qualifier, "exact" when the count
        has no quantity of its own, None when the event has no count.
    """
    out = pd.Series(np.where(events["count"].notna(), "exact", None), index=events.index, dtype=object)
    if quantities is None or quantities.empty or events.empty:
        return out
    q = quantities[["article_id", "sentence_id", "value", "qualifier"]].drop_duplicates(
        ["article_id", "sentence_id", "value"]
    )
    keyed = (
        events[["article_id", "sentence_id", "count"]]
        .reset_index()
        .assign(value=lambda d: d["count"].astype("float64"))
    )
    found = keyed.merge(q, on=["article_id", "sentence_id", "value"], how="inner").set_index("index")["qualifier"]
    out.loc[found.index] = found
    return out


def event_intervals(events: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """First and last day (datetime64[s], NaT if undated) of each event's date: its
    ``date_start``/``date_end`` columns, else the interval of its TIMEX3 ``date``
    (:func:`helpers.timexes.intervals.timex_interval`)."""
    parsed = events["date"].map(lambda v: timex_interval(v) if isinstance(v, str) else (None, None))
    start = pd.to_datetime(events["date_start"]).fillna(pd.to_datetime(parsed.str[0]))
    end = pd.to_datetime(events["date_end"]).fillna(start.where(events["date_start"].notna()))
    end = end.fillna(pd.to_datetime(parsed.str[1]))
    return start.astype("datetime64[s]"), end.astype("datetime64[s]")


def _prepare_events(events: pd.DataFrame, quantities: pd.DataFrame | None) -> pd.DataFrame:
    ev = events.reset_index(drop=True).copy()
    for col in ("people", "country", "actor", "target"):
        if col not in ev:
            ev[col] = None
    ev["_key"] = ev.index
    ev["count"] = reported_numbers(ev)
    ev["qualifier"] = event_qualifiers(ev, quantities)
    ev["_start"], ev["_end"] = event_intervals(ev)
    ev["_ids"] = [gazetteer_keys(f"{t}; {p}") for t, p in zip(ev["target"].fillna(""), ev["people"].fillna(""))]
    ev["_orgs"] = ev["target"].map(lambda t: gazetteer_keys(t, ("organisation",)))
    ev["_names"] = (
        ev["people"]
        .fillna("")
        .map(lambda p: tuple(normalize(n) for n in p.split("; ") if " " in n.strip()))
        .astype(object)
    )
    ev["_authority"] = [
        frozenset(AUTHORITY_NAMES[c] for c in text_countries(a) if c in AUTHORITY_NAMES) for a in ev["actor"]
    ]
    return ev


def _prepare_reference(reference: pd.DataFrame) -> pd.DataFrame:
    ref = reference.dropna(subset=["event_type"]).rename(columns=lambda c: c if c == "ref_id" else f"ref_{c}")
    ref = ref.rename(columns={"ref_country": "country", "ref_event_type": "event_type"})
    ref["_rids"] = ref["ref_target"].map(gazetteer_keys)
    ref["_rorgs"] = ref["ref_target"].map(lambda t: gazetteer_keys(t, ("organisation",)))
    ref["_rauth"] = ref["ref_authority"].map(lambda a: frozenset(x for x in a.split("; ") if x))
    ref["_countries"] = [
        sorted({c, *(country_codes().get(normalize(a)) for a in auth)} - {None} - COUNTERPARTS | {c})
        for c, auth in zip(ref["country"], ref["_rauth"])
    ]
    ref = ref.rename(columns={"country": "ref_country"}).explode("_countries").rename(columns={"_countries": "country"})
    ref["_parts"] = (
        ref["ref_count_note"]
        .str.replace(",", "")
        .str.findall(r"\d+")
        .map(lambda xs: frozenset(int(x) for x in xs if not 1900 <= int(x) <= 2100))
    )  # counts, not years
    return ref


def _count_state(pairs: pd.DataFrame, shared: pd.Series) -> pd.Series:
    """ "equal", "part" (a number the row's note itemises), "consistent" (through a
    qualifier), "differs" or "none" (nothing to compare) per candidate pair."""
    n, r = pairs["count"].astype("float64"), pairs["ref_count"].astype("float64")
    q, rq = pairs["qualifier"].fillna("exact"), pairs["ref_count_qualifier"].fillna("")
    equal = (n == r) | ((n == 1) & shared)
    consistent = (
        (q.isin(["over", "at least"]) & (r >= n))
        | (q.isin(["almost", "under", "up to"]) & (r <= n))
        | ((q == "about") & ((n - r).abs() <= 0.1 * n))
        | ((rq == "about") & ((n - r).abs() <= 0.1 * r))
        | ((rq == "at least") & (n >= r))
        | ((rq == "over") & (n > r))
    )
    part = pd.Series([v in parts for v, parts in zip(n, pairs["_parts"])], index=pairs.index, dtype=bool)
    state = np.select(
        [n.isna() | r.isna(), equal, part, consistent], ["none", "equal", "part", "consistent"], "differs"
    )
    return pd.Series(state, index=pairs.index)


def _judge(pairs: pd.DataFrame) -> pd.DataFrame:
    """Add ``status`` (or None: not a match) and ``_shared`` to every candidate pair."""
    target = pairs["ref_target"].map(normalize)
    shared = pd.Series(
        [
            bool(a & b) or any(n in t for n in names)
            for a, b, names, t in zip(pairs["_ids"], pairs["_rids"], pairs["_names"], target)
        ],
        index=pairs.index,
        dtype=bool,
    )
    shared_org = pd.Series(
        [bool(a & b) for a, b in zip(pairs["_orgs"], pairs["_rorgs"])], index=pairs.index, dtype=bool
    )
    about_people = pairs["event_type"].isin(PERSON_TYPES)
    named_e, named_r = pairs["_ids"].map(bool) | pairs["_names"].map(bool), pairs["_rids"].map(bool)
    individual = about_people & (
        (named_r & (pairs["ref_count"].isna() | (pairs["ref_count"].fillna(0) <= 2)))
        | pairs["ref_count"].eq(1).fillna(False)
    )
    people_ok = shared | (~named_e & ~individual) | (named_e & ~named_r) | (named_e & ~about_people)
    auth_ok = pd.Series(
        [not a or bool(a & b) for a, b in zip(pairs["_authority"], pairs["_rauth"])], index=pairs.index, dtype=bool
    )
    dated = pairs["_start"].notna()
    overlap = dated & (pairs["_start"] <= pairs["ref_date_end"]) & (pairs["_end"] >= pairs["ref_date_start"])
    finer = (pairs["_end"] - pairs["_start"]) <= (pairs["ref_date_end"] - pairs["ref_date_start"])
    count = _count_state(pairs, shared)
    same = (shared & about_people) | shared_org | (count.isin(["equal", "part"]) & (pairs["count"].fillna(0) > 1))
    ok = people_ok & auth_ok
    status = np.select(
        [
            ok & overlap & count.isin(["equal", "none"]) & finer,
            ok & overlap & (count != "differs"),
            ok & overlap,
            ok & dated & ~overlap & same,
            ok & ~dated & same,
        ],
        ["confirmed", "consistent", "count differs", "date differs", "undated"],
        None,
    )
    return pairs.assign(status=status, _shared=shared, _count=count)


def _detail(best: pd.DataFrame) -> pd.Series:
    date = best["date"].fillna("no date")
    count = best["count"].astype("string").fillna("none")
    ref_count = best["ref_count"].astype("string").fillna("none")
    texts = {
        "confirmed": "same people, date and count",
        "consistent": "agrees at the precision or qualifier of the article",
        "count differs": "reference counts " + ref_count + ", article " + count,
        "date differs": "reference " + best["ref_date"].fillna("") + ", article " + date,
        "undated": "no date in the article; candidate row shown",
    }
    out = pd.Series("no reference row of this country and type agrees", index=best.index, dtype=object)
    for status, text in texts.items():
        mask = best["status"] == status
        out[mask] = text[mask] if isinstance(text, pd.Series) else text
    return out


def claims_check(events: pd.DataFrame, reference: pd.DataFrame, quantities: pd.DataFrame | None = None) -> pd.DataFrame:
    """Match extracted events against the reference timeline (rules: module docstring).

    Args:
        events: events table(s) (``SCHEMAS["events"]`` with ``country``; ``people`` optional).
        reference: from :func:`helpers.analysis.reference.load_timeline`.
        quantities: the quantities table(s) of the same articles, for count qualifiers
            ("over 120"); None: every count is taken as exact.

    Returns:
        One row per event, in the events' order: :data:`COLUMNS` — the event (``date``,
        ``count`` Int64, ``qualifier``, ``people``...), ``status`` (one of
        :data:`CLAIM_STATUSES`), the reference row (``ref_id``, ``ref_date``, ``ref_count``
        Int64, ``ref_count_note``, ``ref_description``, ``ref_source``: its first URL;
        empty for "not in the reference"), ``detail`` (why) and ``evidence`` (the article's
        sentence).
    """
    ev = _prepare_events(events, quantities)
    pairs = ev.merge(_prepare_reference(reference), on=["country", "event_type"], how="inner")
    pairs = _judge(pairs).dropna(subset=["status"])
    pairs = pairs.assign(_rank=pairs["status"].map(_RANK), _distance=(pairs["ref_date_start"] - pairs["_start"]).abs())
    best = pairs.sort_values(
        ["_key", "_rank", "_shared", "_distance", "ref_id"], ascending=[True, True, False, True, True]
    ).drop_duplicates("_key")
    ref_cols = ["ref_id", "ref_date", "ref_count", "ref_count_note", "ref_description", "ref_sources", "status"]
    out = ev.merge(best[["_key", *ref_cols]], on="_key", how="left")
    out["status"] = out["status"].fillna("not in the reference")
    out["ref_source"] = out["ref_sources"].str.split().str[0]
    out["detail"] = _detail(out)
    out["count"], out["ref_count"] = out["count"].astype("Int64"), out["ref_count"].astype("Int64")
    for col in COLUMNS:
        if col not in out:
            out[col] = None
    return out[COLUMNS]


def article_claims(processed_dir, article_id: str, reference: pd.DataFrame | None = None) -> pd.DataFrame:
    """The claims check of one processed article, as notebook 01 shows it.

    Args:
        processed_dir: the processed folder (read with :func:`helpers.core.store.read_table`).
        article_id: the article.
        reference: the reference timeline (default: :func:`helpers.analysis.reference.load_timeline`).

    Returns:
        :func:`claims_check` of the article's events (with its quantities), sorted by date.

    Raises:
        FileNotFoundError: the article has no processed tables.
    """
    from helpers.analysis.reference import load_timeline
    from helpers.core import store

    events = store.read_table(processed_dir, "events", article_id)
    quantities = store.read_table(processed_dir, "quantities", article_id)
    return claims_check(events, load_timeline() if reference is None else reference, quantities)
