"""Quotes and the officials who said them.

Rules, in priority order:
1. Quotation marks (curly, straight, and doubled apostrophes), paragraph by paragraph: a mark left open
   at the end of a paragraph continues when the next paragraph opens with a quotation mark (the news
   way); otherwise the quote runs to the end of its paragraph and ``unbalanced-quote`` is recorded.
   Titles in quotation marks ("The Girl Who Sailed the Moon") are not speech.
2. Attributions, sentence by sentence, around a speech verb outside quotation marks (lines of page
   furniture such as "READ MORE:" are skipped):
   ``said-after``   "CLAUSE," X said. / "CLAUSE," said X. / CLAUSE, X said in a statement.
   ``said-before``  X said (that) CLAUSE / X said: "..." / X told reporters CLAUSE / X is saying ...
   ``said-middle``  CLAUSE, X said, CLAUSE
   ``participle``   ..., saying CLAUSE (the subject of the sentence, or of the attribution before)
   ``according-to`` according to X, CLAUSE / CLAUSE, according to X
   ``colon``        X: "..." (a name or pronoun right before a colon that opens a quotation)
   ``dash``         "..." — X (a credit after the closing mark, ending the sentence)
   ``called``       called it "a hoax" / described as "bold" (a quoted fragment named by the subject)
   A reported clause must read as a clause (a finite verb, "that", a pronoun subject), except after
   say/tell; the clause before ", X said" must be a clause or a quotation.
3. An attribution whose clause is (mostly) one quotation gives that quotation its cue and speaker
   (``direct``, or ``partial`` for a fragment); a clause holding quoted fragments is one ``partial``
   quote running to the last closing mark; a clause without marks is ``indirect``.
4. A quotation without its own attribution continues the previous speaker (``continuation``: name
   given, no mention span); "A," she said, "B." shares one attribution.
5. Speakers: a pronoun goes to the most recent compatible entity among speakers and people introduced
   since (gender from a given-name list or learnt from earlier pronouns); a surname or shortened name
   to the fullest name with the same last word; "the mayor" / "the 26-year-old" to a person with that
   role or the salient one; "her statement" to its author; "the X study" names X. Appositions and
   preceding titles give ``title`` and ``organization``; an unnamed description ("two senior
   officials", "a spokesperson") is anonymous and named by the description; institutions ("police",
   "the ministry") are their own organisation.

Time is linear in the text: the text is tokenised once (``TokenIndex``) and each cue looks at a
bounded window of it; pronouns and roles look back over at most ``_SALIENCE_DEPTH`` entities and
mentions; officials' name mentions are found through an index of name endings.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from ..model import Mention, Official, Quote, Span, Speaker
from ..doc import Doc
from ..model import DateMention
from ..lexicon.grammar import DETERMINERS, LY_NOT_ADVERBS
from ..lexicon.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from ..lexicon.organizations import INSTITUTIONS
from ..lexicon.quotes import ADVERBIAL_PREPOSITIONS, BETWEEN_SUBJECT_AND_VERB, CLAUSE_OPENERS, DESCRIPTION_OPENERS, FINITE_WORDS, NOT_HEADS, PROGRESSIVE_AUX, SUBJECT_BOUNDARIES, SUBJECT_PRONOUNS, SUBORDINATORS, TOLD_OBJECTS
from ..lexicon.speech import SPEECH_FORMS, WEAK_LEMMAS
from ..lexicon.titles import ANONYMOUS_ROLES
from ..lexicon.organizations import DOCUMENT_WORDS, ORG_WORDS
from ..lexicon.titles import HONORIFICS, PERSON_NOUNS, TITLE_WORDS
from ..names import (
    TokenIndex,
    is_person_name,
    last_token,
    organization_of,
    proper_names,
    split_title,
    strip_possessive,
)

OPEN_MARKS = "“«„"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
ALL_MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT
# Single quotation marks used as double ones by some outlets ("’’" closing).
_MARK = re.compile(r"[\"“”«»„]|’’|''")

_VERB_FORMS = sorted(SPEECH_FORMS, key=len, reverse=True)
_SPEECH_VERB = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in _VERB_FORMS) + r")(?![\w-])")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_LINE = re.compile(r"[^\n]+")
_TRAIL = " \t\n.,;:!?—–-"
_MAX_SUBJECT_TOKENS = 12
_MAX_CLAUSE = 2000
# "... which is being released Monday by Civic Action": the issuer of a document (no comma before it)
_ISSUED_BY = re.compile(r"[^,.;:“”\"]{0,80}?\bby\s+(?:the\s+)?[A-Z][\w&’'.\-]*(?:\s+[A-Z][\w&’'.\-]*){0,4}")
# Verbs that name something with the speaker's words: called it “a hoax”, described as “bold”.
_NAMING_VERB = re.compile(
    r"\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|express(?:ed|es|ing)|dubb(?:ed|ing)|dubs|label(?:l?ed|s)|termed)\b"
    r"(?=[^.!?;“”\"]{0,50}$)")
# What may follow the name after an inverted verb ("said Smith, ..." / "said Smith in a statement").
_NAME_END = re.compile(r"\s*(?:$|[,.;:!?)\]—–\"“”]|(?:in|on|at|during|after|before|of|from|who|with|to|when|while|as)\b)")
# A line of page furniture: "READ MORE: ...", "WATCH: ..."
_FURNITURE = re.compile(r"(?:READ MORE|WATCH|RELATED|LISTEN|VIDEO|PHOTOS?|SEE ALSO|MORE|CLICK HERE|SUBSCRIBE)\b[^:\n]{0,10}:")
# Endings of person nouns ("the laid-back resident", "the bow-tied maverick" has none).
_ROLE_SUFFIXES = ("er", "or", "ist", "ian", "ent", "ant", "ee")
# A photo credit after a name ("Jane Doe / The Canadian Press"): the name is no speaker.
_CREDIT = re.compile(r"\s*/\s")
# The listener after "told": "reporters", "CBC News", "the House of Commons".
_TOLD_OBJECT = re.compile(r" (?:the |a |an )?(?:[A-Z][\w&'’.\-]*(?: (?:of |and |for )?[A-Z][\w&'’.\-]*){0,4}|[a-z]+)")
# What follows a person's name when the article introduces them: ", 50," / ", the ..." / ", who ..."
_APPOSITION_AFTER = re.compile(r",\s+(?:\d{1,3}\b|the\s|a\s|an\s|who\s)|\s+\(\d{1,3}\)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_PERIOD = r"(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter)"
# Time adverbials between a speech verb and its clause, for when no date mentions are available.
_TIME_ADVERBIAL = re.compile(
    rf"(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|yesterday|today|tonight|(?:this|last|next)\s+{_PERIOD}|{_PERIOD})\b"
)
_PREPOSITIONS = frozenset("with without in on at by for from into to about after before during under over against among".split())
# The project's header line ("date 2022-12-13 ...") is not part of a reported clause.
_HEADER = re.compile(r"date \d{4}-\d{2}-\d{2}\s+")
_MAX_APPOSITION_TOKENS = 24
# Patterns used inside the attribution rules (compiled once here).
_LETTERS = re.compile(r"[A-Za-z]+")
_OUT = re.compile(r" out\b")  # "pointed out"
# A contracted verb ("he's", "they're"); with "n't" as well.
_CONTRACTION = re.compile(r"['’](?:s|re|ll|d|ve)$")
_CONTRACTION_OR_NOT = re.compile(r"['’](?:s|re|ll|d|ve|t)$")
_QUOTED_AS = re.compile(r"\bquoted as$")  # "he was quoted as saying"
_PASSIVE_AUX = re.compile(r"\b(?:was|is|were|are|been)\s+$")
# A progressive auxiliary right before an -ing verb ("is saying", "was not saying").
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)(?:\s+\w+ly|\s+not)?\s*$")
_WITH_BEFORE = re.compile(r"\bwith\s*$")  # "with officials saying"
# A weak verb reports only before "that" or a quotation.
_THAT_OR_QUOTE = re.compile(r"\s*(?:that\b|[:,]?\s*[\"“])")
_THAT_OR_MARK = re.compile(r"\bthat\b|[:\"“]")
_AND_THEN_BUT = re.compile(r"(?:^|\W)(?:and|then|but)$")
_AND = re.compile(r"(?:^|\W)and$")
_PARTICIPLE_PREPOSITION = re.compile(r"\b(?:by|from|after|before|while|without|when)$")  # "after saying"
_DOCUMENT_BEFORE = re.compile(  # "a statement saying"
    r"\b(?:statement|letter|release|interview|email|e-mail|tweet|post|note|memo|message|video|speech)$")
# A period that ends an abbreviation, not the sentence.
_ABBREVIATION_END = re.compile(r"\b(?:[A-Z]\.)+$|\b(?:Inc|Co|Corp|Ltd)\.$")
_COLON_QUOTE = re.compile(r"([^:]{1,80}):\s*[\"“]")  # X: "..."
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")  # dropped from titles
_AGE = re.compile(r"[\d\s]+|aged? \d+")  # ", 50," is an age, not a title
_WRITER = re.compile(r"(?:i|we)(?:['’](?:d|m|ve|ll|re))?")  # the writer speaking, not a source
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()]")
# "a study released by Civic Action": the issuer (each repetition starts with a space: no backtracking).
_ISSUER = re.compile(r"\b(?:by|from)\s+(?:the\s+)?([A-Z][\w&’'.\-]*(?:\s+[A-Z][\w&’'.\-]*)*)")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# The object of "urged voters to", "warned them to", "told the public to".
_INFINITIVE_OBJECT = re.compile(r"(?:him|her|them|us|me|everyone|people|[A-Z][a-z]+s?|(?:the |all |fellow )?[a-z]+s|the public)")
# A closing quotation mark, then a dash crediting its author: ”  — Maria Lopez
_DASH_SOURCE = re.compile(r"[”\"](\s{0,2}[—–])\s{0,2}(?=[A-Za-z])")
# Unnamed informed sources: "people familiar with the matter", "a source close to the talks".
_INFORMED = (r"(?:(?:an?|one|two|three|four|several|some|other|the|those|many)\s+)?(?:[a-z]+\s+)?"
             r"(?P<who>people|persons?|sources?|officials?|someone|insiders?|diplomats?|individuals?)\s+"
             r"(?:familiar\s+with|close\s+to|briefed\s+on|knowledgeable\s+about|with\s+(?:direct\s+)?knowledge\s+of|"
             r"involved\s+in|aware\s+of|who\s+spoke\s+on\s+condition\s+of\s+anonymity\s+about)"
             r"\s+(?:the\s+|this\s+|these\s+|their\s+|his\s+|her\s+|its\s+)?[\w’'-]+(?:\s+[a-z][\w-]*){0,2}")
_INFORMED_SOURCE_BEFORE = re.compile(r"\b(?i:" + _INFORMED + r")$")
# One of these stands in every match of _INFORMED (case-folded).
_INFORMED_LINKS = ("familiar", "close", "briefed", "knowledg", "involved", "aware", "anonymity")
# "Secretary of " right before a capitalised run: the title goes on across "of".
_TITLE_OF = re.compile(r"\b([A-Z][a-z]+ of) $")
# A lower-case title right before a name, with the capitalised body it belongs to: "Pentagon spokesman ".
_LOWER_TITLE_BEFORE = re.compile(r"(?<![\w’'])((?:[A-Z][\w&.\-]* ){0,3}([a-z]+)) $")
_MAX_TITLED_NAME = 160
# Organisation heads: "the company" may refer to any firm named before; "the board" only to a Board.
_GENERIC_ORG_HEADS = frozenset("""company firm group organization organisation corporation business carrier airline
    automaker carmaker retailer insurer lender manufacturer maker giant""".split())
_PUBLIC_BODIES = frozenset("""ministry department agency authority office council committee commission board bureau
    police government parliament congress senate court tribunal union university college school hospital""".split())
_PLACE_BODIES = frozenset("city county province state region municipality".split())
_ACRONYM = re.compile(r"[A-Z]{3,6}")
_ORG_REACH = 3000
_AGE_ONLY = re.compile(r"(?:an? |the )?\d{1,3}-year-old")
# After "..., said X": a comma and a lower-case word that goes on with the clause ("in seeing it").
_CONTINUATION = re.compile(r",\s+([a-z]+)\b")
_NOT_CONTINUATIONS = frozenset("""who which whose whom where when while the a an and but or adding saying noting
    according as after before because although though since""".split())
# A verb right after a name, maybe after its apposition's comma: "McCallum expressed", "Kevin Haley, agreed".
_VERB_AFTER_NAME = re.compile(r",?\s([a-z]+)\b")
# An apposition that says who someone is: ", a resident of Lampung", ", the victim's mother".
_ROLE_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)")
_KIN_WORDS = frozenset("mother father son daughter wife husband brother sister aunt uncle cousin friend neighbour neighbor widow".split())
_GROUP_REACH = 1500
_ACRONYM_NAME = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,5}")
# ", and according to the city, ...": a new clause opens with the attribution.
_COMMA_CONJUNCTION = re.compile(r",\s*(?:and|but|yet|while)$")
_ENDS_SENTENCE = re.compile(r"[.!?]*(?:\s|$)")  # after a closing mark
# How far back a pronoun or a role ("the mayor") looks, in distinct entities and in person mentions:
# no antecedent lies further back than this in news prose, and the bound keeps resolution linear.
_SALIENCE_DEPTH = 64
# The longest ending of an official's name looked up as a mention of them (besides the whole name).
_MAX_NAME_ENDING = 120


@dataclass(slots=True)
class _Segment:
    """One quoted stretch inside a paragraph: inner text is text[start:end]."""

    open: int
    close: int  # index of the closing mark, or the paragraph end when left open
    start: int
    end: int
    attr: "_Attr | None" = None
    absorbed: bool = False


@dataclass(slots=True)
class _Subject:
    span: Span
    kind: str  # name, pronoun, desc
    title: str | None = None
    phrase_start: int | None = None  # where the whole noun phrase (with modifiers) begins
    weak: bool = False  # a description whose head is not a known person or organisation noun


@dataclass(slots=True)
class _Attr:
    cue: Span
    subject: _Subject | None
    content: tuple[int, int] | None
    rule: str
    sentence: tuple[int, int]
    speaker: Speaker | None = None
    inherit: "_Attr | None" = None  # participles take the speaker of another attribution


@dataclass(slots=True)
class _Entity:
    name: str
    title: str | None = None
    organization: str | None = None
    anonymous: bool = False
    gender: str | None = None
    person: bool = True
    provisional: bool = False  # title only from where the name was introduced; an attribution's wins


# ---------------------------------------------------------------------------- quotation marks


def _segments(doc: Doc) -> list[_Segment]:
    """The document's quotations, with room for the attribution each one gets."""
    return [_Segment(q.open, q.close, q.start, q.end) for q in doc.quotations]


# ---------------------------------------------------------------------------- attributions


class _Finder:
    """Attributions in the sentences of one text."""

    def __init__(self, doc: Doc, dates: list[DateMention], segments: list[_Segment]):
        text = doc.text
        self.text = text
        self.doc = doc
        self.segments = segments
        # Every cue looks at a window of tokens around it: tokenise the text once for all of them.
        self.tokens = TokenIndex(text)
        self.seg_starts = [s.open for s in segments]
        self.date_ends: dict[int, int] = {}
        for d in dates:
            self.date_ends[d.start] = max(d.end, self.date_ends.get(d.start, d.end))
        self.date_spans = sorted(self.date_ends.items())
        self.date_starts = [a for a, _ in self.date_spans]

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.seg_starts, pos) - 1
        return i >= 0 and self.segments[i].open <= pos < self.segments[i].close

    def run(self) -> list[_Attr]:
        attrs: list[_Attr] = []
        prev_s = 0
        for s, e in self.doc.sentences:
            found: list[_Attr] = []
            if _FURNITURE.match(self.text, s):
                continue
            for m in _SPEECH_VERB.finditer(self.text, s, e):
                if self.inside_quote(m.start()):
                    continue
                attr = self._verb(m, s, e, found)
                if attr is not None:
                    found.append(attr)
            for m in _ACCORDING.finditer(self.text, s, e):
                if not self.inside_quote(m.start()):
                    attr = self._according(m, s, e)
                    if attr is not None:
                        found.append(attr)
            if not found:
                attr = self._colon(s, e) or self._dash(s, e, prev_s)
                if attr is not None:
                    found.append(attr)
            prev_s = s
            self._split_contents(found)
            attrs.extend(found)
        attrs.sort(key=lambda a: a.cue.start)
        return attrs

    def _split_contents(self, found: list[_Attr]) -> None:
        """"X said A, and added B": the first clause stops where the next attribution begins."""
        text = self.text
        ordered = sorted(found, key=lambda attr: attr.cue.start)
        for idx, first in enumerate(ordered):
            if first.content is None:
                continue
            a, b = first.content
            # Only the next few attributions can start inside this clause first (keeps this linear).
            for later in ordered[idx + 1:idx + 4]:
                start = later.cue.start if later.subject is None else min(later.cue.start, later.subject.span.start)
                if a < start < b:
                    cut = max(text.rfind(",", a, start), text.rfind(" and ", a, start))
                    if cut > a and len(text[a:min(cut, a + 60)].split()) >= 3:
                        first.content = self._clause(a, cut)
                        break

    # -- pieces

    def _skip_adverbials(self, pos: int, end: int) -> int:
        """Skip dates, adverbs and short prepositional phrases after a verb ("said Monday in a statement")."""
        text = self.text
        for _ in range(6):
            p = pos
            while p < end and text[p] == " ":
                p += 1
            if p in self.date_ends:
                pos = self.date_ends[p]
                continue
            when = _TIME_ADVERBIAL.match(text, p, end)
            if when:
                pos = when.end()
                continue
            m = _LETTERS.match(text, p, end)
            if not m:
                return p
            word = m.group().lower()
            q = m.end()
            while q < end and text[q] == " ":
                q += 1
            if word in ("on", "in", "at", "by", "around", "last", "this", "late", "early", "earlier", "later") \
                    and q in self.date_ends:
                pos = self.date_ends[q]
                continue
            if word in BETWEEN_SUBJECT_AND_VERB and word not in ("has", "have", "had", "would", "will"):
                pos = m.end()
                continue
            return p
        return pos

    def _content_after(self, pos: int, e: int, listener: bool = False) -> tuple[int, int] | None:
        """The reported clause after a cue: skip adverbials, "that", a short leading adverbial phrase."""
        text = self.text
        pos = self._skip_adverbials(pos, e)
        toks = self.tokens(pos, min(e, pos + 400))
        if not toks:
            return None
        first = toks[0].text.lower()
        if first in ADVERBIAL_PREPOSITIONS or first == "of" and listener:
            # "said in a statement that ..." / "said in a statement, ..." / "said in retrospect he ..."
            for k, t in enumerate(toks[:24]):
                low = t.text.lower()
                if low == "that" and k > 0:
                    return self._clause(t.start, e)
                if t.text in (",", ":") and k > 1:
                    return self._clause(t.end, e)
                if t.text in ALL_MARKS:
                    return self._clause(t.start, e)
                if k >= 2 and low in CLAUSE_OPENERS and low not in ("this", "these", "those", "it", "you"):
                    return self._clause(t.start, e)
            # "says in Nova Scotia ambulances are too often late": the clause opens with its adverbial
            clause = self._clause(toks[0].start, e)
            return clause if clause is not None and not listener and self._is_clause(*clause) else None
        if first in ("to", "of", "about", "so", "and", "or", "but", "by", "for", "as", "it.") or toks[0].text in ".;)":
            return None
        start = toks[0].start
        if toks[0].text in (",", ":"):
            start = toks[0].end
        clause = self._clause(start, e)
        if clause is not None and text[clause[0]] not in ALL_MARKS and len(text[clause[0]:min(clause[1], clause[0] + 60)].split()) < 3:
            return None  # "tweet it out": too short for a reported clause
        return clause

    def _is_clause(self, a: int, b: int) -> bool:
        """Whether text[a:b] reads as a reported clause (not a noun phrase object)."""
        text = self.text
        if text[a] in ALL_MARKS or text.startswith("that ", a):
            return True
        toks = self.tokens(a, min(b, a + 200))
        prev = ""
        in_phrase = False
        for k, tok in enumerate(toks[:24]):
            w = tok.text
            low = w.lower()
            if w in (";", ":", "—", "(") and k > 0:
                return False
            if low == "to" and 0 < k <= 2 and k + 1 < len(toks) and toks[k + 1].text.isalpha() \
                    and toks[k + 1].text.islower() and _INFINITIVE_OBJECT.fullmatch(text[toks[0].start:tok.start].strip()):
                return False  # "(urged) voters to be wary": an object and an infinitive, not a clause
            bare = _CONTRACTION.sub("", low)
            if (k == 0 or prev == ",") and bare in CLAUSE_OPENERS:
                return True
            if low in FINITE_WORDS or _CONTRACTION_OR_NOT.search(low) and k > 0:
                return True
            if k > 0 and w.islower() and prev not in NOT_HEADS and prev not in ADVERBIAL_PREPOSITIONS \
                    and (low.endswith("ed") and len(low) > 4 or low.endswith("s") and not low.endswith("ss") and len(low) > 3
                         and k <= 8 and prev.isalpha() and not prev[:1].isdigit() and not in_phrase):
                return True
            if low in ADVERBIAL_PREPOSITIONS or low in ("of", "for", "about"):
                in_phrase = True  # a plural noun inside "request for phone numbers" is no verb
            prev = low
        return False

    def _rstrip_to(self, a: int, b: int) -> int:
        """b moved back over whitespace, not before a."""
        while b > a and self.text[b - 1].isspace():
            b -= 1
        return b

    def _clause_before(self, a: int, b: int) -> tuple[int, int] | None:
        """The clause before ", X said": a quotation, or words that read as a clause."""
        content = self._clause(a, b)
        if content is None:
            if any(ch in ALL_MARKS for ch in self.text[a:b]):
                return self._quoted_word(a, b)
            return None
        if any(ch in ALL_MARKS for ch in self.text[content[0]:content[1]]) or self._is_clause(*content):
            return content
        return None

    def _quoted_word(self, a: int, b: int) -> tuple[int, int] | None:
        """A one-word quotation before ", X said" ("“Really?” said Maya")."""
        text = self.text
        while a < b and (text[a] in ALL_MARKS or text[a].isspace()):
            a += 1
        while b > a and (text[b - 1] in ALL_MARKS + _TRAIL):
            b -= 1
        return (a, b) if a < b else None

    def _clause(self, a: int, b: int) -> tuple[int, int] | None:
        text = self.text
        if a < 20:
            header = _HEADER.match(text, a)
            if header:
                a = header.end()
        while a < b and text[a] in " \t\n,:":
            a += 1
        if b - a > _MAX_CLAUSE:
            # No reported clause is this long: cut at a word boundary (keeps the work linear).
            cut = text.rfind(" ", a, a + _MAX_CLAUSE)
            b = cut if cut > a else a + _MAX_CLAUSE
        while b > a and text[b - 1] in _TRAIL:
            b -= 1
        if len(text[a:min(b, a + 60)].split()) < 2:
            return None
        return a, b

    def _verb(self, m: re.Match, s: int, e: int, found: list[_Attr]) -> _Attr | None:
        text = self.text
        verb = m.group()
        lemma = SPEECH_FORMS.get(verb, verb)
        cue_end = m.end()
        if lemma == "tell":
            obj = _TOLD_OBJECT.match(text, cue_end, e)
            if obj and (obj.group().strip().split()[-1].lower() in TOLD_OBJECTS or obj.group()[1:2].isupper()
                        or obj.group().startswith((" the ", " a "))):
                cue_end = obj.end()
        elif lemma == "point":
            out = _OUT.match(text, cue_end, e)
            if out is None:
                return None
            cue_end = out.end()
        elif text.startswith(" out that ", cue_end):
            cue_end += 4  # "tweeted out that ...", "put out that ..."
        cue = Span(text[m.start():cue_end], m.start(), cue_end)
        before_end = self._rstrip_to(s, m.start())
        before = text[max(s, before_end - 200):before_end]  # a window: never copy a whole long sentence
        subject = self._subject_before(s, m.start(), m.end())
        if verb == "saying" and subject is None and _QUOTED_AS.search(before):
            # "he was quoted as saying": the subject of the passive speaks
            q = text.rfind("quoted", max(s, m.start() - 40), m.start())
            aux = _PASSIVE_AUX.search(text[max(s, q - 12):q]) if q > s else None
            subject = self._subject_before(s, q - len(aux.group()), 0) if aux else None
            if subject is not None:
                content = self._content_after(cue_end, e)
                left_end = self._rstrip_to(s, subject.span.start if subject.phrase_start is None else subject.phrase_start)
                if content is None and left_end > s and text[left_end - 1] in ALL_MARKS + ",’":
                    return _Attr(cue, subject, self._clause(s, left_end), "said-after", (s, e))
                if content is not None:
                    return _Attr(cue, subject, content, "said-before", (s, e))
            return None
        if verb.endswith("ing") and subject is not None and not _PROGRESSIVE_BEFORE.search(before) \
                and not _WITH_BEFORE.search(text[max(s, subject.span.start - 6):subject.span.start]):
            subject = None  # a participle, not a progressive verb (but "with officials saying ...")
        weak = lemma in WEAK_LEMMAS
        past = verb.endswith("ed") or verb in ("said", "told", "wrote")
        if subject is not None and subject.span.text.endswith(("’s", "'s")) and subject.kind != "pronoun":
            return None  # "Editor's note:", "Trump's comments": a noun after a possessive
        if subject is not None and subject.weak and not past and lemma not in ("say", "tell"):
            # "the strange remark", "the data suggests": a noun form or a thing, not a speaker
            subject = None
        if subject is not None:
            start = subject.span.start if subject.phrase_start is None else subject.phrase_start
            left_end = self._rstrip_to(s, start)
            left = text[max(s, left_end - 200):left_end]
            after = self._skip_adverbials(cue_end, e)
            rest = text[after:min(e, after + 300)].strip()
            ends_here = rest == "" or rest[0] in ".!?" and len(rest) <= 3
            if left and (left[-1] in CLOSE_MARKS + STRAIGHT + "’" or left.endswith("''")):
                # “...,” X said (in a statement, at a meeting, ...)
                return _Attr(cue, subject, self._clause(s, left_end), "said-after", (s, e))
            if left.endswith((",", "—", "–")):
                first_word = rest.split(" ", 1)[0].lower() if rest else ""
                trailing_adverbial = first_word in ADVERBIAL_PREPOSITIONS and not _THAT_OR_MARK.search(rest)
                if ends_here or trailing_adverbial:
                    content = self._clause_before(s, left_end)
                    return _Attr(cue, subject, content, "said-after", (s, e)) if content else None
                if rest.startswith(","):
                    # CLAUSE, X said, CLAUSE
                    comma = text.index(",", after)
                    second = self._clause(comma + 1, e)
                    first = self._clause(s, left_end)
                    if second and text[second[0]] in ALL_MARKS:
                        return _Attr(cue, subject, second, "said-middle", (s, e))
                    opening = [w.lower() for w in text[first[0]:min(first[1], first[0] + 40)].split()[:2]] if first else []
                    if opening and opening[0] in ("but", "and", "yet", "so"):
                        opening = opening[1:]
                    subordinate = bool(opening) and opening[0] in SUBORDINATORS
                    if first and len(text[first[0]:first[1]].split()) >= 6 and not subordinate:
                        # A whole clause before the attribution; what follows is an afterthought.
                        return _Attr(cue, subject, first, "said-after", (s, e))
                    if subordinate and second:
                        return _Attr(cue, subject, second, "said-middle", (s, e))
                    span = (first[0] if first else s, second[1] if second else e)
                    return _Attr(cue, subject, self._clause(*span), "said-middle", (s, e))
            if ends_here:
                return None
            if weak and not _THAT_OR_QUOTE.match(text, after):
                return None
            content = self._content_after(cue_end, e, listener=cue_end > m.end())
            if content is None or lemma not in ("say", "tell") and not self._is_clause(*content):
                return None
            return _Attr(cue, subject, content, "said-before", (s, e))
        if subject is None and not found and _AND_THEN_BUT.search(before):
            # "Cruz exhorted Republicans to vote, and said he ...": the sentence's subject speaks
            content = self._content_after(cue_end, e)
            head = self._sentence_subject(s, m.start())
            if content is not None and head is not None and (lemma in ("say", "tell") or self._is_clause(*content)):
                return _Attr(cue, head, content, "said-before", (s, e))
        if found and _AND.search(before) and found[-1].speaker is None:
            # "He said A, and added B": the verb shares the subject of the attribution before it.
            content = self._content_after(cue_end, e)
            if content is None or not self._is_clause(*content):
                return None
            return _Attr(cue, None, content, "said-before", (s, e), inherit=found[-1])
        if verb.endswith("ing") and (before.endswith((",", "''") + tuple(CLOSE_MARKS) + (STRAIGHT,))
                                     or _PARTICIPLE_PREPOSITION.search(before)
                                     or _DOCUMENT_BEFORE.search(before)
                                     or text.startswith(" that ", cue_end) and subject is None):
            if weak and not _THAT_OR_QUOTE.match(text, cue_end):
                return None
            content = self._content_after(cue_end, e)
            if content is None or not self._is_clause(*content):
                return None
            inherit = found[-1] if found else None
            subject = None if inherit else self._sentence_subject(s, m.start())
            if inherit is None and subject is None:
                return None
            return _Attr(cue, subject, content, "participle", (s, e), inherit=inherit)
        # Inverted: "CLAUSE," said X.
        if before.endswith((",", "—", "''") + tuple(CLOSE_MARKS) + (STRAIGHT, "’’")) or (before and before[-1] in ALL_MARKS):
            subject = self._subject_after(cue_end, e)
            if subject is None:
                return None
            content = self._clause_before(s, before_end)
            rest = _CONTINUATION.match(text, subject.span.end, e)
            head = content or self._clause(s, before_end) or (s, before_end)
            if rest is not None and rest.group(1) not in _NOT_CONTINUATIONS and not rest.group(1).endswith(("ing", "ed")) \
                    and len(text[head[0]:head[1]].split()) < 6 and not any(c in ALL_MARKS for c in text[s:before_end]):
                # "There is a satisfaction, insists Xander Wise, in seeing it through": one clause around the cue
                whole = self._clause(s, e)
                return _Attr(cue, subject, whole, "said-middle", (s, e)) if whole else None
            return _Attr(cue, subject, content, "said-after", (s, e)) if content else None
        return None

    def _according(self, m: re.Match, s: int, e: int) -> _Attr | None:
        text = self.text
        cue = Span(m.group(), m.start(), m.end())
        subject = self._subject_after(m.end(), e, any_np=True)
        if subject is None:
            return None
        by = _ISSUED_BY.match(text, subject.span.end, min(e, subject.span.end + 120))
        if subject.kind == "desc" and by:
            # "according to a study which is being released Monday by Civic Action"
            end = by.end()
            if text[end - 1] == "." and not _ABBREVIATION_END.search(text[end - 12:end]):
                end -= 1  # the sentence's full stop, not an abbreviation
            subject = _Subject(Span(text[subject.span.start:end], subject.span.start, end), "desc")
        before_end = self._rstrip_to(s, m.start())
        before = text[max(s, before_end - 200):before_end]
        if before.endswith(","):
            return _Attr(cue, subject, self._clause(s, before_end), "according-to", (s, e))
        if before == "" or before.endswith((".", ":")) or _COMMA_CONJUNCTION.search(before):
            sp = subject.span
            names = proper_names(text, sp.start, sp.end, index=self.tokens)
            if names and names[0].end < sp.end and (len(sp.text.split()) > 8 or self._is_clause(names[0].end, sp.end)):
                # "According to the Interior Ministry over 300 people died" (no comma after the source)
                cut = names[0].end
                subject = _Subject(Span(text[sp.start:cut], sp.start, cut), "desc")
                return _Attr(cue, subject, self._clause(cut, e), "according-to", (s, e))
            comma = text.find(",", sp.end, e)
            if comma < 0:
                return None
            return _Attr(cue, subject, self._clause(comma + 1, e), "according-to", (s, e))
        return None

    def _colon(self, s: int, e: int) -> _Attr | None:
        """X: "..." — a short name or pronoun subject before a colon that opens a quotation."""
        text = self.text
        m = _COLON_QUOTE.match(text, s, e)
        if not m:
            return None
        subject = self._subject_before(s, m.end(1))
        if subject is None or subject.kind == "desc" or subject.span.text.isupper() and len(subject.span.text) > 4:
            return None
        colon = m.end(1)
        return _Attr(Span(":", colon, colon + 1), subject, self._clause(colon + 1, e), "colon", (s, e))

    def cites_article(self, seg: _Segment) -> bool:
        """Whether a quotation is an article's title credited with a dash and a date on its line."""
        m = _DASH_SOURCE.match(self.text, seg.close)
        if m is None:
            return False
        line_end = self.text.find("\n", m.end(), m.end() + 200)
        toks = self.tokens(m.end(), line_end if line_end >= 0 else min(len(self.text), m.end() + 200))
        return any(self._in_date(t) for t in toks)

    def _dash(self, s: int, e: int, prev_s: int) -> _Attr | None:
        """"..." — X: a quotation closed, then a dash and a name (or source) ending the sentence."""
        text = self.text
        m = _DASH_SOURCE.search(text, s, e)
        if m is None:
            # The credit split off as a sentence of its own: “... stop.” / — Maria Lopez
            m = _DASH_SOURCE.match(text, max(prev_s, self._rstrip_to(prev_s, s) - 1), e)
            if m is None or "\n" in text[m.start():m.end()]:
                return None
            s = prev_s
        subject = self._subject_after(m.end(), e)
        if subject is None or subject.kind == "pronoun":
            return None
        rest = text[subject.span.end:e].strip()
        if rest and not rest.startswith(",") and rest not in (".", ")"):
            return None  # "..." — Smith went on: the dash opens a clause, not a credit
        comma = text.find(",", subject.span.end, e)
        if comma >= 0 and any(self._in_date(t) for t in self.tokens(comma, min(e, comma + 40))[:4]):
            return None  # "Headline" — Toronto Star, August 15, 2008: a cited article, not speech
        content = self._clause_before(s, m.start() + 1)
        dash = m.end(1)
        return _Attr(Span(text[dash - 1:dash], dash - 1, dash), subject, content, "dash", (s, e)) if content else None

    # -- subjects

    def _subject_before(self, lo: int, verb: int, verb_end: int = 0) -> _Subject | None:
        """The subject right before a verb: a pronoun, a (titled) name, or a source description."""
        toks = self.tokens(max(lo, verb - 200), verb)
        i = len(toks) - 1
        progressive = self.text.startswith("ing", verb_end - 3) if verb_end else False
        while i >= 0 and (toks[i].text.lower() in BETWEEN_SUBJECT_AND_VERB or self._in_date(toks[i])
                          or _is_adverb(toks[i].text) and i > 0
                          or progressive and toks[i].text.lower() in PROGRESSIVE_AUX):
            i -= 1
        if i >= 0 and toks[i].text in ("on", "in") and i + 1 < len(toks) and self._in_date(toks[i + 1]):
            i -= 1
        if i >= 2 and toks[i].text == "and" and toks[i - 1].text.islower() and toks[i - 1].text.endswith(("ed", "s")):
            i -= 2  # "Maya laughed and stuttered"
        if i >= 1 and toks[i].text.lower() == "who":
            i -= 1  # "veteran MPs who say ...": the antecedent speaks
        i = _skip_parenthesis(toks, i)  # "Gov. Mike Pence (R-IN) said"
        if i < 0:
            return None
        a = max(lo, toks[i].end - 90)
        # The description needs one of its link words; looking for them first is 20 times cheaper
        # than the pattern, which made the quotes stage 6 times slower on text dense in cues.
        window = self.text[a:toks[i].end].casefold()
        informed = _INFORMED_SOURCE_BEFORE.search(self.text, a, toks[i].end) \
            if any(word in window for word in _INFORMED_LINKS) else None
        if informed is not None and (informed.start() == lo or not self.text[informed.start() - 1].isalnum()):
            # "people familiar with the matter said": the whole description, not "the matter"
            return _Subject(Span(informed.group(), informed.start(), informed.end()), "desc")
        if toks[i].text == ",":
            subject = self._appositive_subject(toks, i)
            if subject is None or not is_person_name(split_title(strip_possessive(subject.span.text))[1]):
                # "Dana Ortiz, Minister of Transport, Infrastructure and Communities, said"
                subject = self._person_before_commas(toks, i) or subject
            return subject
        return self._plain_subject(toks, i, lo, verb)

    def _person_before_commas(self, toks: list[Span], i: int) -> _Subject | None:
        """A person's name at a clause start, then an apposition holding commas, then the verb."""
        for j in range(i - 1, max(-1, i - _MAX_APPOSITION_TOKENS), -1):
            w = toks[j].text
            if w.lower() in FINITE_WORDS or w in (";", "(", ")") or w in ALL_MARKS:
                return None
            if w != ",":
                continue
            cand = self._np_back(toks, j - 1)
            if cand is None or cand.kind != "name" or not is_person_name(split_title(cand.span.text)[1]):
                continue
            start = cand.span.start if cand.phrase_start is None else cand.phrase_start
            k = next((n for n in range(j - 1, -1, -1) if toks[n].start < start), -1)
            if k < 0 or toks[k].text in (",", ";", ":", "(", ".") or toks[k].text in ALL_MARKS:
                cand.title = _ARTICLE.sub("", self.text[toks[j + 1].start:toks[i - 1].end])
                return cand
        return None

    def _appositive_subject(self, toks: list[Span], i: int) -> _Subject | None:
        """NAME, APPOSITION, said (toks[i] is the comma before the verb)."""
        j = i - 1
        while j >= 0 and toks[j].text not in (",", ";", "(", ")") and toks[j].text not in ALL_MARKS and i - j <= _MAX_APPOSITION_TOKENS:
            j -= 1
        if j < 0 or toks[j].text != "," or i - j - 1 < 1 or i - j > _MAX_APPOSITION_TOKENS:
            return None
        subject = self._np_back(toks, _skip_parenthesis(toks, j - 1))
        inner = self._np_back(toks, i - 1)
        if inner is not None and inner.kind == "name" and (inner.span.start == toks[j + 1].start or all(
                t.text[:1].isupper() or t.text == "and" for t in toks[j + 1:i])) and (
                subject is None or subject.kind != "name"
                or is_person_name(inner.span.text) and not is_person_name(subject.span.text)):
            # "The state's campaign chairman, Phil Lovas, said": the name is the apposition.
            lead = toks[j - 1]
            k = j - 1
            while k >= 0 and toks[k].text not in (",", ";", "(", ")", ".") and toks[k].text not in ALL_MARKS and j - k <= 10:
                k -= 1
            desc = self.text[toks[k + 1].start:lead.end] if k + 1 <= j - 1 else ""
            inner.title = _ARTICLE.sub("", desc) or None
            inner.phrase_start = toks[k + 1].start if k + 1 <= j - 1 else inner.span.start
            return inner
        if subject is None or subject.kind != "name":
            return None
        appos = self.text[toks[j + 1].start:toks[i - 1].end]
        if not _AGE.fullmatch(appos):
            title = _ARTICLE.sub("", appos)
            subject.title = title
        return subject

    def _plain_subject(self, toks: list[Span], i: int, lo: int, verb: int) -> _Subject | None:
        """The noun phrase ending at toks[i] as a subject (with fallbacks for PPs and organisations)."""
        subject = self._np_back(toks, i)
        if subject is not None and subject.kind == "desc":
            k = next((n for n in range(i, -1, -1) if toks[n].start < subject.span.start), -1)
            if k >= 0 and toks[k].text in _PREPOSITIONS and toks[k].text != "with":
                # "and in a carefully worded response said": the sentence's subject speaks
                # ("with officials saying ..." keeps its own subject)
                return self._sentence_subject(lo, verb) or subject
        if subject is not None and subject.kind == "name" and not is_person_name(subject.span.text):
            # "Tim Guest with the Health Authority says": the person before the organisation speaks.
            k = next((n for n in range(i, -1, -1) if toks[n].start < subject.span.start), -1)
            while k >= 0 and toks[k].text.lower() in ("the", "a", "an"):
                k -= 1
            if k >= 1 and toks[k].text in ("with", "of", "from", "at", "for"):
                person = self._np_back(toks, k - 1)
                if person is not None and person.kind == "name" and is_person_name(split_title(person.span.text)[1]):
                    person.title = person.title or subject.span.text
                    return person
        return subject

    def _np_back(self, toks: list[Span], i: int) -> _Subject | None:
        if i < 0:
            return None
        last = toks[i]
        low = last.text.lower()
        if _WRITER.fullmatch(low):
            return None  # the writer speaking, not a source
        if low in SUBJECT_PRONOUNS:
            return _Subject(last, "pronoun")
        j = i
        while j >= 0 and i - j < _MAX_SUBJECT_TOKENS:
            w = toks[j].text
            lw = w.lower()
            if w in (",", ";", ":", "(", ")", "—", "–", "!", "?") or w in ALL_MARKS or w == "’’":
                break
            if w == "." and j != i:
                break
            if lw in SUBJECT_BOUNDARIES or w in _PREPOSITIONS:
                break
            if w in SPEECH_FORMS and not (j > 0 and toks[j - 1].text.lower() in DETERMINERS):
                break  # a verb ends the subject, but "a tweet", "the statement" are nouns
            j -= 1
        else:
            if j >= 0:
                return None
        first = j + 1
        if first > i:
            return None
        if j >= 2 and toks[j].text == "," and toks[j - 2].text.lower() in ("the", "a", "an") and toks[j - 1].text.islower() \
                and all(t.text.islower() for t in toks[first:i + 1]) and i - first < 3:
            first = j - 2  # "the lanky, bespectacled professor"
        a, b = toks[first].start, toks[i].end
        phrase = self.text[a:b]
        names = proper_names(self.text, a, b, index=self.tokens)
        if names and names[-1].end == b:
            name = names[-1]
            if len(names) >= 2 and self.text[names[-2].end:name.start] == " and " \
                    and is_person_name(names[-2].text) and is_person_name(name.text):
                # "Tom Reyes and Ann Cole said": the pair speaks (one entity, "they")
                name = Span(self.text[names[-2].start:name.end], names[-2].start, name.end)
            # Keep only the name and the title words right before it.
            k = first
            while k <= i and toks[k].start < name.start:
                k += 1
            t = k - 1
            title_start = name.start
            while t >= first and toks[t].text.lower() not in DESCRIPTION_OPENERS and (
                    toks[t].text.lower() in TITLE_WORDS or toks[t].text[:1].isupper() or toks[t].text in ("of", "’s", "'s") or toks[t].text[:1].isdigit()):
                title_start = toks[t].start
                t -= 1
            if t >= first and toks[t].text.lower() not in DESCRIPTION_OPENERS and toks[t].text.lower() not in TITLE_WORDS:
                # Other words before: the name alone is the subject ("... Civic Action" in a longer phrase).
                pass
            if t + 1 < k - 1 and toks[k - 1].text in ("of", "for", "at") and toks[k - 2].text.islower():
                # "the mayor of Springfield": a role and its place or body, no one named
                return _Subject(Span(phrase, a, b), "desc")
            span_start = title_start
            title = self.text[title_start:name.start].strip() or None
            sp = Span(self.text[span_start:name.end], span_start, name.end)
            return _Subject(sp, "name", title, a)
        return self._description(phrase, a, b)

    def _description(self, phrase: str, a: int, b: int) -> _Subject | None:
        """An unnamed source: a short noun phrase whose last word can head it ("city staff")."""
        words = phrase.split()
        if not words or len(words) > 7:
            return None
        if any(w.lower() in FINITE_WORDS for w in words):
            return None
        head = words[-1]
        low = head.lower().strip(".,")
        if low in PERSON_NOUNS or low in ORG_WORDS:
            return _Subject(Span(phrase, a, b), "desc")
        if not head.isalpha() or not head.islower() or low in NOT_HEADS or low.endswith("ly"):
            return None
        return _Subject(Span(phrase, a, b), "desc", weak=True)

    def _subject_after(self, pos: int, e: int, any_np: bool = False) -> _Subject | None:
        """The subject after an inverted verb ("said Jake Sullivan, the ...")."""
        text = self.text
        toks = self.tokens(pos, min(e, pos + 300))
        k = 0
        stop = len(toks)
        while k < len(toks) and (k < _MAX_SUBJECT_TOKENS or any_np and k < 20):
            w = toks[k].text
            lw = w.lower()
            if w in (",", ";", ":", "(", ")", "—", "–", "!", "?", ".") or w in ALL_MARKS:
                break
            if lw in ("who", "which", "that", "when", "while", "as", "in", "on") and k > 0:
                break
            if self._in_date(toks[k]) and k > 0 and toks[k - 1].text.lower() not in DETERMINERS \
                    and not toks[k - 1].text.endswith(("'s", "’s")):
                break  # "said Smith Monday" (but "said the winter report" keeps its noun)
            k += 1
        stop = k
        if stop == 0:
            return None
        a, b = toks[0].start, toks[stop - 1].end
        phrase = text[a:b]
        words = phrase.split()
        low0 = words[0].lower()
        if low0 in SUBJECT_PRONOUNS and len(words) == 1:
            return _Subject(Span(phrase, a, b), "pronoun")
        names = proper_names(text, a, b, index=self.tokens)
        subject: _Subject | None = None
        if names and low0 not in DESCRIPTION_OPENERS and names[-1].end == b:
            name = names[-1]
            title = text[a:name.start].strip() or None
            subject = _Subject(Span(phrase, a, b), "name", title)
        elif names and names[0].start == a and not any_np and _NAME_END.match(text, names[0].end):
            name = names[0]
            subject = _Subject(name, "name")
        elif (low0 in DESCRIPTION_OPENERS or words[-1].lower() in PERSON_NOUNS or any_np) and (
                any_np or not self._is_clause(a, b)):
            subject = _Subject(Span(phrase, a, b), "desc")
        if (subject is None or subject.kind == "desc") and stop < len(toks) and toks[stop].text == "," and not any_np:
            # "says Campbell's partner, Jason Louth": the name in apposition is the speaker.
            q = stop + 1
            r = q
            while r < len(toks) and toks[r].text not in (",", ".", ";") and r - q < 5:
                r += 1
            if r > q:
                appos = proper_names(text, toks[q].start, toks[r - 1].end, index=self.tokens)
                if appos and appos[0].start == toks[q].start and appos[-1].end == toks[r - 1].end:
                    return _Subject(appos[-1], "name", _ARTICLE.sub("", phrase))
        if subject is None:
            return None
        # Apposition: "said Sevaun Palvetzian, CEO of Civic Action, a ..."
        if subject.kind == "name" and stop < len(toks) and toks[stop].text == ",":
            q = stop + 1
            r = q
            while r < len(toks) and toks[r].text not in (",", ".", ";", "(") and r - q < _MAX_APPOSITION_TOKENS:
                r += 1
            if r > q and (r == len(toks) or toks[r].text in (",", ".", ";")):
                appos = text[toks[q].start:toks[r - 1].end]
                first_word = appos.split(" ", 1)[0].lower()
                if not _AGE.fullmatch(appos) and first_word not in ("who", "which") \
                        and first_word not in _PREPOSITIONS and not first_word.endswith("ing") \
                        and not self._is_clause(toks[q].start, toks[r - 1].end):
                    subject.title = _ARTICLE.sub("", appos)
        return subject

    def _sentence_subject(self, s: int, limit: int, retry: bool = True) -> _Subject | None:
        """The subject at the start of a sentence (for "..., saying ..."), after an introductory phrase."""
        toks = self.tokens(s, min(limit, s + 200))
        if not toks:
            return None
        low = toks[0].text.lower()
        if low in SUBJECT_PRONOUNS and low not in ("i", "we"):
            return _Subject(toks[0], "pronoun")
        names = proper_names(self.text, s, min(limit, s + 200), index=self.tokens)
        first = toks[1] if low == "the" and len(toks) > 1 else toks[0]
        if names and names[0].start == first.start:
            return _Subject(names[0], "name")
        if low in DESCRIPTION_OPENERS and low not in ("this", "that", "these", "those", "its", "his", "her", "their", "our"):
            for k, tok in enumerate(toks[1:8], start=1):
                w = tok.text
                if not w.isalpha() or w.lower() in FINITE_WORDS or w.lower() in SPEECH_FORMS or (
                        w.islower() and k >= 2 and w.endswith(("ed", "s")) and toks[k - 1].text.isalpha()
                        and toks[k - 1].text.lower() not in NOT_HEADS and not w.endswith("ss")):
                    if k >= 2:
                        return self._description(self.text[toks[0].start:toks[k - 1].end], toks[0].start, toks[k - 1].end)
                    break
        if retry and (low in ADVERBIAL_PREPOSITIONS or low in SUBORDINATORS or low in ("after", "before", "during")):
            comma = next((t for t in toks if t.text == ","), None)
            if comma is not None:
                return self._sentence_subject(comma.end, limit, retry=False)
        return None

    def _in_date(self, tok: Span) -> bool:
        i = bisect.bisect_right(self.date_starts, tok.start) - 1
        # Dates do not nest deeply: look at the few mentions starting just before the token.
        for k in range(i, max(-1, i - 4), -1):
            if self.date_spans[k][0] <= tok.start and tok.end <= self.date_spans[k][1]:
                return True
        return False


# ---------------------------------------------------------------------------- speakers


class _Resolver:
    """Resolve mentions to entities in text order, with salience and learnt pronoun gender.

    Salience: a pronoun goes to the most recent compatible entity among the speakers so far and the
    people named (outside quotations) since; the gender of an entity is learnt from the first
    gendered pronoun resolved to it.
    """

    def __init__(self, text: str, inside_quote, sentence_starts: list[int], index: TokenIndex | None = None,
                 names: list[Span] | None = None):
        self.text = text
        self.index = index
        self.full_names: dict[str, list[str]] = {}
        self.person_mentions: list[tuple[int, str]] = []  # (start, name as written), outside quotations
        self.titles: dict[str, str] = {}  # full name -> the title it was introduced with
        names = proper_names(text, index=index) if names is None else names
        self.one_name_people: set[str] = set()
        titled: list[tuple[str | None, str, bool]] = []
        for span in names:
            title, name = self._titled_name(span)
            person = is_person_name(name)
            titled.append((title, name, person))
            if person:
                known = self.full_names.setdefault(last_token(name).lower(), [])
                if name not in known and len(known) < 20:
                    known.append(name)
                if title and name not in self.titles and not inside_quote(span.start):
                    self.titles[name] = title
        for span, (_, name, person) in zip(names, titled):
            if inside_quote(span.start) or not self._subject_like(span, sentence_starts) or _CREDIT.match(text, span.end):
                continue
            if person or (" " not in name and name.lower() in self.full_names):
                self.person_mentions.append((span.start, name))
            elif " " not in name and name[:1].isupper() and not name.lower().endswith("ly") and self._role_apposition(span.end):
                # "Yuni, a resident of Lampung, was watching": a person known by one name
                self.person_mentions.append((span.start, name))
                self.one_name_people.add(name.lower())
        self.mention_starts = [m[0] for m in self.person_mentions]
        # Pairs of people named as a subject ("Ann Cole and Tom Reyes spoke"), for a later "they".
        self.group_mentions: list[tuple[int, str]] = []
        for (first, (_, name1, person1)), (second, (_, name2, person2)) in zip(
                zip(names, titled), zip(names[1:], titled[1:])):
            if person1 and person2 and text[first.end:second.start] == " and " and not inside_quote(first.start) \
                    and self._subject_like(first, sentence_starts):
                self.group_mentions.append((first.start, f"{name1} and {name2}"))
        self.group_starts = [m[0] for m in self.group_mentions]
        # Organisations named outside quotations ("the Transportation Safety Board", "UFCW"), for
        # "the board" / "the company" said ... later.
        self.org_mentions: list[tuple[int, str]] = []
        for span in names:
            words = span.text.split()
            if len(words) > 8 or inside_quote(span.start):
                continue
            last = words[-1].lower().strip(".,")
            if (last in ORG_WORDS and last not in _PLACE_BODIES and last not in DOCUMENT_WORDS and len(words) > 1) \
                    or _ACRONYM.fullmatch(span.text):
                self.org_mentions.append((span.start, strip_possessive(span.text)))
        self.org_starts = [m[0] for m in self.org_mentions]
        self.entities: dict[str, _Entity] = {}
        # id(entity) -> (position of the latest mention, entity), least recent first: moving an
        # entity to the end is O(1), where rebuilding a list was O(entities) per mention.
        self.recent: dict[int, tuple[int, _Entity]] = {}
        self._fullest: dict[str, str] = {}
        self.by_head: dict[str, _Entity] = {}  # "study" -> the source first described as "the X study"

    def _role_apposition(self, end: int) -> bool:
        """Whether ", a resident of ...", ", an engineer", ", the victim's mother" follows a name."""
        m = _ROLE_APPOSITION.match(self.text, end)
        if m is None:
            return False
        for word in m.group(1).lower().split():
            word = word.strip(",.’'")
            if word in PERSON_NOUNS or word in TITLE_WORDS or word in _KIN_WORDS or word.endswith(_ROLE_SUFFIXES) and word not in ORG_WORDS:
                return True
        return False

    def _titled_name(self, span: Span) -> tuple[str | None, str]:
        """Title and name of a capitalised run: "Secretary of State Antony Blinken" (the run starts at
        "State"), "Ukrainian President Volodymyr Zelensky", "Pentagon chief Lloyd Austin"."""
        if span.end - span.start > _MAX_TITLED_NAME:
            return None, span.text  # a run of capitals this long is no one's name (and stays linear)
        title, name = split_title(strip_possessive(span.text))
        if is_person_name(name):
            if title is None:
                before = _LOWER_TITLE_BEFORE.search(self.text, max(0, span.start - 60), span.start)
                if before is not None and before.group(2) in TITLE_WORDS:
                    title = before.group(1)  # "Pentagon spokesman John Kirby"
            return title, name
        words = name.split()
        if len(words) > 8:
            return title, name
        # Only after an organisation or title word can a person's name begin: "State Antony Blinken".
        first = next((k for k, w in enumerate(words[:5]) if w.lower().strip(".,") in ORG_WORDS
                      or w.lower().strip(".,") in TITLE_WORDS), None)
        for i in range(first + 1 if first is not None else len(words), len(words) - 1):
            rest = " ".join(words[i:])
            if is_person_name(rest):
                title = " ".join(([title] if title else []) + words[:i])
                of = _TITLE_OF.search(self.text, max(0, span.start - 40), span.start)
                if of is not None:
                    title = f"{of.group(1)} {title}"  # "Secretary of" + "State"
                return title, rest
        return title, name

    def _subject_like(self, span: Span, sentence_starts: list[int]) -> bool:
        """A name that opens its sentence, follows a role word, or carries an apposition or age."""
        text = self.text
        i = bisect.bisect_right(sentence_starts, span.start) - 1
        sent_start = sentence_starts[i] if i >= 0 else 0
        before = text[max(sent_start, span.start - 120):span.start]
        if span.start - sent_start <= 120 and len(before.split()) <= 3 and not _CLAUSE_PUNCTUATION.search(before):
            return True
        prev = before.split()[-1].lower() if before.split() else ""
        if prev in TITLE_WORDS or prev.endswith("-old"):
            return True
        verb = _VERB_AFTER_NAME.match(text, span.end)
        if verb is not None and (verb.group(1) in FINITE_WORDS or verb.group(1).endswith("ed")) \
                and verb.group(1) not in ("was", "is", "were", "are", "be"):
            # "..., McCallum expressed concern": the subject of its clause, when surely a person
            # (a known surname or a common given name, not "Anak Krakatau erupted")
            words = span.text.split()
            if len(words) == 1 and words[0].lower() in self.full_names and not verb.group().startswith(",") \
                    or _given_name_gender(span.text) is not None:
                return True
        return bool(_APPOSITION_AFTER.match(text, span.end))

    def fullest(self, name: str) -> str:
        """The longest known full name with the same surname ("Sullivan" -> "Jake Sullivan"), cached."""
        best = self._fullest.get(name)
        if best is None:
            best = self._fullest[name] = self._find_fullest(name)
        return best

    def _find_fullest(self, name: str) -> str:
        words = [w for w in name.split() if w.lower() not in HONORIFICS]
        name = " ".join(words) or name
        candidates = self.full_names.get(last_token(name).lower(), [])
        best = name
        for cand in candidates:
            if len(cand) > len(best) and (len(words) < 2 or cand.startswith(words[0]) or name in cand):
                best = cand
        return best

    def _person(self, name: str) -> _Entity:
        full = self.fullest(name)
        entity = self.entities.get(full.lower())
        if entity is None:
            person = is_person_name(full) or len(full.split()) == 1 and full.lower() not in ORG_WORDS
            if full.lower() in self.one_name_people:
                person = True
            elif " " not in full and (_ACRONYM_NAME.fullmatch(full) or full.lower() in INSTITUTIONS):
                person = False  # "NATO", "the FBI", "the Pentagon" speak as institutions
            entity = _Entity(full, person=person, gender=_given_name_gender(full) if person else None)
            title = self.titles.get(full)
            if title is not None:
                # Introduced with a title before speaking: "Secretary of State Antony Blinken met ..."
                entity.title, entity.organization, entity.provisional = title, organization_of(title), True
            self.entities[full.lower()] = entity
        return entity

    def speaker(self, subject: _Subject) -> Speaker | None:
        sp = subject.span
        if subject.kind == "pronoun":
            entity = self._pronoun(sp.text.lower(), sp.start)
            if entity is None:
                return None
            return Speaker(entity.name, sp.text, sp.start, sp.end, entity.title, entity.organization, entity.anonymous)
        if subject.kind == "name":
            raw = strip_possessive(sp.text)
            title, name = split_title(raw)
            if subject.title and (not title or len(subject.title) > len(title)):
                title = subject.title
            if title and _AGE_ONLY.fullmatch(title):
                title = None  # "16-year-old Xander Wise": an age is no title, and no part of the name
            owner_org = None
            if title and title.split(" ", 1)[0].lower() in ("its", "their") and " " in title:
                # "Its spokesman, Dmitry Peskov": the organisation spoken of last owns the title
                owner = self._recent_org("", sp.start, any_kind=True)
                if owner is not None:
                    title, owner_org = title.split(" ", 1)[1], owner.name
            names = proper_names(name)
            plural = len(names) >= 2 and " and " in name and all(is_person_name(n.text) for n in names[-2:])
            if plural:
                name = f"{names[-2].text} and {names[-1].text}"
            elif names:
                name = names[-1].text if not title else name
            entity = self._person(name) if not plural else self.entities.setdefault(name.lower(), _Entity(name, gender="p"))
            if title and (not entity.title or entity.provisional):
                entity.title, entity.provisional = title, False
                entity.organization = owner_org or organization_of(title)
            if not entity.person and entity.gender != "p" and not entity.organization:
                entity.organization = entity.name  # "Police", "Statistics Canada": an institution speaks
            self._touch(entity, sp.start)
            return Speaker(entity.name, sp.text, sp.start, sp.end, entity.title, entity.organization, False)
        # A description: a definite singular person role refers back; otherwise an unnamed source.
        words = sp.text.split()
        head = words[-1].lower()
        informed = _INFORMED_SOURCE_BEFORE.match(sp.text)
        if informed is not None:
            head = informed.group("who").lower()  # "a person familiar with the plans" is a person
        of = [w.lower() for w in words].index("of") if "of" in [w.lower() for w in words] else -1
        role = words[of - 1].lower() if of > 1 else head
        aged = any(w.lower().endswith("-year-old") for w in words)
        if words[0].lower() == "the" and aged and not head.endswith("s"):
            entity = self._pronoun("he/she", sp.start)
            if entity is not None and not entity.anonymous:
                self._touch(entity, sp.start)
                return Speaker(entity.name, sp.text, sp.start, sp.end, entity.title, entity.organization, False)
        if words[0].lower() == "the" and role.isalpha() and role.islower() and role not in ORG_WORDS \
                and role not in DOCUMENT_WORDS and role not in ANONYMOUS_ROLES \
                and (role in TITLE_WORDS or role in PERSON_NOUNS or role.endswith(_ROLE_SUFFIXES)) \
                and not role.endswith("s"):
            # "the mayor", "the 39-year-old founder of ...": a known person with that role, else the salient one.
            entity = self._by_role(role) or self._pronoun("he/she", sp.start)
            body = organization_of(sp.text) if of > 1 else None
            known = f"{entity.title or ''} {entity.organization or ''}".lower() if entity is not None else ""
            if body is not None and known.strip() and body.lower() not in known:
                entity = None  # "the president of Chrysler" is not the President named before
            if entity is not None and not entity.anonymous:
                self._touch(entity, sp.start)
                return Speaker(entity.name, sp.text, sp.start, sp.end, entity.title, entity.organization, False)
        thing = head.strip("’'s") if head.endswith(("’s", "'s")) else head
        possessor = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(words[0].lower())
        if possessor and len(words) <= 3 and (thing in DOCUMENT_WORDS or thing in ("lawyer", "lawyers", "spokesperson",
                                                                                    "spokesman", "spokeswoman", "office")):
            # "her statement said": the woman who issued it speaks
            owner = self._pronoun(possessor, sp.start)
            if owner is not None:
                return Speaker(owner.name, sp.text, sp.start, sp.end, owner.title, owner.organization, owner.anonymous)
        lowered = [w.lower().strip(",") for w in words]
        doc = next((k for k, w in enumerate(lowered) if w in DOCUMENT_WORDS), -1)
        if doc >= 0 and thing not in DOCUMENT_WORDS:
            # "a study released Monday by Civic Action", "numbers from Statistics Canada": the issuer speaks
            by = _ISSUER.search(sp.text)
            if by:
                source = strip_possessive(by.group(1))
                entity = self.entities.setdefault(source.lower(), _Entity(source, None, source, False, person=False))
                self.by_head[lowered[doc]] = entity
                self._touch(entity, sp.start)
                return Speaker(entity.name, sp.text, sp.start, sp.end, None, entity.organization, entity.anonymous)
        if thing in ORG_WORDS or thing in DOCUMENT_WORDS or thing in _GENERIC_ORG_HEADS:
            # "the Civic Action study" names Civic Action; a later "the study" refers back to it.
            named = [n for n in proper_names(self.text, sp.start, sp.end, index=self.index) if n.text.lower() not in ("the", "a")]
            entity = None
            if named and thing in DOCUMENT_WORDS | {"unit", "division", "office", "department", "team"}:
                source = strip_possessive(named[0].text)
                entity = self.entities.setdefault(source.lower(), _Entity(source, None, source, False, person=False))
            elif words[0].lower() == "the" and len(words) <= 3:
                entity = self.by_head.get(thing) or (self._recent_org(thing, sp.start) if len(words) == 2 or words[1].islower() else None)
            if entity is not None:
                self.by_head[thing] = entity
                self._touch(entity, sp.start)
                return Speaker(entity.name, sp.text, sp.start, sp.end, None, entity.organization, entity.anonymous)
        org = None
        title = None
        anonymous = (head in PERSON_NOUNS or head.rstrip("s") in PERSON_NOUNS) and head not in ORG_WORDS
        if not anonymous and role not in ORG_WORDS and (role in TITLE_WORDS or role.rstrip("s") in TITLE_WORDS):
            # "the mayor of Springfield", "two ministers": unnamed people known by their office
            anonymous = True
            head = role
        if not anonymous:
            org = sp.text  # "police", "the ministry": the institution is the source
        else:
            found = organization_of(sp.text)
            modifiers = [w for w in words[:-1] if w.lower() in ORG_WORDS]
            if found and not _INITIALS.fullmatch(found):
                org = found  # "a Pentagon spokesperson"
            elif modifiers:
                org = modifiers[-1]  # "a ministry spokesperson"
            if head in TITLE_WORDS:
                title = head
        entity = self.entities.get(sp.text.lower())
        if entity is None:
            entity = _Entity(sp.text, title, org, anonymous, "p" if head.endswith("s") else None, person=anonymous)
            self.entities[sp.text.lower()] = entity
        if thing in ORG_WORDS or thing in DOCUMENT_WORDS:
            self.by_head.setdefault(thing, entity)
        self._touch(entity, sp.start)
        return Speaker(entity.name, sp.text, sp.start, sp.end, entity.title, entity.organization, entity.anonymous)

    def _most_recent(self):  # noqa: ANN202 - an iterator of (position, entity)
        return itertools.islice(reversed(self.recent.values()), _SALIENCE_DEPTH)

    def _recent_org(self, head: str, pos: int, any_kind: bool = False) -> _Entity | None:
        """"the company", "the board": the latest organisation named or speaking before, of that kind."""
        candidates: list[tuple[int, str, _Entity | None]] = []
        k = bisect.bisect_left(self.org_starts, pos) - 1
        while k >= 0 and len(candidates) < 12 and pos - self.org_mentions[k][0] < _ORG_REACH:
            candidates.append((self.org_mentions[k][0], self.org_mentions[k][1], None))
            k -= 1
        for at, entity in self._most_recent():
            # A one-word speaker that is no one's surname and never a "he" or "she" may be a firm ("Facebook said").
            one_word = entity.person and " " not in entity.name and entity.gender is None and \
                entity.name.lower() not in self.full_names and not entity.title
            if (not entity.person or one_word) and not entity.anonymous and entity.gender != "p" and pos - at < _ORG_REACH:
                candidates.append((at, entity.name, entity))
        candidates.sort(key=lambda c: -c[0])
        generic = head in _GENERIC_ORG_HEADS
        for _, name, entity in candidates:
            low = name.lower().split()
            if any_kind or head in low or generic and not any(w in _PUBLIC_BODIES for w in low):
                if entity is None:
                    entity = self.entities.setdefault(name.lower(), _Entity(name, None, name, False, person=False))
                elif entity.person:
                    entity.person, entity.organization = False, entity.name  # now known as a company
                return entity
        return None

    def _by_role(self, role: str) -> _Entity | None:
        for _, entity in self._most_recent():
            if entity.person and entity.title and role in entity.title.lower().split():
                return entity
        return None

    def _touch(self, entity: _Entity, pos: int) -> None:
        self.recent.pop(id(entity), None)
        self.recent[id(entity)] = (pos, entity)

    def _compatible(self, entity: _Entity, gender: str | None, pronoun: str) -> bool:
        if gender in ("m", "f") or pronoun == "he/she":
            return entity.person and not entity.anonymous and entity.gender != "p" and (
                gender not in ("m", "f") or entity.gender in (None, gender))
        if gender == "p":
            return entity.gender == "p" or not entity.person
        if gender == "n":
            return not entity.person
        return False

    def _pronoun(self, pronoun: str, pos: int) -> _Entity | None:
        gender = SUBJECT_PRONOUNS.get(pronoun)
        chosen: _Entity | None = None
        since = -1
        for p, entity in self._most_recent():
            if p < pos and self._compatible(entity, gender, pronoun):
                chosen, since = entity, p
                break
        if gender in ("m", "f") or pronoun == "he/she":
            # A person named after the last compatible speaker (and before the pronoun) is more salient.
            i = bisect.bisect_left(self.mention_starts, pos) - 1
            stop = max(-1, i - _SALIENCE_DEPTH)
            while i > stop and self.mention_starts[i] > since:
                entity = self._person(self.person_mentions[i][1])
                if entity is not chosen and self._compatible(entity, gender, pronoun) and entity.person:
                    chosen = entity
                    break
                if entity is chosen:
                    break
                i -= 1
        elif pronoun == "they" and self.group_mentions:
            # "Ann Cole and Tom Reyes spoke ... They said": a pair named after the last plural speaker
            k = bisect.bisect_left(self.group_starts, pos) - 1
            if k >= 0 and self.group_starts[k] > since and pos - self.group_starts[k] < _GROUP_REACH:
                name = self.group_mentions[k][1]
                chosen = self.entities.setdefault(name.lower(), _Entity(name, gender="p"))
        if chosen is None:
            return None
        if gender in ("m", "f") and chosen.gender is None:
            chosen.gender = gender
        self._touch(chosen, pos)
        return chosen


# ---------------------------------------------------------------------------- assembly


def _is_adverb(word: str) -> bool:
    """A lower-case -ly adverb between a subject and its verb ("Heather finally confessed")."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in LY_NOT_ADVERBS


def _given_name_gender(name: str) -> str | None:
    """"m" or "f" when the first word is a common given name of that gender, else None."""
    first = name.split()[0].lower().strip(".")
    if first in FEMALE_GIVEN_NAMES and first not in MALE_GIVEN_NAMES:
        return "f"
    if first in MALE_GIVEN_NAMES and first not in FEMALE_GIVEN_NAMES:
        return "m"
    return None


def extract_quotes(doc: Doc, dates: list[DateMention]) -> list[Quote]:
    """Direct, partial and indirect quotes with their cue and speaker."""
    text = doc.text
    if not text or not text.strip():
        return []
    segments = _segments(doc)
    finder = _Finder(doc, dates, segments)
    attrs = finder.run()
    sentence_starts = doc.sentence_starts
    names = doc.names
    resolver = _Resolver(text, finder.inside_quote, sentence_starts, finder.tokens, names)
    for attr in attrs:
        if attr.inherit is None and attr.subject is not None:
            attr.speaker = resolver.speaker(attr.subject)
    for attr in attrs:
        if attr.inherit is not None:
            attr.speaker = attr.inherit.speaker
    quotes = _clause_quotes(text, attrs, segments)
    quotes.extend(_marked_quotes(text, attrs, segments, finder, resolver, sentence_starts))
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _clause_quotes(text: str, attrs: list[_Attr], segments: list[_Segment]) -> list[Quote]:
    """Give each attribution's clause to the quotation it is, or make it a partial/indirect quote."""
    starts = [s.start for s in segments]
    quotes: list[Quote] = []
    for attr in attrs:
        if attr.content is None:
            continue
        a, b = attr.content
        inside = []
        best: _Segment | None = None
        best_overlap = 0
        k = max(0, bisect.bisect_left(starts, a) - 1)
        while k < len(segments) and segments[k].start < b:
            seg = segments[k]
            overlap = min(seg.end, b) - max(seg.start, a)
            if overlap > 0:
                inside.append(seg)
                if overlap > best_overlap:  # the first of equals, as max() would
                    best, best_overlap = seg, overlap
            k += 1
        if best is None:
            quotes.append(_quote(text, a, b, "indirect", attr, attr.rule))
            continue
        lead = text[a:best.open].strip(" :,")
        if best_overlap >= 0.75 * (b - a) or lead == "":
            # The clause is the quotation: the quotation takes the cue and speaker.
            if best.attr is None or (best.attr.rule != "said-after" and attr.rule == "said-after"):
                best.attr = attr
            continue
        for seg in inside:
            seg.absorbed = True
        # A quotation that opens inside the clause runs on to its closing mark.
        quotes.append(_quote(text, a, max(b, inside[-1].end), "partial", attr, attr.rule))
    return quotes


def _marked_quotes(text: str, attrs: list[_Attr], segments: list[_Segment], finder: _Finder,
                   resolver: _Resolver, sentence_starts: list[int]) -> list[Quote]:
    """Quotations not absorbed into a clause: attributed, shared, named by a verb, or continuing."""
    quotes: list[Quote] = []
    cue_starts = [attr.cue.start for attr in attrs]
    last_attributed: _Segment | None = None
    for seg in segments:
        if seg.absorbed and seg.attr is None:
            continue
        kind = _segment_kind(text, seg)
        if seg.attr is None and last_attributed is not None and last_attributed.attr is not None:
            # “A,” she said, “B.” — the second part shares the attribution between them.
            attr = last_attributed.attr
            between = text[last_attributed.close + 1:seg.open] if seg.open - last_attributed.close < 200 else "x " * 20
            if attr.cue.start >= last_attributed.close and attr.cue.end <= seg.open and \
                    len(between.split()) <= 10 and between.rstrip().endswith((",", ":")):
                seg.attr = attr
                if _segment_kind(text, last_attributed) == "direct":
                    kind = "direct"  # the second half of a direct quotation split by its attribution
        words = text[seg.start:seg.end]
        if seg.attr is not None and _looks_like_title(words) and len(words.split()) <= 5 and words[-1:].isalnum():
            continue  # told MSNBC's "Morning Joe"
        if words.startswith("(") and words.rstrip(".").endswith(")"):
            continue  # "(CROSSTALK.)": a transcript note
        if seg.attr is None and finder.cites_article(seg):
            continue  # "Headline" — Toronto Star, August 15, 2008: a source list, not speech
        if seg.attr is not None:
            if kind == "partial" and text[seg.attr.cue.end:seg.open].strip(" ,:") == "" and \
                    (words[:1].isupper() or len(words.split()) >= 5 and _ends_sentence(text, seg)):
                kind = "direct"  # said: "All those who ..." / said "we will stop."
            quotes.append(_quote(text, seg.start, seg.end, kind, seg.attr, seg.attr.rule))
            last_attributed = seg
            continue
        naming = _NAMING_VERB.search(text, max(0, seg.open - 60), seg.open) if kind == "partial" else None
        if naming is not None:
            # called the conclusion “bold”, described as “lacking a conscience”, expressed “deep concern”
            k = bisect.bisect_right(sentence_starts, naming.start()) - 1
            sent_start = sentence_starts[k] if k >= 0 else 0
            subject = finder._subject_before(sent_start, naming.start(), naming.end()) \
                or finder._sentence_subject(sent_start, naming.start())
            speaker = resolver.speaker(subject) if subject is not None else None
            cue = Span(naming.group(), naming.start(), naming.end())
            quotes.append(Quote(words, seg.start, seg.end, "partial", cue, speaker, "called"))
            continue
        if _looks_like_title(words):
            continue
        if kind == "direct" or len(words.split()) >= 4:
            # Continues the last speaker nearby (a short fragment only the speaker of its paragraph).
            speaker = None
            i = bisect.bisect_left(cue_starts, seg.open) - 1
            while i >= 0 and attrs[i].speaker is None and seg.open - attrs[i].cue.start < 1200:
                i -= 1
            reach = 1200 if kind == "direct" else 600
            if i >= 0 and attrs[i].speaker is not None and seg.open - attrs[i].cue.start < reach:
                prev = attrs[i].speaker
                speaker = Speaker(prev.name, None, None, None, prev.title, prev.organization, prev.anonymous)
            rule = "continuation" if kind == "direct" else "quote-marks"
            quotes.append(Quote(words, seg.start, seg.end, kind, None, speaker, rule))
    return quotes


def _skip_parenthesis(toks: list[Span], i: int) -> int:
    """The index before a short parenthesis ending at toks[i] ("Pence (R-IN)"), else i."""
    if i < 0 or toks[i].text != ")":
        return i
    k = i - 1
    while k >= 0 and i - k <= 8 and toks[k].text != "(":
        k -= 1
    return k - 1 if k >= 0 and toks[k].text == "(" else i


def _looks_like_title(words: str) -> bool:
    """A title or a name in quotation marks ("The Girl Who Sailed the Moon"), not speech."""
    words = words.rstrip(" .!?,;")
    tokens_ = words.split()
    long = [w for w in tokens_ if len(w) > 3]
    return len(long) >= 2 and sum(w[:1].isupper() for w in long) >= 0.7 * len(long) and len(tokens_) <= 10


def _ends_sentence(text: str, seg: _Segment) -> bool:
    """Whether the sentence ends with this quotation: `stop."` or `stop".` then a space or the end."""
    after = _ENDS_SENTENCE.match(text, seg.close + 1)
    if after is None or seg.close >= len(text):
        return seg.close >= len(text)
    return after.group().rstrip() != "" or text[seg.start:seg.end].rstrip()[-1:] in (".", "!", "?")


def _segment_kind(text: str, seg: _Segment) -> str:
    """Direct when the quotation opens a sentence (or follows a colon or a cue's comma), else partial."""
    before = text[max(0, seg.open - 3):seg.open].rstrip()
    first = text[seg.start:seg.start + 1]
    if not before or before[-1] in ".!?:\n" or before[-1] in CLOSE_MARKS + STRAIGHT:
        return "direct"
    if before[-1] == "," and first.isupper():
        return "direct"
    return "partial"


def _quote(text: str, a: int, b: int, kind: str, attr: _Attr | None, rule: str) -> Quote:
    cue = attr.cue if attr is not None else None
    speaker = attr.speaker if attr is not None else None
    if speaker is not None and attr is not None and attr.inherit is not None and attr.rule == "participle":
        # ", saying ...": no mention of its own ("and added ..." keeps the shared subject's mention)
        speaker = Speaker(speaker.name, None, None, None, speaker.title, speaker.organization, speaker.anonymous)
    return Quote(text[a:b], a, b, kind, cue, speaker, rule)


def collect_officials(doc: Doc, quotes: list[Quote]) -> list[Official]:
    """One entry per distinct speaker, merged across mentions, with the count of quotes."""
    merged: dict[str, dict] = {}
    order: list[str] = []
    for quote in quotes:
        sp = quote.speaker
        if sp is None or not sp.name:
            continue
        key = sp.name.lower()
        entry = merged.get(key)
        if entry is None:
            entry = {"name": sp.name, "title": sp.title, "organization": sp.organization,
                     "anonymous": sp.anonymous, "quotes": 0, "mentions": {}}
            merged[key] = entry
            order.append(key)
        entry["quotes"] += 1
        entry["title"] = entry["title"] or sp.title
        entry["organization"] = entry["organization"] or sp.organization
        if sp.start is not None and sp.end is not None:
            entry["mentions"][(sp.start, sp.end)] = Mention(sp.start, sp.end)
    _add_name_mentions(doc.text, merged, doc.names)
    officials = []
    for key in order:
        e = merged[key]
        officials.append(Official(e["name"], e["title"], e["organization"], e["anonymous"], e["quotes"],
                                  tuple(e["mentions"][k] for k in sorted(e["mentions"]))))
    return officials


def _add_name_mentions(text: str, merged: dict[str, dict], names: list[Span]) -> None:
    """Add every occurrence of a named official's name or surname ("Jake Sullivan", "Sullivan")."""
    owner_of = _name_owners(merged)
    if not owner_of:
        return
    for span in names:
        name = split_title(strip_possessive(span.text))[1]
        owner = owner_of.get(name)
        if owner is not None:
            at = span.text.rfind(name)
            a, b = (span.start + at, span.start + at + len(name)) if at >= 0 else (span.start, span.end)
            merged[owner]["mentions"][(a, b)] = Mention(a, b)


def _name_owners(merged: dict[str, dict]) -> dict[str, str | None]:
    """Each ending of a named official's name ("Sullivan", "Jake Sullivan") -> its one owner (None: shared).

    A mention names an official when the official's name ends with it, surname included, and no
    other official's does. Indexing the endings once keeps the lookup per mention constant: scanning
    every official of the same surname per mention was quadratic in a text of many Smiths.
    """
    owner_of: dict[str, str | None] = {}
    for key, entry in merged.items():
        full = entry["name"]
        if entry["anonymous"] or len(full.split()) < 2 or not is_person_name(full):
            continue
        surname = last_token(full).lower()
        # Endings start at a word start or a capital ("McJane Smith" ends with "Jane Smith").
        starts = [i for i in range(max(0, len(full) - _MAX_NAME_ENDING), len(full))
                  if i == 0 or full[i].isupper() or not full[i - 1].isalnum()]
        endings = {full[i:] for i in starts} | {full}
        for ending in endings:
            if last_token(ending).lower() != surname:
                continue
            if ending in owner_of and owner_of[ending] != key:
                owner_of[ending] = None
            else:
                owner_of[ending] = key
    return owner_of
