"""Where a match of a pattern can start, read from the pattern itself: ``scan`` tries a pattern only
at those places instead of at every character of a window around its anchors.

``starts(pattern)`` walks the parsed pattern to the end of the first run a match begins with and
returns the pattern's ``Starts``:
  - ``words``: the whole letter runs a match can begin with ("the", "last", "january");
  - ``prefixes``: letter runs it can begin with that the pattern does not end ("noon" of "noonday");
  - ``digits``: the lengths of the digit run it can begin with (4 for a year; 0 for any length);
  - ``marks``: the single characters it can begin with (the apostrophe of "'90s").
A letter or digit starts a match only after a boundary (``\\b``, or a lookbehind for no word
character before it), so the run starts where the match does: every family pattern has one. A
pattern the walk cannot read (a ``\\w`` inside its first run, a match that may start with a space or
be empty) gets None and is scanned at every position of its windows, as ``finditer`` would.
The walk follows every branch and repetition, so the starts it gives hold every match's start;
ignoring lookarounds (but for the boundary ones) only adds starts that fail.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

try:  # Python 3.11+
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_REPEATS = tuple(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op is not None)
_BOUNDARIES = (_C.AT_BOUNDARY, _C.AT_UNI_BOUNDARY, _C.AT_LOC_BOUNDARY)
_WORD = (_C.CATEGORY_WORD, _C.CATEGORY_UNI_WORD, _C.CATEGORY_LOC_WORD)
_DIGIT = (_C.CATEGORY_DIGIT, _C.CATEGORY_UNI_DIGIT)
_SPACE = (_C.CATEGORY_SPACE, _C.CATEGORY_UNI_SPACE)
_MAX_DEPTH = 400  # a walk deeper than this gives up (a repetition of nothing)
_MAX_RUN = 40  # a longer first letter run gives up (a repeated letter class)
_MAX_DIGITS = 8  # a longer first digit run counts as "any length"

# A start: ("word", run), ("prefix", run), ("digits", length) or ("mark", character).
Start = tuple[str, Any]


class Starts(NamedTuple):
    """What a match of a pattern can start with (see the module docstring)."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    digits: frozenset[int]
    marks: frozenset[str]


class _Unreadable(Exception):
    """The walk cannot tell where matches start."""


def starts(pattern: re.Pattern[str]) -> Starts | None:
    """The starts of the pattern's matches, or None when the walk cannot read the pattern."""
    try:
        found = _walk(list(_P.parse(pattern.pattern, pattern.flags).data), "", 0, False, 0)
    except (_Unreadable, RecursionError):
        return None
    words = frozenset(v for k, v in found if k == "word")
    prefixes = tuple(sorted(v for k, v in found if k == "prefix"))
    digits = frozenset(v for k, v in found if k == "digits")
    marks = frozenset(v for k, v in found if k == "mark")
    return Starts(words, prefixes, digits, marks)


def _walk(seq: list[Any], letters: str, digits: int, bounded: bool, depth: int) -> set[Start]:
    """The starts of the item sequence seq after the run read so far (letters, or a count of digits);
    bounded: a boundary stands before the match."""
    if depth > _MAX_DEPTH:
        raise _Unreadable("too deep")
    if not seq:
        if letters:
            return {("prefix", letters)}
        if digits:
            return {("digits", 0)}
        raise _Unreadable("a match may be empty")
    (op, av), rest = seq[0], seq[1:]
    depth += 1
    if op is _C.LITERAL:
        return _char(chr(av), rest, letters, digits, bounded, depth)
    if op is _C.IN:
        return _charset(av, rest, letters, digits, bounded, depth)
    if op is _C.BRANCH:
        found: set[Start] = set()
        for branch in av[1]:
            found |= _walk(list(branch) + rest, letters, digits, bounded, depth)
        return found
    if op is _C.SUBPATTERN:
        return _walk(list(av[-1].data) + rest, letters, digits, bounded, depth)
    if op in _REPEATS:
        return _repeat(op, av, rest, letters, digits, bounded, depth)
    if op is _C.AT and av in _BOUNDARIES:
        if letters or digits:
            return _ended(letters, digits)
        return _walk(rest, "", 0, True, depth)
    if op is _C.ASSERT_NOT or op is _C.ASSERT:
        return _assert(op, av, rest, letters, digits, bounded, depth)
    raise _Unreadable(f"cannot read {op}")


def _ended(letters: str, digits: int) -> set[Start]:
    """The run read so far is whole: the next character of the text is none of its kind."""
    return {("word", letters)} if letters else {("digits", digits)}


def _char(c: str, rest: list[Any], letters: str, digits: int, bounded: bool, depth: int) -> set[Start]:
    """The starts when the next character of a match is c."""
    if c.isalpha():
        if digits:
            return _ended(letters, digits)
        if not letters and not bounded:
            raise _Unreadable("a letter with no boundary before it")
        if len(letters) >= _MAX_RUN:
            raise _Unreadable("a letter run without end")
        return _walk(rest, letters + c.lower(), 0, bounded, depth)
    if c.isdecimal():
        if letters:
            return _ended(letters, digits)
        if not digits and not bounded:
            raise _Unreadable("a digit with no boundary before it")
        if digits >= _MAX_DIGITS:
            return {("digits", 0)}
        return _walk(rest, "", digits + 1, bounded, depth)
    if letters or digits:
        return _ended(letters, digits)
    return {("mark", c)}


def _charset(items: list[Any], rest: list[Any], letters: str, digits: int, bounded: bool, depth: int) -> set[Start]:
    """The starts when the next character is one of a character class."""
    found: set[Start] = set()
    for op, av in items:
        if op is _C.LITERAL:
            found |= _char(chr(av), rest, letters, digits, bounded, depth)
        elif op is _C.RANGE and av[1] - av[0] < 64:
            for code in range(av[0], av[1] + 1):
                found |= _char(chr(code), rest, letters, digits, bounded, depth)
        elif op is _C.CATEGORY and av in _DIGIT:
            found |= _char("0", rest, letters, digits, bounded, depth)
        elif op is _C.CATEGORY and av in _SPACE and (letters or digits):
            found |= _ended(letters, digits)
        else:
            raise _Unreadable(f"cannot read the class member {op} {av}")
    return found


def _repeat(op: Any, av: Any, rest: list[Any], letters: str, digits: int, bounded: bool, depth: int) -> set[Start]:
    """The starts of a repetition: skipped (when it may be) or taken once more."""
    low, high, sub = av
    found: set[Start] = set()
    if low == 0:
        found |= _walk(rest, letters, digits, bounded, depth)
    if high != 0:
        more = high if high == _C.MAXREPEAT else high - 1
        again = [(op, (max(low - 1, 0), more, sub))] if more else []
        found |= _walk(list(sub.data) + again + rest, letters, digits, bounded, depth)
    return found


def _assert(op: Any, av: Any, rest: list[Any], letters: str, digits: int, bounded: bool, depth: int) -> set[Start]:
    """Lookarounds: a lookbehind for no word character is a boundary, a lookahead for no word
    character (or digit) ends the run; the others are ignored (they only make matches fail)."""
    direction, sub = av
    if op is _C.ASSERT_NOT and direction < 0 and not (letters or digits) and _any_word(sub.data, False):
        return _walk(rest, "", 0, True, depth)
    if op is _C.ASSERT_NOT and direction > 0 and (letters or digits) and _any_word(sub.data, bool(digits)):
        return _ended(letters, digits)
    return _walk(rest, letters, digits, bounded, depth)


def _any_word(items: list[Any], digits: bool) -> bool:
    """Whether the pattern items hold a branch that is one class matching every word character (or,
    with digits, every digit): such a lookaround forbids any run continuing."""
    if len(items) == 1 and items[0][0] is _C.BRANCH:
        return any(_any_word(list(branch), digits) for branch in items[0][1][1])
    if len(items) != 1 or items[0][0] is not _C.IN:
        return False
    categories = {av for op, av in items[0][1] if op is _C.CATEGORY}
    return bool(categories & set(_WORD)) or (digits and bool(categories & set(_DIGIT)))
