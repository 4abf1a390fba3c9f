"""The words of numbers: number words, scales, vague amounts and the qualifiers around a
number ("more than 40", "10 years or more").

Data only. :func:`helpers.quantities.numerals.parse_number` (the project's one number
parser) reads the number words; :mod:`helpers.quantities.numerals` the vague amounts and
qualifiers; :mod:`helpers.timexes.patterns` builds its count patterns from the same keys.
"""

from __future__ import annotations

SMALL = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# Words that multiply the number before them ("two hundred", "a dozen").
MULTIPLIERS = {"hundred": 100, "dozen": 12}
SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mln": 1e6,
    "bln": 1e9,
}  # mln/bln: wire-service abbreviations
# The article counts one ("a year ago", "a dozen"); "a couple of" two.
ARTICLES = {"a": 1, "an": 1}
COUPLE = {"a couple of": 2, "couple of": 2}
# Vague amounts: (value, qualifier). Plural scale words are lower bounds.
VAGUE = {
    "dozens": (24.0, "at least"),
    "hundreds": (200.0, "at least"),
    "thousands": (2000.0, "at least"),
    "millions": (2e6, "at least"),
    "tens": (20.0, "at least"),
    "several": (3.0, "several"),
    "few": (3.0, "several"),
}
# Determiners that count an unknown number of time units ("some years", "many months").
VAGUE_DETERMINERS = ("a few", "few", "several", "some", "many", "a number of", "dozens of", "hundreds of")
QUALIFIER_PHRASES = {
    "over": ["more than", "over", "upwards of", "in excess of", "above", "greater than"],
    "about": ["about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa", "approx."],
    "at least": ["at least", "no fewer than", "no less than", "a minimum of"],
    "almost": ["almost", "nearly", "close to", "just under", "just shy of"],
    "under": ["fewer than", "less than", "under", "below"],
    "up to": ["up to", "as many as", "at most", "no more than", "a maximum of", "within"],
}
# Qualifiers written after the counted noun: "10 years or more".
POSTPOSED_QUALIFIERS = {
    ("or", "more"): "at least",
    ("or", "longer"): "at least",
    ("or", "above"): "at least",
    ("or", "so"): "about",
    ("or", "fewer"): "up to",
    ("or", "less"): "up to",
}
# "twice a year", "per day": a frequency (TIMEX3 SET), not one unit of time.
FREQUENCY_WORDS = {"once", "twice", "thrice", "times", "per", "every", "each", "half"}
