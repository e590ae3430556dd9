"""Number words: cardinals, tens, scales and their abbreviations, vague plural scales, ordinals,
denominators, vulgar fractions, multiples.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

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
    "thirtieth": 30, "thirtieths": 30, "fortieth": 40, "fortieths": 40, "fiftieth": 50, "fiftieths": 50,
    "sixtieth": 60, "sixtieths": 60, "millionth": 1_000_000, "millionths": 1_000_000,
    "billionth": 1_000_000_000, "billionths": 1_000_000_000, "trillionth": 1_000_000_000_000,
    "trillionths": 1_000_000_000_000,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

# Unicode vulgar fractions.
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
          "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}

# Multiples (kind fraction, rule multiple): verbs of change always; adverbs and adjectives only
# before a comparison ("twice as many", "double the amount"), never "met twice", "a double room".
MULTIPLE_WORDS = {
    "doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "quadrupled": 4,
    "halved": 0.5, "halving": 0.5, "twice": 2, "double": 2, "triple": 3, "thrice": 3,
}

MULTIPLE_ADVERBS = frozenset("twice double triple thrice".split())

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "a": 1, "an": 1, "single": 1, "half": 0, "dozen": 12,
    "couple": 2,
}

# Vague quantities: the TIMEX3 value keeps an X for the number ("several months" -> PXM).
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some", "a couple of", "the next few",
                    "a number of", "numerous", "countless")

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1, "final": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# Words that count a plural noun ("three sets", "dozens of").
COUNT_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred hundreds thousand thousands million millions several few many both dozen dozens""".split())

# Ordinal words before a noun ("the second set", "the final round").
RANK_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last final".split())

# Denominators "a"/"an" makes a number of ("a third of"); "a half" and "a quarter" are read apart.
ARTICLE_DENOMINATORS = frozenset("""third fifth sixth seventh eighth ninth tenth twelfth twentieth thirtieth
    hundredth thousandth millionth billionth trillionth""".split())

# Denominators a slash fraction may have ("3/4", "10 1/2"): "24/7" and "9/11" are no fractions.
SMALL_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})

# Decades in words: the tens digit ("the sixties" -> 196).
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

# Ordinals that name a quarter or half of a year ("the third quarter", "2nd-quarter").
QUARTER_ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}

# Digit words read one by one after "point" in a decimal said aloud ("two point nought four"); "oh"
# is zero there only before another digit word ("nine point oh five").
DECIMAL_DIGITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}

# Multipliers read after digits only with a currency before them ("$1.2T", "$3t"): without one,
# a glued t is tonnes and a T a tesla or a model name.
MONEY_SCALES: dict[str, int] = {"t": 1_000_000_000_000}

# Words after a k glued to digits that make it kilometres: a race ("a 10K run", "the 5k fun run").
K_RACE_CUES = frozenset("""run runs race races walk walks fun road trail charity marathon swim ride
    course loop runner runners event""".split())

# Words after a K glued to digits that make it a screen resolution ("4K TVs", "8K footage").
K_RESOLUTION_CUES = frozenset("""tv tvs television televisions resolution display displays screen
    screens monitor monitors video videos camera cameras footage streaming stream streams hdr uhd
    content projector projectors version versions quality oled panel panels blu-ray ultra""".split())

# Words after a k glued to digits that make it karats ("18k gold").
K_KARAT_CUES = frozenset("gold white yellow rose solid".split())


# Superscript digits and signs of an exponent ("6.23×10⁻⁴").
SUPERSCRIPTS: dict[str, str] = {
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    "⁻": "-", "⁺": "+",
}

# Words before "negative" that make it a test result, not a sign ("tested negative two days later").
NEGATIVE_RESULT_WORDS = frozenset("""tested test tests testing came comes come coming back returned returns
    proved proves result results""".split())
