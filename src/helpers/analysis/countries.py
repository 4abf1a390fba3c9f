"""The country of every event and the countries of every article.

An event's country is the state whose government holds, releases, sentences or is
sanctioned: Belarus when Belarus frees prisoners for U.S. sanctions relief, Russia when the
U.S. and Germany trade prisoners with Russia. It is read, in order, from:

1. the event's ``actor`` (``target`` first for sanctions: the sanctioned side);
2. the people it names (a head of state's role, "President of Belarus", valid on the
   publication date, from the gazetteer);
3. the other of ``actor``/``target``;
4. the GPE, NORP, PERSON and ORG mentions of its sentence (capitals stand for their
   government: "Caracas released ...");
5. the country the article names most.

At each step a country on the other side of prisoner diplomacy
(:data:`helpers.lexicon.countries.COUNTERPARTS`: the sanctioning and mediating states) is
passed over when another is named; it is kept only when nothing else is found.

Names are recognised from the Unicode CLDR country names (Babel), their regular demonyms
("Belarusian"), :mod:`helpers.lexicon.countries` and the gazetteer (``kind`` country,
``seat_of`` for capitals and bodies, roles of people). Codes are ISO 3166-1 alpha-2, plus
``EU`` for the European Union.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pandas as pd

from helpers.core.frames import records
from helpers.entities.gazetteer import cldr_territories, demonym_codes, load_gazetteer, normalize, role_at
from helpers.lexicon.countries import COUNTERPARTS, OTHER_NAMES, WESTERN
from helpers.lexicon.events import SANCTION_TYPES

MENTION_LABELS = ("GPE", "NORP", "PERSON", "ORG")


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Normalised country name or demonym -> ISO 3166-1 alpha-2 code.

    From the English territory names of Unicode CLDR (Babel; alpha-2 codes only), their
    demonyms (:func:`helpers.entities.gazetteer.demonym_codes`) and
    :data:`~helpers.lexicon.countries.OTHER_NAMES`.

    Examples:
        >>> codes = country_codes()
        >>> codes["belarus"], codes["iranians"], codes["american"], codes["united kingdom"]
        ('BY', 'IR', 'US', 'GB')
    """
    out = {normalize(name): code for code, name in cldr_territories().items()}
    for word, code in demonym_codes().items():
        out.setdefault(word, code)
    out.update(OTHER_NAMES)
    return out


def country_name(code: str) -> str:
    """The English name of an ISO 3166-1 alpha-2 code (CLDR, via Babel); ``EU`` is the
    European Union; an unknown code is returned as is.

    Examples:
        >>> country_name("BY"), country_name("EU"), country_name("XX")
        ('Belarus', 'European Union', 'XX')
    """
    from babel import Locale

    return {"EU": "European Union"}.get(code) or Locale("en").territories.get(code, code)


@lru_cache(maxsize=1)
def _gazetteer_forms() -> dict[str, str]:
    """Normalised name or alias of a gazetteer entry -> its key (forms of 3+ characters)."""
    out: dict[str, str] = {}
    for entry in load_gazetteer().values():
        for form in (entry.name, *entry.aliases):
            if len(normalize(form)) > 2:
                out.setdefault(normalize(form), entry.key)
    return out


@lru_cache(maxsize=2)
def _pattern(gazetteer: bool = True) -> re.Pattern:
    forms = set(country_codes()) | set(WESTERN) | (set(_gazetteer_forms()) if gazetteer else set())
    forms = sorted((f for f in forms if len(f) > 2), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, forms)) + r")(?![\w])")


def _entry_country(key: str, on: dt.date | None, depth: int = 0) -> str | None:
    """Country of a gazetteer entry: itself, the place it is the seat of, or the country
    named in a person's role valid on ``on`` ("President of Belarus")."""
    entry = load_gazetteer().get(key)
    if entry is None or depth > 3:
        return None
    if entry.kind == "country":
        return country_codes().get(normalize(entry.name))
    if entry.seat_of:
        return _entry_country(entry.seat_of, on, depth + 1) or OTHER_NAMES.get(entry.seat_of)
    text = role_at(entry, on) if entry.kind == "person" else entry.name
    if entry.kind == "person":  # "Envoy for Ukraine", "Ambassador to Germany": not their country
        text = re.split(r"\s(?:for|to)\s", text or "")[0]
    found = [c for c in _codes_in(text or "", None, gazetteer=False) if c]
    return found[0] if found else None


@lru_cache(maxsize=8192)
def _codes_in(text: str, on: dt.date | None, gazetteer: bool = True) -> tuple[str | None, ...]:
    """Country codes named in ``text``, in order; None stands for "the West" and for
    gazetteer entries without a country (only country names are read if not ``gazetteer``).
    Cached: the same actors, targets and names recur (70% of the 2,839 calls over 100
    Reuters stories are repeats)."""
    codes = []
    for match in _pattern(gazetteer).finditer(normalize(str(text))):
        form = match.group(1)
        if form in WESTERN:
            codes.append(None)
        elif form in country_codes():
            codes.append(country_codes()[form])
        elif gazetteer:
            codes.append(_entry_country(_gazetteer_forms()[form], on))
    return tuple(codes)


def text_countries(text, on: dt.date | None = None) -> list[str]:
    """Country codes named in a piece of text, in order of appearance, without repeats.

    Args:
        text: an actor, a target, a name (anything; NaN and None give []).
        on: the date on which people's roles are read (the publication date).

    Returns:
        ISO 3166-1 alpha-2 codes (``EU`` for the European Union); "Western countries"
        adds nothing.

    Examples:
        >>> text_countries("Belarus's three main potash companies")
        ['BY']
        >>> text_countries("Alexander Lukashenko", dt.date(2025, 12, 13))
        ['BY']
        >>> text_countries("Caracas"), text_countries("Iranian court"), text_countries("who")
        (['VE'], ['IR'], [])
    """
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return []
    return list(dict.fromkeys(c for c in _codes_in(text, on) if c))


def pick_country(levels: list[list[str]]) -> str | None:
    """The first code, level by level, that is not a counterpart; else the first counterpart.

    Examples:
        >>> pick_country([["DE"], ["RU"]]), pick_country([["US"], []]), pick_country([[], []])
        ('RU', 'US', None)
    """
    for codes in levels:
        for code in codes:
            if code not in COUNTERPARTS:
                return code
    return next((c for codes in levels for c in codes), None)


def _sentence_countries(mentions: pd.DataFrame, entities: pd.DataFrame, on: dt.date | None) -> dict[int, list[str]]:
    names = entities.set_index("entity_id")["name"] if len(entities) else pd.Series(dtype=object)
    kept = mentions[mentions["label"].isin(MENTION_LABELS)].sort_values("start_char")
    out: dict[int, list[str]] = {}
    for m in records(kept):
        name = names.get(m.entity_id, m.text) if pd.notna(m.entity_id) else m.text
        out.setdefault(int(m.sentence_id), []).extend(text_countries(name, on) or text_countries(m.text, on))
    return out


def event_countries(events: pd.DataFrame, mentions: pd.DataFrame, entities: pd.DataFrame, published=None) -> pd.Series:
    """The country of each event of one article (see the module docstring for the order).

    Args:
        events: one article's events (``event_type``, ``actor``, ``target``, ``people``
            (optional, "; "-joined names), ``sentence_id``).
        mentions: the article's mentions (``sentence_id``, ``text``, ``label``, ``entity_id``,
            ``start_char``).
        entities: the article's entities (``entity_id``, ``name``).
        published: the publication date (people's roles are read on it), or None/NaT.

    Returns:
        A str Series aligned on ``events.index``: ISO 3166-1 alpha-2 code (or ``EU``), None
        where no country is named anywhere in the article.
    """
    on = None if published is None or pd.isna(published) else pd.Timestamp(published).date()
    by_sentence = _sentence_countries(mentions, entities, on)
    counts = pd.Series([c for codes in by_sentence.values() for c in codes], dtype=object).value_counts()
    article = list(counts.index)
    out = []
    for ev in records(events):
        actor, target = text_countries(ev.actor, on), text_countries(ev.target, on)
        people = [c for name in str(getattr(ev, "people", "") or "").split("; ") for c in text_countries(name, on)]
        first, second = (target, actor) if ev.event_type in SANCTION_TYPES else (actor, target)
        out.append(pick_country([first, people, second, by_sentence.get(int(ev.sentence_id), []), article]))
    return pd.Series(out, index=events.index, dtype=object)


def add_countries(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """One article's tables with ``events.country`` and ``articles.countries`` added.

    Args:
        tables: the tables of :func:`helpers.pipeline.extract_tables` before validation
            (``articles``, ``events``, ``mentions``, ``entities``).

    Returns:
        A new dict: ``events`` gains ``country`` (str or None, see :func:`event_countries`);
        ``articles`` gains ``countries`` ("; "-joined codes of its events, most events
        first, then alphabetical; "" if none). Other tables are the same objects.
    """
    published = tables["articles"]["published"].iloc[0] if len(tables["articles"]) else None
    events = tables["events"].copy()
    country = (
        event_countries(events, tables["mentions"], tables["entities"], published)
        if len(events)
        else pd.Series(dtype=events["actor"].dtype)
    )  # the dtype the contract accepts
    events.insert(events.columns.get_loc("start_char"), "country", country)  # the contract's order
    ranked = events["country"].dropna().value_counts().rename_axis("c").reset_index()
    ranked = ranked.sort_values(["count", "c"], ascending=[False, True])["c"]
    articles = tables["articles"].assign(countries="; ".join(ranked))
    return {**tables, "events": events, "articles": articles}


@lru_cache(maxsize=1)
def _keys_pattern() -> re.Pattern:
    forms = sorted(_gazetteer_forms(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, forms)) + r")(?![\w])")


def gazetteer_keys(text, kinds: tuple[str, ...] = ("person",)) -> frozenset[str]:
    """Gazetteer keys of the entries of some kinds named in a piece of text.

    Args:
        text: names, a target, a description (NaN and None give an empty set).
        kinds: gazetteer kinds to keep (``person``, ``organisation``, ``country``...).

    Returns:
        A frozenset of keys ("babaryka", "viasna").

    Examples:
        >>> sorted(gazetteer_keys("Viktar Babaryka and son Eduard; Statkevich"))
        ['babaryka', 'statkevich']
        >>> sorted(gazetteer_keys("Viasna's content", ("organisation",)))
        ['viasna']
    """
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return frozenset()
    entries, forms = load_gazetteer(), _gazetteer_forms()
    found = (forms[m.group(1)] for m in _keys_pattern().finditer(normalize(str(text))))
    return frozenset(k for k in found if entries[k].kind in kinds)
