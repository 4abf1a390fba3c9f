"""The corpus analysis: releases, talks and sanctions on one time axis, the "deals"
linking them, counts over time, and the claims check of extracted events.

Inputs are the reference timeline (:func:`helpers.analysis.reference.load_timeline`), Viasna's
prisoner counts (:func:`helpers.analysis.reference.load_prisoner_counts`) and events tables
(:data:`helpers.core.schemas.SCHEMAS` ``["events"]``). Functions return new frames and never
change their inputs. The figures drawn from these tables are in :mod:`helpers.analysis.figures`.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

from helpers.analysis.reference import SANCTION_CATEGORIES
from helpers.timexes.intervals import timex_interval as calendar_interval

CLAIM_STATUSES = ("confirmed", "date differs", "count differs", "not in the reference")
_NAME_STOPWORDS = {"belarus", "belarusian", "lukashenko", "president", "minsk", "political",
                   "prisoners", "united", "states", "others", "opposition", "detainees", "people"}


def _ts(value) -> pd.Timestamp | None:
    return None if value in (None, "") else pd.Timestamp(value)


def _authority_set(authority: str) -> set[str]:
    return {a for a in str(authority or "").split("; ") if a}


def select(timeline: pd.DataFrame, *, start: str | None = None, end: str | None = None,
           authorities: Iterable[str] | None = None) -> pd.DataFrame:
    """Rows of the reference timeline within a period and for some sanctioning authorities.

    Args:
        timeline: from :func:`helpers.analysis.reference.load_timeline`.
        start, end: ISO dates, inclusive; a row is kept if its period overlaps them.
        authorities: e.g. ``["EU"]``: keep only the sanctions rows of these authorities
            (other rows are kept). Empty or None: all.

    Returns:
        The matching rows (same columns), sorted by ``date_start``.
    """
    keep = pd.Series(True, index=timeline.index)
    if start:
        keep &= timeline["date_end"] >= pd.Timestamp(start)
    if end:
        keep &= timeline["date_start"] <= pd.Timestamp(end)
    wanted = set(authorities or ())
    if wanted:
        sanction = timeline["category"].isin(SANCTION_CATEGORIES)
        keep &= ~sanction | timeline["authority"].map(lambda a: bool(_authority_set(a) & wanted))
    return timeline[keep].sort_values(["date_start", "ref_id"], ignore_index=True)


def deals(timeline: pd.DataFrame, *, window_days: int = 7, start: str | None = None,
          end: str | None = None) -> pd.DataFrame:
    """Link each release to the talks just before it and the sanctions eased around it.

    A release (day precision, within ``start``..``end``) is linked to talks whose
    period reaches into the ``window_days`` days before it (up to and including the
    release day), and to sanctions eased within ``window_days`` days before or after it.
    Month-precision rows are left out: their lag cannot be measured in days.

    Args:
        timeline: the reference timeline (select authorities first with :func:`select`).
        window_days: the window in days (int, >= 0).
        start, end: ISO dates bounding the releases.

    Returns:
        One row per link, releases without a link omitted: ``release_id``,
        ``release_date`` (datetime64[s]), ``released`` (Int64, people), ``release_target``,
        ``link`` ("talks" or "sanction eased"), ``link_id``, ``link_date`` (datetime64[s],
        first day), ``authority``, ``link_actor``, ``link_target``, ``lag_days`` (int,
        link_date - release_date: negative = before the release), ``link_description``.
    """
    day = timeline[timeline["precision"] == "day"]
    releases = select(day[day["category"] == "release"], start=start, end=end)
    window = pd.Timedelta(days=window_days)
    links = []
    for rel in releases.itertuples():
        talks = day[(day["category"] == "talks") & (day["date_start"] <= rel.date_end)
                    & (day["date_end"] >= rel.date_start - window)]
        eased = day[(day["category"] == "sanction_eased") & (day["date_start"] <= rel.date_end + window)
                    & (day["date_end"] >= rel.date_start - window)]
        for kind, rows in (("talks", talks), ("sanction eased", eased)):
            for link in rows.itertuples():
                links.append({
                    "release_id": rel.ref_id, "release_date": rel.date_start, "released": rel.count,
                    "release_target": rel.target, "link": kind, "link_id": link.ref_id,
                    "link_date": link.date_start, "authority": link.authority,
                    "link_actor": link.actor, "link_target": link.target,
                    "lag_days": int((link.date_start - rel.date_start).days),
                    "link_description": link.description})
    columns = ["release_id", "release_date", "released", "release_target", "link", "link_id",
               "link_date", "authority", "link_actor", "link_target", "lag_days", "link_description"]
    out = pd.DataFrame(links, columns=columns)
    out["released"] = out["released"].astype("Int64")
    out["lag_days"] = out["lag_days"].astype("int64")
    for col in ("release_date", "link_date"):
        out[col] = out[col].astype("datetime64[s]")
    return out.sort_values(["release_date", "link", "link_date"], ignore_index=True)


def cumulative_releases(timeline: pd.DataFrame, *, start: str | None = None,
                        end: str | None = None) -> pd.DataFrame:
    """People released per reference release and their running total from ``start``.

    Returns:
        ``date`` (datetime64[s], first day of the release), ``released`` (int64, people;
        releases without a count add 0), ``cumulative`` (int64), ``ref_id``.
    """
    rel = select(timeline[timeline["category"] == "release"], start=start, end=end)
    out = pd.DataFrame({"date": rel["date_start"], "released": rel["count"].fillna(0).astype("int64"),
                        "ref_id": rel["ref_id"]})
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
        action=lambda d: d["category"].map(lambda c: "eased" if c == "sanction_eased" else "imposed"))
    sanctions = sanctions.explode("authority")
    table = pd.crosstab(sanctions["year"], [sanctions["action"], sanctions["authority"]])
    table.columns = [f"{action}: {authority}" for action, authority in table.columns]
    out = out.join(table, how="outer").fillna(0).astype("int64")
    out.index.name = "year"
    return out


# --- claims check -----------------------------------------------------------------

def timex_interval(value: str | None) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last day covered by a TIMEX3 calendar value, as timestamps.

    Args:
        value: a TIMEX3 value (``2021``, ``2021-07``, ``2021-07-14``, ``2021-W05``,
            ``2021-Q3``, ``199X``), or anything else.

    Returns:
        (start, end) pandas Timestamps (end = the last day, inclusive), or None for
        non-calendar values (durations, ``PRESENT_REF``, None); the interval is
        :func:`helpers.timexes.intervals.timex_interval`'s.
    """
    start, end = calendar_interval(value)
    return None if start is None else (pd.Timestamp(start), pd.Timestamp(end))


def _event_interval(event) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    if pd.notna(event.get("date_start")):
        end = event.get("date_end")
        return pd.Timestamp(event["date_start"]), pd.Timestamp(end if pd.notna(end) else event["date_start"])
    return timex_interval(event.get("date"))


def _names(text: str) -> set[str]:
    ascii_text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return {w.lower() for w in re.findall(r"\b[A-Z][a-zA-Z]{3,}\b", ascii_text)} - _NAME_STOPWORDS


def _counts_agree(event_count, ref, named: bool, qualifier: str | None = None) -> bool:
    if pd.isna(event_count) or pd.isna(ref["count"]):
        return True
    n, r = int(event_count), int(ref["count"])
    if n == r or (n == 1 and named):  # one named person of a group event
        return True
    if qualifier in ("over", "at least"):  # the article's own qualifier ("over 120")
        return r >= n
    if qualifier in ("almost", "under", "up to"):
        return r <= n
    if qualifier == "about":
        return abs(n - r) <= 0.1 * n
    if ref["count_qualifier"] == "about":
        return abs(n - r) <= 0.1 * r
    return ref["count_qualifier"] == "at least" and n >= r


def _match(event, candidates: pd.DataFrame) -> tuple[str, pd.Series | None, str]:
    interval, names = _event_interval(event), _names(f"{event.get('target') or ''} {event.get('actor') or ''}")
    if candidates.empty:
        return "not in the reference", None, "no reference event of this type"
    c = candidates.copy()
    c["named"] = [bool(names & _names(f"{r.target} {r.actor} {r.description}")) for r in c.itertuples()]
    c["date_ok"] = False if interval is None else (c["date_start"] <= interval[1]) & (c["date_end"] >= interval[0])
    qualifier = event.get("count_qualifier", event.get("qualifier"))  # optional extra column
    c["count_ok"] = [_counts_agree(event.get("count"), r, n, qualifier if isinstance(qualifier, str) else None)
                     for (_, r), n in zip(c.iterrows(), c["named"])]
    c["same_count"] = c["count"].eq(event.get("count")).fillna(False) & (c["count"].fillna(0) > 1) \
        if pd.notna(event.get("count")) else False
    c["distance"] = 0 if interval is None else (c["date_start"] - interval[0]).abs().dt.days
    c = c.sort_values(["named", "same_count", "distance"], ascending=[False, False, True])
    if (hit := c[c["date_ok"] & c["count_ok"]]).shape[0]:
        ref = hit.iloc[0]
        compared = pd.notna(event.get("count")) and pd.notna(ref["count"])
        return "confirmed", ref, "same type and date, " + ("counts agree" if compared else "no count to compare")
    same = c["named"] | c["same_count"]  # the same event by name or count
    if (hit := c[c["date_ok"] & same]).shape[0] or (not same.any() and (hit := c[c["date_ok"]]).shape[0]):
        ref = hit.iloc[0]
        return "count differs", ref, f"reference counts {ref['count']}, article {event.get('count')}"
    if (hit := c[same]).shape[0]:
        ref = hit.iloc[0]
        told = "no date in the article" if interval is None else f"article {event.get('date')}"
        return "date differs", ref, f"reference {ref['date']}, {told}"
    if interval is None:
        return "not in the reference", None, "no date in the article; no reference event naming the same people"
    return "not in the reference", None, "no reference event of this type on that date"


def claims_check(events: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """Match extracted events against the reference timeline.

    An event matches a reference row of the same type (reference categories mapped by
    :data:`helpers.analysis.reference.CATEGORY_EVENT_TYPE`) whose period overlaps the event's
    (each at its own precision: "2021-07" covers the month). Counts agree if equal, if
    either is missing, if the event counts one person named in the reference row, within
    10% of an "about" count, or at or above an "at least" count; if the events table has
    an optional ``count_qualifier`` column, "over 120" agrees with 123. Among several rows,
    those naming the event's actor or target (or with the same count, above 1) come
    first, then the nearest date. Status: "confirmed" (date and count agree);
    "count differs" (date agrees, count not); "date differs" (a row naming the same
    people or count on another date, or the event is undated); else "not in the reference".

    Args:
        events: events table(s) (``SCHEMAS["events"]``: ``article_id``, ``event_id``,
            ``event_type``, ``date``, ``date_start``, ``date_end``, ``count``, ...).
        reference: from :func:`helpers.analysis.reference.load_timeline`.

    Returns:
        One row per event: ``article_id``, ``event_id``, ``event_type``, ``modality``,
        ``date``, ``count`` (Int64), ``actor``, ``target``, ``status`` (one of
        :data:`CLAIM_STATUSES`), ``ref_id``, ``ref_date``, ``ref_count`` (Int64),
        ``ref_description``, ``ref_source`` (first URL), ``detail``, ``evidence``.
        "not in the reference" does not mean false: the reference is incomplete.
    """
    rows = []
    for _, event in events.iterrows():
        candidates = reference[reference["event_type"] == event["event_type"]]
        status, ref, detail = _match(event, candidates)
        rows.append({**{k: event.get(k) for k in ("article_id", "event_id", "event_type", "modality",
                                                  "date", "count", "actor", "target")},
                     "status": status, "ref_id": None if ref is None else ref["ref_id"],
                     "ref_date": None if ref is None else ref["date"],
                     "ref_count": None if ref is None else ref["count"],
                     "ref_description": None if ref is None else ref["description"],
                     "ref_source": None if ref is None else ref["sources"].split()[0],
                     "detail": detail, "evidence": event.get("evidence")})
    columns = ["article_id", "event_id", "event_type", "modality", "date", "count", "actor", "target",
               "status", "ref_id", "ref_date", "ref_count", "ref_description", "ref_source",
               "detail", "evidence"]
    out = pd.DataFrame(rows, columns=columns).astype({"count": "Int64", "ref_count": "Int64"})
    return out
