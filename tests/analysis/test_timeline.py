"""Tests for helpers.analysis.timeline: deals, selection by authority, yearly counts, the claims
check, the figures (helpers.analysis.figures), and one papermill run of notebooks/02_timeline.ipynb."""

import shutil

import matplotlib
import nbformat
import pandas as pd
import papermill as pm
import pytest

matplotlib.use("Agg")

from helpers.analysis import figures, timeline  # noqa: E402
from helpers.analysis.reference import load_timeline  # noqa: E402
from helpers.core import store
from helpers.paths import NOTEBOOKS_DIR, REFERENCE_DIR  # noqa: E402

from conftest import events_table


@pytest.fixture(scope="module")
def ref():
    return load_timeline().query("country == 'BY'").reset_index(drop=True)


def _events(rows: list[dict], article_id: str = "test_article") -> pd.DataFrame:
    """A valid events table from short dicts (event_type, date, count, actor, target)."""
    return events_table([{"article_id": article_id, **r, "people": ""} for r in rows])


SEED_LIKE = [
    {
        "event_type": "release",
        "date": "2025-12-13",
        "date_start": "2025-12-13",
        "date_end": "2025-12-13",
        "count": 123,
        "actor": "Alexander Lukashenko",
        "target": "Ales Bialiatski; Maria Kalesnikava",
    },
    {
        "event_type": "arrest",
        "date": "2021-07",
        "date_start": "2021-07-01",
        "date_end": "2021-07-31",
        "target": "Ales Bialiatski",
    },
]


def _links(deals: pd.DataFrame) -> set[tuple[str, str, str]]:
    return {(f"{r.release_date:%Y-%m-%d}", r.link, f"{r.link_date:%Y-%m-%d}") for r in deals.itertuples()}


def test_deals_link_2025_releases_to_envoys_and_relief(ref):
    deals = timeline.deals(ref, window_days=3, start="2024-07-01", end="2025-12-31")
    assert _links(deals) == {
        ("2025-06-21", "talks", "2025-06-21"),
        ("2025-09-11", "talks", "2025-09-11"),
        ("2025-09-11", "sanction eased", "2025-09-11"),
        ("2025-12-13", "talks", "2025-12-12"),
        ("2025-12-13", "sanction eased", "2025-12-13"),
        ("2025-12-13", "sanction eased", "2025-12-15"),
    }
    belavia = deals[(deals["release_date"] == "2025-09-11") & (deals["link"] == "sanction eased")].iloc[0]
    assert belavia["link_target"] == "Belavia" and belavia["authority"] == "US" and belavia["lag_days"] == 0
    potash = deals[deals["link_date"] == "2025-12-15"].iloc[0]
    assert potash["lag_days"] == 2 and "Belaruskali" in potash["link_target"] and potash["released"] == 123
    assert deals.loc[deals["link_date"] == "2025-12-12", "lag_days"].item() == -1


def test_preceding_links_find_the_deals_of_exchanges():
    links = timeline.preceding_links(load_timeline(), horizon_days=180)
    got = {
        (r.country, f"{r.release_date:%Y-%m-%d}", r.link, f"{r.link_date:%Y-%m-%d}", r.lag_days, r.link_note)
        for r in links.itertuples()
    }
    assert ("RU", "2024-08-01", "talks", "2024-02-26", -157, "") in got  # Ankara, after months of talks
    assert ("VE", "2023-12-20", "sanction eased", "2023-10-18", -63, "4 general licences") in got  # Saab swap
    assert ("IR", "2023-09-18", "sanction eased", "2023-09-11", -7, "~$6 billion") in got  # the waiver
    assert ("IR", "2023-09-18", "talks", "2023-08-10", -39, "") in got
    assert (links["lag_days"] <= 0).all() and links.groupby(["release_id", "link"]).size().max() == 1


def test_deals_window_and_authorities(ref):
    narrow = timeline.deals(ref, window_days=1, start="2025-01-01", end="2025-12-31")
    assert ("2025-12-13", "sanction eased", "2025-12-15") not in _links(narrow)
    eu_only = timeline.select(ref, authorities=["EU"])
    eu_deals = timeline.deals(eu_only, window_days=3, start="2024-07-01", end="2025-12-31")
    assert set(eu_deals["link"]) == {"talks"}  # the EU eased nothing


def test_select_by_period_and_authority(ref):
    eu = timeline.select(ref, start="2020-01-01", end="2025-12-31", authorities=["EU"])
    sanctions = eu[eu["category"].str.startswith("sanction")]
    assert set(sanctions["authority"]) == {"EU"} and len(sanctions) == 15
    assert (eu["category"] == "release").sum() == 24  # other lanes untouched
    canada = timeline.select(ref, authorities=["Canada"])
    assert canada.loc[canada["category"].str.startswith("sanction"), "authority"].tolist() == [
        "UK; Canada",
        "Canada",
        "UK; Canada",
    ]
    period = timeline.select(ref, start="2025-12-01", end="2025-12-31")
    assert period["date_start"].min() == pd.Timestamp("2025-12-09") and len(period) == 8


def test_actions_per_year(ref):
    table = timeline.actions_per_year(timeline.select(ref))
    assert table.loc[2025, "release waves"] == 14 and table.loc[2025, "people released"] == 370
    assert table.loc[2025, "eased: US"] == 4 and table.loc[2021, "imposed: EU"] == 5
    assert table.loc[2020, "imposed: Canada"] == 1 and table.loc[2020, "release waves"] == 0


def test_cumulative_releases(ref):
    cum = timeline.cumulative_releases(ref, start="2025-06-01", end="2025-12-31")
    assert cum["cumulative"].iloc[-1] == 14 + 16 + 52 + 25 + 2 + 31 + 123 + 22
    assert cum["date"].iloc[0] == pd.Timestamp("2025-06-21")


def test_swimlanes_show_only_the_chosen_authorities(ref):
    fig = figures.plot_swimlanes(
        timeline.select(ref, start="2024-07-01", end="2025-12-31", authorities=["EU"]), title="T", source="S"
    )
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "EU sanctions" in labels and not {"US sanctions", "UK sanctions", "Canada sanctions"} & set(labels)
    annotations = [c.get_text() for c in ax.texts]
    assert "123 freed\n13 Dec 2025" in annotations
    assert ax.get_title(loc="left") == "T" and fig._supxlabel.get_text() == "S"


def test_article_events_figure():
    fig = figures.plot_article_events(_events(SEED_LIKE), title="Events", source="article x")
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Release", "Arrest, detention"]


def test_dollar_signs_in_titles_are_text_not_mathtext(tmp_path):
    title = "Iran frees five for $6 billion; U.S. pays $0 and x_1^2"
    fig = figures.plot_article_events(_events(SEED_LIKE), title=title, source="cost: $6bn $")
    fig.savefig(tmp_path / "f.png")  # mathtext would fail to draw this
    assert fig.axes[0].get_title(loc="left") == title


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """One papermill run: a processed folder with one article, the project root moved to
    a temporary folder so that reports/tables is written there."""
    root = tmp_path_factory.mktemp("root")
    (root / "pyproject.toml").write_text("")
    shutil.copytree(REFERENCE_DIR, root / "data" / "raw" / "reference")  # the gazetteer names the countries
    processed = root / "data" / "processed"
    store.write_article(
        processed, "test_article", {"events": _events(SEED_LIKE).assign(country="BY")}, "text", {"ok": True}
    )
    mp = pytest.MonkeyPatch()
    mp.setenv("HELPERS_ROOT", str(root))  # inherited by the kernel
    out = root / "02_timeline.ipynb"
    try:
        pm.execute_notebook(
            str(NOTEBOOKS_DIR / "02_timeline.ipynb"),
            str(out),
            kernel_name="helpers",
            parameters={
                "processed_dir": str(processed),
                "start": "2024-07-01",
                "end": "2025-12-31",
                "window_days": 3,
                "countries": "BY",
                "reference_path": str(REFERENCE_DIR / "timeline.csv"),
            },
            progress_bar=False,
            cwd=str(root),
        )
    finally:
        mp.undo()
    return root, nbformat.read(out, as_version=4)


def test_notebook_writes_deals_and_claims(executed):
    root, nb = executed
    assert not (root / "reports").exists()  # a hand run leaves the published tables alone
    deals = pd.read_csv(root / "data" / "scratch" / "tables" / "deals.csv")
    assert set(deals["release_date"]) == {
        "2025-06-21",
        "2025-07-02",
        "2025-09-11",
        "2025-09-16",
        "2025-11-20",
        "2025-11-22",
        "2025-12-13",
        "2025-12-30",
    }
    assert set(deals["country"]) == {"BY"}
    claims = pd.read_csv(root / "data" / "scratch" / "tables" / "claims.csv")
    assert claims["status"].tolist() == ["confirmed", "consistent"]  # July 2021 holds 14 July
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert (
        "BY release 13 Dec 2025 (123 people): sanction eased 13 Dec 2025 (+0 d); "
        "sanction eased 15 Dec 2025 (+2 d); talks 12 Dec 2025 (-1 d)" in text
    )
    assert "23 releases, 598 people released." in text


def test_notebook_metadata_and_parameters():
    nb = nbformat.read(NOTEBOOKS_DIR / "02_timeline.ipynb", as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "helpers"
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    names = list(pm.inspect_notebook(str(NOTEBOOKS_DIR / "02_timeline.ipynb")))
    assert names == [
        "processed_dir",
        "reference_path",
        "start",
        "end",
        "window_days",
        "horizon_days",
        "authorities",
        "countries",
        "tables_dir",
        "corpus_db",
    ]


@pytest.mark.parametrize(
    "parameters, message",
    [
        ({"authorities": "EU,XX"}, "parameter authorities: unknown value(s) 'XX'; valid values: US, EU, UK, Canada"),
        ({"countries": "ZZ"}, "parameter countries: unknown value(s) 'ZZ'"),
        ({"start": "2025-01-01", "end": "2024-01-01"}, "parameter start (2025-01-01) is after end (2024-01-01)"),
        ({"window_days": -1}, "parameter window_days: -1 must be an integer >= 0"),
        (
            {"processed_dir": "/nonexistent/processed"},
            "parameter processed_dir: /nonexistent/processed is not a folder",
        ),
    ],
)
def test_bad_parameters_fail_loudly(tmp_path, parameters, message):
    from helpers.reports import run_notebook

    processed = tmp_path / "processed"
    processed.mkdir()
    error = run_notebook(
        NOTEBOOKS_DIR / "02_timeline.ipynb",
        tmp_path / "out.ipynb",
        {"processed_dir": str(processed), "tables_dir": str(tmp_path / "tables"), **parameters},
    )
    assert "ParameterError" in error and message in error
