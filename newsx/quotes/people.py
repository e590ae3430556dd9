"""The people and organisations a text names, read once from the document's name runs.

Rules, in order (over the runs written in Latin script, ``records.latin``):
1. ``titled_name``: a name run's title and name: "Ukrainian President Ana Ruiz" -> ("Ukrainian
   President", "Ana Ruiz"); "Secretary of State Ann Cole" (the run starts at "State") -> ("Secretary
   of State", "Ann Cole"); a place before the name goes to the title ("President of the United
   States Tom Reyes"), and so does a body's name after a title and its connector ("CEO of the River
   Trust Ann Cole"); a lower-case title right before the run: "Pentagon spokesman Tom Reyes".
   The runs whose name is not their whole text are kept by start (``Known.split_runs``).
2. Full names by surname (``Known.full_names``), and the title each person was first introduced
   with outside quotations (``Known.titles``), before the name or in an apposition after it
   ("Ann Cole, the chief executive of Acme,").
3. Person mentions, the antecedents of pronouns: names outside quotations that stand as a subject
   (``subject_like``: opening their sentence (maybe after a title: "The Prime Minister of
   Lakeland Ann Cole"), after a role word, before a verb (a copula only after
   a surname and not before a noun phrase: "Cole was anxious", not "Cole was the best painter"; not after a
   preposition: "like Cole was") or an apposition, age or title apposition: "Ann Cole, president
   of the league, is ..." (not after a preposition: "an idea from Ann Cole, a fellow at ...", "a
   mill near Warren, a market town")), not a photo credit ("Ann Cole /
   Daily Courier"), never a place or a holiday ("United States", "Memorial Day", a one-word name
   with a settlement apposition: "Warren, a market town on the river,"); a one-word name
   with a role apposition ("Marta, a nurse from the valley,", not after a preposition: "In
   Lakeport, the mayor") or a common given name (or the given name of a full name mentioned
   before: "Ann" after "Ann Cole") before its verb ("Karen decided") is a person known by
   one name. The people mentioned most
   (``Known.most_mentioned``) are what a pronoun falls back to. A person's gender
   (``Known.genders``): a "he"/"she" a few words after a mention of their name opening a clause
   (not an object: "it took Lee time to see she"), before another capitalised word ("Robin Vale
   said she ..."), by a clear majority of their mentions.
4. Pairs of people named as a subject ("Ann Cole and Tom Reyes spoke", "Ann and Tom Reyes"), and plural descriptions
   of people opening a clause before a verb ("many dock workers complained",
   "Residents complained"), for a later "they".
5. Organisations named outside quotations ("the River Safety Board", "UFCW", a one-word name with a
   capital inside that is no surname: "AcmeLink"), for a later "the board" or "the company".
6. Documents outside quotations with the issuer the text gives them, read in a bounded window:
   "Acme's Monday statement", "the union's report", "the harbour commission decision" (the
   owner before: "the harbour commission"), "a study by the shipping group", "a statement from HWU", "a
   complaint filed by prosecutors", "a paper ... on Acme's website" (after); a weekday or month
   after "by" is no issuer.
"""
from __future__ import annotations

import bisect
import functools
import re
from itertools import compress

from ..lexicon.calendar import EASTER_HOLIDAYS, FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS, WEEKDAYS_MONTHS
from ..lexicon.grammar import ARTICLES, LY_NOT_ADVERBS, PERSONAL_PRONOUNS, PREPOSITIONS, SUBORDINATORS
from ..lexicon.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, NAME_PARTICLE_PREFIXES
from ..lexicon.organizations import (
    AGENCY_HEADS, COMPANY_HEADS, DOCUMENT_WORDS, ISSUER_LINKS, ORG_WORDS, PLACE_BODIES, PUBLIC_BODIES,
    PUBLISHING_PLACES,
)
from ..lexicon.places import SETTLEMENT_NOUNS
from ..lexicon.quotes import COPULAS, FINITE_WORDS, FURNITURE_LABELS, NOT_HEADS
from ..lexicon.titles import KIN_WORDS, PERSON_NOUNS, ROLE_SUFFIXES, TITLE_WORDS
from ..model import Span
from ..names import GROUP_NOUNS, is_place, last_token, leading_place, name_tail, strip_possessive
from .cues import SPEECH_FORMS
from .records import Context, NameFacts, latin

_MAX_TITLED_NAME = 160
_MAX_KNOWN_PER_SURNAME = 20
_MOST_MENTIONED = 4  # the article's main people, for a pronoun that nothing recent fits
# A lower-case title right before a name, with the capitalised body it belongs to: "Pentagon spokesman ".
_LOWER_TITLE_BEFORE = re.compile(r"(?<![\w’'])((?:[A-Z][\w&.\-]* ){0,3}([a-z]+)) $")
# "Secretary of ", "CEO of the ", "Ambassador to the " right before a capitalised run: the title goes on
# across the connector (its words are checked for a title or organisation word).
_CONNECTOR_ENDS = frozenset(("of ", "to ", "he ", "or ", "on "))  # how _TITLE_OF's match ends
_TITLE_OF = re.compile(r"\b([A-Z][\w.\-]*(?: [a-z]+)? (?:of|to|for|on)(?: the)?) $")
# A photo credit after a name ("Ann Cole / Daily Courier"): the name is no speaker.
_CREDIT = re.compile(r"\s*/\s")
# What follows a person's name when the article introduces them: ", 50," / ", the ..." / ", who ..."
_APPOSITION_AFTER = re.compile(r",\s+(?:\d{1,3}\b|the\s|a\s|an\s|who\s)|\s+\(\d{1,3}\)")
# An apposition that opens with a title: ", president of the league," / ", Chief Executive of Acme,".
_TITLE_APPOSITION = re.compile(r",\s+(?:[A-Za-z-]+\s+){0,2}?([A-Za-z-]+)(?:\s+(?:of|at|for|with)\s|,)")
# A verb right after a name, maybe after its apposition's comma: "Cole expressed", "Tom Reyes, agreed".
_VERB_AFTER_NAME = re.compile(r",?\s([a-z]+)\b")
# An apposition that says who someone is: ", a nurse from the valley", ", the driver's mother".
_ROLE_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)")
# A noun phrase after a copula ("Cole was *still the* best painter"): the name is described, not acting.
_PREDICATE_NOUN = re.compile(r"(?:\s+(?:also|still|not|never|once|always|[a-z]+ly))?\s+(?:a|an|the)\s")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()]")
# ", the chief executive of Acme," after a name: a title in apposition (bounded, no nested repeats).
_DETERMINED_TITLE = re.compile(r",\s+(?:the|a|an)\s+([^,;:.()“”\"]{2,90})(?=[,;.])")
_APPOSITION_CONNECTORS = frozenset("of at for with from in".split())
_ACRONYM = re.compile(r"[A-Z]{3,6}")
_LABEL_WORDS = frozenset(w for label in FURNITURE_LABELS for w in label.split())
_DOCUMENT_MODIFIERS = 3  # words between an owner's possessive and its document ("Acme's Monday statement")
_DOCUMENT_REACH = 16  # words after a document word to its issuer
_DOCUMENT_STOPS = frozenset(". ; ! ? said says told".split())
_BODY_OWNERS = PUBLIC_BODIES | COMPANY_HEADS | AGENCY_HEADS  # "the board decision", "company data"
_NOT_OWNER_WORDS = frozenset("the a an on in at by from of".split())
_GENDERED = {"he": "m", "himself": "m", "she": "f", "herself": "f"}
# Words after a name to the pronoun that tells its gender, in the same clause: "Ann Cole said she",
# "Morgan told police she", "Lee found herself" (further on, "he"/"she" is as often someone else).
_GENDER_REACH = 5
_GENDER_CHARS = 60  # ... and characters, for a cheap test before reading the words
_CLAUSE_LINKS = frozenset("and but that so then".split())
_TITLE_CONNECTORS = frozenset("of the for to".split())  # inside a title before a name
# Plural person nouns that head a group description ("several executives", "residents").
_PLURAL_PEOPLE = GROUP_NOUNS
_SCANNED_WORDS = DOCUMENT_WORDS | _PLURAL_PEOPLE
_NOT_GROUP_MODIFIERS = frozenset("hundred hundreds thousand thousands million millions billion".split()) \
    | PERSONAL_PRONOUNS
_GROUP_MODIFIERS = 4  # words before a group description's head ("many retired dock workers")
_DESCRIPTION_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_CLAUSE_MARKS = frozenset(", ; : ( ) — – . ! ?".split())
_CAMEL_CASE = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]+(?:[A-Z][a-z]+)?")


class Known:
    """What the text names: full names by surname, introduction titles, and the mentions of people,
    pairs and organisations outside quotations (each with its start, in text order)."""

    __slots__ = ("full_names", "titles", "split_runs", "person_mentions", "mention_starts", "one_name_people",
                 "group_mentions", "group_starts", "group_descriptions", "org_mentions", "org_starts",
                 "most_mentioned",
                 "document_mentions", "document_starts", "genders", "name_mentions", "name_starts")

    def __init__(self) -> None:
        self.full_names: dict[str, list[str]] = {}  # surname (lower case) -> full names
        self.titles: dict[str, str] = {}  # full name -> the title it was introduced with
        self.split_runs: dict[int, tuple[str | None, str]] = {}  # run start -> (title, name) within the run
        self.person_mentions: list[tuple[int, str]] = []  # (start, name as written)
        self.mention_starts: list[int] = []
        self.one_name_people: set[str] = set()
        self.group_mentions: list[tuple[int, str]] = []  # pairs of names and group descriptions
        self.group_descriptions: set[str] = set()  # "several executives": unnamed people
        self.group_starts: list[int] = []
        self.org_mentions: list[tuple[int, str]] = []
        self.org_starts: list[int] = []
        self.most_mentioned: list[str] = []  # people by mentions as a subject, most first (a few)
        self.document_mentions: list[tuple[int, str, str]] = []  # (start, document word, issuer as written)
        self.document_starts: list[int] = []
        self.name_mentions: list[tuple[int, str]] = []  # every person's full name outside quotations
        self.name_starts: list[int] = []
        self.genders: dict[str, str] = {}  # name -> "m" or "f", from the pronouns after its mentions


_HOLIDAYS = frozenset(FIXED_HOLIDAYS) | frozenset(WEEKDAY_HOLIDAYS) | frozenset(EASTER_HOLIDAYS)


def not_a_person(name: str) -> bool:
    """A place or a holiday, however its name looks ("United States", "Memorial Day"): never "he" or "she"."""
    return is_place(name) or " ".join(strip_possessive(name).lower().split()) in _HOLIDAYS


@functools.lru_cache(maxsize=8192)
def given_name_gender(name: str) -> str | None:
    """"m" or "f" when the first word is a common given name of that gender, else None (a lookup in
    the name lists, kept per name)."""
    first = name.split()[0].lower().strip(".")
    if first in FEMALE_GIVEN_NAMES and first not in MALE_GIVEN_NAMES:
        return "f"
    if first in MALE_GIVEN_NAMES and first not in FEMALE_GIVEN_NAMES:
        return "m"
    return None


def known_names(ctx: Context) -> Known:
    """Read the document's name runs once (rules 2-5)."""
    known = Known()
    names = [span for span in ctx.doc.names if latin(span.text)]
    parts: dict[str, tuple[str | None, str, int]] = {}  # a run's text -> its titled name (rule 1), once per text
    # (one-word runs, most of them, are no person's full name: read without a call)
    titled = [titled_name(ctx, span, parts) if " " in span.text or "\u00a0" in span.text
              else (None, strip_possessive(span.text), False) for span in names]
    quoted = [ctx.inside_quotation(span.start) for span in names]
    for span, (title, name, person), inside in zip(names, titled, quoted):
        if person and name != span.text and span.text.endswith(name) and ctx.facts.split(span.text)[1] != name:
            known.split_runs[span.start] = (title, name)  # a name the run's text alone does not show
        if person:
            same = known.full_names.setdefault(last_token(name).lower(), [])
            if name not in same and len(same) < _MAX_KNOWN_PER_SURNAME:
                same.append(name)
            if not title and not inside and name not in known.titles:
                title = _apposition_title(ctx.text, span.end)  # "Ann Cole, the chief executive of Acme,"
            if title and name not in known.titles and not inside:
                known.titles[name] = title
    known.name_mentions = [(span.start, name) for span, (_, name, person), inside in zip(names, titled, quoted)
                           if person and not inside]
    known.name_starts = [m[0] for m in known.name_mentions]
    mentioned = _add_person_mentions(ctx, known, names, titled, quoted)
    _add_genders(ctx, known, names, titled, mentioned)
    known.mention_starts = [m[0] for m in known.person_mentions]
    counts: dict[str, list] = {}  # surname -> [mentions, a name as written]
    for _, name in known.person_mentions:
        count = counts.setdefault(last_token(name).lower(), [0, name])
        count[0] += 1
        if len(name) > len(count[1]):
            count[1] = name
    ranked = sorted(counts.values(), key=lambda c: -c[0])[:_MOST_MENTIONED]
    known.most_mentioned = [name for n, name in ranked if n >= 2]
    for k in range(len(names) - 1):
        (_, name1, person1), (_, name2, person2) = titled[k], titled[k + 1]
        # "Ann Cole and Tom Reyes", or a couple sharing a surname: "Ann and Tom Reyes"
        first_ok = person1 or " " not in name1 and given_name_gender(name1) is not None and person2
        if first_ok and person2 and not quoted[k] and ctx.text[names[k].end:names[k + 1].start] == " and " \
                and _subject_like(ctx, known, names[k]):
            known.group_mentions.append((names[k].start, f"{name1} and {name2}"))
    organizations: dict[str, bool] = {}  # a run's text -> whether it names an organisation, asked once
    for span, inside in zip(names, quoted):
        if inside:
            continue
        is_org = organizations.get(span.text)
        if is_org is None:
            is_org = organizations[span.text] = _names_organization(span.text) \
                or " " not in span.text and _brand_name(known, span.text)
        if is_org:
            known.org_mentions.append((span.start, strip_possessive(span.text)))
    known.org_starts = [m[0] for m in known.org_mentions]
    _add_word_mentions(ctx, known)
    known.group_mentions.sort()
    known.group_starts = [m[0] for m in known.group_mentions]
    known.document_starts = [m[0] for m in known.document_mentions]
    return known


def _add_genders(ctx: Context, known: Known, names: list[Span],
                 titled: list[tuple[str | None, str, bool]], mentioned: list[int]) -> None:
    """Rule 3: a person's gender from a "he"/"she" (or "himself"/"herself") a few words after a
    mention of their name, in its clause and before another capitalised word ("Robin Vale said she
    ...": "f"), when the name opens the clause, by a clear majority of their mentions; a surname's
    or given name's votes go to its one full name."""
    words, text = ctx.words, ctx.text
    votes: dict[str, list[int]] = {}  # name -> [he, she]
    for k in mentioned:
        span, name = names[k], titled[k][1]
        near = text[span.end:span.end + _GENDER_CHARS]
        if not (" he " in near or " she " in near or "self" in near):  # the cheap test first
            continue
        first, last = ctx.doc.word_range(span.start, span.end)
        if last <= first or not _opens_clause(ctx, first):
            continue
        sentence = words.sentence[last - 1]
        for t in range(last, min(len(words), last + _GENDER_REACH)):
            w = words.text[t]
            if words.sentence[t] != sentence or w in _CLAUSE_MARKS or w[:1].isupper():
                break
            gender = _GENDERED.get(words.low[t])
            if gender is not None and not words.quoted[t]:
                votes.setdefault(strip_possessive(name), [0, 0])[gender == "f"] += 1
                break
    if not votes:
        return
    by_first: dict[str, list[str]] = {}  # a full name's first word -> the full names ("Ann" -> "Ann Cole")
    for fulls in known.full_names.values():
        for full in fulls:
            by_first.setdefault(full.split()[0].lower(), []).append(full)
    totals: dict[str, list[int]] = {}
    aliases: dict[str, str] = {}  # a one-word name -> the full name its votes went to
    for name, (he, she) in votes.items():
        fulls = known.full_names.get(name.lower()) or by_first.get(name.lower(), []) if " " not in name else []
        if len(fulls) == 1:
            aliases[name] = fulls[0]
        total = totals.setdefault(aliases.get(name, name), [0, 0])
        total[0] += he
        total[1] += she
    for name, (he, she) in totals.items():
        if he > 2 * she:
            known.genders[name] = "m"
        elif she > 2 * he:
            known.genders[name] = "f"
    for alias, full in aliases.items():
        if full in known.genders:
            known.genders[alias] = known.genders[full]


def _opens_clause(ctx: Context, first: int) -> bool:
    """Whether the name at word ``first`` can be a clause's subject: first in its sentence, after a
    mark, a conjunction or subordinator, or a title ("When Ann Cole ...", "nurse Ann Cole"), not
    after a verb or preposition ("it took Ann Cole some time")."""
    words = ctx.words
    k = first - 1
    if k < 0 or words.sentence[k] != words.sentence[first]:
        return True
    w, low = words.text[k], words.low[k]
    return not w[:1].isalpha() or w[:1].isupper() or low in SUBORDINATORS or low in _CLAUSE_LINKS \
        or low in TITLE_WORDS or low.endswith("-old")


def _add_word_mentions(ctx: Context, known: Known) -> None:
    """Rules 4 and 6, in one pass over the words: plural descriptions of people as a subject, and
    documents outside quotations whose issuer the text names, in bounded windows."""
    words = ctx.words
    for k in compress(range(len(words)), map(_SCANNED_WORDS.__contains__, words.low)):
        if words.quoted[k]:
            continue
        low = words.low[k]
        if low in _PLURAL_PEOPLE:
            described = _group_description(ctx, k)
            if described is not None:
                known.group_mentions.append(described)
                known.group_descriptions.add(described[1])
            continue
        issuer = _owner_before(ctx, k) or _issuer_after(ctx, k)
        if issuer:
            known.document_mentions.append((words.start[k], low, issuer))


def _group_description(ctx: Context, k: int) -> tuple[int, str] | None:
    """"many dock workers complained", "Residents complained": a plural description of
    people (head at word k) opening a clause, before a verb, as (start, description)."""
    words, texts = ctx.words, ctx.words.text
    if k + 1 >= len(words) or words.sentence[k + 1] != words.sentence[k]:
        return None
    verb = words.low[k + 1]
    if not (texts[k + 1].isalpha() and texts[k + 1].islower()
            and (verb in FINITE_WORDS or verb in SPEECH_FORMS or verb.endswith("ed"))):
        return None
    first = k
    while first > 0 and k - first < _GROUP_MODIFIERS and words.sentence[first - 1] == words.sentence[k] \
            and (_DESCRIPTION_WORD.fullmatch(texts[first - 1]) or _DESCRIPTION_WORD.fullmatch(words.low[first - 1])
                 and (first - 1 == 0 or words.sentence[first - 2] != words.sentence[k])) and words.low[first - 1] not in _CLAUSE_LINKS \
            and words.low[first - 1] not in PREPOSITIONS and words.low[first - 1] not in FINITE_WORDS \
            and words.low[first - 1] not in SUBORDINATORS and words.low[first - 1] not in _NOT_GROUP_MODIFIERS \
            and not (words.low[first - 1].endswith("ly") and words.low[first - 1] not in LY_NOT_ADVERBS):
        first -= 1
    if texts[k][:1].isupper() and first != k:
        return None  # "Acme Workers": a name
    before = first - 1
    if before >= 0 and words.sentence[before] == words.sentence[k] and texts[before][:1].isalnum() \
            and words.low[before] not in _CLAUSE_LINKS and words.low[before] not in SUBORDINATORS:
        return None  # "hired several executives": an object; "200 residents": a count
    return words.start[first], ctx.text[words.start[first]:words.end[k]]


def _owner_before(ctx: Context, k: int) -> str | None:
    """"Acme's Monday statement", "the union's report": the owner of a document (word k); "the
    harbour commission decision", "government data": the body (a lower-case body word right before)."""
    words, texts = ctx.words, ctx.words.text
    if k > 0 and words.low[k - 1] in _BODY_OWNERS and texts[k - 1].islower():
        first = k - 1
        while first > 0 and k - first <= 2 and texts[first - 1].isalpha() and texts[first - 1].islower() \
                and words.low[first - 1] not in NOT_HEADS:
            first -= 1  # "the harbour commission": its modifiers, for a body named with them
        return "the " + ctx.text[words.start[first]:words.end[k - 1]]
    for b in range(k - 1, max(-1, k - _DOCUMENT_MODIFIERS - 1), -1):
        word = texts[b]
        if not word.endswith(("'s", "’s")):
            if not word.isalpha():
                return None
            continue
        owner = strip_possessive(word)
        if owner[:1].isupper():
            first = b
            while first > 0 and b - first < 5 and texts[first - 1][:1].isupper() and texts[first - 1].isalpha() \
                    and words.low[first - 1] not in _NOT_OWNER_WORDS \
                    and ctx.text[words.end[first - 1]:words.start[first]].isspace():
                first -= 1
            return ctx.text[words.start[first]:words.end[b] - 2]
        if b > 0 and words.low[b - 1] == "the" and owner.lower() in ORG_WORDS:
            return f"the {owner}"
        return None
    return None


def _issuer_after(ctx: Context, k: int) -> str | None:
    """"a study by the shipping group", "a statement from HWU", "a paper ... on Acme's website"."""
    words, texts, low = ctx.words, ctx.words.text, ctx.words.low
    stop = min(len(words), k + _DOCUMENT_REACH)
    for a in range(k + 1, stop):
        if low[a] in _DOCUMENT_STOPS or words.quoted[a]:
            return None
        if low[a] in ISSUER_LINKS and a + 1 < stop:
            m = a + 2 if low[a + 1] == "the" else a + 1
            if m < stop and texts[m][:1].isupper() and texts[m].isalpha() and low[m] not in WEEKDAYS_MONTHS:
                last = m
                while last + 1 < stop and last - m < 5 and (texts[last + 1][:1].isupper() or texts[last + 1].isdigit()
                                                            and last > m) \
                        and ctx.text[words.end[last]:words.start[last + 1]].isspace():
                    last += 1  # "HWU Local 210": a number ends a name of two words or more
                return strip_possessive(ctx.text[words.start[m]:words.end[last]])
            if m > a + 1:  # "by the shipping group": a description of an organisation
                for h in range(m, min(stop, m + 3)):
                    if low[h] in ORG_WORDS and texts[h].isalpha():
                        return ctx.text[words.start[a + 1]:words.end[h]]
                    if not texts[h].isalpha() or not texts[h].islower():
                        break
            elif texts[m].islower() and low[m].endswith("s") and (
                    low[m][:-1] in PERSON_NOUNS or low[m][:-1] in TITLE_WORDS or low[m][:-1].endswith(ROLE_SUFFIXES)):
                return texts[m]  # "a complaint filed by prosecutors"
            return None
        if low[a] in PUBLISHING_PLACES and a > k + 1 and texts[a - 1].endswith(("'s", "’s")):
            return _owner_before(ctx, a)  # "... on Acme's website"
    return None


def _add_person_mentions(ctx: Context, known: Known, names: list[Span],
                         titled: list[tuple[str | None, str, bool]], quoted: list[bool]) -> list[int]:
    """Rule 3 (the cheap tests first: whether a name stands as a subject is asked last); the
    indices of the names that are mentions."""
    text = ctx.text
    given: dict[str, bool] = {}  # one-word name -> whether a common given name (asked once per name)
    first_names: set[str] = set()  # the given names of the full names mentioned so far
    mentioned: list[int] = []
    for k, (span, (_, name, person), inside) in enumerate(zip(names, titled, quoted)):
        if inside:
            continue
        one_word = " " not in name
        if one_word and not person and name not in given:
            given[name] = given_name_gender(name) is not None
        if person or one_word and (name.lower() in known.full_names or given.get(name) or name in first_names):
            # a one-word given name ("Karen", or "Ann" after a mention of "Ann Cole") only before its verb:
            # "Karen decided to leave"; never a place or a holiday ("the United States", "Memorial Day")
            if not not_a_person(name) and not _CREDIT.match(text, span.end) \
                    and not (one_word and _place_apposition(text, span.end)) and _subject_like(ctx, known, span):
                known.person_mentions.append((span.start, name))
                mentioned.append(k)
                if one_word and name.lower() not in known.full_names:
                    known.one_name_people.add(name.lower())
                elif not one_word:
                    first_names.add(name.split(" ", 1)[0])
        elif one_word and name[:1].isupper() and not name.lower().endswith("ly") and _role_apposition(text, span.end) \
                and not _after_preposition(text, span.start) and _subject_like(ctx, known, span) \
                and not _CREDIT.match(text, span.end):
            # "Marta, a nurse from the valley, was at home": a person known by one name
            known.person_mentions.append((span.start, name))
            mentioned.append(k)
            known.one_name_people.add(name.lower())
    return mentioned


def _names_organization(run: str) -> bool:
    """A run that names an organisation: ends with an organisation word ("Safety Board"), or an acronym."""
    if " " not in run and "\u00a0" not in run:
        return bool(_ACRONYM.fullmatch(run)) and run not in _LABEL_WORDS  # not "WATCH: ...", "READ MORE"
    parts = run.split()
    if len(parts) > 8:
        return False
    last = parts[-1].lower().strip(".,")
    return (last in ORG_WORDS and last not in PLACE_BODIES and last not in DOCUMENT_WORDS) or bool(_ACRONYM.fullmatch(run))


def _brand_name(known: Known, run: str) -> bool:
    """One word with a capital inside ("AcmeLink", "GlobexNet"): a firm's or an agency's name, unless
    a surname ("McAllister", "DeSantis": a name particle first, or the text names the person)."""
    if " " in run or run[1:].islower():
        return False
    name = strip_possessive(run)
    m = _CAMEL_CASE.fullmatch(name)
    return m is not None and m.group(1) not in NAME_PARTICLE_PREFIXES and name.lower() not in known.full_names


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _after_preposition(text: str, start: int) -> bool:
    """Whether a preposition comes right before a name ("In Lakeport, the mayor ...": a place)."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in PREPOSITIONS and m.group(1).lower() not in SUBORDINATORS


def _place_apposition(text: str, end: int) -> bool:
    """Whether ", a market town on the river", ", a small town near ..." follows a name: its head (the
    word before its first preposition, else its last word) is a settlement noun."""
    m = _ROLE_APPOSITION.match(text, end)
    if m is None:
        return False
    words = [w.strip(",.’'") for w in m.group(1).lower().split()]
    cut = next((k for k, w in enumerate(words) if w in PREPOSITIONS), len(words))
    return cut > 0 and words[cut - 1] in SETTLEMENT_NOUNS


def _role_apposition(text: str, end: int) -> bool:
    """Whether ", a resident of ...", ", an engineer", ", the victim's mother" follows a name."""
    m = _ROLE_APPOSITION.match(text, end)
    if m is None:
        return False
    for word in m.group(1).lower().split():
        word = word.strip(",.’'")
        if word in PERSON_NOUNS or word in TITLE_WORDS or word in KIN_WORDS \
                or word.endswith(ROLE_SUFFIXES) and word not in ORG_WORDS:
            return True
    return False


def titled_name(ctx: Context, span: Span, parts: dict[str, tuple[str | None, str, int]]) -> tuple[str | None, str, bool]:
    """Title, name and whether it is a person's, of a name run (rule 1); ``parts`` keeps what depends
    on the run's text alone."""
    found = parts.get(span.text)
    if found is None:
        found = parts[span.text] = _name_parts(ctx.facts, span.text)
    title, name, kind = found
    if kind == _PERSON and title is None:
        of = _title_of(ctx.text, span.start)
        words = name.split()
        if of is not None and len(words) >= 3:
            # "CEO of the River Trust Ann Cole": the body's name belongs to the title
            cut = name_tail(words)
            return f"{of} {' '.join(words[:cut])}", " ".join(words[cut:]), True
        title = _lower_title_before(ctx.text, span.start)  # "Pentagon spokesman Tom Reyes"
    elif kind == _PERSON_AFTER_TITLE:
        of = _title_of(ctx.text, span.start)
        if of is not None:
            title = f"{of} {title}"  # "Secretary of" + "State"
    return title, name, kind != _NO_PERSON


def _title_of(text: str, start: int) -> str | None:
    """"Governor of ", "President of the " right before a run: a title going on across its connector."""
    if start < 4 or text[start - 3:start] not in _CONNECTOR_ENDS:
        return None  # the cheap test first: most runs follow no connector
    of = _TITLE_OF.search(text, max(0, start - 40), start)
    if of is None:
        return None
    phrase = of.group(1)
    words = [w.lower() for w in phrase.split()[:-1] if w not in ("of", "the")]
    if not any(w in TITLE_WORDS or w in ORG_WORDS for w in words):
        return None
    first, rest = phrase.split(" ", 1)
    return rest if first.lower() in ARTICLES else phrase  # "The chair of": no article in a title


_NO_PERSON, _PERSON, _PERSON_AFTER_TITLE = 0, 1, 2


def _name_parts(facts: NameFacts, run: str) -> tuple[str | None, str, int]:
    """Title, name and kind of a run's text (no person, a person, a person after a title or
    organisation word inside the run: "State Ann Cole")."""
    if " " not in run and "\u00a0" not in run:
        return None, strip_possessive(run), _NO_PERSON  # one word is no person's full name
    if len(run) > _MAX_TITLED_NAME:
        return None, run, _PERSON if facts.person(run) else _NO_PERSON  # no one's name (and stays linear)
    title, name = facts.split(strip_possessive(run))
    if facts.person(name):
        return title, name, _PERSON
    words = name.split()
    if len(words) > 8:
        return title, name, _NO_PERSON
    # Only after an organisation or title word, or a place, can a person's name begin: "State Ann
    # Cole", "United States Tom Reyes".
    first = next((k for k, w in enumerate(words[:5]) if w.lower().strip(".,") in ORG_WORDS
                  or w.lower().strip(".,") in TITLE_WORDS), None)
    if first is None and leading_place(words):
        first = leading_place(words) - 1
    for i in range(first + 1 if first is not None else len(words), len(words) - 1):
        rest = " ".join(words[i:])
        if facts.person(rest):
            return " ".join(([title] if title else []) + words[:i]), rest, _PERSON_AFTER_TITLE
    return title, name, _NO_PERSON


def _apposition_title(text: str, end: int) -> str | None:
    """", the Chief Executive Officer of Acme," right after a name: the title, when the word before
    its first connector (or its last word) is a title word."""
    m = _DETERMINED_TITLE.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    cut = next((k for k, w in enumerate(words) if w in _APPOSITION_CONNECTORS), len(words))
    if cut == 0 or words[cut - 1].lower().strip("’'") not in TITLE_WORDS:
        return None
    return m.group(1)


def _lower_title_before(text: str, start: int) -> str | None:
    """"Pentagon spokesman " right before a name: the title, when its last word is a title word."""
    if start < 2 or text[start - 1] != " " or not "a" <= text[start - 2] <= "z":
        return None
    before = _LOWER_TITLE_BEFORE.search(text, max(0, start - 60), start)
    if before is not None and before.group(2) in TITLE_WORDS:
        return before.group(1)
    return None


def _subject_like(ctx: Context, known: Known, span: Span) -> bool:
    """A name that opens its sentence, follows a role word, or carries an apposition or age."""
    text = ctx.text
    starts = ctx.doc.sentence_starts
    i = bisect.bisect_right(starts, span.start) - 1
    sent_start = starts[i] if i >= 0 else 0
    before = text[max(sent_start, span.start - 120):span.start]
    parts = before.split()
    if span.start - sent_start <= 120 and not _CLAUSE_PUNCTUATION.search(before) and (
            len(parts) <= 3 or len(parts) <= 8 and all(w[:1].isupper() or w in _TITLE_CONNECTORS for w in parts)):
        return True  # opening its sentence, maybe after a title: "The Prime Minister of Lakeland Ann Cole"
    prev = parts[-1].lower() if parts else ""
    if prev in TITLE_WORDS or prev.endswith("-old"):
        return True
    verb = _VERB_AFTER_NAME.match(text, span.end)
    if verb is not None and (verb.group(1) in FINITE_WORDS or verb.group(1).endswith("ed")) \
            and (prev not in PREPOSITIONS or prev in SUBORDINATORS):  # not "who like Cole was born"
        # "..., Cole expressed concern", "After the vote, Cole was anxious": the subject of its
        # clause, when surely a person (a known surname or a common given name, not "Mount Korvo
        # erupted"); a copula only after a surname ("Cole was anxious", not "Ann was the name")
        parts = span.text.split()
        if len(parts) == 1 and parts[0].lower() in known.full_names and not verb.group().startswith(",") \
                and not (verb.group(1) in COPULAS and _PREDICATE_NOUN.match(text, verb.end())) \
                or given_name_gender(span.text) is not None and verb.group(1) not in COPULAS:
            return True
    if prev in PREPOSITIONS and prev not in SUBORDINATORS:
        return False  # "an idea from Ann Cole, a fellow at ...", "a mill near Warren, a market town": an object
    if _APPOSITION_AFTER.match(text, span.end):
        return True
    title = _TITLE_APPOSITION.match(text, span.end)  # "Ann Cole, president of the league, expects ..."
    return title is not None and title.group(1).lower() in TITLE_WORDS
