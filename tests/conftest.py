"""Shared test data: the seed article, its publication date, the folders of test inputs,
and the spaCy pipeline (loaded once per session).

Constants are importable (``from conftest import SEED, DCT``) for parametrisation at
import time; the same values are fixtures for test functions.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's text, as on disk (UTF-8, ``\\n`` line endings)."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline (:func:`helpers.core.nlp.get_nlp`)."""
    from helpers.core.nlp import get_nlp

    return get_nlp()
