"""Tests of helpers.entities.gazetteer: the curated file loads and holds its facts, written forms and
dated roles are right, and a malformed row is reported with file, line and problem."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest

from helpers.analysis.reference import ReferenceDataError
from helpers.core import schemas
from helpers.entities.gazetteer import (
    GAZETTEER_PATH,
    gazetteer_index,
    load_gazetteer,
    normalize,
    role_at,
    ruler_patterns,
    surface_variants,
)

COLUMNS = [
    "key",
    "name",
    "label",
    "kind",
    "aliases",
    "wikidata_id",
    "role",
    "role_start",
    "role_end",
    "seat_of",
    "source_url",
]


def _row(key: str, name: str, label: str = "PERSON", kind: str = "person", **cells) -> dict:
    row = dict.fromkeys(COLUMNS, "")
    row.update(key=key, name=name, label=label, kind=kind, source_url=f"https://example.org/{key}", **cells)
    return row


def _write(tmp_path: Path, rows: list[dict], columns=COLUMNS) -> Path:
    """A gazetteer of our own; data row i is on file line i + 2."""
    path = tmp_path / "gazetteer.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


GOOD = [
    _row(
        "petrov",
        "Ivan Petrov",
        aliases="Ivan Petrow; Petrov",
        role="Mayor of Strelsau",
        role_start="2019-03",
        role_end="2021",
    ),
    _row("petrov", "Ivan Petrov", role="Prime Minister of Ruritania", role_start="2022-01-15"),
    _row("ruritania", "Ruritania", "GPE", "country", wikidata_id="Q1"),
    _row("strelsau", "Strelsau", "GPE", "city", seat_of="ruritania"),
    _row("berg", "Anna Berg", aliases="Berg"),
    _row("berg_law", "Berg & Partners", "ORG", "organisation", aliases="Berg"),
]


def test_normalize_and_roles_by_date():
    assert normalize("The United States’") == "united states"
    assert normalize("Nicolás Maduro's") == "nicolas maduro"
    gaz = load_gazetteer()
    putin = gaz["putin"]
    assert role_at(putin, dt.date(2010, 1, 1)) == "Prime Minister of Russia"
    assert role_at(putin, dt.date(2025, 12, 13)) == "President of Russia"
    assert role_at(putin, None) is None
    assert role_at(gaz["babaryka"], dt.date(2020, 5, 31)) == "chairman of the board of Belgazprombank"
    assert role_at(gaz["babaryka"], dt.date(2020, 6, 1)) is None


def test_gazetteer_rows_are_sourced_and_well_formed():
    table = pd.read_csv(GAZETTEER_PATH, dtype=str, keep_default_na=False)
    assert table["source_url"].str.match(r"^https?://").all()
    assert table.loc[table["wikidata_id"] != "", "wikidata_id"].str.match(r"^Q\d+$").all()
    assert set(table["label"]) <= set(schemas.ONTONOTES_LABELS)
    for col in ("role_start", "role_end"):
        assert table[col].map(lambda v: v == "" or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v)).all()
    gaz = load_gazetteer()
    for key in (
        "lukashenko",
        "tsikhanouskaya",
        "tsikhanouski",
        "bialiatski",
        "kalesnikava",
        "babaryka",
        "statkevich",
        "pratasevich",
        "putin",
        "trump",
        "biden",
        "maduro",
        "coale",
        "kellogg",
        "grenell",
        "navalny",
        "gershkovich",
        "whelan",
        "kurmasheva",
        "kara_murza",
        "viasna",
        "eu",
        "belavia",
        "belaruskali",
        "ofac",
        "kgb_belarus",
    ):
        assert key in gaz
    assert {"Lukashenka", "Kolesnikova"} <= set(gaz["lukashenko"].aliases) | set(gaz["kalesnikava"].aliases)
    assert gaz["minsk"].seat_of == "belarus" and gaz["washington"].seat_of == "united_states"


def test_rows_of_a_key_merge_into_one_entry(tmp_path):
    gaz = load_gazetteer(_write(tmp_path, GOOD))
    assert list(gaz) == ["petrov", "ruritania", "strelsau", "berg", "berg_law"]
    petrov = gaz["petrov"]
    assert (petrov.name, petrov.label, petrov.kind) == ("Ivan Petrov", "PERSON", "person")
    assert petrov.aliases == ("Ivan Petrow", "Petrov")
    assert petrov.roles == (
        ("Mayor of Strelsau", dt.date(2019, 3, 1), dt.date(2021, 12, 31)),
        ("Prime Minister of Ruritania", dt.date(2022, 1, 15), None),
    )
    assert (gaz["ruritania"].wikidata_id, gaz["ruritania"].seat_of, gaz["ruritania"].roles) == ("Q1", None, ())
    assert (gaz["strelsau"].wikidata_id, gaz["strelsau"].seat_of) == (None, "ruritania")


def test_role_at_month_and_year_bounds_are_inclusive(tmp_path):
    petrov = load_gazetteer(_write(tmp_path, GOOD))["petrov"]
    assert role_at(petrov, dt.date(2019, 2, 28)) is None
    assert role_at(petrov, dt.date(2019, 3, 1)) == "Mayor of Strelsau"
    assert role_at(petrov, dt.date(2021, 12, 31)) == "Mayor of Strelsau"
    assert role_at(petrov, dt.date(2022, 1, 14)) is None
    assert role_at(petrov, dt.date(2030, 1, 1)) == "Prime Minister of Ruritania"
    assert role_at(load_gazetteer()["maduro"], dt.date(2025, 12, 13)) == "President of Venezuela"


def test_surface_variants():
    gaz = load_gazetteer()
    assert surface_variants(gaz["maduro"])[:4] == [
        "Nicolás Maduro",
        "Nicolas Maduro",
        "NICOLÁS MADURO",
        "NICOLAS MADURO",
    ]
    assert not any(f.lower().startswith("the ") for f in surface_variants(gaz["maduro"]))  # a person
    eu = surface_variants(gaz["eu"])
    assert eu == [
        "European Union",
        "the European Union",
        "The European Union",
        "THE EUROPEAN UNION",
        "EUROPEAN UNION",
        "the EUROPEAN UNION",
        "The EUROPEAN UNION",
        "EU",
        "E.U.",
    ]


def test_ruler_patterns_and_index(tmp_path):
    path = _write(tmp_path, GOOD)
    patterns = ruler_patterns(path)
    assert {"label": "ORG", "id": "berg_law", "pattern": "The Berg & Partners"} in patterns
    assert {p.get("id") for p in patterns} == {"petrov", "ruritania", "strelsau", "berg", "berg_law", None}
    index = gazetteer_index(path)
    assert index["ivan petrow"] == index["petrov"] == "petrov"
    assert index["berg & partners"] == "berg_law" and index["anna berg"] == "berg"
    assert "berg" not in index  # an alias of two keys links to neither
    assert gazetteer_index()["lukashenka"] == "lukashenko"


@pytest.mark.parametrize(
    "row, cells, problem",
    [
        (0, {"role_start": "2021-06", "role_end": "2021-05"}, "line 2: role_end is before role_start"),
        (1, {"role_end": "2022-01-14"}, "line 3: role_end is before role_start"),
        (2, {"source_url": ""}, "line 4, column 'source_url': '' is not a source URL"),
        (3, {"source_url": "Wikipedia"}, "line 5, column 'source_url': 'Wikipedia' is not a source URL"),
        (4, {"role_start": "2020-13"}, "line 6, column 'role_start': '2020-13' is not an ISO date, month or year"),
        (4, {"role_start": "2020"}, "line 6: role_start or role_end given without a role"),
        (5, {"label": "COMPANY"}, "line 7, column 'label': 'COMPANY' is not an OntoNotes label"),
        (2, {"wikidata_id": "1234"}, "line 4, column 'wikidata_id': '1234' is not a Wikidata QID"),
        (3, {"seat_of": "graustark"}, "line 5: seat_of is not a key of this file"),
        (1, {"label": "ORG"}, "line 3: name, label, kind, wikidata_id or seat_of differ from the key's first row"),
        (4, {"name": ""}, "line 6, column 'name': '' is empty"),
    ],
)
def test_malformed_row_names_file_line_and_problem(tmp_path, row, cells, problem):
    rows = [dict(r) for r in GOOD]
    rows[row].update(cells)
    bad = _write(tmp_path, rows)
    with pytest.raises(ReferenceDataError) as err:
        load_gazetteer(bad)
    assert f"{bad}, {problem}" in str(err.value)


def test_every_bad_row_is_reported_and_file_errors(tmp_path):
    rows = [dict(r) for r in GOOD]
    rows[0]["role_end"] = "2018"
    rows[5]["source_url"] = ""
    with pytest.raises(ReferenceDataError) as err:
        load_gazetteer(_write(tmp_path, rows))
    lines = str(err.value).splitlines()
    assert any(line.endswith("line 2: role_end is before role_start") for line in lines)
    assert any("line 7, column 'source_url'" in line for line in lines)
    no_url = _write(tmp_path, GOOD, columns=COLUMNS[:-1])
    with pytest.raises(ReferenceDataError, match="missing column 'source_url'"):
        load_gazetteer(no_url)
    with pytest.raises(FileNotFoundError):
        load_gazetteer(tmp_path / "absent.csv")
