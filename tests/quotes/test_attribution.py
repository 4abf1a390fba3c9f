"""helpers.quotes.extract: attribution patterns of real news that the first rules missed
(issue 9): credit lines after a dash, names before a verb the parser left without a
subject, the subject of the sentence before, descriptive speakers without an article, and
hard-wrapped wire paragraphs."""

import datetime as dt

import pandas as pd
import pytest

from helpers.core.nlp import get_nlp
from helpers.core.structure import parse_structure
from helpers.entities.extract import extract_entities
from helpers.quotes.extract import extract_quotes

DAY = dt.date(2024, 3, 9)


@pytest.fixture(scope="module")
def quotes_of():
    get_nlp()

    def run(text: str) -> pd.DataFrame:
        parsed = parse_structure("t", text, DAY)
        mentions, entities = extract_entities(parsed)
        return extract_quotes(parsed, mentions, entities)

    return run


def test_dash_credit_lines(quotes_of):
    text = (
        "Families Wait in Vilnius\n"
        "“We want our children back before the winter.” ― Olena Marchuk\n"
        "“Nobody has told us anything for three months.” ― Ivan Petrenko\n\n"
        "“They took my son from the street in August.” — Halina Sidorova, a teacher from Hrodna"
    )
    table = quotes_of(text)
    assert table["speaker"].tolist() == ["Olena Marchuk", "Ivan Petrenko", "Halina Sidorova"]
    assert table["attribution"].tolist() == ["dash", "dash", "dash"]


def test_a_dash_before_a_clause_is_no_credit(quotes_of):
    text = "Talks in Geneva\nThe envoy called the offer “a first step toward a deal” — Minsk rejected it within hours."
    row = quotes_of(text).iloc[0]
    assert row["attribution"] != "dash"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("“The talks are stuck,” said one Western diplomat.", "Western diplomat"),
        ("“The talks are stuck,” an observer said.", "observer"),
        ("A senior banker said: “The talks are stuck.”", "senior banker"),
    ],
)
def test_descriptive_speaker_without_article(quotes_of, sentence, speaker):
    row = quotes_of("Talks in Geneva\n" + sentence).iloc[0]
    assert row["speaker"] == speaker
    assert pd.isna(row["speaker_entity_id"])


def test_subject_of_the_sentence_before(quotes_of):
    text = (
        "Talks in Geneva\n“We will not sign anything today,” Peter Novak told reporters.\n\n"
        "On “Morning Report,” Anna Berg, who led the talks for two years, described the mood "
        "as tense. “Both sides are tired of waiting.”"
    )
    table = quotes_of(text)
    assert table["speaker"].tolist() == ["Peter Novak", "Anna Berg"]
    assert table["attribution"].tolist() == ["verb_after", "context"]


def test_quotation_after_a_sentence_about_things_stays_unattributed(quotes_of):
    text = (
        "Talks in Geneva\nThe buses left the prison at dawn and crossed the border at noon. "
        "“Freedom for every prisoner in Belarus and beyond.”"
    )
    assert quotes_of(text)["attribution"].tolist() == ["none"]


def test_wrapped_wire_paragraph_keeps_its_attribution(quotes_of):
    text = (
        "TALKS STALL IN GENEVA\n\n"
        "    Talks on the prisoners stalled on Monday.\n"
        '    "We will not sign anything until the talks with\n'
        'the envoy and the ministers have been held,"\n'
        "Anna Berg said.\n"
    )
    row = quotes_of(text).iloc[0]
    assert (row["speaker"], row["attribution"], row["cue"]) == ("Anna Berg", "verb_after", "said")


def test_it_said_goes_to_the_organisation_that_spoke(quotes_of):
    text = (
        "Boats Seized\nThe Foreign Ministry said in a statement that the talks had failed.\n"
        "Lithuania had asked Minsk for the release of the boats through diplomatic contacts.\n"
        "“We will not accept these charges,” it said."
    )
    row = quotes_of(text).iloc[0]
    assert (row["speaker"], row["attribution"]) == ("Foreign Ministry", "pronoun")


def test_it_said_without_an_organisation_that_spoke_keeps_the_nearest_subject(quotes_of):
    text = (
        "Boats Seized\nLithuania asked Minsk on Monday for the release of the boats.\n"
        "“We will not accept these charges,” it said."
    )
    assert quotes_of(text)["speaker"].tolist() == ["Lithuania"]
