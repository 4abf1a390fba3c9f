"""Table contracts: the columns, dtypes and checks of the nine tidy tables.

Every table carries ``article_id``; every span carries ``start_char``/``end_char``
(end exclusive) into the article text. Entity labels are OntoNotes 5 labels as
predicted by spaCy (https://catalog.ldc.upenn.edu/docs/LDC2013T19/OntoNotes-Release-5.0.pdf);
time values are TIMEX3 (ISO-TimeML, https://www.timeml.org/publications/timeMLdocs/timeml_1.2.1.html);
event codes are CAMEO (http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf).

Schemas are checked by :func:`validate` before a table is written; extra columns are
allowed (``strict=False``) so that modules can add variables.
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

ONTONOTES_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                    "WORK_OF_ART", "LAW", "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY",
                    "QUANTITY", "ORDINAL", "CARDINAL")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
EVENT_TYPES = ("release", "sanction_imposed", "sanction_eased", "arrest", "sentence",
               "negotiation", "election", "protest", "military", "designation")
MODALITIES = ("asserted", "announced", "promised", "demanded", "denied", "negated", "hypothetical")
QUALIFIERS = ("exact", "over", "about", "at least", "almost", "under", "up to", "several")

STR = pa.Column(str)
OPT_STR = pa.Column(str, nullable=True)
INT = pa.Column("int64", pa.Check.ge(0))
OPT_INT = pa.Column("Int64", nullable=True)


def _span_table(name: str, columns: dict) -> pa.DataFrameSchema:
    cols = {"article_id": STR, **columns, "start_char": INT, "end_char": INT}
    return pa.DataFrameSchema(
        cols, name=name, strict=False, coerce=False,
        checks=pa.Check(lambda df: (df["end_char"] >= df["start_char"]).all(),
                        error="end_char must not be before start_char"),
    )


SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "articles": pa.DataFrameSchema({
        "article_id": STR, "title": STR, "published": pa.Column("datetime64[s]", nullable=True),
        "source": OPT_STR, "url": OPT_STR, "language": STR, "path": STR,
        "sha256": pa.Column(str, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
        "n_chars": INT, "encoding": STR, "format": STR,
        "countries": pa.Column(str, required=False),  # added after extraction (helpers.analysis.countries)
    }, name="articles", strict=False),
    "blocks": _span_table("blocks", {
        "block_id": INT, "kind": pa.Column(str, pa.Check.isin(
            ["title", "heading", "byline", "paragraph", "list_item"])),
        "section": OPT_STR, "text": STR}),
    "sentences": _span_table("sentences", {"sentence_id": INT, "block_id": INT, "text": STR}),
    "mentions": _span_table("mentions", {
        "mention_id": INT, "sentence_id": INT, "text": STR,
        "label": pa.Column(str, pa.Check.isin(ONTONOTES_LABELS)), "entity_id": OPT_INT,
        "mixed_script": pa.Column(bool)}),
    "entities": pa.DataFrameSchema({
        "article_id": STR, "entity_id": INT, "name": STR,
        "label": pa.Column(str, pa.Check.isin(ONTONOTES_LABELS)),
        "aliases": STR, "role": OPT_STR, "wikidata_id": OPT_STR, "n_mentions": INT,
        "mixed_script": pa.Column(bool),
    }, name="entities", strict=False),
    "quotes": _span_table("quotes", {
        "quote_id": INT, "sentence_id": INT, "text": STR, "speaker": OPT_STR,
        "speaker_entity_id": OPT_INT, "cue": OPT_STR}),
    "quantities": _span_table("quantities", {
        "quantity_id": INT, "sentence_id": INT, "text": STR, "value": pa.Column("float64"),
        "unit": OPT_STR, "qualifier": pa.Column(str, pa.Check.isin(QUALIFIERS)),
        "currency": OPT_STR}),
    "timexes": _span_table("timexes", {
        "timex_id": INT, "sentence_id": INT, "text": STR,
        "type": pa.Column(str, pa.Check.isin(TIMEX_TYPES)), "value": OPT_STR,
        "granularity": OPT_STR, "anchor": STR}),
    "events": _span_table("events", {
        "event_id": INT, "sentence_id": INT,
        "event_type": pa.Column(str, pa.Check.isin(EVENT_TYPES)),
        "cameo_code": OPT_STR, "modality": pa.Column(str, pa.Check.isin(MODALITIES)),
        "date": OPT_STR, "date_start": pa.Column("datetime64[s]", nullable=True),
        "date_end": pa.Column("datetime64[s]", nullable=True),
        "actor": OPT_STR, "target": OPT_STR, "count": OPT_INT, "evidence": STR,
        "country": pa.Column(str, nullable=True, required=False)}),  # added after extraction
}
TABLES = tuple(SCHEMAS)


def validate(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Check one table against its contract.

    Args:
        name: one of :data:`TABLES`.
        frame: the table.

    Returns:
        The same frame (unchanged) if valid.

    Raises:
        pandera.errors.SchemaErrors: listing every failing column and check (lazy).
    """
    return SCHEMAS[name].validate(frame, lazy=True)


def empty(name: str) -> pd.DataFrame:
    """An empty table with the contract's columns and dtypes (for articles with no
    quotes, no dates, no people...)."""
    schema = SCHEMAS[name]
    return pd.DataFrame({col: pd.Series(dtype=_dtype(c)) for col, c in schema.columns.items()})


def _dtype(column: pa.Column) -> str:
    dtype = str(column.dtype) if column.dtype is not None else "object"
    return "object" if dtype in ("str", "string") else dtype
