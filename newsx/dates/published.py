"""The publication date: ``detect_published`` tries these rules in order on the head of the text
(the first ``HEAD_CHARS`` characters) and returns the first date found:
  1. ``header``   a first line ``date YYYY-MM-DD`` (read by the document: ``doc.header``);
  2. ``dateline`` a line near the top holding a full date (``Sunday, March 8, 2015``,
                  ``WASHINGTON, Dec. 13, 2022 (AP) --``); ``byline`` when a cue leads that line;
  3. ``byline``   ``Published ... December 13, 2022``, ``Updated Dec 13, 2022``, ``By Jane Doe | ...``,
                  or an ISO / numeric date after such a cue;
  4. only when nothing better exists, a dateline without its year (``dateline-yearless``: the year the
     text names most often, fitted to a given weekday) or with a weekday alone (``dateline-weekday``:
     that weekday on or after the latest full date in the story).
Each candidate must be a real calendar day with a year in 1900-2100.
"""
from __future__ import annotations

import datetime as dt
import re

from ..doc import Doc
from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..model import Published
from .normalise import day_number, valid_day
from .patterns import DAY, MONTH, RX_ISO, RX_NAMED_YEAR, RX_NUMERIC, WEEKDAY, WEEKDAY_ANY, icase

HEAD_CHARS = 600
BODY_CHARS = 6000  # how far the partial dateline rules read the story for its year and latest date

RX_FULL_DATE = icase(
    rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?"
    rf"(?:(?P<m1>{MONTH})\.?\s+(?P<d1>{DAY}),?\s+|(?P<d2>{DAY})\s+(?P<m2>{MONTH})\.?,?\s+)(?P<y>\d{{4}})\b"
)
RX_BYLINE_CUE = icase(r"\b(?:published|updated|posted|last\s+modified|by\s+[A-Z][^\n|]{0,60}[|\u2022\-\u2014])")
RX_BYLINE_LEAD = icase(r"\b(?:published|updated|posted|by)\b")
# A wire dateline's place: "WASHINGTON, ", "NAIROBI, Kenya, " (upper-case city, optional region).
RX_WIRE = re.compile(r"[A-Z][A-Z .'-]{1,40},(?:\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?,)?\s*")
RX_NON_WORD = re.compile(r"\W*")
# A dateline without a year ("WASHINGTON, Dec. 13 (Reuters) -", "Tuesday, Dec. 13") or with a
# weekday only ("KYIV, Tuesday (AP) -"): the last resort, completed from the text itself.
RX_PARTIAL_DATELINE = icase(
    rf"(?:(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?P<m>{MONTH})\.?\s+(?P<d>{DAY})(?![\d:]|,?\s*\d{{4}})|(?P<wdonly>{WEEKDAY}))"
    r"(?=[ \t]*(?:\(|[-\u2013\u2014:]|\n|\Z))"  # then the agency, a dash or the end of the line
)
RX_BODY_FULL_DATE = icase(rf"(?P<m1>{MONTH})\.?\s+(?P<d1>{DAY}),?\s+(?P<y>\d{{4}})\b|(?P<d2>{DAY})\s+(?P<m2>{MONTH})\.?,?\s+(?P<y2>\d{{4}})\b")


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


def published_dateline(doc: Doc) -> Published | None:
    """A full date that starts a line (Wikinews) or follows a wire place name near the top."""
    text = doc.text
    head = text[:HEAD_CHARS]
    for m in RX_FULL_DATE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        lead = head[line_start:m.start()]
        if lead.strip() and not RX_WIRE.fullmatch(lead) and not RX_NON_WORD.fullmatch(lead):
            if not RX_BYLINE_LEAD.search(lead):
                continue
            rule = "byline"
        else:
            rule = "dateline"
        value = _published_from(m)
        if value:
            return Published(value, m.group(), m.start(), m.end(), rule)
    return None


def published_byline(doc: Doc) -> Published | None:
    """A full, ISO or numeric date just after a byline cue ("Published", "Updated", "By NAME |")."""
    text = doc.text
    head = text[:HEAD_CHARS]
    for cue in RX_BYLINE_CUE.finditer(head):
        m = RX_FULL_DATE.search(head, cue.end(), min(len(head), cue.end() + 60))
        if m:
            value = _published_from(m)
            if value:
                return Published(value, m.group(), m.start(), m.end(), "byline")
        for rx in (RX_ISO, RX_NUMERIC):
            m = rx.search(head, cue.end(), min(len(head), cue.end() + 40))
            if m and len(m["y"]) == 4:
                y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
                if 1900 <= y <= 2100 and valid_day(y, mo, d):
                    return Published(f"{y:04d}-{mo:02d}-{d:02d}", m.group(), m.start(), m.end(), "byline")
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
    """The day a full-date match gives, if it is a real one in 1900-2100."""
    month = MONTHS[(m["m1"] or m["m2"]).lower()]
    day = day_number(m["d1"] or m["d2"])
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


PUBLISHED_RULES = (published_header, published_dateline, published_byline, published_partial)
