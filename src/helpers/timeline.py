"""The corpus analysis: releases, talks and sanctions on one time axis, the "deals"
linking them, counts over time, and the claims check of extracted events.

Inputs are the reference timeline (:func:`helpers.reference.load_timeline`), Viasna's
prisoner counts (:func:`helpers.reference.load_prisoner_counts`) and events tables
(:data:`helpers.schemas.SCHEMAS` ``["events"]``). Functions return new frames and never
change their inputs; figures are returned, not shown.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from helpers.reference import SANCTION_CATEGORIES
from helpers.timex_values import timex_interval as calendar_interval

CLAIM_STATUSES = ("confirmed", "date differs", "count differs", "not in the reference")
AUTHORITY_COLOURS = {"US": "#1f4e9c", "EU": "#e0a100", "UK": "#c8102e", "Canada": "#7a3e9d"}
#: context categories -> (marker, colour) in the swim-lane figure
CONTEXT_MARKERS = {"arrest": ("X", "#6b6b6b"), "sentence": ("s", "#6b6b6b"), "protest": ("P", "#6b6b6b"),
                   "election": ("*", "#222222"), "invasion": ("D", "#8b0000"), "designation": ("h", "#6b6b6b"),
                   "award": ("p", "#6b6b6b"), "other": ("o", "#a0a0a0")}
LANES = ("Context", "Sanctions imposed", "Sanctions eased", "Talks & envoy visits", "Releases")
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
        timeline: from :func:`helpers.reference.load_timeline`.
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
        :func:`helpers.timex_values.timex_interval`'s.
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
    :data:`helpers.reference.CATEGORY_EVENT_TYPE`) whose period overlaps the event's
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
        reference: from :func:`helpers.reference.load_timeline`.

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


# --- figures ------------------------------------------------------------------------

def _finish(fig: Figure, ax, *, title: str, source: str, xlabel: str, ylabel: str | None) -> Figure:
    # parse_math=False: a "$" in an article title is a dollar sign, not mathtext
    ax.set_title(title, fontsize=15, loc="left", pad=12, parse_math=False)
    ax.set_xlabel(xlabel, fontsize=12)
    if ylabel:
        ax.set_ylabel(ylabel, fontsize=12)
    ax.tick_params(labelsize=11)
    ax.grid(axis="x", alpha=0.3)
    fig.supxlabel(source, x=0.01, ha="left", fontsize=10, color="#555555", parse_math=False)  # kept clear of legends by the layout
    return fig


def _short_label(row) -> str:
    when = row.date_start.strftime("%-d %b %Y") if row.precision == "day" else row.date_start.strftime("%b %Y")
    if row.category == "release":
        return f"{row.count} freed\n{when}"
    what = {"election": "Election", "invasion": "Invasion of Ukraine"}.get(row.category, row.category)
    return f"{what}\n{when}"


def plot_swimlanes(timeline: pd.DataFrame, *, title: str, source: str, n_labels: int = 6) -> Figure:
    """The timeline in swim lanes: releases (area ~ people), talks and envoy visits,
    sanctions eased and imposed (colour = authority), and context events.

    Args:
        timeline: rows to draw (select the period and authorities first with :func:`select`).
        title: figure title.
        source: the source line printed under the figure.
        n_labels: how many of the largest releases to label (plus elections and the invasion).

    Returns:
        A matplotlib Figure (not shown).
    """
    fig, ax = plt.subplots(figsize=(14, 6.8), layout="constrained")
    lane = {name: i for i, name in enumerate(LANES)}
    offsets = {"US": 0.27, "EU": 0.09, "UK": -0.09, "Canada": -0.27}
    handles = {}
    for row in timeline.itertuples():
        if row.category in SANCTION_CATEGORIES:
            y0 = lane["Sanctions eased" if row.category == "sanction_eased" else "Sanctions imposed"]
            for auth in sorted(_authority_set(row.authority)):
                colour = AUTHORITY_COLOURS[auth]
                h = ax.scatter(row.date_start, y0 + offsets[auth], s=70, zorder=3,
                               marker="^" if row.category == "sanction_eased" else "v",
                               facecolors="none" if row.category == "sanction_renewed" else colour,
                               edgecolors=colour, linewidths=1.5)
                handles.setdefault(f"{auth} sanctions", ax.scatter([], [], marker="s", s=70, color=colour))
        elif row.category == "release":
            size = 25 + 6 * (0 if pd.isna(row.count) else int(row.count))
            ax.scatter(row.date_start, lane["Releases"], s=size, color="#2a7f62", alpha=0.75,
                       edgecolors="white", linewidths=0.8, zorder=3)
        elif row.category == "talks":
            ax.hlines(lane["Talks & envoy visits"], row.date_start, row.date_end, color="#333333", lw=3)
            ax.scatter(row.date_start, lane["Talks & envoy visits"], marker="D", s=55, color="#333333", zorder=3)
        else:
            marker, colour = CONTEXT_MARKERS.get(row.category, CONTEXT_MARKERS["other"])
            ax.scatter(row.date_start, lane["Context"], marker=marker, s=55, color=colour, zorder=3)
    _label(ax, timeline, lane, n_labels)
    legend = [ax.scatter([], [], s=25 + 6 * n, color="#2a7f62", alpha=0.75, label=f"release of {n} people")
              for n in (10, 50, 120)]
    legend += [ax.scatter([], [], marker="v", s=70, color="#555555", label="imposed"),
               ax.scatter([], [], marker="v", s=70, facecolors="none", edgecolors="#555555", label="renewed"),
               ax.scatter([], [], marker="^", s=70, color="#555555", label="eased")]
    for name, h in sorted(handles.items()):
        h.set_label(name)
        legend.append(h)
    for category in sorted(set(timeline["category"]) & set(CONTEXT_MARKERS)):
        marker, colour = CONTEXT_MARKERS[category]
        legend.append(ax.scatter([], [], marker=marker, s=55, color=colour, label=category))
    ax.legend(handles=legend, loc="upper left", bbox_to_anchor=(0, -0.12), ncol=6, fontsize=10.5,
              frameon=False, labelspacing=1.3, handletextpad=1.0, columnspacing=2.2, borderpad=0.8)
    ax.set_yticks(range(len(LANES)), LANES, fontsize=12)
    ax.set_ylim(-0.7, len(LANES) + 0.45)
    return _finish(fig, ax, title=title, source=source, xlabel="Date (day of the event)", ylabel=None)


def _label(ax, timeline: pd.DataFrame, lane: dict, n_labels: int) -> None:
    releases = timeline[timeline["category"] == "release"].dropna(subset=["count"])
    top = releases.nlargest(n_labels, "count").sort_values("date_start")
    span = (timeline["date_end"].max() - timeline["date_start"].min()) if len(timeline) else pd.Timedelta(0)
    level, previous = 0, None
    for row in top.itertuples():  # raise a label when it would collide with the previous one
        close = previous is not None and row.date_start - previous < span * 0.07
        level, previous = (level + 1) % 3 if close else 0, row.date_start
        ax.annotate(_short_label(row), (row.date_start, lane["Releases"]), xytext=(0, 16 + 26 * level),
                    textcoords="offset points", ha="center", va="bottom", fontsize=9.5,
                    arrowprops={"arrowstyle": "-", "color": "#999999", "lw": 0.6})
    context = timeline[timeline["category"].isin(["election", "invasion"])]
    for row in context.itertuples():
        ax.annotate(_short_label(row), (row.date_start, lane["Context"]), xytext=(4, -10),
                    textcoords="offset points", ha="left", va="top", fontsize=9.5, color="#444444")


def plot_releases_vs_prisoners(timeline: pd.DataFrame, counts: pd.DataFrame, *, start: str, end: str,
                               title: str, source: str) -> Figure:
    """Cumulative people released (reference releases from ``start``) beside the counts
    of political prisoners (Viasna; Human Rights Watch marked apart), both in people.

    Args:
        timeline: the reference timeline.
        counts: from :func:`helpers.reference.load_prisoner_counts`.
        start, end: ISO dates bounding the x axis and the cumulative sum.
        title, source: figure title and source line.

    Returns:
        A matplotlib Figure (not shown).
    """
    cum = cumulative_releases(timeline, start=start, end=end)
    fig, ax = plt.subplots(figsize=(12, 5.2), layout="constrained")
    x0, x1 = pd.Timestamp(start), pd.Timestamp(end)
    steps = pd.concat([pd.DataFrame({"date": [x0], "cumulative": [0]}), cum[["date", "cumulative"]],
                       pd.DataFrame({"date": [min(x1, cum["date"].max() if len(cum) else x1)],
                                     "cumulative": [cum["cumulative"].max() if len(cum) else 0]})])
    ax.step(steps["date"], steps["cumulative"], where="post", color="#2a7f62", lw=2.2,
            label=f"people released since {x0:%-d %b %Y} (reference releases)")
    shown = counts[(counts["date_start"] >= x0) & (counts["date_start"] <= x1)]
    for who, style in (("Viasna", {"color": "#b34a1a", "marker": "o"}),
                       ("Human Rights Watch", {"color": "#555555", "marker": "s"})):
        part = shown[shown["counted_by"] == who]
        if len(part):
            ax.plot(part["date_start"], part["count"], ls="-" if who == "Viasna" else "none", lw=1.5,
                    ms=7, label=f"political prisoners held ({who})", **style)
    ax.set_xlim(x0, x1)
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.13), ncol=2, fontsize=10.5, frameon=False)
    return _finish(fig, ax, title=title, source=source, xlabel="Date", ylabel="People")


def plot_article_events(events: pd.DataFrame, *, title: str, source: str) -> Figure:
    """One article's dated events on a time axis, one row per event type; a bar shows
    periods longer than a day (a month, a year). Undated events are left out.

    Args:
        events: an events table (``date_start``, ``date_end``, ``event_type``).
        title, source: figure title and source line.

    Returns:
        A matplotlib Figure (not shown).
    """
    dated = events.dropna(subset=["date_start"]) if len(events) else events
    fig, ax = plt.subplots(figsize=(11, 1.6 + 0.45 * max(1, dated["event_type"].nunique() if len(dated) else 1)),
                           layout="constrained")
    if not len(dated):
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes, fontsize=12)
        ax.set_yticks([])
    else:
        types = sorted(dated["event_type"].unique())
        y = dated["event_type"].map({t: i for i, t in enumerate(types)})
        end = dated["date_end"].fillna(dated["date_start"])
        ax.hlines(y, dated["date_start"], end + pd.Timedelta(days=1), lw=6, color="#9ecae1")
        ax.scatter(dated["date_start"], y, s=40, color="#1f4e9c", zorder=3)
        ax.set_yticks(range(len(types)), types)
        ax.set_ylim(-0.7, len(types) - 0.3)
    return _finish(fig, ax, title=title, source=source, xlabel="Date", ylabel=None)
