# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python (helpers)
#     language: python
#     name: helpers
# ---

# %% [markdown]
# # Releases, talks and sanctions: the timeline of political-prisoner diplomacy
#
# What happened, according to whom? This report turns a corpus of news articles into one sourced timeline per country (Belarus, Russia, Venezuela, Iran, and any other the articles name) and sets it beside a curated reference:
#
# * the **articles**: every event extracted from them (releases, sanctions imposed and eased, talks, arrests, sentences...), placed in the country whose government holds, releases or is sanctioned, and joined across articles into **consolidated events** (one row per real-world event, with every article and sentence that reports it and the points on which outlets disagree);
# * the **curated reference timeline** (`data/raw/reference/timeline.csv`): dated arrests, sentences, elections, releases and exchanges, sanctions imposed, renewed and eased by the US, EU, UK and Canada, and talks, each row with its country and at least one source URL.
#
# Both are read from the corpus store `corpus.duckdb` (a DuckDB database beside the processed tables), which analysts can query directly. The period, the countries, the sanctioning authorities and the windows used to link releases to talks and sanctions relief are parameters of the report (listed below).

# %% tags=["parameters"]
processed_dir: str = "data/processed"  # folder of processed article tables, relative to the project root or absolute
reference_path: str = (
    "data/raw/reference/timeline.csv"  # the reference timeline CSV, relative to the project root or absolute
)
start: str = "2020-01-01"  # ISO date, first day of the period shown (inclusive)
end: str = "2025-12-31"  # ISO date, last day of the period shown (inclusive)
window_days: int = 7  # days around a release in which talks or sanctions relief count as linked to it
horizon_days: int = 180  # how far back the last talks and sanctions relief before a release are looked for
authorities: list = []  # sanctioning authorities to show: "EU", "EU,UK" or a list; empty means all of US, EU, UK, Canada
countries: list = []  # ISO codes of the countries to show: "BY", "BY,RU" or a list; empty means every country of the articles and the reference
tables_dir: str = (
    "data/scratch/tables"  # where the deals and claims CSV files go; `make report` publishes to reports/tables
)
corpus_db: str = ""  # the corpus store; empty: built now at <processed_dir>/corpus.duckdb

# %% tags=["remove_input"]
import html
from pathlib import Path

import pandas as pd
from IPython.display import Markdown, display

from helpers.analysis import claims as claims_mod
from helpers.analysis import corpus_store, figures, params, reference, timeline
from helpers.analysis.countries import country_name
from helpers.paths import ROOT
from helpers.reports import timeline as report
from helpers.reports import words
from helpers.reports.tables import human_date, link, plural, table

PROCESSED = params.check_folder(
    "processed_dir", Path(processed_dir) if Path(processed_dir).is_absolute() else ROOT / processed_dir
)
REFERENCE = Path(reference_path) if Path(reference_path).is_absolute() else ROOT / reference_path
TABLES = Path(tables_dir) if Path(tables_dir).is_absolute() else ROOT / tables_dir
params.check_period(start, end)
params.check_window(window_days, "window_days")
params.check_window(horizon_days, "horizon_days")
AUTHORITIES = params.parse_list("authorities", authorities, reference.SANCTION_AUTHORITIES) or list(
    reference.SANCTION_AUTHORITIES
)
full = reference.load_timeline(REFERENCE)
DB = Path(corpus_db) if corpus_db else corpus_store.build_corpus_db(PROCESSED, timeline=full)
sql = lambda query, *values: corpus_store.query(query, DB, list(values))  # noqa: E731
known = (
    sql("SELECT DISTINCT country FROM events WHERE country IS NOT NULL")["country"].tolist()
    if "country" in sql("DESCRIBE events")["column_name"].tolist()
    else []
)
known = sorted(set(full["country"]) | set(known))
COUNTRIES = params.parse_list("countries", countries, known) or known
PERIOD = f"{pd.Timestamp(start):%-d %B %Y} to {pd.Timestamp(end):%-d %B %Y}"
SOURCE = f"Source: curated reference timeline ({REFERENCE.name}), one or more sourced URLs per event."

shown = timeline.select(full, start=start, end=end, authorities=AUTHORITIES, countries=COUNTRIES)
counts = reference.load_prisoner_counts(REFERENCE.parent / "prisoner_counts.csv")  # kept beside the timeline
TABLES.mkdir(parents=True, exist_ok=True)
per_country = corpus_store.per_country(DB)
per_country = per_country[per_country["country"].isin(COUNTRIES)].assign(name=lambda d: d["country"].map(country_name))


def deals_of(code):
    rows = full[full["country"] == code]
    return timeline.country_deals(
        rows, window_days=window_days, horizon_days=horizon_days, start=start, end=end
    ).assign(country=code)


# deals are read from the reference: only the countries it covers can have one
deals = pd.concat(
    [deals_of(code) for code in COUNTRIES if (full["country"] == code).any()] or [deals_of(None)], ignore_index=True
)
deals.to_csv(TABLES / "deals.csv", index=False)
consolidated = corpus_store.consolidated_with_status(DB)
n_articles = int(
    sql("SELECT count(DISTINCT article_id) AS n FROM events WHERE list_contains(?, country)", COUNTRIES)["n"].iloc[0]
)
report.show(report.country_summary(shown, per_country, deals, COUNTRIES), PERIOD, n_articles)
display(
    Markdown(
        f"**Period:** {PERIOD}. **Windows:** {window_days} days around a release, {horizon_days} days back. "
        f"**Sanctions shown:** {html.escape(', '.join(AUTHORITIES))}. **Countries:** {html.escape(', '.join(COUNTRIES))}."
    )
)
if shown.empty:
    display(Markdown("**No reference event matches this selection** (period, countries, authorities)."))

# %% [markdown]
# ## What the corpus holds
#
# Per country, the articles that report on it, the events extracted from them (asserted or announced, dated), the consolidated events they make once the same event reported by several articles is counted once, and the reference rows. The numbers come from one SQL query on the corpus store.

# %% tags=["remove_input"]
table(
    per_country,
    {
        "name": "Country",
        "country": "Code",
        "articles": "Articles",
        "events": "Events",
        "consolidated_events": "Consolidated events",
        "reference_rows": "Reference rows",
    },
    nowrap=["country"],
    empty="No country selected.",
)

# %% [markdown]
# ## What the reference holds for the period
#
# The number of reference events in the period by category. Sanctions are counted for the authorities shown only; a renewal extends existing measures for another year.

# %% keep_output=true tags=["remove_input"]
# NBVAL_CHECK_OUTPUT
print(
    "Reference events in the period: "
    + ", ".join(
        f"{category.replace('_', ' ')} {n}" for category, n in shown["category"].value_counts().sort_index().items()
    )
    + "."
)

# %% keep_output=true tags=["remove_input"]
# NBVAL_CHECK_OUTPUT
released = shown.loc[shown["category"] == "release", "count"]
acting = shown.loc[shown["category"].isin(reference.SANCTION_CATEGORIES), "authority"].str.split("; ").explode()
print(f"{plural(len(released), 'release')}, {plural(int(released.sum()), 'person', 'people')} released.")
print(f"Sanctions by: {', '.join(sorted(acting.unique())) or 'none'}.")


# %% [markdown]
# ## Country by country: the timeline, the deals, and the articles beside the reference
#
# For each country, first the reference timeline in **swim lanes**: each row of the figure is one kind of event. **Releases** are circles whose area grows with the number of people freed; the largest are labelled. **Talks and envoy visits** are diamonds (a line shows talks of several days). **Sanctions** point down when imposed (hollow when renewed) and up when eased, coloured by the authority that acted. **Context** collects arrests, sentences, protests, elections, the invasion and designations. Events known only to the month are drawn on the first day of the month.
#
# Then the **deals**: each release with the talks and the sanctions relief of the same country linked to it, from the reference. Two kinds of link: within `window_days` of the release (talks before it, relief before or after it), and the last talks and last relief in the `horizon_days` before it, since an exchange often closes months of talks. *Lag* is the day of the link minus the day of the release, in days (negative: before). A link in time is not proof of a bargain; the descriptions and sources say what was announced.
#
# Last, the **consolidated events from the articles** of that country, each with the reference row it matches (*Reference row*; *In the reference* is the status of the best match among its reports) or none.

# %% tags=["remove_input"]
DEAL_COLUMNS = {
    "release_date": "Release",
    "released": "Freed",
    "link": "Linked to",
    "link_date": "Date",
    "lag_days": "Lag (days)",
    "kind": "Link",
    "authority": "By",
    "link_target": "Target",
    "link_note": "Note",
}
EVENT_COLUMNS = {
    "when": "Date",
    "what": "Event",
    "count": "People",
    "n_articles": "Articles",
    "articles": "Reported by",
    "status": "In the reference",
    "ref_id": "Reference row",
    "disagreements": "Outlets disagree on",
}


def as_read(d):
    return d.assign(when=d["date"].map(human_date), what=d["event_type"].map(lambda e: words.EVENT_LABELS.get(e, e)))


in_period = consolidated[consolidated["date_start"].between(pd.Timestamp(start), pd.Timestamp(end))]
quiet = [
    c
    for c in COUNTRIES
    if not ((shown["country"] == c).any() or (deals["country"] == c).any() or (in_period["country"] == c).any())
]
for code in (c for c in COUNTRIES if c not in quiet):
    rows = shown[shown["country"] == code]
    display(Markdown(f"### {html.escape(country_name(code))} ({code})"))
    if len(rows):
        fig = figures.plot_swimlanes(
            rows,
            title=f"Releases, talks and sanctions: {country_name(code)}, {PERIOD}",
            source=SOURCE + " Circle area is proportional to people released.",
        )
        figures.show(
            fig,
            alt=f"Swim lanes of the reference timeline of {country_name(code)}, {PERIOD}: "
            f"{plural(len(rows), 'event')}, releases, talks, sanctions and context in rows.",
        )
    else:
        display(Markdown("No reference event in this period."))
    mine = deals[deals["country"] == code]
    display(
        Markdown(
            f"**Deals** ({plural(len(mine), 'link')}):"
            if len(mine)
            else "**Deals:** no release linked to talks or sanctions relief."
        )
    )
    if len(mine):
        display(table(mine, DEAL_COLUMNS, wide=["link_note"], nowrap=["release_date", "link_date"]))
    events = in_period[in_period["country"] == code]
    display(Markdown(f"**Consolidated events from the articles:** {len(events)}."))
    if len(events):
        display(table(as_read(events), EVENT_COLUMNS, wide=["disagreements"], nowrap=["when"]))
if quiet:  # one line for them, not a section each
    names = ", ".join(f"{country_name(c)} ({c})" for c in quiet)
    display(
        Markdown(f"**Nothing in this period** (no reference event, deal or consolidated event): {html.escape(names)}.")
    )

# %% [markdown]
# ### The deals in one line each
#
# Every release of the reference in the period with its links (the lag in days after each), all countries shown.

# %% keep_output=true tags=["remove_input"]
# NBVAL_CHECK_OUTPUT
for (code, day), group in deals[deals["release_date"].between(pd.Timestamp(start), pd.Timestamp(end))].groupby(
    ["country", "release_date"]
):
    links = "; ".join(
        f"{r.link} {human_date(r.link_date)} ({r.lag_days:+d} d{', ' + r.link_note if r.link_note else ''})"
        for r in group.itertuples()
    )
    print(f"{code} release {human_date(day)} ({plural(group['released'].iloc[0], 'person', 'people')}): {links}")
if deals.empty:
    print("no release linked to talks or sanctions relief in this period")

# %% [markdown]
# ## People released over time and the number still held (Belarus)
#
# The green steps add up the people freed in the Belarus reference releases since the start of the period. The brown line is the number of recognised political prisoners counted by the Belarusian human-rights centre Viasna (one count by Human Rights Watch is marked apart). The two do not add up: new people are recognised as political prisoners while others are freed or finish their sentences, and Viasna counts only the prisoners it has recognised.

# %% tags=["remove_input"]
if "BY" in COUNTRIES:
    fig = figures.plot_releases_vs_prisoners(
        full[full["country"] == "BY"],
        counts,
        start=start,
        end=end,
        title=f"People released vs political prisoners held in Belarus, {PERIOD}",
        source="Sources: reference releases (timeline.csv); counts of political prisoners by Viasna and "
        "Human Rights Watch (prisoner_counts.csv), each with its URL.",
    )
    figures.show(
        fig,
        alt=f"People released in Belarus since {human_date(pd.Timestamp(start))}, a step line, beside the "
        "number of political prisoners counted by Viasna, a line, " + PERIOD + ".",
    )
else:
    display(Markdown("Belarus is not among the countries shown."))

# %% [markdown]
# ## Releases and sanctions actions per year
#
# Release waves and people released, then the number of sanctions actions (listings, packages, renewals; easing) per authority and year. A joint announcement by two governments counts once for each.

# %% tags=["remove_input"]
per_year = timeline.actions_per_year(shown).reset_index().astype({"year": str})
table(
    per_year,
    {c: c[0].upper() + c[1:] for c in per_year.columns},
    nowrap=["year"],
    empty="No release or sanctions action in the period.",
)

# %% [markdown]
# ## What the articles add that the reference lacks
#
# Consolidated events none of whose reports matches a reference row (status *not in the reference* for every article that reports it). These are leads for the curator, not errors: the reference is curated and incomplete, and an article may also be wrong.

# %% tags=["remove_input"]
new = consolidated[
    (consolidated["status"] == "not in the reference")
    & consolidated["country"].isin(COUNTRIES)
    & consolidated["date_start"].between(pd.Timestamp(start), pd.Timestamp(end))
]
display(Markdown(f"{plural(len(new), 'consolidated event')} not in the reference."))
table(
    as_read(new),
    {
        "country": "Country",
        "when": "Date",
        "what": "Event",
        "count": "People",
        "people": "Named",
        "articles": "Reported by",
        "sentences": "Sentences",
    },
    wide=["sentences"],
    nowrap=["when"],
    empty="Every consolidated event is in the reference.",
)

# %% [markdown]
# ## Where outlets disagree
#
# Consolidated events whose reports give different days at the finest precision, or counts close enough to be the same number reported differently (52 announced, 51 in effect). Counts further apart usually count different things (10 Americans and 252 Venezuelans freed in one exchange): they are listed in the `counts` column of the consolidated events, not flagged.

# %% tags=["remove_input"]
disputed = consolidated[
    (consolidated["date_disagreement"] | consolidated["count_disagreement"]) & consolidated["country"].isin(COUNTRIES)
]
display(Markdown(f"{plural(len(disputed), 'consolidated event')} on which the articles disagree."))
table(
    as_read(disputed),
    {
        "country": "Country",
        "when": "Date",
        "what": "Event",
        "count": "People",
        "disagreements": "Outlets disagree on",
        "sentences": "Sentences",
    },
    wide=["sentences"],
    nowrap=["when"],
    empty="The articles agree on every consolidated event.",
)

# %% [markdown]
# ## Claims check: the articles against the reference
#
# Every event extracted from the articles in the processed folder is matched against the reference timeline: same type of event, dates that overlap at the precision of both ("July 2021" covers the whole month), and counts compared. Events and reference rows are matched on what a reader checks: the country, the type of event, the people (gazetteer ids), the date at the precision of both sides and the count with its qualifier ("over 120" is consistent with 123). The status is one of **confirmed**, **consistent** (agrees at a coarser date, through a qualifier, or as a part of an itemised count), **count differs**, **date differs** (the same people or count on another date), **undated** (the candidate row is shown) or **not in the reference**. A row naming other people is never a match. *Not in the reference* does not mean false: the reference is curated and incomplete. Each row shows the article's sentence and the reference row's first source.

# %% tags=["remove_input"]
claims = sql("SELECT * FROM claims")
claims = claims[claims["country"].isin(COUNTRIES)] if len(claims) else claims
claims.to_csv(TABLES / "claims.csv", index=False)
display(Markdown(f"{plural(len(claims), 'event')} from {plural(claims['article_id'].nunique(), 'article')}."))
stated = claims["count"].map(lambda n: "" if pd.isna(n) else f"{int(n):,}")
table(
    claims.assign(
        when=claims["date"].map(human_date),
        what=claims["event_type"].map(lambda e: words.EVENT_LABELS.get(e, e)),
        people=(claims["qualifier"].where(claims["qualifier"].ne("exact"), "").fillna("") + " " + stated).str.strip(),
        ref_when=claims["ref_date"].map(human_date),
        source=claims["ref_source"].map(link),
    ),
    {
        "article_id": "Article",
        "what": "Event",
        "country": "Country",
        "when": "Date",
        "people": "People",
        "status": "Status",
        "ref_when": "Ref. date",
        "ref_count": "Ref. people",
        "evidence": "Read from",
        "source": "Source",
    },
    html_columns=["source"],
    nowrap=["when", "ref_when"],
    empty="No event to check.",
)

# %% tags=["remove_input"]
statuses = (
    claims["status"]
    .value_counts()
    .reindex(claims_mod.CLAIM_STATUSES, fill_value=0)
    .rename_axis("status")
    .reset_index(name="n")
)
table(statuses, {"status": "Status", "n": "Events"})

# %% [markdown]
# ## Caveats
#
# * The reference timeline is curated from news reports and official statements; it may miss events, and where sources disagree (the day of the November 2024 pardon, the number freed on 11 September 2025, of whom one was returned to prison, the size of the Venezuelan exchanges) the row says so in its description and sources.
# * Viasna's counts are of recognised political prisoners; the true number of people held for political reasons is likely higher.
# * Event extraction from articles is automatic and can err (a wrong country, date or count); each claim keeps its sentence in `claims.csv`, each consolidated event every sentence that reports it, and the deals are in `deals.csv`. The corpus store can be queried for more (see the README).
