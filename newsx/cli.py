"""The command line: options -> library -> renderer, and exit codes. Thin on purpose."""
from __future__ import annotations

import enum
import fnmatch
import os
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import IO, Any

import click

from . import __version__
from .pipeline import SECTIONS, extract
from .render.json import SCHEMA, dumps, error_record
from .text import InputError, decode

STDIN = "-"
STDIN_SOURCE = "<stdin>"


class ExitStatus(enum.IntEnum):
    OK = 0
    INPUT_ERROR = 1
    USAGE = 2
    INTERRUPTED = 130


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to analyse: a file path, stdin, or a path that failed before reading."""

    source: str
    path: str | None  # None: stdin
    problem: str | None = None


def stdin_is_terminal() -> bool:
    """Kept apart so tests can pretend to sit at a terminal."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="newsx")
def cli() -> None:
    """newsx: dates, quoted officials, figures and cited events from news articles."""


def _parse_sections(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[str, ...]:
    if not value:
        return SECTIONS
    chosen = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in SECTIONS]
    if unknown or not chosen:
        raise click.BadParameter(f"choose from {','.join(SECTIONS)} (got {value!r})")
    return tuple(section for section in SECTIONS if section in chosen)


@cli.command("extract")
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option(
    "--format", "fmt", type=click.Choice(["auto", "table", "json", "jsonl"]), default="auto", show_default=True,
    help="auto: a table on a terminal, else JSON for one input and JSON Lines for several.",
)
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Publication date to use instead of the one found in the text.")
@click.option("--only", callback=_parse_sections, metavar="SECTIONS",
              help=f"Comma-separated sections to output: {','.join(SECTIONS)}.")
@click.option("--glob", "pattern", default="*.txt", show_default=True,
              help="File-name pattern for files inside folders.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE instead of stdout.")
@click.option("--traceback", "show_traceback", is_flag=True, help="Print the full traceback of unexpected errors.")
def extract_command(
    paths: tuple[str, ...],
    fmt: str,
    published: Any,
    only: tuple[str, ...],
    pattern: str,
    output: str | None,
    show_traceback: bool,
) -> None:
    """Extract dates, quotes, figures and events from articles.

    PATH is a file, a folder (searched recursively, in sorted order, for files matching --glob)
    or - for standard input. Without PATH, standard input is read when it is not a terminal.
    """
    if not paths:
        if stdin_is_terminal():
            raise click.UsageError("no PATH given and standard input is a terminal (try: newsx extract FILE)")
        paths = (STDIN,)
    if paths.count(STDIN) > 1:
        raise click.UsageError("'-' (standard input) can be given only once")
    inputs = list(_expand(paths, pattern))
    day = published.date() if published is not None else None

    stream: IO[str]
    if output:
        try:
            stream = open(output, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as err:
            raise click.UsageError(f"cannot write {output}: {err.strerror or err}") from None
    else:
        stream = sys.stdout
    if fmt == "auto":
        fmt = "table" if _is_terminal(stream) else ("json" if len(inputs) == 1 else "jsonl")

    failed = False
    try:
        writer = _Writer(fmt, stream, only)
        for item in inputs:
            record = _analyse(item, day, only, show_traceback)
            if "error" in record:
                failed = True
                click.echo(f"newsx: error: {record['source']}: {record['error']['message']}", err=True)
            writer.write(record)
        writer.close()
        stream.flush()
    finally:
        if output:
            stream.close()
    if failed:
        sys.exit(ExitStatus.INPUT_ERROR)


@cli.command("schema")
def schema_command() -> None:
    """Print the JSON Schema (draft 2020-12) of the output record."""
    click.echo(dumps(SCHEMA, indent=2))


def _expand(paths: tuple[str, ...], pattern: str) -> Iterator[Input]:
    """Files in the order given; folders walked recursively in sorted order."""
    for path in paths:
        if path == STDIN:
            yield Input(STDIN_SOURCE, None)
        elif os.path.isdir(path):
            found = False
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if fnmatch.fnmatch(name, pattern):
                        found = True
                        yield Input(os.path.join(root, name), os.path.join(root, name))
            if not found:
                yield Input(path, path, problem=f"no files matching {pattern!r} in this folder")
        else:
            yield Input(path, path)


def _analyse(item: Input, day: Any, sections: tuple[str, ...], show_traceback: bool) -> dict[str, Any]:
    """One input -> one record (a result or an error record); never raises but on Ctrl-C."""
    if item.problem:
        return error_record(item.source, item.problem)
    try:
        data = _read(item)
        text, warnings = decode(data)
        article = extract(text, day, source=item.source, sections=sections)
        if warnings:
            article = replace(article, warnings=tuple(warnings) + article.warnings)
        return article.to_dict()
    except InputError as err:
        return error_record(item.source, str(err))
    except Exception as err:  # noqa: BLE001 - one bad input must not stop a batch
        if show_traceback:
            traceback.print_exc()
        return error_record(item.source, f"unexpected {type(err).__name__}: {err} (rerun with --traceback)",
                            type(err).__name__)


def _read(item: Input) -> bytes:
    if item.path is None:
        return sys.stdin.buffer.read()
    try:
        with open(item.path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a folder") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}") from None


class _Writer:
    """Writes records as they come: one JSON document, JSON Lines, or tables."""

    def __init__(self, fmt: str, stream: IO[str], sections: tuple[str, ...]) -> None:
        self.fmt, self.stream, self.sections = fmt, stream, sections
        # A stream that cannot take every character (a non-UTF-8 console) gets \u escapes instead.
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
        self.ascii_only = encoding not in {"utf8", "utf8sig", "utf16", "utf32"}
        self.buffered: list[dict[str, Any]] = []
        self.console = self.render = None
        if fmt == "table":
            from .render.table import make_console, render

            self.console, self.render = make_console(stream), render

    def write(self, record: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.stream.write(dumps(record, ascii_only=self.ascii_only) + "\n")
            self.stream.flush()
        elif self.fmt == "json":
            self.buffered.append(record)
        elif "error" not in record:
            self.render(self.console, record, self.sections)

    def close(self) -> None:
        if self.fmt == "json" and self.buffered:
            document: Any = self.buffered[0] if len(self.buffered) == 1 else self.buffered
            self.stream.write(dumps(document, indent=2, ascii_only=self.ascii_only) + "\n")


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def main() -> None:
    """Console entry point: exit codes for usage errors and Ctrl-C, never a traceback for them."""
    try:
        cli.main(prog_name="newsx", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("newsx: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except KeyboardInterrupt:
        click.echo("newsx: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    # A reader that goes away (`newsx extract big/ | head -1`) is handled by click itself: it
    # silences stdout and exits 1 without a traceback.
    sys.exit(ExitStatus.OK)
