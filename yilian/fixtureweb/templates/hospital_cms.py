"""A hospital CMS news column (DedeCMS/PHPCMS style): breadcrumb, metadata line, share widget,
上一篇/下一篇, a sidebar of related news with dates, and a footer with the ICP number.

When an article has a subtitle, the editor pasted title and subtitle again at the top of the
content, centred and bold, as on real hospital sites; they are not part of the body."""

from __future__ import annotations

from yilian.fixtureweb.sites import Site
from yilian.fixtureweb.templates import chrome
from yilian.fixtureweb.templates.views import ArticleView, ListView


def article_path(site: Site, number: int, date: str) -> str:
    return f"{site.prefix}/{site.column}/{date[:4]}/{date[5:7]}{date[8:10]}/{number}.html"


def list_path(site: Site, page_no: int) -> str:
    name = "index.html" if page_no == 0 else f"index_{page_no}.html"
    return f"{site.prefix}/{site.column}/{name}"


def render_article(site: Site, view: ArticleView) -> str:
    lab = chrome.labels(site)
    subtitle = f'<h3 class="subtitle">{view.subtitle_html}</h3>\n' if view.subtitle_html else ""
    pasted = (
        f'<p style="text-align:center"><strong>{view.title_html}</strong></p>\n'
        f'<p style="text-align:center"><strong>{view.subtitle_html}</strong></p>\n'
        if view.subtitle_html else ""
    )
    main = (
        f'<div class="main-left">{chrome.breadcrumb(site)}<div class="article">\n'
        f'<h1 class="title">{view.title_html}</h1>\n{subtitle}{chrome.meta_line(site, view)}'
        f'<div class="content" id="content">\n{pasted}{chrome.body_with_figures(view)}</div>\n'
        f"{chrome.attachments(site, view.attachments)}{chrome.share_widget(site)}"
        f"{chrome.prev_next(site, view)}</div></div>\n"
    )
    side = f'<div class="main-right">{chrome.sidebar(site, lab["related"], view.related)}</div>\n'
    body = chrome.top_nav(site) + f'<div class="main">{main}{side}</div>\n' + chrome.footer(site)
    return chrome.document(site, f"{view.title}-{site.name}", body)


def render_list(site: Site, view: ListView) -> str:
    body = (
        chrome.top_nav(site)
        + f'<div class="main"><div class="main-left">{chrome.breadcrumb(site)}'
        + f'<ul class="news-list">\n{chrome.dated_items(view)}\n</ul>\n{chrome.pager(site, view)}</div></div>\n'
        + chrome.footer(site)
    )
    return chrome.document(site, f"{site.column_name}-{site.name}", body)
