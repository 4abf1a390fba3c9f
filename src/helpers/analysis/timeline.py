"""The corpus analysis: releases, talks and sanctions on one time axis, the "deals"
linking them, and counts over time (the claims check is in :mod:`helpers.analysis.claims`).

Inputs are the reference timeline (:func:`helpers.analysis.reference.load_timeline`), Viasna's
prisoner counts (:func:`helpers.analysis.reference.load_prisoner_counts`) and events tables
(:data:`helpers.core.schemas.SCHEMAS` ``["events"]``). Functions return new frames and never
change their inputs. The figures drawn from these tables are in :mod:`helpers.analysis.figures`.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from helpers.analysis.reference import SANCTION_CATEGORIES

#: the columns of a deals table: a release, one talks or sanctions action linked to it, the lag
DEAL_COLUMNS = [
    "release_id",
    "release_date",
    "released",
    "release_target",
    "link",
    "link_id",
    "link_date",
    "authority",
    "link_actor",
    "link_target",
    "lag_days",
    "link_description",
    "link_note",
]


def _authority_set(authority: str) -> set[str]:
    return {a for a in str(authority or "").split("; ") if a}


def select(
    timeline: pd.DataFrame,
    *,
    start: str | None = None,
    end: str | None = None,
    authorities: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Rows of the reference timeline within a period, for some sanctioning authorities
    and some countries.

    Args:
        timeline: from :func:`helpers.analysis.reference.load_timeline` (or any table with
            ``date_start``, ``date_end``, ``category``, ``authority``, ``ref_id``; and
            ``country`` if ``countries`` is given).
        start, end: ISO dates, inclusive; a row is kept if its period overlaps them.
        authorities: e.g. ``["EU"]``: keep only the sanctions rows of these authorities
            (other rows are kept). Empty or None: all.
        countries: ISO 3166-1 alpha-2 codes (``["BY"]``); empty or None: all.

    Returns:
        The matching rows (same columns), sorted by ``date_start``.
    """
    keep = pd.Series(True, index=timeline.index)
    if start:
        keep &= timeline["date_end"] >= pd.Timestamp(start)
    if end:
        keep &= timeline["date_start"] <= pd.Timestamp(end)
    if countries:
        keep &= timeline["country"].isin(list(countries))
    wanted = set(authorities or ())
    if wanted:
        sanction = timeline["category"].isin(SANCTION_CATEGORIES)
        keep &= ~sanction | timeline["authority"].map(lambda a: bool(_authority_set(a) & wanted))
    return timeline[keep].sort_values(["date_start", "ref_id"], ignore_index=True)


def deals(
    timeline: pd.DataFrame, *, window_days: int = 7, start: str | None = None, end: str | None = None
) -> pd.DataFrame:
    """Link each release to the talks just before it and the sanctions eased around it.

    A release (day precision, within ``start``..``end``) is linked to talks whose
    period reaches into the ``window_days`` days before it (up to and including the
    release day), and to sanctions eased within ``window_days`` days before or after it,
    of the same country when the rows have a ``country``. Month-precision rows are left
    out: their lag cannot be measured in days.

    Args:
        timeline: the reference timeline (select authorities first with :func:`select`).
        window_days: the window in days (int, >= 0).
        start, end: ISO dates bounding the releases.

    Returns:
        One row per link, releases without a link omitted: ``release_id``,
        ``release_date`` (datetime64[s]), ``released`` (Int64, people), ``release_target``,
        ``link`` ("talks" or "sanction eased"), ``link_id``, ``link_date`` (datetime64[s],
        first day), ``authority``, ``link_actor``, ``link_target``, ``lag_days`` (int,
        link_date - release_date: negative = before the release), ``link_description``,
        ``link_note`` (the link's ``count_note``: "~$6 billion" for the Iran waiver; "" if none).
    """
    same_day = timeline[timeline["precision"] == "day"]
    releases = select(same_day[same_day["category"] == "release"], start=start, end=end)
    window = pd.Timedelta(days=window_days)
    links = []
    for rel in releases.itertuples():
        day = same_day if "country" not in timeline else same_day[same_day["country"] == rel.country]
        talks = day[
            (day["category"] == "talks")
            & (day["date_start"] <= rel.date_end)
            & (day["date_end"] >= rel.date_start - window)
        ]
        eased = day[
            (day["category"] == "sanction_eased")
            & (day["date_start"] <= rel.date_end + window)
            & (day["date_end"] >= rel.date_start - window)
        ]
        for kind, rows in (("talks", talks), ("sanction eased", eased)):
            for link in rows.itertuples():
                links.append(
                    {
                        "release_id": rel.ref_id,
                        "release_date": rel.date_start,
                        "released": rel.count,
                        "release_target": rel.target,
                        "link": kind,
                        "link_id": link.ref_id,
                        "link_date": link.date_start,
                        "authority": link.authority,
                        "link_actor": link.actor,
                        "link_target": link.target,
                        "lag_days": int((link.date_start - rel.date_start).days),
                        "link_description": link.description,
                        "link_note": getattr(link, "count_note", ""),
                    }
                )
    columns = DEAL_COLUMNS
    out = pd.DataFrame(links, columns=columns)
    out["released"] = out["released"].astype("Int64")
    out["lag_days"] = out["lag_days"].astype("int64")
    for col in ("release_date", "link_date"):
        out[col] = out[col].astype("datetime64[s]")
    return out.sort_values(["release_date", "link", "link_date"], ignore_index=True)


def cumulative_releases(timeline: pd.DataFrame, *, start: str | None = None, end: str | None = None) -> pd.DataFrame:
    """People released per reference release and their running total from ``start``.

    Returns:
        ``date`` (datetime64[s], first day of the release), ``released`` (int64, people;
        releases without a count add 0), ``cumulative`` (int64), ``ref_id``.
    """
    rel = select(timeline[timeline["category"] == "release"], start=start, end=end)
    out = pd.DataFrame(
        {"date": rel["date_start"], "released": rel["count"].fillna(0).astype("int64"), "ref_id": rel["ref_id"]}
    )
    out["cumulative"] = out["released"].cumsum()
    return out[["date", "released", "cumulative", "ref_id"]]


def actions_per_year(timeline: pd.DataFrame) -> pd.DataFrame:
    """Releases and sanctions actions per year and per authority.

    A sanctions row announced jointly by two authorities ("UK; Canada") counts once for
    each; renewals count as sanctions imposed.

    Returns:
        Index ``year`` (int); columns ``release waves``, ``people released`` (int64), then
        ``imposed: <authority>`` and ``eased: <authority>`` (int64, number of actions).
    """
    tl = timeline.assign(year=timeline["date_start"].dt.year)
    rel = tl[tl["category"] == "release"].groupby("year")
    out = pd.DataFrame({"release waves": rel.size(), "people released": rel["count"].sum()})
    sanctions = tl[tl["category"].isin(SANCTION_CATEGORIES)].assign(
        authority=lambda d: d["authority"].str.split("; "),
        action=lambda d: d["category"].map(lambda c: "eased" if c == "sanction_eased" else "imposed"),
    )
    sanctions = sanctions.explode("authority")
    table = pd.crosstab(sanctions["year"], [sanctions["action"], sanctions["authority"]])
    table.columns = [f"{action}: {authority}" for action, authority in table.columns]
    out = out.join(table, how="outer").fillna(0).astype("int64")
    out.index.name = "year"
    return out


def preceding_links(
    timeline: pd.DataFrame, *, horizon_days: int = 180, start: str | None = None, end: str | None = None
) -> pd.DataFrame:
    """Link each release to the last talks and the last sanctions relief of its country
    before it: the deal an exchange closes often follows months of talks (the Ankara
    exchange of 1 August 2024), where :func:`deals` looks only a few days around it.

    Only rows dated to the day take part. A link began at most ``horizon_days`` days
    before the release (up to and including its day).

    Args:
        timeline: reference-like rows with ``country``, ``ref_id``, ``date_start``,
            ``date_end``, ``precision``, ``category``, ``count``, ``target``, ``authority``,
            ``actor``, ``description`` (:func:`helpers.analysis.reference.load_timeline`,
            or :func:`corpus_timeline`).
        horizon_days: how far back to look (int, >= 0).
        start, end: ISO dates bounding the releases.

    Returns:
        The columns of :func:`deals` plus ``country`` (first): at most one "talks" and one
        "sanction eased" link per release, ``lag_days`` <= 0.
    """
    day = timeline[timeline["precision"] == "day"].sort_values("date_start")
    releases = select(day[day["category"] == "release"], start=start, end=end).sort_values("date_start")
    rel = releases.rename(
        columns={"ref_id": "release_id", "date_start": "release_date", "count": "released", "target": "release_target"}
    )[["country", "release_id", "release_date", "released", "release_target"]]
    frames = []
    for kind, category in (("talks", "talks"), ("sanction eased", "sanction_eased")):
        links = day[day["category"] == category].rename(
            columns={
                "ref_id": "link_id",
                "actor": "link_actor",
                "target": "link_target",
                "description": "link_description",
            }
        )
        links = links.assign(link_date=links["date_start"], link_note=links.get("count_note", ""))[
            [
                "country",
                "link_id",
                "link_date",
                "authority",
                "link_actor",
                "link_target",
                "link_description",
                "link_note",
            ]
        ]
        found = pd.merge_asof(
            rel,
            links.sort_values("link_date"),
            left_on="release_date",
            right_on="link_date",
            by="country",
            direction="backward",
            tolerance=pd.Timedelta(days=horizon_days),
        )
        frames.append(found.dropna(subset=["link_id"]).assign(link=kind))
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    columns = ["country", *DEAL_COLUMNS]
    if out.empty:
        return pd.DataFrame(columns=columns)
    out["lag_days"] = (out["link_date"] - out["release_date"]).dt.days.astype("int64")
    out["released"] = out["released"].astype("Int64")
    return out[columns].sort_values(["country", "release_date", "link"], ignore_index=True)


#: event type -> reference category (the inverse of helpers.analysis.reference.CATEGORY_EVENT_TYPE)
EVENT_CATEGORY = {
    "release": "release",
    "arrest": "arrest",
    "sentence": "sentence",
    "negotiation": "talks",
    "sanction_imposed": "sanction_imposed",
    "sanction_eased": "sanction_eased",
    "election": "election",
    "protest": "protest",
    "military": "invasion",
    "designation": "designation",
}


def corpus_timeline(corpus_events: pd.DataFrame) -> pd.DataFrame:
    """Corpus events as rows of the reference's shape, so that :func:`select`,
    :func:`deals`, :func:`preceding_links` and the swim lanes read them.

    Args:
        corpus_events: from :func:`helpers.analysis.corpus.corpus_events`.

    Returns:
        ``ref_id`` (the corpus event id), ``country``, ``date``, ``date_start``,
        ``date_end``, ``precision`` ("day" or "month" for anything coarser), ``category``,
        ``event_type``, ``authority`` (""), ``actor`` (""), ``target`` (its people),
        ``count``, ``description`` (its articles), ``sources`` (its articles).
    """
    ce = corpus_events
    return pd.DataFrame(
        {
            "ref_id": ce["corpus_event_id"],
            "country": ce["country"],
            "date": ce["date"],
            "date_start": ce["date_start"],
            "date_end": ce["date_end"],
            "precision": ce["precision"].where(ce["precision"] == "day", "month"),
            "category": ce["event_type"].map(EVENT_CATEGORY),
            "event_type": ce["event_type"],
            "authority": "",
            "actor": "",
            "target": ce["people"],
            "count": ce["count"].astype("Int64"),
            "description": "reported by " + ce["articles"],
            "sources": ce["articles"],
        }
    )


def country_deals(
    timeline: pd.DataFrame, *, window_days: int, horizon_days: int, start: str | None = None, end: str | None = None
) -> pd.DataFrame:
    """The deals of one country: :func:`deals` (links within ``window_days``) and
    :func:`preceding_links` (the last talks and relief in ``horizon_days``), one row per
    release and link.

    Returns:
        The columns of :func:`deals` plus ``kind`` ("within 7 d" or "last in 180 d"),
        sorted by ``release_date``, ``link``, ``link_date``.
    """
    near = deals(timeline, window_days=window_days, start=start, end=end).assign(kind=f"within {window_days} d")
    back = preceding_links(timeline, horizon_days=horizon_days, start=start, end=end).assign(
        kind=f"last in {horizon_days} d"
    )
    both = pd.concat([near, back.drop(columns="country")], ignore_index=True)
    return both.drop_duplicates(["release_id", "link_id"]).sort_values(
        ["release_date", "link", "link_date"], ignore_index=True
    )
