"""Scoring the extractors against annotated articles and public corpora.

Modules by concern:

- ``evaluate``: the ``python -m helpers evaluate`` options and the report run;
- ``gold``: loading ``tests/gold`` and ``tests/heldout``; ``reuters``: the Reuters real-text
  gold ``tests/gold_reuters`` and the measuring set ``tests/gold_reuters2``, with their texts
  built in memory from the shared JSONL; ``news``: the news measuring set ``tests/gold_news3``
  on TimeBank/AQUAINT texts, built the same way;
- ``scoring``: entity, quote and span measures; ``corpus_scoring``: TempEval-3 and PolNeAR
  measures; ``event_scoring``: the strict one-to-one event score;
- ``annotated``: the pipeline (and baselines) scored on an annotated set; ``baselines``:
  spaCy, dateparser and textacy baselines (the ``eval`` extra); ``corpora``: TimeBank/AQUAINT
  and PolNeAR runs;
- ``report``: the Markdown of ``reports/evaluation.md``; ``crash_check``: the whole
  extraction on every text of some corpora, listing every exception.
"""
