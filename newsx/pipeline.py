"""extract(): dates first (the others resolve against them), then quotes, figures, events.

1. The publication date is looked for once, in the whole text (or taken from the argument).
2. A text of up to CHUNK_CHARS characters is analysed whole; a longer one in chunks cut at
   paragraph boundaries (``chunks``), each with the article's publication date, offsets moved back
   into the whole text and officials merged by name across chunks.
3. A bug in one extractor becomes an 'internal-error' warning, never an exception.
4. The cyclic garbage collector is paused while extract() runs (``collector_paused``).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
import threading
from dataclasses import fields, replace
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from .context import Context
from .dates import detect_published, extract_dates
from .events import extract_events
from .figures import extract_figures
from .quotes import collect_officials, extract_quotes
from .model import Article, Official, Published

SECTIONS = ("dates", "quotes", "figures", "events")

# A text longer than this (a crawler dump, a concatenation of many articles) is analysed in chunks
# cut at paragraph boundaries, so that working memory stays that of one chunk whatever the input
# size. No news article comes near it, and only items within a paragraph or so of a cut can change.
CHUNK_CHARS = 1_000_000

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
    with collector_paused():
        return _extract(text, published, source, wanted)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while any extract() runs, then restore its state.

    Extraction allocates millions of small acyclic records (tokens, spans, candidates) that
    reference counting frees; while they live, every collection rescans them all: on 1 MB inputs
    extract() took 14-25% longer with the collector running (figures' tokeniser alone 2.4 times
    longer). Extraction creates no reference cycles, so pausing the collector frees nothing later
    than it would have. Threads (a Dask worker runs several) share one count: the collector is
    paused by the first extract() to start and switched back on, if it was on, by the last to end.
    """
    global _pausing, _was_enabled
    with _pause_lock:
        if _pausing == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pausing -= 1
            if _pausing == 0 and _was_enabled:
                gc.enable()


_pause_lock = threading.Lock()
_pausing = 0  # extract() calls running now, in any thread
_was_enabled = True  # the collector's state when the first of them started


def _extract(text: str, published: dt.date | None, source: str | None, wanted: set[str]) -> Article:
    """extract() once its arguments are checked."""
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

    anchor = context.published
    if len(text) <= CHUNK_CHARS:
        found_items = _analyse(context, wanted)
    else:
        # One pass per chunk keeps the working memory of a huge input to one chunk's worth.
        found_items = {name: [] for name in ("dates", "quotes", "officials", "figures", "events")}
        for start, end in chunks(text):
            part = Context(text[start:end], anchor)
            for name, items in _analyse(part, wanted).items():
                found_items[name].extend(_shifted(item, start) for item in items)
            context.warnings.extend(_shifted(w, start) for w in part.warnings)
        found_items["officials"] = _merge_officials(found_items["officials"])

    by_start = lambda item: (item.start, item.end)  # noqa: E731
    return Article(
        source=source,
        published=record,
        dates=tuple(sorted(found_items["dates"], key=by_start)) if "dates" in wanted else (),
        quotes=tuple(sorted(found_items["quotes"], key=by_start)),
        officials=tuple(found_items["officials"]),
        figures=tuple(sorted(found_items["figures"], key=by_start)),
        events=tuple(sorted(found_items["events"], key=by_start)),
        warnings=tuple(context.warnings),
    )


def _analyse(context: Context, wanted: set[str]) -> dict[str, list]:
    """The extractors in order over context.text; an extractor's bug becomes a warning."""
    # Quotes skip time adverbials ("said Monday"), figures skip numbers inside time expressions and
    # events are dated by them: every section needs the dates, so --only never changes what it finds.
    if wanted & {"dates", "quotes", "figures", "events"}:
        context.dates = _guarded(context, "dates", lambda: extract_dates(context.text, context=context)) or []
    quotes = []
    officials = []
    if "quotes" in wanted:
        quotes = _guarded(context, "quotes", lambda: extract_quotes(context.text, context=context)) or []
        context.quotes = quotes
        officials = _guarded(context, "officials", lambda: collect_officials(quotes, context=context)) or []
    figures = []
    if "figures" in wanted:
        figures = _guarded(context, "figures", lambda: extract_figures(context.text, context=context)) or []
    events = []
    if "events" in wanted:
        events = _guarded(context, "events", lambda: extract_events(context.text, context=context)) or []
    return {"dates": context.dates, "quotes": quotes, "officials": officials, "figures": figures, "events": events}


def chunks(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """Spans of at most `size` characters covering text, cut at paragraph boundaries where possible.

    A cut falls at the last blank line in the second half of the window, else the last line break,
    else the last sentence end, else the last space; a text with none of these is cut at `size`.
    """
    size = size or CHUNK_CHARS
    spans = []
    start = 0
    while len(text) - start > size:
        lo, hi = start + size // 2, start + size
        for sep in ("\n\n", "\n", ". ", " "):
            cut = text.rfind(sep, lo, hi)
            if cut >= 0:
                cut += len(sep)
                break
        else:
            cut = hi
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


def _shifted(item: T, delta: int) -> T:
    """A copy of a record with every offset in it (nested records included) moved by delta."""
    if not delta or not hasattr(item, "__dataclass_fields__"):
        return item
    changes = {}
    for f in fields(item):
        value = getattr(item, f.name)
        if f.name in ("start", "end") and value is not None:
            changes[f.name] = value + delta
        elif hasattr(value, "__dataclass_fields__"):
            changes[f.name] = _shifted(value, delta)
        elif isinstance(value, tuple) and value and hasattr(value[0], "__dataclass_fields__"):
            changes[f.name] = tuple(_shifted(v, delta) for v in value)
    return replace(item, **changes) if changes else item


def _merge_officials(officials: list[Official]) -> list[Official]:
    """Officials found chunk by chunk, merged by name as collect_officials merges them in one text."""
    merged: dict[str, Official] = {}
    for o in officials:
        key = o.name.lower()
        seen = merged.get(key)
        if seen is None:
            merged[key] = o
            continue
        mentions = {(m.start, m.end): m for m in seen.mentions + o.mentions}
        merged[key] = replace(
            seen,
            title=seen.title or o.title,
            organization=seen.organization or o.organization,
            quotes=seen.quotes + o.quotes,
            mentions=tuple(mentions[k] for k in sorted(mentions)),
        )
    return list(merged.values())


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
