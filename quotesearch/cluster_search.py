"""Searching a sharded index on a Dask cluster: each shard held open in a
worker, every search fanned out to them (`quotesearch.search.fanout`).

Each shard is a Dask *actor*: a `fanout.ShardSearcher` created on one worker
(spread evenly over the workers) that keeps the shard's index, its facet
arrays and its posting-list cache open between searches, so a search costs
each worker only its part of the matching and counting. The serving process
(``quotesearch serve --cluster ADDRESS``) holds the actors and merges their
answers.

The shards' folders must be on storage every worker reads (one machine, or a
shared mount): a shard whose worker dies is opened again, from the same
folder, on a worker still alive. The search that met the dead worker answers
with the other shards and says so on the page ("Results from 3 of 4 shards");
the shard is reopened at once, in the background, so later searches have it.
"""
from __future__ import annotations

import asyncio
import threading
import uuid
from typing import Optional

from distributed.protocol import to_serialize

from .search.errors import SearchError
from .search.fanout import FanoutSearch, ShardSearcher
from .search.limits import QueryTooBroad

# A shard that has not answered in this time is counted as lost for the search.
CALL_SECONDS = 30.0
OPEN_SECONDS = 60.0


class ShardHolder(ShardSearcher):
    """A shard's searcher as a Dask actor, which also answers for the other
    shards its worker holds: one message per worker and search, not per shard."""

    def on_shards(self, keys: list[str], method: str, args: tuple) -> list[tuple[bool, object]]:
        """(answered, answer or exception) of ``method(*args)`` on the actors
        ``keys`` of this worker, one after the other (as the worker's one actor
        thread would run them anyway)."""
        from distributed import get_worker
        actors = get_worker().state.actors
        answers = []
        for key in keys:
            try:
                answers.append((True, getattr(actors[key], method)(*args)))
            except Exception as error:      # noqa: BLE001 - the coordinator decides
                answers.append((False, error))
        return answers


class ClusterShards:
    """The shards of a sharded index as actors on the workers of ``client``."""

    def __init__(self, client, index, call_seconds: float = CALL_SECONDS):
        self.client = client
        self.root = index.path
        self.paths = [shard.path for shard in index.shards]
        self.call_seconds = call_seconds
        self.actors: list = [None] * len(self.paths)
        self.futures: list = [None] * len(self.paths)     # an actor lives while its future is held
        self.workers: list[Optional[str]] = [None] * len(self.paths)
        self.without_registry: set[int] = set()
        self.reopening: dict[int, threading.Thread] = {}
        self.lock = threading.Lock()
        self.lost = 0                                      # shards lost (and reopened) so far
        self.lost_in_search: set[int] = set()
        live = self._live_workers()
        if not live:
            from .cluster import ClusterError
            raise ClusterError("the Dask scheduler has no workers; start some with "
                               "'dask worker ADDRESS --nworkers N'")
        for number in range(len(self.paths)):
            self._open(number, live[number % len(live)])

    @property
    def count(self) -> int:
        return len(self.paths)

    def _live_workers(self) -> list[str]:
        return sorted(self.client.scheduler_info(n_workers=-1)["workers"])

    def _open(self, number: int, worker: str) -> None:
        future = self.client.submit(ShardHolder, self.paths[number], self.root, actor=True,
                                    workers=[worker], allow_other_workers=False, pure=False,
                                    key=f"quotesearch-shard-{number}-{uuid.uuid4().hex[:8]}")
        actor = future.result(timeout=OPEN_SECONDS)
        with self.lock:
            self.futures[number], self.actors[number], self.workers[number] = future, actor, worker
            self.without_registry.add(number)

    def _reopen(self, number: int, dead: Optional[str]) -> None:
        """Open shard ``number`` again on the live worker holding fewest shards."""
        try:
            live = [w for w in self._live_workers() if w != dead] or self._live_workers()
            if not live:
                return
            held = {w: sum(1 for x in self.workers if x == w) for w in live}
            self._open(number, min(live, key=lambda w: (held[w], w)))
        except Exception:      # noqa: BLE001 - tried again when the shard is next needed
            pass
        finally:
            with self.lock:
                self.reopening.pop(number, None)

    def _lose(self, number: int) -> None:
        with self.lock:
            self.lost_in_search.add(number)
            if self.actors[number] is None or number in self.reopening:
                return
            dead, self.actors[number], self.futures[number] = self.workers[number], None, None
            self.workers[number] = None
            self.lost += 1
            thread = threading.Thread(target=self._reopen, args=(number, dead), daemon=True,
                                      name=f"reopen-shard-{number}")
            self.reopening[number] = thread
        thread.start()

    def _ready(self) -> None:
        """Shards being reopened are waited for briefly; shards lost and not
        being reopened (no worker was free) are tried again."""
        with self.lock:
            waiting = list(self.reopening.values())
            missing = [n for n, actor in enumerate(self.actors)
                       if actor is None and n not in self.reopening]
        for thread in waiting:
            thread.join(timeout=OPEN_SECONDS)
        for number in missing:
            self._reopen(number, None)

    def begin(self) -> None:
        """A search starts: shards lost before are back (or tried again)."""
        self._ready()
        self.lost_in_search = set()

    def call(self, method: str, *args) -> list:
        """``method(*args)`` on every shard's actor, all at once: its answer, or
        None for a shard whose worker did not answer (the shard is then reopened)."""
        # a shard lost during a search stays out of the rest of it, even once
        # reopened: every figure of one page comes from the same shards
        asked = [n for n, actor in enumerate(self.actors)
                 if actor is not None and n not in self.lost_in_search]
        outcomes = dict(zip(asked, self._ask(asked, method, args)))
        answers = []
        for number in range(len(self.actors)):
            if number not in outcomes:
                answers.append(None)
                continue
            answered, value = outcomes[number]
            if answered:
                answers.append(value)
                continue
            if isinstance(value, (QueryTooBroad, SearchError)):
                raise value            # the search's own answer, as in one index
            # a dead worker, a lost actor, or too slow
            answers.append(None)
            if method != "part" or number not in self.without_registry:
                self._lose(number)
        if method == "use_registry":
            for number in asked:
                if self.actors[number] is not None and outcomes[number][0]:
                    self.without_registry.discard(number)
        return answers

    def call_one(self, number: int, method: str, *args):
        if self.actors[number] is None:
            raise LookupError(f"shard {number} is not open")
        [(answered, value)] = self._ask([number], method, args)
        if not answered:
            raise value
        if method == "use_registry":
            self.without_registry.discard(number)
        return value

    def _ask(self, numbers: list[int], method: str, args: tuple) -> list[tuple[bool, object]]:
        """(answered, answer or exception) of ``method(*args)`` on each of the shards ``numbers``, asked
        straight to the workers holding the actors, every worker at once and one
        message per worker (`ShardHolder.on_shards`): an actor's method run by
        its worker's ``actor_execute``, as `distributed.Actor` does when the
        client talks to workers directly, without a hop through the scheduler
        and without a future per call."""
        outcomes: list = [(False, LookupError("the shard's worker is gone"))] * len(numbers)
        by_worker: dict[str, list[int]] = {}
        for at, number in enumerate(numbers):
            future = self.futures[number]
            if future is not None and future.status in ("finished", "pending"):
                by_worker.setdefault(self.workers[number], []).append(at)

        async def one(worker: str, ats: list[int]):
            keys = [self.futures[numbers[at]].key for at in ats]
            try:
                reply = await asyncio.wait_for(self.client.rpc(worker).actor_execute(
                    function="on_shards", actor=keys[0],
                    args=[to_serialize(keys), to_serialize(method), to_serialize(args)], kwargs={}),
                    self.call_seconds)
                if reply.get("status") != "OK":
                    raise reply.get("exception") or RuntimeError(str(reply))
                for at, answer in zip(ats, reply["result"]):
                    outcomes[at] = answer
            except Exception as error:      # noqa: BLE001 - unreachable, closed, or too slow
                for at in ats:
                    outcomes[at] = (False, error)

        async def every():
            await asyncio.gather(*(one(worker, ats) for worker, ats in by_worker.items()))
        self.client.sync(every)
        return outcomes

    def lost_registry(self, number: int) -> bool:
        return self.actors[number] is not None and number in self.without_registry \
            and number not in self.lost_in_search

    def placement(self) -> dict[int, Optional[str]]:
        """Which worker holds each shard."""
        return dict(enumerate(self.workers))


def attach_cluster(index, client, call_seconds: float = CALL_SECONDS) -> FanoutSearch:
    """Searches of the sharded ``index`` fan out to actors on ``client``'s workers."""
    index.fanout = FanoutSearch(ClusterShards(client, index, call_seconds), index.path,
                                fallback=index)
    return index.fanout
