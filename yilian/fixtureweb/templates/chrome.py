"""Page chrome shared by the templates: head, navigation, pager, share widget, footer, sidebars.

Real CMS pages differ mostly in how they arrange the same pieces, so the pieces live here and
each template module only decides the arrangement and its URL scheme.
"""

from __future__ import annotations

from html import escape

from yilian.fixtureweb.sites import Site
from yilian.fixtureweb.templates.views import ArticleView, Attachment, Image, Link, ListView

_HANS = {
    "here": "当前位置:", "home": "首页", "published": "发布时间", "source": "来源", "author": "作者",
    "clicks": "点击数", "share": "分享到", "wechat": "微信", "weibo": "微博", "scan": "微信扫一扫",
    "prev": "上一篇", "next": "下一篇", "none": "没有了", "copyright": "版权所有", "related": "相关新闻",
    "first": "首页", "prev_page": "上一页", "next_page": "下一页", "last": "尾页", "pages": "共{n}页",
    "attachments": "附件", "print": "打印本页", "close": "关闭窗口", "font": "字体", "big": "大",
    "mid": "中", "small": "小", "search": "站内搜索", "login": "后台登录", "hot": "热点新闻",
    "address": "地址", "telephone": "电话", "support": "技术支持",
}
_HANT = {
    "here": "當前位置:", "home": "首頁", "published": "發布時間", "source": "來源", "author": "作者",
    "clicks": "點擊數", "share": "分享到", "wechat": "微信", "weibo": "微博", "scan": "微信掃一掃分享",
    "prev": "上一篇", "next": "下一篇", "none": "沒有了", "copyright": "版權所有", "related": "相關新聞",
    "first": "首頁", "prev_page": "上一頁", "next_page": "下一頁", "last": "尾頁", "pages": "共{n}頁",
    "attachments": "附件", "print": "打印本頁", "close": "關閉窗口", "font": "字體", "big": "大",
    "mid": "中", "small": "小", "search": "站內搜索", "login": "後台登錄", "hot": "熱點新聞",
    "address": "地址", "telephone": "電話", "support": "技術支持",
}


def labels(site: Site) -> dict[str, str]:
    return _HANT if site.script == "zh-Hant" else _HANS


def charset_meta(site: Site, html5: bool = False) -> str:
    if not site.meta_charset:
        return ""
    if html5:
        return f'<meta charset="{site.meta_charset}">'
    return f'<meta http-equiv="Content-Type" content="text/html; charset={site.meta_charset}">'


def document(site: Site, title: str, body: str, head: str = "", html5: bool = False) -> str:
    """The whole page; the charset declaration (or its absence) comes from the site."""
    doctype = "<!DOCTYPE html>" if html5 else (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
    )
    return (
        f"{doctype}\n<html>\n<head>\n{charset_meta(site, html5)}\n"
        f"<title>{escape(title)}</title>\n{head}"
        f'<link rel="stylesheet" href="{site.prefix}/css/style.css">\n</head>\n<body>\n{body}\n</body>\n</html>\n'
    )


def column_href(site: Site) -> str:
    """The first list page of the site's column, in the URL scheme of its template."""
    from yilian.fixtureweb.templates import template

    return template(site.template).list_path(site, 0)


def top_nav(site: Site) -> str:
    lab = labels(site)
    return (
        f'<div class="header"><div class="logo"><a href="{site.prefix}/index.html">'
        f'<img src="{site.prefix}/images/logo.png" alt="{escape(site.name)}"></a></div>'
        f'<form class="top-search" action="{site.prefix}/search/" method="get">'
        f'<input type="text" name="q"><a href="{site.prefix}/search/?q=">{lab["search"]}</a></form>'
        f'<a class="login" href="{site.prefix}/admin/login.html">{lab["login"]}</a></div>\n'
        f'<div class="nav"><a href="{site.prefix}/index.html">{lab["home"]}</a>'
        f'<a href="{column_href(site)}">{escape(site.parent_column)}</a></div>\n'
    )


def breadcrumb(site: Site, middle: tuple[tuple[str, str], ...] | None = None, separator: str = " > ") -> str:
    """当前位置: 首页 > <middle crumbs> > <column>; ``middle`` defaults to the site's parent column."""
    lab = labels(site)
    column = column_href(site)
    crumbs = ((lab["home"], f"{site.prefix}/index.html"),) + (middle or ((site.parent_column, column),))
    crumbs += ((site.column_name, column),)
    links = separator.join(f'<a href="{href}">{escape(name)}</a>' for name, href in crumbs)
    return f'<div class="position">{lab["here"]} {links}</div>\n'


def published(view: ArticleView) -> str:
    return f"{view.published_at} {view.published_time}" if view.published_time else view.published_at


def meta_line(site: Site, view: ArticleView, separator: str = "&nbsp;&nbsp;") -> str:
    """The 发布时间/来源/作者/点击数 line under the title."""
    lab = labels(site)
    parts = [f'{lab["published"]}:{published(view)}']
    if view.source_html:
        parts.append(f'{lab["source"]}:{view.source_html}')
    if view.author_html:
        parts.append(f'{lab["author"]}:{view.author_html}')
    parts.append(f'{lab["clicks"]}:<span id="hits">{view.views}</span>')
    return f'<div class="info">{separator.join(parts)}</div>\n'


def font_tools(site: Site) -> str:
    lab = labels(site)
    return (
        f'<div class="tools">【{lab["font"]}:<a href="javascript:doZoom(16)">{lab["big"]}</a> '
        f'<a href="javascript:doZoom(14)">{lab["mid"]}</a> <a href="javascript:doZoom(12)">{lab["small"]}</a>】'
        f'【<a href="javascript:window.print()">{lab["print"]}</a>】'
        f'【<a href="javascript:window.close()">{lab["close"]}</a>】</div>\n'
    )


def figure(image: Image) -> str:
    return (
        f'<p style="text-align:center"><img src="{image.src}" alt="{escape(image.alt)}" border="0"></p>\n'
        f'<p class="img-caption" style="text-align:center">{image.caption_html}</p>\n'
    )


def body_with_figures(view: ArticleView, indent: bool = True) -> str:
    """Paragraphs with the images placed after the first paragraph, as editors usually do."""
    style = ' style="text-indent:2em"' if indent else ""
    paras = [f"<p{style}>{p}</p>\n" for p in view.paragraphs_html]
    figures = "".join(figure(image) for image in view.images)
    return "".join(paras[:1]) + figures + "".join(paras[1:]) + table(view.table)


def table(rows: tuple[tuple[str, ...], ...]) -> str:
    """A bordered Word-pasted table, header row first; empty when there is none."""
    if not rows:
        return ""
    body = "".join(f"<tr>{_cells(row, 'td')}</tr>" for row in rows[1:])
    return f'<table border="1" cellspacing="0" cellpadding="4"><tr>{_cells(rows[0], "th")}</tr>{body}</table>\n'


def _cells(row: tuple[str, ...], tag: str) -> str:
    return "".join(f"<{tag}>{escape(c)}</{tag}>" for c in row)


def attachments(site: Site, items: tuple[Attachment, ...]) -> str:
    if not items:
        return ""
    lab = labels(site)
    links = "".join(f'<li><a href="{a.href}">{escape(a.name)}</a></li>' for a in items)
    return f'<div class="attachments"><p>{lab["attachments"]}:</p><ul>{links}</ul></div>\n'


def share_widget(site: Site) -> str:
    lab = labels(site)
    return (
        f'<div class="share">{lab["share"]}:<a class="share-wx" href="javascript:;">{lab["wechat"]}</a> '
        f'<a class="share-wb" href="javascript:;">{lab["weibo"]}</a>'
        f'<div class="qrcode"><img src="{site.prefix}/images/qrcode.png" alt=""><span>{lab["scan"]}</span></div></div>\n'
    )


def prev_next(site: Site, view: ArticleView) -> str:
    lab = labels(site)

    def one(label: str, link: Link | None) -> str:
        target = f'<a href="{link.href}">{escape(link.title)}</a>' if link else lab["none"]
        return f"<li>{label}:{target}</li>"

    return f'<ul class="prenext">{one(lab["prev"], view.prev)}{one(lab["next"], view.next)}</ul>\n'


def sidebar(site: Site, title: str, links: tuple[Link, ...]) -> str:
    items = "".join(
        f'<li><a href="{link.href}" title="{escape(link.title)}">{escape(link.title)}</a><span>{link.date}</span></li>'
        for link in links
    )
    return f'<div class="side-box"><h3>{escape(title)}</h3><ul class="side-links">{items}</ul></div>\n'


def footer(site: Site) -> str:
    lab = labels(site)
    support = f'<p>{lab["support"]}:{escape(site.support)}</p>' if site.support else ""
    return (
        f'<div class="footer"><p>{lab["copyright"]}:{escape(site.name)} &nbsp; '
        f'<a href="https://beian.miit.gov.cn/" target="_blank">{escape(site.icp)}</a></p>'
        f'<p>{lab["address"]}:{escape(site.address)} &nbsp; {lab["telephone"]}:{escape(site.telephone)}</p>{support}</div>\n'
    )


def pager(site: Site, view: ListView, next_label: str | None = None, css_class: str = "page") -> str:
    """首页 上一页 1 2 3 下一页 尾页 共N页, with plain hrefs (what list crawlers follow)."""
    lab = labels(site)
    hrefs, n = view.page_hrefs, view.page_no
    parts = [f'<a href="{hrefs[0]}">{lab["first"]}</a>']
    if n > 0:
        parts.append(f'<a href="{hrefs[n - 1]}">{lab["prev_page"]}</a>')
    for i in range(max(0, n - 2), min(view.page_count, n + 3)):
        parts.append(f"<span class=\"current\">{i + 1}</span>" if i == n else f'<a href="{hrefs[i]}">{i + 1}</a>')
    if n + 1 < view.page_count:
        parts.append(f'<a href="{hrefs[n + 1]}">{next_label or lab["next_page"]}</a>')
    parts.append(f'<a href="{hrefs[-1]}">{lab["last"]}</a>')
    parts.append(f'<span>{lab["pages"].format(n=view.page_count)}</span>')
    return f'<div class="{css_class}">{" ".join(parts)}</div>\n'


def dated_items(view: ListView, title_attr: bool = True) -> str:
    """<li><a>title</a><span>date</span></li> rows, the commonest list markup."""
    rows = []
    for link in view.items:
        attr = f' title="{escape(link.title)}"' if title_attr else ""
        rows.append(
            f'<li><a href="{link.href}"{attr} target="_blank">{escape(link.title)}</a><span class="date">{link.date}</span></li>'
        )
    return "\n".join(rows)
