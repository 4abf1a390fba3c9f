"""Turn English news articles on political-prisoner diplomacy into tidy pandas tables.

The public API (imported on first use, so ``import helpers.paths`` stays light):

- :func:`load_article`: a file and its sidecar -> :class:`~helpers.core.articles.Article`;
- :func:`extract_tables`: an article -> the nine tidy tables (dict of DataFrames);
- :func:`parse_batch`: files and folders -> ``<out>/<article_id>/<table>.parquet``;
- :func:`read_table`: one table of every processed article (or of one).

The packages follow the flow of data:

- ``core``: article loading, blocks and sentences, the spaCy pipeline, table contracts, storage;
- ``lexicon``: word lists only, one owner each;
- ``entities``, ``quotes``, ``quantities``, ``timexes``, ``events``: one package per table,
  each exposing ``extract_<table>``;
- ``analysis``: what the notebooks import (reference, timeline, claims, figures);
- ``evaluation``: scoring against annotated articles and public corpora;
- ``pipeline`` (article -> tables, batches), ``reports`` (papermill + nbconvert), ``paths``,
  and the command line in ``__main__``.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_API = {
    "load_article": "helpers.core.articles",
    "extract_tables": "helpers.pipeline",
    "parse_batch": "helpers.batch",
    "read_table": "helpers.core.store",
}
__all__ = list(_API)


def __getattr__(name: str):
    """Import a public function on first use (PEP 562)."""
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")
