"""--output-dir: one JSON file per input, mirroring the input tree, written atomically.

Rules, in priority order:
1. An input's output is `DIR/<its path below the folder PATH>` plus `.json` (a record, or an array
   of records for a JSON array input) or, for a JSON Lines input, `.jsonl` (one record per line).
   A file given by name goes to `DIR/<its name>.json`; with several PATHs each folder's tree goes
   below the folder's own name.
2. An output is written to a hidden temporary file beside it and renamed into place once complete,
   so a killed run never leaves a partial output under the final name.
3. --resume skips an input whose output exists and is newer than the input (its content or its
   permissions: the later of mtime and ctime), so a rerun continues where a killed one stopped.
4. An input that failed before any read (a symlink loop, a folder with no matching file) gets no
   output file: its error is on stderr and in the exit status.
"""
from __future__ import annotations

import os
from typing import IO, Any

from .inputs import Input
from .render.json import OneOrMany, write


class OutputDir:
    """Groups of records, one group per input, each committed to its file when complete."""

    def __init__(self, root: str, paths: tuple[str, ...]) -> None:
        self.root = root
        self.several = len(paths) > 1
        self._open: dict[int, _Pending] = {}

    def target(self, item: Input) -> str | None:
        """The output file of an input (rule 1); None for an input that failed early (rule 4)."""
        if item.problem or item.path is None:
            return None
        if item.root is None:
            relative = os.path.basename(item.path)
        else:
            relative = os.path.relpath(item.path, item.root)
            if self.several:
                relative = os.path.join(os.path.basename(os.path.abspath(item.root)), relative)
        return os.path.join(self.root, relative + (".jsonl" if item.kind == "jsonl" else ".json"))

    @staticmethod
    def is_done(item: Input, target: str) -> bool:
        """Rule 3: the output exists and is at least as new as the input."""
        try:
            source = os.stat(item.path or "")
            output = os.stat(target)
        except OSError:
            return False
        return output.st_mtime_ns >= max(source.st_mtime_ns, source.st_ctime_ns)

    def begin(self, group: int, target: str, lines: bool) -> None:
        self._open[group] = _Pending(target, lines)

    def write(self, group: int, payload: Any) -> None:
        pending = self._open.get(group)
        if pending is not None:
            pending.add(payload)

    def commit(self, group: int) -> None:
        pending = self._open.pop(group, None)
        if pending is not None:
            pending.commit()

    def abandon(self) -> None:
        """Ctrl-C or a crash: temporary files removed, nothing half-written left."""
        for pending in self._open.values():
            pending.discard()
        self._open.clear()


class _Pending:
    """One output file being written: lines streamed to its temporary file, or records kept until done."""

    def __init__(self, target: str, lines: bool) -> None:
        self.target, self.lines = target, lines
        folder, name = os.path.split(target)
        self.temporary = os.path.join(folder, f".{name}.tmp")
        self.handle: IO[str] | None = None
        self.document: OneOrMany | None = None  # not JSON Lines: the records, written as they come

    def _handle(self) -> IO[str]:
        if self.handle is None:
            os.makedirs(os.path.dirname(self.target) or ".", exist_ok=True)
            self.handle = open(self.temporary, "w", encoding="utf-8")  # noqa: SIM115 - closed in commit
        return self.handle

    def add(self, payload: Any) -> None:
        """A record: JSON text (from a worker) or a dict whose sections may hold records."""
        if not self.lines:
            if self.document is None:
                self.document = OneOrMany(self._handle(), separator=",\n")
            self.document.add(payload)
        elif isinstance(payload, str):
            self._handle().write(payload + "\n")
        else:
            write(self._handle(), payload)
            self._handle().write("\n")

    def commit(self) -> None:
        try:
            handle = self._handle()
            if not self.lines:
                if self.document is not None:
                    self.document.close()
                handle.write("\n")
            handle.close()
            os.replace(self.temporary, self.target)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        if self.handle is not None:
            self.handle.close()
            try:
                os.unlink(self.temporary)
            except FileNotFoundError:
                pass
