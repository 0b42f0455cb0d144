"""Event and publisher regions on short announcements written for these tests."""

from yilian.clean.enrich import enrich, publisher_region
from yilian.clean.enrich.gazetteer import load
from yilian.clean.enrich.region import event_region, name_region
from yilian.records import Article
from yilian.sources import Source


def source(name: str, province: str, city: str | None = None, kind: str = "hospital") -> Source:
    return Source(id="s1", name=name, kind=kind, province=province, city=city, start_urls=["{fixture}/s1"])


def region_of(title: str, body: str, src: Source | None = None):
    return enrich(Article(url="u", title=title, body=body), src).region


def test_publisher_portal_event_in_another_city_and_county():
    article = Article(
        url="u",
        title="[健康中国辽宁频道]省级医院与建昌县签订医联体协议 助力县医院提档升级",
        body="6月2日，辽宁省肿瘤医院与建昌县人民政府签订医联体帮扶协议，葫芦岛市有关领导出席签约仪式。\n"
        "根据协议，省肿瘤医院将向建昌县人民医院派驻专家团队，开展远程会诊和人才培养。",
    )
    out = enrich(article, source("盘锦市人民政府", "辽宁省", "盘锦市", kind="government"))
    assert (out.publisher_region.province, out.publisher_region.city) == ("辽宁省", "盘锦市")
    assert (out.region.province, out.region.city, out.region.county) == ("辽宁省", "葫芦岛市", "建昌县")
    assert out.region.code == "211422"
    assert out.region.evidence and any("建昌" in e for e in out.region.evidence)


def test_traditional_configured_publisher_and_event_elsewhere():
    article = Article(
        url="u", title="我院與麗水市中心醫院共建專科聯盟",
        title_simplified="我院与丽水市中心医院共建专科联盟",
        body_simplified="10月9日，丽水市心血管专科联盟在丽水市中心医院成立，我院作为技术支持单位派员参会。",
    )
    out = enrich(article, source("溫州醫科大學附屬第二醫院", "浙江省", "溫州市"))
    assert out.publisher_region.city == "温州市"
    assert (out.region.province, out.region.city) == ("浙江省", "丽水市")


def test_publisher_from_the_organisation_name_alone():
    article = Article(url="u", title="x", source="孝感市中心医院")
    region = publisher_region(article, None)
    assert (region.province, region.city, region.code) == ("湖北省", "孝感市", "420900")


def test_chaoyang_resolved_by_context():
    beijing = region_of("朝阳区医联体签约", "北京市朝阳区卫生健康委组织辖区内社区卫生服务中心与三级医院签约，北京的专家每周下沉坐诊。")
    liaoning = region_of("朝阳市组建城市医疗集团", "辽宁省朝阳市中心医院牵头组建城市医疗集团，辽宁多家医院参与。")
    assert (beijing.province, beijing.county) == ("北京市", "朝阳区")
    assert (liaoning.province, liaoning.city) == ("辽宁省", "朝阳市")


def test_gulou_and_tongzhou_follow_the_city_named():
    fuzhou = region_of("鼓楼区紧密型医联体启动", "福州市鼓楼区卫健局组织辖区医疗机构组建医联体，福建省立医院牵头。")
    nanjing = region_of("鼓楼区紧密型医联体启动", "南京市鼓楼区卫健委组织辖区医疗机构组建医联体，江苏省人民医院参与。")
    nantong = region_of("通州区医共体揭牌", "南通市通州区人民医院牵头的医共体正式揭牌，江苏省卫健委领导出席。")
    assert (fuzhou.city, fuzhou.county) == ("福州市", "鼓楼区")
    assert (nanjing.city, nanjing.county) == ("南京市", "鼓楼区")
    assert (nantong.province, nantong.city) == ("江苏省", "南通市")


def test_university_name_is_not_the_event_region():
    region = region_of(
        "北京大学第一医院与延安市人民医院共建医联体",
        "9月5日，北京大学第一医院与延安市人民医院签署合作协议，陕西省卫健委有关负责同志出席。",
    )
    assert (region.province, region.city) == ("陕西省", "延安市")


def test_a_part_of_a_province_is_that_province_and_no_unit_read_across_it():
    # 桂西山区 holds no 西山区 of 昆明; 桂西 is 广西, with no prefecture of its own
    hills = region_of("医疗队在桂西山区巡诊", "医疗队连续三周在山区乡镇卫生院坐诊。")
    assert (hills.province, hills.city) == ("广西壮族自治区", None)
    # a unit of the same province read from inside the part is the more precise place
    assert region_of("专家赴滇西双版纳义诊", "").city == "西双版纳傣族自治州"
    # a part inside an institution's name is a name (苏北人民医院 is in 扬州)
    named = region_of("苏北人民医院专家到宝应县开展义诊", "5月8日，专家团队在宝应县人民医院坐诊。")
    assert (named.province, named.city, named.county) == ("江苏省", "扬州市", "宝应县")
    # an organisation named after parts (浙南闽北肿瘤专科联盟 spans two provinces) is placed by none
    assert name_region([("name", "浙南闽北肿瘤专科联盟")]).province is None


def test_hezuo_in_a_cooperation_agreement_is_not_gansu():
    region = region_of(
        "我院与县人民医院签订合作协议", "双方签订合作协议，在人才培养、学科建设等方面开展合作。",
        source("漯河市中心医院", "河南省", "漯河市"),
    )
    assert region.province == "河南省"
    assert "甘肃省" not in " ".join(region.evidence)


def test_former_name_maps_to_todays_unit():
    region = event_region("襄樊市中心医院牵头成立医联体", "原襄樊市中心医院牵头，市内十余家医院加入。")
    assert (region.province, region.city, region.code) == ("湖北省", "襄阳市", "420600")


def test_no_place_named_falls_back_to_the_publisher_with_a_note():
    out = enrich(Article(url="u", title="我院召开医联体工作会议", body="会议总结了一年来的工作。"),
                 source("石家庄市第五医院", "河北省", "石家庄市"))
    assert out.region.city == "石家庄市"
    assert out.region.evidence


def test_gazetteer_loads_once():
    assert load() is load()


def test_aid_team_event_is_where_it_serves_not_its_home_province():
    commission = Source(id="s3", name="江苏省卫生健康委员会", kind="health_commission", province="江苏省",
                        start_urls=["{fixture}/s3"])
    out = enrich(Article(
        url="u",
        title="我省援疆专家团队在克州人民医院开展组团式帮扶",
        body="今年以来，江苏省援疆医疗专家团队在克州人民医院持续开展组团式医疗帮扶，来自南京、苏州、无锡的"
        "十二名专家分布在心内科、普外科和儿科。\n专家团队帮助医院新建了胸痛中心，并为当地医生开展带教。",
    ), commission)
    assert (out.region.province, out.region.city) == ("新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州")
    assert out.publisher_region.province == "江苏省"


def test_east_west_cooperation_team_in_an_autonomous_prefecture():
    city = source("杭州市卫生健康委员会", "浙江省", "杭州市", kind="health_commission")
    out = enrich(Article(
        url="u",
        title="我市东西部协作医疗队进驻黔东南州三家县医院",
        body="按照东西部协作安排，我市第三批医疗队二十人近日进驻黔东南州，分别在三家县人民医院开展为期半年的帮扶。\n"
        "队员将参与门诊、手术和教学查房，并协助受援医院建设重点专科。",
    ), city)
    assert (out.region.province, out.region.city) == ("贵州省", "黔东南苗族侗族自治州")
    assert out.relevance["label"] == "alliance"


def test_province_wide_campaign_is_not_placed_in_the_capital():
    commission = Source(id="s4", name="河南省卫生健康委员会", kind="health_commission", province="河南省",
                        start_urls=["{fixture}/s4"])
    out = enrich(Article(
        url="u", title="健康中原巡讲团启动，全省百名专家进基层",
        body="为提高群众健康素养，省卫生健康委近日启动健康中原巡讲活动，组织百名专家分赴全省各县开展巡讲。\n"
        "我省将把巡讲与家庭医生签约服务结合起来，年底前实现乡镇全覆盖。",
    ), commission)
    assert (out.region.province, out.region.city, out.region.county) == ("河南省", None, None)


def test_an_everyday_word_still_names_a_district_of_the_city_in_question():
    out = region_of("中原区社区卫生服务中心加入郑州市城市医疗集团",
                    "郑州市中原区卫健委组织辖区八家社区卫生服务中心与郑州市第一人民医院签约，组建城市医疗集团。")
    assert (out.city, out.county) == ("郑州市", "中原区")


def test_reposted_hospital_news_speaks_for_the_hospital_in_its_source_line():
    site = source("保定市第二医院", "河北省", "保定市")
    out = enrich(Article(
        url="u", title="我院举行新入职护士授帽仪式", source="嘉兴市第一医院",
        body="5月10日，我院在学术报告厅为新入职的六十名护士举行授帽仪式，护理部主任带领大家宣读誓言。",
    ), site)
    assert (out.region.province, out.region.city) == ("浙江省", "嘉兴市")
    assert out.publisher_region.city == "保定市"


def test_a_source_line_that_contains_the_publisher_changes_nothing():
    portal = source("盘锦市人民政府", "辽宁省", "盘锦市", kind="government")
    out = enrich(Article(
        url="u", title="我市开展家庭医生签约服务宣传周活动", source="辽宁省卫生健康委员会",
        body="5月19日，我市各社区卫生服务中心同步开展家庭医生签约服务宣传周活动，现场为居民解读签约政策。",
    ), portal)
    assert (out.region.province, out.region.city) == ("辽宁省", "盘锦市")


def test_a_place_that_sends_the_team_is_where_it_comes_from_not_the_event():
    region = region_of("援藏十年：上海援藏医疗队助力我院高质量发展",
                       "2015年至2024年，上海市先后派出10批“组团式”援藏医疗队共226人次进驻我院。十年来，援藏专家帮助我院新建学科18个。\n"
                       "上海市第六人民医院、上海市第一人民医院等上海医院还通过远程平台为我院开展疑难病例会诊2100余例。",
                       source("日喀则市人民医院", "西藏自治区", "日喀则市"))
    assert (region.province, region.city) == ("西藏自治区", "日喀则市")
