"""Linking mentions to entities (see :mod:`helpers.entities.extract`): gazetteer keys, a
person's partial name to the fullest earlier name, normalised forms."""

from __future__ import annotations

import re
from collections import Counter

from helpers.entities.gazetteer import GazEntry, normalize
from helpers.entities.mentions import Entity, Mention, person_tokens
from helpers.lexicon.people import HONORIFIC_GENDER, KIN_NOUNS, ORG_WORDS


def _find_person(toks: list[str], entities: list[Entity], *, bare: bool = False) -> Entity | None:
    """The latest PERSON entity whose fullest name ends with ``toks`` (or is ended by them),
    else, for one word, the latest whose fullest name starts with it (a family name written
    first, "Roh" for "Roh Tae-woo"; a first name, "Hillary"). A ``bare`` name (no Mr./Mrs./Ms.)
    goes to a relative ('first lady Michelle Obama') only if no other person has that name: news
    copy calls the relative by first name or honorific ('Mrs. Obama'), the main person by
    surname (AP Stylebook, "courtesy titles")."""
    persons = [e for e in reversed(entities) if e.mentions[0].label == "PERSON" and toks]
    if bare:
        persons.sort(key=lambda e: e.relative)  # stable: the latest non-relative first
    for ent in persons:
        full = ent.tokens()
        n = min(len(full), len(toks))
        if full[-n:] == toks[-n:] and (len(toks) == n or len(full) == n):
            return ent
    if len(toks) == 1:
        return next((e for e in persons if len(e.tokens()) > 1 and e.tokens()[0] == toks[0]), None)
    return None


def _honorific(mention: Mention) -> bool:
    """True if a mention has a courtesy title, in it or right before it ('Mrs. Obama')."""
    span = mention.span
    words = normalize(mention.text).split()
    if span is not None and span.start:
        words.append(normalize(span.doc[span.start - 1].text))
    return bool(set(words) & set(HONORIFIC_GENDER))


def _relative_of(mention: Mention, person: Entity) -> bool:
    """True if a full name introduced as a relative ('his wife, Jane Smith', 'first lady Michelle
    Obama': a noun of :data:`helpers.lexicon.people.KIN_NOUNS` in apposition or as its title)
    would join a person known so far by the surname alone: a relative shares the surname but
    is another person (issue 9, item 7: "His wife, NAME, said" is her own entity)."""
    if len(person_tokens(mention.text)) <= len(person.tokens()) or mention.span is None:
        return False
    span = mention.span
    root, before = span.root, span.doc[span.start - 1] if span.start else None
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    nouns += [t for t in span if t.pos_ == "NOUN"] + ([before] if before is not None else [])
    return any(t.lemma_.lower() in KIN_NOUNS for t in nouns)


def bare_names(block, doc, entities: list[Entity], taken: set[int]) -> list[Mention]:
    """PERSON mentions the recogniser missed: a capitalised proper noun outside every mention
    that is the surname of a person named in full earlier in the article ("Palmer said",
    after "Geoffrey Palmer"), one sense per discourse (Gale, Church & Yarowsky 1992,
    https://aclanthology.org/H92-1045/).

    Args:
        block: the block row (kind, start_char); doc: its spaCy doc.
        entities: the entities linked so far; taken: article offsets covered by mentions.
    """
    from helpers.entities.mentions import mention_of

    surnames = {e.tokens()[-1] for e in entities if e.mentions[0].label == "PERSON" and len(e.tokens()) > 1}
    return [
        mention_of(block, doc[t.i : t.i + 1], "PERSON", None)
        for t in doc
        if t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and not t.text.isupper()
        and block.start_char + t.idx not in taken
        and normalize(t.text) in surnames
        and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
    ]


def link(mentions: list[Mention], entities: list[Entity], *, create: bool = True) -> None:
    """Attach every mention to an entity (rules: :mod:`helpers.entities.extract`), creating entities
    as needed (heading mentions with ``create=False`` only join existing ones, except
    gazetteer names)."""
    by_gaz = {e.gaz_key: e for e in entities if e.gaz_key}
    by_form = {_form(m): e for e in entities for m in e.mentions}
    by_surname = {_surname(e): e for e in entities if e.mentions[0].label == "PERSON" and _surname(e)}
    for m in mentions:
        relative = False
        ent = m.alias_of.entity if m.alias_of is not None else None
        if ent is None and m.label == "PERSON":
            toks = person_tokens(m.text)
            person = _find_person(toks, entities, bare=not _honorific(m))
            relative = person is not None and _relative_of(m, person)
            if relative:
                person = None
            if person and (m.gaz_key is None or person.gaz_key in (None, m.gaz_key)):
                ent = person
                if m.gaz_key and len(person_tokens(m.text)) > 1:
                    ent.gaz_key = ent.gaz_key or m.gaz_key
        if ent is None and m.gaz_key:
            ent = by_gaz.get(m.gaz_key)
        if ent is None and not m.gaz_key:
            form = _form(m)
            ent = by_form.get(form) or (by_surname.get(form) if m.label != "NORP" else None)
            ent = ent or _body_named_before(m, entities)
        if ent is None:
            if not (create or m.gaz_key):
                continue
            ent = Entity(m.gaz_key or f"local:{len(entities)}", m.gaz_key, relative=m.label == "PERSON" and relative)
            entities.append(ent)
        ent.mentions.append(m)
        m.entity = ent
        if ent.gaz_key:
            by_gaz[ent.gaz_key] = ent
        by_form[_form(m)] = ent
        if m.country:  # "the Foreign Ministry" later: the body of the state last named with it
            by_form[normalize(m.text)] = ent
        if m.label == "PERSON" and _surname(ent):
            by_surname[_surname(ent)] = ent


def _body_named_before(m: Mention, entities: list[Entity]) -> Entity | None:
    """The latest organisation whose name holds the one head word of an ORG mention ("the
    Council" after "Council of the EU", "the Department" after "the Department of State"): news
    names a body in full once and then by its head noun (a definite description takes up a
    known entity: Heim 1982; AP Stylebook, "capitalization": "the Council" for a named council).
    Only words of :data:`helpers.lexicon.people.ORG_WORDS`."""
    words = normalize(m.text).split()  # normalize drops a leading "the"
    if m.label != "ORG" or len(words) != 1 or words[0] not in ORG_WORDS:
        return None
    for ent in reversed(entities):
        names = [normalize(x.text).split() for x in ent.mentions]
        if ent.mentions[0].label == "ORG" and any(words[0] in n and len(n) > 1 for n in names):
            return ent
    return None


def _form(m: Mention) -> str:
    """Linking key of a mention: its normalised text, a demonym's plural made singular
    ("Lithuanians" -> "lithuanian", so it joins "Lithuanian")."""
    form = normalize(m.name)
    return form[:-1] if m.label == "NORP" and form.endswith("s") and not form.endswith("ss") else form


def known_forms(entities: list[Entity]) -> set[str]:
    """Normalised names of body entities, and the surnames of body persons."""
    forms = {normalize(m.text) for e in entities for m in e.mentions}
    return forms | {_surname(e) for e in entities if e.mentions[0].label == "PERSON" and _surname(e)}


def _surname(ent: Entity) -> str | None:
    """Last name token of a person entity, or None when its name is only honorifics ("Mr.")."""
    toks = ent.tokens()
    return toks[-1] if toks else None


def entity_label(ent: Entity) -> str:
    """OntoNotes label of an entity outside the gazetteer: PERSON when its fullest name (two
    name words or more, titles left out) was recognised as a person, however its surname
    alone was labelled later ("Pat Caddell" PERSON, then "Caddell" ORG: the small model
    mislabels bare surnames); else the most frequent label of its mentions."""
    full = max(ent.mentions, key=lambda m: (len(person_tokens(m.text)), -m.start))
    if full.label == "PERSON" and len(person_tokens(full.text)) >= 2:
        return "PERSON"
    return Counter(m.label for m in ent.mentions).most_common(1)[0][0]


def canonical(ent: Entity, entry: GazEntry | None, label: str) -> str:
    """Gazetteer name, else a person's fullest name, else the most frequent form (a state's body
    with the state's adjective: :attr:`helpers.entities.mentions.Mention.name`)."""
    if entry:
        return entry.name
    texts = [m.name for m in sorted(ent.mentions, key=lambda m: m.start)]
    if label == "PERSON":
        best = max(texts, key=lambda t: (len(person_tokens(t)), not t.isupper()))
        return re.sub(r"['’]s?$", "", best)
    best = Counter(t for t in texts if not t.isupper() or all(x.isupper() for x in texts)).most_common(1)[0][0]
    best = re.sub(r"^[Tt]he\s+", "", best)
    if normalize(best) in ORG_WORDS:  # "Council" is the short form of "Council of the EU" (_body_named_before)
        best = max((re.sub(r"^[Tt]he\s+", "", t) for t in texts), key=lambda t: len(t.split()))
    return best
