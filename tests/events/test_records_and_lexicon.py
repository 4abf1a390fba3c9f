"""The shapes the events steps share: trigger words and CAMEO codes from one file
(cameo.csv), the modal words shared with the time anchoring, the event draft record and the
named mentions of NameLookup."""

import pandas as pd
import pytest

from helpers.core.curated import ReferenceDataError
from helpers.core.structure import parse_structure
from helpers.entities.extract import extract_entities
from helpers.events.arguments import NamedSpan, NameLookup
from helpers.events.record import TABLE_FIELDS, WORKING_FIELDS, EventDraft
from helpers.lexicon import events as lex
from helpers.lexicon.modality import MODAL_MODALITY

from conftest import DCT


def test_every_trigger_word_comes_from_one_row_of_cameo_csv():
    table = lex.cameo_table()
    for words, column in ((lex.VERB_TRIGGERS, "verbs"), (lex.NOUN_TRIGGERS, "nouns")):
        for word, etype in words.items():
            listed = pd.Series([word in ws for ws in table[column].str.split()], index=table.index)
            rows = table[(table["event_type"] == etype) & listed]
            assert len(rows) == 1, (word, etype)
    assert lex.VERB_TRIGGERS["detain"] == "arrest" and lex.NOUN_TRIGGERS["talks"] == "negotiation"
    assert lex.SANCTION_PREDICATES["new"] == "sanction_imposed"
    assert lex.SANCTION_PREDICATES["relief"] == "sanction_eased"
    assert "impose" not in lex.VERB_TRIGGERS  # a sanction predicate needs its sanction noun


def test_a_listed_word_takes_its_rows_code_and_others_the_types_first_row():
    assert lex.cameo_for("negotiation", "trip") == ("042", 1.9)  # listed in the visit row
    assert lex.cameo_for("negotiation", "dialogue") == ("040", 1.0)
    assert lex.cameo_for("release", "return") == ("0841", 7.0)  # "demanded their return": rule, not word
    assert lex.cameo_for("protest", "rally") == ("141", -6.5)


def test_a_word_under_two_event_types_is_an_error_naming_the_line():
    rows = pd.DataFrame(
        {"event_type": ["arrest", "release"], "verbs": ["hold free", "free"]}, index=pd.Index([5, 9], name="line")
    )
    with pytest.raises(ReferenceDataError, match=r"cameo\.csv, line 9: 'free' triggers both arrest and release"):
        lex._word_map(rows, ("verbs",))


def test_modal_words_are_shared_with_the_time_anchoring():
    from helpers.timexes import anchor

    assert anchor.FUTURE_AUXILIARIES is not None and anchor.CONDITIONAL_MODALS is not None
    assert MODAL_MODALITY["must"] == "hypothetical" and MODAL_MODALITY["’ll"] == "announced"
    assert MODAL_MODALITY["will"] == "announced" and MODAL_MODALITY["could"] == "hypothetical"


def test_event_draft_declares_every_field_and_copies_by_value():
    assert set(TABLE_FIELDS) >= {"event_type", "date", "date_source", "n_mentions", "people"}
    assert not set(TABLE_FIELDS) & set(WORKING_FIELDS)
    draft = EventDraft(
        sentence_id=0,
        event_type="release",
        cameo_code="0841",
        modality="asserted",
        actor=None,
        target=None,
        count=3,
        evidence="freed",
        start_char=0,
        end_char=5,
        goldstein=7.0,
        people="A; B",
        trigger="free",
        block_id=0,
        block_start=0,
        token=None,
        token_ids={0},
    )
    other = draft.copy(count=4)
    assert (draft.count, other.count, other.people_set()) == (3, 4, {"A", "B"})
    assert other is not draft and other != draft  # identity, not values: two mentions stay two
    assert list(draft.row()) == [*TABLE_FIELDS, "n_targets"] and "token" not in draft.row()
    assert (draft.row()["count"], draft.copy(event_type="sanction_imposed").row()["n_targets"]) == (3, 3)
    assert draft.copy(event_type="sanction_imposed").row()["count"] is None


def test_people_leave_out_whose_ally_or_son_the_freed_are():
    """issue 9 item 6: people lists only those released."""
    text = "Venezuela freed Maduro ally Alex Saab and the son of Carlos Ruiz on Saturday."
    parsed = parse_structure("t", text, DCT)
    mentions, entities = extract_entities(parsed)
    freed = next(t for t in parsed.docs[0] if t.dep_ == "dobj")
    assert NameLookup(parsed, mentions, entities).patient_people(freed, 0) == ["Alex Saab"]


def test_people_leave_out_a_name_in_apposition_to_whose_relatives_the_freed_are():
    """'the nieces of the country's first lady, Olga Berg': she is whose nieces they are."""
    text = (
        "Clemency granted\n\nThe president granted clemency to Anna Berg and Maria Lind, the nieces of the "
        "country's first lady, Olga Berg, on Saturday."
    )
    parsed = parse_structure("t", text, DCT)
    mentions, entities = extract_entities(parsed)
    freed = next(t for t in parsed.docs[1] if t.lower_ == "berg" and t.head.lower_ == "to")
    base = int(parsed.blocks["start_char"].iloc[1])
    assert NameLookup(parsed, mentions, entities).patient_people(freed, base) == ["Anna Berg", "Maria Lind"]


def test_name_lookup_gives_named_spans_and_people():
    text = "Belarus freed Ales Bialiatski and Maria Kalesnikava on Saturday."
    parsed = parse_structure("t", text, DCT)
    mentions, entities = extract_entities(parsed)
    names = NameLookup(parsed, mentions, entities)
    assert all(isinstance(m, NamedSpan) for m in names.mentions)
    freed = next(t for t in parsed.docs[0] if t.dep_ == "dobj")
    assert names.patient_people(freed, 0) == ["Ales Bialiatski", "Maria Kalesnikava"]
    belarus = next(m for m in names.mentions if m.label == "GPE")
    assert (belarus.start_char, belarus.end_char, belarus.name) == (0, 7, "Belarus")
