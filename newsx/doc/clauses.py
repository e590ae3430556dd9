"""Clauses and verb forms: the clause layer of the document (``doc.clauses``, built on first use).

Clauses are read from the document's words and numbers and the marks ``; : , ( ) — – -- ! ?``
(``forms.CLAUSE_MARK``); an abbreviation reads without its period ("Corp." as "Corp"), a dotted
acronym keeps it ("U.S."). The ``date`` header line holds no clause, and a run-on sentence is read
in pieces of 300 words, to stay linear. Each word's quotation flag is the document's. The words
are read once for the whole document (``Columns``, copied in C by ``compress``); a sentence is a
range of them. The rules start only from candidates found in C: one code byte per word
(``_codes``, a byte per distinct flags value) and ``bytes.translate`` give the capitalised
words, the verb forms, the verb slots, the dotted words and the words a clause may start at
(the word classes of ``forms``), so that no Python loop visits every word.

Clause boundaries (``cut``), in order: a clause starts at a word
1. after `;`, `:` or a dash;
2. that is a reporting verb (or stands before one) just out of a quotation ('..., it added," said Jane Doe');
3. that opens a clause (`which`, `when`, `after`, ...), not after a preposition or an auxiliary
   ("has since risen");
4. `but`; `and` after a comma before a lower-case word; `and`/`but` before a new subject (a
   pronoun, or a name followed by a finite verb: "... began on May 2 and Lima says ...");
5. `as` before a name followed by a finite verb ("rallied as Acme sank"; not "known as", "such as");
6. the complementiser `that` (not after a preposition, `so`, `such`, `now`, `and`, `or`);
7. `, V-ing` of a known verb ("..., citing flaws");
8. `, it/he/they ...` after a fronted subordinate clause ("Since the war began, it has resisted");
9. `, ` + a past form, modal or finite be/have after an aside (`, which ...,`, `, speaking ...,`):
   the main clause resumes, and the clause records the one it resumes (``parent``).

Verb forms (``form``), the kind of trigger a word is in its clause: ``past``, ``perfect``,
``future``, ``present``, ``nonfinite``, ``noun`` or None. The letters of a word decide most
(``forms.type_bits``, once per distinct text); only candidates (a verb form, an event noun, or an
open word after a modal or plural pronoun) are looked at with their neighbours, in this order:
1. none: a capitalised word inside a sentence (a name); a preposition-like form ("given the
   cost", not "has given"); a raising word before `to` ("is expected to rise");
2. a noun or nothing after a determiner, a count or an ordinal ("the planned stop", "three
   sets"), or joined to a number by a hyphen ("a 3-ranked team");
3. none: an `-ed` adjective ("149 confirmed orders", "Acme's improved offer", "unprecedented",
   "state-owned"), an `-ing` adjective ("forthcoming"), a participle with no `has`/`was` ("taken");
4. past forms: ``future`` after `will`/`would` (+ have/be), ``nonfinite`` after another modal or
   `did` ("could cut"), after `to` (``future`` after `is to`), ``perfect`` after `has`/`has
   been`, else ``past``;
5. other forms of a known verb: after a modal or `to` (``future`` for `will`, `is to`),
   ``nonfinite`` for `-ing` (``noun`` for a noun `-ing`: "the old building was sold"), an `-s`
   form ``present`` after a subject, else a plural ``noun``, a base form ``present`` after
   `we/they/which/that`;
6. a reporting verb (``present`` for `-s`), an event noun (``noun``);
7. an open word in a verb slot: after a modal (``future`` or ``nonfinite``), after a plural
   pronoun or `who` (``present``), an `-ing` after `be` (``nonfinite``).
"""
from __future__ import annotations

import bisect
import re
from itertools import compress
from typing import Final

from ..lexicon import events as _events
from ..lexicon import grammar as _grammar
from ..lexicon import names as _names
from ..lexicon import numbers as _numbers
from ..lexicon import speech as _speech
from ..lexicon import verbs as _verbs
from . import tokens as _tokens
from .forms import ADVERB, AUX, CLAUSE_MARK, CUT_AFTER, CUT_WORD, DOTTED, HAS_BASE, NOT_VERBS, OPEN_WORD, PAST_FORM, \
    REGULAR_PAST, VERB_FORM, VERB_SLOT, WORD_CLASSES, class_bits

# Word lists and flag bits read in the hot loops, as Final names: the compiled build (mypyc)
# keeps these in C statics instead of looking each use up in the module's dictionary.
CLAUSE_OPENERS: Final = _events.CLAUSE_OPENERS
EVENT_NOUNS: Final = _events.EVENT_NOUNS
SUBJECT_PRONOUNS: Final = _events.SUBJECT_PRONOUNS
NOUN_OPENERS: Final = _grammar.NOUN_OPENERS
PERSONAL_PRONOUNS: Final = _grammar.PERSONAL_PRONOUNS
PLURAL_PRONOUNS: Final = _grammar.PLURAL_PRONOUNS
PREPOSITIONS: Final = _grammar.PREPOSITIONS
QUANTIFIERS: Final = _grammar.QUANTIFIERS
RELATIVE_PRONOUNS: Final = _grammar.RELATIVE_PRONOUNS
SUBORDINATORS: Final = _grammar.SUBORDINATORS
NOT_NAMES: Final = _names.NOT_NAMES
COUNT_WORDS: Final = _numbers.COUNT_WORDS
RANK_ORDINALS: Final = _numbers.RANK_ORDINALS
REPORTING: Final = _speech.REPORTING
AUXILIARIES: Final = _verbs.AUXILIARIES
BE_FORMS: Final = _verbs.BE_FORMS
FINITE_STATES: Final = _verbs.FINITE_STATES
HAVE_FORMS: Final = _verbs.HAVE_FORMS
ING_ADJECTIVES: Final = _verbs.ING_ADJECTIVES
IRREGULAR_PARTICIPLE: Final = _verbs.IRREGULAR_PARTICIPLE
IRREGULAR_PAST: Final = _verbs.IRREGULAR_PAST
MODALS: Final = _verbs.MODALS
MODALS_FUTURE: Final = _verbs.MODALS_FUTURE
PREPOSITION_LIKE: Final = _verbs.PREPOSITION_LIKE
RAISING: Final = _verbs.RAISING
VERBS: Final = _verbs.VERBS
ABBREV: Final = _tokens.ABBREV
ALPHA: Final = _tokens.ALPHA
CAP: Final = _tokens.CAP
DIGIT: Final = _tokens.DIGIT

MAX_SENTENCE: Final = 300  # words a sentence is read in pieces of
_ACRONYM: Final = re.compile(r"(?:[A-Z]\.){2,}")
_COUNT_NUMBER: Final = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")  # "40 states"; not a model number ("787-8 holds")
_DO_FORMS: Final = frozenset(("do", "does", "did", "didn't", "don't", "doesn't"))
_KEPT: Final = ALPHA | DIGIT | CLAUSE_MARK
_HARD_CUTS: Final = frozenset((";", "--", "—", "–", ":"))
_PARTICLES: Final = frozenset(("as", "so", "to", "up", "out", "off", "down", "back", "away"))
# The words before a past form that make it other than ``past`` (``_past_form``).
_PAST_CONTEXT: Final = MODALS_FUTURE | HAVE_FORMS | MODALS | _DO_FORMS | {"be", "to", "has", "have", "'ve", "been"}


class Sentence:
    """One sentence (or piece of one) as clauses read it: the positions [lo, hi) of the document's
    clause columns (``Columns``: the words clauses read, mended abbreviations); ``clauses`` its
    clause ranges [a, b) over positions with the index of the clause each resumes (or None).
    Its column attributes are the document's (every sentence shares them)."""

    __slots__ = ("source", "index", "lo", "hi", "low", "flags", "start", "end", "quoted", "capitals", "formed_at",
                 "form_kinds", "clauses")

    def __init__(self, columns: Columns, lo: int, hi: int, index: int) -> None:
        self.source = columns.source  # the document's text
        self.index = index  # the sentence's number (pieces of a long one, and sentences with no word, count)
        self.lo = lo
        self.hi = hi
        self.low = columns.low
        self.flags = columns.flags
        self.start = columns.start
        self.end = columns.end
        self.quoted = columns.quoted
        self.capitals = columns.capitals
        self.formed_at = columns.formed_at
        self.form_kinds = columns.form_kinds
        self.clauses: list[tuple[int, int, int | None]] = []

    def word_text(self, i: int) -> str:
        """The text of the word at position i."""
        return self.source[self.start[i]:self.end[i]]

    def has_capitals(self) -> bool:
        """Whether a word of the sentence is capitalised."""
        c = bisect.bisect_left(self.capitals, self.lo)
        return c < len(self.capitals) and self.capitals[c] < self.hi


class Columns:
    """The words clauses read, for the whole document, as parallel lists indexed by position:
    ``low`` ``flags`` ``start`` ``end`` ``quoted`` as in ``doc.words`` (an abbreviation without
    its period); ``kept`` one byte per word of ``doc.words``, 1 for those read; ``capitals`` the
    positions of capitalised words; ``formed_at`` the positions that have a verb form, in order,
    and ``form_kinds`` their forms."""

    __slots__ = ("source", "kept", "low", "flags", "start", "end", "quoted", "capitals", "formed_at", "form_kinds")

    def __init__(self, source: str, kept: bytes, low: list[str], flags: list[int], start: list[int],
                 end: list[int], quoted: list[bool], capitals: list[int]) -> None:
        self.source = source
        self.kept = kept
        self.low = low
        self.flags = flags
        self.start = start
        self.end = end
        self.quoted = quoted
        self.capitals = capitals
        self.formed_at: list[int] = []
        self.form_kinds: list[str] = []

    def words(self) -> list[int]:
        """Each position's index in ``doc.words``."""
        return list(compress(range(len(self.kept)), self.kept))


class Clauses:
    """The clause layer of a document: its sentences (``Sentence``) with clauses and verb forms."""

    __slots__ = ("sentences", "columns", "_firsts")

    def __init__(self, sentences: list[Sentence], columns: Columns) -> None:
        self.sentences = sentences
        self.columns = columns
        self._firsts = [columns.start[s.lo] for s in sentences]

    def clause_words(self) -> list[tuple[int, int, int | None]]:
        """Every clause as a range [i, j) of ``doc.words`` and the index (in this list) of the clause it resumes."""
        out: list[tuple[int, int, int | None]] = []
        words = self.columns.words()
        for s in self.sentences:
            base = len(out)
            out.extend((words[lo], words[hi - 1] + 1, None if p is None else base + p) for lo, hi, p in s.clauses)
        return out

    def form_of(self, word: int) -> str | None:
        """The verb form of ``doc.words[word]`` (None: none, or a word clauses do not read)."""
        c = self.columns  # narrow use only (tests, tools): not on a hot path
        words = c.words()
        k = bisect.bisect_left(words, word)
        if k == len(words) or words[k] != word:
            return None
        f = bisect.bisect_left(c.formed_at, k)
        return c.form_kinds[f] if f < len(c.formed_at) and c.formed_at[f] == k else None

    def tense_at(self, offset: int) -> str | None:
        """The tense of the clause around a text offset: ``past`` (a past or perfect form),
        ``future`` (a scheduled form) or ``present``, from the clause's first finite verb; None
        when it has none."""
        k = bisect.bisect_right(self._firsts, offset) - 1
        if k < 0:
            return None
        s = self.sentences[k]
        i = min(bisect.bisect_right(s.start, offset, s.lo, s.hi), s.hi) - 1
        for lo, hi, _ in s.clauses:
            if lo <= max(i, s.lo) < hi:
                f = bisect.bisect_left(s.formed_at, lo)
                while f < len(s.formed_at) and s.formed_at[f] < hi:
                    kind = s.form_kinds[f]
                    if kind in ("past", "perfect", "future", "present"):
                        return "past" if kind == "perfect" else kind
                    f += 1
                return None
        return None


def read(doc) -> Clauses:  # noqa: ANN001 - a Doc (no import: the document imports this module)
    """The clause layer of a document."""
    columns, codes = _columns(doc)
    kept, start = columns.kept, columns.start
    header = doc.header
    skip = header.day_end if header is not None and header.day_end > 0 else 0  # the "date" line is no clause
    sentences: list[Sentence] = []
    number = 0
    b = at = 0  # the position of doc.words[at]
    for i, j in doc.sentence_words:
        a = b + kept.count(1, at, i)  # the positions of the sentence's words: the words read before them
        b = a + kept.count(1, i, j)
        at = j
        while a < b and start[a] < skip:
            a += 1
        for lo in range(a, b, MAX_SENTENCE):
            sentences.append(Sentence(columns, lo, min(b, lo + MAX_SENTENCE), number))
            number += 1
        if a == b:
            number += 1
    _read_sentences(sentences, columns, codes)
    return Clauses(sentences, columns)


def _columns(doc) -> tuple[Columns, bytes]:  # noqa: ANN001
    """The words clauses read, as columns, and their codes (``_code``): built in C, by ``compress``
    over the document's columns and ``bytes.translate`` over the codes."""
    words = doc.words
    codes = _codes(words.flags)
    kept = codes.translate(_KEPT_TABLE)
    codes = codes.translate(None, _NOT_KEPT)  # the codes of the words read
    columns = Columns(doc.text, kept, list(compress(words.low, kept)),
                      list(compress(words.flags, kept)), list(compress(words.start, kept)),
                      list(compress(words.end, kept)), list(compress(words.quoted, kept)),
                      list(compress(range(len(codes)), codes.translate(_CAPS_TABLE))))
    return columns, codes


# What the clause layer looks for among all words, in one byte per word: a byte per distinct
# flags value (a few hundred), so that each kind of candidate is found by ``bytes.translate``.
_KEPT_CODE: Final = 1
_CAP_CODE: Final = 2
_VERB_CODE: Final = 4
_DOTTED_CODE: Final = 8
_CUT_WORD_CODE: Final = 16
_CUT_AFTER_CODE: Final = 32
_SLOT_CODE: Final = 64
_CODE_BITS: Final = ((_KEPT, _KEPT_CODE), (CAP, _CAP_CODE), (VERB_FORM, _VERB_CODE), (DOTTED, _DOTTED_CODE),
              (CUT_WORD, _CUT_WORD_CODE), (CUT_AFTER, _CUT_AFTER_CODE), (VERB_SLOT, _SLOT_CODE))
_RARE_CODES: Final = _DOTTED_CODE | _CUT_WORD_CODE | _CUT_AFTER_CODE | _SLOT_CODE
_KEPT_TABLE: Final = bytes(1 if c & _KEPT_CODE else 0 for c in range(256))
_NOT_KEPT: Final = bytes(c for c in range(256) if not c & _KEPT_CODE)
_CAPS_TABLE: Final = bytes(1 if c & _CAP_CODE else 0 for c in range(256))
# A capitalised word inside a sentence is a name (rule 1 of the forms): only the first may be a verb.
_VERBS_TABLE: Final = bytes(1 if c & (_VERB_CODE | _CAP_CODE) == _VERB_CODE else 0 for c in range(256))
_RARE_TABLE: Final = bytes(1 if c & _RARE_CODES else 0 for c in range(256))
_CODES: Final[dict[int, int]] = {}  # flags -> code, for every document of the process
_MAX_CODES: Final = 100_000


def _code(flags: int) -> int:
    code = 0
    for bit, code_bit in _CODE_BITS:
        if flags & bit:
            code |= code_bit
    return code


def _codes(flags: list[int]) -> bytes:
    """The code of each flags value, as bytes."""
    try:
        return bytes(map(_CODES.__getitem__, flags))
    except KeyError:
        new = set(flags).difference(_CODES)
        if len(_CODES) + len(new) > _MAX_CODES:  # a few hundred in news: never, but bounded all the same
            return bytes(map(_code, flags))
        for f in new:
            _CODES[f] = _code(f)
        return bytes(map(_CODES.__getitem__, flags))


def _undot(c: Columns, k: int) -> None:
    """An abbreviation reads without its period ("Corp."), a dotted acronym with it ("U.S." before a hyphen)."""
    source, low, end = c.source, c.low[k], c.end[k]
    text = source[c.start[k]:end]
    if c.flags[k] & ABBREV:
        if not _ACRONYM.fullmatch(text):
            c.low[k], c.end[k] = low[:-1], end - 1
    elif source[end:end + 1] == "." and _ACRONYM.fullmatch(text + "."):
        c.low[k], c.end[k] = low + ".", end + 1
    else:
        return
    c.flags[k] = c.flags[k] & ~WORD_CLASSES | class_bits(c.low[k])


def _read_sentences(sentences: list[Sentence], c: Columns, codes: bytes) -> None:
    """The clauses and verb forms of every sentence, from the few positions each rule starts
    from: where a clause may start (``cut``), the verb forms and the verb slots (``_read_forms``)."""
    flags = c.flags
    n = len(flags)
    # The rare classes in one pass (dotted words mended first: their classes may change).
    points: list[int] = []
    slots: list[int] = []
    for k in compress(range(n), codes.translate(_RARE_TABLE)):
        f = flags[k]
        if f & DOTTED:
            _undot(c, k)
            f = flags[k]
        if f & CUT_WORD and not (points and points[-1] == k):
            points.append(k)
        if f & CUT_AFTER:
            points.append(k + 1)  # after `; : , --`
        if f & VERB_SLOT:
            slots.append(k)
    closes = _quotation_ends(c.quoted)
    if closes:
        points = sorted(set(points).union(closes))
    verbs = list(compress(range(n), codes.translate(_VERBS_TABLE)))
    points.append(n + 1)  # ends that no sentence reaches: the walks below need no length test
    verbs.append(n + 1)
    slots.append(n + 1)
    p = v = t = 0
    for s in sentences:  # in order: each list is walked once
        lo, hi = s.lo, s.hi
        while points[p] <= lo:
            p += 1
        q = p
        while points[q] < hi:
            q += 1
        s.clauses = cut(s, points[p:q])
        while verbs[v] < lo:
            v += 1
        w = v
        while verbs[w] < hi:
            w += 1
        while slots[t] < lo:
            t += 1
        u = t
        while slots[u] < hi:
            u += 1
        _read_forms(s, verbs[v:w], slots[t:u], c)
        p, v, t = q, w, u


def _quotation_ends(quoted: list[bool]) -> list[int]:
    """The positions i where quoted[i - 1] and not quoted[i]: the first word after a quotation."""
    inside = bytes(quoted)
    out: list[int] = []
    k = inside.find(b"\x01\x00")
    while k >= 0:
        out.append(k + 1)
        k = inside.find(b"\x01\x00", k + 1)
    return out


# ---------------------------------------------------------------- clause boundaries
def cut(s: Sentence, points: list[int]) -> list[tuple[int, int, int | None]]:
    """Clauses as ranges [lo, hi) with the index of the clause they resume, if any: in "Lee,
    who took over in March, said ..." the clause "said ..." resumes the first. ``points`` are
    the positions after s.lo where a clause may start: a cut word (``forms.CUT_WORD``), the word
    after `; : , --`, the first word after a quotation."""
    low, flags, quoted = s.low, s.flags, s.quoted
    starts = [s.lo]
    parents: dict[int, int] = {}
    relative_of: int | None = None  # the clause a ", which/who ..." clause interrupts
    subordinate = s.hi > s.lo and low[s.lo] in SUBORDINATORS
    for i in points:
        word = low[i]
        prev = low[i - 1]
        if prev == "," and not flags[i] & CUT_WORD and not (quoted[i - 1] and not quoted[i]):
            # Most points: a comma before a word that opens nothing; only rules 7-8 may cut.
            cuts = bool(word.endswith("ing") and flags[i] & HAS_BASE) or (
                subordinate and (word in SUBJECT_PRONOUNS or word in PLURAL_PRONOUNS))
        else:
            cuts = _cuts(s, i, subordinate)
        if cuts:
            resumes = None
        elif prev == "," and relative_of is not None and _resumes(s, i):
            resumes = relative_of
        else:
            continue
        if i != starts[-1]:
            subordinate = word in SUBORDINATORS
            if resumes is not None:
                parents[len(starts)] = resumes
                relative_of = None
            elif prev == "," and (word in RELATIVE_PRONOUNS or word.endswith("ing")):
                relative_of = len(starts) - 1  # an aside: ", which ...," or ", speaking by video,"
            starts.append(i)
    if len(starts) == 1:
        return [(s.lo, s.hi, None)]
    bounds = starts + [s.hi]
    return [(bounds[c], bounds[c + 1], parents.get(c)) for c in range(len(starts))]


def _cuts(s: Sentence, i: int, subordinate: bool) -> bool:
    """Whether a clause starts at position i (rules 1-8)."""
    low, flags = s.low, s.flags
    word, prev = low[i], low[i - 1]
    if prev in _HARD_CUTS:
        return True
    after = low[i + 1] if i + 1 < s.hi else ""
    if s.quoted[i - 1] and not s.quoted[i] and (word in REPORTING or after in REPORTING):
        return True  # '..., it added," said Jane Doe': the report is its own clause
    if flags[i] & CUT_WORD and _cut_word(s, i, word, prev, after):
        return True
    if prev != ",":
        return False
    if word.endswith("ing") and flags[i] & HAS_BASE:
        return True
    return subordinate and (word in SUBJECT_PRONOUNS or word in PLURAL_PRONOUNS)


def _cut_word(s: Sentence, i: int, word: str, prev: str, after: str) -> bool:
    """Whether the cut word at position i starts a clause (rules 3-6)."""
    flags = s.flags
    if word in CLAUSE_OPENERS and prev not in PREPOSITIONS and not flags[i - 1] & AUX:
        return True
    if word == "but" or (word == "and" and prev == "," and after and not flags[i + 1] & CAP):
        return True
    if word in ("and", "but") and after and (after in SUBJECT_PRONOUNS or after in PLURAL_PRONOUNS or (
            flags[i + 1] & CAP and not flags[i - 1] & CAP and finite_after_name(s, i + 1))):
        return True  # a new subject: "The talks began on May 2 and Lima says ..."
    if word == "as" and after and flags[i + 1] & CAP and after not in NOT_NAMES and finite_after_name(s, i + 1) \
            and not (prev in ("such", "same", "so") or flags[i - 1] & PAST_FORM
                     or prev in IRREGULAR_PARTICIPLE):  # not "known as KC-30s", "such as"
        return True  # "... results on Monday as Acme sank 5%": a clause of its own
    return word == "that" and prev not in PREPOSITIONS and prev not in ("so", "such", "now", "and", "or")


def _resumes(s: Sentence, i: int) -> bool:
    """After an aside, `, ` + a finite verb: the interrupted clause goes on (rule 9)."""
    f = s.flags[i]
    return not f & CAP and (bool(f & PAST_FORM) or s.low[i] in MODALS or s.low[i] in FINITE_STATES)


def finite_after_name(s: Sentence, k: int) -> bool:
    """Whether a name starting at position k is followed by a finite verb: a new subject."""
    flags, hi = s.flags, s.hi
    while k < hi and flags[k] & CAP:
        k += 1
    if k >= hi:
        return False
    low = s.low[k]
    return (low in AUXILIARIES or bool(flags[k] & PAST_FORM) or low in REPORTING
            or (low.endswith("s") and bool(flags[k] & HAS_BASE)))


# ---------------------------------------------------------------- verb forms
def _read_forms(s: Sentence, verbs: list[int], slots: list[int], c: Columns) -> None:
    """The verb form of every candidate word of every clause of s (into ``c.formed_at``,
    ``c.form_kinds``): its verb forms but capitalised ones (``verbs``), its first word if it is a
    verb form, the open words after its verb slots."""
    flags = s.flags
    lo, hi = s.lo, s.hi
    candidates = verbs
    extra = bool(flags[lo] & VERB_FORM and flags[lo] & CAP)
    if extra:
        candidates.append(lo)
    for p in slots:
        q = p + 1
        while q < hi and flags[q] & (ADVERB | OPEN_WORD):
            if flags[q] & OPEN_WORD:
                candidates.append(q)
                extra = True
            if not flags[q] & ADVERB:
                break
            q += 1
    if not candidates:
        return
    if extra:
        candidates = sorted(set(candidates))
    formed_at, form_kinds = c.formed_at, c.form_kinds
    k = 0
    for a, b, _ in s.clauses:
        while k < len(candidates) and candidates[k] < b:
            i = candidates[k]
            kind = form(s, i, a)
            if kind is not None:
                formed_at.append(i)
                form_kinds.append(kind)
            k += 1


def prev_word(s: Sentence, i: int, lo: int) -> int:
    """The position of the word before i in its clause, skipping a few adverbs ("will now
    receive"); below lo when there is none."""
    flags = s.flags
    j = i - 1
    while j > lo and flags[j] & ADVERB:
        j -= 1
    return j


def _prev_low(s: Sentence, j: int, lo: int) -> str:
    k = prev_word(s, j, lo)
    return s.low[k] if k >= lo else ""


def form(s: Sentence, i: int, lo: int) -> str | None:
    """The verb form of the word at position i of a clause starting at lo (rules 1-7), or None."""
    flags = s.flags
    f = flags[i]
    if not f & (VERB_FORM | OPEN_WORD) or (f & CAP and i != s.lo):
        return None  # a name, not a verb
    j = i - 1
    while j > lo and flags[j] & ADVERB:
        j -= 1  # the word before, past a few adverbs (``prev_word``)
    low = s.low[i]
    plow = s.low[j] if j >= lo else ""
    if (low in PREPOSITION_LIKE and not (plow in HAVE_FORMS or plow in BE_FORMS)) or (
            low in RAISING and i + 1 < s.hi and s.low[i + 1] == "to"):
        return None  # "given the cost", "is expected to rise"; but "has given a boost"
    if plow in NOUN_OPENERS or (i > s.lo and flags[i - 1] & DIGIT and _joined_to_number(s, i)) \
            or (j >= lo and (plow in RANK_ORDINALS or low.endswith("s")) and _counted(s, j, lo, low)):
        return "noun" if low in EVENT_NOUNS else None
    if f & REGULAR_PAST and (_adjectival(s, i, j, lo) or (
            not f & HAS_BASE and (low.startswith("un") or "-" in low))):
        return None  # "of iodised salt", "149 confirmed orders", "unprecedented", "state-owned"
    if low in ING_ADJECTIVES:
        return None
    participle_only = low in IRREGULAR_PARTICIPLE and low not in IRREGULAR_PAST and not (
        plow in BE_FORMS or plow in HAVE_FORMS)
    if participle_only and low not in VERBS:
        return None  # "taken" needs `has` or `was`; "run" may still be a base form
    if not participle_only and (f & PAST_FORM or low in IRREGULAR_PARTICIPLE):
        return _past_form(s, low, plow, j, lo) if plow in _PAST_CONTEXT else "past"
    if f & HAS_BASE:
        return _base_form(s, i, j, lo, plow)
    if low in REPORTING:
        return "present" if low.endswith("s") else "nonfinite"
    if low in EVENT_NOUNS:
        return "noun"
    return _open_word(s, i, plow)


def _joined_to_number(s: Sentence, i: int) -> bool:
    """Joined by a hyphen to a number before it: "the No. 1-ranked player", an adjective."""
    at = s.start[i]
    return i > s.lo and bool(s.flags[i - 1] & DIGIT) and s.end[i - 1] == at - 1 and s.source[at - 1] == "-"


def _counted(s: Sentence, j: int, lo: int, low: str) -> bool:
    """After an ordinal, or a plural after a count: "the second set", "three sets", "two goals"."""
    if j < lo or s.flags[j] & CAP:
        return False
    plow = s.low[j]
    # A count number starts with a digit (the DIGIT flag): only then is the pattern tried.
    return plow in RANK_ORDINALS or low.endswith("s") and (plow in COUNT_WORDS or bool(
        s.flags[j] & DIGIT and _COUNT_NUMBER.fullmatch(s.word_text(j))))


def _past_form(s: Sentence, low: str, plow: str, j: int, lo: int) -> str | None:
    """A past form or participle (rule 4)."""
    if plow in MODALS_FUTURE or (plow in HAVE_FORMS and _prev_low(s, j, lo) in MODALS_FUTURE):
        return "future"
    if plow == "be" and _prev_low(s, j, lo) in MODALS_FUTURE:
        return "future"
    if (plow in MODALS or plow in _DO_FORMS) and low in VERBS:
        return "nonfinite"  # "could cut", "did put": base forms that look like past ones
    if plow == "to":
        if low not in VERBS:
            return None  # "to" + past form: an adjective or a slip
        # "to cut", "to set": base forms that look like past ones.
        return "future" if _prev_low(s, j, lo) in BE_FORMS else "nonfinite"
    if plow in ("has", "have", "'ve") or (plow == "been" and _prev_low(s, j, lo) in ("has", "have")):
        return "perfect"  # present perfect: news of now ("has posted a loss", "has been delayed")
    return "past"


def _base_form(s: Sentence, i: int, j: int, lo: int, plow: str) -> str | None:
    """Another form of a known verb (rule 5)."""
    low = s.low[i]
    if plow in MODALS or plow == "to":
        if plow in MODALS_FUTURE or (plow == "to" and _prev_low(s, j, lo) in ("is", "are", "was", "were")):
            return "future"
        return "nonfinite"
    if low.endswith("ing"):
        if _ing_noun(s, i, j, lo):
            return "noun" if low in EVENT_NOUNS else None  # "the rectangular building covers"
        return "nonfinite"
    if low not in VERBS and low.endswith("s"):  # an inflected form (base_of(low) != low)
        return _s_form(s, i, j, lo, plow)
    if plow in PLURAL_PRONOUNS or plow in RELATIVE_PRONOUNS or plow == "that" or \
            (j >= lo and plow.split("'")[0] in PLURAL_PRONOUNS):
        return "present"  # "we build", "they sell", "which choose"
    if low in EVENT_NOUNS:
        return "noun"
    return None


def _s_form(s: Sentence, i: int, j: int, lo: int, plow: str) -> str | None:
    """An `-s` form: a present tense after its subject, else a plural noun."""
    low = s.low[i]
    if plow in NOUN_OPENERS or plow.endswith(("'s", "s'")):
        # The plural of a verb's noun right after its determiner: "Acme's plans", "their
        # claims"; no event unless the noun names one ("the companies' names").
        return "noun" if low in EVENT_NOUNS or low in REPORTING else None
    cap_prev = j >= lo and bool(s.flags[j] & CAP)
    if _noun_phrase_before(s, i, lo) or (
            low in EVENT_NOUNS and (j < lo or plow in PREPOSITIONS or not (cap_prev or plow in SUBJECT_PRONOUNS))):
        return "noun"  # the plural of a verb's noun: "their new claims"
    if j >= lo and not (plow in SUBJECT_PRONOUNS or plow in RELATIVE_PRONOUNS or plow == "that"
                        or low in REPORTING or _subject_ends(s, j, lo)):
        return "noun" if low in EVENT_NOUNS else None  # "civil police posts": a compound noun
    return "present"


def _open_word(s: Sentence, i: int, plow: str) -> str | None:
    """An unknown word where only a verb can stand: after a modal, after a plural pronoun (rule 7)."""
    low = s.low[i]
    if s.flags[i] & CAP or not low.isalpha() or low in NOT_VERBS or low.endswith("ly"):
        return None
    if plow in MODALS:
        return "future" if plow in MODALS_FUTURE else "nonfinite"
    if plow in PLURAL_PRONOUNS or plow == "who":
        return "present"
    if low.endswith("ing") and len(low) > 5 and plow in BE_FORMS:
        return "nonfinite"
    return None


def _ing_noun(s: Sentence, i: int, j: int, lo: int) -> bool:
    """An `-ing` word after determiner + modifier and before a noun or a finite verb is a noun
    ("the rectangular building covers", "a new funding round", "the bankruptcy filing showed"),
    not a participle with an object or a complement ("the company building a plant", "the
    staff working on it")."""
    if j - 1 < lo or j != i - 1:
        return False
    low, flags = s.low, s.flags
    prev, before = low[j], low[j - 1]
    if before not in NOUN_OPENERS or flags[j] & CAP or not prev.isalpha() or prev.endswith("s") \
            or prev in NOT_VERBS or prev in BE_FORMS or prev in HAVE_FORMS or s.start[i] - s.end[j] != 1:
        return False
    if i + 1 >= s.hi:
        return False
    nxt = low[i + 1]
    return s.start[i + 1] - s.end[i] == 1 and nxt.isalpha() and not flags[i + 1] & CAP and not (
        nxt in NOT_VERBS and nxt not in BE_FORMS or nxt in PERSONAL_PRONOUNS or nxt in CLAUSE_OPENERS
        or nxt in _PARTICLES or flags[i + 1] & ADVERB)


def _adjectival(s: Sentence, i: int, j: int, lo: int) -> bool:
    """An `-ed` word between a preposition, number or quantifier and a noun modifies the noun."""
    if j < lo or i + 1 >= s.hi:
        return False
    nxt = s.low[i + 1]
    if s.flags[i + 1] & CAP or not nxt.isalpha() or nxt in NOT_VERBS or nxt in PERSONAL_PRONOUNS:
        return False
    prev = s.low[j]
    if prev.endswith(("'s", "s'")) or (prev in COUNT_WORDS and prev != "both"):
        return True  # "Acme's improved offer", "three mixed classes"
    return (prev in PREPOSITIONS or bool(s.flags[j] & DIGIT) or prev in QUANTIFIERS) and prev != "by"


def _noun_phrase_before(s: Sentence, i: int, lo: int) -> bool:
    """Whether position i closes a noun phrase opened by a determiner or possessive just before
    ("their individual claims", "Acme's plans")."""
    for j in range(i - 1, max(lo, i - 3) - 1, -1):
        low = s.low[j]
        if low in NOUN_OPENERS or low.endswith(("'s", "s'")):
            return True
        if s.flags[j] & CAP or not low.isalpha() or low in AUXILIARIES or low in PREPOSITIONS:
            return False
    return False


def _subject_ends(s: Sentence, j: int, lo: int) -> bool:
    """Whether position j can end a subject noun phrase: a name, or a noun opened by a
    determiner, possessive or name just before ("the new administration wants")."""
    if s.flags[j] & CAP:
        return True
    for k in range(j - 1, max(lo, j - 3) - 1, -1):
        low = s.low[k]
        if low in NOUN_OPENERS or low.endswith(("'s", "s'")) or s.flags[k] & CAP:
            return True
        if not low.isalpha() or low in AUXILIARIES or low in PREPOSITIONS:
            return False
    return False

