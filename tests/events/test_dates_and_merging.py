"""Issue 9, dates and duplicates, on sentences of our own: the time of a clause placed before
or after the event is not its date; a vague time of its own leaves an event undated; one act
told twice in a story is one row."""

import datetime as dt

import pandas as pd
import pytest
from test_events import events

DCT = dt.date(2024, 6, 14)  # a Friday


def story(body: str, published: dt.date = DCT):
    """The events of a story with a neutral title (the body is its first paragraph)."""
    ev = events("News of the day\n\n" + body, published)
    return ev[ev["modality"] == "asserted"]


def rows(ev, etype: str) -> list[tuple]:
    sub = ev[ev["event_type"] == etype]
    return [(None if pd.isna(d) else d, n) for d, n in zip(sub["date"], sub["n_mentions"])]


def test_the_time_of_an_after_clause_dates_the_event_inside_it_not_the_host():
    ev = story("The sanctions were approved by the cabinet soon after the army staged a coup on September 25.")
    assert rows(ev, "sanction_imposed") == [(None, 1)]
    assert rows(ev, "military") == [("2023-09-25", 1)]


def test_an_event_of_a_since_clause_takes_no_time_of_the_main_clause():
    ev = story("Exports to Europe have fallen by half since the sanctions were imposed, an official said on Wednesday.")
    assert rows(ev, "sanction_imposed") == [(None, 1)]


def test_an_event_with_a_vague_time_of_its_own_stays_apart_and_undated():
    ev = story(
        "Iran freed the French citizen on Friday. A Belgian aid worker was recently released by Iran, his family said."
    )
    assert sorted(rows(ev, "release"), key=str) == [("2024-06-14", 1), (None, 1)]


def test_a_count_told_again_is_the_same_act():
    ev = story(
        "Venezuela released 10 Americans on Friday in a swap. The 10 Americans were freed after months of talks, "
        "officials said."
    )
    assert rows(ev, "release") == [("2024-06-14", 2)]


def test_a_definite_patient_takes_up_the_act_told_with_another_verb_and_a_body_of_the_state():
    ev = story(
        "The European Union imposed sanctions on Belarus. The sanctions were adopted by foreign ministers on Monday."
    )
    assert rows(ev, "sanction_imposed") == [("2024-06-10", 2)]


def test_a_pronoun_patient_takes_up_the_release():
    ev = story(
        "Iran released the Belgian aid worker on Friday. Oman mediated. Iran released him after 455 days in jail."
    )
    assert rows(ev, "release") == [("2024-06-14", 2)]


def test_the_same_kind_by_another_actor_or_more_of_them_are_other_acts():
    ev = story("The U.S. imposed sanctions on Russia in 2014. The EU imposed the same sanctions in 2014.")
    assert rows(ev, "sanction_imposed") == [("2014", 1), ("2014", 1)]
    ev = story("Belarus pardoned 37 people on Monday. Belarus freed 37 more prisoners on Tuesday.")
    assert rows(ev, "release") == [("2024-06-10", 1), ("2024-06-11", 1)]


def counts(ev, etype: str) -> list:
    return [None if pd.isna(c) else int(c) for c in ev[ev["event_type"] == etype]["count"]]


def test_a_protest_counts_its_participants():
    ev = story("About 15,000 miners attended a rally in the capital on Monday.")
    assert counts(ev, "protest") == [15000]
    assert counts(story("A rally of 300 opposition supporters was dispersed by police on Sunday."), "protest") == [300]
    assert counts(story("The protest in Tbilisi drew 20,000 people on Saturday."), "protest") == [20000]
    assert counts(story("Thousands of students marched through the city on Tuesday."), "protest") == [None]


def test_the_headline_restates_the_dated_act_of_a_named_person():
    ev = events(
        "Belgian aid worker freed by Iran\n\nOlivier Vandecasteele, a Belgian aid worker, was freed by Iran on "
        "Friday after 455 days in prison.",
        DCT,
    )
    assert rows(ev[ev["modality"] == "asserted"], "release") == [("2024-06-14", 2)]


def test_an_event_of_a_relative_clause_takes_no_time_of_the_main_clause():
    ev = events("News of the day\n\nHer cousin, who led the campaign for his release, spoke to him on Saturday.", DCT)
    assert [d for d, _ in rows(ev, "release")] == [None]


def test_one_election_named_by_its_year_and_by_its_month():
    ev = story(
        "He was arrested in May 2020 before that year's presidential election. His wife left for Lithuania two "
        "days after the August 2020 vote."
    )
    assert rows(ev, "election") == [("2020-08", 2)]


def test_released_people_who_walk_free_are_counted_not_actors():
    ev = story("Last month another 52 walked free as Washington eased its sanctions on the state airline.")
    rel = ev[ev["event_type"] == "release"]
    assert counts(ev, "release") == [52] and rel["actor"].isna().all()


def test_the_journey_home_of_a_release_is_that_release():
    ev = events("Five Americans freed by Iran\n\nFive Americans held in Iran landed in Doha on Monday.", DCT)
    assert rows(ev, "release") == [("2024-06-10", 2)]


def test_groups_of_other_nationalities_freed_the_same_day_are_two_releases():
    ev = events(
        "Five Americans freed by Iran\n\nFive Americans held in Iran landed in Doha on Monday. On Monday, "
        "Washington granted clemency to five Iranians held in the United States.",
        DCT,
    )
    assert rows(ev, "release") == [("2024-06-10", 2), ("2024-06-10", 1)]


def test_the_day_of_the_report_does_not_date_an_act_told_in_the_past_perfect():
    ev = story("State media said on Wednesday that Iran had detained the crews of seven fishing boats.")
    assert [d for d, _ in rows(ev, "arrest")] == [None]
    ev = story("The envoy announced on Wednesday that the sanctions would be lifted after two days of talks.")
    assert [d for d, _ in rows(ev, "negotiation")] == ["2024-06-12"]


def test_a_title_lower_bound_and_the_exact_body_count_are_one_release():
    """Issue 9 item 4: one release told in the title ("over 120") and in the body (123) is one
    event with the most precise count and both mentions; a body count below the bound is
    another act."""
    ev = events("Belarus Frees Over 120 Prisoners\n\nBelarus freed 123 prisoners on Saturday.", dt.date(1987, 3, 20))
    assert ev[["count", "n_mentions"]].values.tolist() == [[123, 2]]
    ev = events("Belarus Frees Over 120 Prisoners\n\nBelarus freed 100 prisoners on Saturday.", dt.date(1987, 3, 20))
    assert sorted(ev["count"].tolist()) == [100, 120]


def test_an_act_ranked_in_apposition_is_the_act_of_its_sentence():
    text = (
        "Release\n\nGeorgian authorities on Saturday released more than 60 people who had been jailed in the"
        " crackdown that followed July's disputed presidential election, the first significant release since"
        " President Ivan Petrov claimed victory in a vote that observers say he lost.\n"
    )
    releases = events(text, dt.date(2024, 11, 17)).query("event_type == 'release'")
    assert releases[["date", "count", "n_mentions"]].values.tolist() == [["2024-11-16", 60, 2]]


@pytest.mark.parametrize(
    "text, people",
    [
        (
            "The United States freed Ivan Petrov in May 2021 in return for the chess champion Anna Kay.",
            ["Anna Kay", "Ivan Petrov"],
        ),
        ("Former Marine Tom Hale was swapped for Russian pilot Oleg Ivanov in May 2021.", ["Oleg Ivanov", "Tom Hale"]),
    ],
)
def test_the_other_side_of_a_swap_is_released_too(text, people):
    ev = events("Prisoners freed\n\n" + text + "\n", DCT)
    releases = ev[(ev["event_type"] == "release") & (ev["modality"] == "asserted")]
    assert sorted(releases["people"]) == people
    assert set(releases["date"]) == {"2021-05"}


def test_things_given_in_exchange_are_not_released():
    ev = events("Prisoners freed\n\nIn May 2021 the firm exchanged its notes for each of its shares.\n", DCT)
    assert "each" not in set(ev["target"])


def test_a_relative_clause_on_one_conjunct_is_about_that_person_alone():
    text = (
        "Custody\n\nIvan Petrov, a leader of the Green party who was arrested on May 30, and Anna Kay, a lawyer"
        " who was detained on June 4, remain in custody, their families said.\n"
    )
    arrests = events(text, DCT).query("event_type == 'arrest'").sort_values("start_char")
    assert arrests["people"].tolist() == ["Ivan Petrov", "Anna Kay"]
    assert arrests["count"].isna().all()


@pytest.mark.parametrize(
    "text, election",
    [
        (
            "Ivan Petrov, a blogger who was detained in June 2020, two months before the presidential election, was freed.",
            "2020-08",
        ),
        (
            "Ivan Petrov, a blogger who was detained in May 2020, shortly before the presidential election, was freed.",
            None,
        ),
    ],
)
def test_a_gap_of_months_places_the_anchor(text, election):
    ev = events("Freed\n\nThe talks ended on Thursday.\n\n" + text + "\n", DCT)
    dates = ev[ev["event_type"] == "election"]["date"].tolist()
    assert [None if pd.isna(d) else d for d in dates] == [election]


@pytest.mark.parametrize(
    "gap, met",
    [("two days after", "2024-06-09"), ("days after", None), ("a few days after", None), ("weeks after", None)],
)
def test_a_gap_of_unknown_length_leaves_the_earlier_act_undated(gap, met):
    """ "freed on Tuesday, days after the envoy met Maduro": the meeting is before Tuesday by an
    untold gap, so neither Tuesday nor a day counted from it."""
    ev = story(f"A lead paragraph.\n\nThe two men were freed on Tuesday, {gap} the envoy met Maduro in Caracas.")
    assert rows(ev, "negotiation") == [(met, 1)]


def test_a_plural_relative_clause_on_the_last_conjunct_tells_of_both():
    text = "Held\n\nAmong them are the teacher Anna Kay and her partner Ivan Petrov, who were arrested in May 2022.\n"
    arrests = events(text, DCT).query("event_type == 'arrest'")
    assert arrests[["people", "count", "date"]].values.tolist() == [["Anna Kay; Ivan Petrov", 2, "2022-05"]]


def test_the_lead_describes_the_person_the_body_names():
    text = (
        "Analyst jailed\n\nThe Swiss-based researcher was arrested in May in Minsk and accused of spying.\n\n"
        "Ivan Petrov, a specialist on the region, was arrested on May 6 at a cafe in central Minsk.\n"
    )
    arrests = events(text, DCT).query("event_type == 'arrest'")
    assert arrests[["date", "people", "n_mentions"]].values.tolist() == [
        ["2024-05-06", "Ivan Petrov", 3]
    ]  # title, lead and body


def test_a_counted_wave_of_arrests_is_not_one_named_arrest():
    """An undated count of many detained is not the dated arrest of one named person, whose
    row must not take the group's count (number agreement); one undated named mention still
    joins the group."""
    ev = story(
        "A court in Hrodna on Tuesday sentenced five activists to prison.\n\nAnna Maroz was detained in Minsk on 31 May "
        "2021, two days after the arrest of Pavel Sevko.\n\nIt was the longest verdict since the 2020 vote, "
        "after which more than 30,000 people were detained, rights groups say."
    )
    arrests = ev[ev["event_type"] == "arrest"]
    assert sorted(zip(arrests["people"], counts(ev, "arrest"))) == [
        ("", 30000),
        ("Anna Maroz", None),
        ("Pavel Sevko", None),
    ]
    ev = story("Police detained 40 protesters on Sunday. Among those detained was Ihar Ilyash.")
    assert counts(ev, "arrest") == [40]
    ev = events(
        "Venezuela arrests opposition figure\n\nSecurity forces on Friday arrested an opposition leader. The "
        "interior minister said that 70 people, among them several foreigners, had been detained in connection "
        "with the alleged plot.\n\nMachado led a rally in Caracas on 9 January. Her team said she was briefly "
        "detained by security agents as she left that rally; she was released the same day.",
        dt.date(2025, 5, 24),
    )
    arrests = ev[ev["event_type"] == "arrest"]
    assert sorted(zip(arrests["date"].fillna("none"), counts(ev, "arrest"))) == [
        ("2025-01-09", None),
        ("2025-05-23", None),
        ("none", 70),
    ]


@pytest.mark.parametrize(
    "stamp",
    ["14 December 2021, 13:40 | Zerkalo", "Published date: 14 December 2021 13:40 GMT", "DEC 14, 2021 - 1:40 PM GMT+3"],
)
def test_a_time_stamp_heading_dates_no_event_of_the_article(stamp):
    """ "14 December 2021, 13:40 | Zerkalo" or "Published date: 14 December 2021 13:40 GMT" under
    the headline tells when the text was issued: it frames no section, so an undated act of the
    body takes no date from it."""
    ev = events(
        f"Homel court jails blogger\n\n{stamp}\n\nA court in Homel on Tuesday sentenced "
        "blogger Ivan Petrou to 18 years.\n\nHis colleague Anton Sidarau was detained in Minsk.",
        dt.date(2021, 12, 14),
    )
    arrests = ev[ev["event_type"] == "arrest"]
    assert arrests["date"].isna().tolist() == [True]


def test_the_story_of_the_lead_goes_on_below_a_time_stamp():
    """A time stamp above the lead ends no section: "Officers also detained two lawyers" in the
    paragraph after the lead continues its story (Tuesday's), which the stamp itself does not date."""
    ev = events(
        "Minsk police detain journalists\n\nPublished date: 14 December 2021 13:40 GMT\n\nPolice in Minsk on "
        "Tuesday detained ten journalists at the Press Club.\n\nOfficers also detained two lawyers outside the "
        "building, Viasna said.",
        dt.date(2021, 12, 16),
    )
    arrests = ev[ev["event_type"] == "arrest"]
    assert arrests[["date", "date_source"]].values.tolist() == [["2021-12-14", "own"], ["2021-12-14", "story"]]


def test_a_release_and_the_journey_home_of_that_day_are_one_act():
    """ "freed on Thursday in a prisoner exchange" and "Six prisoners ... were flown west" on that
    Thursday tell one act, not a release without a count beside the journeys."""
    ev = story(
        "The journalist Anna Lewis is back in Canada after being freed on Thursday in a prisoner exchange "
        "between Russia and the West.\n\nTen people were swapped at Ankara airport. Six prisoners held in Russia, "
        "among them Ms Lewis, the former soldier Mark Dunn and the activist Ilya Petrov, were flown west, while "
        "four Russians went home to Moscow.",
        dt.date(2024, 8, 3),
    )
    assert sorted(counts(ev, "release")) == [4, 6, 10]


def test_an_event_below_a_participle_on_a_thing_has_no_host_above_it():
    """ "a law adopted after Moscow launched its military operation": the clause tells the law's
    adoption, so the operation does not take the time of the sentence the law served."""
    ev = story(
        "A court on Thursday sentenced a councillor to seven years, the first term handed down "
        "under a law adopted after Moscow launched its military operation in Ukraine."
    )
    assert rows(ev, "sentence") == [("2024-06-13", 1)]
    assert rows(ev, "military") == [(None, 1)]
    # an "after" clause on the event itself keeps the event's time, as tests/gold annotates it
    ev = story("Belarus freed 52 prisoners on Thursday after Lukashenko held talks with a U.S. envoy.")
    assert rows(ev, "negotiation") == [("2024-06-13", 1)]


def test_the_act_a_sentence_punishes_takes_no_date_from_it():
    """ "a court gave him 30 days in jail for joining eight rallies": the court sentences him
    (actor the court, target him), and the rallies came before, undated."""
    ev = events("News of the day\n\nOn June 3 a court gave him 30 days in jail for joining eight rallies.", DCT)
    sentence = ev[ev["event_type"] == "sentence"]
    assert sentence[["date", "actor", "target"]].values.tolist() == [["2024-06-03", "court", "him"]]
    assert rows(ev, "protest") == [(None, 1)]
    # "give" with no court and no passive is no sentence: a deadline
    assert events("News\n\nThe judge's aide gave them five months to develop a plan.", DCT).empty


def _verdicts(ev) -> list[tuple]:
    sub = ev[ev["event_type"] == "sentence"]
    return [(None if pd.isna(d) else d, p) for d, p in zip(sub["date"], sub["people"])]


def test_terms_of_co_defendants_told_after_the_verdict_are_that_verdict():
    ev = story(
        "A court in Gomel on Tuesday sentenced the blogger Ales Mikhalevich to 18 years in prison.\n\n"
        "Ihar Barysau and Dzmitry Kavalenka, who ran his channel, were given 16 years each. "
        "The activist Hanna Savitskaya also received 15 years.\n\n"
        "In the same trial, Pavel Laptsik was sentenced in absentia to 12 years."
    )
    assert _verdicts(ev) == [
        ("2024-06-11", "Ales Mikhalevich; Ihar Barysau; Dzmitry Kavalenka; Hanna Savitskaya; Pavel Laptsik")
    ]


def test_a_list_of_terms_a_same_case_verdict_and_a_date_inside_the_verdict_continue_it():
    """A list of terms goes on without a tie word once a term has joined the verdict ("... were
    given 16 years each. X was sentenced to 14 years."); "was sentenced in the same case" needs no
    term of years; "convicted alongside him" ties the conviction; an arrest dated inside the
    verdict's own sentence ("632 days after he was detained") is not an act between."""
    ev = story(
        "A court in Gomel on Tuesday sentenced the blogger Ales Mikhalevich to 18 years in prison.\n\n"
        "Ihar Barysau and Dzmitry Kavalenka were given 16 years each. "
        "The veteran politician Pavel Laptsik was sentenced to 14 years in a colony."
    )
    assert _verdicts(ev) == [("2024-06-11", "Ales Mikhalevich; Ihar Barysau; Dzmitry Kavalenka; Pavel Laptsik")]
    ev = story(
        "A court in Gomel on Tuesday sentenced the blogger Ales Mikhalevich to 18 years in prison.\n\n"
        "The activist Hanna Savitskaya was sentenced in the same case and remains in jail."
    )
    assert _verdicts(ev) == [("2024-06-11", "Ales Mikhalevich; Hanna Savitskaya")]
    ev = story(
        "A court in Gomel on Tuesday sentenced the blogger Ales Mikhalevich to 18 years in prison, "
        "632 days after he was detained.\n\nThe court also jailed his partner, Hanna Savitskaya, for nine years."
    )
    assert _verdicts(ev) == [("2024-06-11", "Ales Mikhalevich; Hanna Savitskaya")]
    ev = story(
        "A court in Gomel on Tuesday sentenced the blogger Ales Mikhalevich to 18 years in prison.\n\n"
        "His wife Hanna Savitskaya was convicted alongside him and got eight years."
    )
    assert _verdicts(ev) == [("2024-06-11", "Ales Mikhalevich; Hanna Savitskaya")]


def test_a_term_of_another_case_or_after_another_dated_act_stays_apart():
    ev = story(
        "A court in Gomel on Tuesday sentenced the blogger Ales Mikhalevich to 18 years in prison.\n\n"
        "Ihar Barysau, a reporter of his channel, was sentenced to ten years in a separate case."
    )
    assert _verdicts(ev) == [("2024-06-11", "Ales Mikhalevich"), (None, "Ihar Barysau")]
    ev = story(
        "A court in Gomel on Tuesday sentenced the blogger Ales Mikhalevich to 18 years in prison.\n\n"
        "Police detained his wife on Wednesday. Dzmitry Kavalenka also received 16 years."
    )
    assert _verdicts(ev) == [("2024-06-11", "Ales Mikhalevich"), (None, "Dzmitry Kavalenka")]


def test_a_date_stamp_between_headline_and_lead_dates_neither():
    """ "26 May 2021" under the byline tells when the text was issued: the lead's undated arrest
    takes no day from it, and the headline takes the day of the body's own dated verdict."""
    stamp = "Minsk police detain journalists\n\nEmerging Europe Staff\n26 May 2021\n\n"
    ev = events(stamp + "Police detained ten journalists at the Press Club in Minsk.", dt.date(2021, 5, 26))
    assert ev.loc[ev["event_type"] == "arrest", "date"].isna().tolist() == [True]
    ev = events(
        "Opposition politician Ivan Petrou jailed for seven years\n\nEmerging Europe Staff\n26 May 2021\n\n"
        "A court in Mogilev has handed a seven-year prison term to one of the most stubborn opposition figures.\n\n"
        "A regional court on Tuesday sentenced Ivan Petrou to seven years in a penal colony. Six co-defendants "
        "were convicted alongside him.",
        dt.date(2021, 5, 26),
    )
    sentences = ev[ev["event_type"] == "sentence"]
    assert sentences[["date", "date_source"]].values.tolist() == [["2021-05-25", "own"]]


def test_a_lead_noun_with_a_definite_description_and_his_arrest_take_up_the_named_arrest():
    """ "The arrest of the head of an NGO" (lead), "on Friday arrested Ivan Perez, director of the
    group" and "two days before his arrest" tell one arrest."""
    ev = events(
        "Venezuela arrests rights activist\n\nThe arrest of the head of an NGO that documented armed groups "
        "shows how far the government will go.\n\nAgents of the intelligence service on Friday arrested Ivan "
        "Perez, director of the group, in the city of Coro.\n\nOn June 30, two days before his arrest, Perez "
        "went to the Attorney General to ask for an investigation.",
        dt.date(2021, 7, 5),
    )
    arrests = ev[ev["event_type"] == "arrest"]
    assert arrests[["date", "people", "n_mentions"]].values.tolist() == [["2021-07-02", "Ivan Perez", 3]]


def test_a_sentence_listing_the_terms_of_several_people_continues_the_verdict():
    """ "sentenced the blogger Ivan Petrou to eight years" and then "Anton Sidarau ... was sentenced to
    20 years and Yan Rudak, a former editor, to 19 years": one verdict (two terms listed, no "also")."""
    ev = events(
        "Blogger jailed\n\nA court in Minsk on Wednesday sentenced the blogger Ivan Petrou to eight years in "
        "prison.\n\nAnton Sidarau, who founded the channel, was sentenced to 20 years and Yan Rudak, a former "
        "editor, to 19 years in a penal colony.",
        dt.date(2023, 5, 3),
    )
    sentences = ev[ev["event_type"] == "sentence"]
    assert sentences[["date", "people"]].values.tolist() == [["2023-05-03", "Ivan Petrou; Anton Sidarau"]]


@pytest.mark.parametrize(
    "later",
    [
        "Thursday's release was the largest of three this year.",
        "The exiled opposition leader welcomed the release on Thursday.",
    ],
)
def test_a_definite_noun_of_the_same_day_takes_up_the_named_act(later):
    """ "the release" and "Thursday's release" after "freed 52 prisoners, including X, on
    Thursday" tell that release again: one row with two mentions."""
    ev = story(f"Belarus freed 52 prisoners, including the blogger Ihar Losik, on Thursday. {later}")
    assert rows(ev, "release") == [("2024-06-13", 2)]


def test_a_second_release_of_the_same_day_is_another_act():
    ev = story(
        "Belarus freed 52 prisoners, including the blogger Ihar Losik, on Thursday. The second release "
        "followed on Thursday."
    )
    assert len(rows(ev, "release")) == 2


def test_the_lead_describes_the_agent_the_body_names():
    """ "after a visit to Minsk by a U.S. envoy" (lead) and "U.S. envoy John Coale met ... earlier
    in the day" (body): one meeting."""
    text = (
        "Prisoners freed\n\nBelarus freed 52 prisoners on Thursday after a visit to Minsk by a U.S. envoy.\n\n"
        "U.S. envoy John Coale met President Alexander Lukashenko in Minsk earlier in the day.\n"
    )
    ev = events(text, DCT)
    assert rows(ev[ev["modality"] == "asserted"], "negotiation") == [("2024-06-13", 2)]
