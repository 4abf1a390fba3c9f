"""Command line: ``python -m helpers {parse,report,all,evaluate}``.

- ``parse FILE_OR_DIR... [--out DIR] [--force] [--max-bytes N]``: raw articles -> tables.
- ``report [--processed DIR] [--reports DIR] [--start D] [--end D]``: tables -> HTML.
- ``all [FILE_OR_DIR...]``: both (default input ``data/raw/articles``).
- ``evaluate ...``: scores against annotated articles (see :mod:`helpers.evaluation.evaluate`).

Exit code 0 when everything succeeded, 1 when any article or report failed, 2 on usage errors.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from helpers.evaluation import evaluate
from helpers.core.articles import MAX_BYTES
from helpers.paths import ARTICLES_DIR, PROCESSED_DIR, REPORTS_DIR


def _parse(args) -> int:
    from helpers.pipeline import parse_batch

    if Path(args.out).exists() and not Path(args.out).is_dir():
        print(f"parse: --out {args.out} is a file, not a folder", file=sys.stderr)
        return 2
    if args.max_bytes <= 0:
        print("parse: --max-bytes must be positive", file=sys.stderr)
        return 2
    start = time.perf_counter()
    outcomes = parse_batch(args.inputs or [ARTICLES_DIR], args.out, force=args.force, max_bytes=args.max_bytes)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("parsed", "skipped", "failed")}
    print(f"parse: {counts['parsed']} parsed, {counts['skipped']} skipped (unchanged), "
          f"{counts['failed']} failed, {len(outcomes)} inputs in {time.perf_counter() - start:.1f} s")
    for o in outcomes:
        if o.status == "failed":
            print(f"  FAILED {o.message}")
    if not outcomes:
        print("parse: no input files found", file=sys.stderr)
        return 1
    return 1 if counts["failed"] else 0


def _report(args) -> int:
    from helpers.reports import build_reports

    if not Path(args.processed).is_dir():
        print(f"report: {args.processed}: no such folder of processed tables (run parse first)", file=sys.stderr)
        return 2
    start = time.perf_counter()
    items = build_reports(Path(args.processed), Path(args.reports), start=args.start, end=args.end)
    failed = [it for it in items if it.status == "failed"]
    print(f"report: {len(items) - len(failed)} ok, {len(failed)} failed in "
          f"{time.perf_counter() - start:.1f} s -> {Path(args.reports) / 'index.html'}")
    for it in failed:
        print(f"  FAILED {it.kind} {it.name}: {it.error}")
    return 1 if failed else 0


def _all(args) -> int:
    args.out = args.processed
    parse_rc = _parse(args)
    report_rc = _report(args)
    return parse_rc or report_rc


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser of the CLI."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="raw articles -> tidy tables in --out/<article_id>/")
    p.add_argument("inputs", nargs="*", type=Path, help="article files or folders (default data/raw/articles)")
    p.add_argument("--out", type=Path, default=PROCESSED_DIR, help="output folder (default data/processed)")
    p.set_defaults(func=_parse)

    r = sub.add_parser("report", help="processed tables -> executed notebooks -> HTML reports")
    r.set_defaults(func=_report)

    a = sub.add_parser("all", help="parse then report")
    a.add_argument("inputs", nargs="*", type=Path, help="article files or folders (default data/raw/articles)")
    a.set_defaults(func=_all)

    for cmd in (p, a):
        cmd.add_argument("--force", action="store_true", help="re-parse unchanged articles")
        cmd.add_argument("--max-bytes", type=int, default=MAX_BYTES, help="size limit per file (default 5 MB)")
    for cmd in (r, a):
        cmd.add_argument("--processed", default=str(PROCESSED_DIR), help="processed tables folder")
        cmd.add_argument("--reports", default=str(REPORTS_DIR), help="reports folder")
        cmd.add_argument("--start", help="timeline start, ISO date")
        cmd.add_argument("--end", help="timeline end, ISO date")

    e = sub.add_parser("evaluate", help="score the extractors against annotated articles")
    evaluate.add_arguments(e)
    e.set_defaults(func=evaluate.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
