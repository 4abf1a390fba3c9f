"""Benchmark: peak memory of a batch of articles with very long paragraphs (issue 11).

Usage: ``python bench/bench_memory.py [REUTERS_JSONL] [--n 20] [--chars 100000]``

Each article is one paragraph of ``--chars`` characters made of real wire copy: Reuters
stories (Reuters-21578 sanctions/diplomacy subset, outside the repository; default
``../shared/eval/reuters/...``) joined with their line breaks removed, a different
rotation of the stories for every article. The batch is parsed by ``parse_batch`` in this
process; the figure is the process's peak resident set size (``getrusage``), against the
target of 2 GiB for 20 such articles. The child-free single process is what ``make report``
runs. Prints the figures and the machine; nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "reuters" / "reuters21578_sanctions_diplomacy.jsonl"
TARGET_MIB = 2048


def long_articles(jsonl: Path, folder: Path, n: int, chars: int) -> None:
    """Write ``n`` articles of one ``chars``-character paragraph each into ``folder``."""
    bodies = [" ".join(json.loads(line)["body"].split()) for line in jsonl.read_text().splitlines() if line.strip()]
    for i in range(n):
        paragraph, k = "", i * 7
        while len(paragraph) < chars:
            paragraph += bodies[k % len(bodies)] + " "
            k += 1
        (folder / f"long_{i:02d}.txt").write_text(f"Long article {i}\n\n{paragraph[:chars]}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--chars", type=int, default=100_000)
    args = parser.parse_args(argv)
    if not args.jsonl.is_file():
        print(f"bench_memory: {args.jsonl}: no such file (the Reuters JSONL of ../shared/eval)", file=sys.stderr)
        return 2
    from helpers.batch import parse_batch

    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "out"
        raw.mkdir()
        long_articles(args.jsonl, raw, args.n, args.chars)
        start = time.perf_counter()
        outcomes = parse_batch([raw], out, log=lambda _: None)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    parsed = sum(o.status == "parsed" for o in outcomes)
    print(f"machine: {platform.machine()}, Python {platform.python_version()}, {platform.system()}")
    print(f"{parsed}/{args.n} articles of {args.chars:,} characters in one paragraph parsed in {seconds:.1f} s")
    print(f"peak RSS: {peak:,.0f} MiB (target under {TARGET_MIB:,} MiB: {'met' if peak < TARGET_MIB else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
