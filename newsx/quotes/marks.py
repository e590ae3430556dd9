"""Quotation marks: what kind of quote a quotation is, and the quotations that are no speech.

Rules, in order:
1. ``segment_kind``: a quotation is ``direct`` when it opens a sentence (after . ! ? : a line
   break or another quotation) or follows a comma with a capital; else ``partial``.
2. ``ends_sentence``: the sentence ends with the quotation (`stop."` or `stop".`).
3. Quotations that are no speech: a title of a work or a name in marks ("The Girl Who Sailed the
   Moon", ``looks_like_title``), a transcript note "(LAUGHTER.)" (``transcript_note``), and an
   article's headline credited with a dash, a source and a date on its line (``cites_article``:
   "Bridge closes" — Daily Courier, May 2, 2020).
"""
from __future__ import annotations

import re

from ..doc.quotations import ALL_MARKS, CLOSE_MARKS, OPEN_MARKS, STRAIGHT
from ..lexicon.quotes import PRONOUN_GENDERS
from ..lexicon.titles import TITLE_WORDS
from ..lexicon.verbs import AUXILIARIES
from .records import Context, Segment

__all__ = ["ALL_MARKS", "CLOSE_MARKS", "OPEN_MARKS", "STRAIGHT", "DASH_SOURCE", "segment_kind", "ends_sentence",
           "looks_like_title", "transcript_note", "cites_article"]

# A closing quotation mark, then a dash (or a horizontal bar) crediting its author: ”  — Ann Cole
DASH_SOURCE = re.compile(r"[”\"](\s{0,2}[—–―])\s{0,2}(?=[A-Za-z])")
_ENDS_SENTENCE = re.compile(r"[.!?]*(?:\s|$)")  # after a closing mark


def segment_kind(text: str, seg: Segment) -> str:
    """Direct when the quotation opens a sentence (or follows a colon or a cue's comma), else partial."""
    before = text[max(0, seg.open - 3):seg.open].rstrip()
    if not before or before[-1] in ".!?:\n" or before[-1] in CLOSE_MARKS + STRAIGHT:
        return "direct"
    if before[-1] == "," and text[seg.start:seg.start + 1].isupper():
        return "direct"
    return "partial"


def ends_sentence(text: str, seg: Segment) -> bool:
    """Whether the sentence ends with this quotation: `stop."` or `stop".` then a space or the end."""
    after = _ENDS_SENTENCE.match(text, seg.close + 1)
    if after is None or seg.close >= len(text):
        return seg.close >= len(text)
    return after.group().rstrip() != "" or text[seg.start:seg.end].rstrip()[-1:] in (".", "!", "?")


def looks_like_title(words: str) -> bool:
    """A title or a name in quotation marks ("The Girl Who Sailed the Moon"), not speech."""
    parts = words.rstrip(" .!?,;").split()
    long = [w for w in parts if len(w) > 3]
    return len(long) >= 2 and sum(w[:1].isupper() for w in long) >= 0.7 * len(long) and len(parts) <= 10


_OPENING = frozenset(OPEN_MARKS) | frozenset(STRAIGHT)


def names_a_thing(ctx: Context, k: int) -> bool:
    """"a choir called “Night Owls”", "the song called “Low Tide”": a participle in -ed
    right after a lower-case noun, then a quotation of capitalised words, gives a thing its name:
    no one is quoted (not "The senator called “Plan Zero” a failure": a verb after its subject)."""
    w = ctx.words
    if k + 2 >= len(w) or w.text[k + 1] not in _OPENING or k == 0 or not w.text[k].endswith("ed"):
        return False
    before = w.low[k - 1]
    if not w.text[k - 1].isalpha() or not w.text[k - 1].islower() or before in AUXILIARIES \
            or before in PRONOUN_GENDERS or before.endswith("ly") or before in TITLE_WORDS:
        return False
    long: list[str] = []
    for t in range(k + 2, min(len(w), k + 14)):
        if w.text[t] in ALL_MARKS:
            return bool(long) and all(p[:1].isupper() for p in long)
        if len(w.text[t]) > 3:
            long.append(w.text[t])
    return False


def transcript_note(words: str) -> bool:
    """A transcript's note in brackets ("(CROSSTALK.)"), not speech."""
    return words.startswith("(") and words.rstrip(".").endswith(")")


def cites_article(ctx: Context, seg: Segment) -> bool:
    """Whether a quotation is an article's title credited with a dash and a date on its line."""
    text = ctx.text
    m = DASH_SOURCE.match(text, seg.close)
    if m is None:
        return False
    line_end = text.find("\n", m.end(), m.end() + 200)
    i, j = ctx.doc.word_range(m.end(), line_end if line_end >= 0 else min(len(text), m.end() + 200))
    return any(ctx.dated[i:j])
