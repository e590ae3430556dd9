"""Words only the dates rules read: what stands before or after a number or a month that makes it
a date, a period or no date at all.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# Words that may stand before a date ("in 1850", "since May", "the end of 1999"): prepositions and
# the modifiers of a period.
DATE_PREPOSITIONS = frozenset(
    """in on since until till by of from to during before after through throughout between and or
    for early late mid last next this that every each the end beginning until around about
    than since as including except like into within""".split()
)

# Before "May" or "March" alone, the words that make it the month, not the verb or the noun.
MONTH_LEAD_WORDS = frozenset(
    """in since until till by from through during before after of early late mid last next this
    and or between to end""".split()
)

# Before a season alone, the words that make it a time ("in spring", "this winter").
SEASON_LEAD_WORDS = frozenset("in the this during by until since through".split())

# Words before "a year", "a week" that make it a period ("for a year", "within a week").
A_PERIOD_BEFORE = frozenset("for than within in about nearly almost after over last".split())

# Words before "the next day" that make it a period ("within the next day or two").
PERIOD_WORDS = frozenset("in within over for during through throughout".split())

# Words before "last" and a length that make it "the last" ("in last two years"); after any other
# word "last" is the verb ("the talks will last two years", "to last a week").
LAST_PERIOD_BEFORE = PERIOD_WORDS | frozenset("of since from by at".split())

# Prepositions before a year that keep it a date before a make ("in 2006 Ford cut jobs").
YEAR_PREPOSITIONS = frozenset("in on since until till by from during before after through throughout and or".split())

# Words right before a year that make it part of a copyright line ("Copyright 2019", "(c) 2019").
COPYRIGHT_WORDS = frozenset("copyright copr c".split())

# Words after a four-digit number that make it a count, not a year.
NOT_YEAR_AFTER = frozenset(
    """people persons men women children troops soldiers jobs shares votes tons pounds feet miles
    meters metres kilometers km dollars yuan euros cars homes units cases deaths employees workers
    members students acres barrels points seats rooms calories hours minutes times percent year years
    old""".split()
)

# Words after a year that make it a model year, no date ("a 2006 Ford", "his 1999 Honda Civic", "the
# 2024 Model Y", "a 1967 Mustang"): the common car makes, a few models named alone, and the nouns
# of a vehicle or its model (the first word of a hyphenated make: "rolls"). After a preposition a
# year stays a date ("in 2006 Ford cut jobs").
MODEL_YEAR_NOUNS = frozenset(
    """ford chevrolet chevy gmc buick cadillac chrysler dodge jeep ram lincoln tesla toyota lexus honda acura
    nissan infiniti mazda subaru mitsubishi suzuki hyundai kia genesis volkswagen vw audi porsche bmw
    mercedes volvo saab jaguar rover bentley rolls ferrari lamborghini maserati
    fiat alfa peugeot renault citroen skoda opel vauxhall harley ducati yamaha kawasaki
    mustang corvette camaro civic corolla camry beetle
    model sedan coupe convertible hatchback pickup minivan suv roadster motorcycle""".split()
)

# Words before a four-digit number that make it a name or a number, not a year ("flight 2020"),
# and the nouns of a work whose title it is ("the film 1917", "the novel 1984").
NOT_YEAR_BEFORE = frozenset("""no number flight route room model version page pages vol film movie novel album
    song documentary musical opera""".split())

# Words before "a year", "per month" that make it a rate ("$5 a year", "ten times a day").
RATE_AMOUNT_WORDS = ("million", "billion", "thousand", "hundred", "percent", "dollars", "cents", "times")

# Words after "future" that keep it a time ("the future of", "the future is"), not a noun modifier.
FUTURE_FOLLOWERS = frozenset("of and is will as for".split())

# The words every reference to the present, past or future holds ("now", "in the past", "the near
# term", "in the coming days"): the anchors of the reference rule.
REFERENCE_WORDS = frozenset(
    """now currently nowadays present presently days recently lately past once earlier future term
    coming""".split()
)

# Words that lead a publication stamp ("Published: March 4, 2021", "Posted 10:15 AM"): the cue, and
# the words that may stand just before it ("First published", "Last updated", "Originally posted").
PUBLISHED_CUES = ("published", "posted", "filed", "released", "issued")
UPDATED_CUES = ("updated", "modified", "edited", "revised")
STAMP_CUE_LEADS = frozenset("first last originally date".split())

# Nouns of people and jobs after "hourly", "daily" that make the adverb a kind of pay ("hourly
# workers", "daily-wage labourers"), not a recurrence; and the pay words that may stand between.
PAY_BASIS_NOUNS = ("workers", "worker", "employees", "employee", "staff", "staffers", "labourers", "laborers",
                   "personnel", "workforce", "jobs", "job", "positions", "hires", "earners")
PAY_BASIS_WORDS = ("salaried", "wage", "paid", "part-time", "full-time", "temporary", "seasonal", "contract")

# Words before "the 8th" that make a bare ordinal a day of the month ("on the 8th", "by the 21st",
# "until the 3rd"); "finished 8th", "the 8th grade" are ranks.
ORDINAL_DAY_LEADS = frozenset("on by until till since before after from through starting beginning".split())

# Words that may follow a bare ordinal day ("on the 8th and the 9th", "by the 21st at noon"); any
# other word after it makes the ordinal a rank of that noun ("the 2nd floor", "the 50th anniversary").
ORDINAL_DAY_FOLLOWERS = frozenset(
    """and or to at in when but as with through until till after before because if so while
    this that the his her their its he she it they we i you""".split()
)

# Nouns after "today's" / "tomorrow's" that make the day a generic present or future ("today's
# youth", "tomorrow's workforce"), no date; "today's vote", "tomorrow's game" stay days.
GENERIC_NOW_NOUNS = frozenset(
    """world society youth young children kids teens teenagers students generation generations parents
    families workers workforce economy economies culture politics media technology technologies
    computers cars standards consumers voters leaders era age people cities city jobs schools homes""".split()
)

# Nouns of cricket and other sport after "one-day" that make it the name of a format ("a one-day
# international", "the one-day series"), no length; "a one-day strike" stays a day long.
ONE_DAY_SPORT_NOUNS = frozenset(
    """international internationals odi odis cricket series cup side squad team format specialist captain
    captaincy ranking rankings game games match matches""".split()
)

# Capitalised nouns after a year that make it part of a programme's name ("the 2030 Agenda"), no date.
PROGRAMME_NOUNS = frozenset("agenda vision".split())
