"""Output by request (issue 13): the format rules and flat CSV/TSV output. stdout, stderr and the
exit code checked separately."""
from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsx import cli as cli_module
from newsx.cli import SECTIONS, cli
from newsx.render.flat import FlatWriter, columns, flatten

from .conftest import SAMPLES, sample_files

ARTICLE = "date 2022-12-13 The minister said Tuesday that between 10 and 20 people were hurt.\n"
PATRIOT = str(SAMPLES / "patriot.txt")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def one_file_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def _json(runner: CliRunner, *args: str) -> dict[str, Any]:
    result = runner.invoke(cli, ["extract", "--format", "json", *args])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _cells(value: Any) -> str:
    """A JSON value as the CSV writes it (README: null empty, true/false, lists joined with '; ')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "; ".join(_cells(part) for part in value)
    return str(value)


def _expected_row(source: str, item: dict[str, Any], header: list[str]) -> dict[str, str]:
    """The row a JSON item should read back as, built by walking the item independently of the writer."""
    row = dict.fromkeys(header, "")

    def walk(value: Any, name: str) -> None:
        if value is None or value == []:
            return
        if isinstance(value, dict):
            for key, part in value.items():
                walk(part, f"{name}_{key}")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for key in value[0]:
                row[f"{name}_{key}"] = "; ".join(_cells(part[key]) for part in value)
        else:
            row[name] = _cells(value)

    for key, value in item.items():
        walk(value, key)
    row["source"] = source
    return row


# --- format by request ------------------------------------------------------------------------

def test_a_folder_of_one_file_gives_json_lines(runner: CliRunner, one_file_folder: Path) -> None:
    result = runner.invoke(cli, ["extract", str(one_file_folder)])
    assert result.exit_code == 0
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["source"].endswith("a.txt")


def test_one_named_file_gives_one_json_document(runner: CliRunner, one_file_folder: Path) -> None:
    result = runner.invoke(cli, ["extract", str(one_file_folder / "a.txt")])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout.startswith("{\n")
    assert json.loads(result.stdout)["published"]["value"] == "2022-12-13"


def test_several_named_files_give_json_lines(runner: CliRunner, one_file_folder: Path) -> None:
    (one_file_folder / "b.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(one_file_folder / "a.txt"), str(one_file_folder / "b.txt")])
    assert result.exit_code == 0
    assert result.stderr.startswith("newsx: 2 analysed, 0 failed")
    assert [json.loads(line)["source"][-5:] for line in result.stdout.splitlines()] == ["a.txt", "b.txt"]


def test_explicit_json_for_a_folder_is_one_array(runner: CliRunner, one_file_folder: Path) -> None:
    (one_file_folder / "b.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(cli, ["extract", "--format", "json", str(one_file_folder)])
    assert result.exit_code == 0
    assert result.stderr.startswith("newsx: 2 analysed, 0 failed")
    assert [record["source"][-5:] for record in json.loads(result.stdout)] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("name", ["out.jsonl", "out.ndjson", "OUT.JSONL"])
def test_output_extension_jsonl_for_one_input(runner: CliRunner, tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    result = runner.invoke(cli, ["extract", "-o", str(out), PATRIOT])
    assert result.exit_code == 0
    assert (result.stdout, result.stderr) == ("", "")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"] == PATRIOT


def test_output_extension_json_for_several_inputs(runner: CliRunner, tmp_path: Path, one_file_folder: Path) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(cli, ["extract", "-o", str(out), PATRIOT, str(one_file_folder / "a.txt")])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert [record["source"] for record in json.loads(out.read_text(encoding="utf-8"))] == [
        PATRIOT, str(one_file_folder / "a.txt")]


def test_explicit_format_wins_over_the_extension(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(cli, ["extract", "--format", "jsonl", "-o", str(out), PATRIOT])
    assert result.exit_code == 0
    assert (result.stdout, result.stderr) == ("", "")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_an_extension_that_names_no_format_keeps_the_auto_rules(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    result = runner.invoke(cli, ["extract", "-o", str(out), PATRIOT])
    assert result.exit_code == 0
    assert (result.stdout, result.stderr) == ("", "")
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == PATRIOT


def test_gz_output_is_compressed(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl.gz"
    result = runner.invoke(cli, ["extract", "-o", str(out), PATRIOT])
    assert result.exit_code == 0
    assert (result.stdout, result.stderr) == ("", "")
    lines = gzip.decompress(out.read_bytes()).decode("utf-8").splitlines()
    assert json.loads(lines[0])["source"] == PATRIOT


def test_a_terminal_gets_the_table_unless_the_output_file_says_otherwise(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_module, "_is_terminal", lambda stream: stream is sys.stdout)
    table = runner.invoke(cli, ["extract", PATRIOT], env={"COLUMNS": "100"})
    assert table.exit_code == 0
    assert table.stderr == ""
    assert "Jake Sullivan" in table.stdout and not table.stdout.startswith("{")
    out = tmp_path / "q.csv"
    flat = runner.invoke(cli, ["extract", "--rows", "quotes", "-o", str(out), PATRIOT])
    assert flat.exit_code == 0
    assert (flat.stdout, flat.stderr) == ("", "")
    assert out.read_text(encoding="utf-8").startswith("source,start,end,text,kind,")


# --- flat output --------------------------------------------------------------------------------

@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_rows_read_back_as_the_json_items(runner: CliRunner, section: str, fmt: str) -> None:
    record = _json(runner, PATRIOT)
    result = runner.invoke(cli, ["extract", "--format", fmt, "--rows", section, PATRIOT])
    assert result.exit_code == 0
    assert result.stderr == ""
    reader = csv.DictReader(io.StringIO(result.stdout, newline=""), delimiter="," if fmt == "csv" else "\t")
    assert reader.fieldnames == columns(section)
    rows = list(reader)
    assert record[section], section
    assert rows == [_expected_row(PATRIOT, item, columns(section)) for item in record[section]]


def test_flat_values(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(cli, ["extract", "--format", "csv", "--only", "figures", str(path)])
    assert result.exit_code == 0
    assert result.stderr == ""
    (row,) = csv.DictReader(io.StringIO(result.stdout, newline=""))
    assert (row["text"], row["value"], row["value_low"], row["value_high"]) == ("between 10 and 20", "", "10", "20")
    quotes = runner.invoke(cli, ["extract", "--format", "csv", "--rows", "quotes", PATRIOT])
    sullivan = [row for row in csv.DictReader(io.StringIO(quotes.stdout, newline="")) if row["speaker_name"]
                == "Jake Sullivan"]
    assert sullivan and sullivan[0]["speaker_anonymous"] == "false" and sullivan[0]["cue_text"]
    events = runner.invoke(cli, ["extract", "--format", "csv", "--rows", "events", PATRIOT])
    assert "Ukraine; U.S.; Russia" in [row["where"] for row in csv.DictReader(io.StringIO(events.stdout, newline=""))]


def test_csv_to_a_file_ends_rows_with_crlf_and_tsv_with_lf(runner: CliRunner, tmp_path: Path) -> None:
    for name, ending in (("q.csv", b"\r\n"), ("q.tsv", b"\n")):
        out = tmp_path / name
        result = runner.invoke(cli, ["extract", "--only", "quotes", "-o", str(out), PATRIOT])
        assert result.exit_code == 0
        assert (result.stdout, result.stderr) == ("", "")
        data = out.read_bytes()
        assert data.count(ending) == len(_json(runner, PATRIOT)["quotes"]) + 1
        assert ending != b"\n" or b"\r" not in data


def test_csv_gz_output(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "dates.csv.gz"
    result = runner.invoke(cli, ["extract", "--rows", "dates", "-o", str(out), PATRIOT])
    assert result.exit_code == 0
    assert (result.stdout, result.stderr) == ("", "")
    rows = list(csv.DictReader(io.StringIO(gzip.decompress(out.read_bytes()).decode("utf-8"), newline="")))
    assert len(rows) == len(_json(runner, PATRIOT)["dates"])


def test_flat_needs_one_section(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", "--format", "csv", PATRIOT])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--rows (dates, quotes, officials, figures, events)" in result.stderr
    several = runner.invoke(cli, ["extract", "--format", "tsv", "--only", "dates,quotes", PATRIOT])
    assert several.exit_code == 2
    assert several.stdout == ""
    assert "one section" in several.stderr


@pytest.mark.parametrize("args", [
    ["--format", "json", "--rows", "quotes"],
    ["--rows", "quotes"],
    ["--format", "csv", "--rows", "nonsense"],
    ["--format", "csv", "--rows", "figures", "--only", "quotes"],
])
def test_bad_rows_option_is_a_usage_error(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(cli, ["extract", *args, PATRIOT])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--rows" in result.stderr and "Traceback" not in result.stderr


def test_error_records_give_no_rows_but_say_so(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(cli, ["extract", "-q", "--format", "csv", "--rows", "dates", str(tmp_path)])
    assert result.exit_code == 1
    assert "newsx: error: " in result.stderr and "empty.txt" in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert rows and {row["source"][-5:] for row in rows} == {"a.txt"}


def test_header_alone_when_nothing_is_found(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Nothing here at all.\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", "--format", "csv", "--rows", "quotes", str(path)])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout_bytes == (",".join(columns("quotes")) + "\r\n").encode()


def test_json_lines_input_gives_an_id_column(runner: CliRunner, tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "x1", "text": ARTICLE}) + "\n" + json.dumps({"id": 7, "text": ARTICLE}) + "\n",
                    encoding="utf-8")
    result = runner.invoke(cli, ["extract", "-q", "--format", "csv", "--rows", "dates", str(dump)])
    assert result.exit_code == 0
    assert result.stderr == ""
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert list(rows[0])[:4] == ["source", "id", "start", "end"]
    assert [row["id"] for row in rows if row["text"] == "Tuesday"] == ["x1", "7"]
    piped = runner.invoke(cli, ["extract", "-q", "--input-format", "jsonl", "--format", "csv", "--rows", "dates"],
                          input=dump.read_text(encoding="utf-8"))
    assert piped.exit_code == 0
    assert piped.stdout.startswith("source,id,start,end,")


def test_output_dir_writes_one_file_per_section(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    inputs = [str(SAMPLES / "patriot.txt"), str(sample_files()[0])]
    result = runner.invoke(cli, ["extract", "-q", "--format", "csv", "--output-dir", str(out), *inputs])
    assert result.exit_code == 0
    assert (result.stdout, result.stderr) == ("", "")
    assert sorted(path.name for path in out.iterdir()) == sorted(f"{section}.csv" for section in SECTIONS)
    quotes = list(csv.DictReader(io.StringIO((out / "quotes.csv").read_text(encoding="utf-8"), newline="")))
    assert {row["source"] for row in quotes} == set(inputs)
    only = runner.invoke(cli, ["extract", "-q", "--format", "tsv", "--only", "dates,events", "--output-dir",
                               str(tmp_path / "two"), *inputs])
    assert only.exit_code == 0
    assert (only.stdout, only.stderr) == ("", "")
    assert sorted(path.name for path in (tmp_path / "two").iterdir()) == ["dates.tsv", "events.tsv"]


def test_output_dir_flat_refuses_resume(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["extract", "--format", "csv", "--output-dir", str(tmp_path / "o"), "--resume",
                                 PATRIOT])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--resume" in result.stderr
    assert not (tmp_path / "o").exists()


def test_rows_are_written_as_records_come() -> None:
    stream = io.StringIO()
    writer = FlatWriter(stream, "dates", "csv", with_id=False)
    writer.write({"source": "a", "dates": [{"text": "Tuesday", "start": 1, "end": 8, "type": "DATE",
                                            "value": "2022-12-13", "mod": None, "rule": "weekday"}]})
    assert stream.getvalue() == ("source,start,end,text,type,value,mod,rule\r\n"
                                 "a,1,8,Tuesday,DATE,2022-12-13,,weekday\r\n")


@pytest.mark.parametrize("path", sample_files(), ids=lambda path: path.name)
def test_every_field_has_a_column(path: Path) -> None:
    import newsx

    record = newsx.extract(path.read_text(encoding="utf-8")).to_dict()
    for section in SECTIONS:
        for item in record[section]:
            assert set(flatten(item)) <= set(columns(section)), section
