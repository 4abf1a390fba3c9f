"""The ``quotes`` table: quotation marks (:mod:`.marks`), the sentence around them
(:mod:`.context`), speakers and their gender cues (:mod:`.speakers`), attribution
(:mod:`.extract`) and its verbless sieves (:mod:`.sieves`)."""

from helpers.quotes.extract import extract_quotes

__all__ = ["extract_quotes"]
