"""Build every report of a processed folder: run the parameterised notebooks with papermill,
export them to self-contained HTML (:mod:`helpers.reports.execute`) and write
``reports/index.html`` (:mod:`helpers.reports.index`).

- **Nothing changed, nothing rebuilt.** A report is rebuilt only when its inputs changed: the
  notebook, its parameters, the code and curated data of the package (:func:`code_fingerprint`)
  and the tables it reads (an article's manifest; for the timeline, every article's). What was
  built is recorded in ``reports/.build.json`` (:data:`LEDGER`). A failed report is always run again.
- **One kernel per worker, not per report.** The notebooks run on reused kernels
  (:class:`helpers.reports.execute.Kernel`): one in this process, or one in each of ``jobs``
  worker processes; the timeline runs beside the article reports.

A notebook that fails still yields its executed ``.ipynb`` (papermill writes the error
into it); the index marks it failed, shows the error and links the notebook. Everything
that comes from an article is escaped: article text is data, never markup.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.core import store
from helpers.paths import NOTEBOOKS_DIR
from helpers.progress import progress_bar, step
from helpers.reports.execute import Kernel, declared_summary, export_html, run_notebook
from helpers.reports.index import ReportItem, write_index
from helpers.reports.ledger import code_and_notebook, inputs_key, manifest_bytes, read_ledger, unchanged, write_ledger
from helpers.reports.tables import text_or_blank

log = logging.getLogger(__name__)
ARTICLE_NOTEBOOK = NOTEBOOKS_DIR / "01_article.ipynb"
TIMELINE_NOTEBOOK = NOTEBOOKS_DIR / "02_timeline.ipynb"
SAVE_EVERY = 30  # seconds between two saves of the ledger during a build


@dataclass
class _Task:
    """A report to build: its notebook, parameters and index line, and the key of its inputs."""

    notebook: Path
    item: ReportItem
    parameters: dict
    key: str


def _report(task: _Task, reports_dir: Path, kernel: Kernel | None = None) -> ReportItem:
    """Run one report's notebook (on ``kernel`` if given) and export it; its index line."""
    start = time.perf_counter()
    item = task.item
    out_ipynb = reports_dir / "notebooks" / f"{item.name}.ipynb"
    out_html = reports_dir / f"{item.name}.html"
    item.error = run_notebook(task.notebook, out_ipynb, task.parameters, kernel)
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


def build_reports(
    processed_dir: Path,
    reports_dir: Path,
    *,
    start: str | None = None,
    end: str | None = None,
    window_days: int | None = None,
    authorities: list[str] | None = None,
    countries: list[str] | None = None,
    jobs: int = 1,
    force: bool = False,
) -> list[ReportItem]:
    """One report per processed article, one for the corpus timeline, and the index.

    Args:
        processed_dir: folder of per-article tables (see :mod:`helpers.core.store`).
        reports_dir: where HTML reports, executed notebooks and index.html go.
        start, end: ISO dates bounding the timeline report; window_days: days around a release
            in which talks or relief count as linked to it; authorities, countries: what the
            timeline shows. The notebook's defaults for those left None (checked by the caller:
            the command line checks them before any report runs).
        jobs: worker processes running notebooks (1: one reused kernel in this process).
        force: build every report, even those whose inputs are unchanged.

    Returns:
        The index items: failed parses (from ``batch_summary.json``), then reports (those
        unchanged since the last build with the index line recorded then).
    """
    processed_dir, reports_dir = Path(processed_dir).resolve(), Path(reports_dir).resolve()
    reports_dir.mkdir(parents=True, exist_ok=True)
    ids = store.article_ids(processed_dir)
    manifests = {article_id: manifest_bytes(processed_dir, article_id) for article_id in ids}
    ledger = {} if force else read_ledger(reports_dir)
    items, todo, keys = _failed_inputs(processed_dir), [], {}
    article_notebook = code_and_notebook(ARTICLE_NOTEBOOK)
    for article_id in ids:
        name, params = f"article_{article_id}", {"article_id": article_id, "processed_dir": str(processed_dir)}
        keys[name] = inputs_key(article_notebook, params, manifests[article_id])
        if kept := unchanged(ledger, name, keys[name], reports_dir):
            items.append(kept)
            continue
        item = _article_item(processed_dir, article_id)  # read only for a report to build
        if item.status != "ok":
            items.append(item)
            continue
        todo.append(_Task(ARTICLE_NOTEBOOK, item, params, keys[name]))
    timeline = _timeline_task(processed_dir, reports_dir, manifests, start, end, window_days, authorities, countries)
    keys[timeline.item.name] = timeline.key
    if kept := unchanged(ledger, timeline.item.name, timeline.key, reports_dir):
        items.append(kept)
    else:
        todo.append(timeline)
    if timeline in todo or not Path(timeline.parameters["corpus_db"]).exists():
        _ensure_corpus_db(timeline)
    items += _build(todo, reports_dir, jobs, lambda done: write_ledger(reports_dir, keys, items + done)) if todo else []
    write_ledger(reports_dir, keys, items)
    write_index(items, reports_dir / "index.html")
    log.info("report: %d built, %d unchanged", len(todo), len(keys) - len(todo))
    return items


def _timeline_task(processed_dir, reports_dir, manifests, start, end, window_days, authorities, countries) -> _Task:
    """The timeline report's task; its key covers every article's manifest."""
    params = {
        "processed_dir": str(processed_dir),
        "tables_dir": str(reports_dir / "tables"),  # published here only; hand runs write to data/scratch
        "corpus_db": str(processed_dir / "corpus.duckdb"),
    }
    given = {
        "start": start,
        "end": end,
        "window_days": window_days,
        "authorities": authorities,
        "countries": countries,
    }
    params.update({k: v for k, v in given.items() if v is not None})
    item = ReportItem(
        "timeline",
        "timeline",
        "ok",
        title="Timeline of sanctions and releases",
        published=end or time.strftime("%Y-%m-%d"),
    )
    data = b"".join(f"{a}\0".encode() + m for a, m in sorted(manifests.items()))
    return _Task(TIMELINE_NOTEBOOK, item, params, inputs_key(code_and_notebook(TIMELINE_NOTEBOOK), params, data))


def _ensure_corpus_db(task: _Task) -> None:
    """Build the corpus store the timeline reads (:mod:`helpers.analysis.corpus_store`); if it
    fails, the parameter is emptied and the timeline notebook builds it and shows the error."""
    from helpers.analysis.corpus_store import build_corpus_db

    try:
        build_corpus_db(task.parameters["processed_dir"])
    except Exception as exc:  # the article reports go on; the timeline report shows the error
        log.warning("corpus store: %s: %s", type(exc).__name__, exc)
        task.parameters["corpus_db"] = ""


def _build(todo: list[_Task], reports_dir: Path, jobs: int, save) -> list[ReportItem]:
    """Build the reports of ``todo`` with a progress bar; their index lines, in the order done.
    ``save(done)`` records those done every :data:`SAVE_EVERY` seconds, so an interrupted build
    keeps what it finished."""
    bar = progress_bar(len(todo), "report", log, unit="report")
    done, saved = [], time.monotonic()
    for n, item in enumerate(_run(todo, reports_dir, jobs), 1):
        step(
            bar,
            log,
            f"[report {n}/{len(todo)}] {item.status:6} {item.name} ({item.seconds:.1f} s) {item.error}".rstrip(),
        )
        done.append(item)
        if time.monotonic() - saved > SAVE_EVERY:
            save(done)
            saved = time.monotonic()
    bar.close()
    return done


def _run(todo: list[_Task], reports_dir: Path, jobs: int) -> Iterator[ReportItem]:
    """Run the tasks on one reused kernel here, or in ``jobs`` spawned worker processes
    (each with its own reused kernel); a worker that dies fails its report, not the build."""
    if jobs <= 1 or len(todo) <= 1:
        with Kernel() as kernel:
            for task in todo:
                yield _report(task, reports_dir, kernel)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(min(jobs, len(todo)), mp_context=context, initializer=_start_worker) as pool:
        futures = {pool.submit(_report_in_worker, task, reports_dir): task for task in todo}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # noqa: BLE001 - the worker process died
                item = futures[future].item
                item.status, item.error = "failed", f"report worker failed: {type(exc).__name__}: {exc}"
                yield item


_WORKER_KERNEL: Kernel | None = None


def _start_worker() -> None:
    """Worker process start-up: its reused kernel, shut down when the worker exits."""
    from multiprocessing.util import Finalize

    global _WORKER_KERNEL
    _WORKER_KERNEL = Kernel()
    Finalize(_WORKER_KERNEL, _WORKER_KERNEL.close, exitpriority=10)


def _report_in_worker(task: _Task, reports_dir: Path) -> ReportItem:
    """:func:`_report` in a worker process, on the worker's kernel."""
    return _report(task, reports_dir, _WORKER_KERNEL)


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
