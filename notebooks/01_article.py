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
# # Article report
#
# What one news article on political-prisoner diplomacy says, read as data: who was released and how many, which sanctions moved and by whom, who is named and quoted, the numbers and dates it gives, and which of its claims agree with a curated reference timeline. Each value is shown in its sentence, the words it was read from highlighted.

# %% tags=["parameters"]
# Parameters: papermill replaces these values (python -m helpers report, or -p NAME VALUE).
article_id: str = "000_25866d06d7c1622d"  # the article's id: its file name in data/raw/articles without extension
processed_dir: str = "data/processed"  # folder of processed tables, relative to the project root or absolute

# %% tags=["remove_input"]
from pathlib import Path

from helpers.analysis import figures
from helpers.analysis.claims import article_claims
from helpers.batch import ensure_parsed
from helpers.core import store
from helpers.core.schemas import TABLES
from helpers.paths import ROOT
from helpers.reports import article as report
from helpers.reports import words
from helpers.reports.tables import human_date, in_context, table, text_or_blank, wikidata_link

PROCESSED = Path(processed_dir) if Path(processed_dir).is_absolute() else ROOT / processed_dir
ensure_parsed(article_id, PROCESSED)  # parses the raw article first when its tables are missing or stale
t = {name: store.read_table(PROCESSED, name, article_id) for name in TABLES}
text = (PROCESSED / article_id / "text.txt").read_text(encoding="utf-8")  # the text all offsets point into
article = t["articles"].iloc[0]

# %% tags=["remove_input"]
report.header(article, store.read_manifest(PROCESSED / article_id))

# %% tags=["remove_input"]
claims = article_claims(PROCESSED, article_id)  # each event against the reference timeline
summary = report.show(t, claims)

# %% [markdown]
# <nav class="toc"><strong>Contents</strong>
#
# 1. [The text](#The-text)
# 2. [Who is named](#Who-is-named)
# 3. [Who is quoted](#Who-is-quoted)
# 4. [The numbers](#The-numbers)
# 5. [Time expressions](#Time-expressions)
# 6. [Events](#Events)
# 7. [Claims check](#Claims-check)
# </nav>

# %% [markdown]
# ## The text
#
# How the article's text divides into blocks (title, headings, paragraphs, list items) and sentences. All offsets in the tables below point into this text.

# %% keep_output=true tags=["remove_input"]
# NBVAL_CHECK_OUTPUT
print(report.text_shape(t["blocks"], t["sentences"]))

# %% [markdown]
# ## Who is named
#
# One row per real-world person, with the canonical name (from the project's gazetteer when known), the role at the time of publication, the other forms the text uses and how often the person is mentioned. The Wikidata link identifies the person unambiguously.

# %% tags=["remove_input"]
entities = t["entities"].sort_values(["n_mentions", "name"], ascending=[False, True])
people = entities[entities["label"] == "PERSON"].assign(wikidata=lambda d: d["wikidata_id"].map(wikidata_link))
table(
    people,
    {"name": "Name", "role": "Role", "aliases": "Forms in the text", "n_mentions": "Mentions", "wikidata": "Wikidata"},
    html_columns=["wikidata"],
    empty="No person is named.",
)

# %% keep_output=true tags=["remove_input"]
# NBVAL_CHECK_OUTPUT
print(f"{len(people)} people named.")

# %% [markdown]
# Organisations, countries, cities and groups. "Stands for" marks a capital or country named for its government ("Washington said").

# %% tags=["remove_input"]
others = entities[entities["label"] != "PERSON"].assign(
    kind=lambda d: d["label"].map(words.ENTITY_LABELS).fillna(d["label"])
)
table(
    others,
    {
        "name": "Name",
        "kind": "Kind",
        "stands_for": "Stands for",
        "aliases": "Forms in the text",
        "n_mentions": "Mentions",
    },
    empty="No organisation or place is named.",
)

# %% [markdown]
# ## Who is quoted
#
# Direct quotations (words inside quotation marks), each in its sentence with the quotation highlighted, the speaker it is attributed to and the reporting verb. A quotation that continues the previous speaker's words has no verb of its own. A *quoted term* is a phrase of one or two words in quotation marks that a speaker is credited with ('described the effect as "nebulous"'): their word, not a statement.

# %% tags=["remove_input"]
quotes = t["quotes"].assign(
    context=lambda d: in_context(d, t["sentences"], text),
    how=lambda d: d["attribution"].map(words.ATTRIBUTIONS).fillna(d["attribution"]),
    kind=lambda d: d["quoted_term"].map({True: "quoted term", False: "quotation"}),
)
table(
    quotes,
    {
        "speaker": "Speaker",
        "cue": "Verb",
        "how": "Attributed by",
        "kind": "Kind",
        "context": "Quotation in its sentence",
    },
    html_columns=["context"],
    wide=["context"],
    empty="The article quotes no one directly.",
)

# %% [markdown]
# ## The numbers
#
# Each number with what it counts and how the article qualifies it ("over 1,200" is *over*).

# %% tags=["remove_input"]
quantities = t["quantities"].assign(context=lambda d: in_context(d, t["sentences"], text))
table(
    quantities,
    {
        "text": "As written",
        "value": "Value",
        "unit": "What is counted",
        "qualifier": "Qualifier",
        "context": "In its sentence",
    },
    html_columns=["context"],
    wide=["context"],
    empty="No numbers.",
)

# %% [markdown]
# ## Time expressions
#
# Each time expression with the calendar date or length it stands for. Relative dates ("on Saturday", "last year") are resolved against the publication date, anaphoric ones ("that year") against the previous date in the text; a date known only to the month or the year keeps that precision.

# %% tags=["remove_input"]
timexes = t["timexes"].assign(
    context=lambda d: in_context(d, t["sentences"], text),
    means=lambda d: d["value"].map(human_date),
    how=lambda d: d["anchor"].map(words.ANCHORS).fillna(d["anchor"]),
)
table(
    timexes,
    {
        "text": "As written",
        "means": "Means",
        "granularity": "Precision",
        "how": "Resolved",
        "context": "In its sentence",
    },
    html_columns=["context"],
    wide=["context"],
    nowrap=["means"],
    empty="No time expressions.",
)

# %% [markdown]
# ## Events
#
# What happens in the article: releases, sanctions imposed or eased, arrests, sentences, talks and envoy visits, with who acted, on whom, how many people and when. *Status* says whether the article asserts the event or only reports it as promised, demanded or denied; only asserted events count in the summary. The highlighted word is the one the event was read from.

# %% tags=["remove_input"]
events = (
    t["events"]
    .sort_values(["date_start", "event_id"], na_position="last")
    .assign(
        what=lambda d: d["event_type"].map(lambda e: words.EVENT_LABELS.get(e, e)),
        when=lambda d: d["date"].map(human_date),
        context=lambda d: in_context(d, t["sentences"], text),
    )
)
table(
    events,
    {
        "what": "Event",
        "when": "Date",
        "actor": "Who acted",
        "target": "On whom",
        "count": "People",
        "modality": "Status",
        "context": "In its sentence",
    },
    html_columns=["context"],
    wide=["context"],
    nowrap=["when"],
    empty="No events found.",
)

# %% keep_output=true tags=["remove_input"]
# NBVAL_CHECK_OUTPUT
print(f"People released (largest count stated): {summary.released if summary.released else 'none stated'}.")

# %% [markdown]
# ### Events on a time axis
#
# Each dated event in its row: a point when the article gives the day, a bar over the whole month or year when it gives only that. Undated events are left out.

# %% tags=["remove_input"]
outlet = text_or_blank(article["source"]) or "outlet unknown"
fig = figures.plot_article_events(
    t["events"], title=f"Events in: {article['title']}", source=f"Source: events extracted from the article ({outlet})"
)
figures.show(fig, alt=report.events_alt(t["events"]))

# %% [markdown]
# ## Claims check
#
# Each event of the article matched against the curated reference timeline (`data/raw/reference/timeline.csv`, every row with its sources): the same country and kind of event, the same people, an overlapping date at the precision of both, counts compared with their qualifiers ("over 120" agrees with 123). *Consistent* means it agrees at a coarser date or through a qualifier; *disputed* means the reference has the event with another date or count; for an *undated* event the nearest reference row is shown. *Not in the reference* does not mean false: the reference is curated and incomplete.

# %% tags=["remove_input"]
report.claims_table(claims, t["events"], t["sentences"], text)
