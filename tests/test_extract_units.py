"""The small pure functions of the extract stage, each on the inputs real pages give it."""

from __future__ import annotations

import pytest

from yilian.clean.extract import body, dates, fields, title
from yilian.clean.extract.tree import clean_line, lines, parse


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
    ],
)
def test_date_from_url(url, expected):
    assert dates.from_url(url) == expected


def test_date_evidence_order_meta_then_label_then_url():
    labeled = [("发布日期", "2021-05-18")]
    assert dates.pick({"pubdate": "2021-05-19 08:00"}, labeled, [], "/2021/05/20/", [], []).evidence == "meta:pubdate"
    assert dates.pick({}, labeled, [], "http://a.cn/2021/05/20/x.html", [], []).date == "2021-05-18"
    assert dates.pick({}, [], [], "http://a.cn/2021/05/20/x.html", ["医务处 张三", "2021-05-21"], []).evidence == "url"
    assert dates.pick({}, [], [], "", ["医务处 张三", "2021-05-21"], ["2015-01-01 旧闻"]).evidence == "body_end"
    assert dates.pick({}, [], [], "", [], []) is None


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
    root = parse("<div>第一段<br>第二段<p>第三<b>段</b></p><table><tr><td>甲</td><td>乙</td></tr></table></div>")
    assert lines(root.find("body")) == ["第一段", "第二段", "第三段", "甲 乙"]


def test_wechat_publish_time_from_script_variables():
    assert dates.from_script("<script>var createTime = '2022-05-18 17:00';</script>") == dates.Found("2022-05-18", "17:00", "script:createTime")
    assert dates.from_script('<script>var ct = "1652864400";</script>') == dates.Found("2022-05-18", "17:00", "script:ct")
    assert dates.from_script("<p>createTime</p>") is None


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
