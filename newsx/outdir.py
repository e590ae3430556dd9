"""--output-dir: one JSON file per input, mirroring the input tree, written atomically.

Rules, in priority order:
1. An input's output is `DIR/<its path below the folder PATH>` plus `.json` (a record, or an array
   of records for a JSON array input) or, for a JSON Lines input, `.jsonl` (one record per line).
   A file given by name goes to `DIR/<its name>.json`; with several PATHs each PATH's files go
   below its own name, lengthened by its parent folders while two PATHs share it (`p/a.txt q/a.txt`
   -> `p/a.txt.json`, `q/a.txt.json`). Two inputs that would still share an output (a PATH given
   twice, a PATH's name that is a folder inside another's output) are a usage error before any work.
2. An output is written to a hidden temporary file beside it, named by the process and the input
   (`.NAME.PID-N.tmp`), and renamed into place once complete, so a killed run never leaves a
   partial output under the final name; a run removes the temporary files that dead processes
   left in the folders it writes to.
3. --resume skips an input whose output exists and is newer than the input (its content or its
   permissions: the later of mtime and ctime), so a rerun continues where a killed one stopped.
4. An input that failed before any read (a symlink loop, a folder with no matching file) gets no
   output file: its error is on stderr and in the exit status.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from typing import IO, Any

from .inputs import Input
from .render.json import OneOrMany, write

_TEMPORARY = re.compile(r"\..+\.(\d+)-\d+\.tmp")


class Collision(ValueError):
    """Two inputs would write the same output file (rule 1)."""


def path_labels(paths: Sequence[str]) -> dict[str, str]:
    """Each PATH's folder under DIR (rule 1): none for a lone folder, else its name, lengthened by
    its parent folders while another PATH has the same. Collision for a PATH given twice."""
    if len(paths) == 1:
        return {paths[0]: "" if os.path.isdir(paths[0]) else os.path.basename(os.path.abspath(paths[0]))}
    repeated = sorted({path for path in paths if paths.count(path) > 1})
    if repeated:
        raise Collision(f"{repeated[0]!r} is given twice: give it once")
    parts = {path: tuple(part for part in os.path.abspath(path).split(os.sep) if part) for path in paths}
    depth = dict.fromkeys(paths, 1)
    while True:
        labels = {path: "/".join(parts[path][-depth[path]:]) for path in paths}
        sharing: dict[str, list[str]] = {}
        for path, label in labels.items():
            sharing.setdefault(label, []).append(path)
        clashes = [group for group in sharing.values() if len(group) > 1]
        if not clashes:
            return {path: label.replace("/", os.sep) for path, label in labels.items()}
        for group in clashes:
            longer = [path for path in group if depth[path] < len(parts[path])]
            if not longer:
                raise Collision(f"{' and '.join(map(repr, group))} are the same PATH: give it once")
            for path in longer:
                depth[path] += 1


class OutputDir:
    """Groups of records, one group per input, each committed to its file when complete."""

    def __init__(self, root: str, paths: Sequence[str]) -> None:
        self.root = root
        self.labels = path_labels(paths)
        self._open: dict[int, _Pending] = {}
        self._swept: set[str] = set()

    @property
    def may_collide(self) -> bool:
        """Whether one PATH's label is a folder above another's (rule 1): only then can two inputs
        share an output, and only a walk of the inputs (check) tells."""
        labels = [label.split(os.sep) for label in self.labels.values()]
        return any(a != b and a == b[:len(a)] for a in labels for b in labels)

    def check(self, inputs: Iterable[Input]) -> None:
        """Collision when two of the inputs (all of them, walked before any work) share an output."""
        seen: dict[str, str] = {}
        for item in inputs:
            target = self.target(item)
            if target is None:
                continue
            other = seen.setdefault(os.path.normcase(target), item.source)
            if other != item.source:
                raise Collision(f"{other!r} and {item.source!r} would both be written to {target!r}")

    def target(self, item: Input) -> str | None:
        """The output file of an input (rule 1); None for an input that failed early (rule 4)."""
        if item.problem or item.path is None:
            return None
        if item.root is None:
            relative = self.labels.get(item.path) or os.path.basename(item.path)
        else:
            relative = os.path.join(self.labels.get(item.root, ""), os.path.relpath(item.path, item.root))
        return os.path.join(self.root, relative + (".jsonl" if item.kind == "jsonl" else ".json"))

    def sweep(self, target: str) -> None:
        """Rule 2: the temporary files that dead processes (a killed run) left beside ``target``,
        removed once per folder and run."""
        folder = os.path.dirname(target) or "."
        if folder in self._swept:
            return
        self._swept.add(folder)
        try:
            names = os.listdir(folder)
        except OSError:
            return
        for name in names:
            match = _TEMPORARY.fullmatch(name)
            if match and not _alive(int(match.group(1))):
                try:
                    os.unlink(os.path.join(folder, name))
                except OSError:
                    pass

    def is_done(self, item: Input, target: str) -> bool:
        """Rule 3: the output exists and is at least as new as the input."""
        self.sweep(target)
        try:
            source = os.stat(item.path or "")
            output = os.stat(target)
        except OSError:
            return False
        return output.st_mtime_ns >= max(source.st_mtime_ns, source.st_ctime_ns)

    def begin(self, group: int, target: str, lines: bool) -> None:
        self.sweep(target)
        self._open[group] = _Pending(target, lines, group)

    def write(self, group: int, payload: Any) -> None:
        pending = self._open.get(group)
        if pending is not None:
            pending.add(payload)

    def commit(self, group: int) -> None:
        # Popped only once committed: a signal in between still finds it for abandon().
        pending = self._open.get(group)
        if pending is not None:
            pending.commit()
            self._open.pop(group, None)

    def abandon(self) -> None:
        """Ctrl-C or a crash: temporary files removed, nothing half-written left."""
        for pending in self._open.values():
            pending.discard()
        self._open.clear()


class _Pending:
    """One output file being written: lines streamed to its temporary file, or records kept until done."""

    def __init__(self, target: str, lines: bool, group: int = 0) -> None:
        self.target, self.lines = target, lines
        folder, name = os.path.split(target)
        # Unique to this run and input: two inputs, or two runs, never write to one temporary file.
        self.temporary = os.path.join(folder, f".{name}.{os.getpid()}-{group}.tmp")
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
        # The file may exist though no handle was kept yet (a signal between open() and the
        # assignment): unlink it whatever the handle says.
        if self.handle is not None:
            self.handle.close()
        try:
            os.unlink(self.temporary)
        except FileNotFoundError:
            pass


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process, or not a pid at all: left alone
    return True
