"""The data model: frozen records, each with its text, half-open span and the rule that fired.

No logic beyond serialisation lives here. ``Article.to_dict()`` gives the schema-v1 record
(see README.md and ``newsx schema``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1


def _plain(value: Any) -> Any:
    """Turn records, tuples and lists into plain JSON values, keeping field order."""
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the text: ``text == source[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Published:
    """The publication date. ``text``/``start``/``end`` are None when it came from an argument."""

    value: str
    text: str | None
    start: int | None
    end: int | None
    rule: str


@dataclass(frozen=True, slots=True)
class DateMention:
    """A time expression with its TIMEX3 type, value and modifier."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    mod: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it: ``name`` is the fullest name in the article, ``text`` the mention."""

    name: str
    text: str | None
    start: int | None
    end: int | None
    title: str | None
    organization: str | None
    anonymous: bool


@dataclass(frozen=True, slots=True)
class Quote:
    """Reported words; ``kind`` is direct, partial or indirect."""

    text: str
    start: int
    end: int
    kind: str
    cue: Span | None
    speaker: Speaker | None
    rule: str


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Official:
    """One quoted or cited person or source, merged across mentions."""

    name: str
    title: str | None
    organization: str | None
    anonymous: bool
    quotes: int
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Range:
    """The value of a range figure; either bound may be open (None)."""

    low: float | int | None
    high: float | int | None


@dataclass(frozen=True, slots=True)
class Figure:
    """A number a reader cares about. The qualifier is not part of the span."""

    text: str
    start: int
    end: int
    kind: str  # money, percent, count, measure, number, fraction, ordinal, range
    value: float | int | Range | None
    unit: str | None
    qualifier: str | None
    counted: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date an event is anchored to; the span is None when it is the publication date."""

    value: str
    text: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class Event:
    """A clause the article reports as having happened or being scheduled."""

    text: str
    start: int
    end: int
    trigger: Span
    date: EventDate | None
    who: tuple[str, ...]
    where: tuple[str, ...]
    rule: str


@dataclass(frozen=True, slots=True)
class Warning:
    """Something noticed but not resolved; never fatal."""

    code: str
    message: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """Everything newsx found in one text."""

    source: str | None = None
    published: Published | None = None
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    officials: tuple[Official, ...] = ()
    figures: tuple[Figure, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[Warning, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The schema-v1 record: plain dicts, lists, str, int, float, bool and None."""
        record: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        record.update(_plain(self))
        return record
