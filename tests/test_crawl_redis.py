"""Several crawler processes on one crawl (YILIAN_REDIS_URL): a real redis-server (conftest.redis_url), the
real Elasticsearch and the fixture web, two `yilian crawl` processes started together, each with its own
state directory as on two machines. What the site saw is read from the fixture server's access log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import redis
import yaml

from yilian import sharedcrawl
from yilian.fixtureweb import truth
from yilian.records import article_id

pytestmark = pytest.mark.es

ROOT = Path(__file__).resolve().parent.parent
DELAY = 0.3  # every source's download_delay in this crawl
TOLERANCE = 0.03  # seconds: the server stamps arrival, the crawler reserves send; loopback jitter


def polite_sources(path: Path) -> Path:
    """The demo sources with a short, exact delay (no autothrottle), so the test is quick and the gap exact."""
    config = yaml.safe_load((ROOT / "config" / "sources.yaml").read_text("utf-8"))
    for source in config["sources"]:
        source["politeness"] = {"download_delay": DELAY, "concurrent_requests_per_domain": 2, "autothrottle": False}
    path.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    return path


def crawl_process(base: str, sources: Path, env: dict, state: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "yilian.cli", "crawl", "--fixture-base", base, "--sources", str(sources)],
        env={**env, "YILIAN_STATE_DIR": str(state)}, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def shared_crawl(redis_url, es_client, tmp_path_factory):
    from tests.es_fixtures import drop_alias
    from yilian.fixtureweb.server import start_background

    tmp = tmp_path_factory.mktemp("shared")
    alias = f"yilian-redis-{os.getpid()}"
    env = {**os.environ, "YILIAN_INDEX": alias, "YILIAN_REDIS_URL": redis_url}
    sources = polite_sources(tmp / "sources.yaml")
    with start_background(port=0) as web:  # its own server: its access log holds this crawl only
        started = time.monotonic()
        procs = [crawl_process(web.base_url, sources, env, tmp / f"machine-{n}") for n in (1, 2)]
        outputs = [proc.communicate(timeout=300) for proc in procs]
        elapsed = time.monotonic() - started
        log = web.access_log
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err[-3000:] + out[-3000:]
    summaries = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    es_client.indices.refresh(index=alias)
    yield {"alias": alias, "base": web.base_url, "log": log, "summaries": summaries, "elapsed": elapsed,
           "redis_url": redis_url}
    drop_alias(es_client, alias)


def page_requests(log: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """robots.txt is read once by each process (each needs the rules); every other request is a source's page."""
    return [(at, path) for at, path in log if path != "/robots.txt"]


def test_no_page_is_requested_twice(shared_crawl):
    log = shared_crawl["log"]
    counts = Counter(path for _, path in page_requests(log))
    assert counts, "nothing was crawled"
    assert [path for path, n in counts.items() if n > 1] == []
    assert Counter(path for _, path in log)["/robots.txt"] <= 2
    # the processes' own figures add up to what the site saw
    assert sum(s["requests"] for s in shared_crawl["summaries"]) == len(log)


def test_no_article_is_lost(shared_crawl, es_client):
    articles = truth.articles()
    expected = {article_id(shared_crawl["base"] + a.path) for a in articles}
    found = es_client.mget(index=shared_crawl["alias"], ids=sorted(expected))["docs"]
    assert [d["_id"] for d in found if not d["found"]] == []
    assert es_client.count(index=shared_crawl["alias"])["count"] == len(articles)
    # each article was cleaned and sent to the index by exactly one process
    assert sum(s["articles"] for s in shared_crawl["summaries"]) == len(articles)
    assert sum(s["indexed"] for s in shared_crawl["summaries"]) == len(articles)


def test_each_source_delay_holds_across_both_processes(shared_crawl):
    per_source: dict[str, list[float]] = defaultdict(list)
    for at, path in page_requests(shared_crawl["log"]):
        per_source[path.split("/")[1]].append(at)
    gaps = {sid: min(b - a for a, b in zip(sorted(times), sorted(times)[1:]))
            for sid, times in per_source.items() if len(times) > 1}
    assert len(gaps) >= 10
    too_close = {sid: round(gap, 3) for sid, gap in gaps.items() if gap < DELAY - TOLERANCE}
    assert too_close == {}


def test_both_processes_worked_on_the_same_sources(shared_crawl):
    first, second = shared_crawl["summaries"]
    total = first["responses"] + second["responses"]
    assert min(first["responses"], second["responses"]) >= total * 0.2
    both = [sid for sid in first["sources"]
            if first["sources"][sid].get("responses") and second["sources"].get(sid, {}).get("responses")]
    assert len(both) >= 5  # so the delay check above compared requests of different processes
    assert sorted(s["shared"]["opened"] for s in (first, second)) == [False, True]
    # a source with a delay is taken one request at a time, and only when its turn is free: no process
    # holds more than one request a source that the other could have sent
    sources = len(first["sources"])
    assert all(0 < s["shared"]["held_max"] <= sources for s in (first, second))
    assert total - 2 <= sum(s["shared"]["taken"] for s in (first, second)) <= total  # robots.txt is not queued


def test_the_crawl_is_left_closed_for_the_next_one(shared_crawl):
    """Both processes left; nothing is queued; the next process to start opens a new crawl."""
    client = redis.Redis.from_url(shared_crawl["redis_url"])
    crawl = shared_crawl["summaries"][0]["shared"]["crawl"]
    keys = sharedcrawl.CrawlKeys(crawl)
    assert client.zcard(keys.members) == 0 and client.zcard(keys.queue) == 0
    assert client.scard(keys.dupefilter) > 0
    assert sharedcrawl.join(client, keys, "next") is True
    assert client.scard(keys.dupefilter) == 0
    sharedcrawl.leave(client, keys, "next")


def test_a_source_has_one_request_in_flight_and_its_delay_after_the_answer(redis_url):
    client = redis.Redis.from_url(redis_url)
    keys = sharedcrawl.CrawlKeys("turn-test")
    sharedcrawl.join(client, keys, "a")
    sharedcrawl.join(client, keys, "b")
    assert sharedcrawl.acquire(client, keys, "turn-test", "a", lease=30) == 0.0
    assert sharedcrawl.acquire(client, keys, "turn-test", "b", lease=30) > 0  # a's request is in flight
    assert sharedcrawl.acquire(client, keys, "other-source", "b", lease=30) == 0.0
    sharedcrawl.release(client, keys, "turn-test", "a", delay=0.5)
    assert sharedcrawl.acquire(client, keys, "turn-test", "b", lease=30) == pytest.approx(0.5, abs=0.05)
    time.sleep(0.5)
    assert sharedcrawl.acquire(client, keys, "turn-test", "b", lease=30) == 0.0
    sharedcrawl.leave(client, keys, "b")  # as a killed process drops out: its turn is void, not kept 30 s
    assert sharedcrawl.acquire(client, keys, "turn-test", "a", lease=30) == 0.0
    sharedcrawl.leave(client, keys, "a")


def test_a_process_that_joins_a_running_crawl_does_not_open_a_new_one(redis_url):
    client = redis.Redis.from_url(redis_url)
    keys = sharedcrawl.CrawlKeys("join-test")
    assert sharedcrawl.join(client, keys, "a") is True
    client.sadd(keys.dupefilter, "seen")
    assert sharedcrawl.join(client, keys, "b") is False
    assert client.scard(keys.dupefilter) == 1
    sharedcrawl.set_busy(client, keys, "a", True)
    assert sharedcrawl.others_working(client, keys, "b") is True  # a may still queue requests
    assert sharedcrawl.others_working(client, keys, "a") is False
    sharedcrawl.leave(client, keys, "a")
    assert sharedcrawl.others_working(client, keys, "b") is False
    sharedcrawl.leave(client, keys, "b")


def test_an_unreachable_redis_is_a_clear_error(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "yilian.cli", "crawl", "--only", "lhzxyy", "--fixture-base", "http://127.0.0.1:9"],
        env={**os.environ, "YILIAN_REDIS_URL": "redis://127.0.0.1:9/0", "YILIAN_STATE_DIR": str(tmp_path)},
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2
    assert "YILIAN_REDIS_URL" in done.stderr and "Traceback" not in done.stderr


def test_a_process_killed_mid_crawl_rejoins_and_nothing_is_lost(redis_url, es_client, tmp_path):
    """kill -9 one of the two mid-crawl, start it again (same state directory, as on its machine): it fetches
    again only what it had taken and not finished, the other goes on meanwhile, and every article is indexed."""
    from tests.es_fixtures import drop_alias
    from yilian.fixtureweb.server import start_background

    alias = f"yilian-redis-kill-{os.getpid()}"
    env = {**os.environ, "YILIAN_INDEX": alias, "YILIAN_REDIS_URL": redis_url}
    sources = polite_sources(tmp_path / "sources.yaml")
    try:
        with start_background(port=0) as web:
            first = crawl_process(web.base_url, sources, env, tmp_path / "machine-1")
            second = crawl_process(web.base_url, sources, env, tmp_path / "machine-2")
            deadline = time.monotonic() + 120
            while len(web.access_log) < 60:
                assert time.monotonic() < deadline and first.poll() is None, "the crawl did not get going"
                time.sleep(0.05)
            second.kill()
            second.communicate()
            again = crawl_process(web.base_url, sources, env, tmp_path / "machine-2")
            outputs = [proc.communicate(timeout=300) for proc in (first, again)]
            log = web.access_log
        for proc, (out, err) in zip((first, again), outputs):
            assert proc.returncode == 0, err[-3000:] + out[-3000:]  # the summary: index_error_samples and all
        resumed = json.loads(outputs[1][0].strip().splitlines()[-1])["resumed"]
        assert resumed is not None and resumed["pending"] > 0
        refetched = sum(n - 1 for n in Counter(path for _, path in page_requests(log)).values() if n > 1)
        assert refetched <= resumed["pending"]
        es_client.indices.refresh(index=alias)
        articles = truth.articles()
        expected = {article_id(web.base_url + a.path) for a in articles}
        found = es_client.mget(index=alias, ids=sorted(expected))["docs"]
        assert [d["_id"] for d in found if not d["found"]] == []
    finally:
        drop_alias(es_client, alias)


def test_a_process_takes_only_a_request_it_can_start_now(redis_url):
    """The shared queue hands a process the best request among the sources it can start one of now; a
    source with a delay whose request is in flight at another live process stays queued for whoever can."""
    client = redis.Redis.from_url(redis_url)
    keys = sharedcrawl.CrawlKeys("ready-test")
    sharedcrawl.join(client, keys, "a")
    sharedcrawl.join(client, keys, "b")
    assert sharedcrawl.push(client, keys, "slow", 0, b"slow-article", "fp-slow")
    assert sharedcrawl.push(client, keys, "fast", 0, b"fast-article", "fp-fast")
    assert sharedcrawl.push(client, keys, "fast", 10, b"fast-list", "fp-list")
    assert not sharedcrawl.push(client, keys, "fast", 10, b"fast-list", "fp-list")  # seen: not queued again
    assert sharedcrawl.push(client, keys, "fast", 0, b"fast-again", None)  # not filtered
    assert sharedcrawl.queued(client, keys) == 4
    assert sharedcrawl.acquire(client, keys, "slow", "a", lease=30) == 0.0  # a sends to the slow source
    # b can start neither a request of the slow source (a's is in flight) nor one of a full slot
    assert sharedcrawl.pop(client, keys, "b", [("slow", True)]) is None
    assert sharedcrawl.pop(client, keys, "b", []) is None
    # the list page first (higher priority), then by bytes; the slow source's article stays queued
    taken = [sharedcrawl.pop(client, keys, "b", [("slow", True), ("fast", False)]) for _ in range(3)]
    assert taken == [b"fast-list", b"fast-again", b"fast-article"]
    assert sharedcrawl.pop(client, keys, "b", [("slow", True), ("fast", False)]) is None
    assert sharedcrawl.queued(client, keys) == 1
    sharedcrawl.release(client, keys, "slow", "a", delay=0.0)
    assert sharedcrawl.pop(client, keys, "b", [("slow", True), ("fast", False)]) == b"slow-article"
    assert sharedcrawl.queued(client, keys) == 0 and client.zcard(keys.queue) == 0
    sharedcrawl.push(client, keys, "fast", 0, b"left", None)
    sharedcrawl.clear_queue(client, keys)
    assert sharedcrawl.queued(client, keys) == 0 and client.keys(keys.source_queue("*")) == []
    for worker in ("a", "b"):
        sharedcrawl.leave(client, keys, worker)


def _heartbeat_lapsed(client, keys, worker: str) -> None:
    """As when ``worker`` was killed MEMBER_TTL_S ago: its membership expired (the server's clock, in ms)."""
    client.zadd(keys.members, {worker: 0})


def test_a_request_taken_by_a_process_killed_before_it_recorded_it_is_given_back(redis_url):
    """The pop and the crawl state's record of it are two stores: a process killed in between (kill -9 lands
    there now and then) must not take the request with it. It is given back once its heartbeat lapsed,
    to whoever asks whether the crawl may still grow, with its priority; an acknowledged one is not."""
    client = redis.Redis.from_url(redis_url)
    keys = sharedcrawl.CrawlKeys("killed-taker-test")
    sharedcrawl.join(client, keys, "killed")
    sharedcrawl.join(client, keys, "survivor")
    sharedcrawl.push(client, keys, "src", 10, b"list-page", "fp-list")
    sharedcrawl.push(client, keys, "src", 0, b"article", "fp-article")
    sharedcrawl.push(client, keys, "src", 0, b"recorded", "fp-recorded")
    ready = [("src", False)]
    assert sharedcrawl.pop(client, keys, "killed", ready) == b"list-page"
    assert sharedcrawl.pop(client, keys, "killed", ready) == b"article"
    assert sharedcrawl.pop(client, keys, "killed", ready) == b"recorded"
    sharedcrawl.ack(client, keys, "killed", b"recorded")  # in its crawl state: it resumes it itself
    assert sharedcrawl.taken(client, keys, "killed") == 2
    assert sharedcrawl.queued(client, keys) == 0
    assert sharedcrawl.others_working(client, keys, "survivor") is False  # killed is live and not busy
    _heartbeat_lapsed(client, keys, "killed")
    assert sharedcrawl.others_working(client, keys, "survivor") is True  # its two are queued again
    assert sharedcrawl.taken(client, keys, "killed") == 0
    assert [sharedcrawl.pop(client, keys, "survivor", ready) for _ in range(3)] == [b"list-page", b"article", None]
    assert not sharedcrawl.push(client, keys, "src", 0, b"article", "fp-article")  # still seen: not twice
    # a process that leaves gives back what it took and did not record; one that joins reaps the dead
    sharedcrawl.leave(client, keys, "survivor")
    assert sharedcrawl.queued(client, keys) == 2
    sharedcrawl.join(client, keys, "dead-too")
    assert sharedcrawl.pop(client, keys, "dead-too", ready) == b"list-page"
    _heartbeat_lapsed(client, keys, "dead-too")
    assert sharedcrawl.join(client, keys, "next") is False  # the given-back request keeps the crawl open
    assert sharedcrawl.queued(client, keys) == 2 and client.scard(keys.dupefilter) == 3
    sharedcrawl.clear_queue(client, keys)
    sharedcrawl.leave(client, keys, "next")


def test_a_crawl_takes_back_the_list_page_a_killed_process_had_taken_and_not_recorded(redis_url, tmp_path):
    """The order kill -9 lands in now and then, laid out step by step: a process took the source's first
    list page from the shared queue (its fingerprint is seen) and died before its crawl state recorded it,
    while another member keeps the crawl open. A `yilian crawl` that joins gets the page back from the dead
    process, so the source is crawled whole, each page once (before, it found the page seen and nothing
    queued, and ended with nothing crawled)."""
    from scrapy_redis import picklecompat
    from scrapy_redis.dupefilter import RFPDupeFilter

    from crawler.run import run_key
    from crawler.spiders.sources import SourcesSpider
    from yilian.fixtureweb.server import start_background
    from yilian.sources import load_sources

    source_id = "lhzxyy"
    source = next(s for s in load_sources(ROOT / "config" / "sources.yaml") if s.id == source_id)
    client = redis.Redis.from_url(redis_url)
    keys = sharedcrawl.CrawlKeys(run_key([source]))
    with start_background(port=0) as web:
        spider = SourcesSpider([source], fixture_base=web.base_url)
        (start,) = source.resolved_start_urls(web.base_url)
        request = spider._request(start, source_id, spider.parse_list)
        sharedcrawl.join(client, keys, "killed")
        sharedcrawl.join(client, keys, "survivor")  # live, idle: the crawl is not over
        sharedcrawl.push(client, keys, source_id, request.priority, picklecompat.dumps(request.to_dict(spider=spider)),
                         RFPDupeFilter(client, keys.dupefilter).request_fingerprint(request))
        assert sharedcrawl.pop(client, keys, "killed", [(source_id, False)]) is not None
        _heartbeat_lapsed(client, keys, "killed")
        out = tmp_path / "articles.jsonl"
        done = subprocess.run(
            [sys.executable, "-m", "yilian.cli", "crawl", "--only", source_id, "--fixture-base", web.base_url,
             "--fast", "--no-index", "--out", str(out)],
            env={**os.environ, "YILIAN_REDIS_URL": redis_url, "YILIAN_STATE_DIR": str(tmp_path / "state")},
            cwd=ROOT, capture_output=True, text=True, timeout=300)
        log = web.access_log
    sharedcrawl.leave(client, keys, "survivor")
    client.delete(keys.dupefilter)
    assert done.returncode == 0, done.stderr[-3000:]
    expected = {a.path for a in truth.articles() if a.site_id == source_id}
    written = {json.loads(line)["url"].split(web.base_url, 1)[1] for line in out.read_text("utf-8").splitlines()}
    assert written == expected
    assert [path for path, n in Counter(path for _, path in page_requests(log)).items() if n > 1] == []


def test_a_source_with_a_delay_is_taken_one_request_at_a_time_and_a_full_slot_not_at_all():
    from scrapy import Request

    from crawler.distributed import ready_sources

    under_way = [Request(f"http://x.test/{n}", meta={"source_id": "fast"}) for n in range(3)]
    under_way.append(Request("http://y.test/1", meta={"source_id": "slow"}))
    limits, delays = {"fast": 4, "slow": 2, "idle": 2, "full": 1}, {"slow": 1.0, "idle": 1.0}
    assert ready_sources(under_way, limits, delays) == [("fast", False), ("idle", True), ("full", False)]
    under_way.append(Request("http://x.test/4", meta={"source_id": "fast"}))
    under_way.append(Request("http://z.test/1", meta={"source_id": "full"}))
    assert ready_sources(under_way, limits, delays) == [("idle", True)]
