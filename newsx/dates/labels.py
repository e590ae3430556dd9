"""Publication stamps in other languages than English, as web pages write them beside a story:
"Veröffentlicht am 14. Mai 2019", "Publicado el 5 de agosto de 2020", "Publié le 3 mars 2021",
"Pubblicato il 3 marzo 2021", "Publicado em 5 de agosto de 2020", "Gepubliceerd op 14 mei 2019",
and their update stamps ("Aktualisiert am 15.05.2019", "Mis à jour le ..."). The words are data in
``newsx.lexicon.bylines``. A publication stamp wins over an update stamp wherever each stands; a
numeric day is read day first (14.05.2019, 14/05/2019) or as ISO (2019-05-14).
"""
from __future__ import annotations

import re

from ..lexicon.bylines import LABEL_PREPOSITIONS, MONTH_NAMES, PUBLISHED_LABELS, UPDATED_LABELS
from ..model import Published
from .normalise import valid_day

LABEL_REACH = 50  # how far after its label a stamp's date may start


def _choice(words: set[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTHS = {name: number for names in MONTH_NAMES.values() for name, number in names.items()}
_RX_LABEL = re.compile(
    rf"(?<!\w)(?:(?P<published>{_choice({w for ws in PUBLISHED_LABELS.values() for w in ws})})"
    rf"|(?P<updated>{_choice({w for ws in UPDATED_LABELS.values() for w in ws})}))(?!\w)\s*:?",
    re.IGNORECASE,
)
_RX_PREPOSITION = re.compile(rf"(?:{_choice(set(LABEL_PREPOSITIONS))})\s+", re.IGNORECASE)
RX_UPDATED_LABEL = re.compile(rf"(?<!\w)(?:{_choice({w for ws in UPDATED_LABELS.values() for w in ws})})(?!\w)", re.IGNORECASE)
_RX_DATE = re.compile(
    rf"(?<![\w.])(?:(?P<d>\d{{1,2}})(?:\.|er|º)?\s*(?:de\s+)?(?P<m>{_choice(set(_MONTHS))})(?!\w)\.?,?\s*(?:de\s+)?(?P<y>\d{{4}})"
    rf"|(?P<nd>\d{{1,2}})[./-](?P<nm>\d{{1,2}})[./-](?P<ny>\d{{4}})"
    rf"|(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d))(?!\d)",
    re.IGNORECASE,
)


def labelled_stamp(text: str) -> Published | None:
    """The first publication stamp of these languages in text, else its first update stamp
    (rule ``byline-updated``), else None."""
    stamps = labelled_stamps(text)
    return next((found for found, updated in stamps if not updated), stamps[0][0] if stamps else None)


def labelled_stamps(text: str) -> list[tuple[Published, bool]]:
    """Each labelled stamp of these languages in text with whether its label is an update one (rule
    ``byline`` or ``byline-updated``). A label a lowercase word leads on its line is a sentence's
    verb, no stamp."""
    stamps = []
    for label in _RX_LABEL.finditer(text):
        if not _in_position(text, label.start()):
            continue
        start = label.end()
        prep = _RX_PREPOSITION.match(text, start)
        start = prep.end() if prep else start
        m = _RX_DATE.search(text, start, start + LABEL_REACH + 20)
        if m is None or m.start() > start + LABEL_REACH:
            continue
        value = _value(m)
        if value is None:
            continue
        updated = label["updated"] is not None
        stamps.append((Published(value, m.group(), m.start(), m.end(), "byline-updated" if updated else "byline"), updated))
    return stamps


def _in_position(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    words = text[line_start:start].rstrip(" \t,").rsplit(None, 1)
    last = words[-1] if words else ""
    return not (last.isalpha() and last.islower())


def _value(m: re.Match[str]) -> str | None:
    if m["m"]:
        y, mo, d = int(m["y"]), _MONTHS[m["m"].lower()], int(m["d"])
    elif m["nd"]:
        y, mo, d = int(m["ny"]), int(m["nm"]), int(m["nd"])
    else:
        y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1900 <= y <= 2100 and valid_day(y, mo, d) else None
