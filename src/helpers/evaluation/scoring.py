"""Scoring functions: precision, recall and F1 of extracted tables against annotations.

The gold format is documented in ``tests/gold/README.md``; the runs that use these
functions are in :mod:`helpers.evaluation.annotated`. Every table is scored by precision (right
predictions / predictions), recall (gold items found / gold items) and F1,
micro-averaged over articles (:class:`Counts` add up):

* entities: (canonical name, OntoNotes label) per article; a predicted entity is right
  when its label is the gold label and its name is the gold name or a gold alias
  (one prediction per gold entity: an unmerged duplicate is wrong);
* quotes: a predicted quotation is right when its text starts with the gold start and
  its speaker is the gold speaker (name or alias; where the gold has no aliases, a
  whole-word part of the name or the other way round); ``quotes (text)`` ignores the speaker;
* quantities and timexes: spans that overlap a gold span with the same value (and for
  quantities the same counted noun and qualifier); ``timexes (extent)`` needs overlap only;
* events: strict one-to-one matching, in :mod:`helpers.evaluation.event_scoring`.

The measures on TimeBank/AQUAINT and PolNeAR are in :mod:`helpers.evaluation.corpus_scoring`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pandas as pd

from helpers.lexicon.quote_marks import QUOTE_CHARACTERS

NAMED_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")
IRREGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman"}


# --- scores ------------------------------------------------------------------------
@dataclass
class Counts:
    """Matching counts of one table: right predictions, predictions, gold items found,
    gold items. Counts add up over articles (micro-average)."""

    right: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.right + other.right, self.predicted + other.predicted, self.found + other.found, self.gold + other.gold
        )

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# --- normalisation -----------------------------------------------------------------
def norm_name(text: str | None) -> str:
    """Name key: accents, case, dots, a leading "the" and a final possessive dropped.

    Examples:
        >>> norm_name("the U.S.’s")
        'us'
        >>> norm_name("Nicolás  Maduro")
        'nicolas maduro'
    """
    if not text:
        return ""
    text = str(text).replace("’", "'").replace("‘", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    text = re.sub(r"[’']s?$", "", text.strip()).replace(".", "")
    text = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", text)).strip(" ,;:-")
    return text


def norm_quote(text: str | None) -> str:
    """Quotation key: quote marks and outer punctuation dropped, case and spaces folded."""
    text = re.sub(f"[{re.escape(QUOTE_CHARACTERS)}]", "", str(text or "")).casefold()
    return re.sub(r"\s+", " ", text).strip(" ,.;:—–-")


def unit_head(unit: str | None) -> str:
    """The counted noun in singular lowercase: its last word, a regular English plural
    reduced ("political prisoners" -> "prisoner", "people" -> "person").

    Examples:
        >>> unit_head("foreign nationals"), unit_head("families"), unit_head("Children")
        ('national', 'family', 'child')
    """
    words = re.findall(r"[a-z]+", str(unit or "").casefold())
    if not words:
        return ""
    word = words[-1]
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _as_list(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _missing(value) -> bool:
    return (
        value is None
        or (isinstance(value, float) and value != value)
        or value is pd.NA
        or (not isinstance(value, (str, int, float)) and pd.isna(value))
    )


def _names(entity: dict) -> set[str]:
    return {norm_name(n) for n in [entity["name"], *entity.get("aliases", [])]}


# --- scoring functions -------------------------------------------------------------
def score_entities(predicted: Iterable[tuple[str, str]], gold: list[dict]) -> Counts:
    """Score (name, label) predictions against gold entities ({name, label, aliases}).

    Only named labels (:data:`NAMED_LABELS`) count; each gold entity takes at most one
    prediction.
    """
    preds = [(norm_name(n), lab) for n, lab in predicted if lab in NAMED_LABELS]
    golds = [(g["label"], _names(g)) for g in gold]
    used, right = set(), 0
    for name, label in preds:
        hit = next(
            (i for i, (glab, names) in enumerate(golds) if i not in used and glab == label and name in names), None
        )
        if hit is not None:
            used.add(hit)
            right += 1
    return Counts(right, len(preds), len(used), len(golds))


def speaker_names(speaker: str, entities: list[dict]) -> set[str]:
    """Accepted name keys for a gold speaker: its name plus the aliases of the gold
    entity with that name."""
    names = {norm_name(speaker)}
    for ent in entities:
        if norm_name(speaker) in _names(ent):
            names |= _names(ent)
    return names


def name_part(predicted: str, gold: str) -> bool:
    """Whether one name key is a contiguous whole-word part of the other (keys from
    :func:`norm_name`): a surname for a full name, "us state department" for "state
    department", "one expert" for "expert". Used where the gold lists no aliases.

    Examples:
        >>> name_part("reagan", "ronald reagan"), name_part("us state department", "state department")
        (True, True)
        >>> name_part("he", "ronald reagan"), name_part("", "expert")
        (False, False)
    """
    a, b = predicted.split(), gold.split()
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def score_quotes(
    predicted: Iterable[tuple[str, str | None]],
    gold: list[dict],
    entities: list[dict],
    *,
    speaker: bool = True,
    part_of_name: bool = False,
) -> Counts:
    """Score (text, speaker) predictions against gold quotes ({start, speaker}).

    A prediction is right when its normalised text starts with the gold start and, with
    ``speaker``, its speaker is one of the gold speaker's names (:func:`speaker_names`),
    or, with ``part_of_name`` (for gold without alias lists, such as the Reuters set), a
    contiguous whole-word part of the gold speaker or the other way round (:func:`name_part`).
    One prediction per gold quote.
    """
    preds = [(norm_quote(t), norm_name(s) if not _missing(s) else "") for t, s in predicted]
    used, found = set(), 0
    for g in gold:
        start, names = norm_quote(g["start"]), speaker_names(g["speaker"], entities)

        def same_speaker(who, names=names):
            return who in names or (part_of_name and any(name_part(who, n) for n in names))

        hit = next(
            (
                i
                for i, (text, who) in enumerate(preds)
                if i not in used and text.startswith(start) and (not speaker or same_speaker(who))
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
            found += 1
    return Counts(found, len(preds), found, len(gold))


def score_spans(
    predicted: list[dict], gold: list[dict], same: Callable[[dict, dict], bool] = lambda p, g: True
) -> Counts:
    """One-to-one matching of predicted spans ({start, end, ...}) to gold spans: a pair
    matches when the spans overlap and ``same(pred, gold)`` holds (e.g. equal values)."""
    used, found = set(), 0
    for g in gold:
        hit = next(
            (
                i
                for i, p in enumerate(predicted)
                if i not in used and p["start"] < g["end"] and g["start"] < p["end"] and same(p, g)
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
            found += 1
    return Counts(found, len(predicted), found, len(gold))


def same_value(pred: dict, gold: dict) -> bool:
    """Timex values equal (TIMEX3 strings, compared as written)."""
    return not _missing(pred.get("value")) and str(pred["value"]).strip() == str(gold["value"])


def same_quantity(pred: dict, gold: dict) -> bool:
    """Quantities equal: value (relative 1e-9), counted noun (:func:`unit_head` of any
    accepted gold unit) and qualifier."""
    value, expected = float(pred["value"]), float(gold["value"])
    return (
        abs(value - expected) <= 1e-9 * max(1.0, abs(expected))
        and unit_head(pred.get("unit")) in {unit_head(u) for u in _as_list(gold["unit"])}
        and pred.get("qualifier") == gold["qualifier"]
    )
