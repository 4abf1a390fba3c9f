"""Load one article file: decode it (:mod:`helpers.core.decoding`), read its metadata
(:mod:`helpers.core.metadata`), check it is usable.

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
file itself. The pipeline stores it beside the tables as ``text.txt``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.core.decoding import ArticleError, decode, shown
from helpers.core.frames import from_rows
from helpers.core.metadata import META_SUFFIX, meta_path_for, parse_published, read_meta
from helpers.core.scripts import visible_text

FORMATS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}
MAX_BYTES = 5_000_000
MIN_CHARS = 20
MAX_LINE_CHARS = 200_000  # a "paragraph" longer than this is not news text (spaCy's limit is 1,000,000)
MAX_TEXT_CHARS = 300_000  # about 50,000 words: several times the longest news feature
MAX_TITLE_CHARS = 300


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
            "article_id": self.article_id,
            "title": self.title,
            "published": pd.Timestamp(self.published) if self.published else pd.NaT,
            "source": self.source,
            "url": self.url,
            "language": self.language,
            "path": self.path,
            "sha256": self.sha256,
            "n_chars": len(self.text),
            "encoding": self.encoding,
            "format": self.format,
        }
        return from_rows([row], list(row), {"published": "datetime64[s]", "n_chars": "int64"})


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


#: Characters read to tell the language: langdetect's cost grows with the text, its answer
#: does not (the 965 texts of ../shared/eval and tests/ get the same codes from the first
#: 1,000 characters as from the first 5,000, at less than half the time).
LANGUAGE_SAMPLE_CHARS = 1000


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (langdetect, seeded for repeatability), read
    from the first :data:`LANGUAGE_SAMPLE_CHARS` characters; "unknown" when langdetect finds
    no feature (digits, punctuation only)."""
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    try:
        return detect(text[:LANGUAGE_SAMPLE_CHARS])
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
        warnings.append(
            f"{shown(path)}: {invisible} invisible format character{'s' if invisible > 1 else ''} "
            "(zero-width, soft hyphen, direction override) removed"
        )
    language = check_text(text, path)
    if meta.get("empty_published"):
        warnings.append(
            f"{shown(path)}: 'published' is {meta['empty_published']}: kept as undated; relative dates stay unresolved"
        )
    elif not meta.get("published"):
        warnings.append(f"{shown(path)}: no 'published' date; relative dates stay unresolved")
    first_line = next((ln.strip(" #") for ln in text.splitlines() if ln.strip()), "")
    title = str(meta.get("title") or first_line)
    return Article(
        article_id=article_id_for(path),
        path=shown(path),
        format=fmt,
        text=text,
        title=title if len(title) <= MAX_TITLE_CHARS else title[: MAX_TITLE_CHARS - 1] + "…",
        published=meta.get("published"),
        source=meta.get("source"),
        url=meta.get("url"),
        language=language,
        encoding=encoding,
        sha256=hashlib.sha256(raw).hexdigest(),
        input_sha256=_input_digest(raw, meta_raw),
        warnings=tuple(warnings),
    )


def input_sha256(path: Path | str, *, max_bytes: int = MAX_BYTES) -> str:
    """The hash of a file and its sidecar, as :attr:`Article.input_sha256` records it, without
    decoding or checking the text: what a re-run compares to skip an unchanged article cheaply.

    Raises:
        ArticleError: a symbolic link, not a regular file, missing, or over ``max_bytes``.
        OSError: the file cannot be read.
    """
    return _input_digest(*_read_inputs(Path(path), max_bytes))


def _input_digest(raw: bytes, meta_raw: bytes) -> str:
    return hashlib.sha256(raw + b"\0" + meta_raw).hexdigest()


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
        raise ArticleError(
            path,
            f"{len(text):,} characters of text, over the limit of {MAX_TEXT_CHARS:,} "
            "for one article (split it, or it is not an article)",
        )
    longest = max(map(len, text.split("\n")))
    if longest > MAX_LINE_CHARS:
        raise ArticleError(
            path,
            f"a single line of {longest:,} characters (limit {MAX_LINE_CHARS:,}): not the paragraphs of an article",
        )
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

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        output_format="python",
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
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
    return text, {
        "title": title,
        "published": published,
        "url": getattr(doc, "url", None),
        "source": getattr(doc, "sitename", None),
    }
