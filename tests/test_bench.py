"""bench/bench_parse.py, smoke run: a handful of gold articles as a corpus, one round.
It asserts the run completes and prints every figure; never how fast (speed is measured
by ``make bench``, not by tests)."""

import importlib.util
import json

from conftest import GOLD, TESTS

spec = importlib.util.spec_from_file_location("bench_parse", TESTS.parent / "bench" / "bench_parse.py")
bench_parse = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_parse)


def test_bench_smoke_prints_every_figure(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    texts = [p.read_text(encoding="utf-8").split("\n", 1) for p in sorted(GOLD.glob("*.txt"))[:2]]
    corpus.write_text("\n".join(json.dumps({"title": t, "body": b, "date": "2025-12-13"}) for t, b in texts))
    readme = tmp_path / "README.md"
    readme.write_text("# Benchmarks\n\nintro\n\n## Last run\n\nold figures\n")
    argv = ["--corpus", str(corpus), "--sizes", "3", "--rounds", "1", "--jobs", "1", "--floor-reports", "1"]
    block = bench_parse.main([*argv, "--readme", str(readme)])
    assert block in capsys.readouterr().out
    rows = {
        r[1]: r for r in ([c.strip() for c in line.strip("|").split("|")] for line in block.splitlines()) if r[0] == "3"
    }
    assert list(rows) == [
        "parse floor (nlp.pipe)",
        "report floor (one report)",
        "parse alone, 1 job",
        "parse, 1 job",
        "reports, 1 job",
        "one report, 1 job",
        "timeline report, 1 job",
        "end to end, 1 job",
        "re-run, nothing changed, 1 job",
    ]
    alone, parse, one_report = rows["parse alone, 1 job"], rows["parse, 1 job"], rows["one report, 1 job"]
    assert all(float(r[2]) > 0 for r in rows.values())  # seconds
    assert float(alone[4]) > 0 and float(one_report[4]) > 0  # ratios to the parse and report floors
    assert float(alone[6]) > 0 and float(parse[6]) > 0  # CPU seconds
    assert float(parse[7]) > 100  # peak RSS in MiB of a process that loaded spaCy
    assert parse[8] == "3 parsed, 4 reports" and rows["parse floor (nlp.pipe)"][8].endswith("blocks")
    verdicts = [line.rsplit("|", 2)[-2].strip() for line in block.splitlines() if line.startswith("| re-run")]
    assert verdicts and verdicts[0] in ("met", "missed")
    assert "cores" in block and "load average" in block
    text = readme.read_text()
    assert text.startswith("# Benchmarks\n\nintro\n\n## Last run\n\n") and "old figures" not in text


def test_copies_past_the_corpus_are_unique(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"title": "T", "body": "Body text here.", "date": "1987-02-26"})
        + "\n"
        + json.dumps({"title": "No body", "body": ""})
    )
    assert bench_parse.make_corpus(corpus, tmp_path, 3) == 3
    texts = [p.read_text() for p in sorted(tmp_path.glob("article_*.txt"))]
    assert len(set(texts)) == 3 and texts[2].startswith("T (copy 2)\n")
