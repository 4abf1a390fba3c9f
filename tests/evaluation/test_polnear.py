"""Tests of the PolNeAR event gold loader (helpers.evaluation.polnear), the one real-text gold
loader it shares with the Reuters and news sets (helpers.evaluation.gold.load_text_gold), and the
PolNeAR sections of ``python -m helpers evaluate``.

The article texts live outside the repository (../shared/eval/polnear/); the tests that read them
are skipped only when that file is absent (it is present in the sandbox and in CI). Everything
else runs on tiny records written here."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re

import pytest

from helpers.evaluation import evaluate as ev
from helpers.evaluation import gold as gd
from helpers.evaluation import polnear as pn

needs_shared = pytest.mark.skipif(
    not pn.POLNEAR_JSONL.is_file(), reason=f"PolNeAR texts not here: {pn.POLNEAR_JSONL} (../shared is absent)"
)

TEXT = "Ohio voters go to the polls.\n\nOhio held its primary election on Tuesday, officials said.\n"
RECORD = {
    "article": "ap_2016-03-16_ohio-votes",
    "annotator": "a1",
    "publisher": "ap",
    "publication_date": "2016-03-16",
    "title": "Ohio voters go to the polls",
    "text": TEXT,
    "attributions": [],
}
GOLD = {
    "article": "ap_2016-03-16_ohio-votes",
    "published": "2016-03-16",
    "title_words": "Ohio voters go",
    "events": [
        {
            "type": "election",
            "date": ["2016-03-15"],
            "count": [None],
            "actor": "Ohio",
            "target": "presidential nomination",
            "people": [],
            "modality": "asserted",
            "evidence": "Ohio held its primary election on Tuesday",
        }
    ],
}


def _write(tmp_path, gold=GOLD, name="gold_polnear"):
    jsonl = tmp_path / "dev.jsonl"
    other = {
        **RECORD,
        "article": "nyt_2016-01-01_other",
        "text": "Other.\n\nNothing.",
        "publication_date": "2016-01-01",
    }
    lines = [RECORD, {**RECORD, "annotator": "a2"}, other]  # one record per article and annotator
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in lines))
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    (folder / f"{gold['article']}.gold.json").write_text(json.dumps(gold))
    return jsonl, folder


def test_loader_builds_each_article_once_named_by_its_article_key(tmp_path):
    jsonl, folder = _write(tmp_path)
    assert list(pn.read_polnear_articles(jsonl)) == ["ap_2016-03-16_ohio-votes", "nyt_2016-01-01_other"]
    [(article, gold)] = pn.load_polnear_gold(jsonl, folder)
    assert (article.article_id, article.text, article.title) == (GOLD["article"], TEXT, RECORD["title"])
    assert article.published == dt.date(2016, 3, 16) and article.language == "en"
    assert gold["events"][0]["date"] == ["2016-03-15"] and "quotes" not in gold


@pytest.mark.parametrize(
    "change, message",
    [
        (
            {"article": "ap_2016-03-16_missing"},
            "ap_2016-03-16_missing.gold.json: article ap_2016-03-16_missing is not in dev.jsonl",
        ),
        ({"published": "2016-03-17"}, "published 2016-03-17 but the text is dated 2016-03-16"),
        ({"title_words": "Iowa voters"}, "title_words 'Iowa voters' do not start the text"),
    ],
)
def test_loader_names_the_file_and_the_problem(tmp_path, change, message):
    jsonl, folder = _write(tmp_path, gold={**GOLD, **change})
    with pytest.raises(ValueError, match=re.escape(message)):
        pn.load_polnear_gold(jsonl, folder)


def test_loader_errors_on_missing_gold_and_bad_records(tmp_path):
    with pytest.raises(FileNotFoundError, match="no \\*.gold.json"):  # before the texts are read
        pn.load_polnear_gold(tmp_path / "none.jsonl", tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(RECORD) + "\n" + json.dumps({"article": "x", "text": "no date"}) + "\n")
    with pytest.raises(ValueError, match="bad.jsonl: record 2: not a PolNeAR record"):
        pn.read_polnear_articles(bad)


def test_one_loader_orders_numeric_ids_numerically_and_the_others_by_name(tmp_path):
    class Text:
        def __init__(self, i):
            self.text, self.published = f"T{i} text", dt.date(2000, 1, 1)

    for i in ("749", "10134", "b", "a"):
        gold = {"id": i, "published": "2000-01-01", "title_words": f"T{i}", "events": []}
        (tmp_path / f"{i}.gold.json").write_text(json.dumps(gold))
    texts = {i: i for i in ("749", "10134", "b")}
    with pytest.raises(ValueError, match="a.gold.json: id a is not in texts.jsonl"):
        gd.load_text_gold(tmp_path, "id", lambda: texts, Text, "texts.jsonl")
    (tmp_path / "a.gold.json").unlink()
    pairs = gd.load_text_gold(tmp_path, "id", lambda: texts, Text, "texts.jsonl")
    assert [g["id"] for _, g in pairs] == ["749", "10134", "b"] and pairs[0][0].text == "T749 text"


def test_polnear_sections_dev_lists_errors_measuring_never(tmp_path, monkeypatch, capsys):
    jsonl, folder = _write(tmp_path)
    _, measuring = _write(tmp_path, name="second")
    monkeypatch.setattr(ev, "POLNEAR_MEASURE_DIR", measuring)
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    out = tmp_path / "evaluation.md"
    args = ["--no-gold", "--no-heldout", "--no-reuters", "--no-news", "--polnear", str(jsonl), "--no-polnear-quotes"]
    args += ["--polnear-gold", str(folder), str(measuring), "--errors", "--out", str(out)]
    assert ev.run(parser.parse_args(args)) == 0
    report = out.read_text()
    assert report in capsys.readouterr().out
    assert re.findall(r"^## .*$", report, flags=re.M) == [
        "## PolNeAR 2016 news (gold_polnear/, 1 articles)",
        "## PolNeAR 2016 news, measuring set (second/, 1 articles)",
    ]
    first, second = report.split("## PolNeAR 2016 news, measuring set")
    assert "Event errors (" in first and "Event errors" not in second
    assert "tests/gold_polnear2/BASELINE.md" in second and "| quotes" not in report  # events only
    assert ev.run(parser.parse_args([*args, "--no-polnear-gold"])) == 0
    assert "PolNeAR" not in out.read_text()


@needs_shared
def test_polnear_sets_parse_and_do_not_overlap():
    dev, measuring = (pn.load_polnear_gold(pn.POLNEAR_JSONL, d) for d in pn.POLNEAR_GOLD_DIRS)
    assert (len(dev), len(measuring)) == (20, 10)
    assert not {a.article_id for a, _ in dev} & {a.article_id for a, _ in measuring}
    for pairs, asserted in ((dev, 30), (measuring, 15)):
        for article, gold in pairs:  # every evidence is in the text the product sees, on one line
            assert all(e["evidence"] in article.text and "\n" not in e["evidence"] for e in gold["events"])
        assert sum(e["modality"] == "asserted" for _, g in pairs for e in g["events"]) == asserted
    by_id = {a.article_id: a for a, _ in dev}
    article = by_id["wash-post_2016-09-10_outrage-but-few-options-on-the-t"]
    assert article.published == dt.date(2016, 9, 10) and article.text.startswith("Outrage, but few options")
