"""Decoding and sentence splitting."""
from __future__ import annotations

import codecs

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
        ("Title\n \n\t\nBody one. Body two.", ["Title", "Body one.", "Body two."]),
        ('Wait... What?! "Yes." he said.', ["Wait...", "What?!", '"Yes." he said.']),
        ("It ended...no. Then", ["It ended...no.", "Then"]),
        # The word before a period is read in the 30 characters before it: an acronym ("x.ab...") within
        # them ends no sentence before a word that opens none; one that starts before them is a word.
        ("At x.abcdefghijklmnopqrstuvwxyzab. Zebra", ["At x.abcdefghijklmnopqrstuvwxyzab. Zebra"]),
        ("At x.abcdefghijklmnopqrstuvwxyzabc. Zebra", ["At x.abcdefghijklmnopqrstuvwxyzabc.", "Zebra"]),
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
        # Every encoding scraped news arrives in; each row's text is the article as written.
        ("\u201cCaf\u00e9,\u201d he said".encode("utf-16-be"), "\u201cCaf\u00e9,\u201d he said", ["utf16-no-bom"]),
        ("\u201cCaf\u00e9,\u201d he said".encode("utf-16-le"), "\u201cCaf\u00e9,\u201d he said", ["utf16-no-bom"]),
        (codecs.BOM_UTF16_BE + "\u00e9t\u00e9 2022".encode("utf-16-be"), "\u00e9t\u00e9 2022", []),
        ("\u20ac5 \U0001f600".encode("utf-32"), "\u20ac5 \U0001f600", []),
        ("Se\u00f1or \u00bfqu\u00e9? \u00a35".encode("latin-1"), "Se\u00f1or \u00bfqu\u00e9? \u00a35", ["not-utf8"]),
        # cp1252's five undefined bytes decode as latin-1 does instead of being lost.
        (b"a\x81b\x8dc\x8fd\x90e\x9df", "a\x81b\x8dc\x8fd\x90e\x9df", ["not-utf8"]),
        # UTF-8 with pasted cp1252 quotes keeps its UTF-8 characters (no "CafÃ©").
        ("Caf\u00e9 ".encode() + b"\x93yes\x94", "Caf\u00e9 \u201cyes\u201d", ["mixed-encoding"]),
        (codecs.BOM_UTF8 + "\u00e9 ".encode() + b"\x96 5", "\u00e9 \u2013 5", ["mixed-encoding"]),
        (b"cut short \xe2\x80", "cut short \u00e2\u20ac", ["not-utf8"]),
        # Found by the decode property: a repeated mark (files joined with cat) is removed too.
        (codecs.BOM_UTF8 * 2 + b"twice", "twice", []),
        # Broken UTF-16: an odd last byte, a lone surrogate.
        ("odd".encode("utf-16") + b"x", "odd\ufffd", ["undecodable-bytes"]),
        (codecs.BOM_UTF16_LE + b"a\x00\x00\xd8b\x00", "a\ufffdb", ["undecodable-bytes"]),
    ],
)
def test_decode(data: bytes, text: str, codes: list[str]) -> None:
    decoded, warnings = decode(data)
    assert decoded == text
    assert [w.code for w in warnings] == codes


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x01\x02binary", bytes(range(32)) * 20, codecs.BOM_UTF8 * 2])
def test_decode_rejects(data: bytes) -> None:
    with pytest.raises(InputError):
        decode(data)


@pytest.mark.parametrize(
    ("encoding", "text", "codes"),
    [
        ("latin-1", "caf\u00e9 \u00ff", []),
        ("cp1252", "caf\u00e9 \u00ff", []),
        ("UTF8", "caf\ufffd \ufffd", ["undecodable-bytes"]),
        ("ascii", "caf\ufffd \ufffd", ["undecodable-bytes"]),
    ],
)
def test_decode_forced(encoding: str, text: str, codes: list[str]) -> None:
    decoded, warnings = decode(b"caf\xe9 \xff", encoding)
    assert decoded == text
    assert [w.code for w in warnings] == codes


# Found by trying every codec Python names as the forced one: codecs that are not text encodings (base64, zlib, rot13), that
# cannot replace bad bytes (idna, punycode) or that refuse everything (undefined) raised
# LookupError or UnicodeError; names with a NUL raised ValueError.
@pytest.mark.parametrize("encoding", ["nope", "", "utf\x008", "base64", "zlib", "rot13", "idna", "punycode", "undefined"])
def test_decode_forced_rejects(encoding: str) -> None:
    with pytest.raises(InputError):
        decode(b"caf\xe9 \xff", encoding)


def test_a_nul_byte_past_the_first_8k_is_binary() -> None:
    with pytest.raises(InputError, match="NUL"):
        decode(b"The mayor said it was fine. " * 1000 + b"\x00tail")


def test_a_codec_giving_a_lone_surrogate_gives_u_fffd_one_for_one() -> None:
    data = b"The mayor said +2AA- it was fine."  # UTF-7 for a lone U+D800
    text, warnings = decode(data, "utf-7")
    assert text == data.decode("utf-7").replace("\ud800", "\ufffd")
    assert len(text) == len(data.decode("utf-7"))
    assert [w.code for w in warnings] == ["lone-surrogate"]
    text.encode("utf-8")  # strict: no surrogate left


@pytest.mark.parametrize(
    ("name", "shown"),
    [("a.txt", "a.txt"), ("caf\u00e9.txt", "caf\u00e9.txt"), ("n\nnewsx: error: x", "n\\nnewsx: error: x"),
     ("a\x1b[31mb\r\t", "a\\x1b[31mb\\r\\t"), ("a\udcffb", "a\\xffb"), ("a\ud800", "a\\ud800"),
     ("line\u2028sep", "line\\u2028sep"), ("c1\x85", "c1\\x85")],
)
def test_printable_names(name: str, shown: str) -> None:
    from newsx.text import printable

    assert printable(name) == shown
