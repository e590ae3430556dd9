"""extract(): the document is read once, then dates, quotes, figures and events in that order,
each given what the earlier stages found.

1. The text is read into a ``Doc`` (tokens, sentences, quotations, names, the header line).
2. The publication date is taken from the argument or found in the document (``detect_published``).
3. ``dates`` are found first: quotes skip time adverbials ("said Monday"), figures skip the numbers
   of time expressions and events are dated by them, so every section needs them.
4. ``quotes`` and the ``officials`` who said them, ``figures``, ``events`` (which take their
   ``source`` from the quotes): each a pure function of the document and of the results passed
   to it; nothing is shared through a mutable object. A section not asked for is None.
5. A text of up to CHUNK_CHARS characters is analysed whole; a longer one in chunks cut at
   paragraph boundaries (``chunks``), each read as a document of its own with the article's
   publication date, offsets moved back into the whole text and officials merged by name.
6. A text that is not English (``language.guess_language``, on its head) gets a 'not-english'
   warning, and only its dates are looked for: the other rules are English rules.
7. A bug in one extractor becomes an 'internal-error' warning, never an exception.
   Warnings and items per record are capped (``caps``): one hostile text gives a bounded record.
8. The cyclic garbage collector is paused while extract() runs (``collector_paused``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from collections.abc import Callable, Iterable
from typing import TypeVar

from .dates import detect_published, extract_dates
from .doc import Doc, find_header, read
from .events import extract_events
from .figures import extract_figures
from .language import describe, guess_language
from .caps import capped_items, capped_warnings
from .collector import collector_paused
from .model import Article, Official, Published, Warning, shape_of
from .quotes import collect_officials, extract_quotes

SECTIONS = ("dates", "quotes", "officials", "figures", "events")

# A text longer than this (a crawler dump, a concatenation of many articles) is analysed in chunks
# cut at paragraph boundaries, so that working memory stays that of one chunk whatever the input
# size. No news article comes near it, and only items within a paragraph or so of a cut can change.
CHUNK_CHARS = 1_000_000
# Where the publication date of a text read in chunks is looked for (datelines and bylines are at
# the top; a dateline without its year takes the year the first few thousand characters name).
HEAD_CHARS = 10_000

T = TypeVar("T")


def extract(
    text: str,
    published: dt.date | None = None,
    *,
    source: str | None = None,
    sections: Iterable[str] = SECTIONS,
    progress: Callable[[int], None] | None = None,
) -> Article:
    """Analyse one article. Never raises on a str; never reads the clock.

    ``published`` (a known publication date) overrides the date found in the text.
    ``sections`` limits the output to some of dates, quotes, officials, figures, events; the
    others are None in the article (``null`` in the record: not looked for).
    ``progress``, for long texts, is called with the number of characters analysed so far after
    each chunk of about a million characters.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    wanted = set(sections)
    unknown = wanted - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(sorted(unknown))}")
    with collector_paused():
        return _extract(text, published, source, wanted, progress)




def _extract(text: str, published: dt.date | None, source: str | None, wanted: set[str],
             progress: Callable[[int], None] | None = None) -> Article:
    """extract() once its arguments are checked."""
    warnings: list[Warning] = []
    # A long text is read chunk by chunk below; its publication date is looked for in its head.
    whole = len(text) <= CHUNK_CHARS
    doc = read(text if whole else text[:HEAD_CHARS])
    found = _guarded(warnings, "published", lambda: detect_published(doc))
    header = doc.header if whole else find_header(text)
    if header is not None and (found is None or found.start is None or found.start > header.end):
        warnings.append(Warning("unknown-header", f"first line gives no valid date: {text[header.start:header.end]!r}",
                                header.start, header.end))
    if isinstance(published, dt.datetime):
        published = published.date()
    record: Published | None
    anchor: dt.date | None
    if published is not None:
        iso = published.isoformat()
        # Keep the span of the text's own mention when it agrees with the argument.
        record = found if found is not None and found.value == iso else Published(iso, None, None, None, "argument")
        anchor = published
    else:
        record = found
        anchor = _as_date(found.value) if found is not None else None

    # English rules only on English text; dates keep theirs (see _analyse).
    language = _guarded(warnings, "language", lambda: guess_language(text))
    english = language is None
    if language is not None:
        warnings.append(Warning("not-english", f"the text looks {describe(language)}; English rules skipped"))

    if whole:
        found_items = _analyse(doc, anchor, wanted, warnings, english)
    else:
        # One pass per chunk keeps the working memory of a huge input to one chunk's worth.
        found_items = {name: [] for name in ("dates", "quotes", "officials", "figures", "events")}
        for start, end in chunks(text):
            part: list[Warning] = []
            for name, items in _analyse(read(text[start:end]), anchor, wanted, part, english).items():
                found_items[name].extend(_shifted(item, start) for item in items)
            warnings.extend(_shifted(w, start) for w in part)
            if progress is not None:
                progress(end)
        found_items["officials"] = _merge_officials(found_items["officials"])

    by_start = lambda item: (item.start, item.end)  # noqa: E731

    def section(name: str, ordered: bool = True) -> tuple | None:
        if name not in wanted:
            return None
        items = found_items[name]
        return tuple(capped_items(name, sorted(items, key=by_start) if ordered else items, len(text), warnings))

    sections = {name: section(name, ordered=name != "officials") for name in SECTIONS}
    return Article(source=source, published=record, **sections, warnings=tuple(capped_warnings(warnings)))


def _analyse(doc: Doc, published: dt.date | None, wanted: set[str], warnings: list[Warning],
             english: bool = True) -> dict[str, list]:
    """The extractors in order over one document; an extractor's bug becomes a warning.

    On a text that is not English only dates are looked for: the other sections' rules read English
    words (speech verbs, titles, event verbs) and English numbers ("3,5 %" would be 35), while the
    date rules' numeric and ISO forms read the same in any language and their English words do not
    occur in other languages' text. The other sections asked for are empty, as the warning says.
    """
    dates = _guarded(warnings, "dates", lambda: extract_dates(doc, published)) or []
    quotes: list = []
    officials: list = []
    if not english:
        return {"dates": dates, "quotes": quotes, "officials": officials, "figures": [], "events": []}
    if not wanted.isdisjoint(("quotes", "officials", "events")):  # events take their source from quotes
        warnings.extend(doc.warnings)  # unbalanced quotation marks
        quotes = _guarded(warnings, "quotes", lambda: extract_quotes(doc, dates)) or []
    if "officials" in wanted:
        officials = _guarded(warnings, "officials", lambda: collect_officials(doc, quotes)) or []
    figures: list = []
    if "figures" in wanted:
        figures = _guarded(warnings, "figures", lambda: extract_figures(doc, dates, warnings)) or []
    events: list = []
    if "events" in wanted:
        events = _guarded(warnings, "events", lambda: extract_events(doc, dates, published, quotes)) or []
    return {"dates": dates, "quotes": quotes, "officials": officials, "figures": figures, "events": events}


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
    """A copy of a record with every offset in it (nested records included) moved by delta; built
    from its fields in order (``model.shape_of``), as dataclasses.replace would but for a fraction
    of its cost: a long text's every item goes through here."""
    if not delta or not hasattr(item, "__dataclass_fields__"):
        return item
    shape = shape_of(type(item))
    values = list(shape.get(item))
    for i in shape.offsets:
        if values[i] is not None:
            values[i] += delta
    for i in shape.nested:
        value = values[i]
        if hasattr(value, "__dataclass_fields__"):
            values[i] = _shifted(value, delta)
        elif isinstance(value, tuple) and value and hasattr(value[0], "__dataclass_fields__"):
            values[i] = tuple(_shifted(v, delta) for v in value)
    return type(item)(*values)  # type: ignore[return-value]


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


def _guarded(warnings: list[Warning], step: str, run: Callable[[], T]) -> T | None:
    """Run one extractor; a bug in it becomes a warning, never a crash of the whole article."""
    try:
        return run()
    except RecursionError:
        warnings.append(Warning("internal-error", f"{step}: input too deeply nested"))
    except Exception as err:  # noqa: BLE001 - extract() promises never to raise
        warnings.append(Warning("internal-error", f"{step}: {type(err).__name__}: {err}"))
    return None
