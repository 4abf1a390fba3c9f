"""Tests of the Reuters real-text gold set loader (helpers.evaluation.reuters), its section in
``python -m helpers evaluate``, and the crash check (helpers.evaluation.crash_check).

The story texts live outside the repository (../shared/eval/reuters/); the tests that read
them are skipped only when that file is absent (it is present in the sandbox and in CI).
Everything else runs on tiny stories written here."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re

import pytest

from helpers.evaluation import crash_check as cc
from helpers.evaluation import evaluate as ev
from helpers.evaluation import reuters as rt

needs_shared = pytest.mark.skipif(
    not rt.REUTERS_JSONL.is_file(), reason=f"Reuters texts not here: {rt.REUTERS_JSONL} (../shared is absent)"
)

STORY = {
    "newid": "42",
    "date": "1987-03-02T10:15:00",
    "title": "CHILE FREES TWO UNIONISTS",
    "body": "Chile released two jailed union leaders today, the government said.\n"
    '    "We welcome their release," union president Manuel Bustos said.\n',
}
GOLD = {
    "newid": "42",
    "published": "1987-03-02",
    "title_words": "CHILE FREES",
    "events": [
        {
            "type": "release",
            "date": ["1987-03-02"],
            "count": [2],
            "actor": "Chile",
            "target": "union leaders",
            "people": [],
            "modality": "asserted",
            "evidence": "Chile released two jailed union leaders",
        }
    ],
    "quotes": [{"start": "We welcome their release", "speaker": "Manuel Bustos", "speaker_role": "union president"}],
}


def _write(tmp_path, story=STORY, gold=GOLD):
    jsonl = tmp_path / "stories.jsonl"
    jsonl.write_text(
        json.dumps({"newid": "7", "date": "1987-01-01T00:00:00", "title": "OTHER", "body": "x"})
        + "\n"
        + json.dumps(story)
        + "\n"
    )
    folder = tmp_path / "gold_reuters"
    folder.mkdir(exist_ok=True)
    (folder / f"{gold['newid']}.gold.json").write_text(json.dumps(gold))
    return jsonl, folder


def test_loader_builds_the_article_in_memory(tmp_path):
    jsonl, folder = _write(tmp_path)
    [(article, gold)] = rt.load_reuters_gold(jsonl, folder)
    assert article.article_id == "reuters_42" and article.title == STORY["title"]
    assert article.text == STORY["title"] + "\n\n" + STORY["body"]
    assert article.published == dt.date(1987, 3, 2) and article.language == "en"
    assert gold["events"][0]["count"] == [2]


@pytest.mark.parametrize(
    "change, message",
    [
        ({"newid": "43"}, "newid 43 is not in"),
        ({"published": "1987-03-03"}, "published 1987-03-03 but the text is dated 1987-03-02"),
        ({"title_words": "CHILE JAILS"}, "title_words 'CHILE JAILS' do not start"),
    ],
)
def test_loader_names_the_file_and_the_problem(tmp_path, change, message):
    jsonl, folder = _write(tmp_path, gold={**GOLD, **change})
    with pytest.raises(ValueError, match=message):
        rt.load_reuters_gold(jsonl, folder)


def test_loader_errors_on_missing_gold_and_bad_lines(tmp_path):
    with pytest.raises(FileNotFoundError, match="no \\*.gold.json"):
        rt.load_reuters_gold(tmp_path / "none.jsonl", tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(STORY) + "\n{not json\n")
    with pytest.raises(ValueError, match="bad.jsonl: line 2: not a Reuters story"):
        rt.read_stories(bad)


def test_evaluate_reports_the_reuters_section(tmp_path, capsys):
    jsonl, folder = _write(tmp_path)
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    out = tmp_path / "evaluation.md"
    args_list = [
        "--no-gold",
        "--no-heldout",
        "--no-news",
        "--reuters",
        str(jsonl),
        "--reuters-gold",
        str(folder),
        "--out",
        str(out),
    ]
    assert ev.run(parser.parse_args(args_list)) == 0
    report = out.read_text()
    assert report in capsys.readouterr().out
    assert "## Reuters-21578 real text (gold_reuters/, 1 articles)" in report
    assert "| quotes (text) | helpers | 1.000 | 1.000 | 1.000 | 1/1 | 1/1 |" in report
    assert "| release | 1.000 | 1.000 | 1.000 | 1/1 | 1/1 |" in report  # dated today, count 2
    assert "Event errors" not in report
    assert ev.run(parser.parse_args([*args_list, "--errors"])) == 0
    report = out.read_text()
    errors = report.split("Event errors (")[1]
    assert "| article | error | type | date | count | modality | evidence | note |" in errors
    assert "| reuters_42 | missed |" not in errors  # the release was found
    assert re.search(r"^\| all \| [\d.]+ \| 1\.000 \| [\d.]+ \| 1/\d+ \| 1/1 \|$", report, flags=re.M)


def test_measuring_set_has_its_heading_and_never_lists_errors(tmp_path, monkeypatch):
    jsonl, folder = _write(tmp_path)
    other = tmp_path / "second"
    other.mkdir()
    (other / "42.gold.json").write_text(json.dumps({**GOLD, "quotes": []}))
    monkeypatch.setattr(ev, "REUTERS_MEASURE_DIR", other)
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    out = tmp_path / "evaluation.md"
    args = [
        "--no-gold",
        "--no-heldout",
        "--no-news",
        "--reuters",
        str(jsonl),
        "--reuters-gold",
        str(folder),
        str(other),
    ]
    assert ev.run(parser.parse_args([*args, "--errors", "--out", str(out)])) == 0
    first, second = out.read_text().split("## Reuters, measuring set (second/, 1 articles)")
    assert "## Reuters-21578 real text (gold_reuters/, 1 articles)" in first and "Event errors (" in first
    assert "Event errors" not in second and "tests/gold_reuters2/BASELINE.md" in second
    assert "| quotes (text) | helpers | 0.000 | 0.000 | 0.000 | 0/1 | 0/0 |" in second  # no gold quote here


@needs_shared
def test_measuring_set_parses_and_is_scored(tmp_path):
    pairs = rt.load_reuters_gold(rt.REUTERS_JSONL, rt.REUTERS_MEASURE_DIR)
    assert len(pairs) == 25
    assert not {a.article_id for a, _ in pairs} & {a.article_id for a, _ in rt.load_reuters_gold()}
    for article, gold in pairs:  # every evidence and quote start is in its story
        assert all(e["evidence"] in article.text for e in gold["events"])
        assert all(q["start"] in article.text for q in gold["quotes"])
    asserted = sum(e["modality"] == "asserted" for _, g in pairs for e in g["events"])
    assert (asserted, sum(len(g["quotes"]) for _, g in pairs)) == (41, 28)
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    out = tmp_path / "evaluation.md"
    args = ["--no-gold", "--no-heldout", "--no-news", "--reuters-gold", str(rt.REUTERS_MEASURE_DIR), "--out", str(out)]
    assert ev.run(parser.parse_args(args)) == 0
    report = out.read_text()
    assert "## Reuters, measuring set (gold_reuters2/, 25 articles)" in report
    assert re.search(r"^\| all \| [\d.]+ \| [\d.]+ \| [\d.]+ \| \d+/\d+ \| \d+/41 \|$", report, flags=re.M)
    assert re.search(
        r"^\| quotes \| helpers \| [\d.]+ \| [\d.]+ \| [\d.]+ \| \d+/\d+ \| \d+/28 \|$", report, flags=re.M
    )


@needs_shared
def test_loader_on_the_real_file_one_story():
    pairs = rt.load_reuters_gold()
    assert len(pairs) == 35
    article, gold = next((a, g) for a, g in pairs if a.article_id == "reuters_6391")
    assert article.published == dt.date(1987, 3, 18) and article.text.startswith("SAUDI HOSTAGE FREED IN BEIRUT\n\n")
    assert [(e["type"], e["date"], e["count"], e["modality"]) for e in gold["events"]] == [
        ("release", [None], [1, None], "asserted")
    ]
    for _, g in pairs:  # every evidence and quote start is in its story (as check_spans.py checks)
        text = next(a for a, gg in pairs if gg is g).text
        assert all(e["evidence"] in text for e in g["events"]) and all(q["start"] in text for q in g["quotes"])


# --- crash check ---------------------------------------------------------------------
def test_crash_check_lists_each_exception_with_its_document(tmp_path, monkeypatch):
    import helpers.pipeline as pipeline

    jsonl, _ = _write(tmp_path)
    polnear = tmp_path / "pn.jsonl"
    record = {"article": "a1", "publication_date": "2016-10-01", "title": "T", "text": "Boom here.", "attributions": []}
    polnear.write_text(json.dumps(record) + "\n" + json.dumps(record) + "\n")  # two annotators, one text
    timebank = tmp_path / "tb.jsonl"
    timebank.write_text(
        json.dumps({"docid": "wsj_0001", "dct": {"value": "1989-11-02"}, "text": "Fine.", "timexes": []})
    )
    (tmp_path / "odd.jsonl").write_text(json.dumps({"foo": 1}) + "\n")

    def fake_extract(article):
        if "Boom" in article.text:
            raise KeyError("ten")
        return {}

    monkeypatch.setattr(pipeline, "extract_tables", fake_extract)
    report = cc.crash_check([tmp_path], log=lambda _m: None)
    assert (report.records, report.extracted) == (6, 4)
    assert [(f["source"], f["doc"], f["error"]) for f in report.failures] == [
        (
            "odd.jsonl",
            "1",
            "ValueError: record 1: neither a Reuters story, a PolNeAR record nor a TimeBank/AQUAINT document",
        ),
        ("pn.jsonl", "a1", "KeyError: 'ten'"),
    ]
    assert re.fullmatch(
        r"crash_check\.py:\d+ in _check_chunk -> test_reuters\.py:\d+ in fake_extract", report.failures[1]["where"]
    )  # the last helpers frame, then the last frame
    md = cc.crash_markdown(report)
    assert md.startswith("6 records, 4 distinct texts extracted, 2 raised an exception.")
    assert "| pn.jsonl | a1 | KeyError: 'ten' |" in md
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        cc.crash_check([tmp_path / "missing"])


def test_crash_check_in_two_worker_processes_reports_what_one_process_does(tmp_path):
    """Real extraction in spawned workers: same counts, same (empty) failures, same order of
    a failure that happens before extraction (an unreadable record)."""
    jsonl, _ = _write(tmp_path)
    (tmp_path / "odd.jsonl").write_text(json.dumps({"foo": 1}) + "\n")
    here = cc.crash_check([tmp_path], log=lambda _m: None)
    lines = []
    there = cc.crash_check([tmp_path], jobs=2, every=1, log=lines.append)
    assert (there.records, there.extracted) == (here.records, here.extracted) == (3, 2)
    assert [f["source"] for f in there.failures] == [f["source"] for f in here.failures] == ["odd.jsonl"]
    assert lines == ["crash-check: 2/2 texts extracted, 0 failures"]  # one chunk of two texts


def test_crash_check_option_exits_1_on_failure(tmp_path, monkeypatch, capsys):
    import helpers.pipeline as pipeline

    jsonl, _ = _write(tmp_path)
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    out = tmp_path / "e.md"
    args = ["--no-gold", "--no-heldout", "--no-reuters", "--no-news", "--crash-check", str(jsonl), "--out", str(out)]
    assert ev.run(parser.parse_args(args)) == 0
    assert "2 records, 2 distinct texts extracted, 0 raised an exception." in out.read_text()
    monkeypatch.setattr(pipeline, "extract_tables", lambda a: 1 / 0)
    assert ev.run(parser.parse_args(args)) == 1
    assert "| stories.jsonl | 42 | ZeroDivisionError: division by zero |" in capsys.readouterr().out


def test_sections_score_the_tables_the_crash_check_extracted(tmp_path, monkeypatch, capsys):
    """With --crash-check, each story is extracted once: the Reuters section scores the tables
    the check extracted, with the figures it has when it extracts the story itself."""
    import helpers.pipeline as pipeline

    jsonl, folder = _write(tmp_path)
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    out = tmp_path / "e.md"
    args = ["--no-gold", "--no-heldout", "--no-news", "--reuters", str(jsonl), "--reuters-gold", str(folder)]
    calls, extract = [], pipeline.extract_tables
    monkeypatch.setattr(pipeline, "extract_tables", lambda a: calls.append(a.article_id) or extract(a))
    assert ev.run(parser.parse_args([*args, "--out", str(out)])) == 0
    alone = out.read_text()
    assert calls == ["reuters_42"]
    calls.clear()
    assert ev.run(parser.parse_args([*args, "--crash-check", str(jsonl), "--out", str(out)])) == 0
    assert sorted(calls) == ["reuters_42", "reuters_7"]  # by the crash check, once each
    assert out.read_text().startswith(alone) and "| helpers | 1.000 | 1.000 | 1.000 | 1/1 | 1/1 |" in alone
    capsys.readouterr()


def test_with_jobs_the_crash_check_runs_beside_the_scoring(tmp_path, monkeypatch, capsys):
    """With --jobs 2 the crash check runs in another thread (its workers' feeder) while the
    sets that extract their own articles are scored here; the Reuters section then scores the
    check's tables. The check is faked: it hands over tables extracted here beforehand."""
    import threading

    import helpers.pipeline as pipeline

    jsonl, folder = _write(tmp_path)
    article = next(a for a, _ in rt.load_reuters_gold(jsonl, folder))
    tables, threads, calls, extract = pipeline.extract_tables(article), [], [], pipeline.extract_tables

    def fake_check(paths, *, jobs):
        threads.append(threading.current_thread())
        return cc.CrashReport(records=2, extracted=2, tables={article: tables})

    monkeypatch.setattr(ev, "crash_check", fake_check)
    monkeypatch.setattr(pipeline, "extract_tables", lambda a: calls.append(a.article_id) or extract(a))
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    out = tmp_path / "e.md"
    args = ["--no-gold", "--no-heldout", "--no-news", "--reuters", str(jsonl), "--reuters-gold", str(folder)]
    assert ev.run(parser.parse_args([*args, "--crash-check", str(jsonl), "--jobs", "2", "--out", str(out)])) == 0
    assert calls == [] and threads and threads[0] is not threading.main_thread()
    report = out.read_text()
    assert "| quotes (text) | helpers | 1.000 | 1.000 | 1.000 | 1/1 | 1/1 |" in report
    assert "2 records, 2 distinct texts extracted, 0 raised an exception." in report
    capsys.readouterr()
