"""Questions about tokens of the parse that every events step asks: the keys to look a
token up in the trigger lexicon, whether it heads a phrase about people, and the patient of
a verb."""

from __future__ import annotations

from helpers.lexicon.events import DESIGNATION_LABELS, MONEY_NOUNS, REASON_NOUNS, REASON_PREPOSITIONS, TRIAL_NOUNS
from helpers.lexicon.money import CURRENCY_WORDS
from helpers.lexicon.people import PERSON_NOUNS

GROUP_NOUNS = {"number", "group", "handful", "dozen", "dozens", "batch", "host"}
# "since it was released", "which was freed": pronouns that never stand for a person
NEUTER_PRONOUNS = {"it", "itself", "which"}
# relative pronouns, which stand for the noun their clause modifies ("that" may be tagged IN)
RELATIVE_TAGS = ("WDT", "WP")
RELATIVE_WORDS = ("that", "which")
# object pronouns that stand for people ("added him to the list", "in exchange for them")
PERSON_OBJECT_PRONOUNS = ("him", "her", "them")


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


def has_designation_label(tokens) -> bool:
    """True if one of ``tokens`` is a label of :data:`DESIGNATION_LABELS`: its lemma, or
    "foreign agent" for an "agent" that "foreign" modifies ("designated a 'foreign agent'";
    not "a Mossad agent", nor "foreign" alone, as in "the Foreign Ministry declared")."""
    tokens = list(tokens)
    lemmas = {t.lemma_.lower() for t in tokens}
    foreign = [t for t in tokens if t.lemma_.lower() == "agent" and any(c.lower_ == "foreign" for c in t.children)]
    lemmas |= {"foreign agent"} if foreign else set()
    return bool(DESIGNATION_LABELS & lemmas)


def is_person_like(tok) -> bool:
    """True if ``tok`` heads a phrase about people: a PERSON or NORP entity, a person noun
    (:data:`helpers.lexicon.people.PERSON_NOUNS`), a pronoun, a counted noun ("52"), a name
    after a person noun ("academic Roland Marchal"), or a group of such ("a number of
    prisoners")."""
    if tok.lemma_.lower() in GROUP_NOUNS:  # "a number of prisoners", "a group of activists"
        return any(
            is_person_like(g)
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        )
    return (
        tok.ent_type_ in ("PERSON", "NORP")
        or tok.lemma_.lower() in PERSON_NOUNS
        or (tok.pos_ == "PRON" and tok.lower_ not in NEUTER_PRONOUNS)
        or any(c.dep_ == "nummod" and c.ent_type_ not in ("DATE", "TIME") for c in tok.children)  # not "the 2020 vote"
        or (tok.pos_ == "PROPN" and any(_titled(c) for c in tok.children))
    )


def _titled(mod) -> bool:
    """A noun for persons before a name ("French academic Roland Marchal", "journalist X"): the
    name is a person's, whatever entity label the tagger gave it."""
    return mod.dep_ in ("compound", "amod") and mod.i < mod.head.i and mod.lower_ in PERSON_NOUNS


def verb_object(tok):
    """The patient of a verb: direct object, passive subject, or the noun it modifies; in a
    relative clause, the noun the relative pronoun stands for ("the prisoners who were
    freed" -> prisoners); a passive participle conjoined to a verb without a subject of its
    own shares that verb's patient ("was sentenced in June and pardoned in July").

    Args:
        tok: a spaCy token (a verb or participle).

    Returns:
        The patient token, or None.
    """
    # a misparse hangs a noun and the subject of its "whose" clause on one verb ("The center,
    # whose leader X was arrested in July, counts ..."): the verb is the relative clause's
    whose = [c for c in tok.children if c.dep_ == "nsubjpass" and any(t.tag_ == "WP$" for t in c.subtree)]
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass"):
            c = whose[-1] if c.dep_ == "nsubjpass" and whose else c
            return _antecedent(tok.head) if c.tag_ in RELATIVE_TAGS and tok.dep_ == "relcl" else c
    if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return tok.head
    if (
        tok.dep_ == "conj"
        and tok.tag_ == "VBN"
        and tok.head.pos_ in ("VERB", "AUX")
        and tok.head.tag_ != "VBD"
        and not has_subject(tok)
    ):  # "who was sentenced to death and pardoned by X": the same patient; not a participle the
        # parser hung on an active verb ("released five prisoners, including X, who was detained
        # in 2018, and sentenced last year": the sentenced is X, not the five)
        return verb_object(tok.head)
    return None


def has_subject(tok) -> bool:
    """True if ``tok`` has a subject of its own (nsubj, nsubjpass or an expletive "there")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _antecedent(noun):
    """The noun a relative clause stands for, through appositions up to a name: "Stephen
    Hubbard, a 72-year-old who was sentenced ..." -> Hubbard (the named person, not his
    description); "three citizens ..., among them Nahid Taghavi, an activist who was arrested"
    -> Taghavi, not the group she is one of; "4,000 people were detained, among them his wife,
    Yulia Navalnaya, who was released" -> his wife (an apposition "among them" or "including"
    names a member of the group, not the group)."""
    for _ in range(3):
        if noun.dep_ != "appos" or noun.pos_ == "PROPN" or prep_objects(noun, "among", "including"):
            break
        noun = noun.head
    return noun


def prep_objects(tok, *words: str) -> list:
    """The objects of the prepositions ``words`` that depend on ``tok``, in text order
    ("an attack *on* the base", "talks *with* Iran"): the ``pobj`` of each ``prep`` child."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in words for g in c.children if g.dep_ == "pobj"]


def heads_to_verb(tok, steps: int | None = None) -> list:
    """``tok`` and its heads up to its nearest verb (or the root), at most ``steps`` steps up
    when given: 'sentenced both women to two years in a penal colony for "organising ..."' hangs
    "for" on "colony"; the clause is the verb's."""
    path = [tok]
    while (steps is None or len(path) <= steps) and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
        path.append(tok)
    return path


def clause_verb(tok):
    """The verb of the clause ``tok`` stands in: ``tok`` itself or its nearest verb above
    (at most six steps up; the root if none)."""
    return heads_to_verb(tok, 6)[-1]


def is_money(tok) -> bool:
    """A phrase about money: "$6 billion (in Iranian assets)", "the funds", "300 mln dlrs"."""
    words = [tok, *prep_objects(tok, "in", "of")]
    return any(w.ent_type_ == "MONEY" or w.lemma_.lower() in MONEY_NOUNS or w.lower_ in CURRENCY_WORDS for w in words)


def is_reason_phrase(tok) -> bool:
    """True for a preposition of the reason or occasion of an act ("for the murder of Y", "over
    the death of Z", "in connection with the arrest of X", "in response to ..."): what it names
    came before the act and is not its patient (:data:`helpers.lexicon.events.REASON_PREPOSITIONS`,
    :data:`helpers.lexicon.events.REASON_NOUNS`)."""
    return tok.dep_ == "prep" and (
        tok.lower_ in REASON_PREPOSITIONS
        or any(g.dep_ == "pobj" and g.lemma_.lower() in REASON_NOUNS for g in tok.children)
    )


def path_below(tok, top):
    """The tokens from ``tok`` up its heads to ``top`` (``top`` left out; the root ends the
    walk when ``top`` is not above ``tok``): where a clause or phrase between them is looked for."""
    while tok != top and tok.head != tok:
        yield tok
        tok = tok.head


def first_conjunct(tok):
    """The first of coordinated nouns ("the arrest, the conviction and the punishment"; "seven
    individuals and two entities"): the nouns share the clause of the first; a verb is its own."""
    while tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok


def present_perfect(tok) -> bool:
    """True for a verb in the present perfect ("OFAC has sanctioned more than 140"): its act
    lies somewhere before now, and the tense takes no definite past time (Quirk et al. 1985,
    4.22: "*has sanctioned yesterday"; Comrie 1976, *Aspect*, ch. 3).

    Args:
        tok: a spaCy token.
    """
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children
    )


def same_trial(sent) -> bool:
    """True if a sentence names one trial of several people: "In the same trial, X and Y were
    sentenced to 20 and 19 years" ("same" on a noun of :data:`helpers.lexicon.events.TRIAL_NOUNS`)."""
    return any(t.lower_ == "same" and t.head.lemma_.lower() in TRIAL_NOUNS for t in sent)
