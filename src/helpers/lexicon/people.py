"""The words of people: pronouns, titles before names, nouns for persons and their gender,
and the verbs people speak with. One owner for each list; the engines import them
(:mod:`helpers.quotes`, :mod:`helpers.entities`, :mod:`helpers.events`, :mod:`helpers.quantities`).

Sources:

* gender of pronouns, honorifics and role nouns: English natural gender
  (https://dictionary.cambridge.org/grammar/british-grammar/nouns-and-gender);
* honorifics and abbreviated ranks: AP Stylebook "courtesy titles" and "military titles"
  (https://www.apstylebook.com), the abbreviations of the US armed forces' rank tables
  (https://www.defense.gov/Resources/Insignia/);
* reporting verbs: textacy's ``REPORTING_VERBS`` (https://github.com/chartbeat-labs/textacy,
  ``textacy/constants.py``) with the news speech verbs of Krestel, Bergler & Witte 2008,
  "Minding the Source", LREC 2008 (http://www.lrec-conf.org/proceedings/lrec2008/).
"""

from __future__ import annotations

# -- pronouns ------------------------------------------------------------------------
PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
# Personal pronouns that may name a speaker, and the OntoNotes labels of what they stand for.
PRONOUN_LABELS = {
    "he": ("PERSON",),
    "she": ("PERSON",),
    "him": ("PERSON",),
    "her": ("PERSON",),
    "his": ("PERSON",),
    "it": ("ORG", "GPE", "NORP"),
    "they": ("ORG", "NORP", "GPE"),
}

# -- titles before a name ------------------------------------------------------------
HONORIFIC_GENDER = {
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "mme": "f",
    "dame": "f",
    "lady": "f",
    "lord": "m",
}
# Courtesy titles (lower case, without the dot): the words after one are a person's name.
HONORIFICS = frozenset(HONORIFIC_GENDER) | {"dr", "prof", "professor"}
# Offices and ranks written before a name, in full or abbreviated ("President X", "Gen. X",
# "Commerce Secretary X"); AP abbreviations of military and civil titles. Never a word that
# is also a common surname ("Major").
RANKS = frozenset(
    "president gen general sen senator rep gov governor secretary col colonel lt "
    "lieutenant sgt sergeant capt captain maj adm admiral cmdr brig cpl pvt amb "
    "ambassador rev".split()
)
# Every word before a name that is not part of it: left out when names are compared.
NAME_TITLES = HONORIFICS | RANKS
# Abbreviated titles written before a name that the model's tokenizer exceptions lack (it has
# "Gen.", "Adm.", "Gov.", "Sen.", "Rep."): the AP Stylebook's abbreviated military titles
# ("military titles": Lt., Col., Maj., Capt., Sgt., Cpl., Pfc., Pvt., Spc., Cmdr., Ens., Brig.),
# plurals and "Amb.". Split from its period, "Sgt." ends a sentence before the name ("Army
# Staff Sgt. | Gordon Black was sentenced"), and the name loses its clause and its time; they are
# single tokens in helpers.core.nlp.get_nlp.
TITLE_ABBREVIATIONS = (
    "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Pfc.", "Pvt.", "Spc.", "Cmdr.", "Ens.", "Brig.",
    "Amb.", "Gens.", "Sens.", "Reps.",
)  # fmt: skip

# -- nouns for persons ---------------------------------------------------------------
_GENDER_PAIRS = [  # (female, male)
    ("spokeswoman", "spokesman"),
    ("chairwoman", "chairman"),
    ("congresswoman", "congressman"),
    ("businesswoman", "businessman"),
    ("councilwoman", "councilman"),
    ("sister", "brother"),
    ("wife", "husband"),
    ("mother", "father"),
    ("daughter", "son"),
    ("actress", "actor"),
    ("grandmother", "grandfather"),
    ("granddaughter", "grandson"),
    ("aunt", "uncle"),
    ("niece", "nephew"),
    ("girlfriend", "boyfriend"),
    ("widow", "widower"),
    ("queen", "king"),
    ("princess", "prince"),
    ("empress", "emperor"),
    ("duchess", "duke"),
    ("woman", "man"),
    ("girl", "boy"),
    ("lady", "gentleman"),
    ("mom", "dad"),
    ("mum", "dad"),
    ("stepmother", "stepfather"),
    ("stepdaughter", "stepson"),
    ("fiancee", "fiance"),
    ("sportswoman", "sportsman"),
    ("policewoman", "policeman"),
    ("waitress", "waiter"),
    ("hostess", "host"),
    ("heroine", "hero"),
    ("nun", "monk"),
    ("bride", "groom"),
]
# Gendered nouns for persons (surface form, lower case) -> "f" / "m".
ROLE_GENDER = {**{f: "f" for f, _ in _GENDER_PAIRS}, **{m: "m" for _, m in _GENDER_PAIRS}}
# Gender-neutral nouns for persons' roles, kin and relations (lemmas): a name in apposition
# to one of them is a person ("Another supporter, Anna Berg").
ROLE_NOUNS = frozenset(
    "activist adviser advisor aide ally analyst attorney author blogger candidate chief "
    "citizen colleague commander correspondent cousin critic defender delegate detainee "
    "diplomat director dissident doctor economist editor envoy expert friend governor "
    "journalist judge lawmaker lawyer leader legislator member minister negotiator neighbour "
    "neighbor official opponent organiser organizer parent partner politician president prisoner professor "
    "prosecutor relative reporter representative researcher resident senator sibling source "
    "spokesperson student supporter teacher veteran victim volunteer witness worker writer inmate "
    # occupations (WordNet 3.0 hyponyms of person.n.01 by occupation): "Iran released French
    # academic Roland Marchal", "France freed an Iranian engineer"
    "academic anthropologist architect artist athlete backpacker banker businessman businesswoman "
    "cadet campaigner climber consultant contractor councillor councilor cyclist designer employee "
    "engineer entrepreneur executive farmer filmmaker fisherman hiker investor marine mayor "
    "missionary musician nurse photographer physician pilot playwright poet publisher sailor "
    "scientist servicemember sociologist surgeon tourist trader translator traveler traveller".split()
)
# Nouns of one who speaks for a body: unnamed, with no body of their own ("a spokesperson said"),
# they speak for the body just named (helpers.quotes.context.QuoteContext.bridged_body).
SPOKESPERSON_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# Other nouns for persons (lemmas): generic ("people", "individual"), nationality and
# state nouns, not used as apposition cues.
OTHER_PERSON_NOUNS = frozenset(
    "american captive child demonstrator figure foreigner hostage individual man "
    "national officer other people person priest protester soldier winner woman".split()
)
# Nouns of kinship (lemmas, lower case): a full name in apposition to one ('his wife, Jane
# Smith') or after one as a title ('first lady Michelle Obama') names a relative of the person
# named before by the surname alone, not that person (issue 9, item 7).
KIN_NOUNS = frozenset(
    "wife husband spouse widow widower mother father son daughter sister brother sibling "
    "parent child grandmother grandfather granddaughter grandson aunt uncle niece nephew "
    "cousin stepmother stepfather stepson stepdaughter girlfriend boyfriend fiancee fiance lady".split()
)
# Every noun for persons: a phrase headed by one is about people (counts, patients of events:
# "Iran released her husband").
PERSON_NOUNS = ROLE_NOUNS | OTHER_PERSON_NOUNS | KIN_NOUNS
# Nouns for persons that also describe states and organisations ("its closest ally, Cuba"):
# after them only a name of two or more words counts as a person.
COLLECTIVE_NOUNS = frozenset(
    "ally member partner neighbour neighbor supporter critic opponent "
    "leader victim friend representative delegate resident citizen "
    "defender commander chief witness".split()
)
# Head words of organisation names: a run of names with one of them is not a person's name.
ORG_WORDS = frozenset(
    "company committee party service union council ministry department agency "
    "bank group office court fund centre center movement front bureau association "
    "foundation institute network organisation organization corporation inc ltd "
    "news times post journal judiciary".split()
)
# Bodies of a state that news names through the state ("Russia's Foreign Ministry", "Poland's
# embassy"): helpers.entities.mentions gives them the state's adjective.
STATE_BODIES = frozenset("ministry office department embassy court parliament".split())
# Words that introduce another name of a person ("known as “Fat Leonard”").
NAMING_WORDS = frozenset("known nicknamed dubbed called".split())

# Words of a credit line ("Reporting by X; Editing by Y", "Author: X"): the names after
# them are the story's makers, not its people.
CREDIT_WORDS = frozenset(
    "reporting writing editing written edited compiled translated produced "
    "photos photo photographs graphics author authors".split()
)

# -- speech --------------------------------------------------------------------------
# Subjects that name no speaker ('nobody said how the army would "restore order"').
NON_SPEAKERS = frozenset("nobody none noone nothing".split())
REPORTING_VERBS = frozenset(
    # textacy.constants.REPORTING_VERBS["en"]
    "according accuse acknowledge add admit agree allege announce argue ask assert believe "
    "blame charge cite claim complain concede conclude confirm contend criticize decline "
    "deny describe disagree disclose estimate explain fear hope insist maintain mention "
    "note observe order predict promise recall recommend reply report say state stress "
    "suggest tell testify urge warn write "
    # news speech verbs (Krestel et al. 2008) missing above; textacy's verbs of thought
    # (think, believe, hope, fear, worry) are left out: they seldom introduce a quotation
    "affirm assure boast caution comment continue declare demand emphasize emphasise exclaim "
    "joke lament pledge post proclaim quip reiterate remark respond share shout "
    "tweet underscore underline vow whisper yell recount wonder question counter retort propose".split()
)
# Verbs that characterise with a quoted phrase ('called the test "provocative"'): a cue
# only when they have a subject (not 'the so-called "reset"').
CHARACTERISING_VERBS = frozenset(
    "call brand label dub term liken compare condemn denounce decry slam blast hail praise".split()
)
# Objects of a private visit: a person's family and friends, or a grave ("visiting family",
# "visited relatives", "visited his father's grave"): no consultation between parties
PRIVATE_VISIT_NOUNS = KIN_NOUNS | {"family", "relative", "friend", "grave"}
# Words before a title that make it another office ('Vice President', 'Deputy Minister',
# 'former President'): such a title holder is not 'the president' (AP Stylebook, "titles").
OFFICE_MODIFIERS = frozenset("vice deputy assistant associate acting former ex interim under lieutenant".split())
# Reporting idioms of a verb lemma and its object 'it' in an 'as' clause ('as Smith put it',
# 'as the memo phrased it'): the speaker is the clause's subject (Pareti 2016, PARC 3.0
# attribution cues; Oxford English Dictionary, "put" v., "to put it": to express in words).
AS_IT_VERBS = frozenset({"put", "phrase"})
