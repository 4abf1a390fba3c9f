"""Reports: run the parameterised notebooks with papermill, export them to
self-contained HTML with nbconvert (code hidden, figures embedded), and write
``reports/index.html`` linking every report with its date and status.

A notebook that fails still yields its executed ``.ipynb`` (papermill writes the
error into it); the index marks it failed, shows the error and links the notebook.
Everything that comes from an article is escaped: article text is data, never markup.
"""
from __future__ import annotations

import html
import json
import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from jupyter_client.manager import KernelManager

from helpers.core import store
from helpers.paths import NOTEBOOKS_DIR, ROOT
from helpers.progress import progress_bar, step

log = logging.getLogger(__name__)
KERNEL = "helpers"  # registered inside .venv by the Makefile
# Reports need no script and no network: everything is inline (styles) or data: URIs (figures).
CSP = ("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
       "style-src 'unsafe-inline'; img-src data:; font-src data:\">")
ARTICLE_NOTEBOOK = NOTEBOOKS_DIR / "01_article.ipynb"
TIMELINE_NOTEBOOK = NOTEBOOKS_DIR / "02_timeline.ipynb"


class EncryptedKernelManager(KernelManager):
    """A kernel manager that gives the kernel CurveZMQ keys (jupyter_client >= 8.10 can; ipykernel
    declares support), so the kernel's "running over TCP without encryption" warning is not printed
    once per report."""

    transport_encryption = "auto"


@dataclass
class ReportItem:
    """One line of the index: a report, or an input that never got one."""

    name: str
    kind: str  # article | timeline | input
    status: str  # ok | failed
    title: str = ""
    published: str | None = None
    html: str | None = None
    notebook: str | None = None
    error: str = ""
    seconds: float = 0.0


def run_notebook(notebook: Path, out_ipynb: Path, parameters: dict) -> str:
    """Execute a notebook with papermill; return "" on success or the error text.

    The executed notebook is written to ``out_ipynb`` in both cases.
    """
    import papermill as pm

    out_ipynb.parent.mkdir(parents=True, exist_ok=True)
    try:
        pm.execute_notebook(str(notebook), str(out_ipynb), parameters=parameters, kernel_name=KERNEL,
                            kernel_manager_class=EncryptedKernelManager, cwd=str(ROOT), progress_bar=False)
    except pm.PapermillExecutionError as exc:
        return f"{exc.ename}: {exc.evalue}"
    except Exception as exc:  # kernel died, notebook unreadable, ...
        return f"{type(exc).__name__}: {exc}"
    return ""


def export_html(ipynb: Path, out_html: Path) -> None:
    """Export an executed notebook to self-contained HTML without code.

    Cells tagged ``remove_cell`` or ``injected-parameters`` are dropped, inputs are
    hidden (``exclude_input``), images are embedded, scripts fetched from CDNs are
    dropped and a Content-Security-Policy forbids any script or network access, so the
    file is self-contained and cannot run code. Notebooks show article text only through escaped channels (DataFrame HTML, plain text), never as Markdown or raw HTML.
    """
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    nb = nbformat.read(str(ipynb), as_version=4)
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    exporter.register_preprocessor(TagRemovePreprocessor(
        remove_cell_tags={"remove_cell", "injected-parameters", "parameters"},
        remove_input_tags={"remove_input"}, enabled=True), enabled=True)
    body, _ = exporter.from_notebook_node(nb)
    body = re.sub(r'<script[^>]*src="https?://[^"]*"[^>]*>\s*</script>', "", body)  # CDN require.js/MathJax
    store.atomic_write_bytes(out_html, body.replace("<head>", "<head>\n" + CSP, 1).encode("utf-8"))


def _report(notebook: Path, name: str, kind: str, parameters: dict, reports_dir: Path,
            title: str = "", published: str | None = None) -> ReportItem:
    start = time.perf_counter()
    out_ipynb = reports_dir / "notebooks" / f"{name}.ipynb"
    out_html = reports_dir / f"{name}.html"
    error = run_notebook(notebook, out_ipynb, parameters)
    item = ReportItem(name, kind, "failed" if error else "ok", title, published,
                      notebook=str(out_ipynb.relative_to(reports_dir)) if out_ipynb.exists() else None,
                      error=error)
    if out_ipynb.exists():
        try:
            export_html(out_ipynb, out_html)
            item.html = out_html.name
        except Exception as exc:
            item.status, item.error = "failed", item.error or f"HTML export failed: {exc}"
    item.seconds = time.perf_counter() - start
    return item


def build_reports(processed_dir: Path, reports_dir: Path, *, start: str | None = None, end: str | None = None,
                  window_days: int | None = None, authorities: list[str] | None = None,
                  countries: list[str] | None = None) -> list[ReportItem]:
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
        try:
            meta = store.read_table(processed_dir, "articles", article_id).iloc[0]
        except Exception as exc:  # a damaged folder gets a failed line, the others go on
            items.append(ReportItem(f"article_{article_id}", "article", "failed",
                                    error=f"{processed_dir / article_id}: cannot read its articles table "
                                          f"({type(exc).__name__}: {exc}); parse it again with --force"))
            continue
        published = None if pd.isna(meta["published"]) else str(meta["published"])[:10]
        item = _report(ARTICLE_NOTEBOOK, f"article_{article_id}", "article",
                       {"article_id": article_id, "processed_dir": str(processed_dir)},
                       reports_dir, title=str(meta["title"]), published=published)
        step(bar, log, _progress_line(item, n, len(ids) + 1))
        items.append(item)
    params = {"processed_dir": str(processed_dir), "tables_dir": str(reports_dir / "tables")}
    params.update({k: v for k, v in (("start", start), ("end", end), ("window_days", window_days),
                                     ("authorities", authorities), ("countries", countries)) if v is not None})
    item = _report(TIMELINE_NOTEBOOK, "timeline", "timeline", params, reports_dir,
                   title="Timeline of sanctions and releases")
    step(bar, log, _progress_line(item, len(ids) + 1, len(ids) + 1))
    bar.close()
    items.append(item)
    write_index(items, reports_dir / "index.html")
    return items


def _progress_line(item: ReportItem, n: int, total: int) -> str:
    return f"[report {n}/{total}] {item.status:6} {item.name} ({item.seconds:.1f} s) {item.error}".rstrip()


def _failed_inputs(processed_dir: Path) -> list[ReportItem]:
    """Inputs that failed in the last parse batch, as index items."""
    try:
        outcomes = json.loads((processed_dir / "batch_summary.json").read_text())
    except (OSError, json.JSONDecodeError):
        return []
    return [ReportItem(Path(o["path"]).name, "input", "failed", error=o["message"])
            for o in outcomes if o["status"] == "failed"]


def write_index(items: list[ReportItem], path: Path) -> None:
    """Write ``index.html``: a table of reports with kind, date, title, status, links
    and errors. Every value is HTML-escaped."""
    esc = lambda v: html.escape(str(v or ""), quote=True)  # noqa: E731
    rows = []
    for it in items:
        links = []
        if it.html:
            links.append(f'<a href="{esc(it.html)}">report</a>')
        if it.notebook and it.status == "failed":
            links.append(f'<a href="{esc(it.notebook)}">executed notebook</a>')
        rows.append(
            f'<tr class="{esc(it.status)}"><td>{esc(it.kind)}</td><td>{esc(it.name)}</td>'
            f"<td>{esc(it.published)}</td><td>{esc(it.title)}</td><td>{esc(it.status)}</td>"
            f"<td>{' · '.join(links)}</td><td><pre>{esc(it.error)}</pre></td></tr>")
    n_failed = sum(it.status == "failed" for it in items)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Political-prisoner diplomacy: reports</title>
<style>body{{font-family:system-ui,sans-serif;margin:2em;max-width:80em}}table{{border-collapse:collapse;width:100%}}
td,th{{border-bottom:1px solid #ddd;padding:.4em;text-align:left;vertical-align:top}}
tr.failed td{{background:#fff0f0}}pre{{white-space:pre-wrap;margin:0;font-size:.85em}}</style></head>
<body><h1>Political-prisoner diplomacy: reports</h1>
<p>{len(items)} items, {n_failed} failed. Built {time.strftime('%Y-%m-%d %H:%M %Z')}.</p>
<table><thead><tr><th>kind</th><th>name</th><th>published</th><th>title</th><th>status</th><th>links</th><th>error</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""
    store.atomic_write_bytes(path, page.encode("utf-8"))
