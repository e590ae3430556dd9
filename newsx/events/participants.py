"""Who did it and where: the participants of an event, read from its clause (``doc.clauses``).

`who` (``actor``), in order:
1. the `by` agent of a passive ("was approved by regulators"); an agentless passive has none;
2. a participle: after a comma, the subject phrase before the comma ("Ana Diaz, speaking at a
   rally, ..."); fronted, the subject of the main clause after its comma ("Citing safety, Acme
   Air cancelled ..."); after `with NP` its NP ("with senior officials saying"); else none (it
   shares the subject of its clause);
3. an infinitive shares the subject of its clause, but `is to` / `is due to` + verb takes the
   subject before `is`;
4. a main clause resumed after an aside takes the subject before the aside;
5. a reporting verb after a quotation takes the name after it ('"...," said Jane Doe');
6. a second predicate after `and` shares the subject of the clause's first finite verb;
7. `, which/who` + verb: the name before the relative pronoun (after `the CEO of`);
8. a pronoun (`we` included) resolves to the last person or organisation named as a subject;
9. before an apposition, the name before it, or before its acronym ("Acme Aerospace Ltd (AAL),
   the parent company of ..."), or the name the aside gives ("the largest airliner, the Zeta
   Z1,"), or the phrase before the aside;
10. the subject noun phrase left of the verb group (its name if the name is the head: "analyst
    Ana Diaz"; "the company" resolves to the organisation named before);
11. else the nearest name left of the trigger outside a prepositional phrase.
An event noun takes its `by` agent, the name after its determiner ("the Zeta Airways order") or
its possessor ("Acme's protest", "the firm's decision": the organisation named before)
(``possessor``).

`where` (``places``, ``where``): proper-name runs after `in/at/near/from/...` (not a person's name
after `from`, not a day), known countries, cities and US states, place acronyms ("U.S.", "EU")
and names ending in a place word ("... Airport"); a title and a person's name is no place. A
known place named without a preposition is dropped when it is the actor, named before the
trigger and before a place a preposition marks ("Russia fired ... in Ukraine": Ukraine).
"""
from __future__ import annotations

import bisect
from typing import Final

from ..doc import tokens as _tokens
from ..doc.clauses import Sentence
from ..doc.forms import ADVERB, AUX, LINK_PREPOSITION, NAME_LINK, NOT_NAME, NOT_VERBS, PAST_FORM, PHRASE_END, \
    VERB_LIKE, base_of, is_regular_past
from ..lexicon import events as _events
from ..lexicon import grammar as _grammar
from ..lexicon import names as _names
from ..lexicon import organizations as _organizations
from ..lexicon import places as _places
from ..lexicon import speech as _speech
from ..lexicon import titles as _titles
from ..lexicon import verbs as _verbs
from ..names import is_person_name, strip_possessive

# Word lists and flag bits read in the hot loops, as Final names: the compiled build (mypyc)
# keeps these in C statics instead of looking each use up in the module's dictionary.
ALPHA: Final = _tokens.ALPHA
CAP: Final = _tokens.CAP
DIGIT: Final = _tokens.DIGIT
CLAUSE_OPENERS: Final = _events.CLAUSE_OPENERS
COMPASS_WORDS: Final = _events.COMPASS_WORDS
EVENT_NOUNS: Final = _events.EVENT_NOUNS
NAME_LINKS: Final = _events.NAME_LINKS
PRONOUN_REFERENTS: Final = _events.PRONOUN_REFERENTS
SUBJECT_PRONOUNS: Final = _events.SUBJECT_PRONOUNS
NOUN_OPENERS: Final = _grammar.NOUN_OPENERS
PLURAL_PRONOUNS: Final = _grammar.PLURAL_PRONOUNS
PREPOSITIONS: Final = _grammar.PREPOSITIONS
QUANTIFIERS: Final = _grammar.QUANTIFIERS
NOT_NAMES: Final = _names.NOT_NAMES
GENERIC_ACTORS: Final = _organizations.GENERIC_ACTORS
DEMONYMS: Final = _places.DEMONYMS
DIRECTION_PREPOSITIONS: Final = _places.DIRECTION_PREPOSITIONS
PLACE_ACRONYMS: Final = _places.PLACE_ACRONYMS
PLACE_HEADS: Final = _places.PLACE_HEADS
PLACE_PHRASES: Final = _places.PLACE_PHRASES
PLACE_PREPOSITIONS: Final = _places.PLACE_PREPOSITIONS
PLACES: Final = _places.PLACES
PLACE_NOUNS: Final = _places.PLACE_NOUNS
OF_PLACE: Final = frozenset(("of", "in", "from"))  # "the mayor of Lisbon", "police in Leeds"
REPORTING: Final = _speech.REPORTING
AMBIGUOUS_TITLES: Final = _titles.AMBIGUOUS_TITLES
TITLE_WORDS: Final = _titles.TITLE_WORDS
TITLES: Final = _titles.TITLES
AUXILIARIES: Final = _verbs.AUXILIARIES
BE_FORMS: Final = _verbs.BE_FORMS
HAVE_FORMS: Final = _verbs.HAVE_FORMS
IRREGULAR_PARTICIPLE: Final = _verbs.IRREGULAR_PARTICIPLE
IRREGULAR_PAST: Final = _verbs.IRREGULAR_PAST
RAISING: Final = _verbs.RAISING

MAX_PHRASE: Final = 10  # words of a subject noun phrase
_ALNUM: Final = ALPHA | DIGIT
_NAME_BITS: Final = CAP | ALPHA | NOT_NAME
_NAME_WORD: Final = CAP | ALPHA
_AUX_ADVERB: Final = AUX | ADVERB
_VERB_ADVERB: Final = VERB_LIKE | ADVERB
_MAYBE_TIME: Final = DIGIT | NOT_NAME  # a word ``_only_times`` may take (with quantifiers and possessives)
_PHRASE_LEADS: Final = QUANTIFIERS | frozenset(("of", "and", "at"))  # words a noun phrase does not start on
_PHRASE_TAILS: Final = frozenset(("of", "and", "the", "a", "an"))  # words it does not end on
_QUOTE_MARKS: Final = ('"', "“", "”")
Actor = tuple[tuple[str, ...], bool]  # the actor's names, and whether it is a subject (a pronoun may refer to it)
Runs = list[tuple[int, int]]


# ---------------------------------------------------------------- names
def is_name_word(s: Sentence, k: int, first: bool, proper: set[str], nxt: int = -1) -> bool:
    """A capitalised word that can be part of a name; a sentence's first word only when the
    article also capitalises it elsewhere or a capitalised word follows it (``nxt``)."""
    if s.flags[k] & _NAME_BITS != _NAME_WORD:
        return False  # not capitalised, not a word, or no name's word (NOT_NAME)
    if first:
        low = s.low[k]
        return (low in proper or low.endswith("'s") or low in PLACES or s.word_text(k).isupper()
                or (nxt >= 0 and is_name_word(s, nxt, False, proper)))
    return True


def name_runs(s: Sentence, lo: int, hi: int, proper: set[str]) -> Runs:
    """Runs [a, b) of capitalised words that look like names."""
    runs: Runs = []
    low, caps, flags = s.low, s.capitals, s.flags
    c = bisect.bisect_left(caps, lo)
    last = bisect.bisect_left(caps, hi, c)
    while c < last:
        i = caps[c]  # only a capitalised word starts a name
        c += 1
        if flags[i] & _NAME_BITS != _NAME_WORD:
            continue  # not capitalised, not a word, or no name's word (what ``is_name_word`` tests first)
        if i == s.lo and not is_name_word(s, i, True, proper, i + 1 if i + 1 < hi else -1):
            continue
        j = i + 1
        while j < hi:
            if flags[j] & _NAME_BITS == _NAME_WORD:
                j += 1
            elif flags[j] & NAME_LINK and j + 1 < hi and flags[j + 1] & _NAME_BITS == _NAME_WORD:
                j += 2
            else:
                break
        # A lone nationality adjective before a common noun is no actor ("Russian missile").
        if not (j == i + 1 and low[i] in DEMONYMS):
            runs.append((i, j))
        while c < last and caps[c] < j:
            c += 1  # the capitals inside the run are read
    return runs


def clause_runs(s: Sentence, sentence_runs: Runs, lo: int, hi: int, proper: set[str]) -> Runs:
    """The name runs of the clause [lo, hi), taken from those of its sentence (``name_runs`` over
    the whole sentence, read once); read anew where a run crosses the clause's bounds."""
    if lo == s.lo and hi == s.hi and hi >= lo + 2:
        return sentence_runs  # a sentence of one clause: its runs (which no reader changes)
    out: Runs = []
    for a, b in sentence_runs:
        if b <= lo:
            continue
        if a >= hi:
            break
        if a < lo or b > hi:
            return name_runs(s, lo, hi, proper)
        out.append((a, b))
    if lo == s.lo and hi < s.lo + 2:
        return name_runs(s, lo, hi, proper)  # a first word is a name by the word after it
    return out


def run_text(s: Sentence, a: int, b: int) -> str:
    """The name of a run, without leading titles and nationality adjectives before a person's name."""
    text, low = s.source, s.low
    if b == a + 1:
        return strip_possessive(text[s.start[a]:s.end[a]])  # one word: no title, link or place before a name
    k = a
    for m in range(b - 2, a - 1, -1):
        if low[m] in TITLES and (
                low[m] not in AMBIGUOUS_TITLES or is_person_name(strip_possessive(text[s.start[m + 1]:s.end[b - 1]]))):
            k = m + 1  # "General Ann Lee", but "General Motors Co." is a company
            break
    if k >= b:
        k = a
    while k < b - 1 and low[k] in NAME_LINKS:
        k += 1
    # "(Mayor of) Chile Ana Ruiz": a country before a person's name.
    for m in range(k + 1, b - 1 if b - 1 < k + 4 else k + 4):
        place = text[s.start[k]:s.end[m - 1]].lower()
        rest = text[s.start[m]:s.end[b - 1]]
        if (place in PLACE_PHRASES or place in PLACES) and is_person_name(strip_possessive(rest)):
            k = m
            break
    return strip_possessive(text[s.start[k]:s.end[b - 1]])


def is_time_word(low: str) -> bool:
    return strip_possessive(low) in NOT_NAMES  # "Monday's", "May's" are times, not places


def remember(memory: dict[str, str], actor: str, proper: set[str], kinds: dict[str, str]) -> None:
    """Keep the last named person and organisation, for pronouns and "the company"; ``kinds``
    holds what each actor of the article was found to be (a subject is named again and again)."""
    kind = kinds.get(actor)
    if kind is None:
        kind = kinds[actor] = _actor_kind(actor, proper)
    if kind:
        memory[kind] = actor


def _actor_kind(actor: str, proper: set[str]) -> str:
    """"person" or "org" for a name, "" for anything else."""
    known = _NAME_KINDS.get(actor)
    if known is None:
        known = _name_kind(actor)
        if len(_NAME_KINDS) < _MAX_NAMES:
            _NAME_KINDS[actor] = known
    kind, named, first = known
    return kind if named or first in proper else ""


# An actor's text -> what ``_name_kind`` finds of it, for every article of the process (a name
# recurs from article to article); bounded, as the document's word cache is.
_NAME_KINDS: Final[dict[str, tuple[str, bool, str]]] = {}
_MAX_NAMES: Final = 100_000


def _name_kind(actor: str) -> tuple[str, bool, str]:
    """What an actor's text alone tells: "person" or "org" if it is written as a name ("" if
    not), whether that holds whatever the article, else the lone word the article must
    capitalise mid-sentence for it to hold."""
    words = actor.split()
    place = actor.lower() in PLACE_PHRASES or actor.lower() in PLACES
    # Only names: every word capitalised, and a lone word one the article capitalises mid-sentence.
    if not all(w[:1].isupper() or w.lower() in NAME_LINKS for w in words):
        return "", True, ""
    person = is_person_name(actor) and not place and not any(c.isdigit() for c in actor)
    kind = "person" if person else "org"
    if len(words) > 1 or place or words[0].isupper():
        return kind, True, ""
    return kind, False, words[0].lower()


# ---------------------------------------------------------------- places
def places(s: Sentence, lo: int, hi: int, runs: Runs) -> list[str]:
    """Places of a clause: names after a place preposition ("in Kyiv") and known places; a
    known place that is not after a preposition is marked with a leading "\\0" (it may be the
    actor rather than the place: "Russia fired ...")."""
    text, low, starts, ends = s.source, s.low, s.start, s.end
    found: list[str] = []
    for a, b in runs:
        j = a - 1
        if j >= lo and low[j] in COMPASS_WORDS:
            j -= 1  # "in northern Leeds", "across eastern Ukraine"
        if j >= lo and low[j] == "the":
            j -= 1
        phrase = strip_possessive(text[starts[a]:ends[b - 1]])
        known = (low[b - 1] in PLACE_HEADS or (low[a] in PLACES if b == a + 1 else PLACES.issuperset(low[a:b]))
                 or phrase.lower() in PLACE_PHRASES
                 or (phrase in PLACE_ACRONYMS and text[ends[b - 1]:ends[b - 1] + 1] != "$"))
        prep = low[j] if j >= lo else ""
        if prep == "of" and j - 1 >= lo and low[j - 1] in PLACE_NOUNS:
            prep = "in"  # "the city of Monterrey": a place named by its kind
        marked = prep in PLACE_PREPOSITIONS and prep not in DIRECTION_PREPOSITIONS and not is_time_word(low[a]) \
            and not (prep == "from" and not known and is_person_name(phrase))  # "a letter from Jane Doe"
        if not (known or marked):
            continue
        if b - a > 1 and low[a] in TITLES and is_person_name(strip_possessive(text[starts[a + 1]:ends[b - 1]])):
            continue  # a title and a person's name ("Editor in Chief Ana Ruiz") is a person, not a place
        if not marked:
            phrase = "\0" + phrase
        if phrase not in found and phrase.lstrip("\0") not in found:
            found.append(phrase)
    return found


def where(found: tuple[str, ...], who: tuple[str, ...], text: str, start: int, end: int) -> tuple[str, ...]:
    """The places of an event: a known place named without a preposition is dropped when it is
    the actor, named before the trigger (in text[start:end], the clause up to it) and before a
    place that a preposition marks ("Russia fired at cities in Ukraine": Ukraine, not Russia);
    alone it stays ("France banned the drug": in France)."""
    for place in found:
        if place.startswith("\0"):
            break
    else:
        return found  # every place after a preposition, each named once (``places``): all kept
    marked = [p for p in found if not p.startswith("\0")]
    out: list[str] = []
    before = ""
    for place in found:
        name = place.lstrip("\0")
        if place.startswith("\0") and name in who and marked:
            before = before or text[start:end]
            at = before.find(name)
            if at >= 0 and all(at < before.find(m) or before.find(m) < 0 for m in marked):
                continue
        if name not in out:
            out.append(name)
    return tuple(out)


# ---------------------------------------------------------------- noun phrases
def phrase(s: Sentence, runs: Runs, start: int, stop: int, forward: bool, org: str | None = None) -> tuple[str, ...]:
    """The noun phrase that starts at position `start` and runs towards `stop` (exclusive):
    its last name when it has one ("analyst Ana Diaz"), else its words ("the company")."""
    k, taken = _phrase_end(s, start, stop, forward)
    if taken == 0:
        return ()
    low, flags = s.low, s.flags
    if forward:
        a, b = start, k
    else:
        if k > s.lo and k != stop and low[k] in OF_PLACE and (not flags[k - 1] & CAP or k - 1 == s.lo) \
                and all(flags[n] & CAP for n in range(k + 1, start + 1)):
            # "Police in Melbourne", "the mayor of Lisbon": the common head before a name is the actor.
            k2, taken2 = _phrase_end(s, k - 1, stop, forward)
            if taken2:
                k = k2
        a, b = k + 1, start + 1
    while a < b and low[a] in _PHRASE_LEADS:
        a += 1
    while b > a and (low[b - 1] in _PHRASE_TAILS or low[b - 1] in NOT_NAMES
                     and not flags[b - 1] & CAP and b - 1 > a):
        b -= 1
    if a >= b:
        return ()
    w = low[a]
    if (flags[a] & _MAYBE_TIME or w in QUANTIFIERS or "'" in w) and _only_times(s, a, b):
        return ()  # a time ("on Tuesday") or a bare number ("at least 107"), not an actor
    return _phrase_names(s, runs, a, b, forward, org)


def _quote_between(text: str, start: int, end: int) -> bool:
    """Whether a double quotation mark stands in text[start:end]."""
    if end - start == 1:
        return text[start] in _QUOTE_MARKS  # most often a space between two words
    for mark in _QUOTE_MARKS:
        if text.find(mark, start, end) >= 0:
            return True
    return False


def _only_times(s: Sentence, a: int, b: int) -> bool:
    """Whether the words [a, b) are all times, numbers or quantifiers (a time's possessive too)."""
    low, flags = s.low, s.flags
    for t in range(a, b):
        w = low[t]
        if flags[t] & DIGIT or w in QUANTIFIERS:
            continue
        if not (w.split("'")[0] in NOT_NAMES if "'" in w else flags[t] & NOT_NAME):
            return False
    return True


def _phrase_end(s: Sentence, start: int, stop: int, forward: bool) -> tuple[int, int]:
    """Where a noun phrase read from `start` towards `stop` ends, and how many words it took."""
    flags = s.flags
    first, n = s.lo, s.hi
    k = start
    # Words are read while k is inside the sentence, short of stop and of MAX_PHRASE words: in
    # [start, limit) forward, in (limit, start] backward.
    if forward:
        limit = start + MAX_PHRASE if start + MAX_PHRASE < n else n
        if start <= stop < limit:
            limit = stop
        if start < first:
            limit = start
        while k < limit:
            f = flags[k]
            if not f & _ALNUM or f & PHRASE_END:
                break  # a mark, a conjunction, an auxiliary, a preposition
            if f & LINK_PREPOSITION and not (first < k < n - 1 and flags[k - 1] & CAP and flags[k + 1] & CAP):
                break  # a preposition, unless it links the words of a name ("Bank for ... Settlements")
            if not f & CAP and f & _VERB_ADVERB:
                break
            k += 1
        return k, k - start
    limit = start - MAX_PHRASE if start - MAX_PHRASE > first - 1 else first - 1
    if limit < stop <= start:
        limit = stop
    if start >= n:
        limit = start
    while k > limit:
        f = flags[k]
        if not f & _ALNUM or f & PHRASE_END:
            break
        if f & LINK_PREPOSITION and not (first < k < n - 1 and flags[k - 1] & CAP and flags[k + 1] & CAP):
            break
        if not f & CAP and f & _VERB_ADVERB and (k != start or f & (ADVERB | PAST_FORM)):
            break  # (read back from a verb, a word just before it heads the subject: "the top court ruled")
        k -= 1
    return k, start - k


def _phrase_names(s: Sentence, runs: Runs, a: int, b: int, forward: bool, org: str | None) -> tuple[str, ...]:
    """The actor a noun phrase [a, b) names: a person before a title, its name, or its words."""
    low = s.low
    if not forward and a >= s.lo + 2 and low[a - 1] == "," and not TITLES.isdisjoint(low[a:b]):
        named = [(x, y) for x, y in runs if y == a - 1 and not (x > s.lo and low[x - 1] in PREPOSITIONS)]
        if named:
            # "Ann Lee, president and CEO of Acme Corp, said": the person, not the company (not
            # a place a fronted phrase ends on: "Speaking in Paris, the minister said").
            return (run_text(s, *named[0]),)
    # The first and the last name run inside the phrase.
    first_x = first_y = last_x = last_y = -1
    for x, y in runs:  # in order
        if x >= b:
            break
        if a <= x and y <= b and not (low[x] in TITLES if y == x + 1 else TITLES.issuperset(low[x:y])):
            if first_x < 0:
                first_x, first_y = x, y
            last_x, last_y = x, y
    if last_x >= 0 and not forward and last_y == b and last_x - 2 >= a and low[last_x - 1] in OF_PLACE \
            and (not s.flags[last_x - 2] & CAP or last_x - 2 == s.lo) and b - a <= 6:
        # "Police in Melbourne", "the mayor of Lisbon": the common head before the name is the actor.
        while low[a] in NOUN_OPENERS:
            a += 1
        return (s.source[s.start[a]:s.end[b - 1]],)
    if last_x >= 0 and not forward and last_y < b and low[b - 1] not in TITLES and b - a <= 5:
        # The name only qualifies a common head ("two senior U.S. officials"): the whole phrase.
        while low[a] in NOUN_OPENERS:
            a += 1
        return (s.source[s.start[a]:s.end[b - 1]],)
    if last_x >= 0:
        return (run_text(s, first_x, first_y) if forward else run_text(s, last_x, last_y),)
    if not forward and a >= s.lo + 2 and low[a - 1] == ",":
        # An apposition ("Louis Martin, the chief executive, said"): the name before it.
        before = [(x, y) for x, y in runs if y == a - 1 and not (x > s.lo and low[x - 1] in PREPOSITIONS)]
        if before:
            return (run_text(s, *before[0]),)
    while a < b and low[a] in NOUN_OPENERS:
        a += 1
    if a >= b or NOT_VERBS.issuperset(low[a:b]):
        return ()
    if b - a == 1 and low[a] in GENERIC_ACTORS and org:
        return (org,)  # "the company said": the organisation named before
    return (s.source[s.start[a]:s.end[b - 1]],)


# ---------------------------------------------------------------- who
def possessor(s: Sentence, runs: Runs, lo: int, i: int, memory: dict[str, str]) -> tuple[str, ...]:
    """The owner of an event noun: "Acme's protest", "Acme's planned cancellation", "the
    firm's decision" (the organisation named before)."""
    low = s.low
    if i + 2 < s.hi and low[i + 1] == "by":
        agent = phrase(s, runs, i + 2, s.hi, forward=True)
        if agent and agent[0][:1].isupper():
            return agent  # "the announcement by Acme Motors"
    if not s.flags[i] & CAP:
        for a, b in runs:
            if b == i and a - 1 >= lo and low[a - 1] in NOUN_OPENERS and not (a - 2 >= lo and low[a - 2] == "of"):
                return (run_text(s, a, b),)  # "the Zeta Airways order" (not "the Player of the Year award")
    for j in range(i - 1, max(lo, i - 4) - 1, -1):
        if low[j].endswith(("'s", "'")):
            if is_time_word(low[j]):
                return ()  # "Tuesday's losses": a time, not an owner
            for a, b in runs:
                if a <= j < b:
                    return (strip_possessive(run_text(s, a, b)),)
            owner = strip_possessive(low[j])
            if owner in GENERIC_ACTORS and memory.get("org"):
                return (memory["org"],)
            return ()
        if not s.flags[j] & _ALNUM:
            return ()
    return ()


def passive(s: Sentence, i: int, lo: int) -> bool:
    """A participle after a form of `be` ("was approved"), or a bare one ("attended by")."""
    if not (s.flags[i] & PAST_FORM or s.low[i] in IRREGULAR_PARTICIPLE):
        return False
    j = i - 1
    while j >= lo and s.flags[j] & ADVERB:
        j -= 1
    return j < lo or s.low[j] in BE_FORMS or s.low[j] not in HAVE_FORMS


def is_finite_verb(low: str) -> bool:
    """A past form, a reporting verb or a verb's `-s` form: where a subject ends."""
    return (low in IRREGULAR_PAST or is_regular_past(low) or low in REPORTING
            or (low.endswith("s") and base_of(low) is not None and low not in EVENT_NOUNS))


def actor(s: Sentence, runs: Runs, lo: int, hi: int, i: int, memory: dict[str, str],
          resumed: tuple[str, ...] = ()) -> Actor:
    """Who did what position i names (rules 1-11 of the module docstring)."""
    low, flags = s.low, s.flags
    k = i + 1
    while k < hi and flags[k] & ADVERB:
        k += 1
    if k < hi and low[k] == "by" and i > lo and passive(s, i, lo):
        agent = phrase(s, runs, k + 1, hi, forward=True)
        if agent:
            return agent, False
    p = i - 1
    while p >= lo and flags[p] & ADVERB:
        p -= 1
    if low[i].endswith("ing") and (p < lo or low[p] not in BE_FORMS):
        return _participle_actor(s, runs, lo, hi, i, memory)
    j = i - 1
    while j >= lo and flags[j] & _AUX_ADVERB:
        j -= 1
    if j >= lo and low[j] == "to":
        if j - 1 >= lo and low[j - 1] in BE_FORMS:
            j -= 2  # "the ministry is to begin": scheduled, the subject is before `is`
        elif j - 2 >= lo and low[j - 1] in RAISING and low[j - 2] in BE_FORMS:
            j -= 3  # "the plane is due to arrive"
        else:
            return (), False  # an infinitive shares the subject of its clause
    if j + 1 < i and not BE_FORMS.isdisjoint(low[j + 1:i]) and low[i] not in REPORTING and passive(s, i, lo):
        # No agent was named: the subject of a passive is who it befell ("Two miners were trapped").
        found = _subject_actor(s, runs, lo, hi, i, j, memory, resumed)
        return found if found is not None else ((), False)
    if j < lo and resumed:
        return resumed, True  # the subject before the aside: "Ana Diaz, speaking by video, presented"
    found = _subject_actor(s, runs, lo, hi, i, j, memory, resumed)
    return found if found is not None else _nearest_name(s, runs, lo, i)


def _participle_actor(s: Sentence, runs: Runs, lo: int, hi: int, i: int, memory: dict[str, str]) -> Actor:
    """The actor of an `-ing` participle (rule 2)."""
    low, flags = s.low, s.flags
    if i == lo and lo >= s.lo + 2 and low[lo - 1] == ",":
        # "Ana Diaz, speaking by video link, ...": the subject phrase just before the comma.
        before = name_runs(s, max(s.lo, lo - 1 - MAX_PHRASE), lo - 1, set())
        k = lo - 2
        while k >= s.lo and lo - 2 - k < MAX_PHRASE and low[k] not in PREPOSITIONS \
                and low[k] not in AUXILIARIES and flags[k] & _ALNUM:
            k -= 1
        if k < s.lo or low[k] in CLAUSE_OPENERS or not flags[k] & _ALNUM:
            return phrase(s, before, lo - 2, k, forward=False), False
        return (), False
    if i == s.lo:
        return _fronted_participle_actor(s, runs, hi, i, memory)
    if "with" not in low[max(lo, i - MAX_PHRASE - 1):i - 1]:
        return (), False  # (the only `with` the walk below may stop at is in these words)
    k = i - 1
    while k >= lo and i - k <= MAX_PHRASE and flags[k] & _ALNUM and low[k] != "with" \
            and not (flags[k] & AUX or low[k] in PREPOSITIONS or low[k] in REPORTING):
        k -= 1
    if k >= lo and k < i - 1 and low[k] == "with":
        # "with senior officials saying ...": the phrase after `with` is the subject.
        np = phrase(s, runs, i - 1, k, forward=False, org=memory.get("org"))
        if np:
            return np, True
    return (), False  # a participle shares the subject of its clause


def _fronted_participle_actor(s: Sentence, runs: Runs, hi: int, i: int, memory: dict[str, str]) -> Actor:
    """"Citing safety, Acme Air cancelled ...": a fronted participle shares the subject of the
    main clause after its comma."""
    low, flags = s.low, s.flags
    comma = next((k for k in range(i + 1, min(hi, i + 3 * MAX_PHRASE)) if low[k] == ","), None)
    if comma is None:
        return (), False
    k = comma + 1
    while k < hi and k - comma <= MAX_PHRASE and low[k] != "," and not (
            flags[k] & AUX or (not flags[k] & CAP and is_finite_verb(low[k]))):
        k += 1
    if comma + 1 < k < hi and low[k] != ",":
        # The subject ends where the main clause's verb begins: "U.S. officials have"; a
        # person's name opens it: "Jane Doe of The Daily Post wrote".
        np = phrase(s, runs, comma + 1, k, forward=True)
        if not (np and is_person_name(np[0])):
            np = phrase(s, runs, k - 1, comma, forward=False, org=memory.get("org"))
        if np:
            return np, False
    return (), False


def _subject_actor(s: Sentence, runs: Runs, lo: int, hi: int, i: int, j: int, memory: dict[str, str],
                   resumed: tuple[str, ...]) -> Actor | None:
    """The subject left of the verb group ending at position j (rules 5-10), or None."""
    low = s.low
    if low[i] in REPORTING and (j < lo or _quote_between(s.source, s.end[j], s.start[i])):
        after = phrase(s, runs, i + 1, hi, forward=True)
        if after:
            return after, True  # '"...," said Jane Doe'
    if j > lo and low[j] == "and" and low[j - 1].rsplit(".", 1)[-1].isalpha() and low[j - 1] not in BE_FORMS:
        # "Judge Ann Kaplan called the jurors in and explained": a second predicate shares the
        # subject of the first finite verb of the clause (the word before `and` ends in letters:
        # "... online at www.example.org and suggest").
        for v in range(lo, j):
            w = low[v]
            if not s.flags[v] & CAP and (s.flags[v] & PAST_FORM or w in REPORTING
                                         and w.endswith("s")):
                return actor(s, runs, lo, hi, v, memory, resumed)
    if j == lo and low[j] in ("which", "who") and lo >= s.lo + 2 and low[lo - 1] == ",":
        named = _relative_antecedent(s, lo)
        if named is not None:
            return named, False
    if j < lo:
        return None
    w = low[j]
    pronoun = w.split("'")[0] if "'" in w else w  # "they're": they
    if pronoun in SUBJECT_PRONOUNS or pronoun in PLURAL_PRONOUNS:
        ref = memory.get(PRONOUN_REFERENTS.get(pronoun, ""))
        return ((ref,) if ref else ()), True
    if w == "," and j - 1 >= lo:
        found = _apposition_actor(s, runs, lo, j, memory)
        if found is not None:
            return found, True
        j -= 1
    np = phrase(s, runs, j, lo - 1, False, memory.get("org"))
    return (np, True) if np else None


def _relative_antecedent(s: Sentence, lo: int) -> tuple[str, ...] | None:
    """"Zeta Airways, which chose the Z3, ...": the name before the relative pronoun."""
    before = name_runs(s, max(s.lo, lo - 1 - MAX_PHRASE), lo - 1, set())
    named = [(a, b) for a, b in before if b == lo - 1]
    if not named:
        return None
    a, b = named[0]
    of = [n for n in range(a, b) if s.low[n] == "of"]
    if of and s.low[a] in TITLE_WORDS:
        a = of[-1] + 1  # "the Director of Acme Motors, which sold"
    return (run_text(s, a, b),)


def _apposition_actor(s: Sentence, runs: Runs, lo: int, j: int, memory: dict[str, str]) -> tuple[str, ...] | None:
    """"Louis Martin, the firm's spokesman, said": the name before the apposition (rule 9)."""
    low = s.low
    k = j - 1
    while k >= lo and low[k] != "," and j - k <= MAX_PHRASE:
        k -= 1
    # The name just before the apposition, or before its acronym: "Acme Inc. (ACM), the maker".
    before = [(x, y) for x, y in runs if y == k or (
        low[k - 1] == ")" and k - 3 >= lo and low[k - 3] == "(" and y == k - 3)] if k > lo else []
    a = k + 1
    while a < j and low[a] in NOUN_OPENERS:
        a += 1
    named = [(x, y) for x, y in runs if x == a and y == j]
    if before and not (named and low[k - 1] in TITLES):
        return (run_text(s, *before[0]),)
    if named and k > lo:
        # "The largest airliner, the Zeta Z1, has made ...", "Acme Air CEO, Ana Diaz, justified
        # ...": the aside names it.
        return (run_text(s, *named[0]),)
    if k > lo:
        # "The plan, first reported by a local paper, would ...": the phrase before the aside.
        np = phrase(s, runs, k - 1, lo - 1, forward=False, org=memory.get("org"))
        if np:
            return np
    return None


def _nearest_name(s: Sentence, runs: Runs, lo: int, i: int) -> Actor:
    """The nearest name left of position i outside a prepositional phrase (rule 11)."""
    best = None
    for a, b in runs:
        if b > i:
            break
        p = a - 1
        if p >= lo and s.low[p] == "the":
            p -= 1
        if p >= lo and s.low[p] in PREPOSITIONS and not (p == lo and s.low[p] in CLAUSE_OPENERS):
            continue
        best = (a, b)
    if best is not None:
        return (run_text(s, *best),), True
    return (), False
