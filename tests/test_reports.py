"""helpers.reports: the index page, the HTML export, tables and the article summary."""

from pathlib import Path

import nbformat
import pandas as pd
import pytest

from helpers.core import store
from helpers.core.schemas import TABLES
from helpers.reports import ReportItem, article, export_html, write_index
from helpers.reports.execute import declared_summary
from helpers.reports.tables import SUMMARY_KEY, human_date, in_context, link, plural, table

PAYLOAD = "<script>document.title='PWNED'</script><img src=x onerror=alert(1)>"


def test_index_escapes_everything_and_marks_failures(tmp_path):
    items = [
        ReportItem(
            "article_x",
            "article",
            "ok",
            title=PAYLOAD,
            published="2025-06-21",
            html="article_x.html",
            outlet=PAYLOAD,
            summary=PAYLOAD,
        ),
        ReportItem("bad.txt", "input", "failed", error=f"bad.txt: not in English {PAYLOAD}"),
        ReportItem("timeline", "timeline", "failed", notebook="notebooks/timeline.ipynb", error="ValueError: boom"),
    ]
    write_index(items, tmp_path / "index.html")
    page = (tmp_path / "index.html").read_text()
    assert "<script>document" not in page and "<img src=x" not in page
    assert (
        page.count("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;") == 4
    )  # title, outlet, summary, error
    assert page.count('<tr class="failed">') == 2
    assert '<a href="notebooks/timeline.ipynb">executed notebook</a>' in page
    assert "ValueError: boom" in page
    assert "3 items, 2 failed" in page


def test_index_lists_newest_first_with_outlet_date_and_summary(tmp_path):
    items = [
        ReportItem(
            f"article_{d}",
            "article",
            "ok",
            title=f"T{d}",
            published=d,
            outlet="Reuters",
            summary=f"summary of {d}",
            html=f"article_{d}.html",
        )
        for d in ("2024-01-05", None, "2025-12-13", "2023-07-01")
    ]
    items.append(
        ReportItem(
            "article_broken", "article", "failed", title="Broken", published="2025-01-01", error="KeyError: 'events'"
        )
    )
    write_index(items, tmp_path / "index.html")
    page = (tmp_path / "index.html").read_text()
    order = [page.index(t) for t in ("T2025-12-13", "Broken", "T2024-01-05", "T2023-07-01", "TNone")]
    assert order == sorted(order)
    assert "13 Dec 2025" in page and "summary of 2025-12-13" in page and "Reuters" in page
    assert "KeyError: &#39;events&#39;" in page


def _notebook(tmp_path, cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    nb.metadata["kernelspec"] = {"name": "helpers", "display_name": "x", "language": "python"}
    nbformat.write(nb, tmp_path / "n.ipynb")
    return tmp_path / "n.ipynb"


def test_export_hides_code_tagged_cells_scripts_and_stderr(tmp_path):
    out = nbformat.v4.new_output
    code = nbformat.v4.new_code_cell(
        "secret_code = 1",
        outputs=[out("stream", text="visible output\n"), out("stream", name="stderr", text="UserWarning: noise\n")],
    )
    hidden = nbformat.v4.new_code_cell(
        "x = 2", metadata={"tags": ["injected-parameters"]}, outputs=[out("stream", text="param value\n")]
    )
    path = _notebook(tmp_path, [nbformat.v4.new_markdown_cell("# Heading for readers"), hidden, code])
    export_html(path, tmp_path / "n.html", title="A title")
    page = (tmp_path / "n.html").read_text()
    assert "Heading for readers" in page and "visible output" in page
    assert "secret_code" not in page and "param value" not in page and "UserWarning" not in page
    assert "<script" not in page and "Content-Security-Policy" in page
    assert "<title>A title</title>" in page and "table.rt" in page  # report.css inlined


def test_declared_summary_is_read_from_the_executed_notebook(tmp_path):
    box = nbformat.v4.new_output(
        "display_data", data={"text/html": "<section>box</section>"}, metadata={SUMMARY_KEY: "123 people released"}
    )
    assert (
        declared_summary(_notebook(tmp_path, [nbformat.v4.new_code_cell("x", outputs=[box])])) == "123 people released"
    )
    assert declared_summary(_notebook(tmp_path, [nbformat.v4.new_code_cell("x")])) == ""


@pytest.mark.parametrize(
    "value, words",
    [
        ("2025-12-13", "13 Dec 2025"),
        ("2021-07", "Jul 2021"),
        ("2020", "2020"),
        ("P2D", "2 days"),
        ("P1Y", "1 year"),
        ("PXDE", "decades"),
        ("PAST_REF", "the past"),
        (pd.Timestamp("2024-02-29"), "29 Feb 2024"),
        (None, ""),
        (float("nan"), ""),
        (pd.NaT, ""),
        ("2021-W05", "2021-W05"),
    ],
)
def test_human_date(value, words):
    assert human_date(value) == words


def test_link_is_escaped_and_only_http():
    assert link('https://example.org/a?b=1&c="x"') == (
        '<a href="https://example.org/a?b=1&amp;c=&quot;x&quot;" '
        'title="https://example.org/a?b=1&amp;c=&quot;x&quot;">example.org</a>'
    )
    assert link("javascript:alert(1)") == "" and link(None) == ""


def test_table_for_readers():
    frame = pd.DataFrame(
        {
            "name": ["<b>Ales</b>", None, "Maria"],
            "n": pd.array([1234, None, 3], dtype="Int64"),
            "when": pd.to_datetime(["2025-12-13", None, "2020-08-09"]),
            "code": ["x", "y", "z"],
        },
        index=[7, 3, 11],
    )
    page = table(frame, {"name": "Name", "n": "Mentions", "when": "Date"}).data
    assert "Name</th>" in page and "Mentions</th>" in page and "code" not in page
    assert "&lt;b&gt;Ales&lt;/b&gt;" in page and "<b>Ales" not in page
    assert "1,234" in page and "13 Dec 2025" in page and "9 Aug 2020" in page
    assert not any(s in page for s in ("nan", "NaN", "&lt;NA&gt;", "NaT", "None"))
    assert ">7<" not in page and ">11<" not in page  # no index
    assert 'class="data row0 col1 k-num"' in page or "k-num" in page
    assert table(frame.iloc[:0], {"name": "Name"}, empty="No people.").data == '<p class="empty-table">No people.</p>'


def test_in_context_marks_the_span_in_its_sentence():
    text = "First one. Then <Ales> was \u201cfreed\u201d today. Last."

    def at(s):
        return text.index(s), text.index(s) + len(s)

    bounds = [at("First one."), at("Then <Ales> was \u201cfreed\u201d today."), at("Last.")]
    sentences = pd.DataFrame(
        {"sentence_id": [0, 1, 2], "start_char": [a for a, _ in bounds], "end_char": [b for _, b in bounds]}
    )
    spans = pd.DataFrame(
        {
            "sentence_id": [1, 1],
            "start_char": [at("\u201cfreed\u201d")[0], at("<Ales>")[0]],
            "end_char": [at("\u201cfreed\u201d")[1], at("<Ales>")[1]],
        }
    )
    assert list(in_context(spans, sentences, text)) == [
        "Then &lt;Ales&gt; was <mark>\u201cfreed\u201d</mark> today.",
        "Then <mark>&lt;Ales&gt;</mark> was \u201cfreed\u201d today.",
    ]


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory):
    from helpers.batch import ensure_parsed

    from conftest import SEED_ID

    out = tmp_path_factory.mktemp("processed")
    ensure_parsed(SEED_ID, out)
    return {name: store.read_table(out, name, SEED_ID) for name in TABLES}


def test_seed_summary(seed_tables):
    claims = pd.DataFrame({"status": ["confirmed"] * 3 + ["count differs", "not in the reference"]})
    s = article.summarise(seed_tables, claims)
    assert s.released == 123
    assert s.released_names == ["Ales Bialiatski", "Maria Kalesnikava"]
    assert s.release_dates == ["13 Dec 2025"] and s.published == "13 Dec 2025"
    # "agreed to relax sanctions": promised, as both gold sets read it
    assert ("eased (promised)", "United States", "13 Dec 2025") in [(m.what, m.actor, m.when) for m in s.sanctions]
    assert [who for who, _ in s.quotes] == ["Tatsiana Khomich", "Sviatlana Tsikhanouskaya", "John Coale"]
    for _, quote in s.quotes:  # shortened at a word boundary, never mid-word
        full = seed_tables["quotes"]["text"].tolist()
        assert quote in full or any(
            f.startswith(quote.removesuffix(" …")) and f[len(quote.removesuffix(" …"))] in " ,;." for f in full
        )
    line = article.one_line(s)
    assert line.startswith(
        "123 people released (13 Dec 2025); sanctions eased (promised) by United States (13 Dec 2025)"
    )
    assert line.endswith("3 of 5 claims confirmed or consistent")


def test_text_shape_is_a_sentence():
    blocks = pd.DataFrame({"kind": ["title", "paragraph", "paragraph", "list_item"]})
    assert (
        article.text_shape(blocks, pd.DataFrame({"x": range(5)}))
        == "5 sentences in 4 blocks: 1 title, 2 paragraphs, 1 list item."
    )


def test_summary_quotes_are_cut_between_words_one_per_speaker():
    long = (
        "We will keep working until every political prisoner is free, and we will not stop talking to "
        "anyone who can help bring them home to their families, whatever it takes and however long it lasts."
    )
    quotes = pd.DataFrame(
        {
            "speaker": ["Jane Roe", "Jane Roe", None, "John Doe", "Ann Grey"],
            "speaker_entity_id": [1, 1, None, 2, 3],
            "text": [long, "Short.", "Nobody said this.", "We welcome it.", "reckless"],
            "start_char": [50, 10, 30, 90, 120],
            "quoted_term": [False, False, False, False, True],
        }
    )
    entities = pd.DataFrame({"entity_id": [1, 2, 3], "role": ["US envoy", None, None]})
    picked = article._quotes(quotes, entities)
    assert [who for who, _ in picked] == ["Jane Roe", "John Doe"]  # Ann Grey's one word is no quotation
    cut = picked[0][1]
    assert len(cut) <= article.QUOTE_CHARS and cut.endswith(" …")
    assert long.startswith(cut.removesuffix(" …")) and long[len(cut) - 2] == " "  # ends on a whole word


def test_a_full_disk_never_leaves_a_truncated_notebook(tmp_path, monkeypatch):
    import errno

    import papermill

    from helpers.reports import ARTICLE_NOTEBOOK, run_notebook

    out = tmp_path / "article_x.ipynb"
    out.write_text("previous executed notebook")

    def full_disk(_notebook, output, **_kwargs):
        Path(output).write_text('{"cells": [')  # papermill had begun to save it
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(papermill, "execute_notebook", full_disk)
    error = run_notebook(ARTICLE_NOTEBOOK, out, {})
    assert error == f"cannot write {out}: No space left on device"
    assert out.read_text() == "previous executed notebook"
    assert [p.name for p in tmp_path.iterdir()] == ["article_x.ipynb"]


def test_an_index_that_cannot_be_written_is_named_and_the_old_one_kept(tmp_path, monkeypatch):
    import errno

    from helpers.core import store
    from helpers.reports.index import write_index

    page = tmp_path / "index.html"
    page.write_text("old index")

    def full_disk(_path, _data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "atomic_write_bytes", full_disk)
    with pytest.raises(OSError, match=f"cannot write {page}: No space left on device"):
        write_index([], page)
    assert page.read_text() == "old index"


def test_timeline_summary_counts_per_country_and_one_line():
    from helpers.reports import timeline as tl_report

    shown = pd.DataFrame(
        {
            "country": ["BY", "BY", "BY", "BY", "RU"],
            "category": ["release", "release", "sanction_imposed", "sanction_eased", "release"],
            "count": [123, 52, None, None, 1],
            "authority": [None, None, "UK; Canada", "US", None],
        }
    )
    per_country = pd.DataFrame(
        {
            "country": ["BY", "RU"],
            "articles": [2, 1],
            "events": [9, 3],
            "consolidated_events": [7, 2],
            "reference_rows": [4, 1],
        }
    )
    deals = pd.DataFrame({"country": ["BY", "BY", "BY"], "release_id": ["T1", "T1", "T2"]})
    s = tl_report.country_summary(shown, per_country, deals, ["BY", "RU", "VE"])
    assert s.to_dict("records")[0] == {
        "country": "Belarus (BY)",
        "releases": 2,
        "freed": 175,
        "imposed": "1 (Canada, UK)",
        "eased": "1 (US)",
        "deals": 2,
        "articles": 2,
        "consolidated": 7,
    }
    assert s["freed"].tolist() == [175, 1, 0] and s["imposed"].tolist()[1:] == ["", ""]
    assert tl_report.one_line(s, "2025", 2) == (
        "2025, 3 countries: 3 releases freeing 176 people, 2 releases linked to talks or relief; "
        "2 articles, 9 consolidated events"
    )
    assert plural(1, "person", "people") == "1 person" and plural(2, "article") == "2 articles"
