"""Candidates: each rule's pattern tried around its anchor words, each match given to its handler.

1. anchors: the letter and digit runs of the document's words that are anchor words of some rule
   (``RX_RUN`` inside each word's text: "mid-1990s" gives "mid" and "1990"), cached per distinct word;
2. windows: for each rule, the merged spans from ``REACH_BEFORE`` characters before an anchor to
   ``REACH_AFTER`` after it (rules with the same anchors share them), so no match is cut or found twice;
3. matches: the pattern's leftmost non-overlapping matches inside each window, as ``finditer`` finds
   them; each goes to the rule's handler, and the candidate it returns is trimmed (``trim``).
A match in the ``date`` header line counts only for the ``iso`` rule: the header is no mention.
"""
from __future__ import annotations

import re
from itertools import compress

from ..doc import Doc
from .context import Cand, Context
from .patterns import RX_FULL_MONTH_END, RX_ISO
from .rules import ALL_ANCHORS, DIGITS, RULES, Rule

# The letter and digit runs of one word's text ("mid-1990s": "mid", "1990", "s"): the runs anchors are.
RX_RUN = re.compile(r"[A-Za-z]+|\d+")
# How far a match may reach before / after its anchor word.
REACH_BEFORE = 64
REACH_AFTER = 48

# A word's text -> its anchor runs as (offset in the word, anchor key); computed once per distinct
# text, like the document's word flags, and bounded the same way.
_ANCHOR_RUNS: dict[str, tuple[tuple[int, str], ...]] = {}
_MAX_TYPES = 200_000


def candidates(doc: Doc, ctx: Context) -> list[Cand]:
    """The candidates of every rule, in rule order (the order ``select`` breaks ties by)."""
    text = doc.text
    header_end = doc.header.day_end if doc.header is not None else -1
    hits = anchor_hits(doc)
    spans: dict[frozenset[str], list[tuple[int, int]]] = {}
    found: list[Cand] = []
    for rule in RULES:
        windows = spans.get(rule.anchors)
        if windows is None:
            # Rules with the same anchors (the digit rules) share their windows: computing them once
            # per rule was most of the time on text dense in digits.
            positions = sorted(p for key in rule.anchors for p in hits.get(key, ()))
            windows = spans[rule.anchors] = _windows(positions, len(text))
        for lo, hi in windows:
            for m in rule.pattern.finditer(text, lo, hi):
                if m.start() < header_end and rule.pattern is not RX_ISO:
                    continue
                _handle(rule, m, ctx, found)
    return found


def _handle(rule: Rule, m: re.Match[str], ctx: Context, found: list[Cand]) -> None:
    """Add the trimmed candidate of a match to found, if its handler gives one."""
    try:
        c = rule.handler(m, ctx)
    except (ValueError, OverflowError):
        c = None  # calendar arithmetic out of range: not a resolvable date
    if c is not None and trim(ctx.text, c):
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


def anchor_hits(doc: Doc) -> dict[str, list[int]]:
    """Positions of every anchor word, by lower-case word, read from the document's words."""
    words = doc.words
    known: list[tuple[tuple[int, str], ...] | None] = list(map(_ANCHOR_RUNS.get, words.text))
    runs: list[tuple[tuple[int, str], ...]]
    if None in known:
        runs = [r if r is not None else _anchor_runs(w) for r, w in zip(known, words.text)]
    else:
        runs = known  # type: ignore[assignment]  # no None left
    hits: dict[str, list[int]] = {}
    starts = words.start
    for k in compress(range(len(runs)), runs):
        at = starts[k]
        for offset, key in runs[k]:
            hits.setdefault(key, []).append(at + offset)
    return hits


def _anchor_runs(word: str) -> tuple[tuple[int, str], ...]:
    """The anchor runs of a word's text (most words: none), cached."""
    runs = []
    for m in RX_RUN.finditer(word):
        run = m.group()
        key = DIGITS if run[0].isdigit() else run.lower()
        if key in ALL_ANCHORS:
            runs.append((m.start(), key))
    found = tuple(runs)
    if len(_ANCHOR_RUNS) < _MAX_TYPES:
        _ANCHOR_RUNS[word] = found
    return found


def _windows(positions: list[int], size: int) -> list[tuple[int, int]]:
    """Merged [start, end) windows around anchor positions, so no match is cut or found twice."""
    out: list[tuple[int, int]] = []
    for pos in positions:
        lo, hi = max(0, pos - REACH_BEFORE), min(size, pos + REACH_AFTER)
        if out and lo <= out[-1][1] + REACH_BEFORE:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
