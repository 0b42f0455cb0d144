"""Site quirks as configuration (issue 9, item 5): a source's ``extract:`` selectors override title,
date, body or source where its template defeats the scorers; a selector that stops matching leaves
the field to the scorers and flags the page. The site name a source's <title>s repeat is learnt
across its pages and never becomes a title. Texts written for the project."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from yilian.clean.extract import SiteNames, extract
from yilian.clean.pipeline import clean_page
from yilian.records import DecodedPage, EncodingReport, RawPage
from yilian.sources import SourcesError, load_sources

P1 = "12月3日，市医疗集团理事会第二次会议召开，审议通过了集团章程修订案和年度工作计划。"
P2 = "会议要求各成员单位加快信息系统互联互通，年内实现检查检验结果在集团内互认。"
TEASER = "近日，我院举办了一场面向社区居民的健康讲座，讲解了高血压、糖尿病等慢性病的日常管理知识，现场气氛热烈，居民纷纷提问。"
# A template that hides its article in a "sidebar"-classed cell after a long teaser column, with the
# date only in a custom attribute and the title in an unstyled span.
QUIRKY = f"""<html><head><title>集团动态</title></head><body>
<div class="main"><p>{TEASER}</p><p>{TEASER}</p><p>{TEASER}</p><p>{TEASER}</p></div>
<div class="sidebar"><span class="t">市医疗集团理事会召开第二次会议</span><span class="d" data-pub="2023-12-04"></span>
<span class="org">集团办公室</span><div class="txt"><p>{P1}</p><p>{P2}</p></div></div></body></html>"""
SOURCE = {
    "id": "jtyy", "name": "某市医疗集团", "kind": "hospital", "province": "浙江省",
    "start_urls": ["https://www.example-jt.cn/news/"],
    "extract": {
        "title": {"css": "div.sidebar span.t"},
        "date": {"xpath": "//span[@class='d']/@data-pub"},
        "body": {"css": "div.sidebar div.txt"},
        "source": {"xpath": "//span[@class='org']"},
    },
}


def write(tmp_path: Path, source: dict) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": [source]}, allow_unicode=True), encoding="utf-8")
    return path


def test_selectors_from_sources_yaml_override_the_scorers(tmp_path):
    (source,) = load_sources(write(tmp_path, SOURCE))
    article = clean_page(RawPage(QUIRKY.encode("utf-8"), "https://www.example-jt.cn/news/77.html", "text/html; charset=utf-8"),
                         source)
    assert (article.title, article.published_at, article.source) == ("市医疗集团理事会召开第二次会议", "2023-12-04", "集团办公室")
    assert article.body.split("\n") == [P1, P2]
    assert article.evidence["body"] == "rule:css:div.sidebar div.txt" and article.date_evidence == "rule:xpath://span[@class='d']/@data-pub"
    assert "extract_rule_unmatched" not in article.flags


def test_without_the_selectors_the_scorers_take_the_teasers(tmp_path):
    article = clean_page(RawPage(QUIRKY.encode("utf-8"), "https://www.example-jt.cn/news/77.html", "text/html; charset=utf-8"))
    assert TEASER in article.body  # why this source needs its selectors


def test_a_selector_that_matches_nothing_falls_back_and_flags_the_page(tmp_path):
    changed = {**SOURCE, "extract": {"title": {"css": "h1.gone"}}}
    (source,) = load_sources(write(tmp_path, changed))
    page = QUIRKY.replace("<title>集团动态</title>", "<title>市医疗集团理事会召开第二次会议_某市医疗集团</title>")
    article = clean_page(RawPage(page.encode("utf-8"), "https://www.example-jt.cn/news/77.html", None), source)
    assert article.title == "市医疗集团理事会召开第二次会议" and "extract_rule_unmatched" in article.flags


@pytest.mark.parametrize(
    "extract_block, message",
    [
        ({"title": {"xpath": "//h1["}}, "not a valid XPath"),
        ({"body": {"css": "div..x"}}, "not a valid CSS"),
        ({"title": {"css": "h1", "xpath": "//h1"}}, "exactly one"),
        ({"author": {"css": "span.a"}}, "author"),
    ],
)
def test_bad_selectors_fail_at_load_with_the_field_named(tmp_path, extract_block, message):
    with pytest.raises(SourcesError) as err:
        load_sources(write(tmp_path, {**SOURCE, "extract": extract_block}))
    assert message in str(err.value) and "extract" in str(err.value)


def _page(title: str, site: str, logo: str) -> DecodedPage:
    html = (f"<html><head><title>{title}_{site}</title></head><body><div class='top'><span>{logo}</span></div>"
            f"<div class='c'><p>{P1}</p><p>{P2}</p></div></body></html>")
    return DecodedPage(url="http://www.example-yy.cn/a.html", html=html, encoding=EncodingReport())


def test_site_name_learnt_across_a_sources_pages_is_never_the_title():
    site = SiteNames()
    for title in ("医共体总院召开季度例会", "我院开展医联体业务培训", "远程心电中心上线运行"):
        extract(_page(title, "东湖医疗集团", "东湖医疗集团"), site=site)
    assert "东湖医疗集团" in site.names()
    # a page whose only heading-like text is the site name: without what was learnt the name would be
    # the title; with it, the page has no title rather than a wrong one
    page = DecodedPage(url="http://www.example-yy.cn/b.html", encoding=EncodingReport(),
                       html=f"<html><head><title>东湖医疗集团</title></head><body><h1>东湖医疗集团</h1><p>{P1}</p></body></html>")
    assert extract(page).title == "东湖医疗集团"
    assert extract(page, site=site).title == ""
