"""helpers.core.store: atomic writes and reading tables back."""
import os

import pandas as pd
import pytest

from helpers.core import store


def _tables(n):
    return {"blocks": pd.DataFrame({"article_id": ["a"] * n, "block_id": range(n), "text": ["x"] * n}),
            "sentences": pd.DataFrame({"article_id": ["a"] * n, "sentence_id": range(n)})}


def test_round_trip_and_manifest(tmp_path):
    folder = store.write_article(tmp_path, "a", _tables(3), "text é", {"sha256": "0" * 64})
    assert (folder / "text.txt").read_text(encoding="utf-8") == "text é"
    assert store.read_manifest(folder) == {"sha256": "0" * 64}
    assert store.article_ids(tmp_path) == ["a"]
    back = store.read_table(tmp_path, "blocks", "a")
    assert back["block_id"].tolist() == [0, 1, 2]
    assert not list(tmp_path.rglob("*.tmp"))


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
