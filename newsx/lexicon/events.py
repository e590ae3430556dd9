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
