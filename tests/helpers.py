"""Checks shared by the golden, property and CLI tests."""
from __future__ import annotations

from typing import Any

import jsonschema

from newsx.render.json import SCHEMA

from .spans import spans  # noqa: F401 - re-exported for the tests

VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def assert_valid(record: dict[str, Any], text: str) -> None:
    """The record follows the schema, every span matches its text, and lists are sorted."""
    errors = sorted(VALIDATOR.iter_errors(record), key=lambda e: e.path)
    assert not errors, errors[0].message
    for item in spans(record):
        assert 0 <= item["start"] <= item["end"] <= len(text), item
        assert text[item["start"] : item["end"]] == item["text"], item
    for section in ("dates", "quotes", "figures", "events"):
        starts = [item["start"] for item in record.get(section, [])]
        assert starts == sorted(starts), section
    internal = [w for w in record.get("warnings", []) if w["code"] == "internal-error"]
    assert not internal, internal
