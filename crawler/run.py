"""`yilian crawl`: build Scrapy settings from the sources config and run one crawl in this process."""

from __future__ import annotations

import argparse
import json
import sys

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings as ScrapySettings

from crawler.spiders.sources import SourcesSpider
from yilian.settings import get_settings
from yilian.sources import Source, SourcesError, load_sources


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
        "LOG_LEVEL": app.log_level,
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


def run_crawl(sources: list[Source], *, fixture_base: str | None = None, index: bool = True,
              out: str | None = None, fast: bool = False, max_pages: int = 0, fetch_only: bool = False) -> dict:
    """Run one crawl to the end and return its summary (what `.yilian/crawls/*.json` records)."""
    settings = scrapy_settings(sources, index=index, out=out, fast=fast, max_pages=max_pages, fetch_only=fetch_only)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SourcesSpider)
    process.crawl(crawler, sources=sources, fixture_base=fixture_base)
    process.start()
    return crawler.stats.get_value("yilian/summary") or {}


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
    summary = run_crawl(sources, fixture_base=args.fixture_base, index=not args.no_index, out=args.out,
                        fast=args.fast, max_pages=args.max_pages, fetch_only=args.fetch_only)
    print(json.dumps({"event": "crawl_finished", **summary}, ensure_ascii=False))
    failed = summary.get("clean_errors", 0) or summary.get("index_errors", 0) or summary.get("spider_errors", 0)
    return 1 if failed else 0
