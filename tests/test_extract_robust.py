"""What real crawls bring (issue 9, item 7): pages without <body>, several <html> roots, an outer
wrapper of a saved page, framesets, megabyte single-line pages, deep unclosed nesting, Traditional
script. Extraction reads them all, never raises (the safety net's flag never shows), and takes a
bounded time per page. Texts written for the project."""

from __future__ import annotations

import time

import pytest

from yilian.clean.extract import extract
from yilian.records import DecodedPage, EncodingReport

URL = "http://www.example-yy.cn/news/2021/0517/88.html"
TITLE = "南江县人民医院与六个乡镇卫生院签订医共体协议"
P1 = "3月6日上午，南江县人民医院与六个乡镇卫生院签订县域医共体合作协议，标志着全县医共体建设进入实施阶段。"
P2 = "根据协议，县医院将每周派出内科、外科和儿科专家到成员单位坐诊，并开通双向转诊绿色通道。"
DOC = (f"<head><title>{TITLE}-南江县人民医院</title></head><body><h1>{TITLE}</h1>"
       f"<p>发布时间：2021-05-17 来源：医务科</p><div class='content'><p>{P1}</p><p>{P2}</p></div></body>")
SIDEBAR = "<div class='side'><ul>" + "".join(
    f"<li><a href='/n/{i}.html'>我院开展第{i}期义诊进社区活动</a> 2020-0{1 + i % 9}-1{i % 9}</li>" for i in range(40)) + "</ul></div>"


def run(html: str, url: str = URL):
    started = time.perf_counter()
    article = extract(DecodedPage(url=url, html=html, encoding=EncodingReport(used="utf-8")))
    return article, time.perf_counter() - started


SHAPES = {
    "no <html>/<body>": f"<title>{TITLE}-南江县人民医院</title><h1>{TITLE}</h1><p>发布时间：2021-05-17 来源：医务科</p><p>{P1}</p><p>{P2}</p>",
    "two <html> roots (snapshot header + page)": f"<html><head><title>网页快照</title></head><body><div>快照时间 2024-01-01</div></body></html><html>{DOC}</html>",
    "crawl wrapper around the document": f'<text id="{URL}" title="{TITLE}" encoding="gb2312"><html>{DOC}</html></text>',
    "XML declaration": f'<?xml version="1.0" encoding="utf-8"?><html>{DOC}</html>',
    "stray </html> before the article": f"<html><head><title>{TITLE}-南江县人民医院</title></head><body><div>导航</div></body></html><h1>{TITLE}</h1><p>发布时间：2021-05-17 来源：医务科</p><p>{P1}</p><p>{P2}</p>",
    "megabyte single line": "<html>" + DOC.replace("<body>", "<body>" + SIDEBAR * 300) + "</html>",
    "unclosed <font> nested past libxml2's depth": "<html>" + DOC.replace("<div class='content'>", "<div class='content'>" + "<font>" * 400) + "</html>",
}


@pytest.mark.parametrize("html", SHAPES.values(), ids=SHAPES.keys())
def test_odd_shapes_keep_title_date_and_body(html):
    article, seconds = run(html)
    assert "extract_error" not in article.flags
    assert (article.is_article, article.title, article.published_at, article.source) == (True, TITLE, "2021-05-17", "医务科")
    assert article.body.split("\n") == [P1, P2]
    assert seconds < 5.0  # a bound against blow-up, not a speed figure (benchmarks/bench_extract.py has those)


def test_megabyte_page_is_one_line():
    html = SHAPES["megabyte single line"]
    assert len(html.encode("utf-8")) > 1_000_000 and "\n" not in html


def test_traditional_page():
    trad = DOC.replace(TITLE, "南江縣人民醫院與六個鄉鎮衛生院簽訂醫共體協議").replace("发布时间", "發佈時間").replace("来源", "來源")
    article, _ = run(f"<html>{trad}</html>")
    assert (article.title, article.published_at, article.source) == ("南江縣人民醫院與六個鄉鎮衛生院簽訂醫共體協議", "2021-05-17", "医务科")


def test_frameset_is_a_non_article_that_says_so():
    article, _ = run('<html><head><title>南江县人民医院</title></head><frameset cols="20%,80%"><frame src="menu.html">'
                     '<frame src="main.html"></frameset></html>')
    assert (article.is_article, article.non_article_reason) == (False, "frameset")


@pytest.mark.parametrize("html", ["", "   ", "<html>", "</div></body>", "<!-- only a comment -->", "<p>" * 3000, "<div>" * 5000])
def test_empty_and_broken_input_is_an_empty_page(html):
    article, _ = run(html)
    assert "extract_error" not in article.flags
    assert (article.is_article, article.non_article_reason, article.body) == (False, "empty", "")


def test_control_characters_are_no_article():
    article, _ = run("\x00\x01<<<>>>")
    assert "extract_error" not in article.flags and not article.is_article


def test_every_truncation_of_a_page_is_read():
    """A page cut off anywhere (a dropped connection) still extracts without the safety net firing."""
    html = f"<html>{DOC.replace('<body>', '<body>' + SIDEBAR)}</html>"
    for cut in range(0, len(html), 97):
        article, _ = run(html[:cut])
        assert "extract_error" not in article.flags, cut


CONTROLS = "<div><div>00:00/01:45</div><div>倍速</div></div>"
POST = "<div class='post'><h2>第{i}篇 下乡义诊日记</h2><div>2021-03-05 10:00</div><p>" + P1 + P2 + "</p></div>"
REPEATS = {  # name: (page, is it an article)
    "ten thousand player controls": (f"<html><body><div class='content'><p>{P1}</p><div class='media'><div class='player'>"
                                     f"{CONTROLS * 10_000}</div></div><p>{P2}</p></div></body></html>", True),
    "five thousand dated posts": ("<html><body><div>" + "".join(POST.format(i=i) for i in range(5_000)) + "</div></body></html>",
                                  False),
    "twenty thousand title lines": ("<html><body><div>" + "<p>县域医共体建设中的资源下沉机制研究</p>" * 20_000 + "</div></body></html>",
                                    False),
    "ten thousand breadcrumbs": ("<html><body>" + "<div>当前位置：<a href='/'>首页</a> &gt; 第一编</div>" * 10_000
                                 + f"<p>{P1}</p><p>{P2}</p></body></html>", True),
}


@pytest.mark.parametrize(("html", "is_article"), REPEATS.values(), ids=REPEATS.keys())
def test_repeated_structures_take_time_linear_in_the_page(html, is_article):
    """Players, posts, contents lines and breadcrumbs are each looked at once, whatever their number."""
    article, seconds = run(html)
    assert "extract_error" not in article.flags and article.is_article is is_article
    if is_article:
        assert article.body.split("\n") == [P1, P2]
    assert seconds < 5.0  # a bound against blow-up (a quadratic player search took 46 s here), not a speed figure
