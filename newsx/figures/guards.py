"""Guards: numbers that are no figure where they stand.

``not_a_figure`` runs first, on every number read, whatever follows it; its rules, in order:
1. inside a time expression found by the dates extractor, or a URL or e-mail address;
2. a code or phone number with a leading zero ("0800 123 4567", "007"), with its spaced groups;
3. a number in a name or code ("A380", "MH17", "G-20", "Su-27", "#5", "777F", "5G", "3-D",
   "Route 66", "Boeing 787", "No. 5", version numbers "1.2.3") or a phone number ("555-1234",
   "+1-222-2222", three groups or more), skipped with its whole chain of groups;
4. a date or clock time ("2:00", "6pm", "1400 GMT", "November 15", "15th of May", "Friday 13",
   "2022-12-13");
5. a capitalised number word inside a name ("the Big Three", "Group of Seven").
``not_a_figure_here`` runs once the qualifier and a currency before are known:
6. decades and plurals of numbers ("1990s", "737s");
7. a year, unless a unit, percent or currency follows or a count qualifier and a plural noun
   make it a count ("more than 1500 people");
8. "half" and "quarter" alone, unless "of", "the", a qualifier or "a percentage point" follow;
   "half an hour"; periods ("the first half", "a quarter that ...", "an hour and a half");
9. the number of an item in a sequence ("day five", "Group 3", "round 2"), unless a unit follows.
``is_lone_one`` keeps "one" and "a" as pronouns out ("the one you mentioned", "one of the most").
``leads_to_duration`` finds numbers ending in a unit of time ("two to three years"), which are
durations for the dates extractor. ``is_model_number`` runs after the scan, on bare integers:
10. an address ("12 Oak Street"), a model name ("the 737 MAX");
11. "the 747, which ...": a three- or four-digit number after "the" before a clause or a mark,
    unless round (a multiple of 50: "the 400 that remain" is a quantity);
12. the number of a named group ("the Group of 20"), a number after a capitalised word
    mid-sentence ("Boeing 787", "Fortune 500"), remembered as a model number for the article.
"""
from __future__ import annotations

from ..doc.numbers import DASHES, Number, Stream, adjacent, near, spaced, starts_number
from ..doc.tokens import NUM, WORD
from ..lexicon.calendar import MONTHS
from ..lexicon.calendar import WEEKDAY_FULL as WEEKDAYS
from ..lexicon.currencies import CURRENCY_NAMES, ISO_CODES, SUBUNITS
from ..lexicon.figures import (CLAUSE_STARTS, CLOCK_SUFFIXES, CODE_SUFFIXES, COUNT_QUALIFIERS, DAY_BEFORE_MONTH,
                               DAY_OF_MAY_BEFORE, DETERMINERS_BEFORE_ONE, GROUP_HEADS, LIST_ABBREVIATIONS,
                               LOWER_CASE_NAME_HEADS, NAME_HEADS, NAMING_NOUNS, PERIOD_BEFORE, QUALIFIER_WORDS,
                               STOP_WORDS, STREET_WORDS, ZONE_WORDS)
from ..lexicon.numbers import ABBREV_SCALES, ORDINAL_SUFFIXES, SCALES
from ..lexicon.units import TEMPERATURE_UNITS, TIME_UNITS, UNITS
from .draft import Draft, Scan
from .measures import attached_temperature, unit_after
from .money import currency_after
from .phrases import is_plural, starts_sentence

_CHAIN = DASHES | {"/", "."}
_CLOCK_WORDS = frozenset({"am", "pm"})
_MARKS_AFTER_MODEL = frozenset(",.;:)'’\"”")


def not_a_figure(scan: Scan, num: Number, money: bool) -> int | None:
    """Where to go on from when the number is no figure whatever follows (rules 1-5), else None."""
    s = scan.s
    i, j = num.i, num.j
    if scan.is_blocked(s.start[i], s.end[j - 1]):
        return j
    t = s.text[i]
    if s.kind[i] == NUM and len(t) > 1 and t[0] == "0" and t[1].isdigit():
        while j < s.n and s.kind[j] == NUM and spaced(s, j - 1, j) and "," not in s.text[j]:
            j += 1  # "0800 123 4567", "007": a code or phone number, with its space-separated groups
        return j
    if is_name_number(s, num, scan.models, money) or is_phone(s, num):
        # Skip the whole chain of a phone number or code.
        while j < s.n and adjacent(s, j - 1, j) and (s.kind[j] == NUM or s.low[j] in _CHAIN) \
                and not (s.low[j] == "." and (j + 1 >= s.n or s.kind[j + 1] != NUM)):
            j += 1
        return j
    if is_date_or_time(s, num):
        return skip_chain(s, j)
    if num.words and s.text[i][:1].isupper() and i > 0 and not starts_sentence(s, i):
        p = i - 1 if s.kind[i - 1] == WORD else -1  # "the Big Three", "Group of Seven"
        if p > 0 and s.low[p] == "of":
            p -= 1
        if p >= 0 and s.text[p][:1].isupper() and s.low[p] not in QUALIFIER_WORDS and s.low[p] not in STOP_WORDS:
            return j
    return None


def is_name_number(s: Stream, num: Number, models: set[str], money: bool) -> bool:
    """Numbers in names and codes: "G-20", "F-16", "A380", "777F", "Boeing 787", "Route 66"."""
    i = num.i
    if s.kind[i] != NUM:
        return False
    t = s.text[i]
    if i > 0 and adjacent(s, i - 1, i) and _glued_after_name(s, i, models):
        return True
    verdict = _glued_code_letters(s, num, money)
    if verdict is not None:
        return verdict
    if i > 0 and s.kind[i - 1] == WORD and spaced(s, i - 1, i):
        prev = s.text[i - 1]
        if s.low[i - 1] in NAME_HEADS and (prev[:1].isupper() or s.low[i - 1] in LOWER_CASE_NAME_HEADS):
            if len(t) >= 3 and prev[:1].isupper():
                models.add(t)
            return True  # "Boeing 787", "Route 66", "Article 5"
    return s.low[i - 1] == "." and i >= 2 and s.low[i - 2] in LIST_ABBREVIATIONS and adjacent(s, i - 2, i - 1)


def _glued_after_name(s: Stream, i: int, models: set[str]) -> bool:
    """A number glued to what stands before it: "A380", "MH17", "G-20", "COVID-19", "#5", "1.2.3"."""
    prev = s.text[i - 1]
    kind = s.kind[i - 1]
    if kind == WORD and not (prev in ISO_CODES and prev.isupper()):
        if len(s.text[i]) >= 3:
            models.add(s.text[i])
        return True  # "A380", "MH17"
    p = s.low[i - 1]
    if p in DASHES and i >= 2 and s.kind[i - 2] == WORD and adjacent(s, i - 2, i - 1) \
            and not (i >= 3 and s.kind[i - 3] == NUM and adjacent(s, i - 3, i - 2)):
        w = s.text[i - 2]
        if w[:1].isupper() or len(w) <= 3:
            return True  # "G-20", "COVID-19", "Su-27"
    if p == "#" or p == "№":
        return True
    return p == "." and i >= 2 and s.kind[i - 2] == NUM and adjacent(s, i - 2, i - 1)  # "1.2.3", IP addresses


def _glued_code_letters(s: Stream, num: Number, money: bool) -> bool | None:
    """Letters glued after the number that are no unit, scale or suffix make a code ("777F", "5G",
    "4K", "3-D"): True; a single capital that is a scale or a temperature ("$5M", "45C"): False;
    else None (undecided)."""
    j = num.j
    if j < s.n and adjacent(s, j - 1, j) and s.kind[j] == WORD:
        w = s.low[j]
        letter = s.text[j]
        if len(letter) == 1 and letter.isupper():
            return not (letter == "M" or letter in "KB" and money
                        or letter in "CF" and attached_temperature(s, j))
        if not (w in UNITS or w in ABBREV_SCALES or w in ORDINAL_SUFFIXES or w in SUBUNITS
                or w in TEMPERATURE_UNITS and s.low[j - 1] == "°" or w in CLOCK_SUFFIXES
                or w in CURRENCY_NAMES or w in CODE_SUFFIXES or w in TIME_UNITS
                or (w == "c" or w == "f") and letter.isupper() and attached_temperature(s, j)
                or w.upper() in ISO_CODES or w in SCALES):
            return True
        return None
    if j < s.n and adjacent(s, j - 1, j) and s.low[j] in DASHES and adjacent(s, j, j + 1) \
            and s.kind[j + 1] == WORD and len(s.text[j + 1]) <= 2 and s.text[j + 1].isupper():
        return True  # "3-D", "4-H"
    return None


def is_year(s: Stream, num: Number) -> bool:
    """A year ("1998"), a decade ("1990s", "the 90s") or an abbreviated year ("'98")."""
    i = num.i
    if s.kind[i] != NUM or num.j != i + 1 or num.scaled:
        return False
    t = s.text[i]
    if len(t) == 4 and t.isdigit() and 1500 <= int(t) <= 2100:
        return True
    if adjacent(s, i, i + 1) and s.low[i + 1] == "s" and t.isdigit() and len(t) in (2, 4):
        return True
    return i > 0 and s.low[i - 1] in ("'", "’") and adjacent(s, i - 1, i) and len(t) == 2


def is_date_or_time(s: Stream, num: Number) -> bool:
    """Clock times ("2:00", "10.30am", "6pm", "1400 GMT"), days of a month, numeric dates."""
    i, j = num.i, num.j
    if s.kind[i] != NUM:
        return False
    t = s.text[i]
    if i + 2 < s.n and s.low[i + 1] == ":" and adjacent(s, i, i + 1) and s.kind[i + 2] == NUM:
        return True
    if i >= 2 and s.low[i - 1] == ":" and adjacent(s, i - 1, i) and s.kind[i - 2] == NUM:
        return True
    nxt = s.low[j] if j == i + 1 else ""
    if nxt in _CLOCK_WORDS or ((nxt == "a" or nxt == "p") and s.low[j + 1] == "." and s.low[j + 2] == "m"):
        return True
    if nxt in ZONE_WORDS and len(t) == 4 and t.isdigit() and near(s, i, j) \
            and int(t[:2]) < 24 and int(t[2:]) < 60:
        return True  # "1400 GMT"
    if t.isdigit() and 1 <= int(t) <= 31 and not num.scaled and _is_day_of_month(s, num):
        return True
    # Numeric dates "2022-12-13", "13.12.2022", "1995-01".
    if s.low[j] in _CHAIN and adjacent(s, i, j) and j + 1 < s.n and s.kind[j + 1] == NUM and adjacent(s, j, j + 1):
        return len(t) == 4 and 1500 <= int(t.split(".")[0] or 0) <= 2100 and len(s.text[j + 1]) == 2
    return False


def _is_day_of_month(s: Stream, num: Number) -> bool:
    """A day next to a month name or after a weekday: "November 15", "15 of May", "May 4th", "Nov. 6"."""
    i = num.i
    low = s.low
    p = i - 1
    if low[p] == "." and p > 0:
        p -= 1
    if p >= 0 and low[p] in MONTHS and (low[p] != "may" or s.text[p][0] == "M" or num.ordinal
                                        or low[p - 1] in DAY_OF_MAY_BEFORE):
        return True
    q = num.j
    if low[q] == "of":
        q += 1
    if low[q] in MONTHS and (low[q] != "may" or s.text[q][0] == "M" or low[i - 1] in DAY_BEFORE_MONTH):
        return True
    return low[p] in WEEKDAYS


def skip_chain(s: Stream, j: int) -> int:
    """Past the rest of a date or code glued to what was read: "1995-01", "12/13/2022"."""
    while j + 1 < s.n and s.low[j] in _CHAIN and adjacent(s, j - 1, j) and adjacent(s, j, j + 1) \
            and s.kind[j + 1] == NUM:
        j += 2
    return j


def is_phone(s: Stream, num: Number) -> bool:
    """Digit groups chained by dashes, slashes or dots: "+1-222-2222/2222", "555-1234"."""
    i = num.i
    groups = 1
    k = i
    while k + 2 < s.n and s.low[k + 1] in _CHAIN and adjacent(s, k, k + 1) and adjacent(s, k + 1, k + 2) \
            and s.kind[k + 2] == NUM:
        groups += 1
        k += 2
    k = i
    while k - 2 >= 0 and (s.low[k - 1] in DASHES or s.low[k - 1] == "/") and adjacent(s, k - 1, k) \
            and adjacent(s, k - 2, k - 1) and s.kind[k - 2] == NUM:
        groups += 1
        k -= 2
    if groups >= 3:
        return True
    if k > 0 and s.low[k - 1] == "+" and adjacent(s, k - 1, k):
        return True
    return groups == 2 and s.low[i + 1] in DASHES and len(s.text[i]) == 3 and i + 2 < s.n \
        and len(s.text[i + 2]) == 4 and s.text[i].isdigit()  # "555-1234"


def not_a_figure_here(s: Stream, num: Number, qual: str | None, cur: bool) -> int | None:
    """Where to go on from when the number is no figure here (rules 6-9; 6, 7 and 9 only with no
    currency ``cur`` before it), else None."""
    i, j = num.i, num.j
    low = s.low
    if not cur and s.kind[i] == NUM and j == i + 1 and adjacent(s, i, j) and low[j] == "s":
        return j + 1  # "1990s", "737s"
    if not cur and is_year(s, num) and not _year_is_quantity(s, num, qual):
        return skip_chain(s, j)
    if num.words and num.fraction and (low[i] == "half" or low[i] == "quarter") and j == i + 1:
        if not qual and low[j] != "of" and low[j] != "the" and not (
                low[j] == "a" and low[j + 1] in ("percentage", "point", "percent")):
            return j
        if (low[j] == "a" or low[j] == "an") and low[j + 1] in TIME_UNITS:
            return j + 2  # "half an hour": a duration
        if low[i - 1] in PERIOD_BEFORE or (low[i - 1] in DASHES and low[i - 2] in PERIOD_BEFORE):
            return j  # "the first half", "the fourth quarter"
    if num.words and num.fraction and not num.scaled and is_period_fraction(s, num, qual):
        return j
    if not cur and i > 0 and low[i - 1] in NAMING_NOUNS and spaced(s, i - 1, i) and not num.scaled \
            and not (low[i - 1] == "number" and low[i - 2] in ("a", "the", "total")):
        nxt = low[j]
        if not (nxt in UNITS or nxt in ("%", "percent", "per", "-", "–", "to", "and", "or") or nxt in TIME_UNITS):
            return j  # "day five", "Group 3", "round 2"
    return None


def _year_is_quantity(s: Stream, num: Number, qual: str | None) -> bool:
    """A number that reads as a year is a quantity before a unit, percent or currency ("2000 km"),
    or after a count qualifier before a plural noun ("more than 1500 people")."""
    j = num.j
    nxt = s.low[j]
    counts = qual is not None and qual.lower() in COUNT_QUALIFIERS and s.kind[j] == WORD \
        and s.text[j].islower() and is_plural(nxt) and nxt not in STOP_WORDS and spaced(s, j - 1, j)
    return (nxt == "%" or nxt == "percent" or (nxt == "per" and s.low[j + 1] == "cent") or counts
            or unit_after(s, j)[0] is not None or currency_after(s, j, num)[0] is not None)


def is_period_fraction(s: Stream, num: Number, qual: str | None) -> bool:
    """ "a quarter that produced a loss", "the past two quarters", "an hour and a half": periods
    of time, not fractions."""
    i, j = num.i, num.j
    low = s.low
    if low[j - 1] not in ("quarter", "quarters", "half", "halves"):
        return False
    if low[i - 1] in PERIOD_BEFORE:
        return True
    if low[i - 1] == "and" and low[i - 2] in TIME_UNITS:
        return True  # "an hour and a half"
    if (low[i] == "a" or low[i] == "an") and not qual:
        return not (low[j] in ("of", "the", "percentage", "point") or s.kind[j] == "sym" or s.kind[j] == "end")
    return False


def is_lone_one(s: Stream, num: Number, qual: str | None) -> bool:
    """ "a" and "one" alone as pronouns: "The one you mentioned", "one of the most"."""
    i, j = num.i, num.j
    if not num.words or num.scaled or num.fraction or num.value != 1 or j != i + 1:
        return False
    nxt = s.low[j]
    if nxt in UNITS or nxt in TIME_UNITS or nxt in CURRENCY_NAMES or nxt in SUBUNITS \
            or (nxt in DASHES and adjacent(s, j - 1, j)):
        return False
    if i > 0 and s.low[i - 1] in DETERMINERS_BEFORE_ONE:
        return True
    return not qual and (nxt in STOP_WORDS or nxt == "of" or nxt == "another" or s.kind[j] != WORD)


def leads_to_duration(s: Stream, j: int) -> bool:
    """Whether a list or range of numbers starting before piece j ends in a unit of time."""
    k = j
    seen_number = False
    end = min(s.n, j + 10)
    while k < end:
        w = s.low[k]
        if w in (",", "to", "or", "and", "-", "–", "—"):
            k += 1
            continue
        if starts_number(s, k):
            seen_number = True
            k += 1
            continue
        # "three to five years old", "3- to 5-year-old": an age range, not a duration
        age = s.low[k + 1] == "old" or s.low[k + 1] == "-" and s.low[k + 2] == "old"
        return seen_number and w in TIME_UNITS and not age
    return False


def is_model_number(s: Stream, r: Draft, models: set[str]) -> bool:
    """A bare integer that names a thing (rules 10-12); model numbers go to ``models``."""
    if not r.bare or r.kind not in ("number", "count") or r.qualifier:
        return False
    text = s.text[r.i]
    counted = r.counted
    if counted and counted.split()[-1].lower() in STREET_WORDS and counted[:1].isupper():
        return True  # "12 Oak Street": an address
    if counted and counted.isupper() and " " not in counted and len(counted) > 1 and len(text) >= 3 \
            and counted not in ISO_CODES:
        models.add(text)
        return True  # "the 737 MAX": a model name
    k = r.i - 1
    if k < 0 or not spaced(s, k, r.i):
        return False
    if s.low[k] == "the" and r.kind == "number" and len(text) in (3, 4) and int(text) >= 100 and int(text) % 50 \
            and (r.j >= s.n or s.kind[r.j] == "sym" and s.text[r.j] in _MARKS_AFTER_MODEL
                 or s.low[r.j] in CLAUSE_STARTS):
        models.add(text)  # "the 747, which ...": a model; "the 400 that remain" is a round quantity
        return True
    if s.low[k] == "of" and k > 0 and s.low[k - 1] in GROUP_HEADS and s.text[k - 1][:1].isupper():
        return True  # "the Group of 20"
    prev = s.text[k]
    w = s.low[k]
    if s.kind[k] != WORD or prev.islower() or w in STOP_WORDS or w in MONTHS or w in WEEKDAYS \
            or w in QUALIFIER_WORDS or starts_sentence(s, k):
        return False  # the capital only starts a sentence or a line
    if len(text) >= 3:
        models.add(text)
    return True
