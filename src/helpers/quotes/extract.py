"""Direct quotations: the ``quotes`` table (who said what, with which verb).

Quotation spans come from :mod:`helpers.quotes.marks` (quote-mark pairing, titles and
scare quotes); speaker tokens are turned into names by :mod:`helpers.quotes.context`
(pronoun antecedents, names in apposition).

The speaker is found, in this order, from the spaCy dependency parse:

* ``colon``: a transcript turn whose content opens with a speaker label (``"PENCE: …"``)
  is that speaker's (:meth:`helpers.quotes.sieves.Sieves.transcript_label`);
* ``dash``: a name after a dash right behind the closing mark, with nothing else in its
  sentence but an apposition (``“…” ― Anna Berg``), is the speaker;
* ``verb_after`` / ``verb_before``: a reporting verb (:data:`helpers.lexicon.people.REPORTING_VERBS`) in the
  same sentence, outside every quotation, after the closing mark (``"…," said X``,
  ``"…," X said``, ``"…," X, a spokeswoman, said``, ``"…," as X put it``) or before the
  opening mark (``X said: "…"``, ``X said the deal was "…"``, ``As X put it, …"…"``); the
  speaker is its subject (``nsubj``; never the place of a wire dateline, ``WASHINGTON --
  President X, …, said``: its apposition X),
  or for an inverted ``said X`` the noun right of the verb, or the object of
  ``according to``. Failing a reporting verb, the verb that governs a quoted phrase counts if its subject
  is a named entity or a pronoun (``Trump attacked "the hateful ideology …"``), and after
  ``"…,"`` any verb with a subject (``"…," Smith beamed``);
* ``pronoun``: as above but the subject is a personal pronoun, resolved to its
  antecedent (:mod:`helpers.quotes.context`);
* a speaker that is a role noun with a name in apposition (``said her brother, Kian
  Farahani``) is that name;
* ``colon``: the quotation follows a colon, in its paragraph (``Smith: "…"``) or at the
  end of the previous paragraph; the speaker is the subject of the reporting verb
  of that sentence, else its main subject;
* ``continuation``: a quotation with no attribution of its own that follows an
  attributed one in the same or the previous paragraph, with no other person as the
  subject of a main clause between them;
* ``context``: else a quotation that opens its sentence after a sentence whose subject is a
  named person or he/she, in the same paragraph (``Berg spoke at length. “…”``);
* ``none``: speaker None.

Reporting verbs follow textacy's ``REPORTING_VERBS`` (https://github.com/chartbeat-labs/textacy,
``textacy/constants.py``) with news speech verbs added (Krestel, Bergler & Witte 2008,
"Minding the Source", LREC 2008, http://www.lrec-conf.org/proceedings/lrec2008/).
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.core import schemas
from helpers.core.frames import from_rows
from helpers.core.structure import Parsed
from helpers.events.tokens import heads_to_verb
from helpers.lexicon.events import CHARGE_PREPOSITIONS, names_charge
from helpers.lexicon.people import AS_IT_VERBS, CHARACTERISING_VERBS, PRONOUN_LABELS, REPORTING_VERBS
from helpers.lexicon.quote_marks import NAMING_WORDS
from helpers.quotes import descriptions
from helpers.quotes.marks import (
    MAX_TERM_WORDS,
    MAX_TITLE_WORDS,
    MIN_WORDS,
    QuoteSpan,
    find_quote_spans,
    is_quotation,
    mark_roles,
    quote_words,
    trim,
)
from helpers.quotes.sieves import NAMED_SPEAKERS, Sieves, open_at

__all__ = ["extract_quotes", "mark_roles"]

INNER_END = {",", "?", "!", "—", "–"}  # last characters of a quotation inside its sentence
AFTER_VERB_SPAN = 4  # tokens after the closing mark searched for a non-reporting verb
NP_AFTER_VERB = 6  # tokens after an inverted verb searched for its speaker's noun phrase
CLIMB_DEPS = {"conj", "xcomp", "advcl", "pcomp", "prep"}  # "..., saying", "by saying"
INVERTED_DEPS = {"nsubj", "dobj", "attr", "npadvmod", "dative", "appos", "oprd", "pobj"}


def extract_quotes(parsed: Parsed, mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """The direct quotations of one article and who said them.

    Args:
        parsed: the article from :func:`helpers.core.structure.parse_structure`.
        mentions: its ``mentions`` table (entity_id, label, start_char, end_char).
        entities: its ``entities`` table (entity_id, name, label).

    Returns:
        The ``quotes`` table (contract checked by the pipeline): article_id (str), quote_id (int64, 0..n-1),
        sentence_id (int64, sentence where the quotation starts), text (str, the
        quoted content without its outer marks, ``== parsed.text[start_char:end_char]``;
        a quotation running over paragraphs keeps the paragraph break and the reopening
        mark), speaker (str or None: canonical entity name, else the surface noun
        phrase), speaker_entity_id (Int64, nullable), cue (str or None: the reporting
        verb as written, lowercased), start_char, end_char (int64, article offsets),
        attribution (str: dash, verb_after, verb_before, pronoun, colon, continuation, context,
        none),
        balanced (bool: False if a mark was never closed or never opened),
        quoted_term (bool: True for an attributed phrase of fewer than
        :data:`~helpers.quotes.marks.MIN_WORDS` words, 'described the effect as "nebulous"':
        a partial quotation in PolNeAR's sense (Newell et al. 2018, attribution content), a
        quoted term and no quotation by tests/gold_reuters/README.md "Quotes and speakers"),
        speaker_start_char, speaker_end_char (Int64, nullable: where the speaker is
        named or referred to in the text).
    """
    spans = [q for q in find_quote_spans(parsed.blocks) if trim(q, parsed.text)]
    ctx = _Attributor(parsed, spans, mentions, entities)
    kept: list[QuoteSpan] = []
    for quote in spans:
        ctx.pending = None
        quote.found = ctx.attribute(quote, kept)
        if is_quotation(parsed.text[quote.start : quote.end], quote.found) and not ctx.is_term(quote):
            kept.append(quote)
            ctx.keep()
    kept = [q for q in kept if not _pull_quote(q, kept, parsed.text, ctx.blocks[ctx.block_at(q.start)])]
    rows = [
        {
            "article_id": parsed.article_id,
            "quote_id": i,
            "sentence_id": parsed.sentence_id_at(q.start),
            "text": parsed.text[q.start : q.end],
            "start_char": q.start,
            "end_char": q.end,
            "balanced": q.balanced,
            "quoted_term": len(quote_words(parsed.text[q.start : q.end])) < MIN_WORDS,
            **q.found,
        }
        for i, q in enumerate(kept)
    ]
    return from_rows(
        rows,
        schemas.columns("quotes"),
        {
            "article_id": str,
            "quote_id": "int64",
            "sentence_id": "int64",
            "text": str,
            "speaker": str,
            "cue": str,
            "attribution": str,
            "start_char": "int64",
            "end_char": "int64",
            "balanced": bool,
            "quoted_term": bool,
            "speaker_entity_id": "Int64",
            "speaker_start_char": "Int64",
            "speaker_end_char": "Int64",
        },
    )


def _pull_quote(quote: QuoteSpan, kept: list[QuoteSpan], text: str, block) -> bool:
    """A quoted subheading or pull quote: a paragraph that is one quotation without a final
    full stop, question or exclamation mark ('"Another abhorrent act"' above the paragraph
    that quotes "... is another abhorrent act by a regime ..."), whose words another quotation
    of the article holds. It renders that quotation and is no quotation of its own (the
    annotation conventions of tests/modern13/README.md, M13-10, and tests/modern24/README.md).
    ``block`` is the row of the paragraph the quotation starts in."""
    content = text[quote.start : quote.end]
    if content.rstrip()[-1:] in ".?!…" or not content.strip():
        return False
    words = _words(content)
    if block.end_char < quote.end or _words(block.text) != words:
        return False
    return any(
        other is not quote and words.casefold() in _words(text[other.start : other.end]).casefold() for other in kept
    )


def _words(text: str) -> str:
    """The words of a text, joined by single spaces (punctuation and quote marks dropped)."""
    return re.sub(r"\W+", " ", text).strip()


# between listed quotations: ", ", " and ", ", or "
LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")


class _Attributor(Sieves):
    """Finds the speaker token and cue of each quotation of one article."""

    def attribute(self, quote: QuoteSpan, previous: list[QuoteSpan]) -> dict:
        """Speaker, cue and attribution of one quotation (see the module docstring)."""
        turn = self.transcript_label(quote)
        if turn is not None:
            return turn
        credit = self.dash_credit(quote)
        if credit is not None:
            return self.found(credit, None, "dash")
        before = self.window(quote.first_block, open_at(quote), -1)
        after, tail = self.after_window(quote)
        after_first = tail in INNER_END or not _has_words(before)
        sides = [("verb_after", after, +1), ("verb_before", before, -1)]
        for kind, window, direction in sides if after_first else sides[::-1]:
            verb, subject = self.find_verb(window, direction)
            if verb is not None and kind == "verb_after" and verb.lower_ == "according":
                said, speaker = self.find_verb(before, -1)  # 'X said "…," according to Fars': Fars carries it
                if speaker is not None and said.lower_ != "according":
                    return self.found(speaker, said, "verb_before")
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
            subject = self.previous_subject(quote)
            if subject is not None:
                return self.found(subject, None, "context")
        return self.found(None, None, "none")

    def is_term(self, quote: QuoteSpan) -> bool:
        """A quoted phrase shorter than :data:`~helpers.quotes.marks.MIN_WORDS` words that
        modifies a noun outside its marks ('the U.S.-backed "contra" rebels'): a name or
        label, not reported words (tests/gold_reuters/README.md: names, scare quotes and
        terms of one or two words are no quotations); and a phrase of at most
        :data:`~helpers.quotes.marks.MAX_TERM_WORDS` words that names a charge
        (:meth:`_names_a_charge`), or of at most :data:`~helpers.quotes.marks.MAX_TITLE_WORDS`
        words listed after one ('for "incitement to hatred" and "calls for actions aimed at
        harming national security"': the wording of the criminal code's articles)."""
        if self._named_text(quote):
            return True
        words = len(quote_words(self.text[quote.start : quote.end]))
        listed = self._listed_after(quote)
        limit = MAX_TERM_WORDS if listed is None else MAX_TITLE_WORDS  # a statute's wording
        if words <= limit and self._names_a_charge(quote, listed):
            return True
        if words >= MIN_WORDS:
            return False
        last = self.token_at(quote.end - 1)
        return (
            last is not None
            and last.dep_ in ("compound", "amod", "nmod")
            and self.offset(last.head) >= quote.end
            and self.inside(self.offset(last.head)) is None
        )

    def _named_text(self, quote: QuoteSpan) -> bool:
        """The opening mark follows a word that names the quoted text (a slogan, a banner's
        wording, a title: :data:`helpers.lexicon.quote_marks.NAMING_WORDS`), a colon or comma
        aside: 'under the slogan "I'm going out"'."""
        if quote.open_mark is None:
            return False
        before = self.text[: quote.open_mark].rstrip(" :,")
        return before.rsplit(None, 1)[-1].lower() in NAMING_WORDS if before.strip() else False

    def _names_a_charge(self, quote: QuoteSpan, listed: QuoteSpan | None) -> bool:
        """The opening mark follows "of", "for" or "over" after a word of the law, an arrest or
        a sentence, or a gerund there: 'found guilty of "large-scale drug smuggling"', 'a
        six-year sentence for "organizing mass riots"', 'on charges of "collaborating with a
        hostile government"', 'guilty of financing "actions grossly violating public order"'.
        The marks give the charge's wording, not a speaker's words (tests/modern/README.md,
        202 and 205: charge names in quote marks are no quotations); or a quotation it is
        ``listed`` after (:meth:`_listed_after`) names one."""
        if quote.open_mark is None:
            return False
        if listed is not None and self._names_a_charge(listed, self._listed_after(listed)):
            return True  # 'for "incitement to hatred" and "calls for actions ..."': the next charge
        before = self.text[: quote.open_mark].rstrip()
        prep = self.token_at(len(before) - 1) if before else None
        if prep is not None and prep.dep_ == "pcomp":
            prep = prep.head  # 'guilty of financing "actions grossly violating public order"'
        while prep is not None and prep.dep_ == "conj" and prep.head.lower_ in CHARGE_PREPOSITIONS:
            prep = prep.head  # 'guilty of smuggling cash and of financing "...": the first "of"
        if prep is None or prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPOSITIONS:
            return self._listed_charge(quote)
        return any(names_charge(t) for t in heads_to_verb(prep.head))

    def _listed_charge(self, quote: QuoteSpan) -> bool:
        """The quotation is what a charge word's clause lists: 'The charges against her included
        "assembly and collusion against national security"' (the subject of the verb whose
        object the quotation is names a charge)."""
        first = self.token_at(quote.start)
        obj = next((t for t in heads_to_verb(first) if t.dep_ in ("dobj", "attr")), None) if first else None
        subjects = [c for c in obj.head.children if c.dep_ in ("nsubj", "nsubjpass")] if obj is not None else []
        return any(names_charge(s) for s in subjects)

    def _listed_after(self, quote: QuoteSpan) -> QuoteSpan | None:
        """The quotation right before this one when only a comma, "and" or "or" stands
        between them (a list of quoted names: 'for "incitement to hatred" and "calls for
        ..."'); else None."""
        if quote.open_mark is None:
            return None
        previous = [q for _, close, q in self.intervals if q.close_mark is not None and close <= quote.open_mark]
        if not previous:
            return None
        gap = self.text[previous[-1].close_mark + 1 : quote.open_mark]
        return previous[-1] if LIST_GAP.fullmatch(gap) else None

    def after_window(self, quote: QuoteSpan) -> tuple[list, str]:
        """Tokens after the closing mark that may attribute the quotation, and the last
        character inside the marks. Empty if the quotation ended its sentence, or if a
        subordinate clause follows it ('because "…," though she noted …': that verb
        reports something else)."""
        if quote.close_mark is None:
            return [], ""
        tail = self.text[quote.start : quote.close_mark].rstrip(" '’‘")[-1:]  # nested quote
        after = self.window(quote.last_block, quote.close_mark, +1)
        words = [t for t in after if t.is_alpha]
        if words and (words[0].pos_ == "SCONJ" or words[0].dep_ == "mark") and not _as_put_it(words[0].head):
            return [], tail
        if tail in INNER_END or (after and after[0].text == ","):
            return after, tail
        if tail == "." and words and words[0].text[0].islower():  # '"…." she said'
            return after, tail
        return [], tail

    def find_verb(self, window: list, direction: int):
        """The reporting verb nearest the quotation in ``window`` and its subject."""
        verbs = [t for t in window if _is_reporting(t)]
        ids = {t.i for t in verbs}  # 'she says it underscores that': the outer verb
        verbs = [t for t in verbs if not _reported(t, ids)]
        if direction < 0:
            verbs = verbs[::-1]
        words = [t.i for t in window if t.is_alpha]
        for verb in verbs:  # inverted: '"…," said Smith', 'Said Smith: "…"'
            inverted = verb.i in (words[:2] if direction > 0 else words[:1])
            subject = self.subject(verb, inverted=inverted)
            if subject is not None:
                return verb, subject
        speechless = [v for v in verbs if v.lemma_.lower() in REPORTING_VERBS]
        if not speechless:
            return None, None
        return speechless[0], (self.name_before(window, speechless[0]) if direction > 0 else None)

    def subject(self, verb, *, inverted: bool):
        """The speaker token of a reporting verb, or None."""
        if verb.lower_ == "according":
            return next((g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
        head = verb
        for _ in range(4):
            subj = next(
                (c for c in head.children if _is_subject(c, head, verb) and self.inside(self.offset(c)) is None), None
            )
            if subj is not None and self.in_dateline(subj):
                subj = self.after_dateline(subj)
            if subj is not None:
                if subj.tag_ in ("WP", "WDT") and head.dep_ == "relcl":
                    subj = head.head  # "Smith, who said"
                    while (
                        subj.dep_ == "appos" and subj.head.i != subj.i and self.inside(self.offset(subj.head)) is None
                    ):
                        subj = subj.head  # not into the quotation: '"… not in Minsk," a diplomat, who asked
                    return descriptions.issuer(subj) or subj  # 'released a letter that says'
                return subj
            if head.dep_ == "acl" and head.head.pos_ in ("PROPN", "NOUN"):
                return descriptions.issuer(head.head) or head.head  # "footage of Clinton asking"
            if head.dep_ not in CLIMB_DEPS or head.head.i == head.i:
                break
            head = head.head
        if inverted and verb.dep_ == "compound" and verb.head.pos_ == "PROPN" or _opening_verb_read_as_name(verb):
            head = verb.head  # 'Said Ellis: "…"' parsed as a name
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head  # 'Replied State Department spokesman Richard Boucher, "…"'
            return head
        if inverted:
            child = next(
                (c for c in verb.rights if c.dep_ in INVERTED_DEPS and c.pos_ in ("PROPN", "NOUN", "PRON")), None
            )
            return child if child is not None else _noun_phrase_after(verb)
        return None

    def governor(self, quote: QuoteSpan):
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
        if verb is None or verb.pos_ != "VERB" or not verb.is_alpha:  # a dash tagged VERB
            return None, None
        subject = self.subject(verb, inverted=False)
        if subject is None or self.inside(self.offset(subject)) is not None:
            return None, None
        named = next(
            (
                m
                for m in self.mentions
                if m.start_char <= self.offset(subject) < m.end_char and m.label in NAMED_SPEAKERS
            ),
            None,
        )
        return (verb, subject) if named is not None or subject.lower_ in PRONOUN_LABELS else (None, None)

    def colon(self, quote: QuoteSpan, before: list) -> dict | None:
        """Attribution by a colon before the quotation, in its paragraph or the previous one."""
        head = self.text[self.blocks[quote.first_block].start_char : open_at(quote)].rstrip()
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
        names = [m for m in self.mentions if lo <= m.start_char <= hi and m.label in NAMED_SPEAKERS]
        return self.token_at(names[-1].start_char) if names else None


def _is_reporting(tok) -> bool:
    if tok.lower_ == "according":
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to"
    if _as_put_it(tok):
        return True
    if _opening_verb_read_as_name(tok):
        return True
    lemma = tok.lemma_.lower()
    return (
        (lemma in REPORTING_VERBS or lemma in CHARACTERISING_VERBS)
        and (tok.pos_ == "VERB" or tok.tag_.startswith("VB"))
        and tok.dep_ != "amod"
    )


def _opening_verb_read_as_name(tok) -> bool:
    """'Replied State Department spokesman Richard Boucher, "…"': a reporting verb in the past
    tense that opens its sentence before a name, which the tagger read as part of the name
    (a capitalised word tagged PROPN, compound of the name) or as its modifier ('Added', amod).
    The subject must then be a name (:meth:`_Attributor.subject`). The inverted order of AP copy
    (AP Stylebook, "said": 'said X' after a quotation; the same order before one)."""
    if not (tok.is_sent_start and tok.pos_ in ("PROPN", "VERB") and tok.dep_ in ("compound", "amod")):
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    word = tok.lower_
    stems = {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("ed") else set()
    return head.pos_ == "PROPN" and (word == "said" or bool(stems & REPORTING_VERBS))


def _as_put_it(verb) -> bool:
    """True for the verb of an 'as X put it' clause (:data:`helpers.lexicon.people.AS_IT_VERBS`
    with the object 'it' and the marker 'as'): 'As Ms. Berg put it, the plan is "…"', '"…," as a
    ministry memo put it'. The idiom credits the quoted wording to the clause's subject (Pareti
    2016, PARC 3.0: an 'as'-clause with a verb of expression is an attribution cue, like
    'according to'; OED "put" v.: "to put it", to express in words)."""
    return (
        verb.lemma_.lower() in AS_IT_VERBS
        and verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def _noun_phrase_after(verb):
    """The head of the noun phrase right after an inverted reporting verb that the parse
    attached elsewhere ('"…," said a government communique, read at a rally': *communique*
    made the subject of *read*); None if the verb is not followed by a noun phrase or the
    phrase is a time ('said Tuesday')."""
    for tok in verb.doc[verb.i + 1 : verb.i + 1 + NP_AFTER_VERB]:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "nmod", "poss"):
            return None if tok.ent_type_ in ("DATE", "TIME") else tok
        if tok.pos_ not in ("DET", "ADJ", "NUM", "NOUN", "PROPN") and tok.tag_ != "POS":
            return None
    return None


def _reported(verb, ids: set[int]) -> bool:
    """True if a verb lies inside the clause of another verb of ``ids`` (token indices):
    'she says it underscores that'. A coordinated verb stands on its own ('Putney said the
    video was unclear, but he said that the footage "…"')."""
    tok = verb
    while tok.head.i != tok.i and tok.dep_ != "conj":
        tok = tok.head
        if tok.i in ids:
            return True
    return False


def _is_subject(token, head, verb) -> bool:
    """The subject of ``head`` (the reporting ``verb`` or a clause above it): the passive
    subject counts above a participle ('she was rushed to hospital after saying "…"') and
    for 'quote' ('He was quoted as saying')."""
    above_participle = head.i != verb.i and verb.tag_ == "VBG"
    return token.dep_ == "nsubj" or (token.dep_ == "nsubjpass" and (above_participle or verb.lemma_.lower() == "quote"))


def _has_words(tokens: list) -> bool:
    return any(t.is_alpha for t in tokens)
