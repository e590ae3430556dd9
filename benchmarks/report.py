"""Speed, size and memory of the HTML report (newsx/render/html.py): run `python benchmarks/report.py`
(about 2 minutes; --quick: about 15 seconds).

Reports
- render speed: --articles plain records (1,000) built by extract() on the texts of samples/ (cycled,
  each with its own source name and its "text", as `newsx extract --include-text` gives them), written
  by HtmlWriter to a file: records/s and characters/s of article text (best of --repeat), output bytes
  per article and in total, and the peak memory of rendering (tracemalloc, on a separate pass),
- linear time on hostile inputs: one record whose text is a single line of words, nested curly
  quotation marks with "said" sentences, or text full of <script>, & and right-to-left overrides
  (U+202E), rendered at 100 KB and 1 MB: the time ratio (x10 the size should take about x10 the
  time; near x100 is quadratic), output size, and whether any data markup survived unescaped,
- the 1,000-article page in headless Chromium (Playwright): time to the load event, time to go to
  the next index page (click #next), time to open one article (location.hash = "art-500", until its
  section has children, then to the next frame), the JS heap and the number of DOM elements before
  and after opening it, and any script error logged. Skipped, with the reason, when Playwright or
  Chromium is missing (--browser names the executable; --no-browser skips it).
Only samples/ texts and built strings are used (never the evaluation data). Figures vary with the
machine and with what else runs on it (the load average is printed); compare runs on the same one.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsx
from bench import _best  # benchmarks/bench.py: best of N timed runs
from newsx.render.html import HtmlWriter
from newsx.text import decode

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def _repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# Hostile texts: each a function of the size in characters.
HOSTILE: dict[str, Callable[[int], str]] = {
    # No line break at all: one paragraph, one line, with a time expression and a figure in each sentence.
    "one line of words": lambda size: _repeat_to(
        "the quick brown fox jumps over the lazy dog on Tuesday and the council pays $5 million for it ", size),
    # Quotes inside quotes inside quotes, each said by someone: marks nest and cross.
    "nested quotes, said": lambda size: _repeat_to(
        "\u201cThe minister said \u2018we will \u201cnot\u201d pay\u2019 today,\u201d said John Smith. "
        "He said it was \u201cfine.\u201d ", size),
    # Markup, entities and bidi overrides in the data: all of it must come out escaped and isolated.
    "<script>, &, U+202E": lambda size: _repeat_to(
        "<script>alert(\"x&y\")</script> & \u202eJohn Smith said &amp; \u201c<b>no</b> &lt;\u201d on May 5 "
        "\u202e</script><!-- ", size),
}


def record_of(text: str, source: str) -> dict[str, Any]:
    """A plain record with its text, as `newsx extract --include-text` writes it."""
    record = newsx.extract(text, source=source).to_dict()
    record["text"] = text
    return record


def render(records: list[dict[str, Any]], path: Path) -> int:
    """Write ``records`` to ``path`` with HtmlWriter, as the command line does; returns the bytes written."""
    with path.open("w", encoding="utf-8") as stream:
        writer = HtmlWriter(stream)
        for record in records:
            writer.write(record)
        writer.close()
    return path.stat().st_size


def _peak_traced(run: Callable[[], Any]) -> int:
    """Peak bytes allocated by Python while ``run`` runs (tracemalloc: slower, so never timed)."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        run()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def render_speed(texts: list[tuple[str, str]], count: int, repeat: int, path: Path) -> None:
    print(f"\nrender speed: {count:,} records from {len(texts)} texts of samples/ (cycled), HtmlWriter to a file")
    start = time.perf_counter()
    records = []
    for n in range(count):
        name, text = texts[n % len(texts)]
        records.append(record_of(text, f"{n:05d}-{name}"))
    built = time.perf_counter() - start
    chars = sum(len(record["text"]) for record in records)
    print(f"  building the records (extract + to_dict): {built:.1f} s, {chars / built:,.0f} chars/s")
    size = render(records, path)  # warm-up: the CSS and JS assets are read on first use
    took = _best(repeat, lambda: render(records, path))
    print(f"  render (best of {repeat}): {took:.3f} s, {count / took:,.0f} records/s, "
          f"{chars / took / 1e6:.2f} M chars/s of article text ({chars / 1e6:.2f} M chars)")
    print(f"  output: {size / 1e6:.1f} MB, {size / count / 1e3:.1f} KB per article "
          f"({size / chars:.1f} bytes per character of text)")
    peak = _peak_traced(lambda: render(records, path))
    print(f"  peak memory of rendering (tracemalloc, records excluded): {peak / 2**20:.1f} MB "
          f"(the records as JSON: {_size_of(records) / 2**20:.0f} MB)")


def _size_of(records: list[dict[str, Any]]) -> int:
    """A rough size of the records: their JSON text (what the command line would hold as values)."""
    import json

    return sum(len(json.dumps(record, ensure_ascii=False)) for record in records)


def hostile(sizes: list[int], path: Path) -> None:
    small, big = sizes
    print(f"\nhostile inputs, one record each: render time at {small:,} (best of 3) and {big:,} chars "
          f"(x{big // small} the size; about x{big // small} the time is linear)")
    print(f"| {'input':22s} | {'findings':>8s} | {'extract':>8s} | {'render small':>12s} | {'render big':>10s} "
          f"| {'ratio':>6s} | {'output big':>10s} | escaped |")
    print(f"|{'-' * 24}|{'-' * 10}|{'-' * 10}|{'-' * 14}|{'-' * 12}|{'-' * 8}|{'-' * 12}|---------|")
    for label, build in HOSTILE.items():
        took, found, extracted, size, safe = [], 0, 0.0, 0, True
        for chars in sizes:
            text = build(chars)
            start = time.perf_counter()
            record = record_of(text, f"hostile {label}")
            extracted = time.perf_counter() - start
            found = sum(len(record[name]) for name in ("dates", "quotes", "figures", "events"))
            took.append(_best(3 if chars == small else 1, lambda record=record: render([record], path)))
            size = path.stat().st_size
            page = path.read_text(encoding="utf-8")
            # Data markup must not survive: the page's own script is the only <script> element, and
            # no raw override character sits outside an isolating element's text (only counted here).
            safe = safe and page.count("<script") == 1 and "<b>no</b>" not in page and "<!-- " not in page
        ratio = took[1] / max(took[0], 1e-6)
        flag = " *" if ratio > 3 * big / small else "  "
        print(f"| {label:22s} | {found:8,d} | {extracted:7.2f}s | {took[0]:11.3f}s | {took[1]:9.2f}s "
              f"| {ratio:5.0f}x{flag[1]}| {size / 1e6:7.1f} MB | {'yes' if safe else 'NO':7s} |")
    print("  (* grows faster than linear; extract is the time at the big size, not part of the ratio)")


def browser(path: Path, count: int, executable: str) -> None:
    print(f"\nthe {count:,}-article page in headless Chromium ({path.stat().st_size / 1e6:.1f} MB):")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("  skipped: Python playwright is not installed (pip install playwright)")
        return
    if not (Path(executable).exists() or shutil.which(executable)):
        print(f"  skipped: no Chromium at {executable} (apt-get install chromium, or --browser PATH)")
        return
    errors: list[str] = []
    target = min(500, count - 1)
    with sync_playwright() as play:
        try:
            chromium = play.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        except Exception as error:  # noqa: BLE001 - any launch failure is a reason to skip
            print(f"  skipped: Chromium did not start ({str(error).splitlines()[0]})")
            return
        try:
            page = chromium.new_page()
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            cdp = page.context.new_cdp_session(page)
            cdp.send("Performance.enable")
            start = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load", timeout=120_000)
            wall = time.perf_counter() - start
            timing = page.evaluate("""() => { const n = performance.getEntriesByType('navigation')[0];
                const p = performance.getEntriesByName('first-contentful-paint')[0];
                return {dcl: n.domContentLoadedEventEnd, load: n.loadEventStart, fcp: p ? p.startTime : null}; }""")
            fcp = f", first contentful paint {timing['fcp']:.0f} ms" if timing["fcp"] else ""
            print(f"  load event: {timing['load']:.0f} ms after navigation (DOMContentLoaded {timing['dcl']:.0f} ms"
                  f"{fcp}; {wall:.2f} s wall from Python)")
            before = _page_state(page, cdp)
            print(f"  on the overview: {before['elements']:,} DOM elements, JS heap {before['heap'] / 2**20:.1f} MB")
            step = page.evaluate("""() => new Promise(done => { const t0 = performance.now();
                document.getElementById('next').click(); const t1 = performance.now();
                requestAnimationFrame(() => setTimeout(() => done({handler: t1 - t0, frame: performance.now() - t0,
                    page: document.getElementById('page').textContent}), 0)); })""")
            print(f"  next index page (click #next): {step['handler']:.1f} ms in the handler, "
                  f"{step['frame']:.1f} ms to the next frame ({step['page']})")
            opened = page.evaluate("""(id) => new Promise(done => { const t0 = performance.now(); let built = null;
                const section = document.getElementById(id);
                const check = () => { if (built === null && section.children.length) built = performance.now() - t0;
                    if (built === null) return requestAnimationFrame(check);
                    requestAnimationFrame(() => setTimeout(() => done({built, frame: performance.now() - t0,
                        marks: section.querySelectorAll('mark.nx').length}), 0)); };
                location.hash = id; requestAnimationFrame(check); })""", f"art-{target}")
            after = _page_state(page, cdp)
            print(f"  open one article (location.hash = \"art-{target}\"): built after {opened['built']:.1f} ms, "
                  f"next frame at {opened['frame']:.1f} ms ({opened['marks']} marks)")
            print(f"  after opening it: {after['elements']:,} DOM elements "
                  f"({after['elements'] - before['elements']:+,}), JS heap {after['heap'] / 2**20:.1f} MB "
                  f"({(after['heap'] - before['heap']) / 2**20:+.1f} MB)")
            print(f"  script errors logged: {len(errors)}" + (f" (first: {errors[0][:200]})" if errors else ""))
        finally:
            chromium.close()


def _page_state(page: Any, cdp: Any) -> dict[str, int]:
    """DOM elements, and the JS heap in use (CDP Performance.getMetrics, after a collection if possible)."""
    try:
        cdp.send("HeapProfiler.collectGarbage")
    except Exception:  # noqa: BLE001, S110 - the heap is then measured with its garbage
        pass
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    heap = metrics.get("JSHeapUsedSize") or page.evaluate("() => performance.memory ? performance.memory.usedJSHeapSize : 0")
    return {"elements": page.evaluate("() => document.getElementsByTagName('*').length"), "heap": int(heap)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 articles, hostile inputs of 10 KB and 100 KB")
    parser.add_argument("--articles", type=int, help="records in the report (1,000; --quick: 100)")
    parser.add_argument("--sizes", help="the two hostile sizes in characters (1e5,1e6; --quick: 1e4,1e5)")
    parser.add_argument("--repeat", type=int, default=3, help="passes for the render timing (best one)")
    parser.add_argument("--browser", default=CHROMIUM, help="the Chromium executable")
    parser.add_argument("--no-browser", action="store_true", help="skip the page in a browser")
    parser.add_argument("--keep", metavar="FILE", help="keep the report of --articles records there")
    args = parser.parse_args()
    count = args.articles or (100 if args.quick else 1000)
    sizes = [int(float(x)) for x in (args.sizes or ("1e4,1e5" if args.quick else "1e5,1e6")).split(",")]
    if len(sizes) != 2 or sizes[0] <= 0 or sizes[1] <= sizes[0]:
        parser.error("--sizes: two sizes, the smaller first")
    print(f"newsx HTML report benchmark — {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")

    texts = [(p.stem, decode(p.read_bytes())[0]) for p in sorted((ROOT / "samples").glob("*.txt"))]
    newsx.extract("warm up: he said on Tuesday that $5 million was paid").to_dict()
    work = Path(tempfile.mkdtemp(prefix="newsx-report-"))
    try:
        report = work / "report.html"
        render_speed(texts, count, args.repeat, report)
        if args.keep:
            shutil.copyfile(report, args.keep)
        hostile(sizes, work / "hostile.html")
        if args.no_browser:
            print("\nthe page in a browser: skipped (--no-browser)")
        else:
            browser(report, count, args.browser)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory of this process: {peak:.0f} MB; load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
