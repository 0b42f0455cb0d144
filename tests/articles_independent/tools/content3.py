# -*- coding: utf-8 -*-
"""Batch 3: 帝国CMS (GBK), WordPress, ASP.NET table layouts, ASP classic (GBK)."""

PAGES = [
# ---------------------------------------------------------------- 帝国CMS
dict(key="emp1", tpl="empire", site_kind="hospital", enc="gbk", decl="gb2312",
     url="http://www.nyfybjy.com/news/2015-08-21/318.html",
     site="南阳市妇幼保健院", dom="nyfybjy.com", col="院内新闻", classid=2, artid=318,
     icp="豫ICP备11008412号",
     title="市妇幼保健院牵头成立全市妇幼健康服务联盟",
     date="2015-08-21", time=None, ds="2015-08-21", dlabel="发布时间：",
     source="办公室", author=None,
     body="""
8月19日，南阳市妇幼健康服务联盟成立大会在市妇幼保健院召开。全市13个县（市、区）妇幼保健院和部分综合医院妇产科、儿科负责人共80余人参加会议。
联盟以市妇幼保健院为牵头单位，首批吸收成员单位27家。联盟成立后，将在孕产妇和新生儿危急重症救治、出生缺陷防治、妇女“两癌”筛查等方面开展合作，建立危重孕产妇和新生儿转诊绿色通道，统一质量控制标准。
市妇幼保健院院长李珺介绍，医院将每年为成员单位免费培训业务骨干不少于50人次，并定期组织专家到县级妇幼保健机构开展业务指导和技术帮扶，努力提高全市妇幼健康服务的整体水平。
""",
     notes="帝国CMS news page, GB2312-declared GBK bytes (body name 李珺 uses a GBK-only character, so the bytes are not valid GB2312); 浏览 counter via /e/public/ViewClick script; 相关信息 list with dates; comment iframe."),

dict(key="emp2", tpl="empire", site_kind="hospital", enc="gbk", decl="gb2312",
     url="http://www.szslyy.com/news/2019-04-26/1672.html",
     site="宿州市立医院", dom="szslyy.com", col="医院动态", classid=5, artid=1672,
     icp="皖ICP备09001263号",
     title="市立医院与泗县人民医院结成紧密型专科联盟",
     date="2019-04-26", time=None, ds="19-04-26", dlabel="日期：",
     source="医务处", author="汪涛",
     body="""
4月24日，宿州市立医院与泗县人民医院紧密型专科联盟签约暨授牌仪式在泗县人民医院举行。双方将在心血管内科、神经内科和重症医学科三个专科开展深度合作。
根据协议，市立医院将向泗县人民医院派驻三个专科的学科带头人，担任联盟科室的业务主任，帮助建立规范的诊疗流程；泗县人民医院选派医生到市立医院进修学习，双方共享专科病例数据库，共同申报科研项目。
签约仪式后，市立医院专家在泗县人民医院开展了义诊和教学查房活动，当天接诊患者120余人次。
市立医院负责人表示，紧密型专科联盟不同于一般的技术协作，派驻的学科带头人将参与联盟科室的日常管理和绩效考核，帮助县级医院把专科真正建起来、留得住。
""",
     notes="帝国CMS, GBK; two-digit-year date '日期：19-04-26' resolved to 2019-04-26 (URL path and related items confirm the century); in-body 4月24日 is the event."),

# ---------------------------------------------------------------- WordPress
dict(key="wpr1", tpl="wordpress", site_kind="hospital",
     url="https://www.xyjdsqws.cn/2020/09/15/zhongxin-jiaru-zheda-eryuan-yiliaolianheti/",
     site="上城区小营街道社区卫生服务中心", dom="www.xyjdsqws.cn", col="中心动态", artid=412,
     icp="浙ICP备17035529号-1",
     title="中心加入浙大二院城市医疗联合体 专家每周来坐诊",
     date="2020-09-15", time=None, ds="2020年9月15日", source=None, author="小营社卫",
     opt=dict(iso="2020-09-15T14:26:08+08:00", author_slug="xysw",
              comments=[("王阿姨", "2020-09-16T08:12:33+08:00", "2020年9月16日 上午8:12", "太好了，以后看心内科不用再去挂号排队了。请问具体是周几坐诊？"),
                        ("小营社卫", "2020-09-16T09:40:10+08:00", "2020年9月16日 上午9:40", "您好，心内科专家每周三上午坐诊，可通过“健康杭州”小程序提前预约。")]),
     body="""
9月14日，我中心正式加入浙江大学医学院附属第二医院城市医疗联合体，成为上城区首批加入该医联体的社区卫生服务中心之一。
!img 2020/09/ylt-qianyue.jpg|签约仪式上，浙大二院与辖区社区卫生服务中心代表合影
加入医联体后，浙大二院心血管内科、内分泌科和老年医学科的专家将每周到中心坐诊半天，居民在家门口就能挂到专家号。中心的全科医生也可通过医联体转诊平台，为需要进一步检查的居民预约浙大二院的门诊和检查项目，转诊患者享受优先就诊。
同时，浙大二院还将为中心医护人员提供进修培训，并通过远程心电、远程影像系统为中心出具诊断报告。
中心负责人表示，中心将以此次加入医联体为契机，把专家资源和家庭医生签约服务结合起来，为辖区老年人和慢病患者提供更加连续、便捷的健康服务。
""",
     notes="WordPress (Twenty Twenty-One); visible date '2020年9月15日' in <time>, article:published_time meta has the time 14:26 but it is not printed -> gold time null; comments with their own dates excluded."),

dict(key="wpr2", tpl="wordpress", site_kind="hospital",
     url="https://www.cxyyt.org.cn/2024/01/08/huli-zhuanjia-zutuanshi-xiachen/",
     site="长兴县人民医院医共体", dom="www.cxyyt.org.cn", col="医共体动态", artid=2087,
     icp="浙ICP备2021027718号-1",
     title="医共体总院护理专家“组团式”下沉分院",
     date="2024-01-08", time=None, ds="2024-01-08", source=None, author="护理部",
     opt=dict(iso="2024-01-08T09:05:41+08:00", upd_iso="2024-01-10T16:20:03+08:00", upd_text="2024-01-10", jsonld=True,
              author_slug="hulibu", tagline="县强 乡活 村稳"),
     body="""
1月5日，长兴县人民医院医共体总院第二批护理专家团队分赴雉城、洪桥、李家巷等6个分院，开展为期三个月的“组团式”护理帮扶。
本批团队由12名主管护师以上职称的护理骨干组成，每个分院安排2人，分别负责病区护理管理和专科护理指导。帮扶期间，专家将帮助分院规范护理文书书写、完善护理质量控制制度，并结合分院实际开展压力性损伤预防、糖尿病足护理和居家护理指导等专题培训。
总院护理部负责人介绍，2023年第一批护理专家下沉后，各分院护理不良事件上报率明显提高，住院患者满意度由92.1%提升到96.4%。今年护理帮扶将进一步向“互联网＋护理服务”延伸，由分院护士为行动不便的老人提供上门护理。
""",
     notes="WordPress with Yoast JSON-LD datePublished/dateModified; visible 'published' 2024-01-08 and a visually hidden 'updated' 2024-01-10 <time> (distractor)."),

dict(key="wpr3", tpl="wordpress", site_kind="hospital",
     url="https://www.lhyyjt-dmsk.cn/2022/06/28/jiating-bingchuang/",
     site="罗湖医院集团东门社康中心", dom="www.lhyyjt-dmsk.cn", col="社康动态", artid=733,
     icp="粤ICP备2020106121号-2",
     title="东门社康中心开通家庭病床服务",
     date=None, chrome_date="2022-06-28", time=None, ds=None, source=None, author="东门社康",
     opt=dict(hide_date=True, iso="2022-06-28T10:30:00+08:00", jsonld=True, tagline="你的健康守门人"),
     body="""
近日，东门社康中心正式开通家庭病床服务，首批为辖区内3位行动不便的长期卧床老人建立了家庭病床。
家庭病床由社康中心全科医生、护士和康复治疗师组成服务团队，定期上门查房、换药、采血和开展康复训练，罗湖医院集团的专科医生根据需要参与会诊。符合条件的居民可拨打中心电话或通过家庭医生提出申请，经评估后建床。
家庭病床的医疗费用按照医保有关规定结算。服务团队每次上门后，会在家庭病床病历中记录病情变化和治疗情况；病情加重需要住院的，由团队直接联系罗湖医院集团相关科室安排收治。
中心负责人表示，家庭病床服务是医院集团“强基层”的一项具体举措，既能减轻患者往返医院的负担，也能提高床位利用效率。
""",
     notes="WordPress theme that hides the post date: the date 2022-06-28 exists only in article:published_time meta, JSON-LD and the URL -> gold date null (realpages rule)."),

# ---------------------------------------------------------------- ASP.NET table layouts
dict(key="aspx1", tpl="aspnet", site_kind="health",
     url="http://www.cywsj.gov.cn/News/NewsView.aspx?id=1234",
     site="长垣县卫生和计划生育委员会", dom="www.cywsj.gov.cn", col="卫生动态", artid=1234,
     tel="0373-8812345", tel2="0373-8812346", addr="河南省长垣县人民路中段", icp="豫ICP备13004317号",
     title="我县启动县乡一体化医疗联合体建设",
     date="2015-06-03", time="14:22", ds="2015-6-3 14:22:10", dlabel="添加时间：",
     source="医政股", author=None,
     body="""
6月2日，全县县乡一体化医疗联合体建设启动会议召开。县卫计委主要负责同志、县直医疗单位和各乡镇卫生院负责人参加会议。
根据实施方案，我县将以县人民医院、县中医院、县妇幼保健院为核心，分别与全县18个乡镇卫生院组建三个医疗联合体，实行人员统一调配、技术统一指导、药品统一配送。县级医院每周向乡镇卫生院派驻一名以上主治医师，乡镇卫生院每年选派不少于两名医生到县级医院免费进修。
会议要求，各医疗联合体要在6月底前完成协议签订，建立双向转诊登记台账，7月1日起正式运行。县卫计委将每季度对医联体运行情况进行督导考核。
""",
     notes="ASP.NET WebForms: __VIEWSTATE, nested tables, title in <td class=newstitle><span id=…lblTitle>, date '添加时间：2015-6-3 14:22:10' (unpadded month/day), body as <br>-separated text in one <td>."),

dict(key="aspx2", tpl="aspnet", site_kind="hospital",
     url="http://www.hbsrmyy.com/News/NewsView.aspx?id=876",
     site="鹤壁市人民医院", dom="www.hbsrmyy.com", col="医院新闻", artid=876,
     tel="0392-3319120", tel2="0392-3319111", addr="河南省鹤壁市淇滨区九州路", icp="豫ICP备10015543号",
     ptitle="鹤壁市人民医院",
     title="市人民医院与浚县、淇县五家医院签订对口协作协议",
     date="2013-11-27", time=None, ds="2013-11-27", dlabel="发布时间：",
     source="院办", author=None, crawl_date="2014-12-31",
     opt=dict(style="font", lbl=True, tcls="news_tit"),
     body="""
11月26日，市人民医院与浚县人民医院、浚县中医院、淇县人民医院、淇县中医院和鹤山区人民医院对口协作签约仪式在我院举行。
根据协议，我院将在今后三年内，每年向五家协作医院派出医疗专家不少于20人次，开展坐诊、查房、手术示教和业务讲座；协作医院可根据需要选派人员到我院进修，进修期间免收进修费。对协作医院转来的危急重症患者，我院开辟绿色通道优先收治。
签约仪式上，我院院长表示，对口协作不是简单的“送医送药”，而是要帮助县级医院把技术和管理真正留下来，提高县级医院的服务能力，让群众大病不出县。
""",
     notes="ASP.NET; generic page <title> (site name only); body inside <span id=…lblContent> with <font> tags; title in <td class=news_tit>."),

dict(key="aspx3", tpl="aspnet", site_kind="hospital",
     url="http://www.jhszyy.com/Article/NewsView.aspx?id=2309",
     site="金华市中医医院", dom="www.jhszyy.com", col="医院新闻", artid=2309,
     tel="0579-82300120", tel2="0579-82300110", addr="浙江省金华市婺城区八一南街439号", icp="浙ICP备05069921号",
     title="市中医医院中医专科联盟成立 覆盖全市九个县市区",
     date="2016-08-09", time=None, ds="2016/8/9", dlabel="发布日期：",
     source="医务科", author="叶青",
     opt=dict(style="div", tcls="art_title"),
     body="""
8月6日，金华市中医医院中医专科联盟成立大会召开，全市九个县（市、区）的中医医院和部分乡镇卫生院中医馆负责人参加会议。
联盟首批设立针灸推拿、中医骨伤、中医妇科和中医肺病四个专科分盟，成员单位达46家。联盟将通过专科共建、人才培养、中医适宜技术推广等方式，帮助基层提升中医药服务能力。
会上，市中医医院与各成员单位签订了合作协议，并为首批12名基层中医药骨干举行了拜师仪式。
市中医医院负责人介绍，联盟将建立专科病种诊疗规范和双向转诊目录，成员单位之间共享中医特色制剂和适宜技术操作规范。今后三年，联盟计划为基层培养中医药骨干人才100名，推广中医适宜技术30项，力争让群众在乡镇就能享受到规范的中医药服务。
""",
     notes="ASP.NET; date '发布日期：2016/8/9'; paragraphs as bare <div>s."),

# ---------------------------------------------------------------- ASP classic (GB2312 / GBK)
dict(key="acl1", tpl="asp_classic", site_kind="hospital", enc="gbk", decl="gb2312",
     url="http://www.txxrmyy.com/Article/ShowArticle.asp?ArticleID=456",
     site="通许县人民医院", dom="www.txxrmyy.com", col="医院动态", artid=456,
     addr="河南省通许县咸平路中段", tel="0371-24961120", icp="豫ICP备09015230号", crawl_date="2014-01-01",
     title="我院对口支援乡镇卫生院工作全面启动",
     date="2012-10-15", time=None, ds="2012-10-15", dlabel="更新时间：",
     source="本站原创", author="办公室",
     opt=dict(ann="热烈祝贺我院顺利通过二级甲等综合医院复审！"),
     body="""
为贯彻落实县卫生局关于城乡医院对口支援工作的安排，10月12日，我院对口支援乡镇卫生院工作全面启动。首批12名医务人员分赴玉皇庙、竖岗、孙营、大岗李四个乡镇卫生院开展为期一年的支援工作。
支援人员包括内科、外科、妇产科和放射科的主治医师和骨干护士。他们将在受援卫生院参加门诊、病房工作，帮助卫生院建立和完善各项医疗制度，开展新技术、新项目，并对卫生院医务人员进行业务培训。
院长在出发前的动员会上要求，支援人员要严格遵守受援单位的规章制度，把我院好的技术和作风带到基层，真正让乡镇群众得到实惠。
""",
     notes="动易-style ASP classic, GBK bytes declared gb2312; the only printed date is labelled '更新时间' -> used as publication date; 点击数 via script; marquee announcement; 相关文章 list with dates after the article."),

dict(key="acl2", tpl="asp_classic", site_kind="hospital", enc="gbk", decl="gb2312",
     url="http://www.jxrmyy.cn/Article/ShowArticle.asp?ArticleID=1187",
     site="郏县人民医院", dom="www.jxrmyy.cn", col="医院新闻", artid=1187,
     addr="河南省郏县龙山大道", tel="0375-5122120", icp="豫ICP备11012019号", crawl_date="2015-01-01",
     title="郏县人民医院远程心电诊断网络覆盖全县乡镇",
     date="2013-04-08", time=None, ds="2013年4月8日", dlabel="发布时间：",
     source=None, author="张堃",
     opt=dict(ann="我院开通预约挂号服务，预约电话：0375-5122120"),
     body="""
4月3日，随着薛店镇卫生院心电图机接入我院远程心电诊断中心，我院远程心电诊断网络实现了全县15个乡镇卫生院全覆盖。
!img xd-zhongxin.jpg|远程心电诊断中心医生正在为乡镇卫生院出具诊断报告
乡镇卫生院为患者做完心电图后，通过网络将图形传到我院，心电诊断中心医生一般在十分钟内完成诊断并发回报告。对发现急性心肌梗死等危急情况的，中心医生会立即电话通知卫生院，并协助联系120转运。
远程心电诊断网络运行以来，已为乡镇患者出具诊断报告3100余份，发现并及时转诊急性心肌梗死患者17例。
@ （摄影：李冬）
""",
     notes="ASP classic GBK (author 张堃 uses a GBK-only character); '发布时间：2013年4月8日' is at the end of the info line after 作者/点击数; photo credit '（摄影：李冬）' excluded; caption kept."),
]
