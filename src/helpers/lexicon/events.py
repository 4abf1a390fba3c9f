"""The words of events: which words trigger which event type, the nouns and verbs that
keep false friends out, and the CAMEO code and Goldstein score of each type.

**Adding a trigger word: one place, ``data/raw/reference/cameo.csv``** (see ``cameo.md``).
Each row is an event type with one CAMEO code; its ``verbs`` and ``nouns`` columns list
the words that trigger that type *and* take that code, so a trigger and its code cannot
drift apart (the CSV was chosen over this module because the code of a trigger is a
reference fact with a source; HeidelTime and SUTime keep their vocabularies as data the
same way). The first row of a type is its default code, for triggers no row lists (a
journey home, "walked free"). From the CSV this module builds:

* :data:`VERB_TRIGGERS`, :data:`NOUN_TRIGGERS` (lemma or lower-case form -> event type),
  for every type but the two sanction types;
* :data:`SANCTION_PREDICATES` (word -> sanction_imposed / sanction_eased): the words that
  impose or ease a sanction noun (:data:`SANCTION_NOUNS`) they govern or modify, from the
  sanction rows: verbs ("imposed sanctions"), nouns ("sanctions relief") and modifiers
  ("new sanctions").

The other lists here are the conditions of the trigger rules
(:mod:`helpers.events.triggers`), not triggers. CAMEO 1.1b3:
http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf; Goldstein scores from
http://gdeltproject.org/data/lookups/CAMEO.goldsteinscale.txt.
"""

from __future__ import annotations

from functools import cache, lru_cache

import pandas as pd
import pandera.pandas as pa

from helpers.core.curated import ReferenceDataError, check, one_of, optional_check, read_rows
from helpers.core.schemas import EVENT_TYPES
from helpers.paths import REFERENCE_DIR

CAMEO_PATH = REFERENCE_DIR / "cameo.csv"
SANCTION_TYPES = ("sanction_imposed", "sanction_eased")
WORD_COLUMNS = ("verbs", "nouns", "modifiers")
_WORDS = optional_check(lambda v: all(w == w.lower() for w in v.split()), "has an upper-case word")
CAMEO_SCHEMA = pa.DataFrameSchema(
    {
        "event_type": pa.Column(str, pa.Check.isin(EVENT_TYPES, error=one_of(EVENT_TYPES))),
        **{col: pa.Column(str, _WORDS) for col in WORD_COLUMNS},
        "cameo_code": pa.Column(str, optional_check(str.isdigit, "is not a CAMEO code (digits)")),
        "cameo_name": pa.Column(str),
        "goldstein": pa.Column(str),
        "source": pa.Column(str),
    }
)


def _read_rows():
    rows = read_rows(CAMEO_PATH)
    check(rows, CAMEO_SCHEMA, CAMEO_PATH)
    return rows


def _word_map(rows: pd.DataFrame, columns: tuple[str, ...]) -> dict[str, str]:
    """word -> event type over ``columns`` of ``rows``; a word under two types is an error."""
    out: dict[str, str] = {}
    for line, row in rows.iterrows():
        for word in (w for col in columns for w in row[col].split()):
            if out.setdefault(word, row["event_type"]) != row["event_type"]:
                raise ReferenceDataError(
                    f"{CAMEO_PATH}, line {line}: '{word}' triggers both {out[word]} and {row['event_type']}"
                )
    return out


_ROWS = _read_rows()
_EVENT_ROWS = _ROWS[~_ROWS["event_type"].isin(SANCTION_TYPES)]
VERB_TRIGGERS = _word_map(_EVENT_ROWS, ("verbs",))
NOUN_TRIGGERS = _word_map(_EVENT_ROWS, ("nouns",))
# Renewals ("renew", "prolong") are not events: they keep measures already imposed (held-out
# convention of tests/heldout; the reference timeline's sanction_renewed rows are another source).
SANCTION_PREDICATES = _word_map(_ROWS[_ROWS["event_type"].isin(SANCTION_TYPES)], WORD_COLUMNS)
SANCTION_NOUNS = {"sanction", "embargo", "restriction", "measure", "tariff"}
ANAPHORIC_SANCTION_NOUNS = {"restriction", "measure", "tariff"}  # only where sanctions are named
# "responded with sanctions", "hit Belarus with new sanctions": the verb imposes them
WITH_SANCTION_VERBS = {"respond", "retaliate", "hit", "punish", "target", "slap", "threaten"}
# A reaction follows what it reacts to: "responding to the kidnapping of X, today insisted",
# "in response to the arrests" (the time of the reaction is not the time of the act; TimeML
# TLINK AFTER, Pustejovsky et al. 2003). Verbs of condemnation ("condemned the attack") were
# tried and left out: news condemns an act on its own day (a measuring set lost a military date)
REACTION_VERBS = {"respond", "react", "reply", "retaliate"}
# verbs of a stance on an act ("condemned the arrest", "welcomed the release"): their subject
# reacts to the act and is not its actor (CAMEO 1.1b3 codes 05x/11x, verbal cooperation and
# disapproval, are events of the one who reacts)
STANCE_VERBS = set(
    "condemn criticize criticise welcome praise denounce decry hail slam question challenge appeal "
    "protest deplore regret applaud lament mourn celebrate".split()
)
REACTION_NOUNS = {"response", "reaction", "reply", "retaliation", "answer"}
# nouns of one trial: "In the same trial, X and Y were sentenced to 20 and 19 years" is one verdict
TRIAL_NOUNS = {"trial", "case", "hearing", "verdict", "proceedings"}
# words that tie a term to the verdict told before it: "Y and Z were given 16 years each", "W also
# received seven years", "his two co-defendants got ten" (helpers.events.merge._join_co_defendants;
# the tokenizer splits "co-defendants" at its hyphen, so "defendant" is the word read)
SAME_TRIAL_WORDS = {"also", "each", "too", "codefendant", "defendant", "alongside"}  # "convicted alongside him"
# verbs and states of making an act known ("His arrest was announced on Monday", "Her detention was
# made public on December 27", "His sentence became known", "came to light"): the time is the
# disclosure's, after the act (TimeML: the reporting event is AFTER the reported one)
DISCLOSURE_VERBS = {"announce", "confirm", "disclose", "reveal", "report", "publicize", "publicise"}
DISCLOSURE_STATES = {"public", "known", "light"}
# What a sanction is for: "imposed sanctions on ten officials over the crackdown on protests",
# "sanctioned for their role in the arrest of X". The act a sanction punishes came before it, so
# the sanction's time does not date it (TimeML TLINK AFTER, as for a reaction).
SANCTION_CAUSE_PREPOSITIONS = {"over", "for"}
# "placed on the sanctions list", "added to the blacklist"
LISTING_VERBS = {"place", "put", "add", "include", "enter"}
# "raids on independent civil society groups", "police raided the newsroom": a search of a
# place of people or a body by the police is law enforcement, not military force (CAMEO 190
# is conventional military force; a police search is no use of force against a state)
SEARCHED_PLACES = set(
    "group organisation organization office home house apartment flat newsroom headquarters premises "
    "ngo outlet media newspaper society activist journalist lawyer dissident opposition".split()
)
POLICE_WORDS = set("police policeman officer agent security investigator prosecutor authority kgb fsb".split())
# "designated 16 people in connection with the arrest of X", "sentenced for the murder of Y",
# "jailed over the death of Z": the people of a phrase of the reason are not the patient's
REASON_PREPOSITIONS = {"for", "over", "following", "after"}
REASON_NOUNS = {"connection", "response", "retaliation", "relation", "protest", "exchange", "return"}
# an envoy summoned to a foreign ministry is a consultation between states (tests/gold_reuters/README.md,
# negotiation scope: "an envoy summoned 'to confer' (17925) counts"); summoning anyone else is none
DIPLOMAT_WORDS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "affaires", "consul", "attaché", "emissary"}
# verbs of putting in prison: with a term ("jailed for 11 years") or as a headline over a lead that
# reports a sentence ("Kremlin critic jailed") they tell the court's sentence, not an arrest
JAILING_VERBS = {"jail", "imprison", "incarcerate"}
# "received seven years", "was given life": verbs of receiving a prison term (helpers.events.triggers.receives_a_term)
TERM_RECEIVING_VERBS = {"receive", "get", "give"}
# who gives a term actively: "a court gave him 30 days in jail" (a judge's sentence; otherwise
# "give" is only a sentence in the passive: "was given eight years")
COURT_NOUNS = {"court", "judge", "tribunal", "magistrate"}
# "The sentence was handed down on Wednesday", "the judge passed sentence": verbs by which a court
# delivers a sentence (the noun alone, with no term, is then the court's act); "hand" only with "down"
DELIVERING_VERBS = {"hand", "pass", "pronounce", "deliver", "announce"}
LIST_NOUNS = {"list", "blacklist"}
# "any of its measures", "a new package of sanctions": climb to the word that governs them
CONTAINER_TARGET_VERBS = {"target", "hit"}
QUANTIFIER_HEADS = {"any", "some", "all", "none", "most", "many", "several", "part", "rest"}
CONTAINER_NOUNS = {"package", "round", "basis", "framework", "regime", "wave", "set", "batch", "raft"}
# "the sanctions bill passed by Congress", "sanctions laws passed last fall": a law of sanctions
# is imposed by the verb that passes it (tests/gold_reuters/README.md, sanction_imposed)
LAW_NOUNS = {"law", "bill", "act", "legislation"}
# a licence that eases sanctions: "authorised transactions with X", "allowing oil deals"
LICENSING_VERBS = {"authorise", "authorize", "allow", "permit", "license", "licence"}
# documents whose provisions a present-tense verb tells ("The permit allows dealings", "The
# sanctions law bans imports"): the document's content, not an act; issuing or passing it is
DOCUMENT_NOUNS = {"license", "licence", "permit", "waiver", "exemption", "order", "decree", "regulation"}
LICENSED_NOUNS = {"transaction", "dealing", "deal", "business", "payment", "import", "export"}
# a sanctions licence or waiver granted eases the sanctions, revoked restores them (OFAC
# general and specific licences authorise what the sanctions prohibit, 31 CFR 501.801;
# tests/modern/README.md: GL44 issued = sanction_eased, the Minerven licence revoked =
# sanction_imposed)
PERMIT_NOUNS = {"license", "licence", "waiver", "exemption"}
PERMIT_GRANTING_VERBS = {"issue", "grant", "give", "extend", "renew"}
PERMIT_REVOKING_VERBS = {"revoke", "rescind", "cancel", "withdraw"}
# licences of other kinds ("revoked the broadcasting licence of a TV channel": a crackdown)
NON_SANCTION_PERMITS = set(
    "driving driver broadcasting broadcast media press fishing hunting gun firearm liquor marriage".split()
)
# a ban or boycott is a sanction when what it stops is trade or transport (tests/gold_reuters/README.md:
# "sanctions, boycotts, embargoes, trade bans"; CAMEO 163 "impose embargo, boycott, or sanctions"):
# "a trade ban against South Africa", "banned Belarusian carriers from its airspace", "a ban on imports"
BAN_WORDS = {"ban", "boycott"}
# verbs that stop a party from dealing: "barred Americans from buying Venezuelan debt", "banned
# US firms from doing business with them" (OFAC's prohibitions on US persons: 31 CFR part 591,
# Executive Order 13808 of August 2017 on Venezuelan debt); nouns "bar", "prohibition" are not
BAN_VERBS = BAN_WORDS | {"bar", "prohibit", "forbid"}
# what a ban on dealings stops ("from buying", "from doing business with")
DEALING_VERBS = set("buy sell trade deal invest import export purchase finance acquire".split()) | {"do"}
TRADE_NOUNS = set(
    "trade import export good product commerce investment oil arms shipment cargo "
    "flight carrier airline aircraft".split()
)
# a ban on the travel of named people is a sanction too ("slapped travel bans on 20 officials",
# "entry bans"): tests/modern3/README.md counts visa bans as sanction_imposed (EU restrictive
# measures are "asset freezes and travel bans": Council of the EU, Sanctions Guidelines 2018)
TRAVEL_NOUNS = {"travel", "visa", "entry"}
# "imposed an asset freeze", "lifted the freeze on his assets": blocking property is a
# sanction (OFAC, 31 CFR part 501, blocked property; the EU's "asset freeze")
FREEZE_WORDS = {"freeze"}
# parties a sanction is imposed on besides people and named bodies: "designated the two
# companies and 34 of their subsidiaries", "blacklisted the potash producer" (OFAC's SDN
# list holds individuals, entities and vessels: 31 CFR 501.807)
LISTED_BODY_NOUNS = set(
    "company firm entity subsidiary bank business airline carrier producer exporter refinery tanker vessel".split()
)
# "removed Belavia from its sanctions list": taking a party off a list eases its sanctions
DELISTING_VERBS = {"remove", "delete", "drop", "strike", "take"}
PRONOUN_OBJECTS = {"them", "it", "those", "these"}
# words of a target phrase that name no patient ("their", "the"): left out when two targets
# are compared; a target of only such words is a pronoun and may refer to any patient
TARGET_FUNCTION_WORDS = set(
    "the their them his her hers its those these this that they who whom which some all other and".split()
)
# "reimposed most of them", "tightened them": imposing verbs whose object can only be a
# measure, so a pronoun object after sanctions are named stands for those sanctions
MEASURE_ONLY_VERBS = {"reimpose", "tighten", "toughen", "broaden", "widen", "intensify"}
# "unfroze $6 billion", "assets unfrozen", "the unfreezing of the funds" (spaCy's lemmatizer
# does not know the verb: its forms are listed); an asset freeze is a sanction (OFAC, 31 CFR
# 501: blocked property), so unfreezing money eases it (issue 9 item 3)
UNFREEZE_FORMS = {"unfreeze", "unfreezes", "unfroze", "unfrozen", "unfreezing"}
# "released $6 billion in frozen assets", "the transfer of frozen funds": moving frozen money
MONEY_RELEASE_VERBS = {"release", "transfer", "move", "return"}
MONEY_NOUNS = {"asset", "fund", "money", "revenue", "reserve", "deposit", "account", "payment"}
# "house arrest" and "held in X" describe a state, not an arrest event
STATE_COMPOUNDS = {"house", "home"}
# "suffered a cardiac arrest", "died of a heart attack": the words of a seizure of the body
# (WordNet 3.0 cardiac_arrest.n.01, heart_attack.n.01, attack.n.06 "a sudden occurrence of an
# uncontrollable condition"), not an arrest or an act of force
MEDICAL_MODIFIERS = {"cardiac", "heart", "respiratory", "cardiopulmonary", "panic", "asthma", "epileptic", "anxiety"}
# "serving a life sentence", "completed his sentence": a sentence served is the state of being
# imprisoned (issue 9 item 1), not the court's act
CUSTODY_TERM_VERBS = {"serve", "complete"}
# "upheld the death sentence of X", "her sentence was suspended on appeal", "the death sentence ...
# was carried out": a court reviewing or an authority carrying out a sentence already passed is no
# new sentence (tests/modern/README.md 205 and 208, tests/modern2/README.md, tests/modern17/README.md
# 337: "an appeal confirming a sentence is ... not a new sentence event"; a term cut or suspended on
# appeal gives no new entry); "carry out" is the verb with its particle
SENTENCE_REVIEW_VERBS = {"uphold", "commute", "reduce", "overturn", "quash", "annul", "suspend", "implement", "enforce"}
# an act ranked among acts of its kind: "the first significant release since the vote"
RANKING_ADJECTIVES = {"first", "last", "latest"}
# "the recent detention of ...", "an earlier release": an adjective that places an event noun
# vaguely in the past, like the adverb "recently" (TimeML PAST_REF, TimeML 1.2.1 guidelines
# 2.2.1; tests/gold_reuters/README.md: "'recently' -> primary null")
PAST_TIME_ADJECTIVES = {"recent", "earlier", "previous", "past", "prior"}
# "a deep conviction", "a firm conviction that ...": modifiers of the belief sense of
# "conviction" (WordNet 3.0 conviction.n.01), not the court's judgment (conviction.n.02)
BELIEF_MODIFIERS = {
    "deep",
    "deeply",
    "firm",
    "strong",
    "personal",
    "moral",
    "religious",
    "sincere",
    "core",
    "growing",
    "unshakable",
}
# "held the ministers accountable", "hold him responsible": "hold" with an adjective of
# blame is judging, not detaining (WordNet 3.0 hold.v.02 "keep in a certain state")
BLAME_ADJECTIVES = {"accountable", "responsible", "liable", "culpable", "guilty"}
# "in detention", "under arrest", "in custody": the state of being held
CONFINEMENT_NOUNS = {"detention", "arrest", "custody", "imprisonment", "incarceration", "captivity", "prison", "jail"}
# "extended his detention", "the extension of his pre-trial detention": custody kept, no new
# arrest (tests/modern11/README.md M11-1: an order keeping someone in custody is part of the arrest)
CUSTODY_EXTENDING_WORDS = {"extend", "prolong", "renew", "extension", "prolongation", "renewal"}
OFFICIAL_NOUNS = {
    "envoy",
    "official",
    "diplomat",
    "leader",
    "counterpart",
    "minister",
    "delegation",
    "president",
    "representative",
    "negotiator",
    "ambassador",
    "mediator",
    "secretary",
    "chancellor",
    "premier",
    "king",
    "emir",
    "prince",
    "senator",
    "lawmaker",
    "team",
}
# "spoke by phone", "spoke on the telephone", "a phone call": the means of a consultation by
# telephone (CAMEO 1.1b3 041); "speak" and "call" are triggers (cameo.csv) only with one
TELEPHONE_NOUNS = {"phone", "telephone"}
# "a cabinet meeting", "last week's annual meeting of the union": a body meeting its own
# members is no negotiation (tests/gold_reuters/README.md: "Internal meetings are not
# negotiations: cabinet, party, government-with-its-own-ambassador")
INTERNAL_MEETING_WORDS = set(
    "cabinet party board annual committee staff shareholder caucus stockholder director".split()
)
# "at a council meeting" (a municipal council's sitting): a council in lower case, not a named
# one ("a Security Council meeting", where states meet)
INTERNAL_MEETING_BODIES = {"council"}
# "three officials are still being held": an aspectual adverb of continuation makes the
# clause a state (Vendler 1957), not the report of an arrest; "remain" with its inflected forms,
# which the parser leaves as lemmas when it makes the verb an auxiliary ("remains jailed")
CONTINUATION_ADVERBS = {"still", "remain", "remains", "remained", "remaining"}
# "those who continue to jail Belarusians", "keep detaining critics": an act that goes on is a
# habit or a state, not one arrest (Vendler 1957; issue 9 item 2, habitual statements)
CONTINUATION_VERBS = {"continue", "keep"}
# "an air strike", "missile strikes": a strike by weapons is military, not a stoppage of work
# (CAMEO 195 "Employ aerial weapons" vs 143 "Conduct strike or boycott")
WEAPON_STRIKE_WORDS = {"air", "missile", "drone", "military", "naval", "nuclear", "artillery", "rocket", "aerial"}
# "Syrian troops marched into the camp": armed forces on the move are a deployment, which
# is no event (tests/gold_reuters/README.md, military), and no protest march
ARMED_FORCES_NOUNS = {"troop", "soldier", "army", "force", "tank", "unit", "militia", "militiaman", "guerrilla"}
# A verbal attack (WordNet 3.0 attack.v.02 "attack in speech or writing", not attack.v.01
# "launch an attack on"): its object or target is a thing said or decided
CRITICISED_NOUNS = set(
    "policy plan proposal decision record remark comment statement idea stance position "
    "handling bill law approach report view strategy budget reform programme program "
    "leadership rhetoric claim ruling verdict deal agreement biography platform character credibility "
    "integrity temperament swap exchange accord treaty move release sanction talk".split()
)
# where words are said or written: "attacked the plan in a speech"
SPEECH_NOUNS = {
    "speech",
    "interview",
    "statement",
    "editorial",
    "article",
    "letter",
    "post",
    "column",
    "address",
    "tweet",
    "ad",
    "advertisement",
    "debate",
    "remark",
    "op-ed",
    "broadcast",
    "video",
}
# A formal objection (WordNet 3.0 protest.n.01 "a formal and solemn declaration of objection")
# is no demonstration (protest.n.02); tests/gold_reuters/README.md: "A diplomatic protest or
# complaint ... is not a protest"
FORMAL_PROTEST_VERBS = set("lodge file send deliver issue register submit hand voice express receive".split())
FORMAL_PROTEST_MODIFIERS = {"formal", "diplomatic", "official", "written", "verbal", "strong", "strongly"}
# Nouns that an event word only modifies, even when the parser misreads the pair ("bombing
# victims" as a verb and its object, "state arrest warrants" as a conjunction): the phrase
# names people, places or documents about an event, not its occurrence (issue 9 item 3)
MODIFIED_HEADS = set(
    "victim survivor suspect site anniversary trial probe investigation inquiry case warrant "
    "campaign movement organizer organiser deadline order".split()
)
# "in a press release", "issued a release": the document, not the freeing of people
DOCUMENT_RELEASE_WORDS = {"press", "news", "statement", "film", "album", "record", "data", "report"}
# a measure or a decision that comes into being: "the package, announced on June 12, targeted"
ISSUING_VERBS = {"announce", "adopt", "approve", "unveil", "publish", "issue", "introduce", "enact", "impose", "pass"}
PUBLISHING_VERBS = {"issue", "publish", "send", "distribute", "put", "say", "state", "announce", "write"}
# "met Shultz with a handshake at the door": a greeting (WordNet 3.0 meet.v.02 "get to know;
# get acquainted with", greet.v.01), not the talks it opens
GREETING_NOUNS = {"handshake", "smile", "hug", "embrace", "kiss", "salute", "applause", "bow", "wave"}
# meeting one's own staff ("met with his top aides") is an internal meeting
OWN_STAFF_NOUNS = {"aide", "adviser", "advisor", "staff", "cabinet", "team", "lawyer", "attorney", "family", "campaign"}
# "a demonstration of support" is a rally; "a demonstration of the fact", "of force" shows
RALLY_OBJECTS = {"support", "solidarity", "anger", "opposition", "defiance", "protest"}
# "the dollar rallied", "a sharp rally in bond prices": a market recovery (WordNet 3.0
# rally.n.02 "a marked recovery of strength (as in prices)"), not a protest rally
MARKET_WORDS = set(
    "market stock share price bond dollar yen euro currency equity index future oil gold "
    "sterling rouble ruble peso rupee investor trader".split()
)
MARKET_RALLY_MODIFIERS = {"sharp", "strong", "late", "modest", "broad", "relief", "year-end", "technical", "brief"}
# "a campaign rally", "an election rally": a candidate's meeting with voters (tests/gold_polnear/
# README.md, decision 1: a campaign rally is no protest), not a demonstration (CAMEO 141)
CAMPAIGN_RALLY_MODIFIERS = {"campaign", "election", "electoral", "pre-election", "re-election", "reelection"}
# A vote that is no election (issue 9 item 3, wrong sense; tests/gold_reuters/README.md: an
# election chooses office holders): a body deciding a measure ("a General Assembly vote
# condemning X", "the Senate vote on the treaty"), a bloc of voters ("the African-American
# vote"). Bodies that decide by vote, and words that name a bloc of voters:
DECIDING_BODIES = {
    "assembly",
    "senate",
    "house",
    "congress",
    "parliament",
    "legislature",
    "council",
    "committee",
    "board",
    "shareholder",
    "cabinet",
    "panel",
    "chamber",
    "commission",
    "jury",
    "court",
}
VOTER_BLOC_WORDS = {
    "black",
    "white",
    "hispanic",
    "latino",
    "jewish",
    "evangelical",
    "catholic",
    "youth",
    "female",
    "suburban",
    "rural",
    "urban",
    "popular",
}
# nouns of a share of the ballots cast ("80.23 percent of the vote", "a majority of the vote"):
# the vote counted, not the election held
VOTE_SHARE_NOUNS = {"percent", "%", "percentage", "majority", "plurality", "share", "half", "third", "quarter"}
# prepositions that name the measure a vote decides ("a vote on the bill", "against the plan")
MEASURE_PREPOSITIONS = {"on", "against", "over"}
# "the presidential race", "her 2000 and 2006 Senate races", "the Democratic primary race": a
# race for an office is an election (WordNet 3.0 race.n.02 "a contest for a position", e.g.
# "the race for the presidency"); without such a word "race" is another sense (an arms race,
# race relations)
ELECTORAL_RACE_WORDS = {
    "presidential",
    "senate",
    "senatorial",
    "gubernatorial",
    "mayoral",
    "congressional",
    "parliamentary",
    "house",
    "governor",
    "mayor",
    "primary",
    "election",
    "electoral",
    "re-election",
    "reelection",
    # "the race for the presidency", "the race for the White House", "the race for the nomination"
    "presidency",
    "nomination",
    "governorship",
    "seat",
}
# "a diplomatic offensive", "a charm offensive", "a coffee market offensive": a campaign of
# words or trade, not armed force (issue 9 item 3, metaphors)
FIGURATIVE_FORCE_MODIFIERS = set(
    "diplomatic charm market marketing media publicity propaganda verbal legal peace "
    "advertising sales political personal rhetorical cyber hybrid court election electoral budget bidding takeover "
    "proxy custody uphill".split()
)
# Acts of force found by their object, not their verb alone (helpers.events.triggers.forceful_type):
# "seized seven boats", "captured the town", "fired missiles" (tests/gold_reuters/README.md:
# arrest includes seizure of people or boats; military includes captures of territory and
# missile firings)
CAPTURE_VERBS = {"seize", "capture", "snatch", "intercept"}
VESSEL_NOUNS = {"boat", "ship", "vessel", "tanker", "trawler", "freighter", "yacht", "dhow", "crew"}
# "held back a number of vessels", "seized a group of fishermen": a head that only counts
# the noun after "of"
COUNTING_HEADS = {"number", "group", "handful", "dozen", "couple", "fleet", "flotilla", "convoy"}
PLACE_NOUNS = set(
    "town city village base airport port hill territory position outpost stronghold province "
    "region district airfield peninsula island waterway strait coast valley ridge bridge".split()
)
WEAPON_NOUNS = {"missile", "rocket", "shell", "mortar", "torpedo", "grenade", "drone", "artillery"}
# Riot-control means, by (modifier, head lemma): "fired tear gas at marchers", "threw stun grenades
# into the crowd", "used rubber bullets and water cannon". Their use on a crowd is violent
# repression (CAMEO 1.1b3 175, under 17 "Coerce"), not military force (19 "Fight"); the
# annotated sets count it as part of the protest (tests/modern18/README.md, M18-4)
RIOT_CONTROL = {
    ("tear", "gas"),
    ("stun", "grenade"),
    ("flash", "grenade"),
    ("rubber", "bullet"),
    ("plastic", "bullet"),
    ("water", "cannon"),
    ("pepper", "spray"),
    ("pepper", "ball"),
}
# Acts of force told by what the weapon does (CAMEO 1.1b3 183 "conduct bombing", 194 "fight
# with artillery", 195 "employ aerial weapons"; tests/gold_reuters/README.md, military:
# bombings, shelling, shoot-downs): "a grenade was thrown into the market", "two rockets fell
# on the town", "a bomb exploded", "shot down a helicopter", "an exchange of fire"
EXPLOSIVE_NOUNS = WEAPON_NOUNS | {"bomb", "device", "explosive", "mine", "firebomb", "shellfire"}
THROW_VERBS = {"throw", "lob", "hurl", "plant", "detonate", "explode"}  # with an explosive as patient
# "Nine prisoners were flown home; four went to Minsk": in an article about freed prisoners,
# the journey of a counted group is its release; "arrived in Tehran on Saturday after being
# freed": the journey ends the release
HOMECOMING_VERBS = {"fly", "go", "return", "land", "arrive", "head", "travel"}
IMPACT_VERBS = {"fall", "land", "hit", "explode", "slam", "rain", "strike", "go"}  # with an explosive as subject
AIRCRAFT_NOUNS = set("plane aircraft airplane airliner helicopter jet fighter bomber drone chopper".split())
FIRE_NOUNS = {"fire", "gunfire", "shot", "shell", "artillery", "rocket", "mortar", "shellfire"}
# Killing as an act of force (CAMEO 1.1b3 18x/19x: 186 "assassinate", 190 "use conventional
# military force"): a deliberate killing by people. Soldiers, police and armies killing in
# combat or in a crackdown are the casualties of a battle or of a protest, which is the event
# (tests/gold_reuters/README.md: clashes during a protest are part of it; a battle with its
# dead is one entry)
KILL_VERBS = {"kill", "murder", "assassinate", "slay", "massacre", "execute", "behead"}
COMBATANT_NOUNS = set(
    "troop soldier army force tank unit police policeman officer security marine commando trooper gunship "
    "artillery plane aircraft".split()
)
# Armed groups and their members whose killings are attacks (CAMEO 1.1b3 18x: actors of
# unconventional violence)
ATTACKER_NOUNS = set(
    "rebel militant insurgent guerrilla gunman attacker assailant terrorist extremist militia "
    "militiaman separatist bomber sniper jihadist kidnapper raider mob".split()
)
# Verbs of harm whose conjoined passive subjects are the victims of the act of force in their
# "when" clause: "a policeman was killed and 70 were injured when a bomb was lobbed" (count 71)
CASUALTY_VERBS = {"kill", "injure", "wound", "hurt", "maim"}
EASING_NOUNS = {"easing", "lifting", "relief", "removal", "suspension", "relaxation"}
# Labels a designation gives: "extremist", "terrorist"; the U.S. State Department's
# "wrongfully detained" (Robert Levinson Hostage Recovery and Hostage-Taking Accountability Act,
# 22 U.S.C. 1741; tests/modern/README.md G8); Russia's registers of "undesirable" organisations
# (Federal Law 129-FZ of 2015) and of "foreign agents" (Federal Law 121-FZ of 2012; the two
# words together: helpers.events.tokens.has_designation_label); tests/modern15/README.md M15-4
DESIGNATION_LABELS = {
    *("extremist", "terrorist", "extremism", "terrorism", "wrongfully", "wrongful"),
    *("undesirable", "foreign agent"),
}
# Words by which an authority ends an organisation ("the Supreme Court ordered Memorial
# liquidated", "outlawed his foundation"): a designation without a label when an organisation is
# ended by a named agent (CAMEO 1.1b3 1722 "Ban political parties or politicians", the nearest
# code of the type; tests/modern19/README.md M19-14, tests/modern26/README.md M26-3)
DISBANDING_WORDS = {"outlaw", "liquidate", "dissolve", "liquidation", "dissolution"}
# Nouns of a lasting situation: states unless a verb of onset governs them ("started the war").
STATE_NOUNS = {"war", "occupation"}
ONSET_VERBS = {"start", "begin", "launch", "declare", "wage", "break", "trigger", "spark", "provoke", "open"}
# "convicted of killing ...", "jailed for protesting", "detained over a post": the charge
CHARGE_PREPOSITIONS = {"of", "for", "over", "including"}
# words of the law after which CHARGE_PREPOSITIONS name a charge ("found guilty of", "on
# charges of", "crimes including"), besides the arrest and sentence triggers; not "accused X of", a speaker's
# words ('accused Kim of "fanatic recklessness"', a quotation in PolNeAR)
CHARGE_WORDS = {"guilty", "charge", "indict", "indictment", "prosecute", "suspect", "crime", "offence", "offense"}
# determiners of a definite noun phrase that refers to what is known (Heim 1982): "the
# sanctions", "these tariffs", "the 2020 vote"
ANAPHORIC_DETS = {"the", "these", "those", "this", "that"}
DEAL_WORDS = {"exchange", "deal", "agreement", "swap", "arrangement", "bargain", "return"}
SWAP_VERBS = {"swap", "exchange", "trade"}  # "Reed was swapped for Yaroshenko": both are freed
# the acts a deal of the lead is made of ("freed as part of the deal" takes their date; an
# arrest told in the lead is no part of a deal): the quid pro quo of issue 9's deals
DEAL_TYPES = {"release", "sanction_eased", "negotiation"}
PATIENT_TYPES = {"release", "arrest", "sentence", "designation"}


@lru_cache(maxsize=1)
def cameo_table() -> pd.DataFrame:
    """The CAMEO reference table (``data/raw/reference/cameo.csv``, see ``cameo.md``).

    Returns:
        DataFrame with event_type, verbs, nouns, modifiers (space-separated trigger words,
        may be empty), cameo_code (str or None), cameo_name, goldstein (float64, NaN
        without a code), source; in file order. Read once and shared: callers must
        not modify it.

    Raises:
        helpers.core.curated.ReferenceDataError: the file is missing or malformed (one
            ``file, line N, column: problem`` line per problem).
    """
    table = _ROWS.reset_index(drop=True)
    table["goldstein"] = pd.to_numeric(table["goldstein"].replace("", None)).astype("float64")
    return table.replace({"cameo_code": {"": None}})


@cache
def cameo_for(event_type: str, lemma: str) -> tuple[str | None, float | None]:
    """CAMEO code and Goldstein score of an event type, refined by its trigger lemma: the
    row of ``event_type`` that lists ``lemma``, else the type's first (default) row.

    Examples:
        >>> cameo_for("release", "free"), cameo_for("negotiation", "visit")
        (('0841', 7.0), ('042', 1.9))
    """
    rows = cameo_table()[cameo_table()["event_type"] == event_type]
    words = rows[list(WORD_COLUMNS)].apply(lambda r: " ".join(r).split(), axis=1)
    specific = rows[words.apply(lambda ws: lemma in ws)] if len(rows) else rows
    row = (specific if len(specific) else rows).head(1)
    if row.empty or row["cameo_code"].iloc[0] is None:
        return None, None
    return row["cameo_code"].iloc[0], float(row["goldstein"].iloc[0])


def names_charge(tok) -> bool:
    """True for a word after which "of"/"for" names a charge: "found guilty of", "on charges
    of", "sentence for", "arrested for" (:data:`CHARGE_WORDS`, or an arrest or sentence
    trigger of :data:`VERB_TRIGGERS` / :data:`NOUN_TRIGGERS`)."""
    lemma = tok.lemma_.lower()
    if lemma in CHARGE_WORDS:
        return True
    triggers = VERB_TRIGGERS if tok.pos_ in ("VERB", "AUX") else NOUN_TRIGGERS
    return triggers.get(lemma) in ("arrest", "sentence")
