"""The spool: writes Elasticsearch did not take within the outage window, kept on disk until it does.

``<state_dir>/spool/*.jsonl``, one file per spooled batch, one record per line: a bulk action of
indexer/bulk.py (``index`` of an article, ``update`` of fields) or ``{"op": "regroup", "index": alias,
"ids": [...]}``, articles whose repost verdicts are still to be worked out (``ids: null``: all). A file is
written to a temporary name, flushed to disk and renamed, so a crash leaves either the whole batch or
nothing, never half a line.

``replay`` sends the files oldest first, each once: a file is removed when all it holds is written
(or refused for good, which is reported), rewritten with what is left when Elasticsearch fails again.
A spooled article older than the copy the index now holds (``crawled_at``) is not written back over it.
One replay at a time per spool (a lock file), so a crawl and `yilian index replay` never race.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch

from indexer.bulk import Action, bulk_once, is_retryable

Record = dict[str, Any]
Regroup = Callable[[str, list[str] | None], dict[str, int]]  # (alias, ids) -> counts; raises when ES fails


def regroup_record(index: str, ids: list[str] | None) -> Record:
    return {"op": "regroup", "index": index, "ids": ids}


class Spool:
    def __init__(self, directory: Path):
        self.directory = Path(directory)

    def put(self, records: list[Record]) -> Path | None:
        """Write ``records`` durably as one new file; returns its path (None for nothing to write)."""
        if not records:
            return None
        self.directory.mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns():020d}-{os.getpid()}-{uuid.uuid4().hex[:8]}.jsonl"  # sorts oldest first
        self._write(self.directory / name, records)
        return self.directory / name

    def _write(self, path: Path, records: list[Record]) -> None:
        temporary = path.with_suffix(".tmp")
        with open(temporary, "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
        directory = os.open(self.directory, os.O_RDONLY)
        try:
            os.fsync(directory)  # the rename itself must survive a power cut
        finally:
            os.close(directory)

    def files(self) -> list[Path]:
        return sorted(self.directory.glob("*.jsonl")) if self.directory.is_dir() else []

    @staticmethod
    def read(path: Path) -> list[Record]:
        with open(path, encoding="utf-8") as lines:
            return [json.loads(line) for line in lines if line.strip()]

    def keep(self, path: Path, records: list[Record]) -> None:
        """What of ``path`` is still to send: rewritten in place, or the file removed when nothing is."""
        if records:
            self._write(path, records)
        else:
            path.unlink(missing_ok=True)

    def pending(self) -> dict[str, Any]:
        """What waits: articles (index actions), other updates, regroup requests, per source, oldest file."""
        counts: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        aliases: set[str] = set()
        files = self.files()
        for path in files:
            try:
                records = self.read(path)
            except (OSError, json.JSONDecodeError):
                continue  # replayed and removed meanwhile
            for record in records:
                counts[record["op"]] += 1
                aliases.add(record["index"])
                if record["op"] == "index":
                    sources[record["doc"].get("source_id") or "unknown"] += 1
        oldest = files[0].name.split("-", 1)[0] if files else None
        return {
            "documents": counts["index"],
            "updates": counts["update"],
            "regroups": counts["regroup"],
            "files": len(files),
            "oldest": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(oldest) / 1e9)) if oldest else None,
            "per_source": dict(sources),
            "aliases": sorted(aliases),
            "directory": str(self.directory),
        }

    @contextmanager
    def lock(self) -> Iterator[bool]:
        """True when this process holds the spool's replay lock (never waits for it)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        with open(self.directory / ".replay.lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


@dataclass
class ReplayStats:
    written: int = 0  # articles and updates now in the index
    regrouped: int = 0  # regroup requests done
    stale: int = 0  # spooled articles the index already holds a newer copy of
    errors: list[dict[str, Any]] = field(default_factory=list)  # refused for good
    cleared: int = 0  # spooled articles no longer waiting (written, refused for good, or stale)
    done: bool = True  # False: Elasticsearch failed again (or another replay runs); the rest stays
    error: str | None = None


def _newer_in_index(client: Elasticsearch, actions: list[Action]) -> set[str]:
    """Ids whose stored copy was crawled after the spooled one (do not overwrite news with old news)."""
    stale: set[str] = set()
    by_index: dict[str, list[Action]] = {}
    for action in actions:
        if action["op"] == "index" and action["doc"].get("crawled_at"):
            by_index.setdefault(action["index"], []).append(action)
    for index, group in by_index.items():
        found = client.options(max_retries=0).mget(index=index, ids=[a["id"] for a in group], source=["crawled_at"])
        stored = {doc["_id"]: doc["_source"].get("crawled_at") for doc in found["docs"] if doc.get("found")}
        stale |= {a["id"] for a in group if (stored.get(a["id"]) or "") > a["doc"]["crawled_at"]}
    return stale


def _replay_file(client: Elasticsearch, spool: Spool, path: Path, regroup: Regroup | None, stats: ReplayStats) -> bool:
    records = spool.read(path)
    actions = [r for r in records if r["op"] != "regroup"]
    regroups = [r for r in records if r["op"] == "regroup"]
    try:
        stale = _newer_in_index(client, actions)
    except Exception as exc:  # noqa: BLE001 - classified below
        if not is_retryable(exc):
            raise
        stats.error = f"{type(exc).__name__}: {exc}"
        return False
    stats.stale += len(stale)
    attempt = bulk_once(client, [a for a in actions if a["id"] not in stale])
    stats.written += len(attempt.written)
    stats.errors += attempt.failed
    # the written articles' verdicts are worked out as well, through the same records
    todo = [*regroups, *(regroup_record(index, ids) for index, ids in _ids_by_index(attempt.written).items())]
    if regroup is not None and not attempt.retry:
        while todo:
            try:
                regroup(todo[0]["index"], todo[0]["ids"])
            except Exception as exc:  # noqa: BLE001 - classified here
                if not is_retryable(exc):
                    raise
                stats.error = f"{type(exc).__name__}: {exc}"
                break
            stats.regrouped += 1
            todo.pop(0)
    left = [*attempt.retry, *todo] if regroup is not None else [*attempt.retry, *regroups]
    spool.keep(path, left)
    stats.cleared += _articles(actions) - _articles(left)
    if attempt.retry or (regroup is not None and todo):
        stats.error = stats.error or attempt.error
        return False
    return True


def _articles(records: list[Record]) -> int:
    return sum(1 for record in records if record["op"] == "index")


def _ids_by_index(actions: list[Action]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for action in actions:
        if action["op"] == "index":
            out.setdefault(action["index"], []).append(action["id"])
    return out


def replay(client: Elasticsearch, spool: Spool, regroup: Regroup | None) -> ReplayStats:
    """Send every spooled file once, oldest first; stop at the first that Elasticsearch fails again.

    ``regroup`` works out repost verdicts for written articles and spooled regroup requests (None
    leaves regroup requests in the spool).
    """
    stats = ReplayStats()
    with spool.lock() as mine:
        if not mine:
            stats.done, stats.error = False, "another process is replaying this spool"
            return stats
        for path in spool.files():
            if not path.exists():
                continue
            if not _replay_file(client, spool, path, regroup, stats):
                stats.done = False
                break
    return stats
