"""Analysing units into records, one after another or in worker processes, results in order.

Rules, in priority order:
1. Every unit yields exactly one record (a result or an error record) — a JSON array input one per
   item — and nothing a unit holds can stop the batch: analyse() never raises but on Ctrl-C.
2. Every byte read goes through text.decode (its --encoding, its warnings).
3. A date from the input's metadata (a JSON date field, an HTML page's markup) is the publication
   date (rule `metadata`) unless --published gives one; the text's own dateline or header is still
   listed among its dates. A web page is dated by `pages.read_page` (markup, the text's stamp, a
   byline beside the text, a thorough search), and keeps its date even without main text.
4. In parallel, work goes out in chunks with at most `window` chunks in flight, so memory stays flat
   whatever the batch size; results come back in input order unless `ordered` is false.
5. A single unit, or -j 1, runs in this process: no pool to start.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from itertools import chain, islice
from typing import Any, NamedTuple

from .dates.isoday import RX_ISO_DAY, iso_day
from .defaults import DATE_FIELDS, ID_FIELDS, MAX_BYTES, TEXT_FIELDS
from .inputs import Unit, read_file
from .model import Warning, plain
from .pipeline import SECTIONS, extract
from .render.json import dumps, error_record, lazy_record
from .text import InputError, decode, replace_surrogates, surrogates_replaced

# Chunks sent to a worker: enough work to amortise the round trip (well under a millisecond), small
# enough (a tenth of a second of extraction or so) to balance the load and keep the output flowing.
CHUNK_UNITS = 16
CHUNK_BYTES = 32 * 1024
# How long stopped workers (Ctrl-C, the reader gone) get to leave their analysis before they are killed.
STOP_GRACE = 10.0

# Epoch numbers are read as seconds, or as milliseconds, only when that gives a date in these years.
_PLAUSIBLE_YEARS = range(1900, 3000)
# Python reads integers of at most this many digits (0: any); a JSON line with a longer one is
# rejected on its own rather than stopping its whole file.
_INT_DIGITS = getattr(sys, "get_int_max_str_digits", lambda: 0)()


@dataclass(frozen=True, slots=True)
class Options:
    """What every worker needs to know; sent with each chunk (small, picklable)."""

    published: dt.date | None = None
    sections: tuple[str, ...] = SECTIONS
    encoding: str | None = None
    text_fields: tuple[str, ...] = TEXT_FIELDS
    id_fields: tuple[str, ...] = ID_FIELDS
    date_fields: tuple[str, ...] = DATE_FIELDS
    include_text: bool = False
    max_bytes: int = MAX_BYTES
    render: str = "dict"  # dict: records as dicts; jsonl: compact JSON text (from worker processes)
    ascii_only: bool = False
    show_traceback: bool = False

    @classmethod
    def named_fields(cls, text_field: str | None, id_field: str | None, date_field: str | None,
                     **options: Any) -> Options:
        """Options where a field the user named replaces the list of common field names."""
        return cls(text_fields=(text_field,) if text_field else TEXT_FIELDS,
                   id_fields=(id_field,) if id_field else ID_FIELDS,
                   date_fields=(date_field,) if date_field else DATE_FIELDS, **options)


class Outcome(NamedTuple):
    """The record of one article: as a dict or JSON text, with its error message when it failed."""

    source: str
    payload: Any
    error: str | None
    chars: int


def analyse(unit: Unit, options: Options, progress: Callable[[int], None] | None = None) -> list[Outcome]:
    """One unit -> its records (rule 1); ``progress`` hears how far a long text has got."""
    return list(outcomes_of(unit, options, progress))


def outcomes_of(unit: Unit, options: Options, progress: Callable[[int], None] | None = None) -> Iterable[Outcome]:
    """analyse() one record at a time: a JSON array's items are analysed as they are taken, so
    that its records can be written as they are made (no list of them all)."""
    unit = _named_in_utf8(unit)
    try:
        if unit.kind == "error":
            raise InputError(unit.problem or "unknown problem")
        data = unit.data if unit.data is not None else read_file(unit.path or "", options.max_bytes)
        if unit.kind == "json":
            return _json_file(unit.source, data, options)
        if unit.kind == "jsonl":
            text, warnings = decode(data, options.encoding)
            return [_from_json(unit.source, _loads(text), options, warnings)]
        if unit.kind == "html":
            return [_html(unit.source, data, options)]
        text, warnings = decode(data, options.encoding)
        return [_article(unit.source, text, options, warnings, progress=progress)]
    except InputError as err:
        return [_error(unit.source, str(err), options)]
    except Exception as err:  # noqa: BLE001 - one bad input must not stop a batch
        return [_unexpected(unit.source, err, options)]


def _unexpected(source: str, err: Exception, options: Options) -> Outcome:
    if options.show_traceback:
        import traceback

        traceback.print_exc()
    return _error(source, f"unexpected {type(err).__name__}: {err} (rerun with --traceback)", options,
                  type(err).__name__)


def _named_in_utf8(unit: Unit) -> Unit:
    """The unit with a source any output can write: a file name's undecodable bytes (surrogate
    escapes) become U+FFFD, one for one (the command line warns once per input, naming the bytes)."""
    source, count = replace_surrogates(unit.source)
    return replace(unit, source=source) if count else unit


def analyse_chunk(chunk: Sequence[Unit], options: Options) -> list[list[Outcome]]:
    """What a worker runs: one list of outcomes per unit, records as JSON text or plain dicts."""
    return [[_finished(outcome, options) for outcome in analyse(unit, options)] for unit in chunk]


def _finished(outcome: Outcome, options: Options) -> Outcome:
    """An outcome whose record is sent to another process: plain values, or JSON text for JSON Lines.
    (In this process a record keeps its items as records until it is written, item by item.)"""
    record = plain(outcome.payload)
    payload = dumps(record, ascii_only=options.ascii_only) if options.render == "jsonl" else record
    return outcome._replace(payload=payload)


def record_of(item: Any, options: Options = Options(), source: str | None = None) -> dict[str, Any]:
    """One record from a str (the article) or a dict (a crawler record); for dask and other engines."""
    if source is not None:
        source = replace_surrogates(source)[0]
    label = source or "<item>"
    options = replace(options, render="dict")
    try:
        if isinstance(item, bytes):
            text, warnings = decode(item, options.encoding)
            outcome = _article(source, text, options, warnings)
        elif isinstance(item, str):
            if not item.strip():
                raise InputError("empty text")
            outcome = _article(source, item, options, [])
        elif isinstance(item, dict):
            outcome = _from_json(source, item, options, [])
        else:
            raise InputError(f"cannot analyse a {type(item).__name__} (give a str, bytes or dict)")
    except InputError as err:
        outcome = _error(label, str(err), options)
    except Exception as err:  # noqa: BLE001 - one bad item must not stop a job
        outcome = _error(label, f"unexpected {type(err).__name__}: {err}", options, type(err).__name__)
    return plain(outcome.payload)


# --- record builders ---------------------------------------------------------------------------


def _article(
    source: str | None,
    text: str,
    options: Options,
    warnings: Iterable[Warning],
    *,
    meta_date: dt.date | None = None,
    meta_rule: str = "metadata",
    record_id: Any = None,
    progress: Callable[[int], None] | None = None,
) -> Outcome:
    article = extract(text, options.published or meta_date, source=source, sections=options.sections,
                      progress=progress)
    if options.published is None and meta_date is not None and article.published is not None \
            and article.published.rule == "argument":
        article = replace(article, published=replace(article.published, rule=meta_rule))
    warnings = tuple(warnings)
    if warnings:
        article = replace(article, warnings=warnings + article.warnings)
    record = lazy_record(article)
    if record_id is not None:
        record = {"schema_version": record.pop("schema_version"), "source": record.pop("source"), "id": record_id,
                  **record}
    if options.include_text:
        record["text"] = text
    return Outcome(source or "", record, None, len(text))


def _error(source: str, message: str, options: Options, error_type: str = "InputError",
           record_id: Any = None) -> Outcome:
    message = replace_surrogates(message)[0]  # it may quote a file name (a link's target)
    record = error_record(source, message, error_type)
    if record_id is not None:
        record = {"schema_version": record["schema_version"], "source": source, "id": record_id,
                  "error": record["error"]}
    return Outcome(source, record, message, 0)


class _LongInteger:
    """What a JSON integer too long for Python to read (more than _INT_DIGITS digits) becomes."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _parse_int(digits: str) -> Any:
    if _INT_DIGITS and len(digits) > _INT_DIGITS and len(digits.lstrip("-")) > _INT_DIGITS:
        return _LongInteger(len(digits.lstrip("-")))
    return int(digits)


def _long_integer(document: Any) -> _LongInteger | None:
    """The first too-long integer in a parsed document, if any (an explicit stack: no recursion limit)."""
    stack = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, _LongInteger):
            return value
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return None


def _too_long(found: _LongInteger) -> InputError:
    return InputError(f"an integer of {found.digits} digits, more than the {_INT_DIGITS} Python reads")


def _parse_json(text: str) -> Any:
    """json.loads, its integers of any length read (too long ones as _LongInteger)."""
    return json.loads(text, parse_int=_parse_int)


def _where(err: json.JSONDecodeError, lines: bool = False) -> str:
    """json's message and where: some of its messages end in "at" already ("Unterminated string
    starting at"), the others do not ("Expecting value")."""
    place = f"line {err.lineno} column {err.colno}" if lines else f"column {err.colno}"
    return f"{err.msg} {place}" if err.msg.endswith(" at") else f"{err.msg} at {place}"


def _loads(text: str) -> Any:
    """One JSON document (a JSON line); an integer too long to read rejects it."""
    try:
        document = _parse_json(text)
    except json.JSONDecodeError as err:
        raise InputError(f"not valid JSON ({_where(err)})") from None
    except RecursionError:
        raise InputError("not valid JSON (nested too deeply)") from None
    found = _long_integer(document)
    if found is not None:
        raise _too_long(found)
    return document


def _json_file(source: str, data: bytes, options: Options) -> Iterable[Outcome]:
    """A crawler's record, or an array of them (source FILE:N, N from 1)."""
    text, warnings = decode(data, options.encoding)
    try:
        document = _parse_json(text)
    except json.JSONDecodeError as err:
        if err.msg != "Extra data":
            raise InputError(f"not valid JSON ({_where(err, lines=True)})") from None
        # One object per line under a .json name (scrapy's and many crawlers' habit): JSON Lines,
        # split at "\n" only: str.splitlines would also split at U+2028 and U+2029, which JSON
        # strings may hold raw (newsx's own output does), and renumber the lines after them.
        return [_json_line(f"{source}:{number}", line, options, warnings)
                for number, line in enumerate(text.split("\n"), 1) if line.strip()]
    except RecursionError:
        raise InputError("not valid JSON (nested too deeply)") from None
    if isinstance(document, list):
        if not document:
            raise InputError("an empty JSON array")
        return _array_outcomes(source, document, options, warnings)
    found = _long_integer(document)
    if found is not None:
        raise _too_long(found)
    return [_from_json(source, document, options, warnings)]


def _array_outcomes(source: str, document: list[Any], options: Options, warnings: list[Warning]) -> Iterator[Outcome]:
    """The records of a JSON array's items, each made when it is taken (and then let go); an
    unexpected failure is that item's error record."""
    for n, item in enumerate(document, 1):
        try:
            yield _json_item(f"{source}:{n}", item, options, warnings)
        except Exception as err:  # noqa: BLE001 - one bad item must not stop the others
            yield _unexpected(f"{source}:{n}", err, options)


def _json_item(source: str, item: Any, options: Options, warnings: list[Warning]) -> Outcome:
    """An item of a JSON array: its record, or its own error record."""
    found = _long_integer(item)
    if found is not None:
        return _error(source, str(_too_long(found)), options)
    return _from_json(source, item, options, warnings)


def _json_line(source: str, line: str, options: Options, warnings: list[Warning]) -> Outcome:
    try:
        return _from_json(source, _loads(line), options, warnings)
    except InputError as err:
        return _error(source, str(err), options)


def _from_json(source: str | None, document: Any, options: Options, warnings: list[Warning]) -> Outcome:
    """A record from a JSON object: its text, id and date fields found by name."""
    label = source or "<item>"
    if not isinstance(document, dict):
        return _error(label, f"not a JSON object but a {type(document).__name__}", options)
    warnings = list(warnings)
    record_id = _first_named(document, options.id_fields)[1]
    if record_id is not None and (isinstance(record_id, bool) or not isinstance(record_id, (str, int))):
        record_id = json.dumps(record_id, ensure_ascii=False)
    if isinstance(record_id, str):
        record_id = surrogates_replaced(record_id, warnings, "id field")
    name, text = _first_named(document, options.text_fields)
    if name is None:
        return _error(label, f"no text field (looked for {', '.join(options.text_fields)}; see --text-field)",
                      options, record_id=record_id)
    if not isinstance(text, str):
        return _error(label, f"field {name!r} is not a string", options, record_id=record_id)
    if not text.strip():
        return _error(label, f"field {name!r} is empty", options, record_id=record_id)
    text = surrogates_replaced(text, warnings, f"field {name!r}")
    date_name, raw_date = _first_named(document, options.date_fields)
    meta_date = None
    if date_name is not None and raw_date not in (None, ""):
        meta_date = parse_date(raw_date)
        if meta_date is None:
            warnings.append(Warning("bad-date-field", f"field {date_name!r} holds no full date: {str(raw_date)[:40]!r}"))
    return _article(source, text, options, warnings, meta_date=meta_date, record_id=record_id)


def _first_named(document: dict[str, Any], names: Sequence[str]) -> tuple[str | None, Any]:
    for name in names:
        if name in document and document[name] is not None:
            return name, document[name]
    return None, None


def parse_date(value: Any) -> dt.date | None:
    """A metadata date: ISO (`2019-03-05 12:34:00`), RFC 2822, epoch seconds, or a full date in words.

    Only a date naming year, month and day counts; nothing is filled in from the clock.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _epoch_date(value)
    if not isinstance(value, str) or len(value) > 100:
        return None
    if RX_ISO_DAY.match(value):
        return iso_day(value)  # an ISO date that is no day of the calendar is none, in no other format
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser

    # Two different defaults: a date missing its day, month or year comes out differently.
    try:
        first = parser.parse(value, default=dt.datetime(2000, 1, 1))
        second = parser.parse(value, default=dt.datetime(2001, 2, 2))
    except (ValueError, OverflowError, parser.ParserError):
        return None
    return first.date() if first.date() == second.date() else None


def _epoch_date(value: float) -> dt.date | None:
    """Epoch seconds when that is a date in 1900-2999; else epoch milliseconds when that is, and
    the number read as seconds is no date at all (past year 9999 or before year 1): year 9999's
    last second, a common "no end" value, is no date, not a day of 1978 read as milliseconds."""
    seconds = _utc_day(value)
    if seconds is not None:
        return seconds if seconds.year in _PLAUSIBLE_YEARS else None
    millis = _utc_day(value / 1000)
    return millis if millis is not None and millis.year in _PLAUSIBLE_YEARS else None


def _utc_day(seconds: float) -> dt.date | None:
    try:
        return (dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(seconds=seconds)).date()
    except (OverflowError, ValueError):  # out of datetime's years 1-9999, or not a number (nan)
        return None


def _html(source: str, data: bytes, options: Options) -> Outcome:
    """A web page: its main text, dated by its markup or its text (rule 3; ``pages``). A page
    without main text still gives its date: a record with empty sections and a ``no-text`` warning
    (an error record has no room for a date); without a date either it is an error record."""
    from .pages import read_page

    _quiet_html_logs()
    page, warnings = decode(data, options.encoding)
    found = read_page(page)
    if not found.text:
        if found.date is None:
            raise InputError("no article text found in this page")
        warnings = [*warnings, Warning("no-text", "no article text found in this page; only its date was read")]
    return _article(source, found.text, options, warnings, meta_date=found.date, meta_rule=found.rule or "metadata")


@functools.cache
def _quiet_html_logs() -> None:
    """trafilatura and htmldate log page troubles as warnings; the record already says what failed.
    Once per process."""
    import logging

    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


# --- running -----------------------------------------------------------------------------------


class Done(NamedTuple):
    """A finished unit: its input's group, how many input bytes it stood for, and its records
    (in this process, records still being made: take them once, in order)."""

    group: int
    size: int
    outcomes: Iterable[Outcome]


def chunked(units: Iterable[Unit]) -> Iterator[list[Unit]]:
    """Consecutive units grouped up to CHUNK_UNITS or CHUNK_BYTES of input."""
    chunk: list[Unit] = []
    weight = 0
    for unit in units:
        chunk.append(unit)
        weight += len(unit.data) if unit.data is not None else unit.size
        if len(chunk) >= CHUNK_UNITS or weight >= CHUNK_BYTES:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def run_serial(units: Iterable[Unit], options: Options,
               progress: Callable[[int], None] | None = None) -> Iterator[Done]:
    for unit in units:
        yield Done(unit.group, unit.size, outcomes_of(unit, options, progress))


def run_windowed(
    units: Iterable[Unit],
    submit: Callable[[list[Unit]], Any],
    collect: Callable[[Any], list[list[Outcome]]],
    wait_any: Callable[[list[Any]], Iterable[Any]],
    window: int,
    ordered: bool = True,
) -> Iterator[Done]:
    """Chunks handed to `submit`, at most `window` in flight, results in order unless not `ordered`.

    `collect(future)` gives a chunk's outcomes; `wait_any(futures)` returns some that are done.
    """
    pending: deque[tuple[list[tuple[int, int]], Any]] = deque()

    def finish(entry: tuple[list[tuple[int, int]], Any]) -> Iterator[Done]:
        keys, future = entry
        for (group, size), outcomes in zip(keys, collect(future)):
            yield Done(group, size, outcomes)

    for chunk in chunked(units):
        pending.append(([(unit.group, unit.size) for unit in chunk], submit(chunk)))
        while len(pending) >= window:
            if ordered:
                yield from finish(pending.popleft())
            else:
                done = set(map(id, wait_any([future for _, future in pending])))
                for entry in [entry for entry in pending if id(entry[1]) in done]:
                    pending.remove(entry)
                    yield from finish(entry)
    while pending:
        yield from finish(pending.popleft())


class Cancelled(BaseException):
    """Raised in a worker told to stop (SIGTERM) while it analyses a chunk: the chunk is dropped.
    A BaseException, so that analyse() does not turn it into an error record."""


_stopping = False  # this worker process has been told to stop
_analysing = False  # this worker process is inside a chunk's analysis


# How often a worker looks whether the main process is still there.
PARENT_CHECK = 0.25


def _worker_setup(main_pid: int) -> None:
    """Each worker process's start: Ctrl-C is left to the main process, which stops the workers
    (one message, no tracebacks); SIGTERM is that stop (see ProcessPool.close); a main process
    that died (SIGKILL) ends the worker (_watch_parent)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_terminate)
    _watch_parent(main_pid)


def _watch_parent(main_pid: int) -> None:
    """A thread that ends this worker once its parent (the main process, or the fork server, which
    leaves with it) is gone: a worker otherwise waits for work for ever. Orphans are adopted by
    another process, so a changed os.getppid() is the sign; and since the main process may die
    before a slow worker starts (its parent is then already the adopter), the main process's pid
    is asked too."""
    import threading

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent and _alive(main_pid):
            time.sleep(PARENT_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="newsx-parent-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    """Whether process pid still exists (a zombie not yet reaped counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process now holds the pid: it exists
    return True


def _on_terminate(_signum: int, _frame: Any) -> None:
    """SIGTERM in a worker: abandon the chunk being analysed at once, but never die elsewhere.
    A worker killed while it sends a result leaves half a message in the result pipe, and the
    executor's thread in the main process waits for the rest for ever: that process never ends."""
    global _stopping
    _stopping = True
    if _analysing:
        raise Cancelled


def _worker_chunk(chunk: Sequence[Unit], options: Options) -> list[list[Outcome]]:
    """analyse_chunk in a pool's worker process, abandoned when the worker is told to stop."""
    global _analysing
    if _stopping:
        raise Cancelled
    _analysing = True
    try:
        return analyse_chunk(chunk, options)
    finally:
        _analysing = False


class ProcessPool:
    """Worker processes for run_windowed; a pool broken by a dead worker is replaced."""

    def __init__(self, jobs: int, options: Options) -> None:
        import multiprocessing
        import sys
        import threading

        self.jobs, self.options = jobs, options
        methods = multiprocessing.get_all_start_methods()
        if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
            # No other thread whose locks a fork could copy mid-use: fork, the quickest start (the
            # workers inherit the extractors already imported here).
            self.context = multiprocessing.get_context("fork")
        elif "forkserver" in methods:
            # Threads about (the progress bar's): workers forked from a clean server instead, which
            # imports the extractors once.
            self.context = multiprocessing.get_context("forkserver")
            self.context.set_forkserver_preload(["newsx.batch"])
        else:
            self.context = multiprocessing.get_context("spawn")
        self.executor = self._start()

    def _start(self) -> Any:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(self.jobs, mp_context=self.context, initializer=_worker_setup,
                                   initargs=(os.getpid(),))

    def submit(self, chunk: list[Unit]) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        try:
            future = self.executor.submit(_worker_chunk, chunk, self.options)
        except BrokenProcessPool:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()
            future = self.executor.submit(_worker_chunk, chunk, self.options)
        future.chunk_sources = [unit.source for unit in chunk]  # for the records of a lost chunk
        return future

    def collect(self, future: Any) -> list[list[Outcome]]:
        try:
            return future.result()
        except Exception as err:  # noqa: BLE001 - a dead worker (killed, out of memory) loses one chunk
            message = f"worker process failed ({type(err).__name__}: {err}); rerun this input alone"
            return [[_error(source, message, self.options, "WorkerError")] for source in future.chunk_sources]

    @staticmethod
    def wait_any(futures: list[Any]) -> Iterable[Any]:
        from concurrent.futures import FIRST_COMPLETED, wait

        return wait(futures, return_when=FIRST_COMPLETED).done

    def close(self, *, cancel: bool = False) -> None:
        """Wait for the workers to finish, or with `cancel` (Ctrl-C, the reader of the output gone)
        stop them now: not after the chunks in flight, and with no worker left behind."""
        if not cancel:
            self.executor.shutdown(wait=True)
            return
        from multiprocessing.connection import wait

        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            _signal(process, "terminate")  # a request to stop (_on_terminate), not a kill
        # The executor's thread takes the abandoned chunks' results and then ends the workers.
        deadline = time.monotonic() + STOP_GRACE
        while time.monotonic() < deadline:
            running = [process.sentinel for process in processes if process.is_alive()]
            if not running:
                break
            wait(running, timeout=max(deadline - time.monotonic(), 0))
        for process in processes:
            # Still at work after the grace: deep in one long step of an analysis (a SIGTERM
            # handler runs only between Python steps), so not sending a result: killed.
            if process.is_alive():
                _signal(process, "kill")


def _signal(process: Any, how: str) -> None:
    try:
        getattr(process, how)()
    except (OSError, ValueError):  # gone already, or closed by the executor
        pass


def run(units: Iterable[Unit], options: Options, *, jobs: int, ordered: bool = True,
        progress: Callable[[int], None] | None = None) -> Iterator[Done]:
    """Analyse the units, in this process or in `jobs` worker processes (rule 5). In this process,
    ``progress`` is told how many characters of a long text have been analysed (after each chunk)."""
    stream = iter(units)
    head = list(islice(stream, 2))
    if jobs <= 1 or len(head) < 2:
        yield from run_serial(chain(head, stream), options, progress)
        return
    pool = ProcessPool(jobs, options)
    finished = False
    try:
        yield from run_windowed(chain(head, stream), pool.submit, pool.collect, pool.wait_any,
                                window=jobs * 4, ordered=ordered)
        finished = True
    finally:
        pool.close(cancel=not finished)


def default_jobs() -> int:
    return os.cpu_count() or 1
