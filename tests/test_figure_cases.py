"""Figures on made-up news: tests/data/figures_cases.json holds short news passages written for this
test (no sentence of any evaluation set, written without reading the figure rules), each with the
figures a careful reader finds and the look-alikes that are no figure (photo counters, ids, phone
numbers, years, clock times, dates, scores, names and model numbers with digits).

A case: ``{"text", "figures": [...], "not_figures": [...]}``. A figure gives its exact ``text`` (the
qualifier is not in it), ``kind``, ``value`` (a number, or ``{"low", "high"}`` for a range) and,
when the case says so, ``unit`` (a string, a list of accepted spellings, or null for a bare count),
``qualifier``, ``counted`` (the last noun of what is counted), ``role`` (``change`` or ``level``) and
``or`` (other accepted ``value``/``unit`` pairs: 5 cents as 0.05 USD or as 5 cent). Figures are
listed in the order of the text, so a span written twice is looked for after the previous one. A
range found with the "from" or "between" that opens it counts, as the scorer counts it.

tests/data/figures_cases_blind.json holds more passages of the same format, written blind (without
reading the figure rules, their tests or any evaluation set) to measure what held-out checks measure:
counts and amounts with a qualifier and a counted noun, measures and money in every common notation
(conversions in brackets, ranges, rates, currency signs and codes, suffixes), and look-alikes among real
figures. Each file has its own floor.

Run ``python tests/test_figure_cases.py`` to print every failing check and the pass rate of each file.
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import newsx
from newsx.model import Range

_DATA = Path(__file__).parent / "data"
CASES = json.loads((_DATA / "figures_cases.json").read_text(encoding="utf-8"))
BLIND_CASES = json.loads((_DATA / "figures_cases_blind.json").read_text(encoding="utf-8"))

KINDS = {"money", "percent", "count", "measure", "number", "fraction", "ordinal", "range"}
_SAME_KIND = {"count": "number"}  # a bare count and a bare number are one kind to a reader

# Qualifiers a reader takes as the same: the case gives the words of the text, the output may
# give them as written or under the name the schema lists.
_QUALIFIER_GROUPS = [
    {"more than", "over", "above", "in excess of", "upwards of", "greater than"},
    {"less than", "fewer than", "under", "below"},
    {"about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "near"},
    {"nearly", "almost", "close to"},
    {"up to", "as many as", "as much as"},
    {"at least", "no less than", "no fewer than"},
    {"at most", "no more than"},
]


def _same_qualifier(found: str | None, expected: str) -> bool:
    f, e = (found or "").lower().strip(), expected.lower().strip()
    return f == e or any(f in group and e in group for group in _QUALIFIER_GROUPS)


def _close(found, expected) -> bool:
    if found is None or expected is None:
        return found is None and expected is None
    try:
        return math.isclose(float(found), float(expected), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def _same_value(found, expected) -> bool:
    """Numbers within 1e-6 relative; a range's bounds as a pair (a reader gives no weight to the
    order "-5 to -12" is written in)."""
    if isinstance(expected, dict):
        if not isinstance(found, Range):
            return False
        pairs = [(found.low, found.high), (found.high, found.low)]
        return any(_close(lo, expected["low"]) and _close(hi, expected["high"]) for lo, hi in pairs)
    return not isinstance(found, Range) and _close(found, expected)


def _same_unit(found: str | None, expected) -> bool:
    if expected is None:
        return found is None
    accepted = [expected] if isinstance(expected, str) else expected
    return found is not None and found.lower() in {u.lower() for u in accepted}


def _value_and_unit(fig, want: dict) -> bool:
    for alt in [want] + want.get("or", []):
        if _same_value(fig.value, alt["value"]) and ("unit" not in alt or _same_unit(fig.unit, alt["unit"])):
            return True
    return False


def _spans(case: dict) -> list[int]:
    """Where each expected figure starts: its text, looked for after the previous one."""
    text, at, starts = case["text"], -1, []
    for want in case["figures"]:
        at = text.index(want["text"], at + 1)
        starts.append(at)
    return starts


_RANGE_OPENERS = ("from ", "between ")


def check(case: dict, figures) -> list[str]:
    """What is wrong in one case (one entry per failing check; empty when all is right)."""
    problems = []
    for want, at in zip(case["figures"], _spans(case)):
        end = at + len(want["text"])
        text = case["text"]
        # As the scorer does, a range may also be given with the "from" or "between" that opens it.
        found = [f for f in figures if f.end == end and (f.start == at or text[f.start:at].lower() in _RANGE_OPENERS)]
        label = repr(want["text"])
        if not found:
            problems.append(f"{label}: no figure with this span")
            continue
        fig, wrong = found[0], []
        if _SAME_KIND.get(fig.kind, fig.kind) != _SAME_KIND.get(want["kind"], want["kind"]):
            wrong.append(f"kind {fig.kind}, expected {want['kind']}")
        if not _value_and_unit(fig, want):
            wrong.append(f"value {fig.value!r} {fig.unit!r}, expected {want['value']!r} {want.get('unit', '')!r}")
        if "qualifier" in want and not _same_qualifier(fig.qualifier, want["qualifier"]):
            wrong.append(f"qualifier {fig.qualifier!r}, expected {want['qualifier']!r}")
        if "counted" in want:
            got = (fig.counted or "").lower().split()
            if not got or got[-1] != want["counted"].lower():
                wrong.append(f"counted {fig.counted!r}, expected {want['counted']!r}")
        if "role" in want and getattr(fig, "role", None) != want["role"]:
            wrong.append(f"role {getattr(fig, 'role', None)!r}, expected {want['role']!r}")
        if wrong:
            problems.append(f"{label}: " + "; ".join(wrong))
    for words in case["not_figures"]:
        at = case["text"].index(words)
        hit = [f for f in figures if f.start < at + len(words) and at < f.end]
        if hit:
            problems.append(f"{words!r}: no figure, but found {', '.join(repr(f.text) for f in hit)}")
    return problems


def results(cases: list[dict] | None = None) -> tuple[int, int, list[tuple[dict, list, list[str]]]]:
    """Checks passed, checks made, and the failing cases with the figures found and the problems
    (of ``cases``, by default the cases of figures_cases.json)."""
    passed = total = 0
    failing = []
    for case in CASES if cases is None else cases:
        figures = newsx.extract(case["text"]).figures
        problems = check(case, figures)
        n = len(case["figures"]) + len(case["not_figures"])
        total += n
        passed += n - len(problems)
        if problems:
            failing.append((case, figures, problems))
    return passed, total, failing


def _well_formed(cases: list[dict]) -> None:
    for case in cases:
        _spans(case)
        for words in case["not_figures"]:
            assert words in case["text"], (words, case["text"])
        for want in case["figures"]:
            assert want["kind"] in KINDS, want
            assert isinstance(want["value"], dict) == (want["kind"] == "range"), want
            assert want.get("role") in (None, "change", "level"), want


def test_cases_are_well_formed():
    """Each span is in its text (in order), each kind known, enough cases and negatives."""
    assert len(CASES) >= 170
    assert len({w for case in CASES for w in case["not_figures"]}) >= 40
    _well_formed(CASES)


def test_blind_cases_are_well_formed():
    """The blind file: at least 150 passages, 30 look-alikes, and well formed like the first."""
    assert len(BLIND_CASES) >= 150
    assert len({w for case in BLIND_CASES for w in case["not_figures"]}) >= 30
    _well_formed(BLIND_CASES)


def test_figures_of_made_up_news():
    """Most figures of the made-up passages are read with the right span, kind, value and unit, and
    the look-alikes are no figures. A floor, not perfection: the failing checks are listed by
    running this file."""
    passed, total, failing = results()
    assert total >= 300
    assert passed / total >= FLOOR, (passed, total, [(c["text"], p) for c, _, p in failing])


def test_figures_of_blind_news():
    """The same measure on the blind passages, against their own floor."""
    passed, total, failing = results(BLIND_CASES)
    assert total >= 300
    assert passed / total >= FLOOR_BLIND, (passed, total, [(c["text"], p) for c, _, p in failing])


# figures_cases.json: 304/420 when written (blind, before issue 19), 420/420 after the fixes it led to.
FLOOR = 0.99
# figures_cases_blind.json: 299/313 when written (blind, after the grammar of issue 19), 305/313 after
# general fixes; 8 of the failures are one convention: newsx keeps a rate said with "a"/"an" and the
# rate of an amount of money out of the span ("$350" in "$350 per tonne", "20 mg" in "20 mg a day").
FLOOR_BLIND = 0.96

if __name__ == "__main__":
    rates = []
    for name, cases in (("figures_cases.json", CASES), ("figures_cases_blind.json", BLIND_CASES)):
        passed, total, failing = results(cases)
        print(f"== {name}")
        for case, figures, problems in failing:
            print(case["text"])
            for p in problems:
                print("   ", p)
            found = "; ".join(f"{f.text!r} {f.kind} {f.value!r} {f.unit!r}" for f in figures) or "none"
            print("    found:", found)
        rates.append(f"{name}: {passed}/{total} checks pass ({passed / total:.3f})")
    for line in rates:
        print(line, file=sys.stderr)
