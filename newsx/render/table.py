"""The terminal view: a header and one rich table per section. Imported only for table output."""
from __future__ import annotations

from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..pipeline import SECTIONS

_QUOTE_WIDTH = 160


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

    if "dates" in sections:
        _section(console, "Dates", ["text", "value", "type"], [
            (d["text"], _joined(d["value"], d["mod"]), d["type"]) for d in record["dates"]
        ], ratios=[3, 2, 1])
    if "quotes" in sections:
        _section(console, "Quotes", ["speaker", "title", "kind", "quote"], [
            (_speaker(q["speaker"]), (q["speaker"] or {}).get("title") or "", q["kind"], _clip(q["text"]))
            for q in record["quotes"]
        ], ratios=[2, 2, 1, 5])
    if "figures" in sections:
        _section(console, "Figures", ["figure", "value", "unit", "qualifier", "counted"], [
            (f["text"], _value(f["value"]), f["unit"] or "", f["qualifier"] or "", f["counted"] or "")
            for f in record["figures"]
        ], ratios=[3, 2, 1, 1, 3])
    if "events" in sections:
        _section(console, "Events", ["date", "who", "what", "where"], [
            ((e["date"] or {}).get("value") or "", ", ".join(e["who"]), _clip(e["text"]), ", ".join(e["where"]))
            for e in record["events"]
        ], ratios=[2, 2, 6, 2])
    for warning in record.get("warnings", []):
        console.print(Text(f"warning: {warning['code']}: {warning['message']}", style="yellow"))


def _section(console: Console, title: str, columns: list[str], rows: list[tuple[str, ...]], *, ratios: list[int]) -> None:
    if not rows:
        console.print(Text(f"{title}: none found", style="dim"))
        return
    table = Table(title=f"{title} ({len(rows)})", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    for name, ratio in zip(columns, ratios):
        table.add_column(name, ratio=ratio, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)


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
