"""Tests of the news measuring set loader (helpers.evaluation.news) and its section in
``python -m helpers evaluate``.

The document texts live outside the repository (../shared/eval/timebank/); the tests that read
them are skipped only when those files are absent (they are present in the sandbox and in CI).
Everything else runs on tiny documents written here."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re

import pytest

from helpers.evaluation import evaluate as ev
from helpers.evaluation import news as nw

needs_shared = pytest.mark.skipif(
    not all(p.is_file() for p in nw.NEWS_JSONLS),
    reason=f"TimeBank/AQUAINT texts not here: {nw.NEWS_JSONLS[0].parent} (../shared is absent)",
)

DOC = {
    "file": "APW19990301.0001.tml",
    "docid": "APW19990301.0001",
    "dct": {"tid": "t0", "type": "DATE", "value": "1999-03-01T10:15", "functionInDocument": "CREATION_TIME"},
    "title": "Chile frees two unionists",
    "text": "\n\nSANTIAGO (AP) _\n\nChile released two jailed union leaders today, the government said.\n\n"
    '"We welcome their release," union president Manuel Bustos said.\n\n',
}
UNTITLED = {**DOC, "docid": "wsj_0001", "title": None, "dct": {"value": "1989-11-02"}, "text": "\nFine words.\n"}
GOLD = {
    "docid": "APW19990301.0001",
    "published": "1999-03-01",
    "title_words": "Chile frees",
    "events": [
        {
            "type": "release",
            "date": ["1999-03-01"],
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


def _write(tmp_path, gold=GOLD):
    aquaint, timebank = tmp_path / "aquaint.jsonl", tmp_path / "timebank.jsonl"
    aquaint.write_text(json.dumps(DOC) + "\n")
    timebank.write_text(json.dumps(UNTITLED) + "\n")
    folder = tmp_path / "gold_news3"
    folder.mkdir(exist_ok=True)
    (folder / f"{gold['docid']}.gold.json").write_text(json.dumps(gold))
    return [aquaint, timebank], folder


def test_loader_builds_the_article_in_memory(tmp_path):
    paths, folder = _write(tmp_path)
    [(article, gold)] = nw.load_news_gold(paths, folder)
    assert article.article_id == "APW19990301.0001" and article.title == "Chile frees two unionists"
    assert (
        article.text
        == "Chile frees two unionists\n\nSANTIAGO (AP) _\n\nChile released two jailed union leaders "
        + ('today, the government said.\n\n"We welcome their release," union president Manuel Bustos said.')
    )
    assert article.published == dt.date(1999, 3, 1) and article.language == "en"
    assert gold["events"][0]["count"] == [2]
    untitled = nw.document_article(UNTITLED)  # no title: the text alone, published on the DCT
    assert (untitled.text, untitled.title, untitled.published) == ("Fine words.", "", dt.date(1989, 11, 2))


@pytest.mark.parametrize(
    "change, message",
    [
        (
            {"docid": "APW19990301.0099"},
            "APW19990301.0099.gold.json: docid APW19990301.0099 is not in aquaint.jsonl, timebank.jsonl",
        ),
        ({"published": "1999-03-02"}, "published 1999-03-02 but the text is dated 1999-03-01"),
        ({"title_words": "Chile jails"}, "title_words 'Chile jails' do not start the text"),
    ],
)
def test_loader_names_the_file_and_the_problem(tmp_path, change, message):
    paths, folder = _write(tmp_path, gold={**GOLD, **change})
    with pytest.raises(ValueError, match=re.escape(message)):
        nw.load_news_gold(paths, folder)


def test_loader_errors_on_missing_gold_and_bad_records(tmp_path):
    paths, _ = _write(tmp_path)
    with pytest.raises(FileNotFoundError, match="no \\*.gold.json"):
        nw.load_news_gold(paths, tmp_path / "empty")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(DOC) + "\n" + json.dumps({"docid": "x", "text": "no dct"}) + "\n")
    with pytest.raises(ValueError, match="bad.jsonl: record 2: not a TimeBank/AQUAINT document"):
        nw.read_documents([bad])


def test_news_section_has_its_heading_and_never_lists_errors(tmp_path, capsys):
    paths, folder = _write(tmp_path)
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    out = tmp_path / "evaluation.md"
    args = ["--no-gold", "--no-heldout", "--no-reuters", "--news", *map(str, paths), "--news-gold", str(folder)]
    assert ev.run(parser.parse_args([*args, "--errors", "--out", str(out)])) == 0
    report = out.read_text()
    assert report in capsys.readouterr().out
    assert re.findall(r"^## .*$", report, flags=re.M) == ["## News, measuring set (gold_news3/, 1 articles)"]
    assert "Event errors" not in report and "tests/gold_news3/BASELINE.md" in report
    assert "aquaint.jsonl, timebank.jsonl" in report
    assert "| quotes (text) | helpers | 1.000 | 1.000 | 1.000 | 1/1 | 1/1 |" in report
    assert "| release | 1.000 | 1.000 | 1.000 | 1/1 | 1/1 |" in report  # dated today, count 2
    assert ev.run(parser.parse_args([*args, "--no-news", "--out", str(out)])) == 0
    assert "News" not in out.read_text()


@needs_shared
def test_news_set_parses_and_is_scored(tmp_path):
    pairs = nw.load_news_gold()
    assert len(pairs) == 30
    for article, gold in pairs:  # every evidence and quote start is in the text the product sees
        assert all(e["evidence"] in article.text for e in gold["events"]), article.article_id
        assert all(q["start"] in article.text for q in gold["quotes"]), article.article_id
    by_id = {a.article_id: a for a, _ in pairs}
    assert by_id["wsj_1011"].text.startswith("Delta Air Lines earnings soared") and by_id["wsj_1011"].title == ""
    assert by_id["APW19991008.0265"].published == dt.date(1999, 10, 8)  # published = the DCT
    asserted = sum(e["modality"] == "asserted" for _, g in pairs for e in g["events"])
    assert (asserted, sum(len(g["quotes"]) for _, g in pairs)) == (75, 71)
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    out = tmp_path / "evaluation.md"
    assert ev.run(parser.parse_args(["--no-gold", "--no-heldout", "--no-reuters", "--out", str(out)])) == 0
    report = out.read_text()
    assert "## News, measuring set (gold_news3/, 30 articles)" in report and "Event errors" not in report
    assert re.search(r"^\| all \| [\d.]+ \| [\d.]+ \| [\d.]+ \| \d+/\d+ \| \d+/75 \|$", report, flags=re.M)
    assert re.search(
        r"^\| quotes \| helpers \| [\d.]+ \| [\d.]+ \| [\d.]+ \| \d+/\d+ \| \d+/71 \|$", report, flags=re.M
    )
