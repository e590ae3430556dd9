"""The JSON record: serialisation and its JSON Schema (draft 2020-12)."""
from __future__ import annotations

import json
from typing import Any

from ..model import SCHEMA_VERSION


def dumps(record: dict[str, Any], *, indent: int | None = None, ascii_only: bool = False) -> str:
    """One record as JSON text; non-ASCII kept as is (unless ``ascii_only``) so `jq` shows the article's characters."""
    separators = None if indent else (",", ":")
    return json.dumps(record, ensure_ascii=ascii_only, indent=indent, separators=separators)


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
        "date": {"anyOf": [_EVENT_DATE, {"type": "null"}]},
        "who": {"type": "array", "items": _STR},
        "where": {"type": "array", "items": _STR},
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
    return {"type": "array", "items": item}


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
        "warnings": _list(_WARNING),
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
    "$id": "https://newsx.invalid/schema/record-v1.json",
    "title": "newsx record (schema version 1)",
    "description": "One analysed article, or the error record of an input that could not be read.",
    "oneOf": [RECORD, ERROR_RECORD],
}
