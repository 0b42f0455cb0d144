"""A health-commission portal with an unusual list template: entries are <dl> blocks in a
div.xw_box and the pager says 后页, so generic list selectors miss it (config gives its own)."""

from __future__ import annotations

from html import escape

from yilian.fixtureweb.sites import Site
from yilian.fixtureweb.templates import chrome
from yilian.fixtureweb.templates.views import ArticleView, ListView


def article_path(site: Site, number: int, date: str) -> str:
    return f"{site.prefix}/{site.column}/{date[:4]}{date[5:7]}/{number}.shtml"


def list_path(site: Site, page_no: int) -> str:
    name = "list.shtml" if page_no == 0 else f"list_{page_no + 1}.shtml"
    return f"{site.prefix}/{site.column}/{name}"


def render_article(site: Site, view: ArticleView) -> str:
    info = f"来源:{view.source_html}&nbsp;&nbsp;发布日期:{chrome.published(view)}"
    if view.author_html:
        info += f"&nbsp;&nbsp;作者:{view.author_html}"
    subtitle = f'<div class="fbt">{view.subtitle_html}</div>\n' if view.subtitle_html else ""
    article = (
        f'<div class="wzy"><div class="bt">{view.title_html}</div>\n{subtitle}'
        f'<div class="ly">{info}&nbsp;&nbsp;浏览量:{view.views}&nbsp;&nbsp;{chrome.font_tools(site)}</div>\n'
        f'<div id="zoom">\n{chrome.body_with_figures(view)}</div>\n'
        f"{chrome.attachments(site, view.attachments)}{chrome.share_widget(site)}{chrome.prev_next(site, view)}</div>\n"
    )
    body = chrome.top_nav(site) + chrome.breadcrumb(site, separator=" &gt;&gt; ") + article + chrome.footer(site)
    return chrome.document(site, f"{site.name}--{view.title}", body)


def render_list(site: Site, view: ListView) -> str:
    entries = "\n".join(
        f'<dl><dt><a href="{link.href}" target="_blank">{escape(link.title)}</a></dt><dd>[{link.date}]</dd></dl>'
        for link in view.items
    )
    body = (
        chrome.top_nav(site) + chrome.breadcrumb(site, separator=" &gt;&gt; ")
        + f'<div class="xw_box">\n{entries}\n</div>\n'
        + chrome.pager(site, view, next_label="后页", css_class="fy")
        + chrome.footer(site)
    )
    return chrome.document(site, f"{site.column_name}--{site.name}", body)
