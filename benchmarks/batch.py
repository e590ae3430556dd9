"""Batch speed and memory of newsx: run `python benchmarks/batch.py` (a few minutes; --quick: seconds).

Reports
- whole-pipeline throughput on one core: characters per second of decode + extract() + to_dict() +
  JSON, best of --repeat passes, on samples/ and on the texts of every dev corpus in
  ../shared/eval/data (read at run time, never copied),
- `newsx extract -j 2` against `-j 1` on a JSON Lines corpus (wall time, speed-up),
- 10,000 small files (the dev texts cut to 1,000 characters) with -j 2: wall time and the peak
  resident memory of newsx and its workers, against 1,000 files (flat memory: about the same),
- start-up: `newsx --version` and `newsx --help`, hyperfine-style (warm-up, then mean, sd and min of
  --runs runs), and the slowest imports of `python -X importtime`,
- a 20,000-article JSON Lines corpus built in /tmp from the dev texts, end to end with -j 2,
- one big input with -j 1, with and without --output-dir: peak memory of a 10 MB JSON array of
  numbers (issue 14: under 300 MB) and of 10 MB of news text (bytes per character: under 40).
Corpora are written under a temporary folder and removed afterwards. Figures vary with the machine
and with what else runs on it (the load average is printed); compare runs on the same machine.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "eval" / "data"
if not DATA.is_dir():
    DATA = Path("/work/shared/eval/data")


def dev_texts() -> dict[str, list[str]]:
    """The texts of each dev corpus (figures fragments included: they are what the scorer sees)."""
    corpora: dict[str, list[str]] = {}
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            corpora[path.stem] = [json.loads(line)["text"] for line in lines if line.strip()]
    return corpora


def pipeline_rate(texts: list[str], repeat: int) -> tuple[float, float]:
    """(chars per second, seconds) of the whole per-article work in this process, best of `repeat`."""
    from newsx import extract
    from newsx.render.json import dumps
    from newsx.text import decode

    data = [text.encode("utf-8") for text in texts if text.strip()]
    chars = sum(len(text) for text in texts if text.strip())
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for raw in data:
            text, _warnings = decode(raw)
            dumps(extract(text).to_dict())
        best = min(best, time.perf_counter() - start)
    return chars / best, best


def newsx_command() -> list[str]:
    """The installed console script beside this interpreter, else `python -m newsx`."""
    script = Path(sys.executable).with_name("newsx")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsx"]


class PeakMemory:
    """Peak resident memory and CPU time of a process and its descendants, sampled every 20 ms (psutil).

    CPU time tells what the wall time cannot on a shared machine: how the work was spread.
    """

    def __init__(self, pid: int) -> None:
        self.peak_total = self.peak_main = 0
        self.cpu: dict[int, float] = {}  # pid -> user + system seconds, last seen
        self.main_pid = pid
        self._stop = threading.Event()
        try:
            import psutil
        except ImportError:
            self.available = False
            return
        self.available = True
        self._thread = threading.Thread(target=self._sample, args=(psutil, pid), daemon=True)
        self._thread.start()

    def _sample(self, psutil, pid: int) -> None:  # noqa: ANN001
        try:
            main = psutil.Process(pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            try:
                processes = [main, *main.children(recursive=True)]
                sizes = []
                for process in processes:
                    try:
                        sizes.append(process.memory_info().rss)
                        times = process.cpu_times()
                        self.cpu[process.pid] = times.user + times.system
                    except psutil.Error:
                        sizes.append(0)
                self.peak_main = max(self.peak_main, sizes[0])
                self.peak_total = max(self.peak_total, sum(sizes))
            except psutil.Error:
                break
            self._stop.wait(0.02)

    def stop(self) -> None:
        self._stop.set()
        if self.available:
            self._thread.join()

    def cpu_line(self) -> str:
        if not self.available:
            return "CPU: install psutil to measure"
        main = self.cpu.get(self.main_pid, 0.0)
        others = sorted((seconds for pid, seconds in self.cpu.items() if pid != self.main_pid), reverse=True)
        busiest = others[0] if others else 0.0
        return f"CPU {main:.2f} s main + {sum(others):.2f} s workers (busiest {busiest:.2f} s)"


def run_newsx(args: list[str], *, memory: bool = False) -> tuple[float, PeakMemory | None]:
    """Wall time of one `newsx extract` run (stdout discarded), and its memory when asked."""
    start = time.perf_counter()
    process = subprocess.Popen([*newsx_command(), "extract", "-q", *args], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, cwd=ROOT)
    peak = PeakMemory(process.pid) if memory else None
    _out, err = process.communicate()
    elapsed = time.perf_counter() - start
    if peak is not None:
        peak.stop()
    if process.returncode not in (0, 1):
        raise SystemExit(f"newsx failed ({process.returncode}): {err.decode()[-500:]}")
    return elapsed, peak


def write_jsonl(path: Path, texts: list[str], count: int) -> int:
    """`count` articles cycling through `texts`; returns the characters written as article text."""
    chars = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            text = texts[n % len(texts)]
            chars += len(text)
            out.write(json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False) + "\n")
    return chars


def write_files(folder: Path, texts: list[str], count: int, limit: int) -> int:
    chars = 0
    for n in range(count):
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        text = texts[n % len(texts)][:limit]
        chars += len(text)
        (sub / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    return chars


def startup(runs: int) -> None:
    command = newsx_command()
    for args in (["--version"], ["--help"], ["extract", "--help"]):
        times = []
        for n in range(runs + 2):
            start = time.perf_counter()
            subprocess.run([*command, *args], stdout=subprocess.DEVNULL, check=True)
            if n >= 2:  # two warm-up runs, as hyperfine does
                times.append(time.perf_counter() - start)
        print(f"  newsx {' '.join(args):<15} mean {statistics.mean(times) * 1000:6.1f} ms "
              f"± {statistics.stdev(times) * 1000:4.1f}  min {min(times) * 1000:6.1f} ms  ({runs} runs)")
    bare = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - start)
    print(f"  (python -c pass: mean {statistics.mean(bare) * 1000:.1f} ms: the interpreter's own start-up)")
    trace = subprocess.run([sys.executable, "-X", "importtime", "-m", "newsx", "--help"], capture_output=True,
                           text=True, cwd=ROOT, check=True).stderr
    rows = []
    for line in trace.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    print("  slowest imports of `newsx --help` (cumulative µs):")
    for micros, name in sorted(rows, reverse=True)[:6]:
        print(f"    {micros:8d}  {name.strip()}")
    heavy = [name.strip() for _, name in rows if name.strip().startswith((
        "rich", "dateutil", "newsx.pipeline", "newsx.doc", "newsx.lexicon", "newsx.dates", "newsx.quotes",
        "newsx.figures", "newsx.events", "trafilatura"))]
    print(f"  extractors, rich, dateutil imported by --help: {heavy or 'none'}")


def speedup(work: Path, news: list[str], scale: float) -> None:
    """-j 2 against -j 1 on the same JSON Lines corpus; CPU time shows the spread under load."""
    print("\n-j 2 against -j 1 (a JSON Lines corpus of dev texts, in input order):")
    corpus = work / "speedup.jsonl"
    chars = write_jsonl(corpus, news, max(100, int(2000 * scale)))
    walls, watches = {}, {}
    for jobs in (1, 2):
        walls[jobs], watches[jobs] = run_newsx(["-j", str(jobs), str(corpus)], memory=True)
        print(f"  -j {jobs}: {walls[jobs]:6.2f} s  {chars / walls[jobs] / 1e6:.3f} M chars/s  "
              f"{watches[jobs].cpu_line() if watches[jobs] else ''}")
    unordered, _ = run_newsx(["-j", "2", "--unordered", str(corpus)])
    print(f"  -j 2 --unordered: {unordered:6.2f} s")
    print(f"  speed-up -j 2 / -j 1: {walls[1] / walls[2]:.2f}x wall (target >= 1.8x)")
    one, two = watches[1], watches[2]
    if one is not None and two is not None and one.available and two.available:
        serial = one.cpu.get(one.main_pid, 0.0)
        busiest = max((s for pid, s in two.cpu.items() if pid != two.main_pid), default=0.0)
        if busiest:
            print(f"  speed-up from CPU time (-j 1 CPU / busiest -j 2 worker's CPU; what two free cores "
                  f"give): {serial / busiest:.2f}x")


def small_files(work: Path, news: list[str], scale: float) -> None:
    """1,000 and 10,000 files of at most 1,000 characters: time and peak memory (flat: about equal)."""
    print("\nsmall files with -j 2 (peak resident memory of newsx and its workers):")
    for count in (max(100, int(1000 * scale)), max(200, int(10000 * scale))):
        folder = work / f"files{count}"
        chars = write_files(folder, news, count, 1000)
        wall, peak = run_newsx(["-j", "2", str(folder)], memory=True)
        memory = (f"peak RSS {peak.peak_total / 2**20:.0f} MB in all, {peak.peak_main / 2**20:.0f} MB main"
                  if peak is not None and peak.available else "peak RSS: install psutil to measure")
        print(f"  {count:6d} files: {wall:6.2f} s  {count / wall:7.1f} files/s  "
              f"{chars / wall / 1e6:.3f} M chars/s  {memory}")
        if peak is not None:
            print(f"  {'':13}{peak.cpu_line()}")
        shutil.rmtree(folder)


def big_corpus(work: Path, news: list[str], scale: float) -> None:
    """20,000 articles cycling through the dev texts, one JSON Lines file, end to end."""
    count = max(500, int(20000 * scale))
    print(f"\n{count:,}-article JSON Lines corpus built from the dev texts, -j 2, end to end:")
    corpus = work / "corpus.jsonl"
    chars = write_jsonl(corpus, news, count)
    wall, peak = run_newsx(["-j", "2", str(corpus)], memory=True)
    memory = f", peak RSS {peak.peak_total / 2**20:.0f} MB" if peak is not None and peak.available else ""
    print(f"  {corpus.stat().st_size / 1e6:.1f} MB file, {chars / 1e6:.1f} M chars: {wall:.1f} s, "
          f"{count / wall:.0f} articles/s, {chars / wall / 1e6:.3f} M chars/s{memory}")
    if peak is not None:
        print(f"  {peak.cpu_line()}")


def big_inputs(work: Path, news: list[str], scale: float) -> None:
    """Peak memory of one big input, serial: a 10 MB JSON array of numbers (its error records
    written as they are made) and 10 MB of news text (bytes per input character)."""
    print("\nbig single inputs, -j 1 (peak resident memory):")
    numbers = work / "numbers.json"
    numbers.write_text(json.dumps(list(range(int(1_300_000 * scale)))), encoding="utf-8")
    text = work / "news.txt"
    body, size = [], 0
    target = int(10_000_000 * scale)
    while size < target:
        for article in news:
            body.append(article)
            size += len(article) + 2
            if size >= target:
                break
    text.write_text("\n\n".join(body), encoding="utf-8")
    for path, what in ((numbers, "JSON array of numbers"), (text, "news text")):
        chars = len(path.read_text(encoding="utf-8"))
        for extra in ([], ["--output-dir", str(work / "out")]):
            wall, peak = run_newsx(["-j", "1", *extra, str(path)], memory=True)
            shutil.rmtree(work / "out", ignore_errors=True)
            memory = (f"peak RSS {peak.peak_main / 2**20:.0f} MB, {peak.peak_main / chars:.0f} bytes/char"
                      if peak is not None and peak.available else "peak RSS: install psutil to measure")
            print(f"  {what:<22} {chars / 1e6:5.1f} M chars{' --output-dir' if extra else '':13} {wall:6.1f} s  {memory}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small corpora: a smoke run of every figure")
    parser.add_argument("--repeat", type=int, default=2, help="passes for the in-process throughput")
    parser.add_argument("--runs", type=int, default=20, help="runs for the start-up timing")
    parts = ("throughput", "startup", "speedup", "files", "corpus", "big")
    parser.add_argument("--only", default=",".join(parts), help=f"comma-separated parts to run: {','.join(parts)}")
    options = parser.parse_args()
    wanted = set(options.only.split(","))
    scale = 0.05 if options.quick else 1.0
    print(f"newsx batch benchmark — {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")

    samples = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "samples").glob("*.txt"))]
    corpora = {"samples": samples, **dev_texts()}
    if "throughput" in wanted:
        print("\nwhole pipeline on one core (decode + extract + to_dict + JSON):")
    for name, texts in corpora.items() if "throughput" in wanted else ():
        rate, seconds = pipeline_rate(texts, 1 if name != "samples" else options.repeat)
        chars = sum(len(text) for text in texts)
        print(f"  {name:<14} {len(texts):5d} texts {chars / 1e6:6.2f} M chars  {rate / 1e6:5.3f} M chars/s per core"
              f"  ({seconds:.1f} s)")
    news = [text for name, texts in corpora.items() if name != "samples" for text in texts if len(text) >= 200]
    if not news:
        news = samples

    if "startup" in wanted:
        print("\nstart-up:")
        startup(max(3, int(options.runs * (0.25 if options.quick else 1))))

    work = Path(tempfile.mkdtemp(prefix="newsx-bench-"))
    try:
        if "speedup" in wanted:
            speedup(work, news, scale)
        if "files" in wanted:
            small_files(work, news, scale)
        if "corpus" in wanted:
            big_corpus(work, news, scale)
        if "big" in wanted:
            big_inputs(work, news, scale)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end")

if __name__ == "__main__":
    main()
