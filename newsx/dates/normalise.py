"""Normalisation: calendar arithmetic and TIMEX3 values, in the conventions of TimeML.

- words: ``lower_words`` (a matched phrase in lower case, spaces collapsed), ``count_value`` (a
  count phrase's number), ``position_mod``
  ("early" -> START, "late" -> END, "mid" -> MID), ``unit_letter`` ("years" -> Y, "hours" -> H);
- arithmetic: ``valid_day``, ``add_months``, ``shift`` (the period n units from a date, at the
  unit's granularity: 2022-12, 2022-W50, 2022-Q4, 202 for a decade), ``iso_week``,
  ``same_week_a_year_back``, ``quarter_of``;
- direction: a date given without its year or week resolves towards the tense of its clause:
  ``nearest_day``, ``nearest_month``, ``weekday_date``, ``weekday_year``, ``recent_quarter``;
- values: ``duration_value`` (P3Y, PT24H, P2Y6M, PXM), ``UNKNOWN`` (values without a publication
  date), ``quarter_number``, ``quarter_ending``;
- holidays: ``holiday_on`` (fixed days, n-th weekdays of a month, days counted from ``easter``).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..lexicon.calendar import EASTER_HOLIDAYS, FIXED_HOLIDAYS, MONTHS, POSITIONS, TIMEX_UNITS, WEEKDAY_HOLIDAYS
from ..doc.numbers import value_of
from ..lexicon.numbers import QUARTER_ORDINALS

RX_SPACES = re.compile(r"\s+")

def lower_words(s: str | None) -> str:
    """A matched phrase in lower case with its spaces collapsed ("" for None)."""
    return RX_SPACES.sub(" ", s.lower()) if s else ""


@lru_cache(maxsize=4096)
def count_value(phrase: str) -> int | float | None:
    """The value of a count phrase ("two", "24", "a couple of") by the document's number reader,
    cached: the same few counts recur in every text, and reading one is slow."""
    return value_of(phrase)


def position_mod(pos: str | None) -> str | None:
    """The TIMEX3 mod of a position inside a period ("early" -> START, "the end of" -> END)."""
    if not pos:
        return None
    pos = lower_words(pos)
    for word, mod in POSITIONS.items():
        if word in pos:
            return mod
    return None


def unit_letter(unit: str) -> str:
    """The TIMEX3 letter of a calendar unit ("years" -> Y, "hour" -> H, "weekend's" -> WE; X unknown)."""
    u = lower_words(unit).rstrip("'s") if unit.lower().endswith("'s") else lower_words(unit)
    return TIMEX_UNITS.get(u, TIMEX_UNITS.get(u.rstrip("s"), "X"))


def day_number(word: str) -> int:
    """The number of a day or ordinal written in digits ("15", "15th", "2nd")."""
    return int(word[:2]) if word[:2].isdigit() else int(word[:1])


def valid_day(y: int, m: int, d: int) -> bool:
    """Whether y-m-d is a day of the calendar."""
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def same_week_a_year_back(d: dt.date) -> str:
    """"the same week last year": the ISO week of the same number in the ISO year before (week 53
    of a year whose predecessor has 52 is its week 52). Not 52 weeks back, which lands a week off
    after a 53-week ISO year (2020, 2026); weekly figures (sales, deaths, claims) compare weeks of
    the same number."""
    y, w, _ = d.isocalendar()
    weeks = dt.date(y - 1, 12, 28).isocalendar()[1]  # 28 December is always in the year's last ISO week
    return f"{y - 1:04d}-W{min(w, weeks):02d}"


def quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def shift(dct: dt.date, unit: str, n: int) -> str | None:
    """The date n units away from dct, at the unit's granularity."""
    try:
        if unit == "D":
            return (dct + dt.timedelta(days=n)).isoformat()
        if unit == "W":
            return iso_week(dct + dt.timedelta(weeks=n))
        if unit == "M":
            y, m = add_months(dct.year, dct.month, n)
            return f"{y:04d}-{m:02d}"
        if unit == "Y":
            return f"{dct.year + n:04d}"
        if unit == "Q":
            y, q = quarter_of(dct)
            k = y * 4 + (q - 1) + n
            return f"{k // 4:04d}-Q{k % 4 + 1}"
        if unit == "DE":
            return f"{(dct.year // 10 + n):03d}"
        if unit == "CE":
            return f"{(dct.year // 100 + n):02d}"
        if unit == "WE":
            return iso_week(dct + dt.timedelta(weeks=n)) + "-WE"
        if unit in ("H", "MIN", "S"):
            return dct.isoformat()
    except (ValueError, OverflowError):
        return None
    return None


def nearest_day(dct: dt.date, month: int, day: int, tense: str | None) -> str:
    """The year of a month/day given without one: the closest such date consistent with tense."""
    options = [dt.date(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1) if valid_day(y, month, day)]
    if not options:
        return f"XXXX-{month:02d}-{day:02d}"
    closest = min(options, key=lambda d: abs((d - dct).days))
    if tense is None:
        pick = closest
    elif tense == "past":
        past = [d for d in options if d <= dct]
        pick = max(past) if past else closest
    else:
        future = [d for d in options if d >= dct]
        pick = min(future) if future else closest
    # A date far away in the tense's direction is less likely than a near one across it.
    if abs((pick - dct).days) > 240 and abs((closest - dct).days) < 60:
        pick = closest
    return pick.isoformat()


def month_day(dct: dt.date, day: int, tense: str | None) -> str | None:
    """The day of a month given without its month ("on the 8th"): of the publication month, or
    in a past clause the last such day on or before publication, in a future one the first on or
    after it (the convention of bare weekdays); None when no month near publication has that day."""
    step = -1 if tense == "past" else 1
    y, m = dct.year, dct.month
    for _ in range(3):  # a 31st may skip a month of 30 days
        if valid_day(y, m, day):
            d = dt.date(y, m, day)
            if tense is None or (tense == "past" and d <= dct) or (tense == "future" and d >= dct):
                return d.isoformat()
        y, m = add_months(y, m, step)
    return None


def nearest_month(dct: dt.date, month: int, tense: str | None, rel: str | None) -> str:
    """The year of a bare month: this year's unless tense or 'last'/'next' push it."""
    y = dct.year
    if rel == "last":
        # "last February" said in March is a year back: the month just gone would be "last month".
        y = y if month < dct.month - 1 else y - 1
    elif rel == "next":
        y = y if month > dct.month else y + 1
    elif rel is None:
        diff = month - dct.month
        if tense == "past" and diff > 0:
            y -= 1
        elif tense == "future" and diff < 0:
            y += 1
        elif tense is None and diff > 6:
            y -= 1
        elif tense is None and diff < -6:
            y += 1
    return f"{y:04d}-{month:02d}"


def weekday_date(dct: dt.date, wd: int, tense: str | None, rel: str | None) -> dt.date:
    """News convention: a bare weekday is the last one on or before publication (past tense) or
    the next one on or after it (future); 'last'/'next' skip the publication week's own day."""
    back = (dct.weekday() - wd) % 7
    fwd = (wd - dct.weekday()) % 7
    if rel == "last":
        return dct - dt.timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming"):
        return dct + dt.timedelta(days=fwd or 7)
    if rel == "this past":
        return dct - dt.timedelta(days=back or 7)
    if rel == "the previous":
        return dct - dt.timedelta(days=(back or 7) + 7)  # the one before last
    if rel == "the following":
        return dct + dt.timedelta(days=(fwd or 7) + 7)
    if tense == "future":
        return dct + dt.timedelta(days=fwd)
    return dct - dt.timedelta(days=back)


def weekday_year(dct: dt.date, month: int, day: int, wd: int) -> str | None:
    """'Tuesday, Nov. 15': the year near publication in which that day is that weekday."""
    for y in (dct.year, dct.year - 1, dct.year + 1):
        if valid_day(y, month, day) and dt.date(y, month, day).weekday() == wd:
            return f"{y:04d}-{month:02d}-{day:02d}"
    return None


def recent_quarter(dct: dt.date, q: int, tense: str | None) -> tuple[int, int]:
    """The year of 'the third quarter': the latest such quarter that has begun, unless future. In a
    future clause a quarter already gone is next year's ("expects to close the deal in Q1", said in
    December), as a month or a weekday is. The quarter under way and the one just ended stay this
    year's: companies report on a quarter after it ends ("expects to report third-quarter profit",
    said in October)."""
    cy, cq = quarter_of(dct)
    if q < cq - 1 and tense == "future":
        return cy + 1, q
    if q <= cq:
        return cy, q
    if tense is None:
        return (cy, q) if q - cq <= 4 - (q - cq) else (cy - 1, q)
    return (cy, q) if tense == "future" else (cy - 1, q)


def quarter_number(word: str | None) -> int:
    """The quarter an ordinal names ("third" -> 3), 0 for none."""
    return QUARTER_ORDINALS.get(lower_words(word), 0)


def quarter_ending(month_word: str) -> int:
    """The quarter 'ended June 30' names: the calendar quarter holding most of its three months."""
    middle = (MONTHS[month_word.lower()] - 2) % 12 + 1
    return (middle - 1) // 3 + 1


def duration_value(n: int | float | None, unit: str) -> str:
    """TIMEX3 duration: P3Y, PT24H, PXM for unknown counts; decades and centuries in years (P20Y,
    P100Y); a fraction of a unit in the next smaller one (P2Y6M, PT1M30S, PT12H for half a day)."""
    if n is None:
        unknown = {"H": "PTXH", "MIN": "PTXM", "S": "PTXS", "DE": "PXDE", "CE": "PXCE"}
        return unknown.get(unit, f"PX{unit}")
    if unit in ("DE", "CE"):
        unit, n = "Y", n * (10 if unit == "DE" else 100)
    if n != int(n) and unit in _SMALLER:
        smaller, size = _SMALLER[unit]
        part = (n - int(n)) * size
        if abs(part - round(part)) < 1e-6:
            return components([(int(n), unit), (round(part), smaller)])
    return components([(n, unit)])


# The next smaller unit of a unit and how many of it make one ("P1.5Y" is "P1Y6M").
_SMALLER = {"Y": ("M", 12), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}


def components(parts: list[tuple[int | float, str]]) -> str:
    """A TIMEX3 duration of (count, unit) parts, zero parts left out ("P1DT12H", "PT30M")."""
    date = "".join(f"{num_str(k)}{u}" for k, u in parts if k and u not in _TIME_UNITS)
    time = "".join(f"{num_str(k)}{_TIME_UNITS[u]}" for k, u in parts if k and u in _TIME_UNITS)
    if not date and not time:
        k, u = parts[0]
        return f"PT0{_TIME_UNITS[u]}" if u in _TIME_UNITS else f"P0{u}"
    return "P" + date + ("T" + time if time else "")


def num_str(n: int | float) -> str:
    """A count as TIMEX3 writes it: 3, 2.5."""
    return str(int(n)) if n == int(n) else str(n)


# Values of "this week", "the end of the year" when there is no publication date.
UNKNOWN = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX", "WE": "XXXX-WXX-WE"}


def easter(y: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def holiday_on(name: str, y: int) -> dt.date:
    """The date of a named holiday in year y."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(y, month, day)
    if name in EASTER_HOLIDAYS:
        return easter(y) + dt.timedelta(days=EASTER_HOLIDAYS[name])
    if name == "election day":
        # US: the Tuesday after the first Monday of November.
        first = dt.date(y, 11, 1)
        monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
        return monday + dt.timedelta(days=1)
    month, wd, n = WEEKDAY_HOLIDAYS[name]
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(y + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)
