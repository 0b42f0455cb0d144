"""Crawl progress on stderr while it runs, and the crawl record for operators, written as it goes."""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals
from twisted.internet import task

from yilian.crawlrecord import new_record, now_iso, record_path, write_record

logger = logging.getLogger(__name__)

PROGRESS_KEYS = ("downloader/response_count", "yilian/list_pages", "yilian/articles", "yilian/non_articles",
                 "yilian/indexed", "yilian/index_errors", "yilian/index_pending", "yilian/index_outage",
                 "yilian/clean_errors")


def crawl_summary(stats: dict, elapsed: float) -> dict:
    """The figures an operator watches: volumes, rates, flags, repairs and errors."""
    responses = stats.get("downloader/response_count", 0)
    summary = {
        "elapsed_s": round(elapsed, 2),
        "responses": responses,
        "responses_per_s": round(responses / elapsed, 1) if elapsed else 0.0,
        "list_pages": stats.get("yilian/list_pages", 0),
        "articles": stats.get("yilian/articles", 0),
        "non_articles": stats.get("yilian/non_articles", 0),
        "indexed": stats.get("yilian/indexed", 0),
        "index_errors": stats.get("yilian/index_errors", 0),
        "index_error_samples": stats.get("yilian/index_error_samples", []),
        "index_pending": stats.get("yilian/index_pending", 0),
        "index_spooled": stats.get("yilian/index_spooled", 0),
        "index_replayed": stats.get("yilian/index_replayed", 0),
        "clean_errors": stats.get("yilian/clean_errors", 0),
        "clean_failures": {k.rsplit("/", 1)[-1]: v for k, v in stats.items() if k.startswith("yilian/clean_failures/")},
        "clean_failure_samples": stats.get("yilian/clean_failure_samples", []),
        "spider_errors": stats.get("spider_exceptions/count", 0),
        "download_errors": stats.get("downloader/exception_count", 0),
        "http_errors": {k.rsplit("/", 1)[-1]: v for k, v in stats.items()
                        if k.startswith("downloader/response_status_count/") and not k.endswith(("/200", "/301", "/302", "/304"))},
        "robots_forbidden": stats.get("robotstxt/forbidden", 0),
        "refused": stats.get("yilian/refused", 0),
        "refused_start_urls": stats.get("yilian/refused_start_urls", 0),
        "refused_samples": stats.get("yilian/refused_samples", []),
        "list_decode_errors": stats.get("yilian/list_decode_errors", 0),
        "repost_groups": stats.get("yilian/repost_groups", {}),
        "alliances": stats.get("yilian/alliances", 0),
        "finish_reason": stats.get("finish_reason"),
        "requests": stats.get("downloader/request_count", 0),
        "resumed": stats.get("yilian/resumed"),
        "shared": shared_figures(stats),
    }
    for group in ("flags", "repairs", "encoding", "non_articles", "crawl"):
        prefix = f"yilian/{group}/"
        summary[group if group != "non_articles" else "non_article_reasons"] = {
            k[len(prefix):]: v for k, v in stats.items() if k.startswith(prefix)
        }
    per_source: dict[str, dict[str, int]] = {}
    for key, value in stats.items():
        if key.startswith("yilian/sources/"):
            source_id, figure = key[len("yilian/sources/"):].rsplit("/", 1)
            per_source.setdefault(source_id, {"articles": 0, "non_articles": 0, "damaged": 0, "refused": 0,
                                              "index_errors": 0})[figure] = value
    summary["sources"] = per_source
    return summary


def shared_figures(stats: dict) -> dict | None:
    """A shared crawl (YILIAN_REDIS_URL): which crawl and process, whether it opened the crawl, the requests
    it took from the shared queue, the most it held at once taken and not yet sent (none of them could
    another process take), and when its last response came (seconds from its start; the rest of its
    elapsed_s it waited on the others)."""
    shared = stats.get("yilian/shared")
    if shared is None:
        return None
    return {**shared, "taken": stats.get("scheduler/dequeued/redis", 0), "held_max": stats.get("yilian/shared/held_max", 0),
            "last_response_s": stats.get("yilian/shared/last_response_s")}


class CrawlProgress:
    """A progress line on stderr every few seconds, and the crawl record (yilian/crawlrecord.py) kept
    up to date with it, so a killed crawl leaves its figures marked unfinished."""

    def __init__(self, crawler, interval: float, state_dir: str | None):
        self.crawler = crawler
        self.interval = interval
        self.state_dir = Path(state_dir) if state_dir else None
        self.started = time.monotonic()
        self.started_at = datetime.now(timezone.utc)
        self.record_path = None
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler, crawler.settings.getfloat("YILIAN_PROGRESS_INTERVAL"),
                  crawler.settings.get("YILIAN_STATE_DIR"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        self.started = time.monotonic()
        self.started_at = datetime.now(timezone.utc)
        if self.state_dir:
            self.record_path = record_path(self.state_dir / "crawls", self.started_at)
            self._write(finished=False)
        if self.interval > 0:
            self.loop = task.LoopingCall(self.report)
            self.loop.start(self.interval, now=False)

    def _summary(self) -> dict:
        return crawl_summary(self.crawler.stats.get_stats(), time.monotonic() - self.started)

    def _write(self, finished: bool, summary: dict | None = None) -> None:
        if self.record_path is None:
            return
        record = {**new_record(self.started_at), **(summary or self._summary()), "updated_at": now_iso(),
                  "finished": finished}
        try:
            write_record(self.record_path, record)
        except OSError as exc:  # a full disk must not stop the crawl; the summary still goes to stdout
            logger.warning("crawl record %s not written: %s", self.record_path, exc)

    def report(self):
        stats = self.crawler.stats.get_stats()
        line = {"event": "crawl_progress", "elapsed_s": round(time.monotonic() - self.started, 1)}
        line.update({k.split("/", 1)[-1]: stats.get(k, 0) for k in PROGRESS_KEYS})
        if stats.get("yilian/shared"):  # requests taken from the shared queue and not yet sent, now
            line["shared_held"] = stats.get("yilian/shared/held", 0)
        # one write: print() writes the newline apart, and a log line from another thread (the index
        # writer's, during an outage) could land between the two, leaving two records on one line
        sys.stderr.write(json.dumps(line, ensure_ascii=False) + "\n")
        sys.stderr.flush()
        self._write(finished=False)

    def spider_closed(self, spider, reason):
        if self.loop and self.loop.running:
            self.loop.stop()
        summary = self._summary()
        summary["finished_at"] = now_iso()
        self.crawler.stats.set_value("yilian/summary", summary)
        self._write(finished=True, summary=summary)
