"""Coverage-guided fuzzing of newsx.text.decode and newsx.extract with atheris (libFuzzer).

Run (see fuzz/README.md):
    python3 -m venv /tmp/venv-fuzz && /tmp/venv-fuzz/bin/pip install atheris -e .
    /tmp/venv-fuzz/bin/python fuzz/fuzz_newsx.py -max_total_time=1800

Each input is a file's bytes. It goes through the decoder as the CLI would (auto-detection, then a
forced codec chosen by the input's length), and whatever text comes out through extract(). A finding
is any of:
- an exception other than InputError from decode(), or any exception from extract() (a crash:
  libFuzzer stops and writes the input to crash-*),
- an 'internal-error' warning (extract() hid an extractor's exception; reported as a crash too),
- a span whose offsets do not give its text, or a section not sorted by start (a crash),
- an input slower than SLOW_CHARS_PER_S (written to fuzz/slow/ and reported, the run goes on);
  libFuzzer's -timeout (default here 20 s) turns a hang into a crash.

The seed corpus is built at start-up from samples/ (each sample as UTF-8, UTF-8 with BOM, UTF-16
with BOM and cp1252) into fuzz/corpus/ unless a corpus folder is given on the command line.
"""
from __future__ import annotations

import codecs
import hashlib
import sys
import time
from pathlib import Path

import atheris

# Every newsx module is imported here, inside the instrumentation block: `newsx/__init__.py` loads the
# pipeline lazily (on first use of newsx.extract), which would happen after this block, leaving the
# extractors uninstrumented (3 modules, 83 edges). Only modules imported inside the block are seen.
SKIP = {"newsx.__main__"}  # runs the command line when imported

with atheris.instrument_imports(include=["newsx"]):
    import importlib
    import pkgutil

    import newsx

    for _module in pkgutil.walk_packages(newsx.__path__, "newsx."):
        if _module.name not in SKIP:
            importlib.import_module(_module.name)
    import newsx.batch
    import newsx.inputs
    import newsx.pipeline
    from newsx.text import InputError, decode

INSTRUMENTED = sorted(name for name in sys.modules if name == "newsx" or name.startswith("newsx."))

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from tests.spans import spans  # noqa: E402 - after the path is set
CORPUS = HERE / "corpus"
SLOW = HERE / "slow"
FINDINGS = HERE / "findings"

# Forced codecs a user may name with --encoding (one per input, chosen by its length).
FORCED = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "ascii", "utf-32")

# Instrumented code runs several times slower than normal; below this an input is worth a look.
SLOW_CHARS_PER_S = 2_000
SLOW_MIN_SECONDS = 0.5


def check(text: str) -> None:
    """extract() on text: no exception, no hidden error, spans match, lists sorted; slow inputs kept."""
    start = time.perf_counter()
    record = newsx.extract(text).to_dict()
    took = time.perf_counter() - start
    for item in spans(record):
        if text[item["start"] : item["end"]] != item["text"]:
            raise AssertionError(f"span does not match its text: {item!r}")
    for section in ("dates", "quotes", "figures", "events"):
        starts = [item["start"] for item in record[section]]
        if starts != sorted(starts):
            raise AssertionError(f"{section} not sorted by start")
    for warning in record["warnings"]:
        if warning["code"] == "internal-error":
            raise AssertionError(f"extractor failed: {warning['message']}")
    if took > SLOW_MIN_SECONDS and len(text) / took < SLOW_CHARS_PER_S:
        SLOW.mkdir(exist_ok=True)
        data = text.encode("utf-8", "surrogatepass")
        name = SLOW / f"slow-{hashlib.sha1(data).hexdigest()[:12]}.txt"
        name.write_bytes(data)
        print(f"\nSLOW: {len(text)} chars in {took:.2f} s -> {name}", file=sys.stderr, flush=True)


def test_one_input(data: bytes) -> None:
    """The fuzz target: decode as the CLI would, then extract from each text obtained."""
    texts = []
    try:
        texts.append(decode(data)[0])
    except InputError:
        pass
    try:
        texts.append(decode(data, FORCED[len(data) % len(FORCED)])[0])
    except InputError:
        pass
    # extract() promises to take any str, even one the decoder would refuse (binary, empty).
    texts.append(data.decode("utf-8", "replace"))
    for text in dict.fromkeys(texts):
        check(text)


def build_corpus(folder: Path) -> None:
    """Seed files from samples/: each article in the encodings the decoder must recognise."""
    folder.mkdir(parents=True, exist_ok=True)
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        text = sample.read_text(encoding="utf-8")
        variants = {
            "utf8": text.encode("utf-8"),
            "bom": codecs.BOM_UTF8 + text.encode("utf-8"),
            "utf16": text.encode("utf-16"),
            "cp1252": text.encode("cp1252", "replace"),
        }
        for name, data in variants.items():
            (folder / f"{sample.stem[:40]}.{name}").write_bytes(data)


def main() -> None:
    argv = list(sys.argv)
    if not any(not arg.startswith("-") for arg in argv[1:]):
        build_corpus(CORPUS)
        argv.append(str(CORPUS))
    if not any(arg.startswith("-timeout=") for arg in argv):
        argv.append("-timeout=20")
    if not any(arg.startswith("-max_len=") for arg in argv):
        argv.append("-max_len=8192")
    if not any(arg.startswith("-dict=") for arg in argv):
        argv.append(f"-dict={HERE / 'news.dict'}")
    if not any(arg.startswith("-artifact_prefix=") for arg in argv):
        FINDINGS.mkdir(exist_ok=True)
        argv.append(f"-artifact_prefix={FINDINGS}/")
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
