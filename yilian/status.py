"""`yilian status`: what an operator checks first — the cluster, the index, and each source's last crawl.

Read from what the other commands leave behind: the crawl summaries in `<state_dir>/crawls/`, the
crawl state (per-source figures of every run, for health), the scheduler's store (next run, running
now, asked for), and the alias in Elasticsearch. The operator page shows the same rows.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from yilian.crawlstate import CrawlState
from yilian.health import source_health
from yilian.schedule import ScheduleStore, next_runs
from yilian.settings import Settings, get_settings
from yilian.sources import Source, SourcesError, load_sources


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


def source_rows(settings: Settings, sources: list[Source], now: datetime) -> list[dict[str, Any]]:
    """One row per source: its last crawl, its health, its schedule."""
    crawls = last_crawls(settings.state_dir / "crawls")
    state = CrawlState.open(settings.state_dir)
    store = ScheduleStore.open(settings.state_dir)
    try:
        upcoming = next_runs(sources, store, settings, now)
        running = {r["source_id"] for r in store.unfinished() if r["outcome"] == "running"}
        asked = {r["source_id"] for r in store.open_requests()}
        known = state.article_counts()
        rows = []
        for source in sources:
            last = crawls.get(source.id)
            health = source_health(state.source_runs(source.id, limit=30), now)
            rows.append({
                "source": source.id,
                "name": source.name,
                "province": source.province,
                "last_crawl": last.get("finished_at") if last else None,
                "articles": last.get("articles") if last else None,
                "non_articles": last.get("non_articles") if last else None,
                "damaged": last.get("damaged") if last else None,
                "known_articles": known.get(source.id, 0),
                "next_run": upcoming[source.id].isoformat(timespec="minutes"),
                "running": source.id in running,
                "crawl_requested": source.id in asked,
                "health": health,
                "warning": _warning(last, health),
            })
        return rows
    finally:
        state.close()
        store.close()


def _warning(last: dict[str, Any] | None, health: dict[str, Any]) -> str | None:
    if last is None and health["state"] == "never_crawled":
        return "never crawled"
    if health["consecutive_failures"]:
        return f"{health['consecutive_failures']} failed run(s) in a row"
    if health["silent"]:
        return health["silent_reason"]
    return None


def source_health_rows(settings: Settings, sources_file: Path, now: datetime) -> list[dict[str, Any]]:
    return source_rows(settings, load_sources(sources_file), now)


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
        sources = source_health_rows(settings, Path(args.sources or settings.sources_file), datetime.now(timezone.utc))
    except SourcesError as exc:
        print(f"yilian status: {exc}")
        return 2
    report = {"index": index_health(settings), "sources": sources}
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 1 if "error" in report["index"] else 0
