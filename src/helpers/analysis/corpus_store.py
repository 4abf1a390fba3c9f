"""A queryable store of the corpus: one DuckDB file, ``<processed_dir>/corpus.duckdb``.

It holds every tidy table of every processed article (``articles``, ``blocks``,
``sentences``, ``mentions``, ``entities``, ``quotes``, ``quantities``, ``timexes``,
``events``; one table each, ``article_id`` on every row), read with
:func:`helpers.core.store.read_table` so that it never depends on how an article's tables
are laid out on disk, and the tables derived from them:

* ``reference``: the reference timeline (:func:`helpers.analysis.reference.load_timeline`);
* ``corpus_events`` and ``corpus_event_mentions`` (:mod:`helpers.analysis.corpus`: one row
  per real-world event, and which article's event reports it);
* ``claims``: the claims check of every event (:mod:`helpers.analysis.claims`).

The file is built under a temporary name and renamed into place, so a reader never sees
a half-built store. ``make report`` builds it (:func:`helpers.reports.build_reports`);
open it with ``duckdb data/processed/corpus.duckdb`` or :func:`query`.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd

from helpers.analysis import claims, corpus, reference
from helpers.core import schemas, store

DB_NAME = "corpus.duckdb"
DERIVED = ("reference", "corpus_events", "corpus_event_mentions", "claims")


def db_path(processed_dir: Path | str) -> Path:
    """Where the store of a processed folder lives: ``<processed_dir>/corpus.duckdb``."""
    return Path(processed_dir) / DB_NAME


def corpus_tables(processed_dir: Path | str, timeline: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Every table the store holds, as DataFrames.

    Args:
        processed_dir: the processed folder.
        timeline: the reference timeline (default: :func:`helpers.analysis.reference.load_timeline`).

    Returns:
        dict name -> DataFrame: the tidy tables of :data:`helpers.core.schemas.TABLES`
        concatenated over articles, then :data:`DERIVED`.
    """
    tables = {name: store.read_table(processed_dir, name) for name in schemas.TABLES}
    timeline = reference.load_timeline() if timeline is None else timeline
    linked = corpus.link_events(tables["events"], tables["quantities"])
    tables["reference"] = timeline
    tables["corpus_events"] = corpus.corpus_events(linked)
    tables["corpus_event_mentions"] = linked[
        [
            "corpus_event_id",
            "article_id",
            "event_id",
            "sentence_id",
            "event_type",
            "date",
            "count",
            "qualifier",
            "evidence",
        ]
    ]
    tables["claims"] = claims.claims_check(tables["events"], timeline, tables["quantities"])
    return tables


def build_corpus_db(
    processed_dir: Path | str, path: Path | str | None = None, timeline: pd.DataFrame | None = None
) -> Path:
    """Build (or rebuild) the store of a processed folder.

    Args:
        processed_dir: the processed folder.
        path: the DuckDB file (default :func:`db_path`).
        timeline: the reference timeline (default: the curated one).

    Returns:
        The path of the DuckDB file.

    Raises:
        FileNotFoundError: ``processed_dir`` is not a folder.
    """
    if not Path(processed_dir).is_dir():
        raise FileNotFoundError(
            f"{processed_dir}: no such folder of processed tables (run `python -m helpers parse` first)"
        )
    path = Path(path) if path else db_path(processed_dir)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        with duckdb.connect(str(tmp)) as con:
            for name, frame in corpus_tables(processed_dir, timeline).items():
                con.register("frame", _storable(frame))
                con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM frame')
                con.unregister("frame")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _storable(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns DuckDB can hold: sets and lists of Python objects become "; "-joined text."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object and out[col].map(lambda v: isinstance(v, (set, frozenset, list, tuple))).any():
            out[col] = out[col].map(
                lambda v: "; ".join(sorted(map(str, v))) if isinstance(v, (set, frozenset, list, tuple)) else v
            )
    return out


def query(sql: str, path: Path | str, params: list | None = None) -> pd.DataFrame:
    """Run one SQL query on a store, read-only.

    Args:
        sql: a DuckDB SQL query (``?`` placeholders for ``params``).
        path: the DuckDB file (see :func:`db_path`).
        params: values of the placeholders.

    Returns:
        The result as a DataFrame.

    Raises:
        FileNotFoundError: the store has not been built.
        duckdb.Error: the query is invalid.
    """
    if not Path(path).is_file():
        raise FileNotFoundError(f"{path}: no corpus store (built by `make report`, or build_corpus_db)")
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, params or []).df()


def per_country(path: Path | str) -> pd.DataFrame:
    """Per country: the articles reporting on it, their events, the consolidated events
    they make and the reference rows (one SQL query on the corpus store at ``path``).

    Returns:
        Columns ``country`` (ISO code), ``articles``, ``events``, ``consolidated_events``,
        ``reference_rows`` (int), one row per country of the events or the reference.
    """
    return query(
        """
        WITH mentions AS (SELECT e.country, count(*) AS n_events, count(DISTINCT c.corpus_event_id) AS consolidated,
                                 count(DISTINCT e.article_id) AS articles
                          FROM events e LEFT JOIN corpus_event_mentions c USING (article_id, event_id)
                          WHERE e.country IS NOT NULL GROUP BY e.country),
             ref AS (SELECT country, count(*) AS reference_rows FROM reference GROUP BY country)
        SELECT country, coalesce(articles, 0) AS articles, coalesce(n_events, 0) AS events,
               coalesce(consolidated, 0) AS consolidated_events, coalesce(reference_rows, 0) AS reference_rows
        FROM mentions FULL OUTER JOIN ref USING (country) ORDER BY country""",
        path,
    )


def consolidated_with_status(path: Path | str) -> pd.DataFrame:
    """The consolidated events of the corpus store at ``path``, each with the reference
    row its best-matching report matches.

    Returns:
        The ``corpus_events`` columns plus ``ref_id`` (None when unmatched) and ``status``
        (the best of :data:`helpers.analysis.claims.CLAIM_STATUSES` among its reports,
        "not in the reference" when none matches).
    """
    rank = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(claims.CLAIM_STATUSES))
    matches = query(
        f"""SELECT m.corpus_event_id, first(c.ref_id ORDER BY CASE c.status {rank} END) AS ref_id,
                               min(CASE c.status {rank} END) AS best
                        FROM corpus_event_mentions m JOIN claims c USING (article_id, event_id) GROUP BY ALL""",
        path,
    )
    matches["status"] = matches["best"].map(dict(enumerate(claims.CLAIM_STATUSES)))
    out = query("SELECT * FROM corpus_events", path)
    out = out.merge(matches.drop(columns="best"), on="corpus_event_id", how="left")
    out["status"] = out["status"].fillna("not in the reference")
    return out
