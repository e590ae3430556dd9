"""The build of newsx: pure Python by default; with NEWSX_COMPILE=1, its rule modules compiled by mypyc.

    pip install .                                                     # pure Python
    pip install mypy wheel && NEWSX_COMPILE=1 pip install --no-build-isolation .   # compiled rule modules

The compiled build needs mypy (https://mypyc.readthedocs.io), a C compiler and the Python headers;
the same source runs either way and gives the same output. When compiling fails, the pure-Python
package is built instead, with a warning. Use the compiled build with a regular install, not an
editable one (`pip install -e` would put the compiled modules beside the sources, where they would
shadow later edits). Package metadata is in pyproject.toml.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from setuptools import setup

# What runs per token, per candidate and per item: the document layer, the four extractors, the pipeline.
COMPILED = ("newsx/doc", "newsx/dates", "newsx/quotes", "newsx/figures", "newsx/events", "newsx/names.py", "newsx/pipeline.py",
            "newsx/text.py")


def _sources() -> list[str]:
    files: list[str] = []
    for entry in COMPILED:
        path = Path(entry)
        files.extend(sorted(str(p) for p in path.rglob("*.py")) if path.is_dir() else [entry])
    return files


def _ext_modules() -> list:
    if os.environ.get("NEWSX_COMPILE") != "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("newsx: NEWSX_COMPILE=1 needs mypy (pip install mypy wheel; pip install --no-build-isolation .): "
              "building pure Python", file=sys.stderr)
        return []
    options = ["--explicit-package-bases", "--follow-imports=silent", *_sources()]
    # Type-check first, in a process of its own: mypyc cannot compile what does not type-check, and
    # its failure inside the build process would fail the build instead of falling back.
    check = subprocess.run([sys.executable, "-m", "mypy", *options], capture_output=True, text=True, check=False)
    if check.returncode != 0:
        print(f"newsx: mypy found errors, building pure Python:\n{check.stdout[-2000:]}", file=sys.stderr)
        return []
    try:
        return mypycify(options, opt_level="3")
    except (Exception, SystemExit) as err:  # noqa: BLE001 - a failed compile falls back to pure Python
        print(f"newsx: compiling with mypyc failed ({err}): building pure Python", file=sys.stderr)
        return []


setup(ext_modules=_ext_modules())
