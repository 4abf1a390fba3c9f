"""From an article to its tidy tables (:func:`extract_tables`), the contracts checked once
per table (:func:`check_contracts`), and the fingerprint of what makes the tables
(:func:`fingerprint`). Batches of files are :mod:`helpers.batch`."""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from helpers.core import articles as art
from helpers.core.nlp import MODEL
from helpers.paths import REFERENCE_DIR

if TYPE_CHECKING:
    from pandera.errors import SchemaErrors

log = logging.getLogger(__name__)


def extract_tables(
    article: art.Article, docs: list | None = None, blocks: pd.DataFrame | None = None
) -> dict[str, pd.DataFrame]:
    """All nine tidy tables of one article, validated against :mod:`helpers.core.schemas`.

    Args:
        article: from :func:`helpers.core.articles.load_article`.
        docs: spaCy docs of the article's blocks if already parsed (batch), else None.
        blocks: the article's blocks table, given with ``docs``.

    Returns:
        dict table name -> DataFrame, in the order of :data:`helpers.core.schemas.TABLES`,
        each with ``article_id`` as its first column.

    Raises:
        pandera.errors.SchemaErrors: an extractor produced a table that breaks its contract.
    """
    tables = _extract(article, docs, blocks)
    error = check_contracts([tables])[0]
    if error is not None:
        raise error
    return tables


def _extract(article: art.Article, docs: list | None, blocks: pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    """The nine tables of :func:`extract_tables`, their contracts not yet checked. The extractors
    are imported here, on first use: a re-run with nothing to parse never loads them (about a second)."""
    from helpers.analysis.countries import add_countries
    from helpers.core import schemas
    from helpers.core.structure import parse_structure
    from helpers.entities.extract import extract_entities
    from helpers.events.extract import extract_events
    from helpers.quantities.extract import extract_quantities
    from helpers.quotes.extract import extract_quotes
    from helpers.timexes.extract import extract_timexes

    parsed = parse_structure(article.article_id, article.text, article.published, docs, blocks)
    mentions, entities = extract_entities(parsed)
    quantities = extract_quantities(parsed)
    timexes = extract_timexes(parsed)
    tables = {
        "articles": article.to_frame(),
        "blocks": parsed.blocks,
        "sentences": parsed.sentences,
        "mentions": mentions,
        "entities": entities,
        "quotes": extract_quotes(parsed, mentions, entities),
        "quantities": quantities,
        "timexes": timexes,
        "events": extract_events(parsed, mentions=mentions, entities=entities, quantities=quantities, timexes=timexes),
    }
    tables = add_countries(tables)  # events.country, articles.countries
    return {name: _with_article_id(tables[name], article.article_id) for name in schemas.TABLES}


def check_contracts(batch: list[dict[str, pd.DataFrame]]) -> list[SchemaErrors | None]:
    """Check the tables of several articles against their contracts with few pandera calls.

    A pandera call costs milliseconds whatever the size of the table, so each table's
    frames are grouped by their columns and dtypes and each group is validated once, as
    one concatenated frame. That is the same check as one call per frame: frames of equal
    dtypes concatenate without a change of dtype, and every check of
    :mod:`helpers.core.schemas` is per value or per row. A group that fails is checked
    frame by frame, so the error goes to the article whose table breaks the contract.

    Args:
        batch: per article, table name -> DataFrame (all of :data:`schemas.TABLES`).

    Returns:
        Per article, None or the first ``pandera.errors.SchemaErrors`` its tables raised.
    """
    from pandera.errors import SchemaErrors  # here, not at the top: a re-run with nothing to parse never needs pandera

    from helpers.core import schemas

    errors: list[SchemaErrors | None] = [None] * len(batch)
    for name in schemas.TABLES:
        groups: dict[tuple, list[int]] = {}
        for i, tables in enumerate(batch):
            groups.setdefault((tuple(tables[name].columns), tuple(tables[name].dtypes)), []).append(i)
        for members in groups.values():
            frames = [batch[i][name] for i in members]
            try:
                schemas.validate(name, pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0])
            except SchemaErrors:
                for i in members:
                    try:
                        schemas.validate(name, batch[i][name])
                    except SchemaErrors as exc:
                        errors[i] = errors[i] or exc
    return errors


def _with_article_id(frame: pd.DataFrame, article_id: str) -> pd.DataFrame:
    if "article_id" in frame.columns:
        return frame.assign(article_id=frame["article_id"].astype(str))
    out = frame.copy()
    out.insert(0, "article_id", pd.Series([article_id] * len(frame), index=frame.index, dtype=str))
    return out


#: What changes the tables: the extracting packages, this module, and the curated files they read.
#: Analysis, figures, reports and evaluation are left out, so editing them re-parses nothing.
TABLE_PACKAGES = ("core", "lexicon", "entities", "quotes", "quantities", "timexes", "events")
TABLE_DATA = ("gazetteer.csv", "cameo.csv")
TABLE_MODULES = ("analysis/countries.py",)  # the one analysis step run at parse time


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Hash of what makes the tables: the model name, the source of :data:`TABLE_PACKAGES`
    (recursively) and of this module, and the curated files :data:`TABLE_DATA`.

    Returns:
        16 hex digits; a change to any of those files makes every article be parsed again.
    """
    package = Path(__file__).parent
    digest = hashlib.sha256(MODEL.encode())
    files = [
        Path(__file__),
        *sorted(f for name in TABLE_PACKAGES for f in (package / name).rglob("*.py")),
        *(package / name for name in TABLE_MODULES),
        *(REFERENCE_DIR / name for name in TABLE_DATA),
    ]
    for path in files:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]
