"""`yilian schedule`: run each source's crawl when its cron schedule says, one crawl process at a time.

State (the last start per source) lives in `<state_dir>/schedule.json`, so a restarted scheduler
neither re-runs a crawl that already ran nor forgets one that is overdue.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from croniter import croniter

from yilian.settings import get_settings
from yilian.sources import Source, SourcesError, load_sources


def next_run(source: Source, last_start: datetime | None, now: datetime) -> datetime:
    """When the source is next due: its first cron slot after the last start (now, if it never ran)."""
    if last_start is None:
        return now
    return croniter(source.schedule, last_start).get_next(datetime)


def due_sources(sources: list[Source], last_starts: dict[str, datetime], now: datetime) -> list[Source]:
    return [s for s in sources if next_run(s, last_starts.get(s.id), now) <= now]


def load_state(path: Path) -> dict[str, datetime]:
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    return {k: datetime.fromisoformat(v) for k, v in raw.items()}


def _save_state(path: Path, state: dict[str, datetime]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({k: v.isoformat() for k, v in state.items()}, indent=2), "utf-8")


def cli(args: argparse.Namespace) -> int:
    settings = get_settings()
    path = args.sources or settings.sources_file
    try:
        sources = load_sources(path)
    except SourcesError as exc:
        print(f"yilian schedule: {exc}", file=sys.stderr)
        return 2
    state_file = settings.state_dir / "schedule.json"
    while True:
        state = load_state(state_file)
        now = datetime.now(timezone.utc)
        for source in due_sources(sources, state, now):
            print(json.dumps({"event": "crawl_start", "source": source.id, "at": now.isoformat()}), flush=True)
            command = [sys.executable, "-m", "yilian.cli", "crawl", "--only", source.id]
            if args.sources:
                command += ["--sources", str(args.sources)]
            if args.fixture_base:
                command += ["--fixture-base", args.fixture_base]
            state[source.id] = now
            _save_state(state_file, state)
            code = subprocess.call(command)
            print(json.dumps({"event": "crawl_end", "source": source.id, "exit": code}), flush=True)
        if args.once:
            return 0
        pending = [next_run(s, state.get(s.id), now) for s in sources]
        time.sleep(max(1.0, min(60.0, (min(pending) - datetime.now(timezone.utc)).total_seconds())))
