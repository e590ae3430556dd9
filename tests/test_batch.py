"""Batch runs through the command line: every input kind, parallel jobs, output folders, resume."""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsx
from newsx import batch as batch_module
from newsx import cli as cli_module
from newsx.cli import cli

from .conftest import ROOT, SAMPLES
from .helpers import VALIDATOR

ARTICLE = "WASHINGTON (AP) - The minister said Tuesday that 40 people were hurt in the blast.\n"
OTHER = "LONDON - More than 200 people attended a vigil on Monday, police said.\n"
PAGE = """<html><head><title>Blast</title>
<meta property="article:published_time" content="2022-12-13T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Blast in the capital</h1>
<p>The minister said on Tuesday that 40 people were hurt in the blast, officials said.</p>
<p>"We are shocked," said John Smith, the mayor of the town. More than 200 people attended the vigil
on Monday evening, and the city will hold a memorial service next week.</p></article>
<footer>Copyright 2022 The Daily Example</footer></body></html>"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _lines(output: str) -> list[dict]:
    records = [json.loads(line) for line in output.splitlines()]
    for record in records:
        assert not list(VALIDATOR.iter_errors(record)), record
    return records


def _run(runner: CliRunner, *args: str, input: str | None = None):  # noqa: A002, ANN202
    return runner.invoke(cli, ["extract", *args], input=input)


# --- JSON Lines -------------------------------------------------------------------------------


def _write_jsonl(path: Path, rows: list, compress: bool = False) -> Path:
    text = "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)
    path.write_bytes(gzip.compress(text.encode()) if compress else text.encode())
    return path


@pytest.mark.parametrize("compress", [False, True])
def test_jsonl_one_record_per_line_with_id_and_metadata_date(runner: CliRunner, tmp_path: Path, compress: bool) -> None:
    path = _write_jsonl(tmp_path / ("dump.jsonl.gz" if compress else "dump.jsonl"), [
        {"id": "a1", "maintext": ARTICLE, "date_publish": "2022-12-13 10:00:00"},
        {"url": "https://example.org/2", "text": OTHER, "published": "2023-01-09"},
        {"content": OTHER},
    ], compress=compress)
    result = _run(runner, "-j", "1", str(path))
    assert result.exit_code == 0, result.stderr
    records = _lines(result.stdout)
    assert [r["source"] for r in records] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert [r.get("id") for r in records] == ["a1", "https://example.org/2", None]
    assert records[0]["published"] == {"value": "2022-12-13", "text": None, "start": None, "end": None,
                                       "rule": "metadata"}
    tuesday = next(d for d in records[0]["dates"] if d["text"] == "Tuesday")
    assert tuesday["value"] == "2022-12-13"
    assert records[1]["published"]["value"] == "2023-01-09"
    assert records[2]["published"] is None
    assert records[0]["figures"][0]["text"] == ARTICLE[records[0]["figures"][0]["start"]:records[0]["figures"][0]["end"]]


def test_jsonl_bad_lines_are_error_records_and_the_batch_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "dump.jsonl", [
        {"id": 1, "text": ARTICLE},
        "{not json",
        '"a string"',
        {"id": 4, "title": "no text here"},
        {"id": 5, "text": "   "},
        {"id": 6, "text": 42},
        {"id": 7, "text": OTHER, "date": "sometime soon"},
    ])
    result = _run(runner, str(path))
    assert result.exit_code == 1
    records = _lines(result.stdout)
    assert [r["source"].rsplit(":", 1)[1] for r in records] == ["1", "2", "3", "4", "5", "6", "7"]
    assert ["error" in r for r in records] == [False, True, True, True, True, True, False]
    assert records[1]["error"]["message"].startswith("not valid JSON")
    assert records[2]["error"]["message"] == "not a JSON object but a str"
    assert records[3]["id"] == 4 and "no text field" in records[3]["error"]["message"]
    assert records[4]["error"]["message"] == "field 'text' is empty"
    assert records[5]["error"]["message"] == "field 'text' is not a string"
    assert [w["code"] for w in records[6]["warnings"]] == ["bad-date-field"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsx: error:")]
    assert len(errors) == 5 and errors[0] == f"newsx: error: {path}:2: {records[1]['error']['message']}"


def test_field_options(runner: CliRunner, tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "dump.jsonl", [{"key": "k1", "story": ARTICLE, "when": "13 December 2022",
                                                   "text": "ignored"}])
    result = _run(runner, "--text-field", "story", "--id-field", "key", "--date-field", "when", str(path))
    [record] = _lines(result.stdout)
    assert record["id"] == "k1"
    assert record["published"]["value"] == "2022-12-13"
    assert record["figures"][0]["start"] == ARTICLE.index("40")


def test_published_option_beats_metadata(runner: CliRunner, tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "dump.jsonl", [{"text": ARTICLE, "date": "2022-12-13"}])
    [record] = _lines(_run(runner, "--published", "2023-05-02", str(path)).stdout)
    assert record["published"]["rule"] == "argument" and record["published"]["value"] == "2023-05-02"


def test_jsonl_from_stdin(runner: CliRunner) -> None:
    result = _run(runner, "--input-format", "jsonl", input=json.dumps({"text": ARTICLE}) + "\n")
    [record] = _lines(result.stdout)
    assert record["source"] == "<stdin>:1"


def test_include_text(runner: CliRunner, tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "dump.jsonl", [{"text": ARTICLE}])
    [record] = _lines(_run(runner, "--include-text", str(path)).stdout)
    assert record["text"] == ARTICLE
    [plain] = _lines(_run(runner, str(path)).stdout)
    assert "text" not in plain


# --- JSON records -----------------------------------------------------------------------------


def test_crawler_records(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "news-please.json").write_text(json.dumps({
        "url": "https://example.org/a", "title": "Blast", "maintext": ARTICLE,
        "date_publish": "2022-12-13 09:30:00", "language": "en"}))
    (tmp_path / "newspaper.json").write_text(json.dumps({
        "url": "https://example.org/b", "text": OTHER, "publish_date": "Mon, 09 Jan 2023 08:00:00 GMT"}))
    (tmp_path / "many.json").write_text(json.dumps([{"text": ARTICLE}, {"id": "x"}]))
    (tmp_path / "broken.json").write_text('{"text": ')
    result = _run(runner, "--glob", "*.json", str(tmp_path))
    assert result.exit_code == 1
    by_source = {Path(r["source"]).name: r for r in _lines(result.stdout)}
    assert sorted(by_source) == ["broken.json", "many.json:1", "many.json:2", "news-please.json", "newspaper.json"]
    assert by_source["news-please.json"]["published"]["value"] == "2022-12-13"
    assert by_source["news-please.json"]["id"] == "https://example.org/a"
    assert by_source["newspaper.json"]["published"]["value"] == "2023-01-09"
    assert "error" in by_source["many.json:2"] and "error" not in by_source["many.json:1"]
    assert by_source["broken.json"]["error"]["message"].startswith("not valid JSON")


def test_json_lines_under_a_json_name(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    path.write_text(json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": OTHER}) + "\n{bad\n")
    result = _run(runner, str(path))
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert [r["source"] for r in records] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert ["error" in r for r in records] == [False, False, True]


def test_one_json_record_gives_one_document(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "record.json.gz"
    path.write_bytes(gzip.compress(json.dumps({"text": ARTICLE}).encode()))
    result = _run(runner, str(path))
    assert json.loads(result.stdout)["source"] == str(path)


# --- HTML -------------------------------------------------------------------------------------


def test_html_page_text_and_date(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    result = _run(runner, "--include-text", str(path))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    text = record["text"]
    assert "said on Tuesday that 40 people" in text
    assert "Home | World" not in text and "Copyright" not in text
    assert record["published"]["value"] == "2022-12-13" and record["published"]["rule"] == "metadata"
    for figure in record["figures"]:
        assert text[figure["start"]:figure["end"]] == figure["text"]
    assert {f["value"] for f in record["figures"]} >= {40, 200}
    assert any(q["speaker"] and q["speaker"]["name"] == "John Smith" for q in record["quotes"])


def test_html_gz_and_a_page_without_text(runner: CliRunner, tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "empty.html").write_text("<html><head><title>t</title></head><body><script>var x = 1;</script></body></html>")
    result = _run(runner, "--glob", "*.html*", str(tmp_path))
    assert result.exit_code == 1
    records = _lines(result.stdout)
    assert [Path(r["source"]).name for r in records] == ["empty.html", "page.html.gz"]
    assert records[0]["error"]["message"] == "no article text found in this page"
    assert records[1]["published"]["value"] == "2022-12-13"


def test_html_without_trafilatura_says_what_to_install(runner: CliRunner, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    result = _run(runner, str(path))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["message"] == "reading HTML needs trafilatura: pip install 'newsx[html]'"


# --- limits and encodings ---------------------------------------------------------------------


def test_max_bytes(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "small.txt").write_text(ARTICLE)
    (tmp_path / "large.txt").write_text(ARTICLE * 100)
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(ARTICLE.encode() * 1000))
    result = _run(runner, "--max-bytes", "4k", "--glob", "*.txt*", str(tmp_path))
    assert result.exit_code == 1
    records = {Path(r["source"]).name: r for r in _lines(result.stdout)}
    assert "error" not in records["small.txt"]
    size = len(ARTICLE) * 100 / 1024
    assert records["large.txt"]["error"]["message"] == f"too large ({size:.4g} KiB; --max-bytes is 4 KiB): not read"
    assert "once decompressed" in records["bomb.txt.gz"]["error"]["message"]
    assert f"newsx: error: {tmp_path / 'large.txt'}: too large" in result.stderr


@pytest.mark.parametrize("value", ["lots", "0", "-1M"])
def test_max_bytes_is_validated(runner: CliRunner, value: str) -> None:
    result = _run(runner, "--max-bytes", value, input=ARTICLE)
    assert result.exit_code == 2 and "--max-bytes" in result.stderr


def test_encoding(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 owners said prices rose 5% on Tuesday.\n".encode("latin-1"))
    guessed = json.loads(_run(runner, str(path)).stdout)
    assert [w["code"] for w in guessed["warnings"]] == ["not-utf8"]
    forced = json.loads(_run(runner, "--encoding", "latin-1", str(path)).stdout)
    assert forced["warnings"] == []
    strict = json.loads(_run(runner, "--encoding", "ascii", str(path)).stdout)
    assert [w["code"] for w in strict["warnings"]] == ["undecodable-bytes"]


def test_unknown_encoding_is_a_usage_error(runner: CliRunner) -> None:
    result = _run(runner, "--encoding", "klingon", input=ARTICLE)
    assert result.exit_code == 2 and "unknown encoding 'klingon'" in result.stderr and result.stdout == ""


# --- folders ----------------------------------------------------------------------------------


def test_symlink_loop_is_reported_and_the_batch_ends(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(OTHER)
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    result = _run(runner, str(tmp_path))
    assert result.exit_code == 1
    records = _lines(result.stdout)
    assert [Path(r["source"]).name for r in records] == ["a.txt", "b.txt", "up"]
    assert "symlink loop" in records[2]["error"]["message"]


def test_unlistable_folder_is_reported(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(OTHER)
    real_scandir = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = _run(runner, "-j", "1", str(tmp_path))
    assert result.exit_code == 1
    records = _lines(result.stdout)
    assert [Path(r["source"]).name for r in records] == ["a.txt", "locked"]
    assert records[1]["error"]["message"] == "permission denied (cannot list this folder)"


def test_broken_gzip_inputs(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "fake.txt.gz").write_bytes(b"plain text, not gzip")
    # Random words: the compressed stream is long enough for its first half to hold whole lines.
    lines = (json.dumps({"text": f"{ARTICLE} Code {os.urandom(48).hex()}."}) + "\n" for _ in range(600))
    whole = gzip.compress("".join(lines).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    result = _run(runner, "--glob", "*.gz", str(tmp_path))
    assert result.exit_code == 1
    records = _lines(result.stdout)
    assert records[-1]["source"] == f"{tmp_path / 'fake.txt.gz'}"
    assert records[-1]["error"]["message"].startswith("not a valid gzip file")
    cut = [r for r in records if r["source"].startswith(str(tmp_path / "cut.jsonl.gz"))]
    assert all("error" not in r for r in cut[:-1]) and len(cut) > 1
    assert "gzip" in cut[-1]["error"]["message"]


def test_gzip_from_stdin(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract"], input=gzip.compress(ARTICLE.encode()))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["figures"][0]["value"] == 40


# --- parallel ---------------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Forty articles of different lengths, so that workers finish out of order."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    for n in range(40):
        (folder / f"{n:03d}.txt").write_bytes(samples[n % len(samples)].read_bytes())
    return folder


def test_parallel_output_is_the_serial_output_in_input_order(runner: CliRunner, corpus: Path) -> None:
    serial = _run(runner, "-j", "1", str(corpus))
    parallel = _run(runner, "-j", "2", str(corpus))
    assert serial.exit_code == parallel.exit_code == 0
    assert parallel.stdout == serial.stdout
    assert [Path(r["source"]).name for r in _lines(parallel.stdout)] == [f"{n:03d}.txt" for n in range(40)]


def test_workers_from_a_fork_server_when_threads_run(runner: CliRunner, corpus: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """With a thread about (the progress bar's), workers are not forked from this process."""
    import threading

    serial = _run(runner, "-j", "1", str(corpus))
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    started = []
    real_start = batch_module.ProcessPool._start

    def start(self):  # noqa: ANN001, ANN202
        started.append(self.context.get_start_method())
        return real_start(self)

    monkeypatch.setattr(batch_module.ProcessPool, "_start", start)
    parallel = _run(runner, "-j", "2", str(corpus))
    assert started == ["forkserver"]
    assert parallel.stdout == serial.stdout


def _caught_sigterm(pid: int) -> bool:
    """Whether process `pid` has a SIGTERM handler of its own (Linux: /proc; elsewhere assumed)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    caught = next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught, 16) >> (signal.SIGTERM - 1) & 1)


def test_a_run_closed_early_ends_its_workers_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parallel run closed early (its reader gone, Ctrl-C) stops its workers at once, the one deep in
    a long text too, and kills none: a worker killed while it sent a result left half a message in the
    result pipe, the executor's thread waited for the rest and newsx never ended (`newsx extract dir/ | head`)."""
    from newsx.inputs import Unit

    executors = []
    real_start = batch_module.ProcessPool._start

    def start(self):  # noqa: ANN001, ANN202
        executors.append(real_start(self))
        return executors[-1]

    monkeypatch.setattr(batch_module.ProcessPool, "_start", start)
    monkeypatch.setattr(batch_module, "CHUNK_UNITS", 1)
    long_text = (SAMPLES / "patriot.txt").read_bytes() * 1000  # seconds of analysis
    units = [Unit("short", "text", data=ARTICLE.encode()), Unit("long1", "text", data=long_text),
             Unit("long2", "text", data=long_text)]
    runner = batch_module.run(iter(units), batch_module.Options(), jobs=2)
    assert next(runner).outcomes[0].source == "short"
    (executor,) = executors
    processes = list(executor._processes.values())
    manager = executor._executor_manager_thread
    assert len(processes) == 2
    deadline = time.monotonic() + 60
    while not all(_caught_sigterm(process.pid) for process in processes) and time.monotonic() < deadline:
        time.sleep(0.01)  # both workers set up (a worker stopped while it starts is a dead one)
    runner.close()
    for process in processes:
        process.join(60)
    # Ended by the executor, neither terminated (-SIGTERM) nor killed after the grace (-SIGKILL).
    assert [process.exitcode for process in processes] == [0, 0]
    manager.join(60)
    assert not manager.is_alive()


def test_unordered_gives_the_same_records(runner: CliRunner, corpus: Path) -> None:
    serial = _run(runner, "-j", "1", str(corpus))
    unordered = _run(runner, "-j", "2", "--unordered", str(corpus))
    assert sorted(unordered.stdout.splitlines()) == sorted(serial.stdout.splitlines())


def test_parallel_json_array_and_errors(runner: CliRunner, corpus: Path) -> None:
    (corpus / "000.txt").write_bytes(b"")
    result = _run(runner, "-j", "2", "--format", "json", str(corpus))
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    assert len(records) == 40 and "error" in records[0] and "error" not in records[1]


def test_a_single_input_runs_without_a_pool(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("started a process pool for one input")

    monkeypatch.setattr(batch_module, "ProcessPool", no_pool)
    path = tmp_path / "one.txt"
    path.write_text(ARTICLE)
    result = _run(runner, "-j", "4", str(path))
    assert result.exit_code == 0 and json.loads(result.stdout)["source"] == str(path)


def test_window_bounds_work_in_flight() -> None:
    """run_windowed never has more than `window` chunks submitted and not yet collected."""
    from newsx.inputs import Unit

    in_flight, peak = [], [0]

    def submit(chunk):  # noqa: ANN001, ANN202
        in_flight.append(chunk)
        peak[0] = max(peak[0], len(in_flight))
        return chunk

    def collect(chunk):  # noqa: ANN001, ANN202
        in_flight.remove(chunk)
        return batch_module.analyse_chunk(chunk, batch_module.Options())

    units = (Unit(f"u{n}", "error", problem="test") for n in range(500))
    done = list(batch_module.run_windowed(units, submit, collect,
                                          lambda futures: futures[:1], window=3, ordered=True))
    assert [d.outcomes[0].source for d in done] == [f"u{n}" for n in range(500)]
    assert peak[0] == 3


def test_unordered_window_yields_every_unit_once() -> None:
    from newsx.inputs import Unit

    units = (Unit(f"u{n}", "error", problem="test") for n in range(300))
    done = list(batch_module.run_windowed(
        units, submit=lambda chunk: chunk,
        collect=lambda chunk: batch_module.analyse_chunk(chunk, batch_module.Options()),
        wait_any=lambda futures: futures[-1:], window=4, ordered=False))
    sources = [d.outcomes[0].source for d in done]
    assert sorted(sources) == sorted(f"u{n}" for n in range(300))
    assert sources != [f"u{n}" for n in range(300)]


def test_summary_and_quiet(runner: CliRunner, corpus: Path) -> None:
    result = _run(runner, "-j", "2", str(corpus))
    assert result.stderr.startswith("newsx: 40 analysed, 0 failed (40 inputs) in ")
    assert len(result.stderr.splitlines()) == 1
    quiet = _run(runner, "-q", str(corpus))
    assert quiet.stderr == "" and quiet.stdout == result.stdout


def test_progress_bar_stays_off_stdout(runner: CliRunner, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_module, "stderr_is_terminal", lambda: True)
    result = _run(runner, "-j", "2", str(corpus))
    assert result.exit_code == 0
    assert len(_lines(result.stdout)) == 40
    assert result.stderr.splitlines()[-1].startswith("newsx: 40 analysed")


def test_progress_counts(corpus: Path) -> None:
    from newsx.progress import Progress

    progress = Progress(live=False)
    progress.advance(size=100, articles=3, errors=1, chars=5000)
    progress.inputs, progress.skipped = 2, 4
    assert progress.summary().startswith("newsx: 2 analysed, 1 failed, 4 skipped (--resume) (2 inputs) in ")


# --- output folder and resume -----------------------------------------------------------------


def test_output_dir_mirrors_the_tree(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "in"
    (source / "2022" / "12").mkdir(parents=True)
    (source / "2022" / "12" / "a.txt").write_text(ARTICLE)
    (source / "b.txt").write_text(OTHER)
    _write_jsonl(source / "dump.jsonl", [{"text": ARTICLE}, "{bad", {"text": OTHER}])
    out = tmp_path / "out"
    result = _run(runner, "--glob", "*.txt", "--glob", "*.jsonl", "--output-dir", str(out), str(source))
    assert result.exit_code == 1 and result.stdout == ""
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == ["2022/12/a.txt.json", "b.txt.json", "dump.jsonl.jsonl"]
    assert json.loads((out / "2022/12/a.txt.json").read_text())["source"] == str(source / "2022/12/a.txt")
    lines = _lines((out / "dump.jsonl.jsonl").read_text())
    assert ["error" in r for r in lines] == [False, True, False]


def test_output_dir_usage_errors(runner: CliRunner, tmp_path: Path) -> None:
    assert _run(runner, "--resume", str(tmp_path)).exit_code == 2
    assert _run(runner, "--output-dir", str(tmp_path / "o"), "-", input=ARTICLE).exit_code == 2
    assert _run(runner, "--output-dir", str(tmp_path / "o"), "-o", str(tmp_path / "x"), str(tmp_path)).exit_code == 2


def test_resume_skips_done_and_redoes_changed_inputs(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _run(runner, "--output-dir", str(out), str(corpus)).exit_code == 0
    (out / "003.txt.json").unlink()
    changed = corpus / "007.txt"
    changed.write_text(OTHER)
    later = time.time() + 5
    os.utime(changed, (later, later))
    before = (out / "010.txt.json").stat().st_mtime_ns
    result = _run(runner, "--output-dir", str(out), "--resume", str(corpus))
    assert result.exit_code == 0
    assert result.stderr.startswith("newsx: 2 analysed, 0 failed, 38 skipped (--resume) (2 inputs)")
    assert (out / "010.txt.json").stat().st_mtime_ns == before
    assert json.loads((out / "007.txt.json").read_text())["figures"][0]["value"] == 200


def test_interrupted_run_leaves_no_partial_output(runner: CliRunner, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C in the middle of writing: finished outputs stay, the one being written is removed."""
    source = tmp_path / "in"
    source.mkdir()
    _write_jsonl(source / "a.jsonl", [{"text": ARTICLE}] * 3)
    _write_jsonl(source / "b.jsonl", [{"text": OTHER}] * 3)
    out = tmp_path / "out"
    real_replace = os.replace
    calls = []

    def replace_then_interrupt(src, dst):  # noqa: ANN001, ANN202
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_then_interrupt)
    result = _run(runner, "-j", "1", "--glob", "*.jsonl", "--output-dir", str(out), str(source))
    assert result.exit_code != 0
    assert sorted(p.name for p in out.iterdir()) == ["a.jsonl.jsonl"]
    monkeypatch.setattr(os, "replace", real_replace)
    result = _run(runner, "--glob", "*.jsonl", "--output-dir", str(out), "--resume", str(source))
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.jsonl.jsonl", "b.jsonl.jsonl"]
    assert len(_lines((out / "b.jsonl.jsonl").read_text())) == 3


def test_killed_run_resumed_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    """SIGKILL to newsx and its workers mid-run, then --resume: every input has exactly one output."""
    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    samples = sorted(SAMPLES.glob("*.txt"))
    names = []
    for n in range(240):
        name = f"{'sub/' if n % 3 == 0 else ''}{n:03d}.txt"
        (source / name).write_bytes(samples[n % len(samples)].read_bytes())
        names.append(name)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "newsx", "extract", "-j", "2", "--output-dir", str(out), str(source)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and sum(1 for _ in out.rglob("*.json")) >= 20:
            break
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    written_before = {p.relative_to(out).as_posix() for p in out.rglob("*.json")}
    assert 20 <= len(written_before) < len(names)

    resumed = subprocess.run([*command, "--resume"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    summary = resumed.stderr.strip().splitlines()[-1]
    assert f"{len(names) - len(written_before)} analysed" in summary
    assert f"{len(written_before)} skipped" in summary
    outputs = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert outputs == sorted(f"{name}.json" for name in names)
    for name in names:
        record = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        assert record["source"] == str(source / name)
        assert "error" not in record


def test_help_and_version_import_no_extractor() -> None:
    """`newsx --help` loads neither the extractors nor rich nor dateutil (they cost start-up time)."""
    code = (
        "import sys\nfrom newsx.cli import cli\n"
        "for args in (['--help'], ['--version'], ['extract', '--help']):\n"
        "    try:\n        cli.main(args, prog_name='newsx')\n    except SystemExit:\n        pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('newsx.pipeline', 'newsx.doc', 'newsx.lexicon', 'newsx.dates', 'newsx.quotes', 'newsx.figures', 'newsx.events', 'rich', 'dateutil'))))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert run.stdout.strip().splitlines()[-1] == "[]"


def test_sections_match_the_pipeline() -> None:
    assert cli_module.SECTIONS == newsx.SECTIONS


def test_public_api_survives_importing_an_extractor_package() -> None:
    import newsx.dates  # noqa: F401

    assert callable(newsx.extract)
    assert newsx.extract("He said 5 people came.").figures


def test_record_of_for_engines() -> None:
    assert batch_module.record_of(ARTICLE) == newsx.extract(ARTICLE).to_dict()
    record = batch_module.record_of({"id": 3, "text": ARTICLE, "date": "2022-12-13"}, source="s")
    assert (record["source"], record["id"], record["published"]["rule"]) == ("s", 3, "metadata")
    assert batch_module.record_of(7)["error"]["message"] == "cannot analyse a int (give a str, bytes or dict)"
    assert batch_module.record_of("  ")["error"]["message"] == "empty text"


@pytest.mark.parametrize(
    ("value", "day"),
    [("2022-12-13", "2022-12-13"), ("2022-12-13T23:59:00+05:00", "2022-12-13"), ("Tue, 13 Dec 2022 23:30:00 -0500", "2022-12-13"),
     ("Tue, 13 Dec 2022 10:00:00 GMT",
     "2022-12-13"), ("December 13, 2022", "2022-12-13"), (1670925600, "2022-12-13"), (1670925600000, "2022-12-13"),
     ("December 2022", None), ("2022", None), ("soon", None), ("2022-13-45", None), (True, None), ([], None),
     # Epoch numbers: seconds when that lands in 1900-2999, else milliseconds when that does and the
     # number is no date at all as seconds.
     (0, "1970-01-01"), (-2208988800, "1900-01-01"), (32503679999, "2999-12-31"), (1670925600.5, "2022-12-13"),
     (253402300799, None),  # 9999-12-31T23:59:59 in seconds: no date, not 1978-01-03 as milliseconds
     (10**11, None),  # year 5138 as seconds
     (32503680000, None),  # year 3000 as seconds
     (-10**10, None),  # year 1653 as seconds
     (253402300800, "1978-01-11"), (-10**12, "1938-04-24"), (32503679999999, "2999-12-31"),
     (32503680000000, None), (-2208988800001, None), (10**30, None), (float("nan"), None), (float("inf"), None)],
)
def test_metadata_dates(value: object, day: str | None) -> None:
    parsed = batch_module.parse_date(value)
    assert (parsed.isoformat() if parsed else None) == day


def test_output_dir_that_cannot_be_made_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "plain").write_text("not a folder")
    result = _run(runner, "--output-dir", str(tmp_path / "plain" / "out"), str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert "cannot create --output-dir" in result.output


def test_output_dir_write_failure_is_one_clear_error(runner: CliRunner, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)

    def full_disk(src, dst):  # noqa: ANN001, ANN202
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    result = _run(runner, "-j", "1", "--output-dir", str(tmp_path / "out"), str(tmp_path / "in"))
    assert result.exit_code == 1
    assert "cannot write under" in result.output and "No space left on device" in result.output
    assert not isinstance(result.exception, OSError)


def test_progress_moves_within_a_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsx.pipeline
    from newsx.batch import Options, run
    from newsx.inputs import Unit

    monkeypatch.setattr(newsx.pipeline, "CHUNK_CHARS", 1_000)
    text = " ".join([ARTICLE] * 40)
    told: list[int] = []
    unit = Unit(group=0, source="big", kind="text", data=text.encode(), size=len(text))
    done = list(run([unit], Options(), jobs=2, progress=told.append))
    assert len(done) == 1 and told and told[-1] == len(text)


# --- output paths that cannot collide, leftovers, killed runs (issue 14) --------------------------


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, hidden ones included, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_output_dir_paths_sharing_a_name_keep_apart(runner: CliRunner, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """`p/a.txt q/a.txt` and two `data` folders once wrote one output over the other and exited 0."""
    monkeypatch.chdir(tmp_path)
    for name, text in (("p/a.txt", ARTICLE), ("q/a.txt", OTHER)):
        Path(name).parent.mkdir()
        Path(name).write_text(text)
    for name in ("x/data", "y/data"):
        Path(name).mkdir(parents=True)
        _write_jsonl(Path(name) / "dump.jsonl", [{"id": f"{name}-{n}", "text": ARTICLE} for n in range(3)])
    result = _run(runner, "--glob", "*.jsonl", "--output-dir", "out", "p/a.txt", "q/a.txt", "x/data", "y/data")
    assert result.exit_code == 0, result.output
    assert sorted(_tree(Path("out"))) == ["p/a.txt.json", "q/a.txt.json", "x/data/dump.jsonl.jsonl",
                                          "y/data/dump.jsonl.jsonl"]
    assert json.loads(Path("out/q/a.txt.json").read_text())["source"] == "q/a.txt"
    ids = [r["id"] for name in ("x", "y") for r in _lines(Path(f"out/{name}/data/dump.jsonl.jsonl").read_text())]
    assert ids == [f"{name}/data-{n}" for name in ("x", "y") for n in range(3)]


@pytest.mark.parametrize(("paths", "message"), [
    (["p/a.txt", "p/a.txt"], "'p/a.txt' is given twice"),
    (["p/a.txt", "./p/a.txt"], "'p/a.txt' and './p/a.txt' are the same PATH"),
    # n/x's label `x` is the folder above m/x/data's `x/data`: both have a data/a.txt.
    (["n/x", "m/x/data", "k/y/data"], "'n/x/data/a.txt' and 'm/x/data/a.txt' would both be written to"),
])
def test_output_dir_collision_is_a_usage_error_before_any_work(runner: CliRunner, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              paths: list[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("p/a.txt", "n/x/data/a.txt", "m/x/data/a.txt", "k/y/data/a.txt"):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(ARTICLE)
    result = _run(runner, "--output-dir", "out", *paths)
    assert result.exit_code == 2
    assert f"Error: --output-dir: {message}" in result.output
    assert not Path("out").exists()


def test_temporary_files_are_unique_per_input_and_stale_ones_removed(runner: CliRunner, tmp_path: Path) -> None:
    """Two inputs once shared `.a.txt.json.tmp`; a killed run's temporary files stayed for ever."""
    from newsx.outdir import OutputDir

    outdir = OutputDir(str(tmp_path / "out"), (str(tmp_path),))
    outdir.begin(1, str(tmp_path / "out" / "a.txt.json"), lines=True)
    outdir.begin(2, str(tmp_path / "out" / "a.txt.json"), lines=True)
    first, second = (outdir._open[group].temporary for group in (1, 2))
    assert first != second
    outdir.abandon()
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(ARTICLE)
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    (out / f".a.txt.json.{dead}-0.tmp").write_text("half a record")
    (out / f".b.txt.json.{os.getppid()}-0.tmp").write_text("a live process's")
    assert _run(runner, "--output-dir", str(out), str(source)).exit_code == 0
    assert sorted(_tree(out)) == [f".b.txt.json.{os.getppid()}-0.tmp", "a.txt.json"]


def _subprocess_run(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsx", "extract", *args], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)


def _wait_for(condition, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_and_sigint_remove_temporary_files(tmp_path: Path, signum: int, status: int, jobs: str) -> None:
    """SIGTERM once left `*.tmp` files in the output folder."""
    source = tmp_path / "in"
    source.mkdir()
    for name in ("a", "b"):
        _write_jsonl(source / f"{name}.jsonl", [{"text": ARTICLE}] * 20_000)
    out = tmp_path / "out"
    process = _subprocess_run("-j", jobs, "--glob", "*.jsonl", "--output-dir", str(out), str(source))
    try:
        assert _wait_for(lambda: out.exists() and any(out.glob(".*.tmp"))), "no temporary file appeared"
        os.kill(process.pid, signum)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == status, stderr
    assert b"Traceback" not in stderr
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid`, zombies left out (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_end_when_the_main_process_is_killed(tmp_path: Path) -> None:
    """SIGKILL of the main process with -j 2 once left its workers alive, blocked, for ever."""
    source = tmp_path / "in"
    source.mkdir()
    long_text = (SAMPLES / "patriot.txt").read_bytes() * 200
    for n in range(4):
        (source / f"{n}.txt").write_bytes(long_text)
    process = _subprocess_run("-j", "2", str(source))
    try:
        assert _wait_for(lambda: len(_children(process.pid)) >= 2), "the workers did not start"
        workers = _children(process.pid)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        assert _wait_for(lambda: not any(map(_running, workers)), seconds=30), "workers outlived the main process"
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_sigkill_then_resume_gives_the_output_of_an_uninterrupted_run(tmp_path: Path) -> None:
    """The folder after a SIGKILL of the main process (only) and --resume is the clean run's, byte for byte,
    with no temporary file left."""
    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    samples = sorted(SAMPLES.glob("*.txt"))
    for n in range(120):
        (source / f"{'sub/' if n % 3 == 0 else ''}{n:03d}.txt").write_bytes(samples[n % len(samples)].read_bytes())
    _write_jsonl(source / "sub" / "dump.jsonl", [{"id": n, "text": ARTICLE} for n in range(50)])
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    args = ("-j", "2", "--glob", "*.txt", "--glob", "*.jsonl")
    process = _subprocess_run(*args, "--output-dir", str(clean), str(source))
    process.communicate(timeout=120)
    assert process.returncode == 0
    process = _subprocess_run(*args, "--output-dir", str(killed), str(source))
    try:
        assert _wait_for(lambda: killed.exists() and sum(1 for _ in killed.rglob("*.json")) >= 10)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert _tree(killed) != _tree(clean)
    process = _subprocess_run(*args, "--resume", "--output-dir", str(killed), str(source))
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    assert b"skipped (--resume)" in stderr
    assert _tree(killed) == _tree(clean)


@pytest.fixture
def mixed_batch(tmp_path: Path) -> Path:
    """480 good small texts and 20 bad inputs, each of which is one input and one record."""
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    for n in range(480):
        (folder / ("sub" if n % 4 == 0 else "") / f"good{n:03d}.txt").write_text(
            f"LONDON - {n + 2} people attended a vigil on Monday, police said.\n")
    bad = {
        "empty.txt": b"", "blank.txt": b" \n\t\n", "binary.txt": b"\x00\x01\x02 PNG\x00" * 10,
        "late-nul.txt": b"A text. " * 2000 + b"\x00", "undecodable.txt": b"\xff\xfe\x81\x8d\x90 ok",
        "large.txt": b"He said 5 people came. " * 3000, "bad.jsonl": b"{not json\n",
        "not-object.jsonl": b"[1, 2]\n", "no-text.jsonl": b'{"title": "x"}\n', "empty-text.jsonl": b'{"text": ""}\n',
        "broken.json": b'{"text": ', "array.json": b"[]", "number.json": b"12", "fake.txt.gz": b"not gzip",
        "surrogate.jsonl": b'{"text": "\\ud800 said 5 people"}\n', "deep.json": b"[" * 100_000,
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    (folder / "unreadable.txt").write_text(ARTICLE)
    (folder / "unreadable.txt").chmod(0)
    (folder / "broken-link.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "folder.txt").mkdir()  # a folder named like a file: walked, holds nothing
    (folder / "folder.txt" / "gone.txt").symlink_to(folder / "missing")
    assert len(bad) + 4 == 20
    return folder


@pytest.mark.parametrize("how", [("-j", "1"), ("-j", "2"), ("-j", "2", "--output-dir", "OUT")])
def test_a_mixed_batch_of_500_inputs_yields_500_records(runner: CliRunner, mixed_batch: Path, tmp_path: Path,
                                                       how: tuple[str, ...]) -> None:
    out = tmp_path / "out"
    args = [str(out) if arg == "OUT" else arg for arg in how]
    result = _run(runner, *args, "--max-bytes", "64k", "--glob", "*.txt*", "--glob", "*.json*", str(mixed_batch))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    if "--output-dir" in how:
        records = []
        for name, data in _tree(out).items():
            text = data.decode()
            records += _lines(text) if name.endswith(".jsonl") else [json.loads(text)]
    else:
        records = _lines(result.stdout)
    assert len(records) == 500
    good = [r for r in records if Path(r["source"]).name.startswith("good")]
    assert len(good) == 480 and not [r for r in good if "error" in r]


# --- hostile characters: valid UTF-8 JSON out, whatever comes in ------------------------------------


def _newsx(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The command in a process of its own: its real stdout, as bytes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "newsx", "extract", "-q", *args], cwd=cwd, env=env,
                          capture_output=True, timeout=120, check=False)


def _strict_lines(stdout: bytes) -> list[dict]:
    return _lines(stdout.decode("utf-8", errors="strict"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_lone_surrogate_in_a_json_line_becomes_u_fffd(tmp_path: Path, jobs: str) -> None:
    (tmp_path / "s.jsonl").write_text('{"id": "a\\udc80", "text": "The mayor said \\ud800 it rained on Monday."}\n'
                                      f'{json.dumps({"text": OTHER})}\n', encoding="ascii")
    done = _newsx("-j", jobs, "--include-text", "s.jsonl", cwd=tmp_path)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    first, second = _strict_lines(done.stdout)
    assert first["text"] == "The mayor said \ufffd it rained on Monday." and first["id"] == "a\ufffd"
    assert [w["code"] for w in first["warnings"]] == ["lone-surrogate", "lone-surrogate"]
    assert all(first["text"][d["start"]:d["end"]] == d["text"] for d in first["dates"])
    assert second["source"] == "s.jsonl:2" and "error" not in second


def test_a_forced_codec_giving_surrogates_writes_valid_utf8(tmp_path: Path) -> None:
    (tmp_path / "u.txt").write_bytes(b"The mayor said +2AA- it rained on Monday.\n")
    done = _newsx("--encoding", "utf-7", "--format", "jsonl", "u.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (record,) = _strict_lines(done.stdout)
    assert [w["code"] for w in record["warnings"]] == ["lone-surrogate"]


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes")
def test_file_names_with_bad_bytes_and_newlines(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    folder = os.fsencode(tmp_path / "in")
    with open(folder + b"/a\xffb.txt", "wb") as handle:
        handle.write(ARTICLE.encode())
    with open(folder + b"/n\nnewsx: error: fake.txt", "wb"):
        pass  # empty: an error record, its line on stderr
    for extra in ((), ("--output-dir", "out")):
        done = _newsx("-j", "1", "in", *extra, cwd=tmp_path)
        assert done.returncode == 1 and b"Traceback" not in done.stderr
        errors = done.stderr.decode("utf-8", errors="strict").splitlines()
        assert errors == [r"newsx: warning: in/a\xffb.txt: file name not valid UTF-8; its records' source has "
                          "U+FFFD for each undecodable byte",
                          r"newsx: error: in/n\nnewsx: error: fake.txt: empty file"]
    done = _newsx("-j", "2", "in", cwd=tmp_path)
    records = _strict_lines(done.stdout)
    assert [record["source"] for record in records] == ["in/a\ufffdb.txt", "in/n\nnewsx: error: fake.txt"]


def test_a_json_file_of_lines_splits_at_newlines_only(tmp_path: Path) -> None:
    separated = {"id": 1, "text": "The mayor said it rained.\u2028Then it \u2029stopped."}
    lines = [json.dumps(separated, ensure_ascii=False), '{"text": "x", "n": ' + "9" * 5000 + "}", "",
             json.dumps({"id": 4, "text": OTHER}), "not json", '{"n": -' + "1" * 5000 + "}"]
    (tmp_path / "dump.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _run(CliRunner(), "-j", "1", str(tmp_path / "dump.json"), "--format", "jsonl")
    assert result.exit_code == 1
    # Lines end at "\n" only: a record holds the text's U+2028 and U+2029 raw.
    records = [json.loads(line) for line in result.stdout.split("\n") if line]
    name = str(tmp_path / "dump.json")
    assert [record["source"] for record in records] == [f"{name}:{n}" for n in (1, 2, 4, 5, 6)]
    assert [record.get("id") for record in records] == [1, None, 4, None, None]
    assert records[1]["error"]["message"] == "an integer of 5000 digits, more than the 4300 Python reads"
    assert records[3]["error"]["message"].startswith("not valid JSON")
    assert records[4]["error"]["message"] == records[1]["error"]["message"]


def test_a_too_long_integer_rejects_its_array_item_or_file_alone(tmp_path: Path) -> None:
    long = "7" * 4301
    (tmp_path / "array.json").write_text(f'[{{"text": "{ARTICLE.strip()}", "n": [{long}]}}, '
                                         f'{{"text": "{OTHER.strip()}", "n": {"7" * 4300}}}]')
    (tmp_path / "one.json").write_text(f'{{"text": "{ARTICLE.strip()}", "n": {{"deep": {long}}}}}')
    (tmp_path / "line.jsonl").write_text(f'{{"text": "{ARTICLE.strip()}", "n": {long}}}\n')
    result = _run(CliRunner(), "-j", "1", str(tmp_path), "--glob", "*.json*")
    records = _lines(result.stdout)
    assert [("error" in record, record["source"].rsplit("/", 1)[-1]) for record in records] == [
        (True, "array.json:1"), (False, "array.json:2"), (True, "line.jsonl:1"), (True, "one.json")]
    assert {record["error"]["message"] for record in records if "error" in record} == {
        "an integer of 4301 digits, more than the 4300 Python reads"}


def test_an_empty_json_lines_input_is_one_error_record(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = _run(runner, "-j", "1", str(tmp_path), "--glob", "*")
    records = _lines(result.stdout)
    assert result.exit_code == 1 and len(records) == 2
    assert records[1]["error"]["message"] == "no records (an empty JSON Lines input)"
    assert "empty.jsonl: no records" in result.stderr


def test_dumps_never_writes_a_lone_surrogate() -> None:
    from newsx.render.json import dumps

    record = {"source": "a\udcff", "k\ud800": ["\U0001f600", "\ud83d"]}
    assert dumps(record) == '{"source":"a\ufffd","k\ufffd":["\U0001f600","\ufffd"]}'
    assert dumps(record, ascii_only=True) == '{"source":"a\\ufffd","k\\ufffd":["\\ud83d\\ude00","\\ufffd"]}'
    assert dumps({"a": "\U0001f600"}, ascii_only=True) == '{"a":"\\ud83d\\ude00"}'


def test_json_error_messages_say_where_once(runner: CliRunner, tmp_path: Path) -> None:
    """json's messages that end in "at" once gave "at at column N"."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "unterminated\n', encoding="utf-8")
    result = _run(runner, str(bad))
    assert result.exit_code == 1
    message = json.loads(result.stdout.splitlines()[0])["error"]["message"]
    assert message == "not valid JSON (Invalid control character at column 23)"
