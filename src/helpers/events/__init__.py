"""The ``events`` table: triggers (:mod:`.triggers`), modality (:mod:`.modality`),
arguments and counts (:mod:`.arguments`, :mod:`.counts`, :mod:`.lists`), dates
(:mod:`.dates`) and coreference (:mod:`.merge`). Word lists are in :mod:`helpers.lexicon`."""

from helpers.events.extract import extract_events

__all__ = ["extract_events"]
