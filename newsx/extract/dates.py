"""Publication date and time expressions (TIMEX3). Being written."""
from __future__ import annotations

from ..model import DateMention, Published
from .context import Context


def detect_published(text: str) -> Published | None:
    return None


def extract_dates(text: str, *, context: Context) -> list[DateMention]:
    return []
