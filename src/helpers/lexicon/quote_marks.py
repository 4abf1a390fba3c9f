"""Quotation marks of English news text (data only).

The conventions met in news copy:

* curly double marks ``“ ”`` (typeset English: AP Stylebook "quotation marks",
  https://www.apstylebook.com; Chicago Manual of Style 6.9);
* straight double marks ``"`` (typewriter and wire copy, Reuters-21578);
* two grave accents and two apostrophes, ````…''`` (the TeX / Penn Treebank rendering of
  curly marks, in LDC newswire: AP, NYT, Xinhua copy of AQUAINT LDC2002T31, TimeBank 1.2
  LDC2006T08, English Gigaword LDC2003T05);
* low and reversed marks ``„ ‟`` and guillemets ``« »`` (copy translated from German,
  French or Russian; Unicode General Punctuation, https://www.unicode.org/charts/PDF/U2000.pdf).

Single marks (``‘ ’``, ``'``, a single grave accent) are never quotation marks here: they
are apostrophes (``don’t``, ``Lukashenko’s``) or mark a quotation inside a quotation
(``“He said ‘no,’ ”``), and a quotation nested in another is part of its text.
"""

from __future__ import annotations

#: marks that open a quotation when the characters around them do not tell
OPENING_MARKS = ("``", "“", "„", "‟", "«")
#: marks that close a quotation when the characters around them do not tell
CLOSING_MARKS = ("''", "”", "»")
#: marks whose role comes only from their position
NEUTRAL_MARKS = ('"',)
#: every double quotation mark, longest first (a regular expression tries them in order)
QUOTE_MARKS = tuple(sorted(OPENING_MARKS + CLOSING_MARKS + NEUTRAL_MARKS, key=len, reverse=True))
#: every character that makes up a quotation mark, double or single (for text comparison)
QUOTE_CHARACTERS = "\"'`“”„‟«»‘’‚‛"

#: words that name the quoted text as an object of its own, not words someone reported:
#: 'under the slogan "I'm going out"', 'a banner reading "..."', 'a book titled "..."'
#: (tests/modern16/README.md: slogans are no quotations; tests/gold_reuters/README.md: names
#: and titles are none). "chanting" is left out: PolNeAR annotates chants as attributions.
NAMING_WORDS = frozenset({"slogan", "slogans", "motto", "hashtag", "reading", "titled", "entitled", "headlined"})
