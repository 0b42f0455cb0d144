"""A bracketed tag at the head of a title is the site's column, not the article's subject."""

import pytest

from yilian.clean.enrich import enrich
from yilian.clean.enrich.zones import split_column_tag
from yilian.records import Article
from yilian.sources import Source

HOSPITAL = Source(id="s1", name="安平市人民医院", kind="hospital", province="河北省", city="保定市",
                  start_urls=["{fixture}/s1"])


def enriched(title: str, body: str, source: Source | None = HOSPITAL) -> Article:
    return enrich(Article(url="u", title=title, body=body), source)


@pytest.mark.parametrize("title", ["【医联体建设】", "[医联体建设]", "〔医联体建设〕"])
def test_unrelated_news_filed_under_an_alliance_column_is_not_alliance_news(title):
    article = enriched(
        title + "我院举办“世界卫生日”健康知识竞赛",
        "4月7日下午，我院在门诊楼会议室举办“世界卫生日”健康知识竞赛，全院十二个科室派队参赛。\n"
        "竞赛分必答、抢答和风险题三个环节，内容涵盖传染病防治、合理用药和急救常识。\n"
        "最终，护理部代表队获得一等奖，急诊科和药剂科代表队获得二等奖。",
    )
    assert article.relevance["label"] == "other"


def test_alliance_news_under_the_same_column_stays_alliance_news():
    article = enriched(
        "【医联体建设】我院与三个乡镇卫生院签订紧密型医联体协议",
        "3月15日，我院与城南、柳林、东关三个乡镇卫生院签订紧密型医联体协议，我院将派驻专家每周坐诊两天。\n"
        "根据协议，双方建立双向转诊绿色通道，卫生院的检查结果在医联体内互认。",
    )
    assert article.relevance["label"] == "alliance"


def test_a_provincial_channel_name_does_not_outvote_the_city_where_it_happens():
    article = enriched(
        "[健康中国河北频道]邢台市妇幼保健院牵头成立儿科专科联盟",
        "9月3日，邢台市儿科专科联盟成立大会在邢台市妇幼保健院召开，辖区二十一家医院成为首批成员单位。\n"
        "联盟将通过专家下沉、远程会诊和进修培训，提升县级医院儿科诊疗水平。",
        Source(id="s2", name="河北省卫生健康委员会", kind="health_commission", province="河北省", start_urls=["{fixture}/s2"]),
    )
    assert (article.region.province, article.region.city) == ("河北省", "邢台市")
    assert not any("'河北' in title" in e for e in article.region.evidence)  # the channel is no title mention
    assert article.relevance["label"] == "alliance"


def test_split_keeps_a_title_that_is_only_a_tag():
    assert split_column_tag("【通知公告】") == ("", "【通知公告】")
    assert split_column_tag("[健康中国][要闻]全省医共体建设现场会召开") == ("[健康中国][要闻]", "全省医共体建设现场会召开")
    assert split_column_tag("关于【医联体】建设的通知") == ("", "关于【医联体】建设的通知")
