"""What a batch tells on standard error: a live progress bar on a terminal, and a summary line.

Rules, in priority order:
1. Only standard error: data alone goes to standard output (rich's stdout redirect is off).
2. The bar is drawn only when asked (stderr a terminal, no --quiet); rich is imported only then.
3. Progress is measured in input bytes (a JSON Lines corpus has no article count before it is read);
   the total comes from a walk of the inputs in a background thread and stays unknown for stdin.
   A long text analysed in this process moves the bar after each chunk of a million characters.
4. Error lines go above the bar so that it is not broken.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import click


class Progress:
    """Counts files, articles, errors and bytes; draws them when `live`."""

    def __init__(self, live: bool, count_total: Callable[[], tuple[int, int]] | None = None) -> None:
        self.started = time.perf_counter()
        self.inputs = self.articles = self.errors = self.skipped = self.chars = self.bytes = 0
        self._bar: Any = None
        self._task: Any = None
        if live:
            from rich.console import Console
            from rich.progress import BarColumn, Progress as Bar, TextColumn, TimeRemainingColumn

            self._bar = Bar(
                TextColumn("[bold]newsx[/]"),
                BarColumn(),
                TextColumn("{task.percentage:>3.0f}%"),
                TextColumn("{task.fields[inputs]} files, {task.fields[articles]} articles, "
                           "{task.fields[rate]} articles/s, {task.fields[errors]} errors"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                redirect_stdout=False,
                redirect_stderr=False,
                transient=True,
            )
            self._task = self._bar.add_task("newsx", total=None, inputs=0, articles=0, rate="-", errors=0)
            self._bar.start()
            if count_total is not None:
                threading.Thread(target=self._count, args=(count_total,), daemon=True).start()

    def _count(self, count_total: Callable[[], tuple[int, int]]) -> None:
        try:
            _, size = count_total()
        except Exception:  # noqa: BLE001 - the bar just keeps no total
            return
        if self._bar is not None:
            self._bar.update(self._task, total=max(size, 1))

    def advance(self, size: int, articles: int, errors: int, chars: int) -> None:
        self.bytes += size
        self.articles += articles
        self.errors += errors
        self.chars += chars
        if self._bar is not None:
            elapsed = max(time.perf_counter() - self.started, 1e-9)
            self._bar.update(self._task, completed=self.bytes, inputs=self.inputs, articles=self.articles,
                             rate=f"{self.articles / elapsed:,.0f}", errors=self.errors)

    def within(self, chars: int) -> None:
        """How far the long text being analysed in this process has got (called after each chunk):
        the bar moves while one big input runs, not only when it is done."""
        if self._bar is not None:
            self._bar.update(self._task, completed=self.bytes + chars)

    def say(self, message: str) -> None:
        """One line on stderr, above the bar when there is one (rule 4)."""
        if self._bar is not None:
            self._bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(message, err=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def summary(self) -> str:
        """The closing line: what was done, what failed, how fast."""
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        parts = [f"{self.articles - self.errors} analysed", f"{self.errors} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (--resume)")
        rate = f"{self.articles / elapsed:,.1f} records/s, {self.chars / elapsed / 1e6:.2f} M chars/s"
        inputs = f"{self.inputs} input{'' if self.inputs == 1 else 's'}"
        return f"newsx: {', '.join(parts)} ({inputs}) in {elapsed:.1f} s, {rate}"
