"""helpers.quotes.extract: direct quotations and their speakers, on the seed and on short texts."""

import datetime as dt

import pandas as pd
import pytest

from helpers.core import schemas
from helpers.core.nlp import get_nlp
from helpers.core.structure import parse_structure
from helpers.entities.extract import extract_entities
from helpers.quotes import speakers
from helpers.quotes.extract import extract_quotes, mark_roles

from conftest import SEED

DAY = dt.date(2024, 3, 9)


@pytest.fixture(scope="module")
def quotes_of():
    get_nlp()  # load the model once for the module

    def run(text: str) -> pd.DataFrame:
        parsed = parse_structure("t", text, DAY)
        mentions, entities = extract_entities(parsed)
        table = extract_quotes(parsed, mentions, entities)
        assert all(text[r.start_char : r.end_char] == r.text for r in table.itertuples())
        return table

    return run


def one(table: pd.DataFrame) -> pd.Series:
    assert len(table) == 1, table[["text", "speaker"]]
    return table.iloc[0]


def test_seed(quotes_of):
    table = quotes_of(SEED.read_text(encoding="utf-8"))
    assert table["speaker"].tolist() == ["Tatsiana Khomich", "Sviatlana Tsikhanouskaya", "John Coale", "John Coale"]
    assert table["attribution"].tolist() == ["verb_after", "colon", "verb_after", "continuation"]
    assert table["cue"].tolist()[0] == "shared" and table["cue"].tolist()[2] == "stated"
    assert pd.isna(table["cue"].iloc[3])
    assert table["text"].iloc[1].startswith("U.S. sanctions focus on individuals")
    assert table["speaker_entity_id"].iloc[2] == table["speaker_entity_id"].iloc[3]
    assert table["speaker_entity_id"].notna().all()
    assert table["balanced"].all()
    assert table["quote_id"].tolist() == [0, 1, 2, 3]
    assert table["sentence_id"].is_monotonic_increasing


def test_curly_and_straight_quotes_give_the_same_row(quotes_of):
    curly = one(quotes_of("Talks ended in Vilnius.\n“We are ready to talk,” said Anna Petrova."))
    straight = one(quotes_of('Talks ended in Vilnius.\n"We are ready to talk," said Anna Petrova.'))
    for row in (curly, straight):
        assert (row["text"], row["speaker"], row["cue"], row["attribution"]) == (
            "We are ready to talk",
            "Anna Petrova",
            "said",
            "verb_after",
        )


def test_apostrophes_and_single_quotes_are_not_quotations(quotes_of):
    table = quotes_of(
        "Belarus Today\nLukashenko’s aides don’t like the 'reset' of the talks, "
        "and the officials' view is that it won't 'work out in the end'."
    )
    assert table.empty
    assert mark_roles("Lukashenko’s aides don't agree") == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“The prisoners must be freed today,” said Anna Petrova.", "Anna Petrova"),
        ("“The prisoners must be freed today,” Anna Petrova said.", "Anna Petrova"),
        ("“The prisoners must be freed today,” Anna Petrova, a spokeswoman for the ministry, said.", "Anna Petrova"),
        ("“The prisoners must be freed today,” a spokeswoman said.", "spokeswoman"),  # no article
    ],
)
def test_speaker_after_the_quotation(quotes_of, text, speaker):
    row = one(quotes_of("Prisoners in Minsk\n" + text))
    assert (row["text"], row["speaker"], row["attribution"], row["cue"]) == (
        "The prisoners must be freed today",
        speaker,
        "verb_after",
        "said",
    )


def test_speaker_before_with_a_colon(quotes_of):
    row = one(quotes_of("Prisoners in Minsk\nAnna Petrova said on Monday: “Nobody was released.”"))
    assert (row["text"], row["speaker"], row["cue"], row["attribution"]) == (
        "Nobody was released.",
        "Anna Petrova",
        "said",
        "verb_before",
    )


def test_colon_at_the_end_of_the_previous_paragraph(quotes_of):
    text = (
        "Prisoners in Minsk\nPeter Novak, the envoy, spoke to reporters after the talks:\n"
        "“Nobody was released, and nobody will be released this year.”"
    )
    row = one(quotes_of(text))
    assert (row["speaker"], row["attribution"]) == ("Peter Novak", "colon")
    assert pd.isna(row["cue"])


def test_pronoun_resolved_to_the_preceding_person(quotes_of):
    text = (
        "Prisoners in Minsk\nMaria Lopez arrived in Vilnius on Sunday with Ivan Petrov's lawyers.\n"
        "“I am free, but my friends are still in prison,” she said."
    )
    table = quotes_of(text)
    row = one(table)
    assert (row["speaker"], row["attribution"], row["cue"]) == ("Maria Lopez", "pronoun", "said")
    assert text[row["speaker_start_char"] : row["speaker_end_char"]] == "she"
    assert not pd.isna(row["speaker_entity_id"])


def test_continuation_without_its_own_verb(quotes_of):
    text = (
        "Prisoners in Minsk\n“The talks were long and difficult,” said Peter Novak.\n"
        "“But in the end both sides wanted an agreement.”"
    )
    table = quotes_of(text)
    assert table["speaker"].tolist() == ["Peter Novak", "Peter Novak"]
    assert table["attribution"].tolist() == ["verb_after", "continuation"]
    assert pd.isna(table["cue"].iloc[1])


def test_continuation_in_the_same_paragraph(quotes_of):
    text = "Prisoners in Minsk\n“The talks were long,” Peter Novak said. “Both sides wanted an agreement in the end.”"
    assert quotes_of(text)["attribution"].tolist() == ["verb_after", "continuation"]


def test_quotation_over_two_paragraphs(quotes_of):
    text = (
        "Prisoners in Minsk\nPeter Novak said on Friday: “We spent two days in Minsk.\n\n"
        "“On the second day the first prisoners were put on a bus to Lithuania.”\n\n"
        "The talks will go on."
    )
    row = one(quotes_of(text))
    assert row["text"].startswith("We spent two days") and row["text"].endswith("Lithuania.")
    assert (row["speaker"], row["attribution"], bool(row["balanced"])) == ("Peter Novak", "verb_before", True)


def test_unbalanced_quote_mark_is_reported(quotes_of):
    text = (
        "Prisoners in Minsk\n“We will never stop fighting for them, said Anna Petrova.\n\n"
        "The talks will go on next week in Vilnius."
    )
    row = one(quotes_of(text))
    assert not row["balanced"]
    assert row["text"] == "We will never stop fighting for them, said Anna Petrova."


def test_quotation_without_attribution(quotes_of):
    text = (
        "Prisoners in Minsk\nThe buses left the prison at dawn.\n\n"
        "“Freedom for every political prisoner in Belarus” was written on a banner."
    )
    row = one(quotes_of(text))
    assert row["text"] == "Freedom for every political prisoner in Belarus"
    assert (row["attribution"], row["balanced"]) == ("none", True)
    assert pd.isna(row["speaker"]) and pd.isna(row["speaker_entity_id"]) and pd.isna(row["cue"])


def test_scare_quotes_and_titles_are_not_quotations(quotes_of):
    table = quotes_of(
        "Prisoners in Minsk\nThe so-called “reset” began after the film “The Last Prisoner” was shown in Minsk."
    )
    assert table.empty


def test_a_slogan_a_banner_or_a_title_named_before_its_marks_is_no_quotation(quotes_of):
    """'under the slogan "I'm going out"', 'a banner reading "..."', 'a report titled "..."': the
    marks give a named text, no words reported; a speaker's words after "said" stay."""
    table = quotes_of(
        "Prisoners in Minsk\nThe rallies were held under the slogan “I'm going out” on Sunday. "
        "Marchers carried a banner reading “Free every political prisoner in Belarus now”. "
        "Viasna published a report titled: “Five years of the repression in Belarus”. "
        "“We will not stop marching,” said Olga, a neighbour."
    )
    assert table["text"].tolist() == ["We will not stop marching"]


def test_a_relative_clause_speaker_is_not_climbed_into_the_quotation(quotes_of):
    """'"… not in Minsk," a Lithuanian diplomat, who asked not to be named, told BNS': the parser
    hangs the diplomat on "Minsk" inside the marks; the speaker is the diplomat."""
    table = quotes_of(
        'Prisoners in Minsk\n"We will raise her case with every partner in Brussels, but the key to her cell is in '
        'Moscow, not in Minsk," a Lithuanian diplomat, who asked not to be named, told BNS.'
    )
    assert one(table)["speaker"] == "Lithuanian diplomat"


def test_he_takes_up_one_member_of_a_group_who_spoke(quotes_of):
    """'"…," one of the march's organizers said … "…," he said': "he" is that organizer, not a
    name mentioned before."""
    table = quotes_of(
        "Prisoners in Moscow\nMeduza and dozens of other outlets demanded his release.\n"
        "“We never thought we would see this day,” one of the march's organizers said, asking not to be named. "
        "“Now we have to make sure it was not a one-off,” he said."
    )
    assert table["speaker"].tolist() == ["march's organizer", "march's organizer"]


def test_the_wording_of_a_charge_is_no_quotation(quotes_of):
    """'found guilty of "large-scale drug smuggling"', 'a sentence for "organizing mass riots"':
    the marks give the charge's legal wording; 'accused the minister of "utter recklessness"'
    gives the accuser's words and stays a quotation."""
    table = quotes_of(
        "Prisoners in Minsk\nA court found the activist guilty of “organizing mass riots,” his lawyer said. "
        "In 2011 she was given a six-year sentence for “large-scale drug smuggling.”"
    )
    assert table.empty
    table = quotes_of("Prisoners in Minsk\nThe opposition leader accused the minister of “utter recklessness.”")
    assert table["text"].tolist() == ["utter recklessness."]


def test_a_charge_hung_on_the_term_or_listed_by_charges_is_no_quotation(quotes_of):
    """'sentenced both women to two years in a penal colony for "organising actions that grossly
    violate public order"': the parser hangs "for" on "colony", the sentence is the verb's; 'The
    charges against her included "assembly and collusion against national security"' lists a
    charge. A quotation in a sentence with no verb is looked at without end."""
    table = quotes_of(
        "Prisoners in Minsk\nA district court sentenced both women to two years in a penal colony for "
        '"organising actions that grossly violate public order". The charges against her included "assembly '
        'and collusion against national security" and membership in banned groups.'
    )
    assert table.empty
    # the heads of a verbless sentence end at its root: no charge word, so a quotation
    table = quotes_of('Prisoners in Minsk\nTwo years for "insulting the president".')
    assert table["text"].tolist() == ["insulting the president"]


def test_listed_charges_and_crimes_including_a_charge_are_no_quotations(quotes_of):
    """A charge listed after a quoted charge keeps the statute's wording, up to a title's length
    ('for "incitement to hatred" and "calls for actions aimed at harming national security"');
    so does a charge after "crimes including". The accuser's own words after "accused ... of"
    stay a quotation, and so does a long quotation after a charge."""
    table = quotes_of(
        "Prisoners in Minsk\nWarsaw has called for the release of the journalist, who was sentenced in "
        'February for "incitement to hatred" and "calls for actions aimed at harming national security". '
        'Prosecutors accuse him of crimes including "usurpation of functions", forgery and conspiracy.'
    )
    assert table.empty
    table = quotes_of(
        'Prisoners in Minsk\nShe was sentenced for "incitement to hatred" and "we will never stop telling '
        'the world what this court has done to our families and friends," her lawyer said.'
    )
    assert table["text"].tolist() == [
        "we will never stop telling the world what this court has done to our families and friends"
    ]
    # a quotation whose opening mark is missing has no list before it
    table = quotes_of('Prisoners in Minsk\nShe was sentenced for "incitement to hatred".\n\nWe will appeal," he said.')
    assert table["balanced"].tolist() == [False]


def test_no_quotes_gives_a_valid_empty_table(quotes_of):
    table = quotes_of("Prisoners in Minsk\nThe talks will go on next week.")
    assert table.empty
    schemas.validate("quotes", table)
    assert {"attribution", "balanced", "speaker_start_char"} <= set(table.columns)


def test_mark_roles():
    assert mark_roles('He said "yes," and "no".') == [
        (8, "open", 1),
        (13, "close", 1),
        (19, "open", 1),
        (22, "close", 1),
    ]
    assert mark_roles("“a” ”b”") == [(0, "open", 1), (2, "close", 1), (4, "open", 1), (6, "close", 1)]


def test_mark_roles_of_ldc_newswire_marks():
    # two grave accents open, two apostrophes close; a nested single mark stays in the text
    assert mark_roles("``It was a bomb,'' he said.") == [(0, "open", 2), (16, "close", 2)]
    assert mark_roles("``He told me `no.''" + "' she said") == [(0, "open", 2), (18, "close", 2)]
    assert mark_roles("the workers' union said ``we go.''") == [(24, "open", 2), (32, "close", 2)]
    assert mark_roles("«Nous partons» a dit X") == [(0, "open", 1), (13, "close", 1)]


@pytest.mark.parametrize(
    "opening, closing",
    [("“", "”"), ('"', '"'), ("``", "''"), ("«", "»"), ("„", "“")],
)
def test_every_quote_mark_convention_gives_the_same_rows(quotes_of, opening, closing):
    text = (
        "Talks ended in Vilnius.\n"
        f"{opening}We are ready to talk,{closing} said Anna Petrova. "
        f"The minister, Jonas Kaunas, said: {opening}There will be no deal this week.{closing}\n"
        f"He added that the offer was {opening}a trap for the opposition.{closing} The talks went on."
    )
    table = quotes_of(text)
    got = list(zip(table["text"], table["speaker"], table["attribution"], table["balanced"]))
    assert got == [
        ("We are ready to talk", "Anna Petrova", "verb_after", True),
        ("There will be no deal this week.", "Jonas Kaunas", "verb_before", True),
        ("a trap for the opposition.", "Jonas Kaunas", "pronoun", True),
    ]
    if opening in ("“", '"', "``"):  # the marks of English news break no sentence
        assert table["sentence_id"].tolist() == [1, 2, 3]


def test_ldc_quotation_over_two_paragraphs(quotes_of):
    text = (
        "Talks ended in Vilnius.\n\n``We are ready to talk. We want the prisoners home.\n\n"
        "``But nobody has called us,'' said Anna Petrova.\n\nThe talks went on."
    )
    row = one(quotes_of(text))
    assert row["text"].startswith("We are ready to talk.") and row["text"].endswith("nobody has called us")
    assert (row["speaker"], row["attribution"], row["balanced"]) == ("Anna Petrova", "verb_after", True)


# -- speakers: gender agreement and appositive names ---------------------------------
@pytest.mark.parametrize(
    "context, pronoun, speaker",
    [
        # the nearest subject is a woman by a role noun in apposition: 'he' skips her
        (
            "Peter Novak arrived in Vilnius on Sunday. Maria Lopez, a spokeswoman for the ministry, "
            "met him at the border.",
            "he",
            "Peter Novak",
        ),
        # honorific Mr. makes the nearest subject a man: 'she' skips him
        (
            "Anna Petrova arrived in Vilnius on Sunday. Mr. Novak spoke to reporters at the border.",
            "she",
            "Anna Petrova",
        ),
        # an earlier pronoun in the same sentence: 'Alex Morgan said she ...'
        ("Sam Reid met reporters in Vilnius. Alex Morgan said she would go back to Minsk.", "he", "Sam Reid"),
        # a gendered title before the name
        ("Chris Taylor waited at the border. Actress Jo Kim spoke to the crowd.", "he", "Chris Taylor"),
        # unknown gender stays possible: the nearest subject wins
        ("Peter Novak arrived in Vilnius on Sunday. Chris Taylor spoke to reporters.", "she", "Chris Taylor"),
    ],
)
def test_pronoun_agrees_in_gender(quotes_of, context, pronoun, speaker):
    text = f"Prisoners in Minsk\n{context}\n“We will not stop until all of them are free,” {pronoun} said."
    row = one(quotes_of(text))
    assert (row["speaker"], row["attribution"]) == (speaker, "pronoun")


def test_name_in_apposition_to_a_subject_is_salient(quotes_of):
    text = (
        "Prisoners in Minsk\n“The buses left at dawn,” said Maria Lopez, a spokeswoman.\n\n"
        "Her colleague, Tom Baker, said the prisoners were tired. "
        "“Some of them had not seen their families for years,” he said."
    )
    assert quotes_of(text)["speaker"].tolist() == ["Maria Lopez", "Tom Baker"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("“We were told to be ready at the airport,” said her brother, Omid Rahimi.", "Omid Rahimi"),
        ("“We were told to be ready at the airport,” said her brother, Daniel Moore.", "Daniel Moore"),
        ("“We were told to be ready at the airport,” said his lawyer, John Smith, on Monday.", "John Smith"),
        ("The spokeswoman, Laura Chen, said: “We were told to be ready at the airport.”", "Laura Chen"),
        ("“We were told to be ready at the airport,” his sister, Laura Chen, told reporters.", "Laura Chen"),
    ],
)
def test_speaker_is_the_name_in_apposition(quotes_of, sentence, speaker):
    text = "Prisoners in Minsk\n" + sentence
    row = one(quotes_of(text))
    assert row["speaker"] == speaker
    assert text[row["speaker_start_char"] : row["speaker_end_char"]] == speaker
    # the name in apposition is recognised as a person and linked to its entity
    assert not pd.isna(row["speaker_entity_id"])


def test_gender_cues_and_votes():
    nlp = get_nlp()
    doc = nlp("Mrs. Anna Brown met his wife, Jo Kim, and Lee Park said she was tired.")
    spans = [s for s in doc.ents if s.label_ == "PERSON"]
    cues = {s.text: speakers.mention_cues(s, spans) for s in spans}
    assert cues["Jo Kim"] == ["f"] and cues["Lee Park"] == ["f"]
    assert "f" in cues["Anna Brown"]
    assert speakers.vote(["f", "f", "m"]) == "f" and speakers.vote(["f", "m"]) is None
    assert speakers.agrees("he", None) and not speakers.agrees("he", "f") and speakers.agrees("it", "f")


def test_pronoun_in_the_subjects_own_relative_clause_is_no_cue():
    nlp = get_nlp()
    doc = nlp("Another neighbour, Clara Wendt, who drove to Riga to meet him, said the family was relieved.")
    spans = [s for s in doc.ents if s.label_ == "PERSON"]
    assert speakers.mention_cues(spans[0], spans) == []


def test_she_resolves_past_a_relative_clause_with_him(quotes_of):
    text = (
        "Prisoners in Minsk\nA colleague, Clara Wendt, who drove to Riga to meet him, said the "
        "family was relieved. “They have waited two years for this,” she said."
    )
    row = one(quotes_of(text))
    assert (row["speaker"], row["attribution"]) == ("Clara Wendt", "pronoun")


def test_pronoun_prefers_the_main_clause_subject(quotes_of):
    text = (
        "Prisoners in Minsk\nMarta Kowalska, 47, a neighbour, waited at the border.\n\n"
        "Kowalska said Tomas Berg seemed exhausted. “He barely spoke on the drive,” she told reporters."
    )
    row = one(quotes_of(text))
    assert (row["speaker"], row["attribution"]) == ("Marta Kowalska", "pronoun")


@pytest.mark.parametrize("outer_open, outer_close", [("“", "”"), ('"', '"')])
def test_a_nested_quotation_in_the_same_glyph_stays_in_its_quotation(quotes_of, outer_open, outer_close):
    # web copy often nests double marks in double marks; the inner pair is part of the outer quote
    text = (
        "Voters Speak\n\n"
        f"{outer_open}I would rather live in what he calls “chaos” than in his kind of order.{outer_close}"
        " ― Maria Ostrova\n"
    )
    row = one(quotes_of(text))
    assert (row["text"], row["speaker"]) == (
        "I would rather live in what he calls “chaos” than in his kind of order.",
        "Maria Ostrova",
    )


def test_an_unclosed_quotation_before_a_new_one_is_no_nesting(quotes_of):
    # 'open, open, close' is a missing closing mark, not a nested pair: two quotations
    text = "Voters Speak\n\n“We waited all day. “Nobody came to count the ballots,” said Lena Brook.\n"
    assert quotes_of(text)["text"].tolist() == ["We waited all day.", "Nobody came to count the ballots"]


def test_an_initial_is_part_of_a_credit_line_name(quotes_of):
    text = "Voters Speak\n\n“The debate changed nothing for me and my family.” ― Julie A. Moran.\n\nPhoto: archive."
    assert quotes_of(text)[["speaker", "attribution"]].values.tolist() == [["Julie A. Moran", "dash"]]


def test_an_object_pronoun_of_the_speakers_own_verb_is_no_gender_cue(quotes_of):
    """ "Sarah Dubois, a cousin, spoke to him on Saturday. "...," she said": "him" is someone
    else, so Sarah Dubois stays a candidate for "she" (binding theory, principle B)."""
    table = quotes_of(
        "Aid worker home\n\n"
        "Belgium's prime minister, Alexander De Croo, has defended the exchange.\n\n"
        'Sarah Dubois, a cousin who led the campaign, spoke to him on Saturday. "We never stopped believing," '
        "she said.\n"
    )
    assert one(table)["speaker"] == "Sarah Dubois"


def test_a_quoted_charge_after_a_gerund_of_the_charge_is_no_quotation(quotes_of):
    """'found guilty of smuggling cash and of financing "actions grossly violating public order"'."""
    table = quotes_of(
        "Rights defenders jailed\n\n"
        'The court found the four men guilty of smuggling cash and of financing "actions grossly violating '
        'public order," charges that stem from their work.\n'
    )
    assert table.empty


def test_a_body_taken_up_by_its_head_noun_is_named_in_full(quotes_of):
    """ "the Department of State is imposing visa restrictions ... the Department said": the
    speaker is the Department of State (the gazetteer's U.S. State Department), not a "Department"."""
    table = quotes_of(
        "Visa restrictions\n\n"
        "In addition, the Department of State is today imposing visa restrictions on officials.\n\n"
        '"The path to relief is open to anyone who chooses democracy," the Department said.\n'
    )
    assert one(table)["speaker"] == "U.S. State Department"
