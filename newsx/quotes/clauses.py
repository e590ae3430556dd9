"""Reported clauses: the words an attribution reports, before or after its cue.

Rules, in order:
1. ``clause``: text[a:b] without the date header, leading commas and colons, trailing punctuation;
   at most ``MAX_CLAUSE`` characters; two words at least.
2. ``skip_adverbials``: after a cue, dates ("said Monday"), time expressions ("said late last
   week"), "at/on/by" + a date and adverbs ("also", "later") are skipped.
3. ``content_after``: the clause after a cue; after an adverbial phrase ("said in a statement
   that ...", "said in a statement, ...") it opens at "that", a comma, a quotation mark or a
   pronoun subject; "to", "of", "about" ... open no clause; three words at least, or a quotation.
4. ``is_clause``: text reads as a clause (a quotation, "that", a pronoun subject, a finite verb, a
   past or present verb after a noun), not as a noun phrase object; an object then "to" ("urged
   residents to ...") is no clause.
5. ``clause_before``: the clause before ", X said": a quotation, or words that read as a clause.
6. ``split_contents``: "X said A, and added B": the first clause stops where the next attribution of
   its sentence begins (not a naming one inside it: "A said the plan is what he called a sham").
7. ``named_complement``: the name a naming verb gives its object, from its opener ("called the plan
   *a fantasy*", "described herself *as a moderate*"; right after the verb in "what she calls *a
   tax grab*") to the sentence's end or a comma before a new clause; the object opens with a
   pronoun, a determiner or a capital, holds no punctuation nor clause word, and "a"/"the" after a
   preposition or before a time ("called her a second time") opens no name.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon.calendar import MONTH_FULL, WEEKDAY_FULL
from ..lexicon.quotes import (
    ADVERBIAL_PREPOSITIONS, UNSKIPPED_AUXILIARIES, BETWEEN_SUBJECT_AND_VERB, CLAUSE_SUBJECTS, COORDINATORS,
    CUE_DATE_PREPOSITIONS, DAY_PARTS, DEICTIC_WORDS, FINITE_WORDS, INFINITIVE_OBJECT_OPENERS, INFINITIVE_OBJECTS,
    MONTH_ABBREVIATIONS, NAMED_OBJECT_OPENERS, NO_CLAUSE_OPENERS, NOT_HEADS, NOT_NAME_WORDS, PERIODS,
    PHRASE_PREPOSITIONS, SUBJECT_BOUNDARIES, TIME_PREFIXES, WEAK_CLAUSE_OPENERS,
)
from .marks import ALL_MARKS
from .records import Attribution, Context, cue_start

MAX_CLAUSE = 2000
_TRAIL = " \t\n.,;:!?—–-"
_LETTERS = re.compile(r"[A-Za-z]+")
_POSSESSIVE = ("'s", "’s")


def _either(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WEEKDAY = f"(?:{_either(w.capitalize() for w in WEEKDAY_FULL)})"
_MONTH = f"(?:{_either([m.capitalize() for m in MONTH_FULL] + list(MONTH_ABBREVIATIONS))})"
_PERIOD = f"(?:{_either(PERIODS)})"
# Time adverbials between a speech verb and its clause, for when no date mentions are available.
_TIME_ADVERBIAL = re.compile(
    rf"(?:(?:{_either(TIME_PREFIXES)})\s+)?(?:{_WEEKDAY}(?:\s+(?:{_either(DAY_PARTS)}))?"
    rf"|{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|{_either(DEICTIC_WORDS)}|(?:this|last|next)\s+{_PERIOD}|{_PERIOD})\b"
)
# The object of "urged residents to", "warned them to", "told the public to".
_INFINITIVE_OBJECT = re.compile(
    rf"(?:{_either(INFINITIVE_OBJECTS)}|[A-Z][a-z]+s?|(?:(?:{_either(INFINITIVE_OBJECT_OPENERS)}) )?[a-z]+s)")
# A contracted verb ("he's", "they're"); with "n't" as well.
_CONTRACTION = re.compile(r"['’](?:s|re|ll|d|ve)$")
_CONTRACTION_OR_NOT = re.compile(r"['’](?:s|re|ll|d|ve|t)$")
_MARK = re.compile(f"[{ALL_MARKS}]")


def rstrip_to(text: str, a: int, b: int) -> int:
    """b moved back over whitespace, not before a."""
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def clause(ctx: Context, a: int, b: int) -> tuple[int, int] | None:
    """text[a:b] as a reported clause, trimmed; None when shorter than two words."""
    text = ctx.text
    header = ctx.doc.header
    if header is not None and a < header.end:
        a = header.end  # the "date ..." line heads the text, and no clause
    while a < b and text[a] in " \t\n,:":
        a += 1
    if b - a > MAX_CLAUSE:
        # No reported clause is this long: cut at a word boundary (keeps the work linear).
        cut = text.rfind(" ", a, a + MAX_CLAUSE)
        b = cut if cut > a else a + MAX_CLAUSE
    while b > a and text[b - 1] in _TRAIL:
        b -= 1
    if len(text[a:min(b, a + 60)].split()) < 2:
        return None
    return a, b


def quoted_word(text: str, a: int, b: int) -> tuple[int, int] | None:
    """A one-word quotation before ", X said" ("“Never?” asked Ines")."""
    while a < b and (text[a] in ALL_MARKS or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in ALL_MARKS + _TRAIL):
        b -= 1
    return (a, b) if a < b else None


def clause_before(ctx: Context, a: int, b: int) -> tuple[int, int] | None:
    """The clause before ", X said": a quotation, or words that read as a clause."""
    content = clause(ctx, a, b)
    if content is None:
        return quoted_word(ctx.text, a, b) if _MARK.search(ctx.text, a, b) else None
    if _MARK.search(ctx.text, content[0], content[1]) or is_clause(ctx, *content):
        return content
    return None


def is_clause(ctx: Context, a: int, b: int) -> bool:
    """Whether text[a:b] reads as a reported clause (not a noun phrase object)."""
    text = ctx.text
    if text[a] in ALL_MARKS or text.startswith("that ", a):
        return True
    words = ctx.words
    texts, lows = words.text, words.low
    i, j = ctx.doc.word_range(a, min(b, a + 200))
    prev = ""
    in_phrase = False
    for k in range(i, min(j, i + 24)):
        w = texts[k]
        low = lows[k]
        n = k - i
        if w in (";", ":", "—", "(") and n > 0:
            return False
        if low == "to" and 0 < n <= 2 and k + 1 < j and texts[k + 1].isalpha() and texts[k + 1].islower() \
                and _INFINITIVE_OBJECT.fullmatch(text[words.start[i]:words.start[k]].strip()):
            return False  # "(urged) residents to stay indoors": an object and an infinitive, not a clause
        if (n == 0 or prev == ",") and _CONTRACTION.sub("", low) in CLAUSE_SUBJECTS:
            return True
        if low in FINITE_WORDS or n > 0 and _CONTRACTION_OR_NOT.search(low):
            return True
        if n > 0 and w.islower() and prev not in NOT_HEADS and prev not in ADVERBIAL_PREPOSITIONS \
                and (low.endswith("ed") and len(low) > 4 or low.endswith("s") and not low.endswith("ss") and len(low) > 3
                     and n <= 8 and prev.isalpha() and not in_phrase):
            return True
        if low in ADVERBIAL_PREPOSITIONS or low in PHRASE_PREPOSITIONS:
            in_phrase = True  # a plural noun inside "call for more buses" is no verb
        prev = low
    return False


def skip_adverbials(ctx: Context, pos: int, end: int) -> int:
    """Skip dates, adverbs and short prepositional phrases after a verb ("said Monday in a statement")."""
    text, date_ends = ctx.text, ctx.date_ends
    for _ in range(6):
        p = pos
        while p < end and text[p] == " ":
            p += 1
        # A time expression that owns a noun ("last month's discovery") opens the clause.
        if p in date_ends and not text.startswith(_POSSESSIVE, date_ends[p]):
            pos = date_ends[p]
            continue
        when = _TIME_ADVERBIAL.match(text, p, end)
        if when and not text.startswith(_POSSESSIVE, when.end()):
            pos = when.end()
            continue
        m = _LETTERS.match(text, p, end)
        if not m:
            return p
        word = m.group().lower()
        q = m.end()
        while q < end and text[q] == " ":
            q += 1
        if word in CUE_DATE_PREPOSITIONS and q in date_ends:
            pos = date_ends[q]
            continue
        if word in BETWEEN_SUBJECT_AND_VERB and word not in UNSKIPPED_AUXILIARIES:
            pos = m.end()
            continue
        return p
    return pos


def content_after(ctx: Context, pos: int, e: int, listener: bool = False) -> tuple[int, int] | None:
    """The reported clause after a cue: skip adverbials, "that", a short leading adverbial phrase."""
    text = ctx.text
    pos = skip_adverbials(ctx, pos, e)
    i, j = ctx.doc.word_range(pos, min(e, pos + 400))
    if i >= j:
        return None
    words = ctx.words
    first = words.low[i]
    if first in ADVERBIAL_PREPOSITIONS or first == "of" and listener:
        return _after_adverbial(ctx, i, j, e, listener)
    if first in NO_CLAUSE_OPENERS or words.text[i] in (".", ";", ")"):
        return None
    start = words.end[i] if words.text[i] in (",", ":") else words.start[i]
    found = clause(ctx, start, e)
    if found is not None and text[found[0]] not in ALL_MARKS and len(text[found[0]:min(found[1], found[0] + 60)].split()) < 3:
        return None  # "post it online": too short for a reported clause
    return found


def _after_adverbial(ctx: Context, i: int, j: int, e: int, listener: bool) -> tuple[int, int] | None:
    """"said in a statement that ...", "said in a statement, ...", "said in retrospect he ..."."""
    words = ctx.words
    for k in range(i, min(j, i + 24)):
        n = k - i
        low, w = words.low[k], words.text[k]
        if low == "that" and n > 0:
            return clause(ctx, words.start[k], e)
        if w in (",", ":") and n > 1:
            return clause(ctx, words.end[k], e)
        if w in ALL_MARKS:
            return clause(ctx, words.start[k], e)
        if n >= 2 and low in CLAUSE_SUBJECTS and low not in WEAK_CLAUSE_OPENERS:
            return clause(ctx, words.start[k], e)
    # "says in the valley buses are too often late": the clause opens with its adverbial
    found = clause(ctx, words.start[i], e)
    return found if found is not None and not listener and is_clause(ctx, *found) else None


def split_contents(ctx: Context, found: list[Attribution]) -> None:
    """"X said A, and added B": the first clause stops where the next attribution begins."""
    if len(found) < 2:
        return
    text = ctx.text
    ordered = sorted(found, key=cue_start)
    for idx, first in enumerate(ordered):
        if first.content is None:
            continue
        a, b = first.content
        # Only the next few attributions can start inside this clause first (keeps this linear).
        for later in ordered[idx + 1:idx + 4]:
            if later.rule == "called":
                continue  # "what he called a sham" names a thing inside the clause: it does not end it
            start = later.cue.start if later.subject is None else min(later.cue.start, later.subject.span.start)
            if a < start < b:
                cut = max(text.rfind(",", a, start), text.rfind(" and ", a, start))
                if cut > a and len(text[a:min(cut, a + 60)].split()) >= 3:
                    first.content = clause(ctx, a, cut)
                    break


_OBJECT_STOPS = frozenset(",;:.!?()—–-") | {"--"}
_BEFORE_NO_NAME = NOT_HEADS | ADVERBIAL_PREPOSITIONS | PHRASE_PREPOSITIONS | {"like"}
_NEW_CLAUSE = SUBJECT_BOUNDARIES | COORDINATORS | CLAUSE_SUBJECTS


def named_complement(ctx: Context, k: int, openers: tuple[str, ...], e: int,
                     relative: bool = False) -> tuple[int, int] | None:
    """The name naming verb k gives its object ("called the plan a fantasy" -> "a fantasy"); with
    ``relative`` ("what she calls a tax grab") the name follows the verb. None when there is none."""
    words = ctx.words
    texts, lows, quoted = words.text, words.low, words.quoted
    i, j = ctx.doc.word_range(words.end[k], min(e, words.end[k] + 300))
    if i >= j or ctx.dated[i]:
        return None
    if relative:
        m = i + 1 if lows[i] == "as" else i  # what she calls X / what he described as X
        if "as" in openers and m == i:
            return None
    else:
        if not (lows[i] in NAMED_OBJECT_OPENERS or "A" <= texts[i][0] <= "Z"):
            return None
        m = -1
        for n in range(i + 1, min(j, i + 12)):
            low = lows[n]
            if low == "as" and low in openers:
                m = n + 1
                break
            if low in openers and (not low.isalpha() or lows[n - 1] not in _BEFORE_NO_NAME
                                   and (n + 1 >= j or lows[n + 1] not in NOT_NAME_WORDS)):
                m = n
                break
            if low in _OBJECT_STOPS or low in SUBJECT_BOUNDARIES or low in FINITE_WORDS:
                return None
        if m < 0 or m >= j:
            return None
    if lows[m].isalpha() and m + 1 < j and ctx.has_mark(m + 1, m + 2):
        m += 1  # called it a “rescue”: the quotation is the name
    # The name runs to the sentence's end, or to a comma before a new clause (", though ...", ", citing ...").
    end = ctx.words.end[j - 1]
    for n in range(m + 1, j):
        if quoted[n]:
            continue
        w = texts[n]
        if w in (";", ":", "(", "—", "–", "--") or w == "," and n + 1 < j and (
                lows[n + 1] in _NEW_CLAUSE or lows[n + 1].endswith("ing")):
            end = words.start[n]
            break
    return clause(ctx, words.start[m], end)
