"""The words and names list pages use: pager labels, boxes that are not the article list, link texts
that are not titles. One module, so the detector's vocabulary is read and changed in one place."""

from __future__ import annotations

import re

# A link that goes to the next list page, once whitespace and brackets are taken off its text
# (下一页, 下页, 下一頁, 后页, 後一頁, next, ›, », >, >>, 下一页>>).
NEXT_TEXT = re.compile(
    r"^(?:下一?[页頁]|[后後]一?[页頁]|next(?:page)?|[›»>＞]{1,2}|下一?[页頁][›»>＞]{1,2}|"
    r"[较較更]早(?:的)?文章|older(?:posts|entries)?|加[载載]更多|[点點][击擊]加[载載]更多|loadmore)$", re.I)
# A link to the previous page or an end of the list: never the next page, never an article.
PAGER_TEXT = re.compile(
    r"^(?:上一?[页頁]|前一?[页頁]|首[页頁]|[尾末]一?[页頁]|最[后後]一?[页頁]|prev(?:ious)?|first|last|[‹«<＜]{1,2}|\d{1,4}|"
    r"第\d+[页頁]|共\d+[页頁]|跳转|跳轉|go|确定|確定|更多|more|详细|詳細|详情|詳情|全文|阅读全文|閱讀全文|查看详情|\.\.\.|…+)$",
    re.I,
)
_STRIP = re.compile(r"[\s\[\]【】()（）{}「」<>＜＞|｜:：·•\u00a0]+")
# Loose text around a pager label ("[下一页]", "下一页 >") is taken off before matching, except the arrows.
_STRIP_KEEP_ARROWS = re.compile(r"[\s\[\]【】()（）{}「」|｜:：·•\u00a0]+")


def label(text: str) -> str:
    """A link text reduced to what pager and 'more' cues are matched against."""
    return _STRIP_KEEP_ARROWS.sub("", text).lower()


def is_next_label(text: str) -> bool:
    return bool(NEXT_TEXT.match(label(text)))


def is_pager_or_more(text: str) -> bool:
    """Texts a pager or a 'read more' link shows; a title never reads like this."""
    reduced = label(text)
    return bool(PAGER_TEXT.match(reduced) or NEXT_TEXT.match(reduced) or PAGER_TEXT.match(_STRIP.sub("", text).lower()))


# Headings of boxes beside the article list: hot, recommended, ranked, related, friendly links.
SIDE_BOX_WORDS = (
    "热点", "熱點", "热门", "熱門", "推荐", "推薦", "排行", "排名", "相关", "相關", "友情链接", "友情鏈接", "最新",
    "猜你喜欢", "猜你喜歡", "专题", "專題", "快速通道", "便民服务", "便民服務", "常用链接", "网站导航", "網站導航",
)
# Class/id words of page chrome; split on non-letters and camel case before matching, so "main-right"
# or "newsList" never hit ("right" and "list" are not here on purpose).
CHROME_WORDS = frozenset(
    "nav navbar navi menu menus header footer foot bottom copyright side sidebar aside crumb crumbs breadcrumb "
    "position location weizhi dqwz hot hots hotnews rank ranking paihang recommend tuijian rmtj friend yqlj "
    "banner share bdshare link links flink qrcode login search swiper slider slide slides carousel focus".split()
)
CHROME_TAGS = frozenset(("nav", "header", "footer", "aside"))
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def chrome_words(class_and_id: str) -> set[str]:
    """The chrome words in an element's class and id ("side-box" -> {"side"})."""
    return {w.lower() for w in _WORD.findall(class_and_id)} & CHROME_WORDS


SIDE_BOX_HEADING_MAX = 12  # "热点新闻", "点击排行 更多>>": box headings are short; a breadcrumb is not one
_MORE = re.compile(r"更多|more|[>»›]+", re.I)


def names_side_box(text: str) -> bool:
    text = _MORE.sub("", text).strip()
    return len(text) <= SIDE_BOX_HEADING_MAX and any(word in text for word in SIDE_BOX_WORDS)


# What a column with nothing in it says where its list would be.
EMPTY_LIST = re.compile(r"^[\s　]*(?:暂无|暫無|没有|沒有)(?:相关|相關|任何)?(?:信息|資訊|数据|數據|内容|內容|记录|記錄|文章|新闻|新聞)[。.！!]?[\s　]*$")


# 大汉 Hanweb datastores: <record><![CDATA[<li>…</li>]]></record>, shown perPage at a time.
DATASTORE_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)
DATASTORE_UNIT = re.compile(r"\bunitid=(\d+)")
PER_PAGE = re.compile(r"\bper[Pp]age\s*[:=]\s*['\"]?(\d{1,4})")
# Script pagers: TRS-style createPageHTML(count, current, "index", "html") and its kin.
PAGER_SCRIPT_CALL = re.compile(r"\b(\w*[Pp]age\w*)\s*\(([^()]{3,200})\)")
SCRIPT_ASSIGN = re.compile(r"\bvar\s+(\w+)\s*=\s*['\"]?([\w\s+-]{1,40}?)['\"]?\s*(?=;|//|\n|,|$)")
# The inline TRS pager's variables (0-based current page) and the link it writes.
COUNT_VAR = re.compile(r"^(?:countPage|nPageCount|pageCount|totalPage|totalPages|page_count)$", re.I)
CURRENT_VAR = re.compile(r"^(?:currentPage|nCurrIndex|curPage|currPage|current_page)$", re.I)
WRITTEN_LINK = re.compile(r"<a\s[^>]*href\s*=\s*[\"']([^\"']+)[\"'][^>]*>(.*?)</a>", re.I | re.S)
PAGE_EXTENSIONS = frozenset(("htm", "html", "shtml", "jsp", "php", "asp", "aspx", "xhtml"))
# A URL written in an onclick or href script: location.href='…', window.open('…').
SCRIPT_URL = re.compile(r"""(?:location(?:\.href)?\s*=|window\.open\s*\(|location\.assign\s*\()\s*['"]([^'"]+)['"]""")
# Where list pages keep a link's target out of href: onclick scripts and data attributes.
URL_ATTRIBUTES = ("data-url", "data-href", "data-link")
# A javascript: link that turns a page number into a request, as form pagers do: goPage(3), toPage(3).
SCRIPT_PAGE_CALL = re.compile(r"^javascript:\s*\w+\(\s*['\"]?(\d{1,5})['\"]?\s*\)", re.I)
PAGE_FIELD = re.compile(r"^(?:page|pageno|pagenum|pageindex|curpage|currentpage|pn|p|pageNo|page_no)$", re.I)
# A "read more" link that carries the title only as hidden text: 继续阅读<span>标题</span>.
READ_MORE = re.compile(r"^\s*(?:继续阅读|繼續閱讀|阅读全文|閱讀全文|查看详情|查看詳情|查看全文|详细|詳細|详情|詳情|more|read more)", re.I)
# Lists that print the day big over its month: "17" then "2024-05", "26" then "2024/09".
DAY_THEN_MONTH = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*[/|]?\s*(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})(?![\d/.-])")
# Headings and title-like class words inside a card whose whole box is the link.
TITLE_CLASS_WORDS = frozenset(("title", "tit", "bt", "name", "hd"))
CURRENT_CLASS_WORDS = frozenset(("cur", "current", "active", "on", "sel", "selected", "now", "thisclass", "hover"))
