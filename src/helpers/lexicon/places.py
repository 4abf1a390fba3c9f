"""The words around a place name that tell whether it stands for its government
(metonymy, https://en.wikipedia.org/wiki/Metonymy#Places_and_institutions; ACE 2005 GPE
"ORG-like" role, https://www.ldc.upenn.edu/sites/www.ldc.upenn.edu/files/english-entities-guidelines-v6.6.pdf).
Used by :mod:`helpers.entities.metonymy`; lemmas, lower case."""

from __future__ import annotations

GOVERNMENT_CUES = {
    # verbs whose subject is a place, not an actor ("Belarus remains a producer")
    "stative_verbs": """be remain become have lie border sit stand rank seem appear look include
                        contain cover host account stretch""",
    # heads of a possessive or compound that describe the place itself ("Minsk's streets")
    "place_nouns": """economy people population citizen resident street capital territory border
                      airport mayor city centre center outskirt suburb weather history culture
                      region land soil river landscape sector industry""",
    # heads that make a modifying place name an actor ("U.S. sanctions", "EU envoy")
    "agent_nouns": """sanction envoy official diplomat delegation negotiator policy demand pressure
                      decision support relation talk authority regime ally administration""",
    # prepositions whose object is a government ("toward Minsk")
    "government_preps": "toward towards with against on by between",
    # verbs whose object is a place, not a government ("visited Minsk")
    "place_verbs": """visit leave reach enter flee travel return fly arrive tour cross invade bomb
                      attack shell occupy neighbor neighbour border surround""",
}
STATIVE_VERBS, PLACE_NOUNS, AGENT_NOUNS, GOVERNMENT_PREPS, PLACE_VERBS = (
    frozenset(words.split()) for words in GOVERNMENT_CUES.values()
)
