"""Small tables built fast: pandas 3 spends milliseconds casting a whole frame, which adds
up over nine tables an article. Kept apart from :mod:`helpers.core.schemas` so that building
a table never imports pandera."""

from __future__ import annotations

from collections import namedtuple

import pandas as pd


def from_rows(rows: list[dict], columns: list[str], dtypes: dict) -> pd.DataFrame:
    """A table built column by column from row dicts, each column made with its dtype at once.

    The same frame as ``pd.DataFrame(rows, columns=columns).astype(dtypes)`` (a column not in
    ``dtypes`` is inferred from its values as that constructor infers it), but without the cast
    of a whole frame, which costs milliseconds per small table (pandas 3): 5.4 ms -> 1.4 ms per
    table over the tables of 20 Reuters stories. One difference: an ``object`` column keeps its
    values as given (None stays None), where a cast from an inferred ``str`` column gives NaN.

    Args:
        rows: one dict per row; a missing key is a missing value.
        columns: the table's columns, in order (keys of a row not listed are ignored).
        dtypes: column -> dtype (``"int64"``, ``"Int64"``, ``str``, ``object``, ``bool``...).

    Returns:
        DataFrame with a RangeIndex and exactly ``columns``.

    Raises:
        ValueError, TypeError: a value cannot have its column's dtype (None in an int64 column).

    Examples:
        >>> from_rows([{"a": 1, "b": None}, {"a": 2, "b": "x"}], ["a", "b"], {"b": str}).dtypes.tolist()
        [dtype('int64'), <StringDtype(na_value=nan)>]
    """
    index = pd.RangeIndex(len(rows))
    series = [pd.Series([r.get(col) for r in rows], index=index, dtype=dtypes.get(col), name=col) for col in columns]
    return pd.concat(series, axis=1)  # a dict of Series would be aligned on its index: twice the time


_ROW_TYPES: dict[tuple, type] = {}


def records(frame: pd.DataFrame) -> list:
    """The rows of ``frame`` as namedtuples, one field per column in order: what
    ``frame.itertuples(index=False)`` yields (the same Python values: ``int``, ``str``,
    ``bool``, ``nan``, ``None``, ``pd.NA``, ``Timestamp``; a nullable ``Int64`` value is an
    ``int`` here, a NumPy integer there), at a sixth of its cost on small frames: pandas 3
    builds a namedtuple type and a Series per column at every call (about 0.4 ms a call, a
    thousand calls per hundred articles); here the type is made once per set of columns and
    the values come from one ``to_numpy(dtype=object)``.

    Args:
        frame: any DataFrame; names that are not identifiers are renamed ``_0``, ``_1``...
            as ``itertuples`` does (``namedtuple(..., rename=True)``).

    Returns:
        list of namedtuples (empty for an empty frame).

    Examples:
        >>> [(r.a, r.b) for r in records(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}))]
        [(1, 'x'), (2, 'y')]
    """
    columns = tuple(map(str, frame.columns))
    row = _ROW_TYPES.get(columns)
    if row is None:
        row = _ROW_TYPES[columns] = namedtuple("Row", columns, rename=True)
    return list(map(row._make, frame.to_numpy(dtype=object).tolist()))
