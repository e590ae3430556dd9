"""Officials: one entry per distinct speaker, merged across quotes and mentions.

Rules, in order:
1. Speakers merge by name (case-insensitively); the first title and organisation found stay; each
   quote counts, each speaker mention is kept.
2. Every occurrence of a named official's name or of an ending of it ("Ann Cole", "Cole") among
   the document's name runs is a mention, when no other official's name ends the same way.
"""
from __future__ import annotations

from ..doc import Doc
from ..model import Mention, Official, Quote, Span
from ..names import is_person_name, last_token, split_title, strip_possessive

# The longest ending of an official's name looked up as a mention of them (besides the whole name).
_MAX_NAME_ENDING = 120


class _Entry:
    __slots__ = ("name", "title", "organization", "anonymous", "quotes", "mentions")

    def __init__(self, name: str, title: str | None, organization: str | None, anonymous: bool) -> None:
        self.name = name
        self.title = title
        self.organization = organization
        self.anonymous = anonymous
        self.quotes = 0
        self.mentions: dict[tuple[int, int], Mention] = {}


def collect_officials(doc: Doc, quotes: list[Quote]) -> list[Official]:
    """One entry per distinct speaker, merged across mentions, with the count of quotes."""
    merged: dict[str, _Entry] = {}
    for found in quotes:
        sp = found.speaker
        if sp is None or not sp.name:
            continue
        key = sp.name.lower()
        entry = merged.get(key)
        if entry is None:
            entry = merged[key] = _Entry(sp.name, sp.title, sp.organization, sp.anonymous)
        entry.quotes += 1
        entry.title = entry.title or sp.title
        entry.organization = entry.organization or sp.organization
        if sp.start is not None and sp.end is not None:
            entry.mentions[(sp.start, sp.end)] = Mention(sp.start, sp.end)
    _add_name_mentions(merged, doc.names)
    return [Official(e.name, e.title, e.organization, e.anonymous, e.quotes,
                     tuple(e.mentions[k] for k in sorted(e.mentions))) for e in merged.values()]


def _add_name_mentions(merged: dict[str, _Entry], names: list[Span]) -> None:
    """Add every occurrence of a named official's name or surname ("Ann Cole", "Cole")."""
    owner_of = _name_owners(merged)
    if not owner_of:
        return
    surnames = {last_token(ending) for ending in owner_of}
    names_of: dict[str, str] = {}  # a run's text -> the name in it (title dropped), asked once per text
    for span in names:
        bare = strip_possessive(span.text)
        if not bare or bare.rsplit(None, 1)[-1] not in surnames:
            continue  # the run ends with no official's surname
        name = names_of.get(span.text)
        if name is None:
            name = names_of[span.text] = split_title(bare)[1]
        owner = owner_of.get(name)
        if owner is not None:
            at = span.text.rfind(name)
            a, b = (span.start + at, span.start + at + len(name)) if at >= 0 else (span.start, span.end)
            merged[owner].mentions[(a, b)] = Mention(a, b)


def _name_owners(merged: dict[str, _Entry]) -> dict[str, str | None]:
    """Each ending of a named official's name ("Cole", "Ann Cole") -> its one owner (None: shared).

    A mention names an official when the official's name ends with it, surname included, and no
    other official's does. Indexing the endings once keeps the lookup per mention constant: scanning
    every official of the same surname per mention was quadratic in a text of many Smiths.
    """
    owner_of: dict[str, str | None] = {}
    for key, entry in merged.items():
        full = entry.name
        if entry.anonymous or len(full.split()) < 2 or not is_person_name(full):
            continue
        surname = last_token(full).lower()
        # Endings start at a word start or a capital ("McAnn Cole" ends with "Ann Cole").
        starts = [i for i in range(max(0, len(full) - _MAX_NAME_ENDING), len(full))
                  if i == 0 or full[i].isupper() or not full[i - 1].isalnum()]
        for ending in {full[i:] for i in starts} | {full}:
            if last_token(ending).lower() != surname:
                continue
            if ending in owner_of and owner_of[ending] != key:
                owner_of[ending] = None
            else:
                owner_of[ending] = key
    return owner_of
