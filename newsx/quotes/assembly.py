"""Quotes from attributions and quotations.

Rules, in order:
1. ``clause_quotes``: an attribution whose clause is (mostly) one quotation gives that quotation its
   cue and speaker (a said-after attribution wins over another); a clause holding quoted fragments
   is one ``partial`` quote running to the last closing mark; a clause without marks is
   ``indirect``.
2. ``marked_quotes``, for each quotation not absorbed into a clause:
   a. “A,” she said, “B.”: the second part shares the attribution between them (and stays
      ``direct`` when the first is);
   b. no speech: a short title in marks after a cue (told Radio Nord's "Early Edition"), a
      transcript note, an article's headline with its credit, a name or term after a word that
      names it (a film titled “Night Train”, the so-called “churn rate”, known as “the Wall”);
   c. attributed: ``direct`` when it follows its cue and opens with a capital or ends the sentence;
   d. ``called``: named by a verb before it (called the plan “a fantasy”, described as “bold”);
   e. a title of a work, or a term of three words at most inside its sentence (“churn rate” rose),
      is no quote;
   f. ``continuation``: a direct quotation (or a fragment of four words or more, ``quote-marks``)
      continues the speaker of the last attribution nearby (no mention of its own).
"""
from __future__ import annotations

import bisect

from ..lexicon.speech import NAME_MARKERS, NAMING_FORMS
from ..model import Quote, Span, Speaker
from .marks import cites_article, ends_sentence, looks_like_title, names_a_thing, segment_kind, transcript_note
from .records import Attribution, Context, Segment
from .speakers import Salience, speaker
from .subjects import sentence_subject, subject_before

_CONTINUATION_REACH = 1200  # characters from the last cue to a direct quotation it continues
_FRAGMENT_REACH = 600  # ... to a fragment of its paragraph


def quote(text: str, a: int, b: int, kind: str, attr: Attribution | None, rule: str) -> Quote:
    cue = attr.cue if attr is not None else None
    said = attr.speaker if attr is not None else None
    if said is not None and attr is not None and attr.inherit is not None and attr.rule == "participle":
        # ", saying ...": no mention of its own ("and added ..." keeps the shared subject's mention)
        said = Speaker(said.name, None, None, None, said.title, said.organization, said.anonymous)
    return Quote(text[a:b], a, b, kind, cue, said, rule)


def clause_quotes(text: str, attrs: list[Attribution], segments: list[Segment]) -> list[Quote]:
    """Give each attribution's clause to the quotation it is, or make it a partial/indirect quote."""
    starts = [s.start for s in segments]
    quotes: list[Quote] = []
    for attr in attrs:
        if attr.content is None:
            continue
        a, b = attr.content
        inside: list[Segment] = []
        best: Segment | None = None
        best_overlap = 0
        k = max(0, bisect.bisect_left(starts, a) - 1)
        while k < len(segments) and segments[k].start < b:
            seg = segments[k]
            overlap = min(seg.end, b) - max(seg.start, a)
            if overlap > 0:
                inside.append(seg)
                if overlap > best_overlap:  # the first of equals, as max() would
                    best, best_overlap = seg, overlap
            k += 1
        if best is None:
            quotes.append(quote(text, a, b, "indirect", attr, attr.rule))
            continue
        if best_overlap >= 0.75 * (b - a) or text[a:best.open].strip(" :,") == "":
            # The clause is the quotation: the quotation takes the cue and speaker.
            if best.attr is None or (best.attr.rule != "said-after" and attr.rule == "said-after"):
                best.attr = attr
            continue
        for seg in inside:
            seg.absorbed = True
        # A quotation that opens inside the clause runs on to its closing mark.
        quotes.append(quote(text, a, max(b, inside[-1].end), "partial", attr, attr.rule))
    return quotes


def marked_quotes(ctx: Context, sal: Salience, attrs: list[Attribution]) -> list[Quote]:
    """Quotations not absorbed into a clause: attributed, shared, named by a verb, or continuing."""
    text = ctx.text
    quotes: list[Quote] = []
    cue_starts = [attr.cue.start for attr in attrs]
    last: Segment | None = None  # the last attributed quotation
    for seg in ctx.segments:
        if seg.absorbed and seg.attr is None:
            continue
        kind = segment_kind(text, seg)
        if seg.attr is None and last is not None and last.attr is not None and _shares_attribution(ctx, seg, last):
            seg.attr = last.attr
            if segment_kind(text, last) == "direct":
                kind = "direct"  # the second half of a direct quotation split by its attribution
        words = text[seg.start:seg.end]
        if _no_speech(ctx, seg, words):
            continue
        if seg.attr is not None:
            if kind == "partial" and text[seg.attr.cue.end:seg.open].strip(" ,:") == "" and \
                    (words[:1].isupper() or len(words.split()) >= 5 and ends_sentence(text, seg)):
                kind = "direct"  # said: "Each of us ..." / said "we will stop."
            quotes.append(quote(text, seg.start, seg.end, kind, seg.attr, seg.attr.rule))
            last = seg
            continue
        found = _unattributed(ctx, sal, attrs, cue_starts, seg, kind, words)
        if found is not None:
            quotes.append(found)
    return quotes


def _shares_attribution(ctx: Context, seg: Segment, last: Segment) -> bool:
    """“A,” she said, “B.” — whether seg is the B of the attribution between them (in its sentence:
    not “A,” she said. The film, “B,” ...)."""
    text = ctx.text
    attr = last.attr
    assert attr is not None
    between = text[last.close + 1:seg.open] if seg.open - last.close < 200 else "x " * 20
    return attr.cue.start >= last.close and attr.cue.end <= seg.open and \
        len(between.split()) <= 10 and between.rstrip().endswith((",", ":")) and \
        ctx.doc.sentence_at(attr.cue.start) == ctx.doc.sentence_at(seg.open)


def _no_speech(ctx: Context, seg: Segment, words: str) -> bool:
    if seg.attr is not None and looks_like_title(words) and len(words.split()) <= 5 and words[-1:].isalnum():
        return True  # told Radio Nord's "Early Edition"
    if transcript_note(words):
        return True  # "(CROSSTALK.)"
    if seg.attr is None and _named_by_marker(ctx, seg):
        return True  # a film titled “Night Train”, the so-called “churn rate”, known as “the Wall”
    return seg.attr is None and cites_article(ctx, seg)  # "Headline" — Daily Courier, May 2, 2020


def _named_by_marker(ctx: Context, seg: Segment) -> bool:
    """Whether the word before the quotation (or before "as": "known as") names it: titled, so-called."""
    m = ctx.word_before(seg.open, max(0, seg.open - 40))
    if m >= 0 and ctx.words.low[m] == "as":
        m = ctx.word_before(ctx.words.start[m], max(0, seg.open - 40))
    return m >= 0 and ctx.words.low[m] in NAME_MARKERS


def _a_term(text: str, seg: Segment, words: str) -> bool:
    """A term of three words at most in marks, inside its sentence (“churn rate” rose), or a name
    set off by commas (The band, “Low Tide,” played): no speech, which would end in a mark of its
    own (“Never,” / “Never.”) or end the sentence."""
    parts = words.split()
    if len(parts) > 3 or ends_sentence(text, seg):
        return False
    end = words.rstrip()[-1:]
    return end.isalnum() or end == "," and all(w[:1].isupper() for w in parts) and \
        text[max(0, seg.open - 2):seg.open].strip() == ","


def _unattributed(ctx: Context, sal: Salience, attrs: list[Attribution], cue_starts: list[int], seg: Segment,
                  kind: str, words: str) -> Quote | None:
    """A quotation without an attribution: named by a verb, a title, or a continuation."""
    naming = _naming_verb(ctx, seg) if kind == "partial" else -1
    if naming >= 0:
        return None if names_a_thing(ctx, naming) else _called(ctx, sal, seg, naming, words)
    if looks_like_title(words) or _a_term(ctx.text, seg, words):
        return None
    if kind != "direct" and len(words.split()) < 4:
        return None
    # Continues the last speaker nearby (a short fragment only the speaker of its paragraph).
    said = None
    i = bisect.bisect_left(cue_starts, seg.open) - 1
    while i >= 0 and attrs[i].speaker is None and seg.open - attrs[i].cue.start < _CONTINUATION_REACH:
        i -= 1
    reach = _CONTINUATION_REACH if kind == "direct" else _FRAGMENT_REACH
    prev = attrs[i].speaker if i >= 0 else None
    if prev is not None and seg.open - attrs[i].cue.start < reach:
        said = Speaker(prev.name, None, None, None, prev.title, prev.organization, prev.anonymous)
    rule = "continuation" if kind == "direct" else "quote-marks"
    return Quote(words, seg.start, seg.end, kind, None, said, rule)


def _naming_verb(ctx: Context, seg: Segment) -> int:
    """The first naming verb (called, described, dubbed ...) in the 60 characters before a quotation,
    with no sentence end nor other mark in the 50 characters after it; -1 when there is none."""
    words, text = ctx.words, ctx.text
    i, j = ctx.doc.word_range(max(0, seg.open - 60), seg.open)
    for k in range(i, j):
        if words.text[k] in NAMING_FORMS and seg.open - words.end[k] <= 50 \
                and not any(c in ".!?;“”\"" for c in text[words.end[k]:seg.open]):
            return k
    return -1


def _called(ctx: Context, sal: Salience, seg: Segment, k: int, words: str) -> Quote:
    """called the plan “a fantasy”, described as “lacking a plan”, expressed “deep concern”."""
    w = ctx.words
    a, b = w.start[k], w.end[k]
    sentence = ctx.doc.sentence_at(a)
    sent_start = ctx.doc.sentence_starts[sentence] if sentence >= 0 else 0
    subject = subject_before(ctx, sent_start, a, b) or sentence_subject(ctx, sent_start, a)
    said = speaker(ctx, sal, subject) if subject is not None else None
    return Quote(words, seg.start, seg.end, "partial", Span(ctx.text[a:b], a, b), said, "called")
