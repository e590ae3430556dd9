"""Coverage-guided fuzzing of the batch input readers (newsx.batch, newsx.inputs) with atheris.

Run (see fuzz/README.md):
    /tmp/venv-fuzz/bin/python fuzz/fuzz_readers.py -max_total_time=1800

Each input is one byte naming the kind of file, then the file's bytes. The first byte modulo 4
picks .txt, .jsonl, .json or .html; the bytes go through the batch path a file of that name takes:
`inputs.units()`'s JSON Lines splitter (a .jsonl file, read as a stream, lines over READ_LIMIT bytes
cut off) then `batch.analyse()` on each unit, as a worker would. A finding (a crash) is any of:
- an exception escaping the readers or analyse() (analyse() must never raise);
- an error record whose type is not InputError (analyse() hid an unexpected exception);
- an 'internal-error' warning (extract() hid an extractor's exception);
- a .txt or .html file giving other than one record or one error record; a .jsonl file giving other
  than one record or error per non-blank line; a .json file giving no record, or for a JSON array
  other than one per item; two records of one file with the same source;
- a span whose offsets do not give its text (records are made with the text included).
Known, open defects of issue 14 (a lone surrogate in the output, a U+2028 splitting a .json line,
an empty .jsonl giving no record) are not crashes: the first input of each is written to
fuzz/findings/known-<kind>-<hash> and the run goes on; their count is printed every 10,000 inputs.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import json
import sys
from collections import Counter
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import fuzz_newsx  # noqa: E402 - imports and instruments every newsx module
from fuzz_newsx import FINDINGS, ROOT, spans  # noqa: E402

from newsx.batch import Options, _finished, analyse  # noqa: E402
from newsx.inputs import Input, Unit, units  # noqa: E402

CORPUS = HERE / "corpus-readers"
KINDS = ("text", "jsonl", "json", "html")
SUFFIX = {"text": "txt", "jsonl": "jsonl", "json": "json", "html": "html"}
READ_LIMIT = 2048  # --max-bytes for the fuzzed files: small, so the over-long line path is reached
OPTIONS = Options(include_text=True, max_bytes=READ_LIMIT)
KNOWN: Counter[str] = Counter()
RUNS = Counter()


def known(kind: str, data: bytes, detail: str) -> None:
    """An open defect already filed: keep its first input, count the rest, do not stop."""
    KNOWN[kind] += 1
    if KNOWN[kind] == 1:
        FINDINGS.mkdir(exist_ok=True)
        name = FINDINGS / f"known-{kind}-{hashlib.sha1(data).hexdigest()[:12]}"
        name.write_bytes(data)
        print(f"\nKNOWN {kind}: {detail} -> {name}", file=sys.stderr, flush=True)


def check_record(record: dict, data: bytes) -> None:
    if "error" in record:
        if record["error"]["type"] != "InputError":
            raise AssertionError(f"unexpected error record: {record['error']!r}")
        return
    text = record["text"]
    for item in spans(record):
        if text[item["start"] : item["end"]] != item["text"]:
            raise AssertionError(f"span does not match its text: {item!r}")
    for warning in record["warnings"]:
        if warning["code"] == "internal-error":
            raise AssertionError(f"extractor failed: {warning['message']}")
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as err:
        known("surrogate-in-output", data, str(err))


def expected_lines(body: bytes) -> int | None:
    """Units a .jsonl file must give: one per non-blank line (None: compressed, not counted)."""
    if body[:2] == b"\x1f\x8b":
        return None
    return sum(1 for line in body.split(b"\n") if line.strip() or len(line) >= READ_LIMIT)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    kind, body = KINDS[data[0] % 4], data[1:]
    source = f"fuzz.{SUFFIX[kind]}"
    if kind == "jsonl":
        stream = io.BufferedReader(io.BytesIO(body))
        work = list(units(Input(source, None, "jsonl", stream=stream), READ_LIMIT))
        wanted = expected_lines(body)
        if wanted is not None and len(work) != wanted:
            raise AssertionError(f"{len(work)} units for {wanted} non-blank lines")
        if not work:
            known("empty-jsonl-no-record", data, "a .jsonl file without a non-blank line gives no record")
    else:
        work = [Unit(source, kind, data=body, size=len(body))]
    records = []
    for unit in work:
        outcomes = analyse(unit, OPTIONS)
        if unit.kind != "json" and len(outcomes) != 1:
            raise AssertionError(f"{len(outcomes)} records for one {unit.kind} unit")
        if not outcomes:
            raise AssertionError("no record for a .json file")
        records.extend(_finished(outcome, OPTIONS).payload for outcome in outcomes)
    if kind == "json":
        check_json_count(body, records, data)
    sources = [record["source"] for record in records]
    if len(set(sources)) != len(sources):
        raise AssertionError(f"two records with one source: {sources!r}")
    for record in records:
        check_record(record, data)
    RUNS["inputs"] += 1
    if RUNS["inputs"] % 10_000 == 0 and KNOWN:
        print(f"\nknown defects so far: {dict(KNOWN)}", file=sys.stderr, flush=True)


def check_json_count(body: bytes, records: list, data: bytes) -> None:
    """A JSON array: one record per item; one object per line: one record per non-blank line."""
    try:
        text = fuzz_newsx.decode(body)[0]
        document = json.loads(text)
    except fuzz_newsx.InputError:
        return
    except json.JSONDecodeError as err:
        if err.msg != "Extra data":
            return
        lines = sum(1 for line in text.split("\n") if line.strip())
        if len(records) != lines:
            known("json-lines-split", data, f"{len(records)} records for {lines} lines")
        return
    except (RecursionError, ValueError):
        return
    if isinstance(document, list) and document and len(records) != len(document):
        raise AssertionError(f"{len(records)} records for a JSON array of {len(document)}")


def build_corpus(folder: Path) -> None:
    """Seeds: samples as text, JSON Lines, JSON records and arrays, and a small web page."""
    folder.mkdir(parents=True, exist_ok=True)
    samples = sorted((ROOT / "samples").glob("*.txt"))[:12]
    for number, sample in enumerate(samples):
        text = sample.read_text(encoding="utf-8")[:1500]
        record = {"id": number, "date": "2019-03-05", "text": text}
        lines = "\n".join(json.dumps({"id": n, "text": line}) for n, line in enumerate(text.split("\n\n")[:4]))
        page = (f"<html><head><title>{sample.stem}</title><meta property='article:published_time' "
                f"content='2019-03-05'></head><body><article><p>{text}</p></article></body></html>")
        variants = {
            "txt": b"\x00" + text.encode("utf-8"),
            "bom": b"\x00" + codecs.BOM_UTF8 + text.encode("utf-8"),
            "jsonl": b"\x01" + lines.encode("utf-8") + b"\n\n",
            "json": b"\x02" + json.dumps(record).encode("utf-8"),
            "array": b"\x02" + json.dumps([record, {"body": "x"}, 3]).encode("utf-8"),
            "perline": b"\x02" + lines.encode("utf-8"),
            "html": b"\x03" + page.encode("utf-8"),
        }
        for name, data in variants.items():
            (folder / f"{sample.stem[:30]}.{name}").write_bytes(data)


def main() -> None:
    argv = list(sys.argv)
    if not any(not arg.startswith("-") for arg in argv[1:]):
        build_corpus(CORPUS)
        argv.append(str(CORPUS))
    defaults = {"-timeout=": "-timeout=20", "-max_len=": "-max_len=4096",
                "-dict=": f"-dict={HERE / 'news.dict'}",
                "-artifact_prefix=": f"-artifact_prefix={FINDINGS}/readers-"}
    for prefix, value in defaults.items():
        if not any(arg.startswith(prefix) for arg in argv):
            argv.append(value)
    FINDINGS.mkdir(exist_ok=True)
    atheris.Setup(argv, test_one_input)
    try:
        atheris.Fuzz()
    finally:
        print(f"known defects: {dict(KNOWN)}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
