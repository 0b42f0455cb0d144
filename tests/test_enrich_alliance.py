"""Alliance forms, events, lead organisation, member count and relevance on short announcements."""

from yilian.clean.enrich import enrich
from yilian.clean.enrich.alliance import analyse
from yilian.clean.enrich.counts import member_count as counted
from yilian.clean.enrich.counts import number as cn_number
from yilian.clean.enrich.gazetteer import load
from yilian.clean.enrich.orgs import Speaker, find_orgs
from yilian.sources import Source


def member_count(text: str):
    return counted(text)[0]


def organisations(text: str) -> list[str]:
    return [o.name for o in find_orgs(text, load()) if not o.generic]
from yilian.records import Article, Region


def facts(title: str, body: str):
    return analyse(title, body)


def test_each_form_of_the_guideline():
    assert facts("市第一人民医院牵头组建城市医疗集团", "集团由市第一人民医院牵头，辖区社区卫生服务中心全部加入。").forms == ["城市医疗集团"]
    assert facts("紧密型县域医共体挂牌运行", "县人民医院牵头，18家乡镇卫生院加入县域医疗卫生共同体。").forms == ["县域医共体"]
    assert facts("全市儿科专科联盟成立", "联盟由市妇幼保健院牵头，吸纳12家医院。").forms == ["跨区域专科联盟"]
    assert facts("省远程医疗协作网覆盖全部县医院", "依托远程医疗协作网开展远程会诊和远程影像诊断。").forms == ["远程医疗协作网"]
    assert facts("我院托管县中医院", "双方签订托管协议，我院派出管理团队。").forms == ["对口帮扶/托管"]
    # a 医联体 with no clue to its form has none; 其他 is an alliance of medical and elderly-care institutions
    assert facts("医联体工作推进会召开", "会议听取了各医联体成员单位的工作汇报，部署下一步医联体建设。").forms == []
    assert facts("全市医养结合联盟成立", "市第一人民医院牵头，联合8家养老机构组建医养结合联盟。").forms == ["其他"]


def test_multi_label_when_two_forms_are_the_subject():
    forms = facts("县医共体接入省远程医疗协作网", "医共体牵头医院与省级医院签约，接入远程医疗协作网，开展远程会诊。").forms
    assert set(forms) == {"县域医共体", "远程医疗协作网"}


def test_event_types():
    assert "揭牌" in facts("专科联盟揭牌", "联盟正式揭牌。").event_types
    assert "义诊/巡诊" in facts("医联体专家下乡义诊", "专家到乡镇卫生院开展义诊。").event_types
    assert "年度总结" in facts("医联体2023年度工作总结会召开", "会议回顾全年工作。").event_types
    assert "签约" in facts("我院与县医院签约", "双方签订合作协议。").event_types


def test_events_told_as_history_or_pledges_are_not_this_event_s():
    # the agreement behind an anniversary meeting was signed years ago: the meeting is no signing
    told = facts("县医院分院走过五年", "9月25日，我院县医院分院成立五周年座谈会在县医院召开。五年前，我院与县人民政府签订合作协议，"
                 "对县医院实行全面托管。座谈会上，分院院长回顾了托管以来的工作。").event_types
    assert "签约" not in told and {"会议/峰会", "年度总结"} <= set(told)
    dated = facts("县医院与市医院签订帮扶协议", "2023年5月26日，县医院与市医院签订帮扶协议。").event_types
    assert "签约" in dated  # a full date is the event's own
    pledge = facts("卒中专科联盟年会召开", "11月8日，卒中专科联盟年会在市医院召开。会上，联盟与急救中心共同签署了卒中急救倡议书。")
    assert "签约" not in pledge.event_types


def test_a_new_alliance_unveiled_is_founded_and_its_branch_plaque_is_not():
    assert {"成立", "揭牌"} <= set(facts("县医疗健康服务集团挂牌", "10月28日，县医疗健康服务集团挂牌仪式在县人民医院举行。").event_types)
    branch = facts("卒中专科联盟丰县分中心揭牌", "4月15日，卒中专科联盟丰县分中心揭牌仪式在丰县人民医院举行。").event_types
    assert "揭牌" in branch and "成立" not in branch


def test_a_span_of_years_in_the_title_is_a_review_and_a_review_meeting_s_signing_is_kept():
    assert "年度总结" in facts("托管三年 县人民医院迈入三级医院行列", "近日，县人民医院通过三级综合医院评审。").event_types
    meeting = facts("医联体召开2019年度工作会", "1月8日，医联体2019年度工作会在我院召开。会上通报了2019年工作情况。"
                    "会议还签署了医联体双向转诊责任书。").event_types
    assert {"会议/峰会", "年度总结", "签约"} <= set(meeting)


def test_lead_organisation_and_members():
    f = facts(
        "石家庄市肝病专科联盟成立",
        "7月1日，由石家庄市第五医院牵头组建的肝病专科联盟成立，石家庄市人民医院、正定县人民医院等成为首批成员单位。",
    )
    assert f.lead_organization == "石家庄市第五医院"
    assert "正定县人民医院" in f.members
    assert f.lead_organization not in f.members
    assert facts("x", "联盟选举产生理事会，漯河市中心医院当选为理事长单位。").lead_organization == "漯河市中心医院"


def test_a_meeting_hosted_by_the_publisher_is_the_chair_s_alliance():
    """The title and the body tell one meeting at 我院: hosting it once weighs less than being its chair unit."""
    title = "省呼吸专科联盟年会在我院召开"
    body = "4月16日，江苏省呼吸专科联盟年会在我院召开，由联盟理事长单位江苏省人民医院主办，我院承办。"
    lead = analyse(title, body, Speaker("徐州医科大学附属医院"), load()).lead_organization
    assert lead == "江苏省人民医院"
    alone = analyse("省呼吸专科联盟年会在我院召开", "江苏省呼吸专科联盟年会在我院召开。", Speaker("徐州医科大学附属医院"), load())
    assert alone.lead_organization == "徐州医科大学附属医院"  # with no other role named, the host still leads


def test_member_count_phrasings():
    assert member_count("首批联盟单位137家") == 137
    assert member_count("该联盟共有42家成员单位") == 42
    assert member_count("联盟单位(137家)名单如下") == 137
    assert member_count("目前已有二十六家成员单位") == 26
    assert member_count("参会代表300余人") is None
    assert cn_number("一百三十七") == 137


def test_organisations_are_cut_at_clause_words():
    assert organisations("2018年孝感市中心医院与孝昌县第一人民医院签约") == ["孝感市中心医院", "孝昌县第一人民医院"]


def test_relevance_separates_alliance_news_from_the_rest_of_the_column():
    news = enrich(Article(url="u", title="我院举办护士节表彰大会", body="5月12日，医院召开护士节表彰大会，表彰优秀护士50名。"))
    alliance = enrich(Article(url="u", title="我院牵头成立胸痛专科联盟", body="联盟首批成员单位20家。"))
    passing = enrich(Article(
        url="u", title="医院召开第一季度院务会",
        body="会议通报了门诊量、住院量和医疗质量情况。\n会议强调要抓好安全生产、党风廉政和医联体建设等工作。",
    ))
    assert news.relevance["label"] == "other"
    assert alliance.relevance["label"] == "alliance" and alliance.relevance["score"] > 0.5
    assert passing.relevance["label"] == "other"
    assert 0.0 <= news.relevance["score"] < passing.relevance["score"] < alliance.relevance["score"] <= 1.0


def test_east_west_and_poverty_alleviation_cooperation_is_paired_support():
    article = enrich(Article(
        url="u", title="沪滇卫生健康扶贫协作工作座谈会在昆明召开",
        body="5月20日，沪滇卫生健康扶贫协作工作座谈会在昆明召开，两地卫生健康部门回顾了协作成效。\n"
        "会议商定，上海将继续选派医疗骨干到云南贫困县医院工作，并扩大进修培训名额。",
    ))
    assert "对口帮扶/托管" in article.alliance_forms
    assert article.relevance["label"] == "alliance"
    assert (article.region.province, article.region.city) == ("云南省", "昆明市")


def test_touring_free_clinic_in_a_poor_county_is_outreach_support():
    article = enrich(Article(
        url="u", title="我院医疗队赴甘肃定西岷县开展巡回义诊",
        body="8月中旬，我院组织骨科、妇产科和内分泌科专家六人，前往甘肃省定西市岷县开展为期五天的巡回义诊。\n"
        "专家们在县人民医院坐诊后，又到四个乡镇卫生院为群众看病，并为当地医生讲授常见病诊治规范。",
    ))
    assert article.relevance["label"] == "alliance"
    assert (article.region.city, article.region.county) == ("定西市", "岷县")


def test_a_one_day_free_clinic_at_home_is_not_alliance_news():
    article = enrich(Article(
        url="u", title="我院开展“全国爱耳日”义诊活动",
        body="3月3日上午，我院耳鼻咽喉科在门诊大厅开展“全国爱耳日”义诊活动，为前来咨询的市民免费检查听力。\n"
        "活动共接待群众一百二十余人次，发放宣传资料三百余份。",
    ))
    assert article.relevance["label"] == "other"


def test_each_alliance_form_comes_with_its_evidence():
    from yilian.clean.enrich import enrich
    from yilian.records import Article

    body = ("3月5日，县人民医院牵头组建的紧密型县域医共体正式挂牌成立，全县十二家乡镇卫生院成为成员单位。"
            "医共体实行人员统筹使用、药品统一配送，县医院专家每周到乡镇卫生院坐诊。")
    article = enrich(Article(url="http://x.example/1.html", title="我县紧密型县域医共体挂牌成立", body=body))
    assert "县域医共体" in article.alliance_forms
    assert any("医共体" in clue for clue in article.alliance_evidence)


def test_a_hospital_s_expert_post_elsewhere_is_paired_support_and_an_academician_s_is_not():
    post = enrich(Article(url="x", title="省人民医院敦化专家工作站揭牌",
                          body="5月26日，省人民医院敦化专家工作站揭牌仪式在敦化市医院举行。首批驻站专家开展了教学查房。"))
    assert post.relevance["label"] == "alliance" and post.alliance_forms == ["对口帮扶/托管"]
    research = enrich(Article(url="x", title="我院院士专家工作站揭牌", body="5月26日，我院院士专家工作站揭牌仪式举行。工作站将开展肿瘤免疫研究。"))
    assert research.relevance["label"] == "other"


def test_the_members_of_a_second_alliance_told_after_this_one_are_not_its_members():
    f = facts("德清县人民医院医共体挂牌成立",
              "10月25日，德清县人民医院医共体挂牌成立。该医共体以德清县人民医院为龙头，吸收乾元镇卫生院、雷甸镇卫生院。\n"
              "此前，以德清县中医院为龙头的县中医院医共体已于上月挂牌，吸收了新市镇卫生院、钟管镇卫生院。")
    assert f.lead_organization == "德清县人民医院"
    assert {"乾元镇卫生院", "雷甸镇卫生院"} <= set(f.members)
    assert not {"新市镇卫生院", "钟管镇卫生院"} & set(f.members)


def test_a_conjunction_is_no_part_of_a_hospital_s_name():
    assert organisations("镇卫生院病床使用率不到三成，而市人民医院常年人满为患。") == ["市人民医院"]


def test_a_bare_level_name_the_text_cannot_place_is_no_member():
    city = enrich(Article(url="x", title="日喀则市远程医疗协作网开通",
                          body="8月1日，日喀则市远程医疗协作网开通，由日喀则市人民医院牵头，成员单位包括县医院和乡镇卫生院。"),
                  None)
    assert "县医院" not in city.members
    county = analyse("舞阳县医共体成立", "医共体由舞阳县人民医院牵头，成员单位包括县中医院和北舞渡镇卫生院。",
                     region=Region(province="河南省", city="漯河市", county="舞阳县"))
    assert "舞阳县中医院" in county.members


def test_county_shapes_of_member_lists():
    src = Source(id="s1", name="舞阳县人民政府", kind="government", province="河南省", city="漯河市", county="舞阳县",
                 start_urls=["{fixture}/s1"])

    def named(title: str, body: str) -> list[str]:
        return enrich(Article(url="u", title=title, body=body), src).members

    # the township hospital an expert post (专家工作站) is set up at: 工作站 is no 作 of a guest's talk
    assert named("县医共体专家工作站揭牌", "5月6日，县人民医院医共体在北舞渡镇卫生院设立的专家工作站揭牌，县人民医院每周派专家坐诊。") \
        == ["北舞渡镇卫生院"]
    # branches of the alliance listed after its name are kept as named (M6), the first one too
    assert named("县人民医院医共体分院揭牌", "5月6日，县人民医院医共体北舞渡分院、太尉分院、马村分院同时揭牌。") \
        == ["北舞渡分院", "太尉分院", "马村分院"]
    # a table-like list
    assert named("舞阳县医共体成立", "5月6日，舞阳县紧密型县域医共体成立。医共体由舞阳县人民医院牵头。"
                 "成员单位：城关镇卫生院；北舞渡镇卫生院；太尉镇卫生院。") == ["城关镇卫生院", "北舞渡镇卫生院", "太尉镇卫生院"]


def test_a_network_s_second_phase_is_no_founding_and_experts_come_for_the_free_clinic():
    phase = facts("远程医疗协作网二期建成", "11月10日，市医院远程医疗协作网二期工程通过验收，正式投入运行。").event_types
    assert "成立" not in phase
    clinic = facts("医疗集团专家在社区开展义诊", "3月5日，市中心医院医疗集团专家来到我中心，在门诊大厅为社区居民开展义诊。").event_types
    assert clinic == ["义诊/巡诊"]


def test_county_site_phrasings_of_events_and_lures():
    assert "义诊/巡诊" in facts("医共体专家团队走进陶湾镇开展巡回诊疗", "5月6日，县人民医院医共体专家团队走进陶湾镇开展巡回诊疗。").event_types
    assert "帮扶/下沉" in facts("县医院医共体名医工作室落户双桥镇", "5月6日，县医院医共体名医工作室在双桥镇卫生院揭牌。").event_types
    launch = facts("省人民医院组团式帮扶县人民医院工作启动",
                   "3月16日，省人民医院组团式帮扶县人民医院工作启动仪式举行。省人民医院将作为帮扶单位，向县人民医院派驻帮扶团队。")
    assert "成立" in launch.event_types and "帮扶/下沉" not in launch.event_types
    # an education group is no medical group, a schools' 联盟 no alliance of hospitals
    school = enrich(Article(url="u", title="我院专家走进凤鸣教育集团开展心理健康讲座",
                            body="5月6日，我院精神心理科专家走进岐山县凤鸣教育集团，为师生开展心理健康专题讲座。"))
    assert school.relevance["label"] == "other"
    assert enrich(Article(url="u", title="我市成立健康校园联盟",
                          body="5月6日，我市健康校园联盟成立大会召开，全市30所中小学加入联盟。")).relevance["label"] == "other"


def test_a_two_character_township_ending_in_a_level_word_keeps_the_shared_level():
    f = facts("武宣县紧密型县域医共体正式成立", "医共体由武宣县人民医院牵头组建，成员单位为桐岭、通挽、东乡、三里等4个镇卫生院。")
    assert {"东乡镇卫生院", "三里镇卫生院"} <= set(f.members)


def test_a_friendship_hospital_keeps_its_university_and_country_pair():
    assert organisations("吉林大学中日联谊医院卒中专科联盟成立。")[0] == "吉林大学中日联谊医院"
    assert organisations("中日友好医院专家来院指导。") == ["中日友好医院"]
    assert "标准化中医馆" not in organisations("医共体在乡镇卫生院新建标准化中医馆8个。")


def test_a_signing_ceremony_is_no_separate_meeting():
    f = facts("县人民医院医共体与7个乡镇卫生院续签合作协议",
              "3月13日，县人民医院医共体协议续签会在县人民医院召开，县卫健委主任出席会议。会上，县人民医院与7个乡镇卫生院续签了合作协议。")
    assert f.event_types == ["签约"]
    forum = facts("县人民医院与市中心医院签约", "3月13日，县人民医院与市中心医院签约仪式暨首届胸痛论坛在县人民医院举行。")
    assert {"签约", "会议/峰会"} <= set(forum.event_types)


def test_a_provincial_hospital_s_close_alliance_with_one_county_hospital_is_their_aid_pair():
    f = facts("湖南省人民医院与石门县人民医院签订紧密型医联体合作协议",
              "3月1日，湖南省人民医院与石门县人民医院在石门县签订紧密型医联体合作协议，两院主要负责人出席仪式。\n"
              "根据协议，湖南省人民医院将作为帮扶单位，向石门县人民医院派驻管理和技术团队，重点支持心血管、神经、重症、急诊等学科建设。")
    assert f.forms == ["对口帮扶/托管"]


def test_an_assessment_of_the_members_year_is_a_review():
    f = facts("岐山县医共体2023年度成员单位绩效考核结果揭晓", "1月10日，县卫健局公布了医共体成员单位绩效考核结果，蔡家坡镇卫生院位列第一。")
    assert f.event_types == ["年度总结"]
