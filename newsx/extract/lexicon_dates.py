"""Vocabularies for time expressions: months, weekdays, seasons, number words, units, fillers.

Data only; the patterns in ``dates.py`` are built from these tables.
"""
from __future__ import annotations

from .lexicon_events import IRREGULAR_PAST as _ALL_IRREGULAR_PAST

# Month names and their usual news abbreviations (AP style: Jan. Feb. Aug. Sept. Oct. Nov. Dec.).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Full names only: abbreviations like "Mar" or "Jun" are too ambiguous without a day or a period.
MONTH_FULL = tuple(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))
MONTH_ABBR = tuple(name for name in MONTHS if name not in MONTH_FULL)

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
WEEKDAY_FULL = tuple(name for name in WEEKDAYS if name.endswith("day"))
WEEKDAY_ABBR = tuple(name for name in WEEKDAYS if not name.endswith("day"))

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

# Parts of the day, as TIMEX3 codes.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "a": 1, "an": 1, "single": 1, "half": 0, "dozen": 12,
    "couple": 2,
}
# Vague quantities: the TIMEX3 value keeps an X for the number ("several months" -> PXM).
VAGUE_QUANTITIES = ("several", "a few", "few", "many", "some", "a couple of", "the next few",
                    "a number of", "numerous", "countless")

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1, "final": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# Calendar units: singular and plural forms -> TIMEX3 duration letter (T prefix for clock units).
UNITS: dict[str, str] = {
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y", "month": "M", "months": "M",
    "week": "W", "weeks": "W", "day": "D", "days": "D", "hour": "H", "hours": "H",
    "minute": "MIN", "minutes": "MIN", "second": "S", "seconds": "S", "decade": "DE",
    "decades": "DE", "century": "CE", "centuries": "CE", "quarter": "Q", "quarters": "Q",
    "weekend": "WE", "weekends": "WE", "millennium": "ML", "millennia": "ML",
}

# Hedges before a time expression and the TIMEX3 mod they give (the hedge is part of the span).
MODIFIERS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN", "more than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN", "just under": "LESS_THAN",
    "well over": "MORE_THAN", "close to": "APPROX", "an estimated": "APPROX",
}

# Position inside a period ("late February", "early 2020", "mid-1990s").
POSITIONS: dict[str, str] = {
    "early": "START", "late": "END", "mid": "MID", "middle": "MID", "end": "END",
    "beginning": "START", "start": "START",
}

# Words that never start a verb phrase after "may"; used to tell the month from the modal.
MODAL_FOLLOWERS = frozenset(
    """be have not also never well still soon even only already just seem need want become
    face find get go give help make take come lead cause result rise fall decline increase
    affect allow require continue try use see include provide remain begin lose win""".split()
)

# Holidays with a fixed date (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
    "boxing day": (12, 26),
}

# Holidays on the n-th weekday of a month: (month, weekday 0=Monday, n; -1 = last). US federal
# calendar, the common news cases.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
    "martin luther king day": (1, 0, 3), "martin luther king jr. day": (1, 0, 3),
    "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3), "columbus day": (10, 0, 2),
}
# Holidays counted from Easter Sunday (days).
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2, "easter monday": 1,
    "palm sunday": -7, "ash wednesday": -46, "pentecost": 49,
}

# Irregular simple-past verbs (the regular ones end in -ed) are cues that a clause reports the past;
# forms that are also present tenses or nouns ("cut", "set", "read", "ground") say nothing of tense.
_NOT_TENSE_CUES = frozenset("beat bet bid burst cost cut hit hurt let put quit read set shed shut slit split spread thrust upset ground dove".split())
IRREGULAR_PAST = _ALL_IRREGULAR_PAST - _NOT_TENSE_CUES
