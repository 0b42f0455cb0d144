"""`yilian crawl`: build Scrapy settings from the sources config and run one crawl in this process.

The crawl holds a lock per source (no two crawls of one source at once, whoever started them), and
records its run in the crawl state: the same command after a `kill -9` resumes the killed run. With
YILIAN_REDIS_URL, every process running the same sources on that Redis works on one crawl
(crawler/distributed.py); each keeps its own lock and crawl state (one state directory per process).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from redis.exceptions import RedisError
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings as ScrapySettings

from crawler.spiders.sources import SourcesSpider
from yilian.archive import cut_torn_tail, new_archive_path, read_file
from yilian.crawlstate import Busy, CrawlState, Lock, source_lock_path
from yilian.health import run_outcome
from yilian.settings import get_settings
from yilian.sources import Source, SourcesError, load_sources

log = logging.getLogger(__name__)
EXIT_PENDING = 75  # EX_TEMPFAIL: nothing failed, but documents wait in the spool for Elasticsearch


def scrapy_settings(sources: list[Source], *, index: bool, out: str | None, fast: bool, max_pages: int,
                    fetch_only: bool = False) -> ScrapySettings:
    """Project defaults, then per-source politeness as download slots (one slot per source)."""
    settings = ScrapySettings()
    settings.setmodule("crawler.settings", priority="project")
    app = get_settings()
    overrides = {
        "YILIAN_INDEX": index,
        "YILIAN_OUT": out,
        "YILIAN_STATE_DIR": str(app.state_dir),
        "YILIAN_ARCHIVE_DIR": str(app.state_dir / "archive"),
        "YILIAN_SPOOL_DIR": str(app.spool_dir),
        "YILIAN_ALLOW_PRIVATE_NETWORKS": app.allow_private_networks,
        "LOG_LEVEL": app.log_level,
        "YILIAN_PROGRESS_INTERVAL": app.progress_interval,
        "ROBOTSTXT_OBEY": any(s.politeness.obey_robots for s in sources),
        "AUTOTHROTTLE_ENABLED": not fast and any(s.politeness.autothrottle for s in sources),
        "DOWNLOAD_SLOTS": {
            s.id: {
                "concurrency": 16 if fast else s.politeness.concurrent_requests_per_domain,
                "delay": 0.0 if fast else s.politeness.download_delay,
            }
            for s in sources
        },
    }
    if fast:
        overrides.update({"DOWNLOAD_DELAY": 0.0, "CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 16})
    if max_pages:
        overrides["CLOSESPIDER_PAGECOUNT"] = max_pages
    if fetch_only:  # the baseline the pipeline's throughput is measured against
        overrides["ITEM_PIPELINES"] = {}
    settings.setdict(overrides, priority="cmdline")
    return settings


def run_key(sources: list[Source]) -> str:
    """Which earlier run the same command resumes: the one over the same sources."""
    return ",".join(sorted(s.id for s in sources))


def run_crawl(sources: list[Source], *, fixture_base: str | None = None, index: bool = True,
              out: str | None = None, fast: bool = False, max_pages: int = 0, fetch_only: bool = False,
              full: bool = False, stagger: float = 0.0) -> dict:
    """Run one crawl to the end and return its summary (what `.yilian/crawls/*.json` records).

    Raises Busy when another live crawl holds one of the sources."""
    from crawler.incremental import Tracker

    settings = scrapy_settings(sources, index=index, out=out, fast=fast, max_pages=max_pages, fetch_only=fetch_only)
    app = get_settings()
    locks: list[Lock] = []
    try:
        for source in sources:
            locks.append(Lock(source_lock_path(app.state_dir, source.id)))
    except Busy:
        for lock in locks:
            lock.release()
        raise
    shared = None
    try:
        if app.redis_url:  # one crawl with every process of the same sources on this Redis (crawler/distributed.py)
            from crawler.distributed import Member, distributed_settings

            shared = Member.join(app.redis_url, run_key(sources))
            settings.setdict(distributed_settings(app.redis_url, shared.keys, sources, fast,
                                                  settings.getdict("EXTENSIONS")), priority="cmdline")
        tracker = None
        if not fetch_only:  # the throughput baseline remembers nothing
            state = CrawlState.open(app.state_dir)
            run = state.begin(run_key(sources), [s.id for s in sources],
                              archive=str(new_archive_path(app.state_dir / "archive")))
            settings.set("YILIAN_ARCHIVE_FILE", run.archive, priority="cmdline")
            settings.set("YILIAN_OUT_APPEND", run.resumed, priority="cmdline")
            tracker = Tracker(state, run, sources, full=full, shared=shared is not None)
        replay = {}
        process = CrawlerProcess(settings)
        # Scrapy leaves its own loggers at DEBUG and filters in the root handler, so every response and
        # item built a LogRecord (caller lookup included) that was then dropped: its level is the crawl's.
        logging.getLogger("scrapy").setLevel(settings.get("LOG_LEVEL"))
        crawler = process.create_crawler(SourcesSpider)
        if tracker is not None:
            tracker.bind(crawler)
            if run.resumed:
                replay, cut = _archived_pending(run)
                tracker.resumed = {"run_id": run.run_id, "pending": len(run.pending), "done_before": len(run.done),
                                   "replayed_from_archive": len(replay), "archive_torn_bytes_cut": cut}
        crawling = process.crawl(crawler, sources=sources, fixture_base=fixture_base, tracker=tracker,
                                 stagger=stagger, replay=replay, shared=shared)
        errors: list = []
        crawling.addErrback(errors.append)  # else Scrapy only logs it and the command would report success
        process.start()
        summary = dict(crawler.stats.get_value("yilian/summary") or {})
        summary["crawl_error"] = _describe(errors[0]) if errors else None
        if tracker is not None:
            _finish(tracker, sources, summary)
        return summary
    finally:
        if shared is not None:
            shared.leave()
        for lock in locks:
            lock.release()


def _describe(failure) -> str:
    """What stopped the crawl itself (a pipeline or extension that could not open or close), logged with
    its traceback and named in the summary."""
    log.error("the crawl stopped on an error", exc_info=(failure.type, failure.value, failure.getTracebackObject()))
    return f"{failure.type.__name__}: {failure.getErrorMessage()}"


def _archived_pending(run) -> tuple[dict, int]:
    """A killed run's pending articles already in its WARC (fetched, not yet indexed): they are cleaned
    and indexed from there, not fetched (nor archived) a second time. The torn last record is cut first."""
    path = Path(run.archive) if run.archive else None
    if path is None or not path.exists():
        return {}, 0
    cut = cut_torn_tail(path)
    pending = {e.url for e in run.pending if e.kind == "article"}
    return {page.url: page for page in read_file(path) if page.url in pending}, cut


def _finish(tracker, sources: list[Source], summary: dict) -> None:
    """Close the run in the crawl state and leave each source's figures for health."""
    state, run = tracker.state, tracker.run
    for source in sources:
        figures = dict(summary.get("sources", {}).get(source.id, {}))
        figures["elapsed_s"] = summary.get("elapsed_s", 0)
        state.record_source_run(run.run_id, source.id, tracker.started_at, run_outcome(figures), figures)
    if summary.get("finish_reason") == "shutdown" or summary.get("crawl_error"):  # the same command resumes it
        state.interrupt(run.run_id, summary)
    else:
        state.finish(run.run_id, "finished", summary)
    state.close()


def cli(args: argparse.Namespace) -> int:
    path = args.sources or get_settings().sources_file
    try:
        sources = load_sources(path)
        if args.only:
            unknown = set(args.only) - {s.id for s in sources}
            if unknown:
                raise SourcesError(f"{path}: no source with id {', '.join(sorted(unknown))}")
            sources = [s for s in sources if s.id in args.only]
        for source in sources:
            source.resolved_start_urls(args.fixture_base)
    except SourcesError as exc:
        print(f"yilian crawl: {exc}", file=sys.stderr)
        return 2
    try:
        summary = run_crawl(sources, fixture_base=args.fixture_base, index=not args.no_index, out=args.out,
                            fast=args.fast, max_pages=args.max_pages, fetch_only=args.fetch_only,
                            full=getattr(args, "full", False), stagger=getattr(args, "stagger", 0.0))
    except Busy as exc:
        source = Path(str(exc)).stem.removeprefix("source-")
        print(f"yilian crawl: source {source!r} is being crawled by another process", file=sys.stderr)
        return 3
    except RedisError as exc:
        print(f"yilian crawl: the shared crawl's Redis (YILIAN_REDIS_URL) failed: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({"event": "crawl_finished", **summary}, ensure_ascii=False))
    if summary.get("crawl_error"):
        print(f"yilian crawl: the crawl stopped on an error: {summary['crawl_error']}", file=sys.stderr)
    failed = (summary.get("crawl_error") or summary.get("clean_errors", 0) or summary.get("index_errors", 0) or summary.get("spider_errors", 0)
              or summary.get("refused_start_urls", 0))
    if failed:
        return 1
    return EXIT_PENDING if summary.get("index_pending", 0) else 0
