"""Reports for readers: run the notebooks, export them to HTML, list them in an index.

- :mod:`.execute`: a papermill run (on a kernel of its own or a reused one), the HTML export
  (code hidden, figures embedded, one style sheet).
- :mod:`.build`: :func:`build_reports` for a whole processed folder (unchanged reports kept,
  worker processes).
- :mod:`.ledger`: ``reports/.build.json``, the inputs key of every report built.
- :mod:`.index`: ``reports/index.html`` from a Jinja2 template, one :class:`ReportItem` a line.
- :mod:`.tables`: tables and sentences formatted for reading (what the notebooks display).
- :mod:`.article`: the header and the summary box of an article report.
"""

from helpers.reports.build import ARTICLE_NOTEBOOK, TIMELINE_NOTEBOOK, build_reports
from helpers.reports.execute import KERNEL, EncryptedKernelManager, Kernel, export_html, run_notebook
from helpers.reports.index import ReportItem, write_index

__all__ = [
    "ARTICLE_NOTEBOOK",
    "KERNEL",
    "TIMELINE_NOTEBOOK",
    "EncryptedKernelManager",
    "Kernel",
    "ReportItem",
    "build_reports",
    "export_html",
    "run_notebook",
    "write_index",
]
