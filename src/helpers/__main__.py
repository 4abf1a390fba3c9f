"""Command line: ``python -m helpers {parse,report,all,evaluate}`` (see ``--help``).

Every option is checked before any work starts: a bad date, a missing folder or an
unknown authority stops the command at once with a usage error (exit 2). Messages go
to stderr through :mod:`logging` (``--quiet``: problems only; ``--verbose``: one line
per article and the traceback of an unexpected error). Exit code 0 when everything
succeeded, 1 when an article or a report failed, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import logging
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tqdm.contrib.logging import logging_redirect_tqdm

from helpers.core.articles import MAX_BYTES
from helpers.evaluation import evaluate
from helpers.paths import ARTICLES_DIR, PROCESSED_DIR, REPORTS_DIR

log = logging.getLogger("helpers")

DESCRIPTION = """\
Turn news articles on political-prisoner diplomacy into tidy tables and HTML reports.
`make report` runs `all` on data/raw/articles. For the options of a command:
python -m helpers COMMAND --help"""

EPILOG = "Exit code: 0 when everything worked, 1 when an article or a report failed, 2 on a usage error."


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
    :data:`helpers.analysis.reference.SANCTION_AUTHORITIES` (case as written there)."""
    from helpers.analysis.reference import SANCTION_AUTHORITIES

    known = {a.lower(): a for a in SANCTION_AUTHORITIES}
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n.lower() not in known]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"{', '.join(unknown) or repr(value)}: not a sanctioning authority; choose among "
            f"{', '.join(SANCTION_AUTHORITIES)} (comma-separated)"
        )
    return [known[n.lower()] for n in names]


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


def timeline_defaults() -> dict:
    """The parameters of the timeline notebook with their default values (literals in its
    ``parameters`` cell, read by papermill without running it)."""
    import papermill as pm

    from helpers.reports import TIMELINE_NOTEBOOK

    return {name: ast.literal_eval(p["default"]) for name, p in pm.inspect_notebook(str(TIMELINE_NOTEBOOK)).items()}


# --- the commands -------------------------------------------------------------------------------
def _parse(args: argparse.Namespace) -> int:
    from helpers.pipeline import parse_batch

    start = time.perf_counter()
    outcomes = parse_batch(args.inputs or [ARTICLES_DIR], args.processed, force=args.force, max_bytes=args.max_bytes)
    if not outcomes:
        log.error("parse: no article files found in %s", ", ".join(map(str, args.inputs or [ARTICLES_DIR])))
        return 1
    counts = {s: sum(o.status == s for o in outcomes) for s in ("parsed", "skipped", "failed")}
    log.info(
        "parse: %d parsed, %d skipped (unchanged), %d failed, %d inputs in %.1f s -> %s",
        counts["parsed"],
        counts["skipped"],
        counts["failed"],
        len(outcomes),
        time.perf_counter() - start,
        args.processed,
    )
    for o in outcomes:
        if o.status == "failed":
            log.error("%s", o.message)
    return 1 if counts["failed"] else 0


def _report(args: argparse.Namespace) -> int:
    from helpers.reports import build_reports

    start = time.perf_counter()
    items = build_reports(
        args.processed,
        args.reports,
        start=args.start,
        end=args.end,
        window_days=args.window_days,
        authorities=args.authorities,
        countries=args.countries,
    )
    failed = [it for it in items if it.status == "failed"]
    log.info(
        "report: %d ok, %d failed in %.1f s -> %s",
        len(items) - len(failed),
        len(failed),
        time.perf_counter() - start,
        args.reports / "index.html",
    )
    for it in failed:
        log.error("%s %s failed: %s", it.kind, it.name, it.error)
    return 1 if failed else 0


def _all(args: argparse.Namespace) -> int:
    parse_rc = _parse(args)
    return _report(args) or parse_rc


# --- the parser ---------------------------------------------------------------------------------
def _verbosity(parser: argparse.ArgumentParser, *, top: bool) -> None:
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


def _inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="FILE_OR_FOLDER",
        help="article files or folders of them (default: data/raw/articles); "
        "metadata files (*.meta.json) named here are read with their article",
    )
    parser.add_argument("--force", action="store_true", help="parse again articles that have not changed")
    parser.add_argument(
        "--max-bytes",
        type=positive_int,
        default=MAX_BYTES,
        metavar="N",
        help=f"refuse files larger than N bytes (default: {MAX_BYTES:,})",
    )


def _processed(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--processed",
        type=Path,
        default=PROCESSED_DIR,
        metavar="FOLDER",
        help="folder of processed tables, one sub-folder per article (default: data/processed)",
    )
    # --out: the old name of --processed in `parse`, still accepted
    parser.add_argument("--out", type=Path, dest="processed", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _timeline(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reports",
        type=Path,
        default=REPORTS_DIR,
        metavar="FOLDER",
        help="where the HTML reports and index.html go (default: reports)",
    )
    group = parser.add_argument_group(
        "timeline report",
        "what the corpus timeline shows; an option left out takes "
        "its value from the parameters cell of notebooks/02_timeline.ipynb",
    )
    group.add_argument("--start", type=iso_date, metavar="YYYY-MM-DD", help="first day shown")
    group.add_argument("--end", type=iso_date, metavar="YYYY-MM-DD", help="last day shown")
    group.add_argument(
        "--window-days",
        type=days,
        metavar="N",
        help="days around a release in which talks or sanctions relief count as linked to it",
    )
    group.add_argument(
        "--authorities",
        type=authority_list,
        metavar="LIST",
        help="sanctioning authorities to show, comma-separated, e.g. EU,UK (default: all)",
    )
    group.add_argument(
        "--countries",
        type=country_list,
        metavar="LIST",
        help="countries to show, two-letter codes, comma-separated, e.g. BY,RU (default: all)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser of the command line (each sub-parser knows its check and its command)."""
    parser = argparse.ArgumentParser(
        prog="python -m helpers",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _verbosity(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True, title="commands", metavar="COMMAND")

    p = sub.add_parser(
        "parse",
        help="read article files (.txt, .md, .html) and write their tables",
        epilog=EPILOG,
        description="Read article files and write nine tables per article into the processed "
        "folder. Articles whose file and pipeline have not changed are skipped.",
    )
    _inputs(p)
    _processed(p)
    p.set_defaults(func=_parse, checks=[check_parse])

    r = sub.add_parser(
        "report",
        help="run the notebooks on the tables and write HTML reports",
        epilog=EPILOG,
        description="Run the article notebook on each processed article and the timeline notebook "
        "on all of them; write HTML reports and reports/index.html.",
    )
    _processed(r)
    _timeline(r)
    r.set_defaults(func=_report, checks=[check_report])

    a = sub.add_parser(
        "all",
        help="parse, then report",
        epilog=EPILOG,
        description="Parse the articles, then build the reports (what `make report` runs).",
    )
    _inputs(a)
    _processed(a)
    _timeline(a)
    a.set_defaults(func=_all, checks=[check_parse, lambda parser, args: check_report(parser, args, after_parse=True)])

    e = sub.add_parser(
        "evaluate",
        help="score the extractors against annotated articles",
        epilog=EPILOG,
        description="Score every table against hand-annotated articles and write a Markdown report (printed too).",
    )
    evaluate.add_arguments(e)
    e.set_defaults(func=evaluate.run, checks=[])

    for cmd in (p, r, a, e):
        _verbosity(cmd, top=False)
        cmd.set_defaults(parser=cmd)
    return parser


@contextmanager
def logging_to_stderr(*, quiet: bool = False, verbose: bool = False) -> Iterator[None]:
    """Send the ``helpers`` loggers to stderr while the command runs: problems only (quiet),
    progress (default) or every article's line (verbose); lines go above a progress bar.
    Warnings and errors are prefixed with their level. The previous set-up is restored after."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    before = log.level, log.propagate
    log.addHandler(handler)
    log.setLevel(logging.WARNING if quiet else logging.DEBUG if verbose else logging.INFO)
    log.propagate = False
    try:
        with logging_redirect_tqdm(loggers=[log]):
            yield
    finally:
        log.removeHandler(handler)
        log.level, log.propagate = before


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text if record.levelno < logging.WARNING else f"{record.levelname.lower()}: {text}"


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (argparse exits with 2 on a usage error)."""
    args = build_parser().parse_args(argv)
    for check in args.checks:
        check(args.parser, args)
    with logging_to_stderr(quiet=args.quiet, verbose=args.verbose):
        try:
            return args.func(args)
        except KeyboardInterrupt:
            log.error("%s: interrupted", args.command)
            return 130
        except Exception as exc:  # an unforeseen failure: one line, the traceback only when asked for
            if args.verbose:
                log.exception("%s failed", args.command)
            else:
                log.error(
                    "%s: %s: %s (run again with --verbose for the traceback)", args.command, type(exc).__name__, exc
                )
            return 1


if __name__ == "__main__":
    sys.exit(main())
