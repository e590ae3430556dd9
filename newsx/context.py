"""What extractors share while one article is analysed."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .model import DateMention, Quote, Span, Warning
from .text import sentences
from .names import proper_names


@dataclass(slots=True)
class Context:
    """The text, its publication date and what earlier extractors found.

    Extractors run in order (dates, quotes, figures, events); later ones read earlier results
    here. ``warnings`` collects what an extractor noticed but could not resolve.
    """

    text: str
    published: dt.date | None = None
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    _sentences: list[tuple[int, int]] | None = None
    _names: list[Span] | None = None

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans of the whole text, computed once."""
        if self._sentences is None:
            self._sentences = sentences(self.text)
        return self._sentences

    @property
    def names(self) -> list[Span]:
        """Proper names of the whole text (``names.proper_names``), computed once."""
        if self._names is None:
            self._names = proper_names(self.text)
        return self._names

    @names.setter
    def names(self, value: list[Span]) -> None:
        """An extractor that already found them (with ``proper_names(context.text)``) shares them."""
        self._names = value

    def warn(self, code: str, message: str, start: int | None = None, end: int | None = None) -> None:
        self.warnings.append(Warning(code, message, start, end))
