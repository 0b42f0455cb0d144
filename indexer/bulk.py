"""Bulk writes: every document is either indexed or reported back with its reason, never silently dropped.

``index_documents`` streams any iterable through ``helpers.streaming_bulk`` (rejections with 429
are retried with exponential backoff by the helper; other item failures are collected).
``BulkWriter`` buffers single documents for a Scrapy item pipeline and flushes every N documents
or, checked on each ``add``, every T seconds; ``close()`` flushes the rest and refreshes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from elastic_transport import TransportError
from elasticsearch import Elasticsearch
from elasticsearch.helpers import streaming_bulk

from yilian.settings import get_settings

log = logging.getLogger(__name__)
ERROR_SAMPLES = 5


@dataclass
class BulkStats:
    indexed: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def add(self, other: "BulkStats") -> None:
        self.indexed += other.indexed
        self.errors.extend(other.errors)

    def summary(self) -> dict[str, Any]:
        return {"indexed": self.indexed, "errors": self.failed, "error_samples": self.errors[:ERROR_SAMPLES]}


def _item_error(item: dict[str, Any]) -> dict[str, Any]:
    """Flatten one failed bulk item: which document, the HTTP status, and Elasticsearch's reason."""
    result = next(iter(item.values()))
    error = result.get("error")
    reason = error if isinstance(error, str) else f"{error.get('type')}: {error.get('reason')}" if error else "unknown"
    return {"id": result.get("_id"), "status": result.get("status"), "error": reason}


def _actions(docs: Iterable[dict[str, Any]], index: str, stats: BulkStats) -> Iterator[dict[str, Any]]:
    for doc in docs:
        doc_id = doc.get("id")
        if not doc_id:
            stats.errors.append({"id": None, "status": None, "error": f"document has no id (url {doc.get('url')!r})"})
            continue
        yield {"_op_type": "index", "_index": index, "_id": doc_id, "_source": doc}


def index_documents(
    client: Elasticsearch,
    docs: Iterable[dict[str, Any]],
    *,
    alias: str | None = None,
    refresh: bool = False,
    chunk_size: int = 500,
    max_retries: int = 5,
    initial_backoff: float = 1.0,
    progress: Callable[[BulkStats], None] | None = None,
    require_alias: bool = True,
) -> BulkStats:
    """Index (create or overwrite by id) documents into ``alias`` (default Settings.index_alias).

    ``require_alias`` makes a missing alias a reported error instead of Elasticsearch silently
    auto-creating a concrete index of that name with guessed mappings (which would also block
    `yilian index setup`). Only the reindex copy writes to a concrete index and turns it off.
    """
    index = alias or get_settings().index_alias
    stats = BulkStats()
    results = streaming_bulk(
        client,
        _actions(docs, index, stats),
        chunk_size=chunk_size,
        max_retries=max_retries,
        initial_backoff=initial_backoff,
        raise_on_error=False,
        raise_on_exception=False,
        require_alias=require_alias,
    )
    for done, (ok, item) in enumerate(results, start=1):
        if ok:
            stats.indexed += 1
        else:
            stats.errors.append(_item_error(item))
        if progress and done % chunk_size == 0:
            progress(stats)
    if refresh:
        client.indices.refresh(index=index)
    if progress:
        progress(stats)
    if stats.errors:
        log.warning("bulk into %s: %d indexed, %d failed, e.g. %s", index, stats.indexed, stats.failed, stats.errors[0])
    return stats


class BulkWriter:
    """Buffered writer for one-document-at-a-time producers (the crawler's item pipeline)."""

    def __init__(
        self,
        client: Elasticsearch,
        *,
        alias: str | None = None,
        flush_every: int = 500,
        flush_seconds: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        background: bool = False,
        after_batch: Callable[[list[str]], None] | None = None,
    ) -> None:
        self.client = client
        self.alias = alias or get_settings().index_alias
        self.flush_every = flush_every
        self.flush_seconds = flush_seconds
        self.clock = clock
        self.stats = BulkStats()
        self._buffer: list[dict[str, Any]] = []
        self._last_flush = clock()
        # In the background a crawl keeps fetching and cleaning while Elasticsearch indexes the last
        # batch; one batch in flight at a time bounds memory and keeps errors in order.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="yilian-bulk") if background else None
        self._pending: Future[BulkStats] | None = None
        self.after_batch = after_batch  # called with the ids a batch wrote (in the writer thread when background)

    def add(self, doc: dict[str, Any]) -> None:
        self._buffer.append(doc)
        if len(self._buffer) >= self.flush_every or self.clock() - self._last_flush >= self.flush_seconds:
            self.flush()

    def flush(self) -> BulkStats:
        """Send the buffer; if the cluster cannot be reached, every buffered document is reported failed.

        In background mode the batch is handed to the writer thread and an empty BulkStats comes
        back at once; the outcome is counted in ``self.stats`` (complete after ``close()``).
        """
        batch, self._buffer = self._buffer, []
        self._last_flush = self.clock()
        if not batch:
            return BulkStats()
        if self._executor is None:
            return self._send(batch)
        self._wait()
        self._pending = self._executor.submit(self._send, batch)
        return BulkStats()

    def _send(self, batch: list[dict[str, Any]]) -> BulkStats:
        try:
            result = index_documents(self.client, batch, alias=self.alias, chunk_size=self.flush_every)
        except TransportError as exc:
            log.error("bulk into %s failed for %d documents: %s", self.alias, len(batch), exc)
            result = BulkStats(errors=[{"id": doc.get("id"), "status": None, "error": f"transport: {exc}"} for doc in batch])
        self.stats.add(result)
        if self.after_batch is not None:
            failed = {error["id"] for error in result.errors}
            written = [doc["id"] for doc in batch if doc.get("id") not in failed]
            if written:
                self.after_batch(written)
        return result

    def _wait(self) -> None:
        if self._pending is not None:
            self._pending.result()
            self._pending = None

    def close(self) -> dict[str, Any]:
        """Flush the rest and refresh so what was written is searchable now; returns the summary."""
        self.flush()
        self._wait()
        if self._executor is not None:
            self._executor.shutdown()
        try:
            self.client.indices.refresh(index=self.alias)
        except TransportError as exc:
            log.warning("refresh of %s failed: %s", self.alias, exc)
        return self.stats.summary()

    def __enter__(self) -> "BulkWriter":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
