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
# How do releases of political prisoners line up with talks and with sanctions being eased or imposed, and is each new article consistent with what is already known? This report answers from two sources:
#
# * a **curated reference timeline** (`data/raw/reference/timeline.csv`): dated arrests, sentences, elections, releases and exchanges, sanctions imposed, renewed and eased by the US, EU, UK and Canada, and talks, for Belarus, Russia, Venezuela and Iran, each row with its country and at least one source URL;
# * the **events extracted from the news articles** in the processed folder, checked against that timeline at the end.
#
# The period, the window used to link releases to talks and sanctions relief, and the sanctioning authorities shown are parameters of the report (listed below).

# %% tags=["parameters"]
processed_dir: str = "data/processed"  # folder of processed article tables, relative to the project root or absolute
reference_path: str = "data/raw/reference/timeline.csv"  # the reference timeline CSV, relative to the project root or absolute
start: str = "2020-01-01"  # ISO date, first day of the period shown (inclusive)
end: str = "2025-12-31"  # ISO date, last day of the period shown (inclusive)
window_days: int = 7  # days around a release in which talks or sanctions relief count as linked to it
authorities: list = []  # sanctioning authorities to show: "EU", "EU,UK" or a list; empty means all of US, EU, UK, Canada
countries: list = []  # ISO codes of the countries to show: "BY", "BY,RU" or a list; empty means every country of the articles and the reference
tables_dir: str = "data/scratch/tables"  # where the deals and claims CSV files go; `make report` publishes to reports/tables

# %% tags=["remove_input"]
import html
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from helpers.analysis import claims as claims_mod, figures, params, reference, timeline
from helpers.core import store
from helpers.paths import ROOT

PROCESSED = params.check_folder("processed_dir", Path(processed_dir) if Path(processed_dir).is_absolute() else ROOT / processed_dir)
REFERENCE = Path(reference_path) if Path(reference_path).is_absolute() else ROOT / reference_path
TABLES = Path(tables_dir) if Path(tables_dir).is_absolute() else ROOT / tables_dir
params.check_period(start, end)
params.check_window(window_days)
AUTHORITIES = params.parse_list("authorities", authorities, reference.SANCTION_AUTHORITIES) or list(reference.SANCTION_AUTHORITIES)
full = reference.load_timeline(REFERENCE)
events = store.read_table(PROCESSED, "events")
known = sorted(set(full["country"]) | set(events.get("country", pd.Series(dtype=object)).dropna()))
COUNTRIES = params.parse_list("countries", countries, known) or known
PERIOD = f"{pd.Timestamp(start):%-d %B %Y} to {pd.Timestamp(end):%-d %B %Y}"
SOURCE = f"Source: curated reference timeline ({REFERENCE.name}), one or more sourced URLs per event."

shown = timeline.select(full, start=start, end=end, authorities=AUTHORITIES, countries=COUNTRIES)
counts = reference.load_prisoner_counts(REFERENCE.parent / "prisoner_counts.csv")  # kept beside the timeline
pd.set_option("display.max_colwidth", 90)
display(Markdown(f"**Period:** {PERIOD}. **Window:** {window_days} days. **Sanctions shown:** {html.escape(', '.join(AUTHORITIES))}. "
                 f"**Countries:** {html.escape(', '.join(COUNTRIES))}."))
if shown.empty:
    display(Markdown("**No reference event matches this selection** (period, countries, authorities)."))

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
# ## The timeline in swim lanes
#
# Each row of the figure is one kind of event. **Releases** are circles whose area grows with the number of people freed; the largest are labelled. **Talks and envoy visits** are diamonds (a line shows talks of several days). **Sanctions** point down when imposed (hollow when renewed) and up when eased, coloured by the authority that acted; same-day actions of several authorities are drawn side by side. **Context** collects arrests, sentences, protests, elections, the invasion and designations as "extremist". Events known only to the month are drawn on the first day of the month.

# %% tags=["remove_input"]
fig = figures.plot_swimlanes(
    shown, title=f"Releases, talks and sanctions ({', '.join(COUNTRIES)}), {PERIOD}",
    source=SOURCE + " Circle area is proportional to people released.")
plt.show()

# %% [markdown]
# ## Deals: releases linked to talks and sanctions relief
#
# For each release, the talks or envoy visits in the `window_days` days before it (up to the day itself) and the sanctions eased within `window_days` days before or after it. `lag_days` is the day of the talks or relief minus the day of the release: negative means before the release. Only events dated to the day are linked. A link in time is not proof of a bargain; the descriptions and sources say what was announced.

# %% tags=["remove_input"]
deals = timeline.deals(shown, window_days=window_days, start=start, end=end)
TABLES.mkdir(parents=True, exist_ok=True)
deals.to_csv(TABLES / "deals.csv", index=False)
deals[["release_date", "released", "link", "link_date", "lag_days", "authority", "link_target"]]

# %% keep_output=true tags=["remove_input"]
# NBVAL_CHECK_OUTPUT
for day, group in deals.groupby("release_date"):
    links = "; ".join(f"{r.link} {r.link_date:%Y-%m-%d} ({r.lag_days:+d} d)" for r in group.itertuples())
    print(f"release {day:%Y-%m-%d} ({group['released'].iloc[0]} people): {links}")
if deals.empty:
    print("no release linked to talks or sanctions relief in this period")

# %% [markdown]
# ## People released over time and the number still held
#
# The green steps add up the people freed in the reference releases since the start of the period. The brown line is the number of recognised political prisoners counted by the Belarusian human-rights centre Viasna (one count by Human Rights Watch is marked apart). The two do not add up: new people are recognised as political prisoners while others are freed or finish their sentences, and Viasna counts only the prisoners it has recognised.

# %% tags=["remove_input"]
fig = figures.plot_releases_vs_prisoners(
    full, counts, start=start, end=end,
    title=f"People released vs political prisoners held, {PERIOD}",
    source="Sources: reference releases (timeline.csv); counts of political prisoners by Viasna and "
           "Human Rights Watch (prisoner_counts.csv), each with its URL.")
plt.show()

# %% [markdown]
# ## Releases and sanctions actions per year
#
# Release waves and people released, then the number of sanctions actions (listings, packages, renewals; easing) per authority and year. A joint announcement by two governments counts once for each.

# %% tags=["remove_input"]
timeline.actions_per_year(shown)

# %% [markdown]
# ## Claims check: the articles against the reference
#
# Every event extracted from the articles in the processed folder is matched against the reference timeline: same type of event, dates that overlap at the precision of both ("July 2021" covers the whole month), and counts compared. Events and reference rows are matched on what a reader checks: the country, the type of event, the people (gazetteer ids), the date at the precision of both sides and the count with its qualifier ("over 120" is consistent with 123). The status is one of **confirmed**, **consistent** (agrees at a coarser date, through a qualifier, or as a part of an itemised count), **count differs**, **date differs** (the same people or count on another date), **undated** (the candidate row is shown) or **not in the reference**. A row naming other people is never a match. *Not in the reference* does not mean false: the reference is curated and incomplete. Each row shows the article's sentence and the reference row's first source.

# %% tags=["remove_input"]
events = events[events["country"].isin(COUNTRIES)] if "country" in events else events
quantities = store.read_table(PROCESSED, "quantities")
claims = claims_mod.claims_check(events, full, quantities)
claims.to_csv(TABLES / "claims.csv", index=False)
display(Markdown(f"{len(claims)} events from {events['article_id'].nunique()} articles."))
claims[["article_id", "event_type", "country", "date", "count", "qualifier", "status", "ref_date", "ref_count", "detail", "evidence", "ref_source"]].astype(object).fillna("")

# %% tags=["remove_input"]
summary = claims["status"].value_counts().reindex(claims_mod.CLAIM_STATUSES, fill_value=0)
print(summary.to_string())

# %% [markdown]
# ## Caveats
#
# * The reference timeline is curated from news reports and official statements; it may miss events, and where sources disagree (the day of the November 2024 pardon, the number freed on 11 September 2025, of whom one was returned to prison) the row says so in its description and sources.
# * Viasna's counts are of recognised political prisoners; the true number of people held for political reasons is likely higher.
# * Event extraction from articles is automatic and can err; each claim keeps its evidence sentence in `reports/tables/claims.csv`, and the deals in `reports/tables/deals.csv`.
