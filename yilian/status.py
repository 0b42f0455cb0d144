"""`yilian status`: what an operator checks first — the cluster, the index, and each source's last crawl.

Read from what the other commands leave behind: the crawl records in `<state_dir>/crawls/` (written
as crawls run, so a killed crawl shows as unfinished), the writes waiting in `<state_dir>/spool/`,
the crawl state (per-source figures of every run, for health), the scheduler's store (next run,
running now, asked for), and the alias in Elasticsearch. The operator page shows the same rows.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from yilian.crawlrecord import crawl_state, read_records
from yilian.crawlstate import CrawlState
from yilian.health import source_health
from yilian.schedule import ScheduleStore, next_runs
from yilian.settings import Settings, get_settings
from yilian.sources import Source, SourcesError, load_sources


def last_crawls(crawls_dir: Path) -> dict[str, dict[str, Any]]:
    """Per source, the figures of the newest crawl that included it, with that crawl's state."""
    latest: dict[str, dict[str, Any]] = {}
    for _, record in read_records(crawls_dir):
        for source_id, figures in record.get("sources", {}).items():
            latest[source_id] = {**figures, "started_at": record.get("started_at"),
                                 "finished_at": record.get("finished_at"), "state": crawl_state(record),
                                 "finish_reason": record.get("finish_reason"),
                                 "http_errors": record.get("http_errors", {}),
                                 "spider_errors": record.get("spider_errors", 0)}
    return latest


def crawls_not_finished(crawls_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Crawls running now, and crawls that stopped without finishing (killed, crashed, power cut)."""
    out: dict[str, list[dict[str, Any]]] = {"running": [], "unfinished": []}
    for path, record in read_records(crawls_dir):
        state = crawl_state(record)
        if state != "finished":
            out[state].append({"record": str(path), "started_at": record.get("started_at"),
                               "last_update": record.get("updated_at"), "pid": record.get("pid"),
                               "sources": sorted(record.get("sources", {})), "articles": record.get("articles", 0),
                               "indexed": record.get("indexed", 0), "index_pending": record.get("index_pending", 0)})
    return out


def spool_pending(settings: Settings) -> dict[str, Any]:
    """What waits in the spool for Elasticsearch (indexer/spool.py)."""
    from indexer.spool import Spool

    return Spool(settings.spool_dir).pending()


def source_rows(settings: Settings, sources: list[Source], now: datetime,
                pending: dict[str, int] | None = None) -> list[dict[str, Any]]:
    """One row per source: its last crawl, its health, its schedule, what of it waits in the spool."""
    crawls = last_crawls(settings.state_dir / "crawls")
    pending = spool_pending(settings)["per_source"] if pending is None else pending
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
                "last_crawl": (last.get("finished_at") or last.get("started_at")) if last else None,
                "last_crawl_state": last["state"] if last else None,
                "articles": last.get("articles") if last else None,
                "non_articles": last.get("non_articles") if last else None,
                "damaged": last.get("damaged") if last else None,
                "index_errors": last.get("index_errors", 0) if last else None,
                "pending": pending.get(source.id, 0),
                "known_articles": known.get(source.id, 0),
                "next_run": upcoming[source.id].isoformat(timespec="minutes"),
                "running": source.id in running,
                "crawl_requested": source.id in asked,
                "health": health,
                "warning": _warning(last, health, pending.get(source.id, 0)),
            })
        return rows
    finally:
        state.close()
        store.close()


def _warning(last: dict[str, Any] | None, health: dict[str, Any], pending: int) -> str | None:
    """The one thing an operator should look at first for this source, or None when all is well."""
    if last is None and health["state"] == "never_crawled":
        return "never crawled"
    if last is not None and last["state"] == "unfinished":
        return f"the last crawl (started {last['started_at']}) did not finish: killed or crashed"
    if last is not None and last["state"] == "finished" and last.get("finish_reason") not in (None, "finished"):
        return f"the last crawl stopped early ({last['finish_reason']})"
    if last is not None and last.get("index_errors"):
        return f"{last['index_errors']} articles refused by the index in the last crawl"
    if pending:
        return f"{pending} articles wait in the spool for Elasticsearch (`yilian index replay`)"
    if health["consecutive_failures"]:
        return f"{health['consecutive_failures']} failed run(s) in a row"
    if health["silent"]:
        return health["silent_reason"]
    return None


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
    spool = spool_pending(settings)
    try:
        sources = source_rows(settings, load_sources(Path(args.sources or settings.sources_file)),
                              datetime.now(timezone.utc), spool["per_source"])
    except SourcesError as exc:
        print(f"yilian status: {exc}")
        return 2
    report = {"index": index_health(settings), "spool": spool,
              "crawls": crawls_not_finished(settings.state_dir / "crawls"), "sources": sources}
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 1 if "error" in report["index"] else 0
