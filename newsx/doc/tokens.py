"""Tokens of the document: words (with numbers and marks) and the finer pieces numbers are read from.

Both are parallel lists (``start``, ``end``, ``text``, ``low``, ...), not one object per token: a
megabyte of news holds about 180,000 words, and lists of ints and strings cost a fraction of the
time and memory of as many objects. What depends only on a token's text (its lower form and its
flags) is computed once per distinct text and kept in a per-process cache.

The patterns below are run once per distinct part of text between two spaces ("said,", "Tuesday."),
not over every text: no token holds a space and a space reads like the edge of a string to every
pattern, so a part's tokens are the same wherever it stands. A text is one dictionary lookup per
part (``Parts``), then a loop that copies the tokens of each part (``Words``, ``Pieces``). Only
thousands grouped by spaces ("40 000 000") join parts: parts that a single space between two digits
joins are read again together. Once the cache of parts is full, a text with many unknown parts is
read whole, as before parts.

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
from itertools import chain, compress, repeat
from operator import add, is_, sub
from typing import Any, TypeVar

from ..lexicon.calendar import WEEKDAYS_MONTHS
from ..lexicon.names import FUNCTION_WORDS, NAME_PARTICLES
from .forms import type_bits
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
HYPHENED = 1024  # "al-" or "el-" opens the word ("al-Hassan", "el-sisi"): a particle when a name follows
NAME_OPENER = 2048  # "al-", "el-" or "bin-" opens the word before a capital: a name starts here ("al-Hassan")
# Bits 25-43: the verb forms and word classes of a word's type, defined and computed in ``forms``
# (read by ``clauses`` and the events).
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
        if low.startswith(("al-", "el-")):
            flags |= HYPHENED
        if low.startswith(("al-", "el-", "bin-")) and len(low) > 3 and text[3:4].isupper():
            flags |= NAME_OPENER
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
    return _same(low.replace("’", "'") if "’" in low else low, text)


def _same(low: str, text: str) -> str:
    """low, or text itself when they are equal: one string kept in the caches, not two."""
    return text if low == text else low


def _learn(texts: list[str]) -> tuple[list[str], list[int]]:
    """Lower forms and flags of texts, adding the types not seen before to the cache."""
    known: list = list(map(_LOWS.get, texts))  # most are known: two dictionary lookups each, run in C
    if None not in known:
        return known, list(map(_FLAGS.__getitem__, texts))
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


_RUN = r"\d+(?:,\d+)*(?:\.\d+)?|(?<![\w.,])\.\d+"
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})*,\d{3}(?:\.\d+)?")
_SPACED = r"(?<!\d)\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d,]\d)|(?<!\d)\d{1,3}(?: \d{3}){2,}(?![\d,]\d|\.\d)"
# Words first (most pieces), numbers only where a digit or ".5" starts: the same pieces, found faster.
_PIECE = re.compile(rf"[^\W\d_]+|(?=\d|\.\d)(?:{_SPACED}|{_RUN})|\S")
_COMMA_SPLIT = re.compile(r"\d+(?:\.\d+)?|,")

# Words that may start a number; "a" and "an" only before ``numbers.ARTICLE_NEXT``.
NUMBER_START_WORDS = (frozenset(UNITS_WORDS) | frozenset(TENS_WORDS) | frozenset(VAGUE_SCALES)
                      | frozenset(ORDINAL_WORDS) | {"half", "quarter", "dozen", "nought", "naught"})
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


def _piece_texts(text: str) -> list[str]:
    """The pieces of text: the pattern's, with each comma run whose groups are not thousands ("1,2,3",
    "5,00") cut into its numbers and commas."""
    texts: list[str] = _PIECE.findall(text)
    if "," not in text:
        return texts
    out: list[str] = []
    for piece in texts:
        if "," in piece and piece != "," and not _GROUPED.fullmatch(piece):
            out.extend(_COMMA_SPLIT.findall(piece))
        else:
            out.append(piece)
    return out


# Parts (see the module docstring): what is known of each distinct part is kept per process.
_MAX_PARTS = 100_000  # a hostile text of random parts must not grow the cache without bound
_LONGEST_KEPT = 40  # longer parts (a text with no spaces) are read each time, never kept
_KNOWING = 10_000  # parts known once the common ones of news are (a few dozen articles)


_E = TypeVar("_E")  # a column of flags (words) or kinds (pieces)


class _Split:
    """The words or pieces of a part that is not one token, packed in two tuples (a few thousand parts
    stay in the cache): ``strs`` holds text and lower form of each (and its kind for pieces), ``ints``
    its offset in the part (and its flags for words)."""

    __slots__ = ("strs", "ints")

    def __init__(self, strs: tuple[str, ...], ints: tuple[int, ...]) -> None:
        self.strs = strs
        self.ints = ints


class _Part:
    """What is known of one distinct part: its words (``words`` None when the part is one word, whose
    lower form and flags are ``word_low`` and ``word_flags``), likewise its pieces, and whether it
    starts and ends with a decimal digit (``\\d``), where a thousands group may join it to a neighbour."""

    __slots__ = ("size", "word_low", "word_flags", "words", "piece_low", "piece_kind", "pieces", "digit_first",
                 "digit_last")

    def __init__(self, part: str, word_low: str, word_flags: int, words: _Split | None, piece_low: str,
                 piece_kind: str, pieces: _Split | None) -> None:
        self.size = len(part)
        self.word_low = word_low
        # Any: the compiled build keeps the int object, appended to each text's flags as it is (an
        # int would be unboxed, then boxed again into a new object per word).
        self.word_flags: Any = word_flags
        self.words = words
        self.piece_low = piece_low
        self.piece_kind = piece_kind
        self.pieces = pieces
        self.digit_first = part[:1].isdecimal()
        self.digit_last = part[-1:].isdecimal()


# A part's text -> what is known of it; shared by every document of the process.
_PARTS: dict[str, _Part] = {}


def _starts(text: str, tokens: list[str]) -> list[int]:
    """Where each token of text starts. The patterns skip nothing but spaces, zero-width characters
    and underscores, which no token starts with, so each token is the next occurrence of its text
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


def _cuts(unknown: list[str], starts: list[int]) -> list[int]:
    """For the tokens (their ``starts``) of the parts of unknown joined by newlines: the index of the
    first token of each part, then the number of tokens."""
    cuts: list[int] = []
    n = len(starts)
    k = 0
    end = -1
    for part in unknown:
        cuts.append(k)
        end += len(part) + 1
        while k < n and starts[k] < end:
            k += 1
    cuts.append(k)
    return cuts


def _word_layer(unknown: list[str], joined: str) -> tuple[list[str], list[int], list[_Split | None]]:
    """For each part of unknown (joined by newlines in joined): the lower form and flags of its word
    when it is one word, else its words (``_Split``)."""
    texts: list[str] = _WORD.findall(joined)
    starts = _starts(joined, texts)
    lows, flags = _learn(texts)

    def split(i: int, j: int, at: int) -> _Split:
        return _Split(tuple(chain.from_iterable(zip(texts[i:j], lows[i:j]))),
                      tuple(chain.from_iterable(zip(map(sub, starts[i:j], repeat(at)), flags[i:j]))))

    return _per_part(unknown, texts, starts, lows, flags, 0, split)


def _piece_layer(unknown: list[str], joined: str) -> tuple[list[str], list[str], list[_Split | None]]:
    """For each part of unknown: the lower form and kind of its piece when it is one piece, else its pieces."""
    texts = _piece_texts(joined)
    starts = _starts(joined, texts)
    lows = list(map(_same, map(str.lower, texts), texts))
    kinds = _kinds(texts)

    def split(i: int, j: int, at: int) -> _Split:
        return _Split(tuple(chain.from_iterable(zip(texts[i:j], lows[i:j], kinds[i:j]))),
                      tuple(map(sub, starts[i:j], repeat(at))))

    return _per_part(unknown, texts, starts, lows, kinds, "", split)


def _per_part(unknown: list[str], texts: list[str], starts: list[int], lows: list[str], extras: list[_E],
              empty: _E, split: Callable[[int, int, int], _Split]) -> tuple[list[str], list[_E], list[_Split | None]]:
    """For each part of unknown, from the tokens of the parts joined by newlines: the lower form and
    the extra column (flags or kind) of its token when it is one token, else ``split`` of its tokens
    (their range and the part's offset in the joined text)."""
    cuts = _cuts(unknown, starts)
    one_lows: list[str] = []
    one_extras: list[_E] = []
    splits: list[_Split | None] = []
    at = 0
    for k, part in enumerate(unknown):
        i, j = cuts[k], cuts[k + 1]
        if j - i == 1 and starts[i] == at and len(texts[i]) == len(part):
            one_lows.append(_same(lows[i], part))
            one_extras.append(extras[i])
            splits.append(None)
        else:
            one_lows.append("")
            one_extras.append(empty)
            splits.append(split(i, j, at))
        at += len(part) + 1
    return one_lows, one_extras, splits


def _kinds(texts: list[str]) -> list[str]:
    """The kinds of pieces: a dictionary lookup each, run in C, for the texts seen before."""
    known: Callable[[str], str | None] = _KINDS.get
    kinds = list(map(known, texts))
    return list(map(_piece_kind, texts)) if None in kinds else kinds  # type: ignore[return-value]


def _learn_parts(unknown: list[str]) -> dict[str, _Part]:
    """What is known of each unknown part, read in one pass of each pattern over the parts joined by
    newlines (which join no tokens); added to the cache while it has room."""
    joined = "\n".join(unknown)
    word_lows, word_flags, words = _word_layer(unknown, joined)
    piece_lows, piece_kinds, pieces = _piece_layer(unknown, joined)
    learnt: dict[str, _Part] = {}
    room = _MAX_PARTS - len(_PARTS)
    for k, part in enumerate(unknown):
        entry = _Part(part, word_lows[k], word_flags[k], words[k], piece_lows[k], piece_kinds[k], pieces[k])
        learnt[part] = entry
        if room > 0 and len(part) <= _LONGEST_KEPT:
            _PARTS[part] = entry
            room -= 1
    return learnt


def _entries(texts: list[str]) -> list[_Part] | None:
    """What is known of each part of texts: one dictionary lookup each, run in C; the parts not seen
    before are learnt together. None (read the text whole) when learning would cost more than
    reading, learning costing what the distinct unknown parts hold: when those no cache will keep
    (the cache is full, or the part is long) make a quarter of the text, or, once the cache knows
    the common parts of news, when they all make half of it (random words: parts that do not come
    back would fill the cache)."""
    found: list[_Part | None] = list(map(_PARTS.get, texts))
    if not _has_none(found):
        return found  # type: ignore[return-value]
    holes = list(compress(range(len(found)), map(is_, found, repeat(None))))
    unknown = list(dict.fromkeys(map(texts.__getitem__, holes)))
    size = len(texts) - 1 + sum(map(len, texts))
    fresh = sum(map(len, unknown))
    if len(_PARTS) >= _MAX_PARTS:
        unkept = fresh
    else:
        unkept = sum(filter(_LONGEST_KEPT.__lt__, map(len, unknown)))
        if len(_PARTS) >= _KNOWING and 2 * fresh >= size:
            return None
    if 4 * unkept >= size:
        return None
    learnt = _learn_parts(unknown)
    for k in holes:
        found[k] = learnt[texts[k]]
    return found  # type: ignore[return-value]


def _has_none(found: list[_Part | None]) -> bool:
    """Whether a part is unknown: a loop of pointer tests in the compiled build (``None in found``
    compares every entry with None through the generic comparison)."""
    for entry in found:
        if entry is None:
            return True
    return False


class Parts:
    """A text split at its spaces (``texts``), with what is known of each part (``entries``, None
    when the text is read whole: see ``_entries``)."""

    __slots__ = ("texts", "entries")

    def __init__(self, text: str) -> None:
        self.texts = text.split(" ")
        self.entries = _entries(self.texts)


class Words:
    """The word, number and mark tokens of a text, as parallel lists indexed by token number;
    ``parts`` is the text's ``Parts`` when the caller has them."""

    __slots__ = ("start", "end", "text", "low", "flags", "sentence", "quoted")

    def __init__(self, text: str, parts: Parts | None = None) -> None:
        self.start: list[int] = []
        self.end: list[int] = []
        self.text: list[str] = []
        self.low: list[str] = []
        self.flags: list[int] = []
        if parts is None:
            parts = Parts(text)
        if parts.entries is None:
            self.text = _WORD.findall(text)
            self.start = _starts(text, self.text)
            self.end = list(map(add, self.start, map(len, self.text)))
            self.low, self.flags = _learn(self.text)
        else:
            _word_columns(self, parts.texts, parts.entries)
        self.sentence: list[int] = []  # index of the sentence each token is in (set by the document)
        self.quoted: list[bool] = []  # inside a quotation (set by the document)

    def __len__(self) -> int:
        return len(self.start)


def _word_columns(words: Words, parts: list[str], entries: list[_Part]) -> None:
    """Fill the columns of words, part by part."""
    starts, ends, texts, lows = words.start, words.end, words.text, words.low
    flags: list[Any] = words.flags  # Any: see _Part.word_flags
    at = 0
    for part, entry in zip(parts, entries):
        split = entry.words
        if split is None:
            starts.append(at)
            ends.append(at + entry.size)
            texts.append(part)
            lows.append(entry.word_low)
            flags.append(entry.word_flags)
        else:
            strs, ints = split.strs, split.ints
            for i in range(0, len(strs), 2):
                start = at + ints[i]
                starts.append(start)
                ends.append(start + len(strs[i]))
                texts.append(strs[i])
                lows.append(strs[i + 1])
                flags.append(ints[i + 1])
        at += entry.size + 1


class Pieces:
    """The pieces of a text (kind ``num``, ``word`` or ``sym``), as parallel lists; ``flags`` holds
    the piece flags (``NUMBER_START``, ``ARTICLE``, ``MULTIPLE``), 0 for most pieces, built on first use.
    ``parts`` is the text's ``Parts`` when the caller has them."""

    __slots__ = ("start", "end", "text", "low", "kind", "_flags")

    def __init__(self, text: str, parts: Parts | None = None, words: Words | None = None) -> None:
        self.start: list[int] = []
        self.end: list[int] = []
        self.text: list[str] = []
        self.low: list[str] = []
        self.kind: list[str] = []
        if parts is None:
            parts = Parts(text)
        if parts.entries is None:
            _read_joined(self, text, 0, len(text), 0)
        else:
            _piece_columns(self, text, parts.texts, parts.entries, words)
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

    def __len__(self) -> int:
        return len(self.start)


def _piece_columns(pieces: Pieces, text: str, parts: list[str], entries: list[_Part], words: Words | None) -> None:
    """Fill the columns of pieces, part by part; a part that is one piece and one word shares the
    word's start and end (the same int objects, when words is given). Parts that a single space
    between two digits joins ("40 000 000") are read again together, as one stretch of text."""
    starts: list[Any] = pieces.start  # Any: the words' int objects are appended as they are
    ends: list[Any] = pieces.end
    texts = pieces.text
    word_starts: list[Any] = [] if words is None else words.start
    word_ends: list[Any] = [] if words is None else words.end
    w = 0 if words is not None else -1  # the first word of the part, -1: no words given
    at = 0
    digit_last = False  # the part before ends with a digit
    joined = -1  # the first piece of the joined stretch being read, -1: none
    joined_at = 0  # where that stretch starts
    before = 0  # the first piece of the part before
    before_at = 0  # where the part before starts
    for part, entry in zip(parts, entries):
        if digit_last and entry.digit_first:
            if joined < 0:
                joined, joined_at = before, before_at
        elif joined >= 0:
            _read_joined(pieces, text, joined_at, at - 1, joined)
            joined = -1
        before, before_at = len(starts), at
        split = entry.pieces
        if split is None:
            if w >= 0 and entry.words is None:
                starts.append(word_starts[w])
                ends.append(word_ends[w])
            else:
                starts.append(at)
                ends.append(at + entry.size)
            texts.append(part)
            pieces.low.append(entry.piece_low)
            pieces.kind.append(entry.piece_kind)
        else:
            _add_split(pieces, split, at)
        if w >= 0:
            w += 1 if entry.words is None else len(entry.words.ints) // 2
        digit_last = entry.digit_last
        at += entry.size + 1
    if joined >= 0:
        _read_joined(pieces, text, joined_at, at - 1, joined)


def _add_split(pieces: Pieces, split: _Split, at: int) -> None:
    """Add the pieces of a part that is not one piece, the part starting at offset at."""
    strs = split.strs
    for i, offset in enumerate(split.ints):
        start = at + offset
        pieces.start.append(start)
        pieces.end.append(start + len(strs[3 * i]))
        pieces.text.append(strs[3 * i])
        pieces.low.append(strs[3 * i + 1])
        pieces.kind.append(strs[3 * i + 2])


def _read_joined(pieces: Pieces, text: str, start: int, end: int, first: int) -> None:
    """Replace the pieces from index first on by the pieces of text[start:end], read as one stretch."""
    for column in (pieces.start, pieces.end, pieces.text, pieces.low, pieces.kind):
        del column[first:]
    stretch = text[start:end]
    found = _piece_texts(stretch)
    starts = _starts(stretch, found)
    if start:
        starts = list(map(add, starts, repeat(start)))
    pieces.start += starts
    pieces.end += map(add, starts, map(len, found))
    pieces.text += found
    pieces.low += map(str.lower, found)
    pieces.kind += _kinds(found)
