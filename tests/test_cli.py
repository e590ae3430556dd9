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
    assert record["schema_version"] == 2
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
    # Sections not asked for are null (schema v2): [] would mean "looked, found none".
    assert record["dates"] is record["quotes"] is record["officials"] is record["events"] is None


@pytest.mark.parametrize("value", ["bogus", "dates,bogus", ",", ""])
def test_only_rejects_unknown_sections(runner: CliRunner, value: str) -> None:
    result = runner.invoke(cli, ["extract", "--only", value], input=ARTICLE)
    assert result.exit_code == 2
    assert "--only" in result.stderr and "dates,quotes,officials,figures,events" in result.stderr
    assert result.stdout == ""


def test_only_officials(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--only", "officials", str(SAMPLES / "patriot.txt")])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert [o["name"] for o in record["officials"]][-1] == "Jake Sullivan"
    assert record["quotes"] is None


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


# --- the events table, the officials table and --sort ------------------------------------------

# Two events the article cannot date (no publication date), then two dated ones, later date first.
TIMELINE = ("The minister resigned after protests. Officials said the army will close the base. "
            "Russia fired 85 missiles at Kyiv on November 15, 2022. "
            "Police arrested two men in Paris on 3 March 2021.\n")


def _rendered(record: dict, sections: tuple[str, ...] | None = None) -> str:
    """A record as the table a terminal of 80 columns shows (no colour codes: a plain file)."""
    import io

    from rich.console import Console

    from newsx.render.table import render

    buffer = io.StringIO()
    console = Console(width=80, file=buffer)
    render(console, record) if sections is None else render(console, record, sections)
    return buffer.getvalue()


def _timeline_keys(events: list[dict]) -> list[tuple[bool, str]]:
    return [(e["date"] is None, (e["date"] or {}).get("value") or "") for e in events]


def test_events_table_shows_status_and_what(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--format", "json", str(SAMPLES / "patriot.txt")])
    assert result.exit_code == 0
    assert result.stderr == ""
    record = json.loads(result.stdout)
    output = _rendered(record)
    lines = output.splitlines()
    assert any(line.startswith(f"Events ({len(record['events'])})") for line in lines)
    assert any(line.startswith("Officials (") for line in lines)
    header = next(line for line in lines if "status" in line.split())
    assert header.split() == ["date", "status", "who", "what", "where"]
    # A what phrase short enough to sit on one line of its column, with its status on that line.
    event = min(record["events"], key=lambda e: len(e["what"]["text"]))
    assert len(event["what"]["text"]) < 20
    row = next(line for line in lines if event["what"]["text"] in line)
    assert event["status"] in row.split()
    main = next(e for e in record["events"] if e["main"])
    assert "★ " + main["what"]["text"].split()[0] in output
    assert max(len(line) for line in lines) <= 80


def test_events_table_names_the_source() -> None:
    record = newsx.extract(TIMELINE).to_dict()
    event = {**record["events"][0], "what": {"text": "resigned", "start": 0, "end": 0}, "main": True,
             "source": {"name": "two aides", "anonymous": True}}
    output = _rendered({**record, "events": [event]})
    assert "★ resigned (per two aides)" in output
    assert "undated" in output or event["date"] is not None


def test_only_quotes_table_has_no_events_table(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--format", "table", "--only", "quotes", str(SAMPLES / "patriot.txt")],
                           env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert any(line.startswith("Quotes (") for line in lines)
    for title in ("Dates", "Officials", "Figures", "Events"):
        assert not any(line.startswith(title) for line in lines), title


def test_render_skips_sections_not_asked_for() -> None:
    record = newsx.extract(ARTICLE, sections=("quotes",)).to_dict()
    assert record["events"] is None and record["dates"] is None
    output = _rendered(record)  # all sections asked of render, some null in the record
    assert "Events" not in output and "Dates" not in output
    assert "Quotes" in output


def test_sort_date_gives_a_timeline_in_json_lines(runner: CliRunner) -> None:
    by_text = runner.invoke(cli, ["extract", "--format", "jsonl"], input=TIMELINE)
    result = runner.invoke(cli, ["extract", "--sort", "date", "--format", "jsonl"], input=TIMELINE)
    assert result.exit_code == 0 == by_text.exit_code
    assert result.stderr == ""
    events = _lines(result.stdout)[0]["events"]
    keys = _timeline_keys(events)
    assert keys == sorted(keys)  # dated in non-decreasing date order, undated at the end
    assert keys[0][0] is False and keys[-1][0] is True  # this text has both
    # The same events, only reordered; text order stays the default.
    text_order = _lines(by_text.stdout)[0]["events"]
    assert [e["start"] for e in text_order] == sorted(e["start"] for e in text_order)
    assert sorted(events, key=lambda e: e["start"]) == text_order
    assert events != text_order


def test_sort_date_in_worker_processes_and_json(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "timeline.txt").write_text(TIMELINE, encoding="utf-8")
    (tmp_path / "patriot.txt").write_text((SAMPLES / "patriot.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(cli, ["extract", "--sort", "date", "--format", "json", "-j", "2", str(tmp_path)])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert len(records) == 2
    for record in records:
        keys = _timeline_keys(record["events"])
        assert keys == sorted(keys)
        assert not list(VALIDATOR.iter_errors(record))


def test_sort_date_with_events_not_asked_for(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--sort", "date", "--only", "dates", "--format", "jsonl"], input=TIMELINE)
    assert result.exit_code == 0
    assert _lines(result.stdout)[0]["events"] is None


def test_sort_events_keeps_items_and_orders_dicts_and_records() -> None:
    article = newsx.extract(TIMELINE)
    record = {"source": None, "events": article.events}
    timeline = cli_module.sort_events(record, "date")
    assert set(timeline["events"]) == set(article.events)  # the same record objects
    assert isinstance(timeline["events"], tuple)
    plain_record = article.to_dict()
    plain_timeline = cli_module.sort_events(plain_record, "date")["events"]
    assert sorted(plain_timeline, key=lambda e: e["start"]) == article.to_dict()["events"]
    assert _timeline_keys(plain_timeline) == sorted(_timeline_keys(plain_timeline))
    assert [newsx.model.plain(e) for e in timeline["events"]] == plain_timeline
    assert cli_module.sort_events(plain_record, "text") is plain_record
    error = {"schema_version": 2, "source": "x", "error": {"type": "InputError", "message": "m"}}
    assert cli_module.sort_events(error, "date") is error


def test_sort_rejects_an_unknown_order(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--sort", "bogus"], input=ARTICLE)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--sort" in result.stderr


def test_sort_is_explained_in_help(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "--sort [text|date]" in result.stdout
    assert "reorders the events" in result.stdout


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


@pytest.mark.parametrize("lines", [0, 1, 5])
def test_head_ends_quietly(lines: int) -> None:
    """`newsx extract samples/ | head -1`: the reader goes away, newsx and its workers end at once,
    with status 0 and without a traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newsx", "extract", "-j", "2", "--format", "jsonl", str(SAMPLES)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    first = [process.stdout.readline() for _ in range(lines)]
    process.stdout.close()
    try:
        stderr = process.communicate(timeout=60)[1].decode()
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError("newsx did not end within 60 s after its reader went away") from None
    assert all(json.loads(line)["schema_version"] == 2 for line in first)
    assert "Traceback" not in stderr and "Exception" not in stderr
    assert process.returncode == 0, stderr


def test_json_on_a_console_that_is_not_utf8(tmp_path: Path) -> None:
    """A latin-1 console cannot print a curly quote: JSON escapes it instead of crashing."""
    env = {"PYTHONIOENCODING": "latin-1", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    run = subprocess.run(
        [sys.executable, "-m", "newsx", "extract", str(SAMPLES / "patriot.txt")],
        capture_output=True, env=env, cwd=ROOT, check=False, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert b"\\u2019" in run.stdout
    assert json.loads(run.stdout)["published"]["value"] == "2022-12-13"
