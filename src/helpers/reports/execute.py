"""Run a notebook with papermill and export it to self-contained HTML with nbconvert (code
hidden, figures embedded, the style sheet ``report.css`` inlined, no script).

A notebook runs either on a kernel of its own (papermill's default: one kernel started and
stopped per notebook) or on a :class:`Kernel` that outlives it, so that a batch of reports
pays the kernel's start-up and the imports once, not once per report. A reused kernel's
namespace is emptied (:data:`RESET`) before each notebook, so a report never sees the variables
of the one before; it is restarted every :data:`RESTART_EVERY` notebooks, so its memory stays flat.

The kernel talks to papermill over CurveZMQ-encrypted sockets (:class:`EncryptedKernelManager`),
so ipykernel has no reason to print its "running over TCP without encryption" warning.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
from pathlib import Path

from jupyter_client.manager import KernelManager

from helpers.core import store
from helpers.paths import ROOT
from helpers.reports.tables import SUMMARY_KEY

log = logging.getLogger(__name__)
KERNEL = "helpers"  # registered inside .venv by the Makefile
RESTART_EVERY = 200  # notebooks run on one kernel before it is restarted (memory stays flat)
# Run before each notebook on a reused kernel: drop the user's variables (IPython's own hidden
# names stay), as ``%reset -f`` does but without its full garbage collection (0.3 s a notebook).
RESET = (
    "_ip = get_ipython()\n"
    "for _name in [n for n in _ip.user_ns if not n.startswith('_') and n not in _ip.user_ns_hidden]:\n"
    "    del _ip.user_ns[_name]"
)
# Reports need no script and no network: everything is inline (styles) or data: URIs (figures).
CSP = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "style-src 'unsafe-inline'; img-src data:; font-src data:\">"
)
CSS = Path(__file__).with_name("report.css")
TEMPLATES = Path(__file__).with_name("templates") / "nbconvert"  # the nbconvert template "report"


class EncryptedKernelManager(KernelManager):
    """A kernel manager that gives the kernel CurveZMQ keys (jupyter_client >= 8.10 can; ipykernel
    declares support), so the kernel's "running over TCP without encryption" warning is not printed
    once per report."""

    transport_encryption = "auto"


class Kernel:
    """A kernel reused by many notebooks (a context manager): started on first use in the
    project root, restarted when it died or after :data:`RESTART_EVERY` notebooks, shut down
    on exit. Not shared between threads or processes: give each worker its own."""

    def __init__(self) -> None:
        self.km: EncryptedKernelManager | None = None
        self.kc = None  # the kernel client the notebooks share (made by the first one)
        self.runs = 0

    def ready(self) -> EncryptedKernelManager:
        """The running kernel's manager, after a (re)start if needed."""
        if self.km is not None and (not self.km.is_alive() or self.runs >= RESTART_EVERY):
            self.close()  # the next notebook makes a new client
        if self.km is None:
            self.km = EncryptedKernelManager(kernel_name=KERNEL)
            self.km.start_kernel(cwd=str(ROOT))
        self.runs += 1
        return self.km

    def close(self) -> None:
        """Shut the kernel down (nothing if none runs)."""
        if self.kc is not None:
            self.kc.stop_channels()
        if self.km is not None:
            with contextlib.suppress(Exception):  # already dead: nothing to shut down
                self.km.shutdown_kernel(now=True)
        self.km, self.kc, self.runs = None, None, 0

    def __enter__(self) -> Kernel:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@functools.cache
def _reused_kernel_engine() -> str:
    """The papermill engine ``helpers-reused-kernel`` (registered on first use): papermill's
    nbclient engine on a :class:`Kernel` it did not start, through that kernel's one client
    (papermill's own engine opens a client per notebook and leaves it open when it does not own
    the kernel: about 18 file descriptors and a quarter of a second per notebook). It empties
    the kernel's namespace before the first cell."""
    from jupyter_core.utils import run_sync
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines

    class Client(PapermillNotebookClient):
        kernel: Kernel

        async def async_start_new_kernel_client(self):
            if self.kernel.kc is None:
                self.kernel.kc = await super().async_start_new_kernel_client()
            self.kc = self.kernel.kc
            return self.kc

        start_new_kernel_client = run_sync(async_start_new_kernel_client)  # nbclient binds its own, not ours

        def papermill_execute_cells(self):
            self.wait_for_reply(self.kc.execute(RESET, silent=True, store_history=False))
            super().papermill_execute_cells()

    class Engine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, *, kernel, log_output=False, start_timeout=60, **_):
            papermill_log = logging.getLogger("papermill")
            client = Client(
                nb_man, km=kernel.ready(), kernel_name=kernel_name, log=papermill_log, log_output=log_output
            )
            client.kernel, client.startup_timeout = kernel, start_timeout
            return client.execute()

    papermill_engines.register("helpers-reused-kernel", Engine)
    return "helpers-reused-kernel"


def run_notebook(notebook: Path, out_ipynb: Path, parameters: dict, kernel: Kernel | None = None) -> str:
    """Execute a notebook with papermill; return "" on success or the error text.

    The executed notebook is written to ``out_ipynb`` in both cases, through a temporary
    file renamed when papermill is done, so a full disk never leaves a truncated notebook
    (the error then says so and the previous notebook stays). With ``kernel`` the notebook
    runs on that reused kernel (see the module docstring), else on a kernel of its own.
    """
    import papermill as pm

    out_ipynb.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_ipynb.with_name(f".{out_ipynb.stem}.{os.getpid()}.tmp.ipynb")
    try:
        error = _execute(pm, notebook, tmp, parameters, kernel)
        if tmp.exists():
            os.replace(tmp, out_ipynb)
    except OSError as exc:  # full or read-only disk while papermill saves the notebook
        error = f"cannot write {out_ipynb}: {exc.strerror or exc}"
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return error


def _execute(pm, notebook: Path, out_ipynb: Path, parameters: dict, kernel: Kernel | None) -> str:
    """Run papermill; "" on success, else the error text. The notebook is saved once, at the
    end (or at the failing cell), not after every cell.

    Raises:
        OSError: the executed notebook cannot be written.
    """
    if kernel is None:
        how = {"kernel_manager_class": EncryptedKernelManager, "cwd": str(ROOT)}
    else:
        how = {"engine_name": _reused_kernel_engine(), "kernel": kernel}
    try:
        pm.execute_notebook(
            str(notebook),
            str(out_ipynb),
            parameters=parameters,
            kernel_name=KERNEL,
            progress_bar=False,
            request_save_on_cell_execute=False,
            **how,
        )
    except pm.PapermillExecutionError as exc:
        return f"{exc.ename}: {exc.evalue}"
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 - kernel died, notebook unreadable, ...: the index shows it
        return f"{type(exc).__name__}: {exc}"
    return ""


def export_html(ipynb: Path, out_html: Path, *, title: str | None = None) -> None:
    """Export an executed notebook to self-contained HTML without code.

    Cells tagged ``remove_cell``, ``parameters`` or ``injected-parameters`` are dropped,
    inputs are hidden, stderr streams (warnings, log lines) are left out of the page
    (they stay in the executed notebook), ``report.css`` is inlined, the page template has no
    script (no MathJax, Mermaid, require.js, widgets or JavaScript outputs) and a
    Content-Security-Policy forbids any script or network access, so the file is
    self-contained and cannot run code.
    Notebooks show article text only through escaped channels (tables and summaries
    built with autoescaping, plain text), never as Markdown or raw HTML.

    Args:
        ipynb: the executed notebook.
        out_html: where to write the page (atomically).
        title: the page's ``<title>`` (default: the notebook's file name).
    """
    import nbformat

    nb = nbformat.read(str(ipynb), as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if not (o.output_type == "stream" and o.name == "stderr")]
    if title:
        nb.metadata["title"] = title
    resources = {"csp": CSP, "report_css": CSS.read_text(encoding="utf-8")}
    body, _ = _exporter().from_notebook_node(nb, resources=resources)
    store.atomic_write_bytes(out_html, body.encode("utf-8"))


@functools.cache
def _exporter():
    """nbconvert's HTML exporter with the template ``templates/nbconvert/report`` (the lab page
    without scripts; see its header), made once per process so that its templates compile
    once: inputs and prompts hidden, cells tagged ``remove_cell``, ``parameters`` or
    ``injected-parameters`` dropped, inputs tagged ``remove_input`` hidden. Figures are already
    data: URIs in the outputs; Markdown cells hold no image to embed."""
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(
        template_name="report",
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.register_preprocessor(
        TagRemovePreprocessor(
            remove_cell_tags={"remove_cell", "injected-parameters", "parameters"},
            remove_input_tags={"remove_input"},
            enabled=True,
        ),
        enabled=True,
    )
    return exporter


def declared_summary(ipynb: Path) -> str:
    """The one-line summary a report's summary box declared (output metadata
    :data:`helpers.reports.tables.SUMMARY_KEY`), or "" if none."""
    try:
        cells = json.loads(ipynb.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return ""
    for cell in cells:
        for output in cell.get("outputs", []):
            if SUMMARY_KEY in output.get("metadata", {}):
                return str(output["metadata"][SUMMARY_KEY])
    return ""
