"""Notebooks through papermill with non-default parameters, the whole report build,
the safety of the published HTML in a real browser (headless Chromium), and what a
reader sees there (screenshots in reports/screenshots/, see tools/see_reports.py).

nbval runs the notebooks with their default parameters (see pyproject: --nbval-lax).
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from helpers.batch import parse_batch
from helpers.paths import REPORTS_DIR, ROOT
from helpers.reports import ARTICLE_NOTEBOOK, build_reports, run_notebook

from conftest import BAD, SEED, SEED_ID

sys.path.insert(0, str(ROOT / "tools"))
from see_reports import HEADLESS, Chromium

VENEZUELA = (
    "Venezuela Frees 10 Americans In Swap\n"
    "CARACAS, Dec 20 (Reuters) - Venezuela released 10 Americans on Wednesday in exchange for "
    "Alex Saab, a close ally of President Nicolas Maduro, U.S. officials said.\n"
    '"We are overjoyed," said Maria Lopez, the sister of one of the men.\n'
)


def _outputs(nb_path: Path) -> str:
    nb = nbformat.read(nb_path, as_version=4)
    return "\n".join(
        o.get("text", "") + json.dumps(o.get("data", {}))
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    raw, out, reports = (tmp_path_factory.mktemp(n) for n in ("raw", "processed", "reports"))
    (raw / "venezuela_swap.txt").write_text(VENEZUELA)
    (raw / "venezuela_swap.meta.json").write_text(json.dumps({"published": "2023-12-20", "source": "test"}))
    for name in ("script_injection.txt", "script_injection.meta.json", "russian.txt"):
        shutil.copy(BAD / name, raw / name)
    for path in (SEED, SEED.with_suffix(".meta.json")):
        shutil.copy(path, raw / path.name)
    parse_batch([raw], out)
    items = build_reports(out, reports, start="2023-01-01", end="2025-12-31")
    return out, reports, {it.name: it for it in items}


def test_article_notebook_runs_on_another_article(built):
    out, reports, items = built
    assert items["article_venezuela_swap"].status == "ok", items["article_venezuela_swap"].error
    text = _outputs(reports / "notebooks" / "article_venezuela_swap.ipynb")
    assert "People released (largest count stated): 10." in text
    assert "Maria Lopez" in text


def test_index_lists_reports_and_failed_inputs(built):
    _, reports, items = built
    assert items["timeline"].status == "ok", items["timeline"].error
    assert items["timeline"].summary.startswith("1 January 2023 to 31 December 2025, ")
    assert items["russian.txt"].status == "failed"
    page = (reports / "index.html").read_text()
    for name in ("article_venezuela_swap.html", "article_script_injection.html", "timeline.html"):
        assert f'href="{name}"' in page and (reports / name).exists()
    assert "not in English (detected language: ru)" in page


def test_failed_notebook_is_kept_and_reported(tmp_path):
    error = run_notebook(
        ARTICLE_NOTEBOOK, tmp_path / "x.ipynb", {"article_id": "does_not_exist", "processed_dir": str(tmp_path)}
    )
    assert "FileNotFoundError" in error and "does_not_exist" in error
    assert (tmp_path / "x.ipynb").exists()


def _chromium_dom(page: Path) -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "headless Chromium is needed for this test: apt-get install chromium"
    result = subprocess.run(
        [
            chromium,
            *HEADLESS,
            f"--user-data-dir={page.parent / '.chromium'}",
            "--virtual-time-budget=3000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.stdout


@pytest.mark.parametrize("page", ["article_script_injection.html", "index.html"])
def test_article_text_is_data_never_markup(built, page):
    _, reports, _ = built
    dom = _chromium_dom(reports / page)
    title = re.search(r"<title>(.*?)</title>", dom, re.DOTALL).group(1)
    assert title.strip() != "PWNED" and "<script>" not in title  # no payload ran (the title is the escaped text)
    assert "&lt;script&gt;document.title=" in dom  # and the text is shown as text
    assert "<script>document.title" not in dom and 'onerror="document.title' not in dom


def test_parameters_are_data_not_code(tmp_path):
    marker = tmp_path / "pwned"
    evil = f'x"\nopen("{marker}", "w").close()\n"'
    error = run_notebook(
        ARTICLE_NOTEBOOK, tmp_path / "evil.ipynb", {"article_id": evil, "processed_dir": str(tmp_path)}
    )
    assert "FileNotFoundError" in error  # the whole value was taken as an (unknown) article id
    assert not marker.exists()


def test_report_runs_print_no_kernel_warning(tmp_path, capfd):
    nb = nbformat.v4.new_notebook(
        metadata={
            "kernelspec": {"name": "helpers", "display_name": "x", "language": "python"},
            "language_info": {"name": "python"},
        }
    )
    nb.cells = [nbformat.v4.new_code_cell("x = 1")]
    nbformat.write(nb, tmp_path / "n.ipynb")
    assert run_notebook(tmp_path / "n.ipynb", tmp_path / "out.ipynb", {}) == ""
    out, err = capfd.readouterr()
    assert "without encryption" not in out + err and "WARNING" not in out + err


@pytest.fixture(scope="module")
def seen(built):
    """Every page of the built reports as a reader sees it; screenshots kept in reports/screenshots/."""
    _, reports, _ = built
    with Chromium() as browser:
        return {page.name: browser.look(page, REPORTS_DIR / "screenshots") for page in sorted(reports.glob("*.html"))}


@pytest.mark.parametrize(
    "page", [f"article_{SEED_ID}.html", "article_venezuela_swap.html", "article_script_injection.html", "index.html"]
)
def test_what_a_reader_sees(seen, page):
    view = seen[page]
    assert (
        view.problems() == []
    )  # summary above the fold, no code, traceback, warning, NaN, <NA>, sideways scroll, console error
    assert [p.name for p in view.screenshots] == [page.replace(".html", "_fold.png"), page.replace(".html", ".png")]
    assert all(p.stat().st_size > 5_000 for p in view.screenshots)


def test_timeline_as_a_reader_sees_it(seen):
    view = seen["timeline.html"]
    assert view.problems() == []  # summary above the fold, no code, NaN, <NA>, sideways scroll, console error
    assert "Summary, 1 January 2023 to 31 December 2025" in view.text


def test_the_reader_check_catches_what_it_should(tmp_path):
    page = tmp_path / "bad.html"
    page.write_text(
        '<html><body><div style="width:2000px">value NaN and <span>&lt;NA&gt;</span></div>'
        '<div class="jp-CodeCell"><div class="jp-InputArea">x = 1</div></div>'
        '<script>console.error("boom")</script></body></html>'
    )
    with Chromium() as browser:
        problems = browser.look(page).problems()
    assert [p.split(":")[0].split(" px")[0] for p in problems] == [
        "no summary box (#summary) and no table",
        "1 code cells visible",
        "visible text",
        "visible text",
        "horizontal scroll",
        "console",
    ]
    assert "visible text: '<NA>'" in problems and "visible text: 'NaN'" in problems and "console: boom" in problems


def test_seed_report_reads_like_an_article(seen):
    view = seen[f"article_{SEED_ID}.html"]
    assert view.title == "Belarus Frees Over 120 Prisoners Following U.S. Diplomatic Talks"
    text = view.text
    assert text.index("Summary") < text.index("Contents") < text.index("Who is named")
    assert (
        "123 people freed by Alexander Lukashenko (13 Dec 2025); named with the release: Ales Bialiatski and Maria Kalesnikava."
        in text
    )
    assert "Eased (promised) by United States: Belarusian potash exports (13 Dec 2025)" in text
    assert "People released (largest count stated): 123." in text
