"""Downloader middleware: no request leaves the crawler unless it is inside its source's scope.

Every request passes here before it is sent, including start URLs, redirects (Scrapy schedules the
redirect target as a new request) and robots.txt fetches, so one check covers them all. The rules
are yilian/scope.py's; the host name is resolved through the crawl's own caching resolver, so the
address checked is the address the download then connects to.
"""

from __future__ import annotations

import ipaddress
import logging
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.error import DNSLookupError

from yilian.scope import ALLOW_PRIVATE_HINT, address_refusal, scope_refusal, url_refusal

log = logging.getLogger(__name__)


class ScopeMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.allow_private = crawler.settings.getbool("YILIAN_ALLOW_PRIVATE_NETWORKS", False)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        source_id = request.meta.get("source_id")
        scopes = getattr(self.crawler.spider, "scopes", {})
        # robots.txt and other requests Scrapy makes itself carry no source: the host rules came first
        reason = scope_refusal(request.url, scopes[source_id]) if source_id in scopes else url_refusal(request.url)
        if reason is None and not self.allow_private:
            reason = await self._address_refusal(request)
        if reason is not None:
            self._refuse(request, reason)

    async def _address_refusal(self, request: Request) -> str | None:
        from twisted.internet import reactor

        host = (urlsplit(request.url).hostname or "").split("%", 1)[0]
        try:
            ipaddress.ip_address(host)
            address = host
        except ValueError:
            try:
                address = await maybe_deferred_to_future(reactor.resolve(host))
            except DNSLookupError:
                return None  # the download reports the lookup failure itself
        reason = address_refusal(address)
        if reason and address != host:
            reason = f"{host} resolves to {reason}"
        return f"{reason}; {ALLOW_PRIVATE_HINT}" if reason else None

    def _refuse(self, request: Request, reason: str) -> None:
        stats = self.crawler.stats
        redirected = request.meta.get("redirect_urls")
        what = f"redirect from {redirected[0]} to {request.url}" if redirected else request.url
        stats.inc_value("yilian/refused")
        source_id = request.meta.get("source_id")
        if source_id:
            stats.inc_value(f"yilian/sources/{source_id}/refused")
            starts = getattr(self.crawler.spider, "start_urls_by_source", {}).get(source_id, [])
            if not redirected and request.url in starts:  # the source cannot be crawled at all: its config is wrong
                stats.inc_value("yilian/refused_start_urls")
        samples = stats.get_value("yilian/refused_samples") or []
        if len(samples) < 20:
            stats.set_value("yilian/refused_samples", [*samples, {"url": what, "reason": reason}])
        log.warning("refused %s: %s", what, reason)
        raise IgnoreRequest(f"refused {what}: {reason}")

