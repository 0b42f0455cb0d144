"""`yilian schedule`: a long-lived service that crawls each source when its cron schedule says.

- State in SQLite (`<state_dir>/schedule.sqlite`): each source's next run, every run with its outcome
  (the run history), and "crawl now" requests from the CLI or the operator page. A restarted service
  reads it back: a run missed while the machine was down runs once on start (not once per missed
  slot), and a batch the service was running when it was killed is run again, so its crawl resumes.
- Times are read in Asia/Shanghai unless YILIAN_TIMEZONE says otherwise.
- Sources due together are crawled together: one crawl process per batch of up to
  YILIAN_SCHEDULE_BATCH sources, at most YILIAN_SCHEDULE_WORKERS processes at once. Inside a batch
  each source starts at its own offset within YILIAN_SCHEDULE_JITTER seconds, so 200 sources on
  "0 3 * * *" do not hit the network in the same second.
- No two runs of one source overlap: a source still running (here, or in any crawl holding its lock)
  is not started again.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from croniter import croniter

from yilian.crawlstate import CrawlState, is_locked, source_lock_path
from yilian.settings import Settings, get_settings
from yilian.sources import Source, SourcesError, load_sources

UTC = timezone.utc


def next_run(source: Source, last_start: datetime | None, now: datetime, tz: ZoneInfo | timezone = UTC) -> datetime:
    """When the source is next due: its first cron slot (read in ``tz``) after the last start; now if it never ran."""
    if last_start is None:
        return now
    return croniter(source.schedule, last_start.astimezone(tz)).get_next(datetime).astimezone(UTC)


def due_sources(sources: list[Source], last_starts: dict[str, datetime], now: datetime,
                tz: ZoneInfo | timezone = UTC) -> list[Source]:
    return [s for s in sources if next_run(s, last_starts.get(s.id), now, tz) <= now]


def batches(due: list[str], size: int) -> list[list[str]]:
    """Sources due together, in crawl processes of at most ``size`` sources."""
    return [due[i:i + size] for i in range(0, len(due), size)]


SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT, batch TEXT NOT NULL, source_id TEXT NOT NULL, trigger TEXT NOT NULL,
  due_at TEXT, started_at TEXT NOT NULL, finished_at TEXT, outcome TEXT NOT NULL, exit_code INTEGER,
  pid INTEGER, figures TEXT, resumed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS runs_source ON runs (source_id, started_at);
CREATE TABLE IF NOT EXISTS requests (
  id INTEGER PRIMARY KEY AUTOINCREMENT, source_id TEXT NOT NULL, requested_at TEXT NOT NULL,
  requested_by TEXT NOT NULL, taken_at TEXT
);
"""


class ScheduleStore:
    """The scheduler's persistent state; the CLI and the API open it too (to read history, to ask for a run)."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.Lock()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)

    @classmethod
    def open(cls, state_dir: Path) -> "ScheduleStore":
        return cls(state_dir / "schedule.sqlite")

    def close(self) -> None:
        self._db.close()

    def _run(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def last_starts(self) -> dict[str, datetime]:
        """Per source, the cron slot its newest scheduled (or missed) run stood for: what the next slot counts from."""
        rows = self._run("SELECT source_id, MAX(due_at) AS at FROM runs WHERE due_at IS NOT NULL GROUP BY source_id")
        return {r["source_id"]: datetime.fromisoformat(r["at"]) for r in rows}

    def start(self, batch: str, source_id: str, trigger: str, due_at: datetime | None, pid: int) -> int:
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO runs (batch, source_id, trigger, due_at, started_at, outcome, pid) VALUES (?,?,?,?,?,?,?)",
                (batch, source_id, trigger, due_at.isoformat() if due_at else None, _now().isoformat(), "running", pid))
            return cur.lastrowid

    def end(self, run_id: int, outcome: str, exit_code: int | None, figures: dict[str, Any] | None) -> None:
        self._run("UPDATE runs SET finished_at=?, outcome=?, exit_code=?, figures=? WHERE id=?",
                  (_now().isoformat(), outcome, exit_code, json.dumps(figures or {}, ensure_ascii=False), run_id))

    def unfinished(self) -> list[dict[str, Any]]:
        """Runs left running by a service that died, or interrupted by one that was stopped, not yet run again."""
        return [dict(r) for r in self._run("SELECT * FROM runs WHERE outcome IN ('running', 'interrupted') AND resumed=0")]

    def mark_resumed(self, run_id: int) -> None:
        self._run("UPDATE runs SET resumed=1, outcome=CASE outcome WHEN 'running' THEN 'interrupted' ELSE outcome END "
                  "WHERE id=?", (run_id,))

    def history(self, source_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Runs newest first, with their outcome and the crawl's figures for the source."""
        where, args = ("WHERE source_id=?", (source_id,)) if source_id else ("", ())
        rows = self._run(f"SELECT * FROM runs {where} ORDER BY id DESC LIMIT ?", (*args, limit))
        return [{**dict(r), "figures": json.loads(r["figures"]) if r["figures"] else None} for r in rows]

    def request(self, source_id: str, by: str) -> int:
        """Ask the running service to crawl a source now (picked up within seconds)."""
        with self._lock:
            cur = self._db.execute("INSERT INTO requests (source_id, requested_at, requested_by) VALUES (?,?,?)",
                                   (source_id, _now().isoformat(), by))
            return cur.lastrowid

    def open_requests(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._run("SELECT * FROM requests WHERE taken_at IS NULL ORDER BY id")]

    def take_requests(self, source_ids: list[str]) -> None:
        for source_id in source_ids:
            self._run("UPDATE requests SET taken_at=? WHERE source_id=? AND taken_at IS NULL",
                      (_now().isoformat(), source_id))


def _now() -> datetime:
    return datetime.now(UTC)


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class Batch:
    name: str
    sources: list[str]
    runs: dict[str, int]  # source id -> run id in the store
    process: subprocess.Popen
    output: Path  # the crawl's stdout: its summary is the last line
    started: datetime = field(default_factory=_now)


class Scheduler:
    """The service loop: take due sources and crawl-now requests, start batches, reap finished ones."""

    def __init__(self, sources: list[Source], settings: Settings, store: ScheduleStore,
                 crawl_args: list[str], clock: Callable[[], datetime] = _now,
                 after_crawls: Callable[[], None] | None = None):
        self.sources = {s.id: s for s in sources}
        self.settings = settings
        self.store = store
        self.crawl_args = crawl_args  # passed to every `yilian crawl` (--sources, --fixture-base, --fast)
        self.after_crawls = after_crawls  # run when batches have ended: the saved searches' alerts
        self.clock = clock
        self.tz = ZoneInfo(settings.schedule_timezone)
        self.active: list[Batch] = []
        self.queue: list[list[str]] = []  # interrupted batches to start again, as they were
        self.orphans: list[dict[str, Any]] = []  # runs a killed service left whose crawl still runs
        self.stopping = False

    def recover(self) -> list[list[str]]:
        """After a restart: runs the store calls running whose process is gone were interrupted; their
        batches are started again first (the same sources, so each crawl resumes its killed run)."""
        again: dict[str, list[str]] = {}
        for run in self.store.unfinished():
            if run["outcome"] == "running" and _pid_alive(run["pid"]):
                self.orphans.append(run)  # its crawl outlived the service: recorded when it ends
                continue
            self.store.mark_resumed(run["id"])
            if run["source_id"] in self.sources:
                again.setdefault(run["batch"], []).append(run["source_id"])
        self.queue.extend(sorted(ids) for ids in again.values())
        return self.queue

    def due(self, now: datetime) -> list[tuple[str, str, datetime | None]]:
        """(source, trigger, due time) for every source to start now: requests first, then schedules.
        A slot missed while the service was down comes back once, as one run."""
        busy = self._busy()
        starts = self.store.last_starts()
        scheduled: dict[str, tuple[str, datetime]] = {}
        for source in self.sources.values():
            slot = next_run(source, starts.get(source.id), now, self.tz)
            if slot <= now and source.id not in busy:
                latest = _latest_slot(source, now, self.tz) if starts.get(source.id) else now
                scheduled[source.id] = ("missed" if latest > slot else "schedule", max(slot, latest))
        out: list[tuple[str, str, datetime | None]] = []
        for request in self.store.open_requests():
            sid = request["source_id"]
            if sid in self.sources and sid not in busy and all(sid != o[0] for o in out):
                # asked for while also due: one run serves both, and counts as the scheduled one
                out.append((sid, "manual", scheduled.pop(sid, (None, None))[1]))
        out.extend((sid, trigger, slot) for sid, (trigger, slot) in scheduled.items())
        return out

    def _busy(self) -> set[str]:
        running = {sid for batch in self.active for sid in batch.sources} | {r["source_id"] for r in self.orphans}
        locked = {sid for sid in self.sources
                  if sid not in running and is_locked(source_lock_path(self.settings.state_dir, sid))}
        return running | locked

    def launch(self, entries: list[tuple[str, str, datetime | None]]) -> list[Batch]:
        """Start crawl processes for the entries, filling free worker slots; the rest waits for the next tick."""
        started = []
        ids = [sid for sid, _, _ in entries]
        info = {sid: (trigger, due) for sid, trigger, due in entries}
        for group in batches(ids, self.settings.schedule_batch):
            if len(self.active) >= self.settings.schedule_workers:
                break
            started.append(self._start(group, info))
        return started

    def _start(self, group: list[str], info: dict[str, tuple[str, datetime | None]]) -> Batch:
        command = [sys.executable, "-m", "yilian.cli", "crawl", *self.crawl_args,
                   "--stagger", str(self.settings.schedule_jitter if len(group) > 1 else 0)]
        for sid in group:
            command += ["--only", sid]
        logs = self.settings.state_dir / "schedule"
        logs.mkdir(parents=True, exist_ok=True)
        name = f"{self.clock().strftime('%Y%m%dT%H%M%S')}-{'-'.join(group)[:60]}"
        with (logs / f"{name}.out").open("w") as out, (logs / f"{name}.log").open("w") as err:
            env = {**os.environ, "YILIAN_STATE_DIR": str(self.settings.state_dir), "YILIAN_INDEX": self.settings.index_alias}
            process = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        runs = {sid: self.store.start(name, sid, info[sid][0], info[sid][1], process.pid) for sid in group}
        self.store.take_requests([sid for sid in group if info[sid][0] == "manual"])
        batch = Batch(name, group, runs, process, logs / f"{name}.out")
        self.active.append(batch)
        _say("crawl_start", batch=name, sources=group, pid=process.pid)
        return batch

    def reap(self) -> list[Batch]:
        """Record the outcome of every batch whose process ended, per source from the crawl's own figures."""
        done = [b for b in self.active if b.process.poll() is not None]
        ended = [r for r in self.orphans if not _pid_alive(r["pid"])]
        if not done and not ended:
            return []
        crawl_state = CrawlState.open(self.settings.state_dir)
        try:
            for run in ended:
                self.orphans.remove(run)
                row = next((r for r in crawl_state.source_runs(run["source_id"], limit=5)
                            if r["finished_at"] >= run["started_at"][:19]), None)
                self.store.end(run["id"], row["outcome"] if row else "interrupted", None, row["figures"] if row else None)
            for batch in done:
                self.active.remove(batch)
                code = batch.process.returncode
                summary = _last_json(batch.output)
                latest = {r["source_id"]: r for r in crawl_state.source_runs(limit=1000)
                          if r["finished_at"] >= batch.started.isoformat(timespec="seconds")
                          and r["source_id"] in batch.runs}
                for sid, run_id in batch.runs.items():
                    row = latest.get(sid)
                    if summary.get("finish_reason") == "shutdown" or (row is None and code < 0):
                        outcome = "interrupted"  # stopped with its service: run again (and resumed) on start
                    else:
                        outcome = row["outcome"] if row else "busy" if code == 3 else "failed"
                    self.store.end(run_id, outcome, code, row["figures"] if row else None)
                _say("crawl_end", batch=batch.name, exit=code)
        finally:
            crawl_state.close()
        if done and self.after_crawls is not None:
            self.after_crawls()
        return done

    def tick(self) -> list[Batch]:
        self.reap()
        if self.stopping:
            return []
        started = []
        while self.queue and len(self.active) < self.settings.schedule_workers:
            group = self.queue.pop(0)
            started.append(self._start(group, {sid: ("resume", None) for sid in group}))
        return started + self.launch(self.due(self.clock()))

    def stop(self, timeout: float = 60.0) -> None:
        """Stop launching; ask running crawls to stop (they close their run so it resumes) and wait."""
        self.stopping = True
        for batch in self.active:
            batch.process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while self.active and time.monotonic() < deadline:
            self.reap()
            time.sleep(0.2)
        for batch in self.active:
            batch.process.kill()
        self.reap()

    def seconds_to_next(self) -> float:
        now = self.clock()
        starts = self.store.last_starts()
        pending = [next_run(s, starts.get(s.id), now, self.tz) for s in self.sources.values()]
        return max(0.0, min((p - now).total_seconds() for p in pending)) if pending else 60.0


def _latest_slot(source: Source, now: datetime, tz) -> datetime:
    """The newest cron slot at or before ``now``: however many slots were missed, one run stands for them."""
    return croniter(source.schedule, now.astimezone(tz) + timedelta(seconds=1)).get_prev(datetime).astimezone(UTC)


def _last_json(path: Path) -> dict[str, Any]:
    try:
        lines = path.read_text("utf-8").strip().splitlines()
    except OSError:
        return {}
    for line in reversed(lines):
        try:
            return json.loads(line)
        except json.JSONDecodeError:
            continue
    return {}


def _say(event: str, **fields: Any) -> None:
    print(json.dumps({"event": event, "at": _now().isoformat(timespec="seconds"), **fields}, ensure_ascii=False),
          flush=True)


def check_alerts(settings: Settings) -> None:
    """After crawls: send the saved searches' new hits (search_api/alerts.py). Elasticsearch trouble is
    reported and the service goes on: undelivered hits stay queued for the next check."""
    from elastic_transport import TransportError
    from elasticsearch import ApiError

    from indexer.client import get_client
    from search_api.alerts import check

    try:
        _say("alerts_checked", **check(get_client(settings), settings.index_alias, settings).as_dict())
    except (ApiError, TransportError) as exc:
        _say("alerts_failed", error=str(exc))


def next_runs(sources: list[Source], store: ScheduleStore, settings: Settings, now: datetime) -> dict[str, datetime]:
    starts = store.last_starts()
    tz = ZoneInfo(settings.schedule_timezone)
    return {s.id: next_run(s, starts.get(s.id), now, tz) for s in sources}


def cli(args: argparse.Namespace) -> int:
    settings = get_settings()
    path = args.sources or settings.sources_file
    try:
        sources = load_sources(path)
    except SourcesError as exc:
        print(f"yilian schedule: {exc}", file=sys.stderr)
        return 2
    store = ScheduleStore.open(settings.state_dir)
    known = {s.id for s in sources}
    if args.run_now or args.history is not None:
        unknown = sorted(set(args.run_now) - known)
        if unknown:
            print(f"yilian schedule: {path}: no source with id {', '.join(unknown)}", file=sys.stderr)
            return 2
        for sid in args.run_now:
            _say("crawl_requested", source=sid, request=store.request(sid, "cli"))
        if args.history is not None:
            print(json.dumps(store.history(args.history or None), ensure_ascii=False, indent=2))
        if not args.once:
            return 0
    crawl_args = []
    if args.sources:
        crawl_args += ["--sources", str(args.sources)]
    if args.fixture_base:
        crawl_args += ["--fixture-base", args.fixture_base]
    if args.fast:
        crawl_args.append("--fast")
    scheduler = Scheduler(sources, settings, store, crawl_args, after_crawls=lambda: check_alerts(settings))
    scheduler.recover()  # interrupted batches go first, with the same sources: each crawl resumes
    stop = threading.Event()

    def on_signal(signum, frame) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        while not stop.is_set():
            scheduler.tick()
            if args.once and not scheduler.active and not scheduler.queue:
                break
            stop.wait(min(settings.schedule_poll, max(0.2, scheduler.seconds_to_next())) if not scheduler.active
                      else 0.5)
    finally:
        scheduler.stop()
        store.close()
    return 0
