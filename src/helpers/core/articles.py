"""Load one article file: decode it, read its metadata, check it is usable.

Formats: ``.txt`` and ``.md`` (plain text; Markdown headings and list markers are
read by :mod:`helpers.core.structure`) and ``.html``/``.htm`` (main text, title, date and
URL extracted by trafilatura, boilerplate removed).

Metadata lives in a sidecar JSON file beside the article, ``<stem>.meta.json``, with
the keys ``title``, ``published`` (ISO date), ``source``, ``url`` (all optional) and
free notes. Sidecar values win over what trafilatura finds in HTML.

Character offsets in every table refer to :attr:`Article.text`: the decoded text with
a byte-order mark dropped, line endings normalised to ``\\n``, invisible format characters
removed and the text composed to NFC (:func:`helpers.core.scripts.visible_text`). For a
UTF-8 ``.txt`` file with ``\\n`` line endings and no invisible characters that is the
file itself. The pipeline stores it beside
the tables as ``text.txt``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.core.scripts import visible_text

FORMATS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}
META_SUFFIX = ".meta.json"
MAX_BYTES = 5_000_000
MIN_CHARS = 20
MAX_LINE_CHARS = 200_000  # a "paragraph" longer than this is not news text (spaCy's limit is 1,000,000)
MAX_TEXT_CHARS = 300_000  # about 50,000 words: several times the longest news feature
MAX_TITLE_CHARS = 300
MAX_BAD_UTF8 = 0.001  # share of undecodable bytes tolerated (replaced, with a warning) in UTF-8 text
EARLIEST = dt.date(1900, 1, 1)
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
    return "".join(c if unicodedata.category(c)[0] != "C" else c.encode("unicode_escape").decode("ascii")
                   for c in text)


@dataclass(frozen=True)
class Article:
    """One decoded article and its metadata (one row of the ``articles`` table)."""

    article_id: str
    path: str
    format: str
    text: str
    title: str
    published: dt.date | None
    source: str | None
    url: str | None
    language: str
    encoding: str
    sha256: str
    input_sha256: str = ""  # hash of the file and its sidecar: what re-runs compare
    warnings: tuple[str, ...] = field(default=())

    def to_frame(self) -> pd.DataFrame:
        """The ``articles`` table: one row with article_id, title, published
        (datetime64[s], NaT when unknown), source, url, language, path, sha256,
        n_chars (int64), encoding, format."""
        row = {
            "article_id": self.article_id, "title": self.title,
            "published": pd.Timestamp(self.published) if self.published else pd.NaT,
            "source": self.source, "url": self.url, "language": self.language,
            "path": self.path, "sha256": self.sha256, "n_chars": len(self.text),
            "encoding": self.encoding, "format": self.format,
        }
        return pd.DataFrame([row]).astype({"published": "datetime64[s]", "n_chars": "int64"})


def article_id_for(path: Path | str) -> str:
    """A safe slug for a file name: ASCII letters, digits, ``_`` and ``-`` only.

    A name that is already such a slug is kept; any other gets the slug of what is left
    plus 8 hex digits of a hash of the original name, so ``"Мінск навіны (1).txt"`` and
    ``"Мінск (1).txt"`` stay apart. Ids never contain a path separator or ``..``.

    Examples:
        >>> article_id_for("data/raw/articles/000_25866d06d7c1622d.txt")
        '000_25866d06d7c1622d'
        >>> article_id_for("../../etc/pass wd.txt")
        'pass-wd-1775e1c9'
    """
    stem = Path(str(path).replace("\\", "/")).name
    for suffix in (META_SUFFIX, *FORMATS):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    ascii_ = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9_]+", "-", ascii_).strip("-_")[:80]
    if slug != stem:  # letters were dropped or replaced: keep names that differ apart
        slug = "-".join(filter(None, [slug or "article", hashlib.sha256(os.fsencode(stem)).hexdigest()[:8]]))
    return slug


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
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                     (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(enc), enc
            except UnicodeDecodeError as exc:
                replaced = _tolerant_utf8(raw[3:]) if enc == "utf-8-sig" else None
                if replaced:
                    return replaced
                raise ArticleError(path, f"starts with a {enc.upper().replace('-SIG', '')} byte-order mark but is "
                                         f"not valid {enc.upper().replace('-SIG', '')} "
                                         f"({exc.reason} at byte {exc.start})") from None
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


def meta_path_for(path: Path) -> Path:
    """The sidecar metadata file of an article: ``<stem>.meta.json`` beside it."""
    return path.with_name(path.name[: -len(path.suffix)] + META_SUFFIX)


def read_meta(path: Path) -> dict:
    """Read and check the sidecar ``<stem>.meta.json`` of an article (``{}`` if absent).

    Returns:
        dict with optional keys title (str), published (datetime.date), source, url.

    Raises:
        ArticleError: invalid JSON, not an object, or ``published`` that is not an ISO
        date or lies in the future.
    """
    meta_path = meta_path_for(path)
    try:
        if meta_path.is_symlink():
            raise ArticleError(meta_path, "symbolic link refused as metadata (it could publish a file from elsewhere)")
        if not meta_path.is_file():
            return {}
    except OSError as exc:  # e.g. a file name at the length limit, whose sidecar name is too long
        raise ArticleError(path, f"cannot look for its metadata file ({exc.strerror or exc})") from None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
        raise ArticleError(meta_path, f"metadata is not valid JSON ({reason})") from None
    if not isinstance(meta, dict):
        raise ArticleError(meta_path, "metadata must be a JSON object")
    for key in ("title", "source", "url"):
        if meta.get(key) is not None and not isinstance(meta[key], (str, int, float)):
            raise ArticleError(meta_path, f"metadata {key!r} must be a string, not {type(meta[key]).__name__}")
        if meta.get(key) is not None:
            meta[key] = str(meta[key])
    value = meta.get("published")
    if value in (None, 0, False) or (isinstance(value, str) and not value.strip()):
        if "published" in meta:  # "", 0, false, null: an empty value, kept as undated with a warning
            meta["empty_published"] = repr(meta.pop("published"))
    else:
        meta["published"] = parse_published(value, meta_path)
    return meta


def parse_published(value: object, path: Path | str) -> dt.date:
    """Parse a publication date given as ``YYYY-MM-DD`` (a time part is ignored).

    Raises:
        ArticleError: not a date, a date after today, or before 1900.
    """
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", str(value).strip())
    try:
        day = dt.date.fromisoformat(match.group(1)) if match else None
    except ValueError:
        day = None
    if day is None:
        raise ArticleError(path, f"'published' is not an ISO date (YYYY-MM-DD): {value!r}")
    if day > dt.date.today():
        raise ArticleError(path, f"'published' {day} is in the future")
    if day < EARLIEST:
        raise ArticleError(path, f"'published' {day} is before {EARLIEST}: not a plausible date")
    return day


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (langdetect, seeded for repeatability)."""
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    try:
        return detect(text[:5000])
    except LangDetectException:
        return "unknown"


def load_article(path: Path | str, *, max_bytes: int = MAX_BYTES) -> Article:
    """Load one article file with its sidecar metadata.

    Args:
        path: a ``.txt``, ``.md``, ``.html`` or ``.htm`` file.
        max_bytes: files larger than this are refused (default 5 MB).

    Returns:
        An :class:`Article`; ``warnings`` lists non-fatal problems (no publication date).

    Raises:
        ArticleError: unknown extension, symbolic link, not a regular file, missing,
        unreadable, too large, empty, binary, undecodable, bad metadata, too short, a
        line too long for a paragraph, or not English.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ArticleError(path, f"unsupported file type {path.suffix!r} (expected .txt, .md, .html, .htm)")
    try:
        raw, meta_raw = _read_inputs(path, max_bytes)
    except OSError as exc:
        raise ArticleError(path, f"cannot read the file ({exc.strerror or exc})") from None
    text, encoding = decode(raw, path)
    meta = read_meta(path)
    warnings = [f"{shown(path)}: {encoding}"] if "replaced" in encoding else []
    if fmt == "html":
        text, html_meta = extract_html(text, path)
        if html_meta.get("published") and not meta.get("published"):
            warnings.append(f"{shown(path)}: 'published' {html_meta['published']} taken from the page's metadata")
        meta = {**{k: v for k, v in html_meta.items() if v}, **meta}
    text, invisible = visible_text(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    if invisible:
        warnings.append(f"{shown(path)}: {invisible} invisible format character{'s' if invisible > 1 else ''} "
                        "(zero-width, soft hyphen, direction override) removed")
    language = check_text(text, path)
    if meta.get("empty_published"):
        warnings.append(f"{shown(path)}: 'published' is {meta['empty_published']}: kept as undated; "
                        "relative dates stay unresolved")
    elif not meta.get("published"):
        warnings.append(f"{shown(path)}: no 'published' date; relative dates stay unresolved")
    first_line = next((ln.strip(" #") for ln in text.splitlines() if ln.strip()), "")
    title = str(meta.get("title") or first_line)
    return Article(
        article_id=article_id_for(path), path=shown(path), format=fmt, text=text,
        title=title if len(title) <= MAX_TITLE_CHARS else title[:MAX_TITLE_CHARS - 1] + "…",
        published=meta.get("published"), source=meta.get("source"), url=meta.get("url"),
        language=language, encoding=encoding, sha256=hashlib.sha256(raw).hexdigest(),
        input_sha256=hashlib.sha256(raw + b"\0" + meta_raw).hexdigest(), warnings=tuple(warnings),
    )


def _read_inputs(path: Path, max_bytes: int) -> tuple[bytes, bytes]:
    """The article's bytes and its sidecar's bytes (b"" if none).

    Raises:
        ArticleError: a symbolic link, not a regular file, missing, or over ``max_bytes``.
        OSError: the file cannot be read.
    """
    if path.is_symlink():
        raise ArticleError(path, "symbolic link refused (it could publish a file from elsewhere)")
    if not path.exists():
        raise ArticleError(path, "no such file")
    if not path.is_file():
        raise ArticleError(path, "not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError(path, f"file is {size:,} bytes, over the limit of {max_bytes:,}")
    meta_path = meta_path_for(path)
    return path.read_bytes(), meta_path.read_bytes() if meta_path.is_file() else b""


def check_text(text: str, path: Path | str) -> str:
    """Refuse decoded text that is not a usable English article.

    Returns:
        The detected language code ("en").

    Raises:
        ArticleError: under :data:`MIN_CHARS` or over :data:`MAX_TEXT_CHARS` characters,
        a line over :data:`MAX_LINE_CHARS`, or not English.
    """
    if len(text.strip()) < MIN_CHARS:
        raise ArticleError(path, f"only {len(text.strip())} characters of text: not an article")
    if len(text) > MAX_TEXT_CHARS:
        raise ArticleError(path, f"{len(text):,} characters of text, over the limit of {MAX_TEXT_CHARS:,} "
                                 "for one article (split it, or it is not an article)")
    longest = max(map(len, text.split("\n")))
    if longest > MAX_LINE_CHARS:
        raise ArticleError(path, f"a single line of {longest:,} characters (limit {MAX_LINE_CHARS:,}): "
                                 "not the paragraphs of an article")
    language = detect_language(text)
    if language != "en":
        raise ArticleError(path, f"not in English (detected language: {language}); skipped")
    return language


def extract_html(html: str, path: Path | str) -> tuple[str, dict]:
    """Main text and metadata of an HTML page via trafilatura.

    Returns:
        ``(text, {"title", "published", "url", "source"})``; published is a date or None.

    Raises:
        ArticleError: trafilatura finds no main text.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      output_format="python",
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    body = getattr(doc, "text", None) if doc is not None else None
    if not body:
        raise ArticleError(path, "HTML page with no main text that trafilatura could extract")
    published = None
    if getattr(doc, "date", None):
        try:
            published = parse_published(doc.date, path)
        except ArticleError:
            published = None
    title = getattr(doc, "title", None)
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    return text, {"title": title, "published": published, "url": getattr(doc, "url", None),
                  "source": getattr(doc, "sitename", None)}
