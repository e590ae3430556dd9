"""Per-record caps (newsx.caps): warnings of one code, items of one section."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsx import extract
from newsx.caps import MIN_ITEMS, capped_items, capped_warnings, summary_warning
from newsx.model import Warning
from newsx.pipeline import CHUNK_CHARS


def test_warnings_past_the_cap_become_one_summary_per_code() -> None:
    warnings = [Warning("a", f"a{n}", n, n + 1) for n in range(150)] + [Warning("b", "b", 0, 1)]
    warnings += [summary_warning("a", 7), summary_warning("c", 3)]
    capped = capped_warnings(warnings, limit=100)
    assert capped[:100] == warnings[:100] and capped[100] == warnings[150]
    assert [w.message for w in capped[101:]] == ["... and 57 more a warnings", "... and 3 more c warnings"]


def test_a_long_text_of_marks_gives_one_summary_over_all_its_chunks() -> None:
    # Two chunks, each with its own 100 warnings and summary: one cap, one summary for the record.
    article = extract("“ " * (CHUNK_CHARS // 2 + 50_000), sections=("quotes",))
    marks = [w for w in article.warnings if w.code == "unbalanced-quote"]
    assert len(marks) == 101
    assert marks[-1].message == "... and 549900 more unbalanced-quote warnings"


def test_overlapping_quotes_are_truncated_with_a_warning() -> None:
    text = "Mr. Smith said " * 20_000  # 300,000 characters: every quote holds the ones after it
    article = extract(text, sections=("quotes",))
    assert article.quotes is not None and 0 < len(article.quotes) < 20_000
    assert sum(len(q.text) for q in article.quotes) <= 100_000 + len(text)
    [truncated] = [w for w in article.warnings if w.code == "truncated"]
    assert truncated.message.startswith(f"quotes: {19_999 - len(article.quotes)} of 19999 items dropped")


def test_items_within_the_caps_are_kept_untouched() -> None:
    warnings: list[Warning] = []
    items = tuple(range(MIN_ITEMS))
    assert capped_items("dates", items, 0, warnings) is items and warnings == []
    assert capped_items("dates", items + (0,), 0, warnings) == items
    assert [w.message for w in warnings] == [
        "dates: 1 of 1001 items dropped (more than a text of this length can hold; see README, Limits)"]


# --- memory: a JSON array's records are written as they are made ---------------------------------


def test_a_json_arrays_records_are_made_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsx import batch
    from newsx.inputs import Unit

    made: list[str] = []
    real = batch._from_json

    def spy(source: str, *args: Any, **kwargs: Any) -> Any:
        made.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(batch, "_from_json", spy)
    outcomes = iter(batch.outcomes_of(Unit("a.json", "json", data=b"[1, 2, 3]"), batch.Options()))
    assert next(outcomes).error == "not a JSON object but a int" and made == ["a.json:1"]
    assert [o.source for o in outcomes] == ["a.json:2", "a.json:3"]


def test_one_or_many_writes_what_write_writes_at_once() -> None:
    import io

    from newsx.render.json import OneOrMany, write

    records = [{"a": [1, {"b": 2}]}, {"c": "é"}, {"d": []}]
    for count in (1, 2, 3):
        for indent in (None, 2):
            expected, streamed = io.StringIO(), io.StringIO()
            write(expected, records[0] if count == 1 else records[:count], indent=indent)
            document = OneOrMany(streamed, indent=indent)
            for record in records[:count]:
                document.add(record)
            document.close()
            assert streamed.getvalue() == expected.getvalue()


def test_output_dir_file_of_a_json_array_keeps_its_layout(tmp_path: Path) -> None:
    from newsx.outdir import _Pending

    pending = _Pending(str(tmp_path / "out.json"), lines=False)
    for record in ({"n": 1}, '{"n":2}', {"n": 3}):
        pending.add(record)
    pending.commit()
    assert (tmp_path / "out.json").read_text() == '[{"n":1},\n{"n":2},\n{"n":3}]\n'
    single = _Pending(str(tmp_path / "one.json"), lines=False)
    single.add({"n": 1})
    single.commit()
    assert (tmp_path / "one.json").read_text() == '{"n":1}\n'
