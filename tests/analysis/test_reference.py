"""Tests for helpers.analysis.reference: the curated tables load, hold the facts, and bad rows
are reported with file, line and problem."""

import csv
from pathlib import Path

import pandas as pd
import pytest

from helpers.analysis.reference import (
    CATEGORIES,
    PRISONER_COUNTS_PATH,
    TIMELINE_PATH,
    ReferenceDataError,
    load_prisoner_counts,
    load_timeline,
)


@pytest.fixture(scope="module")
def timeline():
    return load_timeline()


def test_timeline_holds_the_curated_rows(timeline):
    assert len(timeline) == 95 + 82
    assert timeline["country"].value_counts().to_dict() == {"BY": 95, "RU": 42, "VE": 24, "IR": 16}
    assert set(timeline["category"]) <= set(CATEGORIES)
    by_category = timeline[timeline["country"] == "BY"]["category"].value_counts()
    assert by_category["release"] == 24
    assert by_category["sanction_imposed"] + by_category["sanction_renewed"] == 35
    assert by_category["sanction_eased"] == 5
    assert by_category["talks"] == 4
    assert timeline["sources"].str.split().map(len).min() >= 1
    assert str(timeline["count"].dtype) == "Int64"
    assert timeline["ref_id"].is_unique


def test_timeline_facts_and_intervals(timeline):
    release = timeline[(timeline["date"] == "2025-12-13") & (timeline["category"] == "release")].iloc[0]
    assert release["count"] == 123
    assert release["count_note"] == "123 (9 to Lithuania, 114 to Ukraine)"
    assert "aljazeera.com" in release["sources"]
    month = timeline[(timeline["date"] == "2024-07") & (timeline["category"] == "release")].iloc[0]
    assert (month["date_start"], month["date_end"]) == (pd.Timestamp("2024-07-01"), pd.Timestamp("2024-07-31"))
    protest = timeline[timeline["count_note"].str.startswith("~6,700")].iloc[0]
    assert (protest["count"], protest["count_qualifier"]) == (6700, "about")
    assert protest["date_end"] == pd.Timestamp("2020-08-14")
    sanctions = timeline[timeline["category"].str.startswith("sanction")]
    assert set(sanctions["authority"].str.split("; ").explode()) == {"US", "EU", "UK", "Canada"}
    # the 2020-08-11 row carries the two sources of the curated update, not a repository-added one
    left = timeline[timeline["date"] == "2020-08-11"].iloc[0]
    assert left["sources"].split() == [
        "https://tass.com/world/1188335",
        "https://www.devdiscourse.com/article/politics/1165709-belarus-opposition-leader-had-no-option-but-to-leave-her-country-says-lithuania",
    ]
    assert left["confidence"] == "verified (2+ sources)"
    potash = timeline[(timeline["date"] == "2025-12-15") & (timeline["category"] == "sanction_eased")].iloc[0]
    assert potash["authority"] == "US" and potash["event_type"] == "sanction_eased"
    assert timeline.loc[timeline["category"] == "talks", "event_type"].eq("negotiation").all()


def test_world_rows_have_clean_counts_and_keep_their_sources(timeline):
    world = timeline[timeline["country"] != "BY"]
    assert world["sources"].str.split().map(len).sum() == 295  # every URL of the shared file
    iran = world[(world["date"] == "2023-09-18") & (world["category"] == "release")].iloc[0]
    assert (iran["count"], iran["count_note"], iran["authority"]) == (5, "5 for 5 (+2 US relatives)", "Iran; US")
    ankara = world[world["date"] == "2024-08-01"].iloc[0]
    assert ankara["count"] == 16 and ankara["count_note"].startswith("26 people (24 without the 2 minors)")
    waiver = world[(world["date"] == "2023-09-11")].iloc[0]
    assert waiver["category"] == "sanction_eased" and pd.isna(waiver["count"]) and waiver["count_note"] == "~$6 billion"
    swap = world[(world["date"] == "2023-12-20")].iloc[0]
    assert (swap["count"], swap["count_qualifier"], swap["country"]) == (30, "about", "VE")
    sentences = world[world["category"] == "sentence"]
    assert sentences["count"].isna().all() and (sentences["count_note"] != "").all()


def test_bad_country_is_reported(tmp_path):
    bad = _copy_with(tmp_path, TIMELINE_PATH, {3: {"country": "Belarus"}})
    with pytest.raises(ReferenceDataError, match=r"line 5, column 'country': 'Belarus' is not an ISO 3166-1"):
        load_timeline(bad)


def test_prisoner_counts():
    counts = load_prisoner_counts()
    assert len(counts) == 19
    assert counts["date_start"].is_monotonic_increasing
    first = counts.iloc[0]
    assert (first["date"], first["count"], first["counted_by"]) == ("2020-12", 169, "Viasna")
    assert counts["source"].str.startswith("http").all()
    # the URL with a comma in it stays whole
    assert (
        counts.loc[counts["date"] == "2024-12-30", "source"]
        .iloc[0]
        .endswith("3467313,belarus-5800-convicted-in-administrative-political-trials-in-2024")
    )


def _copy_with(tmp_path: Path, source: Path, changes: dict[int, dict[str, str]]) -> Path:
    """Copy a reference CSV, changing cells of data row i (0-based; file line i + 2)."""
    with open(source, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for i, cells in changes.items():
        rows[i].update(cells)
    out = tmp_path / source.name
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


@pytest.mark.parametrize(
    "row, cells, problem",
    [
        (4, {"date": "2020-13-45"}, "line 6, column 'date': '2020-13-45' is not an ISO date"),
        (10, {"category": "bombing"}, "line 12, column 'category': 'bombing' not one of arrest"),
        (20, {"sources": ""}, "line 22, column 'sources': '' must hold at least one source URL"),
        (30, {"sources": "see Reuters"}, "line 32, column 'sources': 'see Reuters' must hold at least one source URL"),
        (40, {"count": "~40 people"}, "line 42, column 'count': '~40 people' is not a non-negative integer"),
        (50, {"precision": "month"}, "line 52: precision does not match the date"),
        (9, {"authority": ""}, "line 11: a sanctions row needs an authority"),
    ],
)
def test_bad_timeline_rows_name_file_line_and_problem(tmp_path, row, cells, problem):
    bad = _copy_with(tmp_path, TIMELINE_PATH, {row: cells})
    with pytest.raises(ReferenceDataError) as err:
        load_timeline(bad)
    assert f"{bad}, {problem}" in str(err.value)


def test_several_bad_rows_are_all_reported(tmp_path):
    bad = _copy_with(tmp_path, TIMELINE_PATH, {0: {"count": "two"}, 94: {"date": "yesterday"}})
    with pytest.raises(ReferenceDataError) as err:
        load_timeline(bad)
    lines = str(err.value).splitlines()
    assert any("line 2, column 'count'" in m for m in lines)
    assert any("line 96, column 'date': 'yesterday'" in m for m in lines)


def test_line_numbers_follow_multiline_fields(tmp_path):
    bad = _copy_with(tmp_path, TIMELINE_PATH, {0: {"description": "two\nlines"}, 1: {"category": "?"}})
    with pytest.raises(ReferenceDataError, match=r"line 4, column 'category': '\?'"):
        load_timeline(bad)


def test_wrong_field_count_and_missing_column(tmp_path):
    short = tmp_path / "timeline.csv"
    lines = TIMELINE_PATH.read_text(encoding="utf-8").splitlines()
    short.write_text("\n".join(lines[:3] + ["T999,2025-01-01,,day"]) + "\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"line 4: 4 fields where the header has 16"):
        load_timeline(short)
    counts = tmp_path / "prisoner_counts.csv"
    text = PRISONER_COUNTS_PATH.read_text(encoding="utf-8").replace(",counted_by,", ",counter,", 1)
    counts.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="missing column 'counted_by'"):
        load_prisoner_counts(counts)


def test_bad_prisoner_count(tmp_path):
    bad = _copy_with(tmp_path, PRISONER_COUNTS_PATH, {3: {"count": "about 900"}})
    with pytest.raises(ReferenceDataError, match=r"prisoner_counts.csv, line 5, column 'count': 'about 900'"):
        load_prisoner_counts(bad)
