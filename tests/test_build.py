"""The optional compiled build (setup.py, NEWSX_COMPILE=1) stays buildable: mypyc compiles only what
type-checks, so the modules it compiles must pass mypy with the options setup.py gives mypyc."""
from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from .conftest import ROOT


def _compiled() -> list[str]:
    """The COMPILED entries of setup.py (read, not imported: importing it would run setup())."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "COMPILED":
            return list(ast.literal_eval(node.value))
    raise AssertionError("setup.py has no COMPILED")


def test_compiled_modules_type_check() -> None:
    pytest.importorskip("mypy")
    entries = _compiled()
    assert all((ROOT / entry).exists() for entry in entries), entries
    run = subprocess.run([sys.executable, "-m", "mypy", "--explicit-package-bases", "--follow-imports=silent",
                          "--no-error-summary", "--cache-dir=/dev/null", *entries],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stdout[-3000:]
