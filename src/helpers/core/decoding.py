"""Bytes to text, and how a file that cannot be used is named.

:func:`decode`: UTF-8 (with or without BOM) and UTF-16/32 with a BOM as they are; mostly-valid
UTF-8 stays UTF-8 with the bad bytes replaced and counted; anything else is detected by
charset-normalizer, and a detection that turns punctuation into mojibake is refused.
:class:`ArticleError` and :func:`shown` give every problem one printable line naming the file.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

MAX_BAD_UTF8 = 0.001  # share of undecodable bytes tolerated (replaced, with a warning) in UTF-8 text
BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (docx/xlsx?)",
    b"\x7fELF": "an executable",
}


class ArticleError(ValueError):
    """An article file that cannot be used; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{shown(path)}: {problem}")


def shown(path: Path | str) -> str:
    r"""A path as it may be printed: bytes that are not UTF-8 (kept by Python as surrogate
    escapes, PEP 383) as ``\xe9``, control and format characters (newline, ANSI escape,
    right-to-left override) as ``\n``, ``\x1b``, ``\u202e``, so a file name can neither
    break a terminal line nor forge one.

    Examples:
        >>> shown("caf\udce9.txt")
        'caf\\xe9.txt'
        >>> shown("a\n\x1b[31mb.txt")
        'a\\n\\x1b[31mb.txt'
    """
    text = os.fsencode(str(path)).decode("utf-8", "backslashreplace")
    if text.isprintable():  # no character of category C (str.isprintable): nothing to escape
        return text
    return "".join(c if unicodedata.category(c)[0] != "C" else c.encode("unicode_escape").decode("ascii") for c in text)


def decode(raw: bytes, path: Path | str) -> tuple[str, str]:
    """Decode article bytes, returning ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are taken as they are; UTF-8
    with a few stray bytes (at most 0.1 %, or 3) keeps UTF-8 with each bad byte replaced
    by U+FFFD and says so in the encoding; anything else is detected by
    charset-normalizer (Windows-1251, Latin-1, ...).

    Raises:
        ArticleError: empty file, a binary file, a byte-order mark the bytes
        contradict, or bytes no encoding explains.
    """
    if not raw.strip():
        raise ArticleError(path, "empty or whitespace-only file (no text)")
    for magic, what in BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise ArticleError(path, f"binary file ({what}), not an article")
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(enc), enc
            except UnicodeDecodeError as exc:
                replaced = _tolerant_utf8(raw[3:]) if enc == "utf-8-sig" else None
                if replaced:
                    return replaced
                raise ArticleError(
                    path,
                    f"starts with a {enc.upper().replace('-SIG', '')} byte-order mark but is "
                    f"not valid {enc.upper().replace('-SIG', '')} "
                    f"({exc.reason} at byte {exc.start})",
                ) from None
    if b"\x00" in raw:
        raise ArticleError(path, "binary file (contains NUL bytes and no UTF-16 byte-order mark)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):
        return _utf8_replacing(raw)
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ArticleError(path, "cannot decode: no text encoding fits these bytes")
    if _is_mojibake(str(best)):
        raise ArticleError(path, f"decoding as {best.encoding} gives mojibake; save the file as UTF-8")
    return str(best), best.encoding


def _tolerant_utf8(raw: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` for UTF-8 with at most :data:`MAX_BAD_UTF8` (or 3) invalid
    bytes, each replaced by U+FFFD; None when more are invalid."""
    text, encoding = _utf8_replacing(raw)
    return None if text.count("\ufffd") > max(3, MAX_BAD_UTF8 * len(raw)) else (text, encoding)


def _utf8_replacing(raw: bytes) -> tuple[str, str]:
    """UTF-8 with each invalid byte replaced by U+FFFD; the encoding says how many."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
    return text, f"utf-8 ({bad} invalid byte{'s' if bad != 1 else ''} replaced)"


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(raw: bytes) -> bool:
    """True when at least half of the non-ASCII bytes belong to well-formed UTF-8
    sequences (a UTF-8 file with stray bytes), False for a legacy single-byte encoding,
    where such sequences are rare by chance. Bytes are counted, not sequences: a curly
    quote is three bytes of one sequence."""
    covered = sum(len(m) for m in _UTF8_SEQUENCE.findall(raw))
    return covered > 0 and 2 * covered >= len(re.findall(rb"[\x80-\xff]", raw))


def _is_mojibake(text: str) -> bool:
    """True when a decoded text shows the marks of UTF-8 read in a legacy encoding
    ("â€œ", "Ã©", "Äú"), as detected by ftfy's badness heuristic
    (https://ftfy.readthedocs.io/en/latest/detect.html)."""
    from ftfy.badness import is_bad

    return is_bad(text)
