"""The publication date: ``detect_published`` tries these rules in order on the head of the text
(the first ``HEAD_CHARS`` characters) and returns the first date found:
  1. ``header``   a first line ``date YYYY-MM-DD`` (read by the document: ``doc.header``);
  2. ``byline``   a full, ISO or numeric date just after a publication cue in stamp position
                  (``Published ... December 13, 2022``, ``Posted: 12/13/2022``, ``By Jane Doe | ...``):
                  a publication stamp wins over an update stamp wherever each stands;
  3. ``dateline`` a full date or an ISO timestamp in stamp position near the top: alone on its line
                  (``Sunday, March 8, 2015``, ``2022-12-13T10:42:00Z``), after a wire place
                  (``WASHINGTON, Dec. 13, 2022 (AP) --``, ``LAGOS — Dec. 13, 2022 —``,
                  ``GENEVA (AFP) 13 Dec 2022 -``); ``byline`` when it fills a field of a line of fields
                  (``Jane Doe · 13 December 2022 · 5 min read``). A stamp ends where its line does or
                  at an agency, a dash, a bar, a bullet or a clock time, never in a sentence
                  (``December 13, 2022, was cold`` is story);
  4. ``byline-updated`` an update stamp (``Updated Dec 13, 2022``, ``Last modified: 2022-12-13``)
                  when the text has no publication stamp nor dateline;
  5. only when nothing better exists, a dateline without its year (``dateline-yearless``: the year the
     text names most often, fitted to a given weekday) or with a weekday alone (``dateline-weekday``:
     that weekday on or after the latest full date in the story).
Each candidate must be a real calendar day with a year in 1900-2100; a timestamp gives the day as
written, whatever its UTC offset. A copyright line is no stamp, and neither is a date in a sentence
of the story ("On March 4, 2021, the council voted", "The study, published March 4, 2021, found").
"""
from __future__ import annotations

import datetime as dt
import functools
import heapq
import re
from dataclasses import replace
from operator import methodcaller

from ..doc import Doc
from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..lexicon.dates import PUBLISHED_CUES, STAMP_CUE_LEADS, UPDATED_CUES
from ..model import Published
from .isoday import iso_day
from .normalise import day_number, valid_day
from .patterns import DAY, MONTH, RX_NAMED_YEAR, RX_NUMERIC, WEEKDAY, WEEKDAY_ANY, choice, icase

HEAD_CHARS = 600
BODY_CHARS = 6000  # how far the partial dateline rules read the story for its year and latest date
CUE_REACH = 60  # how far after its cue a stamp's date may end ("Published 10:42 AM EST, Tue Dec. 13, 2022")

# Each date pattern starts at a word start (\b): tried only there, which is what keeps a search of
# the head cheap, and "dismay 5, 2021" holds no "May 5, 2021".
RX_FULL_DATE = icase(
    rf"\b(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?"
    rf"(?:(?P<m1>{MONTH})\.?\s+(?P<d1>{DAY}),?\s+|(?P<d2>{DAY})\s+(?P<m2>{MONTH})\.?,?\s+)(?P<y>\d{{4}})\b"
)
# An ISO date as stamps and feeds write it, with its clock time and UTC offset if any
# ("2022-12-13", "2022-12-13T10:42:00Z", "2022-12-13 10:42", "2022-12-13T10:42:00.000+01:00"); its
# day read by ``isoday``. Not ``patterns.RX_ISO``, the body's: a stamp's span takes in what a
# sentence's does not, a time after a space and a zone by name ("2022-12-13 10:42 UTC").
RX_STAMP_ISO = re.compile(
    r"(?<![\w/.-])\d{4}-\d\d-\d\d"
    r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:[ \t]?(?:Z|UTC|GMT|[+-]\d\d:?\d\d))?)?(?![\w/-]|\.\d|:\d)"
)
# A stamp's cue: a publication or update word, or a byline "By NAME" closed by a bar, bullet or dash.
RX_STAMP_CUE = icase(
    rf"\b(?:(?P<updated>{choice(UPDATED_CUES)})\b|(?:{choice(PUBLISHED_CUES)})\b"
    r"|by\s+[A-Z][^\n|]{0,60}[|\u2022\u00b7\-\u2013\u2014])"
)
RX_CUE_WORD = icase(rf"\b(?:{choice(UPDATED_CUES)}|{choice(PUBLISHED_CUES)}|by)\b")
RX_COPYRIGHT = icase(r"\u00a9|\(c\)|\bcopyright\b")
# A wire dateline's place: the place in capitals, maybe its region, maybe the agency, then a comma
# or a dash ("WASHINGTON, ", "NAIROBI, Kenya, ", "LAGOS \u2014 ", "NEW DELHI (Reuters) ").
RX_WIRE = re.compile(
    r"[A-Z][A-Z .'-]{1,40}(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+)?(?=[ \t]*[,(]))?"
    r"(?:[ \t]*\([A-Za-z][\w .&/-]{0,30}\)(?:[ \t]*[,\u2013\u2014-])?|[ \t]*[,\u2013\u2014-])[ \t]*"
)
RX_NON_WORD = re.compile(r"\W*")
# The end of a field in a line of fields ("Jane Doe · ", "News | World | ").
RX_FIELD_END = re.compile(r"[|\u00b7\u2022][ \t]*\Z")
# What may follow the date of a stamp: the end of its line, the agency, a dash, bar, slash or
# bullet, a clock time, the next cue ("Dec. 13, 2022 Updated Dec. 14"), or a capital that starts the
# story when the line break was lost ("Sunday, March 8, 2015 The mayor"); the rest of a sentence
# ("March 4, 2021, was cold", "March 4, 2021 was cold") may not.
RX_STAMP_END = icase(
    r"[ \t]*(?:\.?[ \t]*(?:\n|\Z)|[(|/\u2013\u2014\u00b7\u2022-]|,?[ \t]*(?:at[ \t]+)?\d{1,2}(?:[:.]\d\d|[ \t]*[ap]\.?m\b)"
    rf"|,?[ \t]*(?:{choice(UPDATED_CUES)}|{choice(PUBLISHED_CUES)})\b|(?<=[ \t])(?-i:[A-Z]))"
)
# A dateline without a year ("WASHINGTON, Dec. 13 (Reuters) -", "Tuesday, Dec. 13") or with a
# weekday only ("KYIV, Tuesday (AP) -"): the last resort, completed from the text itself.
RX_PARTIAL_DATELINE = icase(
    rf"\b(?:(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?P<m>{MONTH})\.?\s+(?P<d>{DAY})(?![\d:]|,?\s*\d{{4}})|(?P<wdonly>{WEEKDAY}))"
    r"(?=[ \t]*(?:\(|[-\u2013\u2014:]|\n|\Z))"  # then the agency, a dash or the end of the line
)
RX_BODY_FULL_DATE = icase(rf"\b(?:(?P<m1>{MONTH})\.?\s+(?P<d1>{DAY}),?\s+(?P<y>\d{{4}})\b|(?P<d2>{DAY})\s+(?P<m2>{MONTH})\.?,?\s+(?P<y2>\d{{4}})\b)")


def detect_published(doc: Doc) -> Published | None:
    """The publication date found in the head of the document's text, or None."""
    if not doc.text:
        return None
    for rule in PUBLISHED_RULES:
        found = rule(doc)
        if found is not None:
            return found
    return None


def published_header(doc: Doc) -> Published | None:
    """The ``date YYYY-MM-DD`` first line."""
    header = doc.header
    if header is None or header.day is None:
        return None
    start = header.start
    return Published(header.day.isoformat(), doc.text[start:header.day_end], start, header.day_end, "header")


def published_byline(doc: Doc) -> Published | None:
    """The first date after a publication cue ("Published", "Posted", "By Jane Doe |"), wherever an
    update stamp stands: the page was published once and may be updated many times."""
    return next((found for found, updated in cue_stamps(doc.text[:HEAD_CHARS]) if not updated), None)


def published_updated(doc: Doc) -> Published | None:
    """The first date after an update cue ("Updated", "Last modified"): the day the text was last
    changed, nearer its publication than nothing."""
    found = next((found for found, updated in cue_stamps(doc.text[:HEAD_CHARS]) if updated), None)
    return None if found is None else replace(found, rule="byline-updated")


def cue_stamp(text: str) -> Published | None:
    """Rules 2 and 4 on any piece of text: its first publication stamp, else its first update stamp.
    (A web page's bylines often stand outside its main text, where the page reader finds them.)"""
    stamps = cue_stamps(text)
    found = next((found for found, updated in stamps if not updated), None)
    if found is None and stamps:
        found = replace(stamps[0][0], rule="byline-updated")
    return found


def published_dateline(doc: Doc) -> Published | None:
    """A full date or ISO timestamp in stamp position near the top (module docstring, rule 3)."""
    head = doc.text[:HEAD_CHARS]
    dates = heapq.merge(RX_FULL_DATE.finditer(head), RX_STAMP_ISO.finditer(head), key=methodcaller("start"))
    for m in dates:
        line_start = head.rfind("\n", 0, m.start()) + 1
        rule = _lead_rule(head[line_start:m.start()])
        if rule is None or not RX_STAMP_END.match(head, m.end()):
            continue
        value = _published_from(m)
        if value:
            return Published(value, m.group(), m.start(), m.end(), rule)
    return None


def _lead_rule(lead: str) -> str | None:
    """What the text before a date on its line makes of it: ``dateline`` when nothing, punctuation or
    a wire place stands there, ``byline`` at the end of a field ("Jane Doe · "), else None (a
    sentence, a copyright line, or a cue, whose stamps the cue rules read)."""
    if RX_COPYRIGHT.search(lead) or RX_CUE_WORD.search(lead):
        return None
    if RX_NON_WORD.fullmatch(lead) or RX_WIRE.fullmatch(lead):
        return "dateline"
    return "byline" if RX_FIELD_END.search(lead) else None


@functools.lru_cache(maxsize=4)  # the publication and the update rules read the same head in turn
def cue_stamps(head: str) -> tuple[tuple[Published, bool], ...]:
    """Each cue in stamp position with the date it leads, and whether it is an update cue. The date
    must come before the next cue ("By Jane Doe | Updated Dec. 14, 2022" is an update stamp)."""
    cues = [c for c in RX_STAMP_CUE.finditer(head) if _cue_in_position(head, c.start())]
    stamps = []
    for i, cue in enumerate(cues):
        limit = cues[i + 1].start() if i + 1 < len(cues) else len(head)
        found = _date_after(head, cue.end(), min(limit, cue.end() + CUE_REACH))
        if found is not None:
            stamps.append((found, cue["updated"] is not None))
    return tuple(stamps)


def _cue_in_position(head: str, start: int) -> bool:
    """A cue leads a stamp unless a word of a sentence stands just before it on its line ("the study,
    published March 4, 2021"); "First published", "Last updated" and a field bar are stamps."""
    line_start = head.rfind("\n", 0, start) + 1
    words = head[line_start:start].rstrip(" \t,").rsplit(None, 1)
    last = words[-1] if words else ""
    return not (last.isalpha() and last.islower()) or last in STAMP_CUE_LEADS


def _date_after(head: str, start: int, end: int) -> Published | None:
    """The first full, ISO or month/day/year date in head[start:end], as a byline stamp."""
    found = [m for m in (rx.search(head, start, end) for rx in (RX_FULL_DATE, RX_STAMP_ISO, RX_NUMERIC)) if m]
    for m in sorted(found, key=methodcaller("start")):
        value = _published_from(m)
        if value:
            return Published(value, m.group(), m.start(), m.end(), "byline")
    return None


def published_partial(doc: Doc) -> Published | None:
    """A dateline lacking the year or the whole date, completed from the text: the year it names
    most often (``dateline-yearless``, the year that fits a given weekday), or for a weekday alone the
    first such weekday on or after the latest full date in the story (``dateline-weekday``)."""
    text = doc.text
    head = text[:HEAD_CHARS]
    for m in RX_PARTIAL_DATELINE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        lead = head[line_start:m.start()]
        if lead.strip() and not RX_WIRE.fullmatch(lead):
            continue
        if m["wdonly"]:
            if not lead.strip() or not m["wdonly"][0].isupper():
                continue  # a weekday alone on a line is a heading, not a dateline
            return _weekday_dateline(text, m)
        if not m["m"][0].isupper():
            continue
        return _yearless_dateline(text, m)
    return None


def _weekday_dateline(text: str, m: re.Match[str]) -> Published | None:
    """"KYIV, Tuesday (AP) -": that weekday on or after the latest full date of the story."""
    latest = _latest_body_date(text)
    if latest is None:
        return None
    wd = WEEKDAYS[m["wdonly"].lower()]
    day = latest + dt.timedelta(days=(wd - latest.weekday()) % 7)
    return Published(day.isoformat(), m.group(), m.start(), m.end(), "dateline-weekday")


def _yearless_dateline(text: str, m: re.Match[str]) -> Published | None:
    """"WASHINGTON, Dec. 13 (Reuters) -": the year the story names most often (or next to it, for
    the one where a given weekday fits)."""
    month, dd = MONTHS[m["m"].lower()], day_number(m["d"])
    year = _body_year(text)
    if year is None or not valid_day(2000, month, dd):
        return None
    years = [year]
    if m["wd"]:
        wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
        years = [y for y in (year, year - 1, year + 1) if valid_day(y, month, dd) and dt.date(y, month, dd).weekday() == wd]
    years = [y for y in years if valid_day(y, month, dd)]
    if not years:
        return None
    value = f"{years[0]:04d}-{month:02d}-{dd:02d}"
    return Published(value, m.group(), m.start(), m.end(), "dateline-yearless")


def _published_from(m: re.Match[str]) -> str | None:
    """The day a full, ISO or numeric date match gives, if it is a real one in 1900-2100."""
    if m.re is RX_STAMP_ISO:
        iso = iso_day(m.group())
        return iso.isoformat() if iso is not None and 1900 <= iso.year <= 2100 else None
    if "m1" in m.groupdict():
        month = MONTHS[(m["m1"] or m["m2"]).lower()]
        day = day_number(m["d1"] or m["d2"])
    else:
        if len(m["y"]) != 4:
            return None
        month, day = (int(m["m"]), int(m["d"])) if m["m"] else (int(m["m0"]), int(m["d0"]))  # "30/06/2014"
    year = int(m["y"])
    if 1900 <= year <= 2100 and valid_day(year, month, day):
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _body_year(text: str) -> int | None:
    """The year the text names most often (the latest on a tie), 1900-2100, else None."""
    counts: dict[int, int] = {}
    for m in RX_NAMED_YEAR.finditer(text, 0, min(len(text), BODY_CHARS)):
        y = int(m.group(1))
        if 1900 <= y <= 2100:
            counts[y] = counts.get(y, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def _latest_body_date(text: str) -> dt.date | None:
    """The latest full calendar date written in the text (the story cannot predate its events)."""
    best = None
    for m in RX_BODY_FULL_DATE.finditer(text, 0, min(len(text), BODY_CHARS)):
        month = MONTHS[(m["m1"] or m["m2"]).lower()]
        day = day_number(m["d1"] or m["d2"])
        year = int(m["y"] or m["y2"])
        if 1900 <= year <= 2100 and valid_day(year, month, day):
            d = dt.date(year, month, day)
            best = d if best is None or d > best else best
    return best


PUBLISHED_RULES = (published_header, published_byline, published_dateline, published_updated, published_partial)
