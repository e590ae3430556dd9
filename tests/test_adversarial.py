"""The adversarial table (tests/adversarial.py) at a fast size: each input gives a valid record, and
what it finds is what such text holds. Speed on these inputs is measured in benchmarks/bench.py."""
from __future__ import annotations

import gc
import re

import pytest

import newsx
import newsx.pipeline
from newsx.names import proper_names
from newsx.model import Range
from newsx.pipeline import chunks

from .adversarial import ADVERSARIAL, news
from .helpers import assert_valid

SIZE = 12_000


@pytest.fixture(scope="module")
def articles() -> dict[str, tuple[str, newsx.Article]]:
    """Each adversarial input and what extract() finds in it, computed once."""
    found = {}
    for name, build in ADVERSARIAL.items():
        text = build(SIZE)
        found[name] = (text, newsx.extract(text))
    return found


def found(article: newsx.Article) -> dict[str, int]:
    return {name: len(getattr(article, name)) for name in ("dates", "quotes", "figures", "events")}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_valid_record(name: str, articles: dict[str, tuple[str, newsx.Article]]) -> None:
    text, article = articles[name]
    assert len(text) == SIZE
    assert_valid(article.to_dict(), text)


def test_capitalised_words(articles: dict[str, tuple[str, newsx.Article]]) -> None:
    text, article = articles["capitalised words"]
    # Only the weekday, month and other date words are dates; no lower-case speech verb, no quote.
    assert article.dates and {d.text for d in article.dates} <= {"Tuesday", "March", "May"}
    assert not article.quotes and not article.figures


def test_capitalised_stop_words(articles: dict[str, tuple[str, newsx.Article]]) -> None:
    _, article = articles["capitalised stop words"]
    assert not article.quotes and not article.officials and not article.figures


@pytest.mark.parametrize("word", ["I", "May", "The"])
def test_name_run_of_trimmed_words(word: str) -> None:
    """Regression: a run of capitalised words that are all trimmed ("I I I ...") was trimmed one list
    slice per word, quadratic: 800k characters of "May May " took 150 s in extract_quotes, now ~1 s."""
    text = f"{word} " * 100_000 + "said Theresa May"
    assert [s.text for s in proper_names(text)] == ["Theresa May"]


def test_digits_and_commas(articles: dict[str, tuple[str, newsx.Article]]) -> None:
    _, article = articles["digits and commas"]
    assert article.figures
    assert all(re.fullmatch(r"[\d.,]+", f.text) for f in article.figures)
    assert found(article) == {"dates": 0, "quotes": 0, "figures": len(article.figures), "events": 0}


def test_quotation_marks(articles: dict[str, tuple[str, newsx.Article]]) -> None:
    _, article = articles["quotation marks"]
    assert found(article) == {"dates": 0, "quotes": 0, "figures": 0, "events": 0}


def test_said_said_said(articles: dict[str, tuple[str, newsx.Article]]) -> None:
    _, article = articles["said said said"]
    # Nobody speaks and nothing is quoted; 'said' is all there is.
    assert not article.quotes and not article.officials and not article.dates and not article.figures
    assert article.events and all(e.trigger.text == "said" for e in article.events)


def test_one_unbroken_line(articles: dict[str, tuple[str, newsx.Article]]) -> None:
    _, article = articles["one unbroken line"]
    lines = newsx.extract(news(SIZE))
    # The same published date; without line breaks most items are still found.
    assert article.published is not None and article.published.value == lines.published.value
    for section, count in found(lines).items():
        assert found(article)[section] >= count * 0.6, section


@pytest.mark.parametrize("name", ["one unbroken word", "nested brackets"])
def test_nothing_to_find(name: str, articles: dict[str, tuple[str, newsx.Article]]) -> None:
    _, article = articles[name]
    assert found(article) == {"dates": 0, "quotes": 0, "figures": 0, "events": 0}
    assert article.published is None and not article.officials


def test_unicode_quotes_and_dashes(articles: dict[str, tuple[str, newsx.Article]]) -> None:
    _, article = articles["unicode quotes, dashes"]
    # "‘10–20’" is a range between dashes and quotes; no date, and every quote has its cue.
    assert any(f.text == "10\u201320" and f.value == Range(10, 20) for f in article.figures)
    assert not article.dates
    assert article.quotes and all(q.cue is not None and q.cue.text == "said" for q in article.quotes)


def test_zero_width_and_control(articles: dict[str, tuple[str, newsx.Article]]) -> None:
    text, article = articles["zero-width, control"]
    # Figures survive invisible characters between them; offsets still point into the raw text.
    assert article.figures
    assert all(text[f.start : f.end] == f.text for f in article.figures)


def test_mixed_scripts(articles: dict[str, tuple[str, newsx.Article]]) -> None:
    _, article = articles["mixed scripts"]
    # Devanagari digits are a number; no quote is invented from the Cyrillic or CJK quotation marks.
    assert any(f.text == "\u0967\u0968\u0969" and f.value == 123 for f in article.figures)
    assert not article.quotes


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_chunked_record_valid(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long input is analysed in chunks; the merged record is as valid as a whole one."""
    monkeypatch.setattr(newsx.pipeline, "CHUNK_CHARS", 2_500)
    text = ADVERSARIAL[name](8_000)
    assert_valid(newsx.extract(text).to_dict(), text)


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("a" * 10, 4, ["aaaa", "aaaa", "aa"]),  # nowhere to cut: cut at the size
        ("ab cd ef gh", 6, ["ab cd ", "ef gh"]),  # the last space
        ("One. Two. Three.", 11, ["One. Two. ", "Three."]),  # the last sentence end before a space
        ("aaaa\nbb\n\ncc\ndd", 10, ["aaaa\nbb\n\n", "cc\ndd"]),  # a blank line first
        ("short", 10, ["short"]),
        ("", 10, [""]),
    ],
)
def test_chunks(text: str, size: int, expected: list[str]) -> None:
    spans = chunks(text, size)
    assert [text[a:b] for a, b in spans] == expected
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(b == c for (_, b), (c, _) in zip(spans, spans[1:]))


def test_chunked_officials_merged(monkeypatch: pytest.MonkeyPatch) -> None:
    """A speaker quoted in two chunks is one official, with both quotes counted."""
    paragraph = '"We will rebuild the bridge," said Maria Lopez, the city\'s mayor.\n\n'
    filler = "The river rose again overnight and the roads stayed closed.\n\n" * 30
    text = paragraph + filler + paragraph
    monkeypatch.setattr(newsx.pipeline, "CHUNK_CHARS", len(text) // 2 + 100)
    assert len(chunks(text)) == 2
    article = newsx.extract(text)
    assert [(o.name, o.quotes) for o in article.officials] == [("Maria Lopez", 2)]
    assert [q.start for q in article.quotes] == [1, len(paragraph + filler) + 1]
    assert_valid(article.to_dict(), text)


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_state_restored(enabled: bool) -> None:
    """extract() pauses the cyclic garbage collector and leaves it as it found it."""
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        newsx.extract(news(3_000))
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_extraction_creates_no_reference_cycles() -> None:
    """Why pausing the collector is safe: everything extract() allocates is freed by reference counting."""
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for build in [news, *ADVERSARIAL.values()]:
            newsx.extract(build(3_000)).to_dict()
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


@pytest.mark.parametrize(
    "source",
    [
        "people familiar with the matter", "a source close to the talks", "officials briefed on the plan",
        "sources with knowledge of the deal", "an official involved in the talks", "people aware of the plan",
        "an official who spoke on condition of anonymity about the talks", "sources knowledgeable about the deal",
        "PEOPLE FAMILIAR WITH THE MATTER",
    ],
)
def test_informed_source_after_link_word_filter(source: str) -> None:
    """Regression for the quotes speed-up on text dense in cues ("said said said ..."): the informed-source
    pattern is tried only when one of its link words is in the window; each link word still gets there."""
    article = newsx.extract(f"The plan is ready, {source} said.")
    assert [(q.speaker.text, q.speaker.anonymous) for q in article.quotes if q.speaker] == [(source, True)]


@pytest.mark.parametrize("mark", ["\u2028", "\u2029", "\r", "\x0b", "\x0c", "\x1c", "\x85"])
def test_json_object_per_line_cut_at_newlines_only(mark: str) -> None:
    """A .json file of one object per line is cut at "\\n" only (fuzz/fuzz_readers.py, input
    b'{"text":"Hi"}\\n{"text":"a\\u2028b"}' with U+2028 raw): a mark str.splitlines() also cuts at
    gave one good line as two error records and renumbered the sources after it (a raw control
    character < U+0020 makes its one line invalid JSON: one error record)."""
    from newsx.batch import Options, analyse
    from newsx.inputs import Unit

    body = '{"id": 1, "text": "Hi"}\r\n{"id": 2, "text": "a%sb"}\n\n{"id": 3, "text": "c"}\n' % mark
    outcomes = analyse(Unit("x.json", "json", data=body.encode("utf-8")), Options())
    assert [outcome.source for outcome in outcomes] == ["x.json:1", "x.json:2", "x.json:4"]
    expected_errors = [None, None, None] if mark >= " " else [None, "not valid JSON", None]
    assert [outcome.error and outcome.error[:14] for outcome in outcomes] == expected_errors
