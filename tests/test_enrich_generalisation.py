"""The mechanisms the second tuning set (tests/enrich_set/tune2.jsonl, another labeler) showed missing, on short
announcements written for these tests: where an event is held, short venue names read in context, alliance
words in other senses, enumerations read by the shape of their items, guests, brackets, overviews and the
count grammar's growth, closing totals and newcomers."""

from yilian.clean.enrich import enrich
from yilian.clean.enrich.counts import member_count
from yilian.clean.enrich.gazetteer import load
from yilian.clean.enrich.orgs import find_orgs, representatives
from yilian.records import Article
from yilian.sources import Source


def source(name: str, province: str, city: str | None = None, county: str | None = None,
           kind: str = "hospital") -> Source:
    return Source(id="s2", name=name, kind=kind, province=province, city=city, county=county, start_urls=["{fixture}/s2"])


def enriched(title: str, body: str, src: Source | None = None) -> Article:
    return enrich(Article(url="u", title=title, body=body), src)


def names(text: str) -> list[str]:
    return [o.name for o in find_orgs(text, load()) if not o.generic]


ZHUANGHE = source("庄河市人民政府", "辽宁省", "大连市", "庄河市", kind="government")


def test_where_the_lead_says_the_event_is_held_is_its_city_not_the_publishers():
    article = enriched("我市中心医院成为辽宁省肾脏病专科联盟首批成员单位",
                       "6月15日，在沈阳召开的辽宁省肾脏病专科联盟成立大会上，庄河市中心医院成为联盟首批成员单位。", ZHUANGHE)
    assert (article.region.province, article.region.city, article.region.county) == ("辽宁省", "沈阳市", None)
    assert article.members == ["庄河市中心医院"]


def test_the_provincial_capital_said_without_its_name():
    article = enriched("我市两家医院加入陕西省麻醉专科联盟",
                       "6月26日，陕西省麻醉专科联盟成立大会在省城召开，神木市医院作为首批成员单位参加大会。",
                       source("神木市卫生健康局", "陕西省", "榆林市", "神木市", kind="health_commission"))
    assert (article.region.city, article.region.county) == ("西安市", None)


def test_a_one_character_venue_is_read_by_the_places_the_text_names():
    # 榕 is 福州 by custom, but on a page about 榕江县 it is 榕江
    article = enriched("广州专家来榕开展帮扶义诊",
                       "5月16日，广州市第一人民医院对口帮扶医疗队在榕江县人民医院开展大型义诊。这是医疗队今年第三次来榕开展义诊。",
                       source("黔东南苗族侗族自治州卫生健康局", "贵州省", "黔东南苗族侗族自治州", kind="health_commission"))
    assert (article.region.city, article.region.county) == ("黔东南苗族侗族自治州", "榕江县")
    shanghai = enriched("福建省血液病专科联盟在榕成立", "9月2日，福建省血液病专科联盟在榕成立，全省28家医院加入。")
    assert shanghai.region.city == "福州市"


def test_alliance_words_in_other_senses_make_no_alliance_news():
    for title, body in (("我院职工子女暑期托管班开班", "7月10日，我院职工子女暑期托管班开班，托管时间为期六周。"),
                        ("五常大米产业联盟年会召开", "联盟成员企业86家参加年会，共商品牌保护。"),
                        ("第二批“组团式”教育人才援青团队抵达海东", "32名援青教师将在全市6所高中开展支教工作。")):
        assert enriched(title, body).relevance["label"] == "other", title


def test_a_county_s_schools_group_is_no_county_community_but_its_health_group_is():
    """A 县 …教育集团 (schools sharing teachers) is read as no 医共体; a 县 …医疗集团 still is."""
    school = enriched("县医院专家走进城关教育集团开展心理健康讲座",
                      "4月11日，县医院心理科专家走进宁远县城关教育集团，为集团所属三所中小学的师生开展心理健康讲座。")
    assert school.relevance["label"] == "other" and school.alliance_forms == []
    health = enriched("宁远县医疗健康集团召开理事会", "4月11日，宁远县医疗健康集团召开理事会，总结集团一年来的工作。")
    assert health.relevance["label"] == "alliance" and health.alliance_forms == ["县域医共体"]


def test_a_county_branch_of_a_senior_hospital_is_paired_support():
    article = enriched("中南大学湘雅二医院桑植分院揭牌",
                       "3月21日，中南大学湘雅二医院桑植分院揭牌仪式在桑植县人民医院举行。",
                       source("中南大学湘雅二医院", "湖南省", "长沙市"))
    assert article.alliance_forms == ["对口帮扶/托管"]
    assert article.lead_organization == "中南大学湘雅二医院"


def test_enumerations_share_what_the_shape_of_their_items_says():
    assert names("成员包括恩施市、利川市、来凤县人民医院。") == ["恩施市人民医院", "利川市人民医院", "来凤县人民医院"]
    # a place written once before the list goes to every item: the fullest name the text supports
    assert names("成员包括伊州区东河、西河、丽园街道社区卫生服务中心。") == [
        "伊州区东河街道社区卫生服务中心", "伊州区西河街道社区卫生服务中心", "伊州区丽园街道社区卫生服务中心"]
    assert names("成员包括青菏街道、庄寨镇社区卫生服务中心和卫生院。") == ["青菏街道社区卫生服务中心", "庄寨镇卫生院"]
    assert names("吸纳丁蜀镇、和桥镇、苟各庄镇等12家镇卫生院。") == ["丁蜀镇卫生院", "和桥镇卫生院", "苟各庄镇卫生院"]
    assert names("利通区胜利、金积4家社区卫生服务中心。") == ["利通区胜利社区卫生服务中心", "利通区金积社区卫生服务中心"]
    assert names("协调西城区三家医院参与。") == []  # a place and a count is no list


def test_an_ordinal_names_another_hospital_not_a_short_form():
    same = representatives(["林州市人民医院", "林州市第二人民医院"], load())
    assert same["林州市人民医院"] == "林州市人民医院"


def test_a_district_left_out_names_another_hospital_and_a_city_before_it_does_not():
    same = representatives(["临沂市人民医院", "临沂市河东区人民医院", "北仑区人民医院", "宁波市北仑区人民医院"], load())
    assert same["临沂市人民医院"] == "临沂市人民医院"
    assert same["北仑区人民医院"] == "宁波市北仑区人民医院"


def test_a_hospital_with_a_second_name_in_brackets_is_one_lead_by_its_own_name():
    article = enriched("南通市肿瘤专科联盟成立",
                       "联盟由南通市肿瘤医院（南通大学附属肿瘤医院）牵头，首批成员单位22家，包括海安、如皋、启东市人民医院。")
    assert article.lead_organization == "南通市肿瘤医院"
    assert article.members == ["海安市人民医院", "如皋市人民医院", "启东市人民医院"]


def test_a_post_holder_who_attends_makes_an_organisation_a_guest():
    article = enriched("宁波市创伤专科联盟成立",
                       "联盟由宁波市第一医院牵头，成员包括余姚市人民医院、慈溪市人民医院。"
                       "浙江大学医学院附属第二医院急诊医学科主任应邀作专题讲座。")
    assert article.members == ["余姚市人民医院", "慈溪市人民医院"]


def test_two_alliances_alike_and_a_title_naming_neither_is_an_overview():
    article = enriched("我市紧密型县域医共体建设实现全覆盖",
                       "英德市人民医院医共体成员包括英城街道、大站镇等14个镇（街）卫生院；英德市中医院医共体成员包括连江口镇、"
                       "西牛镇等10个镇卫生院。")
    assert article.lead_organization is None and article.members == [] and article.member_count is None


def test_the_count_grammar_reads_growth_closing_totals_and_newcomers():
    assert member_count("两年多来，联盟成员单位由58家增加到77家。")[0] == 77
    assert member_count("成员单位包括县中医院和紫城、龙窝、九和等18个镇卫生院，共20家。")[0] == 20
    assert member_count("此次同批获授牌的还有安阳市肿瘤医院、鹤壁市人民医院等23家医院。")[0] is None
    assert member_count("组建时成员单位为三里桥、中市街道社区卫生服务中心，共6家。2021年成员单位增至9家。")[0] == 9


def test_a_work_report_at_an_annual_meeting_is_a_review_and_bedside_teaching_no_course():
    article = enriched("辽宁省肾脏病专科联盟年会在大连召开",
                       "11月6日，辽宁省肾脏病专科联盟2021年年会在大连召开。\n"
                       "会议期间，联盟主任委员、我院肾内科主任作了联盟工作报告。\n"
                       "年会结束后，专家们到大连市中心医院进行了手术示教。",
                       source("中国医科大学附属第一医院", "辽宁省", "沈阳市"))
    assert set(article.event_types) == {"会议/峰会", "年度总结", "帮扶/下沉"}
    assert article.lead_organization == "中国医科大学附属第一医院"
