"""Extraction on a real Dask cluster: a local one of two worker processes, and a
scheduler and workers started apart, as a user would on several machines. The
records must equal single-process extraction's exactly, and killed workers or a
killed client must never leave a run incomplete or duplicated after a re-run."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

import pytest

from conftest import SEEDS, WIRE_STORIES
from quotesearch.shards import MANIFEST

DASK = os.path.join(os.path.dirname(sys.executable), "dask")


def cli(*args, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotesearch", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)


def berth_story(i: int) -> dict:
    # written for these tests: one quotation each, and an indirect one
    return {"id": f"berth-{i}", "outlet": ["Harbor Times", "Bay Courier"][i % 2],
            "date": f"2023-06-{i % 28 + 1:02d}", "title": f"Berth {i} reopens",
            "text": f"Berth {i} reopens\n\n\"Berth {i} will take its first ship on Monday after "
                    f"{i + 2} weeks of repairs,\" said Maria Lindqvist, the director of the harbour "
                    "authority.\n\nTomas Berg, a dock worker, said the crews had worked through the "
                    f"night on berth {i}."}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("cluster") / "corpus"
    shutil.copytree(SEEDS, root / "seeds")
    with open(root / "berths.jsonl", "w") as f:
        for i in range(240):
            f.write(json.dumps(berth_story(i)) + "\n")
        f.write('{"id": "torn", "text": \n')               # one bad line never fails its partition
    (root / "wire.jsonl").write_text("".join(json.dumps(a) + "\n" for a in WIRE_STORIES))
    return root


@pytest.fixture(scope="module")
def expected(corpus) -> str:
    return cli("extract", corpus, "--format", "jsonl", "--with-paragraph", "--with-text").stdout


def shard_records(out) -> str:
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["complete"]
    return "".join((out / s["shard"]).read_text() for s in manifest["shards"])


def assert_complete_and_unique(out, expected: str) -> None:
    records = shard_records(out)
    assert records == expected
    ids = [json.loads(line)["id"] for line in records.splitlines()]
    assert len(ids) == len(set(ids))
    assert not [n for n in os.listdir(out) if n.startswith(".tmp-")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def scheduler():
    """``dask scheduler`` and ``dask worker ADDRESS --nworkers 2``, as separate processes."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)]
    procs.append(subprocess.Popen([DASK, "worker", address, "--nworkers", "2", "--nthreads", "1",
                                   "--no-dashboard"], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, start_new_session=True))
    from distributed import Client
    with Client(address, timeout=30) as client:
        client.wait_for_workers(2, timeout=60)
    yield address
    for proc in reversed(procs):
        os.killpg(proc.pid, signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def worker_pids(address: str) -> list[int]:
    from distributed import Client
    with Client(address, timeout=30) as client:
        client.wait_for_workers(2, timeout=60)
        return sorted(client.run(os.getpid).values())


def wait_for_shards(out, at_least: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.is_dir() and sum(n.endswith(".done") for n in os.listdir(out)) >= at_least:
            return
        time.sleep(0.05)
    pytest.fail("the run ended (or stalled) before the kill point")


def test_a_local_cluster_of_two_workers_writes_the_single_process_records(corpus, expected, tmp_path):
    result = cli("extract", corpus, "--jobs", "2", "--out", tmp_path / "out", "--partition-size", 16)
    assert result.returncode == 1, result.stderr             # the torn line is reported
    assert "torn" not in expected and "line 241" in result.stderr
    assert_complete_and_unique(tmp_path / "out", expected)
    manifest = json.loads((tmp_path / "out" / MANIFEST).read_text())
    assert manifest["partitions"] > 10 and manifest["articles"] == 5 + 240 + 4


def test_the_same_command_runs_against_a_scheduler_and_workers_started_apart(
        corpus, expected, tmp_path, scheduler):
    result = cli("extract", corpus, "--cluster", scheduler, "--out", tmp_path / "out",
                 "--partition-size", 16)
    assert result.returncode == 1 and "Dask dashboard" not in result.stdout
    assert_complete_and_unique(tmp_path / "out", expected)


def test_a_worker_killed_mid_run_loses_nothing(corpus, expected, tmp_path, scheduler):
    out = tmp_path / "out"
    run = subprocess.Popen([sys.executable, "-m", "quotesearch", "extract", str(corpus), "--cluster",
                            scheduler, "--out", str(out), "--partition-size", "2"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_for_shards(out, 5, run)
    os.kill(worker_pids(scheduler)[0], signal.SIGKILL)
    run.wait(timeout=300)          # Dask hands the dead worker's partitions to another worker
    again = cli("extract", corpus, "--cluster", scheduler, "--out", out, "--partition-size", 2)
    assert again.returncode == 1           # only the torn line
    assert_complete_and_unique(out, expected)


def test_a_client_killed_mid_run_is_resumed_by_running_it_again(corpus, expected, tmp_path, scheduler):
    out = tmp_path / "out"
    run = subprocess.Popen([sys.executable, "-m", "quotesearch", "extract", str(corpus), "--cluster",
                            scheduler, "--out", str(out), "--partition-size", "2"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_shards(out, 5, run)
    run.kill()
    run.wait()
    done_before = {n for n in os.listdir(out) if n.endswith(".done")}
    manifest = json.loads((out / MANIFEST).read_text()) if (out / MANIFEST).exists() else None
    assert manifest is None or not manifest["complete"]
    again = cli("extract", corpus, "--cluster", scheduler, "--out", out, "--partition-size", 2)
    assert again.returncode == 1
    assert_complete_and_unique(out, expected)
    assert done_before <= {n for n in os.listdir(out) if n.endswith(".done")}


def test_ingest_on_a_cluster_builds_the_index_single_process_ingest_builds(corpus, tmp_path, scheduler):
    single = cli("ingest", corpus, "--index", tmp_path / "single", "--json")
    clustered = cli("ingest", corpus, "--index", tmp_path / "cluster", "--cluster", scheduler,
                    "--partition-size", 16, "--json")
    assert json.loads(clustered.stdout) == json.loads(single.stdout) | {"index": json.loads(clustered.stdout)["index"]}
    assert json.loads(clustered.stdout)["index"] == json.loads(single.stdout)["index"]
    for query in ("berth", 'speaker:"tomas berg"', "agreement"):
        a = cli("search", query, "--index", tmp_path / "single", "--json").stdout
        b = cli("search", query, "--index", tmp_path / "cluster", "--json").stdout
        assert a == b and json.loads(a)["total"] > 0
    # again: nothing changed, nothing written twice
    rerun = json.loads(cli("ingest", corpus, "--index", tmp_path / "cluster", "--jobs", "2",
                           "--json").stdout)
    assert (rerun["added"], rerun["unchanged"]) == (0, 249)
    assert rerun["index"] == json.loads(single.stdout)["index"]


def test_an_unreachable_scheduler_is_a_clear_error(corpus, tmp_path):
    result = cli("extract", corpus / "seeds", "--cluster", f"tcp://127.0.0.1:{free_port()}",
                 "--out", tmp_path / "out", timeout=120)
    assert result.returncode == 1
    assert "cannot reach a Dask scheduler" in result.stderr and "dask scheduler" in result.stderr


LOOPBACK = {"127.0.0.1", "::1"}


def listening_addresses(process) -> set[tuple[str, int]]:
    """The (IP address, port) pairs the process and its children listen on (TCP)."""
    found = set()
    for proc in (process, *process.children(recursive=True)):
        try:
            found |= {(c.laddr.ip, c.laddr.port) for c in proc.net_connections(kind="tcp")
                      if c.status == "LISTEN"}
        except Exception:  # noqa: BLE001 - a child that just ended listens on nothing
            pass
    return found


def test_a_local_cluster_listens_on_loopback_only_dashboard_included():
    import psutil

    from quotesearch.cluster import dask_client
    me = psutil.Process()
    before = listening_addresses(me)
    with dask_client("local", jobs=1, quiet=True) as client:
        assert client.scheduler.address.startswith("tcp://127.0.0.1:")
        assert client.dashboard_link and "//127.0.0.1:" in client.dashboard_link
        opened = {ip for ip, _ in listening_addresses(me) - before}
        assert opened and opened <= LOOPBACK, opened
