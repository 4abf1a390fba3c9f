"""Article metadata: the sidecar ``<stem>.meta.json`` beside an article file (title,
``published`` ISO date, source, url; all optional), read and checked with one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from helpers.core.decoding import ArticleError

META_SUFFIX = ".meta.json"
EARLIEST = dt.date(1900, 1, 1)


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
