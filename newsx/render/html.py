"""The HTML report: one self-contained page, readable offline (inline CSS and JavaScript, no network).

For each article: its text with every finding marked by kind (time expressions, quotes with their
speaker, speakers, figures, events), each mark carrying its fields and rule (a tooltip on hover, a
details box on focus or click), then side panels: officials, figures, and a timeline of the events.
For several articles: an overview first (corpus totals and a paged index, one line per article),
each article built in the page only when it is opened, so that a report of thousands of articles
opens at once.

Safety: every piece of article text and every field goes through ``_esc`` (the only way data enters
the markup), so that no ``<`` from the data survives; an article's markup is kept in an inert
``<script type="text/x-newsx-article">`` block until opened, which the data cannot close early for
the same reason. Marks and names are bidi-isolated, so that a right-to-left override in the text
cannot reorder what follows it. The page shows the text character for character (a carriage return
is written as a reference, which the HTML parser would otherwise turn into a line feed).

The writer streams: each article is written as its record arrives; only the index lines and the
corpus totals stay in memory, and they are written last (the page's layout puts them first).
"""
from __future__ import annotations

import heapq
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from typing import IO, Any, NamedTuple

from .timeline import timeline_key

# Mark kinds, outermost first when two findings share a span.
KINDS = ("quote", "event", "speaker", "date", "figure")
KIND_RANK = {kind: n for n, kind in enumerate(KINDS)}
KIND_NAMES = {"quote": "Quote", "event": "Event", "speaker": "Speaker", "date": "Time expression",
              "figure": "Figure"}
# Each kind: background, ink of its line and label, and the line's style: colour is never the
# only cue (the line styles differ, and each mark has a label or a tooltip naming its kind).
PALETTE = {
    "date": ("#dbeafe", "#1e40af", "solid"),
    "quote": ("#fef3c7", "#7c2d12", "dotted"),
    "speaker": ("#fce7f3", "#831843", "double"),
    "figure": ("#dcfce7", "#14532d", "dashed"),
    "event": ("#ede9fe", "#4c1d95", "wavy"),
}
TEXT_INK = "#111827"
PAGE_BACKGROUND = "#ffffff"
SECTION_NAMES = ("dates", "quotes", "officials", "figures", "events")
NO_SOURCE = "<text>"

# A finding whose span crosses many others is marked in at most this many pieces (linear output);
# its tooltip, details and panel link stay whole.
_MAX_PIECES = 16
_TOP = 15  # lines in each corpus ranking
_MAX_WARNINGS = 50  # listed per article
_SURROGATE = re.compile("[\ud800-\udfff]")


def _esc(value: Any) -> str:
    """``value`` as HTML text or attribute value. One character for one, so offsets hold: a CR as a
    reference (the parser reads a raw one as LF), a NUL (dropped by the parser) and a lone surrogate
    (not UTF-8) as U+FFFD."""
    text = html.escape("" if value is None else str(value), quote=True)
    if "\r" in text or "\0" in text:
        text = text.replace("\r", "&#13;").replace("\0", "\ufffd")
    if not text.isascii():
        text = _SURROGATE.sub("\ufffd", text)
    return text


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.6g}"
    return str(value)


def _value(value: Any) -> str:
    if isinstance(value, dict):
        low, high = value.get("low"), value.get("high")
        return f"{_number(low) if low is not None else '…'}–{_number(high) if high is not None else '…'}"
    return "" if value is None else _number(value)


def _counts(record: dict[str, Any]) -> tuple[int | None, ...]:
    """Items per section; None for a section not asked for (null in the record)."""
    return tuple(len(record[name]) if isinstance(record.get(name), (list, tuple)) else None for name in SECTION_NAMES)


def _is_error(record: dict[str, Any]) -> bool:
    return record.get("error") is not None


# --- findings -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Finding:
    """One marked span: its kind, a short label shown after it, and the lines of its details."""

    kind: str
    start: int
    end: int
    label: str
    details: list[str]
    speaker: str | None = None
    pieces: list[tuple[int, int]] = field(default_factory=list)


def findings(record: dict[str, Any], text: str) -> list[Finding]:
    """The record's findings that can be marked in ``text`` (valid spans only), in text order."""
    found: dict[tuple[str, int, int], Finding] = {}

    def add(kind: str, item: dict[str, Any] | None, label: str, details: list[str], speaker: str | None = None) -> None:
        start, end = (item or {}).get("start"), (item or {}).get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            return
        key = (kind, start, end)
        if key in found:
            # Two items on one span (two quotes of one speaker mention): one mark, both details.
            found[key].details.extend(["", *details])
            return
        found[key] = Finding(kind, start, end, label, details, speaker)

    published = record.get("published")
    if isinstance(published, dict):
        add("date", published, f"published {published.get('value')}",
            ["Publication date", f"value: {published.get('value')}", f"rule: {published.get('rule')}"])
    for date in record.get("dates") or ():
        value = date.get("value") or "?"
        mod = f" ({date['mod']})" if date.get("mod") else ""
        add("date", date, value + mod,
            [f"Time expression: {date.get('type')}", f"value: {value}{mod}", f"rule: {date.get('rule')}"])
    for quote in record.get("quotes") or ():
        speaker = quote.get("speaker") or None
        name = speaker.get("name") if speaker else None
        lines = [f"Quote: {quote.get('kind')}", f"speaker: {_speaker_line(speaker)}"]
        cue = quote.get("cue")
        if cue:
            lines.append(f"cue: {cue.get('text')}")
        lines.append(f"rule: {quote.get('rule')}")
        add("quote", quote, f"— {name or 'unknown speaker'}", lines, name or "")
        if speaker:
            add("speaker", speaker, "", [f"Speaker: {_speaker_line(speaker)}", f"of a {quote.get('kind')} quote"], name)
    for figure in record.get("figures") or ():
        value = _value(figure.get("value"))
        unit = figure.get("unit") or ""
        lines = [f"Figure: {figure.get('kind')}", f"value: {value} {unit}".rstrip()]
        for name in ("qualifier", "counted", "role"):
            if figure.get(name):
                lines.append(f"{name}: {figure[name]}")
        lines.append(f"rule: {figure.get('rule')}")
        label = f"{value} {unit}".strip()
        # No label that would only repeat the figure ("85" after 85).
        add("figure", figure, "" if label == figure.get("text") else label, lines)
    for event in record.get("events") or ():
        date = event.get("date")
        when = (date.get("value") or "?") if date else "undated"
        lines = [f"Event: {event.get('status')}" + (" (main event)" if event.get("main") else ""),
                 f"when: {when}" + (f" ({date['text']})" if date and date.get("text") else "")]
        if event.get("who"):
            lines.append("who: " + ", ".join(event["who"]))
        if event.get("where"):
            lines.append("where: " + ", ".join(event["where"]))
        if event.get("source"):
            lines.append(f"per: {event['source'].get('name')}")
        lines.append(f"rule: {event.get('rule')}")
        # Events are not labelled: their dates are on the time expressions and in the timeline.
        add("event", event.get("what"), "", lines)
    return sorted(found.values(), key=lambda f: (f.start, -f.end, KIND_RANK[f.kind]))


def _speaker_line(speaker: dict[str, Any] | None) -> str:
    if not speaker:
        return "unknown"
    parts = [speaker.get("name") or "?"]
    extra = [part for part in (speaker.get("title"), speaker.get("organization")) if part]
    if extra:
        parts.append(f"({', '.join(extra)})")
    if speaker.get("anonymous"):
        parts.append("[anonymous]")
    return " ".join(parts)


def nest(marks: list[Finding]) -> list[tuple[int, int, int]]:
    """Pieces (start, end, finding index) that nest properly, in document order: a finding that
    crosses an enclosing one is cut where the enclosing one ends, and goes on after it."""
    heap = [(f.start, -f.end, KIND_RANK[f.kind], n) for n, f in enumerate(marks)]
    heapq.heapify(heap)
    pieces: list[tuple[int, int, int]] = []
    open_ends: list[int] = []
    for finding in marks:
        finding.pieces = []
    while heap:
        start, neg_end, kind_rank, n = heapq.heappop(heap)
        end = -neg_end
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if open_ends and end > open_ends[-1]:
            cut = open_ends[-1]
            if len(marks[n].pieces) + 1 < _MAX_PIECES:
                heapq.heappush(heap, (cut, -end, kind_rank, n))
            end = cut
        if end <= start:
            continue
        marks[n].pieces.append((start, end))
        pieces.append((start, end, n))
        open_ends.append(end)
    return pieces


def marked_text(text: str, marks: list[Finding], prefix: str) -> str:
    """``text`` escaped, with every finding in ``marks`` as nested <mark> elements. The first piece
    of a finding is focusable and carries its id (``{prefix}f{n}``) and details; the last its label."""
    pieces = nest(marks)
    out: list[str] = []
    pos = 0
    open_ends: list[int] = []
    for start, end, n in pieces:
        while open_ends and open_ends[-1] <= start:
            close = open_ends.pop()
            out.append(_esc(text[pos:close]) + "</mark>")
            pos = close
        out.append(_esc(text[pos:start]))
        pos = start
        out.append(_open_mark(marks[n], n, prefix, (start, end)))
        open_ends.append(end)
    while open_ends:
        close = open_ends.pop()
        out.append(_esc(text[pos:close]) + "</mark>")
        pos = close
    out.append(_esc(text[pos:]))
    return "".join(out)


def _open_mark(finding: Finding, n: int, prefix: str, piece: tuple[int, int]) -> str:
    first, last = piece == finding.pieces[0], piece == finding.pieces[-1]
    attrs = [f'class="nx nx-{finding.kind}{"" if first else " cont"}"', f'data-i="{n}"']
    if first:
        # The details once per finding (a click on any piece shows them): output stays linear.
        attrs.insert(0, f'id="{prefix}f{n}"')
        attrs += [f'title="{_esc(chr(10).join(finding.details))}"', 'tabindex="0"']
    if finding.speaker is not None and finding.kind == "quote":
        attrs.append(f'data-speaker="{_esc(finding.speaker)}"')
    if last and finding.label:
        attrs.append(f'data-label="{_esc(finding.label)}"')
    return f"<mark {' '.join(attrs)}>"


# --- one article ----------------------------------------------------------------------------------


def article_html(record: dict[str, Any], number: int, *, corpus: bool = False) -> str:
    """One article's section content: header, marked text, side panels. ``record`` is a plain record
    with its ``text`` (``--include-text``); without it only the panels are shown. In a corpus the
    header links to the index and the neighbours (report.js drops a link to no article)."""
    prefix = f"a{number}-"
    text = record.get("text")
    out = ['<header class="art-head">']
    if corpus:
        nav = ['<a href="#index">index</a>']
        if number > 0:
            nav.insert(0, f'<a href="#art-{number - 1}" class="prev">← previous</a>')
        nav.append(f'<a href="#art-{number + 1}" class="next">next →</a>')
        out.append(f'<nav class="art-nav" aria-label="articles">{"".join(nav)}</nav>')
    out.append(f'<h2 tabindex="-1"><bdi>{_esc(record.get("source") or NO_SOURCE)}</bdi></h2>')
    published = record.get("published")
    meta = [f'published <b>{_esc(published.get("value"))}</b> <span class="dim">({_esc(published.get("rule"))})</span>'
            if isinstance(published, dict) else "publication date unknown"]
    if record.get("id") is not None:
        meta.append(f'id <bdi>{_esc(record["id"])}</bdi>')
    meta += [f"{count} {name}" for count, name in zip(_counts(record), SECTION_NAMES) if count is not None]
    out.append(f'<p class="meta">{" · ".join(meta)}</p></header>')
    if _is_error(record):
        out.append(f'<p class="error">error: {_esc((record["error"] or {}).get("message"))}</p>')
        return "".join(out)
    marks: list[Finding] = []
    if isinstance(text, str):
        marks = findings(record, text)
        out.append('<div class="art-body"><article class="text" dir="auto">')
        out.append(marked_text(text, marks, prefix))
        out.append("</article>")
    else:
        out.append('<div class="art-body"><p class="dim">The text is not in the record (run with --include-text).</p>')
    out.append('<div class="panels">')
    where = {(mark.kind, mark.start, mark.end): n for n, mark in enumerate(marks)}
    out.append(_officials_panel(record, marks, where, prefix))
    out.append(_figures_panel(record, where, prefix))
    out.append(_timeline_panel(record, where, prefix))
    out.append(_warnings_panel(record))
    out.append("</div></div>")
    return "".join(out)


def _link(where: dict[tuple[str, int, int], int], prefix: str, kind: str, item: dict[str, Any] | None,
          label: str) -> str:
    """``label`` linked to the mark of ``item``'s span when there is one."""
    n = where.get((kind, (item or {}).get("start"), (item or {}).get("end")))  # type: ignore[arg-type]
    if n is None:
        return f"<bdi>{_esc(label)}</bdi>"
    return f'<a href="#{prefix}f{n}" data-goto="{prefix}f{n}"><bdi>{_esc(label)}</bdi></a>'


def _table(title: str, head: tuple[str, ...], rows: list[str], empty: str) -> str:
    if not rows:
        return f'<section class="panel"><h3>{title}</h3><p class="dim">{empty}</p></section>'
    cols = "".join(f'<th scope="col">{name}</th>' for name in head)
    return (f'<section class="panel"><h3>{title} <span class="dim">({len(rows)})</span></h3><div class="scroll">'
            f'<table><thead><tr>{cols}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def _officials_panel(record: dict[str, Any], marks: list[Finding], where: dict[tuple[str, int, int], int],
                     prefix: str) -> str:
    officials = record.get("officials")
    if officials is None:
        return ""
    first_quote: dict[str, Finding] = {}
    for mark in marks:
        if mark.kind == "quote" and mark.speaker and mark.speaker not in first_quote:
            first_quote[mark.speaker] = mark
    rows = []
    for official in officials:
        name = official.get("name") or "?"
        quote = first_quote.get(name)
        cell = (_link(where, prefix, "quote", {"start": quote.start, "end": quote.end}, name) if quote
                else f"<bdi>{_esc(name)}</bdi>")
        anonymous = ' <span class="tag">anonymous</span>' if official.get("anonymous") else ""
        rows.append(f"<tr><td>{cell}{anonymous}</td><td>{_esc(official.get('title'))}</td>"
                    f"<td>{_esc(official.get('organization'))}</td><td class=num>{_esc(official.get('quotes'))}</td></tr>")
    return _table("Officials", ("name", "title", "organization", "quotes"), rows, "No one quoted.")


def _figures_panel(record: dict[str, Any], where: dict[tuple[str, int, int], int], prefix: str) -> str:
    figures = record.get("figures")
    if figures is None:
        return ""
    rows = []
    for figure in figures:
        link = _link(where, prefix, "figure", figure, figure.get("text") or "")
        qualifier = f'{figure["qualifier"]} ' if figure.get("qualifier") else ""
        rows.append(f"<tr><td>{link}</td><td class=num>{_esc(qualifier)}{_esc(_value(figure.get('value')))}</td>"
                    f"<td>{_esc(figure.get('unit') or figure.get('kind'))}</td><td>{_esc(figure.get('counted'))}</td></tr>")
    return _table("Figures", ("figure", "value", "unit", "counted"), rows, "No figures.")


def _timeline_panel(record: dict[str, Any], where: dict[tuple[str, int, int], int], prefix: str) -> str:
    events = record.get("events")
    if events is None:
        return ""
    ordered = sorted(events, key=timeline_key)
    rows = []
    for event in ordered:
        what = event.get("what") or {}
        date = event.get("date")
        star = '<span class="main" title="the main event">★</span> ' if event.get("main") else ""
        link = _link(where, prefix, "event", what, what.get("text") or event.get("text") or "")
        when = _esc(date.get("value")) if date else '<span class="dim">undated</span>'
        rows.append(f"<tr><td class=when>{when}</td><td>{star}{link} <span class=\"dim\">({_esc(event.get('status'))})</span>"
                    f"</td><td>{_esc(', '.join(event.get('who') or ()))}</td>"
                    f"<td>{_esc(', '.join(event.get('where') or ()))}</td></tr>")
    return _table("Timeline", ("when", "what", "who", "where"), rows, "No events.")


def _warnings_panel(record: dict[str, Any]) -> str:
    warnings = record.get("warnings") or ()
    if not warnings:
        return ""
    items = "".join(f"<li><code>{_esc(w.get('code'))}</code> {_esc(w.get('message'))}</li>"
                    for w in warnings[:_MAX_WARNINGS])
    more = f"<li>… and {len(warnings) - _MAX_WARNINGS} more</li>" if len(warnings) > _MAX_WARNINGS else ""
    return f'<section class="panel"><h3>Warnings ({len(warnings)})</h3><ul>{items}{more}</ul></section>'


# --- the corpus -----------------------------------------------------------------------------------


class IndexLine(NamedTuple):
    """One article in the index, raw values (escaped when written)."""

    number: int
    source: str
    published: str
    counts: tuple[int | None, ...]
    warnings: int
    note: str  # the warning codes, or the error message


@dataclass
class Corpus:
    """What the overview needs of every record, kept small: an index line each, and running totals."""

    index: list[IndexLine] = field(default_factory=list)
    quoted: Counter[str] = field(default_factory=Counter)
    quoted_in: Counter[str] = field(default_factory=Counter)
    described: dict[str, str] = field(default_factory=dict)
    organizations: Counter[str] = field(default_factory=Counter)
    quotes: int = 0
    anonymous: int = 0
    unknown: int = 0
    units: Counter[str] = field(default_factory=Counter)
    months: Counter[str] = field(default_factory=Counter)
    undated: int = 0
    errors: int = 0

    def add(self, number: int, record: dict[str, Any]) -> None:
        published = record.get("published")
        warnings = record.get("warnings") or ()
        if _is_error(record):
            self.errors += 1
            note = f"error: {(record['error'] or {}).get('message')}"
        else:
            note = ", ".join(sorted({str(w.get("code")) for w in warnings}))
        self.index.append(IndexLine(number, str(record.get("source") or NO_SOURCE),
                                    str(published.get("value")) if isinstance(published, dict) else "",
                                    _counts(record), len(warnings), note))
        if _is_error(record):
            return
        for quote in record.get("quotes") or ():
            self.quotes += 1
            speaker = quote.get("speaker")
            if not speaker:
                self.unknown += 1
            elif speaker.get("anonymous"):
                self.anonymous += 1
        names = set()
        for official in record.get("officials") or ():
            if official.get("anonymous") or not official.get("quotes"):
                continue
            name = official["name"]
            self.quoted[name] += official["quotes"]
            names.add(name)
            if name not in self.described:
                title, organization = official.get("title") or "", official.get("organization") or ""
                self.described[name] = title if organization in title else ", ".join(p for p in (title, organization) if p)
            if official.get("organization"):
                self.organizations[official["organization"]] += official["quotes"]
        self.quoted_in.update(names)
        for figure in record.get("figures") or ():
            self.units[figure.get("unit") or figure.get("kind") or "?"] += 1
        for event in record.get("events") or ():
            date = event.get("date")
            value = date.get("value") if date else None
            if value and len(value) >= 7 and value[:4].isdigit() and value[4] == "-" and value[5:7].isdigit():
                self.months[value[:7]] += 1
            else:
                self.undated += 1

    def html(self) -> str:
        articles = len(self.index)
        out = ['<section class="totals" aria-labelledby="totals-h"><h2 id="totals-h">Corpus</h2>',
               f'<p class="meta">{articles:,} articles'
               + (f' · <span class="error">{self.errors:,} errors</span>' if self.errors else "")
               + f" · {self.quotes:,} quotes · {self._share()} · "
               f"{sum(self.units.values()):,} figures · {sum(self.months.values()) + self.undated:,} events · "
               '<a href="#index">index of articles</a></p>',
               '<div class="panels wide">']
        rows = [f"<tr><td><bdi>{_esc(name)}</bdi></td><td>{_esc(self.described.get(name))}</td>"
                f"<td class=num>{count:,}</td><td class=num>{self.quoted_in[name]:,}</td></tr>"
                for name, count in self.quoted.most_common(_TOP)]
        out.append(_table("Most-quoted officials", ("name", "title, organization", "quotes", "articles"), rows,
                          "No named speaker."))
        rows = [f"<tr><td><bdi>{_esc(name)}</bdi></td><td class=num>{count:,}</td></tr>"
                for name, count in self.organizations.most_common(_TOP)]
        out.append(_table("Most-quoted organizations", ("organization", "quotes"), rows, "No organization named."))
        rows = [f"<tr><td>{_esc(unit)}</td><td class=num>{count:,}</td></tr>"
                for unit, count in self.units.most_common(_TOP)]
        out.append(_table("Figures by unit", ("unit or kind", "figures"), rows, "No figures."))
        out.append(self._months())
        out.append("</div></section>")
        return "".join(out)

    def _share(self) -> str:
        spoken = self.quotes - self.unknown
        if not spoken:
            return "no attributed quotes"
        return f"{self.anonymous / spoken:.0%} of attributed quotes anonymous"

    def _months(self) -> str:
        if not self.months:
            return _table("Events per month", ("month", "events"), [], "No dated events.")
        peak = max(self.months.values())
        rows = [f'<tr><td class=when>{_esc(month)}</td><td><span class="bar" style="width:{max(1, round(60 * count / peak))}%">'
                f"</span> {count:,}</td></tr>" for month, count in sorted(self.months.items())]
        if self.undated:
            rows.append(f'<tr><td class="dim">undated</td><td>{self.undated:,}</td></tr>')
        return _table("Events per month", ("month", "events"), rows, "")

    def index_html(self) -> str:
        head = "".join(f'<th scope="col">{name}</th>' for name in ("#", "source", "published", *SECTION_NAMES, "warnings"))
        rows = []
        for line in self.index:
            cells = "".join(f"<td class=num>{'' if c is None else f'{c:,}'}</td>" for c in line.counts)
            rows.append(f'<tr data-source="{_esc(line.source.lower())}"><td class=num>{line.number + 1}</td>'
                        f'<td class="source"><a href="#art-{line.number}"><bdi>{_esc(line.source)}</bdi></a></td>'
                        f'<td class=when>{_esc(line.published)}</td>{cells}'
                        f'<td><span class=num>{line.warnings or ""}</span> <span class="dim">{_esc(line.note)}</span></td></tr>')
        return ('<section class="index" id="index" aria-labelledby="index-h"><h2 id="index-h" tabindex="-1">Articles</h2>'
                '<div class="pager" hidden><label>Filter <input type="search" id="filter" placeholder="source"></label> '
                '<button type="button" id="prev">← previous</button> <span id="page" role="status"></span> '
                '<button type="button" id="next">next →</button></div>'
                f'<div class="scroll"><table id="index-table"><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table></div></section>')


# --- the page -------------------------------------------------------------------------------------


def _css() -> str:
    rules = [_asset("report.css"), f":root{{--ink:{TEXT_INK};--page:{PAGE_BACKGROUND}}}"]
    for kind, (background, ink, line) in PALETTE.items():
        # border-style has no "wavy" (text-decoration has), and a double line needs 3px to show two.
        under = (f"text-decoration:underline wavy {ink} 1.5px;text-underline-offset:.3em" if line == "wavy"
                 else f"border-bottom:{3 if line == 'double' else 2}px {line} {ink}")
        rules.append(f".nx-{kind}{{background:{background};{under};--label:{ink}}}"
                     f".key-{kind}{{background:{background};{under};color:{TEXT_INK}}}")
    return "\n".join(rules)


def _legend() -> str:
    keys = "".join(
        f'<label class="key key-{kind}"><input type="checkbox" data-kind="{kind}" checked> {KIND_NAMES[kind]}</label>'
        for kind in KINDS)
    return (f'<div class="legend" role="group" aria-label="Kinds of findings">{keys}'
            '<label class="key"><input type="checkbox" id="labels" checked> labels</label>'
            '<span class="help dim">Tab or <kbd>j</kbd>/<kbd>k</kbd>: next/previous finding · '
            '<kbd>[</kbd>/<kbd>]</kbd>: previous/next article · <kbd>i</kbd>: index · '
            '<kbd>Esc</kbd>: close the details</span></div>')


class HtmlWriter:
    """Writes the report to ``stream`` as records come: ``write`` each record, then ``close``."""

    def __init__(self, stream: IO[str], title: str = "newsx report") -> None:
        self.stream, self.title = stream, title
        self.count = 0
        self.pending: dict[str, Any] | None = None
        self.corpus = Corpus()
        self.started = False

    def write(self, record: dict[str, Any]) -> None:
        if self.pending is not None:
            self._start(self.title)
            self._article(self.pending, self.count - 1)
            self.pending = None
        if self.started:
            self._article(record, self.count)
        else:
            # The first record waits: a report of one article shows it at once, without an index.
            self.pending = record
        self.corpus.add(self.count, record)
        self.count += 1

    def close(self) -> None:
        single = self.pending
        self.pending = None
        if single is not None:
            self._start(f"{single.get('source') or 'article'} — {self.title}")
            self.stream.write('<section class="article" id="art-0">' + article_html(single, 0) + "</section>")
        else:
            self._start(self.title)
        self.stream.write('</main><div id="overview" class="overview">')
        if single is None:
            if self.count:
                self.stream.write(self.corpus.html() + self.corpus.index_html())
            else:
                self.stream.write('<p class="dim">No articles.</p>')
            self.stream.write('<noscript><p class="error">Opening an article needs JavaScript.</p></noscript>')
        self.stream.write('</div></div><aside id="detail" class="detail" aria-label="details of the finding" hidden></aside>')
        self.stream.write(f"<script>{_asset('report.js')}</script></body></html>\n")

    def _start(self, title: str) -> None:
        if self.started:
            return
        self.started = True
        self.stream.write('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
                          '<meta name="viewport" content="width=device-width, initial-scale=1">'
                          '<meta name="generator" content="newsx">'
                          f"<title>{_esc(title)}</title><style>{_css()}</style></head>"
                          f'<body><div class="page"><header class="top"><h1>{_esc(self.title)}</h1>{_legend()}</header>'
                          '<main id="articles">')

    def _article(self, record: dict[str, Any], number: int) -> None:
        # A corpus's article waits, inert, until it is opened (report.js builds it from this block).
        self.stream.write(f'<section class="article" id="art-{number}" hidden></section>'
                          f'<script type="text/x-newsx-article" data-for="art-{number}">'
                          f"{article_html(record, number, corpus=True)}</script>")


def report(records: list[dict[str, Any]], title: str = "newsx report") -> str:
    """The whole report of ``records`` (plain records, with ``text``) as one HTML string."""
    import io

    buffer = io.StringIO()
    writer = HtmlWriter(buffer, title)
    for record in records:
        writer.write(record)
    writer.close()
    return buffer.getvalue()
