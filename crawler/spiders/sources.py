"""One config-driven spider: list pages and pagination in, raw article pages out.

It only finds requests. Decoding and extraction happen in the item pipeline on the raw
bytes, so nothing here reads ``response.text``. Which links are articles and which is the next
page comes from the source's selectors or, without them, the list-page detector (yilian.listing);
what to fetch again comes from the crawl state (crawler.incremental), when the crawl has one.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime, timezone

import scrapy
from scrapy.http import Request, Response
from w3lib.encoding import html_to_unicode

from crawler.distributed import LIST_DONE
from crawler.items import PageItem
from yilian.clean.decode import decode
from yilian.crawlstate import Entry
from yilian.incremental import Plan, conditional_headers, keep_paging, plan_article
from yilian.listing.configured import read_list
from yilian.listing.detect import ListPage
from yilian.records import RawPage
from yilian.scope import scope_refusal
from yilian.sources import Source

# A list page before the article pages queued: its links (and its next page) keep every free download
# slot busy. At equal priority a shared crawl's Redis queue hands out members in byte order (here the
# articles' /2024/... before the lists' /index_2...), so the walk down the list pages waited behind each
# page's articles: the crawl became a chain of list fetches, whatever the number of processes.
LIST_PRIORITY = 10


def list_page(response: Response, source: Source,
              on_decode_error: Callable[[Exception], None] | None = None) -> ListPage:
    """A list page decoded by our own decode stage (link texts such as 下一页 must be read right), then
    read with the source's selectors or the detector.

    Should decoding fail, the page is read by its declared charset (w3lib) instead: a list page's links
    are worth more than its perfect text, and losing them would lose every article behind them."""
    content_type = _header(response, b"Content-Type")
    try:
        html = decode(RawPage(body=response.body, url=response.url, content_type=content_type)).html
    except Exception as exc:  # noqa: BLE001 - any decode bug; the page is still read below
        if on_decode_error:
            on_decode_error(exc)
        html = html_to_unicode(content_type, response.body)[1]
    return read_list(source, html, response.url)


def stagger_offset(source_id: str, spread: float) -> float:
    """Seconds after the crawl's start when a source's first request goes out: spread evenly and
    stable per source, so 200 sources due at 03:00 do not hit the network in the same second."""
    return (zlib.crc32(source_id.encode("utf-8")) % 10_000) / 10_000 * spread if spread > 0 else 0.0


class SourcesSpider(scrapy.Spider):
    name = "sources"

    def __init__(self, sources: list[Source], fixture_base: str | None = None, tracker=None,
                 stagger: float = 0.0, replay: dict | None = None, shared=None, **kwargs):
        super().__init__(**kwargs)
        self.sources = {source.id: source for source in sources}
        self.start_urls_by_source = {s.id: s.resolved_start_urls(fixture_base) for s in sources}
        self.scopes = {s.id: s.scope(fixture_base) for s in sources}  # also read by crawler.middlewares
        self.articles_found: dict[str, set[str]] = {s.id: set() for s in sources}
        self.tracker = tracker  # crawler.incremental.Tracker: the crawl state, or None for a stateless crawl
        self.stagger = stagger
        self.replay = replay or {}  # url -> yilian.archive.ArchivedPage: fetched by a killed run, not yet indexed
        self.shared = shared  # crawler.distributed.Member when processes share the crawl (YILIAN_REDIS_URL)

    async def start(self):
        if self.tracker is not None and self.tracker.run.resumed:
            for entry in self.tracker.run.pending:
                if entry.url in self.replay:
                    yield _archived_item(self.replay[entry.url], entry)
                    continue
                callback = self.parse_list if entry.kind == "list" else self.parse_article
                # shared: the seen set knows it (this process took it), but nobody else will fetch it.
                # A list page is asked for whole: it was recorded fetched (its validators kept) before its
                # links were safe, and a 304 would drop them
                yield self._request(entry.url, entry.source_id, callback, title=entry.title,
                                    dont_filter=self.shared is not None, conditional=entry.kind != "list")
            return
        starts = [Entry(url, source_id, "list") for source_id, urls in self.start_urls_by_source.items() for url in urls]
        rechecks = self._due_rechecks() if self.tracker is not None else []
        if self.tracker is not None:
            self.tracker.planned(starts + rechecks)
        began = asyncio.get_running_loop().time() if self.stagger else 0.0
        for entry in sorted(starts, key=lambda e: stagger_offset(e.source_id, self.stagger)):
            if self.stagger:
                wait = began + stagger_offset(entry.source_id, self.stagger) - asyncio.get_running_loop().time()
                if wait > 0:
                    await asyncio.sleep(wait)
            yield self._request(entry.url, entry.source_id, self.parse_list)
        for entry in rechecks:
            yield self._request(entry.url, entry.source_id, self.parse_article, title=entry.title)

    def _due_rechecks(self) -> list[Entry]:
        """Known articles whose re-check window has passed, asked for directly (conditionally): the list
        that showed them may be unchanged, or they may have dropped off its walked pages."""
        now, out = datetime.now(timezone.utc), []
        for source_id, source in self.sources.items():
            full = self.tracker.full or source.full_rewalk
            for url, known in self.tracker.known_articles(source_id).items():
                if plan_article(known, None, now, source.recheck_days, full) is Plan.RECHECK:
                    out.append(Entry(url, source_id, "article", known.title))
                    self.tracker.count(source_id, "articles_recheck")
        return out

    def _request(self, url: str, source_id: str, callback, title: str | None = None,
                 dont_filter: bool = False, conditional: bool = True) -> Request:
        kind = "list" if callback == self.parse_list else "article"
        headers = conditional_headers(self.tracker.known(source_id, kind, url)) if self.tracker and conditional else {}
        meta = {"source_id": source_id, "download_slot": source_id, "listed_title": title, "page_kind": kind}
        if headers:
            meta["handle_httpstatus_list"] = [304]
        return Request(url, callback=callback, errback=self.failed, headers=headers, meta=meta,
                       dont_filter=dont_filter, priority=LIST_PRIORITY if kind == "list" else 0)

    def parse_list(self, response: Response) -> Iterator[Request]:
        source_id = response.meta["source_id"]
        source, scope = self.sources[source_id], self.scopes[source_id]
        tracker = self.tracker
        if response.status == 304:  # the list is as it was: nothing new on it, nothing further to walk
            tracker.not_modified(response, "list")
            return
        self.crawler.stats.inc_value("yilian/list_pages")
        found = list_page(response, source, lambda exc: self._list_decode_failed(response.url, exc))
        page = tracker.list_page(response, len(found.articles)) if tracker is not None else None
        listed = [a for a in found.articles if scope_refusal(a.url, scope) is None]
        requests, entries = [], []
        seen, cap = self.articles_found[source_id], source.politeness.max_pages
        now = datetime.now(timezone.utc)
        capped = False
        for article in listed:
            if cap and len(seen) >= cap:
                capped = True  # lists run newest first: a capped source keeps its latest articles, pages no further
                break
            if article.url in seen or (tracker is not None and tracker.requested(article.url)):
                continue
            seen.add(article.url)
            if tracker is not None:
                plan = plan_article(tracker.known(source_id, "article", article.url), article.title or None, now,
                                    source.recheck_days, tracker.full or source.full_rewalk)
                tracker.count(source_id, f"articles_{plan.value}")
                if plan is Plan.SKIP:
                    continue
            entries.append(Entry(article.url, source_id, "article", article.title or None))
            requests.append(self._request(article.url, source_id, self.parse_article, title=article.title or None))
        follow = found.next_page and not capped and scope_refusal(found.next_page, scope) is None
        if follow and tracker is not None:
            follow = keep_paging([a.url for a in listed], tracker.known_articles(source_id),
                                 tracker.walked_to_end(source_id), tracker.full or source.full_rewalk)
            if not follow:
                tracker.count(source_id, "stopped_at_known")
            elif tracker.requested(found.next_page):
                follow = False
        if follow:  # first: the engine moves requests into the download slot's own queue (first in, first
            # out) as they are yielded, up to CONCURRENT_REQUESTS, where a priority no longer counts
            entries.append(Entry(found.next_page, source_id, "list"))
            requests.insert(0, self._request(found.next_page, source_id, self.parse_list))
        elif tracker is not None and not found.next_page and not capped:
            tracker.reached_end(source_id)
        # the list page is done once its links are safe: in the crawl state (its own pending requests) or,
        # in a shared crawl, once the last of them is in the shared queue (SharedScheduler marks it then:
        # Scrapy reads a callback's output ahead of what it has enqueued), so a process killed in between
        # leaves the list page pending, not its links lost
        if tracker is not None and tracker.shared and requests:
            tracker.planned(entries, fetched=page)
            requests[-1].meta[LIST_DONE] = response.url
        elif tracker is not None:
            tracker.planned(entries, done=response.url, fetched=page)
        yield from requests

    def _list_decode_failed(self, url: str, exc: Exception) -> None:
        self.logger.error("decoding list page %s failed (%r); read by its declared charset", url, exc)
        self.crawler.stats.inc_value("yilian/list_decode_errors")

    def parse_article(self, response: Response) -> Iterator[PageItem]:
        if response.status == 304:
            self.tracker.not_modified(response, "article")
            return
        yield PageItem(
            source_id=response.meta["source_id"],
            url=response.url,
            status=response.status,
            content_type=_header(response, b"Content-Type"),
            body=response.body,
            fetched_at=datetime.now(timezone.utc),
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
            listed_title=response.meta.get("listed_title"),
        )

    def failed(self, failure) -> None:
        """A request that got no usable response: counted per source by kind (403, 429, 5xx, timeout, robots)."""
        if self.tracker is not None:
            self.tracker.failed(failure)


def _archived_item(page, entry: Entry) -> PageItem:
    return PageItem(source_id=entry.source_id, url=page.url, status=200, content_type=page.content_type,
                    body=page.body, fetched_at=page.fetched_at, etag=page.etag, last_modified=page.last_modified,
                    listed_title=entry.title, archived=True)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value is not None else None
