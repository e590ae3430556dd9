"""Checks shared by the golden, property and CLI tests."""
from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from newsx.doc import read
from newsx.figures import extract_figures
from newsx.model import Figure, Range
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


def figures_of(text: str) -> list[Figure]:
    """The figures of ``text`` read alone (no time expressions blocked), each span checked."""
    found = extract_figures(read(text), [])
    for f in found:
        assert text[f.start:f.end] == f.text, f
    return found


def figure_value(f: Figure) -> Any:
    """A figure's value to compare: (low, high) for a range."""
    return (f.value.low, f.value.high) if isinstance(f.value, Range) else f.value


def assert_figures(got: list[tuple[Any, ...]], expected: list[tuple[Any, ...]]) -> None:
    """Figure rows (text, kind, value, ...) as expected: the same number, text and kind, the value
    within 1e-6 (a range as a (low, high) pair), the other fields equal."""
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[:2] == e[:2], got
        if isinstance(e[2], tuple):
            assert g[2] == pytest.approx(e[2]), got
        else:
            assert g[2] == pytest.approx(e[2], rel=1e-6), got
        assert g[3:] == e[3:], got
