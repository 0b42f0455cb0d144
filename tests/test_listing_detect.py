"""The list-page detector finds a column's article links and its next page with no selectors, on list
templates of several kinds, and leaves navigation, sidebars and 热点/推荐 boxes alone."""

from __future__ import annotations

import pytest

from yilian.listing import detect

URL = "http://www.example-wjw.gov.cn/xwzx/gzdt/index.html"
TITLES = [
    "市卫健委召开紧密型县域医共体建设推进会", "我市第二批城市医疗集团网格化布局通过省级评估",
    "市人民医院与六家乡镇卫生院签订医联体协议", "市中医院牵头成立中医专科联盟", "远程医疗协作网覆盖全市所有乡镇卫生院",
    "县域医共体慢病管理中心正式揭牌运行", "市妇幼保健院专家团队下沉基层开展义诊活动", "全市医联体双向转诊工作培训班举办",
]
DATES = ["2024-06-18", "2024-06-11", "2024-05-30", "2024-05-21", "2024-05-09", "2024-04-26", "2024-04-15", "2024-04-02"]
HREFS = [f"/xwzx/gzdt/2024{d[5:7]}/t{d.replace('-', '')}_{880 + i}.html" for i, d in enumerate(DATES)]
HOST = "http://www.example-wjw.gov.cn"

CHROME_TOP = """<div id="top"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/xwzx/">新闻中心</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/gzdt/">工作动态</a></div>"""
HOT_BOX = """<div class="box2"><div class="tit">热点新闻</div><ul>
<li><a href="/xwzx/tzgg/202403/t20240301_501.html">关于开展2024年度全市医疗机构校验工作的通知公告</a><span>2024-03-01</span></li>
<li><a href="/xwzx/tzgg/202402/t20240220_498.html">关于公布第三批市级临床重点专科建设项目的通知公告</a><span>2024-02-20</span></li>
<li><a href="/xwzx/tzgg/202401/t20240115_490.html">市卫生健康委关于做好春节期间医疗服务保障的通知</a><span>2024-01-15</span></li>
</ul></div>"""
FOOT = """<div class="bottom"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="http://beian.miit.gov.cn/">京ICP备0000000号</a></div>"""


def page(main: str, side: str = HOT_BOX) -> str:
    return (f'<html><head><meta charset="utf-8"><title>工作动态</title></head><body>{CHROME_TOP}'
            f'<div class="container"><div class="l-col">{main}</div><div class="r-col">{side}</div></div>{FOOT}</body></html>')


def pager_links(n_pages: int = 5, current: int = 0, label: str = "下一页") -> str:
    names = ["index.html"] + [f"index_{i}.html" for i in range(1, n_pages)]
    parts = [f'<a href="{names[0]}">首页</a>']
    for i, name in enumerate(names):
        parts.append(f"<span>{i + 1}</span>" if i == current else f'<a href="{name}">{i + 1}</a>')
    if current + 1 < n_pages:
        parts.append(f'<a href="{names[current + 1]}">{label}</a>')
    parts.append(f'<a href="{names[-1]}">尾页</a>')
    return f'<div class="fenye">{" ".join(parts)}</div>'


def ul_list() -> str:
    rows = "".join(f'<li><a href="{h}" title="{t}">{t}</a><span class="time">{d}</span></li>' for h, t, d in zip(HREFS, TITLES, DATES))
    return f'<ul class="lb">{rows}</ul>'


def table_list() -> str:
    rows = "".join(f'<tr><td class="bt"><a href="{h}">{t}</a></td><td>{d}</td></tr>' for h, t, d in zip(HREFS, TITLES, DATES))
    return f'<table width="100%"><tr><th>标题</th><th>发布日期</th></tr>{rows}</table>'


def dl_list() -> str:
    return "".join(f'<dl><dt><a href="{h}">{t}</a></dt><dd>[{d}]</dd></dl>' for h, t, d in zip(HREFS, TITLES, DATES))


def card_list() -> str:
    cards = "".join(
        f'<div class="item"><a href="{h}"><img src="/img/{i}.jpg"></a><h3><a href="{h}">{t}</a></h3>'
        f'<p>{t}。为进一步推动优质医疗资源下沉，会议对下一阶段工作作出部署……<a href="{h}">[详细]</a></p><em>{d}</em></div>'
        for i, (h, t, d) in enumerate(zip(HREFS, TITLES, DATES)))
    return f'<div class="pics">{cards}</div>'


def split_lists() -> str:
    """One list printed as <ul> blocks of four with a divider between them, as many gov CMSs do."""
    rows = [f'<li><a href="{h}">{t}</a><span>{d}</span></li>' for h, t, d in zip(HREFS, TITLES, DATES)]
    return f'<ul class="gl">{"".join(rows[:4])}</ul><div class="line"></div><ul class="gl">{"".join(rows[4:])}</ul>'


def bare_links() -> str:
    return "<div class=\"nr\">" + "".join(f'<a href="{h}">{t}</a> <font color="#999">{d}</font><br>'
                                          for h, t, d in zip(HREFS, TITLES, DATES)) + "</div>"


@pytest.mark.parametrize("main", [ul_list, table_list, dl_list, card_list, split_lists, bare_links])
def test_article_links_titles_and_dates_of_each_template(main):
    found = detect(page(main() + pager_links()), URL)
    assert [a.url for a in found.articles] == [HOST + h for h in HREFS]
    assert [a.title for a in found.articles] == TITLES
    assert [a.date for a in found.articles] == DATES
    assert found.next_page == HOST + "/xwzx/gzdt/index_1.html"


def test_the_hot_box_wins_nothing_even_when_it_is_the_longer_list():
    hot = HOT_BOX.replace("</ul>", "".join(
        f'<li><a href="/xwzx/tzgg/2023{m:02d}/t2023{m:02d}01_{m}.html">关于印发全市卫生健康工作要点的通知（第{m}号）</a><span>2023-{m:02d}-01</span></li>'
        for m in range(1, 12)) + "</ul>")
    found = detect(page(ul_list(), side=hot), URL)
    assert [a.url for a in found.articles] == [HOST + h for h in HREFS]


@pytest.mark.parametrize("label", ["下一页", "下页", "下一頁", "后页", "›", "»", "下一页>>", "[下一页]"])
def test_next_page_labels(label):
    found = detect(page(ul_list() + pager_links(current=2, label=label)), HOST + "/xwzx/gzdt/index_2.html")
    assert found.next_page == HOST + "/xwzx/gzdt/index_3.html"


def test_last_page_has_no_next_page():
    found = detect(page(ul_list() + pager_links(current=4)), HOST + "/xwzx/gzdt/index_4.html")
    assert found.next_page is None
    assert HOST + "/xwzx/gzdt/index_1.html" in found.pages


@pytest.mark.parametrize("call, expected", [
    ('createPageHTML(6, 0, "index", "html");', "index_1.html"),
    ('createPageHTML(6, 2, "index", "html");', "index_3.html"),
    ("var countPage = 6;var currentPage = 1;createPageHTML(countPage, currentPage, \"index\", \"shtml\");", "index_2.shtml"),
    ("createPageHTML('page_div',41, 1,'list','shtml',814);", "list_2.shtml"),
    ('createPageHTML(6, 5, "index", "html");', None),
])
def test_script_pagers(call, expected):
    found = detect(page(ul_list() + f'<div id="page_div"></div><script>{call}</script>'), URL)
    assert found.next_page == (HOST + "/xwzx/gzdt/" + expected if expected else None)


def test_query_string_pages_and_numbers_without_a_label():
    url = HOST + "/news/list.jsp?cid=12&page=2"
    numbers = " ".join('<b>2</b>' if n == 2 else f'<a href="list.jsp?cid=12&page={n}">{n}</a>' for n in range(1, 6))
    found = detect(page(ul_list() + f'<div class="pages">{numbers}</div>'), url)
    assert found.next_page == HOST + "/news/list.jsp?cid=12&page=3"


def test_a_page_of_navigation_only_yields_no_articles():
    html = (f'<html><body>{CHROME_TOP}{FOOT}</body></html>')
    assert detect(html, URL).articles == ()


def test_links_carried_by_onclick_and_data_url_count_as_articles():
    rows = "".join(
        f'<li><a href="javascript:void(0)" onclick="window.open(\'{h}\')">{t}</a><span>{d}</span></li>' if i % 2 else
        f'<li><a href="javascript:;" data-url="{h}">{t}</a><span>{d}</span></li>'
        for i, (h, t, d) in enumerate(zip(HREFS, TITLES, DATES)))
    found = detect(page(f'<ul class="lb">{rows}</ul>'), URL)
    assert [a.url for a in found.articles] == [HOST + h for h in HREFS]
    cards = "".join(f'<div class="card" onclick="location.href=\'{h}\'"><div class="card-title">{t}</div>'
                    f'<div class="desc">近日召开会议，部署下一阶段工作……</div><div class="d">{d}</div></div>'
                    for h, t, d in zip(HREFS, TITLES, DATES))
    found = detect(page(f'<div class="cards">{cards}</div>'), URL)
    assert [a.title for a in found.articles] == TITLES and [a.date for a in found.articles] == DATES


def test_an_empty_column_yields_no_articles_even_beside_a_dated_sidebar():
    found = detect(page('<div class="lb"><p>暂无信息</p></div>', side=HOT_BOX.replace("热点新闻", "工作动态")), URL)
    assert found.articles == ()


@pytest.mark.parametrize("pager, url, expected", [
    ('<select onchange="self.location.href=this.options[this.selectedIndex].value"><option value="index.html" selected>1'
     '</option><option value="index_2.html">2</option></select>', URL, "/xwzx/gzdt/index_2.html"),
    ('<form action="list.jsp" method="get"><input type="hidden" name="cid" value="7"><input type="hidden" name="pageNo" '
     'value="2"><a href="javascript:goPage(3)">下一页</a></form>', HOST + "/xwzx/gzdt/list.jsp?cid=7&pageNo=2",
     "/xwzx/gzdt/list.jsp?cid=7&pageNo=3"),
    ('<script>var currentPage = 1;//从0开始\nvar nextPage = currentPage+1\nvar countPage = 4//共多少页\n'
     'if(currentPage<countPage-1) document.write("<a href=\\""+"index"+"_" + nextPage + "."+"html\\">下一页</a>");</script>',
     HOST + "/xwzx/gzdt/index_1.html", "/xwzx/gzdt/index_2.html"),
    ('<script>var currentPage = 3;var nextPage = currentPage+1;var countPage = 4;'
     'document.write("<a href=\\"index_" + nextPage + ".html\\">下一页</a>");</script>', HOST + "/xwzx/gzdt/index_3.html", None),
    ('<div class="pg"><b>[2]</b> <a href="index.html">1</a> <a href="index_3.html">3</a></div>',
     HOST + "/xwzx/gzdt/index_2.html", "/xwzx/gzdt/index_3.html"),
    ('<a href="?paged=2">较早文章</a>', URL, "/xwzx/gzdt/index.html?paged=2"),
    ('<div class="loadmore"><a href="?page=2">加载更多</a></div>', URL, "/xwzx/gzdt/index.html?page=2"),
])
def test_pagers_by_select_form_script_numbers_and_words(pager, url, expected):
    found = detect(page(ul_list() + pager), url)
    assert found.next_page == (HOST + expected if expected else None)


def test_day_blocks_hidden_titles_and_cut_titles_are_read_whole():
    rows = "".join(
        f'<li><a href="{h}"><div class="date"><span>{d[8:]}</span><em>{d[:7]}</em></div><h4>{t}</h4></a>'
        f'<a class="more" href="{h}">继续阅读<span class="sr">{t}</span></a></li>'
        for h, t, d in zip(HREFS, TITLES, DATES))
    found = detect(page(f'<ul class="news">{rows}</ul>'), URL)
    assert [a.title for a in found.articles] == TITLES and [a.date for a in found.articles] == DATES
    rows = "".join(f'<li><a href="{h}"><img src="/p/{i}.jpg" alt="{t}"><p>{t[:9]}…</p></a></li>'
                   for i, (h, t) in enumerate(zip(HREFS, TITLES)))
    assert [a.title for a in detect(page(f'<ul class="pics">{rows}</ul>'), URL).articles] == TITLES
