"""The crawler stays inside its sources: one test per trick that got a page from elsewhere indexed.

Address checks run on literal addresses only (pure functions): no test sends a packet anywhere but
loopback. The crawls below are real `yilian crawl` runs against two small sites on loopback ports.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from yilian.scope import address_refusal, make_scope, scope_refusal
from yilian.sources import SourcesError, load_sources

ROOT = Path(__file__).resolve().parent.parent
SITE = "http://www.example-hospital.cn"
SCOPE = make_scope([f"{SITE}/news/index.html"], [], [r"/news/"])


@pytest.mark.parametrize("url", [
    "file:///etc/passwd",
    "file:///etc/passwd#/news/",  # allow pattern in the fragment
    "file://www.example-hospital.cn/news/1.html",
    f"{SITE}/etc/passwd?/news/",  # allow pattern in the query
    f"{SITE}/admin/#/news/",
    "ftp://www.example-hospital.cn/news/1.html",
    "javascript:alert(1)//news/",
    "data:text/html,<a>/news/</a>",
    "http://elsewhere.example.org/news/1.html",  # another host
    "http://www.example-hospital.cn:8080/news/1.html",  # another port
    "http://www.example-hospital.cn.evil.org/news/1.html",  # host as a prefix
    "http://evil.org/www.example-hospital.cn/news/1.html",  # host in the path
    "http://user:pw@www.example-hospital.cn/news/1.html",  # credentials
    "http://www.example-hospital.cn@evil.org/news/1.html",  # the user@host trick
    "http://evil.org\\@www.example-hospital.cn/news/1.html",
    "http://www.example-hospital.cn:99999/news/1.html",
])
def test_urls_outside_the_source_are_refused(url):
    assert scope_refusal(url, SCOPE) is not None


@pytest.mark.parametrize("url", [
    f"{SITE}/news/2021/1.html",
    "https://www.example-hospital.cn/news/2021/1.html",  # same host over https
    "HTTP://WWW.Example-Hospital.CN./news/1.html?id=3#top",  # case, trailing dot, query and fragment
    "http://www.example-hospital.cn:80/news/1.html",
])
def test_urls_of_the_source_are_in_scope(url):
    assert scope_refusal(url, SCOPE) is None


def test_the_refusal_says_why():
    assert "scheme 'file'" in scope_refusal("file:///etc/passwd", SCOPE)
    assert "credentials" in scope_refusal("http://a@www.example-hospital.cn/news/", SCOPE)
    assert "elsewhere.example.org:80 is not one of the source's hosts (www.example-hospital.cn)" in \
        scope_refusal("http://elsewhere.example.org/news/", SCOPE)
    assert "allow patterns" in scope_refusal(f"{SITE}/x?/news/", SCOPE)


def test_an_explicit_host_list_replaces_the_start_url_host():
    scope = make_scope([f"{SITE}/news/"], ["www.example-hospital.cn", "*.example-hospital.cn", "cdn.example.org:8080"], [])
    assert scope_refusal("http://news.example-hospital.cn/a.html", scope) is None
    assert scope_refusal("http://cdn.example.org:8080/a.html", scope) is None
    assert scope_refusal("http://cdn.example.org/a.html", scope) is not None  # port is part of the entry
    assert scope_refusal("http://example-hospital.cn/a.html", scope) is not None  # *. is below the domain only
    only_cdn = make_scope([f"{SITE}/news/"], ["cdn.example.org"], [])
    assert scope_refusal(f"{SITE}/news/1.html", only_cdn) is not None


@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("fd12:3456::1", "private"),
    ("169.254.169.254", "cloud metadata"), ("100.100.100.200", "cloud metadata"), ("fd00:ec2::254", "cloud metadata"),
    ("169.254.1.1", "link-local"), ("fe80::1", "link-local"),
    ("0.0.0.0", "unspecified"), ("224.0.0.1", "multicast"), ("100.64.0.1", "not publicly routable"),
    ("::ffff:127.0.0.1", "loopback"), ("64:ff9b::a00:1", "private"), ("2002:7f00:1::", "loopback"),
])
def test_non_public_addresses_are_refused_by_kind(address, kind):
    reason = address_refusal(address)
    assert reason is not None and kind in reason


@pytest.mark.parametrize("address", ["8.8.8.8", "202.108.22.5", "2400:3200::1"])
def test_public_addresses_pass(address):
    assert address_refusal(address) is None


def _sources_file(tmp_path: Path, **source) -> Path:
    entry = {"id": "site", "name": "某医院", "kind": "hospital", "province": "河南省", **source}
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": [entry]}, allow_unicode=True), "utf-8")
    return path


@pytest.mark.parametrize("start, message", [
    ("http://user:secret@www.example-hospital.cn/news/", "credentials"),
    ("http://www.example-hospital.cn@10.0.0.1/news/", "credentials"),
    ("file:///etc/passwd", r"scheme .file. is not http\(s\)"),
])
def test_sources_with_unsafe_start_urls_fail_at_load(tmp_path, start, message):
    with pytest.raises(SourcesError, match=message):
        load_sources(_sources_file(tmp_path, start_urls=[start]))


def test_bad_host_entries_and_patterns_fail_at_load(tmp_path):
    with pytest.raises(SourcesError, match="not a URL"):
        load_sources(_sources_file(tmp_path, start_urls=[f"{SITE}/"], hosts=["http://www.example-hospital.cn/"]))
    with pytest.raises(SourcesError, match="regular expression"):
        load_sources(_sources_file(tmp_path, start_urls=[f"{SITE}/"], allow=["/news/("]))


# --- real crawls against two loopback sites -------------------------------------------------------

ARTICLE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1><div class="info">发布时间：2023-05-0{day}</div>
<div class="content"><p>{title}。县人民医院牵头组建县域医共体，全县十二家乡镇卫生院加入，统一管理人员、药品和检查结果互认，
专家每周下沉坐诊，双向转诊患者由专人对接，群众在家门口就能看上好医生。</p>
<p>医共体成立后将建立远程会诊中心，实现基层检查、上级诊断，进一步提升县域整体医疗服务能力。</p></div></body></html>"""


class Site:
    """A tiny web site on a loopback port that records every path requested."""

    def __init__(self, pages: dict[str, tuple[int, dict[str, str], str]]):
        self.pages, self.requests = pages, []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                site.requests.append(self.path)
                status, headers, body = site.pages.get(self.path, (404, {}, "not found"))
                data = body.encode("utf-8")
                self.send_response(status)
                for key, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def sites():
    other = Site({f"/news/{n}.html": (200, {}, ARTICLE.format(title=f"外站文章{n}", day=n)) for n in range(1, 4)})
    there = f"http://127.0.0.1:{other.port}"
    links = [
        "file:///etc/passwd", "file:///etc/passwd#/news/", "/etc/passwd?/news/", "/admin/#/news/",
        f"{there}/news/1.html",  # another port of the same host
        f"http://user@127.0.0.1:{other.port}/news/2.html",
        "/news/ok.html", "/news/to-other.html", "/news/to-file.html",
    ]
    listing = '<html><body><ul class="news_list">' + "".join(f'<li><a href="{h}">链接</a></li>' for h in links) + "</ul></body></html>"
    own = Site({
        "/news/index.html": (200, {}, listing),
        "/news/ok.html": (200, {}, ARTICLE.format(title="本站医共体成立", day=4)),
        "/news/to-other.html": (302, {"Location": f"{there}/news/3.html"}, ""),
        "/news/to-file.html": (302, {"Location": "file:///etc/passwd"}, ""),
        "/robots.txt": (200, {"Content-Type": "text/plain"}, "User-agent: *\nAllow: /\n"),
    })
    yield own, other
    own.close()
    other.close()


def _crawl(tmp_path: Path, sources: Path, allow_private: bool) -> tuple[subprocess.CompletedProcess, list[dict]]:
    out = tmp_path / "articles.jsonl"
    env = {**os.environ, "YILIAN_STATE_DIR": str(tmp_path / "state")}
    env.pop("YILIAN_ALLOW_PRIVATE_NETWORKS", None)
    if allow_private:
        env["YILIAN_ALLOW_PRIVATE_NETWORKS"] = "1"
    done = subprocess.run([sys.executable, "-m", "yilian.cli", "crawl", "--sources", str(sources), "--no-index",
                           "--out", str(out), "--fast"], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    articles = [json.loads(line) for line in out.read_text("utf-8").splitlines()] if out.exists() else []
    return done, articles


def test_a_crawl_fetches_only_its_own_pages_even_with_private_networks_allowed(tmp_path, sites):
    own, other = sites
    sources = _sources_file(tmp_path, start_urls=[f"http://127.0.0.1:{own.port}/news/index.html"], allow=["/news/"],
                            article_links={"xpath": "//ul[@class='news_list']/li/a/@href"})
    done, articles = _crawl(tmp_path, sources, allow_private=True)
    assert [a["title"] for a in articles] == ["本站医共体成立"], done.stderr[-2000:]
    assert other.requests == []  # neither links nor redirects reached the other port
    assert "/etc/passwd" not in own.requests and "/admin/" not in own.requests
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["refused"] >= 1
    assert any("redirect from" in s["url"] and "not one of the source's hosts" in s["reason"] for s in summary["refused_samples"])


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "127.1", "2130706433", "0x7f000001"])
def test_start_urls_on_loopback_are_refused_with_a_clear_message_unless_allowed(tmp_path, sites, host):
    own, _ = sites
    sources = _sources_file(tmp_path, start_urls=[f"http://{host}:{own.port}/news/index.html"])
    done, articles = _crawl(tmp_path, sources, allow_private=False)
    assert own.requests == [] and articles == []
    assert "loopback address" in done.stderr and "YILIAN_ALLOW_PRIVATE_NETWORKS=1" in done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["refused"] == 1 and done.returncode != 0


def test_the_elasticsearch_port_is_not_a_start_url(tmp_path, es_url):
    sources = _sources_file(tmp_path, start_urls=[f"{es_url}/_cat/indices"])
    done, _ = _crawl(tmp_path, sources, allow_private=False)
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["refused"] == 1 and summary["responses"] == 0
    assert "loopback address" in summary["refused_samples"][0]["reason"]


def test_a_redirect_to_a_private_address_is_refused(tmp_path):
    """The middleware on a redirected request, as Scrapy hands it over (the crawl above cannot reach a
    public first hop from here)."""
    import asyncio

    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest
    from scrapy.utils.test import get_crawler

    from crawler.middlewares import ScopeMiddleware
    from crawler.spiders.sources import SourcesSpider

    (source,) = load_sources(_sources_file(tmp_path, start_urls=["http://www.example-hospital.cn/news/"],
                                           hosts=["www.example-hospital.cn", "10.0.0.8"]))
    crawler = get_crawler(SourcesSpider)
    crawler.spider = SourcesSpider([source])
    request = Request("http://10.0.0.8/news/1.html",
                      meta={"source_id": "site", "redirect_urls": ["http://www.example-hospital.cn/news/1.html"]})
    with pytest.raises(IgnoreRequest, match=r"redirect from http://www.example-hospital.cn/news/1.html .* private address"):
        asyncio.run(ScopeMiddleware(crawler).process_request(request))
