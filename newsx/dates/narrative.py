"""Narrative anchoring: time expressions whose day comes from the story, not from publication.

``narrate(chosen, ctx)`` reads the selected candidates in text order, by these rules:
  1. ``story``: without a publication date, a date or time left unresolved (``XXXX-WXX-2``, None)
     that follows an explicit full date ("December 29, 2014", "2014-12-29", "12/29/2014") resolves
     against the latest such date before it, as it would against a publication date (HeidelTime's
     narrative documents);
  2. ``anaphora``: "the next day", "the same day", "later that day", "that afternoon" count days
     from the day the story named last, "the following week", "that month" weeks or months from
     the last week or month, "the following year", "that year" years from the last year written
     (in a past clause "the next year", "the next month" too: "In 2011 the plant closed; the next
     year it reopened"), all within ``ANAPHOR_REACH`` characters (a time of day without its own
     day names none); when none was named, a day or "that year" is None and a week, month or
     "the following year" keeps the handler's value (publication's);
  3. ``told weekdays``: a weekday with its time of day ("Tuesday afternoon", "Friday at 4 p.m.")
     that comes next after a full date in its paragraph ("On Nov. 15 ...") over a week before
     publication is the first such weekday from that date on, not one of the publication week
     (news names the days of the publication week by their weekday; a story told from an
     earlier date goes on from it);
  4. ``attached``: a time of day given without its day ("at 21:45", "4 p.m.", "late afternoon")
     takes the day written next to it ("09:40 UTC, March 3rd", "Friday at 4 p.m.", "9 a.m. (1400
     GMT) Monday"), else the one day its sentence names, else, in a past clause of a sentence
     that names no day, the day of the occasion the report is about (the first day its lead names,
     one to seven days before publication: "Villagers voted on Sunday ... counting began at
     21:45").
A value that rule 1, 3 or 4 gives is marked by ``-narrative`` after its rule's name (``weekday-narrative``,
``clock-narrative``): it was read against a day the story narrates, not against the publication
date, as is a week, month or year an anaphor counted (``relative-narrative``); an anaphoric day keeps
its rule (``relative-day``), narrative by nature.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from ..lexicon.calendar import WEEKDAYS
from .context import Cand, Context
from .normalise import add_months, iso_week
from .patterns import RX_DAY_VALUE as RX_DAY
from .patterns import RX_WEEKDAY
from .scan import trim
from .tense import tense

# How far after the last day, week, month or year named "the next day", "the following week",
# "later that month", "the following year" may still count from it.
ANAPHOR_REACH = {"D": 600, "W": 1500, "M": 1500, "Y": 400}
NARRATIVE = "-narrative"

# The rules whose full dates are written out, year included (without a publication date, no
# other rule gives a full date): the days a story without a publication date is told from.
EXPLICIT_RULES = frozenset({"iso", "numeric", "calendar"})

# The sentences of a report's lead, and how many days before publication the occasion it reports
# may lie ("Villagers voted on Sunday ... counting began at 21:45").
LEAD = 3
OCCASION_DAYS = 7
RX_WEEK = re.compile(r"\d{4}-W\d\d")
RX_MONTH = re.compile(r"\d{4}-\d\d")
RX_SOME_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")  # a day, its year perhaps unknown
# Between a time of day and the day after it: "09:40 UTC, March 3rd", "4 p.m. on Friday",
# "9 a.m. (1400 GMT) Monday", "at 6 in the morning (11 a.m. GMT Thursday)".
RX_DAY_AFTER_GAP = re.compile(r"[ \t,]*(?:\([^()\n]{0,40}\)[ \t,]*)?(?:\([ \t]*|on[ \t]+)?", re.IGNORECASE)
# Between a day and the time of day after it: "Friday at 4 p.m.", "March 3, 09:40", "Nov. 15 around noon".
RX_DAY_BEFORE_GAP = re.compile(
    r"[ \t,]*(?:(?:at|around|about|from|by|until|after|before|shortly[ \t]+(?:before|after))[ \t]+)?", re.IGNORECASE)


def narrate(chosen: list[Cand], ctx: Context) -> list[Cand]:
    """The candidates with what the story's own days decide resolved (see the module docstring),
    less "that day", "the same day" ("that year") when the story named no day (year) before them: a generic day
    ("you see strong sales that day"), no time the text gives."""
    if ctx.dct is None:
        _story(chosen, ctx)
    _narrated_weekdays(chosen, ctx)
    _anaphora(chosen, ctx)
    _attached(chosen, ctx)
    if any(c.anaphor is not None and c.value is None for c in chosen):
        _anaphora(chosen, ctx, unresolved=True)  # "counting began at 21:45 ... the next day": from the time's day
        return [c for c in chosen if c.value is not None or c.anaphor not in (("D", 0), ("Y", 0))]
    return chosen


def _story(chosen: list[Cand], ctx: Context) -> None:
    """Rule 1: without a publication date, read what is unresolved against the latest explicit full date."""
    anchor: dt.date | None = None
    contexts: dict[dt.date, Context] = {}
    for c in chosen:
        if anchor is not None and _unresolved(c):
            told = contexts.get(anchor)
            if told is None:
                told = contexts[anchor] = Context(ctx.text, anchor, ctx.sentence_starts, ctx.sentences)
            again = _read_again(c, told)
            if again is not None and again.value is not None and again.value != c.value:
                c.type, c.value, c.mod, c.rule = again.type, again.value, again.mod, _marked(c.rule)
        if c.rule in EXPLICIT_RULES and c.value and RX_DAY.match(c.value):
            try:
                anchor = dt.date.fromisoformat(c.value[:10])
            except ValueError:
                pass


def _unresolved(c: Cand) -> bool:
    """Whether a candidate's value waits for a reference day (a SET's X placeholders do not)."""
    return c.type in ("DATE", "TIME") and c.anaphor is None and (c.value is None or "X" in c.value)


def _read_again(c: Cand, ctx: Context) -> Cand | None:
    """The candidate its match gives against another reference day, or None (no origin, no
    candidate, or another span)."""
    if c.origin is None:
        return None
    handler, m = c.origin
    try:
        again = handler(m, ctx)
    except (ValueError, OverflowError, KeyError):
        return None
    # A handler may give two candidates (a range: "two to three years"): the one on c's span.
    for one in again if isinstance(again, list) else [again] if again is not None else []:
        if trim(ctx.text, one) and (one.start, one.end) == (c.start, c.end):
            return one
    return None


def _marked(rule: str) -> str:
    return rule if rule.endswith(NARRATIVE) else rule + NARRATIVE


def _narrated_weekdays(chosen: list[Cand], ctx: Context) -> None:
    """Rule 3: a weekday with its time of day ("Tuesday afternoon", "Friday at 4 p.m.") that comes
    next after a full date in the same paragraph, that date over a week before publication: the
    first such weekday from that date on (the story goes on from the day it told)."""
    text = ctx.text
    for i in range(1, len(chosen)):
        c, told = chosen[i], chosen[i - 1]
        # (Without a publication date rule 1 has read the weekday against the date before it: its
        # rule says so, and a timed weekday after that date goes on from it all the same.)
        if c.rule not in ("weekday", "weekday" + NARRATIVE) or c.origin is None or told.rule not in EXPLICIT_RULES \
                or not told.value \
                or not RX_DAY.match(told.value) or "\n" in text[told.end:c.start]:
            continue
        m = c.origin[1]
        if m.re is not RX_WEEKDAY or m["rel"] or m["pos"]:
            continue  # "last Tuesday", "early Tuesday": counted from publication
        timed = m["part"] is not None or (i + 1 < len(chosen) and chosen[i + 1].floating
                                          and RX_DAY_BEFORE_GAP.fullmatch(text, c.end, chosen[i + 1].start) is not None)
        if not timed:
            continue
        try:
            day = dt.date.fromisoformat(told.value[:10])
        except ValueError:
            continue
        if ctx.dct is not None and (ctx.dct - day).days <= 7:
            continue  # a date of the publication week: the weekday is counted from publication
        wd = WEEKDAYS.get(m["wd"].lower())
        if wd is None:
            continue
        weekday = day + dt.timedelta(days=(wd - day.weekday()) % 7)
        if weekday.isoformat() != c.value:
            c.value, c.rule = weekday.isoformat(), _marked(c.rule)


def _anaphora(chosen: list[Cand], ctx: Context, unresolved: bool = False) -> None:
    """Rule 2: days, weeks, months and years counted from the last the story named shortly before
    (a year: the last written out); with ``unresolved``, only those still without a value, a time
    of day the story gave its day naming that day now."""
    day: tuple[int, str] | None = None  # where the last day named ends, and that day
    week: tuple[int, str] | None = None
    month: tuple[int, str] | None = None
    year: tuple[int, str] | None = None
    text = ctx.text
    for c in chosen:
        if c.anaphor is not None and not (unresolved and c.value is not None):
            unit, n = c.anaphor
            if unit == "D" and month is not None and (day is None or month[0] > day[0]):
                # "The mill burned down last October ... arrested that same day": a day of that
                # month (a bare "that day" after a month may be any day: "sales jump that day").
                if c.start - month[0] <= ANAPHOR_REACH[unit] and c.same:
                    c.value = month[1] + "-XX"
            else:
                named = {"D": day, "W": week, "M": month, "Y": year}[unit]
                counted = _counted(named, c, unit, n)
                if counted is not None and unit in ("M", "Y") and _after_publication(counted, ctx) \
                        and tense(ctx, c.start, c.end) == "past":
                    counted = None  # "The plan runs to 2030. Officials said the next year ...": no past to tell
                if counted is not None:
                    c.value = counted
                    if unit != "D":
                        c.rule = _marked(c.rule)
        if (c.floating and not (unresolved and c.rule.endswith(NARRATIVE))) or c.type not in ("DATE", "TIME") \
                or not c.value:
            continue  # a time of day without its day names no day (until the story gave it one)
        if len(c.value) >= 4 and c.value[:4].isdigit() and c.value[:4] in text[c.start:c.end]:
            # A year written out: "yesterday", "a year ago" name no year the story is about.
            year = (c.end, c.value[:4])
        if RX_DAY.match(c.value):
            day = week = month = (c.end, c.value[:10])
        elif RX_WEEK.fullmatch(c.value):
            week = (c.end, c.value)
        elif RX_MONTH.fullmatch(c.value):
            month = (c.end, c.value)


def _after_publication(value: str, ctx: Context) -> bool:
    """Whether a month or year (``2031``, ``2031-04``) comes after publication's."""
    return ctx.dct is not None and value > ctx.dct.isoformat()[:len(value)]


def _counted(named: tuple[int, str] | None, c: Cand, unit: str, n: int) -> str | None:
    """The day, week, month or year n units from the one named, or None when none was named within reach."""
    if named is None or c.start - named[0] > ANAPHOR_REACH[unit]:
        return None
    value = named[1]
    try:
        if unit == "Y":
            return f"{int(value) + n:04d}" if 0 < int(value) + n <= 9999 else None
        if unit == "M":
            y, mo = add_months(int(value[:4]), int(value[5:7]), n)
            return f"{y:04d}-{mo:02d}"
        if RX_WEEK.fullmatch(value):
            day = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        else:
            day = dt.date.fromisoformat(value)
        if unit == "W":
            return iso_week(day + dt.timedelta(weeks=n))
        return (day + dt.timedelta(days=n)).isoformat()
    except (ValueError, OverflowError):
        return None


def _attached(chosen: list[Cand], ctx: Context) -> None:
    """Rule 4: a time of day without its day takes the day written next to it, else the one day
    its sentence names, else, in a past clause of a sentence that names no day, the day of the
    occasion the report is about."""
    text = ctx.text
    # The days each sentence names, read once: only candidates that are no floating time of day
    # name a day, and this pass changes only those that are, so one read serves every time.
    by_sentence: dict[int, set[str]] | None = None
    occasion: list[str | None] = []  # the occasion's day, once asked for
    for i, c in enumerate(chosen):
        if not c.floating or not c.value:
            continue
        day = None
        if i > 0 and RX_DAY_BEFORE_GAP.fullmatch(text, chosen[i - 1].end, c.start):
            day = _day_of(chosen[i - 1])
        if day is None and i + 1 < len(chosen) and RX_DAY_AFTER_GAP.fullmatch(text, c.end, chosen[i + 1].start):
            day = _day_of(chosen[i + 1])
        if day is None:
            if by_sentence is None:
                by_sentence = _sentence_days(chosen, ctx)
            days = by_sentence.get(_sentence_of(c.start, ctx), set())
            day = next(iter(days)) if len(days) == 1 else None if days else ""
        if day == "" and ctx.dct is not None and tense(ctx, c.start, c.end) == "past":
            if not occasion:
                occasion.append(_occasion(chosen, ctx))
            day = occasion[0]
        if day and day != c.value[:10]:
            c.value, c.rule = day + c.value[10:], _marked(c.rule)


def _occasion(chosen: list[Cand], ctx: Context) -> str | None:
    """The day of the occasion a report is about: the first day its lead (first ``LEAD``
    sentences) names other than the publication day, when one to seven days before it."""
    if ctx.dct is None:
        return None
    lead_end = ctx.sentence_starts[LEAD] if len(ctx.sentence_starts) > LEAD else len(ctx.text)
    for c in chosen:
        if c.start >= lead_end:
            break
        day = _day_of(c)
        if day is None or day[0] == "X" or day == ctx.dct.isoformat():
            continue
        try:
            gap = (ctx.dct - dt.date.fromisoformat(day)).days
        except ValueError:
            return None
        return day if 1 <= gap <= OCCASION_DAYS else None
    return None


def _sentence_of(offset: int, ctx: Context) -> int:
    return bisect.bisect_right(ctx.sentence_starts, offset) - 1


def _sentence_days(chosen: list[Cand], ctx: Context) -> dict[int, set[str]]:
    """The days each sentence names ("the rocket lifted off Saturday from the coast at 09:40 GMT"),
    by sentence number; a sentence naming none is absent."""
    days: dict[int, set[str]] = {}
    for c in chosen:
        day = _day_of(c, anaphor=False)
        if day is not None:
            days.setdefault(_sentence_of(c.start, ctx), set()).add(day)
    return days


def _day_of(c: Cand, anaphor: bool = True) -> str | None:
    """The day a mention names (its year perhaps unknown), or None; with ``anaphor`` False, none
    for an anaphor ("the next day" is no day a sentence is about)."""
    if c.floating or c.type not in ("DATE", "TIME") or not c.value or not RX_SOME_DAY.match(c.value) \
            or (c.anaphor is not None and not anaphor):
        return None
    return c.value[:10]
