"""The value of a number phrase in a time expression: ``number_value``.

Digits ("24", "6,000", "2.5", "2 1/2"), number words ("twenty-four", "a hundred", "two and a
half", "a dozen"), "a"/"an" (1) and "a couple (of)" (2); a vague quantity ("several") has no value.
The shared number reader may later take its place: callers only pass the phrase.
"""
from __future__ import annotations

import re

from ..lexicon.numbers import NUMBER_WORDS

RX_SPACES = re.compile(r"\s+")
RX_PLAIN_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?: 1/2)?")


def number_value(phrase: str | None) -> int | float | None:
    """'24' -> 24, 'twenty-four' -> 24, 'a' -> 1, '2 1/2' -> 2.5, 'several' -> None."""
    if not phrase:
        return None
    w = RX_SPACES.sub(" ", phrase.lower()).replace("-", " ")
    if w in ("a couple of", "a couple", "couple of"):
        return 2
    if RX_PLAIN_NUMBER.fullmatch(w):
        half = 0.5 if w.endswith(" 1/2") else 0
        base = float(w.split()[0].replace(",", "")) + half
        return int(base) if base == int(base) else base
    total, current = 0, 0
    half = False
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], True
    for tok in w.split():
        if tok in ("and",):
            continue
        if tok == "half" and total + current > 0:
            half = True
            continue
        if tok == "of":
            continue
        val = NUMBER_WORDS.get(tok)
        if val is None:
            return None
        if tok in ("hundred", "thousand"):
            current = max(current, 1) * val
            if tok == "thousand":
                total, current = total + current, 0
        elif tok == "dozen":
            current = max(current, 1) * 12
        else:
            current += val
    n = total + current
    return n + 0.5 if half else n
