"""Atomic Parquet storage of the tidy tables: ``<processed_dir>/<article_id>/<table>.parquet``.

Each file is written to a temporary name in the same folder and renamed into place
(``os.replace`` is atomic on POSIX), so a run killed at any moment leaves every table
either complete from the old run or complete from the new one. ``manifest.json`` is
written last: it records the content hash and pipeline fingerprint used to skip
unchanged articles on re-runs.
"""
from __future__ import annotations

import contextlib
import json
import os
import warnings
from pathlib import Path

import pandas as pd

MANIFEST = "manifest.json"
TEXT_FILE = "text.txt"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename.

    Raises:
        OSError: the folder cannot be written (full, read-only); ``path`` is left as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):  # nothing to clean, or a read-only disk: keep the first error
            tmp.unlink(missing_ok=True)


def write_table(frame: pd.DataFrame, path: Path) -> None:
    """Write one table to Parquet (pyarrow) atomically."""
    atomic_write_bytes(path, frame.to_parquet(index=False, engine="pyarrow"))


def write_article(out_dir: Path, article_id: str, tables: dict[str, pd.DataFrame],
                  text: str, manifest: dict) -> Path:
    """Write all tables of one article, its text (the offsets' reference) and manifest.

    Args:
        out_dir: the processed folder (e.g. ``data/processed``).
        article_id: a safe slug (see :func:`helpers.core.articles.article_id_for`).
        tables: table name -> DataFrame.
        text: the article text the offsets point into; stored as ``text.txt`` (UTF-8).
        manifest: JSON-serialisable facts about the run, written last.

    Returns:
        The article's folder.
    """
    folder = out_dir / article_id
    atomic_write_bytes(folder / TEXT_FILE, text.encode("utf-8"))
    for name, frame in tables.items():
        write_table(frame, folder / f"{name}.parquet")
    atomic_write_bytes(folder / MANIFEST, json.dumps(manifest, indent=2, default=str).encode())
    return folder


def remove_stale_temp(processed_dir: Path | str) -> int:
    """Delete temporary files left by runs that were killed mid-write (their process is
    gone; a concurrent run's files are left alone); return how many were deleted."""
    stale = [p for p in [*Path(processed_dir).glob("*/.*.tmp"), *Path(processed_dir).glob(".*.tmp")]
             if not _alive(p.suffixes[-2][1:] if len(p.suffixes) >= 2 else "")]
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def _alive(pid: str) -> bool:
    """True if ``pid`` (text from a temporary file name) is a running process."""
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_manifest(folder: Path) -> dict | None:
    """The manifest of an article folder, or None if absent or unreadable."""
    try:
        return json.loads((folder / MANIFEST).read_text())
    except (OSError, json.JSONDecodeError):
        return None


def tables_intact(folder: Path, manifest: dict) -> bool:
    """True when every table the manifest lists is a readable Parquet file holding the
    number of rows the manifest records (only the Parquet footer is read: cheap)."""
    import pyarrow.parquet as pq

    try:
        return all(pq.read_metadata(folder / f"{name}.parquet").num_rows == rows
                   for name, rows in manifest.get("rows", {}).items())
    except Exception:  # missing, truncated or not Parquet at all
        return False


def article_ids(processed_dir: Path | str) -> list[str]:
    """Sorted ids of the complete article folders (those with a manifest)."""
    root = Path(processed_dir)
    return sorted(p.parent.name for p in root.glob(f"*/{MANIFEST}")) if root.is_dir() else []


def read_table(processed_dir: Path | str, name: str, article_id: str | None = None) -> pd.DataFrame:
    """Read one table for one article, or concatenated over every article.

    Args:
        processed_dir: the processed folder.
        name: table name (see :data:`helpers.core.schemas.TABLES`).
        article_id: one article, or None for all complete articles.

    Returns:
        The table (``schemas.empty(name)`` if there is nothing to read). Over all
        articles, a damaged file is skipped with a warning naming it.

    Raises:
        FileNotFoundError: ``article_id`` given but its table does not exist.
    """
    from helpers.core.schemas import empty

    root = Path(processed_dir)
    if article_id is not None:
        path = root / article_id / f"{name}.parquet"
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such table (run `python -m helpers parse` first)")
        return pd.read_parquet(path)
    frames = []
    for a in article_ids(root):
        path = root / a / f"{name}.parquet"
        try:
            frames.append(pd.read_parquet(path))
        except FileNotFoundError:
            continue
        except Exception as exc:  # one damaged table must not hide the corpus
            warnings.warn(f"{path}: unreadable table skipped ({type(exc).__name__}: {exc})", stacklevel=2)
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty(name)
