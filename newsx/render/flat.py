"""Flat output (CSV, TSV): one row per item of one section, for spreadsheets and data frames.

Rules, in priority order:
1. Columns: `source`; `id` when the records can have one (JSON and JSON Lines inputs); `start` and
   `end` when the section's items have them; then every other field in the schema's order
   (`render/json.py`), objects flattened with `_` (`speaker.name` -> `speaker_name`, a range's
   `value.low` -> `value_low`). The columns depend on the section only, never on the data.
2. A list of strings is one cell, its items joined with `; ` (`who`, `where`); a list of objects
   gives one cell per field, each joined with `; ` in the same order (`mentions_start`).
3. Cells: `null` is empty, booleans are `true`/`false`, numbers as JSON writes them.
4. An error record gives no row (its error is on standard error); rows are written as records come.
"""
from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from typing import IO, Any

from ..model import plain
from .json import RECORD

FLAT_FORMATS = ("csv", "tsv")
JOIN = "; "


def _schema_columns(schema: dict[str, Any], prefix: str = "") -> list[str]:
    columns: list[str] = []
    for key, sub in schema["properties"].items():
        name = f"{prefix}_{key}" if prefix else key
        if sub.get("type") == "array":
            items = sub["items"]
            columns.extend(_schema_columns(items, name) if items.get("type") == "object" else [name])
            continue
        options = sub.get("anyOf", [sub])
        if any(option.get("type") not in ("object", "null") for option in options):
            columns.append(name)
        for option in options:
            if option.get("type") == "object":
                columns.extend(_schema_columns(option, name))
    return columns


def columns(section: str, with_id: bool = False) -> list[str]:
    """The header of a section's rows (rule 1)."""
    fields = _schema_columns(RECORD["properties"][section]["items"])
    offsets = [name for name in ("start", "end") if name in fields]
    rest = [name for name in fields if name not in offsets]
    return ["source", *(["id"] if with_id else []), *offsets, *rest]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else repr(value) if isinstance(value, float) else str(value)


def flatten(item: dict[str, Any], prefix: str = "", out: dict[str, str] | None = None) -> dict[str, str]:
    """An item's fields as cells (rules 2 and 3). A null or an empty list is left out: its cells
    are empty whether it stands for a value or an object (a quote's `cue`)."""
    out = {} if out is None else out
    for key, value in item.items():
        name = f"{prefix}_{key}" if prefix else key
        if value is None or (isinstance(value, (list, tuple)) and not value):
            continue
        if isinstance(value, dict):
            flatten(value, name, out)
        elif isinstance(value, (list, tuple)):
            if all(isinstance(part, dict) for part in value):
                for field in value[0]:
                    out[f"{name}_{field}"] = JOIN.join(_cell(part.get(field)) for part in value)
            else:
                out[name] = JOIN.join(_cell(part) for part in value)
        else:
            out[name] = _cell(value)
    return out


def rows(record: dict[str, Any], section: str) -> Iterator[dict[str, str]]:
    """The rows of one record's section; none for an error record or a section not asked for."""
    items = record.get(section)
    if not items or "error" in record:
        return
    head = {"source": _cell(record.get("source")), "id": _cell(record.get("id"))}
    for item in items:
        # The record's source last: an event's own `source` is an object (source_name), never this.
        yield {**flatten(item if type(item) is dict else plain(item)), **head}


class FlatWriter:
    """Rows of one section to one stream. The header is written with the first record (or at the
    end), so that standard input recognised as JSON Lines still gets its `id` column."""

    def __init__(self, stream: IO[str], section: str, fmt: str, with_id: bool) -> None:
        self.stream, self.section, self.with_id = stream, section, with_id
        self.dialect = "excel-tab" if fmt == "tsv" else "excel"
        # CSV ends rows with CRLF as RFC 4180 and spreadsheets expect; TSV is for Unix tools.
        self.terminator = "\n" if fmt == "tsv" else "\r\n"
        self.writer: csv.DictWriter[str] | None = None

    def _start(self, with_id: bool) -> csv.DictWriter[str]:
        if self.writer is None:
            self.writer = csv.DictWriter(self.stream, columns(self.section, with_id), dialect=self.dialect,
                                         lineterminator=self.terminator, extrasaction="ignore")
            self.writer.writeheader()
        return self.writer

    def write(self, record: dict[str, Any]) -> None:
        writer = self._start(self.with_id or "id" in record)
        for row in rows(record, self.section):
            writer.writerow(row)
        self.stream.flush()

    def close(self) -> None:
        self._start(self.with_id)


class SectionFiles:
    """--output-dir with a flat format: DIR/<section>.csv for each section, all inputs' rows, each
    written under a hidden temporary name and renamed into place when the run completes."""

    def __init__(self, root: str, sections: tuple[str, ...], fmt: str, with_id: bool) -> None:
        self.root, self.fmt = root, fmt
        self.targets = [os.path.join(root, f"{section}.{fmt}") for section in sections]
        self.handles: list[IO[str]] = []
        self.writers: list[FlatWriter] = []
        for section, target in zip(sections, self.targets):
            handle = open(_temporary(target), "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
            self.handles.append(handle)
            self.writers.append(FlatWriter(handle, section, fmt, with_id))

    def write(self, record: dict[str, Any]) -> None:
        for writer in self.writers:
            writer.write(record)

    def close(self) -> None:
        for writer, handle, target in zip(self.writers, self.handles, self.targets):
            writer.close()
            handle.close()
            os.replace(_temporary(target), target)
        self.handles = []

    def abandon(self) -> None:
        for handle, target in zip(self.handles, self.targets):
            handle.close()
            try:
                os.unlink(_temporary(target))
            except FileNotFoundError:
                pass
        self.handles = []


def _temporary(target: str) -> str:
    folder, name = os.path.split(target)
    return os.path.join(folder, f".{name}.tmp")
