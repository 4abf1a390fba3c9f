"""Named-entity mentions of one block: spaCy NER spans corrected by the syntax around them
(:mod:`helpers.entities.ner_corrections`) in body text, caseless gazetteer matches and known
names in titles and headings (see :mod:`helpers.entities.extract`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from helpers.entities.gazetteer import (
    APOSTROPHES,
    GAZETTEER_PATH,
    country_adjectives,
    country_names,
    demonyms,
    load_gazetteer,
    normalize,
    surface_variants,
)
from helpers.entities.ner_corrections import (
    coordinated_org,
    facility_spans,
    join_of_place,
    nickname_target,
    person_spans,
)
from helpers.lexicon.people import CREDIT_WORDS, NAME_TITLES, STATE_BODIES

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
    entity: Entity | None = None
    alias_of: Mention | None = None  # a nickname's person ("known as “Fat Leonard”")
    country: str | None = None  # the adjective of the state owning a body ("Russia's Foreign Ministry": "Russian")

    @property
    def name(self) -> str:
        """The mention's name: its text, with the adjective of its state when a possessive gave
        it ("Russia's Foreign Ministry" -> "Russian Foreign Ministry")."""
        return f"{self.country} {self.text}" if self.country else self.text


@dataclass
class Entity:
    """One entity while linking."""

    key: str
    gaz_key: str | None
    mentions: list = field(default_factory=list)
    relative: bool = False  # introduced as a relative of a person of the same surname

    def tokens(self) -> list[str]:
        """Normalised tokens of the longest mention (a person's fullest name)."""
        best = max((m.text for m in self.mentions), key=lambda t: len(t.split()))
        return person_tokens(best)


def person_tokens(text: str) -> list[str]:
    """Normalised tokens of a person's name without titles ("Gen. Anna Berg" -> anna, berg)."""
    return [t for t in normalize(text).split() if t not in NAME_TITLES]


OPEN_BRACKETS = {"(", "["}
CLOSE_BRACKETS = {")", "]"}


def _trim(span):
    """The span without possessive markers or punctuation at its ends, and without a bracket it
    opens but does not close ("The Foreign Office (Auswärtiges Amt) in Berlin": the recogniser's
    "Foreign Office (Auswärtiges Amt"); None if empty."""
    doc, start, end = span.doc, span.start, span.end
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].tag_ == "POS" or doc[end - 1].text.translate(APOSTROPHES) in ("'s", "'")
    ):
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    opening = next((t.i for t in doc[start:end] if t.text in OPEN_BRACKETS), None)
    if opening is not None and not any(t.text in CLOSE_BRACKETS for t in doc[opening:end]):
        return _trim(doc[start:opening]) if opening > start else None  # "Foreign Office (Auswärtiges Amt": the name
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


def mention_of(block, span, label: str, key: str | None) -> Mention:
    """A :class:`Mention` of a span of one block (article offsets)."""
    start = block.start_char + span.start_char
    return Mention(start, start + len(span.text), span.text, label, span, block.kind, key)


def body_mentions(block, doc, gaz: dict, index: dict) -> list[Mention]:
    """Named-entity mentions of a paragraph, list item or byline, with the corrections
    of :mod:`helpers.entities.ner_corrections` (persons by apposition, facilities, "of" + place,
    nicknames, one-word persons coordinated with organisations), titles and ranks out of
    the names (:func:`_untitled`), credit lines left out (:func:`credit_ranges`)."""
    out = []
    persons = person_spans(doc)
    credits = credit_ranges(doc)
    for span, label, ent_id in _corrected_spans(doc, gaz, persons):
        if any(span.start in r for r in credits):
            continue  # the story's makers, not its people
        key = ent_id if ent_id in gaz else index.get(normalize(span.text))
        if not key and label == "LOC" and normalize(span.text) in country_names():
            label = "GPE"  # OntoNotes: countries are GPE ("Cape Verde")
        out.append(mention_of(block, span, gaz[key].label if key else label, key))
    out = _with_state_bodies(block, doc, out)
    in_person = {i for p in persons for i in range(p.start, p.end)}
    uncertain = [
        m
        for m in out
        if not m.gaz_key
        and len(m.span) == 1
        and m.span.start not in in_person
        and (m.label == "PERSON" or m.label == "GPE" and normalize(m.text) not in country_names())
    ]
    by_root = {m.span.root.i: None if m in uncertain else m.label for m in out}
    for m in out:
        target = nickname_target(m.span) if not m.gaz_key else None
        owner = next(
            (o for o in out if target is not None and o.label == "PERSON" and o.span.start <= target.i < o.span.end),
            None,
        )
        if owner is not None:
            m.label, m.alias_of = "PERSON", owner
        elif m in uncertain and coordinated_org(m.span, by_root):
            m.label = "ORG"
    return out


def _with_state_bodies(block, doc, mentions: list[Mention]) -> list[Mention]:
    """Bodies of a state named through the state's possessive ("Russia's Foreign Ministry",
    "Lithuania's foreign ministry", "Poland's embassy") get the state's adjective
    (:attr:`Mention.country`): the Russian and the Polish Foreign Ministry are two
    organisations, and news names them so ("the Polish Foreign Ministry"; AP Stylebook,
    "foreign ministry"). A lower-case body (:data:`helpers.lexicon.people.STATE_BODIES`) the
    NER missed becomes an ORG mention. Returns the mentions in text order."""
    adjectives = country_adjectives()
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    by_start = {m.span.start: m for m in mentions}
    for tok in doc:
        if tok.lemma_.lower() not in STATE_BODIES or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        country = adjectives.get(normalize(owner.text)) if owner is not None and owner.ent_type_ == "GPE" else None
        if country is None:
            continue
        first = min(
            (c.left_edge.i for c in tok.children if c.dep_ in ("compound", "amod") and c.i > owner.i), default=tok.i
        )
        m = by_start.get(first)
        if m is not None and m.label == "ORG" and m.span.end == tok.i + 1:
            m.country = country
        elif not any(i in taken for i in range(first, tok.i + 1)):
            m = mention_of(block, doc[first : tok.i + 1], "ORG", None)
            m.country = country
            mentions.append(m)
    return sorted(mentions, key=lambda m: m.start)


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
        if all(
            p[0].ent_id_ not in gaz
            and p[1] in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART")  # a name after a quote: a "title"
            and person.start <= p[0].start
            and p[0].end <= person.end
            for p in inside
        ):
            pairs = [p for p in pairs if p not in inside] + [[person, "PERSON"]]
    taken = {i for span, _ in pairs for i in range(span.start, span.end)}
    pairs += [
        [doc[t.i : t.i + 1], "NORP"]
        for t in doc
        if t.i not in taken and t.text[:1].isupper() and t.lower_ in demonyms()
    ]  # "Lithuanian officials" that the NER missed
    out = [
        (_trim(span), label, span.ent_id_) if span.ent_id_ else _untitled(_trim(span), label) + ("",)
        for span, label in sorted(pairs, key=lambda p: p[0].start)
    ]
    return [row for row in out if row[0] is not None]


def _is_title(tok) -> bool:
    """A title or rank before a name ("Sgt.", "Amb", "President"), capitalised."""
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in NAME_TITLES


def _untitled(span, label: str) -> tuple:
    """``(span, label)`` without the titles and ranks that belong in the entity's ``role``
    (AP Stylebook, "titles"): leading ones of a PERSON span ("Amb" alone is no name), and
    trailing ones of any span a name follows ("Belarusian Col" + "Ivan Petrov" is the demonym
    "Belarusian"; "General License 7" and "General Motors" keep theirs). A demonym left
    alone is NORP; an empty span is None."""
    if span is None:
        return None, label
    doc, start, end = span.doc, span.start, span.end
    while label == "PERSON" and start < end and _is_title(doc[start]):
        start += 1
    nxt = end + 1 if end < len(doc) and doc[end].text == "." else end  # "Col" "." "Ivan"
    name_follows = nxt < len(doc) and doc[nxt].pos_ == "PROPN" and doc[nxt].text[:1].isupper()
    while name_follows and end > start and _is_title(doc[end - 1]):
        end -= 1
    if (start, end) == (span.start, span.end):
        return span, label
    rest = doc[start:end] if end > start else None
    if rest is not None and len(rest) == 1 and rest[0].lower_ in demonyms():
        label = "NORP"
    return rest, label


def credit_ranges(doc) -> list[range]:
    """Token ranges of credit lines ("(Reporting by X; Editing by Y)", "Author: X"): from a
    credit word (:data:`helpers.lexicon.people.CREDIT_WORDS`) + "by"/":" that opens its block or
    a parenthesis, to the closing parenthesis or the end of the block."""
    out = []
    for tok in doc:
        if tok.lower_ not in CREDIT_WORDS or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ("by", ":"):
            continue
        before = [t for t in doc[: tok.i] if not t.is_space]
        if before and before[-1].text != "(":
            continue
        end = next((t.i for t in doc[tok.i :] if t.text == ")"), len(doc)) if before else len(doc)
        out.append(range(tok.i, end))
    return out


def heading_mentions(block, doc, gaz: dict, index: dict, known: set) -> list[Mention]:
    """Mentions of a title or heading: caseless gazetteer matches, then NER spans (or
    their longest leading part) whose normalised text is a gazetteer or body name."""
    from spacy.util import filter_spans

    matcher = _caseless_matcher()
    keys = {(s, e): doc.vocab.strings[m] for m, s, e in matcher(doc)}
    found = filter_spans([doc[s:e] for s, e in keys])
    out = [mention_of(block, s, gaz[keys[s.start, s.end]].label, keys[s.start, s.end]) for s in found]
    taken = {i for s in found for i in range(s.start, s.end)}
    for ent in doc.ents:
        span = _trim(ent) if ent.label_ not in NUMERIC_LABELS else None
        if span is None or taken & set(range(span.start, span.end)):
            continue
        for end in range(span.end, span.start, -1):
            part = doc[span.start : end]
            form = normalize(part.text)
            if form in index or form in known:
                key = index.get(form)
                out.append(mention_of(block, part, gaz[key].label if key else ent.label_, key))
                break
    return out
