# -*- coding: utf-8 -*-
"""Non-article pages: column lists, search results, soft 404, login, site map, 专题, frameset, …"""
import random
from common import fill, esc, TEASERS, today_banner, E

LIST_TITLES = [
    "市卫生健康委召开城市医疗集团建设工作调度会", "我市启动基层卫生人才“县管乡用”改革试点", "全市家庭医生签约服务培训班开班",
    "市中心医院医疗集团新增三家社区成员单位", "关于开展2024年度医疗机构依法执业自查工作的通知", "市卫生健康委开展医疗机构消防安全检查",
    "全市县域医共体建设现场观摩会召开", "我市新增两个省级临床重点专科", "市妇幼保健院牵头组建危重新生儿救治联盟",
    "市卫生健康委与市医保局联合调研医共体医保支付改革", "全市卫生健康系统开展“清廉医院”建设推进活动", "我市远程医疗服务量同比增长三成",
    "市第二人民医院专科联盟年会召开", "关于公布2024年第一批乡村医生执业注册名单的公告", "市卫生健康委开展“服务百姓健康行动”义诊周活动",
    "全市基层医疗卫生机构绩效考核结果通报", "我市启动老年人健康体检专项行动", "市人民医院胸痛中心区域救治网络覆盖全部县区",
    "市卫生健康委召开安全生产和信访稳定工作会议", "全市中医药适宜技术推广培训班举办", "关于做好2024年夏季高温中暑防治工作的通知",
    "市疾控中心开展登革热防控督导", "我市6家乡镇卫生院通过“优质服务基层行”评审", "市卫生健康委党组理论学习中心组召开专题学习会",
    "城市医疗集团“联合病房”在社区开放", "全市急诊急救技能竞赛圆满落幕", "市卫生健康委开展行风建设专项检查",
]


def _dates(rnd, n, start, end):
    import datetime
    s = datetime.date.fromisoformat(start)
    e = datetime.date.fromisoformat(end)
    span = (e - s).days
    ds = sorted((s + datetime.timedelta(days=rnd.randint(0, span)) for _ in range(n)), reverse=True)
    return [d.isoformat() for d in ds]


# ------------------------------------------------------------------ TRS column list with createPageHTML
def non_trs_list(a):
    r = random.Random(a["key"])
    titles = LIST_TITLES[:]
    r.shuffle(titles)
    ds = _dates(r, 20, "2024-01-05", "2024-06-20")
    lis = "\n".join('<li><a href="./%s/t%s_%d.html" target="_blank" title="%s">%s</a><span>%s</span></li>' % (
        d[:7].replace("-", ""), d.replace("-", ""), 3400000 + i * 173, esc(t), esc(t), d) for i, (t, d) in enumerate(zip(titles, ds)))
    return fill("""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="[[site]]" />
<meta name="SiteDomain" content="[[dom]]" />
<meta name="ColumnName" content="工作动态" />
<meta name="ColumnType" content="工作动态" />
<title>工作动态-[[site]]</title>
<link href="../../images/list.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../images/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1200"><span>[[banner]]</span><span class="fr"><a href="javascript:;">无障碍</a> | <a href="javascript:;">繁體</a></span></div></div>
<div class="header"><div class="w1200"><img src="../../images/logo.png" alt="[[site]]" /></div></div>
<div class="nav"><ul class="w1200"><li><a href="../../">首页</a></li><li class="on"><a href="../">新闻中心</a></li><li><a href="../../xxgk/">信息公开</a></li><li><a href="../../zwfw/">政务服务</a></li><li><a href="../../hdjl/">互动交流</a></li></ul></div>
<div class="w1200 main">
<div class="left"><div class="left_t">新闻中心</div><ul class="left_nav"><li class="on"><a href="./">工作动态</a></li><li><a href="../tzgg/">通知公告</a></li><li><a href="../xsqdt/">县市区动态</a></li><li><a href="../mtjj/">媒体聚焦</a></li></ul></div>
<div class="right">
<div class="position">当前位置：<a href="../../">首页</a> &gt; <a href="../">新闻中心</a> &gt; 工作动态</div>
<ul class="list_ul">
[[lis]]
</ul>
<div class="page"><script type="text/javascript">
var currentPage = 2;var countPage = 37
//共37页
createPageHTML(countPage, currentPage-1, "index", "html");
</script></div>
</div>
</div>
<div class="footer"><p>主办单位：[[site]]　网站标识码：[[bsm]]</p><p>[[icp]]</p></div>
</body>
</html>
""", site=esc(a["site"]), dom=a["dom"], banner=today_banner("2024-06-24"), lis=lis, bsm=a.get("bsm", ""), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ VSB hospital news list with teaser summaries
def non_vsb_list(a):
    r = random.Random(a["key"])
    items = [t for t in TEASERS if "2021" <= t[1] <= "2024-05"]
    r.shuffle(items)
    items = sorted(items[:12], key=lambda x: x[1], reverse=True)
    lis = "\n".join('<li id="line_u7_%d"><a href="../info/1021/%d.htm"><div class="pic"><img src="/__local/B/3A/%d.jpg" /></div><div class="txt"><h3>%s</h3><p>%s</p><span class="time">%s</span></div></a></li>' % (
        i, 13400 - i * 7, 40 + i, esc(t), esc(s), d) for i, (t, d, s) in enumerate(items))
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<TITLE>医院动态-[[site]]</TITLE>
<META Name="keywords" Content="[[site]],医院动态" />
<link href="../dfiles/16221/style/common.css" rel="stylesheet" type="text/css" />
<!--Announced by Visual SiteBuilder 9-->
<script language="javascript" src="/system/resource/js/dynclicks.js"></script>
</head>
<body>
<div class="top"><div class="wrap"><img src="../images/logo.png" /></div></div>
<div class="nav"><ul class="wrap"><li><a href="../index.htm">首页</a></li><li class="on"><a href="../xwzx.htm">新闻中心</a></li><li><a href="../ksdh.htm">科室导航</a></li><li><a href="../zjjs.htm">专家介绍</a></li></ul></div>
<div class="wrap main">
<div class="left"><div class="lm_name">新闻中心</div><ul class="lm_list"><li class="on"><a href="yydt.htm">医院动态</a></li><li><a href="mtbd.htm">媒体报道</a></li><li><a href="tzgg.htm">通知公告</a></li></ul></div>
<div class="right"><div class="dqwz">当前位置: <a href="../index.htm">首页</a> &gt;&gt; <a href="../xwzx.htm">新闻中心</a> &gt;&gt; 医院动态</div>
<ul class="news_list">
[[lis]]
</ul>
<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共156条</span> <span class="p_pages"><span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span><span class="p_no_d">1</span><span class="p_no"><a href="yydt/12.htm">2</a></span><span class="p_no"><a href="yydt/11.htm">3</a></span><span class="p_dot">...</span><span class="p_no"><a href="yydt/1.htm">13</a></span><span class="p_next p_fun"><a href="yydt/12.htm">下页</a></span><span class="p_last p_fun"><a href="yydt/1.htm">尾页</a></span></span></div>
</div></div>
<div class="foot"><div class="wrap">版权所有 &copy; [[site]]　[[icp]]</div></div>
</body>
</html>
""", site=esc(a["site"]), lis=lis, icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ search results
def non_search(a):
    r = random.Random(a["key"])
    items = [t for t in TEASERS]
    r.shuffle(items)
    res = []
    for i, (t, d, s) in enumerate(items[:10]):
        tt = esc(t).replace("医联体", "<em>医联体</em>").replace("医疗集团", "<em>医疗</em>集团")
        ss = esc(s[:70]).replace("医联体", "<em>医联体</em>")
        res.append('<div class="result"><h3><a href="http://%s/wsjkw/content.jsp?id=%d" target="_blank">%s</a></h3><p class="abs">%s…</p><p class="info"><span class="url">http://%s/wsjkw/content.jsp?id=%d</span><span class="date">%s</span></p></div>' % (
            a["dom"], 2900000 + i * 311, tt, ss, a["dom"], 2900000 + i * 311, d))
    return fill("""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>站内搜索-[[site]]</title>
<link rel="stylesheet" href="/wsjkw/resources/css/search.css" />
<script src="/wsjkw/resources/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="s-head"><div class="w"><a href="/"><img src="/wsjkw/resources/images/logo_s.png" alt="[[site]]" /></a>
<form action="/search/search.jsp" method="get"><input type="text" name="keyword" value="医联体" class="s-input" /><select name="scope"><option value="all">全部</option><option value="title">标题</option><option value="content">正文</option></select><input type="submit" value="搜索" class="s-btn" /></form></div></div>
<div class="w s-main">
<div class="s-left"><dl><dt>按栏目</dt><dd><a href="?keyword=医联体&col=gzdt">工作动态（21）</a></dd><dd><a href="?keyword=医联体&col=tzgg">通知公告（9）</a></dd><dd><a href="?keyword=医联体&col=zcwj">政策文件（8）</a></dd></dl>
<dl><dt>按时间</dt><dd><a href="?keyword=医联体&time=week">一周内</a></dd><dd><a href="?keyword=医联体&time=month">一月内</a></dd><dd><a href="?keyword=医联体&time=year">一年内</a></dd></dl></div>
<div class="s-right">
<div class="s-count">为您找到与“<em>医联体</em>”相关的结果约 <b>38</b> 条，用时 0.06 秒</div>
<div class="s-sort">排序：<a class="on" href="?keyword=医联体&sort=score">按相关度</a> | <a href="?keyword=医联体&sort=time">按时间</a></div>
[[res]]
<div class="s-page"><span class="cur">1</span><a href="?keyword=医联体&page=2">2</a><a href="?keyword=医联体&page=3">3</a><a href="?keyword=医联体&page=4">4</a><a href="?keyword=医联体&page=2">下一页</a></div>
</div></div>
<div class="s-foot">[[site]]　[[icp]]</div>
</body>
</html>
""", site=esc(a["site"]), res="\n".join(res), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ soft 404 inside Hanweb chrome (article-looking URL)
def non_soft404(a):
    return fill("""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>[[site]]</title>
<link rel="stylesheet" href="/images/blue/style.css" type="text/css">
<script language="javascript" src="/script/jquery.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="30" class="top_bg">[[banner]]</td></tr>
  <tr><td><img src="/images/blue/banner.jpg" width="1000" height="150" /></td></tr>
  <tr><td height="40" class="nav_bg"><a href="/">首页</a>　<a href="/col/col1229123001/index.html">卫健要闻</a>　<a href="/col/col1229123002/index.html">信息公开</a>　<a href="/col/col1229123003/index.html">办事服务</a>　<a href="/col/col1229123004/index.html">互动交流</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="35" class="weizhi">当前位置：<a href="/">首页</a></td></tr>
  <tr><td align="center" style="padding:80px 0;">
    <img src="/images/404.png" width="200" /><br /><br />
    <span style="font-size:20px;color:#b50000;">对不起，您访问的页面不存在或已被删除！</span><br /><br />
    <span style="color:#666;">可能原因：网址有误、页面已过期或信息已撤销。页面将在 <b id="sec">5</b> 秒后自动跳转到<a href="/">网站首页</a>。</span><br /><br />
    <a href="/">返回首页</a>　|　<a href="javascript:history.back();">返回上一页</a>　|　<a href="/col/col1229123099/index.html">网站地图</a>
  </td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td align="center" height="90">[[site]]版权所有　网站标识码：[[bsm]]　<a href="https://beian.miit.gov.cn">[[icp]]</a>　技术支持：南京大汉网络有限公司</td></tr>
</table>
<script>var s=5;setInterval(function(){s--;document.getElementById("sec").innerHTML=s;if(s<=0)location.href="/";},1000);</script>
</body>
</html>
""", site=esc(a["site"]), banner=today_banner("2025-02-18"), bsm=a.get("bsm", ""), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ login page (Vue app with server shell)
def non_login(a):
    return fill("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" href="/favicon.ico">
<title>[[site]]</title>
<link href="/static/css/chunk-vendors.5f1e2a.css" rel="stylesheet">
<link href="/static/css/app.9c3d7b.css" rel="stylesheet">
</head>
<body>
<noscript><strong>很抱歉，本平台需要启用JavaScript才能正常使用，请启用后重试。</strong></noscript>
<div id="app"><div class="login-page">
<div class="login-left"><h1>[[site]]</h1><p>远程会诊 · 远程影像 · 远程心电 · 远程教学</p><p class="desc">覆盖全州16个县（市）人民医院、212个乡镇卫生院</p></div>
<div class="login-box">
<h2>用户登录</h2>
<form class="el-form" autocomplete="off">
<div class="el-form-item"><label>账号</label><input type="text" placeholder="请输入用户名/手机号" class="el-input__inner"></div>
<div class="el-form-item"><label>密码</label><input type="password" placeholder="请输入密码" class="el-input__inner"></div>
<div class="el-form-item code"><label>验证码</label><input type="text" placeholder="请输入验证码" class="el-input__inner"><img src="/api/captcha?t=1718000000" alt="验证码"></div>
<div class="el-form-item"><label class="el-checkbox"><input type="checkbox"> 记住密码</label><a class="forget" href="#/forget">忘记密码？</a></div>
<button type="button" class="el-button el-button--primary login-btn"><span>登 录</span></button>
<p class="tips">首次登录请联系本单位平台管理员开通账号　咨询电话：[[tel]]</p>
</form>
<div class="download">下载移动端：<a href="/app/android.apk">Android</a> | <a href="https://apps.apple.com/">iOS</a></div>
</div>
</div></div>
<div class="login-foot">主办：[[org]]　技术支持：[[tech]]　[[icp]]</div>
<script src="/static/js/chunk-vendors.1b7e4c.js"></script><script src="/static/js/app.6a2f9d.js"></script>
</body>
</html>
""", site=esc(a["site"]), tel=a.get("tel", ""), org=esc(a.get("org", "")), tech=esc(a.get("tech", "")), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ site map
def non_sitemap(a):
    cols = [("政务公开", ["政府信息公开指南", "政府信息公开目录", "政府信息公开年报", "依申请公开", "政策文件", "政策解读", "人事信息", "财政预决算"]),
            ("新闻中心", ["工作动态", "乡镇动态", "部门动态", "图片新闻", "通知公告", "媒体关注"]),
            ("政务服务", ["办事指南", "便民服务", "网上办事大厅", "证照查询", "公共服务事项清单"]),
            ("互动交流", ["县长信箱", "在线访谈", "征集调查", "常见问题", "12345热线"]),
            ("专题专栏", ["医共体建设", "乡村振兴", "优化营商环境", "安全生产", "文明城市创建", "河长制"])]
    blocks = "\n".join('<div class="map-block"><h3><a href="/%s/">%s</a></h3><ul>%s</ul></div>' % (
        "c%d" % i, esc(c), "".join('<li><a href="/c%d/s%d/">%s</a></li>' % (i, j, esc(x)) for j, x in enumerate(subs))) for i, (c, subs) in enumerate(cols))
    return fill("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>网站地图_[[site]]</title>
<meta name="SiteName" content="[[site]]">
<meta name="ColumnName" content="网站地图">
<link rel="stylesheet" href="/ucap/site/css/base.css">
</head>
<body>
<div class="header"><div class="wrap"><img src="/ucap/site/images/logo.png" alt="[[site]]"></div>
<div class="nav"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="wrap">
<div class="position">当前位置：<a href="/">首页</a> &gt; 网站地图</div>
<div class="sitemap">
[[blocks]]
</div>
</div>
<div class="footer"><div class="wrap"><p>主办单位：[[site]]办公室　网站标识码：[[bsm]]　[[icp]]</p></div></div>
</body>
</html>
""", site=esc(a["site"]), blocks=blocks, bsm=a.get("bsm", ""), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ 专题 landing page with many teasers
def non_zhuanti(a):
    r = random.Random(a["key"])
    items = TEASERS[:]
    r.shuffle(items)
    top = items[0]
    teas = "\n".join('<div class="zt-item"><h4><a href="./%s/t%s_%d.html">%s</a></h4><p>%s</p><span>%s</span></div>' % (
        d[:7].replace("-", ""), d.replace("-", ""), 5100000 + i, esc(t), esc(s), d) for i, (t, d, s) in enumerate(items[1:9]))
    lis = "\n".join('<li><a href="./%s/t%s_%d.html">%s</a><span>%s</span></li>' % (
        d[:7].replace("-", ""), d.replace("-", ""), 5200000 + i, esc(t), d) for i, (t, d, s) in enumerate(items[9:19]))
    return fill("""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="ColumnName" content="紧密型县域医共体建设专题" />
<title>紧密型县域医共体建设专题-[[site]]</title>
<link rel="stylesheet" href="../../images/zt_ygt.css" />
</head>
<body>
<div class="zt-banner"><img src="../../images/zt_ygt_banner.jpg" alt="紧密型县域医共体建设" /><h1>推进紧密型县域医共体建设　让群众就近享有优质医疗服务</h1></div>
<div class="zt-nav"><a href="./">专题首页</a><a href="./zcwj/">政策文件</a><a href="./gzdt/">工作动态</a><a href="./dxjy/">典型经验</a><a href="./mtbd/">媒体报道</a><a href="./tjjd/">图解解读</a></div>
<div class="zt-wrap">
<div class="zt-focus"><a href="./gzdt/202403/t20240311_5099812.html"><img src="../../images/zt_focus1.jpg" /></a><div class="zt-focus-txt"><h2>[[top_t]]</h2><p>[[top_s]]</p><span>[[top_d]]</span></div></div>
<div class="zt-box"><div class="zt-box-t"><span>工作动态</span><a href="./gzdt/" class="more">更多&gt;&gt;</a></div>
[[teas]]
</div>
<div class="zt-box"><div class="zt-box-t"><span>典型经验</span><a href="./dxjy/" class="more">更多&gt;&gt;</a></div><ul class="zt-list">
[[lis]]
</ul></div>
<div class="zt-box zt-pic"><div class="zt-box-t"><span>图解解读</span></div><ul><li><a href="./tjjd/1.html"><img src="../../images/tj1.jpg" /><p>一图读懂紧密型县域医共体建设评判标准</p></a></li><li><a href="./tjjd/2.html"><img src="../../images/tj2.jpg" /><p>图解：县域医共体医保支付方式改革</p></a></li><li><a href="./tjjd/3.html"><img src="../../images/tj3.jpg" /><p>图解：医共体内检查检验结果互认</p></a></li></ul></div>
</div>
<div class="footer"><p>主办单位：[[site]]　[[icp]]</p></div>
</body>
</html>
""", site=esc(a["site"]), top_t=esc(top[0]), top_s=esc(top[2]), top_d=top[1], teas=teas, lis=lis, icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ frameset (old site index, GB2312)
def non_frameset(a):
    return fill("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>[[site]]欢迎您</title>
<meta name="keywords" content="[[site]],医院,县医院">
</head>
<frameset rows="132,*,60" frameborder="NO" border="0" framespacing="0">
  <frame src="top.htm" name="topFrame" scrolling="NO" noresize>
  <frameset cols="200,*" frameborder="NO" border="0" framespacing="0">
    <frame src="left.htm" name="leftFrame" scrolling="NO" noresize>
    <frame src="main.htm" name="mainFrame">
  </frameset>
  <frame src="bottom.htm" name="bottomFrame" scrolling="NO" noresize>
</frameset>
<noframes><body>
<p>您的浏览器不支持框架，请升级浏览器或<a href="main.htm">点击这里</a>访问[[site]]首页。</p>
</body></noframes>
</html>
""", site=esc(a["site"]))


# ------------------------------------------------------------------ 政府信息公开目录 list (table)
def non_xxgk_list(a):
    r = random.Random(a["key"])
    titles = [t for t in LIST_TITLES if "通知" in t or "公告" in t or "通报" in t] + [
        "区卫生健康局2023年政府信息公开工作年度报告", "区卫生健康局2024年部门预算公开", "区卫生健康局关于印发城市医疗集团建设实施方案的通知",
        "区卫生健康局2023年法治政府建设情况报告", "关于区域医疗中心建设项目的批复", "区卫生健康局行政许可事项清单",
        "关于调整区医疗集团管理委员会成员的通知", "区卫生健康局2024年度双随机抽查计划", "关于公布区级重点专科建设名单的通知"]
    r.shuffle(titles)
    ds = _dates(r, len(titles), "2023-02-01", "2024-04-30")
    rows = "\n".join('<tr><td>%s</td><td class="tl"><a href="./%s/t%s_%d.html" target="_blank">%s</a></td><td>%s</td></tr>' % (
        "11440106MB2C%05d/%s-%05d" % (91000 + i, d[:4], 200 + i), d[:7].replace("-", ""), d.replace("-", ""), 7700000 + i * 19, esc(t), d) for i, (t, d) in enumerate(zip(titles, ds)))
    return fill("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>政府信息公开目录_[[site]]</title>
<meta name="SiteName" content="[[site]]">
<meta name="ColumnName" content="政府信息公开目录">
<link rel="stylesheet" href="/images/xxgk.css">
</head>
<body>
<div class="gk-head"><div class="w"><img src="/images/gk_logo.png" alt="[[site]]"><span>政府信息公开</span></div></div>
<div class="w gk-body">
<div class="gk-side"><h3>区卫生健康局</h3><ul><li><a href="../zn/">信息公开指南</a></li><li><a href="../zd/">信息公开制度</a></li><li class="on"><a href="./">法定主动公开内容</a></li><li><a href="../nb/">信息公开年报</a></li></ul></div>
<div class="gk-main">
<div class="gk-pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 法定主动公开内容</div>
<div class="gk-search"><input type="text" placeholder="索引号/标题/文号"><button>检索</button></div>
<table class="gk-list" width="100%" cellspacing="0" cellpadding="0">
<thead><tr><th width="28%">索引号</th><th>名称</th><th width="14%">生成日期</th></tr></thead>
<tbody>
[[rows]]
</tbody></table>
<div class="gk-page">共 <b>214</b> 条　第 1/15 页　<a href="index_1.html">下一页</a>　<a href="index_14.html">尾页</a></div>
</div></div>
<div class="gk-foot">[[site]]　[[icp]]</div>
</body>
</html>
""", site=esc(a["site"]), rows=rows, icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ mobile list
def non_mobile_list(a):
    r = random.Random(a["key"])
    items = TEASERS[:]
    r.shuffle(items)
    lis = "\n".join('<li class="m-item"><a href="/m/view/%d.html"><img class="m-thumb" src="/upload/m/thumb_%d.jpg"><div class="m-item-txt"><p class="m-item-t">%s</p><span class="m-item-d">%s</span></div></a></li>' % (
        6700 - i, i, esc(t), d) for i, (t, d, s) in enumerate(sorted(items[:10], key=lambda x: x[1], reverse=True)))
    return fill("""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no" />
<title>新闻动态</title>
<link rel="stylesheet" href="/m/css/mui.min.css">
</head>
<body>
<header class="mui-bar mui-bar-nav"><a class="mui-action-back mui-icon mui-icon-left-nav mui-pull-left"></a><h1 class="mui-title">新闻动态</h1></header>
<div class="mui-content">
<div class="m-tabs"><a class="on" href="/m/list/1.html">医院新闻</a><a href="/m/list/2.html">医联体</a><a href="/m/list/3.html">通知公告</a><a href="/m/list/4.html">健康科普</a></div>
<ul class="m-list" id="list">
[[lis]]
</ul>
<div class="m-loadmore" id="loadMore">点击加载更多</div>
</div>
<nav class="mui-bar mui-bar-tab"><a class="mui-tab-item" href="/m/">首页</a><a class="mui-tab-item mui-active" href="/m/list/1.html">资讯</a><a class="mui-tab-item" href="/m/service/">服务</a></nav>
<script src="/m/js/mui.min.js"></script>
<script>var page=1;document.getElementById("loadMore").onclick=function(){page++;mui.getJSON("/m/api/list",{cid:1,page:page},function(d){/* append */});};</script>
</body>
</html>
""", lis=lis)


# ------------------------------------------------------------------ hospital homepage
def non_hosp_home(a):
    r = random.Random(a["key"])
    items = [t for t in TEASERS if t[1] >= "2023"]
    r.shuffle(items)
    news = "\n".join('<li><a href="/news/%d.html"><span class="d"><b>%s</b>%s</span><div><h4>%s</h4><p>%s</p></div></a></li>' % (
        9000 - i, d[8:], d[:7], esc(t), esc(s)) for i, (t, d, s) in enumerate(items[:5]))
    notices = "\n".join('<li><a href="/tzgg/%d.html">%s</a><span>%s</span></li>' % (800 - i, esc(t), d) for i, (t, d) in enumerate(zip(LIST_TITLES[4::5], ["2024-05-20", "2024-05-08", "2024-04-26", "2024-04-11", "2024-03-29", "2024-03-14"])))
    depts = "".join('<a href="/dept/%d.html">%s</a>' % (i, x) for i, x in enumerate(["心血管内科", "神经内科", "呼吸与危重症医学科", "消化内科", "内分泌科", "肾内科", "普外科", "骨科", "神经外科", "妇产科", "儿科", "急诊科", "重症医学科", "中医科", "康复医学科", "影像科"]))
    return fill("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>[[site]]</title>
<meta name="keywords" content="[[site]],预约挂号,医联体">
<meta name="description" content="[[site]]是一所集医疗、教学、科研、预防保健于一体的三级甲等综合医院。">
<link href="/static/css/index.css" rel="stylesheet">
</head>
<body>
<div class="topbar"><div class="container"><span>急救电话：120　咨询电话：[[tel]]</span><span class="pull-right"><a href="/guahao/">预约挂号</a><a href="/baogao/">报告查询</a></span></div></div>
<header class="hd"><div class="container"><a href="/" class="logo"><img src="/static/images/logo.png" alt="[[site]]"></a><ul class="menu"><li class="on"><a href="/">首页</a></li><li><a href="/about/">医院概况</a></li><li><a href="/news/">新闻中心</a></li><li><a href="/dept/">科室导航</a></li><li><a href="/doctor/">专家团队</a></li><li><a href="/ylt/">医联体</a></li><li><a href="/service/">就医服务</a></li></ul></div></header>
<div class="banner"><div class="swiper-wrapper"><div class="swiper-slide"><img src="/static/upload/banner1.jpg" alt="医联体建设"></div><div class="swiper-slide"><img src="/static/upload/banner2.jpg" alt="胸痛中心"></div></div></div>
<div class="quick container"><a href="/guahao/">预约挂号</a><a href="/service/mzap/">门诊安排</a><a href="/service/jzlc/">就诊流程</a><a href="/ylt/zz/">双向转诊</a><a href="/service/ybzc/">医保政策</a><a href="/service/lxwm/">联系我们</a></div>
<div class="container row2">
<div class="news-box"><div class="box-t"><h3>医院新闻</h3><a href="/news/" class="more">更多</a></div><ul class="news-list">
[[news]]
</ul></div>
<div class="notice-box"><div class="box-t"><h3>通知公告</h3><a href="/tzgg/" class="more">更多</a></div><ul>
[[notices]]
</ul></div>
</div>
<div class="container dept-box"><div class="box-t"><h3>科室导航</h3></div><div class="dept-list">[[depts]]</div></div>
<div class="container ylt-box"><div class="box-t"><h3>医联体成员单位</h3></div><p>医院牵头组建城市医疗集团1个、县域医共体托管医院3家、专科联盟12个，成员单位覆盖全市9个县市区186家医疗机构。</p></div>
<footer class="ft"><div class="container"><p>[[site]]　地址：[[addr]]</p><p>Copyright &copy; 2024 [[site]]　[[icp]]</p></div></footer>
<script src="/static/js/jquery.min.js"></script><script src="/static/js/swiper.min.js"></script>
</body>
</html>
""", site=esc(a["site"]), tel=a.get("tel", ""), news=news, notices=notices, depts=depts, addr=esc(a.get("addr", "")), icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ "信息不存在" soft error in ASP.NET chrome
def non_deleted(a):
    r = random.Random(a["key"])
    items = TEASERS[:]
    r.shuffle(items)
    left = "\n".join('<tr><td class="list_a"><a href="NewsView.aspx?id=%d">%s</a></td><td class="list_date">%s</td></tr>' % (1500 - i, esc(t[:14]), d) for i, (t, d, s) in enumerate(items[:7]))
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	提示信息--[[site]]
</title><link href="../css/style.css" rel="stylesheet" type="text/css" /></head>
<body>
<form name="aspnetForm" method="post" action="NewsView.aspx?id=1547" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTg1NjU0MjMxNWRkq5Yx0tR1mY2bN7Qe3W0l" /></div>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../images/top.jpg" width="1002" height="180" /></td></tr>
<tr><td height="38" class="menu_bg"><a href="../Default.aspx" class="menu">网站首页</a> <a href="NewsList.aspx?cid=1" class="menu">卫生动态</a> <a href="NewsList.aspx?cid=2" class="menu">通知公告</a> <a href="NewsList.aspx?cid=3" class="menu">政策法规</a></td></tr></table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td width="240" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="34" class="left_tit">最新动态</td></tr>
[[left]]
</table></td>
<td valign="top" align="center" style="padding:60px 0;">
<table width="60%" border="0" cellspacing="0" cellpadding="10" style="border:1px solid #f0c36d;background:#fff9ea;"><tr><td class="tip_tit"><b>提示信息</b></td></tr>
<tr><td>您要查看的信息不存在、未审核或已被删除！<br /><br /><a href="javascript:history.go(-1);">[返回上一页]</a>　<a href="../Default.aspx">[返回首页]</a></td></tr></table>
</td></tr></table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td height="90" align="center">Copyright &copy; 2017 [[site]] All Rights Reserved<br />[[icp]]</td></tr></table>
</form>
</body>
</html>
""", site=esc(a["site"]), left=left, icp=esc(a.get("icp", "")))


# ------------------------------------------------------------------ DedeCMS list page (GBK)
def non_dede_list(a):
    r = random.Random(a["key"])
    items = [t for t in TEASERS if t[1] < "2019"]
    r.shuffle(items)
    items = sorted(items[:10], key=lambda x: x[1], reverse=True)
    lis = "\n".join('<li><a href="/a/yyxw/%s/%s/%d.html" class="title">%s</a><span class="info"><small>日期：</small>%s <small>点击：</small>%d <small>好评：</small>0</span><p class="intro">%s...</p></li>' % (
        d[:4], d[5:7] + d[8:], 1300 - i * 9, esc(t), d, 100 + i * 37 % 400, esc(s[:60])) for i, (t, d, s) in enumerate(items))
    return fill("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>医院新闻_[[site]]</title>
<meta name="keywords" content="医院新闻" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
</head>
<body class="listpage">
<div class="header"><div class="top w960 center"><div class="title"><img src="/templets/default/images/logo.gif" /></div></div>
<div id="navMenu"><ul><li><a href='/'><span>主页</span></a></li><li><a href='/a/yyxw/'><span>医院新闻</span></a></li><li><a href='/a/ksjs/'><span>科室介绍</span></a></li></ul></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/yyxw/'>医院新闻</a> > </div>
<div class="listbox"><ul class="e2">
[[lis]]
</ul></div>
<div class="dede_pages"><ul class="pagelist"><li><a>首页</a></li><li class="thisclass">1</li><li><a href='list_3_2.html'>2</a></li><li><a href='list_3_3.html'>3</a></li><li><a href='list_3_2.html'>下一页</a></li><li><a href='list_3_9.html'>末页</a></li><li><span class="pageinfo">共 <strong>9</strong>页<strong>86</strong>条</span></li></ul></div>
</div>
</div>
<div class="footer w960 center mt1 clear"><p class="powered">Powered by <a href="http://www.dedecms.com"><strong>DedeCMS</strong></a> &copy; 2004-2018　Copyright &copy; [[site]]　[[icp]]</p></div>
</body>
</html>
""", site=esc(a["site"]), lis=lis, icp=esc(a.get("icp", "")))
