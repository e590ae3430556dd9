"""The terminal view: a header and one rich table per section. Imported only for table output."""
from __future__ import annotations

from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..pipeline import SECTIONS

_QUOTE_WIDTH = 120
_MAIN = "★"  # marks the article's main event
_STATUS_STYLE = {"happened": "", "ongoing": "cyan", "planned": "magenta"}


def make_console(stream: IO[str], *, width: int | None = None) -> Console:
    """A console on ``stream``; rich itself honours NO_COLOR and plain (non-terminal) streams."""
    return Console(file=stream, width=width, highlight=False, soft_wrap=False)


def render(console: Console, record: dict[str, Any], sections: tuple[str, ...] = SECTIONS) -> None:
    """Print one record: header, then the tables of the chosen sections, then warnings."""
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
        _section(console, "Quotes", [_col("speaker", 2), _col("title", 2), _col("kind", 0, fixed=True), _col("quote", 6)], [
            (_speaker(q["speaker"]), (q["speaker"] or {}).get("title") or "", q["kind"], _clip(q["text"]))
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
             _event(e), ", ".join(e["where"]))
            for e in record["events"]
        ])
    for warning in record.get("warnings", []):
        console.print(Text(f"warning: {warning['code']}: {warning['message']}", style="yellow"))


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
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    for column in columns:
        table.add_column(**column)
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _event(event: dict[str, Any]) -> Text:
    """The ``what`` phrase, starred (and bold) for the article's main event, then who reports it, dimmed."""
    what = Text()
    if event["main"]:
        what.append(f"{_MAIN} ", style="bold yellow")
    what.append(_clip(event["what"]["text"]), style="bold" if event["main"] else "")
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
