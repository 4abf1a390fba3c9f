"""The Markdown of ``reports/evaluation.md``: one section per evaluated set or corpus."""

from __future__ import annotations

from helpers.evaluation.annotated import SetScores
from helpers.evaluation.event_scoring import EventScore
from helpers.evaluation.scoring import Counts

EVENT_TYPE_ORDER = (
    "release",
    "arrest",
    "sentence",
    "sanction_imposed",
    "sanction_eased",
    "negotiation",
    "election",
    "protest",
    "military",
    "designation",
)


def _row(name: str, c: Counts) -> str:
    return (
        f"| {name} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.right}/{c.predicted} | {c.found}/{c.gold} |"
    )


def tables_markdown(scores: SetScores) -> str:
    """One row per (table, system): P, R, F1, right/predicted, found/gold."""
    lines = ["| table | system | P | R | F1 | right/predicted | found/gold |", "|---|---|---:|---:|---:|---:|---:|"]
    for r in scores.tables.itertuples(index=False):
        lines.append(
            f"| {r.table} | {r.system} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} "
            f"| {r.right}/{r.predicted} | {r.found}/{r.gold} |"
        )
    return "\n".join(lines)


def events_markdown(events: EventScore) -> str:
    """Strict event scores: all types, then each type present, then modality accuracy."""
    lines = [
        "| event type | P | R | F1 | right/extracted asserted | found/gold asserted |",
        "|---|---:|---:|---:|---:|---:|",
        _row("all", events.overall),
    ]
    known = [t for t in EVENT_TYPE_ORDER if t in events.by_type]
    lines += [_row(t, events.by_type[t]) for t in known + sorted(set(events.by_type) - set(known))]
    lines += [
        "",
        f"Modality accuracy on matched events (any modality): {events.modality_accuracy:.3f} "
        f"({events.modality_ok}/{events.matched} pairs).",
    ]
    return "\n".join(lines)


def _cell(value) -> str:
    text = "null" if value is None else "/".join(map(_cell, value)) if isinstance(value, list) else str(value)
    return " ".join(text.split()).replace("|", "/")


def errors_markdown(events: EventScore) -> str:
    """The event errors of a set, one row each: article, error (false positive or missed),
    type, date, count (gold: the accepted values joined by ``/``), modality, evidence, note."""
    lines = [
        "| article | error | type | date | count | modality | evidence | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    keys = ("article", "error", "type", "date", "count", "modality", "evidence", "note")
    lines += ["| " + " | ".join(_cell(e[k]) for k in keys) + " |" for e in events.errors]
    return "\n".join(lines)


def set_section(heading: str, folder: str, scores: SetScores, note: str, *, errors: bool = False) -> list[str]:
    """A report section for one annotated set.

    Returns:
        Markdown lines: ``## <heading> (<folder>/, <n> articles)``, the note, the table of
        :func:`tables_markdown`, the strict event table of :func:`events_markdown`, the
        articles whose extraction raised, if any, and with ``errors`` the event errors
        (:func:`errors_markdown`).
    """
    lines = [
        f"## {heading} ({folder}/, {scores.articles} articles)",
        "",
        note,
        "",
        tables_markdown(scores),
        "",
        "Events, strict one-to-one (precision over extracted asserted events, recall over gold asserted "
        "events; rules in helpers.evaluation.event_scoring):",
        "",
        events_markdown(scores.events),
        "",
    ]
    if scores.failed:
        lines += [
            f"Extraction raised on {len(scores.failed)} article(s), scored as empty: " + ", ".join(scores.failed),
            "",
        ]
    if errors:
        lines += [f"Event errors ({len(scores.events.errors)}):", "", errors_markdown(scores.events), ""]
    return lines


def tempeval_markdown(results: dict[str, dict]) -> str:
    """TempEval-3 measures, one row per corpus."""
    lines = [
        "| corpus | docs | gold | predicted | relaxed P | relaxed R | relaxed F1 | strict F1 | value acc. | value F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['docs']} | {r['n_gold']} | {r['n_pred']} | {r['relaxed_p']:.3f} | "
            f"{r['relaxed_r']:.3f} | {r['relaxed_f1']:.3f} | {r['strict_f1']:.3f} | "
            f"{r['value_accuracy']:.3f} | {r['value_f1']:.3f} |"
        )
    return "\n".join(lines)


def polnear_markdown(name: str, r: dict) -> str:
    """PolNeAR quotation scores as a one-row table."""
    return "\n".join(
        [
            "| corpus | records (article x annotator) | quoted attributions | predicted quotes "
            "| P | R | F1 | right speaker |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
            f"| {name} | {r['docs']} | {r['gold']} | {r['predicted']} | {r['precision']:.3f} | {r['recall']:.3f} "
            f"| {r['f1']:.3f} | {r['speaker_share']:.3f} ({r['speaker_ok']}/{r['right']}) |",
        ]
    )
