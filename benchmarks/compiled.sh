#!/usr/bin/env bash
# Run a command in a copy of this checkout whose rule modules are compiled with mypyc (setup.py,
# NEWSX_COMPILE=1), so that the benchmarks measure the compiled build; the checkout itself never
# gets compiled files (they would shadow later edits of the sources).
#
#   benchmarks/compiled.sh python benchmarks/bench.py --adversarial-size 0
#   benchmarks/compiled.sh python benchmarks/compare.py
#
# Needs mypy and a C compiler (pip install mypy, in the environment that runs it). The copy is kept in $NEWSX_COMPILED_DIR (default:
# a folder under /tmp named after the checkout) and rebuilt from the sources each time.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
dst=${NEWSX_COMPILED_DIR:-/tmp/newsx-compiled-$(basename "$src")}
# The Python that builds and runs: $PYTHON, else the checkout's .venv, else python3. A command that
# starts with "python" runs with it.
if [ -n "${PYTHON:-}" ]; then python=$PYTHON
elif [ -x "$src/.venv/bin/python" ]; then python=$src/.venv/bin/python
else python=python3; fi
rm -rf "$dst"
mkdir -p "$dst"
# The files git knows (tracked or not ignored): the sources, tests, samples and benchmarks.
(cd "$src" && git ls-files -co --exclude-standard | tar -cf - -T -) | (cd "$dst" && tar -xf -)
# benchmarks/compare.py takes the earlier commit it compares with from this checkout's history.
export NEWSX_SOURCE_REPO="$src"
cd "$dst"
if ! NEWSX_COMPILE=1 "$python" setup.py build_ext --inplace > build.log 2>&1; then
  tail -20 build.log >&2
  exit 1
fi
count=$(find newsx -name '*.so' | wc -l)
if [ "$count" -eq 0 ]; then
  echo "compiled.sh: nothing was compiled (see $dst/build.log)" >&2
  exit 1
fi
echo "compiled.sh: $count modules compiled in $dst" >&2
if [ "${1:-}" = python ]; then shift; set -- "$python" "$@"; fi
exec "$@"
