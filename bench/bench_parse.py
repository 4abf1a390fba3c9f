"""Benchmark: parse throughput of the whole pipeline against its floor, bare spaCy.

Usage: ``python bench/bench_parse.py [--corpus JSONL] [--sizes 100 300 1000] [--rounds 2]
[--jobs 1 2] [--readme bench/README.md]``

The corpus is the Reuters-21578 sanctions/diplomacy subset (559 wire stories, research use
only, so it stays outside the repository; default ``../shared/eval/reuters/...``). A corpus
of N articles takes the stories in order; past the last one, unique copies follow (the
title gets " (copy k)", so file, id and hash differ). Each corpus is written to a
temporary folder as ``.txt`` + ``.meta.json`` files, then measured in one interleaved run,
round after round (A B A B ...):

- floor: ``nlp.pipe`` of the same model (``helpers.core.nlp.MODEL``, no entity ruler) over
  the same block texts, the model already loaded;
- parse, N jobs: ``parse_batch(..., force=True, jobs=N)`` (decode, language check, structure,
  spaCy with the gazetteer ruler, the five extractors, contracts, Parquet writes); with one
  job the pipeline is loaded first, with more the worker start-up (spawn, spaCy load) counts.

Every measurement runs in a fresh child process, so its peak RSS (``wait4``: the largest
of the child and its own worker processes) is its own. Printed: medians and spread
(min-max) of seconds, seconds per article, the ratio to the floor of the same round, the
speed-up of N jobs over one, the CPU seconds of the measured part (with the workers and
their start-up: a figure that a busy machine inflates far less than wall time), peak RSS,
and the machine with its load average (the machine may be shared: the
spread says how much to trust a figure). ``--readme`` writes the
printed block under "## Last run" of that file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[1] / "shared" / "eval" / "reuters" / "reuters21578_sanctions_diplomacy.jsonl"
LAST_RUN = "## Last run"


def make_corpus(jsonl: Path, folder: Path, n: int) -> int:
    """Write ``n`` articles (title, body, date of each JSON line with a body) as
    ``.txt`` + ``.meta.json`` into ``folder``; past the last story, unique copies.

    Returns:
        The number written (0 if the file has no story with a body).
    """
    stories = [d for d in map(json.loads, jsonl.read_text(encoding="utf-8").splitlines()) if d.get("body")]
    for i in range(n if stories else 0):
        doc, copy = stories[i % len(stories)], i // len(stories)
        title = (doc.get("title") or "Untitled") + (f" (copy {copy})" if copy else "")
        stem = f"article_{i:04d}"
        (folder / f"{stem}.txt").write_text(f"{title}\n\n{doc['body']}\n", encoding="utf-8")
        meta = {"title": title, "published": str(doc.get("date") or "")[:10] or None, "source": "Reuters"}
        (folder / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return n if stories else 0


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of its finished children."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _child(kind: str, raw: Path, out: Path, jobs: int) -> dict:
    """One measurement (in a child process): wall and CPU seconds of the floor or of a parse
    (CPU with the worker processes, reaped when the pool closes)."""
    from helpers.batch import find_inputs, parse_batch
    from helpers.core.articles import load_article
    from helpers.core.nlp import BATCH_SIZE, MODEL
    from helpers.core.structure import split_blocks

    if kind == "floor":
        import spacy

        texts = [t for p in find_inputs([raw]) for t in split_blocks(load_article(p).text)["text"]]
        nlp = spacy.load(MODEL)
        start, cpu = time.perf_counter(), _cpu()
        docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
        return {"seconds": time.perf_counter() - start, "cpu": _cpu() - cpu, "blocks": len(docs)}
    if jobs == 1:
        from helpers.core.nlp import get_nlp

        get_nlp()
    start, cpu = time.perf_counter(), _cpu()
    outcomes = parse_batch([raw], out, force=True, summary=False, **({"jobs": jobs} if jobs > 1 else {}))
    return {
        "seconds": time.perf_counter() - start,
        "cpu": _cpu() - cpu,
        "parsed": sum(o.status == "parsed" for o in outcomes),
        "failed": [o.message for o in outcomes if o.status == "failed"][:3],
    }


def measure(kind: str, raw: Path, out: Path, jobs: int = 1) -> dict:
    """Run :func:`_child` in a fresh process; its result plus ``rss_mib`` (peak RSS)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, str(raw), str(out), str(jobs)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"bench: {kind} (jobs {jobs}) failed with exit code {proc.returncode}")
    return {**json.loads(output.decode().splitlines()[-1]), "rss_mib": usage.ru_maxrss / 1024}


def machine() -> str:
    """One line: date, CPU, cores, memory, Python, load average."""
    cpu = next(
        (line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
        platform.processor() or platform.machine(),
    )
    mem = next((int(line.split()[1]) // 1024 for line in _lines("/proc/meminfo") if line.startswith("MemTotal")), 0)
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {cpu}, {os.cpu_count()} cores, "
        f"{mem} MiB, Python {platform.python_version()}, load average {load}"
    )


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


def _spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """Median and (min-max) of a list of figures."""
    med = fmt.format(statistics.median(values))
    return med if len(values) == 1 else f"{med} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def bench_size(jsonl: Path, n: int, rounds: int, jobs: list[int], tmp: Path) -> list[str]:
    """Measure one corpus size; returns the table rows (markdown)."""
    raw = tmp / f"raw_{n}"
    raw.mkdir()
    written = make_corpus(jsonl, raw, n)
    runs: dict[str, list[dict]] = {}
    kinds = [("floor", 1)] + [("parse", j) for j in jobs]
    for r in range(rounds):
        for kind, j in kinds:
            key = "floor" if kind == "floor" else f"parse, {j} job{'s' * (j > 1)}"
            runs.setdefault(key, []).append(measure(kind, raw, tmp / f"out_{n}_{j}_{r}", j))
            print(f"  n={n} round {r + 1}/{rounds} {key}: {runs[key][-1]['seconds']:.1f} s", file=sys.stderr)
    floors = [x["seconds"] for x in runs["floor"]]
    one = runs.get("parse, 1 job")
    rows = []
    for key, xs in runs.items():
        secs = [x["seconds"] for x in xs]
        ratio = _spread([s / f for s, f in zip(secs, floors)]) if key != "floor" else "1"
        speedup = _spread([o["seconds"] / s for o, s in zip(one, secs)]) if one and key != "floor" else ""
        note = f"{xs[0]['parsed']} parsed" if "parsed" in xs[0] else f"{xs[0]['blocks']} blocks"
        if xs[0].get("failed"):
            note += f", failed e.g. {xs[0]['failed'][0]}"
        cpu = [x["cpu"] for x in xs]
        cpu_ratio = _spread([c / f["cpu"] for c, f in zip(cpu, runs["floor"])]) if key != "floor" else "1"
        rows.append(
            f"| {written} | {key} | {_spread(secs)} | {_spread([s / written for s in secs], '{:.3f}')} "
            f"| {ratio} | {speedup} | {_spread(cpu, '{:.1f}')} | {cpu_ratio} "
            f"| {max(x['rss_mib'] for x in xs):.0f} | {note} |"
        )
    return rows


def main(argv: list[str] | None = None) -> str:
    """Run the benchmark and print (and optionally write) its markdown block."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT, help="Reuters JSONL (title, body, date)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds (A B A B...)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="job counts for parse")
    parser.add_argument("--readme", type=Path, help="write the block under '## Last run' of this file")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        raise SystemExit(f"{args.corpus}: corpus not found; pass its path with --corpus")
    before = machine()
    rows = [
        "| articles | run | seconds, median (min-max) | s/article | ratio to floor | speed-up over 1 job "
        "| CPU s | CPU ratio to floor | peak RSS MiB | notes |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            rows += bench_size(args.corpus, n, args.rounds, args.jobs, Path(tmp))
    block = "\n".join(
        [
            f"Machine at start: {before}",
            f"Machine at end: {machine()}",
            f"Rounds: {args.rounds} (interleaved), corpus {args.corpus.name}",
            "",
            *rows,
        ]
    )
    print(block)
    if args.readme:
        text = args.readme.read_text(encoding="utf-8") if args.readme.exists() else ""
        head = text.split(LAST_RUN)[0].rstrip()
        args.readme.write_text(f"{head}\n\n{LAST_RUN}\n\n{block}\n", encoding="utf-8")
    return block


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        print(json.dumps(_child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5]))))
    else:
        main()
