"""Speed and memory of newsx on samples/: run `python benchmarks/bench.py`.

Reports
- extraction throughput in one process (characters per second of extract() + to_dict(), best of
  --repeat passes over every sample), and of each stage alone (dates, quotes, figures, events, in
  pipeline order, each given what the earlier stages found),
- how time grows with input size: time per character on one text of 10 KB, 100 KB, 1 MB, 10 MB,
- the whole-process wall time of `newsx extract samples/` (start-up included, best of --repeat),
- how time grows on hostile inputs (long runs of one pattern, 20k and 80k characters): a ratio
  near 4 is linear, near 16 quadratic,
- the adversarial table (tests/adversarial.py): each input at --adversarial-size characters (1 MB),
  each stage's chars/s against its chars/s on news text of the same size, and how the whole
  extract() time grows from a tenth of that size (x10 is linear),
- a --big-mb file (50 MB of news text), and a tenth of it, through the command line with standard
  error on a terminal: wall time, peak resident memory, how often the progress bar moved,
- peak resident memory of this process.
Figures vary with the machine; compare runs on the same one.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsx  # noqa: E402
from newsx import dates, events, figures, quotes  # noqa: E402
from newsx.doc import read  # noqa: E402
from newsx.pipeline import _as_date, collector_paused  # noqa: E402
from newsx.text import decode  # noqa: E402
from tests.adversarial import ADVERSARIAL, news  # noqa: E402


# Long runs of one pattern: the inputs where a regex that backtracks or a rescan loop shows itself.
HOSTILE = {
    "dots": ".",
    "digit commas": "1,2,3,4,5,",
    "capitalised words": "Abc Def ",
    "quotation marks": '"a \u201cb ',
    "said": "said ",
    "dashes": "-1-",
    "money": "$1 ",
    "dates": "May 5 ",
    "news sentence": "He said, \u201cThe U.S. paid $5.5 billion on Tuesday, at least 20 people,\u201d ",
    # A pronoun with no compatible antecedent looked back over every earlier mention.
    "unresolved pronoun": "John Smith said it was good. She said it was bad. ",
    "speech verbs": "He said ",
    "participles": ", saying ",
    # Times of day without their day in one endless sentence: each once looked at every other.
    "clock times": "crews arrived at 4 a.m. and ",
}


STAGES = ("read", "dates", "quotes", "figures", "events")


def _best(repeat: int, run) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _stages(texts: list[str], repeat: int) -> dict[str, float]:
    """Best-of-``repeat`` seconds of each stage over all texts; ``read`` is the document layer.

    The stages run as extract() runs them, with the cyclic garbage collector paused.
    """
    with collector_paused():
        return _stages_once(texts, repeat)


def _stages_once(texts: list[str], repeat: int) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(repeat):
        took = dict.fromkeys(STAGES, 0.0)
        for text in texts:
            start = time.perf_counter()
            doc = read(text)
            doc.pieces  # noqa: B018 - built on first use: counted with the reading
            took["read"] += time.perf_counter() - start
            start = time.perf_counter()
            found = dates.detect_published(doc)
            published = _as_date(found.value) if found else None
            found_dates = dates.extract_dates(doc, published)
            took["dates"] += time.perf_counter() - start
            start = time.perf_counter()
            found_quotes = quotes.extract_quotes(doc, found_dates)
            quotes.collect_officials(doc, found_quotes)
            took["quotes"] += time.perf_counter() - start
            start = time.perf_counter()
            figures.extract_figures(doc, found_dates)
            took["figures"] += time.perf_counter() - start
            start = time.perf_counter()
            events.extract_events(doc, found_dates, published, found_quotes)
            took["events"] += time.perf_counter() - start
        best = {name: min(seconds, best.get(name, seconds)) for name, seconds in took.items()}
    return best


def _adversarial_table(size: int, repeat: int) -> None:
    """Per-stage chars/s on each adversarial input against news text; growth of extract() from size/10."""
    stages = STAGES
    normal = _stages([news(size)], repeat)
    print(f"\nadversarial inputs, {size:,} chars each: chars/s per stage (x slower than on news text; "
          f"> 2x marked *), and extract() time at {size:,} / at {size // 10:,} chars")
    print(f"| {'input':24s} | " + " | ".join(f"{name:>16s}" for name in stages) + " | growth x10 |")
    print(f"|{'-' * 26}|" + "|".join("-" * 18 for _ in stages) + "|------------|")
    print(f"| {'news text (normal)':24s} | "
          + " | ".join(f"{size / normal[name]:>11,.0f}     " for name in stages) + " |            |")
    for label, build in ADVERSARIAL.items():
        text = build(size)
        took = _stages([text], repeat)
        cells = []
        for name in stages:
            slower = took[name] / normal[name]
            mark = "*" if slower > 2 else " "
            cells.append(f"{size / took[name]:>11,.0f} {slower:3.1f}{mark}")
        small = build(size // 10)
        growth = _best(repeat, lambda text=text: newsx.extract(text)) / _best(repeat, lambda: newsx.extract(small))
        print(f"| {label:24s} | " + " | ".join(cells) + f" | {growth:10.1f} |")


# The command line, run so that it writes its peak resident memory (kB) to the file descriptor argv[1].
_CLI_REPORTING_PEAK = """
import atexit, os, sys
fd = int(sys.argv.pop(1))
def report():
    peak = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")]
    os.write(fd, (peak[0] if peak else "0").encode())
atexit.register(report)
from newsx.cli import main
sys.argv[0] = "newsx"
main()
"""


def _big_file(megabytes: float) -> None:
    """A file of news text through the command line (`newsx extract FILE -o OUT`), standard error on a
    terminal: wall time, the process's peak resident memory, and how often the progress bar moved."""
    import os
    import pty
    import threading

    size = int(megabytes * 1_000_000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.txt"
        path.write_text(news(size), encoding="utf-8")
        master, slave = pty.openpty()
        seen: list[float] = []
        start = time.perf_counter()

        def listen() -> None:
            while True:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    return
                if not chunk:
                    return
                if b"%" in chunk:
                    seen.append(time.perf_counter() - start)

        threading.Thread(target=listen, daemon=True).start()
        # The process reports its own high-water mark (VmHWM) on exit: getrusage's maxrss of a child
        # also counts the memory of this process, which it was forked from (Linux keeps it over exec).
        report, writer = os.pipe()
        command = [sys.executable, "-c", _CLI_REPORTING_PEAK, str(writer), "extract", str(path),
                   "-o", str(Path(folder) / "out.json")]
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=slave, cwd=ROOT, pass_fds=(writer,))
        os.close(writer)
        _, status, _ = os.wait4(child.pid, 0)
        took = time.perf_counter() - start
        peak_mb = int(os.read(report, 64) or b"0") // 1024
        os.close(report)
        os.close(slave)
        out_mb = (Path(folder) / "out.json").stat().st_size / 1e6 if status == 0 else 0
    moves = f"{len(seen)} times, first after {seen[0]:.1f} s" if seen else "never"
    print(f"file of {megabytes:g} MB news text through the CLI: {took:.1f} s ({size / took:,.0f} chars/s), "
          f"peak memory {peak_mb:,} MB, output {out_mb:,.0f} MB, exit {status >> 8}; "
          f"progress bar drawn {moves}")


def _linear(sizes: list[int]) -> None:
    """Time per character of extract() on one text of each size (news text, samples repeated)."""
    base = None
    for size in sizes:
        text = news(size)
        took = _best(1 if size > 2_000_000 else 3, lambda text=text: newsx.extract(text).to_dict())
        per_char = took / size * 1e6
        base = base or per_char
        print(f"one text of {size:>12,} chars: {took:8.3f} s, {per_char:.3f} us/char ({per_char / base:4.2f}x the first)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "samples"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--adversarial-size", type=int, default=1_000_000, help="characters (0: skip the table)")
    parser.add_argument("--big-mb", type=float, default=50, help="size of the big file (0: skip it)")
    parser.add_argument("--linear", default="1e4,1e5,1e6,1e7", help="text sizes for the time-per-character line")
    args = parser.parse_args()

    texts = [decode(p.read_bytes())[0] for p in sorted(Path(args.folder).rglob("*.txt"))]
    chars = sum(map(len, texts))
    newsx.extract("warm up: said Tuesday $5 million").to_dict()

    seconds = _best(args.repeat, lambda: [newsx.extract(t).to_dict() for t in texts])
    print(f"articles: {len(texts)}, characters: {chars:,}")
    print(f"throughput (one process, best of {args.repeat}): {chars / seconds:,.0f} chars/s "
          f"({seconds * 1000 / len(texts):.1f} ms per article)")

    stage_seconds = _stages(texts, args.repeat)
    print("per stage: " + ", ".join(f"{name} {chars / took:,.0f} chars/s" for name, took in stage_seconds.items()))

    _linear([int(float(x)) for x in args.linear.split(",") if x and float(x) > 0])  # 0: skip the table

    for name, unit in HOSTILE.items():
        took = []
        for size in (20_000, 80_000):
            text = (unit * (size // len(unit) + 1))[:size]
            took.append(_best(1, lambda text=text: newsx.extract(text).to_dict()))
        print(f"hostile {name:18s}: {took[0]:6.3f} s at 20k chars, {took[1]:6.3f} s at 80k (x{took[1] / max(took[0], 1e-4):.1f})")

    if args.adversarial_size:
        _adversarial_table(args.adversarial_size, args.repeat)
    for megabytes in (args.big_mb / 10, args.big_mb) if args.big_mb else ():
        _big_file(megabytes)

    command = [sys.executable, "-m", "newsx", "extract", "--format", "jsonl", args.folder]
    wall = _best(args.repeat, lambda: subprocess.run(command, check=False, stdout=subprocess.DEVNULL, cwd=ROOT))
    print(f"whole process `newsx extract {Path(args.folder).name}/` (best of {args.repeat}): {wall:.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
