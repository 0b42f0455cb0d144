"""Structural rules that hold on pages of any site (issue 9): archives and tables of contents are no
articles, a media player's text is no body text, a title is found from a breadcrumb's own leaf or a
permalink, a heading block's counter is no part of the title, a date card is a date. Each rule is shown
beside the page it must leave alone. Texts written for the project."""

from __future__ import annotations

from yilian.clean.extract import extract
from yilian.clean.normalize import normalize
from yilian.records import DecodedPage, EncodingReport

URL = "http://blog.example-health.cn/archives/12.html"


def run(html: str, url: str = URL):
    return normalize(extract(DecodedPage(url=url, html=html, encoding=EncodingReport(used="utf-8"))))


PROSE = ("今天上午，社区卫生服务中心的家庭医生团队来到村里，为老人们测量血压、讲解慢病用药知识，"
         "还把县医院专家的远程会诊预约方式一一教给大家。{n}位老人当场签约，大家都说看病比以前方便多了。")


def post(i: int, klass: str = "post") -> str:
    return (f'<div class="{klass}"><h2>第{i}篇 下乡义诊日记</h2><div class="meta">2021-03-{10 + i:02d} 10:2{i}</div>'
            f"<p>{PROSE.format(n=i + 10)}</p><p>{PROSE.format(n=i + 20)}</p>"
            f'<div class="tools"><a href="/p/{i}.html#c">评论({i})</a></div></div>')


def archive(n: int) -> str:
    posts = "".join(post(i) for i in range(1, n + 1))
    return (f"<html><head><title>乡村医生的博客 | 博客首页</title></head><body><div class=\"head\">乡村医生的博客</div>"
            f'<div class="main">{posts}</div><div class="foot">版权所有</div></body></html>')


def test_an_archive_of_dated_posts_is_a_list_and_one_post_is_an_article():
    a = run(archive(4))
    assert (a.is_article, a.non_article_reason) == (False, "list_page")
    single = run(archive(1))
    assert single.is_article and single.published_at == "2021-03-11" and "11位老人当场签约" in single.body


def test_a_post_with_dated_comments_beside_it_is_an_article():
    comments = "".join(f'<div class="comment"><div>网友{i} 2021-03-1{i} 08:00</div><p>{PROSE.format(n=i)}</p></div>'
                       for i in range(3))
    html = (f'<html><head><title>乡村医生的博客</title></head><body><div class="main">{post(1)}'
            f'<div class="share"><a href="/s">分享</a></div><div class="comments">{comments}</div></div></body></html>')
    a = run(html)
    assert a.is_article and a.published_at == "2021-03-11"
    assert "网友" not in a.body.split("\n")[0]


def test_a_chronicle_of_dated_entries_is_an_article():
    entries = "".join(f'<div class="item"><h3>2021年3月{d}日</h3><p>{PROSE.format(n=d)}</p></div>' for d in (5, 12, 19, 26))
    html = (f'<html><head><title>东湖市人民医院</title></head><body><h1>医共体建设大事记</h1>'
            f'<div class="content">{entries}</div></body></html>')
    a = run(html)
    assert a.is_article and a.title == "医共体建设大事记" and "2021年3月12日" in a.body


TOC_ITEMS = [("县域医共体建设中的资源下沉机制研究", "张明;李华"), ("城市医疗集团网格化布局的实践路径", "王强"),
             ("专科联盟协作模式与基层服务能力提升", "赵敏;陈晨"), ("远程医疗协作网的运行成效与政策建议", "刘洋"),
             ("分级诊疗背景下双向转诊的制度设计", "孙丽;周杰;吴凡"), ("紧密型医联体医保支付方式改革探析", "郑伟"),
             ("基层首诊的激励机制：基于三省调查", "钱进"), ("公立医院高质量发展与医联体治理结构", "何平;马林")]


def contents_page(rows: str) -> str:
    return ("<html><head><title>健康学术网-2023年第2期</title></head><body><div class=\"nav\">"
            '<a href="/">首页</a> <a href="/qk">期刊</a></div><div class="detail"><h3>《卫生管理学刊》2023年第2期</h3>'
            f"{rows}</div><div class=\"foot\">版权所有</div></body></html>")


def test_a_table_of_contents_without_a_sentence_is_a_list():
    rows = "<p>目录</p>" + "".join(f"<p>{t}</p><p>{who}</p>" for t, who in TOC_ITEMS)
    a = run(contents_page(rows))
    assert (a.is_article, a.non_article_reason) == (False, "list_page")


def test_a_member_table_or_a_list_opened_by_a_sentence_stays_an_article():
    table = "<table>" + "".join(f"<tr><td>{t}</td><td>{who}</td></tr>" for t, who in TOC_ITEMS) + "</table>"
    assert run(contents_page("<p>目录</p>" + table)).is_article  # a table published without a sentence is a notice
    opened = "<p>经专家评审，现将入选课题名单公布如下：</p>" + "".join(f"<p>{t}</p><p>{who}</p>" for t, who in TOC_ITEMS)
    assert run(contents_page(opened)).is_article


PLAYER = """<html><head><title>专家下沉基层 义诊进村入户-东湖电视台</title></head><body>
<h1>专家下沉基层 义诊进村入户</h1><div class="info">时间：2024.05.20 来源：东湖电视台</div>
<div class="content"><div class="media"><div class="video"><div class="bar">专家下沉基层 义诊进村入户 时长：01:45</div>
<div class="player"><div class="tip">正在为您切换到高清</div><div class="ctl"><span>00:00/01:45</span></div>
<ul><li>倍速</li><li>2.0X</li><li>1.0X</li></ul><ul><li>超清</li><li>高清</li></ul><div class="err">错误代码：V.4100</div></div></div>
<p>视频：义诊现场，专家为群众讲解健康知识。</p></div>
<p>5月18日，县人民医院组织心内科、儿科等专家来到镇卫生院开展义诊，为两百余名群众提供诊疗服务。</p>
<p>活动中，专家们还与卫生院医生一起查房，手把手指导规范诊疗，进一步提升基层医疗服务能力。</p></div>
<div class="foot">Notice: The content above is uploaded by a user of the platform, which only provides information storage services.</div>
</body></html>"""


def test_a_media_players_text_is_not_body_but_the_caption_beside_it_is():
    a = run(PLAYER)
    lines = a.body.split("\n")
    assert lines == ["视频：义诊现场，专家为群众讲解健康知识。", lines[1], lines[2]] and lines[1].startswith("5月18日")
    assert not any(w in a.body for w in ("00:00", "倍速", "高清", "错误代码", "时长"))


def test_a_platform_notice_in_english_is_not_body_text():
    notice = ("<p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user "
              "of the platform, which is a social media platform and only provides information storage services.</p>")
    quoted = "<p>Notice how the team works: 专家团队每周两次到乡镇坐诊，群众在家门口就能看上专家号。</p>"
    a = run(PLAYER.replace("服务能力。</p></div>", "服务能力。</p>" + quoted + notice + "</div>"))
    assert "Notice: The content" not in a.body and a.body.split("\n")[-1].startswith("Notice how the team works")


BOOK = """<html><head><title>医史研究&lt;健康文化网</title></head><body>
<div class="pos">您的位置：<a href="/">主页</a>&gt;<a href="/ys">医史研究</a>&gt;<a href="/ys/bj">讲义</a>&gt;第二章 古代</div>
<table><tr><td>博采众长 厚积薄发 传承创新 服务百姓</td></tr></table><p><b>第二章 古代</b></p>
<p>古代医学的发展与社会生产紧密相关。早期的医疗活动多由巫医承担，经验在师徒之间口耳相传，逐渐形成了系统的诊疗方法。</p>
<p>随着文字的出现，医药知识得以记录和传播，医学从巫术中分离出来，成为一门独立的学问，并在历代不断丰富。</p></body></html>"""


def test_a_breadcrumbs_own_leaf_names_the_page_and_a_linked_leaf_does_not():
    assert run(BOOK).title == "第二章 古代"
    linked = BOOK.replace("&gt;第二章 古代</div>", '&gt;<a href="/ys/bj/2">第二章 古代</a></div>')
    assert run(linked).title != "第二章 古代"  # a leaf that links is a column: no evidence for the page


BLOG = """<html><head><title>Health Blog--杏林一叶</title></head><body>
<table><tr><td><b>杏林一叶</b></td></tr><tr><td>« May 2006 »</td></tr></table>
<div class="side"><div>Blog名:杏林一叶</div><div>访问:1213</div></div>""" + "".join(
    f'<div><a href="/c/{i}">分类{i}({i})</a></div>' for i in range(40)) + """
<table><tr><td><font size="4"><strong><a href="blog.asp?cat=5">[健康科普]</a><a href="more.asp?name=xl&amp;id=77">春季如何预防过敏</a></strong></font><br>
<a href="blog.asp?name=xl">xl</a> 发表于 2006-5-15 11:46:00</td></tr>
<tr><td><p>春季花粉增多，过敏性鼻炎进入高发期。专家提醒，外出时佩戴口罩，回家后及时清洗面部和鼻腔，可以减少过敏原的刺激。</p>
<p>如果出现持续打喷嚏、流涕等症状，应及时到正规医院就诊，在医生指导下用药，不要自行长期使用激素类药物。</p></td></tr></table>
</body></html>"""


def test_a_post_title_linking_to_the_page_itself_beats_a_blog_name_in_the_title_tag():
    a = run(BLOG, url="http://blog.example-health.cn/more.asp?name=xl&id=77")
    assert a.title == "[健康科普]春季如何预防过敏"
    elsewhere = run(BLOG, url="http://blog.example-health.cn/more.asp?name=xl&id=78")
    assert elsewhere.title != "[健康科普]春季如何预防过敏"  # links to another page are navigation


def test_a_heading_blocks_counter_is_not_part_of_the_title():
    html = """<html><head><title>县医院牵头组建紧密型医共体 - 健康网</title></head><body>
    <div class="art-title"><div class="title-text">县医院牵头组建紧密型医共体</div><div class="title-time">发布时间：2019-09-26 10:09</div>
    <div class="title-meta">4</div></div><div class="art-content"><p>近日，县医院牵头与十二家乡镇卫生院组建紧密型医共体，人员、财务、药品实行统一管理。</p></div>
    </body></html>"""
    a = run(html)
    assert (a.title, a.published_at) == ("县医院牵头组建紧密型医共体", "2019-09-26")


def test_a_date_card_of_month_day_and_year_is_the_printed_date():
    html = """<html><head><title>医院新闻</title></head><body><h1>医院新闻</h1>
    <div class="m-title">县医院开通远程病理诊断服务</div><div class="m-date"><span>12-09</span><span>2022</span></div>
    <div class="m-body"><p>近日，县医院远程病理诊断中心投入使用，乡镇分院的组织标本经扫描后上传，由县级病理医生在线阅片并出具报告。</p></div>
    </body></html>"""
    a = run(html, url="https://m.example-hospital.cn/m/view/5390.html")
    assert (a.published_at, a.date_evidence) == ("2022-12-09", "line:split")


def test_attachments_resolve_against_the_base_in_the_head():
    html = """<html><head><title>关于公布医联体成员单位名单的通知</title><base href="http://files.example-gov.cn/upload/"></head>
    <body><h1>关于公布医联体成员单位名单的通知</h1><div class="content"><p>各有关单位：现将医联体成员单位名单予以公布，详见附件。</p>
    <p><a href="2024/mingdan.xlsx">成员单位名单.xlsx</a></p></div></body></html>"""
    a = run(html, url="http://www.example-gov.cn/xxgk/tzgg/202405/t20240517_1.html")
    assert a.attachments == [{"name": "成员单位名单.xlsx", "url": "http://files.example-gov.cn/upload/2024/mingdan.xlsx",
                              "type": "xlsx"}]


def test_a_stamp_line_of_name_date_and_time_opening_the_body_is_its_byline():
    body = ("<p>王医生 2015-07-03 11:31:09 0人参与评论</p><p>[摘要：县域医共体让群众在家门口看上专家号。]</p>"
            "<p>2015年7月2日14时，县人民医院专家团队抵达镇卫生院，当天接诊群众八十余人，并开展了两台手术。</p>"
            "<p>专家团队还为卫生院医生开展培训，讲解常见病的规范诊疗和急危重症的转诊流程。</p>")
    html = (f'<html><head><title>专家进乡镇 群众得实惠_健康频道</title></head><body><h1>专家进乡镇 群众得实惠</h1>'
            f'<div class="article">{body}</div></body></html>')
    a = run(html)
    assert a.body.split("\n")[0].startswith("2015年7月2日14时，县人民医院")  # a sentence with a time stays
    assert "参与评论" not in a.body and "摘要" not in a.body
