"""Several `yilian crawl` processes on one crawl (YILIAN_REDIS_URL): thin Scrapy adapters of yilian.sharedcrawl.

- SharedScheduler: scrapy-redis's scheduler (shared queue and duplicate filter) on SourceQueue, which takes
  from the shared queue only a request this process can start now (ready_sources); a request taken marks
  this process busy and is recorded in this process's crawl state, so a killed process fetches again, on
  resume, exactly what it had taken and not finished. Until recorded it stays among this process's taken
  requests in Redis (sharedcrawl.pop/ack): a process killed in between leaves it to be given back.
- SharedDelayHandler: Scrapy's HTTP handler, once the source's turn to send is taken across processes (a
  source with a delay has one request in flight at a time, the delay counted from its answer). It runs
  when the request leaves the local download slot, so nothing local delays the send after the turn.
- SharedCrawl: heartbeats; takes what became startable without a local event (another process's turn at a
  source ended, or it queued requests); an idle process stays while the crawl may still grow elsewhere.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter, deque
from dataclasses import dataclass, field

import redis
from scrapy import signals
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.queue import Base
from scrapy_redis.scheduler import Scheduler
from scrapy.utils.defer import deferred_from_coro
from twisted.internet import task

from yilian import sharedcrawl
from yilian.sources import Source

TAKEN = "yilian_taken"  # meta: a request the poll took from the shared queue, on its way to the engine
LIST_DONE = "yilian_list_done"  # meta of a list page's last request: that page's URL, done once it is queued
UNACKED = "yilian_unacked"  # meta: the request as popped, acknowledged (sharedcrawl.ack) once recorded


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
        "SCHEDULER_QUEUE_CLASS": "crawler.distributed.SourceQueue",
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


def ready_sources(under_way: list, limits: dict[str, int], delays: dict[str, float]) -> list[tuple[str, bool]]:
    """The sources this process can start a request of now, each with whether its turn must be free too:
    fewer of its requests under way here (taken, not answered) than its slot's concurrency, and for a
    source with a shared delay none (one request at a time across all processes)."""
    counts = Counter(request.meta.get("source_id") for request in under_way)  # robots.txt: None
    return [(source_id, delays.get(source_id, 0.0) > 0) for source_id, limit in limits.items()
            if counts[source_id] < (1 if delays.get(source_id, 0.0) > 0 else limit)]


class SourceQueue(Base):
    """scrapy-redis's queue interface on sharedcrawl's queue per source. Scrapy's engine moves requests
    into its download slots while they have room (up to CONCURRENT_REQUESTS), where no other process can
    take them; this queue hands out only what this process can start now, so the rest stays shared."""

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        settings = spider.crawler.settings
        self.keys = spider.shared.keys
        self.delays = settings.getdict("YILIAN_SHARED_DELAYS")
        self.limits = {source_id: slot["concurrency"] for source_id, slot in settings.getdict("DOWNLOAD_SLOTS").items()}

    def __len__(self):
        return sharedcrawl.queued(self.server, self.keys)

    def push(self, request, fingerprint: str | None = None) -> bool:
        """False when ``fingerprint`` was seen already (the seen check and the push are one round trip)."""
        return sharedcrawl.push(self.server, self.keys, request.meta["source_id"], request.priority,
                                self._encode_request(request), fingerprint)

    def pop(self, timeout=0):
        ready = ready_sources(list(self.spider.crawler.engine.downloader.active), self.limits, self.delays)
        data = sharedcrawl.pop(self.server, self.keys, self.spider.shared.worker, ready)
        if data is None:
            return None
        request = self._decode_request(data)
        request.meta[UNACKED] = data
        return request

    def ack(self, request) -> None:
        """The request is recorded where this process resumes from: Redis need not give it back."""
        sharedcrawl.ack(self.server, self.keys, self.spider.shared.worker, request.meta.pop(UNACKED))

    def clear(self):
        sharedcrawl.clear_queue(self.server, self.keys)


def held(crawler) -> int:
    """Requests this process has taken from the shared queue and not yet sent (waiting in its download
    slots, its middlewares or for a source's turn): what no other process can take."""
    return len(crawler.engine.downloader.active) - crawler.stats.get_value("yilian/shared/sending", 0)


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler (without the stats call Scrapy 2.13+ warns about) on SourceQueue; the
    requests SharedCrawl's poll took go to the engine first."""

    def open(self, spider):
        super().open(spider)
        self.taken = deque()

    def enqueue_request(self, request):
        if request.meta.pop(TAKEN, False):  # recorded now: popped from the shared queue in this same call
            self._claimed(request)
            self.taken.append(request)
            return True
        list_done = request.meta.pop(LIST_DONE, None)  # not sent along to the process that takes it
        fingerprint = None if request.dont_filter else self.df.request_fingerprint(request)
        queued = self.queue.push(request, fingerprint)
        tracker = getattr(self.spider, "tracker", None)
        if list_done and tracker is not None:  # its links before it are queued (or seen) too
            tracker.planned([], done=list_done)
        if not queued:
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def has_pending_requests(self):
        return bool(self.taken) or super().has_pending_requests()

    def next_request(self):
        if self.taken:
            return self.taken.popleft()
        request = self._pop()
        if request is not None:
            self._claimed(request)
        return request

    def _claimed(self, request) -> None:
        self.stats.inc_value("scheduler/dequeued/redis")
        self.stats.max_value("yilian/shared/held_max", held(self.spider.crawler) + 1 + len(self.taken))
        tracker = getattr(self.spider, "tracker", None)
        if tracker is not None:
            tracker.claimed(request)  # committed before the ack: in between, a kill -9 makes it taken twice
        self.queue.ack(request)

    def _pop(self):
        member = getattr(self.spider, "shared", None)
        was_busy = member.busy if member else True
        if member:  # busy before the pop: an idle process that looks in between must not see an empty crawl
            member.set_busy(True)
        request = self.queue.pop()
        if request is None and member and not was_busy:
            member.set_busy(False)
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
        if member is None:
            return await super().download_request(request)
        if delay <= 0:
            return await self._send(request)
        while (wait := sharedcrawl.acquire(member.client, member.keys, source_id, member.worker, self.lease)) > 0:
            await asyncio.sleep(wait)
        try:
            return await self._send(request)
        finally:
            sharedcrawl.release(member.client, member.keys, source_id, member.worker, delay)

    async def _send(self, request):
        """Counted while it is sent: what is under way and not sent is held (distributed.held)."""
        stats = self.crawler.stats
        stats.inc_value("yilian/shared/sending")
        try:
            return await super().download_request(request)
        finally:
            stats.inc_value("yilian/shared/sending", -1)


class SharedCrawl:
    """Scrapy asks the scheduler again when a download of this process ends, else only every 5 s; a request
    that became startable meanwhile (queued by another process, or its source's turn ended there) is handed
    to the engine (engine.crawl) within IDLE_POLL_S instead."""

    IDLE_POLL_S = 0.25

    def __init__(self, crawler):
        self.crawler = crawler
        self.loop = self.poll = None
        self.queue = None
        self.opened_at = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        return ext

    def _member(self) -> Member | None:
        return getattr(self.crawler.spider, "shared", None)

    def spider_opened(self, spider):
        member = self._member()
        if member is None:
            return
        self.crawler.stats.set_value("yilian/shared", {"crawl": member.keys.crawl, "worker": member.worker,
                                                       "opened": member.opened})
        self.opened_at = time.monotonic()
        self.loop = task.LoopingCall(sharedcrawl.heartbeat, member.client, member.keys, member.worker)
        self.loop.start(sharedcrawl.HEARTBEAT_S, now=True)
        self.queue = SourceQueue(member.client, spider, member.keys.queue)
        self.poll = task.LoopingCall(self.take_ready)
        self.poll.start(self.IDLE_POLL_S, now=False)

    def response_received(self, response, request, spider):
        """When this process's last response came: what follows until it closes is waiting on the others."""
        self.crawler.stats.set_value("yilian/shared/last_response_s", round(time.monotonic() - self.opened_at, 2))

    def take_ready(self) -> None:
        member, engine, stats = self._member(), self.crawler.engine, self.crawler.stats
        if member is None:
            return
        stats.set_value("yilian/shared/held", held(self.crawler))
        if engine.needs_backout():
            return
        was_busy = member.busy
        member.set_busy(True)  # before the pop, as SharedScheduler does
        request = self.queue.pop()
        if request is None:
            if not was_busy:
                member.set_busy(False)
                self.close_when_done()
            return
        request.meta[TAKEN] = True  # the scheduler hands it to the engine before anything else
        engine.crawl(request)

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
