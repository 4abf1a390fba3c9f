"""Zero exceptions: run the whole extraction (:func:`helpers.pipeline.extract_tables`) on
every text of some corpora and list every exception (issue 9: "a parse over every text in
``../shared/eval`` must raise nothing").

Inputs are JSON lines files (or folders searched recursively for ``*.jsonl``); each
record is recognised by its keys:

* Reuters-21578 story (``newid``, ``title``, ``body``, ``date``):
  :func:`helpers.evaluation.reuters.story_article`;
* PolNeAR record (``attributions``, ``text``): :func:`helpers.evaluation.corpora.polnear_article`;
* TimeBank/AQUAINT document (``docid``, ``dct``, ``text``): :func:`helpers.evaluation.corpora.tempeval_article`.

Article files (``.txt``, ``.md``, ``.html``) given directly are read with
:func:`helpers.core.articles.load_article`. Records with the same text, title and date
(PolNeAR has one record per article and annotator) are extracted once. The tables of every
text extracted are kept in the report (``tables``), so that ``python -m helpers evaluate``
scores the articles it shares with the check (the Reuters sets, the PolNeAR event sets and
quotations) without extracting them again.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from helpers.evaluation.corpora import polnear_article, read_jsonl, tempeval_article
from helpers.evaluation.reuters import story_article

logger = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
#: Documents sent to a worker at a time.
CHUNK = 10


@dataclass
class CrashReport:
    """Outcome of a crash check: ``records`` read, ``extracted`` distinct texts run,
    ``failures``: one dict per exception with source (file name), doc (record id), error
    (``Type: message``) and where (``file:line in function`` of the traceback's last frame),
    and ``tables``: the tables of each Article whose extraction succeeded."""

    records: int = 0
    extracted: int = 0
    failures: list[dict] = field(default_factory=list)
    tables: dict = field(default_factory=dict)


def record_article(n: int, record: dict):
    """The Article of one JSONL record (rules in the module docstring).

    Raises:
        ValueError: the record is of no known corpus.
    """
    if "newid" in record and "body" in record:
        return story_article({**record, "title": record.get("title") or "", "body": record.get("body") or ""})
    if "attributions" in record and "text" in record:
        return polnear_article(n, record)
    if "docid" in record and "text" in record:
        return tempeval_article(record)
    raise ValueError(f"record {n}: neither a Reuters story, a PolNeAR record nor a TimeBank/AQUAINT document")


def _inputs(paths: list[Path | str]) -> Iterator[Path]:
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix == ".jsonl" or p.suffix in ARTICLE_SUFFIXES)
        elif path.is_file():
            yield path
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")


def _documents(path: Path) -> Iterator[tuple[str, object]]:
    """(doc id, Article or the exception that building it raised) for one input file."""
    from helpers.core.articles import load_article

    if path.suffix != ".jsonl":
        try:
            article = load_article(path)
        except Exception as exc:  # noqa: BLE001 - a refused file is reported, not raised
            yield path.name, exc
            return
        yield article.article_id, article
        return
    for n, record in enumerate(read_jsonl(path), 1):
        try:
            article = record_article(n, record)
        except Exception as exc:  # noqa: BLE001
            yield str(record.get("newid") or record.get("docid") or record.get("article") or n), exc
            continue
        yield str(record.get("newid") or record.get("docid") or record.get("article") or article.article_id), article


def _where(exc: BaseException) -> str:
    """``file:line in function`` of the traceback's last frame, preceded by the last frame
    inside the ``helpers`` package when the exception was raised in a library."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "?"
    fmt = lambda f: f"{Path(f.filename).name}:{f.lineno} in {f.name}"  # noqa: E731
    own = [f for f in frames if "/helpers/" in Path(f.filename).as_posix()]
    return fmt(frames[-1]) if not own or own[-1] is frames[-1] else f"{fmt(own[-1])} -> {fmt(frames[-1])}"


def crash_check(
    paths: list[Path | str], *, jobs: int = 1, every: int = 50, log: Callable[[str], None] | None = None
) -> CrashReport:
    """Run :func:`helpers.pipeline.extract_tables` on every distinct document of ``paths``.

    Args:
        paths: JSONL files, folders of them or article files (module docstring).
        jobs: worker processes (:func:`helpers.workers.executor`); 1 runs here, in this process.
        every: a progress line every this many texts.

    Returns:
        :class:`CrashReport`: first the records that could not be read, then the
        extraction failures in the order of the documents; nothing is written.

    Raises:
        FileNotFoundError: a path does not exist.
        ValueError: a JSONL line is not JSON.
    """
    log = log or logger.info
    report, todo, seen = CrashReport(), [], set()
    for path in _inputs(paths):
        for doc_id, article in _documents(path):
            report.records += 1
            if isinstance(article, Exception):
                report.failures.append(_failure(path.name, doc_id, article))
            elif (key := (article.text, article.title, article.published)) not in seen:
                seen.add(key)
                todo.append((path.name, doc_id, article))
    report.extracted = len(todo)
    found, done = {}, 0
    for index, results in _checked(todo, jobs):
        chunk = todo[index * CHUNK : (index + 1) * CHUNK]
        report.tables |= {article: tables for (_, _, article), (_, tables) in zip(chunk, results) if tables is not None}
        found[index] = [failure for failure, _ in results if failure]
        for failure in found[index]:
            log(f"crash-check: {failure['source']} {failure['doc']}: {failure['error']}")
        done += len(results)
        if done // every > (done - len(results)) // every or done == len(todo):
            log(f"crash-check: {done}/{len(todo)} texts extracted, {sum(map(len, found.values()))} failures")
    report.failures += [f for index in sorted(found) for f in found[index]]
    return report


def _failure(source: str, doc: str, exc: BaseException) -> dict:
    return {"source": source, "doc": doc, "error": f"{type(exc).__name__}: {exc}", "where": _where(exc)}


def _check_chunk(chunk: list[tuple[str, str, object]], _out=None) -> list[tuple[dict | None, dict | None]]:
    """(failure, tables) of each (source, doc id, Article) of a chunk: (None, the tables) where
    extraction succeeded, (the failure, None) where it raised."""
    from helpers import pipeline

    results = []
    for source, doc_id, article in chunk:
        try:
            results.append((None, pipeline.extract_tables(article)))
        except Exception as exc:  # noqa: BLE001 - every exception is what we look for
            results.append((_failure(source, doc_id, exc), None))
    return results


def _checked(
    todo: list[tuple[str, str, object]], jobs: int
) -> Iterator[tuple[int, list[tuple[dict | None, dict | None]]]]:
    """(chunk index, results of :func:`_check_chunk`) of ``todo`` in chunks of :data:`CHUNK`, as
    each chunk is done: here when ``jobs`` is 1, else in worker processes, where a chunk whose
    worker died fails each of its documents."""
    chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
    if jobs == 1:
        yield from enumerate(map(_check_chunk, chunks))
        return
    from helpers import workers

    def died(chunk, exc):
        return [(_failure(source, doc_id, exc), None) for source, doc_id, _ in chunk]

    index = {id(chunk): i for i, chunk in enumerate(chunks)}
    with workers.executor(jobs) as (pool, _):
        for chunk, results in workers.run_chunks(_check_chunk, chunks, None, pool, died):
            yield index[id(chunk)], results


def crash_markdown(report: CrashReport) -> str:
    """The crash check as Markdown: a summary line and one row per failure."""
    lines = [
        f"{report.records} records, {report.extracted} distinct texts extracted, "
        f"{len(report.failures)} raised an exception."
    ]
    if report.failures:
        lines += ["", "| source | document | exception | last frame |", "|---|---|---|---|"]
        lines += [
            f"| {f['source']} | {f['doc']} | {f['error'].replace('|', '/')} | {f['where']} |" for f in report.failures
        ]
    return "\n".join(lines)
