"""The table view: officials, --full, columns sized to content, warnings with line numbers,
--pager, and the not-english warning from the command line (stdout, stderr, exit code apart)."""
from __future__ import annotations

import io
import json
import pydoc
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsx
from newsx.cli import cli
from newsx.render import table as table_module
from newsx.render.table import TableWriter, _widths, render

from .conftest import SAMPLES
from .test_language import FOREIGN

# A quote longer than the table's clip width, and a quotation left open on line 4.
ARTICLE = ('date 2022-12-13\nThe minister spoke on Tuesday.\n"We will rebuild every school, every hospital and '
           'every bridge that the storm destroyed, and we will not rest until the last family has a roof over '
           'its head again," the minister said.\nShe said "the money is there.\n')
LAST_WORDS = "over its head again,"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _table(runner: CliRunner, *args: str) -> tuple[str, str, int]:
    result = runner.invoke(cli, ["extract", "--format", "table", *args], env={"COLUMNS": "80"})
    return result.stdout, result.stderr, result.exit_code


def _flat(output: str) -> str:
    """The table's words in order, wrapping undone (one space between words)."""
    return " ".join(output.split())


def test_officials_table(runner: CliRunner) -> None:
    stdout, stderr, code = _table(runner, "--only", "officials", str(SAMPLES / "patriot.txt"))
    assert code == 0 and stderr == ""
    assert "Officials (" in stdout and "Jake Sullivan" in stdout
    assert "Quotes (" not in stdout and "Dates (" not in stdout


def test_quotes_are_clipped_unless_full(runner: CliRunner, article: Path) -> None:
    clipped, stderr, code = _table(runner, "--only", "quotes", str(article))
    assert code == 0 and stderr == ""
    assert "…" in clipped and LAST_WORDS not in _flat(clipped)
    whole, stderr, code = _table(runner, "--only", "quotes", "--full", str(article))
    assert code == 0 and stderr == ""
    assert "…" not in whole and LAST_WORDS in _flat(whole)
    assert max(len(line) for line in whole.splitlines()) <= 80


def test_event_clauses_are_whole_with_full() -> None:
    what = "fired " + "at least 85 missiles on six major cities and " * 4 + "the capital"
    event = {"date": None, "status": "happened", "who": [], "where": [], "main": False, "source": None,
             "what": {"text": what}}
    record = {"source": "x", "published": None, "events": [event], "warnings": []}
    for full, whole in ((False, False), (True, True)):
        buffer = io.StringIO()
        render(table_module.make_console(buffer, width=80), record, ("events",), full=full)
        assert ("the capital" in _flat(buffer.getvalue())) is whole


def test_dates_table_is_as_wide_as_its_content(runner: CliRunner) -> None:
    stdout, _, code = _table(runner, "--only", "dates", str(SAMPLES / "002_at_least_107_killed_in_mecca.txt"))
    assert code == 0
    rows = [line.rstrip() for line in stdout.splitlines()[1:] if line.strip()]
    longest = "Saturday, September 12, 2015"
    row = next(line for line in rows if longest in line)
    # text column as wide as its longest text: the value follows after the column gap.
    assert row.index("2015-09-12", len(longest) + 2) == row.index(longest) + len(longest) + 3
    assert max(len(line) for line in rows) < 70


@pytest.mark.parametrize("full", [False, True])
def test_every_sample_fits_80_columns(runner: CliRunner, full: bool) -> None:
    stdout, stderr, code = _table(runner, *(["--full"] if full else []), str(SAMPLES))
    assert code == 0
    assert max(len(line) for line in stdout.splitlines()) <= 80


def test_widths_share_what_is_left_by_content() -> None:
    columns = [{"header": "speaker", "ratio": 2}, {"header": "kind", "no_wrap": True},
               {"header": "quote", "ratio": 5}]
    short = [("Ann Lee", "direct", "Yes.")]
    assert _widths(80, columns, short) == [7, None, 5]  # all fits: each its content
    long = [("Ann Lee", "direct", "word " * 40)]
    widths = _widths(80, columns, long)
    assert widths[0] == 7 and widths[2] == 80 - 10 - 7 - 6  # the quote takes all the rest
    names = [("Saudi Arabia's Civil Defense Authority " * 2, "indirect", "word " * 40)]
    widths = _widths(80, columns, names)
    assert widths[0] >= len("Authority") and widths[0] + widths[2] == 80 - 10 - 8


def test_warnings_have_line_numbers_in_the_table(runner: CliRunner, article: Path) -> None:
    stdout, stderr, code = _table(runner, str(article))
    assert code == 0 and stderr == ""
    assert "warning: line 4: unbalanced-quote: quotation left open" in stdout


def test_warnings_without_the_text_have_no_line_number() -> None:
    record = newsx.extract(ARTICLE).to_dict()
    buffer = io.StringIO()
    render(table_module.make_console(buffer, width=80), record)
    assert "warning: unbalanced-quote:" in buffer.getvalue()
    buffer = io.StringIO()
    render(table_module.make_console(buffer, width=80), record, text=ARTICLE)
    assert "warning: line 4: unbalanced-quote:" in buffer.getvalue()


def test_line_index() -> None:
    lines = table_module._LineIndex("a\nbc\n\nd")
    assert [lines.line_of(i) for i in range(7)] == [1, 1, 2, 2, 2, 3, 4]


def test_pager_on_a_terminal(runner: CliRunner, article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(pydoc, "pager", shown.append)
    monkeypatch.setattr(table_module, "_is_terminal", lambda stream: True)
    stdout, stderr, code = _table(runner, "--pager", str(article))
    assert code == 0 and stderr == ""
    assert stdout == ""  # all of it went to the pager
    assert len(shown) == 1 and "Quotes (" in shown[0] and "warning: line 4" in shown[0]
    assert "\x1b[" not in shown[0]  # plain text: any pager shows it


def test_pager_is_not_used_off_a_terminal(runner: CliRunner, article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(pydoc, "pager", shown.append)
    stdout, stderr, code = _table(runner, "--pager", str(article))
    assert code == 0 and stderr == ""
    assert shown == [] and "Quotes (" in stdout


def test_table_writer_without_pager_writes_as_it_goes() -> None:
    buffer = io.StringIO()
    writer = TableWriter(buffer, width=80)
    writer.write(newsx.extract(ARTICLE).to_dict())
    assert "Quotes (" in buffer.getvalue()
    writer.close()


def test_not_english_from_the_command_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FOREIGN["fr"], encoding="utf-8")
    result = runner.invoke(cli, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0 and result.stderr == ""
    record = json.loads(result.stdout)
    assert record["warnings"] == [{"code": "not-english", "message": "the text looks French (fr); English rules skipped",
                                   "start": None, "end": None}]
    assert record["quotes"] == [] and record["events"] == [] and record["figures"] == []
    table = runner.invoke(cli, ["extract", "--format", "table", str(path)], env={"COLUMNS": "80"})
    assert table.exit_code == 0 and table.stderr == ""
    assert "warning: not-english: the text looks French (fr); English rules skipped" in _flat(table.stdout)
