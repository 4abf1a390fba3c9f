"""Tests of helpers.timexes.extract: the seed article and short texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.core.schemas import validate
from helpers.core.structure import parse_structure
from helpers.paths import ARTICLES_DIR
from helpers.timexes.extract import (
    count,
    duration_value,
    extract_timexes,
    format_value,
    timexes_in_text,
    weekday_date,
    year_from_words,
)

from conftest import DCT, SEED_ID


def tx(text: str, dct: dt.date | None = DCT) -> list[dict]:
    return timexes_in_text(text, dct)


def one(text: str, dct: dt.date | None = DCT) -> dict:
    found = tx(text, dct)
    assert len(found) == 1, found
    return found[0]


def by_text(found: list[dict]) -> dict[str, dict]:
    return {t["text"]: t for t in found}


@pytest.fixture(scope="module")
def seed():
    text = (ARTICLES_DIR / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    parsed = parse_structure(SEED_ID, text, DCT)
    return parsed, extract_timexes(parsed)


# --- the seed article -------------------------------------------------------------------
def test_seed_table_is_valid_and_traceable(seed):
    parsed, frame = seed
    validate("timexes", frame)
    assert frame["timex_id"].tolist() == list(range(len(frame)))
    for row in frame.itertuples():
        assert parsed.text[row.start_char : row.end_char] == row.text


def test_seed_values(seed):
    _, frame = seed
    rows = {r.text: r for r in frame.itertuples()}
    assert (rows["two days"].type, rows["two days"].value) == ("DURATION", "P2D")
    assert (rows["July 2021"].value, rows["July 2021"].granularity) == ("2021-07", "month")
    assert (rows["that year"].value, rows["that year"].anchor) == ("2020", "previous")
    assert rows["February 2022"].value == "2022-02"
    assert (rows["Saturday"].value, rows["Saturday"].anchor) == ("2025-12-13", "publication")
    assert rows["decades-long"].type == "DURATION" and rows["decades-long"].value == "PXDE"


def test_seed_2020_three_times_including_post_2020(seed):
    parsed, frame = seed
    years = frame[frame["text"] == "2020"]
    assert years["value"].tolist() == ["2020", "2020", "2020"]
    assert (years["anchor"] == "absolute").all()
    heading = years.iloc[-1]
    assert parsed.text[heading.start_char - 5 : heading.end_char] == "Post-2020"


def test_seed_modal_may_is_not_a_timex_and_now_is_present_ref(seed):
    _, frame = seed
    assert not frame["text"].str.lower().isin(["may"]).any()
    now = frame[frame["text"] == "now"]
    assert now[["type", "value"]].values.tolist() == [["DATE", "PRESENT_REF"]]


def test_discourse_now_is_not_a_timex():
    assert tx("Now, he says, the talks are over.") == []
    assert one("The talks are over now.")["value"] == "PRESENT_REF"


# --- issue 9 item 5: dates the DCT and the verb decide --------------------------------------
@pytest.mark.parametrize(
    "text, dct, value",
    [
        ("The hearing was postponed until Monday.", dt.date(2025, 12, 10), "2025-12-15"),  # Wednesday DCT
        ("The vote has been delayed until Friday.", dt.date(2025, 12, 10), "2025-12-12"),
        ("He has until Friday to reply.", dt.date(2025, 12, 10), "2025-12-12"),
        ("He stayed in the embassy until Monday.", dt.date(2025, 12, 10), "2025-12-08"),  # past clause
        # a licence granted runs ahead: its end is to come, even under a past verb
        ("OFAC issued a licence authorizing oil deals through April 18.", dt.date(2023, 10, 19), "2024-04-18"),
        ("The Treasury permitted imports until March 31.", dt.date(2023, 10, 19), "2024-03-31"),
        ("The embargo ran through April 18.", dt.date(2023, 10, 19), "2023-04-18"),
        ("The envoys met on Friday.", dt.date(2025, 12, 12), "2025-12-12"),  # a Friday paper
        ("The envoys will meet on Friday.", dt.date(2025, 12, 12), "2025-12-12"),
        ("The envoys will meet on Friday.", dt.date(2025, 12, 10), "2025-12-12"),
        ("He will be freed tomorrow.", dt.date(2025, 12, 12), "2025-12-13"),
        ("He was freed tomorrow, officials said by mistake.", dt.date(2025, 12, 31), "2026-01-01"),
        # a possessive weekday: the subject of a future clause is to come, an object keeps its past
        ("Sunday's vote will be the first contested election.", dt.date(2025, 1, 24), "2025-01-26"),
        ("The opposition will appeal Wednesday's ruling.", dt.date(2025, 1, 24), "2025-01-22"),
    ],
)
def test_weekday_direction_and_tomorrow(text, dct, value):
    assert [t["value"] for t in tx(text, dct)] == [value]


# --- weekdays and tense --------------------------------------------------------------------
def test_weekday_past_by_default_and_future_with_will():
    assert one("The envoys met on Monday.")["value"] == "2025-12-08"
    assert one("The envoys will meet on Monday.")["value"] == "2025-12-15"
    assert one("Officials are going to meet on Monday.")["value"] == "2025-12-15"


def test_a_weekday_in_the_present_is_a_timetabled_future_except_in_the_headline():
    """The simple and progressive present of an act with a day named tell a timetabled future
    (Quirk et al. 1985, 4.21, 4.29); a headline's present tells the past, and a bare form after a
    singular subject is a past ("Weakness hurt")."""
    found = tx(
        "Belarus frees 14 prisoners on Friday\n\nThe wind-down period ends on Tuesday. They are meeting on "
        "Monday. Weakness in tech stocks hurt the index on Thursday. He is in Minsk on Wednesday."
    )
    assert [(t["text"], t["value"]) for t in found] == [
        ("Friday", "2025-12-12"),
        ("Tuesday", "2025-12-16"),
        ("Monday", "2025-12-15"),
        ("Thursday", "2025-12-11"),
        ("Wednesday", "2025-12-10"),
    ]


def test_weekday_extents_and_relatives():
    on_thursday = one("He was freed on Thursday.")
    assert (on_thursday["text"], on_thursday["value"]) == ("Thursday", "2025-12-11")
    assert one("He was freed last Friday.")["value"] == "2025-12-12"
    assert one("He was freed last Saturday.")["value"] == "2025-12-06"
    assert one("They meet next Tuesday.")["value"] == "2025-12-16"


# --- relative to the publication date ---------------------------------------------------
@pytest.mark.parametrize(
    "text, value, granularity",
    [
        ("Prices rose last year.", "2024", "year"),
        ("He was arrested earlier this month.", "2025-12", "month"),
        ("It happened yesterday.", "2025-12-12", "day"),
        ("It happens today.", "2025-12-13", "day"),
        ("It will happen tomorrow.", "2025-12-14", "day"),
        ("Talks resumed this week.", "2025-W50", "week"),
        ("Talks resume next month.", "2026-01", "month"),
        ("He was freed on Dec. 13.", "2025-12-13", "day"),
        ("They were released two years ago.", "2023", "year"),
    ],
)
def test_publication_relative(text, value, granularity):
    found = one(text)
    assert (found["value"], found["granularity"], found["anchor"]) == (value, granularity, "publication")


def test_month_without_year_follows_tense():
    assert one("He was detained in March.")["value"] == "2025-03"
    assert one("The summit will be held in March.")["value"] == "2026-03"


def test_relative_depends_on_the_dct_not_on_today():
    found = one("Prices rose last year.", dt.date(1998, 2, 1))
    assert found["value"] == "1997"
    found = one("Prices rose last year.", None)
    assert (found["value"], found["anchor"]) == (None, "none: no publication date")
    assert one("He was arrested in July 2021.", None)["value"] == "2021-07"


# --- anaphora ------------------------------------------------------------------------------
def test_that_year_and_same_day_point_to_the_previous_time():
    found = tx(
        "Protests began in August 2020. Hundreds were jailed that year. "
        "He was arrested on March 3, 2021 and his wife was detained the same day."
    )
    rows = by_text(found)
    assert (rows["that year"]["value"], rows["that year"]["anchor"]) == ("2020", "previous")
    assert rows["the same day"]["value"] == "2021-03-03"
    assert rows["the same day"]["anchor"] == "previous"


def test_following_year_and_days_later():
    rows = by_text(
        tx(
            "He was jailed in 2021. He was freed the following year, "
            "and left the country on June 1, 2022. Two days later he spoke."
        )
    )
    assert rows["the following year"]["value"] == "2022"
    assert rows["Two days later"]["value"] == "2022-06-03"


@pytest.mark.parametrize(
    "text, value",
    [
        ("They were arrested in November 2015 and sentenced two years later.", "2017"),
        ("They were arrested on March 3, 2015 and sentenced a year later.", "2016-03-03"),
        ("Profit rose in the third quarter of 1989 from $5 million a year earlier.", "1988-Q3"),
        ("He was arrested on September 22, 2022 and sentenced two months later.", "2022-11"),
        ("He was arrested on September 22, 2022 and sentenced a month later.", "2022-10-22"),
    ],
)
def test_a_count_of_years_later_places_a_year(text, value):
    """Two or more years (months) later place a year (a month); one keeps the anchor's day."""
    later = [r for r in tx(text) if r["text"].endswith(("later", "earlier"))]
    assert [r["value"] for r in later] == [value]


# --- ranges, durations, granularity ---------------------------------------------------
def test_ranges_are_two_timexes():
    assert [t["value"] for t in tx("Sanctions applied from 2020 to 2022.")] == ["2020", "2022"]
    assert [t["value"] for t in tx("The 2020-2022 sanctions were eased.")] == ["2020", "2022"]


@pytest.mark.parametrize(
    "text, extent, value",
    [
        ("He served three years in prison.", "three years", "P3Y"),
        ("After two-day talks, they agreed.", "two-day", "P2D"),
        ("He was held for 18 months.", "18 months", "P18M"),
        ("She received a 15-year sentence.", "15-year", "P15Y"),
        ("The siege lasted 24 hours.", "24 hours", "PT24H"),
        ("Talks dragged on for years.", "years", "PXY"),
    ],
)
def test_durations(text, extent, value):
    found = one(text)
    assert (found["text"], found["type"], found["value"], found["granularity"]) == (
        extent,
        "DURATION",
        value,
        "duration",
    )


@pytest.mark.parametrize(
    "text, extent, value, granularity",
    [
        ("He was arrested in July 2021.", "July 2021", "2021-07", "month"),
        ("It was signed on 13 December 2025.", "13 December 2025", "2025-12-13", "day"),
        ("It was signed on December 13, 2025.", "December 13, 2025", "2025-12-13", "day"),
        ("It was signed on 2025-12-13.", "2025-12-13", "2025-12-13", "day"),
        ("Talks stalled in mid-2021.", "mid-2021", "2021", "year"),
        ("Repression grew in the 1990s.", "the 1990s", "199", "decade"),
        ("The vote was held in May 2021.", "May 2021", "2021-05", "month"),
        ("In the third quarter of 2024, exports fell.", "the third quarter of 2024", "2024-Q3", "quarter"),
    ],
)
def test_absolute_dates_keep_their_granularity(text, extent, value, granularity):
    found = one(text)
    assert (found["text"], found["value"], found["granularity"], found["anchor"]) == (
        extent,
        value,
        granularity,
        "absolute",
    )


# --- what is not a time expression --------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The talks may resume, officials say.",
        "May I ask a question?",
        "The firm pays a quarterly dividend.",
        "Officials counted 45 ballots and 2000 troops.",
        "The activist, aged 45, was freed.",
        "A 45-year-old activist was freed.",
        "The activist is 45 years old.",
        "The future plans of the activists are unclear.",
    ],
)
def test_not_time_expressions(text):
    assert tx(text) == []


def test_post_prefix_is_outside_the_extent():
    found = one("The post-2020 crackdown continued.")
    assert (found["text"], found["value"]) == ("2020", "2020")


def test_sets_and_references():
    assert one("Guards checked the cells daily.")["value"] == "P1D"
    assert one("He spoke every week.")["type"] == "SET"
    recent = one("He was recently freed.")
    assert (recent["value"], recent["granularity"]) == ("PAST_REF", None)


def test_empty_article_gives_an_empty_valid_table():
    frame = extract_timexes(parse_structure("empty", "Nothing Dated Here\nNo dates at all.", DCT))
    assert frame.empty
    validate("timexes", frame)


# --- small helpers -------------------------------------------------------------------------
def test_value_helpers():
    assert format_value(dt.date(2021, 7, 4), "month") == "2021-07"
    assert format_value(dt.date(2025, 12, 13), "quarter") == "2025-Q4"
    assert format_value(dt.date(1994, 5, 1), "decade") == "199"
    assert count("twenty-four") == 24 and count("several") is None
    assert duration_value(2, "decade") == "P20Y" and duration_value(3, "minute") == "PT3M"
    assert weekday_date(5, DCT) == DCT
    assert weekday_date(4, DCT, rel="next") == dt.date(2025, 12, 19)
    assert year_from_words("nineteen ninety-six") == 1996
    assert year_from_words("two thousand and one") == 2001


# --- news conventions added for TimeBank-style values ------------------------------------
MID_NOV = dt.date(2024, 11, 6)  # a Wednesday, in the fourth quarter


def values(text: str, dct: dt.date | None = MID_NOV) -> list[tuple[str, str]]:
    return [(t["text"], t["value"]) for t in tx(text, dct)]


def test_detection_module_gives_candidate_spans():
    from helpers.timexes.detect import find_candidates

    text = "Exports fell in the third quarter and may rise in 2 1/2 years."
    spans = [(text[c.start : c.end], c.kind) for c in find_candidates(text)]
    assert spans == [("the third quarter", "quarter"), ("2 1/2 years", "duration")]


def test_a_year_ago_after_a_quarter_is_that_quarter():
    found = values("Exports rose 5% in the third quarter, against a fall of 2% a year ago.")
    assert found == [("the third quarter", "2024-Q3"), ("a year ago", "2023-Q3")]
    # without a quarter under discussion, the year before the DCT
    assert values("The mill was closed a year ago.") == [("a year ago", "2023")]


def test_year_ago_adjectives_take_the_quarter_under_discussion():
    found = values("Sales for the quarter ended Sept. 30 rose from the year-ago quarter.")
    assert found == [("the quarter", "2024-Q3"), ("Sept. 30", "2024-09-30"), ("the year-ago quarter", "2023-Q3")]
    found = values("The farm earned more last year. Year-ago results included a charge.")
    assert found[-1] == ("Year-ago", "2023")


def test_a_year_earlier_after_a_day_keeps_the_day():
    found = values("Rates were cut on Aug. 12, 2024, and raised on that date a year earlier.")
    assert found == [("Aug. 12, 2024", "2024-08-12"), ("a year earlier", "2023-08-12")]


def test_nine_month_period_makes_a_year_earlier_a_year():
    found = values("Output rose in the third quarter. For the first nine months it was up from a year earlier.")
    assert found[1:] == [("the first nine months", "P9M"), ("a year earlier", "2023")]


def test_quarters_with_a_year_or_a_relative_year():
    assert values("The 2023 second quarter was weak.") == [("The 2023 second quarter", "2023-Q2")]
    assert values("Next year's first quarter should be better.") == [("Next year's first quarter", "2025-Q1")]
    assert values("It beat the year-earlier third quarter.") == [("the year-earlier third quarter", "2023-Q3")]


def test_the_year_period_and_the_latest_quarter():
    found = values(
        "Exports rose in the second quarter. In the 2023 period they fell, and in the latest quarter they were flat."
    )
    assert found == [
        ("the second quarter", "2024-Q2"),
        ("the 2023 period", "2023-Q2"),
        ("the latest quarter", "2024-Q2"),
    ]
    assert values("Growth slowed in the latest quarter.") == [("the latest quarter", "2024-Q3")]


def test_current_fiscal_year():
    assert values("Profit will rise in the current fiscal year.") == [("the current fiscal year", "2024")]


@pytest.mark.parametrize(
    "text, extent, value",
    [
        ("He spent 2 1/2 years in jail.", "2 1/2 years", "P2Y6M"),
        ("The hearing lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
        ("The silence lasted a minute and a half.", "a minute and a half", "PT1M30S"),
        ("They talked for two and a half days.", "two and a half days", "P2DT12H"),
    ],
)
def test_halves_use_the_smaller_unit(text, extent, value):
    assert values(text) == [(extent, value)]


@pytest.mark.parametrize(
    "text, dct, value",
    [
        ("The vote was held in November.", dt.date(2025, 2, 10), "2024-11"),  # past, month after DCT
        ("The vote will be held in January.", dt.date(2025, 11, 10), "2026-01"),  # future, month before
        ("A mission is planned for December.", dt.date(2025, 5, 4), "2025-12"),  # no tense, same year
        ("Prices peaked in December.", dt.date(2025, 5, 4), "2024-12"),  # past
        ("Elections are due this September.", dt.date(2025, 10, 4), "2025-09"),
        ("The deadline was set for Nov. 20.", dt.date(2025, 11, 6), "2025-11-20"),  # same month
    ],
)
def test_month_without_year_uses_the_dct_year_unless_tense_disagrees(text, dct, value):
    assert [v for _, v in values(text, dct)] == [value]


def test_clock_time_followed_by_a_date_or_weekday():
    assert values("Bids are due by 5 p.m. EST Nov. 9, the bank said.") == [("5 p.m. EST Nov. 9", "2024-11-09T17:00")]
    assert values("Polls will open at 9 a.m. Thursday.") == [("9 a.m. Thursday", "2024-11-07T09:00")]


def test_as_early_as_points_to_the_future():
    assert values("The prisoners could be freed as early as Friday.") == [("Friday", "2024-11-08")]


def test_holidays():
    assert values("Talks will resume after Thanksgiving Day.") == [("Thanksgiving Day", "2024-11-28")]
    assert values("He was freed on Labor Day.", dt.date(2025, 12, 13)) == [("Labor Day", "2025-09-01")]


def test_recent_units_are_vague_durations():
    found = tx("Prices have risen in recent months.", MID_NOV)
    assert [(t["text"], t["type"], t["value"]) for t in found] == [("recent months", "DURATION", "PXM")]


# --- a month in a year named by an anaphor or relative to the DCT ---------------------------
@pytest.mark.parametrize(
    "text, extent, value, anchor",
    [
        (
            "Protests began in 2021. Hundreds were jailed in December of that year.",
            "December of that year",
            "2021-12",
            "previous",
        ),
        (
            "He was jailed on March 3, 2021 and freed in June of the same year.",
            "June of the same year",
            "2021-06",
            "previous",
        ),
        (
            "He was detained in 2019 and released in December of the following year.",
            "December of the following year",
            "2020-12",
            "previous",
        ),
        (
            "He was jailed on March 3, 2021. Later that month he was moved to a prison camp.",
            "Later that month",
            "2021-03",
            "previous",
        ),
        ("He was jailed in 2020 and freed the following March.", "the following March", "2021-03", "previous"),
        ("He was jailed in May 2020 and freed the following March.", "the following March", "2021-03", "previous"),
        (
            "He was jailed in October 2020 and freed the following November.",
            "the following November",
            "2020-11",
            "previous",
        ),
        ("The border closed in 2021. That December, hundreds were jailed.", "That December", "2021-12", "previous"),
        ("The opposition leader was arrested in March of last year.", "March of last year", "2024-03", "publication"),
        ("A new round of talks is planned for March of next year.", "March of next year", "2026-03", "publication"),
        ("Talks began in 2021 and stalled by the end of that year.", "the end of that year", "2021", "previous"),
    ],
)
def test_month_of_an_anaphoric_or_relative_year_is_one_timex(text, extent, value, anchor):
    found = [t for t in tx(text) if t["text"] == extent]
    assert len(found) == 1, tx(text)
    assert (found[0]["value"], found[0]["anchor"], found[0]["type"]) == (value, anchor, "DATE")
    # the month is not also a timex of its own
    assert not any(t["start"] > found[0]["start"] and t["end"] <= found[0]["end"] for t in tx(text))


def test_month_of_that_year_without_earlier_date_uses_the_dct():
    found = one("Hundreds were jailed in December of that year.")
    assert (found["value"], found["anchor"]) == ("2025-12", "publication")
    found = one("Hundreds were jailed in December of that year.", None)
    assert (found["value"], found["anchor"]) == (None, "none: no publication date")


def test_complementizer_that_before_a_month_is_not_an_anaphor():
    found = one("The parties agreed that December would be the deadline.")
    assert (found["text"], found["value"]) == ("December", "2025-12")


# --- narrative time: a month with no year after a DATE of an earlier year -----------------
def value_anchor(text: str, dct: dt.date = DCT) -> dict[str, tuple[str, str]]:
    return {t["text"]: (t["value"], t["anchor"]) for t in tx(text, dct)}


@pytest.mark.parametrize(
    "text, dct, extent, value, anchor",
    [
        # past tense, same paragraph, an earlier year: the month is in that year
        (
            "The court first jailed him in 2019. He was moved to a penal colony in November.",
            DCT,
            "November",
            "2019-11",
            "previous",
        ),
        (
            "The opposition leader was arrested in 2020. He was sentenced on December 14.",
            DCT,
            "December 14",
            "2020-12-14",
            "previous",
        ),
        # a month before the earlier DATE's month follows it
        ("He was arrested in December 2019 and freed in June.", DCT, "June", "2020-06", "previous"),
        # a month the anaphor resolved counts too
        (
            "The vote was held in August 2020. In October that year the bloc listed officials, "
            "and the leader was added in November.",
            DCT,
            "November",
            "2020-11",
            "previous",
        ),
        # one-sentence paragraphs (agency style): the previous sentence is the previous paragraph
        (
            "The crackdown began in 2020.\n\nIn November, the first verdicts were handed down.",
            DCT,
            "November",
            "2020-11",
            "previous",
        ),
        # the year before the DCT's: news convention, the latest such month
        (
            "He was detained in March 2024 on a reporting trip. In July a court convicted him.",
            dt.date(2025, 8, 6),
            "July",
            "2025-07",
            "publication",
        ),
        # not past tense: the DCT
        (
            "The bloc imposed sanctions in 2020. It will review them in November.",
            dt.date(2025, 6, 1),
            "November",
            "2025-11",
            "publication",
        ),
        # another paragraph of several sentences: the DCT
        (
            "The bloc imposed sanctions in 2020. They were widened in 2021.\n\n"
            "The measures were last renewed in February.",
            dt.date(2025, 6, 29),
            "February",
            "2025-02",
            "publication",
        ),
        # a year naming an event, a start point, a clause on a noun: not the narrative time
        ("He was jailed over the 2019 protests. In November he was freed.", DCT, "November", "2025-11", "publication"),
        ("He has been held since 2019. In November he was moved.", DCT, "November", "2025-11", "publication"),
        (
            "Under a plan approved in 2019, the firm bought shares in November.",
            DCT,
            "November",
            "2025-11",
            "publication",
        ),
        # a span of years after the DATE moves the narrative on
        (
            "He was arrested in October 2015 and had spent nearly eight years in prison. "
            "The five were moved out of the prison in August.",
            dt.date(2023, 9, 19),
            "August",
            "2023-08",
            "publication",
        ),
    ],
)
def test_month_without_year_in_a_narrative_about_an_earlier_year(text, dct, extent, value, anchor):
    assert value_anchor(text, dct)[extent] == (value, anchor)


def test_a_month_named_again_is_the_month_named_first():
    """One sense per discourse: a month named again without a year after a narrative DATE of
    an earlier year is the month the text named first, from the DCT."""
    text = (
        "The Treasury removed the airline from its list, after Minsk freed 52 prisoners in September. "
        "OFAC had designated the airline in August 2023. It eased the measures in September."
    )
    found = [(t["text"], t["value"], t["anchor"]) for t in tx(text, dt.date(2025, 11, 4))]
    assert found == [
        ("September", "2025-09", "publication"),
        ("August 2023", "2023-08", "absolute"),
        ("September", "2025-09", "publication"),
    ]
    # named only once, after the earlier year, it is still that year's month
    assert value_anchor(
        "OFAC had designated the airline in August 2023. It eased the measures in September.", dt.date(2025, 11, 4)
    )["September"] == ("2023-09", "previous")


@pytest.mark.parametrize(
    "text, value",
    [
        # the month modifies a noun: the tense is that of the noun's clause
        ("Lukashenko, who claimed 86.8% of the vote in a January election, freed 52 prisoners.", "2025-01"),
        ("The bloc will respond after a January election.", "2026-01"),
    ],
)
def test_a_month_on_a_noun_takes_the_tense_of_the_nouns_clause(text, value):
    assert [v for _, v in values(text, dt.date(2025, 11, 4))] == [value]


def test_anaphora_use_the_latest_month_even_when_it_was_resolved_anaphorically():
    found = value_anchor(
        "Talks began in May 2021. The following month they stalled, and later that month the envoy left."
    )
    assert found["The following month"] == ("2021-06", "previous")
    assert found["later that month"] == ("2021-06", "previous")


def test_that_night_after_a_weekday_night_is_that_night():
    """ "broke up protests on Sunday night ... detained that night": the night named before, not
    the publication day's."""
    found = value_anchor(
        "Police broke up protests on Sunday night. About 3,000 people were detained that night.",
        dt.date(2020, 8, 11),
    )
    assert found["that night"] == ("2020-08-09TNI", "previous")


def test_anaphoric_year_passes_over_a_year_naming_an_event():
    found = value_anchor(
        "The strikes started last year. In July he pardoned 20 people jailed over the 2020 "
        "protests. That autumn brought more releases.",
        dt.date(2025, 3, 10),
    )
    assert found["That autumn"] == ("2024-FA", "previous")


@pytest.mark.parametrize(
    "text, extent, value",
    [
        ("He was jailed in 2019. That fall he went on hunger strike.", "That fall", "2019-FA"),
        ("He was arrested in March 2020 and freed the following autumn.", "the following autumn", "2020-FA"),
        ("Talks began in 2021; the following spring they collapsed.", "the following spring", "2022-SP"),
        ("He was moved in October 2022; the previous winter had been hard.", "the previous winter", "2021-WI"),
    ],
)
def test_season_named_from_an_earlier_date(text, extent, value):
    assert value_anchor(text)[extent] == (value, "previous")


def test_month_as_a_list_heading_is_a_timex_but_the_modal_may_is_not():
    found = tx(
        "Releases this year\n\n- **May:** a veteran was freed. He may travel.\n"
        "- March: two more were freed.\n\nMay: the talks resumed.",
        DCT,
    )
    assert [(t["text"], t["value"]) for t in found if t["text"].lower() != "this year"] == [
        ("May", "2025-05"),
        ("March", "2025-03"),
        ("May", "2025-05"),
    ]
    assert [t["text"] for t in tx("Officials may: decide later.", DCT)] == []


def test_landmark_role():
    from helpers.core.nlp import get_nlp
    from helpers.timexes.extract import landmark_role

    nlp = get_nlp()

    def role(text: str, extent: str) -> str:
        i = text.index(extent)
        return landmark_role(nlp(text), i, i + len(extent))

    assert role("He was jailed over the 2020 protests.", "2020") == "attributive"
    assert role("He has been held since 2020.", "2020") == "background"
    assert role("In March 2022, officers were added to the list.", "March 2022") == "frame"
    assert role("That changed last year.", "last year") == "frame"


@pytest.mark.parametrize(
    "text, dct, extent, value",
    [
        # a day of an earlier month than the dated day of its sentence: that day's year
        (
            "She was detained on Sept. 17, 2020, as protests against the Aug. 9 election entered their sixth week.",
            dt.date(2022, 11, 25),
            "Aug. 9",
            "2020-08-09",
        ),
        # a day of a later month, past the year's end: the next year
        ("He was arrested on Dec. 28, 2023 and freed on Jan. 5.", dt.date(2025, 11, 4), "Jan. 5", "2024-01-05"),
        # a month without a day keeps the DCT's year: a later month told after a background date
        (
            "Babaryka, who was arrested in June 2023, was sentenced to 14 years in July.",
            dt.date(2024, 11, 4),
            "July",
            "2024-07",
        ),
        # a dated day too far from it: the DCT's year
        ("She was arrested on March 3, 2023 and sentenced on Nov. 2.", dt.date(2024, 12, 1), "Nov. 2", "2024-11-02"),
    ],
)
def test_day_without_year_takes_the_year_of_a_dated_day_in_its_sentence(text, dct, extent, value):
    assert value_anchor(text, dct)[extent][0] == value


def test_a_term_imposed_does_not_move_the_narrative_on():
    """Years spent move the narrative on ("had spent nearly eight years in prison"); a term
    imposed ("sentencing her ... to eight years") does not: May is still of 2009."""
    text = (
        "In 2009, Iran jailed the journalist Roxana Saberi, sentencing her in April of that year to eight "
        "years for spying; she was freed in May after an appeals court suspended the term."
    )
    assert value_anchor(text, dt.date(2011, 9, 22))["May"] == ("2009-05", "previous")


def test_a_day_on_an_event_noun_takes_the_tense_of_the_nouns_clause():
    """ "detained after a protest march ... on August 9": the date modifies the march, whose
    clause is past, so August is the last one before a May publication."""
    text = "He was briefly detained after a protest march in the town of Lida on August 9."
    assert value_anchor(text, dt.date(2021, 5, 26))["August 9"][0] == "2020-08-09"


def test_a_verbless_heading_on_an_event_noun_is_resolved_and_returns():
    """A section heading whose root is an event noun ("A consultation in January") has no verb
    above it: the climb to a governing verb stops at the root (it once looped for ever there, as
    a spaCy ``Token`` is a new object at each access, so ``tok.head is tok`` never held)."""
    import threading

    found: list[dict] = []
    worker = threading.Thread(target=lambda: found.extend(tx("A consultation in January")), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), "the tense of the heading's clause was never found"
    assert [(t["text"], t["value"]) for t in found] == [("January", "2026-01")]  # no tense: the nearest January


def test_a_date_hung_on_a_person_or_group_takes_the_tense_of_the_clause():
    """The parser may hang a date phrase on an object that names no event ("broke off negotiations
    with the opposition in October": "in October" on "opposition"); a group is not dated, so the
    clause's past tense resolves the month to the last October, not the nearest one. A date on
    an event noun keeps that noun's clause ("since their February talks": not "will gather")."""
    june = dt.date(2022, 6, 1)
    assert one("The government broke off negotiations with the opposition in October.", june)["value"] == "2021-10"
    assert one("Police detained the brother of the activist in October.", june)["value"] == "2021-10"
    found = one("The ministers will gather for the first time since their February talks in Paris.", june)
    assert found["value"] == "2022-02"
