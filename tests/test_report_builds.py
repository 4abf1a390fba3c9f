"""Building many reports: unchanged reports are kept, a reused kernel starts each notebook
empty, and worker processes build the same reports as one process."""

import json
import shutil

import nbformat
import pytest

from helpers.batch import parse_batch
from helpers.reports import Kernel, build, build_reports, ledger, run_notebook

from conftest import SEED

VENEZUELA = (
    "Venezuela Frees 10 Americans In Swap\n"
    "CARACAS, Dec 20 (Reuters) - Venezuela released 10 Americans on Wednesday in exchange for "
    "Alex Saab, U.S. officials said.\n"
)
PERIOD = {"start": "2023-01-01", "end": "2025-12-31"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    raw, out, reports = (tmp_path_factory.mktemp(n) for n in ("raw", "processed", "reports"))
    (raw / "venezuela_swap.txt").write_text(VENEZUELA)
    (raw / "venezuela_swap.meta.json").write_text(json.dumps({"published": "2023-12-20", "source": "test"}))
    for path in (SEED, SEED.with_suffix(".meta.json")):
        shutil.copy(path, raw / path.name)
    parse_batch([raw], out)
    items = build_reports(out, reports, **PERIOD)
    return out, reports, {it.name: it for it in items}


def _ran(monkeypatch) -> list[str]:
    """Replace the notebook runs by a record of which reports would run."""
    ran = []

    def fake_run(todo, reports_dir, jobs):
        ran.extend(t.item.name for t in todo)
        return [t.item for t in todo]

    monkeypatch.setattr(build, "_run", fake_run)
    return ran


def test_nothing_changed_nothing_rebuilt(built, monkeypatch):
    out, reports, first = built
    assert {it.status for it in first.values()} == {"ok"}
    ran = _ran(monkeypatch)
    monkeypatch.setattr(build, "_article_item", lambda *_: pytest.fail("an unchanged report read its table"))
    again = {it.name: it for it in build_reports(out, reports, **PERIOD)}
    assert ran == []
    assert again == first  # the index lines recorded at the first build, summaries included


def test_changed_inputs_rebuild_what_reads_them(built, monkeypatch, tmp_path):
    out, reports, first = built
    shutil.copytree(reports, tmp_path / "reports")
    ran = _ran(monkeypatch)
    build_reports(out, tmp_path / "reports", start="2023-01-01", end="2024-12-31")
    assert ran == ["timeline"]  # a timeline parameter changed: the article reports are kept
    ran.clear()
    manifest = out / "venezuela_swap" / "manifest.json"
    saved = manifest.read_bytes()
    try:
        manifest.write_bytes(saved.replace(b'"rows"', b'"touched": 1, "rows"'))
        build_reports(out, tmp_path / "reports", start="2023-01-01", end="2024-12-31")
    finally:
        manifest.write_bytes(saved)
    assert sorted(ran) == ["article_venezuela_swap", "timeline"]
    ran.clear()
    build_reports(out, tmp_path / "reports", start="2023-01-01", end="2024-12-31", force=True)
    assert sorted(ran) == sorted(first)


def test_a_missing_page_is_built_again(built, monkeypatch, tmp_path):
    out, reports, _ = built
    shutil.copytree(reports, tmp_path / "reports")
    (tmp_path / "reports" / "timeline.html").unlink()
    ran = _ran(monkeypatch)
    build_reports(out, tmp_path / "reports", **PERIOD)
    assert ran == ["timeline"]


def test_two_workers_build_the_same_reports(built, tmp_path):
    out, _, first = built
    items = {it.name: it for it in build_reports(out, tmp_path / "reports", jobs=2, **PERIOD)}
    assert sorted(items) == sorted(first)
    for name, item in items.items():
        assert (item.status, item.summary, item.title) == (first[name].status, first[name].summary, first[name].title)
        assert (tmp_path / "reports" / f"{name}.html").exists()


def _notebook(path, source):
    nb = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "helpers", "display_name": "x", "language": "python"}}
    )
    nb.cells = [nbformat.v4.new_code_cell(source)]
    nbformat.write(nb, path)
    return path


def test_a_reused_kernel_starts_each_notebook_empty(tmp_path):
    first = _notebook(tmp_path / "a.ipynb", "import os\nleft_over = os.getpid()")
    second = _notebook(tmp_path / "b.ipynb", "import os\nassert 'left_over' not in globals()\nprint(os.getpid())")
    with Kernel() as kernel:
        assert run_notebook(first, tmp_path / "a_out.ipynb", {}, kernel) == ""
        pid = kernel.km.provisioner.process.pid
        assert run_notebook(second, tmp_path / "b_out.ipynb", {}, kernel) == ""
        assert kernel.km.provisioner.process.pid == pid  # the same kernel ran both
    printed = nbformat.read(tmp_path / "b_out.ipynb", as_version=4).cells[0].outputs[0]["text"]
    assert printed.strip() == str(pid)


def test_an_interrupted_build_keeps_what_it_finished(built, monkeypatch, tmp_path):
    out, reports, first = built
    shutil.copytree(reports, tmp_path / "reports")
    (tmp_path / "reports" / ledger.LEDGER).unlink()

    def interrupted(todo, reports_dir, jobs):  # two reports built (their pages are there), then Ctrl-C
        yield first[todo[0].item.name]
        yield first[todo[1].item.name]
        raise KeyboardInterrupt

    monkeypatch.setattr(build, "_run", interrupted)
    monkeypatch.setattr(build, "SAVE_EVERY", -1)
    with pytest.raises(KeyboardInterrupt):
        build_reports(out, tmp_path / "reports", **PERIOD)
    saved = json.loads((tmp_path / "reports" / ledger.LEDGER).read_text())
    assert len(saved) == 2 and set(saved) < set(first)  # saved before each next report
    ran = _ran(monkeypatch)
    build_reports(out, tmp_path / "reports", **PERIOD)
    assert sorted(ran) == sorted(set(first) - set(saved))
