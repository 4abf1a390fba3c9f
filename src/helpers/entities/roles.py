"""The ``role`` of an entity: its gazetteer role on the publication date, else a title or
appositive next to one of its body mentions (see :mod:`helpers.entities.extract`)."""

from __future__ import annotations

import datetime as dt

from helpers.entities.gazetteer import role_at
from helpers.entities.mentions import HEADING_KINDS, Entity, Mention
from helpers.lexicon.people import NAME_TITLES


def _title_role(span) -> str | None:
    """Titles and ranks right before a name, abbreviated or not ("Sgt. X", "Lt. Gen. X",
    "Amb X"), which the small model cuts off or mislabels (:data:`NAME_TITLES`)."""
    doc, i = span.doc, span.start
    while i > 0 and (_title(doc[i - 1]) or doc[i - 1].text == "." and i > 1 and _title(doc[i - 2])):
        i -= 1
    return doc[i : span.start].text or None


def _title(tok) -> bool:
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in NAME_TITLES


def _premodifier_role(span) -> str | None:
    """Title words just before a name inside its noun phrase ("opposition activist X")."""
    doc, i = span.doc, span.start
    inside = set(range(span.start, span.end))
    while i > 0:
        tok = doc[i - 1]
        if tok.dep_ in ("det", "poss", "case", "predet") or tok.ent_type_ in ("PERSON", "DATE", "CARDINAL"):
            break
        head_ok = tok.head.i in inside or (tok.head.i >= i and tok.head.i < span.start)
        if not (
            head_ok
            and (tok.dep_ in ("compound", "amod", "nmod", "nummod", "npadvmod") or tok.is_punct and tok.text == "-")
        ):
            break
        i -= 1
    words = doc[i : span.start]
    if not len(words) or words[-1].pos_ not in ("NOUN", "PROPN") or words[-1].is_punct or words[-1].text.endswith("."):
        return None  # "Belarusian Col. X": an abbreviated rank is the role (_title_role)
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
    return _strip_det(span.doc[start : head.i + 1])


def _appositive_role(span) -> str | None:
    """An appositive noun phrase after a name ("X, leader of the exiled opposition, ...")."""
    for tok in span.doc[span.end : span.end + 3]:
        if tok.dep_ == "appos" and span.start <= tok.head.i < span.end and tok.pos_ == "NOUN":
            sub = list(tok.subtree)
            words = span.doc[sub[0].i : sub[-1].i + 1]
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


def entity_role(ent: Entity, gaz: dict, published: dt.date | None, label: str) -> str | None:
    """Gazetteer role valid on the publication date, else for a person (``label``) the first
    role found next to a body mention (titles and headings are skipped: their title case
    fools the parser)."""
    if ent.gaz_key and (role := role_at(gaz[ent.gaz_key], published)):
        return role
    if label != "PERSON":
        return None
    for m in ent.mentions:
        if m.kind in HEADING_KINDS:
            continue
        role = (
            _premodifier_role(m.span)
            or _title_role(m.span)
            or _apposed_to_role(m.span)
            or _appositive_role(m.span)
            or _list_role(m)
        )
        if role:
            return role
    return None
