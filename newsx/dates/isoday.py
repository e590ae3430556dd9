"""The one reader of ISO days in metadata and stamps: "2019-03-05", "2019-03-05T12:34:00Z",
"2019-03-05 12:34", read from the start of a value after any blanks (feeds, page markup and
publication stamps write their day first)."""
from __future__ import annotations

import datetime as dt
import re

# Year, month and day, not run on into a longer number ("2019-03-051" is no day).
RX_ISO_DAY = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)(?!\d)")


def iso_day(value: str | None) -> dt.date | None:
    """The day an ISO date at the start of value gives, or None (no value, no date there, or no
    day of the calendar: "2019-02-30")."""
    m = RX_ISO_DAY.match(value) if value else None
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
