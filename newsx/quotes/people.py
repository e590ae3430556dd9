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
   (``subject_like``: opening their sentence, after a role word, before a verb or an apposition or
   age), not a photo credit ("Ann Cole / Daily Courier"); a one-word name with a role apposition
   ("Marta, a nurse from the valley,") is a person known by one name.
4. Pairs of people named as a subject ("Ann Cole and Tom Reyes spoke"), for a later "they".
5. Organisations named outside quotations ("the River Safety Board", "UFCW"), for a later
   "the board" or "the company".
"""
from __future__ import annotations

import bisect
import re

from ..lexicon.grammar import ARTICLES
from ..lexicon.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from ..lexicon.organizations import DOCUMENT_WORDS, ORG_WORDS, PLACE_BODIES
from ..lexicon.quotes import COPULAS, FINITE_WORDS
from ..lexicon.titles import KIN_WORDS, PERSON_NOUNS, ROLE_SUFFIXES, TITLE_WORDS
from ..model import Span
from ..names import last_token, leading_place, name_tail, strip_possessive
from .records import Context, NameFacts, latin

_MAX_TITLED_NAME = 160
_MAX_KNOWN_PER_SURNAME = 20
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
# A verb right after a name, maybe after its apposition's comma: "Cole expressed", "Tom Reyes, agreed".
_VERB_AFTER_NAME = re.compile(r",?\s([a-z]+)\b")
# An apposition that says who someone is: ", a nurse from the valley", ", the driver's mother".
_ROLE_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()]")
# ", the chief executive of Acme," after a name: a title in apposition (bounded, no nested repeats).
_TITLE_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+([^,;:.()“”\"]{2,90})(?=[,;.])")
_APPOSITION_CONNECTORS = frozenset("of at for with from in".split())
_ACRONYM = re.compile(r"[A-Z]{3,6}")


class Known:
    """What the text names: full names by surname, introduction titles, and the mentions of people,
    pairs and organisations outside quotations (each with its start, in text order)."""

    __slots__ = ("full_names", "titles", "split_runs", "person_mentions", "mention_starts", "one_name_people",
                 "group_mentions", "group_starts", "org_mentions", "org_starts")

    def __init__(self) -> None:
        self.full_names: dict[str, list[str]] = {}  # surname (lower case) -> full names
        self.titles: dict[str, str] = {}  # full name -> the title it was introduced with
        self.split_runs: dict[int, tuple[str | None, str]] = {}  # run start -> (title, name) within the run
        self.person_mentions: list[tuple[int, str]] = []  # (start, name as written)
        self.mention_starts: list[int] = []
        self.one_name_people: set[str] = set()
        self.group_mentions: list[tuple[int, str]] = []
        self.group_starts: list[int] = []
        self.org_mentions: list[tuple[int, str]] = []
        self.org_starts: list[int] = []


def given_name_gender(name: str) -> str | None:
    """"m" or "f" when the first word is a common given name of that gender, else None."""
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
    titled = [titled_name(ctx, span, parts) for span in names]
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
    _add_person_mentions(ctx, known, names, titled, quoted)
    known.mention_starts = [m[0] for m in known.person_mentions]
    for k in range(len(names) - 1):
        (_, name1, person1), (_, name2, person2) = titled[k], titled[k + 1]
        if person1 and person2 and not quoted[k] and ctx.text[names[k].end:names[k + 1].start] == " and " \
                and _subject_like(ctx, known, names[k]):
            known.group_mentions.append((names[k].start, f"{name1} and {name2}"))
    known.group_starts = [m[0] for m in known.group_mentions]
    for span, inside in zip(names, quoted):
        if not inside and _names_organization(span.text):
            known.org_mentions.append((span.start, strip_possessive(span.text)))
    known.org_starts = [m[0] for m in known.org_mentions]
    return known


def _add_person_mentions(ctx: Context, known: Known, names: list[Span],
                         titled: list[tuple[str | None, str, bool]], quoted: list[bool]) -> None:
    """Rule 3 (the cheap tests first: whether a name stands as a subject is asked last)."""
    text = ctx.text
    for span, (_, name, person), inside in zip(names, titled, quoted):
        if inside:
            continue
        one_word = " " not in name
        if person or one_word and name.lower() in known.full_names:
            if _subject_like(ctx, known, span) and not _CREDIT.match(text, span.end):
                known.person_mentions.append((span.start, name))
        elif one_word and name[:1].isupper() and not name.lower().endswith("ly") and _role_apposition(text, span.end) \
                and _subject_like(ctx, known, span) and not _CREDIT.match(text, span.end):
            # "Marta, a nurse from the valley, was at home": a person known by one name
            known.person_mentions.append((span.start, name))
            known.one_name_people.add(name.lower())


def _names_organization(run: str) -> bool:
    """A run that names an organisation: ends with an organisation word ("Safety Board"), or an acronym."""
    if " " not in run and "\u00a0" not in run:
        return bool(_ACRONYM.fullmatch(run))
    parts = run.split()
    if len(parts) > 8:
        return False
    last = parts[-1].lower().strip(".,")
    return (last in ORG_WORDS and last not in PLACE_BODIES and last not in DOCUMENT_WORDS) or bool(_ACRONYM.fullmatch(run))


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
    m = _TITLE_APPOSITION.match(text, end)
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
    if span.start - sent_start <= 120 and len(parts) <= 3 and not _CLAUSE_PUNCTUATION.search(before):
        return True
    prev = parts[-1].lower() if parts else ""
    if prev in TITLE_WORDS or prev.endswith("-old"):
        return True
    verb = _VERB_AFTER_NAME.match(text, span.end)
    if verb is not None and (verb.group(1) in FINITE_WORDS or verb.group(1).endswith("ed")) \
            and verb.group(1) not in COPULAS:
        # "..., Cole expressed concern": the subject of its clause, when surely a person
        # (a known surname or a common given name, not "Mount Korvo erupted")
        parts = span.text.split()
        if len(parts) == 1 and parts[0].lower() in known.full_names and not verb.group().startswith(",") \
                or given_name_gender(span.text) is not None:
            return True
    return bool(_APPOSITION_AFTER.match(text, span.end))
