"""Main text: find the container holding the article's prose, then keep its paragraphs only.

Prose is recognised by sentence punctuation outside links: navigation, related-news
lists, sidebars and footers are mostly link text or punctuation-free labels. From
<body> we descend while one child holds nearly all of that prose; the node where
the prose spreads over several children is the article body. A <form> is walked
like any container (博达 VSB and ASP.NET pages wrap the article in one); only
prose-less forms (search boxes, logins) are chrome. Inside the body, boilerplate
subtrees (share widgets, pagers, link lists, image captions) are skipped, the
remaining lines filtered (metadata line, repeated title, 上一篇/下一篇, 打印/关闭) and a
closing 落款 (signing department over a date) split off as metadata.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from yilian.clean.extract.dates import is_date_only
from yilian.clean.extract.fields import is_breadcrumb, is_metadata_line
from yilian.clean.extract.tree import class_id, either_script

SHARE = 0.8  # descend while one child holds this share of the prose
_PUNCT = re.compile(r"[，。；！？、,;!?]")
_NOT_CJK = re.compile(r"[^\u3400-\u9fff]+")
_CONTAINER_TAGS = frozenset(("div", "section", "article", "main", "table", "tbody", "tr", "td", "center", "body", "form", "dd"))
_SKIP_TAGS = frozenset(("nav", "aside", "footer", "button", "select", "input", "textarea", "header", "label"))
FORM_PROSE = 20.0  # a <form> with less prose than this is a search/login widget, not a page wrapper
_BOILER_CLASS = re.compile(
    r"bdshare|jiathis|share|copyright|breadcrumb|crumb|(?:^|[\s_-])(?:prev|next|pager|pagination|print|close|"
    r"related|xgxw|comment|footer|toolbar|tools|fontsize|qrcode|ewm|position|location|weizhi|nav|menu|sidebar)"
    r"(?:$|[\s_-])"
)
DOC_EXT = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et|pptx?|zip|rar|7z|ofd|txt|csv)(?:$|[?#])", re.I)

_END_MARKERS = re.compile(
    "^[-•·*\\s]*[【\\[]?(?:" + "|".join(either_script(w) for w in (
        "上一篇", "下一篇", "上一条", "下一条", "相关新闻", "相关阅读", "相关链接", "相关文章", "热点新闻",
        "推荐阅读", "延伸阅读", "热门文章", "最新新闻", "返回列表", "返回顶部")) + ")[】\\]]?(?:[:：]|$)"
)
_BOILER_LINE = re.compile(
    "|".join(either_script(w) for w in (
        "分享到", "微信扫一扫", "扫一扫分享", "扫一扫在手机", "用手机扫描", "打印本页", "打印此页", "关闭窗口",
        "【打印】", "【关闭】", "[打印]", "[关闭]", "版权所有", "ICP备", "网站标识码", "公网安备", "预览时标签不可点",
        "阅读原文", "长按识别", "收藏本文", "技术支持", "主办单位", "返回顶部", "字号：", "字体：",
    ))
)
# "宣传科：张三 某某医院", "文/张三 图/李四": who wrote it, printed over the first paragraph.
_BYLINE = re.compile(
    r"^(?:文字|文|图|圖|摄影|攝影|通讯员|通訊員|记者|記者|撰稿|[\u3400-\u9fff]{1,8}?(?:科|部|处|處|室|办|辦|中心|站))"
    r"\s*[:：|｜/]\s*[\u3400-\u9fff·]{2,4}(?:\s|$)"
)
BYLINE_MAX = 50
LABEL_MAX = 12  # characters of a column label printed above the title ("双下沉专栏")
TITLE_SEARCH = 8  # top lines where the title may be repeated
_TOP_DATE_ONLY = re.compile(r"^[\d\s:：/.\-年月日时分]{8,25}$")
_DASHES = "—－-─ 　"


@dataclass(slots=True)
class Stats:
    """Per-element counts gathered in one walk of the tree.

    ``prose`` holds only elements with some prose; ``links`` only elements with two links or
    more (the only ones the boilerplate test looks at), as (document links, chars, link chars).
    """

    prose: dict[HtmlElement, float] = field(default_factory=dict)
    links: dict[HtmlElement, tuple[int, int, int]] = field(default_factory=dict)


def _cjk(text: str) -> int:
    return len(_NOT_CJK.sub("", text))


def prose_score(text: str | None) -> float:
    if not text or text.isspace():  # most text between tags is indentation
        return 0.0
    return float(_cjk(text)) if _PUNCT.search(text) else 0.05 * _cjk(text)


def _chars(text: str) -> int:
    return len("".join(text.split()))


def measure(root: HtmlElement) -> Stats:
    """Prose score, character and link counts of every element's subtree, in one walk.

    Whitespace-only text and tails (indentation, most of them) are passed over without a call.
    """
    stats = Stats()
    prose_of, links_of = stats.prose, stats.links

    def walk(node: HtmlElement, in_link: bool) -> tuple[float, int, int, int, int]:
        tag = node.tag
        if tag.__class__ is not str or tag in _SKIP_TAGS:
            return 0.0, 0, 0, 0, 0
        is_a = tag == "a"
        link = in_link or is_a
        text = node.text
        if text and not text.isspace():
            prose = 0.0 if link else prose_score(text)
            chars = _chars(text)
        else:
            prose, chars = 0.0, 0
        link_chars = chars if link else 0
        n_links = n_docs = 0
        if is_a:
            n_links = 1
            n_docs = int(bool(DOC_EXT.search(node.get("href") or "")))
        for child in node:
            p, c, lc, nl, nd = walk(child, link)
            tail = child.tail
            if tail and not tail.isspace():
                tc = _chars(tail)
                if not link:
                    p += prose_score(tail)
                if link:
                    lc += tc
                c += tc
            prose += p
            chars += c
            link_chars += lc
            n_links += nl
            n_docs += nd
        if prose:
            prose_of[node] = prose
        if n_links >= 2:
            links_of[node] = (n_docs, chars, link_chars)
        return prose, chars, link_chars, n_links, n_docs

    walk(root, False)
    return stats


def find_container(root: HtmlElement, stats: Stats) -> HtmlElement:
    """Deepest container element still holding nearly all of the page's prose.

    Paragraph-level children (p, span, font) are never entered, so a body that is
    one paragraph plus a member table keeps its table.
    """
    body = root.find("body")
    node = body if body is not None else root
    while True:
        total = stats.prose.get(node, 0.0)
        children = [c for c in node if isinstance(c.tag, str)]
        if total <= 0 or not children:
            return node
        best = max(children, key=lambda c: stats.prose.get(c, 0.0))
        if stats.prose.get(best, 0.0) < SHARE * total or best.tag not in _CONTAINER_TAGS:
            return node
        node = best


def boilerplate_filter(stats: Stats, drop: AbstractSet[HtmlElement] = frozenset()):
    """Predicate for :func:`tree.lines`: subtrees that are chrome rather than article, or in ``drop``
    (image captions, which belong to the images)."""

    def skip(el: HtmlElement) -> bool:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS or el in drop:
            return True
        if _BOILER_CLASS.search(class_id(el)):
            return True
        if tag == "form" and stats.prose.get(el, 0.0) < FORM_PROSE:
            return True
        counts = stats.links.get(el)
        if counts is not None and not counts[0]:
            chars = counts[1]
            return chars > 0 and counts[2] >= 0.6 * chars
        return False

    return skip


def _compact(text: str) -> str:
    return re.sub(r"[\s\u3000:：,，.。!！?？\"“”'‘’\-—_·|()（）\[\]【】《》<>]+", "", text)


SIGNATURE_MAX = 30  # characters of a signing-department line
_SIGNATURE_NOT = re.compile(r"[，。；！？、,;!?:：]")  # sentences and "附件：" lines are not an organisation's name


def split_signature(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(text, signature): a closing 落款 — a bare date line, optionally under one or two short
    organisation lines without sentence punctuation — is metadata, not article text."""
    if len(paragraphs) < 2 or not is_date_only(paragraphs[-1]):
        return paragraphs, []
    start = len(paragraphs) - 1
    while (start > 1 and len(paragraphs) - start < 3 and len(paragraphs[start - 1]) <= SIGNATURE_MAX
           and not _SIGNATURE_NOT.search(paragraphs[start - 1]) and not is_date_only(paragraphs[start - 1])):
        start -= 1
    return paragraphs[:start], paragraphs[start:]


def _is_label(line: str) -> bool:
    c = _compact(line)
    return 2 <= len(c) <= LABEL_MAX and not _PUNCT.search(line) and not is_breadcrumb(line)


def _title_at(raw: list[str], ctitle: str) -> int:
    """Index of the title's own line among the body's top lines, or -1."""
    if ctitle:
        for i, line in enumerate(raw[:TITLE_SEARCH]):
            if _compact(line) == ctitle:
                return i
    return -1


def column_label(raw: list[str], title: str) -> str:
    """A short label right above the title at the top of the body ("双下沉专栏"): the column's name."""
    i = _title_at(raw, _compact(title))
    return raw[i - 1] if i > 0 and _is_label(raw[i - 1]) else ""


def is_byline(line: str) -> bool:
    return len(line) <= BYLINE_MAX and bool(_BYLINE.match(line)) and not _PUNCT.search(line)


def clean_lines(raw: list[str], title: str, subtitle: str) -> tuple[list[str], list[str], str]:
    """Split raw body lines into (paragraphs, metadata lines, subtitle found at the top)."""
    kept: list[str] = []
    meta: list[str] = []
    found_subtitle = ""
    ctitle, csub = _compact(title), _compact(subtitle)
    title_at = _title_at(raw, ctitle)
    for i, line in enumerate(raw):
        if _END_MARKERS.match(line):
            break
        if i < title_at and _is_label(line):  # column label over the title
            continue
        edge = i < 6 or i >= len(raw) - 3
        if is_metadata_line(line, at_edge=edge):
            meta.append(line)
            continue
        if is_breadcrumb(line) or (len(line) < 80 and _BOILER_LINE.search(line)):
            continue
        if not kept:  # still at the top: drop repeats of the title, subtitle and bare dates
            c = _compact(line)
            if not c or _TOP_DATE_ONLY.match(line):
                meta.append(line)
                continue
            if line[:1] in "—－─" and len(line) < 120:
                found_subtitle = found_subtitle or line.lstrip(_DASHES)
                continue
            if ctitle and (c == ctitle or (len(c) >= 4 and c in ctitle and not _PUNCT.search(line))):
                continue
            if csub and c == csub:
                continue
            if is_byline(line):
                meta.append(line)
                continue
        kept.append(line)
    return kept, meta, found_subtitle
