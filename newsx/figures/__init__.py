"""Figures: money, percentages, counts, measures, fractions, ordinals, ranges.

Numbers are read over the document's pieces (``doc.pieces``) by the shared number reader
(``newsx.doc.numbers``): digits ("1,234.5", "12,34,567", "2½", "10 1/2") and words ("three hundred
and forty-two", "a dozen", "two-thirds", "half a million") with their scales ("3.5 million",
"$1.2bn", "Rs 5 lakh crore"). Only the pieces flagged as a possible start of a number or a
multiple are visited. Each number is read together with what stands around it; rules, in
priority order:

1. Not figures (``guards``, whose docstring lists its named rules in order; ``guards.explain``
   says which one turned a number down): numbers inside time expressions found by the dates
   extractor, URLs and e-mail addresses; dates and clock times, phone numbers in every common
   shape, IP addresses and other dotted codes, codes with a leading zero, photo and page counters
   ("photo 1 of 4"), numbers in names ("G-20", "A380", "Boeing 787", "iOS 16", "Route 66", "the
   Big Three"); decades, years, periods ("the first quarter", "half an hour"), items of a sequence
   and identifiers ("day five", "story 4419111", "version 2.1"), long digit strings; pronoun
   "one"; durations ("three years", "two to three weeks"), which belong to the dates extractor;
   model numbers ("the 747 was grounded", a number seen in a name elsewhere in the article);
   scores and votes ("won 2-1", "voted 52 to 48", in ``ranges``).
2. money (``money``): a currency sign or code before the amount ("$20 billion", "US$16 million",
   "EUR 125", "MAUD 60") or a currency name, code or sign after it ("200 million euros", "500 USD",
   "10 €", "30 MUSD", "Swiss francs"); sub-units in the main unit (5 cents = 0.05 USD, 350p = 3.5
   GBP) and after it ("2 dollars 40 cents" = 2.4); "millions of dollars" is money with no value;
   a bare large amount in the sentence of a sum of money takes its currency.
3. percent ("3.5%", "12 percent", "twelve per cent", "40pc"), percentage points (``measures``).
4. measure (``measures``, ``kinds``): a unit of the unit table after the number ("30 km", "70 mph",
   "a 3-inch thickness", "5 ft 2 in", "ten megabits per second", "40 km (25 mi)"), the article as
   one ("a litre of milk"), temperatures ("40°C", "98.6 degrees F", "45C" in a sentence about
   heat, "300K" kelvin), angles ("rotate 90 degrees": unit "deg"), ages ("five years old", "a
   28-year-old", "aged 14", "Ann Lee, 42,"), magnitudes.
5. fraction ("two-thirds", "a half", "1/4", "one in five") and multiples ("doubled", "twice as
   many", "three times the size"); ordinal only when news-relevant ("third-largest", "30th
   anniversary", "the 1,000th day") (``kinds``).
6. count: a number with the noun phrase it counts ("85 missiles", "a 10-point peace plan",
   "hundreds of people"), else number (``kinds``, ``phrases``).
7. range (``ranges``): "between A and B", "from A to B" (not after a verb of change), "A to B",
   "A-B", "10-15%", "$12-15 million", "5- to 7-kilometre", "at most A and at least B", "more than A
   and less than or equal to B", "A or more" (an open bound).
8. role (``roles``): "change" for the amount a quantity moved by ("rose 3%", "by $1", "a 5% rise"),
   "level" for the value it moved from or to ("to $8.25", "from 5%"), else None.
The qualifier ("at least", "more than", "some", ">=", ...) stands before the figure and is not part
of its span (``phrases``): a one-sided bound ("at most 30", ">30") is a figure with its qualifier.
Values are JSON numbers in the figure's own unit (int when integral).
"""
from __future__ import annotations

import re
from decimal import Decimal
from itertools import compress

from ..doc import Doc
from ..doc.numbers import ARTICLE_NEXT, Stream
from ..doc.tokens import ARTICLE, MULTIPLE
from ..lexicon.grammar import DETERMINERS
from ..model import DateMention, Figure, Range, Warning
from .draft import Draft, Scan, json_number
from .guards import is_model_number
from .kinds import figure_at, multiple_word
from .measures import article_measure
from .money import carry_currency
from .phrases import people_plural
from .ranges import join_ranges
from .roles import set_roles

# Anchored at the start of a run of non-space characters so that no long run is rescanned from every position.
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+"
                  r"|(?<!\S)[^\s/]+\.(?:com|org|net|gov)/\S*", re.I)
_URL_CUES = ("www.", ".com/", ".org/", ".net/", ".gov/")  # with "://" and "@": what every URL match holds
_TIME_TYPES = frozenset({"DATE", "TIME", "SET"})
_NUMBERS = frozenset({"number", "count", "range"})
_REFERS_BACK = 200  # characters: about two sentences


def extract_figures(doc: Doc, dates: list[DateMention], warnings: list[Warning] | None = None) -> list[Figure]:
    """Every figure of the document, in text order; numbers inside the time expressions ``dates`` are none.
    A figure that cannot be read is skipped with a warning added to ``warnings``."""
    text = doc.text
    if not text:
        return []
    scan = Scan(Stream(text, doc.pieces), _blocked_spans(text, dates), [] if warnings is None else warnings)
    out: list[Figure] = []
    raws = without_model_numbers(scan, join_and_carry(scan, scan_figures(scan, doc.pieces.flags)))
    set_roles(scan.s, raws)
    for r in raws:
        if r.kind == "range":
            value: int | float | Range | None = Range(json_number(r.low), json_number(r.high))
        else:
            value = json_number(r.value)
        s, e = r.start, r.end
        out.append(Figure(text[s:e], s, e, r.kind, value, r.unit, r.qualifier.lower() if r.qualifier else None,
                          r.counted, r.role, r.rule))
    return out


def _blocked_spans(text: str, dates: list[DateMention]) -> list[tuple[int, int]]:
    """The spans where no figure is: the time expressions found by the dates extractor, URLs and
    e-mail addresses."""
    blocked = [(d.start, d.end) for d in dates
               if getattr(d, "type", None) in _TIME_TYPES and d.start is not None and d.end is not None]
    low = text.lower()
    if "://" in text or "@" in text or any(cue in low for cue in _URL_CUES):
        blocked.extend(m.span() for m in _URL.finditer(text))
    return blocked


def scan_figures(scan: Scan, flags: list[int]) -> list[Draft]:
    """The figures at the pieces flagged as a possible start of a number or a multiple, in order."""
    s = scan.s
    raws: list[Draft] = []
    k = 0  # the first piece not read yet
    for c in compress(range(s.n), flags):
        if c < k:
            continue
        f = flags[c]
        if f & MULTIPLE:
            found = multiple_word(s, c)
            if found is not None:
                raws.append(found)
            continue
        if f & ARTICLE and s.low[c + 1] not in ARTICLE_NEXT:
            found = article_measure(s, c)  # "a litre of milk": the article as the number one
            if found is not None and not scan.is_blocked(found.start, found.end):
                if raws and raws[-1].end > found.start:
                    raws.pop()  # "nearly half a kilometre": the "half" read alone is part of the measure
                raws.append(found)
                k = found.j
            continue
        try:
            raw, k = figure_at(scan, c)
        except (IndexError, ValueError, ArithmeticError) as err:
            # A bug on odd input must not lose the article's other figures.
            scan.warnings.append(Warning("figure-skipped", f"{type(err).__name__}: {err}", s.start[c], s.end[c]))
            raw, k = None, c + 1
        if raw is not None:
            raws.append(raw)
        k = max(k, c + 1)
    return raws


def join_and_carry(scan: Scan, raws: list[Draft]) -> list[Draft]:
    """Ranges joined, and money's currency carried to the bare amounts after it."""
    joined = join_ranges(scan.s, raws)
    carry_currency(scan.s.source, joined)
    return joined


def without_model_numbers(scan: Scan, raws: list[Draft]) -> list[Draft]:
    """The figures but model numbers (``guards.is_model_number``), and bare numbers (or ranges)
    without a qualifier or a counted noun whose digits were seen in a name ("Boeing 787" ... "the
    787 was"); "380 passengers" after "A380" still counts."""
    s, models = scan.s, scan.models
    named: list[bool] = []
    counts: list[Draft] = []  # the earlier figures that count a noun
    for r in raws:  # a first pass fills models
        # The largest count of the last few sentences, which an elliptic "the 430 that stayed" may
        # refer back to; a count far back in the article ("as fast as the 386") says nothing.
        named.append(is_model_number(scan, r, _largest_count_near(counts, r.start)))
        if r.kind == "count" and r.counted and r.counted[:1].islower() and r.value is not None:
            counts.append(r)
    return [r for r, is_name in zip(raws, named)
            if not (is_name or (r.bare or r.kind == "range") and r.kind in _NUMBERS and not _counts_people(s, r)
                    and not r.qualifier and s.text[r.i] in models)]


def _largest_count_near(counts: list[Draft], start: int) -> Decimal | float | None:
    """The largest value of the counts ending within ``_REFERS_BACK`` characters before ``start``
    (``counts`` in text order: the look back stops at the first one too far, so it stays short)."""
    best: Decimal | float | None = None
    for c in reversed(counts):
        if start - c.end > _REFERS_BACK:
            break
        if c.value is not None and (best is None or c.value > best):
            best = c.value
    return best


def _counts_people(s: Stream, r: Draft) -> bool:
    """The figure counts people ("carried 380 passengers" after "A380"), not a thing named by its
    number ("the 787 offers", "new 486 products", "787 aircraft", "the 717 program's"): a plural
    noun of people, with no determiner before the number."""
    words = (r.counted or "").split()
    if not words or r.i > 0 and s.low[r.i - 1] in DETERMINERS:
        return False
    return words[-1].islower() and people_plural(words[-1])
