"""One figure: the number read at a piece, and the kind that what stands around it gives it.

``figure_at`` reads the number, runs the guards (``guards``), then tries, in order:
1. a minus sign before digits ("-5", "minus 5") negates the number; a currency before it makes
   money (``money``); the qualifier before the figure (or its currency sign) is kept apart;
2. ordinal, only when news-relevant: before a rank word or an anniversary ("third-largest",
   "30th anniversary") or a milestone of 100 or more in digits ("the 1,000th day");
3. ratio: "one out of three", "1 in 5 adults", "one of every six drivers" (a fraction, with the
   plural noun it counts);
4. (not "one" or "a" alone as a pronoun) by what follows (``unit_figure``): money, percent,
   temperature, a hyphenated compound, an age ("five years old", "three months of age", "87 yo",
   "aged 14", "Ann Lee, 42,"), a magnitude ("a magnitude 7.8 quake", "a magnitude of 6.5"), a
   unit of measure; a number of units of time is a duration, for the dates extractor;
5. counts (``count_figure``): fractions ("two-thirds of", "three-quarters of a percentage point"),
   multiples ("three times as many"), a count with the noun phrase it counts ("85 missiles",
   "12 of the 15 hostages"), a vague count ("hundreds of people"), else a number.
``multiple_word`` reads multiples without a number: "doubled", "halved", "twice as many",
"double the amount"; not "met twice", "a double room", "doubled the lead", "re-doubled".
"""
from __future__ import annotations

from ..doc.numbers import DASHES, Number, Stream, adjacent, near, read_number, sign_before, spaced, starts_number
from ..doc.tokens import NUM
from ..lexicon.figures import AGE_WORDS, ANNIVERSARY, POSSESSIVES, RANK_WORDS, SCORE_LEADS, SIGN_QUALIFIERS
from ..lexicon.calendar import MONTHS
from ..lexicon.calendar import WEEKDAY_FULL as WEEKDAYS
from ..lexicon.numbers import MULTIPLE_ADVERBS, MULTIPLE_WORDS
from ..lexicon.units import TIME_UNITS
from .draft import Draft, Scan, done
from .guards import (is_date_or_time, is_lone_one, is_year, leads_to_duration, not_a_figure, not_a_figure_here,
                     skip_chain)
from .measures import hyphen_compound, measure_figure, percent_after, temperature_figure
from .money import code_factor, currency_before, finish_money, money_after
from .phrases import counted_after, is_comparison, is_plural, qualifier_before

_APPOSITION_ENDS = frozenset({",", ";", ")"})
_COMPARISON_SIGNS = SIGN_QUALIFIERS | {"="}  # "<-30", "= -5": a sign, then a minus


def figure_at(scan: Scan, k: int) -> tuple[Draft | None, int]:
    """The figure whose number starts at piece k (or None), and the piece to go on from."""
    s = scan.s
    cur, cstart = currency_before(s, k)
    num = read_number(s, k, cur is not None)
    if num is None:
        # Past the rest of "9/11", "24/7" or a date, so that its parts are not read again.
        return None, skip_chain(s, k + 1) if s.kind[k] == NUM else k + 1
    skip = not_a_figure(scan, num, cur is not None)
    if skip is not None:
        return None, skip
    i, j = num.i, num.j
    start = apply_sign(s, num)
    ft = cstart if cur else (i - 1 if num.negative else i)
    qual, qstart = qualifier_before(s, ft)
    if cur:
        start = s.start[cstart]
    raw = Draft(i, j, start, s.end[j - 1], "number", num.value, None, qual and qual.lower(), qstart, None,
                "number", scaled=num.scaled, words=num.words, ft=ft)
    if num.ordinal:
        return ordinal_figure(s, raw, num)
    skip = not_a_figure_here(scan, num, qual, cur is not None)
    if skip is not None:
        return None, skip
    if cur:
        return finish_money(s, raw, num, cur, j, code_factor(s, cstart), True)
    raw.bare = s.kind[i] == NUM and j == i + 1 and s.text[i].isdigit() and not num.negative
    found: tuple[Draft | None, int] | None = ratio_figure(scan, raw, num)
    if found is None and (num.negative or not is_lone_one(s, num, qual)):  # "negative one" is no pronoun
        found = unit_figure(s, raw, num, qual)
        if found is None:
            found = count_figure(s, raw, num)
    if found is None:
        return None, j
    return found


def apply_sign(s: Stream, num: Number) -> int:
    """A minus before the number ("-5 degrees", "<-30", "minus 5", "negative one"): negate it; the
    figure's start offset."""
    i = num.i
    if s.kind[i] == NUM and i > 0 and (s.low[i - 1] == "-" or s.low[i - 1] == "−") and adjacent(s, i - 1, i) \
            and (i < 2 or not adjacent(s, i - 2, i - 1) or s.text[i - 2] in _COMPARISON_SIGNS) \
            and (i < 2 or s.kind[i - 2] != NUM) \
            or i > 0 and (s.low[i - 1] == "minus" or s.low[i - 1] == "negative") and sign_before(s, i) >= 0:
        num.value = -num.value
        num.negative = True
        return s.start[i - 1]
    return s.start[i]


def ordinal_figure(s: Stream, raw: Draft, num: Number) -> tuple[Draft | None, int]:
    """Ordinals only where news-relevant: "third-largest", "30th anniversary", "the 1,000th day"."""
    i, j = num.i, num.j
    nxt = j + 1 if s.low[j] in DASHES and adjacent(s, j - 1, j) else j
    milestone = s.kind[i] == NUM and num.value >= 100
    if not (s.low[nxt] in RANK_WORDS or s.low[nxt] in ANNIVERSARY or milestone):
        return None, j
    if s.low[nxt] in RANK_WORDS and nxt > j:
        j = nxt + 1
    raw.counted = counted_after(s, j)[0]
    return done(s, raw, "ordinal", None, "ordinal", j)


def ratio_figure(scan: Scan, raw: Draft, num: Number) -> tuple[Draft, int] | None:
    """ "one out of three", "1 in 5 adults", "one of every six drivers"."""
    s = scan.s
    j = num.j
    w = s.low[j]
    if not (w == "out" or w == "in" or w == "of") or num.scaled or num.fraction:
        return None
    kk = j + 2 if w == "out" and s.low[j + 1] == "of" else (j + 1 if w == "in" or w == "of" else j)
    if s.low[kk] == "every":
        kk += 1
    elif w == "of":
        return None  # "one of every nine", but not "12 of the 15"
    if not (0 < kk < s.n and starts_number(s, kk) and spaced(s, kk - 1, kk)):
        return None
    den = read_number(s, kk, currency_before(s, kk)[0] is not None)
    if den is None or den.fraction or den.ordinal or den.vague or not den.value > num.value > 0 \
            or is_year(s, den) or is_date_or_time(s, den) or scan.is_blocked(s.start[kk], s.end[den.j - 1]) \
            or s.low[den.j] in DASHES and adjacent(s, den.j - 1, den.j):
        return None
    raw.value = float(num.value) / float(den.value)
    counted = counted_after(s, den.j)[0]
    raw.counted = counted if counted and is_plural(counted.split()[-1].lower()) else None
    return done(s, raw, "fraction", None, "ratio", den.j)


def unit_figure(s: Stream, raw: Draft, num: Number, qual: str | None) -> tuple[Draft | None, int] | None:
    """Money, percent, temperature, hyphenated compounds, ages and measures, by what follows (rule 4)."""
    j = num.j
    found: tuple[Draft | None, int] | None = money_after(s, raw, num)
    if found is not None:
        return found
    pct = percent_after(s, j)
    if pct and pct[0] == "basis_point":
        # "25 basis points": in percentage points, as sub-units are in the main unit (5 cents = 0.05 USD).
        raw.value = raw.value / 100 if raw.value is not None else None
        pct = ("percentage_point", pct[1])
    if pct:
        # "58% of voters": what the share is of.
        raw.counted = counted_after(s, pct[1], allow_of=True)[0] if s.low[pct[1]] == "of" else None
        return done(s, raw, "percent", pct[0], "percent", pct[1])
    found = temperature_figure(s, raw, num)
    if found is not None:
        return found
    if s.low[j] == "-" and adjacent(s, j - 1, j) and adjacent(s, j, j + 1) and s.kind[j + 1] == "word":
        return hyphen_compound(s, raw, num, j)  # "3-inch", "six-mile", "28-year-old", "10-point"
    found = _age_figure(s, raw, num, qual)
    if found is not None:
        return found
    found = measure_figure(s, raw, num)
    if found is not None:
        return found
    if not num.vague and leads_to_duration(s, j):
        return None, j  # "two to three years", "five, six, seven years"
    return None


def _age_figure(s: Stream, raw: Draft, num: Number, qual: str | None) -> tuple[Draft | None, int] | None:
    """Ages and magnitudes; other numbers of units of time are durations (None, past them)."""
    i, j = num.i, num.j
    low = s.low
    w = low[j]
    if w in TIME_UNITS and near(s, j - 1, j):
        if low[j + 1] == "old":
            return done(s, raw, "measure", TIME_UNITS[w], "age", j + 2)  # "five years old"
        if low[j + 1] == "of" and low[j + 2] == "age":
            return done(s, raw, "measure", TIME_UNITS[w], "age", j + 3)  # "three months of age"
        return None, j + 1
    if w == "yo":
        return done(s, raw, "measure", "year", "age", j + 1)
    if w == "y" and (low[j + 1] == "/" or low[j + 1] == ".") and low[j + 2] == "o":
        return done(s, raw, "measure", "year", "age", j + 3)
    if i > 0 and low[i - 1] == "magnitude" and spaced(s, i - 1, i) and not num.words:
        return done(s, raw, "measure", "magnitude", "measure", j)  # "a magnitude 7.8 quake"
    if i > 1 and low[i - 1] == "of" and low[i - 2] == "magnitude" and not num.words and 0 < num.value < 10:
        return done(s, raw, "measure", "magnitude", "measure", j)  # "a magnitude of 6.5"
    if raw.bare and i >= 2 and s.text[i - 1] == "," and s.kind[i - 2] == "word" and s.text[i - 2][:1].isupper() \
            and low[i - 2] not in MONTHS and low[i - 2] not in WEEKDAYS and 0 < num.value < 120 \
            and (j >= s.n or s.text[j] in _APPOSITION_ENDS or s.text[j] == "." and adjacent(s, j - 1, j)):
        return done(s, raw, "measure", "year", "age-apposition", j)  # "Ann Lee, 42, and her son"
    if i > 0 and low[i - 1] in AGE_WORDS:
        if low[i - 1] == "age" and not qual:
            raw.start = s.start[i - 1]
        return done(s, raw, "measure", "year", "age", j)  # "age 87", "aged 87"
    return None


def count_figure(s: Stream, raw: Draft, num: Number) -> tuple[Draft | None, int]:
    """Fractions, multiples, counts with the noun phrase they count, vague counts, bare numbers (rule 5)."""
    j = num.j
    low = s.low
    if num.fraction:
        return _fraction_figure(s, raw, num)
    if low[j] == "times" and not num.vague and is_comparison(s, j + 1):
        return done(s, raw, "fraction", None, "multiple", j + 1)  # "three times as many", "ten times the size"
    counted, end = counted_after(s, j, allow_of=num.vague)
    if counted is None and low[j] == "of" and low[j + 1] in POSSESSIVES and s.kind[j + 2] == NUM:
        whole = read_number(s, j + 2, currency_before(s, j + 2)[0] is not None)
        if whole is not None and not whole.ordinal and not whole.fraction:
            counted, end = counted_after(s, whole.j)  # "12 of the 15 hostages": the part counts what the whole does
    if counted and counted.split()[-1].lower() in TIME_UNITS:
        return None, end  # "twenty working days": a duration
    raw.counted = counted
    if num.vague:
        return done(s, raw, "count", None, "vague-count", j)
    if counted:
        return done(s, raw, "count", None, "count", j)
    return done(s, raw, "number", None, "number", j)


def _fraction_figure(s: Stream, raw: Draft, num: Number) -> tuple[Draft, int]:
    """ "two-thirds of the votes"; "three-quarters of a percentage point", "half a point" are percent."""
    j = num.j
    low = s.low
    k2 = j + 2 if low[j] == "of" and low[j + 1] == "a" else (j + 1 if low[j] == "a" else -1)
    if k2 > 0:
        pct = percent_after(s, k2)
        if pct is None and (low[k2] == "point" or low[k2] == "points") and near(s, k2 - 1, k2):
            pct = ("percentage_point", k2 + 1)
        if pct is not None:
            return done(s, raw, "percent", pct[0], "percent", pct[1])
    raw.counted = counted_after(s, j, allow_of=True)[0] if low[j] == "of" else None
    return done(s, raw, "fraction", None, "fraction", j)


def multiple_word(s: Stream, k: int) -> Draft | None:
    """ "doubled", "tripled", "halved"; "twice as many", "double the amount"."""
    word = s.low[k]
    if word in MULTIPLE_ADVERBS and not is_comparison(s, k + 1):
        return None  # "met twice", "a double room": a frequency or an adjective
    nxt = k + 2 if s.low[k + 1] in POSSESSIVES else k + 1  # POSSESSIVES holds "the"
    if s.low[nxt] in SCORE_LEADS:
        return None  # "doubled the lead": a second goal, not a figure
    if k > 0 and adjacent(s, k - 1, k) and s.low[k - 1] in DASHES:
        return None  # "re-doubled", "co-double"
    qual, qstart = qualifier_before(s, k)
    return Draft(k, k + 1, s.start[k], s.end[k], "fraction", MULTIPLE_WORDS[word], None, qual and qual.lower(),
                 qstart, None, "multiple", words=True, ft=k)
