"""The rules for time expressions, in priority order: one pattern, handler and anchor words each.

A rule's pattern (``patterns``) is tried only near its anchor words, which every match contains
(``scan``); its handler (``days``, ``periods``, ``durations``) turns a match into a candidate or
rejects it. Of overlapping candidates the longest wins, and on equal spans the earlier rule.
TimeML / TIMEX3 conventions: ``the``, ``last``, ``late``, ``about`` are part of the span.
  1. ``iso``, ``numeric``   2022-12-13, 12/13/2022
  2. ``calendar``           [Tuesday,] Nov. 15[, 2022], 15 November 2022, November 2022, late-February,
                            January this year, March the 8th, the 26th of May; the second day of "April 24
                            and 25"; the first of March; a bare ordinal day "on the 8th" (of the month the
                            text is about); a weekday abbreviation ending a name is no weekday ("the
                            Leeds Sun, May 4")
  3. ``clock``              5:30 p.m. [EST] [Tuesday | Dec. 20 | last night | this morning], noon, at 22:30
                            UTC; "9:55 p.m. on Wednesday" is two (TimeML keeps prepositions out); by
                            16:00, 16:00 local time, from 09:00 to 17:00 (two)
  4. ``weekday``            [early|late|last|next] Tuesday [afternoon] (valued as the day)
  5. ``deictic``            today, yesterday afternoon, tonight, this morning, last night, mid-afternoon;
                            that afternoon, the next morning (anaphoric: ``narrative``); the early hours
                            of Saturday, the small hours (the day's night, TNI)
  6. ``relative``           last week, this year, earlier this month, the following year (anaphoric),
                            the next day, the day after, the year before, that day, the following week, the
                            same month a year earlier (anaphoric, counted from what the story named last by
                            ``narrative``); "the next year" in a past clause (anaphoric)
  7. ``ago``                two years ago, a year earlier (DATE); three days later (DURATION); 20 years ago
                            today (the day)
  8. ``quarter``            the third quarter, third-quarter, a year-earlier quarter, the first half of 2022,
                            Q3 2024, 1H24 (written short, case-sensitive);
                            a bare "quarter" or "a year ago" follows the quarter the article reports on
  9. ``decade``, ``year``, ``century``   the 1990s, the sixties, mid-1990s, nineteen ninety-six, the
                            year, year-end, the 20th century, the 1800s (a century); a year range is two
                            years ("1998-99": 1998 and 1999); a fiscal year is the year it ends in (fiscal
                            1998, FY2023, the 2022-23 fiscal or financial year: 2023); a year before a car
                            make or model is none ("a 2006 Ford")
 10. ``season``             this summer, last fall, spring 2021, winter 2009-10 (its first year's)
 11. ``duration``           three years, the past 24 hours, two-year, several months, for years, for some
                            time, a day-long meeting; a range is two ("two to three years": "two" P2Y
                            and "three years" P3Y) but after a determiner or in one word one ("the next
                            9 to 15 months", "2-3 years": PXM, PXY); in several units one
                            ("two hours and 15 minutes": PT2H15M); a fortnight (P2W; "a fortnight ago" a
                            date two weeks back)
 12. ``weekdays``, ``set``  on Tuesdays, Saturday mornings; every Monday, daily, annually, fortnightly, $5 a year
 13. ``reference``          now, currently, recently, the future, the near term
 14. ``holiday``, ``weekend``, ``week-of``   Christmas, Thanksgiving Day, Easter week, over the
                            weekend, the week of June 12
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..lexicon.calendar import (AGO_DIRECTIONS, CALENDAR_UNIT_FORMS, CLOCK_WORDS, DEICTIC_DAYS, EASTER_HOLIDAYS,
                                FIXED_HOLIDAYS, FREQUENCY_ADVERBS, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAY_FULL,
                                WEEKDAY_HOLIDAYS)
from ..lexicon.dates import REFERENCE_WORDS
from ..lexicon.numbers import DECADE_WORDS
from .context import Handler
from .days import (calendar_mention, clock_mention, deictic_mention, early_hours_mention, holiday_mention, iso_mention, numeric_mention,
                   ordinal_day_mention, part_of_day_mention, second_day_mention, week_of_mention, weekday_mention, weekend_mention)
from .durations import (compound_mention, duration_mention, long_mention, reference_mention, set_mention,
                        vague_length_mention, vague_plural_mention, weekdays_mention)
from .patterns import (RX_AGO, RX_CALENDAR, RX_CENTURY, RX_CLOCK, RX_COMPOUND, RX_DAY_AFTER, RX_DECADE,
                       RX_DECADE_WORD, RX_DEICTIC, RX_DURATION, RX_EARLY_HOURS, RX_FORTNIGHT, RX_HOLIDAY, RX_ISO, RX_LETTERS, RX_LONG,
                       RX_NUMERIC, RX_ORDINAL_DAY, RX_ORDINAL_WORD_DAY, RX_PART_OF_DAY, RX_PERIOD_EDGE, RX_QUARTER, RX_REFERENCE, RX_RELATIVE, RX_SEASON, RX_SECOND_DAY, RX_SET, RX_SHORT_QUARTER,
                       RX_SPOKEN_YEAR, RX_THE_YEAR, RX_VAGUE_LENGTH, RX_VAGUE_PLURAL, RX_WEEK_OF, RX_WEEKDAY,
                       RX_WEEKDAYS, RX_WEEKEND, RX_YEAR, RX_YEAR_AGO, RX_YEAR_END)
from .periods import (ago_mention, century_mention, day_after_mention, decade_mention, decade_word_mention,
                      fortnight_mention,
                      period_edge_mention, quarter_mention, relative_mention, season_mention,
                      short_quarter_mention, spoken_year_mention, the_year_mention, year_ago_mention, year_end_mention, year_mention)

DIGITS = "#"  # the anchor key of any run of digits


class Rule(NamedTuple):
    """A pattern, the handler of its matches, and the anchor words (lower case; DIGITS for numbers)
    every match contains."""

    pattern: re.Pattern[str]
    handler: Handler
    anchors: frozenset[str]


_UNIT_WORDS = frozenset(CALENDAR_UNIT_FORMS)
# Every match of the long rule ends in "long", glued to its unit or not ("day-long", "yearlong").
_LONG_WORDS = frozenset({"long"} | {unit + "long" for unit in CALENDAR_UNIT_FORMS})
_PARTS = frozenset(PARTS_OF_DAY)
# The plural words every match of the weekdays rule holds ("on Tuesdays", "Tuesday nights").
_WEEKDAYS_PLURAL = frozenset(day + "s" for day in WEEKDAY_FULL)
_PARTS_PLURAL = frozenset(part + "s" for part in PARTS_OF_DAY)
# Every match of the ago rule ends with a direction word: its last word ("from now": "now").
_DIRECTION_WORDS = frozenset(phrase.split()[-1] for phrase in AGO_DIRECTIONS)
# Every holiday match holds every word of its name: its longest word anchors it (the last of equal
# ones), so common words ("may", "night", "st") open no windows ("bonfire", "patrick" do).
_HOLIDAY_WORDS = frozenset(max(reversed(RX_LETTERS.findall(name)), key=len)
                           for name in list(FIXED_HOLIDAYS) + list(WEEKDAY_HOLIDAYS)
                           + list(EASTER_HOLIDAYS) + ["election day"])

# Every ordinal day in digits holds the letters after them ("8th": "th"): rarer in news than digits,
# so the rule's windows are few. An ordinal word is a day only with its month ("the first of March").
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

# Priority order: earlier rules win when two matches cover exactly the same span.
RULES: tuple[Rule, ...] = (
    Rule(RX_ISO, iso_mention, frozenset({DIGITS})),
    Rule(RX_NUMERIC, numeric_mention, frozenset({DIGITS})),
    Rule(RX_CALENDAR, calendar_mention, frozenset(MONTHS)),
    Rule(RX_CLOCK, clock_mention, frozenset({DIGITS, *CLOCK_WORDS})),
    Rule(RX_SECOND_DAY, second_day_mention, frozenset(MONTHS)),
    Rule(RX_ORDINAL_DAY, ordinal_day_mention, _ORDINAL_SUFFIXES),
    Rule(RX_ORDINAL_WORD_DAY, ordinal_day_mention, frozenset(MONTHS)),
    Rule(RX_WEEKDAY, weekday_mention, frozenset(WEEKDAY_FULL)),
    Rule(RX_DEICTIC, deictic_mention, frozenset(DEICTIC_DAYS) | _PARTS),
    Rule(RX_EARLY_HOURS, early_hours_mention, frozenset({"hours"})),
    Rule(RX_RELATIVE, relative_mention, _UNIT_WORDS),
    Rule(RX_DAY_AFTER, day_after_mention, _UNIT_WORDS),
    Rule(RX_AGO, ago_mention, _DIRECTION_WORDS),
    Rule(RX_QUARTER, quarter_mention, frozenset({"quarter", "half", "period"})),
    Rule(RX_SHORT_QUARTER, short_quarter_mention, frozenset({DIGITS})),
    Rule(RX_YEAR_AGO, year_ago_mention, frozenset({"year"})),
    Rule(RX_DECADE, decade_mention, frozenset({DIGITS})),
    Rule(RX_YEAR, year_mention, frozenset({DIGITS})),
    Rule(RX_SEASON, season_mention, frozenset(SEASONS)),
    Rule(RX_DURATION, duration_mention, _UNIT_WORDS),
    Rule(RX_FORTNIGHT, fortnight_mention, frozenset({"fortnight", "fortnights"})),
    Rule(RX_COMPOUND, compound_mention, _UNIT_WORDS),
    Rule(RX_VAGUE_PLURAL, vague_plural_mention, _UNIT_WORDS),
    Rule(RX_VAGUE_LENGTH, vague_length_mention, frozenset({"time", "while"})),
    Rule(RX_LONG, long_mention, _LONG_WORDS),
    Rule(RX_WEEKDAYS, weekdays_mention, _WEEKDAYS_PLURAL | _PARTS_PLURAL),
    Rule(RX_SET, set_mention, _UNIT_WORDS | frozenset(WEEKDAY_FULL) | _PARTS | frozenset(SEASONS)
         | frozenset(MONTHS) | frozenset(FREQUENCY_ADVERBS)),
    Rule(RX_REFERENCE, reference_mention, REFERENCE_WORDS),
    Rule(RX_HOLIDAY, holiday_mention, _HOLIDAY_WORDS),
    Rule(RX_WEEKEND, weekend_mention, frozenset({"weekend"})),
    Rule(RX_WEEK_OF, week_of_mention, frozenset({"week"})),
    Rule(RX_THE_YEAR, the_year_mention, frozenset({"year"})),
    Rule(RX_YEAR_END, year_end_mention, frozenset({"end"})),
    Rule(RX_PERIOD_EDGE, period_edge_mention, _UNIT_WORDS),
    Rule(RX_SPOKEN_YEAR, spoken_year_mention, frozenset({"nineteen", "eighteen", "thousand"})),
    Rule(RX_DECADE_WORD, decade_word_mention, frozenset(DECADE_WORDS)),
    Rule(RX_CENTURY, century_mention, frozenset({"century"})),
    Rule(RX_PART_OF_DAY, part_of_day_mention, _PARTS),
)
ALL_ANCHORS: frozenset[str] = frozenset().union(*(rule.anchors for rule in RULES))
