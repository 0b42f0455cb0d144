# -*- coding: utf-8 -*-
"""Hospital / generic CMS skeletons (part 2)."""
import json
import random
from common import fill, esc, render_body, parse_body, teasers, today_banner, E


def _rnd(a):
    return random.Random(a["id"] + "h2")


# ------------------------------------------------------------------ ASP.NET WebForms, nested tables
def aspnet(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "br"), seed=a["id"], img_base="/UpLoadFile/NewsImage/")
    meta = []
    if a.get("ds"):
        meta.append("%s%s" % (esc(a.get("dlabel", "添加时间：")), esc(a["ds"])))
    if a.get("source"):
        meta.append("来源：%s" % esc(a["source"]))
    if a.get("author"):
        meta.append("作者：%s" % esc(a["author"]))
    meta.append('浏览：<span id="ctl00_ContentPlaceHolder1_lblHits">%d</span>次' % (a["artid"] % 700 + 80))
    rel = teasers(r, 7, before=a.get("crawl_date", a["date_for_chrome"]))
    left = "\n".join('<tr><td width="12"><img src="../images/dot.gif" /></td><td class="list_a"><a href="NewsView.aspx?id=%d" title="%s">%s</a></td><td class="list_date">%s</td></tr>' % (
        a["artid"] - 3 - i, esc(t), esc(t[:14]), d) for i, (t, d, s) in enumerate(rel))
    tcls = o.get("tcls", "newstitle")
    content_open = '<td class="newscontent" id="ctl00_ContentPlaceHolder1_tdContent">' if not o.get("lbl") else '<td class="newscontent"><span id="ctl00_ContentPlaceHolder1_lblContent">'
    content_close = "</td>" if not o.get("lbl") else "</span></td>"
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" /><title>
	[[ptitle]]
</title><link href="../css/style.css" rel="stylesheet" type="text/css" />
<script src="../js/jquery-1.4.2.min.js" type="text/javascript"></script>
</head>
<body>
    <form name="aspnetForm" method="post" action="NewsView.aspx?id=[[artid]]" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWBgIBDw8WAh4EVGV4dAUk5Yy76IGU5L2T5bu66K6+5o6o6L+b5Lya5Y+s5byAZGQCAw8PFgIfAAUKMjAxNS02LTNkZAIFDw8WAh8ABQM1NjdkZGQYz9nX1t8ZrxHy0WvF" />
</div>
<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A3C6E4F2" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgKP+8XICQKM54rGBjP2dsQpDrM/BQ61Q4T2vhnWQjPk" />
</div>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="1002" height="180"><param name="movie" value="../flash/top.swf" /><param name="wmode" value="transparent" /><embed src="../flash/top.swf" width="1002" height="180" wmode="transparent"></embed></object></td></tr>
  <tr><td height="38" class="menu_bg"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td align="center"><a href="../Default.aspx" class="menu">网站首页</a></td><td align="center"><a href="NewsList.aspx?cid=1" class="menu">[[col]]</a></td><td align="center"><a href="NewsList.aspx?cid=2" class="menu">通知公告</a></td><td align="center"><a href="NewsList.aspx?cid=3" class="menu">政策法规</a></td><td align="center"><a href="NewsList.aspx?cid=4" class="menu">健康教育</a></td><td align="center"><a href="../Message/Default.aspx" class="menu">留言板</a></td>
  </tr></table></td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="240" valign="top" style="border-right:1px solid #dfe8f1;">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="34" class="left_tit">最新动态</td></tr>
        <tr><td><table width="94%" border="0" align="center" cellpadding="0" cellspacing="0">
[[left]]
        </table></td></tr>
        <tr><td height="34" class="left_tit">便民服务</td></tr>
        <tr><td class="left_box">咨询电话：[[tel]]<br />投诉电话：[[tel2]]<br />办公时间：周一至周五 8:30-17:30</td></tr>
      </table>
    </td>
    <td valign="top">
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="32" class="position">当前位置：<a href="../Default.aspx">首页</a> &gt;&gt; <a href="NewsList.aspx?cid=1">[[col]]</a> &gt;&gt; 正文</td></tr>
        <tr><td>
          <table width="100%" border="0" cellspacing="0" cellpadding="0">
            <tr><td height="60" align="center" class="[[tcls]]"><span id="ctl00_ContentPlaceHolder1_lblTitle">[[title]]</span></td></tr>
            <tr><td height="28" align="center" class="newsinfo" style="border-bottom:1px solid #ddd;">[[meta]]</td></tr>
            <tr><td height="15"></td></tr>
            <tr>[[copen]]
[[body]]
[[cclose]]</tr>
            <tr><td height="40" align="right"><a href="javascript:window.print();">打印本页</a>　<a href="javascript:window.close();">关闭窗口</a>　<a href="#">返回顶部</a></td></tr>
          </table>
        </td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
  <tr><td height="90" align="center">Copyright &copy; [[cy]] [[site]] All Rights Reserved<br />地址：[[addr]]　[[icp]]</td></tr>
</table>
    </form>
</body>
</html>
""", decl=a["decl"], ptitle=esc(a.get("ptitle", a["title"] + "--" + a["site"])), artid=a["artid"], col=esc(a["col"]), left=left,
                tel=a.get("tel", ""), tel2=a.get("tel2", ""), tcls=tcls, title=esc(a["title"]), meta="　　".join(meta),
                copen=content_open, body=body, cclose=content_close, cy=a.get("cy", a["date_for_chrome"][:4]), site=esc(a["site"]),
                addr=esc(a.get("addr", "")), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ ASP classic (动易 2006-style) GB2312
def asp_classic(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "font"), seed=a["id"], img_base="../UploadFiles_8812/%s/" % a["date_for_chrome"][:7].replace("-", ""))
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    relhtml = "<br>".join('<a href="ShowArticle.asp?ArticleID=%d">%s</a>&nbsp;&nbsp;<font color="#999999">%s</font>' % (a["artid"] - 5 - i, esc(t), d.replace("-0", "-")) for i, (t, d, s) in enumerate(rel))
    line = []
    if a.get("author"):
        line.append("作者：%s" % esc(a["author"]))
    if a.get("source"):
        line.append("文章来源：%s" % esc(a["source"]))
    line.append('点击数：<script language="javascript" src="GetHits.asp?ArticleID=%d"></script>' % a["artid"])
    if a.get("ds"):
        line.append("%s%s" % (esc(a.get("dlabel", "更新时间：")), esc(a["ds"])))
    return fill("""<html>
<head>
<title>[[site]]--[[title]]</title>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]">
<link href="../Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript" src="../js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" oncontextmenu="return false" onselectstart="return false">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="top_tdbgall">
  <tr><td><img src="../Skin/top_01.jpg" width="778" height="110"></td></tr>
  <tr><td class="top_Channel">|&nbsp;<a href="../Index.asp">网站首页</a>&nbsp;|&nbsp;<a href="../Article/Index.asp">医院新闻</a>&nbsp;|&nbsp;<a href="../Article/ShowClass.asp?ClassID=3">科室介绍</a>&nbsp;|&nbsp;<a href="../Article/ShowClass.asp?ClassID=4">专家介绍</a>&nbsp;|&nbsp;<a href="../GuestBook/Index.asp">留言本</a>&nbsp;|</td></tr>
  <tr><td class="top_Announce"><marquee scrollamount="2">[[ann]]</marquee></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="center_tdbgall">
  <tr><td height="25" class="main_NavPath">&nbsp;您现在的位置：&nbsp;<a href="../">[[site]]</a>&nbsp;&gt;&gt;&nbsp;<a href="Index.asp">医院新闻</a>&nbsp;&gt;&gt;&nbsp;<a href="ShowClass.asp?ClassID=1">[[col]]</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>
  <tr><td>
    <table width="100%" border="0" cellpadding="0" cellspacing="5" class="main_tdbg">
      <tr><td class="main_ArticleTitle">[[title]]</td></tr>
      <tr><td class="main_ArticleSubheading"></td></tr>
      <tr><td class="Article_tdbgall" align="center"><font color="#666666">[[line]]</font></td></tr>
      <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
      <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" style="table-layout:fixed;word-break:break-all"><tr><td id="fontzoom" class="main_ArticleContent">
[[body]]
      </td></tr></table></td></tr>
      <tr><td align="right">【<a href="../Comment.asp?ArticleID=[[artid]]" target="_blank">发表评论</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
      <tr><td class="main_shadow"><li>上一篇文章：<a href="ShowArticle.asp?ArticleID=[[pp]]">[[prev]]</a></li><li>下一篇文章：没有了</li></td></tr>
      <tr><td class="main_title_575">&nbsp;&nbsp;<b>相关文章</b></td></tr>
      <tr><td class="main_tdbg_575">[[rel]]</td></tr>
    </table>
  </td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="Bottom_tdbgall">
  <tr><td class="Bottom_Copyright">[[site]]　地址：[[addr]]　电话：[[tel]]<br>Copyright&copy;2005-[[cy]] All Rights Reserved　[[icp]]</td></tr>
</table>
</body>
</html>
""", site=esc(a["site"]), title=esc(a["title"]), decl=a["decl"], ann=esc(o.get("ann", "")), col=esc(a["col"]), line="&nbsp;&nbsp;&nbsp;&nbsp;".join(line),
                body=body, artid=a["artid"], pp=a["artid"] - 1, prev=esc(rel[0][0]), rel=relhtml, addr=esc(a.get("addr", "")), tel=a.get("tel", ""),
                cy=a.get("cy", a["date_for_chrome"][:4]), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ 动易 SiteWeaver ASP.NET /Item/1234.aspx
def siteweaver(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "span"), seed=a["id"], img_base="/UploadFiles/%s/" % a["date_for_chrome"][:7].replace("-", ""))
    line = []
    if a.get("ds"):
        line.append("%s%s" % (esc(a.get("dlabel", "发布时间：")), esc(a["ds"])))
    if a.get("author"):
        line.append("作者：%s" % esc(a["author"]))
    if a.get("source"):
        line.append("来源：%s" % esc(a["source"]))
    line.append('点击数：<span id="hits"><script type="text/javascript" src="/Common/GetHits.aspx?id=%d"></script></span>' % a["artid"])
    rel = teasers(r, 6, before=a.get("crawl_date", a["date_for_chrome"]))
    side = "\n".join('<li><a href="/Item/%d.aspx" target="_blank">%s</a></li>' % (a["artid"] - 10 - i, esc(t)) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<title>[[site]] &gt;&gt; [[col]] &gt;&gt; [[title]]</title>
<meta name="keywords" content="[[kw]]" />
<link href="/Skin/Hospital_Blue/default.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="/js/jquery.pack.js"></script>
<script language="javascript" type="text/javascript" src="/js/common.js"></script>
<script type="text/javascript">function ContentSize(size){ document.getElementById('fontzoom').style.fontSize=size+'px'; }</script>
</head>
<body>
<div id="wrapper">
<div id="top"><div class="logo"><a href="/"><img src="/Skin/Hospital_Blue/logo.png" alt="[[site]]" /></a></div><div class="tel">预约挂号：[[tel]]</div></div>
<div id="menu"><ul><li><a href="/">网站首页</a></li><li><a href="/Category_1/Index.aspx">医院概况</a></li><li><a href="/Category_2/Index.aspx">[[col]]</a></li><li><a href="/Category_3/Index.aspx">科室导航</a></li><li><a href="/Category_4/Index.aspx">名医风采</a></li><li><a href="/Category_5/Index.aspx">患者服务</a></li></ul></div>
<div id="main">
  <div class="main_left">
    <div class="location">您现在的位置： <a class="LinkPath" href="/">[[site]]</a> &gt;&gt; <a class="LinkPath" href="/Category_2/Index.aspx">[[col]]</a> &gt;&gt; 浏览文章</div>
    <div class="article_title"><h2>[[title]]</h2></div>
    <div class="article_info">[[line]]&nbsp;&nbsp;【字体：<a href="javascript:ContentSize(16)">大</a> <a href="javascript:ContentSize(14)">中</a> <a href="javascript:ContentSize(12)">小</a>】</div>
    <div id="fontzoom" class="article_content">
[[body]]
    </div>
    <div class="article_tool"><a href="/Comment/Index.aspx?id=[[artid]]">发表评论</a> <a href="javascript:window.print();">打印此文</a> <a href="javascript:window.close();">关闭窗口</a></div>
    <div class="article_page"><ul><li>上一篇：<a href="/Item/[[pp]].aspx">[[prev]]</a></li><li>下一篇：<a href="/Item/[[np]].aspx">[[next]]</a></li></ul></div>
  </div>
  <div class="main_right">
    <div class="r_box"><div class="r_tit">相关文章</div><ul>
[[side]]
    </ul></div>
  </div>
</div>
<div id="bottom">Copyright &copy; [[cy]] [[site]] 版权所有　[[icp]]<br />Powered by SiteWeaver 6.8</div>
</div>
</body>
</html>
""", decl=a["decl"], site=esc(a["site"]), col=esc(a["col"]), title=esc(a["title"]), kw=esc(a.get("kw", "")), tel=a.get("tel", ""),
                line="&nbsp;&nbsp;".join(line), body=body, artid=a["artid"], pp=a["artid"] - 1, np=a["artid"] + 1, prev=esc(rel[0][0]), next=esc(rel[1][0]),
                side=side, cy=a.get("cy", a["date_for_chrome"][:4]), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ Discuz! X portal article
def discuz(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "div"), seed=a["id"], img_base="data/attachment/portal/%s/" % a["date_for_chrome"][:7].replace("-", ""))
    xg = []
    if a.get("ds"):
        xg.append(esc(a["ds"]))
    xg.append('发布者: <a href="home.php?mod=space&amp;uid=1">admin</a>')
    xg.append('查看: <em id="_viewnum">%d</em>' % (a["artid"] * 7 % 3000 + 100))
    xg.append('评论: <em>0</em>')
    if a.get("author"):
        xg.append('原作者: %s' % esc(a["author"]))
    if a.get("source"):
        xg.append('来自: %s' % esc(a["source"]))
    rel = teasers(r, 6, before=a.get("crawl_date", a["date_for_chrome"]))
    relhtml = "\n".join('<li><a href="portal.php?mod=view&amp;aid=%d" target="_blank">%s</a></li>' % (a["artid"] - 1 - i, esc(t)) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<title>[[title]] - [[col]] -  [[site]] -  Powered by Discuz!</title>
<meta name="keywords" content="[[title]]" />
<meta name="description" content="[[desc]] ,[[site]]" />
<meta name="generator" content="Discuz! X3.4" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2021 Tencent Cloud." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="[[base]]" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Kx7" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_portal_view.css?Kx7" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Kx7', charset = '[[decl]]', discuz_uid = '0', cookiepre = 'Wq3d_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cDovL2JiczEyMy5jb20vcG9ydGFsLnBocD9tb2Q9dmlldyZhaWQ9MTI=', SITEURL = '[[base]]', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?Kx7" type="text/javascript"></script>
<script src="data/cache/portal.js?Kx7" type="text/javascript"></script>
</head>
<body id="nv_portal" class="pg_view" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('[[base]]');">设为首页</a><a href="[[base]]" onclick="addFavorite(this.href, '[[site]]');return false;">收藏本站</a></div><div class="y"><a id="switchwidth" href="javascript:;" title="切换到宽版" class="switchwidth">切换到宽版</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="[[site]]"><img src="static/image/common/logo.png" alt="[[site]]" border="0" /></a></h2>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes"><div class="fastlg cl"><span id="return_ls" style="display:none"></span><div class="y pns"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">帐号</label></td><td><input type="text" name="username" id="ls_username" class="px vm xg1" /></td><td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />自动登录</label></td><td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&action=login&viewlostpw=1')">找回密码</a></td></tr><tr><td><label for="ls_password">密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off" /></td><td class="fastlg_l"><button type="submit" class="pn vm" style="width: 75px;"><em>登录</em></button></td><td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr></table></div></div></form></div>
<div id="nv"><ul><li class="a" id="mn_portal" ><a href="portal.php" hidefocus="true" title="Portal"  >门户<span>Portal</span></a></li><li id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS"  >论坛<span>BBS</span></a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">[[site]]</a> <em>&rsaquo;</em><a href="portal.php">门户</a> <em>&rsaquo;</em><a href="portal.php?mod=list&catid=[[catid]]">[[col]]</a> <em>&rsaquo;</em>查看内容</div></div>
<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw">
<div class="h hm">
<h1 class="ph">[[title]] </h1>
<p class="xg1">[[xg]]</p>
</div>
<div class="s"><div><strong>摘要</strong>: [[summary]]</div></div>
<div class="d">
<table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">
[[body]]
</td></tr></table>
<div class="ptw pbw cl"></div>
</div>
<div class="o cl ptm pbm"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id=[[artid]]&amp;handlekey=favoritearticlehk_[[artid]]" id="a_favorite" onclick="showWindow(this.id, this.href, 'get', 0);" class="oshr ofav">收藏</a><a href="home.php?mod=spacecp&amp;ac=share&amp;type=article&amp;id=[[artid]]&amp;handlekey=sharearticlehk_[[artid]]" id="a_share" onclick="showWindow(this.id, this.href, 'get', 0);" class="oshr">分享</a><a href="misc.php?mod=invite&amp;action=article&amp;id=[[artid]]" id="a_invite" onclick="showWindow('invite', this.href, 'get', 0);" class="oshr oivt">邀请</a></div>
<div class="pren pbm cl"><em>上一篇：</em><a href="portal.php?mod=view&amp;aid=[[pp]]" title="[[prev]]">[[prev]]</a><em>下一篇：</em>没有了</div>
</div>
<div class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl xl2 cl">
[[relhtml]]
</ul></div></div>
<div id="comment" class="bm"><div class="bm_h cl"><h3>最新评论</h3></div><div id="comment_ul" class="bm_c"></div><form id="cform" name="cform" action="portal.php?mod=portalcp&ac=comment" method="post" autocomplete="off"><div class="tedt"><div class="area"><textarea name="message" rows="3" class="pt" id="message"  onkeydown="ctrlEnter(event, 'commentsubmit_btn');"></textarea></div></div><p class="ptn cl"><button type="submit" name="commentsubmit_btn" value="true" id="commentsubmit_btn" class="pn y"><strong>评论</strong></button></p></form></div>
</div></div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="forum.php?mod=misc&action=showdarkroom" >小黑屋</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><strong><a href="[[base]]" target="_blank">[[site]]</a></strong> ( <a href="https://beian.miit.gov.cn/" target="_blank">[[icp]]</a> )</p><p class="xs0">GMT+8, [[gmt]]<span id="debuginfo">, Processed in 0.048211 second(s), 18 queries .</span></p></div><div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2021 <a href="http://www.comsenz.com" target="_blank">Tencent Cloud</a>.</p></div></div>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), col=esc(a["col"]), site=esc(a["site"]), desc=esc(a.get("desc", "")), base="http://%s/" % a["dom"],
                catid=a.get("catid", 3), xg="<span class=\"pipe\">|</span>".join(xg), summary=esc(o.get("summary", "")), body=body, artid=a["artid"],
                pp=a["artid"] - 1, prev=esc(rel[0][0]), relhtml=relhtml, icp=esc(a.get("icp", "")), gmt=esc(o.get("gmt", "")))


# ------------------------------------------------------------------ JEECMS /contents/12/3456.html
def jeecms(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "ue"), seed=a["id"], img_base="/u/cms/www/%s/" % a["date_for_chrome"][:7].replace("-", ""))
    line = []
    if a.get("ds"):
        line.append("%s%s" % (esc(a.get("dlabel", "发布时间：")), esc(a["ds"])))
    if a.get("source"):
        line.append("来源：%s" % esc(a["source"]))
    if a.get("author"):
        line.append("作者：%s" % esc(a["author"]))
    line.append('浏览次数：<span id="views"></span>')
    rel = teasers(r, 4, before=a.get("crawl_date", a["date_for_chrome"]))
    rec = "\n".join('<div class="tj-item"><h4><a href="/contents/%d/%d.html">%s</a></h4><p>%s</p><span>%s</span></div>' % (
        a.get("chan", 12), a["artid"] - 6 - i, esc(t), esc(s), d) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>[[title]] - [[site]]</title>
<meta http-equiv="keywords" content="[[kw]]"/>
<meta http-equiv="description" content="[[desc]]"/>
<link href="/r/cms/www/default/css/style.css" rel="stylesheet" type="text/css"/>
<script src="/r/cms/jquery.js" type="text/javascript"></script>
<script src="/r/cms/front.js" type="text/javascript"></script>
<script type="text/javascript">
$(function() {
  Cms.attachment("", "[[artid]]", "0", "attach");
  Cms.viewCount("", "[[artid]]", "views");
});
</script>
</head>
<body>
<div class="top"><div class="w1100"><span class="today">[[banner]]</span><span class="fr"><a href="/login.jspx">登录</a> | <a href="/register.jspx">注册</a></span></div></div>
<div class="header"><div class="w1100"><img src="/r/cms/www/default/img/logo.png" /></div></div>
<div class="menu"><div class="w1100"><a href="/">首页</a><a href="/channels/11.html">单位概况</a><a class="cur" href="/channels/[[chan]].html">[[col]]</a><a href="/channels/13.html">通知公告</a><a href="/channels/14.html">健康科普</a><a href="/channels/15.html">医共体建设</a></div></div>
<div class="w1100 clearfix">
  <div class="left_con">
    <div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/channels/[[chan]].html">[[col]]</a> &gt; 正文</div>
    <div class="news_con">
      <div class="news_tit"><h1>[[title]]</h1></div>
      <div class="news_info">[[line]]</div>
      <div class="news_txt">
[[body]]
      </div>
      <div class="news_qr"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
      <div class="news_pn"><p>上一篇：<a href="/contents/[[chan]]/[[pp]].html">[[prev]]</a></p><p>下一篇：<a href="/contents/[[chan]]/[[np]].html">[[next]]</a></p></div>
    </div>
  </div>
  <div class="right_con">
    <div class="tj"><div class="tj-t">推荐阅读</div>
[[rec]]
    </div>
  </div>
</div>
<div class="footer"><div class="w1100"><p>版权所有：[[site]]　地址：[[addr]]</p><p><a href="https://beian.miit.gov.cn/">[[icp]]</a>　Powered by JEECMS</p></div></div>
<script src="/r/cms/qrcode.min.js"></script><script>new QRCode(document.getElementById("qrcode"), {text: location.href, width: 90, height: 90});</script>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), kw=esc(a.get("kw", "")), desc=esc(a.get("desc", "")), artid=a["artid"],
                banner=today_banner(a.get("today", a["date_for_chrome"])), chan=a.get("chan", 12), col=esc(a["col"]), line="&nbsp;&nbsp;&nbsp;".join(line),
                body=body, pp=a["artid"] - 1, np=a["artid"] + 1, prev=esc(rel[0][0]), next=esc(rel[1][0]), rec=rec, addr=esc(a.get("addr", "")), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ modern hospital bootstrap "XX医院_新闻中心_"
def hosp_bootstrap(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "ue"), seed=a["id"], img_base="/uploads/image/%s/" % a["date_for_chrome"].replace("-", ""))
    meta = []
    if a.get("ds"):
        meta.append('<span><i class="iconfont icon-time"></i>%s%s</span>' % (esc(a.get("dlabel", "发布日期：")), esc(a["ds"])))
    if a.get("author"):
        meta.append('<span><i class="iconfont icon-user"></i>%s%s</span>' % (esc(o.get("alabel", "作者：")), esc(a["author"])))
    if a.get("source"):
        meta.append('<span>来源：%s</span>' % esc(a["source"]))
    if o.get("photo"):
        meta.append('<span>摄影：%s</span>' % esc(o["photo"]))
    meta.append('<span><i class="iconfont icon-eye"></i>浏览量：<em class="hits" data-id="%d">0</em></span>' % a["artid"])
    rel = teasers(r, 4, before=a.get("crawl_date", a["date_for_chrome"]))
    cards = "\n".join('<div class="col-md-6"><a class="news-card" href="/news/%d.html"><div class="news-card-date"><span class="d">%s</span><span class="ym">%s</span></div><div class="news-card-body"><h4>%s</h4><p>%s</p></div></a></div>' % (
        a["artid"] - 2 - i, d[8:], d[:7], esc(t), esc(s)) for i, (t, d, s) in enumerate(rel))
    sub = '<p class="news-subtitle">%s</p>' % esc(a["sub"]) if a.get("sub") else ""
    kick = '<p class="news-kicker">%s</p>' % esc(a["kicker"]) if a.get("kicker") else ""
    footer_extra = ""
    if o.get("editor_lines"):
        footer_extra = '<div class="news-editor">%s</div>' % "&nbsp;&nbsp;".join(esc(x) for x in o["editor_lines"])
    return fill("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="[[decl]]">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[[ptitle]]</title>
<meta name="keywords" content="[[kw]]">
<meta name="description" content="[[desc]]">
<link href="/static/bootstrap/3.4.1/css/bootstrap.min.css" rel="stylesheet">
<link href="/static/css/iconfont.css" rel="stylesheet">
<link href="/static/css/main.css?v=20210315" rel="stylesheet">
<!--[if lt IE 9]><script src="/static/js/html5shiv.min.js"></script><script src="/static/js/respond.min.js"></script><![endif]-->
</head>
<body>
<div class="topbar hidden-xs"><div class="container"><span>[[hotline]]</span><span class="pull-right"><a href="/guahao/">预约挂号</a><a href="/baogao/">报告查询</a><a href="/en/">English</a></span></div></div>
<nav class="navbar navbar-default navbar-main"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#main-nav"><span class="sr-only">导航</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button><a class="navbar-brand" href="/"><img src="/static/images/logo.png" alt="[[site]]"></a></div>
<div class="collapse navbar-collapse" id="main-nav"><ul class="nav navbar-nav navbar-right"><li><a href="/">首页</a></li><li><a href="/about/">医院概况</a></li><li class="active"><a href="/news/">新闻中心</a></li><li><a href="/dept/">科室导航</a></li><li><a href="/doctor/">专家团队</a></li><li><a href="/ylt/">医联体</a></li><li><a href="/service/">就医服务</a></li><li><a href="/party/">党建文化</a></li></ul></div></div></nav>
<div class="page-banner" style="background-image:url(/static/images/banner-news.jpg)"><div class="container"><h2>新闻中心</h2><p>NEWS CENTER</p></div></div>
<div class="container page-main">
  <ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/news/">新闻中心</a></li><li class="active">[[col]]</li></ol>
  <div class="row">
    <div class="col-md-3 hidden-sm hidden-xs"><div class="side-menu"><h3>新闻中心</h3><ul><li><a href="/news/yyxw/">医院新闻</a></li><li class="on"><a href="/news/[[colpy]]/">[[col]]</a></li><li><a href="/news/mtjj/">媒体聚焦</a></li><li><a href="/news/tzgg/">通知公告</a></li><li><a href="/news/jkkp/">健康科普</a></li></ul></div>
      <div class="side-contact"><h4>联系我们</h4><p>[[addr]]</p><p>总机：[[tel]]</p></div></div>
    <div class="col-md-9">
      <div class="news-detail">
        [[kick]]
        <h2 class="news-title">[[title]]</h2>
        [[sub]]
        <div class="news-meta">[[meta]]</div>
        <div class="news-content article">
[[body]]
        </div>
        [[footer_extra]]
        <div class="news-share"><span>分享到：</span><a href="javascript:;" class="share-wx" title="微信"><i class="iconfont icon-weixin"></i></a><a href="javascript:;" class="share-wb" title="微博"><i class="iconfont icon-weibo"></i></a><a href="javascript:;" class="share-qq" title="QQ"><i class="iconfont icon-qq"></i></a></div>
        <div class="news-prevnext clearfix"><a class="pull-left" href="/news/[[pp]].html">上一篇：[[prev]]</a><a class="pull-right" href="/news/[[np]].html">下一篇：[[next]]</a></div>
      </div>
      <div class="news-related"><h3>相关新闻</h3><div class="row">
[[cards]]
      </div></div>
    </div>
  </div>
</div>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-8"><p>[[site]]　地址：[[addr]]</p><p>Copyright &copy; 2016-[[cy]] [[site]] 版权所有　<a href="https://beian.miit.gov.cn/" target="_blank">[[icp]]</a></p></div><div class="col-md-4 text-right"><img src="/static/images/wx-qr.jpg" width="90"><p>关注官方微信</p></div></div></div></footer>
<script src="/static/js/jquery.min.js"></script><script src="/static/bootstrap/3.4.1/js/bootstrap.min.js"></script>
<script>$(".hits").each(function(){var t=$(this);$.get("/api/hits?id="+t.data("id"),function(n){t.text(n)})});</script>
</body>
</html>
""", decl=a["decl"], ptitle=esc(a.get("ptitle", "%s_%s_%s" % (a["site"], "新闻中心", a["title"]))), kw=esc(a.get("kw", "")), desc=esc(a.get("desc", "")),
                hotline=esc(o.get("hotline", "")), site=esc(a["site"]), col=esc(a["col"]), colpy=a.get("colpy", "yyxw"), addr=esc(a.get("addr", "")),
                tel=a.get("tel", ""), kick=kick, title=esc(a["title"]), sub=sub, meta="".join(meta), body=body, footer_extra=footer_extra,
                pp=a["artid"] - 1, np=a["artid"] + 1, prev=esc(rel[0][0]), next=esc(rel[1][0]), cards=cards, cy=a.get("cy", a["date_for_chrome"][:4]),
                icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ Vue / Nuxt SSR page
def nuxt(a):
    r = _rnd(a)
    o = a.get("opt", {})
    items = parse_body(a["body"])
    body = render_body(items, style=o.get("style", "p"), seed=a["id"], img_base="https://oss.%s/upload/%s/" % (a["dom"], a["date_for_chrome"].replace("-", "")))
    rel = teasers(r, 4, before=a.get("crawl_date", a["date_for_chrome"]))
    state = {"layout": "default", "data": [{"detail": {"id": a["artid"], "title": a["title"], "publishTime": a.get("state_time", a["date_for_chrome"] + " 10:00:00"),
                                                      "source": a.get("source") or "", "author": a.get("author") or "", "viewCount": 1287, "columnName": a["col"]}}],
             "fetch": {}, "error": None, "serverRendered": True, "routePath": a["url"].split(a["dom"])[1]}
    relhtml = "\n".join('<li data-v-5c1f8e2a class="rel-item"><a data-v-5c1f8e2a href="/news/detail/%d">%s</a><span data-v-5c1f8e2a class="rel-date">%s</span></li>' % (
        a["artid"] - 1 - i, esc(t), d) for i, (t, d, s) in enumerate(rel))
    meta = []
    if a.get("ds"):
        meta.append('<span data-v-3a7b9d10 class="time">%s%s</span>' % (esc(a.get("dlabel", "")), esc(a["ds"])))
    if a.get("source"):
        meta.append('<span data-v-3a7b9d10 class="source">来源：%s</span>' % esc(a["source"]))
    if a.get("author"):
        meta.append('<span data-v-3a7b9d10 class="author">作者：%s</span>' % esc(a["author"]))
    meta.append('<span data-v-3a7b9d10 class="views">阅读 1287</span>')
    return fill("""<!doctype html>
<html data-n-head-ssr lang="zh-CN" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">
<head>
<title>[[ptitle]]</title><meta data-n-head="ssr" charset="[[decl]]"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="[[desc]]"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link rel="preload" href="/_nuxt/4f2a1c8.js" as="script"><link rel="preload" href="/_nuxt/9b0e7d3.js" as="script"><link rel="preload" href="/_nuxt/app.3c1a9e0.css" as="style"><link rel="stylesheet" href="/_nuxt/app.3c1a9e0.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-1e9f6b2c class="app-wrap">
<header data-v-1e9f6b2c class="site-header"><div data-v-1e9f6b2c class="inner"><a data-v-1e9f6b2c href="/" class="logo nuxt-link-active"><img data-v-1e9f6b2c src="/_nuxt/img/logo.8a2f.png" alt="[[site]]"></a><ul data-v-1e9f6b2c class="menu"><li data-v-1e9f6b2c><a data-v-1e9f6b2c href="/">首页</a></li><li data-v-1e9f6b2c><a data-v-1e9f6b2c href="/about">集团概况</a></li><li data-v-1e9f6b2c class="active"><a data-v-1e9f6b2c href="/news/list/[[colid]]">[[col]]</a></li><li data-v-1e9f6b2c><a data-v-1e9f6b2c href="/members">成员单位</a></li><li data-v-1e9f6b2c><a data-v-1e9f6b2c href="/service">便民服务</a></li></ul></div></header>
<main data-v-3a7b9d10 class="detail-page"><div data-v-3a7b9d10 class="crumbs"><a data-v-3a7b9d10 href="/">首页</a> / <a data-v-3a7b9d10 href="/news/list/[[colid]]">[[col]]</a> / <span data-v-3a7b9d10>详情</span></div>
<div data-v-3a7b9d10 class="detail-card"><div data-v-3a7b9d10 class="detail-title">[[title]]</div>
<div data-v-3a7b9d10 class="detail-meta">[[meta]]</div>
<div data-v-3a7b9d10 class="detail-content ql-editor">
[[body]]
</div>
<div data-v-3a7b9d10 class="detail-ops"><button data-v-3a7b9d10 type="button" class="el-button el-button--text"><span>返回列表</span></button></div></div>
<aside data-v-5c1f8e2a class="detail-aside"><h3 data-v-5c1f8e2a>相关推荐</h3><ul data-v-5c1f8e2a>
[[relhtml]]
</ul></aside></main>
<footer data-v-1e9f6b2c class="site-footer"><p data-v-1e9f6b2c>[[site]] 版权所有 ©[[cy]]</p><p data-v-1e9f6b2c><a data-v-1e9f6b2c href="https://beian.miit.gov.cn/" target="_blank">[[icp]]</a></p></footer>
</div></div></div><script>window.__NUXT__=[[state]];</script><script src="/_nuxt/4f2a1c8.js" defer></script><script src="/_nuxt/9b0e7d3.js" defer></script>
</body>
</html>
""", ptitle=esc(a.get("ptitle", a["title"])), decl=a["decl"], desc=esc(a.get("desc", "")), site=esc(a["site"]), colid=a.get("colid", 3),
                col=esc(a["col"]), title=esc(a["title"]), meta="".join(meta), body=body, relhtml=relhtml, cy=a["date_for_chrome"][:4],
                icp=esc(a.get("icp", "")), state=json.dumps(state, ensure_ascii=False).replace("</", "<\\/"))
