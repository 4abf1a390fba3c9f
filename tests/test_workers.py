"""Parsing elsewhere: two worker processes and a Dask distributed cluster give the tables of a
run in this process."""

import shutil

import pandas as pd
import pytest

from helpers.__main__ import main
from helpers.batch import parse_batch
from helpers.core import schemas, store

from conftest import GOLD, SEED


@pytest.fixture(scope="module")
def raw(tmp_path_factory):
    folder = tmp_path_factory.mktemp("raw")
    for path in sorted({SEED, *sorted(GOLD.glob("*.txt"))[:3]}):
        shutil.copy(path, folder / path.name)
        if path.with_suffix(".meta.json").exists():
            shutil.copy(path.with_suffix(".meta.json"), folder / path.with_suffix(".meta.json").name)
    return folder


@pytest.fixture(scope="module")
def here(raw, tmp_path_factory):
    out = tmp_path_factory.mktemp("here")
    assert {o.status for o in parse_batch([raw], out)} == {"parsed"}
    return out


def _same_tables(a, b):
    ids = store.article_ids(a)
    assert ids == store.article_ids(b) and len(ids) == 3
    for name in schemas.TABLES:
        pd.testing.assert_frame_equal(store.read_table(a, name), store.read_table(b, name))


def test_two_worker_processes_give_the_same_tables(raw, here, tmp_path):
    outcomes = parse_batch([raw], tmp_path, jobs=2)
    assert [o.status for o in outcomes] == ["parsed"] * 3
    _same_tables(here, tmp_path)


def test_a_dask_cluster_gives_the_same_tables(raw, here, tmp_path):
    distributed = pytest.importorskip("distributed")  # a declared dependency: present after make
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://")
        outcomes = parse_batch([raw], tmp_path, scheduler=cluster.scheduler_address)
    assert [o.status for o in outcomes] == ["parsed"] * 3
    assert all(o.title for o in outcomes)
    _same_tables(here, tmp_path)


@pytest.mark.parametrize("address", ["localhost:8786", "http://host:8786", "tcp://"])
def test_scheduler_address_is_checked_before_any_work(address, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["parse", str(SEED), "--processed", str(tmp_path), "--scheduler", address])
    assert stop.value.code == 2
    assert "not a scheduler address like tcp://host:8786" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
