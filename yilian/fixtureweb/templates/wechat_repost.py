"""A portal page reposting a WeChat official-account article: rich_media markup with nested
<section>/<span>, 原標題, the account name, 閱讀原文 and "微信掃一掃 關注該公眾號"."""

from __future__ import annotations

from html import escape

from yilian.fixtureweb.sites import Site
from yilian.fixtureweb.templates import chrome
from yilian.fixtureweb.templates.views import ArticleView, ListView


def article_path(site: Site, number: int, date: str) -> str:
    return f"{site.prefix}/{site.column}/{date[:7]}/{date[8:10]}/content_{number}.html"


def list_path(site: Site, page_no: int) -> str:
    name = "index.html" if page_no == 0 else f"index_{page_no}.html"
    return f"{site.prefix}/{site.column}/{name}"


def _rich(view: ArticleView) -> str:
    paras = [
        f'<section style="margin:0 8px"><p style="line-height:1.75em"><span style="font-size:15px">{p}</span></p></section>\n'
        for p in view.paragraphs_html
    ]
    figures = "".join(
        f'<section style="text-align:center"><img data-src="{img.src}" src="{img.src}">'
        f'<p><span style="color:#888;font-size:12px">{img.caption_html}</span></p></section>\n'
        for img in view.images
    )
    return "".join(paras[:1]) + figures + "".join(paras[1:]) + chrome.table(view.table)


def render_article(site: Site, view: ArticleView) -> str:
    account = view.source_html or escape(site.name)
    origin = f'<p class="repost">本文轉載自:{account}</p>\n' if view.repost_of else ""
    subtitle = f'<p class="rich_media_subtitle">{view.subtitle_html}</p>\n' if view.subtitle_html else ""
    article = (
        f'<div class="rich_media"><h2 class="rich_media_title" id="activity-name">{view.title_html}</h2>\n{subtitle}'
        f'<div class="rich_media_meta_list"><span class="rich_media_meta">原創</span> '
        f'<a class="rich_media_meta_nickname" href="javascript:void(0);">{account}</a> '
        f'<em id="publish_time">{chrome.published(view)}</em></div>\n{origin}'
        f'<div class="rich_media_content" id="js_content">\n{_rich(view)}</div>\n'
        f"{chrome.attachments(site, view.attachments)}"
        f'<div class="rich_media_tool"><a href="javascript:;">閱讀原文</a> 閱讀 {view.views}</div>\n'
        f'<div class="qr_code_pc"><img src="{site.prefix}/images/qrcode.png" alt=""><p>微信掃一掃<br>關注該公眾號</p></div></div>\n'
    )
    body = chrome.top_nav(site) + chrome.breadcrumb(site) + article + chrome.prev_next(site, view) + chrome.footer(site)
    return chrome.document(site, view.title, body, html5=True)


def render_list(site: Site, view: ListView) -> str:
    body = (
        chrome.top_nav(site) + chrome.breadcrumb(site)
        + f'<ul class="list">\n{chrome.dated_items(view)}\n</ul>\n' + chrome.pager(site, view) + chrome.footer(site)
    )
    return chrome.document(site, f"{site.column_name}-{site.name}", body, html5=True)
