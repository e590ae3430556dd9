"""Candidates: each rule's pattern tried around its anchor words, each match given to its handler.

1. runs: the anchor words (``RX_RUN`` runs of the document's words that are some rule's anchor:
   "mid-1990s" gives "mid" and "1990") and the places a rule's match can start (``starts``: the
   letter runs, digit runs and marks a match begins with), read once per distinct word text;
2. windows: for each rule, the merged spans from ``REACH_BEFORE`` characters before an anchor to
   ``REACH_AFTER`` after it (rules with the same anchors share them), so no match is cut or found twice;
3. matches: in each window, the pattern is tried at the places its matches can start, left to right,
   the next try after the end of a match: the leftmost non-overlapping matches ``finditer`` finds in
   the window, without trying every character (a rule whose starts are unknown is scanned so);
4. each match goes to the rule's handler, and the candidates it returns are trimmed (``trim``).
A match in the ``date`` header line counts only for the ``iso`` rule: the header is no mention.
"""
from __future__ import annotations

import bisect
import re
from itertools import chain, compress

from ..doc import Doc
from .context import Cand, Context
from .patterns import RX_FULL_MONTH_END, RX_ISO
from .rules import ALL_ANCHORS, DIGITS, RULES, Rule
from .starts import starts

# The letter and digit runs of one word's text ("mid-1990s": "mid", "1990", "s"): the runs anchors are.
RX_RUN = re.compile(r"[A-Za-z]+|\d+")
# The runs a match can start with: letter runs, digit runs, single other characters.
RX_START_RUN = re.compile(r"(?P<letters>[^\W\d_]+)|(?P<digits>\d+)|(?P<mark>\S)")
# Letters that a case-insensitive pattern's ASCII letters match too (dotted and dotless i, long s,
# Kelvin sign): folded before a letter run is looked up.
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# A letter run and a digit run, as the start runs read them (the cut run at a window's end).
RX_LETTER_RUN = re.compile(r"[^\W\d_]+")
RX_DIGIT_RUN = re.compile(r"\d+")
# How far a match may reach before / after its anchor word.
REACH_BEFORE = 64
REACH_AFTER = 48
# Anchors this close merge their windows: a window ends REACH_AFTER after its last anchor and the
# next begins REACH_BEFORE before its first; they merge when less than REACH_BEFORE apart.
MERGE_GAP = REACH_AFTER + 2 * REACH_BEFORE

# Bit i of a start mask: rule i may start a match there.
_STARTS = [starts(rule.pattern) for rule in RULES]
_WORD_STARTS: dict[str, int] = {}
_PREFIX_STARTS: list[tuple[str, int]] = []
_DIGIT_STARTS: dict[int, int] = {}  # run length (0: any) -> rules
_MARK_STARTS: dict[str, int] = {}
for _i, _s in enumerate(_STARTS):
    if _s is None:
        continue
    for _w in _s.words:
        _WORD_STARTS[_w] = _WORD_STARTS.get(_w, 0) | 1 << _i
    _PREFIX_STARTS.extend((_p, 1 << _i) for _p in _s.prefixes)
    for _n in _s.digits:
        _DIGIT_STARTS[_n] = _DIGIT_STARTS.get(_n, 0) | 1 << _i
    for _c in _s.marks:
        _MARK_STARTS[_c] = _MARK_STARTS.get(_c, 0) | 1 << _i

# A word's text -> its runs as (offset in the word, anchor key or "", start mask); computed once
# per distinct text, like the document's word flags, and bounded the same way.
Run = tuple[int, str, int]
# A window: start, end, where the run its end cuts begins and the rules that may start there.
Window = tuple[int, int, int, int]
_RUNS: dict[str, tuple[Run, ...]] = {}
_CUT_MASKS: dict[str, int] = {}  # the start mask of a run cut by a window's end, by its text
_MAX_TYPES = 200_000
# A longer word ("1,2,3,..." of a hostile text is one number) is read again each time: its runs
# would hold a tuple per digit in the cache.
_MAX_CACHED_LENGTH = 64


def candidates(doc: Doc, ctx: Context) -> list[Cand]:
    """The candidates of every rule, in rule order (the order ``select`` breaks ties by)."""
    text = doc.text
    header_end = doc.header.day_end if doc.header is not None else -1
    hits, places, masks = _runs(doc)
    backwards = text[::-1]  # where the runs that windows cut begin (_cut_run)
    spans: dict[frozenset[str], list[Window]] = {}
    found: list[Cand] = []
    for i, rule in enumerate(RULES):
        if rule.anchors.isdisjoint(hits):
            continue  # no anchor word of the rule in the text (most rules, on a short text)
        windows = spans.get(rule.anchors)
        if windows is None:
            windows = spans[rule.anchors] = _windows(_anchored(hits, rule.anchors), text, backwards)
        if not windows:
            continue
        if _STARTS[i] is None:
            matches = [m for lo, hi, _, _ in windows for m in rule.pattern.finditer(text, lo, hi)]
        else:
            matches = _matches(rule.pattern, text, windows, places, masks, 1 << i)
        for m in matches:
            if m.start() < header_end and rule.pattern is not RX_ISO:
                continue
            _handle(rule, m, ctx, found)
    return found


def _matches(pattern: re.Pattern[str], text: str, windows: list[Window], places: list[int],
             masks: list[int], bit: int) -> list[re.Match[str]]:
    """The leftmost non-overlapping matches of pattern in each window, tried only at the places
    whose mask holds bit (every place a match can start)."""
    found: list[re.Match[str]] = []
    match = pattern.match
    n = len(places)
    k = 0
    for lo, hi, cut, cut_mask in windows:
        k = bisect.bisect_left(places, lo, k)
        free = lo  # where the next match may start: after the last one
        while k < n and places[k] < hi:
            at = places[k]
            k += 1
            if at < free or not masks[k - 1] & bit:
                continue
            m = match(text, at, hi)
            if m is not None:
                found.append(m)
                free = m.end()
        # The window's end may cut its last word: the pattern sees the cut run as a whole one.
        if cut_mask & bit and cut >= free:
            m = match(text, cut, hi)
            if m is not None:
                found.append(m)
    return found


def _cut_run(text: str, backwards: str, lo: int, hi: int) -> tuple[int, int]:
    """Where the letter or digit run the window's end cuts begins, and the rules that may start a
    match at what is left of it; (0, 0) when the end cuts no run that begins inside the window.
    backwards is the text reversed, where the run's start is the end of one regex match."""
    size = len(text)
    if hi >= size or hi <= lo:
        return 0, 0
    last, after = text[hi - 1], text[hi]
    if not (last.isalnum() and after.isalnum()):
        return 0, 0
    digits = last.isdecimal()
    if after.isdecimal() != digits:
        return 0, 0
    run = (RX_DIGIT_RUN if digits else RX_LETTER_RUN).match(backwards, size - hi, size - lo)
    at = hi - (run.end() - run.start()) if run is not None else hi
    if at == lo and lo > 0 and text[lo - 1].isalnum() and text[lo - 1].isdecimal() == digits:
        return 0, 0  # the run begins before the window: no match starts inside it
    piece = text[at:hi]
    mask = _CUT_MASKS.get(piece)
    if mask is None:
        mask = _start_mask("digits" if digits else "letters", piece)
        if len(_CUT_MASKS) < _MAX_TYPES and len(piece) <= _MAX_CACHED_LENGTH:
            _CUT_MASKS[piece] = mask
    return at, mask


def _handle(rule: Rule, m: re.Match[str], ctx: Context, found: list[Cand]) -> None:
    """Add the trimmed candidates of a match to found, if its handler gives any."""
    try:
        c = rule.handler(m, ctx)
    except (ValueError, OverflowError):
        c = None  # calendar arithmetic out of range: not a resolvable date
    except KeyError:
        # A word the lexicons do not hold as written: a case-insensitive pattern matches "ſpring"
        # (long s) or "Tuesday" with a Kelvin sign, which no lexicon key spells so. No date.
        c = None
    if isinstance(c, list):
        for one in c:
            if trim(ctx.text, one):
                one.origin = (rule.handler, m)
                found.append(one)
    elif c is not None and trim(ctx.text, c):
        c.origin = (rule.handler, m)
        found.append(c)


def trim(text: str, c: Cand) -> bool:
    """Drop the candidate's surrounding spaces and a trailing period that ends a sentence; False
    when nothing is left."""
    s, e = c.start, c.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return False
    if e - s > 1 and text[e - 1] == "." and (text[e - 2].isdigit() or RX_FULL_MONTH_END.search(text, s, e - 1)):
        e -= 1  # "on the 4th of July." ends a sentence; "Jul." keeps its abbreviation point
    c.start, c.end = s, e
    return True


def _runs(doc: Doc) -> tuple[dict[str, list[int]], list[int], list[int]]:
    """The anchor positions by anchor key, and the places a match may start with their rule masks."""
    words = doc.words
    known: list[tuple[Run, ...] | None] = list(map(_RUNS.get, words.text))
    runs: list[tuple[Run, ...]]
    if None in known:
        runs = [r if r is not None else _word_runs(w) for r, w in zip(known, words.text)]
    else:
        runs = known  # type: ignore[assignment]  # no None left
    hits: dict[str, list[int]] = {}
    places: list[int] = []
    masks: list[int] = []
    starts_at = words.start
    add_place, add_mask, hit = places.append, masks.append, hits.setdefault  # bound once: the hot loop
    for k in compress(range(len(runs)), runs):
        at = starts_at[k]
        for offset, key, mask in runs[k]:
            if key:
                hit(key, []).append(at + offset)
            if mask:
                add_place(at + offset)
                add_mask(mask)
    return hits, places, masks


def _word_runs(word: str) -> tuple[Run, ...]:
    """The anchor runs and start places of a word's text (most words: none), cached."""
    runs: list[Run] = []
    for m in RX_RUN.finditer(word):
        run = m.group()
        key = DIGITS if run[0].isdigit() else run.lower()
        if key in ALL_ANCHORS:
            runs.append((m.start(), key, 0))
    for m in RX_START_RUN.finditer(word):
        mask = _start_mask(m.lastgroup or "", m.group())
        if mask:
            runs.append((m.start(), "", mask))
    runs.sort()
    found = tuple(runs)
    if len(_RUNS) < _MAX_TYPES and len(word) <= _MAX_CACHED_LENGTH:
        _RUNS[word] = found
    return found


def _start_mask(kind: str, run: str) -> int:
    """The rules whose matches may start at a run of a word (kind: a group of RX_START_RUN)."""
    if kind == "digits":
        return _DIGIT_STARTS.get(len(run), 0) | _DIGIT_STARTS.get(0, 0)
    if kind == "mark":
        return _MARK_STARTS.get(run, 0)
    key = run.translate(FOLD).lower()
    mask = _WORD_STARTS.get(key, 0)
    for prefix, bits in _PREFIX_STARTS:
        if key.startswith(prefix):
            mask |= bits
    return mask


def _anchored(hits: dict[str, list[int]], anchors: frozenset[str]) -> list[int]:
    """The sorted positions of the anchor words of a rule."""
    keys = hits.keys() & anchors
    if len(keys) == 1:
        return hits[keys.pop()]
    return sorted(chain.from_iterable(hits[key] for key in keys))


def _windows(positions: list[int], text: str, backwards: str) -> list[Window]:
    """Merged [start, end) windows around sorted anchor positions, so no match is cut or found twice,
    each with the run its end cuts (``_cut_run``)."""
    spans: list[tuple[int, int]] = []
    if not positions:
        return []
    size = len(text)
    first = last = positions[0]
    for pos in positions:
        if pos - last > MERGE_GAP:
            spans.append((max(0, first - REACH_BEFORE), min(size, last + REACH_AFTER)))
            first = pos
        last = pos
    spans.append((max(0, first - REACH_BEFORE), min(size, last + REACH_AFTER)))
    return [(lo, hi, *_cut_run(text, backwards, lo, hi)) for lo, hi in spans]
