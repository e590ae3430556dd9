"""Subjects: who an attribution names, read from the words around its cue.

Rules, in order:
1. ``subject_before`` (X said): skip adverbs, dates and auxiliaries between subject and verb, a
   verb pair ("smiled and quipped"), a relative "who", a short parenthesis ("Gil Moss (D-N.Y.)");
   then, in order:
   a. an informed source: "people familiar with the matter", "a source close to the talks";
   b. NAME, APPOSITION, said: the name before the apposition (the apposition its title unless a
      relative clause, a participle or a clause: ", who voted against it,"), or the name that is the apposition
      ("The council's chairman, Piet Mol, said"); a person named before an apposition holding
      commas ("Dana Ortiz, Minister of Transport, Infrastructure and Communities, said");
   c. the noun phrase before the verb (``np_back``): a pronoun; a name with the title words right
      before it; a pair of people ("Ann Cole and Tom Reyes"); "NAME of/from/with PLACE/BODY": the
      person, the place no part of the name or title ("Senator Ann Cole of Vermont"), the body part
      of the title ("Tom Reyes of Acme Corp.", "Ola Berg with the Water Board"); "the mayor of
      Lakeport" (a description); else a description (``description``). After a preposition, the sentence's
      subject speaks; "Ola Berg with the Water Board" names the person; "a spokesman for Acme"
      is the representative's description.
2. ``subject_after`` (said X): a pronoun, a (titled) name (and "NAME of PLACE/BODY" as in 1c), a
   description opened by a determiner or
   headed by a person noun; "says Ann's partner, Tom Reyes": the name in apposition; the
   apposition after a name is its title ("said Ann Cole, chief executive of Acme,").
3. ``sentence_subject`` (..., saying): a pronoun or name opening the sentence, a description up to
   its verb, or the same after an introductory phrase and its comma.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..doc.names import runs
from ..lexicon.calendar import CALENDAR_UNITS
from ..lexicon.grammar import ARTICLES, DETERMINERS, LY_NOT_ADVERBS, NP_END_PREPOSITIONS
from ..lexicon.organizations import ORG_WORDS
from ..lexicon.quotes import (
    ADVERBIAL_PREPOSITIONS, AFFILIATION_PREPOSITIONS, BETWEEN_SUBJECT_AND_VERB, COORDINATORS, DESCRIPTION_OPENERS,
    FINITE_WORDS, INFORMED_DETERMINERS, INFORMED_LINKS, INFORMED_OBJECT_DETERMINERS, INFORMED_SOURCES, INFORMED_TAILS,
    NAME_END_WORDS, NOT_DESCRIPTION_OPENERS, NOT_HEADS, PROGRESSIVE_AUX, NAME_RELATIVES, REPRESENTATIVES,
    ROLE_PREPOSITIONS,
    SUBJECT_AFTER_BOUNDARIES,
    SUBJECT_BOUNDARIES, PRONOUN_GENDERS, FRONTED_SUBORDINATORS, WRITER_PRONOUNS,
)
from ..lexicon.titles import PERSON_NOUNS, TITLE_WORDS
from ..model import Span
from ..names import is_place, strip_possessive
from .clauses import is_clause
from .cues import SPEECH_FORMS
from .marks import ALL_MARKS
from .records import Context, Subject, latin

MAX_SUBJECT_WORDS = 12
_MAX_RELATIVE = 10  # words of a relative clause between a subject and its verb ("who asked ...")
# Where an unnamed source serves: "a doctor at the clinic", "workers from the plant".
_SERVING_PREPOSITIONS = frozenset("at in from inside with".split())
# Nouns of time and frequency, which head no description of a speaker ("several times").
_TIME_HEADS = frozenset(f"{u}s" for u in CALENDAR_UNITS) | frozenset(CALENDAR_UNITS) | {"time", "times", "occasions"}
_AFFILIATIONS = frozenset(("of", "from", "with"))  # "NAME of/from/with BODY": where the person is from
MAX_APPOSITION_WORDS = 24
_NP_STOPS = frozenset((",", ";", ":", "(", ")", "—", "–", "!", "?", "--"))


def _phrases(items: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, their spaces any run of spaces."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(items, key=len, reverse=True))


# Unnamed informed sources: "people familiar with the matter", "a source close to the talks".
_INFORMED = (rf"(?:(?:{_phrases(INFORMED_DETERMINERS)})\s+)?(?:[a-z]+\s+){{0,2}}(?P<who>{_phrases(INFORMED_SOURCES)})\s+"
             rf"(?:(?:{_phrases(INFORMED_LINKS)})"
             rf"\s+(?:(?:{_phrases(INFORMED_OBJECT_DETERMINERS)})\s+)?[\w’'-]+(?:\s+[a-z][\w-]*){{0,2}}"
             rf"|(?:{_phrases(INFORMED_TAILS)}))")
INFORMED_SOURCE = re.compile(r"\b(?i:" + _INFORMED + r")$")
# One of these stands in every match of _INFORMED (case-folded): the longest word of each link or tail.
_INFORMED_GUARDS = frozenset(max(link.split(), key=len) for link in INFORMED_LINKS | INFORMED_TAILS)
# ... and one of these: the source nouns ("officials"), rarer than the links ("in").
_INFORMED_WHO = frozenset(INFORMED_SOURCES)
_WRITER = re.compile(r"(?:i|we)(?:['’](?:d|m|ve|ll|re))?")  # the writer speaking, not a source
_ARTICLE = re.compile(rf"^(?:{_phrases(ARTICLES)})\s+")  # dropped from titles
_AGE = re.compile(r"[\d\s]+|aged? \d+")  # ", 50," is an age, not a title
# What may follow the name after an inverted verb ("said Smith, ..." / "said Smith in a statement").
_NAME_END = re.compile(r"\s*(?:$|[,.;:!?)\]—–\"“”]|(?:" + "|".join(sorted(NAME_END_WORDS)) + r")\b)")


def name_runs(ctx: Context, i: int, j: int) -> list[Span]:
    """The proper-name runs among words i..j-1 that can name a speaker (written in Latin script)."""
    return [run for run in runs(ctx.text, ctx.words, i, j) if latin(run.text)]


def capitalised_run(ctx: Context, m: int, j: int, limit: int) -> int:
    """The last of the capitalised words (A-Z) from word m on, space apart, at most ``limit`` of them
    and before word j; -1 when word m is not capitalised."""
    texts, text, words = ctx.words.text, ctx.text, ctx.words
    if m >= j or not "A" <= texts[m][0] <= "Z":
        return -1
    last = m
    while last + 1 < j and last + 1 - m < limit and "A" <= texts[last + 1][0] <= "Z" \
            and text[words.end[last]:words.start[last + 1]].isspace():
        last += 1
    return last


def _glued(ctx: Context, k: int) -> bool:
    """Whether word k is glued to the next one ("Corp.'s": the period ends no sentence)."""
    words = ctx.words
    return k + 1 < len(words) and words.end[k] == words.start[k + 1]


def _possessive_mark(ctx: Context, t: int, first: int) -> bool:
    """An apostrophe that makes a capitalised plural possessive ("Acme Farms' chief Ann Cole")."""
    texts, words = ctx.words.text, ctx.words
    return texts[t] in ("'", "’") and t > first and words.start[t] == words.end[t - 1] \
        and texts[t - 1][:1].isupper() and texts[t - 1][-1:] in ("s", "S")


def without_article(phrase: str) -> str:
    return _ARTICLE.sub("", phrase)


def is_adverb(word: str) -> bool:
    """A lower-case -ly adverb between a subject and its verb ("Heather finally confessed")."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in LY_NOT_ADVERBS


def skip_parenthesis(ctx: Context, lo: int, i: int) -> int:
    """The index before a short parenthesis ending at word i ("Moss (D-N.Y.)"), else i."""
    texts = ctx.words.text
    if i < lo or texts[i] != ")":
        return i
    k = i - 1
    while k >= lo and i - k <= 8 and texts[k] != "(":
        k -= 1
    return k - 1 if k >= lo and texts[k] == "(" else i


def subject_before(ctx: Context, lo: int, verb: int, verb_end: int = 0) -> Subject | None:
    """The subject right before a verb (at offset ``verb``): a pronoun, a (titled) name, a description."""
    words = ctx.words
    lo_k, j = ctx.doc.word_range(max(lo, verb - 200), verb)
    i = _before_verb(ctx, lo_k, j - 1, verb_end)
    if i < lo_k:
        return None
    informed = _informed_source(ctx, lo, words.end[i])
    if informed is not None:
        return informed
    if words.text[i] == ",":
        subject = appositive_subject(ctx, lo_k, i)
        if subject is None or not ctx.facts.person(ctx.facts.split(strip_possessive(subject.span.text))[1]):
            # "Dana Ortiz, Minister of Transport, Infrastructure and Communities, said"
            subject = person_before_commas(ctx, lo_k, i) or subject
        if subject is None and i - 1 >= lo_k:
            # "Ann Cole for the Water Board, says ...": a comma between a whole subject that opens
            # the sentence and its verb
            whole = plain_subject(ctx, lo_k, i - 1, lo, verb)
            start = None if whole is None else whole.phrase_start or whole.span.start
            if whole is not None and whole.kind == "name" and ctx.text[lo:start].strip() == "" \
                    and (whole.span.end == words.end[i - 1] or _affiliation_between(ctx, whole, i - 1)):
                return whole
        return subject
    return relative_subject(ctx, lo_k, i) or plain_subject(ctx, lo_k, i, lo, verb)


def _before_verb(ctx: Context, lo: int, i: int, verb_end: int) -> int:
    """The last word of the subject: i moved back over adverbs, dates, auxiliaries, "and", "who"."""
    words, dated = ctx.words, ctx.dated
    texts, lows = words.text, words.low
    progressive = ctx.text.startswith("ing", verb_end - 3) if verb_end else False
    while i >= lo and (lows[i] in BETWEEN_SUBJECT_AND_VERB or dated[i] or is_adverb(texts[i]) and i > lo
                       or progressive and lows[i] in PROGRESSIVE_AUX):
        i -= 1
    if i >= lo and texts[i] in ("on", "in") and i + 1 < len(words) and dated[i + 1]:
        i -= 1
    if i >= lo + 2 and texts[i] == "and" and texts[i - 1].islower() and texts[i - 1].endswith(("ed", "s")):
        i -= 2  # "Ines smiled and quipped"
    if i >= lo + 1 and lows[i] == "who":
        i -= 1  # "local farmers who say ...": the antecedent speaks
    return skip_parenthesis(ctx, lo, i)  # "Gov. Gil Moss (R-IN) said"


def _informed_source(ctx: Context, lo: int, end: int) -> Subject | None:
    """"people familiar with the matter said": the whole description, not "the matter"."""
    text = ctx.text
    a = max(lo, end - 90)
    # The description needs one of its source nouns and one of its link words: looking for them
    # among the window's words (90 characters, a bounded list) first is much cheaper than the pattern.
    i, j = ctx.doc.word_range(a, end)
    window = ctx.words.low[i:j]
    if _INFORMED_WHO.isdisjoint(window) or _INFORMED_GUARDS.isdisjoint(window):
        return None
    m = INFORMED_SOURCE.search(text, a, end)
    if m is None or m.start() != lo and text[m.start() - 1].isalnum():
        return None
    return Subject(Span(m.group(), m.start(), m.end()), "desc")


def person_before_commas(ctx: Context, lo: int, i: int) -> Subject | None:
    """A person's name at a clause start, then an apposition holding commas, then the verb."""
    words = ctx.words
    texts = words.text
    for j in range(i - 1, max(lo - 1, i - MAX_APPOSITION_WORDS), -1):
        w = texts[j]
        if words.low[j] in FINITE_WORDS or w in (";", "(", ")") or w in ALL_MARKS:
            return None
        if w != ",":
            continue
        cand = np_back(ctx, lo, j - 1)
        if cand is None or cand.kind != "name" or not ctx.facts.person(ctx.facts.split(cand.span.text)[1]):
            continue
        start = cand.span.start if cand.phrase_start is None else cand.phrase_start
        k = j - 1
        while k >= lo and words.start[k] >= start:
            k -= 1
        if k < lo or texts[k] in (",", ";", ":", "(", ".") or texts[k] in ALL_MARKS:
            cand.title = without_article(ctx.text[words.start[j + 1]:words.end[i - 1]])
            return cand
    return None


def appositive_subject(ctx: Context, lo: int, i: int) -> Subject | None:
    """NAME, APPOSITION, said (word i is the comma before the verb)."""
    words, text = ctx.words, ctx.text
    texts = words.text
    j = i - 1
    while j >= lo and texts[j] not in (",", ";", "(", ")") and texts[j] not in ALL_MARKS and i - j <= MAX_APPOSITION_WORDS:
        j -= 1
    if j < lo or texts[j] != "," or i - j - 1 < 1 or i - j > MAX_APPOSITION_WORDS:
        return None
    subject = np_back(ctx, lo, skip_parenthesis(ctx, lo, j - 1))
    inner = np_back(ctx, lo, i - 1)
    if inner is not None and inner.kind == "name" and (inner.span.start == words.start[j + 1] or all(
            texts[t][:1].isupper() or texts[t] == "and" for t in range(j + 1, i))) and (
            subject is None or subject.kind != "name"
            or ctx.facts.person(inner.span.text) and not ctx.facts.person(subject.span.text)):
        # "The council's chairman, Piet Mol, said": the name is the apposition.
        k = j - 1
        while k >= lo and (texts[k] not in (",", ";", "(", ")", ".") or texts[k] == "." and _glued(ctx, k)) \
                and texts[k] not in ALL_MARKS and j - k <= 10:
            k -= 1
        desc = text[words.start[k + 1]:words.end[j - 1]] if k + 1 <= j - 1 else ""
        inner.title = without_article(desc) or None
        inner.phrase_start = words.start[k + 1] if k + 1 <= j - 1 else inner.span.start
        return inner
    if subject is None or subject.kind != "name":
        return None
    if words.text[j + 1] in AFFILIATION_PREPOSITIONS and i - j > 2:
        # "Ann Cole, of the Water Board, said": the body she is with joins her title
        body = without_article(text[words.start[j + 2]:words.end[i - 1]])
        appos = text[words.start[j + 1]:words.end[i - 1]]
        if subject.title or body[:1].isupper():
            subject.title = f"{subject.title} {appos}" if subject.title else body
    elif _title_apposition(ctx, j + 1, i, clause_test=False):
        subject.title = without_article(text[words.start[j + 1]:words.end[i - 1]])
    return subject


def plain_subject(ctx: Context, lo: int, i: int, lo_offset: int, verb: int) -> Subject | None:
    """The noun phrase ending at word i as a subject (with fallbacks for PPs and organisations)."""
    words = ctx.words
    subject = np_back(ctx, lo, i)
    if subject is None or subject.kind == "pronoun":
        return subject
    k = i
    start = subject.span.start if subject.phrase_start is None else min(subject.phrase_start, subject.span.start)
    while k >= lo and words.start[k] >= start:
        k -= 1  # the word before the subject (and its article: "for the Harbour Police Department")
    if k >= lo + 1 and words.low[k] == "for" and words.low[k - 1] in REPRESENTATIVES:
        # "a spokesman for Ann Cole said": the spokesman speaks, for Ann Cole
        rep = np_back(ctx, lo, k - 1)
        if rep is not None and rep.kind == "desc" and len(rep.span.text.split()) <= 3:
            a, b = rep.span.start, subject.span.end
            return Subject(Span(ctx.text[a:b], a, b), "desc")
    if k >= lo + 1 and words.low[k] in _SERVING_PREPOSITIONS:
        # "an unnamed doctor at the clinic said", "two workers from the plant said": the person speaks,
        # described with where they serve
        person = np_back(ctx, lo, k - 1)
        if person is not None and person.kind != "pronoun" and _person_head(person.span.text):
            a, b = person.span.start, subject.span.end
            return Subject(Span(ctx.text[a:b], a, b), "desc")
    if subject.kind == "desc":
        if k >= lo and words.text[k] in NP_END_PREPOSITIONS and words.text[k] != "with":
            # "and in a brief reply on Friday said": the sentence's subject speaks
            # ("with officials saying ..." keeps its own subject)
            return sentence_subject(ctx, lo_offset, verb) or subject
        return subject
    if not ctx.facts.person(subject.span.text):
        # "Ola Berg with the Water Board says": the person before the organisation speaks.
        while k >= lo and words.low[k] in ARTICLES:
            k -= 1
        if k >= lo + 1 and words.text[k] in AFFILIATION_PREPOSITIONS:
            person = np_back(ctx, lo, k - 1)
            if person is not None and person.kind == "name" and ctx.facts.person(ctx.facts.split(person.span.text)[1]):
                person.title = person.title or subject.span.text
                return person
    return subject


def _affiliation_between(ctx: Context, person: Subject, i: int) -> bool:
    """Whether words from the end of a person's name to word i are an affiliation ("for the Water
    Board"): a preposition of affiliation, then a capitalised body."""
    k = ctx.doc.word_range(person.span.end, person.span.end + 1)[0]
    return k < i and ctx.words.text[k] in AFFILIATION_PREPOSITIONS and ctx.words.text[i][:1].isupper()


def _person_head(phrase: str) -> bool:
    """Whether a description's last word names a person or people ("doctor", "officials")."""
    head = phrase.rsplit(None, 1)[-1].lower()
    return head in PERSON_NOUNS or head in TITLE_WORDS or head[:-1] in PERSON_NOUNS or head[:-1] in TITLE_WORDS


def relative_subject(ctx: Context, lo: int, i: int) -> Subject | None:
    """"A person who asked for anonymity said", "Residents who fled the fire said": a description
    of people, then a relative clause whose subject is "who", ending at word i before the verb: the
    whole phrase (its head is the noun before "who")."""
    words = ctx.words
    if "who" not in words.low[max(lo, i - _MAX_RELATIVE):i]:
        return None  # the cheap test first: no "who" before the verb
    for t in range(i, max(lo, i - _MAX_RELATIVE) - 1, -1):
        w = words.text[t]
        if w in _NP_STOPS or w in ALL_MARKS or w == ".":
            return None
        if words.low[t] != "who" or t + 1 > i or not words.text[t + 1].islower() \
                or words.low[t + 1] in PRONOUN_GENDERS:
            continue
        person = np_back(ctx, lo, t - 1)
        if person is None or person.kind == "pronoun" or not _person_head(person.span.text):
            return None  # (a capitalised "Residents" opening the sentence is a description too)
        a, b = person.span.start, words.end[i]
        return Subject(Span(ctx.text[a:b], a, b), "desc")
    return None


def np_back(ctx: Context, lo: int, i: int) -> Subject | None:
    """The noun phrase ending at word i: a pronoun, a (titled) name, or a description."""
    if i < lo:
        return None
    words = ctx.words
    low = words.low[i]
    if _WRITER.fullmatch(low):
        return None  # the writer speaking, not a source
    if low in PRONOUN_GENDERS:
        return Subject(ctx.span(i, i + 1), "pronoun")
    first = _np_start(ctx, lo, i)
    if first < 0:
        return None
    a, b = words.start[first], words.end[i]
    names = name_runs(ctx, first, i + 1)
    if names and names[-1].end == b:
        return _named(ctx, first, i, names)
    return description(ctx.text[a:b], a, b)


def _np_start(ctx: Context, lo: int, i: int) -> int:
    """The first word of the noun phrase ending at word i; -1 when there is none (or it is too long)."""
    words = ctx.words
    texts, lows = words.text, words.low
    j = i
    while True:
        if j < lo:
            break
        if i - j >= MAX_SUBJECT_WORDS:
            return -1
        w = texts[j]
        if w in _NP_STOPS or w in ALL_MARKS or w == "." and j != i and not _glued(ctx, j):
            break
        if lows[j] in SUBJECT_BOUNDARIES or w in NP_END_PREPOSITIONS:
            break
        if w in SPEECH_FORMS and not (j > lo and lows[j - 1] in DETERMINERS):
            break  # a verb ends the subject, but "a tweet", "the statement" are nouns
        j -= 1
    first = j + 1
    if first > i:
        return -1
    if j >= lo + 2 and texts[j] == "," and lows[j - 2] in ARTICLES and texts[j - 1].islower() \
            and all(texts[t].islower() for t in range(first, i + 1)) and 1 <= i - first < 3 \
            and lows[first] not in DETERMINERS:
        # "the tall, soft-spoken engineer" (but "near the town, officials": a noun ends a clause; and
        # "about the delay, the minister": a determiner opens another noun phrase)
        first = j - 2
    return first


def _named(ctx: Context, first: int, i: int, names: list[Span]) -> Subject:
    """The subject of a noun phrase (words first..i) that ends with a name: the name and the title
    words right before it; a pair of people; "the mayor of Lakeport" is a description."""
    words, text = ctx.words, ctx.text
    a, b = words.start[first], words.end[i]
    name = names[-1]
    if len(names) >= 2 and text[names[-2].end:name.start] == " and " \
            and ctx.facts.person(names[-2].text) and ctx.facts.person(name.text):
        # "Tom Reyes and Ann Cole said": the pair speaks (one entity, "they")
        name = Span(text[names[-2].start:name.end], names[-2].start, name.end)
    body = None
    affiliated = _affiliated(ctx, names)
    if affiliated is not None:
        name, body = affiliated  # "Senator Ann Cole of Vermont": the person, then where they are from
    k = first
    while k <= i and words.start[k] < name.start:
        k += 1
    t = k - 1
    title_start = name.start
    while t >= first and words.low[t] not in DESCRIPTION_OPENERS and (
            words.low[t] in TITLE_WORDS or words.text[t][:1].isupper() or words.text[t] == "of"
            or words.text[t][:1].isdigit() or _possessive_mark(ctx, t, first)):
        title_start = words.start[t]
        t -= 1
    if t + 1 < k - 1 and words.text[k - 1] in ROLE_PREPOSITIONS and words.text[k - 2].islower():
        # "the mayor of Lakeport": a role and its place or body, no one named
        return Subject(Span(text[a:b], a, b), "desc")
    title = _with_body(text[title_start:name.start].strip() or None, body)
    return Subject(Span(text[title_start:name.end], title_start, name.end), "name", title, a)


def _affiliated(ctx: Context, names: list[Span]) -> tuple[Span, Span] | None:
    """"Ann Cole of Vermont", "Tom Reyes from Acme Corp.", "Ola Berg with the Water Board": the
    person's run and the place or body after it, when the noun phrase ends with "NAME of/from/with X"."""
    if len(names) < 2:
        return None
    person, body = names[-2], names[-1]
    between = ctx.text[person.end:body.start].split()
    if not 1 <= len(between) <= 2 or between[0] not in _AFFILIATIONS or between[1:] not in ([], ["the"]):
        return None
    if not ctx.facts.person(ctx.facts.split(strip_possessive(person.text))[1]):
        return None  # "Bank of Lakeport", "Secretary of State"
    if between[0] == "with" and ctx.facts.person(body.text):
        return None  # "Ann Cole with Tom Reyes": two people
    return person, body


def _with_body(title: str | None, body: Span | None) -> str | None:
    """The title of a person named with their place or body: a place is no part of it ("Senator"),
    a body is ("analyst of Acme Corp.", or "Acme Corp." alone)."""
    if body is None or is_place(body.text):
        return title
    return f"{title} of {body.text}" if title else body.text


def description(phrase: str, a: int, b: int) -> Subject | None:
    """An unnamed source: a short noun phrase whose last word can head it ("city staff")."""
    parts = phrase.split()
    if not parts or len(parts) > 7:
        return None
    if any(w.lower() in FINITE_WORDS for w in parts):
        return None
    if len(parts) > 1 and parts[0].lower() in COORDINATORS:
        # "..., and police said": the description after the coordinator
        a = phrase.index(parts[1], len(parts[0])) + a
        phrase, parts = phrase[phrase.index(parts[1], len(parts[0])):], parts[1:]
    head = parts[-1]
    low = head.lower().strip(".,")
    if low in _TIME_HEADS:
        return None  # "several times", "two days": how often or how long, no one speaking
    if low in PERSON_NOUNS or low in ORG_WORDS:
        return Subject(Span(phrase, a, b), "desc")
    if not head.isalpha() or not head.islower() or low in NOT_HEADS or low.endswith("ly"):
        return None
    return Subject(Span(phrase, a, b), "desc", weak=True)


def subject_after(ctx: Context, pos: int, e: int, any_np: bool = False) -> Subject | None:
    """The subject after an inverted verb ("said Ann Cole, the ...") or after "according to"."""
    i, j = ctx.doc.word_range(pos, min(e, pos + 300))
    stop = _subject_after_end(ctx, i, j, any_np)
    if stop == i:
        return None
    words, text = ctx.words, ctx.text
    a, b = words.start[i], words.end[stop - 1]
    phrase = text[a:b]
    parts = phrase.split()
    low0 = parts[0].lower()
    if low0 in PRONOUN_GENDERS and len(parts) == 1:
        return Subject(Span(phrase, a, b), "pronoun")
    names = name_runs(ctx, i, stop)
    subject: Subject | None = None
    affiliated = None
    if names and low0 not in DESCRIPTION_OPENERS and names[-1].end == b:
        affiliated = _affiliated(ctx, names)
        if affiliated is not None:  # "said Senator Ann Cole of Vermont"
            person, body = affiliated
            title = _with_body(text[a:person.start].strip() or None, body)
            subject = Subject(Span(text[a:person.end], a, person.end), "name", title)
        else:
            subject = Subject(Span(phrase, a, b), "name", text[a:names[-1].start].strip() or None)
    elif names and names[0].start == a and not any_np and _NAME_END.match(text, names[0].end):
        subject = Subject(names[0], "name")
    elif names and not any_np and _NAME_END.match(text, names[0].end) and names[0].start - a < 60 \
            and all(w in TITLE_WORDS for w in text[a:names[0].start].split()):
        # "said coach Ann Cole after the final": lower-case title words, the name, then the rest
        end = names[0].end
        subject = Subject(Span(text[a:end], a, end), "name", text[a:names[0].start].strip())
    elif (low0 in DESCRIPTION_OPENERS or parts[-1].lower() in PERSON_NOUNS or any_np) and (
            any_np or not is_clause(ctx, a, b)):
        subject = Subject(Span(phrase, a, b), "desc")
    if (subject is None or subject.kind == "desc") and not any_np and stop < j and words.text[stop] == ",":
        named = _name_in_apposition(ctx, stop + 1, j)
        if named is not None:
            return Subject(named, "name", without_article(phrase))
    if subject is not None and subject.kind == "name" and stop < j and words.text[stop] == ",":
        _title_in_apposition(ctx, subject, stop + 1, j, affiliated is not None)
    return subject


def _subject_after_end(ctx: Context, i: int, j: int, any_np: bool) -> int:
    """Where the subject after an inverted verb ends (a word index): at a mark, a relative, a date."""
    words = ctx.words
    texts, lows = words.text, words.low
    limit = 20 if any_np else MAX_SUBJECT_WORDS
    k = i
    while k < j and k - i < limit:
        w = texts[k]
        if w in _NP_STOPS or w == "." or w in ALL_MARKS:
            break
        if k > i and lows[k] in SUBJECT_AFTER_BOUNDARIES:
            break
        if ctx.dated[k] and k > i and lows[k - 1] not in DETERMINERS and not lows[k - 1].endswith("'s"):
            break  # "said Smith Monday" (but "said the winter report" keeps its noun)
        k += 1
    return k


def _name_in_apposition(ctx: Context, q: int, j: int) -> Span | None:
    """"says Ann's partner, Tom Reyes": a name filling the apposition (words q..) is the speaker."""
    words = ctx.words
    r = q
    while r < j and words.text[r] not in (",", ".", ";") and r - q < 5:
        r += 1
    if r == q:
        return None
    appos = name_runs(ctx, q, r)
    if appos and appos[0].start == words.start[q] and appos[-1].end == words.end[r - 1]:
        return appos[-1]
    return None


def _title_in_apposition(ctx: Context, subject: Subject, q: int, j: int, body: bool = False) -> None:
    """"said Ann Cole, chief executive of Acme, a ...": the apposition (words q..) is the title; after
    a body ("said Ola Berg with Lakeport Tenants United, a volunteer group"), one headed by an
    organisation word describes the body."""
    words, text = ctx.words, ctx.text
    r = q
    while r < j and words.text[r] not in (",", ".", ";", "(") and r - q < MAX_APPOSITION_WORDS:
        r += 1
    if body and r > q and words.low[r - 1] in ORG_WORDS:
        return
    if r > q and (r == j or words.text[r] in (",", ".", ";")) and _title_apposition(ctx, q, r):
        subject.title = without_article(text[words.start[q]:words.end[r - 1]])


def _title_apposition(ctx: Context, q: int, r: int, clause_test: bool = True) -> bool:
    """Whether words q..r-1, an apposition after a name, can be a title: no age (", 50,"), relative
    clause (", who voted ..."), prepositional phrase, participle or (after an inverted verb, where
    the reported clause may follow) clause."""
    words = ctx.words
    appos = ctx.text[words.start[q]:words.end[r - 1]]
    first_word = words.low[q]
    return not _AGE.fullmatch(appos) and first_word not in NAME_RELATIVES \
        and first_word not in NP_END_PREPOSITIONS and not first_word.endswith("ing") \
        and not (clause_test and is_clause(ctx, words.start[q], words.end[r - 1]))


def _fronted_participle(ctx: Context, i: int, j: int) -> bool:
    """"Asked about the delay, ...", "Speaking to reporters, ...": a participle opens the sentence
    (capitalised, in -ed or -ing, a lower-case word after it that is no verb of its own)."""
    words = ctx.words
    w = words.text[i]
    if i + 1 >= j or not w[:1].isupper() or not words.low[i].endswith(("ed", "ing")) or len(w) < 5:
        return False
    nxt = words.text[i + 1]
    return nxt.isalpha() and nxt.islower() and words.low[i + 1] not in FINITE_WORDS \
        and nxt not in SPEECH_FORMS


def sentence_subject(ctx: Context, s: int, limit: int, retry: bool = True) -> Subject | None:
    """The subject at the start of a sentence (for "..., saying ..."), after an introductory phrase."""
    i, j = ctx.doc.word_range(s, min(limit, s + 200))
    if i >= j:
        return None
    words, text = ctx.words, ctx.text
    low = words.low[i]
    if low in PRONOUN_GENDERS and low not in WRITER_PRONOUNS:
        return Subject(ctx.span(i, i + 1), "pronoun")
    names = name_runs(ctx, i, j)
    first = i + 1 if low == "the" and j - i > 1 else i
    fronted = _fronted_participle(ctx, i, j)
    if names and names[0].start == words.start[first] and not fronted:
        return Subject(names[0], "name")
    if low in DESCRIPTION_OPENERS and low not in NOT_DESCRIPTION_OPENERS:
        for k in range(i + 1, min(j, i + 8)):
            w = words.text[k]
            if not w.isalpha() or words.low[k] in FINITE_WORDS or words.low[k] in SPEECH_FORMS or (
                    w.islower() and k - i >= 2 and w.endswith(("ed", "s")) and words.text[k - 1].isalpha()
                    and words.low[k - 1] not in NOT_HEADS and not w.endswith("ss")):
                if k - i >= 2:
                    return description(text[words.start[i]:words.end[k - 1]], words.start[i], words.end[k - 1])
                break
    if retry and (low in ADVERBIAL_PREPOSITIONS or low in FRONTED_SUBORDINATORS or fronted):
        comma = next((k for k in range(i, j) if words.text[k] == ","), -1)
        if comma >= 0:
            return sentence_subject(ctx, words.end[comma], limit, retry=False)
    return None
