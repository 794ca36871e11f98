"""Search on a Dask cluster (`quotesearch.cluster_search`): each shard held open
by an actor on a worker, every search a fan-out. Answers equal a single index
built from the same articles; a dead worker's shards are left out of the search
that met it, which says so ("Results from 1 of 2 shards"), and are reopened on
a live worker for the next. On a local cluster (threads, for speed) and on a
scheduler and workers started as separate processes on 127.0.0.1, served by
``quotesearch serve --cluster`` and fetched over HTTP."""
from __future__ import annotations

import html
import json
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import SEEDS, WIRE_STORIES, write_jsonl
from quotesearch.cluster_search import attach_cluster
from quotesearch.index import QuoteIndex, ingest_paths
from quotesearch.index.sharded import ShardedIndex
from quotesearch.index.sharded import ingest_paths as ingest_sharded_paths
from quotesearch.search import QueryTooBroad, search
from test_cluster import free_port, scheduler, worker_pids  # noqa: F401 - the fixture

QUERIES = ["", "cooperation", '"the two countries"', "what did Zhang say about trade",
           "capacity OR quotas", "cooperaton"]


def answer(results) -> tuple:
    return (results.total, [(h.quote.id, h.score) for h in results.hits], results.facets,
            results.timeline, results.message, results.did_you_mean)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("cluster-search-inputs")
    write_jsonl(root / "wire.jsonl", WIRE_STORIES)
    return [str(SEEDS), str(root / "wire.jsonl")]


@pytest.fixture(scope="module")
def single(tmp_path_factory, inputs):
    index = QuoteIndex.open(tmp_path_factory.mktemp("single") / "index", create=True)
    ingest_paths(index, inputs)
    return index


@pytest.fixture(scope="module")
def sharded_folder(tmp_path_factory, inputs):
    folder = tmp_path_factory.mktemp("sharded") / "index"
    ingest_sharded_paths(ShardedIndex.open(folder, create=True, shards=4), inputs)
    return folder


@pytest.fixture()
def local_cluster():
    from distributed import Client, LocalCluster
    logging.getLogger("distributed").setLevel(logging.ERROR)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as client:
        yield cluster, client


def test_on_a_local_cluster_searches_equal_the_single_index(single, sharded_folder, local_cluster):
    _, client = local_cluster
    index = QuoteIndex.open(sharded_folder)
    fanout = attach_cluster(index, client)
    assert sorted(set(fanout.shards.placement().values())) == sorted(client.nthreads())
    for query in QUERIES:
        results = search(index, query)
        assert results.shards == (4, 4)
        assert answer(results) == answer(search(single, query)), query


def test_a_search_over_its_time_budget_is_refused_not_taken_for_a_dead_worker(
        single, sharded_folder, local_cluster):
    _, client = local_cluster
    index = QuoteIndex.open(sharded_folder)
    fanout = attach_cluster(index, client)
    search(index, "")
    for target in (single, index):
        with pytest.raises(QueryTooBroad):
            search(target, "cooperation OR trade OR capacity", seconds=1e-9)
    assert fanout.shards.lost == 0 and search(index, "trade").shards == (4, 4)


def test_a_dead_worker_is_reported_and_its_shards_reopened(single, sharded_folder, local_cluster):
    cluster, client = local_cluster
    index = QuoteIndex.open(sharded_folder)
    fanout = attach_cluster(index, client, call_seconds=10)
    search(index, "cooperation")
    dead = fanout.shards.workers[0]
    held = [n for n, worker in fanout.shards.placement().items() if worker == dead]
    worker = next(w for w in cluster.workers.values() if w.address == dead)
    cluster.sync(worker.close)
    partial = search(index, "cooperation")
    assert partial.shards == (4 - len(held), 4)
    assert f"Results from {4 - len(held)} of 4 shards" in partial.message
    assert partial.total < search(single, "cooperation").total
    after = search(index, "cooperation")
    assert after.shards == (4, 4) and answer(after) == answer(search(single, "cooperation"))
    assert dead not in fanout.shards.placement().values()


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read().decode("utf-8")


def wait_for_server(url: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"serve ended: {proc.stderr.read()}")
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail("serve did not start")


def test_serve_on_workers_started_apart_answers_and_reports_a_killed_worker(
        single, sharded_folder, scheduler):  # noqa: F811 - the fixture imported above
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "quotesearch", "serve", "--index",
                             str(sharded_folder), "--cluster", scheduler, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        wait_for_server(base + "/api/search?q=", proc)
        for query in QUERIES:
            served = json.loads(fetch(f"{base}/api/search?q={urllib.request.quote(query)}"))
            expected = search(single, query)
            assert served["total"] == expected.total, query
            assert [r["id"] for r in served["results"]] == [h.quote.id for h in expected.hits]
            assert served["facets"] == {name: [[v.value, v.count] for v in values]
                                        for name, values in expected.facets.items()}
        # one of the two worker processes dies (its nanny starts a fresh, empty one)
        os.kill(worker_pids(scheduler)[0], signal.SIGKILL)
        page = html.unescape(fetch(f"{base}/?q=cooperation"))
        assert "Results from 2 of 4 shards" in page or "Results from 3 of 4 shards" in page
        served = json.loads(fetch(f"{base}/api/search?q=cooperation"))
        assert served["total"] == search(single, "cooperation").total
        assert "shards" not in (served["message"] or "")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
