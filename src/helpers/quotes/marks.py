"""Finding direct quotations: pairing double quote marks into quotation spans.

A quotation is text between double quote marks: curly ``“ ”``, straight ``"``, the two
grave accents and two apostrophes of LDC newswire (AP, NYT), low ``„`` or guillemets ``« »``
(:mod:`helpers.lexicon.quote_marks`). Single quotes and apostrophes (``don’t``,
``Lukashenko’s``) never open a quotation. A mark's role (open or close) comes from the
characters around it, like CommonMark's left/right-flanking rule (https://spec.commonmark.org/0.31.2/#left-flanking-delimiter-run),
then from its glyph. A paragraph that ends inside a quotation and a next paragraph that
starts with an opening mark make one quotation (the AP/wire convention for quotes that
run over several paragraphs, https://www.apstylebook.com "quotation marks"), unless the next
paragraph opens a transcript turn with a speaker label (``"WALLACE: …``).

Quoted phrases that are not speech are dropped (:func:`is_quotation`): titles (every
content word capitalised, at most :data:`MAX_TITLE_WORDS` words: ``on “Fox News Sunday,”``)
and unattributed phrases shorter than :data:`MIN_WORDS` words (scare quotes: ``the
so-called “reset”``).

Attribution (who said it) lives in :mod:`helpers.quotes.extract`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from helpers.core.frames import records
from helpers.core.structure import MINOR_WORDS
from helpers.lexicon.quote_marks import CLOSING_MARKS, OPENING_MARKS, QUOTE_MARKS

# characters of double quote marks after which a mark opens (not the apostrophe: "the Smiths'")
QUOTE_GLYPHS = frozenset("".join(QUOTE_MARKS)) - {"'"}
# One alternative per mark, longest first; a closing mark of two characters is the last two
# of a run (a nested single mark, then the closing one: ``no.'''``).
MARK = re.compile(
    "|".join(
        re.escape(m) + (f"(?!{re.escape(m[-1])})" if m in CLOSING_MARKS and len(m) > 1 else "") for m in QUOTE_MARKS
    )
)
LEFT_CONTEXT = "([{—–-/"  # characters after which a mark opens
RIGHT_CONTEXT = ".,;:!?)]}—–-…"  # characters before which a mark closes
# A transcript's speaker label opening a quoted turn ('"PENCE: Well, look, …'): one to three
# words in capitals and a colon (the convention of broadcast transcripts quoted in news copy).
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s")
MIN_WORDS = 3  # shorter quoted phrases are kept only if a verb or colon attributes them
# a quoted phrase of at most this many words that names a charge ('found guilty of "drug
# smuggling"', 'for "organising actions that grossly violate public order"', the wording of
# the Belarusian criminal code's article 342) is the charge's wording, not speech
# (helpers.quotes.extract)
MAX_TERM_WORDS = 8
MAX_TITLE_WORDS = 8  # a capitalised quotation this short is a title, not speech


@dataclass
class QuoteSpan:
    """One quotation: content offsets, its marks and blocks; ``found`` is filled by attribution."""

    start: int  # content offsets (article), end exclusive
    end: int
    open_mark: int | None  # article offset of the opening mark (its first character), None if missing
    close_mark: int | None  # article offset of the closing mark's last character
    first_block: int
    last_block: int
    balanced: bool = True
    found: dict = field(default_factory=dict)  # speaker, cue, attribution, spans


def mark_roles(text: str) -> list[tuple[int, str, int]]:
    """Double quote marks of a text with their role.

    Args:
        text: one block's text.

    Returns:
        ``[(offset, "open" | "close", width), ...]`` in text order; ``width`` is the mark's
        length in characters (2 for the marks of LDC newswire).

    Examples:
        >>> mark_roles('He said "no," she didn’t.')
        [(8, 'open', 1), (12, 'close', 1)]
        >>> mark_roles("``It was a bomb,'' he said.")
        [(0, 'open', 2), (16, 'close', 2)]
    """
    roles, inside = [], False
    for match in MARK.finditer(text):
        i, mark = match.start(), match.group()
        prev = text[i - 1] if i else " "
        nxt = text[match.end()] if match.end() < len(text) else " "
        left = prev.isspace() or prev in LEFT_CONTEXT or prev in QUOTE_GLYPHS
        right = nxt.isspace() or nxt in RIGHT_CONTEXT
        if left != right:
            role = "open" if left else "close"
        elif mark in OPENING_MARKS or mark in CLOSING_MARKS:
            role = "open" if mark in OPENING_MARKS else "close"
        else:
            role = "close" if inside else "open"
        inside = role == "open"
        roles.append((i, role, len(mark)))
    return roles


def find_quote_spans(blocks: pd.DataFrame) -> list[QuoteSpan]:
    """Pair the quote marks of all blocks into quotations (see the module docstring).

    Args:
        blocks: the ``blocks`` table (block_id, text, start_char, end_char).

    Returns:
        One ``QuoteSpan`` per quotation, in text order; content offsets are stripped of
        surrounding spaces. An opening mark never closed (and not continued by the next
        paragraph) runs to the end of its block; a closing mark never opened starts
        after the previous mark of its block; both have ``balanced=False``.
    """
    quotes: list[QuoteSpan] = []
    pending: QuoteSpan | None = None  # an open quotation
    prev_end = 0
    for block in records(blocks):
        marks = mark_roles(block.text)
        if pending is not None:
            if marks and marks[0][:2] == (0, "open") and block.kind == "paragraph" and not _new_turn(block.text):
                marks = marks[1:]  # wire convention: the next paragraph reopens
            elif not (marks and marks[0][1] == "close"):
                quotes.append(_close(pending, prev_end, block.block_id - 1, balanced=False))
                pending = None
        marks = drop_nested(marks, inside=pending is not None)
        seg_start = block.start_char
        for offset, role, width in marks:
            pos = block.start_char + offset
            if role == "open":
                if pending is not None:
                    quotes.append(_close(pending, pos, block.block_id, balanced=False))
                pending = QuoteSpan(pos + width, -1, pos, None, block.block_id, block.block_id)
            elif pending is None:
                quotes.append(
                    _close(
                        QuoteSpan(seg_start, -1, None, None, block.block_id, block.block_id),
                        pos,
                        block.block_id,
                        balanced=False,
                    )
                )
            else:
                quotes.append(_close(pending, pos, block.block_id, close_mark=pos + width - 1))
                pending = None
            seg_start = pos + width
        prev_end = block.end_char
    if pending is not None:
        quotes.append(_close(pending, prev_end, int(blocks["block_id"].iloc[-1]), balanced=False))
    return quotes


def _new_turn(text: str) -> bool:
    """True if a paragraph opens a transcript turn after its opening mark ('"WALLACE: …'):
    a new speaker, so not the continuation of the previous paragraph's quotation."""
    mark = MARK.match(text)
    return mark is not None and TRANSCRIPT_LABEL.match(text, mark.end()) is not None


def drop_nested(marks: list[tuple[int, str, int]], *, inside: bool = False) -> list[tuple[int, str, int]]:
    """The marks of one block without those of quotations nested in a quotation of the same
    double glyph (web copy that ignores the single marks of nested quotes: ``“I’d rather live in
    what he calls “hell” than here.”``): an opening mark inside an open quotation whose next two
    marks both close opens a nested quotation; it and the first closing mark are dropped, and
    the nested words stay in the outer content (Chicago Manual of Style 6.11 and AP Stylebook
    "quotation marks": a quotation within a quotation is part of it).

    Args:
        marks: ``[(offset, role, width)]`` of :func:`mark_roles`.
        inside: True when a quotation of an earlier block is still open.

    Examples:
        >>> drop_nested([(0, "open", 1), (10, "open", 1), (15, "close", 1), (30, "close", 1)])
        [(0, 'open', 1), (30, 'close', 1)]
        >>> drop_nested([(0, "open", 1), (10, "open", 1), (15, "close", 1)])
        [(0, 'open', 1), (10, 'open', 1), (15, 'close', 1)]
    """
    out, i = [], 0
    while i < len(marks):
        role = marks[i][1]
        if role == "open" and inside and [m[1] for m in marks[i + 1 : i + 3]] == ["close", "close"]:
            i += 2  # the nested pair; the outer closing mark comes next
            continue
        out.append(marks[i])
        inside = role == "open"
        i += 1
    return out


def _close(
    quote: QuoteSpan, end: int, block_id: int, *, balanced: bool = True, close_mark: int | None = None
) -> QuoteSpan:
    quote.end, quote.last_block, quote.balanced, quote.close_mark = end, block_id, balanced, close_mark
    return quote


def trim(quote: QuoteSpan, text: str) -> bool:
    """Strip spaces (and a trailing comma) from a quotation's content, in place.

    Args:
        quote: the span to trim (``start``/``end`` are moved).
        text: the article text.

    Returns:
        False if nothing is left.
    """
    while quote.start < quote.end and text[quote.start].isspace():
        quote.start += 1
    while quote.end > quote.start and (text[quote.end - 1].isspace() or text[quote.end - 1] == ","):
        quote.end -= 1
    return quote.end > quote.start


def is_quotation(content: str, found: dict) -> bool:
    """Keep sentences and attributed phrases; drop titles of works and shows (every
    content word capitalised: 'on “Fox News Sunday,”') and unattributed scare quotes.

    Args:
        content: the quoted text, without its outer marks.
        found: the attribution fields (``cue`` and ``speaker``: str or None, ``attribution``: str);
            a phrase shorter than :data:`MIN_WORDS` words needs a cue and a speaker, or a colon
            ('It was not stated how the union would "seize control"' is no quotation).

    Returns:
        True if the quoted text is speech to keep.
    """
    words = quote_words(content)
    content_words = [w for w in words if w.lower() not in MINOR_WORDS]
    if not content_words or (
        len(words) <= MAX_TITLE_WORDS
        and content.rstrip()[-1:] not in "?!"
        and all(w[0].isupper() for w in content_words)
    ):
        return False
    spoken = found["cue"] is not None and found["speaker"] is not None
    return len(words) >= MIN_WORDS or spoken or found["attribution"] == "colon"


def quote_words(content: str) -> list[str]:
    """The words of a quotation (letters first; numbers alone are no words).

    Examples:
        >>> quote_words("spy-mania, 1987")
        ['spy-mania']
    """
    return re.findall(r"[^\W\d_][\w’'-]*", content)
