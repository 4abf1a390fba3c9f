"""Baselines scored beside the project on the annotated articles.

* spaCy ``en_core_web_sm`` entities as they come (https://spacy.io/api/doc#ents);
* ``dateparser.search.search_dates`` anchored on the publication date
  (https://dateparser.readthedocs.io/en/latest/usage.html#search-for-dates-in-longer-chunks-of-text);
* textacy's ``direct_quotations`` (https://textacy.readthedocs.io/en/latest/api_reference/extract.html).

``dateparser`` and ``textacy`` are the ``eval`` extra of ``pyproject.toml``: they are
imported inside the functions, only when a baseline runs. A baseline that raises on an
article predicts nothing for it (:func:`safe`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from helpers.evaluation.scoring import norm_name


def spacy_entities(article) -> list[tuple[str, str]]:
    """Baseline: distinct ``doc.ents`` of ``en_core_web_sm`` on the whole text."""
    from helpers.core.nlp import get_nlp

    doc = get_nlp()(article.text)
    return list(dict.fromkeys((norm_name(e.text), e.label_) for e in doc.ents))


def dateparser_timexes(article) -> list[dict]:
    """Baseline: ``dateparser.search.search_dates`` with the publication date as
    RELATIVE_BASE; each found string located in the text in order; value = ISO day."""
    from dateparser.search import search_dates

    base = dt.datetime.combine(article.published, dt.time())
    found = (
        search_dates(article.text, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
        or []
    )
    out, cursor = [], 0
    for text, when in found:
        start = article.text.find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        out.append({"start": start, "end": cursor, "text": text, "value": when.date().isoformat()})
    return out


def textacy_quotes(article) -> list[tuple[str, str]]:
    """Baseline: textacy ``direct_quotations`` on the whole text: (content, speaker)."""
    from textacy.extract.triples import direct_quotations

    from helpers.core.nlp import get_nlp

    doc = get_nlp()(article.text)
    return [(q.content.text, " ".join(t.text for t in q.speaker)) for q in direct_quotations(doc)]


def safe(fn: Callable, article, log: Callable[[str], None]) -> list:
    """``fn(article)``, or ``[]`` (with a log line) when the baseline raises."""
    try:
        return fn(article)
    except Exception as exc:  # a baseline that fails scores zero on that article
        log(f"baseline {fn.__name__} failed on {article.article_id}: {type(exc).__name__}: {exc}")
        return []
