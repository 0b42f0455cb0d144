"""Flat pages: every line a <p> in one container, a template <title> ("新闻详情") and no heading element.

Many hospital and portal detail pages reach the crawler in this shape (the seeds' pages, once their
text is all that is left). The title then has to come from the lines themselves, and the title line,
its repeats, column labels, metadata-table rows and bylines must leave the body. Texts written for
the project.
"""

from __future__ import annotations

import pytest

from yilian.clean.extract import extract
from yilian.clean.extract.fields import credits
from yilian.clean.extract.title import is_generic
from yilian.clean.normalize import normalize
from yilian.records import DecodedPage, EncodingReport


def flat(lines: list[str], doc_title: str = "新闻详情", head: str = "") -> str:
    body = "\n".join(f"<p>{line}</p>" for line in lines)
    return (f'<html><head><meta charset="utf-8"><title>{doc_title}</title>{head}</head><body>'
            f'<div class="nav"><a href="/">首页</a></div><div class="article">{body}</div></body></html>')


def run(html: str):
    doc = DecodedPage(url="http://www.example-yy.cn/news/show.asp?id=88", html=html, encoding=EncodingReport(used="utf-8"))
    return normalize(extract(doc))


P1 = "3月6日上午，南江县人民医院与六个乡镇卫生院签订县域医共体合作协议，标志着全县医共体建设进入实施阶段。"
P2 = "根据协议，县医院将每周派出内科、外科和儿科专家到成员单位坐诊，并开通双向转诊绿色通道。"
P3 = "县卫健局负责人表示，医共体建设要让群众在家门口看得上病、看得好病，真正做到小病不出乡。"

HOSPITAL_CMS = [
    "当前位置: &gt;首页 &gt;医院动态 &gt;医院新闻",
    "携手共建 同心致远——南江县人民医院县域医共体签约仪式举行",
    "时间:2020-03-07 来源:本站原创 作者:办公室李敏 阅读量:152",
    "",
    "携手共建 同心致远",
    "",
    "——南江县人民医院县域医共体签约仪式举行",
    "",
    " 办公室:李敏   南江县人民医院  ",
    "",
    P1, P2, P3,
]


def test_flat_hospital_page_title_from_line_above_metadata_and_clean_body():
    a = run(flat(HOSPITAL_CMS))
    assert a.title == "携手共建 同心致远——南江县人民医院县域医共体签约仪式举行"
    assert a.subtitle == "南江县人民医院县域医共体签约仪式举行"
    assert (a.published_at, a.source, a.author, a.views) == ("2020-03-07", "本站原创", "办公室李敏", 152)
    assert a.column == "医院新闻"
    assert a.body.split("\n") == [P1, P2, P3]  # title, its split repeat, the byline all gone


TRADITIONAL_COLUMN = [
    "醫聯體專欄",
    "我院與青田縣人民醫院簽署緊密型醫聯體協議,專家定期下沉坐診",
    "",
    "作者:管理員 來源:麗江醫科大學附屬第一醫院 發布時間:2019/06/18 09:30:00",
    "",
    "6月17日上午,我院與青田縣人民醫院緊密型醫聯體簽約儀式在青田舉行,雙方將在學科建設、人才培養等方面深度合作。",
    "按照協議,我院每月選派高級職稱專家到青田縣(市、區)開展門診、查房和手術帶教。",
]


def test_flat_traditional_page_drops_column_label_and_keeps_it_as_column():
    a = run(flat(TRADITIONAL_COLUMN))
    assert a.title == "我院與青田縣人民醫院簽署緊密型醫聯體協議,專家定期下沉坐診"
    assert a.column == "醫聯體專欄"
    assert (a.published_at, a.published_time) == ("2019-06-18", "09:30:00")
    assert (a.source, a.author) == ("麗江醫科大學附屬第一醫院", "管理員")
    assert a.body.startswith("6月17日上午")
    assert "縣(市、區)" in a.body


GOV_TABLE = [
    "当前位置: 首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 卫生健康",
    "",
    "索 引 号: 211100-2022-001234 主题分类: 卫生",
    "发文机关: 东陵市卫生健康委员会 成文日期:",
    "标  题: [健康东陵频道]东陵:县域医共体让群众就近看好病——县人民医院牵头组建医共体服务全县乡镇",
    "发文字号: 发布日期: 2022-09-02",
    "主 题 词:",
    "",
    "[健康东陵频道]东陵:县域医共体让群众就近看好病——县人民医院牵头组建医共体服务全县乡镇",
    "",
    "发布时间:2022-09-02 信息来源:市卫生健康委员会 浏览次数:48",
    "8月30日,县人民医院牵头的县域医共体正式运行,全县十二个乡镇卫生院全部加入。",
    "医共体内实行人员统一调配、药品统一配送、检查结果互认,群众在乡镇就能预约县医院专家。",
]


def test_flat_government_metadata_table_gives_title_and_leaves_body():
    a = run(flat(GOV_TABLE))
    assert a.title.startswith("[健康东陵频道]东陵:县域医共体让群众就近看好病")
    assert (a.index_no, a.topic, a.issuer) == ("211100-2022-001234", "卫生", "东陵市卫生健康委员会")
    assert (a.published_at, a.source, a.views) == ("2022-09-02", "市卫生健康委员会", 48)
    assert a.body.split("\n")[0].startswith("8月30日")
    assert "索" not in a.body and "标题" not in a.body.replace(" ", "") and "发文字号" not in a.body


CREDIT_SOURCE = [
    "北城市骨科專科聯盟正式成立 市三院為理事長單位",
    "來源: 文| 黨委宣傳科 鄭雅文 圖| 黨委宣傳科 周立新發布日期: 2021-11-23",
    "11月22日,由北城市第三醫院牽頭組建的北城市骨科專科聯盟正式成立,首批成員單位共28家。",
    "聯盟將開展疑難病例會診、專科醫師培訓和雙向轉診,推動基層骨科診療規範化。",
    "- 上一篇: 市三院舉辦護理技能競賽",
    "- 下一篇: 市三院專家赴山區義診",
]


def test_flat_page_with_text_and_photo_credits_as_source():
    a = run(flat(CREDIT_SOURCE))
    assert a.title == "北城市骨科專科聯盟正式成立 市三院為理事長單位"
    assert (a.source, a.author, a.published_at) == ("黨委宣傳科", "鄭雅文", "2021-11-23")
    assert a.body.split("\n")[0].startswith("11月22日")
    assert "上一篇" not in a.body and "下一篇" not in a.body


BODY_ONLY = [
    "为推动优质医疗资源下沉,构建紧密型专科联盟,9月2日上午,西河市呼吸专科联盟成立大会在我院召开。",
    "全市、县(区)、乡镇(社区)共41家医疗机构加入联盟,院长当选联盟主席。",
    "联盟成立后将定期开展学术交流和联合查房,并为成员单位培养呼吸专科骨干医师。",
    "西河市呼吸专科联盟单位(41家)",
]


def test_flat_page_without_title_line_keeps_title_empty_and_body_whole():
    a = run(flat(BODY_ONLY))
    assert a.title == ""  # never a body sentence
    assert a.body.split("\n") == BODY_ONLY
    assert "县(区)、乡镇(社区)" in a.body


def test_flat_page_without_title_line_never_takes_the_site_name():
    a = run(flat(BODY_ONLY, head='<meta name="SiteName" content="西河市中心医院">'))
    assert a.title == ""
    assert a.body.split("\n") == BODY_ONLY


def test_flat_page_without_metadata_takes_short_line_above_first_sentence():
    a = run(flat(["联盟动态", "西河市呼吸专科联盟举行首次联合查房", *BODY_ONLY[1:3]], doc_title="正文"))
    assert a.title == "西河市呼吸专科联盟举行首次联合查房"
    assert a.body.split("\n") == BODY_ONLY[1:3]


def test_specific_document_title_still_wins_over_lines():
    a = run(flat(HOSPITAL_CMS, doc_title="携手共建 同心致远——南江县人民医院县域医共体签约仪式举行-南江县人民医院"))
    assert a.title == "携手共建 同心致远——南江县人民医院县域医共体签约仪式举行"


@pytest.mark.parametrize("title", ["新闻详情", "正文", "详情", "内容页", "文章详情", "信息公开", "新聞詳情", "详情页"])
def test_template_titles_are_generic(title):
    assert is_generic(title)


@pytest.mark.parametrize("title", ["新闻详情发布会在我院召开", "我院召开医联体工作会议"])
def test_real_titles_are_not_generic(title):
    assert not is_generic(title)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("文| 宣传科 张伟 图| 宣传科 李娜", ("宣传科", "张伟")),
        ("文/王芳 图/赵强", ("", "王芳")),
        ("文：医务部", ("医务部", "")),
        ("市卫生健康委员会", None),
        ("文汇报", None),
    ],
)
def test_credit_values(value, expected):
    assert credits(value) == expected
