"""Shared test data: the seed article, its publication date, the folders of test inputs,
and the spaCy pipeline (loaded once per session).

Constants are importable (``from conftest import SEED, DCT``) for parametrisation at
import time; the same values are fixtures for test functions.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from helpers.paths import ARTICLES_DIR, ROOT

SEED_ID = "000_25866d06d7c1622d"
SEED = ARTICLES_DIR / f"{SEED_ID}.txt"
DCT = dt.date(2025, 12, 13)  # the seed's publication date (sidecar), a Saturday
TESTS = Path(__file__).resolve().parent
BAD = TESTS / "data" / "bad_inputs"
GOLD = TESTS / "gold"
HELDOUT = TESTS / "heldout"
assert ROOT == TESTS.parent, "tests run against the helpers of this checkout"


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, called only when it runs (-n)
def pytest_xdist_make_scheduler(config, log):
    """Under pytest-xdist (``make test`` runs ``-n 2``) each test file runs whole on one worker,
    so that its module fixtures are built once, and both notebooks run on one worker: nbval runs
    a notebook's cells in order on one kernel, and 02_timeline reads the seed that 01_article
    parses into ``data/processed``."""
    from xdist.scheduler import LoadScopeScheduling

    class ByFile(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return "notebooks" if path.startswith("notebooks/") else path

    return ByFile(config, log)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's text, as on disk (UTF-8, ``\\n`` line endings)."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline (:func:`helpers.core.nlp.get_nlp`)."""
    from helpers.core.nlp import get_nlp

    return get_nlp()


def events_table(rows: list[dict]) -> pd.DataFrame:
    """A valid ``events`` table from short dicts: each dict gives ``event_type`` and any
    other column; the rest take neutral values (asserted, no date, no count, offsets
    ``10*i``..``10*i+5``, trigger = event type). ``country`` is added only when a row gives it.
    Validated against :data:`helpers.core.schemas` before it is returned."""
    from helpers.core import schemas

    defaults = {
        "article_id": "a",
        "cameo_code": None,
        "modality": "asserted",
        "date": None,
        "date_start": None,
        "date_end": None,
        "actor": None,
        "target": None,
        "count": None,
        "evidence": "text",
        "goldstein": None,
        "people": "",
        "duration": None,
        "date_source": None,
        "n_mentions": 1,
        "n_targets": None,
    }
    frame = pd.DataFrame(
        [
            {
                **defaults,
                "event_id": i,
                "sentence_id": i,
                "start_char": 10 * i,
                "end_char": 10 * i + 5,
                "trigger": r["event_type"],
                **r,
            }
            for i, r in enumerate(rows)
        ]
    )
    order = schemas.columns("events")
    if "country" in frame.columns:
        order = [*order[: order.index("evidence") + 1], "country", *order[order.index("evidence") + 1 :]]
    frame = frame[order]
    for col in ("date_start", "date_end"):
        frame[col] = pd.to_datetime(frame[col]).astype("datetime64[s]")
    frame[["count", "n_targets"]] = frame[["count", "n_targets"]].astype("Int64")
    frame["goldstein"] = frame["goldstein"].astype("float64")
    for col in ("cameo_code", "date", "actor", "target", "duration", "date_source"):
        frame[col] = frame[col].astype(object)
    return schemas.validate("events", frame)
