"""Turn English news articles on political-prisoner diplomacy into tidy pandas tables.

One module per concern:

- input and structure: ``paths``, ``articles`` (load, decode, metadata), ``structure``
  (blocks and sentences), ``nlp`` (the shared spaCy pipeline), ``schemas`` (table
  contracts), ``store`` (atomic Parquet I/O), ``pipeline`` (article -> tables, batches);
- mentions and entities: ``entities``, ``gazetteer``, ``appositions``;
- quotes: ``quotes`` (attribution), ``quote_marks``, ``quote_context``, ``speakers``;
- quantities: ``quantities``, ``numerals``, ``quantity_units``;
- time expressions: ``timexes``, ``timex_rules`` (detection), ``timex_named``,
  ``timex_deictic`` (normalisers), ``timex_anchor``, ``timex_calendar``, ``timex_values``;
- events: ``events``, ``event_lexicon``, ``event_triggers``, ``event_modality``,
  ``event_args``, ``event_counts``, ``event_lists``, ``event_dates``, ``event_merge``;
- analysis and output: ``reference`` (curated facts), ``timeline`` (deals, claims
  check), ``figures``, ``reports`` (papermill + nbconvert);
- quality: ``scoring``, ``evaluate``.
"""
__version__ = "0.1.0"
