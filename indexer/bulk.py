"""Bulk writes: every write is acknowledged, reported with its reason, or kept to be sent again.

An *action* is a plain JSON-able dict, the same in a bulk request and in the spool (indexer/spool.py):
``{"op": "index", "index": alias, "id": id, "doc": {...}}`` (create or overwrite by id) or
``{"op": "update", "index": alias, "id": id, "doc": {fields}}`` (a partial update: repost verdicts).

What Elasticsearch could not take *now* (refused or timed-out connections, 429 rejections and write
blocks, 5xx) is retried with exponential backoff while the outage lasts less than the outage window
(``YILIAN_INDEX_OUTAGE_WINDOW``, 10 minutes by default); what it will never take (a mapping error, a
bad date, a missing alias) is reported at once with Elasticsearch's reason.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError

from yilian.settings import get_settings

log = logging.getLogger(__name__)
ERROR_SAMPLES = 5
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
Action = dict[str, Any]


class IndexUnavailable(RuntimeError):
    """Elasticsearch did not take writes within the outage window (running the job again finishes it)."""


def is_retryable(exc: BaseException) -> bool:
    """An error that says "not now" rather than "never": unreachable, overloaded, blocked for writes."""
    if isinstance(exc, (TransportError, IndexUnavailable)):
        return True
    if isinstance(exc, ApiError):
        return exc.status_code in RETRYABLE_STATUS or (exc.status_code == 403 and exc.error == "cluster_block_exception")
    return False


def _retryable_item(result: dict[str, Any]) -> bool:
    """429 and 5xx, and a write block (403 cluster_block_exception: disk watermark, or a reindex draining writers)."""
    status = result.get("status")
    error = result.get("error")
    blocked = isinstance(error, dict) and error.get("type") == "cluster_block_exception"
    return status in RETRYABLE_STATUS or (status == 403 and blocked)


def _reason(error: Any) -> str:
    if isinstance(error, dict):
        return f"{error.get('type')}: {error.get('reason')}"
    return str(error) if error else "unknown"


def index_action(doc: dict[str, Any], index: str) -> Action:
    return {"op": "index", "index": index, "id": doc.get("id"), "doc": doc}


def update_action(doc_id: str, fields: dict[str, Any], index: str) -> Action:
    return {"op": "update", "index": index, "id": doc_id, "doc": fields}


def _operations(actions: list[Action], require_alias: bool) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for action in actions:
        meta = {"_index": action["index"], "_id": action["id"]}
        if require_alias:
            meta["require_alias"] = True
        if action["op"] == "index":
            lines += [{"index": meta}, action["doc"]]
        else:
            lines += [{"update": meta}, {"doc": action["doc"]}]
    return lines


def keep_first_seen(client: Elasticsearch, actions: list[Action]) -> list[Action]:
    """A page written again keeps the time the index first saw it (``first_seen_at``): alerts send only
    announcements first seen after a search was saved, and a re-crawl or replay must not make old news new."""
    writes: dict[str, list[Action]] = {}
    for action in actions:
        if action["op"] == "index" and action["doc"].get("first_seen_at"):
            writes.setdefault(action["index"], []).append(action)
    kept = {}
    for index, group in writes.items():
        try:
            found = client.options(max_retries=0).mget(index=index, ids=[a["id"] for a in group], source=["first_seen_at"])
        except NotFoundError:
            continue  # no index yet: everything is first seen now
        stored = {d["_id"]: d["_source"].get("first_seen_at") for d in found["docs"] if d.get("found") and d.get("_source")}
        for action in group:
            earlier = stored.get(action["id"])
            if earlier and earlier < action["doc"]["first_seen_at"]:
                kept[id(action)] = {**action, "doc": {**action["doc"], "first_seen_at": earlier}}
    return [kept.get(id(action), action) for action in actions]


@dataclass
class Attempt:
    """The outcome of sending actions: written, refused for good (with reasons), to be sent again."""

    written: list[Action] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    retry: list[Action] = field(default_factory=list)
    error: str | None = None  # why the last retryable failure happened

    def merge(self, other: "Attempt") -> None:
        self.written += other.written
        self.failed += other.failed
        self.retry = other.retry
        self.error = other.error or self.error


def bulk_once(client: Elasticsearch, actions: list[Action], *, require_alias: bool = True) -> Attempt:
    """One bulk request; nothing is retried here (the client's own retries are off)."""
    attempt = Attempt()
    ready = []
    for action in actions:
        if action.get("id"):
            ready.append(action)
        else:
            attempt.failed.append({"id": None, "status": None,
                                   "error": f"document has no id (url {action['doc'].get('url')!r})"})
    if not ready:
        return attempt
    try:
        ready = keep_first_seen(client, ready)
        response = client.options(max_retries=0).bulk(operations=_operations(ready, require_alias))
    except (ApiError, TransportError) as exc:
        if not is_retryable(exc):
            attempt.failed += [{"id": a["id"], "status": getattr(exc, "status_code", None), "error": str(exc)} for a in ready]
            return attempt
        attempt.retry, attempt.error = ready, f"{type(exc).__name__}: {exc}"
        return attempt
    for action, item in zip(ready, response["items"]):
        result = next(iter(item.values()))
        status = result.get("status", 500)
        if status < 300:
            attempt.written.append(action)
        elif _retryable_item(result):
            attempt.retry.append(action)
            attempt.error = f"{status} {_reason(result.get('error'))}"
        else:
            attempt.failed.append({"id": action["id"], "status": status, "error": _reason(result.get("error")),
                                   "source_id": action["doc"].get("source_id") if action["op"] == "index" else None})
    return attempt


@dataclass(frozen=True)
class RetryPolicy:
    """How long to keep trying while Elasticsearch is down or rejecting, and how often."""

    window: float  # seconds from the first failure after which the rest is given up (spooled or reported)
    initial_backoff: float = 1.0
    max_backoff: float = 30.0

    @classmethod
    def from_settings(cls) -> "RetryPolicy":
        return cls(window=get_settings().index_outage_window)

    def delay(self, tries: int) -> float:
        """Backoff before try number ``tries + 1``: 1, 2, 4, ... seconds, at most ``max_backoff``."""
        return min(self.initial_backoff * 2 ** max(tries - 1, 0), self.max_backoff)


def retry_until(
    policy: RetryPolicy,
    step: Callable[[], bool],
    *,
    started: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    what: str = "write",
) -> bool:
    """Call ``step`` (True: done) with backoff until it succeeds or the window since ``started`` ends."""
    started = clock() if started is None else started
    tries = 0
    while not step():
        tries += 1
        wait = policy.delay(tries)
        if clock() + wait > started + policy.window:
            return False
        log.warning("Elasticsearch did not take the %s (try %d); next try in %.0fs", what, tries, wait)
        sleep(wait)
    return True


def bulk_with_retry(
    client: Elasticsearch,
    actions: list[Action],
    policy: RetryPolicy,
    *,
    require_alias: bool = True,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Attempt:
    """Send until every action is written or refused for good, or the outage window has passed."""
    total = Attempt(retry=list(actions))

    def step() -> bool:
        total.merge(bulk_once(client, total.retry, require_alias=require_alias))
        return not total.retry

    retry_until(policy, step, sleep=sleep, clock=clock, what=f"{len(actions)} bulk actions")
    return total


@dataclass
class BulkStats:
    indexed: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def index_documents(
    client: Elasticsearch,
    docs: Iterable[dict[str, Any]],
    *,
    alias: str | None = None,
    refresh: bool = False,
    chunk_size: int = 500,
    policy: RetryPolicy | None = None,
    progress: Callable[[BulkStats], None] | None = None,
    require_alias: bool = True,
) -> BulkStats:
    """Index (create or overwrite by id) documents into ``alias`` (default Settings.index_alias).

    For one-shot jobs (reindex copy, rebuild, tests): what is still refused when the outage window
    ends is reported as an error. ``require_alias`` makes a missing alias a reported error instead of
    Elasticsearch silently auto-creating a concrete index of that name with guessed mappings (which
    would also block `yilian index setup`). Only copies into a new concrete index turn it off.
    """
    index = alias or get_settings().index_alias
    policy = policy or RetryPolicy.from_settings()
    stats = BulkStats()
    for chunk in _chunks(docs, chunk_size):
        attempt = bulk_with_retry(client, [index_action(doc, index) for doc in chunk], policy, require_alias=require_alias)
        stats.indexed += len(attempt.written)
        stats.errors += attempt.failed
        stats.errors += [{"id": a["id"], "status": None, "error": f"not taken within the outage window: {attempt.error}"}
                         for a in attempt.retry]
        if progress:
            progress(stats)
    if refresh:
        client.indices.refresh(index=index)
    if stats.errors:
        log.warning("bulk into %s: %d indexed, %d failed, e.g. %s", index, stats.indexed, stats.failed, stats.errors[0])
    return stats
