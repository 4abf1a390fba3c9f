"""Direct quotations: the ``quotes`` table (who said what, with which verb).

A quotation is text between double quote marks (curly ``“ ”``, low ``„``, guillemets
``« »`` or straight ``"``). Single quotes and apostrophes (``don’t``, ``Lukashenko’s``)
never open a quotation. A mark's role (open or close) comes from the characters around
it, like CommonMark's left/right-flanking rule (https://spec.commonmark.org/0.31.2/#left-flanking-delimiter-run),
then from its glyph. A paragraph that ends inside a quotation and a next paragraph that
starts with an opening mark make one quotation (the AP/wire convention for quotes that
run over several paragraphs, https://www.apstylebook.com "quotation marks").

The speaker is found, in this order, from the spaCy dependency parse:

* ``verb_after`` / ``verb_before``: a reporting verb (:data:`REPORTING_VERBS`) in the
  same sentence, outside every quotation, after the closing mark (``"…," said X``,
  ``"…," X said``, ``"…," X, a spokeswoman, said``) or before the opening mark
  (``X said: "…"``, ``X said the deal was "…"``); the speaker is its subject (``nsubj``),
  or for an inverted ``said X`` the noun right of the verb, or the object of
  ``according to``. Failing a reporting verb, the verb that governs a quoted phrase counts if its subject
  is a named entity or a pronoun (``Trump attacked "the hateful ideology …"``), and after
  ``"…,"`` any verb with a subject (``"…," Smith beamed``);
* ``pronoun``: as above but the subject is a personal pronoun, resolved to the nearest
  preceding mention of a fitting type (PERSON for he/she, or a name in apposition to a
  noun for a person) whose gender (:mod:`helpers.speakers`) does not clash with the
  pronoun, subjects first, a name in apposition to a subject counting as one
  (salience of subjects: Grosz, Joshi & Weinstein 1995, https://aclanthology.org/J95-2003/);
  of the subjects of the latest such sentence, the subject of its main clause wins over
  one of a reported or subordinate clause (``Lapich said Tsikhanouski looked tired. "…,"
  she told AP``: Lapich; main clauses as centering units, Miltsakaki 2002,
  https://aclanthology.org/J02-3002/);
* a speaker that is a role noun with a name in apposition (``said her brother, Kian
  Farahani``, ``the spokeswoman, Laura X, said``) is that name;
* ``colon``: the quotation follows a colon, in its paragraph (``Smith: "…"``) or at the
  end of the previous paragraph; the speaker is the subject of the reporting verb
  of that sentence, else its main subject;
* ``continuation``: a quotation with no attribution of its own that follows an
  attributed one in the same or the previous paragraph, with no other person as the
  subject of a main clause between them;
* ``none``: speaker None.

Quoted phrases that are not speech are dropped: titles (every content word capitalised,
at most :data:`MAX_TITLE_WORDS` words: ``on “Fox News Sunday,”``) and unattributed
phrases shorter than :data:`MIN_WORDS` words (scare quotes: ``the so-called “reset”``).

Reporting verbs follow textacy's ``REPORTING_VERBS`` (https://github.com/chartbeat-labs/textacy,
``textacy/constants.py``) with news speech verbs added (Krestel, Bergler & Witte 2008,
"Minding the Source", LREC 2008, http://www.lrec-conf.org/proceedings/lrec2008/).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from helpers import schemas, speakers
from helpers.structure import MINOR_WORDS, Parsed

REPORTING_VERBS = frozenset(
    # textacy.constants.REPORTING_VERBS["en"]
    "according accuse acknowledge add admit agree allege announce argue ask assert believe "
    "blame charge cite claim complain concede conclude confirm contend criticize decline "
    "deny describe disagree disclose estimate explain fear hope insist maintain mention "
    "note observe order predict promise recall recommend reply report say state stress "
    "suggest tell testify urge warn write "
    # news speech verbs (Krestel et al. 2008) missing above; textacy's verbs of thought
    # (think, believe, hope, fear, worry) are left out: they seldom introduce a quotation
    "affirm assure boast caution comment continue declare demand emphasize emphasise exclaim "
    "joke lament pledge post proclaim quip reiterate remark respond share shout "
    "tweet underscore underline vow whisper yell recount wonder question counter retort".split())
# Verbs that characterise with a quoted phrase ('called the test "provocative"'): a cue
# only when they have a subject (not 'the so-called "reset"').
CHARACTERISING_VERBS = frozenset(
    "call brand label dub term liken compare condemn denounce decry slam blast hail praise".split())
PERSONAL = {"he": ("PERSON",), "she": ("PERSON",), "him": ("PERSON",), "her": ("PERSON",),
            "it": ("ORG", "GPE", "NORP"), "they": ("ORG", "NORP", "GPE")}
OPEN_GLYPHS, CLOSE_GLYPHS, STRAIGHT = "“„‟«", "”»", '"'
QUOTE_GLYPHS = OPEN_GLYPHS + CLOSE_GLYPHS + STRAIGHT
LEFT_CONTEXT = "([{—–-/"  # characters after which a mark opens
RIGHT_CONTEXT = ".,;:!?)]}—–-…"  # characters before which a mark closes
SENTENCE_END = {".", "!", "?"}
INNER_END = {",", "?", "!", "—", "–"}  # last characters of a quotation inside its sentence
AFTER_VERB_SPAN = 4  # tokens after the closing mark searched for a non-reporting verb
SUBJECTS = {"nsubj", "nsubjpass"}
NP_DEPS = {"compound", "flat", "det", "amod", "poss", "case", "nummod", "nmod", "prt"}
CLIMB_DEPS = {"conj", "xcomp", "advcl", "pcomp", "prep"}  # "..., saying", "by saying"
INVERTED_DEPS = {"nsubj", "dobj", "attr", "npadvmod", "dative", "appos", "oprd", "pobj"}
MIN_WORDS = 3  # shorter quoted phrases are kept only if a verb or colon attributes them
MAX_TITLE_WORDS = 8  # a capitalised quotation this short is a title, not speech
ANTECEDENT_BLOCKS = 3  # paragraphs searched back for a pronoun's antecedent
COLUMNS = ["article_id", "quote_id", "sentence_id", "text", "speaker", "speaker_entity_id",
           "cue", "start_char", "end_char", "attribution", "balanced",
           "speaker_start_char", "speaker_end_char"]


@dataclass
class _Quote:
    start: int  # content offsets (article), end exclusive
    end: int
    open_mark: int | None  # article offset of the opening mark, None if missing
    close_mark: int | None
    first_block: int
    last_block: int
    balanced: bool = True
    found: dict = field(default_factory=dict)  # speaker, cue, attribution, spans


def mark_roles(text: str) -> list[tuple[int, str]]:
    """Double quote marks of a text with their role.

    Args:
        text: one block's text.

    Returns:
        ``[(offset, "open" | "close"), ...]`` in text order.

    Examples:
        >>> mark_roles('He said "no," she didn’t.')
        [(8, 'open'), (12, 'close')]
    """
    roles, inside = [], False
    for i, ch in enumerate(text):
        if ch not in QUOTE_GLYPHS:
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        left = prev.isspace() or prev in LEFT_CONTEXT or prev in QUOTE_GLYPHS
        right = nxt.isspace() or nxt in RIGHT_CONTEXT
        if left != right:
            role = "open" if left else "close"
        elif ch in OPEN_GLYPHS or ch in CLOSE_GLYPHS:
            role = "open" if ch in OPEN_GLYPHS else "close"
        else:
            role = "close" if inside else "open"
        inside = role == "open"
        roles.append((i, role))
    return roles


def find_quote_spans(blocks: pd.DataFrame) -> list[_Quote]:
    """Pair the quote marks of all blocks into quotations (see the module docstring).

    Args:
        blocks: the ``blocks`` table (block_id, text, start_char, end_char).

    Returns:
        One ``_Quote`` per quotation, in text order; content offsets are stripped of
        surrounding spaces. An opening mark never closed (and not continued by the next
        paragraph) runs to the end of its block; a closing mark never opened starts
        after the previous mark of its block; both have ``balanced=False``.
    """
    quotes: list[_Quote] = []
    pending: _Quote | None = None  # an open quotation
    prev_end = 0
    for block in blocks.itertuples(index=False):
        marks = mark_roles(block.text)
        if pending is not None:
            if marks and marks[0] == (0, "open") and block.kind == "paragraph":
                marks = marks[1:]  # wire convention: the next paragraph reopens
            elif not (marks and marks[0][1] == "close"):
                quotes.append(_close(pending, prev_end, block.block_id - 1, balanced=False))
                pending = None
        seg_start = block.start_char
        for offset, role in marks:
            pos = block.start_char + offset
            if role == "open":
                if pending is not None:
                    quotes.append(_close(pending, pos, block.block_id, balanced=False))
                pending = _Quote(pos + 1, -1, pos, None, block.block_id, block.block_id)
            elif pending is None:
                quotes.append(_close(_Quote(seg_start, -1, None, None, block.block_id,
                                            block.block_id), pos, block.block_id, balanced=False))
            else:
                quotes.append(_close(pending, pos, block.block_id, close_mark=pos))
                pending = None
            seg_start = pos + 1
        prev_end = block.end_char
    if pending is not None:
        quotes.append(_close(pending, prev_end, int(blocks["block_id"].iloc[-1]), balanced=False))
    return quotes


def _close(quote: _Quote, end: int, block_id: int, *, balanced: bool = True,
           close_mark: int | None = None) -> _Quote:
    quote.end, quote.last_block, quote.balanced, quote.close_mark = end, block_id, balanced, close_mark
    return quote


def extract_quotes(parsed: Parsed, mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """The direct quotations of one article and who said them.

    Args:
        parsed: the article from :func:`helpers.structure.parse_structure`.
        mentions: its ``mentions`` table (entity_id, label, start_char, end_char).
        entities: its ``entities`` table (entity_id, name, label).

    Returns:
        The ``quotes`` table, validated: article_id (str), quote_id (int64, 0..n-1),
        sentence_id (int64, sentence where the quotation starts), text (str, the
        quoted content without its outer marks, ``== parsed.text[start_char:end_char]``;
        a quotation running over paragraphs keeps the paragraph break and the reopening
        mark), speaker (str or None: canonical entity name, else the surface noun
        phrase), speaker_entity_id (Int64, nullable), cue (str or None: the reporting
        verb as written, lowercased), start_char, end_char (int64, article offsets),
        attribution (str: verb_after, verb_before, pronoun, colon, continuation, none),
        balanced (bool: False if a mark was never closed or never opened),
        speaker_start_char, speaker_end_char (Int64, nullable: where the speaker is
        named or referred to in the text).

    Raises:
        pandera.errors.SchemaErrors: never expected; the table breaks its contract.
    """
    spans = [q for q in find_quote_spans(parsed.blocks) if _trim(q, parsed.text)]
    ctx = _Context(parsed, spans, mentions, entities)
    kept: list[_Quote] = []
    for quote in spans:
        quote.found = ctx.attribute(quote, kept)
        if _is_quotation(parsed.text[quote.start:quote.end], quote.found):
            kept.append(quote)
    rows = [{"article_id": parsed.article_id, "quote_id": i,
             "sentence_id": parsed.sentence_id_at(q.start), "text": parsed.text[q.start:q.end],
             "start_char": q.start, "end_char": q.end, "balanced": q.balanced, **q.found}
            for i, q in enumerate(kept)]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame = frame.astype({"article_id": str, "quote_id": "int64", "sentence_id": "int64",
                          "text": str, "speaker": str, "cue": str, "attribution": str,
                          "start_char": "int64", "end_char": "int64", "balanced": bool,
                          "speaker_entity_id": "Int64", "speaker_start_char": "Int64",
                          "speaker_end_char": "Int64"})
    return schemas.validate("quotes", frame)


def _trim(quote: _Quote, text: str) -> bool:
    """Strip spaces (and a trailing comma) from the content; False if nothing is left."""
    while quote.start < quote.end and text[quote.start].isspace():
        quote.start += 1
    while quote.end > quote.start and (text[quote.end - 1].isspace() or text[quote.end - 1] == ","):
        quote.end -= 1
    return quote.end > quote.start


def _is_quotation(content: str, found: dict) -> bool:
    """Keep sentences and attributed phrases; drop titles of works and shows (every
    content word capitalised: 'on “Fox News Sunday,”') and unattributed scare quotes."""
    words = re.findall(r"[^\W\d_][\w’'-]*", content)
    content_words = [w for w in words if w.lower() not in MINOR_WORDS]
    if not content_words or (len(words) <= MAX_TITLE_WORDS and content.rstrip()[-1:] not in "?!"
                             and all(w[0].isupper() for w in content_words)):
        return False
    return (len(words) >= MIN_WORDS or found["cue"] is not None
            or found["attribution"] == "colon")


class _Context:
    """One article's blocks, docs, quote intervals and mentions, for attribution."""

    def __init__(self, parsed: Parsed, spans: list[_Quote], mentions: pd.DataFrame,
                 entities: pd.DataFrame):
        self.text = parsed.text
        self.blocks = list(parsed.blocks.itertuples(index=False))
        self.docs = parsed.docs
        self.block_starts = parsed.blocks["start_char"].to_numpy()
        self.intervals = [(q.open_mark if q.open_mark is not None else q.start,
                           q.close_mark + 1 if q.close_mark is not None else q.end, q)
                          for q in spans]
        m = mentions.sort_values("start_char") if len(mentions) else mentions
        self.mentions = [r for r in m.itertuples(index=False) if self.inside(r.start_char) is None]
        self.names = dict(zip(entities["entity_id"], entities["name"])) if len(entities) else {}
        self.speaker_starts: set[int] = set()
        self.spans = {m.start_char: self.span_of(m) for m in self.mentions}
        self.persons = speakers.person_starts(self.mentions, self.spans)
        self.genders = speakers.entity_genders(self.mentions, self.spans, self.persons)

    # -- positions ------------------------------------------------------------
    def inside(self, pos: int) -> _Quote | None:
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
        span = self.docs[b].char_span(pos - self.blocks[b].start_char,
                                      pos - self.blocks[b].start_char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def offset(self, token) -> int:
        return self._base(token) + token.idx

    def span_of(self, mention):
        """The spaCy span of a mention (None if it cannot be aligned)."""
        tok = self.token_at(mention.start_char)
        if tok is None:
            return None
        base = self._base(tok)
        return tok.doc.char_span(mention.start_char - base, mention.end_char - base,
                                 alignment_mode="expand")

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
                if direction > 0 or _ends_sentence(self.text[quote.start:quote.end]):
                    break
                continue
            if tok.text in SENTENCE_END:
                break
            out.append(tok)
        return out[::-1] if direction < 0 else out

    # -- attribution ------------------------------------------------------------
    def attribute(self, quote: _Quote, previous: list[_Quote]) -> dict:
        """Speaker, cue and attribution of one quotation (see the module docstring)."""
        before = self.window(quote.first_block, _open_at(quote), -1)
        after, tail = self.after_window(quote)
        after_first = tail in INNER_END or not _has_words(before)
        sides = [("verb_after", after, +1), ("verb_before", before, -1)]
        for kind, window, direction in (sides if after_first else sides[::-1]):
            verb, subject = self.find_verb(window, direction)
            if verb is not None:
                return self.found(subject, verb, kind)
        verb, subject = self.governor(quote)
        if subject is not None:
            kind = "verb_before" if self.offset(verb) < quote.start else "verb_after"
            return self.found(subject, verb, kind)
        if tail == ",":  # '"…," Smith beamed': any verb with a subject right after
            verb = next((t for t in after[:AFTER_VERB_SPAN] if t.pos_ == "VERB"), None)
            subject = self.subject(verb, inverted=True) if verb is not None else None
            if subject is not None:
                return self.found(subject, verb, "verb_after")
        colon = self.colon(quote, before)
        if colon is not None:
            return colon
        if not _has_words(before):
            cont = self.continuation(quote, previous)
            if cont is not None:
                return cont
        return self.found(None, None, "none")

    def after_window(self, quote: _Quote) -> tuple[list, str]:
        """Tokens after the closing mark that may attribute the quotation, and the last
        character inside the marks. Empty if the quotation ended its sentence."""
        if quote.close_mark is None:
            return [], ""
        tail = self.text[quote.start:quote.close_mark].rstrip(" '’‘")[-1:]  # nested quote
        after = self.window(quote.last_block, quote.close_mark, +1)
        words = [t for t in after if t.is_alpha]
        if tail in INNER_END or (after and after[0].text == ","):
            return after, tail
        if tail == "." and words and words[0].text[0].islower():  # '"…." she said'
            return after, tail
        return [], tail

    def find_verb(self, window: list, direction: int):
        """The reporting verb nearest the quotation in ``window`` and its subject."""
        verbs = [t for t in window if _is_reporting(t)]
        ids = {t.i for t in verbs}  # 'she says it underscores that': the outer verb
        verbs = [t for t in verbs if not any(a.i in ids for a in t.ancestors)]
        if direction < 0:
            verbs = verbs[::-1]
        words = [t.i for t in window if t.is_alpha]
        for verb in verbs:  # inverted: '"…," said Smith', 'Said Smith: "…"'
            inverted = verb.i in (words[:2] if direction > 0 else words[:1])
            subject = self.subject(verb, inverted=inverted)
            if subject is not None:
                return verb, subject
        speechless = [v for v in verbs if v.lemma_.lower() in REPORTING_VERBS]
        return (speechless[0], None) if speechless else (None, None)

    def subject(self, verb, *, inverted: bool):
        """The speaker token of a reporting verb, or None."""
        if verb.lower_ == "according":
            return next((g for c in verb.children if c.lower_ == "to"
                         for g in c.children if g.dep_ == "pobj"), None)
        head = verb
        for _ in range(4):
            subj = next((c for c in head.children if c.dep_ == "nsubj"
                         and self.inside(self.offset(c)) is None), None)
            if subj is not None:
                if subj.tag_ in ("WP", "WDT") and head.dep_ == "relcl":
                    subj = head.head  # "Smith, who said"
                    while subj.dep_ == "appos" and subj.head.i != subj.i:
                        subj = subj.head
                return subj
            if head.dep_ == "acl" and head.head.pos_ in ("PROPN", "NOUN"):
                return head.head  # "footage of Clinton asking"
            if head.dep_ not in CLIMB_DEPS or head.head.i == head.i:
                break
            head = head.head
        if inverted:
            return next((c for c in verb.rights if c.dep_ in INVERTED_DEPS
                         and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        return None

    def governor(self, quote: _Quote):
        """'Trump attacked "the hateful ideology"': the verb that governs a quoted phrase,
        if its subject is a named person, organisation or place, or a personal pronoun."""
        tok = self.token_at(quote.start)
        if tok is None or self.inside(self.offset(tok)) is not quote:
            return None, None
        while tok.head.i != tok.i and self.inside(self.offset(tok.head)) is quote:
            tok = tok.head
        verb = tok.head if tok.head.i != tok.i else None
        for _ in range(3):
            if verb is None or verb.pos_ == "VERB":
                break
            verb = verb.head if verb.head.i != verb.i else None
        if verb is None or verb.pos_ != "VERB":
            return None, None
        subject = self.subject(verb, inverted=False)
        if subject is None or self.inside(self.offset(subject)) is not None:
            return None, None
        named = next((m for m in self.mentions if m.start_char <= self.offset(subject) < m.end_char
                      and m.label in ("PERSON", "ORG", "NORP", "GPE")), None)
        return (verb, subject) if named is not None or subject.lower_ in PERSONAL else (None, None)

    def colon(self, quote: _Quote, before: list) -> dict | None:
        """Attribution by a colon before the quotation, in its paragraph or the previous one."""
        head = self.text[self.blocks[quote.first_block].start_char:_open_at(quote)].rstrip()
        if head.endswith(":"):
            return self.found(self.main_subject(before), None, "colon")
        if head or quote.first_block == 0:
            return None
        prev = self.blocks[quote.first_block - 1]
        if prev.kind not in ("paragraph", "list_item") or not prev.text.rstrip().endswith(":"):
            return None
        window = self.window(quote.first_block - 1, prev.end_char - 1, -1)
        verb, subject = self.find_verb(window, -1)
        if subject is None:
            verb, subject = None, self.main_subject(window)
        return self.found(subject, verb, "colon")

    def main_subject(self, window: list):
        """The first subject in a window whose verb is in it too, else its last name."""
        ids = {t.i for t in window}
        subj = next((t for t in window if t.dep_ == "nsubj" and t.head.i in ids), None)
        if subj is not None or not window:
            return subj
        lo, hi = self.offset(window[0]), self.offset(window[-1])
        names = [m for m in self.mentions if lo <= m.start_char <= hi
                 and m.label in ("PERSON", "ORG", "NORP", "GPE")]
        return self.token_at(names[-1].start_char) if names else None

    def continuation(self, quote: _Quote, previous: list[_Quote]) -> dict | None:
        """The speaker of the previous quotation, if it is close and nobody else is named."""
        if not previous or previous[-1].found["speaker"] is None:
            return None
        prev = previous[-1]
        if prev.last_block < quote.first_block - 1:
            return None
        same = prev.found["speaker_entity_id"]
        others = [m for m in self.mentions if prev.end <= m.start_char < quote.start
                  and m.label == "PERSON" and m.start_char not in self.speaker_starts
                  and self._is_subject(m, main=True)
                  and (pd.isna(m.entity_id) or pd.isna(same) or m.entity_id != same)]
        if others:
            return None
        return {**prev.found, "cue": None, "attribution": "continuation"}

    # -- speakers -----------------------------------------------------------------
    def found(self, subject, verb, attribution: str) -> dict:
        """The row fields for a speaker token and a cue token."""
        out = {"speaker": None, "speaker_entity_id": pd.NA, "cue": None,
               "attribution": attribution, "speaker_start_char": pd.NA, "speaker_end_char": pd.NA}
        if verb is not None:
            out["cue"] = "according to" if verb.lower_ == "according" else verb.lower_
        if subject is None:
            return out
        start = self.offset(subject)
        mention = None
        if subject.lower_ in PERSONAL:
            if attribution.startswith("verb"):
                out["attribution"] = "pronoun"
            out.update(speaker=subject.text, speaker_start_char=start,
                       speaker_end_char=start + len(subject.text))
            mention = self.antecedent(subject)
        else:
            mention = next((m for m in self.mentions if m.start_char <= start < m.end_char), None)
            if mention is None:
                mention = self.apposed(subject)
            if mention is None:
                subject = speakers.apposed_proper_noun(subject) or subject
                start = self.offset(subject)
                first, last = _noun_phrase(subject)
                out.update(speaker=subject.doc[first:last + 1].text,
                           speaker_start_char=start - subject.idx + subject.doc[first].idx,
                           speaker_end_char=start - subject.idx + subject.doc[last].idx
                           + len(subject.doc[last]))
            else:
                out.update(speaker_start_char=mention.start_char, speaker_end_char=mention.end_char)
        if mention is not None:
            self.speaker_starts.add(mention.start_char)
            ent = mention.entity_id
            out["speaker"] = self.names.get(ent, mention.text) if not pd.isna(ent) else mention.text
            out["speaker_entity_id"] = pd.NA if pd.isna(ent) else int(ent)
        return out

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
        labels = PERSONAL[pronoun.lower_]
        cands = [m for m in self.mentions if lo <= m.start_char and m.end_char <= pos
                 and (m.start_char in self.persons if "PERSON" in labels else m.label in labels)
                 and speakers.agrees(pronoun.lower_, self.gender(m))]
        subjects = [m for m in cands if m.start_char in self.speaker_starts or self._is_subject(m)]
        if not subjects:
            return (cands or [None])[-1]
        last = self._sentence(subjects[-1])  # the latest sentence with a subject candidate
        same = [m for m in subjects if self._sentence(m) == last]
        main = [m for m in same if m.start_char in self.speaker_starts or self._is_subject(m, main=True)]
        return (main or same)[-1]

    def _sentence(self, mention) -> tuple[int, int]:
        """Key of the sentence holding a mention: (block start, sentence start token)."""
        tok = self.token_at(mention.start_char)
        return (self._base(tok), tok.sent.start) if tok is not None else (mention.start_char, 0)

    def gender(self, mention) -> str | None:
        return self.genders.get(speakers.entity_key(mention))

    def _is_subject(self, mention, *, main: bool = False) -> bool:
        """True if a mention is a grammatical subject (``main``: of its sentence's root);
        a name in apposition to a subject noun counts ('Her colleague, Tomas B., said')."""
        tok = self.token_at(mention.start_char)
        while (tok is not None and tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i
               and (tok.head.pos_ == "PROPN" or tok.dep_ == "appos" and tok.head.pos_ == "NOUN")):
            tok = tok.head
        return tok is not None and tok.dep_ in SUBJECTS and (not main or tok.head.dep_ == "ROOT")


def _is_reporting(tok) -> bool:
    if tok.lower_ == "according":
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to"
    lemma = tok.lemma_.lower()
    return ((lemma in REPORTING_VERBS or lemma in CHARACTERISING_VERBS)
            and (tok.pos_ == "VERB" or tok.tag_.startswith("VB")) and tok.dep_ != "amod")


def _open_at(quote: _Quote) -> int:
    return quote.open_mark if quote.open_mark is not None else quote.start


def _has_words(tokens: list) -> bool:
    return any(t.is_alpha for t in tokens)


def _ends_sentence(content: str) -> bool:
    return content.rstrip()[-1:] in SENTENCE_END


def _noun_phrase(head) -> tuple[int, int]:
    """Token indices (first, last) of a noun phrase: the head and its modifiers."""
    idx = [head.i]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in NP_DEPS:
                idx.append(child.i)
                stack.append(child)
    return min(idx), max(idx)
