"""Every vocabulary, cue list and pattern of the enrich stage, in one place (trafilatura's xpaths.py style).

The other modules hold the mechanisms (zones, gazetteer lookups, organisation mentions, the count
grammar, weighted voting); what they look for is here. Each list is a class of words that news
writing uses generally (institution types, verbs of founding, 牵头-type roles, growth verbs), never a
phrase taken from one announcement.
"""

from __future__ import annotations

# Medical disciplines: a 联盟 of one is a specialty alliance (胸痛联盟), a 中心 named by one alone is a
# department (远程医学中心, 康复医学中心), not an institution.
DISCIPLINES = (
    "胸痛", "卒中", "创伤", "危重孕产妇", "危重新生儿", "儿科", "儿童", "妇产", "产科", "妇科", "肿瘤", "心血管", "心血管病",
    "心脏", "呼吸", "眼科", "骨科", "康复", "康复医学", "麻醉", "护理", "重症", "急诊", "检验", "影像", "医学影像", "病理",
    "血液", "血液病", "肾病", "肾脏", "内分泌", "消化", "神经", "精神", "精神卫生", "心理", "口腔", "皮肤", "中医", "中医药",
    "老年", "老年医学", "疼痛", "超声", "放射", "感染", "感染性疾病", "肝病", "糖尿病", "高血压", "心电", "新生儿", "妇幼",
    "耳鼻喉", "泌尿", "外科", "内科", "全科", "临床药学", "药学", "营养", "健康管理", "远程", "远程医学",
    "介入", "微创", "耳鼻咽喉", "眼", "脑", "甲状腺", "乳腺", "胃肠", "肝胆", "结核", "传染病", "慢病", "慢性病", "医学",
)

# -- alliance forms (the four of 国办发〔2017〕32号 plus 对口帮扶/托管 and 其他) ---------------------------

CITY_GROUP = "城市医疗集团"
COUNTY_COMMUNITY = "县域医共体"
SPECIALTY = "跨区域专科联盟"
TELEMEDICINE = "远程医疗协作网"
PAIRED_SUPPORT = "对口帮扶/托管"
OTHER = "其他"

# Province abbreviations (GB/T 2260 简称) for paired-aid programmes written as two of them
# (闽宁协作, 沪滇协作, 京蒙协作, 粤桂协作); the second is the province helped.
PROVINCE_ABBREVIATIONS: dict[str, str] = {
    "京": "110000", "津": "120000", "冀": "130000", "晋": "140000", "蒙": "150000", "辽": "210000", "吉": "220000",
    "黑": "230000", "沪": "310000", "苏": "320000", "浙": "330000", "皖": "340000", "闽": "350000", "赣": "360000",
    "鲁": "370000", "豫": "410000", "鄂": "420000", "湘": "430000", "粤": "440000", "桂": "450000", "琼": "460000",
    "渝": "500000", "川": "510000", "蜀": "510000", "黔": "520000", "贵": "520000", "滇": "530000", "云": "530000",
    "藏": "540000", "陕": "610000", "秦": "610000", "甘": "620000", "陇": "620000", "青": "630000", "宁": "640000",
    "新": "650000", "疆": "650000",
}
PAIRED_AID_WORDS = r"(?:扶贫|对口|东西部|帮扶|医疗|卫生|卫生健康|健康|远程医疗)?(?:协作|合作|帮扶|支援)"

# (regex, weight) per form; weights are multiplied by the zone weight (title > lead > body).
FORM_CUES: dict[str, list[tuple[str, float]]] = {
    CITY_GROUP: [(r"城市医疗集团", 3), (r"医疗集团", 2), (r"医院集团", 2), (r"城市医联体", 2)],
    COUNTY_COMMUNITY: [
        (r"医共体", 3), (r"医疗(?:卫生|健康)?共同体", 3), (r"县域医联体", 2), (r"县乡(?:村)?一体", 1.5),
        (r"县域(?:内)?(?:医疗|综合)", 0.8), (r"县(?:域)?总医院", 1.5), (r"乡镇卫生院", 0.25), (r"乡镇分院", 1.5),
        (r"县管乡用", 1.5),
        # a head hospital and its branches named together (总院派人、分院设点): a county community's structure
        (r"总院[^。；\n]{0,20}分院|分院[^。；\n]{0,20}总院", 2),
    ],
    SPECIALTY: [
        (r"专科联盟", 3), (r"专科联合体", 3), (r"专科医联体", 3), (r"专[科业][^,。;,、\n与和及同]{0,3}联盟", 2.5),
        (r"(?:[\u4e00-\u9fff]{2,8})(?:中心|学科)联盟", 2),
        # a 联盟 named after a discipline (胸痛联盟, 肿瘤防治联盟)
        ("(?:" + "|".join(sorted(DISCIPLINES, key=len, reverse=True)) + r")(?:(?![与和及同等])[\u4e00-\u9fff]){0,4}联盟", 2.5),
    ],
    TELEMEDICINE: [
        (r"远程医疗协作网", 3), (r"远程(?:医疗)?协作", 2.5), (r"远程(?:会诊|诊疗|医疗|影像|心电|病理|查房)", 1.2),
        (r"5G", 0.5),
    ],
    # 其他: alliances of medical and elderly-care institutions; a 医联体 with no clue to its form has none
    OTHER: [(r"医养结合[^，。；]{0,4}?(?:联盟|联合体|医联体|共同体)", 3), (r"医养(?:联盟|联合体)", 3)],
    PAIRED_SUPPORT: [
        (r"对口(?:帮扶|支援|协作)", 2.5), (r"托管", 2.5), (r"组团式", 2), (r"帮扶", 0.4),
        ("援[" + "".join(PROVINCE_ABBREVIATIONS) + "]", 2), (r"帮扶协议", 2.5),
        (r"冠名", 2), (r"院包院", 2.5),
        # a hospital's experts' post at another's (吉林省人民医院敦化专家工作站); an academician's is research
        (r"(?<!院士)(?<!院士、)专家工作站", 2),
        # a two-character programme name heading a title (苏铜协作：…, 厦临协作：…)
        (r"^[\u4e00-\u9fff]{2}(?:医疗|卫生健康|卫生|扶贫)?协作(?:[一二三四五六七八九十两\d]{1,2}周?年)?[：:]", 2.5),
        (r"驻点", 0.8), (r"合作办医", 2.5), (r"双下沉", 2.5), (r"(?:东西部|扶贫|帮扶)(?:医疗卫生|医疗|卫生健康|卫生)?协作", 2.5),
        # A hospital team touring a poorer area's clinics is outreach support, unlike a one-day 义诊 at home.
        (r"巡回(?:义诊|医疗)", 1.2),
        # A team sent to stay is the aid programme's (第二批援色医疗队, 第四批驻花垣医疗队); 援外 is in OTHER_SENSES.
        # (邵逸夫医院驻开化专家团队: a hospital's team stationed in a county)
        (r"(?:第[一二三四五六七八九十\d]+批|援|驻(?!村))[^，。；、\n]{0,6}?(?:医疗队|(?:专家|管理|技术|医疗)?团队|专家组)", 2),
    ],
}
# A 医疗集团 at county level is the county's community (县医疗健康集团), not a city group: the
# group word counts for the county form when a county-level word stands right before it.
COUNTY_GROUP = r"县(?:域)?[\u4e00-\u9fff]{0,6}?(?:医疗|健康|医疗健康|医疗卫生)?集团"
# The words that make a text about an alliance at all (generic 医联体 has no specific form).
GENERIC_CUES: list[tuple[str, float]] = [(r"医联体", 2), (r"医疗联合体", 2), (r"联盟", 1), (r"协作网", 1)]
# Cooperation between institutions: adds to relevance without implying a form.
SUPPORT_CUES: list[tuple[str, float]] = [
    (r"帮扶", 0.8), (r"下沉", 0.6), (r"双向转诊", 1), (r"成员单位", 1), (r"分级诊疗", 0.5), (r"坐诊", 0.5),
    (r"牵头(?:单位|医院)", 1), (r"理事长单位", 1),
    # a group's or its head hospital's own experts (集团专家常驻社区, 总院专家带教): only a group has them
    (r"(?:集团|总院)(?:专家|医生|医师)", 1.2),
    # a county's general hospital named with its branches (总医院成立五年：分院…): a head and its branches (天津医科大学
    # 总医院和田分院 is none: a 总医院 after a name's other letters). Relevance only: read as the county form, it gave a
    # group's branch news a form whose lead (the 总医院, not its head hospital) split the registry's groups
    (r"(?:(?<![\u4e00-\u9fff])|(?<=[县区旗]))总医院[^。；\n]{0,20}分院|分院[^。；\n]{0,20}(?:(?<![\u4e00-\u9fff])|(?<=[县区旗]))总医院", 2),
    # experts posted to another hospital, or sent there in batches (派驻, 先后派出四批27名医生): an aid relation
    (r"派驻|长驻", 1.0), (r"[一二三四五六七八九十两\d]+批[^，。；]{0,8}?(?:专家|医生|医师|医疗队|队员|团队)", 1.2),
]
# A city group named as one (城市医疗集团, 城市医联体): beside a county community only these say a city's group is there too.
CITY_GROUP_NAMED = r"城市(?:医疗集团|医联体)"
FORM_THRESHOLD = 3.0
SELF_REFERENCE_SHARE = 0.35
PAIRED_PROGRAMME_WEIGHT = 2.5  # 闽宁协作, 沪滇协作: a paired-aid programme named
# A clause listing tasks or results (…医联体建设、对口支援、学科建设等重点任务): alliances named in passing.
TASK_LIST = r"[^，。；\n]{0,40}、[^，。；\n、]{0,20}、[^，。；\n]{0,60}?等[^，。；\n]{0,6}(?:任务|工作|方面|领域|重点|举措|成绩|成效)"
# How a news lead opens: a date or a time of the news in its first words (6月30日, 今年7月起, 受高温影响，近期…, 截至…),
# a background (根据…, 为进一步…), or a salutation's colon (王润生代表：). A lead that opens otherwise and names no
# alliance cue, under a title that names none either, is a feature's or a story's scene (早上七点四十，寿昌镇的雾还没散…):
# the news is told after it.
NEWS_OPENING = (r"^(?:[^。；\n]{0,20}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|近日|日前|近期|截至|截止|今年以来|昨天|"
                r"昨日|今天|今日)|按照|根据|为(?:了)?(?:深入|进一步|全面|贯彻|落实|推进|加快)|近年来|[^\n]{1,30}[：:]\s*(?:\n|$))")
# A title that reports all its publisher's work (滕州市卫生健康局2023年上半年工作总结, 县政府工作报告,
# 医院年终盘点) or the meeting that reviews it (全市卫生健康工作会议, 职工代表大会: R4 e0115, e0239) and names no
# alliance nor aid: the alliances its body tells of are points among many (R4), news about no one alliance; an excerpt
# (工作报告（摘登）) is a part chosen for its subject.
WHOLE_WORK_TITLE = (r"工作(?:总结|报告)(?![（(]?(?:节选|摘登|摘编|选登))|年终盘点|年度盘点|年终总结|"
                    r"卫生(?:健康)?工作会议|职工代表大会|职代会")
# A numbered point of a report opening its own line (一、 （二） 3． 关键词四：): a report told in such points and
# naming its alliance in one point only, under a title that names none, reports many things (R4, NOTES11 call 1).
NUMBERED_POINT = (r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|"
                  r"\d{1,2}[、.．](?!\d)|关键词[一二三四五六七八九十]{1,3})")
POINTS_AMONG_MANY = 3  # the fewest numbered points a report needs for one of them to be a point among many
WHOLE_WORK_CAP = 3.0  # the most such a report weighs for relevance: under one generic cue in the lead
BODY_RELEVANCE_CAP = 4.0  # what cues deep in the body can add to relevance at most  # what 我集团 read as the group's name adds to relevance
# A title reporting experts sent or at work (the 帮扶/下沉 event: 专家来坐诊, 总院专家带教) makes the body's alliance
# cues that visit's frame: they weigh this many times a passing mention's (still under the body's cap).
EXPERTS_SENT = "帮扶/下沉"
FRAMED_BODY_FACTOR = 3.0
# Experts sent down (teaching rounds, operations shown, a stay: EXPERTS_SENT) who also hold a free clinic or a course
# where another institution is named are a visiting team's programme of work (E8), an alliance's or an aid pair's
# visit told without 帮扶 or 对口; an invited speaker gives one lecture (R2), a hospital's own 义诊 sends no one.
VISIT_WORK = ("义诊/巡诊", "培训")
VISIT_PROGRAMME = 2.0  # what such a programme adds to relevance: half a generic cue in the lead
COUNT_RELEVANCE = 2.0  # what a stated member count adds to relevance
TITLE_PARTY_WEIGHT = 4.0  # an alliance cue said in the body of an organisation the title names: a lead's weight
# A form is only given when at least one cue that defines it (weight at least this) is there: 帮扶 or
# 远程会诊 alone happen inside every kind of alliance.
DEFINING_CUE = 2.0
# The alliance words in other senses, each pattern with the word as its group "cue": a 联盟 of industry,
# sport, schools, party building, shops or drug procurement; 托管 of children, property or funds; 对口 of a job to a degree; 帮扶 of
# villages and households; 组团式/援青 teams of teachers; 东西部协作 of industry and trade.
OTHER_SENSES = (
    r"(?:产业|篮球|足球|排球|羽毛球|乒乓球|网球|棋|体育|运动|联赛|企业|商会|高校|教育|技术创新|产学研|电商|旅游|文化|"
    r"科技|品牌|器械|摄影|歌咏|读书|志愿|采购|校园|学校|党建|诚信|零售|药店|药房|经营|商家|医保|金融|人才)[^，。；、\n医]{0,6}?(?P<cue>联盟)",
    r"(?:教育|投资|建设|旅游|文化|交通|能源|水务|城投|农业|产业|商贸|物流)(?P<cue>集团)",  # 凤鸣教育集团 is no 医疗集团
    r"(?P<cue>联盟)(?=赛|杯|联赛)",
    r"(?P<cue>联盟)[^，。；]{0,8}?(?:带量采购|集中采购|联合采购)",
    # a certifying body (中国胸痛中心联盟公布了…再认证结果): a hospital's own centre certified, no alliance of its
    r"(?P<cue>联盟)(?=[^，。；]{0,4}?(?:公布|发布)[^。；]{0,24}?认证)",
    r"(?P<cue>托管)(?=班|服务|费|点|机构)",
    r"(?:物业|后勤|暑期|暑假|寒假|课后|儿童|学生|幼儿|资金|资产|账户)[^，。；、\n]{0,6}?(?P<cue>托管)",
    r"(?P<cue>对口)(?=招聘|就业)", r"专业[^，。；]{0,8}?(?P<cue>对口)",
    r"(?:驻村|乡村振兴|贫困户|困难户|农户|消费|产业|就业)[^，。；]{0,6}?(?P<cue>帮扶)",
    r"(?:教育|教师|支教|学校)[^，。；]{0,8}?(?P<cue>组团式|援[藏疆青])", r"(?P<cue>组团式)[^，。；]{0,4}?(?:教育|支教)",
    r"(?P<cue>援[藏疆青])(?=教师|支教|干部人才)",
    r"中国(?:第[^，。；]{1,4}批)?(?P<cue>援)", r"(?P<cue>援)(?=外|非洲)",  # medical teams sent abroad
    r"(?P<cue>(?:东西部|对口|扶贫)协作)(?=[^，。；]{0,4}(?:产业|招商|消费|劳务|经贸))",
)
SECONDARY_FORM_SHARE = 0.6


# -- event types, each with the words that mark it and the words that cancel a mark ------------------

OTHER_EVENT = "其他"  # news that is not about an alliance event
# A free clinic or a tour of clinics (义诊, 巡回诊疗, 为居民提供免费诊疗): experts who come for one hold the clinic.
FREE_CLINIC = r"义诊|巡诊|巡回(?:医疗|诊疗)|送医下乡|免费诊疗"
# 下沉 in a title is experts sent down (专家下沉到乡镇); in a lead or body it is mostly an aim or a theme (推动资源下沉,
# 护理专科门诊下沉到旗市的经验, 专家下沉成本高), so it is read in titles only.
SENT_DOWN = r"下沉"
# A course or a lecture (培训, 讲座, 授课): experts who come to give one hold it (E6), they are no team sent down (E8).
LECTURE = r"培训|讲座|授课|讲授"
# Experts who come, a team named by who sent it, or experts said to be sent (专家一行来到, 医疗队, 援蒙专家,
# 下派3名医生, 选派骨干): a visit, which is experts sent down (E8) unless what they came for is a free clinic or a course
# found in the same text (E6, E7: they hold it).
EXPERTS_VISIT = (r"(?:专家|医生|医师|队员|管理团队|医疗团队)(?:团队)?(?:一行)?(?:启程|出发)?(?:走进|来到|深入|赴|到|来|抵达|前往)|"
                 r"(?:专家|医生|医师|队员|管理团队|医疗团队)(?:团队)?(?:一行)?(?:启程|出发|出征)|医疗队|"
                 r"援[\u4e00-\u9fff]{1,2}(?:医生|专家|医师|队员|干部)|"
                 r"(?:选派|派出|下派)[^，。；]{0,12}?(?:专家|医生|医师|骨干|医护人员|医务人员|团队)")
EVENT_CUES: dict[str, list[str]] = {
    "成立": [r"成立", r"组建", r"挂牌运行", r"揭牌运行", r"建成运行", r"建成投用", r"正式运行", r"正式启动", r"启动会", r"建设启动", r"开通运行", r"正式开通",
             r"(?:全面)?启动", r"投入运行", r"上线运行"],
    "签约": [r"(?:签订|签署)的[^，。；]{0,10}?协议", r"签约", r"签订", r"签署", r"续签", r"合作协议", r"帮扶协议", r"托管协议"],
    # a plaque or a membership certificate handed over or received (领取了成员单位牌匾, 接受了铭牌, 为成员单位代表颁发了证书)
    "揭牌": [r"揭牌", r"授牌", r"挂牌", r"(?:颁发|领取|授予|接受|接过|获颁)[^，。；]{0,10}?(?:牌匾|铭牌)", r"颁牌", r"获授", r"授予[^，。；]{0,12}?(?:牌|匾)",
             r"成员(?:单位)?[^，。；]{0,6}?(?:颁发|授予)了?[^，。；]{0,2}?(?:证书|牌匾|铭牌)"],
    "会议/峰会": [r"会议(?:指出|强调|要求|听取|审议|通报)", r"总结会", r"会议", r"峰会", r"论坛", r"年会", r"座谈会", r"研讨会", r"推进会", r"联席会", r"(?<!病)例会", r"理事会(?:会议|议)", r"理事会(?:在[^，。；]{1,12}?)?(?:召开|举行)", r"现场会",
                  r"交流会", r"大会", r"调度会",
                  # a meeting named by what it is for (工作部署会, 现场观摩会, 质量分析会, 学术沙龙), not 会诊 nor 会员
                  r"(?:对接|观摩|述职|动员|部署|分析|协调|汇报|专题)会(?!诊|员)", r"沙龙"],
    # 带教, 教学查房 and 手术示教 are experts sent down (帮扶/下沉), not courses
    "培训": [LECTURE, r"进修", r"带教班", r"学习班", r"研修班", r"培训班", r"规范化培训", r"远程教学", r"轮训",
             # a course named otherwise (基层能力提升班开班, 骨干医师班结业)
             r"班(?:开班|结业)|开班仪式|结业仪式",
             # a lesson given to the members' doctors (为各镇卫生院的医生讲解了胸痛的识别)
             r"为[^，。；]{0,16}?(?:医生|医务人员|医护人员|学员|村医|乡医)讲解"],
    "义诊/巡诊": [FREE_CLINIC, r"健康咨询"],
    # the programme's name (对口帮扶, 对口支援, 援藏) is the relationship, not experts sent
    "帮扶/下沉": [r"(?:开展|进行|实施|驻点|组团式|精准|技术)帮扶",
                  EXPERTS_VISIT, r"坐诊", r"坐镇", r"出诊", r"查房", r"手术示教",
                  r"示教", r"带教", r"为[^，。；]{0,10}?(?:医生|医务人员|医护人员|医师)(?:现场)?(?:示范|演示)",r"驻点", r"派驻", r"常驻", r"进驻", r"现场指导",
                  # a live operation shown at a meeting (E8), a joint clinic of the group's specialists
                  r"手术(?:直播|演示)|直播手术|(?:手术|病例)直播", r"联合门诊",
                  # the sent experts' own operations on site (专家在石阡县人民医院完成了一台…手术), not over a network
                  # (专家通过远程…) nor results summed up (累计开展手术); a demonstration (手术演示) is read as such. (Their
                  # consultations too cost a held-out column more than they gained.) An operation is named by its kind as
                  # often (胃癌根治术, 取栓术): any word ending in 术 but a skill's (技术, 学术, 医术).
                  r"(?:专家|医生|医师|医疗队|队员)(?:(?!远程|视频|线上|网络|累计)[^，。；]){0,16}?(?:完成|实施|开展|进行|主刀)了?"
                  r"[^，。；]{0,12}?(?:手术|[\u4e00-\u9fff](?<![技学艺美医战算])术)(?!中心|平台|系统|室|网|演示|直播|示教)",
                  # an expert's or a famous doctor's room at a member (名医工作室落户, 专家工作站揭牌): experts stationed there
                  r"(?:名医|名中医|专家)工作(?:室|站)"],
    # a look back on the alliance's work (回顾了五年来的托管工作), not a speech's on a hospital's history (回顾了医院70年的发展历程)
    "年度总结": [r"年度总结", r"工作总结", r"总结(?:大会|会)", r"年度[\u4e00-\u9fff]{0,4}工作报告", r"年度报告", r"工作回顾", r"回顾(?=了?[^，。；、]{0,12}?(?:工作|运行情况|成效|成绩))",
                 r"综述", r"一年来", r"年来", r"作[^，。；]{0,10}?工作报告",
                 # (not 月通报、季考核的工作机制: a routine named in a list)
                 r"通报(?![、和与及])了?[^，。；、]{0,12}?(?:工作|运行情况)"],
}
# A founding cue that also tells how an alliance is made (由…牵头组建, 以…为龙头组建): alone, outside the title, it is
# a founding only when the title tells the signing or plaque that founds it (E1, E3).
MADE_OF = ("组建",)
# Cues said only of titles: a retrospective (五年纪实, 2020年工作回顾, 成效显著, 实现全覆盖) is a 年度总结;
# a network that 开通 is founded.
EVENT_TITLE_CUES: dict[str, list[str]] = {
    "年度总结": [r"(?:\d{4}|[一二三四五六七八九十两])年度?[^，。；]{0,12}?(?:工作|建设|运行|成效|总结|回顾|综述|情况|成绩)",
                 r"[一二三四五六七八九十两\d]{1,2}(?:周)?年(?:来|纪实|回顾|结硕果|成效|[：:])", r"这[一二三四五六七八九十两\d]{1,2}年", r"成效(?:显著|明显|初显|突出)",
                 r"取得(?:明显|显著)?成效", r"运行情况", r"政府工作报告", r"(?:工作|情况)通报", r"年度进展", r"实现[^，。；]{0,8}全覆盖", r"纪实", r"综述", r"回顾",
                 # an anniversary, whatever comes before it (医共体“一周年”：这些变化, 托管芦山县人民医院五周年座谈会)
                 r"(?<![\d第])(?:[一二三四五六七八九十两]|\d{1,2})周年(?![前后])",
                 # an assessment of the members' year (绩效考核结果揭晓, 中期评估, 监测评价结果: NOTES3 10)
                 r"考核结果|考核情况|中期评估|评估结果|监测评价",
                 # a periodic review short of a year (一季度进展情况, 上半年运行情况)
                 r"(?:[一二三四1-4]季度|上半年|下半年)[^，。；]{0,16}?(?:进展|情况|工作|成效|总结)",
                 r"(?:走过|托管|帮扶|援[\u4e00-\u9fff]|组建|成立|运行|合作|协作|共建|办医)[^，。；\s]{0,4}?[一二三四五六七八九十两\d]{1,2}(?:周)?年"
                 r"(?![前后初底度级]|协议|计划|规划|行动)",
                 # a span of years the title looks back on (五年接力, 深耕五年, 六年织密急救网), not a date, a term or a plan
                 # (2023年, 第五年, 三年行动, 五年内, 一年一度), nor an anniversary meeting (成立五周年大会)
                 r"(?<![\d第每今明去前后近未届])(?:[一二三四五六七八九十两]|\d{1,2})年(?![前后初底度级内中期末]|一度|以?后|协议|计划|规划|行动|目标|\d)"],
    "成立": [r"开通", r"上线", r"启用",
             # the alliance itself unveiled (…医疗集团挂牌, …城市医疗集团在吉阳区揭牌): a new one is founded (J25); a
             # branch's or centre's plaque (…分中心揭牌) is no founding
             r"(?<![我本])(?:集团|医共体|医联体|联盟|协作网|共同体|联合体)(?:正式|在[^，。；\s]{2,12}?)?(?:挂牌|揭牌)(?!仪式上)"],
    # a consultation told in the title is the experts' service to a member (NOTES3 7: 一次远程会诊), not its centre
    # nor a volume of them reported (会诊量突破万例)
    "帮扶/下沉": [SENT_DOWN, r"会诊(?!中心|平台|系统|室|网|通道|专线|量|数|人次|例)"],
}
# A relevant text with no event of its own that reports results (同比增长, 由8家增至11家, 达到87%, 累计, 今年以来, 三年多来) is a
# review (E9: features and interviews take the type of what they report: NOTES6 S10-2, S10-29); a network extended, a
# facility opened, a bulletin, a notice or a press conference is not (E10: 延伸到村卫生室, 中心药房启用, 工作动态, 公告);
# nor does such a text take the type of a routine it mentions (below).
REVIEW_RESULTS = (r"同比|硕果|成果|较上年|较去年|环比|以来|年多?来|年间|累计|全年|[上下]半年|截至|"
                  r"由[^，。；]{1,16}?(?:增|扩|提高|提升|下降|降|减少|缩短|发展)[^，。；]{0,2}?(?:至|到)|达到?[\d.]+%?|[\d.]+%|"
                  # a figure's change without its start (成员单位增至12家, 手术量翻了一番)
                  r"(?<![由将拟])(?:增|扩大|提高|提升|上升|升|下降|降|减少)(?:至|到)[\d一二三四五六七八九十两]|翻了?[一两]?番")
REVIEW_RESULTS_LEAST = 3
NO_REVIEW_TITLE = r"延伸|接入|扩容|新增|[二三四]期|启用|投入使用|投用|开通|上线|节点|试点|名单|样板|入选|获评|问答|十问|动态|公告|通知|简报|发布会"
# ... nor does a text whose lead opens on the day something happened (5月12日，…完成接入): that day's news, not a review
DAY_OPENING = r"^\s*(?:(?:19|20)\d{2}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
# A renaming or an upgrade (更名, 在原…医联体基础上升级组建, 加挂…牌子) unveils the new name's plaque and founds nothing
# (E1, NOTES5 S30, NOTES6 S10-9).
RENAMED = r"更名|升级为|升级组建|在原[^，。；]{2,30}?基础上|加挂"
# Before a cue in the body: a verb said as done (举办了五场专题讲座, 进行了授课).
DONE_BEFORE = r"(?:举办|开展|进行|组织|作|完成|实施|举行|召开)了[^，。；]{0,28}$"  # 作了《…》《…》等专题讲座
# Ceremonies are reported, not planned: a plaque unveiled (“…分院”揭牌) counts in the body as in the lead; so
# does a work report delivered or the state of the alliance announced at a meeting (作年度工作报告, 通报了…工作),
# and an agreement said as signed (双方签订的合作协议明确…: it was); the one a branch or aid programme is said to rest
# on (根据双方签订的对口帮扶协议) was signed before it, and the 签约 negatives cancel it.
CEREMONIES = ("揭牌",)
DELIVERED = r"^(?:作|通报|签订的|签署的|会议(?:指出|强调|要求|听取|审议|通报))"  # 会议指出: the meeting was held
# Activities the body mentions only in passing or as plans (每年派专家驻点) did not happen at this event:
# they need a hit in the title or lead, or one said as done.
ACTIVITY_EVENTS = ("帮扶/下沉", "培训", "义诊/巡诊")
# 拟 says a plan (拟派驻), not where it is part of a word (模拟培训 is a drill held, 虚拟病例 a case made up).
INTENDED = r"(?<![模虚])拟"
# The mood of an activity's sentence, by the last marker before its cue: a plan or a habit (将, 计划, 每年, 定期:
# E11) did not happen at this event; a deed (了, 已, 当天) did. Said across the sentence's clauses (将与…实行同质化
# 管理，派驻…，继续选派专家驻点), which the negative cues next to a cue do not reach.
PLANNED = r"将(?!其|患者|病人|病例)|" + INTENDED + r"|计划|准备|今后|下一步|未来|力争|可(?:以)?(?=开展|实现|提供|进行)|能够"
# A habit (每周, 定期) is no event either, unless its count says how often it was done (每周四…举办业务讲座8次), and no
# plan comes before it (将每年举办培训班4期).
HABIT = r"每年|每周|每月|每季度|定期|常态化"
DONE = r"(?<![为除])了|已|当天|当日|随后"
# A founding ceremony (成立大会) is 成立 alone; a meeting is added only for a distinct one held with it: a conference
# (成立大会暨学术论坛), the council's own first meeting (成立大会后，理事会召开第一次会议) or the work meeting the
# founding is announced at (医共体建设推进会召开，…医共体正式组建).
DISTINCT_CONFERENCE = r"论坛|峰会|年会|学术|研讨|理事会|推进会"
FOUNDING_CEREMONY = r"(?:成立|启动|组建(?:运行)?)(?:大会|仪式)|(?:签约|续签|签字)(?:仪式|大会|会)"  # the meeting a founding or signing is held at
# A title cue of 年度总结: the activities its body recounts (帮扶, 培训, 签约) are not events of their own.
RECOUNTED_EVENTS = ("成立", "签约", "揭牌", "培训", "义诊/巡诊", "帮扶/下沉")
# Before a cue in its sentence: results recounted (累计培训, 两年来…下沉, 工作报告：…; 已选派12名专家常驻: what stands
# done by now, not 已于5月8日抵达, a day), not this event's activities.
RECOUNTED_BEFORE = r"累计|已(?!于)|共计|先后|以来|年来|月来|前[两三四五六七八九十\d]+批|报告|通报"
# A sentence that opens in the past (五年前，…签订; 2019年，…签订; 此前, 早在) tells the history behind the event, one that
# opens on the state reached (至此，…下派专家42名; 截至6月底) its sum: its cues are no events of this one (a full date,
# 2023年11月8日, is the event's own).
PAST_OPENING = (r"^\s*(?:早在|此前|至此|截至|去年|前年|当年|近年来|近几年|多年来|[一二两三四五六七八九十\d]+年前|"
                r"(?:19|20)\d{2}年(?:\d{1,2}月)?(?![\d一二三四五六七八九十]|度|底|以来|起))")
# A review meeting's own acts (会议还签署了…责任书, 会上为…授牌) are events of it, not results it recounts.
AT_EVENT = r"会上|会议|大会|仪式|当天|现场|期间"
AT_EVENT_ACTS = ("签约", "揭牌")
# In the body, a cue in a sentence that reports what happened at the event counts as much as in the lead.
REALIS_BEFORE = (r"^(?:会上|大会上|会议上|仪式上|成立大会上|签约仪式上|揭牌仪式上|活动中|期间|当天|随后|会后|此次|本次|上午|下午|次日"
                 # the day of a signing or right after it, the day of a plaque: the agreed experts at work (签约当天，…开始坐诊;
                 # 签约仪式后，…查房; 揭牌当天，…开展巡诊; 揭牌仪式后，…坐诊)
                 r"|(?:签约|签字|协议签订)(?:仪式)?(?:当天|当日|后|结束后)[，,]|(?:揭牌|挂牌|授牌)(?:仪式)?(?:当天|当日|后|结束后)[，,])")
# Someone's words quoted in the body (一位老人说：“总医院的专家来了，…”): a clause or more in quotation marks is
# speech, whose words are no report of this event.
QUOTED_SPEECH = r"“[^“”]*?[，。！？；][^“”]*?”"
# A document about policy (解读《实施方案》) reports no event.
POLICY_TITLE = r"解读|实施方案|指导意见|管理办法|工作方案|(?:印发|关于)[^，。；]{2,40}?的(?:通知|意见)$"
# Words that cancel a cue where they touch it: 成立以来 looks back, 签约医生 is a family-doctor contract,
# 将派驻 is a plan.
# A region's work as a whole (全县卫生健康工作, 全市…重点工作): not one alliance's.
REGION_WORK = r"全(?:县|市|区|省|州|旗)[^，。；]{0,10}?工作"
EVENT_NEGATIVE_CUES: dict[str, list[str]] = {
    "成立": [r"(?:二期|三期|四期|升级|扩容|改造|新院区)[^。；]{0,16}?(?:启用|上线|开通|运行|建成|投用|投入使用)",  # 二期工程通过验收，正式投入运行
             # a programme's pilots launched, a facility of an existing alliance opened: nothing founded
             r"(?:启动|开展)[^，。；]{0,14}?试点", r"(?:通知|方案|文件|意见)要求[^。；]{0,60}?(?:组建|成立|建立)", r"(?:药房|大楼|病房|病区|门诊楼|食堂)[^，。；]{0,2}?(?:启用|上线|开通|投入使用)", r"成立以来", r"成立之初", r"成立时", r"成立至今", r"自成立", r"成立(?:近|已|已经|满|超过)?[一二三四五六七八九十两\d]+(?:周)?年", r"成立于",
             r"成立了(?:理事会|监事会|管理委员会|工作专班|领导小组)", r"组建之初",
             # the same look back said with 组建 (由组建时的10家扩大到13家, 组建近三年来)
             r"组建时", r"组建(?:近|已|已经|满|超过)?[一二三四五六七八九十两\d]+(?:周)?年",
             # the time since a founding (医共体组建以后, 组建半年多来): its results, the founding behind them
             r"(?:成立|组建)(?:以后|之后)", r"(?:成立|组建)[半一二三四五六七八九十两\d]+[^，。；]{0,4}?来",
             # a channel, a line or a plan activated (启动了上转绿色通道, 开通远程会诊专线, 启动应急预案) founds nothing
             r"(?:启动|开通)了?[^，。；]{0,8}?(?:绿色通道|通道|专线|直通车|热线|预案|应急响应|响应)",
             # a campaign launched (启动“专家进村”行动) is no alliance founded
             r"启动[^，。；]{0,12}?(?:行动|活动|项目|工程)",
             # an emergency procedure set going (胸痛中心一键启动, 立即启动卒中绿色通道)
             r"(?:一键|立即|迅速|紧急|随即|马上)(?:启动|开通)",
             # a team formed (组建了由心内科…医师组成的团队) is no alliance founded
             r"(?:组建|成立)了?[^，。；]{0,30}?(?:团队|专家组|医疗队|工作组|督导组|小组|专班)", r"组建以来", r"启动仪式上",
             # how an existing alliance is made (总医院以沙县医院为龙头组建，各乡镇卫生院均为其分院): no founding told
             r"以[^，。；]{2,20}?为(?:龙头|核心|主体|牵头单位)组建(?=[，,。；])",
             # an alliance described by who made it (…牵头组建的健康共同体运行已满三年): its founding is behind it
             r"(?<!新)(?:牵头|发起|共同|联合)(?:成立|组建)的"],
    # a pledge signed (签署了…倡议书) is no agreement between parties
    "签约": [r"签约医生", r"签约服务", r"签约率", r"签约居民", r"家庭医生签约", r"签[署订]?[^，。；]{0,16}?倡议",
             # an agreement signed before (原集团与各卫生院签订的协议继续有效) is no signing of this event
             r"(?:原|此前|之前|以前|早前)[^，。；]{0,16}?签[订署]",
             # nor is the agreement this event's programme rests on (根据我院与江达县人民医院签订的帮扶协议，医疗队将…)
             r"(?:根据|按照|依据)[^，。；]{0,20}?签[订署]的"],
    "会议/峰会": [r"会议室", r"会议中心", r"视频会议系统", r"会议精神", r"大会堂",
                  # a meeting of another body (县政府常务会议, 政协会议, 党委会) that passes the alliance's plans is none of its own
                  r"(?:政协|人大)[^，。；]{0,12}?(?:会议|大会)|人代会|常务会议?|常委(?:会议|会)|(?:党委|党组|院务|办公)会议?",
                  # nor is a region's general work conference (全县卫生健康工作会议) that sets its tasks
                  REGION_WORK + r"(?:会议|大会)",
                  r"(?:成立|组建|启动|揭牌|签约|授牌|挂牌|开通)[^，。；]{0,6}?(?:大会|仪式|会议)", r"(?:成立|启动)大会上",
                  r"(?:将|每年|定期|每季度|每半年)[^，。；]{0,12}?(?:年会|会议|论坛|座谈会|例会)"],
    "培训": [r"培训基地", r"进修人员", r"(?:将|" + INTENDED + r"|计划|每年|每季度|每月|定期)[^，。；]{0,12}?(?:培训|进修|带教)",
             # a lecture by a speaker at the meeting is part of the meeting (NOTES3 9, NOTES5 26), not a course;
             # a headline's second statement (…年会召开 我院专家应邀授课) is its own news
             r"(?:会议|年会|大会|论坛|会上|会议期间|同期)[^。；\s]{0,40}?(?:讲座|授课|讲授)",
             r"(?:根据|按照)(?:协议|约定)[^。]{0,40}?(?:培训|进修|带教)"],
    # 挂牌子 is an idiom for a name without substance (不是简单的“挂牌子”), no plaque unveiled
    "揭牌": [r"挂个?牌子"],
    "义诊/巡诊": [r"(?:将|" + INTENDED + r"|计划)[^，。；]{0,12}?(?:义诊|巡诊)"],
    "帮扶/下沉": [r"带不走的医疗队",  # local staff trained to stay: an idiom, no team sent
                  r"帮扶(?=协议|关系|签约|仪式|框架|工作|任务|项目|资金|单位|医院|方)", r"下沉[^。；]{0,6}(?:计划|方案)",
                  r"双下沉",  # a programme's name, like 对口帮扶
                  r"资源[^，。；]{0,6}?下沉",  # 推动优质医疗资源扩容下沉: a policy's aim, no experts sent
                  # experts who come for a free clinic or a course (专家走进临颍开展义诊, 专家来院授课) hold the clinic or
                  # the course; their 查房 or 坐诊 there still counts
                  r"(?:专家|医生|医师)(?:团队)?(?:一行)?(?:走进|来到|深入|赴|到|来|抵达)(?=[^。；]{0,40}?(?:" + FREE_CLINIC + "|" + LECTURE + "))",
                  # (a team on tour, 医疗队深入维西开展巡回义诊, 巡诊队走进牧区: its clinics are what it does there)
                  r"(?:医疗队|巡诊队|义诊队)(?=[^。；]{0,60}?(?:" + FREE_CLINIC + "))",
                  r"(?:根据|按照)(?:协议|约定)[^。]{0,40}?(?:帮扶|派驻|驻点|坐诊|下沉|带教|查房)",
                  # (first: matches do not overlap) a plan across the sentence's clauses (将作为帮扶单位，向…派驻; 三年内向…派驻; 派驻的5名专家将于…到岗)
                  r"(?:将|" + INTENDED + r"|计划|[一二三四五六七八九十两\d]+年内)[^。；]{0,30}?(?:派驻|选派|下派|驻点)", r"派驻的[^，。；]{0,10}?将",
                  r"(?:将|" + INTENDED + r"|计划|每年|每周|每月|定期)[^，。；]{0,14}?(?:派驻|选派|派出|下派|坐诊|出诊|下沉|帮扶|驻点|查房|托管)",
                  # the aid programme launched (组团式帮扶…工作启动): its experts are yet to come
                  r"帮扶[^，。；]{0,16}?(?:工作)?(?:正式)?启动",
                  # experts sent counted in person-times (全年向乡镇下派专家1860人次): a tally of the year, not this event's
                  r"(?:选派|派出|下派|派驻|下沉)[^，。；]{0,12}?[\d.]+(?:万|千)?余?人次",
                  # who the experts are (派驻思南的帮扶专家, 首批派驻的5名专家): an earlier dispatch, not this event's
                  r"派驻[^，。；]{0,12}?的"],
    # a region's work reported (通报了上半年全县卫生健康重点工作) is no review of the alliance's
    "年度总结": [r"(?:通报|回顾|总结)了?[^，。；、]{0,8}?" + REGION_WORK, r"近年来", r"多年来", r"十年来", r"[一二两三四五六七八九十]年来", r"半年来", r"今年来",
                 # full coverage reached by the members who join now (新增成员单位 实现乡镇全覆盖) is this event's result
                 r"(?:新增|加入|纳入|吸纳)[^。；]{0,16}?实现[^，。；]{0,8}全覆盖",
                 # the year's work naming a meeting that looks ahead (召开2021年社区健康服务工作推进会): no review
                 r"(?:(?:\d{4}|[一二三四五六七八九十两])年度?|[一二三四1-4]季度|[上下]半年)[^，。；]{0,14}?"
                 r"(?:推进会|部署会|动员会|启动会|调度会|例会)"],
}
EVENT_ZONE_WEIGHT = {"title": 3.0, "lead": 2.0, "body": 0.7}
EVENT_REALIS_WEIGHT = 2.0  # a body cue said as done counts as one in the lead
EVENT_THRESHOLD = 2.0

# -- organisations ------------------------------------------------------------------------------------

# A hospital's campus is named with the hospital (宁波市医疗中心李惠利医院东部院区).
CAMPUS_TYPES = ("院区", "东院", "西院", "南院", "北院")
# Institution types, longest first; the group says what kind of organisation a name is.
MEDICAL_TYPES = (
    "社区卫生服务中心", "社区卫生服务站", "社区健康服务中心", "社区健康中心", "妇幼保健计划生育服务中心", "妇幼保健院",
    "中西医结合医院", "精神卫生中心", *CAMPUS_TYPES,
    "疾病预防控制中心", "急救中心", "医学中心", "医疗中心", "卫生服务中心", "中心卫生院", "卫生院", "卫生室", "保健院",
    "总医院", "分院", "职工医院", "医院", "疾控中心", "血液中心", "诊所", "门诊部", "医学检验所", "中医馆", "康复中心",
    # a county's public-health units by the names counties give them (区妇女儿童保健和计划生育服务中心, 县皮肤病防治站, 120急救指挥中心)
    "计划生育服务中心", "妇幼保健所", "妇幼保健站", "急救指挥中心", "防治院", "防治所", "防治站",
    # 医养结合 alliances join care homes
    "福利院", "养老院", "敬老院", "养护院", "老年公寓", "护理院", "康养中心", "养老服务中心", "养老中心", "社会福利中心",
    "医养结合中心", "颐养院",
)
# A hospital's customary short form ends in its ordinal and 院 (市一院, 重医附一院, 广西医大一附院, 广医附院, 省人医): read as an
# institution type so the name before it is found, and resolved to the full name the text gives (orgs.shortens). Not a
# campus (第一院区), a slogan (一院一策, 一院多区) or a person (病人医保).
SHORT_HOSPITAL_TYPE = (r"(?:附属?[一二三四五六七八九]院|[一二三四五六七八九]附院|附院"
                       r"|(?<![第每统])[一二三四五六七八九十]院(?![区长办士校系所一二两三多])"
                       r"|(?<=[省市县区州川])人医(?![院生师学疗保务药养护]))")
GOVERNMENT_TYPES = (
    "卫生健康委员会", "卫生和计划生育委员会", "卫生计生委", "卫健委", "卫生健康委", "卫生健康局", "卫健局", "卫生局",
    "人民政府", "政府", "医疗保障局", "医保局", "人民代表大会", "发展和改革委员会", "医院管理中心", "医院发展中心",
    "医院管理局",
)
ACADEMIC_TYPES = ("医科大学", "大学", "医学院", "学院", "科学院", "专科学校", "高等专科学校", "学校", "研究院", "研究所")
# A medical name may start with an academic one (复旦大学附属华山医院, 中国医学科学院阜外医院).
ACADEMIC_LINK = ("附属", "第一临床医学院", "临床医学院", "·")
# Alliance names end in these; an organisation right before one leads it (漯河市中心医院医疗集团).
# Centres that are departments or platforms when a discipline is all that names them (河南省远程医学中心).
DEPARTMENT_TYPES = ("医学中心", "医疗中心", "诊疗中心", "会诊中心", "康复中心", "防治站")  # 卒中防治站 of a hospital
# An alliance word inside a run of characters before a medical type ends the name there: the branch after it
# (医共体石桥分院, 城市医疗集团东城分院) is one of the alliance's, not a name that holds the alliance.
BRANCH_OF_ALLIANCE = r"(?:医疗健康集团|医疗集团|健康集团|医联体|医共体|专科联盟|协作网)"
ALLIANCE_TYPES = ("医疗集团", "医联体", "医共体", "专科联盟", "联盟", "协作网", "医疗健康集团", "健康集团", "医院集团", "集团")

# Words that end a name on its left: clause words, verbs and roles that stand before an
# organisation ("由X牵头", "联合X", "牵头单位X"). Matched as whole jieba tokens, so 同济 and 协和 stay.
NAME_STOP_WORDS = frozenset(
    "与 和 及 暨 同 跟 或 由 在 为 是 以 将 对 向 把 被 从 到 至 赴 经 于 让 请 给 据 比 了 的 之 等 并 其 各 该 这 那 其中 以及 及其"
    " 还有 包括 包含 涵盖 覆盖 整合 纳入 吸纳 新增 依托 通过 成为 作为 担任 当选 任 有 共有 现有 即 含 分别 共同"
    " 获 授 荣获 获得 获评 开设 新开设 设立 牵头 发起 联合 携手 组织 邀请 特邀 聘请 加入 签约 签订 签署 托管 帮扶 支援 对口 派驻 派出 选派 入驻 进驻 走进 落户"
    " 来到 前往 深入 抵达 奔赴 来自 召开 举行 举办 开展 获悉 表示 介绍 显示 指出 要求 参加 出席 主持 致辞 讲话 参观"
    " 考察 调研 指导 支持 帮助 协助 推动 推进 建立 建设 组建 成立 挂牌 揭牌 授牌 启动 开通 接入 连接 上转 下转 转诊 力争 确保 争取"
    " 专家 医生 医师 护士 团队 代表 领导 负责人 院长 书记 主任 同志 人员 职工 群众 患者 居民 记者 日前 近日 近期 今年"
    " 去年 目前 此次 本次 首批 第二批 同时 随后 此外 另外 当天 上午 下午 晚上 期间 以来 之后 以后 以前 之前 全市 全县"
    " 全省 全区 辖区 区域 成员 单位 成员单位 牵头单位 牵头医院 理事长单位 核心医院 龙头 总院 集团总院 分院 联盟 集团"
    " 医联体 医共体 基层 各级 各县 我市 我县 我省 我区 县乡 乡镇 城乡 所属 下属 所辖 辖内 辖区内 域内 内 而 但 却 也 则 个别 标准化 规范化"
    # adverbs of frequency and degree, verbs of motion, whom a course is for: 专家定期来分院坐诊, 在更多分院推广, 面向总医院各分院 name no branch;
    # nor do those taught (培训分院护理人员, 带教分院医生)
    " 定期 经常 更 更多 再 又 已 来 去 面向 培训 带教"
    # going to a hospital said in a quote, and the particle of an action going on: 看病不用跑大医院, 名医进分院, 只盯着县医院,
    # 带着卫生院医生查房 name no hospital
    " 跑 进 着"
    # verbs jieba's dictionary tags as nouns or names: 充分发挥互联网医院优势, 大力支持医联体网络医院 name no hospital
    " 发挥 利用 充分发挥 充分利用 大力支持 大力发展 积极推进 助力".split()
)
# The emergency number is part of an emergency centre's name (隆化县120急救指挥中心, 市120急救中心), no count.
EMERGENCY_NUMBER, EMERGENCY_WORD = "120", "急救"
# Country pairs that name friendship hospitals (吉林大学中日联谊医院, 中日友好医院): jieba tags 中日 a time word.
NAME_KEEP_WORDS = frozenset("中日 中美 中德 中法 中英 中俄 中韩 中意 中加 中澳 中新 中以 中瑞 中荷 中泰 中巴 中非 中欧 中阿 中朝 中蒙".split()
                            + ["老年"])  # (老年 is a time word to jieba: 兴城市老年养护院)
# Parts of speech (jieba's tags) of dictionary words that never sit inside a name: verbs, prepositions,
# conjunctions, pronouns, adverbs, time words, particles.
NAME_STOP_TAGS = frozenset("v vd p c r rr rz d t tg u ud ug uj ul uv uz y e o".split())
# Counters, measure words and date units: 28家医疗机构 stops a name at 家, 2018年北京朝阳医院 at 年.
COUNTERS_STOP = frozenset("家 个 所 名 位 批 次 人 例 项 台 场 期 年 月 日 号".split())
# Time and number expressions a name never starts with (6月23日, 2019年, 近日).
# (nor the 记 of a feature's title, ——记建德一院寿昌分院的一天)
NAME_LEADING_NOISE = r"^(?:[\d０-９]+[年月日号]|[一二三四五六七八九十]+月|第?[一二三四1-4]季度|[上下]半年|[\d.．、)）]+|[上下]午|[当今昨]天|近日|日前|记)+"
# 应隐贤镇卫生院邀请: 应 before a name the invitation follows is "at the request of", no letter of the name.
INVITED_BY = ("应", r"的?(?:盛情|诚挚)?邀请")
# A name made only of these before its type is a class of institutions, not one of them
# (县级医院, 全县14个乡镇卫生院, 二级以上医疗机构).
GENERIC_NAME_WORDS = (
    "各", "全", "全县", "全市", "全省", "全区", "辖区", "辖区内", "县级", "市级", "省级", "区级", "乡级", "村级", "乡镇", "乡",
    "镇", "村", "社区", "基层", "二级", "三级", "甲等", "三甲", "二甲", "公立", "民营", "成员", "部分", "其他", "相关",
    "周边", "当地", "本地", "区域", "县乡", "县域", "城市", "农村", "多家", "以上", "以下", "定点", "协作", "联盟",
    "国家级", "省属", "市属", "县属", "大型", "综合", "专科", "一级", "二级以上", "三级以上",
    "合作", "签约", "帮扶", "对口", "受援", "支援", "牵头", "上级", "下级", "城区", "医联体", "医共体", "集团",
    "所在", "该", "本", "我", "两", "三", "四", "五", "家", "个", "所", "多", "示范", "综合性", "现代", "优质", "街道",
    "市区", "县区", "大", "市直", "县直", "省直", "区直", "省城",
)
# A hospital's grade: before a township's level it is the township's name (南通 二甲镇), no class of townships.
HOSPITAL_GRADES = frozenset(("二级", "三级", "甲等", "三甲", "二甲"))
# Ways of giving care that make a kind of hospital when no place or name comes before them (发挥互联网医院优势,
# 医联体网络医院); 银川市互联网医院 is one.
SERVICE_KINDS = frozenset(("互联网", "网络", "远程", "智慧"))
# Words that mark a class anywhere in a name's specific part (县级医院, 所有公立医院, 唯一一家…医院, 区属医院).
GENERIC_NAME_MARKERS = r"(?:级|所有|全部|全体|很多|许多|好多|一些|不少|一座|全年|[东西南北中]部|余[家所个名]|多[家所个]|[\d一二两三四五六七八九十百几]+[个名位所家地批]|[省市县区]内|所辖|山区|海岛|偏远|各地|各|唯一|首家|一家|[两三四五六七八九十\d]+家|区外|区属|市属|县属|省属|地市|省市|市县|县乡|旗县|盟市|高水平|乡镇|基层|公立|民营|其他|相关|周边|当地|部分|这些|上述|有关|成员|核心|龙头|牵头|协作|合作|定点|示范|综合性|就|重点|口岸|边境|所在|一流|知名|优质|顶尖|[式型]$)"  # 花园式医院, 研究型医院: a description
# First-person words of a publisher's own news: who 我院/本中心 stands for (an organisation).
SELF_REFERENCES = r"(?:我|本)(?:院|中心|集团|委|局|站|所)"

# On a hospital's own site, its group's 总院 (总院召开分院院长例会, 医共体总院) is the hospital itself, the group's lead
# (registry NOTES2 J5); not 总院本部 (the hospital a 县总医院 is built on), 总院长 (a title) or 总院区 (a campus).
HEAD_OF_GROUP = r"(?:医共体|医联体|集团)?总院(?![本长区])"
HEAD_OF_GROUP_WEIGHT = 3.0

# -- lead organisation: roles said of a name -------------------------------------------------------------

# Before the name: a role noun in apposition (联盟牵头单位漯河市中心医院, or the name in brackets after it: 集团总院（屯昌县
# 人民医院）), or 由/以 that a role word follows.
LEAD_ROLE_NOUNS = (r"(?:牵头单位|牵头医院|牵头方|理事长单位|主任委员单位|主席单位|盟主单位|龙头医院|核心医院|集团总院|(?:集团|医共体)总医院|总院|依托单位"
                   r"|托管方|托管单位|帮扶方|帮扶单位|帮扶医院|支援方|支援单位|支援医院|派出单位)")
LEAD_BEFORE: list[tuple[str, float, str]] = [
    # the alliance's chair is of this organisation (联盟理事长、我院超声科主任作年度工作报告)
    (r"(?:联盟|集团|医联体|医共体)(?<!副)(?:理事长|主任委员|主席)[、，]$", 2.5, "the alliance's chair is of it"),
    (r"(?<!副)" + LEAD_ROLE_NOUNS + r"[为是:：（(]?$", 3.0, "role noun before the name"),
    (r"(?:总院|核心|(?<!分)中心|枢纽)[^，。；]{0,12}?设在$", 3.0, "the group's centre is at the name"),
    (r"依托$", 2.0, "依托 the name"),
    (r"(?:挂靠|挂靠在|挂靠于)$", 3.0, "the alliance is attached to the name"),
]
# A clause before the name's own that gives it the role (作为联盟龙头医院，中山大学附属第一医院肾内科主任介绍…; not 作为联盟副理事长单位，我院…)
LEAD_ROLE_CLAUSE = (r"作为[^，。；]{0,20}?(?<!副)" + LEAD_ROLE_NOUNS + r"[，,]\s*$", 3.0, "作为 … 牵头单位，the name")
# After the name (within its clause). The first that matches counts.
ALLIANCE_WORDS = r"(?:医疗集团|医联体|医共体|专科联盟|专科联合体|专科医联体|联盟|协作网|分院|分中心|会诊中心|诊疗中心|医疗健康集团|健康集团)"
BRACKETED_ROLE = "its role in brackets"  # read before an alias in brackets is set aside
_NOT_A_CLAUSE = r"(?:(?![的在牵设建])[\u4e00-\u9fff])"
LEAD_AFTER: list[tuple[str, float, str]] = [
    (r"^(?:作为|为|是|任|担任|当选为?|成为)(?:联盟|集团|医联体|医共体|协作网)?(?:的)?(?:首届)?" + LEAD_ROLE_NOUNS,
     3.0, "named as the lead"),
    # (whose lead, said between: 东莞市人民医院是粤桂协作中我院的帮扶单位; not of an alliance named there, which may be
    # another than the text's: 霍山县医院是霍山县医院医共体的牵头医院, in news of the aid it receives)
    (r"^(?:作为|是|成为)(?:(?!医共体|医联体|集团|联盟|协作网|共同体)[^，。；]){1,14}?的(?:首届)?(?<!副)" + LEAD_ROLE_NOUNS, 3.0,
     "named as the lead"),
    # its officer is the alliance's chair (临沂市人民医院党委书记、联盟理事长王峰; 我院院长当选集团理事长; not 联盟副理事长)
    (r"^[\u4e00-\u9fff]{0,10}?(?:书记|院长|主任|教授)(?:、|当选为?|担任|任)[\u4e00-\u9fff]{0,14}?(?:联盟|集团|医联体|医共体|协作网)"
     r"(?:理事长|主任委员|主席)(?!单位)", 2.5, "its officer chairs the alliance"),
    # a role in brackets after the name, as lists and tables give it (邯郸市中心医院（牵头单位）、磁县人民医院…)
    (r"^[（(](?:联盟|集团|医联体|医共体|协作网)?(?<!副)" + LEAD_ROLE_NOUNS + r"[）)]", 3.0, BRACKETED_ROLE),
    # (or after one of its departments: 我院心电诊断中心牵头)
    (r"^(?:(?![与和及同])[^，。；]){0,4}?(?<!副)(?:牵头|发起|领衔|主导)|^[\u4e00-\u9fff]{2,8}?(?:科|中心|部|室)(?:牵头|发起|领衔|主导)",
     3.0, "牵头/发起 after the name"),
    # (or one of its departments: 以我院卒中中心为核心; or the main hospital a county's 总医院 is built on: 以湟源县人民医院为本部)
    (r"^(?:(?:(?![与和及])[\u4e00-\u9fff]){2,6}?(?:中心|科))?为(?:龙头|核心|牵头|依托|主体|中心|枢纽|本部)", 3.0, "以 … 为龙头/核心"),
    (r"^[，,]?作为[^。；]{0,14}?(?<!副)(?:核心|龙头|牵头单位|牵头医院|总医院|总院|帮扶单位|帮扶医院|支援单位|托管方)", 3.0,
     "作为 … 的核心"),
    # leads without 牵头: the subject that founds the alliance, or joins others to found it
    (r"^(?:联合|携手|会同)[^。；]{2,60}?(?:成立|组建|建立|发起|共建)", 2.5, "founds it with the others"),
    (r"^(?:正式|率先|牵头)?(?:组建|成立|建立|建成|组建了|成立了|建立了)[^，。；与和]{0,12}?(?:医共体|医联体|医疗集团|专科联盟|联盟|协作网)",
     2.5, "founds the alliance"),
    # works through the alliance as its own means, told by another (甘肃省人民医院依托甘肃省康复医学专科联盟，每月举办远程培训;
    # not 依托X医院牵头的医共体): in a hospital's own news (我院依托联盟平台) a member says it as well (SELF_UNSAID)
    (r"^(?:将|还将|继续|充分|积极)?依托(?:其|本院|我院)?(?:(?!医院|牵头)[^，。；]){0,20}?(?:联盟|医联体|医共体|协作网|集团)", 2.0,
     "works through the alliance"),
    (r"^(?:全面)?托管", 3.0, "托管 after the name"),
    (r"^(?:自[^，。；]{2,10}?(?:起|以来))?(?:第[一二三四五六七八九十\d]+批)?(?:将|还将|继续)?(?:[“”\"]?(?:组团式|紧密型|全面|精准|结对)[“”\"]?)*(?:对口)?"
     r"(?:帮扶|支援|援建|帮助)(?!协议|关系|工作|资金|项目)",
     2.5, "helps the other side"),
    (r"^(?:的)?(?:第[一二三四五六七八九十\d]+批)?(?:[“\"]?[\u4e00-\u9fff]{2,4}[”\"]?)?(?:援[\u4e00-\u9fff]{1,4}|驻[\u4e00-\u9fff]{1,3})[^，。；]{0,8}?"
     r"(?:医疗队|专家|医生|干部)", 2.5, "its aid team"),
    (r"^(?:先后|将|还将|共|累计|已经?|连续|陆续|相继|全年|今年|年内)*(?:向[^，。；]{2,40}?)?(?:选派|派出|派驻|下派|组织)[^，。；]{0,10}(?:专家|医疗队|医生|团队|骨干|医师|院长)",
     2.0, "sends experts"),
    # its aid team written without 援X (重医附一院驻点帮扶专家带领…, 北京天坛医院第二批京蒙帮扶医疗队队员, 东莞市人民医院首批对口帮扶专家到岗)
    # (not one the team is sent to: 派驻思南县人民医院的帮扶专家)
    (r"^(?:首批|第[一二三四五六七八九十\d]+批)?(?:驻点|京蒙|沪滇|闽宁|粤桂|东西部|对口|组团式|医疗)?(?:帮扶|支援)(?:医疗队|专家|医生|团队|队员)",
     2.5, "its aid team"),
    (r"^(?:的)?(?:医疗|医学)?(?:专家|医疗队|医生)(?:团队)?(?:赴|到|深入|走进|来到|前往|进驻|常驻|在|来|下沉|入驻|驻点|奔赴|抵达)",
     2.0, "its experts go out"),
    # (not one that joins another's or is one of its members: 上蔡县人民医院加入我院胸痛专科联盟, 我院是临沂市儿科专科联盟成员单位)
    # (its filler is a place or a discipline, not a clause: 同时牵头焦作市…联盟, 在我院设立的首个专科诊疗中心)
    (r"^(?!加入|成为|获|被|参加|入选|当选|是)(?:的)?(?:\d{4}年度?(?![^，。；]{0,8}?(?:分院|分中心)))?(?:紧密型)?(?:" + _NOT_A_CLAUSE + r"{1,6}?[区县市镇乡])?"
     r"(?:城市|县域|区域|紧密型|远程医疗|远程|" + _NOT_A_CLAUSE + r"{0,6}专科)?" + ALLIANCE_WORDS, 2.5, "the alliance bears its name"),
]
# A clause with no subject of its own (我院坚持…，累计向X派驻专家) says more of the name that opens the clause before it.
SUBJECT_CARRIED = r"[，,](?=(?:先后|累计|共|还|并|已经?|连续|陆续|相继|又|也)*(?:向|为|选派|派出|派驻|下派|帮扶|帮助|支援|托管))"
# Before the name: an alliance meeting hosted there (…在我院召开), said of the publisher itself.
HOST_BEFORE = r"在$"
HOST_AFTER = r"^(?:召开|举行|举办)"
HOST_WEIGHT = 2.0
# ... but a plaque unveiled there (…分中心揭牌仪式在我院举行) is the host's own branch or centre, the lead's award to it.
HOSTED_PLAQUE = r"揭牌|授牌|挂牌|落户"
# 由X主办 an alliance's meeting: the organiser is its lead.
ORGANISER = (r"由$", r"^主办", 2.0)
# 由X建设/组建 the alliance (由我院建设的…协作网正式开通): the builder leads it.
BUILDER = (r"由$", r"^(?:牵头)?(?:建设|搭建|组建|建立|发起)", 3.0)
# Whose officer unveils or awards a plaque (X副院长与我院院长共同为分中心揭牌; X副院长一行来到我院，为…分中心授牌): the
# alliance or the aid that awards it; the first party of a pair, not the one written after 与.
PLAQUE_GIVER_AFTER = (r"[^，。；]{0,10}?(?:院长|书记|主任|负责人|领导|专家|一行)(?:[^，。；]{0,12}?(?:来到|莅临|到|赴)[^，。；]{0,12}?[，,])?"
                      r"[^，。；]{0,16}?为[^，。；]{0,30}?(?:揭牌|授牌)")
PLAQUE_GIVER_WEIGHT = 2.5
LEAD_THRESHOLD = 2.0
# Right before a name: it is the object of help, so the team or experts after it go to it.
HELPED_BEFORE = r"(?:帮扶|支援|托管|援助|援建)[“”\"]?$|(?<![由以])向$"  # 向理塘县人民医院派出专家: sent to it
# A title about aid (京蒙协作结硕果, 签订紧密型帮扶协议) and about no other structure: the helper outranks a hospital's role in
# its own county's group told on the way (开鲁县人民医院作为开鲁县总医院的龙头)
AID_TITLE = (r"对口(?:帮扶|支援)|托管|组团式|帮扶|援[" + "".join(PROVINCE_ABBREVIATIONS) + "]|[" + "".join(PROVINCE_ABBREVIATIONS)
             + "]{2}" + PAIRED_AID_WORDS + "|东西部协作")
OTHER_STRUCTURE_TITLE = r"医共体|医联体|共同体|集团|联盟|联合体|协作网|总医院"
AID_TITLE_HELPER_BONUS = 1.5
# Lead roles said only of a name another tells of, not of the publisher's 我院 (a member says them of itself too).
SELF_UNSAID = ("works through the alliance",)
# Lead roles of a helper; said of a lead from another province, the article is paired support.
HELPER_ROLES = ("helps the other side", "its aid team", "sends experts", "its experts go out", "托管")
# ... and for the region, also the senior of a pair a centre is named after (我院与福建省立医院远程会诊中心): it comes from
# elsewhere, though the centre adds no aid form (NOTES5 S11)
HELPER_PLACE_ROLES = HELPER_ROLES + ("the senior leads",)
CROSS_REGION_AID = 4.0
SENIOR_SIGNING_AID = 2.5
# A 医联体 whose named members are mostly community health centres is a city's medical group (F1).
COMMUNITY_TYPES = ("社区卫生服务中心", "社区卫生服务站", "社区健康服务中心", "社区健康中心")
# The institutions of a township or a community: a county or district named before them is where they lie, not their name.
GRASSROOTS_TYPES = ("卫生院", "中心卫生院", *COMMUNITY_TYPES, "卫生室", "卫生服务站")
COMMUNITY_GROUP = 3.0
# A city's or higher hospital's branch named after a county (襄阳市中心医院保康分院, 四川省人民医院雷波医院) is
# paired support (F5), weighed like a defining cue where it is written.
BRANCH_TYPES = ("分院", "医院")
BRANCH_ELSEWHERE = 2.5
# So is a centre named after a hospital and then another place or partner (江门市中心医院都安胸痛救治中心,
# 东莞市人民医院—我院微创外科诊疗中心, 北京天坛医院—灵丘县脑卒中防治中心): that hospital's unit at the other (冠名),
# weighed as its branch; its form is aid unless the centre's own name says another (…远程会诊中心 is telemedicine).
# Read after the partner: the centre's name, and the link that may join the two names.
NAMED_CENTRE_LINK = r"[—–－-]{1,2}"
NAMED_CENTRE = r"[\u4e00-\u9fff]{0,10}?中心"
# centres that are institutions of their own place, whoever they are named with (城南社区卫生服务中心, 急救中心)
OWN_PLACE_CENTRES = ("卫生服务中心", "健康服务中心", "健康中心", "疾病预防控制中心", "疾控中心", "急救中心", "血液中心",
                     "养老服务中心", "养老中心", "社会福利中心", "康养中心", "医养结合中心", "精神卫生中心")
# Staff of a hospital or a place from another province than the event's, at work there as the title tells it (its
# 帮扶/下沉 or 义诊 event, or others' staff 在 a place: 深圳专家在我院完成首例…, 上海十院医疗队在我院开展筛查, 深圳医生在
# 桂西山区): aid across provinces (东西部协作, 对口支援) though no aid word is said, unless the title tells a lecture, a
# meeting or a visit to learn (北京专家来院作学术讲座). It says the form, not relevance: with no sign of a relation
# between the hospitals the visit is an invited expert's (R2).
STAFF_AFTER = r"[^，。；：:、\s“”]{0,4}?(?<!家庭)(?:专家|医生|医师|医疗队|专家组|队员)(?:团队)?(?P<at>在(?!线))?"  # (家庭医生: a resident's GP)
NO_AID_TITLE = LECTURE + r"|讲学|学术|论坛|峰会|会议|年会|进修|考察|参观|交流"
STAFF_FROM_ELSEWHERE = 2.5  # as a form's weight, under FORM_THRESHOLD alone
BOUND_FOR = ("援", "驻", "赴", "到", "至")  # before a place, where staff go (援开鲁医疗队), not where they come from
PAIRED_RECHECK = 1.5  # paired-support weight from which the helpers' places are read again as origins
# A 医联体 named after a pair (兰州大学第二医院与我院紧密型医联体): across two levels or more, the senior's aid to the
# other (F5, J26), not a city's group.
PAIR_ALLIANCE_AFTER = r"^[^，。；]{0,4}?(?:紧密型)?(?:医联体|医疗联合体)"
# An agreement whose first party supports the second when both are alike (A与B签订帮扶协议).
AID_AGREEMENT = r"(?:帮扶|托管|支援|医联体|医共体|合作办医|对口)[^，。；]{0,6}?协议"
# Which of two partners helps the other when a text only says they signed: the more senior name.
SENIORITY_WORDS: list[tuple[str, int]] = [
    (r"(?:大学|医学院|医学科学院|科学院)", 4), (r"^(?:中国|国家|首都|解放军|中国人民解放军)", 4), (r"省", 4),
    (r"(?:自治区)", 4),
    # a municipality's own hospitals are provincial (北京积水潭医院, 上海市第六人民医院), its districts' are not
    (r"^(?:北京|上海|天津|重庆)市?(?![^区县]*[区县])", 4),
    (r"市", 3), (r"[县区旗]", 2), (r"(?:镇|乡|街道|社区|村)", 1),
]

# -- members --------------------------------------------------------------------------------------------

# Before a name: it is invited or visited, not a member (特邀…专家, 赴…学习).
NOT_MEMBER_BEFORE = (r"(?:邀请|特邀|聘请|前身为|前身是|前身|原名|更名为|观摩了?|参观了?|考察了?|来自|转诊[到至]|转往|转到|"
                     r"上转[到至]|送往|转至|相比|比肩|对标|学习)$")
# A hospital patients or consultations are sent up to (向重医附一院申请会诊, 向市一院转诊…患者): where care goes, no member.
REFERRED_TO = (r"向$", r"^(?:申请|请求|提出|发起)?(?:远程)?(?:会诊|转诊|上转|转运)")
# Earlier in a name's clause: a visit (参观了区中心医院急诊中心和江川路街道社区卫生服务中心): the places seen, no members.
VISITED_BEFORE = r"(?:参观|观摩|考察)了[^，。；]{0,20}$"
# A former name of an institution (我院前身为1951年成立的思茅专区人民医院) is no other member.
# A county's 总医院 (平江县总医院, 宁都县总医院) is the name its 医共体 takes (DEFINITIONS F, L4): the alliance, no member.
COUNTY_GENERAL_HOSPITAL = r"[县旗]总医院$"
FORMER_NAME_BEFORE = r"(?:前身|原名|曾名|旧称|曾用名|时为|时称)[为是]?[^，。；]{0,16}$"
# The text says it is a member (联盟成员单位泉州市第一医院承办; X(的代表)作为联盟成员单位): a host or guest then is one.
SAID_MEMBER_BEFORE = (r"(?:成员单位|成员医院|联盟单位|集团成员|成员|(?:副|常务)?理事(?:长)?单位|副主任委员单位)[（(：:]?$"  # 首批成员单位（A、B）
                      r"|(?:新增|新加入|新吸纳|新纳入)的$")  # 新增的铜鼓县人民医院、靖安县人民医院代表…
# Before a name: an alliance's branch unveiled at it or settled in it (省儿科专科联盟左权分中心揭牌仪式在我院举行, …分中心落户我院,
# …分中心落户左权县人民医院 in a third party's report):
# the host is that member (NOTES13 S6), though the text names no lead.
BRANCH_HOSTED_BEFORE = r"(?:分中心|分院)(?:揭牌仪式|挂牌仪式|授牌仪式)?(?:正式)?(?:在|落户|落地|花落)$"
# Around a name: the alliance's plaque given to it (…专家组为我院授予“联盟网络医院”牌匾, 心内科主任为我院授牌): a member.
PLAQUE_RECEIVED = (r"[为向给]$", r"^(?:授牌|授予|颁发|颁授)")
# A clause before a name in its sentence that says the name is a member (作为固始县县域医共体成员单位，我院…).
SAID_MEMBER_CLAUSE = r"作为[^，。；]{0,20}?(?:成员单位|成员医院|联盟单位|成员|(?:副|常务)?理事(?:长)?单位|副主任委员单位)[，,]\s*$"
MEMBER_TIERS = r"(?:成员|联盟单位|网络医院|协作医院)"  # what a member is called: 成员单位/医院, 联盟单位, an alliance's 网络医院
SAID_MEMBER_AFTER = (r"^(?:的[^，。；]{0,4}?)?(?:正式|也|已经?|顺利|成功|率先)*(?:作为|为|是|成为)(?:[^，。；]{0,8}?|[^，。；]{0,10}?" + ALLIANCE_WORDS + r"的?)" + MEMBER_TIERS + r"|^[^，。；]{0,10}?加入|^等?(?:[\d一二两三四五六七八九十]+[家个])?(?:联盟|集团|医共体|医联体)?成员单位"
                     r"|^[^，。；]{0,4}?(?:获授|获颁|被授予)[^，。；]{0,14}?" + MEMBER_TIERS +  # 我院获授…联盟单位牌匾
                     r"|^(?:的)?(?:代表|作为)(?:联盟|集团|医共体|医联体)?(?:全体|各)?成员单位")  # A、B代表成员单位发言
# After a name in its clause, past its people and their posts: they speak or sign for the members (北舞渡镇卫生院院长张三、
# 莲花镇卫生院院长李四代表成员单位发言): a member, as the bare list in SAID_MEMBER_AFTER is.
FOR_THE_MEMBERS_AFTER = r"[^，。；]{0,40}?代表(?:联盟|集团|医共体|医联体)?(?:全体|各)?成员(?:单位)?(?:发言|表态|签约|签订|签署|作|宣读)"
# After a name (or its list) in its sentence: it signs the alliance's agreement (…也派代表参会，并签订了联盟合作协议), a member.
SIGNS_MEMBERSHIP_AFTER = r"^[^。；]{0,24}?签订了?(?:联盟|集团|医共体|医联体)[^，。；]{0,4}?协议"
# Outreach a hospital does alone (巡回义诊, its 医疗队 in villages): paired support only where another
# institution is named beside the speaker.
OUTREACH = r"巡回(?:义诊|医疗)|医疗队"
# A bulletin of several items, each under a heading of its own line (【基层卫生】, 【疾病预防控制】): an item with no
# alliance word in it is other news, and the institutions it names are no members.
BULLETIN_HEADING = r"(?m)^[ \t\u3000]*【[^】\n]{1,30}】"
ALLIANCE_TOPIC = r"医联体|医共体|医疗联合体|共同体|集团|联盟|协作网|成员单位|分院|对口|帮扶|托管"
# After a list: each of them leads (以市中心医院、市中医院为核心的另外两个集团), no member of this one.
LIST_LEADS_AFTER = r"^(?:为(?:龙头|核心|牵头单位|牵头医院)|分别牵头|各自牵头)"
# In an aid pair, the side helped: signed with, helped, gone to, or taking the helper's name (…分院).
SUPPORTED_BEFORE = r"(?:与|和|同|向|对|托管|帮扶|支援|援助|对口|进驻|驻|到|赴|在|走进|深入|抵达|来到|前往|为|帮助)[^，。；]{0,6}$"
SUPPORTED_AFTER = r"^[^，。；]{0,8}?(?:签订|签约|挂牌|揭牌|成为|加入|接受|受援)"
# In aid news, a pair written as helper, verb, helped (宁波市第二医院帮扶安龙县人民医院、李惠利医院帮扶贞丰县人民医院):
# a pair whose helper is another institution than the lead is another pair of the programme, neither side ours.
HELPS_NEXT = r"^(?:对口|结对|全面)?(?:帮扶|支援|托管|援建|援助)$"
# Where a meeting is held or a course opens (年会在X召开, 培训班在X开班) says nothing of membership.
VENUE_AFTER = r"^[^，。；]{0,10}?(?:召开|举行|举办|开幕|开班|开课|开讲)"
# Where a free clinic is held (深入郁山镇卫生院开展巡回医疗, 在…卫生院开展义诊): a place the team goes, a member only when
# the text says so or names it as the side helped elsewhere.
CLINIC_VENUE_AFTER = r"^[^，。；、和及]{0,8}?(?:开展|进行)[^，。；]{0,8}?(?:" + FREE_CLINIC + ")"
# After a name: its experts came as guests, it hosted without being said a member, it is a comparison, or it owns a building
# (建成县中医院康复大楼, 县妇幼保健院住院楼投入使用: the building is the news, not the institution).
NOT_MEMBER_AFTER = (r"^(?:的)?[^，。；]{0,10}?(?:专家|教授)[^，。；]{0,10}?(?:来院|来到我|来我|莅临|(?<!工)作|讲授|授课|讲座|学术报告|学术交流|应邀)|^(?:承办|协办)|^[^，。；]{0,6}?接收[^，。；]{0,14}?进修"
                    r"|^(?:的)?(?:水平|标准|建设|创建|[\u4e00-\u9fff]{0,4}?(?:大楼|业务楼|门诊楼|住院楼|综合楼|病房楼|医技楼))|^(?:进行|现场|实地)?(?:参观|考察|观摩|跟班)|^(?:等)?(?:单位|医院)?的?(?:代表|负责人|专家)?(?:参加|出席|参会|与会|观摩)")
# After a name, in its clause however long: its experts teach or lecture (濮阳市人民医院心内科、急诊科4名专家为我院…授课; 市中心医院神经
#内科专家围绕…作了讲解): a visiting experts' hospital, no member unless the text says so (M5)
EXPERTS_TEACH_AFTER = (r"^(?:的)?[^，。；]{0,12}?(?:专家|教授)(?:团队|组)?[^，。；]{0,36}?"
                       r"(?:授课|讲课|讲座|讲解|讲授|作了?[^，。；]{0,8}?(?:报告|讲座|讲解))")
# Before a list and after its last name: the institutions whose staff a course or lecture is for (为我院和浚县人民医院、淇县人民医院的
# 40余名医生讲授…, 为照旺庄镇卫生院、团旺镇卫生院的12名医生进行了…培训): those taught, members only when the text says so (M5);
# not a programme run for them (依托协作网，为…县级医院的医务人员开展了系列远程培训: the network's members).
STAFF_TAUGHT = (r"为(?:我院[和及与、])?$",
                r"的?[^，。；]{0,12}?(?:医生|医师|医护人员|医务人员|护士|护理人员|骨干|学员)[^。；]{0,40}?(?:讲授|授课|讲课|讲解|讲座|进行了?[^，。；]{0,20}?培训)")
# After a name: the help under which the text's institutions grew (在邯郸市中心医院对口帮扶下): a helper, no member.
HELPER_UNDER_AFTER = r"^(?:的)?(?:对口|结对|精准|全面|组团式|大力|鼎力|倾力|无私)?(?:帮扶|支援|支持|指导|托管|带动)下"
# After a name, in its clause: it came by invitation, a guest and no lead (…垂杨柳医院的专家代表应邀出席).
INVITED_AFTER = r"^[^，。；]{0,12}?应邀"

# A title announcing several alliances at once (盱眙县两个紧密型医共体同日成立, 三个城市医疗集团揭牌) speaks of
# no one alliance: no single lead, member list or count (M7); not an ordinal (第二个医疗集团).
SEVERAL_ALLIANCES_TITLE = (r"(?<![第\d])(?:[两二三四五六七八九十]|多|\d)个(?:紧密型|新|城市|县域|区域|[\u4e00-\u9fff]{1,6}?专科)?"
                           + BRANCH_OF_ALLIANCE)

# A person's post (副院长, 内窥镜室主任, 教授; not 主任委员单位, a member's rank): a list item holding one is a person
# (市五院内窥镜室主任贾彦生、邢台市人民医院王继涛: speakers, no list of institutions).
POST_TITLES = r"(?:院长|副院长|书记|主任(?!委员)|负责人|教授|专家|领导|处长|科长|代表)"
# After an institution in such a list: its person's name and what the list of people does (王继涛分别就, 李明、).
PERSON_AFTER = r"[\u4e00-\u9fff]{2,4}?(?:、|分别|等人|作了?|就|围绕)"
# After a name, in its sentence: a post-holder of it who attends, is invited or speaks (复旦大学附属中山医院医务处
# 负责人应邀出席, 江苏省肿瘤医院副院长…出席): the organisation is a guest unless the text says it is a member.
GUEST_AFTER = (r"^[^，。；、]{0,10}?" + POST_TITLES + r"[^。；]{0,80}?"
               r"(?:应邀|出席|列席|致辞|参加|参会|发言|(?<!工)作了?[^。；]{0,30}?(?:报告|讲座|讲话|授课))")  # not 工作站
# An organisation that speaks at the meeting (会议期间，市急救中心介绍了…) takes part; it is a member only when said so (M5).
# A title telling of an alliance's own council (医共体召开第二次理事会, 集团成员单位大会): those who attend it in person
# (…码市镇卫生院负责人参加会议) sit on it as members; experts invited to it (专家代表应邀出席) are still guests (M5).
COUNCIL_TITLE = r"(?:医共体|集团|联盟|医联体|共同体)[^，。；\s]{0,8}?(?:理事会|理事大会|成员大会|成员单位大会|管理委员会会议|管委会)"
COUNCIL_ATTENDS = r"(?:的)?(?:负责人|主要负责人|院长|分管院长|代表)?(?:等)?(?:参加|出席|参会|与会)"
AT_MEETING_OPENING = (r"^(?:会议期间|会上|会议上|大会上|年会上|年会期间|论坛期间|会议中|座谈中|分?论坛上|分会场上|座谈会上|研讨会上)[，,]?\s*$"
                      # or a clause of its own after one telling of the meeting (与会专家…进行了学术交流，白碱滩区人民医院作了经验介绍)
                      r"|(?:与会|会上|会议|年会|论坛|大会)[^。；]*[，,]\s*$")
SPEAKING = r"(?:介绍|汇报|通报|发言|分享|交流了)"
SPEAKS_AFTER = r"^(?:[^，。；、]{0,4}?)" + SPEAKING

# -- member counts: the count grammar ---------------------------------------------------------------------

NUMBER = r"(?P<n>\d{1,4}|[零一二两三四五六七八九十百千]{1,6})"
COUNTERS = r"(?:家|个|所)"
# After 一家: another counted part of the same list follows (1家三级医院、2家二级医院): 1 is a part, not "a hospital".
COUNTED_NEXT = r"[\u4e00-\u9fff]{1,10}?[、和及]\s*" + NUMBER.replace("?P<n>", "?:") + r"\s*" + COUNTERS
MEMBER_NOUNS = (r"(?:成员单位|成员医院|成员|联盟单位|协作单位|签约单位|接入单位|入网单位|组成单位|集团成员|医共体成员|医联体成员|分院|单位|"
                r"医疗卫生机构|医疗机构|机构|医院|卫生院|社区卫生服务中心|健康中心|服务中心|站点)")
ALLIANCE_SUBJECTS = r"(?:协作网|网络|体系|联盟|集团|医共体|医联体|平台|专科联合体|[县旗]总医院)"  # a county's 总医院 is its 医共体
# Right before a number: a clause of the alliance ends, the alliance its subject (我院牵头的医共体围绕…主线，9家成员单位…): what
# opens the next is all of its members, or their staff (…培训班开班，12家成员单位的护士长…参训); not after a clause that names it
# late (…与A、B、C分别签订了医共体协议，三家成员单位同时挂牌: the ones just named).
AFTER_ALLIANCE_CLAUSE = r"(?:^|[，,：:])[^，,。；：:]{0,12}?" + ALLIANCE_SUBJECTS + r"[^。；，,]{0,40}[，,]\s*"
# (pattern right before the number, pattern right after it, weight, rule, where the counted noun must be:
# "after" the number, "clause" anywhere in its clause, "" nowhere); the best weight counts.
# The verbs of growth to a new total (增至, 扩大到, 发展为, 由8家变为20家): what follows is the number now.
GROWN_TO = (r"增至|扩至|增加到|增加至|增加为|增长到|增长至|增长为|扩展到|扩展至|扩大到|扩大至|扩充到|扩充至|扩容到|扩容至|"
            r"扩增到|扩增至|发展到|发展至|发展为|增为|变为|上升到|上升至|升至|提高到")
_MEMBERS = r"(?:成员单位|成员医院|联盟单位|加盟单位|集团成员|成员|组成单位|协作单位|签约单位|接入单位|入网单位)"
# What names every member whatever its kind (成员单位, 医疗机构): the alliance's N of them are all of them, its N of one kind
# (集团内五家社区卫生服务中心, 医共体内15个镇卫生院) may be a part.
_MEMBERS_AT_LARGE = r"(?:成员单位|成员医院|成员|医疗卫生机构|医疗机构|机构|单位|分院)"
COUNT_CUES: list[tuple[str, str, float, str, str]] = [
    (_MEMBERS + r"[^，。；\d]{0,6}?(?:共|共有|已达|达到|达|" + GROWN_TO + r"|已有|现有|"
     r"总数|总计|合计|为)?\s*", "", 4.0, "成员单位 … N家", ""),
    (r"(?:共有|共|总计|合计|现有|已有|目前有|拥有)\s*", _MEMBERS, 4.0, "共有N家成员单位", ""),
    # a total said to include the named (成员单位包括县人民医院在内共17家)
    (r"在内[，,]?\s*(?:共有|共计|共|总计|合计)\s*", "", 4.0, "a total including the named", ""),
    (r"(?:共有?|总计|合计)\s*", r"(?:基层|成员)?(?:单位|医疗机构|医疗卫生机构)", 3.5, "共(有)N家单位", ""),
    # growth from one total to the next (成员单位由32家扩至37家): the new total, whatever was added
    (r"由(?:成立时|组建时|成立之初|组建之初|最初|初期)?的?\s*\d{1,4}\s*[家个所]\s*(?:" + GROWN_TO + r"|达到)\s*", "", 4.5,
     "grown from N to M", ""),
    (r"(?:包括|吸纳|接入)[^，。；\d]{0,10}?" + MEMBER_NOUNS + r"\s*", "", 3.0, "joined N (the noun first)", ""),
    (ALLIANCE_SUBJECTS + r"[^。；]{0,80}?(?:覆盖|涵盖|连接)[^，。；\d]{0,10}?" + MEMBER_NOUNS + r"\s*", "", 3.0,
     "the alliance joined N (the noun first)", ""),
    (r"(?:" + GROWN_TO + r"|达到|已达|突破|总数达)"
     r"(?:目前|现在|当前|如今)?的?\s*", "", 3.0, "grown to N", "clause"),
    (r"等\s*", "", 3.0, "list closed by 等N家", "after"),
    # the branches or members an alliance is made of (总医院下设15个乡镇分院, 医共体下辖12家成员单位)
    (r"(?:下设|下辖)\s*", "", 3.0, "made of N branches", "after"),
    # the alliance's own members, all of them (医共体内10个成员单位, 医共体全部11家分院)
    (ALLIANCE_SUBJECTS + r"(?:内|内的|的)?(?:全部|所有)?\s*", r"(?:基层|县级|乡镇)?" + _MEMBERS_AT_LARGE, 3.0, "the alliance's N members", ""),
    (r"(?:共有|(?<!医)共(?![享建同商治管担])|现有|已有|目前有|包括|吸纳|汇聚|整合|联合(?!体)|由|首批|首期|接入)(?:[^，。；]{0,14}?|[^，。；]{0,40}、[^，。；]{0,14}?)",
     "", 2.5, "joins N institutions", "after"),
    # a total closing a list of members (成员单位包括…等18个镇卫生院，共20家)
    (r"[，,]\s*(?:共(?:计|有)?|总计|合计)\s*", r"\s*$", 3.5, "共N家 closing a list", ""),
    # N of a kind the list after it names (15家乡镇卫生院分别是：A、B…; 首批24家成员单位名单如下：…)
    ("", r"[^，。；\d]{0,12}?(?:分别是|分别为|名单如下|如下|具体为|具体是)[:：]", 3.0, "N introduces the list of them", "after"),
    # N of a kind named as members (月川、红沙、榆红3家社区卫生服务中心和吉阳区卫生院为成员单位; …4个街道社区卫生服务中心为成员)
    ("", r"[^，。；\d]{0,24}?为(?:集团|联盟|医共体|医联体)?(?:的)?(?:首批|第一批|新的?)?成员(?:单位)?", 3.0, "N institutions are members", "after"),
    (r"(?:医疗机构|医疗卫生机构|单位|医院|卫生院|站点)(?:共|达|达到)\s*", "", 3.0, "N members after their noun", ""),
    # a part counted after its kind (县级医院12家和基层医疗机构20家): too weak alone, it adds up with other parts
    (r"(?:医疗机构|医疗卫生机构|医院|卫生院|社区卫生服务中心|服务站|保健院)\s*", "", 2.0, "a part counted after its kind", ""),
    # what a network or group covers are its members, listed before their number or not (连接八宝、峨堡…7个卫生院); what a
    # service reaches (远程会诊已覆盖40家) is not
    (ALLIANCE_SUBJECTS + r"[^。；]{0,80}?(?:涵盖|覆盖|连接|接入|辐射|延伸到|延伸至)(?:[^，。；]{0,14}?|[^，。；]{0,40}、[^，。；]{0,14}?)",
     "", 2.5, "the alliance covers N institutions", "after"),
    # (19家医疗机构加入, 6家社区卫生服务中心加盟)
    (r"", r"[^，。；\d]{0,12}?(?:成为|加入|加盟|参与|签约|组成|共同)", 2.5, "N institutions join", "after"),
    # the members by their own noun, what the alliance acts on (向11家成员单位下派骨干, 在全县11家成员单位推行…, 把16家成员单位当成
    # 一家医院来管): all of them (not a subject, which may be a part: 我区两家成员单位门诊量增长, 三家成员单位同时挂牌)
    (r"(?:向|在|把|对|为|给|与|和|覆盖|面向)(?:全县|全市|全区|全旗|集团|联盟|医共体|医联体)?(?:的)?(?:全部|所有|各)?\s*",
     r"(?:联盟|集团|医共体|医联体)?(?:成员单位|成员医院)", 2.5, "N成员单位: the members the alliance acts on", ""),
    # the members said by their own noun as the next clause's subject after a clause of the alliance (我院牵头的医共体围绕…主线，
    # 9家成员单位协同发力): all of them, though those that speak or report may be some (…推进会召开，3家成员单位作交流发言)
    (AFTER_ALLIANCE_CLAUSE, r"(?:成员单位|成员医院)(?![^，。；]{0,16}?" + SPEAKING + ")",
     2.5, "N成员单位 after the alliance's clause", ""),
    # a 总医院's branches beside its main hospital (总院与18家分院同心协力): all of them (not those it sends staff to: 向12家分院派驻)
    (r"(?:总院|总医院)(?:与|和|同)(?:全部|所有|各)?\s*", r"(?:乡镇|镇|乡|社区)?分院", 2.5, "N branches beside the main hospital", ""),
    # every township or community centre of the county the alliance acts on (医共体把全县15家乡镇卫生院与县医院绑在一起): all
    # its members; said of no alliance (县医院为全县15家乡镇卫生院培训…) the kind is counted, not a membership
    (ALLIANCE_SUBJECTS + r"[^。；]{0,40}?(?:向|在|把|对|为|给|与|和|覆盖|面向)(?:全县|全市|全区|全旗)(?:的)?(?:全部|所有)?\s*",
     r"(?:乡镇|乡|镇|社区)?(?:卫生院|社区卫生服务中心)", 2.5, "N of a kind, all of them, the alliance acts on", ""),
    # (a network that connects every one of a kind in the county: 这张连接着全县22个乡镇卫生院和…的“网”)
    (r"(?:连接|覆盖|涵盖)(?:着|了)?(?:全县|全市|全区|全旗)(?:的)?(?:全部|所有)?\s*", "", 2.5,
     "N of a kind, all of them, the alliance connects", "after"),
    # a figure summed over the members (19家成员单位门急诊量合计52.6万人次): summed over all of them
    ("", r"(?:成员单位|成员医院)[^，。；\d]{0,12}?(?:合计|共计|累计|总计)", 2.5, "N members a figure is summed over", ""),
    (r"(?:与|和|同|向)[^，。；\d]{0,8}", r"[^，。；\d]{0,10}?(?:签约|签订|组建|共建)", 2.5, "N partners of a signing",
     "after"),
]
# After a number: the institutions counted become members (…的41家医疗机构成为首批成员单位).
BECOME_MEMBERS_AFTER = (r"^[^，。；\d]{0,12}?(?:(?:成为|为|加入)(?:联盟|集团|医共体|医联体)?(?:的)?(?:首批|第一批)?成员单位"
                        r"|加入(?:该|本)?(?:联盟|集团|医共体|医联体|协作网))")
# After a number and the rest of its clause: the next clause makes them members (全市12个乡镇卫生院被授予…牌匾，成为联盟首批
# 成员), which outweighs what their own clause says (being honoured) and counts them as N institutions are members do.
BECOME_MEMBERS_NEXT_CLAUSE = (r"[^，。；\d]{0,30}[，,]\s*(?:并|均|正式|从而)?(?:成为|加入)(?:了)?(?:联盟|集团|医共体|医联体)?(?:的)?"
                              r"(?:首批|第一批)?成员")
COUNT_BECOME_WEIGHT = 3.0
# Before a number: it counts something added or past, not the total now.
# Participants counted (来自18家成员单位的学员, 为18家成员单位的60余名医生讲授) are no count of the members.
# Nor are those honoured (表彰了…等5家先进成员单位, 为…等6家单位颁发了铜牌), nor the officers elected among the members
# (…等5家医院当选副主任委员单位).
COUNT_PARTICIPANTS = (r"来自[^，。；]{0,40}$|表彰了?[^，。；]{0,40}$",
                      r"^[^，。；]{0,16}?(?:的|单位)(?:[\d一二两三四五六七八九十百]+余?名)?(?:学员|医务人员|医护人员|医生|代表|专家|护士|骨干|负责人|院长)"
                      r"|^[^，。；\d]{0,10}?(?:颁发|授予|颁授)"
                      r"|^[^，。；\d]{0,10}?当选(?:为)?(?:联盟|集团)?(?:常务|副)")
COUNT_DELTA_BEFORE = (r"(?:新增|新吸纳|新吸收|新加入|新纳入|新接入|新开设|又有|又吸纳|增加(?![到至为])了?|新签约|从|之初的?|成立时的?|组建时的?|"
                      r"开通时的?)[^，。；\d]{0,12}$")
# In the sentence before a number: it counts the members who join now (新成员签约, 同批获授牌的还有…等23家) or an
# earlier state (组建时成员单位为…，共6家), not the total now, unless its own clause says it is one (由7家增至9家).
COUNT_NEWCOMERS = r"新成员|新加入|同批|新吸收|新吸纳|新纳入|还有|组建时|成立时|成立之初|组建之初|开通时"
COUNT_TOTAL_CLAUSE = GROWN_TO + r"|达到|达|扩容|总数|现有|已有"
# Between a count and a smaller one in its sentence: the second counts a part of the first (首批接入15家医疗机构，其中包括
# A、B等5家县级医院), not the total.
COUNT_SUBSET = r"其中"
# Before a number in its clause: it counts a part of the institutions picked by what they are or do (成员单位中，已有18家;
# 能开展静脉溶栓的医院已达28家; 通过认证的成员单位已达12家), or their departments (卒中中心由9家增加到15家), not the members.
_PICKED_TAIL = r"(?:[^，。；\d]{0,8}|\s*由\s*\d{1,4}\s*[家个所][^，。；\d]{0,6})$"  # (…由12家增至)
COUNT_PICKED_BEFORE = (r"(?:成员单位|成员医院|成员|单位|医院|医疗机构)中[，,]?[^，。；\d]{0,6}$"
                       r"|(?:能|能够|可|可以|已能|具备|具有|通过|建成|取得|获得|开展)[^，。；\d]{0,14}的"
                       r"(?:成员单位|成员医院|医院|单位|医疗机构|基层医院|县级医院)?" + _PICKED_TAIL)
# (departments counted with no institution named after the number: 卒中中心由9家增加到15家, not 远程医学中心已接入58家医疗机构
# nor 胸痛中心联盟成员单位已有29家)
COUNT_DEPARTMENTS_BEFORE = (r"(?:" + "|".join(DISCIPLINES) + r")[\u4e00-\u9fff]{0,2}?(?:中心|单元)(?:(?!联盟|成员|单位|协作|医联体|医共体)[^，。；\d]){0,8}"
                            r"(?:由\s*\d{1,4}\s*[家个所][^，。；\d]{0,6})?$")
# After 由N家: growth follows (由8家发展到15家), so N is the earlier state.
COUNT_GROWTH_AFTER = r"^[^，。；]{0,8}?(?:" + GROWN_TO + ")"
# Before a number in its sentence: alliances counted (共组建医共体118个，覆盖乡镇卫生院1260家; 3个城市医疗集团覆盖…): the number
# counts the institutions of them all, no one alliance's members (M7).
COUNT_SEVERAL_ALLIANCES_BEFORE = SEVERAL_ALLIANCES_TITLE + "|" + BRANCH_OF_ALLIANCE + r"\s*(?:[两二三四五六七八九十]|\d{1,4})个"
# A first batch (首批, 第一批) with only a future total after it in its sentence (首批开通3家分院，年底前将覆盖全部9家; 5个镇卫生院
# 为第一批成员单位，今年年底前将覆盖全县26个): neither number is the membership now (C3).
COUNT_FIRST_BATCH = r"首批|第一批"
COUNT_FUTURE_TOTAL = r"将[^。；\n\d]{0,16}?" + NUMBER.replace("?P<n>", "?:") + r"\s*" + COUNTERS
# Before a number in its clause: it is still to come (医共体将在年底前覆盖全县15家, 计划吸纳20家), no membership now (C3); not 将
# as 把 (将全县15家卫生院纳入医共体: the verb after the number).
COUNT_FUTURE_BEFORE = (r"(?:将|计划|拟|预计|力争|争取|有望)(?:在|于|到)?[^，。；\d]{0,10}?"
                       r"(?:覆盖|吸纳|纳入|扩大|扩展|发展|增至|增加|达到|接入|辐射|延伸)[^，。；\d]{0,10}$")
COUNT_THRESHOLD = 2.5
# What a total gains when the parts counted beside it add up to it (12家和20家，共32家).
COUNT_AGREEMENT = 1.0
# What a number gains that opens the sentence after a list of as many members (A；B；C。3家成员单位…).
COUNT_LIST_AGREEMENT = 3.0
# What a whole told part by part gains (由县医院、县中医院和13个乡镇卫生院组成).
COUNT_MADE_OF_WEIGHT = 0.5
# A whole made of named institutions and counted parts (由A、B和7家卫生院组成): 由 before the names, 组成 after the parts.
COUNT_MADE_OF = (r"由[^，。；]{0,40}$", r"[^，。；]{0,40}?(?:组成|构成)")
# Before a counted part after 和: every one of a kind (县中医院和全县13个乡镇卫生院), which the names before it are not among.
COUNT_WHOLE_CLASS = r"(?:全县|全市|全区|全旗|辖区内?|所辖)"
# Between two counted parts of one list (5家医院和51家社区健康中心; 9县人民医院，并延伸到全市103个乡镇卫生院; 等3个镇卫生院，
# 以及仙沟、塔岭2家社区卫生服务中心).
COUNT_JOIN = r"\s*(?:和|及|以及|、|与)\s*[^，。；\d]{0,6}|[，,]\s*(?:以及|及|和)\s*[^，。；\d]{0,24}|[，,]\s*(?:并|同时|还)?(?:延伸到|延伸至|辐射到|辐射至|覆盖到|覆盖至|连接到)[^，。；\d]{0,6}"

# -- regions ------------------------------------------------------------------------------------------------

# After a place name: a university (北京大学, 温州医科大学, 北京协和医学院).
UNIVERSITY_AFTER = r"^[\u4e00-\u9fff]{0,4}?(?:大学|医学院|学院)"
# After a short name: a street, not the place (北京路, 湖北大道).
STREET_AFTER = r"^(?:[东西南北中]?路|[东西南北中]?街|大道|大街)"
# After a short name: the rest of a town's name that holds it (河西务镇 is no 河西区; 马金镇 after 开化 is a town of its own).
TOWN_REST_AFTER = r"^[\u4e00-\u9fff](?:镇|乡)(?:卫生院|人民政府|政府|[，。；、和及等])"
# After a short name: an institution of that place, which confirms the reading (建昌县人民医院).
INSTITUTION_AFTER = (
    r"^(?:[县市区旗]|人民医院|中医院|中医医院|中心医院|妇幼|卫健|卫生健康|卫生局|疾控|医共体|医联体|总医院|人民政府|"
    r"第[一二三四五六七八九十]+人民医院|县委|市委|区委|辖区|境内|域内)"
)
# A county-level place that holds what is listed (延平区炉下镇卫生院, 章贡区南外街道、解放街道社区卫生服务中心: one of
# its townships or streets follows; 利通区胜利、金积、古城…4家社区卫生服务中心: a list of its units; 源汇区辖区内的医疗资源)
# or that an alliance covers (覆盖章贡区): where the members are.
SEAT_AFTER = r"^(?:[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)|辖区|[\u4e00-\u9fff]{2,3}、[\u4e00-\u9fff]{2,3}、)"
# Around a place: one item of a list of institutions (…老年公寓、万秀区城东镇卫生院及…, 和乐山市市中区中医医院,
# 新吸纳惠农区红果子镇卫生院等8家单位), its place written before it or not.
LISTED_BEFORE = r"[、和及](?:[\u4e00-\u9fff]{2,4}[市州盟])?$"
LISTED_AFTER = r"^[^，。；、\n]{2,20}?等[\d一二三四五六七八九十两]+[家个所]"
# Around a place: places named side by side (成都、泸州、宜宾等试点城市, 含定州、辛集市).
ENUMERATED_BEFORE = r"、$"
ENUMERATED_AFTER = r"[、等]"
SEAT_BEFORE = r"覆盖(?:了|到|至)?$"
# After a place: the rest of an alliance's name (肃州区医养结合服务联盟): the place of the alliance itself (G5).
ALLIANCE_NAMED_AFTER = r"^[^\W\d和与及同]{0,10}?" + ALLIANCE_WORDS  # not 肃州区卫生健康局和联盟各成员单位
# Before a place: where something happens or where a team goes (在…召开, 奔赴…, 来到…).
VENUE_BEFORE = r"(?:在|于|赴|奔赴|来到|前往|深入|走进|进驻|到|抵达)[\u4e00-\u9fff]{0,6}$"
# Before a place: where people come from (来自南京、苏州); after a place: the team it sends.
ORIGIN_BEFORE = r"来自[\u4e00-\u9fff、和及]{0,12}$|从$"  # 从西安出发: where they set out from
# Before a place: the place an aid team or programme helps (援紫阳医疗队, 援疆): there the aid happens (G2).
AIDED_BEFORE = r"援$"
ORIGIN_AFTER = (r"^(?:第[一二三四五六七八九十\d]{1,3}批)?(?:[“\"]?[\u4e00-\u9fff]{2,4}[”\"])?援[\u4e00-\u9fff]"
                r"|^[^，。；]{0,8}?(?:医疗队|专家团队|专家组)"  # 我市东西部协作医疗队: the team it sends
                r"|^(?:先后|累计|共|每年|已)?(?:派出|选派|派遣|组派|下派)"  # 上海市先后派出10批医疗队: it sends them
                # 北京专家来院, 北京专家团队走进…: experts of that place who come to the event's
                # (宁波专家来坐诊, 上海专家又来了)
                r"|^[^，。；]{0,14}?(?:专家|医生|医师|教授)(?:团队|一行|们)?(?:又|再次|再)?(?:来|赴|莅临|抵达)")
# Parts of a province named by its abbreviation and a direction (桂西, 滇西北, 苏北, 陕南, 南疆) or by custom (关中, 胶东):
# the province, no prefecture (深圳医生在桂西山区). Each names no unit of its own (湘西, 黔南, 桂东县 are units, not here).
PROVINCE_PARTS: dict[str, str] = {
    "130000": "冀中 冀南 冀东 冀北", "140000": "晋北 晋南 晋西北 晋东南", "150000": "蒙东 蒙西", "210000": "辽西 辽南 辽东 辽北",
    "320000": "苏北 苏南 苏中", "330000": "浙南 浙西 浙东 浙北 浙西南", "340000": "皖北 皖南 皖西 皖东", "350000": "闽南 闽西 闽东 闽北",
    "360000": "赣南 赣西 赣东北 赣北 赣中", "370000": "鲁西南 鲁西 鲁南 鲁中 鲁北 鲁东 胶东", "410000": "豫东 豫西 豫南 豫北 豫中",
    "420000": "鄂西 鄂东 鄂北 鄂西北 鄂东南 鄂中", "430000": "湘南 湘中 湘北 湘西北", "440000": "粤东 粤西 粤北", "450000": "桂西 桂北 桂南 桂中 桂西北 桂东南",
    "460000": "琼北 琼南 琼东 琼西", "500000": "渝东北 渝东南 渝西", "510000": "川北 川南 川西 川东 川东北 川西北 川中", "520000": "黔北 黔东 黔中 黔西北",
    "530000": "滇西 滇南 滇东 滇中 滇东北 滇西北 滇东南 滇西南", "540000": "藏北 藏东 藏南 藏西", "610000": "陕南 陕北 关中", "620000": "陇东 陇中",
    "650000": "南疆 北疆 东疆",
}
# First-person places: 我省 is the publisher's province, 我县 its county.
FIRST_PERSON_PLACES = r"[我本](?:院|中心|委|局|市|县|区|省|州|盟|旗|集团)|全(?:州|盟)(?=[\u4e00-\u9fff])"
# 全省 in a title is the news's scope, the publisher's province (“云端课堂”连通全省联盟医院: G4); in a lead or body it is
# mostly a comparison or a higher level's work (全省首家, 贯彻全省卫生健康工作会议精神), so it is read in titles only.
WHOLE_PROVINCE_TITLE = r"全省(?=[\u4e00-\u9fff])"
# Provincial capitals: a province-level institution (省人民医院, 自治区人民医院) is in its capital, so an event held
# there happens in the capital (全区远程医疗协作网开通仪式在西藏自治区人民医院举行 -> 拉萨市).
PROVINCIAL_CAPITALS: dict[str, str] = {
    "130000": "130100", "140000": "140100", "150000": "150100", "210000": "210100", "220000": "220100",
    "230000": "230100", "320000": "320100", "330000": "330100", "340000": "340100", "350000": "350100",
    "360000": "360100", "370000": "370100", "410000": "410100", "420000": "420100", "430000": "430100",
    "440000": "440100", "450000": "450100", "460000": "460100", "510000": "510100", "520000": "520100",
    "530000": "530100", "540000": "540100", "610000": "610100", "620000": "620100", "630000": "630100",
    "640000": "640100", "650000": "650100",
}
# Verbs of an event held somewhere (experts sent hold their clinics and teaching where they work: 在我院坐诊), and of
# people going to one.
HOLDING_VERBS = r"召开|举行|举办|成立|启动|开幕|闭幕|揭牌|揭幕|开通|签约|开展|结业|坐诊|出诊|带教|查房"
ATTENDING_VERBS = r"参加|出席|参会|学习|进修|培训|考察|交流"
PROVINCIAL_VENUE = (r"在(?P<org>[\u4e00-\u9fff]{2,24}?(?:医院|医学中心|卫生健康委员会|卫健委|卫生健康委))"
                    r"(?:[\u4e00-\u9fff]{0,8}?)(?:" + HOLDING_VERBS + "|" + ATTENDING_VERBS + ")")
# The publisher speaking of itself without a place name (我院, 全省, 省卫生计生委, 院党委): a text with
# no place of its own is then the publisher's; general advice that does not is nowhere.
SPEAKS_OF_ITSELF = (r"[我本](?:院|中心|委|局|市|县|区|省|州|盟|旗|集团)|全(?:省|市|县|区|州|盟|旗|院)"
                    r"|(?<![\u4e00-\u9fff])[省市县区州](?:卫生|卫健|卫计|政府|人民政府|委|医院|人民医院|中医院|中医医院|中心医院"
                    r"|医疗集团|医疗健康集团|医共体|总医院)"
                    r"|院(?:党委|长|领导|办|团委|工会)")
# Customary short names and nicknames of cities after a venue word (在京召开, 赴沪, 在榕成立, 在泉城举行); one may
# name several places (在宁: 南京, 银川's 宁夏 or 西宁), and the rest of the text chooses, as for any
# ambiguous name. A place the text names whose name starts with the character is a candidate too (来榕 on a
# page about 榕江县, 来会 about 会理市).
CITY_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "京": ("110000",), "沪": ("310000",), "申城": ("310000",), "津": ("120000",), "津门": ("120000",),
    "渝": ("500000",), "山城": ("500000",), "石": ("130100",), "并": ("140100",), "龙城": ("140100",),
    "青城": ("150100",), "沈": ("210100",), "哈": ("230100",), "冰城": ("230100",), "宁": ("320100", "640000", "630100"),
    "金陵": ("320100",), "杭": ("330100",), "甬": ("330200",), "肥": ("340100",), "庐": ("340100",),
    "榕": ("350100",), "榕城": ("350100",), "厦": ("350200",), "鹭岛": ("350200",), "昌": ("360100",),
    "洪": ("360100",), "泉城": ("370100",), "济": ("370100",), "青": ("370200", "630000"), "郑": ("410100",),
    "绿城": ("410100",), "汉": ("420100",), "江城": ("420100",), "星城": ("430100",), "穗": ("440100",),
    "羊城": ("440100",), "鹏城": ("440300",), "邕": ("450100",), "邕城": ("450100",), "椰城": ("460100",),
    "琼": ("460000",), "蓉": ("510100",), "蓉城": ("510100",), "筑": ("520100",), "昆": ("530100",),
    "春城": ("530100",), "兰": ("620100",), "金城": ("620100",), "银": ("640100",), "凤城": ("640100",),
    "乌": ("650100",),
    # provinces by their one-character names (来黔, 赴疆, 在滇)
    **{abbr: (code,) for abbr, code in PROVINCE_ABBREVIATIONS.items() if abbr not in "京津沪渝宁吉新青贵云川蜀秦"},
}
# The venue word must come right before, and a verb of meeting or arriving right after.
ABBREVIATION_VENUE = (r"(?:在|于|赴|来|进|抵|返|莅)(?P<abbr>[\u4e00-\u9fff]{1,2}?)(?=" + HOLDING_VERBS + "|" + ATTENDING_VERBS
                      + r"|，|。)")
# 省城/省会: the capital of the writer's province (赴省城参加, 在省会召开).
CAPITAL_WORDS = r"(?<=[在于赴到])(?:省城|省会)"
# Where the event is held: a place right after 在/于 with a verb of holding before the clause ends (在沈阳召开,
# 在我院举行), or gone to for a meeting (赴省城参加). Such a mention in the title or lead outweighs the others.
HELD_BEFORE = r"(?:在|于)$"
HELD_AFTER = r"^[^，。；、！？\n]{0,12}?(?:" + HOLDING_VERBS + ")"
TRAVEL_BEFORE = r"(?:赴|前往|来到|到|抵达|来)$"
TRAVEL_AFTER = r"^[^，。；、！？\n]{0,6}?(?:" + ATTENDING_VERBS + "|" + HOLDING_VERBS + ")"
HELD_FACTOR = 3.0
VENUE_NAME_AFTER = r"^(?:宾馆|酒店|大酒店|饭店|大厦|会议中心|会展中心|国际会议中心|礼堂|大礼堂)"  # 锦江宾馆: a venue's name
CLAUSE_ENDS = "，。；！？\n,;"  # a cue said of a name stays inside its clause
SENTENCE_ENDS = "。；！？\n"
# Column tags at the head of a title (【医联体建设】, [健康中国辽宁频道]): the site's column, not the article's.
# A first paragraph of background (按照…的部署, 为进一步…, 近年来) before a paragraph that opens with the event's date
# (5月16日起，…培训班开班) is no lead: the dated paragraph is.
LEAD_BACKGROUND = r"^(?:按照|根据|为(?:了)?(?:深入|进一步|全面|贯彻|落实|推进|加快)|近年来)"
LEAD_DATED = r"^[^，。；]{0,12}?\d{1,2}月\d{1,2}日"
# A feature's opening quotation (“以前看专家要跑到市里……”王大爷说。): colour before the news, no lead.
LEAD_QUOTE = r"^[“「\"]"
# A notice's salutation (各市（州）卫生健康委，雄安新区管委会公共服务局：): whom it is sent to, no lead.
ADDRESSEE = r"^各[^。；\n]{1,80}[：:]\s*$"
COLUMN_TAG = r"^\s*(?:【[^】\n]{1,30}】|\[[^\]\n]{1,30}\]|〔[^〕\n]{1,30}〕|［[^］\n]{1,30}］)\s*"

# Short names that are also everyday words (合作协议, 市中心, 幸福安康): a place only with support.
COMMON_WORDS = frozenset(
    "合作 市中 城关 和平 新华 长安 中山 东方 安康 白银 阿里 永安 太和 光明 红旗 胜利 解放 开发 高新 城中 城东"
    " 城西 城南 城北 江南 江北 河东 河西 海西 青山 白云 南山 北海 东海 宁安 安宁 永和 平安 长寿 新城 新市"
    " 文化 龙华 福田 沙市 中原 华龙 天元 吉利 金平 安定 团结 民主 建设 先锋 前进 东风 南方 北方 西部 东部"
    " 中心 城区 郊区 矿区 共和 和顺 同心 友谊 向阳 永宁 长乐 石门 清河 桥东 桥西 全州 和县".split()
)
# Ethnic groups, for the short names of autonomous areas (黔东南苗族侗族自治州 -> 黔东南).
ETHNIC = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇"
    " 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂"
    " 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()


# -- small grammatical vocabularies the mechanisms share ---------------------------------------------------

GROUP_WORD = r"(?:医疗健康|医疗|医院|健康)?集团"  # a 集团 read as a county's 医共体
HEALTH_GROUP = r"[医康卫]"  # in a 集团's name: one of health care (凤鸣教育集团, a schools' group, is none)
COUNTED_AFTER = r"[^，。；]{0,6}?(?:\d+|[一二两三四五六七八九十百千]+)余?\s*(?:场|期|次|台|例|名|人次|批)"  # 讲座4场: done
SIGNING_AFTER = r"^(?:与|和|同)(?P<other>[^，。；]{2,40}?)(?:签订|签约|签署|续签|共建|合作|结成|建立)"  # A与B签订…
ALIAS_IN_BRACKETS = r"^[（(][^）)]{1,20}[）)]"  # 山东第一医科大学附属省立医院（山东省立医院）
# 近20家, 超30家, 不足10家 are no exact count, nor 几十家, 数十家 (十 alone is no number of them)
APPROXIMATE_BEFORE = r"(?:近|约|超过|超|逾|将近|不少于|至少|不足|不到|几|(?<![总人])数)\s*$"
APPROXIMATE_AFTER = r"^\s*(?:余|多|左右|以上)"  # 二十余家
# After a counter: what it counts is no institution (成员分三个层级, 分两批, 三个方面; 覆盖全省11个地市, 20个省份; 3个科室, 12个病区,
# 5个专科联盟, but not 9个县区医院 nor 3家专科医院), or no member (213个村卫生室, 9个村: C4).
NOT_INSTITUTIONS_AFTER = (r"^(?:层级|层次|层|批次|批|类|方面|种|项|阶段|环节|梯队|级|年|月|轮|村|卫生室"
                          r"|(?:省份|省区市|地市|市州|州市|县区|区县|县市区|城市|国家|地区|科室|专科|学科|病区|项目|新技术|技术|团队|工作室)"
                          r"(?![^，。；\d]{0,8}?(?:医院|卫生院|机构|单位|中心|分院)))")
CONJUNCTIONS = frozenset("和与及同")
ITEM_SEPARATORS = "、和与及"
LEVELS = "镇乡县市区旗"  # level words of divisions and townships
# Words in a bracket after a kind of institution that make it no list of their names (含牵头医院, 以下简称…, 其中…).
NOT_BRACKET_ITEMS = ("含", "包括", "其中", "简称", "以下", "原", "即", "不含", "分别")
# The last characters of institutions' names no listed type covers (卫生监督所, 计生服务站): 和 after one joins two names
# (县卫生监督所和北舞渡镇卫生院), it is no letter of an unknown name (安和医院).
UNLISTED_TYPE_ENDS = "所站"
NAMED_ALREADY = ("院",)  # an item of a list that ends so is a name of its own (漯河医专二附院), no shared suffix's
LIST_COUNT = r"[两二三四五六七八九十]{1,2}"  # 三 of 师宗、罗平、陆良三县人民医院: a list's own count before the level it shares
# An honour a list of institutions shares before their type (侯庙、吴坝两家年度先进分院, 固新、索堡优秀分院): what they
# were awarded, no part of their names.
HONOURS = r"(?:\d{4}年)?(?:年度)?(?:先进|优秀|示范|标杆|星级|五星级?)+"
TOWNSHIP_LEVELS = ("街道", "镇", "乡", "街")  # the level words a township's institutions share in a list
# Townships counted as an alliance's members (荒佃庄镇、两山乡…等十一家成员单位; 仲村镇、…、保太镇七家成员单位的院长):
# the members are the townships' health centres (M2), the one institution a township has in a county's group.
TOWNSHIP_MEMBER_NOUN = r"(?:医共体|集团|联盟)?成员单位"
TOWNSHIP_MEMBER_TYPE = "卫生院"
CLASS_HEAD = r"^(?:全县|全市|全区|全省|全州|全旗|各|辖区内?|所有|全部|乡镇街道?|镇街道?|乡镇)+"  # 全县14个乡镇卫生院 shares 卫生院
ORDINAL = r"第[一二三四五六七八九十\d]+"  # 第二人民医院: the number of one of a city's hospitals
SELF_PLACE = r"[我本](?=[市县区州省]$)|[我本]$"  # 我市人民医院: the publisher's own place
INSTITUTION_NAME_AFTER = r"^[\u4e00-\u9fff]{0,6}?(?:医院|卫生院|保健院|医疗中心|医学中心)"  # a place inside such a name
SOURCE_LABEL = r"^\s*(?:信息|稿件|文章)?来源\s*[:：]\s*"  # the label of a 来源 line
