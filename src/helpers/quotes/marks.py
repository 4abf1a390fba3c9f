"""Finding direct quotations: pairing double quote marks into quotation spans.

A quotation is text between double quote marks (curly ``“ ”``, low ``„``, guillemets
``« »`` or straight ``"``). Single quotes and apostrophes (``don’t``, ``Lukashenko’s``)
never open a quotation. A mark's role (open or close) comes from the characters around
it, like CommonMark's left/right-flanking rule (https://spec.commonmark.org/0.31.2/#left-flanking-delimiter-run),
then from its glyph. A paragraph that ends inside a quotation and a next paragraph that
starts with an opening mark make one quotation (the AP/wire convention for quotes that
run over several paragraphs, https://www.apstylebook.com "quotation marks").

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

from helpers.core.structure import MINOR_WORDS

OPEN_GLYPHS, CLOSE_GLYPHS, STRAIGHT = "“„‟«", "”»", '"'
QUOTE_GLYPHS = OPEN_GLYPHS + CLOSE_GLYPHS + STRAIGHT
LEFT_CONTEXT = "([{—–-/"  # characters after which a mark opens
RIGHT_CONTEXT = ".,;:!?)]}—–-…"  # characters before which a mark closes
MIN_WORDS = 3  # shorter quoted phrases are kept only if a verb or colon attributes them
MAX_TITLE_WORDS = 8  # a capitalised quotation this short is a title, not speech


@dataclass
class QuoteSpan:
    """One quotation: content offsets, its marks and blocks; ``found`` is filled by attribution."""

    start: int  # content offsets (article), end exclusive
    end: int
    open_mark: int | None  # article offset of the opening mark, None if missing
    close_mark: int | None
    first_block: int
    last_block: int
    balanced: bool = True
    found: dict = field(default_factory=dict)  # speaker, cue, attribution, spans


def mark_roles(text: str) -> list[tuple[int, str]]:
    """Double quote marks of a text with their role.

    Args:
        text: one block's text.

    Returns:
        ``[(offset, "open" | "close"), ...]`` in text order.

    Examples:
        >>> mark_roles('He said "no," she didn’t.')
        [(8, 'open'), (12, 'close')]
    """
    roles, inside = [], False
    for i, ch in enumerate(text):
        if ch not in QUOTE_GLYPHS:
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        left = prev.isspace() or prev in LEFT_CONTEXT or prev in QUOTE_GLYPHS
        right = nxt.isspace() or nxt in RIGHT_CONTEXT
        if left != right:
            role = "open" if left else "close"
        elif ch in OPEN_GLYPHS or ch in CLOSE_GLYPHS:
            role = "open" if ch in OPEN_GLYPHS else "close"
        else:
            role = "close" if inside else "open"
        inside = role == "open"
        roles.append((i, role))
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
    for block in blocks.itertuples(index=False):
        marks = mark_roles(block.text)
        if pending is not None:
            if marks and marks[0] == (0, "open") and block.kind == "paragraph":
                marks = marks[1:]  # wire convention: the next paragraph reopens
            elif not (marks and marks[0][1] == "close"):
                quotes.append(_close(pending, prev_end, block.block_id - 1, balanced=False))
                pending = None
        seg_start = block.start_char
        for offset, role in marks:
            pos = block.start_char + offset
            if role == "open":
                if pending is not None:
                    quotes.append(_close(pending, pos, block.block_id, balanced=False))
                pending = QuoteSpan(pos + 1, -1, pos, None, block.block_id, block.block_id)
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
                quotes.append(_close(pending, pos, block.block_id, close_mark=pos))
                pending = None
            seg_start = pos + 1
        prev_end = block.end_char
    if pending is not None:
        quotes.append(_close(pending, prev_end, int(blocks["block_id"].iloc[-1]), balanced=False))
    return quotes


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
