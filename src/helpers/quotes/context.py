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
* a he/she whose latest fitting mention comes before an unnamed speaker introduced as a
  subject (``one senior banking official blamed … "…," he said``) is that speaker; with no
  fitting mention in reach, the latest person of known, agreeing gender who spoke anywhere
  before (``he said`` paragraphs after the last ``Abrams testified``);
* a speaker that is a role noun with a name in apposition (``said her brother, Kian
  Farahani``, ``the spokeswoman, Laura X, said``) is that name; a name's own apposition
  never is (``Kim, head of the X Party, said``: Kim);
* described speakers (:mod:`helpers.quotes.descriptions`): the name after a title, the
  author of a statement, the organisation of an unnamed spokesman ('a spokesman for the
  State Department'; 'a spokesperson said' after 'The Foreign Office confirmed the decision':
  that office), ``the official`` after ``a Defense Ministry official``,
  ``one``/``another`` of a group named before, ``nobody`` (no speaker), ``the president``
  after ``President Tomas Lind`` (:meth:`QuoteContext.titled_person`);
* any other subject is its entity mention, else its surface noun phrase.

Used by :mod:`helpers.quotes.extract`, which finds the speaker token.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from helpers.core.frames import records
from helpers.core.structure import DATELINE, Parsed
from helpers.lexicon.people import (
    OFFICE_MODIFIERS,
    ORG_WORDS,
    PRONOUN_GENDER,
    PRONOUN_LABELS,
    REPORTING_VERBS,
    SPOKESPERSON_NOUNS,
    STATE_BODIES,
)
from helpers.quotes import descriptions, speakers
from helpers.quotes.marks import QuoteSpan

SENTENCE_FINAL = {".", "!", "?"}  # marks that end a sentence
BODY_WORDS = ORG_WORDS | STATE_BODIES  # common nouns of a body that may own a press service
ANTECEDENT_BLOCKS = 3  # paragraphs searched back for a pronoun's antecedent


class Phrase(NamedTuple):
    """A speaker named by a stretch of text that is no entity mention ('Western envoy')."""

    text: str
    start_char: int
    end_char: int
    entity_id: object = pd.NA


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
        self.blocks = parsed.block_rows
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
        self.mentions = [r for r in records(m) if self.inside(r.start_char) is None]
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

    def dateline_end(self, block_id: int) -> int | None:
        """Article offset where the wire dateline opening a block ends ('WASHINGTON --',
        'MOSCOW (AP) —', 'BEIRUT, March 3 -': :data:`helpers.core.structure.DATELINE`), or None."""
        match = DATELINE.match(self.blocks[block_id].text)
        return self.blocks[block_id].start_char + match.end() if match else None

    def in_dateline(self, token) -> bool:
        """True if a token lies in the dateline of its block (the place of dispatch, AP
        Stylebook "datelines": never a speaker)."""
        end = self.dateline_end(self.block_at(self.offset(token)))
        return end is not None and self.offset(token) < end

    def after_dateline(self, token):
        """'WASHINGTON -- President Obama, …, said': the parser makes the dateline's place the
        subject and the lead's subject its apposition; that apposition (the first one after
        the dateline), or None."""
        end = self.dateline_end(self.block_at(self.offset(token)))
        return next((c for c in token.children if c.dep_ == "appos" and self.offset(c) >= end), None)

    def window(self, block_id: int, pos: int, direction: int) -> list:
        """Tokens of one sentence outside quotations, before (-1) or after (+1) ``pos``;
        after ``pos`` a nickname in quotation marks is skipped, any other quotation ends it."""
        base, doc = self.blocks[block_id].start_char, self.docs[block_id]
        tokens = reversed(doc) if direction < 0 else iter(doc)
        out = []
        for tok in tokens:
            at = base + tok.idx
            if (direction < 0 and at >= pos) or (direction > 0 and at <= pos):
                continue
            quote = self.inside(at)
            if quote is not None:
                if direction > 0 and _is_nickname(self.text[quote.start : quote.end]):
                    continue  # 'Marcia "Cia" Price shouted'
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
        if subject is None or descriptions.is_nobody(subject):
            return out
        if subject.lower_ in PRONOUN_LABELS:
            if attribution.startswith("verb"):
                out["attribution"] = "pronoun"
            start = self.offset(subject)
            own = Phrase(subject.text, start, start + len(subject.text))
            who = self.antecedent(subject)
        else:
            own = self.speaker_of(subject)
            who = (self.referent(subject) if isinstance(own, Phrase) else None) or own
        out.update(speaker=own.text, speaker_start_char=own.start_char, speaker_end_char=own.end_char)
        if who is not None:
            self.pending = who.start_char
            ent = who.entity_id
            out["speaker"] = self.names.get(ent, who.text) if not pd.isna(ent) else who.text
            out["speaker_entity_id"] = pd.NA if pd.isna(ent) else int(ent)
        return out

    def speaker_of(self, subject):
        """The mention or :class:`Phrase` a (non-pronoun) speaker token stands for: its own
        mention; the author of a text ('a statement by X'); for a common noun the name in
        apposition ('said her brother, Kian Farahani'; a name's own apposition is never its
        speaker: 'Kim, head of the X Party, said' is Kim); the name after a title
        ('spokesman Per Paust'); else its noun phrase."""
        mention = self.mention_at(self.offset(subject))
        by = descriptions.author(subject) if mention is None else None
        if by is not None:
            mention = self.mention_at(self.offset(by))
            if mention is None and by.pos_ == "PROPN":
                return self.phrase(by.doc, *descriptions.phrase_range(by))
        if mention is None and subject.pos_ != "PROPN":
            mention = self.apposed(subject)
        if mention is not None:
            return mention
        named = descriptions.given_name(subject) if subject.pos_ == "NOUN" else None
        if named is not None:  # 'a woman who asked that only her first name, Alena, be used'
            mention = self.mention_at(self.offset(named))
            return (
                mention
                if mention is not None and mention.label == "PERSON"
                else self.phrase(named.doc, *descriptions.untitled_range(named))
            )
        titled = descriptions.titled_name(subject)
        if titled is not None:
            return self.mention_at(self.offset(subject.doc[titled[0]])) or self.phrase(subject.doc, *titled)
        organisation = (
            self.employer(subject) or self.owner_body(subject) or self.named_body(subject) or self.bridged_body(subject)
        )
        if organisation is not None:
            return organisation
        if subject.pos_ != "PROPN":  # 'said her brother, Omid Rahimi'; a name's apposition is no name
            subject = speakers.apposed_proper_noun(subject) or subject
        if subject.pos_ == "PROPN":
            return self.phrase(subject.doc, *descriptions.untitled_range(subject))
        return self.owned_phrase(subject) or self.phrase(subject.doc, *descriptions.phrase_range(subject))

    def owned_phrase(self, subject):
        """'his team said', 'her lawyers said' with no name of their own: the phrase with the
        pronoun read as the person it refers to ('Andrei Pivovarov's team'), the nearest fitting
        named mention (:meth:`antecedent`, which gives a possessive its mention antecedent); None
        for another subject or when no person fits."""
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if subject.pos_ != "NOUN" or owner is None:
            return None
        person = self.antecedent(owner)
        if person is None:
            return None
        first, last = descriptions.phrase_range(subject)
        doc = subject.doc
        rest = doc[owner.i + 1 : last + 1].text if first == owner.i else None
        if not rest:
            return None
        name = self.names.get(person.entity_id, person.text) if not pd.isna(person.entity_id) else person.text
        return Phrase(f"{name}'s {rest}", self.offset(doc[first]), self.offset(doc[last]) + len(doc[last]))

    def employer(self, subject):
        """The organisation an unnamed spokesman or official speaks for ('a spokesman for the
        State Department', 'an informed source in the Judiciary'): its mention (after "in" an
        organisation only, never a place), or the proper noun phrase the recogniser missed."""
        org = descriptions.employer(subject)
        if org is None or speakers.apposed_proper_noun(subject) is not None:
            return None
        mention = self.mention_at(self.offset(org))
        # 'a source in the Judiciary'; 'an official in Tehran', 'a woman from Homel' name a place
        located = org.head.lower_ in ("in", "from")
        if mention is not None:
            return mention if mention.label in (("ORG",) if located else ("ORG", "GPE", "NORP")) else None
        if org.pos_ != "PROPN" or org.lemma_.lower() not in ORG_WORDS:
            return None  # 'a friend of Anna Berg' speaks for no organisation
        return self.phrase(org.doc, *descriptions.phrase_range(org))

    def named_body(self, subject):
        """'a Foreign Office spokesperson', 'a State Department spokesman': an unnamed
        spokesperson speaks for the body named before the noun (the unnamed-spokesperson
        convention of tests/gold/README.md credits the body): its mention, or the phrase of the
        names before the noun. So does an unnamed official of an organisation ('a Defense
        Ministry official' -> "Defense Ministry", tests/gold_reuters/README.md; 'a Voluntad
        Popular official'), but not of a country ('a U.S. official' stays one). None for other
        speakers."""
        official = subject.lemma_.lower() == "official"
        if subject.lemma_.lower() not in SPOKESPERSON_NOUNS and not official:
            return None
        names = [
            c
            for c in subject.children
            if c.dep_ in ("compound", "nmod") and c.i < subject.i and (c.pos_ == "PROPN" or c.ent_type_)
        ]
        if not names:
            return None
        first = names[0].left_edge
        mention = self.mention_at(self.offset(names[-1]))
        if mention is not None and mention.label not in (("ORG",) if official else ("ORG", "GPE", "NORP")):
            return None
        if mention is not None and mention.start_char <= self.offset(first):
            return mention
        return self.phrase(subject.doc, first.i, names[-1].i)  # "a U.S. Embassy spokesman": more than the mention

    def bridged_body(self, subject):
        """'The Foreign Office in Berlin confirmed the decision. "…," a spokesperson said': an
        unnamed spokesperson of no named body of its own ("a Sun spokesman", "a spokesman for X"
        have theirs; "a ministry spokesman" is the ministry's just named) speaks for the
        organisation that is the subject of an earlier sentence of the same paragraph, the
        latest (bridging anaphora: a spokesperson is one of a body just named, Clark 1975,
        "Bridging"; the unnamed-spokesperson convention of tests/gold/README.md credits the
        body). None when there is none."""
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
        own_body = descriptions.employer(subject) or any(  # "a Sun spokesman", "a Kremlin spokesman"
            c.dep_ in ("compound", "poss", "nmod", "amod") and (c.pos_ == "PROPN" or c.ent_type_)
            for c in subject.children
        )
        if subject.lemma_.lower() not in SPOKESPERSON_NOUNS or not indefinite or own_body:
            return None

        def body(tok) -> bool:
            mention = self.mention_at(self.offset(tok)) if tok.dep_ in speakers.SUBJECT_DEPS else None
            return mention is not None and mention.label == "ORG"

        found = self.latest(subject, body, reach=1)
        return self.mention_at(self.offset(found)) if found is not None else None

    def owner_body(self, subject):
        """The organisation whose press service or office speaks ('the court's press service
        said', 'the embassy's press office'): the unnamed-spokesperson convention of
        tests/modern/README.md credits the body. A possessor named in place is its mention;
        "the court" is the latest name before whose head is that noun, capitalised ("Minsk
        Regional Court"). A person's press service ('Lukashenka's press service')
        stays the service. 'the press service said' after 'the court's press service told
        Interfax' is that service again (direct anaphora by the same head noun, Poesio & Vieira
        1998), so it speaks for the same body; 'the ministry said' after "Poland's foreign ministry"
        (a mention of its own) is that ministry. An organisation's body with a name of its own (a
        modifier other than "press": 'the EU's foreign service', the European External Action
        Service) is no press service: it speaks for itself, so None; a state's body stays the
        state's (the state-body convention of tests/modern/README.md). None when nothing fits."""
        if subject.pos_ != "NOUN" or subject.lemma_.lower() not in ORG_WORDS:
            return None
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            lemma = subject.lemma_.lower()
            earlier = self.latest(
                subject, lambda t: t.lemma_.lower() == lemma and any(c.dep_ == "poss" for c in t.children)
            )
            if earlier is None:
                return None
            mention = self.mention_at(self.offset(earlier))
            return mention if mention is not None and mention.label == "ORG" else self.owner_body(earlier)
        if owner is None or owner.pos_ == "PRON":
            return None
        mention = self.mention_at(self.offset(owner))
        if mention is not None and mention.label == "ORG" and _own_name(subject, owner):
            return None  # an organisation's own-named body ("the EU's foreign service") speaks for itself
        if mention is not None:
            return mention if mention.label in ("ORG", "GPE", "NORP") else None
        if owner.pos_ != "NOUN" or owner.lemma_.lower() not in BODY_WORDS:
            return None
        word = owner.lower_
        name = self.latest(owner, lambda t: t.pos_ == "PROPN" and t.lower_ == word, reach=len(self.blocks))
        if name is None:
            return None
        mention = self.mention_at(self.offset(name))
        return mention if mention is not None else self.phrase(name.doc, *descriptions.phrase_range(name))

    def referent(self, subject):
        """The earlier speaker a description refers back to ('the official', 'another'), or None.
        A description that introduced a name ('the opposition party Voluntad Popular ... the party
        said', 'the rights group Viasna ... the group said', 'the coalition known as the Popular
        Front ... the coalition said'; :func:`helpers.quotes.descriptions.own_name`) refers to that
        name, its mention if the recogniser found one (direct anaphora by the head noun, Poesio &
        Vieira 1998)."""
        whole = descriptions.partitive_whole(subject)
        if whole is not None:  # 'one of the lawyers on Yashin's defence team told Mediazona'
            text, first, last = descriptions.member_of(whole)
            doc = whole.doc
            return Phrase(text, self.offset(doc[first]), self.offset(doc[last]) + len(doc[last]))
        if descriptions.is_group_member(subject):
            group = self.latest(subject, lambda t: descriptions.plural_group(t, REPORTING_VERBS))
            if group is not None:
                return Phrase(descriptions.singular_phrase(group), self.offset(group), self.offset(group) + len(group))
            return None
        if descriptions.is_definite_title(subject):
            return self.titled_person(subject)  # 'said the President'
        if not descriptions.is_definite_description(subject):
            return None
        intro = self.latest(subject, lambda t: descriptions.introduces(t, subject))
        named = [
            m
            for m in self.mentions
            if m.label == "ORG" and m.end_char <= self.offset(subject) and _name_head(m.text) == subject.lower_
        ]  # 'the ministry said' after 'the Foreign Ministry' or 'the Saudi Ministry of Foreign Affairs'
        if (
            named
            and self.in_reach(named[-1].start_char, subject)
            and (intro is None or named[-1].start_char > self.offset(intro))
        ):
            return named[-1]
        titled = self.titled_person(subject)
        if titled is not None and (intro is None or titled.start_char > self.offset(intro)):
            return titled
        name = None if intro is None else descriptions.own_name(intro)
        if name is not None:  # 'the rights group Viasna', 'the coalition known as the Popular Front'
            named_by = self.mention_at(self.offset(name))
            if named_by is not None and named_by.label in ("ORG", "NORP", "GPE"):
                return named_by
            return self.phrase(name.doc, *descriptions.phrase_range(name))  # a name the recogniser missed
        return self.speaker_of(intro) if intro is not None else None

    def titled_person(self, noun):
        """'President Tomas Lind arrived … Mr. Lind spoke … The president said': the latest
        mention, before a definite description whose noun is a title, of a person one of whose
        mentions carries that title, before the name ('President Lind', 'Foreign Minister Anna
        Lind') or in apposition ('Anna Lind, the minister'), with every modifier of the
        description ('the Republican nominee') and without a word that makes it another office
        (:data:`helpers.lexicon.people.OFFICE_MODIFIERS`: 'Vice President'); else None. A
        definite description with a title noun refers back to the person who holds the title
        (direct anaphora by the same head noun, Poesio & Vieira 1998,
        https://aclanthology.org/J98-2001/; AP Stylebook "titles": the title alone on second
        reference)."""
        pos = self.offset(noun)
        first, last = descriptions.phrase_range(noun)
        wanted = [t.lower_ for t in noun.doc[first : last + 1] if t.i != noun.i]
        before = [m for m in self.mentions if m.end_char <= pos and m.start_char in self.persons]
        holders = {speakers.entity_key(m) for m in before if self._holds_title(m, noun.lower_, wanted)}
        return next((m for m in reversed(before) if speakers.entity_key(m) in holders), None)

    def _holds_title(self, mention, title: str, modifiers: list[str]) -> bool:
        """True if a person mention carries a title word (see :meth:`titled_person`)."""
        span = self.spans.get(mention.start_char)
        if span is None:
            return False
        lead, i = [], span.start - 1
        while i >= 0 and span.doc[i].dep_ in ("compound", "amod") and span.doc[i].is_alpha:
            lead.insert(0, span.doc[i])  # 'Vice President' before 'Ann Berg'
            i -= 1
        run = [t.lower_.rstrip(".") for t in (*lead, *span)]
        run += [a.lower_ for a in span.root.children if a.dep_ == "appos"]
        if title not in run:
            return False
        at = run.index(title)
        return (at == 0 or run[at - 1] not in OFFICE_MODIFIERS) and all(w in run for w in modifiers)

    def latest(self, token, test, reach: int = ANTECEDENT_BLOCKS):
        """The last token before ``token``, outside quotations and at most ``reach``
        paragraphs back, that passes ``test``; or None."""
        pos = self.offset(token)
        block = self.block_at(pos)
        for b in range(block, max(block - reach, -1), -1):
            base = self.blocks[b].start_char
            for tok in reversed(self.docs[b]):
                if base + tok.idx < pos and self.inside(base + tok.idx) is None and test(tok):
                    return tok
        return None

    def in_reach(self, pos: int, token) -> bool:
        """True if article offset ``pos`` lies at most :data:`ANTECEDENT_BLOCKS` paragraphs before ``token``."""
        block = self.block_at(self.offset(token))
        return self.blocks[max(block - ANTECEDENT_BLOCKS + 1, 0)].start_char <= pos

    def block_at(self, pos: int) -> int:
        return int(np.searchsorted(self.block_starts, pos, side="right")) - 1

    def mention_at(self, pos: int):
        """The mention (outside quotations) covering article offset ``pos``, or None."""
        return next((m for m in self.mentions if m.start_char <= pos < m.end_char), None)

    def phrase(self, doc, first: int, last: int) -> Phrase:
        """Tokens ``first..last`` of a doc as a :class:`Phrase` with article offsets."""
        base = self._base(doc[first])
        return Phrase(doc[first : last + 1].text, base + doc[first].idx, base + doc[last].idx + len(doc[last]))

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
        """Nearest preceding mention of a fitting label and gender, grammatical subjects
        first, at most :data:`ANTECEDENT_BLOCKS` paragraphs back; for he/she an unnamed
        speaker introduced later than that mention ('one senior banking official blamed …
        "…," he said'), and failing both the nearest fitting mention anywhere before (a
        chain of 'he said' paragraphs about one person)."""
        pos = self.offset(pronoun)
        lo = self.blocks[max(self.block_at(pos) - ANTECEDENT_BLOCKS + 1, 0)].start_char
        mention = self.mention_antecedent(pronoun, lo)
        if pronoun.lower_ in ("it", "they"):  # 'the ministry said … "…," it said'
            body = self.latest(pronoun, self.speaking_body)
            if body is not None and (mention is None or self.offset(body) > mention.start_char):
                return self.referent(body) or self.speaker_of(body)
            return mention
        if pronoun.lower_ not in ("he", "she"):
            return mention
        unnamed = self.latest(pronoun, lambda t: self.unnamed_speaker(t, pronoun.lower_))
        if unnamed is not None and (mention is None or self.offset(unnamed) > mention.start_char):
            partitive = descriptions.partitive_whole(unnamed) is not None
            return (self.referent(unnamed) if partitive else None) or self.speaker_of(unnamed)
        if mention is not None:
            return mention
        distant = self.distant_speaker(pronoun)
        if distant is not None:
            return distant
        noun = self.latest(pronoun, lambda t: self.gendered_person(t, pronoun.lower_))
        return self.speaker_of(noun) if noun is not None else None

    def gendered_person(self, token, pronoun: str) -> bool:
        """True for a common noun for a person whose gender agrees with a he/she ('spoke to
        the wife of a political prisoner ... "…," she said'), not part of a name: the
        antecedent of last resort, when no named person or unnamed speaker fits (the
        pronoun refers to the nearest agreeing noun phrase, Hobbs 1978)."""
        if token.pos_ != "NOUN" or not speakers.is_person_noun(token):
            return False
        gender = descriptions.titled_gender(token)
        return gender is not None and speakers.agrees(pronoun, gender) and self.mention_at(self.offset(token)) is None

    def distant_speaker(self, pronoun):
        """'He said' paragraphs after the last mention of their speaker: the latest person
        before the pronoun, however far, who spoke (a quotation's speaker or the subject of
        a reporting verb) and whose gender is known to agree; else None."""
        pos, want = self.offset(pronoun), PRONOUN_GENDER[pronoun.lower_]
        talkers = [
            m
            for m in self.mentions
            if m.end_char <= pos
            and m.start_char in self.persons
            and self.gender(m) == want
            and (m.start_char in self.speaker_starts or self.says(m))
        ]
        unnamed = self.latest(
            pronoun,
            lambda t: descriptions.titled_gender(t) == want and self.unnamed_speaker(t, pronoun.lower_),
            reach=len(self.blocks),
        )
        if unnamed is not None and (not talkers or self.offset(unnamed) > talkers[-1].start_char):
            return self.speaker_of(unnamed)
        return talkers[-1] if talkers else None

    def mention_antecedent(self, pronoun, lo: int):
        """The mention a pronoun refers to, searched from article offset ``lo`` (see :meth:`antecedent`).
        An it/they with no candidate that spoke or is a subject never goes to a place only named
        in passing ('a speech in Florida … what they call'): a place speaks for its government
        only as an agent (metonymy, Markert & Nissim 2007, SemEval task 8,
        https://aclanthology.org/S07-1007/)."""
        pos = self.offset(pronoun)
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
        if not subjects and pronoun.lower_ in ("it", "they"):
            cands = [m for m in cands if m.label != "GPE"]  # 'a speech in Florida … what they call'
        if not subjects:
            return (cands or [None])[-1]
        last = self._sentence(subjects[-1])  # the latest sentence with a subject candidate
        same = [m for m in subjects if self._sentence(m) == last]
        main = [m for m in same if m.start_char in self.speaker_starts or self.is_subject(m, main=True)]
        return (main or same)[-1]

    def speaking_body(self, token) -> bool:
        """True for an organisation named by a common noun that is the subject of a
        reporting verb ('the ministry said'), an antecedent of a later it/they."""
        return (
            token.pos_ == "NOUN"
            and token.dep_ == "nsubj"
            and token.lemma_.lower() in ORG_WORDS
            and token.head.lemma_.lower() in REPORTING_VERBS
            and self.mention_at(self.offset(token)) is None
        )

    def unnamed_speaker(self, token, pronoun: str) -> bool:
        """True for an unnamed person introduced as a subject or after 'according to' ('a
        Western envoy', 'spokesman Per Paust' whose name is no mention, 'one of the march's
        organizers': :func:`helpers.quotes.descriptions.partitive_whole`) that a he/she may refer to."""
        whole = descriptions.partitive_whole(token) if token.dep_ in speakers.SUBJECT_DEPS else None
        if whole is not None and speakers.is_person_noun(whole):
            return True  # 'one of the march's organizers said': one unnamed member of a group
        according = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
        if not (token.dep_ in speakers.SUBJECT_DEPS or according):
            return False
        unnamed = (
            descriptions.is_titled_name(token)
            or _unrecognised_name(token)
            or (
                token.pos_ == "NOUN"
                and token.tag_ == "NN"
                and speakers.is_person_noun(token)
                and (
                    descriptions.determiner(token) in descriptions.INDEFINITE
                    or descriptions.titled_name(token) is not None
                    or self._gendered_reporter(token)
                )
            )
        )
        return (
            unnamed
            and speakers.agrees(pronoun, descriptions.titled_gender(token))
            and self.mention_at(self.offset(token)) is None
        )

    @staticmethod
    def _gendered_reporter(token) -> bool:
        """A definite person noun of its own gender that reports ("The mother of one of the men
        ... told Anadolu"): a new speaker a later he/she takes up, as the subject of the last
        sentence (centering: the preferred center is the subject, Grosz, Joshi & Weinstein 1995);
        "the president said" has no gender of its own and may take up a named person."""
        return (
            token.dep_ == "nsubj"
            and descriptions.determiner(token) == "the"
            and descriptions.titled_gender(token) is not None
            and token.head.lemma_.lower() in REPORTING_VERBS
        )

    def says(self, mention) -> bool:
        """True if a mention is the subject of a reporting verb with a clause, outside
        quotations ("the Foreign Ministry said in a statement that …"): an organisation that speaks is the
        antecedent of a later "it said", before a place or group only named in between."""
        span = self.spans.get(mention.start_char)
        tok = span.root if span is not None else None
        while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            if speakers.is_person_noun(tok.head):
                return False  # 'U.S. officials said': the officials speak, not the place
            tok = tok.head  # 'the Jakarta Post newspaper said', 'the Foreign Ministry statement said'
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
        a name in apposition to a subject noun counts ('Her colleague, Tomas B., said'); a name
        with its article is read from its head ('The Russian Foreign Ministry confirmed')."""
        span = self.spans.get(mention.start_char)
        tok = span.root if span is not None else self.token_at(mention.start_char)
        while (
            tok is not None
            and tok.dep_ in ("compound", "flat", "appos")
            and tok.head.i != tok.i
            and (tok.head.pos_ == "PROPN" or tok.dep_ == "appos" and tok.head.pos_ == "NOUN")
        ):
            tok = tok.head
        return tok is not None and tok.dep_ in speakers.SUBJECT_DEPS and (not main or tok.head.dep_ == "ROOT")


def _own_name(body, owner) -> bool:
    """Whether a possessed body has a name of its own: a modifier between the possessor and
    the head other than "press" ("the EU's foreign service", not "the court's press service")."""
    return any(c.dep_ in ("amod", "compound") and owner.i < c.i < body.i and c.lower_ != "press" for c in body.children)


def _unrecognised_name(token) -> bool:
    """'``…,'' Hussein said. He also said': a proper noun that is the subject of a reporting
    verb outside the mentions (the recogniser missed the name) is a speaker a later he/she
    may refer to, as 'spokesman Oskar Vendt' is."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "nsubj"
        and token.ent_type_ in ("", "PERSON")
        and token.head.lemma_.lower() in REPORTING_VERBS
    )


def _is_nickname(content: str) -> bool:
    """True for a quoted single capitalised word (a nickname inside a name: 'Marcia "Cia" Price')."""
    return content.isalpha() and content[:1].isupper()


def _ends_sentence(content: str) -> bool:
    """True if a quotation's content ends with a full stop, question or exclamation mark."""
    return content.rstrip()[-1:] in SENTENCE_FINAL


def _name_head(name: str) -> str:
    """The head word of a name, lower case: its last word, or the last before "of" ("Saudi
    Ministry of Foreign Affairs" -> "ministry"; Quirk et al. 1985, 17.2: the head precedes a
    postmodifying "of" phrase)."""
    words = name.split()
    words = words[: words.index("of", 1)] if "of" in words[1:] else words
    return words[-1].lower()
