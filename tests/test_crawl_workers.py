"""Cleaning in the worker pool, seen from a real crawl: a page that hangs its worker past the time bound,
or whose worker is killed while it cleans, is recorded as failed (its bytes kept in the archive) while
every other page is cleaned by the replacement worker and indexed; and the crawl keeps fetching while
the slow page is being cleaned.

The site is served by a real HTTP server on loopback: one list page, a 3 MB article first (cleaning
it takes seconds: decoding, parsing and enriching are linear or worse in its size, and the bound here
is 3 s whatever the size) and 20 ordinary articles after it, fetched 0.3 s apart. One cleaning
worker, so the pages after the failure can only have been cleaned by the worker that replaced it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil
import pytest
import yaml

from yilian.archive import read_archive
from yilian.records import article_id

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = "县人民医院与乡镇卫生院组建紧密型县域医共体以来，推进人员统一调配、财务统一管理、药品统一采购，群众在家门口就能看上好医生。"
ORDINARY = 20
BIG_BYTES = 3_000_000
BOUND_S = 3.0  # YILIAN_CLEAN_TIMEOUT, with nothing added per megabyte
DELAY_S = 0.3  # between two requests of the source


def article(n: int, size: int) -> bytes:
    paragraphs, length, i = [], 0, 0
    while length < size:
        paragraphs.append(f"<p>第{n}篇第{i}段：{PARAGRAPH}</p>")
        length += len(paragraphs[-1].encode())
        i += 1
    title = f"示范县医共体建设进展通报（第{n}期）"
    return (f"<html><head><meta charset='utf-8'><title>{title}_示范县人民医院</title></head><body>"
            f"<h1>{title}</h1><div class='date'>发布时间：2024-03-{n % 28 + 1:02d}</div>"
            f"<div class='content'>{''.join(paragraphs)}</div></body></html>").encode()


class Site:
    """The list page, the big article and the ordinary ones; when each article was asked for."""

    def __init__(self) -> None:
        self.pages = {"/news/big.html": article(0, BIG_BYTES)}
        self.pages.update({f"/news/{n}.html": article(n, 3000) for n in range(1, ORDINARY + 1)})
        links = "".join(f"<li><a href='{path}'>示范县医共体建设进展通报</a></li>" for path in self.pages)
        self.pages["/news/index.html"] = (f"<html><head><meta charset='utf-8'><title>新闻</title></head><body>"
                                          f"<ul class='news'>{links}</ul></body></html>").encode()
        self.asked: dict[str, float] = {}
        self.big_served = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                site.asked.setdefault(self.path, time.monotonic())
                body = site.pages.get(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")
                if self.path == "/news/big.html":
                    site.big_served.set()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def start_crawl(site: Site, tmp_path: Path, alias: str, timeout_s: float) -> subprocess.Popen:
    source = {"id": "slowpage", "name": "示范县人民医院", "kind": "hospital", "province": "河南省",
              "start_urls": [f"{site.base}/news/index.html"], "article_links": {"css": "ul.news a"},
              "politeness": {"download_delay": DELAY_S, "concurrent_requests_per_domain": 1,
                             "autothrottle": False, "obey_robots": False}}
    sources = tmp_path / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": [source]}, allow_unicode=True), "utf-8")
    env = {**os.environ, "YILIAN_INDEX": alias, "YILIAN_STATE_DIR": str(tmp_path / "state"),
           "YILIAN_CLEAN_WORKERS": "1", "YILIAN_CLEAN_TIMEOUT": str(timeout_s), "YILIAN_CLEAN_TIMEOUT_PER_MB": "0"}
    return subprocess.Popen([sys.executable, "-m", "yilian.cli", "crawl", "--sources", str(sources)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_the_busy_worker(crawl: subprocess.Popen, site: Site) -> int:
    """SIGKILL the cleaning worker once it has spent a second of CPU after the big page was served:
    only the big page keeps it busy that long (an ordinary page takes milliseconds)."""
    assert site.big_served.wait(120), "the big page was never asked for"
    parent = psutil.Process(crawl.pid)
    start: dict[int, float] = {}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for worker in parent.children():
            try:
                used = sum(worker.cpu_times()[:2])
            except psutil.Error:
                continue
            if used - start.setdefault(worker.pid, used) >= 1.0:
                worker.kill()
                return worker.pid
        time.sleep(0.05)
    raise AssertionError("no cleaning worker stayed busy on the big page")


@dataclass
class Crawl:
    site: Site
    alias: str
    state: Path
    returncode: int
    summary: dict


@pytest.fixture(scope="module")
def crawls(es_client, tmp_path_factory):
    """The same site crawled twice: the big page timing out, then its worker killed while it cleans it."""
    from tests.es_fixtures import SESSION_TAG, drop_alias

    done: dict[str, Crawl] = {}
    try:
        for failure in ("timeout", "crash"):
            site, work = Site(), tmp_path_factory.mktemp(failure)
            alias = f"yilian-test-{SESSION_TAG}-workers-{failure}"
            try:
                crawl = start_crawl(site, work, alias, BOUND_S if failure == "timeout" else 600.0)
                if failure == "crash":
                    kill_the_busy_worker(crawl, site)
                out, err = crawl.communicate(timeout=300)
            finally:
                site.close()
            assert out.strip(), err[-3000:]
            done[failure] = Crawl(site, alias, work / "state", crawl.returncode, json.loads(out.strip().splitlines()[-1]))
        yield done
    finally:
        for crawl in done.values():
            drop_alias(es_client, crawl.alias)


@pytest.mark.es
@pytest.mark.parametrize("failure", ["timeout", "crash"])
def test_a_page_that_hangs_or_kills_its_worker_is_recorded_failed_and_the_rest_indexed(failure, crawls, es_client):
    crawl = crawls[failure]
    summary, base = crawl.summary, crawl.site.base
    big = f"{base}/news/big.html"
    assert crawl.returncode == 1  # a page failed: the crawl says so
    assert summary["clean_failures"] == {failure: 1}
    assert [sample["url"] for sample in summary["clean_failure_samples"]] == [big]
    assert summary["clean_failure_samples"][0]["reason"].startswith(failure)
    assert summary["articles"] == summary["indexed"] == ORDINARY
    es_client.indices.refresh(index=crawl.alias)
    stored = {hit["_id"] for hit in es_client.search(index=crawl.alias, size=100, source=False)["hits"]["hits"]}
    assert stored == {article_id(f"{base}/news/{n}.html") for n in range(1, ORDINARY + 1)}
    archived = {page.url: page.body for page in read_archive(crawl.state / "archive")}
    assert archived[big] == crawl.site.pages["/news/big.html"]  # not lost: `yilian index rebuild` can take it again


@pytest.mark.es
def test_the_crawl_keeps_fetching_while_a_slow_page_is_cleaned(crawls):
    asked = crawls["timeout"].site.asked
    big_at = asked["/news/big.html"]
    # the big page is with the cleaning worker from when it arrives until the bound stops it, at least
    # BOUND_S later; a reactor waiting for it would ask for nothing in between (here: about 8 pages)
    during = [path for path, at in asked.items() if big_at + 0.2 < at < big_at + BOUND_S - 0.2]
    assert len(during) >= 3, sorted(asked.items(), key=lambda kv: kv[1])


def test_a_worker_given_the_sites_snapshot_learns_what_it_would_have_learnt_with_the_whole_site():
    from collections import Counter

    from yilian.clean.extract import SiteNames
    from yilian.guard import clean_learning, learn
    from yilian.records import RawPage

    whole, sent = SiteNames(), SiteNames()
    for n in range(1, 40):  # every page a title of its own beside the site's name: the snapshot stays small
        page = RawPage(article(n, 2000).replace(b"_", "_示范县人民医院_".encode() + f"第{n}版".encode() + b"_"),
                       f"http://x.test/{n}.html", "text/html; charset=utf-8")
        snapshot = sent.snapshot()
        assert snapshot.names() == sent.names() and snapshot.pages == sent.pages
        assert len(snapshot.counts) <= 2  # the site's name and its hospital's, not 3 parts a page
        expected, counts_whole, pages_whole = clean_learning(page, None, whole)
        article_sent, counts, pages = clean_learning(page, None, snapshot)
        assert article_sent.title == expected.title and (counts, pages) == (Counter(counts_whole), pages_whole)
        learn(sent, counts, pages)
    assert sent.counts == whole.counts and sent.names() == whole.names() == {"示范县人民医院"}
