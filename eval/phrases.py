"""List phrases in code, comments and tests that also stand in the evaluation texts (../shared/eval/data).

Usage: python eval/phrases.py [PATH ...]   (default: newsx tests; the evaluation data in ../shared/eval/data)
A PATH is a folder (its .py files, data/*.json, .html, .md and .txt files) or one file (read as lines:
README.md, a file of commit messages).
Prints file:line and the shared run of words (>= N words, N=5 by default, --n to change).
Generic news phrases may show up too: judge each; rewrite the examples that come from an article.
Examples in code and tests are made up: none may quote an evaluation article.
"""
from __future__ import annotations

import argparse
import io
import json
import re
import tokenize
from pathlib import Path

WORD = re.compile(r"[A-Za-z0-9$%']+")

def grams(words, n):
    return {tuple(words[i:i+n]) for i in range(len(words)-n+1)}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", default=["newsx", "tests"])
    ap.add_argument("--n", type=int, default=5)
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared/eval/data"))
    a = ap.parse_args()
    n = a.n
    index = set()
    for f in Path(a.data).glob("*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            words = [w.lower() for w in WORD.findall(rec.get("text", ""))]
            index |= grams(words, n)
    for root in a.paths:
        base = Path(root)
        found = [base] if base.is_file() else [*base.rglob("*.py"), *base.glob("data/*.json"), *base.rglob("*.html"),
                                                *base.rglob("*.md"), *base.rglob("*.txt")]
        for path in sorted(found):
            src = path.read_text(encoding="utf-8", errors="replace")
            if path.suffix != ".py":  # test data, pages, prose: every line is text
                strings = [(k, line) for k, line in enumerate(src.splitlines(), 1)]
            else:
                try:
                    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
                except tokenize.TokenError:
                    continue
                strings = [(t.start[0], t.string) for t in toks if t.type in (tokenize.COMMENT, tokenize.STRING)]
            for line_no, string in strings:
                words = WORD.findall(string)
                low = [w.lower() for w in words]
                hits = [i for i in range(len(low)-n+1) if tuple(low[i:i+n]) in index]
                if not hits:
                    continue
                # merge overlapping hits into runs
                runs = []
                for i in hits:
                    if runs and i <= runs[-1][1]:
                        runs[-1][1] = i + n
                    else:
                        runs.append([i, i + n])
                for s, e in runs:
                    print(f"{path}:{line_no}: {' '.join(words[s:e])}")


if __name__ == "__main__":
    main()
