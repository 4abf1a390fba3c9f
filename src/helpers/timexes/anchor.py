"""Anchoring of time expressions: clause tense, earlier mentions, narrative time.

What a normaliser may look at besides the words of the timex: the tense of the governing
verb from spaCy's parse (:func:`clause_tense`), the publication date (DCT) and the
earlier DATEs of the text (:class:`TimexContext`) with the role each plays in its
sentence (:func:`landmark_role`), and the year of a month without one in a narrative
about an earlier year (:func:`narrative_month_year`). :class:`Resolution` is a
normalised timex; :func:`resolve_relative` and :func:`resolve_anaphoric` resolve against
the DCT or the last fitting DATE (anchors ``publication`` and ``previous``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from helpers.lexicon.calendar import MONTH_WORDS, REFS
from helpers.lexicon.events import NOUN_TRIGGERS
from helpers.lexicon.modality import CONDITIONAL_MODALS, FUTURE_AUXILIARIES
from helpers.timexes.calendar import format_value, month_year

MAX_HOPS = 2  # timex -> preposition -> verb; farther verbs say little about the timex
EVENT_NOUN_HOPS = 2  # then event noun -> preposition -> verb: the clause the event noun is in
# ... and, from a noun that names no event, its own way up to a verb: a date hung by the parser on a
# person or group ("broke off negotiations with the opposition in October") dates the clause
ATTACHMENT_HOPS = 4
FUTURE_VERBS = {"plan", "expect", "schedule", "due", "intend", "hope", "aim", "prepare"}


def clause_tense(doc, start: int, end: int) -> str | None:
    """ "future", "past" or None (present / unknown) for the clause holding a span.

    The governing verb is the first VERB or AUX up the dependency tree from the span, from
    the noun the span modifies if it is one ("claimed the vote in a January election": the
    election's clause, measured neutral on TimeBank/AQUAINT);
    it is future with an auxiliary "will"/"shall"/"'ll", "going to", under a verb of
    planning ("plans to meet", "is scheduled for") or a modal ("would", "must":
    prospective); past when it or its auxiliary is VBD, or a present perfect.

    Args:
        doc: spaCy ``Doc`` of the block; start, end: character offsets in it.
    """
    verb = _governing_verb(doc, start, end)
    if verb is None:
        return None
    chain = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp", "advcl") else [])
    for v in chain:
        for child in v.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in FUTURE_AUXILIARIES:
                return "future"
            if child.lower_ == "going" and any(g.lower_ == "to" for g in child.children):
                return "future"
        if v.lower_ in FUTURE_AUXILIARIES:
            return "future"
    if verb.dep_ == "xcomp" and verb.head.lower_ == "going":
        return "future"
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in FUTURE_VERBS | {"set", "likely", "about"}:
        return "future"
    if verb.lemma_ in FUTURE_VERBS:
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" and a.lower_ in CONDITIONAL_MODALS for a in auxes):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    return None


def _governing_verb(doc, start: int, end: int):
    """The first VERB or AUX up the dependency tree from the span at ``start:end`` (from the
    noun the span modifies if it is one), at most ``MAX_HOPS`` up, and ``EVENT_NOUN_HOPS`` more
    past an event noun ("detained after a protest march on August 9": the march's clause; value
    F1 on TimeBank/AQUAINT unchanged at 0.804), and ``ATTACHMENT_HOPS`` more from a noun of no
    event the date phrase hangs on (:func:`_dated_holder`; value F1 0.804 -> 0.805), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    if verb.dep_ in ("compound", "amod", "nmod") and verb.head.pos_ in ("NOUN", "PROPN"):
        verb = verb.head  # "in a January election": the election's clause
    holder = _dated_holder(span.root)
    hops = MAX_HOPS
    while hops > 0:
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:  # a root: no verb above
            break
        verb = verb.head
        hops -= 1
        if hops == 0 and _event_noun(verb):
            hops = EVENT_NOUN_HOPS  # "detained after a protest march on August 9": the march's clause
        elif hops == 0 and holder is not None and verb.i == holder.i:
            hops = ATTACHMENT_HOPS  # "broke off negotiations with the opposition in October"
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _dated_holder(root):
    """The noun a date phrase hangs on when that noun names no event and is itself an object
    ("... with the opposition in October": the parser's attachment; a person or group is not
    dated, the clause is), or None."""
    prep = root.head
    noun = prep.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or noun.pos_ not in ("NOUN", "PROPN") or _event_noun(noun):
        return None
    return noun if noun.dep_ in ("pobj", "dobj") else None


def _event_noun(tok) -> bool:
    """An event noun ("talks", "protest march": :data:`helpers.lexicon.events.NOUN_TRIGGERS`,
    on the noun or a compound before it)."""
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return tok.pos_ == "NOUN" and any(w.lemma_.lower() in NOUN_TRIGGERS for w in words)


def scheduled_present(doc, start: int, end: int) -> bool:
    """True if the span's clause is in the simple or progressive present of a verb of action
    ("the wind-down period ends on Tuesday", "Parliament votes on Thursday", "they are meeting
    on Monday"): with a day named, the present tells a timetabled future (Quirk et al. 1985,
    4.21 and 4.29: the simple present and the present progressive of future arrangements);
    "be", "have" and "say" are left out (states, and "says on Monday" reports). Headlines,
    whose present tells the past, are the caller's to leave out."""
    verb = _governing_verb(doc, start, end) if doc is not None else None
    if verb is None or verb.lemma_.lower() in ("be", "have", "say"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children):
        return False  # "Weakness ... hurt the index on Friday": a singular subject makes a bare form past
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].tag_ in ("VBZ", "VBP") and auxes[0].lemma_ == "be"


FINER = {"century": 0, "decade": 1, "year": 2, "season": 3, "quarter": 3, "month": 4, "week": 5, "weekend": 5, "day": 6}
NO_DCT = "none: no publication date"
NARRATIVE_GAP = 2  # years before the DCT's from which a passage is about an earlier year
SENTENCE_MONTHS = 2  # months at most between a day named without a year and a dated day of its sentence


@dataclass
class Resolution:
    """A normalised timex before it becomes a row."""

    type: str
    value: str | None
    granularity: str | None
    anchor: str
    date: dt.date | None = None  # first day of the period, for later anaphora
    landmark: bool = True  # an explicit mention later anaphora may point to
    landmark_gran: str | None = None  # granularity recorded for anaphora, if not ``granularity``


class TimexContext:
    """What a normaliser may look at: the DCT, earlier DATEs, the clause's tense."""

    def __init__(self, dct: dt.date | None):
        self.dct = dct
        self.history: list[tuple[dt.date, str]] = []
        self.places: list[tuple[int, int]] = []  # (block, sentence) of each history entry
        self.here: tuple[int, int] = (0, 0)  # (block, sentence) of the timex being resolved
        self.block_sents: dict[int, int] = {}  # block -> its number of sentences
        self.roles: list[str] = []  # per history entry: its landmark_role
        self.explicit: list[bool] = []  # per history entry: its year was written out ("Sept. 17, 2020")
        self.moved_on = 0  # history entries before a span of years are no narrative anchor
        self.months: dict[int, int] = {}  # month named without a year, resolved from the DCT -> its year
        self.tense = lambda: None

    def remember(self, day: dt.date, gran: str, role: str = "frame", explicit: bool = False) -> None:
        """Record a DATE later anaphora and narrative months may point to, with its
        :func:`landmark_role` and whether its year is written out (anchor ``absolute``)."""
        self.history.append((day, gran))
        self.places.append(self.here)
        self.roles.append(role)
        self.explicit.append(explicit)

    def sentence_year(self, month: int) -> int | None:
        """Year of a day named without one ("Aug. 9") in a sentence that also writes out a day
        with its year: the year that puts the month nearest that day's, when it is at most
        ``SENTENCE_MONTHS`` months away ("detained on Sept. 17, 2020, as protests against the
        Aug. 9 election entered their sixth week": 2020; "arrested on Dec. 28, 2020 and freed on
        Jan. 5": 2021). The last such day before it counts; else None. Days this close are one
        scene: HeidelTime's narrative anchoring (Strötgen & Gertz 2013,
        https://doi.org/10.1007/s10579-012-9179-y) on the scale of one sentence. Months named
        without a day keep the DCT's year: "arrested in June 2020 ..., was sentenced in July" is
        usually a later July (measured: months, or days up to five months apart, cost six right
        events on the modern sets).
        """
        for (day, gran), place, explicit in zip(reversed(self.history), reversed(self.places), reversed(self.explicit)):
            if place != self.here:
                return None
            if explicit and gran == "day":
                year, gap = min(
                    ((y, abs((y - day.year) * 12 + month - day.month)) for y in (day.year - 1, day.year, day.year + 1)),
                    key=lambda pair: pair[1],
                )
                return year if gap <= SENTENCE_MONTHS else None
        return None

    def narrative_anchor(self) -> tuple[dt.date, str] | None:
        """The last DATE when the text around it is about an earlier year.

        The last DATE of year granularity or finer that sets the time of its clause
        (:func:`landmark_role` ``frame``) counts when it is in the same
        paragraph, or in the previous sentence when that is a paragraph of its own (news
        agencies' one-sentence paragraphs), and its year is at least ``NARRATIVE_GAP``
        years before the DCT's: a month of the year before the DCT is usually the last
        such month in news ("detained in March 2023 ... In July a court convicted him",
        published in August 2024: July 2024). A span of years after the DATE moves the
        narrative on ("arrested in October 2015 and had spent nearly eight years in
        prison. They were moved in August": the DCT's August). After HeidelTime's narrative mode
        (Strötgen & Gertz 2013, https://doi.org/10.1007/s10579-012-9179-y); else None."""
        if self.dct is None:
            return None
        entries = list(zip(self.history, self.places, self.roles))[self.moved_on :]
        for (day, gran), (block, sent), role in reversed(entries):
            if FINER[gran] < FINER["year"] or role != "frame":
                continue
            near = block == self.here[0] or (sent == self.here[1] - 1 and self.block_sents.get(block) == 1)
            return (day, gran) if near and day.year <= self.dct.year - NARRATIVE_GAP else None
        return None

    def previous(self, granularity: str) -> tuple[dt.date, str] | None:
        """The last DATE at least as fine as ``granularity`` (day for "the same day"),
        passing over attributive years ("convicted over the 2020 protests. That autumn")
        unless there is no other (an attributive quarter, "third-quarter profit", is the
        period under discussion)."""
        need = FINER.get(granularity, 2)
        fine = [(entry, role) for entry, role in zip(self.history, self.roles) if FINER[entry[1]] >= need]
        plain = [entry for entry, role in fine if role != "attributive" or entry[1] != "year"]
        return plain[-1] if plain else fine[-1][0] if fine else None


def dated(day: dt.date, gran: str, anchor: str, type_: str = "DATE") -> Resolution:
    """Resolution of the calendar period of ``gran`` holding ``day`` (value by :func:`format_value`)."""
    return Resolution(type_, format_value(day, gran), gran, anchor, day)


def resolve_relative(ctx: TimexContext, compute) -> Resolution:
    """Resolve against the DCT with ``compute(dct) -> Resolution``, or mark it unresolved."""
    if ctx.dct is None:
        return Resolution("DATE", None, None, NO_DCT)
    return compute(ctx.dct)


def vague_ref(word: str, ctx: TimexContext) -> Resolution:
    """DATE ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF`` of a vague reference
    (:data:`helpers.lexicon.calendar.REFS`), unresolved with no DCT."""
    if ctx.dct is None:
        return Resolution("DATE", None, None, NO_DCT)
    return Resolution("DATE", REFS[word], None, "publication")


def resolve_anaphoric(ctx: TimexContext, gran: str, compute) -> Resolution:
    """Resolve against the previous DATE fine enough for ``gran``, else the DCT.

    ``compute(day, granularity)`` gets the first day and granularity of that DATE (the
    DCT counts as a day); the anchor is ``previous``, or ``publication`` for the DCT."""
    prev = ctx.previous(gran)
    if prev is not None:
        res = compute(*prev)
        res.anchor = "previous"
        return res
    res = resolve_relative(ctx, lambda dct: compute(dct, "day"))
    if res.value is not None:
        res.anchor = "publication"
    return res


def narrative_month_year(month: int, ctx: TimexContext, day: bool = False) -> tuple[int, str]:
    """Year and anchor of a month named without a year, in a text with a DCT.

    In a past-tense clause next to a DATE of an earlier year (:meth:`TimexContext.narrative_anchor`:
    "the election of August 2020 ... He was added in November") the month is in that
    year, or the year after when the DATE names a later month ("arrested in December
    2020 ... freed in June" -> 2021-06, unless that is after the DCT); anchor
    ``previous``. Otherwise :func:`helpers.timexes.calendar.month_year` of the DCT; anchor ``publication``.
    A month named again is the month the text named first from the DCT, narrative or not ("freed
    52 prisoners in September ... designated in August 2023. It eased the measures in September":
    September of the DCT's year; one sense per discourse, Gale, Church & Yarowsky 1992,
    https://aclanthology.org/H92-1045; TimeBank/AQUAINT value F1 0.802 -> 0.804).
    A day of the month (``day``) first takes the year of a dated day of its own sentence
    (:meth:`TimexContext.sentence_year`), unless that puts it after the DCT in a past clause.
    """
    year = ctx.sentence_year(month) if day else None
    if year is not None and (ctx.tense() != "past" or dt.date(year, month, 1) <= ctx.dct):
        return year, "previous"
    if month in ctx.months:
        return ctx.months[month], "publication"
    prev = ctx.narrative_anchor() if ctx.tense() == "past" else None
    if prev is None:
        ctx.months[month] = month_year(month, ctx.dct, ctx.tense())
        return ctx.months[month], "publication"
    day, gran = prev
    year = day.year
    if FINER[gran] > FINER["year"] and month < day.month and dt.date(year + 1, month, 1) <= ctx.dct:
        year += 1
    return year, "previous"


TIME_NOUNS = {"year", "years", "quarter", "period", "month", "season", "half", "decade"}
BACKGROUND_PREPS = {"since", "from", "until", "till", "through", "to", "of", "between", "after", "before"}


def landmark_role(doc, start: int, end: int) -> str:
    """Role of a DATE in its sentence, for later anaphora and narrative months.

    ``attributive``: it modifies a later noun that is not a time word ("the 2020
    protests", "the August 1988 cease-fire"); ``background``: a start, end or
    comparison point ("since 1990", "dating to 1994", "the election of August 2020")
    or the time of a clause modifying a noun ("a program approved in 1987"); ``frame``
    otherwise: it sets the time of a main or adverbial clause ("In March 2022, 22
    officers were added", "That changed last year").

    Args:
        doc: spaCy ``Doc`` of the block (None gives ``frame``); start, end: offsets in it.
    """
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return "frame"
    root = span.root
    head = root.head
    if (
        root.dep_ in ("compound", "nummod", "amod", "nmod", "poss")
        and head.i >= span.end
        and head.pos_ in ("NOUN", "PROPN")
        and head.lower_ not in TIME_NOUNS
        and head.lower_ not in MONTH_WORDS
    ):
        return "attributive"
    if root.dep_ == "pobj":
        if head.lower_ in BACKGROUND_PREPS or head.head.pos_ in ("NOUN", "PROPN"):
            return "background"
        head = head.head
    if head.pos_ in ("VERB", "AUX") and head.dep_ in ("acl", "relcl"):
        return "background"
    return "frame"
