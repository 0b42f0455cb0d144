"""The spider finds article links and the next page on common CMS list pages without selectors, and a
source's own selectors override the detector."""

from scrapy.http import HtmlResponse

from crawler.spiders.sources import list_page
from yilian.listing.configured import select_urls
from yilian.scope import scope_refusal
from yilian.sources import Selector, Source

LIST_PAGE = """<!DOCTYPE html><html><head><meta charset="gb2312"><title>医院新闻-某某市人民医院</title></head>
<body><div class="top"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/yygk/">医院概况</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/news/">医院新闻</a></div>
<div class="main"><ul class="news_list">
<li><a href="./202103/t20210318_101.html" title="我院牵头成立市县域医共体">我院牵头成立市县域医共体</a><span>2021-03-18</span></li>
<li><a href="./202103/t20210311_099.html">专科联盟揭牌</a><span>2021-03-11</span></li>
<li><a href="javascript:void(0)">加载更多</a></li>
<li><a href="http://elsewhere.example.org/zt/1.html">外站专题</a></li>
</ul>
<div class="page"><a href="index.html">首页</a> <a href="index_1.html">下一页</a> <a href="index_9.html">尾页</a></div>
</div></body></html>"""


URL = "http://www.example-hospital.cn/news/index.html"


def response(body: str, src: Source, url: str = URL):
    """A GBK list page served with no charset in the header, as many hospital CMSs do."""
    return list_page(HtmlResponse(url=url, body=body.encode("gb18030"), headers={"Content-Type": "text/html"}), src)


def source(**extra) -> Source:
    return Source(id="demo", name="某某市人民医院", kind="hospital", province="河南省",
                  start_urls=["http://www.example-hospital.cn/news/index.html"], **extra)


def test_without_selectors_the_gbk_page_gives_articles_and_next_page_not_navigation():
    page = response(LIST_PAGE, source())
    articles = [a.url for a in page.articles]
    assert "http://www.example-hospital.cn/news/202103/t20210318_101.html" in articles
    assert "http://www.example-hospital.cn/news/202103/t20210311_099.html" in articles
    assert not any(url.endswith("/yygk/") for url in articles)
    assert not any(url.startswith("javascript") for url in articles)
    assert page.articles[0].title == "我院牵头成立市县域医共体" and page.articles[0].date == "2021-03-18"
    assert page.next_page == "http://www.example-hospital.cn/news/index_1.html"


def test_links_off_the_site_are_out_of_scope_unless_allowed():
    scope = source().scope(None)
    assert scope_refusal("http://www.example-hospital.cn/news/202103/t20210318_101.html", scope) is None
    assert scope_refusal("http://elsewhere.example.org/zt/1.html", scope) is not None
    allowed = source(allow=[r"/news/\d{6}/"]).scope(None)
    assert scope_refusal("http://www.example-hospital.cn/yygk/", allowed) is not None


def test_explicit_selectors_override_the_detector():
    urls = select_urls(LIST_PAGE, Selector(css=".page a:nth-child(3)"), URL)
    assert urls == ["http://www.example-hospital.cn/news/index_9.html"]
    page = response(LIST_PAGE, source(next_page=Selector(css=".page a:nth-child(3)"),
                                      article_links=Selector(xpath="//ul[@class='news_list']/li[2]/a/@href")))
    assert page.next_page == "http://www.example-hospital.cn/news/index_9.html"
    assert [a.url for a in page.articles] == ["http://www.example-hospital.cn/news/202103/t20210311_099.html"]


def test_a_source_capped_at_n_articles_fetches_the_newest_n_and_stops_paginating():
    from types import SimpleNamespace

    from scrapy.http import HtmlResponse, Request

    from crawler.spiders.sources import SourcesSpider
    from yilian.sources import Politeness

    capped = source(politeness=Politeness(max_pages=1))
    spider = SourcesSpider([capped])
    spider.crawler = SimpleNamespace(stats=SimpleNamespace(inc_value=lambda *a, **k: None))
    listing = HtmlResponse(url=URL, body=LIST_PAGE.encode("gb18030"), headers={"Content-Type": "text/html"},
                           request=Request(URL, meta={"source_id": "demo"}))
    requests = list(spider.parse_list(listing))
    assert [r.url for r in requests] == ["http://www.example-hospital.cn/news/202103/t20210318_101.html"]
    uncapped = SourcesSpider([source()])
    uncapped.crawler = spider.crawler
    requests = list(uncapped.parse_list(listing))
    # the next list page first, ahead of its two articles: the walk never waits behind a page's articles
    assert len(requests) == 3 and requests[0].url.endswith("index_1.html")
    assert requests[0].priority > max(r.priority for r in requests[1:])


def test_unparsable_links_are_skipped_and_the_others_kept():
    broken = LIST_PAGE.replace('<li><a href="javascript:void(0)">加载更多</a></li>',
                               '<li><a href="http://[broken/">坏链接</a></li><li><a href="http://x:99999999/a">端口</a></li>')
    src = source()
    articles = [a.url for a in response(broken, src).articles]
    assert "http://www.example-hospital.cn/news/202103/t20210318_101.html" in articles
    scope = src.scope(None)
    assert [url for url in articles if scope_refusal(url, scope) is None] == [
        "http://www.example-hospital.cn/news/202103/t20210318_101.html",
        "http://www.example-hospital.cn/news/202103/t20210311_099.html"]
