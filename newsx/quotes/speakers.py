"""Speakers: subjects resolved to entities, in text order, with salience.

Rules, in order:
1. A pronoun goes to the most recent compatible entity among the speakers so far and the people
   named since (``people.Known``); "he"/"she" need a person of no other gender (the gender comes
   from a given-name list, else from the pronouns after the person's name in the text
   (``Known.genders``), else from the first gendered pronoun resolved to it), "they" a
   group or an organisation (or a pair of people named just before), "it" an organisation; when
   nothing within reach fits "he"/"she", a person of that gender named just before in any role
   ("questioned the witness, Tom Reyes, ... he insisted"), else the article's most-mentioned one;
   "one of them" is a member of the group spoken of last.
2. A name: its title (from the subject, from the document's reading of its name run, or from where
   the person was introduced) and organisation; a capitalised person noun alone ("Officials") is
   an unnamed source, a page-furniture word ("READ") no one;
   a surname or shortened name goes to the fullest name with the same last word; "Its spokesman,
   X": the organisation spoken of last owns the title; a pair of names is one entity ("they");
   "Board members", "the committee members": the deciding body named before, when there is one.
3. A description, in order:
   a. "a win by Ann Cole, the striker who told reporters ...": the person the description is in
      apposition to, when the cue is the verb of its relative clause;
      "the person", "the official": the unnamed source described so before (else rule 3e);
      "the 26-year-old", "the mayor", "the founder of ...", an epithet ("the retired welder":
      lower case, a modifier, a head of no organisation, document, place or thing): the person
      with that role, or the salient one (not when the body named differs: "the president of
      Acme", "the Lakeport judge");
   b. "a spokesman for Ann Cole", "his lawyer", "her office": the representative speaks (unnamed),
      with the role as title and the principal as organisation; "her statement": the owner;
   c. "a study released by Acme", "numbers from the bureau", "Acme's Monday statement", "a paper on
      Acme's website": the issuer the text gives the document (``people.Known``); "the report",
      "the complaint": the issuer of the latest report introduced (or of the latest document, nearer),
      "the shipping group" resolved to the company named before; no issuer: the document speaks;
   d. "the Acme study" names Acme; "the company", "the board": the organisation of that kind named
      or speaking last, though another was called so before (a union named as such before a name
      of no kind); "the agency" also takes a department or bureau, and "the agency", "the union",
      "the company" a name that shows no kind ("Globex", "AcmeLink", "HWU");
   e. otherwise an unnamed source ("two senior officials", "a ministry spokesperson", "officials
      in Kyiv", "a person who asked not to be named": anonymous, with the title and organisation
      the description gives, a place being no organisation) or an institution ("police", "the
      ministry": its own organisation).
Pronouns and roles look back over at most ``SALIENCE_DEPTH`` entities and mentions: no antecedent
lies further back in news prose, and the bound keeps resolution linear.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter

from ..doc.names import runs
from ..lexicon.grammar import ARTICLES, POSSESSIVE_PRONOUNS, PREPOSITIONS
from ..lexicon.names import BOILERPLATE_WORDS
from ..lexicon.organizations import (
    AGENCY_HEADS, COMPANY_HEADS, DELIBERATIVE_BODIES, DOCUMENT_WORDS, INSTITUTIONS, KINDLESS_HEADS, ORG_WORDS,
    PUBLIC_BODIES, UNIT_HEADS,
)
from ..lexicon.places import PLACE_WORDS, SETTLEMENT_NOUNS
from ..lexicon.quotes import NOT_HEADS, ORGANIZATION_POSSESSIVES, REPRESENTATIVES, PRONOUN_GENDERS, THING_HEADS
from ..lexicon.titles import ANONYMOUS_ROLES, HONORIFICS, PERSON_NOUNS, ROLE_SUFFIXES, TITLE_MODIFIERS, TITLE_WORDS
from ..model import Speaker, Span
from ..names import clean_title, is_place, last_token, strip_possessive
from .cues import SPEECH_FORMS
from .people import Known, given_name_gender
from .records import Context, NameFacts, Subject
from .subjects import INFORMED_SOURCE, capitalised_run

SALIENCE_DEPTH = 64
DEFINITE_DETERMINERS = frozenset("the this that".split())
UNNAMED_HEADS = frozenset("person".split())  # "the person" is never a person named before
_ORG_REACH = 3000  # characters back to the organisation "the company" refers to
_GROUP_REACH = 1500  # characters back to the pair "they" refers to
_NAME_REACH = 300  # characters back to a person named anywhere, for a pronoun nothing else fits
_AGE_ONLY = re.compile(r"(?:an? |the )?\d{1,3}-year-old")
_ACRONYM_NAME = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,5}")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_CONNECTORS = frozenset(("of", "for", "to", "on", "and"))  # no title ends with one


@dataclass(slots=True)
class Entity:
    name: str
    title: str | None = None
    organization: str | None = None
    anonymous: bool = False
    gender: str | None = None
    person: bool = True
    provisional: bool = False  # title only from where the name was introduced; an attribution's wins


class Salience:
    """The resolution's state: what the text names (read once), the name facts of the document,
    the entities met so far and how recently each was mentioned."""

    __slots__ = ("known", "facts", "entities", "recent", "fullest", "by_head")

    def __init__(self, known: Known, facts: NameFacts) -> None:
        self.known = known
        self.facts = facts
        self.entities: dict[str, Entity] = {}  # lower-case name -> entity
        # id(entity) -> (position of the latest mention, entity), least recent first: moving an
        # entity to the end is O(1), where rebuilding a list was O(entities) per mention.
        self.recent: dict[int, tuple[int, Entity]] = {}
        self.fullest: dict[str, str] = {}  # name as written -> fullest known name
        self.by_head: dict[str, Entity] = {}  # "study" -> the source first described as "the X study"


def _said(entity: Entity, sp: Span, title: str | None, anonymous: bool) -> Speaker:
    return Speaker(entity.name, sp.text, sp.start, sp.end, title, entity.organization, anonymous)


def touch(sal: Salience, entity: Entity, pos: int) -> None:
    sal.recent.pop(id(entity), None)
    sal.recent[id(entity)] = (pos, entity)


def most_recent(sal: Salience) -> Iterator[tuple[int, Entity]]:
    return itertools.islice(reversed(sal.recent.values()), SALIENCE_DEPTH)


def speaker(ctx: Context, sal: Salience, subject: Subject) -> Speaker | None:
    """The speaker a subject names (rules 1-3)."""
    sp = subject.span
    body = members_of(sal, sp)
    if body is not None:
        return body
    if subject.kind == "pronoun":
        entity = pronoun(sal, sp.text.lower(), sp.start)
        return None if entity is None else _said(entity, sp, entity.title, entity.anonymous)
    if subject.kind == "name":
        return named(ctx, sal, subject)
    return (one_of(sal, sp) or apposed(ctx, sal, sp) or represents(sal, sp) or refers_back(sal, sp)
            or possessed(sal, sp) or issued(ctx, sal, sp) or organisation_head(ctx, sal, sp) or unnamed(sal, sp))


def one_of(sal: Salience, sp: Span) -> Speaker | None:
    """"one of them said", "one of those officials said": a member of the group spoken of last (an
    unnamed group stays unnamed; rule 3)."""
    parts = sp.text.lower().split()
    if len(parts) < 3 or parts[0] != "one" or parts[1] != "of":
        return None
    head = parts[-1]
    for _, entity in most_recent(sal):
        if entity.gender == "p" or not entity.person and entity.anonymous:
            if head in ("them", "those") or head in entity.name.lower().split():
                touch(sal, entity, sp.start)
                return _said(entity, sp, entity.title, entity.anonymous)
    return None


# "who calls herself", "who later said": a relative clause whose verb is the cue.
_RELATIVE_AFTER = re.compile(r"\s+who\s+(?:[a-z]+ly\s+|also\s+|then\s+)?([a-z]+)\b")


def apposed(ctx: Context, sal: Salience, sp: Span) -> Speaker | None:
    """"a win by Ann Cole, the veteran striker who told reporters ...": a description in apposition
    to a person's name, opening a relative clause whose verb is a speech verb, is that person (rule
    3a); not "After meeting Ann Cole, the minister who leads the talks said"."""
    if not sp.text.lower().startswith("the "):
        return None
    relative = _RELATIVE_AFTER.match(ctx.text, sp.end)
    if relative is None or relative.group(1) not in SPEECH_FORMS:
        return None
    i = ctx.doc.word_range(sp.start, sp.end)[0]
    if i < 2 or ctx.words.text[i - 1] != ",":
        return None
    found = runs(ctx.text, ctx.words, max(0, i - 6), i - 1)
    if not found or found[-1].end != ctx.words.end[i - 2]:
        return None
    name = strip_possessive(found[-1].text)
    low = name.lower()
    if not (sal.facts.person(name) or low in sal.known.full_names or low in sal.known.one_name_people):
        return None  # "In Lakeport, the mayor who told ...": a place, not the person
    entity = person(sal, name)
    if not entity.person or entity.anonymous:
        return None
    touch(sal, entity, sp.start)
    return _said(entity, sp, entity.title, False)


def members_of(sal: Salience, sp: Span) -> Speaker | None:
    """"Board members noted", "the committee members said": a deciding body named before speaks
    through its members (rule 2)."""
    if not sp.text.endswith(" members"):
        return None  # the cheap test first
    parts = sp.text.lower().split()
    if not 2 <= len(parts) <= 3 or parts[-2] not in DELIBERATIVE_BODIES \
            or len(parts) == 3 and parts[0] not in DEFINITE_DETERMINERS:
        return None
    body = recent_org(sal, parts[-2], sp.start)
    if body is None:
        return None
    touch(sal, body, sp.start)
    return _said(body, sp, None, False)


def named(ctx: Context, sal: Salience, subject: Subject) -> Speaker | None:
    """A name, with its title and organisation (rule 2)."""
    sp = subject.span
    facts = sal.facts
    if " " not in sp.text:
        low = sp.text.lower()
        if low in BOILERPLATE_WORDS:
            return None  # "READ MORE": page furniture, no one speaks
        if low in PERSON_NOUNS and low not in ORG_WORDS:
            return unnamed(sal, sp)  # "Officials", "Residents" opening a sentence: unnamed people
    elif all(w.lower().strip(".,") in TITLE_WORDS or w.lower() in TITLE_MODIFIERS for w in sp.text.split()) \
            and sp.text.split()[-1].lower().strip(".,") in TITLE_WORDS:
        return unnamed(sal, sp)  # "Assistant Secretary said": an office, no one named
    title, name = facts.split(strip_possessive(sp.text))
    within = _split_run(ctx, sal, sp)
    if within is not None and name.endswith(within[1]) and name != within[1]:
        # "United States Tom Reyes" after "President of the": the document read the run's title
        title = title if title and len(title) > len(within[0] or "") else within[0]
        name = within[1]
    if subject.title and (not title or len(subject.title) > len(title)):
        title = subject.title
    title = clean_title(title)  # "Ms Cole": an honorific is no title
    if title and _AGE_ONLY.fullmatch(title):
        title = None  # "16-year-old Ana Ruiz": an age is no title, and no part of the name
    body = title is not None and title.rsplit(" ", 1)[-1] in _CONNECTORS and not facts.person(name)
    if body:
        title, name = None, strip_possessive(sp.text)  # "Bank of Lakeport": a body's name, no title
    owner_org = None
    if title and title.split(" ", 1)[0].lower() in ORGANIZATION_POSSESSIVES and " " in title:
        # "Its spokesman, Tom Reyes": the organisation spoken of last owns the title
        owner = recent_org(sal, "", sp.start, any_kind=True)
        if owner is not None:
            title, owner_org = title.split(" ", 1)[1], owner.name
    found = _name_runs(ctx, sal, sp, name)
    plural = len(found) >= 2 and " and " in name and facts.person(found[-2]) and facts.person(found[-1])
    if plural:
        name = f"{found[-2]} and {found[-1]}"
        entity = sal.entities.setdefault(name.lower(), Entity(name, gender="p"))
    else:
        if found and not title and not body:
            name = found[-1]
        entity = person(sal, name)
    if title and (not entity.title or entity.provisional):
        entity.title, entity.provisional = title, False
        entity.organization = owner_org or facts.organization(title)
    if not entity.person and entity.gender != "p" and not entity.organization:
        entity.organization = entity.name  # "Police", "Statistics Bureau": an institution speaks
    touch(sal, entity, sp.start)
    return _said(entity, sp, entity.title, False)


def _split_run(ctx: Context, sal: Salience, sp: Span) -> tuple[str | None, str] | None:
    """The title and name the document read in the name run that ends a mention, when the run
    holds more than the name ("United States Tom Reyes")."""
    if not sal.known.split_runs:
        return None
    found = runs(ctx.text, ctx.words, *ctx.doc.word_range(sp.start, sp.end))
    return sal.known.split_runs.get(found[-1].start) if found else None


def _name_runs(ctx: Context, sal: Salience, sp: Span, name: str) -> list[str]:
    """The proper-name runs of a subject's name: the document's, when the name is the mention itself."""
    if strip_possessive(sp.text) != name:
        return sal.facts.runs(name)
    found = runs(ctx.text, ctx.words, *ctx.doc.word_range(sp.start, sp.end))
    out = [r.text for r in found]
    if found and found[-1].end == sp.end:
        out[-1] = strip_possessive(out[-1])
    return out


def fullest(sal: Salience, name: str) -> str:
    """The longest known full name with the same surname ("Cole" -> "Ann Cole"), cached."""
    best = sal.fullest.get(name)
    if best is not None:
        return best
    parts = [w for w in name.split() if w.lower() not in HONORIFICS]
    bare = " ".join(parts) or name
    best = bare
    for cand in sal.known.full_names.get(last_token(bare).lower(), []):
        if len(cand) > len(best) and (len(parts) < 2 or cand.startswith(parts[0]) or bare in cand):
            best = cand
    sal.fullest[name] = best
    return best


def person(sal: Salience, name: str) -> Entity:
    """The entity of a name (created on its first mention, with the title it was introduced with)."""
    full = fullest(sal, name)
    entity = sal.entities.get(full.lower())
    if entity is not None:
        return entity
    is_person = sal.facts.person(full) or len(full.split()) == 1 and full.lower() not in ORG_WORDS
    if full.lower() in sal.known.one_name_people:
        is_person = True
    elif " " not in full and (_ACRONYM_NAME.fullmatch(full) or full.lower() in INSTITUTIONS):
        is_person = False  # "NATO", "the FBI", "the Pentagon" speak as institutions
    gender = None
    if is_person:
        gender = given_name_gender(full) or sal.known.genders.get(full) or sal.known.genders.get(name)
    entity = Entity(full, person=is_person, gender=gender)
    title = sal.known.titles.get(full)
    if title is not None:
        # Introduced with a title before speaking: "Secretary of State Ann Cole met ..."
        entity.title, entity.organization, entity.provisional = title, sal.facts.organization(title), True
    sal.entities[full.lower()] = entity
    return entity


_SERVING = frozenset("at in from inside with".split())


def _head_and_role(sp: Span) -> tuple[list[str], str, str, int]:
    """A description's words, head noun, role noun ("mayor" in "the mayor of X") and "of" index."""
    parts = sp.text.split()
    head = parts[-1].lower()
    informed = INFORMED_SOURCE.match(sp.text)
    if informed is not None:
        head = informed.group("who").lower()  # "a person familiar with the plans" is a person
    lowered = [w.lower() for w in parts]
    if informed is None:
        # "a person who asked ...", "a doctor at the clinic": the noun before the relative or the
        # place where they serve heads the description
        cut = next((k for k, w in enumerate(lowered) if k > 0 and (w == "who" or w in _SERVING)
                    and (lowered[k - 1] in PERSON_NOUNS or lowered[k - 1][:-1] in PERSON_NOUNS)), -1)
        if cut > 0:
            head = lowered[cut - 1]
    of = lowered.index("of") if "of" in lowered else -1
    return parts, head, parts[of - 1].lower() if of > 1 else head, of


def refers_back(sal: Salience, sp: Span) -> Speaker | None:
    """"the 26-year-old", "the mayor", "the founder of ...": a person named before (rule 3a)."""
    parts, head, role, of = _head_and_role(sp)
    if parts[0].lower() != "the":
        return None
    entity: Entity | None = None
    if role in ANONYMOUS_ROLES or role in UNNAMED_HEADS:
        # "the person", "the official": the unnamed source described before, else a new one
        for _, entity in most_recent(sal):
            if entity.anonymous and role in entity.name.lower().split():
                touch(sal, entity, sp.start)
                return _said(entity, sp, entity.title, True)
        return None
    if any(w.lower().endswith("-year-old") for w in parts) and not head.endswith("s"):
        entity = pronoun(sal, "he/she", sp.start)
        if entity is not None and not entity.anonymous:
            touch(sal, entity, sp.start)
            return _said(entity, sp, entity.title, False)
    if not (role.isalpha() and role.islower() and role not in ORG_WORDS and role not in DOCUMENT_WORDS
            and role not in ANONYMOUS_ROLES and not role.endswith("s")
            and (role in TITLE_WORDS or role in PERSON_NOUNS or role.endswith(ROLE_SUFFIXES) or _epithet(parts))):
        return None
    entity = by_role(sal, role) or pronoun(sal, "he/she", sp.start)
    body = sal.facts.organization(sp.text) if of > 1 else None
    held = f"{entity.title or ''} {entity.organization or ''}".lower() if entity is not None else ""
    if body is not None and held.strip() and body.lower() not in held:
        return None  # "the president of Acme" is not the President named before
    end = of - 1 if of > 1 else len(parts) - 1
    proper = [w.lower() for w in parts[1:end] if w[:1].isupper()]
    if proper and role in TITLE_WORDS and entity is not None and held.strip() and not any(w in held for w in proper):
        return None  # "the Lakeport judge" is not the judge of another court named before
    if entity is None or entity.anonymous:
        return None
    touch(sal, entity, sp.start)
    return _said(entity, sp, entity.title, False)


_EPITHET_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _epithet(parts: list[str]) -> bool:
    """"the retired welder", "the soft-spoken veteran": a definite description of a person, lower
    case, with a modifier and a singular head that names no organisation, document, place or thing."""
    if not 3 <= len(parts) <= 5 or parts[0].lower() != "the":
        return False
    if not all(_EPITHET_WORD.fullmatch(w) for w in parts[1:]):
        return False
    head = parts[-1]
    return not any(w in PREPOSITIONS or w in NOT_HEADS for w in parts[1:]) and "-" not in head \
        and head not in ORG_WORDS and head not in DOCUMENT_WORDS and head not in COMPANY_HEADS \
        and head not in UNIT_HEADS and head not in THING_HEADS and head not in SETTLEMENT_NOUNS \
        and head not in PLACE_WORDS and not head.endswith(("ing", "ness", "ity", "ment", "tion", "sion"))


def _thing(head: str) -> str:
    return head.strip("’'s") if head.endswith(("’s", "'s")) else head


def represents(sal: Salience, sp: Span) -> Speaker | None:
    """"a spokesman for Ann Cole", "his lawyer", "her office": the representative speaks, unnamed,
    with the role as title and the principal (a person's name or the body) as organisation (rule 3b)."""
    parts = sp.text.split()
    lowered = [w.lower() for w in parts]
    if "for" in lowered[1:4]:
        at = lowered.index("for", 1)
        role = lowered[at - 1]
        if role not in REPRESENTATIVES or at + 1 >= len(parts):
            return None
        principal = " ".join(parts[at + 2:] if lowered[at + 1] == "the" else parts[at + 1:])
        if principal.islower():  # "a spokesman for the ministry": the ministry named before
            body = recent_org(sal, lowered[-1], sp.start)
            principal = body.name if body is not None else " ".join(parts[at + 1:])
        elif sal.facts.person(principal):
            principal = person(sal, principal).name
    else:
        owner_pronoun = POSSESSIVE_PRONOUNS.get(lowered[0])
        role = lowered[-1]
        if owner_pronoun is None or len(parts) > 3 or role not in REPRESENTATIVES:
            return None
        owner = pronoun(sal, owner_pronoun, sp.start)
        if owner is None and lowered[0] in ORGANIZATION_POSSESSIVES:
            owner = recent_org(sal, "", sp.start, any_kind=True)  # "its spokeswoman": the firm named before
        if owner is None:
            return None
        principal = owner.name if owner.person and not owner.anonymous else (owner.organization or owner.name)
    title = None if role in UNIT_HEADS else role  # "her office" is a body, no title
    return Speaker(sp.text, sp.text, sp.start, sp.end, title, principal, True)


def possessed(sal: Salience, sp: Span) -> Speaker | None:
    """"her statement said": the owner speaks (rule 3b)."""
    parts, head, _, _ = _head_and_role(sp)
    thing = _thing(head)
    owner_pronoun = POSSESSIVE_PRONOUNS.get(parts[0].lower())
    if owner_pronoun is None or len(parts) > 3 or thing not in DOCUMENT_WORDS:
        return None
    owner = pronoun(sal, owner_pronoun, sp.start)
    return None if owner is None else _said(owner, sp, owner.title, owner.anonymous)


def issued(ctx: Context, sal: Salience, sp: Span) -> Speaker | None:
    """"a study released Monday by Acme", "numbers from the Statistics Bureau": the issuer (rule 3c)."""
    parts, head, _, _ = _head_and_role(sp)
    lowered = [w.lower().strip(",") for w in parts]
    document = next((w for w in lowered if w in DOCUMENT_WORDS), None)
    if document is None or _thing(head) in DOCUMENT_WORDS:
        return None
    entity = _document_issuer(sal, sp, document, definite=False)
    if entity is None:
        source = _issuer(ctx, sp)
        if source is None:
            return None
        entity = sal.entities.setdefault(source.lower(), Entity(source, None, source, False, person=False))
    sal.by_head[document] = entity
    touch(sal, entity, sp.start)
    return _said(entity, sp, None, entity.anonymous)


def _issuer(ctx: Context, sp: Span) -> str | None:
    """The capitalised run after "by" or "from" (and maybe "the") in a description."""
    words = ctx.words
    i, j = ctx.doc.word_range(sp.start, sp.end)
    for k in range(i, j - 1):
        if words.text[k] not in ("by", "from") or not ctx.text[words.end[k]:words.start[k + 1]].isspace():
            continue
        m = k + 2 if words.text[k + 1] == "the" and k + 2 < j else k + 1
        last = capitalised_run(ctx, m, j, j)
        if last >= 0:
            return strip_possessive(ctx.text[words.start[m]:words.end[last]])
    return None


def organisation_head(ctx: Context, sal: Salience, sp: Span) -> Speaker | None:
    """"the Acme study" names Acme; "the company", "the board" refer back (rule 3d)."""
    parts, head, _, _ = _head_and_role(sp)
    thing = _thing(head)
    if thing not in ORG_WORDS and thing not in DOCUMENT_WORDS and thing not in COMPANY_HEADS:
        return None
    named_runs = [n for n in runs(ctx.text, ctx.words, *ctx.doc.word_range(sp.start, sp.end))
                  if n.text.lower() not in ARTICLES]
    entity = None
    if thing in DOCUMENT_WORDS:  # "Acme's Monday statement", "a statement from the union"
        entity = _document_issuer(sal, sp, thing, definite=False)
    if entity is not None:
        pass
    elif named_runs and (thing in DOCUMENT_WORDS or thing in UNIT_HEADS):
        source = strip_possessive(named_runs[0].text)
        entity = sal.entities.setdefault(source.lower(), Entity(source, None, source, False, person=False))
    elif parts[0].lower() == "the" and len(parts) <= 3:
        latest = recent_org(sal, thing, sp.start) if len(parts) == 2 or parts[1].islower() else None
        # "the study": the source first described so; "the company": the latest company, though
        # another was called so before
        earlier = sal.by_head.get(thing)
        entity = (earlier or latest) if thing in DOCUMENT_WORDS else (latest or earlier)
    if entity is None and thing in DOCUMENT_WORDS:
        entity = _document_issuer(sal, sp, thing, parts[0].lower() in DEFINITE_DETERMINERS)
    if entity is None:
        return None
    sal.by_head[thing] = entity
    touch(sal, entity, sp.start)
    return _said(entity, sp, None, entity.anonymous)


def _document_issuer(sal: Salience, sp: Span, thing: str, definite: bool) -> Entity | None:
    """The issuer the text gave a document ("a report by Acme", "Acme's release"): the document of
    the description itself, or for "the report" the latest report introduced (else the latest
    document, nearer); None when the text names no issuer."""
    mentions, starts = sal.known.document_mentions, sal.known.document_starts
    k = bisect.bisect_left(starts, sp.end) - 1
    other: tuple[int, str] | None = None
    for at, word, issuer in reversed(mentions[max(0, k - 11):k + 1]):
        if sp.start - at >= _ORG_REACH:
            break
        if at >= sp.start or definite and word == thing:
            return _issuer_entity(sal, issuer, at)
        if definite and other is None and sp.start - at < _GROUP_REACH:
            other = (at, issuer)
    return _issuer_entity(sal, other[1], other[0]) if other is not None else None


def _issuer_entity(sal: Salience, issuer: str, at: int) -> Entity:
    """"the shipping group" (the company named before), "prosecutors", "Acme", "Ann Cole"."""
    if issuer[:4].lower() == "the ":
        words = issuer.lower().split()
        found = _org_named_with(sal, words[1:-1], at) or recent_org(sal, words[-1], at)
        if found is not None:
            return found
    elif given_name_gender(issuer) is not None and sal.facts.person(issuer):
        return person(sal, issuer)  # "Ann Cole's report"; a name of no common given name is an issuer's
    entity = sal.entities.setdefault(issuer.lower(), Entity(issuer, None, issuer, False, person=False))
    return entity


def _org_named_with(sal: Salience, modifiers: list[str], pos: int) -> Entity | None:
    """"the shipping group": the latest organisation named before pos with one of the modifiers in
    its name ("Harbor Shipping Group"), among the last few named however far back."""
    if not modifiers:
        return None
    mentions, starts = sal.known.org_mentions, sal.known.org_starts
    k = bisect.bisect_left(starts, pos) - 1
    for _, name in reversed(mentions[max(0, k - 11):k + 1]):  # a shared word reaches further than a kind
        if any(m in name.lower().split() for m in modifiers):
            entity = sal.entities.setdefault(name.lower(), Entity(name, None, name, False, person=False))
            if entity.person:
                entity.person, entity.organization = False, entity.name
            return entity
    return None


def unnamed(sal: Salience, sp: Span) -> Speaker:
    """An unnamed source or an institution (rule 3e)."""
    parts, head, role, _ = _head_and_role(sp)
    thing = _thing(head)
    org = None
    title = None
    anonymous = (head in PERSON_NOUNS or head.rstrip("s") in PERSON_NOUNS) and head not in ORG_WORDS
    if not anonymous and role not in ORG_WORDS and (role in TITLE_WORDS or role.rstrip("s") in TITLE_WORDS):
        # "the mayor of Lakeport", "two ministers": unnamed people known by their office
        anonymous = True
        head = role
    if not anonymous:
        org = sp.text  # "police", "the ministry": the institution is the source
    else:
        found = sal.facts.organization(sp.text)
        modifiers = [w for w in parts[:-1] if w.lower() in ORG_WORDS]
        if found and not _INITIALS.fullmatch(found) and not _is_place(found, sp.text) and found != sp.text \
                and found.lower() not in PERSON_NOUNS:
            org = found  # "a Pentagon spokesperson" (but "officials in Kyiv" speak for no place)
        elif modifiers:
            org = modifiers[-1]  # "a ministry spokesperson"
        if head in TITLE_WORDS:
            title = head
    entity = sal.entities.get(sp.text.lower())
    if entity is None:
        plural = head.endswith("s") or head in ("people", "staff", "police")
        entity = Entity(sp.text, title, org, anonymous, "p" if plural else None, person=anonymous)
        sal.entities[sp.text.lower()] = entity
    if thing in ORG_WORDS or thing in DOCUMENT_WORDS:
        sal.by_head.setdefault(thing, entity)
    touch(sal, entity, sp.start)
    return _said(entity, sp, entity.title, entity.anonymous)


# "officials in Lakeport": the capitalised name after "in" that ends a description.
_IN_NAME = re.compile(r"\b(?:in|inside)\s+(?:the\s+)?([A-Z][\w’'.\-]*(?:\s[A-Z][\w’'.\-]*){0,3})$")


def _is_place(name: str, description: str) -> bool:
    """A country, region or city of the place lexicon ("Kyiv", "South Korea"), or a name with no
    organisation word after "in" ("officials in Lakeport"): a place, not an organisation."""
    if is_place(name):
        return True
    where = _IN_NAME.search(description)
    return where is not None and where.group(1) == name and not any(w.lower() in ORG_WORDS for w in name.split())


def recent_org(sal: Salience, head: str, pos: int, any_kind: bool = False) -> Entity | None:
    """"the company", "the board": the latest organisation named or speaking before, of that kind."""
    candidates: list[tuple[int, str, Entity | None]] = []
    k = bisect.bisect_left(sal.known.org_starts, pos) - 1
    while k >= 0 and len(candidates) < 12 and pos - sal.known.org_mentions[k][0] < _ORG_REACH:
        candidates.append((sal.known.org_mentions[k][0], sal.known.org_mentions[k][1], None))
        k -= 1
    for at, entity in most_recent(sal):
        # A one-word speaker that is no one's surname and never a "he" or "she" may be a firm ("Globex said").
        one_word = entity.person and " " not in entity.name and entity.gender is None and \
            entity.name.lower() not in sal.known.full_names and not entity.title
        if (not entity.person or one_word) and not entity.anonymous and entity.gender != "p" and pos - at < _ORG_REACH:
            candidates.append((at, entity.name, entity))
    candidates.sort(key=itemgetter(0), reverse=True)  # latest first (stable)
    if not any_kind and head not in COMPANY_HEADS:
        # "the union": the latest union named as such, before a name that shows no kind
        named_kind = [c for c in candidates if head in c[1].lower().split()]
        candidates = named_kind + [c for c in candidates if c not in named_kind]
    for _, name, found in candidates:
        if any_kind or _kind_fits(head, name.lower().split()):
            if found is None:
                found = sal.entities.setdefault(name.lower(), Entity(name, None, name, False, person=False))
            if found.person:
                found.person, found.organization = False, found.name  # now known as a company
            return found
    return None


def _kind_fits(head: str, low: list[str]) -> bool:
    """Whether "the <head>" can be the organisation named ``low`` (its words, lower case): its own
    kind ("the board": "River Safety Board"); any company for "the company"; a department or bureau
    for "the agency"; a name that shows no kind ("Globex", "HWU") for a company, agency or union."""
    if head in low:
        return True
    if head in COMPANY_HEADS:
        return not any(w in PUBLIC_BODIES for w in low)
    kindless = len(low) == 1 and low[0] not in ORG_WORDS
    if head in AGENCY_HEADS:
        return kindless or any(w in AGENCY_HEADS for w in low)
    return kindless and head in KINDLESS_HEADS


def by_role(sal: Salience, role: str) -> Entity | None:
    for _, entity in most_recent(sal):
        if entity.person and entity.title and role in entity.title.lower().split():
            return entity
    return None


def _compatible(entity: Entity, gender: str | None, pronoun: str) -> bool:
    if gender in ("m", "f") or pronoun == "he/she":
        return entity.person and not entity.anonymous and entity.gender != "p" and (
            gender not in ("m", "f") or entity.gender in (None, gender))
    if gender == "p":
        return entity.gender == "p" or not entity.person
    if gender == "n":
        return not entity.person
    return False


def pronoun(sal: Salience, word: str, pos: int) -> Entity | None:
    """The entity a pronoun ("he", "they", or "he/she" for a role) at pos refers to (rule 1)."""
    gender = PRONOUN_GENDERS.get(word)
    chosen: Entity | None = None
    since = -1
    for p, entity in most_recent(sal):
        if p < pos and _compatible(entity, gender, word):
            chosen, since = entity, p
            break
    if gender in ("m", "f") or word == "he/she":
        # A person named after the last compatible speaker (and before the pronoun) is more salient.
        i = bisect.bisect_left(sal.known.mention_starts, pos) - 1
        stop = max(-1, i - SALIENCE_DEPTH)
        while i > stop and sal.known.mention_starts[i] > since:
            entity = person(sal, sal.known.person_mentions[i][1])
            if entity is not chosen and _compatible(entity, gender, word) and entity.person:
                chosen = entity
                break
            if entity is chosen:
                break
            i -= 1
    elif word == "they" and sal.known.group_mentions:
        # "Ann Cole and Tom Reyes spoke ... They said": a pair named after the last plural speaker
        k = bisect.bisect_left(sal.known.group_starts, pos) - 1
        if k >= 0 and sal.known.group_starts[k] > since and pos - sal.known.group_starts[k] < _GROUP_REACH:
            name = sal.known.group_mentions[k][1]
            unnamed_people = name in sal.known.group_descriptions  # "several executives" (anonymous)
            chosen = sal.entities.setdefault(name.lower(), Entity(name, anonymous=unnamed_people, gender="p"))
    if chosen is None and (gender in ("m", "f") or word == "he/she"):
        # nothing recent fits: a person named just before, as a subject or not ("questioned the
        # witness, Tom Reyes, ... he insisted")
        i = bisect.bisect_left(sal.known.name_starts, pos) - 1
        while i >= 0 and pos - sal.known.name_starts[i] < _NAME_REACH:
            entity = person(sal, sal.known.name_mentions[i][1])
            if entity.person and _compatible(entity, gender, word):
                chosen = entity
                break
            i -= 1
    if chosen is None and (gender in ("m", "f") or word == "he/she"):
        # nothing recent fits: the person the article is about
        main_people = (person(sal, name) for name in sal.known.most_mentioned)
        chosen = next((e for e in main_people if e.person and _compatible(e, gender, word)), None)
    if chosen is None:
        return None
    if gender in ("m", "f") and chosen.gender is None:
        chosen.gender = gender
    touch(sal, chosen, pos)
    return chosen


