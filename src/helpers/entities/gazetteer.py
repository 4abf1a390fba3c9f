"""The curated gazetteer: known people, organisations and places, their written forms and dated roles.

The file is ``data/raw/reference/gazetteer.csv`` (columns and sources: ``gazetteer.md`` there),
one row per entity and role. :func:`load_gazetteer` reads and checks it (with the reference
reader of :mod:`helpers.analysis.reference`: a bad row raises
:class:`~helpers.analysis.reference.ReferenceDataError` naming the file, the line and the problem);
:func:`ruler_patterns` turns it into spaCy ``entity_ruler`` patterns (used by
``helpers.core.nlp.get_nlp``); :func:`gazetteer_index` and :func:`normalize` look names up;
:func:`role_at` gives the role valid on a date; :func:`country_names` lists country names
(CLDR). The ruler also gets :data:`LAW_PATTERNS` (numbered sanctions instruments).
Used by :mod:`helpers.entities.extract`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from helpers.core.curated import NOT_EMPTY, check, optional_check, read_rows
from helpers.core.schemas import ONTONOTES_LABELS
from helpers.lexicon.countries import IRREGULAR_DEMONYMS, OTHER_NAMES
from helpers.paths import REFERENCE_DIR

GAZETTEER_PATH = REFERENCE_DIR / "gazetteer.csv"
KINDS = ("person", "organisation", "country", "city", "region")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
# Letters that Unicode does not decompose into a base letter and an accent: the stroke of
# Polish and Belarusian Latin (Łacinka) "ł" ("Łukašenka"), Danish "ø", Croatian "đ".
STROKED = str.maketrans("łŁøØđĐ", "lLoOdD")
_BOUND = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Names of legal instruments of sanctions policy, with a number (OntoNotes LAW): OFAC's
# "General License 13" (https://ofac.treasury.gov/faqs/topic/1541, "general licenses")
# and U.S. "Executive Order 14038" (https://www.federalregister.gov/presidential-documents/executive-orders).
LAW_PATTERNS = [
    [{"LOWER": "general"}, {"LOWER": {"IN": ["license", "licence"]}}, {"TEXT": {"REGEX": r"^\d+[A-Z]?$"}}],
    [{"LOWER": "executive"}, {"LOWER": "order"}, {"TEXT": {"REGEX": r"^\d{3,}$"}}],
]
# Columns that describe the entity, not the role: equal on every row of a key.
_ENTITY_COLUMNS = ["name", "label", "kind", "wikidata_id", "seat_of"]


@dataclass(frozen=True)
class GazEntry:
    """One gazetteer entity: its key, canonical name, label, aliases and dated roles."""

    key: str
    name: str
    label: str
    kind: str
    aliases: tuple[str, ...]
    wikidata_id: str | None
    seat_of: str | None
    roles: tuple[tuple[str, dt.date | None, dt.date | None], ...]


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Comparison form of a name: accents, case, curly quotes, a possessive and a
    leading "the" removed; spaces collapsed. Cached: the same names are compared again and
    again (94% of the 28,083 calls over 100 Reuters stories are repeats).

    Examples:
        >>> normalize("The United States’")
        'united states'
        >>> normalize("Nicolás Maduro's")
        'nicolas maduro'
    """
    text = unicodedata.normalize("NFKD", text.translate(APOSTROPHES).translate(STROKED))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"('s|')$", "", text.strip(' \t\n.,;:!?"()[]'))
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _date_bound(value: str, *, end: bool) -> dt.date | None:
    """ISO date, month or year as the first (or, if ``end``, last) day it covers.

    Raises:
        ValueError: ``value`` is neither empty nor a valid ``YYYY[-MM[-DD]]``.
    """
    if not value:
        return None
    if not _BOUND.match(value):
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    year, month, day = (parts + [None, None])[:3]
    if day:
        return dt.date(year, month, day)
    if month:
        if not end:
            return dt.date(year, month, 1)
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)


def _is_bound(value: str) -> bool:
    try:
        _date_bound(value, end=False)
    except ValueError:
        return False
    return True


def _ordered_roles(df: pd.DataFrame) -> pd.Series:
    """True where a row's role does not end before it starts (unparseable bounds pass:
    the column checks report them)."""

    def ok(start: str, end: str) -> bool:
        if not (_is_bound(start) and _is_bound(end) and start and end):
            return True
        return _date_bound(start, end=False) <= _date_bound(end, end=True)

    return pd.Series([ok(s, e) for s, e in zip(df["role_start"], df["role_end"])], index=df.index)


GAZETTEER_SCHEMA = pa.DataFrameSchema(
    {
        "key": pa.Column(str, pa.Check.str_matches(r"^[a-z0-9_]+$", error="is not a slug (a-z, 0-9, _)")),
        "name": pa.Column(str, NOT_EMPTY),
        "label": pa.Column(str, pa.Check.isin(ONTONOTES_LABELS, error="is not an OntoNotes label")),
        "kind": pa.Column(str, pa.Check.isin(KINDS, error="not one of " + ", ".join(KINDS))),
        "aliases": pa.Column(str),
        "wikidata_id": pa.Column(
            str, optional_check(re.compile(r"^Q\d+$").match, "is not a Wikidata QID (Q123) or empty")
        ),
        "role": pa.Column(str),
        "role_start": pa.Column(str, optional_check(_is_bound, "is not an ISO date, month or year (or empty)")),
        "role_end": pa.Column(str, optional_check(_is_bound, "is not an ISO date, month or year (or empty)")),
        "seat_of": pa.Column(str),
        "source_url": pa.Column(
            str, pa.Check.str_matches(r"^https?://\S+$", error="is not a source URL (http(s)://...)")
        ),
    },
    name="gazetteer",
    strict=True,
    checks=[
        pa.Check(_ordered_roles, error="role_end is before role_start"),
        pa.Check(
            lambda d: (d["role"] != "") | ((d["role_start"] == "") & (d["role_end"] == "")),
            error="role_start or role_end given without a role",
        ),
        pa.Check(
            lambda d: (d["seat_of"] == "") | d["seat_of"].isin(set(d["key"])), error="seat_of is not a key of this file"
        ),
        pa.Check(
            lambda d: d.groupby("key")[_ENTITY_COLUMNS].transform("first").eq(d[_ENTITY_COLUMNS]).all(axis=1),
            error="name, label, kind, wikidata_id or seat_of differ from the key's first row",
        ),
    ],
)


@lru_cache(maxsize=4)
def load_gazetteer(path: str | Path = GAZETTEER_PATH) -> dict[str, GazEntry]:
    """Read and check the gazetteer CSV (one row per entity and role) into entries by key.

    Args:
        path: CSV with columns key, name, label, kind, aliases ("; "-joined), wikidata_id,
            role, role_start, role_end (ISO date, month or year; empty = open), seat_of,
            source_url. Facts and their sources: ``data/raw/reference/gazetteer.md``.

    Returns:
        dict key -> :class:`GazEntry` (aliases and roles of all rows of a key merged; roles
        as (role, first day, last day) with None for an open bound).

    Raises:
        FileNotFoundError: the file does not exist.
        helpers.analysis.reference.ReferenceDataError: a malformed row (rules: :data:`GAZETTEER_SCHEMA`), one message
            line per problem: ``<file>, line <n>, column '<col>': '<value>' <problem>`` or
            ``<file>, line <n>: <problem>`` (e.g. "role_end is before role_start").
    """
    if not Path(path).is_file():
        raise FileNotFoundError(path)
    frame = read_rows(path)
    check(frame, GAZETTEER_SCHEMA, path)
    rows: dict[str, list[dict]] = {}
    for row in frame.to_dict("records"):
        rows.setdefault(row["key"], []).append(row)
    entries = {}
    for key, group in rows.items():
        first = group[0]
        aliases = dict.fromkeys(a.strip() for r in group for a in r["aliases"].split(";") if a.strip())
        roles = tuple(
            (r["role"], _date_bound(r["role_start"], end=False), _date_bound(r["role_end"], end=True))
            for r in group
            if r["role"]
        )
        entries[key] = GazEntry(
            key,
            first["name"],
            first["label"],
            first["kind"],
            tuple(aliases),
            first["wikidata_id"] or None,
            first["seat_of"] or None,
            roles,
        )
    return entries


def surface_variants(entry: GazEntry) -> list[str]:
    """Every written form the ruler should tag: name, aliases, their accent-free and
    upper-case forms, "the"/"The" before multi-word non-person names, and last the
    lower-case forms of a person's names of four letters or more ("lukashenko").

    Examples:
        >>> surface_variants(load_gazetteer()["eu"])[:4]
        ['European Union', 'the European Union', 'The European Union', 'THE EUROPEAN UNION']
    """
    forms = []
    for base in (entry.name, *entry.aliases):
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", base.translate(STROKED)) if not unicodedata.combining(c)
        )
        for form in (base, plain, base.upper()):
            forms.append(form)
            if entry.label != "PERSON" and " " in form:
                forms += [f"the {form}", f"The {form}", f"THE {form.upper()}"]
    if entry.label == "PERSON":
        forms += [f.lower() for f in forms if len(f) >= 4 and not f.isupper()]
    return list(dict.fromkeys(forms))


def ruler_patterns(path: str | Path = GAZETTEER_PATH) -> list[dict]:
    """Patterns for spaCy's ``entity_ruler`` (https://spacy.io/usage/rule-based-matching#entityruler):
    one phrase pattern per surface form (a string, matched on the exact ``ORTH`` of its
    tokens by the ruler's ``PhraseMatcher``: the same matches as one ``{"ORTH": ...}`` token
    pattern per token, at the cost of a lookup instead of a token-by-token match), each with
    the gazetteer label and its key as ``id`` (``Span.ent_id_``); then the token patterns
    of :data:`LAW_PATTERNS`."""
    patterns = [
        {"label": entry.label, "pattern": form, "id": entry.key}
        for entry in load_gazetteer(path).values()
        for form in surface_variants(entry)
    ]
    return patterns + [{"label": "LAW", "pattern": p} for p in LAW_PATTERNS]


@lru_cache(maxsize=1)
def cldr_territories() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English name of the territories in the Unicode CLDR data
    shipped with Babel (https://cldr.unicode.org/,
    https://babel.pocoo.org/en/latest/api/core.html#babel.core.Locale.territories), without
    CLDR's groupings EU, EZ, UN and QO; empty if Babel is not installed.

    Examples:
        >>> cldr_territories()["BY"], "EU" in cldr_territories()
        ('Belarus', False)
    """
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - Babel comes with the notebook stack
        return {}
    groups = {"EU", "EZ", "UN", "QO"}
    return {
        code: name
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha() and code not in groups
    }


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Normalised English names (:func:`normalize`) of the countries and territories with an
    ISO 3166-1 alpha-2 code (:func:`cldr_territories`, without the pseudo-locales XA and XB);
    empty if Babel is not installed.

    Examples:
        >>> "cape verde" in country_names(), "europe" in country_names()
        (True, False)
    """
    return frozenset(normalize(name) for code, name in cldr_territories().items() if code not in ("XA", "XB"))


@lru_cache(maxsize=4)
def gazetteer_index(path: str | Path = GAZETTEER_PATH) -> dict[str, str]:
    """Normalised name or alias (:func:`normalize`) -> gazetteer key (forms shared by two
    keys are left out)."""
    index: dict[str, set] = {}
    for entry in load_gazetteer(path).values():
        for form in (entry.name, *entry.aliases):
            index.setdefault(normalize(form), set()).add(entry.key)
    return {form: keys.pop() for form, keys in index.items() if len(keys) == 1}


def role_at(entry: GazEntry, date: dt.date | None) -> str | None:
    """The entry's role valid on ``date`` (first listed; bounds inclusive), or None (also
    when date is None)."""
    if date is None:
        return None
    for role, start, end in entry.roles:
        if (start is None or start <= date) and (end is None or date <= end):
            return role
    return None


@lru_cache(maxsize=1)
def demonym_codes() -> dict[str, str]:
    """English demonyms, lower case, singular and plural -> ISO 3166-1 alpha-2 code: the regular
    ones of one-word CLDR country names (:func:`cldr_territories`), "-a" + "n" ("Lithuania" -> "lithuanian",
    "lithuanians"), else + "ian" ("Belarus" -> "belarusian", "Iran" -> "iranian"), the common
    suffix rules of https://en.wikipedia.org/wiki/Demonym#English; and the irregular ones of
    :data:`helpers.lexicon.countries.IRREGULAR_DEMONYMS` ("Polish", "Canadian"), which win.

    Examples:
        >>> codes = demonym_codes()
        >>> codes["lithuanian"], codes["belarusians"], codes["canadian"], codes["swedish"]
        ('LT', 'BY', 'CA', 'SE')
    """
    out = {}
    for code, name in cldr_territories().items():
        if not set(" -") & set(name):
            stem = normalize(name) + ("n" if name.endswith("a") else "ian")
            out[stem], out[stem + "s"] = code, code
    for word, code in IRREGULAR_DEMONYMS.items():
        out[word], out[word + "s"] = code, code
    return out


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """The demonyms of :func:`demonym_codes`, lower case, singular and plural.

    Examples:
        >>> {"lithuanian", "belarusians", "iranian", "polish"} <= demonyms()
        True
    """
    return frozenset(demonym_codes())


@lru_cache(maxsize=1)
def country_adjectives() -> dict[str, str]:
    """Normalised country name (CLDR, or another name of :data:`helpers.lexicon.countries.OTHER_NAMES`)
    -> its adjective, capitalised: the first irregular demonym of its code, else the regular one
    ("Poland" -> "Polish", "Russia" -> "Russian", "Britain" -> "British").

    Examples:
        >>> adj = country_adjectives()
        >>> adj["poland"], adj["russia"], adj["britain"], adj["sweden"]
        ('Polish', 'Russian', 'British', 'Swedish')
    """
    by_code: dict[str, str] = {}
    for word, code in IRREGULAR_DEMONYMS.items():
        by_code.setdefault(code, word)
    for word, code in demonym_codes().items():
        if not word.endswith("s") or word in IRREGULAR_DEMONYMS:
            by_code.setdefault(code, word)
    names = {normalize(name): code for code, name in cldr_territories().items()}
    names.update({normalize(name): code for name, code in OTHER_NAMES.items()})
    return {name: by_code[code].title() for name, code in names.items() if code in by_code}
