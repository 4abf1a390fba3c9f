"""Tests for helpers.analysis.claims: one test per status, on rows a reader can check in
data/raw/reference/timeline.csv, and the seed's claims table."""

import pandas as pd
import pytest

from helpers.analysis import claims
from helpers.analysis.reference import load_timeline
from helpers.core import schemas

from conftest import events_table


@pytest.fixture(scope="module")
def ref():
    return load_timeline()


def _events(rows: list[dict]) -> pd.DataFrame:
    """A valid events table (with country, Belarus unless given) from short dicts."""
    return events_table([{"evidence": f"sentence {i}", "country": "BY", **r} for i, r in enumerate(rows)])


def _quantities(rows: list[tuple[int, float, str]]) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": "a", "sentence_id": s, "value": v, "qualifier": q} for s, v, q in rows])


def _check(ref, rows, quantities=None) -> pd.DataFrame:
    return claims.claims_check(_events(rows), ref, quantities)


def test_confirmed_needs_same_people_date_and_count(ref):
    out = _check(
        ref,
        [
            {
                "event_type": "release",
                "date": "2025-12-13",
                "count": 123,
                "actor": "Lukashenko",
                "people": "Ales Bialiatski; Maria Kalesnikava",
            }
        ],
    )
    row = out.iloc[0]
    assert (row["status"], row["ref_date"], row["ref_count"]) == ("confirmed", "2025-12-13", 123)
    assert row["ref_source"].startswith("https://") and row["evidence"] == "sentence 0"


def test_over_120_is_consistent_with_123(ref):
    rows = [{"event_type": "release", "date": "2025-12-13", "count": 120, "target": "over 120 prisoners"}]
    assert _check(ref, rows)["status"].item() == "count differs"  # without its qualifier
    out = _check(ref, rows, _quantities([(0, 120.0, "over")]))
    assert (out["status"].item(), out["qualifier"].item(), out["ref_count"].item()) == ("consistent", "over", 123)


def test_babaryka_is_never_confirmed_against_tsikhanouski(ref):
    out = _check(
        ref,
        [
            {"event_type": "arrest", "date": "2020", "people": "Viktar Babaryka"},
            {"event_type": "arrest", "date": "2020-05-29", "people": "Viktar Babaryka"},
        ],
    )
    babaryka = ref.loc[(ref["date"] == "2020-06-18") & (ref["category"] == "arrest"), "ref_id"].item()
    assert out["ref_id"].tolist() == [babaryka, babaryka]
    assert out["status"].tolist() == ["consistent", "date differs"]  # 2020 holds 18 June; 29 May does not


def test_a_group_is_not_one_named_persons_arrest(ref):
    out = _check(ref, [{"event_type": "arrest", "date": "2020", "target": "the most prominent political prisoners"}])
    assert out["status"].item() == "not in the reference"


def test_count_differs(ref):
    out = _check(
        ref,
        [
            {"event_type": "release", "date": "2025-09-11", "count": 50},
            {"event_type": "release", "date": "2025-09-11", "count": 51},
        ],
    )
    row = out.iloc[0]
    assert (row["status"], row["ref_count"], row["detail"]) == ("count differs", 52, "reference counts 52, article 50")
    assert out.loc[1, "status"] == "consistent"  # the row's note: 52 announced, 51 in effect


def test_part_of_an_itemised_count_is_consistent(ref):
    out = _check(
        ref, [{"event_type": "release", "date": "2023-12-20", "count": 10, "target": "Americans", "country": "VE"}]
    )
    assert (out["status"].item(), out["ref_count_note"].item()) == (
        "consistent",
        "10 Americans + ~20 Venezuelans + 1 fugitive for 1",
    )


def test_undated_designation_shows_its_candidate_row(ref):
    out = _check(ref, [{"event_type": "designation", "date": None, "target": "Viasna"}])
    row = out.iloc[0]
    assert row["status"] == "undated" and row["ref_id"] is not None and "Viasna" in row["ref_description"] + "Viasna"
    assert ref.loc[ref["ref_id"] == row["ref_id"], "target"].item().startswith("Viasna")


def test_ankara_exchange_is_russias_not_belarus(ref):
    out = _check(
        ref,
        [
            {"event_type": "release", "date": "2024-08-01", "count": 16, "country": "RU", "actor": "Russia"},
            {"event_type": "release", "date": "2024-08-01", "count": 24, "country": "RU"},
            {"event_type": "sanction_imposed", "date": "2024-02", "country": "RU", "actor": "U.S. Treasury"},
            {"event_type": "sanction_imposed", "date": "2024-02", "country": "RU", "actor": "European Union"},
        ],
    )
    ankara = ref.loc[ref["date"] == "2024-08-01", "ref_id"].item()
    assert out["ref_id"].tolist()[:2] == [ankara, ankara]
    assert out["status"].tolist() == ["confirmed", "consistent", "consistent", "consistent"]
    us, eu = (ref.loc[ref["ref_id"] == r, "authority"].item() for r in out["ref_id"].tolist()[2:])
    assert (us, eu) == ("US", "EU")  # the US package, not an EU renewal on Belarus


def test_not_in_the_reference(ref):
    out = _check(
        ref,
        [{"event_type": "release", "date": "2023-05-26", "count": 1, "country": "IR", "target": "Belgian aid worker"}],
    )
    assert out["status"].item() == "not in the reference" and pd.isna(out["ref_id"].item())


def test_empty_events(ref):
    out = claims.claims_check(schemas.empty("events").assign(country=pd.Series(dtype=object)), ref)
    assert out.empty and list(out.columns) == claims.COLUMNS
