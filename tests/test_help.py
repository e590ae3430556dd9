"""Help ends with examples whose options exist; shell completion scripts are served and documented."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsx.cli import cli

from .conftest import ROOT


def _options(command: list[str]) -> set[str]:
    target = cli if not command else cli.commands[command[0]]
    return {name for param in target.params for name in (*param.opts, *param.secondary_opts)}


@pytest.mark.parametrize("command", [[], ["extract"], ["schema"]])
def test_help_ends_with_two_or_three_examples(command: list[str]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0 and result.stderr == ""
    head, _, tail = result.stdout.rpartition("\n  Examples:\n")
    assert head, result.stdout
    examples = [line.strip() for line in tail.splitlines() if line.strip()]
    assert 2 <= len(examples) <= 3
    assert all("newsx" in line for line in examples)
    # Every option an example of this command names exists (\b keeps each example on its line).
    for line in examples:
        words = line.split("|")[-1].split()
        if command and words[:2] == ["newsx", command[0]]:
            used = {w.split("=")[0] for w in words if w.startswith("-") and w != "-"}
            assert used <= _options(command), (line, used - _options(command))


@pytest.mark.parametrize("shell, marker", [("bash", "complete -o nosort"), ("zsh", "#compdef newsx"),
                                           ("fish", "complete --no-files --command newsx")])
def test_completion_script_is_served(shell: str, marker: str) -> None:
    env = {**os.environ, "_NEWSX_COMPLETE": f"{shell}_source", "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", "from newsx.cli import main; main()"], env=env,
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0 and run.stderr == ""
    assert marker in run.stdout


def test_completion_completes_options() -> None:
    env = {**os.environ, "_NEWSX_COMPLETE": "bash_complete", "COMP_WORDS": "newsx extract --fu", "COMP_CWORD": "2",
           "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", "from newsx.cli import main; main()"], env=env,
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0 and run.stderr == ""
    assert run.stdout.split() == ["plain,--full"]


def test_readme_documents_completion() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for shell in ("bash", "zsh", "fish"):
        assert f"_NEWSX_COMPLETE={shell}_source newsx" in readme
