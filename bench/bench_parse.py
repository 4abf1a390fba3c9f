"""Benchmark: parse throughput of the whole pipeline against its floor (spaCy alone).

Usage: ``python bench/bench_parse.py [REUTERS_JSONL] [--n N]``

The corpus (Reuters-21578 sanctions/diplomacy subset, research use only) stays outside
the repository; by default it is looked for at ``../shared/eval/reuters/...``. Each
article is written to a temporary folder as ``.txt`` + ``.meta.json``, then:

1. floor: ``nlp.pipe`` over the same block texts (tokeniser, tagger, parser, NER);
2. pipeline: ``parse_batch`` (load, decode, structure, spaCy, extractors, validation,
   atomic Parquet writes);
3. re-run: the same batch again, every article skipped as unchanged.

Prints articles/s, the ratio pipeline/floor and the machine, and appends nothing to the
repository: copy the printed block into ``bench/README.md`` by hand.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "reuters" / "reuters21578_sanctions_diplomacy.jsonl"


def write_corpus(jsonl: Path, folder: Path, n: int) -> int:
    """Write the first n Reuters articles with a body as .txt + .meta.json; return the count."""
    count = 0
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if not doc.get("body") or count >= n:
            continue
        stem = f"reuters_{count:04d}"
        (folder / f"{stem}.txt").write_text(f"{doc.get('title') or 'Untitled'}\n{doc['body']}\n", encoding="utf-8")
        published = str(doc.get("date", ""))[:10] or None
        (folder / f"{stem}.meta.json").write_text(json.dumps({"published": published, "source": "Reuters"}))
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--n", type=int, default=200, help="articles to parse (default 200)")
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus}: corpus not found; pass its path")

    from helpers.core.nlp import get_nlp, parse_texts
    from helpers.pipeline import find_inputs, parse_batch
    from helpers.core.articles import load_article
    from helpers.core.structure import split_blocks

    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp, "raw"), Path(tmp, "out")
        raw.mkdir()
        n = write_corpus(args.corpus, raw, args.n)
        t0 = time.perf_counter(); get_nlp(); load_s = time.perf_counter() - t0
        texts = []
        for path in find_inputs([raw]):
            try:
                texts += split_blocks(load_article(path).text)["text"].tolist()
            except Exception:
                pass
        t0 = time.perf_counter(); parse_texts(texts); floor = time.perf_counter() - t0
        t0 = time.perf_counter(); outcomes = parse_batch([raw], out); full = time.perf_counter() - t0
        t0 = time.perf_counter(); again = parse_batch([raw], out); rerun = time.perf_counter() - t0
    ok = sum(o.status == "parsed" for o in outcomes)
    failed = [o.message for o in outcomes if o.status == "failed"]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"articles: {n} written, {ok} parsed, {len(failed)} failed (e.g. {failed[:2]})")
    print(f"spaCy model load: {load_s:.2f} s")
    print(f"floor (nlp.pipe on {len(texts)} blocks): {floor:.2f} s = {n / floor:.1f} articles/s")
    print(f"pipeline (parse_batch): {full:.2f} s = {n / full:.1f} articles/s; ratio to floor {full / floor:.2f}")
    print(f"re-run, all unchanged: {rerun:.2f} s ({sum(o.status == 'skipped' for o in again)} skipped)")


if __name__ == "__main__":
    main()
