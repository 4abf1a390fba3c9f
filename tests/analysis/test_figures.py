"""helpers.analysis.figures: the shared style, the palette and dates drawn at their precision."""

import matplotlib
import pandas as pd
from matplotlib.collections import PathCollection
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

matplotlib.use("Agg")

from helpers.analysis import figures
from helpers.analysis.reference import load_timeline
from helpers.analysis.timeline import select


def _drawn(ax):
    """(points as (x date, colour), bars as (first day, days)) drawn on ``ax``."""
    points = [
        (matplotlib.dates.num2date(x).date().isoformat(), to_hex(c.get_facecolor()[0]))
        for c in ax.collections
        if isinstance(c, PathCollection) and len(c.get_offsets())
        for x, _ in c.get_offsets()
    ]
    bars = [
        (matplotlib.dates.num2date(p.get_x()).date().isoformat(), round(p.get_width()))
        for p in ax.patches
        if isinstance(p, Rectangle) and p.get_width() > 0
    ]
    return points, bars


def _events(rows):
    frame = pd.DataFrame(rows, columns=["event_type", "date_start", "date_end"])
    return frame.assign(date_start=pd.to_datetime(frame["date_start"]), date_end=pd.to_datetime(frame["date_end"]))


def test_month_and_year_are_spans_not_points_on_the_first():
    events = _events(
        [
            ("arrest", "2020-01-01", "2020-12-31"),
            ("arrest", "2021-07-01", "2021-07-31"),
            ("release", "2025-12-13", "2025-12-13"),
            ("release", None, None),
        ]
    )
    points, bars = _drawn(figures.plot_article_events(events, title="T", source="S").axes[0])
    assert points == [("2025-12-13", figures.OKABE_ITO["bluish green"].lower())]
    assert sorted(bars) == [("2020-01-01", 366), ("2021-07-01", 31)]


def test_reference_months_are_spans_in_the_swimlanes():
    tl = select(load_timeline(), start="2024-07-01", end="2024-07-31")
    month_rows = tl[tl["precision"] == "month"]
    assert len(month_rows) == 1 and month_rows["category"].item() == "release"  # T: July 2024 wave
    points, bars = _drawn(figures.plot_swimlanes(tl, title="T", source="S").axes[0])
    assert ("2024-07-01", 31) in bars
    assert not [p for p in points if p[0] == "2024-07-01"]


def test_palette_is_okabe_ito_and_style_is_local():
    before = dict(matplotlib.rcParams)
    fig, ax = figures.new_figure(3)
    assert set(figures.AUTHORITY_COLOURS.values()) <= set(figures.OKABE_ITO.values())
    assert set(figures.EVENT_COLOURS.values()) <= set(figures.OKABE_ITO.values())
    assert fig.get_size_inches()[0] == figures.WIDTH
    assert matplotlib.rcParams["axes.spines.top"] == before["axes.spines.top"]  # global settings untouched
    figures.finish(fig, ax, title="Title", source="Source: x", xlabel="Date", ylabel="People")
    assert ax.get_title(loc="left") == "Title" and ax.get_ylabel() == "People"
    assert fig._supxlabel.get_text() == "Source: x"
