"""Name and title helpers shared by the extractors (quotes, events).

Rules, in order:
1. ``proper_names(text, start, end)``: runs of capitalised words (with name particles such as al-,
   bin, van, de, apostrophe names like O'Brien, initials "J."), trimmed of capitalised function words
   and sentence adverbs ("The", "In", "Finally"), of a leading "-ing" word ("Knowing Bardos"), and of
   a weekday or month name standing alone ("Theresa May" keeps "May"). Runs never cross a line.
2. ``split_title(phrase)``: "Ukrainian President Volodymyr Zelensky" -> ("Ukrainian President",
   "Volodymyr Zelensky"), cut after the last person-title word; after a connector the title runs on
   ("Governor of Washington" + "Chris Gregoire").
3. ``organization_of(title)``: the capitalised run of a title that is not a title word or a demonym
   ("White House national security adviser" -> "White House", "CEO of Civic Action" -> "Civic Action").
4. ``is_person_name(name)``: two or more capitalised tokens, none an organisation, title, place or
   page-furniture word.
Also ``tokens`` (and ``TokenIndex``: the same for many windows of one text, tokenised once),
``strip_possessive``, ``last_token``, ``is_demonym`` and the vocabularies (TITLE_WORDS, PERSON_NOUNS,
ORG_WORDS, DOCUMENT_WORDS, PLACE_WORDS, HONORIFICS, NAME_PARTICLES).

The API (function names and signatures) is stable; vocabularies may grow.
"""
from __future__ import annotations

import bisect
import re

from .model import Span
from .lexicon.calendar import WEEKDAYS_MONTHS
from .lexicon.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, BOILERPLATE_WORDS, FUNCTION_WORDS, NAME_PARTICLES
from .lexicon.organizations import ORG_WORDS
from .lexicon.places import PLACE_OPENERS, PLACE_WORDS
from .lexicon.titles import HONORIFICS, NAME_SUFFIXES, TITLE_WORDS


# Endings of abstract nouns, which no personal name carries ("Development", "Security", "Liberalism").
_ABSTRACT = re.compile(r"[a-z]{4}(?:ment|tion|sion|ity|ism|ness|ship)s?$")


_WORD = re.compile(r"[A-Za-z0-9][\w'’.\-]*|[^\w\s\u200b-\u200d\u2060\ufeff]")


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word and punctuation tokens of text[start:end] as Spans (trailing periods kept on abbreviations)."""
    end = len(text) if end is None else end
    out: list[Span] = []
    for m in _WORD.finditer(text, start, end):
        a, b = m.start(), m.end()
        word = m.group()
        # A trailing period belongs to the word only for abbreviations and initials.
        if len(word) > 1 and word.endswith(".") and not _is_abbrev(word):
            out.append(Span(word[:-1], a, b - 1))
            out.append(Span(".", b - 1, b))
            continue
        out.append(Span(word, a, b))
    return out


class TokenIndex:
    """``tokens(text, start, end)`` for many windows of one text, the text tokenised once.

    Same result as ``tokens``: whole-text tokens inside the window are shared; a word cut by either
    edge of the window is tokenised again as ``tokens`` would see it. Extractors that look at a
    window around every cue (a verb, a name) stay linear without re-reading each window.
    """

    __slots__ = ("text", "_starts", "_ends", "_split", "_tokens")

    def __init__(self, text: str):
        self.text = text
        spans = [m.span() for m in _WORD.finditer(text)]  # regex matches; "word." gives two tokens
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]
        # Matches whose trailing period is a token of its own (not an abbreviation), in order.
        self._split = [k for k, (a, b) in enumerate(spans)
                       if b - a > 1 and text[b - 1] == "." and not _is_abbrev(text[a:b])]
        toks: list[Span] = []
        prev = 0
        for k in self._split:
            toks.extend([Span(text[a:b], a, b) for a, b in spans[prev:k]])
            a, b = spans[k]
            toks.append(Span(text[a:b - 1], a, b - 1))
            toks.append(Span(".", b - 1, b))
            prev = k + 1
        toks.extend([Span(text[a:b], a, b) for a, b in spans[prev:]])
        self._tokens = toks

    def _first(self, k: int) -> int:
        """Index in _tokens of the first token of match k."""
        return k + bisect.bisect_left(self._split, k)

    def __call__(self, start: int = 0, end: int | None = None) -> list[Span]:
        text = self.text
        end = len(text) if end is None else min(end, len(text))
        start = max(start, 0)
        if start >= end:
            return []
        starts, ends = self._starts, self._ends
        head: list[Span] = []
        i = bisect.bisect_left(starts, start)
        if i > 0 and ends[i - 1] > start:
            # The window opens inside a word: read that piece as tokens() would.
            head = tokens(text, start, min(ends[i - 1], end))
        j = bisect.bisect_right(ends, end, lo=i)  # matches i..j-1 lie wholly inside the window
        j = max(i, min(j, len(starts)))
        tail: list[Span] = []
        if j < len(starts) and starts[j] < end:
            # The window closes inside a word.
            tail = tokens(text, starts[j], end)
        middle = self._tokens[self._first(i):self._first(j)]
        if head:
            middle = head + middle
        if tail:
            middle += tail
        return middle


_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
_ABBREV = frozenset(
    "mr. mrs. ms. dr. prof. gen. lt. col. sgt. capt. maj. cmdr. adm. sen. rep. gov. rev. st. jr. sr. "
    "inc. corp. co. ltd. no. u.s. u.k. u.n. e.u. a.m. p.m. det. insp. supt. sept. jan. feb. aug. oct. nov. dec.".split()
)


def _is_abbrev(word: str) -> bool:
    low = word.lower()
    if low in _ABBREV:
        return True
    # Initials and dotted acronyms: "J.", "U.S.", "D.C."
    return bool(_INITIALS.fullmatch(word))


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def proper_names(text: str, start: int = 0, end: int | None = None, *, index: TokenIndex | None = None) -> list[Span]:
    """Runs of capitalised words in text[start:end]: "Jake Sullivan", "Karim al-Hassan", "U.S.".

    Lower-case particles (al, van, de, ...) join two capitalised words; capitalised function words and
    weekday/month names are trimmed from both ends of a run. ``index`` (a TokenIndex of ``text``)
    saves tokenising the window again.
    """
    toks = index(start, end) if index is not None and index.text is text else tokens(text, start, end)
    runs: list[list[Span]] = []
    cur: list[Span] = []
    for i, tok in enumerate(toks):
        w = tok.text
        if _is_cap(w) and w[0].isalpha():
            cur.append(tok)
            continue
        low = w.lower()
        joinable = cur and (low in NAME_PARTICLES or low.startswith(("al-", "el-"))) and _particles_lead_to_name(toks, i)
        if joinable:
            cur.append(tok)
            continue
        if low.startswith(("al-", "el-", "bin-")) and len(w) > 3 and w[3:4].isupper():
            cur.append(tok)
            continue
        if cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out: list[Span] = []
    for run in runs:
        # Split at gaps wider than one space or a newline: runs never cross lines.
        pieces: list[list[Span]] = [[run[0]]]
        for prev, tok in zip(run, run[1:]):
            gap = text[prev.end:tok.start]
            if gap not in (" ", "\u00a0"):
                pieces.append([tok])
            else:
                pieces[-1].append(tok)
        for piece in pieces:
            # Trim by moving indices: slicing the list per word was quadratic on "I I I ..." or "May May ...".
            lo, hi = 0, len(piece)
            while lo < hi and (_trim_word(piece[lo].text) or hi - lo > 1 and piece[lo].text.endswith("ing")):
                lo += 1
            # A month or weekday ends a name only when alone ("Theresa May" keeps "May").
            while hi > lo and (piece[hi - 1].text.lower().rstrip(".") in FUNCTION_WORDS
                               or piece[hi - 1].text.lower() in NAME_PARTICLES
                               or hi - lo == 1 and _trim_word(piece[hi - 1].text)):
                hi -= 1
            if lo < hi:
                a, b = piece[lo].start, piece[hi - 1].end
                out.append(Span(text[a:b], a, b))
    return out


def _particles_lead_to_name(toks: list[Span], i: int) -> bool:
    """Whether the particle at toks[i] and up to two more ("von der") run, a space apart, into a capital."""
    for j in range(i + 1, min(i + 4, len(toks))):
        if toks[j].start - toks[j - 1].end > 1:
            return False
        if _is_cap(toks[j].text):
            return True
        if toks[j].text.lower() not in NAME_PARTICLES:
            return False
    return False


def _trim_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in FUNCTION_WORDS or low in WEEKDAYS_MONTHS


def strip_possessive(name: str) -> str:
    """"Sullivan's" -> "Sullivan"."""
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    if name.endswith(("s'", "s’")):
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
    # "Governor of Washington Chris Gregoire": after a connector the title takes all but the last two words.
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
    if title.lower().rstrip(".") in {h.rstrip(".") for h in HONORIFICS}:
        # An honorific is not a title worth reporting.
        return None, name
    return title, name


_INITIAL = re.compile(r"[A-Z]\.")
# "CEO of Civic Action": the capitalised run after the connector. Each further word follows
# whitespace (a word already takes every capital after it), so the run cannot backtrack.
_OF_ORGANIZATION = re.compile(r"\b(?:of|at|for|with)\s+(?:the\s+)?([A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*)*\s*)")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic|ch)$")


def is_demonym(word: str) -> bool:
    """A nationality adjective ("Ukrainian", "Chinese", "British", "Israeli")."""
    return bool(_DEMONYM.fullmatch(word)) and word.lower() not in ORG_WORDS


# Sentence-initial quantity words ("Two ministers", "Several officials") that name no organisation.
_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten several many some few both all people".split())


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
                         or words[0].lower() in _COUNT_WORDS):
            words.pop(0)
        if words:
            return " ".join(words)
    return None


def is_person_name(name: str) -> bool:
    """Two or more capitalised tokens, none an organisation word or title: "Jake Sullivan"."""
    words = name.split()
    if len(words) > 2 and words[-1].lower().strip(".,") in NAME_SUFFIXES:
        words = words[:-1]
    if len(words) < 2:
        return False
    # A title word is a surname after a given name: "Stephen King", "Martin Luther King Jr.".
    given = words[0].lower() in FEMALE_GIVEN_NAMES or words[0].lower() in MALE_GIVEN_NAMES
    for i, w in enumerate(words):
        low = w.lower().strip(".,")
        if low in ORG_WORDS or low in WEEKDAYS_MONTHS or low in TITLE_WORDS and not (given and i == len(words) - 1):
            return False
    if words[-1].lower().strip(".,") in PLACE_WORDS:
        return False
    if any(w.lower() in BOILERPLATE_WORDS for w in words):
        return False
    if any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return False  # "McCallum's Safe Surrey" names a thing of McCallum's
    if all(w.isupper() for w in words if w[:1].isalpha()) and any(len(w) > 3 for w in words):
        return False  # "ROADS BLOCKED": a heading, not a name
    if words[0].lower() in PLACE_OPENERS:
        return False  # "South Surrey", "New Brunswick", "Fort McMurray"
    if any(_ABSTRACT.search(w) for w in words):
        return False  # "Economic Development", "National Security"
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 2


def last_token(name: str) -> str:
    """The surname of a name ("Jake Sullivan" -> "Sullivan"), possessive removed."""
    words = strip_possessive(name).split()
    return words[-1] if words else ""
