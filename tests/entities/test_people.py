"""helpers.entities: people in real news (issue 9): ranks out of names and into roles, credit
lines, the label of a person whose surname alone was mislabelled, surnames and family
names linked to the full name."""

import datetime as dt

import pytest

from helpers.core.nlp import get_nlp
from helpers.core.structure import parse_structure
from helpers.entities.extract import extract_entities
from helpers.entities.linking import bare_names, entity_label
from helpers.entities.mentions import Entity, Mention

DAY = dt.date(2024, 3, 9)


@pytest.fixture(scope="module")
def entities_of():
    get_nlp()

    def run(text: str):
        return extract_entities(parse_structure("t", text, DAY))[1]

    return run


def test_abbreviated_ranks_are_roles_not_names(entities_of):
    ents = entities_of(
        "Talks in Vilnius\nGen. Peter Novak met Amb. Laura Chen in Vilnius. "
        "Belarusian Col. Ivan Petrov said the talks had failed. Sgt. Tom Hale was freed."
    )
    roles = dict(zip(ents["name"], ents["role"]))
    assert roles["Peter Novak"] == "Gen." and roles["Laura Chen"] == "Amb."
    assert roles["Ivan Petrov"] == "Col." and roles["Tom Hale"] == "Sgt."
    assert not ents["name"].str.contains(r"\b(?:Amb|Col|Sgt)\b").any()
    assert dict(zip(ents["name"], ents["label"]))["Belarusian"] == "NORP"


def test_rank_words_inside_other_names_stay(entities_of):
    ents = entities_of("Licences in Minsk\nThe Treasury issued General License 7 on Friday.")
    assert "General License 7" in set(ents["name"])


def test_credit_lines_give_no_entities(entities_of):
    ents = entities_of(
        "Talks in Vilnius\nPeter Novak met the envoy in Vilnius on Monday.\n"
        "(Reporting by Anna Kowalski; Editing by Tom Baker)\nAuthor: Maria Lopez"
    )
    assert set(ents["name"]) == {"Peter Novak", "Vilnius"}


def test_reporting_by_inside_a_sentence_is_no_credit_line(entities_of):
    ents = entities_of("Talks in Vilnius\nAccording to reporting by the Baltic Times, Peter Novak left.")
    assert "Baltic Times" in set(ents["name"])


def _mention(text: str, label: str, start: int) -> Mention:
    return Mention(start, start + len(text), text, label, None, "paragraph")


def test_a_full_person_name_decides_the_label():
    ent = Entity(
        "local:0",
        None,
        [_mention("Pat Novak", "PERSON", 0), _mention("Novak", "ORG", 50), _mention("Novak", "ORG", 90)],
    )
    assert entity_label(ent) == "PERSON"
    org = Entity(
        "local:1",
        None,
        [_mention("Novak Group", "ORG", 0), _mention("Novak", "PERSON", 40), _mention("Novak", "ORG", 70)],
    )
    assert entity_label(org) == "ORG"


def test_family_name_first_links_to_the_full_name(entities_of):
    ents = entities_of(
        "Reform in Seoul\nParty chairman Roh Tae-woo proposed direct elections on Monday. "
        "Roh said the package would pass."
    )
    row = ents[ents["name"] == "Roh Tae-woo"].iloc[0]
    assert "Roh" in row["aliases"].split("; ")
    assert (ents["name"] == "Roh").sum() == 0


def test_surname_the_recogniser_missed_is_linked():
    nlp = get_nlp()
    doc = nlp("Palmer told reporters that the envoy would return.")
    block = type("Block", (), {"start_char": 100, "kind": "paragraph"})()
    ent = Entity("local:0", None, [_mention("Geoffrey Palmer", "PERSON", 0)])
    found = bare_names(block, doc, [ent], taken=set())
    assert [(m.text, m.start, m.label) for m in found] == [("Palmer", 100, "PERSON")]
    assert bare_names(block, doc, [ent], taken={100}) == []


def test_lacinka_lower_and_upper_case_forms_link_to_the_gazetteer(entities_of):
    ents = entities_of(
        "Freed in Minsk\nThe human rights defender Aleś Bialacki and Maryja Kalesnikava "
        "were freed on Saturday. Alaksandr Łukašenka signed the pardon. "
        "Later ALES BIALIATSKI said lukashenko had no choice."
    )
    people = ents[ents["label"] == "PERSON"].set_index("name")
    assert sorted(people.index) == ["Ales Bialiatski", "Alexander Lukashenko", "Maria Kalesnikava"]
    assert people.loc["Ales Bialiatski", "aliases"] == "Aleś Bialacki; ALES BIALIATSKI"
    assert people.loc["Alexander Lukashenko", "aliases"] == "Alaksandr Łukašenka; lukashenko"
    assert people.loc["Maria Kalesnikava", "aliases"] == "Maryja Kalesnikava"


@pytest.mark.parametrize(
    "text, relative",
    [
        (
            "Release in Minsk\n\nMr. Sokal was freed on Monday. His wife, Irina Sokal, said she had waited "
            "for two years. Sokal thanked the diplomats.",
            "Irina Sokal",
        ),
        (
            "Visit to Ohio\n\nPresident Lind spoke in Ohio on Monday. First lady Maren Lind visited a school. "
            "Lind met the governor.",
            "Maren Lind",
        ),
    ],
)
def test_a_relative_named_in_full_is_her_own_entity(entities_of, text, relative):
    # issue 9 item 7: 'His wife, NAME, said' is her own entity; the bare surname stays his
    ents = entities_of(text).set_index("name")
    surname = relative.split()[-1]
    assert ents.loc[relative, "n_mentions"] == 1
    assert ents.loc[surname, "n_mentions"] == 2


def test_a_full_name_still_joins_the_surname_named_before(entities_of):
    ents = entities_of("Visit to Ohio\n\nPresident Lind spoke in Ohio. President Tomas Lind met the governor.")
    persons = ents[ents["label"] == "PERSON"]
    assert persons[["name", "n_mentions"]].values.tolist() == [["Tomas Lind", 2]]
