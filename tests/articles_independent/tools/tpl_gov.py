# -*- coding: utf-8 -*-
"""Government / health-commission CMS skeletons."""
import random
from common import fill, esc, render_body, parse_body, teasers, today_banner, li_dated, E


def _rnd(a):
    return random.Random(a["id"])


def gov_footer(a, year):
    return fill("""<div class="footer">
  <div class="w1200">
    <p><a href="/zdxx/">关于我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
    <p>主办单位：[[site]]&nbsp;&nbsp;地址：[[addr]]&nbsp;&nbsp;邮编：[[zip]]</p>
    <p>网站标识码：[[bsm]]&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">[[icp]]</a>&nbsp;&nbsp;<img src="/images/ga.png" />[[ga]]</p>
    <p>Copyright &copy; [[year]] All Rights Reserved&nbsp;&nbsp;建议使用1366×768分辨率浏览</p>
    <p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/18/000/0000/40669208/CA180000000406692080003.js' type='text/javascript'%3E%3C/script%3E"));</script>
    <span id="_span_jiucuo"></span></p>
  </div>
</div>""", site=esc(a["site"]), addr=esc(a.get("addr", "")), zip=a.get("zip", "410000"),
                bsm=a.get("bsm", "4300000043"), icp=esc(a.get("icp", "湘ICP备05004811号")),
                ga=esc(a.get("ga", "湘公网安备 43010502000311号")), year=year)


def _share_bd():
    return """<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信">微信</a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博">微博</a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间">QQ空间</a></div>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>"""


# ------------------------------------------------------------------ TRS WCM news
def trs_news(a):
    r = _rnd(a)
    o = a.get("opt", {})
    year = a["date_for_chrome"][:4]
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    body = render_body(parse_body(a["body"]), style=o.get("style", "trs"), img_base="./W0%s" % a["date_for_chrome"].replace("-", ""), seed=a["id"])
    if o.get("title_div"):
        head = '<div class="xl_title"><span class="xl_bt">%s</span></div>' % esc(a["title"])
    else:
        head = '<h1 class="article-title">%s</h1>' % esc(a["title"])
    if a.get("sub"):
        head += '\n<h3 class="article-subtitle">%s</h3>' % esc(a["sub"])
    meta_parts = []
    if a.get("ds"):
        meta_parts.append('<span class="time">%s%s</span>' % (esc(a.get("dlabel", "")), esc(a["ds"])))
    if a.get("source"):
        meta_parts.append('<span class="ly">来源：%s</span>' % esc(a["source"]))
    if a.get("author"):
        meta_parts.append('<span class="zz">作者：%s</span>' % esc(a["author"]))
    meta_parts.append('<span class="zh">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>')
    if o.get("updated"):
        meta_parts.append('<span class="gx">更新时间：%s</span>' % esc(o["updated"]))
    meta = "&nbsp;&nbsp;".join(meta_parts)
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<meta name="SiteName" content="[[site]]" />
<meta name="SiteDomain" content="[[dom]]" />
<meta name="SiteIDCode" content="[[bsm]]" />
<meta name="ColumnName" content="[[col]]" />
<meta name="ColumnType" content="工作动态" />
<meta name="ArticleTitle" content="[[title]]" />
<meta name="PubDate" content="[[pubmeta]]" />
<meta name="ContentSource" content="[[source]]" />
<meta name="Keywords" content="[[kw]]" />
<meta name="Url" content="[[url]]" />
<title>[[title]]-[[site]]</title>
<link rel="stylesheet" type="text/css" href="../../../images/public.css" />
<link rel="stylesheet" type="text/css" href="../../../images/xxy.css" />
<script type="text/javascript" src="../../../images/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="../../../images/ajaxfileupload.js"></script>
</head>
<body>
<div class="topbar">
  <div class="w1200 clearfix">
    <div class="fl"><span id="nowDate">[[banner]]</span>&nbsp;&nbsp;<span class="weather">晴 18℃~26℃</span></div>
    <div class="fr"><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="javascript:;" id="zhs">长者模式</a> | <a href="javascript:;" id="fjt">繁體</a> | <a href="/wzdt/">网站地图</a></div>
  </div>
</div>
<div class="header"><div class="w1200"><a href="../../../" class="logo"><img src="../../../images/logo.png" alt="[[site]]" /></a>
<div class="search"><form action="/was5/web/search" method="get" target="_blank"><input type="text" name="searchword" placeholder="请输入关键字" /><input type="submit" value="搜索" /></form></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="../../../">首页</a></li><li><a href="../../../xxgk/">信息公开</a></li><li class="on"><a href="../../">新闻中心</a></li><li><a href="../../../zwfw/">政务服务</a></li><li><a href="../../../hdjl/">互动交流</a></li><li><a href="../../../ztzl/">专题专栏</a></li>
</ul></div>
<div class="w1200 location">您当前的位置：<a href="../../../">首页</a> &gt; <a href="../../">新闻中心</a> &gt; <a href="../">[[col]]</a></div>
<div class="w1200 main">
  <div class="article_box">
    [[head]]
    <div class="article_info">[[meta]]</div>
    <div class="article_content" id="zoom">
      <div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}.TRS_Editor TD{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}
</style>
<div class="Custom_UnionStyle">
[[body]]
</div></div>
    </div>
    <div class="article_fun clearfix">
      [[share]]
      <div class="fr"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
    </div>
    <div class="ewm"><img src="../../../images/qrcode.png" /><p>扫一扫在手机打开当前页</p></div>
    <div class="xgxw"><div class="xgxw_t">相关链接</div><ul>
[[rel]]
    </ul></div>
  </div>
</div>
[[footer]]
<script type="text/javascript" src="../../../images/fontzoom.js"></script>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body>
</html>
""", decl=a["decl"], site=esc(a["site"]), dom=a["dom"], bsm=a.get("bsm", "4300000043"), col=esc(a["col"]), title=esc(a["title"]),
                pubmeta=a.get("pubmeta", a["date_for_chrome"] + " " + (a.get("time") or "00:00")), source=esc(a.get("source") or ""),
                kw=esc(a.get("kw", "医联体;分级诊疗")), url=a["url"], banner=today_banner(a.get("today", a["date_for_chrome"])),
                head=head, meta=meta, body=body, share=_share_bd(), rel=li_dated(rel), footer=gov_footer(a, year))


# ------------------------------------------------------------------ TRS 信息公开 with metadata table
def trs_xxgk(a):
    r = _rnd(a)
    o = a.get("opt", {})
    m = a["meta"]  # dict with 索引号 etc.
    body = render_body(parse_body(a["body"]), style=o.get("style", "trs"), seed=a["id"], attach_base="./P0%s" % a["date_for_chrome"].replace("-", ""))
    table = fill("""<table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tbody>
<tr><th>索&nbsp;引&nbsp;号：</th><td>[[syh]]</td><th>主题分类：</th><td>[[ztfl]]</td></tr>
<tr><th>发布机构：</th><td>[[fbjg]]</td><th>成文日期：</th><td>[[cwrq]]</td></tr>
<tr><th>标&nbsp;&nbsp;&nbsp;&nbsp;题：</th><td colspan="3">[[title]]</td></tr>
<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>[[wh]]</td><th>发布日期：</th><td>[[fbrq]]</td></tr>
<tr><th>有&nbsp;效&nbsp;性：</th><td>[[yxx]]</td><th>废止日期：</th><td>[[fzrq]]</td></tr>
</tbody></table>""", syh=m["syh"], ztfl=esc(m.get("ztfl", "卫生、体育\\医疗卫生")), fbjg=esc(m["fbjg"]), cwrq=m.get("cwrq", ""),
                 title=esc(a["title"]), wh=esc(m.get("wh", "")), fbrq=m.get("fbrq", ""), yxx=m.get("yxx", "有效"), fzrq=m.get("fzrq", ""))
    rel = teasers(r, 4, before=a.get("crawl_date", a["date_for_chrome"]))
    attach_block = ""
    if o.get("attach_block"):
        attach_block = '<div class="fujian"><span>相关附件：</span><ul>%s</ul></div>' % "".join(
            '<li><a href="./P0%s_%d.pdf">%s</a></li>' % (a["date_for_chrome"].replace("-", ""), i, esc(x)) for i, x in enumerate(o["attach_block"]))
    jd = ""
    if o.get("jiedu"):
        jd = '<div class="xgjd">相关解读：<a href="../202%s/t%s_1.html">%s</a></div>' % (a["date_for_chrome"][3], a["date_for_chrome"].replace("-", ""), esc(o["jiedu"]))
    return fill("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="[[decl]]">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="[[site]]">
<meta name="SiteDomain" content="[[dom]]">
<meta name="ColumnName" content="[[col]]">
<meta name="ArticleTitle" content="[[title]]">
<meta name="PubDate" content="[[pubmeta]]">
<meta name="ContentSource" content="[[fbjg]]">
<title>[[title]]_[[col]]_[[site]]</title>
<link href="/images/xxgk_2021.css" rel="stylesheet">
<script src="/images/jquery.min.js"></script>
</head>
<body>
<div class="head_top"><div class="container"><span class="fl">[[site]]欢迎您！</span><span class="fr"><a href="/">首页</a> | <a href="/wzdt/">网站地图</a> | <a href="javascript:;" class="zhuanhuan">繁體版</a></span></div></div>
<div class="banner_xxgk"><img src="/images/xxgk_banner.jpg" alt="政府信息公开"></div>
<div class="container">
  <div class="xxgk_left">
    <div class="xxgk_menu_t">政府信息公开</div>
    <ul class="xxgk_menu">
      <li><a href="/xxgk/zfxxgkzd/">政府信息公开制度</a></li><li><a href="/xxgk/zfxxgkzn/">政府信息公开指南</a></li>
      <li class="on"><a href="/xxgk/fdzdgknr/">法定主动公开内容</a></li><li><a href="/xxgk/zfxxgknb/">政府信息公开年报</a></li>
      <li><a href="/xxgk/ysqgk/">依申请公开</a></li>
    </ul>
  </div>
  <div class="xxgk_right">
    <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="./">[[col]]</a></div>
    [[table]]
    <div class="xxgk_content">
      <div class="title"><h2>[[title]]</h2></div>
      <div class="TRS_UEDITOR trs_paper_default trs_word">
[[body]]
      </div>
      [[attach_block]]
      [[jd]]
      <div class="print_close"><a href="javascript:void(0)" onclick="window.print()">打印本页</a><a href="javascript:void(0)" onclick="window.close()">关闭窗口</a></div>
    </div>
    <div class="xgwj"><h4>相关文件</h4><ul>[[rel]]</ul></div>
  </div>
</div>
[[footer]]
</body>
</html>
""", decl=a["decl"], site=esc(a["site"]), dom=a["dom"], col=esc(a["col"]), title=esc(a["title"]),
                pubmeta=a.get("pubmeta", m.get("fbrq", a["date_for_chrome"])), fbjg=esc(m["fbjg"]), table=table, body=body,
                attach_block=attach_block, jd=jd, rel=li_dated(rel, base="/xxgk/"), footer=gov_footer(a, a["date_for_chrome"][:4]))


# ------------------------------------------------------------------ Hanweb 大汉 /art/ news
def hanweb_art(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "span"), seed=a["id"], img_base="/picture/0/")
    info = []
    if a.get("source"):
        info.append("信息来源：%s" % esc(a["source"]))
    if a.get("ds"):
        info.append("%s%s" % (esc(a.get("dlabel", "发布日期：")), esc(a["ds"])))
    if a.get("author"):
        info.append("作者：%s" % esc(a["author"]))
    info.append('浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=%s&artid=%s"></script>' % (a["colid"], a["artid"]))
    rel = teasers(r, 6, before=a.get("crawl_date", a["date_for_chrome"]))
    side = "\n".join('<tr><td class="bt_link" height="26">·<a href="/art/%s/art_%s_%d.html" target="_blank" title="%s">%s</a></td><td width="80" class="bt_time">%s</td></tr>' % (
        d.replace("-0", "/").replace("-", "/"), a["colid"], 3000 + i, esc(t), esc(t[:16] + ("…" if len(t) > 16 else "")), d) for i, (t, d, s) in enumerate(rel))
    sub = '<tr><td align="center" class="title2" style="font-size:16px;">%s</td></tr>' % esc(a["sub"]) if a.get("sub") else ""
    return fill("""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]">
<title>[[site]] [[col]] [[title]]</title>
<meta name="ArticleTitle" content="[[title]]">
<meta name="PubDate" content="[[pubmeta]]">
<meta name="ContentSource" content="[[source]]">
<meta name="ColumnName" content="[[col]]">
<meta name="SiteName" content="[[site]]">
<meta name="SiteDomain" content="[[dom]]">
<link rel="stylesheet" href="/images/[[skin]]/style.css" type="text/css">
<script language="javascript" src="/script/jquery.js"></script>
<script language="javascript" src="/script/hanweb.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="30" class="top_bg"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td width="300" class="date">[[banner]]</td>
    <td align="right"><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a> | <a href="javascript:void(0)" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="/col/col[[colid]]/index.html">返回栏目</a></td>
  </tr></table></td></tr>
  <tr><td><img src="/images/[[skin]]/banner.jpg" width="1000" height="150" /></td></tr>
  <tr><td height="40" class="nav_bg"><a href="/">首页</a>　<a href="/col/col1229/index.html">政务动态</a>　<a href="/col/col1230/index.html">信息公开</a>　<a href="/col/col1231/index.html">办事服务</a>　<a href="/col/col1232/index.html">互动交流</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="260" valign="top" class="left_bg">
      <table width="240" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="36" class="left_title">最新动态</td></tr>
        <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">
[[side]]
        </table></td></tr>
      </table>
    </td>
    <td width="740" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="35" class="weizhi">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col[[colid]]/index.html">[[col]]</a></td></tr>
        <tr><td>
<!--<$[标题名称]>begin-->
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td align="center" class="title" style="padding-top:20px;font-size:22px;font-weight:bold;color:#b50000;">[[title]]</td></tr>
  [[sub]]
</table>
<!--<$[标题名称]>end-->
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="30" align="center" class="bt_content" style="border-bottom:1px dashed #ccc;">[[info]]&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="bt_content" style="padding-top:15px;"><div id="zoom">
<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">
[[body]]
<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end-->
  </div></td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="40" align="right"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.opener=null;window.open('','_self');window.close();">【关闭窗口】</a></td></tr>
</table>
        </td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td align="center" height="90">[[site]]版权所有　 地址：[[addr]]<br>网站标识码：[[bsm]]　<a href="https://beian.miit.gov.cn">[[icp]]</a>　技术支持：南京大汉网络有限公司</td></tr>
</table>
<script language="javascript" src="/script/visitcount.js"></script>
</body>
</html>
""", decl=a["decl"], site=esc(a["site"]), col=esc(a["col"]), title=esc(a["title"]), pubmeta=a.get("pubmeta", a["date_for_chrome"]),
                source=esc(a.get("source") or ""), dom=a["dom"], skin=o.get("skin", "blue"), banner=today_banner(a.get("today", a["date_for_chrome"])),
                colid=a["colid"], side=side, sub=sub, info="&nbsp;&nbsp;&nbsp;".join(info), body=body, addr=esc(a.get("addr", "")),
                bsm=a.get("bsm", "3300000001"), icp=esc(a.get("icp", "浙ICP备05013512号")))


# ------------------------------------------------------------------ Hanweb 政务公开 (div layout, metadata table)
def hanweb_xxgk(a):
    r = _rnd(a)
    o = a.get("opt", {})
    m = a["meta"]
    body = render_body(parse_body(a["body"]), style=o.get("style", "p_indent"), seed=a["id"], attach_base="/module/download/downfile.jsp?classid=0&filename=")
    rows = [("索引号", m["syh"], "信息分类", m.get("xxfl", "卫生健康")), ("发布机构", m["fbjg"], "生成日期", m.get("scrq", "")),
            ("文号", m.get("wh", ""), "发布日期", m.get("fbrq", "")), ("是否有效", m.get("yxx", "是"), "公开方式", "主动公开")]
    table = "\n".join("<tr><td class=\"t1\">%s</td><td class=\"t2\">%s</td><td class=\"t1\">%s</td><td class=\"t2\">%s</td></tr>" % tuple(esc(x) for x in row) for row in rows)
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    lis = "\n".join('<li><span class="date">%s</span><a href="/art/%s/art_%s_%d.html">%s</a></li>' % (
        d, d.replace("-0", "/").replace("-", "/"), a["colid"], 7000 + i, esc(t)) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="[[site]]">
<meta name="SiteDomain" content="[[dom]]">
<meta name="SiteIDCode" content="[[bsm]]">
<meta name="ColumnName" content="[[col]]">
<meta name="ArticleTitle" content="[[title]]">
<meta name="PubDate" content="[[pubmeta]]">
<meta name="ContentSource" content="[[fbjg]]">
<title>[[title]]</title>
<link rel="stylesheet" href="/images/zfxxgk/css/index.css">
<script src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="gk-header"><div class="w"><a href="/" class="logo"><img src="/images/zfxxgk/logo.png" alt="[[site]]"></a><span class="gk-title">政府信息公开</span></div></div>
<div class="w gk-main">
  <div class="gk-path">您当前所在位置：<a href="/">首页</a> &gt; <a href="/col/col1621/index.html">政府信息公开</a> &gt; <a href="/col/col[[colid]]/index.html">[[col]]</a></div>
  <div class="gk-box">
    <table class="gk-meta" width="100%" border="0" cellspacing="0" cellpadding="0">
[[table]]
    </table>
    <div class="gk-art">
      <h1 class="gk-art-title">[[title]]</h1>
      <div class="gk-art-info"><span>[[infoline]]</span><span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
      <div id="zoom" class="gk-art-con">
<!--<$[信息内容]>begin-->
[[body]]
<!--<$[信息内容]>end-->
      </div>
    </div>
    <div class="gk-tools"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div>
  </div>
  <div class="gk-rel"><h3>同栏目信息</h3><ul>
[[lis]]
  </ul></div>
</div>
<div class="gk-footer"><p>主办：[[site]]　　网站标识码：[[bsm]]　　<a href="https://beian.miit.gov.cn/">[[icp]]</a></p><p>[[ga]]</p></div>
</body>
</html>
""", decl=a["decl"], site=esc(a["site"]), dom=a["dom"], bsm=a.get("bsm", "3201000004"), col=esc(a["col"]), title=esc(a["title"]),
                pubmeta=a.get("pubmeta", m.get("fbrq", "")), fbjg=esc(m["fbjg"]), colid=a["colid"], table=table,
                infoline=esc(a.get("infoline", "")), body=body, lis=lis, icp=esc(a.get("icp", "苏ICP备05076583号")), ga=esc(a.get("ga", "苏公网安备 32010202010123号")))


# ------------------------------------------------------------------ JSP gov site
def jsp(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "ue"), seed=a["id"], img_base="/upload/image/%s/" % a["date_for_chrome"].replace("-", ""))
    line = []
    if o.get("date_under_title"):
        dateline = '<div class="art-date">%s</div>' % esc(a["ds"])
    else:
        dateline = ""
        if a.get("ds"):
            line.append("%s%s" % (esc(a.get("dlabel", "日期：")), esc(a["ds"])))
    if a.get("source"):
        line.append("来源：%s" % esc(a["source"]))
    if a.get("author"):
        line.append("作者：%s" % esc(a["author"]))
    line.append('浏览量：<span id="hits"></span>')
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    hot = "\n".join('<dl><dt><a href="/%s/content.jsp?id=%d">%s</a></dt><dd>%s</dd></dl>' % (a.get("ctx", "wjw"), 51000 + i, esc(t), esc(s)) for i, (t, d, s) in enumerate(rel[:3]))
    sub = '<h3 class="art-sub">%s</h3>' % esc(a["sub"]) if a.get("sub") else ""
    kick = '<div class="art-kicker">%s</div>' % esc(a["kicker"]) if a.get("kicker") else ""
    return fill("""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>[[title]]--[[site]]</title>
<meta name="keywords" content="[[site]]" />
<meta name="description" content="[[desc]]" />
<link rel="stylesheet" type="text/css" href="/[[ctx]]/resources/css/common.css;jsessionid=8D3F1A2C64B0E7F59A3C1D2E4B6A8C90" />
<script type="text/javascript" src="/[[ctx]]/resources/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="header">
  <div class="top-links"><span class="welcome">[[banner]]</span><a href="/[[ctx]]/login.jsp">登录</a> | <a href="/[[ctx]]/register.jsp">注册</a></div>
  <div class="logo-bar"><img src="/[[ctx]]/resources/images/logo.png" alt="[[site]]" /></div>
  <ul class="menu"><li><a href="/[[ctx]]/index.jsp">首页</a></li><li><a href="/[[ctx]]/list.jsp?catid=11">机构概况</a></li><li class="cur"><a href="/[[ctx]]/list.jsp?catid=12">[[col]]</a></li><li><a href="/[[ctx]]/list.jsp?catid=13">通知公告</a></li><li><a href="/[[ctx]]/list.jsp?catid=14">政策法规</a></li><li><a href="/[[ctx]]/list.jsp?catid=15">办事指南</a></li></ul>
</div>
<div class="wrap clearfix">
  <div class="main-left">
    <div class="crumb">当前位置：<a href="/[[ctx]]/index.jsp">首页</a> &raquo; <a href="/[[ctx]]/list.jsp?catid=12">[[col]]</a> &raquo; 正文</div>
    <div class="article">
      [[kick]]
      <h2 class="art-title">[[title]]</h2>
      [[sub]]
      [[dateline]]
      <div class="art-info">[[line]]</div>
      <div class="art-body" id="artibody">
[[body]]
      </div>
      <div class="art-tools"><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></div>
      <div class="art-nav"><p>上一篇：<a href="/[[ctx]]/content.jsp?id=[[pid]]">[[prev]]</a></p><p>下一篇：<a href="/[[ctx]]/content.jsp?id=[[nid]]">[[next]]</a></p></div>
    </div>
  </div>
  <div class="main-right">
    <div class="box"><div class="box-t">热点新闻</div><div class="box-c hot">
[[hot]]
    </div></div>
  </div>
</div>
<div class="footer"><p>[[site]] 版权所有 &copy; [[cy]]</p><p><a href="https://beian.miit.gov.cn/">[[icp]]</a> 网站标识码：[[bsm]]</p></div>
<script type="text/javascript">$.get("/[[ctx]]/hits.do?id=[[artid]]",function(d){$("#hits").text(d);});</script>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), desc=esc(a.get("desc", a["title"])), ctx=a.get("ctx", "wjw"),
                banner=today_banner(a.get("today", a["date_for_chrome"])), col=esc(a["col"]), kick=kick, sub=sub, dateline=dateline,
                line="&nbsp;&nbsp;&nbsp;&nbsp;".join(line), body=body, pid=a["artid"] - 3, nid=a["artid"] + 5, prev=esc(rel[3][0]), next=esc(rel[4][0]),
                hot=hot, cy=a.get("cy", "2010-" + a["date_for_chrome"][:4]), icp=esc(a.get("icp", "")), bsm=a.get("bsm", ""), artid=a["artid"])


# ------------------------------------------------------------------ 开普云 (Ucap) county/city government portal
def ucap(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "p_indent"), seed=a["id"], img_base="/u/cms/www/%s/" % a["date_for_chrome"][:7].replace("-", ""))
    info = []
    if a.get("ds"):
        info.append('<span>%s%s</span>' % (esc(a.get("dlabel", "发布时间：")), esc(a["ds"])))
    if a.get("source"):
        info.append('<span>来源：%s</span>' % esc(a["source"]))
    if a.get("author"):
        info.append('<span>作者：%s</span>' % esc(a["author"]))
    info.append('<span>浏览次数：<em id="readCount">--</em></span>')
    rel = teasers(r, 6, before=a.get("crawl_date", a["date_for_chrome"]))
    news = "\n".join('<li><a href="/zwgk/gzdt/%s/content_%d.html" title="%s">%s</a><span>%s</span></li>' % (
        d[:7].replace("-", ""), 410000 + i * 13, esc(t), esc(t), d[5:]) for i, (t, d, s) in enumerate(rel))
    ed = '<div class="zrbj">【责任编辑：%s】</div>' % esc(o["editor"]) if o.get("editor") else ""
    return fill("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="[[decl]]">
<meta name="renderer" content="webkit">
<meta name="SiteName" content="[[site]]">
<meta name="SiteDomain" content="[[dom]]">
<meta name="SiteIDCode" content="[[bsm]]">
<meta name="ColumnName" content="工作动态">
<meta name="ColumnDescription" content="发布本地区政府工作动态">
<meta name="ColumnKeywords" content="工作动态">
<meta name="ColumnType" content="工作动态">
<meta name="ArticleTitle" content="[[title]]">
<meta name="PubDate" content="[[pubmeta]]">
<meta name="ContentSource" content="[[source]]">
<meta name="Keywords" content="[[kw]]">
<meta name="Author" content="[[source]]">
<meta name="Description" content="[[desc]]">
<meta name="Image" content="">
<meta name="Url" content="[[url]]">
<title>[[site]] 工作动态 [[title]]</title>
<link rel="stylesheet" href="/ucap/site/css/base.css">
<link rel="stylesheet" href="/ucap/site/css/article.css">
<script src="/ucap/site/js/jquery.min.js"></script>
<script src="/ucap/site/js/ucap.font.js"></script>
</head>
<body>
<div id="header" class="header">
  <div class="wrap top"><div class="left">[[banner]]</div><div class="right"><a href="javascript:;" class="zhyy">智能问答</a><a href="javascript:;" class="wza">无障碍</a><a href="javascript:;" class="zzms">长者模式</a><a href="/zwgk/">政务公开</a></div></div>
  <div class="wrap logo"><img src="/ucap/site/images/logo.png" alt="[[site]]"></div>
  <div class="nav"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/zjxx/">走进[[short]]</a></li><li class="on"><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">政民互动</a></li></ul></div>
</div>
<div class="wrap mt20">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzdt/">工作动态</a></div>
  <div class="art_main">
    <div class="art_title">[[title]]</div>
    <div class="art_info">[[info]]<span class="font">字体：<a href="javascript:;" onclick="ucap.font(18)">大</a><a href="javascript:;" onclick="ucap.font(16)">中</a><a href="javascript:;" onclick="ucap.font(14)">小</a></span></div>
    <div class="art_con article" id="zoom">
[[body]]
    </div>
    [[ed]]
    <div class="art_share">分享：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ</a><div class="wxqr"><img src="/ucap/site/images/qr.png"><p>扫一扫在手机打开当前页</p></div></div>
    <div class="art_btn"><a href="javascript:window.print();">打印本页</a><a href="javascript:window.close();">关闭窗口</a></div>
  </div>
  <div class="xgxx"><div class="tit">最新动态</div><ul class="list">
[[news]]
  </ul></div>
</div>
<div class="footer"><div class="wrap"><p>主办单位：[[site]]办公室　承办单位：[[site]]电子政务办</p><p>网站标识码：[[bsm]]　<a href="https://beian.miit.gov.cn/">[[icp]]</a>　[[ga]]</p><p>Copyright &copy; 2008-[[cy]] [[dom]] All Rights Reserved</p></div></div>
<script>$(function(){ $.getJSON("/ucap/count?type=article&id=[[artid]]", function(r){ $("#readCount").text(r.count); }); });</script>
</body>
</html>
""", decl=a["decl"], site=esc(a["site"]), dom=a["dom"], bsm=a.get("bsm", ""), title=esc(a["title"]), pubmeta=a.get("pubmeta", a["date_for_chrome"] + " " + (a.get("time") or "")),
                source=esc(a.get("source") or ""), kw=esc(a.get("kw", "")), desc=esc(a.get("desc", "")), url=a["url"],
                banner=today_banner(a.get("today", a["date_for_chrome"])), short=esc(a.get("short", "")), info="".join(info), body=body, ed=ed,
                news=news, icp=esc(a.get("icp", "")), ga=esc(a.get("ga", "")), cy=a.get("cy", a["date_for_chrome"][:4]), artid=a["artid"])


# ------------------------------------------------------------------ old county 卫健局 site with <font> everywhere
def font_county(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style="font", seed=a["id"], img_base="../../UploadFiles/")
    rel = teasers(r, 8, before=a.get("crawl_date", a["date_for_chrome"]))
    left = "\n".join('<tr><td height="22"><font size="2">·<a href="../%s/%d.htm" target="_blank">%s</a></font></td><td><font size="2" color="#999999">[%s]</font></td></tr>' % (
        d[:4], 100 + i, esc(t[:15]), d[5:].replace("-", "/")) for i, (t, d, s) in enumerate(rel))
    meta = []
    if a.get("ds"):
        meta.append("%s%s" % (esc(a.get("dlabel", "发布时间：")), esc(a["ds"])))
    if a.get("source"):
        meta.append("来源：%s" % esc(a["source"]))
    if a.get("author"):
        meta.append("作者：%s" % esc(a["author"]))
    return fill("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>[[site]]</title>
<style type="text/css">
<!--
body { margin:0; font-size:12px; }
a:link { color:#000000; text-decoration:none; }
.STYLE1 { font-size:14px; line-height:26px; }
-->
</style>
</head>
<body bgcolor="#E9F2FB">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td><img src="../../images/top.jpg" width="900" height="120"></td></tr>
<tr><td height="28" background="../../images/navbg.gif" align="center"><font color="#FFFFFF"><a href="../../index.htm"><font color="#FFFFFF">首 页</font></a>　|　<a href="../../jgsz.htm"><font color="#FFFFFF">机构设置</font></a>　|　<a href="../../zwdt.htm"><font color="#FFFFFF">政务动态</font></a>　|　<a href="../../tzgg.htm"><font color="#FFFFFF">通知公告</font></a>　|　<a href="../../wsjd.htm"><font color="#FFFFFF">卫生监督</font></a>　|　<a href="../../jbkz.htm"><font color="#FFFFFF">疾病控制</font></a></font></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#FF0000">[[marquee]]</font></marquee></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="220" valign="top" bgcolor="#F3F8FD">
  <table width="100%" border="0" cellspacing="0" cellpadding="3">
  <tr><td colspan="2" bgcolor="#2A6FB6"><font color="#FFFFFF"><b>最新信息</b></font></td></tr>
[[left]]
  </table>
</td>
<td valign="top">
  <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="30"><font size="2">您现在的位置：<a href="../../index.htm">首页</a> &gt; [[col]]</font></td></tr>
  <tr><td align="center" height="50"><font size="5" color="#CC0000" face="黑体">[[title]]</font></td></tr>
  <tr><td align="center"><font size="2" color="#666666">[[meta]]</font></td></tr>
  <tr><td><hr size="1" color="#CCCCCC"></td></tr>
  <tr><td class="STYLE1">
[[body]]
  </td></tr>
  <tr><td align="right" height="40"><font size="2"><a href="javascript:window.print()">[打印]</a> <a href="javascript:window.close()">[关闭]</a></font></td></tr>
  </table>
</td>
</tr>
</table>
</td></tr>
<tr><td height="70" bgcolor="#2A6FB6" align="center"><font color="#FFFFFF" size="2">版权所有：[[site]]　地址：[[addr]]　电话：[[tel]]<br>[[icp]]　技术支持：[[tech]]</font></td></tr>
</table>
</body>
</html>
""", decl=a["decl"], site=esc(a["site"]), marquee=esc(o.get("marquee", "热烈庆祝全县卫生工作会议胜利召开！")), left=left, col=esc(a["col"]),
                title=esc(a["title"]), meta="　　".join(meta), body=body, addr=esc(a.get("addr", "")), tel=a.get("tel", ""),
                icp=esc(a.get("icp", "")), tech=esc(a.get("tech", "县信息中心")))
