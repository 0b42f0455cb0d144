"""Generate the labeled extraction set in tests/extraction_set/ (page bytes + gold JSON).

Usage: .venv/bin/python benchmarks/make_extraction_set.py

Every page is one of the project's own article texts (benchmarks/extraction_texts.py)
rendered through one of the page templates below, which imitate the markup of real
hospital CMSs, government intensive platforms, health-commission sites, WeChat
articles and their reposts, Traditional-script mirrors and non-article pages, with the
damage seen in the seeds (breadcrumbs, metadata lines with 阅读量, subtitles repeated in
the body, stray "</span>" text, 上一篇/下一篇). Pages are stored in the encoding they
would be served in; the gold JSON holds the URL, Content-Type and expected fields.
"""

from __future__ import annotations

import html
import json
import shutil
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_texts import ARTICLES  # noqa: E402

from yilian.zhscript import to_traditional  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "tests" / "extraction_set"
e = html.escape

NAV = ["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "党建文化", "联系我们"]
SIDEBAR = [
    ("我院举办护理技能竞赛", "2017-05-12"), ("我院专家赴对口医院开展义诊", "2016-11-03"),
    ("我院召开年度职工代表大会", "2016-03-18"), ("院领导走访慰问离退休老干部", "2015-12-29"),
    ("我院顺利通过三级医院复审", "2015-08-06"), ("我院开展消防安全应急演练", "2015-04-22"),
]


def d_cn(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def d_slash(date: str) -> str:
    return date.replace("-", "/")


def d_hanzi(date: str) -> str:
    digits = "〇一二三四五六七八九"
    y, m, d = date.split("-")

    def num(n: int) -> str:
        return ("十" if n == 10 else ("" if n < 10 else (digits[n // 10] if n >= 20 else "") + "十") + (digits[n % 10] if n % 10 else "")) if n >= 10 else digits[n]

    return "".join(digits[int(c)] for c in y) + "年" + num(int(m)) + "月" + num(int(d)) + "日"


def stamp(a: dict) -> str:
    return a["date"] + (" " + a["time"] if a.get("time") else "")


def nav(items=NAV) -> str:
    return "<ul class=\"nav\">" + "".join(f'<li><a href="/c/{i}.html">{x}</a></li>' for i, x in enumerate(items)) + "</ul>"


def sidebar(title="新闻动态", dated=True) -> str:
    lis = "".join(
        f'<li><a href="/news/{i}.html" title="{t}">{t}</a>' + (f"<span>{d}</span>" if dated else "") + "</li>"
        for i, (t, d) in enumerate(SIDEBAR)
    )
    return f'<div class="sidebar"><h3>{title}</h3><ul>{lis}</ul></div>'


def footer(name: str, icp: str = "豫ICP备10012345号") -> str:
    return (f'<div class="footer"><p>版权所有：{name}　地址：人民路88号　邮编：461000</p>'
            f"<p>{icp}　技术支持：某某网络科技有限公司</p></div>")


def prev_next() -> str:
    return ('<div class="prevnext"><p>上一篇：<a href="/n/101.html">我院举办新入职员工岗前培训</a></p>'
            '<p>下一篇：<a href="/n/103.html">我院开展世界卫生日主题宣传活动</a></p></div>')


def share() -> str:
    return '<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>'


def member_table(rows: list[list[str]], style: str = "") -> str:
    body = "".join("<tr>" + "".join(f"<td{style}>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table border="1" cellspacing="0" cellpadding="4" width="90%">{body}</table>'


def paras(ps: list[str], style: str) -> str:
    """The same paragraphs in the markup habits of different editors."""
    if style == "p":
        return "".join(f"<p>{e(p)}</p>\n" for p in ps)
    if style == "indent":
        return "".join(f'<p style="text-indent:2em;line-height:1.75em;font-size:16px">{e(p)}</p>\n' for p in ps)
    if style == "br":
        return "<br/>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + e(p) for p in ps) + "<br/>"
    if style == "word":
        out = []
        for p in ps:
            cut = p.find("，") + 1 or len(p) // 2
            out.append(
                '<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0">'
                f'<span style="font-family:仿宋_GB2312;font-size:16.0pt">{e(p[:cut])}</span>'
                f'<span style="font-family:仿宋_GB2312;font-size:16.0pt">{e(p[cut:])}</span>'
                '<span lang="EN-US"><o:p></o:p></span></p>\n'
            )
        return "".join(out)
    if style == "div":
        return "".join(f"<div>{e(p)}</div>\n" for p in ps)
    if style == "wechat":
        return "".join(
            '<section style="margin:0 8px"><section style="line-height:1.75em"><p style="text-align:justify">'
            f'<span style="font-size:15px;color:rgb(62,62,62)">{e(p)}</span></p></section></section>\n'
            for p in ps
        )
    if style == "font":
        return "".join(f'<p><font face="宋体" size="3">{e(p)}</font></p>\n' for p in ps)
    raise ValueError(style)


def gold_body(a: dict, include_members: bool = True) -> str:
    lines = list(a["paragraphs"])
    if include_members and a.get("members"):
        lines += [" ".join(r) for r in a["members"]]
    return "\n".join(lines)


def page(head: str, body: str, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"{head}\n<script>var _hmt = _hmt || []; document.write('统计');</script>\n"
            "<style>.nav li{float:left} .content p{margin:0}</style></head>\n"
            f"<body>{body}</body></html>")


# --- templates: each returns (html, url, charset, gold overrides) ---------------------------

def t_hospital_div(a, n):
    """Modern hospital CMS: breadcrumb, metadata line with 阅读量, share widget, 上一篇/下一篇."""
    site = "东城市中心医院"
    members = member_table(a["members"]) if a.get("members") else ""
    sub = f'<h3 class="sub-title">——{e(a["subtitle"])}</h3>' if a.get("subtitle") else ""
    repeat = f"<p>——{e(a['subtitle'])}</p>" if a.get("subtitle") else ""
    body = (f'<div class="header"><div class="logo"><h1>{site}</h1></div>{nav()}</div>'
            f'<div class="main"><div class="left">{sidebar()}</div><div class="right">'
            f'<div class="position">当前位置: &gt;<a href="/">首页</a> &gt;<a href="/c/2.html">新闻中心</a> &gt;<a href="/c/21.html">医院新闻</a></div>'
            f'<div class="article"><h2 class="art-title">{e(a["title"])}</h2>{sub}'
            f'<div class="info">时间:{a["date"]} 来源:{e(a["source"])} 作者:{e(a["author"] or "管理员")} 阅读量:{120 + n}</div>'
            f'<div class="content">{repeat}{paras(a["paragraphs"], "p")}{members}</div>{share()}{prev_next()}</div>'
            f"</div></div>{footer(site)}")
    return page(f"<title>{e(a['title'])}-{site}</title>", body), f"http://www.dcszxyy.cn/html/news/{n}.html", "utf-8", {"time": None}


def t_hospital_table(a, n):
    """Old ASP hospital site: layout tables, <br> paragraphs, GBK, 点击数, stray </span> text."""
    site = "南岭县人民医院"
    text = paras(a["paragraphs"], "br").replace("<br/>", "&lt;/span&gt;<br/>", 1)
    members = member_table(a["members"], ' align="center"') if a.get("members") else ""
    body = (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="980" height="120"></td></tr>'
            f'<tr><td class="menu">{" | ".join(f"<a href=/m{i}.asp>{x}</a>" for i, x in enumerate(NAV))}</td></tr></table>'
            '<table width="980" border="0" align="center"><tr><td width="220" valign="top">'
            f'<table width="100%"><tr><td class="lm">院务公开</td></tr><tr><td><a href="/list.asp?id=1">医院新闻</a></td></tr><tr><td><a href="/list.asp?id=2">通知公告</a></td></tr></table>'
            '</td><td valign="top"><table width="100%" border="0" cellpadding="6">'
            f'<tr><td height="30" align="center"><font style="font-size:20px;color:#c00"><b>{e(a["title"])}</b></font></td></tr>'
            f'<tr><td align="center" class="gray">发布时间：{d_slash(a["date"])} {a.get("time") or "00:00:00"}　点击数：{30 + n}　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>'
            f'<tr><td class="news_content" style="font-size:14px;line-height:26px">{text}{members}</td></tr>'
            '</table></td></tr></table>'
            f'<table width="980" align="center"><tr><td align="center">{site} 版权所有 地址：城关镇解放路12号 电话：0371-1234567</td></tr></table>')
    gold = {"source": ""}
    if not a.get("time"):
        gold["time"] = "00:00:00"
    return page(f"<title>{e(a['title'])}_{site}</title>", body, "gbk"), f"http://www.nlxrmyy.com/shownews.asp?id={4000 + n}", "gbk", gold


def t_gov_intensive(a, n):
    """Government intensive-platform portal: meta tags, 索引号 table, 发布时间/信息来源/浏览次数, TRS editor."""
    site = "东城市人民政府"
    y, m, d = a["date"].split("-")
    url = f"http://www.dongcheng.gov.cn/zwgk/fdzdgknr/msxx/yl/{y}{m}/t{y}{m}{d}_{1180000 + n}.html"
    issuer = a.get("issuer", "东城市卫生健康委员会")
    att = ""
    if a.get("attachments"):
        att = "".join(f'<p><a href="./P0{y}{m}{d}{i}.{ext}">{e(name)}</a></p>' for i, (name, ext) in enumerate(a["attachments"]))
    head = (f"<title>{e(a['title'])}_{site}</title>\n"
            f'<meta name="SiteName" content="{site}"><meta name="ColumnName" content="医疗">\n'
            f'<meta name="ArticleTitle" content="{e(a["title"])}"><meta name="PubDate" content="{stamp(a)}">\n'
            f'<meta name="ContentSource" content="{e(a["source"])}"><meta name="Keywords" content="医联体">')
    ps = a["paragraphs"]
    gold_lines = ps[:-1] if a.get("attachments") and ps[-1].startswith("2.") else list(ps)
    table = ('<div class="xxgk-table"><table class="table_suoyin" cellspacing="0">'
             f'<tr><td class="t1">索 引 号:</td><td>{e(a.get("index_no", "dchszf-" + y + "-0" + str(54000 + n)))}</td><td class="t1">主题分类:</td><td>{e(a.get("topic", "医疗"))}</td></tr>'
             f'<tr><td class="t1">发文机关:</td><td>{e(issuer)}</td><td class="t1">成文日期:</td><td>{a.get("written_at", "")}</td></tr>'
             f'<tr><td class="t1">标　　题:</td><td colspan="3">{e(a["title"])}</td></tr>'
             f'<tr><td class="t1">发文字号:</td><td>{e(a.get("doc_no", ""))}</td><td class="t1">发布日期:</td><td>{a["date"]}</td></tr>'
             '<tr><td class="t1">主 题 词:</td><td colspan="3"></td></tr></table></div>')
    body = (f'<div class="top"><div class="logo">{site}</div>{nav(["首页", "政务公开", "政务服务", "互动交流", "走进东城"])}</div>'
            '<div class="crumbs">当前位置: <a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="#">民生信息</a> &gt; <a href="#">医疗</a></div>'
            f'<div class="container">{table}<div class="article"><h1 class="title">{e(a["title"])}</h1>'
            f'<div class="source"><span>发布时间：{a["date"]}</span><span>信息来源：{e(a["source"])}</span><span>浏览次数：{n + 8}</span>'
            '<span class="font">字体：[<a>大</a> <a>中</a> <a>小</a>]</span></div>'
            f'<div class="TRS_Editor" id="zoom">{paras(gold_lines, "indent")}{att}</div>'
            '<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></div></div>'
            f'<div class="footer"><p>主办单位：{site}办公室</p><p>网站标识码：2102000012　辽ICP备05001234号　辽公网安备 21110202000123号</p></div>')
    gold_lines += [name for name, _ in a.get("attachments") or []]
    gold = {"body": "\n".join(gold_lines)}
    if a.get("members"):
        body = body.replace('</div><div class="print">', member_table(a["members"]) + '</div><div class="print">')
        gold["body"] += "\n" + "\n".join(" ".join(r) for r in a["members"])
    return page(head, body), url, "utf-8", gold


def t_health_commission(a, n):
    """Health-commission site: 2021年5月17日 dates, 字号 widget, attachments list, related-news list."""
    site = "西江省卫生健康委员会"
    related = "".join(f'<li><a href="/xwzx/{i}.html">{t}</a><span>{d}</span></li>' for i, (t, d) in enumerate(SIDEBAR[:4]))
    att = ""
    if a.get("attachments"):
        att = "<p>附件：</p>" + "".join(f'<p><a href="/uploads/{n}_{i}.{ext}">{e(name)}</a></p>' for i, (name, ext) in enumerate(a["attachments"]))
    ps = [p for p in a["paragraphs"] if not p.startswith(("附件", "2."))] if a.get("attachments") else a["paragraphs"]
    body = (f'<header class="site-head"><a class="logo" href="/">{site}</a>{nav(["首页", "机构概况", "新闻中心", "政务公开", "办事服务", "公众参与"])}</header>'
            '<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <span>卫生健康动态</span></div>'
            f'<div class="detail"><div class="detail-title"><h2>{e(a["title"])}</h2></div>'
            f'<div class="detail-info">发布日期：{d_cn(a["date"])}　来源：{e(a["source"])}　字号：<a>大</a> <a>中</a> <a>小</a></div>'
            f'<div class="detail-content">{paras(ps, "indent")}{att}'
            + (member_table(a["members"]) if a.get("members") else "") +
            f'</div></div><div class="related"><h4>相关新闻</h4><ul>{related}</ul></div>{footer(site, "西ICP备09008765号-1")}')
    gold_lines = list(ps) + (["附件："] + [name for name, _ in a["attachments"]] if a.get("attachments") else [])
    gold_lines += [" ".join(r) for r in a.get("members") or []]
    return page(f"<title>{e(a['title'])} - {site}</title>", body), f"http://wsjkw.xijiang.gov.cn/xwzx/wsjkdt/{a['date'][:4]}/{9000 + n}.shtml", "utf-8", {"body": "\n".join(gold_lines), "time": None}


def t_wechat(a, n):
    """Native WeChat article: og:title, #js_name account, em#publish_time, js_content sections, data-src images."""
    account = "健康东城"
    img = f'<p style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc{n}/640" data-ratio="0.66" /></p>'
    body = ('<div class="rich_media"><div class="rich_media_inner"><div id="page-content">'
            f'<h1 class="rich_media_title" id="activity-name">\n        {e(a["title"])}\n      </h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">{e(a["author"] or "")}</span>'
            f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{account}</a></span>'
            f'<em id="publish_time" class="rich_media_meta rich_media_meta_text">{stamp(a)}</em></div>'
            f'<div class="rich_media_content" id="js_content">{img}{paras(a["paragraphs"], "wechat")}'
            '<p style="text-align:center"><span style="font-size:12px;color:#888">来源：' + e(a["source"]) + '</span></p></div>'
            '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 1.2万</span></div>'
            '<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>')
    head = (f"<title>{e(a['title'])}</title>\n<meta property=\"og:title\" content=\"{e(a['title'])}\">\n"
            f'<meta property="og:site_name" content="微信公众平台"><meta name="description" content="{e(a["paragraphs"][0][:40])}">')
    return page(head, body), f"https://mp.weixin.qq.com/s/Ab{n:04d}CdEfGhIjKlMnOp", "utf-8", {"body": gold_body(a, include_members=False)}


def t_wechat_repost(a, n):
    """Hospital site reposting a WeChat article: section soup inside a CMS page, 来源：微信公众号."""
    site = "北岭市第一人民医院"
    body = (f'<div id="head"><h1 id="logo"><a href="/">{site}</a></h1>{nav()}</div>'
            '<div id="location">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/xw/">新闻中心</a> &gt;&gt; 媒体报道</div>'
            f'<div id="news"><div class="news_tit"><h1>{e(a["title"])}</h1></div>'
            f'<div class="news_info"><span>来源：{e(a["source"])}微信公众号</span> <span>发布时间：{stamp(a)}</span> <span>浏览：<i id="hits"></i>次</span></div>'
            f'<div class="news_con"><div class="rich_media_content">{paras(a["paragraphs"], "wechat")}</div></div>'
            f"{share()}{prev_next()}</div>{footer(site)}")
    return page(f"<title>{e(a['title'])}_{site}</title>", body), f"https://www.blsdyrmyy.com/xw/mtbd/{7000 + n}.html", "utf-8", {"source": a["source"] + "微信公众号", "body": gold_body(a, include_members=False)}


def t_trad_mirror(a, n):
    """Traditional-script mirror of a mainland hospital site: 發布時間, 來源, 微信掃一掃分享 footer."""
    site = "溫江醫科大學附屬第二醫院"
    t = to_traditional
    ta = dict(a, title=t(a["title"]), subtitle=t(a.get("subtitle") or ""), source=t(a["source"]),
              author=t(a["author"] or "管理員"), paragraphs=[t(p) for p in a["paragraphs"]],
              members=[[t(c) for c in r] for r in a.get("members") or []])
    charset = "big5" if n % 2 else "utf-8"
    body = (f'<div class="top"><div class="logo">{site}</div>{nav([t(x) for x in NAV])}</div>'
            f'<div class="lm_name">{t("双下沉专栏")}</div>'
            f'<div class="wz"><div class="wz_title">{e(ta["title"])}</div>'
            f'<div class="wz_info">{t("作者")}：{e(ta["author"])} {t("来源")}：{e(ta["source"])} {t("发布时间")}：{d_slash(a["date"])} {a.get("time") or "08:00:00"}</div>'
            f'<div class="wz_content">{paras(ta["paragraphs"], "font")}'
            + (member_table(ta["members"]) if ta["members"] else "") +
            f'</div><div class="wz_share">{t("微信扫一扫分享")}</div></div>'
            f'<div class="hot"><div class="hot_title">{t("热点新闻")}</div><ul>'
            + "".join(f'<li><a href="/n/{i}.html">{t(x)}</a></li>' for i, (x, _) in enumerate(SIDEBAR[:4])) + "</ul></div>")
    gold = {"title": ta["title"], "source": ta["source"], "body": gold_body(ta), "script": "zh-Hant"}
    if not a.get("time"):
        gold["time"] = "08:00:00"
    return page(f"<title>{e(ta['title'])}</title>", body, charset), f"http://www.wjfey.com/html/sxc/{2017}/{n}.html", charset, gold


def t_dede_gbk(a, n):
    """DedeCMS-style GBK page: div lines, "时间:… 来源:… 作者:… 点击:次" with JS-filled counter."""
    site = "西城区中医院"
    body = (f'<div class="header"><span class="logo">{site}</span>{nav()}</div>'
            f'<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/news/">新闻动态</a> &gt; <a href="/a/news/yyxw/">医院新闻</a> &gt;</div>'
            f'<div class="viewbox"><div class="title"><h2>{e(a["title"])}</h2></div>'
            f'<div class="info"><small>时间:</small>{stamp(a)}<small>来源:</small>{e(a["source"])}<small>作者:</small>{e(a["author"] or "admin")}<small>点击:</small><script src="/plus/count.php"></script>次</div>'
            f'<div class="content"><table width="100%"><tr><td>{paras(a["paragraphs"], "div")}'
            + (member_table(a["members"]) if a.get("members") else "") +
            '</td></tr></table></div><div class="context"><ul><li>上一篇：<a href="/a/1.html">我院开展中医药文化进校园活动</a></li><li>下一篇：没有了</li></ul></div></div>'
            f"{footer(site)}")
    return page(f"<title>{e(a['title'])}_{site}</title>", body, "gbk"), f"http://www.xcqzyy.com/a/news/yyxw/{a['date'][:4]}{a['date'][5:7]}/{600 + n}.html", "gbk", {}


def t_hanzi_dates(a, n):
    """County news portal: dates in Chinese numerals (二〇二一年五月十七日), 编辑 line after the body."""
    site = "南山县融媒体中心"
    body = (f'<div id="top">{nav(["首页", "南山要闻", "乡镇动态", "部门动态", "视频南山"])}</div>'
            f'<div id="main"><div class="cont_left"><div class="article_title">{e(a["title"])}</div>'
            f'<div class="article_time">日期：{d_hanzi(a["date"])}　　来源：{e(a["source"])}</div>'
            f'<div class="article_body">{paras(a["paragraphs"], "indent")}'
            + (member_table(a["members"]) if a.get("members") else "") +
            '<p class="editor">（责任编辑：孙晓）</p></div></div>'
            f'<div class="cont_right">{sidebar("热门文章")}</div></div>{footer(site)}')
    return page(f"<title>{e(a['title'])}</title>", body), f"http://www.nanshan-news.cn/xw/{800 + n}.htm", "utf-8", {"time": None}


def t_url_date_only(a, n):
    """Portal whose only date is in the URL (/2021/05/17/); a dated sidebar comes before the body."""
    site = "东江区卫生健康局"
    y, m, d = a["date"].split("-")
    body = (f'<div class="banner">{site}</div>{nav(["首页", "机构职能", "工作动态", "通知公告", "健康科普"])}'
            f'<table width="1000"><tr><td width="260" valign="top">{sidebar("通知公告")}</td>'
            f'<td valign="top"><div class="dqwz">您的位置：首页 &gt; 工作动态</div>'
            f'<h3 class="arc-title">{e(a["title"])}</h3><div class="arc-body">{paras(a["paragraphs"], "p")}'
            + (member_table(a["members"]) if a.get("members") else "") +
            f'</div></td></tr></table>{footer(site)}')
    return page(f"<title>{e(a['title'])}|{site}</title>", body), f"http://wjj.dongjiang.gov.cn/{y}/{m}/{d}/art_{300 + n}.html", "utf-8", {"source": "", "time": None}


def t_notice_doc(a, n):
    """Document-style notice: 文号, 发文机关, 成文日期 and 发布日期 lines, attachment links, body in <td>."""
    site = "东城市卫生健康委员会"
    att = "".join(f'<a href="/attach/{n}/{i}.{ext}">{e(name)}</a><br/>' for i, (name, ext) in enumerate(a.get("attachments") or []))
    ps = [p for p in a["paragraphs"] if not p.startswith(("附件", "2."))]
    body = (f'<div class="head">{site}</div>{nav(["首页", "政务公开", "通知公告", "政策解读"])}'
            '<div class="path">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>'
            '<table class="doc" width="900" align="center"><tr><td class="doc-head">'
            f'<p>发文机关：{e(a.get("issuer") or a["source"])}</p><p>文号：{e(a.get("doc_no") or "无")}</p>'
            f'<p>成文日期：{d_cn(a.get("written_at") or a["date"])}</p><p>发布日期：{d_cn(a["date"])}</p></td></tr>'
            f'<tr><td align="center"><h2 class="doc-title">{e(a["title"])}</h2></td></tr>'
            f'<tr><td class="doc-body">{paras(ps, "word")}'
            + (f'<p>附件：</p><p class="att">{att}</p>' if att else "") +
            (member_table(a["members"]) if a.get("members") else "") +
            f'</td></tr></table><div class="bottom"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></div>{footer(site)}')
    gold_lines = ps + (["附件："] + [name for name, _ in a["attachments"]] if a.get("attachments") else []) + [" ".join(r) for r in a.get("members") or []]
    gold = {"body": "\n".join(gold_lines), "source": "", "time": None}
    return page(f"<title>{e(a['title'])}</title>", body), f"http://wjw.dongcheng.gov.cn/tzgg/{a['date'][:4]}/{a['date'][5:7]}/{50 + n}.html", "utf-8", gold


def t_university(a, n):
    """University-hospital CMS (wp_articlecontent): 发布者/浏览次数, subtitle line repeated in the body."""
    site = "北江医科大学附属医院"
    sub = a.get("subtitle") or ""
    body = (f'<div class="wrapper"><div id="header">{nav()}</div><div id="l-container">'
            f'<div class="col_path"><span>当前位置：</span><a href="/">首页</a><span class="sep">&gt;&gt;</span><a href="/xwzx/">新闻资讯</a></div>'
            f'<div class="article"><h1 class="arti_title">{e(a["title"])}</h1>'
            + (f'<h2 class="arti_subtitle">——{e(sub)}</h2>' if sub else "") +
            f'<p class="arti_metas"><span class="arti_publisher">发布者：{e(a["source"])}</span><span class="arti_update">发布时间：{a["date"]}</span><span class="arti_views">浏览次数：<span class="WP_VisitCount">{50 + n}</span></span></p>'
            '<div class="entry"><div class="read"><div class="wp_articlecontent">'
            + (f"<p>{e(a['title'])}</p><p>——{e(sub)}</p>" if sub else "")
            + paras(a["paragraphs"], "p")
            + (member_table(a["members"]) if a.get("members") else "")
            + f'</div></div></div></div></div>{footer(site)}</div>')
    return page(f"<title>{e(a['title'])}</title>", body), f"https://www.bjykdxfy.edu.cn/{a['date'][:4]}/{a['date'][5:7]}{a['date'][8:]}/c1234a{1000 + n}/page.htm", "utf-8", {"source": "", "time": None}


def t_div_soup(a, n):
    """Div soup with inline styles, <font> title, spans per sentence, meta line below the body."""
    site = "西岭县妇幼保健院"
    spans = "".join(
        '<div style="text-indent:2em;margin:6px 0">' + "".join(f"<span style=\"font-size:14px\">{e(s)}。</span>" for s in p.rstrip("。").split("。")) + "</div>\n"
        for p in a["paragraphs"]
    )
    body = (f'<div style="width:1000px;margin:auto"><div style="height:90px">{site}</div>{nav()}'
            '<div style="float:left;width:700px">'
            f'<div style="text-align:center;padding:20px"><font size="5" color="#0b5aa2"><strong>{e(a["title"])}</strong></font></div>'
            f'<div style="border-top:1px solid #ddd;padding:10px">{spans}'
            + (member_table(a["members"]) if a.get("members") else "") +
            f'</div><div style="text-align:right;color:#999">信息来源：{e(a["source"])}　发布日期：{a["date"]}　作者：{e(a["author"] or "院办")}</div>'
            f'</div><div style="float:right;width:280px">{sidebar("通知公告", dated=False)}</div></div>{footer(site)}')
    return page(f"<title>{site}--{e(a['title'])}</title>", body), f"http://www.xlxfybjy.com/show.php?cid=3&id={n}", "utf-8", {"time": None}


# --- flat pages: every line a <p> in one container, a template <title>, no heading element ----

def flat_page(lines: list[str], charset: str = "utf-8") -> str:
    body = "".join(f"<p>{line}</p>\n" for line in lines)
    return page("<title>新闻详情</title>", f'<div class="nav"><a href="/">首页</a></div><div class="article">{body}</div>', charset)


def _members_lines(a) -> list[str]:
    return [e(" ".join(r)) for r in a.get("members") or []]


def t_flat_hospital(a, n):
    """Flat hospital page: breadcrumb, title, metadata line, title repeated split in two, byline, prose."""
    site = "北湖市中心医院"
    author = a["author"] or "王丽"
    repeat = [e(a["title"])]
    if a.get("subtitle"):
        repeat = [e(a["title"]).replace("——", " "), "", f"——{e(a['subtitle'])}"]
    title = e(a["title"] + (f"——{a['subtitle']}" if a.get("subtitle") else ""))
    lines = ["当前位置: &gt;首页 &gt;医院动态 &gt;医院新闻", title,
             f"时间:{a['date']} 来源:{e(a['source'])} 作者:宣传科{e(author)} 阅读量:{40 + n}", "", *repeat, "",
             f" 宣传科:{e(author)}   {site}  ", "", *[e(x) for x in a["paragraphs"]], *_members_lines(a)]
    gold = {"title": a["title"] + (f"——{a['subtitle']}" if a.get("subtitle") else ""), "time": None}
    return flat_page(lines), f"http://www.bhszxyy.com/news/show.asp?id={n}", "utf-8", gold


def t_flat_gov_table(a, n):
    """Flat government page: breadcrumb, 索引号 table as lines, repeated title, 发布时间/信息来源/浏览次数 line."""
    y = a["date"][:4]
    lines = ["当前位置: 首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 民生信息 &gt; 医疗", "",
             f"索 引 号: bhszf-{y}-0{61000 + n} 主题分类: 医疗", "发文机关: 北湖市人民政府 成文日期:",
             f"标  题: {e(a['title'])}", f"发文字号: 发布日期: {a['date']}", "主 题 词:", "",
             e(a["title"]), "", f"发布时间:{a['date']} 信息来源:{e(a['source'])} 浏览次数:{n}",
             *[e(x) for x in a["paragraphs"]], *_members_lines(a)]
    return flat_page(lines), f"http://www.beihu.gov.cn/zwgk/show.jsp?id={n}", "utf-8", {"time": None}


def t_flat_trad_credit(a, n):
    """Flat Traditional page: column label, title, 來源 made of 文|/圖| credits with 發布日期, 上一篇/下一篇."""
    t = to_traditional
    author = a["author"] or "林曉"
    lines = [t("医联体专栏"), e(t(a["title"])),
             f"{t('来源')}: 文| {e(t(a['source']))} {e(t(author))} 圖| {e(t(a['source']))} 趙偉{t('发布日期')}: {a['date']}",
             *[e(t(x)) for x in a["paragraphs"]], *[t(x) for x in _members_lines(a)],
             f"- {t('上一篇')}: {t('我院举办护士节表彰大会')}", f"- {t('下一篇')}: {t('我院专家赴乡镇义诊')}"]
    ta = dict(a, paragraphs=[t(x) for x in a["paragraphs"]], members=[[t(c) for c in r] for r in a.get("members") or []])
    gold = {"title": t(a["title"]), "source": t(a["source"]), "body": gold_body(ta), "script": "zh-Hant", "time": None}
    return flat_page(lines), f"http://www.bhswy.com/news/{n}.html", "utf-8", gold


ARTICLE_TEMPLATES = [
    t_hospital_div, t_hospital_table, t_gov_intensive, t_health_commission, t_wechat, t_wechat_repost,
    t_trad_mirror, t_dede_gbk, t_hanzi_dates, t_url_date_only, t_notice_doc, t_university, t_div_soup,
    t_flat_hospital, t_flat_gov_table, t_flat_trad_credit,
]


# --- non-article pages ----------------------------------------------------------------------

def n_list_page(n):
    items = "".join(
        f'<li><a href="/n/{i}.html">{e(a["title"])}</a><span class="date">{a["date"]}</span></li>'
        for i, a in enumerate(ARTICLES[n % 5: n % 5 + 14])
    )
    body = (f'<div class="header">东城市中心医院{nav()}</div><div class="position">当前位置：首页 &gt; 医院新闻</div>'
            f'<div class="list"><ul>{items}</ul></div><div class="pages">共5页 <a>首页</a> <a>上一页</a> <a>下一页</a> <a>尾页</a></div>{footer("东城市中心医院")}')
    return page("<title>医院新闻-东城市中心医院</title>", body), f"http://www.dcszxyy.cn/html/list_{n}.html", "list_page"


def n_not_found(n):
    body = (f'<div class="header">东城市人民政府{nav(["首页", "政务公开", "政务服务"])}</div>'
            '<div class="error"><img src="/images/404.png"><h2>抱歉，您访问的页面不存在或已被删除！</h2>'
            '<p>可能原因：网址有错误，或该信息已过期。</p><p><a href="/">返回首页</a></p></div>' + footer("东城市人民政府"))
    return page("<title>页面不存在</title>", body), f"http://www.dongcheng.gov.cn/zwgk/t2020_{n}.html", "not_found"


def n_login(n):
    body = ('<div class="login-box"><h3>用户登录</h3><form action="/login" method="post">'
            '<p>用户名：<input type="text" name="username"></p><p>密　码：<input type="password" name="password"></p>'
            '<p><button type="submit">登录</button></p></form><p>本栏目内容仅对内部职工开放，请先登录。</p></div>')
    return page("<title>用户登录 - 北岭市第一人民医院 OA</title>", body), f"https://oa.blsdyrmyy.com/news/view?id={n}", "login_wall"


def n_captcha(n):
    body = ('<div class="verify"><h3>访问验证</h3><p>您的访问过于频繁，请输入验证码后继续访问。</p>'
            '<img src="/captcha.jpg"><input type="text" name="captcha"><button>提交</button></div>')
    return page("<title>安全验证</title>", body), f"http://wsjkw.xijiang.gov.cn/xwzx/{n}.shtml", "captcha"


def n_empty(n):
    body = (f'<div class="header">南岭县人民医院{nav()}</div><div class="position">当前位置：首页 &gt; 通知公告</div>'
            '<div class="article"><h2 class="art-title"></h2><div class="info">时间: 来源: 阅读量:0</div><div class="content"></div></div>'
            + footer("南岭县人民医院"))
    return page("<title>南岭县人民医院</title>", body), f"http://www.nlxrmyy.com/show.asp?id={n}", "empty"


NON_ARTICLE_TEMPLATES = [n_list_page, n_not_found, n_login, n_captcha, n_empty]


def encode(text: str, charset: str) -> tuple[bytes, str]:
    """Bytes as the site would serve them; a page Big5 cannot hold falls back to UTF-8."""
    try:
        return text.encode(charset), charset
    except UnicodeEncodeError:
        return text.replace(f"charset={charset}", "charset=utf-8").encode("utf-8"), "utf-8"


def build() -> list[dict]:
    pages = []
    count = 0
    for t_index, template in enumerate(ARTICLE_TEMPLATES):
        for k in range(6):
            count += 1
            a = ARTICLES[(t_index * 5 + k * 3) % len(ARTICLES)]
            html_text, url, charset, gold = template(a, count)
            data, charset = encode(html_text, charset)
            time = gold.get("time", a.get("time"))
            pages.append({
                "id": f"{count:03d}_{template.__name__[2:]}",
                "template": template.__name__[2:],
                "bytes": data,
                "gold": {
                    "url": url,
                    "content_type": f"text/html; charset={charset}" if k % 2 == 0 else "text/html",
                    "is_article": True,
                    "title": gold.get("title", a["title"]),
                    "date": a["date"],
                    "time": time,
                    "source": gold.get("source", a["source"]),
                    "body": gold.get("body", gold_body(a)),
                    "script": gold.get("script", "zh-Hans"),
                },
            })
    for template in NON_ARTICLE_TEMPLATES:
        for k in range(2):
            count += 1
            html_text, url, reason = template(count)
            pages.append({
                "id": f"{count:03d}_{template.__name__[2:]}",
                "template": template.__name__[2:],
                "bytes": html_text.encode("utf-8"),
                "gold": {"url": url, "content_type": "text/html; charset=utf-8", "is_article": False, "reason": reason},
            })
    return pages


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for p in build():
        (OUT / f"{p['id']}.html").write_bytes(p["bytes"])
        (OUT / f"{p['id']}.json").write_text(json.dumps(p["gold"] | {"template": p["template"]}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(list(OUT.glob('*.html')))} pages to {OUT}")


if __name__ == "__main__":
    main()
