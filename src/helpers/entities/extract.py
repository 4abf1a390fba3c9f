"""Named-entity mentions and the real-world entities they refer to (``mentions``, ``entities``).

Mentions come from spaCy's NER (OntoNotes labels) helped by an ``entity_ruler`` built from
the curated gazetteer (:mod:`helpers.entities.gazetteer`, ``data/raw/reference/gazetteer.csv``):
known names, transliteration variants and short forms are tagged with the gazetteer's label
and key before spaCy's statistical NER runs (``helpers.core.nlp.get_nlp``).

Rules (all general, none tied to one article):

* Numeric and time labels (DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL) are
  left out: the ``timexes`` and ``quantities`` tables cover them. Every kept mention is
  linked, so ``mentions.entity_id`` is never null.
* Titles and headings are title case, where spaCy's NER is unreliable ("Belarus Frees",
  "Outreach" as PERSON). There a mention is kept only if it is a gazetteer name (matched
  case-insensitively, so "lukashenko’s" in a heading counts) or the name of an entity found
  in the body; otherwise its longest leading part that is such a name is kept (dropping a
  trailing title-case verb), or it is dropped.
* Linking: a gazetteer name links to its gazetteer entry; a person's partial name
  ("Trump", "Khomich") links to the earlier full name in the same article whose last
  tokens it matches (an in-article full name wins over the gazetteer's short form); a
  later full name absorbs an earlier surname-only entity; any other mention links by its
  normalised text (case, accents, possessive and a leading "the" ignored).
* ``role``: the gazetteer role valid on the publication date, else the first title or
  appositive found in the text ("opposition activist Maria Kalesnikava", "Sviatlana
  Tsikhanouskaya, leader of ...", "- Viktar Babaryka: Former presidential candidate").
* ``stands_for`` = "government" when a place name is used for its government (metonymy,
  see https://en.wikipedia.org/wiki/Metonymy#Places_and_institutions and the ACE 2005
  GPE "ORG-like" role, https://www.ldc.upenn.edu/sites/www.ldc.upenn.edu/files/english-entities-guidelines-v6.6.pdf):
  see :func:`mention_stands_for`. An entity gets it when at least half its mentions do.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import schemas
from helpers.core.frames import from_rows
from helpers.core.scripts import is_mixed_script
from helpers.entities.gazetteer import gazetteer_index, load_gazetteer
from helpers.entities.linking import Entity, Mention, bare_names, canonical, entity_label, known_forms, link
from helpers.entities.mentions import HEADING_KINDS, body_mentions, heading_mentions
from helpers.entities.metonymy import mention_stands_for
from helpers.entities.roles import entity_role

__all__ = ["extract_entities", "mention_stands_for"]


def extract_entities(parsed) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Entity mentions and the entities they refer to, for one parsed article.

    Args:
        parsed: a :class:`helpers.core.structure.Parsed` (docs parsed with ``helpers.core.nlp``,
            whose pipeline carries the gazetteer ``entity_ruler``).

    Returns:
        ``(mentions, entities)``. mentions: article_id (str), mention_id (int64, 0..n-1 in
        text order), sentence_id (int64), text (str, == article text[start_char:end_char]),
        label (str, OntoNotes; the entity's label; numeric/time labels left out), entity_id
        (Int64, never null), start_char, end_char (int64, article offsets, end exclusive),
        stands_for (str or None, per mention), mixed_script (bool: the mention as written mixes
        Latin with look-alike letters of another script, :func:`helpers.core.scripts.is_mixed_script`).
        entities: article_id, entity_id (int64, in
        order of first mention), name (canonical: gazetteer name, else a person's fullest
        name, else the most frequent form without a leading "the"), label, aliases (str,
        "; "-joined distinct surface forms in order), role (str or None), wikidata_id (str
        or None, gazetteer only), n_mentions (int64), stands_for ("government" or None),
        mixed_script (bool: any mention is).
        Both follow their contracts in :mod:`helpers.core.schemas` (checked by the pipeline).

    Raises:
        FileNotFoundError: the gazetteer is missing.
        helpers.analysis.reference.ReferenceDataError: the gazetteer has a malformed row.
    """
    gaz, index = load_gazetteer(), gazetteer_index()
    entities: list[Entity] = []
    blocks = list(parsed.block_docs())
    body = [m for b, d in blocks if b.kind not in HEADING_KINDS for m in body_mentions(b, d, gaz, index)]
    link(body, entities)
    taken = {i for m in body for i in range(m.start, m.end)}
    bare = [m for b, d in blocks if b.kind not in HEADING_KINDS for m in bare_names(b, d, entities, taken)]
    link(bare, entities, create=False)
    body += bare
    known = known_forms(entities)
    heads = [m for b, d in blocks if b.kind in HEADING_KINDS for m in heading_mentions(b, d, gaz, index, known)]
    link(heads, entities, create=False)
    return _tables(parsed, [m for m in body + heads if m.entity], entities, gaz)


def _tables(parsed, mentions: list[Mention], entities: list[Entity], gaz: dict):
    mentions.sort(key=lambda m: m.start)
    order = {id(m.entity): None for m in mentions}
    ids = {key: i for i, key in enumerate(order)}
    ent_rows, labels = [], {}
    for ent in sorted(entities, key=lambda e: ids.get(id(e), 1 << 30)):
        if id(ent) not in ids:
            continue
        entry = gaz.get(ent.gaz_key) if ent.gaz_key else None
        label = entry.label if entry else entity_label(ent)
        labels[id(ent)] = label
        flags = [mention_stands_for(m.span, label, entry) for m in ent.mentions]
        ent_rows.append(
            {
                "article_id": parsed.article_id,
                "entity_id": ids[id(ent)],
                "name": canonical(ent, entry, label),
                "label": label,
                "aliases": "; ".join(dict.fromkeys(m.text for m in sorted(ent.mentions, key=lambda m: m.start))),
                "role": entity_role(ent, gaz, parsed.published, label),
                "wikidata_id": entry.wikidata_id if entry else None,
                "n_mentions": len(ent.mentions),
                "stands_for": "government" if flags.count("government") * 2 >= len(flags) else None,
                "mixed_script": any(is_mixed_script(parsed.text[m.start : m.end]) for m in ent.mentions),
            }
        )
    rows = [
        {
            "article_id": parsed.article_id,
            "mention_id": i,
            "sentence_id": parsed.sentence_id_at(m.start),
            "text": m.text,
            "label": labels[id(m.entity)],
            "entity_id": ids[id(m.entity)],
            "start_char": m.start,
            "end_char": m.end,
            "stands_for": mention_stands_for(m.span, labels[id(m.entity)], gaz.get(m.entity.gaz_key or "")),
            "mixed_script": is_mixed_script(parsed.text[m.start : m.end]),
        }
        for i, m in enumerate(mentions)
    ]
    men = from_rows(
        rows,
        schemas.columns("mentions"),
        {
            **dict.fromkeys(("article_id", "text", "label"), object),
            **dict.fromkeys(("mention_id", "sentence_id", "start_char", "end_char"), "int64"),
            "entity_id": "Int64",
            "mixed_script": bool,
        },
    )
    ents = from_rows(
        ent_rows,
        schemas.columns("entities"),
        {
            **dict.fromkeys(("article_id", "name", "label", "aliases"), object),
            **dict.fromkeys(("entity_id", "n_mentions"), "int64"),
            "mixed_script": bool,
        },
    )
    for frame, cols in ((men, ["stands_for"]), (ents, ["role", "wikidata_id", "stands_for"])):
        for col in cols:
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    if men.empty:  # an empty object column carries no str values for pandera to check
        men, ents = schemas.empty("mentions"), schemas.empty("entities")
    return men, ents
