"""Notebooks through papermill with non-default parameters, the whole report build,
and the safety of the published HTML in a real browser (headless Chromium).

nbval runs the notebooks with their default parameters (see pyproject: --nbval-lax).
"""
import json
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest

from helpers.pipeline import parse_batch
from helpers.reports import ARTICLE_NOTEBOOK, build_reports, run_notebook
from conftest import BAD

VENEZUELA = ("Venezuela Frees 10 Americans In Swap\n"
             "CARACAS, Dec 20 (Reuters) - Venezuela released 10 Americans on Wednesday in exchange for "
             "Alex Saab, a close ally of President Nicolas Maduro, U.S. officials said.\n"
             "\"We are overjoyed,\" said Maria Lopez, the sister of one of the men.\n")


def _outputs(nb_path: Path) -> str:
    nb = nbformat.read(nb_path, as_version=4)
    return "\n".join(o.get("text", "") + json.dumps(o.get("data", {}))
                     for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    raw, out, reports = (tmp_path_factory.mktemp(n) for n in ("raw", "processed", "reports"))
    (raw / "venezuela_swap.txt").write_text(VENEZUELA)
    (raw / "venezuela_swap.meta.json").write_text(json.dumps({"published": "2023-12-20", "source": "test"}))
    for name in ("script_injection.txt", "script_injection.meta.json", "russian.txt"):
        shutil.copy(BAD / name, raw / name)
    parse_batch([raw], out)
    items = build_reports(out, reports, start="2023-01-01", end="2025-12-31")
    return out, reports, {it.name: it for it in items}


def test_article_notebook_runs_on_another_article(built):
    out, reports, items = built
    assert items["article_venezuela_swap"].status == "ok", items["article_venezuela_swap"].error
    text = _outputs(reports / "notebooks" / "article_venezuela_swap.ipynb")
    assert "people released (largest count stated): 10" in text
    assert "Maria Lopez" in text


def test_index_lists_reports_and_failed_inputs(built):
    _, reports, items = built
    assert items["timeline"].status == "ok", items["timeline"].error
    assert items["russian.txt"].status == "failed"
    page = (reports / "index.html").read_text()
    for name in ("article_venezuela_swap.html", "article_script_injection.html", "timeline.html"):
        assert f'href="{name}"' in page and (reports / name).exists()
    assert "not in English (detected language: ru)" in page


def test_failed_notebook_is_kept_and_reported(tmp_path):
    error = run_notebook(ARTICLE_NOTEBOOK, tmp_path / "x.ipynb",
                         {"article_id": "does_not_exist", "processed_dir": str(tmp_path)})
    assert "FileNotFoundError" in error and "does_not_exist" in error
    assert (tmp_path / "x.ipynb").exists()


def _chromium_dom(page: Path) -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "headless Chromium is needed for this test: apt-get install chromium"
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={page.parent / '.chromium'}", "--virtual-time-budget=3000", "--dump-dom",
         page.as_uri()], capture_output=True, text=True, timeout=120)
    return result.stdout


@pytest.mark.parametrize("page", ["article_script_injection.html", "index.html"])
def test_article_text_is_data_never_markup(built, page):
    _, reports, _ = built
    dom = _chromium_dom(reports / page)
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert "PWNED" not in title  # no payload ran
    assert "&lt;script&gt;document.title=" in dom  # and the text is shown as text
    assert "<script>document.title" not in dom and 'onerror="document.title' not in dom


def test_parameters_are_data_not_code(tmp_path):
    marker = tmp_path / "pwned"
    evil = f'x"\nopen("{marker}", "w").close()\n"'
    error = run_notebook(ARTICLE_NOTEBOOK, tmp_path / "evil.ipynb",
                         {"article_id": evil, "processed_dir": str(tmp_path)})
    assert "FileNotFoundError" in error  # the whole value was taken as an (unknown) article id
    assert not marker.exists()
