"""`yilian status`: what an operator checks first — the cluster, the index, and each source's last crawl.

Read from what the other commands leave behind: the crawl summaries in `<state_dir>/crawls/`,
the scheduler's `<state_dir>/schedule.json`, and the alias in Elasticsearch.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from yilian.schedule import load_state, next_run
from yilian.settings import Settings, get_settings
from yilian.sources import SourcesError, load_sources


def last_crawls(crawls_dir: Path) -> dict[str, dict[str, Any]]:
    """Per source, the figures of the newest crawl that included it (summaries read oldest first)."""
    latest: dict[str, dict[str, Any]] = {}
    for path in sorted(crawls_dir.glob("crawl-*.json")):
        try:
            summary = json.loads(path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        for source_id, figures in summary.get("sources", {}).items():
            latest[source_id] = {**figures, "finished_at": summary.get("finished_at"),
                                 "http_errors": summary.get("http_errors", {}),
                                 "spider_errors": summary.get("spider_errors", 0)}
    return latest


def source_health(settings: Settings, sources_file: Path, now: datetime) -> list[dict[str, Any]]:
    crawls = last_crawls(settings.state_dir / "crawls")
    starts = load_state(settings.state_dir / "schedule.json")
    rows = []
    for source in load_sources(sources_file):
        last = crawls.get(source.id)
        rows.append({
            "source": source.id,
            "name": source.name,
            "last_crawl": last.get("finished_at") if last else None,
            "articles": last.get("articles") if last else None,
            "non_articles": last.get("non_articles") if last else None,
            "damaged": last.get("damaged") if last else None,
            "next_run": next_run(source, starts.get(source.id), now).isoformat(timespec="minutes"),
            "warning": None if last and last.get("articles") else "no articles in the last crawl" if last else "never crawled",
        })
    return rows


def index_health(settings: Settings) -> dict[str, Any]:
    from elastic_transport import TransportError
    from elasticsearch import ApiError

    from indexer import lifecycle
    from indexer.client import get_client

    try:
        return lifecycle.status(get_client(settings, request_timeout=5, max_retries=0), settings.index_alias)
    except (ApiError, TransportError) as exc:
        return {"error": f"Elasticsearch at {settings.effective_es_url} unreachable: {exc}"}


def cli(args: argparse.Namespace) -> int:
    settings = get_settings()
    try:
        sources = source_health(settings, Path(args.sources or settings.sources_file), datetime.now(timezone.utc))
    except SourcesError as exc:
        print(f"yilian status: {exc}")
        return 2
    report = {"index": index_health(settings), "sources": sources}
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 1 if "error" in report["index"] else 0
