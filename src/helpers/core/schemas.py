"""Table contracts: the columns, dtypes and checks of the nine tidy tables.

Every table carries ``article_id``; every span carries ``start_char``/``end_char``
(end exclusive) into the article text. Entity labels are OntoNotes 5 labels as
predicted by spaCy (https://catalog.ldc.upenn.edu/docs/LDC2013T19/OntoNotes-Release-5.0.pdf);
time values are TIMEX3 (ISO-TimeML, https://www.timeml.org/publications/timeMLdocs/timeml_1.2.1.html);
event codes are CAMEO (http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf).

The schemas are strict and ordered: each lists every column a table has, in the order
it is written, with its dtype, nullability and allowed values. They are the one source of
the column lists: extractors build their frames from :func:`columns`, and
:func:`validate` (run once per table by :func:`helpers.pipeline.extract_tables`) refuses a
missing, extra or misplaced column. The two columns added after extraction
(``events.country``, ``articles.countries``: :mod:`helpers.analysis.countries`) are optional.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine

ONTONOTES_LABELS = (
    "PERSON",
    "NORP",
    "FAC",
    "ORG",
    "GPE",
    "LOC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
)
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
EVENT_TYPES = (
    "release",
    "sanction_imposed",
    "sanction_eased",
    "arrest",
    "sentence",
    "negotiation",
    "election",
    "protest",
    "military",
    "designation",
)
MODALITIES = ("asserted", "announced", "promised", "demanded", "denied", "negated", "hypothetical", "generic")
QUALIFIERS = ("exact", "over", "about", "at least", "almost", "under", "up to", "several")
BLOCK_KINDS = ("title", "heading", "byline", "paragraph", "list_item")
FORMATS = ("text", "markdown", "html")
#: What a place name stands for when used for its government (metonymy; helpers.entities.extract).
STANDS_FOR = ("government",)
#: How a quotation got its speaker (helpers.quotes.extract, helpers.quotes.context).
ATTRIBUTIONS = ("dash", "verb_after", "verb_before", "pronoun", "colon", "continuation", "context", "none")
#: Which rule of helpers.events.dates gave an event its date.
DATE_SOURCES = (
    "own",
    "related",
    "clause",
    "sentence",
    "lead",
    "headline",
    "deal",
    "coreference",
    "section",
    "story",
    "scene",
    "exchange",
)
TIMEX_GRANULARITIES = (
    "day",
    "month",
    "year",
    "decade",
    "century",
    "week",
    "weekend",
    "quarter",
    "season",
    "time",
    "duration",
    "set",
)
TIMEX_ANCHORS = ("absolute", "publication", "previous", "none: no publication date")


class _String(pandas_engine.STRING):
    """pandera's ``str`` dtype, answering a column of exactly that dtype with one True.

    pandera 0.35's ``STRING.check`` answers such a column with one True per value, and the
    column check then builds an (empty) table of failure cases from them: about 1 ms per
    string column, a fifth of the contracts' time over a batch (measured on 100 Reuters
    stories). Any other dtype (``object`` with mixed values, ``int64``) gets pandera's own check.
    """

    def check(self, pandera_dtype, data_container=None):
        if getattr(pandera_dtype, "type", None) == self.type:
            return True
        return super().check(pandera_dtype, data_container)


STRING = _String()
STR = pa.Column(STRING)
OPT_STR = pa.Column(STRING, nullable=True)
INT = pa.Column("int64", pa.Check.ge(0))
OPT_INT = pa.Column("Int64", nullable=True)
OPT_OFFSET = pa.Column("Int64", pa.Check.ge(0), nullable=True)
DATE = pa.Column("datetime64[s]", nullable=True)
BOOL = pa.Column(bool)
# Added after extraction by helpers.analysis.countries (ISO 3166-1 alpha-2 codes, "EU" for the
# European Union): optional in the contracts, so that an extractor's own table passes too.
COUNTRY = pa.Column(STRING, pa.Check.str_matches(r"^[A-Z]{2}$"), nullable=True, required=False)
COUNTRY_LIST = pa.Column(STRING, pa.Check.str_matches(r"^([A-Z]{2}(; [A-Z]{2})*)?$"), required=False)


def _one_of(values: tuple, nullable: bool = False) -> pa.Column:
    return pa.Column(STRING, pa.Check.isin(values), nullable=nullable)


def _table(name: str, columns: dict) -> pa.DataFrameSchema:
    """A strict, ordered contract: exactly these columns, in this order."""
    return pa.DataFrameSchema({"article_id": STR, **columns}, name=name, strict=True, ordered=True, coerce=False)


def _span_table(name: str, columns: dict, after: dict | None = None) -> pa.DataFrameSchema:
    """A table of spans: ``columns``, then start_char and end_char, then ``after``."""
    return pa.DataFrameSchema(
        {"article_id": STR, **columns, "start_char": INT, "end_char": INT, **(after or {})},
        name=name,
        strict=True,
        ordered=True,
        coerce=False,
        checks=pa.Check(
            lambda df: (df["end_char"] >= df["start_char"]).all(), error="end_char must not be before start_char"
        ),
    )


SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "articles": _table(
        "articles",
        {
            "title": STR,
            "published": DATE,
            "source": OPT_STR,
            "url": OPT_STR,
            "language": STR,
            "path": STR,
            "sha256": pa.Column(STRING, pa.Check.str_matches(r"^[0-9a-f]{64}$")),
            "n_chars": INT,
            "encoding": STR,
            "format": _one_of(FORMATS),
            "countries": COUNTRY_LIST,
        },
    ),
    "blocks": _span_table("blocks", {"block_id": INT, "kind": _one_of(BLOCK_KINDS), "section": OPT_STR, "text": STR}),
    "sentences": _span_table("sentences", {"sentence_id": INT, "block_id": INT, "text": STR}),
    "mentions": _span_table(
        "mentions",
        {"mention_id": INT, "sentence_id": INT, "text": STR, "label": _one_of(ONTONOTES_LABELS), "entity_id": OPT_INT},
        after={"stands_for": _one_of(STANDS_FOR, nullable=True), "mixed_script": BOOL},
    ),
    "entities": _table(
        "entities",
        {
            "entity_id": INT,
            "name": STR,
            "label": _one_of(ONTONOTES_LABELS),
            "aliases": STR,
            "role": OPT_STR,
            "wikidata_id": OPT_STR,
            "n_mentions": INT,
            "stands_for": _one_of(STANDS_FOR, nullable=True),
            "mixed_script": BOOL,
        },
    ),
    "quotes": _span_table(
        "quotes",
        {
            "quote_id": INT,
            "sentence_id": INT,
            "text": STR,
            "speaker": OPT_STR,
            "speaker_entity_id": OPT_INT,
            "cue": OPT_STR,
        },
        after={
            "attribution": _one_of(ATTRIBUTIONS),
            "balanced": BOOL,
            "quoted_term": BOOL,
            "speaker_start_char": OPT_OFFSET,
            "speaker_end_char": OPT_OFFSET,
        },
    ),
    "quantities": _span_table(
        "quantities",
        {
            "quantity_id": INT,
            "sentence_id": INT,
            "text": STR,
            "value": pa.Column("float64"),
            "unit": OPT_STR,
            "qualifier": _one_of(QUALIFIERS),
            "currency": pa.Column(STRING, pa.Check.str_matches(r"^[A-Z]{3}$"), nullable=True),
        },
    ),  # ISO 4217
    "timexes": _span_table(
        "timexes",
        {
            "timex_id": INT,
            "sentence_id": INT,
            "text": STR,
            "type": _one_of(TIMEX_TYPES),
            "value": OPT_STR,
            "granularity": _one_of(TIMEX_GRANULARITIES, nullable=True),
            "anchor": _one_of(TIMEX_ANCHORS),
        },
    ),
    "events": _span_table(
        "events",
        {
            "event_id": INT,
            "sentence_id": INT,
            "event_type": _one_of(EVENT_TYPES),
            "cameo_code": OPT_STR,
            "modality": _one_of(MODALITIES),
            "date": OPT_STR,
            "date_start": DATE,
            "date_end": DATE,
            "actor": OPT_STR,
            "target": OPT_STR,
            "count": OPT_INT,
            "evidence": STR,
            "country": COUNTRY,
        },
        after={
            "goldstein": pa.Column("float64", pa.Check.in_range(-10, 10), nullable=True),
            "people": STR,
            "trigger": STR,
            "duration": pa.Column(STRING, pa.Check.str_startswith("P"), nullable=True),
            "date_source": _one_of(DATE_SOURCES, nullable=True),
            "n_mentions": pa.Column("int64", pa.Check.ge(1)),
            "n_targets": OPT_INT,
        },
    ),
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


def columns(name: str) -> list[str]:
    """The columns an extractor builds for table ``name``, in written order (the one source of
    column lists): every column of the contract but the optional ones added after extraction
    (``events.country``, ``articles.countries``).

    Examples:
        >>> columns("sentences")
        ['article_id', 'sentence_id', 'block_id', 'text', 'start_char', 'end_char']
        >>> "country" in columns("events"), "country" in SCHEMAS["events"].columns
        (False, True)
    """
    return [col for col, column in SCHEMAS[name].columns.items() if column.required]


def empty(name: str) -> pd.DataFrame:
    """An empty table with the contract's columns and dtypes (for articles with no
    quotes, no dates, no people...)."""
    schema = SCHEMAS[name]
    return pd.DataFrame({col: pd.Series(dtype=_dtype(c)) for col, c in schema.columns.items()})


def _dtype(column: pa.Column) -> str:
    dtype = str(column.dtype) if column.dtype is not None else "object"
    return "object" if dtype in ("str", "string") else dtype
