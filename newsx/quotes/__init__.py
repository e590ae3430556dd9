"""Quotes and the officials who said them, read from the document (``newsx.doc``).

Stages, in order (each module's docstring lists its rules in priority order):
1. ``records.Context``: the document's words, quotations (as segments), the words inside time
   expressions, the quotation marks; the name helpers' answers are kept per distinct name text.
2. ``attributions``: sentence by sentence, the cues (``cues``: speech verbs, "according to", a
   colon or a dash after a quotation), their subjects (``subjects``) and reported clauses
   (``clauses``): said-after, said-before, said-middle, participle, according-to, colon, dash.
3. ``people``: the people and organisations the text names, read once from ``doc.names``.
4. ``speakers``: each attribution's subject resolved to a speaker in text order (pronouns,
   surnames, roles, organisations, unnamed sources), with a small salience state; an attribution
   that shares a subject ("and added", ", saying") takes the speaker of the one it follows.
5. ``assembly``: clauses become quotes or give their cue and speaker to the quotation they are;
   the other quotations are attributed, shared, named by a verb ("called"), continuations, or no
   speech (``marks``: titles of works, headlines).
6. ``officials``: one entry per speaker, with every mention of the name.

Time is linear in the text: cues are candidate lists of words, each cue looks at a bounded window of
words, pronouns and roles look back over a bounded number of entities and mentions.
"""
from __future__ import annotations

from ..doc import Doc
from ..model import DateMention, Quote
from . import attributions
from .assembly import clause_quotes, marked_quotes
from .officials import collect_officials
from .people import known_names
from .records import Context
from .speakers import Salience, speaker

__all__ = ["extract_quotes", "collect_officials"]


def _span(quote: Quote) -> tuple[int, int]:
    return quote.start, quote.end


def extract_quotes(doc: Doc, dates: list[DateMention]) -> list[Quote]:
    """Direct, partial and indirect quotes with their cue and speaker."""
    text = doc.text
    if not text or not text.strip():
        return []
    ctx = Context(doc, dates)
    attrs = attributions.find(ctx)
    sal = Salience(known_names(ctx), ctx.facts)
    for attr in attrs:
        if attr.inherit is None and attr.subject is not None:
            attr.speaker = speaker(ctx, sal, attr.subject)
    for attr in attrs:
        if attr.inherit is not None:
            attr.speaker = attr.inherit.speaker
    quotes = clause_quotes(text, attrs, ctx.segments)
    quotes.extend(marked_quotes(ctx, sal, attrs))
    quotes.sort(key=_span)
    return quotes
