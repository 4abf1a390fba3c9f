"""Turn English news articles on political-prisoner diplomacy into tidy pandas tables.

Modules, one per concern: ``articles`` (load and decode), ``structure`` (blocks and
sentences), ``nlp`` (the shared spaCy pipeline), ``entities``, ``quotes``,
``quantities``, ``timexes``, ``events`` (one table each), ``schemas`` (table
contracts), ``store`` (atomic Parquet I/O), ``pipeline`` (article -> tables, batches),
``reference`` and ``timeline`` (curated facts and the corpus analysis), ``reports``
(papermill + nbconvert), ``evaluate`` (scores against annotated articles).
"""
__version__ = "0.1.0"
