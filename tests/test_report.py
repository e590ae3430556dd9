"""The HTML report (newsx/render/html.py): marks that nest, text that round-trips, escaping,
contrast, corpus totals and the command line. The page in a real browser: test_report_browser.py."""
from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import newsx
from newsx.cli import cli
from newsx.render.html import KINDS, PALETTE, PAGE_BACKGROUND, TEXT_INK, Finding, HtmlWriter, marked_text, nest, report

NEWS = ("date 2024-03-05\n"
        "The city council approved a $12 million budget on Monday, the mayor said.\n"
        "\u201cWe will hire 40 more teachers next year,\u201d said Maria Lopez, the council's finance chair.\n"
        "Two officials said the vote followed a month of talks.\n")


def _record(text: str, source: str = "a.txt", **kwargs: Any) -> dict[str, Any]:
    record = newsx.extract(text, source=source, **kwargs).to_dict()
    record["text"] = text
    return record


class _Page(HTMLParser):
    """What a browser's parser sees: the text outside tags, the script blocks, the tag balance."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.text: list[str] = []
        self.bad: list[str] = []
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"meta", "input", "br"}:
            return
        self.stack.append(tag)
        if tag == "script":
            self._script = dict(attrs)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.bad.append(tag)
            return
        self.stack.pop()
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts.append((self._script, data))
        else:
            self.text.append(data)


def _parsed(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert not parser.bad and not parser.stack, (parser.bad, parser.stack)
    return parser


def _strip(fragment: str) -> str:
    """The text a fragment shows: tags out, character references read."""
    return html.unescape(re.sub(r"<[^>]*>", "", fragment))


# --- nesting ----------------------------------------------------------------------------------------

NESTING = [
    # (spans as (kind, start, end), expected pieces as (start, end, finding))
    ([("quote", 0, 10), ("date", 2, 4)], [(0, 10, 0), (2, 4, 1)]),
    # crossing: the later one is cut where the enclosing one ends, and goes on after it
    ([("quote", 0, 10), ("event", 5, 15)], [(0, 10, 0), (5, 10, 1), (10, 15, 1)]),
    # the same span: the quote outside, the date inside
    ([("date", 3, 8), ("quote", 3, 8)], [(3, 8, 0), (3, 8, 1)]),
    # side by side, touching
    ([("figure", 0, 3), ("figure", 3, 6)], [(0, 3, 0), (3, 6, 1)]),
    # three deep, the innermost crossing two ends
    ([("quote", 0, 20), ("event", 2, 10), ("figure", 8, 14)], [(0, 20, 0), (2, 10, 1), (8, 10, 2), (10, 14, 2)]),
]


@pytest.mark.parametrize(("spans", "expected"), NESTING)
def test_nest(spans: list[tuple[str, int, int]], expected: list[tuple[int, int, int]]) -> None:
    marks = sorted((Finding(kind, start, end, "", []) for kind, start, end in spans),
                   key=lambda f: (f.start, -f.end, KINDS.index(f.kind)))
    assert sorted(nest(marks)) == sorted(expected)


def test_nest_bounds_the_pieces_of_one_finding() -> None:
    # One long event crossing 200 side-by-side quotes would be cut 200 times: it stops at a bound.
    marks = [Finding("event", 1, 1000, "", [])]
    marks += [Finding("quote", n, n + 3, "", []) for n in range(0, 1000, 5)]
    marks.sort(key=lambda f: (f.start, -f.end, KINDS.index(f.kind)))
    pieces = nest(marks)
    event = next(n for n, mark in enumerate(marks) if mark.kind == "event")
    assert 1 < sum(1 for *_, n in pieces if n == event) <= 16


spans = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 40), st.integers(1, 12)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab <>&\"'\u202e\n\r\0\ud800", min_size=1, max_size=40), raw=spans)
def test_marked_text_round_trips_and_nests(text: str, raw: list[tuple[str, int, int]]) -> None:
    marks = [Finding(kind, start, min(start + length, len(text)), "x", ["k"]) for kind, start, length in raw
             if start < len(text)]
    marks.sort(key=lambda f: (f.start, -f.end, KINDS.index(f.kind)))
    fragment = marked_text(text, marks, "a0-")
    # The page shows the text, character for character: a CR as a reference (a raw one would be read
    # as LF), a NUL or a lone surrogate (which the parser drops, UTF-8 cannot hold) as U+FFFD.
    assert _strip(fragment) == text.replace("\0", "\ufffd").replace("\ud800", "\ufffd")
    assert "\r" not in fragment
    fragment.encode("utf-8")
    assert fragment.count("<mark") == fragment.count("</mark>")
    assert re.sub(r"<mark [^>]*>|</mark>", "", fragment).count("<") == 0
    _parsed(f"<div>{fragment}</div>")
    # Each finding is focusable once, under its own id.
    for n in range(len(marks)):
        assert fragment.count(f'id="a0-f{n}"') == 1


# --- one article --------------------------------------------------------------------------------------


def test_every_quote_is_marked_with_its_speaker() -> None:
    record = _record(NEWS)
    page = report([record])
    speakers = re.findall(r'<mark [^>]*class="nx nx-quote"[^>]*data-speaker="([^"]*)"', page)
    assert speakers == [html.escape(q["speaker"]["name"]) if q["speaker"] else "" for q in record["quotes"]]
    assert "Maria Lopez" in speakers
    # Time expressions carry their value, figures their value and unit.
    assert 'data-label="2024-03-04"' in page  # Monday before the publication date
    assert 'data-label="12,000,000 USD"' in page


def test_one_article_is_shown_without_script() -> None:
    page = report([_record(NEWS)])
    parsed = _parsed(page)
    shown = "".join(parsed.text)
    assert "The city council approved" in shown
    assert "x-newsx-article" not in page  # no inert block: the article is in the page itself
    assert [attrs.get("type") for attrs, _ in parsed.scripts] == [None]  # report.js only


def test_article_text_is_escaped() -> None:
    text = ('date 2024-03-05\n<script>alert("x")</script> & <img src=x onerror=alert(1)> '
            "\u202eevil\u202c said the mayor, \u201cNo <b>bold</b> moves.\u201d\n")
    record = _record(text, source='<b>"odd" name</b>\u202e.txt')
    page = report([record])
    parsed = _parsed(page)
    assert "<script>alert" not in page and "<img" not in page and "<b>bold" not in page
    assert '<bdi>&lt;b&gt;&quot;odd&quot; name&lt;/b&gt;\u202e.txt</bdi>' in page
    article = re.search(r'<article class="text" dir="auto">(.*?)</article>', page, re.S)
    assert article is not None and _strip(article.group(1)) == text
    assert len(parsed.scripts) == 1


def test_corpus_blocks_cannot_be_closed_by_the_text() -> None:
    hostile = _record("date 2024-03-05\n</script><script>alert(1)</script> <!-- x --> \u2028 said Ann Lee.\n",
                      source="</script>.txt")
    page = report([_record(NEWS), hostile])
    parsed = _parsed(page)
    blocks = [data for attrs, data in parsed.scripts if attrs.get("type") == "text/x-newsx-article"]
    assert len(blocks) == 2
    for block in blocks:
        assert "</script" not in block.lower() and "<!--" not in block and "<script" not in block.lower()
    assert "alert(1)" in _strip(blocks[1])


def test_long_line_and_no_text() -> None:
    line = ("The minister said prices rose 3 percent on Tuesday. " * 4000).strip()
    page = report([_record("date 2024-03-05\n" + line)])
    assert page.count('class="nx nx-date"') >= 4000
    record = _record(NEWS)
    del record["text"]
    page = report([record])
    assert "--include-text" in page and "Maria Lopez" in page  # panels, without the text


def test_panels_link_to_marks() -> None:
    page = report([_record(NEWS)])
    targets = set(re.findall(r'data-goto="([^"]+)"', page))
    ids = set(re.findall(r'id="(a0-f\d+)"', page))
    assert targets and targets <= ids
    assert "Timeline" in page and "Officials" in page and "Figures" in page


def test_sections_not_asked_for_are_left_out() -> None:
    record = _record(NEWS, sections=("quotes",))
    page = report([record])
    assert 'class="nx nx-quote' in page and 'class="nx nx-figure' not in page and "<h3>Figures" not in page
    assert 'class="nx nx-date"' in page  # the publication date is always there


# --- contrast (WCAG 2.1) ----------------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("kind", sorted(PALETTE))
def test_colours_have_enough_contrast(kind: str) -> None:
    background, ink, _line = PALETTE[kind]
    assert _contrast(TEXT_INK, background) >= 7  # the text on its mark: AAA
    assert _contrast(ink, PAGE_BACKGROUND) >= 4.5  # labels: AA
    assert _contrast(ink, background) >= 4.5


def test_kinds_differ_by_more_than_colour() -> None:
    lines = [line for _bg, _ink, line in PALETTE.values()]
    assert len(set(lines)) == len(lines)


# --- the corpus ------------------------------------------------------------------------------------------


def test_corpus_totals_and_index() -> None:
    records = [
        _record(NEWS, source="one.txt"),
        _record("date 2024-05-02\n\u201cWe are ready,\u201d said Maria Lopez, the council's finance chair. "
                "A senior official said the plan would cost 3 percent more.\n", source="two.txt"),
        {"schema_version": 2, "source": "bad.txt", "error": {"type": "InputError", "message": "not UTF-8 <x>"}},
    ]
    page = report(records)
    parsed = _parsed(page)
    shown = " ".join(parsed.text)
    assert "3 articles" in shown and "1 errors" in shown
    # Maria Lopez: quoted in both articles
    row = re.search(r"<tr><td><bdi>Maria Lopez</bdi></td><td>[^<]*</td><td class=num>(\d+)</td><td class=num>(\d+)</td>",
                    page)
    assert row is not None and int(row.group(1)) >= 2 and row.group(2) == "2"
    assert "anonymous" in shown
    assert "USD" in shown and "%" in shown
    assert re.search(r"<td class=when>2024-0[35]</td>", page)
    assert "error: not UTF-8 &lt;x&gt;" in page
    for n in range(3):
        assert f'href="#art-{n}"' in page
    assert page.count('data-for="art-') == 3


def test_writer_streams_articles_as_they_come() -> None:
    import io

    stream = io.StringIO()
    writer = HtmlWriter(stream)
    writer.write(_record(NEWS, source="one.txt"))
    assert stream.getvalue() == ""  # one record: it may be the only one
    writer.write(_record(NEWS, source="two.txt"))
    assert stream.getvalue().count("x-newsx-article") == 2
    writer.close()
    assert stream.getvalue().rstrip().endswith("</html>")


def test_empty_report() -> None:
    page = report([])
    _parsed(page)
    assert "No articles." in page


# --- the command line -----------------------------------------------------------------------------------------


@pytest.fixture()
def articles(tmp_path: Any) -> Any:
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NEWS.replace("Maria Lopez", "Ann Brown"), encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    return tmp_path


def test_cli_format_html_to_stdout(articles: Any) -> None:
    result = CliRunner().invoke(cli, ["extract", "--format", "html", str(articles / "a.txt")])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>") and "Maria Lopez" in result.stdout
    assert '"schema_version"' not in result.stdout  # the page, not JSON


def test_cli_html_from_output_name(articles: Any) -> None:
    out = articles / "report.HTML"
    result = CliRunner().invoke(cli, ["extract", "-q", str(articles / "a.txt"), str(articles / "b.txt"),
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.count('data-for="art-') == 2 and "Ann Brown" in page


def test_cli_html_keeps_failed_inputs_in_the_index(articles: Any) -> None:
    out = articles / "r.html"
    result = CliRunner().invoke(cli, ["extract", "-q", str(articles), "-o", str(out)])
    assert result.exit_code == 1
    assert "c.txt" in result.stderr and "error" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count('data-for="art-') == 3 and "1 errors" in page


def test_cli_html_only_sections(articles: Any) -> None:
    result = CliRunner().invoke(cli, ["extract", "--format", "html", "--only", "figures", str(articles / "a.txt")])
    assert result.exit_code == 0
    assert 'class="nx nx-figure' in result.stdout and 'class="nx nx-quote' not in result.stdout


def test_cli_html_with_output_dir_is_a_usage_error(articles: Any) -> None:
    result = CliRunner().invoke(cli, ["extract", "--format", "html", "--output-dir", str(articles / "o"),
                                      str(articles / "a.txt")])
    assert result.exit_code == 2
    assert "--format html" in result.stderr and result.stdout == ""


def test_json_is_unchanged_by_the_report(articles: Any) -> None:
    result = CliRunner().invoke(cli, ["extract", "--format", "json", str(articles / "a.txt")])
    assert "text" not in json.loads(result.stdout)  # --include-text is only implied for the report
