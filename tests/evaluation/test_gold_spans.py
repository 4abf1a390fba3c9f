"""The one span checker of the real-text gold sets (tests/gold_reuters/check_spans.py), run on
every set when the texts of ../shared/eval are here, and on a tiny set written here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
CHECKER = TESTS / "gold_reuters" / "check_spans.py"
EVAL = TESTS.parent.parent / "shared" / "eval"
SETS = {  # gold folder -> its texts, and the totals of its README
    "gold_reuters": (
        ["reuters/reuters21578_sanctions_diplomacy.jsonl"],
        "35 texts, 116 events (67 asserted), 66 quotes",
    ),
    "gold_reuters2": (
        ["reuters/reuters21578_sanctions_diplomacy.jsonl"],
        "25 texts, 72 events (41 asserted), 28 quotes",
    ),
    "gold_news3": (
        ["timebank/aquaint_tbaq.jsonl", "timebank/timebank_tbaq.jsonl"],
        "30 texts, 108 events (75 asserted), 71 quotes",
    ),
    "gold_polnear": (["polnear/dev.jsonl"], "20 texts, 54 events (30 asserted), 0 quotes"),
    "gold_polnear2": (["polnear/dev.jsonl"], "10 texts, 25 events (15 asserted), 0 quotes"),
}


def _check(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECKER), *map(str, args)], capture_output=True, text=True)


@pytest.mark.parametrize("folder", sorted(SETS))
@pytest.mark.skipif(not EVAL.is_dir(), reason=f"{EVAL} is absent (../shared)")
def test_every_gold_set_names_real_spans(folder):
    sources, totals = SETS[folder]
    done = _check(*(EVAL / s for s in sources), "--dir", TESTS / folder)
    assert done.returncode == 0, done.stdout
    assert done.stdout.strip().splitlines()[-1] == f"{totals}, 0 errors"


def test_checker_reports_each_kind_of_fault(tmp_path):
    story = {"newid": "7", "date": "1987-03-02T10:00:00", "title": "IRAN FREES TWO", "body": "Iran freed\ntwo men."}
    (tmp_path / "src.jsonl").write_text(json.dumps(story) + "\n")
    gold = {
        "newid": "7",
        "published": "1987-03-03",
        "title_words": "IRAN FREES",
        "events": [
            {"type": "release", "date": ["1987-03"], "count": [2], "modality": "asserted", "evidence": "Iran freed"},
            {"type": "freeing", "date": ["March"], "count": ["two"], "modality": "sure", "evidence": "freed\ntwo"},
        ],
        "quotes": [{"start": "Iran", "speaker": ""}],
    }
    (tmp_path / "7.gold.json").write_text(json.dumps(gold))
    (tmp_path / "8.gold.json").write_text(json.dumps({**gold, "newid": "8"}))
    done = _check(tmp_path / "src.jsonl", "--dir", tmp_path, "--stats")
    assert done.returncode == 1
    faults = [line for line in done.stdout.splitlines() if line.startswith("FAIL")]
    assert faults == [
        "FAIL 7.gold.json: published 1987-03-03 != 1987-03-02",
        "FAIL 7.gold.json event 1 (freeing): bad type",
        "FAIL 7.gold.json event 1 (freeing): bad modality 'sure'",
        "FAIL 7.gold.json event 1 (freeing): evidence not found on one line: 'freed\\ntwo'",
        "FAIL 7.gold.json event 1 (freeing): bad date value 'March'",
        "FAIL 7.gold.json event 1 (freeing): bad count value 'two'",
        "FAIL 7.gold.json quote 0: start does not follow a quotation mark: 'Iran'",
        "FAIL 7.gold.json quote 0: no speaker",
        "FAIL 8.gold.json: newid 8 not in the JSONL files",
    ]
    assert "2 texts, 2 events (1 asserted), 1 quotes, 9 errors" in done.stdout
    assert "  release            1" in done.stdout
