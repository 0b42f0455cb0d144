"""The article's own title and subtitle, not the site name, column or breadcrumb.

Preference: government meta ArticleTitle, og:title, the heading nearest the body,
then <title> with the site suffix ("_盘锦市人民政府", "-某某医院") stripped. Headings
that agree with the meta/<title> text are preferred over ones that merely look big.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from yilian.clean.extract.dates import is_date_only
from yilian.clean.extract.fields import is_breadcrumb, is_metadata_line
from yilian.clean.extract.tree import class_id, either_script, text_of

_SUFFIX_SEP = re.compile(r"\s+[-–|｜_]\s+|\s*[_|｜]\s*|(?<=[^\d\s])\s*[-–－]{1,2}\s*(?=[^\d\s])|(?<!—)—(?!—)")
_TITLE_CLASS = re.compile(r"title|biaoti|(?:^|[\s_-])(?:bt|tit|headline|tm)(?:$|[\s_\d-])")
_SUBTITLE_CLASS = re.compile(r"sub[-_]?title|subhead|fbt|futitle|vice|(?:^|[\s_-])sub(?:$|[\s_-])|副标题")
_HEADING_TAGS = ("h1", "h2", "h3", "h4")
_WEAK_TAGS = ("strong", "b", "font", "td", "div", "p", "span")
_NON_TITLE = re.compile(r"^(?:首页|当前位置|您现在的位置|网站首页|新闻中心|通知公告|医院新闻|医院动态|工作动态|政务公开)")
_SITE_LIKE = re.compile(r"(?:医院|醫院|保健院|卫生院|政府|委员会|卫健委|卫生健康局|健康局|网|網|门户网站|官网|官方网站|微信公众平台)$")
META_TITLE_KEYS = ("articletitle", "og:title", "twitter:title", "title")
SITE_NAME_KEYS = ("sitename", "og:site_name", "site_name", "application-name")
# A CMS's detail-page template often titles every article alike: that names the page kind, not the article.
_GENERIC = re.compile(
    "^(?:" + "|".join(either_script(w) for w in (
        "新闻详情", "新闻内容", "新闻正文", "文章详情", "文章内容", "文章正文", "信息详情", "信息内容", "信息公开",
        "详情页", "详情", "内容页", "内容", "正文", "详细内容", "新闻中心", "新闻动态", "无标题文档", "无标题", "untitled",
    )) + ")(?:页|頁)?$",
    re.I,
)
_SENTENCE_END = re.compile(r"[。！？；!?;]")
TOP_LINES = 10  # lines at the top of the container searched for a flat page's title
FLAT_TITLE_MAX = 150
FLAT_HEAD_MAX = 60  # a title-like line with no metadata line under it is at most this long


def is_generic(title: str) -> bool:
    """"新闻详情", "正文", "信息公开"…: the template's name for every detail page, not a title."""
    return bool(_GENERIC.match(compact(title)))


def compact(text: str) -> str:
    return re.sub(r"[\s\u3000]+", "", text)


def title_parts(title: str, site_names: tuple[str, ...] = ()) -> list[str]:
    """<title> split at site separators ("-某某医院", "_某某市人民政府", "某院--标题"), known site names dropped."""
    parts = [p.strip() for p in _SUFFIX_SEP.split(title) if p and p.strip()]
    return [p for p in parts if p not in site_names] or parts


def strip_site_suffix(title: str, site_names: tuple[str, ...] = ()) -> str:
    """The title part of a <title>: the first part that is not an organisation's name, else the longest."""
    parts = title_parts(title, site_names)
    if len(parts) <= 1:
        return title.strip() if not parts else parts[0]
    named = [p for p in parts if len(p) >= 6 and not _SITE_LIKE.search(p)]
    return named[0] if named else max(parts, key=len)


def _is_candidate(el: HtmlElement, tag: str) -> bool:
    if tag in _HEADING_TAGS:
        return True
    ci = class_id(el)
    if ci.strip() and _TITLE_CLASS.search(ci) and not _SUBTITLE_CLASS.search(ci):
        return tag in _WEAK_TAGS or tag in ("h5", "h6", "em")
    if tag in ("strong", "b", "font"):
        parent = el.getparent()
        return parent is not None and compact(text_of(parent)) == compact(text_of(el))
    return False


def headings(root: HtmlElement, order: dict[HtmlElement, int]) -> list[tuple[int, str, HtmlElement]]:
    """(document position, text, element) of every plausible heading, in document order."""
    out = []
    for el in root.iter(*_HEADING_TAGS, *_WEAK_TAGS, "h5", "h6", "em"):
        if not _is_candidate(el, el.tag):
            continue
        text = text_of(el)
        if 4 <= len(text) <= 150 and not _NON_TITLE.match(text) and el.find(".//table") is None:
            links = el.findall(".//a")
            if links and len(links) > 1:
                continue
            out.append((order.get(el, 0), text, el))
    return out


def _agrees(a: str, b: str) -> bool:
    ca, cb = compact(a), compact(b)
    if not ca or not cb:
        return False
    short, long_ = sorted((ca, cb), key=len)
    return short in long_ and len(short) >= 0.6 * len(long_)


def pick(
    root: HtmlElement,
    meta: dict[str, str],
    order: dict[HtmlElement, int],
    body_start: int,
    labeled_title: str = "",
) -> tuple[str, HtmlElement | None]:
    """The title text and, when it came from the page, its heading element."""
    site_names = tuple(v for k, v in meta.items() if k in SITE_NAME_KEYS)
    doc_title_el = root.find(".//title")
    if doc_title_el is not None and is_generic(text_of(doc_title_el)):
        doc_title_el = None
    doc_title = strip_site_suffix(text_of(doc_title_el), site_names) if doc_title_el is not None else ""
    meta_title = next(
        (strip_site_suffix(" ".join(meta[k].split()), site_names) for k in META_TITLE_KEYS[:3] if meta.get(k)), ""
    )
    references = [t for t in (meta_title, labeled_title) if t]
    if doc_title_el is not None:
        references += sorted(title_parts(text_of(doc_title_el), site_names), key=len, reverse=True)
    cands = headings(root, order)
    before = [c for c in cands if c[0] < body_start] or cands
    for reference in references:
        agreeing = [c for c in before if _agrees(c[1], reference)]
        if agreeing:
            _, text, el = agreeing[-1]
            return meta_title or text, el
    if meta_title:
        return meta_title, None
    strong = [c for c in before if c[2].tag in ("h1", "h2", "h3") or _TITLE_CLASS.search(class_id(c[2]))]
    if strong and len(strong[-1][1]) >= 6:
        return strong[-1][1], strong[-1][2]
    return labeled_title or doc_title, None


def subtitle(heading: HtmlElement | None, root: HtmlElement) -> str:
    """A 副标题: an element classed as one, or the "——…" line right after the heading."""
    for el in root.iter("h2", "h3", "h4", "div", "p", "span", "td"):
        ci = class_id(el)
        if ci.strip() and _SUBTITLE_CLASS.search(ci):
            text = text_of(el).lstrip("—－─- ")
            if 4 <= len(text) <= 150:
                return text
    if heading is not None:
        nxt = heading.getnext()
        if nxt is not None and isinstance(nxt.tag, str):
            text = text_of(nxt)
            if text[:1] in "—－─" and len(text) <= 150:
                return text.lstrip("—－─- ")
    return ""


def _title_like(line: str) -> bool:
    """Short, not a sentence, not chrome: a line that can be a flat page's title."""
    c = compact(line)
    return (
        5 <= len(c) <= FLAT_TITLE_MAX
        and not _SENTENCE_END.search(line)
        and line[:1] not in "—－─"
        and not is_breadcrumb(line)
        and not is_metadata_line(line, at_edge=True)
        and not is_date_only(line)
        and not is_generic(line)
    )


def from_lines(raw: list[str]) -> str:
    """Title of a page without heading markup: the line just above the metadata line
    (时间/来源/发布日期…), else the last short non-sentence line above the first sentence.
    Never a body sentence: a page whose text starts with prose has no title here."""
    top = raw[:TOP_LINES]
    for i, line in enumerate(top):
        if i and is_metadata_line(line, at_edge=True):
            above = i - 1
            while above > 0 and top[above][:1] in "—－─":  # a "——subtitle" line under the title
                above -= 1
            if _title_like(top[above]):
                return top[above]
    found = ""
    for line in top[:4]:
        if _title_like(line) and len(compact(line)) <= FLAT_HEAD_MAX:
            found = line
        elif _SENTENCE_END.search(line) or len(line) > FLAT_HEAD_MAX:  # the prose has begun
            break
    return found


def site_title(meta: dict[str, str]) -> str:
    return next((meta[k] for k in SITE_NAME_KEYS if meta.get(k)), "")
