"""The command line: stdout, stderr and exit code checked separately."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsx
from newsx import batch as batch_module
from newsx import cli as cli_module
from newsx.cli import cli

from .conftest import ROOT, SAMPLES
from .helpers import VALIDATOR

ARTICLE = "date 2022-12-13 The minister said Tuesday that 40 people were hurt.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_one_file_gives_one_json_document(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(SAMPLES / "patriot.txt")])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    record = json.loads(result.stdout)
    assert record["schema_version"] == 1
    assert record["published"]["value"] == "2022-12-13"
    assert not list(VALIDATOR.iter_errors(record))


def test_folder_is_walked_recursively_in_sorted_order(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(cli, ["extract", str(folder)])
    assert result.exit_code == 0
    sources = [Path(r["source"]).relative_to(folder).as_posix() for r in _lines(result.stdout)]
    assert sources == ["a.txt", "b.txt", "sub/c.txt"]


def test_glob_picks_other_files(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(cli, ["extract", "--glob", "*.md", str(folder)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"].endswith("notes.md")


def test_explicit_json_for_several_inputs_is_an_array(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(cli, ["extract", "--format", "json", str(folder / "a.txt"), str(folder / "b.txt")])
    assert result.exit_code == 0
    assert [Path(r["source"]).name for r in json.loads(result.stdout)] == ["a.txt", "b.txt"]


def test_jsonl_for_one_input(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(cli, ["extract", "--format", "jsonl", str(folder / "a.txt")])
    assert len(result.stdout.splitlines()) == 1


def test_stdin_without_path(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract"], input=ARTICLE)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == "<stdin>"
    assert record["published"]["value"] == "2022-12-13"


def test_stdin_dash_among_files(runner: CliRunner, folder: Path) -> None:
    result = runner.invoke(cli, ["extract", str(folder / "a.txt"), "-"], input=ARTICLE)
    assert [r["source"] for r in _lines(result.stdout)][1] == "<stdin>"


def test_no_path_on_a_terminal_is_a_usage_error(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_module, "stdin_is_terminal", lambda: True)
    result = runner.invoke(cli, ["extract"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no PATH given" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ],
)
def test_bad_input_is_one_line_and_an_error_record(
    runner: CliRunner, tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(cli, ["extract", "--format", "jsonl", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"newsx: error: {path}: {message}\n" or result.stderr.startswith(f"newsx: error: {path}: {message}")
    assert len(result.stderr.splitlines()) == 1
    record = json.loads(result.stdout)
    assert record["error"]["type"] == "InputError"
    assert record["source"] == str(path)
    assert not list(VALIDATOR.iter_errors(record))


def test_unreadable_file(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE)
    real_open = open

    def locked_open(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", locked_open)
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"newsx: error: {path}: permission denied"


def test_folder_without_matching_files(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "no files matching '*.txt'" in result.stderr
    assert json.loads(result.stdout)["error"]["message"].startswith("no files matching")


def test_batch_goes_on_past_a_bad_file(runner: CliRunner, folder: Path) -> None:
    (folder / "a2.txt").write_bytes(b"")
    result = runner.invoke(cli, ["extract", str(folder)])
    assert result.exit_code == 1
    records = _lines(result.stdout)
    assert [Path(r["source"]).name for r in records] == ["a.txt", "a2.txt", "b.txt", "c.txt"]
    assert ["error" in r for r in records] == [False, True, False, False]
    error, summary = result.stderr.splitlines()
    assert error.endswith("a2.txt: empty file")
    assert summary.startswith("newsx: 3 analysed, 1 failed (4 inputs) in ")


def test_non_utf8_is_decoded_with_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("date 2022-12-13 Caf\u00e9 owners said prices rose 5%.\n".encode("cp1252"))
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert [w["code"] for w in record["warnings"]] == ["not-utf8"]
    assert record["published"]["value"] == "2022-12-13"


def test_byte_order_mark_is_removed_before_offsets(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    record = json.loads(runner.invoke(cli, ["extract", str(path)]).stdout)
    assert record["published"]["start"] == ARTICLE.index("2022")


def test_published_option_overrides(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--published", "2023-01-05"], input=ARTICLE)
    assert json.loads(result.stdout)["published"]["rule"] == "argument"


def test_published_option_is_validated(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--published", "13/12/2022"], input=ARTICLE)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_only_limits_sections(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--only", "figures", str(SAMPLES / "patriot.txt")])
    record = json.loads(result.stdout)
    assert record["figures"]
    assert record["dates"] == record["quotes"] == record["events"] == []


@pytest.mark.parametrize("value", ["bogus", "dates,bogus", ","])
def test_only_rejects_unknown_sections(runner: CliRunner, value: str) -> None:
    result = runner.invoke(cli, ["extract", "--only", value], input=ARTICLE)
    assert result.exit_code == 2
    assert "--only" in result.stderr


def test_output_file(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = runner.invoke(cli, ["extract", "-o", str(target), str(SAMPLES / "patriot.txt")])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["published"]["value"] == "2022-12-13"


def test_table_fits_80_columns(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--format", "table", str(SAMPLES / "patriot.txt")], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith(str(SAMPLES / "patriot.txt"))
    assert "2022-12-13" in lines[0]
    for title in ("Dates", "Quotes", "Figures", "Events"):
        assert any(line.startswith(title) for line in lines), title
    assert max(len(line) for line in lines) <= 80
    assert "Jake Sullivan" in result.stdout


def test_table_honours_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from newsx.render.table import make_console, render

    record = newsx.extract(ARTICLE).to_dict()
    monkeypatch.setenv("NO_COLOR", "1")
    buffer = io.StringIO()
    console = make_console(buffer, width=80)
    console._force_terminal = True  # a colour terminal, but the user said NO_COLOR
    render(console, record)
    assert "\x1b[32m" not in buffer.getvalue() and "32m" not in buffer.getvalue()


def test_schema_command_prints_a_valid_schema(runner: CliRunner) -> None:
    import jsonschema

    result = runner.invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"].endswith("2020-12/schema")


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--version"])
    assert result.stdout.strip() == f"newsx, version {newsx.__version__}"


@pytest.mark.parametrize("command", [[], ["extract"], ["schema"]])
def test_every_command_has_help(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


def test_ctrl_c_exits_130_without_traceback(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    def interrupted(*args, **kwargs):  # noqa: ANN002, ANN003
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_module, "extract", interrupted)
    monkeypatch.setattr(sys, "argv", ["newsx", "extract", str(SAMPLES / "patriot.txt")])
    with pytest.raises(SystemExit) as exit_info:
        cli_module.main()
    assert exit_info.value.code == 130
    err = capsys.readouterr().err
    assert "Traceback" not in err and "interrupted" in err


def test_unexpected_error_becomes_a_record(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):  # noqa: ANN002, ANN003
        raise RuntimeError("boom")

    monkeypatch.setattr(batch_module, "extract", broken)
    result = runner.invoke(cli, ["extract"], input=ARTICLE)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["type"] == "RuntimeError"
    assert "--traceback" in result.stderr and "Traceback" not in result.stderr
    result = runner.invoke(cli, ["extract", "--traceback"], input=ARTICLE)
    assert "Traceback" in result.stderr


def test_head_ends_quietly() -> None:
    """`newsx extract samples/ | head -1`: the reader goes away, newsx ends without a traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newsx", "extract", "--format", "jsonl", str(SAMPLES)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert json.loads(first)["schema_version"] == 1
    assert "Traceback" not in stderr and "Exception" not in stderr


def test_json_on_a_console_that_is_not_utf8(tmp_path: Path) -> None:
    """A latin-1 console cannot print a curly quote: JSON escapes it instead of crashing."""
    env = {"PYTHONIOENCODING": "latin-1", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    run = subprocess.run(
        [sys.executable, "-m", "newsx", "extract", str(SAMPLES / "patriot.txt")],
        capture_output=True, env=env, cwd=ROOT, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert b"\\u2019" in run.stdout
    assert json.loads(run.stdout)["published"]["value"] == "2022-12-13"
