"""Cited events: clauses the article reports as having happened or being scheduled.

A light rule-based clause pass over each sentence (context.sentences), linear in the text.
Rules, in priority order:

1. Clauses: a sentence is cut before `;`, `:` and dashes, clause openers (`which`, `when`,
   `after`, ...), `but`, `, and`, the complementiser `that`, `, V-ing` and, after a fronted
   subordinate clause, `, it/he/they ...` or `and` + a new subject. A main clause resumed after
   an aside (`, which/who ...,`, `, speaking by video link,`) keeps the dates and subject of its
   first part.
2. Triggers, one event each: past forms (irregular list, `-ed` not after a determiner),
   `has/was` + participle, `will/modal/is to` + verb (scheduled), present `-s` after a subject,
   `-ing` forms, base verbs after `we/they/which`, reporting verbs (`said`, `announced`: news
   reports them as events) and event nouns (`flight`, `deal`, `summit`). Auxiliaries, names,
   `expected to`, `including`, compound nouns (`police posts`) and participles before a noun
   (`Ford's improved offer`) are not triggers.
3. No event (_unreported): a negated verb (`did not say`); a hypothesis, i.e. a modal other than
   a plan or warning a reporting verb states right before it (`could carry`, `would require`;
   but `said it would cut`); an opinion or wish (`believes`, `wants`; not `is believed to`);
   what such a verb governs up to a preposition or comma (`want to avoid making moves`, `would
   require extensive training`); an event noun that modifies the noun after it (`a bankruptcy
   court`, `a restructuring plan`) or follows a preposition bare (`in talks`, `in aid`). A
   clause left with no event gets its finite `be`/`have` (a state; `has been` -> `been`),
   unless that is the auxiliary of a verb that reports no event.
4. Date (`dated-clause`): the time expression (context.dates) nearest to the trigger in its
   clause, on the same side of quotation marks; a participle clause that follows its clause
   (`..., citing flaws`) uses that clause's. A month, week or year dates only a past action
   placed in it (`began in late February`), not a measured period (`a profit for the last year`)
   or a report; a day after `of/until/from/by/...` does not date a verb; a past action is never
   dated after the publication day, a present or scheduled one never before it, and a present
   perfect (`has been pushed back`) never by a past time. An event noun that is the subject of
   a verb dated so takes the verb's date (`since the war began in late February`); a frame noun
   (`the attacks of the war`) is not dated by its clause's day.
5. Date (`dated-sentence`): the one day named elsewhere in the sentence, when the tenses agree
   (a past action or event noun with an earlier day, a present or scheduled one with a later day).
6. Date (`narrative-date`): a trigger that is neither a report nor in the present tense, in a
   sentence with no time expression, takes the day of the last dated past action (within a year
   of publication) or, for a scheduled trigger, of the last dated scheduled event, within the
   three sentences before.
7. Date (`published`): otherwise the publication date (context.published), span None; None when
   the publication date is unknown.
8. Date (`occasion-date`): when the article's first dated main-clause statement or action, in
   the lead (first eight sentences), lies one to seven days before publication (`Ford said on
   Tuesday ...`), the article's other past statements, actions and event nouns dated by rule 7
   take that day: news reports one recent occasion.
9. Date (`same-event`): an event noun named again with the same words (`maiden flight`) takes
   the one day the article gave it elsewhere.
10. Date (`relative-date`), last: days counted from another event move the day the rules above
    gave: `A day before the announcement, GM said` (the main clause, from its own day), `comes
    a day after Chrysler released` (the clause after `after`, from the day of `comes`), `Two
    days earlier`; a past event never lands after publication.
11. `who`: the `by` agent of a passive (none for an agentless passive); else the subject noun
    phrase left of the verb group (its name if the name is the head: `analyst Ana Diaz`;
    the name before an apposition, or before its acronym: `Louis Martin, the chief executive,
    said`); the antecedent of `, which/who`; a pronoun (`we` included) or `the company` resolves
    to the last person or organisation named as a subject; `"...," said Jane Doe` takes the name
    after the verb; an event noun takes its `by` agent, its possessor (`Boeing's protest`) or
    the name after its determiner (`the Air India order`); a fronted participle takes the main
    clause's subject (`Citing safety, Airbus announced`), `with NP V-ing` its NP; other
    infinitives and participles share the subject of their clause.
12. `where`: proper-name runs after `in/at/near/from/...` (not a person's name after `from`),
    known countries (GeoNames names included), cities and US states, place acronyms (`U.S.`,
    `EU`) and names ending in a place word (`... Airport`); the places of an `-ing` aside with no
    event go to the clause before. A known place that is the actor, named before the trigger
    and before a place a preposition marks, is not also the place (`Russia fired ... in
    Ukraine`: Ukraine).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..model import DateMention, Event, EventDate, Span
from ..doc import Doc
from ..lexicon.titles import PERSON_NOUNS, TITLE_WORDS
from ..names import is_person_name, strip_possessive
from ..lexicon.events import CLAUSE_OPENERS, EVENT_NOUNS, SUBJECT_PRONOUNS
from ..lexicon.grammar import LY_NOT_ADVERBS
from ..lexicon.names import NOT_NAMES
from ..lexicon.organizations import GENERIC_ACTORS
from ..lexicon.places import DEMONYMS, PLACES, PLACE_ACRONYMS, PLACE_HEADS, PLACE_PHRASES, PLACE_PREPOSITIONS
from ..lexicon.speech import REPORTING
from ..lexicon.titles import AMBIGUOUS_TITLES, TITLES
from ..lexicon.verbs import AUXILIARIES, ING_ADJECTIVES, IRREGULAR_PARTICIPLE, IRREGULAR_PAST, MODALS, MODALS_FUTURE, NOT_PAST_ED, OPINION, STATIVE, VERBS

# ---------------------------------------------------------------- tokens
_ACRONYM = r"(?:[A-Z]\.){2,}"
_WORD = r"[^\W\d_][\w'’\-]*"  # any script's letters: "Zürich", "José"
_NUMBER = r"\d(?:[\d,.:/\-]*\d)?"
_PUNCT = r"--|[;:,()\"“”—–!?]"
_TOKEN = re.compile(f"{_ACRONYM}|{_WORD}|{_NUMBER}|{_PUNCT}")

_DETERMINERS = frozenset(
    """the a an its his her their our my your this that these those some many all no any
    every each more most very newly recently previously originally already""".split()
)
_PREPOSITIONS = frozenset(
    """in at on of for with by from to into onto near over under about against between
    among across through during since until after before without within toward towards
    including like than per via throughout amid despite beyond behind around along alongside
    upon outside inside beside besides except""".split()
)
_BE = frozenset("be is are was were been being am 's 're".split())
_HAVE = frozenset("have has had having 've".split())
_NAME_LINKS = frozenset("of for & de du von van der al".split())
# Verb forms that work as prepositions, and raising verbs before "to" ("is expected to rise"):
# the event is the verb that follows.
_PREPOSITION_LIKE = frozenset("including compared according regarding concerning following given".split())
_RAISING = frozenset("expected going supposed set due likely".split())
_PRONOUN_REFERENT = {"he": "person", "she": "person", "it": "org", "they": "org", "we": "org"}
_RELATIVES = frozenset("which who whom whose".split())
_SUBORDINATORS = frozenset("while when after before because although though since if as once unless until".split())
_MAX_PHRASE = 10  # tokens of a subject noun phrase
_PHRASE_STOPS = frozenset(
    """that which who whom whose where when while because if as than but or not although though
    unless whereas once""".split())
_FINITE_STATES = frozenset("is are was were has have had".split())
_QUANTIFIERS = frozenset("least most more than about some several many few dozens hundreds thousands".split())
_ADVERBS = frozenset(
    """otherwise however also meanwhile instead therefore thus still even twice once again
    better early earlier later soon ago far so too very almost nearly only then""".split())
_OBJECT_PRONOUNS = frozenset("me us him her them".split())
_PLURAL_PRONOUNS = frozenset("i we you they".split())
_PRONOUNS_ALL = frozenset("i we you they he she it me us him her them".split())
_NOT_VERBS = _DETERMINERS | _PREPOSITIONS | AUXILIARIES | frozenset(
    """not also now then still just only even never there here who which what that and or but
    all both each one two three four five six seven eight nine ten well
    themselves himself herself itself myself ourselves yourselves""".split())
_PLACE_ONLY_PREPS = frozenset("to into toward towards".split())
# Prepositions before a time expression that measure a period rather than place an event in it.
_PERIOD_PREPOSITIONS = frozenset("for from to between until till through of than by over before after since".split())
_PAST = frozenset(("past", "perfect"))
_PAST_LIKE = frozenset(("past", "perfect", "noun", "nonfinite"))
_OCCASION_REACH_DAYS = 7
_OCCASION_LEAD = 8  # sentences: the occasion is set in the lead
_OCCASION_KINDS = frozenset(("past", "perfect", "nonfinite", "noun"))
_NARRATIVE_REACH = 3  # sentences a narrative date carries over
_NARRATIVE_DAYS = 365  # a backstory from years ago does not carry over
_MAX_SENTENCE = 300  # tokens
_ADVERB_SKIP = frozenset("not never also now then already still just only soon later first finally n't well".split())
# Words after which a verb form is a counted or ordered noun ("three sets", "the second set").
_COUNT_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred hundreds thousand thousands million millions several few many both dozen dozens""".split())
_COUNT_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")  # "40 states"; not a model number ("787-8 holds")
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last final".split())


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    low: str
    cap: bool
    quoted: bool = False
    after_hyphen: bool = False  # joined by a hyphen to the token before ("1-ranked")


_QUOTE_MARKS = frozenset('"“”')
_TRAILING = frozenset("'’-")


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Word and punctuation tokens; each knows whether it stands inside quotation marks."""
    out: list[_Tok] = []
    append = out.append
    inside = False
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if word in _QUOTE_MARKS:
            inside = word != "”" and (word == "“" or not inside)
            continue
        at = m.start()
        if word[-1] in _TRAILING:
            # Trailing apostrophes and hyphens belong to punctuation ("Qantas'").
            word = word.rstrip("'’-") or word[0]
        low = word.lower()
        if "’" in low:
            low = low.replace("’", "'")
        append(_Tok(word, at, at + len(word), low, word[0].isupper(), inside, at > start and text[at - 1] == "-"))
    return out


# ---------------------------------------------------------------- verbs
@lru_cache(maxsize=8192)
def _base_of(low: str) -> str | None:
    """The known base verb behind an inflected form, or None."""
    if low in VERBS:
        return low
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""),
                         ("ed", "e"), ("ied", "y")):
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            stem = low[: -len(suffix)] + repl
            if suffix == "es" and not stem.endswith(("s", "x", "z", "ch", "sh", "o")):
                continue  # "planes" is not "plan" + "es"
            if stem in VERBS:
                return stem
            # Doubled consonant: "planned", "stopping".
            if suffix in ("ed", "ing") and not repl and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in VERBS:
                return stem[:-1]
    return None


def _is_regular_past(low: str) -> bool:
    return len(low) >= 4 and low.endswith("ed") and low not in NOT_PAST_ED and not low.endswith("eed")


def _prev_word(toks: list[_Tok], i: int, lo: int) -> tuple[int, _Tok | None]:
    """The previous token, skipping a few adverbs ("will now receive")."""
    j = i - 1
    while j > lo and _is_adverb(toks[j]):
        j -= 1
    return (j, toks[j]) if j >= lo else (j, None)


def _is_aux(low: str) -> bool:
    """An auxiliary or modal, negated ones included ("haven't", "won't")."""
    return low in AUXILIARIES or low.endswith("n't")


def _is_adverb(tok: _Tok) -> bool:
    """A few adverbs and lower-case `-ly` words ("will now receive", "has unexpectedly won")."""
    return tok.low in _ADVERB_SKIP or (tok.low.endswith("ly") and not tok.cap and tok.low not in LY_NOT_ADVERBS)


# Words no rule of _classify makes a trigger (function words that are no verb or event noun in
# any form): rejected at once, as most tokens of a sentence are such words.
_NEVER_TRIGGERS = AUXILIARIES | STATIVE | frozenset(
    w for w in _NOT_VERBS
    if not (w in VERBS or w in EVENT_NOUNS or w in IRREGULAR_PAST or w in IRREGULAR_PARTICIPLE or w in REPORTING
            or w.endswith(("s", "ed", "ing")) or _base_of(w) is not None))


def _classify(toks: list[_Tok], i: int, lo: int, sent_first: int) -> str | None:
    """The kind of trigger toks[i] is: past, future, present, nonfinite, noun; None if none."""
    tok = toks[i]
    low = tok.low
    if low in _NEVER_TRIGGERS or not tok.text[0].isalpha():
        return None
    if tok.cap and i != sent_first:
        return None  # a name, not a verb
    if tok.cap and low in NOT_NAMES:
        return None
    j, prev = _prev_word(toks, i, lo)
    plow = prev.low if prev is not None else ""
    if (low in _PREPOSITION_LIKE and not (plow in _HAVE or plow in _BE)) or (
            low in _RAISING and i + 1 < len(toks) and toks[i + 1].low == "to"):
        return None  # "given the cost", "is expected to rise"; but "has given a boost"
    base = _base_of(low)
    if plow in _DETERMINERS:
        return "noun" if low in EVENT_NOUNS else None
    if tok.after_hyphen and i > 0 and toks[i - 1].text[0].isdigit() and toks[i - 1].end == tok.start - 1:
        return None  # "the No. 1-ranked player", "a 5-seeded team": joined to a number, an adjective
    if prev is not None and not prev.cap and (
            plow in _ORDINALS or low.endswith("s") and (plow in _COUNT_WORDS or _COUNT_NUMBER.fullmatch(prev.text))):
        return "noun" if low in EVENT_NOUNS else None  # "the second set", "three sets", "two goals"

    if _is_regular_past(low) and (_adjectival(toks, i, prev) or (
            _base_of(low) is None and (low.startswith("un") or "-" in low))):
        return None  # "of iodised salt", "149 confirmed orders", "unprecedented", "state-owned"
    if low in ING_ADJECTIVES:
        return None
    participle_only = low in IRREGULAR_PARTICIPLE and low not in IRREGULAR_PAST and not (plow in _BE or plow in _HAVE)
    if participle_only and low not in VERBS:
        return None  # "taken" needs `has` or `was`; "run" may still be a base form
    if not participle_only and (low in IRREGULAR_PAST or _is_regular_past(low) or low in IRREGULAR_PARTICIPLE):
        if plow in MODALS_FUTURE or (plow in _HAVE and _prev_low(toks, j, lo) in MODALS_FUTURE):
            return "future"
        if plow == "be" and _prev_low(toks, j, lo) in MODALS_FUTURE:
            return "future"
        if (plow in MODALS or plow in ("do", "does", "did", "didn't", "don't", "doesn't")) and low in VERBS:
            return "nonfinite"  # "could cut", "did put": base forms that look like past ones
        if plow == "to":
            if low not in VERBS:
                return None  # "to" + past form: an adjective or a slip
            # "to cut", "to set": base forms that look like past ones.
            return "future" if _prev_low(toks, j, lo) in _BE else "nonfinite"
        if plow in ("has", "have", "'ve") or (plow == "been" and _prev_low(toks, j, lo) in ("has", "have")):
            return "perfect"  # present perfect: news of now ("has posted a loss", "has been delayed")
        return "past"
    if base is not None:
        if plow in MODALS or plow == "to":
            if plow in MODALS_FUTURE or (plow == "to" and _prev_low(toks, j, lo) in ("is", "are", "was", "were")):
                return "future"
            return "nonfinite"
        if low.endswith("ing"):
            if _ing_noun(toks, i, j, lo):
                return "noun" if low in EVENT_NOUNS else None  # "the rectangular building covers"
            return "nonfinite"
        if low != base and low.endswith("s"):
            if plow in _DETERMINERS or plow.endswith(("'s", "s'")):
                # The plural of a verb's noun right after its determiner: "Boeing's plans", "their
                # claims"; no event unless the noun names one ("the companies' names").
                return "noun" if low in EVENT_NOUNS or low in REPORTING else None
            if _noun_phrase_before(toks, i, lo) or (
                    low in EVENT_NOUNS and (prev is None or plow in _PREPOSITIONS
                                            or not (prev.cap or plow in SUBJECT_PRONOUNS))):
                return "noun"  # the plural of a verb's noun: "their new claims"
            if prev is not None and not (plow in SUBJECT_PRONOUNS or plow in _RELATIVES or plow == "that"
                                         or low in REPORTING or _subject_ends(toks, j, lo)):
                return "noun" if low in EVENT_NOUNS else None  # "civil police posts": a compound noun
            return "present"
        if plow in _PLURAL_PRONOUNS or plow in _RELATIVES or plow == "that" or \
                (prev is not None and prev.low.split("'")[0] in _PLURAL_PRONOUNS):
            return "present"  # "we build", "they sell", "which choose"
        if low in EVENT_NOUNS:
            return "noun"
        return None
    if low in REPORTING:
        return "present" if low.endswith("s") else "nonfinite"
    if low in EVENT_NOUNS:
        return "noun"
    if not tok.cap and low.isalpha() and low not in _NOT_VERBS and not low.endswith("ly"):
        # An unknown word where only a verb can stand: after a modal, after a plural pronoun.
        if plow in MODALS:
            return "future" if plow in MODALS_FUTURE else "nonfinite"
        if plow in _PLURAL_PRONOUNS or plow == "who":
            return "present"
        if low.endswith("ing") and len(low) > 5 and plow in _BE:
            return "nonfinite"
    return None


def _ing_noun(toks: list[_Tok], i: int, j: int, lo: int) -> bool:
    """An `-ing` word after determiner + modifier and before a noun or a finite verb is a noun
    ("the rectangular building covers", "a new funding round", "the bankruptcy filing showed"),
    not a participle with an object or a complement ("the company building a plant", "the
    people working on it")."""
    if j - 1 < lo or j != i - 1:
        return False
    prev, before = toks[j], toks[j - 1]
    if before.low not in _DETERMINERS or prev.cap or not prev.low.isalpha() or prev.low.endswith("s") \
            or prev.low in _NOT_VERBS or prev.low in _BE or prev.low in _HAVE or toks[i].start - prev.end != 1:
        return False
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.start - toks[i].end == 1 and nxt.low.isalpha() and not nxt.cap and not (
        nxt.low in _NOT_VERBS and nxt.low not in _BE or nxt.low in _PRONOUNS_ALL or nxt.low in CLAUSE_OPENERS
        or nxt.low in ("as", "so", "to", "up", "out", "off", "down", "back", "away") or _is_adverb(nxt))


def _adjectival(toks: list[_Tok], i: int, prev: _Tok | None) -> bool:
    """An `-ed` word between a preposition, number or quantifier and a noun modifies the noun."""
    if prev is None or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.cap or not nxt.low.isalpha() or nxt.low in _NOT_VERBS or nxt.low in _PRONOUNS_ALL:
        return False
    if prev.low.endswith(("'s", "s'")) or (prev.low in _COUNT_WORDS and prev.low != "both"):
        return True  # "Ford's improved offer", "three mixed classes"
    return (prev.low in _PREPOSITIONS or prev.text[0].isdigit() or prev.low in _QUANTIFIERS) and prev.low != "by"


def _noun_phrase_before(toks: list[_Tok], i: int, lo: int) -> bool:
    """Whether toks[i] closes a noun phrase opened by a determiner or possessive just before
    ("their individual claims", "Boeing's plans")."""
    for j in range(i - 1, max(lo, i - 3) - 1, -1):
        low = toks[j].low
        if low in _DETERMINERS or low.endswith(("'s", "s'")):
            return True
        if toks[j].cap or not low.isalpha() or low in AUXILIARIES or low in _PREPOSITIONS:
            return False
    return False


def _subject_ends(toks: list[_Tok], j: int, lo: int) -> bool:
    """Whether toks[j] can end a subject noun phrase: a name, or a noun opened by a determiner,
    possessive or name just before ("the Biden administration wants")."""
    if toks[j].cap:
        return True
    for k in range(j - 1, max(lo, j - 3) - 1, -1):
        low = toks[k].low
        if low in _DETERMINERS or low.endswith(("'s", "s'")) or toks[k].cap:
            return True
        if not low.isalpha() or low in AUXILIARIES or low in _PREPOSITIONS:
            return False
    return False


def _prev_low(toks: list[_Tok], j: int, lo: int) -> str:
    k, tok = _prev_word(toks, j, lo)
    return tok.low if tok is not None else ""


# ---------------------------------------------------------------- clauses
def _clauses(toks: list[_Tok]) -> list[tuple[int, int, int | None]]:
    """Clauses as token ranges [lo, hi) with the index of the clause they resume, if any:
    in "Lee, who took over in March, said ..." the clause "said ..." resumes the first."""
    starts = [0]
    parents: dict[int, int] = {}
    relative_of: int | None = None  # the clause a ", which/who ..." clause interrupts
    subordinate = toks[0].low in _SUBORDINATORS if toks else False
    for i in range(1, len(toks)):
        low = toks[i].low
        prev = toks[i - 1].low
        cut = False
        resumes = None
        if prev in (";", "--", "—", "–", ":"):
            cut = True
        elif toks[i - 1].quoted and not toks[i].quoted and (
                low in REPORTING or (i + 1 < len(toks) and toks[i + 1].low in REPORTING)):
            cut = True  # '..., it added," said Jane Doe': the report is its own clause
        elif low in CLAUSE_OPENERS and prev not in _PREPOSITIONS and not _is_aux(prev):  # not "has since risen"
            cut = True
        elif low == "but":
            cut = True
        elif low == "and" and prev == "," and i + 1 < len(toks) and not toks[i + 1].cap:
            cut = True
        elif low in ("and", "but") and i + 1 < len(toks) and (
                toks[i + 1].low in SUBJECT_PRONOUNS or toks[i + 1].low in _PLURAL_PRONOUNS
                or (toks[i + 1].cap and not toks[i - 1].cap and _finite_after_name(toks, i + 1))):
            cut = True  # a new subject: "The broadcasts began on August 10 and South Korea says ..."
        elif low == "as" and i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].low not in NOT_NAMES \
                and _finite_after_name(toks, i + 1) and not (
                    prev in ("such", "same", "so") or _is_regular_past(prev) or prev in IRREGULAR_PAST
                    or prev in IRREGULAR_PARTICIPLE):  # not "known as KC-30s", "such as"
            cut = True  # "... results on Monday as Wells Fargo sank 5%": a clause of its own
        elif low == "that" and prev not in _PREPOSITIONS and prev not in ("so", "such", "now", "and", "or"):
            cut = True
        elif prev == "," and low.endswith("ing") and _base_of(low) is not None:
            cut = True
        elif prev == "," and subordinate and (low in SUBJECT_PRONOUNS or low in _PLURAL_PRONOUNS):
            cut = True  # "Since the war began, it has resisted ...": the main clause starts
        elif prev == "," and relative_of is not None and not toks[i].cap and \
                (low in IRREGULAR_PAST or _is_regular_past(low) or low in MODALS or low in _FINITE_STATES):
            cut = True
            resumes = relative_of
        if cut and i != starts[-1]:
            subordinate = low in _SUBORDINATORS
            if resumes is not None:
                parents[len(starts)] = resumes
                relative_of = None
            elif prev == "," and (low in _RELATIVES or low.endswith("ing")):
                relative_of = len(starts) - 1  # an aside: ", which ...," or ", speaking by video,"
            starts.append(i)
    bounds = starts + [len(toks)]
    return [(bounds[c], bounds[c + 1], parents.get(c)) for c in range(len(starts))]


def _finite_after_name(toks: list[_Tok], k: int) -> bool:
    """Whether a name starting at toks[k] is followed by a finite verb: a new subject."""
    while k < len(toks) and toks[k].cap:
        k += 1
    if k >= len(toks):
        return False
    low = toks[k].low
    return (low in AUXILIARIES or low in IRREGULAR_PAST or _is_regular_past(low) or low in REPORTING
            or (low.endswith("s") and _base_of(low) is not None))


# ---------------------------------------------------------------- names and places
def _is_name_word(tok: _Tok, first: bool, proper: set[str], nxt: _Tok | None = None) -> bool:
    """A capitalised word that can be part of a name; a sentence's first word only when the
    article also capitalises it elsewhere or a capitalised word follows it."""
    if not (tok.cap and tok.text[0].isalpha()) or tok.low in NOT_NAMES:
        return False
    if first:
        return (tok.low in proper or tok.low.endswith("'s") or tok.low in PLACES or tok.text.isupper()
                or (nxt is not None and _is_name_word(nxt, False, proper)))
    return True


def _name_runs(toks: list[_Tok], lo: int, hi: int, proper: set[str]) -> list[tuple[int, int]]:
    """Runs [a, b) of capitalised tokens that look like names."""
    runs: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        if not toks[i].cap:
            i += 1  # most words: no name starts here
        elif _is_name_word(toks[i], i == 0, proper, toks[i + 1] if i + 1 < hi else None):
            j = i + 1
            while j < hi:
                t = toks[j]
                if _is_name_word(t, False, proper):
                    j += 1
                elif t.low in _NAME_LINKS and j + 1 < hi and _is_name_word(toks[j + 1], False, proper):
                    j += 2
                else:
                    break
            # A lone nationality adjective before a common noun is no actor ("Russian missile").
            if not (j == i + 1 and toks[i].low in DEMONYMS):
                runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _run_text(text: str, toks: list[_Tok], a: int, b: int) -> str:
    # Drop leading titles and nationality adjectives before a personal name.
    k = a
    for m in range(b - 2, a - 1, -1):
        if toks[m].low in TITLES and (
                toks[m].low not in AMBIGUOUS_TITLES
                or is_person_name(strip_possessive(text[toks[m + 1].start:toks[b - 1].end]))):
            k = m + 1  # "General David Petraeus", but "General Motors Co." is a company
            break
    if k >= b:
        k = a
    while k < b - 1 and toks[k].low in _NAME_LINKS:
        k += 1
    # "(President of the) United States Barack Obama": a country before a person's name.
    for m in range(k + 1, min(b - 1, k + 4)):
        place = text[toks[k].start:toks[m - 1].end].lower()
        rest = text[toks[m].start:toks[b - 1].end]
        if (place in PLACE_PHRASES or place in PLACES) and is_person_name(strip_possessive(rest)):
            k = m
            break
    return strip_possessive(text[toks[k].start:toks[b - 1].end])


def _places(text: str, toks: list[_Tok], lo: int, hi: int, runs: list[tuple[int, int]]) -> list[str]:
    """Places of a clause: names after a place preposition ("in Kyiv") and known places; a
    known place that is not after a preposition is marked with a leading "\0" (it may be the
    actor rather than the place: "Russia fired ...")."""
    found: list[str] = []
    for a, b in runs:
        j = a - 1
        if j >= lo and toks[j].low == "the":
            j -= 1
        phrase = strip_possessive(text[toks[a].start:toks[b - 1].end])
        known = (phrase.lower() in PLACE_PHRASES or all(t.low in PLACES for t in toks[a:b])
                 or (phrase in PLACE_ACRONYMS and text[toks[b - 1].end:toks[b - 1].end + 1] != "$")
                 or toks[b - 1].low in PLACE_HEADS)
        prep = toks[j].low if j >= lo else ""
        # A title and a person's name ("Editor in Chief Emma Tucker") is a person, not a place.
        titled_person = b - a > 1 and toks[a].low in TITLES and is_person_name(
            strip_possessive(text[toks[a + 1].start:toks[b - 1].end]))
        marked = prep in PLACE_PREPOSITIONS and prep not in _PLACE_ONLY_PREPS and not _is_time_word(toks[a].low) \
            and not (prep == "from" and not known and is_person_name(phrase))  # "a letter from Jane Doe"
        if (known or marked) and not titled_person:
            if not marked:
                phrase = "\0" + phrase
            if phrase not in found and phrase.lstrip("\0") not in found:
                found.append(phrase)
    return found


def _where(places: tuple[str, ...], who: tuple[str, ...], before: str) -> tuple[str, ...]:
    """The places of an event: a known place named without a preposition is dropped when it is
    the actor, named before the trigger (`before`: the clause up to it) and before a place that a
    preposition marks ("Russia fired at cities in Ukraine": Ukraine, not Russia); alone it stays
    ("France banned the drug": in France)."""
    marked = [p for p in places if not p.startswith("\0")]
    out: list[str] = []
    for place in places:
        name = place.lstrip("\0")
        if place.startswith("\0") and name in who and marked:
            at = before.find(name)
            if at >= 0 and all(at < before.find(m) or before.find(m) < 0 for m in marked):
                continue
        if name not in out:
            out.append(name)
    return tuple(out)


def _is_time_word(low: str) -> bool:
    return strip_possessive(low) in NOT_NAMES  # "Monday's", "May's" are times, not places


# ---------------------------------------------------------------- dates
def _date_value(mention: DateMention, published: dt.date | None) -> str | None:
    """A day (or coarser calendar) value for an event anchored to this time expression."""
    if mention.type not in ("DATE", "TIME") or not mention.value:
        return None
    value = mention.value
    if value.startswith("XXXX-") and published is not None:
        value = f"{published.year:04d}{value[4:]}"  # a day without its year: the publication year
    if value == "PRESENT_REF":
        return published.isoformat() if published else None
    if _DAY_VALUE.match(value):
        return value[:10]
    if _MONTH_OR_WEEK.fullmatch(value):
        if published is not None and _contains(value, published):
            return published.isoformat()
        return value
    if _PERIOD.fullmatch(value):
        return value  # a year, quarter, half or season: kept as the TIMEX3 value says
    return None


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_OR_WEEK = re.compile(r"\d{4}-(?:\d\d|W\d\d)")
_PERIOD = re.compile(r"\d{2,4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?")  # also decades (199) and centuries (19)


def _contains(value: str, day: dt.date) -> bool:
    if "W" in value:
        year, week, _ = day.isocalendar()
        return value == f"{year:04d}-W{week:02d}"
    return value == day.isoformat()[:7]


# ---------------------------------------------------------------- main
@dataclass(slots=True)
class _Story:
    """What carries over from sentence to sentence while an article is read."""

    published: dt.date | None
    pub_value: str | None
    proper: set[str]
    memory: dict[str, str] = field(default_factory=dict)  # last person and organisation named
    narrative: tuple[str, int] | None = None  # (day, sentence index) of the last dated past action
    schedule: tuple[str, int] | None = None  # the same for the last dated scheduled event
    # trigger start -> (trigger start of the event counted from or None, days, past): see _date_by_offset
    offsets: dict[int, tuple[int | None, int, bool]] = field(default_factory=dict)


def extract_events(doc: Doc, dates: list[DateMention], published: dt.date | None) -> list[Event]:
    """Events of every sentence, with date, actors and places; ``dates`` are the time expressions
    that date them and ``published`` the day a report without one is dated to."""
    text = doc.text
    if not text:
        return []
    mentions = sorted((m for m in dates if m.type in ("DATE", "TIME", "DURATION")), key=lambda m: m.start)
    header = doc.header
    skip = header.day_end if header is not None and header.day_end > 0 else 0  # the "date" line is no clause
    sentences = [(s, e, toks) for s, e in doc.sentences
                 for toks in _chunks([t for t in _tokens(text, s, e) if t.start >= skip])]
    # Words the article capitalises inside a sentence are names even when they open one.
    proper = {t.low for _, _, toks in sentences for t in toks[1:] if t.cap and t.text[0].isalpha()}
    story = _Story(published, published.isoformat() if published else None, proper)
    found: list[tuple[Event, str, bool, int]] = []
    m_idx = 0
    for s_index, (_start, _end, toks) in enumerate(sentences):
        if not toks:
            continue
        while m_idx < len(mentions) and mentions[m_idx].end <= toks[0].start:
            m_idx += 1
        sent_dates: list[DateMention] = []
        k = m_idx
        while k < len(mentions) and mentions[k].start < toks[-1].end:
            sent_dates.append(mentions[k])
            k += 1
        found.extend(_sentence_events(text, toks, s_index, sent_dates, story))
    events = _date_by_occasion([e for e, _, _, _ in found], [k for _, k, _, _ in found],
                               [m and n < _OCCASION_LEAD for _, _, m, n in found], published)
    events = _date_by_mention(text, events, [k for _, k, _, _ in found])
    return _apply_offsets(events, story.offsets, story.pub_value)


def _date_by_mention(text: str, events: list[Event], kinds: list[str]) -> list[Event]:
    """An event named again with the same words ("its maiden flight") is the event the article
    dated once ("made its maiden flight on 3 May")."""
    days: dict[str, set[str]] = {}
    for event, kind in zip(events, kinds):
        if kind == "noun" and event.rule == "dated-clause" and event.date is not None and len(event.date.value) == 10:
            days.setdefault(_noun_key(text, event.trigger), set()).add(event.date.value)
    if not days:
        return events
    out = []
    for event, kind in zip(events, kinds):
        same = days.get(_noun_key(text, event.trigger)) if kind == "noun" else None
        if kind == "noun" and same is not None and len(same) == 1 and event.rule != "dated-clause":
            event = replace(event, date=EventDate(next(iter(same)), None, None, None), rule="same-event")
        out.append(event)
    return out


def _chunks(toks: list[_Tok]) -> list[list[_Tok]]:
    """A run-on "sentence" (no punctuation for pages) is read in pieces, to stay linear."""
    if len(toks) <= _MAX_SENTENCE:
        return [toks]
    return [toks[i:i + _MAX_SENTENCE] for i in range(0, len(toks), _MAX_SENTENCE)]


def _sentence_events(text: str, toks: list[_Tok], s_index: int, sent_dates: list[DateMention],
                     story: _Story) -> list[tuple[Event, str, bool, int]]:
    """The events of one sentence, each with its trigger kind, whether it may set the article's
    occasion (a main clause outside quotation marks) and the sentence's index."""
    published, pub_value = story.published, story.pub_value
    has_date = any(_date_value(m, published) for m in sent_dates)
    inherited = planned = None
    if not has_date and story.narrative is not None and s_index - story.narrative[1] <= _NARRATIVE_REACH:
        inherited = story.narrative[0]
    if not has_date and story.schedule is not None and s_index - story.schedule[1] <= _NARRATIVE_REACH:
        planned = story.schedule[0]
    quoted_at = {m.start: _quoted_at(toks, m.start) for m in sent_dates}
    sent_days = {v for m in sent_dates if (v := _date_value(m, published)) and len(v) == 10
                 and not quoted_at[m.start]}
    sent_day = next(iter(sent_days)) if len(sent_days) == 1 else None
    clauses = _clauses(toks)
    subject: tuple[str, ...] = ()
    out: list[tuple[Event, str, bool, int]] = []
    for lo, hi, parent in clauses:
        main = parent is not None or (toks[lo].low not in CLAUSE_OPENERS and toks[lo].low != "that")
        c_start, c_end = toks[lo].start, toks[hi - 1].end
        clause_text = text[c_start:c_end]  # one string for every event of the clause (memory stays linear)
        runs = _name_runs(toks, lo, hi, story.proper)
        clause_dates, resumed, where = _clause_context(text, toks, clauses, lo, hi, parent, runs,
                                                       sent_dates, story)
        quoted = [quoted_at[m.start] for m, _ in clause_dates]
        triggers = _triggers(toks, lo, hi)
        if where and out and toks[lo].low.endswith("ing") and not any(reports for _, _, reports in triggers):
            # An aside with no event of its own ("..., including the prime minister, at Changi
            # Airport"): its places belong to the events of the clause before.
            last = out[-1][0].start
            out = [(replace(e, where=e.where + tuple(p.lstrip("\0") for p in where
                                                     if p.lstrip("\0") not in e.where)) if e.start == last else e,
                    kind, is_main, n) for e, kind, is_main, n in out]
        for i, kind, reports in triggers:
            tok = toks[i]
            if kind == "noun":
                who, is_subject = _possessor(text, toks, runs, lo, i, story.memory), False
            else:
                who, is_subject = _actor(text, toks, runs, lo, hi, i, story.memory, resumed)
            if who and is_subject:
                _remember(story.memory, who[0], story.proper)
                subject = who
            who = who or subject
            if not reports:
                continue  # no event, but its subject is the clause's subject all the same
            frame = kind == "noun" and _frame_noun(toks, i, lo)
            date, rule = _anchor(tok, kind, [] if frame else clause_dates, published, pub_value,
                                 planned if kind == "future" else inherited, [] if frame else quoted)
            if rule != "dated-clause" and sent_day is not None and tok.low not in REPORTING and not tok.quoted \
                    and not frame \
                    and _tense_agrees(kind, sent_day, pub_value):
                date, rule = EventDate(sent_day, None, None, None), "dated-sentence"
            if rule == "dated-clause" and tok.low not in REPORTING and not tok.quoted:
                _advance_story(story, kind, date.value, s_index)
            event = Event(text=clause_text, start=c_start, end=c_end,
                          trigger=Span(tok.text, tok.start, tok.end),
                          date=date, who=who, where=_where(where, who, text[c_start:tok.start]), rule=rule)
            out.append((event, kind, main and not tok.quoted, s_index))
    _date_by_offset(toks, sent_dates, out, story)
    return _date_by_predicate(out)


def _frame_noun(toks: list[_Tok], i: int, lo: int) -> bool:
    """An event noun after another one and `of (the)` names the longer event that frames it
    ("the attacks of the war"): the day of the clause dates the first, not the frame."""
    j = i - 1
    if j >= lo and toks[j].low in ("the", "this", "that"):
        j -= 1
    if j - 1 < lo or toks[j].low != "of":
        return False
    head = toks[j - 1].low
    return head in EVENT_NOUNS or (head.endswith("s") and head[:-1] in EVENT_NOUNS)


def _date_by_predicate(out: list[tuple[Event, str, bool, int]]) -> list[tuple[Event, str, bool, int]]:
    """An event noun that is the subject of a dated verb of its clause takes the verb's date:
    in "since the war began in late February" the war is dated February, not by the default,
    and is no act of the sentence's subject."""
    for n, (event, kind, main, s_index) in enumerate(out):
        if kind != "noun" or event.rule == "dated-clause":
            continue
        for verb, v_kind, _, _ in out:
            if verb.start == event.start and verb.rule == "dated-clause" and v_kind != "noun" \
                    and verb.trigger.start > event.trigger.start and verb.who \
                    and verb.who[0].lower().split()[-1] == event.trigger.text.lower():
                # Its actor is only one named before it in the clause ("Boeing's protest"), not the
                # sentence's subject ("the United States has provided ... since the war began").
                head = event.text[:event.trigger.start - event.start]
                who = event.who if event.who and event.who[0] in head else ()
                out[n] = (replace(event, date=verb.date, who=who, rule="dated-clause"), kind, main, s_index)
                break
    return out


_OFFSET = re.compile(r"P(\d{1,3})([DW])")
_OFFSET_WORDS = {"before": -1, "earlier": -1, "after": 1, "later": 1}


def _date_by_offset(toks: list[_Tok], sent_dates: list[DateMention], out: list[tuple[Event, str, bool, int]],
                    story: _Story) -> None:
    """Days counted from another event (`relative-date`), noted in story.offsets and applied once
    the article's default days are known (_apply_offsets): "A day before the announcement, GM
    said ..." dates the main clause a day before the day it would otherwise get; "GM's move
    comes a day after Chrysler released a list" dates the clause after `after` a day before the
    event it follows."""
    for m in sent_dates:
        offset = _OFFSET.fullmatch(m.value or "") if m.type == "DURATION" else None
        if offset is None:
            continue
        k = next((n for n, t in enumerate(toks) if t.start >= m.end), None)
        if k is None or toks[k].low not in _OFFSET_WORDS:
            continue
        days = int(offset.group(1)) * (7 if offset.group(2) == "W" else 1)
        sign = _OFFSET_WORDS[toks[k].low]
        first = next(n for n, t in enumerate(toks) if t.end > m.start)
        if first == 0 or (first == 1 and not toks[0].text[0].isalnum()):
            # Fronted: the main clause after the comma is counted from its own default day.
            comma = next((n for n in range(k, len(toks)) if toks[n].low == ","), None)
            if comma is None:
                continue
            start, ref, shift = toks[comma].end, None, sign * days
        elif toks[k].low in ("before", "after"):
            # "X comes a day after Y happened": Y is counted back from X.
            before = [e for e, _, _, _ in out if e.trigger.end <= m.start]
            if not before:
                continue
            start, ref, shift = toks[k].end, before[-1].trigger.start, -sign * days
        else:
            continue
        for event, kind, _, _ in out:
            if event.trigger.start >= start and event.rule != "dated-clause":
                story.offsets[event.trigger.start] = (ref, shift, kind in _PAST_LIKE)


def _apply_offsets(events: list[Event], offsets: dict[int, tuple[int | None, int, bool]],
                   pub_value: str | None) -> list[Event]:
    """Move the events _date_by_offset noted by their days, from their own day or from the day
    of the event they are counted from; a past event never after publication."""
    if not offsets or pub_value is None:
        return events
    days = {e.trigger.start: e.date.value for e in events if e.date is not None}
    out = []
    for event in events:
        note = offsets.get(event.trigger.start)
        if note is not None and event.date is not None:
            ref, shift, past = note
            base = days.get(ref) if ref is not None else event.date.value
            day = _shift(base, shift) if base else None
            if day is not None and not (past and day > pub_value):
                event = replace(event, date=EventDate(day, None, None, None), rule="relative-date")
        out.append(event)
    return out


def _shift(value: str, days: int) -> str | None:
    """An ISO day moved by some days; None for anything but a day."""
    try:
        return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def _clause_context(text: str, toks: list[_Tok], clauses: list[tuple[int, int, int | None]], lo: int, hi: int,
                    parent: int | None, runs: list[tuple[int, int]], sent_dates: list[DateMention],
                    story: _Story) -> tuple[list[tuple[DateMention, str | None]], tuple[str, ...], tuple[str, ...]]:
    """A clause's time expressions, the subject it resumes after an aside, and its places."""
    clause_dates = _dates_within(toks, lo, hi, sent_dates)
    where = tuple(_places(text, toks, lo, hi, runs))
    if parent is None:
        if not clause_dates and lo >= 2 and toks[lo - 1].low == "," and toks[lo].low.endswith("ing") \
                and toks[lo].low not in _PREPOSITION_LIKE:
            # "The GAO on June 18 called for a re-run, citing flaws": a participle that follows
            # its clause happens with it.
            prev = [(a, b) for a, b, _ in clauses if b == lo]
            if prev:
                clause_dates = _dates_within(toks, prev[0][0], prev[0][1], sent_dates)
        return clause_dates, (), where
    p_lo, p_hi, _ = clauses[parent]
    if not clause_dates:
        # A main clause resumed after an aside: its dates are before the interruption.
        clause_dates = _dates_within(toks, p_lo, p_hi, sent_dates)
    last = p_hi - 1
    while last > p_lo and not toks[last].text[0].isalnum():
        last -= 1
    resumed = _phrase(text, toks, _name_runs(toks, p_lo, p_hi, story.proper), last, p_lo - 1,
                      forward=False, org=story.memory.get("org"))
    for a_lo, a_hi, _ in clauses[parent + 1:]:
        if a_lo >= lo:
            break
        if toks[a_lo].low.endswith("ing"):
            # Places of a participial aside belong to the main event ("speaking at a rally in Lima").
            aside = _places(text, toks, a_lo, a_hi, _name_runs(toks, a_lo, a_hi, story.proper))
            where += tuple(p for p in aside if p not in where)
    return clause_dates, resumed, where


_HYPOTHETICAL = frozenset("could should may might must can cannot ought".split())
_NEGATIONS = frozenset("not never n't".split())
_BARE_NOUN_PREPS = frozenset("in of on with by from into including toward towards".split())


def _unreported(toks: list[_Tok], i: int, lo: int, hi: int, kind: str) -> bool:
    """Whether a trigger names no event the article reports: a negated or hypothetical verb
    ("did not say", "could cut", "would require" outside a report), an opinion or prediction
    in a quotation (anything there but a past action), a bare event noun after a preposition
    ("in talks", "$5 billion in aid") or one that only modifies the noun after it ("a
    bankruptcy court")."""
    tok = toks[i]
    if tok.low in OPINION and kind != "noun" and not (i > lo and toks[i - 1].low in _BE):
        return True  # "investors believe"; but "is believed to be worth" reports an estimate
    if kind == "nonfinite" and tok.low.endswith("ing") and i + 1 < hi and i > lo \
            and _modifies_next(tok, toks[i + 1]) and _in_noun_phrase(toks[i - 1]):
        return True  # "a major restructuring programme", "the unit operating cost"
    if kind == "noun":
        j = i - 1
        if j >= lo and toks[j].low == "no":
            return True
        if j >= lo and toks[j].low in _BARE_NOUN_PREPS:
            return True
        if tok.low in EVENT_NOUNS and i + 1 < hi and _modifies_next(toks[i], toks[i + 1]):
            return True
        return False
    j = i - 1
    while j >= lo and (_is_aux(toks[j].low) or _is_adverb(toks[j]) or toks[j].low in _NEGATIONS):
        low = toks[j].low
        if low in _NEGATIONS or low.endswith("n't"):
            return True
        if (low in _HYPOTHETICAL or low == "would") and not _reported_modal(toks, j):
            return True
        j -= 1
    return False


def _reported_modal(toks: list[_Tok], m: int) -> bool:
    """Whether the modal at toks[m] opens the clause a reporting verb reports ("said it would
    cut", "warned that the firm could run out of money"): a plan or warning someone stated,
    not the writer's hypothesis. Only a subject (and `that`) may stand between them."""
    k = m - 1
    while k >= 0 and m - k <= _MAX_PHRASE:
        tok = toks[k]
        low = tok.low
        if low in REPORTING and not tok.cap:
            return not (k + 1 < len(toks) and toks[k + 1].low == "by")  # "reported by CNN, would"
        if not tok.text[0].isalnum():
            return False
        if low in AUXILIARIES or low in _NEGATIONS or low in OPINION or low in CLAUSE_OPENERS or (
                not tok.cap and low not in _DETERMINERS and low != "that" and (
                    low in IRREGULAR_PAST or _is_regular_past(low) or low.endswith("ing"))):
            return False  # another verb: the modal belongs to a clause of its own
        k -= 1
    return False


def _in_noun_phrase(prev: _Tok) -> bool:
    """Whether the word before an `-ing` form keeps it inside a noun phrase: a determiner,
    possessive, adjective or noun, not a verb, auxiliary or preposition ("stopped selling cars")."""
    low = prev.low
    if low in _DETERMINERS or low.endswith(("'s", "'")):
        return True
    if low.endswith("s") or low in PERSON_NOUNS:
        return False  # "laws banning migration", "people fleeing war": a participle after its subject
    return prev.text[0].isalpha() and not (
        low in _NOT_VERBS or low in _BE or low in _HAVE or _base_of(low) is not None or low in IRREGULAR_PAST
        or _is_regular_past(low) or low in REPORTING or low in CLAUSE_OPENERS)


def _modifies_next(tok: _Tok, nxt: _Tok) -> bool:
    """An event noun before a common noun that heads the phrase ("the restructuring
    programme", "sales figures"): a modifier, not an occurrence."""
    low = nxt.low
    if nxt.cap or not low.isalpha() or nxt.start - tok.end != 1:
        return False
    if low in EVENT_NOUNS and not (low.endswith("s") and _base_of(low) is not None):
        return True  # "a restructuring plan", "the test flight": the head is the event
    return not (low in _NOT_VERBS or low in CLAUSE_OPENERS or _is_adverb(nxt)
                or low in _ADVERBS or low in NOT_NAMES or low in _QUANTIFIERS or _ADJECTIVE_END.search(low)
                or _base_of(low) is not None or low in IRREGULAR_PAST or _is_regular_past(low)
                or low in _BE or low in _HAVE or low in STATIVE)


# Endings of adjectives, which a participle takes as part of its object ("gangs driving
# dangerous crossings"): the word after them is not the head of a compound.
_ADJECTIVE_END = re.compile(r"(?:ous|ful|less|ive|ible|able|ic|ical|ish)$")


def _advance_story(story: _Story, kind: str, day: str, s_index: int) -> None:
    """A dated action becomes the narrative date (past, within a year of publication) or the
    schedule (present or scheduled, after publication) for the next sentences."""
    if story.pub_value is None or len(day) != 10:
        return
    if kind in _PAST and day < story.pub_value and _days_between(day, story.published) <= _NARRATIVE_DAYS:
        story.narrative = (day, s_index)
    elif kind in ("future", "present") and day > story.pub_value:
        story.schedule = (day, s_index)


def _triggers(toks: list[_Tok], lo: int, hi: int) -> list[tuple[int, str, bool]]:
    """The triggers of a clause, each flagged False when it reports no event (_unreported); a
    clause with no action still states something ("GM has 6,246 dealers"): its first finite
    `be`/`have` then."""
    kinds = [(i, kind) for i in range(lo, hi)
             if (kind := _classify(toks, i, lo, 0)) is not None]
    found = []
    # After a negation, an opinion or a verb that reports no event, until the next finite verb
    # that does, nonfinite verbs and event nouns are no events either: "would require extensive
    # training", "want to avoid making moves", "did not announce a merger".
    governed = False
    k = lo
    for i, kind in kinds:
        while k < i:
            low = toks[k].low
            if low in _NEGATIONS or low.endswith("n't") or (low in OPINION and not (k > lo and toks[k - 1].low in _BE)):
                governed = True
            elif (low in _PREPOSITIONS and low != "to") or low == ",":
                governed = False  # "not alone in receiving a donation", "not to buy ... due to the ban"
            k += 1
        reports = not _unreported(toks, i, lo, hi, kind)
        if kind not in ("noun", "nonfinite"):
            governed = not reports and kind != "state"
        elif governed and toks[i].low not in REPORTING:
            reports = False
        elif not reports and kind == "nonfinite":
            governed = True  # "could carry": a verb after a modal
        found.append((i, kind, reports))
    if not any(reports for _, _, reports in found):
        verbs = {i for i, kind in kinds if kind != "noun"}
        for i in range(lo, hi):
            if toks[i].low in _FINITE_STATES and not _unreported(toks, i, lo, hi, "state"):
                k = i + 1
                while k < hi and (_is_adverb(toks[k]) or toks[k].low in _NEGATIONS or _is_aux(toks[k].low)):
                    k += 1
                if k < hi and (k in verbs or toks[k].low in _NEGATIONS or toks[i + 1].low in _NEGATIONS):
                    break  # the auxiliary of a verb that reports no event ("is hoping", "has not come")
                kind = "past" if toks[i].low in ("was", "were", "had") else "state"
                been = [b for b in range(i + 1, k) if toks[b].low == "been"]
                found.append((been[-1] if been else i, kind, True))  # "has been the critic": `been`
                found.sort()
                break
    return found


def _dates_within(toks: list[_Tok], lo: int, hi: int, sent_dates: list[DateMention]
                  ) -> list[tuple[DateMention, str | None]]:
    """The time expressions inside tokens [lo, hi), each with the preposition before it."""
    a, b = toks[lo].start, toks[hi - 1].end
    return [(m, _prep_before(toks, m.start, lo)) for m in sent_dates if m.start >= a and m.end <= b]


def _noun_key(text: str, trigger: Span) -> str:
    """An event noun with the word before it: "maiden flight", "charity flight"."""
    before = text[max(0, trigger.start - 40):trigger.start].split()
    return f"{before[-1].lower() if before else ''} {trigger.text.lower()}"


def _date_by_occasion(events: list[Event], kinds: list[str], main: list[bool],
                      published: dt.date | None) -> list[Event]:
    """Statements of an article that reports one recent occasion ("Ford said on Tuesday ...")
    are dated to that occasion, not to the publication day, unless they carry their own date."""
    if published is None:
        return events
    occasion = None
    for event, kind, is_main in zip(events, kinds, main):
        if is_main and event.rule == "dated-clause" and event.date is not None and len(event.date.value) == 10 \
                and (kind == "past" or event.trigger.text.lower() in REPORTING):
            try:
                day = dt.date.fromisoformat(event.date.value)
            except ValueError:
                continue
            if 0 < (published - day).days <= _OCCASION_REACH_DAYS:
                occasion = event.date.value
            break  # only the first dated statement or action sets the occasion
    if occasion is None:
        return events
    out = []
    for event, kind in zip(events, kinds):
        if event.rule == "published" and kind in _OCCASION_KINDS:
            event = replace(event, date=EventDate(occasion, None, None, None), rule="occasion-date")
        out.append(event)
    return out


def _prep_before(toks: list[_Tok], pos: int, lo: int) -> str | None:
    """The preposition just before a time expression starting at pos ("for the last year")."""
    for i in range(lo, len(toks)):
        if toks[i].start >= pos:
            j = i - 1
            while j >= lo and toks[j].low in ("the", "a", "an", "this", "that", "late", "early", "mid"):
                j -= 1
            return toks[j].low if j >= lo else None
    return None


def _quoted_at(toks: list[_Tok], pos: int) -> bool:
    """Whether the token at character pos stands inside quotation marks."""
    for tok in toks:
        if tok.end > pos:
            return tok.quoted
    return False


def _actor(text: str, toks: list[_Tok], runs: list[tuple[int, int]], lo: int, hi: int, i: int,
           memory: dict[str, str], resumed: tuple[str, ...] = ()) -> tuple[tuple[str, ...], bool]:
    """Who did it: the `by` agent of a passive, else the subject noun phrase left of the verb
    group (a pronoun resolves to the last actor), else the subject after a reporting verb
    ("..., said Jane Doe"), else the nearest name left of the trigger outside a prepositional phrase.
    The flag says whether the actor is a subject (the next pronoun may refer to it)."""
    k = i + 1
    while k < hi and _is_adverb(toks[k]):
        k += 1
    if k < hi and toks[k].low == "by" and i > lo and _passive(toks, i, lo):
        agent = _phrase(text, toks, runs, k + 1, hi, forward=True)
        if agent:
            return agent, False
    p = i - 1
    while p >= lo and _is_adverb(toks[p]):
        p -= 1
    if toks[i].low.endswith("ing") and (p < lo or toks[p].low not in _BE):
        if i == lo and lo >= 2 and toks[lo - 1].low == ",":
            # "Zelensky, speaking by video link, ...": the subject phrase just before the comma.
            before = _name_runs(toks, max(0, lo - 1 - _MAX_PHRASE), lo - 1, set())
            k = lo - 2
            while k >= 0 and lo - 2 - k < _MAX_PHRASE and toks[k].low not in _PREPOSITIONS \
                    and toks[k].low not in AUXILIARIES and toks[k].text[0].isalnum():
                k -= 1
            if k < 0 or toks[k].low in CLAUSE_OPENERS or not toks[k].text[0].isalnum():
                return _phrase(text, toks, before, lo - 2, k, forward=False), False
            return (), False
        if i == 0:
            # "Citing safety, Airbus announced ...": a fronted participle shares the subject of
            # the main clause after its comma.
            comma = next((k for k in range(i + 1, min(hi, i + 3 * _MAX_PHRASE)) if toks[k].low == ","), None)
            k = comma + 1 if comma is not None else hi
            while k < hi and k - comma <= _MAX_PHRASE and toks[k].low != "," and not (
                    _is_aux(toks[k].low) or (not toks[k].cap and _is_finite_verb(toks[k].low))):
                k += 1
            if comma is not None and comma + 1 < k < hi and toks[k].low != ",":
                # The subject ends where the main clause's verb begins: "U.S. officials have"; a
                # person's name opens it: "Jane Doe of The Daily Mail wrote".
                np = _phrase(text, toks, runs, comma + 1, k, forward=True)
                if not (np and is_person_name(np[0])):
                    np = _phrase(text, toks, runs, k - 1, comma, forward=False, org=memory.get("org"))
                if np:
                    return np, False
        k = i - 1
        while k >= lo and i - k <= _MAX_PHRASE and toks[k].text[0].isalnum() and toks[k].low != "with" \
                and not (_is_aux(toks[k].low) or toks[k].low in _PREPOSITIONS or toks[k].low in REPORTING):
            k -= 1
        if k >= lo and k < i - 1 and toks[k].low == "with":
            # "with senior officials saying ...": the phrase after `with` is the subject.
            np = _phrase(text, toks, runs, i - 1, k, forward=False, org=memory.get("org"))
            if np:
                return np, True
        return (), False  # a participle shares the subject of its clause
    j = i - 1
    while j >= lo and (_is_aux(toks[j].low) or _is_adverb(toks[j])):
        j -= 1
    if j >= lo and toks[j].low == "to":
        if j - 1 >= lo and toks[j - 1].low in _BE:
            j -= 2  # "the Home Office is to begin": scheduled, the subject is before `is`
        elif j - 2 >= lo and toks[j - 1].low in _RAISING and toks[j - 2].low in _BE:
            j -= 3  # "the plane is due to arrive"
        else:
            return (), False  # an infinitive shares the subject of its clause
    if any(t.low in _BE for t in toks[j + 1:i]) and toks[i].low not in REPORTING and _passive(toks, i, lo):
        return (), False  # the subject of a passive suffered it; no agent was named
    if j < lo and resumed:
        return resumed, True  # the subject before the aside: "Zelensky, speaking by video, presented"
    if toks[i].low in REPORTING and (j < lo or _QUOTE_MARKS & set(text[toks[j].end:toks[i].start])):
        after = _phrase(text, toks, runs, i + 1, hi, forward=True)
        if after:
            return after, True  # "...," said Jane Doe
    if j > lo and toks[j].low == "and" and toks[j - 1].low.isalpha() and toks[j - 1].low not in _BE:
        # "Judge Kaplan called the jurors into the courtroom and explained": a second
        # predicate shares the subject of the first finite verb of the clause.
        for v in range(lo, j):
            low = toks[v].low
            if not toks[v].cap and (low in IRREGULAR_PAST or _is_regular_past(low) or low in REPORTING
                                    and low.endswith("s")):
                return _actor(text, toks, runs, lo, hi, v, memory, resumed)
    if j == lo and toks[j].low in ("which", "who") and lo >= 2 and toks[lo - 1].low == ",":
        # "Qatar Airways, which chose the A350, ...": the name before the relative pronoun.
        before = _name_runs(toks, max(0, lo - 1 - _MAX_PHRASE), lo - 1, set())
        named = [(a, b) for a, b in before if b == lo - 1]
        if named:
            a, b = named[0]
            of = [n for n in range(a, b) if toks[n].low == "of"]
            if of and toks[a].low in TITLE_WORDS:
                a = of[-1] + 1  # "the Chief Executive Officer of General Motors, which filed"
            return (_run_text(text, toks, a, b),), False
    if j >= lo:
        pronoun = toks[j].low.split("'")[0]
        if pronoun in SUBJECT_PRONOUNS or pronoun in _PLURAL_PRONOUNS:
            ref = memory.get(_PRONOUN_REFERENT.get(pronoun, ""))
            return ((ref,) if ref else ()), True
        if toks[j].low == "," and j - 1 >= lo:
            # "Jeff Rathke, the department's spokesman, said": the name before the apposition.
            k = j - 1
            while k >= lo and toks[k].low != "," and j - k <= _MAX_PHRASE:
                k -= 1
            # The name just before the apposition, or before its acronym: "Acme Inc. (ACM), the maker".
            before = [(x, y) for x, y in runs if y == k or (
                toks[k - 1].low == ")" and k - 3 >= lo and toks[k - 3].low == "(" and y == k - 3)] if k > lo else []
            a = k + 1
            while a < j and toks[a].low in _DETERMINERS:
                a += 1
            named = [(x, y) for x, y in runs if x == a and y == j]
            if before and not (named and toks[k - 1].low in TITLES):
                return (_run_text(text, toks, *before[0]),), True
            if named and k > lo:
                # "The world's largest airliner, the Airbus A380, has made ...", "Ryanair CEO,
                # Michael O'Leary, justified ...": the aside names it.
                return (_run_text(text, toks, *named[0]),), True
            if k > lo:
                # "The development, first reported by CNN, would ...": the phrase before the aside.
                np = _phrase(text, toks, runs, k - 1, lo - 1, forward=False, org=memory.get("org"))
                if np:
                    return np, True
            j -= 1
        np = _phrase(text, toks, runs, j, lo - 1, forward=False, org=memory.get("org"))
        if np:
            return np, True
    best = None
    for a, b in runs:
        if b > i:
            break
        p = a - 1
        if p >= lo and toks[p].low == "the":
            p -= 1
        if p >= lo and toks[p].low in _PREPOSITIONS and not (p == lo and toks[p].low in CLAUSE_OPENERS):
            continue
        best = (a, b)
    if best is not None:
        return (_run_text(text, toks, *best),), True
    return (), False


def _is_finite_verb(low: str) -> bool:
    """A past form, a reporting verb or a verb's `-s` form: where a subject ends."""
    return (low in IRREGULAR_PAST or _is_regular_past(low) or low in REPORTING
            or (low.endswith("s") and _base_of(low) is not None and low not in EVENT_NOUNS))


def _remember(memory: dict[str, str], actor: str, proper: set[str]) -> None:
    """Keep the last named person and organisation, for pronouns and "the company"."""
    words = actor.split()
    place = actor.lower() in PLACE_PHRASES or actor.lower() in PLACES
    # Only names: every word capitalised, and a lone word one the article capitalises mid-sentence.
    if all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words) and \
            (len(words) > 1 or place or words[0].lower() in proper or words[0].isupper()):
        person = is_person_name(actor) and not place and not any(c.isdigit() for c in actor)
        memory["person" if person else "org"] = actor


def _possessor(text: str, toks: list[_Tok], runs: list[tuple[int, int]], lo: int, i: int,
               memory: dict[str, str]) -> tuple[str, ...]:
    """The owner of an event noun: "Boeing's protest", "GM's planned cancellation", "the
    firm's decision" (the organisation named before)."""
    if i + 2 < len(toks) and toks[i + 1].low == "by":
        agent = _phrase(text, toks, runs, i + 2, len(toks), forward=True)
        if agent and agent[0][:1].isupper():
            return agent  # "the announcement by General Motors"
    named = [(a, b) for a, b in runs if b == i and a - 1 >= lo and toks[a - 1].low in _DETERMINERS
             and not (a - 2 >= lo and toks[a - 2].low == "of")]  # not "the Man of the Match award"
    if named and not toks[i].cap:
        return (_run_text(text, toks, *named[0]),)  # "the Air India order"
    for j in range(i - 1, max(lo, i - 4) - 1, -1):
        if toks[j].low.endswith(("'s", "'")):
            if _is_time_word(toks[j].low):
                return ()  # "Tuesday's losses": a time, not an owner
            for a, b in runs:
                if a <= j < b:
                    return (strip_possessive(_run_text(text, toks, a, b)),)
            owner = strip_possessive(toks[j].low)
            if owner in GENERIC_ACTORS and memory.get("org"):
                return (memory["org"],)
            return ()
        if not toks[j].text[0].isalnum():
            return ()
    return ()


def _passive(toks: list[_Tok], i: int, lo: int) -> bool:
    """A participle after a form of `be` ("was approved"), or a bare one ("attended by")."""
    low = toks[i].low
    if not (_is_regular_past(low) or low in IRREGULAR_PAST or low in IRREGULAR_PARTICIPLE):
        return False
    j = i - 1
    while j >= lo and _is_adverb(toks[j]):
        j -= 1
    return j < lo or toks[j].low in _BE or toks[j].low not in _HAVE


def _phrase(text: str, toks: list[_Tok], runs: list[tuple[int, int]], start: int, stop: int,
            forward: bool, org: str | None = None) -> tuple[str, ...]:
    """The noun phrase that starts at token `start` and runs towards `stop` (exclusive):
    its last name when it has one ("analyst Ana Diaz"), else its words ("the company")."""
    step = 1 if forward else -1
    k = start
    taken = 0
    while k != stop and 0 <= k < len(toks) and taken < _MAX_PHRASE:
        low = toks[k].low
        if not toks[k].text[0].isalnum() or low in _PHRASE_STOPS:
            break
        inside_name = (low in _NAME_LINKS and 0 < k < len(toks) - 1 and toks[k - 1].cap and toks[k + 1].cap)
        if (low in _PREPOSITIONS and low != "of" and not inside_name) or _is_aux(low):
            break
        if not toks[k].cap and (low in REPORTING or low in OPINION or low in IRREGULAR_PAST or _is_regular_past(low)
                                or (low.endswith("ing") and _base_of(low) is not None)
                                or (low in VERBS and low not in EVENT_NOUNS) or low in _ADVERBS
                                or low in _OBJECT_PRONOUNS or _is_adverb(toks[k])):
            break
        k += step
        taken += 1
    if taken == 0:
        return ()
    a, b = (start, k) if forward else (k + 1, start + 1)
    while a < b and (toks[a].low in ("of", "and", "at") or toks[a].low in _QUANTIFIERS):
        a += 1
    while b > a and (toks[b - 1].low in ("of", "and", "the", "a", "an") or toks[b - 1].low in NOT_NAMES
                     and not toks[b - 1].cap and b - 1 > a):
        b -= 1
    if a >= b:
        return ()
    if all(t.low.split("'")[0] in NOT_NAMES or t.text[0].isdigit() or t.low in _QUANTIFIERS for t in toks[a:b]):
        return ()  # a time ("on Tuesday") or a bare number ("at least 107"), not an actor
    if not forward and a >= 2 and toks[a - 1].low == "," and any(t.low in TITLES for t in toks[a:b]):
        named = [(x, y) for x, y in runs if y == a - 1]
        if named:
            # "Ann Lee, president and CEO of Acme Corp, said": the person, not the company.
            return (_run_text(text, toks, *named[0]),)
    inside = [(x, y) for x, y in runs if a <= x and y <= b and not all(t.low in TITLES for t in toks[x:y])]
    if inside and not forward and inside[-1][1] < b and toks[b - 1].low not in TITLES and b - a <= 5:
        # The name only qualifies a common head ("two senior U.S. officials"): the whole phrase.
        while toks[a].low in _DETERMINERS:
            a += 1
        return (text[toks[a].start:toks[b - 1].end],)
    if inside:
        x, y = inside[0] if forward else inside[-1]
        return (_run_text(text, toks, x, y),)
    if not forward and a >= 2 and toks[a - 1].low == ",":
        # An apposition ("Louis Martin, the chief executive, said"): the name before it.
        before = [(x, y) for x, y in runs if y == a - 1]
        if before:
            return (_run_text(text, toks, *before[0]),)
    while a < b and toks[a].low in _DETERMINERS:
        a += 1
    if a >= b or all(t.low in _NOT_VERBS for t in toks[a:b]):
        return ()
    if b - a == 1 and toks[a].low in GENERIC_ACTORS and org:
        return (org,)  # "the company said": the organisation named before
    return (text[toks[a].start:toks[b - 1].end],)


def _anchor(tok: _Tok, kind: str, clause_dates: list[tuple[DateMention, str | None]], published: dt.date | None,
            pub_value: str | None, inherited: str | None, quoted: list[bool]) -> tuple[EventDate | None, str]:
    """The date of one trigger: its clause's time expression, else the narrative or publication day."""
    best = None
    best_gap = 1 << 60
    for n, (m, prep) in enumerate(clause_dates):
        if quoted[n] != tok.quoted:
            continue  # "Today" inside a quotation is the speaker's day, not the report's
        value = _date_value(m, published)
        if value is None:
            continue
        if len(value) != 10 and not _coarse_anchors(kind, tok.low, prep):
            continue
        if len(value) == 10 and kind != "noun" and prep in _PERIOD_PREPOSITIONS:
            continue  # "described the events of today", "has until June 1": not when it happened
        if kind in _PAST and pub_value is not None and len(value) == 10 and value > pub_value:
            continue
        if kind == "perfect" and pub_value is not None and value[:len(pub_value)] < pub_value[:len(value)]:
            continue  # "has been pushed back" is news of now; "begun two years ago" dates the aside
        if kind in ("present", "future") and pub_value is not None and len(value) == 10 and value < pub_value:
            continue  # "South Korea says the broadcasts, begun on August 10, will continue"
        gap = m.start - tok.end if m.start >= tok.end else tok.start - m.end
        if not _DAY_VALUE.match(m.value or ""):
            gap += 1 << 40  # a named day beats a month or week ("at the end of the month on April 29")
        if gap < best_gap:
            best, best_gap = (m, value), gap
    if best is not None:
        m, value = best
        return EventDate(value, m.text, m.start, m.end), "dated-clause"
    if inherited is not None and tok.low not in REPORTING and kind not in ("present", "state"):
        return EventDate(inherited, None, None, None), "narrative-date"
    if pub_value is not None:
        return EventDate(pub_value, None, None, None), "published"
    return None, "undated"


def _days_between(value: str, day: dt.date | None) -> int:
    """Days from an ISO day to the publication day (a large number when either is unknown)."""
    try:
        return (day - dt.date.fromisoformat(value)).days if day else 1 << 30
    except ValueError:
        return 1 << 30


def _tense_agrees(kind: str, day: str, pub_value: str | None) -> bool:
    """Whether a day named elsewhere in the sentence fits the trigger's tense: a past action or
    event noun with a day before publication, a present or scheduled one with a later day."""
    if kind == "state":
        return False
    if pub_value is None:
        return True
    return (day < pub_value) == (kind in _PAST_LIKE)


def _coarse_anchors(kind: str, low: str, prep: str | None) -> bool:
    """Whether a month, week or year dates this trigger: only a past action placed in it
    ("began in late February"), not a period measured ("profit for the last year")."""
    return kind in _PAST and low not in REPORTING and prep not in _PERIOD_PREPOSITIONS
