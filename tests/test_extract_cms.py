"""Extraction on the markup of common Chinese CMSs (博达 VSB, ASP.NET WebForms, WeChat reposts).

Texts are written for the project; the markup follows what those systems emit.
"""

from __future__ import annotations

from yilian.clean.extract import extract
from yilian.clean.normalize import normalize
from yilian.records import DecodedPage, EncodingReport


def run(html: str, url: str = "http://www.example-hospital.cn/info/1021/3088.htm"):
    return normalize(extract(DecodedPage(url=url, html=html, encoding=EncodingReport(used="utf-8"))))


VSB_TRADITIONAL = """<html><head><meta charset="utf-8"><title>我院與山區縣醫院共建遠程影像診斷中心-清河市人民醫院</title></head><body>
<div class="top"><form action="/search.jsp" method="post" name="dataForm"><input type="text" name="showkeycode"><input type="submit" value="搜索"></form>
<a href="/index.htm">首頁</a><a href="/xwzx.htm">新聞中心</a></div>
<div class="content-main"><div class="lm-name">醫院新聞</div>
<form name="_newscontent_fromname"><h1 class="arti_title">我院與山區縣醫院共建遠程影像診斷中心</h1>
<p class="arti_metas">作者:放射科 周明 來源:清河市人民醫院 發布時間:2021/03/23 點擊數:<span id="dynclicks">318</span></p>
<div id="vsb_content"><div class="v_news_content">
<p>3月22日，我院與北山縣人民醫院共建的遠程影像診斷中心正式啟用，北山縣各鄉鎮衛生院拍攝的影像可實時傳到我院放射科。</p>
<p>中心啟用後，基層拍片、上級診斷的模式將覆蓋全縣十四家衛生院，群眾在家門口就能拿到市級醫院醫生出具的診斷報告。</p>
<p>我院放射科將安排醫生輪流值守，普通檢查當天出具報告，急診檢查三十分鐘內出具報告。</p>
</div></div>
<div id="div_vote_id"></div>
</form>
<ul class="pn"><li>上一條:<a href="/info/1021/3081.htm">我院舉辦護理質量管理培訓班</a></li><li>下一條:<a href="/info/1021/3095.htm">健康講座走進社區</a></li></ul>
</div><div class="foot">版權所有:清河市人民醫院 浙ICP備00000000號</div></body></html>"""


def test_vsb_body_inside_a_form_and_traditional_metadata_line():
    a = run(VSB_TRADITIONAL)
    assert a.is_article
    assert a.title == "我院與山區縣醫院共建遠程影像診斷中心"
    assert (a.published_at, a.source, a.author, a.views) == ("2021-03-23", "清河市人民醫院", "放射科 周明", 318)
    lines = a.body.split("\n")
    assert len(lines) == 3 and lines[0].startswith("3月22日")
    assert "搜索" not in a.body and "上一條" not in a.body and "點擊數" not in a.body


ASPNET = """<html><head><title>县域医共体药品耗材统一采购平台上线</title></head><body>
<form method="post" action="./show.aspx?id=512" id="form1"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="abc"></div>
<div class="head"><div class="search"><input name="txtKey" type="text"><a href="/search.aspx">站内搜索</a></div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/news.aspx">新闻动态</a></li></ul></div>
<div class="show"><h2>县域医共体药品耗材统一采购平台上线</h2>
<div class="show-info">发布时间：2022-09-06 10:12 来源：药学部 浏览次数：241</div>
<div class="show-con"><p>9月5日，县域医共体药品耗材统一采购平台正式上线运行，总院和十二家分院的药品目录实现统一。</p>
<p>平台上线后，分院可以直接在平台上申领总院目录内的药品，由总院药库统一配送，基层常用药短缺的问题得到缓解。</p></div></div>
<div class="foot">版权所有：某县人民医院</div></form></body></html>"""


def test_aspnet_form_wrapping_the_whole_page_is_not_dropped():
    a = run(ASPNET, url="http://www.example-hospital.cn/show.aspx?id=512")
    assert a.is_article
    assert (a.published_at, a.published_time, a.source, a.views) == ("2022-09-06", "10:12", "药学部", 241)
    assert a.body.split("\n")[0].startswith("9月5日") and a.body.count("\n") == 1
    assert "站内搜索" not in a.body and "版权所有" not in a.body


WECHAT_REPOST = """<html><head><title>城市医疗集团首批远程会诊室投入使用</title></head><body>
<div class="crumb">当前位置: <a href="/">首页</a> &gt; <a href="/wx/">微信转载</a></div>
<div class="rich_media"><h2 class="rich_media_title" id="activity-name">城市医疗集团首批远程会诊室投入使用</h2>
<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">东江健康</a>
<div class="profile_container" style="display:none"><strong class="profile_nickname">东江健康</strong><p class="profile_meta">功能介绍 东江市卫生健康委员会官方账号</p></div></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2023-03-14</em></div>
<div class="rich_media_content" id="js_content">
<section><p><span>3月13日，东江市城市医疗集团首批八间远程会诊室投入使用，集团内社区卫生服务中心可随时向牵头医院申请会诊。</span></p></section>
<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640" class="rich_pages"><p><span style="color:#888">图为远程会诊现场</span></p></section>
<section><p><span>会诊室启用当天，牵头医院心内科专家通过视频为两名社区患者调整了用药方案。</span></p></section>
</div><div class="rich_media_tool"><a href="javascript:;">阅读原文</a> 阅读 1024</div></div></body></html>"""


def test_wechat_repost_account_is_the_source_and_caption_stays_in_place():
    a = run(WECHAT_REPOST, url="http://www.example-wjw.gov.cn/wx/2023-03/14/content_77.html")
    assert (a.title, a.source, a.published_at) == ("城市医疗集团首批远程会诊室投入使用", "东江健康", "2023-03-14")
    assert a.body.split("\n")[1] == "图为远程会诊现场" and a.body.count("\n") == 2 and "功能介绍" not in a.body
    assert [i["caption"] for i in a.images] == ["图为远程会诊现场"]


def test_nickname_class_alone_names_the_account():
    html = WECHAT_REPOST.replace(' id="js_name"', "").replace('<strong class="profile_nickname">东江健康</strong>', "")
    assert run(html).source == "东江健康"


def test_figcaption_stays_in_the_text_and_goes_to_images():
    html = """<html><body><h1>医共体总院新建血液透析中心启用</h1><div class="article">
    <p>6月1日，医共体总院新建的血液透析中心正式启用，共设透析床位三十张，可满足全县维持性透析患者的需要。</p>
    <figure><img src="/up/2024/ts.jpg" width="640"><figcaption>血液透析中心一角</figcaption></figure>
    <p>此前，全县透析患者需到市区医院治疗，往返一次要三个多小时。</p></div></body></html>"""
    a = run(html)
    assert a.body.split("\n")[1] == "血液透析中心一角" and a.body.count("\n") == 2
    assert a.images[0]["caption"] == "血液透析中心一角"


DEDECMS = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>我院与乡镇卫生院签订医共体协议_南河县人民医院</title></head><body>
<div class="nav"><a href="/">网站首页</a><a href="/a/yyxw/">医院新闻</a></div>
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/yyxw/'>医院新闻</a> > </div>
<div class="viewbox"><div class="title"><h2>我院与乡镇卫生院签订医共体协议</h2></div>
<div class="info"><small>时间:</small>2019-06-03 15:21<small>来源:</small>未知<small>作者:</small>admin<small>点击:</small><script src="/plus/count.php?view=yes&aid=112"></script>次</div>
<div class="content"><table width='100%'><tr><td><p>6月1日，我院与全县十八家乡镇卫生院签订紧密型医共体合作协议。</p>
<p>根据协议，我院将在人员、技术、管理等方面对成员单位实行统一管理，并派驻业务院长。</p></td></tr></table></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href='/a/yyxw/111.html'>我院开展义诊活动</a></li><li>下一篇：没有了 </li></ul></div></div></div></body></html>"""


def test_dedecms_unknown_source_is_no_source():
    a = run(DEDECMS, url="http://www.nhxrmyy.cn/a/yyxw/112.html")
    assert (a.published_at, a.published_time, a.source, a.author) == ("2019-06-03", "15:21", "", "admin")
    assert a.body.count("\n") == 1 and "没有了" not in a.body


def test_traditional_metadata_labels_in_one_line():
    html = """<html><head><title>遠程會診中心啟用-東城醫院</title></head><body><form name="_newscontent_fromname">
    <div class="nr-tit">遠程會診中心啟用</div>
    <div class="nr-info">發佈時間：2020年12月29日 10:12 &nbsp; 編輯：王敏 &nbsp; 資料來源：醫務科 &nbsp; 瀏覽次數：<span>55</span></div>
    <div class="v_news_content"><p>12月28日，我院遠程會診中心正式啟用，與縣域醫共體內十二家分院實現視頻會診。</p>
    <p>中心啟用首日，專家為三名基層患者完成了遠程會診，其中一名患者轉到我院進一步治療。</p></div></form></body></html>"""
    a = run(html)
    assert (a.published_at, a.published_time, a.editor, a.source, a.views) == ("2020-12-29", "10:12", "王敏", "醫務科", 55)
    assert "瀏覽次數" not in a.body and a.body.startswith("12月28日")


def test_wechat_page_saved_from_mp_dates_from_script_when_publish_time_is_empty():
    html = """<html><head><meta property="og:title" content="家门口的专家门诊开诊啦"></head><body>
    <div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">
                家门口的专家门诊开诊啦
    </h1><div id="meta_content"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">
                            西岭县人民医院                      </a></span><em id="publish_time"></em></div>
    <div class="rich_media_content" id="js_content" style="visibility: hidden;"><section><span>为进一步推进县域医共体建设，自本周起，县人民医院专家每周二到各分院坐诊。</span></section>
    <section><br></section><section><span>群众可通过医院公众号预约挂号，分院同时开通检查结果互认，减少重复检查。</span></section></div></div>
    <script>var ct = "1652864400"; var createTime = '2022-05-18 17:00';</script></body></html>"""
    a = run(html, url="https://mp.weixin.qq.com/s/AbCdEf")
    assert (a.title, a.source, a.published_at, a.published_time) == ("家门口的专家门诊开诊啦", "西岭县人民医院", "2022-05-18", "17:00")
    assert a.date_evidence in ("script:createTime", "script:ct") and a.body.count("\n") == 1


def test_closing_signature_is_not_body_and_dates_an_undated_notice():
    html = """<html><head><title>关于开展县域医共体运行情况评估的通知</title></head><body>
    <div class="dqwz">当前位置：首页 &gt; 通知公告</div><div class="tit">关于开展县域医共体运行情况评估的通知</div>
    <div class="nr"><p>各县（市、区）卫生健康局：</p>
    <p>为掌握紧密型县域医共体运行情况，经研究，决定于近期开展一次全面评估，请各地认真组织自评并按时报送材料。</p>
    <p>评估结果将作为下一年度医共体建设补助资金分配的重要依据。</p>
    <p style="text-align:right">南岭市卫生健康委员会</p><p style="text-align:right">2022年9月5日</p></div></body></html>"""
    a = run(html, url="http://wjw.nanling.gov.cn/tzgg/show.asp?id=301")
    assert a.body.split("\n")[-1] == "评估结果将作为下一年度医共体建设补助资金分配的重要依据。"
    assert (a.published_at, a.date_evidence) == ("2022-09-05", "body_end")


def test_search_form_inside_the_article_area_stays_out_of_the_body():
    html = """<html><head><title>医联体双向转诊平台升级</title></head><body><div class="article">
    <form action="/search.jsp" method="get" class="s"><span>站内检索</span><input name="q"><span>请输入关键词</span></form>
    <h1>医联体双向转诊平台升级</h1><p>近日，医联体双向转诊平台完成升级，基层医生可在线查看上级医院的号源并直接预约。</p>
    <p>升级后的平台还增加了转诊患者随访提醒功能，出院患者的康复情况可及时反馈给基层医生。</p></div></body></html>"""
    a = run(html)
    assert "站内检索" not in a.body and "关键词" not in a.body and a.body.count("\n") == 1
