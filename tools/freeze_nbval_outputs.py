"""Store the expected outputs of the cells marked ``# NBVAL_CHECK_OUTPUT``.

nbval (``--nbval-lax``) compares only those cells, against the outputs saved in the
notebook; every other output is stripped before committing (nbstripout habit). Run this
after a deliberate change to one of those facts:

    .venv/bin/python tools/freeze_nbval_outputs.py notebooks/01_article.ipynb notebooks/02_timeline.ipynb

Each notebook is executed with its default parameters by papermill, as reports are
(:func:`helpers.reports.run_notebook`: kernel ``helpers``, encrypted sockets); the checked
cells keep their stream outputs, all other cells are cleared and lose their execution
counts (nbval needs them on the checked cells). The checked cells get the metadata
``keep_output: true`` so that nbstripout, run by pre-commit with ``--keep-count``, leaves
them as they are.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import nbformat

from helpers.reports import run_notebook

MARK = "NBVAL_CHECK_OUTPUT"


def freeze(path: Path) -> int:
    """Execute ``path`` and keep only the marked cells' outputs; return how many were kept."""
    with tempfile.TemporaryDirectory() as tmp:
        if error := run_notebook(path, Path(tmp) / path.name, {}):
            raise SystemExit(f"{path}: {error}")
        executed = nbformat.read(str(Path(tmp) / path.name), as_version=4)
    source = nbformat.read(str(path), as_version=4)
    kept = 0
    for cell, run in zip(source.cells, executed.cells):
        if cell.cell_type != "code":
            continue
        cell.execution_count = None
        cell.outputs = []
        if MARK in cell.source:
            cell.execution_count = run.execution_count  # nbval skips "unrun" cells
            cell.metadata["keep_output"] = True  # nbstripout (pre-commit) keeps these outputs
            for out in run.outputs:
                if out.output_type == "stream":
                    cell.outputs.append(nbformat.v4.new_output("stream", name=out.name, text=out.text))
            kept += 1
    nbformat.write(source, str(path))
    return kept


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(f"{arg}: {freeze(Path(arg))} checked cells stored")
