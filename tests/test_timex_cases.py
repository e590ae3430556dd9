"""Time expressions on made-up news, written blind: tests/data/timex_cases.json holds short news
passages written for this test without reading the date rules, their tests or any evaluation set,
each with the time expressions a careful TimeML (TIMEX3) annotator marks, so that the rules can be
measured on text nobody tuned them on. The first table has since been read while tuning the rules;
tests/data/timex_cases2.json is a second one in the same format, written blind the same way, to
measure them on unseen text again.

A case: ``{"dct", "text", "expect", "absent", "tags"}``.
- ``dct``: the publication date (``YYYY-MM-DD``), passed as ``published``; ``null`` for a narrative
  passage whose relative expressions hang on the latest full date the text gives before them.
- ``expect``: every time expression of the passage, in the order of the text, with its exact span
  (TempEval-3 spans: determiners and modifiers in, prepositions out), ``type`` (DATE, TIME, DURATION,
  SET), ``value`` and, where there is one, ``mod``. Where annotators are divided (a two-year span
  such as "2015-16", a range of durations, "fiscal 2024"), ``or`` lists other accepted values.
- ``absent``: look-alikes in the passage that are no time expression (ages, scores, model numbers,
  titles, names, phone numbers, addresses, copyright lines, money, ratios, odds).
- ``tags``: what the case tests.

A check per expected expression: it is matched to the first found expression, not used yet, with the
same text, and passes when its type and value (and mod, where the case gives one) agree. Durations
are compared by what they measure, so ``P1DE`` = ``P10Y``, ``P1CE`` = ``P100Y``, ``P2.5Y`` = ``P30M``
and ``P2W`` = ``P14D`` (but a day is not 24 hours). A check per ``absent`` string: it passes when no
found expression overlaps its first occurrence.

Run ``python tests/test_timex_cases.py [FILE]`` to print every failing check (expected against found)
and the totals by tag, for one table (a name in tests/data or a path) or, by default, for both.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import re
import sys
from fractions import Fraction
from pathlib import Path

import pytest

import newsx

DATA = Path(__file__).parent / "data"


def load(name: str | Path) -> list[dict]:
    """The cases of one table: a file name in tests/data, or a path."""
    path = Path(name)
    if not path.exists():
        path = DATA / name
    return json.loads(path.read_text(encoding="utf-8"))


CASES = load("timex_cases.json")
TYPES = {"DATE", "TIME", "DURATION", "SET"}

# timex_cases.json: 435/526 checks (0.827) passed on the code of the day it was written blind
# (main at 0521dac): 345/430 expected expressions, 90/96 look-alikes. After issue 18's rules, whose
# writers never read it (they were given only the kinds of failure, in general terms): 465/526 (0.884).
# At the next stop its failures were read while writing rules, so it is no longer blind: 492/526
# (0.935); the floor is that less 0.015.
FLOOR = 0.92
# timex_cases2.json: written blind on main at 698e94a (214 passages, 474 expressions, 165
# look-alikes) and first run only once committed: 524/639 checks (0.820), 365/474 expected
# expressions, 159/165 look-alikes. Rules were then written from its kinds of failure, told in
# general terms to a helper who never opened it: 543/639 (0.850). FLOOR2 is that less 0.01.
FLOOR2 = 0.84
TABLES = {"timex_cases.json": FLOOR, "timex_cases2.json": FLOOR2}

_DURATION = re.compile(r"^P(?:(?P<date>(?:\d+(?:\.\d+)?(?:ML|CE|DE|Y|M|W|D))+))?"
                       r"(?:T(?P<time>(?:\d+(?:\.\d+)?[HMS])+))?$")
_MONTHS = {"ML": 12000, "CE": 1200, "DE": 120, "Y": 12, "M": 1}


def _measure(value: str | None) -> tuple | None:
    """A duration as (months, days, seconds); None for anything else (PXY, dates, ...)."""
    m = _DURATION.match(value or "")
    if not m or value == "P" or value.endswith("T"):
        return None
    months = days = seconds = Fraction(0)
    for n, unit in re.findall(r"(\d+(?:\.\d+)?)(ML|CE|DE|Y|M|W|D)", m.group("date") or ""):
        if unit in _MONTHS:
            months += Fraction(n) * _MONTHS[unit]
        else:
            days += Fraction(n) * (7 if unit == "W" else 1)
    for n, unit in re.findall(r"(\d+(?:\.\d+)?)([HMS])", m.group("time") or ""):
        seconds += Fraction(n) * {"H": 3600, "M": 60, "S": 1}[unit]
    return months, days, seconds


def same_value(found: str | None, expected: str) -> bool:
    if found == expected:
        return True
    a, b = _measure(found), _measure(expected)
    return a is not None and a == b


def _published(case: dict) -> dt.date | None:
    return dt.date.fromisoformat(case["dct"]) if case["dct"] else None


def _show(d) -> str:
    mod = f" {d.mod}" if d.mod else ""
    return f"{d.text!r} {d.type} {d.value}{mod}"


def check(case: dict, found: list) -> list[tuple[bool, str]]:
    """One (passed, description) per check of the case: the expected expressions, then the absent ones."""
    out = []
    used: set[int] = set()
    for want in case["expect"]:
        accepted = [want["value"]] + want.get("or", [])
        label = f"{want['text']!r} {want['type']} {want['value']}" + (f" {want['mod']}" if "mod" in want else "")
        hit = next((i for i, d in enumerate(found) if i not in used and d.text == want["text"]), None)
        if hit is None:
            near = [d for d in found if want["text"] in d.text or d.text in want["text"]]
            out.append((False, f"expected {label}: no expression with this span"
                        + (f" (found {'; '.join(_show(d) for d in near)})" if near else "")))
            continue
        used.add(hit)
        d = found[hit]
        ok = (d.type == want["type"] and any(same_value(d.value, v) for v in accepted)
              and ("mod" not in want or d.mod == want["mod"]))
        out.append((ok, f"expected {label}: found {_show(d)}"))
    text = case["text"]
    for words in case["absent"]:
        at = text.index(words)
        hit = [d for d in found if d.start < at + len(words) and at < d.end]
        shown = f": found {'; '.join(_show(d) for d in hit)}" if hit else ""
        out.append((not hit, f"absent {words!r}{shown}"))
    return out


def results(cases: list[dict] | None = None):
    """Checks passed, checks made, passed/made by tag, and the failing cases with what was found."""
    passed = total = 0
    by_tag: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])  # also "(expected)", "(absent)"
    failing = []
    for case in CASES if cases is None else cases:
        found = list(newsx.extract(case["text"], published=_published(case)).dates or [])
        checks = check(case, found)
        good = sum(ok for ok, _ in checks)
        passed += good
        total += len(checks)
        for tag in case["tags"]:
            by_tag[tag][0] += good
            by_tag[tag][1] += len(checks)
        n = len(case["expect"])
        for kind, part in (("(expected)", checks[:n]), ("(absent)", checks[n:])):
            by_tag[kind][0] += sum(ok for ok, _ in part)
            by_tag[kind][1] += len(part)
        if good < len(checks):
            failing.append((case, found, [msg for ok, msg in checks if not ok]))
    return passed, total, dict(by_tag), failing


@pytest.mark.parametrize("table", TABLES)
def test_cases_are_well_formed(table):
    """At least 200 passages, 380 expressions and 60 distinct look-alikes; every span in its text in
    order, every look-alike in its text and clear of the expected spans; known types; dates valid."""
    CASES = load(table)
    assert len(CASES) >= 200
    assert sum(len(c["expect"]) for c in CASES) >= 380
    assert len({a for c in CASES for a in c["absent"]}) >= 60
    for case in CASES:
        assert case["tags"], case
        if case["dct"] is not None:
            dt.date.fromisoformat(case["dct"])
        text, at, spans = case["text"], -1, []
        for want in case["expect"]:
            assert want["type"] in TYPES, want
            assert set(want) <= {"text", "type", "value", "mod", "or"}, want
            at = text.index(want["text"], at + 1)
            spans.append((at, at + len(want["text"])))
        for words in case["absent"]:
            i = text.index(words)
            assert not any(s < i + len(words) and i < e for s, e in spans), (words, text)


@pytest.mark.parametrize("table", TABLES)
def test_time_expressions_of_blind_news(table):
    """Most expected expressions are found with the right span, type, value and mod, and the
    look-alikes are no time expressions. A floor, not perfection: run this file to list the failures."""
    passed, total, _, failing = results(load(table))
    assert total >= 440
    assert passed / total >= TABLES[table], (passed, total, [(c["text"], p) for c, _, p in failing][:20])


def report(table: str | Path) -> None:
    passed, total, by_tag, failing = results(load(table))
    for case, found, problems in failing:
        print(f"[{case['dct']}] {case['text']}")
        for p in problems:
            print("    FAIL", p)
        print("    found:", "; ".join(_show(d) for d in found) or "none")
    print()
    for tag, (good, made) in sorted(by_tag.items(), key=lambda kv: (-kv[1][1], kv[0])):
        if made:
            print(f"{tag:16} {good:4}/{made:<4} {good / made:.3f}")
    print(f"{Path(table).name}: {passed}/{total} checks pass ({passed / total:.3f})", file=sys.stderr)


if __name__ == "__main__":
    for table in sys.argv[1:] or list(TABLES):
        report(table)
        print()
