"""The figures of the reports, and their one shared style.

Every figure of every notebook goes through :func:`new_figure` (size, fonts, the
colour-blind-safe palette) and :func:`finish` (title, axis labels with units, source
line), so a style change is made here once. Dates are drawn at their precision with
:func:`draw_when`: a day is a point, a month or a year is a bar over the whole period
(never a point on the 1st of January).

Colours are the Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008,
https://jfly.uni-koeln.de/color/), safe for the common forms of colour blindness, plus
a grey. Figures are returned, not shown; inputs are never changed.

Inputs are the tables of :mod:`helpers.analysis.timeline` and :mod:`helpers.analysis.reference`
(the reference timeline, Viasna's prisoner counts) and events tables
(:data:`helpers.core.schemas.SCHEMAS` ``["events"]``).
"""

from __future__ import annotations

import base64
import html
import io

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.analysis.reference import SANCTION_CATEGORIES
from helpers.analysis.timeline import _authority_set, cumulative_releases
from helpers.reports.words import EVENT_LABELS

#: Okabe-Ito colours by name, plus grey for context
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "grey": "#8C8C8C",
}
AUTHORITY_COLOURS = {
    "US": OKABE_ITO["blue"],
    "EU": OKABE_ITO["orange"],
    "UK": OKABE_ITO["vermillion"],
    "Canada": OKABE_ITO["reddish purple"],
}
#: event type (helpers.core.schemas.EVENT_TYPES) -> colour; labels: :data:`helpers.reports.words.EVENT_LABELS`
EVENT_COLOURS = {
    "release": OKABE_ITO["bluish green"],
    "negotiation": OKABE_ITO["blue"],
    "sanction_eased": OKABE_ITO["sky blue"],
    "sanction_imposed": OKABE_ITO["vermillion"],
    "arrest": OKABE_ITO["black"],
    "sentence": OKABE_ITO["reddish purple"],
    "designation": OKABE_ITO["grey"],
    "protest": OKABE_ITO["orange"],
    "election": OKABE_ITO["grey"],
    "military": OKABE_ITO["grey"],
}
#: context categories of the reference timeline -> (marker, colour) in the swim-lane figure
CONTEXT_MARKERS = {
    "arrest": ("X", OKABE_ITO["grey"]),
    "sentence": ("s", OKABE_ITO["grey"]),
    "protest": ("P", OKABE_ITO["grey"]),
    "election": ("*", OKABE_ITO["black"]),
    "invasion": ("D", OKABE_ITO["black"]),
    "designation": ("h", OKABE_ITO["grey"]),
    "award": ("p", OKABE_ITO["grey"]),
    "other": ("o", "#B0B0B0"),
}
LANES = ("Context", "Sanctions imposed", "Sanctions eased", "Talks & envoy visits", "Releases")
#: widest figure in inches: at 100 dpi it fits the report column (1,280 px window) unscaled
WIDTH = 11.5
RC = {
    "font.size": 11,
    "axes.titlesize": 15,
    "axes.labelsize": 12,
    "xtick.labelsize": 11,
    "ytick.labelsize": 11,
    "legend.fontsize": 10.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": mpl.cycler(color=list(OKABE_ITO.values())[1:]),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "figure.facecolor": "white",
}


def new_figure(height: float, width: float = WIDTH) -> tuple[Figure, Axes]:
    """A figure with one axes in the house style (:data:`RC`, constrained layout).

    Args:
        height: in inches.
        width: in inches (default :data:`WIDTH`, the width of a report's column).

    Returns:
        (figure, axes); the style applies to this figure only, matplotlib's global
        settings are left alone.
    """
    with mpl.rc_context(RC):
        fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    return fig, ax


def finish(fig: Figure, ax: Axes, *, title: str, source: str, xlabel: str, ylabel: str | None) -> Figure:
    """Title (left), axis labels, light grid and a grey source line under the figure.

    Args:
        title: what the figure shows; ``$`` is a dollar sign, not mathtext.
        source: where the data come from, e.g. ``"Source: Viasna (spring96.org)"``.
        xlabel, ylabel: axis labels with their unit, e.g. ``"People"``; None for no label.

    Returns:
        ``fig``, for chaining.
    """
    ax.set_title(title, fontsize=RC["axes.titlesize"], loc="left", pad=12, parse_math=False)
    ax.set_xlabel(xlabel, fontsize=RC["axes.labelsize"])
    if ylabel:
        ax.set_ylabel(ylabel, fontsize=RC["axes.labelsize"])
    ax.tick_params(labelsize=RC["xtick.labelsize"])
    ax.grid(axis="x", alpha=0.3)
    fig.supxlabel(source, x=0.01, ha="left", fontsize=10, color="#555555", parse_math=False)
    return fig


def draw_when(
    ax: Axes, y: float, start, end, *, colour: str, marker: str = "o", size: float = 55, height: float = 0.5, **scatter
) -> None:
    """Draw one dated thing at its precision: a point for one day, else a bar.

    Args:
        y: the row (lane) on the y axis.
        start, end: first and last day (timestamps; ``end`` inclusive, None = ``start``).
        colour, marker, size: of the point; the bar has the colour, lighter.
        height: of the bar, in y units.
        scatter: extra keyword arguments for the point (``facecolors``, ``edgecolors``...).
    """
    start = pd.Timestamp(start)
    end = start if end is None or pd.isna(end) else pd.Timestamp(end)
    if end > start:
        days = (end - start).days + 1
        ax.barh(
            y,
            pd.Timedelta(days=days),
            left=start,
            height=height,
            color=colour,
            alpha=0.35,
            edgecolor=colour,
            linewidth=1.2,
            zorder=2,
        )
    else:
        ax.scatter(start, y, marker=marker, s=size, color=colour, zorder=3, **scatter)


def plot_swimlanes(timeline: pd.DataFrame, *, title: str, source: str, n_labels: int = 6) -> Figure:
    """The timeline in swim lanes: releases (area ~ people), talks and envoy visits,
    sanctions eased and imposed (colour = authority), and context events. Rows known
    only to the month are bars over the month.

    Args:
        timeline: rows to draw (select the period and authorities first with :func:`helpers.analysis.timeline.select`).
        title: figure title.
        source: the source line printed under the figure.
        n_labels: how many of the largest releases to label (plus elections and the invasion).

    Returns:
        A matplotlib Figure (not shown).
    """
    fig, ax = new_figure(6.8)
    lane = {name: i for i, name in enumerate(LANES)}
    offsets = {"US": 0.27, "EU": 0.09, "UK": -0.09, "Canada": -0.27}
    for row in timeline.itertuples():
        end = row.date_end if row.precision == "month" else None
        if row.category in SANCTION_CATEGORIES:
            y0 = lane["Sanctions eased" if row.category == "sanction_eased" else "Sanctions imposed"]
            for auth in sorted(_authority_set(row.authority)):
                colour = AUTHORITY_COLOURS[auth]
                draw_when(
                    ax,
                    y0 + offsets[auth],
                    row.date_start,
                    end,
                    colour=colour,
                    size=70,
                    height=0.16,
                    marker="^" if row.category == "sanction_eased" else "v",
                    facecolors="none" if row.category == "sanction_renewed" else colour,
                    edgecolors=colour,
                    linewidths=1.5,
                )
        elif row.category == "release":
            size = 25 + 6 * (0 if pd.isna(row.count) else int(row.count))
            draw_when(
                ax,
                lane["Releases"],
                row.date_start,
                end,
                colour=OKABE_ITO["bluish green"],
                size=size,
                alpha=0.75,
                edgecolors="white",
                linewidths=0.8,
            )
        elif row.category == "talks":
            ax.hlines(lane["Talks & envoy visits"], row.date_start, row.date_end, color=OKABE_ITO["blue"], lw=3)
            draw_when(ax, lane["Talks & envoy visits"], row.date_start, end, colour=OKABE_ITO["blue"], marker="D")
        else:
            marker, colour = CONTEXT_MARKERS.get(row.category, CONTEXT_MARKERS["other"])
            draw_when(ax, lane["Context"], row.date_start, end, colour=colour, marker=marker)
    _label(ax, timeline, lane, n_labels)
    ax.legend(
        handles=_swimlane_legend(ax, timeline),
        loc="upper left",
        bbox_to_anchor=(0, -0.12),
        ncol=5,
        frameon=False,
        labelspacing=1.3,
        handletextpad=1.0,
        columnspacing=2.0,
        borderpad=0.8,
    )
    ax.set_yticks(range(len(LANES)), LANES, fontsize=12)
    ax.set_ylim(-0.7, len(LANES) + 0.45)
    return finish(fig, ax, title=title, source=source, xlabel="Date (a bar: known only to the month)", ylabel=None)


def _swimlane_legend(ax: Axes, timeline: pd.DataFrame) -> list:
    green, grey = OKABE_ITO["bluish green"], "#555555"
    legend = [
        ax.scatter([], [], s=25 + 6 * n, color=green, alpha=0.75, label=f"release of {n} people") for n in (10, 50, 120)
    ]
    legend += [
        ax.scatter([], [], marker="v", s=70, color=grey, label="imposed"),
        ax.scatter([], [], marker="v", s=70, facecolors="none", edgecolors=grey, label="renewed"),
        ax.scatter([], [], marker="^", s=70, color=grey, label="eased"),
    ]
    authorities = (
        set().union(*map(_authority_set, timeline.loc[timeline["category"].isin(SANCTION_CATEGORIES), "authority"]))
        if len(timeline)
        else set()
    )
    legend += [
        ax.scatter([], [], marker="s", s=70, color=AUTHORITY_COLOURS[a], label=f"{a} sanctions")
        for a in sorted(authorities)
    ]
    for category in sorted(set(timeline["category"]) & set(CONTEXT_MARKERS)):
        marker, colour = CONTEXT_MARKERS[category]
        legend.append(ax.scatter([], [], marker=marker, s=55, color=colour, label=category))
    return legend


def _short_label(row) -> str:
    when = row.date_start.strftime("%-d %b %Y") if row.precision == "day" else row.date_start.strftime("%b %Y")
    if row.category == "release":
        return f"{row.count} freed\n{when}"
    what = {"election": "Election", "invasion": "Invasion of Ukraine"}.get(row.category, row.category)
    return f"{what}\n{when}"


def _label(ax, timeline: pd.DataFrame, lane: dict, n_labels: int) -> None:
    releases = timeline[timeline["category"] == "release"].dropna(subset=["count"])
    top = releases.nlargest(n_labels, "count").sort_values("date_start")
    span = (timeline["date_end"].max() - timeline["date_start"].min()) if len(timeline) else pd.Timedelta(0)
    level, previous = 0, None
    for row in top.itertuples():  # raise a label when it would collide with the previous one
        close = previous is not None and row.date_start - previous < span * 0.07
        level, previous = (level + 1) % 3 if close else 0, row.date_start
        ax.annotate(
            _short_label(row),
            (row.date_start, lane["Releases"]),
            xytext=(0, 16 + 26 * level),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9.5,
            arrowprops={"arrowstyle": "-", "color": "#999999", "lw": 0.6},
        )
    context = timeline[timeline["category"].isin(["election", "invasion"])]
    for row in context.itertuples():
        ax.annotate(
            _short_label(row),
            (row.date_start, lane["Context"]),
            xytext=(4, -10),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize=9.5,
            color="#444444",
        )


def plot_releases_vs_prisoners(
    timeline: pd.DataFrame, counts: pd.DataFrame, *, start: str, end: str, title: str, source: str
) -> Figure:
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
    fig, ax = new_figure(5.2)
    x0, x1 = pd.Timestamp(start), pd.Timestamp(end)
    steps = pd.concat(
        [
            pd.DataFrame({"date": [x0], "cumulative": [0]}),
            cum[["date", "cumulative"]],
            pd.DataFrame(
                {
                    "date": [min(x1, cum["date"].max() if len(cum) else x1)],
                    "cumulative": [cum["cumulative"].max() if len(cum) else 0],
                }
            ),
        ]
    )
    ax.step(
        steps["date"],
        steps["cumulative"],
        where="post",
        color=OKABE_ITO["bluish green"],
        lw=2.2,
        label=f"people released since {x0:%-d %b %Y} (reference releases)",
    )
    shown = counts[(counts["date_start"] >= x0) & (counts["date_start"] <= x1)]
    for who, style in (
        ("Viasna", {"color": OKABE_ITO["vermillion"], "marker": "o"}),
        ("Human Rights Watch", {"color": OKABE_ITO["black"], "marker": "s"}),
    ):
        part = shown[shown["counted_by"] == who]
        if len(part):
            ax.plot(
                part["date_start"],
                part["count"],
                ls="-" if who == "Viasna" else "none",
                lw=1.5,
                ms=7,
                label=f"political prisoners held ({who})",
                **style,
            )
    ax.set_xlim(x0, x1)
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.13), ncol=2, frameon=False)
    return finish(fig, ax, title=title, source=source, xlabel="Date", ylabel="People")


def plot_article_events(events: pd.DataFrame, *, title: str, source: str) -> Figure:
    """One article's dated events on a time axis, one row per event type: a point for
    an event dated to the day, a bar over the month or year for one known only to the
    month or year. Undated events are left out (the caption should say how many).

    Args:
        events: an events table (``date_start``, ``date_end``, ``event_type``).
        title, source: figure title and source line.

    Returns:
        A matplotlib Figure (not shown).
    """
    dated = events.dropna(subset=["date_start"]) if len(events) else events
    types = [t for t in EVENT_COLOURS if len(dated) and t in set(dated["event_type"])]
    types += sorted(set(dated["event_type"]) - set(types)) if len(dated) else []
    fig, ax = new_figure(1.9 + 0.5 * max(1, len(types)))
    if not len(dated):
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes, fontsize=12)
        ax.set_yticks([])
    else:
        row = {t: i for i, t in enumerate(types)}
        for event in dated.itertuples():
            colour = EVENT_COLOURS.get(event.event_type, OKABE_ITO["grey"])
            draw_when(ax, row[event.event_type], event.date_start, event.date_end, colour=colour, size=60)
        ax.set_yticks(range(len(types)), [EVENT_LABELS.get(t, t) for t in types])
        ax.set_ylim(len(types) - 0.4, -0.6)  # first type on top
    return finish(
        fig,
        ax,
        title=title,
        source=source,
        xlabel="Date (a point: known to the day; a bar: known only to the month or year)",
        ylabel=None,
    )


def show(fig: Figure, alt: str) -> None:
    """Display a figure in a notebook as an ``<img>`` with alternative text, then close it.

    The PNG is drawn at twice the resolution and shown at the figure's size in CSS
    pixels (sharp on high-density screens, never wider than the report's column).

    Args:
        alt: what the figure shows, for screen readers and when the image cannot load.
    """
    from IPython.display import HTML, display

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=2 * RC["figure.dpi"])
    plt.close(fig)
    width = round(fig.get_size_inches()[0] * RC["figure.dpi"])
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    display(
        HTML(
            f'<img class="figure" src="data:image/png;base64,{data}" width="{width}" '
            f'alt="{html.escape(alt, quote=True)}">'
        )
    )
