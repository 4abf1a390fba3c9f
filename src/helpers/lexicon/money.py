"""The words of money: currency symbols and names with their ISO 4217 codes
(https://www.iso.org/iso-4217-currency-codes.html; codes of the currencies of 1987
Reuters copy, "marks", "francs", "lire", are their historic ISO codes DEM, FRF, ITL).

Data only; :mod:`helpers.quantities.money` applies them.
"""

from __future__ import annotations

# Symbols written before the amount ("$6 billion", "€1.2 million", "US$5 mln").
CURRENCY_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "a$": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "rs": "INR",
    "rs.": "INR",
}
# Currency words after the amount ("2.4 billion dollars", "15 billion dlrs", "50 mln stg");
# singular and plural, wire abbreviations included (Reuters: dlrs, stg, yen, marks).
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "dlr": "USD",
    "dlrs": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "stg": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "jpy": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "marks": "DEM",
    "deutschemarks": "DEM",
    "dm": "DEM",
    "franc": "FRF",
    "francs": "FRF",
    "lira": "ITL",
    "lire": "ITL",
    "guilder": "NLG",
    "guilders": "NLG",
    "rupee": "INR",
    "rupees": "INR",
    "riyal": "SAR",
    "riyals": "SAR",
    "rial": "IRR",
    "rials": "IRR",
    "shekel": "ILS",
    "shekels": "ILS",
    "won": "KRW",
    "peso": "MXN",
    "pesos": "MXN",
    "rand": "ZAR",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "lari": "GEL",
}
# A country adjective before a currency word that changes its code ("Canadian dollars").
CURRENCY_ADJECTIVES = {
    ("canadian", "USD"): "CAD",
    ("australian", "USD"): "AUD",
    ("hong kong", "USD"): "HKD",
    ("new zealand", "USD"): "NZD",
    ("singapore", "USD"): "SGD",
    ("taiwan", "USD"): "TWD",
    ("swiss", "FRF"): "CHF",
    ("belgian", "FRF"): "BEF",
    ("french", "FRF"): "FRF",
    ("west german", "DEM"): "DEM",
    ("egyptian", "GBP"): "EGP",
    ("argentine", "MXN"): "ARS",
    ("philippine", "MXN"): "PHP",
    ("chilean", "MXN"): "CLP",
    ("colombian", "MXN"): "COP",
    ("iranian", "IRR"): "IRR",
    ("saudi", "SAR"): "SAR",
}
