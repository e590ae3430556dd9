"""The patterns of time expressions, built from named fragments and compiled once.

Fragments (``MONTH``, ``DAY``, ``YEAR``, ``NUMBER``, ``UNIT``, ``POSITION``, ...) are regex source
built from the lexicons; ``RX_*`` are the compiled patterns, case-insensitive, one per family of
expressions (their rules are in ``rules``), then the small patterns the handlers read around a
match. Every family pattern starts at a word boundary (``_B``: no word character, slash, period or
hyphen before it), which ``scan`` relies on to try a pattern only where a match can start.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon.calendar import (AGO_DIRECTIONS, CALENDAR_UNIT_FORMS, CALENDAR_UNITS, CLOCK_HEDGES, CLOCK_WORDS,
                                DAY_ORDINAL_WORDS, DEICTIC_DAYS, EASTER_HOLIDAYS, FIXED_HOLIDAYS, FREQUENCY_ADVERBS, MONTHS, PARTS_OF_DAY,
                                PERIOD_POSITIONS, SEASONS, TIME_MODIFIERS, TIME_ZONES, WEEKDAY_ABBR, WEEKDAY_FULL,
                                WEEKDAY_HOLIDAYS)
from ..lexicon.calendar import MONTH_FULL as FULL_MONTH_NAMES
from ..lexicon.dates import PAY_BASIS_NOUNS, PAY_BASIS_WORDS, RATE_AMOUNT_WORDS
from ..lexicon.numbers import (DECADE_WORDS, NUMBER_WORDS, ORDINALS, QUARTER_ORDINALS, TENS_WORDS, UNITS_WORDS,
                               VAGUE_QUANTITIES)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words that prefers the longest (so 'sept' wins over 'sep'), written as
    a trie ("s(?:ept|ep)" shares its first letter): the engine rejects a place on its first letter
    instead of trying every word. Spaces in a phrase match any run of spaces."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    """The regex of a trie node: its branches, then nothing if a word ends there (so the longest
    word wins: words on different branches differ in a letter and never both match)."""
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
    return body


def choice(words: Iterable[str]) -> str:
    """A regex alternation of words in the order given (the order the pattern tries them)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def icase(pattern: str) -> re.Pattern[str]:
    """The pattern compiled case-insensitively."""
    return re.compile(pattern, re.IGNORECASE)


MONTH = rf"(?:{alternation(MONTHS)})"
MONTH_FULL = rf"(?:{alternation(FULL_MONTH_NAMES)})"
WEEKDAY = rf"(?:{alternation(WEEKDAY_FULL)})"
WEEKDAY_ANY = rf"(?:{alternation(WEEKDAY_FULL)}|(?:{alternation(WEEKDAY_ABBR)})\.?)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
NUM_WORD = rf"(?:{alternation(w for w in NUMBER_WORDS if w not in ('a', 'an'))})"
# "and" inside a number follows a scale ("a hundred and five"); "two and three" are two numbers.
_SCALE_AND = r"(?:(?<=hundred)|(?<=thousand))\s+and\s+"
# A number: digits ("24", "2.5", "2 1/2", "6,000"; never the tail of "6,000"), or up to three number words ("twenty four", "twenty-four").
NUMBER = (
    rf"(?:(?<!\d,)(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:\s+1/2)?"
    rf"|{NUM_WORD}(?:(?:[\s-]+|{_SCALE_AND}){NUM_WORD}){{0,2}}(?:[\s-]+and[\s-]+a[\s-]+half)?"
    rf"|an?(?:\s+(?:hundred|thousand|dozen|couple\s+of))?|couple\s+of)"
)
VAGUE = rf"(?:{alternation(VAGUE_QUANTITIES)})"
UNIT = rf"(?:{choice(CALENDAR_UNIT_FORMS)})"
UNIT_SG = rf"(?:{choice(CALENDAR_UNITS)})"
MOD_WORDS = rf"(?:{alternation(TIME_MODIFIERS)})"
POSITION = rf"(?:{choice(PERIOD_POSITIONS)})"
PART = rf"(?:{choice(PARTS_OF_DAY)})"
SEASON = rf"(?:{alternation(SEASONS)})"
# A zone after a clock time is part of its span (TimeML): "EST", "GMT", "local time", and the zone
# words of North America ("9:25 a.m. Eastern", "Pacific time"; a bare one not before a capitalised
# word other than a weekday: not "Eastern Europe") or a place's time ("4 a.m. Moscow time").
US_ZONE = r"(?-i:(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime\b|\b(?!\s+(?!" \
    + rf"(?i:{WEEKDAY})\b)[A-Z])))"
PLACE_TIME = r"(?-i:[A-Z][a-z]+\s+time\b)"
TZ = rf"(?:\s+\(?(?P<tz>{US_ZONE}|{PLACE_TIME}|{choice(TIME_ZONES)})\)?)"
TZ2 = TZ.replace("?P<tz>", "?P<tz2>")
ORDINAL_Q = rf"(?:{choice(QUARTER_ORDINALS)})"

_B = r"(?<![\w/.-])"  # no word, slash, period or hyphen just before (G-20, 3/4, U.S.)
_E = r"(?![\w/-]|\.\d|:\d)"  # nor after


# A timestamp may end in a zone: "Z" (UTC) or an offset ("2021-03-04T10:15:00Z", "T10:15+02:00").
RX_ISO = icase(_B + r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d)(?::\d\d(?:\.\d{1,6})?)?"
               r"(?:(?P<z>Z)|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?" + _E)
# Month first ("06/07/2014": June 7), unless the first number cannot be a month ("30/06/2014": June 30).
RX_NUMERIC = icase(_B + r"(?:(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])|(?P<d0>1[3-9]|2\d|3[01])/(?P<m0>1[0-2]|0?[1-9]))"
                   r"/(?P<y>\d{4}|\d\d)" + _E)
RX_CALENDAR = icase(
    rf"{_B}(?:(?P<approx>around|about|approximately)\s+(?=\w+\.?\s+\d))?"
    rf"(?:(?P<pos>{POSITION})[\s-]+|(?P<rel>last|next|this|that|past)\s+)?"
    rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+(?:the\s+)?)?"
    # "March the 8th": an article only before a day written as an ordinal.
    rf"(?:(?P<m1>{MONTH})\.?\s+(?:the\s+(?=\d\d?(?:st|nd|rd|th)\b))?(?P<d1>{DAY})(?!\d|:\d|\s*%|\.\d)"
    rf"(?=\s*(?:-|\u2013|and|to|through)\s*{DAY},?\s+(?P<ry2>{YEAR})\b)?"
    rf"|(?P<d2>{DAY})(?:\s+of)?\s+(?P<m2>{MONTH})\b\.?"
    rf"|(?P<m3>{MONTH})\b\.?)"
    rf"(?:(?:,|\s+of)?\s+(?P<y>{YEAR})(?!\d)|\s+(?:of\s+)?(?P<ry>this|last|next)\s+year\b)?"
)
_HHMM_STOP = r"(?![\d:]|\.\d|\s*[ap]\.?m\b)"
RX_CLOCK = icase(
    rf"{_B}(?:(?P<mod>{choice(CLOCK_HEDGES)})\s+)?"
    rf"{_B}(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b|"
    rf"(?:o'clock\s+)?in\s+the\s+(?:morning|afternoon|evening)\b|(?:o'clock\s+)?at\s+night\b)"
    rf"(?:{TZ})?(?:,?\s+(?P<day>(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening))?|today|tonight|"
    rf"last\s+night|this\s+(?:morning|afternoon|evening)|{WEEKDAY})"
    rf"|,?\s+(?P<cm>{MONTH})\.?\s+(?P<cd>{DAY})(?!\d))?"
    # After "at", a 24-hour time ("at 22:30", "at 9:25"), or with a zone one without its colon
    # ("0130 GMT", "at 1430 GMT"; not a parenthesised gloss of the time before it: "(0735 GMT)").
    rf"|(?:\bat\s+(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:]|\s*[ap]\.?m\b)(?:{TZ2})?"
    rf"|(?<!\(){_B}(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=\s+(?:{choice(TIME_ZONES)})\b){TZ.replace('?P<tz>', '?P<tz4>')})"
    rf"(?:,?\s+(?P<day3>today|yesterday|tomorrow|{WEEKDAY}))?"
    rf"|{_B}(?P<word>{choice(CLOCK_WORDS)})(?:\s+(?P<day2>today|yesterday|tomorrow|{WEEKDAY}))?"
    # A 24-hour time without "at": the handler wants a word of time before it ("by 16:00", "until
    # 23:59", "from 09:00 to 17:00": two) or a zone after it ("16:00 local time"); its hour in two
    # digits and no digit, colon or a.m. after it (a score "2:1", a ratio "16:9", a verse "John
    # 3:16", a race time "2:05:30" are none).
    rf"|{_B}(?P<h5>[01]\d|2[0-3]):(?P<mi5>[0-5]\d){_HHMM_STOP}(?:{TZ.replace('?P<tz>', '?P<tz5>')})?"
    rf"(?:\s*(?:-|\u2013|to|and|until|till)\s*(?P<h6>[01]\d|2[0-3]):(?P<mi6>[0-5]\d){_HHMM_STOP}"
    rf"(?:{TZ.replace('?P<tz>', '?P<tz6>')})?)?(?:,?\s+(?P<day5>today|yesterday|tomorrow|{WEEKDAY})\b)?"
)
# A day of the month by its ordinal alone, its month the one the text is about ("on the 8th", "by
# the 21st"), or an ordinal word with its month ("the first of March", "the twenty-first of June,
# 2021").
ORDINAL_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
RX_ORDINAL_DAY = icase(rf"{_B}the\s+(?P<d>{ORDINAL_DAY})(?![\w-])")
RX_ORDINAL_WORD_DAY = icase(
    rf"{_B}the\s+(?P<dw>{alternation(DAY_ORDINAL_WORDS)})\s+of\s+(?P<m>{MONTH})\b\.?"
    rf"(?:,?\s+(?P<y>{YEAR})(?!\d))?"
)
# The month a text names before a bare ordinal day ("In March ... on the 8th"), with its year if given.
RX_MONTH_NAMED = icase(
    rf"\b(?P<m>{MONTH})\b\.?(?:\s+(?P<d>\d\d?)(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<y>{YEAR})\b)?"
)
# The second day of a pair or range: "April 24 and 25", "Nov. 15-16" (the first is a calendar date).
RX_SECOND_DAY = icase(
    rf"{_B}(?P<m>{MONTH})\.?\s+(?P<d1>{DAY})\s*(?:and|to|through|-|\u2013)\s*(?P<d2>{DAY})(?!\d|:\d|%|,\d|\.\d)(?:,?\s+(?P<y>{YEAR})(?!\d))?"
)
RX_WEEKDAY = icase(
    rf"{_B}(?:(?P<pos>early|late|earlier|later)\s+|(?P<rel>last|next|this|this\s+past|this\s+coming|coming|the\s+previous|"
    rf"the\s+following)\s+)?(?P<wd>{WEEKDAY})(?:'s)?(?:\s+(?P<part>{PART}))?\b"
)
RX_DEICTIC = icase(
    rf"{_B}(?:(?P<pos>early|late|earlier|later)\s+)?"
    rf"(?:(?P<word>{choice(DEICTIC_DAYS)})(?:'s)?(?:\s+(?P<part>{PART}))?"
    rf"|(?P<rel>this|last|tomorrow|yesterday|that(?:\s+same)?|the\s+same|the\s+next|the\s+following|the\s+previous)"
    rf"\s+(?P<part2>{PART})"
    rf"|(?:the\s+)?(?P<dbefore>day\s+before\s+yesterday|day\s+after\s+tomorrow))\b"
)
RX_RELATIVE = icase(
    rf"{_B}(?:(?P<pos>early|late|earlier|later|sometime|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|"
    rf"the\s+start\s+of)\s+)?"
    rf"(?P<rel>last|next|this|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|the\s+current|"
    rf"the\s+latest|the\s+same|the\s+following|the\s+prior|the\s+current|a\s+year\s+ago|this\s+past|"
    rf"that|that\s+same)\s+(?:(?P<fiscal>fiscal)\s+(?=year|quarter))?"
    rf"(?P<unit>{UNIT_SG}|year's|month's|week's|(?P<typo>years|months|weeks)(?=\s+[a-z]))\b(?<!second)(?P<orso>\s+or\s+so\b)?"
    rf"(?P<ago>\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+previous\s+year)\b)?"
)
# "the day after", "the year before" standing alone (a comma or full stop after): the day, week,
# month or year next to the one the story named, as "the next day" ("the week after the vote" names
# its own occasion, not a date).
RX_DAY_AFTER = icase(rf"{_B}the\s+(?P<unit>day|week|month|year)\s+(?P<dir>after|before)(?=\s*[,.;:!?)\u2014])")
RX_AGO = icase(
    rf"{_B}(?:(?P<mod>{MOD_WORDS})\s+)?(?P<n>{NUMBER}|{VAGUE})[\s-]+(?P<unit>{UNIT})(?P<orso>\s+or\s+so)?\s+"
    # An anniversary names the very day: "20 years ago today", "a decade ago this week".
    rf"(?P<dir>{choice(AGO_DIRECTIONS)})\b(?:(?<=ago)\s+(?P<today>today|this\s+week|this\s+month)\b)?"
)
RX_YEAR_AGO = icase(rf"{_B}year[\s-](?:earlier|ago)\b(?![\s-](?:quarter|period|half))")
RX_QUARTER = icase(
    rf"{_B}(?:(?P<the>the|that|this|its|their)\s+)?(?:(?P<pre0>comparable|corresponding|same)\s+)?"
    rf"(?:(?P<pre>{YEAR}|year-earlier|year-ago|year\s+earlier|next\s+year's|last\s+year's|this\s+year's|"
    rf"latest|current|previous|final|last|recent|preceding|prior|most\s+recent|just-ended|just-completed|"
    rf"comparable|corresponding|same|fiscal)[\s-]+)?"
    rf"(?:(?P<ord>{ORDINAL_Q})[\s-]+)?(?:(?P<fiscal>fiscal)[\s-]+)?(?:(?P<ord2>{ORDINAL_Q})[\s-]+)?"
    # A quarter named by the month it ends in, as Australian and Indian business news does ("the
    # December quarter": October to December).
    rf"(?:(?P<qm>{MONTH_FULL})[\s-]+(?=quarter))?"
    rf"(?P<unit>quarter|half|period)(?!s|-(?:to|over|on)-)"  # "quarter-to-quarter" compares, names no quarter
    rf"(?:\s+(?:of\s+)?(?:(?P<fy>fiscal)\s+)?(?P<y>{YEAR})|\s+of\s+(?P<rely>this|next|last)\s+year"
    rf"|(?P<they>\s+of\s+the\s+(?:current\s+)?year\b)"
    rf"|(?P<ago>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|the\s+previous\s+year)))?\b"
    rf"(?=\s+end(?:ed|ing)\s+(?P<endm>{MONTH})\b)?"
)
# An explicit quarter ("third-quarter", "the fourth quarter") sets the period later phrases refer to.
RX_QUARTER_FOCUS = icase(
    rf"{_B}(?:(?P<ord>{ORDINAL_Q})[\s-]+(?:fiscal[\s-]+)?)?quarter\b(?:\s+(?:of\s+)?(?P<y>{YEAR}))?"
    rf"(?:\s+end(?:ed|ing)\s+(?P<endm>{MONTH})\b)?"
)
RX_DECADE = icase(
    rf"{_B}(?:(?P<the>the)\s+)?(?:(?P<pos>early|late|mid|middle)[\s-]+)?"
    rf"(?:(?P<dec>1[89]\d0|20\d0)['\u2019]?s|['\u2018\u2019](?P<short>\d0)['\u2019]?s|"
    rf"(?<=the\s)(?P<short2>[1-9]0)['\u2019]s)\b"
)
_YEAR_STOP = r"(?![\w%$-]|[.,]\d)"  # no more digits, word, sign or decimal after a year
# A year ("pre-2008": before it; "2030 and beyond": from it on); a range of years ("2015-2016",
# "1998-99", "2019/20": two years, the second given two digits or four); a fiscal year ("fiscal 2023",
# "FY23", "fiscal 2022-23", "2022-23 fiscal year"; British "financial year 2022-23").
RX_YEAR = icase(
    rf"{_B}(?:(?P<pos>{choice(PERIOD_POSITIONS)})[\s-]+|(?P<side>pre|post)-(?=\d))?"
    rf"(?:(?:(?P<fy>fiscal(?:\s+year)?\s+|financial\s+year\s+|FY\s?)|(?P<theyear>the\s+year)\s+)?(?P<y>{YEAR})"
    rf"|(?P<fy2>FY\s?)(?P<yy>\d\d))"
    rf"(?:[-\u2013/](?P<y2>{YEAR}|\d\d))?{_YEAR_STOP}"
    rf"(?:(?P<fyear>\s+(?:fiscal|financial)\s+year\b)|\s+(?P<open>or\s+(?:later|earlier)|and\s+(?:beyond|later))\b)?"
)
RX_SEASON = icase(
    rf"{_B}(?:(?P<the>the)\s+(?=(?:(?:early|late|mid)[\s-]+)?{SEASON}\b))?"
    rf"(?:(?P<pos>early|late|mid|the\s+end\s+of)[\s-]+)?(?:(?P<rel>last|next|this|this\s+past|the\s+coming|"
    # A season across two years is one, of the year it begins in ("winter 2017-18", "the
    # winter of 1962-63": 2017-WI, 1962-WI).
    rf"the\s+past)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR})(?:[-\u2013/](?:{YEAR}|\d\d){_YEAR_STOP})?)?\b"
)
RX_DURATION = icase(
    rf"{_B}(?:(?P<mod0>at\s+least|nearly|almost|more\s+than|less\s+than)\s+(?=the\s))?"
    rf"(?:(?P<the>the|its|their|his|her)\s+)?(?:(?P<span>past|last|next|first|coming|previous|final|"
    rf"preceding|following|latest)\s+)?(?:(?P<mod>{MOD_WORDS})\s+)?"
    # A count may take "half" or "additional": "a half-century", "two additional years".
    rf"(?:(?P<n>{NUMBER})(?:(?P<sep>\s*[-\u2013]\s*|\s+(?:to|or|and)\s+)(?P<n2>{NUMBER})"
    rf"|[\s-]+(?P<qual>half|additional|extra|further))?|(?P<half>half[\s-]+an?)|(?P<vague>{VAGUE}))"
    rf"(?:\s+more)?[\s-]+"
    # "a quarter-to-quarter basis", "a year-over-year rise", "month-on-month": a comparison, no length.
    rf"(?:(?:trading|business|working|school)\s+(?=days|hours|weeks))?(?P<unit>{UNIT})(?!-(?:to|over|on|by)-)"
    rf"(?P<andhalf>\s+and\s+a\s+half\b)?(?P<long>-long)?\b(?P<age>-old|\s+old\b)?"
    rf"(?P<noun>\s+(?:period|term|span|stint|spell|stretch)\b)?(?P<orso>\s+or\s+so\b)?"
)
# A fortnight, two weeks, as British and Commonwealth news counts them: "a fortnight", "three
# fortnights", "the past fortnight", "a fortnight ago", "a fortnight-long strike".
RX_FORTNIGHT = icase(
    rf"{_B}(?:(?P<mod>{MOD_WORDS})\s+)?(?:(?P<span>the\s+(?:past|last|next|coming|previous|following))\s+"
    rf"|(?P<n>{NUMBER})[\s-]+|(?=fortnight-long))fortnights?(?P<long>-long)?\b(?:\s+(?P<dir>ago|from\s+now|hence)\b)?"
)
# A quarter or half written short, as business news does: "Q2", "Q3 2024", "Q4'23", "2Q 2024", "H2 2024",
# "1H24" (case-sensitive: "q2" and "h2" are no quarters).
RX_SHORT_QUARTER = re.compile(
    r"(?<![\w/.-])(?:(?P<k>Q|H)(?P<q>[1-4])|(?P<q2>[1-4])(?P<k2>Q|H))"
    r"(?:(?:\s+|-)(?:FY)?(?P<y>(?:19|20)\d\d)|\s*['\u2019](?P<yy>\d\d)|(?P<yy2>\d\d))?(?![\w/-]|\.\d)"
)
# A length in two or three units, largest first: "4 minutes 20 seconds", "two hours and 15 minutes",
# "three years, six months" (the handler checks the order).
_C_NUM = rf"(?:\d+|{NUM_WORD}(?:[\s-]+{NUM_WORD})?)"
_C_UNIT = r"(?:years?|months?|days?|hours?|minutes?|seconds?)"
_C_JOIN = r"(?:,\s*|\s+)(?:and\s+)?"
RX_COMPOUND = icase(
    rf"{_B}(?:(?P<mod>{MOD_WORDS})\s+)?(?P<n1>{_C_NUM})\s+(?P<u1>{_C_UNIT}){_C_JOIN}(?P<n2>{_C_NUM})\s+(?P<u2>{_C_UNIT})\b"
    rf"(?:{_C_JOIN}(?P<n3>{_C_NUM})\s+(?P<u3>{_C_UNIT})\b)?"
)
# A unit made an adjective of length without a count: "a day-long meeting", "a yearlong inquiry",
# "a decades-long feud".
RX_LONG = icase(rf"{_B}(?P<unit>{UNIT})-?long\b")
_PLURAL_UNIT = r"(?:years|months|weeks|days|decades|hours|quarters|centuries)"
RX_VAGUE_PLURAL = icase(
    rf"{_B}(?:(?P<lead>for|(?:in|over|during|throughout)\s+recent|in\s+the\s+coming|in\s+coming|over\s+the\s+past|over\s+the\s+last|"
    rf"in\s+the\s+past|in\s+the\s+last|within|after)\s+(?P<unit>{_PLURAL_UNIT})\b"
    rf"(?:\s+(?:or|and)\s+{_PLURAL_UNIT}\b)?"  # "within weeks or months": one vague length
    # "over the years", "in the weeks ahead", "in the early years".
    rf"|(?P<lead2>over|in|during|within|for|throughout)\s+(?P<the>the\s+(?:(?P<edge>first|early|final|"
    rf"closing|opening)\s+)?)(?P<unit2>{_PLURAL_UNIT})(?P<ahead>\s+(?:ahead|to\s+come))?\b"
    # "the first time in years," "the lowest in decades.": "in" ending its clause.
    rf"|in\s+(?P<unit3>{_PLURAL_UNIT})\b(?=\s*[.,;:!?)'\"\u2019\u201d\u2014]|\s+(?:and|but|as)\b)"
    # "in future years", "past quarters": the future or the past, no count.
    rf"|(?<!the\s)(?P<when>future|past)\s+(?P<unit4>{_PLURAL_UNIT})\b)"
)
# A length of time without its unit: "for some time", "after a while", "in a long time".
RX_VAGUE_LENGTH = icase(
    rf"{_B}(?:for|in|after|within)\s+(?P<length>(?:quite\s+)?some\s+time|a\s+(?:long\s+|short\s+|little\s+)?while"
    rf"|a\s+(?:long|short)\s+time)\b"
)
RX_SET = icase(
    rf"{_B}(?:(?P<every>every|each)\s+(?:(?P<other>other)\s+|(?P<k>{NUMBER})[\s-]+(?=\w+s\b))?"
    rf"(?P<what>{UNIT}|{WEEKDAY}|{PART}|{MONTH_FULL}|{SEASON})"
    rf"|(?P<adv>{choice(FREQUENCY_ADVERBS)})"
    rf"|(?P<times>once|twice|three\s+times|four\s+times|several\s+times)\s+(?:a|per|each)\s+(?P<tunit>{UNIT_SG})"
    rf"|(?P<per>a|per)\s+(?P<punit>year|month|week|day|hour|quarter))\b"
)
# A weekday in the plural recurs: "on Tuesdays", "Tuesday nights", "Saturday mornings".
RX_WEEKDAYS = icase(rf"{_B}(?P<wd>{WEEKDAY})(?:s|\s+(?P<part>{PART})s)\b")
RX_REFERENCE = icase(
    rf"{_B}(?:(?P<now>now|currently|nowadays|at\s+present|presently|the\s+present|these\s+days)"
    rf"|(?P<past>(?:more\s+)?recently|lately|(?:the\s+)?past|in\s+the\s+past|once\s+upon\s+a\s+time|earlier)"
    rf"|(?P<future>(?:the\s+)?(?:near\s+|foreseeable\s+)?future(?!\s+of\b(?!\s+course))|the\s+(?:near|short)\s+term|"
    rf"(?:the\s+)?coming\s+(?P<cunit>days|weeks|months|years|quarters)))\b"
)
# Holiday names, each also with the curly apostrophe news copy is set with ("St Patrick’s Day").
_HOLIDAY_NAMES = list(FIXED_HOLIDAYS) + list(WEEKDAY_HOLIDAYS) + list(EASTER_HOLIDAYS) + ['election day']
RX_HOLIDAY = icase(
    rf"{_B}(?:(?P<rel>last|next|this)\s+)?(?P<h>{alternation(_HOLIDAY_NAMES + [n.replace(chr(39), chr(0x2019)) for n in _HOLIDAY_NAMES if chr(39) in n])})"
    rf"(?:,?\s+(?P<y>{YEAR}))?\b(?P<week>\s+week\b)?"
)

# "the week of June 12": the ISO week holding that day.
RX_WEEK_OF = icase(
    rf"{_B}the\s+week\s+of\s+(?P<m>{MONTH})\.?\s+(?P<d>{DAY})(?!\d|:\d|\s*%|\.\d)(?:,?\s+(?P<y>{YEAR})(?!\d))?"
)
RX_WEEKEND = icase(rf"{_B}(?:(?P<pos>early|late)\s+)?the\s+weekend\b(?!\s+of)")
RX_THE_YEAR = icase(
    rf"{_B}(?:(?P<pos>earlier|later)\s+in\s+)?the\s+(?:(?P<kind>full|fiscal|calendar|current|entire|whole)[\s-]+)?"
    rf"(?:fiscal[\s-]+)?"
    rf"year\b(?!-|\s+(?:before|after|of|in|that|when|he|she|they|it|I|we)\b)(?P<ended>\s+(?:ended|ending|to)\b)?"
)
RX_YEAR_END = icase(rf"{_B}(?:(?P<around>around|about)\s+)?(?:the\s+)?year(?:'s)?[\s-]end\b")
RX_PERIOD_EDGE = icase(
    rf"{_B}(?P<pos>the\s+end|the\s+beginning|the\s+start|the\s+middle|the\s+turn)\s+of\s+"
    rf"(?:the|this)\s+(?P<unit>year|month|week|decade|century|quarter)\b"
)
# The number words of a spoken year, in the spellings NUMBER_WORDS values.
_TENS = rf"(?:{choice(w for w in TENS_WORDS if w in NUMBER_WORDS)})"
_UNITS9 = rf"(?:{choice(w for w, n in UNITS_WORDS.items() if 1 <= n <= 9)})"
_TEENS = rf"(?:{choice(w for w, n in UNITS_WORDS.items() if 10 <= n <= 19)})"
RX_SPOKEN_YEAR = icase(
    rf"{_B}(?:(?P<the>the\s+year)\s+)?(?:(?P<cent>nineteen|eighteen)\s+(?:(?P<teen>{_TEENS})|(?P<tens>{_TENS})"
    rf"(?:[\s-](?P<unit>{_UNITS9}))?|(?P<oh>oh|o)[\s-](?P<ounit>{_UNITS9}))"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?P<mil>{_UNITS9}|{_TEENS}))?)\b"
)
RX_DECADE_WORD = icase(
    rf"{_B}the\s+(?:(?P<pos>early|late|mid)[\s-]+)?(?:(?P<cent>nineteen|eighteen)[\s-])?"
    rf"(?P<dec>{choice(DECADE_WORDS)})\b"
)
RX_CENTURY = icase(
    rf"{_B}(?:(?P<the>the)\s+)?(?:(?P<pos>early|late|mid)[\s-]+)?"
    rf"(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{alternation(k for k in ORDINALS if k.endswith(('st', 'nd', 'rd', 'th')) and not k[0].isdigit() and k not in ('last', 'first'))}|first)"
    rf"[\s-]century\b"
)
# The hours after midnight: "the early hours of Saturday", "in the small hours", "the wee hours of
# the morning"; "the early hours of Thursday morning" leaves the day with its part to the weekday rule.
RX_EARLY_HOURS = icase(
    rf"{_B}the\s+(?:early|small|wee)\s+hours\b(?!\s+of\s+(?:{WEEKDAY}|yesterday|today|tomorrow)\s+{PART}\b)"
    rf"(?:\s+of\s+(?:(?P<wd>{WEEKDAY})|(?P<day>yesterday|today|tomorrow)|the\s+morning)\b)?"
)
RX_PART_OF_DAY = icase(
    rf"{_B}(?:(?P<pos>early|late|mid)[\s-]?)(?P<part>morning|afternoon|evening|night)"
    rf"(?:\s+(?P<day>yesterday|today|tomorrow))?\b"
)

# Small patterns the handlers read around a match.
RX_FOUR_DIGITS = re.compile(r"\d{4}")
RX_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")
RX_FULL_MONTH_END = icase(rf"\b{MONTH_FULL}\Z")
RX_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
RX_HIGH_BEFORE = icase(r"\bhigh\s+\Z")
RX_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]* \Z")  # a capitalised word right before
RX_EVERY_BEFORE = icase(r"\bevery\s+\Z")
RX_SINCE_JUST_BEFORE = icase(r"\bsince\s+\Z")
RX_MODAL_JUST_BEFORE = icase(r"\b(?:will|would|could|might|may|can|should|shall|must|to|'ll)\s+\Z")
# After a frequency adverb: the workers it classes by their pay ("hourly and salaried workers").
RX_PAY_BASIS_AFTER = icase(
    rf"(?:(?:\s+(?:and|or)\s+|\s*[-,]\s*|\s+)(?:{choice(PAY_BASIS_WORDS)})\b)*\s+(?:{choice(PAY_BASIS_NOUNS)})\b"
)
RX_BETWEEN_BEFORE = icase(r"\bbetween\s+\Z")
RX_AGO_AFTER = icase(r"\s+(?:ago|from\s+now|hence)\b")
RX_THE_BEFORE = icase(r"\bthe\s+\Z")
RX_ARTICLE_BEFORE = icase(r"\b(?:an?|the)\s+\Z")
RX_AGED_BEFORE = icase(r"\baged\s+(?:\d+\W{1,3})?\Z")
RX_AMOUNT_BEFORE = icase(rf"(?:\d|%|{choice(RATE_AMOUNT_WORDS)})\W*\s*\Z")
RX_OF_AFTER = icase(r",?\s+of\b")
RX_OF_THE_AFTER = icase(r"\s+of\s+the\b")
RX_OF_AGE_AFTER = icase(r"\s+of\s+age\b")
RX_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
RX_NAME_WORD_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?!\.)")  # "Times" after "Sunday"; not "EST", "Nov."
RX_LETTERS = re.compile(r"[a-z]+")
RX_WORD_BEFORE = re.compile(r"([A-Za-z']+)[^A-Za-z']*\Z")
RX_WORD_AFTER = re.compile(r"\A[^A-Za-z]*?([A-Za-z']+)")
RX_NAMED_YEAR = re.compile(r"(?<![\d$.,])(1[89]\d\d|20\d\d)(?![\d%])")
RX_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+ed\b")
RX_NUMBER_AFTER = icase(rf"\s+(?:\d+|{NUM_WORD})\b")  # "day one", "week 3": a numbered day, no anaphor
# Quotation marks around a title ("1917", “1984”).
OPENING_QUOTES = "\"'“‘"
CLOSING_QUOTES = "\"'”’"
# Words of a clause that make a clock time in it recur ("every weekday", "on Saturdays", "daily"),
# and what ends a clause between them (a semicolon, a line break, a full stop before a capital).
RX_RECURRING = icase(
    rf"\b(?:(?:every|each)\s+(?:day|morning|afternoon|evening|night|weekday|weekend|{WEEKDAY})"
    rf"|{WEEKDAY}s|weekdays|weekends|daily|nightly)\b"
)
RX_CLAUSE_BREAK = re.compile(r"[;!?\n]|\.\s+[A-Z]")
