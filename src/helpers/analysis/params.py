"""Notebook parameters that fail loudly: list parameters given as a string ("EU",
"EU,UK") or a list, checked against the valid values; dates, windows and folders checked
at the top of a notebook with an error naming the parameter.

papermill passes ``-p authorities EU`` as the string "EU"; iterating it would give
``['E', 'U']`` and silently empty the report.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd


class ParameterError(ValueError):
    """A notebook parameter is invalid; the message names the parameter and the problem."""


def parse_list(name: str, value, valid: Iterable[str]) -> list[str]:
    """A list parameter as a list of valid values.

    Args:
        name: the parameter's name (for the error message).
        value: None, "", a string ("EU", "EU,UK", "EU, UK") or a list/tuple of strings.
        valid: the allowed values.

    Returns:
        The values, stripped, in the order given, without repeats ([] for None or "").

    Raises:
        ParameterError: a value is not valid (the message lists the valid ones).

    Examples:
        >>> parse_list("authorities", "EU,UK", ["US", "EU", "UK"])
        ['EU', 'UK']
        >>> parse_list("authorities", ["US"], ["US", "EU"])
        ['US']
    """
    items = value.split(",") if isinstance(value, str) else list(value or [])
    items = list(dict.fromkeys(str(v).strip() for v in items if str(v).strip()))
    valid = list(valid)
    unknown = [v for v in items if v not in valid]
    if unknown:
        raise ParameterError(
            f"parameter {name}: unknown value(s) {', '.join(map(repr, unknown))}; valid values: {', '.join(valid)}"
        )
    return items


def check_period(start: str, end: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """``start`` and ``end`` as timestamps.

    Raises:
        ParameterError: either is not an ISO date, or ``start`` is after ``end``.
    """
    try:
        first, last = pd.Timestamp(start), pd.Timestamp(end)
    except (ValueError, TypeError) as exc:
        raise ParameterError(f"parameters start/end: {start!r}, {end!r} must be ISO dates ({exc})") from None
    if first > last:
        raise ParameterError(f"parameter start ({start}) is after end ({end})")
    return first, last


def check_window(days, name: str = "window_days") -> int:
    """A number of days (``window_days``, ``horizon_days``) as a non-negative int.

    Raises:
        ParameterError: not an integer, or negative (the message names the parameter).
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise ParameterError(f"parameter {name}: {days!r} must be an integer >= 0")
    return days


def check_folder(name: str, path: Path) -> Path:
    """``path`` if it is an existing folder.

    Raises:
        ParameterError: it does not exist (the message says how to make it).
    """
    if not Path(path).is_dir():
        raise ParameterError(f"parameter {name}: {path} is not a folder (run `python -m helpers parse` first)")
    return Path(path)
