"""Progress of long runs (a batch of articles, a set of reports).

On a terminal a tqdm bar counts the items and each item's line goes to the log at DEBUG
(shown by ``--verbose``); in a log file or a pipe, where a bar would be a smear of carriage
returns, each item's line goes to the log at INFO instead. Nothing shows unless the caller's
logger is enabled for INFO, as the command line does (``helpers.__main__``): library and
notebook use stay silent.
"""

from __future__ import annotations

import logging
import sys

from tqdm import tqdm


def progress_bar(total: int, desc: str, log: logging.Logger, unit: str = "article") -> tqdm:
    """A tqdm bar over ``total`` items on stderr.

    Returns:
        The bar, disabled (drawing nothing) unless ``log`` shows INFO and stderr is a terminal.
        Use it as a context manager and call :func:`step` once per item.
    """
    shown = log.isEnabledFor(logging.INFO) and sys.stderr.isatty()
    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, leave=False, disable=not shown)


def step(bar: tqdm, log: logging.Logger, message: str) -> None:
    """Count one item done on ``bar`` and log ``message``: at DEBUG under a visible bar, else at INFO."""
    bar.update(1)
    log.log(logging.INFO if bar.disable else logging.DEBUG, message)
