"""Events of an article: releases, sanctions imposed or eased, arrests, sentences, talks,
elections, protests, military action and designations, each with its CAMEO code, modality,
date, actor, target, count and the people it applies to.

Triggers are found by lemma and dependency pattern (:data:`VERB_TRIGGERS`,
:data:`NOUN_TRIGGERS`, sanction nouns with a governing verb in :data:`SANCTION_VERBS`), never
by sentence. CAMEO codes and Goldstein scores come from ``data/raw/reference/cameo.csv``
(CAMEO 1.1b3, http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf; scores from
http://gdeltproject.org/data/lookups/CAMEO.goldsteinscale.txt).

Modality (:func:`modality`) is read from the parse: a negation or "no" on the trigger ->
negated; a modal may/might/could/would/should -> hypothetical; "will"/"shall" -> announced;
then the verbs governing the trigger through xcomp/ccomp/object links ("demanded the
release", "urged X to free", "calls for the release", "denied holding", "promised to lift",
"refused to release") give demanded, denied, promised, announced, negated or hypothetical
(:data:`GOVERNORS`). A participle or relative clause ("those freed have not been
disclosed") keeps its own modality: the climb stops at acl/relcl/amod.

Dates (rules applied in order, recorded in ``date_source``):
    1. ``own``: a DATE timex the parse attaches to the trigger (the nearest trigger above
       the timex in the dependency tree is this one): "his arrest in July 2021".
    2. ``related``: the trigger has "after/following/since/amid/during/before X" where X
       is an event trigger with a date ("detained after the 2020 election" -> 2020).
    2b. ``clause``: the event sits inside the clause of another dated event ("measures
       intensified after February 2022 when Belarus became a hub supporting Russia's
       invasion" -> the invasion takes 2022-02).
    3. ``sentence``: a dated DATE timex of the same sentence that the parse attaches to
       no other event ("A leading figure during protests ... in 2020; her detention").
    4. ``publication``: an event of the news lead (the title and the first paragraph)
       takes the publication date (DCT).
    5. ``deal``: "as part of this exchange/deal/agreement", "in exchange/return for": the
       event belongs to the deal of the lead and takes its date (the lead event with its
       own timex first, else the first dated one).
    6. ``coreference``: a nominal trigger ("the releases", "disputed elections") takes the
       date of the nearest asserted event of the same type dated by rules 1, 4 or 5, the
       previous one first; an event about named people only corefers with an event
       naming one of them.
    7. ``section``: a dated timex in the heading of the event's section ("Sanctions
       Since Post-2020 Crackdown" -> 2020).
    Headline events take the date of the lead's event of the same type, else of the
    lead's first time expression (``headline``); a wire dateline ("MINSK, Aug 10 (Reuters)
    -") dates no event; a timex inside a relative clause on a non-event noun ("Krasikov,
    who was serving a life sentence for a 2019 killing") dates no event; an undated
    asserted past-tense event of the opening section takes the lead's date (``story``).
    Only calendar values (``2021``, ``2021-07``, ``2025-12-13``...) date an event;
    PAST_REF and durations do not. The DURATION of talks ("over two days") is kept in
    ``duration`` (``P2D``). ``date_start``/``date_end`` is the interval the TIMEX3 value
    covers (:func:`timex_interval`).

Implied events (:func:`_with_derived`): gapping ("30 were pardoned on May 4 and another
15 in June") and the other side of a swap ("freed X in exchange for 10 Americans").
Coreferent rows are then merged (:func:`merge_coreferent`; ``n_mentions`` column). States
are not arrests: "held in X", "holds 900 prisoners", "house arrest", "classed as
wrongfully detained", "people convicted of ..." as the patient of a release.

People: PERSON entities inside the event's patient ("the release of 123 detainees,
including ... Ales Bialiatski"); in a list item that starts with a name ("Viktar Babaryka:
..."), arrests, releases and sentences without people of their own, or whose patient is a
pronoun ("his arrest"), apply to that name.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pandas as pd

from helpers import schemas
from helpers.paths import REFERENCE_DIR
from helpers.structure import Parsed

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
    "election": "election", "referendum": "election",
    "protest": "protest", "demonstration": "protest", "rally": "protest",
    "invasion": "military", "war": "military", "attack": "military", "offensive": "military",
    "occupation": "military", "bombing": "military", "shelling": "military", "airstrike": "military",
    "operation": "military", "designation": "designation",
}
SANCTION_NOUNS = {"sanction", "embargo", "restriction", "measure", "tariff"}
ANAPHORIC_SANCTION_NOUNS = {"restriction", "measure", "tariff"}  # only where sanctions are named
SANCTION_VERBS = {
    "impose": "sanction_imposed", "introduce": "sanction_imposed", "slap": "sanction_imposed",
    "adopt": "sanction_imposed", "expand": "sanction_imposed", "tighten": "sanction_imposed",
    "intensify": "sanction_imposed", "extend": "sanction_imposed", "renew": "sanction_imposed",
    "broaden": "sanction_imposed", "toughen": "sanction_imposed", "reimpose": "sanction_imposed",
    "levy": "sanction_imposed", "widen": "sanction_imposed", "prolong": "sanction_imposed",
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
QUANTIFIER_HEADS = {"any", "some", "all", "none", "most", "many", "several", "part", "rest"}
CONTAINER_NOUNS = {"package", "round", "basis", "framework", "regime", "wave", "set", "batch", "raft"}
# a licence that eases sanctions: "authorised transactions with X", "allowing oil deals"
LICENSING_VERBS = {"authorise", "authorize", "allow", "permit", "license", "licence"}
LICENSED_NOUNS = {"transaction", "dealing", "deal", "business", "payment"}
PRONOUN_OBJECTS = {"them", "it", "those", "these"}
# "house arrest" and "held in X" describe a state, not an arrest event
STATE_COMPOUNDS = {"house", "home"}
TIME_UNITS = {"year", "month", "week", "day", "hour", "decade", "minute"}
OFFICIAL_NOUNS = {"envoy", "official", "diplomat", "leader", "counterpart", "minister", "delegation",
                  "president", "representative", "negotiator", "ambassador", "mediator", "secretary",
                  "chancellor", "premier", "king", "emir", "prince", "senator", "lawmaker", "team"}
EASING_NOUNS = {"easing", "lifting", "relief", "removal", "suspension", "relaxation"}
DESIGNATION_LABELS = {"extremist", "terrorist", "extremism", "terrorism"}
PERSON_NOUNS = {
    "prisoner", "detainee", "hostage", "activist", "journalist", "citizen", "national", "people",
    "person", "opponent", "dissident", "critic", "leader", "member", "student", "worker", "man",
    "woman", "child", "individual", "figure", "candidate", "politician", "blogger", "lawyer",
    "defender", "protester", "demonstrator", "american", "foreigner", "official", "envoy",
    "diplomat", "reporter", "priest", "soldier", "captive", "inmate", "other",
}
GOVERNORS = {
    "demanded": {"demand", "call", "urge", "press", "insist", "appeal", "ask", "request", "seek",
                 "push", "plead", "petition", "plea", "lobby", "campaign"},
    "denied": {"deny", "refute"},
    "promised": {"promise", "pledge", "vow", "commit", "offer", "guarantee", "undertake"},
    "announced": {"announce", "plan", "intend", "expect", "threaten", "prepare", "aim", "propose",
                  "schedule", "set"},
    "negated": {"refuse", "reject", "fail", "decline", "avoid", "oppose", "resist"},
    "hypothetical": {"consider", "weigh", "explore", "hope", "want", "wish", "may", "might"},
}
MODALS = {"may": "hypothetical", "might": "hypothetical", "could": "hypothetical",
          "would": "hypothetical", "should": "hypothetical", "can": "hypothetical",
          "will": "announced", "shall": "announced", "'ll": "announced", "wo": "announced"}
NOUN_MODIFIERS = {"possible": "hypothetical", "potential": "hypothetical",
                  "proposed": "announced", "planned": "announced", "upcoming": "announced",
                  "expected": "announced", "scheduled": "announced"}
LIGHT_VERBS = {"hold", "conduct", "stage", "resume", "begin", "start", "open", "launch",
               "continue", "take", "happen", "occur", "go"}
CLIMB = {"xcomp", "ccomp", "dobj", "obj", "attr", "oprd", "nsubjpass", "pcomp"}
TEMPORAL_PREPS = {"after", "following", "since", "amid", "during", "before", "prior", "in"}
DEAL_WORDS = {"exchange", "deal", "agreement", "swap", "arrangement", "bargain", "return"}
LIST_LEAD = re.compile(r"^\s*([^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*){0,4})\s*[:–—]\s")
CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4]))?(?:T.*)?$")
PATIENT_TYPES = {"release", "arrest", "sentence", "designation"}
COLUMNS = ["event_id", "sentence_id", "event_type", "cameo_code", "modality", "date",
           "date_start", "date_end", "actor", "target", "count", "evidence", "start_char",
           "end_char", "goldstein", "people", "trigger", "duration", "date_source", "n_mentions"]


@lru_cache(maxsize=1)
def cameo_table() -> pd.DataFrame:
    """The CAMEO reference table (``data/raw/reference/cameo.csv``, see ``cameo.md``).

    Returns:
        DataFrame with event_type, lemmas (space-separated, may be empty), cameo_code
        (str or None), cameo_name, goldstein (float64), source.
    """
    table = pd.read_csv(CAMEO_PATH, dtype={"cameo_code": str, "lemmas": str}, keep_default_na=False,
                        na_values={"goldstein": [""]})
    return table.replace({"cameo_code": {"": None}})


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


def timex_interval(value: str | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The first and last day a TIMEX3 calendar value covers.

    Args:
        value: a TIMEX3 value: ``2021``, ``2021-07``, ``2025-12-13``, ``2021-W05``,
            ``2021-Q3``, ``2021-07-01T10:00``; decades ``199`` / ``199X``.

    Returns:
        (start, end) as datetimes at midnight (end = the last day, inclusive), or
        (None, None) for non-calendar values (``PAST_REF``, ``P2D``, None).

    Examples:
        >>> timex_interval("2021-07")
        (datetime.datetime(2021, 7, 1, 0, 0), datetime.datetime(2021, 7, 31, 0, 0))
    """
    if not isinstance(value, str):
        return None, None
    decade = re.match(r"^(\d{3})X?$", value)
    if decade:
        y = int(decade.group(1)) * 10
        return dt.datetime(y, 1, 1), dt.datetime(y + 9, 12, 31)
    m = CALENDAR.match(value)
    if not m:
        return None, None
    year, month, day, week, quarter = m.groups()
    y = int(year)
    if day:
        start = dt.datetime(y, int(month), int(day))
        return start, start
    if month:
        start = dt.datetime(y, int(month), 1)
        nxt = dt.datetime(y + (start.month == 12), start.month % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    if week:
        start = dt.datetime.fromisocalendar(y, int(week), 1)
        return start, start + dt.timedelta(days=6)
    if quarter:
        q = int(quarter)
        start = dt.datetime(y, 3 * q - 2, 1)
        nxt = dt.datetime(y + (q == 4), (3 * q) % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    return dt.datetime(y, 1, 1), dt.datetime(y, 12, 31)


# --- triggers --------------------------------------------------------------------------
def _keys(tok) -> list[str]:
    keys = [tok.lemma_.lower(), tok.lower_]
    if tok.pos_ == "PROPN" and tok.lower_.endswith("s"):
        keys.append(tok.lower_[:-1])
    return keys


def _is_person_like(tok) -> bool:
    return tok.ent_type_ in ("PERSON", "NORP") or tok.lemma_.lower() in PERSON_NOUNS \
        or tok.pos_ == "PRON" or any(c.dep_ == "nummod" for c in tok.children)


def _object(tok):
    """The patient of a verb: direct object, passive subject, or the noun it modifies."""
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass"):
            return c
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return tok.head
    return None


def _verb_type(tok, sanctions_named: bool) -> str | None:
    """Event type of a verbal trigger, with the checks that keep false friends out."""
    lemma = next((k for k in _keys(tok) if k in VERB_TRIGGERS), None)
    if lemma is None:
        return None
    etype, obj = VERB_TRIGGERS[lemma], _object(tok)
    if lemma in ("release", "exchange", "swap", "hold") and obj is not None and not _is_person_like(obj):
        return None
    if lemma in ("exchange", "swap", "hold") and obj is None:
        return None
    if lemma == "hold" and _is_state_hold(tok, obj):
        return None
    if etype in ("arrest", "sentence") and _is_description(tok):
        return None
    if lemma in ("meet", "engage") and not (
            (obj is not None and (obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                  or obj.lemma_.lower() in OFFICIAL_NOUNS))
            or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)):
        return None
    if etype == "designation":
        near = [tok.head] + [g for c in tok.children for g in (c, *c.children)]
        if not DESIGNATION_LABELS & {t.lemma_.lower() for t in near}:
            # "The Treasury designated 44 individuals": a sanctions designation (OFAC's SDN list)
            return "sanction_imposed" if lemma == "designate" and sanctions_named else None
    if lemma == "rally" and obj is not None:
        return None
    return etype


def _is_state_hold(tok, obj) -> bool:
    """"Americans held in Iran", "their role in holding Americans", "I want to hold him":
    being held is a state (or a hug), not an arrest event."""
    if tok.dep_ in ("acl", "amod", "relcl") and tok.tag_ == "VBN":
        return True
    if tok.dep_ == "pcomp" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return True
    if tok.tag_ in ("VBZ", "VBP"):  # "Belarus holds 1,300 political prisoners"
        return True
    return obj is not None and obj.pos_ == "PRON" and obj.dep_ in ("dobj", "obj")


def _is_description(tok) -> bool:
    """An arrest or sentence verb that only describes people: "classed as wrongfully
    detained" (a label), "pardoned 37 people convicted of extremist crimes" (the patient of
    another event, described by a participle)."""
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ in ("dobj", "obj", "nsubjpass"):
        gov = tok.head.head
        return any(k in VERB_TRIGGERS and VERB_TRIGGERS[k] == "release" for k in _keys(gov))
    return False


def _is_named_war(tok) -> bool:
    """"since the Cold War", "World War II": a named historical period, not a reported attack."""
    return tok.lower_ == "war" and tok.text[0].isupper() and any(
        c.dep_ in ("compound", "amod") and c.text[0].isupper() for c in tok.lefts)


def _noun_type(tok) -> str | None:
    key = next((k for k in _keys(tok) if k in NOUN_TRIGGERS), None)
    if key is None:
        return None
    etype = NOUN_TRIGGERS[key]
    kids = {c.lemma_.lower() for c in tok.children}
    if key == "arrest" and kids & STATE_COMPOUNDS:
        return None
    if etype == "military" and _is_named_war(tok):
        return None
    if key == "talk" or (key == "talks" and tok.lower_ != "talks"):
        return None
    if key in ("exchange", "swap") and not kids & {"prisoner", "detainee", "hostage"}:
        return None
    if key == "sentence" and not (kids & {"prison", "jail", "life", "death", "lengthy", "long", "harsh"}
                                  or any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in tok.children)):
        return None
    if key == "operation" and not kids & {"military", "combat", "special"}:
        return None
    if key == "war" and kids & {"trade", "price", "currency", "tariff", "tax", "word", "culture", "bidding"}:
        return None
    if key == "designation" and not DESIGNATION_LABELS & {t.lemma_.lower() for t in tok.subtree}:
        return None
    return etype


def _sanction_trigger(tok, sanctions_named: bool):
    """(event type, trigger token) for a sanction noun with an imposing or easing predicate."""
    lemma = tok.lemma_.lower()
    if lemma not in SANCTION_NOUNS or (lemma in ANAPHORIC_SANCTION_NOUNS and not sanctions_named):
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in WITH_SANCTION_VERBS:
        return "sanction_imposed", head.head
    if tok.dep_ == "compound" and head.lemma_.lower() in LIST_NOUNS and head.dep_ == "pobj" \
            and head.head.lower_ in ("on", "to") and head.head.head.lemma_.lower() in LISTING_VERBS:
        return "sanction_imposed", head.head.head
    if tok.dep_ == "pobj" and head.lower_ in ("of", "for") and (
            head.head.lower_ in QUANTIFIER_HEADS or head.head.lemma_.lower() in CONTAINER_NOUNS):
        tok, head = head.head, head.head.head  # "eased any of its measures": climb to "any"
    candidates = []
    if tok.dep_ in ("dobj", "obj", "nsubjpass", "nsubj") and head.pos_ in ("VERB", "AUX"):
        candidates.append(head)
    if tok.dep_ == "pobj" and head.lower_ == "of":
        candidates.append(head.head)
    if tok.dep_ == "compound":
        candidates.append(head)
    candidates += [c for c in tok.children if c.dep_ in ("acl", "amod") and c.i != tok.i]
    for cand in candidates:
        etype = SANCTION_VERBS.get(cand.lemma_.lower()) or SANCTION_VERBS.get(cand.lower_)
        if etype:
            return etype, cand
    return None


def _verbal_sanction(tok, sanctions_named: bool):
    """Sanction events without a sanction noun of their own, in an article that names
    sanctions: a licence ("authorised transactions with X", "a license allowing oil deals")
    eases them; "would not lift them" eases sanctions named before in the paragraph."""
    if not sanctions_named or tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma, obj = tok.lemma_.lower(), _object(tok)
    if obj is None:
        return None
    if lemma in LICENSING_VERBS and obj.lemma_.lower() in LICENSED_NOUNS:
        return "sanction_eased"
    if SANCTION_VERBS.get(lemma) == "sanction_eased" and obj.lower_ in PRONOUN_OBJECTS:
        before = tok.doc[:tok.i].text
        if re.search(r"(?i)\bsanction|\bembargo", before):
            return "sanction_eased"
    return None


def _find_triggers(parsed: Parsed):
    """Yield ``(block, doc, token, event_type, trigger_token_for_span)`` in text order."""
    sanctions_named = bool(re.search(r"(?i)\bsanction|\bembargo", parsed.text))
    for block, doc in parsed.block_docs():
        used: set[int] = set()
        for tok in doc:
            found = _sanction_trigger(tok, sanctions_named)
            if found:
                etype, trig = found
                if trig.i not in used:
                    used |= {trig.i, tok.i}
                    yield block, doc, trig, etype, tok
                continue
            if tok.i in used:
                continue
            key = tok.lemma_.lower()
            if key in EASING_NOUNS and sanctions_named and tok.pos_ == "NOUN" and any(
                    c.lower_ in ("this", "the", "that") for c in tok.children) and not any(
                    c.dep_ == "prep" for c in tok.children):
                used.add(tok.i)
                yield block, doc, tok, "sanction_eased", tok
                continue
            is_verb = tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB") and tok.pos_ != "PROPN")
            etype = _verbal_sanction(tok, sanctions_named) or (_verb_type(tok, sanctions_named) if is_verb else (
                _noun_type(tok) if tok.pos_ in ("NOUN", "PROPN") else None))
            if etype:
                used.add(tok.i)
                yield block, doc, tok, etype, tok


# --- modality --------------------------------------------------------------------------
def _local_modality(tok) -> str | None:
    kids = list(tok.children)
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in kids):
        return "negated"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
        return "hypothetical"
    for c in kids:
        if c.dep_ == "aux" and c.lower_ in MODALS:
            return MODALS[c.lower_]
        if c.dep_ == "aux" and c.lower_ == "going" and any(g.lower_ == "to" for g in c.children):
            return "announced"
        if c.dep_ == "amod" and c.lower_ in NOUN_MODIFIERS:
            return NOUN_MODIFIERS[c.lower_]
    return None


def _governed(tok) -> str | None:
    lemma = tok.lemma_.lower()
    return next((m for m, words in GOVERNORS.items() if lemma in words), None)


def modality(tok) -> str:
    """Modality of the event triggered by ``tok`` (see the module docstring).

    Args:
        tok: a spaCy token, the event trigger (verb or event noun).

    Returns:
        One of :data:`helpers.schemas.MODALITIES`.
    """
    cur = tok
    for _ in range(8):
        local = _local_modality(cur)
        if local:
            return local
        head, rel = cur.head, cur.dep_
        if head == cur:
            break
        if rel == "conj":
            cur = head
            continue
        if rel in ("nsubj", "nsubjpass") and cur == tok and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children):
            return "hypothetical"
        if rel == "pobj" and head.dep_ in ("prep", "agent") and head.lower_ in ("for", "to", "of", "on"):
            head = head.head
        elif rel in ("nsubj", "nsubjpass") and cur == tok and head.lemma_.lower() in LIGHT_VERBS:
            pass  # "elections will be held", "talks will resume": the verb carries the modality
        elif rel not in CLIMB or (rel == "nsubjpass" and cur == tok):
            break
        gov = _governed(head)
        if gov:
            neg = any(c.dep_ == "neg" for c in head.children)
            return "asserted" if neg and gov in ("denied", "negated") else gov
        cur = head
    return "asserted"


# --- arguments -------------------------------------------------------------------------
class _Args:
    """Looks up entity names for spans of one article."""

    def __init__(self, parsed: Parsed, mentions: pd.DataFrame, entities: pd.DataFrame):
        self.parsed = parsed
        names = dict(zip(entities["entity_id"], entities["name"])) if len(entities) else {}
        m = mentions.copy() if mentions is not None else pd.DataFrame()
        self.mentions = [(int(r.start_char), int(r.end_char), r.label,
                          names.get(r.entity_id, r.text) if pd.notna(r.entity_id) else r.text)
                         for r in m.itertuples()] if len(m) else []

    def in_span(self, start: int, end: int, label: str | None = None) -> list[tuple]:
        return [x for x in self.mentions if x[0] >= start and x[1] <= end and (label is None or x[2] == label)]

    def name(self, tok, base: int) -> str | None:
        """Canonical name of the noun phrase headed by ``tok`` (entity name or its text)."""
        if tok is None:
            return None
        toks = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct", "case")
                or t.i == tok.i]
        toks = [t for t in toks if t.i >= min(x.i for x in toks)]
        lo, hi = base + toks[0].idx, base + tok.idx + len(tok)
        head_start = base + tok.idx
        for s, e, _, name in self.mentions:
            if s <= head_start < e and s >= lo - 4 and e <= hi + 1:
                return re.sub(r"^(?i:the)\s+", "", name)
        text = self.parsed.text[lo:hi].strip()
        return text or None


def _agent(tok):
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _subject(tok):
    """Subject of a verb, climbing control verbs ("agreed to relax" -> who agreed)."""
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None:
            return subj
        if cur.dep_ in ("xcomp", "conj", "advcl") and cur.head != cur:
            cur = cur.head
        else:
            return None
    return None


def _roles(trig, noun, etype: str):
    """(actor token, patient token, target token) of a trigger."""
    if trig.pos_ in ("NOUN", "PROPN") and trig == noun:
        poss = next((c for c in trig.children if c.dep_ == "poss"), None)
        preps = ("of", "on", "against", "to") if etype == "release" else ("of", "on", "against")
        of = next((g for c in trig.children if c.dep_ == "prep" and c.lower_ in preps
                   for g in c.children if g.dep_ == "pobj"), None)
        partner = next((g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                        for g in c.children if g.dep_ == "pobj"), None)
        actor = _agent(trig)
        if actor is None and etype in PATIENT_TYPES:
            actor = None if poss is not None and poss.pos_ == "PRON" else None
        if of is None and etype == "release" and trig.dep_ in ("dobj", "obj"):
            of = next((g for c in trig.head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                       for g in c.children if g.dep_ == "pobj"), None)  # "granted clemency to five Iranians"
        if etype in PATIENT_TYPES:
            patient = of or (poss if poss is not None and poss.ent_type_ not in ("DATE", "TIME") else None)
            if actor is None and trig.dep_ in ("dobj", "obj") and _governed(trig.head) not in ("demanded",):
                actor = _subject(trig.head)
            return actor, patient, patient
        actor = actor or (poss if poss is not None and poss.pos_ != "PRON" else None)
        return actor, None, partner or of
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trig.children) or (
        trig.tag_ == "VBN" and trig.dep_ in ("acl", "amod"))
    actor = _agent(trig) if passive else _subject(trig)
    if actor is None and not passive:
        actor = _agent(trig)
    patient = _object(trig)
    if etype in ("sanction_imposed", "sanction_eased") and trig == noun:
        obj = patient if patient is None or patient.lower_ not in PRONOUN_OBJECTS else None
        partner = next((g for c in (obj.children if obj is not None else []) if c.dep_ == "prep"
                        and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"), None)
        return actor, obj, partner or obj
    if etype in ("sanction_imposed", "sanction_eased"):
        target = _sanction_target(noun)
        if trig.dep_ in ("amod", "acl", "compound") and trig.head == noun and actor is None:
            actor = _agent(trig) or (_subject(noun.head) if noun.dep_ in ("dobj", "obj") else None)
        return actor, None, target
    if etype == "designation" and trig.dep_ == "amod" and trig.head.dep_ == "appos":
        patient = trig.head.head
    partner = next((g for c in trig.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                    for g in c.children if g.dep_ == "pobj"), None)
    return actor, patient, patient if etype in PATIENT_TYPES else (patient or partner)


def _sanction_target(noun):
    """What the sanctions hit: "on/against X", "targeting X", or the noun's compounds."""
    for c in list(noun.children) + list(noun.head.children):
        if c.dep_ == "prep" and c.lower_ in ("on", "against"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if c.dep_ == "acl" and c.lemma_.lower() in ("target", "hit", "affect", "cover"):
            obj = next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return obj
    return None


def _compound_text(noun) -> str | None:
    parts = [c for c in noun.lefts if c.dep_ == "compound"]
    return " ".join(t.text for c in parts for t in c.subtree) or None


def _list_lead(parsed: Parsed, block, args: _Args) -> str | None:
    """The name a list item starts with ("Viktar Babaryka: ..."), canonical if known."""
    if block.kind != "list_item":
        return None
    m = LIST_LEAD.match(block.text)
    if not m:
        return None
    s, e = block.start_char + m.start(1), block.start_char + m.end(1)
    persons = [x for x in args.mentions if x[2] == "PERSON" and x[0] < e and x[1] > s]
    if persons:
        return persons[0][3]
    words = m.group(1).split()
    return m.group(1) if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) else None


# --- dates -----------------------------------------------------------------------------
BLOCKED = -1


def _owner(tok, trigger_ids: set[int]):
    """Nearest trigger token above ``tok`` in the parse, None, or :data:`BLOCKED` when the
    timex sits in a relative clause on a noun that is no event ("Krasikov, who was serving
    a life sentence for a 2019 killing", "measures, which it restricted in June 2021"); a
    relative clause on an event noun dates it ("the protests that followed the August 2020
    vote")."""
    cur = tok
    for _ in range(12):
        if cur.head == cur:
            return None
        cur = cur.head
        if cur.i in trigger_ids:
            return cur.i
        if cur.dep_ == "relcl" and cur.head.i not in trigger_ids:
            return BLOCKED
    return None


DATELINE = re.compile(r"^[A-Z][A-Z .,'’/()-]*,\s*$")
DATELINE_END = re.compile(r"^\s*(?:\([^)]*\)\s*)?[-–—]")


def _is_dateline(text: str, start: int, end: int) -> bool:
    """True for the date of a wire dateline ("MINSK, Aug 10 (Reuters) -"): it dates the
    dispatch, not the events of the sentence that follows."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(DATELINE.match(text[line_start:start]) and DATELINE_END.match(text[end:end + 20]))


def _is_calendar(value) -> bool:
    return isinstance(value, str) and timex_interval(value)[0] is not None


def _attach_timexes(events: list[dict], timexes: pd.DataFrame, docs: dict) -> set[int]:
    """Give each event its own DATE and DURATION timexes (rule 1); returns the
    ``start_char`` of every timex attached to some event."""
    owned: set[int] = set()
    if timexes is None or timexes.empty:
        return owned
    by_block: dict[int, list[dict]] = {}
    for ev in events:
        by_block.setdefault(ev["_block"], []).append(ev)
    for tx in timexes.itertuples():
        for block_id, (base, doc) in docs.items():
            if not (base <= tx.start_char < base + len(doc.text)):
                continue
            evs = by_block.get(block_id, [])
            ids = {i: ev for ev in evs for i in ev["_tokens"]}
            span = doc.char_span(tx.start_char - base, tx.end_char - base, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            owner = root.i if root.i in ids else _owner(root, set(ids))
            if owner == BLOCKED or _is_dateline(doc.text, tx.start_char - base, tx.end_char - base):
                owned.add(int(tx.start_char))  # dates no event, by any rule
                continue
            ev = ids.get(owner)
            if ev is None:
                continue
            owned.add(int(tx.start_char))
            if tx.type == "DURATION":
                ev["duration"] = ev["duration"] or tx.value
            elif _is_calendar(tx.value) and ev["date"] is None:
                ev["date"], ev["date_source"] = tx.value, "own"
    return owned


def _resolve_dates(events: list[dict], timexes: pd.DataFrame, parsed: Parsed, owned: set[int]) -> None:
    """Rules 2-7 of the module docstring, in order (twice, as later rules date events
    that earlier rules can then use)."""
    dated_tx = [] if timexes is None or timexes.empty else [
        t for t in timexes.itertuples() if t.type in ("DATE", "TIME") and _is_calendar(t.value)]
    free_tx = [t for t in dated_tx if int(t.start_char) not in owned]
    by_token = {(ev["_block"], i): ev for ev in events for i in ev["_tokens"]}
    lead_end = _lead_end(parsed)
    dct = parsed.published.isoformat() if parsed.published else None
    lead_event = None
    for _ in range(2):
        for ev in events:
            if ev["date"] is not None:
                continue
            obj = _object(ev["_tok"]) if ev["_tok"].pos_ == "VERB" else None
            heads = [ev["_tok"]] + ([obj] if obj is not None and obj.head == ev["_tok"] else [])
            for prep in (c for h in heads for c in h.children if c.lower_ in TEMPORAL_PREPS):
                for pobj in (g for g in prep.subtree if g.dep_ == "pobj"):
                    other = by_token.get((ev["_block"], pobj.i))
                    if other and other["date"]:
                        ev["date"], ev["date_source"] = other["date"], "related"
                        break
                if ev["date"]:
                    break
            if _is_reference(ev, by_token):
                continue  # "on the election anniversary": the election is not dated by the clause
            if ev["date"] is None:
                host = _host_event(ev, by_token)
                if host is not None and host["date"]:
                    ev["date"], ev["date_source"] = host["date"], "clause"
            if ev["date"] is None:
                same = [t for t in free_tx if t.sentence_id == ev["sentence_id"]]
                if same:
                    near = min(same, key=lambda t: abs(t.start_char - ev["start_char"]))
                    ev["date"], ev["date_source"] = near.value, "sentence"
            if ev["date"] is None and ev["start_char"] < lead_end and dct and not ev["_title"] \
                    and ev["modality"] not in ("negated", "hypothetical"):
                ev["date"], ev["date_source"] = dct, "publication"
        for ev in events:
            if ev["date"] is None and ev["_title"] and not _is_reference(ev, by_token):
                ev["date"], ev["date_source"] = _headline_date(ev, events, dated_tx, parsed, lead_end, dct)
        lead_dated = [e for e in events if e["start_char"] < lead_end and e["date"]
                      and e["modality"] == "asserted"]
        lead_event = min(lead_dated, key=lambda e: (e["date_source"] != "own", e["start_char"]),
                         default=lead_event)
        for ev in events:
            if ev["date"] is None and lead_event is not None and _in_deal(ev["_tok"]):
                ev["date"], ev["date_source"] = lead_event["date"], "deal"
        for ev in events:
            if ev["date"] is None and ev["_tok"].pos_ in ("NOUN", "PROPN"):
                ref = _coreferent(ev, events)
                if ref is not None:
                    ev["date"], ev["date_source"] = ref["date"], "coreference"
        for ev in events:
            if ev["date"] is None and ev["_heading"] is not None:
                hs, he = ev["_heading"]
                in_heading = [t for t in dated_tx if hs <= t.start_char < he]
                if in_heading:
                    ev["date"], ev["date_source"] = in_heading[0].value, "section"


def _is_reference(ev: dict, by_token: dict) -> bool:
    """A trigger noun that only modifies another noun ("election anniversary", "war
    crimes"): it names an earlier event and takes no date from its clause."""
    tok = ev["_tok"]
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and (ev["_block"], tok.head.i) not in by_token


def _headline_date(ev: dict, events: list[dict], dated_tx: list, parsed: Parsed, lead_end: int,
                   dct: str | None) -> tuple[str | None, str | None]:
    """Date of a headline event: headlines put the lead's past event in the present
    ("Belarus frees 52 prisoners" over "Belarus released 52 prisoners on Thursday"), so
    the headline event takes the date of the lead's event of the same type, else of the
    lead's first time expression (datelines excluded), else the publication date."""
    lead = [o for o in events if not o["_title"] and o["start_char"] < lead_end and o["date"]
            and o["event_type"] == ev["event_type"] and o["date_source"] != "publication"]
    if lead:
        return lead[0]["date"], "headline"
    title_end = int(parsed.blocks["end_char"].iloc[0]) if len(parsed.blocks) else 0
    in_lead = [t for t in dated_tx if title_end <= t.start_char < lead_end
               and not _is_dateline(parsed.text, int(t.start_char), int(t.end_char))]
    if in_lead:
        return in_lead[0].value, "headline"
    return (dct, "publication") if dct else (None, None)


def _host_event(ev: dict, by_token: dict) -> dict | None:
    """The nearest other event above this trigger in the parse (its clause's event); a
    relative clause ("Krasikov, who was serving a life sentence") is background and has
    no host."""
    cur = ev["_tok"]
    for _ in range(12):
        if cur.head == cur or cur.dep_ == "relcl":
            return None
        cur = cur.head
        other = by_token.get((ev["_block"], cur.i))
        if other is not None and other is not ev:
            return other
    return None


def _heading_span(parsed: Parsed, block_id: int) -> tuple[int, int] | None:
    """Offsets of the heading of the section holding ``block_id`` (None before any heading
    and for headings themselves)."""
    blocks = parsed.blocks
    if blocks.loc[blocks["block_id"] == block_id, "kind"].iloc[0] in ("heading", "title"):
        return None
    heads = blocks[(blocks["kind"] == "heading") & (blocks["block_id"] < block_id)]
    if heads.empty:
        return None
    return int(heads["start_char"].iloc[-1]), int(heads["end_char"].iloc[-1])


def _lead_end(parsed: Parsed) -> int:
    """Article offset where the news lead (title + first paragraph) ends."""
    paras = parsed.blocks[parsed.blocks["kind"] == "paragraph"]
    if len(paras):
        return int(paras["end_char"].iloc[0])
    return int(parsed.blocks["end_char"].iloc[0]) if len(parsed.blocks) else 0


def _in_deal(tok) -> bool:
    """True if the trigger's clause says it is part of a deal ("as part of this exchange")."""
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ == "prep" and c.lower_ in ("as", "in", "under"):
                words = {t.lemma_.lower() for t in c.subtree}
                if words & DEAL_WORDS and (c.lower_ != "as" or "part" in words):
                    return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head == cur:
            break
        cur = cur.head
    return False


def _coreferent(ev: dict, events: list[dict]) -> dict | None:
    """Nearest dated event of the same type and compatible people (earlier first)."""
    mine = set(filter(None, ev["people"].split("; "))) if ev["people"] else set()
    if ev["modality"] != "asserted":
        return None
    cands = [o for o in events if o is not ev and o["event_type"] == ev["event_type"] and o["date"]
             and o["date_source"] in ("own", "publication", "deal") and o["modality"] == "asserted"]
    cands = [o for o in cands if not mine or mine & set(o["people"].split("; "))]
    before = [o for o in cands if o["start_char"] < ev["start_char"]]
    if before:
        return before[-1]
    return cands[0] if cands else None


# --- the table -------------------------------------------------------------------------
def _count(quantities: pd.DataFrame, start: int, end: int) -> int | None:
    if quantities is None or quantities.empty:
        return None
    q = quantities[(quantities["start_char"] >= start) & (quantities["end_char"] <= end)]
    q = q[q["value"] == q["value"].round()]
    if "unit" in q:  # "sentences of 10 years": a duration, not people
        units = q["unit"].fillna("").str.lower().str.rstrip("s")
        q = q[~units.isin(TIME_UNITS)]
    return int(q["value"].iloc[0]) if len(q) else None


def _span_of(tok, base: int) -> tuple[int, int]:
    toks = list(tok.subtree)
    return base + toks[0].idx, base + toks[-1].idx + len(toks[-1])


def extract_events(parsed: Parsed, *, mentions: pd.DataFrame, entities: pd.DataFrame,
                   quantities: pd.DataFrame, timexes: pd.DataFrame) -> pd.DataFrame:
    """Events of an article.

    Args:
        parsed: the article from :func:`helpers.structure.parse_structure`.
        mentions: the ``mentions`` table (label, entity_id, start_char, end_char).
        entities: the ``entities`` table (entity_id, name: canonical).
        quantities: the ``quantities`` table (value, start_char, end_char).
        timexes: the ``timexes`` table (value, type, start_char, end_char, sentence_id).

    Returns:
        The ``events`` table (validated), one row per event trigger in text order:
        article_id, event_id (int64), sentence_id (int64), event_type (str), cameo_code
        (str or None), modality (str), date (TIMEX3 str or None), date_start, date_end
        (datetime64[s], the interval the date covers, NaT if none), actor, target (str or
        None: canonical entity names or noun-phrase text), count (Int64: people or items
        counted in the patient), evidence (str, the trigger text; for sanctions the verb
        and the noun, "relax sanctions"), start_char, end_char (int64, the evidence span);
        extra: goldstein (float64, NaN without a code), people (str, "; "-joined canonical
        names of the persons it applies to, "" if none), trigger (str, lemma), duration
        (TIMEX3 duration or None), date_source (str or None: which rule dated it).

    Raises:
        pandera.errors.SchemaErrors: if the table breaks its contract (a bug).
    """
    args = _Args(parsed, mentions, entities)
    events: list[dict] = []
    docs = {}
    for block, doc, trig, etype, noun in _find_triggers(parsed):
        base = block.start_char
        docs[block.block_id] = (base, doc)
        actor_tok, patient, target_tok = _roles(trig, noun, etype)
        lo, hi = sorted([trig.i, noun.i])
        start, end = base + doc[lo].idx, base + doc[hi].idx + len(doc[hi])
        people: list[str] = []
        count = None
        if patient is not None and (etype in PATIENT_TYPES or (
                trig == noun and trig.lemma_.lower() not in LICENSING_VERBS)):
            ps, pe = _span_of(patient, base)
            people = [x[3] for x in args.in_span(ps, pe, "PERSON")]
            count = _count(quantities, ps, pe) if etype != "designation" else None
        lead = _list_lead(parsed, block, args) if etype in PATIENT_TYPES else None
        if lead and (not people or (patient is not None and patient.pos_ == "PRON")):
            people = [lead]
        if etype in PATIENT_TYPES and patient is not None and patient.pos_ == "PRON" and people:
            target = people[0]
        else:
            target = args.name(target_tok, base) if target_tok is not None else (
                _compound_text(noun) if etype.startswith("sanction") else None)
        if actor_tok is not None and actor_tok.pos_ == "PRON":
            actor = None
        else:
            actor = args.name(actor_tok, base)
        lemma = trig.lemma_.lower() if trig.pos_ != "PROPN" else _keys(trig)[-1]
        code, goldstein = cameo_for(etype, lemma)
        events.append({
            "sentence_id": parsed.sentence_id_at(start), "event_type": etype, "cameo_code": code,
            "modality": modality(trig), "date": None, "actor": actor, "target": target,
            "count": count, "evidence": parsed.text[start:end], "start_char": start, "end_char": end,
            "goldstein": goldstein, "people": "; ".join(dict.fromkeys(people)), "trigger": lemma,
            "duration": None, "date_source": None,
            "_block": block.block_id, "_tok": trig, "_tokens": {trig.i, noun.i},
            "_heading": _heading_span(parsed, block.block_id),
            "_title": block.kind == "title", "_base": base})
    events = _with_derived(events, args, quantities)
    owned = _attach_timexes(events, timexes, docs)
    for ev in events:  # the other side of a swap happens when the swap does
        if ev.get("_parent") is not None and ev["date"] is None and ev["_parent"]["date"]:
            ev["date"], ev["date_source"] = ev["_parent"]["date"], ev["_parent"]["date_source"]
    _resolve_dates(events, timexes, parsed, owned)
    for ev in events:
        if ev.get("_parent") is not None and ev["date"] is None and ev["_parent"]["date"]:
            ev["date"], ev["date_source"] = ev["_parent"]["date"], "exchange"
    _date_story(events, parsed)
    return _frame(parsed.article_id, merge_coreferent(events))


def _derived(ev: dict, np, args: _Args, quantities: pd.DataFrame, tokens: set[int], **extra) -> dict:
    """A copy of ``ev`` about the noun phrase ``np`` (its count, people and target)."""
    base = ev["_base"]
    start, end = _span_of(np, base)
    people = [x[3] for x in args.in_span(start, end, "PERSON")] if ev["event_type"] in PATIENT_TYPES else []
    return {**ev, "count": _count(quantities, start, end), "people": "; ".join(dict.fromkeys(people)),
            "target": args.name(np, base), "evidence": args.parsed.text[start:end], "start_char": start,
            "end_char": end, "date": None, "date_source": None, "duration": None, "_tokens": tokens,
            "_parent": None, **extra}


def _with_derived(events: list[dict], args: _Args, quantities: pd.DataFrame) -> list[dict]:
    """Add the events the grammar implies without a trigger of their own.

    * Gapping (passive verbs): "Thirty people were pardoned on September 4 and another 30 people in
      August", "X was designated in August 2021 and Y in December": the noun conjunct of
      the verb with a later preposition of its own is a second event of the same type.
    * Swaps: "released Alex Saab in exchange for 10 Americans": the people given in
      exchange are released too, on the same date.
    """
    out = []
    for ev in events:
        out.append(ev)
        tok = ev["_tok"]
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        nested = [g for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
                  for g in p.children if g.dep_ == "conj" and g.ent_type_ not in ("DATE", "TIME")]
        for conj in (c for c in [*tok.children, *nested]
                     if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM")):
            preps = [c for c in tok.children if c.dep_ == "prep" and c.i > conj.i]
            if passive and preps and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                out.append(_derived(ev, conj, args, quantities, {p.i for p in preps}))
        if ev["event_type"] != "release":
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            swap = next((g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in DEAL_WORDS), None)
            given = swap is not None and next((g for c in swap.children if c.dep_ == "prep" and c.lower_ == "for"
                                               for g in c.children if g.dep_ == "pobj"), None)
            if given is not None and given is not False and _is_person_like(given):
                out.append(_derived(ev, given, args, quantities, set(), actor=None, trigger="exchange",
                                    _parent=ev))
    return out


def _date_story(events: list[dict], parsed: Parsed) -> None:
    """An asserted past-tense event of the opening section without a time of its own
    continues the story of the lead: it takes the date of the lead's dated event of the
    same type ("The Treasury designated 44 individuals" after "imposed new sanctions on
    Monday")."""
    heads = parsed.blocks[parsed.blocks["kind"] == "heading"]
    first_heading = int(heads["start_char"].iloc[0]) if len(heads) else len(parsed.text)
    lead_end = _lead_end(parsed)
    for ev in events:
        if ev["date"] is not None or ev["modality"] != "asserted" or ev["_tok"].tag_ != "VBD" \
                or not lead_end <= ev["start_char"] < first_heading:
            continue
        lead = next((o for o in events if o["start_char"] < lead_end and not o["_title"] and o["date"]
                     and o["event_type"] == ev["event_type"] and o["modality"] == "asserted"), None)
        if lead is not None:
            ev["date"], ev["date_source"] = lead["date"], "story"


def _compatible(a: dict, b: dict) -> bool:
    """Two rows may report the same event: same type and modality; not two finite
    clauses of the body (:func:`_clausal`); actors equal or one missing (headlines
    aside: they paraphrase); dates equal, one missing or one interval
    inside the other (a month, week or day; a year only equals a year); counts equal or one missing; people sharing a name, or none named, or only one row naming them and
    the other undated ("The freed prisoners" joins "freed 52 prisoners, including X")."""
    if (a["event_type"], a["modality"]) != (b["event_type"], b["modality"]):
        return False
    if a.get("_parent") is b or b.get("_parent") is a:  # the two sides of a swap
        return False
    if a["count"] is not None and b["count"] is not None and a["count"] != b["count"]:
        return False
    if _clausal(a) and _clausal(b):  # two clauses with verbs of their own report two events
        return False
    if a["actor"] and b["actor"] and a["actor"] != b["actor"] and not (a["_title"] or b["_title"]):
        return False
    pa = set(filter(None, a["people"].split("; ")))
    pb = set(filter(None, b["people"].split("; ")))
    if pa & pb or not (pa or pb):
        pass
    elif pa and pb:
        return False
    elif (b if pa else a)["date"] is not None:
        return False  # only an undated mention without names ("the releases") joins a named event
    if a["date"] is None or b["date"] is None:
        return True
    (sa, ea), (sb, eb) = timex_interval(a["date"]), timex_interval(b["date"])
    if sa is None or sb is None or len(a["date"]) == 4 or len(b["date"]) == 4:  # a year is too wide
        return a["date"] == b["date"]
    return (sa <= sb and eb <= ea) or (sb <= sa and ea <= eb)


def _clausal(ev: dict) -> bool:
    """A finite clause of the body ("The Treasury designated 44 individuals"), not a
    headline, a noun ("their liberation") or a participle ("those freed")."""
    tok = ev["_tok"]
    return not ev["_title"] and tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "amod", "relcl")


def _informative(ev: dict) -> tuple:
    start, end = timex_interval(ev["date"])
    span = (end - start).days if start is not None else 10 ** 6
    return (ev["date"] is None, span, ev["count"] is None, -len(ev["people"]), ev["_title"], ev["start_char"])


def merge_coreferent(events: list[dict]) -> list[dict]:
    """Merge rows that report the same event within an article ("Belarus freed 52
    prisoners on Thursday", "The freed prisoners", "their liberation").

    Each row joins the nearest compatible row (:func:`_compatible`) among the more
    informative ones (a date, the narrowest date, a count, more people, not the headline,
    earlier), which is kept with its evidence and span; its missing count, actor, target
    and duration are filled from the merged rows and their people added; ``n_mentions``
    counts the mentions.

    Args:
        events: event dicts as built by :func:`extract_events` (keys event_type,
            modality, date, count, actor, people, start_char).

    Returns:
        The kept rows in text order, each with ``n_mentions`` (int >= 1).
    """
    kept: list[dict] = []
    for ev in sorted(events, key=_informative):
        match = [k for k in kept if _compatible(k, ev)]
        if match:
            near = min(match, key=lambda k: abs(k["start_char"] - ev["start_char"]))
            near["n_mentions"] += 1
            for key in ("count", "actor", "target", "duration"):
                if near[key] is None:
                    near[key] = ev[key]
            near["people"] = "; ".join(dict.fromkeys(filter(None, [*near["people"].split("; "),
                                                                   *ev["people"].split("; ")])))
        else:
            kept.append({**ev, "n_mentions": 1})
    return sorted(kept, key=lambda e: (e["start_char"], e["end_char"]))


def _frame(article_id: str, events: list[dict]) -> pd.DataFrame:
    rows = [{k: v for k, v in ev.items() if not k.startswith("_")} for ev in events]
    frame = pd.DataFrame(rows, columns=[c for c in COLUMNS if c not in ("event_id", "date_start", "date_end")])
    intervals = [timex_interval(d) for d in frame["date"]]
    frame.insert(0, "event_id", range(len(frame)))
    frame.insert(0, "article_id", article_id)
    frame.insert(7, "date_start", pd.Series([s for s, _ in intervals], dtype="datetime64[s]"))
    frame.insert(8, "date_end", pd.Series([e for _, e in intervals], dtype="datetime64[s]"))
    frame = frame.astype({"article_id": str, "event_id": "int64", "sentence_id": "int64",
                          "event_type": str, "modality": str, "evidence": str, "count": "Int64",
                          "start_char": "int64", "end_char": "int64", "goldstein": "float64",
                          "people": str, "trigger": str, "n_mentions": "int64"})
    for col in ("cameo_code", "date", "actor", "target", "duration", "date_source"):
        frame[col] = frame[col].astype("str")
    return schemas.validate("events", frame)
