"""Calendar words: months, weekdays, seasons, parts of the day, calendar units, holidays, and the
hedges and positions that modify a time expression.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

WEEKDAYS_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# Month names and their usual news abbreviations (AP style: Jan. Feb. Aug. Sept. Oct. Nov. Dec.).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Full names only: abbreviations like "Mar" or "Jun" are too ambiguous without a day or a period.
MONTH_FULL = tuple(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))


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

# Calendar units: singular and plural forms -> TIMEX3 duration letter (T prefix for clock units).
TIMEX_UNITS: dict[str, str] = {
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y", "month": "M", "months": "M",
    "week": "W", "weeks": "W", "day": "D", "days": "D", "hour": "H", "hours": "H",
    "minute": "MIN", "minutes": "MIN", "second": "S", "seconds": "S", "decade": "DE",
    "decades": "DE", "century": "CE", "centuries": "CE", "quarter": "Q", "quarters": "Q",
    "weekend": "WE", "weekends": "WE", "millennium": "ML", "millennia": "ML",
}

# Hedges before a time expression and the TIMEX3 mod they give (the hedge is part of the span).
TIME_MODIFIERS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN", "more than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN", "just under": "LESS_THAN",
    "well over": "MORE_THAN", "close to": "APPROX", "an estimated": "APPROX",
    "over": "MORE_THAN",  # "over a week"; "over three years" is mostly the preposition (durations)
}

# Position inside a period ("late February", "early 2020", "mid-1990s").
POSITIONS: dict[str, str] = {
    "early": "START", "late": "END", "mid": "MID", "middle": "MID", "end": "END",
    "beginning": "START", "start": "START",
}

# Holidays with a fixed date (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
    "boxing day": (12, 26),
    # Days of the UK, Ireland, the Commonwealth, France and the US that news names alone.
    "st patrick's day": (3, 17), "st. patrick's day": (3, 17), "saint patrick's day": (3, 17),
    "bonfire night": (11, 5), "guy fawkes night": (11, 5), "guy fawkes day": (11, 5),
    "remembrance day": (11, 11), "armistice day": (11, 11), "anzac day": (4, 25), "canada day": (7, 1),
    "bastille day": (7, 14), "may day": (5, 1), "juneteenth": (6, 19),
}

# Holidays on the n-th weekday of a month: (month, weekday 0=Monday, n; -1 = last). US federal
# calendar, the common news cases.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1), "labour day": (9, 0, 1),
    "memorial day": (5, 0, -1), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
    "martin luther king day": (1, 0, 3), "martin luther king jr. day": (1, 0, 3),
    "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3), "columbus day": (10, 0, 2),
}

# Holidays counted from Easter Sunday (days).
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2, "easter monday": 1,
    "palm sunday": -7, "ash wednesday": -46, "pentecost": 49,
}

# Calendar units the time patterns read, singular, and all their forms, each plural before its
# singular ("yr" and "millennium" are units of TIMEX_UNITS that they do not read).
CALENDAR_UNITS = ("year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "quarter",
                  "weekend")
CALENDAR_UNIT_FORMS = (
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute",
    "seconds", "second", "decades", "decade", "centuries", "century", "quarters", "quarter", "weekends", "weekend",
)

# Positions before a period, as the patterns read them ("early 2020", "the end of March").
PERIOD_POSITIONS = ("early", "late", "mid", "middle", "the end of", "the beginning of", "the middle of",
                    "the start of")

# The TIMEX3 mod of a position before a relative period ("earlier this year" is its start, as in TimeBank).
RELATIVE_POSITIONS: dict[str, str] = {
    "early": "START", "the beginning of": "START", "the start of": "START", "late": "END",
    "the end of": "END", "the middle of": "MID", "earlier": "START", "later": "END",
}

# Days named from the day of speaking, in days from it.
DEICTIC_DAYS: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

# Times of day named by a word, as the hour.
CLOCK_WORDS: dict[str, int] = {"noon": 12, "midday": 12, "midnight": 24}

# Hedges before a clock time; only about/around/approximately are part of it (TIME_MODIFIERS).
CLOCK_HEDGES = ("about", "around", "approximately", "shortly before", "shortly after", "just before", "just after")

# Time zones after a clock time (US zones with and without S/D, and the usual European ones).
TIME_ZONES = ("ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST",
              "CET", "CEST", "local time")
UTC_ZONES = frozenset({"UTC", "GMT"})  # written Z in a TIMEX3 value

# Adverbs of frequency and the period of their recurrence (TIMEX3 SET values).
FREQUENCY_ADVERBS: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W", "semiannually": "P6M",
    "fortnightly": "P2W",
}

# The month a season (TIMEX3 code) begins in, northern hemisphere.
SEASON_MONTHS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Words after a count of units that place it before (-1) or after (+1) a point ("two years ago").
AGO_DIRECTIONS: dict[str, int] = {
    "ago": -1, "earlier": -1, "later": 1, "before": -1, "after": 1, "from now": 1, "hence": 1,
}

# The days of a month as ordinal words ("the first of March", "the twenty-first of June"); the
# compounds are written with a hyphen or a space, as news writes them.
DAY_ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31,
}
