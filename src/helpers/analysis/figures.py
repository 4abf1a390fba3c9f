"""The figures of the corpus analysis: the timeline in swim lanes, people released
beside the counts of political prisoners, and one article's events on a time axis.

Inputs are the tables of :mod:`helpers.analysis.timeline` and :mod:`helpers.analysis.reference` (the
reference timeline, Viasna's prisoner counts) and events tables
(:data:`helpers.core.schemas.SCHEMAS` ``["events"]``). Figures are returned, not shown;
inputs are never changed.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from helpers.analysis.reference import SANCTION_CATEGORIES
from helpers.analysis.timeline import _authority_set, cumulative_releases

AUTHORITY_COLOURS = {"US": "#1f4e9c", "EU": "#e0a100", "UK": "#c8102e", "Canada": "#7a3e9d"}
#: context categories -> (marker, colour) in the swim-lane figure
CONTEXT_MARKERS = {"arrest": ("X", "#6b6b6b"), "sentence": ("s", "#6b6b6b"), "protest": ("P", "#6b6b6b"),
                   "election": ("*", "#222222"), "invasion": ("D", "#8b0000"), "designation": ("h", "#6b6b6b"),
                   "award": ("p", "#6b6b6b"), "other": ("o", "#a0a0a0")}
LANES = ("Context", "Sanctions imposed", "Sanctions eased", "Talks & envoy visits", "Releases")


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
        timeline: rows to draw (select the period and authorities first with :func:`helpers.analysis.timeline.select`).
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
        counts: from :func:`helpers.analysis.reference.load_prisoner_counts`.
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
