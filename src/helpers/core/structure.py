"""Structure of a news article: blocks (title, heading, byline, paragraph, list_item)
and the sentences inside them.

Headings are told from paragraphs by their shape, not by their words: a short line (at most 16
words), not a wire dateline, not continued in lowercase on the next line, that does not end like
a sentence (``.``, ``,``, ``;``, ``:``, a closing quote) and whose content words are mostly
capitalised (title case) or that has at most six words and starts with a capital (sentence
case), or a Markdown ``#`` line. A question mark may end a heading. A line ending with ``:`` is
a paragraph (it usually introduces a quotation). Lines of a hard-wrapped paragraph (a paragraph
line ending mid-sentence: without final punctuation, or with a comma or a semicolon, before a
closing quote or not; followed by a line that is not indented, not blank, not a list item) are
joined into one block; an indented line starts a new paragraph (the Reuters convention). After a
line ending with ``:``, lines that start with a capital and end without a full stop are points
of a list, one block each ("Key points:" of ABC News). In a text that marks its paragraphs by
indenting their first line (at least :data:`MIN_INDENTED_PARAGRAPHS` indented lines right after
a text line, as in Reuters-21578 wire copy), every line that is not indented goes on the block
above, whatever it ends with ("the U.N.\nSecurity Council", "Sen.\nJohn Tower"), and a line
followed by such a line is no heading: a line break there is the wrap of the teleprinter, not a
break of the text.

Blocks are parsed by spaCy one by one, so a heading never becomes part of the next
paragraph's sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from helpers.core.frames import from_rows, records

BLOCK_KINDS = ("title", "heading", "byline", "paragraph", "list_item")
MAX_HEADING_WORDS = 16
# a line this short that starts with a capital and does not end like a sentence is a heading in
# sentence case (BBC, Guardian, CNN and Al Jazeera subheadings: "What happens next?")
MAX_SENTENCE_CASE_HEADING_WORDS = 6
MIN_INDENTED_PARAGRAPHS = 2  # indented lines after a text line that show the indent convention
MAX_BLOCK_CHARS = 100_000  # a hard-wrapped paragraph is cut here (spaCy's limit is 1,000,000)
# A longer paragraph is parsed in pieces cut at sentence ends: memory and the cost of rules
# that walk a block's sentences grow with block length. The longest paragraph in TimeBank,
# AQUAINT, PolNeAR and 200 Reuters stories is 11,090 characters, so real text is never cut.
MAX_PARAGRAPH_CHARS = 20_000
# closing marks include the two apostrophes and opening ones the two grave accents of LDC
# newswire (helpers.lexicon.quote_marks)
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])(?:[\"”’)\]]|'')*\s+(?=(?:``|[\"“‘(\[])?[A-Z0-9])")
# Function words that stay lowercase in title case (Chicago Manual of Style, 8.159).
MINOR_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs from into onto "
    "over with than upon amid after about near since till until".split()
)
MD_HEADING = re.compile(r"^(#{1,6})\s+")
LIST_MARK = re.compile(r"^\s*(?:[-*•–·]|\d{1,2}[.)])\s+")
BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&))*,?(?:\s+\w+)*$")
# Wire dateline: "CARACAS, Dec 20 (Reuters) -", "MINSK (AP) —", "WASHINGTON —",
# "WASHINGTON/LONDON, Aug 10 -" (a story filed from two cities), "MOSCOW (AP)_" (AP wire
# copy of the 1990s, as in TimeBank and AQUAINT, ends it with an underscore). Also read by
# helpers.events.story_dates: the date of a dateline dates no event.
DATELINE = re.compile(r"^[A-Z][A-Z .'’/-]{2,}(?:,[^-—–_]{0,40})?(?:\([^)]{1,30}\))?\s*[-—–_]\s")
ENDS_WITH_PUNCTUATION = re.compile(r"(?:[.,;:!…\"”’»)]|'')\s*$")
ENDS_MID_SENTENCE = re.compile(r"[,;](?:[\"”’»]|'')?\s*$")  # 'the talks,' / 'have been held,"' goes on
WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def is_heading_line(line: str) -> bool:
    """True if a line has the shape of a heading (see the module docstring).

    Examples:
        >>> is_heading_line("Sanctions Adjustment on Potash Exports as Part of Agreement")
        True
        >>> is_heading_line("An Opportunity To Impact Regional Stability?")
        True
        >>> is_heading_line("The talks lasted two days.")
        False
        >>> is_heading_line("Who was freed?"), is_heading_line("Years behind bars")
        (True, True)
    """
    line = line.strip()
    words = WORD.findall(line)
    if not words or len(words) > MAX_HEADING_WORDS or ENDS_WITH_PUNCTUATION.search(line):
        return False
    content = [w for w in words if w.lower() not in MINOR_WORDS]
    if not content:
        return False
    if len(words) <= MAX_SENTENCE_CASE_HEADING_WORDS and line[0].isupper():
        return True  # "Years behind bars", "Who was freed?": sentence-case subheadings
    capitalised = sum(w[0].isupper() for w in content)
    return capitalised / len(content) >= 0.6 and capitalised >= 1


def _lines(text: str):
    """Yield ``(start, end, line)`` for every line of text (end exclusive, no newline)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def split_blocks(text: str) -> pd.DataFrame:
    """Split an article's text into blocks.

    Args:
        text: the article text (``Article.text``), lines separated by ``\\n``.

    Returns:
        DataFrame with columns block_id (int64, 0..n-1), kind (str, one of
        :data:`BLOCK_KINDS`), section (str or None: the text of the heading above),
        text (str, without Markdown or list markers), start_char, end_char (int64,
        offsets into ``text``, end exclusive; ``text[start_char:end_char] == block text``).

    Examples:
        >>> split_blocks("Big News Today\\nIt happened.\\n- one item").kind.tolist()
        ['title', 'paragraph', 'list_item']
    """
    rows: list[dict] = []
    lines = list(_lines(text))
    indents = _indents_paragraphs([line for _, _, line in lines])
    after_blank = True
    for i, (start, end, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            after_blank = True
            continue
        indented = line[:1].isspace()
        start += len(line) - len(line.lstrip())
        end -= len(line) - len(line.rstrip())
        prev = rows[-1] if rows else None
        if (
            prev
            and prev["kind"] == "paragraph"
            and not after_blank
            and not indented
            and (indents or _goes_on(text[prev["start_char"] : prev["end_char"]][-3:]))
            and end - prev["start_char"] <= MAX_BLOCK_CHARS
            and not MD_HEADING.match(stripped)
            and not LIST_MARK.match(stripped)
            and not (prev.get("listed") and stripped[:1].isupper())
        ):
            prev["end_char"] = end  # a hard-wrapped paragraph goes on
            after_blank = False
            continue
        following = lines[i + 1][2] if i + 1 < len(lines) else ""
        wrapped = following.lstrip()[:1].islower() or (indents and following[:1].strip() != "")
        kind, marker = _classify(stripped, first=not rows, wrapped=wrapped)
        start += marker
        listed = bool(prev) and not after_blank and not indents and _introduces(text, prev)
        kind = "paragraph" if listed and kind == "heading" else kind  # a point of the list, not a heading
        rows.append({"kind": kind, "start_char": start, "end_char": end, "listed": listed})
        after_blank = False
    rows = [piece for row in rows for piece in _pieces(text, row)]
    for row in rows:
        row["text"] = text[row["start_char"] : row["end_char"]]
    for i, row in enumerate(rows):
        row["block_id"] = i
    ints = dict.fromkeys(("block_id", "start_char", "end_char"), "int64")
    frame = from_rows(rows, ["block_id", "kind", "text", "start_char", "end_char"], ints)
    heading_text = frame["text"].where(frame["kind"] == "heading")
    frame.insert(2, "section", heading_text.ffill().astype(object).where(lambda s: s.notna(), None))
    return frame


def _pieces(text: str, row: dict) -> list[dict]:
    """A block, or for a paragraph over :data:`MAX_PARAGRAPH_CHARS` consecutive paragraph
    blocks of at most that length cut after a sentence end (else at a space, else hard)."""
    start, end = row["start_char"], row["end_char"]
    if row["kind"] != "paragraph" or end - start <= MAX_PARAGRAPH_CHARS:
        return [row]
    pieces = []
    while end - start > MAX_PARAGRAPH_CHARS:
        window = text[start : start + MAX_PARAGRAPH_CHARS]
        cuts = [m.start() for m in SENTENCE_BREAK.finditer(window)] or [window.rfind(" ")]
        cut = start + (cuts[-1] if cuts[-1] > 0 else MAX_PARAGRAPH_CHARS)
        pieces.append({**row, "start_char": start, "end_char": cut})
        start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
    return [*pieces, {**row, "start_char": start, "end_char": end}]


def _indents_paragraphs(lines: list[str]) -> bool:
    """True if a text marks its paragraphs by indenting their first line: at least
    :data:`MIN_INDENTED_PARAGRAPHS` indented lines right after a line of text (the Reuters
    wire layout; blank-line layouts have none)."""
    indented = sum(
        1 for before, line in zip(lines, lines[1:]) if line[:1].isspace() and line.strip() and before.strip()
    )
    return indented >= MIN_INDENTED_PARAGRAPHS


def _introduces(text: str, row: dict) -> bool:
    """True if the block ``row`` introduces a list of unmarked lines ("Key points:", then one
    point a line, each starting with a capital and ending without a full stop: ABC News, and
    summary boxes elsewhere) or is itself one of its points; such a line is no wrapped paragraph
    and no heading."""
    line = text[row["start_char"] : row["end_char"]]
    return line.endswith(":") or (row.get("listed", False) and not ENDS_WITH_PUNCTUATION.search(line[-3:]))


def _goes_on(tail: str) -> bool:
    """True if a paragraph line ending in ``tail`` stops mid-sentence: no final punctuation,
    or a comma or semicolon (before a closing quote: '…have been held,"')."""
    return not ENDS_WITH_PUNCTUATION.search(tail) or bool(ENDS_MID_SENTENCE.search(tail))


def _classify(line: str, *, first: bool, wrapped: bool = False) -> tuple[str, int]:
    """Kind of one stripped line and the length of its leading marker (``#``, ``-``)."""
    md = MD_HEADING.match(line)
    if md:
        return ("title" if first and len(md.group(1)) == 1 else "heading"), md.end()
    bullet = LIST_MARK.match(line)
    if bullet and len(line) > bullet.end():
        return "list_item", bullet.end()
    if first:
        return "title", 0
    if BYLINE.match(line) and len(line.split()) <= 8:
        return "byline", 0
    heading = not wrapped and not DATELINE.match(line) and is_heading_line(line)
    return ("heading" if heading else "paragraph"), 0


def sentence_rows(blocks: pd.DataFrame, docs: list) -> pd.DataFrame:
    """Sentences of every block, from their spaCy docs.

    Args:
        blocks: the table from :func:`split_blocks`.
        docs: one spaCy ``Doc`` per block, parsed from ``blocks.text`` in order.

    Returns:
        DataFrame with columns sentence_id (int64, 0..n-1 in text order), block_id
        (int64), text (str), start_char, end_char (int64, article offsets). A title,
        heading or byline is always exactly one sentence.
    """
    rows = []
    for block, doc in zip(records(blocks), docs):
        spans = [doc[:]] if block.kind != "paragraph" and block.kind != "list_item" else list(doc.sents)
        for sent in spans:
            text = block.text[sent.start_char : sent.end_char].strip()  # the block's own characters (the
            if not text:  # parser reads a same-length normalised text: helpers.core.nlp.parse_texts)
                continue
            start = block.start_char + sent.start_char
            rows.append({"block_id": block.block_id, "text": text, "start_char": start, "end_char": start + len(text)})
    for i, row in enumerate(rows):
        row["sentence_id"] = i
    columns = ["sentence_id", "block_id", "text", "start_char", "end_char"]
    return from_rows(rows, columns, dict.fromkeys(("sentence_id", "block_id", "start_char", "end_char"), "int64"))


@dataclass
class Parsed:
    """An article after structure and spaCy parsing: what every extractor reads.

    Attributes:
        article_id: the article's slug.
        text: the article text; all offsets point into it.
        published: the publication date (DCT), or None when unknown.
        blocks: table from :func:`split_blocks`.
        sentences: table from :func:`sentence_rows`.
        docs: one spaCy ``Doc`` per block (offsets relative to the block; add
            ``blocks.start_char`` to get article offsets).
    """

    article_id: str
    text: str
    published: dt.date | None
    blocks: pd.DataFrame
    sentences: pd.DataFrame
    docs: list

    def sentence_id_at(self, char: int) -> int:
        """The sentence_id of the sentence holding article offset ``char`` (or the
        nearest sentence before it).

        Raises:
            IndexError: the article has no sentence.
        """
        starts, ids = self._sentence_starts
        return int(ids[max(int(np.searchsorted(starts, char, side="right")) - 1, 0)])

    @cached_property
    def _sentence_starts(self) -> tuple[np.ndarray, np.ndarray]:
        """``sentences.start_char`` and ``sentences.sentence_id`` as arrays, read once: the
        extractors ask :meth:`sentence_id_at` thousands of times per hundred articles."""
        return self.sentences["start_char"].to_numpy(), self.sentences["sentence_id"].to_numpy()

    @cached_property
    def block_rows(self) -> list:
        """The rows of ``blocks`` as namedtuples (:func:`helpers.core.frames.records`), built once per article."""
        return records(self.blocks)

    def block_docs(self):
        """Yield ``(block, doc)`` pairs: block is a row namedtuple of ``blocks``."""
        yield from zip(self.block_rows, self.docs)


def parse_structure(
    article_id: str, text: str, published: dt.date | None, docs: list | None = None, blocks: pd.DataFrame | None = None
) -> Parsed:
    """Blocks, sentences and spaCy docs of one article.

    Args:
        article_id, text, published: from :class:`helpers.core.articles.Article`.
        docs: spaCy docs of the blocks if already parsed in a batch; parsed here if None.
        blocks: ``split_blocks(text)`` if already computed (with ``docs``).

    Returns:
        A :class:`Parsed`.
    """
    blocks = split_blocks(text) if blocks is None else blocks
    if docs is None:
        from helpers.core.nlp import parse_texts

        docs = parse_texts(blocks["text"].tolist())
    return Parsed(article_id, text, published, blocks, sentence_rows(blocks, docs), docs)
