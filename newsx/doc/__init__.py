"""The document: one reading of a text that every extractor shares.

``read(text)`` builds it once per text, in this order:
1. ``header``      the first line ``date YYYY-MM-DD`` (``Header``), found once for every extractor;
2. ``words``       word, number and mark tokens with offsets, lower form and flags (``tokens.Words``),
                   copied from what is known of each part of the text between spaces (``tokens.Parts``);
3. ``sentences``   sentence spans (``text.sentences``) with the range of the words of each, and
                   ``lines``, the non-empty lines (the paragraphs of plain-text news);
4. ``quotations``  the regions between quotation marks (``quotations.find``), each word's
                   inside-quotation flag, and the warnings about unbalanced marks;
5. ``names``       the proper-name runs of the whole text (``names.runs``);
6. ``pieces``      the finer tokens numbers are read from (``tokens.Pieces``), built on first use
                   from the same parts, with flags where a number may start; ``numbers`` is the
                   reader over them;
7. ``clauses``     clause boundaries and verb forms (``clauses.Clauses``), built on first use.
Extractors read the document and never tokenise on their own; what one extractor finds reaches
the next as an argument (see ``pipeline``), never through the document, which does not change
once built.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from ..model import Span, Warning
from ..text import sentences as split_sentences
from . import clauses as _clauses
from . import names as _names
from . import quotations as _quotations
from .tokens import Parts, Pieces, Words

_HEADER = re.compile(r"\A\s{0,5}date[ \t:]+(\S{1,40})", re.IGNORECASE)
_ISO_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?!\w)")


class Header:
    """The first line ``date VALUE``: ``text[start:end]`` is VALUE; ``day`` is the date it gives, or None
    when VALUE is not a day (``YYYY-MM-DD``, 1900-2100); ``day_end`` is where a VALUE written
    ``YYYY-MM-DD`` ends (valid or not), else -1."""

    __slots__ = ("start", "end", "day", "day_end")

    def __init__(self, start: int, end: int, day: dt.date | None, day_end: int) -> None:
        self.start = start
        self.end = end
        self.day = day
        self.day_end = day_end


def find_header(text: str) -> Header | None:
    """The ``date`` header line of text, or None."""
    m = _HEADER.match(text)
    if m is None:
        return None
    day = None
    day_end = -1
    iso = _ISO_DAY.match(text, m.start(1))
    if iso is not None:
        day_end = iso.end()
        y, mo, d = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
        if 1900 <= y <= 2100:
            try:
                day = dt.date(y, mo, d)
            except ValueError:
                day = None
    return Header(m.start(1), m.end(1), day, day_end)


class Doc:
    """A text read once: see the module docstring. Offsets point into ``text``."""

    __slots__ = ("text", "header", "words", "sentences", "sentence_starts", "sentence_words",
                 "lines", "quotations", "quotation_opens", "warnings", "names", "_pieces",
                 "_clauses", "_parts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.header = find_header(text)
        parts = Parts(text)
        words = Words(text, parts)
        self.words = words
        self.sentences: list[tuple[int, int]] = split_sentences(text)
        self.sentence_starts: list[int] = [s for s, _ in self.sentences]
        self.sentence_words = _word_ranges(words.start, self.sentences)
        words.sentence = _owners(len(words), self.sentence_words)
        self.lines: list[tuple[int, int]] = _lines(text)
        found, warnings = _quotations.find(text, self.lines)
        self.quotations: list[_quotations.Quotation] = found
        self.quotation_opens: list[int] = [q.open for q in found]
        self.warnings: list[Warning] = warnings
        words.quoted = _inside(words.start, found)
        self.names: list[Span] = _names.runs(text, words)
        self._pieces: Pieces | None = None
        self._parts: Parts | None = parts  # kept for the pieces
        self._clauses: _clauses.Clauses | None = None

    @property
    def pieces(self) -> Pieces:
        """The pieces numbers are read from (built on first use: only the figures need them)."""
        if self._pieces is None:
            self._pieces = Pieces(self.text, self._parts, self.words)
            self._parts = None
        return self._pieces

    @property
    def clauses(self) -> _clauses.Clauses:
        """Clauses and verb forms (built on first use: the events and the tense of dates need them)."""
        if self._clauses is None:
            self._clauses = _clauses.read(self)
        return self._clauses

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """The words wholly inside text[start:end], as an index range [i, j)."""
        i = bisect.bisect_left(self.words.start, start)
        j = bisect.bisect_right(self.words.end, end, lo=i)
        return i, max(i, j)

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence holding offset (the last one starting at or before it), or -1."""
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def inside_quotation(self, offset: int) -> bool:
        """Whether offset lies between a quotation's opening mark and its close."""
        quotes = self.quotations
        k = bisect.bisect_right(self.quotation_opens, offset) - 1
        return k >= 0 and quotes[k].open <= offset < quotes[k].close


def read(text: str) -> Doc:
    """Read text once for every extractor (the publication date is no part of it: the pipeline
    passes it to the extractors that resolve dates against it)."""
    return Doc(text)


def _lines(text: str) -> list[tuple[int, int]]:
    """The spans of the non-empty lines of text (the runs of characters other than a newline), found
    with str.split, in C, rather than a pattern tried at every character."""
    lines: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        if line:
            lines.append((at, at + len(line)))
        at += len(line) + 1
    return lines


def _word_ranges(starts: list[int], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each span (in order, not overlapping), the range [i, j) of the words that start inside it."""
    out: list[tuple[int, int]] = []
    i = 0
    for s, e in spans:
        i = bisect.bisect_left(starts, s, lo=i)
        j = bisect.bisect_left(starts, e, lo=i)
        out.append((i, j))
        i = j
    return out


def _owners(n: int, ranges: list[tuple[int, int]]) -> list[int]:
    """For each of n words, the index of the range holding it (-1: none, as between sentences)."""
    owner = [-1] * n
    for k, (i, j) in enumerate(ranges):
        owner[i:j] = [k] * (j - i)
    return owner


def _inside(starts: list[int], quotes: list[_quotations.Quotation]) -> list[bool]:
    """For each word, whether it starts inside a quotation (after the opening mark, before the close)."""
    inside = [False] * len(starts)
    for q in quotes:
        i = bisect.bisect_right(starts, q.open)
        j = bisect.bisect_left(starts, q.close, lo=i)
        inside[i:j] = [True] * (j - i)
    return inside
