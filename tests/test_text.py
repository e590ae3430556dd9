"""Decoding and sentence splitting."""
from __future__ import annotations

import pytest

from newsx.text import InputError, decode, paragraphs, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Dr. Smith met Mr. Jones in St. Louis on Jan. 5. They talked.", ["Dr. Smith met Mr. Jones in St. Louis on Jan. 5.", "They talked."]),
        ("President John F. Kennedy spoke.", ["President John F. Kennedy spoke."]),
        ("They went to the U.S. The trip was long.", ["They went to the U.S.", "The trip was long."]),
        ("U.S. officials met U.S. Army generals.", ["U.S. officials met U.S. Army generals."]),
        ('He said "We will win." Then he left.', ['He said "We will win."', "Then he left."]),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("It cost $3.5 million. Prices rose 2.5 percent.", ["It cost $3.5 million.", "Prices rose 2.5 percent."]),
        ("one line\nanother line", ["one line", "another line"]),
        ("The meeting ended at 5 p.m. on Friday.", ["The meeting ended at 5 p.m. on Friday."]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_sentences_linear_on_hostile_input() -> None:
    text = "A." * 50_000 + "a " * 50_000 + "." * 100_000 + "!?" * 50_000
    assert sentences(text)


def test_paragraphs() -> None:
    text = "Title\n\nFirst para.\nSecond para.\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["Title", "First para.", "Second para."]


@pytest.mark.parametrize(
    ("data", "text", "codes"),
    [
        (b"plain", "plain", []),
        (b"\xef\xbb\xbfwith BOM", "with BOM", []),
        ("caf\u00e9".encode(), "caf\u00e9", []),
        ("caf\u00e9 \u2019".encode("cp1252"), "caf\u00e9 \u2019", ["not-utf8"]),
        ("utf-16 text".encode("utf-16"), "utf-16 text", []),
    ],
)
def test_decode(data: bytes, text: str, codes: list[str]) -> None:
    decoded, warnings = decode(data)
    assert decoded == text
    assert [w.code for w in warnings] == codes


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02binary", bytes(range(32)) * 20])
def test_decode_rejects(data: bytes) -> None:
    with pytest.raises(InputError):
        decode(data)
