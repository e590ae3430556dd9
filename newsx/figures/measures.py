"""Percentages, temperatures, units of measure and hyphenated compounds after a number.

Rules, in order:
1. percent: "%", "percent", "per cent", "pct", "40pc", "percentage points", "25 basis points",
   "50bps" (basis points are given in percentage points);
2. temperature: "40°C", "85°", "98.6 degrees F", "30 degrees celsius", "90 fahrenheit", "45C"
   glued, in a sentence about heat, not "13F filing" nor "14.7C/ share";
3. unit: multi-word units first ("cubic feet", "miles an hour", "km/h", "137 mile-per-hour"), then
   one word; units that must touch the number ("5m", "10g", "2in"), never a capital letter alone
   ("1.8M" is millions, "5G" a code), never a unit with a word glued after it;
4. hyphenated compounds: ages ("28-year-old"; "a 10-year sentence" is a duration), money
   ("12-cent", "a 5-dollar bill"), units ("3-inch", "10-square-mile", "a 90-kilometre-per-hour
   wind", "a 5-degree"), "a 5-percent", "18-fold"; else a count of what follows ("a 10-point
   plan"), unless an idiom ("two-way", "one-timer"), an adjective or a rank ("third-largest").
"""
from __future__ import annotations

from decimal import Decimal

from ..doc.numbers import Number, Stream, adjacent, near, spaced, starts_number, to_decimal
from ..doc.tokens import NUM, SYM, WORD
from ..lexicon.currencies import CURRENCY_NAMES, SUBUNITS
from ..lexicon.figures import (COMPOUND_ADJECTIVE_ENDINGS, HEAT_WORDS, IDIOM_COMPOUNDS, POSSESSIVES, RANK_WORDS, STOP_WORDS,
                               VAGUE_COMPOUNDS)
from ..lexicon.units import ATTACHED_ONLY, SUBSTANCE_UNITS, TEMPERATURE_UNITS, TIME_UNITS, UNITS
from .draft import Draft, done
from .money import currency_after
from .phrases import counted_after

# First words of multi-word units ("cubic feet", "miles an hour"): the only words to try them on.
_MULTI_FIRST = frozenset(key.split(" ")[0] for key in UNITS if " " in key)
_END_MARKS = frozenset(".,;:)!?")
_SENTENCE_ENDS = frozenset(".!?")
_DEGREE_SIGNS = frozenset({"°", "º"})
_TEMPERATURE_SCALES = frozenset({"celsius", "fahrenheit", "centigrade"})
_POINTS = frozenset({"point", "points"})
_BEFORE_PLACE = POSSESSIVES | {"a", "an"}  # "ten feet of the door": a place, not a material


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
        if spaced(s, j, j + 1) and nxt in _TEMPERATURE_SCALES:
            return TEMPERATURE_UNITS[nxt], j + 2
        return "°", j + 1
    if (w == "c" or w == "f") and adjacent(s, j - 1, j) and s.text[j].isupper() and attached_temperature(s, j):
        return "°" + s.text[j], j + 1  # "45C", "104F"
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
    if w in _TEMPERATURE_SCALES or w == "kelvin":
        return TEMPERATURE_UNITS[w], j + 1
    return None, j


def attached_temperature(s: Stream, j: int) -> bool:
    """ "45C" in a sentence about heat, not "13F filing" or "14.7C/ share"."""
    last = j + 1 >= s.n
    nxt = s.text[j + 1]
    if not last and (adjacent(s, j, j + 1) and nxt not in _END_MARKS or nxt == "/"):
        return False
    value = to_decimal(s.text[j - 1]) if s.kind[j - 1] == NUM else Decimal(1000)
    if value > 150:
        return False
    if not last and s.kind[j + 1] == WORD and s.low[j + 1] not in STOP_WORDS:
        return False  # "13F filing"
    k = j - 2
    while k >= max(0, j - 14) and s.low[k] not in _SENTENCE_ENDS:
        if s.low[k] in HEAT_WORDS:
            return True
        k -= 1
    k = j + 1
    while k < min(s.n, j + 5) and s.low[k] not in _SENTENCE_ENDS:
        if s.low[k] in HEAT_WORDS:
            return True
        k += 1
    return last or s.kind[j + 1] == SYM and nxt in _END_MARKS


def unit_after(s: Stream, j: int) -> tuple[str | None, int]:
    """A unit of measure after the number ending before piece j, and the piece after it."""
    if j >= s.n or not near(s, j - 1, j):
        return None, j
    low = s.low
    w = low[j]
    if w in _MULTI_FIRST or low[j + 1] == "/":
        found = _multi_word_unit(s, j)
        if found[0] is not None:
            return found
    if low[j + 1] == "-" and low[j + 2] == "per" and low[j + 3] == "-" and adjacent(s, j, j + 1) \
            and adjacent(s, j + 1, j + 2):
        for name in (f"{w} per {low[j + 4]}", f"{w}s per {low[j + 4]}"):
            if name in UNITS:
                return UNITS[name], j + 5  # "137 mile-per-hour", "60 kilometres-per-hour"
    if w in UNITS:
        if w in ATTACHED_ONLY and not adjacent(s, j - 1, j):
            return None, j
        if len(w) == 1 and s.text[j].isupper():
            return None, j  # "1.8M" is millions; "5G" a code
        if adjacent(s, j, j + 1) and (s.kind[j + 1] == WORD or s.kind[j + 1] == NUM):
            glued = w + low[j + 1]
            if glued not in UNITS:
                return None, j  # "2 in april", "50,000 in 2020": "in" is never a unit here
            if s.kind[j + 1] == NUM:
                return UNITS[glued], j + 2  # "km2"
        return UNITS[w], j + 1
    return None, j


def _multi_word_unit(s: Stream, j: int) -> tuple[str | None, int]:
    """ "1.5 million gallon", "1.4 trillion cubic feet", "miles an hour", "km/h", "m/s"."""
    for width in (3, 2):
        if j + width <= s.n:
            parts = s.low[j:j + width]
            if all(s.kind[x] == WORD or s.low[x] == "/" for x in range(j, j + width)):
                key = " ".join(parts)
                if key in UNITS:
                    return UNITS[key], j + width
            if width == 3 and parts[1] == "/" and adjacent(s, j, j + 1) and adjacent(s, j + 1, j + 2):
                key = "".join(parts)
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
    if w in SUBUNITS or w in CURRENCY_NAMES or w == "dollar":
        code, _, factor = (SUBUNITS[w][0], 0, SUBUNITS[w][1]) if w in SUBUNITS else currency_after(s, j + 1, num)
        if code:
            raw.value = num.value * Decimal(str(factor)) if isinstance(num.value, Decimal) else num.value * factor
            done(s, raw, "money", code, "money", j + 2)
            return raw, k  # "12-cent", "a 5-dollar bill"
    unit, jj = _hyphen_unit(s, j, w)
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
    return done(s, raw, "measure", unit, "measure", jj)
