"""Currencies: symbols, ISO 4217 codes (https://www.iso.org/iso-4217-currency-codes.html), names,
adjectives that pin an ambiguous name, sub-units, and words that make a sentence about money.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# ---------------------------------------------------------------------------- currencies
# Symbols written before the amount; prefixed forms like "US$" are looked up as the letters + "$".
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
    "₪": "ILS", "₦": "NGN", "฿": "THB", "₱": "PHP", "₴": "UAH", "₫": "VND", "₿": "BTC",
    "us$": "USD", "u.s.$": "USD", "c$": "CAD", "ca$": "CAD", "can$": "CAD", "a$": "AUD",
    "au$": "AUD", "aus$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL", "mex$": "MXN",
    "mx$": "MXN", "usd$": "USD", "aud$": "AUD", "cad$": "CAD", "nzd$": "NZD", "mxn$": "MXN",
    "hkd$": "HKD", "sgd$": "SGD", "nt$": "TWD", "z$": "ZWL", "j$": "JMD", "ec$": "XCD", "rmb": "CNY", "rs": "INR",
    "rs.": "INR", "inr": "INR", "sfr": "CHF", "chf": "CHF", "dm": "DEM", "r": "ZAR",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "₸": "KZT", "₼": "AZN", "₮": "MNT", "₲": "PYG", "₵": "GHS",
    "৳": "BDT", "₠": "ECU", "﷼": "IRR", "₣": "FRF", "₤": "ITL", "元": "CNY", "円": "JPY", "圓": "CNY",
}

# Signs also written after the amount ("10 €", "100元", "500 ₽"): every one-character sign.
SIGNS_AFTER = frozenset(k for k in CURRENCY_SYMBOLS if len(k) == 1 and not k.isalpha() or k in "元円圓")

# Scale prefixes glued to an ISO code in business writing: "30 MUSD", "120 MEUR", "MAUD 60", "500 kEUR".
CODE_PREFIXES: dict[str, int] = {"M": 1_000_000, "K": 1_000, "k": 1_000, "T": 1_000, "B": 1_000_000_000}

# ISO codes accepted before or after an amount ("USD 200", "500 USD", "6.25 BTC").
ISO_CODES = frozenset(
    """USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD INR RUB BRL MXN ZAR KRW TRY SEK NOK DKK PLN CZK HUF
    ILS NGN KES EGP SAR AED QAR KWD THB IDR MYR PHP VND PKR BDT UAH ARS CLP COP PEN TWD BTC ETH
    XBT RMB""".split()
)

# Currency names after the amount; the value is the ISO code (or a lower-case name when ambiguous).
CURRENCY_NAMES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "quid": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
    "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "won": "KRW",
    "peso": "peso", "pesos": "peso", "franc": "franc", "francs": "franc", "lira": "TRY", "liras": "TRY",
    "lire": "ITL", "rand": "ZAR", "shekel": "ILS", "shekels": "ILS", "naira": "NGN", "baht": "THB",
    "ringgit": "MYR", "rupiah": "IDR", "dinar": "dinar", "dinars": "dinar", "riyal": "SAR",
    "riyals": "SAR", "rial": "rial", "rials": "rial", "dirham": "AED", "dirhams": "AED",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "zloty": "PLN", "zlotys": "PLN",
    "krona": "SEK", "kronor": "SEK", "krone": "krone", "kroner": "krone", "kronur": "ISK",
    "forint": "HUF", "forints": "HUF", "koruna": "CZK", "real": "BRL", "reais": "BRL",
    "bitcoin": "BTC", "bitcoins": "BTC", "markka": "FIM", "markkaa": "FIM", "marks": "DEM",
    "deutschmarks": "DEM", "deutsche marks": "DEM", "guilder": "NLG", "guilders": "NLG",
    "peseta": "ESP", "pesetas": "ESP", "escudo": "PTE", "escudos": "PTE", "drachma": "GRD",
    "drachmas": "GRD", "schilling": "ATS", "schillings": "ATS", "shilling": "shilling",
    "shillings": "shilling", "cedi": "GHS", "cedis": "GHS", "taka": "BDT", "kwacha": "kwacha",
    "ether": "ETH", "元": "CNY", "円": "JPY", "圓": "CNY",
}

# Adjectives that pin the currency of an ambiguous name ("Australian dollars", "Swiss francs").
CURRENCY_ADJECTIVES: dict[tuple[str, str], str] = {
    ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD",
    ("canadian", "dollar"): "CAD", ("australian", "dollar"): "AUD", ("new zealand", "dollar"): "NZD",
    ("hong kong", "dollar"): "HKD", ("singapore", "dollar"): "SGD", ("taiwan", "dollar"): "TWD",
    ("taiwanese", "dollar"): "TWD", ("zimbabwe", "dollar"): "ZWL", ("zimbabwean", "dollar"): "ZWL",
    ("jamaican", "dollar"): "JMD", ("swiss", "franc"): "CHF", ("french", "franc"): "FRF",
    ("belgian", "franc"): "BEF", ("cfa", "franc"): "XOF", ("mexican", "peso"): "MXN",
    ("argentine", "peso"): "ARS", ("argentinian", "peso"): "ARS", ("chilean", "peso"): "CLP",
    ("colombian", "peso"): "COP", ("philippine", "peso"): "PHP", ("cuban", "peso"): "CUP",
    ("british", "pound"): "GBP", ("egyptian", "pound"): "EGP", ("lebanese", "pound"): "LBP",
    ("syrian", "pound"): "SYP", ("sudanese", "pound"): "SDG", ("irish", "pound"): "IEP",
    ("indian", "rupee"): "INR", ("pakistani", "rupee"): "PKR", ("sri lankan", "rupee"): "LKR",
    ("nepalese", "rupee"): "NPR", ("indonesian", "rupiah"): "IDR", ("south african", "rand"): "ZAR",
    ("brazilian", "real"): "BRL", ("turkish", "lira"): "TRY", ("italian", "lira"): "ITL",
    ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY", ("russian", "rouble"): "RUB",
    ("russian", "ruble"): "RUB", ("swedish", "krona"): "SEK", ("norwegian", "krone"): "NOK",
    ("danish", "krone"): "DKK", ("icelandic", "krona"): "ISK", ("kuwaiti", "dinar"): "KWD",
    ("iraqi", "dinar"): "IQD", ("jordanian", "dinar"): "JOD", ("iranian", "rial"): "IRR",
    ("saudi", "riyal"): "SAR", ("qatari", "riyal"): "QAR", ("kenyan", "shilling"): "KES",
    ("ugandan", "shilling"): "UGX", ("tanzanian", "shilling"): "TZS", ("finnish", "markka"): "FIM",
    ("dutch", "guilder"): "NLG", ("spanish", "peseta"): "ESP", ("german", "mark"): "DEM",
    ("south korean", "won"): "KRW", ("korean", "won"): "KRW", ("north korean", "won"): "KPW",
    ("ukrainian", "hryvnia"): "UAH", ("polish", "zloty"): "PLN", ("hungarian", "forint"): "HUF",
    ("czech", "koruna"): "CZK", ("malaysian", "ringgit"): "MYR", ("thai", "baht"): "THB",
    ("nigerian", "naira"): "NGN", ("israeli", "shekel"): "ILS", ("new israeli", "shekel"): "ILS",
}

# Sub-units: the amount is converted to the main unit (5 cents = 0.05 USD).
SUBUNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "penny": ("GBP", 0.01), "pence": ("GBP", 0.01),
    "p": ("GBP", 0.01), "kopeks": ("RUB", 0.01), "kopecks": ("RUB", 0.01), "paise": ("INR", 0.01),
    "centavos": ("centavo", 1.0), "satoshis": ("BTC", 1e-8),
}

# Nouns after "N-pound" that make it money ("a ten-pound note", "a 50-pound fine"); before any other
# noun it is a weight ("a five-pound bag").
POUND_MONEY_NOUNS = frozenset("""note notes coin coins fine fines fee fees ticket tickets voucher vouchers bill
    bills bet bets payment payments price prices charge charges donation donations prize prizes bonus bonuses
    levy tax discount discounts deal deals loan loans reward rewards gift cheque check subscription
    stake cost note's""".split())

# Money verbs that make "N pounds" a sum of money rather than a weight.
MONEY_CUES = frozenset(
    """paid pay pays paying cost costs costing fined fine fines worth price priced prices sold sell
    sells selling bought buy buys buying earn earns earned earning spent spend spends spending raised
    raise raises donated donate salary salaries wage wages loan loans lent debt debts budget
    fund funds funding invest invested investment charge charged charges bill bid bids offer
    offered award awarded compensation damages deal profit profits loss losses revenue revenues
    sales tax taxes fee fees bonus bonuses prize tickets ticket valued value million billion""".split()
)

# ---------------------------------------------------------------------------- context words
# Safe lower-case currency codes ("half million usd"); other codes only in capitals.
LOWER_ISO = frozenset({"usd", "eur", "gbp", "jpy", "cny", "chf", "cad", "aud", "inr", "btc", "hkd", "rmb"})

# Currency names that are also common words: money only after a scaled amount ("2 billion won",
# not "won 2 games"; "5 million rand").
SCALED_ONLY_CURRENCIES = frozenset({"real", "won", "rand", "marks", "ether", "sterling"})
