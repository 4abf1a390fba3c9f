"""Curated CSV files (reference timeline, prisoner counts, gazetteer): read as text so
that every row keeps its line number, checked with pandera, and every problem reported as
``<file>, line <n>, column '<col>': '<value>' <problem>``.

Shared by :mod:`helpers.analysis.reference` and :mod:`helpers.entities.gazetteer`.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pandera.errors
import pandera.pandas as pa


class ReferenceDataError(ValueError):
    """A reference file is malformed; the message lists ``file, line N: problem`` lines."""


def optional_check(check, error: str) -> pa.Check:
    """An element-wise check that passes empty cells and cells where ``check`` holds."""
    return pa.Check(lambda v: v == "" or bool(check(v)), element_wise=True, error=error)


def required_check(check, error: str) -> pa.Check:
    """An element-wise check that fails empty cells and cells where ``check`` fails."""
    return pa.Check(lambda v: v != "" and bool(check(v)), element_wise=True, error=error)


def one_of(values) -> str:
    """The error message of a membership check: ``not one of a, b, c``."""
    return "not one of " + ", ".join(values)


NOT_EMPTY = required_check(lambda v: v.strip() != "", "is empty")


def read_rows(path: Path | str) -> pd.DataFrame:
    """Read a CSV file as text, indexed by the line on which each row starts.

    Args:
        path: a UTF-8 CSV file with a header line.

    Returns:
        One ``str`` column per header field, empty cells as ``""``; the index is the
        1-based line number of the row in the file (the header is line 1).

    Raises:
        ReferenceDataError: the file is missing or a row has the wrong number of fields.
    """
    path = Path(path)
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if not header:
                raise ReferenceDataError(f"{path}, line 1: no header")
            rows, lines, line = [], [], reader.line_num + 1
            for row in reader:
                if len(row) != len(header):
                    raise ReferenceDataError(
                        f"{path}, line {line}: {len(row)} fields where the header has {len(header)}"
                    )
                rows.append(row)
                lines.append(line)
                line = reader.line_num + 1
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceDataError(f"{path}: cannot read ({exc})") from exc
    return pd.DataFrame(rows, columns=header, index=pd.Index(lines, name="line"), dtype=object)


def check(frame: pd.DataFrame, schema: pa.DataFrameSchema, path: Path | str) -> None:
    """Validate raw rows (from :func:`read_rows`) against a schema.

    Raises:
        ReferenceDataError: one message line per problem, ``<file>, line <n>, column
            '<col>': '<value>' <problem>``, sorted by line.
    """
    try:
        schema.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        raise ReferenceDataError("\n".join(_messages(exc.failure_cases, path))) from None


def _messages(cases: pd.DataFrame, path: Path | str) -> list[str]:
    out = []
    for case in cases.itertuples():
        if case.index is None or pd.isna(case.index):
            what = "missing column" if case.check == "column_in_dataframe" else f"{case.check}:"
            out.append((0, f"{path}: {what} '{case.failure_case}'"))
        elif case.schema_context == "DataFrameSchema":
            out.append((int(case.index), f"{path}, line {int(case.index)}: {case.check}"))
        else:
            out.append(
                (
                    int(case.index),
                    f"{path}, line {int(case.index)}, column '{case.column}': '{case.failure_case}' {case.check}",
                )
            )
    return [msg for _, msg in sorted(set(out))]
