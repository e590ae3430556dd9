"""Guards: numbers that are no figure where they stand. Each guard is a named rule; the names are
those of ``EARLY_GUARDS``, ``LATE_GUARDS`` and ``MODEL_GUARDS`` and of the functions below, and
``explain`` says which guard turned a number down (for debugging).

``not_a_figure`` runs first, on every number read, whatever follows it (``EARLY_GUARDS``):
 1. ``time_or_url``: inside a time expression found by the dates extractor, or a URL or e-mail
    address (``extract_figures`` blocks their spans);
 2. ``date_or_time``: a date or clock time ("2:00", "6pm", "1400 GMT", "November 15", "15th of May",
    "Friday 13", "2022-12-13");
 3. ``phone``: a phone number in any common shape ("+44 20 7946 0958", "(555) 123-4567",
    "555.123.4567", "212 555 0143", "1-800-555-0199", "555-1234", "call 7946 0958"), with its groups,
    and an emergency number after a word of calling ("calls to 911", "dialled 999");
 4. ``dotted_code``: three dotted groups or more, an IP address or a version ("192.168.1.1",
    "2.1.3"); a decimal, "3.5", is no code;
 5. ``zero_code``: a code with a leading zero ("0800 123 4567", "007"), with its spaced groups;
 6. ``counter``: a photo, page or slide counter ("photo 1 of 4", "page 3 of 12", "slide 2/10"; "1/4"
    or "3 of 12" alone on its line, as under a picture; "3 of 12" opening a line or sentence before a
    capitalised caption, "2 of 5 A boy ...", not "1 of 4 adults" nor "2 of 3 Americans");
 7. ``name``: a number in a name or code ("A380", "MH17", "G-20", "COP28", "Su-27", "#5", "777F", "5G",
    "3-D", "Route 66", "Boeing 787", "iOS 16", "No. 5");
 8. ``name_word``: a capitalised number word inside a name ("the Big Three", "Group of Seven").
``not_a_figure_here`` runs once the qualifier and a currency before are known (``LATE_GUARDS``):
 9. ``decade``: decades and plurals of numbers ("1990s", "737s");
10. ``year``: a year, unless a unit, percent or currency follows, a count qualifier and a plural
    noun make it a count ("more than 1500 people"), or it is paired with a larger number that is no
    year ("2000-3000 people");
11. ``period``: "half" and "quarter" alone, unless "of", "the", a qualifier or "a percentage point"
    follow; "half an hour"; periods ("the first half", "a quarter that ...", "an hour and a half");
12. ``sequence``: the number of an item in a sequence or an identifier ("day five", "Group 3",
    "round 2", "story 4419111", "case 4512", "version 2.1"), unless a unit or a plural noun follows
    ("order 12 jets");
13. ``long_id``: seven digits or more with no separator and nothing that makes them a quantity
    ("id 4419111", "ref: 20230415"); "4,419,111" and "4000000 people" are quantities.
Called where the kind of the figure is decided (``kinds``):
14. ``is_lone_one``: "one" and "a" as pronouns ("the one you mentioned", "one of the most");
15. ``leads_to_duration``: numbers ending in a unit of time ("two to three years"), which are
    durations for the dates extractor.
``is_model_number`` runs after the scan, on bare integers (``MODEL_GUARDS``):
16. ``address``: an address ("12 Oak Street");
17. ``model_name``: a model name before a code in capitals ("the 737 MAX");
18. ``elliptic_model``: "the 747, which ...": a three- or four-digit number after "the" with no noun
    names a thing when its verb is singular ("the 747 was grounded"); it refers back to a counted
    noun when its verb is plural or "who" follows ("the 400 that remain", "the 300 who stayed"), or
    when a figure of the last two sentences counts more ("of 1,200 workers, the 430 that stayed");
    with no such clue a round number is a quantity, another a model;
19. ``named_group``: the number of a named group ("the Group of 20");
20. ``capitalised_name``: a number after a capitalised word mid-sentence ("Boeing 787", "Fortune
    500"), remembered as a model number for the article; a later bare "the 787" with no noun is
    then no figure either (``extract_figures``).
Scores and votes ("won 2-1", "52-48", "a 6-3, 6-2 win") are turned down where pairs are joined:
``ranges.is_score``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from ..doc.numbers import DASHES, Number, Stream, adjacent, near, spaced, starts_number
from ..doc.tokens import NUM, WORD
from ..lexicon.calendar import MONTHS
from ..lexicon.calendar import WEEKDAY_FULL as WEEKDAYS
from ..lexicon.currencies import CURRENCY_NAMES, ISO_CODES, LOWER_ISO, SUBUNITS
from ..lexicon.figures import (
    CLAUSE_ADVERBS,
    CLOCK_SUFFIXES,
    CODE_SUFFIXES,
    COUNT_QUALIFIERS,
    COUNTER_NOUNS,
    DAY_BEFORE_MONTH,
    DAY_OF_MAY_BEFORE,
    DETERMINERS_BEFORE_ONE,
    EMERGENCY_NUMBERS,
    GROUP_HEADS,
    ID_NOUNS,
    LIST_ABBREVIATIONS,
    LOWER_CASE_NAME_HEADS,
    NAME_HEADS,
    NAMING_NOUNS,
    PERIOD_BEFORE,
    PHONE_CUES,
    PLURAL_VERBS,
    QUALIFIER_WORDS,
    RELATIVE_WORDS,
    SINGULAR_VERBS,
    STOP_WORDS,
    STREET_WORDS,
    ZONE_WORDS,
)
from ..lexicon.numbers import ABBREV_SCALES, ORDINAL_SUFFIXES, SCALES
from ..lexicon.units import TEMPERATURE_UNITS, TIME_UNITS, UNITS
from ..lexicon.verbs import IRREGULAR_PAST, MODALS
from .draft import Draft, Scan
from .measures import attached_temperature, before_race, is_kelvin, percent_after, unit_after
from .money import currency_after
from .phrases import is_plural, starts_sentence

_CHAIN = DASHES | {"/", "."}
_CLOCK_WORDS = frozenset({"am", "pm"})
_MARKS_AFTER_MODEL = frozenset(",.;:)'’\"”")
_SEQUENCE_NOUNS = NAMING_NOUNS | ID_NOUNS
_MAGNITUDE_QUALIFIERS = frozenset({"above", "below", "more than", "less than", "fewer than", "greater than",
                                   "at least", "at most", "no more than", "no fewer than", "no less than",
                                   "exceeding", "in excess of", "upwards of"})
_SENTENCE_END_MARKS = frozenset({".", "!", "?", ";"})
_RANGE_LINKS = frozenset({"to", "and", "or", "between", "from", "than", "through"}) | DASHES
# A phone number: an optional country code and area code, then up to six groups of digits. Anchored
# and with bounded repeats of fixed pieces, so each match is short work.
_PHONE = re.compile(r"(\+ ?\d{1,3}[ .-]?)?(\(\d{1,5}\)[ .-]?)?\d{1,5}(?:[ .-]\d{1,5}){0,5}(?!\d)")
_DIGITS = re.compile(r"\d+")
_PHONE_LINKS = DASHES | {".", "(", ")", "+", "/"}


# --- guards on every number read (rules 1-8) -------------------------------------------------------

def time_or_url(scan: Scan, num: Number, money: bool) -> int | None:
    """Inside a time expression of the dates extractor, or a URL or e-mail address."""
    s = scan.s
    return num.j if scan.is_blocked(s.start[num.i], s.end[num.j - 1]) else None


def phone(scan: Scan, num: Number, money: bool) -> int | None:
    """A phone number: a country code ("+44 20 7946 0958"), an area code in parentheses ("(555)
    123-4567"), three groups or more that are no thousands ("555.123.4567", "212 555 0143"), groups
    after a word of calling ("call 7946 0958"), "555-1234", or groups chained by dashes or slashes
    ("+1-222-2222/2222"). Thousands ("1 212 034 500", "1.234.567") are no phone number."""
    s = scan.s
    i, j = num.i, num.j
    if s.kind[i] != NUM or money:
        return None
    if s.text[i] in EMERGENCY_NUMBERS and j == i + 1 and _after_calling(s, i) \
            and not (s.kind[j] == WORD and s.text[j].islower() and is_plural(s.low[j])):
        return j  # "calls to 911", "dialled 999"; not "called 911 residents"
    if not (s.kind[j] == NUM or s.low[j] in _PHONE_LINKS or s.low[i - 1] in _PHONE_LINKS):
        return None  # a single group of digits, no code before: most numbers stop here
    end = _phone_end(s, i)
    if end >= 0:
        k = i
        while k < s.n and s.start[k] < end:
            k += 1
        return k
    if is_phone(s, num):
        return _skip_code(s, num.j)
    return None


def _after_calling(s: Stream, i: int, reach: int = 1) -> bool:
    """A word of calling among the ``reach`` pieces before piece i, or before a "to" or "on" there
    ("calls to 911", "call us on 0800 ...")."""
    k = i - 1
    if k > 0 and (s.low[k] == "to" or s.low[k] == "on"):
        k -= 1
    return any(s.low[m] in PHONE_CUES for m in range(max(0, k + 1 - reach), k + 1))


def _phone_end(s: Stream, i: int) -> int:
    """The offset where a phone number starting at piece i (or at a "+" or "(" glued before it) ends,
    else -1."""
    start = s.start[i]
    before = s.low[i - 1] if i > 0 and adjacent(s, i - 1, i) else ""
    if before == "+" or before == "(":
        start = s.start[i - 1]
    elif i > 1 and s.low[i - 1] == "(" and s.low[i - 2] == "+":
        start = s.start[i - 2]
    m = _PHONE.match(s.source, start)
    if m is None or s.source[m.end():m.end() + 1] == "," and s.source[m.end() + 1:m.end() + 2].isdigit():
        return -1  # "1 234,5": a number with a decimal comma
    groups = _DIGITS.findall(m.group())
    digits = sum(len(g) for g in groups)
    if not 7 <= digits <= 15:
        return -1
    if m.group(1) or m.group(2):
        return m.end() if len(groups) >= 2 else -1
    cue = _after_calling(s, i, 3)
    if len(groups) < 3 and not (cue and len(groups) >= 2):
        return -1
    seps = {c for c in m.group() if not c.isdigit()}
    thousands = len(seps) == 1 and seps <= {" ", "."} and len(groups[0]) <= 3 \
        and all(len(g) == 3 for g in groups[1:])
    address = seps == {"."} and all(len(g) <= 3 for g in groups)  # "192.168.1.1": a ``dotted_code``
    return -1 if thousands or address else m.end()


def zero_code(scan: Scan, num: Number, money: bool) -> int | None:
    """A code or phone number with a leading zero ("0800 123 4567", "007"), with its spaced groups."""
    s = scan.s
    i, j = num.i, num.j
    t = s.text[i]
    if not (s.kind[i] == NUM and len(t) > 1 and t[0] == "0" and t[1].isdigit()):
        return None
    while j < s.n and s.kind[j] == NUM and spaced(s, j - 1, j) and "," not in s.text[j]:
        j += 1
    return j


def dotted_code(scan: Scan, num: Number, money: bool) -> int | None:
    """Three dotted groups or more: an IP address or a version ("192.168.1.1", "2.1.3")."""
    s = scan.s
    i, j = num.i, num.j
    if s.kind[i] != NUM or money or not (s.low[j] == "." and adjacent(s, j - 1, j) and s.kind[j + 1] == NUM
                                         and adjacent(s, j, j + 1)):
        return None
    if not ("." in s.text[i] or s.low[i + 1] == "." and s.kind[i + 2] == NUM):
        return None  # "13.12" read whole is a decimal; one more dotted group makes a code
    return _skip_code(s, j)


def counter(scan: Scan, num: Number, money: bool) -> int | None:
    """A photo, page or slide counter: "photo 1 of 4", "page 3 of 12", "slide 2/10", or "1/4" and
    "3 of 12" alone on a line (a gallery counter under a picture). Not "1 of 4 adults"."""
    s = scan.s
    i = num.i
    if s.kind[i] != NUM or money or not s.text[i].isdigit():
        return None
    k = i + 1
    if s.low[k] == "of" and spaced(s, i, k) and spaced(s, k, k + 1):
        k += 1
    elif s.low[k] == "/" and (adjacent(s, i, k) and adjacent(s, k, k + 1) or spaced(s, i, k) and spaced(s, k, k + 1)):
        k += 1
    else:
        return None
    if s.kind[k] != NUM or not s.text[k].isdigit() or len(s.text[k]) > 3 or not 0 < int(s.text[i]) <= int(s.text[k]):
        return None
    p = i - 1
    if s.low[p] == ":" and p > 0:
        p -= 1
    if p >= 0 and s.low[p] in COUNTER_NOUNS and near(s, p, p + 1) or _alone_on_line(s.source, s.start[i], s.end[k]) \
            or _before_caption(s, i, k):
        return k + 1
    return None


def _before_caption(s: Stream, i: int, k: int) -> bool:
    """ "N of M" opening a line or a sentence (or after a closing bracket) and followed by a capitalised
    word that starts a new sentence: a gallery counter before its caption ("3 of 8 Firefighters' hoses
    ..."). Not "1 of 4 adults say" (lower case), "2 of 3 Americans" or "1 of 3 US voters" (a plural or
    an acronym: what the numbers count)."""
    if not (i > 0 and s.low[i - 1] == ")" or starts_sentence(s, i)) or s.low[k - 1] != "of":
        return False
    w = s.text[k + 1] if k + 1 < s.n else ""
    if s.kind[k + 1] != WORD or not w[:1].isupper() or not spaced(s, k, k + 1):
        return False
    if w.isupper() and 1 < len(w) < 4:
        return False  # "1 of 3 US voters", "2 of 5 NHS staff"
    low = s.low[k + 1]
    return low in STOP_WORDS or not is_plural(low)  # "2 of 5 A man ...", "3 of 8 Rescue workers"


def _alone_on_line(source: str, start: int, end: int) -> bool:
    """Whether only brackets and spaces stand between [start, end) and the ends of its line (a few
    characters looked at, whatever the line's length), and the text has other lines."""
    p = start
    while p > 0 and start - p < 4 and source[p - 1] in " \t([":
        p -= 1
    if p > 0 and source[p - 1] != "\n":
        return False
    q = end
    n = len(source)
    while q < n and q - end < 4 and source[q] in " \t)]":
        q += 1
    if q < n and source[q] != "\n" and source[q] != "\r":
        return False
    return p > 0 or q < n  # a line of an article, not a text that is nothing but "3/4"


def name(scan: Scan, num: Number, money: bool) -> int | None:
    """A number in a name or code ("A380", "G-20", "Boeing 787"), skipped with its chain of groups;
    digits of three or more are remembered as a model ("Boeing 737s" ... "five new 737 aircraft")."""
    s = scan.s
    if is_name_number(s, num, scan.models, money):
        t = s.text[num.i]
        if len(t) >= 3 and t.isdigit():
            scan.models.add(t)
        return _skip_code(s, num.j)
    return None


def date_or_time(scan: Scan, num: Number, money: bool) -> int | None:
    """A date or clock time, skipped with the rest of its chain ("1995-01")."""
    return skip_chain(scan.s, num.j) if is_date_or_time(scan.s, num) else None


def name_word(scan: Scan, num: Number, money: bool) -> int | None:
    """A capitalised number word inside a name: "the Big Three", "Group of Seven"."""
    s = scan.s
    i = num.i
    if not (num.words and s.text[i][:1].isupper() and i > 0 and not starts_sentence(s, i)):
        return None
    p = i - 1 if s.kind[i - 1] == WORD else -1
    if p > 0 and s.low[p] == "of":
        p -= 1
    if p >= 0 and s.text[p][:1].isupper() and s.low[p] not in QUALIFIER_WORDS and s.low[p] not in STOP_WORDS:
        return num.j
    return None


EarlyGuard = Callable[[Scan, Number, bool], "int | None"]
EARLY_GUARDS: tuple[tuple[str, EarlyGuard], ...] = (
    ("time_or_url", time_or_url), ("date_or_time", date_or_time), ("phone", phone), ("dotted_code", dotted_code),
    ("zero_code", zero_code), ("counter", counter), ("name", name), ("name_word", name_word))


# The early guards that can turn down a number in words (the others look at digits only).
_WORD_GUARDS = frozenset({"time_or_url", "name_word"})
_EARLY_FOR_WORDS = tuple((rule, guard) for rule, guard in EARLY_GUARDS if rule in _WORD_GUARDS)


def not_a_figure(scan: Scan, num: Number, money: bool) -> int | None:
    """Where to go on from when the number is no figure whatever follows (rules 1-8), else None."""
    for rule, guard in EARLY_GUARDS if scan.s.kind[num.i] == NUM else _EARLY_FOR_WORDS:
        skip = guard(scan, num, money)
        if skip is not None:
            if scan.trace is not None:
                scan.trace.append((rule, num.i, skip))
            return skip
    return None


def _skip_code(s: Stream, j: int) -> int:
    """Past the rest of a code or phone number glued to what was read ("-1234", ".1.1")."""
    while j < s.n and adjacent(s, j - 1, j) and (s.kind[j] == NUM or s.low[j] in _CHAIN) \
            and not (s.low[j] == "." and (j + 1 >= s.n or s.kind[j + 1] != NUM)):
        j += 1
    return j


def is_name_number(s: Stream, num: Number, models: set[str], money: bool) -> bool:
    """Numbers in names and codes: "G-20", "F-16", "A380", "777F", "Boeing 787", "Route 66", "iOS 16"."""
    i = num.i
    if s.kind[i] != NUM:
        return False
    t = s.text[i]
    if i > 0 and adjacent(s, i - 1, i) and (_glued_after_name(s, i, models) or _code_and_number(s, num)):
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
        if prev[:1].islower() and any(c.isupper() for c in prev[1:]) and not money:
            return True  # a brand in camel case: "iOS 16", "macOS 13", "iPad 10"
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


def _code_and_number(s: Stream, num: Number) -> bool:
    """A code of a less traded currency glued to a bare number of one or two digits is a name ("the
    COP28 summit", "a TOP10 list"): money written glued to its code takes a major code ("USD50",
    "EUR20"), a scale ("ZAR5m") or a larger amount ("KES500")."""
    t = s.text[num.i]
    prev = s.text[num.i - 1]
    return prev in ISO_CODES and prev.isupper() and prev.lower() not in LOWER_ISO and t.isdigit() \
        and len(t) <= 2 and not num.scaled and num.j == num.i + 1


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
                        or letter in "CF" and attached_temperature(s, j)
                        or letter == "K" and (is_kelvin(s, j) or before_race(s, j)))
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


# --- guards once the qualifier and a currency before are known (rules 9-13) ------------------------

def decade(s: Stream, num: Number, qual: str | None, cur: bool) -> int | None:
    """Decades and plurals of numbers: "1990s", "737s"."""
    i, j = num.i, num.j
    if not cur and s.kind[i] == NUM and j == i + 1 and adjacent(s, i, j) and s.low[j] == "s":
        return j + 1
    return None


def year(s: Stream, num: Number, qual: str | None, cur: bool) -> int | None:
    """A year, unless it is a quantity ("2000 km", "more than 1500 people")."""
    if not cur and is_year(s, num) and not _year_is_quantity(s, num, qual):
        return skip_chain(s, num.j)
    return None


def period(s: Stream, num: Number, qual: str | None, cur: bool) -> int | None:
    """ "half" and "quarter" alone, "half an hour", "the first half", "a quarter that ...": periods."""
    i, j = num.i, num.j
    low = s.low
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
    return None


def sequence(s: Stream, num: Number, qual: str | None, cur: bool) -> int | None:
    """The number of an item in a sequence or an identifier: "day five", "Group 3", "round 2",
    "story 4419111", "version 2.1"; not before a unit or a plural noun ("order 12 jets", "day 3 of
    5 percent")."""
    i, j = num.i, num.j
    low = s.low
    if cur or i <= 0 or low[i - 1] not in _SEQUENCE_NOUNS or not spaced(s, i - 1, i) or num.scaled \
            or low[i - 1] == "number" and low[i - 2] in ("a", "the", "total"):
        return None
    nxt = low[j]
    if nxt in UNITS or nxt in ("per", "-", "–", "to", "and", "or") or nxt in TIME_UNITS or percent_after(s, j):
        return None
    if s.kind[j] == WORD and s.text[j].islower() and nxt not in STOP_WORDS and is_plural(nxt) \
            and low[i - 1] not in NAMING_NOUNS:
        return None  # "order 12 jets": a verb before a count; "phase 3 trials", "day one talks" stay items
    return j


def long_id(s: Stream, num: Number, qual: str | None, cur: bool) -> int | None:
    """Seven digits or more with no separator after a label or in a sentence: an identifier ("story
    id 4419111", "ref: 20230415"), unless a qualifier, a currency, a range word or a noun or unit
    after make it a quantity ("from 300 to 4000000", "4000000 people")."""
    i, j = num.i, num.j
    t = s.text[i]
    if cur or qual or s.kind[i] != NUM or j != i + 1 or len(t) < 7 or not t.isdigit() or num.negative:
        return None
    if i == 0 or s.low[i - 1] in _RANGE_LINKS or "\n" in s.source[s.end[i - 1]:s.start[i]]:
        return None  # an identifier stands after a label or in a sentence, not alone
    nxt = s.low[j]
    if percent_after(s, j) or nxt in DASHES or s.kind[j] == WORD and s.text[j].islower() and nxt not in STOP_WORDS:
        return None
    return j


LateGuard = Callable[[Stream, Number, "str | None", bool], "int | None"]
LATE_GUARDS: tuple[tuple[str, LateGuard], ...] = (
    ("decade", decade), ("year", year), ("period", period), ("sequence", sequence), ("long_id", long_id))


def not_a_figure_here(scan: Scan, num: Number, qual: str | None, cur: bool) -> int | None:
    """Where to go on from when the number is no figure here (rules 9-13; ``cur``: a currency stands
    before it), else None."""
    for rule, guard in LATE_GUARDS:
        skip = guard(scan.s, num, qual, cur)
        if skip is not None:
            if scan.trace is not None:
                scan.trace.append((rule, num.i, skip))
            return skip
    return None


def _year_is_quantity(s: Stream, num: Number, qual: str | None) -> bool:
    """A number that reads as a year is a quantity before a unit, percent or currency ("2000 km"),
    after a count qualifier before a plural noun ("more than 1500 people"), or after a comparison no
    year takes, ending the phrase ("above 1500.", "below 1800 and"; but "below 2005 levels", "around
    1990", "by 2030")."""
    j = num.j
    nxt = s.low[j]
    counts = qual is not None and qual.lower() in COUNT_QUALIFIERS and s.kind[j] == WORD \
        and s.text[j].islower() and is_plural(nxt) and nxt not in STOP_WORDS and spaced(s, j - 1, j)
    magnitude = qual is not None and qual.lower() in _MAGNITUDE_QUALIFIERS \
        and (s.kind[j] != WORD or nxt in ("and", "or", "but"))  # "below 2005 levels" is a year
    return (percent_after(s, j) is not None or counts or magnitude
            or unit_after(s, j)[0] is not None or currency_after(s, j, num)[0] is not None
            or _paired_with_no_year(s, num))


def _paired_with_no_year(s: Stream, num: Number) -> bool:
    """ "2000-3000 people", "between 1800 and 2500": the other end of the pair is larger and no year,
    so neither is ("2020-21", "1990 to 2000" stay years)."""
    j = num.j
    if not (s.low[j] in DASHES or s.low[j] == "to" or s.low[j] == "and") or s.kind[j + 1] != NUM \
            or not near(s, j, j + 1) or not s.text[j + 1].isdigit() or s.low[j + 2] in _CHAIN:
        return False
    other = int(s.text[j + 1])
    return other > int(s.text[num.i]) and (other > 2100 or len(s.text[j + 1]) != 4)


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
    """ "a" and "one" alone as pronouns: "The one you mentioned", "one of the most" (rule 14)."""
    i, j = num.i, num.j
    if not num.words or num.scaled or num.fraction or num.value != 1 or j != i + 1:
        return False
    nxt = s.low[j]
    if nxt in UNITS or nxt in TIME_UNITS or nxt in CURRENCY_NAMES or nxt in SUBUNITS \
            or (nxt in DASHES and adjacent(s, j - 1, j)):
        return False
    if i > 0 and s.low[i - 1] in DETERMINERS_BEFORE_ONE:
        # "the only one", "the last one"; but "has only one public hospital" counts a noun
        return not (s.low[i - 1] == "only" and s.low[i - 2] not in DETERMINERS_BEFORE_ONE and s.kind[j] == WORD
                    and nxt not in STOP_WORDS and nxt != "of" and s.text[j].islower())
    return not qual and (nxt in STOP_WORDS or nxt == "of" or nxt == "another" or s.kind[j] != WORD)


def leads_to_duration(s: Stream, j: int) -> bool:
    """Whether a list or range of numbers starting before piece j ends in a unit of time (rule 15)."""
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


# --- guards after the scan, on bare integers (rules 16-20) -----------------------------------------

def address(s: Stream, r: Draft, models: set[str], counted_before: Decimal | float | None) -> bool:
    """ "12 Oak Street": an address."""
    counted = r.counted
    return bool(counted and counted.split()[-1].lower() in STREET_WORDS and counted[:1].isupper())


def model_name(s: Stream, r: Draft, models: set[str], counted_before: Decimal | float | None) -> bool:
    """ "the 737 MAX", "the 787 Dreamliner": a number of three digits or more before a code in
    capitals or a capitalised singular noun is a model name ("300 Britons" counts people)."""
    text = s.text[r.i]
    counted = r.counted
    if counted and " " not in counted and len(counted) > 1 and len(text) >= 3 and text.isdigit() \
            and (counted.isupper() and counted not in ISO_CODES
                 or counted[:1].isupper() and counted[1:].islower() and not counted.endswith("s")):
        models.add(text)
        return True
    return False


def elliptic_model(s: Stream, r: Draft, models: set[str], counted_before: Decimal | float | None) -> bool:
    """ "the 747, which ...": a three- or four-digit number after "the" with no noun. Its verb says
    one thing (a model: "the 747 was grounded", "the 747, which flies") or many (a quantity that
    refers back: "the 400 that remain", "the 600 that were left", "the 300 who stayed"); else an
    earlier figure counting more makes it a quantity ("of 1,200 workers, ... the 430 that stayed"; not
    the same number again: "its 787 aircraft ... than the 787."); with no clue at all, a round number
    (a multiple of 50) is a quantity, another a model."""
    text = s.text[r.i]
    k = r.i - 1
    if not (k >= 0 and s.low[k] == "the" and spaced(s, k, r.i) and r.kind == "number" and len(text) in (3, 4)
            and int(text) >= 100):
        return False
    j = r.j
    v = _past_adverbs(s, j)
    if not (j >= s.n or s.kind[j] == "sym" and s.text[j] in _MARKS_AFTER_MODEL
            or s.low[j] in RELATIVE_WORDS or s.low[v] in SINGULAR_VERBS or s.low[v] in PLURAL_VERBS
            or s.low[v] in ("had", "will", "would") or v > j):
        return False  # a noun or anything else follows: not an elliptic number
    number = _agreement(s, j)
    if number is None and counted_before is not None and counted_before > int(text):
        number = "plural"  # refers back to an earlier count
    if number is None:
        number = "plural" if int(text) % 50 == 0 else "singular"
    if number == "singular":
        models.add(text)
        return True
    return False


def _agreement(s: Stream, j: int) -> str | None:
    """ "singular" or "plural": the number of the verb after an elliptic "the NNN" (at piece j, past
    a comma, a relative word and an adverb); "who" refers to people; None when it does not show."""
    low = s.low
    if low[j] == ",":
        j += 1
    rel = low[j] if low[j] in RELATIVE_WORDS else ""
    if rel:
        if rel in ("who", "whom"):
            return "plural"
        j += 1
    k = _past_adverbs(s, j)
    v = low[k]
    if v in SINGULAR_VERBS:
        return "singular"
    if v in PLURAL_VERBS:
        return "plural"
    if (rel or k > j) and s.kind[k] == WORD and v not in STOP_WORDS and v.isalpha():
        if v.endswith("s") and not v.endswith("ss"):
            return "singular"  # "which flies", "that remains"
        if not v.endswith("ed") and v not in IRREGULAR_PAST and v not in MODALS and v != "had":
            return "plural"  # "that remain", "which fly"; not "which flew", "that will"
    if rel:  # the relative clause's verb does not show it: the main verb may ("the 430 that stayed were paid")
        for x in range(k + 1, min(s.n, k + 12)):
            w = low[x]
            if w in _SENTENCE_END_MARKS:
                break
            if w in SINGULAR_VERBS:
                return "singular"
            if w in PLURAL_VERBS:
                return "plural"
    return None


def _past_adverbs(s: Stream, j: int) -> int:
    """The piece after the adverbs (at most three) that start at piece j: "still", "now", "rarely"."""
    k = j
    while k < j + 3 and (s.low[k] in CLAUSE_ADVERBS or s.low[k].endswith("ly") and len(s.low[k]) > 4):
        k += 1
    return k


def named_group(s: Stream, r: Draft, models: set[str], counted_before: Decimal | float | None) -> bool:
    """ "the Group of 20": the number of a named group."""
    k = r.i - 1
    return k > 0 and spaced(s, k, r.i) and s.low[k] == "of" and s.low[k - 1] in GROUP_HEADS \
        and s.text[k - 1][:1].isupper()


def capitalised_name(s: Stream, r: Draft, models: set[str], counted_before: Decimal | float | None) -> bool:
    """A number after a capitalised word mid-sentence: "Boeing 787", "Fortune 500" (remembered)."""
    k = r.i - 1
    if k < 0 or not spaced(s, k, r.i):
        return False
    prev = s.text[k]
    w = s.low[k]
    if s.kind[k] != WORD or prev.islower() or w in STOP_WORDS or w in MONTHS or w in WEEKDAYS \
            or w in QUALIFIER_WORDS or starts_sentence(s, k):
        return False  # the capital only starts a sentence or a line
    text = s.text[r.i]
    if len(text) >= 3:
        models.add(text)
    return True


ModelGuard = Callable[[Stream, Draft, "set[str]", "Decimal | float | None"], bool]
MODEL_GUARDS: tuple[tuple[str, ModelGuard], ...] = (
    ("address", address), ("model_name", model_name), ("elliptic_model", elliptic_model),
    ("named_group", named_group), ("capitalised_name", capitalised_name))


def is_model_number(scan: Scan, r: Draft, counted_before: Decimal | float | None = None) -> bool:
    """A bare integer that names a thing (rules 16-20); model numbers go to ``scan.models``.
    ``counted_before``: the largest earlier figure of the article that counts a noun."""
    if not r.bare or r.kind not in ("number", "count") or r.qualifier:
        return False
    for rule, guard in MODEL_GUARDS:
        if guard(scan.s, r, scan.models, counted_before):
            if scan.trace is not None:
                scan.trace.append((rule, r.i, r.j))
            return True
    return False


def explain(text: str) -> list[tuple[str, str]]:
    """For debugging: (number text, guard name) for each number a guard turned down in ``text``
    (dates not blocked: the figures extractor alone)."""
    from ..doc import read
    from ..doc.numbers import Stream as _Stream
    from . import _blocked_spans, join_and_carry, scan_figures, without_model_numbers

    doc = read(text)
    scan = Scan(_Stream(text, doc.pieces), _blocked_spans(text, []), [])
    scan.trace = []
    without_model_numbers(scan, join_and_carry(scan, scan_figures(scan, doc.pieces.flags)))
    s = scan.s
    return [(text[s.start[i]:s.end[max(i, j - 1)]], rule) for rule, i, j in scan.trace]
