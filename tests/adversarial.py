"""Adversarial inputs of any size, shared by tests/test_adversarial.py and benchmarks/bench.py.

Each entry builds a text of exactly `size` characters from a repeating unit: the shapes where a
regex that backtracks, a rescan loop or a quadratic merge shows itself (long runs of one pattern,
no line breaks, no sentence ends, deep nesting), and the characters scraped text brings (unicode
quotes and dashes, zero-width and control characters, other scripts). Units are deterministic:
no randomness, so a slow input found once is found again.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Words that are capitalised in news: names, titles, places, months, organisations, sentence openers.
_CAPITALISED = (
    "President Joe Biden Secretary Antony Blinken United States Department Of Defense White House "
    "Tuesday March Mr Smith Ukraine Russia European Union Federal Reserve Chairman Jerome Powell "
    "The Pentagon Said May Officials Told Reporters New York Times According To General Motors "
    "Jake Sullivan National Security Adviser Al Hassan Van Der Berg O'Brien J. R. Tolkien "
).split()


def _repeat(unit: str, size: int) -> str:
    """`unit` repeated and cut to exactly `size` characters."""
    return (unit * (size // max(len(unit), 1) + 1))[:size]


def news(size: int) -> str:
    """The sample articles joined, repeated to `size`: the normal input the others are compared with."""
    joined = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    return _repeat(joined + "\n\n", size)


def capitalised(size: int) -> str:
    """Capitalised words with no sentence end: one endless proper-name run."""
    return _repeat(" ".join(_CAPITALISED) + " ", size)


def capitalised_function_words(size: int) -> str:
    """Capitalised words a name is trimmed of (pronouns, articles, months, weekdays): one run, all trimmed."""
    return _repeat("I May The In He March It Tuesday We A ", size)


def digits_commas(size: int) -> str:
    """Digits and commas: thousands groups that never end, lists of numbers, decimals."""
    return _repeat("1,000,000,000,000,2,3,45,678,9.5,0.25,1,234.56,", size)


def quotation_marks(size: int) -> str:
    """Straight and curly quotation marks, mostly unbalanced, with short words between."""
    return _repeat('"a "b \u201cc \u201d d\u201c" \u2018e\u2019 \'f "', size)


def said(size: int) -> str:
    """`said said said`: every word a speech cue, no speaker, no quote."""
    return _repeat("said ", size)


def one_line(size: int) -> str:
    """News text with every line break turned into a space: one unbroken line."""
    return news(size).replace("\n", " ")


def one_word(size: int) -> str:
    """One token with no space or punctuation at all."""
    return _repeat("abcdefghij", size)


def nested_brackets(size: int) -> str:
    """Deeply nested brackets, opened all the way down then closed."""
    half = size // 2
    opened = _repeat("([{", half)
    closed = "".join({"(": ")", "[": "]", "{": "}"}[c] for c in reversed(opened))
    return (opened + closed)[:size].ljust(size, ")")


def unicode_punctuation(size: int) -> str:
    """Unicode quotes and dashes, with and without words and figures around them."""
    return _repeat(
        "\u201c\u2014\u2013\u201d \u2018\u2019 \u2015\u2012\u2212 \u00ab\u00bb \u201e\u201f \u2039\u203a "
        "\u201cNo\u2014\u201d she said \u2013 \u201810\u201320\u2019 \u20145\u2212 ",
        size,
    )


def invisible(size: int) -> str:
    """News text with zero-width and control characters between every few characters."""
    marks = "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00\x01\x07\x1b\x7f\x85\u2028\u2029\u200e\u200f\u202e\r\x0c\x0b"
    text = news(size)
    out = []
    for i in range(0, len(text), 3):
        out.append(text[i : i + 3])
        out.append(marks[(i // 3) % len(marks)])
    return "".join(out)[:size]


def mixed_scripts(size: int) -> str:
    """Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, CJK, Thai, emoji and combining marks mixed."""
    return _repeat(
        "Путин said «Это» on Вторник. 習近平說：「今天」2022年12月13日。"
        "قال الرئيس إن ٣٥٪ Ελλάδα είπε “Ναι” שָׁלוֹם नमस्ते १२३ ไทย ๒๕๖๕ "
        "e\u0301te\u0301 Z\u0335\u0321a\u0337\u0322l\u0336g\u0334o\u0338 🇺🇦 👍🏽 ＄５ ｍｉｌｌｉｏｎ ",
        size,
    )


def figure_notations(size: int) -> str:
    """Counts and the notations of the figure grammar over and over: a long run of counts is where a
    look back over every earlier figure shows itself."""
    return _repeat(
        "minus five people, 911 calls to 911, 3 m x 2 m, 15 dollars 50. one over three; 2^10 cells, "
        "the 787 that flew, two point five per cent, a mile and a half, 12 km^2, 1 of 4 A man, "
        "4 thousand 2 hundred and 6 and two thirds, nought point five, seven fifths, 40 000 ",
        size,
    )


# Name -> builder. The order is the table's order in the benchmark and the test report.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "capitalised words": capitalised,
    "capitalised stop words": capitalised_function_words,
    "digits and commas": digits_commas,
    "quotation marks": quotation_marks,
    "said said said": said,
    "one unbroken line": one_line,
    "one unbroken word": one_word,
    "nested brackets": nested_brackets,
    "unicode quotes, dashes": unicode_punctuation,
    "zero-width, control": invisible,
    "mixed scripts": mixed_scripts,
    "figure notations": figure_notations,
}
