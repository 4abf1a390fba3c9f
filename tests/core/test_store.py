"""helpers.core.store: atomic writes and reading tables back."""

import os

import pandas as pd
import pytest

from helpers.core import store


def _tables(n):
    return {
        "blocks": pd.DataFrame({"article_id": ["a"] * n, "block_id": range(n), "text": ["x"] * n}),
        "sentences": pd.DataFrame({"article_id": ["a"] * n, "sentence_id": range(n)}),
    }


def test_round_trip_and_manifest(tmp_path):
    folder = store.write_article(tmp_path, "a", _tables(3), "text é", {"sha256": "0" * 64})
    assert (folder / "text.txt").read_text(encoding="utf-8") == "text é"
    sizes = {name: (folder / f"{name}.parquet").stat().st_size for name in ("blocks", "sentences")}
    assert store.read_manifest(folder) == {"sha256": "0" * 64, "bytes": sizes}
    assert min(sizes.values()) > 100
    assert store.article_ids(tmp_path) == ["a"]
    back = store.read_table(tmp_path, "blocks", "a")
    assert back["block_id"].tolist() == [0, 1, 2]
    assert not list(tmp_path.rglob("*.tmp"))


def test_tables_are_the_bytes_pandas_writes(tmp_path):
    frame = pd.DataFrame(
        {
            "id": [1, 2],
            "text": pd.Series(["x", None], dtype=str),
            "none": [None, None],
            "n": pd.array([3, None], "Int64"),
        }
    )
    frame.to_parquet(tmp_path / "pandas.parquet", index=False, engine="pyarrow")
    assert store.parquet_bytes(frame) == (tmp_path / "pandas.parquet").read_bytes()
    store.write_table(frame, tmp_path / "ours.parquet")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "ours.parquet"), frame)


def _written(tmp_path, n=3):
    folder = store.write_article(tmp_path, "a", _tables(n), "", {"rows": {"blocks": n, "sentences": n}})
    return folder, store.read_manifest(folder)


def test_intact_tables_are_checked_by_size_and_closing_magic_bytes(tmp_path):
    folder, manifest = _written(tmp_path)
    assert store.tables_intact(folder, manifest)
    blocks = folder / "blocks.parquet"
    data = blocks.read_bytes()
    blocks.write_bytes(data[:-4] + b"XXXX")  # same size, not Parquet any more
    assert not store.tables_intact(folder, manifest)
    blocks.write_bytes(data + b"\0")  # one byte more
    assert not store.tables_intact(folder, manifest)
    blocks.unlink()
    assert not store.tables_intact(folder, manifest)


def test_a_manifest_without_sizes_has_the_parquet_footers_read(tmp_path):
    folder, manifest = _written(tmp_path)
    old = {key: value for key, value in manifest.items() if key != "bytes"}
    assert store.tables_intact(folder, old)
    assert not store.tables_intact(folder, {**old, "rows": {"blocks": 4, "sentences": 3}})
    (folder / "sentences.parquet").write_bytes(b"not parquet")
    assert not store.tables_intact(folder, old)


def test_read_table_concatenates_articles_and_skips_incomplete_ones(tmp_path):
    store.write_article(tmp_path, "a", _tables(2), "", {})
    store.write_article(tmp_path, "b", _tables(3), "", {})
    (tmp_path / "half").mkdir()
    store.write_table(_tables(5)["blocks"], tmp_path / "half" / "blocks.parquet")  # no manifest: incomplete
    assert len(store.read_table(tmp_path, "blocks")) == 5
    assert list(store.read_table(tmp_path / "nowhere", "quotes").columns)[:2] == ["article_id", "quote_id"]
    with pytest.raises(FileNotFoundError, match="no such table"):
        store.read_table(tmp_path, "quotes", "a")


def test_a_failed_rename_keeps_the_old_table_whole(tmp_path, monkeypatch):
    path = tmp_path / "t.parquet"
    store.write_table(pd.DataFrame({"v": [1, 2]}), path)

    def crash(*_):
        raise OSError("killed")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        store.write_table(pd.DataFrame({"v": [9, 9, 9]}), path)
    assert pd.read_parquet(path)["v"].tolist() == [1, 2]
    assert not list(tmp_path.glob("*.tmp"))


def test_an_article_is_replaced_as_one_unit(tmp_path, monkeypatch):
    store.write_article(tmp_path, "a", _tables(2), "old", {"run": 1})
    renames = []

    def rename_then_crash(src, dst):  # killed between writing the new folder and swapping it in
        renames.append((src, dst))
        raise OSError("killed")

    monkeypatch.setattr(os, "rename", rename_then_crash)
    with pytest.raises(OSError, match="killed"):
        store.write_article(tmp_path, "a", _tables(5), "new", {"run": 2})
    monkeypatch.undo()
    assert len(renames) == 1  # the old folder was never touched
    assert store.read_manifest(tmp_path / "a")["run"] == 1
    assert len(store.read_table(tmp_path, "blocks", "a")) == 2
    assert (tmp_path / "a" / "text.txt").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]  # no temporary folder left
    store.write_article(tmp_path, "a", _tables(5), "new", {"run": 2})
    assert store.read_manifest(tmp_path / "a")["run"] == 2 and len(store.read_table(tmp_path, "blocks", "a")) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]


def test_folders_of_dead_runs_are_removed_and_never_listed(tmp_path):
    store.write_article(tmp_path, "a", _tables(1), "", {})
    for name in (".a.999999999.tmp", ".a.old.999999999.tmp", f".b.{os.getpid()}.tmp"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "manifest.json").write_text("{}")
    assert store.article_ids(tmp_path) == ["a"]
    assert store.remove_stale_temp(tmp_path) == 2  # the live process's folder is kept
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".b.{os.getpid()}.tmp", "a"]
