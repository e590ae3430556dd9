"""The data model: frozen records, each with its text, half-open span and the rule that fired.

No logic beyond serialisation lives here. ``Article.to_dict()`` gives the schema-v2 record
(see README.md and ``newsx schema``).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any

from .collector import collector_paused

SCHEMA_VERSION = 2

# Field types that hold plain JSON values: copied as they are by to_dict().
_SCALAR_TYPES = frozenset({"str", "int", "bool", "str | None", "int | None", "bool | None"})


class Shape:
    """How a record class is read: its field names in order, a getter of all of them, the positions
    of the fields that may hold records, tuples or lists, and of its ``start`` and ``end``."""

    __slots__ = ("names", "get", "nested", "offsets")

    def __init__(self, cls: type) -> None:
        found = fields(cls)
        self.names = tuple(f.name for f in found)
        getter = attrgetter(*self.names)
        self.get = getter if len(self.names) > 1 else (lambda record: (getter(record),))
        self.nested = tuple(i for i, f in enumerate(found) if str(f.type) not in _SCALAR_TYPES)
        self.offsets = tuple(i for i, name in enumerate(self.names) if name in ("start", "end"))


_SHAPES: dict[type, Shape] = {}


def shape_of(cls: type) -> Shape:
    """The shape of a record class (computed once per class)."""
    shape = _SHAPES.get(cls)
    if shape is None:
        shape = _SHAPES[cls] = Shape(cls)
    return shape


def plain(value: Any) -> Any:
    """Records, tuples and lists (and dicts holding them) as plain JSON values, in field order."""
    cls = type(value)
    shape = _SHAPES.get(cls)
    if shape is None:
        if cls is tuple or cls is list:
            return [plain(v) for v in value]
        if cls is dict:
            return {k: plain(v) for k, v in value.items()}
        if not hasattr(cls, "__dataclass_fields__"):
            return value
        shape = shape_of(cls)
    got = shape.get(value)
    if not shape.nested:
        return dict(zip(shape.names, got))
    values = list(got)
    for i in shape.nested:
        v = values[i]
        if v is not None and not isinstance(v, (str, int, float)):
            values[i] = plain(v)
    return dict(zip(shape.names, values))


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
    """A number a reader cares about. The qualifier is not part of the span. ``role`` says what the
    figure is in a sentence of change: ``"change"`` (the amount a quantity moved by: "rose by 3%",
    "a 5% increase"), ``"level"`` (the value it moved from or to: "to $8.25", "from 5%"), else None."""

    text: str
    start: int
    end: int
    kind: str  # money, percent, count, measure, number, fraction, ordinal, range
    value: float | int | Range | None
    unit: str | None
    qualifier: str | None
    counted: str | None
    role: str | None  # change, level or None
    rule: str


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date an event is anchored to; the span is None when it is the publication date."""

    value: str
    text: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class Source:
    """Who the article attributes an event to (the speaker of the reported speech)."""

    name: str
    anonymous: bool


@dataclass(frozen=True, slots=True)
class Event:
    """One happening the article reports: its clause (``text``), main event word (``trigger``),
    predicate phrase (``what``), ``status`` (happened, ongoing, planned), date, actors, places,
    who reports it (``source``), whether it is the article's main event, and the clause's other
    event words (``mentions``)."""

    text: str
    start: int
    end: int
    trigger: Span
    what: Span
    status: str
    date: EventDate | None
    who: tuple[str, ...]
    where: tuple[str, ...]
    source: Source | None
    main: bool
    mentions: tuple[Span, ...]
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
    # A section not asked for is None (null in the record); () means looked, found none.
    dates: tuple[DateMention, ...] | None = ()
    quotes: tuple[Quote, ...] | None = ()
    officials: tuple[Official, ...] | None = ()
    figures: tuple[Figure, ...] | None = ()
    events: tuple[Event, ...] | None = ()
    warnings: tuple[Warning, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The schema-v2 record: plain dicts, lists, str, int, float, bool and None."""
        record: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        with collector_paused():
            record.update(plain(self))
        return record
