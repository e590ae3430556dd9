"""The JSON record: serialisation and its JSON Schema (draft 2020-12)."""
from __future__ import annotations

import json
import re
from typing import IO, Any

from ..model import SCHEMA_VERSION, Article, plain


def dumps(record: Any, *, indent: int | None = None, ascii_only: bool = False) -> str:
    """One record as JSON text; non-ASCII kept as is (unless ``ascii_only``) so `jq` shows the article's characters.
    Always valid Unicode: a lone surrogate left in a value (the readers replace those they see, with
    a warning) becomes U+FFFD here rather than stop the writer or escape as a lone ``\\ud800``."""
    separators = None if indent else (",", ":")
    text = json.dumps(record, ensure_ascii=False, indent=indent, separators=separators)
    if _SURROGATE.search(text) is not None:
        record = _without_surrogates(record)
        text = json.dumps(record, ensure_ascii=False, indent=indent, separators=separators)
    return json.dumps(record, ensure_ascii=True, indent=indent, separators=separators) if ascii_only else text


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(value: Any) -> Any:
    """A plain value (dicts, lists, strings...) with each lone surrogate of its strings, keys included,
    replaced by U+FFFD (one for one)."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_without_surrogates(key): _without_surrogates(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_without_surrogates(item) for item in value]
    return value


def lazy_record(article: Article) -> dict[str, Any]:
    """The record of an article with its sections left as tuples of records: each item becomes a
    dict only when it is written (``write``) or when ``plain`` turns the whole record into values.
    A record of a million items then never exists as a tree of dicts."""
    record: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "source": article.source,
                              "published": plain(article.published)}
    record.update(dates=article.dates, quotes=article.quotes, officials=article.officials,
                  figures=article.figures, events=article.events, warnings=article.warnings)
    return record


def write(stream: IO[str], value: Any, *, indent: int | None = None, ascii_only: bool = False) -> None:
    """Write a record, or a list of records, as ``dumps`` would, piece by piece: a record's list
    items one at a time, so that memory holds one item's JSON text, never the record's."""
    if isinstance(value, list):
        if not value:
            stream.write("[]")
            return
        pad = "\n" + " " * indent if indent else ""
        stream.write("[")
        for n, record in enumerate(value):
            stream.write(("," if n else "") + pad)
            _write_record(stream, record, indent, ascii_only, 1)
        stream.write(("\n" if indent else "") + "]")
    else:
        _write_record(stream, value, indent, ascii_only, 0)


class OneOrMany:
    """Records written as they come as ``write`` writes them all at once: one record alone, several
    as an array (items parted by `separator`). Only the first is held, until a second comes: a JSON
    array input of a million items is never a list of a million records. A str is JSON text already."""

    def __init__(self, stream: IO[str], *, indent: int | None = None, ascii_only: bool = False,
                 separator: str = ",") -> None:
        self.stream, self.indent, self.ascii_only, self.separator = stream, indent, ascii_only, separator
        self.first: Any = None
        self.count = 0

    def add(self, record: Any) -> None:
        self.count += 1
        if self.count == 1:
            self.first = record
            return
        if self.count == 2:
            self.stream.write("[")
            self._item(self.first, 0)
            self.first = None
        self._item(record, self.count - 1)

    def _item(self, record: Any, n: int) -> None:
        self.stream.write((self.separator if n else "") + ("\n" + " " * self.indent if self.indent else ""))
        if isinstance(record, str):
            self.stream.write(record)
        else:
            _write_record(self.stream, record, self.indent, self.ascii_only, 1)

    def close(self) -> None:
        """End the document (nothing at all when no record came)."""
        if self.count == 1:
            if isinstance(self.first, str):
                self.stream.write(self.first)
            else:
                write(self.stream, self.first, indent=self.indent, ascii_only=self.ascii_only)
            self.first = None
        elif self.count > 1:
            self.stream.write(("\n" if self.indent else "") + "]")


def _write_record(stream: IO[str], record: Any, indent: int | None, ascii_only: bool, depth: int) -> None:
    if not isinstance(record, dict):
        record = plain(record)
    if not record:
        stream.write("{}")
        return
    step = " " * indent if indent else ""
    pad = "\n" + step * (depth + 1) if indent else ""
    inner = "\n" + step * (depth + 2) if indent else ""
    key_sep = ": " if indent else ":"
    stream.write("{")
    for n, (key, value) in enumerate(record.items()):
        stream.write(("," if n else "") + pad + json.dumps(key, ensure_ascii=ascii_only) + key_sep)
        if isinstance(value, (list, tuple)) and value:
            stream.write("[")
            for k, item in enumerate(value):
                item = item if type(item) is dict else plain(item)
                text = dumps(item, indent=indent, ascii_only=ascii_only)
                stream.write(("," if k else "") + inner + (text.replace("\n", inner) if indent else text))
            stream.write(pad + "]")
        else:
            text = dumps(plain(value), indent=indent, ascii_only=ascii_only)
            stream.write(text.replace("\n", pad) if indent else text)
    stream.write(pad[:-indent] + "}" if indent else "}")


def error_record(source: str, message: str, error_type: str = "InputError") -> dict[str, Any]:
    """The record a batch writes for an input that could not be analysed."""
    return {"schema_version": SCHEMA_VERSION, "source": source, "error": {"type": error_type, "message": message}}


_INT = {"type": "integer", "minimum": 0}
_NULL_INT = {"type": ["integer", "null"], "minimum": 0}
_STR = {"type": "string"}
_NULL_STR = {"type": ["string", "null"]}
_NUMBER = {"type": "number"}


def _obj(required: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": list(required), "properties": required, "additionalProperties": False}


_SPAN = _obj({"text": _STR, "start": _INT, "end": _INT})
_NULL_SPAN = {"anyOf": [_SPAN, {"type": "null"}]}

_DATE = _obj(
    {
        "text": _STR,
        "start": _INT,
        "end": _INT,
        "type": {"enum": ["DATE", "TIME", "DURATION", "SET"]},
        "value": _NULL_STR,
        "mod": _NULL_STR,
        "rule": _STR,
    }
)
_SPEAKER = _obj(
    {
        "name": _STR,
        "text": _NULL_STR,
        "start": _NULL_INT,
        "end": _NULL_INT,
        "title": _NULL_STR,
        "organization": _NULL_STR,
        "anonymous": {"type": "boolean"},
    }
)
_QUOTE = _obj(
    {
        "text": _STR,
        "start": _INT,
        "end": _INT,
        "kind": {"enum": ["direct", "partial", "indirect"]},
        "cue": _NULL_SPAN,
        "speaker": {"anyOf": [_SPEAKER, {"type": "null"}]},
        "rule": _STR,
    }
)
_OFFICIAL = _obj(
    {
        "name": _STR,
        "title": _NULL_STR,
        "organization": _NULL_STR,
        "anonymous": {"type": "boolean"},
        "quotes": _INT,
        "mentions": {"type": "array", "items": _obj({"start": _INT, "end": _INT})},
    }
)
_BOUND = {"type": ["number", "null"]}
_FIGURE = _obj(
    {
        "text": _STR,
        "start": _INT,
        "end": _INT,
        "kind": {"enum": ["money", "percent", "count", "measure", "number", "fraction", "ordinal", "range"]},
        "value": {"anyOf": [_NUMBER, {"type": "null"}, _obj({"low": _BOUND, "high": _BOUND})]},
        "unit": _NULL_STR,
        "qualifier": _NULL_STR,
        "counted": _NULL_STR,
        "role": {"enum": ["change", "level", None]},
        "rule": _STR,
    }
)
_EVENT_DATE = _obj({"value": _STR, "text": _NULL_STR, "start": _NULL_INT, "end": _NULL_INT})
_EVENT = _obj(
    {
        "text": _STR,
        "start": _INT,
        "end": _INT,
        "trigger": _SPAN,
        "what": _SPAN,
        "status": {"enum": ["happened", "ongoing", "planned"]},
        "date": {"anyOf": [_EVENT_DATE, {"type": "null"}]},
        "who": {"type": "array", "items": _STR},
        "where": {"type": "array", "items": _STR},
        "source": {"anyOf": [_obj({"name": _STR, "anonymous": {"type": "boolean"}}), {"type": "null"}]},
        "main": {"type": "boolean"},
        "mentions": {"type": "array", "items": _SPAN},
        "rule": _STR,
    }
)
_WARNING = _obj({"code": _STR, "message": _STR, "start": _NULL_INT, "end": _NULL_INT})
_PUBLISHED = _obj(
    {
        "value": {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
        "text": _NULL_STR,
        "start": _NULL_INT,
        "end": _NULL_INT,
        "rule": _STR,
    }
)


def _list(item: dict[str, Any]) -> dict[str, Any]:
    """A section: its items, or null when it was not asked for (``--only``)."""
    return {"type": ["array", "null"], "items": item}


RECORD = _obj(
    {
        "schema_version": {"const": SCHEMA_VERSION},
        "source": _NULL_STR,
        "published": {"anyOf": [_PUBLISHED, {"type": "null"}]},
        "dates": _list(_DATE),
        "quotes": _list(_QUOTE),
        "officials": _list(_OFFICIAL),
        "figures": _list(_FIGURE),
        "events": _list(_EVENT),
        "warnings": {"type": "array", "items": _WARNING},
    }
)
ERROR_RECORD = _obj(
    {
        "schema_version": {"const": SCHEMA_VERSION},
        "source": _STR,
        "error": _obj({"type": _STR, "message": _STR}),
    }
)
# Optional fields of batch inputs: the id of a JSON record, the analysed text (--include-text).
_ID = {"type": ["string", "integer", "null"]}
RECORD["properties"].update({"id": _ID, "text": _STR})
ERROR_RECORD["properties"]["id"] = _ID

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://newsx.invalid/schema/record-v2.json",
    "title": "newsx record (schema version 2)",
    "description": "One analysed article, or the error record of an input that could not be read.",
    "oneOf": [RECORD, ERROR_RECORD],
}
