"""Publication date and time expressions (TIMEX3), by hand rules that know news English.

``detect_published(doc)`` finds the publication date in the head of the text (``published``: a
``date`` header line, a dateline, a byline, a dateline completed from the story).

``extract_dates(doc, published)`` finds every time expression and normalises it against the
publication date, TimeML / TIMEX3-style (``Tuesday`` -> ``2022-12-13``):
  1. candidates: each rule's pattern tried around its anchor words, each match given to its
     handler (``scan``; the rules, in priority order, are listed in ``rules``);
  2. selection: the longest non-overlapping candidates, the earlier rule winning a tie (``select``);
  3. narrative anchoring (``narrative``): what the story's own days decide. "The next day" counts
     from the last day named; a time of day without its day ("at 21:45") takes the day written next
     to it or named in its sentence; without a publication date, what is relative resolves against
     the latest full date written before it ("December 29, 2014 ... on Tuesday"). A value read so
     against a day of the story, not the publication date, has ``-narrative`` after its rule's name
     (``weekday-narrative``, ``clock-narrative``).
Tense decides the direction of under-specified dates (``tense``): a bare weekday is the last one on
or before publication in a past-tense clause, the next one in a future clause; a month or day
without a year is the nearest one consistent with tense. Without a publication date and before any
full date, values keep X placeholders (``XXXX-11-15``) or are None. Names, titles, ages, fractions
and modal "may" are no dates.

Modules: ``published`` (the publication date), ``patterns`` (named regex fragments and the compiled
patterns), ``rules`` (the rules table), ``days``, ``periods``, ``durations`` (the handlers),
``normalise`` (calendar arithmetic and TIMEX3 values), ``tense`` (tense of a span), ``narrative``
(the days the story gives), ``scan`` (where patterns are tried), ``starts`` (where a pattern's
matches can start, read from the pattern), ``context`` (the shared records). Number phrases ("two
and a half years") are valued by the document's number reader (``doc.numbers.value_of``, cached in
``normalise.count_value``), the one the figures read numbers with.
"""
from __future__ import annotations

import bisect
import datetime as dt
from operator import attrgetter

from ..doc import Doc
from ..model import DateMention
from .context import Cand, Context
from .narrative import narrate
from .published import detect_published
from .scan import candidates

__all__ = ["detect_published", "extract_dates"]

def extract_dates(doc: Doc, published: dt.date | None) -> list[DateMention]:
    """Every time expression of the document, normalised against the publication date."""
    text = doc.text
    if not text:
        return []
    ctx = Context(text, _usable(published), doc.sentence_starts, doc.sentences)
    chosen = narrate(select(candidates(doc, ctx)), ctx)
    return [DateMention(text[c.start:c.end], c.start, c.end, c.type, c.value, c.mod, c.rule) for c in chosen]


def _usable(published: dt.date | None) -> dt.date | None:
    """The publication date as a date, or None when arithmetic a year either side would leave the calendar."""
    dct = published
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    if not isinstance(dct, dt.date) or not 2 <= dct.year <= 9998:
        return None
    return dct


def select(cands: list[Cand]) -> list[Cand]:
    """Longest non-overlapping candidates; on equal spans the earlier rule (list order) wins."""
    order = sorted([(c.start - c.end, i) for i, c in enumerate(cands)])  # longest first, then rule order
    taken: list[tuple[int, int]] = []
    chosen: list[Cand] = []
    starts: list[int] = []
    for _, i in order:
        c = cands[i]
        k = bisect.bisect_left(starts, c.start)
        if k > 0 and taken[k - 1][1] > c.start:
            continue
        if k < len(taken) and taken[k][0] < c.end:
            continue
        taken.insert(k, (c.start, c.end))
        starts.insert(k, c.start)
        chosen.append(c)
    chosen.sort(key=attrgetter("start"))
    return chosen
