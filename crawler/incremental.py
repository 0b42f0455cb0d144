"""The crawl state (yilian.crawlstate) as the spider and the item pipelines use it, plus per-source
counts for health. Thin adapters: the decisions are yilian.incremental's, the storage crawlstate's."""

from __future__ import annotations

import threading
from scrapy.http import Response

from crawler.items import PageItem
from yilian.crawlstate import CrawlState, Entry, Fetched, Known, Run, content_fingerprint, now_iso
from yilian.health import failure_kind, status_kind
from yilian.sources import Source


class Tracker:
    """One crawl run's memory: what earlier runs left, what this run planned and finished."""

    def __init__(self, state: CrawlState, run: Run, sources: list[Source], full: bool = False, shared: bool = False):
        self.state, self.run, self.full = state, run, full
        # In a shared crawl (crawler/distributed.py) another process may take what this one plans: its
        # frontier holds what it took from the shared queue (claimed), the rest waits in Redis.
        self.shared = shared
        self.started_at = now_iso()
        ids = [s.id for s in sources]
        self._known = {(sid, kind): state.known(sid, kind) for sid in ids for kind in ("list", "article")}
        self._walked = {sid: state.walked_to_end(sid) for sid in ids}
        self._requested = set(run.done) | {e.url for e in run.pending}
        self._awaiting: dict[str, PageItem] = {}
        self._lock = threading.Lock()
        self.stats = None
        self.resumed: dict | None = None  # what the summary says about a resumed run

    def bind(self, crawler) -> None:
        """Count into the crawl's stats (per source under yilian/sources/<id>/, totals under yilian/crawl/)."""
        from scrapy import signals

        def opened(spider) -> None:
            self.stats = crawler.stats
            if self.resumed is not None:
                self.stats.set_value("yilian/resumed", self.resumed)

        crawler.signals.connect(opened, signal=signals.spider_opened, weak=False)
        crawler.signals.connect(self.on_response, signal=signals.response_received)

    # ---- what earlier runs left ----------------------------------------------------------------

    def known(self, source_id: str, kind: str, url: str) -> Known | None:
        return self._known.get((source_id, kind), {}).get(url)

    def known_articles(self, source_id: str) -> dict[str, Known]:
        return self._known.get((source_id, "article"), {})

    def walked_to_end(self, source_id: str) -> bool:
        return self._walked.get(source_id, False)

    def reached_end(self, source_id: str) -> None:
        if not self._walked.get(source_id):
            self._walked[source_id] = True
            self.state.set_walked_to_end(source_id)

    def requested(self, url: str) -> bool:
        return url in self._requested

    # ---- this run ------------------------------------------------------------------------------

    def count(self, source_id: str, key: str, n: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"yilian/sources/{source_id}/{key}", n)
            self.stats.inc_value(f"yilian/crawl/{key}", n)

    def planned(self, entries: list[Entry], done: str | None = None, fetched: Fetched | None = None) -> None:
        """``fetched``: the list page that yielded ``entries`` (``list_page``), recorded in the same transaction."""
        self._requested.update(e.url for e in entries)
        self.state.add(self.run.run_id, [] if self.shared else entries, done_url=done,
                       pages=[fetched] if fetched is not None else ())

    def claimed(self, request) -> None:
        """A shared crawl's request this process took from the shared queue: pending here until done."""
        meta = request.meta
        if "source_id" in meta:
            self.state.add(self.run.run_id, [Entry(request.url, meta["source_id"], meta.get("page_kind", "article"),
                                                   meta.get("listed_title"))])

    def list_page(self, response: Response, links: int) -> Fetched:
        """Count a parsed list page; returns its record for ``planned``, which writes it with its links."""
        sid = response.meta["source_id"]
        self.count(sid, "list_pages")
        self.count(sid, "articles_listed", links)
        if not links:
            self.count(sid, "empty_list_pages")
        return Fetched(response.url, sid, "list", _header(response, b"ETag"), _header(response, b"Last-Modified"),
                       None, None, True)

    def not_modified(self, response: Response, kind: str) -> None:
        self.state.not_modified(response.url)
        self.state.done(self.run.run_id, [response.url])
        self.count(response.meta["source_id"], f"not_modified_{kind}")

    def on_response(self, response: Response, request, spider=None) -> None:
        sid = request.meta.get("source_id")
        if sid is None:
            return  # robots.txt
        self.count(sid, "responses")
        if kind := status_kind(response.status):
            self.count(sid, kind)

    def failed(self, failure) -> None:
        request = getattr(failure, "request", None) or getattr(failure.value, "request", None)
        response = getattr(failure.value, "response", None)
        if request is None:
            return
        if response is None:  # an HTTP error status was counted when the response came in
            self.count(request.meta["source_id"], failure_kind(type(failure.value).__name__, str(failure.value)))
        self.state.done(self.run.run_id, [request.url])

    # ---- articles, from the item pipelines -----------------------------------------------------

    def article_cleaned(self, item: PageItem, indexing: bool) -> None:
        """Decide whether a fetched article goes to the index: not when its cleaned content is what was
        indexed last time. Without an index it is recorded (and done) at once."""
        article = item.article
        if article is None:  # cleaning failed: done for this run, but not known (the next crawl tries again)
            self.state.done(self.run.run_id, [item.url])
            return
        item.fingerprint = content_fingerprint(article.title, article.published_at, article.body)
        known = self.known(item.source_id, "article", item.url)
        if known is not None and known.fingerprint == item.fingerprint:
            item.unchanged = True
            self.count(item.source_id, "unchanged")
            self._record(item, changed=False)
            return
        if known is not None:
            self.count(item.source_id, "changed")
        if not (indexing and article.is_article):
            self._record(item, changed=True)

    def sent_to_index(self, item: PageItem, doc_id: str) -> None:
        """The article went to the index writer; it is known and done when the writer reports ``doc_id``
        written (until then its frontier entry stays open: a killed crawl fetches it again)."""
        with self._lock:
            self._awaiting[doc_id] = item

    def indexed(self, doc_ids: list[str]) -> None:
        """The index writer confirmed these documents: now they are known and done (writer thread)."""
        with self._lock:
            items = [self._awaiting.pop(d) for d in doc_ids if d in self._awaiting]
        if items:
            self.state.indexed(self.run.run_id, [self._fetched(item, changed=True) for item in items])

    def _record(self, item: PageItem, changed: bool) -> None:
        self.state.indexed(self.run.run_id, [self._fetched(item, changed)])  # known and done, one transaction

    @staticmethod
    def _fetched(item: PageItem, changed: bool) -> Fetched:
        return Fetched(item.url, item.source_id, "article", item.etag, item.last_modified, item.fingerprint,
                       item.listed_title, changed)


class StatePipeline:
    """Between cleaning and indexing: an article whose cleaned content is unchanged is not re-indexed."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.indexing = crawler.settings.getbool("YILIAN_INDEX", True)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item: PageItem, spider=None) -> PageItem:
        tracker = getattr(self.crawler.spider, "tracker", None)
        if tracker is not None:
            tracker.article_cleaned(item, self.indexing)
        return item


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value is not None else None
