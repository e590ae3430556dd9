"""The role of a figure in a sentence of change: the amount a quantity moved by, or a level it
moved from or to.

Rules (``set_roles``, on each figure; "before" means before its qualifier and currency sign):
1. change: right after a verb whose subject moved ("rose 3%", "fell 200 points", "regained 45
   cents"), after "up" or "down" ("up $1", "shares were down 3%"; not "make up 30%"), after "by" with
   a verb or noun of change earlier in the clause ("raised the wage by $1", "a cut by half a
   point"), after a noun of change and "of" ("an increase of $2 billion"), or before a noun of
   change ("a 5% rise", "a $2 billion cut", "a 200-point drop", "an 18-fold increase"; not a
   length: "a 40-metre drop"; a count or a bare number only as a compound or after a determiner,
   not "where does one fall asleep"); before a comparative of level ("12% higher than a year
   earlier", "$3 cheaper", "20 points lower"; "5% down on the year" after a percent, money or
   points; not "5 higher education colleges", "a 10% down payment"); the same change restated
   after ", or" ("fell 200 points, or 2%,");
2. level: a qualifier of a level after a verb of change ("soared above 3,000", "sank below 5%");
3. level: after "to" or "from" right after a figure of change or level ("rose 3% to 4.5%", "added
   0.4% to 3,120"; not "sent 500 troops to 20 cities"), else with a verb or noun of change (or
   "up"/"down") earlier in the clause ("climbed to 1,200", "up from $4", "raised the wage from
   $7.25"); after "at" right after a figure of change ("closed down 12p at 350p", "ended 2% higher
   at 1,200") or after "up"/"down" ("shares were down at 350p"); not "sold at $5", "at one point";
4. a figure in brackets after another ("up 9 pence (12 cents)"), or after "and"/"or" right after it
   ("raises of six and nine percent"), takes its role.
A count of a noun after a verb gets no role: "cut 200 jobs", "dropped three games" count what the
verb acts on; nor money lost ("lost $5 million" is a sum, "lost 2%" a change). ``change_before`` is shared with the ranges: "rose 6% to 7%" is no range.
"""
from __future__ import annotations

from ..doc.numbers import Stream
from ..doc.tokens import SYM, WORD
from ..lexicon.figures import CHANGE_NOUNS, LEVEL_QUALIFIERS, STOP_WORDS
from ..lexicon.grammar import DETERMINERS
from ..lexicon.verbs import CHANGE_VERBS, LOSS_VERBS, MOVE_VERBS, PHRASAL_UP, PLACE_CHANGE_VERBS
from .draft import Draft

_CLAUSE_STOPS = frozenset(".;:!?\"“”")  # a clause of change ends at these; brackets are inside it
_CLAUSE_WORDS = frozenset({"and", "but", "while", "which", "who", "whereas", "although", "after", "before"})
_WINDOW = 8  # pieces looked back for the verb or noun of change
_POINT_NOUNS = frozenset({"point", "points"})
_LEVEL_LINKS = frozenset({"to", "from"})
_COMPOUND_RULES = frozenset({"compound", "fold"})  # "a 200-point drop", "an 18-fold increase"
# Comparatives of a level after an amount: the amount is how far the level moved or stands apart
# ("2% higher", "$3 cheaper", "20 points lower").
_LEVEL_COMPARATIVES = frozenset("""higher lower cheaper dearer pricier costlier stronger weaker firmer softer""".split())
_UP_DOWN = frozenset({"up", "down"})  # after a percent, money or points only: "5% down on the year"


def set_roles(s: Stream, raws: list[Draft]) -> None:
    """The role of each figure: "change", "level" or None (rules 1-4)."""
    prev: Draft | None = None  # the figure before
    for r in raws:
        if r.kind == "ordinal" or r.value is None and r.kind != "range":
            continue
        r.role = _role(s, r, _piece_before(s, r), prev)
        prev = r


def _role(s: Stream, r: Draft, p: int, prev: Draft | None) -> str | None:
    """The role of figure r, whose piece before is p, after the figure ``prev``."""
    if p < 0:
        return "change" if _change_noun_after(s, r) or _comparative_after(s, r) else None
    if prev is not None and prev.role and p > 0 and _restates(s, prev, p):
        return prev.role  # "fell 200 points, or 2%,", "up 9 pence (12 cents)", "raises of 6 and 9%"
    w = s.low[p]
    if _counts_a_noun(r) and (w in MOVE_VERBS or w == "up" or w == "down") or w in LOSS_VERBS and r.kind == "money":
        return None  # "cut 200 jobs", "picked up three wins", "lost $5 million"
    if is_change_word_at(s, p) or w == "by" and change_before(s, p) \
            or w == "of" and p > 0 and s.low[p - 1] in CHANGE_NOUNS or _change_noun_after(s, r) \
            or _comparative_after(s, r):
        # "soared above 3,000", "sank below 5%": the level passed, not the change
        return "level" if r.qualifier in LEVEL_QUALIFIERS and w != "by" else "change"
    if w in _LEVEL_LINKS:
        if prev is not None and _follows(s, prev, p):
            # "rose 3% to 4.5%", "added 0.4% to 3,120"; not "sent 500 troops to 20 cities"; a verb
            # of change after the figure before: "a 2lb loaf has risen to £1.40"
            return "level" if prev.role is not None or change_before(s, p, prev.j) else None
        return "level" if change_before(s, p) else None
    if w == "at" and not (r.kind == "count" and not (r.counted or "").lower().endswith("points")):
        # "closed down 12p at 350p", "ended 2% higher at 1,200", "was down at 350p"; not "at one point"
        if prev is not None and prev.role == "change" and _follows(s, prev, p) or p > 0 and (
                s.low[p - 1] == "up" or s.low[p - 1] == "down") and is_change_word_at(s, p - 1):
            return "level"
    return None


def _follows(s: Stream, prev: Draft, p: int) -> bool:
    """Whether piece p ("to", "from") comes right after the figure ``prev`` and its counted noun."""
    gap = s.source[prev.end:s.start[p]]
    return len(gap) < 25 and not any(c in _CLAUSE_STOPS or c.isdigit() for c in gap)


def _restates(s: Stream, last: Draft, p: int) -> bool:
    """Whether the figure after piece p restates the figure ``last`` or goes on its list: ", or"
    after a change and its counted noun ("200 points, or 2%"), an opening bracket ("9 pence (12
    cents)") or "and"/"or" right after it ("raises of six and nine percent")."""
    w = s.low[p]
    if w == "or" and s.low[p - 1] == ",":
        gap = s.source[last.end:s.start[p - 1]]
        return last.role == "change" and len(gap) < 25 and not any(
            c in _CLAUSE_STOPS or c == "," or c.isdigit() for c in gap)
    if w == "(" or w == "and" or w == "or":
        return not s.source[last.end:s.start[p]].strip()
    return False


def _piece_before(s: Stream, r: Draft) -> int:
    """The piece before the figure, its qualifier ("rose by more than 3%") and its opener
    ("rose to between 5% and 7%") included; -1 at the start of the text."""
    k = r.ft
    start = min(r.q_start, r.start) if r.qualifier else r.start
    while k > 0 and s.end[k - 1] > start:
        k -= 1
    return k - 1


def _counts_a_noun(r: Draft) -> bool:
    return (r.kind == "count" or r.kind == "range") and bool(r.counted) and (r.counted or "").split()[-1].lower() not in _POINT_NOUNS


def _counts_points(r: Draft) -> bool:
    return bool(r.counted) and (r.counted or "").split()[-1].lower() in _POINT_NOUNS


def _comparative_after(s: Stream, r: Draft) -> bool:
    """ "12% higher than", "$3 cheaper", "20 points lower", "5% down on the year": a comparative of
    level after the figure and its counted noun ("points"), then the end of the clause, a mark or a
    small word; not "five higher education colleges" (a noun after), not a count of other nouns."""
    if r.kind == "count" and not _counts_points(r) or r.kind == "range":
        return False
    k = r.j
    if r.counted and k < s.n and s.low[k] not in _LEVEL_COMPARATIVES and s.low[k] not in _UP_DOWN:
        k += len(r.counted.split())  # "20 points lower"; "$3 cheaper" may read "cheaper" as counted
    if k >= s.n:
        return False
    w = s.low[k]
    if w in _UP_DOWN:
        if not (r.kind == "percent" or r.kind == "money" or r.kind == "count"):
            return False  # "2 metres down": a depth
    elif w not in _LEVEL_COMPARATIVES:
        return False
    return k + 1 >= s.n or s.kind[k + 1] != WORD or s.low[k + 1] in STOP_WORDS


def _change_noun_after(s: Stream, r: Draft) -> bool:
    """ "a 5% rise", "a $2 billion cut", "a 200-point drop": a noun of change right after the figure
    (or heading its counted phrase); a count of plural nouns of change ("ten cuts") is a count."""
    head = r.counted.split()[0].lower() if r.counted else s.low[r.j] if r.j < s.n else ""
    if head not in CHANGE_NOUNS or r.kind == "measure" and not (r.unit or "").startswith("°"):
        return False  # "a 40-metre drop", "a 30-foot fall": a height; "a 6-degree drop" is a change
    if (r.kind == "count" or r.kind == "number") and r.rule not in _COMPOUND_RULES \
            and (r.ft < 1 or s.low[r.ft - 1] not in DETERMINERS):
        return False  # "where does one fall asleep": a bare number needs "a", "the", "its" before it
    return r.kind != "count" or not head.endswith("s")


def is_change_word_at(s: Stream, p: int) -> bool:
    """Whether piece p is a verb whose subject moved ("rose"), or "up"/"down" of a change ("shares
    were up", not "make up", not the qualifier "up to")."""
    w = s.low[p]
    if w in MOVE_VERBS:
        return True
    if w != "up" and w != "down":
        return False
    return (p == 0 or s.low[p - 1] not in PHRASAL_UP) and (p + 1 >= s.n or s.low[p + 1] != "to")


def change_before(s: Stream, p: int, first: int = 0) -> bool:
    """Whether a verb or noun of change, or "up"/"down", stands in the clause before piece p, within
    a few pieces ("raised the minimum wage from", "fell 200 points, or 2%, to"), at piece ``first`` or
    after; not "moved" or "added" ("moved 500 workers to 20 sites": a place)."""
    k = p - 1
    low = s.low
    while k >= first and k >= 0 and p - k <= _WINDOW:
        w = low[k]
        if s.kind[k] == SYM and w in _CLAUSE_STOPS or w in _CLAUSE_WORDS:
            return False
        if w in CHANGE_VERBS and w not in PLACE_CHANGE_VERBS or w in CHANGE_NOUNS or (w == "up" or w == "down") and is_change_word_at(s, k):
            return True
        k -= 1
    return False
