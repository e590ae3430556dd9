"""extract(): dates first (the others resolve against them), then quotes, figures, events."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from .extract.context import Context
from .extract.dates import detect_published, extract_dates
from .extract.events import extract_events
from .extract.figures import extract_figures
from .extract.quotes import collect_officials, extract_quotes
from .model import Article, Published

SECTIONS = ("dates", "quotes", "figures", "events")

# A first line that looks like a `date` header, whatever follows it.
_HEADER_LINE = re.compile(r"\A[ \t]{0,5}date[ \t:]+([^\s]{1,40})", re.IGNORECASE)

T = TypeVar("T")


def extract(
    text: str,
    published: dt.date | None = None,
    *,
    source: str | None = None,
    sections: Iterable[str] = SECTIONS,
) -> Article:
    """Analyse one article. Never raises on a str; never reads the clock.

    ``published`` (a known publication date) overrides the date found in the text.
    ``sections`` limits the output to some of dates, quotes, figures, events.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    wanted = set(sections)
    unknown = wanted - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(sorted(unknown))}")
    context = Context(text)

    found = _guarded(context, "published", lambda: detect_published(text))
    header = _HEADER_LINE.match(text)
    if header and (found is None or found.start is None or found.start > header.end(1)):
        context.warn("unknown-header", f"first line gives no valid date: {header.group(1)!r}", header.start(1), header.end(1))
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None:
        iso = published.isoformat()
        if found is not None and found.value == iso:
            # Keep the span of the text's own mention when it agrees with the argument.
            record = found
        else:
            record = Published(iso, None, None, None, "argument")
        context.published = published
    else:
        record = found
        context.published = _as_date(found.value) if found is not None else None

    # Quotes skip time adverbials ("said Monday"), figures skip numbers inside time expressions and
    # events are dated by them: every section needs the dates, so --only never changes what it finds.
    if wanted & {"dates", "quotes", "figures", "events"}:
        context.dates = _guarded(context, "dates", lambda: extract_dates(text, context=context)) or []
    quotes = []
    officials = []
    if "quotes" in wanted:
        quotes = _guarded(context, "quotes", lambda: extract_quotes(text, context=context)) or []
        context.quotes = quotes
        officials = _guarded(context, "officials", lambda: collect_officials(quotes, context=context)) or []
    figures = []
    if "figures" in wanted:
        figures = _guarded(context, "figures", lambda: extract_figures(text, context=context)) or []
    events = []
    if "events" in wanted:
        events = _guarded(context, "events", lambda: extract_events(text, context=context)) or []

    by_start = lambda item: (item.start, item.end)  # noqa: E731
    return Article(
        source=source,
        published=record,
        dates=tuple(sorted(context.dates, key=by_start)) if "dates" in wanted else (),
        quotes=tuple(sorted(quotes, key=by_start)),
        officials=tuple(officials),
        figures=tuple(sorted(figures, key=by_start)),
        events=tuple(sorted(events, key=by_start)),
        warnings=tuple(context.warnings),
    )


def _as_date(value: str) -> dt.date | None:
    """A full ISO day as a date; a month or year alone anchors nothing."""
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _guarded(context: Context, step: str, run: Callable[[], T]) -> T | None:
    """Run one extractor; a bug in it becomes a warning, never a crash of the whole article."""
    try:
        return run()
    except RecursionError:
        context.warn("internal-error", f"{step}: input too deeply nested")
    except Exception as err:  # noqa: BLE001 - extract() promises never to raise
        context.warn("internal-error", f"{step}: {type(err).__name__}: {err}")
    return None
