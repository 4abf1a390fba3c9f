"""Sanction triggers: a sanction noun with a predicate that imposes or eases it ("imposed
new sanctions", "sanctions relief", "placed on the sanctions list", "eased any of its
measures", "lifted 51 mln dlrs of the sanctions", "passed the sanctions bill"), and, in an article that names
sanctions, verbs without a sanction noun of their own: a licence ("authorised
transactions with X") eases them, listing people ("listed 12 judges") imposes them,
"would not lift them" eases the sanctions named before. The words are in
:mod:`helpers.lexicon.events` (``SANCTION_PREDICATES`` from ``cameo.csv``).
"""

from __future__ import annotations

import re

from helpers.entities.gazetteer import country_names, demonyms, normalize
from helpers.events.senses import is_described_state
from helpers.events.tokens import (
    PERSON_OBJECT_PRONOUNS,
    RELATIVE_WORDS,
    has_designation_label,
    is_money,
    is_person_like,
    prep_objects,
    verb_object,
)
from helpers.lexicon.events import (
    ANAPHORIC_SANCTION_NOUNS,
    BAN_VERBS,
    BAN_WORDS,
    CONTAINER_NOUNS,
    CONTAINER_TARGET_VERBS,
    DEALING_VERBS,
    DELISTING_VERBS,
    DOCUMENT_NOUNS,
    FREEZE_WORDS,
    LAW_NOUNS,
    LICENSED_NOUNS,
    LICENSING_VERBS,
    LIST_NOUNS,
    LISTED_BODY_NOUNS,
    LISTING_VERBS,
    MEASURE_ONLY_VERBS,
    MONEY_RELEASE_VERBS,
    NON_SANCTION_PERMITS,
    PERMIT_GRANTING_VERBS,
    PERMIT_NOUNS,
    PERMIT_REVOKING_VERBS,
    PRONOUN_OBJECTS,
    QUANTIFIER_HEADS,
    SANCTION_NOUNS,
    SANCTION_PREDICATES,
    TRADE_NOUNS,
    TRAVEL_NOUNS,
    UNFREEZE_FORMS,
    WITH_SANCTION_VERBS,
)
from helpers.lexicon.money import CURRENCY_WORDS
from helpers.lexicon.numbers import MULTIPLIERS, SCALES

# dependencies that open a clause of its own (ClearNLP labels of spaCy's English models)
SUBORDINATE_DEPS = {"advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "parataxis", "csubj"}
# verbs that impose or ease sanctions themselves ("sanctioned Maduro and barred Americans ...")
SANCTIONING_VERBS = frozenset(SANCTION_PREDICATES) | {"sanction", "designate"}


def sanction_trigger(tok, sanctions_named: bool):
    """(event type, trigger token) for a sanction noun with an imposing or easing predicate."""
    lemma = tok.lemma_.lower()
    if lemma in BAN_WORDS and tok.pos_ in ("NOUN", "PROPN"):
        if not (sanctions_named and _stops_trade(tok)):
            return None
    elif lemma in FREEZE_WORDS and tok.pos_ == "NOUN":
        if not _freezes_money(tok):
            return None  # "a freeze on hiring", "the freeze of talks"
    elif lemma not in SANCTION_NOUNS or (lemma in ANAPHORIC_SANCTION_NOUNS and not sanctions_named):
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in WITH_SANCTION_VERBS:
        return "sanction_imposed", head.head
    if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in LISTING_VERBS:
        return "sanction_imposed", head.head  # "put 15 judges under sanctions"
    if tok.dep_ == "compound" and head.lemma_.lower() in LIST_NOUNS and head.dep_ == "pobj":
        verb = head.head.head
        if verb.dep_ in ("dobj", "obj") and verb.pos_ != "VERB":
            verb = verb.head  # "removed Belavia from its sanctions list": the parser may hang "from" on the object
        if head.head.lower_ in ("on", "to") and verb.lemma_.lower() in LISTING_VERBS:
            return "sanction_imposed", verb
        if head.head.lower_ == "from" and verb.lemma_.lower() in DELISTING_VERBS:
            return "sanction_eased", verb  # "removed Belavia from its sanctions list"
    if (
        tok.dep_ == "pobj"
        and head.lower_ in ("of", "for")
        and (head.head.lower_ in QUANTIFIER_HEADS or head.head.lemma_.lower() in CONTAINER_NOUNS or _counts(head.head))
    ) or _amount_of(tok):
        tok, head = head.head, head.head.head  # "eased any of its measures", "imposed thousands of sanctions"
    elif tok.dep_ == "compound" and head.lemma_.lower() in LAW_NOUNS:
        tok, head = head, head.head  # "passed the sanctions bill": the bill is what is passed
    candidates = []
    if tok.dep_ in ("dobj", "obj", "nsubjpass", "nsubj") and head.pos_ in ("VERB", "AUX"):
        candidates.append(head)
    if tok.dep_ == "pobj" and head.lower_ == "of":
        candidates.append(head.head)
    if tok.dep_ == "compound":
        candidates.append(head)
    # "eased potash export sanctions": a participle before the noun with no time or agent
    # describes the sanctions, it reports no act (the people's rule, :func:`is_described_state`)
    candidates += [
        c
        for c in tok.children
        if c.dep_ == "acl" or (c.dep_ == "amod" and not (c.tag_ == "VBN" and is_described_state(c)))
    ]
    for cand in candidates:
        etype = SANCTION_PREDICATES.get(cand.lemma_.lower()) or SANCTION_PREDICATES.get(cand.lower_)
        if etype:
            return etype, cand
    return None


def _counts(tok) -> bool:
    """ "thousands of sanctions", "dozens of measures", "300 of them": a number as the head."""
    return tok.like_num or tok.tag_ == "CD" or tok.lemma_.lower() in MULTIPLIERS.keys() | SCALES.keys()


def _amount_of(tok) -> bool:
    """A sanction noun measured by money: "imposed 300 mln dlrs in sanctions", "lifted 51 mln
    dlrs of the sanctions" (the verb governs the amount; :data:`CURRENCY_WORDS`)."""
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ in ("of", "in")
        and (head.head.lower_ in CURRENCY_WORDS or head.head.lemma_.lower() in CURRENCY_WORDS)
    )


def verbal_sanction(tok, sanctions_named: bool):
    """Sanction events without a sanction noun of their own. Unfreezing money ("unfroze $6
    billion", "$6 billion in assets unfrozen", "released $6 billion in frozen assets") eases
    an asset freeze in any article (:func:`unfreezes_money`). In an article that names
    sanctions: a licence ("authorised transactions with X", "a license allowing oil deals",
    "would permit imports of uranium ore": tests/gold_reuters/README.md, temporary permits for
    items under a ban) eases them, as does a licence or waiver issued or granted ("issued General
    License 41"), and revoking a sanctions licence restores them (:func:`_permit_type`);
    "would not lift them" eases sanctions named before in the paragraph, and
    "sanctioned four officials" imposes them (WordNet 3.0 sanction.v.02, not sanction.v.01
    "authorise"), as does adding people to a list, unless the list labels them ("added 14 people
    to its list of persons involved in terrorist activity": a designation); "reimposed most of
    them", "tightened them" impose them again (verbs whose object can only be a measure:
    :data:`helpers.lexicon.events.MEASURE_ONLY_VERBS`)."""
    if unfreezes_money(tok):
        return "sanction_eased"
    if not sanctions_named or tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma, obj = tok.lemma_.lower(), verb_object(tok)
    if lemma in CONTAINER_TARGET_VERBS and any(  # "A new package of measures targeted X"
        c.dep_ == "nsubj" and c.lemma_.lower() in CONTAINER_NOUNS for c in tok.children
    ):
        return "sanction_imposed"
    if tok.dep_ == "relcl" and SANCTION_PREDICATES.get(lemma) and _stands_for_sanctions(tok):
        return SANCTION_PREDICATES[lemma]  # "lifted the sanctions that it had imposed in 2023"
    if obj is None:
        return None
    if _is_listing(tok, lemma, obj):
        return "designation" if _labelled_list(tok, obj) else "sanction_imposed"
    if _is_delisting(tok, lemma, obj):
        return "sanction_eased"
    if lemma in BAN_WORDS and _stops_trade(tok) and not _document_subject(tok):
        return "sanction_imposed"  # "banned Belarusian carriers from its airspace"
    if lemma in BAN_VERBS and _stops_dealings(tok):
        return "sanction_imposed"  # "barred Americans from buying Venezuelan debt"
    if lemma == "sanction" and is_party(obj, bodies=False):  # "sanctioned the accounting firm": a regulator's penalty
        return "sanction_imposed"  # "sanctioned four prison officials" (WordNet 3.0 sanction.v.02)
    if _licenses_dealings(tok) and not _document_subject(tok):
        return "sanction_eased"
    permit = _permit_type(tok, lemma)
    if permit:
        return permit
    etype = SANCTION_PREDICATES.get(lemma)
    if (etype == "sanction_eased" or lemma in MEASURE_ONLY_VERBS) and _pronoun_object(obj):
        before = tok.doc[: tok.i].text
        if re.search(r"(?i)\bsanction|\bembargo", before):
            return etype
    return None


def _stands_for_sanctions(verb) -> bool:
    """ "lifted the sanctions that it had imposed in 2023", "eased the restrictions it imposed",
    "lifted sanctions on Belavia, which it had imposed in 2023": the object of a relative clause
    is the sanction noun it hangs on, or the one whose target it hangs on (the parser may attach
    the clause to the nearest noun; an airline is not imposed). The clause tells an act of its
    own, at its own time (TimeML: a relative clause is an event of its own, Pustejovsky et al. 2003)."""
    relative = any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in RELATIVE_WORDS for c in verb.children)
    bare = not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children)  # "the restrictions it imposed"
    if not (relative or bare):
        return False
    noun = verb.head
    if noun.lemma_.lower() in SANCTION_NOUNS:
        return True
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "against") else None
    return owner is not None and owner.lemma_.lower() in SANCTION_NOUNS


def _permit_type(verb, lemma: str) -> str | None:
    """The sanction event of a verb acting on a licence or waiver (:data:`PERMIT_NOUNS`):
    issuing or granting one eases the sanctions ("issued General License 41", "granted
    Chevron a licence"), revoking one restores them ("revoked the Minerven license"); None
    when the licence tells its own act in a clause the trigger search finds ("issued a
    license allowing transactions with Belavia", "a licence suspending sanctions": that clause
    is the easing, once), when a revoked licence is not one of sanctions ("withdraw the
    licences of Japanese banks to operate in London": a licence to do business; a sanctions
    licence is a General License, one named by the company it covers or one that authorises
    dealings) and for permits of other kinds
    (:data:`NON_SANCTION_PERMITS`)."""
    granting = lemma in PERMIT_GRANTING_VERBS
    if not granting and lemma not in PERMIT_REVOKING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "dative")]
    permit = next((o for o in objects if o.lemma_.lower() in PERMIT_NOUNS), None)
    if permit is None or any(c.dep_ == "compound" and c.lower_ in NON_SANCTION_PERMITS for c in permit.children):
        return None
    clauses = [c for c in permit.children if c.dep_ in ("acl", "relcl")]
    if granting:
        told = any(_licenses_dealings(c) or any(t.lemma_.lower() in SANCTION_NOUNS for t in c.subtree) for c in clauses)
        return None if told else "sanction_eased"
    named = any(  # "General License 44", "the Minerven license", "Chevron's licence": a sanctions licence
        c.lower_ == "general" or (c.dep_ in ("compound", "poss", "amod") and c.pos_ == "PROPN" and not _is_country(c))
        for c in permit.children
    )
    return "sanction_imposed" if named or any(c.lemma_.lower() in LICENSING_VERBS for c in clauses) else None


def _is_country(tok) -> bool:
    """A country's name or demonym ("British", "Venezuela"), not a company's ("Minerven")."""
    word = normalize(tok.text)
    return tok.ent_type_ == "NORP" or word in country_names() or word in demonyms()


def _licenses_dealings(verb) -> bool:
    """ "allowing transactions with Belavia": a licensing verb whose object is dealings."""
    obj = verb_object(verb)
    return verb.lemma_.lower() in LICENSING_VERBS and obj is not None and obj.lemma_.lower() in LICENSED_NOUNS


def _stops_trade(tok) -> bool:
    """A ban or boycott of trade or transport (:data:`helpers.lexicon.events.TRADE_NOUNS`): its
    compound ("trade ban"), the object of the verb ("banned Belarusian carriers"), or the
    object of "on", "of" or "against" ("a ban on imports of uranium", "a boycott of South
    African goods"); "banned the opposition party", "a boycott of the election" are none."""
    words = [c for c in tok.children if c.dep_ in ("compound", "amod", "dobj", "obj")]
    words += prep_objects(tok, "on", "of", "against")
    travel = [c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in TRAVEL_NOUNS]
    return bool(travel) or any(w.lemma_.lower() in TRADE_NOUNS or w.lower_ in ("economic", "commercial") for w in words)


def _stops_dealings(verb) -> bool:
    """ "barred Americans from buying new Venezuelan debt", "an order barring US citizens from
    buying ...": a ban verb (:data:`BAN_VERBS`) with a state's persons as its object
    (:func:`_nationals`) and a gerund of dealing after "from" (:data:`DEALING_VERBS`).

    Not taken: a participle that tells what another act does ("designated the bank, freezing
    its assets and barring Americans from doing business with it": a supplementive clause,
    Quirk et al. 1985, ch. 15), a verb coordinated with the sanctioning verb ("sanctioned
    Maduro and barred Americans from ..."): both are part of that act; a passive ("are barred
    from"): a state; a ban without a date of its own clause (:func:`_dated`), mostly what a
    sanction told elsewhere does (tried without: one wrong event on each of two modern sets
    for a right one on three)."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp"):
        return False
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in SANCTIONING_VERBS:
        return False  # "sanctioned Maduro and barred Americans from dealing with him": one act
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    obj = verb_object(verb)
    clause = verb.head.head if verb.dep_ == "acl" else verb  # "signed an order barring ...": the signing's clause
    return _dated(clause) and obj is not None and _nationals(obj) and _dealing(verb) is not None


def _dated(verb) -> bool:
    """True if the clause of ``verb`` holds a date of its own ("In August 2017, it barred ...")
    outside its subordinate clauses ("calling Sunday's vote illegitimate" dates the vote)."""
    todo = [c for c in verb.children if c.dep_ not in SUBORDINATE_DEPS]
    while todo:
        tok = todo.pop()
        if tok.ent_type_ == "DATE":
            return True
        todo += [c for c in tok.children if c.dep_ not in SUBORDINATE_DEPS]
    return False


def _nationals(obj) -> bool:
    """ "Americans", "US citizens", "European companies": the persons of a state, whom its
    sanctions bind (OFAC's "U.S. persons", 31 CFR part 591; an EU Council regulation binds
    EU nationals and companies); "an injunction barring UCPB from selling the shares" binds
    one party, a court's order."""
    return obj.ent_type_ == "NORP" or any(c.ent_type_ in ("NORP", "GPE") for c in obj.children)


def _dealing(verb):
    """The gerund of dealing after "from" ("barred Americans from *buying* debt"), or None."""
    gerunds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    return next((g for g in gerunds if g.dep_ == "pcomp" and g.lemma_.lower() in DEALING_VERBS), None)


def dealt_with(verb):
    """What a ban on dealings stops dealings in or with: "barred Americans from buying
    *Venezuelan debt*", "from doing business with *them*"; None when the verb bans no dealing.
    The sanction's target: the Americans are only bound by it."""
    dealing = _dealing(verb)
    if dealing is None:
        return None
    return next(iter(prep_objects(dealing, "with")), None) or verb_object(dealing)


def _document_subject(tok) -> bool:
    """ "The sanctions law bans imports of coal", "The permit allows dealings that sanctions
    had banned": a provision of a law or licence (:data:`LAW_NOUNS`, :data:`DOCUMENT_NOUNS`),
    not an act; passing the law or issuing the licence is the event (tests/gold_reuters/README.md)."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in LAW_NOUNS | DOCUMENT_NOUNS for c in tok.children)


def is_party(obj, bodies: bool = True) -> bool:
    """A person, people, an organisation or a state: whom sanctions are imposed on; with
    ``bodies``, also a company or vessel named by its kind or by a name in apposition (OFAC's
    SDN list holds individuals, entities and vessels: :data:`LISTED_BODY_NOUNS`; "designated
    the two companies", "blacklisted the potash producer Belaruskali"). "sanctioned the use of
    force" authorises an act (sanction.v.01) and is no sanction."""
    if obj.pos_ == "PRON":
        return False
    if is_person_like(obj) or obj.ent_type_ in ("ORG", "GPE", "NORP"):
        return True
    appositions = [c for c in obj.children if c.dep_ == "appos"]
    return bodies and (obj.lemma_.lower() in LISTED_BODY_NOUNS or any(is_party(c, bodies=False) for c in appositions))


def _pronoun_object(obj) -> bool:
    """ "lift them", "reimposed most of them": a pronoun, or a quantifier of one."""
    if obj.lower_ in PRONOUN_OBJECTS:
        return True
    return obj.lower_ in QUANTIFIER_HEADS and any(g.lower_ in PRONOUN_OBJECTS for g in prep_objects(obj, "of"))


def unfreezes_money(tok) -> bool:
    """True if ``tok`` unfreezes money: a form of "unfreeze" whose patient (object, subject
    of "assets unfrozen", "of" phrase of "the unfreezing of") is money, or a verb or noun that
    releases or moves money named as frozen ("released $6 billion in frozen assets", "the
    release of $3bn of funds frozen in US banks").

    Money is a MONEY entity, a currency word (:data:`helpers.lexicon.money.CURRENCY_WORDS`)
    or a money noun (:data:`helpers.lexicon.events.MONEY_NOUNS`). Source: an asset freeze
    blocks property (OFAC, 31 CFR part 501), so unfreezing it is sanctions relief (issue 9
    item 3: "money unfrozen under a waiver: sanction_eased").
    """
    lower = tok.lower_
    if lower in UNFREEZE_FORMS:
        patients = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "prep")]
        patients += [g for c in patients if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if tok.dep_ in ("amod", "acl"):
            patients.append(tok.head)
        elif tok.dep_ in ("advmod", "oprd", "xcomp", "ccomp", "acomp"):  # "saw $6 billion ... unfrozen"
            patients += [c for c in tok.head.children if c.dep_ in ("dobj", "obj")]
        return any(is_money(p) for p in patients)
    if tok.lemma_.lower() in MONEY_RELEASE_VERBS and tok.pos_ in ("VERB", "NOUN"):
        # "released $6 billion in frozen assets", "the release of $3bn of funds frozen in US banks"
        objs = [verb_object(tok)] if tok.pos_ == "VERB" else prep_objects(tok, "of")
        return any(o is not None and is_money(o) and any(t.lower_ == "frozen" for t in o.subtree) for o in objs)
    return False


def _freezes_money(tok) -> bool:
    """ "an asset freeze", "a freeze on their funds": a freeze noun whose compound or "on"/"of"
    phrase is money (:func:`is_money`), a sanction noun for the predicates that impose or lift
    it; "a hiring freeze" is none. The verb ("froze the assets of 12 officials") is no trigger:
    news uses it to say what a sanction already told does (tried: one false positive more on
    the modern held-out set, none found)."""
    words = [c for c in tok.children if c.dep_ == "compound"]
    return any(is_money(w) for w in words + prep_objects(tok, "on", "of"))


def _labelled_list(verb, obj) -> bool:
    """A list that labels its people (:data:`DESIGNATION_LABELS`): 'added 14 people to its
    "list of persons involved in terrorist activity"' designates them, it imposes no sanction."""
    return any(has_designation_label(g.subtree) for g in _lists_of(verb, obj))


def _is_delisting(tok, lemma: str, obj) -> bool:
    """A party taken off a list ("removed Belavia from the blacklist", "delisted three
    businessmen"), in an article that names sanctions: the mirror of :func:`_is_listing`."""
    if not is_party(obj) or tok.dep_ in ("amod", "acl"):
        return False
    if lemma == "delist":
        return True
    holders = [tok, obj, *obj.conjuncts]  # "from the list" may hang on the object (as in _is_listing)
    lists = [g for h in holders for g in prep_objects(h, "from")]
    return lemma in DELISTING_VERBS and any(g.lemma_.lower() in LIST_NOUNS for g in lists)


def _is_listing(tok, lemma: str, obj) -> bool:
    """People put on a (sanctions) list: "listed 12 judges", "were added to the list",
    "X was added in May" (passive, a person): in an article that names sanctions."""
    if not (is_person_like(obj) and obj.pos_ != "PRON" or obj.lower_ in PERSON_OBJECT_PRONOUNS):
        return False  # "added him to the list drawn up under the Magnitsky Act"; not "added it"
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False  # "listed as political prisoners": a classification
    if lemma in ("list", "blacklist"):
        return tok.tag_ in ("VBD", "VBN") and tok.dep_ not in ("amod", "acl")
    if lemma not in LISTING_VERBS or tok.dep_ in ("amod", "acl"):
        return False
    return bool(_lists_of(tok, obj)) or (lemma == "add" and obj.dep_ == "nsubjpass")


def _lists_of(verb, obj) -> list:
    """The list nouns people are put on ("added 25 individuals and three entities to its
    sanctions list"): the parser may hang "to the list" on the verb, the object or its last conjunct."""
    return [
        g
        for h in (verb, obj, *obj.conjuncts)
        for c in h.children
        if c.dep_ == "prep"
        for g in c.children
        if g.lemma_.lower() in LIST_NOUNS
    ]
