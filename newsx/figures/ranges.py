"""Ranges: two neighbouring figures joined, or one figure with an open bound.

Rules, in order (``range_of``, on each pair of neighbouring figures):
1. bounds: "at most A and at least B", "more than A but less than B" (low and high sorted);
2. between: "between A and B" (the opener is part of the range's text, not a qualifier);
3. from: "from A to B", "from A-B", unless after a verb or noun of change in the clause ("rose
   from 5% to 7%", "raised the wage from $7.25 to $8.25": two levels, ``roles``), but always after
   "ranging" ("fees ranging from 2% to 9%");
4. plain: "A to B", "A through B", "A-B", "A ~ B", "10-15%", "$12-15 million" (the scale of B
   applies to A), "5- to 7-kilometre" (a hanging hyphen: the unit comes once); not after a verb of
   change or "by" ("sales rose 6% to $1.45 billion", "up 40 cents to $18.60", "by $1 to $8.25": a
   change and a level) unless B's unit or scale is the one of both ("rose 6 to 7 percent"), not a
   unit to a bare number ("0.7 per cent to 3,512.40"), not a count to another ("85 missiles to 20
   cities"), not a dash with a space on one side only ("75 -300mm");
5. the kinds and units of A and B agree, or one side is a bare number; fractions only with
   fractions; A is below B ("leads 47 percent to 42 percent" is a comparison), but two numbers
   below zero are sorted ("-5 °F to -12 °F"); A-B with A not below B, or a score, drops both
   ("won 2-1", "52-48", "a 6-3, 6-2 win", "Chile 1-2 Spain": ``is_score``).
``open_range``: "500 or more", "five hundred and above", "20 or fewer", "30+ players" (not "10 or
more than", nor "20 and less or equal to 35", nor "3+4").
"""
from __future__ import annotations

from decimal import Decimal

from ..doc.numbers import DASHES, Stream, adjacent, near, starts_number, to_decimal
from ..doc.tokens import NUM, SYM, WORD
from ..lexicon.figures import LOWER_BOUNDS, OPEN_RANGE_TAILS, SCORE_CUES, UPPER_BOUNDS
from ..lexicon.verbs import CHANGE_VERBS, PHRASAL_UP, RANGE_VERBS, TRANSITIVE_CHANGE_VERBS
from .draft import DROP, Draft
from .phrases import counted_after
from .roles import change_before

_BOUNDS = UPPER_BOUNDS | LOWER_BOUNDS
_TO_LINKS = frozenset({"to", "through", "thru", "~"}) | DASHES
_SPACED_LINKS = DASHES | {"~"}
_OPENERS_IN_TEXT = frozenset({"range-between", "range-from", "range-bounds"})
_SUSPENDED_LINKS = frozenset({"to", "and"})  # after a hanging hyphen: "5- to 7-kilometre"
_ONCE_AT_END = frozenset({"percent", "measure"})  # "rose 6 to 7 percent": one unit for both bounds


def join_ranges(s: Stream, raws: list[Draft]) -> list[Draft]:
    """The figures in order, each pair that makes a range joined, open ranges made."""
    out: list[Draft] = []
    k = 0
    while k < len(raws):
        a = raws[k]
        joined = range_of(s, a, raws[k + 1]) if k + 1 < len(raws) else None
        if joined is DROP:
            k += 2
        elif joined is not None:
            out.append(joined)
            k += 2
        else:
            out.append(open_range(s, a) or a)
            k += 1
    return out


def range_of(s: Stream, a: Draft, b: Draft) -> Draft | None:
    """The range of a and b (rules 1-5), ``DROP`` when both are no figures, else None."""
    if a.kind in ("ordinal", "range") or b.kind in ("ordinal", "range") or a.value is None or b.value is None \
            or (a.kind == "fraction") != (b.kind == "fraction"):
        return None  # fractions only with fractions: "between a third and a half"
    between = s.source[a.end:b.q_start if b.qualifier else b.start]
    if len(between) > 12:
        return None
    link = between.strip().lower()
    if between[:1] in DASHES and link[1:].strip() in _SUSPENDED_LINKS and s.low[b.j - 1] != s.low[b.i]:
        link = link[1:].strip()  # "a 5- to 7-kilometre walk", "between 10- and 12-storey": the unit comes once
        between = " " + link + " "
    opener = s.low[a.ft - 1] if not a.qualifier else ""
    if a.qualifier in ("between", "from"):
        opener = a.qualifier or ""
    rule = _range_rule(s, a, b, between, link, opener)
    if rule is None:
        return None
    # Units must agree, or only one side carries one: "10-15%", "$12 million to $20 million".
    if a.kind not in ("number", "count") and b.kind != a.kind and not (b.kind == "number" and not b.counted):
        return None
    if a.unit and b.unit and a.unit != b.unit or a.kind == "count" and rule == "range":
        return None  # "85 missiles to 20 cities"
    lo, hi = a.value, b.value
    if b.scaled and not a.scaled and not a.words and isinstance(lo, Decimal) and s.kind[b.i] == NUM:
        base = to_decimal(s.text[b.i])  # "$12-15 million", "10 to 15 million": the scale of the second applies
        if base and isinstance(hi, Decimal):
            lo = lo * (hi / base)
    if rule == "range" and (link in DASHES and (lo >= hi or is_score(s, a, b)) or link == "to" and is_score(s, a, b)) \
            and not a.unit and not b.unit:
        return DROP  # a score "2-1", a vote "52-35", "voted 7 to 2" or a code: neither side is a figure
    if lo < 0 and hi < 0 and lo > hi:
        lo, hi = hi, lo  # "-5 °F to -12 °F": below zero the nearer bound is often written first
    if rule == "range-bounds":
        lo, hi = (b.value, a.value) if a.qualifier in UPPER_BOUNDS else (a.value, b.value)
    if lo >= hi:
        return None  # "leads 47 percent to 42 percent", "a 4 to 1 margin", "more than 50 and less than 20"
    start, qstart, qualifier = a.start, a.q_start, a.qualifier
    if rule in _OPENERS_IN_TEXT:
        start = a.q_start if a.qualifier else s.start[a.ft - 1]
        qstart, qualifier = start, None
    r = Draft(a.i, b.j, start, b.end, "range", None, b.unit or a.unit, qualifier, qstart, b.counted or a.counted,
              rule, ft=a.ft)
    r.low, r.high = lo, hi
    r.scaled = b.scaled
    return r


def _range_rule(s: Stream, a: Draft, b: Draft, between: str, link: str, opener: str) -> str | None:
    """The rule that links a and b by the text between them (rules 1-4), or None."""
    if (link == "and" or link == "but") and a.qualifier in _BOUNDS and b.qualifier in _BOUNDS \
            and (a.qualifier in UPPER_BOUNDS) != (b.qualifier in UPPER_BOUNDS):
        return "range-bounds"
    if link == "and" and opener == "between":
        return "range-between"
    if link not in _TO_LINKS:
        return None
    if link in _SPACED_LINKS and between.startswith(" ") != between.endswith(" "):
        return None  # "75 -300mm" is no range
    if opener == "from":
        # "rose from 5% to 7%", "raised the wage from $7.25 to $8.25": two levels
        if s.low[a.ft - 2] in RANGE_VERBS:
            return "range-from"  # "fees ranging from 2% to 9%"
        return None if change_before(s, a.ft - 1) else "range-from"
    if link == "to":
        if _is_change(s, a) and not _once_at_end(s, a, b):
            return None  # "sales rose 6% to $1.45 billion", "down 40 cents to $18.60", "by $1 to $8.25"
        if a.unit and not b.unit:
            return None  # "0.7 per cent to 3,512.40": a change and a level
    return "range"


def _once_at_end(s: Stream, a: Draft, b: Draft) -> bool:
    """Whether the unit or scale of b is the one of both bounds: "rose 6 to 7 percent", "adds 5 to 7
    million jobs" (not "rose 600,000 to 7 million": a change and a level)."""
    if b.kind in _ONCE_AT_END and not a.unit:
        return True
    if not b.scaled or a.scaled or a.words or s.kind[b.i] != NUM or not isinstance(a.value, Decimal):
        return False
    base = to_decimal(s.text[b.i])
    return base is not None and a.value < base


def _is_change(s: Stream, a: Draft) -> bool:
    """Whether a is the amount of a change: a verb of change or "up"/"down" in the three pieces
    before it, or "by" after a verb or noun of change ("raise the wage by $1"). A range of change
    with its unit once at the end stays a range ("rose 6 to 7 percent")."""
    if a.ft > 0 and s.low[a.ft - 1] in TRANSITIVE_CHANGE_VERBS:
        return False  # "hopes to raise 40 million to 45 million": A is the verb's object
    for k in range(max(0, a.ft - 3), a.ft):
        w = s.low[k]
        if w in CHANGE_VERBS or (w == "up" or w == "down") and s.low[k - 1] not in PHRASAL_UP:
            return True
    return a.ft > 0 and s.low[a.ft - 1] == "by" and change_before(s, a.ft - 1)


def is_score(s: Stream, a: Draft, b: Draft) -> bool:
    """ "won 2-1", "Spain 2 – 1 Chile", "a 3-6, 6-2, 6-2 win": a score, not a range; names on both
    sides make a score ("Chile 1-2 Spain"), a name on one side does not ("Ages 18-24", "In Texas 20-30
    people")."""
    if not (a.bare and b.bare) or b.counted and b.counted[:1].islower():
        return False  # "lost 200-300 jobs": a range of a count; "Chile 1-2 Spain" names a team after
    if any(w in SCORE_CUES for w in s.low[max(0, a.ft - 5):a.ft]):
        return True
    # A list of set scores, or a score before "win", "victory", "lead". Age or price brackets
    # ("18-24, 25-34") rise pair after pair; set scores do not.
    k = b.j
    pairs = [(to_decimal(s.text[a.ft]), to_decimal(s.text[b.j - 1]))] if b.j > 0 else []
    while len(pairs) < 8 and k + 3 < s.n and s.low[k] == "," and s.kind[k + 1] == NUM and s.low[k + 2] in DASHES \
            and s.kind[k + 3] == NUM:
        pairs.append((to_decimal(s.text[k + 1]), to_decimal(s.text[k + 3])))
        k += 4
    if k > b.j and any(x >= y for x, y in pairs) or any(p[1] >= q[0] for p, q in zip(pairs, pairs[1:])):
        return True
    if s.low[k] in SCORE_CUES:
        return True
    return a.ft > 0 and s.kind[a.ft - 1] == WORD and s.text[a.ft - 1][:1].isupper() \
        and b.j < s.n and s.kind[b.j] == WORD and s.text[b.j][:1].isupper()


def open_range(s: Stream, a: Draft) -> Draft | None:
    """ "500 or more", "five hundred and more", "20 or fewer", "30+ players" (a plus glued after the
    number, not "3+4")."""
    if a.kind in ("ordinal", "range") or a.value is None:
        return None
    j = a.j
    if s.low[j] == "+" and j > 0 and adjacent(s, j - 1, j) and a.end == s.end[j - 1] \
            and not (j + 1 < s.n and adjacent(s, j, j + 1) and s.kind[j + 1] != SYM):
        r = Draft(a.i, j + 1, a.start, s.end[j], "range", None, a.unit, a.qualifier, a.q_start,
                  a.counted or counted_after(s, j + 1)[0], "range-open", ft=a.ft)
        r.low = a.value
        return r
    two = s.low[j] + " " + s.low[j + 1]
    if two not in OPEN_RANGE_TAILS or not near(s, j - 1, j) \
            or j + 2 < s.n and starts_number(s, j + 2) or s.low[j + 2] == "than" or s.low[j + 2] == "or":
        return None  # "20 and less or equal to 35": a bound of what follows
    r = Draft(a.i, j + 2, a.start, s.end[j + 1], "range", None, a.unit, None, a.start, a.counted, "range-open",
              ft=a.ft)
    r.low, r.high = (a.value, None) if OPEN_RANGE_TAILS[two] == "low" else (None, a.value)
    return r
