# -*- coding: utf-8 -*-
"""Robustness skeletons: no <body>, two <html> roots, crawl wrapper, one line,
Traditional script (繁體 plug-in / Big5 gateway), GBK page declaring utf-8."""
import random
import re
from common import fill, esc, render_body, parse_body, teasers, today_banner, E

try:
    import opencc
    _S2T = opencc.OpenCC("s2tw")
except Exception:  # pragma: no cover
    _S2T = None


def s2t(s):
    return _S2T.convert(s) if s else s


# readings inserted by the 繁體 plug-in (pinyin after some characters, as in seeds 002/004)
PINYIN = {"醫": "yī", "體": "tǐ", "區": "qū", "務": "wù", "術": "shù", "長": "zhǎng", "作": "zuò", "學": "xué",
          "科": "kē", "為": "wèi", "衛": "wèi", "縣": "xiàn", "發": "fā", "質": "zhì", "鄉": "xiāng", "鎮": "zhèn"}


def add_pinyin(s):
    if s is None:
        return None
    return "".join(ch + ("(%s)" % PINYIN[ch] if ch in PINYIN else "") for ch in s)


def pinyin_html(h):
    # only in text nodes
    return re.sub(r">([^<]+)<", lambda m: ">" + add_pinyin(m.group(1)) + "<", h)


def _rnd(a):
    return random.Random(a["id"] + "r")


# ------------------------------------------------------------------ page without <body>
def nobody(a):
    r = _rnd(a)
    body = render_body(parse_body(a["body"]), style="p_indent", seed=a["id"], img_base="/upfile/")
    rel = teasers(r, 4, before=a.get("crawl_date", a["date_for_chrome"]))
    lst = "\n".join('<li><a href="/show.php?id=%d">%s</a> <span>%s</span></li>' % (a["artid"] - 1 - i, esc(t), d) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<title>[[title]] - [[site]]</title>
<link href="/css/main.css" rel="stylesheet" type="text/css" />
</head>
<div id="top"><img src="/images/banner.jpg" alt="[[site]]" /></div>
<div id="nav"><a href="/">首页</a> <a href="/list.php?cid=1">中心动态</a> <a href="/list.php?cid=2">家庭医生</a> <a href="/list.php?cid=3">健康教育</a> <a href="/list.php?cid=4">办事指南</a></div>
<div id="main">
<div class="pos">位置：<a href="/">首页</a> - <a href="/list.php?cid=1">中心动态</a></div>
<div class="art">
<div class="art_t">[[title]]</div>
<div class="art_i">[[info]]</div>
<div class="art_c">
[[body]]
</div>
</div>
<div class="more"><b>其他动态</b><ul>
[[lst]]
</ul></div>
</div>
<div id="foot">[[site]]　地址：[[addr]]　电话：[[tel]]</div>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), info=a["info_html"], body=body, lst=lst, addr=esc(a.get("addr", "")), tel=a.get("tel", ""))


# ------------------------------------------------------------------ snapshot wrapper + original page = two <html> roots
def saved_double(a):
    r = _rnd(a)
    body = render_body(parse_body(a["body"]), style="span", seed=a["id"], img_base="http://%s/uploadfile/" % a["dom"])
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    lst = "\n".join('<li><a href="http://%s/news/show-%d.html">%s</a></li>' % (a["dom"], a["artid"] - 2 - i, esc(t)) for i, (t, d, s) in enumerate(rel))
    return fill("""<html><head><base href="[[url]]"><style>body{margin:0;padding:0}#snap_head{font:13px arial;background:#fff8e1;border-bottom:1px solid #e0c080;padding:6px 10px}</style></head><body><div id="snap_head">这是 <a href="[[url]]">[[url]]</a> 的网页快照，保存时间：[[snap]]。当前页面可能已经更改。<a href="[[url]]">查看当前页面</a></div></body></html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<title>[[title]]-[[site]]</title>
<link rel="stylesheet" href="http://[[dom]]/statics/css/news.css" />
</head>
<body>
<div class="header"><div class="w"><img src="http://[[dom]]/statics/images/logo.png" /><ul class="nav"><li><a href="http://[[dom]]/">首页</a></li><li><a href="http://[[dom]]/news/">医院新闻</a></li><li><a href="http://[[dom]]/ylt/">医联体</a></li><li><a href="http://[[dom]]/ks/">科室</a></li></ul></div></div>
<div class="w main">
<div class="crumb">当前位置：<a href="http://[[dom]]/">首页</a> &gt; <a href="http://[[dom]]/ylt/">[[col]]</a></div>
<div class="news_box">
<h1>[[title]]</h1>
<div class="news_info">[[info]]</div>
<div class="news_body" id="content">
[[body]]
</div>
</div>
<div class="news_more"><h3>热点新闻</h3><ul>
[[lst]]
</ul></div>
</div>
<div class="footer">[[site]]　[[icp]]</div>
</body>
</html>
""", url=a["url"], snap=esc(a["snap"]), decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), dom=a["dom"], col=esc(a["col"]),
                info=a["info_html"], body=body, lst=lst, icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ <text id=URL title=…> crawl wrapper around a GB2312 page
def crawl_wrapper(a):
    r = _rnd(a)
    body = render_body(parse_body(a["body"]), style="br", seed=a["id"], img_base="/upimg/")
    rel = teasers(r, 6, before=a.get("crawl_date", a["date_for_chrome"]))
    left = "\n".join('<tr><td>·<a href="/news/%d.html" target="_blank">%s</a></td></tr>' % (a["artid"] - 1 - i, esc(t[:15])) for i, (t, d, s) in enumerate(rel))
    return fill("""<text id="[[url]]" title="[[wtitle]]" encoding="gb2312">
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]">
<title>[[wtitle]]</title>
<link href="/style/css.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top.jpg" width="980" height="130"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/news/">卫生新闻</a> | <a href="/gg/">通知公告</a> | <a href="/zc/">政策法规</a> | <a href="/ywgz/">医政管理</a> | <a href="/nh/">新农合</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td width="230" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td class="lt">图片新闻</td></tr>[[left]]</table></td>
<td valign="top"><table width="95%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/news/">卫生新闻</a></td></tr>
<tr><td align="center" class="wzbt"><strong>[[title]]</strong></td></tr>
<tr><td align="center" class="wzxx">[[info]]</td></tr>
<tr><td class="wznr">
[[body]]
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></td></tr>
</table></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="bottom" align="center">版权所有：[[site]]　[[icp]]</td></tr></table>
</body>
</html>
</text>
""", url=a["url"], wtitle=esc(a["wtitle"]), decl=a["decl"], left=left, title=esc(a["title"]), info=a["info_html"], body=body,
                site=esc(a["site"]), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ whole page on one line
def oneline(a):
    r = _rnd(a)
    body = render_body(parse_body(a["body"]), style="p", seed=a["id"], img_base="/upload/")
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    lst = "".join('<li><a href="/xwdt/%d.html">%s</a><span>%s</span></li>' % (a["artid"] - 1 - i, esc(t), d) for i, (t, d, s) in enumerate(rel))
    h = fill("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="[[decl]]">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>[[title]]_[[site]]</title>
<link rel="stylesheet" href="/dist/css/app.min.css">
</head>
<body>
<div class="g-hd"><div class="g-w"><a href="/" class="g-logo">[[site]]</a><ul class="g-nav"><li><a href="/">首页</a></li><li class="on"><a href="/xwdt/">新闻动态</a></li><li><a href="/yjt/">医健集团</a></li><li><a href="/zjtd/">专家团队</a></li></ul></div></div>
<div class="g-w g-bd">
<div class="m-crumb"><a href="/">首页</a><em>/</em><a href="/xwdt/">新闻动态</a></div>
<div class="m-detail">
<h1 class="m-detail-tit">[[title]]</h1>
<div class="m-detail-info">[[info]]</div>
<div class="m-detail-con">
[[body]]
</div>
<div class="m-detail-pn"><p>上一篇：<a href="/xwdt/[[pp]].html">[[prev]]</a></p><p>下一篇：<a href="/xwdt/[[np]].html">[[next]]</a></p></div>
</div>
<div class="m-side"><h3>最新动态</h3><ul>[[lst]]</ul></div>
</div>
<div class="g-ft"><div class="g-w">© [[cy]] [[site]]　[[icp]]</div></div>
<script src="/dist/js/app.min.js"></script>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), info=a["info_html"], body=body, pp=a["artid"] - 1, np=a["artid"] + 1,
             prev=esc(rel[0][0]), next=esc(rel[1][0]), lst=lst, cy=a["date_for_chrome"][:4], icp=esc(a.get("icp", "")))
    return re.sub(r">\s*\n\s*", ">", h).replace("\n", "")


# ------------------------------------------------------------------ mainland site served through its 繁體 plug-in (UTF-8)
def fanti(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = s2t(render_body(parse_body(a["body"]), style=o.get("style", "ue"), seed=a["id"], img_base="/uploads/"))
    title = s2t(a["title"])
    if a.get("pinyin"):
        body = pinyin_html(body)
        title_shown = add_pinyin(title)
    else:
        title_shown = title
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    hot = "\n".join('<li><a href="/news/show-%d.html">%s</a></li>' % (a["artid"] - 1 - i, esc(s2t(t))) for i, (t, d, s) in enumerate(rel))
    meta = s2t(a["meta_html"])
    if a.get("pinyin"):
        meta = pinyin_html(">" + meta + "<")[1:-1]
    h = fill("""<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="[[decl]]">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>[[ptitle]]</title>
<link rel="stylesheet" href="/static/css/style.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="toolbar"><div class="w1200"><span>歡迎訪問[[site]]官方網站</span><span class="fr"><a href="[[simp]]">简体中文</a> | <a href="javascript:;" class="cur">繁體中文</a> | <a href="/wza/">無障礙</a></span></div></div>
<div class="header"><div class="w1200"><img src="/static/images/logo.png" alt="[[site]]"></div></div>
<div class="navbox"><ul class="w1200"><li><a href="/">首頁</a></li><li><a href="/about/">醫院概況</a></li><li class="on"><a href="/news/">新聞中心</a></li><li><a href="/ks/">科室導航</a></li><li><a href="/ys/">專家介紹</a></li><li><a href="/ylt/">醫聯體</a></li></ul></div>
<div class="w1200 inner">
<div class="inner-l"><div class="crumb">當前位置：<a href="/">首頁</a> &gt; <a href="/news/">新聞中心</a> &gt; [[col]]</div>
<div class="detail">
<div class="detail-col">[[col]]</div>
<h1 class="detail-title">[[title_shown]]</h1>
<div class="detail-meta">[[meta]]</div>
<div class="detail-con">
[[body]]
</div>
<div class="detail-foot"><span>微信掃一掃分享</span><img src="/static/images/share-qr.png" width="80"></div>
</div></div>
<div class="inner-r"><h3>熱點新聞</h3><ul>
[[hot]]
</ul></div>
</div>
<div class="footer"><p>版權所有：[[site]]　地址：[[addr]]</p><p>[[icp]]</p></div>
</body>
</html>
""", decl=a["decl"], ptitle=esc(s2t(a.get("ptitle", a["title"]))), site=esc(s2t(a["site"])), simp=a.get("simp", "/"), col=esc(s2t(a["col"])),
             title_shown=esc(title_shown), meta=meta, body=body, hot=hot, addr=esc(s2t(a.get("addr", ""))), icp=esc(a.get("icp", "")))
    return h


# ------------------------------------------------------------------ big5.xxx.gov.cn gateway (Big5 bytes)
def big5gate(a):
    r = _rnd(a)
    o = a.get("opt", {})
    gate = "/gate/big5/" + a["origdom"]
    body = s2t(render_body(parse_body(a["body"]), style=o.get("style", "p_indent"), seed=a["id"], img_base="%s/picture/" % gate))
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    lst = "\n".join('<li><span>%s</span><a href="%s/%s/%d.html">%s</a></li>' % (d, gate, o.get("coldir", "xwdt"), a["artid"] - 1 - i, esc(s2t(t))) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]">
<title>[[ptitle]]</title>
<link href="[[gate]]/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="gb-bar">[[bar]]</div>
<div class="top"><div class="w"><img src="[[gate]]/images/logo.jpg"><div class="jf"><a href="http://[[origdom]]/">簡體版</a> | 繁體版</div></div></div>
<div class="nav"><div class="w"><a href="[[gate]]/">首頁</a><a href="[[gate]]/xxgk/">信息公開</a><a href="[[gate]]/[[coldir]]/">[[col]]</a><a href="[[gate]]/bsfw/">辦事服務</a><a href="[[gate]]/hdjl/">互動交流</a></div></div>
<div class="w main">
<div class="local">當前位置：<a href="[[gate]]/">首頁</a> &gt; <a href="[[gate]]/[[coldir]]/">[[col]]</a></div>
<div class="article">
<div class="art_title">[[title]]</div>
<div class="art_info">[[meta]]</div>
<div class="art_con" id="zoom">
[[body]]
</div>
<div class="art_tool"><a href="javascript:window.print()">列印本頁</a> <a href="javascript:window.close()">關閉窗口</a></div>
</div>
<div class="xglj"><h3>相關信息</h3><ul>
[[lst]]
</ul></div>
</div>
<div class="footer">[[foot]]</div>
</body>
</html>
""", decl=a["decl"], ptitle=esc(s2t(a.get("ptitle", a["title"]))), gate=gate, bar=esc(s2t(o.get("bar", "本網站已啟用繁體中文閱讀，繁體版由網站簡體版自動轉換生成"))),
                origdom=a["origdom"], coldir=o.get("coldir", "xwdt"), col=esc(s2t(a["col"])), title=esc(s2t(a["title"])), meta=s2t(a["meta_html"]),
                body=body, lst=lst, foot=esc(s2t(a["foot"])))


# ------------------------------------------------------------------ PbootCMS county hospital, GBK bytes but meta says utf-8
def gbk_wrongdecl(a):
    r = _rnd(a)
    body = render_body(parse_body(a["body"]), style="p", seed=a["id"], img_base="/static/upload/image/%s/" % a["date_for_chrome"].replace("-", ""))
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    lst = "\n".join('<li><a href="/?news/%d.html">%s</a><span>%s</span></li>' % (a["artid"] - 1 - i, esc(t), d) for i, (t, d, s) in enumerate(rel))
    return fill("""<!doctype html>
<html>
<head>
<meta charset="[[decl]]">
<title>[[title]]-[[site]]</title>
<meta name="keywords" content="[[site]]">
<meta name="description" content="[[desc]]">
<meta name="generator" content="PbootCMS">
<link rel="stylesheet" href="/template/default/css/style.css">
</head>
<body>
<div class="header"><div class="container"><img src="/static/upload/image/logo.png" alt="[[site]]"><span class="tel">24小时急诊：[[tel]]</span></div></div>
<div class="nav"><div class="container"><a href="/">首页</a><a href="/?about/">医院概况</a><a class="active" href="/?news/">[[col]]</a><a href="/?keshi/">科室设置</a><a href="/?yigongti/">医共体</a><a href="/?contact/">联系我们</a></div></div>
<div class="container main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/?news/">[[col]]</a></div>
<div class="content-box">
<h2 class="content-title">[[title]]</h2>
<div class="content-info">[[info]]</div>
<div class="content-text">
[[body]]
</div>
<div class="content-page"><div>上一篇：<a href="/?news/[[pp]].html">[[prev]]</a></div><div>下一篇：<a href="/?news/[[np]].html">[[next]]</a></div></div>
</div>
<div class="side"><h3>最新资讯</h3><ul>
[[lst]]
</ul></div>
</div>
<div class="footer"><div class="container">Copyright &copy; [[cy]] [[site]] All Rights Reserved　[[icp]]</div></div>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), desc=esc(a.get("desc", "")), tel=a.get("tel", ""), col=esc(a["col"]),
                info=a["info_html"], body=body, pp=a["artid"] - 1, np=a["artid"] + 1, prev=esc(rel[0][0]), next=esc(rel[1][0]), lst=lst,
                cy=a["date_for_chrome"][:4], icp=esc(a.get("icp", "")))
