# -*- coding: utf-8 -*-
"""Shared helpers for the hand-written article fixture pages.

Body mini-format (one item per line):
  ## text          in-text subheading            -> gold line
  !img f.jpg|cap   image (+ caption, may be empty) -> caption is a gold line
  |a|b|c           table row (consecutive rows)   -> "a b c" gold line
  > text           编者按 / editor's note block    -> gold line
  ~ text           落款 line (signing org / date)  -> gold line (rule: included)
  + text           附件 line inside the notice     -> gold line
  @ text           credit line in the body (摄影/审核/编辑…) -> NOT gold
  other            paragraph                       -> gold line
"""
import html as _html
import random
import zlib

E = _html.escape


def parse_body(text):
    items = []
    rows = None
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if rows is None:
                rows = []
                items.append(("table", rows))
            rows.append(cells)
            continue
        rows = None
        if line.startswith("## "):
            items.append(("h", line[3:].strip()))
        elif line.startswith("!img "):
            src, _, cap = line[5:].partition("|")
            items.append(("img", src.strip(), cap.strip()))
        elif line.startswith("> "):
            items.append(("note", line[2:].strip()))
        elif line.startswith("~ "):
            items.append(("sign", line[2:].strip()))
        elif line.startswith("+ "):
            items.append(("attach", line[2:].strip()))
        elif line.startswith("@ "):
            items.append(("credit", line[2:].strip()))
        else:
            items.append(("p", line))
    return items


def gold_lines(items):
    out = []
    for it in items:
        k = it[0]
        if k in ("p", "h", "note", "sign", "attach"):
            out.append(it[1])
        elif k == "img":
            if it[2]:
                out.append(it[2])
        elif k == "table":
            for r in it[1]:
                out.append(" ".join(c for c in r if c))
    return out


def _table(rows, cls="", border=True, style=""):
    h = ['<table%s%s%s cellspacing="0" cellpadding="0" width="100%%">' % (
        ' class="%s"' % cls if cls else "", ' border="1"' if border else "",
        ' style="%s"' % style if style else "")]
    h.append("<tbody>")
    for i, r in enumerate(rows):
        tag = "td"
        cells = "".join('<%s style="text-align:center;"><p>%s</p></%s>' % (tag, E(c), tag) if i == 0 else
                        '<%s><p>%s</p></%s>' % (tag, E(c), tag) for c in r)
        h.append("<tr>%s</tr>" % cells)
    h.append("</tbody></table>")
    return "\n".join(h)


def split_spans(text, style, rnd):
    """Split a paragraph into 1-3 adjacent styled spans (as Word/UEditor pastes do)."""
    if len(text) < 30 or rnd.random() < 0.5:
        return '<span style="%s">%s</span>' % (style, E(text))
    k = rnd.randint(8, len(text) - 8)
    return '<span style="%s">%s</span><span style="%s">%s</span>' % (style, E(text[:k]), style, E(text[k:]))


def render_body(items, style="p", img_base="/uploads/", seed=0, attach_base="/files/"):
    """Render body items as HTML in one of several CMS styles."""
    rnd = random.Random(seed)
    out = []
    sp_style = {
        "span": "font-size:16px;font-family:宋体, SimSun;",
        "trs": "font-family:仿宋_GB2312;font-size:16pt;",
        "ue": "font-family:微软雅黑, 'Microsoft YaHei';font-size:16px;",
    }
    for it in items:
        k = it[0]
        if k == "p" or k == "note" or k == "h":
            t = it[1]
            if style == "p":
                if k == "h":
                    out.append("<p><strong>%s</strong></p>" % E(t))
                elif k == "note":
                    out.append('<p style="font-family:楷体;">%s</p>' % E(t))
                else:
                    out.append("<p>%s</p>" % E(t))
            elif style == "p_indent":
                tag = "<strong>%s</strong>" % E(t) if k == "h" else E(t)
                out.append('<p style="text-indent:2em;">%s</p>' % tag)
            elif style in ("span", "ue"):
                inner = split_spans(t, sp_style[style], rnd)
                if k == "h":
                    inner = "<strong>%s</strong>" % inner
                out.append('<p style="text-indent:2em;line-height:1.75em;">%s</p>' % inner)
            elif style == "trs":
                inner = split_spans(t, sp_style["trs"], rnd)
                if k == "h":
                    inner = '<span style="font-family:黑体;font-size:16pt;">%s</span>' % E(t)
                out.append('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly">%s</p>' % inner)
            elif style == "font":
                if k == "h":
                    out.append('<b><font face="黑体" size="3">%s</font></b><br>' % E(t))
                else:
                    out.append('&nbsp;&nbsp;&nbsp;&nbsp;<font face="宋体" size="3">%s</font><br>' % E(t))
            elif style == "br":
                pre = "&nbsp;&nbsp;&nbsp;&nbsp;" if k != "h" else ""
                out.append("%s%s<br /><br />" % (pre, E(t)))
            elif style == "div":
                out.append('<div>%s</div>' % (("<b>%s</b>" % E(t)) if k == "h" else E(t)))
            elif style == "wx":
                if k == "h":
                    out.append('<section style="margin:16px 0;text-align:center;"><span style="color:#0b6fc1;font-size:17px;"><strong>%s</strong></span></section>' % E(t))
                else:
                    out.append('<section style="margin-bottom:12px;line-height:1.75em;text-align:justify;"><span style="font-size:15px;letter-spacing:1px;color:#3f3f3f;">%s</span></section>' % E(t))
            else:
                raise ValueError(style)
        elif k == "img":
            src, cap = it[1], it[2]
            if style == "wx":
                out.append('<section style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.6667" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/%s/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" style="width:100%%;" /></section>' % src.replace(".", ""))
                if cap:
                    out.append('<section style="text-align:center;"><span style="font-size:12px;color:#888888;">%s</span></section>' % E(cap))
            elif style in ("br", "font"):
                out.append('<center><img src="%s%s" border="0" width="500"></center><br />' % (img_base, src))
                if cap:
                    out.append('<center>%s</center><br />' % E(cap))
            elif style == "div":
                out.append('<div style="text-align:center"><img src="%s%s" /></div>' % (img_base, src))
                if cap:
                    out.append('<div style="text-align:center">%s</div>' % E(cap))
            else:
                out.append('<p style="text-align:center;"><img src="%s%s" title="%s" alt="%s" width="600" /></p>' % (img_base, src, src, src))
                if cap:
                    out.append('<p style="text-align:center;">%s</p>' % E(cap))
        elif k == "table":
            out.append(_table(it[1], cls="ke-zeroborder" if style == "ue" else ""))
        elif k == "sign":
            if style in ("br", "font"):
                out.append('<div align="right">%s</div>' % E(it[1]))
            elif style == "wx":
                out.append('<section style="text-align:right;"><span style="font-size:15px;">%s</span></section>' % E(it[1]))
            else:
                out.append('<p style="text-align:right;">%s</p>' % E(it[1]))
        elif k == "attach":
            t = it[1]
            out.append('<p>%s</p>' % _attach_link(t, attach_base))
        elif k == "credit":
            if style in ("br", "font"):
                out.append("%s<br />" % E(it[1]))
            elif style == "wx":
                out.append('<section style="text-align:right;"><span style="font-size:13px;color:#999;">%s</span></section>' % E(it[1]))
            else:
                out.append('<p style="text-align:right;">%s</p>' % E(it[1]))
    return "\n".join(out)


def _attach_link(t, base):
    # "附件：1.xxx名单.pdf" -> link the file part
    if "：" in t:
        lab, _, rest = t.partition("：")
        return '%s：<a href="%s%d.pdf" target="_blank">%s</a>' % (E(lab), base, zlib.crc32(rest.encode()) % 900000 + 100000, E(rest))
    return '<a href="%s%d.pdf">%s</a>' % (base, zlib.crc32(t.encode()) % 900000 + 100000, E(t))


# ---------------------------------------------------------------- chrome pieces
TEASERS = [
    ("市人民医院胸痛中心通过国家标准版再认证", "2023-11-06",
     "经过材料审核、现场核查和暗访检查，市人民医院胸痛中心顺利通过国家胸痛中心标准版再认证。近三年来，中心牵头建成覆盖12家县级医院的区域协同救治网络，急性心梗患者平均门球时间缩短至68分钟。"),
    ("县域医共体“基层检查、上级诊断”模式覆盖全部乡镇", "2023-10-28",
     "依托远程影像、远程心电和远程检验三大共享中心，全县28家乡镇卫生院拍片、做心电图后，由县级医院专家在30分钟内出具诊断报告，群众在家门口就能拿到县级水平的检查结果。"),
    ("家庭医生签约服务进社区活动启动", "2023-09-15",
     "活动期间，各社区卫生服务中心组织家庭医生团队深入小区、楼栋，为65岁以上老年人、慢性病患者提供血压血糖测量、用药指导和健康咨询，并现场办理签约和续约手续。"),
    ("我院专家团队赴对口帮扶医院开展义诊", "2023-08-19",
     "心内科、内分泌科、儿科等8个科室的12名专家来到帮扶医院，开展门诊坐诊、教学查房和疑难病例讨论，当天接诊群众300余人次，并为当地医护人员作了3场专题讲座。"),
    ("全省卫生健康系统安全生产工作视频会议召开", "2023-07-03",
     "会议通报了上半年全省医疗机构消防、用电、危化品管理检查情况，要求各地对照问题清单逐项整改，汛期要重点做好医院地下空间、配电房等部位的防汛排查。"),
    ("市卫生健康委开展“服务百姓健康行动”大型义诊周活动", "2023-09-08",
     "义诊周期间，全市二级以上医院共派出专家团队96支，深入乡村、社区、学校和养老机构，提供义诊咨询、健康讲座和免费检查，累计服务群众2.3万人次。"),
    ("儿童医院专科联盟年会暨学术论坛举行", "2022-12-10",
     "来自省内外46家联盟成员单位的200余名代表参加会议，围绕儿童重症救治、新生儿转运、儿科人才培养等议题进行交流，会上还为新加入的7家单位授牌。"),
    ("县中医院与乡镇卫生院共建中医馆", "2022-06-22",
     "县中医院派驻中医师定期坐诊，指导乡镇卫生院开展针刺、艾灸、拔罐、刮痧等中医适宜技术，目前全县已建成标准化中医馆14个，实现乡镇全覆盖。"),
    ("关于公布2024年度医疗质量控制中心名单的通知", "2024-03-26",
     "根据医疗质量控制中心管理相关规定，经单位申报、资格审查和专家评审，确定了本年度各专业质控中心挂靠单位和负责人，现予以公布，请各中心按要求开展工作。"),
    ("我院成功开展首例经导管主动脉瓣置换术", "2024-04-12",
     "心脏大血管外科与心内科、麻醉科、超声科组成多学科团队，为一名82岁重度主动脉瓣狭窄患者实施微创介入瓣膜置换，手术历时一个半小时，患者术后第三天即下床活动。"),
    ("市急救中心开展院前急救技能比武", "2024-05-09",
     "来自全市各急救分站的24支代表队参加比赛，项目涵盖心肺复苏、创伤包扎固定、气道管理和急救转运，赛事旨在以赛促练，进一步提升院前急救队伍的实战能力。"),
    ("社区卫生服务中心开设“一站式”慢病管理门诊", "2024-02-27",
     "门诊整合了测量、检验、开药和随访等环节，高血压、糖尿病患者在一个诊室即可完成复诊和取药，还可通过手机预约下次就诊时间，平均就诊时间缩短了一半。"),
    ("县人民医院新门诊综合楼正式启用", "2021-12-30",
     "新门诊综合楼总建筑面积3.2万平方米，设有门诊诊室、医技检查、日间手术中心等功能区域，配置智能导诊和自助缴费设备，可满足日均3000人次的就诊需求。"),
    ("全市基层卫生人才能力提升培训班开班", "2021-04-16",
     "培训为期三个月，采取理论授课与临床跟岗相结合的方式，首批110名乡镇卫生院和村卫生室骨干人员将分批到市级医院进修，重点学习常见病诊疗和急危重症识别。"),
    ("医院召开2021年党风廉政建设工作会议", "2021-03-05",
     "会议总结了上一年度党风廉政建设和行风建设工作，对本年度工作进行了部署，院领导班子成员与各支部书记、科室主任签订了党风廉政建设责任书。"),
    ("我市新增两家国家级区域医疗中心合作单位", "2020-11-20",
     "通过与国家医学中心建立紧密合作关系，我市两家三级医院将在神经、肿瘤等专科引入管理团队和关键技术，力争五年内使本地重大疾病救治能力明显提升。"),
    ("远程会诊中心一季度完成会诊1200余例", "2020-04-10",
     "一季度，医院远程会诊中心通过视频会诊、远程影像和远程病理等方式，为基层医疗机构提供会诊服务1200余例，其中疫情期间开展线上会诊400余例。"),
    ("卫生健康系统开展冬季爱国卫生运动", "2019-12-05",
     "各级医疗卫生机构结合冬季传染病防控要求，开展环境卫生整治和病媒生物防制，对院区卫生死角进行集中清理，并向群众发放健康教育资料1万余份。"),
    ("乡村医生签约服务质量督导工作启动", "2019-06-18",
     "督导组将采取查阅资料、入户回访和电话核实等方式，重点检查签约服务真实性、履约情况和群众满意度，对发现的问题实行清单管理、限期整改。"),
    ("妇幼保健院孕妇学校开展新生儿护理公益课", "2018-10-24",
     "课程由产科和新生儿科护士长授课，内容涵盖新生儿洗澡、抚触、脐带护理和黄疸观察等，40余组准爸妈参加了现场实操练习。"),
    ("医院获评省级“改善医疗服务示范医院”", "2018-04-02",
     "医院持续推进预约诊疗、日间手术、检查检验结果互认等便民举措，患者满意度连续三年位居全省同级医院前列，此次获评是对医院服务工作的充分肯定。"),
    ("县卫生计生局召开全县医疗卫生工作会议", "2017-02-21",
     "会议回顾了过去一年全县卫生计生工作，部署了本年度公立医院综合改革、基本公共卫生服务和计划生育服务管理等重点任务，并与各单位签订目标责任书。"),
    ("我院举办基层医生心电图判读培训班", "2016-09-13",
     "培训班邀请心电学专家系统讲解常见心律失常、急性心肌梗死的心电图识别要点，并结合典型病例进行现场判读练习，来自各乡镇卫生院的60余名医生参加培训。"),
    ("市中医院国医堂开展“三伏贴”敷贴服务", "2015-07-13",
     "今年三伏贴敷贴从初伏开始，医院根据患者体质辨证选用不同配方，并在门诊大厅设立专门敷贴区，安排专人引导和登记，方便群众就近敷贴。"),
    ("乡镇卫生院标准化建设验收工作完成", "2014-12-19",
     "验收组对照建设标准，对各乡镇卫生院的业务用房、设备配置、人员配备和制度建设逐项核查，全县17家卫生院全部通过验收，基层就医条件明显改善。"),
    ("新型农村合作医疗即时结报系统上线运行", "2013-03-28",
     "系统上线后，参合农民在县内定点医疗机构住院，出院时只需支付个人自付部分，报销款由医院先行垫付，彻底告别了过去往返跑腿报销的麻烦。"),
    ("县医院开展“服务百姓健康行动”义诊活动", "2016-09-20",
     "活动当天，医院组织内科、外科、妇产科、儿科等科室专家在门诊广场设立咨询台，为群众测量血压血糖、解答健康问题，并发放健康教育宣传册1200余份。"),
    ("我院顺利通过二级甲等医院复审", "2016-01-15",
     "复审专家组通过听取汇报、查阅资料、现场访谈和病历检查等方式，对医院管理、医疗质量与安全、护理管理和后勤保障等进行了全面检查，医院以较高分数通过复审。"),
    ("乡镇卫生院院长管理能力培训班结业", "2015-11-27",
     "为期五天的培训围绕基层医疗机构绩效管理、医疗质量安全、新农合支付方式改革等内容展开，全市42名乡镇卫生院院长参加培训并通过结业考核。"),
    ("市卫生局部署冬春季传染病防控工作", "2014-11-18",
     "会议要求各医疗卫生单位加强流感、手足口病等重点传染病监测，规范预检分诊和发热门诊管理，做好防控物资储备，确保疫情早发现、早报告、早处置。"),
    ("医院开展“三好一满意”患者满意度调查", "2014-06-05",
     "调查采取问卷和电话回访相结合的方式，内容涉及就诊环境、服务态度、候诊时间和医疗费用等方面，共收回有效问卷860份，总体满意度为94.3%。"),
    ("县卫生局召开新农合工作会议", "2013-12-10",
     "会议通报了全县新农合基金运行情况，对定点医疗机构的不合理收费问题进行了点名通报，要求各单位严格执行诊疗规范，确保新农合基金安全。"),
    ("我院新住院大楼奠基", "2013-05-20",
     "新住院大楼规划建筑面积4.6万平方米，地上十九层、地下两层，设计床位700张，建成后将极大改善全县群众的住院条件。"),
    ("全县乡村医生业务培训启动", "2012-10-08",
     "培训分四期进行，内容包括常见病诊治、合理用药、急救技能和基本公共卫生服务规范，全县三百余名乡村医生将轮流参加培训。"),
    ("医院召开创建“平安医院”工作动员会", "2012-04-11",
     "会议传达了上级关于创建平安医院的文件精神，成立了工作领导小组，要求各科室排查医疗纠纷隐患、加强安全保卫，营造和谐的就医环境。"),
    ("县人民医院开展“志愿服务进病房”活动", "2011-12-02",
     "青年志愿者走进病房，为住院患者提供导诊陪检、代购生活用品和心理疏导等服务，受到患者和家属的好评。"),
]


def teasers(rnd, n, before=None):
    """Pick n teasers (optionally dated before a given ISO date)."""
    pool = [t for t in TEASERS if before is None or t[1] < before]
    if len(pool) < n:
        raise ValueError("not enough teasers before %s" % before)
    rnd.shuffle(pool)
    return pool[:n]


def today_banner(date_iso):
    import datetime
    d = datetime.date.fromisoformat(date_iso)
    wk = "一二三四五六日"[d.weekday()]
    return "今天是%d年%d月%d日 星期%s" % (d.year, d.month, d.day, wk)


def esc(s):
    return E(s) if s is not None else ""


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace("[[%s]]" % k, "" if v is None else str(v))
    if "[[" in tpl:
        import re
        left = re.findall(r"\[\[(\w+)\]\]", tpl)
        if left:
            raise KeyError("unfilled: %s" % left)
    return tpl


def li_dated(items, fmt="<li><a href=\"[[href]]\" title=\"[[t]]\">[[t]]</a><span>[[d]]</span></li>", base="/xwzx/"):
    out = []
    for i, (t, d, _s) in enumerate(items):
        out.append(fill(fmt, href="%s%s/t%s_%d.html" % (base, d[:7].replace("-", ""), d.replace("-", ""), 880000 + i * 37), t=E(t), d=d))
    return "\n".join(out)
