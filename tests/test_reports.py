"""helpers.reports: the index page (escaping, failed items) and HTML export."""
import nbformat

from helpers.reports import ReportItem, export_html, write_index

PAYLOAD = "<script>document.title='PWNED'</script><img src=x onerror=alert(1)>"


def test_index_escapes_everything_and_marks_failures(tmp_path):
    items = [ReportItem("article_x", "article", "ok", title=PAYLOAD, published="2025-06-21", html="article_x.html"),
             ReportItem("bad.txt", "input", "failed", error=f"bad.txt: not in English {PAYLOAD}"),
             ReportItem("timeline", "timeline", "failed", notebook="notebooks/timeline.ipynb", error="ValueError: boom")]
    write_index(items, tmp_path / "index.html")
    page = (tmp_path / "index.html").read_text()
    assert "<script>document" not in page and "<img src=x" not in page
    assert "&lt;script&gt;document.title=&#x27;PWNED&#x27;&lt;/script&gt;" in page
    assert page.count('<tr class="failed">') == 2
    assert '<a href="notebooks/timeline.ipynb">executed notebook</a>' in page
    assert "3 items, 2 failed" in page


def test_export_hides_code_and_tagged_cells(tmp_path):
    nb = nbformat.v4.new_notebook()
    code = nbformat.v4.new_code_cell("secret_code = 1", outputs=[nbformat.v4.new_output("stream", text="visible output\n")])
    hidden = nbformat.v4.new_code_cell("x = 2", metadata={"tags": ["injected-parameters"]},
                                       outputs=[nbformat.v4.new_output("stream", text="param value\n")])
    nb.cells = [nbformat.v4.new_markdown_cell("# Heading for readers"), hidden, code]
    nb.metadata["kernelspec"] = {"name": "helpers", "display_name": "x", "language": "python"}
    nbformat.write(nb, tmp_path / "n.ipynb")
    export_html(tmp_path / "n.ipynb", tmp_path / "n.html")
    page = (tmp_path / "n.html").read_text()
    assert "Heading for readers" in page and "visible output" in page
    assert "secret_code" not in page and "param value" not in page
