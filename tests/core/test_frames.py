"""helpers.core.frames: from_rows (the frame a cast of a whole frame of rows gives, built faster) and
records (the rows itertuples gives, read faster)."""

import numpy as np
import pandas as pd

from helpers.core.frames import from_rows, records

ROWS = [
    {"id": 0, "text": "Minsk", "count": 3, "speaker": None, "value": 1.5, "flag": True, "note": None},
    {"id": 1, "text": "Vilnius", "count": None, "speaker": "Tsikhanouskaya", "value": 2, "flag": False, "note": "x"},
]
COLUMNS = ["id", "text", "count", "speaker", "value", "flag", "note"]
DTYPES = {"id": "int64", "text": str, "count": "Int64", "speaker": str, "value": "float64", "flag": bool}


def test_same_frame_as_a_cast_of_a_frame_of_rows():
    built = from_rows(ROWS, COLUMNS, DTYPES)
    pd.testing.assert_frame_equal(built, pd.DataFrame(ROWS, columns=COLUMNS).astype(DTYPES), check_exact=True)
    assert built["count"].tolist() == [3, pd.NA]
    assert built["speaker"].tolist()[1] == "Tsikhanouskaya" and np.isnan(built["speaker"].tolist()[0])
    assert str(built["note"].dtype) == "str"  # inferred as the constructor infers it
    assert isinstance(built.index, pd.RangeIndex) and list(built.index) == [0, 1]


def test_no_rows_gives_the_cast_dtypes():
    built = from_rows([], COLUMNS, DTYPES)
    expected = pd.DataFrame([], columns=COLUMNS).astype(DTYPES)
    assert list(built.columns) == COLUMNS and len(built) == 0
    assert [str(d) for d in built.dtypes] == [str(d) for d in expected.dtypes]
    assert str(built["note"].dtype) == "object"


def test_object_column_keeps_none_and_keys_not_listed_are_ignored():
    built = from_rows([{"a": None, "b": "x", "extra": 1}, {"a": "y"}], ["a", "b"], {"a": object, "b": object})
    assert built["a"].tolist() == [None, "y"]
    assert built["b"].tolist() == ["x", None]  # a missing key is a missing value
    assert list(built.columns) == ["a", "b"]


def test_records_are_the_rows_itertuples_gives():
    frame = from_rows(ROWS, COLUMNS, DTYPES).assign(
        day=pd.to_datetime(["2024-07-03", None]), stands_for=pd.Series([None, "BY"], dtype=object)
    )
    got, expected = records(frame), list(frame.itertuples(index=False))
    assert [r._fields for r in got] == [r._fields for r in expected]
    assert [r.text for r in got] == ["Minsk", "Vilnius"] and [r.id for r in got] == [0, 1]
    assert got[0].count == 3 and got[1].count is pd.NA and got[0].stands_for is None and got[1].flag is False
    assert np.isnan(got[0].speaker) and pd.isna(got[1].day) and got[0].day == pd.Timestamp("2024-07-03")
    assert all(list(map(str, a)) == list(map(str, b)) for a, b in zip(got, expected))


def test_records_rename_fields_as_itertuples_does_and_read_empty_frames():
    frame = pd.DataFrame({"a b": [1], "class": ["x"]})
    assert records(frame)[0]._fields == next(frame.itertuples(index=False))._fields == ("_0", "_1")
    assert records(frame.iloc[:0]) == []
