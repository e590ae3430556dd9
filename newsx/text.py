"""Decoding, paragraphs and sentences. Offsets always point into the original text."""
from __future__ import annotations

import codecs
import re
import string

from .model import Warning


class InputError(Exception):
    """An input that cannot be analysed (binary, empty, unreadable); the message says why."""


# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# A UTF-16 surrogate alone: JSON's "\\ud800", UTF-7's "+2AA-" or an undecodable byte of a file name
# (os.fsdecode's surrogate escapes) give one; no UTF-8 writer can encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")
# What a message on one line must not hold raw: control characters (a newline would split the line,
# or fake another one), line and paragraph separators, and surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate replaced by U+FFFD (one for one: offsets hold), and how many."""
    if _SURROGATE.search(text) is None:
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def printable(name: str) -> str:
    """A file name or message fit for one line of standard error: control characters escaped as
    Python writes them (``\\n``, ``\\x1b``), an undecodable byte of a file name as ``\\xff``
    (as ``ls -b`` shows it), another lone surrogate as ``\\ud800``."""
    return _UNPRINTABLE.sub(_escape, name)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's escape of the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return repr(match.group())[1:-1] if code < 0x100 else f"\\u{code:04x}"


# The five bytes cp1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d) decode as latin-1 does, to
# C1 controls, as browsers decode windows-1252: the fallback never loses a byte, and latin-1 text
# (whose 0xa0-0xff agree with cp1252) comes out right.
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _cp1252_or_latin1(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes not valid in the codec being decoded, read as cp1252 (latin-1 in its holes)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(bytes([b]).decode("cp1252", "strict") if b not in b"\x81\x8d\x8f\x90\x9d" else chr(b)
                   for b in bad), err.end


codecs.register_error("newsx-cp1252", _cp1252_or_latin1)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, list[Warning]]:
    """Decode file bytes to text; never raises anything but InputError. In order:

    1. `encoding` given: that codec; bytes it cannot decode become U+FFFD ('undecodable-bytes').
    2. A UTF-32 or UTF-16 byte-order mark: that codec; bad units become U+FFFD ('undecodable-bytes').
    3. UTF-16 without a mark, recognised by its zero bytes ('utf16-no-bom').
    4. Valid UTF-8 (leading byte-order marks are removed after any decoding). A NUL byte anywhere in
       what is left makes the input binary.
    5. Mixed: UTF-8 sequences decoded as UTF-8 and the other bytes as cp1252 ('mixed-encoding').
    6. No valid multi-byte UTF-8 sequence at all: cp1252, latin-1 in its five holes ('not-utf8').
    Raises InputError for empty or binary content, or an unknown or non-text encoding.
    """
    data = bytes(data)
    if not data or data.isspace():  # isspace() makes no copy of a 100 MB input, strip() would
        raise InputError("empty file")
    warnings: list[Warning] = []
    if encoding is not None:
        return _decode_forced(data, encoding, warnings), warnings
    bom = _bom_codec(data)
    if bom is not None:
        text = _decode_replacing(data, bom, warnings)
    elif (utf16 := _utf16_without_bom(data[:8192])) is not None:
        text = _decode_replacing(data, utf16, warnings)
        warnings.append(Warning("utf16-no-bom", f"no byte-order mark; decoded as {utf16.upper()} by its zero bytes"))
    elif b"\x00" in data:  # the whole input, not its head: memchr over bytes already read is cheap
        raise InputError("binary file (contains NUL bytes)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            text = data.decode("utf-8", errors="newsx-cp1252")
            warnings.append(_fallback_warning(data, text, err.start))
    if text.startswith("\ufeff"):
        # Every leading mark: files joined with `cat` repeat them, and a text of marks alone is empty.
        text = text.lstrip("\ufeff")
    head = text[:8192]
    if head and len(_CONTROL.findall(head)) > max(8, len(head) // 100):
        raise InputError("binary file (too many control characters)")
    if not text or text.isspace():
        raise InputError("empty file")
    return text, warnings


def _bom_codec(data: bytes) -> str | None:
    """The codec a UTF-32 or UTF-16 byte-order mark names (UTF-32 first: its LE mark begins like UTF-16's)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None  # a UTF-8 mark is removed after decoding, which may be mixed


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when zero bytes fill one byte position of most pairs and not the other.

    Mostly-ASCII text in UTF-16 has a zero in every other byte; binary data has zeros anywhere.
    """
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : 2 * pairs : 2].count(0), sample[1 : 2 * pairs : 2].count(0)
    if odd >= pairs * 0.6 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.6 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None


def _decode_replacing(data: bytes, codec: str, warnings: list[Warning]) -> str:
    """Decode with codec; units it cannot decode become U+FFFD, with an 'undecodable-bytes' warning."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        warnings.append(
            Warning(
                "undecodable-bytes",
                f"bytes not valid {codec} (first at offset {err.start}) replaced with U+FFFD",
            )
        )
        return data.decode(codec, errors="replace")


def _fallback_warning(data: bytes, text: str, first_bad: int) -> Warning:
    """'mixed-encoding' when some bytes formed valid multi-byte UTF-8, else 'not-utf8'.

    Each valid multi-byte sequence turns two to four high bytes into one character, each bad
    byte one into one: more high bytes than non-ASCII characters means a valid sequence was there.
    """
    high_bytes = len(data) - len(data.translate(None, _HIGH_BYTES))
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if high_bytes > non_ascii:
        return Warning(
            "mixed-encoding",
            f"mostly UTF-8 with bytes that are not (first at offset {first_bad}); those decoded as cp1252",
        )
    return Warning("not-utf8", f"not valid UTF-8 (first bad byte at offset {first_bad}); decoded as cp1252")


def _decode_forced(data: bytes, encoding: str, warnings: list[Warning]) -> str:
    """Decode with the codec the user named; undecodable bytes become U+FFFD, with a warning."""
    try:
        codec = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):
        raise InputError(f"unknown encoding {encoding!r}") from None
    if not getattr(codec, "_is_text_encoding", True):
        raise InputError(f"{encoding!r} is not a text encoding")
    try:
        text = _decode_replacing(data, codec.name, warnings)
    except (UnicodeError, LookupError) as err:
        # Codecs such as idna or punycode cannot replace what they cannot decode.
        raise InputError(f"cannot decode as {codec.name}: {err}") from None
    if text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    if not text or text.isspace():
        raise InputError("empty file")
    return surrogates_replaced(text, warnings, "decoded text")


def surrogates_replaced(text: str, warnings: list[Warning], what: str) -> str:
    """``text`` without lone surrogates (a codec such as UTF-7 or a JSON escape such as "\\ud800"
    can give them; no UTF-8 output can hold them): each becomes U+FFFD, with a 'lone-surrogate' warning."""
    text, count = replace_surrogates(text)
    if count:
        warnings.append(Warning("lone-surrogate", f"{count} lone UTF-16 surrogate{'s' if count > 1 else ''} "
                                                  f"in the {what} replaced with U+FFFD"))
    return text


# Words that end in a period without ending the sentence (titles, initials, months, corporate suffixes).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col sgt capt maj cmdr adm sen rep gov pres rev fr st jr sr
    messrs mmes hon supt det insp cpl pvt gens reps sens atty
    inc corp co ltd llc bros no nos vs etc approx dept univ assn ave blvd rd mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb
    nev okla ore pa tenn tex va vt wash wis wyo e.g i.e a.m p.m""".split()
)

# Capitalised words that begin sentences after an acronym like "U.S." ("... in the U.S. The ...").
_SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there but and or so yet
    in on at for if when while after before as his her their its our my one some many
    most no not however meanwhile still also then""".split()
)

# A boundary: a run of marks with its closing quotes and brackets before a space, or a newline with
# the spaces after it. A run is read from its first mark only (the lookbehind) and never given back
# (possessive), so a long run of dots is scanned once, not once per dot; the pattern opens with a
# character set, which lets the scan skip to the next mark or newline in C.
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=\n)\s*+|(?<![.!?…]{2})[.!?…]*+[\"'”’)\]]*+(?=\s))")
# The word before a period is the run of ASCII letters and periods that ends the 31 characters up to
# it, periods stripped: found with rstrip and strip, in C.
_LETTERS_AND_POINT = string.ascii_letters + "."
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]?([A-Za-z]+|\d)")


def _ends_sentence(text: str, pos: int, end: int) -> bool:
    """Whether the punctuation text[pos:end] closes a sentence."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return True
    following = nxt.group(1)
    if following[0].islower():
        return False
    if text[pos] != ".":
        return True
    window = text[max(0, pos - 30):pos + 1]
    word = window[len(window.rstrip(_LETTERS_AND_POINT)):].strip(".")
    if not word:
        return True
    lower = word.lower()
    if len(word) == 1 and word.isupper():
        # An initial ("John F. Kennedy") unless a common opener follows.
        return following.lower() in _SENTENCE_OPENERS
    if "." in word:
        # An acronym with periods ("U.S.", "a.m."): ends the sentence only before an opener.
        return following.lower() in _SENTENCE_OPENERS
    if lower in ABBREVIATIONS:
        return False
    return True


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in text[start:end], whitespace trimmed; linear time."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        pos, stop = m.span()
        if text[pos] != "\n" and not _ends_sentence(text, pos, stop):
            continue
        _add_trimmed(text, begin, stop, spans)
        begin = stop
    _add_trimmed(text, begin, end, spans)
    return spans


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: runs of text separated by blank lines (or single newlines)."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in re.finditer(r"\n", text):
        _add_trimmed(text, begin, m.start(), spans)
        begin = m.end()
    _add_trimmed(text, begin, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
