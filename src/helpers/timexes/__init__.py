"""The ``timexes`` table: candidates (:mod:`.rules`), normalisers of named and deictic
expressions (:mod:`.named`, :mod:`.deictic`), anchoring (:mod:`.anchor`), calendar
arithmetic (:mod:`.calendar`) and the intervals TIMEX3 values cover (:mod:`.intervals`)."""

from helpers.timexes.extract import extract_timexes, timexes_in_text

__all__ = ["extract_timexes", "timexes_in_text"]
