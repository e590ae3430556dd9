"""Numbers read over the document's pieces: the number reader shared by figures and dates.

``read_number(s, k, money)`` reads the number whose first piece is k and returns a ``Number`` (the
piece range [i, j), the value and flags) or None. Rules, in the order they are tried:
1. digits ("1,234.5", "12,34,567", "40 000" but not "May 5 100", "1 234 567.89"), then, glued or
   next to them: a vulgar fraction ("2½"), a mixed fraction with a small denominator ("10 1/2"), a
   slash fraction ("3/4"; "24/7", "9/11" and dates "12/13/2022" are no numbers), an ordinal suffix
   ("30th", "1,000 th"), a power of ten ("1.3e6", "1.3 x 10^6", "10^9", "6.23×10⁻⁴");
2. scales after digits: words ("3.5 million", "two lakh crore", "5 dozen") and abbreviations glued
   to the digits ("$1.2bn", "10 bln", "£3.5m", "100k", "2.33 k", "$1.2T"); "m" before a cue of
   length is metres ("1.8m tall"); "b" and "t" need a currency sign ("b" also a decimal point:
   "1.2b"); "k" is no thousand before a race ("10K run") or gold ("18k gold"), nor a capital K in a
   screen resolution ("4K TVs") or a sentence about temperature ("300K": kelvin); no abbreviation
   with a letter or digit glued after it ("10 b." in a list is); then more words or digits that
   compose ("7 thousand 2 hundred and 15", "4 crore and three hundred", "5 million and a half");
3. words: a vulgar fraction alone ("½ cup"); vague plural scales before "of", a mark, a word of
   ``VAGUE_FOLLOWERS`` or a verb in -ed ("hundreds of", "tens of thousands of", "hundreds were
   held", "thousands protested"); not before any other word ("thousands separator"), nor "tens"
   and "scores" without "of";
   ordinal words ("second", "third-largest"; a denominator word is an ordinal only before a rank
   word); "a"/"an" before a denominator ("a fifth of"), "half"/"quarter", "dozen" or a scale ("a
   million"); "half"/"quarter" with a scale ("half a million", "quarter billion");
4. cardinal words that compose ("three hundred and forty-two", "twenty-four", "three lakh crore",
   "six dozen(s)"), then: a decimal said aloud ("two point five", "nine point nought four", not "at
   one point five of them"); a fraction after "and" ("three and two fifths", "four hundred and three
   quarters", "a million and a half" and "four million and two fifths" of the scale before,
   "two billion and a half million" of the scale after; "two million and three" stays a whole);
   a denominator ("two-thirds", "five eighths"), of a scale ("three quarters of a million").
Signs in words ("minus five", "negative one") are read by the caller with ``sign_before``.
``value_of(phrase)`` values a number phrase alone: "twenty-four" -> 24, "2 1/2" -> 2.5,
"a couple of" -> 2, "several" -> None.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..lexicon.calendar import MONTHS
from ..lexicon.figures import (AMOUNT_NOUNS, ANNIVERSARY, HEAT_WORDS, IRREGULAR_PLURALS, METRE_CUES, RANK_WORDS,
                               STOP_WORDS, VAGUE_FOLLOWERS)
from ..lexicon.numbers import (ABBREV_SCALES, ARTICLE_DENOMINATORS, DECIMAL_DIGITS, DENOMINATORS, K_KARAT_CUES,
                               K_RACE_CUES, K_RESOLUTION_CUES, MONEY_SCALES, NEGATIVE_RESULT_WORDS,
                               ORDINAL_SUFFIXES, ORDINAL_WORDS, SCALES, SMALL_DENOMINATORS, SUPERSCRIPTS,
                               TENS_WORDS, UNITS_WORDS, VAGUE_SCALES, VULGAR)
from ..lexicon.units import KELVIN_CUES, METRE_MATERIALS
from .tokens import NUM, NUMBER_START_WORDS, SYM, WORD, Pieces

END = "end"  # the kind of the sentinel pieces past the last one
PAD = 8  # sentinels after the last piece: looking a few pieces ahead (or one behind the first) never fails
DASHES = frozenset({"-", "–", "—", "−"})
HALVES = frozenset({"half", "quarter"})
DOZEN_WORDS = frozenset({"dozen", "dozens", "doz", "dozs", "dz", "dzs"})  # "3 doz eggs", as market reports write it
_PERIOD_DENOMINATORS = frozenset({"halves", "quarters"})  # also the parts of a game or of a year
_EXPONENT_MARKS = frozenset({"e", "^", "x", "×", "*"})  # what may follow the mantissa of "1.3e6", "1.3 x 10^6"
_SIGNS = frozenset({"-", "+", "−"})
_LARGEST = Decimal("1e300")  # a value past what a float (and JSON) can hold is no number here
_GROUP_SPACES = (" ", "\u00a0", "\u202f", "\u2009")
# Words after "a"/"an" that make it a number: "a million", "a dozen", "a half", "a third of".
ARTICLE_NEXT = frozenset(SCALES) | ARTICLE_DENOMINATORS | {"dozen", "half", "quarter"}


class Stream:
    """The pieces of a text as the reader reads them: parallel lists padded with ``PAD`` sentinels
    (kind ``END``, empty text, at the end of the text); ``n`` counts the real pieces."""

    __slots__ = ("source", "n", "start", "end", "text", "low", "kind")

    def __init__(self, source: str, pieces: Pieces) -> None:
        at_end = len(source)
        self.source = source
        self.n: int = len(pieces)
        self.start: list[int] = pieces.start + [at_end] * PAD
        self.end: list[int] = pieces.end + [at_end] * PAD
        self.text: list[str] = pieces.text + [""] * PAD
        self.low: list[str] = pieces.low + [""] * PAD
        self.kind: list[str] = pieces.kind + [END] * PAD


@dataclass(slots=True)
class Number:
    """A number read from pieces ``i`` to ``j`` (exclusive)."""

    i: int
    j: int
    value: Decimal | float
    words: bool = False  # written in words
    scaled: bool = False  # multiplied by a scale word or abbreviation
    fraction: bool = False
    vague: bool = False  # "hundreds", "dozens"
    ordinal: bool = False
    negative: bool = False  # set by the reader's caller, which reads signs


def to_decimal(digits: str) -> Decimal:
    """The value of a digit piece ("1,234.5", "40 000")."""
    try:
        return Decimal(digits.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
                       .replace("\u2009", ""))
    except InvalidOperation:
        return Decimal(0)


def ordinal_suffix(digits: str) -> str:
    """The suffix an ordinal takes: 1st, 2nd, 3rd, 11th, 24th."""
    d = digits.replace(",", "")
    if len(d) >= 2 and d[-2] == "1":
        return "th"
    return {"1": "st", "2": "nd", "3": "rd"}.get(d[-1:], "th")


def adjacent(s: Stream, a: int, b: int) -> bool:
    """Pieces a and b touch (no space between)."""
    n = s.n
    return 0 <= a < n and 0 <= b < n and s.end[a] == s.start[b]


def spaced(s: Stream, a: int, b: int) -> bool:
    """Pieces a and b are separated by one to three horizontal spaces (one line)."""
    n = s.n
    if not (0 <= a < n and 0 <= b < n):
        return False
    gap = s.start[b] - s.end[a]
    return 0 < gap <= 3 and not s.source[s.end[a]:s.start[b]].strip(" \t\u00a0")


def near(s: Stream, a: int, b: int) -> bool:
    return adjacent(s, a, b) or spaced(s, a, b)


def starts_number(s: Stream, k: int) -> bool:
    """Whether a number may start at piece k."""
    kind = s.kind[k]
    if kind == NUM or s.text[k] in VULGAR:
        return True
    if kind != WORD:
        return False
    w = s.low[k]
    if w in NUMBER_START_WORDS:
        return True
    return (w == "a" or w == "an") and k + 1 < s.n and s.low[k + 1] in ARTICLE_NEXT


def sign_before(s: Stream, i: int) -> int:
    """The piece of a sign word just before the number at piece i ("minus 5", "negative one"), or -1;
    "negative" after a test ("tested negative two days later") is a result, not a sign."""
    if i < 1 or not spaced(s, i - 1, i):
        return -1
    w = s.low[i - 1]
    if w == "minus" or w == "negative" and (i < 2 or s.low[i - 2] not in NEGATIVE_RESULT_WORDS):
        return i - 1
    return -1


def read_number(s: Stream, k: int, money: bool) -> Number | None:
    """The number starting at piece k; ``money``: a currency sign or code stands right before it."""
    num = read_digits(s, k, money) if s.kind[k] == NUM else read_words(s, k, money)
    if num is not None and s.low[num.j] == "over" and not money:
        return _over_fraction(s, num)
    return num


def _over_fraction(s: Stream, num: Number) -> Number:
    """A fraction said with "over" between two numbers that end the phrase: "one over three", "1 over
    20". Before a noun "over" says "more than" ("5 over 10 years" is no fraction), as it does after
    a noun or before a mark with nothing after ("finished 3 over.")."""
    j = num.j
    if num.vague or num.ordinal or num.fraction or not spaced(s, j - 1, j) or s.kind[j + 1] not in (NUM, WORD) \
            or not starts_number(s, j + 1):
        return num
    below = read_digits(s, j + 1, False) if s.kind[j + 1] == NUM else read_words(s, j + 1, False)
    if below is None or below.vague or below.ordinal or below.fraction or not below.value \
            or s.kind[below.j] == WORD or s.kind[below.j] == NUM:
        return num
    num.value = float(num.value) / float(below.value)
    num.j = below.j
    num.fraction = True
    return num


def read_digits(s: Stream, k: int, money: bool) -> Number | None:
    """Digits with what is glued to them: "2½", "10 1/2", "3/4", "30th", "1.3e6", "3.5 million",
    "7 thousand 2 hundred and 15"."""
    t = s.text[k]
    if len(t) > 24:
        return None  # a digit string, not a quantity
    num = Number(k, k + 1, to_decimal(t))
    nxt = s.text[k + 1]
    if s.kind[k + 1] == NUM and _spaced_thousands(s, k, t):
        num.value = to_decimal(t + nxt)  # "40 000"
        num.j = k + 2
        return read_scale(s, num, money)
    if nxt == "." and _spaced_decimals(s, k, t):
        num.value = to_decimal(t + "." + s.text[k + 2])  # "1 234 567.89" (thin spaces)
        num.j = k + 3
        return read_scale(s, num, money)
    if s.text[k + 1] in VULGAR and adjacent(s, k, k + 1) and "." not in t:
        num.value = float(num.value) + VULGAR[s.text[k + 1]]  # "2½"
        num.j = k + 2
        return read_scale(s, num, money)
    if _mixed_fraction(s, num, t):
        return read_scale(s, num, money)
    if s.low[k + 1] == "/" and adjacent(s, k, k + 1) and adjacent(s, k + 1, k + 2) and s.kind[k + 2] == NUM:
        return _slash_fraction(s, num, t, money)
    w = s.low[k + 1]
    if w in ORDINAL_SUFFIXES and (adjacent(s, k, k + 1) or spaced(s, k, k + 1) and w == ordinal_suffix(t)):
        num.ordinal = True  # "30th", "15,599 th"
        num.j = k + 2
        return num
    if w in _EXPONENT_MARKS and read_exponent(s, num, t):
        return num
    num = read_scale(s, num, money)
    return _digits_then_words(s, num) if num.scaled else num


def _spaced_thousands(s: Stream, k: int, t: str) -> bool:
    """ "40 000": one group of three digits after one to three digits and one space is the same
    number (longer runs, "1 234 567", are one piece already); not after a month ("May 5 100"),
    within a run of numbers, nor before letters glued to the group ("orders for 18 777s")."""
    j = k + 1
    nxt = s.text[j]
    if not (t.isdigit() and len(t) <= 3 and s.kind[j] == NUM and len(nxt) == 3 and nxt.isdigit()
            and s.source[s.end[k]:s.start[j]] == " "):
        return False
    if k > 0 and (s.low[k - 1] in MONTHS or s.kind[k - 1] == NUM or s.low[k - 1] in DASHES
                  or s.low[k - 1] == "," and s.kind[k - 2] == NUM):
        return False
    return not (s.kind[j + 1] == NUM or s.low[j + 1] in (",", ".", "/", ":") and s.kind[j + 2] == NUM
                and adjacent(s, j, j + 1) or s.low[j + 1] in DASHES and s.kind[j + 2] == NUM
                or s.kind[j + 1] == WORD and adjacent(s, j, j + 1))  # "18 777s": a count of models


def _spaced_decimals(s: Stream, k: int, t: str) -> bool:
    """ "1 234 567.89": decimals glued after digits grouped with spaces (one piece without them)."""
    if "." in t or not any(c in t for c in _GROUP_SPACES):
        return False
    return s.text[k + 1] == "." and adjacent(s, k, k + 1) and adjacent(s, k + 1, k + 2) \
        and s.text[k + 2].isdigit() and not (adjacent(s, k + 2, k + 3) and s.kind[k + 3] in (WORD, NUM))


def read_exponent(s: Stream, num: Number, t: str) -> bool:
    """Scientific notation: "1.3e6", "12.3e-4", "1.3 x 10^6", "6.23×10⁻⁴", "10^9", and any power
    written with a caret ("2^10", "1.5^-2"). Sets the value and says so."""
    k = num.i
    if "," in t:
        return False
    if s.low[k + 1] == "e" and adjacent(s, k, k + 1) and ("." in t or t == "1" or s.text[k + 2] in _SIGNS):
        return _power(s, num, Decimal(t), k + 2)  # "1.3e6", "1e9", "5e-3"; "the 7E7" is a model name
    if s.text[k + 1] == "^" and adjacent(s, k, k + 1):
        return _power(s, num, Decimal(1), k + 2, Decimal(t))
    x = s.low[k + 1]
    if (x == "x" or x == "×" or x == "*") and s.text[k + 2] == "10" and (
            adjacent(s, k, k + 1) and adjacent(s, k + 1, k + 2) or spaced(s, k, k + 1) and spaced(s, k + 1, k + 2)):
        j = k + 3
        if s.text[j] == "^" and adjacent(s, j - 1, j):
            j += 1
        return _power(s, num, Decimal(t), j)
    return False


def _power(s: Stream, num: Number, mantissa: Decimal, j: int, base: Decimal = Decimal(10)) -> bool:
    """The exponent starting at piece j, glued to what is before it: "6", "+14", "-4", "⁻⁴"; the
    value is ``mantissa`` times ``base`` to that power, when it is a finite float."""
    if not adjacent(s, j - 1, j):
        return False
    sign = ""
    if s.text[j] in ("-", "+", "−", "⁻", "⁺") and adjacent(s, j, j + 1):
        sign = "-" if s.text[j] in ("-", "−", "⁻") else ""
        j += 1
    digits = s.text[j]
    if s.kind[j] == WORD:
        digits = "".join(SUPERSCRIPTS.get(c, "x") for c in digits)
    if not (digits.isdigit() and len(digits) <= 2) or adjacent(s, j, j + 1) and s.kind[j + 1] in (WORD, NUM):
        return False
    if not base and sign:
        return False  # "0^-1" has no value
    value = mantissa * base ** int(sign + digits)
    if not value.is_finite() or abs(value) > _LARGEST:
        return False
    num.value = value
    num.scaled = True
    num.j = j + 1
    return True


def _mixed_fraction(s: Stream, num: Number, t: str) -> bool:
    """ "10 1/2": add the fraction to num and say so."""
    k = num.i
    if not (spaced(s, k, k + 1) and s.kind[k + 1] == NUM and s.low[k + 2] == "/" and adjacent(s, k + 1, k + 2)
            and adjacent(s, k + 2, k + 3) and s.kind[k + 3] == NUM and s.low[k + 4] != "/"):
        return False
    a, b = to_decimal(s.text[k + 1]), to_decimal(s.text[k + 3])
    if b in SMALL_DENOMINATORS and 0 < a < b and "." not in t:
        num.value = float(num.value) + float(a) / float(b)
        num.j = k + 4
        return True
    return False


def _slash_fraction(s: Stream, num: Number, t: str, money: bool) -> Number | None:
    """ "1/4" (a small denominator); "24/7", "9/11" and "12/13/2022" are no quantities."""
    k = num.i
    if s.low[k + 3] == "/" and adjacent(s, k + 2, k + 3):
        return None  # a date such as 12/13/2022
    a, b = num.value, to_decimal(s.text[k + 2])
    if b in SMALL_DENOMINATORS and 0 < a < b and "." not in t:
        num.value = float(a) / float(b)
        num.j = k + 3
        num.fraction = True
        return read_scale(s, num, money)
    return None


def read_scale(s: Stream, num: Number, money: bool) -> Number:
    """Multipliers after a number: "3.5 million", "1.2bn", "three lakh crore", "5 dozen"."""
    j = num.j
    value = num.value
    while j < s.n:
        w = s.low[j]
        if w in SCALES and near(s, j - 1, j):
            mult = SCALES[w]
        elif w in DOZEN_WORDS and spaced(s, j - 1, j) and j == num.j:
            mult = 12
        elif (w in ABBREV_SCALES or w in MONEY_SCALES) and not num.words and s.kind[num.j - 1] == NUM \
                and j == num.j:
            mult = _abbreviated_scale(s, j, money)
            if not mult:
                break
        else:
            break
        value = value * mult
        num.scaled = True
        j += 1
    num.value = value
    num.j = j
    return num


def _abbreviated_scale(s: Stream, j: int, money: bool) -> int:
    """The multiplier of the abbreviation at piece j after digits ("bn", "m", "K", "$1.2T"), or 0 when
    it is none: "m" before a cue of length is metres, "b" a billion only after a currency sign or a
    decimal point ("$5b", "1.2b", not "4B"), "t" a trillion only after a currency sign; k as below."""
    w = s.low[j]
    if adjacent(s, j, j + 1) and (s.kind[j + 1] == WORD or s.kind[j + 1] == NUM):
        return 0  # "10 bn" must not take a following letter ("10 b." in a list)
    if w == "k":
        return 1_000 if is_thousands_k(s, j, money) else 0
    glued = adjacent(s, j - 1, j)
    if not glued and (w == "m" or w == "b" or w == "t"):
        return 0
    if w == "t":
        return MONEY_SCALES[w] if money else 0
    if w == "m" and (is_metres(s, j) or not money and _metres_before_noun(s, j)):
        return 0
    if w == "b" and not money and "." not in s.text[j - 1]:
        return 0
    return ABBREV_SCALES[w]


def is_thousands_k(s: Stream, j: int, money: bool) -> bool:
    """Whether the k or K at piece j after digits ("100k followers", "2.33 k", "$50K") counts
    thousands. Not before a race ("a 10K run": kilometres) nor gold ("18k gold": karats); a capital K
    is no thousand in a screen resolution ("4K TVs", "shot in 4K") nor in a sentence about
    temperature ("cooled to 300K": kelvin)."""
    if not near(s, j - 1, j):
        return False
    if money:
        return True
    nxt = j + 2 if s.low[j + 1] in DASHES and adjacent(s, j, j + 1) else j + 1
    after = s.low[nxt]
    if after in K_RACE_CUES or after in K_KARAT_CUES or s.low[j - 2] in K_RACE_CUES:
        return False
    if s.text[j] != "K":
        return True
    if after in K_RESOLUTION_CUES or s.low[j - 2] == "in" and s.kind[nxt] != WORD:
        return False
    return not _temperature_near(s, j)


def _temperature_near(s: Stream, j: int) -> bool:
    """A word of temperature or physics within ten pieces of piece j ("a temperature of 300K", "the
    laser reached 300K"): the K may be kelvin, which the figures' units decide."""
    for x in range(max(0, j - 10), min(s.n, j + 11)):
        if s.low[x] in KELVIN_CUES or s.low[x] in HEAT_WORDS:
            return True
    return False


def _metres_before_noun(s: Stream, j: int) -> bool:
    """ "a 12m wave", "the 30m footbridge", "a 100m-long wall": an m glued to digits with no currency,
    before a singular noun or a word of length, measures it; a plural counts millions ("8m viewers",
    "3m tonnes"), and so does a noun of an amount ("a 5m increase")."""
    k = j + 1
    if s.low[k] in DASHES and adjacent(s, j, k) and adjacent(s, k, k + 1):
        return s.low[k + 1] in METRE_CUES
    nxt = s.low[k]
    if s.kind[k] != WORD or not spaced(s, j, k) or not s.text[k].islower() or len(nxt) < 3:
        return False
    return not (nxt in STOP_WORDS or nxt in IRREGULAR_PLURALS or nxt in AMOUNT_NOUNS or nxt in SCALES
                or nxt.endswith("s") and not nxt.endswith("ss") or nxt.endswith("ed") or nxt.endswith("ing")
                or nxt.endswith("ly"))


def is_metres(s: Stream, j: int) -> bool:
    """ "1.8m tall", "2m of snow": the m after digits is metres, not millions."""
    nxt = s.low[j + 1]
    return nxt in METRE_CUES or ((nxt == "of" or nxt == "in") and s.low[j + 2] in METRE_MATERIALS)


def read_words(s: Stream, k: int, money: bool) -> Number | None:
    """Numbers in words: "½", "hundreds of", "third", "a dozen", "half a million", "sixty-one"."""
    w = s.low[k]
    if w in VULGAR:
        return read_scale(s, Number(k, k + 1, VULGAR[w], fraction=True), money)  # "½ teaspoon"
    if w in VAGUE_SCALES:
        return _read_vague(s, k)
    if w in ORDINAL_WORDS:
        nxt = k + 2 if s.low[k + 1] in DASHES and adjacent(s, k, k + 1) else k + 1
        if s.low[nxt] in RANK_WORDS or s.low[nxt] in ANNIVERSARY or w not in DENOMINATORS or w == "second":
            return Number(k, k + 1, Decimal(ORDINAL_WORDS[w]), words=True, ordinal=True)
        return None  # "a third", "two fifths": denominators, read from the word before
    if w == "a" or w == "an":
        return _read_article(s, k)
    if w in HALVES:
        return _read_half(s, k)
    if w in DOZEN_WORDS:  # "dozen", "doz" alone: a multiplier, no number ("dozens" is vague, read above)
        return None
    if w == "nought" or w == "naught":  # zero only in a decimal: "nought point five"; "came to naught" is none
        if s.low[k + 1] != "point":
            return None
        return _spoken_decimal(s, Number(k, k + 1, Decimal(0), words=True), "unit")
    return read_cardinal(s, k)


def _read_vague(s: Stream, k: int) -> Number | None:
    """ "hundreds of", "tens of thousands of", "dozens injured"; not "scores goals" nor "tens" alone."""
    w = s.low[k]
    value = Decimal(VAGUE_SCALES[w])
    j = k + 1
    if s.low[j] == "of" and s.low[j + 1] in VAGUE_SCALES and VAGUE_SCALES[s.low[j + 1]] > value:
        value = value * VAGUE_SCALES[s.low[j + 1]]
        j += 2
    nxt = s.low[j]
    if nxt != "of" and (w == "tens" or w == "scores" or s.kind[j] == WORD and nxt not in VAGUE_FOLLOWERS
                        and not (nxt.endswith("ed") and len(nxt) > 4)):
        return None
    return Number(k, j, value, words=True, vague=True)


def _read_article(s: Stream, k: int) -> Number | None:
    """ "a fifth of", "a half", "a quarter million", "a dozen", "a million"; "a third term" is none."""
    nxt = s.low[k + 1]
    if nxt in DENOMINATORS and nxt not in HALVES:
        after = s.kind[k + 2]
        if after == SYM or after == END or s.low[k + 2] == "of" or s.low[k + 2] == "the":
            return fraction_of_scale(s, Number(k, k + 2, 1.0 / DENOMINATORS[nxt], words=True, fraction=True))
        return None
    if nxt in HALVES:
        num = _read_half(s, k + 1)
        if num.fraction or num.scaled or num.value != 1:
            num.i = k
            return num
        return None
    if nxt == "dozen":  # only the singular, not DOZEN_WORDS: no "a dozens"; "doz" is written after digits
        return read_scale_words(s, Number(k, k + 2, Decimal(12), words=True))
    if nxt in SCALES:
        num = read_scale_words(s, Number(k, k + 1, Decimal(1), words=True))
        frac = _fraction_after_and(s, num, _Words(Decimal(0), Decimal(0), "scale", num.j))
        return _large_denominator(s, num) if frac is None else frac  # "a million and a half"
    return None


def _read_half(s: Stream, k: int) -> Number:
    """ "half", "half a million", "half a dozen", "quarter billion", "a quarter of a million"."""
    frac = Decimal("0.5") if s.low[k] == "half" else Decimal("0.25")
    j = k + 1
    if s.low[j] == "of" and (s.low[j + 1] == "a" or s.low[j + 1] == "an") and SCALES.get(s.low[j + 2], 0) >= 1000:
        j += 1  # "a quarter of a million"; "a quarter of the vote" is a fraction
    # "half a dozen", "half dozen": the singular only, not DOZEN_WORDS ("half dozens" is no 6, and
    # "doz" is written after digits).
    if (s.low[j] == "a" or s.low[j] == "an") and (s.low[j + 1] in SCALES or s.low[j + 1] == "dozen"):
        j += 1
    if s.low[j] in SCALES or s.low[j] == "dozen":
        mult = SCALES.get(s.low[j], 12)
        return read_scale_words(s, Number(k, j + 1, frac * mult, words=True, scaled=True))
    return Number(k, k + 1, frac, words=True, fraction=True)


@dataclass(slots=True)
class _Words:
    """Cardinal words read so far: the total above the last scale, the current group, what the last
    piece was (unit, tens, hundred, scale, and, hyphen), the piece after the last number piece, and
    the last "and" taken: its piece, the value before it and the place of the word before it
    ("million and three fifths": 1,000,000)."""

    total: Decimal
    cur: Decimal
    last: str
    end: int
    and_at: int = -1
    before_and: Decimal = Decimal(0)
    and_place: int = 1


def read_cardinal(s: Stream, k: int) -> Number | None:
    """Cardinal words that compose: "three hundred and forty-two", "twenty-four", "three lakh crore"."""
    st = compose(s, k, _Words(Decimal(0), Decimal(0), "", k))
    if st.end == k:
        return None
    return _cardinal_tail(s, Number(k, st.end, st.total + st.cur, words=True), st)


def compose(s: Stream, j: int, st: _Words) -> _Words:
    """Reads number words (and small digit groups between them) from piece j on into st."""
    while j < s.n:
        w = s.low[j]
        if w == "and" or w in DASHES:
            link = _cardinal_link(s, j, w, st.last)
            if not link:
                break
            if w == "and":
                st.and_at, st.before_and, st.and_place = j, st.total + st.cur, SCALES.get(s.low[j - 1], 1)
            st.last = link
            j += 1
            continue
        if s.kind[j] == NUM:
            if not _digit_group(s, j, st):
                break
        elif s.kind[j] == WORD:
            step = _cardinal_word(s, j, w, st.last, st.total, st.cur)
            if step is None:
                break
            st.total, st.cur, st.last = step
        else:
            break
        j += 1
        st.end = j
    return st


def _digit_group(s: Stream, j: int, st: _Words) -> bool:
    """Digits under a thousand among number words: "7 thousand 2 hundred and 15", "4 crore 30 lakh".
    After "and" (after "hundred") up to 99; after a scale only before a smaller scale."""
    t = s.text[j]
    if not (t.isdigit() and len(t) <= 3 and (t == "0" or t[0] != "0")) or not near(s, j - 1, j) \
            or adjacent(s, j, j + 1) and (s.kind[j + 1] != SYM or s.kind[j + 2] == NUM and adjacent(s, j + 1, j + 2)):
        return False
    v = int(t)
    nxt = s.low[j + 1]
    if st.last == "and" and v < 100:
        st.cur += v
    elif st.last == "scale" and nxt in SCALES and near(s, j, j + 1) and SCALES[nxt] < SCALES.get(s.low[j - 1], 0) \
            and (nxt != "hundred" or v < 100):
        st.cur = Decimal(v)
    else:
        return False
    st.last = "unit"
    return True


def _digits_then_words(s: Stream, num: Number) -> Number:
    """Digits and a scale word, then more number words or digits: "7 thousand 2 hundred and 15",
    "4 crore and three hundred", "5 million and a half". An "and" after a scale only takes a number
    with a hundred or a scale ("$3 million and three others" stays 3 million) or a fraction."""
    j = num.j
    value = num.value
    if j == num.i + 1 or s.low[j - 1] not in SCALES or not isinstance(value, Decimal) \
            or value != value.to_integral_value():
        return num
    if s.low[j - 1] == "hundred":
        st = _Words(Decimal(0), value, "hundred", j)
    else:
        st = _Words(value, Decimal(0), "scale", j)
    compose(s, j, st)
    if st.end > j and st.and_at < j and not any(s.low[x] in SCALES for x in range(j, st.end)):
        return num  # "$24 million one-time", "5 million two years ago": no "and", no scale goes on
    got = Number(num.i, st.end, st.total + st.cur, scaled=True)
    if st.and_at >= j and st.and_place >= 1000 and st.total + st.cur - st.before_and < 100 \
            and _denominator_at(s, st.end) < 0:
        return num
    return _cardinal_tail(s, got, st)


def _cardinal_link(s: Stream, j: int, w: str, last: str) -> str:
    """What an "and" or a hyphen at piece j makes of the last word ("" when it ends the number)."""
    if w == "and":
        nxt = s.low[j + 1]
        ok = (last == "hundred" or last == "scale") and (nxt in UNITS_WORDS or nxt in TENS_WORDS) \
            or last == "hundred" and s.kind[j + 1] == NUM and len(nxt) <= 2 and nxt.isdigit()
        return "and" if ok else ""
    if not (adjacent(s, j - 1, j) and adjacent(s, j, j + 1)):
        return ""
    nxt = s.low[j + 1]
    if last == "tens" and nxt in UNITS_WORDS and 0 < UNITS_WORDS[nxt] < 10:
        return "hyphen"  # "sixty-one"
    if (last == "unit" or last == "tens" or last == "hundred") and nxt in SCALES:
        return last  # "six-thousand-year-old", "two-hundred"
    return ""


def _cardinal_word(s: Stream, j: int, w: str, last: str, total: Decimal,
                   cur: Decimal) -> tuple[Decimal, Decimal, str] | None:
    """The running total, current group and last word after the word w at piece j, or None when
    it does not continue the number."""
    if w in UNITS_WORDS:
        if last not in ("", "tens", "hyphen", "hundred", "scale", "and"):
            return None
        if (last == "tens" or last == "hyphen") and UNITS_WORDS[w] >= 10:
            return None
        if last == "scale" and not near(s, j - 1, j):
            return None
        return total, cur + UNITS_WORDS[w], "unit"
    if w in TENS_WORDS:
        return (total, cur + TENS_WORDS[w], "tens") if last in ("", "hundred", "scale", "and") else None
    if w == "hundred":
        return (total, cur * 100, "hundred") if (last == "unit" or last == "tens") and cur < 100 else None
    if w in SCALES:
        if last == "scale" and cur == 0 and near(s, j - 1, j) and SCALES[w] > SCALES[s.low[j - 1]]:
            return total * SCALES[w], cur, last  # "three lakh crore"
        if last == "unit" or last == "tens" or last == "hundred":
            return total + (cur or 1) * SCALES[w], Decimal(0), "scale"
        return None
    if w in DOZEN_WORDS and (last == "unit" or last == "tens"):
        return total, cur * 12, "hundred"  # "six dozen", "three dozens"
    return None


def _cardinal_tail(s: Stream, num: Number, st: _Words) -> Number:
    """What follows cardinal words: "two point five", "three and two fifths", "a million and a half",
    "two-thirds", "five eighths", "three quarters of a million"."""
    k, j = num.i, num.j
    num.scaled = any(s.low[x] in SCALES for x in range(k, j))
    low = s.low
    if low[j] == "point":
        dec = _spoken_decimal(s, num, st.last)
        if dec is not None:
            return dec
    if k == 0 or low[k - 1] != "between":  # "between one and two thirds of them" is a range
        frac = _fraction_after_and(s, num, st)
        if frac is not None:
            return frac
    dj = j + 1 if (low[j] in DASHES and adjacent(s, j - 1, j) and adjacent(s, j, j + 1)) else j
    if (st.last == "unit" or st.last == "tens") and low[dj] in DENOMINATORS and near(s, dj - 1, dj) \
            and 0 < num.value < 1000:
        den = DENOMINATORS[low[dj]]
        # A proper fraction ("five eighths"), or an improper one with a plural denominator ("seven
        # fifths", "twenty-three tenths"); "two halves", "five quarters" are parts of a game or year.
        if num.value < den and st.last == "unit" and num.value < 100 \
                or num.value > 1 and low[dj].endswith("s") and low[dj] not in _PERIOD_DENOMINATORS:
            num.value = float(num.value) / den
            num.j = dj + 1
            num.fraction = True
            return fraction_of_scale(s, num)
    if st.last == "unit" and low[j] in TENS_WORDS and spaced(s, j - 1, j):
        return _compound_denominator(s, num)
    if st.last == "hundred" or st.last == "scale":
        return _large_denominator(s, num)
    return num


def _large_denominator(s: Stream, num: Number) -> Number:
    """A whole of a hundred or more over a plural denominator of a thousand or more: "a hundred
    millionths", "three hundred thousandths" (a thousandth, a millionth ... counted)."""
    j = num.j
    w = s.low[j]
    if not (w.endswith("s") and DENOMINATORS.get(w, 0) >= 1000 and spaced(s, j - 1, j)):
        return num
    num.value = float(num.value) / DENOMINATORS[w]
    num.j = j + 1
    num.fraction = True
    num.scaled = False
    return num


def _compound_denominator(s: Stream, num: Number) -> Number:
    """A fraction whose denominator is a compound ordinal: "one twenty-fifth" (1/25), "three
    twenty-firsts", "three twenty firsts" (spaced only in the plural, and not "seconds", a unit of
    time); the numerator agrees with it (one: singular, more: plural)."""
    j = num.j
    low = s.low
    if low[j + 1] in DASHES and adjacent(s, j, j + 1) and adjacent(s, j + 1, j + 2):
        at = j + 2
    elif spaced(s, j, j + 1) and low[j + 1].endswith("s") and low[j + 1] != "seconds":
        at = j + 1
    else:
        return num
    word = low[at]
    plural = word.endswith("s")
    unit = ORDINAL_WORDS.get(word[:-1] if plural else word, 0)
    den = TENS_WORDS[low[j]] + unit
    if not 0 < unit < 10 or not 0 < num.value < den or (num.value == 1) == plural \
            or low[at + 1] in RANK_WORDS or low[at + 1] in ANNIVERSARY:
        return num  # "one twenty-fifth anniversary" is an ordinal
    num.value = float(num.value) / den
    num.j = at + 1
    num.fraction = True
    return fraction_of_scale(s, num)


def _spoken_decimal(s: Stream, num: Number, last: str) -> Number | None:
    """A decimal said aloud: "two point five", "nine point nought four", "three hundred point
    sixty-two", then its scale ("two point five million"); not "at one point five of them"."""
    j, k = num.j, num.i
    if not (last == "unit" or last == "tens" or last == "hundred") or not spaced(s, j - 1, j) \
            or not isinstance(num.value, Decimal) or num.value != num.value.to_integral_value():
        return None
    if j == k + 1 and s.low[k] == "one" and k > 0 and s.low[k - 1] == "at":
        return None
    digits, end = _decimal_digits(s, j + 1)
    if not digits:
        return None
    num.value = Decimal(f"{int(num.value)}.{digits}")
    num.j = end
    return read_scale_words(s, num)


def _decimal_digits(s: Stream, j: int) -> tuple[str, int]:
    """The digits said after "point" from piece j: digit words one by one ("nought four", "oh
    five"), or one number under a hundred ("eleven", "seventy-one")."""
    if not spaced(s, j - 1, j):
        return "", j
    w = s.low[j]
    if w in TENS_WORDS:
        v = TENS_WORDS[w]
        if s.low[j + 1] in DASHES and adjacent(s, j, j + 1) and adjacent(s, j + 1, j + 2) \
                and 0 < UNITS_WORDS.get(s.low[j + 2], 0) < 10:
            return str(v + UNITS_WORDS[s.low[j + 2]]), j + 3
        return str(v), j + 1
    if 10 <= UNITS_WORDS.get(w, 0) <= 19:
        return str(UNITS_WORDS[w]), j + 1
    digits = ""
    x = j
    while s.low[x] in DECIMAL_DIGITS and (x == j or spaced(s, x - 1, x)):
        if s.low[x] == "oh" and s.low[x + 1] not in DECIMAL_DIGITS:
            break
        digits += str(DECIMAL_DIGITS[s.low[x]])
        x += 1
    return digits, x


def _fraction_after_and(s: Stream, num: Number, st: _Words) -> Number | None:
    """A whole and a fraction: "three and two fifths", "four hundred and three quarters" (the
    numerator already read after the "and"), "a million and a half" and "four million and two
    fifths" (of the scale before the "and"), "two billion and a half million" (of the scale after)."""
    low = s.low
    j = num.j
    if num.i < st.and_at < j and _denominator_at(s, j) >= 0:
        n = float(num.value) - float(st.before_and)
        whole: Decimal | float = st.before_and
        place = st.and_place
        den_at = _denominator_at(s, j)
    elif low[j] == "and" and st.last in ("unit", "tens", "hundred", "scale"):  # "two hundred and six and two thirds"
        found = _numerator(s, j + 1)
        if found is None:
            return None
        n, den_at = float(found[0]), _denominator_at(s, found[1])
        whole = num.value
        place = SCALES.get(low[j - 1], 1) if st.last == "scale" or st.last == "hundred" else 1
    else:
        return None
    if den_at < 0:
        return None
    word = low[den_at]
    den = DENOMINATORS[word]
    after = den_at + 1
    if not 0 < n < den or (n == 1) == word.endswith("s") or low[after] in DASHES and adjacent(s, den_at, after) \
            or low[after] == "of" and place >= 1000:
        return None
    frac = n / den
    if low[after] in SCALES and near(s, den_at, after) and place >= 1000:
        num.value = float(whole) + frac * SCALES[low[after]]  # "two billion and a half million"
        after += 1
    else:
        num.value = float(whole) + frac * (place if place >= 1000 else 1)
    num.j = after
    return read_scale_words(s, num)


def _numerator(s: Stream, j: int) -> tuple[int, int] | None:
    """The numerator of a fraction at piece j and the piece after it: "a", "one", "three", "fifty-four"."""
    w = s.low[j]
    if w == "a" or w == "an" or w == "one":
        return 1, j + 1
    if w in TENS_WORDS:
        if s.low[j + 1] in DASHES and adjacent(s, j, j + 1) and adjacent(s, j + 1, j + 2) \
                and 0 < UNITS_WORDS.get(s.low[j + 2], 0) < 10:
            return TENS_WORDS[w] + UNITS_WORDS[s.low[j + 2]], j + 3
        return TENS_WORDS[w], j + 1
    if UNITS_WORDS.get(w, 0) > 0:
        return UNITS_WORDS[w], j + 1
    return None


def _denominator_at(s: Stream, j: int) -> int:
    """The piece of a denominator word at piece j or after a hyphen there ("fifths", "-thirds"), or -1."""
    if s.low[j] in DENOMINATORS and near(s, j - 1, j):
        return j
    if s.low[j] in DASHES and adjacent(s, j - 1, j) and adjacent(s, j, j + 1) and s.low[j + 1] in DENOMINATORS:
        return j + 1
    return -1


def fraction_of_scale(s: Stream, num: Number) -> Number:
    """A fraction of a scale is a scaled number: "three quarters of a million", "two-thirds of a
    billion", "three quarters billion"."""
    j = num.j
    low = s.low
    if low[j] == "of" and (low[j + 1] == "a" or low[j + 1] == "an") and SCALES.get(low[j + 2], 0) >= 1000:
        num.value = num.value * SCALES[low[j + 2]]
        num.j = j + 3
    elif SCALES.get(low[j], 0) >= 1000 and near(s, j - 1, j):
        num.value = num.value * SCALES[low[j]]
        num.j = j + 1
    else:
        return num
    num.fraction = False
    num.scaled = True
    return read_scale_words(s, num)


def read_scale_words(s: Stream, num: Number) -> Number:
    """Scale words after a number in words: "a dozen million", "half a million", "a billion"."""
    j = num.j
    while s.low[j] in SCALES and near(s, j - 1, j):
        num.value = num.value * SCALES[s.low[j]]
        num.scaled = True
        j += 1
    num.j = j
    return num


# Phrases whose value the reader does not compose: counts said as nouns ("a couple of years", "a
# single day") and a scale word standing alone ("hundred years" in a run of words).
_PHRASE_VALUES = {"a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2, "a": 1, "an": 1, "one": 1,
                  "single": 1, "a single": 1, "dozen": 12, "hundred": 100, "thousand": 1000}
_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half$")


def value_of(phrase: str) -> int | float | None:
    """The value of a number phrase standing alone ("twenty-four" -> 24, "2 1/2" -> 2.5, "a" -> 1,
    "a couple of" -> 2, "four and a half" -> 4.5), or None when it is vague or no number ("several",
    "a few")."""
    words = " ".join(phrase.lower().replace("’", "'").split())
    if words in _PHRASE_VALUES:
        return _PHRASE_VALUES[words]
    s = Stream(words, Pieces(words))
    num = read_number(s, 0, False) if s.n > 0 and starts_number(s, 0) else None
    if num is None or num.vague or num.ordinal or num.j != s.n:
        half = _AND_A_HALF.search(words)  # "two-and-a-half", which the reader does not join
        if half is not None:
            whole = value_of(words[:half.start()])
            return None if whole is None else whole + 0.5
        return None
    value = num.value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return int(value) if value == int(value) else value
