"""helpers.core.schemas: strict, ordered contracts that name every column of every table."""

import pandas as pd
import pytest
from pandera.errors import SchemaErrors

from helpers.core import schemas


def _quotes(**changes) -> pd.DataFrame:
    frame = pd.DataFrame(
        [
            {
                "article_id": "a",
                "quote_id": 0,
                "sentence_id": 0,
                "text": "We are free",
                "speaker": "Ales Bialiatski",
                "speaker_entity_id": 1,
                "cue": "said",
                "start_char": 10,
                "end_char": 21,
                "attribution": "verb_after",
                "balanced": True,
                "quoted_term": False,
                "speaker_start_char": 24,
                "speaker_end_char": 39,
            }
        ]
    )
    frame = frame.astype({"speaker_entity_id": "Int64", "speaker_start_char": "Int64", "speaker_end_char": "Int64"})
    return frame.assign(**changes)


def test_columns_come_from_the_contract_in_written_order():
    assert schemas.columns("quotes") == list(_quotes().columns)
    assert schemas.columns("events")[-7:] == [
        "goldstein",
        "people",
        "trigger",
        "duration",
        "date_source",
        "n_mentions",
        "n_targets",
    ]
    for name in schemas.TABLES:
        every = list(schemas.SCHEMAS[name].columns)
        assert list(schemas.empty(name).columns) == every and schemas.columns(name)[0] == "article_id"
        assert [c for c in every if c in schemas.columns(name)] == schemas.columns(name)
    # added after extraction (helpers.analysis.countries): in the contract, not built by the extractor
    assert "country" not in schemas.columns("events") and "country" in schemas.SCHEMAS["events"].columns


def test_a_valid_table_passes():
    schemas.validate("quotes", _quotes())


@pytest.mark.parametrize(
    "frame, problem",
    [
        (_quotes(mood="happy"), "mood"),  # a column the contract does not list
        (_quotes().drop(columns="balanced"), "balanced"),  # a listed column missing
        (_quotes()[list(reversed(schemas.columns("quotes")))], "out-of-order"),
        (_quotes(attribution="telepathy"), "telepathy"),  # a value outside the allowed ones
        (_quotes(balanced="yes"), "balanced"),  # wrong dtype
        (_quotes(text=7), "text"),  # a string column holding a number
        (_quotes(speaker=pd.Series([3], dtype=object)), "speaker"),  # an object column holding a number
        (_quotes(speaker_start_char=pd.array([-3], dtype="Int64")), "speaker_start_char"),  # negative offset
        (_quotes(end_char=5), "end_char must not be before start_char"),
    ],
)
def test_the_contract_refuses(frame, problem):
    with pytest.raises(SchemaErrors, match=problem):
        schemas.validate("quotes", frame)
