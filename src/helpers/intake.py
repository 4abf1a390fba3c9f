"""The intake of a batch: which input files there are, which need parsing, and what
happened to each (``batch_summary.json``).

A file is known from the hash of its bytes (and its sidecar's) alone, with no decoding and no
language detection, when it is unchanged since the last run (its manifest records that hash
and the pipeline fingerprint :func:`helpers.pipeline.fingerprint`), a byte-identical copy of a
file met before in the batch, or refused by the last run with the same bytes and pipeline.
Anything else is loaded (:func:`helpers.core.articles.load_article`) and checked.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from helpers.core import articles as art
from helpers.core import store
from helpers.pipeline import fingerprint

log = logging.getLogger("helpers.batch")
SUMMARY = "batch_summary.json"


@dataclass
class Outcome:
    """What happened to one input file in a batch."""

    path: str
    article_id: str | None
    status: str  # parsed | skipped | failed
    message: str = ""
    seconds: float = 0.0
    published: str | None = None
    title: str | None = None
    refused_key: str | None = None  # a refused file: hash of its inputs + pipeline fingerprint


def find_inputs(paths: Iterable[Path | str]) -> list[Path]:
    """Expand files and folders into article files (sorted; sidecars, hidden files and
    sub-folders left out). Anything else inside a folder is kept so that it gets a clear
    error: unknown extensions, symbolic links, a folder or pipe named like an article.
    A sidecar named on its own (``data/raw/articles/*`` names them all) is metadata, read
    with its article, and is left out too."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():  # a folder the user named is followed, even through a link
            found += sorted(
                f
                for f in p.iterdir()
                if not f.name.startswith(".")
                and not f.name.endswith(art.META_SUFFIX)
                and f.name != "README.md"
                and (f.is_symlink() or not f.is_dir() or f.suffix.lower() in art.FORMATS)
            )
        elif not p.name.endswith(art.META_SUFFIX):
            found.append(p)
    return found


@dataclass
class Seen:
    """What a batch has met so far: article id -> file, and content hash -> file."""

    ids: dict[str, str] = field(default_factory=dict)
    contents: dict[str, str] = field(default_factory=dict)
    refused: dict[str, tuple[str, str]] = field(default_factory=dict)  # last run: file -> (refused_key, why)


def write_summary(path: Path, outcomes: list[Outcome]) -> None:
    """Write ``batch_summary.json`` unless it already says the same (a nothing-to-do run
    writes nothing); a full or read-only disk is reported in one line, never a traceback."""
    new = [asdict(o) for o in outcomes]

    def gist(rows: list[dict]) -> list[tuple]:  # what the index shows, and what a re-run skips on
        return [
            (o.get("path"), o.get("message") if o.get("status") == "failed" else "", o.get("refused_key")) for o in rows
        ]

    old = _summary_rows(path)
    if old is not None and gist(old) == gist(new):
        return
    try:
        store.atomic_write_bytes(path, json.dumps(new, indent=2).encode())
    except OSError as exc:
        log.error(f"cannot write {path}: {exc.strerror or exc}")


def last_refusals(path: Path) -> dict[str, tuple[str, str]]:
    """The files the last batch refused (not English, too short...) with the key of what was
    refused (:attr:`Outcome.refused_key`) and why, from ``batch_summary.json`` ({} if none or
    unreadable: those files are then loaded and checked again)."""
    return {
        r["path"]: (r["refused_key"], r["message"])
        for r in _summary_rows(path) or []
        if all(isinstance(r.get(k), str) for k in ("path", "refused_key", "message"))
    }


def _summary_rows(path: Path) -> list[dict] | None:
    """The outcome rows of a ``batch_summary.json`` (None when absent, unreadable or not a
    list of objects: a hand-edited or damaged file is then simply rewritten)."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return rows if isinstance(rows, list) and all(isinstance(r, dict) for r in rows) else None


def _refused_key(path: Path, max_bytes: int) -> str | None:
    """The hash of a file's inputs and the pipeline fingerprint: the same key next time means
    the same content checked by the same code, so the same refusal (None if unreadable)."""
    try:
        return f"{art.input_sha256(path, max_bytes=max_bytes)}:{fingerprint()}"
    except Exception:  # noqa: BLE001 - unreadable now: the full load says why, every time
        return None


def _copy_message(first: str) -> str:
    return f"byte-identical copy of {first} (same sha256 of the file and its metadata): not counted twice"


def unchanged(path: Path, out_dir: Path, seen: Seen, max_bytes: int) -> Outcome | None:
    """The outcome of a file known from its hash alone, with no decoding and no language
    detection: "skipped" when its bytes (and sidecar's) and the pipeline are those its stored
    tables were made from, or it is a byte-identical copy of a file met before in the batch;
    "failed" when the last batch refused the same bytes with the same pipeline. None when
    anything differs or is missing (then :func:`_load` loads the file and says why)."""
    article_id, shown = art.article_id_for(path), art.shown(path)
    try:
        digest = art.input_sha256(path, max_bytes=max_bytes)
    except Exception:  # noqa: BLE001 - the full load gives the error its proper message
        return None
    if article_id in seen.ids:
        return None
    if digest in seen.contents:
        return Outcome(shown, article_id, "skipped", _copy_message(seen.contents[digest]))
    key, why = seen.refused.get(shown, (None, ""))
    if key == f"{digest}:{fingerprint()}":
        return Outcome(shown, article_id, "failed", why, refused_key=key)
    manifest = store.read_manifest(out_dir / article_id)
    if (
        not manifest
        or "title" not in manifest
        or manifest.get("fingerprint") != fingerprint()
        or digest != manifest.get("input_sha256")
        or not store.tables_intact(out_dir / article_id, manifest)
    ):
        return None
    seen.ids[article_id] = seen.contents[digest] = shown
    return Outcome(
        shown,
        article_id,
        "skipped",
        "unchanged since last run",
        published=manifest.get("published"),
        title=manifest["title"],
    )


def load(path: Path, out_dir: Path, seen: Seen, *, force: bool, max_bytes: int):
    """Take in one file: known from its hash (:func:`unchanged`, unless ``force``), or loaded.

    A byte-identical copy of a file already met in the batch is skipped (its sha256 says so),
    never counted twice; an unchanged article whose tables are damaged is parsed again.

    Returns:
        ``(Outcome, Article)`` when the file must be parsed (status "parsed" until then), else
        ``(Outcome, None)``: skipped, or failed with a one-line reason naming the file. Nothing
        is raised: an unforeseen error in one file becomes its failed outcome.
    """
    start = time.perf_counter()
    if not force and (outcome := unchanged(path, out_dir, seen, max_bytes)):
        outcome.seconds = time.perf_counter() - start
        return outcome, None
    try:
        article = art.load_article(path, max_bytes=max_bytes)
    except art.ArticleError as exc:
        outcome = Outcome(art.shown(path), art.article_id_for(path), "failed", str(exc))
        outcome.refused_key = _refused_key(path, max_bytes)
        return outcome, None
    except Exception as exc:  # anything unforeseen in one file must not stop the batch
        return Outcome(
            art.shown(path),
            art.article_id_for(path),
            "failed",
            f"{art.shown(path)}: cannot load: {type(exc).__name__}: {exc}",
        ), None
    outcome = Outcome(
        art.shown(path),
        article.article_id,
        "parsed",
        "; ".join(article.warnings),
        published=article.published.isoformat() if article.published else None,
        title=article.title,
    )
    if article.article_id in seen.ids:
        outcome.status, outcome.message = (
            "failed",
            (
                f"{art.shown(path)}: article id {article.article_id!r} already used by {seen.ids[article.article_id]}; "
                "rename one file"
            ),
        )
        return outcome, None
    if article.input_sha256 in seen.contents:
        outcome.status, outcome.message = "skipped", _copy_message(seen.contents[article.input_sha256])
        return outcome, None
    seen.ids[article.article_id] = seen.contents[article.input_sha256] = art.shown(path)
    manifest = store.read_manifest(out_dir / article.article_id)
    if (
        not force
        and manifest
        and manifest.get("input_sha256") == article.input_sha256
        and manifest.get("fingerprint") == fingerprint()
    ):
        if store.tables_intact(out_dir / article.article_id, manifest):
            outcome.status, outcome.message = "skipped", "unchanged since last run"
            outcome.seconds = time.perf_counter() - start
            return outcome, None
        outcome.message = "; ".join(filter(None, ["its stored tables were damaged: parsed again", outcome.message]))
    outcome.seconds = time.perf_counter() - start
    return outcome, article
