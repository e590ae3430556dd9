"""Web pages: publication dates of pages written in the styles of several publishing systems (all
made up, in tests/data/pages with their expected day in expected.json), compared with plain
htmldate; pages without text; odd pages."""
from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsx.batch import Options, analyse
from newsx.cli import cli
from newsx.inputs import Unit
from newsx.model import plain

from .helpers import assert_valid

pytest.importorskip("trafilatura")

from newsx.dates.published import cue_stamp  # noqa: E402
from newsx.pages import _beside, _block_text, _written  # noqa: E402 - needs trafilatura's lxml

PAGES = Path(__file__).resolve().parent / "data" / "pages"
EXPECTED: dict[str, str | None] = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))

# Where the date of some pages comes from (module docstring of newsx.pages).
RULES = {
    "wordpress.html": "metadata",                 # article:published_time, not the modified time
    "late-evening-offset.html": "metadata",       # 23:30 at -05:00 is still the 13th
    "metadata-only.html": "metadata",             # no main text: the date is kept
    "modified-meta-byline.html": "page-byline",   # only a modified time marked up, an earlier byline
    "updated-first.html": "page-byline",          # "Updated ... Published ...": the published one
    "byline-visible.html": "byline",              # "Published 3 March 2021, updated ..." in the text
    "wire-dateline.html": "dateline",             # the text's dateline, not the copyright year
    "strong-date.html": "page",                   # only the thorough search finds it
    "first-of-month.html": "page",                # a first of the month the page writes stands
    "copyright-only.html": None,                  # htmldate's copyright-year guess does not
    "wire-yearless.html": "dateline-yearless",    # the wire dateline, its year from the story
}


def _record(name: str, data: bytes | None = None) -> dict:
    data = (PAGES / name).read_bytes() if data is None else data
    [outcome] = analyse(Unit(source=name, kind="html", data=data), Options(include_text=True))
    return plain(outcome.payload)


def test_every_page_has_an_expected_day() -> None:
    assert sorted(EXPECTED) == sorted(p.name for p in PAGES.glob("*.html"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_date(name: str) -> None:
    record = _record(name)
    published = record.get("published")
    assert (published["value"] if published else None) == EXPECTED[name]
    if name in RULES:
        assert (published["rule"] if published else None) == RULES[name]
    if "error" not in record:
        assert_valid(record, record["text"])


def test_newsx_dates_pages_at_least_as_well_as_htmldate() -> None:
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    ours = theirs = 0
    for name, day in EXPECTED.items():
        published = _record(name).get("published")
        ours += (published["value"] if published else None) == day
        theirs += find_date((PAGES / name).read_bytes(), extensive_search=True, original_date=True) == day
    assert ours == len(EXPECTED)
    assert ours >= theirs


def test_a_page_without_text_keeps_its_date(tmp_path: Path) -> None:
    (tmp_path / "video.html").write_bytes((PAGES / "metadata-only.html").read_bytes())
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "video.html")])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["published"] == {"value": "2022-06-30", "text": None, "start": None, "end": None,
                                   "rule": "metadata"}
    assert [w["code"] for w in record["warnings"]] == ["no-text"]
    assert record["dates"] == [] and record["quotes"] == [] and record["events"] == []


def test_a_page_without_text_nor_date_is_an_error() -> None:
    record = _record("x.html", b"<html><head><title>t</title></head><body><script>var x = 1;</script></body></html>")
    assert record["error"]["message"] == "no article text found in this page"


@pytest.mark.parametrize("data", [
    b"", b"<html></html>", b"\x00\x01\x02", b"<" * 20000, b"<div>" * 5000 + b"Published March 4, 2021",
    b"plain words, no markup at all, Published March 4, 2021",
    b'<html><head><script type="application/ld+json">{"datePublished": "2021-02-30T10:00:00Z",</script></head></html>',
    b'<html><head><meta property="article:published_time" content="not a date"></head><body><p>x</p></body></html>',
    "<html><body><p>Caf\u00e9 \U0001f600 Published 4 March 2021</p></body></html>".encode(),
])
def test_odd_pages_give_one_record(data: bytes) -> None:
    record = _record("odd.html", data)
    assert set(record) >= {"schema_version", "source"}
    if "error" not in record:
        assert_valid(record, record["text"])


WRITTEN = [
    ("<p>1 March 2021</p>", dt.date(2021, 3, 1), True),
    ("Posted March 1st, 2021", dt.date(2021, 3, 1), True),
    ('content="2021-03-01T10:00:00Z"', dt.date(2021, 3, 1), True),
    ("Stand: 01.03.2021", dt.date(2021, 3, 1), True),
    ("on 3/1/2021 at noon", dt.date(2021, 3, 1), True),
    ("/img/20210301_pier.jpg", dt.date(2021, 3, 1), True),
    ("the 1st of March 2021", dt.date(2021, 3, 1), True),
    ("Jan. 1, 2021", dt.date(2021, 1, 1), True),
    # a year, a month, another day: no first of the month
    ("\u00a9 2021 Example Media", dt.date(2021, 1, 1), False),
    ("Archive: March 2021", dt.date(2021, 3, 1), False),
    ("11 March 2021", dt.date(2021, 3, 1), False),
    ("March 10, 2021", dt.date(2021, 3, 1), False),
    ("2021-03-10", dt.date(2021, 3, 1), False),
    ("1 April 2021", dt.date(2021, 3, 1), False),
]


@pytest.mark.parametrize("page,day,expected", WRITTEN)
def test_written(page: str, day: dt.date, expected: bool) -> None:
    assert _written(page, day) is expected


def test_block_text_lines() -> None:
    import trafilatura

    tree = trafilatura.load_html(
        "<html><head><title>T</title></head><body><h1>Title</h1><p>By <a href='/j'>Jane Doe</a> | "
        "<span>March 4, 2021</span></p><script>var x = 'Published 1 May 2020';</script>tail<!-- c --></body></html>"
    )
    assert _block_text(tree) == "Title\nBy Jane Doe | March 4, 2021\ntail"


def test_the_byline_beside_the_main_text_not_beside_a_menu_link() -> None:
    body = "The fire station on the east side of town will stay open after the county found money."
    page_text = ("Most read\nFire station to stay open\nPosted March 1, 2021\n" + "More stories\n" * 50
                 + "Fire station to stay open\nBy Jane Doe | March 4, 2021\n" + body + "\nComments")
    stamp = cue_stamp(_beside(page_text, "Fire station to stay open\n" + body))
    assert stamp is not None and (stamp.value, stamp.rule) == ("2021-03-04", "byline")
    assert _beside(page_text, "A text the page does not hold at all\n") == ""
