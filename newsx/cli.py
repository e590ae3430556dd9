"""The command line: options -> library -> renderer, and exit codes. Thin on purpose.

Only click is imported up front: the extractors, rich and dateutil load when a command needs them,
so that `newsx --help` and `newsx --version` answer at once.
"""
from __future__ import annotations

import codecs
import enum
import json
import os
import sys
from collections.abc import Iterator
from itertools import chain, islice
from typing import IO, TYPE_CHECKING, Any, cast

import click

from . import __version__
from .defaults import DATE_FIELDS, ID_FIELDS, INPUT_KINDS, STDIN, TEXT_FIELDS

if TYPE_CHECKING:
    from .inputs import Input, Unit

# The same as pipeline.SECTIONS (tested), written out so that --help needs no extractor.
SECTIONS = ("dates", "quotes", "officials", "figures", "events")
INPUT_FORMATS = ("auto", *INPUT_KINDS)
FLAT_FORMATS = ("csv", "tsv")  # as render.flat.FLAT_FORMATS
EVENT_ORDERS = ("text", "date")
FORMATS = ("auto", "table", "json", "jsonl", "csv", "tsv", "html")
# What an -o FILE's extension asks for (a .gz of any is compressed as it is written).
OUTPUT_EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv",
                     ".html": "html", ".htm": "html"}


class ExitStatus(enum.IntEnum):
    OK = 0
    INPUT_ERROR = 1
    USAGE = 2
    INTERRUPTED = 130
    TERMINATED = 143  # 128 + SIGTERM


def stdin_is_terminal() -> bool:
    """Kept apart so tests can pretend to sit at a terminal."""
    return _is_terminal(sys.stdin)


def stderr_is_terminal() -> bool:
    """Kept apart so tests can pretend to watch the progress bar."""
    return _is_terminal(sys.stderr)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog="""\b
Examples:
  newsx extract article.txt           a table on a terminal, JSON in a pipe
  newsx extract news/ -o out.jsonl    a folder, one record per line
  newsx schema                        the JSON Schema of a record
""")
@click.version_option(__version__, "--version", prog_name="newsx")
def cli() -> None:
    """newsx: dates, quoted officials, figures and cited events from news articles."""


def _parse_sections(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[str, ...]:
    if value is None:
        return SECTIONS
    chosen = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in SECTIONS]
    if unknown or not chosen:
        raise click.BadParameter(f"choose from {','.join(SECTIONS)} (got {value!r})")
    return tuple(section for section in SECTIONS if section in chosen)


def _parse_size(_ctx: click.Context, _param: click.Parameter, value: str) -> int:
    from .inputs import parse_size

    try:
        return parse_size(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


def _check_encoding(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r} (try utf-8, cp1252, latin-1)") from None
    return value


class _BadOption(click.ClickException):
    """A usage error told in one line, without the usage text (a bad or dead --dask address)."""

    exit_code = ExitStatus.USAGE


def _check_scheduler(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """The --dask ADDRESS, its form checked before any input is read (dask itself is not imported)."""
    if value is not None:
        from .dask import parse_address

        try:
            parse_address(value)
        except ValueError as err:
            raise _BadOption(f"--dask: {err}") from None
    return value


@cli.command("extract", epilog="""\b
Examples:
  newsx extract article.txt --full --pager
  newsx extract news/ --only quotes,officials -o quotes.jsonl
  curl -s URL | newsx extract --input-format html --include-text
""")
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
    help="auto: from the extension of -o FILE (.json .jsonl .csv .tsv .html, .gz of any), else a table on a "
         "terminal, else JSON for one file named and JSON Lines for a folder or several PATHs. "
         "csv, tsv: one row per item of the --rows section. "
         "html: one self-contained page with the findings marked on each article's text.",
)
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Publication date to use instead of the one found in the text or its metadata.")
@click.option("--only", callback=_parse_sections, metavar="SECTIONS",
              help=f"Comma-separated sections to output: {','.join(SECTIONS)}.")
@click.option("--rows", type=click.Choice(SECTIONS), metavar="SECTION",
              help=f"With --format csv or tsv: the section whose items are the rows ({', '.join(SECTIONS)}); "
                   "default: the one section --only names. With --output-dir: one file per section.")
@click.option("--sort", "order", type=click.Choice(EVENT_ORDERS), default="text", show_default=True,
              help="Order of each record's events. text: by position in the text (as the schema says). "
                   "date: a timeline, which reorders the events in table, JSON and JSON Lines output: "
                   "dated events by date value, then position; undated events last.")
@click.option("--glob", "patterns", multiple=True, default=("*.txt",), show_default=True, metavar="PATTERN",
              help="File-name pattern for files inside folders; repeat for several (--glob '*.jsonl.gz').")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True,
              help="What the inputs hold; auto: from the name (.jsonl .json .html, .gz of any), else text; "
                   "standard input from its first bytes (JSON Lines, JSON), else text.")
@click.option("--text-field", metavar="NAME", help=f"JSON field of the article text [default: {', '.join(TEXT_FIELDS)}].")
@click.option("--id-field", metavar="NAME", help=f"JSON field copied as the record's id [default: {', '.join(ID_FIELDS)}].")
@click.option("--date-field", metavar="NAME",
              help=f"JSON field of the publication date [default: {', '.join(DATE_FIELDS)}].")
@click.option("--include-text", is_flag=True, help="Add the analysed text to each record (offsets point into it).")
@click.option("--encoding", callback=_check_encoding, metavar="NAME",
              help="Decode inputs with this codec instead of guessing (UTF-8, else cp1252).")
@click.option("--max-bytes", "max_bytes", default="50M", show_default=True, callback=_parse_size, metavar="SIZE",
              help="Skip (as an error) a file or JSON line larger than SIZE (50M, 1G: MiB, GiB), decompressed size for .gz.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Worker processes [default: the number of cores].")
@click.option("--unordered", is_flag=True, help="Write records as they finish, not in input order (faster).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE instead of stdout.")
@click.option("--output-dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write one JSON file per input into DIR, mirroring the input tree.")
@click.option("--resume", is_flag=True, help="With --output-dir: skip inputs whose output exists and is newer.")
@click.option("--dask", "scheduler", metavar="ADDRESS", callback=_check_scheduler,
              help="Run on the Dask cluster at ADDRESS (tcp://host:8786), or on N local worker processes "
                   "started for the run with local[:N] (N: -j or the cores); needs newsx[dask].")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("--traceback", "show_traceback", is_flag=True, help="Print the full traceback of unexpected errors.")
@click.option("--full", is_flag=True, help="Table: show quotes and event clauses whole, not clipped.")
@click.option("--pager", is_flag=True, help="Table on a terminal: show the output through the pager ($PAGER, less).")
def extract_command(
    paths: tuple[str, ...], fmt: str, published: Any, only: tuple[str, ...], rows: str | None, order: str,
    patterns: tuple[str, ...],
    input_format: str, text_field: str | None, id_field: str | None, date_field: str | None, include_text: bool,
    encoding: str | None, max_bytes: int, jobs: int | None, unordered: bool, output: str | None,
    output_dir: str | None, resume: bool, scheduler: str | None, quiet: bool, show_traceback: bool,
    full: bool, pager: bool,
) -> None:
    """Extract dates, quotes, officials, figures and events from articles.

    PATH is a file, a folder (searched recursively, in sorted order, for files matching --glob)
    or - for standard input. Without PATH, standard input is read when it is not a terminal.
    Files ending in .jsonl (one article per line), .json (a crawler's record) and .html (a web page),
    and .gz of any, are read as such.
    """
    paths = _checked_paths(paths, resume, output, output_dir)

    from .batch import Options
    from .inputs import discover
    from .progress import Progress

    found = discover(paths, patterns, input_format, max_bytes=max_bytes,
                     text_fields=(text_field,) if text_field else TEXT_FIELDS)
    head = list(islice(found, 2))
    if fmt == "auto":
        fmt = _auto_format(None if output or output_dir else sys.stdout, paths, head, output)
    if fmt == "html" and output_dir:
        raise click.UsageError("--output-dir writes JSON files: not with --format html (try -o report.html)")
    flat = _flat_sections(fmt, rows, only, output_dir, resume)
    stream = _open_output(output, output_dir)
    options = Options.named_fields(
        text_field, id_field, date_field,
        published=published.date() if published is not None else None,
        sections=flat or only,
        encoding=encoding,
        # The report shows each article's text with its findings marked on it; the table gives
        # warnings their line numbers in it.
        include_text=include_text or fmt in ("html", "table"),
        max_bytes=max_bytes,
        # Workers send JSON text, written as it is, unless the events are to be reordered here.
        render="jsonl" if (fmt == "jsonl" or (output_dir and not flat)) and order == "text" else "dict",
        ascii_only=stream is not None and _ascii_only(stream),
        show_traceback=show_traceback,
    )
    live = not quiet and stderr_is_terminal() and not (stream is not None and _is_terminal(stream))
    progress = Progress(live, (lambda: _count_inputs(paths, patterns, input_format)) if live else None)
    outdir = _output_dir(output_dir, paths, bool(flat), lambda: discover(paths, patterns, input_format))
    batch = _Batch(options, progress, outdir, resume, order)
    reader_gone = False
    try:
        _run(batch, chain(head, found), stream, (fmt, {"full": full, "pager": pager}), flat or only, max_bytes,
             (jobs, not unordered, scheduler), output_dir,
             _may_have_ids(paths, patterns, input_format) if flat else False)
    except _ReaderGone:
        # `newsx extract big/ | head -1`: the reader has what it wanted, the work was stopped.
        reader_gone = True
        _discard_output(stream)
    finally:
        if output and stream is not None:
            stream.close()
    if reader_gone:
        sys.exit(ExitStatus.INPUT_ERROR if batch.failed else ExitStatus.OK)
    if not quiet and (progress.articles + progress.skipped > 1 or output_dir):
        click.echo(progress.summary(), err=True)
    if batch.failed:
        sys.exit(ExitStatus.INPUT_ERROR)


def _checked_paths(paths: tuple[str, ...], resume: bool, output: str | None, output_dir: str | None) -> tuple[str, ...]:
    """The PATHs to read (standard input when none is given), or a usage error."""
    if not paths:
        if stdin_is_terminal():
            raise click.UsageError("no PATH given and standard input is a terminal (try: newsx extract FILE)")
        paths = (STDIN,)
    if paths.count(STDIN) > 1:
        raise click.UsageError("'-' (standard input) can be given only once")
    if resume and not output_dir:
        raise click.UsageError("--resume needs --output-dir")
    if output_dir and (output or STDIN in paths):
        raise click.UsageError("--output-dir writes one file per input PATH: not with -o or standard input")
    return paths


def _open_output(output: str | None, output_dir: str | None) -> IO[str] | None:
    """Where records go: the -o file (gzip-compressed when its name ends in .gz), standard output,
    or nowhere (--output-dir writes files of its own). newline="": CSV rows end as the csv module says."""
    if output:
        try:
            if output.lower().endswith(".gz"):
                import gzip

                return gzip.open(output, "wt", encoding="utf-8", newline="")
            return open(output, "w", encoding="utf-8", newline="")
        except OSError as err:
            raise click.UsageError(f"cannot write {output}: {err.strerror or err}") from None
    return None if output_dir else sys.stdout


def _auto_format(stream: IO[str] | None, paths: tuple[str, ...], head: list[Any], output: str | None = None) -> str:
    """What was asked for, in this order: the extension of -o FILE (.gz removed); a table on a
    terminal; JSON for one file named (or standard input) unless it is JSON Lines; else JSON Lines:
    a folder gives JSON Lines however few files it holds, so a script's output does not change shape."""
    if output:
        name = output.lower()
        fmt = OUTPUT_EXTENSIONS.get(os.path.splitext(name.removesuffix(".gz"))[1])
        if fmt is not None:
            return fmt
    if stream is not None and _is_terminal(stream):
        return "table"
    one_named = len(paths) == 1 and (paths[0] == STDIN or not os.path.isdir(paths[0]))
    return "json" if one_named and head and head[0].kind != "jsonl" else "jsonl"


def _flat_sections(fmt: str, rows: str | None, only: tuple[str, ...], output_dir: str | None,
                   resume: bool) -> tuple[str, ...]:
    """The sections written as rows: none unless the format is csv or tsv; one (--rows, or the one
    section --only names) on a stream; with --output-dir, a file for each section asked for."""
    if fmt not in FLAT_FORMATS:
        if rows:
            raise click.UsageError(f"--rows needs --format csv or tsv, or -o FILE.csv (the format is {fmt})")
        return ()
    if rows and rows not in only:
        raise click.UsageError(f"--rows {rows} is not among the --only sections ({','.join(only)})")
    if rows:
        return (rows,)
    if output_dir:
        if resume:
            raise click.UsageError(f"--resume is not for --format {fmt}: its files gather the rows of all inputs")
        return only
    if len(only) == 1:
        return only
    raise click.UsageError(f"--format {fmt} writes the rows of one section: choose it with --rows "
                           f"({', '.join(SECTIONS)}) or --only SECTION")


def _may_have_ids(paths: tuple[str, ...], patterns: tuple[str, ...], input_format: str) -> bool:
    """Whether records can carry an id (JSON and JSON Lines inputs), judged by the names given, so
    that the flat header, written before the first row, has an `id` column only when it can be filled."""
    if input_format != "auto":
        return input_format in ("json", "jsonl")
    from .inputs import kind_of

    for path in paths:
        names = patterns if os.path.isdir(path) else () if path == STDIN else (path,)
        if any(kind_of(name) in ("json", "jsonl") for name in names):
            return True
    return False


def _output_dir(output_dir: str | None, paths: tuple[str, ...], flat: bool = False,
                walk: Any = None) -> Any:
    """The --output-dir writer, the folder created; None without the option, or for flat files
    (one per section, written by the _Writer). Two inputs that would share an output file are a
    usage error, found before any work (``walk()``: the inputs, walked only when PATHs overlap)."""
    if not output_dir:
        return None
    outdir = None if flat else _checked_outdir(output_dir, paths, walk)
    try:
        os.makedirs(output_dir, exist_ok=True)
    except OSError as err:
        raise click.UsageError(f"cannot create --output-dir {output_dir}: {err.strerror or err}") from None
    return outdir


def _checked_outdir(output_dir: str, paths: tuple[str, ...], walk: Any) -> Any:
    from .outdir import Collision, OutputDir

    try:
        outdir = OutputDir(output_dir, paths)
        if walk is not None and outdir.may_collide:
            outdir.check(walk())
    except Collision as err:
        raise click.UsageError(f"--output-dir: {err}") from None
    return outdir


def _run(batch: _Batch, inputs: Iterator[Any], stream: IO[str] | None, view: tuple[str, dict[str, bool]],
         only: tuple[str, ...], max_bytes: int, how: tuple[int | None, bool, str | None], output_dir: str | None,
         with_ids: bool = False) -> None:
    """Analyse every input and write its records; on any failure the output folder keeps no partial file.
    ``view``: the format and the table's options (full, pager)."""
    from .batch import default_jobs

    fmt, table_options = view
    jobs, ordered, scheduler = how
    progress, outdir = batch.progress, batch.outdir
    finished = False
    writer = None
    try:
        if stream is not None or fmt in FLAT_FORMATS:
            writer = _Writer(fmt, stream, only, table_options, with_ids, output_dir)
        runner = _runner(batch.units(inputs, max_bytes), batch.options, jobs or default_jobs(), ordered, scheduler,
                         progress.within)
        try:
            for done in runner:
                batch.record(done, writer)
            if writer is not None:
                writer.close()
            if stream is not None:
                stream.flush()
        except BrokenPipeError:
            if output_dir:
                raise
            raise _ReaderGone from None
        except OSError as err:
            if not output_dir:
                raise
            # A folder that turned read-only or a full disk: no further output can be written.
            raise click.ClickException(f"cannot write under {output_dir}: {err.strerror or err}") from None
        finally:
            # Stop the workers now, whatever happened: not whenever the runner is collected.
            close = getattr(runner, "close", None)
            if close is not None:
                close()
        finished = True
    except OSError as err:
        if not output_dir:
            raise
        raise click.ClickException(f"cannot write under {output_dir}: {err.strerror or err}") from None
    finally:
        progress.close()
        if not finished:
            if outdir is not None:
                outdir.abandon()
            if writer is not None:
                writer.abandon()


class _ReaderGone(Exception):
    """The output's reader went away (a broken pipe): nothing more can be written."""


def _discard_output(stream: IO[str] | None) -> None:
    """Whatever is still buffered for a stream whose reader went away goes nowhere: flushing it
    at close or at exit would fail again (an "Exception ignored" message and exit status 120)."""
    if stream is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no file descriptor (a test's stream)
        pass


def _runner(units: Iterator[Unit], options: Any, jobs: int, ordered: bool, scheduler: str | None,
            within: Any = None) -> Iterator[Any]:
    if scheduler:
        try:
            from .dask import run_on_cluster

            return run_on_cluster(units, options, scheduler, ordered=ordered, jobs=jobs)
        except ImportError as err:
            raise click.UsageError(f"--dask needs the dask extra: pip install 'newsx[dask]' ({err})") from None
        except (OSError, TimeoutError, ValueError) as err:
            raise _BadOption(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
    from .batch import run

    return run(units, options, jobs=jobs, ordered=ordered, progress=within)


class _Batch:
    """Feeds units to the runner and takes back their records: groups, output files, counts."""

    def __init__(self, options: Any, progress: Any, outdir: Any, resume: bool, order: str = "text") -> None:
        self.options, self.progress, self.outdir, self.resume = options, progress, outdir, resume
        self.order = order
        self.failed = False
        # group -> [units expected (None until its input is read to the end), units received]
        self.groups: dict[int, list[Any]] = {}

    def units(self, inputs: Iterator[Input], max_bytes: int) -> Iterator[Unit]:
        from .inputs import units

        for group, item in enumerate(inputs):
            if item.note:
                self.progress.say(f"newsx: {item.note}")
            self._warn_undecodable_name(item.source)
            if self.outdir is not None:
                target = self.outdir.target(item)
                if target is not None:
                    if self.resume and self.outdir.is_done(item, target):
                        self.progress.skipped += 1
                        continue
                    self.outdir.begin(group, target, item.kind == "jsonl")
            self.groups[group] = [None, 0]
            count = 0
            for unit in units(item, max_bytes, group):
                count += 1
                yield unit
            self.groups[group][0] = count
            self._maybe_complete(group)

    def _warn_undecodable_name(self, source: str) -> None:
        """A file name that is not valid UTF-8 is written in its records with U+FFFD for each
        undecodable byte (valid JSON on any output); this line names the bytes."""
        from .text import printable, replace_surrogates

        if replace_surrogates(source)[1]:
            self.progress.say(f"newsx: warning: {printable(source)}: file name not valid UTF-8; "
                              "its records' source has U+FFFD for each undecodable byte")

    def record(self, done: Any, writer: _Writer | None) -> None:
        from .text import printable

        errors = chars = records = 0
        for outcome in done.outcomes:  # taken once: a JSON array's records are made as they are written
            records += 1
            chars += outcome.chars
            if outcome.error is not None:
                errors += 1
                self.failed = True
                self.progress.say(f"newsx: error: {printable(outcome.source)}: {printable(outcome.error)}")
            payload = sort_events(outcome.payload, self.order)
            if self.outdir is not None:
                self.outdir.write(done.group, payload)
            elif writer is not None:
                writer.write(payload)
        self.groups[done.group][1] += 1
        self._maybe_complete(done.group)
        self.progress.advance(done.size, records, errors, chars)

    def _maybe_complete(self, group: int) -> None:
        """An input is done when it has been read to the end and all its units came back."""
        expected, received = self.groups[group]
        if expected is None or received < expected:
            return
        del self.groups[group]
        self.progress.inputs += 1
        if self.outdir is not None:
            self.outdir.commit(group)


def sort_events(record: Any, order: str) -> Any:
    """The record with its events in ``order``: as they are for "text" (sorted by start), a timeline
    for "date" (dated events by date value string, then start; undated last). A record whose events
    are null (not asked for) or absent (an error record) is returned as it is; the items themselves,
    dicts or records, are kept as they are."""
    if order != "date" or not isinstance(record, dict):
        return record
    events = record.get("events")
    if not events:
        return record
    from .render.timeline import timeline_key

    timeline = sorted(events, key=timeline_key)
    return {**record, "events": tuple(timeline) if isinstance(events, tuple) else timeline}


def _count_inputs(paths: tuple[str, ...], patterns: tuple[str, ...], input_format: str) -> tuple[int, int]:
    """How many inputs and bytes there are, for the progress bar's total (a second walk)."""
    from .inputs import discover

    if STDIN in paths:  # not walked: it would be read here a second time
        raise ValueError("standard input has no known size")
    count = size = 0
    for item in discover(paths, patterns, input_format):
        if item.path is None:
            raise ValueError("standard input has no known size")
        count += 1
        try:
            size += os.stat(item.path).st_size
        except OSError:
            pass
    return count, size


@cli.command("schema", epilog="""\b
Examples:
  newsx schema > record.schema.json
  newsx schema | jq '.properties | keys'
""")
def schema_command() -> None:
    """Print the JSON Schema (draft 2020-12) of the output record."""
    from .render.json import SCHEMA, dumps

    click.echo(dumps(SCHEMA, indent=2))


class _Writer:
    """Writes records as they come: one JSON document, JSON Lines, tables, the HTML report, or rows
    (CSV, TSV) of one section to the stream or of each section to its file in the --output-dir."""

    def __init__(self, fmt: str, stream: IO[str] | None, sections: tuple[str, ...],
                 table_options: dict[str, bool] | None = None, with_ids: bool = False,
                 output_dir: str | None = None) -> None:
        # No stream only for flat files under --output-dir, which are written through self.rows.
        self.fmt, self.stream, self.sections = fmt, cast("IO[str]", stream), sections
        self.ascii_only = stream is not None and _ascii_only(stream)
        self.document: Any = None  # --format json: a OneOrMany, made with the first record
        self.table = self.report = self.rows = None
        from .model import plain
        from .render.json import write

        self.plain, self.write_json = plain, write
        if fmt == "table":
            from .render.table import TableWriter

            self.table = TableWriter(self.stream, sections, **(table_options or {}))
        elif fmt == "html":
            from .render.html import HtmlWriter

            self.report = HtmlWriter(self.stream)
        elif fmt in FLAT_FORMATS:
            from .render.flat import FlatWriter, SectionFiles

            self.rows = (SectionFiles(output_dir or ".", sections, fmt, with_ids) if stream is None
                         else FlatWriter(stream, sections[0], fmt, with_ids))

    def write(self, record: dict[str, Any] | str) -> None:
        """A record as a dict (its sections may hold records, written item by item), or already
        JSON text (from a worker, for JSON Lines)."""
        if self.rows is not None:
            self.rows.write(record if isinstance(record, dict) else json.loads(record))
        elif isinstance(record, str):
            self.stream.write(record + "\n")
            self.stream.flush()
        elif self.fmt == "jsonl":
            self.write_json(self.stream, record, ascii_only=self.ascii_only)
            self.stream.write("\n")
            self.stream.flush()
        elif self.fmt == "json":
            self._json_document().add(record)
        elif self.report is not None:
            self.report.write(self.plain(record))
        elif "error" not in record and self.table is not None:
            self.table.write(self.plain(record))

    def close(self) -> None:
        if self.rows is not None:
            self.rows.close()
        if self.report is not None:
            self.report.close()
        if self.table is not None:
            self.table.close()
        if self.document is not None:
            self.document.close()
            self.stream.write("\n")

    def _json_document(self) -> Any:
        if self.document is None:
            from .render.json import OneOrMany

            self.document = OneOrMany(self.stream, indent=2, ascii_only=self.ascii_only)
        return self.document

    def abandon(self) -> None:
        """A failed run: flat files under --output-dir are removed, not left half-written."""
        abandon = getattr(self.rows, "abandon", None)
        if abandon is not None:
            abandon()


def _is_terminal(stream: Any) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _ascii_only(stream: IO[str]) -> bool:
    """A stream that cannot take every character (a non-UTF-8 console) gets \\u escapes instead."""
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
    return encoding not in {"utf8", "utf8sig", "utf16", "utf32"}


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is (workers stopped, temporary files removed), with its own status."""


def _on_sigterm(_signum: int, _frame: Any) -> None:
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # one clean-up, not one per signal
    raise _Terminated


def main() -> None:
    """Console entry point: exit codes for usage errors, Ctrl-C and SIGTERM, never a traceback for them."""
    import signal

    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        cli.main(prog_name="newsx", standalone_mode=False)
    except (_Terminated, click.exceptions.Abort) as err:
        # click turns a KeyboardInterrupt, _Terminated included, into Abort.
        if isinstance(err, _Terminated) or isinstance(err.__context__, _Terminated):
            click.echo("newsx: terminated", err=True)
            sys.exit(ExitStatus.TERMINATED)
        click.echo("newsx: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except KeyboardInterrupt:
        click.echo("newsx: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    # A reader that goes away (`newsx extract big/ | head -1`) ends `extract` with status 0 (see
    # _ReaderGone); elsewhere click handles it: stdout silenced, status 1, no traceback.
    sys.exit(ExitStatus.OK)
