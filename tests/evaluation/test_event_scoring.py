"""Tests of helpers.evaluation.event_scoring: strict one-to-one event scores on tiny hand-made inputs."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from helpers.evaluation import event_scoring as es
from helpers.evaluation.scoring import Counts

E = es.Event


def counts(c: Counts) -> tuple[int, int, int, int]:
    return c.right, c.predicted, c.found, c.gold


def test_two_extracted_events_for_one_gold_event_give_one_tp_and_one_fp():
    gold = [{"type": "release", "date": ["2025-09-11"], "count": [52], "modality": "asserted"}]
    pred = [E("release", "2025-09-11", 52, "asserted"), E("release", "2025-09-11", 52, "asserted")]
    s = es.score_events(pred, gold)
    assert counts(s.overall) == (1, 2, 1, 1)
    assert s.overall.precision == 0.5 and s.overall.recall == 1.0
    assert (s.matched, s.modality_ok) == (1, 1)


def test_non_asserted_extraction_is_not_counted_in_precision():
    gold = [{"type": "release", "date": "2025-09-11", "count": 52}]  # scalars; modality defaults to asserted
    pred = [E("release", "2025-09-11", 52, "asserted"), E("sanction_eased", None, None, "hypothetical")]
    s = es.score_events(pred, gold)
    assert counts(s.overall) == (1, 1, 1, 1)
    assert counts(s.by_type["sanction_eased"]) == (0, 0, 0, 0)


def test_asserted_extraction_matching_a_demanded_gold_event_is_a_false_positive():
    gold = [{"type": "release", "date": [None], "count": [1], "modality": "demanded"}]
    s = es.score_events([E("release", None, 1, "asserted")], gold)
    assert counts(s.overall) == (0, 1, 0, 0)  # FP; no gold asserted event to recall
    assert (s.matched, s.modality_ok, s.modality_accuracy) == (1, 0, 0.0)
    right = es.score_events([E("release", None, 1, "demanded")], gold)
    assert counts(right.overall) == (0, 0, 0, 0) and right.modality_accuracy == 1.0


def test_gold_asserted_event_found_only_as_hypothetical_is_not_recalled():
    gold = [{"type": "arrest", "date": ["2020-06"], "count": [None], "modality": "asserted"}]
    s = es.score_events([E("arrest", "2020-06", None, "hypothetical")], gold)
    assert counts(s.overall) == (0, 0, 0, 1) and s.matched == 1 and s.modality_ok == 0


def test_dates_and_counts_compare_exactly_and_null_accepts_only_null():
    gold = [{"type": "arrest", "date": ["2020-06-03", "2020-06"], "count": [None, 3], "modality": "asserted"}]
    assert es.score_events([E("arrest", "2020-06", 3, "asserted")], gold).overall.right == 1  # secondary values
    for date, count in (("2020", None), ("2020-06-04", None), ("2020-06-03", 4)):  # coarser / other day / count
        assert es.score_events([E("arrest", date, count, "asserted")], gold).overall.right == 0
    undated = [{"type": "release", "date": [None], "count": [None], "modality": "asserted"}]
    assert es.score_events([E("release", None, None, "asserted")], undated).overall.right == 1
    assert es.score_events([E("release", "2025-12-13", None, "asserted")], undated).overall.right == 0
    assert es.score_events([E("release", None, 2, "asserted")], undated).overall.right == 0


def test_matching_is_maximal_not_greedy():
    # p0 fits both gold events, p1 only g0: a greedy first-fit would pair p0-g0 and lose g1.
    gold = [
        {"type": "release", "date": [None, "2024-08-01"], "count": [None], "modality": "asserted"},
        {"type": "release", "date": ["2024-08-01"], "count": [None], "modality": "asserted"},
    ]
    pred = [E("release", "2024-08-01", None, "asserted"), E("release", None, None, "asserted")]
    assert counts(es.score_events(pred, gold).overall) == (2, 2, 2, 2)


def test_matching_prefers_asserted_pairs_then_same_modality():
    gold = [
        {"type": "sanction_imposed", "date": [None], "count": [None], "modality": "asserted"},
        {"type": "sanction_imposed", "date": [None], "count": [None], "modality": "hypothetical"},
    ]
    pred = [E("sanction_imposed", None, None, "hypothetical"), E("sanction_imposed", None, None, "asserted")]
    s = es.score_events(pred, gold)
    assert counts(s.overall) == (1, 1, 1, 1) and (s.matched, s.modality_ok) == (2, 2)


def test_per_type_figures_and_sums_over_articles():
    gold = [
        {"type": "release", "date": ["2024-08-01"], "count": [26], "modality": "asserted"},
        {"type": "negotiation", "date": [None], "count": [None], "modality": "asserted"},
        {"type": "protest", "date": [None], "count": [None], "modality": "asserted"},
    ]
    pred = [
        E("release", "2024-08-01", 26, "asserted"),
        E("negotiation", "2024-08-01", None, "asserted"),
        E("military", None, None, "asserted"),
    ]
    s = es.score_events(pred, gold)
    assert {t: counts(c) for t, c in s.by_type.items()} == {
        "release": (1, 1, 1, 1),
        "negotiation": (0, 1, 0, 1),
        "protest": (0, 0, 0, 1),
        "military": (0, 1, 0, 0),
    }
    assert counts(s.overall) == (1, 3, 1, 3)
    total = s + es.score_events([E("protest", None, None, "asserted")], gold[2:])
    assert counts(total.by_type["protest"]) == (1, 1, 1, 2) and counts(total.overall) == (2, 4, 2, 4)
    assert (total.matched, total.modality_ok) == (2, 2)


def test_extracted_events_from_an_events_table():
    frame = pd.DataFrame(
        {
            "event_type": ["release", "arrest"],
            "date": ["2024-08-01", None],
            "count": pd.array([26, None], dtype="Int64"),
            "modality": ["asserted", "negated"],
        }
    )
    assert es.extracted_events(frame) == [
        E("release", "2024-08-01", 26, "asserted"),
        E("arrest", None, None, "negated"),
    ]


@pytest.mark.parametrize("seed", range(40))
def test_max_weight_matching_equals_brute_force(seed):
    import random

    rng = random.Random(seed)
    rows, cols = rng.randint(1, 5), rng.randint(1, 5)
    w = [[rng.choice([0, 0, 1, 2, 5, 9]) for _ in range(cols)] for _ in range(rows)]
    pairs = es.max_weight_matching(w)
    assert len({r for r, _ in pairs}) == len({c for _, c in pairs}) == len(pairs)
    assert all(w[r][c] > 0 for r, c in pairs)
    best = max(
        sum(w[r][c] for r, c in zip(rs, cs))
        for k in range(min(rows, cols) + 1)
        for rs in itertools.permutations(range(rows), k)
        for cs in itertools.combinations(range(cols), k)
    )
    assert sum(w[r][c] for r, c in pairs) == best


def test_errors_list_false_positives_and_misses_with_the_other_modality():
    gold = [
        {"type": "release", "date": [None], "count": [1], "modality": "demanded", "evidence": "urged Minsk to free"},
        {"type": "arrest", "date": ["2020-06"], "count": [None], "modality": "asserted", "evidence": "was detained"},
        {"type": "protest", "date": [None], "count": [None], "modality": "asserted", "evidence": "marched"},
    ]
    pred = [
        E("release", None, 1, "asserted", "free"),
        E("arrest", "2020-06", None, "hypothetical", "detained"),
        E("release", None, 1, "asserted", "freed"),
    ]
    errors = es.score_events(pred, gold, "a1").errors
    assert [(e["error"], e["type"], e["evidence"], e["note"]) for e in errors] == [
        ("false positive", "release", "free", "matches a gold demanded event"),
        ("false positive", "release", "freed", ""),
        ("missed", "arrest", "was detained", "extracted as hypothetical"),
        ("missed", "protest", "marched", ""),
    ]
    assert {e["article"] for e in errors} == {"a1"} and errors[2]["date"] == ["2020-06"]
    assert E("release", None, 1, "asserted", "free") == E("release", None, 1, "asserted", "other words")
