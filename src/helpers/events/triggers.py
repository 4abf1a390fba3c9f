"""Event triggers: tokens of the parse that report an event, with their event type.

Triggers are found by lemma and dependency pattern (:mod:`helpers.lexicon.events`), never
by sentence: a verb with a person-like object for releases and arrests, an event noun,
or a sanction noun whose governing verb or modifier imposes or eases it ("imposed new
sanctions", "sanctions relief", "placed on the sanctions list", "eased any of its
measures"). In an article that names sanctions, a licence ("authorised transactions
with X") eases them and "The Treasury designated 44 individuals" imposes them. States
are not arrests: "held in X", "holds 900 prisoners", "house arrest", "classed as
wrongfully detained", "people convicted of ..." as the patient of a release.
"""
from __future__ import annotations

import re

from helpers.lexicon.events import (ANAPHORIC_SANCTION_NOUNS, CONTAINER_NOUNS, CONTAINER_TARGET_VERBS,
                                   DESIGNATION_LABELS,
                                   EASING_NOUNS, LICENSED_NOUNS, LICENSING_VERBS, LIST_NOUNS,
                                   LISTING_VERBS, NOUN_TRIGGERS, OFFICIAL_NOUNS, PERSON_NOUNS,
                                   PRONOUN_OBJECTS, QUANTIFIER_HEADS, SANCTION_NOUNS, SANCTION_VERBS,
                                   STATE_COMPOUNDS, VERB_TRIGGERS, WITH_SANCTION_VERBS)
from helpers.events.modality import governing_modality
from helpers.core.structure import Parsed

FREE_MOTION_VERBS = {"walk", "go", "come", "step"}
# "Nine prisoners were flown home; four went to Minsk": in an article about freed prisoners,
# the journey of a counted group is its release
HOMECOMING_VERBS = {"fly", "go", "return", "land", "arrive", "head", "travel"}
HOMECOMING_ADVERBS = {"home", "west", "east", "back", "abroad", "out"}
GROUP_NOUNS = {"number", "group", "handful", "dozen", "dozens", "batch", "host"}
CAPTIVE_NOUNS = {"prisoner", "detainee", "hostage", "captive", "inmate", "convict"}
RELEASE_STORY = re.compile(r"(?i)\b(?:freed|released|swapped|exchanged|pardoned|prisoner (?:swap|exchange))\b")


def homecoming_patient(tok):
    """The counted group whose journey ``tok`` reports, or None.

    Args:
        tok: a spaCy token.

    Returns:
        The subject token of a past-tense verb of travel (:data:`HOMECOMING_VERBS`) with a
        destination ("home", "west", "to X", "in X") whose subject is a number or a counted
        captive or nationality ("eight went to Moscow", "Nine prisoners were flown home",
        "six Americans flew home"; not "two children were flown"); else None. Only
        valid in an article about released prisoners (see :func:`find_triggers`).
    """
    if tok.lemma_.lower() not in HOMECOMING_VERBS or tok.tag_ not in ("VBD", "VBN") \
            or tok.dep_ in ("relcl", "acl", "amod", "xcomp"):
        return None
    if not any((c.dep_ in ("advmod", "npadvmod") and c.lower_ in HOMECOMING_ADVERBS)
               or (c.dep_ == "prep" and c.lower_ in ("to", "in", "into", "at")) for c in tok.children):
        return None
    subj = next((c for c in reversed(list(tok.lefts)) if c.dep_ in ("nsubj", "nsubjpass")
                 and c.pos_ != "PUNCT"), None)  # "**May 2:** six Americans flew home": not "*"
    if subj is None or tok.tag_ == "VBN" and subj.dep_ != "nsubjpass":
        return None
    counted = subj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in subj.children)
    captive = subj.pos_ == "NUM" or subj.ent_type_ == "NORP" or subj.lemma_.lower() in CAPTIVE_NOUNS
    return subj if counted and captive else None


def trigger_keys(tok) -> list[str]:
    """Keys to look a token up in the trigger lexicon.

    Args:
        tok: a spaCy token.

    Returns:
        [lemma, lowercase form] plus, for a proper noun ending in "s", that form without
        the "s" ("Talks" tagged PROPN -> "talk").
    """
    keys = [tok.lemma_.lower(), tok.lower_]
    if tok.pos_ == "PROPN" and tok.lower_.endswith("s"):
        keys.append(tok.lower_[:-1])
    return keys


def is_person_like(tok) -> bool:
    """True if ``tok`` heads a phrase about people: a PERSON or NORP entity, a person noun
    (:data:`helpers.lexicon.events.PERSON_NOUNS`), a pronoun, a counted noun ("52"), or a
    group of such ("a number of prisoners")."""
    if tok.lemma_.lower() in GROUP_NOUNS:  # "a number of prisoners", "a group of activists"
        return any(is_person_like(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")
    return tok.ent_type_ in ("PERSON", "NORP") or tok.lemma_.lower() in PERSON_NOUNS \
        or tok.pos_ == "PRON" or any(c.dep_ == "nummod" for c in tok.children)


def verb_object(tok):
    """The patient of a verb: direct object, passive subject, or the noun it modifies.

    Args:
        tok: a spaCy token (a verb or participle).

    Returns:
        The patient token, or None.
    """
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass"):
            return c
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return tok.head
    return None


def _verb_type(tok, sanctions_named: bool, release_story: bool = False) -> str | None:
    """Event type of a verbal trigger, with the checks that keep false friends out."""
    if release_story and homecoming_patient(tok) is not None:
        return "release"
    lemma = next((k for k in trigger_keys(tok) if k in VERB_TRIGGERS), None)
    if tok.lemma_.lower() in FREE_MOTION_VERBS and any(  # "walked free", "went free"
            c.lower_ == "free" and c.dep_ in ("acomp", "advmod", "oprd", "xcomp") for c in tok.children):
        return "release"
    if lemma is None:
        return None
    etype, obj = VERB_TRIGGERS[lemma], verb_object(tok)
    if lemma in ("release", "exchange", "swap", "hold") and obj is not None and not is_person_like(obj):
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
        return any(k in VERB_TRIGGERS and VERB_TRIGGERS[k] == "release" for k in trigger_keys(gov))
    return False


def _is_named_war(tok) -> bool:
    """"since the Cold War", "World War II": a named historical period, not a reported attack."""
    return tok.lower_ == "war" and tok.text[0].isupper() and any(
        c.dep_ in ("compound", "amod") and c.text[0].isupper() for c in tok.lefts)


def _is_demanded_return(tok) -> bool:
    """"demanded their return", "called for the return of the detainees": the return of
    people that is asked for is a (demanded) release; "in return for" and trade returns are not."""
    if tok.lemma_.lower() != "return" or tok.pos_ != "NOUN":
        return False
    whose = [c for c in tok.children if c.dep_ == "poss"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    gov = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else tok.head
    return any(is_person_like(w) for w in whose) and governing_modality(gov) == "demanded"


def _noun_type(tok) -> str | None:
    if _is_demanded_return(tok):
        return "release"
    key = next((k for k in trigger_keys(tok) if k in NOUN_TRIGGERS), None)
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
    if key == "sentence" and not (kids & {"prison", "jail", "life", "death", "lengthy", "long", "harsh",
                                          "year", "month"} or tok.head.lemma_.lower() == "serve"
                                  or any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in tok.children)):
        return None
    if key in ("trip", "visit") and not _is_diplomatic_trip(tok):
        return None
    if key == "operation" and not kids & {"military", "combat", "special"}:
        return None
    if key == "war" and kids & {"trade", "price", "currency", "tariff", "tax", "word", "culture", "bidding"}:
        return None
    if key == "designation" and not DESIGNATION_LABELS & {t.lemma_.lower() for t in tok.subtree}:
        return None
    return etype


def _is_diplomatic_trip(tok) -> bool:
    """"a trip to Caracas", "the envoy's visit", "a state visit": a trip with a place, a
    person or an official; not "a reporting trip", "a team trip", "a school visit"."""
    def party(t) -> bool:
        return t.ent_type_ in ("GPE", "PERSON", "ORG", "NORP") or t.lemma_.lower() in OFFICIAL_NOUNS
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "by", "with") and any(party(g) for g in c.children):
            return True
        if c.dep_ in ("poss", "compound", "amod") and (party(c) or c.lower_ in ("official", "state", "diplomatic")):
            return True
    return False


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
    lemma, obj = tok.lemma_.lower(), verb_object(tok)
    if lemma in CONTAINER_TARGET_VERBS and any(  # "A new package of measures targeted X"
            c.dep_ == "nsubj" and c.lemma_.lower() in CONTAINER_NOUNS for c in tok.children):
        return "sanction_imposed"
    if obj is None:
        return None
    if _is_listing(tok, lemma, obj):
        return "sanction_imposed"
    if lemma in LICENSING_VERBS and obj.lemma_.lower() in LICENSED_NOUNS:
        return "sanction_eased"
    if SANCTION_VERBS.get(lemma) == "sanction_eased" and obj.lower_ in PRONOUN_OBJECTS:
        before = tok.doc[:tok.i].text
        if re.search(r"(?i)\bsanction|\bembargo", before):
            return "sanction_eased"
    return None


def _is_listing(tok, lemma: str, obj) -> bool:
    """People put on a (sanctions) list: "listed 12 judges", "were added to the list",
    "X was added in May" (passive, a person): in an article that names sanctions."""
    if not is_person_like(obj) or obj.pos_ == "PRON":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False  # "listed as political prisoners": a classification
    if lemma in ("list", "blacklist"):
        return tok.tag_ in ("VBD", "VBN") and tok.dep_ not in ("amod", "acl")
    if lemma not in LISTING_VERBS or tok.dep_ in ("amod", "acl"):
        return False
    to_list = any(c.dep_ == "prep" and any(g.lemma_.lower() in LIST_NOUNS for g in c.children)
                  for c in tok.children)
    return to_list or (lemma == "add" and obj.dep_ == "nsubjpass")


def find_triggers(parsed: Parsed):
    """The event triggers of an article, in text order.

    Args:
        parsed: the article from :func:`helpers.core.structure.parse_structure`.

    Yields:
        ``(block, doc, trigger, event_type, noun)``: the block (a row of ``parsed.blocks``),
        its spaCy doc, the trigger token, the event type (str, one of
        :data:`helpers.core.schemas.EVENT_TYPES`) and the token that ends or starts the
        evidence span with the trigger (the sanction noun; the trigger itself otherwise).
    """
    sanctions_named = bool(re.search(r"(?i)\bsanction|\bembargo", parsed.text))
    release_story = bool(RELEASE_STORY.search(parsed.text))
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
            etype = _verbal_sanction(tok, sanctions_named) or (_verb_type(tok, sanctions_named, release_story) if is_verb else (
                _noun_type(tok) if tok.pos_ in ("NOUN", "PROPN") else None))
            if etype:
                used.add(tok.i)
                yield block, doc, tok, etype, tok
