"""Words the event rules look for: event nouns, clause openers, subject pronouns.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# Event nouns that news reports as things that happened or will happen.
EVENT_NOUNS = frozenset(
    """accident acquisition agreement aid airstrike airstrikes announcement appeal attempt attempts
    appearance arrest arrests assault attack attacks auction award ban bankruptcy battle
    bid blast bombing boycott breach bribe campaign ceasefire celebration ceremony charge
    charges clash clashes closure collapse collision conference contest conviction
    crackdown crash crisis cut cuts deal death deaths debate decision default defeat
    delay delays deliveries delivery departure deployment disaster dismissal dispute
    downturn earthquake election elections emergency eruption evacuation execution
    explosion failure fire flight flights flood flooding funeral hearing hijacking
    inauguration incident injury interview invasion investigation killing landing launch
    lawsuit layoffs loss losses meeting merger murder negotiations offensive offer order
    orders outbreak overhaul payment plan plans protest protests purchase raid rally
    recall recession referendum release rescue resignation restructuring retirement
    riot sale sales scandal session settlement shooting shutdown speech strike strikes
    summit surge suspension takeover talks test tour trial trip verdict visit vote war
    withdrawal glitch malfunction outage blackout leak spill blaze mishap derailment
    breakdown ceremony rollout unveiling debut launch landing takeoff take-off liftoff
    kidnapping abduction bombing massacre coup uprising protest strike walkout lockout
    bailout buyout merger spin-off ipo lawsuit ruling indictment sentencing acquittal
    arrival departure filing""".split()
)

# Words that open a subordinate or coordinate clause: a clause boundary falls before them.
CLAUSE_OPENERS = frozenset(
    """which who whom whose where when while after before because although though since
    until unless whereas""".split()
)

# Subject pronouns: `who` is then the last actor named before.
SUBJECT_PRONOUNS = frozenset("he she they it we".split())

# Lower-case words inside a name ("Bank of America", "Ludwig van Beethoven").
NAME_LINKS = frozenset("of for & de du von van der al".split())

# What a pronoun subject refers to: the last person or the last organisation named.
PRONOUN_REFERENTS = {"he": "person", "she": "person", "it": "org", "they": "org", "we": "org"}

# Words that end a subject noun phrase read leftwards or rightwards.
PHRASE_STOPS = frozenset(
    """that which who whom whose where when while because if as than but or not although though
    unless whereas once""".split())

# Prepositions before a time expression that measure a period rather than place an event in it.
PERIOD_PREPOSITIONS = frozenset("for from to between until till through of than by over before after since".split())

# Prepositions before which an event noun stands bare ("in talks", "in aid"): no occurrence.
BARE_NOUN_PREPOSITIONS = frozenset("in of on with by from into including toward towards".split())

# Words that count days from another event ("a day before", "two days later"): their direction.
OFFSET_WORDS = {"before": -1, "earlier": -1, "after": 1, "later": 1}

# Words between a preposition and the time expression it governs ("for the last year").
DATE_MODIFIERS = frozenset("the a an this that late early mid".split())

# Words that open a subordinate clause besides CLAUSE_OPENERS ("rallied as Acme sank"): its
# events join the happening of the main clause.
SUBORDINATE_OPENERS = frozenset("as so than once because whereby including".split())

# Words that open a conditional clause: what it holds has not happened.
CONDITIONALS = frozenset("if unless whether lest".split())

# Words before `to` that make what follows planned ("is expected to begin", "plans to close").
PLAN_WORDS = frozenset(
    """expected expects expect plans plan planned planning scheduled set due intends intend
    intended aims aim aiming going poised slated prepared preparing ready about proposed proposes
    vowed vows pledged pledges promised promises agreed agrees decided decides""".split())

# The page's furniture: verbs that open a call to act on the page ("Subscribe to our newsletter",
# "Share this article"), labels before a colon ("Photo: ..."), words for the story itself.
FURNITURE_VERBS = frozenset(
    """subscribe sign click share follow download read watch listen tap like comment login
    log register email print tweet join get""".split())
FURNITURE_LABELS = frozenset(
    """photo photos image images picture pictures video videos credit credits caption file
    related advertisement sponsored source sources pictured graphic""".split())
STORY_WORDS = frozenset("story article report page post".split())
# Words one of which a furniture sentence that opens with no label or call to act holds.
FURNITURE_CUES = frozenset("updated published developing reporting editing writing contributed reserved".split())
# Words of a page's time stamp ("Updated 3 hours ago", "This article was first published on ...").
STAMP_WORDS = frozenset("updated published posted modified corrected".split())


# Prepositions left before a time expression a predicate phrase was cut at ("on" November 15).
DATE_LEADS = frozenset("on in at of since during by until from last this next early late".split())

# Words that open a clause of the same time as its main clause ("when it arrives on May 2").
SIMULTANEOUS = frozenset("when as while once".split())

# Passives of estimate that frame what follows `that` as reported ("it is expected that ...").
HEDGES = frozenset(
    "expected believed thought understood feared hoped estimated reported rumoured rumored alleged".split())

# Words that open a clause of another time than its main clause ("after the union rejected it").
SEQUENCE = frozenset("after before since until till".split())

# Words of direction between a place preposition and a place ("in northern Leeds").
COMPASS_WORDS = frozenset(
    """northern southern eastern western central north south east west northeastern northwestern
    southeastern southwestern northeast northwest southeast southwest downtown rural coastal""".split())

# Prepositions before a time expression of comparison ("their level of last Monday").
COMPARISON_PREPOSITIONS = frozenset("of than from with".split())

# Nouns of a limit in time: the day they name dates no happening ("a May 2 deadline").
DEADLINE_NOUNS = frozenset("deadline deadlines".split())
