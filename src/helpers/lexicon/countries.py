"""The words of countries that CLDR's names do not give: irregular demonyms, and the states
that sanction, mediate or receive prisoners rather than hold them.

Regular demonyms ("Belarusian", "Iranian") are made from the CLDR country names by
:func:`helpers.analysis.countries.country_codes`; only the irregular ones are listed here
(https://en.wikipedia.org/wiki/List_of_adjectival_and_demonymic_forms_for_countries_and_nations).
"""

from __future__ import annotations

#: demonym (lower case, singular; a plural "s" is accepted) -> ISO 3166-1 alpha-2, where the
#: regular rule does not give it ("Canada" -> "canadan"); the first one of a code is its adjective
#: ("Polish Foreign Ministry")
IRREGULAR_DEMONYMS = {
    "american": "US",
    "british": "GB",
    "briton": "GB",
    "german": "DE",
    "ukrainian": "UA",
    "polish": "PL",
    "chinese": "CN",
    "turkish": "TR",
    "qatari": "QA",
    "omani": "OM",
    "emirati": "AE",
    "belgian": "BE",
    "french": "FR",
    "swiss": "CH",
    "salvadoran": "SV",
    "saudi": "SA",
    "dutch": "NL",
    "norwegian": "NO",
    "canadian": "CA",
    "italian": "IT",
    "mexican": "MX",
    "swedish": "SE",
    "swede": "SE",
    "danish": "DK",
    "dane": "DK",
    "finnish": "FI",
    "finn": "FI",
    "spanish": "ES",
    "spaniard": "ES",
    "irish": "IE",
    "greek": "GR",
    "hungarian": "HU",
    "czech": "CZ",
    "slovak": "SK",
    "portuguese": "PT",
    "icelandic": "IS",
    "cypriot": "CY",
    "maltese": "MT",
    "luxembourgish": "LU",
    "israeli": "IL",
    "iraqi": "IQ",
    "kuwaiti": "KW",
    "bahraini": "BH",
    "yemeni": "YE",
    "lebanese": "LB",
    "afghan": "AF",
    "pakistani": "PK",
    "bangladeshi": "BD",
    "kazakh": "KZ",
    "uzbek": "UZ",
    "tajik": "TJ",
    "kyrgyz": "KG",
    "turkmen": "TM",
    "azerbaijani": "AZ",
    "japanese": "JP",
    "thai": "TH",
    "vietnamese": "VN",
    "filipino": "PH",
    "burmese": "MM",
    "singaporean": "SG",
    "sudanese": "SD",
    "somali": "SO",
    "moroccan": "MA",
    "peruvian": "PE",
    "argentine": "AR",
    "argentinian": "AR",
    "chilean": "CL",
    "paraguayan": "PY",
    "uruguayan": "UY",
    "panamanian": "PA",
    "honduran": "HN",
    "haitian": "HT",
}

#: other names of states or unions -> code ("EU" is reserved for the European Union by ISO 3166/MA)
OTHER_NAMES = {
    "america": "US",
    "u.s": "US",
    "us": "US",
    "usa": "US",
    "uk": "GB",
    "britain": "GB",
    "european union": "EU",
    "eu": "EU",
    "e.u": "EU",
    "brussels": "EU",
}

#: The other side of prisoner diplomacy: states and unions that sanction (the authorities of
#: the reference timeline: US, EU, UK, Canada), the EU's members, and states that mediate
#: exchanges or receive freed prisoners (Norway, Switzerland, Turkey, Qatar, Oman, the UAE,
#: Saudi Arabia, the Holy See), per the descriptions of ``data/raw/reference/timeline.csv``.
#: An event is placed in the other country it names when there is one.
COUNTERPARTS = frozenset(
    {
        "US",
        "GB",
        "CA",
        "EU",
        "NO",
        "CH",
        "TR",
        "QA",
        "OM",
        "AE",
        "SA",
        "VA",
        # EU members (https://european-union.europa.eu/principles-countries-history/eu-countries_en)
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    }
)

#: words for the Western side as a whole ("Western countries", "Western governments")
WESTERN = ("western", "west")
