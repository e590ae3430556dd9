"""Speed and memory of newsx on samples/: run `python benchmarks/bench.py`.

Reports
- extraction throughput in one process (characters per second of extract() + to_dict(), best of
  --repeat passes over every sample),
- how time grows with input size (the samples joined into one text, 1x, 4x and 16x),
- the whole-process wall time of `newsx extract samples/` (start-up included, best of --repeat),
- peak resident memory of this process.
Figures vary with the machine; compare runs on the same one.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsx  # noqa: E402
from newsx.text import decode  # noqa: E402


def _best(repeat: int, run) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "samples"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    texts = [decode(p.read_bytes())[0] for p in sorted(Path(args.folder).rglob("*.txt"))]
    chars = sum(map(len, texts))
    newsx.extract("warm up: said Tuesday $5 million").to_dict()

    seconds = _best(args.repeat, lambda: [newsx.extract(t).to_dict() for t in texts])
    print(f"articles: {len(texts)}, characters: {chars:,}")
    print(f"throughput (one process, best of {args.repeat}): {chars / seconds:,.0f} chars/s "
          f"({seconds * 1000 / len(texts):.1f} ms per article)")

    joined = "\n\n".join(texts)
    base = None
    for factor in (1, 4, 16):
        big = "\n\n".join([joined] * factor)
        took = _best(1, lambda big=big: newsx.extract(big).to_dict())
        base = base or took
        print(f"one text of {len(big):>10,} chars: {took:7.3f} s  ({took / base:5.1f}x the 1x time, {factor}x the input)")

    command = [sys.executable, "-m", "newsx", "extract", "--format", "jsonl", args.folder]
    wall = _best(args.repeat, lambda: subprocess.run(command, check=False, stdout=subprocess.DEVNULL, cwd=ROOT))
    print(f"whole process `newsx extract {Path(args.folder).name}/` (best of {args.repeat}): {wall:.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
