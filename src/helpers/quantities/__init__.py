"""The ``quantities`` table: numbers (:mod:`.numerals`) with what they count (:mod:`.units`)."""

from helpers.quantities.extract import extract_quantities

__all__ = ["extract_quantities"]
