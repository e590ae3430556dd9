"""Tokens of the document: words (with numbers and marks) and the finer pieces numbers are read from.

Both are parallel lists (``start``, ``end``, ``text``, ``low``, ...), not one object per token: a
megabyte of news holds about 180,000 words, and lists of ints and strings cost a fraction of the
time and memory of as many objects. What depends only on a token's text (its lower form and its
flags) is computed once per distinct text and kept in a per-process cache.

Words (``Words``), in the order the pattern tries them:
1. initials and dotted acronyms with their last period ("J.", "U.S.", "a.m.") and the usual
   abbreviations of news ("Mr.", "Gen.", "Inc.", "Sept."): the period that ends them is theirs;
2. numbers: a digit, then digits and the separators of dates, clock times, groups and model
   numbers ("1,000", "3.5", "12/13/2022", "3:30", "787-8");
3. words: a letter, then letters and digits, joined through an apostrophe, hyphen or period that
   stands between two of them ("O'Brien", "al-Hassan", "COVID-19", "don't", "U.S" before a hyphen);
4. marks: any other character but a space, one each ("--" is one mark).
Zero-width characters are no tokens.

Pieces (``Pieces``), for reading numbers: runs of digits with valid thousands groups and a decimal
part ("1,234,567.89", Indian "12,34,567"), thousands grouped by thin or no-break spaces ("40 000"),
runs of letters, and single characters. A comma run whose groups are not thousands ("1,2,3",
"5,00") gives its numbers and commas as pieces of their own.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from itertools import compress, repeat
from operator import add

from ..lexicon.calendar import WEEKDAYS_MONTHS
from ..lexicon.names import FUNCTION_WORDS, NAME_PARTICLES
from .forms import ADVERB, CLAUSE_MARK, OPEN_WORD, VERB_FORM, VERB_SLOT, type_bits
from ..lexicon.numbers import MULTIPLE_WORDS, ORDINAL_WORDS, TENS_WORDS, UNITS_WORDS, VAGUE_SCALES, VULGAR

# Abbreviations whose final period belongs to the word (lower case, without the period).
ABBREVIATIONS = (
    "mrs mr ms dr prof gen lt col sgt capt maj cmdr adm sen rep gov rev st jr sr inc corp co ltd no "
    "det insp supt sept jan feb aug oct nov dec"
).split()

_WORD = re.compile(
    # The lookahead lets the alternation of abbreviations be tried only before a period.
    r"(?=[A-Za-z]{1,4}\.)(?:(?:[A-Za-z]\.)+(?![\w'’\-])|(?i:"
    + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + r")\.(?![\w'’\-]))"
    r"|[^\W\d_]\w*(?:[-'’.]\w+)*"
    r"|\d(?:[\d,.:/\-]*\d)?"
    r"|--|[^\w\s\u200b-\u200d\u2060\ufeff]"
)


def _starts(text: str, tokens: list[str]) -> list[int]:
    """Where each token of text starts. The patterns skip nothing but spaces, zero-width characters
    and underscores, which no token consists of, so each token is the next occurrence of its text
    after the one before: one string search each, cheaper than a match object each."""
    starts: list[int] = []
    append = starts.append
    find = text.find
    at = 0
    for token in tokens:
        at = find(token, at)
        append(at)
        at += len(token)
    return starts

# Flags of a token's text (bits of ``Words.flags``).
CAP = 1  # starts with an upper-case letter
ALPHA = 2  # starts with a letter
DIGIT = 4  # starts with a digit
MARK = 8  # punctuation or a symbol
UPPER = 16  # letters all upper case ("NATO", "U.S.")
ABBREV = 32  # an abbreviation or initials with its period
QUOTE_MARK = 64  # a double quotation mark
FUNCTION = 128  # a function word or sentence adverb, which starts or ends no name
PARTICLE = 256  # a name particle ("al", "van", "de")
CALENDAR = 512  # a weekday or month name
# Bits 25-29: the verb forms of a word's type, defined and computed in ``forms`` (read by ``clauses``).
VERB_BITS = (VERB_FORM, OPEN_WORD, VERB_SLOT, ADVERB, CLAUSE_MARK)
# Flags of a piece (bits of ``Pieces.flags``): where the number reader may start.
NUMBER_START = 1 << 20  # digits, a vulgar fraction or a word that may start a number ("two", "half")
ARTICLE = 1 << 21  # "a" or "an", a number before a scale or denominator ("a million", "a third of")
MULTIPLE = 1 << 22  # a word of multiples ("doubled", "twice")

QUOTE_MARKS = frozenset('"“”«»„')


def word_flags(text: str, low: str) -> int:
    """The flags of a word's text; computed once per distinct text (see ``Words``)."""
    first = text[0]
    if first.isalpha():
        flags = ALPHA | (CAP if first.isupper() else 0)
        if len(text) > 1 and text.isupper():
            flags |= UPPER
        if text[-1] == ".":
            flags |= ABBREV
        bare = low.rstrip(".")
        if bare in FUNCTION_WORDS:
            flags |= FUNCTION
        if low in NAME_PARTICLES:
            flags |= PARTICLE
        if bare in WEEKDAYS_MONTHS:
            flags |= CALENDAR
        return flags | type_bits(text, low, bool(flags & CAP))
    if first.isdigit():
        return DIGIT
    return MARK | (QUOTE_MARK if text in QUOTE_MARKS else 0) | type_bits(text, low, False)


# A token's text -> its lower form, and -> its flags; shared by every document of the process, so
# they hold the few thousand distinct words of the news read so far, not a copy per text.
_LOWS: dict[str, str] = {}
_FLAGS: dict[str, int] = {}
_MAX_TYPES = 200_000  # a hostile text of random words must not grow the cache without bound


def _lower(text: str) -> str:
    low = text.lower()
    return low.replace("’", "'") if "’" in low else low


def _learn(texts: list[str]) -> tuple[list[str], list[int]]:
    """Lower forms and flags of texts, adding the types not seen before to the cache."""
    lows: list[str] = []
    flags: list[int] = []
    for text in texts:
        low = _LOWS.get(text)
        if low is None:
            low = _lower(text)
            f = word_flags(text, low)
            if len(_LOWS) < _MAX_TYPES:
                _LOWS[text] = low
                _FLAGS[text] = f
        else:
            f = _FLAGS[text]
        lows.append(low)
        flags.append(f)
    return lows, flags


class Words:
    """The word, number and mark tokens of a text, as parallel lists indexed by token number."""

    __slots__ = ("start", "end", "text", "low", "flags", "sentence", "quoted")

    def __init__(self, text: str) -> None:
        texts: list[str] = _WORD.findall(text)
        self.start: list[int] = _starts(text, texts)
        self.end: list[int] = list(map(add, self.start, map(len, texts)))
        self.text = texts
        # Most tokens are types seen before: two dictionary lookups each, run by map() in C.
        lows: list = list(map(_LOWS.get, texts))
        if None in lows:
            lows, flags = _learn(texts)
        else:
            flags = list(map(_FLAGS.__getitem__, texts))
        self.low: list[str] = lows
        self.flags: list[int] = flags
        self.sentence: list[int] = []  # index of the sentence each token is in (set by the document)
        self.quoted: list[bool] = []  # inside a quotation (set by the document)

    def __len__(self) -> int:
        return len(self.start)


_RUN = r"\d+(?:,\d+)*(?:\.\d+)?|(?<![\w.,])\.\d+"
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})*,\d{3}(?:\.\d+)?")
_SPACED = r"(?<!\d)\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d,]\d)|(?<!\d)\d{1,3}(?: \d{3}){2,}(?![\d,]\d|\.\d)"
# Words first (most pieces), numbers only where a digit or ".5" starts: the same pieces, found faster.
_PIECE = re.compile(rf"[^\W\d_]+|(?=\d|\.\d)(?:{_SPACED}|{_RUN})|\S")
_COMMA_SPLIT = re.compile(r"\d+(?:\.\d+)?|,")

# Words that may start a number; "a" and "an" only before ``numbers.ARTICLE_NEXT``.
NUMBER_START_WORDS = (frozenset(UNITS_WORDS) | frozenset(TENS_WORDS) | frozenset(VAGUE_SCALES)
                      | frozenset(ORDINAL_WORDS) | {"half", "quarter", "dozen"})
_PIECE_FLAGS: dict[str, int] = {
    **dict.fromkeys(MULTIPLE_WORDS, MULTIPLE), **dict.fromkeys(NUMBER_START_WORDS | frozenset(VULGAR), NUMBER_START),
    "a": ARTICLE, "an": ARTICLE,
}
NUM = "num"
WORD = "word"
SYM = "sym"
# A piece's text -> its kind, for the texts seen so far (most pieces are common words and marks).
_KINDS: dict[str, str] = {}


def _piece_kind(piece: str) -> str:
    """num (decimal digits, or a point and digits), word (word characters) or sym; cached per text.
    As the pattern reads them: ``\\d`` is a decimal digit, ``\\w`` an alphanumeric character or "_"."""
    kind = _KINDS.get(piece)
    if kind is None:
        first = piece[0]
        if first.isdecimal() or first == "." and len(piece) > 1:
            kind = NUM
        else:
            kind = WORD if first.isalnum() else SYM
        if len(_KINDS) < _MAX_TYPES:
            _KINDS[piece] = kind
    return kind


class Pieces:
    """The pieces of a text (kind ``num``, ``word`` or ``sym``), as parallel lists; ``flags`` holds
    the piece flags (``NUMBER_START``, ``ARTICLE``, ``MULTIPLE``), 0 for most pieces, built on first use."""

    __slots__ = ("start", "end", "text", "low", "kind", "_flags")

    def __init__(self, text: str) -> None:
        texts: list[str] = _PIECE.findall(text)
        self.text = texts
        self.start: list[int] = _starts(text, texts)
        self.end: list[int] = list(map(add, self.start, map(len, texts)))
        known: Callable[[str], str | None] = _KINDS.get
        kinds = list(map(known, texts))
        self.kind: list[str] = list(map(_piece_kind, texts)) if None in kinds else kinds  # type: ignore[assignment]
        # The few pieces holding a comma, found in C (map and compress) rather than in a Python loop.
        commas = compress(range(len(texts)), map(str.__contains__, self.text, repeat(",")))
        bad = [k for k in commas if self.text[k] != "," and not _GROUPED.fullmatch(self.text[k])]
        if bad:
            self._split_commas(bad)
        self.low: list[str] = list(map(str.lower, self.text))
        self._flags: list[int] | None = None

    @property
    def flags(self) -> list[int]:
        """The piece flags: a dictionary lookup per piece, run in C; the digit pieces set apart."""
        if self._flags is None:
            flags: list[int] = list(map(_PIECE_FLAGS.get, self.low, repeat(0)))
            for k in compress(range(len(flags)), map(NUM.__eq__, self.kind)):
                flags[k] = NUMBER_START
            self._flags = flags
        return self._flags

    def _split_commas(self, bad: list[int]) -> None:
        """Replace each number piece in bad ("1,2,3", "5,00") by its numbers and commas."""
        start, end, texts, kinds = [], [], [], []
        prev = 0
        for k in bad:
            start += self.start[prev:k]
            end += self.end[prev:k]
            texts += self.text[prev:k]
            kinds += self.kind[prev:k]
            at = self.start[k]
            for part in _COMMA_SPLIT.finditer(self.text[k]):
                piece = part.group()
                start.append(at + part.start())
                end.append(at + part.end())
                texts.append(piece)
                kinds.append(SYM if piece == "," else NUM)
            prev = k + 1
        self.start = start + self.start[prev:]
        self.end = end + self.end[prev:]
        self.text = texts + self.text[prev:]
        self.kind = kinds + self.kind[prev:]

    def __len__(self) -> int:
        return len(self.start)
