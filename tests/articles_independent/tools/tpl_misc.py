# -*- coding: utf-8 -*-
"""WeChat, mobile and odd-shaped pages (robustness cases)."""
import json
import random
from common import fill, esc, render_body, parse_body, teasers, today_banner, E


def _rnd(a):
    return random.Random(a["id"] + "m")


# ------------------------------------------------------------------ mp.weixin.qq.com article
def wechat(a):
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style="wx", seed=a["id"])
    author = '<span class="rich_media_meta rich_media_meta_text">%s</span>' % esc(a["author"]) if a.get("author") else ""
    pt = esc(o.get("publish_shown", ""))
    return fill("""<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="//res.wx.qq.com">
<link rel="dns-prefetch" href="//mmbiz.qpic.cn">
<link rel="shortcut icon" type="image/x-icon" href="//res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<meta name="description" content="[[desc]]" />
<meta name="author" content="[[author_meta]]" />
<meta property="og:title" content="[[title]]" />
<meta property="og:url" content="[[url]]" />
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/[[cover]]/0?wx_fmt=jpeg" />
<meta property="og:description" content="[[desc]]" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="og:article:author" content="[[author_meta]]" />
<meta property="twitter:card" content="summary" />
<meta property="twitter:title" content="[[title]]" />
<title>[[title]]</title>
<style>.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}.rich_media_meta_list{margin-bottom:22px;line-height:20px;font-size:15px}</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
  <div id="js_top_ad_area" class="top_banner"></div>
  <div class="rich_media_inner">
    <div id="page-content" class="rich_media_area_primary">
      <div class="rich_media_area_primary_inner">
        <div id="img-content" class="rich_media_wrp">
          <h1 class="rich_media_title " id="activity-name">
            [[title]]
          </h1>
          <div id="meta_content" class="rich_media_meta_list">
            [[author]]
            <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">[[nick]]</a></span>
            <span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp" style="display:none;"><span id="js_ip_wording"></span></span>
            <em id="publish_time" class="rich_media_meta rich_media_meta_text">[[pt]]</em>
          </div>
          <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
[[body]]
          </div>
          <div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
          <div id="js_tags" class="article-tag__list"></div>
        </div>
        <div class="rich_media_tool_area"><div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary" style="display:none;">阅读 <span id="readNum3"></span></div><div class="media_tool_meta meta_extra" id="js_like_btn"><span class="media_tool_meta_tips">在看</span></div></div>
        <div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
      </div>
    </div>
    <div id="js_cmt_area" class="rich_media_extra rich_media_extra_discuss" style="display:none"></div>
  </div>
</div>
<script type="text/javascript" nonce="1234567890">
    var appmsg_type = "9";
    var msg_title = '[[title_js]]'.html(false);
    var msg_desc = htmlDecode("[[desc]]");
    var nickname = htmlDecode("[[nick]]");
    var user_name = "gh_[[gh]]";
    var ct = "[[ct]]";
    var publish_time = "[[pubjs]]" || "";
    var createTime = '[[create]]';
    var biz = "[[biz]]"||"";
    var mid = "[[mid]]"||"";
    var idx = "1"||"";
</script>
<script nonce="1234567890" type="text/javascript">
    (function(){ var t = document.getElementById("publish_time"); if (t && !t.innerHTML) { var d = new Date(parseInt(ct,10)*1000); t.innerHTML = d.getFullYear()+"-"+("0"+(d.getMonth()+1)).slice(-2)+"-"+("0"+d.getDate()).slice(-2)+" "+("0"+d.getHours()).slice(-2)+":"+("0"+d.getMinutes()).slice(-2); } document.getElementById("js_content").style.visibility="visible"; })();
</script>
</body>
</html>
""", decl=a["decl"], desc=esc(a.get("desc", "")), author_meta=esc(a.get("author") or ""), title=esc(a["title"]), url=esc(a["url"]),
                cover=o.get("cover", "Q3auHgzwzM5x9bVvXq7Y6mYJ8k1aE0ib"), author=author, nick=esc(o["nick"]), pt=pt,
                title_js=a["title"].replace("'", "\\'"), gh=o.get("gh", "6a1f0b2c3d4e"), ct=o["ct"], pubjs=o.get("pubjs", ""),
                create=o.get("create", ""), biz=o.get("biz", "MzA3NTIxNzUwMQ=="), mid=o.get("mid", "2651234567"), body=body)


# ------------------------------------------------------------------ hospital CMS page reposting a WeChat article
def wx_repost(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style="wx", seed=a["id"])
    meta = []
    if a.get("ds"):
        meta.append('<span>%s%s</span>' % (esc(a.get("dlabel", "发布时间：")), esc(a["ds"])))
    if a.get("source"):
        meta.append('<span>来源：%s</span>' % esc(a["source"]))
    if a.get("author"):
        meta.append('<span>%s%s</span>' % (esc(o.get("alabel", "作者：")), esc(a["author"])))
    meta.append('<span>阅读：<i id="clicks">--</i></span>')
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    hot = "\n".join('<li><i>%d</i><a href="/html/%s/%d.html">%s</a></li>' % (i + 1, a.get("dir", "news"), a["artid"] - i - 2, esc(t)) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="[[decl]]">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>[[title]]-[[site]]</title>
<meta name="keywords" content="[[kw]]">
<link rel="stylesheet" href="/template/pc/skin/css/style.css">
<script src="/template/pc/skin/js/jquery.min.js"></script>
</head>
<body>
<div class="top-box"><div class="wrap"><a class="logo" href="/"><img src="/template/pc/skin/images/logo.png" alt="[[site]]"></a><div class="top-search"><input type="text" placeholder="搜索科室、医生、新闻"><button>搜索</button></div></div></div>
<div class="menu-box"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/about/">走进医院</a></li><li class="cur"><a href="/[[dir]]/">[[col]]</a></li><li><a href="/keshi/">科室导航</a></li><li><a href="/yisheng/">医生介绍</a></li><li><a href="/ylt/">医共体</a></li><li><a href="/dangjian/">党建园地</a></li></ul></div>
<div class="wrap page-wrap">
  <div class="page-left">
    <div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/[[dir]]/">[[col]]</a> &gt; 详情</div>
    <div class="art-box">
      <h1 class="art-title">[[title]]</h1>
      <div class="art-meta">[[meta]]</div>
      <div class="art-content"><div class="rich_media_content js_underline_content" id="js_content">
[[body]]
      </div></div>
      <div class="art-pn"><div>上一篇：<a href="/html/[[dir]]/[[pp]].html">[[prev]]</a></div><div>下一篇：<a href="/html/[[dir]]/[[np]].html">[[next]]</a></div></div>
    </div>
  </div>
  <div class="page-right"><div class="hot-box"><h3>热点新闻</h3><ul>
[[hot]]
  </ul></div><div class="wx-box"><img src="/template/pc/skin/images/wxqr.jpg"><p>扫码关注官方微信</p></div></div>
</div>
<div class="foot"><div class="wrap"><p>[[site]]　地址：[[addr]]　电话：[[tel]]</p><p>[[icp]]</p></div></div>
<script>$.get("/index.php?m=api&c=Ajax&a=arcclick&aid=[[artid]]",function(n){$("#clicks").text(n)});</script>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), kw=esc(a.get("kw", "")), dir=a.get("dir", "news"), col=esc(a["col"]),
                meta="".join(meta), body=body, pp=a["artid"] - 1, np=a["artid"] + 1, prev=esc(rel[0][0]), next=esc(rel[1][0]), hot=hot,
                addr=esc(a.get("addr", "")), tel=a.get("tel", ""), icp=esc(a.get("icp", "")), artid=a["artid"])


# ------------------------------------------------------------------ mobile page
def mobile(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "p"), seed=a["id"], img_base="/upload/m/%s/" % a["date_for_chrome"][:7].replace("-", ""))
    variant = o.get("variant", "gov")
    if variant == "badge":
        info = '<div class="m-date"><span class="md">%s</span><span class="yy">%s</span></div>' % (esc(o["badge_day"]), esc(o["badge_ym"]))
        if a.get("source"):
            info += '<div class="m-src">来源：%s</div>' % esc(a["source"])
    else:
        bits = []
        if a.get("ds"):
            bits.append('<span class="m-time">%s%s</span>' % (esc(a.get("dlabel", "")), esc(a["ds"])))
        if a.get("source"):
            bits.append('<span class="m-src">来源:%s</span>' % esc(a["source"]))
        if a.get("author"):
            bits.append('<span class="m-au">作者:%s</span>' % esc(a["author"]))
        info = '<div class="m-info">%s</div>' % " ".join(bits)
    rel = teasers(r, 3, before=a.get("crawl_date", a["date_for_chrome"]))
    more = "\n".join('<a class="m-more-item" href="/m/view/%d.html"><p>%s</p><span>%s</span></a>' % (a["artid"] - 1 - i, esc(t), d) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE html>
<html>
<head>
<meta charset="[[decl]]">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no" />
<meta name="format-detection" content="telephone=no" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<title>[[ptitle]]</title>
<link rel="stylesheet" href="/m/css/mui.min.css">
<link rel="stylesheet" href="/m/css/m-style.css?v=3">
</head>
<body>
<header class="mui-bar mui-bar-nav"><a class="mui-action-back mui-icon mui-icon-left-nav mui-pull-left"></a><h1 class="mui-title">[[bar]]</h1><a class="mui-icon mui-icon-home mui-pull-right" href="/m/"></a></header>
<div class="mui-content">
  <div class="m-article">
    <div class="m-title">[[title]]</div>
    [[info]]
    <div class="m-body article-body">
[[body]]
    </div>
    <div class="m-tools"><span class="m-zan">点赞</span><span class="m-share">分享</span></div>
  </div>
  <div class="m-more"><div class="m-more-t">更多资讯</div>
[[more]]
  </div>
  <div class="m-foot"><a href="/m/">手机版</a> | <a href="[[pc]]">电脑版</a><p>[[site]]</p></div>
</div>
<nav class="mui-bar mui-bar-tab"><a class="mui-tab-item" href="/m/"><span class="mui-icon mui-icon-home"></span><span class="mui-tab-label">首页</span></a><a class="mui-tab-item mui-active" href="/m/list/"><span class="mui-icon mui-icon-list"></span><span class="mui-tab-label">资讯</span></a><a class="mui-tab-item" href="/m/service/"><span class="mui-icon mui-icon-phone"></span><span class="mui-tab-label">服务</span></a><a class="mui-tab-item" href="/m/my/"><span class="mui-icon mui-icon-contact"></span><span class="mui-tab-label">我的</span></a></nav>
<script src="/m/js/mui.min.js"></script>
</body>
</html>
""", decl=a["decl"], ptitle=esc(a.get("ptitle", a["title"])), bar=esc(o.get("bar", "新闻详情")), title=esc(a["title"]), info=info, body=body,
                more=more, pc=a.get("pc", "/"), site=esc(a["site"]))


# ------------------------------------------------------------------ generic <title>新闻详情</title> pages
def generic_title(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "ue"), seed=a["id"], img_base="/upload/news/")
    if o.get("span_title"):
        th = '<div class="bt_box"><span class="bt">%s</span></div>' % esc(a["title"])
    else:
        th = '<div class="news_title">%s</div>' % esc(a["title"])
    bits = []
    if a.get("ds"):
        bits.append("%s%s" % (esc(a.get("dlabel", "")), esc(a["ds"])))
    if a.get("source"):
        bits.append("来源：%s" % esc(a["source"]))
    if a.get("author"):
        bits.append("%s%s" % (esc(o.get("alabel", "作者：")), esc(a["author"])))
    if o.get("extra_bits"):
        bits.extend(esc(x) for x in o["extra_bits"])
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    lst = "\n".join('<li><a href="newsDetail.html?id=%d"><span class="t">%s</span><span class="d">%s</span></a><p class="s">%s</p></li>' % (
        a["artid"] - 1 - i, esc(t), d, esc(s)) for i, (t, d, s) in enumerate(rel[:3]))
    return fill("""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>[[gt]]</title>
<link rel="stylesheet" href="css/layui.css">
<link rel="stylesheet" href="css/common.css">
<script src="js/jquery-3.4.1.min.js"></script>
<script src="js/common.js"></script>
</head>
<body>
<div id="header"><div class="header-inner"><div class="logo"><img src="images/logo.png"><span>[[site]]</span></div><ul class="nav-ul"><li><a href="index.html">首页</a></li><li><a href="about.html">机构简介</a></li><li class="active"><a href="newsList.html?type=1">[[col]]</a></li><li><a href="newsList.html?type=2">通知公告</a></li><li><a href="members.html">成员单位</a></li><li><a href="contact.html">联系我们</a></li></ul></div></div>
<div class="main-box">
  <div class="location">当前位置：<a href="index.html">首页</a> &gt; <a href="newsList.html?type=1">[[col]]</a> &gt; 新闻详情</div>
  <div class="detail-box" id="detailBox">
    [[th]]
    <div class="news_info">[[bits]]</div>
    <div class="news_content" id="newsContent">
[[body]]
    </div>
    <div class="btn-back"><a href="javascript:history.go(-1);">返回</a></div>
  </div>
  <div class="side-box"><div class="side-t">推荐阅读</div><ul class="side-list">
[[lst]]
  </ul></div>
</div>
<div id="footer"><p>[[site]] 版权所有</p><p>[[icp]]</p></div>
<script>
  var id = getQueryString("id") || "[[artid]]";
  $.ajax({ url: "/api/news/hits", data: { id: id }, type: "post" });
</script>
</body>
</html>
""", decl=a["decl"], gt=esc(o.get("generic", "新闻详情")), site=esc(a["site"]), col=esc(a["col"]), th=th, bits="&nbsp;&nbsp;&nbsp;&nbsp;".join(bits),
                body=body, lst=lst, icp=esc(a.get("icp", "")), artid=a["artid"])


# ------------------------------------------------------------------ print_area (hospital, 2016)
def print_area(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "span"), seed=a["id"], img_base="/Upload/201606/")
    rel = teasers(r, 5, before=a.get("crawl_date", a["date_for_chrome"]))
    lst = "\n".join('<li><a href="/News/Show.aspx?id=%d">%s</a></li>' % (a["artid"] - 4 - i, esc(t)) for i, (t, d, s) in enumerate(rel))
    meta = []
    if a.get("ds"):
        meta.append("%s%s" % (esc(a.get("dlabel", "发布时间：")), esc(a["ds"])))
    if a.get("author"):
        meta.append("撰稿：%s" % esc(a["author"]))
    if a.get("source"):
        meta.append("来源：%s" % esc(a["source"]))
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]" />
<title>[[title]]_[[site]]</title>
<link href="/css/inner.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
function doPrint() { var bdhtml = window.document.body.innerHTML; var sprnstr = "<!--startprint-->"; var eprnstr = "<!--endprint-->"; var prnhtml = bdhtml.substr(bdhtml.indexOf(sprnstr) + 17); prnhtml = prnhtml.substring(0, prnhtml.indexOf(eprnstr)); window.document.body.innerHTML = prnhtml; window.print(); }
</script>
</head>
<body>
<div class="head"><div class="head_in"><img src="/images/logo.jpg" /><div class="head_r">急诊电话：[[tel]]</div></div></div>
<div class="menu"><a href="/">首 页</a><a href="/About/">医院概况</a><a href="/News/">新闻动态</a><a href="/Dept/">科室介绍</a><a href="/Expert/">专家介绍</a><a href="/Guide/">就医指南</a><a href="/Union/">医联体</a></div>
<div class="inner">
  <div class="inner_l"><div class="l_tit">新闻动态</div><ul class="l_list">
[[lst]]
  </ul></div>
  <div class="inner_r">
    <div class="r_pos">您的位置：<a href="/">首页</a> &gt; <a href="/News/">新闻动态</a> &gt; [[col]]</div>
    <div id="print_area">
<!--startprint-->
      <div class="show_tit">[[title]]</div>
      <div class="show_info">[[meta]]</div>
      <div class="show_con">
[[body]]
      </div>
<!--endprint-->
    </div>
    <div class="show_tool"><a href="javascript:doPrint();">打印本页</a> | <a href="javascript:window.close();">关闭窗口</a></div>
  </div>
</div>
<div class="foot">[[site]] 版权所有 &copy; [[cy]]　地址：[[addr]]　[[icp]]</div>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), tel=a.get("tel", ""), lst=lst, col=esc(a["col"]), meta="　".join(meta),
                body=body, cy=a.get("cy", a["date_for_chrome"][:4]), addr=esc(a.get("addr", "")), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ share-content theme (2023)
def share_content(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "p_indent"), seed=a["id"], img_base="/static/upload/image/%s/" % a["date_for_chrome"].replace("-", ""))
    rel = teasers(r, 4, before=a.get("crawl_date", a["date_for_chrome"]))
    tjs = "\n".join('<div class="tj-card"><a href="/news/%d.html"><h5>%s</h5><p>%s</p><time>%s</time></a></div>' % (a["artid"] - 3 - i, esc(t), esc(s), d) for i, (t, d, s) in enumerate(rel))
    return fill("""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="[[decl]]">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>[[title]]-[[site]]</title>
<meta name="keywords" content="[[kw]]">
<meta name="description" content="[[desc]]">
<link rel="stylesheet" href="/template/default/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/template/default/css/aoyun.css?v=v3.2.4">
<link rel="stylesheet" href="/template/default/font-awesome-4.7.0/css/font-awesome.min.css">
</head>
<body>
<nav class="navbar navbar-light bg-light fixed-top navbar-expand-lg shadow-sm"><div class="container"><a class="navbar-brand my-1" href="/"><img src="/static/upload/image/logo.png" class="logo-sm-height" height="50"></a><div class="collapse navbar-collapse justify-content-end" id="navbarNav"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">首页</a></li><li class="nav-item"><a class="nav-link" href="/about/">中心简介</a></li><li class="nav-item active"><a class="nav-link" href="/news/">[[col]]</a></li><li class="nav-item"><a class="nav-link" href="/members/">成员医院</a></li><li class="nav-item"><a class="nav-link" href="/contact/">联系我们</a></li></ul></div></div></nav>
<div class="head-sm-height"></div>
<div class="container pages">
  <div class="position mb-3"><i class="fa fa-home" aria-hidden="true"></i> 当前位置：<a href="/">首页</a>&gt;<a href="/news/">[[col]]</a></div>
  <h2 class="text-center fs-sm-28 fs-32 mt-3">[[title]]</h2>
  <div class="text-center border-bottom text-secondary pb-2 mb-3">[[infoline]]</div>
  <div class="share-content">
[[body]]
  </div>
  <div class="text-secondary lh-3">本文标签：<a href="/tag/医联体" class="mr-2">医联体</a></div>
  <div class="social-share mt-3" data-initialized="true"><a href="#" class="social-share-icon icon-wechat">微信</a><a href="#" class="social-share-icon icon-weibo">微博</a><a href="#" class="social-share-icon icon-qq">QQ</a></div>
  <div class="text-secondary lh-3 mt-3"><div>上一篇：<a href="/news/[[pp]].html">[[prev]]</a></div><div>下一篇：<a href="/news/[[np]].html">[[next]]</a></div></div>
  <h5 class="mt-4 border-bottom pb-2">相关推荐</h5>
  <div class="tj-list">
[[tjs]]
  </div>
</div>
<div class="footer mt-3 pt-5 border-top text-secondary bg-light"><div class="container"><p>[[site]]　Copyright © 2018-[[cy]]　<a href="https://beian.miit.gov.cn/" target="_blank">[[icp]]</a></p></div></div>
<script src="/template/default/js/jquery-1.12.4.min.js"></script><script src="/template/default/bootstrap/js/bootstrap.min.js"></script><script src="/template/default/js/share.min.js"></script>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), kw=esc(a.get("kw", "")), desc=esc(a.get("desc", "")), col=esc(a["col"]),
                infoline=a["infoline_html"], body=body, pp=a["artid"] - 1, np=a["artid"] + 1, prev=esc(rel[0][0]), next=esc(rel[1][0]), tjs=tjs,
                cy=a["date_for_chrome"][:4], icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ JSON-LD NewsArticle + <time>
def jsonld_news(a):
    r = _rnd(a)
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "p"), seed=a["id"], img_base="https://img.%s/news/%s/" % (a["dom"], a["date_for_chrome"][:4]))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": o["ld_pub"],
          "dateModified": o.get("ld_mod", o["ld_pub"]), "author": {"@type": "Organization", "name": a.get("ld_author", a["site"])},
          "publisher": {"@type": "Organization", "name": a["site"], "logo": {"@type": "ImageObject", "url": "https://%s/static/logo.png" % a["dom"]}},
          "mainEntityOfPage": a["url"]}
    rel = teasers(r, 4, before=a.get("crawl_date", a["date_for_chrome"]))
    more = "\n".join('<article class="card"><h3><a href="/news/%d">%s</a></h3><time datetime="%s">%s</time><p>%s</p></article>' % (
        a["artid"] - 1 - i, esc(t), d, d, esc(s)) for i, (t, d, s) in enumerate(rel))
    byline = []
    if o.get("time_text"):
        byline.append('<time class="pubtime" datetime="%s">%s</time>' % (o.get("time_attr", o["ld_pub"]), esc(o["time_text"])))
    if a.get("source"):
        byline.append('<span class="src">来源：%s</span>' % esc(a["source"]))
    if a.get("author"):
        byline.append('<span class="au">%s%s</span>' % (esc(o.get("alabel", "作者：")), esc(a["author"])))
    kick = '<p class="kicker">%s</p>' % esc(a["kicker"]) if a.get("kicker") else ""
    sub = '<p class="subtitle">%s</p>' % esc(a["sub"]) if a.get("sub") else ""
    return fill("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="[[decl]]">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[[title]] | [[site]]</title>
<link rel="canonical" href="[[url]]">
<meta property="og:type" content="article">
<meta property="og:title" content="[[title]]">
<meta property="article:published_time" content="[[pub]]">
<script type="application/ld+json">[[ld]]</script>
<link rel="stylesheet" href="/assets/css/site.min.css">
</head>
<body class="news-detail">
<header class="hd"><div class="wrap"><a class="brand" href="/">[[site]]</a><nav><a href="/">首页</a><a href="/news">新闻资讯</a><a href="/members">成员单位</a><a href="/telemed">远程医疗</a><a href="/about">关于我们</a></nav></div></header>
<main class="wrap">
  <nav class="crumb" aria-label="breadcrumb"><a href="/">首页</a> › <a href="/news">新闻资讯</a> › 正文</nav>
  <article class="post">
    <header>
      [[kick]]
      <h1>[[title]]</h1>
      [[sub]]
      <div class="byline">[[byline]]</div>
    </header>
    <section class="post-body" itemprop="articleBody">
[[body]]
    </section>
    <footer class="post-foot"><div class="share">分享到：<button data-to="wechat">微信</button><button data-to="weibo">微博</button></div></footer>
  </article>
  <section class="more"><h2>更多新闻</h2>
[[more]]
  </section>
</main>
<footer class="ft"><div class="wrap">© [[cy]] [[site]]　<a href="https://beian.miit.gov.cn/">[[icp]]</a></div></footer>
</body>
</html>
""", decl=a["decl"], title=esc(a["title"]), site=esc(a["site"]), url=a["url"], pub=o["ld_pub"], ld=json.dumps(ld, ensure_ascii=False),
                kick=kick, sub=sub, byline=" ".join(byline), body=body, more=more, cy=o.get("cy", a["date_for_chrome"][:4]), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ old static page: title only in <title> + bold line
def static_old(a):
    o = a.get("opt", {})
    body = render_body(parse_body(a["body"]), style=o.get("style", "p"), seed=a["id"], img_base="images/")
    dl = ""
    if a.get("ds"):
        dl = '<p align="center"><font size="2">%s</font></p>' % esc(a["ds"])
    return fill("""<html>
<head>
<meta http-equiv="Content-Language" content="zh-cn">
<meta http-equiv="Content-Type" content="text/html; charset=[[decl]]">
<title>[[ptitle]]</title>
<link rel="stylesheet" type="text/css" href="../css.css">
</head>
<body topmargin="0">
<div align="center">
<table border="0" width="760" cellspacing="0" cellpadding="0">
<tr><td><img border="0" src="../images/top.gif" width="760" height="100"></td></tr>
<tr><td bgcolor="#006699" height="24"><font color="#FFFFFF">　<a href="../index.htm"><font color="#FFFFFF">首页</font></a>　<a href="../yyjj.htm"><font color="#FFFFFF">医院简介</font></a>　<a href="../xwdt.htm"><font color="#FFFFFF">新闻动态</font></a>　<a href="../ksjs.htm"><font color="#FFFFFF">科室介绍</font></a>　<a href="../lxwm.htm"><font color="#FFFFFF">联系我们</font></a></font></td></tr>
<tr><td style="padding:15px 30px;" align="left">
<p align="center"><b><font size="4">[[boldtitle]]</font></b></p>
[[dl]]
[[body]]
<p>　</p>
<p align="center"><a href="../xwdt.htm">返回新闻动态</a></p>
</td></tr>
<tr><td bgcolor="#EEEEEE" height="50" align="center"><font size="2">[[site]]　版权所有　地址：[[addr]]<br>[[icp]]</font></td></tr>
</table>
</div>
</body>
</html>
""", decl=a["decl"], ptitle=esc(a["ptitle"]), boldtitle=esc(a["title"]), dl=dl, body=body, site=esc(a["site"]), addr=esc(a.get("addr", "")), icp=esc(a.get("icp", "")))
