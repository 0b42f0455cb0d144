# -*- coding: utf-8 -*-
"""Batch 7: robustness pages (no <body>, two <html> roots, crawl wrapper, one line,
Traditional script via 繁體 plug-in, Big5 gateway, GBK declaring utf-8)."""

PAGES = [
dict(key="nb1", tpl="nobody", site_kind="hospital",
     url="http://www.fclsqws.com/show.php?id=418",
     site="金水区丰产路街道社区卫生服务中心", dom="www.fclsqws.com", artid=418,
     addr="郑州市金水区丰产路", tel="0371-65961230",
     title="中心与省人民医院签约成为医联体成员单位",
     date="2018-04-16", time=None, ds="2018-04-16", source="中心办公室", author=None,
     info_html='发布日期：2018-04-16　来源：中心办公室　点击：<script src="/count.php?id=418"></script>',
     body="""
4月13日，我中心与河南省人民医院签订医联体合作协议，成为省人民医院城市医联体成员单位。
根据协议，省人民医院将定期派出全科医学科、老年医学科专家到中心坐诊和带教，中心医生可以到省人民医院进修学习。辖区居民在中心就诊需要转诊的，由中心家庭医生通过医联体平台预约省人民医院门诊、检查和住院。
签约当天，省人民医院全科医学科专家就在中心开展了首次坐诊和教学查房，接诊居民30余人次。中心还将借助医联体平台，逐步开展远程心电和远程影像诊断服务。
中心负责人表示，加入医联体后，居民在社区就能享受省级医院专家的服务，中心也将借助省人民医院的力量，提高慢病管理和康复服务水平。
""",
     notes="Robustness: the page has <html> and <head> but no <body> element (content follows </head> directly)."),

dict(key="sd1", tpl="saved_double", site_kind="hospital",
     url="http://www.zmdszxyy.com/news/show-2931.html",
     site="驻马店市中心医院", dom="www.zmdszxyy.com", col="医联体建设", artid=2931, decl="gb2312",
     icp="豫ICP备10003391号", snap="2019年10月8日 06:12:41",
     title="市中心医院牵头成立驻马店市呼吸与危重症专科联盟",
     date="2019-09-23", time=None, ds="2019-09-23", source="呼吸与危重症医学科", author="程亮",
     info_html='时间：2019-09-23　来源：呼吸与危重症医学科　作者：程亮　阅读量：<span id="hits">--</span>',
     body="""
9月21日，由驻马店市中心医院牵头的驻马店市呼吸与危重症专科联盟成立大会召开，全市10个县区的32家医疗机构成为首批成员单位。
联盟将以慢阻肺、哮喘、肺癌早筛和呼吸危重症救治为重点，建立统一的诊疗规范和转诊标准，推动肺功能检查在县级医院和有条件的乡镇卫生院普及。市中心医院将为成员单位培训呼吸专科医师和肺功能技师，并通过远程会诊平台提供疑难病例会诊。
会上，市中心医院与各成员单位代表签订了合作协议，并为首批10家县级医院授予“联盟副理事长单位”牌匾。
市卫健委相关负责人在会上指出，专科联盟是医联体建设的重要组织形式，希望联盟充分发挥牵头医院的技术优势，带动全市呼吸专科整体水平提升。
""",
     notes="Robustness: a snapshot wrapper page (<html>…</html>) precedes the original page's own <html> root (two roots); wrapper shows '保存时间：2019年10月8日' (distractor); the inner page declares gb2312 but the bytes are UTF-8 (re-encoded when saved) -> encoding utf-8, declared_charset gb2312."),

dict(key="cw1", tpl="crawl_wrapper", site_kind="health", enc="gbk", decl="gb2312",
     url="http://www.xxwsj.gov.cn/news/2013/0709/1187.html",
     wtitle="我县乡镇卫生院与县级医院结成帮扶对子_息县卫生局",
     site="息县卫生局", dom="www.xxwsj.gov.cn", artid=1187, icp="豫ICP备09012250号", crawl_date="2015-01-01",
     title="我县乡镇卫生院与县级医院结成帮扶对子",
     date="2013-07-09", time=None, ds="2013-07-09", source="县卫生局医政股", author=None,
     info_html="发布时间：2013-07-09　　信息来源：县卫生局医政股　　浏览次数：236",
     body="""
7月5日，县卫生局组织召开县乡医疗机构对口帮扶工作会议，县人民医院、县中医院、县妇幼保健院分别与全县21个乡镇卫生院结成帮扶对子。
按照帮扶方案，县级医院每年向受援卫生院派驻医生不少于2名，派驻时间不少于半年，重点帮助卫生院开展常见病、多发病诊疗和急危重症初步处理；受援卫生院每年选派医护人员到县级医院进修。
会后，各帮扶医院与受援卫生院签订了对口帮扶协议，并确定了首批派驻人员名单。县人民医院当天即派出内科、外科医生各一名到项店镇卫生院开展工作。
县卫生局将对帮扶工作实行年度考核，考核结果与县级医院评先评优和卫生院绩效挂钩。
""",
     notes="Robustness: whole page wrapped in a crawl wrapper <text id=\"URL\" title=\"…\" encoding=\"gb2312\"> … </text>; GBK bytes declared gb2312; title shown in a <strong> inside a table cell; body <br>-separated."),

dict(key="ol1", tpl="oneline", site_kind="hospital",
     url="https://www.dysrmyy.com/xwdt/20240910/7731.html",
     site="德阳市人民医院", dom="www.dysrmyy.com", artid=7731, icp="蜀ICP备05016932号",
     title="医健集团与广汉市六家卫生院签订紧密型医联体协议",
     date="2024-09-10", time="14:05", ds="2024-09-10 14:05", source="集团办公室", author="罗佳",
     info_html="<span>2024-09-10 14:05</span><span>来源：集团办公室</span><span>作者：罗佳</span>",
     body="""
9月9日，德阳市人民医院医健集团与广汉市向阳、三水、高坪、连山、西高、南丰六家中心卫生院签订紧密型医联体协议。
根据协议，医健集团将向六家卫生院派驻管理和技术人员，统一开展医疗质量管理、人员培训和信息化建设，并在每家卫生院设立集团专家工作室。卫生院的转诊患者可通过集团平台直接预约市人民医院的门诊和床位。
签约仪式上，集团还向六家卫生院授予“德阳市人民医院医健集团成员单位”牌匾，并为首批12名下沉专家颁发了聘书。
集团负责人表示，将以此次签约为起点，探索“市级医院＋乡镇卫生院”的紧密型合作模式，把优质医疗资源送到乡镇群众身边。
""",
     notes="Robustness: the whole page is minified onto one line; bare '2024-09-10 14:05' in a span without a label."),

dict(key="ft1", tpl="fanti", site_kind="hospital", trad=True,
     url="http://www.snxyy.com/news/show-2288.html?lang=zh-tw",
     site="寿宁县医院", dom="www.snxyy.com", col="医院新闻", artid=2288, simp="/news/show-2288.html",
     addr="福建省宁德市寿宁县鳌阳镇", icp="闽ICP备13012078号",
     title="寿宁县医院与福建医科大学附属协和医院建立紧密型帮扶关系",
     date="2018-11-26", time="15:40", ds="2018/11/26 15:40:00", source="寿宁县医院", author="管理员",
     meta_html="作者：管理员　来源：寿宁县医院　发布时间：2018/11/26 15:40:00",
     body="""
11月23日，寿宁县医院与福建医科大学附属协和医院紧密型帮扶协议签约仪式在寿宁县举行。
根据协议，协和医院将选派管理人员担任寿宁县医院执行院长，并派驻心血管内科、普外科、重症医学科等专业的专家长期驻点帮扶，帮助县医院加强重点专科建设，提升急危重症救治能力。双方还将共建远程会诊中心，寿宁县的疑难重症患者可通过远程会诊获得协和医院专家的诊疗意见。
寿宁县地处闽东北山区，距离省会福州较远。县医院负责人表示，有了协和医院的帮扶，全县群众看大病不必再长途奔波。
签约仪式后，协和医院专家团队在寿宁县医院开展了义诊、教学查房和专题讲座，并对县医院的重症医学科和手术室建设提出了具体改进建议。
""",
     notes="Traditional script served by the mainland site's 繁體 plug-in (UTF-8); gold title/body/source/author are the Traditional text as displayed; author '管理員' printed after the 作者 label."),

dict(key="ft2", tpl="fanti", site_kind="hospital", trad=True, pinyin=True,
     url="http://www.pyxrmyy.com/news/show-1532.html?lang=zh-tw",
     site="平阳县人民医院", dom="www.pyxrmyy.com", col="医联体专栏", artid=1532, simp="/news/show-1532.html",
     addr="浙江省温州市平阳县昆阳镇", icp="浙ICP备11019902号",
     title="平阳县人民医院与温医大附一院共建医联体 优质医疗资源下沉山区",
     date="2017-12-20", time="09:05", ds="2017/12/20 09:05:00", source="平阳县人民医院", author="宣传科",
     meta_html="作者：宣传科　来源：平阳县人民医院　发布时间：2017/12/20 09:05:00",
     body="""
12月18日，平阳县人民医院与温州医科大学附属第一医院医联体合作签约仪式在平阳县举行。
根据协议，温医大附一院将在学科建设、人才培养、技术帮扶和医院管理等方面对平阳县人民医院给予全面支持，每周派出专家到县医院坐诊、查房和手术，并接收县医院医务人员进修。双方将建立双向转诊绿色通道，县医院收治的疑难危重患者可优先转诊到附一院。
平阳县人民医院负责人表示，医联体的建立，让山区和海岛的群众在县城就能享受到省级医院专家的服务，医院也将借此机会加快重点专科建设，提高县域医疗服务能力。
""",
     notes="Traditional script with pinyin readings inserted by the 繁體 plug-in after some characters (as in seeds 002/004), e.g. '醫(yī)'; gold title/body/source/author are as displayed (with readings); title_without_readings/body_without_readings give the repaired text; clean source 平陽縣人民醫院, author 宣傳科."),

dict(key="bg1", tpl="big5gate", site_kind="health", enc="big5", decl="big5", trad=True,
     url="http://big5.wjw.fujian.gov.cn/gate/big5/wjw.fujian.gov.cn/xxgk/gzdt/wsjsyw/202107/t20210715_5647123.htm",
     origdom="wjw.fujian.gov.cn", site="福建省卫生健康委员会", dom="big5.wjw.fujian.gov.cn", col="卫生健康要闻", artid=5647123,
     ptitle="我省推进省级区域医疗中心与县级医院组建专科联盟_福建省卫生健康委员会",
     title="我省推进省级区域医疗中心与县级医院组建专科联盟",
     date="2021-07-15", time=None, ds="2021-07-15", source="医政医管处", author=None,
     meta_html="发布时间：2021-07-15　来源：医政医管处",
     foot="主办：福建省卫生健康委员会　网站标识码：3500000036　闽ICP备05027654号",
     opt=dict(coldir="xxgk/gzdt/wsjsyw"),
     body="""
近日，省卫健委印发通知，推动省级区域医疗中心与县级医院组建专科联盟，力争到今年底实现每个县级医院至少加入3个省级专科联盟。
通知明确，专科联盟以心血管、神经、肿瘤、呼吸、儿科和重症医学等专科为重点，由省级区域医疗中心牵头，向县级医院派驻专科骨干，开展联合门诊、联合查房和远程会诊，并为县级医院培养专科人才。
据统计，目前全省已组建省级专科联盟62个，覆盖县级医院83家。下一步，省卫健委将把专科联盟运行情况纳入省级医院绩效考核，推动优质专科资源更多下沉到县域。
""",
     notes="Big5 gateway copy (big5.…/gate/big5/…) of a mainland government page: Big5 bytes, meta charset big5, Traditional script; gold fields are the Traditional text as displayed."),

dict(key="bg2", tpl="big5gate", site_kind="hospital", enc="big5", decl="big5", trad=True,
     url="http://big5.zsh.xmu.edu.cn/gate/big5/www.zsh.xmu.edu.cn/ylhz/2016/0322/3211.html",
     origdom="www.zsh.xmu.edu.cn", site="厦门大学附属中山医院", dom="big5.zsh.xmu.edu.cn", col="医疗合作", artid=3211,
     ptitle="厦门大学附属中山医院",
     title="中山医院与龙岩市第一医院远程医疗协作平台启用",
     date="2016-03-22", time=None, ds="2016年03月22日", source="医务部", author="宣传科",
     meta_html="时间：2016年03月22日　作者：宣传科　来源：医务部",
     foot="厦门大学附属中山医院　地址：厦门市湖滨南路201-209号",
     opt=dict(coldir="ylhz", bar="繁體版由網站簡體版自動轉換，內容以簡體版為準"),
     body="""
3月21日，我院与龙岩市第一医院远程医疗协作平台正式启用。启用当天，两院通过平台为一名心脏瓣膜病患者进行了远程会诊。
协作平台支持远程会诊、远程影像诊断和远程教学。龙岩市第一医院的患者需要会诊时，由主管医生通过平台提交申请和病历资料，我院相关专科专家在约定时间内在线会诊。
我院医务部负责人表示，平台启用后，双方将每月开展一次远程教学查房，进一步深化两院在心血管、消化和肿瘤等学科的合作。
近年来，我院与闽西地区多家医院建立了协作关系，通过专家坐诊、进修培训和远程会诊等方式帮助基层提升服务能力。远程医疗协作平台的启用，将使两院的合作更加便捷高效。
""",
     notes="Big5 gateway copy of a hospital page; generic <title> (site name only); date '時間：2016年03月22日'."),

dict(key="gw1", tpl="gbk_wrongdecl", site_kind="hospital", enc="gbk", decl="utf-8",
     url="http://www.sxrmyy.com/?news/1093.html",
     site="嵩县人民医院", dom="www.sxrmyy.com", artid=1093, col="新闻动态", tel="0379-66312120", icp="豫ICP备15029912号",
     title="嵩县人民医院医共体开展“专家下乡”巡回诊疗",
     date="2020-10-28", time=None, ds="2020-10-28", source="医务科", author=None,
     info_html="发布时间：2020-10-28　浏览：1,203次　来源：医务科",
     body="""
10月以来，嵩县人民医院医共体组织内科、外科、妇产科、儿科和中医科专家组成巡回诊疗队，轮流到全县16个乡镇分院开展巡回诊疗。
巡回诊疗队每到一个分院，上午坐诊、下午查房和授课，对分院住院病人逐一进行病历讨论，并现场指导分院医生开展清创缝合、骨折复位等操作。对在巡诊中发现的需要进一步治疗的患者，由诊疗队直接联系县医院安排住院。
截至10月27日，巡回诊疗队已走遍12个乡镇分院，接诊群众2100余人次，开展业务讲座24场。
医共体负责人表示，“专家下乡”巡回诊疗将形成常态化机制，每年至少开展两轮，覆盖全部乡镇分院，让山区群众在家门口就能看上县级医院专家。
""",
     notes="Wrong declaration: GBK bytes but <meta charset=\"utf-8\"> (PbootCMS template saved in GBK) -> encoding gbk, declared_charset utf-8; in-body '截至10月27日' distractor."),
]
