"""Figures: money, percentages, counts, measures, fractions, ordinals, ranges.

The document's pieces (``doc.pieces``: digit groups, words, single symbols) are read; every number, in digits
("1,234.5", "12,34,567", "2½", "10 1/2") or words ("one hundred and sixty-one", "a dozen",
"two-thirds", "half a million"), with its multipliers ("3.5 million", "$1.2bn", "Rs 5 lakh crore"),
is read together with what stands around it. Rules, in priority order:

1. Not figures: numbers inside time expressions found by the dates extractor, URLs and e-mail
   addresses; then our own guards for years, day-of-month numbers next to a month name, clock
   times, numeric dates, phone numbers and codes ("0800 ..."), scores and votes ("won 2-1",
   "52-48"), decades ("1990s"), numbers in names ("G-20", "F-16", "COVID-19", "A380", "5G",
   "Boeing 787", "Route 66", "Windows 7", "Group of 20", "the Big Three"), model numbers seen in
   such a name elsewhere in the article, items of a sequence ("day five", "Group 3"), periods
   ("the first quarter", "half an hour"), pronoun "one", and durations ("three years", "two to
   three weeks") which belong to the dates extractor.
2. money: a currency sign or code before the amount ("$20 billion", "US$16 million", "EUR 125",
   "NZ $ 26 million") or a currency name, code or sign after it ("200 million euros", "500 USD",
   "10 €", "Swiss francs"); sub-units in the main unit (5 cents = 0.05 USD, 350p = 3.5 GBP); a bare
   large amount in a sentence about money takes its currency ("... beyond the seven billion already spent").
3. percent ("3.5%", "12 percent", "twelve per cent", "40pc"), percentage points.
4. measure: a unit after the number ("30 km", "5,000 tonnes", "70 mph", "a 3-inch thickness",
   "5 ft 2 in"), temperatures ("40°C", "98.6 degrees F", "45C" in a sentence about heat), ages
   ("five years old", "a 28-year-old", "aged 14", "Ann Lee, 42,"), earthquake magnitudes.
5. fraction ("two-thirds", "a half", "1/4", "one in five") and multiples ("doubled", "halved",
   "twice as many", "three times the size"); ordinal only when news-relevant
   ("third-largest", "30th anniversary", "the 1,000th day").
6. count: a number with the noun phrase it counts ("85 missiles", "a 10-point peace plan",
   "hundreds of people"), else number.
7. range: "between A and B", "from A to B" (not after a verb of change), "A to B", "A-B", "10-15%",
   "$12-15 million", "at most A and at least B", "A or more" (an open bound).
The qualifier ("at least", "more than", "some", ...) stands before the figure and is not part of
its span. Values are JSON numbers in the figure's own unit (int when integral).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..model import Figure, Range
from ..doc import Doc
from ..model import DateMention, Warning
from ..lexicon.calendar import MONTHS, WEEKDAY_FULL as WEEKDAYS
from ..lexicon.currencies import CURRENCY_ADJECTIVES, CURRENCY_NAMES, CURRENCY_SYMBOLS, ISO_CODES, LOWER_ISO, MONEY_CUES, SUBUNITS
from ..lexicon.figures import AGE_WORDS, ANNIVERSARY, CLOCK_WORDS, COMPARATIVE_EXCEPTIONS, COUNT_QUALIFIERS, DETERMINERS_BEFORE_ONE, GROUP_HEADS, HEAT_WORDS, IDIOM_COMPOUNDS, IRREGULAR_PLURALS, LOWER_BOUNDS, METRE_CUES, NAME_HEADS, NAMING_NOUNS, OPEN_RANGE_TAILS, PERIOD_BEFORE, POSSESSIVES, PRE_MODIFIERS, QUALIFIERS, RANK_WORDS, SCORE_CUES, SCORE_LEADS, STOP_WORDS, STREET_WORDS, UPPER_BOUNDS, VAGUE_FOLLOWERS
from ..lexicon.numbers import ABBREV_SCALES, DENOMINATORS, MULTIPLE_ADVERBS, MULTIPLE_WORDS, ORDINAL_SUFFIXES, ORDINAL_WORDS, SCALES, TENS_WORDS, UNITS_WORDS, VAGUE_SCALES, VULGAR
from ..lexicon.units import ATTACHED_ONLY, SUBSTANCE_UNITS, TEMPERATURE_UNITS, TIME_UNITS, UNITS
from ..lexicon.verbs import CHANGE_VERBS, PHRASAL_UP

# Anchored at the start of a run of non-space characters so that no long run is rescanned from every position.
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|(?<!\S)[^\s/]+\.(?:com|org|net|gov)/\S*", re.I)
_DASHES = frozenset({"-", "–", "—", "−"})
_SMALL_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})
QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())
_CURRENCY_BASES = frozenset(name for _, name in CURRENCY_ADJECTIVES)


@dataclass(slots=True)
class _Tok:
    kind: str  # num, word, sym
    text: str
    low: str
    start: int
    end: int


@dataclass(slots=True)
class _Num:
    """A number read from tokens ``i`` to ``j`` (exclusive)."""

    i: int
    j: int
    value: Decimal | float
    words: bool = False
    scaled: bool = False
    fraction: bool = False
    vague: bool = False
    ordinal: bool = False
    negative: bool = False


@dataclass(slots=True)
class _Raw:
    """A figure being built, with the token positions needed to join ranges."""

    i: int
    j: int
    start: int
    end: int
    kind: str
    value: Decimal | float | None
    unit: str | None
    qualifier: str | None
    q_start: int
    counted: str | None
    rule: str
    scaled: bool = False
    words: bool = False
    low: Decimal | float | None = None
    high: Decimal | float | None = None
    ft: int = -1  # first token, currency sign or minus included
    bare: bool = False  # digits only, nothing around: may be a model number


_DROP = _Raw(0, 0, 0, 0, "drop", None, None, None, 0, None, "drop")


def _num_value(value: Decimal | float | None) -> int | float | None:
    """A JSON number: int when integral."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    if value == int(value) and abs(value) < 1e18:
        return int(value)
    return float(value)


def _ordinal_suffix(digits: str) -> str:
    """The suffix an ordinal takes: 1st, 2nd, 3rd, 11th, 24th."""
    d = digits.replace(",", "")
    if len(d) >= 2 and d[-2] == "1":
        return "th"
    return {"1": "st", "2": "nd", "3": "rd"}.get(d[-1:], "th")


def _dec(s: str) -> Decimal:
    try:
        return Decimal(s.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
                       .replace("\u2009", ""))
    except InvalidOperation:
        return Decimal(0)


# ---------------------------------------------------------------------------- the extractor
class _Scanner:
    def __init__(self, doc: Doc, dates: list[DateMention], warnings: list[Warning]) -> None:
        text = doc.text
        self.text = text
        pieces = doc.pieces
        self.toks = list(map(_Tok, pieces.kind, pieces.text, pieces.low, pieces.start, pieces.end))
        self.n = len(self.toks)
        # Sentinels past the end, so that looking a few tokens ahead never fails.
        self.toks.extend(_Tok("end", "", "", len(text), len(text)) for _ in range(6))
        self.warnings = warnings
        blocked: list[tuple[int, int]] = []
        for d in dates:
            if getattr(d, "type", None) in ("DATE", "TIME", "SET") and d.start is not None:
                blocked.append((d.start, d.end))
        blocked.extend(m.span() for m in _URL.finditer(text))
        blocked.sort()
        self.blocked_starts = [b[0] for b in blocked]
        self.blocked_max_end: list[int] = []  # running maximum of the ends, for overlap tests
        for _, be in blocked:
            self.blocked_max_end.append(max(be, self.blocked_max_end[-1] if self.blocked_max_end else 0))
        self.model_numbers: set[str] = set()
        self.counted_end = 0

    # -- helpers
    def low(self, k: int) -> str:
        return self.toks[k].low if 0 <= k < self.n else ""

    def adjacent(self, a: int, b: int) -> bool:
        """Tokens a and b touch (no space between)."""
        return 0 <= a < self.n and 0 <= b < self.n and self.toks[a].end == self.toks[b].start

    def spaced(self, a: int, b: int) -> bool:
        """Tokens a and b are separated by horizontal spaces only (one line)."""
        if not (0 <= a < self.n and 0 <= b < self.n):
            return False
        gap = self.text[self.toks[a].end:self.toks[b].start]
        return 0 < len(gap) <= 3 and not gap.strip(" \t\u00a0")

    def near(self, a: int, b: int) -> bool:
        return self.adjacent(a, b) or self.spaced(a, b)

    def is_blocked(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a time expression or a URL."""
        k = bisect.bisect_left(self.blocked_starts, end) - 1  # the last span starting before end
        return k >= 0 and self.blocked_max_end[k] > start

    def word_at(self, k: int) -> bool:
        return 0 <= k < self.n and self.toks[k].kind == "word"

    # -- number reading
    def starts_number(self, k: int) -> bool:
        t = self.toks[k]
        if t.kind == "num" or t.text in VULGAR:
            return True
        if t.kind != "word":
            return False
        w = t.low
        if w in UNITS_WORDS or w in TENS_WORDS or w in VAGUE_SCALES or w in ("half", "quarter"):
            return True
        if w in ("a", "an") and k + 1 < self.n:
            nxt = self.low(k + 1)
            return nxt in SCALES or nxt in ("dozen", "half", "quarter", "third", "fifth", "sixth",
                                            "seventh", "eighth", "ninth", "tenth")
        if w == "dozen" or w in ORDINAL_WORDS:
            return True
        return False

    def read_number(self, k: int) -> _Num | None:
        t = self.toks[k]
        if t.kind == "num":
            return self.read_digits(k)
        return self.read_words(k)

    def read_digits(self, k: int) -> _Num | None:
        t = self.toks[k]
        if len(t.text) > 24:
            return None  # a digit string, not a quantity
        value: Decimal | float = _dec(t.text)
        j = k + 1
        num = _Num(k, j, value)
        if self.toks[k + 1].text in VULGAR and self.adjacent(k, k + 1) and "." not in t.text:
            num.value = float(value) + VULGAR[self.toks[k + 1].text]  # "2½"
            num.j = k + 2
            return self.read_scale(num)
        # Mixed fraction "10 1/2" and plain fraction "1/4".
        if (self.spaced(k, k + 1) and self.toks[k + 1].kind == "num" and self.low(k + 2) == "/"
                and self.adjacent(k + 1, k + 2) and self.adjacent(k + 2, k + 3)
                and self.toks[k + 3].kind == "num" and self.low(k + 4) != "/"):
            a, b = _dec(self.toks[k + 1].text), _dec(self.toks[k + 3].text)
            if b in _SMALL_DENOMINATORS and 0 < a < b and "." not in t.text:
                num.value = float(value) + float(a) / float(b)
                num.j = k + 4
                return self.read_scale(num)
        if self.low(k + 1) == "/" and self.adjacent(k, k + 1) and self.adjacent(k + 1, k + 2) \
                and k + 2 < self.n and self.toks[k + 2].kind == "num":
            if self.low(k + 3) == "/" and self.adjacent(k + 2, k + 3):
                return None  # a date such as 12/13/2022
            a, b = value, _dec(self.toks[k + 2].text)
            if b in _SMALL_DENOMINATORS and 0 < a < b and "." not in t.text:
                num.value = float(a) / float(b)
                num.j = k + 3
                num.fraction = True
                return self.read_scale(num)
            return None  # "24/7", "9/11": not a quantity
        # Ordinal digits "30th" (also "15,599 th" in tokenised text).
        if self.low(k + 1) in ORDINAL_SUFFIXES and (self.adjacent(k, k + 1) or self.spaced(k, k + 1)
                                                    and self.low(k + 1) == _ordinal_suffix(t.text)):
            num.ordinal = True
            num.j = k + 2
            return num
        return self.read_scale(num)

    def read_scale(self, num: _Num) -> _Num:
        """Multipliers after a number: "3.5 million", "1.2bn", "three lakh crore"."""
        j = num.j
        value = num.value
        while j < self.n:
            w = self.low(j)
            if w in SCALES and self.near(j - 1, j):
                mult = SCALES[w]
            elif w in ("dozen", "dozens") and self.spaced(j - 1, j) and j == num.j:
                mult = 12
            elif w in ABBREV_SCALES and not num.words and self.toks[num.j - 1].kind == "num" and j == num.j:
                if not self.adjacent(j - 1, j) and w in ("m", "k", "b"):
                    break
                if w == "m" and self.metre_context(j):
                    break
                if w in ("b", "k") and (not self.adjacent(j - 1, j) or self.currency_before(num.i)[0] is None):
                    break  # "4K TVs" is no number of thousands; "$50K" is
                # "10 bn" must not take a following letter ("10 b." in a list).
                if self.adjacent(j, j + 1) and self.toks[j + 1].kind in ("word", "num"):
                    break
                mult = ABBREV_SCALES[w]
            else:
                break
            value = value * (Decimal(mult) if isinstance(value, Decimal) else mult)
            num.scaled = True
            j += 1
        num.value = value
        num.j = j
        return num

    def metre_context(self, j: int) -> bool:
        """ "1.8m tall": the m after digits is metres, not millions."""
        nxt = self.low(j + 1)
        return nxt in METRE_CUES or (nxt in ("of", "in") and self.low(j + 2) in ("water", "height", "snow", "rain"))

    def read_words(self, k: int) -> _Num | None:
        """Numbers in words: "one hundred and sixty-one", "a dozen", "half a million", "two-thirds"."""
        w = self.low(k)
        if w in VULGAR:
            return self.read_scale(_Num(k, k + 1, VULGAR[w], fraction=True))  # "½ teaspoon"
        # Vague plural scales: "hundreds of", "tens of thousands of".
        if w in VAGUE_SCALES:
            value = Decimal(VAGUE_SCALES[w])
            j = k + 1
            if self.low(j) == "of" and self.low(j + 1) in VAGUE_SCALES and VAGUE_SCALES[self.low(j + 1)] > value:
                value = value * VAGUE_SCALES[self.low(j + 1)]
                j += 2
            if self.low(j) != "of" and (w in ("tens", "scores") or self.word_at(j) and self.low(j) not in VAGUE_FOLLOWERS):
                return None  # "hundreds were detained", "thousands more"; not "scores goals"
            return _Num(k, j, value, words=True, vague=True)
        if w in ORDINAL_WORDS:
            nxt = k + 2 if self.low(k + 1) in _DASHES and self.adjacent(k, k + 1) else k + 1
            if self.low(nxt) in RANK_WORDS or self.low(nxt) in ANNIVERSARY:
                return _Num(k, k + 1, Decimal(ORDINAL_WORDS[w]), words=True, ordinal=True)
        if w in ORDINAL_WORDS and w not in DENOMINATORS and w not in ("second",):
            return _Num(k, k + 1, Decimal(ORDINAL_WORDS[w]), words=True, ordinal=True)
        if w in ("second",):
            return _Num(k, k + 1, Decimal(2), words=True, ordinal=True)
        # "half a dozen", "half a million", "half million", "a half", "a quarter million".
        if w in ("a", "an"):
            nxt = self.low(k + 1)
            if nxt in DENOMINATORS and nxt not in ("half", "quarter"):
                # "a fifth", "a third of": but "a third term" is an ordinal.
                after = self.low(k + 2)
                if k + 2 >= self.n or self.toks[k + 2].kind == "sym" or after in ("of", "the"):
                    return _Num(k, k + 2, 1.0 / DENOMINATORS[nxt], words=True, fraction=True)
                return None
            if nxt in ("half", "quarter"):
                num = self.read_words(k + 1)
                if num is None:
                    return None
                if num.fraction or num.scaled or num.value != 1:
                    num.i = k
                    return num
                return None
            if nxt == "dozen":
                return self.read_scale_words(_Num(k, k + 2, Decimal(12), words=True))
            if nxt in SCALES:
                return self.read_scale_words(_Num(k, k + 1, Decimal(1), words=True))
            return None
        if w in ("half", "quarter"):
            frac = Decimal("0.5") if w == "half" else Decimal("0.25")
            j = k + 1
            if self.low(j) in ("a", "an") and (self.low(j + 1) in SCALES or self.low(j + 1) == "dozen"):
                j += 1
            if self.low(j) in SCALES or self.low(j) == "dozen":
                mult = SCALES.get(self.low(j), 12)
                num = _Num(k, j + 1, frac * mult, words=True, scaled=True)
                return self.read_scale_words(num)
            if self.toks[k - 1].low in ("a", "an") if k > 0 else False:
                return _Num(k, k + 1, frac, words=True, fraction=True)
            return _Num(k, k + 1, frac, words=True, fraction=True)
        if w == "dozen":
            return None
        # Cardinal words.
        total, cur = Decimal(0), Decimal(0)
        last = None
        j = k
        end = k
        while j < self.n:
            w = self.low(j)
            if self.toks[j].kind != "word" and w not in _DASHES:
                break
            if w in UNITS_WORDS and last in (None, "tens", "hyphen", "hundred", "scale", "and"):
                if last in ("tens", "hyphen") and UNITS_WORDS[w] >= 10:
                    break
                if last == "scale" and not self.near(j - 1, j):
                    break
                cur += UNITS_WORDS[w]
                last = "unit"
            elif w in TENS_WORDS and last in (None, "hundred", "scale", "and"):
                cur += TENS_WORDS[w]
                last = "tens"
            elif w == "hundred" and last in ("unit", "tens") and cur < 100:
                cur = cur * 100
                last = "hundred"
            elif w in SCALES and w != "hundred" and last == "scale" and cur == 0 and self.near(j - 1, j) \
                    and SCALES[w] > SCALES[self.low(j - 1)]:
                total = total * SCALES[w]  # "three lakh crore"
            elif w in SCALES and w != "hundred" and last in ("unit", "tens", "hundred"):
                total += (cur or 1) * SCALES[w]
                cur = Decimal(0)
                last = "scale"
            elif w == "and" and last in ("hundred", "scale") and (
                    self.low(j + 1) in UNITS_WORDS or self.low(j + 1) in TENS_WORDS):
                last = "and"
                j += 1
                continue
            elif w in _DASHES and last == "tens" and self.adjacent(j - 1, j) and self.adjacent(j, j + 1) \
                    and self.low(j + 1) in UNITS_WORDS and 0 < UNITS_WORDS[self.low(j + 1)] < 10:
                last = "hyphen"
                j += 1
                continue
            elif w in _DASHES and last in ("unit", "tens", "hundred") and self.adjacent(j - 1, j) \
                    and self.adjacent(j, j + 1) and self.low(j + 1) in SCALES:
                j += 1  # "six-thousand-year-old", "two-hundred": a scale after a hyphen
                continue
            elif w in ("dozen",) and last in ("unit", "tens"):
                cur = cur * 12
                last = "hundred"
            else:
                break
            j += 1
            end = j
        if end == k:
            return None
        value = total + cur
        num = _Num(k, end, value, words=True)
        num.scaled = any(self.low(x) in SCALES for x in range(k, end))
        j = end
        # "one and a half", "five and a quarter (million)", "three and a fifth".
        if self.low(j) == "and" and self.low(j + 1) in ("a", "one") and self.low(j + 2) in DENOMINATORS \
                and not self.low(j + 2).endswith("s") and last in ("unit", "tens"):
            num.value = float(value) + 1 / DENOMINATORS[self.low(j + 2)]
            num.j = j + 3
            return self.read_scale_words(num)
        # "two thirds", "two-thirds", "five eighths".
        dj = j + 1 if (self.low(j) in _DASHES and self.adjacent(j - 1, j) and self.adjacent(j, j + 1)) else j
        if last == "unit" and self.low(dj) in DENOMINATORS and (self.near(dj - 1, dj)) and 0 < value < 100:
            den = DENOMINATORS[self.low(dj)]
            if value < den and not (value == 1 and self.low(dj) in ("second",)):
                num.value = float(value) / den
                num.j = dj + 1
                num.fraction = True
                return num
        # "one out of three", "1 in twenty-one".
        return num

    def read_scale_words(self, num: _Num) -> _Num:
        j = num.j
        while self.low(j) in SCALES and self.near(j - 1, j):
            num.value = num.value * SCALES[self.low(j)]
            num.scaled = True
            j += 1
        num.j = j
        return num

    # -- guards
    def is_name_number(self, num: _Num) -> bool:
        """Numbers in names and codes: "G-20", "F-16", "A380", "777F", "Boeing 787", "Route 66"."""
        i = num.i
        t = self.toks[i]
        if t.kind != "num":
            return False
        prev = self.toks[i - 1] if i > 0 else None
        if prev is not None and self.adjacent(i - 1, i):
            if prev.kind == "word" and not (prev.text in ISO_CODES and prev.text.isupper()):
                if len(t.text) >= 3:
                    self.model_numbers.add(t.text)
                return True  # "A380", "MH17"
            if prev.low in _DASHES and i >= 2 and self.toks[i - 2].kind in ("word",) and self.adjacent(i - 2, i - 1) \
                    and not (i >= 3 and self.toks[i - 3].kind == "num" and self.adjacent(i - 3, i - 2)):
                w = self.toks[i - 2]
                if w.text[:1].isupper() or len(w.text) <= 3:
                    return True  # "G-20", "COVID-19", "Su-27"
            if prev.low in ("#", "№"):
                return True
            if prev.low == "." and i >= 2 and self.toks[i - 2].kind == "num" and self.adjacent(i - 2, i - 1):
                return True  # "1.2.3" versions and IP addresses
        # Letters glued after the number that are no unit, multiplier or suffix: "777F", "13F".
        j = num.j
        if j < self.n and self.adjacent(j - 1, j) and self.toks[j].kind == "word":
            w = self.toks[j].low
            letter = self.toks[j].text
            if len(letter) == 1 and letter.isupper():
                # "5G", "4K", "3D", "777F": codes, unless "$5M", "$50K", "45C" (hot weather).
                if letter == "M" or letter in "KB" and self.currency_before(i)[0] is not None \
                        or letter in "CF" and self.attached_temperature(j):
                    return False
                return True
            if not (w in UNITS or w in ABBREV_SCALES or w in ORDINAL_SUFFIXES or w in SUBUNITS
                    or w in TEMPERATURE_UNITS and self.low(j - 1) == "°" or w in CLOCK_WORDS
                    or w in CURRENCY_NAMES or w in ("s", "x", "km2", "pc", "bps", "bp") or w in TIME_UNITS
                    or w in ("c", "f") and self.toks[j].text.isupper() and self.attached_temperature(j)
                    or w.upper() in ISO_CODES or w in SCALES):
                return True
        if j < self.n and self.adjacent(j - 1, j) and self.low(j) in _DASHES and self.adjacent(j, j + 1) \
                and self.toks[j + 1].kind == "word" and len(self.toks[j + 1].text) <= 2 \
                and self.toks[j + 1].text.isupper():
            return True  # codes like "3-D", "4-H"
        # "Boeing 787", "Route 66", "Article 5".
        if prev is not None and prev.kind == "word" and self.spaced(i - 1, i):
            if prev.low in NAME_HEADS and (prev.text[:1].isupper() or prev.low in ("route", "highway", "exit")):
                if len(t.text) >= 3 and prev.text[:1].isupper():
                    self.model_numbers.add(t.text)
                return True
        if prev is not None and prev.low == "." and i >= 2 and self.low(i - 2) in ("no", "nos", "vol", "art", "sec", "p", "pp") \
                and self.adjacent(i - 2, i - 1):
            return True
        return False

    def is_year(self, num: _Num) -> bool:
        t = self.toks[num.i]
        if t.kind != "num" or num.j != num.i + 1 or num.scaled:
            return False
        s = t.text
        if len(s) == 4 and s.isdigit() and 1500 <= int(s) <= 2100:
            return True
        # "'98" or decades "1990s", "the 90s".
        if self.adjacent(num.i, num.i + 1) and self.low(num.i + 1) == "s" and s.isdigit() and len(s) in (2, 4):
            return True
        if num.i > 0 and self.low(num.i - 1) in ("'", "’") and self.adjacent(num.i - 1, num.i) and len(s) == 2:
            return True
        return False

    def is_date_or_time(self, num: _Num) -> bool:
        i, j = num.i, num.j
        t = self.toks[i]
        if t.kind != "num":
            return False
        s = t.text
        # Clock times "2:00", "10.30am", "6pm", "11 p.m.".
        if self.low(i + 1) == ":" and self.adjacent(i, i + 1) and self.toks[i + 1 + 1].kind == "num" if i + 2 < self.n else False:
            return True
        if i >= 2 and self.low(i - 1) == ":" and self.adjacent(i - 1, i) and self.toks[i - 2].kind == "num":
            return True
        nxt = self.low(j) if j == i + 1 else ""
        if nxt in ("am", "pm") or (nxt in ("a", "p") and self.low(j + 1) == "." and self.low(j + 2) == "m"):
            return True
        if nxt in ("gmt", "utc", "hrs", "h", "z", "edt", "est", "bst", "cet") and len(s) == 4 and s.isdigit() \
                and self.near(i, j) and int(s[:2]) < 24 and int(s[2:]) < 60:
            return True
        if "." in s and nxt in ("am", "pm"):
            return True
        # Day of month next to a month name: "November 15", "15 November", "May 4th", "Nov. 6".
        if s.isdigit() and 1 <= int(s) <= 31 and not num.scaled:
            p = i - 1
            if self.low(p) == "." and p > 0:
                p -= 1
            if p >= 0 and self.low(p) in MONTHS and (self.low(p) != "may" or self.toks[p].text[0] == "M" or num.ordinal
                                                     or self.low(p - 1) in ("in", "on", "of", "since", "until", "by", "from", "early", "late", "mid")):
                return True
            q = num.j
            if self.low(q) == "of":
                q += 1
            if self.low(q) in MONTHS and (self.low(q) != "may" or self.toks[q].text[0] == "M" or self.low(i - 1) in ("on", "the", "from", "by", "until", "since")):
                return True
            if self.low(p) in WEEKDAYS:
                return True
        # Numeric dates "2022-12-13", "13.12.2022", "1995-01".
        if self.low(j) in _DASHES | {"/", "."} and self.adjacent(i, j) and j + 1 < self.n and \
                self.toks[j + 1].kind == "num" and self.adjacent(j, j + 1):
            if len(s) == 4 and 1500 <= int(s.split(".")[0] or 0) <= 2100 and len(self.toks[j + 1].text) == 2:
                return True
        return False

    def skip_chain(self, j: int) -> int:
        """Past the rest of a date or code glued to what was read: "1995-01", "12/13/2022"."""
        while j + 1 < self.n and self.low(j) in (_DASHES | {"/", "."}) and self.adjacent(j - 1, j) \
                and self.adjacent(j, j + 1) and self.toks[j + 1].kind == "num":
            j += 2
        return j

    def is_phone(self, num: _Num) -> bool:
        """Digit groups chained by dashes, slashes or dots: "+1-222-2222/2222", "555-1234"."""
        i = num.i
        groups = 1
        k = i
        while k + 2 < self.n and self.low(k + 1) in (_DASHES | {"/", "."}) and self.adjacent(k, k + 1) \
                and self.adjacent(k + 1, k + 2) and self.toks[k + 2].kind == "num":
            groups += 1
            k += 2
        k = i
        while k - 2 >= 0 and self.low(k - 1) in (_DASHES | {"/"}) and self.adjacent(k - 1, k) \
                and self.adjacent(k - 2, k - 1) and self.toks[k - 2].kind == "num":
            groups += 1
            k -= 2
        if groups >= 3:
            return True
        if k > 0 and self.low(k - 1) == "+" and self.adjacent(k - 1, k):
            return True
        if groups == 2 and self.low(i + 1) in _DASHES and len(self.toks[i].text) == 3 and i + 2 < self.n and \
                len(self.toks[i + 2].text) == 4 and self.toks[i].text.isdigit():
            return True  # "555-1234"
        return False

    def is_score(self, a: _Raw, b: _Raw) -> bool:
        """ "won 2-1", "Spain 2 – 1 Chile": a score, not a range."""
        if not (a.bare and b.bare):
            return False
        for k in range(max(0, a.ft - 5), a.ft):
            if self.low(k) in SCORE_CUES:
                return True
        # "a 3-6, 6-2, 6-2 win": a list of set scores, or a score before "win", "victory", "lead".
        # Age or price brackets ("18-24, 25-34") rise pair after pair; set scores do not.
        k = b.j
        pairs = [(_dec(self.toks[a.ft].text), _dec(self.toks[b.j - 1].text))] if b.j > 0 else []
        while len(pairs) < 8 and k + 3 < self.n and self.low(k) == "," and self.toks[k + 1].kind == "num" \
                and self.low(k + 2) in _DASHES and self.toks[k + 3].kind == "num":
            pairs.append((_dec(self.toks[k + 1].text), _dec(self.toks[k + 3].text)))
            k += 4
        if k > b.j and any(x >= y for x, y in pairs) or any(p[1] >= q[0] for p, q in zip(pairs, pairs[1:])):
            return True
        if self.low(k) in SCORE_CUES:
            return True
        before = self.toks[a.ft - 1] if a.ft > 0 else None
        after = self.toks[b.j] if b.j < self.n else None
        return bool(before and before.kind == "word" and before.text[:1].isupper()
                    or after and after.kind == "word" and after.text[:1].isupper())

    # -- context around a number
    def qualifier_before(self, k: int) -> tuple[str | None, int]:
        """The qualifier that ends right before token k, and its start offset."""
        if k <= 0:
            return None, self.toks[k].start if k < self.n else 0
        start = self.toks[k].start
        before = self.text[max(0, start - 40):start]
        stripped = before.rstrip()
        if len(stripped) == len(before) and before:
            return None, start  # the qualifier must be followed by a space
        low = stripped.lower()
        for q in QUALIFIERS:
            if low.endswith(q):
                pos = len(low) - len(q)
                if pos == 0 and start - 40 > 0:
                    continue
                if pos > 0 and (low[pos - 1].isalnum() or low[pos - 1] in "-'’"):
                    continue
                qs = max(0, start - 40) + pos
                return self.text[qs:qs + len(q)], qs
        return None, start

    def currency_before(self, k: int) -> tuple[str | None, int]:
        """A currency sign or code right before token k: "$", "US$", "C$", "EUR 125", "Rs 500"."""
        if k <= 0:
            return None, k
        p = k - 1
        t = self.toks[p]
        if t.text in CURRENCY_SYMBOLS and self.adjacent(p, k) or (t.text in CURRENCY_SYMBOLS and self.spaced(p, k) and t.kind == "sym"):
            code = CURRENCY_SYMBOLS[t.text]
            if t.text == "$" and p > 0 and (self.adjacent(p - 1, p) or self.spaced(p - 1, p)
                                            and self.toks[p - 1].text.isupper() and len(self.toks[p - 1].text) > 1):
                prev = self.toks[p - 1]
                key = prev.low + "$"
                if prev.kind == "word" and key in CURRENCY_SYMBOLS:
                    return CURRENCY_SYMBOLS[key], p - 1  # "US$", "C$", "NZ $"
                if prev.low == "." and p >= 3 and self.low(p - 2) == "s" and self.low(p - 3) == ".":
                    return "USD", p - 4 if p >= 4 else p - 3
            return code, p
        if t.kind == "word":
            if t.text in ISO_CODES and t.text.isupper() and t.text not in ("R",):
                return ("CNY" if t.text == "RMB" else t.text), p
            if t.low in ("rs", "inr") and (self.adjacent(p, k) or self.spaced(p, k)):
                return "INR", p
        if t.low == "." and p > 0 and self.low(p - 1) == "rs" and self.adjacent(p - 1, p):
            return "INR", p - 1
        return None, k

    def currency_after(self, j: int, num: _Num) -> tuple[str | None, int, float]:
        """A currency name or code after the amount: "euros", "Swiss francs", "US dollars", "USD", "cents"."""
        if j >= self.n or not (self.near(j - 1, j)):
            return None, j, 1.0
        w = self.low(j)
        t = self.toks[j]
        # "US dollars", "Hong Kong dollars", "Swiss francs".
        for width in (2, 1):
            name_k = j + width
            base = self.low(name_k)
            singular = base[:-1] if base.endswith("s") and base[:-1] in _CURRENCY_BASES else base
            if singular in _CURRENCY_BASES and all(self.spaced(x, x + 1) for x in range(j, name_k)):
                key = (" ".join(self.low(x) for x in range(j, name_k)), singular)
                if key in CURRENCY_ADJECTIVES:
                    return CURRENCY_ADJECTIVES[key], name_k + 1, 1.0
        if self.low(j + 1) in ("cent", "cents") and (w, "dollar") in CURRENCY_ADJECTIVES and self.spaced(j, j + 1):
            return CURRENCY_ADJECTIVES[(w, "dollar")], j + 2, 0.01  # "21 Canadian cents"
        if w == "u" and self.low(j + 1) == "." and self.low(j + 2) == "s" and self.low(j + 3) == "." \
                and self.low(j + 4) in ("dollar", "dollars"):
            return "USD", j + 5, 1.0
        if w in SUBUNITS and (w not in ("p",) or self.adjacent(j - 1, j)):
            code, factor = SUBUNITS[w]
            return code, j + 1, factor
        if t.text.upper() in ISO_CODES and (t.text.isupper() or w in LOWER_ISO):
            nxt = self.toks[j + 1]
            if nxt.kind == "word" and nxt.text.islower() and nxt.low not in STOP_WORDS and self.spaced(j, j + 1) \
                    and nxt.low not in SCALES:
                return None, j, 1.0  # "29 PLN employees": an organisation's initials, not zlotys
            return ("CNY" if t.text.upper() == "RMB" else t.text.upper()), j + 1, 1.0
        if w in CURRENCY_NAMES:
            if w in ("pound", "pounds") and not self.pounds_are_money(num, j):
                return None, j, 1.0
            if w in ("real", "won", "rand", "marks", "ether", "sterling") and not num.scaled:
                return None, j, 1.0
            return CURRENCY_NAMES[w], j + 1, 1.0
        return None, j, 1.0

    def pounds_are_money(self, num: _Num, j: int) -> bool:
        """ "361 million pounds" is money; "lose 25 pounds" is a weight."""
        if num.scaled:
            return True
        if self.low(j + 1) == "sterling":
            return True
        for k in range(max(0, num.i - 6), num.i):
            if self.low(k) in MONEY_CUES:
                return True
        return False

    def unit_after(self, j: int) -> tuple[str | None, int]:
        """A unit of measure after the number; multi-word units first."""
        if j >= self.n or not self.near(j - 1, j):
            return None, j
        # "1.5 million gallon", "0.9 trillion cubic feet", "miles an hour".
        for width in (3, 2):
            if j + width <= self.n:
                parts = [self.low(x) for x in range(j, j + width)]
                if all(self.toks[x].kind == "word" or self.toks[x].low in ("/",) for x in range(j, j + width)):
                    key = " ".join(parts)
                    if key in UNITS:
                        return UNITS[key], j + width
                # "km/h", "m/s"
                if width == 3 and parts[1] == "/" and self.adjacent(j, j + 1) and self.adjacent(j + 1, j + 2):
                    key = "".join(parts)
                    if key in UNITS:
                        return UNITS[key], j + 3
        w = self.low(j)
        if self.low(j + 1) == "-" and self.low(j + 2) == "per" and self.low(j + 3) == "-" \
                and self.adjacent(j, j + 1) and self.adjacent(j + 1, j + 2):
            # "137 mile-per-hour", "60 kilometres-per-hour"
            for name in (f"{w} per {self.low(j + 4)}", f"{w}s per {self.low(j + 4)}"):
                if name in UNITS:
                    return UNITS[name], j + 5
        if w in UNITS:
            if w in ATTACHED_ONLY and not self.adjacent(j - 1, j):
                return None, j
            if len(w) == 1 and self.toks[j].text.isupper():
                return None, j  # "1.8M" is millions; "5G" a code
            # "2 in april", "50,000 in 2020": "in" is never a unit here.
            if self.adjacent(j, j + 1) and self.toks[j + 1].kind in ("word", "num") and w + self.low(j + 1) not in UNITS:
                return None, j
            if self.adjacent(j, j + 1) and self.toks[j + 1].kind in ("num",) and w + self.low(j + 1) in UNITS:
                return UNITS[w + self.low(j + 1)], j + 2
            return UNITS[w], j + 1
        return None, j

    def temperature_after(self, j: int) -> tuple[str | None, int]:
        """ "40°C", "85°", "98.6 degrees f", "30 degrees celsius", "90 fahrenheit"."""
        if j >= self.n or not self.near(j - 1, j):
            return None, j
        w = self.low(j)
        if w == "°" or w == "º":
            if self.adjacent(j, j + 1) and self.low(j + 1) in ("c", "f", "k"):
                return "°" + self.toks[j + 1].text.upper(), j + 2
            if self.spaced(j, j + 1) and self.low(j + 1) in ("celsius", "fahrenheit", "centigrade"):
                return TEMPERATURE_UNITS[self.low(j + 1)], j + 2
            return "°", j + 1
        if w in ("c", "f") and self.adjacent(j - 1, j) and self.toks[j].text.isupper() and self.attached_temperature(j):
            return "°" + self.toks[j].text, j + 1  # "45C", "104F"
        if w in ("°c", "°f", "℃", "℉"):
            return {"℃": "°C", "℉": "°F"}.get(w, "°" + w[-1].upper()), j + 1
        if w in ("deg",):
            jj = j + 2 if self.low(j + 1) == "." and self.adjacent(j, j + 1) else j + 1
            if self.spaced(jj - 1, jj) and self.low(jj) in TEMPERATURE_UNITS:
                return TEMPERATURE_UNITS[self.low(jj)], jj + 1
            return "°", jj
        if w in ("degree", "degrees"):
            nxt = self.low(j + 1)
            if self.spaced(j, j + 1) and nxt in TEMPERATURE_UNITS:
                if nxt in ("c", "f") and self.adjacent(j + 1, j + 2) and self.toks[j + 2].kind == "word":
                    return "°", j + 1
                return TEMPERATURE_UNITS[nxt], j + 2
            return "°", j + 1
        if w in ("celsius", "fahrenheit", "centigrade", "kelvin"):
            return TEMPERATURE_UNITS[w], j + 1
        return None, j

    def attached_temperature(self, j: int) -> bool:
        """ "45C" in a sentence about heat, not "13F filing" or "14.7C/ share"."""
        nxt = self.toks[j + 1] if j + 1 < self.n else None
        if nxt is not None and (self.adjacent(j, j + 1) and nxt.text not in ".,;:)!?" or nxt.text == "/"):
            return False
        value = _dec(self.toks[j - 1].text) if self.toks[j - 1].kind == "num" else Decimal(1000)
        if value > 150:
            return False
        if nxt is not None and nxt.kind == "word" and nxt.low not in STOP_WORDS:
            return False  # "13F filing"
        k = j - 2
        while k >= max(0, j - 14) and self.low(k) not in (".", "!", "?"):
            if self.low(k) in HEAT_WORDS:
                return True
            k -= 1
        k = j + 1
        while k < min(self.n, j + 5) and self.low(k) not in (".", "!", "?"):
            if self.low(k) in HEAT_WORDS:
                return True
            k += 1
        return nxt is None or nxt.kind == "sym" and nxt.text in ".,;:)!?"

    def counted_after(self, j: int, *, allow_of: bool = False, money: bool = False, noun_first: bool = False) -> str | None:
        """The noun phrase a figure counts: "85 missiles" -> "missiles".

        ``self.counted_end`` is left at the token after the phrase."""
        k = j
        self.counted_end = j
        if k >= self.n or not self.near(k - 1, k):
            return None
        if money or allow_of:
            if self.low(k) in ("in", "of") or (self.low(k) == "worth" and self.low(k + 1) == "of"):
                k += 2 if self.low(k) == "worth" else 1
                if self.low(k) in POSSESSIVES and not money:
                    k += 1
        elif self.low(k) == "of" and self.low(k + 1) in POSSESSIVES:
            k += 2  # "51 of the airlines"
        words: list[str] = []
        start_k = k
        noun_first = noun_first or k > j  # after "of", "in", "the" a gerund is a noun: "500km of wiring"
        while k < self.n and len(words) < 5:
            t = self.toks[k]
            if k > start_k and not self.near(k - 1, k):
                break
            if t.kind != "word":
                break
            w = t.low
            if w == "and" and money and words and self.word_at(k + 1) and self.low(k + 1) not in STOP_WORDS \
                    and not self.starts_number(k + 1):
                words.append("and")
                k += 1
                continue
            if not words and w in PRE_MODIFIERS and self.word_at(k + 1) and self.low(k + 1) not in STOP_WORDS:
                words.append(t.text)  # "189 other galleries", "200 more troops"
                k += 1
                continue
            if w in UNITS_WORDS or w in TENS_WORDS or w in SCALES or w in WEEKDAYS or w.endswith("ly") and len(w) > 4:
                break
            designator = t.text[:1].isupper() and k + 1 < self.n and self.toks[k + 1].kind == "num" and (
                self.adjacent(k, k + 1) or self.spaced(k, k + 1) and w in NAME_HEADS)
            acronym = t.text.isupper() and len(t.text) > 1  # "US troops", not the pronoun "us"
            if (w in STOP_WORDS and not acronym or w in MONTHS) and not designator:
                break
            if w.endswith("ing") and t.text.islower() and len(w) > 5 and (words or not noun_first) and not (
                    self.word_at(k + 1) and self.near(k, k + 1) and self.low(k + 1) not in STOP_WORDS):
                break  # "one poster writing", but "179 aerial refueling tankers", "one sticking point"
            if w.endswith("ed") and len(w) > 4 and not (not words and self.word_at(k + 1)
                                                       and self.low(k + 1) not in STOP_WORDS
                                                       and not self.low(k + 1).endswith("ed")):
                break
            if self.low(k + 1) in ("'", "’") and self.low(k + 2) in ("t", "re", "ve", "ll", "d", "m") \
                    and self.adjacent(k, k + 1):
                break  # "isn't", "they're": a verb, not a noun
            text = t.text
            # Abbreviations with dots: "U.S.", "U.N.".
            if len(w) == 1 and t.text.isupper() and self.low(k + 1) == "." and self.adjacent(k, k + 1):
                while k + 2 < self.n and self.adjacent(k + 1, k + 2) and self.toks[k + 2].kind == "word" \
                        and len(self.toks[k + 2].text) == 1 and self.low(k + 3) == "." and self.adjacent(k + 2, k + 3):
                    text += "." + self.toks[k + 2].text
                    k += 2
                text += "."
                k += 1
            # Model designators: "Airbus A330-200", "Boeing 787".
            if designator:
                k += 1
                text += self.text[t.end:self.toks[k].end]
                while k + 1 < self.n and self.adjacent(k, k + 1) and (
                        self.toks[k + 1].kind in ("num", "word") or self.low(k + 1) in _DASHES
                        and k + 2 < self.n and self.adjacent(k + 1, k + 2) and self.toks[k + 2].kind != "sym"):
                    k += 1
                    text += self.toks[k].text
            # Hyphenated words: "long-range", "breach-of-contract".
            while k + 2 < self.n and self.low(k + 1) in ("-",) and self.adjacent(k, k + 1) and \
                    self.adjacent(k + 1, k + 2) and self.toks[k + 2].kind == "word":
                text = text + "-" + self.toks[k + 2].text
                k += 2
            # Possessives: "the country's adults".
            if self.low(k + 1) in ("'", "’") and self.low(k + 2) == "s" and self.adjacent(k, k + 1) \
                    and self.adjacent(k + 1, k + 2) and self.word_at(k + 3) and self.spaced(k + 2, k + 3):
                words.append(text + self.text[self.toks[k + 1].start:self.toks[k + 2].end])
                k += 3
                continue
            words.append(text)
            k += 1
            # A noun phrase ends at its plural head: "pilgrims arrive", "jobs go".
            if self._plural(w) and not (money and self.low(k) == "and"):
                break
        while words and (words[-1] == "and" or words[-1].lower() in PRE_MODIFIERS):
            words.pop()
        self.counted_end = k
        return " ".join(words) or None

    @staticmethod
    def _plural(w: str) -> bool:
        return w in IRREGULAR_PLURALS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))

    # -- one figure
    def figure_at(self, k: int) -> tuple[_Raw | None, int]:
        """The figure whose number starts at token k (or None), and the token to go on from."""
        num = self.read_number(k)
        if num is None:
            # Past the rest of "9/11", "24/7" or a date, so that its parts are not read again.
            return None, self.skip_chain(k + 1) if self.toks[k].kind == "num" else k + 1
        skip = self.not_a_figure(num)
        if skip is not None:
            return None, skip
        toks = self.toks
        i, j = num.i, num.j
        start = self.apply_sign(num)
        cur, cstart = self.currency_before(i)
        ft = cstart if cur else (i - 1 if num.negative else i)
        qual, qstart = self.qualifier_before(ft)
        if cur:
            start = toks[cstart].start
        raw = _Raw(i, j, start, toks[j - 1].end, "number", num.value, None, qual and qual.lower(), qstart,
                   None, "number", scaled=num.scaled, words=num.words, ft=ft)
        if num.ordinal:
            return self.ordinal_figure(raw, num)
        skip = self.not_a_figure_here(num, qual, cur)
        if skip is not None:
            return None, skip
        if cur:
            return self.finish_money(raw, num, cur, j, factor=1.0)
        raw.bare = toks[i].kind == "num" and j == i + 1 and toks[i].text.isdigit() and not num.negative
        found = self.ratio_figure(raw, num)
        if found is None and not self.is_lone_one(num, qual):
            found = self.unit_figure(raw, num, qual)
            if found is None:
                found = self.count_figure(raw, num)
        if found is None:
            return None, j
        return found

    def _done(self, raw: _Raw, kind: str, unit: str | None, rule: str, j: int) -> tuple[_Raw, int]:
        """Set the kind, unit and rule of a figure whose last token is j - 1."""
        raw.kind, raw.unit, raw.rule = kind, unit, rule
        raw.end = self.toks[j - 1].end
        raw.j = j
        return raw, j

    def not_a_figure(self, num: _Num) -> int | None:
        """Where to go on from when the number is no figure whatever follows: inside a time
        expression or URL, a code, phone number, name or date. None when it may be a figure."""
        toks = self.toks
        i, j = num.i, num.j
        if self.is_blocked(toks[i].start, toks[j - 1].end):
            return j
        if toks[i].kind == "num" and len(toks[i].text) > 1 and toks[i].text[0] == "0" and toks[i].text[1].isdigit():
            # "0800 123 4567", "007": a code or phone number, with its space-separated groups.
            while j < self.n and toks[j].kind == "num" and self.spaced(j - 1, j) and "," not in toks[j].text:
                j += 1
            return j
        if self.is_name_number(num) or self.is_phone(num):
            # Skip the whole chain of a phone number or code.
            while j < self.n and self.adjacent(j - 1, j) and (toks[j].kind == "num" or toks[j].low in _DASHES | {"/", "."}) \
                    and not (toks[j].low == "." and (j + 1 >= self.n or toks[j + 1].kind != "num")):
                j += 1
            return j
        if self.is_date_or_time(num):
            return self.skip_chain(j)
        # "the Big Three", "Group of Seven": a capitalised number word inside a name.
        if num.words and toks[i].text[:1].isupper() and i > 0 and not self.starts_sentence(i):
            p = i - 1 if toks[i - 1].kind == "word" else -1
            if p > 0 and self.low(p) == "of":
                p -= 1
            if p >= 0 and toks[p].text[:1].isupper() and self.low(p) not in QUALIFIER_WORDS \
                    and self.low(p) not in STOP_WORDS:
                return j
        return None

    def apply_sign(self, num: _Num) -> int:
        """A minus before the number ("-5 degrees", "minus 5"): negate it; the figure's start offset."""
        toks, i = self.toks, num.i
        if toks[i].kind == "num" and i > 0 and toks[i - 1].low in ("-", "−") and self.adjacent(i - 1, i) and \
                (i < 2 or not self.adjacent(i - 2, i - 1)) and (i < 2 or toks[i - 2].kind != "num"):
            num.value = -num.value
            num.negative = True
            return toks[i - 1].start
        if i > 0 and self.low(i - 1) == "minus" and self.spaced(i - 1, i):
            num.value = -num.value
            num.negative = True
            return toks[i - 1].start
        return toks[i].start

    def ordinal_figure(self, raw: _Raw, num: _Num) -> tuple[_Raw | None, int]:
        """Ordinals only where news-relevant: "third-largest", "30th anniversary", "the 1,000th day"."""
        toks, i, j = self.toks, num.i, num.j
        nxt = j + 1 if self.low(j) in _DASHES and self.adjacent(j - 1, j) else j
        milestone = toks[i].kind == "num" and num.value >= 100
        if not (self.low(nxt) in RANK_WORDS or self.low(nxt) in ANNIVERSARY or milestone):
            return None, j
        if self.low(nxt) in RANK_WORDS and nxt > j:
            j = nxt + 1
        raw.counted = self.counted_after(j)
        return self._done(raw, "ordinal", None, "ordinal", j)

    def not_a_figure_here(self, num: _Num, qual: str | None, cur: str | None) -> int | None:
        """Numbers that are no figure in their context: years, decades, periods ("the first half"),
        items of a sequence ("day five")."""
        toks, i, j = self.toks, num.i, num.j
        # A year is never a figure unless money, a unit or percent follow; nor "1990s" or "737s".
        if toks[i].kind == "num" and j == i + 1 and self.adjacent(i, j) and self.low(j) == "s" and not cur:
            return j + 1
        if self.is_year(num) and not cur:
            nxt = self.low(j)
            # "more than 1500 people": a count; but "the 2022 elections", "below 2005 levels" are years.
            counts = qual is not None and qual.lower() in COUNT_QUALIFIERS and self.word_at(j) \
                and toks[j].text.islower() and self._plural(nxt) and nxt not in STOP_WORDS and self.spaced(j - 1, j)
            if not (nxt in ("%", "percent") or (nxt == "per" and self.low(j + 1) == "cent") or counts
                    or self.unit_after(j)[0] or self.currency_after(j, num)[0]):
                return self.skip_chain(j)
        # "half" alone is a figure only as "half of", "half the", or after a qualifier; never in
        # "the first half", "the fourth quarter" (periods of a year).
        if num.words and num.fraction and toks[i].low in ("half", "quarter") and j == i + 1:
            if not qual and self.low(j) not in ("of", "the") and not (
                    self.low(j) == "a" and self.low(j + 1) in ("percentage", "point", "percent")):
                return j
            if self.low(j) in ("a", "an") and self.low(j + 1) in TIME_UNITS:
                return j + 2  # "half an hour": a duration
            if self.low(i - 1) in PERIOD_BEFORE or (self.low(i - 1) in _DASHES and self.low(i - 2) in PERIOD_BEFORE):
                return j
        if num.words and num.fraction and not num.scaled and self.is_period_fraction(num, qual):
            return j
        # "day five", "Group 3", "round 2": the number names an item of a sequence.
        if not cur and i > 0 and self.low(i - 1) in NAMING_NOUNS and self.spaced(i - 1, i) and not num.scaled \
                and not (self.low(i - 1) == "number" and self.low(i - 2) in ("a", "the", "total")):
            nxt = self.low(j)
            if not (nxt in UNITS or nxt in ("%", "percent", "per", "-", "–", "to", "and", "or") or nxt in TIME_UNITS):
                return j
        return None

    def ratio_figure(self, raw: _Raw, num: _Num) -> tuple[_Raw, int] | None:
        """ "one out of three", "1 in 5 adults", "one of every six drivers"."""
        toks, j = self.toks, num.j
        if self.low(j) not in ("out", "in", "of") or num.scaled or num.fraction:
            return None
        kk = j + 2 if self.low(j) == "out" and self.low(j + 1) == "of" else (j + 1 if self.low(j) in ("in", "of") else j)
        if self.low(kk) == "every":
            kk += 1
        elif self.low(j) == "of":
            return None  # "one of every nine", but not "12 of the 15"
        if not (0 < kk < self.n and self.starts_number(kk) and self.spaced(kk - 1, kk)):
            return None
        den = self.read_number(kk)
        if den is None or den.fraction or den.ordinal or den.vague or not den.value > num.value > 0 \
                or self.is_year(den) or self.is_date_or_time(den) \
                or self.is_blocked(toks[kk].start, toks[den.j - 1].end) \
                or self.low(den.j) in _DASHES and self.adjacent(den.j - 1, den.j):
            return None
        raw.value = float(num.value) / float(den.value)
        counted = self.counted_after(den.j)
        raw.counted = counted if counted and self._plural(counted.split()[-1].lower()) else None
        return self._done(raw, "fraction", None, "ratio", den.j)

    def is_lone_one(self, num: _Num, qual: str | None) -> bool:
        """ "a" and "one" alone as pronouns: "The one you mentioned", "one of the most"."""
        i, j = num.i, num.j
        if not num.words or num.scaled or num.fraction or num.value != 1 or j != i + 1:
            return False
        nxt = self.low(j)
        if nxt in UNITS or nxt in TIME_UNITS or nxt in CURRENCY_NAMES or nxt in SUBUNITS \
                or (nxt in _DASHES and self.adjacent(j - 1, j)):
            return False
        if i > 0 and self.low(i - 1) in DETERMINERS_BEFORE_ONE:
            return True
        return not qual and (nxt in STOP_WORDS or nxt in ("of", "another") or self.toks[j].kind != "word")

    def unit_figure(self, raw: _Raw, num: _Num, qual: str | None) -> tuple[_Raw | None, int] | None:
        """Money, percent, temperature, hyphenated compounds, ages and measures, by what follows."""
        toks, i, j = self.toks, num.i, num.j
        # Currency after: "200 million euros", "5 cents", "500 USD", "10 €", "billions of dollars".
        code, jj, factor = self.currency_after(j, num)
        if code is None and toks[j].text in ("€", "£", "$", "¥") and self.near(j - 1, j) \
                and not (toks[j + 1].kind == "num" and self.near(j, j + 1)):
            code, jj, factor = CURRENCY_SYMBOLS[toks[j].text], j + 1, 1.0
        if code is None and num.vague and self.low(j) == "of" and self.low(j + 1) in CURRENCY_NAMES:
            code, jj, factor = CURRENCY_NAMES[self.low(j + 1)], j + 2, 1.0
        if code:
            raw.end = toks[jj - 1].end
            return self.finish_money(raw, num, code, jj, factor=factor)
        pct = self.percent_after(j)
        if pct and pct[0] == "basis_point":
            # "25 basis points": in percentage points, as sub-units are in the main unit (5 cents = 0.05 USD).
            raw.value = raw.value / 100 if isinstance(raw.value, Decimal) else raw.value / 100
            pct = ("percentage_point", pct[1])
        if pct:
            # "58% of voters": what the share is of.
            raw.counted = self.counted_after(pct[1], allow_of=True) if self.low(pct[1]) == "of" else None
            return self._done(raw, "percent", pct[0], "percent", pct[1])
        unit, jj = self.temperature_after(j)
        if unit:
            return self._done(raw, "measure", unit, "temperature", jj)
        # Hyphenated compounds: "3-inch", "six-mile", "28-year-old", "12-cent", "10-point".
        if self.low(j) == "-" and self.adjacent(j - 1, j) and self.adjacent(j, j + 1) and self.word_at(j + 1):
            return self.hyphen_compound(raw, num, j)
        # Ages: "five years old", "three months of age", "87 yo"; other durations are the dates extractor's.
        w = self.low(j)
        if w in TIME_UNITS and self.near(j - 1, j):
            if self.low(j + 1) == "old":
                return self._done(raw, "measure", TIME_UNITS[w], "age", j + 2)
            if self.low(j + 1) == "of" and self.low(j + 2) == "age":
                return self._done(raw, "measure", TIME_UNITS[w], "age", j + 3)
            return None, j + 1
        if w == "yo":
            return self._done(raw, "measure", "year", "age", j + 1)
        if w == "y" and self.low(j + 1) in ("/", ".") and self.low(j + 2) == "o":
            return self._done(raw, "measure", "year", "age", j + 3)
        if i > 0 and self.low(i - 1) == "magnitude" and self.spaced(i - 1, i) and not num.words:
            return self._done(raw, "measure", "magnitude", "measure", j)  # "a magnitude 7.8 quake"
        if i > 1 and self.low(i - 1) == "of" and self.low(i - 2) == "magnitude" and not num.words \
                and 0 < num.value < 10:
            return self._done(raw, "measure", "magnitude", "measure", j)  # "a magnitude of 6.5"
        # "Ann Lee, 42, and her son": an age in apposition to a name.
        if raw.bare and i >= 2 and toks[i - 1].text == "," and toks[i - 2].kind == "word" \
                and toks[i - 2].text[:1].isupper() and toks[i - 2].low not in MONTHS \
                and toks[i - 2].low not in WEEKDAYS and 0 < num.value < 120 \
                and (j >= self.n or toks[j].text in (",", ";", ")") or toks[j].text == "." and self.adjacent(j - 1, j)):
            return self._done(raw, "measure", "year", "age-apposition", j)
        # "age 87", "aged 87".
        if i > 0 and self.low(i - 1) in AGE_WORDS:
            if self.low(i - 1) == "age" and not qual:
                raw.start = toks[i - 1].start
            return self._done(raw, "measure", "year", "age", j)
        unit, jj = self.unit_after(j)
        if unit:
            if unit == "ft":  # "5 ft 2 in", "5 feet and 2 inches"
                kk = jj + 1 if self.low(jj) == "and" else jj
                if toks[kk].kind == "num" and self.near(kk - 1, kk):
                    u2, k2 = self.unit_after(kk + 1)
                    if u2 is None and self.low(kk + 1) in ("in", "inches", "inch") and self.spaced(kk, kk + 1):
                        u2, k2 = "in", kk + 2
                    if u2 == "in":
                        raw.value = float(num.value) + float(_dec(toks[kk].text)) / 12
                        jj = k2
            # "5,000 tonnes of grain", "30 inches of snow"; but "within six feet of the cup" is a place.
            material = unit in SUBSTANCE_UNITS or (self.low(jj + 1) not in POSSESSIVES | {"a", "an"}
                                                   and not toks[jj + 1].text[:1].isupper())
            raw.counted = self.counted_after(jj, allow_of=True) if self.low(jj) == "of" and material else None
            return self._done(raw, "measure", unit, "measure", jj)
        if not num.vague and self.leads_to_duration(j):
            return None, j  # "two to three years", "five, six, seven years"
        return None

    def count_figure(self, raw: _Raw, num: _Num) -> tuple[_Raw | None, int]:
        """Fractions, counts with the noun phrase they count, vague counts, bare numbers."""
        j = num.j
        if num.fraction:
            # "three-quarters of a percentage point", "half a point".
            k2 = j + 2 if self.low(j) == "of" and self.low(j + 1) == "a" else (j + 1 if self.low(j) == "a" else -1)
            if k2 > 0:
                pct = self.percent_after(k2)
                if pct is None and self.low(k2) in ("point", "points") and self.near(k2 - 1, k2):
                    pct = ("percentage_point", k2 + 1)
                if pct is not None:
                    return self._done(raw, "percent", pct[0], "percent", pct[1])
            raw.counted = self.counted_after(j, allow_of=True) if self.low(j) == "of" else None
            return self._done(raw, "fraction", None, "fraction", j)
        if self.low(j) == "times" and not num.vague and self.is_comparison(j + 1):
            # "three times as many", "ten times the size": a multiple, not a count of times
            return self._done(raw, "fraction", None, "multiple", j + 1)
        counted = self.counted_after(j, allow_of=num.vague)
        if counted is None and self.low(j) == "of" and self.low(j + 1) in POSSESSIVES and self.toks[j + 2].kind == "num":
            whole = self.read_number(j + 2)  # "12 of the 15 hostages": the part counts what the whole does
            if whole is not None and not whole.ordinal and not whole.fraction:
                counted = self.counted_after(whole.j)
        if counted and counted.split()[-1].lower() in TIME_UNITS:
            return None, self.counted_end  # "twenty working days": a duration
        raw.counted = counted
        if num.vague:
            return self._done(raw, "count", None, "vague-count", j)
        if counted:
            return self._done(raw, "count", None, "count", j)
        return self._done(raw, "number", None, "number", j)

    def finish_money(self, raw: _Raw, num: _Num, code: str, j: int, *, factor: float) -> tuple[_Raw, int]:
        toks = self.toks
        raw.kind, raw.unit, raw.rule = "money", code, "money"
        value = num.value
        if factor != 1.0:
            value = Decimal(str(value)) * Decimal(str(factor)) if isinstance(value, Decimal) else value * factor
        raw.value = value
        # "$400-million-a-year business": a hyphenated scale.
        if not num.scaled and self.low(j) in _DASHES and self.adjacent(j - 1, j) and self.adjacent(j, j + 1) \
                and self.low(j + 1) in SCALES:
            raw.value = value * SCALES[self.low(j + 1)]
            raw.scaled = True
            j += 2
        # "$12-15 million", "$1.2bn": a scale after the closing token was read already.
        if not raw.scaled and not num.scaled:
            n2 = self.read_scale(_Num(num.i, j, value))
            if n2.scaled:
                raw.value = n2.value
                raw.scaled = True
                j = n2.j
        raw.end = toks[j - 1].end
        # A currency code may follow the symbol form's amount: "$5 million USD"? keep it out.
        # Sub-unit in hyphen: "12-cent-a-share" handled by hyphen_compound.
        raw.j = j
        nxt = j
        if self.low(nxt) in _DASHES and self.adjacent(nxt - 1, nxt):
            raw.counted = None
        else:
            raw.counted = self.counted_after(nxt, money=True)
        return raw, j

    def percent_after(self, j: int) -> tuple[str, int] | None:
        """ "%", "percent", "per cent", "pct", "40pc", "percentage points", "basis points", "50bps"."""
        if j >= self.n or not self.near(j - 1, j):
            return None
        w = self.low(j)
        if w in ("%", "％"):
            return "%", j + 1
        if w == "pc" and self.adjacent(j - 1, j) and not (self.adjacent(j, j + 1) and self.word_at(j + 1)):
            return "%", j + 1
        if w in ("percent", "pct", "percents") or (w == "per" and self.low(j + 1) == "cent" and self.spaced(j, j + 1)):
            jj = j + 2 if w == "per" else j + 1
            return "%", jj
        if w == "basis" and self.low(j + 1) in ("point", "points") or w in ("bps", "bp") and self.near(j - 1, j) \
                and not (self.adjacent(j, j + 1) and self.word_at(j + 1)):
            return "basis_point", j + (2 if w == "basis" else 1)
        if w == "percentage":
            if self.low(j + 1) in ("point", "points"):
                return "percentage_point", j + 2
            if self.low(j + 1) == "-" and self.low(j + 2) in ("point", "points"):
                return "percentage_point", j + 3
        return None

    def hyphen_compound(self, raw: _Raw, num: _Num, j: int) -> tuple[_Raw | None, int]:
        toks = self.toks
        w = self.low(j + 1)
        k = j + 2
        # "28-year-old", "90-day-old"
        if w in TIME_UNITS:
            if self.low(k) == "-" and self.low(k + 1) == "old":
                raw.kind, raw.unit, raw.rule = "measure", TIME_UNITS[w], "age"
                raw.end = toks[k + 1].end
                raw.j = k + 2
                # "year-olds" keep the plural out of the span.
                return raw, k + 2
            return None, k  # "a 10-year sentence": a duration
        if w in SUBUNITS or w in CURRENCY_NAMES or w in ("dollar",):
            code, _, factor = self.currency_after(j + 1, num) if w not in SUBUNITS else (SUBUNITS[w][0], 0, SUBUNITS[w][1])
            if code:
                raw.kind, raw.unit, raw.rule = "money", code, "money"
                raw.value = num.value * Decimal(str(factor)) if isinstance(num.value, Decimal) else num.value * factor
                raw.end = toks[j + 1].end
                raw.j = k
                return raw, k
        unit, jj = self.unit_after(j + 1)
        if self.low(k) == "-" and self.low(k + 1) == "per" and self.low(k + 2) == "-" and self.adjacent(k, k + 1):
            # "a 137 mile-per-hour serve", "a 90-kilometre-per-hour wind"
            for name in (f"{w} per {self.low(k + 3)}", f"{w}s per {self.low(k + 3)}"):
                if name in UNITS:
                    unit, jj = UNITS[name], k + 4
                    break
        if unit is None and self.low(k) == "-" and self.adjacent(j + 1, k) and self.adjacent(k, k + 1) \
                and (w + " " + self.low(k + 1)) in UNITS:
            unit, jj = UNITS[w + " " + self.low(k + 1)], k + 2  # "10-square-mile", "5,000-metric-ton"
        if unit is None and w in ("degree",):
            unit, jj = "°", j + 2
        if unit:
            raw.kind, raw.unit, raw.rule = "measure", unit, "measure"
            raw.end = toks[jj - 1].end
            raw.j = jj
            return raw, jj
        if w in ("percent",):
            raw.kind, raw.unit, raw.rule = "percent", "%", "percent"
            raw.end = toks[j + 1].end
            raw.j = k
            return raw, k
        if w in RANK_WORDS or w in STOP_WORDS and w not in ("point", "points"):
            return None, k
        if self.starts_number(j + 1) or toks[j + 1].kind != "word" or w in ("odd", "something", "plus"):
            return None, k
        if w == "fold":
            raw.kind, raw.rule = "number", "fold"  # "an 18-fold increase"
            raw.end = toks[j + 1].end
            raw.j = k
            return raw, k
        if num.value <= 1 or w in IDIOM_COMPOUNDS or w.endswith(("al", "ic", "ed", "ing", "ly")):
            return None, k  # "one-timer", "two-way", "zero-coupon", "three-dimensional"
        # "10-point peace plan": the number counts parts of what follows.
        raw.kind, raw.rule = "count", "compound"
        raw.end = toks[j + 1].end
        raw.j = k
        raw.counted = self.counted_after(k, noun_first=True)
        return raw, k

    # -- all figures
    def run(self) -> list[_Raw]:
        raws: list[_Raw] = []
        k = 0
        while k < self.n:
            if self.starts_number(k):
                try:
                    raw, nk = self.figure_at(k)
                except (IndexError, ValueError, ArithmeticError) as err:
                    # A bug on odd input must not lose the article's other figures.
                    self.warnings.append(Warning("figure-skipped", f"{type(err).__name__}: {err}",
                                                 self.toks[k].start, self.toks[k].end))
                    raw, nk = None, k + 1
                if raw is not None:
                    raws.append(raw)
                k = max(nk, k + 1)
            else:
                if self.low(k) in MULTIPLE_WORDS:
                    raw = self.multiple_word(k)
                    if raw is not None:
                        raws.append(raw)
                k += 1
        joined = self.join_ranges(raws)
        self.carry_currency(joined)
        named = [self.is_model_number(r) for r in joined]  # first pass fills model_numbers
        return [r for r, is_name in zip(joined, named)
                if not (is_name or (r.bare or r.kind == "range") and r.kind in ("number", "count", "range")
                        and not r.qualifier and self.toks[r.i].text in self.model_numbers)]

    def is_comparison(self, k: int) -> bool:
        """Whether token k goes on a comparison: "as many", "the size", "more", "higher", "that of"."""
        w = self.low(k)
        return w in ("as", "the", "that", "more", "less", "over") or (
            self.word_at(k) and len(w) > 4 and w.endswith("er") and w not in COMPARATIVE_EXCEPTIONS)

    def multiple_word(self, k: int) -> _Raw | None:
        """ "doubled", "tripled", "halved"; "twice as many", "double the amount"."""
        word = self.low(k)
        value = MULTIPLE_WORDS[word]
        if word in MULTIPLE_ADVERBS and not self.is_comparison(k + 1):
            return None  # "met twice", "a double room": a frequency or an adjective
        nxt = k + 2 if self.low(k + 1) in POSSESSIVES else k + 1  # POSSESSIVES holds "the"
        if self.low(nxt) in SCORE_LEADS:
            return None  # "doubled the lead": a second goal, not a figure
        tok = self.toks[k]
        if k > 0 and self.adjacent(k - 1, k) and self.toks[k - 1].low in _DASHES:
            return None  # "re-doubled", "co-double"
        qual, qstart = self.qualifier_before(k)
        return _Raw(k, k + 1, tok.start, tok.end, "fraction", value, None, qual and qual.lower(), qstart,
                    None, "multiple", words=True, ft=k)

    def carry_currency(self, raws: list[_Raw]) -> None:
        """ "US$2 billion in grants beyond the seven billion already spent": a bare large amount in the
        sentence of a sum of money is money in the same currency."""
        last: _Raw | None = None
        for r in raws:
            if r.kind == "money":
                last = r
            elif last is not None and r.kind == "number" and r.scaled and not r.counted and not r.unit \
                    and isinstance(r.value, Decimal) and abs(r.value) >= 1_000_000:
                gap = self.text[last.end:r.start]
                if "\n" in gap or ". " in gap or len(gap) > 200:
                    last = None
                    continue
                r.kind, r.unit, r.rule = "money", last.unit, "money-carried"

    def leads_to_duration(self, j: int) -> bool:
        """Whether a list or range of numbers starting before token j ends in a unit of time."""
        k = j
        seen_number = False
        while k < min(self.n, j + 10):
            w = self.low(k)
            if w in (",", "to", "or", "and", "-", "–", "—"):
                k += 1
                continue
            if self.starts_number(k):
                seen_number = True
                k += 1
                continue
            return seen_number and w in TIME_UNITS
        return False

    def is_period_fraction(self, num: _Num, qual: str | None) -> bool:
        """ "a quarter that produced a loss", "the past two quarters", "a minute and a half":
        periods of time, not fractions."""
        i, j = num.i, num.j
        den = self.low(j - 1)
        if den not in ("quarter", "quarters", "half", "halves"):
            return False
        if self.low(i - 1) in PERIOD_BEFORE:
            return True
        if self.low(i - 1) == "and" and self.low(i - 2) in TIME_UNITS:
            return True  # "a minute and a half"
        if self.low(i) in ("a", "an") and not qual:
            nxt = self.toks[j]
            return not (nxt.low in ("of", "the") or nxt.kind in ("sym", "end") or nxt.low in ("percentage", "point"))
        return False

    def starts_sentence(self, k: int) -> bool:
        if k <= 0:
            return True
        before = self.toks[k - 1]
        return before.kind == "sym" and before.text in ".!?\"“”‘'(:;—–-" or "\n" in self.text[before.end:self.toks[k].start]

    def is_model_number(self, r: _Raw) -> bool:
        """A bare integer after a capitalised word mid-sentence ("Boeing 787", "Fortune 500"),
        or one seen in such a name elsewhere in the article ("their 737 airliner")."""
        if not r.bare or r.kind not in ("number", "count") or r.qualifier:
            return False
        text = self.toks[r.i].text
        if r.counted and r.counted.split()[-1].lower() in STREET_WORDS and r.counted[:1].isupper():
            return True  # "12 Oak Street": an address
        if r.counted and r.counted.isupper() and " " not in r.counted and len(r.counted) > 1 and len(text) >= 3 \
                and r.counted not in ISO_CODES:
            self.model_numbers.add(text)
            return True  # "the 737 MAX": a model name
        k = r.i - 1
        if k < 0 or not self.spaced(k, r.i):
            return False
        prev = self.toks[k]
        after = self.toks[r.j] if r.j < self.n else None
        if prev.low == "the" and r.kind == "number" and len(text) in (3, 4) and int(text) >= 100 \
                and (after is None or after.kind == "sym" and after.text in ",.;:)'’\"”"
                     or after.low in ("is", "was", "has", "had", "will", "would", "which", "that")):
            self.model_numbers.add(text)  # "the 747, which ...": a model, not a quantity
            return True
        if prev.low == "of" and k > 0 and self.toks[k - 1].low in GROUP_HEADS \
                and self.toks[k - 1].text[:1].isupper():
            return True  # "the Group of 20"
        if prev.kind != "word" or prev.text.islower() or prev.low in STOP_WORDS or prev.low in MONTHS \
                or prev.low in WEEKDAYS or prev.low in QUALIFIER_WORDS:
            return False
        if self.starts_sentence(k):
            return False  # the capital only starts a sentence or a line
        if len(text) >= 3:
            self.model_numbers.add(text)
        return True

    def join_ranges(self, raws: list[_Raw]) -> list[_Raw]:
        out: list[_Raw] = []
        k = 0
        while k < len(raws):
            a = raws[k]
            b = raws[k + 1] if k + 1 < len(raws) else None
            joined = self.range_of(a, b) if b is not None else None
            if joined is _DROP:
                k += 2
                continue
            if joined is not None:
                out.append(joined)
                k += 2
                continue
            tail = self.open_range(a)
            out.append(tail or a)
            k += 1
        return out

    def range_of(self, a: _Raw, b: _Raw) -> _Raw | None:
        """ "between A and B", "from A to B", "A to B", "A-B", "at most A and at least B"."""
        if a.kind in ("ordinal", "range", "fraction") or b.kind in ("ordinal", "range") \
                or a.value is None or b.value is None:
            return None
        between = self.text[a.end:b.q_start if b.qualifier else b.start]
        link = between.strip().lower()
        if len(between) > 12:
            return None
        opener = self.low(a.ft - 1) if not a.qualifier else ""
        if a.qualifier in ("between", "from"):
            opener = a.qualifier
        if link == "and" and a.qualifier in UPPER_BOUNDS | LOWER_BOUNDS and b.qualifier in UPPER_BOUNDS | LOWER_BOUNDS \
                and (a.qualifier in UPPER_BOUNDS) != (b.qualifier in UPPER_BOUNDS):
            rule = "range-bounds"
        elif link == "and" and opener == "between":
            rule = "range-between"
        elif link in ("to", "through", "thru", "~") or link in _DASHES:
            rule = "range"
            if link in _DASHES | {"~"} and between.startswith(" ") != between.endswith(" "):
                return None  # "75 -300mm" is no range
            if opener == "from":
                if self.low(a.ft - 2) in CHANGE_VERBS:
                    return None  # "rose from 5% to 7%": a change
                rule = "range-from"
            elif link == "to":
                for k in range(max(0, a.ft - 3), a.ft):
                    if self.low(k) in CHANGE_VERBS or self.low(k) in ("up", "down") \
                            and self.low(k - 1) not in PHRASAL_UP:
                        return None  # "sales rose 6% to $1.45 billion", "down 25 cents to $30.25"
                if a.unit and not b.unit:
                    return None  # "0.4 per cent to 2,106.10": a change and a level
        else:
            return None
        # Units must agree, or only one side carries one: "10-15%", "$12 million to $20 million".
        if a.kind not in ("number", "count") and b.kind != a.kind and not (b.kind == "number" and not b.counted):
            return None
        if a.unit and b.unit and a.unit != b.unit:
            return None
        if a.kind == "count" and rule == "range":
            return None  # "85 missiles to 20 cities"
        lo, hi = a.value, b.value
        if b.scaled and not a.scaled and not a.words and isinstance(lo, Decimal) and self.toks[b.i].kind == "num":
            # "$12-15 million", "10 to 15 million": the scale of the second applies to both.
            base = _dec(self.toks[b.i].text)
            if base and isinstance(hi, Decimal):
                lo = lo * (hi / base)
        if rule == "range" and link in _DASHES and (lo >= hi or self.is_score(a, b)) and not a.unit and not b.unit:
            # A score "2-1", a vote "52-35" or a code: neither side is a figure.
            return _DROP
        if rule != "range-bounds" and lo >= hi:
            return None  # "leads 47 percent to 42 percent", "a 3 to 1 margin": a comparison
        if rule == "range-bounds":
            lo, hi = (b.value, a.value) if a.qualifier in UPPER_BOUNDS else (a.value, b.value)
            if lo >= hi:
                return None  # "more than 40 and less than 10": two figures
        start, qstart, qualifier = a.start, a.q_start, a.qualifier
        if rule in ("range-between", "range-from", "range-bounds"):
            # The opener is part of the range's text, not a qualifier.
            start = a.q_start if a.qualifier else self.toks[a.ft - 1].start
            qstart, qualifier = start, None
        r = _Raw(a.i, b.j, start, b.end, "range", None, b.unit or a.unit, qualifier, qstart,
                 b.counted or a.counted, rule, ft=a.ft)
        r.low, r.high = lo, hi
        r.scaled = b.scaled
        return r

    def open_range(self, a: _Raw) -> _Raw | None:
        """ "500 or more", "five hundred and more"."""
        if a.kind in ("ordinal", "range") or a.value is None:
            return None
        j = a.j
        two = self.low(j) + " " + self.low(j + 1)
        if two in OPEN_RANGE_TAILS and self.near(j - 1, j) and not (j + 2 < self.n and self.starts_number(j + 2)
                                                                     or self.low(j + 2) == "than"):
            side = OPEN_RANGE_TAILS[two]
            r = _Raw(a.i, j + 2, a.start, self.toks[j + 1].end, "range", None, a.unit, None, a.start,
                     a.counted, "range-open")
            r.low, r.high = (a.value, None) if side == "low" else (None, a.value)
            if a.qualifier:
                r.start = a.start
            return r
        return None


def extract_figures(doc: Doc, dates: list[DateMention], warnings: list[Warning] | None = None) -> list[Figure]:
    """Every figure of the document, in text order; numbers inside the time expressions ``dates`` are none.
    A figure that cannot be read is skipped with a warning added to ``warnings``."""
    text = doc.text
    if not text:
        return []
    scanner = _Scanner(doc, dates, [] if warnings is None else warnings)
    out: list[Figure] = []
    for r in scanner.run():
        if r.kind == "range":
            value: int | float | Range | None = Range(_num_value(r.low), _num_value(r.high))
        else:
            value = _num_value(r.value)
        s, e = r.start, r.end
        out.append(Figure(text[s:e], s, e, r.kind, value, r.unit, r.qualifier.lower() if r.qualifier else None, r.counted, r.rule))
    return out
