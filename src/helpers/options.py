"""Options of the command line (:mod:`helpers.__main__`): their types, the checks across
them, and the groups of options the commands share.

Every check runs while argparse reads the command line or right after, before any work:
a bad value stops the command with a usage error (exit 2) naming the option.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import re
from pathlib import Path

from helpers.core.articles import MAX_BYTES
from helpers.paths import PROCESSED_DIR, REPORTS_DIR


# --- checks of single values (argparse calls them while reading the command line) -------------
def iso_date(value: str) -> str:
    """A ``YYYY-MM-DD`` date, returned as given; else argparse reports the error."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            dt.date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{value!r} is not a date written YYYY-MM-DD")


def positive_int(value: str) -> int:
    """A whole number above zero."""
    if not re.fullmatch(r"\d+", value.strip()) or int(value) <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number above zero")
    return int(value)


def days(value: str) -> int:
    """A whole number of days, zero or more."""
    if not re.fullmatch(r"\d+", value.strip()):
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of days (0 or more)")
    return int(value)


def authority_list(value: str) -> list[str]:
    """Comma-separated sanctioning authorities, each one of
    :data:`helpers.analysis.reference.SANCTION_AUTHORITIES`, checked as the timeline notebook
    checks them (:func:`helpers.analysis.params.parse_list`)."""
    from helpers.analysis.params import ParameterError, parse_list
    from helpers.analysis.reference import SANCTION_AUTHORITIES

    try:
        names = parse_list("authorities", value, SANCTION_AUTHORITIES)
    except ParameterError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("parameter authorities: ")) from None
    if not names:
        raise argparse.ArgumentTypeError(
            f"{value!r} names no authority; valid values: {', '.join(SANCTION_AUTHORITIES)}"
        )
    return names


def country_list(value: str) -> list[str]:
    """Comma-separated two-letter country codes (ISO 3166-1 alpha-2: BY, RU, VE, IR), upper-cased."""
    codes = [v.strip().upper() for v in value.split(",") if v.strip()]
    wrong = [c for c in codes if not re.fullmatch(r"[A-Z]{2}", c)]
    if wrong or not codes:
        raise argparse.ArgumentTypeError(
            f"{', '.join(wrong) or repr(value)}: not a two-letter country code (e.g. BY, RU, VE, IR; comma-separated)"
        )
    return codes


# --- checks across options, run before any work -------------------------------------------------
def scheduler_address(value: str) -> str:
    """A Dask scheduler address: ``protocol://host:port`` with a protocol distributed speaks
    (tcp, tls, ws, wss, ucx, inproc; https://distributed.dask.org/en/stable/protocol.html)."""
    if not re.fullmatch(r"(tcp|tls|ws|wss|ucx|inproc)://[^\s/]+", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a scheduler address like tcp://host:8786")
    return value


def check_parse(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Stop with a usage error if the processed folder is a file or an input does not exist."""
    if args.processed.exists() and not args.processed.is_dir():
        parser.error(f"--processed {args.processed} is a file, not a folder")
    missing = [str(p) for p in args.inputs if not p.exists() and not p.is_symlink()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")


def check_report(parser: argparse.ArgumentParser, args: argparse.Namespace, *, after_parse: bool = False) -> None:
    """Stop with a usage error if the timeline notebook lacks a parameter that was given, the
    period is empty (missing ends taken from the notebook), the reports folder is a file, or
    (unless ``after_parse``) there are no processed tables to report on."""
    defaults = timeline_defaults()
    for name in ("start", "end", "window_days", "authorities", "countries"):
        if getattr(args, name) is not None and name not in defaults:
            parser.error(f"--{name.replace('_', '-')}: the timeline notebook has no parameter {name!r}")
    start, end = args.start or defaults.get("start"), args.end or defaults.get("end")
    if start and end and start > end:
        parser.error(f"the period is empty: start {start} is after end {end} (--start, --end)")
    if args.reports.exists() and not args.reports.is_dir():
        parser.error(f"--reports {args.reports} is a file, not a folder")
    if not after_parse and not args.processed.is_dir():
        parser.error(f"--processed {args.processed}: no such folder of processed tables (run parse first)")


def check_report_after_parse(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """:func:`check_report` for ``all``, where parse makes the processed folder."""
    check_report(parser, args, after_parse=True)


def timeline_defaults() -> dict:
    """The parameters of the timeline notebook with their default values: the literals assigned
    in its cell tagged ``parameters`` (the cell papermill replaces), read without running it.

    Read with :mod:`json` and :mod:`ast` rather than ``papermill.inspect_notebook``, whose
    import (jsonschema's format checkers) alone takes about a second, which a re-run with
    nothing to do cannot afford.

    Raises:
        ValueError: the notebook has no ``parameters`` cell, or a default is not a literal.
    """
    from helpers.reports import TIMELINE_NOTEBOOK

    cells = json.loads(TIMELINE_NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    source = next(("".join(c["source"]) for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if source is None:
        raise ValueError(f"{TIMELINE_NOTEBOOK}: no cell tagged 'parameters'")
    defaults = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            defaults[node.target.id] = ast.literal_eval(node.value)
        elif isinstance(node, ast.Assign):
            defaults.update({t.id: ast.literal_eval(node.value) for t in node.targets if isinstance(t, ast.Name)})
    return defaults


# --- groups of options ------------------------------------------------------------------------
def add_verbosity(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--quiet / --verbose, accepted before and after the command name."""
    group = parser.add_mutually_exclusive_group()
    default = {} if top else {"default": argparse.SUPPRESS}
    group.add_argument("-q", "--quiet", action="store_true", help="print only problems", **default)
    group.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print one line per article and, on an unexpected error, its traceback",
        **default,
    )


def add_inputs(parser: argparse.ArgumentParser) -> None:
    """The article files or folders, --max-bytes and --scheduler."""
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="FILE_OR_FOLDER",
        help="article files or folders of them (default: data/raw/articles); "
        "metadata files (*.meta.json) named here are read with their article",
    )
    parser.add_argument(
        "--max-bytes",
        type=positive_int,
        default=MAX_BYTES,
        metavar="N",
        help=f"refuse files larger than N bytes (default: {MAX_BYTES:,})",
    )
    parser.add_argument(
        "--scheduler",
        type=scheduler_address,
        metavar="ADDRESS",
        help="parse on the workers of a Dask distributed cluster, e.g. tcp://10.0.0.5:8786 (they must see "
        "the processed folder at the same path); default: this machine",
    )


def add_run(parser: argparse.ArgumentParser) -> None:
    """--force and --jobs: whether to redo unchanged work, and in how many processes."""
    parser.add_argument(
        "--force", action="store_true", help="parse again articles, and build again reports, that have not changed"
    )
    parser.add_argument(
        "--jobs",
        type=positive_int,
        default=1,
        metavar="N",
        help="work in N worker processes: each loads spaCy once to parse, and runs one reused kernel "
        "for reports (default: 1, in this process)",
    )


def add_processed(parser: argparse.ArgumentParser) -> None:
    """--processed FOLDER (--out, its old name in ``parse``, still accepted, not shown)."""
    help_text = "folder of processed tables, one sub-folder per article (default: data/processed)"
    parser.add_argument("--processed", type=Path, default=PROCESSED_DIR, metavar="FOLDER", help=help_text)
    parser.add_argument("--out", type=Path, dest="processed", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


#: The timeline notebook's parameters as options: flag, value type, metavar, help.
TIMELINE_OPTIONS = [
    ("--start", iso_date, "YYYY-MM-DD", "first day shown"),
    ("--end", iso_date, "YYYY-MM-DD", "last day shown"),
    ("--window-days", days, "N", "days around a release in which talks or sanctions relief count as linked to it"),
    ("--authorities", authority_list, "LIST", "sanctioning authorities to show, comma-separated, e.g. EU,UK"),
    ("--countries", country_list, "LIST", "countries to show, two-letter codes, comma-separated, e.g. BY,RU"),
]


def add_timeline(parser: argparse.ArgumentParser) -> None:
    """--reports FOLDER and the timeline notebook's parameters (:data:`TIMELINE_OPTIONS`)."""
    help_text = "where the HTML reports and index.html go (default: reports)"
    parser.add_argument("--reports", type=Path, default=REPORTS_DIR, metavar="FOLDER", help=help_text)
    group = parser.add_argument_group(
        "timeline report",
        "what the corpus timeline shows; an option left out takes its value from the parameters cell "
        "of notebooks/02_timeline.ipynb",
    )
    for flag, kind, metavar, help_text in TIMELINE_OPTIONS:
        group.add_argument(flag, type=kind, metavar=metavar, help=help_text)
