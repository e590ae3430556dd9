"""Organisation heads: words that make a capitalised run an organisation, documents that speak for
one, generic actors ("the company"), one-word institutions.

Data only: no rule code, no imports of other lexicon modules. Keys are lower case unless noted.
"""
from __future__ import annotations

# Heads of definite descriptions that refer back to the organisation named before
# ("the company said").
GENERIC_ACTORS = frozenset(
    """company firm airline carrier automaker carmaker manufacturer maker group government
    agency ministry bank lender insurer retailer corporation business club party team
    union council court board committee""".split()
)

# Organisation heads ("the ministry", "the study") and words that make a capitalised run an organisation.
ORG_WORDS = frozenset(
    """ministry department agency authority office council committee commission board bureau service
    services police force forces army navy military government administration parliament congress
    senate house court tribunal union association federation institute institution foundation
    organization organisation group company corporation corp corp. inc inc. ltd ltd. llc co co.
    bank fund party university college school hospital centre center network press news times post
    journal herald tribune gazette star globe daily television tv radio channel magazine agency
    study report survey poll statement release data figures records documents
    club league team church mosque embassy consulate city county province state region municipality
    campaign coalition alliance movement network firm airline airlines motors group
    cafe café restaurant restaurants store stores shop hotel bar pub clinic lab laboratory
    location plant factory mall market exchange railway railroad
    industries holdings partners enterprises technologies pharmaceuticals laboratories logistics foods
    brands resources solutions products""".split()
)

# Heads of document-like sources ("the complaint", "the post"), never people.
DOCUMENT_WORDS = frozenset(
    """complaint post letter document documents ruling decision filing website email e-mail tweet memo
    lawsuit indictment affidavit notice order analysis review audit investigation release statement
    report study survey poll data figures numbers records estimate estimates book blog message
    paper transcript petition submission""".split()
)

# One-word names of institutions that speak as such ("the Pentagon said"), never people.
INSTITUTIONS = frozenset(
    """pentagon kremlin vatican congress parliament senate knesset bundestag duma politburo
    interpol europol nasa unicef unesco""".split()
)

# Heads that refer back to any company named before ("the company", "the carrier", "the giant").
COMPANY_HEADS = frozenset(
    """company firm group organization organisation corporation business carrier airline automaker carmaker
    retailer insurer lender manufacturer maker giant""".split()
)

# Bodies that decide together: "Board members noted", "the committee members said" speak as the body.
DELIBERATIVE_BODIES = frozenset("board committee council commission panel jury tribunal".split())

# Public bodies: "the company" never refers back to one of these.
PUBLIC_BODIES = frozenset(
    """ministry department agency authority office council committee commission board bureau police government
    parliament congress senate court tribunal union university college school hospital""".split()
)

# Places as bodies ("the city", "the county"): a run ending with one names a place, not an organisation.
PLACE_BODIES = frozenset("city county province state region municipality".split())

# Parts of an organisation named by their owner ("the Acme *unit*", "the Health *department*").
UNIT_HEADS = frozenset("unit division office department team".split())

# Heads that refer back to a public body named with another of them ("the agency" after "the State
# Department", "the ministry" after "the Health Bureau").
AGENCY_HEADS = frozenset("agency department ministry bureau authority administration service commission".split())

# Heads that refer back to an organisation whose name gives no kind ("the union" after "HWU" or
# "Globex"); a board, a court or a council is named as such.
KINDLESS_HEADS = COMPANY_HEADS | AGENCY_HEADS | frozenset("union association".split())

# Words before a document's issuer ("a report *by* Acme", "a release *from* the union").
ISSUER_LINKS = frozenset("by from".split())

# Where an issuer publishes ("a paper on Acme's *website*").
PUBLISHING_PLACES = frozenset("website site page account blog feed channel".split())
