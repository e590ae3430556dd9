"""The records of the figures extractor: a figure being built (``Draft``), the state one scan of a
document shares (``Scan``), and JSON values (``json_number``)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from decimal import Decimal

from ..doc.numbers import Stream
from ..model import Warning


@dataclass(slots=True)
class Draft:
    """A figure being built, with the piece positions needed to join ranges."""

    i: int  # first piece of the number
    j: int  # piece after the figure
    start: int
    end: int
    kind: str
    value: Decimal | float | None
    unit: str | None
    qualifier: str | None
    q_start: int
    counted: str | None
    rule: str
    scaled: bool = False
    words: bool = False
    low: Decimal | float | None = None
    high: Decimal | float | None = None
    ft: int = -1  # first piece, currency sign or minus included
    bare: bool = False  # digits only, nothing around: may be a model number
    role: str | None = None  # "change", "level" or None (``roles``)


# range_of's answer for two numbers that are a score or a code: neither is a figure.
DROP = Draft(0, 0, 0, 0, "drop", None, None, None, 0, None, "drop")


class Scan:
    """What the rules share while one document is scanned: its pieces (``s``), the spans where no
    figure is (time expressions, URLs), the model numbers seen in names ("Boeing 787" makes a later
    bare "787" no quantity), and the warnings list."""

    __slots__ = ("s", "blocked_starts", "blocked_max_end", "models", "warnings", "trace")

    def __init__(self, s: Stream, blocked: list[tuple[int, int]], warnings: list[Warning]) -> None:
        blocked.sort()
        self.s = s
        self.blocked_starts: list[int] = [b[0] for b in blocked]
        ends: list[int] = []  # running maximum of the ends, for overlap tests
        top = 0
        for _, end in blocked:
            top = max(end, top)
            ends.append(top)
        self.blocked_max_end = ends
        self.models: set[str] = set()
        self.warnings = warnings
        # (guard name, first piece, piece after) of each number a guard turned down, when debugging.
        self.trace: list[tuple[str, int, int]] | None = None

    def is_blocked(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a time expression or a URL."""
        k = bisect.bisect_left(self.blocked_starts, end) - 1  # the last span starting before end
        return k >= 0 and self.blocked_max_end[k] > start


def json_number(value: Decimal | float | None) -> int | float | None:
    """A JSON number: int when integral."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    if value == int(value) and abs(value) < 1e18:
        return int(value)
    return float(value)


def done(s: Stream, raw: Draft, kind: str, unit: str | None, rule: str, j: int) -> tuple[Draft, int]:
    """Set the kind, unit and rule of a figure whose last piece is j - 1."""
    raw.kind, raw.unit, raw.rule = kind, unit, rule
    raw.end = s.end[j - 1]
    raw.j = j
    return raw, j
