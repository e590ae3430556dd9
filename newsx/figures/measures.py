"""Percentages, temperatures, angles, units of measure and hyphenated compounds after a number.

Units come from one table (``lexicon.units.UNIT_TABLE``: symbol, dimension, names). Rules, in order:
1. percent: "%", "percent", "per cent", "per-cent", "pct", "40pc", "percentage points", "2ppt",
   "25 basis points", "50bps" (basis points are given in percentage points);
2. temperature: "40°C", "85°", "98.6 degrees F", "30 degrees celsius", "90 fahrenheit", "10 celcius",
   "45C" glued or "25 F" spaced in a sentence about heat ("40C heat", "-15C overnight": then any
   word may follow), not "13F filing" nor "14.7C/ share"; "300K" kelvin in a sentence about heat or physics, not "4K TVs"; bare degrees (and "°")
   are an angle ("deg") after words of turning or slope or before "north", "angle" ("rotate 90
   degrees", "45 degrees north"), a count near academic words ("two degrees in law"), else a
   temperature; a word of heat in the sentence keeps the temperature;
3. unit: multi-word units first ("cubic feet", "miles an hour", "km/h", "light-years", "137
   mile-per-hour"), then one word; units that must touch the number ("5m", "10g", "2in"), spaced
   only in a conversion ("40 km (25 mi)") or before "of" ("5 g of heroin"); a unit in brackets ("20
   (kg)"); never a capital letter alone ("1.8M" is millions, "5G" a code), never a unit with a
   word glued after it; a rate after "per" or "/" ("ten megabits per second", "50 km/ms", "5 mg
   per litre"), not after "a" ("10 tonnes a day" is 10 tonnes); "mb" is millibars in a sentence
   about pressure or storms;
4. hyphenated compounds: ages ("28-year-old"; "a 10-year sentence" is a duration), money
   ("12-cent", "a 5-dollar bill", "a ten-pound note"), weights ("a five-pound bag": "N-pound" is
   money only before a noun of money), units ("3-inch", "10-square-mile", "a 90-kilometre-per-hour
   wind", "a 5-degree", "a 30-degree angle"), "a 5-percent", "18-fold"; else a count of what
   follows ("a 10-point plan"), unless an idiom ("two-way", "one-timer"), an adjective or a rank
   ("third-largest").
``article_measure``: the article as the number one before a unit ("a litre of milk", "a mile away").
"""
from __future__ import annotations

from decimal import Decimal

from ..doc.numbers import DASHES, Number, Stream, adjacent, near, spaced, starts_number, to_decimal
from ..doc.tokens import NUM, SYM, WORD
from ..lexicon.currencies import CURRENCY_NAMES, CURRENCY_SYMBOLS, POUND_MONEY_NOUNS, SUBUNITS
from ..lexicon.figures import (COMPOUND_ADJECTIVE_ENDINGS, HEAT_WORDS, IDIOM_COMPOUNDS, MEASURE_DETERMINERS, METRE_CUES,
                               POSSESSIVES, RANK_WORDS, SIZE_ADJECTIVES, STOP_WORDS, VAGUE_COMPOUNDS)
from ..lexicon.grammar import ARTICLES
from ..lexicon.numbers import K_RACE_CUES, SCALES
from ..lexicon.units import (ACADEMIC_CUES, ANGLE_CUES, ANGLE_NEXT, ARTICLE_UNITS, ATTACHED_ONLY, DIMENSIONS,
                             KELVIN_CUES, PRESSURE_CUES, RATE_DENOMINATORS, SUBSTANCE_UNITS, TEMPERATURE_SCALES,
                             TEMPERATURE_UNITS, TIME_UNITS, UNITS)
from .draft import Draft, done
from .money import currency_after
from .phrases import counted_after, qualifier_before

# First words of multi-word units ("cubic feet", "miles an hour"): the only words to try them on.
_MULTI_FIRST = frozenset(key.split(" ")[0] for key in UNITS if " " in key)
_END_MARKS = frozenset(".,;:)!?")
_SENTENCE_ENDS = frozenset(".!?")
_DEGREE_SIGNS = frozenset({"°", "º"})
_OPENERS = {"(": ")", "[": "]", "{": "}", "<": ">"}  # a unit in brackets of any shape
_RATE_LINKS = frozenset({"per", "/"})  # "10 tonnes a day" stays "10 tonnes": the rate is said after the figure
_PERCENT_POINTS = frozenset({"pp", "ppt", "ppts"})
_DEGREE_WORDS = frozenset({"degree", "degrees", "deg"})
_RATES = frozenset({"speed", "data rate", "flow"})
_LETTER_AMOUNTS = frozenset({"g", "l", "t", "m"})
_SPACED_SYMBOLS = frozenset({"m", "dm", "g", "t", "mi", "ha"})  # not "in", "b", "p", "st", "v": words or list marks
_DIMENSION_LINKS = frozenset({"x", "×", "by"})
_POWERS = {"2": "²", "3": "³"}
_CASED_SYMBOLS = frozenset({"Wh", "eV", "MJ"})  # written only so, spaced from the number too
_PART_WORDS = {"half": Decimal("0.5")}  # "half a mile": the part before the article as one
_POINTS = frozenset({"point", "points"})
# "ten feet of the door": a place, not a material. Articles and possessives only, narrower than
# DETERMINERS: after a demonstrative the noun may be the material ("20 miles of this road").
_BEFORE_PLACE = POSSESSIVES | ARTICLES


def percent_after(s: Stream, j: int) -> tuple[str, int] | None:
    """ "%", "percent", "per cent", "pct", "40pc", "percentage points", "basis points", "50bps"."""
    if j >= s.n or not near(s, j - 1, j):
        return None
    w = s.low[j]
    glued_word_after = adjacent(s, j, j + 1) and s.kind[j + 1] == WORD
    if w == "%" or w == "％":
        return "%", j + 1
    if w == "pc" and adjacent(s, j - 1, j) and not glued_word_after:
        return "%", j + 1
    if w == "percent" or w == "pct" or w == "percents":
        return "%", j + 1
    if w == "per" and s.low[j + 1] == "cent" and spaced(s, j, j + 1):
        return "%", j + 2
    if w == "basis" and s.low[j + 1] in _POINTS:
        return "basis_point", j + 2
    if (w == "bps" or w == "bp") and not glued_word_after:
        return "basis_point", j + 1
    if w == "percentage":
        if s.low[j + 1] in _POINTS:
            return "percentage_point", j + 2
        if s.low[j + 1] == "-" and s.low[j + 2] in _POINTS:
            return "percentage_point", j + 3
        return "%", j + 1  # "a 10 percentage rise": percent, as some English-language press writes it
    if w == "per" and s.low[j + 1] == "-" and s.low[j + 2] == "cent" and adjacent(s, j, j + 1) \
            and adjacent(s, j + 1, j + 2):
        return "%", j + 3  # "5 per-cent"
    if w in _PERCENT_POINTS and not glued_word_after and (w != "pp" or adjacent(s, j - 1, j)):
        return "percentage_point", j + 1  # "a 2ppt rise", "1.5 ppts"; "300 pp" alone may be pages
    return None


def temperature_after(s: Stream, j: int) -> tuple[str | None, int]:
    """ "40°C", "85°", "98.6 degrees f", "30 degrees celsius", "90 fahrenheit", "45C"."""
    if j >= s.n or not near(s, j - 1, j):
        return None, j
    w = s.low[j]
    nxt = s.low[j + 1]
    if w in _DEGREE_SIGNS:
        if adjacent(s, j, j + 1) and nxt in ("c", "f", "k"):
            return "°" + s.text[j + 1].upper(), j + 2
        if spaced(s, j, j + 1) and nxt in TEMPERATURE_SCALES:
            return TEMPERATURE_UNITS[nxt], j + 2
        return "°", j + 1
    if (w == "c" or w == "f") and s.text[j].isupper():
        if adjacent(s, j - 1, j) and attached_temperature(s, j):
            return "°" + s.text[j], j + 1  # "45C", "104F"
        if spaced(s, j - 1, j) and _spaced_letter_temperature(s, j):
            return "°" + s.text[j], j + 1  # "25 F outside" in a sentence about the weather
    if w == "k" and s.text[j] == "K" and is_kelvin(s, j):
        return "K", j + 1  # "cooled to 4K"
    if w in ("°c", "°f", "℃", "℉"):
        return {"℃": "°C", "℉": "°F"}.get(w, "°" + w[-1].upper()), j + 1
    if w == "deg":
        jj = j + 2 if nxt == "." and adjacent(s, j, j + 1) else j + 1
        if spaced(s, jj - 1, jj) and s.low[jj] in TEMPERATURE_UNITS:
            return TEMPERATURE_UNITS[s.low[jj]], jj + 1
        return "°", jj
    if w == "degree" or w == "degrees":
        if spaced(s, j, j + 1) and nxt in TEMPERATURE_UNITS:
            if (nxt == "c" or nxt == "f") and adjacent(s, j + 1, j + 2) and s.kind[j + 2] == WORD:
                return "°", j + 1
            return TEMPERATURE_UNITS[nxt], j + 2
        return "°", j + 1
    if w in TEMPERATURE_SCALES:
        return TEMPERATURE_UNITS[w], j + 1  # "30 celsius", "300 kelvin", "10 celcius"
    return None, j


def _sentence_has(s: Stream, j: int, words: frozenset[str], back: int = 14, ahead: int = 8,
                  skip: frozenset[str] = frozenset()) -> bool:
    """Whether one of ``words`` (but ``skip``) stands within ``back`` pieces before piece j or
    ``ahead`` pieces after it, in its sentence."""
    low = s.low
    k = j - 1
    while k >= max(0, j - back) and low[k] not in _SENTENCE_ENDS:
        if low[k] in words and low[k] not in skip:
            return True
        k -= 1
    k = j + 1
    while k < min(s.n, j + ahead) and low[k] not in _SENTENCE_ENDS:
        if low[k] in words and low[k] not in skip:
            return True
        k += 1
    return False


def _letter_alone(s: Stream, j: int) -> bool:
    """The letter at piece j stands alone: no word, digit or hyphen glued after it ("F-16", "4K TVs" are names)."""
    if j + 1 >= s.n or not adjacent(s, j, j + 1):
        return True
    return s.text[j + 1] in _END_MARKS


def _spaced_letter_temperature(s: Stream, j: int) -> bool:
    """ "25 F outside", "a low of -3 C": a spaced capital C or F is a temperature only in a sentence
    about the weather or heat, after a plausible temperature ("grade C", "F-16" have no number before)."""
    if not _letter_alone(s, j) or s.kind[j - 1] != NUM or abs(to_decimal(s.text[j - 1])) > 150:
        return False
    nxt = s.low[j + 1]
    if s.kind[j + 1] == WORD and nxt not in STOP_WORDS and nxt not in HEAT_WORDS and not s.text[j + 1].isupper() \
            and nxt not in ("outside", "inside", "today", "overnight"):
        return False  # "5 C grades"
    return _sentence_has(s, j, HEAT_WORDS, skip=_DEGREE_WORDS)


def is_kelvin(s: Stream, j: int) -> bool:
    """ "300K" or "4 K" in a sentence about heat or physics ("cooled to 4K"); not "4K TVs", "$50K"."""
    if not _letter_alone(s, j) or s.kind[j - 1] != NUM:
        return False
    if s.kind[j + 1] == WORD and s.low[j + 1] not in STOP_WORDS and s.low[j + 1] not in HEAT_WORDS:
        return False
    return _sentence_has(s, j, KELVIN_CUES) or _sentence_has(s, j, HEAT_WORDS, skip=_DEGREE_WORDS)


def degree_reading(s: Stream, i: int, j: int, word: bool) -> str:
    """What "degrees" (or "°") after the number starting at piece i, ending before j, measures:
    "angle" ("rotate 90 degrees", "45 degrees north", "a 30-degree angle"), "academic" ("two degrees
    in engineering": a count), else "temperature". A word of heat in the sentence keeps the temperature."""
    nxt = s.low[j]
    if nxt in ANGLE_NEXT and (len(nxt) > 1 or s.text[j].isupper() and _letter_alone(s, j)):
        return "angle"
    if _sentence_has(s, i, HEAT_WORDS, skip=_DEGREE_WORDS) or _sentence_has(s, j - 1, HEAT_WORDS, skip=_DEGREE_WORDS):
        return "temperature"
    if word and _sentence_has(s, j - 1, ACADEMIC_CUES):
        return "academic"
    if _sentence_has(s, i, ANGLE_CUES):
        return "angle"
    return "temperature"


def temperature_figure(s: Stream, raw: Draft, num: Number) -> tuple[Draft, int] | None:
    """A temperature after the number; bare degrees may be an angle ("deg") or academic degrees (a count)."""
    unit, jj = temperature_after(s, num.j)
    if not unit:
        return None
    if unit == "°":
        word = s.low[num.j] in _DEGREE_WORDS
        reading = degree_reading(s, num.i, jj, word)
        if reading == "angle":
            return done(s, raw, "measure", "deg", "angle", jj)
        if reading == "academic":
            raw.counted = s.text[num.j]
            return done(s, raw, "count", None, "count", jj)
    return done(s, raw, "measure", unit, "temperature", jj)


def attached_temperature(s: Stream, j: int) -> bool:
    """ "45C" in a sentence about heat (then any word may follow: "-15C overnight"), or ending a
    clause ("it hit 45C."); not "13F filing" or "14.7C/ share"."""
    last = j + 1 >= s.n
    nxt = s.text[j + 1]
    if not last and (adjacent(s, j, j + 1) and nxt not in _END_MARKS or nxt == "/"):
        return False
    value = to_decimal(s.text[j - 1]) if s.kind[j - 1] == NUM else Decimal(1000)
    if value > 150:
        return False
    if _sentence_has(s, j, HEAT_WORDS):
        return True  # a sentence about heat: any word may follow ("-15C overnight", "45C on Tuesday in the heat")
    if not last and s.kind[j + 1] == WORD and s.low[j + 1] not in STOP_WORDS:
        return False  # "13F filing", "the 4C class" with no word of heat
    return last or s.kind[j + 1] == SYM and nxt in _END_MARKS


def unit_after(s: Stream, j: int) -> tuple[str | None, int]:
    """A unit of measure after the number ending before piece j, and the piece after it; a rate when
    "per" or "/" and a denominator follow ("50 metres per second", "5 km/ms", "3 mg per litre")."""
    unit, jj = _unit_after(s, j)
    if unit == "MB" and _sentence_has(s, j, PRESSURE_CUES):
        return "mbar", jj  # "a low of 980 mb": millibars in a weather report, not megabytes
    if unit is None or DIMENSIONS.get(unit) in _RATES or s.low[jj] not in _RATE_LINKS:
        return unit, jj
    return _rate(s, unit, jj)


def _rate(s: Stream, unit: str, jj: int) -> tuple[str, int]:
    """The unit as a rate when a denominator follows the link at piece jj ("per", "/")."""
    link = s.low[jj]
    den = s.low[jj + 1]
    if s.kind[jj + 1] != WORD or (adjacent(s, jj + 1, jj + 2) and s.kind[jj + 2] in (WORD, NUM)):
        return unit, jj
    if link == "/":
        if not (adjacent(s, jj - 1, jj) and adjacent(s, jj, jj + 1)):
            return unit, jj
    elif not (spaced(s, jj - 1, jj) and spaced(s, jj, jj + 1)):
        return unit, jj
    two = den + " " + s.low[jj + 2]
    if link != "/" and two in UNITS and " " in two and spaced(s, jj + 1, jj + 2):
        return f"{unit}/{UNITS[two]}", jj + 3  # "40 micrograms per cubic metre"
    sym = RATE_DENOMINATORS.get(den)
    if sym is None and den in UNITS and (link == "/" or len(den) > 1 and den not in ATTACHED_ONLY):
        sym = UNITS[den]  # "5 milligrams per litre", "60 mg/l"
    if sym is None:
        return unit, jj
    return f"{unit}/{sym}", jj + 2


def _unit_after(s: Stream, j: int) -> tuple[str | None, int]:
    """A unit of measure after the number ending before piece j, and the piece after it."""
    if j >= s.n or not near(s, j - 1, j):
        return None, j
    low = s.low
    w = low[j]
    if w in _OPENERS and low[j + 2] == _OPENERS[w] and low[j + 1] in UNITS and len(low[j + 1]) > 1 \
            and adjacent(s, j, j + 1) and adjacent(s, j + 1, j + 2):
        return UNITS[low[j + 1]], j + 3  # "20 (kg)", "5 [mm]": a unit in brackets
    if w in _MULTI_FIRST or low[j + 1] == "/" or low[j + 1] == "-":
        found = _multi_word_unit(s, j)
        if found[0] is not None:
            return found
    if low[j + 1] == "-" and low[j + 2] == "per" and low[j + 3] == "-" and adjacent(s, j, j + 1) \
            and adjacent(s, j + 1, j + 2):
        for name in (f"{w} per {low[j + 4]}", f"{w}s per {low[j + 4]}"):
            if name in UNITS:
                return UNITS[name], j + 5  # "137 mile-per-hour", "60 kilometres-per-hour"
    if w == "in" and spaced(s, j - 1, j) and (_conversion(s, j) or low[j + 1] in SIZE_ADJECTIVES):
        return "in", j + 1  # "12 in (30 cm)", "2 in thick"; "in" is no unit name elsewhere
    if w == "k" and adjacent(s, j - 1, j) and before_race(s, j):
        return "km", j + 1  # "a 5K run", "the 10k race": a race's distance in kilometres
    if w in UNITS:
        if w in ATTACHED_ONLY and not adjacent(s, j - 1, j) and not _conversion(s, j) \
                and not _spaced_symbol(s, j):
            return None, j
        if len(w) == 1 and s.text[j].isupper() and w != "l":
            return None, j  # "1.8M" is millions; "5G" a code; "3 L" is litres
        if adjacent(s, j, j + 1) and (s.kind[j + 1] == WORD or s.kind[j + 1] == NUM):
            glued = w + low[j + 1]
            if glued not in UNITS:
                return None, j  # "2 in april", "50,000 in 2020": "in" is never a unit here
            if s.kind[j + 1] == NUM:
                return UNITS[glued], j + 2  # "km2"
        return _power_of_unit(s, UNITS[w], j + 1)
    return None, j


def _power_of_unit(s: Stream, unit: str, j: int) -> tuple[str, int]:
    """A length unit squared or cubed: "12 km^2", "5 m^3", "2 km squared", "4 km cubed"; the unit
    and the piece after it."""
    if DIMENSIONS.get(unit) != "length":
        return unit, j
    low = s.low
    if low[j] == "^" and adjacent(s, j - 1, j) and adjacent(s, j, j + 1) and low[j + 1] in _POWERS \
            and not (adjacent(s, j + 1, j + 2) and s.kind[j + 2] in (WORD, NUM)):
        return unit + _POWERS[low[j + 1]], j + 2
    if (low[j] == "squared" or low[j] == "cubed") and spaced(s, j - 1, j):
        return unit + ("²" if low[j] == "squared" else "³"), j + 1
    return unit, j


def _conversion(s: Stream, j: int) -> bool:
    """A short unit at piece j spaced from a one-piece number in a conversion: "40 km (25 mi)",
    "12 m (39 ft)" (a number in parentheses follows); or a letter unit of an amount of a
    substance: "5 g of heroin", "2 t of steel"."""
    if s.kind[j - 1] != NUM:
        return False
    nxt = s.low[j + 1]
    return s.low[j - 2] == "(" and nxt == ")" or nxt == "(" and s.kind[j + 2] == NUM \
        or nxt == "of" and s.low[j] in _LETTER_AMOUNTS and s.text[j + 2].islower()


def before_race(s: Stream, j: int) -> bool:
    """The piece after j (past a hyphen) names a race or a run ("5K run", "10k-race", "charity 5K")."""
    nxt = j + 2 if s.low[j + 1] in DASHES and adjacent(s, j, j + 1) else j + 1
    return s.kind[nxt] == WORD and s.low[nxt] in K_RACE_CUES or j >= 2 and s.low[j - 2] in K_RACE_CUES


def _spaced_symbol(s: Stream, j: int) -> bool:
    """A unit symbol that is also a letter or a word, spaced from the number, is the unit when the
    measure ends there: before a mark, "x" or "by" of a dimension, or the next number of a series
    ("a 12 m mast.", "2 m x 3 m", "1 m 20 cm"); before a word it is something else ("5 m people",
    "the 3 g network")."""
    if s.text[j] in _CASED_SYMBOLS:
        return True  # "45 Wh", "1.7 eV": the capitals make them units
    if s.low[j] not in _SPACED_SYMBOLS or not s.text[j].islower():
        return False
    nxt = s.low[j + 1]
    return j + 1 >= s.n or nxt in _END_MARKS or nxt in _DIMENSION_LINKS or s.kind[j + 1] == NUM or nxt == "^" \
        or s.low[j] == "m" and nxt in METRE_CUES  # "30 m tall"


def _multi_word_unit(s: Stream, j: int) -> tuple[str | None, int]:
    """ "1.5 million gallon", "1.4 trillion cubic feet", "miles an hour", "km/h", "m/s"."""
    for width in (3, 2):
        if j + width <= s.n:
            parts = s.low[j:j + width]
            if all(s.kind[x] == WORD or s.low[x] == "/" for x in range(j, j + width)):
                key = " ".join(parts)
                if key in UNITS:
                    return UNITS[key], j + width
            if width == 3 and (parts[1] == "/" or parts[1] == "-") and adjacent(s, j, j + 1) \
                    and adjacent(s, j + 1, j + 2):
                key = "".join(parts)  # "km/h", "light-years", "kilowatt-hours"
                if key in UNITS:
                    return UNITS[key], j + 3
    return None, j


def hyphen_compound(s: Stream, raw: Draft, num: Number, j: int) -> tuple[Draft | None, int]:
    """The compound of the number and the word after the hyphen at piece j (rule 4)."""
    w = s.low[j + 1]
    k = j + 2
    if w in TIME_UNITS:
        if s.low[k] == "-" and s.low[k + 1] == "old":
            return done(s, raw, "measure", TIME_UNITS[w], "age", k + 2)  # "28-year-old"
        return None, k  # "a 10-year sentence": a duration
    if (w == "pound" or w == "pounds") and not num.scaled:
        if s.low[k] in POUND_MONEY_NOUNS:
            done(s, raw, "money", "GBP", "money", k)
            return raw, k  # "a ten-pound note"
        raw.counted = measured_noun(s, k)
        return done(s, raw, "measure", "lb", "measure", k)  # "a five-pound bag of flour": "bag"
    if w in SUBUNITS or w in CURRENCY_NAMES or w == "dollar":
        code, _, factor = (SUBUNITS[w][0], 0, SUBUNITS[w][1]) if w in SUBUNITS else currency_after(s, j + 1, num)
        if code:
            raw.value = num.value * Decimal(str(factor)) if isinstance(num.value, Decimal) else num.value * factor
            done(s, raw, "money", code, "money", j + 2)
            return raw, k  # "12-cent", "a 5-dollar bill"
    unit, jj = _hyphen_unit(s, j, w)
    if unit:
        raw.counted = measured_noun(s, jj)  # "a 6.1-inch screen", "a 45-yard field goal"
    if unit == "°" and degree_reading(s, num.i, jj, False) == "angle":
        return done(s, raw, "measure", "deg", "angle", jj)  # "a 45-degree angle", "a 180-degree turn"
    if unit:
        return done(s, raw, "measure", unit, "measure", jj)
    if w == "percent":
        return done(s, raw, "percent", "%", "percent", k)
    if w in RANK_WORDS or w in STOP_WORDS and w not in _POINTS:
        return None, k
    if starts_number(s, j + 1) or s.kind[j + 1] != WORD or w in VAGUE_COMPOUNDS:
        return None, k
    if w == "fold":
        return done(s, raw, "number", None, "fold", k)  # "an 18-fold increase"
    if num.value <= 1 or w in IDIOM_COMPOUNDS or w.endswith(COMPOUND_ADJECTIVE_ENDINGS):
        return None, k  # "one-timer", "two-way", "zero-coupon", "three-dimensional"
    raw.counted = counted_after(s, k, noun_first=True)[0]  # "10-point peace plan"
    return done(s, raw, "count", None, "compound", k)


def _hyphen_unit(s: Stream, j: int, w: str) -> tuple[str | None, int]:
    """The unit after the hyphen at piece j: "3-inch", "a 137 mile-per-hour serve", "10-square-mile"."""
    k = j + 2
    low = s.low
    unit, jj = unit_after(s, j + 1)
    if low[k] == "-" and low[k + 1] == "per" and low[k + 2] == "-" and adjacent(s, k, k + 1):
        for name in (f"{w} per {low[k + 3]}", f"{w}s per {low[k + 3]}"):
            if name in UNITS:
                return UNITS[name], k + 4
    if unit is None and low[k] == "-" and adjacent(s, j + 1, k) and adjacent(s, k, k + 1) \
            and (w + " " + low[k + 1]) in UNITS:
        return UNITS[w + " " + low[k + 1]], k + 2  # "10-square-mile", "5,000-metric-ton"
    if unit is None and w == "degree":
        return "°", j + 2
    return unit, jj


def measure_figure(s: Stream, raw: Draft, num: Number) -> tuple[Draft, int] | None:
    """A unit after the number (rule 3): "30 km", "5 ft 2 in", "5,000 tonnes of grain"."""
    unit, jj = unit_after(s, num.j)
    if not unit:
        return None
    if unit == "ft":  # "5 ft 2 in", "6 feet and 3 inches"
        kk = jj + 1 if s.low[jj] == "and" else jj
        if s.kind[kk] == NUM and near(s, kk - 1, kk):
            u2, k2 = unit_after(s, kk + 1)
            if u2 is None and s.low[kk + 1] in ("in", "inches", "inch") and spaced(s, kk, kk + 1):
                u2, k2 = "in", kk + 2
            if u2 == "in":
                raw.value = float(num.value) + float(to_decimal(s.text[kk])) / 12
                jj = k2
    # "5,000 tonnes of grain", "30 inches of snow"; but "within ten feet of the door" is a place.
    material = unit in SUBSTANCE_UNITS or (s.low[jj + 1] not in _BEFORE_PLACE and not s.text[jj + 1][:1].isupper())
    raw.counted = counted_after(s, jj, allow_of=True)[0] if s.low[jj] == "of" and material else None
    if s.low[jj] != "of" and _attributive(s, num.i, raw.qualifier):
        raw.counted = measured_noun(s, jj)  # "a 30m footbridge", "its 40 km pipeline"
    return done(s, raw, "measure", unit, "measure", jj)


def _attributive(s: Stream, i: int, qualifier: str | None) -> bool:
    """Whether a measure starting at piece i stands where an adjective does, after an article, a
    determiner or a possessive ("a 30m footbridge", "the country's 40 km pipeline", "an estimated
    5 km tunnel"); a measure after a verb is its object ("ran 30 km yesterday")."""
    if qualifier:
        return qualifier.startswith(("a ", "an "))
    p = i - 1
    if p < 0 or not spaced(s, p, i):
        return False
    return s.low[p] in MEASURE_DETERMINERS or s.low[p] == "s" and p > 1 and s.low[p - 1] in ("'", "’") \
        and adjacent(s, p - 1, p)


def measured_noun(s: Stream, k: int) -> str | None:
    """The noun a measure standing before it measures, the noun phrase at piece k ("a five-pound bag
    of flour": "bag"; "a 45-yard field goal": "field goal"), past an adjective of size joined by a
    hyphen or a space ("a 5-mile-long tunnel", "a 15 m high wall": the tunnel, the wall)."""
    if s.low[k] == "-" and s.low[k + 1] in SIZE_ADJECTIVES and adjacent(s, k - 1, k) and adjacent(s, k, k + 1):
        k += 2
    elif s.low[k] in SIZE_ADJECTIVES and spaced(s, k - 1, k) and s.kind[k + 1] == WORD and spaced(s, k, k + 1) \
            and s.low[k + 1] not in STOP_WORDS:
        k += 1
    elif s.low[k] in SIZE_ADJECTIVES:
        return None  # "a wall a 30m high": no noun
    if k >= s.n or s.kind[k] != WORD or not spaced(s, k - 1, k):
        return None
    return counted_after(s, k, noun_first=True)[0]


def article_measure(s: Stream, k: int) -> Draft | None:
    """The article as the number one before a unit ("a litre of milk", "a mile away", "more than a
    kilometre", "a square mile"), value 1; not after an amount, where "a" starts a rate ("$80 a barrel",
    "50 cents a litre", "10 miles a day"), nor before a hyphen ("a mile-long queue" is read as a whole)."""
    j = k + 1
    name = s.low[j]
    two = name + " " + s.low[j + 1]
    if two in ARTICLE_UNITS and spaced(s, j, j + 1):
        end = j + 2
    elif name in ARTICLE_UNITS:
        end = j + 1
        two = name
    else:
        return None
    if not spaced(s, k, j) or k > 0 and _after_amount(s, k - 1):
        return None
    if adjacent(s, end - 1, end) and s.kind[end] != SYM or s.low[end] in ("-", "–") or s.low[end] == "'s":
        return None
    unit, jj = unit_after(s, j)
    if unit is None:
        unit, jj = UNITS[two], end
    value = Decimal(1)
    if k > 0 and s.low[k - 1] in _PART_WORDS and spaced(s, k - 1, k):
        value = _PART_WORDS[s.low[k - 1]]  # "half a milligram", "half a mile away"
        k -= 1
    if s.low[jj] == "and" and s.low[jj + 1] == "a" and s.low[jj + 2] == "half" and spaced(s, jj - 1, jj):
        value += Decimal("0.5")  # "a mile and a half"
        jj += 3
    qual, qstart = qualifier_before(s, k)
    raw = Draft(k, jj, s.start[k], s.end[jj - 1], "measure", value, unit, qual and qual.lower(), qstart, None,
                "article-unit", words=True, ft=k)
    material = unit in SUBSTANCE_UNITS and s.low[jj] == "of"
    raw.counted = counted_after(s, jj, allow_of=True)[0] if material else None
    return raw


def _after_amount(s: Stream, p: int) -> bool:
    """Piece p ends an amount or a unit, so that an article after it starts a rate."""
    w = s.low[p]
    return s.kind[p] == NUM or w in UNITS and w not in ATTACHED_ONLY or w in TIME_UNITS or w in CURRENCY_NAMES or w in SUBUNITS \
        or w in SCALES or w in CURRENCY_SYMBOLS or w == "%" or w == "percent" or w == "per" or w == "cent"
