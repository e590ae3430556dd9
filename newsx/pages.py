"""Web pages: the main text of an HTML page and the date it was published.

``read_page(page)`` parses the page once: trafilatura finds the main text, htmldate the date in the
markup. The date is the first of, in order (the record's ``published.rule`` in brackets):
  1. the page's markup (``metadata``): meta tags, JSON-LD, the URL, ``<time>`` and date-classed
     elements, htmldate's fast search for the original date, not the modified one; unless that is
     only the page's modification date (htmldate's fallback) and a stamp of step 2 or 3 says the
     page was published earlier. When the JSON-LD describes several articles with different days
     (related stories listed before the page's own), the page's own article gives the day (its
     url, @id or mainEntityOfPage is the page's address, or its headline the h1 or title). When
     the markup's day is one a visible update label gives ("Updated", "Last modified") and a
     visible publication label ("Published", "Posted") gives another, that one (``page-byline``);
  2. the stamp at the top of the main text (``header``, ``byline``, ``dateline``, a wire dateline
     without its year: newsx's own rules, ``newsx.dates.published``), which the analysis finds
     again with its span;
  3. a byline beside the main text that the extraction left out (``page-byline``): a publication
     stamp ("Published ...", "By NAME | ...", a date filling a byline's field "NAME | DATE", else
     "Updated ...": ``page-byline-updated``; the labels of German, Spanish, French, Italian,
     Portuguese and Dutch bylines too, ``newsx.dates.labels``) in the
     page's text just around where the main text starts;
  4. htmldate's thorough search of the whole page (``page``), original date first. A first of the
     month that the page never writes is htmldate's guess from a copyright year, a bare year or a
     month alone: no day, so no date.
A day htmldate read from the page's shown text, not its markup (no meta, JSON, datetime or title
attribute, nor the address gives it), must stand in the story's own element (around its h1 and the
first long line of its main text) when it also stands in the page's furniture (header, nav, aside,
footer, a masthead, a sidebar, a list of related or latest stories); the thorough search's day must
moreover stand on a stamp's short line there, not in a sentence of the story (an event's day). A
date alone on its line in the story's element above its main text is a byline of step 3.
Failing all four the analysis may still complete a partial dateline from the text. A day is read as
written: ``2022-12-13T23:30:00-05:00`` is 2022-12-13, not the day in UTC (htmldate keeps the stamp's
own day; nothing here converts it). Nothing is taken from the clock: the latest date htmldate may
accept is far ahead, not today.

A page without main text still gives its date (``PageRead.text`` is then empty).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any, NamedTuple

from .dates import detect_published
from .dates.isoday import iso_day
from .dates.labels import RX_UPDATED_LABEL, labelled_stamp, labelled_stamps
from .dates.published import BODY_CHARS, HEAD_CHARS, cue_stamp, cue_stamps, published_dateline
from .doc import read
from .lexicon.calendar import MONTHS
from .lexicon.dates import UPDATED_CUES
from .text import InputError

# The latest date htmldate may accept: far ahead, never "today" (no clock).
LATEST = "2999-12-31"
# The text stamps that date a page when its markup does not (step 2): a wire dateline without its
# year is one (the year the story names most), a weekday alone is not (the thorough search first).
TEXT_STAMPS = frozenset({"header", "byline", "dateline", "byline-updated", "dateline-yearless"})
PUBLICATION_STAMPS = frozenset({"header", "byline", "dateline"})

# How far before the main text a byline is looked for (a headline, a standfirst, the byline).
BESIDE_BEFORE = 400
# Elements that start a line of the page's text, and elements whose text is not shown.
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "table", "td", "th", "tr", "ul",
))
_SKIPPED = frozenset(("script", "style", "noscript", "template", "svg", "head", "select"))
# Where a page's markup says when it was last changed: meta names and properties, JSON-LD keys.
_MODIFIED_WORDS = ("modified", "updated")
_ARTICLE_TYPES = ("Article", "BlogPosting", "NewsArticle", "Report", "LiveBlogPosting", "SocialMediaPosting")
_RX_UPDATE_WORD = re.compile(rf"\b(?:{'|'.join(UPDATED_CUES)})\b", re.IGNORECASE)
# A stamp's line in the story: a byline, a dateline, not a sentence of the story.
STAMP_LINE = 100
_FURNITURE = "//header | //nav | //aside | //footer | " + " | ".join(
    f"//*[contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{word}')"
    f" or contains(translate(@id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{word}')]"
    for word in ("masthead", "sidebar", "related", "latest", "trending", "popular", "widget", "recommend",
                 "most-read", "top-stories", "teaser", "more-")
)
_RX_JSON_DATE = re.compile(r'"[\w@:]*"\s*:\s*"([^"]{8,40})"')
_JSON_MODIFIED = re.compile(r'"date(?:Modified|Updated)"\s*:\s*"(\d{4}-\d\d-\d\d)')


class PageRead(NamedTuple):
    """What a page gives: its main text ('' when none was found), the date read outside that text
    (None when the text's own stamp dates it, or nothing does), and the rule that names where."""

    text: str
    date: dt.date | None
    rule: str | None  # metadata, page-byline, page-byline-updated, page, or None


def read_page(page: str) -> PageRead:
    """The main text and publication date of an HTML page (module docstring). Raises InputError only
    when trafilatura is missing."""
    try:
        import trafilatura
        from htmldate import find_date
    except ImportError:
        raise InputError("reading HTML needs trafilatura: pip install 'newsx[html]'") from None
    tree = trafilatura.load_html(page)
    if tree is None:
        return PageRead("", None, None)
    url = _page_url(tree)
    # What the extraction may prune or strip: the furniture's text, the markup's attributes.
    where = _Where(_furniture_text(tree), _markup_values(tree, url), None)
    document = trafilatura.bare_extraction(tree, url=url, include_comments=False)
    text = getattr(document, "text", None) or ""
    if not text.strip():
        text = ""
    markup = iso_day(find_date(tree, extensive_search=False, original_date=True, url=url, max_date=LATEST))
    own = _own_article_day(tree, url)
    if own is not None:
        return PageRead(text, own, "metadata")
    where = where._replace(content=_content_text(tree, text))
    content = where.content
    if markup is not None and not _fits_content(where, markup, stamp_lines=False):
        markup = None  # a day shown only outside the story: a masthead's, another story's
    found = _markup_or_stamp(tree, page, text, markup, content)
    if found is not None:
        return found
    # Step 4: the slow search, only for the pages nothing else dates.
    thorough = iso_day(find_date(tree, extensive_search=True, original_date=True, url=url, max_date=LATEST))
    if thorough is not None and (thorough.day != 1 or _written(page, thorough)):
        if _fits_content(where, thorough, stamp_lines=True):
            return PageRead(text, thorough, "page")
    return PageRead(text, None, None)


def _content_text(tree: Any, text: str) -> str | None:
    """The visible text of the page's story: the closest element around both its headline (the
    first h1) and the first long line of its main text, else the <article> or <main> that holds
    that line; None when neither is found (then nothing is judged by where a date stands)."""
    first = _first_long_line(text)
    if first is None:
        return None

    def holds(element: Any) -> str | None:
        shown = _block_text(element, spaced=True)
        return shown if first in " ".join(shown.split()) else None

    for h1 in tree.iter("h1"):
        for element in h1.iterancestors():
            if element.tag in ("body", "html"):
                break
            shown = holds(element)
            if shown is not None:
                return shown
        break
    for element in tree.xpath("//article | //main | //*[@role='main']"):
        shown = holds(element)
        if shown is not None:
            return shown
    return None


def _first_long_line(text: str) -> str | None:
    """The start (60 characters, spaces made single) of the main text's first line of 60 or more: a
    line of the story, not its headline or byline, to find the story by on the page."""
    line = next((line for line in text.split("\n") if len(line.strip()) >= 60), None)
    return " ".join(line.split())[:60] if line is not None else None


class _Where(NamedTuple):
    """Where a page's dates may stand: its furniture's text, its markup's values, its story's text."""

    furniture: str
    marks: str
    content: str | None


def _fits_content(where: _Where, day: dt.date, stamp_lines: bool) -> bool:
    """Whether a day htmldate found may date the page: yes when the markup gives it (a meta, JSON-LD,
    a datetime or title attribute, the address) or the page's story cannot be told apart; else
    only when the story writes it (stamp_lines: on a short line, a stamp's, not in a sentence)."""
    content = where.content
    if content is None or _written(where.marks, day):
        return True
    lines = content.split("\n")
    if stamp_lines and _written(content, day):  # the story names the day: a stamp's, or an event's
        return _written("\n".join(line for line in lines if len(line) <= STAMP_LINE), day)
    return _written(content, day) or not _written(where.furniture, day)


def _furniture_text(tree: Any) -> str:
    """The text of the page's furniture around the story: header, nav, aside, footer and blocks
    named for a masthead, a sidebar or lists of other stories (not one that holds the headline)."""
    holders = [e for h1 in tree.iter("h1") for e in h1.iterancestors()]  # kept: lxml's proxies stay the same
    parts = []
    for element in tree.xpath(_FURNITURE):
        if not any(element is holder for holder in holders):
            parts.append(_block_text(element, spaced=True))
    return "\n".join(parts)


def _markup_values(tree: Any, url: str | None) -> str:
    """What the page's markup, not its shown text, says, a value a line: meta contents, JSON values
    (JSON-LD or a script's data), datetime, content and title attributes, the address."""
    values = [v for v in tree.xpath("//@content | //@datetime | //abbr/@title | //time/@title") if isinstance(v, str)]
    for script in tree.xpath("//script[contains(@type, 'json')]/text()"):
        values.extend(_RX_JSON_DATE.findall(script))
    values.append(url or "")
    return "\n".join(v for v in values if len(v) <= 300)


def _markup_or_stamp(tree: Any, page: str, text: str, markup: dt.date | None, content: str | None) -> PageRead | None:
    """Steps 1 to 3: the markup's date, unless it is only the last change and a stamp says the page
    was published earlier; else what a stamp gives; None when neither dates the page."""
    if markup is not None and markup not in _modified_days(tree, page):
        shown = _shown_published(_block_text(tree), markup) if _RX_UPDATE_WORD.search(page) or RX_UPDATED_LABEL.search(page) else None
        return PageRead(text, shown, "page-byline") if shown is not None else PageRead(text, markup, "metadata")
    # The markup is silent, or gives only the last change: a stamp may say more (steps 2, 3).
    stamp, found = _stamp(tree, text, content)
    if markup is not None:
        earlier = stamp is not None and stamp.rule in PUBLICATION_STAMPS and stamp.value < markup.isoformat()
        return found if earlier and found is not None else PageRead(text, markup, "metadata")
    return found


def _stamp(tree: Any, text: str, content: str | None) -> tuple[Any, PageRead | None]:
    """The stamp of step 2 (atop the main text: the analysis dates the text by it, so the reading
    gives no date) or else of step 3 (a byline beside it: the reading gives its day), and that
    reading; (None, None) when there is neither."""
    stamp = _text_stamp(text)
    if stamp is not None:
        return stamp, PageRead(text, None, None)
    if not text:
        return None, None
    beside = _beside(_block_text(tree), text)
    stamp = cue_stamp(beside) or labelled_stamp(beside) or _field_byline(beside) or _story_dateline(content, text)
    return stamp, PageRead(text, iso_day(stamp.value), f"page-{stamp.rule}") if stamp is not None else None


def _text_stamp(text: str) -> Any:
    """The stamp at the top of the main text (header, byline, dateline), or None."""
    if not text:
        return None
    found = detect_published(read(text[:BODY_CHARS]))  # a yearless dateline reads the story's years
    return found if found is not None and found.rule in TEXT_STAMPS else None


def _block_text(tree: Any, spaced: bool = False) -> str:
    """The visible text of the page, a line per block (paragraph, heading, list item, cell), scripts
    and styles left out: where bylines the main text leaves out are read."""
    from lxml import etree  # type: ignore[import-untyped]  # trafilatura's parser

    root = tree.find(".//body")
    root = tree if root is None else root
    parts: list[str] = []
    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if event == "start":
            if skipping or tag is None or tag in _SKIPPED:
                skipping += 1
                continue
            if tag in _BLOCKS:
                parts.append("\n")
            elif spaced:
                parts.append(" ")
            parts.append(element.text or "")
            continue
        if skipping:
            skipping -= 1
            if skipping:
                continue
        elif tag in _BLOCKS:
            parts.append("\n")
        elif spaced:
            parts.append(" ")
        parts.append(element.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _shown_published(page_text: str, markup: dt.date) -> dt.date | None:
    """The day a visible publication label gives ("Published", "Originally published", "Posted")
    when the markup's day is the one a visible update label gives ("Updated", "Last modified"),
    wherever each stands on the page: the page was published then, changed later. None otherwise."""
    stamps = cue_stamps(page_text) + tuple(labelled_stamps(page_text))
    updated = {iso_day(found.value) for found, is_update in stamps if is_update}
    published = [iso_day(found.value) for found, is_update in stamps if not is_update]
    if markup not in updated or markup in published:
        return None
    return next((day for day in published if day is not None), None)


def _field_byline(beside: str) -> Any:
    """A date filling a field of a byline beside the main text ("Jane Doe | 5 June 2019"), or None:
    a date alone on its line there may be another story's."""
    found = published_dateline(read(beside)) if beside else None
    return found if found is not None and found.rule == "byline" else None


def _story_dateline(content: str | None, text: str) -> Any:
    """A date alone on its line (or filling a byline's field) in the story's own element, above the
    first long line of its main text: the story's dateline when the extraction left it out."""
    if not content:
        return None
    first = _first_long_line(text)
    at = content.find(first) if first else -1
    if at <= 0:
        return None
    found = published_dateline(read(content[:at]))
    return replace(found, rule="byline") if found is not None else None


def _beside(page_text: str, text: str) -> str:
    """The stretch of the page's text around the start of its main text: the headline, the byline,
    the first lines (BESIDE_BEFORE characters before it, HEAD_CHARS from it). The main text is found
    by its first long line: a short one (a headline) may also stand in a menu or a list of links."""
    lines = [" ".join(line.split())[:60] for line in text.strip().split("\n", 3)[:3]]
    found = [(len(line) < 40, at) for line in lines if len(line) >= 10 and (at := page_text.find(line)) >= 0]
    if not found:
        return ""
    at = min(found)[1]  # the first long line found, else the first short one
    return page_text[max(0, at - BESIDE_BEFORE):at + HEAD_CHARS]


def _page_url(tree: Any) -> str | None:
    """The page's own address (canonical link, else og:url): a date in it dates the page."""
    for found in tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"):
        if isinstance(found, str) and found.strip():
            return found.strip()
    return None


def _json_objects(tree: Any) -> list[dict[str, Any]]:
    """Every object in the page's JSON-LD blocks, nested ones too (``@graph``, list items), in order;
    a block that does not parse is left out."""
    import json

    found: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            found.extend(_json_objects_in(json.loads(script.text or ""), itself=True))
        except ValueError:
            continue
    return found


def _is_article(obj: dict[str, Any]) -> bool:
    """Whether a JSON-LD object's @type names an article (NewsArticle, BlogPosting, ReportageNewsArticle...)."""
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.endswith(_ARTICLE_TYPES) for k in kinds)


def _own_article_day(tree: Any, url: str | None) -> dt.date | None:
    """The day the page's own article was published, when its JSON-LD describes several articles with
    different days (a list of related stories beside the page's own): the article object whose url,
    @id or mainEntityOfPage is the page's address, else whose headline is the page's h1 or title, else
    the only one not inside a list. None when the JSON-LD gives one day or cannot tell which is the page's."""
    objects = _json_objects(tree)
    dated = [(obj, iso_day(obj["datePublished"])) for obj in objects
             if _is_article(obj) and isinstance(obj.get("datePublished"), str)]
    dated = [(obj, day) for obj, day in dated if day is not None]
    if len({day for _, day in dated}) < 2:
        return None
    address = _bare_url(url)
    if address:
        for obj, day in dated:
            entity = obj.get("mainEntityOfPage")
            entity = entity.get("@id") if isinstance(entity, dict) else entity
            if address in {_bare_url(v) for v in (obj.get("url"), obj.get("@id"), entity) if isinstance(v, str)}:
                return day
    shown = [t for t in tree.xpath("//h1//text() | //title/text()") if isinstance(t, str)]
    titles = {_plain(part) for t in shown for part in [t, *re.split(r"\s[|\u2013\u2014-]\s", t)]}
    by_headline = {day for obj, day in dated if isinstance(obj.get("headline"), str) and _plain(obj["headline"]) in titles}
    if len(by_headline) == 1:
        return by_headline.pop()
    listed = {id(item) for obj in objects if obj.get("@type") in ("ItemList", "ListItem")
              for item in _json_objects_in(obj)}
    alone = {day for obj, day in dated if id(obj) not in listed}
    return alone.pop() if len(alone) == 1 else None


def _json_objects_in(value: Any, itself: bool = False, depth: int = 0) -> list[dict[str, Any]]:
    """The objects in a JSON value, in order, nested ones too (``@graph``, list items), down to 8
    levels; an object itself only with ``itself``."""
    found: list[dict[str, Any]] = []
    if depth > 8:
        return found
    if isinstance(value, list):
        for item in value:
            found.extend(_json_objects_in(item, True, depth + 1))
    elif isinstance(value, dict):
        if itself:
            found.append(value)
        for item in value.values():
            if isinstance(item, (list, dict)):
                found.extend(_json_objects_in(item, True, depth + 1))
    return found


def _bare_url(url: str | None) -> str:
    """An address without scheme, query, fragment or closing slash, lowercased, to compare two."""
    if not url:
        return ""
    url = re.sub(r"^[a-z]+://(www\.)?", "", url.strip().lower())
    return re.split(r"[?#]", url)[0].rstrip("/")


def _plain(text: str) -> str:
    """A headline's words, lowercased, to compare two."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _modified_days(tree: Any, page: str) -> set[dt.date]:
    """The days the markup gives as the page's last change (``article:modified_time``,
    ``og:updated_time``, ``dateModified``): htmldate falls back to one when no publication date is
    marked up."""
    values = [_JSON_MODIFIED.findall(page)]
    for element in tree.iter("meta"):
        key = " ".join(element.get(name, "") for name in ("property", "name", "itemprop")).lower()
        if any(word in key for word in _MODIFIED_WORDS):
            values.append([element.get("content", "")])
    days = set()
    for value in (v for group in values for v in group):
        day = iso_day(value)
        if day is not None:
            days.add(day)
    return days


def _written(page: str, day: dt.date) -> bool:
    """The page writes this day: in digits (2021-03-01, 20210301, 01.03.2021, 3/1/2021) or with an
    English month name (March 1, 2021; 1 March 2021; 1st of March 2021)."""
    y, m, d = day.year, day.month, day.day
    names = "|".join(name for name, number in MONTHS.items() if number == m)
    digits = (
        rf"{y}[-/._]0?{m}[-/._]0?{d}(?!\d)|{y}{m:02d}{d:02d}(?!\d)"
        rf"|(?<!\d)0?{d}[-/.]0?{m}[-/.]{y}|(?<!\d)0?{m}/0?{d}/{y}"
    )
    words = (
        rf"\b(?:{names})\.?\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}"
        rf"|(?<!\d)0?{d}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?:{names})\b\.?,?\s+{y}"
    )
    return re.search(rf"(?<!\d)(?:{digits})|{words}", page, re.IGNORECASE) is not None
