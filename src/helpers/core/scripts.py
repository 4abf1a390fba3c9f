"""What a reader cannot see: invisible format characters and letters of another script
that look like Latin ones (Unicode Technical Standard #39, https://www.unicode.org/reports/tr39/).

- :func:`visible_text` drops Unicode format characters (general category Cf: zero-width
  space and joiner, soft hyphen, bidirectional overrides, word joiner) and composes the
  text to NFC, so that "Bia\\u200bliatski" is the name a reader sees. It runs when an
  article is loaded: every offset refers to the cleaned text (``Article.text``, stored as
  ``text.txt``), as for the line endings already normalised there.
- :func:`latin_skeleton` maps, inside words that mix Latin with Cyrillic or Greek letters,
  each look-alike letter to the Latin one it imitates. One character for one, so offsets do
  not move: spaCy reads the skeleton, the tables keep the text as written.
- :func:`is_mixed_script` flags such words for the ``mixed_script`` column of mentions and
  entities (TR39's "mixed-script confusable" case), rather than dropping them.
"""

from __future__ import annotations

import re
import unicodedata

from helpers.lexicon.scripts import LATIN_LOOKALIKES

_WORD = re.compile(r"[^\W\d_]+")


def visible_text(text: str) -> tuple[str, int]:
    """``(text without format characters, composed to NFC; how many were removed)``.

    Examples:
        >>> visible_text("Ales Bia\\u200bliatski\\u00ad and Maria\\u202e")
        ('Ales Bialiatski and Maria', 3)
    """
    kept = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return unicodedata.normalize("NFC", kept), len(text) - len(kept)


def _script(char: str) -> str:
    """The script of a letter, from its Unicode name (LATIN, CYRILLIC, GREEK, ...)."""
    return unicodedata.name(char, "UNKNOWN").split(" ")[0]


def is_mixed_script(text: str) -> bool:
    """True if a word of ``text`` mixes Latin letters with letters of another script.

    Examples:
        >>> is_mixed_script("Lukаshenko"), is_mixed_script("Lukashenko"), is_mixed_script("Лукашэнка")
        (True, False, False)
    """
    return any(
        len({_script(c) for c in word}) > 1 and any(_script(c) == "LATIN" for c in word) for word in _WORD.findall(text)
    )


def latin_skeleton(text: str) -> str:
    """``text`` with the look-alike letters of mixed-script words made Latin, same length.

    Examples:
        >>> latin_skeleton("Lukаshenko met Лукашэнка")
        'Lukashenko met Лукашэнка'
    """
    if text.isascii():
        return text
    return _WORD.sub(lambda m: m.group().translate(_TABLE) if is_mixed_script(m.group()) else m.group(), text)


_TABLE = str.maketrans(LATIN_LOOKALIKES)
