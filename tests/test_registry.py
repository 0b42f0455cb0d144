"""Grouping announcements into alliances (yilian/registry.py), on announcements written for the test."""

from __future__ import annotations

from dataclasses import replace

from yilian.registry import COUNTY_COMMUNITY, CITY_GROUP, PAIRED, SPECIALTY, TELEMEDICINE, Mention, alliance_name, group, names


def _m(id_: str, date: str, title: str, body: str = "", **fields) -> Mention:
    """A mention as the indexer reads it: the alliance name found in title and body at index time."""
    return Mention(id=id_, date=date, title=title, name=alliance_name(title, body),
                   source_name=fields.pop("source_name", "某某网站"), url=f"http://example.cn/{id_}.html", **fields)


def _by_id(alliances):
    return {a["id"]: alliance for alliance in alliances for a in alliance.announcements}


def test_one_alliance_across_sites_and_years_with_its_history():
    mentions = [
        _m("a3", "2021-01-20", "市人民医院医共体2020年度工作总结", lead="天长市人民医院", forms=(COUNTY_COMMUNITY,),
           events=("年度总结",), province="安徽省", city="滁州市", county="天长市", member_count=16),
        _m("a1", "2019-05-08", "天长市人民医院医共体成立", lead="天长市人民医院", forms=(COUNTY_COMMUNITY,),
           events=("成立",), province="安徽省", city="滁州市", county="天长市",
           members=("汊涧镇卫生院", "铜城镇卫生院"), member_count=12, source_name="天长市人民政府"),
        _m("a2", "2019-09-02", "医共体专家下沉铜城镇卫生院", lead="天长市人民医院", forms=(COUNTY_COMMUNITY,),
           events=("帮扶/下沉",), province="安徽省", city="滁州市", county="天长市", members=("铜城镇卫生院", "大通镇卫生院")),
    ]
    (alliance,) = group(mentions)
    assert [a["id"] for a in alliance.announcements] == ["a1", "a2", "a3"]  # the timeline, oldest first
    assert alliance.founded == "2019-05-08" and alliance.first_seen == "2019-05-08" and alliance.last_seen == "2021-01-20"
    assert alliance.lead == "天长市人民医院" and alliance.county == "天长市"
    assert {m["name"]: m["first_seen"] for m in alliance.members} == {
        "汊涧镇卫生院": "2019-05-08", "铜城镇卫生院": "2019-05-08", "大通镇卫生院": "2019-09-02"}
    assert [(c["date"], c["count"]) for c in alliance.member_counts] == [("2019-05-08", 12), ("2021-01-20", 16)]
    assert all(a["evidence"] == f"{COUNTY_COMMUNITY}|天长市人民医院" for a in alliance.announcements)


def test_one_lead_two_alliances_of_different_forms_or_subjects():
    mentions = [
        _m("g1", "2020-03-01", "漯河市中心医院城市医疗集团揭牌", lead="漯河市中心医院", forms=(CITY_GROUP,), city="漯河市"),
        _m("c1", "2020-06-01", "我院牵头成立漯河市胸痛专科联盟", lead="漯河市中心医院", forms=(SPECIALTY,), city="漯河市"),
        _m("s1", "2021-06-01", "我院牵头成立漯河市卒中专科联盟", lead="漯河市中心医院", forms=(SPECIALTY,), city="漯河市"),
        _m("c2", "2021-07-01", "漯河市胸痛专科联盟年会召开", lead="漯河市中心医院", forms=(SPECIALTY,), city="漯河市"),
    ]
    alliances = _by_id(group(mentions))
    assert len({id(a) for a in alliances.values()}) == 3
    assert alliances["c1"] is alliances["c2"] and alliances["c1"] is not alliances["s1"]
    assert alliances["c1"].name == "漯河市胸痛专科联盟"


def test_same_subject_in_two_cities_stays_apart_and_a_short_name_joins_its_city():
    mentions = [
        _m("l1", "2019-04-01", "漯河市胸痛专科联盟成立", lead="漯河市中心医院", forms=(SPECIALTY,), province="河南省", city="漯河市"),
        _m("x1", "2019-05-01", "许昌市胸痛专科联盟成立", lead="许昌市中心医院", forms=(SPECIALTY,), province="河南省", city="许昌市"),
        # no lead named; "市" is the publishing city
        _m("l2", "2020-04-01", "市胸痛联盟专家走进临颍开展义诊", forms=(SPECIALTY,), province="河南省", city="漯河市"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["l1"] is alliances["l2"] and alliances["l1"] is not alliances["x1"]
    assert alliances["l2"].announcements[1]["evidence"] == f"{SPECIALTY}@漯河市|胸痛"


def test_aid_pairs_are_told_apart_by_the_receiving_county():
    mentions = [
        _m("p1", "2018-03-01", "上海市第十人民医院与兰坪县人民医院签订对口帮扶协议", lead="上海市第十人民医院",
           forms=(PAIRED,), province="云南省", city="怒江傈僳族自治州", county="兰坪白族普米族自治县"),
        _m("p2", "2019-03-01", "上海专家在兰坪开展手术示教", lead="上海市第十人民医院", forms=(PAIRED,),
           province="云南省", city="怒江傈僳族自治州", county="兰坪白族普米族自治县"),
        _m("p3", "2019-06-01", "上海市第十人民医院对口支援贡山县", lead="上海市第十人民医院", forms=(PAIRED,),
           province="云南省", city="怒江傈僳族自治州", county="贡山独龙族怒族自治县"),
        _m("q1", "2019-06-01", "上海市第十人民医院帮扶遵义", lead="上海市第十人民医院", forms=(PAIRED,),
           province="贵州省", city="遵义市"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["p1"] is alliances["p2"]  # one programme
    assert alliances["p3"] is not alliances["p1"] and alliances["q1"] is not alliances["p1"]  # other counties: others
    assert alliances["p1"].name == "上海市第十人民医院 对口帮扶 兰坪白族普米族自治县"


def test_an_announcement_naming_only_the_prefecture_joins_the_one_programme_there():
    mentions = [
        _m("p1", "2018-03-01", "上海市第十人民医院与兰坪县人民医院签订对口帮扶协议", lead="上海市第十人民医院",
           forms=(PAIRED,), province="云南省", city="怒江傈僳族自治州", county="兰坪白族普米族自治县"),
        _m("p2", "2019-03-01", "上海专家赴怒江开展帮扶", lead="上海市第十人民医院", forms=(PAIRED,),
           province="云南省", city="怒江傈僳族自治州"),
        _m("p3", "2019-05-01", "沪滇协作专家在兰坪开展义诊", forms=(PAIRED,),  # no lead named
           province="云南省", city="怒江傈僳族自治州", county="兰坪白族普米族自治县"),
    ]
    (alliance,) = group(mentions)
    assert [a["evidence"] for a in alliance.announcements] == [
        f"{PAIRED}|上海市第十人民医院|兰坪白族普米族自治县", f"{PAIRED}|上海市第十人民医院|怒江傈僳族自治州",
        f"{PAIRED}@兰坪白族普米族自治县"]


def test_a_county_that_became_a_city_keeps_its_alliance():
    mentions = [
        _m("n1", "2017-06-01", "宁乡县人民医院医共体挂牌", lead="宁乡县人民医院", forms=(COUNTY_COMMUNITY,), city="长沙市", county="宁乡市"),
        _m("n2", "2021-12-20", "宁乡市人民医院医共体年度总结", lead="宁乡市人民医院", forms=(COUNTY_COMMUNITY,), city="长沙市", county="宁乡市"),
    ]
    (alliance,) = group(mentions)
    assert alliance.lead == "宁乡市人民医院"


def test_a_lead_written_with_its_place_s_short_or_official_name_is_one_lead():
    mentions = [
        _m("p1", "2020-01-01", "彭水县人民医院医共体挂牌", lead="彭水县人民医院", forms=(COUNTY_COMMUNITY,), city="重庆市"),
        _m("p2", "2021-01-01", "医共体年度总结", lead="彭水苗族土家族自治县人民医院", forms=(COUNTY_COMMUNITY,), city="重庆市"),
        _m("e1", "2020-01-01", "恩施州卒中专科联盟成立", lead="恩施州中心医院", forms=(SPECIALTY,), province="湖北省"),
        _m("e2", "2021-01-01", "卒中专科联盟年会", lead="湖北省恩施土家族苗族自治州中心医院", forms=(SPECIALTY,), province="湖北省"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["p1"] is alliances["p2"] and alliances["e1"] is alliances["e2"]
    assert alliances["p1"] is not alliances["e1"]


def test_an_abbreviated_lead_joins_the_full_name():
    mentions = [
        _m("b1", "2020-01-01", "首都医科大学附属北京朝阳医院与宁城县中心医院签订帮扶协议", lead="首都医科大学附属北京朝阳医院",
           forms=(PAIRED,), province="内蒙古自治区", city="赤峰市", county="宁城县"),
        _m("b2", "2021-01-01", "北京朝阳医院专家在宁城开展义诊", lead="北京朝阳医院", forms=(PAIRED,),
           province="内蒙古自治区", city="赤峰市", county="宁城县"),
    ]
    (alliance,) = group(mentions)
    assert alliance.lead == "首都医科大学附属北京朝阳医院"


def test_a_piece_with_no_lead_and_no_form_joins_the_alliance_of_the_one_lead_it_names_there():
    """Experts of 瑞金医院 in a 黄浦 community centre, no lead or form read: 瑞金医院 (short) leads one alliance in
    黄浦区; not its aid to 瑞金市, and nothing where two hospitals named lead alliances there."""
    mentions = [
        _m("r1", "2012-03-01", "瑞金—卢湾医联体理事会召开", lead="上海交通大学医学院附属瑞金医院", forms=(CITY_GROUP,),
           province="上海市", city="上海市", county="黄浦区"),
        _m("j1", "2019-03-01", "瑞金医院对口帮扶瑞金市人民医院", lead="上海交通大学医学院附属瑞金医院", forms=(PAIRED,),
           province="江西省", city="赣州市", county="瑞金市", members=("瑞金市人民医院",)),
        _m("r2", "2020-09-01", "瑞金医院专家定期坐诊社区", province="上海市", city="上海市", county="黄浦区",
           members=("瑞金医院", "五里桥街道社区卫生服务中心")),
        _m("p1", "2018-03-01", "仁济医院城市医联体成立", lead="上海交通大学医学院附属仁济医院", forms=(CITY_GROUP,),
           province="上海市", city="上海市", county="黄浦区"),
        _m("x1", "2020-09-01", "专家进社区", province="上海市", city="上海市", county="黄浦区",
           members=("瑞金医院", "仁济医院")),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["r2"] is alliances["r1"] and alliances["j1"] is not alliances["r1"]
    assert alliances["p1"] is not alliances["r1"] and "x1" not in alliances
    assert alliances["r2"].announcements[-1]["evidence"] == "*|上海交通大学医学院附属瑞金医院|黄浦区"


def test_a_university_hospital_named_after_a_district_runs_one_programme_per_county_it_helps():
    """首都医科大学附属北京朝阳医院's name holds 朝阳区, yet it is not a county's hospital helped elsewhere: its aid to
    商都 and to 宁城 are two programmes."""
    aid = dict(lead="首都医科大学附属北京朝阳医院", forms=(PAIRED,), province="内蒙古自治区")
    mentions = [
        _m("s1", "2018-05-01", "北京朝阳医院与商都县医院签订对口帮扶协议", city="乌兰察布市", county="商都县",
           members=("商都县医院",), **aid),
        _m("s2", "2023-05-01", "京蒙协作五年 商都县医院服务能力显著提升", city="乌兰察布市", county="商都县",
           members=("商都县医院",), **aid),
        _m("n1", "2019-05-01", "北京朝阳医院与宁城县中心医院签订对口帮扶协议", city="赤峰市", county="宁城县",
           members=("宁城县中心医院",), **aid),
        _m("n2", "2021-05-01", "北京专家在宁城开展帮扶义诊", city="赤峰市", county="宁城县", members=("宁城县中心医院",), **aid),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["s1"] is alliances["s2"] and alliances["n1"] is alliances["n2"] and alliances["s1"] is not alliances["n1"]


def test_aid_to_a_prefecture_s_hospital_is_not_the_same_lead_s_aid_to_a_county_there():
    """天津医科大学总医院 helps 策勒县人民医院 and, apart, 和田地区人民医院: pieces placed only at 和田地区 that name the
    prefecture's hospital are its programme, not the county's."""
    aid = dict(lead="天津医科大学总医院", forms=(PAIRED,), province="新疆维吾尔自治区", city="和田地区")
    mentions = [
        _m("c1", "2019-08-22", "天津医科大学总医院援疆医疗队在策勒县开展帮扶", county="策勒县", members=("策勒县人民医院",), **aid),
        _m("h1", "2017-08-01", "天津医科大学总医院组团式援疆医疗队出征和田", members=("和田地区人民医院",), **aid),
        _m("h2", "2020-08-01", "天津医科大学总医院和田分院揭牌", members=("和田地区人民医院",), **aid),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["h1"] is alliances["h2"] and alliances["c1"] is not alliances["h1"]


def test_two_leads_alliances_of_one_subject_stay_apart():
    """哈医大一院眼科专科联盟 and 浙大二院眼科专科联盟: one subject, names without a place, two leads, two alliances;
    a piece naming no lead matches both by its subject, so joins neither (it stands alone)."""
    spec = dict(forms=(SPECIALTY,))
    mentions = [
        _m("h1", "2019-03-01", "哈医大一院眼科专科联盟成立", lead="哈尔滨医科大学附属第一医院", province="黑龙江省",
           city="哈尔滨市", **spec),
        _m("z1", "2021-03-01", "浙大二院眼科专科联盟基层眼科医师带教班在衢州开班", lead="浙江大学医学院附属第二医院",
           province="浙江省", city="衢州市", **spec),
        _m("h2", "2022-03-01", "眼科专科联盟巡回义诊走进边境县", **spec),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["z1"] is not alliances["h1"] and alliances["h2"] not in (alliances["h1"], alliances["z1"])


def test_aid_whose_lead_was_read_as_the_hospital_helped_joins_the_helper_s_programme():
    """On 那曲市人民医院's own site 我院 was read as the lead and 浙江省人民医院 as a member: a hospital of a higher level
    named beside the lead is the helper; a county hospital's aid to a township stays its own."""
    naqu = dict(forms=(PAIRED,), province="西藏自治区", city="那曲市")
    mentions = [
        _m("z1", "2016-07-01", "浙江省人民医院与那曲市人民医院签订对口支援协议", lead="浙江省人民医院", county="色尼区",
           members=("那曲市人民医院",), **naqu),
        _m("z2", "2019-07-01", "第四批浙江援藏医疗队抵达我院", lead="那曲市人民医院", members=("浙江省人民医院",), **naqu),
        _m("t1", "2020-07-01", "县人民医院对口帮扶罗玛镇卫生院", lead="嘉黎县人民医院", county="嘉黎县",
           members=("罗玛镇卫生院",), **naqu),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["z2"] is alliances["z1"] and alliances["z1"].lead == "浙江省人民医院"
    assert alliances["t1"] is not alliances["z1"] and alliances["t1"].lead == "嘉黎县人民医院"
    assert [m["name"] for m in alliances["z1"].members] == ["那曲市人民医院"]


def test_aid_read_as_led_by_the_county_hospital_at_home_is_led_by_the_hospital_from_another_province_it_names():
    """On 宁城县中心医院's own site 我院 was read as the lead of its 京蒙 aid: a hospital above county level that its name
    puts in another province (北京安贞医院 has no place word its level is read from) is the helper; a county hospital
    of another province named by a county hospital telling of its own aid elsewhere is the one helped."""
    ningcheng = dict(forms=(PAIRED,), province="内蒙古自治区", city="赤峰市", county="宁城县")
    mentions = [
        _m("b1", "2018-05-01", "北京安贞医院与宁城县中心医院签订帮扶协议", lead="北京安贞医院", members=("宁城县中心医院",),
           **ningcheng),
        _m("b2", "2019-05-01", "北京安贞医院第二批专家抵达宁城", lead="北京安贞医院", members=("宁城县中心医院",), **ningcheng),
        _m("b3", "2020-05-01", "我院与北京安贞医院续签京蒙帮扶协议", lead="宁城县中心医院", members=("北京安贞医院",), **ningcheng),
        _m("e1", "2021-05-01", "我院专家赴四川开展帮扶", lead="宁城县中心医院", members=("盐源县人民医院",), **ningcheng),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["b1"] is alliances["b2"] is alliances["b3"] and alliances["b1"].lead == "北京安贞医院"
    assert alliances.get("e1") is not alliances["b1"]


def test_a_numbered_hospital_written_short_in_an_alliance_s_name_is_that_hospital():
    """桐乡一院医共体, 市一院医共体 on a 桐乡 page: 桐乡市第一人民医院's, not the county's other 医共体."""
    county = dict(forms=(COUNTY_COMMUNITY,), province="浙江省", city="嘉兴市", county="桐乡市")
    mentions = [
        _m("a1", "2019-03-01", "桐乡市第一人民医院医共体成立", lead="桐乡市第一人民医院", **county),
        _m("b1", "2019-04-01", "桐乡市中医医院医共体成立", lead="桐乡市中医医院", **county),
        _m("a2", "2021-03-01", "桐乡一院医共体开展巡回义诊", **county),
        _m("a3", "2023-06-20", "市一院医共体升级为医疗健康集团", **county),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a1"] is alliances["a2"] is alliances["a3"] and alliances["b1"] is not alliances["a1"]
    assert alliances["a3"].announcements[-1]["evidence"] == f"{COUNTY_COMMUNITY}|桐乡市第一人民医院"


def test_overviews_and_unrelated_news_belong_to_no_alliance():
    mentions = [
        _m("o1", "2020-01-01", "我市医联体建设实现全覆盖", forms=(CITY_GROUP, COUNTY_COMMUNITY, SPECIALTY), city="漯河市"),
        _m("n1", "2020-01-01", "我院举行新春团拜会", lead=None, forms=()),
        _m("c1", "2020-06-01", "我院牵头成立漯河市胸痛专科联盟", lead="漯河市中心医院", forms=(SPECIALTY,), city="漯河市"),
    ]
    assert set(_by_id(group(mentions))) == {"c1"}


def test_news_called_no_alliance_announcement_joins_no_alliance_it_names():
    """News the enrichment calls no alliance announcement that names an alliance (a 胸痛中心's accreditation naming its
    city's 胸痛专科联盟 in passing) joins none, and two such never make an alliance of their own."""
    city = {"province": "江苏省", "city": "扬州市"}
    mentions = [
        _m("c1", "2019-04-01", "扬州市胸痛专科联盟在我院成立", lead="扬州市第一人民医院", forms=(SPECIALTY,), **city),
        _m("c2", "2020-04-01", "我院牵头的胸痛专科联盟召开年会", lead="扬州市第一人民医院", forms=(SPECIALTY,), **city),
        _m("t1", "2021-05-01", "我院胸痛中心通过国家认证", "我院是扬州市胸痛专科联盟成员单位。", relevant=False,
           source_name="宝应县人民医院", county="宝应县", **city),
        _m("i1", "2021-06-01", "扬州市生物医药产业联盟成立", relevant=False, **city),
        _m("i2", "2022-06-01", "扬州市生物医药产业联盟年会召开", relevant=False, **city),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["c1"] is alliances["c2"] and set(alliances) == {"c1", "c2"}


def test_news_called_no_alliance_announcement_joins_the_aid_its_publisher_runs_at_the_county_it_tells_of():
    """An aid team's free clinic told on its hospital's site, which the enrichment calls no alliance announcement,
    joins that hospital's programme at the county; not at a county it runs none, nor told by the county's own."""
    seda = {"province": "四川省", "city": "甘孜藏族自治州", "county": "色达县"}
    aid = dict(lead="四川省人民医院", forms=(PAIRED,), members=("色达县人民医院",), source_name="四川省人民医院")
    mentions = [
        _m("a1", "2019-03-01", "我院与色达县人民医院签订对口帮扶协议", **aid, **seda),
        _m("a2", "2020-03-01", "省人民医院第二批援色医疗队抵达我县", **aid, **seda),
        _m("t1", "2021-07-01", "我院医疗队赴色达开展义诊", relevant=False, source_name="四川省人民医院", **seda),
        _m("t2", "2021-08-01", "我院医疗队赴理塘开展义诊", relevant=False, source_name="四川省人民医院", province="四川省",
           city="甘孜藏族自治州", county="理塘县"),
        _m("t3", "2021-09-01", "我院开展义诊", relevant=False, source_name="色达县人民医院", **seda),
        _m("t4", "2021-09-02", "医疗队赴色达开展义诊", relevant=False, **seda),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a1"] is alliances["a2"] is alliances["t1"]
    assert alliances["t1"].announcements[-1]["evidence"] == f"{PAIRED}|四川省人民医院|色达县"
    assert not {"t2", "t3", "t4"} & set(alliances)


def test_news_called_no_alliance_announcement_joins_the_aid_its_publisher_runs_in_the_city_it_tells_of():
    """An aid team's news that names a city, no county, on its hospital's site joins that hospital's programme there
    when the city is elsewhere (another province, as the hospital's name gives no city); not news told at home."""
    baicheng = {"province": "吉林省", "city": "白城市"}
    aid = dict(lead="浙江大学医学院附属邵逸夫医院", forms=(PAIRED,), members=("白城市中心医院",))
    mentions = [
        _m("a1", "2018-03-01", "浙大邵逸夫医院与我市中心医院签订对口合作协议", **aid, **baicheng, source_name="白城市人民政府"),
        _m("a2", "2020-03-01", "对口合作两年，我院新增国家级资质", **aid, **baicheng, source_name="白城市中心医院"),
        _m("t1", "2021-12-01", "零下二十度的坚守 | 邵医人在白城", relevant=False, source_name="浙江大学医学院附属邵逸夫医院",
           **baicheng),
        _m("t2", "2021-12-02", "我院专家开展义诊", relevant=False, source_name="白城市中心医院", **baicheng),
        _m("t3", "2021-12-03", "我院医护人员赴杭州进修", relevant=False, source_name="浙江大学医学院附属邵逸夫医院",
           province="浙江省", city="杭州市"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a1"] is alliances["a2"] is alliances["t1"]
    assert not {"t2", "t3"} & set(alliances)


def test_a_report_of_all_its_publishers_work_joins_no_alliance():
    """A commission's half-year work summary, one point of which is the county's 医共体, is about no one alliance;
    the 医共体's own work summary and the part of a government's report its site chose (节选) are about it."""
    tengzhou = dict(province="山东省", city="枣庄市", county="滕州市", lead="滕州市中心人民医院", forms=(COUNTY_COMMUNITY,))
    mentions = [
        _m("a1", "2021-06-18", "滕州市中心人民医院医疗集团（医共体）揭牌运行", members=("龙阳镇卫生院",), **tengzhou),
        _m("a2", "2022-01-10", "滕州市中心人民医院医疗集团2021年工作总结", **tengzhou),
        _m("a3", "2023-02-01", "滕州市2023年政府工作报告（节选）", source_name="滕州市人民政府", **tengzhou),
        _m("s1", "2023-07-10", "滕州市卫生健康局2023年上半年工作总结", members=("姜屯镇卫生院",), source_name="滕州市卫生健康局",
           **tengzhou),
        _m("s2", "2024-02-01", "2024年滕州市政府工作报告（全文）", source_name="滕州市人民政府", **tengzhou),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a1"] is alliances["a2"] is alliances["a3"]
    assert not {"s1", "s2"} & set(alliances)


def test_names_start_at_their_place_or_after_the_verb():
    assert [(n.text, n.place, n.subject) for n in names("我院牵头成立漯河市胸痛中心专科联盟")] == [
        ("漯河市胸痛中心专科联盟", "漯河市", "胸痛")]
    assert [(n.text, n.place, n.subject) for n in names("与西城区三家医院签约组建心血管专科医联体")] == [
        ("心血管专科医联体", None, "心血管")]
    assert [(n.text, n.subject) for n in names("四川省康复医学专科联合体年会")] == [("四川省康复医学专科联合体", "康复")]
    assert names("全省所有二级以上公立医院全部参与医联体") == []


def test_a_name_whose_head_was_lost_in_decoding_is_no_name_but_one_after_a_question_is():
    # a page converted through a codec that lacked 远 reads 河南省?程心电协作网: 程心电协作网 is no alliance
    body = "河南省远程心电协作网第二次工作会议在郑州召开。"
    assert alliance_name("河南省?程心电协作网第二次工作会议召开", body) == "河南省远程心电协作网"
    assert alliance_name("河南省\ufffd程心电协作网第二次工作会议召开", body) == "河南省远程心电协作网"
    assert names("什么?漯河市胸痛专科联盟成立了")[0].text == "漯河市胸痛专科联盟"


def test_a_column_heading_between_bars_names_no_alliance_and_its_interview_joins_the_alliance():
    # 丨 is a stroke that pages write as a bar around a column's heading: 丨访谈丨联盟 is no alliance of subject 访谈
    assert names("丨访谈丨联盟七年：让胸痛患者及时得到救治") == []
    assert [n.text for n in names("丨专家谈丨漯河市胸痛专科联盟走过五年")] == ["漯河市胸痛专科联盟"]
    mentions = [
        _m("c1", "2019-06-01", "漯河市胸痛专科联盟在我院成立", lead="漯河市中心医院", forms=(SPECIALTY,), province="河南省",
           city="漯河市", source_name="漯河市中心医院"),
        _m("c2", "2020-06-01", "漯河市胸痛专科联盟年会举行", lead="漯河市中心医院", forms=(SPECIALTY,), province="河南省",
           city="漯河市", source_name="漯河市卫生健康委员会"),
        _m("c3", "2024-06-01", "丨访谈丨联盟五年：让胸痛患者及时得到救治", "漯河市胸痛专科联盟成立五年来，救治时间缩短。",
           lead="漯河市中心医院", forms=(SPECIALTY,),
           province="河南省", city="漯河市", source_name="漯河市中心医院"),
    ]
    (alliance,) = group(mentions)
    assert alliance.name == "漯河市胸痛专科联盟"


def test_qualifiers_national_programmes_and_places_after_a_particle_are_read_as_such():
    def read(text):
        return [(n.text, n.place, n.subject) for n in names(text)]

    # 县域/区域 and 城市/紧密型 after a lead qualify the alliance: no subject, so no specialty alliance is made of them
    assert read("舞阳县：县域医共体让群众就近看病") == []
    assert read("依托卢湾区域医联体") == [("卢湾区域医联体", "黄浦区", "")]
    assert read("威县人民医院紧密型医联体") == [("威县人民医院紧密型医联体", "威县", "")]
    assert read("潍坊市人民医院城市医联体成立") == [("潍坊市人民医院城市医联体", "潍坊市", "")]
    # a national programme is no alliance's name; a national alliance names a subject
    assert read("我院入选国家紧密型城市医疗集团") == []
    assert read("国家呼吸系统疾病专科联盟年会") == [("国家呼吸系统疾病专科联盟", "全国", "呼吸")]
    # a place that starts with a particle's letter (和田地区) stays whole; a verb before a form word is no name
    assert read("和田地区胸痛专科联盟在我院成立") == [("和田地区胸痛专科联盟", "和田地区", "胸痛")]
    assert read("从医联体到城市医疗集团") == [] and read("医保打包支付激活医共体") == []
    # a verb's aspect particle is no part of the name; 和 before 县域 joins two kinds, it is not 和县
    assert read("会议通过了市胸痛专科联盟章程") == [("市胸痛专科联盟", None, "胸痛")]
    assert read("推进医联体和县域医共体建设") == [] and read("和县医共体成立") == [("和县医共体", "和县", "")]


def test_an_announcement_without_a_form_joins_the_alliance_its_name_gives():
    """The enrichment gives no form to 市急救联盟 or to a bare 医联体; the name's word still places it, and
    only where it points at one alliance."""
    mentions = [
        _m("e1", "2019-04-01", "咸阳市急诊急救专科联盟成立", lead="咸阳市中心医院", forms=(SPECIALTY,), province="陕西省", city="咸阳市"),
        _m("e2", "2021-04-01", "市急救联盟专家来我院开展培训", lead="咸阳市中心医院", province="陕西省", city="咸阳市", county="兴平市"),
        _m("g1", "2018-05-01", "潍坊市人民医院城市医疗集团成立", lead="潍坊市人民医院", forms=(CITY_GROUP,), province="山东省", city="潍坊市"),
        _m("g2", "2020-05-01", "市人民医院医联体双向转诊见成效", lead="潍坊市人民医院", province="山东省", city="潍坊市"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["e1"] is alliances["e2"] and alliances["e2"].announcements[1]["evidence"] == f"{SPECIALTY}@咸阳市|急诊急救"
    assert alliances["g1"] is alliances["g2"] and alliances["g1"] is not alliances["e1"]


def test_an_announcement_without_form_or_name_joins_its_lead_s_one_alliance_at_its_place():
    """No form and no alliance name (a relevant piece the enrichment read little from): the lead's one alliance
    at the finest place it gives; not its aid to a neighbouring county, nor an alliance elsewhere."""
    aid = dict(lead="浙江省人民医院", forms=(PAIRED,), province="西藏自治区", city="那曲市", members=("那曲市人民医院",))
    mentions = [
        _m("a1", "2016-07-01", "浙江省人民医院与那曲市人民医院签订对口支援协议", county="色尼区", **aid),
        _m("a2", "2019-07-01", "第四批浙江援藏医疗队抵达那曲", **aid),
        _m("a3", "2021-08-01", "浙江省人民医院专家在那曲开展义诊", lead="浙江省人民医院", province="西藏自治区", city="那曲市"),
        _m("b1", "2018-03-01", "省人民医院对口帮扶勐腊县人民医院", lead="上海市第六人民医院", forms=(PAIRED,), province="云南省",
           city="西双版纳傣族自治州", county="勐腊县", members=("勐腊县人民医院",)),
        _m("b2", "2020-03-01", "上海专家赴勐海巡诊", lead="上海市第六人民医院", province="云南省", city="西双版纳傣族自治州",
           county="勐海县"),
        _m("b3", "2020-05-01", "专家赴昆明讲学", lead="上海市第六人民医院", province="云南省", city="昆明市"),
        _m("c1", "2018-05-01", "潍坊市人民医院城市医疗集团成立", lead="潍坊市人民医院", forms=(CITY_GROUP,), province="山东省", city="潍坊市"),
        _m("c2", "2019-05-01", "潍坊市胸痛专科联盟成立", lead="潍坊市人民医院", forms=(SPECIALTY,), province="山东省", city="潍坊市"),
        _m("c3", "2020-06-01", "我院开展义诊活动", lead="潍坊市人民医院", province="山东省", city="潍坊市"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a1"] is alliances["a2"] is alliances["a3"]
    assert alliances["a3"].announcements[-1]["evidence"] == "*|浙江省人民医院|那曲市"
    assert "b2" not in alliances and "b3" not in alliances
    assert "c3" not in alliances and alliances["c1"] is not alliances["c2"]  # two alliances of its lead there: neither


def test_a_piece_without_form_led_by_a_county_community_s_own_institution_joins_that_community():
    """县总医院 is the 医共体 itself as an institution: a formless piece it leads joins the community that names it
    among its own, led by the county hospital, else the county's one community; a lead no alliance names stays out."""
    place = {"province": "福建省", "city": "南平市", "county": "浦城县"}
    zhenghe = {"province": "福建省", "city": "南平市", "county": "政和县"}
    mentions = [
        _m("c1", "2020-01-01", "浦城县总医院挂牌成立", lead="浦城县医院", forms=(COUNTY_COMMUNITY,),
           members=("浦城县总医院", "浦城县中医院"), **place),
        _m("c2", "2021-01-01", "医保打包支付激活医共体", lead="浦城县医院", forms=(COUNTY_COMMUNITY,), members=("浦城县总医院",),
           **place),
        _m("c3", "2022-01-01", "总医院临江镇分院新院区启用", lead="浦城县总医院", members=("临江镇分院",), **place),
        _m("s1", "2022-02-01", "松溪县医院专家走进乡镇", lead="松溪县医院", province="福建省", city="南平市", county="松溪县"),
        # no announcement names it: the county's 总医院 is the name of its one 医共体
        _m("z1", "2020-01-01", "县医院牵头组建医共体", lead="政和县医院", forms=(COUNTY_COMMUNITY,), members=("东平镇卫生院",),
           **zhenghe),
        _m("z2", "2021-01-01", "医共体年度总结", lead="政和县医院", forms=(COUNTY_COMMUNITY,), **zhenghe),
        _m("z3", "2022-01-01", "总医院东平分院新院区启用", lead="政和县总医院", members=("东平分院",), **zhenghe),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["c1"] is alliances["c2"] is alliances["c3"]
    assert alliances["c3"].announcements[-1]["evidence"] == f"{COUNTY_COMMUNITY}>浦城县总医院"
    assert "s1" not in alliances
    assert alliances["z1"] is alliances["z2"] is alliances["z3"] and alliances["z1"] is not alliances["c1"]


def test_a_county_community_read_as_led_by_its_county_s_general_hospital_joins_the_community_that_takes_that_name():
    """县总医院 is the name a 医共体 takes, not a hospital rivalling the one it is built on: an announcement read as led by
    it joins the community (led by the county hospital) whose title names it, not the county's other community."""
    place = {"province": "福建省", "city": "南平市", "county": "浦城县"}
    mentions = [
        _m("c1", "2020-01-01", "浦城县总医院揭牌成立", lead="浦城县医院", forms=(COUNTY_COMMUNITY,),
           members=("浦城县中医院",), **place),
        _m("c2", "2021-01-01", "浦城：县总医院让群众看病不出县", lead="浦城县医院", forms=(COUNTY_COMMUNITY,), **place),
        _m("z1", "2020-02-01", "浦城县妇幼保健院医共体成立", lead="浦城县妇幼保健院", forms=(COUNTY_COMMUNITY,), **place),
        _m("z2", "2021-02-01", "浦城县妇幼保健院医共体工作会议召开", lead="浦城县妇幼保健院", forms=(COUNTY_COMMUNITY,),
           **place),
        _m("c3", "2022-01-01", "浦城：总医院骨干下沉分院结对培养基层医生", lead="浦城县总医院", forms=(COUNTY_COMMUNITY,),
           members=("临江镇分院",), **place),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["c3"] is alliances["c1"] is alliances["c2"] and alliances["z1"] is not alliances["c1"]


def test_news_called_no_alliance_announcement_whose_title_names_its_county_s_general_hospital_joins_its_community():
    """定远县总医院召开理事会 on the county hospital's site, called no alliance announcement: the county's 总医院 is the name
    its 医共体 takes, so the title points at that community."""
    place = {"province": "福建省", "city": "南平市", "county": "浦城县"}
    mentions = [
        _m("c1", "2020-01-01", "浦城县总医院揭牌成立", lead="浦城县医院", forms=(COUNTY_COMMUNITY,),
           members=("浦城县中医院",), **place),
        _m("c2", "2021-01-01", "浦城县医院医共体年度总结", lead="浦城县医院", forms=(COUNTY_COMMUNITY,), **place),
        _m("n1", "2022-01-01", "浦城县总医院召开第一届理事会第二次会议", source_name="浦城县医院", relevant=False, **place),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["n1"] is alliances["c1"] is alliances["c2"]


def test_aid_told_on_the_lead_s_own_site_joins_the_programme_of_the_hospital_helped():
    """浙江省人民医院's site reports its aid to 那曲: the event place read is 浙江省, the member helped is in 那曲."""
    mentions = [
        _m("z1", "2016-08-01", "我院首批组团式援藏医疗队出征那曲", lead="浙江省人民医院", forms=(PAIRED,),
           province="西藏自治区", city="那曲市", members=("那曲市人民医院",)),
        _m("z2", "2019-03-01", "浙江省人民医院托管淳安县第一人民医院", lead="浙江省人民医院", forms=(PAIRED,),
           province="浙江省", city="杭州市", county="淳安县", members=("淳安县第一人民医院",)),
        _m("z3", "2025-08-01", "浙江组团式援藏十年", lead="浙江省人民医院", forms=(PAIRED,), province="浙江省",
           members=("那曲市人民医院",)),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["z1"] is alliances["z3"] and alliances["z2"] is not alliances["z1"]


def test_an_aid_signing_that_mentions_a_specialty_alliance_stays_the_aid():
    mentions = [
        _m("s1", "2018-05-01", "江苏省呼吸专科联盟在宁成立", lead="江苏省人民医院", forms=(SPECIALTY,), province="江苏省", city="南京市"),
        _m("a1", "2019-03-14", "我院对口帮扶泗洪县人民医院签约",
           "我院与泗洪县人民医院签订对口帮扶协议。泗洪县人民医院也是江苏省呼吸专科联盟成员单位。",
           lead="江苏省人民医院", forms=(PAIRED, SPECIALTY), province="江苏省", city="宿迁市", county="泗洪县"),
        _m("a2", "2020-03-14", "江苏省人民医院专家赴泗洪开展帮扶", lead="江苏省人民医院", forms=(PAIRED,),
           province="江苏省", city="宿迁市", county="泗洪县"),
        _m("s2", "2021-05-01", "省呼吸系统疾病专科联盟年会召开", lead="徐州医科大学附属医院", forms=(SPECIALTY,),
           province="江苏省", city="徐州市"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a1"] is alliances["a2"] and alliances["a1"] is not alliances["s1"]
    assert alliances["s1"] is alliances["s2"]  # 呼吸系统疾病 is 呼吸, the province its place whoever hosts


def test_a_lead_written_relative_to_the_place_is_that_place_s():
    """县人民医院 on a 仁寿 page is 仁寿县人民医院, not the 县人民医院 of every other county."""
    mentions = [
        _m("r1", "2019-01-01", "仁寿县人民医院医共体成立", lead="仁寿县人民医院", forms=(COUNTY_COMMUNITY,),
           province="四川省", city="眉山市", county="仁寿县"),
        _m("r2", "2020-01-01", "医共体年度总结", lead="县人民医院", forms=(COUNTY_COMMUNITY,), province="四川省", city="眉山市", county="仁寿县"),
        _m("s1", "2019-02-01", "色达县人民医院医共体成立", lead="色达县人民医院", forms=(COUNTY_COMMUNITY,),
           province="四川省", city="甘孜藏族自治州", county="色达县"),
        _m("s2", "2021-02-01", "医共体召开理事会", lead="县人民医院", forms=(COUNTY_COMMUNITY,),
           province="四川省", city="甘孜藏族自治州", county="色达县"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["r1"] is alliances["r2"] and alliances["s1"] is alliances["s2"] and alliances["r1"] is not alliances["s1"]


def test_aid_that_names_no_sender_joins_the_programme_of_the_one_hospital_it_helps():
    mentions = [
        _m("k1", "2017-03-01", "上海市第一人民医院与喀什地区第二人民医院签订帮扶协议", lead="上海市第一人民医院", forms=(PAIRED,),
           province="新疆维吾尔自治区", city="喀什地区", county="喀什市", members=("喀什地区第二人民医院",)),
        _m("y1", "2018-03-01", "仁济医院对口支援莎车县人民医院", lead="上海交通大学医学院附属仁济医院", forms=(PAIRED,),
           province="新疆维吾尔自治区", city="喀什地区", county="莎车县", members=("莎车县人民医院",)),
        _m("k2", "2019-08-01", "上海援疆医疗队在喀什二院开展手术", forms=(PAIRED,), province="新疆维吾尔自治区",
           city="喀什地区", members=("喀什地区第二人民医院",)),
        # a meeting of every pair: about no one programme
        _m("o1", "2020-08-01", "沪喀医疗协作推进会召开", forms=(PAIRED,), province="新疆维吾尔自治区", city="喀什地区",
           members=("喀什地区第二人民医院", "莎车县人民医院")),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["k1"] is alliances["k2"] and alliances["y1"] is not alliances["k1"]
    assert "o1" not in alliances or alliances["o1"] not in (alliances["k1"], alliances["y1"])


def test_a_leadless_announcement_joins_the_one_community_that_holds_every_centre_it_names():
    """Two 医共体 in one county: a report naming no lead is placed by its township centres, or not at all."""
    place = {"province": "安徽省", "city": "阜阳市", "county": "阜南县"}
    mentions = [
        _m("a1", "2019-01-01", "阜南县人民医院医共体成立", lead="阜南县人民医院", forms=(COUNTY_COMMUNITY,),
           members=("王家坝镇卫生院", "郜台乡卫生院"), **place),
        _m("b1", "2019-02-01", "阜南县中医院医共体成立", lead="阜南县中医院", forms=(COUNTY_COMMUNITY,),
           members=("柴集镇卫生院", "于集乡卫生院"), **place),
        _m("a2", "2020-01-01", "阜南：县域医共体让群众就近看病", forms=(COUNTY_COMMUNITY,), members=("郜台乡卫生院",), **place),
        _m("x1", "2020-02-01", "阜南县医共体建设综述", forms=(COUNTY_COMMUNITY,), members=("郜台乡卫生院", "柴集镇卫生院"), **place),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a2"] is alliances["a1"] and alliances["a1"] is not alliances["b1"]
    assert alliances["x1"] not in (alliances["a1"], alliances["b1"])  # centres of both: about neither


def test_a_network_named_at_an_aid_partner_s_county_stays_the_network():
    """宁夏医科大学总医院 aids 海原 and runs a 远程医疗协作网 with a node there: a remote consultation at the
    aid partner is the aid, one that names the network is the network."""
    lead, place = "宁夏医科大学总医院", {"province": "宁夏回族自治区", "city": "中卫市", "county": "海原县"}
    mentions = [
        _m("a1", "2018-01-01", "宁夏医科大学总医院与海原县人民医院签订对口帮扶协议", lead=lead, forms=(PAIRED,), **place),
        _m("a2", "2019-01-01", "海原县人民医院远程会诊室启用", lead=lead, forms=(TELEMEDICINE,), **place),
        _m("n1", "2017-01-01", "宁夏医科大学总医院远程医疗协作网启动", lead=lead, forms=(TELEMEDICINE,),
           province="宁夏回族自治区", city="银川市"),
        _m("n2", "2024-01-01", "宁夏医科大学总医院远程医疗协作网在海原开展5G远程超声", lead=lead, forms=(TELEMEDICINE,), **place),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a1"] is alliances["a2"] and alliances["n1"] is alliances["n2"] and alliances["a1"] is not alliances["n1"]


def test_a_city_hospital_s_close_alliance_with_one_county_hospital_is_that_pair_not_its_city_group():
    mentions = [
        _m("g1", "2020-06-19", "某某市人民医院医疗集团揭牌", lead="邢台市人民医院", forms=(CITY_GROUP,),
           province="河北省", city="邢台市", members=("信都区社区卫生服务中心",)),
        _m("g2", "2021-06-19", "医疗集团一周年", lead="邢台市人民医院", forms=(CITY_GROUP,), province="河北省", city="邢台市",
           county="信都区"),
        _m("w1", "2019-04-19", "我院与县人民医院组建紧密型医联体", lead="邢台市人民医院", forms=(CITY_GROUP,),
           province="河北省", city="邢台市", county="威县", members=("威县人民医院",)),
        _m("w2", "2021-03-12", "我院帮扶专家常驻威县", lead="邢台市人民医院", forms=(PAIRED,), province="河北省",
           city="邢台市", county="威县", members=("威县人民医院",)),
        # no form and no alliance named: the lead at a county not its own is its aid there
        _m("w3", "2024-04-30", "紧密帮扶五年 县人民医院步入发展快车道", lead="邢台市人民医院", province="河北省",
           city="邢台市", county="威县", events=("帮扶/下沉",)),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["g1"] is alliances["g2"] and alliances["w1"] is alliances["w2"] is alliances["w3"]
    assert alliances["g1"] is not alliances["w1"]
    assert alliances["w1"].announcements[0]["evidence"] == f"{PAIRED}|邢台市人民医院|威县"


def test_a_city_hospital_s_community_in_a_county_elsewhere_is_its_aid_there_and_keeps_the_county_s_community_apart():
    """A city hospital read as leading a 医共体 in a county is its aid to that county; a leadless piece there that names
    the city hospital is about its aid, one that names only the county's own joins the county's one community."""
    place = {"province": "湖南省", "city": "常德市", "county": "桃源县"}
    county, city = "桃源县人民医院", "常德市第一人民医院"
    mentions = [
        _m("c1", "2019-01-01", "桃源县人民医院医共体成立", lead=county, forms=(COUNTY_COMMUNITY,), members=("桃源县中医医院",),
           **place),
        _m("c2", "2020-01-01", "我院医共体举办乡镇医生培训班", lead=county, forms=(COUNTY_COMMUNITY,), **place),
        _m("a1", "2018-01-01", "常德市第一人民医院与桃源县人民医院建立对口帮扶关系", lead=city, forms=(PAIRED,),
           members=(county,), **place),
        _m("a2", "2019-06-01", "市一医院专家来我院开展手术带教", lead=city, forms=(COUNTY_COMMUNITY,), members=(county,), **place),
        # no lead read: the city hospital it names leads the aid there
        _m("a3", "2024-01-01", "帮扶桃源六年", forms=(COUNTY_COMMUNITY,), members=(county, city), **place),
        _m("c3", "2021-01-01", "总院召开分院院长例会", forms=(COUNTY_COMMUNITY,), members=("漳江分院", "陬市分院"), **place),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a1"] is alliances["a2"] is alliances["a3"]
    assert alliances["c1"] is alliances["c2"] is alliances["c3"] and alliances["c1"] is not alliances["a1"]
    assert [a["evidence"] for a in alliances["a1"].announcements] == [f"{PAIRED}|{city}|桃源县"] * 2 + [f"*|{city}|桃源县"]


def test_an_announcement_alone_under_a_misread_form_joins_its_lead_s_one_alliance_there_that_it_names_members_of():
    """A training read as a specialty alliance (no subject named) joins the city group whose lead, city and member it
    gives; one naming none of its members, or a network the group's announcements never name, stays apart."""
    lead, city = "常德市第一人民医院", {"province": "湖南省", "city": "常德市"}
    mentions = [
        _m("g1", "2019-01-01", "我院与两家社区卫生服务中心签订紧密合作协议", lead=lead, forms=(CITY_GROUP,),
           members=("丹阳街道社区卫生服务中心", "芷兰街道社区卫生服务中心"), **city),
        _m("g2", "2020-01-01", "紧密合作一年 社区首诊量翻番", lead=lead, forms=(CITY_GROUP,),
           members=("芷兰街道社区卫生服务中心",), **city),
        _m("t1", "2021-01-01", "集团专家赴社区开展带教", lead=lead, forms=(SPECIALTY,), members=("丹阳街道社区卫生服务中心",), **city),
        _m("t2", "2021-02-01", "我院与市二医院开展学科协作", lead=lead, forms=(PAIRED,), members=("常德市第二人民医院",), **city),
        _m("n1", "2021-03-01", "常德市第一人民医院远程医疗协作网启动", lead=lead, forms=(TELEMEDICINE,),
           members=("丹阳街道社区卫生服务中心",), **city),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["g1"] is alliances["g2"] is alliances["t1"]
    assert alliances["t1"].announcements[-1]["evidence"] == f"*|{lead}|常德市"
    assert alliances["t2"] is not alliances["g1"] and alliances["n1"] is not alliances["g1"]


def test_aid_teams_sent_by_no_named_hospital_to_one_hospital_are_one_programme():
    mentions = [
        _m("t1", "2018-08-20", "北京市第四批组团式援藏医疗队抵达拉萨", forms=(PAIRED,), province="西藏自治区",
           city="拉萨市", members=("拉萨市人民医院",)),
        _m("t2", "2021-12-24", "组团式援藏六年：拉萨市人民医院迈入三甲行列", forms=(PAIRED,), province="西藏自治区",
           city="拉萨市", members=("拉萨市人民医院",)),
        _m("t3", "2019-07-06", "第五批组团式援藏医疗队抵达我院", forms=(PAIRED,), province="西藏自治区",
           city="日喀则市", members=("日喀则市人民医院",)),
        # naming two hospitals it is an overview, not one programme's news
        _m("o1", "2019-07-07", "协作推进会召开", forms=(PAIRED,), province="广西壮族自治区", city="百色市",
           members=("凌云县人民医院", "拉萨市人民医院")),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["t1"] is alliances["t2"] and alliances["t1"] is not alliances["t3"]
    assert "o1" not in alliances
    assert alliances["t1"].announcements[0]["evidence"] == f"{PAIRED}>拉萨市人民医院"


def test_aid_whose_lead_is_read_as_the_county_hospital_helped_joins_the_programme_of_that_hospital():
    mentions = [
        _m("s1", "2018-06-22", "我院与勐腊县人民医院签订对口帮扶协议", lead="上海市第六人民医院", forms=(PAIRED,),
           province="云南省", city="西双版纳傣族自治州", county="勐腊县", members=("勐腊县人民医院",)),
        _m("s2", "2019-06-22", "我院与勐海县人民医院签订对口帮扶协议", lead="上海市第六人民医院", forms=(PAIRED,),
           province="云南省", city="西双版纳傣族自治州", county="勐海县", members=("勐海县人民医院",)),
        # the hospital helped read as the lead, the helpers' city as the place: the helped hospital still names it
        _m("s3", "2020-12-04", "上海医疗专家扎根勐腊", lead="勐腊县人民医院", forms=(PAIRED,), province="上海市", city="上海市"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["s3"] is alliances["s1"] and alliances["s1"] is not alliances["s2"]
    assert alliances["s3"].announcements[1]["evidence"] == f"{PAIRED}>勐腊县人民医院"


def test_a_relative_name_or_lead_stands_for_the_publisher_s_place_when_the_event_is_elsewhere():
    mentions = [
        _m("e1", "2019-05-01", "恩施州护理专科联盟成立", lead="恩施州中心医院", forms=(SPECIALTY,), province="湖北省",
           city="恩施土家族苗族自治州", publisher_city="恩施土家族苗族自治州"),
        _m("w1", "2019-06-01", "武汉市护理专科联盟成立", lead="武汉市第一医院", forms=(SPECIALTY,), province="湖北省",
           city="武汉市", publisher_city="武汉市"),
        # trained in 武汉, told on a 恩施 site: 州 is 恩施州
        _m("e2", "2021-06-01", "州护理专科联盟骨干在省人民医院参加专项培训", forms=(SPECIALTY,), province="湖北省",
           city="武汉市", publisher_province="湖北省", publisher_city="恩施土家族苗族自治州"),
        # 县人民医院 on a county's site, the event's county not given
        _m("c1", "2020-01-01", "县人民医院医共体成立", lead="长兴县人民医院", forms=(COUNTY_COMMUNITY,), province="浙江省",
           city="湖州市", county="长兴县"),
        _m("c2", "2021-01-01", "县人民医院医共体年度总结", lead="县人民医院", forms=(COUNTY_COMMUNITY,), province="浙江省",
           city="湖州市", publisher_county="长兴县"),
        _m("d1", "2021-02-01", "县人民医院医共体年度总结", lead="县人民医院", forms=(COUNTY_COMMUNITY,), province="浙江省",
           city="湖州市", publisher_county="德清县"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["e2"] is alliances["e1"] and alliances["e1"] is not alliances["w1"]
    assert alliances["c2"] is alliances["c1"] and alliances["d1"] is not alliances["c1"]


def test_a_leadless_announcement_is_placed_after_those_that_name_a_lead():
    """Read first, an announcement naming only the hospital helped still finds the programme that its later
    announcements (keyed by the prefecture only) make."""
    mentions = [
        _m("h0", "2017-03-01", "第三批援疆专家到我院报到", forms=(PAIRED,), province="新疆维吾尔自治区", city="和田地区",
           members=("和田地区人民医院",)),
        _m("h1", "2016-03-01", "天津医科大学总医院组团式援疆医疗队出征和田", lead="天津医科大学总医院", forms=(PAIRED,),
           province="新疆维吾尔自治区", city="和田地区", members=("和田地区人民医院",)),
        _m("h2", "2019-03-01", "天津医科大学总医院和田分院揭牌", lead="天津医科大学总医院", forms=(PAIRED,),
           province="新疆维吾尔自治区", city="和田地区", members=("和田地区人民医院",)),
    ]
    (alliance,) = group(mentions)
    assert [a["id"] for a in alliance.announcements] == ["h1", "h0", "h2"]


def test_an_announcement_naming_no_lead_joins_the_alliance_whose_lead_its_name_starts_with():
    mentions = [
        _m("z1", "2020-01-01", "周口市中心医院城市医疗集团揭牌", lead="周口市中心医院", forms=(CITY_GROUP,), province="河南省",
           city="周口市"),
        _m("y1", "2020-02-01", "周口市中医院医疗集团成立", lead="周口市中医院", forms=(CITY_GROUP,), province="河南省", city="周口市"),
        _m("z2", "2021-01-01", "医疗集团专家常驻社区", "周口市中心医院城市医疗集团的专家常驻社区。", forms=(CITY_GROUP,),
           province="河南省", city="周口市"),
        # 市 is the county-level city's own: 天长市人民医院
        _m("t1", "2019-01-01", "天长市人民医院医共体成立", lead="天长市人民医院", forms=(COUNTY_COMMUNITY,), province="安徽省",
           city="滁州市", county="天长市"),
        _m("u1", "2019-02-01", "天长市中医院医共体成立", lead="天长市中医院", forms=(COUNTY_COMMUNITY,), province="安徽省",
           city="滁州市", county="天长市"),
        _m("t2", "2020-01-01", "我市人民医院医共体运行情况通报", forms=(COUNTY_COMMUNITY,), province="安徽省", city="滁州市",
           county="天长市"),
        # an aid team at 县医院 on the county's site: that county's hospital
        _m("s1", "2018-01-01", "我院与商都县医院签订对口帮扶协议", lead="首都医科大学附属北京朝阳医院", forms=(PAIRED,),
           province="内蒙古自治区", city="乌兰察布市", county="商都县", members=("商都县医院",)),
        _m("s2", "2019-01-01", "北京专家团队来我县开展帮扶", forms=(PAIRED,), province="内蒙古自治区", city="乌兰察布市",
           members=("县医院",), publisher_county="商都县"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["z2"] is alliances["z1"] and alliances["z1"] is not alliances["y1"]
    assert alliances["t2"] is alliances["t1"] and alliances["t1"] is not alliances["u1"]
    assert alliances["s2"] is alliances["s1"]


def test_aid_told_without_the_county_takes_the_county_of_the_hospital_helped():
    mentions = [
        _m("s1", "2016-07-09", "我院与色达县人民医院签订对口帮扶协议", lead="四川省人民医院", forms=(PAIRED,), province="四川省",
           city="甘孜藏族自治州", county="色达县", members=("色达县人民医院",)),
        _m("l1", "2017-07-09", "我院与理塘县人民医院签订对口帮扶协议", lead="四川省人民医院", forms=(PAIRED,), province="四川省",
           city="甘孜藏族自治州", county="理塘县", members=("理塘县人民医院",)),
        _m("s2", "2018-05-16", "第二批援色医疗队抵达", lead="四川省人民医院", forms=(PAIRED,), province="四川省",
           city="甘孜藏族自治州", members=("色达县人民医院",)),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["s2"] is alliances["s1"] and alliances["s1"] is not alliances["l1"]
    assert alliances["s2"].announcements[1]["evidence"] == f"{PAIRED}|四川省人民医院|色达县"


def test_aid_with_no_place_read_below_the_province_takes_the_place_of_the_hospital_helped():
    """The event's place read as the province only (or not at all): the hospital helped says which programme."""
    aid = dict(lead="四川省人民医院", forms=(PAIRED,), province="四川省")
    mentions = [
        _m("s1", "2016-07-09", "我院与色达县人民医院签订对口帮扶协议", city="甘孜藏族自治州", county="色达县",
           members=("色达县人民医院",), **aid),
        _m("l1", "2017-07-09", "我院与理塘县人民医院签订对口帮扶协议", city="甘孜藏族自治州", county="理塘县",
           members=("理塘县人民医院",), **aid),
        _m("s2", "2018-05-16", "第二批援色医疗队出征", members=("色达县人民医院",), **aid),
        _m("l2", "2019-05-16", "援理塘医疗队出征", members=("理塘县人民医院",), **dict(aid, province=None)),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["s2"] is alliances["s1"] and alliances["l2"] is alliances["l1"] and alliances["s1"] is not alliances["l1"]
    assert alliances["s2"].announcements[1]["evidence"] == f"{PAIRED}|四川省人民医院|色达县"


def test_leadless_aid_placed_at_the_helpers_city_joins_by_the_one_county_whose_hospital_it_names():
    mentions = [
        _m("w1", "2018-01-01", "我院与巫山县人民医院签订对口帮扶协议", lead="山东大学齐鲁医院", forms=(PAIRED,), province="重庆市",
           city="重庆市", county="巫山县"),
        _m("x1", "2018-02-01", "我院与巫溪县人民医院签订对口帮扶协议", lead="山东大学齐鲁医院", forms=(PAIRED,), province="重庆市",
           city="重庆市", county="巫溪县"),
        # no lead read, the helpers' city as the place, the helpers among the hospitals named
        _m("w2", "2021-01-01", "鲁渝医疗协作结硕果", forms=(PAIRED,), province="山东省", city="济南市",
           members=("巫山县人民医院", "山东大学齐鲁医院")),
        # two counties named: an overview, no one programme's
        _m("o1", "2021-02-01", "鲁渝协作推进会召开", forms=(PAIRED,), province="山东省", city="济南市",
           members=("巫山县人民医院", "巫溪县人民医院")),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["w2"] is alliances["w1"] and alliances["w1"] is not alliances["x1"]
    assert "o1" not in alliances or alliances["o1"] not in (alliances["w1"], alliances["x1"])


def test_an_announcement_with_one_field_misread_joins_its_alliance_by_the_others():
    """A lead read from the member list (铜城镇卫生院 for 天长市人民医院) still places an announcement in its alliance: the
    one hospital among its institutions leads (a township's centre leads none), and its evidence says so. Another lead's
    community in the same county, sharing a township, stays apart: two named alliances, two leads in one county."""
    county = {"province": "安徽省", "city": "滁州市", "county": "天长市", "forms": (COUNTY_COMMUNITY,)}
    mentions = [
        _m("a1", "2019-05-08", "天长市人民医院医共体成立", lead="天长市人民医院", members=("汊涧镇卫生院", "铜城镇卫生院"), **county),
        _m("a2", "2019-09-02", "医共体专家下沉铜城镇卫生院", lead="天长市人民医院", members=("铜城镇卫生院",), **county),
        _m("a3", "2020-03-01", "天长市人民医院医共体铜城分院揭牌", lead="铜城镇卫生院", members=("天长市人民医院",), **county),
        _m("b1", "2020-04-01", "天长市中医院医共体成立", lead="天长市中医院", members=("铜城镇卫生院", "秦栏镇卫生院"), **county),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a3"] is alliances["a1"] is alliances["a2"] and alliances["b1"] is not alliances["a1"]
    evidence = alliances["a3"].announcements[-1]["evidence"]
    assert "天长市人民医院" in evidence


def test_news_called_no_alliance_announcement_on_a_members_site_joins_the_alliance_it_names():
    """A member hospital's own training news naming its city's 胸痛专科联盟 (which the enrichment calls no alliance
    announcement) joins that alliance: its name and its publisher, a member the alliance's announcements list."""
    city = {"province": "江苏省", "city": "泰州市"}
    mentions = [
        _m("c1", "2019-04-01", "泰州市胸痛专科联盟在我院成立", lead="泰州市人民医院", forms=(SPECIALTY,),
           members=("兴化市人民医院", "靖江市人民医院"), **city),
        _m("c2", "2020-04-01", "我院牵头的胸痛专科联盟召开年会", lead="泰州市人民医院", forms=(SPECIALTY,), **city),
        _m("t1", "2021-05-01", "我院举办乡镇医生急性胸痛识别培训班", "作为泰州市胸痛专科联盟成员单位，我院……", relevant=False,
           source_name="兴化市人民医院", county="兴化市", **city),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["t1"] is alliances["c1"] is alliances["c2"]


def test_a_short_name_and_the_lead_among_its_institutions_place_a_regional_alliances_branch():
    """创伤救治联盟 on a member's site, no lead read, naming the lead among its institutions, is 皖南区域创伤救治专科联盟
    written short; 胸痛专科联盟 elsewhere, another subject, stays apart."""
    lead = dict(lead="皖南医学院第一附属医院", forms=(SPECIALTY,), province="安徽省")
    mentions = [
        _m("w1", "2019-04-01", "皖南区域创伤救治专科联盟成立", city="芜湖市", members=("铜陵市人民医院", "黄山市人民医院"), **lead),
        _m("w2", "2021-04-01", "皖南区域创伤救治专科联盟年会召开", city="铜陵市", members=("铜陵市人民医院",), **lead),
        _m("w3", "2022-05-01", "创伤救治联盟黄山分中心授牌", forms=(SPECIALTY,), province="安徽省", city="黄山市",
           members=("皖南医学院第一附属医院", "歙县人民医院"), source_name="黄山市人民医院"),
        _m("x1", "2022-06-01", "胸痛专科联盟黄山分中心授牌", forms=(SPECIALTY,), province="安徽省", city="黄山市",
           members=("皖南医学院第一附属医院", "休宁县人民医院"), source_name="黄山市人民医院"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["w3"] is alliances["w1"] is alliances["w2"]
    assert "x1" not in alliances or alliances["x1"] is not alliances["w1"]
    assert "创伤救治" in alliances["w3"].announcements[-1]["evidence"]


def test_two_groups_one_form_misread_in_each_of_their_announcements_join_but_not_the_leads_other_alliance():
    """苏北人民医院's 医联体 in 广陵区, its later announcements read as a county's community under the name 广陵城市医疗集团:
    one lead, one district, the same institutions, a name that allows a city group; the lead's 胸痛专科联盟 stays apart."""
    place = dict(lead="苏北人民医院", province="江苏省", city="扬州市", county="广陵区")
    mentions = [
        _m("g1", "2019-03-01", "苏北人民医院医联体成立", forms=(CITY_GROUP,), members=("湾头镇卫生院", "东关街道社区卫生服务中心"), **place),
        _m("g2", "2019-09-01", "苏北人民医院医联体新增两家成员", forms=(CITY_GROUP,), members=("杭集镇卫生院", "湾头镇卫生院"), **place),
        _m("h1", "2021-03-01", "广陵城市医疗集团揭牌", forms=(COUNTY_COMMUNITY,), members=("东关街道社区卫生服务中心", "湾头镇卫生院"), **place),
        _m("h2", "2022-03-01", "广陵城市医疗集团这一年", forms=(COUNTY_COMMUNITY,), members=("湾头镇卫生院", "杭集镇卫生院"), **place),
        _m("c1", "2020-03-01", "扬州市胸痛专科联盟成立", forms=(SPECIALTY,), members=("湾头镇卫生院", "杭集镇卫生院"), **place),
        _m("c2", "2021-05-01", "扬州市胸痛专科联盟年会召开", forms=(SPECIALTY,), members=("湾头镇卫生院",), **place),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["g1"] is alliances["g2"] is alliances["h1"] is alliances["h2"]
    assert alliances["c1"] is alliances["c2"] and alliances["c1"] is not alliances["g1"]
    assert any("≈" in a["evidence"] for a in alliances["g1"].announcements)


def test_a_lead_misread_where_the_alliances_name_abbreviates_the_right_one():
    """市一院城市医疗集团 read as led by 惠州市中心人民医院: the name abbreviates 惠州市第一人民医院's, whose city group in
    the same district it joins; 惠州市第三人民医院's group there (another name, another lead) stays apart."""
    place = dict(forms=(CITY_GROUP,), province="广东省", city="惠州市", county="惠城区")
    mentions = [
        _m("a1", "2021-03-01", "惠州市第一人民医院城市医疗集团挂牌成立", lead="惠州市第一人民医院", members=("桥东街道社区卫生服务中心",), **place),
        _m("a2", "2021-09-01", "我院城市医疗集团专家常态化下沉社区", lead="惠州市第一人民医院", source_name="惠州市第一人民医院", **place),
        _m("a3", "2022-03-01", "市一院城市医疗集团扩容 成员单位增至7家", lead="惠州市中心人民医院", members=("江南街道社区卫生服务中心",), **place),
        _m("b1", "2021-05-01", "惠州市第三人民医院城市医疗集团成立", lead="惠州市第三人民医院", members=("江南街道社区卫生服务中心",), **place),
        _m("b2", "2022-05-01", "惠州市第三人民医院城市医疗集团新增成员", lead="惠州市第三人民医院", **place),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a3"] is alliances["a1"] is alliances["a2"] and alliances["b1"] is not alliances["a1"]


def test_news_called_no_alliance_announcement_joins_the_alliance_its_title_points_at_in_its_county():
    """Follow-up news the enrichment calls no alliance announcement joins the alliance at its county when its title
    points at it (the lead's short name from elsewhere, the place the lead is from, a clause starting with 总院 or 集团 on a
    member's site); a hospital's own news, a company's 集团, or a title pointing nowhere, stays out."""
    county = {"province": "贵州省", "city": "铜仁市", "county": "石阡县"}
    aid = dict(lead="浙江大学医学院附属第二医院", forms=(PAIRED,), members=("石阡县人民医院",), **county)
    mentions = [
        _m("a1", "2019-03-01", "我院与石阡县人民医院签订对口帮扶协议", source_name="浙江大学医学院附属第二医院", **aid),
        _m("a2", "2020-03-01", "浙江大学医学院附属第二医院托管石阡县人民医院", source_name="石阡县人民政府", **aid),
        _m("f1", "2021-07-01", "浙大二院专家在县人民医院完成首例胸腔镜手术", relevant=False, source_name="石阡县人民政府", **county),
        _m("f2", "2021-08-01", "总院专家手把手带教 我院完成首例经皮肾镜取石", relevant=False, source_name="石阡县人民医院", **county),
        _m("f3", "2021-08-20", "浙江专家来我县开展义诊", relevant=False, source_name="石阡县人民政府", **county),
        _m("o1", "2021-09-01", "我院召开职工代表大会", relevant=False, source_name="石阡县人民医院", **county),
        _m("o2", "2021-09-02", "我院专家走进某教育集团开展健康讲座", relevant=False, source_name="石阡县人民医院", **county),
        _m("o3", "2021-09-03", "县人民医院胸痛中心通过认证", relevant=False, source_name="石阡县人民政府", **county),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["a1"] is alliances["a2"] is alliances["f1"] is alliances["f2"] is alliances["f3"]
    assert "浙江大学医学院附属第二医院" in alliances["f1"].announcements[2]["evidence"]
    assert not {"o1", "o2", "o3"} & set(alliances)


def test_news_called_no_alliance_announcement_joins_the_alliance_its_title_names_in_its_city():
    """A member's training whose title names its city's specialty alliance joins it though the enrichment called it no
    alliance announcement; one whose title names that subject's alliance of another city does not."""
    city = {"province": "安徽省", "city": "蚌埠市"}
    lead = dict(lead="蚌埠医学院第一附属医院", forms=(SPECIALTY,), **city)
    mentions = [
        _m("s1", "2019-04-01", "蚌埠市卒中专科联盟成立", **lead),
        _m("s2", "2020-04-01", "蚌埠市卒中专科联盟年会召开", **lead),
        _m("f1", "2021-05-01", "蚌埠市卒中专科联盟举办基层医生培训班", relevant=False, source_name="固镇县人民医院", **city),
        _m("o1", "2021-06-01", "淮南市卒中专科联盟举办基层医生培训班", relevant=False, source_name="淮南市第一人民医院",
           province="安徽省", city="淮南市"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["f1"] is alliances["s1"] is alliances["s2"]
    assert "o1" not in alliances


def test_a_specialty_alliance_named_without_its_place_and_its_form_misread_joins_its_alliance():
    """儿科专科联盟 in a report whose form was misread is 无锡市儿科专科联盟 with its place left out; another city's 儿科
    alliance in that prefecture, named with its own place, stays apart even after the report joined."""
    city = {"province": "江苏省", "city": "无锡市"}
    lead = dict(lead="无锡市儿童医院", **city)
    mentions = [
        _m("k1", "2019-04-01", "无锡市儿科专科联盟成立", forms=(SPECIALTY,), members=("江阴市人民医院", "宜兴市人民医院"), **lead),
        _m("k2", "2020-04-01", "无锡市儿科专科联盟年会召开", forms=(SPECIALTY,), **lead),
        _m("k3", "2023-12-20", "儿科专科联盟2023年度报告", forms=(COUNTY_COMMUNITY,), members=("江阴市人民医院",), **lead),
        _m("j1", "2021-05-01", "江阴市儿科专科联盟成立", lead="江阴市人民医院", forms=(SPECIALTY,), county="江阴市",
           source_name="江阴市人民医院", **city),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["k3"] is alliances["k1"] is alliances["k2"]
    assert alliances["j1"] is not alliances["k1"]


def test_an_announcement_whose_lead_and_member_were_swapped_joins_its_alliance():
    """A member's site read its own hospital as the lead and the real lead among the members: each names the other's
    lead among its members, so it joins; a hospital named only as a member elsewhere leading its own alliance does not."""
    county = {"province": "山西省", "city": "晋中市", "county": "平遥县"}
    mentions = [
        _m("g1", "2019-04-01", "平遥县人民医院医共体成立", lead="平遥县人民医院", forms=(COUNTY_COMMUNITY,),
           members=("平遥县中医医院", "洪善镇卫生院", "宁固镇卫生院"), **county),
        _m("g2", "2020-04-01", "医共体召开年度总结会", lead="平遥县人民医院", forms=(COUNTY_COMMUNITY,),
           members=("平遥县中医医院", "洪善镇卫生院"), **county),
        _m("g3", "2021-06-01", "我院举办医共体乡村医生培训班", lead="平遥县中医医院", forms=(COUNTY_COMMUNITY,),
           members=("平遥县人民医院", "宁固镇卫生院"), source_name="平遥县中医医院", **county),
        _m("x1", "2021-07-01", "我院医共体新增两家成员", lead="平遥县妇幼保健院", forms=(COUNTY_COMMUNITY,),
           members=("朱坑乡卫生院", "卜宜乡卫生院"), source_name="平遥县妇幼保健院", **county),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["g3"] is alliances["g1"] is alliances["g2"]
    assert "swapped" in alliances["g3"].announcements[-1]["evidence"]
    assert alliances["x1"] is not alliances["g1"]


def test_a_network_named_by_its_place_joins_its_alliance_though_its_form_was_misread():
    """阿克苏地区远程医疗协作网 is one network wherever it is named: an announcement naming it whose form was misread as a
    county community joins it; a county's own 医共体 there stays apart."""
    place = {"province": "新疆维吾尔自治区", "city": "阿克苏地区"}
    lead = dict(lead="阿克苏地区第一人民医院", **place)
    mentions = [
        _m("n1", "2019-04-01", "阿克苏地区远程医疗协作网正式开通", forms=(TELEMEDICINE,), **lead),
        _m("n2", "2020-04-01", "阿克苏地区远程医疗协作网新增20个站点", forms=(TELEMEDICINE,), **lead),
        _m("n3", "2022-04-01", "阿克苏地区远程医疗协作网运行三年", forms=(COUNTY_COMMUNITY,), **lead),
        _m("c1", "2021-04-01", "温宿县人民医院医共体成立", lead="温宿县人民医院", forms=(COUNTY_COMMUNITY,), county="温宿县", **place),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["n3"] is alliances["n1"] is alliances["n2"]
    assert alliances["c1"] is not alliances["n1"]


def test_an_alliance_named_after_another_lead_is_not_the_one_other_alliance_of_its_place():
    """县中医院医共体, its lead not read, names a lead: it is not the county's 县人民医院医共体 though that is the only one
    there yet, nor is one whose lead was read but not its form; 县人民医院医共体 with its lead not read joins it."""
    county = {"province": "安徽省", "city": "宣城市", "county": "泾县"}
    people = [
        _m("r1", "2019-04-01", "泾县人民医院医共体成立", lead="泾县人民医院", forms=(COUNTY_COMMUNITY,), **county),
        _m("r2", "2020-04-01", "泾县人民医院医共体年度总结", lead="泾县人民医院", forms=(COUNTY_COMMUNITY,), **county),
        _m("r3", "2021-06-01", "县人民医院医共体新增成员", forms=(COUNTY_COMMUNITY,), source_name="泾县人民政府", **county),
    ]
    others = [
        _m("z1", "2021-05-01", "县中医院医共体挂牌运行", forms=(COUNTY_COMMUNITY,), source_name="泾县人民政府", **county),
        _m("z2", "2021-07-01", "泾县中医院医共体新增成员单位", lead="泾县中医院", source_name="泾县中医院", **county),
    ]
    for other in others:
        alliances = _by_id(group([*people, other]))
        assert alliances["r3"] is alliances["r1"] is alliances["r2"]
        assert other.id not in alliances or alliances[other.id] is not alliances["r1"]


def test_a_county_community_announcement_that_names_no_county_joins_none_by_its_city():
    """A city's 医共体 policy (no lead, no county) is about none of its counties' 医共体, even when only one of them has
    announcements yet, one of which was not given its county."""
    city = {"province": "四川省", "city": "内江市"}
    mentions = [
        _m("w1", "2019-04-01", "威远县人民医院医共体成立", lead="威远县人民医院", forms=(COUNTY_COMMUNITY,), county="威远县", **city),
        _m("w2", "2020-04-01", "威远县人民医院医共体年度总结", lead="威远县人民医院", forms=(COUNTY_COMMUNITY,), county="威远县", **city),
        _m("w3", "2021-04-01", "我院医共体工作综述", lead="威远县人民医院", forms=(COUNTY_COMMUNITY,), **city),  # county not read
        _m("p1", "2020-05-01", "内江市推进紧密型县域医共体建设实施方案印发", forms=(COUNTY_COMMUNITY,),
           source_name="内江市卫生健康委员会", **city),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["w1"] is alliances["w2"] is alliances["w3"]
    assert "p1" not in alliances or alliances["p1"] is not alliances["w1"]


def test_an_alliance_of_another_form_is_grouped_by_its_name():
    """A 医养结合联合体 is of no form grouping knows (其他): its announcements are one alliance by its name, and another
    county's stays apart."""
    county = {"province": "云南省", "city": "保山市", "county": "腾冲市"}
    mentions = [
        _m("y1", "2020-04-01", "腾冲市医养结合联合体成立", lead="腾冲市人民医院", forms=("其他",),
           members=("腾冲市社会福利院",), **county),
        _m("y2", "2021-10-01", "腾冲市医养结合联合体年会召开", lead="腾冲市人民医院", forms=("其他",),
           members=("腾冲市社会福利院",), **county),
        _m("o1", "2021-11-01", "龙陵县医养结合联合体成立", lead="龙陵县人民医院", forms=("其他",), province="云南省",
           city="保山市", county="龙陵县"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["y1"] is alliances["y2"]
    assert "o1" not in alliances or alliances["o1"] is not alliances["y1"]


def test_an_announcement_naming_no_lead_that_tells_of_its_publisher_s_alliance_joins_the_one_that_hospital_leads():
    """我院医共体 or 总院专家 on a hospital's site, no lead read: the publisher leads it, not the county's other community;
    the same title on a commission's site names no lead."""
    county = {"province": "山东省", "city": "临沂市", "county": "沂水县"}
    mentions = [
        _m("r1", "2019-04-01", "沂水县人民医院医共体成立", lead="沂水县人民医院", forms=(COUNTY_COMMUNITY,), **county),
        _m("r2", "2020-04-01", "沂水县人民医院医共体年度总结", lead="沂水县人民医院", forms=(COUNTY_COMMUNITY,), **county),
        _m("z1", "2019-05-01", "沂水县中医医院医共体成立", lead="沂水县中医医院", forms=(COUNTY_COMMUNITY,), **county),
        _m("z2", "2020-05-01", "沂水县中医医院医共体年度总结", lead="沂水县中医医院", forms=(COUNTY_COMMUNITY,), **county),
        _m("r3", "2021-04-01", "我院医共体举办乡镇卫生院骨干医师培训班", forms=(COUNTY_COMMUNITY,), source_name="沂水县人民医院",
           **county),
        _m("z3", "2021-06-01", "总院专家下沉分院开展适宜技术培训", forms=(COUNTY_COMMUNITY,), source_name="沂水县中医医院",
           **county),
        _m("w1", "2021-07-01", "我委医共体建设推进会召开", forms=(COUNTY_COMMUNITY,), source_name="沂水县卫生健康局", **county),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["r3"] is alliances["r1"] is alliances["r2"]
    assert alliances["z3"] is alliances["z1"] is alliances["z2"] and alliances["z1"] is not alliances["r1"]
    assert "w1" not in alliances or alliances["w1"] not in (alliances["r1"], alliances["z1"])


def test_a_title_whose_subject_is_the_publisher_and_that_names_a_kind_of_alliance_tells_of_the_publisher_s_own():
    """我院召开医联体工作会议 on a hospital's site, no lead nor form read: the publisher's own 医联体 (a local form), not
    the specialty alliance it also leads; on a commission's site it names no lead."""
    place = {"province": "河南省", "city": "漯河市", "county": "源汇区"}
    mentions = [
        _m("g1", "2019-04-01", "漯河市中心医院医联体成立", lead="漯河市中心医院", forms=(CITY_GROUP,), **place),
        _m("g2", "2020-04-01", "我院医联体新增三家成员单位", lead="漯河市中心医院", forms=(CITY_GROUP,),
           source_name="漯河市中心医院", **place),
        _m("s1", "2019-06-01", "漯河市胸痛专科联盟成立", lead="漯河市中心医院", forms=(SPECIALTY,), **place),
        _m("s2", "2020-06-01", "漯河市胸痛专科联盟年会召开", lead="漯河市中心医院", forms=(SPECIALTY,), **place),
        _m("g3", "2023-12-01", "我院召开2023年度医联体工作会议", source_name="漯河市中心医院", **place),
        _m("w1", "2023-12-02", "我委召开2023年度医联体工作会议", source_name="漯河市卫生健康委员会", **place),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["g3"] is alliances["g1"] is alliances["g2"] and alliances["g1"] is not alliances["s1"]
    assert "w1" not in alliances or alliances["w1"] is not alliances["g1"]


def test_an_announcement_of_no_form_naming_its_lead_and_a_hospital_elsewhere_joins_the_lead_s_aid_there():
    """A magazine's feature (no form read, its place the helper's city) naming the helper and the county hospital it helps
    is that aid programme, not the helper's city group nor its aid elsewhere."""
    aid = {"province": "广西壮族自治区", "city": "百色市"}
    mentions = [
        _m("a1", "2019-04-01", "我院与德保县人民医院签订对口帮扶协议", lead="深圳市人民医院", forms=(PAIRED,), county="德保县",
           members=("德保县人民医院",), **aid),
        _m("a2", "2020-04-01", "深圳市人民医院德保分院揭牌", lead="深圳市人民医院", forms=(PAIRED,), county="德保县",
           members=("德保县人民医院",), **aid),
        _m("b1", "2019-05-01", "我院与那坡县人民医院签订对口帮扶协议", lead="深圳市人民医院", forms=(PAIRED,), county="那坡县",
           members=("那坡县人民医院",), **aid),
        _m("c1", "2019-06-01", "深圳市人民医院城市医疗集团揭牌", lead="深圳市人民医院", forms=(CITY_GROUP,), province="广东省",
           city="深圳市"),
        _m("f1", "2021-04-01", "深圳医生在桂西山区：一份协议写了五年", lead="深圳市人民医院", province="广东省", city="深圳市",
           members=("德保县人民医院",), source_name="某周刊"),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["f1"] is alliances["a1"] is alliances["a2"]
    assert alliances["b1"] is not alliances["a1"] and alliances["c1"] is not alliances["a1"]


def test_an_announcement_whose_lead_goes_by_another_name_joins_the_programme_whose_lead_it_names_short():
    """The helper read under its university's name (同济大学附属第十人民医院), its customary short form (上海十院) among the
    institutions named: the programme led by 上海市第十人民医院 there, not another helper's programme in the same county."""
    county = {"province": "青海省", "city": "果洛藏族自治州", "county": "甘德县"}
    mentions = [
        _m("s1", "2019-04-01", "我院与青海甘德县人民医院建立对口支援关系", lead="上海市第十人民医院", forms=(PAIRED,),
           members=("甘德县人民医院",), **county),
        _m("s2", "2020-04-01", "上海市第十人民医院援建甘德县人民医院重症医学科", lead="上海市第十人民医院", forms=(PAIRED,),
           members=("甘德县人民医院",), **county),
        _m("q1", "2019-05-01", "青海省人民医院对口帮扶甘德县人民医院", lead="青海省人民医院", forms=(PAIRED,),
           members=("甘德县人民医院",), **county),
        _m("q2", "2020-05-01", "青海省人民医院专家在甘德县开展义诊", lead="青海省人民医院", forms=(PAIRED,),
           members=("甘德县人民医院",), **county),
        _m("s3", "2021-04-01", "上海十院医疗队在我院开展包虫病筛查", lead="同济大学附属第十人民医院", forms=(PAIRED,),
           members=("上海十院", "甘德县人民医院"), **county),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["s3"] is alliances["s1"] is alliances["s2"]
    assert alliances["q1"] is alliances["q2"] and alliances["q1"] is not alliances["s1"]


def test_a_name_starting_with_the_word_for_a_head_names_no_lead_and_keeps_no_announcement_out():
    """院长谈医共体 is no alliance led by '院': an announcement whose lead was misread as a township centre, its alliance
    named by its lead, still joins the alliance that one belongs to."""
    county = {"province": "浙江省", "city": "绍兴市", "county": "新昌县"}
    mentions = [
        _m("x1", "2019-04-01", "新昌县人民医院健康共同体揭牌成立", lead="新昌县人民医院", forms=(COUNTY_COMMUNITY,),
           members=("澄潭镇卫生院", "儒岙镇卫生院"), **county),
        _m("x2", "2021-04-01", "院长谈医共体：让山里人在家门口看好病", lead="新昌县人民医院", forms=(COUNTY_COMMUNITY,),
           members=("回山镇卫生院",), **county),
        _m("x3", "2024-01-22", "新昌县人民医院医共体2023年运行情况通报", lead="澄潭镇卫生院", forms=(COUNTY_COMMUNITY,),
           members=("新昌县人民医院", "儒岙镇卫生院"), source_name="新昌县卫生健康局", **county),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["x3"] is alliances["x1"] is alliances["x2"]


def test_a_relative_name_after_other_words_is_the_publisher_s_alliance_of_that_subject():
    """2022年全市胸痛专科联盟 (a year before it) is the city's 胸痛 alliance, not one whose subject is 年全市胸痛."""
    assert [n.text for n in names("2022年全市胸痛专科联盟运行情况通报")] == ["全市胸痛专科联盟"]
    assert [(n.place, n.subject) for n in names("2023年全国胸痛专科联盟年会召开")] == [("全国", "胸痛")]  # the national one
    city = {"province": "河南省", "city": "濮阳市"}
    mentions = [
        _m("c1", "2019-04-01", "濮阳市胸痛专科联盟成立", lead="濮阳市人民医院", forms=(SPECIALTY,), **city),
        _m("c2", "2020-04-01", "濮阳市胸痛专科联盟年会召开", lead="濮阳市人民医院", forms=(SPECIALTY,), **city),
        _m("s1", "2019-05-01", "濮阳市卒中专科联盟成立", lead="濮阳市人民医院", forms=(SPECIALTY,), **city),
        _m("c3", "2023-01-10", "2022年全市胸痛专科联盟运行情况通报", forms=(SPECIALTY,), source_name="濮阳市卫生健康委员会",
           publisher_province="河南省", publisher_city="濮阳市", **city),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["c3"] is alliances["c1"] is alliances["c2"] and alliances["s1"] is not alliances["c1"]


def test_an_announcement_read_with_several_forms_is_of_the_one_its_title_s_alliance_name_gives():
    """武义县远程医疗协作网 read as a 医共体 too, with or without its lead: the network, not the lead's 医共体 nor an overview."""
    county = {"province": "浙江省", "city": "金华市", "county": "武义县"}
    mentions = [
        _m("n1", "2019-04-01", "武义县远程医疗协作网建成投用", lead="武义县第一人民医院", forms=(TELEMEDICINE,), **county),
        _m("n2", "2020-04-01", "武义县远程医疗协作网年度运行报告", lead="武义县第一人民医院", forms=(TELEMEDICINE,), **county),
        _m("c1", "2019-05-01", "武义县第一人民医院医共体成立", lead="武义县第一人民医院", forms=(COUNTY_COMMUNITY,), **county),
        _m("c2", "2020-05-01", "武义县第一人民医院医共体新增两家分院", lead="武义县第一人民医院", forms=(COUNTY_COMMUNITY,), **county),
        _m("n3", "2021-04-01", "通过武义县远程医疗协作网完成首例远程病理会诊", lead="武义县第一人民医院",
           forms=(COUNTY_COMMUNITY, TELEMEDICINE), **county),
        _m("n4", "2022-04-01", "武义县远程医疗协作网延伸至村卫生室", forms=(COUNTY_COMMUNITY, TELEMEDICINE), **county),
    ]
    alliances = _by_id(group(mentions))
    assert alliances["n3"] is alliances["n1"] is alliances["n2"] is alliances["n4"]
    assert alliances["c1"] is alliances["c2"] and alliances["c1"] is not alliances["n1"]


def test_words_before_a_form_word_that_are_no_name_leave_the_alliance_unnamed_or_named_by_its_place():
    """东莞首个紧密型城市医疗集团 is 东莞's city group (no subject: no specialty alliance), 滕州这个医疗集团 滕州's, and 对医共体,
    向医共体 or 第五期医共体 name none."""
    assert [(n.place, n.subject) for n in names("东莞首个紧密型城市医疗集团揭牌")] == [("东莞市", "")]
    assert [(n.place, n.subject) for n in names("滕州这个医疗集团，年终考卷交给了老百姓")] == [("滕州市", "")]
    assert names("县卫健局对医共体开展绩效考核") == names("乡镇卫生院向医共体上转患者") == names("第五期医共体") == []
    city = {"province": "广东省", "city": "东莞市"}
    mentions = [
        _m("g1", "2023-04-01", "东莞市人民医院城市医疗集团签约组建", lead="东莞市人民医院", forms=(CITY_GROUP,), **city),
        _m("g2", "2024-04-01", "东莞市人民医院城市医疗集团基层能力提升班开班", lead="东莞市人民医院", forms=(CITY_GROUP,), **city),
        _m("s1", "2022-04-01", "东莞市胸痛专科联盟成立", lead="东莞市人民医院", forms=(SPECIALTY,), **city),
        _m("g3", "2023-06-01", "东莞首个紧密型城市医疗集团揭牌", lead="东莞市人民医院", **city),  # no form read
    ]
    alliances = _by_id(group(mentions))
    assert alliances["g3"] is alliances["g1"] is alliances["g2"] and alliances["s1"] is not alliances["g1"]


def test_a_county_s_general_hospital_named_in_a_title_is_that_county_s_community():
    """尤溪县总医院 is the name 尤溪县's 医共体 takes: news of it whose lead was misread as another county hospital, or whose
    county was not read, joins that community, not the prefecture's other county's."""
    city = {"province": "福建省", "city": "三明市"}
    community = [
        _m("y1", "2019-04-01", "尤溪县医院医共体成立", lead="尤溪县医院", forms=(COUNTY_COMMUNITY,), county="尤溪县",
           members=("西城镇卫生院",), **city),
        _m("y2", "2020-04-01", "尤溪县总医院2020年运行综述", lead="尤溪县医院", forms=(COUNTY_COMMUNITY,), county="尤溪县", **city),
        _m("j1", "2019-05-01", "将乐县医院医共体成立", lead="将乐县医院", forms=(COUNTY_COMMUNITY,), county="将乐县", **city),
    ]
    misread = _m("y3", "2021-04-01", "尤溪县总医院挂牌成立", lead="尤溪县中医医院", forms=(COUNTY_COMMUNITY,), county="尤溪县",
                 members=("尤溪县医院",), source_name="三明市卫生健康委员会", **city)
    no_county = _m("y4", "2022-04-01", "尤溪县总医院开展分院骨干医师轮训", forms=(COUNTY_COMMUNITY,),
                   source_name="三明市卫生健康委员会", **city)
    for news in (misread, no_county):
        alliances = _by_id(group([*community, news]))
        assert alliances[news.id] is alliances["y1"] is alliances["y2"] and alliances["j1"] is not alliances["y1"]


def test_the_form_a_title_names_outright_counts_when_the_form_read_is_another():
    """城市医疗集团“基层能力提升班”开班, read as a 医共体: its title says the city group, which it joins, not the lead's specialty
    alliance; a title that names no form leaves the misread announcement alone."""
    city = {"province": "广东省", "city": "东莞市"}
    base = [
        _m("g1", "2023-04-01", "紧密型城市医疗集团签约组建", "东莞市人民医院城市医疗集团今日签约组建。", lead="东莞市人民医院",
           forms=(CITY_GROUP,), **city),
        _m("g2", "2024-01-01", "城市医疗集团新签约两镇社区卫生服务中心", "东莞市人民医院城市医疗集团新签约两镇。", lead="东莞市人民医院",
           forms=(CITY_GROUP,), **city),
        _m("s1", "2022-04-01", "东莞市胸痛专科联盟成立", lead="东莞市人民医院", forms=(SPECIALTY,), **city),
    ]
    told = _m("g3", "2024-10-16", "城市医疗集团“基层能力提升班”开班", "东莞市人民医院城市医疗集团举办基层能力提升班。",
              lead="东莞市人民医院", forms=(COUNTY_COMMUNITY,), source_name="东莞市人民医院", **city)
    alliances = _by_id(group([*base, told]))
    assert alliances["g3"] is alliances["g1"] is alliances["g2"] and alliances["s1"] is not alliances["g1"]
    untold = replace(told, id="g4", title="基层能力提升班开班")
    alliances = _by_id(group([*base, untold]))
    assert alliances["g4"] is not alliances["g1"]


def test_a_township_centre_read_as_the_lead_gives_way_to_the_one_hospital_named_among_the_institutions():
    """许家湖镇卫生院 leads no 医共体: news whose lead was read as that centre, naming 沂水县人民医院 among its institutions, is
    that hospital's community, not the county's other one; with two hospitals named it says neither."""
    county = {"province": "山东省", "city": "临沂市", "county": "沂水县"}
    base = [
        _m("r1", "2019-04-01", "沂水县人民医院医共体成立", lead="沂水县人民医院", forms=(COUNTY_COMMUNITY,), **county),
        _m("r2", "2020-04-01", "沂水县人民医院医共体年度总结", lead="沂水县人民医院", forms=(COUNTY_COMMUNITY,), **county),
        _m("z1", "2019-05-01", "沂水县中医医院医共体成立", lead="沂水县中医医院", forms=(COUNTY_COMMUNITY,), **county),
        _m("z2", "2020-05-01", "沂水县中医医院医共体年度总结", lead="沂水县中医医院", forms=(COUNTY_COMMUNITY,), **county),
    ]
    misread = _m("r3", "2021-04-01", "乡镇卫生院骨干医师培训班开班", lead="许家湖镇卫生院", forms=(COUNTY_COMMUNITY,),
                 members=("沂水县人民医院", "高桥镇卫生院"), **county)
    alliances = _by_id(group([*base, misread]))
    assert alliances["r3"] is alliances["r1"] is alliances["r2"] and alliances["z1"] is not alliances["r1"]
    both = replace(misread, id="r4", members=("沂水县人民医院", "沂水县中医医院", "高桥镇卫生院"))
    alliances = _by_id(group([*base, both]))
    assert "r4" not in alliances or alliances["r4"] not in (alliances["r1"], alliances["z1"])
