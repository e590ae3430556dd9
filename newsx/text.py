"""Decoding, paragraphs and sentences. Offsets always point into the original text."""
from __future__ import annotations

import codecs
import re

from .model import Warning


class InputError(Exception):
    """An input that cannot be analysed (binary, empty, unreadable); the message says why."""


# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, encoding: str | None = None) -> tuple[str, list[Warning]]:
    """Decode file bytes to text: UTF-8 (BOM removed), else cp1252 with a warning.

    `encoding` forces a codec (bytes it cannot decode are replaced, with a warning).
    Raises InputError for empty or binary content, or an unknown encoding.
    """
    if not data.strip():
        raise InputError("empty file")
    warnings: list[Warning] = []
    if encoding is not None:
        return _decode_forced(data, encoding, warnings), warnings
    sample = data[:8192]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("binary file (contains NUL bytes)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            text = data.decode("cp1252", errors="replace")
            warnings.append(
                Warning(
                    "not-utf8",
                    f"not valid UTF-8 (first bad byte at offset {err.start}); decoded as cp1252",
                )
            )
    head = text[:8192]
    if head and len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        raise InputError("binary file (too many control characters)")
    if not text.strip():
        raise InputError("empty file")
    return text, warnings


def _decode_forced(data: bytes, encoding: str, warnings: list[Warning]) -> str:
    """Decode with the codec the user named; undecodable bytes become U+FFFD, with a warning."""
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    try:
        text = data.decode(codec.name)
    except UnicodeDecodeError as err:
        text = data.decode(codec.name, errors="replace")
        warnings.append(
            Warning(
                "undecodable-bytes",
                f"bytes not valid {codec.name} (first at offset {err.start}) replaced with U+FFFD",
            )
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError("empty file")
    return text


# Words that end in a period without ending the sentence (titles, initials, months, corporate suffixes).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col sgt capt maj cmdr adm sen rep gov pres rev fr st jr sr
    messrs mmes hon supt det insp cpl pvt gens reps sens atty
    inc corp co ltd llc bros no nos vs etc approx dept univ assn ave blvd rd mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex va vt wash wis wyo e.g i.e a.m p.m""".split()
)

# Capitalised words that begin sentences after an acronym like "U.S." ("... in the U.S. The ...").
_SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there but and or so yet
    in on at for if when while after before as his her their its our my one some many
    most no not however meanwhile still also then""".split()
)

# A match starts only at the first mark of a run, so a long run of dots is scanned once, not once per dot.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’)\]]*(?=\s)|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]?([A-Za-z]+|\d)")


def _ends_sentence(text: str, pos: int, end: int) -> bool:
    """Whether the punctuation text[pos:end] closes a sentence."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return True
    following = nxt.group(1)
    if following[0].islower():
        return False
    if text[pos] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, pos - 30), pos + 1)
    if before is None:
        return True
    word = before.group(1).rstrip(".")
    lower = word.lower()
    if len(word) == 1 and word.isupper():
        # An initial ("John F. Kennedy") unless a common opener follows.
        return following.lower() in _SENTENCE_OPENERS
    if "." in word:
        # An acronym with periods ("U.S.", "a.m."): ends the sentence only before an opener.
        return following.lower() in _SENTENCE_OPENERS
    if lower in ABBREVIATIONS:
        return False
    return True


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in text[start:end], whitespace trimmed; linear time."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group() != "\n" and not _ends_sentence(text, m.start(), m.end()):
            continue
        _add_trimmed(text, begin, m.end(), spans)
        begin = m.end()
    _add_trimmed(text, begin, end, spans)
    return spans


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: runs of text separated by blank lines (or single newlines)."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in re.finditer(r"\n", text):
        _add_trimmed(text, begin, m.start(), spans)
        begin = m.end()
    _add_trimmed(text, begin, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
