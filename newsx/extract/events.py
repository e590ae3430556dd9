"""Cited events. Being written."""
from __future__ import annotations

from ..model import Event
from .context import Context


def extract_events(text: str, *, context: Context) -> list[Event]:
    return []
