"""newsx on Dask: a bag of texts, and `extract --dask` on a small in-process LocalCluster."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsx
from newsx.cli import cli

from .conftest import SAMPLES
from .helpers import VALIDATOR

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")

ARTICLE = "WASHINGTON (AP) - The minister said Tuesday that 40 people were hurt in the blast.\n"


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    # In-process workers (threads): starts in well under a second and needs no free ports but one.
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def client(cluster: object) -> Iterator[object]:
    with distributed.Client(cluster) as connected:
        yield connected


def test_bag_of_texts_gives_one_record_per_item_in_order(client: object) -> None:
    from newsx.dask import extract_bag

    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))[:6]]
    records = extract_bag(dask_bag.from_sequence(texts, npartitions=3)).compute()
    assert records == [newsx.extract(text).to_dict() for text in texts]


def test_bag_of_crawler_records_and_bad_items(client: object) -> None:
    import datetime as dt

    from newsx.dask import extract_bag

    items = [{"id": "a", "maintext": ARTICLE, "date_publish": "2022-12-13 08:00:00"}, {"id": "b"}, 42, ARTICLE]
    records = extract_bag(dask_bag.from_sequence(items, npartitions=2), sections=["figures"],
                          include_text=True).compute()
    assert [record.get("id") for record in records] == ["a", "b", None, None]
    assert records[0]["published"]["rule"] == "metadata" and records[0]["text"] == ARTICLE
    assert records[0]["figures"][0]["value"] == 40 and records[0]["dates"] is None  # not asked for: null
    assert "no text field" in records[1]["error"]["message"]
    assert records[2]["error"]["message"].startswith("cannot analyse a int")
    fixed = extract_bag(dask_bag.from_sequence([ARTICLE]), published=dt.date(2022, 12, 13)).compute()
    assert fixed[0]["published"]["rule"] == "argument"
    for record in records + fixed:
        assert not list(VALIDATOR.iter_errors(record))


def test_cli_on_the_cluster_matches_the_local_run(cluster: object, tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_text(
        json.dumps({"id": 1, "text": ARTICLE}) + "\n{broken\n" + json.dumps({"id": 3, "text": ARTICLE}) + "\n")
    for n, path in enumerate(sorted(SAMPLES.glob("*.txt"))[:8]):
        (tmp_path / f"{n}.txt").write_bytes(path.read_bytes())
    args = ["extract", "--glob", "*.txt", "--glob", "*.jsonl", str(tmp_path)]
    runner = CliRunner()
    local = runner.invoke(cli, [*args, "-j", "1"])
    remote = runner.invoke(cli, [*args, "--dask", cluster.scheduler_address])  # type: ignore[attr-defined]
    assert remote.exit_code == local.exit_code == 1
    assert remote.stdout == local.stdout
    assert len(remote.stdout.splitlines()) == 11
    unordered = runner.invoke(cli, [*args, "--dask", cluster.scheduler_address, "--unordered"])  # type: ignore[attr-defined]
    assert sorted(unordered.stdout.splitlines()) == sorted(local.stdout.splitlines())


def test_cli_without_dask_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = CliRunner().invoke(cli, ["extract", "--dask", "tcp://127.0.0.1:1", str(tmp_path)])
    assert result.exit_code == 2
    assert "pip install 'newsx[dask]'" in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("localhost", "--dask: 'localhost' is not a scheduler address: give tcp://HOST:PORT"),
        ("nonsense://x", "--dask: 'nonsense://x' is not a scheduler address"),
        ("tcp://127.0.0.1:99999", "is not a scheduler address"),
        ("local:0", "local:N needs at least one worker"),
        # Nothing listens on the discard port: the connection times out (newsx.dask.CONNECT_TIMEOUT).
        ("tcp://127.0.0.1:9", "cannot reach the Dask scheduler at tcp://127.0.0.1:9"),
    ],
)
def test_bad_or_dead_address_is_one_line_and_exit_2(address: str, message: str, tmp_path: Path) -> None:
    """Run as the user would (its own process): no traceback, not even at exit, and an answer well
    before the harness's timeout (not a wait of a minute)."""
    import subprocess

    from .conftest import ROOT

    (tmp_path / "a.txt").write_text(ARTICLE)
    run = subprocess.run(
        [sys.executable, "-m", "newsx", "extract", "--dask", address, str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=30, check=False,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    [line] = run.stderr.splitlines()
    assert line.startswith("Error: ") and message in line


def test_local_cluster_gives_the_records_of_a_plain_run(tmp_path: Path) -> None:
    for path in sorted(SAMPLES.glob("*.txt"))[:2]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    runner = CliRunner()
    plain = runner.invoke(cli, ["extract", "--format", "jsonl", "-q", str(tmp_path)])
    local = runner.invoke(cli, ["extract", "--format", "jsonl", "-q", "--dask", "local:1", str(tmp_path)])
    assert local.exit_code == plain.exit_code == 0, local.stderr
    assert local.stderr == ""
    assert local.stdout == plain.stdout and len(local.stdout.splitlines()) == 2
