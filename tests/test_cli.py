"""helpers.__main__: options checked before any work, sidecars named on the command line,
the timeline's options passed on, plain-word help, --quiet / --verbose."""

import json
import shutil

import pytest

import helpers.batch
import helpers.reports
from helpers.__main__ import build_parser, main

from conftest import SEED


@pytest.fixture
def no_work(monkeypatch):
    """Parsing or reporting anything fails the test: the checks must stop the command first."""

    def forbidden(*args, **kwargs):
        raise AssertionError("work started before the options were checked")

    monkeypatch.setattr(helpers.batch, "parse_batch", forbidden)
    monkeypatch.setattr(helpers.reports, "build_reports", forbidden)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["all", "--start", "2024-13-01"], "argument --start: '2024-13-01' is not a date written YYYY-MM-DD"),
        (["all", "--end", "5 May 2024"], "argument --end: '5 May 2024' is not a date written YYYY-MM-DD"),
        (["all", "--start", "2024-06-01", "--end", "2024-01-01"], "start 2024-06-01 is after end 2024-01-01"),
        (["all", "--start", "2999-01-01"], "the period is empty: start 2999-01-01 is after end"),  # notebook's end
        (["report", "--window-days", "-3"], "argument --window-days: '-3' is not a whole number of days"),
        (
            ["report", "--authorities", "EU,Russia"],
            "argument --authorities: unknown value(s) 'Russia'; valid values: US, EU, UK, Canada",
        ),
        (["report", "--countries", "Belarus"], "BELARUS: not a two-letter country code"),
        (["parse", "--max-bytes", "0"], "argument --max-bytes: '0' is not a whole number above zero"),
        (["parse", "no/such/article.txt"], "no such file or folder: no/such/article.txt"),
    ],
)
def test_bad_options_stop_before_any_work(argv, message, no_work, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main([*argv, "--processed", str(tmp_path)])
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_report_without_processed_tables_is_a_usage_error(no_work, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["report", "--processed", str(tmp_path / "missing")])
    assert stop.value.code == 2
    assert "no such folder of processed tables (run parse first)" in capsys.readouterr().err


def test_report_passes_the_timeline_options_on(monkeypatch, tmp_path):
    seen = {}
    monkeypatch.setattr(helpers.reports, "build_reports", lambda *args, **kwargs: seen.update(kwargs) or [])
    rc = main(
        [
            "report",
            "--processed",
            str(tmp_path),
            "--reports",
            str(tmp_path / "r"),
            "--start",
            "2024-07-01",
            "--window-days",
            "3",
            "--authorities",
            "EU, UK",
            "--countries",
            "by,RU",
            "--jobs",
            "2",
            "--force",
        ]
    )
    assert rc == 0
    assert seen == {
        "start": "2024-07-01",
        "end": None,
        "window_days": 3,
        "authorities": ["EU", "UK"],
        "countries": ["BY", "RU"],
        "jobs": 2,
        "force": True,
    }


def test_sidecars_named_by_a_glob_are_metadata_not_inputs(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw)
    shutil.copy(SEED.with_name(SEED.stem + ".meta.json"), raw)
    typed = sorted(str(p) for p in raw.iterdir())  # what the shell makes of raw/*
    assert len(typed) == 2
    assert main(["parse", *typed, "--processed", str(tmp_path / "out")]) == 0
    assert "1 parsed, 0 skipped (unchanged), 0 failed, 1 inputs" in capsys.readouterr().err
    summary = json.loads((tmp_path / "out" / "batch_summary.json").read_text())
    assert [(s["article_id"], s["status"], s["published"]) for s in summary] == [
        (SEED.stem, "parsed", "2025-12-13")
    ]  # the sidecar was read as the article's metadata


def test_out_is_still_accepted_for_processed():
    new = build_parser().parse_args(["parse", "--processed", "x"])
    old = build_parser().parse_args(["parse", "--out", "x"])
    assert new.processed == old.processed and str(old.processed) == "x"


def test_traceback_only_with_verbose(monkeypatch, tmp_path, capsys):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(helpers.batch, "parse_batch", broken)
    assert main(["parse", str(SEED), "--processed", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "error: parse: RuntimeError: disk on fire (run again with --verbose for the traceback)" in err
    assert "Traceback" not in err
    assert main(["parse", "--verbose", str(SEED), "--processed", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "RuntimeError: disk on fire" in err


def test_quiet_prints_only_problems(monkeypatch, tmp_path, capsys):
    outcome = helpers.batch.Outcome(str(SEED), SEED.stem, "skipped", "unchanged since last run")
    monkeypatch.setattr(helpers.batch, "parse_batch", lambda *args, **kwargs: [outcome])
    assert main(["parse", str(SEED), "--processed", str(tmp_path)]) == 0
    assert "parse: 0 parsed, 1 skipped" in capsys.readouterr().err
    assert main(["-q", "parse", str(SEED), "--processed", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("command", [[], ["parse"], ["report"], ["all"], ["evaluate"]])
def test_help_is_plain_words(command, capsys):
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    text = capsys.readouterr().out
    assert "usage: python -m helpers" in text
    for markup in ("``", ":mod:", ":func:", ":data:", ":class:"):
        assert markup not in text, markup


def test_the_intake_imports_no_spacy():
    """A re-run with nothing to parse reads hashes and manifests only (bench/README.md: the
    re-run target): importing the pipeline's fingerprint and the intake must not load spaCy,
    which the parser loads on first use (helpers.core.nlp.get_nlp)."""
    import subprocess
    import sys

    code = "import sys, helpers.intake, helpers.pipeline; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
