"""Rules for days and times of day: handlers of the ``iso``, ``numeric``, ``calendar``, ``clock``,
``weekday``, ``deictic``, ``holiday``, ``weekend``, ``week-of`` rules (see ``rules`` for their order).

Each handler takes its pattern's match and the context and returns a candidate, or None when the
match is no time expression (a lower-case "may", "USA Today", "High Noon", a surname "Christmas").
A day without its year resolves against the publication date in the direction of the clause's
tense (``tense``); without a publication date the value keeps X placeholders (``XXXX-11-15``).
"""
from __future__ import annotations

import datetime as dt
import re

from ..lexicon.calendar import MONTH_FULL as FULL_MONTH_NAMES
from ..lexicon.calendar import (CLOCK_WORDS, DAY_ORDINAL_WORDS, DEICTIC_DAYS, MONTHS, PARTS_OF_DAY, TIME_MODIFIERS,
                                UTC_ZONES, WEEKDAY_ABBR, WEEKDAYS)
from ..lexicon.dates import (DATE_PREPOSITIONS, MONTH_LEAD_WORDS, ORDINAL_DAY_FOLLOWERS, ORDINAL_DAY_LEADS,
                             PUBLISHED_CUES, STAMP_CUE_LEADS, UPDATED_CUES, GENERIC_NOW_NOUNS)
from ..lexicon.grammar import ARTICLES, DETERMINERS
from ..lexicon.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from ..lexicon.titles import HONORIFICS, TITLE_WORDS
from ..lexicon.verbs import MODAL_FOLLOWERS
from .context import Cand, Context, cand, sentence_initial
from .normalise import (day_number, holiday_on, iso_week, lower_words, month_day, nearest_day, nearest_month,
                        position_mod, valid_day, weekday_date, weekday_year)
from .patterns import (RX_CAPITAL_AFTER, RX_CAPITAL_BEFORE, RX_CLAUSE_BREAK, RX_HIGH_BEFORE, RX_MONTH_NAMED,
                       RX_NAME_WORD_AFTER, RX_OF_AFTER, RX_ORDINAL_WORD_DAY, RX_RECURRING, RX_THE_BEFORE, RX_WORD_AFTER,
                       RX_WORD_BEFORE)
from .tense import RX_PLAIN_FUTURE_BEFORE, tense


def iso_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1900 <= y <= 2100 and valid_day(y, mo, d)):
        return None
    if m["hh"]:
        zone = "Z" if m["z"] else ""  # UTC is written Z in a TIMEX3 value, as after a clock time
        return cand(m, "TIME", f"{y:04d}-{mo:02d}-{d:02d}T{m['hh']}:{m['mm']}{zone}", None, "iso")
    return cand(m, "DATE", f"{y:04d}-{mo:02d}-{d:02d}", None, "iso")


def numeric_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    y = int(m["y"])
    if len(m["y"]) == 2:
        y += 1900 if y > 30 else 2000
    mo, d = (int(m["m"]), int(m["d"])) if m["m"] else (int(m["m0"]), int(m["d0"]))
    if not (1900 <= y <= 2100 and valid_day(y, mo, d)):
        return None
    return cand(m, "DATE", f"{y:04d}-{mo:02d}-{d:02d}", None, "numeric")


def calendar_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    month_word = m["m1"] or m["m2"] or m["m3"]
    day_word = m["d1"] or m["d2"]
    day = day_number(day_word) if day_word else None
    year = int(m["y"] or m["ry2"]) if (m["y"] or m["ry2"]) else None
    start, end = m.start(), m.end()
    if not month_word[0].isupper():
        return None  # "may", "march" in lower case are the verb/noun
    if len(month_word) <= 4 and month_word.lower() not in ("may", "june", "july") and day is None and year is None:
        return None  # "Mar", "Dec" alone: too ambiguous
    rel = lower_words(m["rel"]) or None
    if m["ry"] and ctx.dct is not None:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[lower_words(m["ry"])]
    if day is None and year is None and not _month_alone_ok(m, month_word, ctx):
        return None
    if m["m3"] and m["m3"].lower() == "may" and year is None and m["wd"] is None:
        if not _month_alone_ok(m, month_word, ctx):
            return None
    # The period after an abbreviation belongs to it only when the month is abbreviated.
    if day is None and year is None and ctx.text[end - 1] == "." and month_word.lower() in FULL_MONTH_NAMES:
        end -= 1
    the = RX_THE_BEFORE.search(ctx.text, max(0, start - 5), start) if m["d2"] and start == m.start("d2") else None
    if the and m["d2"][-2:].lower() in ("st", "nd", "rd", "th"):
        start = the.start()  # "the 26th of September": TimeML keeps the determiner (not "the 4 July parade")
    if m["wd"] and start == m.start("wd") and _name_ends_in_weekday_abbreviation(ctx.text, m):
        start = m.start("m1") if m["m1"] else m.start("d2") if m["d2"] else m.start("m3")
    if rel in ("that", "past") and day is not None:
        start = m.start("wd") if m["wd"] else m.start("m1") if m["m1"] else m.start("d2")
        rel = None
    if rel == "past":
        return None
    value = _calendar_value(m, ctx, MONTHS[month_word.lower()], day, year, rel, start, end)
    if value is None:
        return None
    mod = position_mod(m["pos"]) or ("APPROX" if m["approx"] else None)
    return Cand(start, end, "DATE", value, mod, "calendar")


# The noun after "today's", the noun before "of today" (``_generic_day``).
RX_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
RX_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+\Z")

# Capitalised words before a dateline's weekday that are no name ("Updated Sun, May 4").
STAMP_WORDS = frozenset(PUBLISHED_CUES + UPDATED_CUES) | STAMP_CUE_LEADS


def _name_ends_in_weekday_abbreviation(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday that opens a calendar match is the last word of a name: an abbreviation
    right after a capitalised word ("the Toronto Sun, May 4, 2019", "Edmonton Sun, August 16"), not
    a dateline's weekday ("Sun, May 4, 2019", "Updated Sun, May 4", "On Sun, May 4")."""
    wd = m["wd"]
    if wd.rstrip(".").lower() not in WEEKDAY_ABBR:
        return False
    i = m.start("wd")
    if i < 2 or text[i - 1] != " ":
        return False
    j = i - 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i - 1]
    return (len(word) > 1 and word[0].isupper() and not word.isupper() and word.lower() not in DATE_PREPOSITIONS
            and word.lower() not in STAMP_WORDS)


def _calendar_value(m: re.Match[str], ctx: Context, month: int, day: int | None, year: int | None,
                    rel: str | None, start: int, end: int) -> str | None:
    """The value of a calendar date; a missing year comes from the publication date and tense."""
    if day is None:
        if year is not None:
            return f"{year:04d}-{month:02d}"
        if ctx.dct is not None:
            return nearest_month(ctx.dct, month, tense(ctx, start, end), rel)
        return f"XXXX-{month:02d}"
    if year is not None:
        return f"{year:04d}-{month:02d}-{day:02d}" if valid_day(year, month, day) else None
    if ctx.dct is None:
        return f"XXXX-{month:02d}-{day:02d}"
    if not valid_day(2000, month, day):
        return None
    value = nearest_day(ctx.dct, month, day, tense(ctx, start, end))
    if m["wd"]:
        value = weekday_year(ctx.dct, month, day, WEEKDAYS[m["wd"].lower().rstrip(".")]) or value
    return value


def ordinal_day_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    """A day by its ordinal: "the first of March" (an ordinal word needs its month), "on the 8th"
    (a bare one needs a preposition of time before it and no noun after it: "the 8th grade", "the
    2nd floor", "finished 8th" are ranks). A bare ordinal day is of the month the text is about: the
    month its paragraph named last before it ("In March ... on the 8th"), else publication's, in
    the direction of the clause's tense as a bare weekday is."""
    text = ctx.text
    if m.re is RX_ORDINAL_WORD_DAY:
        if not m["m"][0].isupper():
            return None  # "the first of may": no month
        day = DAY_ORDINAL_WORDS[lower_words(m["dw"])]
        return _day_of(m, ctx, MONTHS[m["m"].lower()], int(m["y"]) if m["y"] else None, day)
    day = day_number(m["d"])
    prev = RX_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if prev is None or prev.group(1).lower() not in ORDINAL_DAY_LEADS or m.start() - prev.end(1) > 2:
        return None
    nxt = RX_WORD_AFTER.search(text[m.end():m.end() + 30])
    if nxt is not None and text[m.end():m.end() + nxt.start(1)].strip(" \t") == "" \
            and nxt.group(1).lower() not in ORDINAL_DAY_FOLLOWERS:
        return None  # a word right after it is the noun it ranks: "on the 2nd floor", "by the 3rd round"
    named, named_year = _month_named_before(text, m.start())
    if named is None:
        value = month_day(ctx.dct, day, tense(ctx, m.start(), m.end())) if ctx.dct else f"XXXX-XX-{day:02d}"
        return cand(m, "DATE", value, None, "calendar") if value else None
    return _day_of(m, ctx, named, named_year, day)


def _day_of(m: re.Match[str], ctx: Context, month: int, year: int | None, day: int) -> Cand | None:
    """The candidate of a day of a month, its year from publication and tense when not given."""
    if year is not None:
        return cand(m, "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, "calendar") \
            if valid_day(year, month, day) else None
    if not valid_day(2000, month, day):
        return None
    if ctx.dct is None:
        return cand(m, "DATE", f"XXXX-{month:02d}-{day:02d}", None, "calendar")
    return cand(m, "DATE", nearest_day(ctx.dct, month, day, tense(ctx, m.start(), m.end())), None, "calendar")


def _month_named_before(text: str, pos: int) -> tuple[int | None, int | None]:
    """The month (and its year, if written) last named in the paragraph before pos, within 300
    characters: a capitalised month name with a day or a year, or a full name other than "May"
    and "March" (a verb, a noun alone)."""
    lo = max(0, pos - 300)
    para = text.rfind("\n\n", lo, pos)
    found: tuple[int | None, int | None] = (None, None)
    for mm in RX_MONTH_NAMED.finditer(text, para + 2 if para >= 0 else lo, pos):
        word = mm["m"]
        if not word[0].isupper():
            continue
        if not (mm["d"] or mm["y"]) and (word.lower() not in FULL_MONTH_NAMES or word.lower() in ("may", "march")):
            continue
        found = (MONTHS[word.lower()], int(mm["y"]) if mm["y"] else None)
    return found


def second_day_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if not m["m"][0].isupper():
        return None
    month = MONTHS[m["m"].lower()]
    d1, d2 = (day_number(m[g]) for g in ("d1", "d2"))
    if not (d1 < d2 and valid_day(2000, month, d2)):
        return None
    if ctx.dct is None:
        value = f"XXXX-{month:02d}-{d2:02d}"
    else:
        value = nearest_day(ctx.dct, month, d2, tense(ctx, m.start(), m.end()))
    if m["y"]:
        value = f"{m['y']}-{month:02d}-{d2:02d}"
    return cand(m, "DATE", value, None, "calendar", start=m.start("d2"))


def _month_alone_ok(m: re.Match[str], month_word: str, ctx: Context) -> bool:
    """A month name with neither day nor year: a date only after a preposition or modifier."""
    if m["pos"] or m["rel"]:
        return True
    prev = RX_WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    prev_word = prev.group(1).lower() if prev else ""
    low = month_word.lower()
    if low in ("may", "march"):
        if prev_word in MONTH_LEAD_WORDS:
            nxt = RX_WORD_AFTER.search(ctx.text[m.end():m.end() + 30])
            return not (nxt and nxt.group(1).lower() in MODAL_FOLLOWERS)
        return False
    return True


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands in a run of capitalised words (a title or a name), not at
    a sentence start: "the film High Noon", "the Midnight Express line"; not "Noon came"."""
    if not text[start].isupper():
        return False
    before = RX_CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    after = RX_CAPITAL_AFTER.match(text, end, end + 3)
    if before is not None and not sentence_initial(text, before.start(), quotes=False):
        return True
    return after is not None and not sentence_initial(text, start, quotes=False)


# Capitalised words that may follow a day without making a name of it: "Tuesday Nov. 15", "on
# Monday President Jane Doe said", "Sunday Mary Smith said".
_NOT_NAME_HEADS = frozenset(MONTHS) | frozenset(WEEKDAYS) | TITLE_WORDS | HONORIFICS | FEMALE_GIVEN_NAMES \
    | MALE_GIVEN_NAMES | frozenset(PARTS_OF_DAY)


def _heads_a_name(text: str, start: int, end: int) -> bool:
    """Whether a day word opens a name: followed by a capitalised name word, with an article or
    the sentence start or a capitalised word before it ("The Sunday Times", "the Good Friday
    Agreement", "the Tuesday Group"); "said Tuesday Prime Minister ..." and "Black Monday" stay days."""
    after = RX_NAME_WORD_AFTER.match(text, end, end + 40)
    if after is None or after.group(1).lower() in _NOT_NAME_HEADS:
        return False
    if sentence_initial(text, start):
        return True
    prev = RX_WORD_BEFORE.search(text, max(0, start - 30), start)
    if prev is None or start - prev.end(1) > 1:
        return False
    # after a determiner, or inside a run of capitalised words ("the Good Friday Agreement")
    return prev.group(1).lower() in ARTICLES or prev.group(1)[0].isupper()


def clock_mention(m: re.Match[str], ctx: Context) -> Cand | list[Cand] | None:
    found = _clock24_mention(m, ctx) if m["h5"] else _clock_mention(m, ctx)
    if found is None:
        return None
    for c in found if isinstance(found, list) else [found]:
        if c.floating and c.value and _recurring_clause(ctx.text, c.start, c.end):
            # "opens at 8.30am on Saturdays", "trains leave at 6 a.m. every weekday": a time of any
            # such day (TIMEX3 lets a TIME's day be unknown), not of the publication day.
            c.value = "XXXX-XX-XX" + c.value[c.value.index("T"):]
            c.floating = False
    return found


def _recurring_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause of a clock time says it recurs: a recurring day within a few words after
    or before it, with no sentence break or semicolon between ("at 6 a.m. every weekday",
    "On Saturdays the market opens at 8 a.m.")."""
    after = RX_RECURRING.search(text, end, min(len(text), end + 45))
    ends_sentence = text[end - 1:end] == "." and RX_CAPITAL_AFTER.match(text, end, end + 3) is not None
    if after is not None and not ends_sentence and not RX_CLAUSE_BREAK.search(text, end, after.start()):
        return True
    last = None
    for last in RX_RECURRING.finditer(text, max(0, start - 45), start):
        pass
    return last is not None and not RX_CLAUSE_BREAK.search(text, last.end(), start)


def _clock_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    day_word = m["day"] or m["day2"]
    if m["h24"] or m["h4"]:
        day = _clock_day(ctx, m["day3"], m)
        tz = m["tz2"] or m["tz4"]
        zone = "Z" if tz and tz.upper() in UTC_ZONES else ""
        hh, mi = (int(m["h24"]), m["m24"]) if m["h24"] else (int(m["h4"]), m["m4"])
        c = cand(m, "TIME", f"{day}T{hh:02d}:{mi}{zone}", None, "clock", start=m.start("h24" if m["h24"] else "h4"))
        c.floating = not m["day3"]
        return c
    if m["word"] and _in_title(ctx.text, m.start("word"), m.end()):
        return None  # "High Noon", "Midnight Express": a capitalised time word inside a title
    if m["word"] and RX_HIGH_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()):
        return None  # "high noon" is the idiom of a showdown, no clock time
    if m["word"] and m["word"].lower() == "midnight" and not day_word:
        c = cand(m, "TIME", _clock_day(ctx, day_word, m) + "T24:00", None, "clock")
        c.floating = True
        return c
    hour = _clock_hour(m)
    if hour is None:
        return None
    hh, mi = hour
    day = _clock_day(ctx, day_word, m)
    if m["cm"]:
        month, dd = MONTHS[m["cm"].lower()], day_number(m["cd"])
        if not valid_day(2000, month, dd):
            return None
        day = nearest_day(ctx.dct, month, dd, tense(ctx, m.start(), m.end())) if ctx.dct else f"XXXX-{month:02d}-{dd:02d}"
    # Of the hedges, "about", "around", "approximately" are part of the time (APPROX).
    mod = TIME_MODIFIERS.get(lower_words(m["mod"])) if m["mod"] else None
    zone = "Z" if m["tz"] and m["tz"].upper() in UTC_ZONES else ""
    if m["mod"] and mod is None and not zone:
        # "shortly before 5 p.m.": the hedge is not part of the time.
        c = cand(m, "TIME", f"{day}T{hh:02d}:{mi:02d}", None, "clock", start=m.start("h"))
    else:
        c = cand(m, "TIME", f"{day}T{hh:02d}:{mi:02d}{zone}", mod, "clock")
    # A time without its day ("at 4 p.m.") takes the publication day unless the story gives one.
    c.floating = not (day_word or m["cm"])
    return c


def _clock_hour(m: re.Match[str]) -> tuple[int, int] | None:
    """Hour (0-24) and minute of a clock time ("5:30 p.m.", "4 in the afternoon", "noon"), or None."""
    if m["word"]:
        return CLOCK_WORDS[m["word"].lower()], 0
    hh = int(m["h"])
    mi = int(m["mi"]) if m["mi"] else 0
    ap = m["ap"].lower()
    if hh > 12 or hh == 0:
        return None
    if ap.endswith(("afternoon", "evening")) or (ap.endswith("night") and hh >= 6):
        ap = "pm"  # "4 in the afternoon"
    elif ap.endswith(("morning", "night")):
        ap = "am"
    if ap.startswith("p") and hh != 12:
        hh += 12
    elif ap.startswith("a") and hh == 12:
        hh = 0
    return hh, mi


def _clock_day(ctx: Context, day_word: str | None, m: re.Match[str]) -> str:
    if ctx.dct is None:
        return "XXXX-XX-XX"
    if not day_word:
        return ctx.dct.isoformat()
    w = lower_words(day_word)
    # "10:33pm last night", "6 a.m. this morning", "9 a.m. yesterday morning": the day's word decides.
    w = "yesterday" if w == "last night" else "today" if w.startswith("this ") else w.split()[0]
    if w in DEICTIC_DAYS:
        return (ctx.dct + dt.timedelta(days=DEICTIC_DAYS[w])).isoformat()
    return weekday_date(ctx.dct, WEEKDAYS[w], tense(ctx, m.start(), m.end()), None).isoformat()


def weekday_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    wd_word = m["wd"]
    if not wd_word[0].isupper():
        return None
    if not m["rel"] and not m["pos"] and not m["part"] and _heads_a_name(ctx.text, m.start("wd"), m.end("wd")):
        return None  # "The Sunday Times": a name
    rel = lower_words(m["rel"]) or None
    start = m.start()
    wd = WEEKDAYS[wd_word.lower()]
    mod = position_mod(m["pos"])
    end = m.end()
    possessive = m.group().endswith("'s") and not m["part"]
    if possessive:
        end -= 2
    if ctx.dct is None:
        value = "XXXX-WXX-" + str(wd + 1)
    else:
        when = tense(ctx, start, end)
        if not possessive and RX_BE_ON_BEFORE.search(ctx.text, max(0, start - 12), start):
            # "the hearing is on Sunday", "Game 5 is Tuesday": a present "is" that names the day of an
            # occasion schedules it, even in a reported clause ("said the vote is Friday").
            when = "future"
        if possessive and when == "future" and not RX_PLAIN_FUTURE_BEFORE.search(ctx.text, max(0, start - 60), start):
            # "lawyers seek to overturn Friday's verdict": an event named by its day has taken place,
            # unless the clause itself looks ahead ("ahead of Sunday's vote", "will attend Friday's").
            when = "past"
        value = weekday_date(ctx.dct, wd, when, rel).isoformat()
    # "Thursday night" keeps its part of day in the span but is valued as the day: news corpora
    # (GUM, most of AQUAINT) anchor it to the calendar day, and events are dated by the day.
    return Cand(start, end, "DATE", value, mod, "weekday")


# Right before a weekday: a present "is" / "are" (and "on"), the copula of a timetable.
RX_BE_ON_BEFORE = re.compile(r"\b(?:is|are)\s+(?:on\s+)?\Z")


# Before a part of the day, the words that count it from the day the story named last (in days).
ANAPHORIC_PARTS = {"that": 0, "that same": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1}


def deictic_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if m["word"] and m["word"][0] == "T" and not m["pos"] and not sentence_initial(ctx.text, m.start()):
        return None  # "USA Today", "Business Today": a title
    mod = position_mod(m["pos"]) if m["pos"] and lower_words(m["pos"]) in ("early", "late") else None
    if m["pos"] and lower_words(m["pos"]) in ("earlier", "later"):
        mod = "START" if lower_words(m["pos"]) == "earlier" else "END"
    word = lower_words(m["word"] or m["rel"] or "")
    part = m["part"] or m["part2"]
    if word in ANAPHORIC_PARTS:
        # "that afternoon", "the next morning": the day the story named last, or the one after it
        # (the narrative pass; unknown when it named none), valued as the day like "Friday night".
        return Cand(m.start(), m.end(), "DATE", None, mod, "relative-day", anaphor=("D", ANAPHORIC_PARTS[word]))
    if m["dbefore"]:
        off = -2 if "before" in lower_words(m["dbefore"]) else 2
    else:
        off = -1 if word == "last" else DEICTIC_DAYS.get(word, 0)  # "this morning", "last night"
    if word == "last" and lower_words(part) != "night":
        return None  # "last morning" is not news English
    if word in ("today", "tomorrow") and not part and not m["pos"] and _generic_day(ctx.text, m.start(), m.end()):
        return None  # "today's youth", "the cities of tomorrow": now or the future in general
    end = m.end()
    if m.group().lower().endswith("'s"):
        end -= 2
    day = (ctx.dct + dt.timedelta(days=off)).isoformat() if ctx.dct else None
    if word == "tonight" or (part and lower_words(part) in ("night", "overnight") and word == "last"):
        part = "night"
    if part:
        code = PARTS_OF_DAY[lower_words(part)]
        return Cand(m.start(), end, "TIME", f"{day}T{code}" if day else None, mod, "deictic")
    return Cand(m.start(), end, "DATE", day, mod, "deictic")


def _generic_day(text: str, start: int, end: int) -> bool:
    """Whether "today" or "tomorrow" at text[start:end] means the present or the future in general:
    a possessive before a generic noun ("today's youth", "tomorrow's workforce") or "of" after one
    ("the cities of tomorrow"); not "today's vote", "as of today", "the events of today"."""
    if text[end:end + 2].lower() in ("'s", "\u2019s"):
        end += 2
    if text[end - 2:end].lower() in ("'s", "\u2019s"):
        after = RX_NEXT_WORD.match(text, end)
        return after is not None and after.group(1).lower() in GENERIC_NOW_NOUNS
    before = RX_OF_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in GENERIC_NOW_NOUNS


def holiday_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if not m["h"][0].isupper():
        return None
    prev = RX_WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if not m["rel"] and prev and prev.group(1)[0].isupper() \
            and prev.group(1).lower() not in DATE_PREPOSITIONS | DETERMINERS \
            and m.start() - prev.end(1) <= 1 and not sentence_initial(ctx.text, prev.start(1)):
        return None  # "Nell Christmas": a surname
    if not m["rel"] and not m["y"] and not m["week"] and _heads_a_name(ctx.text, m.start("h"), m.end("h")):
        return None  # "the Good Friday Agreement": a name
    name = lower_words(m["h"]).replace("\u2019", "'")
    if name == "may day" and m["h"].split()[-1] != "Day":
        return None  # "the first May day of sun": only "May Day" names May 1
    if m["y"]:
        day = holiday_on(name, int(m["y"]))
    elif ctx.dct is None:
        return cand(m, "DATE", None, None, "holiday")
    else:
        day = _holiday_near(m, ctx, ctx.dct, name)
    if m["week"]:
        return cand(m, "DATE", iso_week(day), None, "holiday")
    return cand(m, "DATE", day.isoformat(), None, "holiday")


def _holiday_near(m: re.Match[str], ctx: Context, dct: dt.date, name: str) -> dt.date:
    """The holiday of the year before, of or after publication that the clause's tense points at."""
    rel = lower_words(m["rel"]) or None
    options = [holiday_on(name, y) for y in (dct.year - 1, dct.year, dct.year + 1)]
    when = {"last": "past", "next": "future"}.get(rel or "", None) or tense(ctx, m.start(), m.end())
    past = [d for d in options if d <= dct]
    future = [d for d in options if d >= dct]
    if rel == "this":
        return options[1]
    if when == "future":
        return min(future)
    if when == "past" and not (m["week"] and min(future) - dct <= dt.timedelta(days=7)):
        return max(past)
    # A holiday week under way ("as Easter week gets under way") is the nearest one.
    nearest = options[0]
    for d in options[1:]:
        if abs((d - dct).days) < abs((nearest - dct).days):
            nearest = d
    return nearest


def weekend_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if ctx.dct is None:
        return cand(m, "DATE", "XXXX-WXX-WE", None, "weekend")
    wd = ctx.dct.weekday()
    if tense(ctx, m.start(), m.end()) == "future":
        sat = ctx.dct + dt.timedelta(days=(5 - wd) % 7) if wd < 5 else ctx.dct
    else:
        sat = ctx.dct - dt.timedelta(days=(wd - 5) % 7) if wd >= 5 else ctx.dct - dt.timedelta(days=wd + 2)
    return cand(m, "DATE", iso_week(sat) + "-WE", position_mod(m["pos"]), "weekend")


def week_of_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    if not m["m"][0].isupper():
        return None
    month, day = MONTHS[m["m"].lower()], day_number(m["d"])
    if m["y"]:
        year = int(m["y"])
    elif ctx.dct is not None:
        if not valid_day(2000, month, day):
            return None
        year = int(nearest_day(ctx.dct, month, day, tense(ctx, m.start(), m.end()))[:4])
    else:
        return cand(m, "DATE", "XXXX-WXX", None, "week-of")
    if not valid_day(year, month, day):
        return None
    return cand(m, "DATE", iso_week(dt.date(year, month, day)), None, "week-of")


def part_of_day_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    off = DEICTIC_DAYS.get(lower_words(m["day"]), 0)
    day = (ctx.dct + dt.timedelta(days=off)).isoformat() if ctx.dct else "XXXX-XX-XX"
    code = PARTS_OF_DAY[m["part"].lower()]
    c = cand(m, "TIME", f"{day}T{code}", position_mod(m["pos"]), "deictic")
    c.floating = not m["day"]  # "in late afternoon": of the day the story is telling
    return c


def early_hours_mention(m: re.Match[str], ctx: Context) -> Cand | None:
    """The hours after midnight of a day ("the early hours of Saturday", "in the small hours"): a
    TIME of the day's night (TIMEX3 has no code for the hours before dawn; they are dark, and NI
    keeps the value a time of that very day, as "tonight" is); without a day, the day the story
    is telling (floating)."""
    if m["wd"] and not m["wd"][0].isupper():
        return None
    if RX_OF_AFTER.match(ctx.text, m.end()):
        return None  # "the early hours of the war": its first hours, no time of day
    if m["wd"]:
        day = weekday_date(ctx.dct, WEEKDAYS[m["wd"].lower()], tense(ctx, m.start(), m.end()), None).isoformat() \
            if ctx.dct else None
    elif m["day"]:
        day = (ctx.dct + dt.timedelta(days=DEICTIC_DAYS[m["day"].lower()])).isoformat() if ctx.dct else None
    else:
        day = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    c = cand(m, "TIME", f"{day}TNI" if day else None, None, "deictic")
    c.floating = not (m["wd"] or m["day"])
    return c


# Words before a 24-hour time without "at" that make it one ("by 16:00", "until 23:59").
CLOCK24_LEADS = frozenset("by until till before after from between since starting through".split())


def _clock24_mention(m: re.Match[str], ctx: Context) -> list[Cand] | None:
    """A 24-hour time without "at" ("by 16:00", "16:00 local time", "from 09:00 to 17:00": two),
    a TIME of its day: the day named after it, else the publication day until the story gives one
    (floating). A word of time before it, a zone after it or a range says it is a clock time."""
    if not m["tz5"] and not m["h6"]:
        prev = RX_WORD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        if prev is None or prev.group(1).lower() not in CLOCK24_LEADS or m.start() - prev.end(1) > 1:
            return None
    day = _clock_day(ctx, m["day5"], m)
    found = []
    for h, mi, tz in (("h5", "mi5", "tz5"), ("h6", "mi6", "tz6")):
        if not m[h]:
            continue
        zone = "Z" if m[tz] and m[tz].upper() in UTC_ZONES else ""
        c = cand(m, "TIME", f"{day}T{int(m[h]):02d}:{m[mi]}{zone}", None, "clock", start=m.start(h),
                 end=m.end(tz) if m[tz] else m.end(mi))
        c.floating = not m["day5"]
        found.append(c)
    if m["day5"]:
        found[-1].end = m.end()
    return found
