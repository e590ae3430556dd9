"""The records every rule shares: the context a mention is read in, and a candidate mention."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(slots=True)
class Context:
    """What a rule needs besides its match: the text, the publication date (``dct``, None when
    unknown), the sentences (to read tense in) and, built on first use, the quarters the text names
    (``periods.focus_quarter``)."""

    text: str
    dct: dt.date | None
    sentence_starts: list[int]
    sentences: list[tuple[int, int]]
    quarters: list[tuple[int, tuple[int, int]]] | None = None


@dataclass(slots=True)
class Cand:
    """A candidate time expression: text[start:end], TIMEX3 type, value and mod, and its rule; what
    the narrative pass (``narrative``) reads: ``floating`` for a time of day given without its day
    (its value's day is the publication day's until the story gives one), ``anaphor`` for a period
    counted from the one the story last named ((unit "D", "W", "M" or "Y", how many); the value is a
    fallback until then), ``same`` for an anaphor that says it is the very period named ("that
    same day", "the same month": after a month, a day of it), and ``origin``, the handler and
    match that gave it (to read it again against another day)."""

    start: int
    end: int
    type: str
    value: str | None
    mod: str | None
    rule: str
    floating: bool = False
    anaphor: tuple[str, int] | None = None
    same: bool = False
    origin: tuple[Handler, re.Match[str]] | None = None


# A rule's handler: the candidate its pattern's match gives, or None (not a time expression); a
# range gives two ("1998-99", "two to three years": a time expression at each end, as TimeML writes them).
Handler = Callable[[re.Match[str], Context], "Cand | list[Cand] | None"]


def cand(m: re.Match[str], type_: str, value: str | None, mod: str | None, rule: str,
         start: int | None = None, end: int | None = None) -> Cand:
    """The candidate of a match, over the whole match unless start or end say otherwise."""
    return Cand(m.start() if start is None else start, m.end() if end is None else end, type_, value, mod, rule)


def sentence_initial(text: str, pos: int, quotes: bool = True) -> bool:
    """Whether pos starts a sentence: after a full stop, a line break, the start of the text or,
    with ``quotes``, an opening quotation mark, colon or dash."""
    before = text[max(0, pos - 4):pos].rstrip(" \t")
    marks = ".!?\n:;\"\u201c\u201d'`(\u2014\u2013-_" if quotes else ".!?\n"
    return not before or before[-1] in marks
