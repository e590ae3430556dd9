"""Finding inputs and reading them within bounds: kinds, sizes, folders, loops, JSON lines."""
from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newsx.inputs import Input, discover, human_size, kind_of, parse_size, read_file, units
from newsx.text import InputError


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", "text"), ("a", "text"), ("a.TXT.gz", "text"), ("dump.jsonl", "jsonl"), ("dump.JSONL.gz", "jsonl"),
        ("dump.ndjson", "jsonl"), ("record.json", "json"), ("record.json.gz", "json"), ("page.html", "html"),
        ("page.htm", "html"), ("page.xhtml.gz", "html"), ("notes.md", "text"), ("archive.gz", "text"),
    ],
)
def test_kind_from_name(name: str, kind: str) -> None:
    assert kind_of(name) == kind


@pytest.mark.parametrize(
    ("text", "size"),
    [("50M", 50 * 1024**2), ("1G", 1024**3), ("200k", 200 * 1024), ("1000", 1000), ("1.5MB", int(1.5 * 1024**2)),
     ("2 GiB", 2 * 1024**3)],
)
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "M", "-5M", "0", "5X", "lots"])
def test_bad_sizes(text: str) -> None:
    with pytest.raises(ValueError):
        parse_size(text)


def test_human_size() -> None:
    assert human_size(50 * 1024**2) == "50 MiB"
    assert human_size(12) == "12 bytes"


def _tree(root: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", "z/e.txt", "notes.md"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")


def test_walk_order_files_then_folders_sorted(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = [Path(item.source).relative_to(tmp_path).as_posix() for item in discover([str(tmp_path)], ["*.txt"])]
    assert found == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "z/e.txt"]


def test_several_globs(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = [Path(item.source).name for item in discover([str(tmp_path)], ["*.md", "a.*"])]
    assert found == ["a.txt", "notes.md"]


def test_symlink_loop_is_an_error_not_a_hang(tmp_path: Path) -> None:
    _tree(tmp_path)
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    found = list(discover([str(tmp_path)], ["*.txt"]))
    problems = [item for item in found if item.problem]
    assert [Path(item.source).name for item in problems] == ["loop"]
    assert "symlink loop" in (problems[0].problem or "")
    assert len(found) == 6  # five files, each once, and the loop


def test_a_folder_linked_twice_is_walked_once(tmp_path: Path) -> None:
    _tree(tmp_path)
    (tmp_path / "again").symlink_to(tmp_path / "z")
    found = [Path(item.source).relative_to(tmp_path).as_posix() for item in discover([str(tmp_path)], ["e.txt"])]
    assert found == ["again/e.txt"]


def test_unlistable_folder_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    real_scandir = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(discover([str(tmp_path)], ["*.txt"]))
    assert [Path(item.source).name for item in found] == ["a.txt", "b.txt", "sub", "e.txt"]
    assert found[2].problem == "permission denied (cannot list this folder)"


def test_folder_without_matches(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x")
    [item] = discover([str(tmp_path)], ["*.txt", "*.jsonl"])
    assert item.problem == "no files matching '*.txt' or '*.jsonl' in this folder"


def test_input_format_overrides_the_name(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("{}\n")
    assert [item.kind for item in discover([str(path)], ["*"], "jsonl")] == ["jsonl"]


def test_file_over_the_limit_is_not_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)

    def no_open(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("opened a file that is over the limit")

    monkeypatch.setattr("builtins.open", no_open)
    with pytest.raises(InputError, match=r"too large \(4.883 KiB; --max-bytes is 1000 bytes\): not read"):
        read_file(str(path), 1000)


def test_gzip_limit_counts_decompressed_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 2_000_000))
    assert path.stat().st_size < 10_000
    with pytest.raises(InputError, match="once decompressed"):
        read_file(str(path), 1_000_000)
    assert read_file(str(path), 2_000_000) == b"a" * 2_000_000


def test_bad_gzip(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt.gz"
    path.write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match="not a valid gzip file"):
        read_file(str(path), 1000)


def _jsonl(tmp_path: Path, content: bytes, name: str = "dump.jsonl") -> list:
    path = tmp_path / name
    path.write_bytes(gzip.compress(content) if name.endswith(".gz") else content)
    return list(units(Input(str(path), str(path), "jsonl"), max_bytes=100, group=3))


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_jsonl_lines_numbered_blank_lines_skipped(tmp_path: Path, name: str) -> None:
    found = _jsonl(tmp_path, b'{"text": "one"}\n\n   \n{"text": "two"}', name)
    assert [unit.source.rsplit(":", 1)[1] for unit in found] == ["1", "4"]
    assert [unit.data for unit in found] == [b'{"text": "one"}\n', b'{"text": "two"}']
    assert {unit.group for unit in found} == {3}


def test_jsonl_line_over_the_limit_is_skipped_not_kept(tmp_path: Path) -> None:
    found = _jsonl(tmp_path, b'{"text": "one"}\n' + b'{"text": "' + b"x" * 500 + b'"}\n{"text": "three"}\n')
    assert [unit.kind for unit in found] == ["jsonl", "error", "jsonl"]
    assert found[1].source.endswith(":2") and "line longer than 100 bytes" in (found[1].problem or "")
    assert found[2].source.endswith(":3")


def test_jsonl_truncated_gzip_is_an_error_after_the_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress(b"".join(b'{"text": "line %d"}\n' % n for n in range(200)))
    path.write_bytes(whole[: len(whole) - 30])
    found = list(units(Input(str(path), str(path), "jsonl"), max_bytes=1000))
    assert found[-1].kind == "error" and "gzip" in (found[-1].problem or "")
    assert all(unit.kind == "jsonl" for unit in found[:-1]) and len(found) > 1


def test_missing_jsonl_file_is_one_error(tmp_path: Path) -> None:
    path = str(tmp_path / "none.jsonl")
    [unit] = units(Input(path, path, "jsonl"), max_bytes=100)
    assert (unit.kind, unit.source, unit.problem) == ("error", path, "no such file")
