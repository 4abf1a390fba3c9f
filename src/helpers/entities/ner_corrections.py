"""What the words around a name say about it: corrections of spaCy's NER spans.

spaCy's small English model often mislabels or misses names that the syntax around
them makes plain. These rules read the dependency parse (spaCy labels, ClearNLP style:
https://github.com/clir/clearnlp-guidelines/blob/master/md/specifications/dependency_labels.md)
and are used by :mod:`helpers.entities.extract`:

* :func:`person_spans`: a title-case proper-noun run in apposition to a noun for a
  person ("Another supporter, Natallia Sauchuk, said", "said her brother, Omid
  Rahimi", "Anna Berg, a lawyer for ...") or after such a title noun or an honorific
  ("opposition activist Maria Kalesnikava", "Dr. Anna Berg") names a person (the
  appositive relation: https://en.wikipedia.org/wiki/Apposition), and so does a run of two
  name words or more that a "who" clause follows ("Aliaksei Shkuratau, who runs ...").
* :func:`nickname_target`: a quoted name after "known as" / "nicknamed" / "dubbed"
  ("Leonard Francis, a contractor known as “Fat Leonard”") is another name of the
  person the phrase describes.
* :func:`facility_spans`: a proper name compounded with a prison noun ("Evin prison")
  names a facility (OntoNotes FAC).
* :func:`join_of_place`: an ORG span cut before "of"/"for" + a place ("the National
  Olympic Committee of" + "Belarus") is one organisation name.
* :func:`coordinated_org`: a one-word PERSON or GPE coordinated with organisations
  ("Belaruskali, the Belarusian Potash Company and Agrorozkvit") is an organisation.
"""

from __future__ import annotations

import re

from helpers.lexicon.people import COLLECTIVE_NOUNS, NAME_TITLES, NAMING_WORDS, ORG_WORDS, ROLE_NOUNS
from helpers.quotes.speakers import apposed_proper_noun, is_person_noun

FACILITY_NOUNS = frozenset("prison jail gaol penitentiary colony".split())
QUOTES = "\"'“”‘’«»"
_INITIAL = re.compile(r"^[A-Z]\.$")


def _name_word(tok) -> bool:
    """A title-case proper noun ("Sauchuk", "McNeil", "J.") that is not an organisation word."""
    text = tok.text
    return (
        tok.pos_ == "PROPN"
        and text[:1].isupper()
        and tok.lower_ not in ORG_WORDS
        and tok.lower_.rstrip(".") not in NAME_TITLES
        and (not text.isupper() or bool(_INITIAL.match(text)))
    )


def _run(doc, i: int) -> tuple[int, int] | None:
    """Token range of the run of name words around token ``i`` (None if ``i`` is not one)."""
    if not _name_word(doc[i]):
        return None
    start, end = i, i + 1
    while start > 0 and _name_word(doc[start - 1]):
        start -= 1
    while end < len(doc) and _name_word(doc[end]):
        end += 1
    return start, end


def person_spans(doc) -> list:
    """Names that the syntax marks as persons, whatever the NER said.

    Args:
        doc: a parsed spaCy ``Doc``.

    Returns:
        spaCy spans (label ``PERSON``), in text order, of title-case proper-noun runs
        that are (a) in apposition to a noun for a person
        (:func:`helpers.quotes.speakers.is_person_noun`), on either side; (b) right after such
        a noun used as a title (``compound``: "activist Maria Kalesnikava"); or (c)
        right after an honorific or a rank ("Mr.", "Dr.", "Sgt.", "Amb."); or (d) of two words
        or more with a "who" clause (:func:`_has_who_clause`). After a noun that also fits states
        and organisations (:data:`helpers.lexicon.people.COLLECTIVE_NOUNS`: "ally", "supporter") the run must
        have two words or more.
    """
    from spacy.tokens import Span

    found: dict[tuple[int, int], None] = {}
    for tok in doc:
        if _has_who_clause(tok):
            run = _run(doc, tok.i)  # "Aliaksei Shkuratau, who runs a community group"
            while run and run[0] < tok.i and doc[run[0]].lower_.rstrip(".") in ROLE_NOUNS | NAME_TITLES:
                run = (run[0] + 1, run[1])  # "Foreign Minister Shintaro Abe, who": the title is no name
            if run and run[1] - run[0] >= 2:
                found[run] = None
        if tok.lower_.rstrip(".") in NAME_TITLES and tok.text[:1].isupper() and tok.i + 1 < len(doc):
            run = _run(doc, tok.i + 1)
            if run:
                found[run] = None
            continue
        if not is_person_noun(tok):
            continue
        strict = tok.lemma_.lower() not in COLLECTIVE_NOUNS
        runs = []
        if (child := apposed_proper_noun(tok)) is not None:
            runs.append(_run(doc, child.i))  # "her brother, Omid Rahimi"
        if tok.dep_ == "appos":
            runs.append(_run(doc, tok.head.i))  # "Anna Berg, a lawyer"
        if tok.dep_ == "compound" and tok.i + 1 < len(doc) and tok.head.i > tok.i:
            after = _run(doc, tok.i + 1)  # "activist Maria Kalesnikava"
            if after and after[0] == tok.i + 1 and after[0] <= tok.head.i < after[1]:
                runs.append(after)
        for run in runs:
            if run and (strict or run[1] - run[0] >= 2):
                found[run] = None
    return [Span(doc, s, e, label="PERSON") for s, e in sorted(found)]


def _has_who_clause(tok) -> bool:
    """A proper noun with a relative clause opened by "who" or "whom": English takes these
    relative pronouns for persons, "which" for things and bodies (Quirk et al. 1985, 17.10,
    personal and non-personal relative pronouns). Not a name the recogniser already has as a
    person, nor a proper noun after "of", "at" or "for" on a noun for a person ("a lecturer at
    Imperial College London, who"): the clause may be that person's."""
    if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON" or (tok.dep_ == "pobj" and is_person_noun(tok.head.head)):
        return False
    return any(
        c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and g.i < c.i for g in c.children) for c in tok.children
    )


def nickname_target(span):
    """The token a quoted nickname names, or None.

    Args:
        span: a spaCy span, e.g. ``Fat Leonard`` in "Leonard Francis, a contractor known
            as “Fat Leonard”".

    Returns:
        The head token of the phrase "known as" / "nicknamed" / "dubbed" / "called"
        describes (climbing through an appositive noun: "contractor" -> "Francis"),
        when the span is in quote marks right after that phrase; else None.
    """
    doc = span.doc
    i = span.start
    if i == 0 or doc[i - 1].text not in QUOTES or span.end >= len(doc) or doc[span.end].text not in QUOTES:
        return None
    before = doc[i - 2] if i >= 2 else None
    if before is not None and before.lower_ == "as" and i >= 3:
        before = doc[i - 3]
    if before is None or before.lower_ not in NAMING_WORDS:
        return None
    head = before.head
    if head.dep_ == "appos":
        head = head.head
    return head if head.i < span.start else None


def facility_spans(doc) -> list:
    """Proper names compounded with a prison noun ("Evin prison"), as ``FAC`` spans.

    Args:
        doc: a parsed spaCy ``Doc``.

    Returns:
        spaCy spans from the name run to the prison noun (:data:`FACILITY_NOUNS`), whose
        last name word is a ``compound`` of that noun.
    """
    from spacy.tokens import Span

    out = []
    for tok in doc:
        if tok.lemma_.lower() in FACILITY_NOUNS and tok.i > 0:
            prev = doc[tok.i - 1]
            run = _run(doc, prev.i)
            generic = run and run[0] > 0 and doc[run[0] - 1].lower_ in ("a", "an")  # "a Minsk prison"
            if run and not generic and prev.dep_ == "compound" and prev.head.i == tok.i:
                out.append(Span(doc, run[0], tok.i + 1, label="FAC"))
    return out


def join_of_place(ents: list) -> list:
    """Entity spans with "ORG ending in of/for" + an adjacent GPE/LOC joined into one ORG.

    Args:
        ents: spaCy spans in text order (e.g. ``list(doc.ents)``).

    Returns:
        A new list of spans; a joined span carries the ORG label and no ``ent_id_``.
    """
    from spacy.tokens import Span

    out, i = [], 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == "ORG"
            and ent[-1].lower_ in ("of", "for")
            and nxt.start == ent.end
            and nxt.label_ in ("GPE", "LOC")
        ):
            out.append(Span(ent.doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        out.append(ent)
        i += 1
    return out


def _conjuncts(tok) -> set[int]:
    """Token indices of the coordination ``tok`` belongs to ("A, B and C")."""
    top = tok
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    out, todo = set(), [top]
    while todo:
        cur = todo.pop()
        out.add(cur.i)
        todo.extend(c for c in cur.children if c.dep_ == "conj")
    return out


def coordinated_org(span, labels: dict) -> bool:
    """True if a one-word span is coordinated only with organisations.

    Args:
        span: a spaCy span (one token, e.g. "Agrorozkvit").
        labels: root token index -> label of the named mentions of the doc, None for
            the uncertain ones (one-word names that this rule may relabel).

    Returns:
        True when the other conjuncts that are mentions are ORG (at least one) or
        uncertain.
    """
    if len(span) != 1:
        return False
    others = [labels[i] for i in _conjuncts(span.root) - {span.root.i} if i in labels]
    return "ORG" in others and all(lab in ("ORG", None) for lab in others)
