"""Name and title helpers shared by the extractors (quotes, events).

Rules, in order:
1. ``proper_names(text, start, end)``: the proper-name runs of a string (the document's rules,
   ``newsx.doc.names``), for a name or title phrase; a whole text reads them once as ``doc.names``.
2. ``split_title(phrase)``: "Ukrainian President Volodymyr Zelensky" -> ("Ukrainian President",
   "Volodymyr Zelensky"), cut after the last person-title word; after a connector the title runs on
   ("Governor of Vermont" + "Ana Ruiz").
3. ``organization_of(title)``: the capitalised run of a title that is not a title word, a word
   qualifying a title ("Shadow", "Home") or a demonym ("White House national security adviser" ->
   "White House", "CEO of Bright Harbour" -> "Bright Harbour"); an owner in the possessive ("Labour's
   Shadow Home Secretary" -> "Labour"); a run ending with an organisation word stays whole
   ("Republican Party"); a place or a nationality alone is no organisation.
4. ``is_person_name(name)``: two or more capitalised tokens, none an organisation, title, place,
   page-furniture word or plural person noun ("Workers United"), not opened by a place or demonym
   before a full name ("Vermont Ana Ruiz", "United States Tom Reyes": a title's place glued to the
   name, see ``leading_place``).
Also ``strip_possessive``, ``last_token``, ``is_demonym``, ``is_place`` and ``clean_title``; the vocabularies are in
``newsx.lexicon``.

The API (function names and signatures) is stable; vocabularies may grow.
"""
from __future__ import annotations

import bisect
import functools
import re

from .doc.names import runs
from .doc.tokens import Words
from .model import Span
from .lexicon.calendar import WEEKDAYS_MONTHS
from .lexicon.grammar import QUANTITY_OPENERS
from .lexicon.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, BOILERPLATE_WORDS, NAME_PARTICLES
from .lexicon.organizations import ORG_WORDS
from .lexicon.places import DEMONYMS, PLACE_ACRONYMS, PLACE_OPENERS, PLACE_PHRASES, PLACE_WORDS, PLACES
from .lexicon.titles import HONORIFICS, NAME_SUFFIXES, PERSON_NOUNS, POST_NOMINALS, TITLE_MODIFIERS, TITLE_WORDS


# Plural person nouns ("Workers", "Nurses", "Teachers"): a group's name holds them, a person's never.
GROUP_NOUNS = frozenset(w for w in PERSON_NOUNS if w.endswith("s") and w[:-1] in PERSON_NOUNS) \
    | {"people", "women", "men"}
# Words no person's name holds: organisation and calendar words, plural person nouns.
_NEVER_IN_NAMES = ORG_WORDS | WEEKDAYS_MONTHS | GROUP_NOUNS
# Endings of abstract nouns, which no personal name carries ("Development", "Security", "Liberalism").
_ABSTRACT = re.compile(r"[a-z]{4}(?:ment|tion|sion|ity|ism|ness|ship)s?$")
_ABSTRACT_ENDINGS = tuple(e + s for e in ("ment", "tion", "sion", "ity", "ism", "ness", "ship") for s in ("", "s"))


def proper_names(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Runs of capitalised words among the words wholly inside text[start:end]: "Jake Sullivan",
    "Karim al-Hassan", "U.S." (``newsx.doc.names.runs`` over the document's words of the text).

    For a whole text, read the document once and take ``doc.names``; this reads ``text`` again.
    """
    words = Words(text)
    end = len(text) if end is None else end
    i = bisect.bisect_left(words.start, start)
    j = max(i, bisect.bisect_right(words.end, end, lo=i))
    return runs(text, words, i, j)


def strip_possessive(name: str) -> str:
    """"Sullivan's" -> "Sullivan"."""
    end = name[-2:]
    if end == "'s" or end == "’s":
        return name[:-2]
    if end == "s'" or end == "s’":
        return name[:-1]
    return name


# Names come back across the articles of a batch (the same people are in the news): the two
# lexicon tests below are pure functions of their text, kept per process in a bounded cache.
_NAME_CACHE = 1 << 16


@functools.lru_cache(maxsize=_NAME_CACHE)
def split_title(phrase: str) -> tuple[str | None, str]:
    """Split "Ukrainian President Volodymyr Zelensky" into ("Ukrainian President", "Volodymyr Zelensky").

    The split is after the last title word (or honorific); without one, the title is None.
    """
    words = phrase.split()
    # A generational suffix is part of the name: "Martin Luther King Jr." has no title.
    suffix = words.pop() if len(words) > 2 and words[-1].rstrip(".,").lower() in NAME_SUFFIXES else None
    title, name = _split_title_words(words)
    return title, f"{name} {suffix}" if suffix else name


def _split_title_words(words: list[str]) -> tuple[str | None, str]:
    cut = -1
    for i, w in enumerate(words[:-1]):
        low = w.lower().strip(",")
        if low in TITLE_WORDS or low in HONORIFICS:
            cut = i
    if cut < 0:
        return None, " ".join(words)
    # "Governor of Vermont Ana Ruiz": after a connector the title takes all but the last two words.
    for i in range(len(words) - 2, cut, -1):
        if words[i].islower() and words[i] not in NAME_PARTICLES:
            start = max(i + 1, len(words) - 2)
            while start - 1 > i and any(w.lower() in NAME_PARTICLES or _INITIAL.fullmatch(w)
                                        for w in (words[start - 1], words[start])):
                start -= 1
            cut = start - 1
            break
    name = " ".join(words[cut + 1 :])
    return clean_title(" ".join(words[: cut + 1])), name


def clean_title(title: str | None) -> str | None:
    """A title without the honorifics at its ends and a determiner before it: "Minister of Education
    Mr." -> "Minister of Education", "The Mayor of Lakeport" -> "Mayor of Lakeport"; "Ms" alone is
    no title worth reporting (None)."""
    if not title:
        return None
    words = title.split()
    while words and words[-1].lower().rstrip(".") in _HONORIFICS_BARE:
        words.pop()
    while words and (words[0].lower().rstrip(".") in _HONORIFICS_BARE or words[0].lower() in _TITLE_DETERMINERS):
        words.pop(0)  # "The Mayor of Lakeport", "Its author": the title without its determiner
    return " ".join(words) or None


_TITLE_DETERMINERS = frozenset("the a an his her".split())  # (its/their: the body owns the title)


_INITIAL = re.compile(r"[A-Z]\.")
_HONORIFICS_BARE = frozenset(h.rstrip(".") for h in HONORIFICS)
# "CEO of Bright Harbour": the capitalised run after the connector. Each further word follows
# whitespace (a word already takes every capital after it), so the run cannot backtrack.
_OF_ORGANIZATION = re.compile(r"\b(?:of|at|for|with)\s+(?:the\s+)?([A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*)*\s*)")
# A nationality adjective by its ending ("Ukrainian", "Chinese", "British", "Israeli"); "-an" alone
# ends too many names ("Hartman") and is left to the demonym list.
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|i)$")


def is_demonym(word: str) -> bool:
    """A nationality adjective ("Ukrainian", "Chinese", "British", "Israeli", "Kenyan")."""
    return (word.lower() in DEMONYMS or bool(_DEMONYM.fullmatch(word))) and word.lower() not in ORG_WORDS


def _title_part(word: str) -> bool:
    """A title word or a word qualifying one ("Secretary", "Shadow", "Home"), dropped from an organisation."""
    low = word.lower().rstrip(".,")
    return low in TITLE_WORDS or low in TITLE_MODIFIERS or low in HONORIFICS or low in POST_NOMINALS


@functools.lru_cache(maxsize=_NAME_CACHE)
def organization_of(title: str | None) -> str | None:
    """The organisation named in a title: "White House national security adviser" -> "White House",
    "spokesman for the Coast Guard" -> "Coast Guard", "Labour's Shadow Home Secretary" -> "Labour".
    Possessives drop their 's; a place or a nationality alone is no organisation; a run ending with
    an organisation word stays whole ("Republican Party leaders" -> "Republican Party")."""
    if not title:
        return None
    m = _OF_ORGANIZATION.search(title)
    if m:
        org = m.group(1).strip()
        body = _BODY_BEFORE_OF.search(title, 0, m.start())
        if body is not None and m.group(0).startswith("of") and body.group(1).lower().strip(".") in ORG_WORDS:
            org = f"{body.group(0).strip()} {m.group(0)[:m.start(1) - m.start()].strip()} {org}"  # "Ministry of Health"
        tail = _OF_BODY_AFTER.match(title, m.end(1))
        if tail is not None and org.split()[-1].lower().strip(".") in ORG_WORDS:
            org = f"{org} {tail.group(0).strip()}"  # "the Bank of England", "the University of Lakeport"
        head = _ORG_HEAD_AFTER.match(title, m.end(1))
        if tail is None and head is not None and head.group(1).lower() in ORG_WORDS:
            org = f"{org} {head.group(1)}"  # "the Indonesian military", "the Lakeport Sheriff's office"
        else:
            org = strip_possessive(org)
        if org and not all(_title_part(w) for w in org.split()) and not _no_body(org):
            return org
    for run in proper_names(title):
        found = _body_of_run(run.text.split())
        if found:
            return found
    return None


# The capitalised run right before "of" in a title, when it ends with an organisation word:
# "Ministry of Health spokeswoman", "Bank of Lakeport chief" (then the body is "X of Y").
_BODY_BEFORE_OF = re.compile(r"(?:[A-Z][\w&'’.\-]* )*?([A-Z][\w&'’.\-]*) $")
# "of" and a capitalised run after a body's name: "the Bank of England", "the University of Lakeport".
_OF_BODY_AFTER = re.compile(r"of\s+(?:the\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*)*")
# A lower-case organisation word right after the capitalised run of _OF_ORGANIZATION.
_ORG_HEAD_AFTER = re.compile(r"\s*([a-z]+)\b")


def _no_body(org: str) -> bool:
    """A place or a nationality alone names no organisation ("Vermont", "Kenyan")."""
    return is_place(org) or " " not in org and is_demonym(org)


def _body_of_run(words: list[str]) -> str | None:
    """The organisation in one capitalised run of a title, or None."""
    for k, w in enumerate(words[:-1]):
        if w.endswith(("'s", "’s", "s'", "s’")):
            # "Labour's Shadow Home Secretary": the owner is the organisation
            owner = strip_possessive(" ".join(words[: k + 1]))
            return None if _no_body(owner) else owner
    while words and _title_part(words[-1]):
        words = words[:-1]
    if words and words[-1].lower().strip(".,") in ORG_WORDS:
        # A body's name stays whole: "Republican Party", "General Motors", "Saudi Interior Ministry"
        while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
            words = words[1:]
    else:
        # Title words and nationalities qualify a title ("Ukrainian President", "Minister Ann"), a
        # rank or portfolio only at its end ("Statistics Lakeland" is a body).
        while words and (words[0].lower().rstrip(".") in TITLE_WORDS or words[0].lower() in QUANTITY_OPENERS):
            words = words[1:]
        while words and is_demonym(words[-1]):
            words = words[:-1]
        while words and is_demonym(words[0]):
            words = words[1:]
    org = strip_possessive(" ".join(words))
    return org if org and not _no_body(org) else None


def is_place(phrase: str) -> bool:
    """A country, state, major city or place acronym named alone: "Vermont", "United States", "U.S."."""
    bare = strip_possessive(phrase.strip())
    low = " ".join(bare.lower().split())
    return bare in PLACE_ACRONYMS or low in PLACES or low in PLACE_PHRASES \
        or low.startswith("the ") and low[4:] in PLACE_PHRASES


def leading_place(words: list[str]) -> int:
    """How many of the first words name a place or nationality before a person's full name:
    2 for "United States Tom Reyes", 1 for "Vermont Ana Ruiz" or "Kenyan Tom Reyes", 0 for
    "Georgia Ann Smith" (a given name first) or a name of two words."""
    if len(words) < 3:
        return 0
    first = words[0].lower()
    if first in FEMALE_GIVEN_NAMES or first in MALE_GIVEN_NAMES:
        return 0
    if len(words) >= 4 and f"{first} {words[1].lower()}" in PLACE_PHRASES:
        return 2
    if words[0] in PLACE_ACRONYMS or first in PLACES or first in DEMONYMS:
        return 1
    return 0


def name_tail(words: list[str]) -> int:
    """Where a person's name starts in a run that begins with the name of a body: 2 in "River Trust
    Ann Cole" (a title's body glued to the name). A common given name among the last three words
    opens the name; else the last two words are the name, with a particle or initial before them."""
    n = len(words)
    for i in range(max(1, n - 3), n - 1):
        if words[i].lower() in FEMALE_GIVEN_NAMES or words[i].lower() in MALE_GIVEN_NAMES:
            return i
    start = n - 2
    while start > 1 and (words[start - 1].lower() in NAME_PARTICLES or _INITIAL.fullmatch(words[start - 1])):
        start -= 1
    return start


@functools.lru_cache(maxsize=_NAME_CACHE)
def is_person_name(name: str) -> bool:
    """Two or more capitalised tokens, none an organisation word or title: "Jake Sullivan"."""
    words = name.split()
    if len(words) > 2 and (words[-1].lower().strip(".,") in NAME_SUFFIXES or words[-1].isupper()
                           and words[-1].lower() in POST_NOMINALS):
        words.pop()  # "Martin Luther King Jr.", "Ann Cole QC"
    if len(words) < 2 or leading_place(words):
        return False
    lows = [w.lower() for w in words]
    if lows[-1].strip(".,") in PLACE_WORDS or lows[0] in PLACE_OPENERS:
        return False  # "South Riverton", "New Lakeport", "Fort Ashby"
    if len(words) > 2 and f"{lows[-2]} {lows[-1]}" in PLACE_PHRASES:
        return False  # "Food Safety Office New Zealand": a body named with a country
    # A title word is a surname after a given name: "Stephen King", "Martin Luther King Jr.".
    given = lows[0] in FEMALE_GIVEN_NAMES or lows[0] in MALE_GIVEN_NAMES
    last = len(words) - 1
    caps = 0
    shouting = True  # every word with a letter written in capitals
    for i, w in enumerate(words):
        low = lows[i]
        bare = low.strip(".,")
        # an organisation or calendar word, a plural person noun ("Workers United"), page furniture
        if bare in _NEVER_IN_NAMES or bare in TITLE_WORDS and not (given and i == last) or low in BOILERPLATE_WORDS:
            return False
        if i < last and w.endswith(("'s", "’s")):
            return False  # "Moreau's Safe Harbour" names a thing of Moreau's
        if w.endswith(_ABSTRACT_ENDINGS) and _ABSTRACT.search(w):
            return False  # "Regional Development", "National Security"
        first = w[:1]
        if first.isupper():
            caps += 1
        if shouting and first.isalpha() and not w.isupper():
            shouting = False
    if shouting and any(len(w) > 3 for w in words):
        return False  # "BRIDGES CLOSED": a heading, not a name
    return caps >= 2


def last_token(name: str) -> str:
    """The surname of a name ("Jake Sullivan" -> "Sullivan"), possessive removed."""
    words = strip_possessive(name).split()
    return words[-1] if words else ""
