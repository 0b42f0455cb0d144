"""The general mechanisms of issue 10 on short announcements written for these tests: self-references
resolved to the speaking organisation, enumerations sharing a type, the count grammar, event cues
with their negative cues, indirect places, forms that the publisher's name does not decide."""

from yilian.clean.enrich import enrich
from yilian.clean.enrich.counts import member_count
from yilian.clean.enrich.gazetteer import load
from yilian.clean.enrich.orgs import Speaker, find_orgs
from yilian.records import Article
from yilian.sources import Source


def source(name: str, province: str, city: str | None = None, county: str | None = None, kind: str = "hospital",
           aliases: tuple[str, ...] = ()) -> Source:
    return Source(id="s1", name=name, kind=kind, province=province, city=city, county=county,
                  aliases=list(aliases), start_urls=["{fixture}/s1"])


def enriched(title: str, body: str, src: Source | None = None, **fields) -> Article:
    return enrich(Article(url="u", title=title, body=body, **fields), src)


TONGREN = source("铜仁市人民医院", "贵州省", "铜仁市", aliases=("铜仁地区人民医院", "市医院"))


def test_self_references_are_the_publisher_by_its_official_name():
    article = enriched("我院牵头成立铜仁市卒中专科联盟",
                       "5月8日，铜仁市卒中专科联盟成立大会在我院召开。联盟由我院牵头，思南县人民医院、石阡县人民医院等"
                       "21家医疗机构加入。", TONGREN)
    assert article.lead_organization == "铜仁市人民医院"
    assert any("self-reference" in line for line in article.enrich_evidence["lead_organization"])
    assert article.members == ["思南县人民医院", "石阡县人民医院"]
    assert article.member_count == 21


def test_a_repost_speaks_for_the_organisation_its_source_line_names():
    commission = source("铜仁市卫生健康局", "贵州省", "铜仁市", kind="health_commission")
    article = enriched("卒中专科联盟年会召开", "11月3日，卒中专科联盟年会在我院召开。我院作为联盟理事长单位作年度工作报告。",
                       commission, source="铜仁市人民医院")
    assert article.lead_organization == "铜仁市人民医院"


def test_an_alias_of_the_publisher_reads_as_the_publisher_but_not_inside_another_name():
    orgs = find_orgs("市医院专家赴万山区开展义诊，遵义市医院也派员参加。", load(), Speaker("铜仁市人民医院", ["市医院"]))
    names = [o.name for o in orgs]
    assert names[0] == "铜仁市人民医院" and "遵义市医院" in names


def test_enumerations_sharing_a_type_give_one_name_per_item():
    orgs = [o.name for o in find_orgs("整合坝黄镇、灯塔街道、川硐镇等5家卫生院和碧江区人民医院，以及漾头、六龙山乡卫生院。",
                                      load()) if not o.generic]
    assert orgs == ["坝黄镇卫生院", "灯塔街道卫生院", "川硐镇卫生院", "碧江区人民医院", "漾头乡卫生院", "六龙山乡卫生院"]


def test_place_words_stay_inside_names_and_clause_words_do_not():
    orgs = [o.name for o in find_orgs("由大连医科大学附属第二医院牵头，廖家桥镇卫生院和县中医院参加，力争帮助其创建二级甲等医院。",
                                      load()) if not o.generic]
    assert orgs == ["大连医科大学附属第二医院", "廖家桥镇卫生院", "县中医院"]
    # prepositions of one character (给, 据, 比) start no name, as 把, 被, 向 do not
    orgs = [o.name for o in find_orgs("县人民医院调拨了一台彩超给广坪镇卫生院，费用比龙岗镇卫生院低。", load()) if not o.generic]
    assert orgs == ["县人民医院", "广坪镇卫生院", "龙岗镇卫生院"]



def test_a_character_before_a_county_level_that_makes_no_place_with_it_is_a_clause_fragment():
    orgs = [o.name for o in find_orgs("患者在分院挂县医院的专家号，医共体里县医院和卫生院一起管。", load())
            if not o.generic]
    assert orgs == []
    orgs = [o.name for o in find_orgs("横县人民医院和莒县人民医院结成对子。", load()) if not o.generic]
    assert orgs == ["横县人民医院", "莒县人民医院"]


def test_count_grammar():
    assert member_count("联盟成员单位由成立之初的12家增至37家。")[0] == 37
    assert member_count("协作网覆盖全县15个乡镇卫生院和县妇幼保健院。", [(16, 22)])[0] == 16
    assert member_count("集团由3家医院和12家社区卫生服务中心组成。")[0] == 15
    assert member_count("今年联盟新吸纳4家成员单位。")[0] is None
    assert member_count("全市已有二十余家医院加入。")[0] is None
    assert member_count("全年开展远程会诊1200余例，3家医院通过胸痛中心认证。")[0] is None
    # the total the text states wins over the members it lists without the lead
    assert member_count("医共体以我院为牵头医院，孤山、季市等5个镇卫生院为成员单位，医共体共有6家单位。")[0] == 6


def test_growth_to_a_new_total_told_by_any_of_its_verbs_gives_the_new_total():
    # (C2: 发展为, 变为, 扩充到 are growth like 增至; 由8家 is the earlier state)
    assert member_count("联盟成员单位已由成立时的8家发展为20家。")[0] == 20
    assert member_count("联盟成员单位由8家变为20家。")[0] == 20
    assert member_count("联盟成员单位由最初的8家扩充到20家。")[0] == 20
    assert member_count("今年联盟新增加5家成员单位。")[0] is None


def test_a_count_said_only_roughly_is_no_count():
    # (C1: a stated total is exact; 几十家 and 数十家 are no ten, 超30家 and 不足10家 no thirty or ten)
    assert member_count("联盟已吸纳几十家成员单位。")[0] is None
    assert member_count("医联体成员单位达数十家。")[0] is None
    assert member_count("联盟成员单位超30家。")[0] is None
    assert member_count("目前不足10家医院加入联盟。")[0] is None
    assert member_count("联盟成员单位总数15家。")[0] == 15  # (总数 is the total, not 数 "some")


def test_the_verbs_of_joining_inside_other_words_say_nothing():
    # 共 of 共享 and 联合 of 联合体 are no 共 (in all) nor 联合 (join): what the centre serves is no count of members
    assert member_count("今年以来，我院医共体心电共享中心已为10个成员卫生院出具远程心电报告1.8万份。")[0] is None
    assert member_count("医养结合联合体运行以来为12家养老机构提供巡诊服务。")[0] is None
    assert member_count("医共体共9家单位。")[0] == 9


def test_village_clinics_counted_beside_the_members_are_no_part_of_them():
    assert member_count("医共体内12家成员单位和156个村卫生室全部接入信息平台。")[0] == 12  # (C4)



def test_places_departments_and_projects_counted_after_the_members_are_no_count_of_them():
    # (C4: what the members cover or hold is no membership; a place or kind before its institutions still counts them)
    assert member_count("联盟成员覆盖全国20个省份。")[0] is None
    assert member_count("联盟成员单位遍布全省14个市州。")[0] is None
    assert member_count("医联体成员单位已有3个科室通过认证。")[0] is None
    assert member_count("联盟成员单位共组建5个专科联盟。")[0] is None
    assert member_count("联盟成员单位覆盖全国20个省份的40家医院。")[0] == 40
    assert member_count("联盟成员单位共3家专科医院。")[0] == 3


def test_the_branches_experts_are_sent_to_are_no_count_but_the_partners_of_a_signing_and_the_branches_beside_the_main_hospital_are():
    assert member_count("今年以来，我院向12家分院常态化派驻医生36名。")[0] is None
    assert member_count("县人民医院与9家乡镇卫生院签订医共体协议。")[0] == 9
    # beside the main hospital of a 总医院, its branches are all its members (总院与18家分院同心协力)
    assert member_count("这一年，集团总院与18家分院同心协力，县域就诊率达到90%。")[0] == 18
    assert member_count("这一年，集团总院向18家分院派驻医生40名。")[0] is None


def test_a_total_said_by_总计_or_合计_closes_the_list_like_共():
    assert member_count("医共体吸纳油坊镇、连庄镇、坝营镇等16个乡镇卫生院，以及县中医院，总计18家成员单位。")[0] == 18
    assert member_count("医共体覆盖县中医院和全县15个乡镇卫生院，合计17家单位。")[0] == 17
    # (and a total said to include the named, or the members the alliance has: C1, C5 as the text counts)
    assert member_count("医共体成员单位包括县人民医院在内共17家。")[0] == 17
    assert member_count("联盟拥有25家成员单位。")[0] == 25


def test_the_alliances_members_said_by_a_word_for_all_count_but_its_institutions_of_one_kind_may_be_a_part():
    assert member_count("医共体内10家成员单位实行人财物统一管理。")[0] == 10
    assert member_count("医共体内11家基层医疗机构全部接入信息平台。")[0] == 11
    assert member_count("医共体内15个镇卫生院采集的心电图可实时传至我院心电室。")[0] is None
    assert member_count("医生每周到集团内五家社区卫生服务中心出诊。")[0] is None


def test_every_one_of_a_kind_in_the_county_that_the_alliance_acts_on_are_its_members():
    assert member_count("医共体把全县15家乡镇卫生院与县医院拧成一股绳，人财物统一管理。")[0] == 15
    assert member_count("县医院为全县15家乡镇卫生院培训了120名医生。")[0] is None  # no alliance said to act
    # (C1: what a network connects or covers, every one of a kind in the county, said before the network is named)
    assert member_count("协作网上线一年。这张连接着全县15个乡镇卫生院的“网”接住了很多急症。")[0] == 15



def test_members_a_figure_is_summed_over_are_all_of_them_but_members_as_a_subject_may_be_a_part():
    assert member_count("上半年，9家成员单位门急诊量合计32.6万人次，同比增长11.2%。")[0] == 9
    assert member_count("上半年，两家成员单位门诊量增长超过两成。")[0] is None


def test_event_types_need_their_cue_unless_it_is_cancelled():
    founding = enriched("铜仁市卒中专科联盟成立", "5月8日，铜仁市卒中专科联盟成立大会召开，会上联盟成员单位签订了合作协议。"
                        "联盟将定期派专家到成员单位坐诊。", TONGREN)
    assert set(founding.event_types) == {"成立", "签约"}  # 成立大会 is no separate meeting, a plan is no event
    review = enriched("铜仁市卒中专科联盟成立三年来成效显著", "联盟成立以来，专家下沉坐诊600余人次，培训基层医生900余人次。", TONGREN)
    assert review.event_types == ["年度总结"]
    other = enriched("我院举行新春团拜会", "1月20日，我院在门诊楼报告厅举行新春团拜会。", TONGREN)
    assert other.event_types == ["其他"] and other.lead_organization is None and other.members == []


def test_indirect_places_and_former_names():
    fuzhou = enriched("全省卒中专科联盟在榕成立", "11月2日，福建省卒中专科联盟成立大会在榕召开，全省46家医院加入。",
                      source("福建省立医院", "福建省", "福州市"))
    assert (fuzhou.region.province, fuzhou.region.city) == ("福建省", "福州市")
    former = enriched("我院与襄樊市保康县人民医院签订托管协议", "3月15日，托管签约仪式在保康县举行。",
                      source("十堰市太和医院", "湖北省", "十堰市"))
    assert (former.region.city, former.region.county) == ("襄阳市", "保康县")


def test_a_county_level_city_publisher_is_its_own_county():
    article = enriched("我市人民医院医共体揭牌", "6月1日，我市人民医院医共体揭牌成立，8家乡镇卫生院加入。",
                       source("凯里市人民政府", "贵州省", "黔东南苗族侗族自治州", "凯里市", kind="government"))
    assert article.region.county == "凯里市" and article.lead_organization == "凯里市人民医院"


def test_paired_aid_is_found_where_telemedicine_dominates_and_the_helpers_home_is_not_the_event():
    article = enriched(
        "苏黔协作：苏州市立医院与从江县人民医院开通远程会诊",
        "3月2日，苏州市立医院与从江县人民医院远程会诊中心开通。苏州市立医院派驻专家在从江县人民医院开展帮扶。\n"
        "双方通过远程会诊、远程心电、远程影像开展合作，远程会诊每周两次。", source("黔东南州卫生健康委员会", "贵州省", "黔东南苗族侗族自治州"))
    assert "对口帮扶/托管" in article.alliance_forms
    assert (article.region.province, article.region.county) == ("贵州省", "从江县")
    assert article.lead_organization == "苏州市立医院" and article.members == ["从江县人民医院"]


def test_a_publisher_named_a_group_does_not_make_everything_a_city_group():
    group = source("深圳市宝安区人民医院集团", "广东省", "深圳市", "宝安区")
    aid = enriched("我集团专家驻点百色开展帮扶", "我集团第三批帮扶专家抵达百色市田阳区人民医院，开始为期半年的驻点帮扶。", group)
    assert aid.alliance_forms == ["对口帮扶/托管"]
    lure = enriched("我集团护士在技能竞赛中获奖", "我集团选派的3名护士在全市护理技能竞赛中获得一等奖。", group)
    assert lure.relevance["label"] == "other" and lure.alliance_forms == []


def test_no_lead_is_invented_and_every_field_keeps_its_evidence():
    article = enriched("全市医联体工作推进会召开", "会议通报了各医联体的运行情况，部署下一步工作。", TONGREN)
    assert article.lead_organization is None and article.members == [] and article.member_count is None
    led = enriched("思南县医共体成立", "医共体以思南县人民医院为龙头，成员单位共28家。", TONGREN)
    assert led.lead_organization == "思南县人民医院" and led.member_count == 28
    for field in ("event_types", "lead_organization", "member_count", "relevance"):
        assert led.enrich_evidence[field], field


def test_class_words_count_after_the_names_own_place_and_short_forms_need_their_full_name():
    from yilian.clean.enrich.orgs import is_generic, representatives

    assert not is_generic("红山区妇幼保健院") and not is_generic("南丰镇卫生院") and not is_generic("田东县中医医院")
    assert not is_generic("上海市宝山区罗店医院")  # after every place written in a row: 山区 of 宝山区 is no class
    assert is_generic("河南省漯河市山区卫生院")
    assert not is_generic("上海市浦江儿童医学中心")  # a place without its level after the first is the name's own (浦江)
    assert all(is_generic(n) for n in ("县级医院", "吉林省多家医院", "三十余家医院", "山区卫生院", "河南省远程医学中心"))
    forms = representatives(["漯河市中医院", "漯河市中心医院", "医大总医院", "天津医科大学总医院", "县医院", "朝阳县人民医院",
                             "朝阳县中医院"], load())
    assert forms["漯河市中医院"] == "漯河市中医院"  # stops earlier: another hospital
    assert forms["医大总医院"] == "天津医科大学总医院"


def test_a_provincial_hospital_signing_an_aid_agreement_with_a_county_one_supports_it():
    article = enriched("江西省人民医院与于都县人民医院签订紧密型医联体协议",
                       "5月6日，江西省人民医院与于都县人民医院签订紧密型医联体帮扶协议，双方将在学科建设上深度合作。",
                       source("赣州市卫生健康委员会", "江西省", "赣州市", kind="health_commission"))
    assert article.lead_organization == "江西省人民医院" and article.members == ["于都县人民医院"]
    assert "对口帮扶/托管" in article.alliance_forms


def test_in_aid_news_the_hospital_a_helpers_course_is_held_at_is_the_side_helped():
    commission = source("上饶市卫生健康委员会", "江西省", "上饶市", kind="health_commission")
    article = enriched("南大一附院专家在余干开展重症医学培训", "11月1日，由南昌大学第一附属医院组织的重症医学培训班在余干县人民医院举办。"
                       "作为对口帮扶工作的一部分，南大一附院5名专家进行了授课。受援医院负责人表示，将珍惜帮扶机遇。", commission)
    assert article.lead_organization == "南昌大学第一附属医院" and article.members == ["余干县人民医院"]
    # a township's centre the helper's lecture is held at is a place visited
    clinic = enriched("福医大附一连江分院专家到官坂镇义诊", "4月22日，福建医科大学附属第一医院连江分院组织托管专家到官坂镇开展义诊。"
                      "当天下午，专家在官坂镇卫生院为镇村医生举办了讲座。", source("福建省卫生健康委员会", "福建省", kind="health_commission"))
    assert "官坂镇卫生院" not in clinic.members


def test_participants_and_their_count_are_not_the_members():
    assert member_count("来自联盟18家成员单位的60名学员参加培训。")[0] is None
    assert member_count("市中心医院专家为18家成员单位的60余名医生讲授了溶栓规范。")[0] is None  # (the staff counted too)
    # (but the staff of all the alliance's members, 医共体内11家基层医疗机构的160余名医务人员, are of every member)
    assert member_count("医共体内11家基层医疗机构的160余名医务人员参会。")[0] == 11
    # (and so are the staff, or the members, of a clause opened right after a clause of the alliance, unless they speak)
    assert member_count("我院医共体护理同质化培训班开班，12家成员单位的护士长和骨干护士60人参训。")[0] == 12
    assert member_count("今年，我院牵头的医共体围绕“强基层”主线，9家成员单位协同发力。")[0] == 9
    assert member_count("医共体工作推进会召开，3家成员单位的负责人作了汇报。")[0] is None
    assert member_count("县中医医院与A镇卫生院、B镇卫生院、C镇卫生院分别签订了医共体协议，三家成员单位同时挂牌。")[0] is None
    assert member_count("上半年，两家成员单位门诊量增长超过两成。")[0] is None
    # those honoured are no count, unless the next clause makes them members
    assert member_count("当天，全市12个乡镇卫生院被授予“胸痛救治单元”牌匾，成为联盟首批成员。")[0] == 12
    assert member_count("当天，全市12个乡镇卫生院被授予“胸痛救治单元”牌匾，接诊能力明显提升。")[0] is None
    article = enriched("卒中专科联盟培训班开班", "联盟由铜仁市人民医院牵头。来自联盟成员单位的学员参加培训，遵义市第一人民医院等单位的代表参加开班式。",
                       TONGREN)
    assert "遵义市第一人民医院" not in article.members


WUYANG = source("舞阳县卫生健康委员会", "河南省", "漯河市", "舞阳县", kind="health_commission")


def test_a_branch_of_an_alliance_is_named_apart_from_it_and_is_the_institution_it_is_named_after():
    article = enriched("舞阳县人民医院医共体北舞渡分院揭牌",
                       "9月15日，舞阳县人民医院医共体北舞渡分院揭牌仪式在北舞渡镇中心卫生院举行。", WUYANG)
    assert article.lead_organization == "舞阳县人民医院"
    # the venue is the member because the branch is named after it; the branch is not a second member
    assert article.members == ["北舞渡镇中心卫生院"]
    alone = enriched("舞阳县人民医院医共体莲花分院揭牌", "舞阳县人民医院医共体莲花分院揭牌，县人民医院专家到莲花分院坐诊。", WUYANG)
    assert alone.members == ["莲花分院"]  # not 医共体莲花分院


def test_what_a_list_of_guests_is_said_to_do_is_said_of_every_item():
    article = enriched("舞阳县医共体成立",
                       "舞阳县人民医院牵头成立医共体，漯河市中心医院、郑州大学第一附属医院的特邀专家出席仪式。"
                       "成员为北舞渡镇卫生院、莲花镇卫生院。", WUYANG)
    assert article.members == ["北舞渡镇卫生院", "莲花镇卫生院"]


def test_who_attends_an_alliances_council_sits_on_it_but_a_ceremonys_guests_do_not():
    body = "10月17日，舞阳县人民医院医共体召开第二次理事会。北舞渡镇、莲花镇卫生院负责人参加会议。"
    council = enriched("舞阳县人民医院医共体第二次理事会召开", body, WUYANG)
    assert council.members == ["北舞渡镇卫生院", "莲花镇卫生院"]
    ceremony = enriched("舞阳县人民医院医共体揭牌", body.replace("召开第二次理事会", "举行揭牌仪式"), WUYANG)
    assert ceremony.members == []


def test_list_shapes_on_text_not_written_for_the_rules():
    elided = enriched("舞阳县医共体成立", "舞阳县人民医院牵头成立医共体，成员涵盖北舞渡镇、莲花镇、辛安镇、姜店乡…等14个乡镇卫生院。", WUYANG)
    assert elided.members == ["北舞渡镇卫生院", "莲花镇卫生院", "辛安镇卫生院", "姜店乡卫生院"]  # an ellipsis before 等
    inside = enriched("城市医疗集团揭牌", "漯河市中心医院牵头组建城市医疗集团，辖区内老街、马路街等6个社区卫生服务中心加入集团。", WUYANG)
    assert inside.members == ["老街社区卫生服务中心", "马路街社区卫生服务中心"]  # not 内老街
    # a short name of its own (二附院) is no item sharing the next name's suffix
    long_list = enriched("胸痛专科联盟成立", "漯河市中心医院牵头成立胸痛专科联盟，联盟成员有：临颍县人民医院、漯河医专二附院、郾城区人民医院、"
                         "召陵区人民医院、源汇区人民医院、漯河市骨科医院、漯河市妇幼保健院、漯河市第二人民医院、漯河市中医院、"
                         "舞阳县中医院、临颍县中医院、漯河市第六人民医院、舞阳县人民医院。", WUYANG)
    assert len(long_list.members) == 13 and {"郾城区人民医院", "漯河医专二附院"} <= set(long_list.members)  # 二附院: a short form
    assert not any(m in ("人民医院", "漯河医专二附院医院") for m in long_list.members)
    # what is said before or after a whole list is said of each item: members, though trainees or at a meeting
    trainees = enriched("胸痛专科联盟培训班开班", "漯河市胸痛专科联盟培训班开班，邀请北京大学第一医院、中日友好医院专家授课，"
                        "学员来自舞阳县人民医院、临颍县人民医院等15家成员单位。", WUYANG)
    assert trainees.members == ["舞阳县人民医院", "临颍县人民医院"]
    meeting = enriched("胸痛专科联盟年会召开", "漯河市胸痛专科联盟年会召开，联盟成员单位舞阳县人民医院、临颍县人民医院代表参会。", WUYANG)
    assert meeting.members == ["舞阳县人民医院", "临颍县人民医院"]


def test_a_kind_named_after_a_list_or_a_class_word_is_no_member():
    article = enriched("心血管专科联盟成立", "漯河市中心医院牵头成立心血管专科联盟，成员既有舞阳县人民医院、临颍县人民医院等漯河地区医院，"
                       "也有郑州市第一人民医院。今年将实现重点镇卫生院全覆盖。", WUYANG)
    assert article.members == ["舞阳县人民医院", "临颍县人民医院", "郑州市第一人民医院"]


def test_leads_without_牵头():
    said = {
        "漯河市中心医院": ["漯河市中心医院联合舞阳县人民医院、临颍县人民医院成立胸痛专科联盟。",
                    "漯河市胸痛专科联盟成立大会召开。联盟挂靠漯河市中心医院，首批成员单位包括舞阳县人民医院、临颍县人民医院。"],
        "舞阳县人民医院": ["舞阳县人民医院组建医共体，北舞渡镇卫生院、莲花镇卫生院成为成员单位。",
                    "舞阳县人民医院作为总医院，与北舞渡镇卫生院、莲花镇卫生院组建紧密型医共体。"],
    }
    for lead, bodies in said.items():
        for body in bodies:
            article = enriched("联盟成立", body, WUYANG)
            assert article.lead_organization == lead, body
            assert lead not in article.members and len(article.members) == 2
    # a county's 总医院 built on a hospital as its main site (以…为本部) is led by it
    general = enriched("舞阳县总医院挂牌", "3月1日，舞阳县总医院挂牌。总医院以舞阳县人民医院为本部，整合县中医院和北舞渡镇卫生院、莲花镇卫生院。",
                       WUYANG)
    assert general.lead_organization == "舞阳县人民医院"
    # joining is no founding
    joined = enriched("我院加入胸痛专科联盟", "舞阳县人民医院加入漯河市胸痛专科联盟，成为成员单位。", WUYANG)
    assert joined.lead_organization is None


def test_a_publisher_that_is_a_member_of_an_alliance_named_after_a_place_is_its_member_not_a_lead():
    hospital = source("舞阳县人民医院", "河南省", "漯河市", "舞阳县")
    article = enriched("市里专家来院会诊", "10月22日，漯河市胸痛专科联盟牵头单位漯河市中心医院心内科主任来到我院会诊。"
                       "我院是漯河市胸痛专科联盟成员单位，已有3名医生到市中心医院进修。", hospital)
    assert article.lead_organization == "漯河市中心医院"
    assert article.members == ["舞阳县人民医院"]


def test_the_publisher_an_alliances_branch_is_unveiled_at_is_its_member_though_no_lead_is_named():
    hospital = source("左权县人民医院", "山西省", "晋中市", "左权县")
    for body in ("6月22日，山西省儿科专科联盟左权分中心揭牌仪式在我院举行。", "6月22日，山西省儿科专科联盟左权分中心正式落户我院。"):
        article = enriched("省儿科专科联盟分中心揭牌", body, hospital)
        assert article.lead_organization is None and article.members == ["左权县人民医院"], body
    # told by a third party, the host by its name
    commission = source("晋中市卫生健康委员会", "山西省", "晋中市", kind="health_commission")
    for body in ("6月22日，山西省儿科专科联盟左权分中心揭牌仪式在左权县人民医院举行。",
                 "6月22日，山西省儿科专科联盟左权分中心正式落户左权县人民医院。"):
        assert enriched("省儿科专科联盟分中心揭牌", body, commission).members == ["左权县人民医院"], body
    # the host may lead an alliance of its own: it is still the member whose branch this is
    chenzhou = source("郴州市第一人民医院", "湖南省", "郴州市")
    article = enriched("湖南省儿科专科联盟郴州分中心落户我院", "5月30日，联盟牵头单位湖南省儿童医院副院长来我院授牌。"
                       "我院同时是郴州市儿科专科联盟的主任委员单位。", chenzhou)
    assert article.lead_organization == "湖南省儿童医院" and article.members == ["郴州市第一人民医院"]


def test_a_publisher_awarded_an_alliances_member_tier_is_its_member():
    hospital = source("六枝特区人民医院", "贵州省", "六盘水市", "六枝特区")
    article = enriched("我院获授“六盘水市胸痛专科联盟网络医院”", "8月13日，六盘水市胸痛专科联盟专家组到我院开展现场评估。", hospital)
    assert article.lead_organization is None and article.members == ["六枝特区人民医院"]
    given = enriched("胸痛专科联盟专家组来院评估", "8月13日，六盘水市胸痛专科联盟专家组到我院开展现场评估，联盟理事长为我院授牌。", hospital)
    assert given.lead_organization is None and given.members == ["六枝特区人民医院"]
    become = enriched("胸痛专科联盟专家组来院评估", "8月13日，六盘水市胸痛专科联盟专家组到我院开展现场评估。我院正式成为"
                      "六盘水市胸痛专科联盟网络医院。", hospital)
    assert become.lead_organization is None and become.members == ["六枝特区人民医院"]


def test_a_publisher_said_to_become_a_member_of_an_alliance_by_its_name_is_a_member():
    hospital = source("左权县人民医院", "山西省", "晋中市", "左权县")
    for body in ("6月22日，我院正式成为山西省胸痛专科联盟成员单位。", "6月22日，我院顺利成为山西省胸痛专科联盟的成员单位。"):
        article = enriched("山西省胸痛专科联盟再添新成员", body, hospital)
        assert article.members == ["左权县人民医院"], body


def test_a_provincial_hospitals_branch_named_after_a_city_is_paired_support_and_a_health_community_is_a_county_one():
    shandong = source("山东第一医科大学附属省立医院", "山东省", "济南市", aliases=("山东省立医院",))
    branch = enriched("山东省立医院菏泽医院揭牌", "12月18日，山东省立医院菏泽医院揭牌仪式在菏泽市立医院举行。我院将派出常务副院长常驻。", shandong)
    assert branch.relevance["label"] == "alliance" and "对口帮扶/托管" in branch.alliance_forms
    xiqing = source("天津市西青区卫生健康委员会", "天津市", "天津市", "西青区", kind="health_commission")
    community = enriched("西青区医疗健康共同体揭牌运行", "西青区医疗健康共同体揭牌仪式在天津市西青医院举行。", xiqing)
    assert community.relevance["label"] == "alliance" and community.alliance_forms == ["县域医共体"]


def test_a_centre_named_after_a_hospital_and_another_place_or_partner_is_that_hospitals_aid():
    lingyun = source("凌云县人民医院", "广西壮族自治区", "百色市", "凌云县")
    for title, body in (("佛山市第一人民医院凌云创伤救治中心在我院揭牌", "3月2日，“佛山市第一人民医院凌云创伤救治中心”揭牌仪式在我院举行。"),
                        ("佛山市第一人民医院—我院创伤救治中心揭牌", "3月2日，佛山市第一人民医院—凌云县人民医院创伤救治中心在我院揭牌。")):
        article = enriched(title, body, lingyun)  # no 帮扶 nor 对口: the name says whose unit it is, and where
        assert article.relevance["label"] == "alliance" and article.alliance_forms == ["对口帮扶/托管"], title
    # a centre whose own name says its form keeps that form
    network = enriched("佛山市第一人民医院—我院远程会诊中心揭牌", "3月2日，佛山市第一人民医院—凌云县人民医院远程会诊中心在我院揭牌。", lingyun)
    assert network.alliance_forms == ["远程医疗协作网"]
    # a hospital's own centre, named after itself or a place above it, is its own news (R2); so is a place that starts
    # another institution's name (县疾控中心和县人民医院体检中心)
    own = enriched("我院创伤救治中心揭牌", "3月2日，凌云县人民医院创伤救治中心揭牌，中心设床位20张。", lingyun)
    home = enriched("百色市人民医院广西创伤救治中心揭牌", "3月2日，百色市人民医院广西创伤救治中心揭牌，中心设床位20张。",
                    source("百色市人民医院", "广西壮族自治区", "百色市"))
    checkup = enriched("县卫健局为园区职工开展健康检查", "6月5日，县卫生健康局组织县疾控中心和县人民医院体检中心，为园区企业职工开展"
                       "职业健康检查。", source("正安县卫生健康局", "贵州省", "遵义市", "正安县", kind="health_commission"))
    assert [a.relevance["label"] for a in (own, home, checkup)] == ["other"] * 3


def test_branches_written_after_their_hospital_are_named_with_it():
    jiaxian = source("郏县人民政府", "河南省", "平顶山市", "郏县", kind="government")
    article = enriched("郏县医疗健康服务集团挂牌", "集团以郏县人民医院为总院。当天，郏县人民医院安良分院、堂街分院、冢头分院等首批三家分院同步揭牌。",
                       jiaxian)
    assert article.lead_organization == "郏县人民医院"
    assert article.members == ["郏县人民医院安良分院", "郏县人民医院堂街分院", "郏县人民医院冢头分院"]
    shared = enriched("医共体分院开设慢病门诊", "郏县人民医院牵头的医共体运行良好，郏县人民医院安良、堂街分院新开设慢病门诊。", jiaxian)
    assert shared.members == ["郏县人民医院安良分院", "郏县人民医院堂街分院"]


def test_more_list_shapes():
    kashi = source("喀什地区第一人民医院", "新疆维吾尔自治区", "喀什地区")
    long_place = enriched("远程医疗协作网运行一周年", "协作网连接喀什市、疏附县、英吉沙县、塔什库尔干塔吉克自治县人民医院，共4家县（市）级医院。", kashi)
    assert long_place.members == ["喀什市人民医院", "疏附县人民医院", "英吉沙县人民医院", "塔什库尔干塔吉克自治县人民医院"]
    xiqing = source("天津市西青区卫生健康委员会", "天津市", "天津市", "西青区", kind="health_commission")
    mixed = enriched("西青区医疗健康共同体揭牌", "共同体以天津市西青医院为龙头，整合杨柳青镇、中北镇和西营门街道、李七庄街道社区卫生服务中心。", xiqing)
    assert mixed.members == ["杨柳青镇社区卫生服务中心", "中北镇社区卫生服务中心", "西营门街道社区卫生服务中心", "李七庄街道社区卫生服务中心"]
    numbered = enriched("医共体再添成员", "舞阳县人民医院医共体新成员授牌，丹麻镇卫生院、五十镇卫生院正式加入医共体。", WUYANG)
    assert numbered.members == ["丹麻镇卫生院", "五十镇卫生院"]
    others = enriched("城市医疗集团组建", "漯河市第一医院牵头组建城市医疗集团，老街社区卫生服务中心加入。今年内还将组建以漯河市中心医院、"
                      "漯河市中医院为核心的另外两个集团，学员所在医院和长三角一流医院也将参与交流。", WUYANG)
    assert others.members == ["老街社区卫生服务中心"]


def test_a_report_that_lists_alliances_among_its_tasks_is_not_alliance_news():
    ganzhou = source("赣州市人民医院", "江西省", "赣州市")
    article = enriched("院长在第六届职工代表大会第三次会议上作工作报告",
                       "2月27日，赣州市人民医院第六届职工代表大会第三次会议开幕。院长作工作报告。\n"
                       "报告回顾了2022年的工作：医联体和专科联盟建设、对口帮扶、远程医疗等工作稳步推进；职工收入保持稳定增长。",
                       ganzhou)
    assert article.relevance["label"] == "other"


def test_a_features_opening_scene_is_no_lead_the_news_after_it_is():
    outlet = source("桐庐县融媒体中心", "浙江省", "杭州市", "桐庐县", kind="news")
    scene = "清晨六点半，分水镇的雾还没散，镇卫生院门口已经排起了长队。排在最前面的是78岁的李大爷，他是来复查血压的。\n"
    feature = enriched("镇上来了“城里专家”——记一位医生在分院的一天", scene + "李大爷口中的“城里专家”，是桐庐县第一人民医院心内科的"
                       "王医生。2020年县医共体成立后，她每周两天在分水分院坐诊。\n中午十二点，王医生才看完上午的最后一位病人。", outlet)
    assert feature.relevance["label"] == "alliance"
    # the alliance said after the news, or after a lead that opens as news does, is still said in passing (R4)
    tail = "这是县人民医院组织的重阳节义诊，医生们为老人们量血压、测血糖，今年已在全县开展义诊12场。\n医院去年还牵头成立了县医共体。"
    clinic = enriched("一场义诊，暖了老人的心", scene + tail, outlet)
    dated = enriched("一场义诊，暖了老人的心", "6月3日，县人民医院在分水镇开展重阳节义诊，为老人们量血压、测血糖。\n"
                     "今年以来，县人民医院已在全县开展义诊12场。医院去年还牵头成立了县医共体。", outlet)
    assert clinic.relevance["label"] == dated.relevance["label"] == "other"


def test_the_sectors_work_meeting_that_names_no_alliance_is_not_alliance_news():
    weiyuan = source("渭源县人民政府", "甘肃省", "定西市", "渭源县", kind="government")
    body = ("2月20日，{}召开。会议总结了2022年工作：县域医共体建设、东西部协作对口帮扶和家庭医生签约服务稳步推进，"
            "新建村卫生室12个。\n会议要求，要把更多资源投向基层。")
    sector = enriched("渭源县召开2023年卫生健康工作会议", body.format("渭源县2023年卫生健康工作会议"), weiyuan)
    assert sector.relevance["label"] == "other"  # R4: the alliances are points of the year's review (e0115)
    own = enriched("渭源县医共体2023年度工作会议召开", body.format("渭源县医共体2023年度工作会议"), weiyuan)
    assert own.relevance["label"] == "alliance"  # the alliance's own meeting


def test_a_report_in_numbered_points_naming_its_alliance_in_one_point_only_is_not_alliance_news():
    leshan = source("乐山市人民医院", "四川省", "乐山市")
    points = ("2024年，全院干部职工团结奋进，医院高质量发展迈出坚实步伐，各项重点工作取得新成效，现将主要亮点回顾如下。\n"
              "一、医疗质量持续提升。全年门诊量突破80万人次，三四级手术占比提高到45%。\n"
              "二、医联体建设走深走实。医院牵头的城市医疗集团新增成员单位2家，成员单位增至12家，集团专家下沉社区坐诊1200余人次。\n"
              "三、{}\n四、人才队伍不断壮大。全年引进博士12名，3人入选省学术技术带头人后备人选。")
    review = enriched("2024年医院发展回眸", points.format("智慧医院建设提速。互联网医院上线运行，预约诊疗率达到70%。"), leshan)
    assert review.relevance["label"] == "other"  # R4: the group is one point of the year's review (NOTES11 call 1)
    group = enriched("2024年医院发展回眸", points.format("城市医疗集团信息平台上线。集团内检查检验结果互认，远程会诊覆盖全部成员单位。"),
                     leshan)
    assert group.relevance["label"] == "alliance"  # two points of four: the group is what the review is about


def test_a_hospitals_own_outreach_tour_is_no_alliance_but_a_tour_to_a_partner_is():
    shannan = source("山南市人民医院", "西藏自治区", "山南市")
    alone = enriched("我院医疗队赴隆子县开展巡回义诊", "9月4日至6日，我院组织十二名医务人员组成医疗队，赴隆子县日当镇、加玉乡开展巡回义诊活动。"
                     "医疗队每到一地，都为农牧民群众测量血压。", shannan)
    assert alone.relevance["label"] == "other" and alone.event_types == ["其他"]
    partner = enriched("我院医疗队赴隆子县开展巡回义诊", "9月4日至6日，我院组织十二名医务人员组成医疗队，赴隆子县人民医院开展对口帮扶和巡回义诊活动。",
                       shannan)
    assert partner.relevance["label"] == "alliance"


def test_event_cues_seen_on_a_third_labelers_announcements():
    nanchong = source("南充市中心医院", "四川省", "南充市")
    sent = enriched("我院第五批帮扶专家启程赴理塘", "3月1日，我院第五批帮扶专家启程赴理塘县人民医院，开展为期半年的帮扶。", nanchong)
    assert "帮扶/下沉" in sent.event_types
    course = enriched("眼科专科联盟基层眼科医师带教班开班", "南充市眼科专科联盟基层眼科医师带教班在我院开班。", nanchong)
    assert "培训" in course.event_types
    gansu = source("甘肃省卫生健康委员会", "甘肃省", kind="health_commission")
    pilots = enriched("甘肃省启动紧密型城市医疗集团建设试点", "省卫生健康委启动紧密型城市医疗集团建设试点工作。\n"
                      "通知要求，试点城市由市级以上综合医院或中医医院牵头，与区级医院、社区卫生服务中心等组建城市医疗集团。", gansu)
    assert "成立" not in pilots.event_types and pilots.lead_organization is None
    pharmacy = enriched("临泉县中医院医共体中心药房启用", "临泉县中医院医共体中心药房正式启用，统一基层用药目录。", WUYANG)
    assert "成立" not in pharmacy.event_types


def test_counts_of_growth_from_one_total_to_the_next_and_of_a_list_closed_by_a_total():
    grown = enriched("呼吸专科联盟再添五家成员单位", "西充县人民医院、南部县人民医院正式加入联盟，联盟成员单位由32家扩至37家。", WUYANG)
    assert grown.member_count == 37
    covered = enriched("远程医疗协作网二期建成", "二期工程新增甘泉县、富县、黄龙县人民医院等8家医疗机构，协作网覆盖的医疗机构由19家增至27家。", WUYANG)
    assert covered.member_count == 27
    closed = enriched("医共体正式组建", "舞阳县人民医院牵头，联合北舞渡、莲花等2个镇卫生院，以及城关街道社区卫生服务中心，共3家基层医疗机构组建医共体。",
                      WUYANG)
    assert closed.member_count == 3


def test_the_hospital_experts_are_sent_to_is_helped_not_the_helper():
    nanchong = source("南充市中心医院", "四川省", "南充市")
    article = enriched("我院第五批帮扶专家启程赴理塘", "3月2日，我院第五批对口帮扶理塘县人民医院专家团队出发。\n"
                       "自2017年结对以来，我院已累计向理塘县人民医院派出专家四十二人次。", nanchong)
    assert article.lead_organization == "南充市中心医院" and article.members == ["理塘县人民医院"]


def test_a_helper_named_as_such_leads_and_a_meeting_that_says_things_was_held():
    zhongwei = source("中卫市人民医院", "宁夏回族自治区", "中卫市")
    helper = enriched("闽宁协作：厦门专家来我院开展手术示教", "10月19日，厦门大学附属中山医院消化内科专家来我院开展手术示教。\n"
                      "厦门大学附属中山医院作为我院的闽宁协作帮扶单位，自2018年起每年派出专家团队来中卫。", zhongwei)
    assert helper.lead_organization == "厦门大学附属中山医院"
    hengshui = source("衡水市人民医院", "河北省", "衡水市")
    report = enriched("衡水市人民医院医疗集团2023年运行情况通报", "1月10日，医疗集团通报了2023年运行情况。\n下沉专家坐诊2860人次。\n"
                      "会议指出，2024年集团将重点推进同质化管理。", hengshui)
    assert "会议/峰会" in report.event_types


def test_a_title_announcing_several_alliances_names_no_single_lead_members_or_count():
    county = source("平安县卫生健康委员会", "河南省", "漯河市", "舞阳县", kind="health_commission")
    body = ("3月1日，县人民医院医共体和县中医院医共体同日揭牌。县人民医院医共体以舞阳县人民医院为龙头，成员单位为北舞渡、莲花等8个乡镇卫生院；"
            "县中医院医共体以舞阳县中医院为龙头，成员单位为吴城、孟寨等6个乡镇卫生院。")
    several = enriched("我县三个紧密型医共体同日揭牌", body, county)
    assert several.lead_organization is None and several.members == [] and several.member_count is None
    ordinal = enriched("我县第二个紧密型医共体揭牌", "3月1日，县中医院医共体揭牌。医共体以舞阳县中医院为龙头，成员单位为吴城、孟寨等6个乡镇卫生院。",
                       county)
    assert ordinal.lead_organization == "舞阳县中医院" and ordinal.member_count == 6



def test_institutions_counted_after_the_alliances_they_belong_to_are_no_one_alliances_members():
    assert member_count("全省共组建县域医共体96个，覆盖县级医院130家、乡镇卫生院980家。")[0] is None
    assert member_count("全市3个城市医疗集团覆盖社区卫生服务中心42家。")[0] is None
    assert member_count("县人民医院医共体覆盖全县12个乡镇卫生院。")[0] == 12


def test_a_hospital_written_with_an_alliance_of_its_own_and_a_guest_are_no_members_nor_leads():
    county_hospital = source("舞阳县人民医院", "河南省", "漯河市", "舞阳县")
    article = enriched("我院医共体召开理事会", "5月6日，我院医共体理事会在我院召开，帮扶医院郑州大学第一附属医院的专家代表应邀出席。\n"
                       "会议通报了与舞阳县中医院医共体的协作安排。我院医共体成员单位：北舞渡镇卫生院；莲花镇卫生院。", county_hospital)
    assert article.lead_organization == "舞阳县人民医院"
    assert article.members == ["北舞渡镇卫生院", "莲花镇卫生院"]


def test_a_township_name_jieba_splits_keeps_its_head_at_the_start_of_a_list_item():
    names = [o.name for o in find_orgs("医共体成员单位：新哨镇卫生院；巡检司镇卫生院；竹园镇中心卫生院。", load())]
    assert "巡检司镇卫生院" in names and "司镇卫生院" not in names
    # a whole name after 、 and another of its type, whatever the dictionary makes of its word (明月: a time word)
    names = [o.name for o in find_orgs("宝梵分院、明月分院的全科医生参加培训。", load()) if not o.generic]
    assert names == ["宝梵分院", "明月分院"]
    assert not any(o.name == "明月医院" for o in find_orgs("到了明月医院", load()))
    # the first item of a list, after a clause word, named by a word jieba reads as a verb (开通)
    names = [o.name for o in find_orgs("医共体并将开通镇、鸿兴镇、瞻榆镇等16个乡镇卫生院全部纳入。", load()) if not o.generic]
    assert names == ["开通镇卫生院", "鸿兴镇卫生院", "瞻榆镇卫生院"]
    # (its first item after another institution and a clause word, itself after a list's 、)
    names = [o.name for o in find_orgs("与市中医院、市疾控中心以及通什镇、南圣镇卫生院组成医共体。", load()) if not o.generic]
    assert names == ["市中医院", "市疾控中心", "通什镇卫生院", "南圣镇卫生院"]


def test_a_team_formed_or_a_founding_told_as_history_is_no_founding_and_a_founding_meeting_no_meeting():
    county_hospital = source("舞阳县人民医院", "河南省", "漯河市", "舞阳县")
    team = enriched("我院名医工作室落户莲花镇卫生院", "6月2日，我院医共体名医工作室在莲花镇卫生院揭牌。\n"
                    "工作室组建了由心内科、全科医学科医师组成的团队，每周到卫生院坐诊。", county_hospital)
    assert "成立" not in team.event_types and "揭牌" in team.event_types
    history = enriched("县域医共体让群众看病更方便", "近年来，舞阳县以舞阳县人民医院为龙头组建县域医共体，群众在家门口就能看好病。", county_hospital)
    assert "成立" not in history.event_types
    founding = enriched("卫生健康工作简报（第9期）", "4月23日，舞阳县紧密型县域医共体组建运行大会召开，县领导出席大会并讲话，"
                        "有关部门负责同志参加会议。", county_hospital)
    assert founding.event_types == ["成立"]


def test_a_list_closed_by_its_own_count_before_the_shared_level_names_each_item():
    names = [o.name for o in find_orgs("联盟成员包括宜良、石林、嵩明三县人民医院。医共体纳入茅坝、五马、长岗三镇卫生院和大兴、小涧等四镇卫生院。",
                                       load())]
    assert {"宜良县人民医院", "嵩明县人民医院", "长岗镇卫生院", "小涧镇卫生院"} <= set(names)
    assert not [n for n in names if "三县" in n or "三镇" in n or "四镇" in n]
    # a township whose name ends in 街 takes the 镇 the list shares (广货街镇), a 乡 keeps its own level (M2)
    names = [o.name for o in find_orgs("整合城关、广货街、梅子3个镇中心卫生院和堰坪乡、红岩等镇卫生院。", load()) if not o.generic]
    assert {"城关镇中心卫生院", "广货街镇中心卫生院", "梅子镇中心卫生院", "堰坪乡卫生院", "红岩镇卫生院"} == set(names)


def test_a_routine_named_in_a_list_is_no_report_delivered():
    county_hospital = source("舞阳县人民医院", "河南省", "漯河市", "舞阳县")
    founded = enriched("我院医共体正式成立", "3月2日，舞阳县人民医院医共体正式成立。\n医共体将建立月通报、季考核的工作机制，推动基层能力提升。",
                       county_hospital)
    assert founded.event_types == ["成立"]


def test_a_whole_made_of_named_institutions_and_counted_parts_counts_them_all():
    county = source("舞阳县卫生健康委员会", "河南省", "漯河市", "舞阳县", kind="health_commission")
    named = enriched("舞阳县紧密型县域医共体成立", "医共体以舞阳县人民医院为龙头，由县人民医院、舞阳县中医院、舞阳县妇幼保健院和9家乡镇卫生院组成。",
                     county)
    assert named.member_count == 12
    parts = enriched("舞阳县人民医院医疗集团成立", "集团以舞阳县人民医院为核心，由1家三级医院、3家二级医院和5家社区卫生服务中心组成。", county)
    assert parts.member_count == 9
    joined = enriched("舞阳县人民医院医共体成立", "舞阳县人民医院与12家乡镇卫生院签订协议，一家省属医院派专家指导。", county)
    assert joined.member_count == 12
    # a total said with 共 after the names counts them among it, not beside it
    text = "联盟成员包括额尔古纳市人民医院、根河市人民医院和海拉尔区、满洲里市等地的医疗机构共21家。"
    spans = [(text.index(name), text.index(name) + len(name)) for name in ("额尔古纳市人民医院", "根河市人民医院")]
    assert member_count(text, spans)[0] == 21


def test_a_close_alliance_named_after_a_pair_across_levels_is_aid_led_by_the_senior():
    county = source("舞阳县卫生健康委员会", "河南省", "漯河市", "舞阳县", kind="health_commission")
    article = enriched("漯河市中心医院与舞阳县人民医院紧密型医联体成立",
                       "3月8日，漯河市中心医院与舞阳县人民医院紧密型医联体成立大会召开。双方将在人才、技术、管理等方面深度合作。", county)
    assert article.lead_organization == "漯河市中心医院"
    assert article.members == ["舞阳县人民医院"]
    assert article.alliance_forms == ["对口帮扶/托管"]


def test_a_township_named_with_a_class_word_is_a_member_and_a_hospital_programme_is_not():
    county = source("舞阳县卫生健康委员会", "河南省", "漯河市", "舞阳县", kind="health_commission")
    article = enriched("舞阳县中医院医共体成立", "5月4日，舞阳县中医院医共体成立。医共体由舞阳县中医院牵头，成员单位为腰站镇卫生院、龙头山镇卫生院和新拨镇卫生院。"
                       "医共体将围绕老年友善医院建设开展协作。", county)
    assert article.members == ["腰站镇卫生院", "龙头山镇卫生院", "新拨镇卫生院"]


def test_a_lecture_at_the_meeting_is_part_of_it_unless_the_headline_tells_it_apart():
    city_hospital = source("漯河市中心医院", "河南省", "漯河市")
    meeting = enriched("漯河市卒中专科联盟2024年年会召开", "6月1日，漯河市卒中专科联盟2024年年会在我院召开。\n"
                       "会议邀请省人民医院神经内科主任作了专题讲座。", city_hospital)
    assert meeting.event_types == ["会议/峰会"]
    told = enriched("漯河市卒中专科联盟2024年年会召开 我院专家应邀授课", "6月1日，漯河市卒中专科联盟2024年年会在郑州召开。\n"
                    "我院神经内科主任应邀在年会上作了专题讲座。", city_hospital)
    assert "培训" in told.event_types


def test_a_source_line_naming_the_publisher_without_its_place_is_the_publisher():
    township = source("舞阳县北舞渡镇中心卫生院", "河南省", "漯河市", "舞阳县")
    article = enriched("舞阳县人民医院医共体成立 我院成为首批成员单位", "3月10日，舞阳县人民医院医共体成立。我院与莲花镇卫生院一起，成为医共体首批成员单位。",
                       township, source="来源：北舞渡镇中心卫生院")
    assert article.members == ["舞阳县北舞渡镇中心卫生院", "莲花镇卫生院"]


def test_a_channel_activated_founds_nothing():
    township = source("舞阳县北舞渡镇中心卫生院", "河南省", "漯河市", "舞阳县")
    article = enriched("医共体总院专家来我院坐诊", "4月10日，医共体总院三位专家来到我院坐诊。\n当天专家接诊患者86人次，对2名疑似患者启动了上转绿色通道。",
                       township)
    assert "成立" not in article.event_types and "帮扶/下沉" in article.event_types


def test_a_branch_is_named_by_a_place_not_by_the_words_of_a_clause():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("医共体专家赴王官庄分院坐诊",
                       "5月6日，我院医共体专家到王官庄分院坐诊。总院专家定期来分院坐诊，下一步将在更多分院推广。"
                       "医务部将在二季度组织一次分院病历质量检查，第一季度分院门诊量增长两成。", county)
    assert article.members == ["王官庄分院"]


def test_an_alias_that_names_the_publishers_alliance_gives_the_lead_not_a_member():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县", aliases=("县人民医院", "清河县人民医院医共体"))
    article = enriched("医共体理事会召开年度第一次会议",
                       "3月2日，清河县人民医院医共体理事会第一次会议召开，各分院院长参加。会议听取了王官庄、连庄等分院的汇报。",
                       county)
    assert article.lead_organization == "清河县人民医院"
    assert "清河县人民医院" not in article.members
    # the year of the alliance's work between the publisher and its alliance (我院2023年度医联体工作会议)
    hospital = source("北京市大兴区人民医院", "北京市", "北京市", "大兴区")
    yearly = enriched("我院召开2023年度医联体工作会议", "12月28日，我院2023年度医联体工作会议召开，11家成员单位负责人参加。", hospital)
    assert yearly.lead_organization == "北京市大兴区人民医院"
    # (not the year of a course its branches' doctors take: 开鲁县总医院2022年分院骨干医师轮训班开班)


def test_a_countys_general_hospital_is_its_community_not_a_member():
    government = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("清河县总医院2024年运行综述",
                       "2024年，清河县总医院县乡一体化运行不断深化，总院本部向王官庄镇卫生院等分院下派医生186人次，"
                       "各分院检查结果实时上传、互认。", government)
    assert "清河县总医院" not in article.members
    assert article.alliance_forms == ["县域医共体"]


def test_a_general_hospital_told_with_its_branches_is_alliance_news_but_a_named_hospitals_branch_is_no_county_group():
    ninghua = source("宁化县总医院", "福建省", "三明市", "宁化县")
    review = enriched("总医院组建三年：分院门诊量翻番", "三年来，我院向各分院下派医师120人次，分院门诊量较三年前翻了一番。\n"
                      "不少群众说，在镇上就能看上专家号。", ninghua)
    assert review.relevance["label"] == "alliance"
    hotan = source("和田地区人民医院", "新疆维吾尔自治区", "和田地区")
    branch = enriched("天津医科大学总医院和田分院揭牌", "6月27日，天津医科大学总医院和田分院在我院揭牌，天津医科大学总医院将派驻管理团队。", hotan)
    assert branch.alliance_forms == ["对口帮扶/托管"]


def test_the_groups_head_on_a_hospitals_own_site_is_the_hospital_but_not_on_a_townships():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("总院召开一季度分院院长工作例会",
                       "4月13日，总院召开第一季度分院院长工作例会，总院领导班子成员和各分院院长参加。"
                       "会上，王官庄、连庄等分院作了典型发言。", county)
    assert article.lead_organization == "清河县人民医院"
    assert article.relevance["label"] == "alliance"
    township = source("清河县王官庄镇卫生院", "河北省", "邢台市", "清河县")
    article = enriched("医共体总院专家来我院坐诊", "4月10日，医共体总院的三位专家来到我院坐诊。作为县域医共体成员单位，"
                       "我院每周三迎来总院专家坐诊。", township)
    assert article.lead_organization is None


def test_event_cues_of_reviews_meetings_and_experts_already_sent():
    commission = source("邢台市卫生健康委员会", "河北省", "邢台市", kind="health_commission")
    review = enriched("2024年全市胸痛救治与胸痛专科联盟工作通报",
                      "全市胸痛专科联盟成员单位增至31家，全年救治急性心梗患者1200余例。", commission)
    assert review.event_types == ["年度总结"]
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    meeting = enriched("总院召开一季度分院院长工作例会", "4月13日，总院召开第一季度分院院长工作例会，各分院院长参加。", county)
    assert meeting.event_types == ["会议/峰会"]
    clinic = enriched("帮扶专家在王官庄镇开展义诊",
                      "9月16日，邢台市人民医院派驻我院的帮扶专家，联合我院医务人员到王官庄镇开展义诊活动，共义诊群众560余人次。",
                      county)
    assert clinic.event_types == ["义诊/巡诊"]


def test_experts_at_work_the_day_an_aid_agreement_is_signed_are_sent_down():
    city = source("邢台市人民医院", "河北省", "邢台市")
    article = enriched("我院与清河县人民医院签订对口帮扶协议",
                       "10月15日，我院与清河县人民医院对口帮扶协议签订仪式在清河县人民医院举行。\n"
                       "签约当天，我院首批5名专家即开始在清河县人民医院坐诊、查房。", city)
    assert set(article.event_types) == {"签约", "帮扶/下沉"}


def test_a_helper_is_the_subject_of_the_clause_that_sends_its_experts():
    city = source("邢台市人民医院", "河北省", "邢台市")
    carried = enriched("对口帮扶清河七年 我院助力县级医院能力提升",
                       "七年来，我院坚持“输血”与“造血”并重，累计向清河县人民医院派驻专家78人次，帮助其开展新技术36项。",
                       city)
    assert carried.lead_organization == "邢台市人民医院"
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    already = enriched("从“输血”到“造血”：帮扶七年的变化",
                       "2017年以来，邢台市人民医院已连续派出8批48名专家常驻我院。七年间，在对口帮扶下，我院先后建成胸痛中心、卒中中心。",
                       county)
    assert already.lead_organization == "邢台市人民医院"


def test_experts_guiding_on_site_are_sent_down():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("邢台市卒中专科联盟清河分中心在我院揭牌",
                       "3月24日，邢台市卒中专科联盟清河分中心揭牌仪式在我院举行。联盟牵头单位邢台市人民医院副院长一行到场。\n"
                       "揭牌仪式后，邢台市人民医院专家对我院卒中中心进行了现场指导。", county)
    assert set(article.event_types) == {"揭牌", "帮扶/下沉"}


def test_a_habit_counted_as_done_is_an_event_a_plan_or_a_bare_habit_is_not():
    home = source("岐山县人民医院", "陕西省", "宝鸡市", "岐山县")
    title, lead = "我院援藏医生在日土县的一百天", "5月起，我院两名医生赴日土县人民医院开展为期一百天的组团式帮扶。\n"
    done = enriched(title, lead + "两人还利用每周四下午，为全院医护人员举办业务讲座8次。", home)
    assert "培训" in done.event_types
    habit = enriched(title, lead + "两人还利用每周四下午，为全院医护人员举办业务讲座。", home)
    assert "培训" not in habit.event_types
    plan = enriched(title, lead + "两人将每周四下午为全院医护人员举办业务讲座8次。", home)
    assert "培训" not in plan.event_types


def test_a_drill_held_is_no_plan_though_its_word_holds_the_plan_marker():
    home = source("铜陵市人民医院", "安徽省", "铜陵市")
    title, lead = "皖南创伤联盟年会在铜召开", "10月16日，皖南区域创伤救治专科联盟学术年会在铜陵召开，我院承办。\n"
    drill = enriched(title, lead + "年会期间还举办了严重创伤模拟救治培训，6支成员单位代表队参加了技能比武。", home)
    assert "培训" in drill.event_types
    plan = enriched(title, lead + "联盟还拟举办严重创伤救治培训，6支成员单位代表队将参加技能比武。", home)
    assert "培训" not in plan.event_types


def test_a_higher_hospital_helping_one_lower_hospital_is_paired_aid_unless_another_structure_is_named():
    city = source("邢台市人民医院", "河北省", "邢台市")
    body = ("七年来，我院坚持“输血”与“造血”并重，累计向清河县人民医院派驻专家78人次，帮助其开展新技术36项。"
            "清河县人民医院（清河县总医院本部）已通过三级医院评审。")
    pair = enriched("帮扶清河七年 我院助力县级医院能力提升", body, city)
    assert pair.alliance_forms == ["对口帮扶/托管"]
    alliance = enriched("帮扶清河七年 我院助力县级医院能力提升", body + "双方同属邢台市胸痛专科联盟。", city)
    assert "对口帮扶/托管" not in alliance.alliance_forms


def test_the_one_district_that_holds_a_city_groups_members_is_its_county():
    city = source("邢台市人民医院", "河北省", "邢台市")
    title = "邢台市人民医院城市医疗集团成立"
    lead = "6月3日，邢台市人民医院城市医疗集团成立大会在我院举行。集团以我院为核心医院，首批成员单位为"
    one = enriched(title, lead + "信都区中华大街街道、钢铁路街道社区卫生服务中心。\n集团将统一转诊平台。", city)
    assert (one.region.city, one.region.county) == ("邢台市", "信都区")
    covered = enriched(title, lead + "4家社区卫生服务中心。\n集团内检查结果互认，服务覆盖信都区城乡居民。", city)
    assert covered.region.county == "信都区"
    two = enriched(title, lead + "信都区中华大街街道社区卫生服务中心、襄都区豫让桥街道社区卫生服务中心。", city)
    assert (two.region.city, two.region.county) == ("邢台市", None)



def test_a_county_hospital_by_its_bare_level_in_a_districts_news_is_no_member():
    city = source("邢台市人民医院", "河北省", "邢台市")
    article = enriched("邢台市人民医院城市医疗集团成立", "6月3日，邢台市人民医院城市医疗集团成立大会在我院举行。集团以我院为核心医院，首批成员单位为"
                       "信都区中华大街街道、钢铁路街道社区卫生服务中心。\n一位老医生回忆：“那时候我们县医院只有两台监护仪。”", city)
    assert article.region.county == "信都区"
    assert "县医院" not in article.members and "信都区钢铁路街道社区卫生服务中心" in article.members


def test_the_publishers_own_county_named_up_front_is_the_events():
    portal = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    title, body = "县机关羽毛球联盟赛开幕", "5月10日，清河县2024年机关羽毛球联盟赛在县全民健身中心开幕，16支代表队参赛。"
    assert enriched(title, body, portal).region.county == "清河县"


def test_event_cues_of_rotations_board_meetings_plaque_days_teams_sent_and_coverage_reached():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    rotation = enriched("清河县总医院开展分院骨干医师轮训", "5月8日，清河县总医院分院骨干医师轮训班开班，首期20名学员在县人民医院轮转。", county)
    assert rotation.event_types == ["培训"]
    board = enriched("清河县医共体召开年度理事会", "12月20日，清河县医共体2024年度理事会召开。理事会审议通过了绩效考核方案。", county)
    assert "会议/峰会" in board.event_types
    plaque = enriched("清河县人民医院医共体揭牌运行",
                      "12月2日，清河县人民医院医共体揭牌运行。\n揭牌当天，县人民医院专家分赴油坊、连庄两镇开展巡诊。", county)
    assert "义诊/巡诊" in plaque.event_types
    city = source("邢台市人民医院", "河北省", "邢台市")
    team = enriched("我院选派第二批管理团队赴清河", "5月27日，我院第二批托管清河县人民医院管理团队一行6人赴清河履职。", city)
    assert "帮扶/下沉" in team.event_types
    joined = enriched("清河县医共体新增成员单位 实现乡镇全覆盖",
                      "近日，油坊镇卫生院、连庄镇卫生院与清河县人民医院签订协议，正式加入医共体。", county)
    assert joined.event_types == ["签约"]


def test_sent_experts_operating_or_demonstrating_on_site_are_sent_down_but_not_over_a_network():
    city = source("邢台市人民医院", "河北省", "邢台市")
    signed = "5月30日，我院与清河县人民医院结对帮扶签约仪式在清河举行，双方签订了帮扶协议。\n"
    on_site = enriched("我院与清河县人民医院结对帮扶", signed + "签约后，我院骨科专家在清河县人民医院完成了一台全髋关节置换手术。", city)
    assert "帮扶/下沉" in on_site.event_types
    remote = enriched("我院与清河县人民医院结对帮扶", signed + "签约后，我院专家通过视频为一名清河县患者进行了会诊。", city)
    assert "帮扶/下沉" not in remote.event_types
    county = source("清河县中医院", "河北省", "邢台市", "清河县")
    shown = enriched("我院医共体专家赴油坊分院开展义诊", "10月19日，我院医共体专家8人到油坊分院开展义诊。\n"
                     "义诊期间，专家还为分院医生示范了火针操作。", county)
    assert set(shown.event_types) == {"义诊/巡诊", "帮扶/下沉"}


def test_experts_seeing_patients_at_the_partner_on_the_day_are_sent_down_a_plan_to_is_not():
    city = source("沈阳市第一人民医院", "辽宁省", "沈阳市")
    title = "我院与新民市人民医院签订对口支援协议"
    lead = "5月21日，我院与新民市人民医院对口支援协议签约仪式在新民市举行，双方院长代表签约。\n"
    day = enriched(title, lead + "签约当天，我院首批6名专家即在新民市人民医院门诊出诊。", city)
    assert "帮扶/下沉" in day.event_types
    plan = enriched(title, lead + "今后，我院将每周安排专家到新民市人民医院门诊出诊。", city)
    assert "帮扶/下沉" not in plan.event_types


def test_experts_said_to_be_sent_are_sent_down_unless_counted_over_the_year():
    county = source("宁城县中心医院", "内蒙古自治区", "赤峰市", "宁城县")
    title = "我院医共体向大城子镇卫生院下派医生"
    sent = enriched(title, "3月2日，我院医共体向大城子镇卫生院下派内科、儿科医生3名，开展为期半年的驻院工作。", county)
    assert "帮扶/下沉" in sent.event_types
    tallied = enriched("我院医共体召开年度理事会", "12月20日，我院医共体理事会召开，总结全年工作：我院向乡镇卫生院下派专家1860人次，"
                       "乡镇上转患者2730人次。", county)
    assert "会议/峰会" in tallied.event_types and "帮扶/下沉" not in tallied.event_types


def test_a_municipalitys_own_hospital_is_the_senior_of_an_aid_pair_with_a_county_hospital():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("我院与北京朝阳医院签订对口帮扶协议",
                       "6月2日，我院与北京朝阳医院签订对口帮扶协议。根据协议，北京朝阳医院将派驻专家常驻我院。", county)
    assert article.lead_organization == "北京朝阳医院"
    assert article.members == ["清河县人民医院"]


def test_a_conjunction_after_one_character_opening_a_list_item_is_part_of_the_name():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("清河县总医院挂牌成立", "1月8日，清河县总医院挂牌成立。\n挂牌仪式上，总医院为油坊镇、连庄镇、"
                       "福和兴隆镇卫生院等3家分院授牌。", county)
    assert {"油坊镇卫生院", "连庄镇卫生院", "福和兴隆镇卫生院"} <= set(article.members)
    # but 和 after a name's type joins two names, whatever single characters jieba cuts around it
    joined = enriched("舞阳县医共体成立", "3月2日，舞阳县医共体成立。县人民医院牵头，县中医院、县妇幼保健院和北舞渡镇卫生院"
                      "为成员单位。", WUYANG)
    assert joined.members == ["舞阳县中医院", "舞阳县妇幼保健院", "北舞渡镇卫生院"]
    unlisted = enriched("舞阳县医共体成立", "3月2日，舞阳县医共体成立。县人民医院牵头，县卫生监督所和北舞渡镇卫生院"
                        "为成员单位。", WUYANG)
    assert unlisted.members == ["北舞渡镇卫生院"]  # not 舞阳县卫生监督所和北舞渡镇卫生院, a name no one has
    # nor is 与 after an alliance's name glued (jieba cuts 医共体 into single characters as it does 季宅)
    signed = enriched("舞阳县人民医院医共体新增成员单位", "9月3日，舞阳县人民医院医共体与姜店乡卫生院、侯集镇卫生院签订协议，"
                      "两家卫生院成为医共体成员单位。", WUYANG)
    assert signed.members == ["姜店乡卫生院", "侯集镇卫生院"]
    # and 和 right before the type is inside the name: a bare type names no institution of its own
    names = [o.name for o in find_orgs("今年龙门县中医院、东阳市康和医院等9家单位新加入联盟。", load()) if not o.generic]
    assert names == ["龙门县中医院", "东阳市康和医院"]
    assert not [o for o in find_orgs("我们还与卫生院签订了协议，还和医院对接。", load()) if not o.generic]  # after a place only


def test_whom_a_course_is_for_is_no_part_of_a_name():
    commission = source("邢台市卫生健康委员会", "河北省", "邢台市", kind="health_commission")
    article = enriched("清河县总医院开展分院骨干医师轮训", "5月18日，清河县总医院2024年分院骨干医师轮训班开班。轮训面向总医院下属各乡镇"
                       "分院，首期30名学员将在县人民医院内科、急诊科轮转3个月。\n轮训由总医院本部负责组织。", commission)
    names = [article.lead_organization or "", *article.members]
    assert not any("面向" in name for name in names)


def test_going_to_a_hospital_said_in_a_quote_names_no_member():
    article = enriched("舞阳县医共体成立", "3月2日，舞阳县医共体成立，县人民医院牵头，北舞渡镇卫生院、莲花镇卫生院为成员单位。\n"
                       "“以前看专科要跑大医院，现在名医进分院，专家带着卫生院医生查房，大家不再只盯着县医院。”一位村民说。", WUYANG)
    assert article.members == ["北舞渡镇卫生院", "莲花镇卫生院"]


def test_a_name_with_its_other_name_in_brackets_still_sends_its_aid_team():
    helped = source("和田地区人民医院", "新疆维吾尔自治区", "和田地区")
    article = enriched("第五批援疆医疗队抵达我院", "7月20日，苏州大学附属第一医院（江苏省第一医院）第五批“组团式”援疆医疗队10名队员"
                       "抵达和田，开始为期一年的援疆工作。队员将分别担任我院相关科室主任。", helped)
    assert article.lead_organization == "苏州大学附属第一医院"


def test_an_earlier_agreement_and_lectures_given_over_months_are_no_events_of_this_one():
    commission = source("邢台市卫生健康委员会", "河北省", "邢台市", kind="health_commission")
    renamed = enriched("清河县医疗集团更名为清河县总医院", "7月15日，清河县总医院揭牌仪式举行。清河县医疗集团正式更名为清河县总医院。\n"
                       "据悉，更名后原集团与各乡镇卫生院签订的协议继续有效。", commission)
    assert renamed.event_types == ["揭牌"]
    branch = enriched("清河县人民医院分院揭牌", "7月15日，邢台市人民医院清河分院揭牌仪式在清河县人民医院举行。"
                      "根据邢台市人民医院与清河县人民医院签订的合作协议，邢台市人民医院将选派院长全面托管。", commission)
    assert branch.event_types == ["揭牌"]
    history = enriched("清河县人民医院分院揭牌", "7月15日，邢台市人民医院清河分院揭牌仪式在清河县人民医院举行。"
                       "五年前，两院签订了对口帮扶协议。至此，邢台市人民医院向清河县人民医院下派的专家达到42名。", commission)
    assert history.event_types == ["揭牌"]
    signed = enriched("清河县人民医院分院揭牌", "7月15日，邢台市人民医院清河分院揭牌仪式在清河县人民医院举行。"
                      "仪式上邢台市人民医院与清河县人民医院签订的合作协议明确，邢台市人民医院将选派院长全面托管。", commission)
    assert set(signed.event_types) == {"揭牌", "签约"}
    city = source("邢台市人民医院", "河北省", "邢台市")
    team = enriched("我院援清河医疗队开展腹腔镜手术带教", "8月下旬，我院援清河医疗队专家在清河县人民医院完成3台腹腔镜手术，手把手带教当地医生。\n"
                    "队员们到岗两个月来，已在当地开展教学查房40余次、业务讲座12场。", city)
    assert team.event_types == ["帮扶/下沉"]

    title = "十堰市太和医院郧西分院揭牌"
    lead = "3月27日，十堰市太和医院郧西分院在郧西县人民医院揭牌。"
    standing = enriched(title, lead + "太和医院托管郧西县人民医院两个多月，已选派12名专家常驻，开设心血管内科门诊。", city)
    assert standing.event_types == ["揭牌"]
    arrived = enriched(title, lead + "太和医院托管郧西县人民医院两个多月，选派12名专家常驻，开设心血管内科门诊。", city)
    assert "帮扶/下沉" in arrived.event_types


def test_an_alliance_founded_years_ago_is_not_founded_again():
    commission = source("邢台市卫生健康委员会", "河北省", "邢台市", kind="health_commission")
    article = enriched("邢台市护理专科联盟举办第五届护理学术年会", "5月11日，邢台市护理专科联盟第五届护理学术年会召开，成员单位护理骨干"
                       "300余人参会。据介绍，联盟成立近五年，成员单位已达40家。", commission)
    assert "成立" not in article.event_types
    assert "会议/峰会" in article.event_types


def test_newcomers_counted_in_the_title_and_again_at_their_signing_are_no_total():
    commission = source("清河县卫生健康局", "河北省", "邢台市", "清河县", kind="health_commission")
    title = "清河县人民医院医共体新增3家成员单位"
    signing = ("3月14日，清河县人民医院医共体新成员单位签约仪式举行。油坊镇中心卫生院、连庄镇中心卫生院、王官庄镇中心卫生院3家单位与"
               "县人民医院签订了医共体入网协议，正式成为医共体成员单位。\n")
    later = "根据协议，县人民医院将向3家新成员单位各派驻1名副院长。"
    assert enriched(title, signing + later, commission).member_count is None
    grown = enriched(title, signing + "至此，医共体成员单位增至15家。" + later, commission)
    assert grown.member_count == 15


def test_a_first_batch_with_only_a_future_total_is_no_count():
    assert member_count("首批开通的有油坊镇、连庄镇、坝营镇3家分院，年底前将覆盖全部9家分院。")[0] is None  # (C3)
    assert member_count("孤山、季市等5个镇卫生院为第一批成员单位，今年年底前将覆盖全县26个乡镇卫生院。")[0] is None
    assert member_count("联盟首批成员单位共15家。")[0] == 15
    # (nor is a count still to come, said alone; 将 as 把 before the number is no future)
    assert member_count("医共体将在年底前覆盖全县15家乡镇卫生院。")[0] is None
    assert member_count("医共体计划吸纳20家成员单位。")[0] is None
    assert member_count("医共体将全县15家乡镇卫生院纳入统一管理，共15家成员单位。")[0] == 15


def test_what_a_countys_general_hospital_covers_are_its_members():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("清河县人民医院医共体更名为清河县总医院", "6月13日，清河县总医院揭牌仪式举行。\n清河县总医院以清河县人民医院为主体组建，"
                       "覆盖全县16个乡镇卫生院和清河县妇幼保健院。", county)
    assert article.member_count == 17


def test_a_hospital_whose_department_is_the_core_leads():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("清河县胸痛专科联盟成立", "5月9日，清河县胸痛专科联盟成立大会在我院学术报告厅举行。联盟以我院胸痛中心为核心，"
                       "吸纳全县12家基层医疗机构为成员单位。", county)
    assert article.lead_organization == "清河县人民医院"


def test_township_names_holding_a_conjunction_and_members_in_brackets_who_attend():
    city = source("邢台市卫生健康委员会", "河北省", "邢台市", kind="health_commission")
    title = "邢台市人民医院医疗集团组建"
    listed = enriched(title, "8月20日，邢台市人民医院医疗集团组建大会召开。成员单位包括襄都区西大街街道社区卫生服务中心、"
                      "信都区中兴街道社区卫生服务中心及唱和乡卫生院。", city)
    assert "唱和乡卫生院" in listed.members
    attending = enriched(title, "8月20日，邢台市人民医院医疗集团组建大会召开。集团首批成员单位（襄都区西大街街道社区卫生服务中心、"
                         "信都区同兴镇卫生院）负责人参加会议。", city)
    assert {"襄都区西大街街道社区卫生服务中心", "信都区同兴镇卫生院"} <= set(attending.members)


def test_experts_setting_out_are_sent_down_and_these_five_years_look_back():
    city = source("邢台市人民医院", "河北省", "邢台市")
    off = enriched("我院第三批帮扶清河专家出发", "3月1日，我院第三批帮扶清河县人民医院的6名专家出发，将在清河工作半年。", city)
    assert "帮扶/下沉" in off.event_types
    years = enriched("专科联盟建设这五年", "2019年，我院牵头成立邢台市胸痛专科联盟。五年间，联盟成员单位由12家增至40家。", city)
    assert years.event_types == ["年度总结"]


def test_resources_sinking_as_a_policy_aim_send_no_experts():
    commission = source("邢台市卫生健康委员会", "河北省", "邢台市", kind="health_commission")
    article = enriched("邢台市儿科专科联盟成立", "建设专科联盟是推动优质医疗资源扩容下沉的重要举措。\n12月6日，邢台市儿科专科联盟成立大会召开，"
                       "共有19家医疗机构加入。", commission)
    assert "帮扶/下沉" not in article.event_types


def test_an_alliance_that_is_no_mere_name_unveils_no_plaque():
    commission = source("邢台市卫生健康委员会", "河北省", "邢台市", kind="health_commission")
    article = enriched("邢台市呼吸专科联盟成立", "5月8日，邢台市呼吸专科联盟成立大会召开。联盟负责人表示，专科联盟不是简单的“挂牌子”，"
                       "关键在于技术真正下沉。", commission)
    assert "揭牌" not in article.event_types
    unveiled = enriched("邢台市呼吸专科联盟成立", "5月8日，邢台市呼吸专科联盟成立大会召开，并为成员单位挂牌。", commission)
    assert "揭牌" in unveiled.event_types


def test_a_part_counted_after_its_whole_is_no_total():
    hospital = source("邢台市人民医院", "河北省", "邢台市")
    article = enriched("我院远程医疗协作网启动", "3月1日，我院远程医疗协作网启动。首批接入全市15家医疗机构，其中包括清河县人民医院、"
                       "威县人民医院等5家县级医院，其余为乡镇卫生院。", hospital)
    assert article.member_count == 15


def test_background_before_a_dated_paragraph_is_no_lead():
    city = source("邢台市信都区人民政府", "河北省", "邢台市", "信都区", kind="government")
    article = enriched("城市医疗集团专家为社区医生“充电”", "按照国家关于开展紧密型城市医疗集团建设试点的部署，城市医疗集团以网格化布局为基础，"
                       "统筹城市医疗资源。\n5月16日起，邢台市人民医院城市医疗集团社区医生能力提升培训班在中兴街道社区卫生服务中心开班。"
                       "来自我区8个社区卫生服务中心的62名医生参加。", city)
    assert "培训" in article.event_types


def test_a_volume_of_consultations_in_the_title_sends_no_experts():
    hospital = source("邢台市人民医院", "河北省", "邢台市")
    article = enriched("远程医疗协作网2023年运行报告：会诊量突破万例", "2023年，我院远程医疗协作网运行平稳，"
                       "全年完成远程会诊10236例，成员单位达到42家。", hospital)
    assert "帮扶/下沉" not in article.event_types


def test_branch_staff_taught_name_no_branch():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("总院护理团队走进分院开展护理质控培训", "3月6日，清河县总医院组织护理骨干12人，深入油坊、连庄等分院，"
                       "开展为期一周的护理质控指导，共授课15场，培训分院护理人员160余人次。", county)
    assert "培训分院" not in article.members


def test_members_honoured_are_no_count_of_all():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("市胸痛专科联盟2021年会在我县召开", "11月20日，邢台市胸痛专科联盟2021年会在我县召开。"
                       "会议还为成员单位清河县人民医院等6家单位颁发了“胸痛救治单元”铜牌。", county)
    assert article.member_count is None
    assert member_count("年会还表彰了清河县人民医院等5家先进成员单位。")[0] is None


def test_how_an_existing_group_is_made_founds_nothing():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("清河县总医院组织专家下乡巡诊", "4月9日，清河县总医院组织专家12人，到油坊、连庄两个分院开展巡回诊疗。"
                       "清河县总医院以清河县人民医院为龙头组建，各乡镇卫生院均为其分院。", county)
    assert "成立" not in article.event_types


def test_a_citys_directly_run_hospitals_are_a_class_no_member():
    commission = source("邢台市卫生健康委员会", "河北省", "邢台市", kind="health_commission")
    article = enriched("邢台市卒中专科联盟成立", "5月8日，邢台市卒中专科联盟成立，邢台市人民医院为理事长单位，市直医院和清河县人民医院、"
                       "威县人民医院为成员单位。", commission)
    assert "市直医院" not in article.members and "清河县人民医院" in article.members
    names = [o.name for o in find_orgs("县级医院护理人员的专科能力与省城医院差距明显。", load()) if not o.generic]
    assert names == []  # the provincial capital's hospitals, a class


def test_courses_summed_up_in_the_lead_are_no_course_of_this_meeting():
    commission = source("邢台市卫生健康委员会", "河北省", "邢台市", kind="health_commission")
    article = enriched("邢台市护理专科联盟举办第五届护理学术年会", "5月11日，邢台市护理专科联盟第五届护理学术年会召开。联盟成立近五年，"
                       "成员单位已达52家，累计举办护理专科培训班44期。", commission)
    assert "培训" not in article.event_types


def test_a_lesson_given_to_the_members_doctors_is_a_course():
    hospital = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("清河县胸痛救治联盟成立 11家镇卫生院加入", "5月8日，清河县胸痛救治联盟成立，全县11家镇卫生院加入。\n"
                       "会上，我院胸痛中心医务人员为各镇卫生院的医生讲解了胸痛患者的初步识别和转运流程。", hospital)
    assert "培训" in article.event_types


def test_the_side_helped_is_a_member_though_it_leads_its_countys_group():
    hospital = source("邢台市人民医院", "河北省", "邢台市")
    article = enriched("我院与清河县人民医院签订紧密型帮扶协议", "3月25日，我院与清河县人民医院紧密型帮扶协议签约仪式在清河举行。"
                       "根据协议，我院将对清河县人民医院给予全面帮扶，每年选派不少于10名专家常驻清河县人民医院。\n"
                       "清河县人民医院是清河县人民医院医共体的牵头医院。该院院长表示，市级医院的帮扶将通过医共体向乡镇延伸。\n"
                       "签约后，我院首批派驻的儿科专家当天在清河县人民医院开展了门诊坐诊。", hospital)
    assert article.lead_organization == "邢台市人民医院"
    assert "对口帮扶/托管" in article.alliance_forms
    assert "清河县人民医院" in article.members


def test_two_character_counties_sharing_a_county_hospitals_suffix_keep_one_level():
    hospital = source("邯郸市第一医院", "河北省", "邯郸市")
    article = enriched("邯郸市卒中专科联盟成立", "4月17日，由我院牵头组建的邯郸市卒中专科联盟成立大会举行。"
                       "首批成员单位包括磁县、成安县、魏县3家县人民医院和涉县医院。", hospital)
    assert {"磁县人民医院", "成安县人民医院", "魏县人民医院"} <= set(article.members)


def test_a_lead_role_in_brackets_after_a_listed_name_leads():
    commission = source("邯郸市卫生健康委员会", "河北省", "邯郸市", kind="health_commission")
    article = enriched("邯郸市儿科专科联盟成立", "5月1日，邯郸市儿科专科联盟成立。联盟由邯郸市中心医院（牵头单位）、磁县人民医院、"
                       "成安县人民医院、魏县人民医院组成。", commission)
    assert article.lead_organization == "邯郸市中心医院"
    assert "邯郸市中心医院" not in article.members and "磁县人民医院" in article.members
    # the name in brackets after the role noun (集团总院（屯昌县人民医院）)
    group = enriched("屯昌：医疗集团建设成效明显", "屯昌县医疗集团组建三年来，集团总院（屯昌县人民医院）向各镇卫生院累计下派医生140人次。",
                     source("海南省卫生健康委员会", "海南省", kind="health_commission"))
    assert group.lead_organization == "屯昌县人民医院"


def test_a_villagers_quoted_words_send_no_experts():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    said = "4月9日，清河县总医院组织专家12人，到油坊、连庄两个分院开展巡回诊疗。\n巡诊现场，一位老人说：“总医院的专家在分院坐诊了，我们不用跑县城就能看病。”"
    assert "帮扶/下沉" not in enriched("清河县总医院组织专家下乡巡诊", said, county).event_types
    told = "4月9日，清河县总医院组织专家12人，到油坊、连庄两个分院开展巡回诊疗。\n巡诊现场，总医院的专家在分院坐诊了，村民不用跑县城就能看病。"
    assert "帮扶/下沉" in enriched("清河县总医院组织专家下乡巡诊", told, county).event_types


def test_counties_the_townships_lie_in_name_no_township_hospital():
    commission = source("邢台市卫生健康委员会", "河北省", "邢台市", kind="health_commission")
    article = enriched("邢台市远程医疗协作网新增18个基层站点", "近日，邢台市人民医院远程医疗协作网完成第三期扩容，新增清河县、威县所辖"
                       "18个乡镇卫生院远程站点，接入单位由28家增至46家。", commission)
    assert not any(name.endswith("县卫生院") for name in article.members)
    listed = enriched("清河县医共体新增成员单位", "近日，清河县人民医院医共体新增油坊、连庄2个镇卫生院为成员单位。", commission)
    assert {"油坊镇卫生院", "连庄镇卫生院"} <= set(listed.members)
    branches = enriched("建宁县总医院成立", "建宁县总医院整合县中医院组建，下设濉溪、里心、溪口等9个乡镇分院。", commission)
    assert {"濉溪分院", "里心分院", "溪口分院"} <= set(branches.members)
    districts = enriched("总医院成立", "邢台市人民医院医共体整合清河县、威县所辖18个乡镇分院。", commission)
    assert not any(name.endswith("县分院") for name in districts.members)


def test_where_a_course_opens_says_nothing_of_membership():
    district = source("邢台市信都区人民政府", "河北省", "邢台市", "信都区", kind="government")
    article = enriched("城市医疗集团专家为社区医生“充电”", "5月16日起，邢台市人民医院城市医疗集团社区医生能力提升培训班在中兴街道社区卫生服务中心"
                       "开班。来自我区8个社区卫生服务中心的62名医生参加。", district)
    assert "中兴街道社区卫生服务中心" not in article.members


def test_a_bracket_after_a_counted_kind_names_its_items():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("清河县人民医院医共体揭牌", "医共体以清河县人民医院为龙头，5个镇卫生院（油坊、连庄、王官庄、葛仙庄、坝营）和县中医院"
                       "加入，共6家成员单位。", county)
    assert {"油坊镇卫生院", "连庄镇卫生院", "王官庄镇卫生院", "葛仙庄镇卫生院", "坝营镇卫生院", "清河县中医院"} == set(article.members)
    assert article.member_count == 6
    aside = enriched("清河县人民医院医共体揭牌", "医共体以清河县人民医院为龙头，全县8个乡镇卫生院（含2个中心卫生院）加入。", county)
    assert not any(name.startswith("含") for name in aside.members)


def test_townships_counted_as_member_units_name_their_health_centres():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("我院医共体召开运行分析会", "7月12日，我院医共体运行分析会召开。院领导班子成员，以及油坊镇、连庄镇、王官庄镇、"
                       "葛仙庄镇四家成员单位的院长参加会议。", county)
    assert {"油坊镇卫生院", "连庄镇卫生院", "王官庄镇卫生院", "葛仙庄镇卫生院"} == set(article.members)
    growth = enriched("我院医共体简介", "目前，我院医共体有油坊镇、谢炉镇、坝营乡等十一家成员单位，覆盖人口约30万。", county)
    assert {"油坊镇卫生院", "谢炉镇卫生院", "坝营乡卫生院"} == set(growth.members)
    districts = enriched("城市医疗集团简介", "目前，集团覆盖襄都区、信都区等8家成员单位。", county)
    assert not any(name.endswith(("区卫生院", "镇卫生院")) for name in districts.members)


def test_districts_before_a_count_of_community_centres_are_where_they_lie():
    hospital = source("邢台市人民医院", "河北省", "邢台市")
    for written in ("襄都区、信都区的8家社区卫生服务中心", "襄都区、信都区8家社区卫生服务中心"):
        article = enriched("邢台市人民医院城市医疗集团成立", f"5月10日，以我院为核心的邢台市人民医院城市医疗集团成立，{written}加入集团。",
                           hospital)
        assert not any(name.startswith(("襄都区", "信都区")) for name in article.members), written


def test_counted_parts_after_a_comma_or_around_a_bracket_add_up():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    comma = enriched("清河县人民医院医共体揭牌", "医共体以清河县人民医院为龙头，成员单位包括油坊、连庄、王官庄等3个镇卫生院，以及城东、城西"
                     "2家社区卫生服务中心。", county)
    assert comma.member_count == 5
    bracket = enriched("清河县人民医院医共体揭牌", "医共体以清河县人民医院为龙头，成员包括3个镇卫生院（油坊、连庄、坝营）、2家社区卫生服务中心"
                       "（城东、城西）。", county)
    assert bracket.member_count == 5


def test_a_total_its_parts_add_up_to_is_the_count():
    hospital = source("邢台市人民医院", "河北省", "邢台市")
    article = enriched("邢台市卒中专科联盟成立", "6月5日，由我院牵头的邢台市卒中专科联盟成立。联盟成员单位由县级医院12家和基层医疗机构20家"
                       "组成，共32家。", hospital)
    assert article.member_count == 32
    assert "12 + 20" in article.enrich_evidence["member_count"][0]


def test_a_whole_told_part_by_part_outweighs_one_part_counted_before_it():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("清河县总医院挂牌成立", "9月7日，清河县总医院挂牌成立。总医院以清河县人民医院为龙头，整合县中医院和全县13个乡镇卫生院，"
                       "由县人民医院、县中医院和13个乡镇卫生院组成。", county)
    assert article.member_count == 15


def test_growth_told_with_扩至_or_a_time_word_before_the_total_gives_the_total():
    assert member_count("协作网成立之初有成员单位28家，经过三年发展，目前已扩至65家。")[0] == 65
    assert member_count("联盟成立三年来，成员单位从最初的18家增加到目前的42家，覆盖全省14个市。")[0] == 42


def test_officers_elected_among_the_members_are_no_count_of_them():
    said = ("邢台市人民医院当选联盟主任委员单位，邢台市第三医院等5家医院当选副主任委员单位，清河县人民医院、威县人民医院等"
            "23家医疗机构成为首批成员单位。")
    assert member_count(said)[0] == 23


def test_a_hospital_that_helps_the_speaker_is_no_member_of_the_speakers_group():
    hospital = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("清河县人民医院医共体召开年度工作会", "1月10日，我院牵头的清河县人民医院医共体2023年度工作会议召开。医共体成员单位油坊镇卫生院、"
                       "连庄镇卫生院负责人参会。\n会议还通报了邢台市人民医院对口帮扶我院的情况，该院今年派驻专家12名。", hospital)
    assert "邢台市人民医院" not in article.members
    assert {"油坊镇卫生院", "连庄镇卫生院"} <= set(article.members)


def test_a_list_closed_by_共_and_its_count_shares_the_kind_after_it():
    names = [o.name for o in find_orgs("吸纳油坊镇、连庄镇、坝营镇共3家卫生院。", load()) if not o.generic]
    assert names == ["油坊镇卫生院", "连庄镇卫生院", "坝营镇卫生院"]


def test_the_speaker_said_to_be_a_member_is_one_though_no_lead_is_named():
    township = source("清河县油坊镇卫生院", "河北省", "邢台市", "清河县")
    before = enriched("医共体总院专家来我院坐诊", "4月10日，医共体总院的三位专家来到我院坐诊。\n作为清河县县域医共体成员单位，我院自去年起每周三"
                      "迎来总院专家坐诊。", township)
    assert before.lead_organization is None and "清河县油坊镇卫生院" in before.members
    after = enriched("卒中专科联盟年会召开 我院专家应邀授课", "10月19日，邢台市卒中专科联盟年会召开。我院作为联盟成员单位，神经内科主任应邀作专题讲座。",
                     township)
    assert "清河县油坊镇卫生院" in after.members
    # a member's rank said in the clause before it holds when a lead is named too, and though it hosts the meeting
    county = source("甘谷县人民医院", "甘肃省", "天水市", "甘谷县")
    hosting = enriched("天水市消化专科联盟年会在我院召开", "6月29日，天水市消化专科联盟年会在我院召开。联盟理事长单位天水市第一人民医院"
                       "专家、各成员单位代表100余人参会。作为联盟副理事长单位，我院承办了本次年会。", county)
    assert hosting.lead_organization == "天水市第一人民医院" and hosting.members == ["甘谷县人民医院"]


def test_on_a_members_site_the_visiting_helper_is_no_member_and_the_member_plaque_makes_the_speaker_one():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("我院获授邢台市胸痛中心联盟单位牌匾", "5月9日，邢台市人民医院心内科专家一行来我院指导，并为我院授牌。"
                       "两年来，邢台市人民医院先后接收我院心内科医生进修8人次。", county)
    assert article.members == ["清河县人民医院"]


def test_the_helper_under_whose_aid_the_lead_grew_is_no_member_wherever_it_is_named():
    county = source("清河县卫生健康局", "河北省", "邢台市", "清河县", kind="health_commission")
    article = enriched("清河县人民医院医共体正式挂牌", "1月6日，清河县人民医院医共体挂牌。医共体由县人民医院牵头，吸收油坊镇、连庄镇2个镇卫生院为成员单位。\n"
                       "近两年在邢台市人民医院对口帮扶下，县人民医院综合能力明显提升。医共体组建后，县人民医院将把邢台市人民医院帮扶带来的技术向成员单位延伸。",
                       county)
    assert "邢台市人民医院" not in article.members
    assert {"油坊镇卫生院", "连庄镇卫生院"} <= set(article.members)


def test_a_number_restating_the_list_before_it_is_the_count():
    county = source("清河县卫生健康局", "河北省", "邢台市", "清河县", kind="health_commission")
    article = enriched("清河县中医院医共体召开年度工作会议", "3月1日，清河县中医院医共体召开年度工作会议。\n本医共体成员单位：油坊镇卫生院；"
                       "连庄镇卫生院；坝营镇卫生院；王官庄镇卫生院。4家成员单位负责人分别作了述职发言。", county)
    assert article.member_count == 4


def test_a_groups_list_stays_its_members_when_the_lead_found_only_helps():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("清河县紧密型县域医共体揭牌", "6月3日，清河县紧密型县域医共体揭牌运行。医共体由清河县人民医院牵头，成员单位有油坊镇卫生院、"
                       "连庄镇卫生院、坝营镇卫生院。\n清河县人民医院自2019年起由邢台市人民医院全面托管，挂牌邢台市人民医院清河分院，"
                       "邢台市人民医院派驻院长和12名学科带头人。", county)
    assert {"油坊镇卫生院", "连庄镇卫生院", "坝营镇卫生院"} <= set(article.members)


def test_townships_counted_by_their_level_add_up_with_what_is_named_beside_them():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("清河县人民医院医共体成立", "医共体以清河县人民医院为龙头，成员包括县中医医院和全县6镇6乡卫生院。", county)
    assert article.member_count == 13  # the lead that joins them is no part of the count
    assert member_count("医共体吸纳全县6个镇、3个乡的卫生院。")[0] == 9
    assert member_count("医共体覆盖全县6镇3乡。")[0] is None  # townships with no institution named after them


def test_institutions_picked_by_what_they_do_or_their_departments_are_no_count_of_members():
    for said in ("全市能开展静脉溶栓的医院已达28家。", "联盟成立后，全市卒中中心由9家增加到15家。", "联盟成员单位中，已有18家医院通过国家胸痛中心认证。"):
        assert member_count(said)[0] is None, said
    assert member_count("医共体成员单位已达15家，其中9家已建成中医馆。")[0] == 15


def test_an_aid_pair_has_no_member_count():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("邢台市人民医院帮扶我院五周年", "五年来，邢台市人民医院对口帮扶我院，先后派驻专家36名。在邢台与清河的医疗协作中，"
                       "目前邢台共有12家医院与清河县的医院结对。", county)
    assert article.alliance_forms == ["对口帮扶/托管"]
    assert article.member_count is None


def test_a_number_that_introduces_its_list_is_the_count():
    assert member_count("医共体由县人民医院牵头，15家乡镇卫生院分别是：油坊镇卫生院、连庄镇卫生院、坝营镇卫生院等。")[0] == 15


def test_institutions_that_join_or_are_made_members_are_the_count():
    assert member_count("3月2日，邢台市人民医院城市医疗集团成立，桥东区6家社区卫生服务中心加盟。")[0] == 6
    assert member_count("集团以邢台市人民医院为核心，中兴、钢城、豫让桥、南长4个街道社区卫生服务中心为成员。")[0] == 4


def test_a_count_told_of_the_group_after_the_alliance_it_grew_from_is_the_groups():
    city = source("邢台市卫生健康委员会", "河北省", "邢台市", kind="health_commission")
    article = enriched("邢台市桥东城市医疗集团揭牌", "5月8日，邢台市桥东城市医疗集团揭牌。该集团在原邢台市第三医院医联体基础上升级组建，"
                       "由邢台市人民医院牵头，与桥东区8家基层医疗卫生机构共同组成，集团成员单位共9家。", city)
    assert article.member_count == 9


def test_the_groups_own_branches_are_members_where_its_clinics_are_held():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("清河县总医院组织专家下乡巡诊", "4月9日，清河县总医院组织专家12人，到油坊、连庄两个分院开展巡回诊疗。", county)
    assert {"油坊分院", "连庄分院"} <= set(article.members)


def test_the_places_a_delegation_visited_are_no_members():
    hospital = source("邢台市人民医院", "河北省", "邢台市")
    article = enriched("我院与清河县人民医院签订对口帮扶协议", "3月25日，我院与清河县人民医院签订对口帮扶协议。签约前，清河考察团一行参观了"
                       "我院急诊中心和中兴街道社区卫生服务中心。", hospital)
    assert "中兴街道社区卫生服务中心" not in article.members and "清河县人民医院" in article.members



def test_a_hospital_named_as_the_owner_of_a_building_is_no_member():
    county = source("清河县人民政府", "河北省", "邢台市", "清河县", kind="government")
    article = enriched("清河县人民医院医共体召开理事会", "3月5日，清河县人民医院医共体理事会召开，油坊镇卫生院、连庄镇卫生院为成员单位。\n"
                       "近三年，全县先后建成县妇幼保健院住院楼、县中医院康复大楼。", county)
    assert "清河县中医院" not in article.members and "清河县妇幼保健院" not in article.members
    assert "油坊镇卫生院" in article.members


def test_a_list_closed_by_等_a_class_word_and_a_bracketed_aside_shares_the_kind():
    names = [o.name for o in find_orgs("整合沙圪堵镇、大路镇、龙口镇等乡镇（苏木）卫生院和东城、西城等全区8个街道社区卫生服务中心。", load())
             if not o.generic]
    assert {"沙圪堵镇卫生院", "大路镇卫生院", "龙口镇卫生院"} <= set(names)
    assert not any("等" in name for name in names)


def test_members_said_by_what_is_new_or_signed_though_they_attend_as_guests():
    hospital = source("邢台市人民医院", "河北省", "邢台市")
    article = enriched("邢台市儿科专科联盟年会召开", "6月21日，邢台市儿科专科联盟年会在我院召开，我院作为主任委员单位通报了联盟工作。"
                       "新增的清河县人民医院、威县人民医院代表作了交流发言。临西县人民医院也派代表参会，并签订了联盟合作协议。", hospital)
    assert {"清河县人民医院", "威县人民医院", "临西县人民医院"} <= set(article.members)


def test_the_side_helped_before_its_helper_stays_a_member():
    county = source("清河县卫生健康局", "河北省", "邢台市", "清河县", kind="health_commission")
    article = enriched("清河县人民医院医共体正式挂牌", "1月6日，清河县人民医院医共体挂牌。医共体由县人民医院牵头，成员单位包括油坊镇卫生院、"
                       "连庄镇卫生院。\n连庄镇卫生院在县医院帮扶下新开设了住院病房。", county)
    assert "连庄镇卫生院" in article.members


def test_a_centre_that_connects_institutions_or_names_an_alliance_counts_its_members():
    assert member_count("协作网依托的远程医学中心已接入58家医疗机构。")[0] == 58
    assert member_count("全市建成专科联盟11个，市胸痛中心联盟成员单位已有29家。")[0] == 29
    # the institutions it connects listed before their number
    assert member_count("协作网以县人民医院为中心，连接油坊镇、连庄镇、坝营镇、王官庄镇、黄金庄乡5个卫生院。")[0] == 5


def test_counties_sharing_a_hospitals_suffix_though_one_is_written_in_a_former_name():
    names = [o.name for o in find_orgs("联盟成员包括通海县、澄江县、华宁县人民医院。", load()) if not o.generic]
    assert names == ["通海县人民医院", "澄江县人民医院", "华宁县人民医院"]


def test_a_list_closed_by_the_number_of_its_counties_shares_the_hospitals_suffix():
    names = [o.name for o in find_orgs("清河、威县、临西、南宫4县人民医院和邢台市第三医院等12家医疗机构成为首批成员单位。", load())
             if not o.generic]
    assert {"清河县人民医院", "临西县人民医院", "邢台市第三医院"} <= set(names)


def test_speakers_on_behalf_of_the_members_are_members():
    hospital = source("邢台市人民医院", "河北省", "邢台市")
    article = enriched("邢台市医学影像专科联盟成立", "10月15日，邢台市医学影像专科联盟在我院成立，联盟由我院牵头。\n成立大会上，清河县人民医院、"
                       "威县人民医院代表成员单位发言。", hospital)
    assert {"清河县人民医院", "威县人民医院"} <= set(article.members)
    with_people = enriched("邢台市医学影像专科联盟成立", "10月15日，邢台市医学影像专科联盟在我院成立，联盟由我院牵头。\n成立大会上，"
                           "清河县人民医院院长张明、威县人民医院副院长李强代表成员单位发言。", hospital)
    assert {"清河县人民医院", "威县人民医院"} <= set(with_people.members)  # their people speak for the members


def test_growth_from_the_founding_state_and_counts_of_tiers_or_centres():
    said = ("联盟成员单位已由成立时的37家增至61家。五年来，基层医院独立开展冠脉介入的由3家增加到14家，全市血液透析中心由9家增加到15家。")
    assert member_count(said)[0] == 61
    assert member_count("医共体成员分三个层级。成员单位共14家（含牵头医院）。")[0] == 14


def test_the_whole_membership_or_those_who_become_members_count_though_they_attend():
    assert member_count("来自邢台、衡水两市的41家医疗机构成为首批成员单位。")[0] == 41
    assert member_count("记者在现场看到，集团11家成员单位的负责人一起上台揭牌。")[0] == 11
    assert member_count("来自18家成员单位的学员参加培训。")[0] is None


def test_a_list_of_member_townships_names_each_by_its_fullest_form_and_a_news_centre_is_no_member():
    hospital = source("清河县中医院", "河北省", "邢台市", "清河县")
    article = enriched("县中医院医共体中医适宜技术培训走进连庄", "6月16日，清河县中医院医共体中医适宜技术培训在连庄镇中心卫生院举办。\n"
                       "作为医共体牵头医院，我院为油坊、连庄、坝营等5个成员镇卫生院的医务人员讲授中医适宜技术。", hospital)
    assert {"油坊镇卫生院", "坝营镇卫生院", "连庄镇中心卫生院"} <= set(article.members)
    assert "连庄镇卫生院" not in article.members
    media = source("清河县融媒体中心", "河北省", "邢台市", "清河县", kind="government")
    said = enriched("院长谈医共体", "清河县融媒体中心记者专访了县人民医院院长。院长：清河县人民医院牵头的医共体运行三年了，我们把油坊镇卫生院、"
                    "连庄镇卫生院当成一家医院来管。", media)
    assert "清河县融媒体中心" not in said.members


def test_the_township_centres_a_groups_trainees_come_from_are_its_members():
    hospital = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("我院医共体乡村医生轮训第一期开班", "7月7日，我院医共体乡村医生轮训第一期在我院开班。来自油坊、连庄、坝营等镇卫生院"
                       "及所属村卫生室的48名乡村医生参加。", hospital)
    assert {"油坊镇卫生院", "连庄镇卫生院", "坝营镇卫生院"} <= set(article.members)


def test_institutions_from_named_places_that_join_or_sign_as_the_first_batch_count():
    assert member_count("来自邢台、衡水、沧州三市的42家医疗机构加入联盟，我院当选理事长单位。")[0] == 42
    assert member_count("清河县人民医院、威县人民医院等首批16家成员单位的负责人在成立大会上签署了合作协议。")[0] == 16


def test_care_homes_of_an_elderly_care_alliance_keep_their_whole_names():
    names = [o.name for o in find_orgs("联合体以兴城市人民医院为龙头，兴城市老年养护院、温泉街道敬老院为成员单位。", load())]
    assert "兴城市老年养护院" in names
    names = [o.name for o in find_orgs("联合体联合县社会福利院、桃源街道颐养院等9家养老机构。", load()) if not o.generic]
    assert "桃源街道颐养院" in names


def test_a_countys_public_health_units_are_named_by_the_names_counties_give_them():
    text = "医共体由县人民医院牵头，成员包括县皮肤病防治站、县结核病防治所、县急救指挥中心和县计划生育服务中心。医共体建成卒中防治站3个。"
    names = [o.name for o in find_orgs(text, load()) if not o.generic]
    assert {"县皮肤病防治站", "县结核病防治所", "县急救指挥中心", "县计划生育服务中心"} <= set(names)
    assert "卒中防治站" not in names  # a discipline's station is a hospital's department
    # the emergency number is part of an emergency centre's name, no count before a class
    names = [o.name for o in find_orgs("集团新纳入隆化县精神卫生中心、隆化县120急救指挥中心和汤头沟镇卫生院。", load()) if not o.generic]
    assert names == ["隆化县精神卫生中心", "隆化县120急救指挥中心", "汤头沟镇卫生院"]


def test_an_enterprises_workers_hospital_keeps_its_companys_name():
    names = [o.name for o in find_orgs("成员单位包括永昌县人民医院、金川集团公司职工医院、永昌县中医院等9家医疗机构。", load())
             if not o.generic]
    assert names == ["永昌县人民医院", "金川集团公司职工医院", "永昌县中医院"]


def test_a_lists_first_item_keeps_a_verb_like_first_character_and_drops_the_speakers_county():
    names = [o.name for o in find_orgs("县人民医院帮助来牟、五宝2个镇卫生院恢复开展手术。我县陈家坊镇、酿溪镇等15个乡镇卫生院接入协作网。", load())
             if not o.generic]
    assert {"来牟镇卫生院", "五宝镇卫生院", "陈家坊镇卫生院", "酿溪镇卫生院"} <= set(names)


def test_a_branch_with_the_hospitals_own_name_in_brackets_is_that_hospital():
    hospital = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("清河县紧密型县域医共体成立", "3月1日，由邢台市人民医院清河分院（清河县人民医院）牵头的清河县紧密型县域医共体正式成立。"
                       "医共体成员包括油坊镇、连庄镇卫生院。\n2019年起，邢台市人民医院全面托管我院，我院新开展技术86项。", hospital)
    assert "清河分院" not in article.members
    assert {"油坊镇卫生院", "连庄镇卫生院"} <= set(article.members)


def test_a_township_jieba_does_not_know_stays_in_its_institutions_name():
    names = [o.name for o in find_orgs("医共体专家下沉月活动走进汊涧镇卫生院。", load()) if not o.generic]
    assert names == ["汊涧镇卫生院"]


def test_a_feature_that_reports_results_is_a_review_and_a_network_extended_is_not():
    county = source("石城县人民政府", "江西省", "赣州市", "石城县", kind="government")
    feature = enriched("石城：医共体让群众少跑路", "今年以来，石城县人民医院牵头的医共体持续推进资源下沉。全年县域内就诊率达到91.5%，"
                       "基层门诊量同比增长8%，成员单位由10家增至13家。", county)
    assert feature.event_types == ["年度总结"]
    assert any("results reported" in line for line in feature.enrich_evidence["event_types"])
    years = enriched("深耕六年 山区群众看病不出县", "由石城县人民医院牵头组建的医共体运行已满六年。六年间，医共体累计下派专家300余人次。", county)
    assert years.event_types == ["年度总结"]  # 牵头组建的医共体 is how it was made, not a founding
    extended = enriched("远程心电诊断延伸到村卫生室", "6月3日，石城县人民医院远程心电诊断服务延伸到村卫生室。今年以来，"
                        "协作网成员单位由10家增至13家，累计完成远程会诊1200例，同比增长20%。", county)
    assert extended.event_types == ["其他"]
    idiom = enriched("五年接力 对口帮扶为石城留下一支“带不走的医疗队”", "赣州市人民医院对口帮扶石城县人民医院五年来，"
                     "累计培养骨干医生32名，县医院门诊量较上年增长15%。", county)
    assert idiom.event_types == ["年度总结"]


def test_a_branch_plaque_at_a_member_is_the_awarding_lead_s_not_the_host_s():
    member = source("莱州市人民医院", "山东省", "烟台市", "莱州市")
    plaque = enriched("烟台市呼吸专科联盟莱州分中心在我院揭牌", "6月7日，烟台市呼吸专科联盟莱州分中心揭牌仪式在我院举行。"
                      "烟台市烟台山医院副院长与我院院长共同为分中心揭牌。", member)
    assert plaque.lead_organization == "烟台市烟台山医院"
    assert any("unveils or awards the plaque" in line for line in plaque.enrich_evidence["lead_organization"])
    visit = enriched("呼吸专科联盟莱州分中心授牌", "7月8日，烟台市烟台山医院副院长一行来到我院，为烟台市呼吸专科联盟莱州分中心授牌。", member)
    assert visit.lead_organization == "烟台市烟台山医院"
    meeting = enriched("烟台市呼吸专科联盟年会在我院举办", "9月25日，烟台市呼吸专科联盟年会在我院举办。联盟理事长单位烟台市烟台山医院"
                       "和各成员单位200余人参加。作为联盟副理事长单位，我院同时牵头莱州市呼吸专科联盟。", member)
    assert meeting.lead_organization == "烟台市烟台山医院"  # 同时牵头莱州市…联盟 is another alliance, not this one's name


def test_the_builder_of_a_network_leads_it():
    island = source("舟山医院", "浙江省", "舟山市")
    article = enriched("舟山群岛远程医疗协作网开通", "12月5日，由我院建设的舟山群岛远程医疗协作网正式开通，覆盖嵊泗县人民医院、"
                       "岱山县第一人民医院等32家医疗机构。", island)
    assert article.lead_organization == "舟山医院"


def test_a_district_s_city_group_written_short_is_no_county_community():
    hospital = source("扬州大学附属医院", "江苏省", "扬州市")
    article = enriched("邗江城市医疗集团正式运行", "11月6日，由我院牵头的邗江城市医疗集团启动运行。集团成员单位包括邗上街道社区卫生服务中心、"
                       "蒋王街道社区卫生服务中心和方巷镇卫生院。\n集团将实行“总院—分院”一体化管理。", hospital)
    assert article.alliance_forms == ["城市医疗集团"]


def test_we_the_group_on_a_hospital_s_site_is_the_group_it_heads():
    hospital = source("广灵县人民医院", "山西省", "大同市", "广灵县")
    article = enriched("我集团2023年度工作总结", "2023年，我集团坚持“县强、乡活、村稳”的目标。全年集团门急诊38.2万人次，"
                       "乡镇卫生院门诊量占集团总量的44%，较上年提高5个百分点。", hospital)
    assert article.relevance["label"] == "alliance"
    assert article.alliance_forms == ["县域医共体"]
    assert article.lead_organization == "广灵县人民医院"


def test_experts_who_come_from_elsewhere_leave_the_event_at_the_hospital_they_visit():
    hospital = source("运城市中心医院", "山西省", "运城市")
    article = enriched("北京专家来院作重症医学专题讲座", "4月14日，应我院邀请，北京协和医院重症医学科教授来院作了专题讲座。"
                       "我院重症医学科、急诊科医护人员150余人聆听了讲座。", hospital)
    assert (article.region.province, article.region.city) == ("山西省", "运城市")


def test_an_aid_pair_s_centre_is_where_the_aid_is_received_whatever_place_its_name_carries():
    commission = source("博尔塔拉蒙古自治州卫生健康委员会", "新疆维吾尔自治区", "博尔塔拉蒙古自治州", kind="health_commission")
    plaque = enriched("博州人民医院江西心血管诊疗中心揭牌", "4月19日，博州人民医院江西心血管诊疗中心揭牌。该中心由江西省人民医院援建。"
                      "\n四年来，江西省人民医院先后派出3批援疆专家驻点帮扶博尔塔拉蒙古自治州人民医院。中心揭牌后，江西专家将每周参与病例讨论。",
                      commission)
    assert (plaque.region.province, plaque.region.city) == ("新疆维吾尔自治区", "博尔塔拉蒙古自治州")
    hospital = source("博尔塔拉蒙古自治州人民医院", "新疆维吾尔自治区", "博尔塔拉蒙古自治州")
    centre = enriched("我院与江西省人民医院远程会诊中心启用", "3月8日，我院与江西省人民医院远程会诊中心正式启用。当天，两院专家通过远程系统"
                      "对我院一名患儿进行了联合会诊。\n远程会诊中心是江西省人民医院援疆工作的组成部分。", hospital)
    assert (centre.region.province, centre.region.city) == ("新疆维吾尔自治区", "博尔塔拉蒙古自治州")


def test_an_extension_founds_nothing_a_renaming_unveils_and_a_touring_team_holds_clinics():
    hospital = source("鹤壁市人民医院", "河南省", "鹤壁市")
    phase = enriched("市远程医疗协作网二期建成 接入单位增至40家", "近日，鹤壁市远程医疗协作网二期工程建成投用。二期新接入15家社区卫生服务站，"
                     "接入单位由25家增至40家。", hospital)
    assert phase.event_types == ["其他"]
    renamed = enriched("浚县人民医院医共体更名 浚县医疗健康集团揭牌", "6月1日，浚县医疗健康集团揭牌仪式举行。该集团在原浚县人民医院医共体基础上"
                       "升级组建，成员单位共12家。", hospital)
    assert renamed.event_types == ["揭牌"]
    assert any("renaming" in line for line in renamed.enrich_evidence["event_types"])
    since = enriched("市卒中专科联盟召开年度质控会议", "12月21日，鹤壁市卒中专科联盟质控会议召开。联盟成员单位由成立时的13家增至28家。", hospital)
    assert "成立" not in since.event_types
    tour = enriched("医共体巡诊队走进黎阳镇", "5月8日，鹤壁市人民医院医共体巡诊队走进黎阳镇，开展巡回义诊，诊治群众300余人次。", hospital)
    assert tour.event_types == ["义诊/巡诊"]


def test_an_aid_team_named_without_yuan_and_the_group_s_general_hospital_lead():
    media = source("平南县融媒体中心", "广西壮族自治区", "贵港市", "平南县", kind="government")
    team = enriched("东莞专家来了！首批帮扶医生在县人民医院开诊", "9月13日，东莞市人民医院首批对口帮扶专家到岗后迎来第一个门诊日。"
                    "6名专家将在平南工作半年。", media)
    assert team.lead_organization == "东莞市人民医院"
    stationed = enriched("常州帮扶专家在思南开展义诊", "9月16日，常州市第一人民医院派驻思南县人民医院的帮扶专家到许家坝镇开展义诊活动。", media)
    assert stationed.lead_organization != "思南县人民医院"  # the hospital the team is sent to is no team's own
    bureau = source("荣县卫生健康局", "四川省", "自贡市", "荣县", kind="health_commission")
    group = enriched("荣县医疗健康集团：一年新增1家成员", "近日，记者从荣县医疗健康集团获悉，集团成员单位增至12家。集团总医院荣县人民医院"
                     "今年向基层下派医生1630人次。", bureau)
    assert group.lead_organization == "荣县人民医院"


def test_a_patient_s_story_takes_the_type_of_the_routine_it_reports():
    hospital = source("潜江市中心医院", "湖北省", None, "潜江市")
    story = enriched("一张心电图，跑赢了时间", "凌晨一点，熊口镇卫生院的值班医生给68岁的王婆婆做完心电图，上传到医共体心电共享中心。\n"
                     "随后，我院胸痛中心一键启动，从卫生院到血管开通只用了97分钟。\n我院心内科医生还每周轮流到熊口、龙湾等镇卫生院坐诊，"
                     "手把手教基层医生识别心电图。", hospital)
    assert story.event_types == ["帮扶/下沉"]  # an emergency procedure set going (一键启动) founds nothing
    guest = enriched("北京专家“坐镇”，我院完成首例机械取栓", "8月17日，北京天坛医院京蒙帮扶专家带领我院团队完成了首例机械取栓。", hospital)
    assert "帮扶/下沉" in guest.event_types
    plan = enriched("我院医共体召开理事会", "3月2日，我院医共体理事会会议召开。会议要求，总院专家每周到各分院坐诊。", hospital)
    assert "帮扶/下沉" not in plan.event_types  # an event of its own: the routine it sets is no event of it


def test_a_county_portal_s_bare_county_group_is_its_own_and_a_campaign_founds_nothing():
    county = source("天镇县人民政府", "山西省", "大同市", "天镇县", kind="government")
    article = enriched("集团专家“沉”到村卫生室", "近日，县医疗集团启动“专家进村”行动。集团总院组织12支专家小分队，到各乡镇卫生院巡诊。", county)
    assert (article.region.province, article.region.city, article.region.county) == ("山西省", "大同市", "天镇县")
    assert "成立" not in article.event_types


def test_a_lead_named_after_its_university_s_former_name_is_given_by_the_current_one():
    county = source("东至县卫生健康委员会", "安徽省", "池州市", "东至县", kind="health_commission")
    article = enriched("蚌埠医学院第一附属医院东至分院揭牌", "6月18日，蚌埠医学院第一附属医院东至分院在东至县人民医院揭牌。"
                       "根据托管协议，蚌埠医学院第一附属医院派驻管理团队。", county)
    assert article.lead_organization == "蚌埠医科大学第一附属医院"


def test_alliances_of_shops_and_party_building_are_no_hospital_alliances():
    bureau = source("双鸭山市市场监督管理局", "黑龙江省", "双鸭山市", kind="government")
    shops = enriched("我市成立药品零售诚信经营联盟", "6月5日，双鸭山市药品零售诚信经营联盟成立，全市32家连锁药店加入联盟，"
                     "承诺不销售过期药品。", bureau)
    assert shops.relevance["label"] == "other" and shops.event_types == ["其他"]
    party = enriched("我院与社区共建党建联盟", "7月1日，双鸭山市人民医院党委与三个街道党工委签订党建联盟协议。", bureau)
    assert party.relevance["label"] == "other"


def test_the_officers_and_members_of_an_industry_alliance_are_no_sign_of_a_hospital_alliance():
    hospital = source("徐州医科大学附属医院", "江苏省", "徐州市")
    industry = enriched("我院加入淮海医疗器械产业创新联盟", "11月14日，淮海医疗器械产业创新联盟成立大会召开，我院当选理事长单位。"
                        "联盟由83家企业、高校和医院组成，成员单位将共建临床试验平台。", hospital)
    assert industry.relevance["label"] == "other" and industry.event_types == ["其他"]
    specialty = enriched("我院加入淮海心血管专科联盟", "11月14日，淮海心血管专科联盟成立大会召开，我院当选理事长单位。"
                         "联盟由83家医院组成，成员单位将共建远程会诊平台。", hospital)
    assert specialty.relevance["label"] == "alliance"


def test_a_government_work_report_is_a_review_of_the_year():
    county = source("镇坪县人民政府", "陕西省", "安康市", "镇坪县", kind="government")
    report = enriched("政府工作报告摘登：扎实推进县人民医院医共体建设", "过去一年，我们扎实推进县人民医院医共体建设，"
                      "向乡镇卫生院下派专家坐诊1200人次，县域内就诊率达到90%。", county)
    assert report.event_types == ["年度总结"]


def test_hospitals_counted_across_levels_are_no_names():
    city = source("安康市卫生健康委员会", "陕西省", "安康市", None, kind="health_commission")
    article = enriched("心血管专科联盟扩容", "安康市中心医院牵头成立的专科联盟吸纳了汉滨、汉阴、石泉、宁陕、紫阳、岚皋、平利、镇坪、白河9个县区医院。", city)
    assert not [m for m in article.members if "县区" in m]  # no 汉滨县区医院: 县区医院 is a kind, the counties' names are unknown
    assert article.member_count == 9


def test_a_look_back_written_with_zujian_founds_nothing():
    county = source("宁陵县卫生健康委员会", "河南省", "商丘市", "宁陵县", kind="health_commission")
    grown = enriched("宁陵：医共体让乡亲少跑腿",
                     "宁陵县人民医院医共体运行三年来，成员单位由组建时的8家扩大到14家，县域内就诊率达到89.5%，"
                     "基层门诊量较2021年增长28%。", county)
    assert "成立" not in grown.event_types and "年度总结" in grown.event_types
    years = enriched("宁陵县医疗集团：基层服务能力稳步提升",
                     "宁陵县医疗集团组建近三年来，乡镇卫生院门诊量年均增长12%，集团总院累计下派医生96人次，"
                     "县域内就诊率提高到90.2%。", county)
    assert "成立" not in years.event_types and "年度总结" in years.event_types


def test_results_without_their_starting_figure_make_a_review():
    county = source("宁陵县卫生健康委员会", "河南省", "商丘市", "宁陵县", kind="health_commission")
    review = enriched("宁陵县人民医院医共体：群众看病更方便",
                      "宁陵县人民医院医共体成员单位增至13家。2023年，医共体内基层就诊占比达到66%，"
                      "乡镇卫生院住院手术量翻了一番。", county)
    assert review.event_types == ["年度总结"]
    # a figure that will change is a plan, not a result
    plan = enriched("宁陵县人民医院医共体：群众看病更方便",
                    "宁陵县人民医院医共体计划明年将成员单位扩大到13家，基层就诊占比达到66%。", county)
    assert plan.event_types != ["年度总结"]


def test_experts_who_come_name_where_they_come_from_not_the_event():
    rongjiang = source("榕江县人民医院", "贵州省", "黔东南苗族侗族自治州", "榕江县")
    for title in ("广州专家又来了！第四批帮扶队员到岗", "广州专家来坐诊 第四批帮扶队员到岗"):
        visit = enriched(title, "4月8日，南方医科大学南方医院第四批对口帮扶医疗队6名队员抵达我院，开始为期半年的驻点帮扶。"
                                "到岗当天，帮扶专家就在我院完成了一台腹腔镜手术。", rongjiang)
        assert (visit.region.province, visit.region.county) == ("贵州省", "榕江县"), title


def test_a_programme_headline_with_its_anniversary_names_the_aid():
    changshan = source("常山县人民医院", "浙江省", "衢州市", "常山县")
    years = enriched("甬衢协作三周年：从“送医”到“育医”",
                     "2021年以来，宁波市第一医院累计派驻我院专家45人次，帮助我院新建重点专科3个。"
                     "三年来，宁波专家不仅带来了技术，更带来了管理理念。", changshan)
    assert years.relevance["label"] == "alliance" and "对口帮扶/托管" in years.alliance_forms


def test_a_hospitals_expert_team_stationed_in_a_county_is_paired_aid():
    changshan = source("常山县人民医院", "浙江省", "衢州市", "常山县")
    tour = enriched("省城专家走进球川、芳村巡诊",
                    "5月9日至10日，浙江省人民医院驻常山专家团队分赴球川镇、芳村镇开展巡回医疗，为400多名群众看诊。", changshan)
    assert tour.relevance["label"] == "alliance" and "对口帮扶/托管" in tour.alliance_forms


def test_staff_from_another_province_at_work_there_are_aid_though_no_aid_word_is_said():
    outlet = source("健康时报", None, kind="news")
    feature = enriched("宁波医生在黔西南山区：一纸协议守了三年", "从宁波到贵州晴隆，坐车要一整天。自2019年宁波市第一医院与晴隆县人民医院"
                       "签订协议以来，宁波方面已经派出三批共18名医生长驻当地。\n县医院的急诊抢救成功率由82%提高到95%。", outlet)
    assert feature.relevance["label"] == "alliance" and feature.alliance_forms == ["对口帮扶/托管"]
    # staff of the publisher's own province, a lecture by an invited speaker (R2), or advice quoted from afar are none
    sinan = source("思南县人民医院", "贵州省", "铜仁市", "思南县")
    body = "11月4日，我院普外科在{}专家指导下完成首例腹腔镜下胰十二指肠切除术。\n该专家是今年3月来我院帮扶的第二批专家之一。"
    home = enriched("贵阳专家在我院完成首例腹腔镜胰十二指肠切除术", body.format("贵阳"), sinan)
    lecture = enriched("常州专家来我院作学术讲座", "11月4日，常州专家来我院作学术讲座。\n该专家今年3月到我院驻点。", sinan)
    advice = enriched("常州专家提醒：冬季谨防心脑血管病", "常州专家提醒，冬季气温低，心脑血管病高发。\n该专家今年3月到我院驻点。", sinan)
    assert [a.alliance_forms for a in (home, lecture, advice)] == [[]] * 3


def test_a_certifying_alliance_makes_no_alliance_news():
    hospital = source("常山县人民医院", "浙江省", "衢州市", "常山县")
    certified = enriched("我院卒中中心通过高级卒中中心认证",
                         "近日，中国卒中中心联盟发布了2024年高级卒中中心认证结果，我院卒中中心顺利通过认证。"
                         "去年全年，卒中中心共救治急性脑梗死患者620例。", hospital)
    assert certified.relevance["label"] != "alliance" and certified.alliance_forms == []


def test_a_course_named_without_peixun_is_training():
    group = source("常山县人民医院", "浙江省", "衢州市", "常山县")
    course = enriched("医共体“乡村医生能力提升班”开班",
                      "3月6日，常山县人民医院医共体乡村医生能力提升班开班，来自各分院的45名乡村医生参加，为期两个月。", group)
    assert "培训" in course.event_types


def test_the_publisher_keeps_its_configured_official_name():
    shunyi = source("北京市顺义区医院", "北京市", "北京市", "顺义区", aliases=("顺义医院",))
    for body in ("6月3日，顺义医院医疗集团召开年度总结会，集团成员增至8家。",
                 "6月3日，以北京市顺义区医院为核心的顺义区医院医疗集团召开年度总结会，集团成员增至8家。"):
        summary = enriched("顺义医院医疗集团召开年度总结会", body, shunyi)
        assert summary.lead_organization == "北京市顺义区医院", body


def test_a_township_inside_another_townships_name_is_another_member():
    county = source("武城县卫生健康局", "山东省", "德州市", "武城县", kind="health_commission")
    article = enriched("武城县医共体成员单位公布", "武城县人民医院医共体成员单位：郝王庄镇卫生院、王庄镇卫生院、四女寺镇卫生院、"
                       "鲁权屯镇卫生院。", county)
    assert {"郝王庄镇卫生院", "王庄镇卫生院", "四女寺镇卫生院", "鲁权屯镇卫生院"} <= set(article.members)
    with_county = enriched("武城县医共体成员单位公布", "武城县人民医院医共体成员单位：武城县郝王庄镇卫生院、武城县王庄镇卫生院。"
                           "会上，王庄镇卫生院作了发言。", county)
    assert {"武城县郝王庄镇卫生院", "武城县王庄镇卫生院"} <= set(with_county.members)
    assert "王庄镇卫生院" not in with_county.members  # the same township told again without its county
    with_city = enriched("德州市医共体成员单位公布", "武城县人民医院医共体成员单位：德州郝王庄镇卫生院。会上，郝王庄镇卫生院作了发言。",
                         county)
    assert with_city.members == ["德州郝王庄镇卫生院"]  # a place before it, written without its level, is no other township


def test_at_the_invitation_of_is_no_letter_of_the_inviters_name():
    names = [o.name for o in find_orgs("应柳林镇卫生院邀请，县医院专家前往坐诊。应城市人民医院也派出专家。", load())]
    assert "柳林镇卫生院" in names and "应柳林镇卫生院" not in names and "应城市人民医院" in names


def test_parts_of_a_tiered_list_counted_noun_first_add_up():
    assert member_count("医共体由县级医院3家、乡镇卫生院9家、社区卫生服务中心2家组成。")[0] == 14
    assert member_count("全县共有乡镇卫生院14所、村卫生室230个。")[0] is None  # a county's facilities, no membership
    assert member_count("医共体由县级医院1家、乡镇卫生院3家、社区卫生服务中心2家组成。")[0] == 6  # one is a part too


def test_a_list_of_speakers_with_their_posts_names_no_member():
    city = source("保定市第一中心医院", "河北省", "保定市")
    article = enriched("保定市肝病专科联盟成立", "7月2日，保定市肝病专科联盟成立，涿州市医院、定州市人民医院为首批成员单位。"
                       "会上，王立新教授、市一院副院长刘春梅、市一院超声科主任赵永红、沧州市中心医院李海峰分别就肝病诊疗作专题报告。", city)
    assert {"涿州市医院", "定州市人民医院"} <= set(article.members)
    assert not any("主任" in name or "院长" in name for name in article.members)  # no person read as a place
    names = [o.name for o in find_orgs("北舞渡镇卫生院院长张三、莲花镇卫生院院长李四出席会议。", load())]
    assert names == ["北舞渡镇卫生院", "莲花镇卫生院"]  # a person after a post is no township of a list (张三镇卫生院)
    assert "沧州市中心医院" not in article.members  # a lecturer's hospital
    # an institution that speaks in a forum, or in a clause after one telling of the meeting, takes part only (M5)
    forum = enriched("保定市肝病专科联盟年会召开", "7月2日，保定市肝病专科联盟年会召开，涿州市医院、定州市人民医院为新成员单位。\n"
                     "分论坛上，安国市医院介绍了肝病随访的做法。与会专家围绕肝病诊疗进行了交流，博野县医院作了经验介绍。", city)
    assert {"涿州市医院", "定州市人民医院"} <= set(forum.members)
    assert "安国市医院" not in forum.members and "博野县医院" not in forum.members


def test_a_described_kind_of_hospital_is_no_institution():
    orgs = [o for o in find_orgs("医院先后获评园林式医院、学习型医院，是省级文明单位。", load()) if not o.generic]
    assert orgs == []


def test_a_bare_level_hospital_counted_is_a_kind_not_a_member():
    district = source("廊坊市广阳区卫生健康局", "河北省", "廊坊市", "广阳区", kind="health_commission")
    article = enriched("廊坊市呼吸专科联盟成立", "廊坊市人民医院牵头的呼吸专科联盟成立，联盟共有成员单位20家，其中市级医院4家、"
                       "县(市)区医院12家、乡镇卫生院4家。固安县人民医院、香河县人民医院为副理事长单位。", district)
    assert set(article.members) == {"固安县人民医院", "香河县人民医院"}  # not the district's own 广阳区医院
    assert article.member_count == 20


def test_verbs_before_a_kind_of_hospital_make_no_name():
    names = [o.name for o in find_orgs("要充分发挥互联网医院优势；科技厅将大力支持医联体网络医院建设。银川市互联网医院同日揭牌。", load())
             if not o.generic]
    assert names == ["银川市互联网医院"]


def test_a_listed_township_keeps_a_letter_jieba_reads_as_a_word():
    names = [o.name for o in find_orgs("医共体成员有：永平镇、石塘镇、英将乡卫生院。另有瓦店、郑场等镇卫生院参加培训。", load())
             if not o.generic]
    assert names[:3] == ["永平镇卫生院", "石塘镇卫生院", "英将乡卫生院"]  # 将 of 英将乡 is no adverb here
    assert not any(name.startswith(("郑场等", "瓦店等")) for name in names)  # 等 closes a list


def test_an_honour_a_list_shares_is_no_part_of_the_names():
    names = [o.name for o in find_orgs("会议为马庄、李集两家年度先进分院颁奖，并表彰东关、西河优秀分院。", load()) if not o.generic]
    assert names == ["马庄分院", "李集分院", "东关分院", "西河分院"]


def test_a_vague_count_or_a_verb_is_no_part_of_a_name():
    orgs = [o.name for o in find_orgs("省人民医院助力大化县医院发展。会上，几位卫生院院长建议把常用药配齐。", load()) if not o.generic]
    assert orgs == ["省人民医院", "大化县医院"]


def test_a_count_before_the_last_items_level_shares_the_level():
    orgs = [o.name for o in find_orgs("集团新签约：横街、寮步两镇社区卫生服务中心加入。", load()) if not o.generic]
    assert orgs == ["横街镇社区卫生服务中心", "寮步镇社区卫生服务中心"]  # 横街 is a township, 街 of its name


def test_a_township_named_like_a_hospital_grade_is_one_township():
    orgs = [o.name for o in find_orgs("牵头医院向海门区三甲镇卫生院、二甲镇卫生院派驻医生，帮助其创建二甲医院。", load()) if not o.generic]
    assert orgs == ["海门区三甲镇卫生院", "二甲镇卫生院"]


def test_experts_who_come_to_teach_hold_a_course_not_a_dispatch():
    county = source("永昌县人民政府", "甘肃省", "金昌市", "永昌县", kind="government")
    course = enriched("市胸痛联盟专家来我院开展急救培训", "5月10日，金昌市胸痛专科联盟专家来到永昌县人民医院，为全院医护人员"
                      "开展急性胸痛规范化救治培训，培训医护人员120余人次。", county)
    assert course.event_types == ["培训"]
    # what they do on the wards besides is still experts at work there (E8)
    rounds = enriched("市胸痛联盟专家来我院开展急救培训", "5月10日，金昌市胸痛专科联盟专家来到永昌县人民医院，为全院医护人员"
                      "开展急性胸痛规范化救治培训。培训结束后，专家还到心内科进行了教学查房。", county)
    assert set(rounds.event_types) == {"培训", "帮扶/下沉"}


def test_experts_at_work_in_the_title_make_the_bodys_aid_words_their_frame():
    zhenfeng = source("贞丰县人民医院", "贵州省", "黔西南布依族苗族自治州", "贞丰县")
    body = ("11月4日起，宁波市第一医院心内科两名主任医师在我院开始为期三个月的坐诊。坐诊首日，两位专家共接诊患者73人。\n"
            "这是宁波一院帮扶我院以来第五批次派驻专家。\n不少患者早早来到门诊排队。")
    assert enriched("宁波专家来坐诊 家门口看上专家号", body, zhenfeng).relevance["label"] == "alliance"
    # the same visit with no aid between the hospitals is an invited expert's (R2)
    invited = body.replace("这是宁波一院帮扶我院以来第五批次派驻专家。", "专家还参加了我院疑难病例讨论。")
    assert enriched("宁波专家来坐诊 家门口看上专家号", invited, zhenfeng).relevance["label"] == "other"


def test_a_visiting_teams_rounds_and_clinic_at_the_publisher_are_alliance_news_unlike_one_activity():
    zhenfeng = source("贞丰县人民医院", "贵州省", "黔西南布依族苗族自治州", "贞丰县")
    team = "11月4日，宁波市第一医院心内科、骨科、儿科5名专家来到我院，开展{}。"
    rounds = "下午，专家们深入病房开展教学查房，对3例疑难患者的治疗方案提出了建议。"
    clinic = "上午，专家们在门诊广场为120余名群众义诊。"
    both = enriched("宁波一院专家来院查房义诊", team.format("教学查房和义诊") + clinic + rounds, zhenfeng)
    assert both.relevance["label"] == "alliance"  # experts sent down who also hold a clinic: a team's programme (E8)
    assert enriched("宁波一院专家来院查房", team.format("教学查房") + rounds, zhenfeng).relevance["label"] == "other"
    assert enriched("宁波一院专家来院义诊", team.format("义诊") + clinic, zhenfeng).relevance["label"] == "other"
    # one lecture by a hospital of another province, invited: a speaker, whatever its home (R2, e0020)
    lecture = enriched("宁波一院专家来院讲学", "11月4日，宁波市第一医院心内科主任应邀来我院讲学，作了题为《心力衰竭诊治新进展》的"
                       "讲座，我院医护人员120余人聆听。", zhenfeng)
    assert lecture.relevance["label"] == "other" and lecture.alliance_forms == []


def test_a_groups_own_experts_say_there_is_a_group():
    leshan = source("乐山市市中区卫生健康局", "四川省", "乐山市", "市中区", kind="government")
    body = ("“以前看专家要跑到市里，现在在家门口就能看。”5月19日，在张公桥街道社区卫生服务中心候诊的王大爷说。\n"
            "今年以来，心内科、内分泌科专家每周各坐诊两天，关庙镇卫生院新开设康复理疗床位20张。")
    assert enriched("集团专家常驻社区 居民就近看专家", body, leshan).relevance["label"] == "alliance"
    assert enriched("市级专家常驻社区 居民就近看专家", body, leshan).relevance["label"] == "other"


def test_experts_holding_clinics_at_the_publisher_put_the_event_there_not_at_their_home():
    zhenfeng = source("贞丰县人民医院", "贵州省", "黔西南布依族苗族自治州", "贞丰县")
    article = enriched("宁波专家来坐诊 家门口看上专家号",
                       "11月4日起，宁波市第一医院心内科、骨科两名主任医师在我院开始为期三个月的坐诊。\n"
                       "这是宁波一院帮扶我院以来第五批次派驻专家，宁波专家已累计接诊患者上千人次。", zhenfeng)
    assert (article.region.province, article.region.city, article.region.county) == ("贵州省", "黔西南布依族苗族自治州", "贞丰县")


def test_a_helpers_own_city_in_the_title_does_not_outweigh_the_receiving_publisher():
    yanyuan = source("盐源县人民医院", "四川省", "凉山彝族自治州", "盐源县")
    article = enriched("攀枝花市中心医院第三批帮扶专家抵达",
                       "9月3日，攀枝花市中心医院第三批帮扶专家一行4人抵达我院，将驻点一年。\n"
                       "前两批专家共帮助我院开展新技术11项。\n下一步，双方将在学科建设方面深化合作。", yanyuan)
    assert (article.region.city, article.region.county) == ("凉山彝族自治州", "盐源县")


def test_a_county_level_publishers_own_county_is_the_event_county_when_no_other_is_named():
    xinzhou = source("上饶市信州区人民政府", "江西省", "上饶市", "信州区", kind="government")
    body = ("5月16日起，上饶市人民医院城市医疗集团社区医生能力提升培训班在水南街道社区卫生服务中心开班。"
            "培训为期一个月，来自我区8个社区卫生服务中心的62名医生参加。")
    article = enriched("城市医疗集团专家为社区医生“充电”", body, xinzhou)
    assert (article.region.city, article.region.county) == ("上饶市", "信州区")
    # another county of the city named: the publisher's own is no longer the only candidate
    other = enriched("城市医疗集团专家为社区医生“充电”", body.replace("来自我区", "来自广信区和我区"), xinzhou)
    assert other.region.county != "信州区"


def test_a_hospitals_own_news_naming_places_only_in_universities_names_is_at_the_hospital():
    tengzhou = source("滕州市中心人民医院", "山东省", "枣庄市", "滕州市")
    review = enriched("2024年医院年终盘点", "这一年，医疗集团总院向成员单位派驻骨干医生61名；全院完成四级手术5120台。"
                      "医院与青岛大学附属医院签约，共建两个临床教学基地。", tengzhou)
    assert (review.region.city, review.region.county) == ("枣庄市", "滕州市")
    # nobody speaks of itself: the university's city is all the text gives
    advice = enriched("春季流感防治要点", "青岛大学附属医院专家提醒，春季是流感高发季节。")
    assert advice.region.city == "青岛市"


def test_a_short_county_name_inside_a_town_name_is_the_town():
    wuqing = source("天津市武清区人民医院", "天津市", "天津市", "武清区", aliases=("武清区人民医院",))
    article = enriched("河西务镇卫生院挂牌医共体分院", "3月2日，河西务镇卫生院挂牌成为本院医共体分院，本院派出专家常驻坐诊。", wuqing)
    assert article.region.county == "武清区"


def test_a_banner_written_short_is_the_event_county_and_its_bare_level_completes_its_hospitals():
    hohhot = source("呼和浩特市卫生健康委员会", "内蒙古自治区", "呼和浩特市", kind="health_commission")
    article = enriched("土左旗医共体专家深入乡村巡诊", "近日，土左旗医共体组织旗中蒙医院、旗妇幼保健院专家深入善岱镇、毕克齐镇开展巡诊。"
                       "医共体成员单位包括旗中蒙医院、善岱镇卫生院和毕克齐镇卫生院。", hohhot)
    assert (article.region.city, article.region.county) == ("呼和浩特市", "土默特左旗")
    assert "土默特左旗中蒙医院" in article.members and "旗中蒙医院" not in article.members


def test_a_province_wide_text_is_not_placed_in_the_publishers_city_by_its_own_self_reference():
    guizhou = source("贵州省人民医院", "贵州省", "贵阳市")
    body = ("八年来，我院牵头的贵州省儿科专科联盟从最初的68家成员单位发展到131家，实现全省县级公立医院全覆盖。\n"
            "今年，联盟又在黔东南、黔南新设2个分中心。")
    wide = enriched("我院牵头的省儿科专科联盟走过八年", body, guizhou)
    assert (wide.region.province, wide.region.city) == ("贵州省", None)
    # held at the publisher: the capital is the event's city (G3)
    held = enriched("省儿科专科联盟年会在我院召开", "5月8日，贵州省儿科专科联盟年会在我院召开，131家成员单位代表参会。", guizhou)
    assert held.region.city == "贵阳市"


def test_whole_province_in_a_title_is_the_news_scope_but_not_in_its_body():
    children = source("山西省儿童医院", "山西省", "太原市")
    body = "3月起，我院依托省儿科专科联盟推出“云端课堂”，每周通过视频向联盟成员单位直播授课。\n“以前要到太原才能听到的课，现在在科室里就能听。”"
    wide = enriched("“云端课堂”连通全省联盟医院", body, children)
    assert (wide.region.province, wide.region.city) == ("山西省", None)
    # in a lead, 全省 compares the publisher with the rest of the province: its own news stays in its city
    first = enriched("我院获批专科医师培训基地", "近日，我院获批神经介入专科医师培训基地，成为全省首批获批的基地之一。", children)
    assert first.region.city == "太原市"


def test_a_county_named_again_inside_one_sentence_of_a_city_summary_is_said_once():
    luan = source("六安市卫生健康委员会", "安徽省", "六安市", kind="health_commission")
    body = ("截至6月底，我市7个县（区）共组建紧密型县域医共体15个。其中，霍山县组建了以霍山县医院和霍山县中医院分别牵头的两个医共体，"
            "金寨县、霍邱县、舒城县各组建2至3个医共体。\n各县区积极探索：霍山县实行统一绩效考核；金寨县建成远程影像诊断网络。")
    summary = enriched("我市紧密型县域医共体建设实现县域全覆盖", body, luan)
    assert (summary.region.city, summary.region.county) == ("六安市", None)


def test_a_districts_alliance_meeting_at_a_city_hospital_is_in_the_district_its_name_gives():
    jiuquan = source("酒泉市人民医院", "甘肃省", "酒泉市")
    body = ("5月25日，肃州区医养结合服务联盟2023年年会在我院第一会议室召开。肃州区卫生健康局有关负责人、联盟各成员单位负责人"
            "共60余人参加会议。")
    named = enriched("医养结合服务联盟年会在我院召开", body, jiuquan)
    assert (named.region.city, named.region.county) == ("酒泉市", "肃州区")
    # the district only as a guest's place: the meeting is at the city hospital, no county
    guest = enriched("医养结合服务联盟年会在我院召开", body.replace("肃州区医养结合服务联盟", "医养结合服务联盟"), jiuquan)
    assert (guest.region.city, guest.region.county) == ("酒泉市", None)


def test_a_county_named_once_for_one_item_of_a_member_list_is_not_the_event_county():
    wuzhou = source("梧州市卫生健康委员会", "广西壮族自治区", "梧州市", kind="government")
    listed = enriched("梧州市医养结合服务联盟成立",
                      "10月21日，梧州市医养结合服务联盟成立大会召开。联盟由梧州市红十字会医院发起，梧州市社会福利院、梧州市老年公寓、"
                      "万秀区城东镇卫生院及12家养老机构共同参与，成员单位共16家。", wuzhou)
    assert (listed.region.city, listed.region.county) == ("梧州市", None)
    venue = enriched("梧州市医养结合服务联盟成立",
                     "10月21日，梧州市医养结合服务联盟成立大会在万秀区城东镇卫生院召开。联盟由梧州市红十字会医院发起，成员单位共16家。",
                     wuzhou)
    assert venue.region.county == "万秀区"


def test_the_place_an_aid_team_is_sent_to_is_the_event_not_where_it_sets_out_from():
    xjtu = source("西安交通大学第一附属医院", "陕西省", "西安市")
    article = enriched("我院第三批援紫阳医疗队出征",
                       "4月2日，我院第三批医疗队一行7人从西安出发，奔赴陕南，将在紫阳工作半年。", xjtu)
    assert (article.region.city, article.region.county) == ("安康市", "紫阳县")


def test_a_form_named_only_deep_in_the_body_of_a_titled_structure_is_a_structure_in_passing():
    zmd = source("驻马店市中心医院", "河南省", "驻马店市")
    body = ("6月8日，以我院为牵头医院的驿城区城市医疗集团正式组建，驿城区8家社区卫生服务中心加入。\n"
            "集团将统一管理成员单位的医疗质量。\n此前我院已牵头成立驻马店市卒中专科联盟，与集团内各单位协同开展卒中救治。")
    titled = enriched("我院牵头组建驿城区城市医疗集团", body, zmd)
    assert titled.alliance_forms == ["城市医疗集团"]
    # an overview's title names no one structure: every form it reports on counts (F8)
    overview = enriched("我市医联体建设实现全覆盖", body, zmd)
    assert set(overview.alliance_forms) == {"城市医疗集团", "跨区域专科联盟"}


def test_a_city_named_only_beside_other_cities_is_not_the_event_city():
    sichuan = source("四川省卫生健康委员会", "四川省", "成都市", kind="government")
    body = ("各市（州）卫生健康委：\n为贯彻国家关于开展紧密型城市医疗集团建设试点工作的要求，经研究，确定{}为试点城市。"
            "各试点城市要按照网格化布局，由三级医院牵头组建城市医疗集团。")
    several = enriched("关于推进紧密型城市医疗集团建设试点工作的通知", body.format("成都、泸州、宜宾等"), sichuan)
    assert (several.region.province, several.region.city) == ("四川省", None)
    one = enriched("关于推进紧密型城市医疗集团建设试点工作的通知", body.format("泸州"), sichuan)
    assert one.region.city == "泸州市"


def test_a_bare_medical_group_in_a_county_communitys_news_is_that_county_group():
    xianyou = source("仙游县人民政府", "福建省", "莆田市", "仙游县", kind="government")
    body = ("12月29日，仙游县总医院挂牌运行。县总医院以仙游县医院为龙头，整合县中医院和全县18个乡镇卫生院，组成人财物统一管理的"
            "紧密型{}。")
    county = enriched("仙游县总医院挂牌运行", body.format("医疗集团"), xianyou)
    assert county.alliance_forms == ["县域医共体"]
    both = enriched("仙游县总医院挂牌运行 紧密型县域医共体全面运行", body.format("医疗集团，城区4家社区卫生服务中心同时组建城市医疗集团"),
                    xianyou)
    assert set(both.alliance_forms) == {"县域医共体", "城市医疗集团"}


def test_an_aid_pair_signed_in_the_helpers_capital_is_placed_at_the_helped_county():
    shimen = source("石门县人民政府", "湖南省", "常德市", "石门县", kind="government")
    article = enriched("湖南省人民医院与石门县人民医院签订紧密型医联体合作协议",
                       "5月8日，湖南省人民医院与石门县人民医院紧密型医联体合作协议签订仪式在省会长沙举行。\n"
                       "根据协议，湖南省人民医院将作为帮扶单位，向石门县人民医院派驻管理和技术团队。", shimen)
    assert (article.region.city, article.region.county) == ("常德市", "石门县")


def test_a_publisher_that_helps_places_its_aid_at_the_helped_side_even_when_held_at_home():
    ningbo = source("宁波市第一医院", "浙江省", "宁波市")
    article = enriched("兴仁市人民医院第三批进修人员在甬结业",
                       "6月27日，兴仁市人民医院第三批来我院进修的12名医务人员顺利结业。结业仪式在我院行政楼第二会议室举行。\n"
                       "作为东西部扶贫协作的结对医院，我院自2017年起对口帮扶兴仁市人民医院，至今已接收该院进修人员37人次。", ningbo)
    assert (article.region.province, article.region.county) == ("贵州省", "兴仁市")


def test_a_city_group_made_of_one_districts_units_is_that_districts_even_when_held_at_the_city_hospital():
    wuzhong = source("吴忠市人民医院", "宁夏回族自治区", "吴忠市")
    article = enriched("吴忠市人民医院医疗集团成立",
                       "10月17日，吴忠市人民医院医疗集团成立大会在我院召开。\n"
                       "集团以我院为龙头，吸收利通区胜利、金积、古城、上桥4家社区卫生服务中心以及吴忠市中医医院为成员单位。", wuzhong)
    assert (article.region.city, article.region.county) == ("吴忠市", "利通区")
    elsewhere = enriched("吴忠市人民医院医疗集团成立",
                         "10月17日，吴忠市人民医院医疗集团成立大会在我院召开。\n集团以我院为龙头，吸收4家社区卫生服务中心为成员单位，"
                         "利通区卫生健康局负责人出席。", wuzhong)
    assert elsewhere.region.county is None


def test_a_provincial_hospitals_province_wide_network_is_not_placed_in_its_city():
    nmg = source("内蒙古自治区人民医院", "内蒙古自治区", "呼和浩特市")
    article = enriched("我院远程医疗协作网运行五周年综述",
                       "2018年5月，内蒙古自治区人民医院远程医疗协作网正式启动。五年来，协作网覆盖全区12个盟市的213家医疗机构。\n"
                       "过去，患者只能带着片子坐几个小时的车到呼和浩特找专家。", nmg)
    assert (article.region.province, article.region.city) == ("内蒙古自治区", None)


def test_a_notices_salutation_is_whom_it_is_sent_to_not_its_lead():
    hubei = source("湖北省卫生健康委员会", "湖北省", "武汉市", kind="government")
    article = enriched("关于全面推进紧密型县域医共体建设的通知",
                       "各市、州、直管市、神农架林区卫生健康委，各有关单位：\n"
                       "为贯彻落实国家关于推进紧密型县域医共体建设的部署，现就全面推进我省紧密型县域医共体建设通知如下。", hubei)
    assert (article.region.province, article.region.county) == ("湖北省", None)


def test_a_features_opening_quotation_is_colour_not_its_lead():
    leshan = source("乐山市市中区卫生健康局", "四川省", "乐山市", "市中区", kind="government")
    quote = "“以前看病要跑到市里，现在在家门口就能看。”5月19日，在张公桥街道社区卫生服务中心候诊的王大爷说。\n"
    news = "今年以来，张公桥街道社区卫生服务中心加入乐山市人民医院医联体，心内科、内分泌科的医生每周轮流来这里看病。"
    assert enriched("家门口看上好医生", quote + news, leshan).relevance["label"] == "alliance"
    # the same news after a first paragraph that is news itself stays in the body
    assert enriched("家门口看上好医生", "5月19日，张公桥街道社区卫生服务中心新开设的康复理疗室正式启用，首日接待患者30余人。\n" + news,
                    leshan).relevance["label"] == "other"


def test_an_east_west_cooperation_named_with_its_field_is_paired_aid():
    tongren = source("铜仁市卫生健康局", "贵州省", "铜仁市", kind="government")
    article = enriched("医疗卫生协作五年综述",
                       "2017年以来，常州市与我市开展东西部医疗卫生协作，常州市11家医院分别与我市10个区县的县级医院结成对子。", tongren)
    assert article.alliance_forms == ["对口帮扶/托管"]


def test_counties_renamed_or_merged_under_another_name_map_to_the_current_unit():
    for old, city, county in (("蓟县", "天津市", "蓟州区"), ("彬县", "咸阳市", "彬州市"), ("长岛县", "烟台市", "蓬莱区")):
        article = enriched(f"{old}人民医院医共体成立", f"5月8日，{old}人民医院医共体成立大会召开，全县乡镇卫生院全部加入。")
        assert (article.region.city, article.region.county) == (city, county)


def test_a_name_led_by_a_quantifier_is_no_institution():
    """很多卫生院, 一些卫生院, 全体分院: a quantity of institutions, none of them named, is no member."""
    county = source("武义县第一人民医院", "浙江省", "金华市", "武义县")
    article = enriched("武义县第一人民医院医共体成立", "3月6日，武义县第一人民医院医共体成立，柳城畲族镇卫生院、桃溪镇卫生院加入。"
                       "过去很多卫生院缺少影像设备，一些卫生院甚至没有检验科。成立大会上，全体分院负责人签订了目标责任书。", county)
    assert set(article.members) == {"柳城畲族镇卫生院", "桃溪镇卫生院"}


def test_a_list_of_towns_and_subdistricts_shares_the_type_after_its_class_word():
    """…镇、…街道共N个镇街卫生院: 镇街 (towns and subdistricts) is a class word like 乡镇, each item takes 卫生院."""
    county = source("武义县第一人民医院", "浙江省", "金华市", "武义县")
    article = enriched("武义县第一人民医院医共体成立", "3月6日，武义县第一人民医院医共体成立，成员包括白洋街道、桃溪镇、"
                       "柳城畲族镇共3个镇街卫生院。", county)
    assert set(article.members) == {"白洋街道卫生院", "桃溪镇卫生院", "柳城畲族镇卫生院"}


def test_a_networks_connected_units_are_its_members():
    """共N家接入单位: the units connected to a telemedicine network are its members, counted so."""
    county = source("武义县第一人民医院", "浙江省", "金华市", "武义县")
    article = enriched("武义县远程医疗协作网上线运行 覆盖全县15个乡镇卫生院", "3月6日，武义县远程医疗协作网上线运行。协作网由"
                       "武义县第一人民医院牵头，连接全县15个乡镇卫生院、县中医院和县妇幼保健院，共17家接入单位。", county)
    assert article.member_count == 17


def test_a_meeting_the_body_says_was_held_is_an_event():
    """召开了…推进会 in the body: the alliance's meeting was held (a secondary event the labels count), like 举行了."""
    county = source("武义县第一人民医院", "浙江省", "金华市", "武义县")
    article = enriched("武义县医共体这一年：群众家门口看上好医生", "一年来，武义县第一人民医院医共体在柳城畲族镇卫生院、桃溪镇卫生院"
                       "开设了联合病房，乡镇卫生院门诊量明显回升。\n据了解，11月20日，医共体召开了成立一周年工作推进会，"
                       "各成员单位负责人交流了经验。", county)
    assert "会议/峰会" in article.event_types


def test_a_body_sentence_that_opens_with_its_date_tells_what_happened():
    """4月8日，医共体…召开一季度工作调度会: a sentence dated to its day reports the event as held (realis), in a
    feature's body as in the lead."""
    county = source("武义县第一人民医院", "浙江省", "金华市", "武义县")
    article = enriched("武义县：医共体让群众看病少跑腿", "武义县医共体组建以后，县人民医院向柳城畲族镇卫生院、桃溪镇卫生院派出医生，"
                       "群众在家门口就能看上县里的专家。\n4月8日，医共体在县人民医院召开一季度工作调度会，通报了各成员单位上转、"
                       "下转情况。", county)
    assert "会议/峰会" in article.event_types


def test_the_time_since_a_founding_founds_nothing():
    """医共体组建以后…, 组建半年多来…: results since a founding told in a feature; the founding is behind them."""
    county = source("武义县第一人民医院", "浙江省", "金华市", "武义县")
    article = enriched("武义县：医共体让群众看病少跑腿", "医共体组建以后，县人民医院向柳城畲族镇卫生院、桃溪镇卫生院派出医生坐诊，"
                       "群众在家门口就能看上县里的专家。医共体组建半年多来，乡镇卫生院门诊量明显回升。", county)
    assert "成立" not in article.event_types


def test_a_hospitals_short_form_is_an_institution_resolved_to_the_full_name_the_text_gives():
    county = source("酉阳土家族苗族自治县人民政府", "重庆市", "重庆市", "酉阳土家族苗族自治县", kind="government")
    article = enriched("重医附一院专家在县人民医院完成首例介入取栓",
                       "重医附一院驻点帮扶专家带领县人民医院神经内科团队，成功实施了急性脑动脉取栓术。对口帮扶开展以来，"
                       "重医附一院已派出专家17人次。", county)
    assert article.lead_organization == "重医附一院"  # the text gives no fuller name
    city = source("惠州市卫生健康局", "广东省", "惠州市", None, kind="health_commission")
    article = enriched("市一院城市医疗集团扩容 成员单位增至7家",
                       "龙丰、江南2家街道社区卫生服务中心签订协议，正式加入惠州市第一人民医院城市医疗集团，集团成员单位增至7家。"
                       "同城的惠州市中心人民医院牵头的胸痛专科联盟与集团建立了转诊衔接。", city)
    assert article.lead_organization == "惠州市第一人民医院"  # 市一院 of the title is the group's hospital, not 中心人民医院
    helped = source("思南县人民医院", "贵州省", "铜仁市", "思南县")
    article = enriched("从输血到造血：帮扶七年的变化",
                       "常州市第一人民医院已连续派出8批48名专家常驻我院。今年，市一院帮助我院成功申报省临床重点专科1个。", helped)
    assert article.lead_organization == "常州市第一人民医院"  # not 铜仁市一院: the short form is the full name written before
    names = [o.name for o in find_orgs("实行一院一策，第一院区和第二院区统一管理；病人医保报销比例提高。", load()) if not o.generic]
    assert names == []  # a slogan, a campus and a patient are no short forms


def test_a_hospital_care_is_referred_up_to_is_no_member():
    county = source("城口县人民政府", "重庆市", "重庆市", "城口县", kind="government")
    article = enriched("城口县远程医疗协作网建成运行",
                       "由城口县人民医院牵头建设的城口县远程医疗协作网正式运行，连接全县25个乡镇卫生院。县人民医院无法解决的疑难病例，"
                       "还可通过协作网再向重庆医科大学附属第一医院申请会诊；龙田乡卫生院向县人民医院转诊患者12例。", county)
    assert article.lead_organization == "城口县人民医院"
    assert article.members == ["龙田乡卫生院"]  # not the hospital consultations go up to


def test_a_clause_giving_the_role_before_the_name_makes_the_lead():
    article = enriched("广东省肾脏病专科联盟2023年年会在湛江举行",
                       "广东省肾脏病专科联盟2023年学术年会在湛江举行，由联盟成员单位广东医科大学附属医院承办。"
                       "作为联盟龙头医院，中山大学附属第一医院肾内科主任在开幕式上介绍了联盟一年来的工作。",
                       source("广东省卫生健康委员会", "广东省", kind="health_commission"))
    assert article.lead_organization == "中山大学附属第一医院"
    article = enriched("心血管专科联盟专家来院带教",
                       "新乡医学院第一附属医院专家团队来到我院开展带教。作为联盟副理事长单位，我院今年向上转诊患者27例。",
                       source("鹤壁市人民医院", "河南省", "鹤壁市"))
    assert article.lead_organization != "鹤壁市人民医院"  # a vice chair leads nothing
    commission = source("临沂市卫生健康委员会", "山东省", "临沂市", kind="health_commission")
    chair = "4月20日，临沂市儿科专科联盟年会召开，市卫生健康委副主任韩晓东，临沂市人民医院党委书记、联盟{}理事长王峰，以及联盟37家成员单位代表参加。"
    assert enriched("临沂市儿科专科联盟年会召开", chair.format(""), commission).lead_organization == "临沂市人民医院"
    assert enriched("临沂市儿科专科联盟年会召开", chair.format("副"), commission).lead_organization is None


def test_a_hospital_said_by_another_to_work_through_an_alliance_leads_it_not_one_saying_so_of_itself():
    told = "今年以来，{}依托甘肃省康复医学专科联盟，每月举办一期远程康复培训，累计培训基层康复治疗师3100余人次。"
    commission = source("甘肃省卫生健康委员会", "甘肃省", kind="health_commission")
    assert enriched("康复医学专科联盟远程培训覆盖基层", told.format("甘肃省人民医院"), commission).lead_organization == "甘肃省人民医院"
    own = enriched("康复医学专科联盟远程培训覆盖基层", told.format("我院"), source("武威市人民医院", "甘肃省", "武威市"))
    assert own.lead_organization is None  # a member says it of itself as well


def test_a_hospital_named_as_anothers_branch_is_not_the_head_its_general_hospital_means():
    branch = Speaker("诏安县医院", ["漳州市医院诏安分院"])
    orgs = find_orgs("自漳州市医院全面托管以来，总院先后派出专家常驻我院。", load(), branch)
    assert not any(o.surface == "总院" and o.name == "诏安县医院" for o in orgs)
    head = Speaker("台前县人民医院", ["县人民医院"])
    orgs = find_orgs("总院先后派出专家常驻分院。", load(), head)
    assert any(o.surface == "总院" and o.name == "台前县人民医院" for o in orgs)  # a head hospital's own 总院


def test_a_role_said_with_words_between_names_the_lead_unless_of_another_named_alliance():
    helped = source("武宣县人民医院", "广西壮族自治区", "来宾市", "武宣县", aliases=("武宣县医院",))
    article = enriched("东莞帮扶专家来我院开展教学查房",
                       "7月6日，东莞市人民医院神经内科专家来到我院开展教学查房。东莞市人民医院是粤桂协作中我院的帮扶单位。", helped)
    assert article.lead_organization == "东莞市人民医院"
    city = source("六安市人民医院", "安徽省", "六安市")
    article = enriched("我院与霍山县医院签订紧密型帮扶协议",
                       "3月25日，我院与霍山县医院紧密型帮扶协议签约仪式在霍山举行。根据协议，我院将对霍山县医院给予全面帮扶，每年选派"
                       "不少于10名专家常驻霍山县医院。\n霍山县医院是霍山县医院医共体的牵头医院。该院院长表示，帮扶将通过医共体向乡镇延伸。", city)
    # the county hospital leads its own 医共体, named there: that is no role in this aid
    assert not any("named as the lead" in line for line in article.enrich_evidence["lead_organization"])


def test_in_news_whose_title_is_about_aid_the_helper_outranks_a_role_in_the_helped_sides_own_group():
    city = source("通辽市人民政府", "内蒙古自治区", "通辽市", kind="government")
    body = ("近日，开鲁县人民医院骨科入选自治区临床重点专科建设项目，这是医疗帮扶的又一成果。\n2018年以来，北京积水潭医院先后派出8批专家"
            "在开鲁县人民医院驻点，帮助该院开展新技术31项。开鲁县人民医院作为开鲁县总医院的龙头，也把技术带到了各乡镇分院。")
    assert enriched("京蒙协作结硕果 开鲁县人民医院骨科跻身区级重点专科", body, city).lead_organization == "北京积水潭医院"
    # a title about the county's own group: its head's role there counts
    assert enriched("开鲁县总医院骨科跻身区级重点专科", body, city).lead_organization == "开鲁县人民医院"


def test_the_hospital_of_visiting_experts_who_teach_is_no_member():
    county = source("范县人民医院", "河南省", "濮阳市", "范县", aliases=("县人民医院",))
    article = enriched("市胸痛联盟专家来我院开展急救培训",
                       "9月7日，市胸痛专科联盟巡讲第五站走进范县。濮阳市人民医院心内科、急诊科4名专家为我院及辖区12个乡镇卫生院的"
                       "120余名医护人员授课。我院是联盟首批成员单位。", county)
    assert article.members == ["范县人民医院"]  # the lecturers' hospital is not said to be a member
    # nor are the hospitals whose staff the course is for, where the text does not say they are members (M5)
    taught = enriched("市胸痛联盟专家来我院开展急救培训",
                      "9月7日，市胸痛专科联盟巡讲第五站走进范县。联盟专家为我院和台前县人民医院、南乐县人民医院的"
                      "40余名医生讲授了急性胸痛鉴别诊断。我院是联盟首批成员单位。", county)
    assert taught.members == ["范县人民医院"]


def test_a_conjunction_after_one_character_of_a_list_item_is_inside_the_name():
    names = [o.name for o in find_orgs("杭锦旗人民医院为牵头医院，锡尼镇、伊和乌素苏木、吉日嘎朗图镇卫生院为成员。", load()) if not o.generic]
    assert names == ["杭锦旗人民医院", "锡尼镇卫生院", "伊和乌素苏木卫生院", "吉日嘎朗图镇卫生院"]


def test_a_universitys_hospital_written_with_its_city_is_the_full_name_given():
    county = source("英山县人民政府", "湖北省", "黄冈市", "英山县", kind="government")
    article = enriched("武汉协和医院专家团队入驻英山",
                       "5月21日，华中科技大学同济医学院附属协和医院第五批帮扶专家团队抵达英山，继续对口支援英山县人民医院。", county)
    assert article.lead_organization == "华中科技大学同济医学院附属协和医院"
    assert article.members == ["英山县人民医院"]  # not 武汉协和医院 beside it
    league = enriched("辽宁省肾脏病专科联盟成立", "联盟由中国医科大学附属第一医院牵头组建，成员单位包括丹东市第一医院、鞍山市中心医院等。",
                      source("辽宁省卫生健康委员会", "辽宁省", kind="health_commission"))
    assert "丹东市第一医院" in league.members  # a numbered hospital is no university's short form


def test_the_members_an_alliance_acts_on_are_counted_by_their_own_noun():
    county = source("江安县人民政府", "四川省", "宜宾市", "江安县", kind="government")
    article = enriched("江安：医共体建设三年成效回顾",
                       "三年多来，县人民医院医共体坚持“县强、乡活、村稳”的思路，在全县11家成员单位推行人、财、物一体化管理。", county)
    assert article.member_count == 11
    district = source("乐山市市中区卫生健康局", "四川省", "乐山市", "市中区", kind="health_commission")
    article = enriched("集团专家常驻社区", "乐山市人民医院城市医疗集团总院向我区成员单位下沉专家常驻坐诊。1至4月，我区两家成员单位"
                       "门诊量同比增长27%。", district)
    assert article.member_count is None  # the subject of a sentence may be a part of them


def test_the_ji_of_a_features_title_opens_no_name():
    names = [o.name for o in find_orgs("山里人家门口看上县城专家——记建德一院寿昌分院的一天", load()) if not o.generic]
    assert names[0] == "建德一院"  # not 记建德一院


def test_a_meeting_of_the_government_or_a_party_committee_is_no_meeting_of_the_alliance():
    """政协会议, 县政府常务会议, 县委常委会 pass or discuss the alliance's plans: their meeting is not an event of it."""
    src = source("临颍县人民医院", "河南省", "漯河市", "临颍县")
    course = enriched("临颍县医共体举办乡村医生培训班",
                      "为落实县政府第十二次常务会议精神和县委常委会议部署，6月2日，临颍县医共体举办乡村医生培训班，"
                      "5家成员单位的60名乡村医生参加培训。", src)
    assert course.event_types == ["培训"]
    meeting = enriched("临颍县医共体召开季度工作会议",
                       "7月5日，临颍县医共体召开季度工作会议，5家成员单位负责人参加会议。", src)
    assert "会议/峰会" in meeting.event_types


def test_a_meeting_named_by_its_purpose_is_a_meeting():
    """部署会, 观摩会, 协调会, 汇报会: a meeting named by what it is for, no 会议 or 大会 in its name."""
    src = source("临颍县人民医院", "河南省", "漯河市", "临颍县")
    planning = enriched("临颍县医共体召开2024年工作部署会",
                        "2月20日，临颍县医共体召开2024年工作部署会，总医院及12家成员单位负责人参加。", src)
    assert "会议/峰会" in planning.event_types
    visit = enriched("临颍县医共体在陈集镇卫生院举办中医药服务现场观摩会",
                     "5月9日，临颍县医共体在陈集镇卫生院举办中医药服务现场观摩会，各成员单位负责人参加。", src)
    assert "会议/峰会" in visit.event_types


def test_a_regions_general_work_conference_is_no_meeting_of_the_alliance():
    """全县卫生健康工作会议 sets the year's tasks of every body; the alliance acting on them held no meeting."""
    src = source("临颍县人民医院", "河南省", "漯河市", "临颍县")
    course = enriched("临颍县医共体举办乡村医生培训班",
                      "为落实全县卫生健康工作会议部署，6月2日，临颍县医共体举办乡村医生培训班，5家成员单位的60名乡村医生参加培训。",
                      src)
    assert course.event_types == ["培训"]


def test_experts_who_came_for_a_clinic_or_a_course_hold_it_and_are_no_team_sent_down():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    clinic = enriched("邢台市人民医院对口帮扶医疗队走进清河县",
                      "5月12日，邢台市人民医院心内科、儿科专家在清河县王官庄镇开展义诊，接诊群众300余人次。", county)
    assert clinic.event_types == ["义诊/巡诊"]
    course = enriched("卒中专科联盟专家来清河 手把手教溶栓",
                      "5月17日，邢台市卒中专科联盟2024年基层培训在清河县人民医院举行，70余名医护人员参加培训。", county)
    assert course.event_types == ["培训"]
    ward = enriched("邢台市人民医院对口帮扶医疗队走进清河县",
                    "5月12日，邢台市人民医院专家在清河县王官庄镇开展义诊，并在镇卫生院坐诊、查房。", county)
    assert set(ward.event_types) == {"义诊/巡诊", "帮扶/下沉"}  # their ward rounds are work of a team sent down


def test_a_member_that_receives_its_plaque_has_one_awarded():
    group = source("淮安市第二人民医院", "江苏省", "淮安市")
    article = enriched("淮安市第二人民医院医疗集团再添两家成员单位",
                       "10月16日，淮安市第二人民医院医疗集团新成员入集团协议签订仪式举行，两家社区卫生服务中心正式加入集团。\n"
                       "仪式上，两家中心负责人与集团签订了入集团协议，并接过了集团成员单位铭牌。", group)
    assert set(article.event_types) == {"签约", "揭牌"}


def test_experts_operating_on_site_are_sent_down_whatever_the_operation_is_called():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("邢台市人民医院帮扶专家在我院完成首例腹腔镜胃癌根治术",
                       "3月5日，邢台市人民医院对口帮扶专家在我院完成首例腹腔镜下胃癌根治术，患者术后恢复良好。", county)
    assert "帮扶/下沉" in article.event_types
    skill = enriched("邢台市人民医院帮扶专家在我院开展新技术",
                     "3月5日，邢台市人民医院对口帮扶专家与我院签订协议，在我院开展新技术。", county)
    assert "帮扶/下沉" not in skill.event_types  # a technique (技术) is no operation


def test_experts_at_work_right_after_a_plaque_is_unveiled_are_sent_down():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    article = enriched("邢台市人民医院清河分院揭牌",
                       "3月24日，邢台市人民医院清河分院揭牌仪式在我院举行，清河县卫生健康局负责人出席。\n"
                       "揭牌仪式后，邢台市人民医院心内科、神经内科专家在分院门诊坐诊，接诊患者。", county)
    assert set(article.event_types) == {"揭牌", "帮扶/下沉"}


def test_a_look_back_on_the_alliances_work_is_a_review_one_on_a_hospitals_history_is_not():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    founding = enriched("清河县人民医院医共体成立",
                        "3月1日，清河县人民医院医共体成立大会在我院召开，全县9家乡镇卫生院加入医共体。\n"
                        "我院党委书记在致辞中回顾了医院70余年的发展历程。", county)
    assert founding.event_types == ["成立"]
    meeting = enriched("邢台市人民医院托管清河县人民医院座谈会召开",
                       "5月20日，邢台市人民医院托管清河县人民医院工作座谈会在我院召开，双方领导班子成员参加会议。\n"
                       "座谈会上，我院执行院长回顾了五年来的托管工作。", county)
    assert set(meeting.event_types) == {"会议/峰会", "年度总结"}


def test_a_regions_work_reported_at_a_founding_is_no_review_of_the_alliance():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    founding = enriched("清河县人民医院医共体成立",
                        "3月1日，清河县人民医院医共体成立大会在我院召开，全县9家乡镇卫生院加入医共体。\n"
                        "县卫生健康局局长通报了上半年全县卫生健康重点工作。", county)
    assert founding.event_types == ["成立"]
    review = enriched("清河县人民医院医共体成立",
                      "3月1日，清河县人民医院医共体成立大会在我院召开，全县9家乡镇卫生院加入医共体。\n"
                      "县卫生健康局局长通报了上半年医共体试点工作。", county)
    assert set(review.event_types) == {"成立", "年度总结"}


def test_a_feature_reporting_results_over_years_and_more_is_a_review():
    county = source("清河县卫生健康局", "河北省", "邢台市", "清河县", kind="health_commission")
    article = enriched("清河：县医院和乡镇卫生院“一本账”",
                       "记者日前从清河县卫健委获悉，以清河县人民医院为核心的紧密型医共体运行三年多来，成员单位由5家扩展到9家。\n"
                       "县人民医院院长介绍，医共体内实行药品目录统一，乡镇卫生院门诊量较2020年增长37%。", county)
    assert article.event_types == ["年度总结"]


def test_a_feature_with_no_event_of_its_own_takes_the_activities_it_reports_not_its_plans():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    title = "邢台市人民医院对口帮扶专家：把技术留在清河"
    scene = "清晨七点半，清河县人民医院心内科的灯已经亮了，这是一个普通工作日的开始。\n"
    told = enriched(title, scene + "邢台市人民医院对口帮扶专家带着科里的年轻医生查房，逐一讲解病人的用药调整。", county)
    assert told.event_types == ["帮扶/下沉"]
    plan = enriched(title, scene + "邢台市人民医院对口帮扶专家下一步将带着科里的年轻医生查房，逐一讲解病人的用药调整。", county)
    assert "帮扶/下沉" not in plan.event_types


def test_how_an_alliance_is_made_is_no_founding_unless_a_ceremony_founds_it():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    made = enriched("清河县人民医院医共体推行药品统一配送",
                    "清河县人民医院牵头组建县域医共体，成员包括9家乡镇卫生院。今年起，医共体内推行药品统一目录、统一配送。", county)
    assert "成立" not in made.event_types
    signed = enriched("清河县人民医院医共体签约仪式举行",
                      "3月1日，清河县人民医院医共体签约仪式举行，县人民医院与9家乡镇卫生院签订协议，组建县域医共体。", county)
    assert set(signed.event_types) == {"签约", "成立"}



def test_a_councils_own_meeting_after_a_founding_ceremony_is_a_meeting_of_its_own():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    title, lead = "清河县医疗共同体成立", "3月1日，清河县医疗共同体成立大会召开。医共体由县人民医院牵头，9家乡镇卫生院为成员单位。\n"
    council = enriched(title, lead + "成立大会后，医共体理事会召开第一次会议，审议了医共体章程。", county)
    assert set(council.event_types) == {"成立", "会议/峰会"}
    ceremony = enriched(title, lead + "县政府负责同志出席会议并讲话，要求医共体尽快实现人员统一调配。", county)
    assert ceremony.event_types == ["成立"]


def test_sent_down_in_a_title_is_experts_sent_in_a_lead_it_is_a_theme():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    meeting = enriched("邢台市护理专科联盟2024年年会在清河召开",
                       "10月17日，邢台市护理专科联盟2024年年会在清河县召开，清河县人民医院介绍了“护理专科门诊下沉到乡镇”的经验。",
                       county)
    assert meeting.event_types == ["会议/峰会"]
    sent = enriched("医共体总院专家下沉王官庄镇卫生院",
                    "10月17日，清河县人民医院医共体总院心内科、儿科专家来到王官庄镇卫生院，为群众看病。", county)
    assert "帮扶/下沉" in sent.event_types


def test_an_anniversary_looked_back_on_in_the_title_is_a_review():
    county = source("清河县人民医院", "河北省", "邢台市", "清河县")
    review = enriched("清河县医共体“一周年”：这些变化，你感受到了吗？",
                      "清河县人民医院医共体运行一年，乡镇卫生院门诊量回升，群众在家门口就能看上县医院专家。", county)
    assert review.event_types == ["年度总结"]
    plain = enriched("清河县医共体：这些变化，你感受到了吗？",
                     "清河县人民医院医共体运行一年，乡镇卫生院门诊量回升，群众在家门口就能看上县医院专家。", county)
    assert "年度总结" not in plain.event_types
