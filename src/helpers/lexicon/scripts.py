"""Letters of other scripts that look like Latin letters (data only).

From the Unicode Consortium's confusables data (UTS #39, Unicode Security Mechanisms,
https://www.unicode.org/Public/security/latest/confusables.txt): the Cyrillic and Greek
letters whose prototype is a single basic Latin letter. A name spelled with one of them
inside Latin letters ("Lukаshenko" with a Cyrillic а) looks the same to a reader but not
to a name recogniser or a gazetteer.
"""

from __future__ import annotations

#: look-alike letter -> the Latin letter it imitates
LATIN_LOOKALIKES = {
    # Cyrillic small
    "а": "a",
    "с": "c",
    "ԁ": "d",
    "е": "e",
    "һ": "h",
    "і": "i",
    "ј": "j",
    "ӏ": "l",
    "о": "o",
    "р": "p",
    "ԛ": "q",
    "ѕ": "s",
    "ԝ": "w",
    "х": "x",
    "у": "y",
    # Cyrillic capital
    "А": "A",
    "В": "B",
    "С": "C",
    "Е": "E",
    "Н": "H",
    "І": "I",
    "Ј": "J",
    "К": "K",
    "М": "M",
    "О": "O",
    "Р": "P",
    "Ѕ": "S",
    "Т": "T",
    "Х": "X",
    "Ү": "Y",
    "Ԝ": "W",
    # Greek
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    "ο": "o",
    "ν": "v",
    "ι": "i",
}
