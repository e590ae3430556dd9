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


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_jsonl_limit_counts_the_whole_input(tmp_path: Path, name: str) -> None:
    # Three short lines, none over the limit, but 120 bytes in all: the lines read before stay.
    found = _jsonl(tmp_path, b'{"text": "one"}\n' + b'{"text": "' + b"x" * 80 + b'"}\n{"text": "three"}\n', name)
    assert [unit.kind for unit in found] == ["jsonl", "error"]
    assert found[1].source == str(tmp_path / name)
    where = " once decompressed" if name.endswith(".gz") else ""
    assert found[1].problem == f"input larger than 100 bytes{where} (see --max-bytes): the rest is not read"


def test_jsonl_blank_lines_count_toward_the_limit(tmp_path: Path) -> None:
    # A small .gz of mostly newlines: its line, then one error record for the whole input.
    found = _jsonl(tmp_path, b'{"text": "one"}\n' + b"\n" * 100_000, "dump.jsonl.gz")
    assert [unit.kind for unit in found] == ["jsonl", "error"]
    assert "input larger than 100 bytes once decompressed" in (found[1].problem or "")


def test_jsonl_lines_across_blocks_keep_numbers_and_bytes(tmp_path: Path) -> None:
    from newsx import inputs

    path = tmp_path / "dump.jsonl"
    long = b'{"text": "' + b"y" * 700_000 + b'"}\n'
    # 200,000 blank lines, a line longer than a block, three blank lines, a last line without a break.
    path.write_bytes(b"\n \r\n" * 100_000 + long + b"\n" * 3 + b'{"text": "z"}')
    found = list(units(Input(str(path), str(path), "jsonl"), max_bytes=10**7))
    assert [(unit.source.rsplit(":", 1)[1], unit.data) for unit in found] == [
        ("200001", long), ("200005", b'{"text": "z"}')]
    assert sum(unit.size for unit in found) == path.stat().st_size
    assert inputs._BLOCK < len(long)  # the long line spans several blocks


def test_jsonl_truncated_gzip_is_an_error_after_the_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress(b"".join(b'{"text": "line %d"}\n' % n for n in range(200)))
    path.write_bytes(whole[: len(whole) - 30])
    found = list(units(Input(str(path), str(path), "jsonl"), max_bytes=100_000))
    assert found[-1].kind == "error" and "gzip" in (found[-1].problem or "")
    assert all(unit.kind == "jsonl" for unit in found[:-1]) and len(found) > 1


def test_missing_jsonl_file_is_one_error(tmp_path: Path) -> None:
    path = str(tmp_path / "none.jsonl")
    [unit] = units(Input(path, path, "jsonl"), max_bytes=100)
    assert (unit.kind, unit.source, unit.problem) == ("error", path, "no such file")


# --- one record per input, whatever failed (CLI) -----------------------------------------------

ARTICLE = "WASHINGTON (AP) - The minister said Tuesday that 40 people were hurt in the blast.\n"


def _cli(*args: str, stdin: bytes | str | None = None):  # noqa: ANN202
    from click.testing import CliRunner

    from newsx.cli import cli

    return CliRunner().invoke(cli, ["extract", *args], input=stdin)


def _unlistable(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """A folder that cannot be listed (chmod does not stop root, who may run the tests)."""
    real_scandir = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202
        if Path(path).name == name:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def _failing_input(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A PATH that fails in the way `case` names, and the message its one error record gives."""
    if case == "unlistable folder":
        (tmp_path / "locked").mkdir()
        _unlistable(monkeypatch, "locked")
        return tmp_path / "locked", "permission denied (cannot list this folder)"
    if case == "unlistable sub-folder, nothing else":
        (tmp_path / "top" / "locked").mkdir(parents=True)
        _unlistable(monkeypatch, "locked")
        return tmp_path / "top", "permission denied (cannot list this folder)"
    if case == "only a symlink loop":
        (tmp_path / "top").mkdir()
        (tmp_path / "top" / "loop").symlink_to(tmp_path / "top")
        return tmp_path / "top", "symlink loop"
    if case == "no matching file":
        (tmp_path / "top").mkdir()
        (tmp_path / "top" / "notes.md").write_text(ARTICLE)
        return tmp_path / "top", "no files matching '*.txt' in this folder"
    if case == "unreadable file":
        path = tmp_path / "secret.txt"
        path.write_text(ARTICLE)
        real_open = open

        def guarded(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied")
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr("builtins.open", guarded)
        return path, "permission denied"
    if case == "broken symlink":
        (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
        return tmp_path / "gone.txt", "broken link (to "
    if case == "broken symlink in a folder":
        (tmp_path / "top").mkdir()
        (tmp_path / "top" / "gone.txt").symlink_to(tmp_path / "missing.txt")
        return tmp_path / "top", "broken link (to "
    if case == "broken symlink to JSON Lines":
        (tmp_path / "gone.jsonl").symlink_to(tmp_path / "missing.jsonl")
        return tmp_path / "gone.jsonl", "broken link (to "
    raise AssertionError(case)


@pytest.mark.parametrize("case", [
    "unlistable folder", "unlistable sub-folder, nothing else", "only a symlink loop", "no matching file",
    "unreadable file", "broken symlink", "broken symlink in a folder", "broken symlink to JSON Lines",
])
def test_a_failing_input_gives_exactly_one_error_record(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    path, message = _failing_input(case, tmp_path, monkeypatch)
    result = _cli("--format", "jsonl", "-q", str(path))
    assert result.exit_code == 1
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert message in record["error"]["message"]
    assert record["source"].startswith(str(path))
    [line] = result.stderr.splitlines()
    assert line.startswith("newsx: error: ") and message in line


# --- standard input sniffed by its first bytes ---------------------------------------------------

JSONL_NOTE = "newsx: standard input read as JSON Lines (--input-format text to read it as text)"
JSON_NOTE = "newsx: standard input read as JSON (--input-format text to read it as text)"


def _records(output: str) -> list[dict]:
    import json

    text = output.strip()
    if text.startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines()] if text.startswith('{"') else [json.loads(text)]


def _dump(*ids: int) -> str:
    import json

    return "".join(json.dumps({"id": n, "text": ARTICLE}) + "\n" for n in ids)


@pytest.mark.parametrize(
    ("name", "stdin", "sources", "note"),
    [
        ("json lines", _dump(1, 2), ["<stdin>:1", "<stdin>:2"], JSONL_NOTE),
        ("blank lines first", "\n  \n" + _dump(1), ["<stdin>:3"], JSONL_NOTE),
        ("gzip json lines", gzip.compress(_dump(1, 2).encode()), ["<stdin>:1", "<stdin>:2"],
         JSONL_NOTE.replace("as JSON Lines", "as gzip-compressed JSON Lines")),
        ("one object over lines", '{\n  "id": 1,\n  "text": "%s"\n}\n' % ARTICLE.strip(), ["<stdin>"], JSON_NOTE),
        ("array of records", "[" + _dump(1, 2).strip().replace("\n", ",\n") + "]", ["<stdin>:1", "<stdin>:2"],
         JSON_NOTE),
    ],
)
def test_stdin_json_is_recognised_and_said(name: str, stdin: str | bytes, sources: list[str], note: str) -> None:
    result = _cli("-q", stdin=stdin)
    assert result.exit_code == 0, result.stderr
    records = _records(result.stdout)
    assert [record["source"] for record in records] == sources
    assert all(record["figures"][0]["value"] == 40 for record in records)
    assert result.stderr == note + "\n"


@pytest.mark.parametrize("opening", [
    "[Editor's note: this story was updated on Tuesday.]\n",
    "{Editor's note: this story was updated on Tuesday.}\n",
    "[1] See the footnote.\n",
    "{\n",  # a brace alone: the rest is not JSON
])
def test_stdin_text_that_starts_like_json_stays_text(opening: str) -> None:
    result = _cli("-q", "--format", "jsonl", stdin=opening + ARTICLE)
    assert result.exit_code == 0, result.stderr
    [record] = _records(result.stdout)
    assert record["source"] == "<stdin>"
    assert record["figures"][-1]["value"] == 40
    assert result.stderr == ""


def test_stdin_input_format_overrides_the_sniffing_silently() -> None:
    as_text = _cli("-q", "--format", "jsonl", "--input-format", "text", stdin=_dump(1, 2))
    assert as_text.exit_code == 0 and as_text.stderr == ""
    assert [record["source"] for record in _records(as_text.stdout)] == ["<stdin>"]
    as_jsonl = _cli("-q", "--input-format", "jsonl", stdin=_dump(1, 2))
    assert as_jsonl.exit_code == 0 and as_jsonl.stderr == ""
    assert [record["source"] for record in _records(as_jsonl.stdout)] == ["<stdin>:1", "<stdin>:2"]


def test_stdin_json_without_a_text_field_is_text_with_a_hint() -> None:
    import json

    line = json.dumps({"id": 1, "story": ARTICLE}) + "\n"
    result = _cli("-q", stdin=line)
    assert result.exit_code == 0
    [record] = _records(result.stdout)
    assert record["source"] == "<stdin>"
    [hint] = result.stderr.splitlines()
    assert "without a text field" in hint and "--text-field NAME" in hint
    named = _cli("-q", "--text-field", "story", stdin=line)
    assert [record["source"] for record in _records(named.stdout)] == ["<stdin>:1"]
    assert named.stderr == JSONL_NOTE + "\n"


def test_stdin_bad_gzip_is_one_error_record() -> None:
    result = _cli("-q", "--format", "jsonl", stdin=b"\x1f\x8b not really gzip")
    assert result.exit_code == 1
    [record] = _records(result.stdout)
    assert record["source"] == "<stdin>" and "not a valid gzip stream" in record["error"]["message"]
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(("data", "message"), [(b"", "no records (an empty JSON Lines input)"),
                                               (b"\n  \n\n", "no records (a JSON Lines input of blank lines)")])
def test_a_json_lines_input_without_records_is_one_error(tmp_path: Path, data: bytes, message: str) -> None:
    for name, content in (("e.jsonl", data), ("e.jsonl.gz", gzip.compress(data))):
        path = tmp_path / name
        path.write_bytes(content)
        found = list(units(Input(str(path), str(path), "jsonl"), 1000))
        assert [(unit.kind, unit.source, unit.problem) for unit in found] == [("error", str(path), message)]
