"""The words of events: which lemmas trigger which event type, the nouns and verbs that
keep false friends out, and the CAMEO code and Goldstein score of each type.

Triggers are verbs (:data:`VERB_TRIGGERS`), event nouns (:data:`NOUN_TRIGGERS`) and sanction
nouns (:data:`SANCTION_NOUNS`) with a governing verb or modifier in :data:`SANCTION_VERBS`;
:mod:`helpers.events.triggers` applies them to the parse. CAMEO codes and Goldstein scores
come from ``data/raw/reference/cameo.csv`` (CAMEO 1.1b3,
http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf; scores from
http://gdeltproject.org/data/lookups/CAMEO.goldsteinscale.txt).
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from helpers.lexicon.people import PERSON_NOUNS  # noqa: F401  (nouns for persons: one list, in people.py)
from helpers.paths import REFERENCE_DIR

CAMEO_PATH = REFERENCE_DIR / "cameo.csv"
VERB_TRIGGERS = {
    "free": "release", "release": "release", "pardon": "release", "exchange": "release",
    "swap": "release", "liberate": "release",
    "arrest": "arrest", "detain": "arrest", "jail": "arrest", "imprison": "arrest",
    "incarcerate": "arrest", "apprehend": "arrest", "hold": "arrest",
    "sentence": "sentence", "convict": "sentence",
    "negotiate": "negotiation", "meet": "negotiation", "visit": "negotiation",
    "host": "negotiation", "engage": "negotiation",
    "protest": "protest", "demonstrate": "protest", "rally": "protest",
    "invade": "military", "attack": "military", "bomb": "military", "shell": "military",
    "occupy": "military",
    "designate": "designation", "label": "designation", "brand": "designation",
    "declare": "designation", "blacklist": "designation", "list": "designation",
}
NOUN_TRIGGERS = {
    "release": "release", "pardon": "release", "liberation": "release", "amnesty": "release",
    "exchange": "release", "swap": "release", "clemency": "release",
    "arrest": "arrest", "detention": "arrest", "imprisonment": "arrest", "incarceration": "arrest",
    "sentence": "sentence", "conviction": "sentence",
    "talks": "negotiation", "negotiation": "negotiation", "negotiations": "negotiation",
    "dialogue": "negotiation", "dialog": "negotiation", "discussion": "negotiation",
    "meeting": "negotiation", "visit": "negotiation", "trip": "negotiation",
    "election": "election", "referendum": "election", "vote": "election",
    "protest": "protest", "demonstration": "protest", "rally": "protest",
    "invasion": "military", "war": "military", "attack": "military", "offensive": "military",
    "occupation": "military", "bombing": "military", "shelling": "military", "airstrike": "military",
    "operation": "military", "designation": "designation",
}
SANCTION_NOUNS = {"sanction", "embargo", "restriction", "measure", "tariff"}
ANAPHORIC_SANCTION_NOUNS = {"restriction", "measure", "tariff"}  # only where sanctions are named
# Renewals ("renew", "prolong") are not events: they keep measures already imposed (held-out
# convention of tests/heldout; the reference timeline's sanction_renewed rows are another source).
SANCTION_VERBS = {
    "impose": "sanction_imposed", "introduce": "sanction_imposed", "slap": "sanction_imposed",
    "adopt": "sanction_imposed", "expand": "sanction_imposed", "tighten": "sanction_imposed",
    "intensify": "sanction_imposed", "extend": "sanction_imposed",
    "broaden": "sanction_imposed", "toughen": "sanction_imposed", "reimpose": "sanction_imposed",
    "levy": "sanction_imposed", "widen": "sanction_imposed",
    "new": "sanction_imposed", "fresh": "sanction_imposed", "additional": "sanction_imposed",
    "ease": "sanction_eased", "lift": "sanction_eased", "relax": "sanction_eased",
    "suspend": "sanction_eased", "remove": "sanction_eased", "waive": "sanction_eased",
    "loosen": "sanction_eased", "drop": "sanction_eased", "scrap": "sanction_eased",
    "revoke": "sanction_eased", "rescind": "sanction_eased", "relief": "sanction_eased",
    "easing": "sanction_eased", "lifting": "sanction_eased", "removal": "sanction_eased",
    "suspension": "sanction_eased", "relaxation": "sanction_eased", "waiver": "sanction_eased",
    "exemption": "sanction_eased", "carve-out": "sanction_eased",
    "agree": "sanction_imposed", "approve": "sanction_imposed",
}
# "responded with sanctions", "hit Belarus with new sanctions": the verb imposes them
WITH_SANCTION_VERBS = {"respond", "retaliate", "hit", "punish", "target", "slap", "threaten"}
# "placed on the sanctions list", "added to the blacklist"
LISTING_VERBS = {"place", "put", "add", "include", "enter"}
LIST_NOUNS = {"list", "blacklist"}
# "any of its measures", "a new package of sanctions": climb to the word that governs them
CONTAINER_TARGET_VERBS = {"target", "hit"}
QUANTIFIER_HEADS = {"any", "some", "all", "none", "most", "many", "several", "part", "rest"}
CONTAINER_NOUNS = {"package", "round", "basis", "framework", "regime", "wave", "set", "batch", "raft"}
# a licence that eases sanctions: "authorised transactions with X", "allowing oil deals"
LICENSING_VERBS = {"authorise", "authorize", "allow", "permit", "license", "licence"}
LICENSED_NOUNS = {"transaction", "dealing", "deal", "business", "payment"}
PRONOUN_OBJECTS = {"them", "it", "those", "these"}
# "house arrest" and "held in X" describe a state, not an arrest event
STATE_COMPOUNDS = {"house", "home"}
OFFICIAL_NOUNS = {"envoy", "official", "diplomat", "leader", "counterpart", "minister", "delegation",
                  "president", "representative", "negotiator", "ambassador", "mediator", "secretary",
                  "chancellor", "premier", "king", "emir", "prince", "senator", "lawmaker", "team"}
EASING_NOUNS = {"easing", "lifting", "relief", "removal", "suspension", "relaxation"}
DESIGNATION_LABELS = {"extremist", "terrorist", "extremism", "terrorism"}
DEAL_WORDS = {"exchange", "deal", "agreement", "swap", "arrangement", "bargain", "return"}
PATIENT_TYPES = {"release", "arrest", "sentence", "designation"}


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def cameo_table() -> pd.DataFrame:
    """The CAMEO reference table (``data/raw/reference/cameo.csv``, see ``cameo.md``).

    Returns:
        DataFrame with event_type, lemmas (space-separated, may be empty), cameo_code
        (str or None), cameo_name, goldstein (float64), source. Read once and shared:
        callers must not modify it.
    """
    table = pd.read_csv(CAMEO_PATH, dtype={"cameo_code": str, "lemmas": str}, keep_default_na=False,
                        na_values={"goldstein": [""]})
    return table.replace({"cameo_code": {"": None}})


@lru_cache(maxsize=None)
def cameo_for(event_type: str, lemma: str) -> tuple[str | None, float | None]:
    """CAMEO code and Goldstein score of an event type, refined by its trigger lemma.

    Examples:
        >>> cameo_for("release", "free"), cameo_for("negotiation", "visit")
        (('0841', 7.0), ('042', 1.9))
    """
    rows = cameo_table()[cameo_table()["event_type"] == event_type]
    specific = rows[rows["lemmas"].str.split().apply(lambda ls: lemma in ls)]
    row = (specific if len(specific) else rows[rows["lemmas"] == ""]).head(1)
    if row.empty or row["cameo_code"].iloc[0] is None:
        return None, None
    return row["cameo_code"].iloc[0], float(row["goldstein"].iloc[0])
