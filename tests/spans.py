"""spans(): every object of a record that carries an offset span (no third-party imports:
the fuzz script uses it too)."""
from __future__ import annotations

from typing import Any


def spans(node: Any) -> list[dict[str, Any]]:
    """Every object in a record that carries text, start and end (offsets not all null)."""
    found = []
    if isinstance(node, dict):
        if {"text", "start", "end"} <= node.keys() and node["start"] is not None:
            found.append(node)
        for value in node.values():
            found.extend(spans(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(spans(value))
    return found
