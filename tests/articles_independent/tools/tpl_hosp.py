# -*- coding: utf-8 -*-
"""Hospital / generic CMS skeletons (part 1)."""
import random
from common import fill, esc, render_body, parse_body, teasers, today_banner, E


def _rnd(a):
    return random.Random(a["id"] + "h")


def _meta_items(a, labels=None, sep="&nbsp;&nbsp;"):
    labels = labels or {}
    out = []
    if a.get("ds"):
        out.append("%s%s" % (esc(a.get("dlabel", "")), esc(a["ds"])))
    if a.get("source"):
        out.append("%s%s" % (labels.get("source", "来源："), esc(a["source"])))
    if a.get("author"):
        out.append("%s%s" % (labels.get("author", "作者："), esc(a["author"])))
    return out


# ------------------------------------------------------------------ 博达 VSB info/1021/3456.htm
def vsb(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "ue"), seed=a["id"], img_base="/__local/%s/" % "8/3C/2F/A1B2C3D4E5F60718293A4B5C6D7_9E8F7A6B_")
    parts = []
    if a.get("ds"):
        parts.append("%s%s" % (esc(a.get("dlabel", "时间：")), esc(a["ds"])))
    if a.get("author"):
        parts.append("作者：%s" % esc(a["author"]))
    if a.get("source"):
        parts.append("来源：%s" % esc(a["source"]))
    if o.get("photo"):
        parts.append("摄影：%s" % esc(o["photo"]))
    parts.append('点击数：<script>_showDynClicks("wbnews", 1637220861, %d)</script>' % a["artid"])
    hd = "<h2>%s</h2>" % esc(a["title"]) if o.get("h2", True) else '<div class="title">%s</div>' % esc(a["title"])
    if a.get("sub"):
        hd += "\n<h3>%s</h3>" % esc(a["sub"])
    rel = teasers(r, 2, before=a.get("crawl_date", a["date_for_chrome"]))
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<TITLE>[[title]]-[[site]]</TITLE>
<META Name="keywords" Content="[[site]],[[col]]" />
<META Name="description" Content="[[desc]]" />
<link href="../../dfiles/16221/style/common.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/system/resource/js/dynclicks.js"></script>
<script language="javascript" src="/system/resource/js/jquery/jquery-latest.min.js"></script>
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="../../_sitegray/_sitegray_d.css" />
<script language="javascript" src="../../_sitegray/_sitegray.js"></script>
<!-- CustomerNO:7765626265723230747f4752535b574103060000000249 -->
<link rel="stylesheet" type="text/css" href="../../content.vsb.css" />
<script type="text/javascript" src="/system/resource/js/vsbscreen.min.js" id="_vsbscreen" devices="pc|pad"></script>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1021,'/content.jsp',[[artid]],1637220861)</script>
</head>
<body>
<div class="top"><div class="wrap"><div class="logo"><a href="../../index.htm"><img src="../../images/logo.png" /></a></div>
<div class="topr"><a href="../../yyjs/yyjj.htm">医院简介</a> | <a href="../../jzzn.htm">就诊指南</a> | <a href="https://www.[[dom0]]/en/">English</a></div></div></div>
<div class="nav"><ul class="wrap"><li><a href="../../index.htm">首页</a></li><li><a href="../../yygk.htm">医院概况</a></li><li class="on"><a href="../../xwzx.htm">新闻中心</a></li><li><a href="../../ksdh.htm">科室导航</a></li><li><a href="../../zjjs.htm">专家介绍</a></li><li><a href="../../kjjx.htm">科教研</a></li><li><a href="../../djgz.htm">党建工作</a></li></ul></div>
<div class="wrap main">
<div class="left"><div class="lm_name">新闻中心</div><ul class="lm_list"><li><a href="../../xwzx/yydt.htm">医院动态</a></li><li class="on"><a href="../../xwzx/[[colpy]].htm">[[col]]</a></li><li><a href="../../xwzx/mtbd.htm">媒体报道</a></li><li><a href="../../xwzx/tzgg.htm">通知公告</a></li></ul></div>
<div class="right">
<div class="dqwz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../xwzx.htm">新闻中心</a> &gt;&gt; <a href="../../xwzx/[[colpy]].htm">[[col]]</a> &gt;&gt; 正文</div>
<script language="javascript" src="/system/resource/js/ajax.js"></script><script language="javascript" src="/system/resource/js/news/statpagedown.js"></script>
<form name="_newscontent_fromname">
<div class="content">
    [[hd]]
    <div class="info">[[parts]]</div>
    <div id="vsb_content"><div class="v_news_content">
[[body]]
</div></div><div id="div_vote_id"></div>
[[attach]]
<div class="fanye"><ul><li>上一条：<a href="[[pid]].htm">[[prev]]</a></li><li>下一条：<a href="[[nid]].htm">[[next]]</a></li></ul></div>
</div>
</form>
</div>
</div>
<div class="foot"><div class="wrap">地址：[[addr]]　 急救电话：120<br />版权所有 &copy; [[site]]　 <a href="https://beian.miit.gov.cn/">[[icp]]</a></div></div>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), col=esc(a["col"]), colpy=a.get("colpy", "yydt"), desc=esc(a.get("desc", "")),
                artid=a["artid"], dom0=a["dom"], hd=hd, parts="&nbsp;&nbsp;&nbsp;&nbsp;".join(parts), body=body,
                attach='<ul style="list-style-type:none;">附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1637220861&wbfileid=%d" target="_blank">%s</a>】已下载<span id="nattach%d"><script>getClickTimes(%d,1637220861,"wbnewsfile","attach")</script></span>次</ul>' % (
                    a["artid"] + 7, esc(o["vsb_attach"]), a["artid"] + 7, a["artid"] + 7) if o.get("vsb_attach") else "",
                pid=a["artid"] + 11, nid=a["artid"] - 9, prev=esc(rel[0][0]), next=esc(rel[1][0]), addr=esc(a.get("addr", "")), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ WebPlus wp_articlecontent
def webplus(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "p_indent"), seed=a["id"], img_base="/_upload/article/images/%s/" % "5e/2a/")
    metas = []
    if a.get("author"):
        metas.append('<span class="arti_publisher">发布者：%s</span>' % esc(a["author"]))
    if a.get("ds"):
        metas.append('<span class="arti_update">%s%s</span>' % (esc(a.get("dlabel", "发布时间：")), esc(a["ds"])))
    if a.get("source"):
        metas.append('<span class="arti_from">来源：%s</span>' % esc(a["source"]))
    metas.append('<span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=512&type=3&articleId=%d">1032</span></span>' % a["artid"])
    rel = teasers(r, 4, before=a.get("crawl_date", a["date_for_chrome"]))
    side = "\n".join('<li class="news n%d clearfix"><span class="news_title"><a href="/%s/c%da%d/page.htm" target="_blank" title="%s">%s</a></span><span class="news_meta">%s</span></li>' % (
        i + 1, d[:4] + "/" + d[5:7] + d[8:], 3345, 700000 + i, esc(t), esc(t), d) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit" />
<title>[[title]]</title>
<meta name="description" content="[[desc]]" />
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/1/style/6/6.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/00/02/512/style/1/1.css" rel="stylesheet"/>
<link type="text/css" href="/_js/_portletPlugs/sudyNavi/css/sudyNav.css" rel="stylesheet" />
<script language="javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="512"></script>
<script language="javascript" src="/_js/jquery.sudy.wp.visitcount.js"></script>
<script type="text/javascript" src="/_js/_portletPlugs/sudyNavi/jquery.sudyNav.js"></script>
<link type="text/css" rel="stylesheet" href="/_upload/tpl/01/0a/266/template266/style.css" />
</head>
<body class="list">
<div class="wrapper header" id="header"><div class="inner"><div class="mod clearfix"><div class="head-left" frag="面板01"><div class="sitelogo" frag="窗口01" portletmode="simpleSiteAttri"><a href="/main.htm" title="返回[[site]]首页"><img border='0' src='/_upload/tpl/01/0a/266/template266/images/logo.png' /></a></div></div>
<div class="head-right"><div class="searchbox" frag="窗口02" portletmode="search"><form action="/_web/_search/api/search/new.rst?locale=zh_CN&request_locale=zh_CN&_p=YXM9NTEyJnQ9MjY2JmQ9MTIxNyZwPTMmbT1TTiY_" method="post" target="_blank"><div class="wp-search clearfix"><div class="search-input"><input class="search-title" name="keyword" type="text" placeholder="请输入关键词"></div><div class="search-btn"><input class="search-submit" type="submit" value=""></div></div></form></div></div></div></div></div>
<div class="wrapper nav wp-navi" id="nav"><div class="inner clearfix"><div class="wp-panel"><div class="wp-window" frag="窗口1"><ul class="wp-menu"><li class="menu-item i1"><a class="menu-link" href="/main.htm">首页</a></li><li class="menu-item i2"><a class="menu-link" href="/yygk/list.htm">医院概况</a></li><li class="menu-item i3"><a class="menu-link" href="/xwzx/list.htm">新闻中心</a></li><li class="menu-item i4"><a class="menu-link" href="/jzfw/list.htm">就诊服务</a></li><li class="menu-item i5"><a class="menu-link" href="/ylhz/list.htm">医联合作</a></li></ul></div></div></div></div>
<div class="wrapper" id="d-container"><div class="inner clearfix">
<div class="infobox">
  <div class="col_path"><span class="path_name">当前位置：</span><span class='possplit'>&nbsp;&nbsp;</span><a href="/main.htm" target="_self">首页</a><span class='possplit'>&nbsp;&nbsp;</span><a href="/[[colpy]]/list.htm" target="_self">[[col]]</a></div>
  <div class="article" frag="窗口3" portletmode="simpleArticleAttri">
    <h1 class="arti_title">[[title]]</h1>
    <h2 class="arti_title2">[[sub]]</h2>
    <p class="arti_metas">[[metas]]</p>
    <div class="entry">
      <div class="read"><div class='wp_articlecontent'>
[[body]]
</div></div>
    </div>
  </div>
</div>
<div class="col_news_side"><h3 class="side_title">最新文章</h3><div frag="窗口4" portletmode="simpleNews"><ul class="news_list list2">
[[side]]
</ul></div></div>
</div></div>
<div class="wrapper footer" id="footer"><div class="inner"><div class="mod clearfix"><div class="foot-left" frag="窗口90" portletmode="simpleSiteAttri"><p>版权所有：[[site]]　地址：[[addr]]</p><p>[[icp]]</p></div></div></div></div>
</body>
<script type="text/javascript" src="/_js/_portletPlugs/datepicker/js/jquery.datepicker.js"></script>
<script type="text/javascript" src="/_js/_portletPlugs/datepicker/js/datepicker_lang_HK.js"></script>
<script type="text/javascript">$(function(){ $.fn.visitcount && $(".WP_VisitCount").visitcount(); });</script>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), desc=esc(a.get("desc", "")), colpy=a.get("colpy", "xwzx"), col=esc(a["col"]),
                sub=esc(a.get("sub") or ""), metas=" ".join(metas), body=body, side=side, addr=esc(a.get("addr", "")), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ DedeCMS
def dede(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "p"), seed=a["id"], img_base="/uploads/allimg/%s/1-%s" % (a["date_for_chrome"][2:4] + a["date_for_chrome"][5:7] + a["date_for_chrome"][8:], ""))
    info = []
    if a.get("ds"):
        info.append("%s%s" % (esc(a.get("dlabel", "时间:")), esc(a["ds"])))
    if a.get("source") is not None:
        info.append("来源:%s" % esc(a["source"]))
    if a.get("author") is not None:
        info.append("作者:%s" % esc(a["author"]))
    info.append('点击: <script src="/plus/count.php?view=yes&aid=%d&mid=1" type=\'text/javascript\' language="javascript"></script>次' % a["artid"])
    rel = teasers(r, 6, before=a.get("crawl_date", a["date_for_chrome"]))
    hot = "\n".join('<li><a href="/a/%s/%d.html">%s</a></li>' % (a.get("typedir", "yyxw"), a["artid"] - 20 - i, esc(t)) for i, (t, d, s) in enumerate(rel))
    tag = o.get("title_tag", "h1")
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<title>[[title]]_[[col]]_[[site]]</title>
<meta name="keywords" content="[[kw]]" />
<meta name="description" content="[[desc]]" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript">
<!--
function CheckLogin(){ var taget_obj = document.getElementById('_ajax_feedback'); myajax = new DedeAjax(taget_obj,false,false,'','',''); myajax.SendGet2("/member/ajax_feedback.php"); DedeXHTTP = null; }
function postBadGood(ftype,aid){ var taget_obj = document.getElementById(ftype+aid); var saveid = GetCookie('badgoodid'); if(saveid != null){ alert("您刚才已表决过了喔！"); return false; } }
-->
</script>
</head>
<body class="articleview">
<div class="header_top"><div class="w960 center"><span id="time" class="time">[[hdr]]</span><div class="toplinki"><ul><li><a href="/member/index.php">会员中心</a></li><li><a href="/data/rssmap.html">RSS订阅</a></li></ul></div></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h1 style="display:none"><a href="/">[[site]]</a></h1><img src="/templets/default/images/logo.gif" /></div></div>
<div class="module blue mT10 wrapper w963"><div class="top"><div id="navMenu"><ul><li><a href='/'><span>主页</span></a></li><li><a href='/a/yygk/'><span>医院概况</span></a></li><li><a href='/a/[[typedir]]/'><span>[[col]]</span></a></li><li><a href='/a/ksjs/'><span>科室介绍</span></a></li><li><a href='/a/jzzn/'><span>就诊指南</span></a></li></ul></div></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
 <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/[[typedir]]/'>[[col]]</a> > </div>
 <div class="viewbox">
  <div class="title"><[[tag]]>[[title]]</[[tag]]></div>
  <div class="info"><small>[[info]]</small></div>
  <div class="content">
   <table width='100%'><tr><td>
[[body]]
   </td></tr></table>
  </div>
  <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
  <div class="handle">
   <div class="context"><ul><li>上一篇：<a href='/a/[[typedir]]/[[pp]].html'>[[prev]]</a> </li><li>下一篇：<a href='/a/[[typedir]]/[[np]].html'>[[next]]</a> </li></ul></div>
   <div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=[[artid]]" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=[[artid]]&title=" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=[[artid]]" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
  </div>
  <div class="newdigg" id="newdigg"><div class="diggbox digg_good" onmousemove="this.style.backgroundPosition='left bottom';" onclick="javascript:postDigg('good',[[artid]])"><div class="digg_act">顶一下</div><div class="digg_num">(0)</div></div><div class="diggbox digg_bad" onclick="javascript:postDigg('bad',[[artid]])"><div class="digg_act">踩一下</div><div class="digg_num">(0)</div></div></div>
  <div class="mt1" id="feedback"><dl class="tbox"><dt><strong>发表评论</strong><span class="more"></span></dt><dd><div class="dcmp-title"><small>请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。</small></div><div class="dcmp-content"><textarea cols="60" name="msg" rows="5" class="ipt-txt"></textarea></div><div class="dcmp-post"><div class="dcmp-userinfo" id="_ajax_feedback">验证码:<input type="text" name="validate" size="4" class="ipt-txt" /><img src="/include/vdimgck.php" align="absmiddle" /><input type="checkbox" name="notuser" value="1" />匿名?</div><div class="dcmp-submit"><button type="submit">发表评论</button></div></div></dd></dl></div>
 </div>
</div>
<div class="pright">
 <div class="commend mt1"><dl class="tbox light"><dt class='light'><strong>推荐内容</strong></dt><dd class='light'><ul class="d4">
[[hot]]
 </ul></dd></dl></div>
</div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统" target="_blank"><strong>DedeCMS</strong></a> &copy; 2004-[[cy]] <a href="http://www.desdev.cn/" target="_blank">DesDev</a> Inc.<br /><div class="copyright">Copyright &copy; [[site]] 版权所有 [[icp]]</div></p></div></div>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), col=esc(a["col"]), site=esc(a["site"]), kw=esc(a.get("kw", "")), desc=esc(a.get("desc", "")),
                hdr=esc(o.get("hdr", "")), typedir=a.get("typedir", "yyxw"), tag=tag, info="&nbsp;&nbsp;".join(info), body=body,
                pp=a["artid"] - 1, np=a["artid"] + 1, prev=esc(rel[0][0]), next=esc(rel[1][0]), artid=a["artid"], hot=hot,
                cy=a.get("cy", a["date_for_chrome"][:4]), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ PHPCMS v9
def phpcms(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "span"), seed=a["id"], img_base="/uploadfile/%s/%s/" % (a["date_for_chrome"][:4], a["date_for_chrome"][5:7] + a["date_for_chrome"][8:]))
    spans = []
    if a.get("ds"):
        spans.append("%s%s" % (esc(a.get("dlabel", "")), esc(a["ds"])))
    if a.get("source"):
        spans.append("来源：%s" % esc(a["source"]))
    if a.get("author"):
        spans.append("作者：%s" % esc(a["author"]))
    if o.get("updated"):
        spans.append("更新时间：%s" % esc(o["updated"]))
    spans.append('评论：<a href="#comment_iframe" id="comment">0</a>')
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    relhtml = "\n".join('<li>·<a href="/html/%s/%s_%s/%d.html" target="_blank">%s</a><span>(%s)</span></li>' % (
        d[:4], a.get("catdir", "news"), d[5:7] + d[8:], a["artid"] - 30 - i, esc(t), d) for i, (t, d, s) in enumerate(rel))
    rank = "\n".join('<li><span>%d</span><a href="/index.php?m=content&c=index&a=show&catid=%d&id=%d" title="%s">%s</a></li>' % (
        i + 1, a.get("catid", 9), a["artid"] - 40 - i, esc(t), esc(t[:18])) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>[[title]] - [[col]] - [[site]]</title>
<meta name="keywords" content="[[kw]]">
<meta name="description" content="[[desc]]">
<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="/statics/js/jquery.sgallery.js"></script>
<script type="text/javascript" src="/statics/js/search_common.js"></script>
</head>
<body>
<div class="body-top"><div class="content"><div id="announ"><ul style="margin:0"><li><a href="/index.php?m=announce&c=index&a=show&aid=3">[[annou]]</a></li></ul></div><div class="login lh24 blue"><span id="mini-login">[<a href="/index.php?m=member&c=index&a=login">登录</a>] [<a href="/index.php?m=member&c=index&a=register">注册</a>]</span></div></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/v9/logo.jpg" /></a></div><div class="search"><form action="/index.php" method="get" target="_blank"><input type="hidden" name="m" value="search"/><input type="text" name="q" id="q"/><input type="submit" value="搜 索" class="button" /></form></div>
<div class="nav-bar"><map><ul class="nav-site"><li><a href="/"><span>首页</span></a></li><li class="line">|</li><li><a href="/html/[[catdir]]/"><span>[[col]]</span></a></li><li class="line">|</li><li><a href="/html/keshi/"><span>科室设置</span></a></li><li class="line">|</li><li><a href="/html/zhuanjia/"><span>专家团队</span></a></li></ul></map></div></div>
<div class="main">
  <div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/html/[[catdir]]/">[[col]]</a> &gt;  正文</div>
  <div class="col-left">
    <div id="Article">
      <h1>[[title]]<br />
<span>[[spans]]</span></h1>
      <div class="content">
[[body]]
      </div>
      <div id="pages" class="text-c"></div>
      <p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/index.php?m=content&c=tag&a=lists&tag=医联体" class="blue">医联体</a></p>
      <p class="f14"><strong>上一篇：</strong><a href="/html/[[catdir]]/[[pp]].html">[[prev]]</a><br /><strong>下一篇：</strong><a href="/html/[[catdir]]/[[np]].html">[[next]]</a></p>
      <div class="related"><h5 class="blue">延伸阅读：</h5><ul class="list blue lh24 f14">
[[relhtml]]
      </ul></div>
      <div class="bk15"></div>
      <iframe src="/index.php?m=comment&c=index&a=init&commentid=content_[[catid]]-[[artid]]-1&iframe=1" width="100%" height="100%" id="comment_iframe" frameborder="0" scrolling="no"></iframe>
      <div class="box"><h5>评论排行</h5><ul class="content digg"></ul></div>
    </div>
  </div>
  <div class="col-auto"><div class="box"><h5 class="title-2">频道总排行</h5><ul class="content rank">
[[rank]]
  </ul></div></div>
</div>
<div class="footer"><p class="info">Powered by <strong><a href="http://www.phpcms.cn" target="_blank">PHPCMS</a></strong> <em>V9</em> &copy; [[cy]] [[site]] <a href="https://beian.miit.gov.cn/">[[icp]]</a></p></div>
<script type="text/javascript">$.get("/api.php?op=count&id=[[artid]]&modelid=1");</script>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), col=esc(a["col"]), site=esc(a["site"]), kw=esc(a.get("kw", "")), desc=esc(a.get("desc", "")),
                annou=esc(o.get("annou", "关于调整门诊就诊时间的公告")), catdir=a.get("catdir", "news"), spans="&nbsp;&nbsp;".join(spans), body=body,
                pp=a["artid"] - 1, np=a["artid"] + 1, prev=esc(rel[0][0]), next=esc(rel[1][0]), relhtml=relhtml, catid=a.get("catid", 9), artid=a["artid"],
                rank=rank, cy=a.get("cy", a["date_for_chrome"][:4]), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ 帝国CMS (EmpireCMS)
def empire(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "p"), seed=a["id"], img_base="/d/file/news/%s/" % a["date_for_chrome"].replace("-", ""))
    info = []
    if a.get("ds"):
        info.append("%s%s" % (esc(a.get("dlabel", "发布时间：")), esc(a["ds"])))
    if a.get("source"):
        info.append("来源：%s" % esc(a["source"]))
    if a.get("author"):
        info.append("作者：%s" % esc(a["author"]))
    info.append('浏览：<script src=/e/public/ViewClick/?classid=%d&id=%d&addclick=1></script>次' % (a.get("classid", 2), a["artid"]))
    rel = teasers(r, 6, before=a.get("crawl_date", a["date_for_chrome"]))
    rl = "\n".join('<li><span class="fr">%s</span><a href="/news/%s/%d.html" target="_blank">%s</a></li>' % (d[5:], d, a["artid"] - 15 - i, esc(t)) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<title>[[title]]</title>
<meta name="keywords" content="[[kw]]" />
<meta name="description" content="[[desc]]" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/default/js/tabs.js"></script>
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="header">
  <tr><td width="220"><a href="/"><img src="/skin/default/images/logo.gif" width="200" height="65" border="0" /></a></td>
  <td><div class="topnav"><a href="/e/member/login/">会员登录</a> | <a href="/e/member/register/">注册</a> | <a href="/e/DoInfo/">投稿</a></div></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr><td class="nav_global"><ul><li><a href="/">首页</a></li><li class="curr"><a href="/news/">[[col]]</a></li><li><a href="/keshi/">科室导航</a></li><li><a href="/zhuanjia/">专家风采</a></li><li><a href="/jiuzhen/">就诊须知</a></li></ul></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="10">
<tr valign="top">
<td class="main">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
<tr><td><div class="position">现在的位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/news/">[[col]]</a></div></td></tr>
<tr><td><div id="text">
  <h1>[[title]]</h1>
  <div class="info">[[info]]</div>
  <div class="newstext" id="newstext">
[[body]]
  </div>
  <div class="page"></div>
</div></td></tr>
<tr><td><div class="digg"><a href="JavaScript:makeRequest('/e/public/digg/?classid=[[classid]]&id=[[artid]]&dotop=1&doajax=1&ajaxarea=diggnum','EchoReturnedText','GET','');">顶一下</a><span id="diggnum"><script type="text/javascript" src="/e/public/ViewClick/?classid=[[classid]]&id=[[artid]]&down=5"></script></span></div></td></tr>
<tr><td><div class="info_nav">上一篇：<a href='/news/[[pp]].html'>[[prev]]</a><br>下一篇：<a href='/news/[[np]].html'>[[next]]</a></div></td></tr>
<tr><td><div class="title"><strong>相关信息</strong></div><ul class="rel">
[[rl]]
</ul></td></tr>
<tr><td><div class="pl"><iframe frameborder="0" scrolling="no" src="/e/pl/more/?classid=[[classid]]&id=[[artid]]&num=10" width="100%" height="120"></iframe></div></td></tr>
</table>
</td>
<td class="sider" width="250">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box"><tr><td class="title"><strong>热门点击</strong></td></tr><tr><td><ol class="rank">[[rank]]</ol></td></tr></table>
</td>
</tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="footer"><tr><td><div>[[site]]　版权所有 &copy; [[cy]]　[[icp]]</div><div>Powered by <strong><a href="http://www.phome.net" target="_blank">EmpireCMS</a></strong></div></td></tr></table>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), kw=esc(a.get("kw", "")), desc=esc(a.get("desc", "")), col=esc(a["col"]), info="&nbsp;&nbsp;".join(info),
                body=body, classid=a.get("classid", 2), artid=a["artid"], pp=a["artid"] - 1, np=a["artid"] + 1, prev=esc(rel[0][0]), next=esc(rel[1][0]),
                rl=rl, rank="".join("<li><a href='/news/%d.html'>%s</a></li>" % (a["artid"] - 50 - i, esc(t[:16])) for i, (t, d, s) in enumerate(rel)),
                site=esc(a["site"]), cy=a.get("cy", a["date_for_chrome"][:4]), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ WordPress
def wordpress(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "p"), seed=a["id"], img_base="/wp-content/uploads/%s/%s/" % (a["date_for_chrome"][:4], a["date_for_chrome"][5:7]))
    iso = o.get("iso", a["date_for_chrome"] + "T09:00:00+08:00")
    if o.get("hide_date"):
        posted = '<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/admin/">%s</a></span></span>' % esc(a.get("author") or "admin")
    else:
        posted = '<span class="posted-on">发布于 <a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time><time class="updated" datetime="%s">%s</time></a></span>' % (
            a["url"], iso, esc(a["ds"]), o.get("upd_iso", iso), esc(o.get("upd_text", a["ds"])))
        if a.get("author"):
            posted += ' <span class="byline"> 作者 <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span>' % (o.get("author_slug", "admin"), esc(a["author"]))
    ld = ""
    if o.get("jsonld"):
        ld = '<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"%s#article","isPartOf":{"@id":"%s"},"author":{"name":"%s"},"headline":"%s","datePublished":"%s","dateModified":"%s","mainEntityOfPage":{"@id":"%s"},"publisher":{"@id":"https://%s/#organization"},"inLanguage":"zh-Hans"}]}</script>' % (
            a["url"], a["url"], esc(a.get("author") or "admin"), esc(a["title"]), iso, o.get("upd_iso", iso), a["url"], a["dom"])
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    recent = "\n".join('<li><a href="https://%s/%s/%d/">%s</a><span class="post-date">%s</span></li>' % (a["dom"], d[:4], 300 + i, esc(t), d) for i, (t, d, s) in enumerate(rel))
    comments = o.get("comments", [])
    cm = "\n".join('<li class="comment even thread-even depth-1" id="comment-%d"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b><span class="says">说道：</span></div><div class="comment-metadata"><a href="#comment-%d"><time datetime="%s">%s</time></a></div></footer><div class="comment-content"><p>%s</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">回复</a></div></article></li>' % (
        80 + i, esc(n), 80 + i, dt, esc(dtxt), esc(c)) for i, (n, dt, dtxt, c) in enumerate(comments))
    cat = esc(a["col"])
    return fill("""<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="[[decl]]">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>[[title]] &#8211; [[site]]</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="[[site]] &raquo; Feed" href="https://[[dom]]/feed/" />
<meta property="og:locale" content="zh_CN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="[[title]]" />
<meta property="og:url" content="[[url]]" />
<meta property="og:site_name" content="[[site]]" />
<meta property="article:published_time" content="[[iso]]" />
<meta property="article:modified_time" content="[[upd]]" />
[[ld]]
<link rel='stylesheet' id='wp-block-library-css' href='https://[[dom]]/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<link rel='stylesheet' id='twentytwentyone-style-css' href='https://[[dom]]/wp-content/themes/twentytwentyone/style.css?ver=2.0' media='all' />
<link rel="canonical" href="[[url]]" />
</head>
<body class="post-template-default single single-post postid-[[artid]] single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">跳至内容</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner">
<div class="site-branding"><p class="site-title"><a href="https://[[dom]]/">[[site]]</a></p><p class="site-description">[[tagline]]</p></div>
<nav id="site-navigation" class="primary-navigation" role="navigation" aria-label="主菜单"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li class="menu-item"><a href="https://[[dom]]/">首页</a></li><li class="menu-item"><a href="https://[[dom]]/category/news/">中心动态</a></li><li class="menu-item"><a href="https://[[dom]]/jtys/">家庭医生</a></li><li class="menu-item"><a href="https://[[dom]]/ggws/">公共卫生服务</a></li><li class="menu-item"><a href="https://[[dom]]/lxwm/">联系我们</a></li></ul></div></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-[[artid]]" class="post-[[artid]] post type-post status-publish format-standard hentry category-news entry">
<header class="entry-header alignwide"><h1 class="entry-title">[[title]]</h1></header>
<div class="entry-content">
[[body]]
</div>
<footer class="entry-footer default-max-width"><div class="posted-by">[[posted]]</div><div class="post-taxonomies"><span class="cat-links">分类 <a href="https://[[dom]]/category/news/" rel="category tag">[[cat]]</a></span></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links"><div class="nav-previous"><a href="https://[[dom]]/p/[[pp]]" rel="prev"><p class="meta-nav">上一篇文章</p><p class="post-title">[[prev]]</p></a></div><div class="nav-next"><a href="https://[[dom]]/p/[[np]]" rel="next"><p class="meta-nav">下一篇文章</p><p class="post-title">[[next]]</p></a></div></div></nav>
<div id="comments" class="comments-area default-max-width [[hasc]]">
[[ctitle]]
<ol class="comment-list">
[[cm]]
</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">发表回复</h2><form action="https://[[dom]]/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">您的电子邮箱地址不会被公开。</span> <span class="required-field-message">必填项已用 <span class="required">*</span> 标注</span></p><p class="comment-form-comment"><label for="comment">评论 <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /></p></form></div>
</div>
</main></div></div>
<aside class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><nav aria-label="近期文章"><ul>
[[recent]]
</ul></nav></section></aside>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div class="site-name">[[site]]</div><div class="powered-by">自豪地由<a href="https://cn.wordpress.org/">WordPress</a>驱动</div><div><a href="https://beian.miit.gov.cn/">[[icp]]</a></div></div></footer>
</div>
<script src='https://[[dom]]/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=2.0' id='twenty-twenty-one-primary-navigation-script-js'></script>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), dom=a["dom"], url=a["url"], iso=iso, upd=o.get("upd_iso", iso), ld=ld,
                artid=a["artid"], tagline=esc(o.get("tagline", "守护社区居民健康")), body=body, posted=posted, cat=cat,
                pp=a["artid"] - 4, np=a["artid"] + 3, prev=esc(rel[0][0]), next=esc(rel[1][0]), hasc="show-avatars" if comments else "",
                ctitle=('<h2 class="comments-title">《%s》上有%d条评论</h2>' % (esc(a["title"]), len(comments))) if comments else "",
                cm=cm, recent=recent, icp=esc(a.get("icp", "")))
