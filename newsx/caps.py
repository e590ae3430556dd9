"""Per-record caps: what one hostile text can put in its record stays bounded.

1. Warnings of one code: the first MAX_WARNINGS_PER_CODE are kept, then one summary warning
   "... and K more CODE warnings" (no span) stands for the others.
2. Items of one section (dates, quotes, officials, figures, events): at most
   MIN_ITEMS + len(text) // CHARS_PER_ITEM of them, and their quoted text (an item's ``text``) at
   most MIN_CHARS + len(text) characters in all; the items past either cap are dropped, in text
   order from the end, and a ``truncated`` warning says how many (a mention counts as 10 characters). No real article comes near
   either cap: quotations do not overlap, and one item per 10 characters is denser than any table;
   the text budget bounds the overlapping quotes of text like "Mr. Smith said Mr. Smith said ...".
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TypeVar

from .model import Warning

MAX_WARNINGS_PER_CODE = 100
MIN_ITEMS = 1000
CHARS_PER_ITEM = 10
MIN_CHARS = 100_000

T = TypeVar("T")
_MORE = re.compile(r"\.\.\. and (\d+) more \S+ warnings")


def summary_warning(code: str, dropped: int) -> Warning:
    """The warning that stands for `dropped` warnings of one code left out."""
    return Warning(code, f"... and {dropped} more {code} warnings")


def more_warnings(warning: Warning) -> int:
    """How many warnings a summary_warning stands for; 0 for any other warning."""
    if warning.start is not None:
        return 0
    match = _MORE.fullmatch(warning.message)
    return int(match.group(1)) if match else 0


def capped_warnings(warnings: Iterable[Warning], limit: int = MAX_WARNINGS_PER_CODE) -> list[Warning]:
    """The first `limit` warnings of each code in their order, then one summary per code capped
    (summaries already made, by a chunk of a long text, counted in)."""
    kept: list[Warning] = []
    seen: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    for warning in warnings:
        more = more_warnings(warning)
        if more:
            dropped[warning.code] += more
        elif seen[warning.code] < limit:
            seen[warning.code] += 1
            kept.append(warning)
        else:
            dropped[warning.code] += 1
    kept.extend(summary_warning(code, n) for code, n in dropped.items())
    return kept


def capped_items(name: str, items: Sequence[T], length: int, warnings: list[Warning]) -> Sequence[T]:
    """A section's items within its caps for a text of `length` characters (rule 2)."""
    most = MIN_ITEMS + length // CHARS_PER_ITEM
    budget = MIN_CHARS + length
    keep = 0
    for item in items[:most]:
        budget -= _weight(item)
        if budget < 0:
            break
        keep += 1
    if keep == len(items):
        return items
    warnings.append(Warning("truncated", f"{name}: {len(items) - keep} of {len(items)} items dropped "
                                         "(more than a text of this length can hold; see README, Limits)"))
    return items[:keep]


def _weight(item: object) -> int:
    """What an item costs against the text budget: its text, and 10 characters a mention."""
    text = getattr(item, "text", None)
    mentions = getattr(item, "mentions", None)
    return (len(text) if isinstance(text, str) else 0) + (10 * len(mentions) if isinstance(mentions, tuple) else 0)
