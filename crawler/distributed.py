"""Several `yilian crawl` processes on one crawl (YILIAN_REDIS_URL): thin Scrapy adapters of yilian.sharedcrawl.

- SharedScheduler: scrapy-redis's scheduler (shared queue and duplicate filter); a request taken from the
  shared queue marks this process busy and is recorded in this process's crawl state, so a killed process
  fetches again, on resume, exactly what it had taken and not finished.
- SharedDelayHandler: Scrapy's HTTP handler, once the source's turn to send is taken across processes (a
  source with a delay has one request in flight at a time, the delay counted from its answer). It runs
  when the request leaves the local download slot, so nothing local delays the send after the turn.
- SharedCrawl: heartbeats; an idle process stays while the crawl may still grow elsewhere, and takes what
  the others queue meanwhile.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import redis
from scrapy import signals
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from yilian import sharedcrawl
from yilian.sources import Source


@dataclass
class Member:
    """This process in a shared crawl: the spider carries it (``spider.shared``) to the components."""

    client: redis.Redis
    keys: sharedcrawl.CrawlKeys
    worker: str
    opened: bool  # this process opened the crawl (nobody was on it, nothing queued)
    busy: bool = field(default=False)

    @classmethod
    def join(cls, url: str, crawl: str) -> "Member":
        client = sharedcrawl.connect(url)
        keys, worker = sharedcrawl.CrawlKeys(crawl), sharedcrawl.worker_name()
        return cls(client, keys, worker, sharedcrawl.join(client, keys, worker))

    def set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            sharedcrawl.set_busy(self.client, self.keys, self.worker, busy)
            self.busy = busy

    def leave(self) -> None:
        sharedcrawl.leave(self.client, self.keys, self.worker)
        self.client.close()


def distributed_settings(url: str, keys: sharedcrawl.CrawlKeys, sources: list[Source], fast: bool,
                         extensions: dict) -> dict:
    """The Scrapy settings a shared crawl adds (``extensions``: the ones configured, kept). The queue and the
    seen-requests set persist when a process closes (the others are still on them); the next crawl that
    opens clears the seen set (sharedcrawl.join)."""
    return {
        "SCHEDULER": "crawler.distributed.SharedScheduler",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",  # sharedcrawl counts it with ZCARD
        "SCHEDULER_QUEUE_KEY": keys.queue,
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter,
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": url,
        "DOWNLOAD_HANDLERS": {"http": "crawler.distributed.SharedDelayHandler",
                              "https": "crawler.distributed.SharedDelayHandler"},
        "YILIAN_SHARED_DELAYS": {s.id: 0.0 if fast else s.politeness.download_delay for s in sources},
        "EXTENSIONS": {**extensions, "crawler.distributed.SharedCrawl": 400},
    }


class SharedScheduler(Scheduler):
    """enqueue_request and next_request are scrapy-redis's, without the stats call Scrapy 2.13+ warns about."""

    def enqueue_request(self, request):
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self):
        member = getattr(self.spider, "shared", None)
        was_busy = member.busy if member else True
        if member:  # busy before the pop: an idle process that looks in between must not see an empty crawl
            member.set_busy(True)
        request = self.queue.pop()
        if request is None:
            if member and not was_busy:
                member.set_busy(False)
            return None
        self.stats.inc_value("scheduler/dequeued/redis")
        tracker = getattr(self.spider, "tracker", None)
        if tracker is not None:
            tracker.claimed(request)
        return request


class SharedDelayHandler(HTTP11DownloadHandler):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.delays = crawler.settings.getdict("YILIAN_SHARED_DELAYS")
        self.lease = crawler.settings.getfloat("DOWNLOAD_TIMEOUT") + 10

    async def download_request(self, request):
        member = getattr(self.crawler.spider, "shared", None)
        source_id = request.meta.get("source_id")  # robots.txt has none: once per process, not a source's page
        delay = self.delays.get(source_id, 0.0)
        if member is None or delay <= 0:
            return await super().download_request(request)
        while (wait := sharedcrawl.acquire(member.client, member.keys, source_id, member.worker, self.lease)) > 0:
            await asyncio.sleep(wait)
        try:
            return await super().download_request(request)
        finally:
            sharedcrawl.release(member.client, member.keys, source_id, member.worker, delay)


class SharedCrawl:
    """Scrapy looks at an idle process's scheduler only every 5 s; a request queued meanwhile by another
    process is handed to the engine (engine.crawl) within IDLE_POLL_S instead."""

    IDLE_POLL_S = 0.25

    def __init__(self, crawler):
        self.crawler = crawler
        self.loop = self.poll = None
        self.queue = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _member(self) -> Member | None:
        return getattr(self.crawler.spider, "shared", None)

    def spider_opened(self, spider):
        member = self._member()
        if member is None:
            return
        self.crawler.stats.set_value("yilian/shared", {"crawl": member.keys.crawl, "worker": member.worker,
                                                       "opened": member.opened})
        self.loop = task.LoopingCall(sharedcrawl.heartbeat, member.client, member.keys, member.worker)
        self.loop.start(sharedcrawl.HEARTBEAT_S, now=True)
        self.queue = PriorityQueue(member.client, spider, member.keys.queue)
        self.poll = task.LoopingCall(self.take_while_idle)
        self.poll.start(self.IDLE_POLL_S, now=False)

    def take_while_idle(self) -> None:
        member = self._member()
        if member is None or member.busy:  # a busy process asks its scheduler often enough
            return
        member.set_busy(True)  # before the pop, as SharedScheduler does
        request = self.queue.pop()
        if request is None:
            member.set_busy(False)
            self.close_when_done()
            return
        # back through the scheduler (the seen set knows it already): the engine wakes up and takes it
        self.crawler.engine.crawl(request.replace(dont_filter=True))

    def close_when_done(self) -> None:
        """Scrapy asks an idle spider whether to close only every 5 s: a process that kept waiting while
        the others worked closes within IDLE_POLL_S of their end instead (a 10 s shared crawl ran 5 s longer)."""
        member, engine = self._member(), self.crawler.engine
        if engine.spider_is_idle() and not sharedcrawl.others_working(member.client, member.keys, member.worker):
            deferred_from_coro(engine.close_spider_async(reason="finished"))

    def spider_idle(self, spider):
        """Scrapy asks again every few seconds while this raises; then the shared queue is looked at anew."""
        member = self._member()
        if member is None:
            return
        member.set_busy(False)
        if sharedcrawl.others_working(member.client, member.keys, member.worker):
            raise DontCloseSpider

    def spider_closed(self, spider, reason):
        for loop in (self.loop, self.poll):
            if loop and loop.running:
                loop.stop()  # crawler.run leaves the crawl once the process is done with it
