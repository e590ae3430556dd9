"""What a batch reads: inputs found under the PATHs, their kinds, and bounded readers.

Rules, in priority order:
1. A PATH is a file, a folder (walked depth first: a folder's matching files in sorted order, then
   its sub-folders in sorted order) or `-` for standard input.
2. An input's kind is the one given (--input-format), else read from its name with any `.gz`
   removed: `.jsonl`/`.ndjson` JSON Lines, `.json` a crawler record (or an array of them),
   `.html`/`.htm`/`.xhtml` a web page, anything else plain text.
3. A JSON Lines input gives one unit per non-blank line (`source` = `FILE:LINE`), or one error unit
   ("no records") when it has none; any other input one unit, read by the worker that analyses it.
4. No input gives more than `max_bytes`: a file's size is checked before it is opened; a `.gz`
   stream and standard input are cut off one byte past the limit. A JSON Lines input counts all its
   (decompressed) bytes, blank lines included: once past the limit it ends in one error record for
   the whole input, after the units of the lines read before.
5. Folders reached through symbolic links are walked once; a link back to a folder being walked is
   a "symlink loop" error, and a folder that cannot be listed an error, never a hang or a crash.
   A PATH gives one error record at most for its own failure: a folder whose listing failed is not
   also reported as holding no matching file.
6. Standard input is gzip-decompressed when it starts so, and with --input-format auto its kind is
   sniffed from its first bytes: a first line that is a JSON object with a text field makes JSON
   Lines, a `{` that only the whole input completes one JSON record, a `[` a JSON array of records.
   Anything else (text that merely starts with `{` or `[`) stays text; a guess is given as a note.
No module here imports the extractors: the command line and the parallel runner share these readers.
"""
from __future__ import annotations

import codecs
import fnmatch
import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from .defaults import MAX_BYTES, STDIN, STDIN_SOURCE, TEXT_FIELDS
from .text import InputError


_SUFFIX_KINDS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


@dataclass(frozen=True, slots=True)
class Input:
    """One file (or stdin) found under the PATHs, or a PATH that failed before any read."""

    source: str
    path: str | None  # None: standard input
    kind: str
    root: str | None = None  # the folder PATH it was found in (None: given by name)
    problem: str | None = None
    # Standard input once sniffed (rule 6): its bytes, those looked at included; else sys.stdin.
    stream: IO[bytes] | None = field(default=None, compare=False, repr=False)
    note: str | None = None  # how a sniffed standard input is read, for stderr


@dataclass(frozen=True, slots=True)
class Unit:
    """One piece of work for a worker: a file to read, bytes already read, or a known error."""

    source: str
    kind: str  # text, json, html, jsonl (one line), or error
    path: str | None = None
    data: bytes | None = None
    problem: str | None = None
    size: int = 0  # input bytes it stands for (progress)
    group: int = 0  # which input it comes from (the --output-dir file it goes to)


def kind_of(name: str) -> str:
    """The input kind a file name implies, a `.gz` suffix removed."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return _SUFFIX_KINDS.get(os.path.splitext(lower)[1], "text")


def parse_size(value: str) -> int:
    """'50M', '1G', '200k', '1000' -> bytes (K, M, G, T are powers of 1024)."""
    match = _SIZE.fullmatch(value)
    if not match:
        raise ValueError(f"not a size: {value!r} (try 50M or 1G)")
    size = int(float(match.group(1)) * _UNITS[match.group(2).lower()])
    if size <= 0:
        raise ValueError(f"a size must be positive (got {value!r})")
    return size


def human_size(size: int) -> str:
    """Bytes for a message, in the binary units --max-bytes counts in: 52428800 -> '50 MiB'."""
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= factor:
            return f"{size / factor:.4g} {unit}"
    return f"{size} bytes"


def discover(paths: Sequence[str], globs: Sequence[str], input_format: str = "auto", *,
             max_bytes: int = MAX_BYTES, text_fields: Sequence[str] = TEXT_FIELDS) -> Iterator[Input]:
    """Inputs in the order given; folders walked lazily (rule 1), loops and unlistable folders errors,
    standard input sniffed (rule 6) when it is reached."""
    for path in paths:
        if path == STDIN:
            if input_format == "auto":
                yield sniff_stdin(sys.stdin.buffer, max_bytes, text_fields)
            else:
                yield Input(STDIN_SOURCE, None, input_format)
        elif os.path.isdir(path):
            yield from _walk(path, globs, input_format)
        else:
            yield Input(path, path, kind_of(path) if input_format == "auto" else input_format)


def _walk(top: str, globs: Sequence[str], input_format: str) -> Iterator[Input]:
    """Depth first with an explicit stack (no recursion limit); each real folder listed once."""
    seen: set[tuple[int, int]] = set()
    found = False  # a matching file, or an error already said for this PATH (rule 5)
    # Each stack entry: the folder and the (device, inode) of the folders above it, to tell a
    # loop (a link to an ancestor) from a folder merely reached twice.
    stack: list[tuple[str, tuple[tuple[int, int], ...]]] = [(top, ())]
    while stack:
        folder, ancestors = stack.pop()
        try:
            info = os.stat(folder)
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                found = True
                yield Input(folder, folder, "text", top, "symlink loop (a link back to a folder above it)")
                continue
            if key in seen:
                continue  # already walked through another link
            seen.add(key)
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except PermissionError:
            found = True
            yield Input(folder, folder, "text", top, "permission denied (cannot list this folder)")
            continue
        except OSError as err:
            found = True
            yield Input(folder, folder, "text", top, f"cannot list this folder: {err.strerror or err}")
            continue
        subfolders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(entry.path)
            elif any(fnmatch.fnmatch(entry.name, pattern) for pattern in globs):
                found = True
                kind = kind_of(entry.name) if input_format == "auto" else input_format
                yield Input(entry.path, entry.path, kind, top)
        stack.extend((sub, (*ancestors, key)) for sub in reversed(subfolders))
    if not found:
        wanted = " or ".join(repr(pattern) for pattern in globs)
        yield Input(top, top, "text", top, f"no files matching {wanted} in this folder")


def units(item: Input, max_bytes: int, group: int = 0) -> Iterator[Unit]:
    """The units of one input (rule 3): lines of a JSON Lines input, else the input itself."""
    if item.problem:
        yield Unit(item.source, "error", problem=item.problem, group=group)
    elif item.kind == "jsonl":
        yield from _jsonl_units(item, max_bytes, group)
    elif item.path is None:
        try:
            data = read_stream(item.stream or sys.stdin.buffer, max_bytes)
        except InputError as err:
            yield Unit(item.source, "error", problem=str(err), group=group)
            return
        yield Unit(item.source, item.kind, data=data, size=len(data), group=group)
    else:
        try:
            size = os.stat(item.path).st_size
        except OSError:
            size = 0  # the worker's read reports why
        yield Unit(item.source, item.kind, path=item.path, size=size, group=group)


def read_file(path: str, max_bytes: int) -> bytes:
    """A file's bytes, or InputError: never more than max_bytes read (rule 4)."""
    try:
        if path.lower().endswith(".gz"):
            with gzip.open(path, "rb") as stream:
                return _bounded(stream, max_bytes, once_decompressed=True)
        size = os.stat(path).st_size
        if size > max_bytes:
            raise InputError(f"too large ({human_size(size)}; --max-bytes is {human_size(max_bytes)}): not read")
        with open(path, "rb") as handle:
            return _bounded(handle, max_bytes)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(_missing(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except _GZIP_ERRORS as err:
        raise InputError(f"not a valid gzip file ({err})") from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}") from None


def _missing(path: str) -> str:
    """Why a file cannot be found: a link to nothing says where it points."""
    try:
        return f"broken link (to {os.readlink(path)}, which does not exist)"
    except OSError:
        return "no such file"


def read_stream(stream: IO[bytes], max_bytes: int) -> bytes:
    """All of a stream (stdin), gzip-compressed or not, up to max_bytes."""
    try:
        data = _bounded(stream, max_bytes)
        if data[:2] == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") as unzipped:
                return _bounded(unzipped, max_bytes, once_decompressed=True)
        return data
    except _GZIP_ERRORS as err:
        raise InputError(f"not a valid gzip stream ({err})") from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}") from None


def _bounded(stream: IO[bytes], max_bytes: int, *, once_decompressed: bool = False) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        where = " once decompressed" if once_decompressed else ""
        raise InputError(f"too large (more than {human_size(max_bytes)}{where}; see --max-bytes): not read")
    return data


def _jsonl_units(item: Input, max_bytes: int, group: int) -> Iterator[Unit]:
    """One unit per non-blank line; an input past max_bytes or a broken stream ends in an error."""
    line_no = 0
    try:
        raw: IO[bytes] = (item.stream or sys.stdin.buffer) if item.path is None else open(item.path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        yield Unit(item.source, "error", problem=_missing(item.path or ""), group=group)
        return
    except IsADirectoryError:
        yield Unit(item.source, "error", problem="is a folder", group=group)
        return
    except PermissionError:
        yield Unit(item.source, "error", problem="permission denied", group=group)
        return
    except OSError as err:
        yield Unit(item.source, "error", problem=f"cannot read: {err.strerror or err}", group=group)
        return
    name = item.source if item.path is None else item.path
    found = False  # a unit yielded: an input with none gets an error record (rule 3)
    try:
        compressed = name.lower().endswith(".gz") or (
            hasattr(raw, "peek") and raw.peek(2)[:2] == b"\x1f\x8b"  # type: ignore[attr-defined]
        )
        stream: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw
        # Progress counts the bytes of the file (compressed ones for .gz); a pipe's are not known.
        seekable = item.path is not None and _seekable(raw)
        position = 0
        for line_no, line in _nonblank_lines(stream, max_bytes, compressed):
            found = True
            now = _tell(raw) if seekable else position + len(line)
            yield Unit(f"{item.source}:{line_no}", "jsonl", data=line, size=now - position, group=group)
            position = now
        if not found:
            found = True
            yield Unit(item.source, "error", group=group,
                       problem="no records (an empty JSON Lines input)" if _tell(stream) == 0
                       else "no records (a JSON Lines input of blank lines)")
    except _InputTooLarge as err:
        found = True
        yield Unit(item.source, "error", group=group, problem=str(err))
    except _GZIP_ERRORS as err:
        found = True
        yield Unit(f"{item.source}:{line_no + 1}", "error", group=group,
                   problem=f"not a valid gzip file ({err}); the rest is not read")
    except OSError as err:
        found = True
        yield Unit(f"{item.source}:{line_no + 1}", "error", group=group,
                   problem=f"cannot read: {err.strerror or err}")
    finally:
        if item.path is not None:
            raw.close()


class _InputTooLarge(Exception):
    """A JSON Lines input whose bytes in all (decompressed) passed --max-bytes (rule 4)."""


_BLANKS = re.compile(rb"[ \t\r\n\f\v]*")  # what bytes.strip() strips
_BLOCK = 256 * 1024


def _nonblank_lines(stream: IO[bytes], max_bytes: int, compressed: bool = False) -> Iterator[tuple[int, bytes]]:
    """(line number from 1, line) for each non-blank line of a stream, read in blocks: a run of blank
    lines is skipped by one regex step and counted in C, a long line kept as pieces joined once.
    _InputTooLarge once more than max_bytes have been read in all (the lines before it are given)."""
    read = getattr(stream, "read1", stream.read)  # read1: a pipe's lines go on as they come
    newlines = 0  # line breaks before the current position
    pieces: list[bytes] = []  # the current non-blank line so far
    total = 0
    while True:
        block = read(_BLOCK)
        if not block:
            break
        over = total + len(block) > max_bytes
        if over:  # the lines wholly within the limit are still given
            block = block[:max_bytes - total]
        total += len(block)
        pos, size = 0, len(block)
        while pos < size:
            if not pieces:
                skip = _BLANKS.match(block, pos).end()  # type: ignore[union-attr] - always matches
                newlines += block.count(b"\n", pos, skip)
                pos = skip
                if pos == size:
                    break
            end = block.find(b"\n", pos)
            if end < 0:
                pieces.append(block[pos:])
                break
            pieces.append(block[pos:end + 1])
            newlines += 1
            yield newlines, b"".join(pieces)
            pieces = []
            pos = end + 1
        if over:
            where = " once decompressed" if compressed else ""
            raise _InputTooLarge(f"input larger than {human_size(max_bytes)}{where} (see --max-bytes): "
                                 "the rest is not read")
    if pieces:
        yield newlines + 1, b"".join(pieces)


def _seekable(stream: IO[bytes]) -> bool:
    try:
        return stream.seekable()
    except (OSError, ValueError):
        return False


def _tell(stream: IO[bytes]) -> int:
    try:
        return stream.tell()
    except (OSError, ValueError):
        return 0


# --- standard input (rule 6) ---------------------------------------------------------------------


class _Replay(io.RawIOBase):
    """A stream whose first bytes were read to look at them: those bytes again, then the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            data, self._head = self._head[: len(buffer)], self._head[len(buffer):]
        else:
            # read1: a pipe's lines go on as they come (`tail -f dump.jsonl | newsx extract`).
            data = getattr(self._rest, "read1", self._rest.read)(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def sniff_stdin(raw: IO[bytes], max_bytes: int = MAX_BYTES, text_fields: Sequence[str] = TEXT_FIELDS) -> Input:
    """Standard input as an Input whose kind comes from its first bytes (rule 6)."""
    try:
        magic = raw.read(2)
        stream: IO[bytes] = io.BufferedReader(_Replay(magic, raw))
        compressed = magic == b"\x1f\x8b"
        if compressed:
            stream = gzip.GzipFile(fileobj=stream, mode="rb")
        head = b""
        while len(head) <= max_bytes:  # up to the first line that is not blank
            line = stream.readline(max_bytes + 1 - len(head))
            head += line
            if not line or line.strip():
                break
        kind = "text"
        start = head.removeprefix(codecs.BOM_UTF8).lstrip()[:1]
        if start == b"{" and _has_text(_json_or_none(head), text_fields):
            kind = "jsonl"
        elif start in (b"{", b"["):
            head += stream.read(max(max_bytes + 1 - len(head), 0))
            document = _json_or_none(head)
            if isinstance(document, list) and document:
                document = document[0]
            if _has_text(document, text_fields):
                kind = "json"
    except _GZIP_ERRORS as err:
        return Input(STDIN_SOURCE, None, "text", problem=f"not a valid gzip stream ({err})")
    except OSError as err:
        return Input(STDIN_SOURCE, None, "text", problem=f"cannot read: {err.strerror or err}")
    replay = io.BufferedReader(_Replay(head, stream))
    note = None
    if kind != "text":
        what = "JSON Lines" if kind == "jsonl" else "JSON"
        note = (f"standard input read as {'gzip-compressed ' if compressed else ''}{what} "
                "(--input-format text to read it as text)")
    elif start == b"{" and isinstance(_json_or_none(head.lstrip().split(b"\n", 1)[0]), dict):
        note = (f"standard input starts with a JSON object without a text field ({', '.join(text_fields)}): "
                "read as text (--input-format jsonl --text-field NAME to read it as JSON Lines)")
    return Input(STDIN_SOURCE, None, kind, stream=replay, note=note)


def _json_or_none(data: bytes) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return None


def _has_text(document: Any, text_fields: Sequence[str]) -> bool:
    return isinstance(document, dict) and any(document.get(name) is not None for name in text_fields)
