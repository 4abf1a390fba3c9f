"""The ledger of report builds, ``reports/.build.json`` (:data:`LEDGER`): for each report built,
the key of its inputs and its index line, so that a report whose inputs have not changed is
kept, not built again.

A report's inputs key is a SHA-256 over the package's code and curated data
(:func:`code_fingerprint`), its notebook, its parameters and the bytes of what it reads: an
article's manifest (content hash, pipeline fingerprint, rows and sizes of its tables), or, for
the timeline, every article's.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from helpers.core import store
from helpers.reports.index import ReportItem

log = logging.getLogger("helpers.reports.build")
LEDGER = ".build.json"  # in the reports folder: name -> inputs key and index line of each report built
PACKAGE = Path(__file__).parents[1]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the package's source and curated data (every file under ``src/helpers`` but
    caches and the evaluation package, which no report runs): a change to any of them makes
    every report be built again.

    Returns:
        16 hex digits.
    """
    digest = hashlib.sha256()
    skipped = {"__pycache__", "evaluation"}
    for path in sorted(
        p for p in PACKAGE.rglob("*") if p.is_file() and not skipped & set(p.relative_to(PACKAGE).parts)
    ):
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def code_and_notebook(notebook: Path):
    """The hash of the code and of a notebook, read once per build: :func:`_key` continues it."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(notebook.read_bytes())
    return digest


def inputs_key(code_and_notebook, parameters: dict, data: bytes) -> str:
    """The inputs key of a report: code and notebook (:func:`code_and_notebook`), parameters
    and the bytes of what it reads."""
    digest = code_and_notebook.copy()
    digest.update(json.dumps(parameters, sort_keys=True, default=str).encode())
    digest.update(data)
    return digest.hexdigest()


def manifest_bytes(processed_dir: Path, article_id: str) -> bytes:
    """An article's manifest as stored (content hash, pipeline fingerprint, rows), or b"" if unreadable."""
    try:
        return (processed_dir / article_id / store.MANIFEST).read_bytes()
    except OSError:
        return b""


def read_ledger(reports_dir: Path) -> dict:
    """The ledger of the last build ({} when absent or unreadable: everything is built)."""
    try:
        ledger = json.loads((reports_dir / LEDGER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return ledger if isinstance(ledger, dict) else {}


def unchanged(ledger: dict, name: str, key: str, reports_dir: Path) -> ReportItem | None:
    """The recorded index line of report ``name`` when its inputs ``key`` is the one recorded
    and its files are there, or None when it must be built."""
    entry = ledger.get(name)
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    try:
        item = ReportItem(**entry["item"])
    except (KeyError, TypeError):
        return None
    files = [reports_dir / f for f in (item.html, item.notebook) if f]
    return item if item.status == "ok" and len(files) == 2 and all(f.exists() for f in files) else None


def write_ledger(reports_dir: Path, keys: dict[str, str], items: list[ReportItem]) -> None:
    """Record the reports built (their inputs key and index line; atomically); a failure to
    write only costs a rebuild next time."""
    ledger = {it.name: {"key": keys[it.name], "item": asdict(it)} for it in items if it.name in keys}
    try:
        store.atomic_write_bytes(reports_dir / LEDGER, json.dumps(ledger, indent=1).encode("utf-8"))
    except OSError as exc:
        log.warning("cannot write %s: %s", reports_dir / LEDGER, exc.strerror or exc)
