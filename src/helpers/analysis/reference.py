"""Curated reference tables: load them and check every row against its schema.

Two files in ``data/raw/reference/`` (described in its README.md):

* ``timeline.csv``: dated events on Belarus 2020-2025 and on Russia, Venezuela and Iran
  2018-2025 (arrests, sentences, elections, the invasion, designations, releases and
  exchanges, sanctions imposed, renewed and eased, talks), one row per event with its
  ``country``, each with at least one source URL.
* ``prisoner_counts.csv``: counts of political prisoners over time (Viasna, one from
  Human Rights Watch), one row per published count, each with its source URL.

Each file is read as text with :mod:`csv` (so every row keeps its line number), checked
with a pandera schema, then typed. A bad row raises :class:`ReferenceDataError` whose
message names the file, the line and the problem, e.g.
``timeline.csv, line 12, column 'date': '2021-13-01' is not an ISO date``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from helpers.analysis.countries import country_codes
from helpers.core.curated import NOT_EMPTY, ReferenceDataError, check, one_of, optional_check, read_rows, required_check  # noqa: F401
from helpers.core.schemas import QUALIFIERS
from helpers.paths import REFERENCE_DIR

TIMELINE_PATH = REFERENCE_DIR / "timeline.csv"
PRISONER_COUNTS_PATH = REFERENCE_DIR / "prisoner_counts.csv"

CATEGORIES = (
    "arrest",
    "sentence",
    "release",
    "sanction_imposed",
    "sanction_renewed",
    "sanction_eased",
    "talks",
    "election",
    "protest",
    "invasion",
    "designation",
    "award",
    "other",
)
SANCTION_CATEGORIES = ("sanction_imposed", "sanction_renewed", "sanction_eased")
PRECISIONS = ("day", "month")
SANCTION_AUTHORITIES = ("US", "EU", "UK", "Canada")
AUTHORITIES = SANCTION_AUTHORITIES + ("Belarus", "Russia", "Lithuania", "Iran", "Venezuela", "Germany")
COUNT_UNITS = ("people", "listings")
COUNTERS = ("Viasna", "Human Rights Watch")
#: reference category -> event type of :data:`helpers.core.schemas.EVENT_TYPES` (None: no event type)
CATEGORY_EVENT_TYPE = {
    "arrest": "arrest",
    "sentence": "sentence",
    "release": "release",
    "sanction_imposed": "sanction_imposed",
    "sanction_renewed": "sanction_imposed",
    "sanction_eased": "sanction_eased",
    "talks": "negotiation",
    "election": "election",
    "protest": "protest",
    "invasion": "military",
    "designation": "designation",
    "award": None,
    "other": None,
}

_ISO = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_URL = re.compile(r"^https?://\S+$")


def _is_iso(value: str, *, day_only: bool = False) -> bool:
    if not _ISO.match(value) or (day_only and len(value) != 10):
        return False
    try:
        pd.Timestamp(value if len(value) == 10 else value + "-01")
    except ValueError:
        return False
    return True


ISO_DATE = required_check(_is_iso, "is not an ISO date (YYYY-MM-DD or YYYY-MM)")
SOURCES = required_check(
    lambda v: all(_URL.match(u) for u in v.split()), "must hold at least one source URL (space-separated http(s) URLs)"
)
COUNT = optional_check(str.isdigit, "is not a non-negative integer (or empty)")


def _precision_matches(df: pd.DataFrame) -> pd.Series:
    return df["date"].str.len().eq(10) == df["precision"].eq("day")


TIMELINE_SCHEMA = pa.DataFrameSchema(
    {
        "ref_id": pa.Column(str, [pa.Check.str_matches(r"^T\d{3}$", error="is not an id like T001")], unique=True),
        "country": pa.Column(
            str,
            pa.Check(
                lambda v: v in country_codes().values(),
                element_wise=True,
                error="is not an ISO 3166-1 alpha-2 country code",
            ),
        ),
        "date": pa.Column(str, ISO_DATE),
        "date_end": pa.Column(
            str, optional_check(lambda v: _is_iso(v, day_only=True), "is not an ISO day (YYYY-MM-DD) or empty")
        ),
        "precision": pa.Column(str, pa.Check.isin(PRECISIONS, error=one_of(PRECISIONS))),
        "category": pa.Column(str, pa.Check.isin(CATEGORIES, error=one_of(CATEGORIES))),
        "authority": pa.Column(
            str,
            optional_check(
                lambda v: all(a in AUTHORITIES for a in v.split("; ")),
                "is not a '; '-separated list of " + ", ".join(AUTHORITIES),
            ),
        ),
        "actor": pa.Column(str),
        "target": pa.Column(str),
        "count": pa.Column(str, COUNT),
        "count_qualifier": pa.Column(str, optional_check(lambda v: v in QUALIFIERS, one_of(QUALIFIERS))),
        "count_unit": pa.Column(str, optional_check(lambda v: v in COUNT_UNITS, one_of(COUNT_UNITS))),
        "count_note": pa.Column(str),
        "description": pa.Column(str, NOT_EMPTY),
        "sources": pa.Column(str, SOURCES),
        "confidence": pa.Column(str),
    },
    name="timeline",
    strict=True,
    checks=[
        pa.Check(_precision_matches, error="precision does not match the date (day: YYYY-MM-DD, month: YYYY-MM)"),
        pa.Check(lambda d: (d["date_end"] == "") | (d["date_end"] >= d["date"]), error="date_end is before date"),
        pa.Check(
            lambda d: (
                ~d["category"].isin(SANCTION_CATEGORIES)
                | d["authority"].str.split("; ").map(lambda a: all(x in SANCTION_AUTHORITIES for x in a))
            ),
            error="a sanctions row needs an authority among " + ", ".join(SANCTION_AUTHORITIES),
        ),
        pa.Check(
            lambda d: (d["count"] == "") == ((d["count_qualifier"] == "") & (d["count_unit"] == "")),
            error="count, count_qualifier and count_unit must be given together",
        ),
    ],
)

PRISONER_COUNTS_SCHEMA = pa.DataFrameSchema(
    {
        "date": pa.Column(str, ISO_DATE),
        "precision": pa.Column(str, pa.Check.isin(PRECISIONS, error=one_of(PRECISIONS))),
        "count": pa.Column(str, required_check(str.isdigit, "is not a non-negative integer")),
        "qualifier": pa.Column(str, pa.Check.isin(QUALIFIERS, error=one_of(QUALIFIERS))),
        "counted_by": pa.Column(str, pa.Check.isin(COUNTERS, error=one_of(COUNTERS))),
        "note": pa.Column(str),
        "source": pa.Column(str, SOURCES),
    },
    name="prisoner_counts",
    strict=True,
    checks=[
        pa.Check(_precision_matches, error="precision does not match the date (day: YYYY-MM-DD, month: YYYY-MM)"),
    ],
)


def _interval(date: pd.Series, date_end: pd.Series) -> tuple[pd.Series, pd.Series]:
    """First and last day (inclusive) covered by an ISO day or month, or by date..date_end."""
    start = pd.to_datetime(date.where(date.str.len() == 10, date + "-01")).astype("datetime64[s]")
    month_end = (start + pd.offsets.MonthEnd(0)).astype("datetime64[s]")
    end = start.where(date.str.len() == 10, month_end)
    explicit = pd.to_datetime(date_end.replace("", None)).astype("datetime64[s]")
    return start, explicit.fillna(end)


def load_timeline(path: Path | str = TIMELINE_PATH) -> pd.DataFrame:
    """Load and check the reference timeline.

    Args:
        path: the CSV file (default ``data/raw/reference/timeline.csv``).

    Returns:
        One row per event: ``ref_id`` (str), ``country`` (ISO 3166-1 alpha-2 of the state
        whose government holds, releases or is sanctioned: BY, RU, VE, IR), ``date`` (str, ISO day or month as in the
        file), ``date_start`` and ``date_end`` (datetime64[s], first and last day covered,
        inclusive), ``precision``, ``category``, ``event_type`` (str or None, see
        :data:`CATEGORY_EVENT_TYPE`), ``authority`` (str, "; "-separated), ``actor``,
        ``target``, ``count`` (Int64, people or sanctions listings; <NA> if none),
        ``count_qualifier``, ``count_unit``, ``count_note`` (the source's wording),
        ``description``, ``sources`` (space-separated URLs), ``confidence``, ``line``
        (int, line in the file).

    Raises:
        ReferenceDataError: the file is missing, or a row breaks the schema (message: file,
            line, problem).

    The checked table is kept per file and modification time (a reused report kernel reads
    and checks it once, not once per article); each call gets its own copy.
    """
    path = Path(path)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = None  # read_rows says what is wrong with the file
    return _checked_timeline(path, mtime).copy()


@lru_cache(maxsize=4)
def _checked_timeline(path: Path, mtime_ns: int | None) -> pd.DataFrame:
    """:func:`load_timeline` of one version of the file (``mtime_ns`` keys the cache)."""
    raw = read_rows(path)
    check(raw, TIMELINE_SCHEMA, path)
    out = raw.reset_index()
    out["date_start"], out["date_end"] = _interval(out["date"], out["date_end"])
    out["count"] = pd.to_numeric(out["count"].replace("", None)).astype("Int64")
    out["event_type"] = out["category"].map(CATEGORY_EVENT_TYPE).astype(object)
    cols = [
        "ref_id",
        "country",
        "date",
        "date_start",
        "date_end",
        "precision",
        "category",
        "event_type",
        "authority",
        "actor",
        "target",
        "count",
        "count_qualifier",
        "count_unit",
        "count_note",
        "description",
        "sources",
        "confidence",
        "line",
    ]
    return out[cols]


def load_prisoner_counts(path: Path | str = PRISONER_COUNTS_PATH) -> pd.DataFrame:
    """Load and check the counts of political prisoners.

    Args:
        path: the CSV file (default ``data/raw/reference/prisoner_counts.csv``).

    Returns:
        One row per published count: ``date`` (str), ``date_start`` (datetime64[s],
        first day the date covers), ``precision``, ``count`` (int64, people),
        ``qualifier`` (exact, about, over, almost...), ``counted_by``, ``note``,
        ``source`` (URL), ``line``. Sorted by date.

    Raises:
        ReferenceDataError: a row breaks the schema (message: file, line, problem).
    """
    raw = read_rows(path)
    check(raw, PRISONER_COUNTS_SCHEMA, path)
    out = raw.reset_index()
    out["date_start"], _ = _interval(out["date"], pd.Series("", index=out.index))
    out["count"] = out["count"].astype("int64")
    cols = ["date", "date_start", "precision", "count", "qualifier", "counted_by", "note", "source", "line"]
    return out[cols].sort_values("date_start", ignore_index=True)
