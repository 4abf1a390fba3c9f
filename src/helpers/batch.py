"""Batches of article files: take them in (:mod:`helpers.intake`: find, skip the unchanged,
load the rest), parse them in chunks (one spaCy stream each, or in worker processes with
``jobs > 1``), write each article's tables as one unit, and say what happened to every input,
one failure never stopping the others.

spaCy is loaded once per process. Articles whose content and pipeline fingerprint
(:func:`helpers.pipeline.fingerprint`) are unchanged since the last run are skipped unless
``force``; the tables of articles whose file is gone are removed.
"""

from __future__ import annotations

import itertools
import logging
import shutil
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

from helpers import workers
from helpers.core import articles as art
from helpers.core import store
from helpers.core.nlp import parse_texts
from helpers.core.structure import split_blocks
from helpers.intake import SUMMARY, Outcome, Seen, find_inputs, last_refusals, load, write_summary
from helpers.pipeline import _extract, check_contracts, fingerprint
from helpers.progress import progress_bar, step

log = logging.getLogger(__name__)
CHUNK_CHARS = 200_000  # ... unless their text is longer: memory holds one chunk's docs at a time
CHUNK = 16  # articles parsed together in one nlp.pipe stream ...


def parse_batch(
    paths: Iterable[Path | str],
    out_dir: Path | str,
    *,
    force: bool = False,
    max_bytes: int = art.MAX_BYTES,
    summary: bool = True,
    jobs: int = 1,
    scheduler: str | None = None,
) -> list[Outcome]:
    """Parse many article files into ``out_dir/<article_id>/``, one failure never
    stopping the others.

    Args:
        paths: article files and/or folders of them.
        out_dir: where the per-article folders go (created if missing).
        force: re-parse even if content and pipeline are unchanged.
        max_bytes: size limit per file.
        summary: write the outcomes to ``out_dir/batch_summary.json`` (read by the
            report index); False for a one-off parse that must not replace it.
        jobs: worker processes for parsing (1: in this process).
        scheduler: address of a Dask distributed scheduler (``tcp://host:8786``): parse on its
            workers instead (:mod:`helpers.workers`; ``jobs`` is then ignored).

    Returns:
        One :class:`Outcome` per input file. Progress: one line per file on the
        ``helpers.pipeline`` logger, under a bar on a terminal (:mod:`helpers.progress`).
    """
    out_dir = Path(out_dir)
    store.remove_stale_temp(out_dir)
    paths = [Path(p) for p in paths]
    files = find_inputs(paths)
    outcomes: list[Outcome] = []
    seen = Seen(refused=last_refusals(out_dir / SUMMARY))
    total, done = len(files), 0
    bar = progress_bar(total, "parse", log)

    def report(o: Outcome) -> None:
        nonlocal done
        done += 1
        step(bar, log, f"[{done}/{total}] {o.status:7} {o.article_id or '-'}  {o.message}".rstrip())

    def loaded() -> Iterator[tuple[art.Article, Outcome]]:
        for path in files:
            outcome, article = load(path, out_dir, seen, force=force, max_bytes=max_bytes)
            outcomes.append(outcome)
            if article is None:
                report(outcome)
            else:
                yield article, outcome

    pending = loaded()
    first = list(itertools.islice(pending, 2))  # one article to parse is parsed here
    if scheduler or (jobs > 1 and len(first) > 1):
        _parse_elsewhere(itertools.chain(first, pending), len(files), out_dir, report, jobs, scheduler)
    else:
        for chunk in _chunks([*first, *pending]):
            _parse_chunk(chunk, out_dir, report)
    bar.close()
    _prune(out_dir, [p for p in paths if p.is_dir()], set(seen.ids))
    if summary:
        write_summary(out_dir / SUMMARY, outcomes)
    return outcomes


def _chunks(
    pending: Iterable[tuple[art.Article, Outcome]], size: int = CHUNK
) -> Iterator[list[tuple[art.Article, Outcome]]]:
    """Consecutive groups of at most ``size`` articles and :data:`CHUNK_CHARS`
    characters (an article longer than that is a group of its own), so a batch of long
    articles never holds more than one group's spaCy docs at a time."""
    chunk: list[tuple[art.Article, Outcome]] = []
    chars = 0
    for item in pending:
        if chunk and (len(chunk) == size or chars + len(item[0].text) > CHUNK_CHARS):
            yield chunk
            chunk, chars = [], 0
        chunk.append(item)
        chars += len(item[0].text)
    if chunk:
        yield chunk


def _prune(out_dir: Path, folders: list[Path], kept: set[str]) -> None:
    """Remove the tables of articles whose file was in one of the parsed ``folders`` but is
    gone (deleted or renamed) or is now a byte-identical copy, so that no report, timeline
    or claims check keeps showing them. Articles from elsewhere are left alone."""
    roots = {f.resolve() for f in folders}
    for article_id in store.article_ids(out_dir):
        manifest = store.read_manifest(out_dir / article_id) or {}
        source = Path(manifest.get("path", ""))
        if article_id not in kept and source.parent.resolve() in roots:
            try:
                shutil.rmtree(out_dir / article_id)
                log.info(f"removed  {article_id}  its file {manifest.get('path')} is gone; tables deleted")
            except OSError as exc:
                log.error(f"{article_id}: cannot delete the tables of a removed article: {exc.strerror or exc}")


def _parse_chunk(
    chunk: list[tuple[art.Article, Outcome]], out_dir: Path, report: Callable[[Outcome], None] = lambda _: None
) -> None:
    """Parse a few articles' blocks in one spaCy stream, extract each, check the chunk's
    tables against their contracts (:func:`check_contracts`), then write each article.
    If the shared stream fails, each article is retried alone so only the bad one fails."""
    try:
        blocks = [split_blocks(a.text) for a, _ in chunk]
        docs = parse_texts(t for b in blocks for t in b["text"])
    except Exception:
        if len(chunk) > 1:
            for item in chunk:
                _parse_chunk([item], out_dir, report)
            return
        blocks, docs = [None], None
    pos, extracted = 0, []
    for (article, outcome), article_blocks in zip(chunk, blocks):
        start = time.perf_counter()
        article_docs, tables = None, None
        if docs is not None:
            article_docs, pos = docs[pos : pos + len(article_blocks)], pos + len(article_blocks)
        try:
            tables = _extract(article, article_docs, article_blocks)
        except Exception as exc:  # one bad article must not stop the batch
            _failed(outcome, article, exc)
        outcome.seconds += time.perf_counter() - start
        extracted.append((article, outcome, tables))
    start = time.perf_counter()
    good = [i for i, (_, _, tables) in enumerate(extracted) if tables is not None]
    errors = dict(zip(good, check_contracts([extracted[i][2] for i in good])))
    share = (time.perf_counter() - start) / max(1, len(good))
    for i, (article, outcome, tables) in enumerate(extracted):
        start = time.perf_counter()
        try:
            if errors.get(i) is not None:
                raise errors[i]
            if tables is not None:
                store.write_article(
                    out_dir,
                    article.article_id,
                    tables,
                    article.text,
                    {
                        "article_id": article.article_id,
                        "path": article.path,
                        "sha256": article.sha256,
                        "input_sha256": article.input_sha256,
                        "fingerprint": fingerprint(),
                        "title": article.title,
                        "published": article.published.isoformat() if article.published else None,
                        "rows": {k: len(v) for k, v in tables.items()},
                    },
                )
        except Exception as exc:  # one bad article must not stop the batch
            _failed(outcome, article, exc)
        outcome.seconds += time.perf_counter() - start + share * (tables is not None)
        report(outcome)


def _failed(outcome: Outcome, article: art.Article, exc: Exception) -> None:
    """Mark an outcome failed with a one-line reason and where it was raised."""
    last = traceback.extract_tb(exc.__traceback__)[-1]
    outcome.status = "failed"
    outcome.message = (
        f"{article.path}: extraction failed: {type(exc).__name__}: "
        f"{str(exc).splitlines()[0] if str(exc) else ''} "
        f"({Path(last.filename).name}:{last.lineno})"
    )


def _parse_elsewhere(
    pending: Iterator[tuple[art.Article, Outcome]],
    expected: int,
    out_dir: Path,
    report: Callable[[Outcome], None],
    jobs: int,
    scheduler: str | None,
) -> None:
    """Parse ``pending`` in ``jobs`` worker processes or on a Dask cluster
    (:mod:`helpers.workers`), in chunks small enough to keep every worker busy to the end
    (sized for ``expected`` articles, the batch's file count); each outcome is updated and
    reported as its chunk comes back. A chunk is sent as soon as it is read, so the workers
    start (and load spaCy) while the rest of the batch is still read and checked (measured on
    98 articles, two jobs: the intake took 0.8 s and a worker's start-up 1.7 s, one after the
    other)."""
    with workers.executor(jobs, scheduler) as (pool, slots):
        chunks = _chunks(pending, max(1, min(CHUNK, -(-expected // (4 * slots)))))
        for chunk, results in workers.run_chunks(_parse_chunk_here, chunks, out_dir, pool, _worker_failed):
            for (_, outcome), result in zip(chunk, results):
                vars(outcome).update(vars(result))
                report(outcome)


def _worker_failed(chunk: list[tuple[art.Article, Outcome]], exc: Exception) -> list[Outcome]:
    """The outcomes of a chunk whose worker died (killed, out of memory, cluster lost)."""
    return [
        Outcome(**{**asdict(o), "status": "failed", "message": f"{a.path}: worker failed: {type(exc).__name__}: {exc}"})
        for a, o in chunk
    ]


def _parse_chunk_here(chunk: list[tuple[art.Article, Outcome]], out_dir: Path) -> list[Outcome]:
    """:func:`_parse_chunk` in a worker process; returns the chunk's outcomes."""
    _parse_chunk(chunk, out_dir)
    return [outcome for _, outcome in chunk]


def ensure_parsed(article_id: str, processed_dir: Path | str, raw_dir: Path | str | None = None) -> None:
    """Make sure ``processed_dir`` holds up-to-date tables of ``article_id``: if its raw
    file is in ``raw_dir`` (default ``data/raw/articles``) it is parsed unless unchanged
    (content hash and pipeline fingerprint); otherwise existing tables are used. Lets a
    notebook run on a fresh clone, as nbval and JupyterLab users do.

    Raises:
        FileNotFoundError: neither processed tables nor a raw file with that id.
        RuntimeError: the article fails to parse (the message says why).
    """
    from helpers.paths import ARTICLES_DIR

    raw_dir = Path(raw_dir or ARTICLES_DIR)
    candidates = [p for p in find_inputs([raw_dir]) if art.article_id_for(p) == article_id] if raw_dir.is_dir() else []
    if candidates:
        outcome = parse_batch(candidates[:1], processed_dir, summary=False)[0]
        if outcome.status == "failed":
            raise RuntimeError(outcome.message)
    elif not (Path(processed_dir) / article_id / store.MANIFEST).is_file():  # not a glob of every folder
        raise FileNotFoundError(
            f"no processed tables in {processed_dir} and no raw article with id {article_id!r} in {raw_dir}"
        )
