"""The top of an article report: the header (what the article is, when and with what
the report was built) and the summary box (who was released and how many, which
sanctions moved and by whom, talks, the dates, the quotes that matter, the claims check).

Inputs are the article's tables (:data:`helpers.core.schemas.TABLES`, as a dict of
frames) and the claims table of :mod:`helpers.analysis` (``status`` per event). Only
asserted events count in the summary (a promised or denied release is no release); sanction
moves also list the promised and announced ones, marked so ("eased (promised)").
"""

from __future__ import annotations

import datetime as dt
import html
import subprocess
import textwrap
import time
from dataclasses import dataclass, field
from importlib import metadata

import pandas as pd
from IPython.display import HTML
from markupsafe import Markup

from helpers.paths import ROOT
from helpers.reports.render import render
from helpers.reports.tables import human_date, in_context, link, show_summary, table, text_or_blank
from helpers.reports.words import BLOCK_KINDS, CLAIM_STATUSES, EVENT_LABELS

QUOTE_CHARS = 180  # a quotation in the summary box is shortened to this, at a word boundary
N_QUOTES = 3


@dataclass
class Moved:
    """One event in the summary: what, by whom, to whom, when (dates in words)."""

    what: str
    actor: str = ""
    target: str = ""
    when: str = ""


@dataclass
class ArticleSummary:
    """What the summary box says (plain text; the template escapes it)."""

    released: int | None = None  # largest count of people stated for an asserted release
    released_names: list[str] = field(default_factory=list)
    release_dates: list[str] = field(default_factory=list)
    releasers: list[str] = field(default_factory=list)
    sanctions: list[Moved] = field(default_factory=list)
    talks: list[Moved] = field(default_factory=list)
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (speaker, shortened text)
    claims: dict[str, int] = field(default_factory=dict)  # status -> events
    published: str = ""
    period: str = ""  # the dates the article's events cover


def build_info() -> dict[str, str]:
    """When and with what a report is built: ``built`` (UTC, minutes), ``version`` of
    the helpers package, ``commit`` (short git hash with ``+changes`` if the work tree
    differs, "" outside a git checkout)."""
    try:
        version = metadata.version("helpers")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return {"built": f"{dt.datetime.now(dt.UTC):%-d %b %Y %H:%M} UTC", "version": version, "commit": _commit()}


_COMMIT: list = [float("-inf"), ""]  # when the commit was last asked of git, and its answer


def _commit(max_age: float = 60.0) -> str:
    """The short git hash (+changes), asked of git at most once a minute: a build runs many
    reports on one kernel, and two git commands per report cost more than the report's header."""
    if time.monotonic() - _COMMIT[0] > max_age:
        try:
            commit = _git("rev-parse", "--short", "HEAD") + (
                "+changes" if _git("status", "--porcelain", "--", "src") else ""
            )
        except (OSError, subprocess.SubprocessError):
            commit = ""
        _COMMIT[:] = [time.monotonic(), commit]
    return _COMMIT[1]


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=10, check=True
    ).stdout.strip()


def header(article: pd.Series, manifest: dict | None = None) -> HTML:
    """The report's header: title, outlet, publication date, link, build information.

    Args:
        article: the row of the ``articles`` table.
        manifest: the article's ``manifest.json`` (for the pipeline fingerprint), if any.
    """

    def value(key: str) -> str:
        return text_or_blank(article.get(key))

    return HTML(
        render(
            "article_header.html.j2",
            title=value("title") or value("article_id"),
            outlet=value("source"),
            published=human_date(article.get("published")),
            link=Markup(link(value("url"), "the article online")),
            article_id=value("article_id"),
            fingerprint=(manifest or {}).get("fingerprint", ""),
            **build_info(),
        )
    )


def _names(values: pd.Series) -> list[str]:
    names = [n.strip() for v in values.dropna() for n in str(v).split(";") if n.strip()]
    return list(dict.fromkeys(names))


# Sanction moves a reader is told of besides those that happened: promised ("agreed to relax
# sanctions" as part of a deal) and announced ones, with their modality in words.
COMMITTED = ("promised", "announced")


def _moved(events: pd.DataFrame, what: dict[str, str], also: tuple[str, ...] = ()) -> list[Moved]:
    """The events of the types of ``what`` (type -> verb), asserted ones and those of the
    modalities ``also`` ("eased (promised)"), latest first."""
    rows = events[events["event_type"].isin(what) & events["modality"].isin(("asserted", *also))]
    rows = rows.sort_values("date_start", ascending=False, na_position="last")
    return [
        Moved(
            what[r.event_type] + ("" if r.modality == "asserted" else f" ({r.modality})"),
            text_or_blank(r.actor),
            text_or_blank(r.target),
            human_date(r.date) or "date not stated",
        )
        for r in rows.itertuples()
    ]


def _quotes(quotes: pd.DataFrame, entities: pd.DataFrame) -> list[tuple[str, str]]:
    """Up to :data:`N_QUOTES` quotations, one per speaker: named speakers with a known
    role first (officials, relatives, activists the gazetteer or the text describes),
    then the longer quotation; shortened at a word boundary. Quoted terms (``quoted_term``)
    are left out: a word in quote marks is no quotation that matters."""
    if quotes.empty:
        return []
    roles = entities.set_index("entity_id")["role"] if "role" in entities else pd.Series(dtype=object)
    q = (
        quotes[~quotes["quoted_term"]]
        .dropna(subset=["speaker"])
        .assign(
            has_role=lambda d: d["speaker_entity_id"].map(lambda e: pd.notna(e) and pd.notna(roles.get(e))),
            length=lambda d: d["text"].str.len(),
        )
    )
    q = q.sort_values(["has_role", "length"], ascending=False).drop_duplicates("speaker").head(N_QUOTES)
    return [
        (r.speaker, textwrap.shorten(r.text, QUOTE_CHARS, placeholder=" …"))
        for r in q.sort_values("start_char").itertuples()
    ]


def summarise(tables: dict[str, pd.DataFrame], claims: pd.DataFrame | None = None) -> ArticleSummary:
    """The summary of one article from its tables.

    Args:
        tables: ``articles``, ``events``, ``quotes``, ``entities`` (schema columns;
            ``events.people``, the people named for an event, is used when present).
        claims: the claims check of these events (a ``status`` column), or None.

    Returns:
        An :class:`ArticleSummary`; released is the largest count stated for an
        asserted release (the article's "123 detainees" and "over 120" are one wave).
    """
    events = tables["events"][tables["events"]["modality"] == "asserted"]
    releases = events[events["event_type"] == "release"]
    counts = releases["count"].dropna()
    names = _names(releases["people"]) if "people" in releases else []
    dated = events.dropna(subset=["date_start"])
    published = tables["articles"]["published"].iloc[0] if len(tables["articles"]) else None
    return ArticleSummary(
        released=int(counts.max()) if len(counts) else None,
        released_names=names,
        release_dates=list(dict.fromkeys(human_date(d) for d in releases["date"].dropna())),
        releasers=_names(releases["actor"]),
        sanctions=_moved(tables["events"], {"sanction_eased": "eased", "sanction_imposed": "imposed"}, COMMITTED),
        talks=_moved(events, {"negotiation": "talks"}),
        quotes=_quotes(tables["quotes"], tables["entities"]),
        claims={} if claims is None else claims["status"].value_counts().to_dict(),
        published=human_date(published),
        period=_period(dated),
    )


def _period(dated: pd.DataFrame) -> str:
    """The dates the dated events cover, in words: "2020 to 13 Dec 2025", or one date."""
    if dated.empty:
        return ""
    first = human_date(dated["date"].loc[dated["date_start"].idxmin()])
    last = human_date(dated["date"].loc[dated["date_end"].idxmax()])
    return first if first == last else f"{first} to {last}"


def _and(names: list[str], most: int = 4) -> str:
    names = names[:most] + ([f"{len(names) - most} more"] if len(names) > most else [])
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def one_line(s: ArticleSummary) -> str:
    """The summary in one line of plain text, for the index."""
    parts = []
    if s.released or s.released_names:
        who = f"{s.released:,} people released" if s.released else f"{_and(s.released_names, 2)} released"
        parts.append(who + (f" ({', '.join(s.release_dates[:2])})" if s.release_dates else ""))
    for m in s.sanctions[:2]:
        parts.append(f"sanctions {m.what}" + (f" by {m.actor}" if m.actor else "") + f" ({m.when})")
    if s.talks:
        parts.append(f"talks ({s.talks[0].when})")
    if s.claims:
        agree = s.claims.get("confirmed", 0) + s.claims.get("consistent", 0)
        parts.append(f"{agree} of {sum(s.claims.values())} claims confirmed or consistent")
    return "; ".join(parts) or "no release, sanction or talks reported"


def show(tables: dict[str, pd.DataFrame], claims: pd.DataFrame | None = None) -> ArticleSummary:
    """Display the summary box of an article report (and declare its one line for the
    index); returns the summary."""
    s = summarise(tables, claims)
    show_summary(
        render("article_summary.html.j2", s=s, names=_and(s.released_names), releasers=_and(s.releasers)), one_line(s)
    )
    return s


def text_shape(blocks: pd.DataFrame, sentences: pd.DataFrame) -> str:
    """How the text divides, in one sentence: "34 sentences in 29 blocks: 1 title, ..."."""
    kinds = blocks["kind"].value_counts()
    order = [k for k in BLOCK_KINDS if k in kinds] + sorted(set(kinds.index) - set(BLOCK_KINDS))
    parts = [f"{kinds[k]} {BLOCK_KINDS.get(k, (k, k))[int(kinds[k] != 1)]}" for k in order]
    return (
        f"{len(sentences)} sentence{'s' * (len(sentences) != 1)} in {len(blocks)} "
        f"block{'s' * (len(blocks) != 1)}" + (": " + ", ".join(parts) if parts else "") + "."
    )


def events_alt(events: pd.DataFrame) -> str:
    """Alternative text of the events figure: how many events are dated, per kind."""
    dated = events.dropna(subset=["date_start"])
    kinds = ", ".join(f"{n} {EVENT_LABELS.get(k, k).lower()}" for k, n in dated["event_type"].value_counts().items())
    return (
        f"Time axis of the {len(dated)} dated events of the article ({kinds or 'none'}); "
        f"{len(events) - len(dated)} undated events are not drawn."
    )


def claims_table(claims: pd.DataFrame, events: pd.DataFrame, sentences: pd.DataFrame, text: str) -> HTML:
    """The claims check for readers: each event, what the article says, the verdict (a
    badge), what the reference says, its source as a link, and the event's sentence.

    Args:
        claims: from the claims check (``event_id``, ``event_type``, ``date``, ``count``,
            ``status``, ``ref_date``, ``ref_count``, ``ref_description``, ``ref_source``, ``detail``).
        events, sentences, text: the article's events and sentences tables and its text
            (for the sentence of each event).
    """
    spans = events[["event_id", "start_char", "end_char"] + ["sentence_id"] * ("sentence_id" not in claims)]
    rows = claims.merge(spans, on="event_id", how="left", validate="one_to_one")
    rows = rows.assign(
        what=rows["event_type"].map(lambda e: EVENT_LABELS.get(e, e)),
        article=[_said(d, c, q) or "no date" for d, c, q in zip(rows["date"], rows["count"], _qualifiers(rows))],
        verdict=[
            _badge(s) + (f'<div class="detail">{html.escape(d)}</div>' if isinstance(d, str) else "")
            for s, d in zip(rows["status"], rows["detail"])
        ],
        reference=[
            html.escape(" · ".join(x for x in (_said(d, c), desc if isinstance(desc, str) else "") if x))
            for d, c, desc in zip(rows["ref_date"], rows["ref_count"], rows["ref_description"])
        ],
        source=rows["ref_source"].map(link),
        context=in_context(rows, sentences, text),
    )
    return table(
        rows,
        {
            "what": "Event",
            "article": "The article says",
            "verdict": "Check",
            "reference": "The reference says",
            "source": "Source",
            "context": "In its sentence",
        },
        html_columns=["verdict", "reference", "source", "context"],
        wide=["reference", "context"],
        nowrap=["source"],
        empty="No events to check.",
    )


def _said(date, count, qualifier: str | None = None) -> str:
    """A date and a count in words: "13 Dec 2025; over 120 people" (an "exact" qualifier is not said)."""
    said = "" if pd.isna(count) else f"{int(count):,} people"
    if said and isinstance(qualifier, str) and qualifier != "exact":
        said = f"{qualifier} {said}"
    return "; ".join(x for x in (human_date(date), said) if x)


def _qualifiers(claims: pd.DataFrame) -> list:
    return list(claims["qualifier"]) if "qualifier" in claims else [None] * len(claims)


def _badge(status: str) -> str:
    label, css = CLAIM_STATUSES.get(status, (status, "status-unknown"))
    return f'<span class="status {css}">{html.escape(label)}</span>'
