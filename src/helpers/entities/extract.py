"""Named-entity mentions and the real-world entities they refer to (``mentions``, ``entities``).

Mentions come from spaCy's NER (OntoNotes labels) helped by an ``entity_ruler`` built from
the curated gazetteer (:mod:`helpers.entities.gazetteer`, ``data/raw/reference/gazetteer.csv``):
known names, transliteration variants and short forms are tagged with the gazetteer's label
and key before spaCy's statistical NER runs (``helpers.core.nlp.get_nlp``).

Rules (all general, none tied to one article):

* Numeric and time labels (DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL) are
  left out: the ``timexes`` and ``quantities`` tables cover them. Every kept mention is
  linked, so ``mentions.entity_id`` is never null.
* Titles and headings are title case, where spaCy's NER is unreliable ("Belarus Frees",
  "Outreach" as PERSON). There a mention is kept only if it is a gazetteer name (matched
  case-insensitively, so "lukashenko’s" in a heading counts) or the name of an entity found
  in the body; otherwise its longest leading part that is such a name is kept (dropping a
  trailing title-case verb), or it is dropped.
* Linking: a gazetteer name links to its gazetteer entry; a person's partial name
  ("Trump", "Khomich") links to the earlier full name in the same article whose last
  tokens it matches (an in-article full name wins over the gazetteer's short form); a
  later full name absorbs an earlier surname-only entity; any other mention links by its
  normalised text (case, accents, possessive and a leading "the" ignored).
* ``role``: the gazetteer role valid on the publication date, else the first title or
  appositive found in the text ("opposition activist Maria Kalesnikava", "Sviatlana
  Tsikhanouskaya, leader of ...", "- Viktar Babaryka: Former presidential candidate").
* ``stands_for`` = "government" when a place name is used for its government (metonymy,
  see https://en.wikipedia.org/wiki/Metonymy#Places_and_institutions and the ACE 2005
  GPE "ORG-like" role, https://www.ldc.upenn.edu/sites/www.ldc.upenn.edu/files/english-entities-guidelines-v6.6.pdf):
  see :func:`mention_stands_for`. An entity gets it when at least half its mentions do.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.core import schemas
from helpers.entities.ner_corrections import (coordinated_org, facility_spans, join_of_place, nickname_target,
                                 person_spans)
from helpers.entities.gazetteer import (APOSTROPHES, GAZETTEER_PATH, GazEntry, country_names, demonyms,
                               gazetteer_index,
                               load_gazetteer, normalize, role_at, surface_variants)

NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
HEADING_KINDS = frozenset({"title", "heading"})
HONORIFICS = frozenset("mr mrs ms miss dr sir president gen general sen rep".split())
# Verbs whose subject is a place, not an actor ("Belarus remains a producer").
STATIVE_VERBS = frozenset("be remain become have lie border sit stand rank seem appear look "
                          "include contain cover host account stretch".split())
# Heads of a possessive/compound that describe the place itself ("Minsk's streets").
PLACE_NOUNS = frozenset("economy people population citizen resident street capital territory "
                        "border airport mayor city centre center outskirt suburb weather history "
                        "culture region land soil river landscape sector industry".split())
# Heads that make a modifying place name an actor ("U.S. sanctions", "EU envoy").
AGENT_NOUNS = frozenset("sanction envoy official diplomat delegation negotiator policy demand "
                        "pressure decision support relation talk authority regime ally "
                        "administration".split())
GOVERNMENT_PREPS = frozenset("toward towards with against on by between".split())
PLACE_VERBS = frozenset("visit leave reach enter flee travel return fly arrive tour cross "
                        "invade bomb attack shell occupy neighbor neighbour border surround".split())


@dataclass
class Mention:
    """One mention while linking: article offsets, label, spaCy span, gazetteer key."""

    start: int
    end: int
    text: str
    label: str
    span: object
    kind: str
    gaz_key: str | None = None
    entity: "Entity | None" = None
    alias_of: "Mention | None" = None  # a nickname's person ("known as “Fat Leonard”")


@dataclass
class Entity:
    """One entity while linking."""

    key: str
    gaz_key: str | None
    mentions: list = field(default_factory=list)

    def tokens(self) -> list[str]:
        """Normalised tokens of the longest mention (a person's fullest name)."""
        best = max((m.text for m in self.mentions), key=lambda t: len(t.split()))
        return [t for t in normalize(best).split() if t not in HONORIFICS]


def _trim(span):
    """The span without possessive markers or punctuation at its ends (None if empty)."""
    doc, start, end = span.doc, span.start, span.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].text.translate(APOSTROPHES) in ("'s", "'")):
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    return doc[start:end] if end > start else None


@lru_cache(maxsize=2)
def _caseless_matcher(path: str | Path = GAZETTEER_PATH):
    """PhraseMatcher on lower-cased text for title/heading blocks: gazetteer forms of
    four letters or more that are not acronyms (so "US" never matches "us")."""
    from spacy.matcher import PhraseMatcher

    from helpers.core.nlp import get_nlp

    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for entry in load_gazetteer(path).values():
        forms = [f for f in surface_variants(entry) if len(f) >= 4 and not f.isupper()]
        matcher.add(entry.key, [nlp.make_doc(f.lower()) for f in dict.fromkeys(forms)])
    return matcher


def _mention(block, span, label: str, key: str | None) -> Mention:
    start = block.start_char + span.start_char
    return Mention(start, start + len(span.text), span.text, label, span, block.kind, key)


def _body_mentions(block, doc, gaz: dict, index: dict) -> list[Mention]:
    """Named-entity mentions of a paragraph, list item or byline, with the corrections
    of :mod:`helpers.entities.ner_corrections` (persons by apposition, facilities, "of" + place,
    nicknames, one-word persons coordinated with organisations)."""
    out = []
    persons = person_spans(doc)
    for span, label, ent_id in _corrected_spans(doc, gaz, persons):
        key = ent_id if ent_id in gaz else index.get(normalize(span.text))
        if not key and label == "LOC" and normalize(span.text) in country_names():
            label = "GPE"  # OntoNotes: countries are GPE ("Cape Verde")
        out.append(_mention(block, span, gaz[key].label if key else label, key))
    in_person = {i for p in persons for i in range(p.start, p.end)}
    uncertain = [m for m in out if not m.gaz_key and len(m.span) == 1 and m.span.start not in in_person
                 and (m.label == "PERSON" or m.label == "GPE" and normalize(m.text) not in country_names())]
    by_root = {m.span.root.i: None if m in uncertain else m.label for m in out}
    for m in out:
        target = nickname_target(m.span) if not m.gaz_key else None
        owner = next((o for o in out if target is not None and o.label == "PERSON"
                      and o.span.start <= target.i < o.span.end), None)
        if owner is not None:
            m.label, m.alias_of = "PERSON", owner
        elif m in uncertain and coordinated_org(m.span, by_root):
            m.label = "ORG"
    return out


def _corrected_spans(doc, gaz: dict, persons: list) -> list[tuple]:
    """``(span, label, ent_id)`` of the doc's named entities (trimmed, numeric labels left out),
    corrected by the syntax around them (:mod:`helpers.entities.ner_corrections`)."""
    ents = join_of_place([e for e in doc.ents if e.label_ not in NUMERIC_LABELS])
    for fac in facility_spans(doc):
        inside = [e for e in ents if e.start < fac.end and fac.start < e.end]
        if all(e.ent_id_ not in gaz and normalize(e.text) not in country_names() for e in inside):
            ents = [e for e in ents if e not in inside] + [fac]
    pairs = [[e, e.label_] for e in ents]
    for person in persons:
        inside = [p for p in pairs if p[0].start < person.end and person.start < p[0].end]
        if all(p[0].ent_id_ not in gaz and p[1] in ("PERSON", "ORG", "GPE", "NORP")
               and person.start <= p[0].start and p[0].end <= person.end for p in inside):
            pairs = [p for p in pairs if p not in inside] + [[person, "PERSON"]]
    taken = {i for span, _ in pairs for i in range(span.start, span.end)}
    pairs += [[doc[t.i:t.i + 1], "NORP"] for t in doc if t.i not in taken and t.text[:1].isupper()
              and t.lower_ in demonyms()]  # "Lithuanian officials" that the NER missed
    out = [(_trim(span), label, span.ent_id_) for span, label in sorted(pairs, key=lambda p: p[0].start)]
    return [row for row in out if row[0] is not None]


def _heading_mentions(block, doc, gaz: dict, index: dict, known: set) -> list[Mention]:
    """Mentions of a title or heading: caseless gazetteer matches, then NER spans (or
    their longest leading part) whose normalised text is a gazetteer or body name."""
    from spacy.util import filter_spans

    matcher = _caseless_matcher()
    keys = {(s, e): doc.vocab.strings[m] for m, s, e in matcher(doc)}
    found = filter_spans([doc[s:e] for s, e in keys])
    out = [_mention(block, s, gaz[keys[s.start, s.end]].label, keys[s.start, s.end]) for s in found]
    taken = {i for s in found for i in range(s.start, s.end)}
    for ent in doc.ents:
        span = _trim(ent) if ent.label_ not in NUMERIC_LABELS else None
        if span is None or taken & set(range(span.start, span.end)):
            continue
        for end in range(span.end, span.start, -1):
            part = doc[span.start:end]
            form = normalize(part.text)
            if form in index or form in known:
                key = index.get(form)
                out.append(_mention(block, part, gaz[key].label if key else ent.label_, key))
                break
    return out


def _person_tokens(text: str) -> list[str]:
    return [t for t in normalize(text).split() if t not in HONORIFICS]


def _find_person(toks: list[str], entities: list[Entity]) -> Entity | None:
    """The latest PERSON entity whose fullest name ends with ``toks`` (or is ended by them)."""
    for ent in reversed(entities):
        if ent.mentions[0].label != "PERSON" or not toks:
            continue
        full = ent.tokens()
        n = min(len(full), len(toks))
        if full[-n:] == toks[-n:] and (len(toks) == n or len(full) == n):
            return ent
    return None


def _link(mentions: list[Mention], entities: list[Entity], *, create: bool = True) -> None:
    """Attach every mention to an entity (see the module docstring), creating entities
    as needed (heading mentions with ``create=False`` only join existing ones, except
    gazetteer names)."""
    by_gaz = {e.gaz_key: e for e in entities if e.gaz_key}
    by_form = {_form(m): e for e in entities for m in e.mentions}
    by_surname = {_surname(e): e for e in entities if e.mentions[0].label == "PERSON" and _surname(e)}
    for m in mentions:
        ent = m.alias_of.entity if m.alias_of is not None else None
        if ent is None and m.label == "PERSON":
            person = _find_person(_person_tokens(m.text), entities)
            if person and (m.gaz_key is None or person.gaz_key in (None, m.gaz_key)):
                ent = person
                if m.gaz_key and len(_person_tokens(m.text)) > 1:
                    ent.gaz_key = ent.gaz_key or m.gaz_key
        if ent is None and m.gaz_key:
            ent = by_gaz.get(m.gaz_key)
        if ent is None and not m.gaz_key:
            form = _form(m)
            ent = by_form.get(form) or (by_surname.get(form) if m.label != "NORP" else None)
        if ent is None:
            if not (create or m.gaz_key):
                continue
            ent = Entity(m.gaz_key or f"local:{len(entities)}", m.gaz_key)
            entities.append(ent)
        ent.mentions.append(m)
        m.entity = ent
        if ent.gaz_key:
            by_gaz[ent.gaz_key] = ent
        by_form[_form(m)] = ent
        if m.label == "PERSON" and _surname(ent):
            by_surname[_surname(ent)] = ent


def _form(m: Mention) -> str:
    """Linking key of a mention: its normalised text, a demonym's plural made singular
    ("Lithuanians" -> "lithuanian", so it joins "Lithuanian")."""
    form = normalize(m.text)
    return form[:-1] if m.label == "NORP" and form.endswith("s") and not form.endswith("ss") else form


def _known_forms(entities: list[Entity]) -> set[str]:
    """Normalised names of body entities, and the surnames of body persons."""
    forms = {normalize(m.text) for e in entities for m in e.mentions}
    return forms | {_surname(e) for e in entities if e.mentions[0].label == "PERSON" and _surname(e)}


def _surname(ent: Entity) -> str | None:
    """Last name token of a person entity, or None when its name is only honorifics ("Mr.")."""
    toks = ent.tokens()
    return toks[-1] if toks else None


def _premodifier_role(span) -> str | None:
    """Title words just before a name inside its noun phrase ("opposition activist X")."""
    doc, i = span.doc, span.start
    inside = set(range(span.start, span.end))
    while i > 0:
        tok = doc[i - 1]
        if tok.dep_ in ("det", "poss", "case", "predet") or tok.ent_type_ in ("PERSON", "DATE", "CARDINAL"):
            break
        head_ok = tok.head.i in inside or (tok.head.i >= i and tok.head.i < span.start)
        if not (head_ok and (tok.dep_ in ("compound", "amod", "nmod", "nummod", "npadvmod") or tok.is_punct and tok.text == "-")):
            break
        i -= 1
    words = doc[i:span.start]
    if not len(words) or words[-1].pos_ not in ("NOUN", "PROPN") or words[-1].is_punct:
        return None
    return words.text.strip(" -") or None


def _apposed_to_role(span) -> str | None:
    """A noun just before a name that the name is in apposition to ("the blogger X",
    "his lawyer X"), with its modifiers but not its determiner or possessor."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.pos_ != "NOUN" or head.i != span.start - 1:
        return None
    left = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")]
    start = min([t.left_edge.i for t in left], default=head.i)
    return _strip_det(span.doc[start:head.i + 1])


def _appositive_role(span) -> str | None:
    """An appositive noun phrase after a name ("X, leader of the exiled opposition, ...")."""
    for tok in span.doc[span.end:span.end + 3]:
        if tok.dep_ == "appos" and span.start <= tok.head.i < span.end and tok.pos_ == "NOUN":
            sub = list(tok.subtree)
            words = span.doc[sub[0].i:sub[-1].i + 1]
            if len(words) <= 12:
                return _strip_det(words)
    return None


def _list_role(m: Mention) -> str | None:
    """In a list item "Name: A long-time defender of ...", the noun phrase after the colon."""
    doc, span = m.span.doc, m.span
    if m.kind != "list_item" or span.start > 0 or span.end >= len(doc) or doc[span.end].text != ":":
        return None
    for chunk in doc.noun_chunks:
        if chunk.start == span.end + 1:
            return _strip_det(chunk)
    return None


def _strip_det(words) -> str | None:
    while len(words) and (words[0].dep_ == "det" or words[0].is_punct):
        words = words[1:]
    while len(words) and words[-1].is_punct:
        words = words[:-1]
    return words.text or None


def entity_role(ent: Entity, gaz: dict, published: dt.date | None) -> str | None:
    """Gazetteer role valid on the publication date, else the first role found next to a
    body mention (titles and headings are skipped: their title case fools the parser)."""
    if ent.gaz_key and (role := role_at(gaz[ent.gaz_key], published)):
        return role
    if ent.mentions[0].label != "PERSON":
        return None
    for m in ent.mentions:
        if m.kind in HEADING_KINDS:
            continue
        role = (_premodifier_role(m.span) or _apposed_to_role(m.span) or _appositive_role(m.span)
                or _list_role(m))
        if role:
            return role
    return None


def mention_stands_for(span, label: str, entry: GazEntry | None = None) -> str | None:
    """"government" when a place name stands for its government, else None.

    Applies to GPE mentions and to gazetteer seats of government (``seat_of``: capitals,
    "Kremlin", "White House"). Read from the dependency parse of the name's head (after
    climbing coordination "Washington and Minsk"): subject of a verb that is not stative
    ("Minsk agreed", not "Belarus remains"); possessor of a noun that is not a place
    property ("Washington's policy", not "Minsk's streets"); object of toward, with,
    against, on, by, between ("toward Minsk"); object of a verb that is not movement or
    attack ("isolating Minsk", not "visited Minsk"); modifier of an agent noun
    ("U.S. sanctions", "EU envoy"). Word lists: :data:`STATIVE_VERBS`, :data:`PLACE_NOUNS`,
    :data:`GOVERNMENT_PREPS`, :data:`PLACE_VERBS`, :data:`AGENT_NOUNS`.
    """
    if label != "GPE" and not (entry and entry.seat_of):
        return None
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    head = tok.head.lemma_.lower()
    dep = tok.dep_
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text.translate(APOSTROPHES) in ("'s", "'") and tok.head.pos_ == "NOUN":
        dep = "poss"  # "the United States’ dialog": the parser misses a bare apostrophe
    government = (
        (dep == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and head not in STATIVE_VERBS)
        or (dep == "poss" and head not in PLACE_NOUNS)
        or (dep == "pobj" and head in GOVERNMENT_PREPS)
        or (dep == "dobj" and tok.head.pos_ == "VERB" and head not in PLACE_VERBS)
        or (dep in ("compound", "nmod", "amod") and head in AGENT_NOUNS)
    )
    return "government" if government else None


def extract_entities(parsed) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Entity mentions and the entities they refer to, for one parsed article.

    Args:
        parsed: a :class:`helpers.core.structure.Parsed` (docs parsed with ``helpers.core.nlp``,
            whose pipeline carries the gazetteer ``entity_ruler``).

    Returns:
        ``(mentions, entities)``. mentions: article_id (str), mention_id (int64, 0..n-1 in
        text order), sentence_id (int64), text (str, == article text[start_char:end_char]),
        label (str, OntoNotes; the entity's label; numeric/time labels left out), entity_id
        (Int64, never null), start_char, end_char (int64, article offsets, end exclusive),
        stands_for (str or None, per mention). entities: article_id, entity_id (int64, in
        order of first mention), name (canonical: gazetteer name, else a person's fullest
        name, else the most frequent form without a leading "the"), label, aliases (str,
        "; "-joined distinct surface forms in order), role (str or None), wikidata_id (str
        or None, gazetteer only), n_mentions (int64), stands_for ("government" or None).
        Both validate with ``schemas.validate``.

    Raises:
        FileNotFoundError: the gazetteer is missing.
        helpers.analysis.reference.ReferenceDataError: the gazetteer has a malformed row.
    """
    gaz, index = load_gazetteer(), gazetteer_index()
    entities: list[Entity] = []
    blocks = list(parsed.block_docs())
    body = [m for b, d in blocks if b.kind not in HEADING_KINDS for m in _body_mentions(b, d, gaz, index)]
    _link(body, entities)
    known = _known_forms(entities)
    heads = [m for b, d in blocks if b.kind in HEADING_KINDS
             for m in _heading_mentions(b, d, gaz, index, known)]
    _link(heads, entities, create=False)
    return _tables(parsed, [m for m in body + heads if m.entity], entities, gaz)


def _tables(parsed, mentions: list[Mention], entities: list[Entity], gaz: dict):
    mentions.sort(key=lambda m: m.start)
    order = {id(m.entity): None for m in mentions}
    ids = {key: i for i, key in enumerate(order)}
    ent_rows, labels = [], {}
    for ent in sorted(entities, key=lambda e: ids.get(id(e), 1 << 30)):
        if id(ent) not in ids:
            continue
        entry = gaz.get(ent.gaz_key) if ent.gaz_key else None
        label = entry.label if entry else Counter(m.label for m in ent.mentions).most_common(1)[0][0]
        labels[id(ent)] = label
        flags = [mention_stands_for(m.span, label, entry) for m in ent.mentions]
        ent_rows.append({
            "article_id": parsed.article_id, "entity_id": ids[id(ent)], "name": _canonical(ent, entry, label),
            "label": label, "aliases": "; ".join(dict.fromkeys(m.text for m in sorted(ent.mentions, key=lambda m: m.start))),
            "role": entity_role(ent, gaz, parsed.published), "wikidata_id": entry.wikidata_id if entry else None,
            "n_mentions": len(ent.mentions),
            "stands_for": "government" if flags.count("government") * 2 >= len(flags) else None,
        })
    rows = [{"article_id": parsed.article_id, "mention_id": i, "sentence_id": parsed.sentence_id_at(m.start),
             "text": m.text, "label": labels[id(m.entity)], "entity_id": ids[id(m.entity)],
             "start_char": m.start, "end_char": m.end,
             "stands_for": mention_stands_for(m.span, labels[id(m.entity)], gaz.get(m.entity.gaz_key or ""))}
            for i, m in enumerate(mentions)]
    mention_cols = ["article_id", "mention_id", "sentence_id", "text", "label", "entity_id",
                    "start_char", "end_char", "stands_for"]
    entity_cols = ["article_id", "entity_id", "name", "label", "aliases", "role", "wikidata_id",
                   "n_mentions", "stands_for"]
    men = pd.DataFrame(rows, columns=mention_cols).astype(
        {"article_id": object, "text": object, "label": object, "mention_id": "int64", "sentence_id": "int64",
         "entity_id": "Int64", "start_char": "int64", "end_char": "int64"})
    ents = pd.DataFrame(ent_rows, columns=entity_cols).astype(
        {"article_id": object, "name": object, "label": object, "aliases": object,
         "entity_id": "int64", "n_mentions": "int64"})
    for frame, cols in ((men, ["stands_for"]), (ents, ["role", "wikidata_id", "stands_for"])):
        for col in cols:
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    if men.empty:  # an empty object column carries no str values for pandera to check
        men = schemas.empty("mentions").assign(stands_for=pd.Series(dtype=object))
        ents = schemas.empty("entities").assign(stands_for=pd.Series(dtype=object))
    return men, ents


def _canonical(ent: Entity, entry: GazEntry | None, label: str) -> str:
    """Gazetteer name, else a person's fullest name, else the most frequent form."""
    if entry:
        return entry.name
    texts = [m.text for m in sorted(ent.mentions, key=lambda m: m.start)]
    if label == "PERSON":
        best = max(texts, key=lambda t: (len(_person_tokens(t)), not t.isupper()))
        return re.sub(r"['’]s?$", "", best)
    best = Counter(t for t in texts if not t.isupper() or all(x.isupper() for x in texts)).most_common(1)[0][0]
    return re.sub(r"^[Tt]he\s+", "", best)
