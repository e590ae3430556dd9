"""Quotation regions: the stretches of a text between quotation marks, paragraph by paragraph.

Rules, in order:
1. Marks are curly (“ ” « » „), straight ("), or doubled apostrophes ('' and ’’) used as double
   marks. An opening curly mark opens, a closing one closes; a straight mark opens after a space
   or an opening bracket or dash and closes before a space or punctuation, else it closes an open
   quotation and opens otherwise.
2. A quotation runs to its closing mark within the line. Left open at the end of a line, it runs
   to the line's end; when the next line opens with a quotation mark, the news way of quoting
   over several paragraphs, that is no error; otherwise ``unbalanced-quote`` is recorded.
3. A mark that opens inside an open quotation, or closes none, is recorded as ``unbalanced-quote``.
Each region keeps the offsets of its opening mark and of its close (the closing mark, or the end
of the line) and the quoted words inside, spaces trimmed.
"""
from __future__ import annotations

import re

from ..caps import more_warnings, summary_warning
from ..model import Warning

OPEN_MARKS = "“«„"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
ALL_MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT
# A mark is one of the double marks or a doubled apostrophe. The pattern opens with the set of the
# characters a mark starts with, which lets the scan skip to the next one in C; a lookbehind then
# tells an apostrophe, which must be doubled, from a double mark.
_MARK = re.compile(r"[\"“”«»„’'](?:(?<=’)’|(?<=')'|(?<=[\"“”«»„]))")

# Warnings about marks are capped per text: a hostile text of a million unmatched marks must not
# yield a million warnings, but one "... and K more unbalanced-quote warnings" after the first ones.
MAX_WARNINGS = 100


class Quotation:
    """One quoted stretch: the words are text[start:end]; ``open`` is the opening mark's offset and
    ``close`` the closing mark's (or the line's end when the quotation is left open)."""

    __slots__ = ("open", "close", "start", "end")

    def __init__(self, open: int, close: int, start: int, end: int) -> None:  # noqa: A002 - the mark's name
        self.open = open
        self.close = close
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Quotation({self.open}, {self.close}, {self.start}, {self.end})"


def find(text: str, lines: list[tuple[int, int]]) -> tuple[list[Quotation], list[Warning]]:
    """The quotations of text, line by line (``lines``: the spans of its non-empty lines)."""
    found: list[Quotation] = []
    warnings: list[Warning] = []
    marks = _MARK.finditer(text)  # one scan of the text: no mark holds a newline
    m = next(marks, None)
    for index, (ps, pe) in enumerate(lines):
        while m is not None and m.start() < ps:  # outside the lines given
            m = next(marks, None)
        if m is None:
            break
        if m.start() >= pe:
            continue
        open_at = -1
        open_len = 1
        while m is not None and m.start() < pe:
            mark = m.group()
            i, stop = m.span()
            m = next(marks, None)
            direction = _direction(text, mark, i, ps, pe, open_at >= 0)
            if direction == "open":
                if open_at >= 0:
                    _warn(warnings, "quotation mark opened twice", open_at, i)
                open_at, open_len = i, len(mark)
            elif open_at < 0:
                _warn(warnings, "closing quotation mark without an opening one", i, stop)
            else:
                _add(text, found, open_at, open_at + open_len, i)
                open_at = -1
        if open_at >= 0:
            nxt = lines[index + 1][0] if index + 1 < len(lines) else -1
            if nxt < 0 or text[nxt] not in OPEN_MARKS + STRAIGHT:
                _warn(warnings, "quotation left open at the end of a paragraph", open_at, pe)
            _add(text, found, open_at, open_at + open_len, pe)
    return found, warnings


def _direction(text: str, mark: str, i: int, ps: int, pe: int, is_open: bool) -> str:
    if mark in OPEN_MARKS:
        return "open"
    if mark in CLOSE_MARKS or mark == "’’":
        return "close"
    # Straight marks, and '' used as both opening and closing mark.
    width = len(mark)
    before = text[i - 1] if i > ps else " "
    after = text[i + width] if i + width < pe else " "
    if before.isspace() or before in "([{—–-/" and not after.isspace():
        if not after.isspace():
            return "open"
    if after.isspace() or after in ".,;:!?)]}—–-":
        return "close"
    return "close" if is_open else "open"


def _add(text: str, found: list[Quotation], open_at: int, inner: int, close: int) -> None:
    start, end = inner, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        found.append(Quotation(open_at, close, start, end))


def _warn(warnings: list[Warning], message: str, start: int, end: int) -> None:
    """The first MAX_WARNINGS marks' warnings, then one summary counting the others."""
    if len(warnings) < MAX_WARNINGS:
        warnings.append(Warning("unbalanced-quote", message, start, end))
        return
    dropped = 1 if len(warnings) == MAX_WARNINGS else more_warnings(warnings.pop()) + 1
    warnings.append(summary_warning("unbalanced-quote", dropped))
