"""The order of a timeline: dated events by date value, then position; undated events last. One
key for `--sort date` (the command line) and the HTML report's timeline panel."""
from __future__ import annotations

from typing import Any


def timeline_key(event: Any) -> tuple[bool, str, int]:
    """The sort key of an event, a record or its plain dict."""
    if isinstance(event, dict):
        date, start = event.get("date"), event.get("start") or 0
        value = None if date is None else date.get("value")
    else:
        date, start = event.date, event.start
        value = None if date is None else date.value
    return (value is None, value or "", start)
