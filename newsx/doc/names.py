"""Proper-name runs: "Jake Sullivan", "Karim al-Hassan", "Ursula von der Leyen", "U.S.".

Rules, in order:
1. A run is a sequence of capitalised words one space (or no-break space) apart, never across a
   line or wider gap.
2. Lower-case particles (al, van, von der, de, ...) join a run when they lead, a space apart, to
   a capitalised word; a word such as "al-Hassan" may open a run.
3. Capitalised function words and sentence adverbs ("The", "In", "However") and a leading "-ing"
   word ("Knowing Kessler") are trimmed from the start of a run, function words and particles from
   its end; a weekday or month name is dropped only when it stands alone ("Hanna May" keeps
   "May").
A word is read further only when its flags may make it part of a run (``_MAY_JOIN``, one test):
any other word ends the run before it.
"""
from __future__ import annotations

from ..model import Span
from .tokens import CALENDAR, CAP, FUNCTION, HYPHENED, NAME_OPENER, PARTICLE, Words

_SPACES = (" ", "\u00a0")
_MAY_JOIN = CAP | PARTICLE | HYPHENED | NAME_OPENER


def runs(text: str, words: Words, i: int = 0, j: int = -1) -> list[Span]:
    """The proper-name runs among words i..j-1 (all words when j is -1)."""
    if j < 0:
        j = len(words)
    flags = words.flags
    out: list[Span] = []
    first = -1  # first word of the run being read
    after = i  # the word after the last one visited
    for k in range(i, j):
        f = flags[k]
        if not f & _MAY_JOIN:
            continue
        if k != after and first >= 0:  # the word at ``after`` may join no run: it ends this one
            _close(text, words, first, after, out)
            first = -1
        if f & CAP:
            if first < 0:
                first = k
        elif first >= 0 and f & (PARTICLE | HYPHENED) and _leads_to_name(words, k, j):
            pass
        elif f & NAME_OPENER:
            if first < 0:
                first = k
        elif first >= 0:
            _close(text, words, first, k, out)
            first = -1
        after = k + 1
    if first >= 0:
        _close(text, words, first, after, out)
    return out


def _close(text: str, words: Words, a: int, b: int, out: list[Span]) -> None:
    """Add the run a..b-1 to out, split and trimmed; most runs are one word ("The", "He", "Kyiv")."""
    if b - a == 1:
        if not words.flags[a] & (FUNCTION | CALENDAR | PARTICLE):  # what ``_trim`` keeps of one word
            s, e = words.start[a], words.end[a]
            out.append(Span(text[s:e], s, e))
    else:
        _split_and_trim(text, words, a, b, out)


def _leads_to_name(words: Words, k: int, j: int) -> bool:
    """Whether the particle words[k] and up to two more ("von der") run, a space apart, into a capital."""
    flags, starts, ends = words.flags, words.start, words.end
    for m in range(k + 1, min(k + 4, j)):
        if starts[m] - ends[m - 1] > 1:
            return False
        if flags[m] & CAP:
            return True
        if not flags[m] & PARTICLE:
            return False
    return False


def _split_and_trim(text: str, words: Words, a: int, b: int, out: list[Span]) -> None:
    """Cut the run a..b-1 at gaps wider than one space, trim each part, add what is left to out."""
    starts, ends = words.start, words.end
    lo = a
    for k in range(a + 1, b):
        end = ends[k - 1]
        if starts[k] - end != 1 or text[end] not in _SPACES:
            _trim(text, words, lo, k, out)
            lo = k
    _trim(text, words, lo, b, out)


def _trim(text: str, words: Words, lo: int, hi: int, out: list[Span]) -> None:
    flags, texts = words.flags, words.text
    # Indices move, the list is never sliced: slicing per word was quadratic on "I I I ..." or "May May ...".
    while lo < hi and (flags[lo] & (FUNCTION | CALENDAR) or hi - lo > 1 and texts[lo].endswith("ing")):
        lo += 1
    while hi > lo and (flags[hi - 1] & (FUNCTION | PARTICLE) or hi - lo == 1 and flags[hi - 1] & CALENDAR):
        hi -= 1
    if lo < hi:
        s, e = words.start[lo], words.end[hi - 1]
        out.append(Span(text[s:e], s, e))
