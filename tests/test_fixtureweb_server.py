"""The fixture web over real HTTP: headers and bytes as each site declares them, robots.txt,
every truth article reachable, list pages that paginate to every article, non-article pages."""

from __future__ import annotations

import re
import subprocess
import sys
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from lxml import html as lxml_html

from yilian.fixtureweb import truth
from yilian.fixtureweb.server import start_background, start_subprocess

PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+ ?\)")


@pytest.fixture(scope="module")
def web():
    server = start_background()
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        yield client
    server.stop()


def decoded(site, body: bytes) -> str:
    """The page as a browser that knows the truth would read it."""
    return body.decode(site.encoding)


def page_paragraphs(text: str) -> set[str]:
    """Text of every <p> and <span> with pinyin readings (plain and <ruby>) removed."""
    tree = lxml_html.fromstring(text)
    for node in tree.xpath("//rt|//rp"):
        node.drop_tree()
    out = set()
    for node in tree.xpath("//p|//span"):
        out.add(PINYIN.sub("", node.text_content()).strip())
    return out


def test_robots_txt_disallows_paths_the_list_pages_link_to(web):
    response = web.get("/robots.txt")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    disallowed = [line.split(":", 1)[1].strip() for line in response.text.splitlines() if line.startswith("Disallow:")]
    for site in truth.sites():
        first_list = next(p for p in truth.pages("list") if p.site_id == site.id)
        links = set(lxml_html.fromstring(decoded(site, web.get(first_list.path).content)).xpath("//a/@href"))
        blocked = [link for link in links if any(urlsplit(link).path.startswith(d) for d in disallowed)]
        assert blocked, f"{site.id}: list page links to nothing robots.txt disallows"


def test_each_site_sends_the_charset_it_is_configured_with(web):
    for site in truth.sites():
        path = next(p.path for p in truth.pages("list") if p.site_id == site.id)
        response = web.get(path)
        assert response.status_code == 200
        header = response.headers["content-type"]
        if site.header_charset:
            assert header == f"text/html; charset={site.header_charset}"
        else:
            assert "charset" not in header.lower(), f"{site.id} should send no charset: {header}"
        head = response.content[:600].decode("ascii", errors="replace").lower()
        if site.meta_charset:
            assert f"charset={site.meta_charset}" in head or f'charset="{site.meta_charset}"' in head
        else:
            assert "charset" not in head


def test_gbk_sites_serve_gbk_bytes_even_where_the_header_says_otherwise(web):
    gbk_sites = [s for s in truth.sites() if s.encoding == "gb18030"]
    assert any(s.header_charset == "utf-8" for s in gbk_sites), "need a site whose header lies"
    for site in gbk_sites:
        article = next(a for a in truth.articles() if a.site_id == site.id)
        body = web.get(article.path).content
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        assert article.damaged_title in body.decode("gb18030")


def test_a_gb2312_declaration_covers_bytes_only_gb18030_decodes(web):
    """As on real sites, "gb2312" in the meta tag is a promise the bytes do not keep."""
    sites = [s for s in truth.sites() if s.meta_charset == "gb2312" and s.encoding == "gb18030"]
    assert sites
    for site in sites:
        path = next(p.path for p in truth.pages("list") if p.site_id == site.id)
        body = web.get(path).content
        with pytest.raises(UnicodeDecodeError):
            body.decode("gb2312")
        assert site.name in body.decode("gb18030")


def test_big5_site_serves_big5_bytes(web):
    site = next(s for s in truth.sites() if s.encoding == "big5")
    article = next(a for a in truth.articles() if a.site_id == site.id)
    body = web.get(article.path).content
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert site.name in body.decode("big5", errors="strict")


def test_every_truth_article_is_served_with_its_title_and_every_paragraph(web):
    sites = {s.id: s for s in truth.sites()}
    for article in truth.articles():
        response = web.get(article.path)
        assert response.status_code == 200, article.path
        assert response.headers["content-type"] == article.content_type
        text = decoded(sites[article.site_id], response.content)
        title = lxml_html.fromstring(text).findtext(".//title")
        assert article.damaged_title in title, article.path
        missing = set(article.damaged_body.split("\n")) - page_paragraphs(text)
        assert not missing, f"{article.path}: paragraphs not on the page: {missing}"


def test_list_pages_paginate_to_every_article_of_the_site(web):
    """Follow each source's list pages from its start URL as the spider reads them (its selectors where
    sources.yaml gives any, the list-page detector otherwise)."""
    from yilian.listing.configured import read_list
    from yilian.settings import PROJECT_ROOT
    from yilian.sources import load_sources

    base = str(web.base_url).rstrip("/")
    sources = {s.id: s for s in load_sources(PROJECT_ROOT / "config" / "sources.yaml")}
    for site in truth.sites():
        source = sources.get(site.id)
        if source is None:
            continue  # reported by test_fixtureweb_sources
        queue, seen_lists, found = list(source.resolved_start_urls(base)), set(), set()
        while queue:
            url = queue.pop()
            if url in seen_lists:
                continue
            seen_lists.add(url)
            response = web.get(url)
            assert response.status_code == 200, url
            listing = read_list(source, decoded(site, response.content), url)
            found.update(urlsplit(a.url).path for a in listing.articles)
            queue.extend([listing.next_page] if listing.next_page else [])
        expected = {a.path for a in truth.articles() if a.site_id == site.id}
        assert found == expected, f"{site.id}: {len(found)} found, {len(expected)} served"
        assert len(seen_lists) == len([p for p in truth.pages("list") if p.site_id == site.id])


def test_main_templates_have_at_least_twenty_articles():
    per_template: dict[str, int] = {}
    for article in truth.articles():
        per_template[article.template] = per_template.get(article.template, 0) + 1
    for name in ("hospital_cms", "gov_portal", "hant_hospital"):
        assert per_template.get(name, 0) >= 20, per_template


def test_unknown_pages_under_a_site_are_soft_404s_and_elsewhere_real_404s(web):
    site = truth.sites()[0]
    response = web.get(f"/{site.id}/no/such/page_123.html")
    assert response.status_code == 200
    assert "您访问的页面不存在" in decoded(site, response.content)
    assert web.get("/no-such-site/index.html").status_code == 404
    for page in truth.pages("soft404"):
        assert web.get(page.path).status_code == 200


def test_login_and_search_pages_are_served(web):
    sites = {s.id: s for s in truth.sites()}
    for page in truth.pages("login"):
        response = web.get(page.path)
        assert response.status_code == 200
        assert 'type="password"' in decoded(sites[page.site_id], response.content)
    for page in truth.pages("search"):
        assert web.get(page.path + "?q=医联体").status_code == 200


def test_attachments_and_images_are_real_files_with_their_content_type(web):
    magic = {"application/pdf": b"%PDF-", "image/png": b"\x89PNG\r\n\x1a\n"}
    attachments = truth.pages("attachment")
    assert {p.content_type for p in attachments} >= {"application/pdf"}
    for page in attachments + truth.pages("image"):
        response = web.get(page.path)
        assert response.status_code == 200
        assert response.headers["content-type"] == page.content_type
        assert response.content.startswith(magic.get(page.content_type, b"PK\x03\x04")), page.path


def test_articles_link_their_attachments_and_images(web):
    sites = {s.id: s for s in truth.sites()}
    with_media = [a for a in truth.articles() if a.attachments or a.images]
    assert with_media
    for article in with_media:
        hrefs = set(lxml_html.fromstring(decoded(sites[article.site_id], web.get(article.path).content)).xpath("//a/@href|//img/@src"))
        assert {a["href"] for a in article.attachments} <= hrefs
        assert {i["src"] for i in article.images} <= hrefs


def test_subprocess_server_serves_the_same_pages():
    server = start_subprocess()
    try:
        article = truth.articles()[0]
        response = httpx.get(server.base_url + article.path, timeout=10)
        assert response.status_code == 200
        assert response.headers["content-type"] == article.content_type
    finally:
        server.stop()


def test_cli_prints_the_base_url_and_serves():
    proc = subprocess.Popen(
        [sys.executable, "-m", "yilian.cli", "fixtures", "serve", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        base = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base)
        assert httpx.get(base + "/robots.txt", timeout=10).status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_subprocess_server_exits_when_its_parent_lets_go():
    """A benchmark that dies without stop() must not leave a server behind: EOF on stdin ends it."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "yilian.fixtureweb.server", "--port", "0", "--until-stdin-closes"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout.readline().startswith("http://127.0.0.1:")
        proc.stdin.close()
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
