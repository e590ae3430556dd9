"""The terminal view: a header and one rich table per section. Imported only for table output.

Columns are sized to their content: short columns (values, types, kinds, dates) keep their words
whole, and the others share what is left of the terminal's width in proportion to their ``ratio``,
a column that needs less than its share giving the rest to the others. Quotes and event clauses
are clipped at _QUOTE_WIDTH characters unless ``full``. A warning with offsets is printed with its
line number when the text is known (the record's ``text``, or the one given to render()).
"""
from __future__ import annotations

from bisect import bisect_right
from contextlib import ExitStack
from typing import IO, Any

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..pipeline import SECTIONS

_QUOTE_WIDTH = 120
_MIN_WIDTH = 6  # a shared column is never narrower than this...
_WORD_WIDTH = 14  # ... nor than its longest word up to this many cells
_MAIN = "★"  # marks the article's main event
_STATUS_STYLE = {"happened": "", "ongoing": "cyan", "planned": "magenta"}


def make_console(stream: IO[str], *, width: int | None = None) -> Console:
    """A console on ``stream``; rich itself honours NO_COLOR and plain (non-terminal) streams."""
    return Console(file=stream, width=width, highlight=False, soft_wrap=False)


def render(console: Console, record: dict[str, Any], sections: tuple[str, ...] = SECTIONS, *,
           full: bool = False, text: str | None = None) -> None:
    """Print one record: header, then the tables of the chosen sections, then warnings.

    ``full`` shows quotes and event clauses whole; ``text`` (else the record's own ``text``, if
    any) gives the warnings their line numbers."""
    clip = _whole if full else _clip
    published = record.get("published")
    header = Text()
    header.append(record.get("source") or "<text>", style="bold")
    header.append("  published ")
    if published:
        header.append(published["value"], style="bold green")
        header.append(f" ({published['rule']})", style="dim")
    else:
        header.append("unknown", style="yellow")
    console.print(header)

    if _wanted(record, sections, "dates"):
        _section(console, "Dates", [_col("text", 3), _col("value", 2, fixed=True), _col("type", 1, fixed=True)], [
            (d["text"], _joined(d["value"], d["mod"]), d["type"]) for d in record["dates"]
        ])
    if _wanted(record, sections, "quotes"):
        _section(console, "Quotes", [_col("speaker", 2), _col("title", 2), _col("kind", 0, fixed=True), _col("quote", 5)], [
            (_speaker(q["speaker"]), (q["speaker"] or {}).get("title") or "", q["kind"], clip(q["text"]))
            for q in record["quotes"]
        ])
    if _wanted(record, sections, "officials"):
        _section(console, "Officials", [_col("name", 3), _col("title", 3), _col("organization", 2),
                                        _col("quotes", 0, fixed=True, justify="right")], [
            (_speaker(o), o["title"] or "", o["organization"] or "", str(o["quotes"]))
            for o in record["officials"]
        ])
    if _wanted(record, sections, "figures"):
        _section(console, "Figures", [_col("figure", 2), _col("value", 2, fixed=True), _col("unit", 0, fixed=True),
                                      _col("qualifier", 0, fixed=True), _col("role", 0, fixed=True),
                                      _col("counted", 3)], [
            (f["text"], _value(f["value"]), f["unit"] or "", f["qualifier"] or "", f["role"] or "",
             f["counted"] or "")
            for f in record["figures"]
        ])
    if _wanted(record, sections, "events"):
        # One line per happening, in the record's order: text order, or a timeline (--sort date).
        _section(console, "Events", [_col("date", 0, fixed=True), _col("status", 0, fixed=True), _col("who", 2),
                                     _col("what", 5), _col("where", 2)], [
            (_event_date(e), Text(e["status"], style=_STATUS_STYLE.get(e["status"], "")), ", ".join(e["who"]),
             _event(e, clip), ", ".join(e["where"]))
            for e in record["events"]
        ])
    text = text if text is not None else record.get("text")
    lines = _LineIndex(text) if isinstance(text, str) else None
    for warning in record.get("warnings", []):
        start = warning.get("start")
        where = f"line {lines.line_of(start)}: " if lines is not None and isinstance(start, int) else ""
        console.print(Text(f"warning: {where}{warning['code']}: {warning['message']}", style="yellow"))


class TableWriter:
    """Tables for records as they come, on ``stream``; with ``pager``, on a terminal, the whole
    output goes through the system's pager (rich's console.pager(), plain text) when closed."""

    def __init__(self, stream: IO[str], sections: tuple[str, ...] = SECTIONS, *, full: bool = False,
                 pager: bool = False, width: int | None = None) -> None:
        self.console = make_console(stream, width=width)
        self.sections, self.full = sections, full
        self._paging = ExitStack()
        if pager and _is_terminal(stream):
            self._paging.enter_context(self.console.pager())

    def write(self, record: dict[str, Any]) -> None:
        render(self.console, record, self.sections, full=self.full)

    def close(self) -> None:
        self._paging.close()


class _LineIndex:
    """Line numbers (from 1) of offsets in a text: the line breaks are found once."""

    def __init__(self, text: str) -> None:
        self.breaks: list[int] = []
        at = text.find("\n")
        while at >= 0:
            self.breaks.append(at)
            at = text.find("\n", at + 1)

    def line_of(self, offset: int) -> int:
        return bisect_right(self.breaks, offset - 1) + 1


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _wanted(record: dict[str, Any], sections: tuple[str, ...], name: str) -> bool:
    """A section is shown when asked for and present: one not asked for is None (null) in the record."""
    return name in sections and isinstance(record.get(name), (list, tuple))


def _col(name: str, ratio: int, *, fixed: bool = False, justify: str = "left") -> dict[str, Any]:
    """A column: ``fixed`` ones keep their words whole (kinds, values, dates); others share the rest."""
    if fixed:
        return {"header": name, "no_wrap": True, "justify": justify}
    return {"header": name, "ratio": ratio, "overflow": "fold", "justify": justify}


def _section(console: Console, title: str, columns: list[dict[str, Any]], rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        console.print(Text(f"{title}: none found", style="dim"))
        return
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", box=box.SIMPLE_HEAD)
    for column, width in zip(columns, _widths(console.width, columns, rows)):
        spec = {k: v for k, v in column.items() if k != "ratio"}
        table.add_column(**spec, width=width)
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _widths(width: int, columns: list[dict[str, Any]], rows: list[tuple[Any, ...]]) -> list[int | None]:
    """Each column's width: fixed ones their content's (None: rich measures them), the others
    their content's if all fit, else shares of what is left in proportion to their ratios (water
    filling): a column that needs less than its share gives the rest back, and none is cut below
    its longest word (up to _WORD_WIDTH) so that names are not broken mid-word."""
    natural = [max([cell_len(c["header"])] + [_cell_width(row[i]) for row in rows]) for i, c in enumerate(columns)]
    # SIMPLE_HEAD: an edge each side, one separator between columns, one space of padding each side.
    left = width - (3 * len(columns) + 1)
    flexible = []
    for i, column in enumerate(columns):
        if "ratio" in column:
            flexible.append(i)
        else:
            left -= natural[i]
    least = {i: min(natural[i], max(_MIN_WIDTH, min(_WORD_WIDTH, max(_word_width(row[i]) for row in rows))))
             for i in flexible}
    widths: list[int | None] = [None] * len(columns)
    while flexible:
        total = sum(columns[i]["ratio"] or 1 for i in flexible)
        share = {i: left * (columns[i]["ratio"] or 1) / total for i in flexible}
        settled = {i: natural[i] for i in flexible if natural[i] <= share[i]}
        settled.update({i: least[i] for i in flexible if least[i] > share[i]})
        if not settled:
            for i in flexible:
                widths[i] = int(share[i])
            # What rounding leaves goes to the widest share (the quote, the event's clause).
            widths[max(flexible, key=share.__getitem__)] += left - sum(int(share[i]) for i in flexible)
            break
        for i, w in settled.items():
            widths[i] = w
            left -= w
        flexible = [i for i in flexible if i not in settled]
    return widths


def _word_width(cell: Any) -> int:
    plain = cell.plain if isinstance(cell, Text) else str(cell)
    return max((cell_len(word) for word in plain.split()), default=0)


def _cell_width(cell: Any) -> int:
    plain = cell.plain if isinstance(cell, Text) else str(cell)
    return max((cell_len(line) for line in plain.split("\n")), default=0)


def _event(event: dict[str, Any], clip: Any = None) -> Text:
    """The ``what`` phrase, starred (and bold) for the article's main event, then who reports it, dimmed."""
    what = Text()
    if event["main"]:
        what.append(f"{_MAIN} ", style="bold yellow")
    what.append((clip or _clip)(event["what"]["text"]), style="bold" if event["main"] else "")
    source = event["source"]
    if source:
        what.append(f" (per {source['name']})", style="dim")
    return what


def _event_date(event: dict[str, Any]) -> Text:
    date = event["date"]
    return Text(date["value"]) if date else Text("undated", style="dim")


def _joined(value: str | None, mod: str | None) -> str:
    text = value or "?"
    return f"{text} ({mod})" if mod else text


def _speaker(speaker: dict[str, Any] | None) -> str:
    if not speaker:
        return "?"
    name = speaker["name"]
    return f"{name} (anonymous)" if speaker["anonymous"] else name


def _whole(text: str) -> str:
    return " ".join(text.split())


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_WIDTH else text[: _QUOTE_WIDTH - 1] + "…"


def _value(value: Any) -> str:
    if isinstance(value, dict):
        low, high = value.get("low"), value.get("high")
        return f"{_number(low) if low is not None else '…'}–{_number(high) if high is not None else '…'}"
    return _number(value) if value is not None else ""


def _number(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.4g}"
