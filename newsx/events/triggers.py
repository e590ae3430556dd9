"""What is an event: the triggers of a clause that report one (``triggers``).

Each word with a verb form (``doc.clauses``: past, perfect, future, present, nonfinite, noun) is
a trigger; reporting verbs (`said`, `announced`) are events too, as news reports them. A trigger
reports no event (``unreported``), in order:
1. an opinion or wish (`believes`, `wants`; not `is believed to`, which reports an estimate);
2. an `-ing` form inside a noun phrase before the noun it modifies ("a major restructuring
   programme", "the unit operating cost");
3. an event noun after `no` (or `no` and a word: "no immediate reports"), bare after a
   preposition ("in talks", "$5 billion in aid"), or
   modifying the noun after it ("a bankruptcy court", "a restructuring plan": the plan is the event);
4. a verb negated (`did not say`) or after a modal of hypothesis (`could carry`, `would
   require`), unless a reporting verb states the modal's clause (`said it would cut`, `warned that
   it might miss`: a plan or warning someone stated);
5. what an unreported verb, a negation or an opinion governs, up to a preposition or comma
   (`want to avoid making moves`, `would require extensive training`, `did not announce a merger`).
A clause left with no event states something (``state``): its first finite `be`/`have` (`has
been` -> `been`), unless that is the auxiliary of a verb that reports no event ("is hoping") or is
denied ("there were no reports").
"""
from __future__ import annotations

from typing import Final

from ..doc import tokens as _tokens
from ..doc.clauses import Sentence
from ..doc.forms import ADVERB, AUX, NEGATIVE, NOT_VERBS, OPINION_WORD, base_of, is_regular_past
from ..lexicon import events as _events
from ..lexicon import grammar as _grammar
from ..lexicon import names as _names
from ..lexicon import speech as _speech
from ..lexicon import titles as _titles
from ..lexicon import verbs as _verbs

# Word lists and flag bits read in the hot loops, as Final names: the compiled build (mypyc)
# keeps these in C statics instead of looking each use up in the module's dictionary.
ALPHA: Final = _tokens.ALPHA
CAP: Final = _tokens.CAP
DIGIT: Final = _tokens.DIGIT
BARE_NOUN_PREPOSITIONS: Final = _events.BARE_NOUN_PREPOSITIONS
CLAUSE_OPENERS: Final = _events.CLAUSE_OPENERS
EVENT_NOUNS: Final = _events.EVENT_NOUNS
ADJECTIVE_SUFFIXES: Final = _grammar.ADJECTIVE_SUFFIXES
NEGATIONS: Final = _grammar.NEGATIONS
NOUN_OPENERS: Final = _grammar.NOUN_OPENERS
PREPOSITIONS: Final = _grammar.PREPOSITIONS
QUANTIFIERS: Final = _grammar.QUANTIFIERS
SENTENCE_ADVERBS: Final = _grammar.SENTENCE_ADVERBS
NOT_NAMES: Final = _names.NOT_NAMES
REPORTING: Final = _speech.REPORTING
PERSON_NOUNS: Final = _titles.PERSON_NOUNS
AUXILIARIES: Final = _verbs.AUXILIARIES
BE_FORMS: Final = _verbs.BE_FORMS
FINITE_STATES: Final = _verbs.FINITE_STATES
HAVE_FORMS: Final = _verbs.HAVE_FORMS
HYPOTHETICAL_MODALS: Final = _verbs.HYPOTHETICAL_MODALS
IRREGULAR_PAST: Final = _verbs.IRREGULAR_PAST
OPINION: Final = _verbs.OPINION
STATIVE: Final = _verbs.STATIVE

_SETTERS: Final = NEGATIVE | OPINION_WORD  # words that may govern the triggers after them
_VERB_GROUP: Final = AUX | ADVERB | NEGATIVE
_ALNUM: Final = ALPHA | DIGIT

MAX_REACH: Final = 10  # words between a reporting verb and the modal it reports
Trigger = tuple[int, str, bool]  # position, verb form (or "state"), whether it reports an event


def triggers(s: Sentence, lo: int, hi: int, a: int, b: int) -> tuple[list[Trigger], bool]:
    """The triggers of the clause [lo, hi) of s (its verb forms are ``s.formed_at[a:b]``), each
    flagged False when it reports no event, and whether one reports an event; a clause with no
    action still states something ("Acme has 6,000 dealers"): its first finite `be`/`have` then."""
    formed = s.formed_at
    found = _governed(s, lo, hi, a, b) if a < b else []
    for t in found:
        if t[2]:
            return found, True
    if FINITE_STATES.isdisjoint(s.low[lo:hi]):
        return found, False  # no `be`/`have` to state anything
    kinds = s.form_kinds
    state = _state(s, lo, hi, {formed[n] for n in range(a, b) if kinds[n] != "noun"})
    if state is not None:
        found.append(state)
        found.sort()
        return found, True  # (a state reports what it states)
    return found, False


def _governed(s: Sentence, lo: int, hi: int, a: int, b: int) -> list[Trigger]:
    """Each trigger of the clause (``s.formed_at[a:b]``) with whether it reports an event: after a
    negation, an opinion or a verb that reports no event, until the next finite verb that does,
    nonfinite verbs and event nouns are no events either: "would require extensive training",
    "did not announce a merger"."""
    low, flags, formed, kinds = s.low, s.flags, s.formed_at, s.form_kinds
    found: list[Trigger] = []
    governed = False
    # Most clauses hold no negation or opinion before their last trigger: their words need no
    # reading one by one.
    setters = False
    for k in range(lo, formed[b - 1]):
        if flags[k] & _SETTERS:
            setters = True
            break
    k = lo
    for n in range(a, b):
        i, kind = formed[n], kinds[n]
        if not (governed or setters):
            k = i  # nothing before i can set the flag, and resetting it changes nothing
        while k < i:
            w = low[k]
            if flags[k] & NEGATIVE or (flags[k] & OPINION_WORD and not (k > lo and low[k - 1] in BE_FORMS)):
                governed = True
            elif (w in PREPOSITIONS and w != "to") or w == ",":
                governed = False  # "not first in line for a refund", "not to buy ... due to the ban"
            k += 1
        finite = kind != "noun" and kind != "nonfinite"
        if finite and not flags[i] & OPINION_WORD and not (i > lo and flags[i - 1] & _VERB_GROUP):
            reports = True  # what ``unreported`` finds of a finite verb with no opinion, modal or negation
        else:
            reports = not unreported(s, i, lo, hi, kind)
        if finite:
            governed = not reports
        elif governed and low[i] not in REPORTING:
            reports = False
        elif not reports and kind == "nonfinite":
            governed = True  # "could carry": a verb after a modal
        found.append((i, kind, reports))
    return found


def _state(s: Sentence, lo: int, hi: int, verbs: set[int]) -> Trigger | None:
    """The first finite `be`/`have` of a clause with no event, as a state (or a past one)."""
    low = s.low
    for i in range(lo, hi):
        if low[i] in FINITE_STATES and not unreported(s, i, lo, hi, "state"):
            k = i + 1
            while k < hi and s.flags[k] & _VERB_GROUP:
                k += 1
            if k < hi and (k in verbs or low[k] in NEGATIONS or low[i + 1] in NEGATIONS or low[k] == "no"):
                return None  # the auxiliary of a verb that reports no event ("is hoping", "has not come")
            kind = "past" if low[i] in ("was", "were", "had") else "state"
            been = [b for b in range(i + 1, k) if low[b] == "been"]
            return (been[-1] if been else i, kind, True)  # "has been the critic": `been`
    return None


def unreported(s: Sentence, i: int, lo: int, hi: int, kind: str) -> bool:
    """Whether the trigger at position i names no event the article reports (rules 1-4)."""
    low = s.low
    w = low[i]
    if w in OPINION and kind != "noun" and not (i > lo and low[i - 1] in BE_FORMS):
        return True  # "investors believe"; but "is believed to hold" reports an estimate
    if kind == "nonfinite" and w.endswith("ing") and i + 1 < hi and i > lo \
            and modifies_next(s, i) and _in_noun_phrase(s, i - 1):
        return True  # "a major restructuring programme", "the unit operating cost"
    if kind == "noun":
        j = i - 1
        if j >= lo and (low[j] == "no" or low[j] in BARE_NOUN_PREPOSITIONS):
            return True
        if j - 1 >= lo and low[j - 1] == "no" and s.flags[j] & ALPHA:
            return True  # "no immediate reports", "no major damage"
        return w in EVENT_NOUNS and i + 1 < hi and modifies_next(s, i)
    j = i - 1
    while j >= lo and s.flags[j] & _VERB_GROUP:
        if s.flags[j] & NEGATIVE:
            return True
        w = low[j]
        if (w in HYPOTHETICAL_MODALS or w == "would") and not _reported_modal(s, j):
            return True
        j -= 1
    return False


def _reported_modal(s: Sentence, m: int) -> bool:
    """Whether the modal at position m opens the clause a reporting verb reports ("said it
    would cut", "warned that the firm could miss its targets"): a plan or warning someone
    stated, not the writer's hypothesis. Only a subject (and `that`) may stand between them."""
    low, flags = s.low, s.flags
    k = m - 1
    while k >= s.lo and m - k <= MAX_REACH:
        w = low[k]
        cap = flags[k] & CAP
        if w in REPORTING and not cap:
            return not (k + 1 < s.hi and low[k + 1] == "by")  # "reported by a paper, would"
        if not flags[k] & _ALNUM:
            return False
        if w in AUXILIARIES or w in NEGATIONS or w in OPINION or w in CLAUSE_OPENERS or (
                not cap and w not in NOUN_OPENERS and w != "that" and (
                    w in IRREGULAR_PAST or is_regular_past(w) or w.endswith("ing"))):
            return False  # another verb: the modal belongs to a clause of its own
        k -= 1
    return False


def _in_noun_phrase(s: Sentence, j: int) -> bool:
    """Whether the word at j, before an `-ing` form, keeps it inside a noun phrase: a determiner,
    possessive, adjective or noun, not a verb, auxiliary or preposition ("stopped selling cars")."""
    w = s.low[j]
    if w in NOUN_OPENERS or w.endswith(("'s", "'")):
        return True
    if w.endswith("s") or w in PERSON_NOUNS:
        return False  # "laws banning migration", "people fleeing war": a participle after its subject
    return bool(s.flags[j] & ALPHA) and not (
        w in NOT_VERBS or w in BE_FORMS or w in HAVE_FORMS or base_of(w) is not None or w in IRREGULAR_PAST
        or is_regular_past(w) or w in REPORTING or w in CLAUSE_OPENERS)


def modifies_next(s: Sentence, i: int) -> bool:
    """An event noun before a common noun that heads the phrase ("the restructuring
    programme", "sales figures"): a modifier, not an occurrence."""
    nxt = s.low[i + 1]
    if s.flags[i + 1] & CAP or not nxt.isalpha() or s.start[i + 1] - s.end[i] != 1:
        return False
    if nxt in EVENT_NOUNS and not (nxt.endswith("s") and base_of(nxt) is not None):
        return True  # "a restructuring plan", "the test flight": the head is the event
    return not (nxt in NOT_VERBS or nxt in CLAUSE_OPENERS or s.flags[i + 1] & ADVERB
                or nxt in SENTENCE_ADVERBS or nxt in NOT_NAMES or nxt in QUANTIFIERS or nxt.endswith(ADJECTIVE_SUFFIXES)
                or base_of(nxt) is not None or nxt in IRREGULAR_PAST or is_regular_past(nxt)
                or nxt in BE_FORMS or nxt in HAVE_FORMS or nxt in STATIVE)


def frame_noun(s: Sentence, i: int, lo: int) -> bool:
    """An event noun after another one and `of (the)` names the longer event that frames it
    ("the attacks of the war"): the day of the clause dates the first, not the frame."""
    low = s.low
    j = i - 1
    if j >= lo and low[j] in ("the", "this", "that"):
        j -= 1
    if j - 1 < lo or low[j] != "of":
        return False
    head = low[j - 1]
    return head in EVENT_NOUNS or (head.endswith("s") and head[:-1] in EVENT_NOUNS)
