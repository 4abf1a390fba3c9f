"""Named-entity mentions of one block: spaCy NER spans corrected by the syntax around them
(:mod:`helpers.entities.ner_corrections`) in body text, caseless gazetteer matches and known
names in titles and headings (see :mod:`helpers.entities.extract`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from helpers.entities.gazetteer import APOSTROPHES, GAZETTEER_PATH, country_names, demonyms, load_gazetteer, normalize, surface_variants
from helpers.entities.ner_corrections import coordinated_org, facility_spans, join_of_place, nickname_target, person_spans
from helpers.lexicon.people import NAME_TITLES

NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
HEADING_KINDS = frozenset({"title", "heading"})


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
        return person_tokens(best)


def person_tokens(text: str) -> list[str]:
    """Normalised tokens of a person's name without titles ("Gen. Anna Berg" -> anna, berg)."""
    return [t for t in normalize(text).split() if t not in NAME_TITLES]

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


def body_mentions(block, doc, gaz: dict, index: dict) -> list[Mention]:
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


def heading_mentions(block, doc, gaz: dict, index: dict, known: set) -> list[Mention]:
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
