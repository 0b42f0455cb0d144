"""The crawl's writer: documents one at a time in, bulk batches out, nothing lost when Elasticsearch fails.

``add`` buffers documents and sends a batch every N documents or T seconds (checked on each add);
in background mode a worker thread sends, so the crawl keeps fetching and cleaning meanwhile.

When a write fails for a reason that passes (unreachable, 429, 5xx, write block), the batch's
unwritten part goes to the spool on disk at once and the writer enters an *outage*: later batches
go straight to the spool (no memory grows, a ``kill -9`` loses at most the unsent buffer), and the
worker replays the spool with backoff (1, 2, 4 ... 30 s) until Elasticsearch takes it, then goes
back to sending. Should the outage outlast the window (``YILIAN_INDEX_OUTAGE_WINDOW``), the writer
stops trying: the spool is replayed by the next crawl, or by `yilian index replay`. Repost verdicts
(``regroup``) follow the same path. ``close()`` waits for a running outage within its window.
"""

from __future__ import annotations

import logging
import queue
from collections import Counter
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from elasticsearch import Elasticsearch

from indexer.bulk import ERROR_SAMPLES, RetryPolicy, bulk_once, index_action, is_retryable, retry_until
from indexer.spool import Regroup, Spool, regroup_record, replay
from yilian.settings import get_settings

log = logging.getLogger(__name__)
_CLOSE = object()
MAX_QUEUED = 2  # batches waiting for the worker while Elasticsearch is slow but up (back-pressure)
HELD = 4  # batches' worth of documents ``add`` keeps while the queue is full before it waits (a producer that ignores room())


class BulkWriter:
    """Buffered, retrying, spooling writer for one-document-at-a-time producers (the crawl's pipeline)."""

    def __init__(
        self,
        client: Elasticsearch,
        *,
        alias: str | None = None,
        flush_every: int = 500,
        flush_seconds: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        background: bool = False,
        spool: Spool | None = None,
        policy: RetryPolicy | None = None,
        regroup: Regroup | None = None,
        prepare: Callable[[], Any] | None = None,
        on_progress: Callable[[dict[str, Any]], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client.options(max_retries=0)
        self.alias = alias or get_settings().index_alias
        self.flush_every = flush_every
        self.flush_seconds = flush_seconds
        self.clock = clock
        self.spool = spool
        self.policy = policy or RetryPolicy.from_settings()
        self.regroup = regroup  # called with (alias, ids) after each batch is written
        self.prepare = prepare  # e.g. ensure_index; run before the first write and again after an outage
        self.on_progress = on_progress
        self.sleep = sleep
        self.counts = {"indexed": 0, "spooled": 0, "replayed": 0, "verdict_batches": 0}
        self._pending = spool.pending()["documents"] if spool is not None else 0  # kept up to date, not re-read
        self.errors: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._prepared = prepare is None
        self._outage_since: float | None = None  # monotonic time of the first failure of the current outage
        self._gave_up = False
        self._last_error: str | None = None
        self._buffer: list[dict[str, Any]] = []
        self._waiters: list[Future] = []  # producers awaiting room in the queue
        self._last_flush = clock()
        self._queue: queue.Queue[Any] | None = None
        self._worker: threading.Thread | None = None
        if background:
            self._queue = queue.Queue(maxsize=MAX_QUEUED)
            self._worker = threading.Thread(target=self._run, name="yilian-bulk", daemon=True)
            self._worker.start()
        elif spool is not None:
            self._recover(first=True)

    # --- the producer's side -------------------------------------------------------------------

    def add(self, doc: dict[str, Any]) -> None:
        """Buffer ``doc``; a due batch is handed on without waiting when the worker's queue has room.
        A background producer that cannot wait here (the crawl's reactor) awaits ``room()`` instead."""
        self._buffer.append(doc)
        if len(self._buffer) < self.flush_every and self.clock() - self._last_flush < self.flush_seconds:
            return
        if self._backed_up() and len(self._buffer) < HELD * self.flush_every:
            return  # handed on by a later add, or by close(), once the worker took a batch
        self.flush()

    def room(self) -> Future | None:
        """None while the writer takes documents without waiting; else a future done when the worker has
        taken a queued batch. Awaiting it (``asyncio.wrap_future``) holds the producer while Elasticsearch
        is slow, without blocking its thread: that is the back-pressure that keeps memory bounded."""
        with self._lock:
            if len(self._buffer) < self.flush_every or not self._backed_up():
                return None
            waiter: Future = Future()
            self._waiters.append(waiter)
            return waiter

    def _backed_up(self) -> bool:
        """The worker's queue is full while Elasticsearch is up (slow): a due batch is held, not handed on."""
        return self._queue is not None and self._outage_since is None and self._queue.full()

    def flush(self) -> None:
        """Hand the buffer on: to the worker (waiting for room in its queue), sent here when not in
        background, spooled in an outage."""
        batch, self._buffer = self._buffer, []
        self._last_flush = self.clock()
        if not batch:
            return
        if self._queue is None:
            self._send(batch)
            return
        while True:  # wait while MAX_QUEUED batches are queued (Elasticsearch slow, not down), spool in an outage
            if self._outage_since is not None and self.spool is not None:
                self._to_spool([index_action(doc, self.alias) for doc in batch])
                return
            try:
                self._queue.put(batch, timeout=0.2)
                return
            except queue.Full:
                continue

    def close(self) -> dict[str, Any]:
        """Send the rest, wait for a running outage (within its window), refresh; returns the summary."""
        self.flush()
        if self._worker is not None:
            self._queue.put(_CLOSE)
            self._worker.join()
        if self.spool is not None and not self._gave_up and self.spool.files():
            self._recover(first=True)  # spooled by the producer just as an outage ended
        if self.spool is not None:
            with self._lock:
                self._pending = self.spool.pending()["documents"]  # exact, whoever else replayed meanwhile
        if self._outage_since is None:
            try:
                self.client.indices.refresh(index=self.alias)
            except Exception as exc:  # noqa: BLE001 - only searchability waits on it
                log.warning("refresh of %s failed: %s", self.alias, exc)
        return self.summary()

    def summary(self) -> dict[str, Any]:
        with self._lock:
            out = {**self.counts, "errors": len(self.errors), "error_samples": self.errors[:ERROR_SAMPLES],
                   "errors_by_source": dict(Counter(e["source_id"] for e in self.errors if e.get("source_id")))}
            out["pending"] = self._pending
        out["outage"] = self._outage_since is not None
        if self._last_error and out["outage"]:
            out["last_error"] = self._last_error
        return out

    # --- the worker's side ---------------------------------------------------------------------

    def _run(self) -> None:
        try:
            if self.spool is not None:
                self._recover(first=True)  # the index set up, and the last run's leftovers sent before this run's
            while (batch := self._take()) is not _CLOSE:
                if self._outage_since is not None and self.spool is not None:
                    self._to_spool([index_action(doc, self.alias) for doc in batch])  # queued before the outage
                    continue
                self._send(batch)
        except Exception as exc:  # noqa: BLE001 - e.g. the alias is a concrete index: say so, keep every document
            log.exception("the index writer stopped: %s", exc)
            self._stopped(exc)

    def _stopped(self, exc: Exception) -> None:
        """The worker cannot go on: report why once, and keep the producer unblocked, spooling the rest."""
        with self._lock:
            self.errors.append({"id": None, "status": None, "error": f"index writer stopped: {exc}"})
        self._gave_up = True
        self._outage_since = self._outage_since or self.clock()
        while (batch := self._take()) is not _CLOSE:
            if self.spool is not None:
                self._to_spool([index_action(doc, self.alias) for doc in batch])
            else:
                with self._lock:
                    self.errors += [{"id": doc.get("id"), "status": None, "error": f"not sent: {exc}"} for doc in batch]

    def _take(self) -> Any:
        """The next queued batch; producers awaiting room are told there is some."""
        batch = self._queue.get()
        with self._lock:
            waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            waiter.set_result(None)
        return batch

    def _send(self, batch: list[dict[str, Any]]) -> None:
        actions = [index_action(doc, self.alias) for doc in batch]
        try:
            self._ensure_prepared()
        except Exception as exc:  # noqa: BLE001 - classified
            if not is_retryable(exc):
                raise
            self._fail(actions, f"{type(exc).__name__}: {exc}")
            return
        attempt = bulk_once(self.client, actions)
        with self._lock:
            self.counts["indexed"] += len(attempt.written)
            self.errors += attempt.failed
        written = [a["id"] for a in attempt.written]
        if written:
            self._regroup(written)
        if attempt.retry:
            self._fail(attempt.retry, attempt.error)
        self._progress()

    def _regroup(self, ids: list[str]) -> None:
        if self.regroup is None:
            return
        try:
            self.regroup(self.alias, ids)
            with self._lock:
                self.counts["verdict_batches"] += 1
        except Exception as exc:  # noqa: BLE001 - classified
            if not is_retryable(exc):
                log.error("repost grouping failed for good: %s", exc)
                with self._lock:
                    self.errors.append({"id": None, "status": None, "error": f"repost grouping: {exc}"})
                return
            self._fail([regroup_record(self.alias, ids)], f"{type(exc).__name__}: {exc}")

    def _fail(self, records: list[dict[str, Any]], error: str | None) -> None:
        """Elasticsearch did not take ``records`` now: spool them (or, without a spool, retry here)."""
        self._last_error = error
        if self.spool is None:
            self._retry_without_spool(records)
            return
        self._to_spool(records)
        if self._outage_since is None:
            log.warning("Elasticsearch is not taking writes (%s); spooling to %s and retrying for up to %.0fs",
                        error, self.spool.directory, self.policy.window)
            self._outage_since = self.clock()
        self._recover()

    def _to_spool(self, records: list[dict[str, Any]]) -> None:
        self.spool.put(records)
        articles = sum(1 for r in records if r["op"] == "index")
        with self._lock:
            self.counts["spooled"] += articles
            self._pending += articles

    def _recover(self, first: bool = False) -> None:
        """Replay the spool with backoff until it is empty or the outage window has passed."""
        if self._gave_up:
            return
        if first:
            self._outage_since = self.clock()

        def step() -> bool:
            try:
                self._ensure_prepared()
            except Exception as exc:  # noqa: BLE001 - classified
                if not is_retryable(exc):
                    raise
                self._last_error = f"{type(exc).__name__}: {exc}"
                return False
            result = replay(self.client, self.spool, self.regroup)
            with self._lock:
                self.counts["replayed"] += result.written
                self.counts["indexed"] += result.written
                self.errors += result.errors
                self._pending -= result.cleared
            self._last_error = result.error or self._last_error
            self._progress()
            return result.done

        if retry_until(self.policy, step, started=self._outage_since, sleep=self.sleep, clock=self.clock,
                       what="spooled writes"):
            if not first:
                log.warning("Elasticsearch takes writes again; the spool is replayed")
            self._outage_since = None
            step()  # what the producer spooled while the last pass ran
        else:
            self._gave_up = True
            log.error("Elasticsearch did not take writes within %.0fs (%s): %d documents stay in %s for the next "
                      "crawl or `yilian index replay`", self.policy.window, self._last_error,
                      self._pending, self.spool.directory)
        self._progress()

    def _retry_without_spool(self, records: list[dict[str, Any]]) -> None:
        """No spool (one-off use): retry in place through the window, then report what is left as errors."""
        actions = [r for r in records if r["op"] != "regroup"]
        pending = {"left": actions}

        def step() -> bool:
            attempt = bulk_once(self.client, pending["left"])
            with self._lock:
                self.counts["indexed"] += len(attempt.written)
                self.errors += attempt.failed
            pending["left"] = attempt.retry
            return not attempt.retry

        if not retry_until(self.policy, step, sleep=self.sleep, clock=self.clock):
            with self._lock:
                self.errors += [{"id": a["id"], "status": None, "error": f"not taken: {self._last_error}"}
                                for a in pending["left"]]

    def _ensure_prepared(self) -> None:
        if not self._prepared:
            self.prepare()
            self._prepared = True

    def _progress(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.summary())

    def __enter__(self) -> "BulkWriter":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
