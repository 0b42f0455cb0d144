"""The small pure functions of the extract stage, each on the inputs real pages give it."""

from __future__ import annotations

import pytest

from datetime import date

from yilian.clean.extract import body, dates, fields, title
from yilian.clean.extract.page import build, clean_line


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2017/12/12 10:18:00", [("2017-12-12", "10:18:00")]),
        ("发布时间：2021年5月17日 09:05", [("2021-05-17", "09:05")]),
        ("二〇二〇年十二月三十一日", [("2020-12-31", None)]),
        ("8月11日上午，联盟成立大会召开", []),
        ("2021-13-40", []),
    ],
)
def test_find_dates(text, expected):
    assert [(d, t) for _, d, t in dates.find_dates(text)] == expected


@pytest.mark.parametrize(
    "url, expected",
    [
        ("http://www.x.gov.cn/zwgk/202105/t20210517_123.html", "2021-05-17"),
        ("http://a.cn/2021/05/17/abc.html", "2021-05-17"),
        ("http://a.cn/news/show.asp?id=20210517", None),
        ("http://a.cn/n/123456.html", None),
        ("http://www.x.gov.cn/art/2023/5/17/art_1229_123.html", "2023-05-17"),  # one-digit month and day
        ("https://ol.example.com/news/201909/1220000.shtml", None),  # a month folder and an id, not a day
    ],
)
def test_date_from_url(url, expected):
    assert dates.from_url(url) == expected


def _date(html: str, url: str = "http://a.cn/x.html", today: date = date(2024, 6, 1)) -> dates.Found | None:
    page = build(html)
    found = dates.collect(page, url, [])
    return dates.choose(found, page, dates.Context(url, -1, -1, -1, today))[0]


def test_labeled_date_beats_sidebar_banner_and_url():
    html = """<html><body><div class="top">今天是2024年6月1日 星期六</div>
    <ul class="side"><li><a href="/a">我院开展消防安全演练活动</a> 2023-03-02</li><li><a href="/b">新职工培训</a> 2023-02-11</li></ul>
    <h1>县医共体召开联席会议</h1><p>发布时间：2023-05-18 09:00 来源：办公室</p><p>会议研究部署了下半年重点工作。</p></body></html>"""
    found = _date(html, "http://a.cn/2023/05/20/x.html")
    assert (found.date, found.time, found.evidence) == ("2023-05-18", "09:00", "label:发布时间")


def test_banner_date_is_never_the_publication_date():
    html = "<html><body><div>今天是2024年6月1日 星期六</div><h1>县医共体召开联席会议</h1><p>会议研究部署了下半年重点工作。</p></body></html>"
    assert _date(html) is None


def test_json_ld_and_time_element_are_read():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-05-17T08:00:00+08:00"}</script>'
    assert _date(f"<html><head>{ld}</head><body><p>正文。</p></body></html>").evidence == "jsonld:datePublished"
    found = _date('<html><body><h1>标题</h1><time datetime="2022-03-04T10:00">2022年3月4日</time><p>正文。</p></body></html>')
    assert (found.date, found.evidence) == ("2022-03-04", "time:datetime")
    # the text shows no year: the day comes from the attribute, which a reader does not see
    found = _date('<html><body><h1>标题</h1><time datetime="2022-03-04T10:00">3月4日</time><p>正文。</p></body></html>')
    assert (found.date, dates.shown(found.evidence)) == ("2022-03-04", False)


def test_month_day_completed_from_the_url_year_and_future_dates_refused():
    found = _date("<html><body><h1>某医院召开医联体会议</h1><p>发布时间：10-08 12:00</p></body></html>", "http://a.cn/2018/1008/x.html")
    assert found.date == "2018-10-08"
    assert _date("<html><body><h1>标题</h1><p>发布时间：2031-01-01</p></body></html>") is None


def test_written_date_stays_apart_from_publication():
    page = build("<html><body><table><tr><td>成文日期：</td><td>2021-05-31</td></tr></table><h1>标题</h1><p>发布日期：2021-06-02</p></body></html>")
    found, written = dates.choose(dates.collect(page, "", []), page, dates.Context("", -1, -1, -1, date(2024, 1, 1)))
    assert (found.date, written) == ("2021-06-02", "2021-05-31")


def test_metadata_line_fields_and_views():
    found = fields.collect(["时间:2018-01-03 来源:本站原创 作者:宣传科肖某 阅读量:1,230", "责任编辑：李四"])
    assert fields.first(found, "source") == "本站原创"
    assert fields.first(found, "author") == "宣传科肖某"
    assert fields.first(found, "editor") == "李四"
    assert fields.views(found) == 1230
    assert fields.views(fields.collect(["点击：次"])) is None


def test_traditional_and_spaced_labels():
    found = fields.collect(["作者：管理員 來源：某某醫院 發佈時間：2017/12/12", "索 引 号： abc-2021-1 主题分类： 医疗"])
    assert fields.first(found, "source") == "某某醫院"
    assert found["published"][0][1] == "2017/12/12"
    assert fields.first(found, "index_no") == "abc-2021-1"


@pytest.mark.parametrize(
    "line, edge, expected",
    [
        ("发布时间：2021-05-17 信息来源：市卫健委 浏览次数：21", False, True),
        ("来源：健康报", True, True),
        ("时间：2021年6月1日上午9时，地点：医院三楼会议室", False, False),  # a notice's own content
        ("时间：2021年6月1日上午9时", True, False),
        ("5月9日，医院与县政府签订协议，来源于双方多年的合作。", True, False),
    ],
)
def test_is_metadata_line(line, edge, expected):
    assert fields.is_metadata_line(line, at_edge=edge) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("当前位置: >首页 >医院动态 >医院新闻", "医院新闻"),
        ("您现在的位置：首页 >> 新闻中心 >> 正文", "新闻中心"),
        ("首页 > 政务公开 > 法定主动公开内容 > 民生信息 > 医疗", "医疗"),
    ],
)
def test_column_from_breadcrumb(line, expected):
    assert fields.column_from_breadcrumb(line) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("我院召开医联体工作会议-东湖市中心医院", "我院召开医联体工作会议"),
        ("市医共体建设推进会召开_北湖市人民政府", "市医共体建设推进会召开"),
        ("西岭县妇幼保健院--专科联盟开展危重孕产妇救治演练", "专科联盟开展危重孕产妇救治演练"),
        ("合作共赢——2018年医联体峰会召开", "合作共赢——2018年医联体峰会召开"),
        ("2021-2025年区域卫生规划印发 | 卫健委", "2021-2025年区域卫生规划印发"),
    ],
)
def test_strip_site_suffix(raw, expected):
    assert title.strip_site_suffix(raw) == expected


def test_clean_line_removes_stray_tags_and_source_line_breaks():
    assert clean_line("会议由院长主持\n    ，共80人参加。</span>") == "会议由院长主持，共80人参加。"
    assert clean_line("Hello\n world") == "Hello world"


def test_lines_follow_blocks_brs_and_table_rows():
    page = build("<div>第一段<br>第二段<p>第三<b>段</b></p><table><tr><td>甲</td><td>乙</td></tr></table></div>")
    assert [ln.text for ln in page.lines] == ["第一段", "第二段", "第三段", "甲 乙"]


def test_hidden_text_and_form_widgets_are_not_lines():
    page = build('<div>正文<span style="display: none">隐藏</span><textarea>数据</textarea><select><option>选项</option></select></div>')
    assert [ln.text for ln in page.lines] == ["正文"]


def test_wechat_publish_time_from_script_variables():
    assert _date("<html><body><script>var createTime = '2022-05-18 17:00';</script></body></html>") == dates.Found(
        "2022-05-18", "17:00", "script:createTime")
    assert _date('<html><body><script>var ct = "1652864400";</script></body></html>') == dates.Found("2022-05-18", "17:00", "script:ct")
    assert _date("<html><body><p>createTime</p></body></html>") is None


@pytest.mark.parametrize(
    "paragraphs, kept",
    [
        (["正文第一段。", "正文第二段。", "东湖市卫生健康委员会", "2021年5月17日"], 2),
        (["正文第一段。", "東湖市衛生健康委員會 辦公室", "二〇二一年五月十七日"], 1),
        (["正文第一段。", "2023/08/03"], 1),
        (["正文第一段。", "附件：成员单位名单", "2021-05-17"], 2),  # an attachment line stays text
        (["正文第一段。", "会议定于下周召开，请各单位做好准备。"], 2),  # no closing date: nothing to split
        (["正文第一段。", "8月11日上午，专家组到达。", "2021年5月17日上午召开总结会。"], 3),
    ],
)
def test_split_signature(paragraphs, kept):
    text, signature = body.split_signature(paragraphs)
    assert text == paragraphs[:kept] and signature == paragraphs[kept:]
