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
reference_path: str = "data/raw/reference/timeline.csv"  # the reference timeline CSV, relative to the project root or absolute
start: str = "2020-01-01"  # ISO date, first day of the period shown (inclusive)
end: str = "2025-12-31"  # ISO date, last day of the period shown (inclusive)
window_days: int = 7  # days around a release in which talks or sanctions relief count as linked to it
horizon_days: int = 180  # how far back the last talks and sanctions relief before a release are looked for
authorities: list = []  # sanctioning authorities to show: "EU", "EU,UK" or a list; empty means all of US, EU, UK, Canada
countries: list = []  # ISO codes of the countries to show: "BY", "BY,RU" or a list; empty means every country of the articles and the reference
tables_dir: str = "data/scratch/tables"  # where the deals and claims CSV files go; `make report` publishes to reports/tables
corpus_db: str = ""  # the corpus store; empty: built now at <processed_dir>/corpus.duckdb

# %% tags=["remove_input"]
import html
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from helpers.analysis import claims as claims_mod, corpus_store, figures, params, reference, timeline
from helpers.analysis.countries import country_name
from helpers.paths import ROOT

PROCESSED = params.check_folder("processed_dir", Path(processed_dir) if Path(processed_dir).is_absolute() else ROOT / processed_dir)
REFERENCE = Path(reference_path) if Path(reference_path).is_absolute() else ROOT / reference_path
TABLES = Path(tables_dir) if Path(tables_dir).is_absolute() else ROOT / tables_dir
params.check_period(start, end)
params.check_window(window_days, "window_days")
params.check_window(horizon_days, "horizon_days")
AUTHORITIES = params.parse_list("authorities", authorities, reference.SANCTION_AUTHORITIES) or list(reference.SANCTION_AUTHORITIES)
full = reference.load_timeline(REFERENCE)
DB = Path(corpus_db) if corpus_db else corpus_store.build_corpus_db(PROCESSED, timeline=full)
sql = lambda query, *values: corpus_store.query(query, DB, list(values))  # noqa: E731
known = sql("SELECT DISTINCT country FROM events WHERE country IS NOT NULL")["country"].tolist() if "country" in sql("DESCRIBE events")["column_name"].tolist() else []
known = sorted(set(full["country"]) | set(known))
COUNTRIES = params.parse_list("countries", countries, known) or known
PERIOD = f"{pd.Timestamp(start):%-d %B %Y} to {pd.Timestamp(end):%-d %B %Y}"
SOURCE = f"Source: curated reference timeline ({REFERENCE.name}), one or more sourced URLs per event."

shown = timeline.select(full, start=start, end=end, authorities=AUTHORITIES, countries=COUNTRIES)
counts = reference.load_prisoner_counts(REFERENCE.parent / "prisoner_counts.csv")  # kept beside the timeline
TABLES.mkdir(parents=True, exist_ok=True)
pd.set_option("display.max_colwidth", 90)
display(Markdown(f"**Period:** {PERIOD}. **Windows:** {window_days} days around a release, {horizon_days} days back. "
                 f"**Sanctions shown:** {html.escape(', '.join(AUTHORITIES))}. **Countries:** {html.escape(', '.join(COUNTRIES))}."))
if shown.empty:
    display(Markdown("**No reference event matches this selection** (period, countries, authorities)."))

# %% [markdown]
# ## What the corpus holds
#
# Per country, the articles that report on it, the events extracted from them (asserted or announced, dated), the consolidated events they make once the same event reported by several articles is counted once, and the reference rows. The numbers come from one SQL query on the corpus store.

# %% tags=["remove_input"]
per_country = sql("""
    WITH mentions AS (SELECT e.country, count(*) AS n_events, count(DISTINCT c.corpus_event_id) AS consolidated,
                             count(DISTINCT e.article_id) AS articles
                      FROM events e LEFT JOIN corpus_event_mentions c USING (article_id, event_id)
                      WHERE e.country IS NOT NULL GROUP BY e.country),
         ref AS (SELECT country, count(*) AS reference_rows FROM reference GROUP BY country)
    SELECT country, coalesce(articles, 0) AS articles, coalesce(n_events, 0) AS events,
           coalesce(consolidated, 0) AS consolidated_events, coalesce(reference_rows, 0) AS reference_rows
    FROM mentions FULL OUTER JOIN ref USING (country) ORDER BY country""")
per_country = per_country[per_country["country"].isin(COUNTRIES)]
per_country.insert(1, "name", per_country["country"].map(country_name))
per_country.set_index("country")

# %% [markdown]
# ## What the reference holds for the period
#
# The number of reference events in the period by category. Sanctions are counted for the authorities shown only; a renewal extends existing measures for another year.

# %% keep_output=true tags=["remove_input"]
# NBVAL_CHECK_OUTPUT
print(shown["category"].value_counts().sort_index().to_string())

# %% keep_output=true tags=["remove_input"]
# NBVAL_CHECK_OUTPUT
released = shown.loc[shown["category"] == "release", "count"]
acting = shown.loc[shown["category"].isin(reference.SANCTION_CATEGORIES), "authority"].str.split("; ").explode()
print(f"{len(released)} releases, {int(released.sum())} people released")
print("sanctions by:", ", ".join(sorted(acting.unique())) or "none")


# %% [markdown]
# ## Country by country: the timeline, the deals, and the articles beside the reference
#
# For each country, first the reference timeline in **swim lanes**: each row of the figure is one kind of event. **Releases** are circles whose area grows with the number of people freed; the largest are labelled. **Talks and envoy visits** are diamonds (a line shows talks of several days). **Sanctions** point down when imposed (hollow when renewed) and up when eased, coloured by the authority that acted. **Context** collects arrests, sentences, protests, elections, the invasion and designations. Events known only to the month are drawn on the first day of the month.
#
# Then the **deals**: each release with the talks and the sanctions relief of the same country linked to it, from the reference. Two kinds of link: within `window_days` of the release (talks before it, relief before or after it), and the last talks and last relief in the `horizon_days` before it, since an exchange often closes months of talks. `lag_days` is the day of the link minus the day of the release (negative: before). A link in time is not proof of a bargain; the descriptions and sources say what was announced.
#
# Last, the **consolidated events from the articles** of that country, each with the reference row it matches (`ref_id`, status of the best match among its reports) or none.

# %% tags=["remove_input"]
def country_deals(rows: pd.DataFrame) -> pd.DataFrame:
    near = timeline.deals(rows, window_days=window_days, start=start, end=end).assign(kind=f"within {window_days} d")
    back = timeline.preceding_links(rows, horizon_days=horizon_days, start=start, end=end).assign(kind=f"last in {horizon_days} d")
    both = pd.concat([near, back.drop(columns="country")], ignore_index=True)
    return both.drop_duplicates(["release_id", "link_id"]).sort_values(["release_date", "link", "link_date"], ignore_index=True)


matches = sql("""SELECT m.corpus_event_id, first(c.ref_id ORDER BY CASE c.status WHEN 'confirmed' THEN 0
                        WHEN 'consistent' THEN 1 WHEN 'count differs' THEN 2 WHEN 'date differs' THEN 3 ELSE 4 END) AS ref_id,
                        min(CASE c.status WHEN 'confirmed' THEN 0 WHEN 'consistent' THEN 1 WHEN 'count differs' THEN 2
                            WHEN 'date differs' THEN 3 WHEN 'undated' THEN 4 ELSE 5 END) AS best
                 FROM corpus_event_mentions m JOIN claims c USING (article_id, event_id) GROUP BY ALL""")
matches["status"] = matches["best"].map(dict(enumerate(claims_mod.CLAIM_STATUSES)))
consolidated = sql("SELECT * FROM corpus_events").merge(matches.drop(columns="best"), on="corpus_event_id", how="left")
consolidated["status"] = consolidated["status"].fillna("not in the reference")
all_deals = []
for code in COUNTRIES:
    rows = shown[shown["country"] == code]
    display(Markdown(f"### {html.escape(country_name(code))} ({code})"))
    if len(rows):
        figures.plot_swimlanes(rows, title=f"Releases, talks and sanctions: {country_name(code)}, {PERIOD}",
                               source=SOURCE + " Circle area is proportional to people released.")
        plt.show()
    else:
        display(Markdown("No reference event in this period."))
    deals = country_deals(full[full["country"] == code])
    all_deals.append(deals.assign(country=code))
    display(Markdown(f"**Deals** ({len(deals)} links):" if len(deals) else "**Deals:** no release linked to talks or sanctions relief."))
    if len(deals):
        display(deals[["release_date", "released", "link", "link_date", "lag_days", "kind", "authority", "link_target", "link_note"]])
    events = consolidated[(consolidated["country"] == code) & consolidated["date_start"].between(pd.Timestamp(start), pd.Timestamp(end))]
    display(Markdown(f"**Consolidated events from the articles:** {len(events)}."))
    if len(events):
        display(events[["date", "event_type", "count", "n_articles", "articles", "status", "ref_id", "disagreements"]].astype(object).fillna(""))
deals = pd.concat(all_deals, ignore_index=True) if all_deals else pd.DataFrame()
deals.to_csv(TABLES / "deals.csv", index=False)

# %% [markdown]
# ### The deals in one line each
#
# Every release of the reference in the period with its links (the lag in days after each), all countries shown.

# %% keep_output=true tags=["remove_input"]
# NBVAL_CHECK_OUTPUT
for (code, day), group in deals[deals["release_date"].between(pd.Timestamp(start), pd.Timestamp(end))].groupby(["country", "release_date"]):
    links = "; ".join(f"{r.link} {r.link_date:%Y-%m-%d} ({r.lag_days:+d} d{', ' + r.link_note if r.link_note else ''})" for r in group.itertuples())
    print(f"{code} release {day:%Y-%m-%d} ({group['released'].iloc[0]} people): {links}")
if deals.empty:
    print("no release linked to talks or sanctions relief in this period")

# %% [markdown]
# ## People released over time and the number still held (Belarus)
#
# The green steps add up the people freed in the Belarus reference releases since the start of the period. The brown line is the number of recognised political prisoners counted by the Belarusian human-rights centre Viasna (one count by Human Rights Watch is marked apart). The two do not add up: new people are recognised as political prisoners while others are freed or finish their sentences, and Viasna counts only the prisoners it has recognised.

# %% tags=["remove_input"]
if "BY" in COUNTRIES:
    fig = figures.plot_releases_vs_prisoners(
        full[full["country"] == "BY"], counts, start=start, end=end,
        title=f"People released vs political prisoners held in Belarus, {PERIOD}",
        source="Sources: reference releases (timeline.csv); counts of political prisoners by Viasna and "
               "Human Rights Watch (prisoner_counts.csv), each with its URL.")
    plt.show()
else:
    display(Markdown("Belarus is not among the countries shown."))

# %% [markdown]
# ## Releases and sanctions actions per year
#
# Release waves and people released, then the number of sanctions actions (listings, packages, renewals; easing) per authority and year. A joint announcement by two governments counts once for each.

# %% tags=["remove_input"]
timeline.actions_per_year(shown)

# %% [markdown]
# ## What the articles add that the reference lacks
#
# Consolidated events none of whose reports matches a reference row (status *not in the reference* for every article that reports it). These are leads for the curator, not errors: the reference is curated and incomplete, and an article may also be wrong.

# %% tags=["remove_input"]
new = consolidated[(consolidated["status"] == "not in the reference") & consolidated["country"].isin(COUNTRIES)
                   & consolidated["date_start"].between(pd.Timestamp(start), pd.Timestamp(end))]
display(Markdown(f"{len(new)} consolidated events are not in the reference."))
new[["country", "date", "event_type", "count", "people", "articles", "sentences"]].astype(object).fillna("")

# %% [markdown]
# ## Where outlets disagree
#
# Consolidated events whose reports give different days at the finest precision, or counts close enough to be the same number reported differently (52 announced, 51 in effect). Counts further apart usually count different things (10 Americans and 252 Venezuelans freed in one exchange): they are listed in the `counts` column of the consolidated events, not flagged.

# %% tags=["remove_input"]
disputed = consolidated[(consolidated["date_disagreement"] | consolidated["count_disagreement"]) & consolidated["country"].isin(COUNTRIES)]
display(Markdown(f"{len(disputed)} consolidated events on which the articles disagree."))
disputed[["country", "date", "event_type", "count", "disagreements", "sentences"]]

# %% [markdown]
# ## Claims check: the articles against the reference
#
# Every event extracted from the articles in the processed folder is matched against the reference timeline: same type of event, dates that overlap at the precision of both ("July 2021" covers the whole month), and counts compared. Events and reference rows are matched on what a reader checks: the country, the type of event, the people (gazetteer ids), the date at the precision of both sides and the count with its qualifier ("over 120" is consistent with 123). The status is one of **confirmed**, **consistent** (agrees at a coarser date, through a qualifier, or as a part of an itemised count), **count differs**, **date differs** (the same people or count on another date), **undated** (the candidate row is shown) or **not in the reference**. A row naming other people is never a match. *Not in the reference* does not mean false: the reference is curated and incomplete. Each row shows the article's sentence and the reference row's first source.

# %% tags=["remove_input"]
claims = sql("SELECT * FROM claims")
claims = claims[claims["country"].isin(COUNTRIES)] if len(claims) else claims
claims.to_csv(TABLES / "claims.csv", index=False)
display(Markdown(f"{len(claims)} events from {claims['article_id'].nunique()} articles."))
claims[["article_id", "event_type", "country", "date", "count", "qualifier", "status", "ref_date", "ref_count", "detail", "evidence", "ref_source"]].astype(object).fillna("")

# %% tags=["remove_input"]
summary = claims["status"].value_counts().reindex(claims_mod.CLAIM_STATUSES, fill_value=0)
print(summary.to_string())

# %% [markdown]
# ## Caveats
#
# * The reference timeline is curated from news reports and official statements; it may miss events, and where sources disagree (the day of the November 2024 pardon, the number freed on 11 September 2025, of whom one was returned to prison, the size of the Venezuelan exchanges) the row says so in its description and sources.
# * Viasna's counts are of recognised political prisoners; the true number of people held for political reasons is likely higher.
# * Event extraction from articles is automatic and can err (a wrong country, date or count); each claim keeps its sentence in `claims.csv`, each consolidated event every sentence that reports it, and the deals are in `deals.csv`. The corpus store can be queried for more (see the README).
