"""What crawls remember between runs and across a crash, in one SQLite file (`<state_dir>/crawl.sqlite`).

- ``pages``: per URL its validators (ETag, Last-Modified), the fingerprint of the content last indexed,
  when it was last fetched and last changed. The next crawl sends conditional requests, skips articles
  fetched within their source's re-check window and stops paging at a list page of known articles.
- ``runs`` + ``frontier``: every request a crawl decided to make stays pending until its page is done
  (a list page parsed and its links recorded, an article indexed or found unchanged), so the same
  command after ``kill -9`` resumes the run: pending requests again, done ones never twice.
- ``source_runs``: per source and run, the figures health is computed from.

SQLite in WAL mode: a killed process loses nothing committed, readers (the API, `yilian status`)
never block the crawl, and several crawl processes can share the file.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
  url TEXT PRIMARY KEY, source_id TEXT NOT NULL, kind TEXT NOT NULL, etag TEXT, last_modified TEXT,
  fingerprint TEXT, title TEXT, first_seen TEXT NOT NULL, last_fetched TEXT, last_changed TEXT
);
CREATE INDEX IF NOT EXISTS pages_source ON pages (source_id, kind);
CREATE TABLE IF NOT EXISTS sources_state (source_id TEXT PRIMARY KEY, walked_to_end INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS runs (
  run_id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, sources TEXT NOT NULL, pid INTEGER,
  started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL, resumes INTEGER NOT NULL DEFAULT 0,
  archive TEXT, summary TEXT
);
CREATE INDEX IF NOT EXISTS runs_key ON runs (key, status);
CREATE TABLE IF NOT EXISTS frontier (
  run_id INTEGER NOT NULL, url TEXT NOT NULL, source_id TEXT NOT NULL, kind TEXT NOT NULL,
  title TEXT, done INTEGER NOT NULL DEFAULT 0, doc_id TEXT, PRIMARY KEY (run_id, url)
);
CREATE INDEX IF NOT EXISTS frontier_doc ON frontier (run_id, doc_id);
CREATE TABLE IF NOT EXISTS source_runs (
  run_id INTEGER NOT NULL, source_id TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
  outcome TEXT NOT NULL, figures TEXT NOT NULL, PRIMARY KEY (run_id, source_id)
);
CREATE INDEX IF NOT EXISTS source_runs_source ON source_runs (source_id, finished_at);
"""


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_fingerprint(*parts: str | None) -> str:
    """What decides whether an article changed: its cleaned fields, not its bytes (view counters and
    'current time' widgets change the bytes on every fetch)."""
    digest = hashlib.sha1()
    for part in parts:
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Known:
    """What the last crawls left about one URL."""

    etag: str | None
    last_modified: str | None
    fingerprint: str | None
    title: str | None
    last_fetched: datetime | None


@dataclass(frozen=True, slots=True)
class Entry:
    """One request of a crawl: a list page or an article of a source."""

    url: str
    source_id: str
    kind: str  # "list" | "article"
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Run:
    run_id: int
    resumed: bool
    archive: str | None  # the WARC file of the run (a resumed run appends to it)
    pending: tuple[Entry, ...]  # requests a killed run had decided on and not finished
    done: frozenset[str]  # URLs the run already finished


class Busy(RuntimeError):
    """Another live process holds the lock (the same crawl, or a crawl of the same source)."""


class Lock:
    """An exclusive advisory lock on a file, released by the kernel when the process dies (even by kill -9)."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            raise Busy(str(path)) from None
        os.ftruncate(self._fd, 0)
        os.write(self._fd, str(os.getpid()).encode())

    def release(self) -> None:
        if self._fd >= 0:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = -1


def is_locked(path: Path) -> bool:
    """Whether a live process holds the lock at ``path`` (without taking it for long)."""
    try:
        Lock(path).release()
    except Busy:
        return True
    return False


def source_lock_path(state_dir: Path, source_id: str) -> Path:
    return state_dir / "locks" / f"source-{source_id}.lock"


@dataclass(frozen=True)
class Fetched:
    """A page handled with a 200 answer, as the ``pages`` table keeps it."""

    url: str
    source_id: str
    kind: str
    etag: str | None
    last_modified: str | None
    fingerprint: str | None
    title: str | None
    changed: bool


def _upsert_pages(db: sqlite3.Connection, pages: list[Fetched]) -> None:
    stamp = now_iso()
    db.executemany(
        "INSERT INTO pages (url, source_id, kind, etag, last_modified, fingerprint, title, first_seen, "
        "last_fetched, last_changed) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET "
        "etag=excluded.etag, last_modified=excluded.last_modified, "
        "fingerprint=COALESCE(excluded.fingerprint, fingerprint), title=COALESCE(excluded.title, title), "
        "last_fetched=excluded.last_fetched, "
        "last_changed=CASE WHEN ? THEN excluded.last_changed ELSE last_changed END",
        [(p.url, p.source_id, p.kind, p.etag, p.last_modified, p.fingerprint, p.title, stamp, stamp, stamp, p.changed)
         for p in pages],
    )


class CrawlState:
    """The store. Thread-safe: the bulk writer's thread reports indexed documents through it."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.Lock()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    @classmethod
    def open(cls, state_dir: Path) -> "CrawlState":
        return cls(state_dir / "crawl.sqlite")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _query(self, sql: str, args: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    # ---- runs and the frontier ----------------------------------------------------------------

    def begin(self, key: str, sources: list[str], archive: str | None = None) -> Run:
        """Start a run, or resume the newest unfinished run with the same key: killed (still 'running';
        the caller holds the sources' locks, so its process is gone) or stopped ('interrupted')."""
        with self._tx() as db:
            row = db.execute("SELECT run_id, archive FROM runs WHERE key=? AND status IN ('running', 'interrupted') "
                             "ORDER BY run_id DESC LIMIT 1", (key,)).fetchone()
            if row is not None:
                db.execute("UPDATE runs SET pid=?, status='running', resumes=resumes+1 WHERE run_id=?",
                           (os.getpid(), row["run_id"]))
                run_id, archive = row["run_id"], row["archive"] or archive
                frontier = db.execute("SELECT url, source_id, kind, title, done FROM frontier WHERE run_id=? "
                                      "ORDER BY rowid", (run_id,)).fetchall()
                if not frontier:  # stopped before it planned a request (e.g. a pipeline failed to open)
                    return Run(run_id, False, archive, (), frozenset())
                return Run(run_id, True, archive,
                           tuple(Entry(r["url"], r["source_id"], r["kind"], r["title"]) for r in frontier if not r["done"]),
                           frozenset(r["url"] for r in frontier if r["done"]))
            cur = db.execute("INSERT INTO runs (key, sources, pid, started_at, status, archive) VALUES (?,?,?,?,?,?)",
                             (key, json.dumps(sorted(sources)), os.getpid(), now_iso(), "running", archive))
            return Run(cur.lastrowid, False, archive, (), frozenset())

    def finish(self, run_id: int, status: str, summary: dict[str, Any]) -> None:
        with self._tx() as db:
            db.execute("UPDATE runs SET status=?, finished_at=?, summary=? WHERE run_id=?",
                       (status, now_iso(), json.dumps(summary, ensure_ascii=False), run_id))
            db.execute("DELETE FROM frontier WHERE run_id=?", (run_id,))

    def interrupt(self, run_id: int, summary: dict[str, Any]) -> None:
        """A crawl stopped on request (Ctrl-C, SIGTERM): its frontier stays, so the same command resumes it."""
        with self._tx() as db:
            db.execute("UPDATE runs SET status='interrupted', summary=? WHERE run_id=?",
                       (json.dumps(summary, ensure_ascii=False), run_id))

    def add(self, run_id: int, entries: Iterable[Entry], done_url: str | None = None,
            pages: Iterable[Fetched] = ()) -> None:
        """Record requests decided on; with ``done_url``, in the same transaction mark the page that
        yielded them done (a list page is finished only once its links are safe). ``pages`` (that list
        page's validators) go into the ``pages`` table in the same transaction: one commit per list page."""
        with self._tx() as db:
            if pages := list(pages):
                _upsert_pages(db, pages)
            db.executemany("INSERT OR IGNORE INTO frontier (run_id, url, source_id, kind, title) VALUES (?,?,?,?,?)",
                           [(run_id, e.url, e.source_id, e.kind, e.title) for e in entries])
            if done_url is not None:
                db.execute("UPDATE frontier SET done=1 WHERE run_id=? AND url=?", (run_id, done_url))

    def done(self, run_id: int, urls: Iterable[str]) -> None:
        with self._tx() as db:
            db.executemany("UPDATE frontier SET done=1 WHERE run_id=? AND url=?", [(run_id, u) for u in urls])


    # ---- what earlier crawls left ------------------------------------------------------------

    def known(self, source_id: str, kind: str) -> dict[str, Known]:
        rows = self._query("SELECT url, etag, last_modified, fingerprint, title, last_fetched FROM pages "
                           "WHERE source_id=? AND kind=?", (source_id, kind))
        return {r["url"]: Known(r["etag"], r["last_modified"], r["fingerprint"], r["title"],
                                datetime.fromisoformat(r["last_fetched"]) if r["last_fetched"] else None)
                for r in rows}

    def indexed(self, run_id: int, pages: list["Fetched"]) -> None:
        """Articles known and done in one transaction: the index writer's confirmed batch (a transaction per
        article held the store's lock against the crawl's thread 500 times a batch), or one found unchanged."""
        with self._tx() as db:
            _upsert_pages(db, pages)
            db.executemany("UPDATE frontier SET done=1 WHERE run_id=? AND url=?", [(run_id, p.url) for p in pages])

    def not_modified(self, url: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE pages SET last_fetched=? WHERE url=?", (now_iso(), url))

    def walked_to_end(self, source_id: str) -> bool:
        rows = self._query("SELECT walked_to_end FROM sources_state WHERE source_id=?", (source_id,))
        return bool(rows and rows[0]["walked_to_end"])

    def set_walked_to_end(self, source_id: str) -> None:
        with self._tx() as db:
            db.execute("INSERT INTO sources_state (source_id, walked_to_end) VALUES (?, 1) "
                       "ON CONFLICT(source_id) DO UPDATE SET walked_to_end=1", (source_id,))

    # ---- per-source figures of each run --------------------------------------------------------

    def record_source_run(self, run_id: int, source_id: str, started_at: str, outcome: str,
                          figures: dict[str, Any]) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO source_runs (run_id, source_id, started_at, finished_at, outcome, figures) "
                       "VALUES (?,?,?,?,?,?)", (run_id, source_id, started_at, now_iso(), outcome,
                                                json.dumps(figures, ensure_ascii=False)))

    def source_runs(self, source_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Newest first."""
        where, args = ("WHERE source_id=?", (source_id,)) if source_id else ("", ())
        rows = self._query(f"SELECT * FROM source_runs {where} ORDER BY finished_at DESC, run_id DESC LIMIT ?",
                           (*args, limit))
        return [{**dict(r), "figures": json.loads(r["figures"])} for r in rows]

    def totals(self, keys: tuple[str, ...]) -> dict[str, dict[str, float]]:
        """Per source, each figure summed over every run it had (Prometheus counters)."""
        columns = ", ".join(f"SUM(COALESCE(json_extract(figures, '$.{k}'), 0)) AS \"{k}\"" for k in keys)
        rows = self._query(f"SELECT source_id, COUNT(*) AS runs, {columns} FROM source_runs GROUP BY source_id")
        return {r["source_id"]: {k: r[k] for k in ("runs", *keys)} for r in rows}

    def outcomes(self) -> list[tuple[str, str, int]]:
        return [(r["source_id"], r["outcome"], r["n"]) for r in self._query(
            "SELECT source_id, outcome, COUNT(*) AS n FROM source_runs GROUP BY source_id, outcome")]

    def durations(self) -> list[tuple[str, float]]:
        return [(r["source_id"], r["d"] or 0.0) for r in self._query(
            "SELECT source_id, json_extract(figures, '$.elapsed_s') AS d FROM source_runs")]

    def article_counts(self) -> dict[str, int]:
        return {r["source_id"]: r["n"] for r in self._query(
            "SELECT source_id, COUNT(*) AS n FROM pages WHERE kind='article' GROUP BY source_id")}
