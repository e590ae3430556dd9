"""One event per happening: the triggers of a sentence grouped into the happenings it reports.

Triggers (``triggers``) are event words, fine-grained as TimeML's: "is preparing to send" holds
two, "officials said" a third. A reader lists one happening for them, reported by the officials.
The clauses of a sentence (``doc.clauses``) are grouped, in order:
1. a clause opened by no subordinator (`which`, `after`, `that`, an `-ing` participle after a
   comma, ...) starts a happening; one that resumes a main clause after an aside joins that
   clause's happening;
2. a clause whose only triggers are reporting verbs ("two officials said Tuesday") or a passive
   of estimate ("it is expected that") gives the happening it reports its ``source``: the one
   before it, else the next one ("Officials said that ...");
3. a conditional clause ("if the deal fails") holds no event, nor what an opinion verb governs
   ("investors believe (that) the merger will fail"), nor a clause whose subject denies it
   ("Nobody was hurt"); a subordinate clause joins the happening of the main clause before it
   (else the next one), unless a time expression of its own dates it to another day: then it is
   a happening of its own ("..., since the war began in February"); a clause of the same time
   (`when`, `as`, `while`) dates a main clause that has no time expression instead; a clause of
   another time (`after`, `before`, `since`, `until`) with a verb of its own is a happening of
   its own;
4. a sentence with no main clause makes each subordinate clause a happening.
Each happening's ``trigger`` is, in its first clause, its first verb that is no report, else its
first event noun, else its reporting verb when it reports only a state ("Acme claims that the jet
is more efficient": the claim is the happening), else its state ("Acme has 6,000 dealers", an
ongoing event), else its reporting verb (a statement that reports no other event is the
happening). The other triggers are its ``mentions``.

In the first clause means among the verbs of its main clauses first, past a fronted participle's
phrase ("Citing safety rules, the airline grounded its jets": `grounded`).

``status`` is read from the trigger's verb form: ``planned`` for a future form, a verb after
`expected/plans/scheduled ... to` or after a modal, or a day after publication; ``ongoing`` for
the present and the present progressive; ``happened`` otherwise.

The article's own furniture is no event: a sentence that asks the reader to act ("Subscribe
to ...", "Share this article"), labels a picture or a credit ("Photo: ...", "Reporting by ..."),
stamps the page ("Updated 3 hours ago") or speaks of the story itself ("This story will be
updated").

The ``main`` event is the first happening of the lead (the first sentence of the body that ends
as a sentence does: a headline or a dateline does not) whose trigger is in a main clause and is
no mere statement; its place, when the lead names none, is the dateline's ("PARIS —"). A
headline before the lead gives no events: the lead reports its happening again.
"""
from __future__ import annotations

import bisect
from typing import Final

from ..doc.clauses import Sentence
from ..doc.forms import ADVERB
from ..lexicon import events as _events
from ..lexicon import grammar as _grammar
from ..lexicon import places as _places
from ..lexicon import verbs as _verbs
from ..model import Event, EventDate, Quote, Source, Span
from .anchoring import Draft

CLAUSE_OPENERS: Final = _events.CLAUSE_OPENERS
SUBORDINATE_OPENERS: Final = _events.SUBORDINATE_OPENERS
CONDITIONALS: Final = _events.CONDITIONALS
SIMULTANEOUS: Final = _events.SIMULTANEOUS
SEQUENCE: Final = _events.SEQUENCE
HEDGES: Final = _events.HEDGES
FURNITURE_CUES: Final = _events.FURNITURE_CUES
PLAN_WORDS: Final = _events.PLAN_WORDS
FURNITURE_VERBS: Final = _events.FURNITURE_VERBS
FURNITURE_LABELS: Final = _events.FURNITURE_LABELS
FURNITURE_OPENERS: Final = _events.FURNITURE_LABELS | _events.FURNITURE_VERBS | _events.STAMP_WORDS
STORY_WORDS: Final = _events.STORY_WORDS
STAMP_WORDS: Final = _events.STAMP_WORDS
DOCUMENT_CUES: Final = _events.FURNITURE_CUES | _events.DEADLINE_NOUNS  # the words asked of a whole document
# Prepositions that place an event ("in Kyiv", "at the airport"); the source, path and direction
# of a move ("from Herat", "through Lima", "to Ukraine") stay in the predicate phrase.
PLACE_PREPOSITIONS: Final = _places.PLACE_PREPOSITIONS - _places.DIRECTION_PREPOSITIONS - {"from", "through"}
BE_FORMS: Final = _verbs.BE_FORMS
OPINION: Final = _verbs.OPINION
PLACES: Final = _places.PLACES
GOVERNORS: Final = CONDITIONALS | OPINION

THIRD_PERSON: Final = _events.SUBJECT_PRONOUNS - {"we"}
NOBODY: Final = frozenset(("nobody", "no one", "none", "neither", "nothing"))
MAX_WHAT_CHARS: Final = 200  # a statement's predicate phrase is cut at a word before this length
MAX_PHRASE_WORDS: Final = 12  # words of a fronted participle's phrase before its comma
MAX_DATELINE_WORDS: Final = 8  # words of a dateline's place before its dash
MAX_QUOTE_CHARS: Final = 5000  # a quote holding a trigger starts at most this far before it
MAX_STAMP_WORDS: Final = 8  # "Updated 3 hours ago": a time stamp is short
MAX_FURNITURE_WORDS: Final = 14  # a call to act longer than this is a sentence of the story
_PRESENT_BE: Final = frozenset(("is", "are", "am", "'s", "'re"))
_TRAILING: Final = " ,;:—–-"
_DATELINE_DASHES: Final = ("—", "–", " - ", "--")
_DETERMINERS: Final = _grammar.DETERMINERS | {"next", "last"}
# Words a predicate phrase does not end on: prepositions and articles left before a cut.
_LOOSE_ENDS: Final = _events.DATE_LEADS | _grammar.ARTICLES | frozenset(("to", "for", "of", "and", "or", "with", "as"))
_STRONG: Final = frozenset(("dated-clause", "dated-sentence", "relative-date", "same-event"))
_PAST_LIKE: Final = frozenset(("past", "perfect", "noun", "nonfinite"))
_END_MARKS: Final = frozenset(".!?")


class Happening:
    """The drafts of one happening, its trigger (``head``), the character span of its clauses
    and the status its trigger's verb form gives."""

    __slots__ = ("drafts", "head", "start", "end", "status", "lead", "principal", "dateline", "words")

    def __init__(self, drafts: list[Draft], head: Draft, start: int, end: int, status: str, principal: bool,
                 words: Sentence) -> None:
        self.drafts = drafts
        self.head = head
        self.start = start
        self.end = end
        self.status = status
        self.lead = False
        self.principal = principal  # its first clause is a main clause
        self.dateline: tuple[str, str] | None = None  # the dateline's place and words, for the main event
        self.words = words  # its sentence (``words.index`` is its number)


class _Clause:
    __slots__ = ("index", "lo", "hi", "parent", "drafts", "role", "start", "end")

    def __init__(self, index: int, lo: int, hi: int, parent: int | None, drafts: list[Draft], role: str, start: int,
                 end: int) -> None:
        self.index = index  # its place among the sentence's clauses (``parent`` counts the same way)
        self.lo, self.hi, self.parent, self.drafts, self.role = lo, hi, parent, drafts, role
        self.start, self.end = start, end


def furniture_cues(words: frozenset[str]) -> bool:
    """Whether a document holds a word of the page's furniture other than an opening one
    ("updated", "reporting"); ``words``: the document's words among ``DOCUMENT_CUES``, found in
    one pass in C for the whole document."""
    return not FURNITURE_CUES.isdisjoint(words)


def may_be_furniture(s: Sentence, cues: bool) -> bool:
    """A quick test of every sentence: whether it may be furniture (``is_furniture`` then tells);
    ``cues``: whether the document holds a furniture word (``furniture_cues``)."""
    low = s.low
    return s.hi - s.lo <= 2 * MAX_FURNITURE_WORDS and (
        low[s.lo] in FURNITURE_OPENERS
        or (cues and not FURNITURE_CUES.isdisjoint(low[s.lo:s.lo + MAX_FURNITURE_WORDS + 1])))


def is_furniture(s: Sentence) -> bool:
    """Whether a sentence is the page's furniture, not the story (see the module docstring)."""
    low, lo, hi = s.low, s.lo, s.hi
    k = lo
    while k < hi and not low[k][:1].isalnum():
        k += 1
    if k >= hi:
        return False
    first = low[k]
    if first not in FURNITURE_LABELS and first not in FURNITURE_VERBS and FURNITURE_CUES.isdisjoint(
            low[k:min(hi, k + MAX_FURNITURE_WORDS + 1)]):
        return False  # most sentences: no word of the page's furniture
    if first in STAMP_WORDS and hi - k <= MAX_STAMP_WORDS:
        return True  # "Updated 3 hours ago", "Published 12 December 2022"
    if first in FURNITURE_LABELS and k + 1 < hi and low[k + 1] in (":", "|", "/"):
        return True  # "Photo: ...", "Related: ..."
    if first in FURNITURE_VERBS and hi - k <= MAX_FURNITURE_WORDS:
        nxt = low[k + 1] if k + 1 < hi else ""
        if nxt in ("us", "our", "this", "the", "to", "up", "here", "now", "more", "on", "in", "for", "me", "in:"):
            return True  # "Subscribe to ...", "Share this article", "Sign up", "Click here"
    # "This story will be updated", "This is a developing story", "Reporting by Ana Ruiz".
    for j in range(k, min(hi, k + MAX_FURNITURE_WORDS)):
        w = low[j]
        if w in STORY_WORDS and j > lo and low[j - 1] in ("this", "developing") and (
                not STAMP_WORDS.isdisjoint(low[j:hi]) or low[j - 1] == "developing"):
            return True  # "This story will be updated", "This article was first published on ..."
        nxt = low[j + 1] if j + 1 < hi else ""
        if w in ("reporting", "editing", "writing") and nxt == "by" and j == k:
            return True
        if w == "contributed" and "report" in low[j:min(hi, j + 5)]:
            return True
        if w == "rights" and nxt == "reserved":
            return True
    return False


def clause_of(s: Sentence, index: int, lo: int, hi: int, parent: int | None, drafts: list[Draft],
              governed: bool) -> _Clause:
    """A clause of the sentence with its event words (those no conditional word or opinion verb
    governs, when the sentence holds one: ``governed``) and its role."""
    if governed:
        drafts = unconditional(s, lo, drafts)
    return _Clause(index, lo, hi, parent, drafts, clause_role(s, lo, hi, parent, drafts), s.start[lo], s.end[hi - 1])


def governs(s: Sentence) -> bool:
    """Whether a sentence holds a conditional word or an opinion verb (most do not)."""
    return not GOVERNORS.isdisjoint(s.low[s.lo:s.hi])


def clause_role(s: Sentence, lo: int, hi: int, parent: int | None, drafts: list[Draft]) -> str:
    """``speech``, ``resumed``, ``conditional``, ``subordinate`` or ``main`` (rules 1-3)."""
    low = s.low
    for d in drafts:
        if not (d.reports or (d.kind != "noun" and low[d.word] in HEDGES and _hedge(s, d.word))):
            break
    else:
        if drafts:
            return "speech"
    if parent is not None:
        return "resumed"
    k = lo
    while k < hi and not low[k][:1].isalnum():
        k += 1
    if k >= hi:
        return "subordinate"
    w = low[k]
    if w in CONDITIONALS:
        return "conditional"
    if w in CLAUSE_OPENERS or w in SUBORDINATE_OPENERS or w == "that":
        return "subordinate"
    if w.endswith("ing") and ((k > s.lo and low[k - 1] == ",") or (k == s.lo and low[hi - 1] == ",")):
        return "subordinate"  # "..., citing flaws", "Citing flaws, the agency ..."
    return "main"


def group(s: Sentence, clauses: list[_Clause], governed: bool = True) -> list[Happening]:
    """The happenings of one sentence's clauses (rules 1-4); ``governed``: whether the sentence
    holds an opinion verb or a conditional word (``governs``)."""
    if len(clauses) == 1:  # most sentences: one clause with event words
        c = clauses[0]
        if c.role == "conditional" or (governed and s.low[c.lo] == "that" and _opinion_before(s, c.lo)):
            return []
        h = _happening(s, c, clauses)
        return [h] if h is not None else []
    found: list[tuple[_Clause, list[_Clause]]] = []  # head clause, its clauses
    of_clause: dict[int, int] = {}
    pending: list[_Clause] = []  # clauses waiting for the main clause after them
    last_speech_before = False
    for c in clauses:
        n = c.index
        if c.role == "conditional" or (governed and s.low[c.lo] == "that" and _opinion_before(s, c.lo)):
            continue  # "if the deal fails, ...", "investors believe that ...": no event
        parent = of_clause.get(c.parent) if c.role == "resumed" and c.parent is not None else None
        if parent is not None:
            found[parent][1].append(c)
            of_clause[n] = parent
        elif c.role in ("main", "resumed") or (
                c.role == "subordinate" and last_speech_before and s.low[c.lo] == "that"):
            found.append((c, pending + [c]))
            pending = []
            of_clause[n] = len(found) - 1
        elif c.role == "speech":
            if found and not _opens_report(s, c):
                found[-1][1].append(c)
                of_clause[n] = len(found) - 1
            else:
                pending.append(c)
        elif found and not _own_day(s, c, found[-1][0]) and not _own_time(s, c):
            found[-1][1].append(c)
            of_clause[n] = len(found) - 1
        elif found or _dated(c) or _own_time(s, c):
            # Of a time or day of its own: a happening of its own.
            found.append((c, [c]))
            of_clause[n] = len(found) - 1
        else:
            pending.append(c)  # before any main clause: the next one takes it
        last_speech_before = c.role == "speech"
    if pending:
        # Clauses that waited for a main clause in vain: each a happening of its own (rule 4),
        # a reporting clause with the first.
        heads = [c for c in pending if c.role != "speech"]
        if heads:
            found.extend((h, pending if h is heads[0] else [h]) for h in heads)
        elif found:
            found[-1][1].extend(pending)
        else:
            found.append((pending[0], pending))
    out: list[Happening] = []
    for head_clause, members in found:
        if len(members) > 1:
            members.sort(key=_clause_start)
        h = _happening(s, head_clause, members)
        if h is not None:
            out.append(h)
    if len(out) > 1:
        out.sort(key=_happening_start)
    return out


def _clause_start(c: _Clause) -> int:
    return c.start


def _happening_start(h: Happening) -> int:
    return h.start


def _opinion_before(s: Sentence, k: int) -> bool:
    """Whether an opinion verb governs the clause starting at k ("believe that ...")."""
    j = k - 1
    while j > s.lo and s.flags[j] & ADVERB:
        j -= 1
    return j >= s.lo and s.low[j] in OPINION and not (j > s.lo and s.low[j - 1] in BE_FORMS)


def _hedge(s: Sentence, i: int) -> bool:
    """A passive of estimate that frames a clause as reported ("it is expected that", "it is
    believed the ferry will ..."): no happening of its own."""
    return s.low[i] in HEDGES and i > s.lo and s.low[i - 1] in BE_FORMS and i + 1 < s.hi and (
        s.low[i + 1] == "that" or (i - 2 >= s.lo and s.low[i - 2] == "it"))


def _opens_report(s: Sentence, c: _Clause) -> bool:
    """A reporting clause that introduces what follows ("Officials said that ...", "She added:")."""
    k = c.hi - 1
    while k > c.lo and s.low[k] in (",", "''", '"'):
        k -= 1
    if s.low[k] in (":", "that"):
        return True
    nxt = c.hi
    return nxt < s.hi and s.low[nxt] == "that"


def _dated(c: _Clause) -> bool:
    return any(d.rule == "dated-clause" and d.kind != "state" for d in c.drafts)


def _own_time(s: Sentence, c: _Clause) -> bool:
    """A clause of another time ("after the union rejected the offer", "since the war began")
    with a verb of its own: another happening, whether or not a day is named."""
    return s.low[c.lo] in SEQUENCE and any(d.kind not in ("noun", "state") for d in c.drafts)


def _own_day(s: Sentence, c: _Clause, head: _Clause) -> bool:
    """Whether a subordinate clause is dated to a day other than its main clause's; a clause of
    the same time ("will wear the livery when it arrives on May 2") dates a main clause that
    has no time expression of its own."""
    mine = {d.date.value for d in c.drafts if d.rule == "dated-clause" and d.date is not None}
    if not mine:
        return False
    if s.low[c.lo] in SIMULTANEOUS and not _dated(head):
        return False
    theirs = {d.date.value for d in head.drafts if d.date is not None}
    return mine.isdisjoint(theirs)


def unconditional(s: Sentence, lo: int, drafts: list[Draft]) -> list[Draft]:
    """The drafts of the clause starting at lo that no conditional word or opinion verb before
    them governs ("..., whether it grows or shrinks", "investors believe the merger will fail"),
    up to the next comma."""
    low = s.low
    k = lo
    governed = False
    kept = []
    for d in drafts:  # in word order
        while k < d.word:
            w = low[k]
            if w in CONDITIONALS or (w in OPINION and not (k > lo and low[k - 1] in BE_FORMS)):
                governed = True  # "whether it grows", "investors believe the merger will fail"
            elif w == "," or w == ";":
                governed = False
            k += 1
        if not governed:
            kept.append(d)
    return kept


def _happening(s: Sentence, head_clause: _Clause, members: list[_Clause]) -> Happening | None:
    if len(members) > 1:
        drafts = [d for c in members for d in c.drafts]  # in text order
        # (members are sorted by start; a resumed main clause's words follow its aside's)
        # The main clauses' verbs first ("In a press conference, ..., Ana Ruiz outlined a plan":
        # the conference frames the happening the verb reports).
        principal = [d for c in members if c is head_clause or c.role == "resumed" for d in c.drafts]
    else:
        drafts = principal = members[0].drafts
    if not drafts:
        return None
    low = s.low
    lo = head_clause.lo
    if lo == s.lo and low[lo].endswith("ing"):
        # "Citing safety rules, the airline grounded its jets": a fronted participle's phrase is
        # the circumstance of the happening the main clause after its comma reports.
        comma = _comma_after(s, s.lo, head_clause.hi)
        if comma is not None:
            principal = [d for d in principal if d.word > comma] or principal
    if len(drafts) == 1:
        head = drafts[0]  # (what ``_head`` picks of one draft)
    else:
        picked = _head(s, principal) or _head(s, head_clause.drafts) or _head(s, drafts)
        if picked is None:
            return None
        head = picked
    first = low[lo]
    who = head.who
    if (who and who[0][:1] in "nN" and who[0].lower() in NOBODY) or first in NOBODY or (
            first == "no" and lo + 1 < s.hi and low[lo + 1] == "one"):
        return None  # "Nobody was hurt", "No one was injured": a happening denied
    if head.reports and head.word + 1 < s.hi and low[head.word + 1] == "by":
        return None  # "the plan, first reported by a newspaper, ...": a source, not a happening
    if head.kind == "state":
        # "Acme claims that the jet is more efficient": the claim is the happening.
        said = next((d for d in drafts if d.reports), None)
        head = said or head
    start = members[0].start  # members are in text order
    end = members[-1].end
    source = s.source
    while end > start and source[end - 1] in _TRAILING:
        end -= 1
    return Happening(drafts, head, start, end, _status(s, head), head_clause.role in ("main", "resumed"), s)


def _comma_after(s: Sentence, lo: int, hi: int) -> int | None:
    for k in range(lo, min(hi, lo + MAX_PHRASE_WORDS)):
        if s.low[k] == ",":
            return k
    return None


def _head(s: Sentence, drafts: list[Draft]) -> Draft | None:
    """The trigger of a happening: its first verb that is no report, else its first event noun,
    else its state, else its reporting verb."""
    best: Draft | None = None
    best_rank = 9
    low = s.low
    last = len(drafts) - 1
    for n, d in enumerate(drafts):
        if d.reports:
            rank = 3
        elif d.kind == "noun" or (d.kind == "present" and n < last and drafts[n + 1].word == d.word + 1
                                  and drafts[n + 1].kind == "past"):
            rank = 1  # "The March floods damaged": a plural noun before its verb
        elif d.kind == "state":
            rank = 2
        elif low[d.word] in HEDGES and _hedge(s, d.word):
            rank = 3  # "it is expected that ...": a frame, as a report
        else:
            return d  # the first verb: no draft ranks before it
        if rank < best_rank:
            best, best_rank = d, rank
    return best


def _status(s: Sentence, d: Draft) -> str:
    """The status a trigger's verb form gives (the date may still make it planned)."""
    kind = d.kind
    if kind == "future":
        return "planned"
    low, i = s.low, d.word
    j = i - 1
    if j > s.lo and low[j] == "to":
        k = j - 1
        while k > s.lo and not low[k][:1].isalnum():
            k -= 1
        if low[k] in PLAN_WORDS:
            return "planned"  # "is expected to begin", "plans to close"
    if kind == "present" or (kind == "state" and low[i] not in ("was", "were", "had")):
        return "ongoing"
    if kind == "nonfinite" and j >= s.lo and low[j] in _PRESENT_BE:
        return "ongoing"  # "is preparing"
    return "happened"


def lead_sentence(sentences: list[Sentence], first: int) -> int | None:
    """The index (into ``sentences``) of the lead: the first sentence from ``first`` on that ends
    as a sentence does and is no furniture."""
    for n in range(first, len(sentences)):
        s = sentences[n]
        if s.hi - s.lo < 4:
            continue
        end = s.end[s.hi - 1]
        tail = s.source[end - 1:end + 3]  # the sentence's mark follows its last word (or closes it)
        if not _END_MARKS.isdisjoint(tail) and not is_furniture(s):
            return n
    return None


def dateline_place(s: Sentence) -> tuple[str, str] | None:
    """The place of a dateline that opens the lead: capitals before a comma ("SEOUL, Dec. 13
    (Reuters) -"), or capitalised words (with commas) before a dash ("Lagos —", "Tulsa,
    Oklahoma -"); the place is its first part, as a name ("Seoul"), given with the dateline's words."""
    source, low = s.source, s.low
    k = s.lo
    dash = False
    while k < s.hi and k - s.lo < MAX_DATELINE_WORDS and (low[k] == "," or source[s.start[k]:s.start[k] + 1].isupper()):
        k += 1
        gap = source[s.end[k - 1]:s.start[k]] if k < s.hi else ""
        if any(mark in gap for mark in _DATELINE_DASHES) or (k < s.hi and low[k] in _DATELINE_DASHES):
            dash = True  # "Lagos —", "Tulsa, Oklahoma -"
            break
        if "(" in gap and source[s.start[k - 1]:s.end[k - 1]].isupper():
            dash = True  # "SEOUL (Reuters) -"
            break
    if k == s.lo:
        return None
    first = source[s.start[s.lo]:s.end[s.lo]]
    capitals = first.isupper() and len(first) > 2 and first.isalpha()
    if not dash and not (capitals and s.lo + 1 < s.hi and low[s.lo + 1] == ","):
        return None
    end = s.lo
    while end < k and low[end] != ",":
        end += 1
    if end == s.lo:
        return None
    place = source[s.start[s.lo]:s.end[end - 1]]
    return (place.title() if place.isupper() else place), source[s.start[s.lo]:s.end[k - 1]]


class Sources:
    """The speakers of the article's quotes, found by position."""

    __slots__ = ("starts", "quotes", "reach")

    def __init__(self, quotes: list[Quote]) -> None:
        kept = sorted((q for q in quotes if q.speaker is not None), key=lambda q: q.start)
        self.quotes = kept
        self.starts = [q.start for q in kept]
        # reach[k]: the furthest end of quotes[:k + 1] (no quote before k+1 holds a later position)
        self.reach: list[int] = []
        furthest = -1
        for q in kept:
            furthest = max(furthest, q.end)
            self.reach.append(furthest)

    def at(self, pos: int) -> Source | None:
        """The speaker of a quote holding position pos."""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k < 0 or self.reach[k] <= pos:
            return None  # most positions: no quote that starts before them reaches them
        while k >= 0 and pos - self.starts[k] <= MAX_QUOTE_CHARS:
            q = self.quotes[k]
            if q.end > pos and q.speaker is not None:
                return Source(q.speaker.name, q.speaker.anonymous)
            k -= 1
        return None


def what(text: str, head: Draft, cuts: list[int]) -> Span:
    """The predicate phrase: from the trigger to the end of its clause, before a comma (not one
    inside a number: "3,500"), a time expression (not one inside a noun phrase: "the 2024
    election") or a place's preposition after it (``cuts``: their offsets); function words left
    at its end go ("fired missiles on" November 15)."""
    start = head.at
    end = head.start + len(head.text)
    comma = text.find(",", head.until, end)
    while comma >= 0 and 0 < comma < len(text) - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit():
        comma = text.find(",", comma + 1, end)
    if comma >= 0:
        end = comma
    for c in cuts:
        if head.until < c < end:
            before = text[max(start, c - 8):c].split()
            if before and before[-1].lower() in _DETERMINERS:
                continue  # "in the 2024 election": the year is inside the noun phrase
            end = c
    phrase = ""
    while end > start:
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        phrase = text[start:end]
        words = phrase.rsplit(None, 1)
        if len(words) == 2 and words[1].lower() in _LOOSE_ENDS:
            end = start + len(words[0])
        else:
            break
    if end <= head.at:
        end = head.until
        phrase = text[start:end]
    return Span(phrase, start, end)


def place_cuts(text: str, h: Happening, where: tuple[str, ...]) -> list[int]:
    """Offsets of `in/at/near PLACE` after the trigger, for ``what``."""
    out = []
    lo, hi = h.head.until, h.head.start + len(h.head.text)
    for place in where:
        k = text.find(place, lo, hi)
        if k > 0:
            before = text[max(lo, k - 12):k].split()
            if before and before[-1].lower() in PLACE_PREPOSITIONS:
                out.append(text.rfind(before[-1], lo, k))
            elif before and before[-1].lower() == "the" and len(before) > 1 \
                    and before[-2].lower() in PLACE_PREPOSITIONS:
                out.append(text.rfind(before[-2], lo, k))
    return out


def build(text: str, h: Happening, sources: Sources, pub_value: str | None, time_starts: list[int]) -> list[Event]:
    """The record of one happening, once its date is final; and a statement that reports it on
    a day of its own ("Acme said on Tuesday that sales rose in March": the statement is dated
    Tuesday, the rise March), as a happening of its own."""
    head = h.head
    drafts = h.drafts
    several = len(drafts) > 1
    head_reports = head.reports
    date, rule = head.date, head.rule
    status = h.status
    who = head.who
    where = head.where
    if several:
        if rule not in _STRONG:
            date, rule = _borrowed_date(h, date, rule, status)
        if not who:
            for d in drafts:
                if d.who and not d.reports:
                    who = d.who
                    break
        for d in drafts:  # the places its clauses name
            if d.where and d.where is not where:
                where = where + tuple(p for p in d.where if p not in where)
    if status == "happened" and date is not None and pub_value is not None \
            and (head.kind == "noun" or head.kind == "nonfinite") \
            and date.value[:len(pub_value)] > pub_value[:len(date.value)]:
        status = "planned"  # "the vote on May 3" after publication
    for w in who:
        if "'s " in w:
            owner = w.partition("'s ")[0]
            if owner.lower() in PLACES and owner not in where:
                where = where + (owner,)  # "India's top court": in India
    if h.dateline is not None:
        # The main event's place is the dateline's, unless the lead names another one.
        place, words = h.dateline
        named = tuple(p for p in where if p not in words and p.lower() not in words.lower() and p not in who)
        where = named or (place,)
        who = tuple(_after_dateline(w) for w in who if w not in words)
    source = None
    statements: list[Event] = []
    if not head_reports:
        source = sources.at(head.at) if sources.starts and sources.starts[0] <= head.at < sources.reach[-1] else None
        if several:
            for d in drafts:
                if not d.reports:
                    continue
                if source is None and d.who and d.who != who:
                    source = Source(d.who[0], False)
                if d.date is not None and date is not None and d.date.value != date.value and (
                        (d.rule == "dated-clause" and d.at < head.at)
                        or (status == "happened" and (d.rule in _STRONG or rule in _STRONG))):
                    # "announced on Friday that ...", "said that sales rose in March": the report
                    # and what it reports are dated apart; a plan with its attribution after it
                    # (", officials said on Monday") is one happening.
                    statements.append(_statement(text, d))
    if source is not None and who and who[0] == source.name and _third_person_quoted(h):
        who = ()  # '"He cut funding," Smith said': "he" is not the speaker
    if time_starts and time_starts[-1] > head.until:  # (else no time expression follows the trigger)
        a = bisect.bisect_right(time_starts, head.until)
        cuts = time_starts[a:bisect.bisect_left(time_starts, head.start + len(head.text), a)]
    else:
        cuts = []
    if where:
        cuts += place_cuts(text, h, where)
    # (a draft's trigger, as ``Draft.trigger`` reads it)
    mentions = tuple([Span(d.text[d.at - d.start:d.until - d.start], d.at, d.until) for d in drafts if d is not head]) \
        if several else ()
    phrase = what(text, head, cuts) if not head_reports else _said(text, head, h.end)
    at, until = head.at, head.until
    event = Event(text[h.start:h.end], h.start, h.end, Span(head.text[at - head.start:until - head.start], at, until),
                  phrase, status, date, who, where, source, h.lead, mentions, rule)
    return [event] + statements if statements else [event]


def _after_dateline(actor: str) -> str:
    """An actor read across the dateline's dash ("Oklahoma - The museum"): what follows it."""
    for mark in _DATELINE_DASHES:
        if mark in actor:
            rest = actor.rsplit(mark, 1)[1].strip()
            first, _, tail = rest.partition(" ")
            return tail if first.lower() in ("the", "a", "an") and tail else rest
    return actor


def _third_person_quoted(h: Happening) -> bool:
    """Whether the trigger stands inside quotation marks after a third-person pronoun subject."""
    s = h.words
    i = h.head.word
    if not s.quoted[i]:
        return False
    for k in range(i - 1, max(s.lo, i - 4) - 1, -1):
        if s.low[k] in THIRD_PERSON:
            return True
        if not s.quoted[k]:
            break
    return False


def _said(text: str, head: Draft, end: int) -> Span:
    """What a statement says: from its verb to the end of its happening ("said Monday that the
    council wants to blunt any effort"), at most MAX_WHAT_CHARS characters, cut at a word."""
    start = head.at
    if end - start > MAX_WHAT_CHARS:
        cut = text.rfind(" ", start, start + MAX_WHAT_CHARS)
        end = cut if cut > head.until else head.until
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return Span(text[start:end], start, end)


def _borrowed_date(h: Happening, date: EventDate | None, rule: str, status: str) -> tuple[EventDate | None, str]:
    """The date of a happening whose trigger is dated by default: the date a time expression
    gives another event word of it of the same time ("preparing to send ..., as it arrives on
    May 2"), not a report's ("said on Tuesday that it had signed"); for a plan with no time of
    its own, the day it was announced ("said on Tuesday it would cut jobs")."""
    head = h.head
    past = head.kind in _PAST_LIKE
    for d in h.drafts:
        if d is not head and d.rule in _STRONG and d.date is not None and (d.kind in _PAST_LIKE) == past \
                and (head.reports or not d.reports):
            return d.date, d.rule
    if status == "planned":
        for d in h.drafts:
            if d.reports and d.date is not None and d.rule != "published":
                return d.date, d.rule
    return date, rule


def _statement(text: str, d: Draft) -> Event:
    """A report dated to a day of its own, as a happening: its clause, the speaker as actor."""
    start, end = d.start, d.start + len(d.text)
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return Event(text[start:end], start, end, Span(d.trigger, d.at, d.until), what(text, d, []), "happened",
                 d.date, d.who, (), None, False, (), d.rule)

