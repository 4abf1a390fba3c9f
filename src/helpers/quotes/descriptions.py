"""Speakers described rather than named: the token tests behind :class:`helpers.quotes.context.QuoteContext`.

Wire copy credits a quotation to a description as often as to a name (the AP Stylebook
entries "anonymous sources" and "titles", https://www.apstylebook.com; the unnamed-source
conventions of ``tests/gold_reuters/README.md``):

* a title before a name: ``Foreign Ministry spokesman Per Paust told Reuters`` (the parser
  may make the title the subject and lose the name): the speaker is the name;
* the author of a text: ``said a statement by Islamic Jihad``: the speaker is the author;
* an indefinite description introduces an unnamed speaker (``a Defense Ministry official``,
  ``one Western envoy``) whom a later definite one (``the official told KUNA``) or ``he``
  refers back to;
* ``one said`` / ``another said`` pick a member of the group named last as a plural subject
  (``Western economists say … "…," another said``): the speaker is that group's noun in the
  singular (``Western economist``).

Each function takes spaCy tokens and returns tokens or token index ranges; which mention
or phrase a speaker becomes is decided by the context.
"""

from __future__ import annotations

from helpers.lexicon.people import HONORIFIC_GENDER, NAME_TITLES, NON_SPEAKERS, ROLE_GENDER, ROLE_NOUNS
from helpers.quotes.speakers import is_person_noun, role_gender

INDEFINITE = {"a", "an", "one", "another", "some"}  # determiners of an unnamed speaker
DEFINITE = {"the", "this", "that"}
GROUP_MEMBERS = {"one", "another"}  # 'one said', 'another said'
NAMING_PARTICIPLES = {"know", "call", "name"}  # 'a coalition known as X', 'a group called X'
AUTHOR_PREPS = {"by", "from"}  # 'a statement by X', 'a letter from X'
EMPLOYER_PREPS = {"for", "of", "at", "from", "with", "in"}  # 'a spokesman for X', 'a source in X'
NP_DEPS = {"compound", "flat", "amod", "poss", "case", "nummod", "nmod", "prt"}
# quantifying words of a group, no part of a speaker's description ("Several officials ... one
# said": "official"; Quirk et al. 1985, 5.25 quantifiers)
QUANTIFIERS = {"several", "many", "few", "numerous", "various", "some", "two", "three", "four", "five"}


def determiner(noun) -> str | None:
    """The lower-cased determiner of a noun (``one`` counts: ``one Western envoy``), or None."""
    det = next(
        (c for c in noun.children if c.dep_ in ("det", "predet") or (c.dep_ == "nummod" and c.lower_ == "one")), None
    )
    return det.lower_ if det is not None else None


def titled_name(noun) -> tuple[int, int] | None:
    """'Foreign Ministry spokesman Per Paust': token indices (first, last) of the capitalised
    words right after a noun for a person, when the noun has no determiner of its own; else None."""
    if not is_person_noun(noun) or determiner(noun) is not None:
        return None
    doc, i, words = noun.doc, noun.i + 1, []
    while i < len(doc) and (
        doc[i].is_space or (doc[i].is_alpha and doc[i].text[0].isupper() and doc[i].pos_ != "VERB")
    ):
        if not doc[i].is_space:
            words.append(i)
        i += 1
    return (words[0], words[-1]) if words else None


def untitled_range(name) -> tuple[int, int]:
    """Token indices (first, last) of a proper noun's phrase without the title (or a verb
    parsed into the name) before it ('Interior Ministry spokesman Oskar Vendt' -> 'Oskar Vendt')."""
    first, last = phrase_range(name)
    ent = next((e for e in name.doc.ents if e.start <= name.i < e.end and e.label_ == "PERSON"), None)
    if ent is not None:  # 'Secretary of State James Baker': the recogniser's person span
        first, last = max(first, ent.start), min(last, ent.end - 1)
    titles = [t.i for t in name.doc[first : name.i] if _is_title(t)]
    return (titles[-1] + 1 if titles else first), last


def _is_title(token) -> bool:
    """A word before a name that is no part of it: a noun for a person ('spokesman',
    'Minister'), an honorific or rank, or a verb the parser put into the name ('Said Ellis')."""
    word = token.lower_.rstrip(".")
    return (
        is_person_noun(token)
        or word in NAME_TITLES
        or word in ROLE_NOUNS
        or word in ROLE_GENDER
        or token.pos_ == "VERB"
    )


def titled_gender(token) -> str | None:
    """'f'/'m' from a person noun itself ('spokeswoman') or from an honorific or gendered
    title before a name ('Mr. Tomas Lind', 'actress Jane Doe'); else None."""
    if token.pos_ == "NOUN":
        return role_gender(token)
    for child in token.children:
        if child.dep_ == "compound" and child.i < token.i:
            gender = HONORIFIC_GENDER.get(child.lower_.rstrip(".")) or role_gender(child)
            if gender is not None:
                return gender
    return None


def is_titled_name(token) -> bool:
    """A proper noun with an honorific or a title for a person before it ('Mr. Tomas Lind',
    'spokesman Oskar Vendt')."""
    return token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < token.i and (is_person_noun(c) or c.lower_.rstrip(".") in HONORIFIC_GENDER)
        for c in token.children
    )


def author(noun):
    """'a statement by Islamic Jihad': the object of ``by``/``from`` after a noun that is
    not a person, or None."""
    if noun.pos_ != "NOUN" or is_person_noun(noun):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPS), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def employer(noun):
    """'a spokesman for the State Department': the object of for/of/at/from/with/in after a
    noun for a person, or None (the unnamed-source convention of tests/gold_reuters/README.md:
    an unnamed spokesman or official of an organisation is credited to the organisation)."""
    if not is_person_noun(noun):
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in EMPLOYER_PREPS), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def given_name(noun):
    """The name a relative clause on a speaker gives ("a woman from Homel who asked that only her
    first name, Alena, be used", "who gave only her first name, Olga", "who gave his name only as
    Ivan"): the proper noun in apposition to "name" or after "as"; else None. News names a source
    who fears reprisals this way (AP Stylebook, "anonymous sources"): the name is the speaker."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        for word in clause.subtree:
            if word.lemma_.lower() != "name" or word.pos_ != "NOUN":
                continue
            apposed = next((c for c in word.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            given_as = [g for c in word.head.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
            named = apposed or next((g for g in given_as if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if named is not None:
                return named
    return None


def issuer(noun):
    """'the Council issued a statement calling the test "…"': the subject of the verb whose
    object is a text (a noun that is no person) that speaks; else None."""
    if noun.pos_ != "NOUN" or is_person_noun(noun) or noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def is_nobody(token) -> bool:
    """True for a subject that denies a speaker ('nobody said how', 'no one said')."""
    return token.lower_ in NON_SPEAKERS or determiner(token) == "no"


def is_group_member(token) -> bool:
    """True for a subject ``one`` / ``another`` that stands alone (no noun after it)."""
    return token.lower_ in GROUP_MEMBERS and token.pos_ != "NOUN" and not any(c.dep_ == "prep" for c in token.children)


def partitive_whole(member):
    """The plural noun a group member is one of ('one of the lawyers on his defence team': the
    partitive "of" phrase, Quirk et al. 1985, 5.8), or None ('one said', 'one official')."""
    if member.lower_ not in GROUP_MEMBERS or member.pos_ == "NOUN":
        return None
    prep = next((c for c in member.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return whole if whole is not None and whole.tag_ in ("NNS", "NNPS") else None


def member_of(whole) -> tuple[str, int, int]:
    """The speaker a partitive names: its plural noun in the singular with the noun's modifiers
    and the phrases after it ('the lawyers on Yashin's defence team' -> "lawyer on Yashin's
    defence team"), without the article; with the token indices (first, last) of that phrase."""
    first, last = phrase_range(whole)[0], whole.right_edge.i
    words = whole.doc[first : last + 1]
    text = "".join((t.lemma_ + t.whitespace_) if t.i == whole.i else t.text_with_ws for t in words).strip()
    return text, first, last


def is_definite_description(noun) -> bool:
    """'the official', 'the statement': a common noun with a definite determiner and no
    name or compound of its own (that would name whom it describes)."""
    return (
        noun.pos_ == "NOUN"
        and determiner(noun) in DEFINITE
        and not any(c.dep_ in ("compound", "appos", "poss") for c in noun.children)
    )


def is_definite_title(token) -> bool:
    """'said the President': a title written with a capital (tagged a proper noun) after a
    definite determiner, with no name or compound of its own: a description, not a name."""
    return (
        token.pos_ == "PROPN"
        and determiner(token) in DEFINITE
        and _is_title(token)
        and not any(c.dep_ in ("compound", "appos", "poss") for c in token.children)
    )


def introduces(token, noun) -> bool:
    """True if ``token`` is an earlier description that ``noun`` (definite) refers back to:
    the same noun, indefinite or with modifiers of its own ('quoting a Defense Ministry
    official' ... 'the official'), or one that gives its name (:func:`own_name`: 'the rights
    group Viasna' ... 'the group')."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != noun.lemma_.lower():
        return False
    return (
        determiner(token) in INDEFINITE
        or (determiner(token) is None and any(c.dep_ in ("compound", "amod") for c in token.children))
        or own_name(token) is not None
    )


def own_name(noun):
    """The proper noun a description gives as its name, in apposition or as the noun it
    modifies ('the rights group Viasna', 'the opposition party Voluntad Popular') or after
    "known as", "called" or "named" ('the opposition coalition known as the Popular Democratic
    Front'): the name a later 'the group', 'the coalition' stands for (direct anaphora by the
    head noun, Poesio & Vieira 1998). None if it gives none."""
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        return noun.head
    for c in noun.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "acl" and c.lemma_.lower() in NAMING_PARTICIPLES:
            named = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children]
            named += [g for g in c.children if g.dep_ in ("oprd", "attr", "dobj")]
            if named and named[0].pos_ == "PROPN":
                return named[0]
    return None


def plural_group(token, reporting: frozenset) -> bool:
    """True for a plural noun that is a subject, of a reporting verb (``reporting``: lemmas)
    or else a noun for persons ('Foreign bankers say', 'Western economists are …')."""
    if token.tag_ != "NNS" or token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return is_person_noun(token) or token.head.lemma_.lower() in reporting


def phrase_range(head) -> tuple[int, int]:
    """Token indices (first, last) of a noun phrase: the head and its modifiers, without
    articles and the indefinite "one" ("one Western envoy" -> "Western envoy"), the form
    of a descriptive speaker in wire style (tests/gold_reuters/README.md)."""
    idx = [head.i]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in ("det", "predet") or (child.dep_ == "nummod" and child.lower_ == "one"):
                continue
            if child.dep_ in ("amod", "nummod") and child.lower_ in QUANTIFIERS:
                continue  # "Several officials": a group's number
            if child.dep_ in NP_DEPS or (child.dep_ in ("advmod", "npadvmod") and tok.dep_ == "amod"):
                # 'highly placed'; 'Singapore-based', 'state-run'
                idx.append(child.i)
                stack.append(child)
    return min(idx), max(idx)


def singular_phrase(head) -> str:
    """The noun phrase of a plural head with the head in the singular ('Western economists'
    -> 'Western economist')."""
    first, last = phrase_range(head)
    words = [t.lemma_ if t.i == head.i else t.text for t in head.doc[first : last + 1] if not t.is_space]
    return " ".join(words)
