"""Name and title helpers shared by the extractors (quotes, events).

Rules, in order:
1. ``proper_names(text, start, end)``: the proper-name runs of a string (the document's rules,
   ``newsx.doc.names``), for a name or title phrase; a whole text reads them once as ``doc.names``.
2. ``split_title(phrase)``: "Ukrainian President Volodymyr Zelensky" -> ("Ukrainian President",
   "Volodymyr Zelensky"), cut after the last person-title word; after a connector the title runs on
   ("Governor of Vermont" + "Ana Ruiz").
3. ``organization_of(title)``: the capitalised run of a title that is not a title word or a demonym
   ("White House national security adviser" -> "White House", "CEO of Bright Harbour" -> "Bright Harbour").
4. ``is_person_name(name)``: two or more capitalised tokens, none an organisation, title, place or
   page-furniture word.
Also ``strip_possessive``, ``last_token`` and ``is_demonym``; the vocabularies are in ``newsx.lexicon``.

The API (function names and signatures) is stable; vocabularies may grow.
"""
from __future__ import annotations

import bisect
import re

from .doc.names import runs
from .doc.tokens import Words
from .model import Span
from .lexicon.calendar import WEEKDAYS_MONTHS
from .lexicon.grammar import QUANTITY_OPENERS
from .lexicon.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, BOILERPLATE_WORDS, NAME_PARTICLES
from .lexicon.organizations import ORG_WORDS
from .lexicon.places import PLACE_OPENERS, PLACE_WORDS
from .lexicon.titles import HONORIFICS, NAME_SUFFIXES, TITLE_WORDS


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
    title = " ".join(words[: cut + 1])
    name = " ".join(words[cut + 1 :])
    if title.lower().rstrip(".") in _HONORIFICS_BARE:
        # An honorific is not a title worth reporting.
        return None, name
    return title, name


_INITIAL = re.compile(r"[A-Z]\.")
_HONORIFICS_BARE = frozenset(h.rstrip(".") for h in HONORIFICS)
# "CEO of Bright Harbour": the capitalised run after the connector. Each further word follows
# whitespace (a word already takes every capital after it), so the run cannot backtrack.
_OF_ORGANIZATION = re.compile(r"\b(?:of|at|for|with)\s+(?:the\s+)?([A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*)*\s*)")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic|ch)$")


def is_demonym(word: str) -> bool:
    """A nationality adjective ("Ukrainian", "Chinese", "British", "Israeli")."""
    return bool(_DEMONYM.fullmatch(word)) and word.lower() not in ORG_WORDS


def organization_of(title: str | None) -> str | None:
    """The organisation named in a title: "White House national security adviser" -> "White House"."""
    if not title:
        return None
    m = _OF_ORGANIZATION.search(title)
    if m:
        org = m.group(1).strip()
        if org and not all(w.lower() in TITLE_WORDS for w in org.split()):
            return org
    for run in proper_names(title):
        words = [w for w in run.text.split()]
        # Drop title words and demonyms at the ends: "Ukrainian President" names no organisation.
        while words and (words[-1].lower().rstrip(".") in TITLE_WORDS or is_demonym(words[-1])):
            words.pop()
        while words and (words[0].lower().rstrip(".") in TITLE_WORDS or is_demonym(words[0])
                         or words[0].lower() in QUANTITY_OPENERS):
            words.pop(0)
        if words:
            return " ".join(words)
    return None


def is_person_name(name: str) -> bool:
    """Two or more capitalised tokens, none an organisation word or title: "Jake Sullivan"."""
    words = name.split()
    if len(words) > 2 and words[-1].lower().strip(".,") in NAME_SUFFIXES:
        words.pop()
    if len(words) < 2:
        return False
    lows = [w.lower() for w in words]
    if lows[-1].strip(".,") in PLACE_WORDS or lows[0] in PLACE_OPENERS:
        return False  # "South Riverton", "New Lakeport", "Fort Ashby"
    # A title word is a surname after a given name: "Stephen King", "Martin Luther King Jr.".
    given = lows[0] in FEMALE_GIVEN_NAMES or lows[0] in MALE_GIVEN_NAMES
    last = len(words) - 1
    caps = 0
    shouting = True  # every word with a letter written in capitals
    for i, w in enumerate(words):
        low = lows[i]
        bare = low.strip(".,")
        if bare in ORG_WORDS or bare in WEEKDAYS_MONTHS or bare in TITLE_WORDS and not (given and i == last) \
                or low in BOILERPLATE_WORDS:
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
