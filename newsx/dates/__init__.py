"""Publication date and time expressions (TIMEX3), by hand rules that know news English.

``detect_published`` tries, in order, on the first ~600 characters:
  1. ``header``   a first line ``date YYYY-MM-DD``;
  2. ``dateline`` a line near the top holding a full date (``Saturday, September 12, 2015``,
                  ``WASHINGTON, Dec. 13, 2022 (AP) --``);
  3. ``byline``   ``Published ... December 13, 2022``, ``Updated Dec 13, 2022``, ``By Jane Doe | ...``;
  4. only when nothing better exists, a dateline without its year (``dateline-yearless``: the year the
     text names most often, fitted to a given weekday) or with a weekday alone (``dateline-weekday``:
     that weekday on or after the latest full date in the story).
Each candidate must be a real calendar day with a year in 1900-2100.

``extract_dates`` runs one compiled pattern per family of expressions, each only in windows around
its anchor words (found in one linear token pass), keeps the longest non-overlapping matches (the
earlier rule wins a tie) and normalises each against the publication date (``context.published``)
following TimeML / TIMEX3 conventions (``the``, ``last``, ``late``, ``about`` are part of the span):
  1. ``iso``, ``numeric``   2022-12-13, 12/13/2022
  2. ``calendar``           [Tuesday,] Nov. 15[, 2022], 15 November 2022, November 2022, late-February,
                            January this year
  3. ``clock``              5:30 p.m. [EST] [Tuesday | Dec. 20], noon, at 22:30 UTC
  4. ``weekday``            [early|late|last|next] Tuesday [afternoon] (valued as the day)
  5. ``deictic``            today, yesterday afternoon, tonight, this morning, last night, mid-afternoon
  6. ``relative``           last week, this year, earlier this month, the following year (anaphoric)
  7. ``ago``                two years ago, a year earlier (DATE); three days later (DURATION)
  8. ``quarter``            the third quarter, third-quarter, the year-ago quarter, the first half of 2022;
                            bare "the quarter" / "a year ago" follow the quarter the article reports on
  9. ``decade``, ``year``, ``century``   the 1990s, the sixties, mid-1990s, fiscal 1998, nineteen
                            ninety-six, the year, year-end, the 20th century
 10. ``season``             this summer, last fall, spring 2021
 11. ``duration``           three years, the past 24 hours, two-year, several months, for years
 12. ``set``                every Monday, daily, annually, $5 a year
 13. ``reference``          now, currently, recently, the future, the near term
 14. ``holiday``, ``weekend``   Christmas, Thanksgiving Day, Easter week, over the weekend
Tense decides the direction of under-specified dates: a bare weekday is the last one on or before
publication in a past-tense clause, the next one in a future clause; a month or day without a year
is the nearest one consistent with tense. Without a publication date values keep X placeholders
(``XXXX-11-15``) or are None. Names, titles, ages, fractions and modal "may" are not dates.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress

from ..model import DateMention, Published
from ..doc import Doc
from ..lexicon.calendar import EASTER_HOLIDAYS, FIXED_HOLIDAYS, MONTHS, MONTH_FULL, PARTS_OF_DAY, POSITIONS, SEASONS, TIMEX_UNITS, TIME_MODIFIERS, WEEKDAYS, WEEKDAY_ABBR, WEEKDAY_FULL, WEEKDAY_HOLIDAYS
from ..lexicon.grammar import DETERMINERS
from ..lexicon.numbers import NUMBER_WORDS, ORDINALS, VAGUE_QUANTITIES
from ..lexicon.verbs import MODAL_FOLLOWERS, PAST_TENSE_CUES

HEAD_CHARS = 600


# ---------------------------------------------------------------- pattern fragments
def _alt(words) -> str:
    """A regex alternation of words, longest first (so 'sept' wins over 'sep')."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


MONTH = rf"(?:{_alt(MONTHS)})"
MONTH_FULL = rf"(?:{_alt(MONTH_FULL)})"
WEEKDAY = rf"(?:{_alt(WEEKDAY_FULL)})"
WEEKDAY_ANY = rf"(?:{_alt(WEEKDAY_FULL)}|(?:{_alt(WEEKDAY_ABBR)})\.?)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
NUM_WORD = rf"(?:{_alt(w for w in NUMBER_WORDS if w not in ('a', 'an'))})"
# A number: digits ("24", "2.5", "2 1/2", "6,000"; never the tail of "6,000"), or up to three number words ("twenty four", "twenty-four").
NUMBER = (
    rf"(?:(?<!\d,)(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:\s+1/2)?|{NUM_WORD}(?:[\s-]+(?:and\s+)?{NUM_WORD}){{0,2}}(?:[\s-]+and[\s-]+a[\s-]+half)?"
    rf"|an?(?:\s+(?:hundred|thousand|dozen|couple\s+of))?|couple\s+of)"
)
VAGUE = rf"(?:{_alt(VAGUE_QUANTITIES)})"
UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|quarters?|weekends?)"
UNIT_SG = r"(?:year|month|week|day|hour|minute|second|decade|century|quarter|weekend)"
MOD_WORDS = rf"(?:{_alt(TIME_MODIFIERS)})"
POSITION = r"(?:early|late|mid|middle|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+start\s+of)"
PART = r"(?:morning|afternoon|evening|night|overnight)"
SEASON = rf"(?:{_alt(SEASONS)})"
TZ = r"(?:\s+\(?(?P<tz>[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|local\s+time)\)?)"
TZ2 = TZ.replace("?P<tz>", "?P<tz2>")
ORDINAL_Q = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"

_B = r"(?<![\w/.-])"  # no word, slash, period or hyphen just before (G-20, 3/4, U.S.)
_E = r"(?![\w/-]|\.\d|:\d)"  # nor after


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


RX_ISO = _c(_B + r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d)(?::\d\d)?)?" + _E)
RX_NUMERIC = _c(_B + r"(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4}|\d\d)" + _E)
RX_CALENDAR = _c(
    rf"{_B}(?:(?P<approx>around|about|approximately)\s+(?=\w+\.?\s+\d))?"
    rf"(?:(?P<pos>{POSITION})[\s-]+|(?P<rel>last|next|this|that|past)\s+)?"
    rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+(?:the\s+)?)?"
    rf"(?:(?P<m1>{MONTH})\.?\s+(?P<d1>{DAY})(?!\d|:\d|\s*%|\.\d)"
    rf"(?=\s*(?:-|\u2013|and|to|through)\s*{DAY},?\s+(?P<ry2>{YEAR})\b)?"
    rf"|(?P<d2>{DAY})(?:\s+of)?\s+(?P<m2>{MONTH})\b\.?"
    rf"|(?P<m3>{MONTH})\b\.?)"
    rf"(?:(?:,|\s+of)?\s+(?P<y>{YEAR})(?!\d)|\s+(?:of\s+)?(?P<ry>this|last|next)\s+year\b)?"
)
RX_CLOCK = _c(
    rf"{_B}(?:(?P<mod>about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    rf"{_B}(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b|"
    rf"(?:o'clock\s+)?in\s+the\s+(?:morning|afternoon|evening)\b|(?:o'clock\s+)?at\s+night\b)"
    rf"(?:{TZ})?(?:,?\s+(?:on\s+)?(?P<day>today|yesterday|tomorrow|tonight|{WEEKDAY})"
    rf"|,?\s+(?P<cm>{MONTH})\.?\s+(?P<cd>{DAY})(?!\d))?"
    rf"|\bat\s+(?P<h24>[01]\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:]|\s*[ap]\.?m\b)(?:{TZ2})?"
    rf"(?:,?\s+(?:on\s+)?(?P<day3>today|yesterday|tomorrow|{WEEKDAY}))?"
    rf"|{_B}(?P<word>noon|midnight|midday)(?:\s+(?P<day2>today|yesterday|tomorrow|{WEEKDAY}))?"
)
# The second day of a pair or range: "April 24 and 25", "Nov. 15-16" (the first is a calendar date).
RX_SECOND_DAY = _c(
    rf"{_B}(?P<m>{MONTH})\.?\s+(?P<d1>{DAY})\s*(?:and|to|through|-|\u2013)\s*(?P<d2>{DAY})(?!\d|:\d|%|,\d|\.\d)(?:,?\s+(?P<y>{YEAR})(?!\d))?"
)
RX_WEEKDAY = _c(
    rf"{_B}(?:(?P<pos>early|late|earlier|later)\s+|(?P<rel>last|next|this|this\s+past|this\s+coming|coming|the\s+previous|"
    rf"the\s+following)\s+)?(?P<wd>{WEEKDAY})(?:'s)?(?:\s+(?P<part>{PART}))?\b"
)
RX_DEICTIC = _c(
    rf"{_B}(?:(?P<pos>early|late|earlier|later)\s+)?"
    rf"(?:(?P<word>today|yesterday|tomorrow|tonight)(?:'s)?(?:\s+(?P<part>{PART}))?"
    rf"|(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part2>{PART})"
    rf"|(?:the\s+)?(?P<dbefore>day\s+before\s+yesterday|day\s+after\s+tomorrow))\b"
)
RX_RELATIVE = _c(
    rf"{_B}(?:(?P<pos>early|late|earlier|later|sometime|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|"
    rf"the\s+start\s+of)\s+)?"
    rf"(?P<rel>last|next|this|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|the\s+current|"
    rf"the\s+latest|the\s+same|the\s+following|the\s+prior|the\s+current|a\s+year\s+ago|this\s+past|"
    rf"that|that\s+same)\s+"
    rf"(?P<unit>{UNIT_SG}|year's|month's|week's|(?P<typo>years|months|weeks)(?=\s+[a-z]))\b(?<!second)(?P<orso>\s+or\s+so\b)?"
)
RX_AGO = _c(
    rf"{_B}(?:(?P<mod>{MOD_WORDS})\s+)?(?P<n>{NUMBER}|{VAGUE})[\s-]+(?P<unit>{UNIT})(?P<orso>\s+or\s+so)?\s+"
    rf"(?P<dir>ago|earlier|later|before|after|from\s+now|hence)\b"
)
RX_YEAR_AGO = _c(rf"{_B}year[\s-](?:earlier|ago)\b(?![\s-](?:quarter|period|half))")
RX_QUARTER = _c(
    rf"{_B}(?:(?P<the>the|that|this|its|their)\s+)?(?:(?P<pre0>comparable|corresponding|same)\s+)?"
    rf"(?:(?P<pre>{YEAR}|year-earlier|year-ago|year\s+earlier|next\s+year's|last\s+year's|this\s+year's|"
    rf"latest|current|previous|final|last|recent|preceding|prior|most\s+recent|just-ended|just-completed|"
    rf"comparable|corresponding|same|fiscal)[\s-]+)?"
    rf"(?:(?P<ord>{ORDINAL_Q})[\s-]+)?(?:(?P<fiscal>fiscal)[\s-]+)?(?:(?P<ord2>{ORDINAL_Q})[\s-]+)?"
    rf"(?P<unit>quarter|half|period)(?!s)"
    rf"(?:\s+(?:of\s+)?(?:(?P<fy>fiscal)\s+)?(?P<y>{YEAR})|\s+of\s+(?P<rely>this|next|last)\s+year"
    rf"|(?P<ago>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|the\s+previous\s+year)))?\b"
    rf"(?=\s+end(?:ed|ing)\s+(?P<endm>{MONTH})\b)?"
)
# An explicit quarter ("third-quarter", "the fourth quarter") sets the period later phrases refer to.
RX_QUARTER_FOCUS = _c(
    rf"{_B}(?:(?P<ord>{ORDINAL_Q})[\s-]+(?:fiscal[\s-]+)?)?quarter\b(?:\s+(?:of\s+)?(?P<y>{YEAR}))?"
    rf"(?:\s+end(?:ed|ing)\s+(?P<endm>{MONTH})\b)?"
)
RX_DECADE = _c(
    rf"{_B}(?:(?P<the>the)\s+)?(?:(?P<pos>early|late|mid|middle)[\s-]+)?"
    rf"(?:(?P<dec>1[89]\d0|20\d0)['\u2019]?s|['\u2018\u2019](?P<short>\d0)['\u2019]?s|"
    rf"(?<=the\s)(?P<short2>[1-9]0)['\u2019]s)\b"
)
RX_YEAR = _c(
    rf"{_B}(?:(?P<pos>early|late|mid|middle|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|"
    rf"the\s+start\s+of)[\s-]+)?"
    rf"(?:(?P<fiscal>fiscal(?:\s+year)?)\s+|(?P<theyear>the\s+year)\s+)?(?P<y>{YEAR})(?![\w%$-]|[.,]\d)"
)
RX_SEASON = _c(
    rf"{_B}(?:(?P<the>the)\s+(?=(?:(?:early|late|mid)[\s-]+)?{SEASON}\b))?"
    rf"(?:(?P<pos>early|late|mid|the\s+end\s+of)[\s-]+)?(?:(?P<rel>last|next|this|this\s+past|the\s+coming|"
    rf"the\s+past)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b"
)
RX_DURATION = _c(
    rf"{_B}(?:(?P<mod0>at\s+least|nearly|almost|more\s+than|less\s+than)\s+(?=the\s))?"
    rf"(?:(?P<the>the|its|their|his|her)\s+)?(?:(?P<span>past|last|next|first|coming|previous|final|"
    rf"preceding|following|latest)\s+)?(?:(?P<mod>{MOD_WORDS})\s+)?"
    rf"(?:(?P<n>{NUMBER})(?:\s*(?:to|or|-|\u2013)\s*(?P<n2>{NUMBER}))?|(?P<vague>{VAGUE}))(?:\s+more)?[\s-]+"
    rf"(?P<unit>{UNIT})(?P<long>-long)?\b(?P<age>-old|\s+old\b)?(?P<orso>\s+or\s+so\b)?"
)
RX_VAGUE_PLURAL = _c(
    rf"{_B}(?:(?P<lead>for|in\s+recent|in\s+the\s+coming|in\s+coming|over\s+the\s+past|over\s+the\s+last|"
    rf"in\s+the\s+past|in\s+the\s+last|within|after)\s+)(?P<unit>years|months|weeks|days|decades|hours|quarters|"
    rf"centuries)\b"
)
RX_SET = _c(
    rf"{_B}(?:(?P<every>every|each)\s+(?:(?P<other>other)\s+|(?P<k>{NUMBER})[\s-]+(?=\w+s\b))?"
    rf"(?P<what>{UNIT}|{WEEKDAY}|{PART}|{MONTH_FULL}|{SEASON})"
    rf"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|semiannually)"
    rf"|(?P<times>once|twice|three\s+times|four\s+times|several\s+times)\s+(?:a|per|each)\s+(?P<tunit>{UNIT_SG})"
    rf"|(?P<per>a|per)\s+(?P<punit>year|month|week|day|hour|quarter))\b"
)
RX_REFERENCE = _c(
    rf"{_B}(?:(?P<now>now|currently|nowadays|at\s+present|presently|the\s+present|these\s+days)"
    rf"|(?P<past>(?:more\s+)?recently|lately|(?:the\s+)?past|in\s+the\s+past|once\s+upon\s+a\s+time|earlier)"
    rf"|(?P<future>(?:the\s+)?(?:near\s+|foreseeable\s+)?future(?!\s+of\b(?!\s+course))|the\s+(?:near|short)\s+term|"
    rf"(?:the\s+)?coming\s+(?P<cunit>days|weeks|months|years|quarters)))\b"
)
RX_HOLIDAY = _c(
    rf"{_B}(?:(?P<rel>last|next|this)\s+)?(?P<h>{_alt(list(FIXED_HOLIDAYS) + list(WEEKDAY_HOLIDAYS) + list(EASTER_HOLIDAYS) + ['election day'])})"
    rf"(?:,?\s+(?P<y>{YEAR}))?\b(?P<week>\s+week\b)?"
)

# "the week of March 6": the ISO week holding that day.
RX_WEEK_OF = _c(
    rf"{_B}the\s+week\s+of\s+(?P<m>{MONTH})\.?\s+(?P<d>{DAY})(?!\d|:\d|\s*%|\.\d)(?:,?\s+(?P<y>{YEAR})(?!\d))?"
)
RX_WEEKEND = _c(rf"{_B}(?:(?P<pos>early|late)\s+)?the\s+weekend\b(?!\s+of)")
RX_THE_YEAR = _c(
    rf"{_B}(?:(?P<pos>earlier|later)\s+in\s+)?the\s+(?:(?P<kind>full|fiscal|calendar|current|entire|whole)[\s-]+)?"
    rf"(?:fiscal[\s-]+)?"
    rf"year\b(?!-|\s+(?:before|after|of|in|that|when|he|she|they|it|I|we))(?P<ended>\s+(?:ended|ending|to)\b)?"
)
RX_YEAR_END = _c(rf"{_B}(?:(?P<around>around|about)\s+)?(?:the\s+)?year(?:'s)?[\s-]end\b")
RX_PERIOD_EDGE = _c(
    rf"{_B}(?P<pos>the\s+end|the\s+beginning|the\s+start|the\s+middle|the\s+turn)\s+of\s+"
    rf"(?:the|this)\s+(?P<unit>year|month|week|decade|century|quarter)\b"
)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS9 = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
RX_SPOKEN_YEAR = _c(
    rf"{_B}(?:(?P<the>the\s+year)\s+)?(?:(?P<cent>nineteen|eighteen)\s+(?:(?P<teen>{_TEENS})|(?P<tens>{_TENS})"
    rf"(?:[\s-](?P<unit>{_UNITS9}))?|(?P<oh>oh|o)[\s-](?P<ounit>{_UNITS9}))"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?P<mil>{_UNITS9}|{_TEENS}))?)\b"
)
RX_DECADE_WORD = _c(
    rf"{_B}the\s+(?:(?P<pos>early|late|mid)[\s-]+)?(?:(?P<cent>nineteen|eighteen)[\s-])?"
    rf"(?P<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
RX_CENTURY = _c(
    rf"{_B}(?:(?P<the>the)\s+)?(?:(?P<pos>early|late|mid)[\s-]+)?"
    rf"(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{_alt(k for k in ORDINALS if k.endswith(('st', 'nd', 'rd', 'th')) and not k[0].isdigit() and k not in ('last', 'first'))}|first)"
    rf"[\s-]century\b"
)
RX_PART_OF_DAY = _c(
    rf"{_B}(?:(?P<pos>early|late|mid)[\s-]?)(?P<part>morning|afternoon|evening|night)"
    rf"(?:\s+(?P<day>yesterday|today|tomorrow))?\b"
)

# Small helper patterns used by the handlers.
RX_SPACES = re.compile(r"\s+")
RX_DIGITS = re.compile(r"\d+")
RX_FOUR_DIGITS = re.compile(r"\d{4}")
RX_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")
RX_FULL_MONTH_END = _c(rf"\b{MONTH_FULL}\Z")
RX_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# Words before "the next day" that make it a period ("within the next day or two").
_PERIOD_WORDS = frozenset("in within over for during through throughout".split())
RX_PLAIN_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?: 1/2)?")
RX_HIGH_BEFORE = _c(r"\bhigh\s+\Z")
RX_EVERY_BEFORE = _c(r"\bevery\s+\Z")
RX_SINCE_JUST_BEFORE = _c(r"\bsince\s+\Z")
RX_AGED_BEFORE = _c(r"\baged\s+(?:\d+\W{1,3})?\Z")
RX_AMOUNT_BEFORE = _c(r"(?:\d|million|billion|thousand|hundred|percent|%|dollars|cents|times)\W*\s*\Z")
RX_OF_AFTER = _c(r",?\s+of\b")
RX_OF_THE_AFTER = _c(r"\s+of\s+the\b")
RX_OF_AGE_AFTER = _c(r"\s+of\s+age\b")
RX_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
RX_LETTERS = re.compile(r"[a-z]+")
RX_NON_WORD = re.compile(r"\W*")
RX_BYLINE_LEAD = _c(r"\b(?:published|updated|posted|by)\b")

# Tense cues near a time expression.
RX_FUTURE_CUE = _c(
    r"\b(?:will|would|won't|shall|'ll|going\s+to|plans?\s+to|planning\s+to|planned|scheduled|expected\s+to|expects?|set\s+to|"
    r"due|is\s+to|are\s+to|supposed\s+to|(?:is|are)\s+set\s+for|intends?\s+to|hopes?\s+to|upcoming|begins|starts|opens|expected|slated|"
    r"resumes|reopens|ends|closes|convenes|kicks\s+off|takes\s+effect|goes\s+on\s+sale|premieres|"
    r"to\s+be\s+\w+ed|as\s+(?:soon|early)\s+as|no\s+later\s+than|"
    r"(?:decided|agreed|vowed|promised|pledged|voted|aims?|wants?|seeks?|prepares?|preparing)\s+to)\b"
)
RX_PAST_CUE = _c(
    rf"\b(?:says|{_alt(PAST_TENSE_CUES)}|ago|"
    # A participle after a determiner is an adjective ("the reduced dividend"), not a past tense.
    # Lower case only: names such as "Mohamed" or "Ahmed" are not verbs.
    r"(?<!the\s)(?<!\ban\s)(?<!\ba\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!their\s)(?-i:[a-z]+ed))\b"
)
RX_PLAIN_FUTURE_BEFORE = _c(r"\b(?:ahead\s+of|upcoming|will|'ll|shall|going\s+to|in\s+time\s+for|until|till)\b")
RX_SINCE_BEFORE = _c(
    r"\b(?:since|ago\s+in)\s+(?:(?:shortly|soon|just|right|immediately)\s+)?(?:(?:after|before)\s+)?(?:the\s+)?"
    r"(?:early\s+|late\s+|mid-?)?\Z"
)
RX_UNTIL_BEFORE = _c(r"\b(?:until|till|through)\s+(?:the\s+)?\Z")
RX_DEFER_CUE = _c(
    r"\b(?:postponed?|postpones|delay(?:ed|s)?|adjourn(?:ed|s)?|defer(?:red|s)?|extend(?:ed|s)?|"
    r"(?:has|have|had)\s+(?:been\s+)?given|gave|grant(?:ed|s)|deadline|suspend(?:ed|s)?|recess(?:ed|es)?|"
    r"(?:has|have)\s+until|put\s+off|pushed\s+back)\b"
)
RX_CLAUSE_END = re.compile(r"[.;!?\n]")
RX_MODAL_BEFORE = _c(
    r"\b(?:will|would|to|'ll|shall|could|should|must|might|may|can)\s+(?:not\s+|still\s+|also\s+|\w+ly\s+)?"
    r"(?:be|have)?\s*\Z"
    # A present passive ("when the case is heard", "talks are held") is not a past tense either.
    r"|\b(?:is|are|am|being|gets?)\s+(?:not\s+|still\s+|also\s+|\w+ly\s+)?\Z"
)
RX_WORD_BEFORE = re.compile(r"([A-Za-z']+)[^A-Za-z']*\Z")
RX_WORD_AFTER = re.compile(r"\A[^A-Za-z]*?([A-Za-z']+)")

PREPOSITIONS = frozenset(
    """in on since until till by of from to during before after through throughout between and or
    for early late mid last next this that every each the end beginning until around about
    than since as including except like into within""".split()
)
# Words before "a year", "a week" that make it a period ("for a year", "within a week").
A_PERIOD_BEFORE = frozenset("for than within in about nearly almost after over last".split())
# Words after a four-digit number that make it a count, not a year.
NOT_YEAR_AFTER = frozenset(
    """people persons men women children troops soldiers jobs shares votes tons pounds feet miles
    meters metres kilometers km dollars yuan euros cars homes units cases deaths employees workers
    members students acres barrels points seats rooms calories hours minutes times percent year years
    old""".split()
)


# ---------------------------------------------------------------- the anchor
@dataclass(slots=True)
class _Anchor:
    """The publication date and what is needed to read tense around a mention."""

    text: str
    dct: dt.date | None
    sent_starts: list[int]
    sent_ends: list[int]
    quarters: list[tuple[int, tuple[int, int]]] | None = None

    def focus_quarter(self, pos: int) -> tuple[int, int] | None:
        """The last explicit quarter named before pos (within a few paragraphs), as (year, q)."""
        if self.quarters is None:
            self.quarters = []
            if self.dct is not None:
                for m in RX_QUARTER_FOCUS.finditer(self.text):
                    if not (m["ord"] or m["endm"]):
                        continue
                    # The month a quarter ended beats a fiscal ordinal ("fourth quarter ended Sept. 30").
                    q = _quarter_ending(m["endm"]) if m["endm"] else _quarter_number(m["ord"])
                    y = int(m["y"]) if m["y"] else _recent_quarter(self.dct, q, None)[0]
                    self.quarters.append((m.start(), (y, q)))
        i = bisect.bisect_left(self.quarters, (pos,)) - 1
        if i >= 0 and pos - self.quarters[i][0] < 2500:
            return self.quarters[i][1]
        return None

    def sentence(self, start: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, start) - 1
        if i < 0:
            return 0, min(len(self.text), start + 200)
        return self.sent_starts[i], max(self.sent_ends[i], start)

    def tense(self, start: int, end: int) -> str | None:
        """'future', 'past' or None (no cue) for the clause around text[start:end]."""
        s0, s1 = self.sentence(start)
        before = self.text[max(s0, start - 80):start]
        if RX_SINCE_BEFORE.search(before):
            return "past"  # "since December": a period that began before now
        if RX_UNTIL_BEFORE.search(before) and RX_DEFER_CUE.search(before):
            return "future"  # "postponed until Tuesday", "has given them until 9 a.m. Tuesday": a deadline ahead
        # A fronted adverbial ("In January, a week after X, a bomb killed ...") takes its tense from
        # the main clause, which may come well after it.
        reach = 160 if start - s0 <= 12 else 40
        after = self.text[end:min(s1, end + reach)]
        stop = RX_CLAUSE_END.search(after)
        if stop:
            after = after[:stop.start()]
        fut = [m.end() for m in RX_FUTURE_CUE.finditer(before)]
        # A participle after a modal ("will be held", "to be signed") is not a past tense.
        past = [m.end() for m in RX_PAST_CUE.finditer(before)
                if not RX_MODAL_BEFORE.search(before, max(0, m.start() - 16), m.start())]
        last_f = fut[-1] if fut else -1
        last_p = past[-1] if past else -1
        if last_f >= 0 and last_f >= last_p:
            return "future"
        if last_p >= 0:
            return "past"
        mf = RX_FUTURE_CUE.search(after)
        mp = next((m for m in RX_PAST_CUE.finditer(after)
                   if not RX_MODAL_BEFORE.search(after, max(0, m.start() - 16), m.start())), None)
        if mf and (mp is None or mf.start() < mp.start()):
            return "future"
        if mp:
            return "past"
        return None


# ---------------------------------------------------------------- calendar arithmetic
def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _shift(dct: dt.date, unit: str, n: int) -> str | None:
    """The date n units away from dct, at the unit's granularity."""
    try:
        if unit == "D":
            return (dct + dt.timedelta(days=n)).isoformat()
        if unit == "W":
            return _week(dct + dt.timedelta(weeks=n))
        if unit == "M":
            y, m = _add_months(dct.year, dct.month, n)
            return f"{y:04d}-{m:02d}"
        if unit == "Y":
            return f"{dct.year + n:04d}"
        if unit == "Q":
            y, q = _quarter_of(dct)
            k = y * 4 + (q - 1) + n
            return f"{k // 4:04d}-Q{k % 4 + 1}"
        if unit == "DE":
            return f"{(dct.year // 10 + n):03d}"
        if unit == "CE":
            return f"{(dct.year // 100 + n):02d}"
        if unit == "WE":
            return _week(dct + dt.timedelta(weeks=n)) + "-WE"
        if unit in ("H", "MIN", "S"):
            return dct.isoformat()
    except (ValueError, OverflowError):
        return None
    return None


def _nearest_day(dct: dt.date, month: int, day: int, tense: str) -> str:
    """The year of a month/day given without one: the closest such date consistent with tense."""
    options = [dt.date(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1) if _valid(y, month, day)]
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


def _nearest_month(dct: dt.date, month: int, tense: str, rel: str | None) -> str:
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


def _weekday_date(dct: dt.date, wd: int, tense: str, rel: str | None) -> dt.date:
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
        return dct - dt.timedelta(days=(back or 7) + 7)  # the one before the last one
    if rel == "the following":
        return dct + dt.timedelta(days=(fwd or 7) + 7)
    if tense == "future":
        return dct + dt.timedelta(days=fwd)
    return dct - dt.timedelta(days=back)


# ---------------------------------------------------------------- candidates
@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None
    rule: str


Handler = Callable[[re.Match[str], _Anchor], "_Cand | None"]


def _cand(m: re.Match[str], type_: str, value: str | None, mod: str | None, rule: str,
          start: int | None = None, end: int | None = None) -> _Cand:
    return _Cand(m.start() if start is None else start, m.end() if end is None else end, type_, value, mod, rule)


def _low(s: str | None) -> str:
    return RX_SPACES.sub(" ", s.lower()) if s else ""


def _position_mod(pos: str | None) -> str | None:
    if not pos:
        return None
    pos = _low(pos)
    for word, mod in POSITIONS.items():
        if word in pos:
            return mod
    return None


def _number(word: str | None) -> int | float | None:
    """'24' -> 24, 'twenty-four' -> 24, 'a' -> 1, '2 1/2' -> 2.5, 'several' -> None."""
    if not word:
        return None
    w = _low(word).replace("-", " ")
    if w in ("a couple of", "a couple", "couple of"):
        return 2
    if RX_PLAIN_NUMBER.fullmatch(w):
        half = 0.5 if w.endswith(" 1/2") else 0
        base = float(w.split()[0].replace(",", "")) + half
        return int(base) if base == int(base) else base
    total, current = 0, 0
    half = False
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], True
    for tok in w.split():
        if tok in ("and",):
            continue
        if tok == "half" and total + current > 0:
            half = True
            continue
        if tok == "of":
            continue
        val = NUMBER_WORDS.get(tok)
        if val is None:
            return None
        if tok in ("hundred", "thousand"):
            current = max(current, 1) * val
            if tok == "thousand":
                total, current = total + current, 0
        elif tok == "dozen":
            current = max(current, 1) * 12
        else:
            current += val
    n = total + current
    return n + 0.5 if half else n


def _duration_value(n: int | float | None, unit_letter: str) -> str:
    """TIMEX3 duration: P3Y, PT24H, P2Y6M, PXM for unknown counts."""
    if unit_letter in ("H", "MIN", "S"):
        letter = {"H": "H", "MIN": "M", "S": "S"}[unit_letter]
        if n is None:
            return f"PTX{letter}"
        if isinstance(n, float) and unit_letter == "H":
            return f"PT{int(n)}H{int(round((n % 1) * 60))}M"
        return f"PT{_num_str(n)}{letter}"
    if unit_letter == "DE":
        return "PXDE" if n is None else f"P{_num_str(n * 10)}Y"
    if unit_letter == "CE":
        return "PXCE" if n is None else f"P{_num_str(n)}CE"
    if unit_letter == "Q":
        return "PXQ" if n is None else f"P{_num_str(n)}Q"
    if unit_letter == "WE":
        return "PXWE" if n is None else f"P{_num_str(n)}WE"
    if n is None:
        return f"PX{unit_letter}"
    if isinstance(n, float) and unit_letter == "Y":
        return f"P{int(n)}Y{int(round((n % 1) * 12))}M"
    return f"P{_num_str(n)}{unit_letter}"


def _num_str(n: int | float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _unit_letter(unit: str) -> str:
    u = _low(unit).rstrip("'s") if unit.lower().endswith("'s") else _low(unit)
    return TIMEX_UNITS.get(u, TIMEX_UNITS.get(u.rstrip("s"), "X"))


# Rule handlers, one per pattern family. Each returns a candidate or None (not a time expression).
def _h_iso(m: re.Match[str], a: _Anchor) -> _Cand | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1900 <= y <= 2100 and _valid(y, mo, d)):
        return None
    if m["hh"]:
        return _cand(m, "TIME", f"{y:04d}-{mo:02d}-{d:02d}T{m['hh']}:{m['mm']}", None, "iso")
    return _cand(m, "DATE", f"{y:04d}-{mo:02d}-{d:02d}", None, "iso")


def _h_numeric(m: re.Match[str], a: _Anchor) -> _Cand | None:
    y = int(m["y"])
    if len(m["y"]) == 2:
        y += 1900 if y > 30 else 2000
    mo, d = int(m["m"]), int(m["d"])
    if not (1900 <= y <= 2100 and _valid(y, mo, d)):
        return None
    return _cand(m, "DATE", f"{y:04d}-{mo:02d}-{d:02d}", None, "numeric")


def _h_calendar(m: re.Match[str], a: _Anchor) -> _Cand | None:
    month_word = m["m1"] or m["m2"] or m["m3"]
    month = MONTHS[month_word.lower()]
    day_word = m["d1"] or m["d2"]
    day = int(RX_DIGITS.match(day_word).group()) if day_word else None
    year = int(m["y"] or m["ry2"]) if (m["y"] or m["ry2"]) else None
    start, end = m.start(), m.end()
    if not month_word[0].isupper():
        return None  # "may", "march" in lower case are the verb/noun
    if len(month_word) <= 4 and month_word.lower() not in ("may", "june", "july") and day is None and year is None:
        return None  # "Mar", "Dec" alone: too ambiguous
    rel = _low(m["rel"]) or None
    if m["ry"] and a.dct is not None:
        year = a.dct.year + {"this": 0, "last": -1, "next": 1}[_low(m["ry"])]
    if day is None and year is None and not _month_alone_ok(m, month_word, a):
        return None
    if m["m3"] and m["m3"].lower() == "may" and year is None and m["wd"] is None:
        if not _month_alone_ok(m, month_word, a):
            return None
    # The period after an abbreviation belongs to it only when the month is abbreviated.
    if day is None and year is None and a.text[end - 1] == "." and month_word.lower() in MONTH_FULL:
        end -= 1
    if rel in ("that", "past") and day is not None:
        start = m.start("wd") if m["wd"] else m.start("m1") if m["m1"] else m.start("d2")
        rel = None
    if rel == "past":
        return None
    mod = _position_mod(m["pos"]) or ("APPROX" if m["approx"] else None)
    if day is not None:
        if year is not None:
            if not _valid(year, month, day):
                return None
            value = f"{year:04d}-{month:02d}-{day:02d}"
        elif a.dct is not None:
            if not _valid(2000, month, day):
                return None
            value = _nearest_day(a.dct, month, day, a.tense(start, end))
            if m["wd"]:
                value = _weekday_year(a.dct, month, day, WEEKDAYS[m["wd"].lower().rstrip(".")]) or value
        else:
            value = f"XXXX-{month:02d}-{day:02d}"
    else:
        if year is not None:
            value = f"{year:04d}-{month:02d}"
        elif a.dct is not None:
            value = _nearest_month(a.dct, month, a.tense(start, end), rel)
        else:
            value = f"XXXX-{month:02d}"
    return _Cand(start, end, "DATE", value, mod, "calendar")


def _h_second_day(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if not m["m"][0].isupper():
        return None
    month = MONTHS[m["m"].lower()]
    d1, d2 = (int(RX_DIGITS.match(m[g]).group()) for g in ("d1", "d2"))
    if not (d1 < d2 and _valid(2000, month, d2)):
        return None
    if a.dct is None:
        value = f"XXXX-{month:02d}-{d2:02d}"
    else:
        value = _nearest_day(a.dct, month, d2, a.tense(m.start(), m.end()))
    if m["y"]:
        value = f"{m['y']}-{month:02d}-{d2:02d}"
    return _cand(m, "DATE", value, None, "calendar", start=m.start("d2"))


def _weekday_year(dct: dt.date, month: int, day: int, wd: int) -> str | None:
    """'Tuesday, Nov. 15': the year near publication in which that day is that weekday."""
    for y in (dct.year, dct.year - 1, dct.year + 1):
        if _valid(y, month, day) and dt.date(y, month, day).weekday() == wd:
            return f"{y:04d}-{month:02d}-{day:02d}"
    return None


def _month_alone_ok(m: re.Match[str], month_word: str, a: _Anchor) -> bool:
    """A month name with neither day nor year: a date only after a preposition or modifier."""
    if m["pos"] or m["rel"]:
        return True
    prev = RX_WORD_BEFORE.search(a.text, max(0, m.start() - 30), m.start())
    prev_word = prev.group(1).lower() if prev else ""
    low = month_word.lower()
    if low in ("may", "march"):
        if prev_word in ("in", "since", "until", "till", "by", "from", "through", "during", "before",
                         "after", "of", "early", "late", "mid", "last", "next", "this", "and", "or",
                         "between", "to", "end", "until"):
            nxt = RX_WORD_AFTER.search(a.text[m.end():m.end() + 30])
            return not (nxt and nxt.group(1).lower() in MODAL_FOLLOWERS)
        return False
    return True


def _h_clock(m: re.Match[str], a: _Anchor) -> _Cand | None:
    day_word = m["day"] or m["day2"]
    if m["h24"]:
        day = _clock_day(a, m["day3"], m)
        zone = "Z" if m["tz2"] and m["tz2"].upper() in ("UTC", "GMT") else ""
        return _cand(m, "TIME", f"{day}T{m['h24']}:{m['m24']}{zone}", None, "clock", start=m.start("h24"))
    if m["word"] and RX_HIGH_BEFORE.search(a.text, max(0, m.start() - 6), m.start()):
        return None  # "High Noon"
    if m["word"]:
        hh, mi = (24, 0) if m["word"].lower() == "midnight" else (12, 0)
        if m["word"].lower() == "midnight" and not day_word:
            return _cand(m, "TIME", _clock_day(a, day_word, m) + "T24:00" if a.dct else "XXXX-XX-XXT24:00", None, "clock")
    else:
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
    day = _clock_day(a, day_word, m)
    if m["cm"]:
        month, dd = MONTHS[m["cm"].lower()], int(RX_DIGITS.match(m["cd"]).group())
        if not _valid(2000, month, dd):
            return None
        day = _nearest_day(a.dct, month, dd, a.tense(m.start(), m.end())) if a.dct else f"XXXX-{month:02d}-{dd:02d}"
    mod = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX"}.get(_low(m["mod"])) if m["mod"] else None
    zone = "Z" if m["tz"] and m["tz"].upper() in ("UTC", "GMT") else ""
    if zone:
        return _cand(m, "TIME", f"{day}T{hh:02d}:{mi:02d}Z", mod, "clock")
    if m["mod"] and mod is None:
        # "shortly before 5 p.m.": the hedge is not part of the time.
        return _cand(m, "TIME", f"{day}T{hh:02d}:{mi:02d}", None, "clock", start=m.start("h"))
    return _cand(m, "TIME", f"{day}T{hh:02d}:{mi:02d}", mod, "clock")


def _clock_day(a: _Anchor, day_word: str | None, m: re.Match[str]) -> str:
    if a.dct is None:
        return "XXXX-XX-XX"
    if not day_word:
        return a.dct.isoformat()
    w = day_word.lower()
    if w in ("today", "tonight"):
        return a.dct.isoformat()
    if w == "yesterday":
        return (a.dct - dt.timedelta(days=1)).isoformat()
    if w == "tomorrow":
        return (a.dct + dt.timedelta(days=1)).isoformat()
    return _weekday_date(a.dct, WEEKDAYS[w], a.tense(m.start(), m.end()), None).isoformat()


def _h_weekday(m: re.Match[str], a: _Anchor) -> _Cand | None:
    wd_word = m["wd"]
    if not wd_word[0].isupper():
        return None
    rel = _low(m["rel"]) or None
    start = m.start()
    wd = WEEKDAYS[wd_word.lower()]
    mod = _position_mod(m["pos"])
    end = m.end()
    possessive = m.group().endswith("'s") and not m["part"]
    if possessive:
        end -= 2
    if a.dct is None:
        value = "XXXX-WXX-" + str(wd + 1)
    else:
        tense = a.tense(start, end)
        if possessive and tense == "future" and not RX_PLAIN_FUTURE_BEFORE.search(a.text, max(0, start - 60), start):
            # "ways to get around Wednesday's ruling": an event named by its day has taken place,
            # unless the clause itself looks ahead ("ahead of Sunday's vote", "will attend Friday's").
            tense = "past"
        value = _weekday_date(a.dct, wd, tense, rel).isoformat()
    # "Thursday night" keeps its part of day in the span but is valued as the day: news corpora
    # (GUM, most of AQUAINT) anchor it to the calendar day, and events are dated by the day.
    return _Cand(start, end, "DATE", value, mod, "weekday")


def _h_deictic(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if m["word"] and m["word"][0] == "T" and not m["pos"] and not _sentence_initial(a.text, m.start()):
        return None  # "USA Today", "Russia Today": a title
    mod = _position_mod(m["pos"]) if m["pos"] and _low(m["pos"]) in ("early", "late") else None
    if m["pos"] and _low(m["pos"]) in ("earlier", "later"):
        mod = "START" if _low(m["pos"]) == "earlier" else "END"
    word = _low(m["word"] or m["rel"] or "")
    part = m["part"] or m["part2"]
    offsets = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}
    if m["dbefore"]:
        off = -2 if "before" in _low(m["dbefore"]) else 2
    else:
        off = offsets[word]
    if word == "last" and _low(part) != "night":
        return None  # "last morning" is not news English
    end = m.end()
    if m.group().lower().endswith("'s"):
        end -= 2
    day = (a.dct + dt.timedelta(days=off)).isoformat() if a.dct else None
    if word == "tonight" or (part and _low(part) in ("night", "overnight") and word == "last"):
        part = "night"
    if part:
        code = PARTS_OF_DAY[_low(part)]
        return _Cand(m.start(), end, "TIME", f"{day}T{code}" if day else None, mod, "deictic")
    return _Cand(m.start(), end, "DATE", day, mod, "deictic")


RX_NAMED_YEAR = re.compile(r"(?<![\d$.,])(1[89]\d\d|20\d\d)(?![\d%])")


def _year_named_before(text: str, pos: int) -> int | None:
    """The last four-digit year written in the 400 characters before pos."""
    found = None
    for m in RX_NAMED_YEAR.finditer(text, max(0, pos - 400), pos):
        found = int(m.group(1))
    return found


# Values of "this week", "the end of the year" when there is no publication date.
_UNKNOWN = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX", "WE": "XXXX-WXX-WE"}


def _sentence_initial(text: str, pos: int, quotes: bool = True) -> bool:
    """Whether pos starts a sentence: after a full stop, a line break, the start of the text or,
    with ``quotes``, an opening quotation mark, colon or dash."""
    before = text[max(0, pos - 4):pos].rstrip(" \t")
    marks = ".!?\n:;\"\u201c\u201d'`(\u2014\u2013-_" if quotes else ".!?\n"
    return not before or before[-1] in marks


RX_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+ed\b")


def _h_relative(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if m["unit"][0].isupper() and not _sentence_initial(a.text, m.start(), quotes=False):
        return None  # ABC's "This Week": a title
    rel = _low(m["rel"])
    if m["typo"] and (rel not in ("this", "last", "next") or RX_PARTICIPLE_AFTER.match(a.text, m.end(), m.end() + 30)):
        # "this years festival" lacks its apostrophe; "the next years", "in last years received" are plurals
        return None
    unit = _unit_letter(m["unit"].replace("'s", ""))
    pos = _low(m["pos"]) if m["pos"] else None
    end = m.end()
    approx = "APPROX" if m["orso"] else None  # "the next year or so"
    if m["unit"].lower().endswith("'s"):
        end, approx = m.end("unit") - 2, None
    if rel in ("the following", "the previous", "the prior", "that", "that same", "the same") and unit == "Y":
        # Anaphoric: relative to the year the text just named ("in 1995 ... the following year").
        named = _year_named_before(a.text, m.start())
        if named is not None:
            n = {"the following": 1, "the previous": -1, "the prior": -1}.get(rel, 0)
            mod = {"earlier": "START", "later": "END"}.get(pos or "") if pos else None
            return _Cand(m.start(), end, "DATE", f"{named + n:04d}", mod, "relative")
        if rel in ("that", "that same", "the same"):
            return None
    if rel in ("that", "that same"):
        return None
    if rel in ("the past", "the last", "the coming", "the next", "the following", "the previous", "the prior"):
        if pos:
            return None
        before = RX_WORD_BEFORE.search(a.text, max(0, m.start() - 30), m.start())
        if unit == "D" and rel in ("the next", "the following", "the previous", "the prior") and not (
                before and before.group(1).lower() in _PERIOD_WORDS):
            # "The next day, he resigned": a day next to the day the story just named, not a period
            # ("in the next day or two"); resolved against that day in extract_dates.
            return _Cand(m.start(), end, "DATE", "+1" if rel in ("the next", "the following") else "-1",
                         None, "relative-day")
        if unit in ("H", "MIN", "S", "D"):
            return _Cand(m.start(), end, "DURATION", _duration_value(1, unit), None, "relative")
        # "the past year", "the next month": TimeBank reads them as the adjacent calendar period.
        n = -1 if rel in ("the past", "the last", "the previous", "the prior") else 1
        value = _shift(a.dct, unit, n) if a.dct else None
        return _Cand(m.start(), end, "DATE", value, approx, "relative")
    n = {"last": -1, "next": 1, "this": 0, "the current": 0, "the latest": 0, "the same": 0,
         "this past": -1, "a year ago": -4}.get(rel, 0)
    if rel == "a year ago":
        return None
    if unit == "Q" and rel == "the latest":
        n = -1  # the last quarter reported on: the one completed before publication
    elif unit == "Q" and rel in ("this", "the same") and a.dct is not None:
        focus = a.focus_quarter(m.start())
        if focus is not None:
            return _Cand(m.start(), end, "DATE", f"{focus[0]:04d}-Q{focus[1]}", None, "relative")
    mod = None
    if pos in ("early", "the beginning of", "the start of"):
        mod = "START"
    elif pos in ("late", "the end of"):
        mod = "END"
    elif pos == "the middle of":
        mod = "MID"
    elif pos in ("earlier", "later"):
        mod = "START" if pos == "earlier" else "END"  # TimeBank: "earlier this year" is its start
    if unit == "WE" and rel == "this" and a.dct is not None and a.dct.weekday() < 5 \
            and a.tense(m.start(), end) == "past":
        n = -1  # "this weekend" in a past-tense report published on a weekday: the one just gone
    value = _shift(a.dct, unit, n) if a.dct else None
    if value is None and a.dct is None:
        value = _UNKNOWN.get(unit)
    type_ = "TIME" if unit in ("H", "MIN", "S") else "DATE"
    return _Cand(m.start(), end, type_, value, mod or approx, "relative")


def _h_ago(m: re.Match[str], a: _Anchor) -> _Cand | None:
    unit = _unit_letter(m["unit"])
    n = _number(m["n"])
    direction = _low(m["dir"])
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    mod = TIME_MODIFIERS.get(_low(m["mod"])) if m["mod"] else None
    if m["orso"]:
        mod = "APPROX"
    one_year = unit == "Y" and n == 1 and direction == "earlier"
    if direction in ("before", "after", "later", "earlier") and not one_year:
        # "three days later", "two weeks before the vote": a period from an event, not a date;
        # TimeML leaves the direction word out of the span.
        return _cand(m, "DURATION", _duration_value(n, unit), mod, "ago", end=m.end("unit"))
    if a.dct is None:
        return _cand(m, "DATE", None, mod, "ago")
    if n is None:
        return _cand(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, "ago")
    if unit == "Y" and n == 1 and sign < 0:
        return _cand(m, "DATE", _year_earlier(a, m.start()), mod, "ago")
    if isinstance(n, float):
        n = round(n)
    if unit == "DE":
        unit, n = "Y", n * 10
    elif unit == "CE":
        unit, n = "Y", n * 100
    value = _shift(a.dct, unit, sign * int(n))
    return _cand(m, "DATE", value, mod, "ago")


def _year_earlier(a: _Anchor, pos: int) -> str | None:
    """'a year earlier' in an earnings report is the same quarter of the year before."""
    if a.dct is None:
        return None
    focus = a.focus_quarter(pos)
    if focus is not None:
        return f"{focus[0] - 1:04d}-Q{focus[1]}"
    return f"{a.dct.year - 1:04d}"


def _h_year_ago(m: re.Match[str], a: _Anchor) -> _Cand | None:
    return _cand(m, "DATE", _year_earlier(a, m.start()), None, "ago")


def _quarter_number(word: str | None) -> int:
    return {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}.get(
        _low(word), 0)


def _quarter_ending(month_word: str) -> int:
    """The quarter 'ended Sept. 30' names: the calendar quarter holding most of its three months."""
    middle = (MONTHS[month_word.lower()] - 2) % 12 + 1
    return (middle - 1) // 3 + 1


def _recent_quarter(dct: dt.date, q: int, tense: str | None) -> tuple[int, int]:
    """The year of 'the third quarter': the latest such quarter that has begun, unless future."""
    cy, cq = _quarter_of(dct)
    if q <= cq:
        return cy, q
    if tense is None:
        return (cy, q) if q - cq <= 4 - (q - cq) else (cy - 1, q)
    return (cy, q) if tense == "future" else (cy - 1, q)


def _h_quarter(m: re.Match[str], a: _Anchor) -> _Cand | None:
    c = _quarter_mention(m, a)
    if c is not None and m["the"]:
        # TimeML keeps "the" of "the third quarter" but not a possessive ("its fourth quarter") nor
        # the article of an adjective ("the third-quarter loss").
        ordinal = "ord2" if m["ord2"] else "ord"
        hyphenated = bool(m[ordinal]) and "-" in a.text[m.end(ordinal):m.start("unit")]
        if _low(m["the"]) in ("its", "their") or hyphenated:
            c.start = m.end("the") + 1
    return c


def _quarter_mention(m: re.Match[str], a: _Anchor) -> _Cand | None:
    unit = m["unit"].lower()
    pre = _low(m["pre"] or m["pre0"]) or None
    q = _quarter_number(m["ord"] or m["ord2"])
    year = int(m["y"]) if m["y"] else None
    shift = 0
    if pre and RX_FOUR_DIGITS.fullmatch(pre):
        year = int(pre)
    elif pre in ("year-earlier", "year-ago", "year earlier", "last year's"):
        shift = -1
    elif pre == "next year's":
        shift = 1
    if m["rely"]:
        shift = {"this": 0, "next": 1, "last": -1}[_low(m["rely"])]
    if m["ago"]:
        shift = -1
    if not q and m["endm"] and unit == "quarter":
        q = _quarter_ending(m["endm"])
    if unit == "half" and RX_OF_THE_AFTER.match(a.text, m.end(), m.end() + 8):
        return None
    if unit == "half" and not q and pre in ("last", "final"):
        q = 2
    specific = bool(q or year or pre or m["rely"] or m["fiscal"])
    if unit == "period" and not (year or pre in ("latest", "year-earlier", "year-ago", "year earlier",
                                                 "comparable", "corresponding", "same", "most recent")):
        return None
    if not specific and not m["the"]:
        return None
    if _low(m["the"]) in ("its", "their") and not specific:
        return None
    if unit == "half":
        if q not in (1, 2) or not (year or m["rely"] or pre or "-" in m.group()):
            return None  # "the first half" of a match
        if year is None:
            year = (a.dct.year if a.dct else None)
        if year is None:
            return _cand(m, "DATE", f"XXXX-H{q}", None, "quarter")
        return _cand(m, "DATE", f"{year + shift:04d}-H{q}", None, "quarter")
    if q and year:
        return _cand(m, "DATE", f"{year + shift:04d}-Q{q}", None, "quarter")
    if a.dct is None:
        return _cand(m, "DATE", f"XXXX-Q{q}" if q else None, None, "quarter")
    if q:
        y, q = _recent_quarter(a.dct, q, a.tense(m.start(), m.end()))
        return _cand(m, "DATE", f"{y + shift:04d}-Q{q}", None, "quarter")
    focus = a.focus_quarter(m.start())
    if focus is None:
        cy, cq = _quarter_of(a.dct)
        k = cy * 4 + cq - 2  # the last completed quarter: results are reported after it
        if pre == "current" or _low(m["the"]) == "this":
            k += 1
        focus = (k // 4, k % 4 + 1)
    y, fq = focus
    if year is not None:
        y, shift = year, 0
    return _cand(m, "DATE", f"{y + shift:04d}-Q{fq}", None, "quarter")


def _h_decade(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if m["dec"]:
        dec = m["dec"][:3]
    else:
        digits = m["short"] or m["short2"]
        short = int(digits)
        century = 19 if a.dct is None or short > (a.dct.year % 100) else a.dct.year // 100
        dec = f"{century}{digits[0]}"
    return _cand(m, "DATE", dec, _position_mod(m["pos"]), "decade")


def _h_year(m: re.Match[str], a: _Anchor) -> _Cand | None:
    y = int(m["y"])
    text = a.text
    s = m.start("y")
    if not 1900 <= y <= 2100 and not m["fiscal"]:
        prev = RX_WORD_BEFORE.search(text, max(0, s - 30), s)
        if not (1800 <= y < 1900 and (m["pos"] or (prev and prev.group(1).lower() in PREPOSITIONS))):
            return None
    if not (m["pos"] or m["fiscal"] or m["theyear"]):
        if s > 0 and text[s - 1] in "$#£€":
            return None
        prev = RX_WORD_BEFORE.search(text, max(0, s - 30), s)
        prev_word = prev.group(1) if prev else ""
        nxt = RX_WORD_AFTER.search(text[m.end():m.end() + 30])
        next_word = nxt.group(1) if nxt else ""
        gap = text[m.end():m.end() + 2]
        if next_word.lower() in NOT_YEAR_AFTER and gap.startswith(" "):
            return None
        if prev_word and prev_word[0].isupper() and prev_word.lower() not in PREPOSITIONS \
                and prev_word.lower() not in DETERMINERS and not prev_word.endswith("'s") \
                and prev_word.lower() not in MONTHS and s - (prev.end(1) if prev else 0) <= 1:
            return None  # "Windows 2000", "Airbus 2000"
        if prev_word.lower() in ("no", "number", "flight", "route", "room", "model", "version", "page", "vol"):
            return None
    mod = _position_mod(m["pos"])
    return _cand(m, "DATE", f"{y:04d}", mod, "year")


def _h_season(m: re.Match[str], a: _Anchor) -> _Cand | None:
    word = m["season"].lower()
    code = SEASONS[word]
    rel = _low(m["rel"]) if m["rel"] else None
    if not (rel or m["y"] or m["pos"]):
        prev = RX_WORD_BEFORE.search(a.text, max(0, m.start("season") - 20), m.start("season"))
        pw = prev.group(1).lower() if prev else ""
        # A bare season needs a preposition; "fall" alone is far more often the verb or noun.
        if pw not in ("in", "the", "this", "during", "by", "until", "since", "through") or word == "fall":
            return None
    mod = _position_mod(m["pos"])
    if rel in ("the past", "the coming"):
        return _cand(m, "DURATION", f"P1{code}", mod, "season")
    if m["y"]:
        return _cand(m, "DATE", f"{m['y']}-{code}", mod, "season")
    if a.dct is None:
        return _cand(m, "DATE", f"XXXX-{code}", mod, "season")
    y = a.dct.year
    season_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if rel == "last":
        y -= 1  # "last spring" said in the fall: TimeBank reads the previous year's
    elif rel == "next":
        y = y if season_month > a.dct.month else y + 1
    elif rel in ("this past",):
        y = y if season_month <= a.dct.month else y - 1
    elif rel is None:
        tense = a.tense(m.start(), m.end())
        if tense == "past" and season_month > a.dct.month:
            y -= 1
        elif tense == "future" and season_month + 2 < a.dct.month:
            y += 1
    return _cand(m, "DATE", f"{y:04d}-{code}", mod, "season")


def _h_duration(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if m["age"] or RX_AGED_BEFORE.search(a.text, max(0, m.start() - 14), m.start()) \
            or RX_OF_AGE_AFTER.match(a.text, m.end(), m.end() + 8):
        return None  # "a 6-year-old boy", "aged 8-10 years": an age, not a period
    unit = _unit_letter(m["unit"])
    if m["unit"][0].isupper():
        return None  # "60 Minutes": a title, not a period
    if unit == "Q" and not m["vague"] and ("-" in m.group() or RX_OF_AFTER.match(a.text, m.end(), m.end() + 5)):
        return None  # "three-quarters of its food": a fraction
    n = _number(m["n"]) if m["n"] else None
    if m["n"] and n is None:
        return None
    if unit == "S" and _low(m["n"]) in ("a", "an"):
        return None  # "a second attempt": an ordinal
    if m["n"] and _low(m["n"]) in ("a", "an") and not (m["mod"] or m["span"]) and unit in ("Y", "M", "W", "D"):
        # "for a year" is a period; "$5 a year" is a rate (set) and "a year" alone is rarely one.
        prev = RX_WORD_BEFORE.search(a.text, max(0, m.start() - 30), m.start())
        if not (prev and prev.group(1).lower() in A_PERIOD_BEFORE):
            return None
    start = m.start()
    mod_word = m["mod"] or m["mod0"]
    mod = TIME_MODIFIERS.get(_low(mod_word)) if mod_word else None
    adjectival = m["n"] and not m["span"] and ("-" in m.group() or not m["unit"].lower().endswith("s"))
    if m["the"] and (_low(m["the"]) != "the" or adjectival):
        # "its 10-year plan", "the 20-minute demo": the article belongs to the noun after the period.
        start = m.start("span") if m["span"] else (m.start("n") if m["n"] else m.start("vague"))
    if m["n"] and not m["unit"].lower().endswith("s") and not m["long"] and "-" not in m.group() \
            and RX_YEARLIKE.fullmatch(m["n"]):
        return None  # "World Cup 2018 day five": a year before a noun
    if m["n2"]:
        n2 = _number(m["n2"])
        if n2 is None or n is None or not n < n2:
            return None  # "1-2 years" needs an increasing range
        n = None  # "two to three weeks": TIMEX3 leaves the number open
    value = _duration_value(n, unit)
    if m["orso"]:
        mod = "APPROX"  # "the next two years or so"
    return _Cand(start, m.end(), "DURATION", value, mod, "duration")


def _h_vague_plural(m: re.Match[str], a: _Anchor) -> _Cand | None:
    lead = _low(m["lead"])
    unit = _unit_letter(m["unit"])
    if lead in ("in the coming", "in coming"):
        # "in (the) coming days": an unspecified time ahead, not a length of time.
        return _cand(m, "DATE", "FUTURE_REF", None, "vague", start=m.start() + 3)
    if lead == "in recent":
        # "in recent years": TimeBank values it as an unspecified number of the unit.
        return _cand(m, "DATE", _duration_value(None, unit), None, "duration", start=m.start() + 3)
    return _cand(m, "DURATION", _duration_value(None, unit), None, "duration", start=m.start("unit"))


def _h_set(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if m["every"]:
        what = _low(m["what"])
        k = 2 if m["other"] else _number(m["k"]) if m["k"] else 1
        if k is None:
            return None
        if what in WEEKDAYS:
            return _cand(m, "SET", f"XXXX-WXX-{WEEKDAYS[what] + 1}", None, "set")
        if what in PARTS_OF_DAY:
            return _cand(m, "SET", f"TXX{PARTS_OF_DAY[what]}", None, "set")
        if what in MONTHS:
            return _cand(m, "SET", f"XXXX-{MONTHS[what]:02d}", None, "set")
        if what in SEASONS:
            return _cand(m, "SET", f"XXXX-{SEASONS[what]}", None, "set")
        return _cand(m, "SET", _duration_value(k, _unit_letter(what)), None, "set")
    if m["adv"]:
        adv = m["adv"].lower()
        if m["adv"][0].isupper() and not _sentence_initial(a.text, m.start()):
            return None  # "LA Weekly", "the Daily Telegraph": a title
        value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                 "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q", "biweekly": "P2W",
                 "semiannually": "P6M"}[adv]
        if adv == "quarterly":
            return None  # "a quarterly dividend": an adjective of money
        return _cand(m, "SET", value, None, "set")
    if m["times"]:
        return _cand(m, "SET", _duration_value(1, _unit_letter(m["tunit"])), None, "set")
    # "a year" / "per year" after an amount: a rate.
    if not RX_AMOUNT_BEFORE.search(a.text, max(0, m.start() - 25), m.start()):
        return None
    unit = _unit_letter(m["punit"])
    return _cand(m, "SET", _duration_value(1, unit), None, "set")


def _h_reference(m: re.Match[str], a: _Anchor) -> _Cand | None:
    word = _low(m.group())
    if m["now"]:
        if word == "now" and a.text[m.end():m.end() + 1] == "-":
            return None  # "the now-cancelled deal"
        if word == "now" and RX_EVERY_BEFORE.search(a.text, max(0, m.start() - 7), m.start()):
            return None  # "every now and again"
        return _cand(m, "DATE", "PRESENT_REF", None, "reference")
    if m["past"]:
        if word in ("earlier", "past"):
            return None  # adverb of comparison / adjective of many things
        if word.startswith("in the "):
            return _cand(m, "DATE", "PAST_REF", None, "reference", start=m.start() + 3)
        return _cand(m, "DATE", "PAST_REF", None, "reference")
    if m["future"]:
        if word == "future":
            nxt = RX_WORD_AFTER.search(a.text[m.end():m.end() + 20])
            if nxt and nxt.group(1).lower() not in ("of", "and", "is", "will", "as", "for"):
                return None
        # "the coming days" is an unspecified time ahead, like "the future", not a length of time.
        return _cand(m, "DATE", "FUTURE_REF", None, "reference")
    return None


def _easter(y: int) -> dt.date:
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


def _holiday_on(name: str, y: int) -> dt.date | None:
    """The date of a named holiday in year y."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(y, month, day)
    if name in EASTER_HOLIDAYS:
        return _easter(y) + dt.timedelta(days=EASTER_HOLIDAYS[name])
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


def _h_holiday(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if not m["h"][0].isupper():
        return None
    prev = RX_WORD_BEFORE.search(a.text, max(0, m.start() - 30), m.start())
    if not m["rel"] and prev and prev.group(1)[0].isupper() \
            and prev.group(1).lower() not in PREPOSITIONS | DETERMINERS \
            and m.start() - prev.end(1) <= 1 and not _sentence_initial(a.text, prev.start(1)):
        return None  # "Johnnie Christmas": a surname
    name = _low(m["h"])
    rel = _low(m["rel"]) or None
    if m["y"]:
        day = _holiday_on(name, int(m["y"]))
    elif a.dct is None:
        return _cand(m, "DATE", None, None, "holiday")
    else:
        options = [_holiday_on(name, y) for y in (a.dct.year - 1, a.dct.year, a.dct.year + 1)]
        tense = {"last": "past", "next": "future"}.get(rel or "", None) or a.tense(m.start(), m.end())
        past = [d for d in options if d <= a.dct]
        future = [d for d in options if d >= a.dct]
        if rel == "this":
            day = options[1]
        elif tense == "future":
            day = min(future)
        elif tense == "past" and not (m["week"] and min(future) - a.dct <= dt.timedelta(days=7)):
            day = max(past)
        else:
            # A holiday week under way ("as Easter week began") is the nearest one.
            day = min(options, key=lambda d: abs((d - a.dct).days))
    if m["week"]:
        return _cand(m, "DATE", _week(day), None, "holiday")
    return _cand(m, "DATE", day.isoformat(), None, "holiday")


def _h_weekend(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if a.dct is None:
        return _cand(m, "DATE", "XXXX-WXX-WE", None, "weekend")
    wd = a.dct.weekday()
    if a.tense(m.start(), m.end()) == "future":
        sat = a.dct + dt.timedelta(days=(5 - wd) % 7) if wd < 5 else a.dct
    else:
        sat = a.dct - dt.timedelta(days=(wd - 5) % 7) if wd >= 5 else a.dct - dt.timedelta(days=wd + 2)
    return _cand(m, "DATE", _week(sat) + "-WE", _position_mod(m["pos"]), "weekend")


def _h_week_of(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if not m["m"][0].isupper():
        return None
    month, day = MONTHS[m["m"].lower()], int(RX_DIGITS.match(m["d"]).group())
    if m["y"]:
        year = int(m["y"])
    elif a.dct is not None:
        if not _valid(2000, month, day):
            return None
        year = int(_nearest_day(a.dct, month, day, a.tense(m.start(), m.end()))[:4])
    else:
        return _cand(m, "DATE", "XXXX-WXX", None, "week-of")
    if not _valid(year, month, day):
        return None
    return _cand(m, "DATE", _week(dt.date(year, month, day)), None, "week-of")


def _h_the_year(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if m["ended"]:
        return _cand(m, "DURATION", "P1Y", None, "year", end=m.start("ended"))
    mod = {"earlier": "START", "later": "END"}.get(_low(m["pos"])) if m["pos"] else None
    return _cand(m, "DATE", f"{a.dct.year:04d}" if a.dct else "XXXX", mod, "year")


def _h_year_end(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if a.dct is None:
        return _cand(m, "DATE", "XXXX-12-31", None, "year")
    y = a.dct.year
    if a.tense(m.start(), m.end()) == "past" and RX_SINCE_JUST_BEFORE.search(a.text, max(0, m.start() - 8), m.start()):
        y -= 1
    mod = "APPROX" if m["around"] else None
    return _cand(m, "DATE", f"{y:04d}-12-31", mod, "year")


def _h_period_edge(m: re.Match[str], a: _Anchor) -> _Cand | None:
    unit = _unit_letter(m["unit"])
    mod = {"the end": "END", "the beginning": "START", "the start": "START", "the middle": "MID",
           "the turn": "START"}[_low(m["pos"])]
    value = _shift(a.dct, unit, 0) if a.dct else _UNKNOWN.get(unit)
    return _cand(m, "DATE", value, mod, "relative")


def _h_spoken_year(m: re.Match[str], a: _Anchor) -> _Cand | None:
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
        prev = RX_WORD_BEFORE.search(a.text, max(0, m.start() - 30), m.start())
        pw = prev.group(1).lower() if prev else ""
        if pw not in PREPOSITIONS and pw not in MONTHS and not (prev and prev.group(1)[0].isupper()):
            return None
    return _cand(m, "DATE", f"{year:04d}", None, "year")


def _h_decade_word(m: re.Match[str], a: _Anchor) -> _Cand | None:
    tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
            "eighties": 8, "nineties": 9}[m["dec"].lower()]
    century = 18 if m["cent"] and m["cent"].lower() == "eighteen" else 19
    return _cand(m, "DATE", f"{century}{tens}", _position_mod(m["pos"]), "decade")


def _h_century(m: re.Match[str], a: _Anchor) -> _Cand | None:
    if m.group().endswith("Century") and RX_CAPITAL_AFTER.match(a.text, m.end(), m.end() + 2):
        return None  # "20th Century Fox"
    word = m["n"].lower()
    n = int(RX_DIGITS.match(word).group()) if word[0].isdigit() else ORDINALS.get(word, 0)
    if not 1 <= n <= 21:
        return None
    return _cand(m, "DATE", f"{n - 1:02d}", _position_mod(m["pos"]), "century")


def _h_part_of_day(m: re.Match[str], a: _Anchor) -> _Cand | None:
    off = {"yesterday": -1, "tomorrow": 1}.get(_low(m["day"]), 0)
    day = (a.dct + dt.timedelta(days=off)).isoformat() if a.dct else "XXXX-XX-XX"
    code = PARTS_OF_DAY[m["part"].lower()]
    return _cand(m, "TIME", f"{day}T{code}", _position_mod(m["pos"]), "deictic")


# Priority order: earlier rules win when two matches cover exactly the same span.
DIGITS = "#"  # the anchor key of any run of digits
_UNIT_WORDS = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds decade
    decades century centuries quarter quarters weekend weekends""".split())
_PARTS = frozenset(PARTS_OF_DAY)
_HOLIDAY_WORDS = frozenset(w for name in list(FIXED_HOLIDAYS) + list(WEEKDAY_HOLIDAYS)
                           + list(EASTER_HOLIDAYS) + ["election day"] for w in RX_LETTERS.findall(name))

# (pattern, handler, anchors): a rule is tried only near one of its anchor words (lower case; DIGITS
# for numbers), which every match of the pattern contains. Earlier rules win ties on equal spans.
RULES: tuple[tuple[re.Pattern[str], Handler, frozenset[str]], ...] = (
    (RX_ISO, _h_iso, frozenset({DIGITS})),
    (RX_NUMERIC, _h_numeric, frozenset({DIGITS})),
    (RX_CALENDAR, _h_calendar, frozenset(MONTHS)),
    (RX_CLOCK, _h_clock, frozenset({DIGITS, "noon", "midnight", "midday"})),
    (RX_SECOND_DAY, _h_second_day, frozenset(MONTHS)),
    (RX_WEEKDAY, _h_weekday, frozenset(WEEKDAY_FULL)),
    (RX_DEICTIC, _h_deictic, frozenset({"today", "yesterday", "tomorrow", "tonight"}) | _PARTS),
    (RX_RELATIVE, _h_relative, _UNIT_WORDS),
    (RX_AGO, _h_ago, frozenset({"ago", "earlier", "later", "before", "after", "now", "hence"})),
    (RX_QUARTER, _h_quarter, frozenset({"quarter", "half", "period"})),
    (RX_YEAR_AGO, _h_year_ago, frozenset({"year"})),
    (RX_DECADE, _h_decade, frozenset({DIGITS})),
    (RX_YEAR, _h_year, frozenset({DIGITS})),
    (RX_SEASON, _h_season, frozenset(SEASONS)),
    (RX_DURATION, _h_duration, _UNIT_WORDS),
    (RX_VAGUE_PLURAL, _h_vague_plural, _UNIT_WORDS),
    (RX_SET, _h_set, _UNIT_WORDS | frozenset(WEEKDAY_FULL) | _PARTS | frozenset(SEASONS)
     | frozenset(MONTHS) | frozenset("""daily weekly monthly annually yearly hourly nightly quarterly biweekly
     semiannually""".split())),
    (RX_REFERENCE, _h_reference, frozenset("""now currently nowadays present presently days recently lately
     past once earlier future term coming""".split())),
    (RX_HOLIDAY, _h_holiday, _HOLIDAY_WORDS),
    (RX_WEEKEND, _h_weekend, frozenset({"weekend"})),
    (RX_WEEK_OF, _h_week_of, frozenset({"week"})),
    (RX_THE_YEAR, _h_the_year, frozenset({"year"})),
    (RX_YEAR_END, _h_year_end, frozenset({"end"})),
    (RX_PERIOD_EDGE, _h_period_edge, _UNIT_WORDS),
    (RX_SPOKEN_YEAR, _h_spoken_year, frozenset({"nineteen", "eighteen", "thousand"})),
    (RX_DECADE_WORD, _h_decade_word, frozenset(
        "twenties thirties forties fifties sixties seventies eighties nineties".split())),
    (RX_CENTURY, _h_century, frozenset({"century"})),
    (RX_PART_OF_DAY, _h_part_of_day, _PARTS),
)
_ALL_ANCHORS = frozenset().union(*(anchors for _, _, anchors in RULES))
# The letter and digit runs of one word's text ("mid-1990s": "mid", "1990", "s"): the runs anchors are.
RX_RUN = re.compile(r"[A-Za-z]+|\d+")
# How far a match may reach before / after its anchor word.
REACH_BEFORE = 64
REACH_AFTER = 48

# A word's text -> its anchor runs as (offset in the word, anchor key); computed once per distinct
# text, like the document's word flags, and bounded the same way.
_ANCHOR_RUNS: dict[str, tuple[tuple[int, str], ...]] = {}
_MAX_TYPES = 200_000


def _anchor_runs(word: str) -> tuple[tuple[int, str], ...]:
    """The anchor runs of a word's text (most words: none)."""
    runs = []
    for m in RX_RUN.finditer(word):
        run = m.group()
        key = DIGITS if run[0].isdigit() else run.lower()
        if key in _ALL_ANCHORS:
            runs.append((m.start(), key))
    found = tuple(runs)
    if len(_ANCHOR_RUNS) < _MAX_TYPES:
        _ANCHOR_RUNS[word] = found
    return found


def _anchor_hits(doc: Doc) -> dict[str, list[int]]:
    """Positions of every anchor word, by lower-case word, read from the document's words."""
    words = doc.words
    runs = list(map(_ANCHOR_RUNS.get, words.text))
    if None in runs:
        runs = [r if r is not None else _anchor_runs(w) for r, w in zip(runs, words.text)]
    hits: dict[str, list[int]] = {}
    starts = words.start
    for k in compress(range(len(runs)), runs):
        at = starts[k]
        for offset, key in runs[k]:
            hits.setdefault(key, []).append(at + offset)
    return hits


def _windows(positions: list[int], size: int) -> list[tuple[int, int]]:
    """Merged [start, end) windows around anchor positions, so no match is cut or found twice."""
    out: list[tuple[int, int]] = []
    for pos in positions:
        lo, hi = max(0, pos - REACH_BEFORE), min(size, pos + REACH_AFTER)
        if out and lo <= out[-1][1] + REACH_BEFORE:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


# ---------------------------------------------------------------- publication date
RX_FULL_DATE = _c(
    rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?"
    rf"(?:(?P<m1>{MONTH})\.?\s+(?P<d1>{DAY}),?\s+|(?P<d2>{DAY})\s+(?P<m2>{MONTH})\.?,?\s+)(?P<y>\d{{4}})\b"
)
RX_BYLINE_CUE = _c(r"\b(?:published|updated|posted|last\s+modified|by\s+[A-Z][^\n|]{0,60}[|\u2022\-\u2014])")
# A wire dateline's place: "WASHINGTON, ", "NAIROBI, Kenya, " (upper-case city, optional region).
RX_WIRE = re.compile(r"[A-Z][A-Z .'-]{1,40},(?:\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?,)?\s*")


def _published_from(m: re.Match[str]) -> str | None:
    month = MONTHS[(m["m1"] or m["m2"]).lower()]
    day = int(RX_DIGITS.match(m["d1"] or m["d2"]).group())
    year = int(m["y"])
    if 1900 <= year <= 2100 and _valid(year, month, day):
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _published_header(doc: Doc) -> Published | None:
    header = doc.header
    if header is None or header.day is None:
        return None
    start = header.start
    return Published(header.day.isoformat(), doc.text[start:header.day_end], start, header.day_end, "header")


def _published_dateline(doc: Doc) -> Published | None:
    """A full date that starts a line (Wikinews) or follows a wire place name near the top."""
    text = doc.text
    head = text[:HEAD_CHARS]
    for m in RX_FULL_DATE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        lead = head[line_start:m.start()]
        if lead.strip() and not RX_WIRE.fullmatch(lead) and not RX_NON_WORD.fullmatch(lead):
            if not RX_BYLINE_LEAD.search(lead):
                continue
            rule = "byline"
        else:
            rule = "dateline"
        value = _published_from(m)
        if value:
            return Published(value, m.group(), m.start(), m.end(), rule)
    return None


def _published_byline(doc: Doc) -> Published | None:
    text = doc.text
    head = text[:HEAD_CHARS]
    for cue in RX_BYLINE_CUE.finditer(head):
        m = RX_FULL_DATE.search(head, cue.end(), min(len(head), cue.end() + 60))
        if m:
            value = _published_from(m)
            if value:
                return Published(value, m.group(), m.start(), m.end(), "byline")
        for rx in (RX_ISO, RX_NUMERIC):
            m = rx.search(head, cue.end(), min(len(head), cue.end() + 40))
            if m and len(m["y"]) == 4:
                y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
                if 1900 <= y <= 2100 and _valid(y, mo, d):
                    return Published(f"{y:04d}-{mo:02d}-{d:02d}", m.group(), m.start(), m.end(), "byline")
    return None


# A dateline without a year ("WASHINGTON, Dec. 13 (Reuters) -", "Tuesday, Dec. 13") or with a
# weekday only ("KYIV, Tuesday (AP) -"): the last resort, completed from the text itself.
RX_PARTIAL_DATELINE = _c(
    rf"(?:(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?P<m>{MONTH})\.?\s+(?P<d>{DAY})(?![\d:]|,?\s*\d{{4}})|(?P<wdonly>{WEEKDAY}))"
    r"(?=[ \t]*(?:\(|[-\u2013\u2014:]|\n|\Z))"  # then the agency, a dash or the end of the line
)
RX_BODY_FULL_DATE = _c(rf"(?P<m1>{MONTH})\.?\s+(?P<d1>{DAY}),?\s+(?P<y>\d{{4}})\b|(?P<d2>{DAY})\s+(?P<m2>{MONTH})\.?,?\s+(?P<y2>\d{{4}})\b")
BODY_CHARS = 6000


def _body_year(text: str) -> int | None:
    """The year the text names most often (the latest on a tie), 1900-2100, else None."""
    counts: dict[int, int] = {}
    for m in RX_NAMED_YEAR.finditer(text, 0, min(len(text), BODY_CHARS)):
        y = int(m.group(1))
        if 1900 <= y <= 2100:
            counts[y] = counts.get(y, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _latest_body_date(text: str) -> dt.date | None:
    """The latest full calendar date written in the text (the story cannot predate its events)."""
    best = None
    for m in RX_BODY_FULL_DATE.finditer(text, 0, min(len(text), BODY_CHARS)):
        month = MONTHS[(m["m1"] or m["m2"]).lower()]
        day = int(RX_DIGITS.match(m["d1"] or m["d2"]).group())
        year = int(m["y"] or m["y2"])
        if 1900 <= year <= 2100 and _valid(year, month, day):
            d = dt.date(year, month, day)
            best = d if best is None or d > best else best
    return best


def _published_partial(doc: Doc) -> Published | None:
    """A dateline lacking the year or the whole date, completed from the text: the year it names
    most often (``dateline-yearless``, the year that fits a given weekday), or for a weekday alone the
    first such weekday on or after the latest full date in the story (``dateline-weekday``)."""
    text = doc.text
    head = text[:HEAD_CHARS]
    for m in RX_PARTIAL_DATELINE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        lead = head[line_start:m.start()]
        if lead.strip() and not RX_WIRE.fullmatch(lead):
            continue
        if m["wdonly"]:
            if not lead.strip() or not m["wdonly"][0].isupper():
                continue  # a weekday alone on a line is a heading, not a dateline
            latest = _latest_body_date(text)
            if latest is None:
                return None
            wd = WEEKDAYS[m["wdonly"].lower()]
            day = latest + dt.timedelta(days=(wd - latest.weekday()) % 7)
            return Published(day.isoformat(), m.group(), m.start(), m.end(), "dateline-weekday")
        if not m["m"][0].isupper():
            continue
        month, dd = MONTHS[m["m"].lower()], int(RX_DIGITS.match(m["d"]).group())
        year = _body_year(text)
        if year is None or not _valid(2000, month, dd):
            return None
        years = [year]
        if m["wd"]:
            wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
            years = [y for y in (year, year - 1, year + 1) if _valid(y, month, dd) and dt.date(y, month, dd).weekday() == wd]
        years = [y for y in years if _valid(y, month, dd)]
        if not years:
            return None
        value = f"{years[0]:04d}-{month:02d}-{dd:02d}"
        return Published(value, m.group(), m.start(), m.end(), "dateline-yearless")
    return None


PUBLISHED_RULES = (_published_header, _published_dateline, _published_byline, _published_partial)


def detect_published(doc: Doc) -> Published | None:
    """The publication date found in the head of the document's text, or None."""
    if not doc.text:
        return None
    for rule in PUBLISHED_RULES:
        found = rule(doc)
        if found is not None:
            return found
    return None


# ---------------------------------------------------------------- extraction
def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest non-overlapping candidates; on equal spans the earlier rule (list order) wins."""
    order = sorted(range(len(cands)), key=lambda i: (-(cands[i].end - cands[i].start), i))
    taken: list[tuple[int, int]] = []
    chosen: list[_Cand] = []
    starts: list[int] = []
    for i in order:
        c = cands[i]
        k = bisect.bisect_left(starts, c.start)
        if k > 0 and taken[k - 1][1] > c.start:
            continue
        if k < len(taken) and taken[k][0] < c.end:
            continue
        taken.insert(k, (c.start, c.end))
        starts.insert(k, c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _trim(text: str, c: _Cand) -> _Cand | None:
    """Drop surrounding spaces and a trailing period that ends a sentence."""
    s, e = c.start, c.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return None
    if e - s > 1 and text[e - 1] == "." and (text[e - 2].isdigit() or RX_FULL_MONTH_END.search(text, s, e - 1)):
        e -= 1  # "on the 4th of July." ends a sentence; "Jul." keeps its abbreviation point
    c.start, c.end = s, e
    return c


def extract_dates(doc: Doc, published: dt.date | None) -> list[DateMention]:
    """Every time expression of the document, normalised against the publication date."""
    text = doc.text
    if not text:
        return []
    spans = doc.sentences
    dct = published
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    if not isinstance(dct, dt.date) or not 2 <= dct.year <= 9998:
        dct = None  # arithmetic a year either side must stay inside the calendar
    anchor = _Anchor(text, dct, [s for s, _ in spans], [e for _, e in spans])
    cands: list[_Cand] = []
    header_end = doc.header.day_end if doc.header is not None else -1
    hits = _anchor_hits(doc)
    windows: dict[frozenset[str], list[tuple[int, int]]] = {}
    for rx, handler, anchors in RULES:
        if anchors not in windows:
            # Rules with the same anchors (the digit rules) share their windows: computing them once
            # per rule was most of the time on text dense in digits.
            windows[anchors] = _windows(sorted(p for key in anchors for p in hits.get(key, ())), len(text))
        for lo, hi in windows[anchors]:
            for m in rx.finditer(text, lo, hi):
                if m.start() < header_end and rx is not RX_ISO:
                    continue
                try:
                    c = handler(m, anchor)
                except (ValueError, OverflowError):
                    c = None  # calendar arithmetic out of range: not a resolvable date
                if c is not None:
                    c = _trim(text, c)
                    if c is not None:
                        cands.append(c)
    out = []
    last_day: tuple[int, str] | None = None
    for c in _select(cands):
        if c.rule == "relative-day":
            c.value = _next_to(last_day, c) if c.value in ("+1", "-1") else c.value
        elif c.value and RX_DAY_VALUE.match(c.value) and c.type in ("DATE", "TIME"):
            last_day = (c.end, c.value[:10])
        out.append(DateMention(text[c.start:c.end], c.start, c.end, c.type, c.value, c.mod, c.rule))
    return out


def _next_to(last_day: tuple[int, str] | None, c: _Cand) -> str | None:
    """The day before or after the last day named in the 600 characters before c, else None."""
    if last_day is None or c.start - last_day[0] > 600 or "X" in last_day[1]:
        return None
    try:
        day = dt.date.fromisoformat(last_day[1]) + dt.timedelta(days=int(c.value or 0))
    except (ValueError, OverflowError):
        return None
    return day.isoformat()
