"""Quotes and the officials who said them. Being written."""
from __future__ import annotations

from ..model import Official, Quote
from .context import Context


def extract_quotes(text: str, *, context: Context) -> list[Quote]:
    return []


def collect_officials(quotes: list[Quote], *, context: Context) -> list[Official]:
    return []
