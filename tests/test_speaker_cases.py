"""Speakers on made-up news: tests/data/speakers*.json hold short articles written for this test
(no sentence of any evaluation set), each with the quotes a careful reader finds and who said them,
and the quoted words that are no quote (a title of a work, a term in scare quotes).

Run ``python tests/test_speaker_cases.py`` to print every case that fails.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import newsx

# speakers.json: written with the rules in view; speakers_blind.json: 40 articles written by someone
# who had not read the rules (43 of 50 checks passed when they came, 46 after the fixes they led to).
CASES = [case for name in ("speakers.json", "speakers_blind.json")
         for case in json.loads((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))]


def _same(found: str | None, expected: str | None) -> bool:
    """The scorer's test: equal, one inside the other, or the same last word (case ignored)."""
    if not expected or not found:
        return not expected and not found
    f, e = found.lower(), expected.lower()
    return f in e or e in f or f.split()[-1] == e.split()[-1]


def check(case: dict) -> list[str]:
    """What is wrong in one case (empty when all is right)."""
    text = case["text"]
    art = newsx.extract(text)
    problems = []
    for want in case["quotes"]:
        at = text.index(want["says"])
        found = [q for q in art.quotes if q.start <= at and at + len(want["says"]) <= q.end]
        if not found:
            problems.append(f"no quote holds {want['says']!r}")
            continue
        sp = found[0].speaker
        if "speaker" in want and not _same(sp.name if sp else None, want["speaker"]):
            problems.append(f"{want['says']!r}: speaker {sp.name if sp else None!r}, expected {want['speaker']!r}")
        if sp is not None and "anonymous" in want and sp.anonymous != want["anonymous"]:
            problems.append(f"{want['says']!r}: anonymous {sp.anonymous}, expected {want['anonymous']}")
        for field in ("title", "org"):
            got = (sp.title if field == "title" else sp.organization) if sp else None
            if field in want and (got or "").lower() != want[field].lower():
                problems.append(f"{want['says']!r}: {field} {got!r}, expected {want[field]!r}")
    for words in case.get("no_quote", []):
        at = text.index(words)
        if any(q.start <= at < q.end for q in art.quotes):
            problems.append(f"{words!r} taken as a quote")
    return problems


def results() -> tuple[int, int, list[tuple[str, list[str]]]]:
    """Checks passed, checks made, and the failing cases with their problems."""
    passed = total = 0
    failing = []
    for case in CASES:
        n = len(case["quotes"]) + len(case.get("no_quote", []))
        problems = check(case)
        wrong = len({p.split(":")[0] for p in problems})
        total += n
        passed += n - min(n, wrong)
        if problems:
            failing.append((case["text"][:80], problems))
    return passed, total, failing


def test_speakers_of_made_up_news():
    """Most quotes of the made-up articles go to the right speaker, with the right title, organisation
    and anonymity; titles and scare quotes are no quotes. A floor, not perfection: the failing cases
    are listed by running this file."""
    passed, total, failing = results()
    assert total >= 100
    assert passed / total >= FLOOR, (passed, total, failing)


FLOOR = 0.92  # 39/54 + 43/50 before issue 16's last fixes, 54/54 + 46/50 after

if __name__ == "__main__":
    passed, total, failing = results()
    for text, problems in failing:
        print(text)
        for p in problems:
            print("   ", p)
    print(f"{passed}/{total} checks pass", file=sys.stderr)
