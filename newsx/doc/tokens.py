"""Tokens of the document: words (with numbers and marks) and the finer pieces numbers are read from.

Both are parallel lists (``start``, ``end``, ``text``, ``low``, ...), not one object per token: a
megabyte of news holds about 180,000 words, and lists of ints and strings cost a fraction of the
time and memory of as many objects. What depends only on a token's text (its lower form and its
flags) is computed once per distinct text and kept in a per-process cache.

The patterns below are run once per distinct part of text between two spaces ("said,", "Tuesday."),
not over every text: no token holds a space and a space reads like the edge of a string to every
pattern, so a part's tokens are the same wherever it stands. Only thousands grouped by spaces
("40 000 000") join parts: parts that a single space between two digits joins are read together.

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


# Parts: a text split at its spaces (``str.split(" ")``, in C). No word or piece holds a space, and
# every pattern reads a space as it reads the edge of a string, so the tokens of a part are the same
# wherever it stands; only a thousands group written with spaces ("40 000 000") joins parts, and
# only where a digit ends one part and the next starts with one. A few thousand distinct parts
# make up most news ("the", "said,", "Tuesday."): the tokens of each are found once per process.
_MAX_PARTS = 200_000  # per cache: a hostile text of random parts must not grow them without bound


class _Split:
    """The tokens of a part that is not one token: their texts and offsets in the part, and whether
    the part starts and ends with a decimal digit (``\\d``)."""

    __slots__ = ("texts", "offsets", "digit_first", "digit_last")

    def __init__(self, part: str, texts: list[str], offsets: list[int]) -> None:
        self.texts = texts
        self.offsets = offsets
        self.digit_first: bool = part[:1].isdecimal()
        self.digit_last: bool = part[-1:].isdecimal()


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


def _unknown(parts: list[str], one: set[str], split: dict[str, _Split]) -> list[str]:
    """The distinct parts in neither cache, in order."""
    return [part for part in dict.fromkeys(parts) if part not in one and part not in split]


def _learn_parts(unknown: list[str], tokenize: Callable[[str], list[str]], one: set[str],
                 split: dict[str, _Split]) -> dict[str, _Split]:
    """The tokens of each unknown part, read in one pass over the parts joined by newlines (which
    join no tokens); a part that is one token joins ``one``, any other ``split``, while they have room."""
    joined = "\n".join(unknown)
    tokens = tokenize(joined)
    starts = _starts(joined, tokens)
    found: dict[str, _Split] = {}
    n = len(tokens)
    k = 0
    at = 0
    for part in unknown:
        end = at + len(part)
        first = k
        while k < n and starts[k] < end:
            k += 1
        entry = _Split(part, tokens[first:k], [s - at for s in starts[first:k]])
        found[part] = entry
        if k - first == 1 and starts[first] == at and len(tokens[first]) == len(part):
            if len(one) < _MAX_PARTS:
                one.add(part)
        elif len(split) < _MAX_PARTS:
            split[part] = entry
        at = end + 1
    return found


# Parts that are one word token (the part is its text), and the tokens of the other parts seen.
_WORD_ONE: set[str] = set()
_WORD_SPLIT: dict[str, _Split] = {}


def _word_pass(parts: list[str], learnt: dict[str, _Split] | None) -> tuple[list[int], list[str]] | None:
    """Starts and texts of the words of parts; None at the first part in no cache when nothing was
    ``learnt`` (the parts of this text in no cache)."""
    one = _WORD_ONE
    split = _WORD_SPLIT
    starts: list[int] = []
    texts: list[str] = []
    at = 0
    for part in parts:
        if part in one:
            starts.append(at)
            texts.append(part)
        else:
            entry = split.get(part)
            if entry is None:
                if learnt is None:
                    return None
                entry = learnt[part]
            for offset in entry.offsets:
                starts.append(at + offset)
            texts.extend(entry.texts)
        at += len(part) + 1
    return starts, texts


class Words:
    """The word, number and mark tokens of a text, as parallel lists indexed by token number;
    ``parts`` is ``text.split(" ")`` when the caller has it."""

    __slots__ = ("start", "end", "text", "low", "flags", "sentence", "quoted")

    def __init__(self, text: str, parts: list[str] | None = None) -> None:
        if parts is None:
            parts = text.split(" ")
        found = _word_pass(parts, None)
        if found is None:
            learnt = _learn_parts(_unknown(parts, _WORD_ONE, _WORD_SPLIT), _WORD.findall, _WORD_ONE, _WORD_SPLIT)
            found = _word_pass(parts, learnt)
            assert found is not None
        self.start: list[int] = found[0]
        texts = found[1]
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


# Parts that are one piece, not a number ("said") or a number ("2022", "1,000", ".5"), and the
# pieces of the other parts seen.
_PIECE_ONE: set[str] = set()
_NUMBER_ONE: set[str] = set()
_PIECE_SPLIT: dict[str, _Split] = {}


def _learn_pieces(parts: list[str]) -> dict[str, _Split]:
    """Learn the pieces of the parts in no cache; the one-number parts move to ``_NUMBER_ONE``."""
    unknown = [part for part in dict.fromkeys(parts)
               if part not in _PIECE_ONE and part not in _NUMBER_ONE and part not in _PIECE_SPLIT]
    fresh: set[str] = set()
    learnt = _learn_parts(unknown, _piece_texts, fresh, _PIECE_SPLIT)
    for part in fresh:
        if len(_PIECE_ONE) + len(_NUMBER_ONE) < _MAX_PARTS:
            (_NUMBER_ONE if _piece_kind(part) == NUM else _PIECE_ONE).add(part)
    return learnt


def _piece_pass(text: str, parts: list[str], learnt: dict[str, _Split] | None) -> tuple[list[int], list[str]] | None:
    """Starts and texts of the pieces of parts (None as in ``_word_pass``). Parts that a single space
    between two digits joins ("40 000 000") are read again together, as one stretch."""
    one, numbers, split = _PIECE_ONE, _NUMBER_ONE, _PIECE_SPLIT
    starts: list[int] = []
    texts: list[str] = []
    at = 0
    digit_last = False  # the part before ends with a digit
    joined = -1  # the first piece of the joined stretch being read, -1: none
    joined_at = 0  # where that stretch starts
    before = 0  # the first piece of the part before
    before_at = 0  # where the part before starts
    for part in parts:
        entry: _Split | None = None
        if part in one:
            digit_first = False
            digit_next = False
        elif part in numbers:
            digit_first = part[:1].isdecimal()  # a number piece starts with a digit or a point
            digit_next = True
        else:
            entry = split.get(part)
            if entry is None:
                if learnt is None:
                    return None
                entry = learnt[part]
            digit_first = entry.digit_first
            digit_next = entry.digit_last
        if digit_last and digit_first:
            if joined < 0:
                joined, joined_at = before, before_at
        elif joined >= 0:
            _read_joined(text, joined_at, at - 1, joined, starts, texts)
            joined = -1
        before, before_at = len(starts), at
        if entry is None:
            starts.append(at)
            texts.append(part)
        else:
            for offset in entry.offsets:
                starts.append(at + offset)
            texts.extend(entry.texts)
        digit_last = digit_next
        at += len(part) + 1
    if joined >= 0:
        _read_joined(text, joined_at, at - 1, joined, starts, texts)
    return starts, texts


def _read_joined(text: str, start: int, end: int, first: int, starts: list[int], texts: list[str]) -> None:
    """Replace the pieces from index first on by the pieces of text[start:end], read as one stretch."""
    del starts[first:]
    del texts[first:]
    stretch = text[start:end]
    found = _piece_texts(stretch)
    for offset in _starts(stretch, found):
        starts.append(start + offset)
    texts.extend(found)


class Pieces:
    """The pieces of a text (kind ``num``, ``word`` or ``sym``), as parallel lists; ``flags`` holds
    the piece flags (``NUMBER_START``, ``ARTICLE``, ``MULTIPLE``), 0 for most pieces, built on first use.
    ``parts`` is ``text.split(" ")`` when the caller has it."""

    __slots__ = ("start", "end", "text", "low", "kind", "_flags")

    def __init__(self, text: str, parts: list[str] | None = None) -> None:
        if parts is None:
            parts = text.split(" ")
        found = _piece_pass(text, parts, None)
        if found is None:
            found = _piece_pass(text, parts, _learn_pieces(parts))
            assert found is not None
        self.start: list[int] = found[0]
        texts = found[1]
        self.text = texts
        self.end: list[int] = list(map(add, self.start, map(len, texts)))
        known: Callable[[str], str | None] = _KINDS.get
        kinds = list(map(known, texts))
        self.kind: list[str] = list(map(_piece_kind, texts)) if None in kinds else kinds  # type: ignore[assignment]
        self.low: list[str] = list(map(str.lower, texts))
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
