"""Titles and roles of people: title words, person nouns that head unnamed sources, honorifics,
name suffixes, roles of anonymous sources.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# Titles that precede a name in a subject ("President Volodymyr Zelensky").
TITLES = frozenset(
    """president prime minister secretary chancellor king queen prince general gen
    chief executive ceo chairman chairwoman spokesman spokeswoman spokesperson director
    governor senator sen rep representative mayor minister ambassador commander""".split()
)

# Title words that also begin company names ("General Motors", "Chief Executive" aside):
# dropped before a name only when what follows is a person's name ("General David Petraeus").
AMBIGUOUS_TITLES = frozenset("general director chief king queen prince governor commander".split())

# Honorifics dropped from names ("Mr. Fry" -> "Fry").
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())

HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame messrs messrs.".split())

# Person titles and roles (lower case). A capitalised one ("President") belongs to the title, not the name.
TITLE_WORDS = frozenset(
    """president vice-president prime minister premier chancellor secretary minister deputy undersecretary
    senator sen. sen representative rep. rep congressman congresswoman congressperson governor gov. gov
    mayor councillor councilor alderman commissioner ambassador envoy consul diplomat delegate
    king queen prince princess sheikh emir sultan pope cardinal bishop archbishop rabbi imam pastor reverend rev.
    general gen. gen admiral adm. colonel col. major maj. captain capt. lieutenant lt. sergeant sgt. corporal
    commander cmdr. marshal brigadier officer constable detective det. inspector superintendent sheriff chief
    judge justice magistrate attorney prosecutor lawyer counsel solicitor barrister
    director executive ceo cfo coo cto chairman chairwoman chair chairperson head founder co-founder owner
    president-elect leader spokesman spokeswoman spokesperson representative adviser advisor aide
    manager supervisor coordinator administrator organizer organiser analyst economist strategist
    professor prof. dr. doctor researcher scientist expert lecturer teacher principal dean provost
    editor reporter correspondent columnist journalist writer author publisher producer
    coach player striker goalkeeper captain
    mp mla mpp mep legislator lawmaker politician candidate nominee
    partner associate member fellow trustee treasurer clerk registrar auditor inspector-general
    worker employee resident student accountant cartoonist artist engineer nurse physician surgeon
    farmer activist advocate organizer volunteer official""".split()
)

# Person nouns that head an unnamed source ("a spokesperson", "two senior officials").
PERSON_NOUNS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople source sources
    aide aides adviser advisers advisor advisors diplomat diplomats officer officers analyst analysts
    expert experts witness witnesses resident residents critic critics protester protesters protestor
    protestors activist activists lawmaker lawmakers legislator legislators investigator investigators
    researcher researchers scientist scientists economist economists observer observers
    people person man woman men women worker workers employee employees voter voters
    member members leader leaders executive executives representative representatives
    prosecutor prosecutors lawyer lawyers attorney attorneys doctor doctors nurse nurses
    student students parent parents teacher teachers organizer organizers organiser organisers
    supporter supporters opponent opponents owner owners founder professor proprietor
    minister ministers director directors manager managers chief chiefs head heads
    family relatives relative neighbour neighbours neighbor neighbors friend friends victim victims
    survivor survivors farmer farmers passenger passengers fan fans tourist tourists
    police""".split()
)

# Roles that name unnamed sources: "the official" does not refer back to a named person.
ANONYMOUS_ROLES = frozenset("official officer source witness expert analyst observer insider".split())

# Family and social roles that say who someone is in an apposition (", the victim's *mother*").
KIN_WORDS = frozenset(
    "mother father son daughter wife husband brother sister aunt uncle cousin friend neighbour neighbor widow".split()
)

# Endings of person nouns ("the laid-back resident", "the retired teacher"); a bare suffix test.
ROLE_SUFFIXES = ("er", "or", "ist", "ian", "ent", "ant", "ee")

# Words that qualify a title without naming a body: ranks ("Deputy", "Vice", "Shadow") and the
# portfolios of ministers and secretaries ("Home Secretary", "Foreign Minister"). A capitalised one
# belongs to the title, never to the organisation read from it.
TITLE_MODIFIERS = frozenset(
    """shadow deputy vice assistant acting interim associate senior junior executive managing
    majority minority principal first lead former incoming outgoing
    home foreign interior defence defense justice finance treasury health education transport
    environment energy trade labour labor agriculture culture immigration housing state""".split()
)

# Letters after a name that give a rank or honour, not a body ("Ann Cole QC", "Tom Reyes, SC,").
POST_NOMINALS = frozenset("qc kc sc mp mbe obe cbe kbe dbe phd md".split())
