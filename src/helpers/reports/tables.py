"""Tables and sentences formatted for reading: what the notebooks display.

:func:`table` turns a frame into an HTML table with named columns, no index, blank
empty cells, dates as dates, numbers right-aligned and long text wrapped (the classes
are styled by ``report.css``); :func:`in_context` shows each span inside its sentence
with the span highlighted; :func:`link` makes a safe link; :func:`show_summary`
displays a report's summary box and declares its one-line summary for the index.

Everything from an article is HTML-escaped here (:func:`html.escape`) or by Jinja2
with autoescaping; only markup built by this module reaches the page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import urlparse

import pandas as pd
from IPython.display import HTML, display

#: output-metadata key under which a report's summary box declares its one-line summary
SUMMARY_KEY = "helpers_summary"
_MONTH_DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
#: TIMEX3 reference values (TimeML 1.2.1 guidelines, section 2.2.1.2) in words
_REFS = {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future"}
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "DE": "decade", "CE": "century"}


def human_date(value) -> str:
    """A date for readers: ``13 Dec 2025``, ``Jul 2021``, ``2020``, ``2 days``.

    Args:
        value: a Timestamp, a TIMEX3 value (``2025-12-13``, ``2021-07``, ``2020``,
            ``P2D``, ``PXDE``, ``PAST_REF``) or None/NaN.

    Returns:
        The date in words; "" for missing values; values it does not know unchanged.
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return f"{value:%-d %b %Y}"
    value = str(value)
    if _MONTH_DAY.match(value):
        return f"{pd.Timestamp(value):%-d %b %Y}" if len(value) == 10 else f"{pd.Timestamp(value + '-01'):%b %Y}"
    if m := re.fullmatch(r"P(\d+|X)(DE|CE|[YMWDH])", value):
        n, unit = m.groups()
        return f"{unit and _UNITS[unit]}s" if n == "X" else f"{n} {_UNITS[unit]}{'' if n == '1' else 's'}"
    return _REFS.get(value, value)


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles`` (``many`` for irregular plurals)."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def text_or_blank(value) -> str:
    """``value`` as text; "" for None, NaN, NA and NaT."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def link(url, label: str | None = None) -> str:
    """An escaped ``<a>`` to an http(s) URL, labelled with ``label`` or the URL's host
    (so a long URL never widens a table); "" for anything that is not an http(s) URL."""
    if not isinstance(url, str) or urlparse(url).scheme not in ("http", "https"):
        return ""
    text = label or urlparse(url).netloc.removeprefix("www.")
    return f'<a href="{html.escape(url, quote=True)}" title="{html.escape(url, quote=True)}">{html.escape(text)}</a>'


def wikidata_link(qid) -> str:
    """A link to a Wikidata item (``Q22686``), labelled with its id; "" for a missing id."""
    return link(f"https://www.wikidata.org/wiki/{qid}", qid) if isinstance(qid, str) and qid else ""


def in_context(
    frame: pd.DataFrame, sentences: pd.DataFrame, text: str, *, start: str = "start_char", end: str = "end_char"
) -> pd.Series:
    """Each row's span shown inside its sentence, the span highlighted (``<mark>``).

    Args:
        frame: rows with ``sentence_id`` and the span's offsets (columns ``start``, ``end``).
        sentences: the article's sentences table (``sentence_id``, ``start_char``, ``end_char``).
        text: the article's text, which all offsets point into.

    Returns:
        HTML strings (escaped), index of ``frame``. A span reaching past its sentence
        (a quotation over several sentences) widens the context to hold all of it.
    """
    bounds = sentences.set_index("sentence_id")[["start_char", "end_char"]]
    out = []
    for row in frame.itertuples():
        s0, s1 = (
            bounds.loc[row.sentence_id] if row.sentence_id in bounds.index else (getattr(row, start), getattr(row, end))
        )
        a, b = int(getattr(row, start)), int(getattr(row, end))
        s0, s1 = min(int(s0), a), max(int(s1), b)
        out.append(f"{html.escape(text[s0:a])}<mark>{html.escape(text[a:b])}</mark>{html.escape(text[b:s1])}")
    return pd.Series(out, index=frame.index, dtype=object)


def _cell(value) -> str:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return human_date(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return html.escape(str(value))


def _kind(series: pd.Series, name: str, html_columns: set, wide: set, nowrap: set) -> str:
    if name in wide:
        return "k-wide"
    if name in nowrap or pd.api.types.is_datetime64_any_dtype(series):
        return "k-nowrap"
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        return "k-num"
    return "k-text"


def table(
    frame: pd.DataFrame,
    columns: dict[str, str],
    *,
    html_columns: Iterable[str] = (),
    wide: Iterable[str] = (),
    nowrap: Iterable[str] = (),
    empty: str = "None.",
) -> HTML:
    """An HTML table for readers (pandas Styler, classes styled by ``report.css``).

    Args:
        frame: the rows to show, in order.
        columns: column -> header, in the order to show (other columns are left out).
        html_columns: columns already holding safe HTML (from :func:`in_context`,
            :func:`link`); every other value is escaped.
        wide: columns of long text (sentences) that get most of the width.
        nowrap: columns never wrapped (short codes, dates as text).
        empty: the sentence shown instead of a table without rows.

    Returns:
        An IPython ``HTML`` object: no index, empty cells blank, timestamps as
        ``13 Dec 2025``, integers with thousands separators, numbers right-aligned.
    """
    if frame.empty:
        return HTML(f'<p class="empty-table">{html.escape(empty)}</p>')
    html_columns, wide, nowrap = set(html_columns), set(wide), set(nowrap)
    frame = frame.reset_index(drop=True)
    shown = pd.DataFrame(
        {
            label: frame[col].map(lambda v: "" if v is None or (not isinstance(v, str) and pd.isna(v)) else v)
            if col in html_columns
            else frame[col].map(_cell)
            for col, label in columns.items()
        }
    )
    kinds = [_kind(frame[col], col, html_columns, wide, nowrap) for col in columns]
    classes = pd.DataFrame([kinds] * len(shown), index=shown.index, columns=shown.columns)
    styler = shown.style.hide(axis="index").set_td_classes(classes).set_table_attributes('class="rt"')
    styler = styler.set_table_styles(
        {
            label: [{"selector": "th", "props": "text-align: right"}]
            for label, kind in zip(shown.columns, kinds)
            if kind == "k-num"
        }
    )
    return HTML(styler.to_html(doctype_html=False, exclude_styles=False))


def show_summary(body_html: str, one_line: str) -> None:
    """Display a report's summary box and declare its one-line summary (output metadata
    :data:`SUMMARY_KEY`), which :func:`helpers.reports.execute.declared_summary` puts in
    the index.

    Args:
        body_html: the box's content, already safe HTML.
        one_line: plain text, escaped by the index template.
    """
    display(HTML(f'<section class="summary-box" id="summary">{body_html}</section>'), metadata={SUMMARY_KEY: one_line})
