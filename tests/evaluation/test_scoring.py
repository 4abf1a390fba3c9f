"""Tests of helpers.evaluation.scoring: the scoring functions on tiny hand-made inputs."""

from __future__ import annotations

from helpers.evaluation import scoring as sc


def test_counts_two_of_three_found_all_predictions_right():
    c = sc.Counts(right=2, predicted=2, found=2, gold=3)
    assert c.precision == 1.0
    assert round(c.recall, 3) == 0.667
    assert round(c.f1, 3) == 0.8


def test_counts_add_up_and_empty_is_zero():
    total = sc.Counts(1, 2, 1, 1) + sc.Counts(1, 2, 2, 3)
    assert (total.right, total.predicted, total.found, total.gold) == (2, 4, 3, 4)
    assert total.precision == 0.5 and total.recall == 0.75
    assert sc.Counts().f1 == 0.0


def test_normalisers():
    assert sc.norm_name("the U.S.’s") == "us"
    assert sc.norm_name("Nicolás Maduro") == "nicolas maduro"
    assert sc.norm_quote("“We came here,” ") == "we came here"
    assert [sc.unit_head(u) for u in ("political prisoners", "people", "families", "Children", None)] == [
        "prisoner",
        "person",
        "family",
        "child",
        "",
    ]


def test_score_entities_aliases_labels_and_duplicates():
    gold = [
        {"name": "Alexander Lukashenko", "label": "PERSON", "aliases": ["Lukashenko"]},
        {"name": "Belarus", "label": "GPE", "aliases": []},
        {"name": "Viasna", "label": "ORG", "aliases": []},
    ]
    pred = [
        ("Lukashenko", "PERSON"),
        ("Alexander Lukashenko", "PERSON"),  # unmerged duplicate
        ("Belarus", "GPE"),
        ("Viasna", "PERSON"),
        ("2020", "DATE"),
    ]  # wrong label; DATE ignored
    c = sc.score_entities(pred, gold)
    assert (c.right, c.predicted, c.found, c.gold) == (2, 4, 2, 3)
    assert c.precision == 0.5 and round(c.recall, 3) == 0.667


def test_score_quotes_needs_start_and_speaker():
    entities = [{"name": "Laura Mickevich", "label": "PERSON", "aliases": ["Mickevich"]}]
    gold = [
        {"start": "We came here", "speaker": "Laura Mickevich"},
        {"start": "The crossing went", "speaker": "Laura Mickevich"},
        {"start": "Some of them", "speaker": "Tomas Baranauskas"},
    ]
    pred = [
        ("“We came here to bring people home,”", "Mickevich"),
        ("The crossing went quietly.", None),
        ("Some of them had not seen", "Laura Mickevich"),
    ]
    with_speaker = sc.score_quotes(pred, gold, entities)
    assert (with_speaker.right, with_speaker.predicted, with_speaker.gold) == (1, 3, 3)
    text_only = sc.score_quotes(pred, gold, entities, speaker=False)
    assert text_only.f1 == 1.0


def test_score_spans_values_and_quantities():
    gold = [{"start": 0, "end": 8, "value": "2025-09-11"}, {"start": 20, "end": 29, "value": "2020-06"}]
    pred = [
        {"start": 0, "end": 8, "value": "2025-09-11"},
        {"start": 23, "end": 27, "value": "2020"},
        {"start": 40, "end": 45, "value": "P2D"},
    ]
    assert sc.score_spans(pred, gold, sc.same_value) == sc.Counts(1, 3, 1, 2)
    assert sc.score_spans(pred, gold) == sc.Counts(2, 3, 2, 2)  # extent only
    g = {"value": 1100, "unit": "prisoners", "qualifier": "over"}
    assert sc.same_quantity({"value": 1100.0, "unit": "political prisoners", "qualifier": "over"}, g)
    assert not sc.same_quantity({"value": 1100.0, "unit": "political prisoners", "qualifier": "exact"}, g)
    assert not sc.same_quantity({"value": 1100.0, "unit": None, "qualifier": "over"}, g)
    assert sc.same_quantity(
        {"value": 5.0, "unit": "prisoners", "qualifier": "exact"},
        {"value": 5, "unit": ["Americans", "prisoners"], "qualifier": "exact"},
    )


def test_score_quotes_part_of_name_where_the_gold_has_no_aliases():
    gold = [
        {"start": "We have to", "speaker": "Ronald Reagan"},
        {"start": "The talks", "speaker": "State Department"},
        {"start": "It is a", "speaker": "expert"},
        {"start": "No one", "speaker": "Lho Shin-yong"},
    ]
    pred = [
        ("We have to go on.", "Reagan"),
        ("The talks failed,", "the U.S. State Department"),
        ("It is a pity.", "one expert"),
        ("No one knows", "South Korea"),
    ]
    assert sc.score_quotes(pred, gold, []).right == 0
    assert sc.score_quotes(pred, gold, [], part_of_name=True).right == 3
    assert sc.name_part("lho", "lho shin-yong") and not sc.name_part("he", "ronald reagan")
    assert not sc.name_part("reagan ron", "ronald reagan") and not sc.name_part("", "expert")
