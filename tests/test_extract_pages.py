"""Extraction on realistic pages carrying the seeds' kinds of damage (texts written for the project)."""

from __future__ import annotations

import pytest

from yilian.clean.extract import extract
from yilian.clean.normalize import normalize
from yilian.records import DecodedPage, EncodingReport


def run(html: str, url: str = "http://www.example-hospital.cn/news/1.html"):
    return normalize(extract(DecodedPage(url=url, html=html, encoding=EncodingReport(used="utf-8"), flags=["f"])))


HOSPITAL = """<html><head><title>携手共建医联体 共促分级诊疗——我院第三届医联体年会召开-东湖市中心医院</title></head>
<body><div class="top"><h1>东湖市中心医院</h1><ul><li><a href="/">首页</a></li><li><a href="/gk">医院概况</a></li><li><a href="/xw">新闻中心</a></li></ul></div>
<div class="side"><h3>最新动态</h3><ul><li><a href="/n/8.html">我院开展急救知识培训进校园</a> 2016-04-02</li>
<li><a href="/n/9.html">我院召开党风廉政建设工作会议</a> 2016-03-15</li></ul></div>
<div class="main"><div class="weizhi">当前位置: &gt;<a href="/">首页</a> &gt;<a href="/xw">医院动态</a> &gt;<a href="/xw/yy">医院新闻</a></div>
<h2 class="news-title">携手共建医联体 共促分级诊疗——我院第三届医联体年会召开</h2>
<div class="news-info">时间:2019-01-05 来源:本站原创 作者:宣传科王芳 阅读量:86</div>
<div class="news-content"><p>携手共建医联体 共促分级诊疗</p><p>——我院第三届医联体年会召开</p>
<p>1月4日上午，我院第三届医联体年会在行政楼报告厅召开，医联体内23家成员单位的负责人参加会议。</p>
<p>会上，院长总结了一年来医联体在专家下沉、双向转诊和远程会诊等方面的工作，并对新一年的重点任务作了部署。</p>
<p>会议还表彰了十家医联体工作先进单位。&lt;/span&gt;</p>
<p><img src="/upload/2019/nh.jpg" width="600"></p><p style="text-align:center">图为年会现场</p></div>
<div class="bdshare">分享到：<a>微信</a><a>微博</a></div>
<div class="fy"><p>上一篇：<a href="/n/10.html">我院举办护士节表彰大会</a></p><p>下一篇：<a href="/n/12.html">我院专家赴乡镇义诊</a></p></div>
</div><div class="foot">版权所有：东湖市中心医院 鄂ICP备00000001号</div></body></html>"""


def test_hospital_page_title_subtitle_fields_and_clean_body():
    a = run(HOSPITAL)
    assert a.title == "携手共建医联体 共促分级诊疗——我院第三届医联体年会召开"
    assert a.subtitle == "我院第三届医联体年会召开"
    assert (a.published_at, a.date_evidence) == ("2019-01-05", "label:时间")
    assert (a.source, a.author, a.views, a.column) == ("本站原创", "宣传科王芳", 86, "医院新闻")
    lines = a.body.split("\n")
    assert lines[0].startswith("1月4日上午")  # breadcrumb, metadata line, repeated title/subtitle gone
    assert lines[-2:] == ["会议还表彰了十家医联体工作先进单位。", "图为年会现场"]  # the caption stays, after its text
    for chrome in ("当前位置", "阅读量", "分享到", "上一篇", "下一篇", "版权所有", "</span>", "最新动态"):
        assert chrome not in a.body
    assert a.images == [{"url": "http://www.example-hospital.cn/upload/2019/nh.jpg", "alt": "", "caption": "图为年会现场"}]
    assert a.is_article and a.flags == ["f"]


GOV = """<html><head><title>我市召开紧密型县域医共体建设现场推进会_北湖市人民政府</title>
<meta name="ArticleTitle" content="我市召开紧密型县域医共体建设现场推进会"><meta name="PubDate" content="2021-06-02 16:45">
<meta name="ColumnName" content="卫生健康"></head><body>
<div class="crumb">当前位置: <a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 卫生健康</div>
<table class="xxgk"><tr><td>索 引 号:</td><td>bhszf-2021-00412</td><td>主题分类:</td><td>卫生、体育</td></tr>
<tr><td>发文机关:</td><td>北湖市卫生健康委员会</td><td>成文日期:</td><td>2021-05-31</td></tr>
<tr><td>标　　题:</td><td colspan="3">我市召开紧密型县域医共体建设现场推进会</td></tr>
<tr><td>发文字号:</td><td>北卫发〔2021〕12号</td><td>发布日期:</td><td>2021-06-02</td></tr></table>
<h1>我市召开紧密型县域医共体建设现场推进会</h1>
<div class="info">发布时间：2021-06-02 信息来源：市卫生健康委员会 浏览次数：57 字体：[<a>大</a> <a>中</a> <a>小</a>]</div>
<div id="zoom"><p>6月1日，全市紧密型县域医共体建设现场推进会在清河县召开，与会人员实地观摩了县医共体总医院和两家乡镇分院。</p>
<p>会议指出，各县区要在人员、财务、药品和信息系统上实现真正统一，防止“联而不紧”。</p>
<p>附件：<a href="/attach/P020210602.xlsx">医共体建设重点任务清单.xlsx</a></p></div>
<div><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer">网站标识码：2100000001 辽ICP备00000002号</div></body></html>"""


def test_government_portal_metadata_table():
    a = run(GOV, url="http://www.beihu.gov.cn/zwgk/202106/t20210602_4455.html")
    assert a.title == "我市召开紧密型县域医共体建设现场推进会"
    # the day the meta tag gives is also printed on the page: the evidence names where a reader sees it
    assert (a.published_at, a.published_time, a.date_evidence) == ("2021-06-02", "16:45", "label:发布时间")
    assert a.written_at == "2021-05-31"
    assert (a.index_no, a.topic, a.issuer, a.doc_no) == ("bhszf-2021-00412", "卫生、体育", "北湖市卫生健康委员会", "北卫发〔2021〕12号")
    assert (a.source, a.views, a.column) == ("市卫生健康委员会", 57, "卫生健康")
    assert a.attachments == [{"name": "医共体建设重点任务清单.xlsx", "url": "http://www.beihu.gov.cn/attach/P020210602.xlsx", "type": "xlsx"}]
    assert a.body.startswith("6月1日") and "索引号" not in a.body and "浏览次数" not in a.body and "打印" not in a.body


TRADITIONAL = """<html><head><meta charset="utf-8"><title>我院與山城婦幼保健院簽署醫聯體合作協議</title></head><body>
<div class="lm">雙下沉專欄</div><div class="bt">我院與山城婦幼保健院簽署醫聯體合作協議</div>
<div class="xx">作者：管理員 來源：東海醫科大學附屬第二醫院 發布時間：2017/12/12 10:18:00</div>
<div class="nr"><p>12月9日上午，山城市婦幼保健與計劃生育服務聯盟正式成立，我院兒童保健科主任留佩甯專家工作站同時揭牌。</p>
<p>聯盟將推動優質醫療資源下沉，提升基層醫療機構的診療水平，為婦女兒童提供全程保健服務。</p></div>
<div>微信掃一掃分享</div><div>熱點新聞</div><ul><li><a href="/1">我院舉辦健康講座活動</a></li><li><a href="/2">我院開展志願服務</a></li></ul></body></html>"""


def test_traditional_mirror_keeps_original_and_adds_simplified():
    a = run(TRADITIONAL)
    assert a.title == "我院與山城婦幼保健院簽署醫聯體合作協議"
    assert (a.published_at, a.published_time) == ("2017-12-12", "10:18:00")
    assert a.source == "東海醫科大學附屬第二醫院" and a.author == "管理員"
    assert a.script == "zh-Hant"
    assert a.title_simplified == "我院与山城妇幼保健院签署医联体合作协议"
    assert "留佩甯" in a.body_simplified and "儿童保健科" in a.body_simplified
    assert "掃一掃" not in a.body and "熱點新聞" not in a.body


def test_date_in_url_beats_sidebar_and_body_dates():
    html = """<html><body><div class="side"><ul><li><a href="/a">我院开展消防安全演练活动</a><span>2015-03-02</span></li>
    <li><a href="/b">我院举行新职工入职培训班</a><span>2015-02-11</span></li></ul></div>
    <h3 class="arc-title">县医共体召开成员单位联席会议</h3><div class="arc"><p>8月11日上午，县医共体召开成员单位联席会议，研究部署下半年重点工作。</p>
    <p>会议要求各分院在9月30日前完成家庭医生签约服务的阶段性目标，并按月报送工作进展。</p></div></body></html>"""
    a = run(html, url="http://wjj.example.gov.cn/2020/08/12/art_77.html")
    assert (a.published_at, a.date_evidence) == ("2020-08-12", "url")


@pytest.mark.parametrize(
    "byline, expected",
    [("日期：二〇二一年五月十七日", "2021-05-17"), ("发布日期：2021年5月7日", "2021-05-07"), ("发布于 2021.05.17 09:30", "2021-05-17")],
)
def test_byline_date_forms(byline, expected):
    html = f"""<html><body><h2>市医疗集团召开理事会议</h2><div class="time">{byline}</div>
    <div class="body"><p>会议听取了集团各成员单位的工作汇报，审议通过了年度预算方案，并对下一步工作作出安排。</p></div></body></html>"""
    assert run(html).published_at == expected


def test_member_table_kept_as_rows_and_text():
    html = """<html><body><h1>专科联盟公布首批成员单位名单</h1><div class="c">
    <p>经联盟理事会审议，现将首批成员单位名单公布如下，各成员单位要按照章程履行相应的权利和义务。</p>
    <table><tr><td>序号</td><td>单位名称</td></tr><tr><td>1</td><td>东县人民医院</td></tr><tr><td>2</td><td>西县中医院</td></tr></table>
    </div></body></html>"""
    a = run(html)
    assert a.tables == [[["序号", "单位名称"], ["1", "东县人民医院"], ["2", "西县中医院"]]]
    assert "东县人民医院" in a.body and "西县中医院" in a.body


def test_wechat_article_account_as_source():
    html = """<html><head><meta property="og:title" content="医联体专家下沉 群众家门口看名医"></head><body>
    <h1 class="rich_media_title" id="activity-name">医联体专家下沉 群众家门口看名医</h1>
    <div id="meta_content"><a id="js_name">健康南湖</a><em id="publish_time">2022-04-18 19:02</em></div>
    <div id="js_content"><section><p><span>4月16日，市医联体专家团队来到南湖镇卫生院，为当地群众开展专家门诊和健康讲座。</span></p></section>
    <section><p><span>当天共接诊群众180余人次，现场确定了两名需要转诊到上级医院的患者。</span></p></section></div>
    <div class="qr_code_pc">微信扫一扫<br>关注该公众号</div></body></html>"""
    a = run(html, url="https://mp.weixin.qq.com/s/abcdef")
    assert a.title == "医联体专家下沉 群众家门口看名医"
    assert (a.source, a.published_at, a.published_time) == ("健康南湖", "2022-04-18", "19:02")
    assert a.body.count("\n") == 1 and "微信扫一扫" not in a.body


@pytest.mark.parametrize(
    "html, reason",
    [
        ("<html><head><title>页面不存在</title></head><body><h2>抱歉，您访问的页面不存在！</h2><a href='/'>返回首页</a></body></html>", "not_found"),
        ("<html><body><form><p>用户名：<input name='u'></p><p>密码：<input type='password' name='p'></p></form><p>请先登录。</p></body></html>", "login_wall"),
        ("<html><body><p>您的访问过于频繁，请输入验证码后继续访问。</p><input name='captcha'></body></html>", "captcha"),
        ("<html><body><h2></h2><div class='content'></div></body></html>", "empty"),
        ("", "empty"),
    ],
)
def test_non_articles_are_recognised(html, reason):
    a = run(html)
    assert not a.is_article and a.non_article_reason == reason


def test_list_page_is_not_an_article():
    items = "".join(f'<li><a href="/n/{i}.html">我院第{i}期医联体基层医师培训班顺利结业</a><span>2021-0{1 + i % 9}-1{i % 9}</span></li>' for i in range(15))
    a = run(f"<html><body><div class='crumb'>当前位置：首页 &gt; 医院新闻</div><ul>{items}</ul><div>共3页 下一页 尾页</div></body></html>")
    assert (a.is_article, a.non_article_reason) == (False, "list_page")
