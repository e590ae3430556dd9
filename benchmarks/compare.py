"""Speed of extract() now against an earlier commit, side by side in one run on the same machine.

    python benchmarks/compare.py                 # against the commit before the document layer
    python benchmarks/compare.py --before REV --rounds 7

The earlier commit is exported into a temporary folder (``git archive``, from this checkout or from
$NEWSX_SOURCE_REPO, which benchmarks/compiled.sh sets to time the compiled build); each round runs one
child process per version, in turn (A B A B ...), so that both see the same machine state. Each
child times ``extract(text).to_dict()`` over the texts, best of ``--repeat`` passes, on two
workloads: the samples one by one, and the samples joined into one text. Reported: characters per
second of each version (median of the rounds, with min and max) and the ratio now/before per round.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The last commit before issue 12 (one reading of the text): four tokenisers, no document layer.
BEFORE = "fd0c7ce"

CHILD = r"""
import gc, json, sys, time
sys.path.insert(0, sys.argv[1])
import newsx
texts = json.load(open(sys.argv[2], encoding="utf-8"))
repeat = int(sys.argv[3])
joined = "\n\n".join(texts)
newsx.extract("warm up: He said on Tuesday that 5 people came.").to_dict()
for t in texts:
    newsx.extract(t).to_dict()

def best(work):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)

chars = sum(map(len, texts))
one_by_one = best(lambda: [newsx.extract(t).to_dict() for t in texts])
whole = best(lambda: newsx.extract(joined).to_dict())
print(json.dumps({"one_by_one": chars / one_by_one, "joined": len(joined) / whole, "module": newsx.__file__}))
"""


def _texts(folder: Path) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from newsx.text import decode

    return [decode(p.read_bytes())[0] for p in sorted(folder.rglob("*.txt"))]


def _run(tree: Path, texts_file: Path, repeat: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), str(texts_file), str(repeat)],
                         capture_output=True, text=True, check=True, cwd=tree)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BEFORE, help=f"the commit to compare with (default {BEFORE})")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3, help="passes per child; the best counts")
    parser.add_argument("folder", nargs="?", default=str(ROOT / "samples"))
    args = parser.parse_args()

    texts = _texts(Path(args.folder))
    with tempfile.TemporaryDirectory() as work:
        before = Path(work) / "before"
        before.mkdir()
        repo = os.environ.get("NEWSX_SOURCE_REPO", str(ROOT))
        archive = subprocess.run(["git", "archive", args.before], cwd=repo, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
        texts_file = Path(work) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        rows: dict[str, list[dict[str, float]]] = {"before": [], "now": []}
        for _ in range(args.rounds):
            rows["before"].append(_run(before, texts_file, args.repeat))
            rows["now"].append(_run(ROOT, texts_file, args.repeat))

    print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters; {args.rounds} rounds, A/B in turn; "
          f"before = {args.before} ({rows['before'][0]['module']}), now = {rows['now'][0]['module']}")
    for work in ("one_by_one", "joined"):
        b = [r[work] for r in rows["before"]]
        n = [r[work] for r in rows["now"]]
        ratios = [x / y for x, y in zip(n, b)]
        print(f"{work:10s}  before {statistics.median(b):>11,.0f} chars/s ({min(b):,.0f}-{max(b):,.0f})   "
              f"now {statistics.median(n):>11,.0f} chars/s ({min(n):,.0f}-{max(n):,.0f})   "
              f"now/before x{statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})")


if __name__ == "__main__":
    main()
