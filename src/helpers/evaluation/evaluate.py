"""``python -m helpers evaluate``: the evaluation runs asked for on the command line,
printed and written as a Markdown report (default ``reports/evaluation.md``).

Sections, in order: the gold set ``tests/gold/`` (with baselines; the quality gate of
``make test``), the held-out set ``tests/heldout/`` (reported, not gated), the Reuters
real-text sets ``tests/gold_reuters/`` and ``tests/gold_reuters2/``, the measuring set whose
errors are never listed (reported, not gated; only when their JSONL is there), the news
measuring set ``tests/gold_news3/`` on TimeBank/AQUAINT texts (the same treatment), the
PolNeAR event sets ``tests/gold_polnear/`` (dev: errors listed with ``--errors``) and
``tests/gold_polnear2/`` (measuring: errors never listed) on the ``--polnear`` texts,
TempEval-3 on TimeBank/AQUAINT, PolNeAR quotations, and the crash check. The crash check starts
first, in ``--jobs`` worker processes; meanwhile this process scores TempEval and the sets whose
articles the check does not extract (gold, held-out, and the news set, whose Articles join title
and stripped text); then the Reuters sets, the PolNeAR event sets and the PolNeAR quotations
score the tables the check extracted instead of extracting them again.

Where things are: gold loading :mod:`~helpers.evaluation.gold` and
:mod:`~helpers.evaluation.reuters`; scoring :mod:`~helpers.evaluation.scoring` and
:mod:`~helpers.evaluation.event_scoring`; runs over annotated sets
:mod:`~helpers.evaluation.annotated`; public corpora :mod:`~helpers.evaluation.corpora`;
baselines :mod:`~helpers.evaluation.baselines`; Markdown :mod:`~helpers.evaluation.report`;
zero-exception check :mod:`~helpers.evaluation.crash_check`.
"""

from __future__ import annotations

import argparse
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from helpers.evaluation.annotated import evaluate_gold, evaluate_news, evaluate_reuters, score_articles
from helpers.evaluation.corpora import evaluate_polnear, evaluate_tempeval
from helpers.evaluation.corpus_scoring import tempeval_scores
from helpers.evaluation.crash_check import crash_check, crash_markdown
from helpers.evaluation.gold import GOLD_DIR, HELDOUT_DIR
from helpers.evaluation.news import NEWS_GOLD_DIR, NEWS_JSONLS
from helpers.evaluation.polnear import POLNEAR_GOLD_DIRS, POLNEAR_MEASURE_DIR, load_polnear_gold
from helpers.evaluation.report import polnear_markdown, set_section, tempeval_markdown
from helpers.evaluation.reuters import REUTERS_GOLD_DIRS, REUTERS_JSONL, REUTERS_MEASURE_DIR
from helpers.options import positive_int
from helpers.paths import REPORTS_DIR

GATED = ("entities", "quotes", "quantities", "timexes", "events")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``python -m helpers evaluate``."""
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="annotated articles (default tests/gold)")
    parser.add_argument("--no-gold", action="store_true", help="skip the gold-set evaluation")
    parser.add_argument(
        "--heldout",
        type=Path,
        default=HELDOUT_DIR if HELDOUT_DIR.is_dir() else None,
        metavar="DIR",
        help="held-out annotated articles, reported after the gold set and not gated "
        "(default tests/heldout when it exists)",
    )
    parser.add_argument("--no-heldout", action="store_true", help="skip the held-out evaluation")
    parser.add_argument(
        "--reuters",
        type=Path,
        metavar="PATH",
        default=REUTERS_JSONL if REUTERS_JSONL.is_file() else None,
        help="Reuters JSONL holding the texts of tests/gold_reuters (default "
        "../shared/eval/reuters/reuters21578_sanctions_diplomacy.jsonl when it exists)",
    )
    parser.add_argument(
        "--reuters-gold",
        type=Path,
        nargs="+",
        metavar="DIR",
        default=list(REUTERS_GOLD_DIRS),
        help="Reuters gold annotation folders, each reported under its own heading (default "
        "tests/gold_reuters and the measuring set tests/gold_reuters2)",
    )
    parser.add_argument("--no-reuters", action="store_true", help="skip the Reuters evaluation")
    parser.add_argument(
        "--news",
        type=Path,
        nargs="+",
        metavar="PATH",
        default=list(NEWS_JSONLS) if all(p.is_file() for p in NEWS_JSONLS) else None,
        help="TimeBank/AQUAINT JSONL files holding the texts of the news measuring set (default "
        "../shared/eval/timebank/aquaint_tbaq.jsonl and timebank_tbaq.jsonl when they exist)",
    )
    parser.add_argument(
        "--news-gold",
        type=Path,
        metavar="DIR",
        default=NEWS_GOLD_DIR,
        help="news measuring set: gold annotation folder, scored on the --news texts (default tests/gold_news3)",
    )
    parser.add_argument("--no-news", action="store_true", help="skip the news measuring set")
    parser.add_argument(
        "--tempeval",
        type=Path,
        nargs="+",
        action="extend",
        default=[],
        metavar="PATH",
        help="TempEval JSONL files (TimeBank, AQUAINT) to score the timex extractor on",
    )
    parser.add_argument(
        "--polnear",
        type=Path,
        metavar="PATH",
        help="PolNeAR JSONL (e.g. dev.jsonl) to score quotes on, and the texts of the PolNeAR event sets",
    )
    parser.add_argument(
        "--polnear-gold",
        type=Path,
        nargs="+",
        metavar="DIR",
        default=[d for d in POLNEAR_GOLD_DIRS if d.is_dir()],
        help="PolNeAR event gold folders scored on the --polnear texts, each under its own heading "
        "(default tests/gold_polnear and the measuring set tests/gold_polnear2 when present)",
    )
    parser.add_argument("--no-polnear-gold", action="store_true", help="skip the PolNeAR event sets")
    parser.add_argument(
        "--no-polnear-quotes", action="store_true", help="skip the PolNeAR quotation scores (--polnear)"
    )
    parser.add_argument(
        "--crash-check",
        type=Path,
        nargs="+",
        action="extend",
        default=[],
        metavar="PATH",
        help="JSONL files, folders of them or article files: run the whole extraction on every "
        "text and list every exception (exit status 1 if any)",
    )
    parser.add_argument(
        "--jobs",
        type=positive_int,
        default=1,
        metavar="N",
        help="run the crash check in N worker processes (default: 1, in this process)",
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list every event false positive and missed gold event of each annotated set (with its evidence)",
    )
    parser.add_argument("--out", type=Path, default=REPORTS_DIR / "evaluation.md", help="Markdown report path")


def _annotated_sections(args: argparse.Namespace, crashes: Future | None) -> list[str]:
    """The sections of the annotated sets asked for, in the report's order. The sets that extract
    their own articles (gold, held-out, news) are scored first, while the crash check runs; the
    Reuters and PolNeAR sets then score the tables it extracted."""
    gold, heldout, news = _gold_sections(args), _heldout_section(args), _news_section(args)
    extracted = crashes.result().tables if crashes is not None else {}
    reuters = [] if args.reuters is None or args.no_reuters else args.reuters_gold
    polnear = [] if args.polnear is None or args.no_polnear_gold else args.polnear_gold
    return [
        *gold,
        *heldout,
        *(line for folder in reuters for line in _reuters_section(args, Path(folder), extracted)),
        *news,
        *(line for folder in polnear for line in _polnear_section(args, Path(folder), extracted)),
    ]


def _gold_sections(args: argparse.Namespace) -> list[str]:
    if args.no_gold:
        return []
    note = "Micro-averaged over articles; matching rules in tests/gold/README.md."
    return set_section("Annotated articles", Path(args.gold).name, evaluate_gold(args.gold), note, errors=args.errors)


def _heldout_section(args: argparse.Namespace) -> list[str]:
    """The held-out set's section, unless it is not asked for or is the gold folder itself."""
    if args.heldout is None or args.no_heldout:
        return []
    if not args.no_gold and Path(args.heldout).resolve() == Path(args.gold).resolve():
        return []
    return set_section(
        "Held-out articles",
        Path(args.heldout).name,
        evaluate_gold(args.heldout),
        "Not part of the quality gate (see tests/heldout/README.md); micro-averaged over "
        "articles, same matching rules as the gold set.",
        errors=args.errors,
    )


def _news_section(args: argparse.Namespace) -> list[str]:
    if args.news is None or args.no_news:
        return []
    return _measuring_section(
        "News, measuring set",
        Path(args.news_gold),
        evaluate_news(args.news, args.news_gold),
        "Texts from " + ", ".join(Path(p).name for p in args.news) + "; not part of the quality gate "
        "(targets of issue 9: events P >= 0.90, R >= 0.85, quotes with the right speaker >= 0.92). Rules in "
        "tests/gold_reuters/README.md; no baselines. Measuring set: first figures in "
        "tests/gold_news3/BASELINE.md; errors never listed.",
    )


def _polnear_section(args: argparse.Namespace, folder: Path, extracted: dict) -> list[str]:
    """One PolNeAR event gold folder's section. The measuring set (``tests/gold_polnear2``) gets
    its own heading and never lists its errors, even with ``--errors`` (its README)."""
    measuring = folder.resolve() == POLNEAR_MEASURE_DIR.resolve()
    note = (
        f"Texts from {Path(args.polnear).name}; events only (quotes: the PolNeAR quotation section); not "
        "part of the quality gate. Rules in tests/gold_reuters/README.md and tests/gold_polnear/README.md; "
        "no baselines."
    )
    pairs = load_polnear_gold(args.polnear, folder)
    scores = score_articles(pairs, baselines=False, label=folder.name, extracted=extracted)
    if measuring:
        note += " Measuring set: first figures in tests/gold_polnear2/BASELINE.md; errors never listed."
        return _measuring_section("PolNeAR 2016 news, measuring set", folder, scores, note)
    return set_section("PolNeAR 2016 news", folder.name, scores, note, errors=args.errors)


def _measuring_section(heading: str, folder: Path, scores, note: str) -> list[str]:
    """The section of a measuring set (``tests/gold_reuters2``, ``tests/gold_news3``,
    ``tests/gold_polnear2``): scored and reported under its own heading, its errors never
    listed, even with ``--errors`` (their READMEs: nobody studies them story by story)."""
    return set_section(heading, folder.name, scores, note, errors=False)


def _reuters_section(args: argparse.Namespace, folder: Path, extracted: dict) -> list[str]:
    """One Reuters gold folder's section. The measuring set (``tests/gold_reuters2``) gets its
    own heading and never lists its errors, even with ``--errors`` (its README: it is for
    measuring only, nobody studies it story by story)."""
    measuring = folder.resolve() == REUTERS_MEASURE_DIR.resolve()
    note = (
        f"Texts from {Path(args.reuters).name}; not part of the quality gate (targets of "
        "issue 9: events P >= 0.90, R >= 0.85, quotes with the right speaker >= 0.92). "
        "Rules in tests/gold_reuters/README.md; no baselines."
    )
    if measuring:
        note += " Measuring set: first figures in tests/gold_reuters2/BASELINE.md; errors never listed."
    scores = evaluate_reuters(args.reuters, folder, extracted=extracted)
    if measuring:
        return _measuring_section("Reuters, measuring set", folder, scores, note)
    return set_section("Reuters-21578 real text", folder.name, scores, note, errors=args.errors)


def _started_crash_check(args: argparse.Namespace) -> Future | None:
    """The crash check asked for. With ``--jobs`` above 1 it is started in a thread that feeds its
    worker processes, and this process scores the other sets meanwhile; with one job it runs here,
    now (the sets are extracted in this process too)."""
    if not args.crash_check:
        return None
    if args.jobs == 1:
        done = Future()
        done.set_result(crash_check(args.crash_check))
        return done
    pool = ThreadPoolExecutor(1)
    started = pool.submit(crash_check, args.crash_check, jobs=args.jobs)
    pool.shutdown(wait=False)
    return started


def _tempeval_section(args: argparse.Namespace) -> list[str]:
    if not args.tempeval:
        return []
    results = {Path(p).name: evaluate_tempeval(p) for p in args.tempeval}
    if len(results) > 1:
        keys = ("docs", "n_pred", "n_gold", "relaxed", "strict", "value_ok")
        summed = {k: sum(r[k] for r in results.values()) for k in keys}
        results["all"] = {**summed, **tempeval_scores(summed)}
    return ["## Time expressions: TempEval-3 measures", "", tempeval_markdown(results), ""]


def run(args: argparse.Namespace) -> int:
    """Run the evaluations asked for, print the Markdown report and write it to ``args.out``.

    The crash check starts first; TempEval and the sets that extract their own articles are
    scored while it runs, the sets it extracted too once it is done.

    Returns:
        1 when the crash check found an exception, else 0 (scores are reported, not
        judged; the tests hold the thresholds).
    """
    check = _started_crash_check(args)
    tempeval = _tempeval_section(args)
    parts = ["# Evaluation", "", *_annotated_sections(args, check), *tempeval]
    crashes = check.result() if check is not None else None
    extracted = crashes.tables if crashes is not None else {}
    if args.polnear and not args.no_polnear_quotes:
        parts += [
            "## Quotations: PolNeAR attributions in quotation marks",
            "",
            polnear_markdown(Path(args.polnear).name, evaluate_polnear(args.polnear, extracted=extracted)),
            "",
        ]
    if crashes is not None:
        parts += [
            "## Zero exceptions: the whole extraction on every text",
            "",
            "Inputs: " + ", ".join(Path(p).name for p in args.crash_check) + ".",
            "",
            crash_markdown(crashes),
            "",
        ]
    text = "\n".join(parts)
    print(text)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return 1 if crashes is not None and crashes.failures else 0
