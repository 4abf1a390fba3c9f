"""Command line: ``python -m helpers {parse,report,all,evaluate}`` (see ``--help``).

Every option is checked before any work starts: a bad date, a missing folder or an
unknown authority stops the command at once with a usage error (exit 2). Messages go
to stderr through :mod:`logging` (``--quiet``: problems only; ``--verbose``: one line
per article and the traceback of an unexpected error). Exit code 0 when everything
succeeded, 1 when an article or a report failed, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tqdm.contrib.logging import logging_redirect_tqdm

from helpers import options
from helpers.evaluation import evaluate
from helpers.paths import ARTICLES_DIR

log = logging.getLogger("helpers")

DESCRIPTION = """\
Turn news articles on political-prisoner diplomacy into tidy tables and HTML reports.
`make report` runs `all` on data/raw/articles. For the options of a command:
python -m helpers COMMAND --help"""

EPILOG = "Exit code: 0 when everything worked, 1 when an article or a report failed, 2 on a usage error."


# --- the commands -------------------------------------------------------------------------------
def _parse(args: argparse.Namespace) -> int:
    from helpers.batch import parse_batch

    start = time.perf_counter()
    outcomes = parse_batch(
        args.inputs or [ARTICLES_DIR],
        args.processed,
        force=args.force,
        max_bytes=args.max_bytes,
        jobs=args.jobs,
        scheduler=args.scheduler,
    )
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
        jobs=args.jobs,
        force=args.force,
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


#: name, one-line help, description, option groups, checks run before any work, function
COMMANDS = [
    ("parse", "read article files (.txt, .md, .html) and write their tables",
     "Read article files and write nine tables per article into the processed folder. Articles whose file "
     "and pipeline have not changed are skipped.",
     [options.add_inputs, options.add_run, options.add_processed], [options.check_parse], _parse),
    ("report", "run the notebooks on the tables and write HTML reports",
     "Run the article notebook on each processed article and the timeline notebook on all of them; write "
     "HTML reports and reports/index.html.",
     [options.add_run, options.add_processed, options.add_timeline], [options.check_report], _report),
    ("all", "parse, then report", "Parse the articles, then build the reports (what `make report` runs).",
     [options.add_inputs, options.add_run, options.add_processed, options.add_timeline],
     [options.check_parse, options.check_report_after_parse], _all),
    ("evaluate", "score the extractors against annotated articles",
     "Score every table against hand-annotated articles and write a Markdown report (printed too).",
     [evaluate.add_arguments], [], evaluate.run),
]  # fmt: skip


# --- the parser ---------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    """The argparse parser of the command line (each sub-parser knows its check and its command)."""
    parser = argparse.ArgumentParser(
        prog="python -m helpers",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    options.add_verbosity(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True, title="commands", metavar="COMMAND")
    for name, summary, description, groups, checks, func in COMMANDS:
        cmd = sub.add_parser(name, help=summary, description=description, epilog=EPILOG)
        for add in groups:
            add(cmd)
        options.add_verbosity(cmd, top=False)
        cmd.set_defaults(func=func, checks=checks, parser=cmd)
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
