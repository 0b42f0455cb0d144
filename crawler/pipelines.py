"""Item pipelines: thin adapters from Scrapy to the cleaning stages and the indexer."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

from crawler.items import PageItem
from yilian.archive import ArchivedPage, ArchiveWriter
from yilian.clean.extract import SiteNames
from yilian.records import RawPage

log = logging.getLogger(__name__)


class ArchivePipeline:
    """Keep the exact bytes of every fetched page as WARC before anything interprets them."""

    def __init__(self, directory: str | None, path: str | None = None):
        self.directory = Path(directory) if directory else None
        self.path = Path(path) if path else None  # the run's own file (a resumed run appends to it)
        self.writer = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("YILIAN_ARCHIVE_DIR"), crawler.settings.get("YILIAN_ARCHIVE_FILE"))

    def open_spider(self, spider=None):
        if self.directory:
            self.writer = ArchiveWriter(self.directory, self.path)

    def close_spider(self, spider=None):
        if self.writer:
            self.writer.close()

    def process_item(self, item: PageItem, spider=None) -> PageItem:
        if self.writer and not item.archived:
            headers = [(name, value) for name, value in (("Content-Type", item.content_type), ("ETag", item.etag),
                                                         ("Last-Modified", item.last_modified)) if value]
            self.writer.write(ArchivedPage(item.url, item.source_id, item.content_type, item.body, item.fetched_at),
                              status=item.status, headers=headers)
        return item


class CleanPipeline:
    """Decode, extract, normalise, enrich and fingerprint each fetched page; count what happened.

    Pages are cleaned in worker processes behind yilian/guard.py: the reactor hands a page over and
    waits for it without blocking, so the crawl keeps fetching meanwhile, and a page whose cleaning
    raises, runs too long or crashes its worker is recorded as failed (its raw bytes are in the
    archive for `yilian index rebuild`), never lost and never the crawl's end. At most
    ``Guard.in_flight`` pages are handed over at once; the others wait here with their
    responses, which Scrapy counts against SCRAPER_SLOT_MAX_ACTIVE_SIZE before it downloads more:
    that is the back-pressure that keeps memory bounded when cleaning is slower than fetching.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.indexing = crawler.settings.getbool("YILIAN_INDEX", True)  # the worker then builds the document too
        self.sites: dict[str, SiteNames] = {}  # per source: the <title> parts its pages repeat (the site name)
        self.guard = None
        self.handed_over = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        from yilian.guard import Guard

        self.guard = Guard()
        self.handed_over = asyncio.Semaphore(self.guard.in_flight)

    def close_spider(self, spider=None):
        if self.guard is not None:
            self.guard.close()

    async def process_item(self, item: PageItem, spider=None) -> PageItem:
        from indexer.document import clean_to_document
        from yilian.guard import Failure, clean_learning, learn, outcome

        source = self.crawler.spider.sources.get(item.source_id)
        site = self.sites.setdefault(item.source_id, SiteNames())
        page = RawPage(body=item.body, url=item.url, content_type=item.content_type)
        async with self.handed_over:  # the site as it is now: this one keeps learning
            if self.indexing:
                future, bound = self.guard.submit(clean_to_document, page, source, site.snapshot(), item.fetched_at)
            else:
                future, bound = self.guard.submit(clean_learning, page, source, site.snapshot())
            await asyncio.wait([asyncio.wrap_future(future)])
        result = outcome(future, bound)
        if isinstance(result, Failure):
            log.error("cleaning %s failed: %s", item.url, result)
            self.stats.inc_value("yilian/clean_errors")
            self.stats.inc_value(f"yilian/clean_failures/{result.kind}")
            samples = self.stats.get_value("yilian/clean_failure_samples") or []
            if len(samples) < 20:
                self.stats.set_value("yilian/clean_failure_samples", [*samples, {"url": item.url, "reason": str(result)}])
            return item
        if self.indexing:
            article, item.document, counts, pages = result
        else:
            article, counts, pages = result
        learn(site, counts, pages)
        item.article = article
        self._count(article, item.source_id)
        return item

    def _count(self, article, source_id: str) -> None:
        inc = self.stats.inc_value
        if not article.is_article:
            inc("yilian/non_articles")
            inc(f"yilian/non_articles/{article.non_article_reason or 'unknown'}")
            inc(f"yilian/sources/{source_id}/non_articles")
            return
        inc("yilian/articles")
        inc(f"yilian/sources/{source_id}/articles")
        if "damaged" in article.flags:
            inc(f"yilian/sources/{source_id}/damaged")
        inc(f"yilian/encoding/{article.encoding.used}")
        for flag in article.flags:
            inc(f"yilian/flags/{flag}")
        for repair in article.encoding.repairs:
            inc(f"yilian/repairs/{repair.kind}")


class JsonLinesPipeline:
    """Write each cleaned article as one JSON line (`yilian crawl --out FILE`)."""

    def __init__(self, path: str | None, append: bool = False):
        self.path = path
        self.append = append  # a resumed crawl adds to what the killed one wrote
        self.file = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("YILIAN_OUT"), crawler.settings.getbool("YILIAN_OUT_APPEND"))

    def open_spider(self, spider=None):
        if self.path:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.file = open(self.path, "a" if self.append else "w", encoding="utf-8")

    def close_spider(self, spider=None):
        if self.file:
            self.file.close()

    def process_item(self, item: PageItem, spider=None) -> PageItem:
        if self.file and item.article is not None:
            record = {"source_id": item.source_id, **item.article.to_dict()}
            self.file.write(json.dumps(record, ensure_ascii=False) + "\n")
        return item


class IndexPipeline:
    """Bulk-index articles; the id comes from the canonical URL, so a re-crawl overwrites.

    Writes and repost verdicts go through indexer/writer.py: retried through an Elasticsearch outage,
    spooled on disk when it lasts longer than the outage window, replayed on the next crawl. The
    indexed, failed and pending counts are crawl stats as they happen (progress lines, summary).
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.enabled = crawler.settings.getbool("YILIAN_INDEX", True)
        self.spool_dir = crawler.settings.get("YILIAN_SPOOL_DIR")
        self.writer = self.client = None
        self.fingerprints: dict = {}  # per alias (a replayed spool may hold another's): indexer.reposts.FingerprintTable
        self.repost_counts: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        if not self.enabled:
            return
        from indexer.client import get_client
        from indexer.lifecycle import ensure_index
        from indexer.spool import Spool
        from indexer.writer import BulkWriter
        from yilian.settings import get_settings

        client = self.client = get_client().options(max_retries=0)
        alias = get_settings().index_alias
        self.writer = BulkWriter(client, alias=alias, background=True, regroup=self._group_reposts,
                                 spool=Spool(self.spool_dir) if self.spool_dir else None,
                                 prepare=lambda: ensure_index(client, alias), on_progress=self._progress)

    def _progress(self, counts: dict) -> None:
        """Called by the writer's thread after each batch: plain value sets, read by the progress lines."""
        stats = self.crawler.stats
        stats.set_value("yilian/indexed", counts["indexed"])
        stats.set_value("yilian/index_errors", counts["errors"])
        stats.set_value("yilian/index_pending", counts["pending"])
        stats.set_value("yilian/index_spooled", counts["spooled"])
        stats.set_value("yilian/index_replayed", counts["replayed"])
        stats.set_value("yilian/index_outage", counts["outage"])
        for source_id, errors in counts["errors_by_source"].items():
            stats.set_value(f"yilian/sources/{source_id}/index_errors", errors)

    def close_spider(self, spider=None):
        if self.writer is None:
            return
        summary = self.writer.close()
        self._progress(summary)
        self.crawler.stats.set_value("yilian/index_error_samples", summary["error_samples"])
        counts = {key: self.repost_counts.get(key, 0) for key in ("reposts_confirmed", "updated", "errors")}
        from indexer.bulk import is_retryable
        from indexer.reposts import group_totals

        if not summary["outage"]:
            try:  # per-batch counts overlap (a group is seen again by every batch that adds to it)
                counts.update(group_totals(self.client, self.writer.alias))
            except Exception as exc:  # noqa: BLE001 - the figures are informative; the crawl is done
                if not is_retryable(exc):
                    raise
                log.warning("repost totals unavailable: %s", exc)
        self.crawler.stats.set_value("yilian/repost_groups", counts)
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        from indexer.alliances import rebuild_registry

        try:  # after the reposts are settled: the registry counts each story once
            registry = rebuild_registry(self.writer.client, self.writer.alias)
            self.crawler.stats.set_value("yilian/alliances", registry["alliances"])
        except (ApiError, TransportError, RuntimeError) as exc:  # the articles are indexed; the registry stays as it was
            log.error("alliance registry not rebuilt: %s", exc)

    def _group_reposts(self, alias: str, ids: list[str]) -> dict[str, int]:
        """After each batch is written (in the writer thread, while the crawl goes on, or when the spool
        is replayed): tell the crawl state, then group the batch's articles with their copies already in
        the index. One attempt: when Elasticsearch fails, the writer spools the ids and this runs again
        when it is back."""
        from indexer.bulk import RetryPolicy
        from indexer.reposts import FingerprintTable, group_reposts_in_index

        tracker = getattr(self.crawler.spider, "tracker", None)
        if tracker is not None:  # written: the crawl state may now call these articles known and done
            tracker.indexed(ids)
        # the index's fingerprints are read with the first batch; each later one reads what was written since
        fingerprints = self.fingerprints.setdefault(alias, FingerprintTable())
        counts = group_reposts_in_index(self.client, alias, ids, policy=RetryPolicy(window=0), fingerprints=fingerprints)
        for key, value in counts.items():
            self.repost_counts[key] = self.repost_counts.get(key, 0) + value
        return counts

    async def process_item(self, item: PageItem, spider=None) -> PageItem:
        """Hand the document to the writer; while its queue is full (Elasticsearch slower than the crawl)
        the item waits here without blocking the reactor, and Scrapy downloads no more meanwhile."""
        if self.writer is None or item.document is None or item.unchanged:
            return item
        doc = item.document
        tracker = getattr(self.crawler.spider, "tracker", None)
        if tracker is not None:
            tracker.sent_to_index(item, doc["id"])
        self.writer.add(doc)
        if (room := self.writer.room()) is not None:
            await asyncio.wrap_future(room)
        return item
