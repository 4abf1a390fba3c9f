"""Tests of helpers.evaluate: the scoring functions on tiny hand-made inputs, the gold set
itself, the CLI hook, and the quality gate on tests/gold/ (F1 >= 0.90 per table and
better than every baseline)."""
from __future__ import annotations

import argparse
import json

import pytest

from helpers import evaluate as ev

GATE = 0.90


# --- scoring functions on tiny inputs ----------------------------------------------
def test_counts_two_of_three_found_all_predictions_right():
    c = ev.Counts(right=2, predicted=2, found=2, gold=3)
    assert c.precision == 1.0
    assert round(c.recall, 3) == 0.667
    assert round(c.f1, 3) == 0.8


def test_counts_add_up_and_empty_is_zero():
    total = ev.Counts(1, 2, 1, 1) + ev.Counts(1, 2, 2, 3)
    assert (total.right, total.predicted, total.found, total.gold) == (2, 4, 3, 4)
    assert total.precision == 0.5 and total.recall == 0.75
    assert ev.Counts().f1 == 0.0


def test_normalisers():
    assert ev.norm_name("the U.S.’s") == "us"
    assert ev.norm_name("Nicolás Maduro") == "nicolas maduro"
    assert ev.norm_quote("“We came here,” ") == "we came here"
    assert [ev.unit_head(u) for u in ("political prisoners", "people", "families", "Children", None)] == \
        ["prisoner", "person", "family", "child", ""]


def test_locate_counts_whole_words_and_raises_when_missing():
    text = "In October 2021 he left; in October he came back."
    assert ev.locate(text, "October", 2) == (28, 35)
    assert ev.locate(text, "he", 1) == (16, 18)  # not the "he" inside "the"
    with pytest.raises(ValueError, match="occurs 2 times, not 3"):
        ev.locate(text, "October", 3)


def test_score_entities_aliases_labels_and_duplicates():
    gold = [{"name": "Alexander Lukashenko", "label": "PERSON", "aliases": ["Lukashenko"]},
            {"name": "Belarus", "label": "GPE", "aliases": []},
            {"name": "Viasna", "label": "ORG", "aliases": []}]
    pred = [("Lukashenko", "PERSON"), ("Alexander Lukashenko", "PERSON"),  # unmerged duplicate
            ("Belarus", "GPE"), ("Viasna", "PERSON"), ("2020", "DATE")]     # wrong label; DATE ignored
    c = ev.score_entities(pred, gold)
    assert (c.right, c.predicted, c.found, c.gold) == (2, 4, 2, 3)
    assert c.precision == 0.5 and round(c.recall, 3) == 0.667


def test_score_quotes_needs_start_and_speaker():
    entities = [{"name": "Laura Mickevich", "label": "PERSON", "aliases": ["Mickevich"]}]
    gold = [{"start": "We came here", "speaker": "Laura Mickevich"},
            {"start": "The crossing went", "speaker": "Laura Mickevich"},
            {"start": "Some of them", "speaker": "Tomas Baranauskas"}]
    pred = [("“We came here to bring people home,”", "Mickevich"),
            ("The crossing went quietly.", None),
            ("Some of them had not seen", "Laura Mickevich")]
    with_speaker = ev.score_quotes(pred, gold, entities)
    assert (with_speaker.right, with_speaker.predicted, with_speaker.gold) == (1, 3, 3)
    text_only = ev.score_quotes(pred, gold, entities, speaker=False)
    assert text_only.f1 == 1.0


def test_score_spans_values_and_quantities():
    gold = [{"start": 0, "end": 8, "value": "2025-09-11"}, {"start": 20, "end": 29, "value": "2020-06"}]
    pred = [{"start": 0, "end": 8, "value": "2025-09-11"}, {"start": 23, "end": 27, "value": "2020"},
            {"start": 40, "end": 45, "value": "P2D"}]
    assert ev.score_spans(pred, gold, ev.same_value) == ev.Counts(1, 3, 1, 2)
    assert ev.score_spans(pred, gold) == ev.Counts(2, 3, 2, 2)  # extent only
    g = {"value": 1100, "unit": "prisoners", "qualifier": "over"}
    assert ev.same_quantity({"value": 1100.0, "unit": "political prisoners", "qualifier": "over"}, g)
    assert not ev.same_quantity({"value": 1100.0, "unit": "political prisoners", "qualifier": "exact"}, g)
    assert not ev.same_quantity({"value": 1100.0, "unit": None, "qualifier": "over"}, g)
    assert ev.same_quantity({"value": 5.0, "unit": "prisoners", "qualifier": "exact"},
                            {"value": 5, "unit": ["Americans", "prisoners"], "qualifier": "exact"})


def test_score_events_primary_and_alternative_keys():
    gold = [{"type": "release", "date": ["2025-09-11", None], "count": [52, None]},
            {"type": "arrest", "date": "2020-06", "count": None},
            {"type": "sentence", "date": "2021-12", "count": None}]
    pred = [("release", "2025-09-11", 52), ("release", None, None),   # both accepted
            ("release", "2025-09-12", 52),                              # wrong date
            ("arrest", "2020-06", None), ("arrest", "2020-06", None)]   # duplicate key counted once
    c = ev.score_events(pred, gold)
    assert (c.right, c.predicted, c.found, c.gold) == (3, 4, 2, 3)
    assert ev.event_key("release", float("nan"), 52.0) == ("release", None, 52)


def test_tempeval_counts_and_scores():
    gold = [{"start": 0, "end": 6, "value": "1998-01-08"}, {"start": 10, "end": 19, "value": "P2D"},
            {"start": 30, "end": 34, "value": "1997"}]
    pred = [{"start": 0, "end": 6, "value": "1998-01-08"},   # strict, right value
            {"start": 13, "end": 19, "value": "P3D"},        # relaxed only, wrong value
            {"start": 50, "end": 55, "value": "1999"},       # spurious
            {"start": 60, "end": 65, "value": "2000"}]       # spurious
    counts = ev.tempeval_counts(pred, gold)
    assert counts == {"n_pred": 4, "n_gold": 3, "relaxed": 2, "strict": 1, "value_ok": 1}
    s = ev.tempeval_scores(counts)
    assert s["relaxed_p"] == 0.5 and round(s["relaxed_r"], 3) == 0.667
    assert round(s["relaxed_f1"], 4) == 0.5714 and round(s["strict_f1"], 4) == 0.2857
    assert s["value_accuracy"] == 0.5 and round(s["value_f1"], 4) == 0.2857


def test_polnear_counts_overlap_and_speaker():
    attributions = [
        {"source": {"spans": [[0, 5]], "text": "Smith"}, "content": {"spans": [[12, 40]]}, "content_has_quote_marks": True},
        {"source": {"spans": [[50, 52]], "text": "he"}, "content": {"spans": [[60, 90]]}, "content_has_quote_marks": True},
        {"source": {"spans": [[95, 99]], "text": "Jane"}, "content": {"spans": [[100, 120]]}, "content_has_quote_marks": False},
    ]
    quotes = [{"start": 13, "end": 39, "speaker": "John Smith"},                      # right, name overlap
              {"start": 61, "end": 89, "speaker": "John Doe", "speaker_start": 50, "speaker_end": 52},  # span overlap
              {"start": 101, "end": 110, "speaker": "Jane"}]                          # unquoted content: not gold
    assert ev.polnear_counts(quotes, attributions) == \
        {"predicted": 3, "right": 2, "gold": 2, "found": 2, "speaker_ok": 2}
    assert ev.polnear_counts([{"start": 13, "end": 39, "speaker": "Jones"}], attributions)["speaker_ok"] == 0


# --- the gold set ------------------------------------------------------------------
@pytest.fixture(scope="module")
def gold_pairs():
    return ev.load_gold()


def test_gold_set_loads_with_every_span_located(gold_pairs):
    assert len(gold_pairs) >= 9
    formats = {a.format for a, _ in gold_pairs}
    assert {"text", "markdown", "html"} <= formats
    for article, gold in gold_pairs:
        for item in gold["quantities"] + gold["timexes"]:
            assert article.text[item["start"]:item["end"]] == item["text"]
        for quote in gold["quotes"]:
            assert ev.norm_quote(quote["start"]) in ev.norm_quote(article.text), quote["start"]
        names = {n for e in gold["entities"] for n in ev._names(e)}
        for quote in gold["quotes"]:  # every speaker is a gold entity
            assert ev.norm_name(quote["speaker"]) in names
        if not article.article_id.startswith("000_"):
            assert 200 <= len(article.text.split()) <= 600, article.article_id


def test_gold_annotations_use_the_contract_vocabularies(gold_pairs):
    from helpers import schemas

    for _, gold in gold_pairs:
        assert {e["label"] for e in gold["entities"]} <= set(ev.NAMED_LABELS)
        assert {q["qualifier"] for q in gold["quantities"]} <= set(schemas.QUALIFIERS)
        assert {t["type"] for t in gold["timexes"]} <= set(schemas.TIMEX_TYPES)
        assert {e["type"] for e in gold["events"]} <= set(schemas.EVENT_TYPES)
        assert {e["modality"] for e in gold["events"]} <= set(schemas.MODALITIES)


@pytest.fixture(scope="module")
def gold_scores():
    return ev.evaluate_gold(log=lambda _msg: None)


def test_gold_evaluation_table_shape(gold_scores):
    systems = set(gold_scores["system"])
    assert {"helpers", "spaCy en_core_web_sm ents", "dateparser search_dates", "textacy direct_quotations"} <= systems
    helpers = gold_scores[gold_scores["system"] == "helpers"].set_index("table")
    assert set(ev.GATED) <= set(helpers.index)
    assert helpers.loc["timexes", "gold"] == 83 and helpers.loc["quotes", "gold"] == 24


@pytest.mark.parametrize("table", ev.GATED)
def test_gate_f1_at_least_090_and_above_every_baseline(gold_scores, table):
    rows = gold_scores[gold_scores["table"] == table]
    ours = rows[rows["system"] == "helpers"]["f1"].iloc[0]
    assert ours >= GATE, f"{table}: F1 {ours:.3f} < {GATE}"
    for r in rows[rows["system"] != "helpers"].itertuples():
        assert ours > r.f1, f"{table}: helpers F1 {ours:.3f} does not beat {r.system} ({r.f1:.3f})"


# --- CLI hook ----------------------------------------------------------------------
def test_run_scores_small_tempeval_and_polnear_files(tmp_path, capsys):
    text = "The minister resigned on Monday. Talks will resume in March 2024."
    tempeval = tmp_path / "tiny.jsonl"
    tempeval.write_text(json.dumps({"docid": "d1", "dct": {"value": "2023-11-15"}, "title": None, "text": text,
                                    "timexes": [{"type": "DATE", "value": "2023-11-13", "start": text.index("Monday"), "end": text.index("Monday") + 6,
                                                 "text": "Monday"},
                                                {"type": "DATE", "value": "2024-03", "start": text.index("March"), "end": text.index("March") + 10,
                                                 "text": "March 2024"}]}) + "\n")
    news = ("Minister Quits After Vote\n\n\"We will not accept this result,\" said Anna Berg, the party leader. "
            "She spoke in Oslo on Tuesday.")
    start = news.index("We will")
    polnear = tmp_path / "pn.jsonl"
    polnear.write_text(json.dumps({
        "article": "a1", "publication_date": "2023-11-15", "title": "Minister Quits After Vote", "text": news,
        "attributions": [{"source": {"spans": [[news.index("Anna Berg"), news.index("Anna Berg") + 9]], "text": "Anna Berg"},
                          "cue": {"spans": [], "text": "said"},
                          "content": {"spans": [[start, start + 31]], "text": news[start:start + 31]},
                          "content_has_quote_marks": True}]}) + "\n")
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    out = tmp_path / "evaluation.md"
    args = parser.parse_args(["--no-gold", "--tempeval", str(tempeval), "--polnear", str(polnear), "--out", str(out)])
    assert ev.run(args) == 0
    report = out.read_text()
    assert report in capsys.readouterr().out
    assert "| tiny.jsonl | 1 | 2 | 2 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |" in report
    assert "| pn.jsonl | 1 | 1 | 1 | 1.000 | 1.000 | 1.000 | 1.000 (1/1) |" in report


def test_add_arguments_defaults():
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    args = parser.parse_args([])
    assert args.gold == ev.GOLD_DIR and args.tempeval == [] and args.polnear is None
    assert args.out.name == "evaluation.md" and args.out.parent.name == "reports"
