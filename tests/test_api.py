"""The Python API: shape of the record, no clock, no local time zone."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

import newsx

from .conftest import ROOT, SAMPLES

KEYS = ["schema_version", "source", "published", "dates", "quotes", "officials", "figures", "events", "warnings"]


@pytest.mark.parametrize("text", ["", " ", "\x00\x01", "“" * 1000, "said " * 2000, "9" * 5000, "\ud800"])
def test_never_raises_and_has_every_key(text: str) -> None:
    record = newsx.extract(text).to_dict()
    assert list(record) == KEYS
    assert [w for w in record["warnings"] if w["code"] == "internal-error"] == []


def test_frozen_records() -> None:
    article = newsx.extract("date 2022-12-13 Officials said Tuesday that 12 people died.")
    with pytest.raises(AttributeError):
        article.source = "x"  # type: ignore[misc]


def test_without_a_date_relative_expressions_stay_unresolved() -> None:
    record = newsx.extract("The minister resigned on Tuesday, officials said.").to_dict()
    assert record["published"] is None
    for date in record["dates"]:
        assert date["value"] is None or "X" in date["value"] or not date["value"][:1].isdigit()


def test_datetime_argument_is_accepted() -> None:
    record = newsx.extract("It happened Tuesday.", dt.datetime(2022, 12, 13, 23, 59)).to_dict()
    assert record["published"]["value"] == "2022-12-13"


def test_unknown_section_is_an_error() -> None:
    with pytest.raises(ValueError):
        newsx.extract("text", sections=["weather"])


def test_same_output_under_an_unusual_time_zone() -> None:
    """Kiritimati is UTC+14: a hidden clock or local-time conversion would shift dates."""
    path = SAMPLES / "patriot.txt"
    env = {**os.environ, "TZ": "Pacific/Kiritimati", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "newsx", "extract", "--format", "json", str(path)],
        capture_output=True, text=True, env=env, cwd=ROOT, check=True, timeout=120,
    )
    here = newsx.extract(path.read_text(encoding="utf-8"), source=str(path)).to_dict()
    assert json.loads(run.stdout) == here


@pytest.mark.parametrize("text", ["date 2022-13-45\n\nBody.", "date tomorrow Body.", "date 13.12.2022\n\nBody."])
def test_a_bad_header_line_is_a_warning(text: str) -> None:
    record = newsx.extract(text).to_dict()
    assert [w["code"] for w in record["warnings"]] == ["unknown-header"]
    assert record["published"] is None or record["published"]["rule"] != "header"


def test_a_good_header_gives_no_warning() -> None:
    assert newsx.extract("date 2022-12-13 Body.").to_dict()["warnings"] == []


def test_only_never_changes_what_a_section_finds() -> None:
    text = (ROOT / "samples" / "patriot.txt").read_text(encoding="utf-8")
    whole = newsx.extract(text).to_dict()
    for section in ("dates", "quotes", "figures", "events"):
        assert newsx.extract(text, sections=[section]).to_dict()[section] == whole[section], section


def test_collector_state_survives_concurrent_extracts() -> None:
    import gc
    import threading

    text = (ROOT / "samples" / "patriot.txt").read_text(encoding="utf-8")
    threads = [threading.Thread(target=lambda: [newsx.extract(text) for _ in range(3)]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()
    gc.disable()
    try:
        newsx.extract(text)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_progress_is_told_after_each_chunk(monkeypatch) -> None:
    import newsx.pipeline

    monkeypatch.setattr(newsx.pipeline, "CHUNK_CHARS", 2_000)
    text = "\n\n".join(f"Officials said on Tuesday that {n} people were hurt." for n in range(200))
    told: list[int] = []
    whole = newsx.extract(text, progress=told.append)
    assert len(told) > 3 and told == sorted(told) and told[-1] == len(text)
    assert whole.figures and not newsx.extract("A short text.", progress=told.append).figures
    assert told[-1] == len(text)  # a text of one chunk is not reported


def test_big_record_is_written_item_by_item(tmp_path) -> None:
    """The CLI writes a record's sections item by item; the text is what json.dumps gives."""
    import io
    import json

    from newsx.render.json import dumps, lazy_record, write

    article = newsx.extract((ROOT / "samples" / "patriot.txt").read_text(encoding="utf-8"))
    for indent in (None, 2):
        out = io.StringIO()
        write(out, [lazy_record(article), {"error": {"message": "x"}}], indent=indent)
        assert out.getvalue() == dumps([article.to_dict(), {"error": {"message": "x"}}], indent=indent)
        assert json.loads(out.getvalue())[0] == article.to_dict()
