"""helpers.quantities.extract: numbers with what they count, on the seed and on texts of our own."""

import datetime as dt

import pytest

from helpers.core import schemas
from helpers.core.structure import parse_structure
from helpers.quantities.extract import extract_quantities
from helpers.quantities.numerals import parse_number

from conftest import SEED


def quantities(text: str):
    return extract_quantities(parse_structure("q", text, dt.date(2025, 12, 13)))


def rows(text: str) -> list[tuple]:
    q = quantities(text)
    units = [u if isinstance(u, str) else None for u in q["unit"]]
    return list(zip(q["text"], q["value"], units, q["qualifier"]))


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, extract_quantities(parse_structure("seed", text, dt.date(2025, 12, 13)))


def test_seed_quantities(seed):
    text, q = seed
    assert list(zip(q["value"], q["unit"], q["qualifier"])) == [
        (120.0, "prisoners", "over"),
        (123.0, "detainees", "exact"),
        (2.0, "days", "exact"),
        (3.0, "producers", "exact"),
        (1200.0, "political detainees", "over"),
    ]
    assert q["text"].tolist() == ["Over 120", "123", "two", "three", "over 1,200"]
    assert all(text[r.start_char : r.end_char] == r.text for r in q.itertuples())
    assert q["sentence_id"].tolist()[:2] == [0, 2]  # the title is sentence 0
    schemas.validate("quantities", q)


def test_seed_has_no_years_and_no_one_of(seed):
    _, q = seed
    assert not q["value"].isin([2020.0, 2021.0, 2022.0, 1.0]).any()


def test_numbers_in_words():
    assert rows("Officials freed fifty-two prisoners and twenty journalists.") == [
        ("fifty-two", 52.0, "prisoners", "exact"),
        ("twenty", 20.0, "journalists", "exact"),
    ]
    assert rows("They held two hundred and fifty reporters.") == [
        ("two hundred and fifty", 250.0, "reporters", "exact")
    ]
    assert rows("The war displaced 1.2 million people.") == [("1.2 million", 1.2e6, "people", "exact")]
    assert rows("Ecuador needs four mln dlrs, up 90 pct.") == [("four mln dlrs", 4e6, None, "exact")]


def test_qualifiers():
    got = rows(
        "More than 40 activists, nearly 300 detainees, at least 12 journalists, about 20 "
        "students, some 500 people, up to 30 women, as many as 3,000 migrants and fewer "
        "than ten lawyers were held."
    )
    assert [(v, qual) for _, v, _, qual in got] == [
        (40.0, "over"),
        (300.0, "almost"),
        (12.0, "at least"),
        (20.0, "about"),
        (500.0, "about"),
        (30.0, "up to"),
        (3000.0, "up to"),
        (10.0, "under"),
    ]
    assert got[0][0] == "More than 40" and got[4][0] == "some 500"


def test_vague_amounts():
    assert rows("Police detained dozens of protesters and hundreds of students.") == [
        ("dozens", 24.0, "protesters", "at least"),
        ("hundreds", 200.0, "students", "at least"),
    ]
    assert rows("A dozen journalists and several prisoners were freed.") == [
        ("A dozen", 12.0, "journalists", "about"),
        ("several", 3.0, "prisoners", "several"),
    ]
    assert rows("Tens of thousands of people marched.") == [("Tens of thousands", 20000.0, "people", "at least")]


def test_what_is_counted():
    assert rows("Belarus freed 52 prisoners. 14 of them were foreigners.") == [
        ("52", 52.0, "prisoners", "exact"),
        ("14", 14.0, "prisoners", "exact"),
    ]
    assert rows("The 14 detainees were freed with ten Americans.") == [
        ("14", 14.0, "detainees", "exact"),
        ("ten", 10.0, "Americans", "exact"),
    ]
    assert rows("Three of the opposition activists left; police freed 1,000 on Monday.") == [
        ("Three", 3.0, "opposition activists", "exact"),
        ("1,000", 1000.0, None, "exact"),
    ]


def test_not_quantities():
    assert rows("In 2019 he was arrested on 13 December and freed on December 14, 2020.") == []
    assert rows("The 52-year-old, 40 years old in 2013, was freed under Article 19.") == []
    assert rows("It cost 10% of the budget. One of them left.") == []
    assert rows("It was the second time.") == []
    assert rows("The reporter, a two-time Olympic champion and a 3-times winner, was detained.") == []
    assert rows("One prisoner and 2000 people left after the 2020 election.") == [
        ("One", 1.0, "prisoner", "exact"),
        ("2000", 2000.0, "people", "exact"),
    ]


def money(text: str) -> list[tuple]:
    q = quantities(text)
    return [
        (
            r.text,
            r.value,
            r.unit if isinstance(r.unit, str) else None,
            r.qualifier,
            r.currency if isinstance(r.currency, str) else None,
        )
        for r in q.itertuples()
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iran got access to $6 billion in frozen funds.", ("$6 billion", 6e9, "funds", "exact", "USD")),
        ("They signed a $6 billion deal.", ("$6 billion", 6e9, "deal", "exact", "USD")),
        ("The EU gave €1.2 million to the NGOs.", ("€1.2 million", 1.2e6, None, "exact", "EUR")),
        (
            "Exports were 2.4 billion dollars of oil revenue.",
            ("2.4 billion dollars", 2.4e9, "oil revenue", "exact", "USD"),
        ),
        ("The deficit was 15 billion dlrs in 1986.", ("15 billion dlrs", 15e9, None, "exact", "USD")),
        ("It was a tens-of-billions-of-dollars deal.", ("tens-of-billions-of-dollars", 2e10, None, "at least", "USD")),
        ("They owe more than 5 mln Canadian dlrs.", ("more than 5 mln Canadian dlrs", 5e6, None, "over", "CAD")),
        ("Britain paid 40 mln stg.", ("40 mln stg", 4e7, None, "exact", "GBP")),
    ],
)
def test_money_is_a_quantity_with_a_currency(text, expected):
    assert money(text) == [expected]


def test_counts_are_not_money():
    assert money("Tens of people and 52 prisoners were freed; he bought 20 pounds of beef.") == [
        ("Tens", 20.0, "people", "at least", None),
        ("52", 52.0, "prisoners", "exact", None),
        ("20", 20.0, "pounds", "exact", None),
    ]


def test_preposition_is_not_a_qualifier():
    assert rows("The talks lasted over three days.")[0][3] == "over"  # "lasted over": a count
    assert rows("Negotiations over two days ended.") == [("two", 2.0, "days", "exact")]


def test_parse_number():
    assert parse_number(["1,200"]) == 1200.0
    assert parse_number(["fifty", "-", "two"]) == 52.0
    assert parse_number(["a", "dozen"]) == 12.0
    assert parse_number(["three", "thousand", "two", "hundred"]) == 3200.0
    assert parse_number(["prisoners"]) is None
    assert parse_number("one hundred and twenty") == 120.0  # one parser for timexes too


def test_empty_article_gives_empty_valid_table():
    q = quantities("Nothing to count here.\n")
    assert q.empty and list(q.columns)[:3] == ["article_id", "quantity_id", "sentence_id"]
    schemas.validate("quantities", q)


def test_durations_and_counted_time_are_quantities():
    assert rows("He was jailed for 12 years after talks over three weeks.") == [
        ("12", 12.0, "years", "exact"),
        ("three", 3.0, "weeks", "exact"),
    ]
    assert rows("She was released two years ago and had spent nearly six months in a cell.") == [
        ("two", 2.0, "years", "exact"),
        ("nearly six", 6.0, "months", "almost"),
    ]
    assert rows("Officials granted a three-month waiver to the 45-year-old.") == [("three", 3.0, "months", "exact")]
    assert rows("The guards searched the cells within a day.") == [("within a", 1.0, "days", "up to")]
    assert rows("Inspectors visit twice a year.") == []
    assert rows("The mine ships 65 tonnes a year.") == [("65", 65.0, "tonnes", "exact")]


def test_qualifier_after_the_noun():
    assert rows("Many face terms of 15 years or more.") == [("15", 15.0, "years", "at least")]
    assert rows("They held 40 reporters or so.") == [("40", 40.0, "reporters", "about")]


def test_number_of_x_gives_the_unit_of_a_bare_number():
    assert rows("The number of detained journalists rose to 31.") == [("31", 31.0, "journalists", "exact")]
    assert rows("Three families arrived, bringing the total of refugees housed here to 240.") == [
        ("Three", 3.0, "families", "exact"),
        ("240", 240.0, "refugees", "exact"),
    ]


def test_verb_of_change_takes_the_previous_unit():
    assert rows("Police held 75 students on Friday. By Sunday the figure had climbed to 90.")[1] == (
        "90",
        90.0,
        "students",
        "exact",
    )
    assert rows("Police held 75 students on Friday. By Sunday the tally reached 90.")[1] == (
        "90",
        90.0,
        "students",
        "exact",
    )


def test_anaphoric_numeral_refers_back():
    assert rows("Seven Canadians were freed. The seven landed in Doha after 11 hours.") == [
        ("Seven", 7.0, "Canadians", "exact"),
        ("seven", 7.0, "Canadians", "exact"),
        ("11", 11.0, "hours", "exact"),
    ]
    # the same value wins over a nearer quantity; time is never the antecedent
    assert rows("Four nurses and 30 soldiers were held for 4 days. The four were freed first.")[-1] == (
        "four",
        4.0,
        "nurses",
        "exact",
    )
    # no quantity of the same value: the nearest earlier one that is not time
    assert rows("Dozens of activists were held for two weeks. The 30 were freed on bail.")[-1] == (
        "30",
        30.0,
        "activists",
        "exact",
    )
    assert rows("Officials freed 52 on Monday.") == [("52", 52.0, None, "exact")]  # nothing to refer to


def test_elliptical_numbers_take_the_unit_of_the_paragraph():
    # a list of bare counts after a colon, each with its own date
    assert rows(
        "In May the court freed 12 journalists. June saw more: 20 on June 3, "
        "18 on June 21, 9 in early July and 11 later that month."
    ) == [
        ("12", 12.0, "journalists", "exact"),
        ("20", 20.0, "journalists", "exact"),
        ("18", 18.0, "journalists", "exact"),
        ("9", 9.0, "journalists", "exact"),
        ("11", 11.0, "journalists", "exact"),
    ]
    # "N more", and a bare number as a subject
    assert rows("Guards released 40 monks on Friday and 12 more on Sunday.")[1] == ("12", 12.0, "monks", "exact")
    assert rows("Nine nurses were flown to Paris; five stayed in Rome.")[1] == ("five", 5.0, "nurses", "exact")
    # a dated list item is not a date part, but a day of the month still is
    assert rows("The envoy visited on March 3 and 4 in Riga.") == []
    # the unit is not carried into another paragraph
    assert rows("Guards released 40 monks.\n\nFive went home.")[1] == ("Five", 5.0, None, "exact")


def test_ages_are_not_quantities():
    assert rows("The engineer, who is thirty-two, was freed with 14 others.") == [("14", 14.0, "others", "exact")]
    assert rows("Olga Petrova, 61, a retired teacher, met six activists.") == [("six", 6.0, "activists", "exact")]
    assert rows("A man aged 45 and his sister, who is 50, left with three lawyers.") == [
        ("three", 3.0, "lawyers", "exact")
    ]
    assert rows("She is 38. The total is 38 detainees.") == [("38", 38.0, "detainees", "exact")]
