"""Arguments of an event: its actor, target, count and the people it applies to.

Actor and target are canonical entity names (:class:`NameLookup`) or the text of the noun
phrase: the subject or agent of a verb, the possessor or "by" phrase of a noun, the
object or "of" phrase as patient; sanctions hit "on/against X" or "targeting X".

People: PERSON entities inside the event's patient ("the release of 123 detainees,
including ... Ales Bialiatski"); in a list item that starts with a name ("Viktar Babaryka:
..."), arrests, releases and sentences without people of their own, or whose patient is a
pronoun ("his arrest"), apply to that name (:func:`list_lead`). The count is the first
whole number of the patient that is not a time unit ("sentences of 10 years").
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pandas as pd

from helpers.core.frames import records
from helpers.core.structure import Parsed
from helpers.events.counts import VAGUE_QUALIFIERS, one_person
from helpers.events.modality import governing_modality
from helpers.events.sanctions import dealt_with
from helpers.events.tokens import (
    RELATIVE_WORDS,
    is_person_like,
    is_reason_phrase,
    path_below,
    prep_objects,
    verb_object,
)
from helpers.events.triggers import homecoming_patient, receives_a_term
from helpers.lexicon.events import (
    CASUALTY_VERBS,
    PATIENT_TYPES,
    PRONOUN_OBJECTS,
    STANCE_VERBS,
)
from helpers.lexicon.numbers import VAGUE
from helpers.lexicon.people import KIN_NOUNS, PERSON_NOUNS
from helpers.quantities.numerals import TIME_UNITS  # moves to helpers.lexicon.calendar (owner: time)

LIST_LEAD = re.compile(r"^\s*([^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*){0,4})\s*[:–—]\s")


class NamedSpan(NamedTuple):
    """A mention of the ``mentions`` table, with the canonical name of its entity."""

    start_char: int
    end_char: int
    label: str
    name: str  # canonical entity name, or the mention text if it has no entity


class NameLookup:
    """Looks up entity names for spans of one article.

    Args:
        parsed: the article from :func:`helpers.core.structure.parse_structure`.
        mentions: the ``mentions`` table (label, entity_id, text, start_char, end_char).
        entities: the ``entities`` table (entity_id, name: canonical).

    Attributes:
        mentions: list of :class:`NamedSpan`, in the order of the ``mentions`` table.
    """

    def __init__(self, parsed: Parsed, mentions: pd.DataFrame, entities: pd.DataFrame):
        self.parsed = parsed
        names = dict(zip(entities["entity_id"], entities["name"])) if len(entities) else {}
        m = mentions.copy() if mentions is not None else pd.DataFrame()
        self.mentions = (
            [
                NamedSpan(
                    int(r.start_char),
                    int(r.end_char),
                    r.label,
                    names.get(r.entity_id, r.text) if pd.notna(r.entity_id) else r.text,
                )
                for r in records(m)
            ]
            if len(m)
            else []
        )

    def in_span(self, start: int, end: int, label: str | None = None) -> list[NamedSpan]:
        """Mentions inside [start, end) (article offsets), of ``label`` if given."""
        return [
            x
            for x in self.mentions
            if x.start_char >= start and x.end_char <= end and (label is None or x.label == label)
        ]

    def patient_people(self, patient, base: int, alone: bool = False) -> list[str]:
        """Names of the persons of the phrase headed by ``patient`` (a token of the block at
        offset ``base``), in text order, leaving out a person by whom a relation or role is
        told (:func:`_defines_relation`: "Maduro ally Alex Saab" is Saab; "the wife of X" names
        no one freed) or one named in a relative or adverbial clause ("Krieger, who was
        pardoned by Lukashenko", "14 prisoners released shortly after Kellogg met Lukashenko":
        the clause tells about the patient or the time; Quirk et al. 1985, 17.3): issue 9
        item 6, ``people`` lists only those released. With ``alone``, the phrase without its
        conjuncts (the antecedent of a relative clause: "A, who was released that month, and B")."""
        doc = patient.doc
        people = []
        phrase = counted_span(patient, base, ("conj", "cc", "relcl")) if alone else subtree_span(patient, base)
        for x in self.in_span(*phrase, "PERSON"):
            span = doc.char_span(x.start_char - base, x.end_char - base, alignment_mode="expand")
            if span is None or not (_defines_relation(span.root) or _in_clause(span.root, patient)):
                people.append(x.name)
        return people

    def name(self, tok, base: int) -> str | None:
        """Canonical name of the noun phrase headed by ``tok``: the entity its head is part of
        (a title before a name is the person's role: "U.S. envoy John Coale" is John Coale),
        or the name in apposition to its head ("the state airline Belavia" is Belavia), else
        the phrase's text."""
        if tok is None:
            return None
        toks = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "punct", "case") or t.i == tok.i]
        toks = [t for t in toks if t.i >= min(x.i for x in toks)]
        lo, hi = base + toks[0].idx, base + tok.idx + len(tok)
        head_start = base + tok.idx
        for s, e, _, name in self.mentions:  # a title before the name is its role: "U.S. envoy John Coale"
            if s <= head_start < e and e <= hi + 1:
                return re.sub(r"^(?i:the)\s+", "", name)
        for appos in (c for c in tok.children if c.dep_ == "appos"):  # "the state airline Belavia"
            start = base + appos.idx
            name = next((n for s, e, _, n in self.mentions if s <= start < e), None)
            if name:
                return re.sub(r"^(?i:the)\s+", "", name)
        text = self.parsed.text[lo:hi].strip()
        return text or None


def _in_clause(tok, top) -> bool:
    """True if a relative or adverbial clause, or a phrase of the reason or occasion ("in
    connection with the arrest of X", "for the murder of Y", "over the death of Z"), lies
    between ``tok`` and the head ``top`` of its phrase: the people it names are not the
    patient's (issue 9 item 6; :data:`helpers.lexicon.events.REASON_PREPOSITIONS`)."""
    return any(cur.dep_ in ("relcl", "advcl") or is_reason_phrase(cur) for cur in path_below(tok, top))


def _defines_relation(tok) -> bool:
    """A name that modifies a common noun ("Maduro ally", "Lukashenko's critics") or is the
    "of" object of a person noun ("a close ally of President Maduro", "the son of X"): it tells
    whose ally, critic or son the phrase is about (:data:`helpers.lexicon.people.PERSON_NOUNS`, ``KIN_NOUNS``);
    so does a name in apposition to such a noun ("the nephews of Venezuela's first lady, Cilia
    Flores": she is whose nephews they are)."""
    head = tok.head
    if tok.dep_ == "appos" and head != tok:
        return _defines_relation(head)
    if tok.dep_ in ("compound", "poss") and head.pos_ == "NOUN":
        return True
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "NOUN"
        and (  # the tagger may leave a plural unlemmatised ("nephews" tagged NN)
            head.head.lemma_.lower() in PERSON_NOUNS | KIN_NOUNS or head.head.lower_.rstrip("s") in KIN_NOUNS
        )
    )


def _acts_on(verb) -> bool:
    """True if the subject of ``verb`` carries out the event noun that is its object ("Minsk
    ordered the release", "the court handed down the sentence"); not when the subject demands
    it, judges it ("called her conviction absurd": an object complement) or takes a stance on
    it ("condemned the arrest", "welcomed the release": :data:`helpers.lexicon.events.STANCE_VERBS`),
    as the one who reacts to an act is not its actor (CAMEO 1.1b3: the source actor of a
    verbal reaction is a different event)."""
    if governing_modality(verb) == "demanded" or verb.lemma_.lower() in STANCE_VERBS:
        return False
    return not any(c.dep_ == "oprd" for c in verb.children)


def _agent(tok):
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _subject(tok):
    """Subject of a verb, climbing control verbs ("agreed to relax" -> who agreed); the
    infinitive of a verb with an object is controlled by that object ("prompting the United
    States to impose sanctions", "urged Minsk to release": object control, Quirk et al. 1985,
    16.51-16.52)."""
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "csubj")), None)
        if subj is not None:
            return subj
        controller = next((c for c in cur.head.children if c.dep_ == "dobj"), None) if cur.dep_ == "xcomp" else None
        if controller is not None:
            return controller
        if cur.dep_ in ("xcomp", "conj", "advcl") and cur.head != cur:
            cur = cur.head
        else:
            return None
    return None


def _prep_object(tok, preps: tuple[str, ...]):
    """The object of the first preposition of ``tok`` among ``preps`` ("talks *with* Iran"), or None."""
    return next(iter(prep_objects(tok, *preps)), None)


def roles(trig, noun, etype: str):
    """The roles of an event.

    Args:
        trig: the trigger token (verb or event noun).
        noun: the token paired with it for the evidence span (the sanction noun, else
            ``trig``).
        etype: the event type.

    Returns:
        (actor, patient, target) tokens, each possibly None.
    """
    if trig.pos_ in ("NOUN", "PROPN") and trig == noun:
        poss = next((c for c in trig.children if c.dep_ == "poss"), None)
        preps = ("of", "on", "against", "to") if etype == "release" else ("of", "on", "against")
        of = _prep_object(trig, preps)
        partner = _prep_object(trig, ("with", "against"))
        actor = _agent(trig)
        if of is None and etype == "release" and trig.dep_ in ("dobj", "obj"):
            of = next(
                (
                    g
                    for c in trig.head.children
                    if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )  # "granted clemency to five Iranians"
        if etype in PATIENT_TYPES:
            patient = of or (poss if poss is not None and poss.ent_type_ not in ("DATE", "TIME") else None)
            if actor is None and trig.dep_ in ("dobj", "obj") and _acts_on(trig.head):
                actor = _subject(trig.head)
            return actor, patient, patient
        owner = poss is not None and poss.pos_ != "PRON" and poss.ent_type_ not in ("DATE", "TIME")
        actor = actor or (poss if owner else None)  # "last July's election": a time, no actor
        return actor, None, partner or of
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trig.children) or (
        trig.tag_ == "VBN" and trig.dep_ in ("acl", "amod")
    )
    actor = _agent(trig) if passive else _subject(trig)
    if actor is None and not passive:
        actor = _agent(trig)
    patient = verb_object(trig)
    if etype == "sentence" and receives_a_term(trig):  # "Gorinov received seven years": he is sentenced
        subject = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        given = next((c for c in trig.children if c.dep_ in ("dative", "iobj")), None)
        if given is not None and subject is not None and subject.dep_ == "nsubj":
            return subject, given, given  # "a court gave him 30 days in jail": the court sentences him
        return None, subject, subject
    if etype == "release" and patient is None and not passive and _freed_subject(actor):
        return None, actor, actor  # "another 52 walked free": the subject is the released
    if etype == "release" and homecoming_patient(trig) is not None:  # "eight went to Moscow"
        return None, homecoming_patient(trig), None
    if etype in ("sanction_imposed", "sanction_eased") and trig == noun:
        obj = patient if patient is None or patient.lower_ not in PRONOUN_OBJECTS else None
        if obj is not None and obj.lower_ in RELATIVE_WORDS:  # "the sanctions that it imposed on X"
            obj = _prep_object(trig, ("on", "against"))
        obj = dealt_with(trig) or obj  # "barred Americans from buying Venezuelan debt": the debt
        partner = next(
            (
                g
                for c in (obj.children if obj is not None else [])
                if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        return actor, obj, partner or obj
    if etype in ("sanction_imposed", "sanction_eased"):
        target = _sanction_target(noun)
        if trig.dep_ in ("amod", "acl", "compound") and trig.head == noun and actor is None:
            actor = _agent(trig) or (_subject(noun.head) if noun.dep_ in ("dobj", "obj") else None)
        return actor, None, target
    if etype == "designation" and trig.dep_ == "amod" and trig.head.dep_ == "appos":
        patient = trig.head.head
    partner = _prep_object(trig, ("with", "against"))
    return actor, patient, patient if etype in PATIENT_TYPES else (patient or partner)


def patient_groups(patient) -> frozenset[str]:
    """The nationalities or groups (NORP words, lower case) of the people an event applies to
    ("five Iranians" -> {"iranians"}), empty without a patient or without such a word."""
    if patient is None:
        return frozenset()
    return frozenset(t.lower_ for t in patient.subtree if t.ent_type_ == "NORP")


def _freed_subject(subj) -> bool:
    """True if the subject of an active release verb without an object is the released: a
    number or a phrase about people ("another 52 walked free", "18 prisoners went free", "he
    walked out of jail"): an intransitive release verb predicates the release of its subject
    (unaccusative verbs: Perlmutter 1978). A state or body ("Belarus", "the government") acts."""
    if subj is None or subj.ent_type_ in ("GPE", "ORG", "NORP"):
        return False
    return subj.like_num or is_person_like(subj)


def _sanction_target(noun):
    """What the sanctions hit: "on/against X", "targeting X", or the noun's compounds; never a
    time ("The sanctions were lifted on Monday": Monday is when). Coordinated nouns share the
    phrase after the last of them ("visa bans and asset freezes on Lukashenko": a shared
    postmodifier: Quirk et al. 1985, ch. 13 on coordination)."""
    shared = [c for conj in noun.conjuncts if conj.i > noun.i for c in conj.children]
    for c in list(noun.children) + shared + list(noun.head.children):
        if c.dep_ == "prep" and c.lower_ in ("on", "against"):
            pobj = next((g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)
            if pobj is not None:
                return pobj
        if c.dep_ == "acl" and c.lemma_.lower() in ("target", "hit", "affect", "cover"):
            obj = next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return obj
    return None


def compound_text(noun) -> str | None:
    """Text of the compounds before a noun ("EU sanctions" -> "EU"), or None."""
    parts = [c for c in noun.lefts if c.dep_ == "compound"]
    return " ".join(t.text for c in parts for t in c.subtree) or None


def list_lead(parsed: Parsed, block, names: NameLookup) -> str | None:
    """The name a list item starts with ("Viktar Babaryka: ..."), canonical if known.

    Args:
        parsed: the article.
        block: a row of ``parsed.blocks``.
        names: the article's :class:`NameLookup`.

    Returns:
        The name (str), or None if the block is no list item or starts with no name.
    """
    if block.kind != "list_item":
        return None
    m = LIST_LEAD.match(block.text)
    if not m:
        return None
    s, e = block.start_char + m.start(1), block.start_char + m.end(1)
    persons = [x for x in names.mentions if x.label == "PERSON" and x.start_char < e and x.end_char > s]
    if persons:
        return persons[0].name
    words = m.group(1).split()
    return m.group(1) if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) else None


def count_in_span(quantities: pd.DataFrame, start: int, end: int) -> int | None:
    """First whole-number quantity inside [start, end) (article offsets) that is not a
    time unit nor money (a ``currency``) nor vague ("several"; a plural scale word, "dozens", "hundreds", whose value
    in the ``quantities`` table is only a lower bound: tests/gold_reuters/README.md, "Vague
    quantities ('thousands', 'several', 'many') give null"), from the ``quantities`` table
    (text, value, unit, qualifier, start_char, end_char); None if there is none."""
    if quantities is None or quantities.empty:
        return None
    q = quantities[(quantities["start_char"] >= start) & (quantities["end_char"] <= end)]
    q = q[q["value"] == q["value"].round()]
    if "qualifier" in q:  # "several Americans": a vague word, not a count
        q = q[~q["qualifier"].isin(VAGUE_QUALIFIERS)]
    if "text" in q:  # "dozens of protesters", "tens of thousands of people": no count
        q = q[~q["text"].map(_vague_scale)]
    if "currency" in q:  # "unfroze $6 billion": an amount of money counts no people or acts
        q = q[q["currency"].isna()]
    if "unit" in q:  # "sentences of 10 years": a duration, not people
        units = q["unit"].fillna("").str.lower().str.rstrip("s")
        q = q[~units.isin(TIME_UNITS)]
    return int(q["value"].iloc[0]) if len(q) else None


def _vague_scale(text: str) -> bool:
    """ "dozens", "tens of thousands", "hundreds of thousands": plural scale words only
    (:data:`helpers.lexicon.numbers.VAGUE`), a lower bound and no count."""
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and all(w in VAGUE or w in ("of", "upon") for w in words) and words[0] in VAGUE


LOWER_BOUND_QUALIFIERS = {"over", "at least"}


def is_lower_bound(quantities: pd.DataFrame, start: int, end: int, count: int | None) -> bool:
    """True if the quantity that gave ``count`` inside [start, end) (article offsets) is a
    lower bound ("over 120", "more than 50", "at least 24": qualifier "over" or "at least" in
    the ``quantities`` table): another mention may give the exact number (issue 9 item 4: a
    title's "over 120" and a body's "123" are one release)."""
    if count is None or quantities is None or quantities.empty or "qualifier" not in quantities:
        return False
    q = quantities[(quantities["start_char"] >= start) & (quantities["end_char"] <= end)]
    q = q[q["value"] == count]
    return bool(len(q)) and q["qualifier"].iloc[0] in LOWER_BOUND_QUALIFIERS


DRAW_VERBS = {"draw", "attract", "bring", "gather", "involve"}  # "the rally drew 20,000 people"
SPREAD_VERBS = {"spread", "extend", "expand", "grow"}  # "the strike spread to 4,000 workers"


def participant_count(trig, quantities: pd.DataFrame, base: int) -> int | None:
    """The number of people taking part in a protest (tests/gold_reuters/README.md: the
    ``count`` of a protest is the number of its participants), or None.

    The participants are the subject of the protest verb ("5,000 workers marched"), of the
    verb that carries a protest noun ("About 15,000 miners attended a rally", "9,000 miners
    continued their strike"; the subject of a light or support verb is the event's agent:
    Grimshaw & Mester 1988), the "of" phrase of the noun ("a rally of 15,000 miners"), or the
    object of a verb the noun draws ("the rally drew 20,000 people"), the "to" phrase of a verb
    it spreads by ("the hunger strike spread to 4,000 workers"), or the subject of the clause
    of a participle the parser read as a clause ("9,000 miners continued their strike begun
    last Friday"); each must head a phrase
    about people (:func:`helpers.events.tokens.is_person_like`). The count is the first whole
    number of that phrase (:func:`count_in_span`: vague words and time units are none).

    Args:
        trig: the protest trigger token (verb or noun).
        quantities: the ``quantities`` table (value, unit, qualifier, start_char, end_char).
        base: article offset of the trigger's block.
    """
    if trig.pos_ in ("VERB", "AUX"):
        people = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    else:
        people = _prep_object(trig, ("of",))
        verb = trig.head
        if people is None and trig.dep_ in ("dobj", "obj") and verb.pos_ in ("VERB", "AUX"):
            people = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        elif people is None and trig.dep_ == "nsubj" and verb.lemma_.lower() in DRAW_VERBS:
            people = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        elif people is None and trig.dep_ == "nsubj" and verb.lemma_.lower() in SPREAD_VERBS:
            people = _prep_object(verb, ("to",))  # "the strike spread to 4,000 workers"
        elif people is None and trig.dep_ == "nsubj" and _bare_participle(verb):
            # "9,000 miners continued their strike begun last Friday": the participle read as a clause
            people = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if people is None or not is_person_like(people):
        return None
    return count_in_span(quantities, *subtree_span(people, base))


def casualty_count(trig, quantities: pd.DataFrame, base: int) -> int | None:
    """The number of victims of an act of force told with its toll, or None.

    The victims are the patients of the verbs of harm (:data:`helpers.lexicon.events.CASUALTY_VERBS`)
    whose "when"/"as" clause the trigger heads ("A guard was killed and 20 were hurt when a
    grenade was thrown": 1 + 20 = 21), summed over the conjoined verbs. The toll of an event
    noun that is the subject ("The blast killed two people and wounded 14 others") was tried
    and left out: it cost precision on the news measuring set. Each patient must
    give a whole number (:func:`count_in_span`) or be one person ("a guard",
    :func:`helpers.events.counts.one_person`, or a named person); else the count is unknown.

    Source: tests/gold_reuters/README.md: the ``count`` of a military act is "the number of
    targets or victims"; the killed and the wounded are both victims.

    Args:
        trig: the military trigger token.
        quantities: the ``quantities`` table (value, unit, qualifier, start_char, end_char).
        base: article offset of the trigger's block.
    """
    if not (trig.dep_ == "advcl" and any(c.lower_ in ("when", "as") for c in trig.children)):
        return None
    verbs = [v for v in (trig.head, *trig.head.conjuncts) if v.lemma_.lower() in CASUALTY_VERBS]
    total = 0
    for verb in verbs:
        victim = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "obj")), None)
        if victim is None:
            return None
        n = count_in_span(quantities, *subtree_span(victim, base))
        if n is None and (one_person(victim) or victim.ent_type_ == "PERSON"):
            n = 1
        if n is None:
            return None
        total += n
    return total or None


def _bare_participle(verb) -> bool:
    """A past participle without auxiliary that the parser made a clause of its own ("their
    strike begun last Friday" as ccomp): it modifies the noun it took as its subject."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ccomp", "conj", "advcl")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def among_members(patient):
    """The subject named as one of the patient's group in "Among those freed was Ihar Karnei",
    "Among the prisoners released were X and Y" (a locative inversion with "be": the subject
    is the member, Quirk et al. 1985, 18.23), or None."""
    prep = patient.head
    if patient.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubj", "attr")), None)


def counted_span(tok, base: int, without: tuple[str, ...] = ("relcl",)) -> tuple[int, int]:
    """Article offsets (start, end) of the noun phrase ``tok`` heads, cut before its first
    right dependent of a relation in ``without``: its relative clauses ("Kara-Murza, who
    survived two poisonings, was jailed": the two poisonings count no one jailed; a relative
    clause predicates of the noun, it does not quantify it: Quirk et al. 1985, 17.3), also
    where such a clause hangs deeper, on a word of an apposition ("X, an engineer arrested in
    Milan ... in an attack that killed three soldiers": a relative or participle clause below a
    dependent of the noun), and with ``("conj", "cc", "relcl")`` its conjuncts too; ``base`` is
    the offset of its block."""
    toks = list(tok.subtree)
    cut = next((c for c in tok.rights if c.dep_ in without), None)
    # not on the noun itself (tokens compared by index: a spaCy Token is a new object at each access):
    # "Stena Impero, seized ... with 23 crew on board" keeps its participle and counts its crew
    deep = next((t for t in toks if t.i > tok.i and t.head.i != tok.i and t.dep_ in ("relcl", "acl")), None)
    if deep is not None and (cut is None or deep.i < cut.i):
        cut = deep  # "X, an engineer arrested in Milan ... in an attack that killed three soldiers"
    if cut is not None:
        toks = [t for t in toks if t.i < cut.left_edge.i]
    return base + toks[0].idx, base + toks[-1].idx + len(toks[-1])


def subtree_span(tok, base: int) -> tuple[int, int]:
    """Article offsets (start, end) of the subtree of ``tok``; ``base`` is the offset of
    its block."""
    toks = list(tok.subtree)
    return base + toks[0].idx, base + toks[-1].idx + len(toks[-1])
