"""Rules for periods: handlers of the ``relative``, ``ago``, ``quarter``, ``decade``, ``year``,
``season``, ``century`` and ``fortnight`` rules (see ``rules`` for their order), and ``focus_quarter``.

A period is valued at its own granularity (``2022``, ``2022-12``, ``2022-W50``, ``2022-Q3``, ``199``
for the 1990s, ``19`` for the 20th century), with a mod for a position inside it ("early 2020":
START). "the following year" is anaphoric: the year the text named last, counted by ``narrative``.
Earnings reports speak of quarters: "the quarter", "a year earlier" follow the last explicit quarter
named before them.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

from ..lexicon.calendar import AGO_DIRECTIONS, MONTHS, RELATIVE_POSITIONS, SEASON_MONTHS, SEASONS, TIME_MODIFIERS
from ..lexicon.dates import (COPYRIGHT_WORDS, PROGRAMME_NOUNS, DATE_PREPOSITIONS, MODEL_YEAR_NOUNS, NOT_YEAR_AFTER, NOT_YEAR_BEFORE,
                             PERIOD_WORDS, SEASON_LEAD_WORDS, YEAR_PREPOSITIONS)
from ..lexicon.grammar import DETERMINERS
from ..lexicon.numbers import DECADE_WORDS, NUMBER_WORDS, ORDINALS
from .context import Cand, Context, cand, sentence_initial
from .normalise import (UNKNOWN, add_months, count_value, day_number, duration_value, iso_week, lower_words,
                        position_mod, quarter_ending, quarter_number, quarter_of, recent_quarter,
                        same_week_a_year_back, shift, unit_letter)
from .patterns import (CLOSING_QUOTES, OPENING_QUOTES, RX_CAPITAL_AFTER, RX_FOUR_DIGITS, RX_NUMBER_AFTER,
                       RX_OF_THE_AFTER, RX_PARTICIPLE_AFTER, RX_QUARTER_FOCUS, RX_SINCE_JUST_BEFORE,
                       RX_THE_BEFORE, RX_WORD_AFTER, RX_WORD_BEFORE)
from .tense import tense


def focus_quarter(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The quarter a report is about at pos, as (year, q): the last explicit quarter named before
    pos (within a few paragraphs), unless a later completed quarter was named there too ("third-
    quarter profit rose ... its second quarter had been weak ... a year earlier": the third
    quarter's)."""
    if ctx.quarters is None:
        ctx.quarters = _named_quarters(ctx)
    quarters = ctx.quarters
    i = bisect.bisect_left(quarters, (pos,)) - 1
    if i >= 0 and pos - quarters[i][0] < 2500:
        best = quarters[i][1]
        done = quarter_of(ctx.dct) if ctx.dct else (0, 0)  # quarters before it have ended
        j = i - 1
        while j >= 0 and pos - quarters[j][0] < 2500:
            if best < quarters[j][1] < done:
                best = quarters[j][1]
            j -= 1
        return best
    return None


def _named_quarters(ctx: Context) -> list[tuple[int, tuple[int, int]]]:
    """The explicit quarters of the text ("third-quarter", "the fourth quarter of 2021"): (offset, (year, q))."""
    found: list[tuple[int, tuple[int, int]]] = []
    if ctx.dct is None:
        return found
    for m in RX_QUARTER_FOCUS.finditer(ctx.text):
        if not (m["ord"] or m["endm"]):
            continue
        # The month a quarter ended beats a fiscal ordinal ("fourth quarter ended May 31").
        q = quarter_ending(m["endm"]) if m["endm"] else quarter_number(m["ord"])
        y = int(m["y"]) if m["y"] else recent_quarter(ctx.dct, q, tense(ctx, m.start(), m.end()))[0]
        found.append((m.start(), (y, q)))
    return found


# The years told from the one the story named last, and how many years from it ("the following year").
_YEAR_ANAPHORS = {"the following": 1, "the previous": -1, "the prior": -1, "that": 0, "that same": 0, "the same": 0}


def relative_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if m["unit"][0].isupper() and not sentence_initial(ctx.text, m.start(), quotes=False):
        return None  # a programme's title: "This Week"
    rel = lower_words(m["rel"])
    if m["typo"] and (rel not in ("this", "last", "next") or RX_PARTICIPLE_AFTER.match(ctx.text, m.end(), m.end() + 30)):
        # "this years festival" lacks its apostrophe; "the next years", "in last years received" are plurals
        return None
    unit = unit_letter(m["unit"].replace("'s", ""))
    pos = lower_words(m["pos"]) if m["pos"] else None
    # "the same month a year earlier" is one period; after other periods "a year ago" is another.
    year_back = bool(m["ago"]) and rel == "the same" and unit in ("W", "M")
    end = m.end() if year_back or not m["ago"] else m.start("ago")
    approx = "APPROX" if m["orso"] else None  # "the next month or so"
    if m["unit"].lower().endswith("'s"):
        end, approx = m.end("unit") - 2, None
    if (rel in ("that", "that same", "the same") and unit in ("D", "W", "M")) \
            or (rel == "the following" and unit in ("W", "M")):
        if RX_NUMBER_AFTER.match(ctx.text, end):
            return None  # "that day three training starts": a numbered day
        # Anaphoric: "that day", "later that month", "the same week", "the following week" count
        # from the day, week or month the story named last (the narrative pass); else "the same
        # month" and "the following week" are publication's and the one after, "that day" unknown.
        n = 1 if rel == "the following" else -12 if year_back and unit == "M" else -52 if year_back else 0
        mod = RELATIVE_POSITIONS.get(pos) if pos else None
        fallback = shift(ctx.dct, unit, n) if ctx.dct is not None and (n or rel == "the same") else None
        if year_back and unit == "W" and ctx.dct is not None:
            fallback = same_week_a_year_back(ctx.dct)  # the week of the same number, not 52 weeks back
        return Cand(m.start(), end, "DATE", fallback, mod or approx, "relative-day" if unit == "D" else "relative",
                    anaphor=(unit, n), same=rel in ("that same", "the same"))
    if (rel in _YEAR_ANAPHORS and unit == "Y") \
            or (rel == "the next" and unit in ("Y", "M") and not pos and tense(ctx, m.start(), end) == "past"):
        # Anaphoric: the year the story named last ("in 1995 ... the following year"), and in a
        # narrated past the year or month after it ("In 2011 the plant closed; the next year it
        # reopened"), counted by the narrative pass; else the years next to publication ("the
        # following year" said alone) and "the next month" publication's next, "that year" none.
        n = _YEAR_ANAPHORS.get(rel, 1)
        fallback = shift(ctx.dct, unit, n) if ctx.dct is not None and n else None
        mod = RELATIVE_POSITIONS.get(pos) if pos else None
        return Cand(m.start(), end, "DATE", fallback, mod or approx, "relative", anaphor=(unit, n),
                    same=rel in ("that same", "the same"))
    if rel in ("that", "that same"):
        return None
    if rel in ("the past", "the last", "the coming", "the next", "the following", "the previous", "the prior"):
        return None if pos else _adjacent_period(m, ctx, rel, unit, end, approx)
    return _this_period(m, ctx, rel, unit, pos, end, approx)


def day_after_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    # An anaphor like "the next day": the day (week, month, year) after or before the last one named
    # (``narrative``); with none named, a week, month or year is publication's next or last, as
    # "the following week" said alone, and a day unknown.
    unit = unit_letter(m["unit"])
    n = 1 if m["dir"].lower() == "after" else -1
    if unit == "D":
        return Cand(m.start(), m.end(), "DATE", None, None, "relative-day", anaphor=("D", n))
    fallback = shift(ctx.dct, unit, n) if ctx.dct is not None else None
    return Cand(m.start(), m.end(), "DATE", fallback, None, "relative", anaphor=(unit, n))


def _adjacent_period(m: re.Match[str], ctx: Context, rel: str, unit: str, end: int, approx: str | None) -> Cand:
    """"the past year", "the next month": the calendar period next to publication (as TimeBank reads
    them); for a day, a length of time ("the past day") or the day next to the one the story named."""
    before = RX_WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if unit == "D" and rel in ("the next", "the following", "the previous", "the prior") and not (
            before and before.group(1).lower() in PERIOD_WORDS):
        # "The next day, he resigned": a day next to the day the story just named, not a period
        # ("in the next day or two"); resolved against that day by the narrative pass.
        return Cand(m.start(), end, "DATE", None, None, "relative-day",
                    anaphor=("D", 1 if rel in ("the next", "the following") else -1))
    if unit in ("H", "MIN", "S", "D", "DE", "CE"):
        # "the past day", "the coming decade": the length of time up to or from now, not the
        # calendar decade ("the coming decade" said in 2022 is no "the 2030s").
        return Cand(m.start(), end, "DURATION", duration_value(1, unit), None, "relative")
    n = -1 if rel in ("the past", "the last", "the previous", "the prior") else 1
    value = shift(ctx.dct, unit, n) if ctx.dct else None
    return Cand(m.start(), end, "DATE", value, approx, "relative")


def _this_period(m: re.Match[str], ctx: Context, rel: str, unit: str, pos: str | None, end: int,
                 approx: str | None) -> Cand | None:
    """"last week", "this year", "the current quarter": the period n units from publication."""
    n = {"last": -1, "next": 1, "this": 0, "the current": 0, "the latest": 0, "the same": 0,
         "this past": -1, "a year ago": -4}.get(rel, 0)
    if rel == "a year ago":
        return None
    if unit in ("Q", "Y") and rel == "the latest":
        n = -1  # the last quarter or (fiscal) year reported on: the one completed before publication
    elif unit == "Q" and rel in ("this", "the same") and ctx.dct is not None \
            and not (rel == "this" and tense(ctx, m.start(), end) == "future"):
        # "this quarter" in a report on a quarter is that quarter; in a future clause ("expected to
        # contract again this quarter") the one under way.
        focus = focus_quarter(ctx, m.start())
        if focus is not None:
            return Cand(m.start(), end, "DATE", f"{focus[0]:04d}-Q{focus[1]}", None, "relative")
    mod = RELATIVE_POSITIONS.get(pos) if pos else None
    if unit == "WE" and rel == "this" and ctx.dct is not None and ctx.dct.weekday() < 5 \
            and tense(ctx, m.start(), end) == "past":
        n = -1  # "this weekend" in a past-tense report published on a weekday: the one just gone
    value = shift(ctx.dct, unit, n) if ctx.dct else None
    if value is None and ctx.dct is None:
        value = UNKNOWN.get(unit)
    type_ = "TIME" if unit in ("H", "MIN", "S") else "DATE"
    return Cand(m.start(), end, type_, value, mod or approx, "relative")


def ago_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    unit = unit_letter(m["unit"])
    n = count_value(m["n"])
    direction = lower_words(m["dir"])
    sign = AGO_DIRECTIONS[direction]
    mod = TIME_MODIFIERS.get(lower_words(m["mod"])) if m["mod"] else None
    if m["orso"]:
        mod = "APPROX"
    one_year = unit == "Y" and n == 1 and direction == "earlier"
    if direction in ("before", "after", "later", "earlier") and not one_year:
        # "three days later", "two weeks before the vote": a period from an event, not a date;
        # TimeML leaves the direction word out of the span.
        return cand(m, "DURATION", duration_value(n, unit), mod, "ago", end=m.end("unit"))
    if ctx.dct is None:
        return cand(m, "DATE", None, mod, "ago")
    if n is None:
        return cand(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, "ago")
    if m["today"]:
        return cand(m, "DATE", _anniversary(ctx.dct, unit, n, lower_words(m["today"])), mod, "ago")
    if unit == "Y" and n == 1 and sign < 0:
        return cand(m, "DATE", _year_earlier(ctx, m.start()), mod, "ago")
    if isinstance(n, float):
        n = round(n)
    if unit == "DE":
        unit, n = "Y", n * 10
    elif unit == "CE":
        unit, n = "Y", n * 100
    value = shift(ctx.dct, unit, sign * int(n))
    return cand(m, "DATE", value, mod, "ago")


def _anniversary(dct: dt.date, unit: str, n: int | float, granule: str) -> str | None:
    """"20 years ago today", "a decade ago this week": the day (week, month) of publication so many
    units back."""
    days = {"D": 1, "W": 7}.get(unit)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    try:
        if days is not None:
            day = dct - dt.timedelta(days=round(n * days))
        elif months is not None:
            y, mo = add_months(dct.year, dct.month, -round(n * months))
            day = dt.date(y, mo, min(dct.day, calendar.monthrange(y, mo)[1]))
        else:
            return None
    except (ValueError, OverflowError):
        return None
    return day.isoformat() if granule == "today" else iso_week(day) if granule == "this week" else day.isoformat()[:7]


def fortnight_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    """A fortnight is two weeks: a length ("for a fortnight": P2W, "the past fortnight": the two
    weeks up to now, a length as "the past two weeks" is), or with "ago", "from now" the week that
    many weeks away, as "two weeks ago" is."""
    n = count_value(m["n"]) if m["n"] else 1
    if n is None or n != int(n) or n <= 0:
        return None
    weeks = 2 * int(n)
    mod = TIME_MODIFIERS.get(lower_words(m["mod"])) if m["mod"] else None
    start = m.start()
    if m["mod"] and lower_words(m["mod"]) == "over":
        start, mod = m.start("n") if m["n"] else m.start("span"), None  # "over a fortnight": the preposition
    if m["dir"]:
        value = shift(ctx.dct, "W", weeks * AGO_DIRECTIONS[lower_words(m["dir"])]) if ctx.dct else None
        return cand(m, "DATE", value, mod, "ago", start=start)
    return cand(m, "DURATION", f"P{weeks}W", mod, "duration", start=start)


def _year_earlier(ctx: Context, pos: int) -> str | None:
    """'a year earlier' in an earnings report is the same quarter of the year before."""
    if ctx.dct is None:
        return None
    focus = focus_quarter(ctx, pos)
    if focus is not None:
        return f"{focus[0] - 1:04d}-Q{focus[1]}"
    return f"{ctx.dct.year - 1:04d}"


def year_ago_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    return cand(m, "DATE", _year_earlier(ctx, m.start()), None, "ago")


def quarter_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    c = _quarter_value(m, ctx)
    if c is not None and m["the"]:
        # TimeML keeps "the" of "the third quarter" but not a possessive ("its fourth quarter") nor
        # the article of an adjective ("the third-quarter loss").
        ordinal = "ord2" if m["ord2"] else "ord"
        hyphenated = bool(m[ordinal]) and "-" in ctx.text[m.end(ordinal):m.start("unit")]
        if lower_words(m["the"]) in ("its", "their") or hyphenated:
            c.start = m.end("the") + 1
    return c


RX_FINAL_AFTER = re.compile(r"[\s-]finals?\b", re.IGNORECASE)


def _quarter_value(m: re.Match[str], ctx: Context) -> Cand | None:
    """The quarter or half a match names, or None ("the first half" of a match, a bare "period")."""
    unit = m["unit"].lower()
    pre = lower_words(m["pre"] or m["pre0"]) or None
    q = quarter_number(m["ord"] or m["ord2"])
    year = int(m["y"]) if m["y"] else None
    if m["they"] and ctx.dct is not None:
        year = ctx.dct.year  # "the first half of the year": of this year
    if pre and RX_FOUR_DIGITS.fullmatch(pre):
        year = int(pre)
    if not q and m["endm"] and unit == "quarter":
        q = quarter_ending(m["endm"])
    if m["qm"]:
        if q or not m["qm"][0].isupper() or RX_FINAL_AFTER.match(ctx.text, m.end()):
            return None  # "the third March quarter", "the march quarter", "the June quarter-final"
        q = quarter_ending(m["qm"])
    if unit == "half" and RX_OF_THE_AFTER.match(ctx.text, m.end(), m.end() + 8):
        return None
    if unit == "half" and not q and pre in ("last", "final"):
        q = 2
    specific = bool(q or year or pre or m["rely"] or m["fiscal"] or m["they"])
    if unit == "period" and not (year or pre in ("latest", "year-earlier", "year-ago", "year earlier",
                                                 "comparable", "corresponding", "same", "most recent")):
        return None
    if not specific and not m["the"]:
        return None
    if lower_words(m["the"]) in ("its", "their") and not specific:
        return None
    offset = _years_back(m, pre)
    if unit == "half":
        return _half_value(m, ctx, q, year, offset, pre)
    return _quarter_of_year(m, ctx, q, year, offset, pre)


def short_quarter_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    """A quarter or half written short ("Q3 2024": 2024-Q3, "1H24": 2024-H1). Without a year a
    quarter is the nearest one consistent with tense, as "the third quarter" is; a bare "H2" is
    too often hydrogen to be read as a half."""
    kind = m["k"] or m["k2"]
    q = int(m["q"] or m["q2"])
    short = m["yy"] or m["yy2"]
    year = int(m["y"]) if m["y"] else 2000 + int(short) if short else None
    if kind == "H":
        if q > 2 or year is None:
            return None
        return cand(m, "DATE", f"{year:04d}-H{q}", None, "quarter")
    if year is not None:
        return cand(m, "DATE", f"{year:04d}-Q{q}", None, "quarter")
    if ctx.dct is None:
        return cand(m, "DATE", f"XXXX-Q{q}", None, "quarter")
    y, q = recent_quarter(ctx.dct, q, tense(ctx, m.start(), m.end()))
    return cand(m, "DATE", f"{y:04d}-Q{q}", None, "quarter")


def _years_back(m: re.Match[str], pre: str | None) -> int:
    """The years between the quarter named and the one its words point at ("year-ago": -1)."""
    offset = 0
    if pre in ("year-earlier", "year-ago", "year earlier", "last year's"):
        offset = -1
    elif pre == "next year's":
        offset = 1
    if m["rely"]:
        offset = {"this": 0, "next": 1, "last": -1}[lower_words(m["rely"])]
    if m["ago"]:
        offset = -1
    return offset


def _half_value(m: re.Match[str], ctx: Context, q: int, year: int | None, offset: int, pre: str | None) -> Cand | None:
    if q not in (1, 2) or not (year or m["rely"] or m["they"] or pre or "-" in m.group()):
        return None  # "the first half" of a match
    if year is None:
        year = (ctx.dct.year if ctx.dct else None)
    if year is None:
        return cand(m, "DATE", f"XXXX-H{q}", None, "quarter")
    return cand(m, "DATE", f"{year + offset:04d}-H{q}", None, "quarter")


def _quarter_of_year(m: re.Match[str], ctx: Context, q: int, year: int | None, offset: int,
                     pre: str | None) -> Cand:
    if q and year:
        return cand(m, "DATE", f"{year + offset:04d}-Q{q}", None, "quarter")
    if ctx.dct is None:
        return cand(m, "DATE", f"XXXX-Q{q}" if q else None, None, "quarter")
    if q:
        # A quarter of a year counted from publication's ("next year's first quarter") is of that year.
        y, q = recent_quarter(ctx.dct, q, tense(ctx, m.start(), m.end()) if not offset else None)
        return cand(m, "DATE", f"{y + offset:04d}-Q{q}", None, "quarter")
    focus = focus_quarter(ctx, m.start())
    if focus is None:
        cy, cq = quarter_of(ctx.dct)
        k = cy * 4 + cq - 2  # the last completed quarter: results are reported after it
        if pre == "current" or lower_words(m["the"]) == "this":
            k += 1
        focus = (k // 4, k % 4 + 1)
    y, fq = focus
    if year is not None:
        y, offset = year, 0
    return cand(m, "DATE", f"{y + offset:04d}-Q{fq}", None, "quarter")


def decade_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if m["dec"] and m["dec"][2:4] == "00" and m["dec"] < "2000":
        dec = m["dec"][:2]  # "the 1800s", "the early 1900s": the century's years, not its first decade
    elif m["dec"]:
        dec = m["dec"][:3]
    else:
        digits = m["short"] or m["short2"]
        short = int(digits)
        century = 19 if ctx.dct is None or short > (ctx.dct.year % 100) else ctx.dct.year // 100
        dec = f"{century}{digits[0]}"
    return cand(m, "DATE", dec, position_mod(m["pos"]), "century" if len(dec) == 2 else "decade")


def year_mention(m: re.Match[str], ctx: Context) -> Cand | list[Cand] | None:
    text = ctx.text
    fy = (m["fy"] or m["fy2"] or "").strip()
    if fy[:2].lower() == "fy" and fy[:2] != "FY":
        return None  # "fy" in lower case is no abbreviation of a fiscal year
    if m["yy"]:
        y = 2000 + int(m["yy"]) if int(m["yy"]) < 50 else 1900 + int(m["yy"])  # "FY23"
    else:
        y = int(m["y"])
    y2 = _range_end(y, m["y2"]) if m["y2"] else None
    if m["y2"] and y2 is None:
        return None  # "2019-12": a year and its month, no range
    mod = position_mod(m["pos"]) or ({"pre": "BEFORE", "post": "AFTER"}[m["side"].lower()] if m["side"] else None)
    if m["open"]:
        if m["y2"] or fy:
            return None  # "fiscal 2023 or later", "1998-99 and beyond": too rare to read
        # "1994 or later", "2030 and beyond": the year and what follows it (or precedes it).
        mod = "ON_OR_BEFORE" if m["open"].lower().endswith("earlier") else "ON_OR_AFTER"
    if fy or m["fyear"]:
        # A fiscal year is one period, valued as the year it ends in ("fiscal 2022-23": 2023).
        if y2 is not None and y2 != y + 1:
            return None
        end = y2 or y
        if not 1800 <= end <= 2100:
            return None
        the = RX_THE_BEFORE.search(text, max(0, m.start() - 5), m.start()) if m["fyear"] else None
        # "the 2022-23 fiscal year" keeps its article, as "the fiscal year" does.
        return Cand(the.start() if the else m.start(), m.end(), "DATE", f"{end:04d}", mod, "year")
    s = m.start("y")
    if not _plausible_year(text, y, s, bool(m["pos"])) or (y2 is not None and y2 > 2100):
        return None
    if not (m["pos"] or m["side"] or m["theyear"]) and not _bare_year(text, s, m.end("y2") if m["y2"] else m.end("y")):
        return None
    after_month = bool(m["open"]) and _month_before(text, m.start())
    if after_month:
        mod = None  # "October 1984 and later": the calendar rule's date, which "and later" does not join
    first = Cand(m.start(), m.end("open") if m["open"] and not after_month else m.end("y"), "DATE", f"{y:04d}",
                 mod, "year")
    if y2 is None:
        return first
    # "1998-99": two time expressions, one for each year, as TimeML writes a range ("from 1998 to 1999").
    return [first, Cand(m.start("y2"), m.end("y2"), "DATE", f"{y2:04d}", None, "year")]


def _month_before(text: str, pos: int) -> bool:
    """Whether the word just before pos is a month name ("October 1984")."""
    prev = RX_WORD_BEFORE.search(text, max(0, pos - 12), pos)
    return prev is not None and prev.group(1).lower() in MONTHS


def _range_end(y1: int, digits: str) -> int | None:
    """The second year of a range from y1 written with digits ("99" after 1998: 1999), or None when
    it is no later year close enough to make a range (a year and a month, "2019-12", is none)."""
    if len(digits) == 4:
        y2 = int(digits)
        return y2 if 0 < y2 - y1 <= 200 else None
    y2 = y1 // 100 * 100 + int(digits)
    if y2 <= y1:
        y2 += 100  # "1999-00"
    return y2 if y2 - y1 <= 20 else None


def _plausible_year(text: str, y: int, s: int, positioned: bool) -> bool:
    """A number a year can be: 1900-2100, or 1800-1899 after a position or a preposition ("in 1850")."""
    if 1900 <= y <= 2100:
        return True
    prev = RX_WORD_BEFORE.search(text, max(0, s - 30), s)
    return 1800 <= y < 1900 and (positioned or bool(prev and prev.group(1).lower() in DATE_PREPOSITIONS))


RX_MODEL_YEAR_AFTER = re.compile(r" model[ -]years?\b", re.IGNORECASE)


def _bare_year(text: str, s: int, e: int) -> bool:
    """Whether the bare four digits text[s:e] (a year or a year range) are a year by their
    neighbours: not an amount, a count, a name or model ("Windows 2000", "flight 2020", a model
    year "a 2006 Ford"), a title
    ("the film 1917", a year alone in quotation marks) or a copyright line."""
    if s > 0 and text[s - 1] in "$#£€":
        return False
    prev = RX_WORD_BEFORE.search(text, max(0, s - 30), s)
    prev_word = prev.group(1) if prev else ""
    nxt = RX_WORD_AFTER.search(text[e:e + 30])
    next_word = nxt.group(1) if nxt else ""
    if next_word.lower() in NOT_YEAR_AFTER and text[e:e + 1] == " ":
        return False
    if next_word.lower() in MODEL_YEAR_NOUNS and text[e:e + 1] == " " and prev_word.lower() not in YEAR_PREPOSITIONS \
            and not RX_MODEL_YEAR_AFTER.match(text, e):
        # A model year names a vehicle: "a 2006 Ford", "the 2024 Model Y"; not "in 2006 Ford cut jobs",
        # nor "the 2008 model year", a year of the calendar's sort.
        return False
    if prev_word and prev_word[0].isupper() and prev_word.lower() not in DATE_PREPOSITIONS \
            and prev_word.lower() not in DETERMINERS and not prev_word.endswith("'s") \
            and prev_word.lower() not in MONTHS and s - (prev.end(1) if prev else 0) <= 1:
        return False  # "Windows 2000", "Airbus 2000"
    if prev_word.lower() in NOT_YEAR_BEFORE:
        return False  # "flight 2020", "the film 1917"
    if prev is not None and prev_word == "The" and s - prev.end(1) <= 1 and not sentence_initial(text, prev.start(1)):
        return False  # "fans of The 1975": a capitalised "The" inside a sentence opens a name
    if next_word.lower() in PROGRAMME_NOUNS and next_word[0].isupper() and text[e:e + 1] == " " \
            and prev_word.lower() not in YEAR_PREPOSITIONS:
        return False  # "the 2030 Agenda": a programme's name
    if s > 0 and text[s - 1] in OPENING_QUOTES and text[e:e + 1] in CLOSING_QUOTES and text[e:e + 1]:
        return False  # a title in quotation marks: "1917", “1984”
    # A copyright line: "© 2019 Some Media", "Copyright 2015-2019", "(c) 2020".
    return "©" not in text[max(0, s - 4):s] and prev_word.lower() not in COPYRIGHT_WORDS


def season_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    word = m["season"].lower()
    code = SEASONS[word]
    rel = lower_words(m["rel"]) if m["rel"] else None
    if not (rel or m["y"] or m["pos"]):
        prev = RX_WORD_BEFORE.search(ctx.text, max(0, m.start("season") - 20), m.start("season"))
        pw = prev.group(1).lower() if prev else ""
        # A bare season needs a preposition; "fall" alone is far more often the verb or noun.
        if pw not in SEASON_LEAD_WORDS or word == "fall":
            return None
    mod = position_mod(m["pos"])
    if rel in ("the past", "the coming"):
        return cand(m, "DURATION", f"P1{code}", mod, "season")
    if m["y"]:
        return cand(m, "DATE", f"{m['y']}-{code}", mod, "season")
    if ctx.dct is None:
        return cand(m, "DATE", f"XXXX-{code}", mod, "season")
    y = ctx.dct.year
    season_month = SEASON_MONTHS[code]
    if rel == "last":
        y -= 1  # "last spring" said in the fall: TimeBank reads the previous year's
    elif rel == "next":
        y = y if season_month > ctx.dct.month else y + 1
    elif rel in ("this past",):
        y = y if season_month <= ctx.dct.month else y - 1
    elif rel is None:
        when = tense(ctx, m.start(), m.end())
        if when == "past" and season_month > ctx.dct.month:
            y -= 1
        elif when == "future" and season_month + 2 < ctx.dct.month:
            y += 1
    return cand(m, "DATE", f"{y:04d}-{code}", mod, "season")


def the_year_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if m["ended"]:
        return cand(m, "DURATION", "P1Y", None, "year", end=m.start("ended"))
    mod = {"earlier": "START", "later": "END"}.get(lower_words(m["pos"])) if m["pos"] else None
    if ctx.dct is None:
        return cand(m, "DATE", "XXXX", mod, "year")
    # A report on a quarter sums up that quarter's year ("a loss in the fourth quarter of 2021 and
    # for the full year", published in January); "the year ahead" is publication's.
    focus = focus_quarter(ctx, m.start()) if lower_words(m["kind"]) in ("full", "entire", "whole") else None
    return cand(m, "DATE", f"{focus[0] if focus else ctx.dct.year:04d}", mod, "year")


def year_end_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if ctx.dct is None:
        return cand(m, "DATE", "XXXX-12-31", None, "year")
    y = ctx.dct.year
    if tense(ctx, m.start(), m.end()) == "past" and RX_SINCE_JUST_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        y -= 1
    mod = "APPROX" if m["around"] else None
    return cand(m, "DATE", f"{y:04d}-12-31", mod, "year")


def period_edge_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    unit = unit_letter(m["unit"])
    mod = {"the end": "END", "the beginning": "START", "the start": "START", "the middle": "MID",
           "the turn": "START"}[lower_words(m["pos"])]
    value = shift(ctx.dct, unit, 0) if ctx.dct else UNKNOWN.get(unit)
    return cand(m, "DATE", value, mod, "relative")


def spoken_year_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    words = NUMBER_WORDS
    if m["cent"]:
        century = words[m["cent"].lower()]
        if m["teen"]:
            rest = words[m["teen"].lower()]
        elif m["tens"]:
            rest = words[m["tens"].lower()] + (words[m["unit"].lower()] if m["unit"] else 0)
        else:
            rest = words[m["ounit"].lower()]
        year = century * 100 + rest
    else:
        if not m["the"] and not m["mil"]:
            return None  # "two thousand" alone is a count
        year = 2000 + (words[m["mil"].lower()] if m["mil"] else 0)
    if not m["the"]:
        # A spoken year needs a date-like context: a preposition or a month before it.
        prev = RX_WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        pw = prev.group(1).lower() if prev else ""
        if pw not in DATE_PREPOSITIONS and pw not in MONTHS and not (prev and prev.group(1)[0].isupper()):
            return None
    return cand(m, "DATE", f"{year:04d}", None, "year")


def decade_word_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    tens = DECADE_WORDS[m["dec"].lower()]
    century = 18 if m["cent"] and m["cent"].lower() == "eighteen" else 19
    return cand(m, "DATE", f"{century}{tens}", position_mod(m["pos"]), "decade")


def century_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if m.group().endswith("Century") and RX_CAPITAL_AFTER.match(ctx.text, m.end(), m.end() + 2):
        return None  # "21st Century Records": a name
    word = m["n"].lower()
    n = day_number(word) if word[0].isdigit() else ORDINALS.get(word, 0)
    if not 1 <= n <= 21:
        return None
    return cand(m, "DATE", f"{n - 1:02d}", position_mod(m["pos"]), "century")
