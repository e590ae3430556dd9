"""newsx on a Dask cluster: a function to map over a dask.bag, and the runner of `extract --dask`.

Rules, in priority order:
1. The work is the same as on one machine (batch.analyse): every item or input gives one record
   or one error record, never an exception.
2. `extract --dask ADDRESS` reads the inputs here and sends their bytes, so the workers need newsx
   installed but no access to the files; at most a window of chunks (4 per worker thread) is in
   flight, so the client's memory stays flat; results come back in input order unless unordered.
3. dask and distributed are imported only when used (the optional extra `newsx[dask]`).
4. ADDRESS is checked before anything starts: `local[:N]` starts a cluster of N worker processes
   here (closed at the end), a scheduler's address must be PROTOCOL://HOST:PORT or HOST:PORT, and a
   scheduler that does not answer within CONNECT_TIMEOUT seconds is an error, not a wait.
"""
from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from .batch import SECTIONS, Done, Options, Outcome, analyse_chunk
from .batch import _error, record_of, run_windowed
from .inputs import Unit, read_file
from .text import InputError

__all__ = ["extract_bag", "extract_partition", "run_on_cluster", "parse_address"]

CONNECT_TIMEOUT = 5  # seconds: a scheduler answers in milliseconds; a dead address never does
_LOCAL = re.compile(r"local(?::(\d+))?")
_ADDRESS = re.compile(r"(?:(?:tcp|tls|ws|wss)://)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):(\d{1,5})")


def parse_address(address: str) -> tuple[str, int | None]:
    """A --dask ADDRESS -> ("local", N or None) or (address, None); ValueError saying the forms (rule 4)."""
    local = _LOCAL.fullmatch(address)
    if local:
        workers = int(local.group(1)) if local.group(1) else None
        if workers == 0:
            raise ValueError("local:N needs at least one worker (try local:4)")
        return "local", workers
    remote = _ADDRESS.fullmatch(address)
    if (remote and 0 < int(remote.group(1)) < 65536) or address.startswith("inproc://"):
        return address, None
    raise ValueError(f"{address!r} is not a scheduler address: give tcp://HOST:PORT (a scheduler listens "
                     "on 8786), or local[:N] to start N workers here")


def extract_bag(
    bag: Any,
    published: dt.date | None = None,
    *,
    sections: Sequence[str] = SECTIONS,
    text_field: str | None = None,
    id_field: str | None = None,
    date_field: str | None = None,
    include_text: bool = False,
) -> Any:
    """A dask.bag of articles -> a dask.bag of records (dicts), one per item, in the same order.

    An item is the article's text (str or bytes) or a crawler record (dict: text, id and date
    fields found as by `newsx extract`, or named here).
    """
    options = Options.named_fields(text_field, id_field, date_field, published=published,
                                   sections=tuple(sections), include_text=include_text)
    return bag.map_partitions(extract_partition, options)


def extract_partition(items: Iterable[Any], options: Options = Options()) -> list[dict[str, Any]]:
    """The records of one partition (also usable with PySpark's mapPartitions)."""
    return [record_of(item, options) for item in items]


def run_on_cluster(units: Iterable[Unit], options: Options, address: str, *, ordered: bool = True,
                   jobs: int = 1) -> Iterator[Done]:
    """`newsx extract --dask ADDRESS`: the units analysed by the cluster's workers (rule 2); `local`
    starts `jobs` workers here, `local:N` N of them. OSError or TimeoutError when no scheduler answers."""
    from distributed import Client

    where, workers = parse_address(address)
    cluster = None
    if where == "local":
        from distributed import LocalCluster

        with warnings.catch_warnings():
            # Its HTTP server (metrics) moves off a busy port 8787 with a warning: nothing to act on.
            warnings.filterwarnings("ignore", "Port .* is already in use", UserWarning)
            # One thread per worker process: the extractors hold the GIL.
            cluster = LocalCluster(n_workers=workers or jobs, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
    elif where.startswith("tls://"):
        _check_tls()
    try:
        client = Client(cluster if cluster is not None else where, set_as_default=False, timeout=CONNECT_TIMEOUT)
    except BaseException:
        if cluster is not None:
            cluster.close()
        raise
    try:
        threads = sum(client.nthreads().values()) or 1
    except BaseException:
        _close(client, cluster)  # _run closes them once it runs; before that, here
        raise
    return _run(client, units, options, window=threads * 4, ordered=ordered, cluster=cluster)


def _check_tls() -> None:
    """tls:// without certificates in the Dask configuration fails inside Client(), whose half-made
    object then hangs at exit: said here instead."""
    from distributed.security import Security

    if Security().get_connection_args("client").get("ssl_context") is None:
        raise ValueError("tls:// needs certificates in the Dask configuration (distributed.comm.tls.*), "
                         "or use tcp://")


def _close(client: Any, cluster: Any) -> None:
    client.close(timeout=CONNECT_TIMEOUT)
    if cluster is not None:
        cluster.close(timeout=CONNECT_TIMEOUT)


def _run(client: Any, units: Iterable[Unit], options: Options, *, window: int, ordered: bool,
         cluster: Any = None) -> Iterator[Done]:
    from distributed import wait

    def submit(chunk: list[Unit]) -> Any:
        future = client.submit(analyse_chunk, [_with_bytes(unit, options) for unit in chunk], options, pure=False)
        return future, [unit.source for unit in chunk]

    def collect(entry: Any) -> list[list[Outcome]]:
        future, sources = entry
        try:
            return future.result()
        except Exception as err:  # noqa: BLE001 - a lost worker loses one chunk, not the batch
            message = f"dask worker failed ({type(err).__name__}: {err}); rerun this input alone"
            return [[_error(source, message, options, "WorkerError")] for source in sources]
        finally:
            future.release()

    def wait_any(entries: list[Any]) -> Iterable[Any]:
        done = wait([future for future, _ in entries], return_when="FIRST_COMPLETED").done
        return [entry for entry in entries if entry[0] in done]

    try:
        yield from run_windowed(units, submit, collect, wait_any, window, ordered)
    finally:
        _close(client, cluster)


def _with_bytes(unit: Unit, options: Options) -> Unit:
    """Read a file here, so the workers need no access to it; a failed read travels as an error."""
    if unit.path is None or unit.kind == "error":
        return unit
    try:
        return replace(unit, data=read_file(unit.path, options.max_bytes), path=None)
    except InputError as err:
        return replace(unit, kind="error", problem=str(err), path=None)
