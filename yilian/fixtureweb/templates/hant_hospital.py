"""A Traditional-script hospital site (VSB style) whose reading-aid plugin shows pinyin after many
characters; dates as 2017/12/12 10:18:00, the column name above the title, and the footer
"微信掃一掃分享 熱點新聞" followed by hot news. The content ends with the signing department and
the date, right-aligned, which are not part of the body."""

from __future__ import annotations

from html import escape

from yilian.fixtureweb.sites import Site
from yilian.fixtureweb.templates import chrome
from yilian.fixtureweb.templates.views import ArticleView, ListView


def article_path(site: Site, number: int, date: str) -> str:
    return f"{site.prefix}/info/{1000 + int(date[:4]) % 100}/{number}.htm"


def list_path(site: Site, page_no: int) -> str:
    name = "index.html" if page_no == 0 else f"index_{page_no}.html"
    return f"{site.prefix}/{site.column}/{name}"


def _slashed(view: ArticleView) -> str:
    return view.published_at.replace("-", "/") + (f" {view.published_time}" if view.published_time else "")


def render_article(site: Site, view: ArticleView) -> str:
    lab = chrome.labels(site)
    parts = []
    if view.author_html:
        parts.append(f'{lab["author"]}:{view.author_html}')
    if view.source_html:
        parts.append(f'{lab["source"]}:{view.source_html}')
    parts.append(f'{lab["published"]}:{_slashed(view)}')
    subtitle = f'<h2 class="subtitle">{view.subtitle_html}</h2>\n' if view.subtitle_html else ""
    hot = "".join(f'<li><a href="{link.href}">{escape(link.title)}</a></li>' for link in view.related)
    article = (
        f'<div class="column-name">{site.column_name}</div>\n<form name="_newscontent_fromname">'
        f'<h1 class="arti-title">{view.title_html}</h1>\n{subtitle}'
        f'<p class="arti-metas">{" ".join(parts)}</p>\n'
        f'<div class="v_news_content">\n{chrome.body_with_figures(view, indent=False)}'
        f'<p style="text-align:right">{view.source_html}</p>\n<p style="text-align:right">{_slashed(view)[:10]}</p>\n</div>\n'
        f"{chrome.attachments(site, view.attachments)}</form>\n{chrome.prev_next(site, view)}"
        f'<div class="wx-share">{lab["scan"]}</div>\n<div class="hot"><h3>{lab["hot"]}</h3><ul>{hot}</ul></div>\n'
    )
    body = chrome.top_nav(site) + f'<div class="wp_article">{article}</div>\n' + chrome.footer(site)
    return chrome.document(site, f"{view.title}-{site.name}", body, html5=True)


def render_list(site: Site, view: ListView) -> str:
    body = (
        chrome.top_nav(site) + chrome.breadcrumb(site)
        + f'<div class="list"><ul>\n{chrome.dated_items(view, title_attr=False)}\n</ul></div>\n'
        + chrome.pager(site, view) + chrome.footer(site)
    )
    return chrome.document(site, f"{site.column_name}-{site.name}", body, html5=True)
