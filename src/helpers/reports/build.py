"""Run the parameterised notebooks with papermill, export them to self-contained HTML
with nbconvert (code hidden, figures embedded, the style sheet ``report.css`` inlined),
and write ``reports/index.html`` (:mod:`helpers.reports.index`).

A notebook that fails still yields its executed ``.ipynb`` (papermill writes the error
into it); the index marks it failed, shows the error and links the notebook. Everything
that comes from an article is escaped: article text is data, never markup.

The kernel talks to papermill over CurveZMQ-encrypted sockets (:class:`EncryptedKernelManager`),
so ipykernel has no reason to print its "running over TCP without encryption" warning.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from jupyter_client.manager import KernelManager

from helpers.core import store
from helpers.paths import NOTEBOOKS_DIR, ROOT
from helpers.progress import progress_bar, step
from helpers.reports.index import write_index
from helpers.reports.tables import SUMMARY_KEY, text_or_blank

log = logging.getLogger(__name__)
KERNEL = "helpers"  # registered inside .venv by the Makefile
# Reports need no script and no network: everything is inline (styles) or data: URIs (figures).
CSP = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "style-src 'unsafe-inline'; img-src data:; font-src data:\">"
)
CSS = Path(__file__).with_name("report.css")
ARTICLE_NOTEBOOK = NOTEBOOKS_DIR / "01_article.ipynb"
TIMELINE_NOTEBOOK = NOTEBOOKS_DIR / "02_timeline.ipynb"


class EncryptedKernelManager(KernelManager):
    """A kernel manager that gives the kernel CurveZMQ keys (jupyter_client >= 8.10 can; ipykernel
    declares support), so the kernel's "running over TCP without encryption" warning is not printed
    once per report."""

    transport_encryption = "auto"


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


def run_notebook(notebook: Path, out_ipynb: Path, parameters: dict) -> str:
    """Execute a notebook with papermill; return "" on success or the error text.

    The executed notebook is written to ``out_ipynb`` in both cases, through a temporary
    file renamed when papermill is done, so a full disk never leaves a truncated notebook
    (the error then says so and the previous notebook stays). The kernel's sockets are
    encrypted (see the module docstring).
    """
    import papermill as pm

    out_ipynb.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_ipynb.with_name(f".{out_ipynb.stem}.{os.getpid()}.tmp.ipynb")
    try:
        error = _execute(pm, notebook, tmp, parameters)
        if tmp.exists():
            os.replace(tmp, out_ipynb)
    except OSError as exc:  # full or read-only disk while papermill saves the notebook
        error = f"cannot write {out_ipynb}: {exc.strerror or exc}"
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return error


def _execute(pm, notebook: Path, out_ipynb: Path, parameters: dict) -> str:
    """Run papermill; "" on success, else the error text.

    Raises:
        OSError: the executed notebook cannot be written.
    """
    try:
        pm.execute_notebook(
            str(notebook),
            str(out_ipynb),
            parameters=parameters,
            kernel_name=KERNEL,
            kernel_manager_class=EncryptedKernelManager,
            cwd=str(ROOT),
            progress_bar=False,
        )
    except pm.PapermillExecutionError as exc:
        return f"{exc.ename}: {exc.evalue}"
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 - kernel died, notebook unreadable, ...: the index shows it
        return f"{type(exc).__name__}: {exc}"
    return ""


def export_html(ipynb: Path, out_html: Path, *, title: str | None = None) -> None:
    """Export an executed notebook to self-contained HTML without code.

    Cells tagged ``remove_cell``, ``parameters`` or ``injected-parameters`` are dropped,
    inputs are hidden, stderr streams (warnings, log lines) are left out of the page
    (they stay in the executed notebook), images are embedded, ``report.css`` is
    inlined, every script (MathJax, Mermaid, require.js) is dropped and a Content-Security-Policy forbids
    any script or network access, so the file is self-contained and cannot run code.
    Notebooks show article text only through escaped channels (tables and summaries
    built with autoescaping, plain text), never as Markdown or raw HTML.

    Args:
        ipynb: the executed notebook.
        out_html: where to write the page (atomically).
        title: the page's ``<title>`` (default: the notebook's file name).
    """
    import nbformat
    from bs4 import BeautifulSoup
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    nb = nbformat.read(str(ipynb), as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if not (o.output_type == "stream" and o.name == "stderr")]
    if title:
        nb.metadata["title"] = title
    exporter = HTMLExporter(
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True, embed_images=True
    )
    exporter.register_preprocessor(
        TagRemovePreprocessor(
            remove_cell_tags={"remove_cell", "injected-parameters", "parameters"},
            remove_input_tags={"remove_input"},
            enabled=True,
        ),
        enabled=True,
    )
    body, _ = exporter.from_notebook_node(nb)
    soup = BeautifulSoup(body, features="html.parser")
    for script in soup.find_all("script"):  # MathJax, Mermaid, require.js: not needed, and the CSP forbids them
        script.decompose()
    soup.head.insert(0, BeautifulSoup(CSP, features="html.parser"))
    style = soup.new_tag("style", type="text/css")
    style.string = CSS.read_text(encoding="utf-8")
    soup.head.append(style)
    body = str(soup)
    store.atomic_write_bytes(out_html, body.encode("utf-8"))


def declared_summary(ipynb: Path) -> str:
    """The one-line summary a report's summary box declared (output metadata
    :data:`helpers.reports.tables.SUMMARY_KEY`), or "" if none."""
    try:
        cells = json.loads(ipynb.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return ""
    for cell in cells:
        for output in cell.get("outputs", []):
            if SUMMARY_KEY in output.get("metadata", {}):
                return str(output["metadata"][SUMMARY_KEY])
    return ""


def _report(notebook: Path, item: ReportItem, parameters: dict, reports_dir: Path) -> ReportItem:
    start = time.perf_counter()
    out_ipynb = reports_dir / "notebooks" / f"{item.name}.ipynb"
    out_html = reports_dir / f"{item.name}.html"
    item.error = run_notebook(notebook, out_ipynb, parameters)
    item.status = "failed" if item.error else "ok"
    if out_ipynb.exists():
        item.notebook = str(out_ipynb.relative_to(reports_dir))
        item.summary = declared_summary(out_ipynb)
        try:
            export_html(out_ipynb, out_html, title=item.title or None)
            item.html = out_html.name
        except Exception as exc:  # noqa: BLE001 - a failed export is a failed report, the others go on
            item.status, item.error = "failed", item.error or f"HTML export failed: {exc}"
    item.seconds = time.perf_counter() - start
    return item


def _article_item(processed_dir: Path, article_id: str) -> ReportItem:
    """The index line of an article, from its ``articles`` table (a failed line if unreadable)."""
    name = f"article_{article_id}"
    try:
        meta = store.read_table(processed_dir, "articles", article_id).iloc[0]
    except Exception as exc:  # noqa: BLE001 - a damaged folder gets a failed line, the others go on
        return ReportItem(
            name,
            "article",
            "failed",
            error=f"{processed_dir / article_id}: cannot read its articles table "
            f"({type(exc).__name__}: {exc}); parse it again with --force",
        )

    def text(key: str) -> str:
        return text_or_blank(meta.get(key))

    return ReportItem(
        name,
        "article",
        "ok",
        title=text("title") or article_id,
        published=None if pd.isna(meta["published"]) else f"{meta['published']:%Y-%m-%d}",
        outlet=text("source"),
        url=text("url"),
    )


def build_reports(
    processed_dir: Path,
    reports_dir: Path,
    *,
    start: str | None = None,
    end: str | None = None,
    window_days: int | None = None,
    authorities: list[str] | None = None,
    countries: list[str] | None = None,
) -> list[ReportItem]:
    """One report per processed article, one for the corpus timeline, and the index.

    Args:
        processed_dir: folder of per-article tables (see :mod:`helpers.core.store`).
        reports_dir: where HTML reports, executed notebooks and index.html go.
        start, end: ISO dates bounding the timeline report; window_days: days around a release
            in which talks or relief count as linked to it; authorities, countries: what the
            timeline shows. The notebook's defaults for those left None (checked by the caller:
            the command line checks them before any report runs).

    Returns:
        The index items: failed parses (from ``batch_summary.json``), then reports.
    """
    processed_dir, reports_dir = Path(processed_dir).resolve(), Path(reports_dir).resolve()
    reports_dir.mkdir(parents=True, exist_ok=True)
    items = _failed_inputs(processed_dir)
    ids = store.article_ids(processed_dir)
    bar = progress_bar(len(ids) + 1, "report", log, unit="report")
    for n, article_id in enumerate(ids, 1):
        item = _article_item(processed_dir, article_id)
        if item.status == "ok":
            item = _report(
                ARTICLE_NOTEBOOK, item, {"article_id": article_id, "processed_dir": str(processed_dir)}, reports_dir
            )
        step(bar, log, _progress_line(item, n, len(ids) + 1))
        items.append(item)
    params = {
        "processed_dir": str(processed_dir),
        "tables_dir": str(reports_dir / "tables"),  # published here only; hand runs write to data/scratch
        "corpus_db": _corpus_db(processed_dir),
    }
    params.update(
        {
            k: v
            for k, v in (
                ("start", start),
                ("end", end),
                ("window_days", window_days),
                ("authorities", authorities),
                ("countries", countries),
            )
            if v is not None
        }
    )
    timeline = ReportItem(
        "timeline",
        "timeline",
        "ok",
        title="Timeline of sanctions and releases",
        published=end or time.strftime("%Y-%m-%d"),
    )
    item = _report(TIMELINE_NOTEBOOK, timeline, params, reports_dir)
    step(bar, log, _progress_line(item, len(ids) + 1, len(ids) + 1))
    bar.close()
    items.append(item)
    write_index(items, reports_dir / "index.html")
    return items


def _progress_line(item: ReportItem, n: int, total: int) -> str:
    return f"[report {n}/{total}] {item.status:6} {item.name} ({item.seconds:.1f} s) {item.error}".rstrip()


def _corpus_db(processed_dir: Path) -> str:
    """Build ``<processed_dir>/corpus.duckdb`` (:mod:`helpers.analysis.corpus_store`); its
    path, or "" if it failed (the timeline notebook then builds it and shows the error)."""
    from helpers.analysis.corpus_store import build_corpus_db

    try:
        return str(build_corpus_db(processed_dir))
    except Exception as exc:  # the article reports go on; the timeline report shows the error
        log.warning("corpus store: %s: %s", type(exc).__name__, exc)
        return ""


def _failed_inputs(processed_dir: Path) -> list[ReportItem]:
    """Inputs that failed in the last parse batch, as index items."""
    try:
        outcomes = json.loads((processed_dir / "batch_summary.json").read_text())
    except (OSError, json.JSONDecodeError):
        return []
    return [
        ReportItem(Path(o["path"]).name, "input", "failed", error=o["message"])
        for o in outcomes
        if o["status"] == "failed"
    ]
