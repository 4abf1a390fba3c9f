"""Article context for quote attribution: offsets, windows and speaker resolution.

:class:`QuoteContext` maps article offsets to spaCy tokens and to the quotation holding
them, gives the tokens of a sentence outside quotations on either side of a mark, and
turns a speaker token into the row fields of the ``quotes`` table:

* "it" and "they" go to the latest organisation, place or group of fitting type that spoke
  before (a quotation's speaker or the subject of a reporting verb: "the ministry said in a
  statement … “…,” it said"), else as below;
* a personal pronoun is resolved to the nearest preceding mention of a fitting type
  (PERSON for he/she, or a name in apposition to a noun for a person) whose gender
  (:mod:`helpers.quotes.speakers`) does not clash with the pronoun, subjects first, a name in
  apposition to a subject counting as one (salience of subjects: Grosz, Joshi & Weinstein
  1995, https://aclanthology.org/J95-2003/); of the subjects of the latest such sentence,
  the subject of its main clause wins over one of a reported or subordinate clause
  (``Lapich said Tsikhanouski looked tired. "…," she told AP``: Lapich; main clauses as
  centering units, Miltsakaki 2002, https://aclanthology.org/J02-3002/);
* a speaker that is a role noun with a name in apposition (``said her brother, Kian
  Farahani``, ``the spokeswoman, Laura X, said``) is that name;
* any other subject is its entity mention, else its surface noun phrase.

Used by :mod:`helpers.quotes.extract`, which finds the speaker token.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.core.structure import Parsed
from helpers.lexicon.people import PRONOUN_LABELS, REPORTING_VERBS
from helpers.quotes import speakers
from helpers.quotes.marks import QuoteSpan

SENTENCE_FINAL = {".", "!", "?"}  # marks that end a sentence
SUBJECTS = {"nsubj", "nsubjpass"}
NP_DEPS = {"compound", "flat", "amod", "poss", "case", "nummod", "nmod", "prt"}
ANTECEDENT_BLOCKS = 3  # paragraphs searched back for a pronoun's antecedent


class QuoteContext:
    """One article's blocks, docs, quote intervals and mentions, for attribution.

    Args:
        parsed: the article from :func:`helpers.core.structure.parse_structure`.
        spans: its quotations from :func:`helpers.quotes.marks.find_quote_spans`.
        mentions: its ``mentions`` table (entity_id, label, text, start_char, end_char).
        entities: its ``entities`` table (entity_id, name).
    """

    def __init__(self, parsed: Parsed, spans: list[QuoteSpan], mentions: pd.DataFrame, entities: pd.DataFrame):
        self.text = parsed.text
        self.blocks = list(parsed.blocks.itertuples(index=False))
        self.docs = parsed.docs
        self.block_starts = parsed.blocks["start_char"].to_numpy()
        self.intervals = [
            (
                q.open_mark if q.open_mark is not None else q.start,
                q.close_mark + 1 if q.close_mark is not None else q.end,
                q,
            )
            for q in spans
        ]
        m = mentions.sort_values("start_char") if len(mentions) else mentions
        self.mentions = [r for r in m.itertuples(index=False) if self.inside(r.start_char) is None]
        self.names = dict(zip(entities["entity_id"], entities["name"])) if len(entities) else {}
        self.speaker_starts: set[int] = set()  # mentions that speak a kept quotation
        self.pending: int | None = None  # the speaking mention of the quotation in hand
        self.spans = {m.start_char: self.span_of(m) for m in self.mentions}
        self.persons = speakers.person_starts(self.mentions, self.spans)
        self.genders = speakers.entity_genders(self.mentions, self.spans, self.persons)

    # -- positions ------------------------------------------------------------
    def inside(self, pos: int) -> QuoteSpan | None:
        """The quotation (marks included) holding article offset ``pos``."""
        for a, b, q in self.intervals:
            if a <= pos < b:
                return q
        return None

    def token_at(self, pos: int):
        """The spaCy token holding article offset ``pos`` (or None)."""
        b = int(np.searchsorted(self.block_starts, pos, side="right")) - 1
        if b < 0:
            return None
        span = self.docs[b].char_span(
            pos - self.blocks[b].start_char, pos - self.blocks[b].start_char + 1, alignment_mode="expand"
        )
        return span[0] if span is not None and len(span) else None

    def offset(self, token) -> int:
        return self._base(token) + token.idx

    def span_of(self, mention):
        """The spaCy span of a mention (None if it cannot be aligned)."""
        tok = self.token_at(mention.start_char)
        if tok is None:
            return None
        base = self._base(tok)
        return tok.doc.char_span(mention.start_char - base, mention.end_char - base, alignment_mode="expand")

    def doc_spans(self, doc) -> list:
        """Spans of the mentions (outside quotations) of one doc."""
        return [s for s in self.spans.values() if s is not None and s.doc is doc]

    def _base(self, token) -> int:
        for block, doc in zip(self.blocks, self.docs):
            if doc is token.doc:
                return block.start_char
        raise ValueError("token from an unknown doc")

    def window(self, block_id: int, pos: int, direction: int) -> list:
        """Tokens of one sentence outside quotations, before (-1) or after (+1) ``pos``."""
        base, doc = self.blocks[block_id].start_char, self.docs[block_id]
        tokens = reversed(doc) if direction < 0 else iter(doc)
        out = []
        for tok in tokens:
            at = base + tok.idx
            if (direction < 0 and at >= pos) or (direction > 0 and at <= pos):
                continue
            quote = self.inside(at)
            if quote is not None:
                if direction > 0 or _ends_sentence(self.text[quote.start : quote.end]):
                    break
                continue
            if tok.text in SENTENCE_FINAL:
                break
            out.append(tok)
        return out[::-1] if direction < 0 else out

    # -- speakers -----------------------------------------------------------------
    def found(self, subject, verb, attribution: str) -> dict:
        """The row fields for a speaker token and a cue token."""
        out = {
            "speaker": None,
            "speaker_entity_id": pd.NA,
            "cue": None,
            "attribution": attribution,
            "speaker_start_char": pd.NA,
            "speaker_end_char": pd.NA,
        }
        if verb is not None:
            out["cue"] = "according to" if verb.lower_ == "according" else verb.lower_
        if subject is None:
            return out
        start = self.offset(subject)
        mention = None
        if subject.lower_ in PRONOUN_LABELS:
            if attribution.startswith("verb"):
                out["attribution"] = "pronoun"
            out.update(speaker=subject.text, speaker_start_char=start, speaker_end_char=start + len(subject.text))
            mention = self.antecedent(subject)
        else:
            mention = next((m for m in self.mentions if m.start_char <= start < m.end_char), None)
            if mention is None:
                mention = self.apposed(subject)
            if mention is None:
                subject = speakers.apposed_proper_noun(subject) or subject
                start = self.offset(subject)
                first, last = _noun_phrase(subject)
                out.update(
                    speaker=subject.doc[first : last + 1].text,
                    speaker_start_char=start - subject.idx + subject.doc[first].idx,
                    speaker_end_char=start - subject.idx + subject.doc[last].idx + len(subject.doc[last]),
                )
            else:
                out.update(speaker_start_char=mention.start_char, speaker_end_char=mention.end_char)
        if mention is not None:
            self.pending = mention.start_char
            ent = mention.entity_id
            out["speaker"] = self.names.get(ent, mention.text) if not pd.isna(ent) else mention.text
            out["speaker_entity_id"] = pd.NA if pd.isna(ent) else int(ent)
        return out

    def keep(self) -> None:
        """Count the speaking mention of the quotation in hand as a speaker (once the
        quotation is kept: a dropped title's 'speaker' is no speaker)."""
        if self.pending is not None:
            self.speaker_starts.add(self.pending)
        self.pending = None

    def apposed(self, noun):
        """'said her brother, Kian Farahani': the named mention in apposition to a noun."""
        span = speakers.apposed_name(noun, self.doc_spans(noun.doc))
        if span is None:
            return None
        start = self._base(noun) + span.start_char
        return next((m for m in self.mentions if m.start_char == start), None)

    def antecedent(self, pronoun):
        """Nearest preceding mention of a fitting label and gender, grammatical subjects first."""
        pos = self.offset(pronoun)
        block = int(np.searchsorted(self.block_starts, pos, side="right")) - 1
        lo = self.blocks[max(block - ANTECEDENT_BLOCKS + 1, 0)].start_char
        labels = PRONOUN_LABELS[pronoun.lower_]
        cands = [
            m
            for m in self.mentions
            if lo <= m.start_char
            and m.end_char <= pos
            and (m.start_char in self.persons if "PERSON" in labels else m.label in labels)
            and speakers.agrees(pronoun.lower_, self.gender(m))
        ]
        if pronoun.lower_ in ("it", "they"):  # 'the ministry said … “…,” it said'
            talkers = [m for m in cands if m.start_char in self.speaker_starts or self.says(m)]
            if talkers:
                return talkers[-1]
        subjects = [m for m in cands if m.start_char in self.speaker_starts or self.is_subject(m)]
        if not subjects:
            return (cands or [None])[-1]
        last = self._sentence(subjects[-1])  # the latest sentence with a subject candidate
        same = [m for m in subjects if self._sentence(m) == last]
        main = [m for m in same if m.start_char in self.speaker_starts or self.is_subject(m, main=True)]
        return (main or same)[-1]

    def says(self, mention) -> bool:
        """True if a mention is the subject of a reporting verb with a clause, outside
        quotations ("the Foreign Ministry said in a statement that …"): an organisation that speaks is the
        antecedent of a later "it said", before a place or group only named in between."""
        span = self.spans.get(mention.start_char)
        tok = span.root if span is not None else None
        while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        verb = tok.head if tok is not None and tok.dep_ == "nsubj" else None
        return (
            verb is not None
            and verb.lemma_.lower() in REPORTING_VERBS
            and self.inside(self.offset(verb)) is None
            and any(c.dep_ == "ccomp" for c in verb.children)
        )  # says something, not 'asked Minsk for'

    def _sentence(self, mention) -> tuple[int, int]:
        """Key of the sentence holding a mention: (block start, sentence start token)."""
        tok = self.token_at(mention.start_char)
        return (self._base(tok), tok.sent.start) if tok is not None else (mention.start_char, 0)

    def gender(self, mention) -> str | None:
        return self.genders.get(speakers.entity_key(mention))

    def is_subject(self, mention, *, main: bool = False) -> bool:
        """True if a mention is a grammatical subject (``main``: of its sentence's root);
        a name in apposition to a subject noun counts ('Her colleague, Tomas B., said')."""
        tok = self.token_at(mention.start_char)
        while (
            tok is not None
            and tok.dep_ in ("compound", "flat", "appos")
            and tok.head.i != tok.i
            and (tok.head.pos_ == "PROPN" or tok.dep_ == "appos" and tok.head.pos_ == "NOUN")
        ):
            tok = tok.head
        return tok is not None and tok.dep_ in SUBJECTS and (not main or tok.head.dep_ == "ROOT")


def _ends_sentence(content: str) -> bool:
    """True if a quotation's content ends with a full stop, question or exclamation mark."""
    return content.rstrip()[-1:] in SENTENCE_FINAL


def _noun_phrase(head) -> tuple[int, int]:
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
            if child.dep_ in NP_DEPS:
                idx.append(child.i)
                stack.append(child)
    return min(idx), max(idx)
