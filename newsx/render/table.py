"""The terminal view: a header and one rich table per section. Imported only for table output."""
from __future__ import annotations

from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..pipeline import SECTIONS

_QUOTE_WIDTH = 120


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
        _section(console, "Dates", [_col("text", 3), _col("value", 2, fixed=True), _col("type", 1, fixed=True)], [
            (d["text"], _joined(d["value"], d["mod"]), d["type"]) for d in record["dates"]
        ])
    if "quotes" in sections:
        _section(console, "Quotes", [_col("speaker", 2), _col("title", 2), _col("kind", 0, fixed=True), _col("quote", 6)], [
            (_speaker(q["speaker"]), (q["speaker"] or {}).get("title") or "", q["kind"], _clip(q["text"]))
            for q in record["quotes"]
        ])
    if "figures" in sections:
        _section(console, "Figures", [_col("figure", 2), _col("value", 2, fixed=True), _col("unit", 0, fixed=True),
                                      _col("qualifier", 0, fixed=True), _col("counted", 3)], [
            (f["text"], _value(f["value"]), f["unit"] or "", f["qualifier"] or "", f["counted"] or "")
            for f in record["figures"]
        ])
    if "events" in sections:
        _section(console, "Events", [_col("date", 0, fixed=True), _col("who", 2), _col("what", 6), _col("where", 2)], [
            ((e["date"] or {}).get("value") or "", ", ".join(e["who"]), _event(e), ", ".join(e["where"]))
            for e in record["events"]
        ])
    for warning in record.get("warnings", []):
        console.print(Text(f"warning: {warning['code']}: {warning['message']}", style="yellow"))


def _col(name: str, ratio: int, *, fixed: bool = False) -> dict[str, Any]:
    """A column: ``fixed`` ones keep their words whole (kinds, values, dates); others share the rest."""
    if fixed:
        return {"header": name, "no_wrap": True}
    return {"header": name, "ratio": ratio, "overflow": "fold"}


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
    """The trigger first, then its clause: events that share a clause are told apart."""
    return Text.assemble((event["trigger"]["text"], "bold"), " · ", _clip(event["text"]))


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
