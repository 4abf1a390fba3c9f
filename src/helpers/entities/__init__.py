"""The ``mentions`` and ``entities`` tables: spaCy NER corrected by rules
(:mod:`.ner_corrections`) and linked to the curated gazetteer (:mod:`.gazetteer`)."""

from helpers.entities.extract import extract_entities

__all__ = ["extract_entities"]
