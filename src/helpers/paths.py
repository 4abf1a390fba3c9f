"""Project paths, independent of the working directory.

papermill runs a notebook in the caller's folder, while nbval, nbconvert and
JupyterLab run it in the notebook's folder (papermill issues 316 and 268), so
every path is derived from the project root: the first folder at or above this
file (or the current directory) that holds ``pyproject.toml``. The environment
variable ``HELPERS_ROOT`` overrides the search.
"""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    """Return the project root folder.

    Returns:
        The folder named by ``$HELPERS_ROOT`` if set, else the nearest folder at
        or above this module (then the current directory) holding ``pyproject.toml``.

    Raises:
        FileNotFoundError: if no such folder exists.
    """
    env = os.environ.get("HELPERS_ROOT")
    if env:
        return Path(env).resolve()
    for start in (Path(__file__).resolve(), Path.cwd().resolve()):
        for folder in (start, *start.parents):
            if (folder / "pyproject.toml").is_file():
                return folder
    raise FileNotFoundError("no pyproject.toml above helpers or the current directory; set HELPERS_ROOT")


ROOT = project_root()
RAW_DIR = ROOT / "data" / "raw"
ARTICLES_DIR = RAW_DIR / "articles"
REFERENCE_DIR = RAW_DIR / "reference"
PROCESSED_DIR = ROOT / "data" / "processed"
NOTEBOOKS_DIR = ROOT / "notebooks"
REPORTS_DIR = ROOT / "reports"
