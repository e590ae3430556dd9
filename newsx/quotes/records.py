"""The records the quote rules pass to each other.

``Context``      the document as the rules read it: its words, its quotations (as ``Segment``s),
                 which words lie inside a time expression, where the quotation marks are, and the
                 answers of the name helpers, asked once per distinct name text;
``Segment``      a quotation, with the attribution it gets;
``Subject``      who an attribution names (a name, a pronoun or a description), not yet resolved;
``Attribution``  a cue, its subject, the reported clause and the rule that found them.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import compress, repeat
from operator import and_

from ..doc import Doc
from ..doc.tokens import QUOTE_MARK, Words
from ..model import DateMention, Span, Speaker
from ..names import is_person_name, organization_of, proper_names, split_title


@dataclass(slots=True)
class Segment:
    """One quotation: its words are text[start:end]; ``close`` is the closing mark (or the line end)."""

    open: int
    close: int
    start: int
    end: int
    attr: Attribution | None = None
    absorbed: bool = False  # inside a partial quote's clause


@dataclass(slots=True)
class Subject:
    span: Span
    kind: str  # name, pronoun, desc
    title: str | None = None
    phrase_start: int | None = None  # where the whole noun phrase (with modifiers) begins
    weak: bool = False  # a description whose head is not a known person or organisation noun


@dataclass(slots=True)
class Attribution:
    cue: Span
    subject: Subject | None
    content: tuple[int, int] | None
    rule: str
    speaker: Speaker | None = None
    inherit: Attribution | None = None  # takes the speaker of another attribution ("..., saying")


def latin(name: str) -> bool:
    """Whether a name is written in Latin script ("Ann Cole", "Émile Roux"): English news
    transliterates the names of the people it quotes, and a run in another script is no speaker."""
    return name[:1] < "\u0250"  # Basic Latin, Latin-1, Latin Extended-A and -B


def cue_start(attr: Attribution) -> int:
    """The sort key of attributions: where their cue starts."""
    return attr.cue.start


class NameFacts:
    """What the name helpers say of a text: ``split_title``, ``is_person_name`` and
    ``organization_of`` keep their answers per process (``newsx.names``); the proper-name runs of a
    name phrase are kept here, per document."""

    __slots__ = ("_runs",)

    def __init__(self) -> None:
        self._runs: dict[str, list[str]] = {}

    @staticmethod
    def split(phrase: str) -> tuple[str | None, str]:
        """``split_title(phrase)``: (title, name)."""
        return split_title(phrase)

    @staticmethod
    def person(name: str) -> bool:
        """``is_person_name(name)``."""
        return is_person_name(name)

    @staticmethod
    def organization(title: str | None) -> str | None:
        """``organization_of(title)``."""
        return organization_of(title) if title else None

    def runs(self, name: str) -> list[str]:
        """The proper-name runs of a name phrase ("Ann Cole and Tom Reyes" -> both names)."""
        found = self._runs.get(name)
        if found is None:
            found = self._runs[name] = [span.text for span in proper_names(name)]
        return found


class Context:
    """The document as the quote rules read it (see the module docstring)."""

    __slots__ = ("doc", "text", "words", "segments", "dated", "date_ends", "marks", "facts", "_among")

    def __init__(self, doc: Doc, dates: list[DateMention]) -> None:
        self.doc = doc
        self.text = doc.text
        words = doc.words
        self.words: Words = words
        self.segments = [Segment(q.open, q.close, q.start, q.end) for q in doc.quotations]
        # Time expressions: where each starts -> its furthest end, and the words wholly inside one.
        ends: dict[int, int] = {}
        for d in dates:
            ends[d.start] = max(d.end, ends.get(d.start, d.end))
        self.date_ends = ends
        dated = [False] * len(words)
        for start, end in ends.items():
            i, j = doc.word_range(start, end)
            dated[i:j] = [True] * (j - i)
        self.dated: list[bool] = dated
        # The quotation marks among the words, in order (a candidate list: rules bisect it).
        self.marks: list[int] = list(compress(range(len(words)), map(and_, words.flags, repeat(QUOTE_MARK))))
        self.facts = NameFacts()
        self._among: dict[int, list[int]] = {}

    def among(self, vocabulary: frozenset[str], i: int, j: int) -> bool:
        """Whether one of words i..j-1 is in ``vocabulary`` (lower case). The words of the document
        in it are listed on the first question (a candidate list), then each question is a bisection."""
        found = self._among.get(id(vocabulary))
        if found is None:
            found = self._among[id(vocabulary)] = list(
                compress(range(len(self.words)), map(vocabulary.__contains__, self.words.low)))
        k = bisect.bisect_left(found, i)
        return k < len(found) and found[k] < j

    def span(self, i: int, j: int) -> Span:
        """The text of words i..j-1 as a Span."""
        a, b = self.words.start[i], self.words.end[j - 1]
        return Span(self.text[a:b], a, b)

    def has_mark(self, i: int, j: int) -> bool:
        """Whether a quotation mark stands among words i..j-1."""
        k = bisect.bisect_left(self.marks, i)
        return k < len(self.marks) and self.marks[k] < j

    def word_before(self, pos: int, lo: int = 0) -> int:
        """The word that ends right before pos (only spaces between), starting at or after lo, else -1."""
        words = self.words
        k = bisect.bisect_right(words.end, pos) - 1
        if k < 0 or words.start[k] < lo or (words.end[k] < pos and not self.text[words.end[k]:pos].isspace()):
            return -1
        return k

    def inside_quotation(self, pos: int) -> bool:
        return self.doc.inside_quotation(pos)
