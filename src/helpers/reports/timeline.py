"""The summary box of the corpus timeline report (notebooks/02_timeline.ipynb): per
country, the releases and people freed, the sanctions moved and by whom, the deals
found, the articles and the consolidated events; and its one line for the index.
"""

from __future__ import annotations

import html

import pandas as pd

from helpers.analysis.countries import country_name
from helpers.analysis.reference import SANCTION_CATEGORIES
from helpers.reports.tables import plural, show_summary, table


def _by(rows: pd.DataFrame) -> str:
    who = sorted(set(rows["authority"].dropna().str.split("; ").explode()))
    return f"{len(rows)} ({', '.join(who)})" if len(rows) else ""


def country_summary(
    shown: pd.DataFrame, per_country: pd.DataFrame, deals: pd.DataFrame, countries: list[str]
) -> pd.DataFrame:
    """One row per country of what the timeline report finds.

    Args:
        shown: the reference rows shown (``country``, ``category``, ``count``, ``authority``).
        per_country: :func:`helpers.analysis.corpus_store.per_country`.
        deals: the deals shown (``country``, ``release_id``).
        countries: ISO codes, in order.

    Returns:
        Columns ``country`` (name and code), ``releases``, ``freed``, ``imposed``,
        ``eased`` (count and authorities, text), ``deals`` (releases linked), ``articles``,
        ``consolidated`` (int).
    """
    corpus = per_country.set_index("country")
    rows = []
    for code in countries:
        ref = shown[shown["country"] == code]
        rel = ref[ref["category"] == "release"]
        sanctions = ref[ref["category"].isin(SANCTION_CATEGORIES)]
        eased = sanctions["category"] == "sanction_eased"
        linked = deals[deals["country"] == code]["release_id"].nunique() if len(deals) else 0
        rows.append(
            {
                "country": f"{country_name(code)} ({code})",
                "releases": len(rel),
                "freed": int(rel["count"].fillna(0).sum()),
                "imposed": _by(sanctions[~eased]),
                "eased": _by(sanctions[eased]),
                "deals": linked,
                "articles": int(corpus["articles"].get(code, 0)),
                "consolidated": int(corpus["consolidated_events"].get(code, 0)),
            }
        )
    return pd.DataFrame(rows)


def one_line(summary: pd.DataFrame, period: str, n_articles: int) -> str:
    """The summary in one line of plain text, for the index (``n_articles``: distinct
    articles, since one article can report on several countries)."""
    return (
        f"{period}, {plural(len(summary), 'country', 'countries')}: "
        f"{plural(int(summary['releases'].sum()), 'release')} freeing "
        f"{plural(int(summary['freed'].sum()), 'person', 'people')}, "
        f"{plural(int(summary['deals'].sum()), 'release')} linked to talks or relief; "
        f"{plural(n_articles, 'article')}, "
        f"{plural(int(summary['consolidated'].sum()), 'consolidated event')}"
    )


def show(summary: pd.DataFrame, period: str, n_articles: int) -> None:
    """Display the summary box of the timeline report and declare its one line."""
    body = table(
        summary,
        {
            "country": "Country",
            "releases": "Releases",
            "freed": "Freed",
            "imposed": "Sanctions imposed",
            "eased": "Sanctions eased",
            "deals": "Deals",
            "articles": "Articles",
            "consolidated": "Events",
        },
        empty="No country selected.",
    ).data
    show_summary(
        f'<div class="box-title">Summary, {html.escape(period)}</div>'
        "<p>Releases, people freed and sanctions (how many, by whom) from the reference timeline; "
        "<em>Deals</em>: releases linked to talks or sanctions relief; <em>Articles</em> and consolidated "
        f"<em>Events</em> from the corpus.</p>{body}",
        one_line(summary, period, n_articles),
    )
