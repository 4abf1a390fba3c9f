"""helpers.core.structure: blocks and sentences, on the seed and on other shapes of text."""

import pytest

from helpers.core.structure import is_heading_line, parse_structure, split_blocks

from conftest import SEED


@pytest.fixture(scope="module")
def seed_blocks():
    return split_blocks(SEED.read_text(encoding="utf-8"))


def test_seed_blocks(seed_blocks):
    kinds = seed_blocks["kind"].value_counts().to_dict()
    assert kinds == {"title": 1, "heading": 10, "list_item": 3, "paragraph": 15}
    headings = seed_blocks.loc[seed_blocks["kind"] == "heading", "text"].tolist()
    assert sum(h[0].islower() for h in headings) == 2
    assert "lukashenko’s Contradictory Position Regarding Political Prisoners" in headings
    assert any(h.startswith("bilateral Outreach") for h in headings)
    assert sum(h.endswith("?") for h in headings) == 1
    colon_line = seed_blocks[seed_blocks["text"].str.endswith(":")]
    assert set(colon_line["kind"]) == {"paragraph"} and len(colon_line) == 2


def test_offsets_point_into_the_text(seed_blocks):
    text = SEED.read_text(encoding="utf-8")
    assert all(text[b.start_char : b.end_char] == b.text for b in seed_blocks.itertuples())
    items = seed_blocks[seed_blocks["kind"] == "list_item"]
    assert items["text"].str.startswith(("Ales", "Maria", "Viktar")).all()  # marker "- " not in the text
    assert seed_blocks.loc[8, "section"] == "Key Political Prisoners at the Center of Diplomacy"


def test_markdown_and_wrapped_paragraphs():
    text = (
        "# Venezuela Frees Americans\n\nBy Jane Roe\n\n## Talks in Caracas\n\n"
        "CARACAS, Dec 20 (Reuters) - Venezuela freed ten Americans on Wednesday\n"
        "in exchange for a businessman, officials said.\n\n"
        "* First freed person\n* Second freed person\n\nHe said:\n"
    )
    b = split_blocks(text)
    assert b["kind"].tolist() == ["title", "byline", "heading", "paragraph", "list_item", "list_item", "paragraph"]
    assert b.loc[0, "text"] == "Venezuela Frees Americans"
    assert b.loc[3, "text"] == (
        "CARACAS, Dec 20 (Reuters) - Venezuela freed ten Americans on Wednesday\n"
        "in exchange for a businessman, officials said."
    )
    assert all(text[r.start_char : r.end_char] == r.text for r in b.itertuples())


def test_indented_paragraphs_join_every_wrapped_line():
    # Reuters-21578 layout: each paragraph's first line indented, lines wrapped at ~65 columns
    text = (
        "SWEDEN BACKS SANCTIONS\n\n"
        "Sweden's ruling Social Democratic\n"
        "Party backed sanctions with the support of the U.N.\n"
        "Security Council, Prime Minister Ingvar Carlsson said.\n"
        '    Appearing on the program "Meet the Press," the\n'
        "Kansas senator said the talks, led by former Texas Sen.\n"
        "John Tower, had ended.\n"
        "    The cabinet will decide later.\n"
    )
    b = split_blocks(text)
    assert b["kind"].tolist() == ["title", "paragraph", "paragraph", "paragraph"]
    assert b.loc[1, "text"].endswith("Prime Minister Ingvar Carlsson said.")
    assert b.loc[2, "text"].startswith("Appearing") and b.loc[2, "text"].endswith("John Tower, had ended.")
    assert all(text[r.start_char : r.end_char] == r.text for r in b.itertuples())
    # the same lines without indented paragraphs keep the punctuation rule
    flat = split_blocks(text.replace("    ", ""))
    assert flat["kind"].tolist()[:2] == ["title", "heading"]
    assert "Security Council, Prime Minister Ingvar Carlsson said." in flat["text"].tolist()


def test_ldc_quote_marks_end_a_line():
    text = "Talks Resume\n\nHe said: ``We are done.''\nThe talks went on,''\nsaid Smith."
    assert split_blocks(text)["text"].tolist() == [
        "Talks Resume",
        "He said: ``We are done.''",
        "The talks went on,''\nsaid Smith.",
    ]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Russia And U.S. Swap Prisoners In Ankara", True),
        ("Why Did Minsk Let Them Go?", True),
        ("The exchange took place in Ankara.", False),
        ("She said:", False),
        ("Officials in Caracas declined to comment on the talks", False),
        ("2024", False),
    ],
)
def test_heading_shape(line, expected):
    assert is_heading_line(line) is expected


def test_sentences_stay_inside_blocks():
    text = "Iran Frees Five Americans\nIran released five Americans on Monday. They flew to Doha.\nWhat Comes Next\n"
    p = parse_structure("t", text, None)
    assert p.sentences["text"].tolist() == [
        "Iran Frees Five Americans",
        "Iran released five Americans on Monday.",
        "They flew to Doha.",
        "What Comes Next",
    ]
    assert p.sentences["block_id"].tolist() == [0, 1, 1, 2]
    assert p.sentence_id_at(text.index("Doha")) == 2


def test_an_abbreviated_title_before_a_name_ends_no_sentence():
    """ "Staff Sgt. John Doe", "Amb. Jane Roe": the AP Stylebook's abbreviated titles are one token
    (helpers.lexicon.people.TITLE_ABBREVIATIONS), so the name stays in its sentence."""
    text = (
        "Verdict\n\nLast month, Marine Staff Sgt. John Doe was detained in Moscow. "
        "Lt. Col. Jan Nowak and Amb. Jane Roe met him on Friday.\n"
    )
    p = parse_structure("t", text, None)
    assert p.sentences["text"].tolist()[1:] == [
        "Last month, Marine Staff Sgt. John Doe was detained in Moscow.",
        "Lt. Col. Jan Nowak and Amb. Jane Roe met him on Friday.",
    ]


def test_a_very_long_paragraph_is_parsed_in_pieces_cut_at_sentence_ends():
    from helpers.core.structure import MAX_PARAGRAPH_CHARS

    sentence = "Officials said the envoy met the prisoners' families in Minsk on Saturday. "
    text = "A long article\n\n" + sentence * (5 * MAX_PARAGRAPH_CHARS // 2 // len(sentence))  # 2.5 x the limit
    blocks = split_blocks(text)
    paragraphs = blocks[blocks["kind"] == "paragraph"]
    assert len(paragraphs) == 3
    assert (paragraphs["end_char"] - paragraphs["start_char"]).max() <= MAX_PARAGRAPH_CHARS
    assert all(t.startswith("Officials said") and t.endswith("Saturday.") for t in paragraphs["text"])
    assert all(text[r.start_char : r.end_char] == r.text for r in blocks.itertuples())


def test_a_short_sentence_case_line_is_a_heading():
    """BBC, Guardian and CNN subheadings are in sentence case ("Who was freed?", "Years behind
    bars"); a short line that ends like a sentence stays a paragraph."""
    blocks = split_blocks(
        "Title Here\n\nBelarus freed 52 prisoners on Thursday.\n\nWho was freed?\n\nYears behind bars\n\nHe left.\n"
    )
    assert blocks["kind"].tolist() == ["title", "paragraph", "heading", "heading", "paragraph"]


def test_a_typographic_apostrophe_is_parsed_as_a_possessive_and_kept_in_the_text():
    """spaCy reads "July’s disputed election" as a clause ("July" an adverbial); the parser gets
    the ASCII apostrophe (same length) and the sentences keep the article's own characters."""
    text = (
        "Title line\n\nVenezuelan authorities on Saturday released more than 100 people who had been jailed in the "
        "crackdown that followed July’s disputed presidential election.\n"
    )
    parsed = parse_structure("t", text, None)
    july = next(t for doc in parsed.docs for t in doc if t.text == "July")
    assert (july.dep_, july.head.text) == ("poss", "election")
    assert "July’s" in parsed.sentences["text"].iloc[-1]


def test_unmarked_points_after_a_colon_line_are_blocks_of_their_own():
    """ABC News "Key points:": one point a line, no bullet, no full stop. Each point is its own
    block (not a wrapped paragraph, not a heading); a line with a full stop ends the list."""
    text = (
        "Iran frees French academic\n\n"
        "Key points:\n"
        "France freed an Iranian engineer, and Iran released a French academic\n"
        "His partner, anthropologist Fariba Adelkhah, remains in Evin prison\n"
        "An Australian academic has been held in Iran since September 2018\n\n"
        "A spokesman said:\n"
        "“We welcome the release.”\n"
        "Lukashenko's Position Regarding Political Prisoners\n"
        "He denies holding any."
    )
    blocks = split_blocks(text)
    assert blocks["kind"].tolist() == ["title", *["paragraph"] * 6, "heading", "paragraph"]
    assert blocks["text"].tolist()[2:5] == [
        "France freed an Iranian engineer, and Iran released a French academic",
        "His partner, anthropologist Fariba Adelkhah, remains in Evin prison",
        "An Australian academic has been held in Iran since September 2018",
    ]
    # a wrapped line that goes on in lowercase is still one paragraph
    assert split_blocks("Title\n\nHe said:\nthe talks went on\nfor hours").kind.tolist() == [
        "title",
        "paragraph",
        "paragraph",
    ]
