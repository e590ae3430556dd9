"""What extractors share while one article is analysed."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..model import DateMention, Quote, Warning
from ..text import sentences


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

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans of the whole text, computed once."""
        if self._sentences is None:
            self._sentences = sentences(self.text)
        return self._sentences

    def warn(self, code: str, message: str, start: int | None = None, end: int | None = None) -> None:
        self.warnings.append(Warning(code, message, start, end))
