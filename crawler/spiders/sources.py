"""One config-driven spider: list pages and pagination in, raw article pages out.

It only finds requests. Decoding and extraction happen in the item pipeline on the raw
bytes, so nothing here reads ``response.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import scrapy
from parsel import Selector as ParselSelector
from scrapy.http import Request, Response

from crawler.items import PageItem
from yilian.clean.decode import decode
from yilian.records import RawPage
from yilian.sources import Selector, Source


def list_page(response: Response) -> ParselSelector:
    """A list page decoded by our own decode stage: link texts such as 下一页 must be read right."""
    page = RawPage(body=response.body, url=response.url, content_type=_header(response, b"Content-Type"))
    return ParselSelector(text=decode(page).html, type="html", base_url=response.url)


def select_urls(page: ParselSelector, selector: Selector, base_url: str) -> list[str]:
    """Absolute URLs picked by a source's CSS/XPath, whether it selects <a> elements or href strings."""
    found = page.css(selector.css) if selector.css else page.xpath(selector.xpath)
    urls = []
    for node in found:
        href = node.root if isinstance(node.root, str) else node.attrib.get("href")
        if href and not href.strip().startswith(("javascript:", "mailto:", "#")):
            urls.append(urljoin(base_url, href.strip()))
    return list(dict.fromkeys(urls))


def in_scope(url: str, source: Source, start_urls: list[str]) -> bool:
    """A source's own pages: its `allow` patterns when given, else the start URLs' host."""
    if source.allow:
        return any(re.search(pattern, url) for pattern in source.allow)
    host = urlsplit(url).netloc
    return any(urlsplit(start).netloc == host for start in start_urls)


class SourcesSpider(scrapy.Spider):
    name = "sources"

    def __init__(self, sources: list[Source], fixture_base: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.sources = {source.id: source for source in sources}
        self.start_urls_by_source = {s.id: s.resolved_start_urls(fixture_base) for s in sources}
        self.articles_found: dict[str, set[str]] = {s.id: set() for s in sources}

    async def start(self):
        for source_id, urls in self.start_urls_by_source.items():
            for url in urls:
                yield self._request(url, source_id, self.parse_list)

    def _request(self, url: str, source_id: str, callback) -> Request:
        return Request(url, callback=callback, meta={"source_id": source_id, "download_slot": source_id})

    def parse_list(self, response: Response) -> Iterator[Request]:
        source_id = response.meta["source_id"]
        source = self.sources[source_id]
        start_urls = self.start_urls_by_source[source_id]
        self.crawler.stats.inc_value("yilian/list_pages")
        page = list_page(response)
        found, cap = self.articles_found[source_id], source.politeness.max_pages
        for url in select_urls(page, source.article_links, response.url):
            if cap and len(found) >= cap:
                return  # lists run newest first: a capped source keeps its latest articles, pages no further
            if in_scope(url, source, start_urls) and url not in found:
                found.add(url)
                yield self._request(url, source_id, self.parse_article)
        for url in select_urls(page, source.next_page, response.url):
            if in_scope(url, source, start_urls):
                yield self._request(url, source_id, self.parse_list)

    def parse_article(self, response: Response) -> Iterator[PageItem]:
        yield PageItem(
            source_id=response.meta["source_id"],
            url=response.url,
            status=response.status,
            content_type=_header(response, b"Content-Type"),
            body=response.body,
            fetched_at=datetime.now(timezone.utc),
        )


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value is not None else None
