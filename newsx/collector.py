"""The cyclic garbage collector, paused while records are made in bulk (``collector_paused``)."""
from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while any extract() or to_dict() runs, then restore its state.

    Extraction allocates millions of small acyclic records (tokens, spans, candidates) that
    reference counting frees; while they live, every collection rescans them all: on 1 MB inputs
    extract() took 14-25% longer with the collector running (figures' tokeniser alone 2.4 times
    longer). Extraction creates no reference cycles, so pausing the collector frees nothing later
    than it would have. Threads (a Dask worker runs several) share one count: the collector is
    paused by the first extract() to start and switched back on, if it was on, by the last to end.
    to_dict() of a large record makes a dict per item: with the collector on, every collection
    rescanned the record's items (to_dict of a 10 MB text's record took twice as long).
    """
    global _pausing, _was_enabled
    with _pause_lock:
        if _pausing == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pausing -= 1
            if _pausing == 0 and _was_enabled:
                gc.enable()


_pause_lock = threading.Lock()
_pausing = 0  # extract() calls running now, in any thread
_was_enabled = True  # the collector's state when the first of them started
