"""Golden outputs for every sample; rewrite them with `pytest --update-golden` and review the diff."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsx
from newsx.text import decode

from .conftest import GOLDEN, ROOT, sample_files
from .helpers import assert_valid


def _record(path: Path) -> tuple[str, dict]:
    text, warnings = decode(path.read_bytes())
    assert not warnings
    return text, newsx.extract(text, source=path.relative_to(ROOT).as_posix()).to_dict()


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_sample_matches_golden(path: Path, update_golden: bool) -> None:
    text, record = _record(path)
    assert_valid(record, text)
    golden = GOLDEN / f"{path.stem}.json"
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file for {path.name}: run pytest --update-golden"
    assert record == json.loads(golden.read_text(encoding="utf-8"))


def test_every_golden_has_a_sample() -> None:
    stems = {p.stem for p in sample_files()}
    orphans = [p.name for p in GOLDEN.glob("*.json") if p.stem not in stems]
    assert not orphans
