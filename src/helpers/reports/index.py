"""``reports/index.html``: every report with its title, outlet, date, status and
one-line summary, newest first; failed reports and unreadable inputs stay listed,
marked failed, with their error.

The page is rendered from ``templates/index.html.j2`` by Jinja2 with autoescaping on,
so titles, errors and summaries from articles are text, never markup.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from helpers.core import store
from helpers.reports.render import render


def newest_first(items: list) -> list:
    """Items sorted by ``published`` (ISO date), newest first; undated ones last, by name."""
    dated = sorted((it for it in items if it.published), key=lambda it: (it.published, it.name), reverse=True)
    return dated + sorted((it for it in items if not it.published), key=lambda it: it.name)


@dataclass
class ReportItem:
    """One line of the index: a report, or an input that never got one.

    ``published`` is an ISO date (the article's; for the timeline the end of its period,
    else the day it was built); ``summary`` is the one-line summary the report's summary box declared.
    """

    name: str
    kind: str  # article | timeline | input
    status: str  # ok | failed
    title: str = ""
    published: str | None = None
    outlet: str = ""
    url: str = ""
    summary: str = ""
    html: str | None = None
    notebook: str | None = None
    error: str = ""
    seconds: float = 0.0


def write_index(items: list, path: Path, *, built: str | None = None) -> None:
    """Write the index page.

    Args:
        items: :class:`ReportItem` objects (reports and failed inputs).
        path: the page to write (atomically).
        built: when the reports were built (default: now, local time with zone).

    The page has three parts: the corpus reports, the article reports (newest first),
    and the inputs that could not be read. Every value is escaped by the template engine.

    Raises:
        OSError: the page cannot be written (full or read-only disk); the message names it
            and the previous page is left whole.
    """
    page = render(
        "index.html.j2",
        corpus=newest_first([it for it in items if it.kind == "timeline"]),
        articles=newest_first([it for it in items if it.kind == "article"]),
        inputs=sorted((it for it in items if it.kind == "input"), key=lambda it: it.name),
        n_items=len(items),
        n_failed=sum(it.status == "failed" for it in items),
        built=built or time.strftime("%Y-%m-%d %H:%M %Z"),
    )
    try:
        store.atomic_write_bytes(path, page.encode("utf-8"))
    except OSError as exc:  # a full or read-only disk: one line naming the file, the old page kept
        raise OSError(exc.errno, f"cannot write {path}: {exc.strerror or exc}") from None
