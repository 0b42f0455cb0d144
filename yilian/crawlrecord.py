"""The crawl record: `<state_dir>/crawls/crawl-<UTC start>.json`, one per crawl, for operators.

Written when the crawl starts, rewritten with every progress line, and marked ``finished`` at the
end, each time as a whole file renamed into place: a crawl killed with ``kill -9`` (or a power cut)
leaves its last figures and ``finished: false``. Read by `yilian status`.
"""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

State = Literal["finished", "running", "unfinished"]


def record_path(crawls_dir: Path, started: datetime) -> Path:
    return crawls_dir / f"crawl-{started.strftime('%Y%m%dT%H%M%S%fZ')}.json"


def write_record(path: Path, record: dict[str, Any]) -> None:
    """Replace the record in one rename, so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(record, ensure_ascii=False, indent=2), "utf-8")
    os.replace(temporary, path)


def new_record(started: datetime) -> dict[str, Any]:
    """What a record says before any figure: who runs it and since when."""
    stamp = started.isoformat(timespec="seconds")
    return {"started_at": stamp, "updated_at": stamp, "finished": False, "finished_at": None,
            "pid": os.getpid(), "host": socket.gethostname()}


def read_records(crawls_dir: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Every readable record, oldest first."""
    out = []
    for path in sorted(crawls_dir.glob("crawl-*.json")):
        try:
            out.append((path, json.loads(path.read_text("utf-8"))))
        except (OSError, json.JSONDecodeError):
            continue
    return out


def _alive(pid: int) -> bool:
    try:
        return b"yilian" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def crawl_state(record: dict[str, Any]) -> State:
    """finished; running (its process is alive on this host); else unfinished: killed or crashed."""
    if record.get("finished", True):  # records from before incremental writing were written only at the end
        return "finished"
    if record.get("host") == socket.gethostname() and isinstance(record.get("pid"), int) and _alive(record["pid"]):
        return "running"
    return "unfinished"


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
