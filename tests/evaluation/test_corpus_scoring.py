"""Tests of helpers.evaluation.corpus_scoring: TempEval-3 and PolNeAR measures on tiny hand-made inputs."""

from __future__ import annotations

from helpers.evaluation import corpus_scoring as sc


def test_tempeval_counts_and_scores():
    gold = [
        {"start": 0, "end": 6, "value": "1998-01-08"},
        {"start": 10, "end": 19, "value": "P2D"},
        {"start": 30, "end": 34, "value": "1997"},
    ]
    pred = [
        {"start": 0, "end": 6, "value": "1998-01-08"},  # strict, right value
        {"start": 13, "end": 19, "value": "P3D"},  # relaxed only, wrong value
        {"start": 50, "end": 55, "value": "1999"},  # spurious
        {"start": 60, "end": 65, "value": "2000"},
    ]  # spurious
    counts = sc.tempeval_counts(pred, gold)
    assert counts == {"n_pred": 4, "n_gold": 3, "relaxed": 2, "strict": 1, "value_ok": 1}
    s = sc.tempeval_scores(counts)
    assert s["relaxed_p"] == 0.5 and round(s["relaxed_r"], 3) == 0.667
    assert round(s["relaxed_f1"], 4) == 0.5714 and round(s["strict_f1"], 4) == 0.2857
    assert s["value_accuracy"] == 0.5 and round(s["value_f1"], 4) == 0.2857


def test_polnear_counts_overlap_and_speaker():
    attributions = [
        {
            "source": {"spans": [[0, 5]], "text": "Smith"},
            "content": {"spans": [[12, 40]]},
            "content_has_quote_marks": True,
        },
        {
            "source": {"spans": [[50, 52]], "text": "he"},
            "content": {"spans": [[60, 90]]},
            "content_has_quote_marks": True,
        },
        {
            "source": {"spans": [[95, 99]], "text": "Jane"},
            "content": {"spans": [[100, 120]]},
            "content_has_quote_marks": False,
        },
    ]
    quotes = [
        {"start": 13, "end": 39, "speaker": "John Smith"},  # right, name overlap
        {"start": 61, "end": 89, "speaker": "John Doe", "speaker_start": 50, "speaker_end": 52},  # span overlap
        {"start": 101, "end": 110, "speaker": "Jane"},
    ]  # unquoted content: not gold
    assert sc.polnear_counts(quotes, attributions) == {
        "predicted": 3,
        "right": 2,
        "gold": 2,
        "found": 2,
        "speaker_ok": 2,
    }
    assert sc.polnear_counts([{"start": 13, "end": 39, "speaker": "Jones"}], attributions)["speaker_ok"] == 0


def test_polnear_gold_knows_the_apostrophe_marks_of_nyt_copy():
    # PolNeAR's content_has_quote_marks is False for ''…'' (New York Times archive copy)
    nyt = {
        "source": {"spans": [[30, 37]], "text": "Mr. Kamin"},
        "content": {"spans": [[0, 28]], "text": "''This isn't tax reform,''"},
        "content_has_quote_marks": False,
    }
    plain = {
        "source": {"spans": [[60, 65]], "text": "Jones"},
        "content": {"spans": [[40, 58]], "text": "that it isn't reform"},
        "content_has_quote_marks": False,
    }
    counts = sc.polnear_counts([{"start": 2, "end": 25, "speaker": "Kamin"}], [nyt, plain])
    assert counts == {"predicted": 1, "right": 1, "gold": 1, "found": 1, "speaker_ok": 1}
