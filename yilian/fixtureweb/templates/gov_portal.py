"""A government portal on an intensive platform: the 索引号/主题分类/发文机关 table, article meta tags
(ArticleTitle, PubDate, ContentSource), 信息来源/浏览次数, 字体大中小 and 打印/关闭."""

from __future__ import annotations

from html import escape

from yilian.fixtureweb.sites import Site
from yilian.fixtureweb.templates import chrome
from yilian.fixtureweb.templates.views import ArticleView, ListView


def article_path(site: Site, number: int, date: str) -> str:
    compact = date.replace("-", "")
    return f"{site.prefix}/{site.column}/{compact[:6]}/t{compact}_{number}.html"


def list_path(site: Site, page_no: int) -> str:
    name = "index.html" if page_no == 0 else f"index_{page_no}.html"
    return f"{site.prefix}/{site.column}/{name}"


def _meta_tags(site: Site, view: ArticleView) -> str:
    pairs = (
        ("SiteName", site.name), ("ColumnName", site.column_name), ("ArticleTitle", view.title),
        ("PubDate", chrome.published(view)), ("ContentSource", view.source),
    )
    return "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in pairs)


def _info_table(view: ArticleView) -> str:
    rows = (
        ("索 引 号:", view.index_no, "主题分类:", view.topic),
        ("发文机关:", view.issuer, "成文日期:", ""),
        ("标  题:", view.title_html, None, None),
        ("发文字号:", view.doc_no, "发布日期:", view.published_at),
        ("主 题 词:", "", None, None),
    )
    out = []
    for a, b, c, d in rows:
        if c is None:
            out.append(f'<tr><th>{a}</th><td colspan="3">{b}</td></tr>')
        else:
            out.append(f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>")
    return f'<table class="xxgk-info">{"".join(out)}</table>\n'


def render_article(site: Site, view: ArticleView) -> str:
    position = chrome.breadcrumb(site, middle=(
        ("政务公开", f"{site.prefix}/zwgk/index.html"),
        ("法定主动公开内容", f"{site.prefix}/zwgk/fdzdgknr/index.html"),
        (site.parent_column, chrome.column_href(site)),
    ))
    info = f"发布时间:{chrome.published(view)}&nbsp;&nbsp;信息来源:{view.source_html}&nbsp;&nbsp;浏览次数:{view.views}"
    subtitle = f'<h3 class="fbt">{view.subtitle_html}</h3>\n' if view.subtitle_html else ""
    article = (
        f'<div class="article">{_info_table(view)}<h1 class="bt">{view.title_html}</h1>\n{subtitle}'
        f'<div class="fbxx">{info}</div>\n{chrome.font_tools(site)}'
        f'<div class="TRS_Editor" id="zoom">\n{chrome.body_with_figures(view)}</div>\n'
        f"{chrome.attachments(site, view.attachments)}{chrome.font_tools(site)}</div>\n"
    )
    body = chrome.top_nav(site) + position + article + chrome.footer(site)
    return chrome.document(site, view.title, body, head=_meta_tags(site, view))


def render_list(site: Site, view: ListView) -> str:
    body = (
        chrome.top_nav(site) + chrome.breadcrumb(site)
        + f'<div class="xxgk-right"><ul class="xxgk_list">\n{chrome.dated_items(view)}\n</ul>\n'
        + f"{chrome.pager(site, view)}</div>\n" + chrome.footer(site)
    )
    return chrome.document(site, f"{site.column_name}-{site.name}", body)
