"""Numbers read over the document's pieces: the number reader shared by figures and dates.

``read_number(s, k, money)`` reads the number whose first piece is k and returns a ``Number`` (the
piece range [i, j), the value and flags) or None. Rules, in the order they are tried:
1. digits ("1,234.5", "12,34,567", "40 000"), then, glued or next to them: a vulgar fraction
   ("2½"), a mixed fraction with a small denominator ("10 1/2"), a slash fraction ("3/4"; "24/7",
   "9/11" and dates "12/13/2022" are no numbers), an ordinal suffix ("30th", "1,000 th");
2. scales after digits: words ("3.5 million", "two lakh crore", "5 dozen") and abbreviations glued
   to the digits ("$1.2bn", "10 bln", "£3.5m"); "m" before a cue of length is metres ("1.8m
   tall"); "k" and "b" count thousands and billions only after a currency sign ("$50K", not "4K
   TVs"); no abbreviation with a letter or digit glued after it ("10 b." in a list is);
3. words: a vulgar fraction alone ("½ cup"); vague plural scales before "of", a mark, a word of
   ``VAGUE_FOLLOWERS`` or a verb in -ed ("hundreds of", "tens of thousands of", "hundreds were
   held", "thousands protested"); not before any other word ("thousands separator"), nor "tens"
   and "scores" without "of";
   ordinal words ("second", "third-largest"; a denominator word is an ordinal only before a rank
   word); "a"/"an" before a denominator ("a fifth of"), "half"/"quarter", "dozen" or a scale ("a
   million"); "half"/"quarter" with a scale ("half a million", "quarter billion");
4. cardinal words that compose ("three hundred and forty-two", "twenty-four", "three lakh crore",
   "six dozen"), then "and a half" ("two and a half million") or a denominator ("two-thirds",
   "five eighths").
``value_of(phrase)`` values a number phrase alone: "twenty-four" -> 24, "2 1/2" -> 2.5,
"a couple of" -> 2, "several" -> None.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..lexicon.figures import ANNIVERSARY, METRE_CUES, RANK_WORDS, VAGUE_FOLLOWERS
from ..lexicon.numbers import (ABBREV_SCALES, ARTICLE_DENOMINATORS, DENOMINATORS, ORDINAL_SUFFIXES,
                               ORDINAL_WORDS, SCALES, SMALL_DENOMINATORS, TENS_WORDS, UNITS_WORDS,
                               VAGUE_SCALES, VULGAR)
from ..lexicon.units import METRE_MATERIALS
from .tokens import NUM, NUMBER_START_WORDS, SYM, WORD, Pieces

END = "end"  # the kind of the sentinel pieces past the last one
PAD = 8  # sentinels after the last piece: looking a few pieces ahead (or one behind the first) never fails
DASHES = frozenset({"-", "–", "—", "−"})
HALVES = frozenset({"half", "quarter"})
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


def read_number(s: Stream, k: int, money: bool) -> Number | None:
    """The number starting at piece k; ``money``: a currency sign or code stands right before it."""
    if s.kind[k] == NUM:
        return read_digits(s, k, money)
    return read_words(s, k, money)


def read_digits(s: Stream, k: int, money: bool) -> Number | None:
    """Digits with what is glued to them: "2½", "10 1/2", "3/4", "30th", "3.5 million"."""
    t = s.text[k]
    if len(t) > 24:
        return None  # a digit string, not a quantity
    num = Number(k, k + 1, to_decimal(t))
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
    return read_scale(s, num, money)


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
        elif (w == "dozen" or w == "dozens") and spaced(s, j - 1, j) and j == num.j:
            mult = 12
        elif w in ABBREV_SCALES and not num.words and s.kind[num.j - 1] == NUM and j == num.j:
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
    """The multiplier of the abbreviation at piece j after digits ("bn", "m", "K"), or 0 when it is none."""
    w = s.low[j]
    glued = adjacent(s, j - 1, j)
    if not glued and (w == "m" or w == "k" or w == "b"):
        return 0
    if w == "m" and is_metres(s, j):
        return 0
    if (w == "b" or w == "k") and not money:
        return 0  # "4K TVs" is no number of thousands; "$50K" is
    if adjacent(s, j, j + 1) and (s.kind[j + 1] == WORD or s.kind[j + 1] == NUM):
        return 0  # "10 bn" must not take a following letter ("10 b." in a list)
    return ABBREV_SCALES[w]


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
    if w == "dozen":
        return None
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
            return Number(k, k + 2, 1.0 / DENOMINATORS[nxt], words=True, fraction=True)
        return None
    if nxt in HALVES:
        num = _read_half(s, k + 1)
        if num.fraction or num.scaled or num.value != 1:
            num.i = k
            return num
        return None
    if nxt == "dozen":
        return read_scale_words(s, Number(k, k + 2, Decimal(12), words=True))
    if nxt in SCALES:
        return read_scale_words(s, Number(k, k + 1, Decimal(1), words=True))
    return None


def _read_half(s: Stream, k: int) -> Number:
    """ "half", "half a million", "half a dozen", "quarter billion"."""
    frac = Decimal("0.5") if s.low[k] == "half" else Decimal("0.25")
    j = k + 1
    if (s.low[j] == "a" or s.low[j] == "an") and (s.low[j + 1] in SCALES or s.low[j + 1] == "dozen"):
        j += 1
    if s.low[j] in SCALES or s.low[j] == "dozen":
        mult = SCALES.get(s.low[j], 12)
        return read_scale_words(s, Number(k, j + 1, frac * mult, words=True, scaled=True))
    return Number(k, k + 1, frac, words=True, fraction=True)


def read_cardinal(s: Stream, k: int) -> Number | None:
    """Cardinal words that compose: "three hundred and forty-two", "twenty-four", "three lakh crore"."""
    total = cur = Decimal(0)
    last = ""  # what the last word was: unit, tens, hundred, scale, and, hyphen
    j = end = k
    while j < s.n:
        w = s.low[j]
        if w == "and" or w in DASHES:
            link = _cardinal_link(s, j, w, last)
            if not link:
                break
            last = link
            j += 1
            continue
        if s.kind[j] != WORD:
            break
        step = _cardinal_word(s, j, w, last, total, cur)
        if step is None:
            break
        total, cur, last = step
        j += 1
        end = j
    if end == k:
        return None
    return _cardinal_tail(s, Number(k, end, total + cur, words=True), last)


def _cardinal_link(s: Stream, j: int, w: str, last: str) -> str:
    """What an "and" or a hyphen at piece j makes of the last word ("" when it ends the number)."""
    if w == "and":
        ok = (last == "hundred" or last == "scale") and (s.low[j + 1] in UNITS_WORDS or s.low[j + 1] in TENS_WORDS)
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
    if w == "dozen" and (last == "unit" or last == "tens"):
        return total, cur * 12, "hundred"
    return None


def _cardinal_tail(s: Stream, num: Number, last: str) -> Number:
    """What follows cardinal words: "two and a half", "two-thirds", "five eighths"."""
    k, j = num.i, num.j
    value = num.value
    num.scaled = any(s.low[x] in SCALES for x in range(k, j))
    low = s.low
    if low[j] == "and" and (low[j + 1] == "a" or low[j + 1] == "one") and low[j + 2] in DENOMINATORS \
            and not low[j + 2].endswith("s") and (last == "unit" or last == "tens"):
        num.value = float(value) + 1 / DENOMINATORS[low[j + 2]]
        num.j = j + 3
        return read_scale_words(s, num)
    dj = j + 1 if (low[j] in DASHES and adjacent(s, j - 1, j) and adjacent(s, j, j + 1)) else j
    if last == "unit" and low[dj] in DENOMINATORS and near(s, dj - 1, dj) and 0 < value < 100:
        den = DENOMINATORS[low[dj]]
        if value < den:
            num.value = float(value) / den
            num.j = dj + 1
            num.fraction = True
    return num


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
    half = _AND_A_HALF.search(words)
    if half is not None:
        whole = value_of(words[:half.start()])
        return None if whole is None else whole + 0.5
    s = Stream(words, Pieces(words))
    if s.n == 0 or not starts_number(s, 0):
        return None
    num = read_number(s, 0, False)
    if num is None or num.vague or num.ordinal or num.j != s.n:
        return None
    value = num.value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return int(value) if value == int(value) else value
