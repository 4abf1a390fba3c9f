"""Benchmark: parse, reports and whole runs against their floors.

Usage: ``python bench/bench_parse.py [--corpus JSONL] [--sizes 100 300 1000] [--rounds 2]
[--jobs 1 2] [--one-job-up-to 300] [--floor-reports 5] [--readme bench/README.md]``

The corpus is the Reuters-21578 sanctions/diplomacy subset (559 wire stories, research use
only, so it stays outside the repository; default ``../shared/eval/reuters/...``). A corpus
of N articles takes the stories in order; past the last one, unique copies follow (the
title gets " (copy k)", so file, id and hash differ). Each corpus is written to a
temporary folder as ``.txt`` + ``.meta.json`` files, then measured in one interleaved run,
round after round (A B C A B C ...):

- parse floor: ``nlp.pipe`` of the same model (``helpers.core.nlp.MODEL``, no entity ruler)
  over the same block texts (of the articles the pipeline accepts), the model already loaded;
- parse alone (with 1 job only): ``parse_batch(..., force=True)`` with the pipeline loaded
  first, as the floor's model is: decode, language check, structure, spaCy with the gazetteer
  ruler, the five extractors, contracts, Parquet writes. Its ratio to the floor is the
  figure the parse target is judged on;
- report floor: papermill (a kernel of its own) and nbconvert's HTML export of a notebook that
  imports pandas and matplotlib and prints one number, per report;
- whole run, N jobs: what ``python -m helpers all --jobs N`` does, from a fresh process with
  its imports: the parse (worker start-up included), the reports (the corpus store, the
  article reports and the timeline on reused kernels), then the same command again with
  nothing changed (its wall time, interpreter start-up included). Corpora larger than
  ``--one-job-up-to`` are run with the largest job count only.

Every measurement runs in a fresh child process, so its peak RSS (``wait4``: the largest
single process among the child and its workers and kernels) is its own. Printed: medians
and spread (min-max) of seconds, seconds per article or report, the ratio to the floor of
the same round, the speed-up of N jobs over one, CPU seconds (with the workers and kernels:
a figure a busy machine inflates far less than wall time), peak RSS, the machine with its
load average (the machine may be shared: the spread says how much to trust a figure), and
the issue's targets met or missed, scaled to the largest corpus measured. ``--readme``
writes the printed block under "## Last run" of that file.
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
    """One measurement (in a child process): wall and CPU seconds of the parse floor, of a
    parse, of the reports floor, or of a whole run (``all``: parse, reports, then a re-run
    with nothing changed). CPU counts the worker processes and kernels, reaped when done."""
    if kind == "all":
        return _all(raw, out, jobs)
    if kind == "reports-floor":
        return _reports_floor(out, jobs)  # jobs: how many floor notebooks
    from helpers.batch import find_inputs, parse_batch
    from helpers.core.articles import load_article
    from helpers.core.nlp import BATCH_SIZE, MODEL
    from helpers.core.structure import split_blocks

    if kind == "floor":
        import spacy

        texts = [t for a in _loadable(find_inputs([raw]), load_article) for t in split_blocks(a.text)["text"]]
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


def _loadable(paths, load) -> list:
    """The articles the pipeline would parse (those it refuses, e.g. not in English, left out)."""
    from helpers.core.articles import ArticleError

    out = []
    for path in paths:
        try:
            out.append(load(path))
        except ArticleError:
            continue
    return out


def _all(raw: Path, out: Path, jobs: int) -> dict:
    """What ``python -m helpers all --jobs N`` does, timed by part from a fresh process
    (imports included), then the same command again with nothing changed (its wall time,
    interpreter start-up included)."""
    start, cpu = time.perf_counter(), _cpu()
    from helpers.batch import parse_batch
    from helpers.reports import build_reports

    outcomes = parse_batch([raw], out / "processed", jobs=jobs)
    parsed, parse_cpu = time.perf_counter(), _cpu()
    items = build_reports(out / "processed", out / "reports", jobs=jobs)
    done = time.perf_counter()
    rerun = [sys.executable, "-m", "helpers", "all", str(raw), "--processed", str(out / "processed")]
    # exit code 1 when an input was refused (e.g. not in English), as in the first run: not an error here
    subprocess.run([*rerun, "--reports", str(out / "reports"), "--jobs", str(jobs), "-q"], stderr=subprocess.DEVNULL)
    return {
        "seconds": done - start,
        "parse": parsed - start,
        "parse_cpu": parse_cpu - cpu,
        "reports": done - parsed,
        "reports_cpu": _cpu() - parse_cpu,
        "timeline": next(it.seconds for it in items if it.kind == "timeline"),
        "rerun": time.perf_counter() - done,
        "cpu": _cpu() - cpu,
        "parsed": sum(o.status == "parsed" for o in outcomes),
        "n_reports": sum(it.kind != "input" for it in items),
        "failed": [o.message for o in outcomes if o.status == "failed"][:3]
        + [f"{it.name}: {it.error}" for it in items if it.status == "failed"][:3],
    }


def _reports_floor(out: Path, n: int) -> dict:
    """The floor of one report: papermill (a kernel of its own) and nbconvert's HTML export of
    a notebook that imports pandas and matplotlib and prints one number; mean of ``n`` runs."""
    import nbformat
    import papermill as pm
    from nbconvert import HTMLExporter

    out.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook(
        metadata={"kernelspec": {"name": "helpers", "display_name": "x", "language": "python"}}
    )
    nb.cells = [nbformat.v4.new_code_cell("import pandas as pd\nimport matplotlib.pyplot as plt\nprint(1)")]
    nbformat.write(nb, out / "floor.ipynb")
    start, cpu = time.perf_counter(), _cpu()
    for i in range(n):
        pm.execute_notebook(
            str(out / "floor.ipynb"), str(out / f"run{i}.ipynb"), kernel_name="helpers", progress_bar=False
        )
        body, _ = HTMLExporter().from_filename(str(out / f"run{i}.ipynb"))
        (out / f"run{i}.html").write_text(body, encoding="utf-8")
    return {"seconds": (time.perf_counter() - start) / n, "cpu": (_cpu() - cpu) / n, "reports": n}


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


def bench_size(
    jsonl: Path, n: int, rounds: int, jobs: list[int], tmp: Path, floor_reports: int = 5
) -> tuple[list[str], dict]:
    """Measure one corpus size, round after round (floors, then a whole run per job count);
    returns the table rows (markdown) and the medians the targets are judged on."""
    raw = tmp / f"raw_{n}"
    raw.mkdir()
    written = make_corpus(jsonl, raw, n)
    runs: dict[str, list[dict]] = {}
    kinds = [("floor", 1)] + [("parse", 1)] * (1 in jobs) + [("reports-floor", 1)] + [("all", j) for j in jobs]
    for r in range(rounds):
        for kind, j in kinds:
            key = j if kind == "all" else kind
            count = floor_reports if kind == "reports-floor" else j
            runs.setdefault(key, []).append(measure(kind, raw, tmp / f"out_{n}_{kind}_{j}_{r}", count))
            print(f"  n={n} round {r + 1}/{rounds} {kind} {j}: {runs[key][-1]['seconds']:.1f} s", file=sys.stderr)
    floor, report_floor = runs["floor"], runs["reports-floor"]
    blocks = f"{floor[0]['blocks']} blocks"
    rows = [
        _row(written, "parse floor (nlp.pipe)", floor, "seconds", "cpu", written, None, None, blocks),
        _row(
            written, "report floor (one report)", report_floor, "seconds", "cpu", 1, None, None, "papermill + nbconvert"
        ),
    ]
    if "parse" in runs:  # the pipeline loaded first, as the floor's model is: the ratio of the work alone
        rows.append(_row(written, "parse alone, 1 job", runs["parse"], "seconds", "cpu", written, floor, None))
    figures = {}
    for j in jobs:
        xs, one = runs[j], runs.get(1)
        note = f"{xs[0]['parsed']} parsed, {xs[0]['n_reports']} reports" + (
            f", failed e.g. {xs[0]['failed'][0]}" if xs[0]["failed"] else ""
        )
        per_report = [{"seconds": x["reports"] / max(1, x["n_reports"])} for x in xs]
        jn = f"{j} job{'s' * (j > 1)}"
        rows += [
            _row(written, f"parse, {jn}", xs, "parse", "parse_cpu", written, None, one, note),
            _row(written, f"reports, {jn}", xs, "reports", "reports_cpu", written, None, one),
            _row(written, f"one report, {jn}", per_report, "seconds", None, 1, report_floor, None),
            _row(written, f"timeline report, {jn}", xs, "timeline", None, 1, None, None),
            _row(written, f"end to end, {jn}", xs, "seconds", "cpu", written, None, one),
            _row(written, f"re-run, nothing changed, {jn}", xs, "rerun", None, 1, None, None),
        ]
        figures[j] = {
            k: statistics.median(x[k] for x in xs) for k in ("parse", "reports", "timeline", "seconds", "rerun")
        }
        if "parse" in runs:
            figures[j]["ratio"] = statistics.median(x["seconds"] / f["seconds"] for x, f in zip(runs["parse"], floor))
        if one:
            figures[j]["speedup"] = statistics.median(o["parse"] / x["parse"] for o, x in zip(one, xs))
    return rows, figures


def _row(n, label, xs, key, cpu_key, per, floor, one, note="") -> str:
    """A markdown row: seconds, per item, ratio to ``floor`` (same round), speed-up over
    ``one`` (the one-job runs), CPU seconds, peak RSS."""
    secs = [x[key] for x in xs]
    ratio = _spread([s / f["seconds"] for s, f in zip(secs, floor)]) if floor else ""
    speedup = _spread([o[key] / s for o, s in zip(one, secs)]) if one and one is not xs else ""
    cpu = _spread([x[cpu_key] for x in xs], "{:.1f}") if cpu_key else ""
    rss = f"{max(x['rss_mib'] for x in xs):.0f}" if "rss_mib" in xs[0] else ""
    per_item = _spread([s / per for s in secs], "{:.3f}")
    return f"| {n} | {label} | {_spread(secs)} | {per_item} | {ratio} | {speedup} | {cpu} | {rss} | {note} |"


def targets(figures: dict[int, dict], jobs: list[int]) -> list[str]:
    """The issue's targets, each met or missed, from the medians of the largest corpus
    measured (and of 100 articles for the parse ratio)."""
    if not figures:
        return []
    sizes, j = sorted(figures), max(jobs)
    big, small = figures[sizes[-1]][j], figures[sizes[0]].get(1, figures[sizes[0]][j])
    n = sizes[-1]
    checks = (
        [(f"parse / floor, {sizes[0]} articles, 1 job", small["ratio"], 1.5, "{:.2f}x")] if "ratio" in small else []
    )
    checks += [
        (f"parse, {n} articles, {j} jobs (s)", big["parse"], 120 * n / 1000, "{:.0f}"),
        (f"{n} article reports, {j} jobs (s)", big["reports"], 360 * n / 1000, "{:.0f}"),
        (f"timeline report at {n} articles (s)", big["timeline"], 5, "{:.1f}"),
        (f"re-run with nothing changed, {n} articles (s)", big["rerun"], 3, "{:.1f}"),
        (f"{n} articles end to end, {j} jobs (s)", big["seconds"], 480 * n / 1000, "{:.0f}"),
    ]
    lines = ["| target | measured | limit | |", "|---|---|---|---|"]
    lines += [
        f"| {name} | {fmt.format(v)} | {fmt.format(lim)} | {'met' if v <= lim else 'missed'} |"
        for name, v, lim, fmt in checks
    ]
    both = [m for m in sizes if "speedup" in figures[m][j]] if j > 1 else []
    if both:  # the largest corpus run with one job and with j
        m, speedup = both[-1], figures[both[-1]][j]["speedup"]
        met = "met" if speedup >= 1.6 else "missed"
        lines.append(f"| parse speed-up of {j} jobs over 1, {m} articles | {speedup:.2f}x | >= 1.60x | {met} |")
    return lines


def main(argv: list[str] | None = None) -> str:
    """Run the benchmark and print (and optionally write) its markdown block."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT, help="Reuters JSONL (title, body, date)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds (A B A B...)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="job counts of the whole runs")
    parser.add_argument(
        "--floor-reports", type=int, default=5, metavar="N", help="trivial notebooks run for the report floor"
    )
    parser.add_argument(
        "--one-job-up-to",
        type=int,
        default=300,
        metavar="N",
        help="larger corpora are run with the largest job count only (default 300)",
    )
    parser.add_argument("--readme", type=Path, help="write the block under '## Last run' of this file")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        raise SystemExit(f"{args.corpus}: corpus not found; pass its path with --corpus")
    before = machine()
    rows = [
        "| articles | run | seconds, median (min-max) | per article (or report) | ratio to floor "
        "| speed-up over 1 job | CPU s | peak RSS MiB | notes |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            jobs = args.jobs if n <= args.one_job_up_to else [max(args.jobs)]
            size_rows, figures[n] = bench_size(args.corpus, n, args.rounds, jobs, Path(tmp), args.floor_reports)
            rows += size_rows
    rows += ["", *targets(figures, args.jobs)]
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
