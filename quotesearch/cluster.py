"""Running extraction on a Dask cluster: connecting, checking the workers, and
streaming partitions through them.

What runs where: this process (the client) plans partitions (`partitions`),
sends their descriptions to the workers, and either records the shards they
wrote (``extract --out``) or indexes the prepared articles they send back
(``ingest``: the single Whoosh writer stays here). Workers read the inputs,
extract and prepare. So inputs, and an ``--out`` folder, must be on a
filesystem every worker sees (one machine, or a shared mount).

At most a few partitions per worker thread are in flight at once, so the
client's memory stays flat however large the corpus is.
"""
from __future__ import annotations

import os
import sys
from collections import deque
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, Optional

from . import __version__

LOCAL = "local"
_END = object()
IN_FLIGHT_PER_THREAD = 3


class ClusterError(RuntimeError):
    """The cluster cannot be reached or used; the message says what to do."""


# The probe is compiled outside any importable module so that Dask sends it by
# value: it runs even on a worker without QuoteSearch, and says so.
_PROBE_SOURCE = '''
def probe():
    try:
        import quotesearch
    except Exception as error:
        return "missing: " + type(error).__name__ + ": " + str(error)
    return quotesearch.__version__
'''


def _probe_function():
    namespace = {"__name__": "quotesearch_worker_probe"}
    exec(compile(_PROBE_SOURCE, "<quotesearch probe>", "exec"), namespace)
    return namespace["probe"]


# A local cluster's scheduler, workers and dashboard listen on loopback only:
# Dask's default is every interface, which showed the dashboard (task names,
# file names, worker logs) and the scheduler to anyone on the network.
LOCAL_HOST = "127.0.0.1"
DEFAULT_DASHBOARD = f"{LOCAL_HOST}:0"       # a free port


@contextmanager
def dask_client(address: Optional[str], jobs: int = 2, quiet: bool = False,
                dashboard_address: str = DEFAULT_DASHBOARD):
    """A connected ``distributed.Client``: to the scheduler at ``address``
    (``tcp://host:8786``), or to a local cluster of ``jobs`` worker processes
    when ``address`` is None or "local", listening on 127.0.0.1 with its
    dashboard at ``dashboard_address``. Checks every worker runs this version
    of QuoteSearch before anything is sent."""
    try:
        import dask  # noqa: F401
        from distributed import Client, LocalCluster
    except ImportError as error:       # pragma: no cover - a dependency of the package
        raise ClusterError(f"Dask is not installed here ({error}); reinstall QuoteSearch") from error
    import logging
    logging.getLogger("distributed").setLevel(logging.ERROR)
    cluster = None
    try:
        if address in (None, LOCAL):
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                   host=LOCAL_HOST, dashboard_address=dashboard_address,
                                   silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            try:
                client = Client(address, timeout=10)
            except (OSError, TimeoutError) as error:
                raise ClusterError(f"cannot reach a Dask scheduler at {address}: {error}. "
                                   "Start one with 'dask scheduler' and workers with "
                                   "'dask worker ADDRESS --nworkers N'") from error
    except BaseException:
        if cluster is not None:
            cluster.close()
        raise
    try:
        check_workers(client)
        if not quiet and client.dashboard_link:
            print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr, flush=True)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def check_workers(client, wait: float = 10) -> None:
    """Every worker must have QuoteSearch, the same version as here."""
    try:
        client.wait_for_workers(1, timeout=wait)
    except (TimeoutError, OSError) as error:
        raise ClusterError("the Dask scheduler has no workers; start some with "
                           "'dask worker ADDRESS --nworkers N'") from error
    versions = client.run(_probe_function())
    wrong = {worker: found for worker, found in versions.items() if found != __version__}
    if wrong:
        lines = "; ".join(f"{worker}: {found if found.startswith('missing') else 'version ' + found}"
                          for worker, found in sorted(wrong.items()))
        raise ClusterError(f"workers need QuoteSearch {__version__} installed "
                           f"(pip install the same checkout on each worker machine): {lines}")


def worker_threads(client) -> int:
    return max(1, sum(client.nthreads().values()))


def map_ordered(client, function: Callable, items: Iterable, *args) -> Iterator:
    """``function(item, *args)`` for each item on the cluster, results in input
    order, with a bounded number in flight (input read only as fast as results
    are taken)."""
    window = IN_FLIGHT_PER_THREAD * worker_threads(client)
    pending: deque = deque()
    iterator = iter(items)
    exhausted = False
    while True:
        while not exhausted and len(pending) < window:
            try:
                item = next(iterator)
            except StopIteration:
                exhausted = True
                break
            pending.append(client.submit(function, item, *args, pure=False, retries=2))
        if not pending:
            return
        future = pending.popleft()
        yield future.result()
        future.release()


def map_unordered(client, function: Callable, items: Iterable, *args) -> Iterator:
    """As `map_ordered`, but each result as soon as it is ready."""
    from distributed import as_completed
    window = IN_FLIGHT_PER_THREAD * worker_threads(client)
    iterator = iter(items)
    running = as_completed()
    for item in iterator:
        running.add(client.submit(function, item, *args, pure=False, retries=2))
        if running.count() >= window:
            break
    for future in running:
        yield future.result()
        future.release()
        item = next(iterator, _END)
        if item is not _END:
            running.add(client.submit(function, item, *args, pure=False, retries=2))


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
