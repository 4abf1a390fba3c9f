"""Attribution sieves that need no reporting verb beside the quotation: a credit after a
dash, a name the parser left without its verb, the previous quotation's speaker, the
subject of the sentence before (after Muzny, Fang, Chang & Jurafsky 2017, "A Two-stage
Sieve Approach for Quote Attribution", EACL, https://aclanthology.org/E17-1044/). Used by
:mod:`helpers.quotes.extract`, which tries them in the order its docstring gives."""

from __future__ import annotations

import re

import pandas as pd

from helpers.lexicon.people import PERSON_NOUNS, REPORTING_VERBS
from helpers.quotes import speakers
from helpers.quotes.context import QuoteContext
from helpers.quotes.marks import TRANSCRIPT_LABEL, QuoteSpan

DASH_CREDIT = re.compile(r"\s*(?:[—―–]|--?)[ \t\xa0]*")  # '” ― Anna Berg'
INITIAL = re.compile(r"[A-Z]\.")  # 'Julie A. Diaz'
NAME_PARTICLES = {".", "-", "de", "da", "van", "von", "al", "bin", "la", "del"}  # "Edwin G. Monroy"
NAMED_SPEAKERS = ("PERSON", "ORG", "NORP", "GPE")  # labels of mentions that may speak


class Sieves(QuoteContext):
    """The sieves of one article (see the module docstring)."""

    def dash_credit(self, quote: QuoteSpan):
        """'“…” ― Anna Berg': the name after a dash right behind the closing mark, when
        nothing but that name (and an apposition after a comma) follows in its sentence;
        else None. The credit-line convention of vox pops and epigraphs (Chicago Manual
        of Style 13.36, https://www.chicagomanualofstyle.org)."""
        if quote.close_mark is None:
            return None
        dash = DASH_CREDIT.match(self.text, quote.close_mark + 1)
        name = self.token_at(dash.end()) if dash else None
        if name is None or self.offset(name) != dash.end() or name.pos_ != "PROPN":
            return None
        rest = [t for t in self.window(quote.last_block, dash.end() - 1, +1) if not t.is_space]
        n = next((i for i, t in enumerate(rest) if not _name_part(t)), len(rest))
        tail = rest[n:]
        if tail and tail[0].text not in (",", "(") or any(t.pos_ in ("VERB", "AUX") for t in tail):
            return None
        return name

    def transcript_label(self, quote: QuoteSpan) -> dict | None:
        """'"PENCE: Well, look, …"': a quoted transcript turn whose content opens with a speaker
        label (:data:`helpers.quotes.marks.TRANSCRIPT_LABEL`) is that speaker's, resolved to the
        latest person named before whose name holds the label as a word ('Mike Pence'), else the
        label itself; None if the content has no label. Broadcast transcripts name each turn's
        speaker in capitals before a colon (the transcript style of news networks quoted in
        print, e.g. Fox News Sunday and CNN transcripts)."""
        label = TRANSCRIPT_LABEL.match(self.text, quote.start)
        if label is None:
            return None
        word = label.group(1).lower()
        person = next(
            (
                m
                for m in reversed(self.mentions)
                if m.end_char <= quote.start
                and m.label == "PERSON"
                and word in self.names.get(m.entity_id, m.text).lower().split()
            ),
            None,
        )
        out = self.found(None, None, "colon")
        out.update(speaker=label.group(1), speaker_start_char=quote.start, speaker_end_char=label.end(1))
        if person is not None:
            ent = person.entity_id
            out.update(speaker=self.names.get(ent, person.text), speaker_entity_id=pd.NA if pd.isna(ent) else int(ent))
        return out

    def name_before(self, window: list, verb):
        """'“…,” Anna Berg, a researcher at X, said' when the parse gave the verb no subject
        outside the quotation: the name that opens the window, if only its apposition
        lies between it and the verb (the quote-mention-verb pattern of Muzny et al. 2017,
        "A Two-stage Sieve Approach for Quote Attribution", EACL, https://aclanthology.org/E17-1044/)."""
        between = [t for t in window if t.i < verb.i and not t.is_space]
        while between and between[0].is_punct:
            between = between[1:]
        commas = [i for i, t in enumerate(between) if t.text == ","]
        if len(commas) >= 2 and commas[-1] == len(between) - 1:
            between = between[: commas[0]]  # 'a detective, speaking on condition of anonymity, said'
        if not between or any(t.pos_ in ("VERB", "AUX") for t in between):
            return None
        first = between[0]
        named = any(m.start_char == self.offset(first) and m.label in NAMED_SPEAKERS for m in self.mentions)
        if not (named or first.pos_ == "PROPN"):
            return _person_noun_phrase(between)
        if first.head.dep_ == "poss" or first.dep_ == "poss":
            return None  # "Berg's lawyer said"
        return first

    def continuation(self, quote: QuoteSpan, previous: list[QuoteSpan]) -> dict | None:
        """The speaker of the previous quotation, if it is close and nobody else is named."""
        if not previous or previous[-1].found["speaker"] is None:
            return None
        prev = previous[-1]
        if prev.last_block < quote.first_block - 1:
            return None
        same = prev.found["speaker_entity_id"]
        others = [
            m
            for m in self.mentions
            if prev.end <= m.start_char < quote.start
            and m.label == "PERSON"
            and m.start_char not in self.speaker_starts
            and self.is_subject(m, main=True)
            and (pd.isna(m.entity_id) or pd.isna(same) or m.entity_id != same)
        ]
        if others:
            return None
        return {**prev.found, "cue": None, "attribution": "continuation"}

    def previous_subject(self, quote: QuoteSpan):
        """'Anna Berg spoke of the talks at length. “We are not there yet.”': the subject
        of the sentence before the quotation, in its paragraph, when it is a named person
        or a he/she pronoun outside quotations, as is the verb (a reporting
        context that sets up the speaker, the conversation sieve of Muzny et al. 2017,
        https://aclanthology.org/E17-1044/); else None. A quotation that opens its paragraph
        takes the subject of the last sentence of the paragraph before when that sentence's
        verb reports ('Anna Berg said the deal showed what Moscow wanted.' then a paragraph of
        quotation only: the wire habit of a paraphrase, then the quote)."""
        opening = open_at(quote)
        doc = self.docs[quote.first_block]
        prev = [t for t in doc if self.offset(t) < opening and not t.is_space]
        reporting = False
        if not prev and quote.first_block > 0 and self.blocks[quote.first_block - 1].kind == "paragraph":
            prev, reporting = [t for t in self.docs[quote.first_block - 1] if not t.is_space], True
        if not prev or self.inside(self.offset(prev[-1].sent[-1])) is not None:
            return None  # the sentence before ends in a quotation
        root = prev[-1].sent.root
        if reporting and root.lemma_.lower() not in REPORTING_VERBS:
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or self.inside(self.offset(subj)) is not None or self.inside(self.offset(root)) is not None:
            return None
        if subj.lower_ in ("he", "she"):
            return subj
        start = self.offset(subj)
        person = any(m.start_char <= start < m.end_char and m.start_char in self.persons for m in self.mentions)
        return subj if person else None


def _name_part(token) -> bool:
    """A word of a personal name: a proper noun, a particle ('van', 'bin') or an initial the
    tagger may call a noun ('Julie A. Diaz': initials are part of a name, AP Stylebook
    "initials")."""
    return token.pos_ == "PROPN" or token.text in NAME_PARTICLES or INITIAL.fullmatch(token.text) is not None


def _person_noun_phrase(tokens: list):
    """The head of a leading indefinite noun phrase naming a person ('a detective', 'one U.S.
    official'), or None: the unnamed source of wire copy (AP Stylebook, "anonymous sources")."""
    if not tokens or tokens[0].lower_ not in ("a", "an", "one", "another"):
        return None
    phrase = []
    for tok in tokens[1:]:
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") and tok.tag_ != "POS":
            break
        phrase.append(tok)
    head = phrase[-1] if phrase else None
    person = head is not None and head.pos_ == "NOUN" and (speakers.is_person_noun(head) or head.lemma_ in PERSON_NOUNS)
    return head if person else None


def open_at(quote: QuoteSpan) -> int:
    """Article offset of a quotation's opening mark (its content start when the mark is missing)."""
    return quote.open_mark if quote.open_mark is not None else quote.start
