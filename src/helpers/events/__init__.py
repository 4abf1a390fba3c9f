"""The ``events`` table: triggers (:mod:`.triggers`, :mod:`.sanctions`, :mod:`.tokens`),
modality (:mod:`.modality`), arguments and counts (:mod:`.arguments`, :mod:`.counts`,
:mod:`.lists`), dates (:mod:`.dates`, :mod:`.story_dates`) and coreference (:mod:`.merge`),
passing one :class:`.record.EventDraft` per mention from step to step. Word lists are in
:mod:`helpers.lexicon` (trigger words in ``data/raw/reference/cameo.csv``)."""

from helpers.events.extract import extract_events

__all__ = ["extract_events"]
