"""Vocabularies for the figures extractor: number words, multipliers, currencies, units, qualifiers.

Data only. Keys are lower-case. Currency codes are ISO 4217 (https://www.iso.org/iso-4217-currency-codes.html);
where a name is ambiguous between currencies ("franc", "crown") the unit is the lower-case name.
"""
from __future__ import annotations

from . import lexicon_dates as _dates

UNITS_WORDS: dict[str, int] = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Scale words that multiply what comes before them ("two hundred", "3.5 million").
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000,
    "crore": 10_000_000, "crores": 10_000_000,
}
# Abbreviated multipliers, allowed only right after digits ("$1.2bn", "10 bln", "£3.5m").
ABBREV_SCALES: dict[str, int] = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000, "bn": 1_000_000_000,
    "bln": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000, "tln": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
# Plural scale nouns that make a vague count ("hundreds of people", "tens of thousands").
VAGUE_SCALES: dict[str, int] = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000, "tens": 10,
}

# Denominators: "two thirds", "a quarter", "five eighths".
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    "twelfth": 12, "twelfths": 12, "twentieth": 20, "twentieths": 20, "hundredth": 100,
    "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
}
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# Superlatives that make an ordinal news-relevant ("third-largest", "second biggest").
RANK_WORDS = frozenset(
    """largest biggest smallest highest lowest greatest most least best worst richest poorest
    busiest deadliest oldest youngest longest tallest strongest fastest heaviest costliest""".split()
)
ANNIVERSARY = frozenset({"anniversary", "birthday", "consecutive", "straight"})

# Qualifiers before a figure, longest first when matched. Verbs of exceeding count as "more than".
QUALIFIERS: tuple[str, ...] = tuple(sorted(
    (q.strip() for q in
    """at least|at most|more than|less than|fewer than|no more than|no less than|no fewer than|
    not more than|not less than|up to|as many as|as much as|as few as|as little as|about|around|
    approximately|roughly|nearly|almost|over|under|some|just over|just under|well over|well under|
    close to|closer to|an estimated|estimated|above|below|upwards of|in excess of|greater than|
    higher than|lower than|larger than|smaller than|bigger than|exceed|exceeds|exceeded|exceeding|
    surpass|surpasses|surpassed|surpassing|more or less|approx|approx.|circa|c.|an average of|
    average of|a maximum of|a minimum of|maximum of|minimum of|a total of|only|just|exactly|
    precisely|barely|a mere|a whopping|well above|well below|just above|just below|
    slightly more than|slightly less than|far more than|many more than|not quite|a little over|
    a little under|beyond""".replace("\n", " ").split("|")
     if q.strip()),
    key=len, reverse=True))

# Closing markers of an open range ("500 or more").
OPEN_RANGE_TAILS: dict[str, str] = {
    "or more": "low", "and more": "low", "or above": "low", "and above": "low", "or over": "low",
    "and over": "low", "or higher": "low", "and up": "low",
    "or less": "high", "or fewer": "high", "and less": "high", "or below": "high", "and under": "high",
    "or under": "high", "and below": "high", "or lower": "high", "or greater": "low",
}

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
}
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
    "ether": "ETH",
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

# ---------------------------------------------------------------------------- measures
# Unit words and symbols after a number -> canonical unit. Multi-word units are tuples of words.
UNITS: dict[str, str] = {
    # length
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "mile": "mi", "miles": "mi", "mi": "mi", "foot": "ft", "feet": "ft", "ft": "ft", "inch": "in",
    "inches": "in", "yard": "yd", "yards": "yd", "yd": "yd", "yds": "yd", "nautical mile": "nmi",
    "nautical miles": "nmi", "light year": "ly", "light years": "ly", "light-years": "ly",
    "micron": "µm", "microns": "µm", "nanometre": "nm", "nanometres": "nm", "nanometer": "nm",
    "nanometers": "nm", "nm": "nm",
    # area
    "km2": "km²", "km²": "km²", "sq km": "km²", "square kilometre": "km²", "square kilometres": "km²",
    "square kilometer": "km²", "square kilometers": "km²", "square mile": "mi²", "square miles": "mi²",
    "sq mi": "mi²", "square metre": "m²", "square metres": "m²", "square meter": "m²",
    "square meters": "m²", "m2": "m²", "m²": "m²", "sq m": "m²", "square foot": "ft²",
    "square feet": "ft²", "sq ft": "ft²", "acre": "acre", "acres": "acre", "hectare": "ha",
    "hectares": "ha", "ha": "ha",
    # volume
    "litre": "l", "litres": "l", "liter": "l", "liters": "l", "l": "l", "ml": "ml",
    "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
    "gallon": "gal", "gallons": "gal", "gal": "gal", "barrel": "bbl", "barrels": "bbl", "bbl": "bbl",
    "cubic metre": "m³", "cubic metres": "m³", "cubic meter": "m³", "cubic meters": "m³",
    "cubic foot": "ft³", "cubic feet": "ft³", "m3": "m³", "pint": "pt", "pints": "pt",
    "bushel": "bu", "bushels": "bu",
    # mass
    "kg": "kg", "kgs": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg",
    "kilogramme": "kg", "kilogrammes": "kg", "g": "g", "gram": "g", "grams": "g", "gramme": "g",
    "grammes": "g", "mg": "mg", "milligram": "mg", "milligrams": "mg", "tonne": "t", "tonnes": "t",
    "ton": "t", "tons": "t", "metric ton": "t", "metric tons": "t", "metric tonnes": "t",
    "lb": "lb", "lbs": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz", "stone": "st", "carat": "ct",
    "carats": "ct", "megaton": "Mt", "megatons": "Mt", "kiloton": "kt", "kilotons": "kt",
    "pound": "lb", "pounds": "lb",
    # speed
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "knot": "kn", "knots": "kn",
    "miles an hour": "mph", "miles per hour": "mph", "kilometres an hour": "km/h",
    "kilometers an hour": "km/h", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
    "m/s": "m/s", "metres per second": "m/s", "meters per second": "m/s",
    # data, energy, power, other
    "kb": "kB", "mb": "MB", "gb": "GB", "tb": "TB", "pb": "PB", "kilobytes": "kB", "megabytes": "MB",
    "gigabytes": "GB", "terabytes": "TB", "bit": "bit", "bits": "bit", "byte": "B", "bytes": "B",
    "mbps": "Mbit/s", "gbps": "Gbit/s", "ghz": "GHz", "mhz": "MHz", "khz": "kHz", "hz": "Hz",
    "w": "W", "kw": "kW", "mw": "MW", "gw": "GW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
    "twh": "TWh", "watt": "W", "watts": "W", "kilowatt": "kW", "kilowatts": "kW", "megawatt": "MW",
    "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW", "kilowatt-hours": "kWh",
    "kilowatt hours": "kWh", "megawatt-hours": "MWh", "gigawatt-hours": "GWh",
    "terawatt-hours": "TWh", "volt": "V", "volts": "V", "kv": "kV", "horsepower": "hp", "hp": "hp",
    "calorie": "kcal", "calories": "kcal", "kcal": "kcal", "decibel": "dB", "decibels": "dB",
    "db": "dB", "magnitude": "magnitude", "t": "t", "µg": "µg", "μg": "µg", "mcg": "µg",
    "microgram": "µg", "micrograms": "µg", "microgramme": "µg", "microgrammes": "µg",
    "kmph": "km/h", "km/hr": "km/h", "tablespoon": "tbsp", "tablespoons": "tbsp", "tbsp": "tbsp",
    "teaspoon": "tsp", "teaspoons": "tsp", "tsp": "tsp", "cup": "cup", "cups": "cup",
    "square kilometre of": "km²",
}
# Units that may only follow the number with no space ("1.8m", "75ml"), being common words or letters.
ATTACHED_ONLY = frozenset({"m", "g", "l", "w", "in", "mi", "st", "ct", "ha", "db", "nm", "b", "hp", "p", "t"})
# Temperature words.
TEMPERATURE_UNITS: dict[str, str] = {
    "celsius": "°C", "centigrade": "°C", "fahrenheit": "°F", "kelvin": "K", "c": "°C", "f": "°F",
    "celcius": "°C", "farenheit": "°F", "farenheight": "°F",
}
# Units of time: a figure with one of these is a duration (the dates extractor's), unless it is an age.
TIME_UNITS: dict[str, str] = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month", "months": "month",
    "week": "week", "weeks": "week", "day": "day", "days": "day", "hour": "hour", "hours": "hour",
    "hr": "hour", "hrs": "hour", "minute": "minute", "minutes": "minute", "min": "minute",
    "mins": "minute", "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "fortnight": "fortnight", "fortnights": "fortnight", "night": "night", "nights": "night",
    "millennium": "millennium", "millennia": "millennium", "quarter": "quarter", "quarters": "quarter",
    "weekend": "weekend", "weekends": "weekend", "semester": "semester", "term": "term", "terms": "term",
    "season": "season", "seasons": "season", "session": "session",
}

# ---------------------------------------------------------------------------- guards and noun phrases
MONTHS = frozenset(_dates.MONTHS)
WEEKDAYS = frozenset(_dates.WEEKDAY_FULL)
# Words after which a bare number names a thing rather than counts ("Route 66", "Article 5").
NAME_HEADS = frozenset(
    """route highway interstate article section chapter flight windows apollo no no. number room
    gate terminal platform exit level phase stage category class type model version pier unit
    building block lot bus train channel vol volume page paragraph resolution proposition amendment
    bill act title form schedule grade ward district precinct pillar clause rule item figure table
    episode season series verse psalm track iphone galaxy pixel boeing airbus tupolev
    antonov ilyushin sukhoi mig cessna embraer bombardier covid sars cat mark xbox playstation
    formula tier code zone sector camp bay station hall road street avenue lane wing
    division brigade regiment battalion squadron corps fleet""".split()
)
# Words that end a counted noun phrase.
STOP_WORDS = frozenset(
    """a an the this that these those it its it's he she they we you i me him her them us our your
    their his my who whom whose which what when where why how whether if than then there here
    and or but nor so yet for of in on at to from by with without within into onto over under
    about above below after before since until till during against among between through across
    per via as like unlike near off out up down upon toward towards beyond behind amid amidst
    is are was were be been being am have has had having do does did done will would shall should
    can could may might must ought not no nor never also only just even still already ever again
    too very more most less least much many few fewer some any all each every both either neither
    other another such own same said says say told according including includes include included
    while although though because unless whereas once now today yesterday tomorrow ago later
    earlier last next first percent per cent
    pct times time killed wounded injured dead died arrested hurt missing
    left remained remain remains lost won rose fell rising falling increased decreased
    respectively apiece each altogether total overall worth aboard ago soon
    back ahead apart alone instead together away along alongside beside inside outside past around throughout
    toward across onto
    goes comes seems makes takes gets gives shows needs wants means becomes faces lacks""".split()
)
# Irregular plurals: a counted noun phrase ends at them as at a regular plural.
IRREGULAR_PLURALS = frozenset(
    """people children men women personnel police staff troops cattle sheep fish aircraft
    feet teeth mice geese""".split()
)
# Nouns after which a number names an item in a sequence ("day five", "Group 3", "round 2").
NAMING_NOUNS = frozenset(
    """day week round stage game match leg phase part chapter episode season series volume act
    scene grade level group class category number no heat lap hole race section article""".split()
)
DETERMINERS_BEFORE_ONE = frozenset(
    """the this that which each any every no another someone anyone no-one everyone
    little big only last same such one's whichever a an""".split()
)
# Verbs and nouns that make "X-Y" a score rather than a range ("won 2-1").
SCORE_CUES = frozenset(
    """won win wins beat beats beaten defeated defeat lost lose loses draw drew drawn victory score
    scored scoreline lead led leads trailing trail trailed vote voted votes margin""".split()
)
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
# Verbs of change: "rose from 5% to 7%" is two figures, not a range.
CHANGE_VERBS = frozenset(
    """rose rise rises rising fell fall falls falling increased increase increases increasing decreased
    decrease decreases dropped drop drops climbed climb climbs jumped jump jumps slipped slip declined
    decline declines cut cuts raised raise raises reduced reduce reduces grew grow grows
    lowered lower boosted boost soared soar plunged plunge plummeted tumbled slid gained gain lost
    surged surge sank dipped shrank expanded widened narrowed improved moved changed revised
    upgraded downgraded added adds adding shed sheds eased eases edged edges advanced advances firmed
    rocketed skidded slumped slumps rallied rallies rebounded rebounds retreated retreats spiked leapt
    leaped crept inched dived dove recovered recovers climbing jumping gaining losing shedding
    widening narrowing trimmed trims hiked hikes slashed slashes doubled tripled halved
    regain regained regains regaining recoup recouped recoups pared pares ticked sagged skyrocketed
    nosedived weakened strengthened appreciated depreciated swelled ballooned contracted shrunk""".split()
)
# Qualifiers that bound a figure from above or below ("at most 100 and at least 20" is a range).
UPPER_BOUNDS = frozenset({"at most", "up to", "no more than", "not more than", "less than", "fewer than",
                          "under", "below", "as many as", "as much as", "a maximum of", "maximum of",
                          "smaller than", "lower than"})
LOWER_BOUNDS = frozenset({"at least", "more than", "no less than", "not less than", "no fewer than", "over",
                          "above", "a minimum of", "minimum of", "upwards of", "in excess of", "greater than",
                          "larger than", "bigger than", "higher than"})
# Determiners skipped in "51 of the airlines".
POSSESSIVES = frozenset({"the", "its", "their", "his", "her", "our", "your", "my"})
# Words kept at the start of a counted phrase ("189 other galleries").
PRE_MODIFIERS = frozenset({"other", "more", "additional", "extra", "further"})
# Words that make "45C" a temperature rather than a code.
HEAT_WORDS = frozenset("""temperature temperatures heat heatwave hot cold warm warmer warming degrees
    thermometer highs lows high low freezing chill weather celsius fahrenheit climate""".split())
# Words before "half" or "quarter" that make it a period of time ("the first quarter").
PERIOD_BEFORE = frozenset("""the this that last next first second third fourth final fiscal each every per
    latest previous same past straight consecutive successive""".split())
# Words that may follow a vague count with no noun ("hundreds were detained").
VAGUE_FOLLOWERS = frozenset("""were are have had will would could more upon who which that
    in at on across from attended joined gathered marched died fled""".split())
# Verbs before "up" that do not make a change ("make up 20 to 25 percent").
PHRASAL_UP = frozenset("make makes made making add adds added adding sum sums set sets step speed".split())
# Second parts of idiomatic number compounds ("two-way", "five-star", "one-off").
IDIOM_COMPOUNDS = frozenset("""way front alarm star fold sided time timer off on dimensional shot
    seater wheeler decker pounder footer hander liner nighter setter""".split())
# Unicode vulgar fractions.
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
          "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
GROUP_HEADS = frozenset({"group", "gang", "club", "band"})  # "the Group of 20", "Gang of Four"
# Words before a number that make it an age ("aged 14", "age 87").
AGE_WORDS = frozenset({"age", "aged"})
# Words after "1.8m" that make the m metres rather than millions.
METRE_CUES = frozenset({"tall", "high", "long", "deep", "wide", "away", "below", "above", "race",
                        "hurdles", "freestyle", "sprint", "dash", "relay", "backstroke", "breaststroke",
                        "butterfly", "medley", "final", "high-rise"})
# Words glued to a number that make it a clock time ("6pm", "1030 GMT").
CLOCK_WORDS = frozenset({"am", "pm", "a", "p", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "bst",
                          "o'clock", "hrs", "h"})
# Words that end a street address ("12 Oak Street").
STREET_WORDS = frozenset("""street st road rd avenue ave lane ln drive dr boulevard blvd way place pl court ct
    terrace square crescent close highway parkway""".split())
# Qualifiers after which a four-digit number before a plural is a count, not a year ("more than 1500 people").
COUNT_QUALIFIERS = frozenset(q.strip() for q in """at least|more than|nearly|almost|some|up to|as many as|
    fewer than|less than|an estimated|approximately|roughly|about|around|over|upwards of|close to|
    a total of""".replace("\n", "").split("|"))
# Units whose "of" phrase names what is measured ("5,000 tonnes of grain"); a distance "of" is a place.
SUBSTANCE_UNITS = frozenset("""t kg g mg lb oz st ct Mt kt l ml gal bbl m³ ft³ pt bu tbsp tsp cup acre ha km² mi² m² ft²
    kWh MWh GWh TWh µg""".split())


# Multiples (kind fraction, rule multiple): verbs of change always; adverbs and adjectives only
# before a comparison ("twice as many", "double the amount"), never "met twice", "a double room".
MULTIPLE_WORDS = {
    "doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "quadrupled": 4,
    "halved": 0.5, "halving": 0.5, "twice": 2, "double": 2, "triple": 3, "thrice": 3,
}
MULTIPLE_ADVERBS = frozenset("twice double triple thrice".split())
# Words ending in -er that are no comparative after "times" ("three times per ...", "ten times under").
COMPARATIVE_EXCEPTIONS = frozenset("under after later never either other whether number together".split())
# Sports idiom: "doubled the lead", "doubled their advantage" is a second goal, not a multiple.
SCORE_LEADS = frozenset("lead advantage tally score margin account".split())
