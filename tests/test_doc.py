"""The document layer: tokens, header, sentences, quotations and names, read once per text."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from newsx.doc import find_header, read
from newsx.doc import tokens
from newsx.doc.names import runs as names_runs
from newsx.doc.tokens import ABBREV, CALENDAR, CAP, DIGIT, FUNCTION, MARK, QUOTE_MARK, UPPER, Pieces, Words


@pytest.mark.parametrize("text,tokens", [
    ("Mr. O'Brien met Gen. al-Hassan.", ["Mr.", "O'Brien", "met", "Gen.", "al-Hassan", "."]),
    ("The U.S.-led talks", ["The", "U.S", ".", "-", "led", "talks"]),
    ("in the U.S. Then", ["in", "the", "U.S.", "Then"]),
    ("J. R. Smith, Inc., said", ["J.", "R.", "Smith", ",", "Inc.", ",", "said"]),
    ("at 3:30 p.m. on 12/13/2022", ["at", "3:30", "p.m.", "on", "12/13/2022"]),
    ("$1,000 and 3.5% of 787-8s", ["$", "1,000", "and", "3.5", "%", "of", "787-8", "s"]),
    ("COVID-19 cases -- don't panic", ["COVID-19", "cases", "--", "don't", "panic"]),
    ("Qantas' fleet", ["Qantas", "'", "fleet"]),
    ("“Go,” she said", ["“", "Go", ",", "”", "she", "said"]),
    ("zero\u200bwidth", ["zero", "width"]),
    ("Zürich’s mayor", ["Zürich’s", "mayor"]),
    ("the end.The start", ["the", "end.The", "start"]),
    ("said no. It", ["said", "no.", "It"]),
    ("a_b  x12 345\u200b", ["a_b", "x12", "345"]),
    ("  two  spaces ", ["two", "spaces"]),
])
def test_words(text: str, tokens: list[str]) -> None:
    words = Words(text)
    assert words.text == tokens
    assert [text[a:b] for a, b in zip(words.start, words.end)] == tokens


def test_word_forms_and_flags() -> None:
    words = Words("Mr. NATO said “the” 12 May Zürich’s")
    assert words.low == ["mr.", "nato", "said", "“", "the", "”", "12", "may", "zürich's"]
    flags = dict(zip(words.text, words.flags))
    assert flags["Mr."] & (CAP | ABBREV | FUNCTION) == CAP | ABBREV | FUNCTION
    assert flags["NATO"] & UPPER and not flags["said"] & CAP
    assert flags["“"] & (MARK | QUOTE_MARK) == MARK | QUOTE_MARK
    assert flags["12"] == DIGIT and flags["May"] & CALENDAR


@pytest.mark.parametrize("text,pieces", [
    ("$1.2bn, 1,234,567.89 and 12,34,567", ["$", "1.2", "bn", ",", "1,234,567.89", "and", "12,34,567"]),
    ("1,2,3 or 5,00", ["1", ",", "2", ",", "3", "or", "5", ",", "00"]),
    ("a 28-year-old, 40\u00a0000 people", ["a", "28", "-", "year", "-", "old", ",", "40\u00a0000", "people"]),
    ("won 2-1 at .5", ["won", "2", "-", "1", "at", ".5"]),
    # Thousands grouped by spaces join parts of the text between spaces; the rest never do.
    ("1 414 021 100 people", ["1 414 021 100", "people"]),
    ("40 000 and 12 345 678", ["40", "000", "and", "12 345 678"]),
    ("x12 345 678.5", ["x", "12", "345", "678.5"]),
    ("5 000 000,5", ["5", "000", "000", ",", "5"]),
    ("in 2022 2,000 people", ["in", "2022", "2,000", "people"]),
    ("a_b zero\u200bwidth", ["a", "_", "b", "zero", "\u200b", "width"]),
    ("  two  spaces ", ["two", "spaces"]),
])
def test_pieces(text: str, pieces: list[str]) -> None:
    found = Pieces(text)
    assert found.text == pieces
    assert [text[a:b] for a, b in zip(found.start, found.end)] == pieces
    assert all(k == "num" for t, k in zip(found.text, found.kind) if t[-1].isdigit())


@pytest.mark.parametrize("text", ["Mr. O'Brien paid 40 000 000 and 1,2,3 on 12/13/2022 -- “no”.", "x\u200by_z 5 000"])
def test_tokens_the_same_when_their_parts_are_known(text: str) -> None:
    # The first reading learns the parts of text, the second finds them known.
    first, again = Words(text), Words(text)
    assert (first.start, first.end, first.text, first.low, first.flags) == (again.start, again.end, again.text,
                                                                           again.low, again.flags)
    one, two = Pieces(text), Pieces(text)
    assert (one.start, one.end, one.text, one.low, one.kind) == (two.start, two.end, two.text, two.low, two.kind)


def test_tokens_the_same_when_the_text_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # Once the cache of parts is full, a text of unknown parts is read whole, with the same result.
    text = "Mr. O'Brien, 40 000 000 zloty; 1,2,3 x\u200by_z -- “no”.\nU.S.-led 5 000 talks"
    parts = tokens.Parts(text)
    words, pieces = Words(text, parts), Pieces(text, parts, Words(text, parts))
    monkeypatch.setattr(tokens, "_PARTS", {})
    monkeypatch.setattr(tokens, "_MAX_PARTS", 0)
    whole = tokens.Parts(text)
    assert whole.entries is None
    again, found = Words(text, whole), Pieces(text, whole)
    assert (again.start, again.end, again.text, again.low, again.flags) == (words.start, words.end, words.text,
                                                                            words.low, words.flags)
    assert (found.start, found.end, found.text, found.low, found.kind) == (pieces.start, pieces.end, pieces.text,
                                                                          pieces.low, pieces.kind)


@pytest.mark.parametrize("text,day,value", [
    ("date 2022-12-13\nKYIV", dt.date(2022, 12, 13), "2022-12-13"),
    ("  Date: 2015-01-02 Body", dt.date(2015, 1, 2), "2015-01-02"),
    ("date 2022-02-30 text", None, "2022-02-30"),
    ("date tomorrow text", None, "tomorrow"),
    ("date 1850-01-01", None, "1850-01-01"),
])
def test_header(text: str, day: dt.date | None, value: str) -> None:
    header = find_header(text)
    assert header is not None and header.day == day
    assert text[header.start:header.end] == value


@pytest.mark.parametrize("text", ["The date 2022-12-13", "dated 2022-12-13", "", "x\ndate 2022-12-13"])
def test_no_header(text: str) -> None:
    assert find_header(text) is None


def test_sentences_and_their_words() -> None:
    doc = read("Mr. Smith left. He said “we lost.” Then it rained.")
    assert [doc.text[s:e] for s, e in doc.sentences] == ["Mr. Smith left.", "He said “we lost.”", "Then it rained."]
    i, j = doc.sentence_words[1]
    assert doc.words.text[i:j] == ["He", "said", "“", "we", "lost", ".", "”"]
    assert doc.words.sentence[i:j] == [1] * (j - i)
    assert doc.sentence_at(doc.text.index("rained")) == 2


def test_quotations_and_inside_flags() -> None:
    text = "She said “we will win” and left.\n“It is over,\n“but we try,” he said."
    doc = read(text)
    assert [text[q.start:q.end] for q in doc.quotations] == ["we will win", "It is over,", "but we try,"]
    inside = [w for w, q in zip(doc.words.text, doc.words.quoted) if q]
    assert inside == ["we", "will", "win", "It", "is", "over", ",", "but", "we", "try", ","]
    assert doc.inside_quotation(text.index("will")) and not doc.inside_quotation(text.index("left"))
    assert doc.warnings == []  # a quotation that runs on into a paragraph opening with a mark


@pytest.mark.parametrize("text,messages", [
    ("He said “no.\nThen he left.", ["quotation left open at the end of a paragraph"]),
    ("He said no” and left.", ["closing quotation mark without an opening one"]),
    ("“One “two” three", ["quotation mark opened twice"]),
    ('He said "fine" and "good".', []),
    # Doubled apostrophes are marks, single ones are not; a mark holds no newline.
    ("One ' two '' three ’ four ’’.", ["closing quotation mark without an opening one"] * 2),
    ("“a\n\nb” c", ["quotation left open at the end of a paragraph", "closing quotation mark without an opening one"]),
])
def test_unbalanced_marks_warn(text: str, messages: list[str]) -> None:
    assert [w.message for w in read(text).warnings] == messages
    assert all(w.code == "unbalanced-quote" for w in read(text).warnings)


def test_warnings_about_marks_are_capped() -> None:
    warnings = read("” " * 10_000).warnings
    assert len(warnings) == 101 and {w.message for w in warnings[:100]} == {
        "closing quotation mark without an opening one"}
    assert (warnings[100].code, warnings[100].message, warnings[100].start) == (
        "unbalanced-quote", "... and 9900 more unbalanced-quote warnings", None)


@pytest.mark.parametrize("text,names", [
    ("Yesterday Jake Sullivan met Karim al-Hassan.", ["Jake Sullivan", "Karim al-Hassan"]),
    ("The head, Ursula von der Leyen, spoke.", ["Ursula von der Leyen"]),
    ("Theresa May spoke in May.", ["Theresa May"]),
    ("Knowing Bardos, the U.S. Army moved.", ["Bardos", "U.S. Army"]),
    ("He met Ana Diaz\nLisbon hosted.", ["Ana Diaz", "Lisbon"]),
    ("In the end nobody came.", []),
    ("al-Hassan and Omar el-Sisi met.", ["al-Hassan", "Omar el-Sisi"]),
    ("Omar bin-Laden and Ali al-x spoke.", ["Omar", "Ali"]),
    ("Ana  Diaz and Ana\u00a0Diaz", ["Ana", "Diaz", "Ana\u00a0Diaz"]),
    ("Mohammed bin Salman met Ludwig van", ["Mohammed bin Salman", "Ludwig"]),
])
def test_names(text: str, names: list[str]) -> None:
    doc = read(text)
    assert [n.text for n in doc.names] == names
    assert all(text[n.start:n.end] == n.text for n in doc.names)


@pytest.mark.parametrize("text,lines", [
    ("a\n\nbc\n", ["a", "bc"]), ("\n\n", []), ("one", ["one"]), (" x \r\n y", [" x \r", " y"]),
])
def test_lines(text: str, lines: list[str]) -> None:
    assert [text[s:e] for s, e in read(text).lines] == lines


def test_names_in_a_word_range_read_only_that_range() -> None:
    # Extractors ask for the runs of many short ranges: each must cost its range, not the words before it.
    text = "Ana Diaz met the Lisbon mayor. " * 20_000
    words = read(text).words
    started = time.perf_counter()
    for i in range(0, len(words) - 10, len(words) // 4000):
        names_runs(text, words, i, i + 10)
    assert time.perf_counter() - started < 0.2  # 0.02 s; 0.5 s when each range reads the words before it


def test_word_range() -> None:
    doc = read("one two three four")
    i, j = doc.word_range(4, 13)
    assert doc.words.text[i:j] == ["two", "three"]
    assert doc.word_range(5, 6) == (2, 2)  # no whole word inside
