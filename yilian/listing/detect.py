"""Understand a list page without selectors: which links are its articles, which link is the next page.

Article links: every element's children of one tag that hold links are a candidate group of
records (the <li> of a <ul>, the <tr> of a table, the <dl> or card <div> of a box). A group is
scored on what article lists share and boxes beside them lack: many records, titles of sentence
length, a date beside each link, article URLs of one shape on the same site, a place outside the
page chrome (navigation, sidebars, 热点/推荐 boxes), next to the pager. The best group wins, with
its twins (one list split into several <ul> under one column).

The pager: rel="next", a link labeled 下一页/下页/后页/›/»/next, a createPageHTML(…)-style script,
or the page number after the current one.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from yilian.clean.extract.dates import find_dates
from yilian.listing import cues

# Below this the best group is navigation or a single short link, not an article list
# (one dated entry with a sentence-long title scores 0.5; a menu of four short links in the chrome 0.03).
MIN_SCORE = 0.15
_SKIP_HREF = ("javascript:", "mailto:", "tel:", "#", "data:", "about:")


@dataclass(frozen=True, slots=True)
class ListedLink:
    url: str
    title: str
    date: str | None  # YYYY-MM-DD when the list shows a full date beside the link


@dataclass(frozen=True, slots=True)
class ListPage:
    articles: tuple[ListedLink, ...]
    next_page: str | None
    pages: tuple[str, ...]  # every other page of the list the pager links to
    score: float  # the winning group's score; 0 when no group looked like an article list

    def to_dict(self) -> dict:
        return {
            "articles": [{"url": a.url, "title": a.title, "date": a.date} for a in self.articles],
            "next_page": self.next_page, "pages": list(self.pages), "score": round(self.score, 3),
        }


@dataclass(slots=True)
class _Record:
    element: HtmlElement
    link: HtmlElement
    url: str
    title: str
    date: str | None
    hrefs: int  # distinct links in the record


@dataclass(slots=True)
class _Group:
    parent: HtmlElement
    tag: str
    records: list[_Record]
    score: float = 0.0


def parse(html: str) -> HtmlElement:
    """The page as an lxml tree, comments dropped, scripts kept (script pagers live there)."""
    try:
        root = lxml_html.document_fromstring(html) if html.strip() else None
    except (etree.ParserError, ValueError):
        root = None
    if root is None:
        root = lxml_html.document_fromstring("<html><body></body></html>")
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return root


def detect(html: str, url: str) -> ListPage:
    """Article links (with titles and dates) and the next page of the list page ``html`` fetched from ``url``."""
    root = parse(html)
    base = _base_url(root, url)
    next_link, pager_el, pages = find_next(root, url, base)
    records, score = find_articles(root, url, base, pager_el)
    return ListPage(tuple(ListedLink(r.url, r.title, r.date) for r in records), next_link, pages, score)


def _base_url(root: HtmlElement, url: str) -> str:
    for base in root.iter("base"):
        if base.get("href"):
            return urljoin(url, base.get("href").strip())
    return url


def link_url(href: str | None, base: str) -> str | None:
    """The absolute http(s) URL an href points to, without fragment; None for scripts, anchors, mail."""
    if not href:
        return None
    href = href.strip()
    if not href or href.lower().startswith(_SKIP_HREF):
        return None
    absolute = urldefrag(urljoin(base, href))[0]
    return absolute if absolute.startswith(("http://", "https://")) else None


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def link_title(a: HtmlElement) -> str:
    """The link's visible text, or its title attribute when the text is cut short (…) or missing."""
    text = _text(a)
    attr = " ".join((a.get("title") or "").split())
    if attr and (not text or (text.rstrip(".…") != text and attr.startswith(text.rstrip(".…")[:4]))):
        return attr
    if not text:
        for img in a.iter("img"):
            text = " ".join((img.get("alt") or "").split())
            if text:
                break
    return text


# ---- article links ---------------------------------------------------------------------------


def find_articles(root: HtmlElement, url: str, base: str,
                  pager_el: HtmlElement | None = None) -> tuple[list[_Record], float]:
    """The records of the best-scoring group and its twins, in page order; the best score."""
    urls = {a: u for a in root.iter("a") if (u := link_url(a.get("href"), base))}
    page_url = urldefrag(url)[0]
    groups = list(_groups(root, urls, page_url))
    if not groups:
        return [], 0.0
    host = urlsplit(url).hostname or ""
    pager_line = set(_ancestors(pager_el, 4)) if pager_el is not None else set()
    for group in groups:
        group.score = _score(group, host, pager_line)
    best = max(groups, key=lambda g: g.score)
    if best.score < MIN_SCORE:
        return [], best.score
    sig = _signature(best)
    chosen = [g for g in groups if g is best or (_signature(g) == sig and g.score >= 0.5 * best.score)]
    order = {el: i for i, el in enumerate(root.iter())}
    records = sorted((r for g in chosen for r in g.records), key=lambda r: order.get(r.link, 0))
    seen, out = set(), []
    for record in records:
        if record.url not in seen:
            seen.add(record.url)
            out.append(record)
    return out, best.score


def _groups(root: HtmlElement, urls: dict[HtmlElement, str], page_url: str):
    body = root.find("body")
    for parent in (body if body is not None else root).iter():
        if not isinstance(parent.tag, str) or parent.tag in ("script", "style", "select", "head"):
            continue
        by_tag: dict[str, list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str):
                by_tag.setdefault(child.tag, []).append(child)
        for tag, children in by_tag.items():
            records = [r for child in children if (r := _record(child, urls, page_url))]
            if records:
                yield _Group(parent, tag, records)


def _record(el: HtmlElement, urls: dict[HtmlElement, str], page_url: str) -> _Record | None:
    """One entry of a list: its main link (the longest title that is not a pager or 'more' text)."""
    anchors = [el] if el.tag == "a" else list(el.iter("a"))
    links = [(a, urls[a]) for a in anchors if a in urls and urls[a] != page_url]
    if not links:
        return None
    titled = [(a, u, link_title(a)) for a, u in links]
    candidates = [t for t in titled if t[2] and not cues.is_pager_or_more(t[2])]
    if not candidates:
        return None
    a, u, title = max(candidates, key=lambda t: len(t[2]))  # max keeps the first of equals
    context = _record_text(el)
    date = _date_beside(context, title)
    return _Record(el, a, u, title, date, len({link_url for _, link_url in links}))


def _record_text(el: HtmlElement) -> str:
    """A record's text; for a bare <a> record, with the text that follows it up to the next link."""
    if el.tag != "a":
        return _text(el)
    parts = [_text(el), el.tail or ""]
    sibling = el.getnext()
    while sibling is not None and sibling.tag not in ("a", "br") and len(parts) < 4:
        parts += [_text(sibling), sibling.tail or ""]
        sibling = sibling.getnext()
    return " ".join(" ".join(parts).split())


def _date_beside(context: str, title: str) -> str | None:
    """A full date in the record outside its title (a date inside the title is part of the title)."""
    outside = context.replace(title, " ", 1) if title else context
    found = find_dates(outside)
    return found[0][1] if found else None


def _ancestors(el: HtmlElement | None, limit: int) -> list[HtmlElement]:
    out = []
    while el is not None and len(out) < limit:
        out.append(el)
        el = el.getparent()
    return out


def _class_id(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _in_chrome(parent: HtmlElement) -> bool:
    """Inside navigation, header, footer, a sidebar or a hot/recommended box, by tag or class/id words."""
    el = parent
    while el is not None and el.tag != "body":
        if el.tag in cues.CHROME_TAGS or cues.chrome_words(_class_id(el)):
            return True
        el = el.getparent()
    return False


def _headed_as_side_box(group: _Group) -> bool:
    """The box (or the box around it) is headed 热点/推荐/排行/相关/友情链接…."""
    members = {r.element for r in group.records}
    el = group.parent
    for _ in range(3):
        if el is None or el.tag == "body":
            break
        heads = [c for c in el if isinstance(c.tag, str) and c not in members and c.tag != "script"]
        prev = el.getprevious()
        if prev is not None and isinstance(prev.tag, str):
            heads.append(prev)
        for head in heads:
            text = _text(head)
            if text and len(text) <= 30 and cues.names_side_box(text):
                return True
        el = el.getparent()
    return False


def _url_shape(url: str) -> str:
    """The URL with its digits generalised: article URLs of one column share a shape."""
    parts = urlsplit(url)
    path = parts.path.rsplit("/", 1)
    folder = "".join("#" if ch.isdigit() else ch for ch in path[0])
    leaf = path[-1]
    ext = leaf.rsplit(".", 1)[-1] if "." in leaf else ""
    return f"{parts.hostname}{folder}/*.{ext}?{'q' if parts.query else ''}"


def _score(group: _Group, host: str, pager_line: set[HtmlElement]) -> float:
    records = group.records
    distinct = {r.url for r in records}
    title_len = statistics.median(len(r.title) for r in records)
    title_factor = min(1.0, max(0.03, (title_len - 2) / 14))
    dated = sum(1 for r in records if r.date) / len(records)
    shapes = Counter(_url_shape(r.url) for r in records)
    same_shape = shapes.most_common(1)[0][1] / len(records)
    same_host = sum(1 for r in records if urlsplit(r.url).hostname == host) / len(records)
    links_per_record = sum(r.hrefs for r in records) / len(records)
    score = (
        math.sqrt(len(distinct)) * title_factor
        * (0.6 + 0.4 * dated) * (0.4 + 0.6 * same_shape) * (0.3 + 0.7 * same_host)
        / max(1.0, links_per_record - 1.0)
    )
    if len(distinct) == 1:
        score *= 0.5  # one entry shows no repeated structure: it wins only where nothing repeats (a last page)
    if _in_chrome(group.parent):
        score *= 0.15
    if _headed_as_side_box(group):
        score *= 0.15
    if pager_line and any(el in pager_line for el in _ancestors(group.parent, 3)):
        score *= 1.3
    return score


def _signature(group: _Group) -> tuple:
    """Where a group sits (tags and classes up to the body) and what its records are."""
    path = tuple((el.tag, el.get("class") or "") for el in _ancestors(group.parent, 12))
    return path, group.tag


# ---- the pager -------------------------------------------------------------------------------


def find_next(root: HtmlElement, url: str, base: str) -> tuple[str | None, HtmlElement | None, tuple[str, ...]]:
    """The next page's URL, the element holding the pager, and every page URL the pager links to."""
    page_url = urldefrag(url)[0]
    numbered = _numbered_links(root, base, page_url)
    pager_el = numbered[0] if numbered else None
    pages = tuple(dict.fromkeys(u for _, u, _ in (numbered[1] if numbered else [])))
    for el in root.iter("link", "a"):
        if "next" in (el.get("rel") or "").lower().split() and (u := link_url(el.get("href"), base)) and u != page_url:
            return u, el.getparent() if el.tag == "a" else pager_el, pages
    labeled_dead_end = False
    for el in root.iter("a", "input", "button", "span", "li"):
        text = _text(el) if el.tag != "input" else (el.get("value") or "")
        if not text and el.tag == "a":
            text = el.get("title") or " ".join(img.get("alt") or "" for img in el.iter("img"))
        if not text or len(text) > 12 or not cues.is_next_label(text):
            continue
        target = link_url(el.get("href"), base) if el.tag == "a" else None
        target = target or _script_target(el.get("onclick") or el.get("href") or "", base)
        if el.tag in ("span", "li") and target is None:
            continue  # a label without a link: maybe the last page, maybe a wrapper of the real <a>
        if target and target != page_url:
            return target, el.getparent(), pages
        labeled_dead_end = True
    scripted = _script_pager(root, base)
    if scripted is not None:
        return scripted or None, pager_el, pages
    if numbered and not labeled_dead_end:
        after = _after_current(numbered[1], page_url)
        if after:
            return after, pager_el, pages
    return None, pager_el, pages


def _script_target(code: str, base: str) -> str | None:
    m = cues.SCRIPT_URL.search(code)
    return link_url(m.group(1), base) if m else None


def _numbered_links(root: HtmlElement, base: str, page_url: str):
    """The pager's page-number entries: (container, [(number, url or None for the current page, element)])."""
    by_parent: dict[HtmlElement, list] = {}
    for el in root.iter("a", "span", "strong", "b", "em", "font", "li", "td"):
        text = _text(el)
        if not (text.isdigit() and len(text) <= 4) or any(isinstance(c.tag, str) and c.tag == "a" for c in el):
            continue
        u = link_url(el.get("href"), base) if el.tag == "a" else None
        current = u is None or u == page_url or bool(
            {w.lower() for w in _class_id(el).split()} & cues.CURRENT_CLASS_WORDS)
        container = el.getparent()
        if container is not None and container.tag in ("li", "td", "span") and container.getparent() is not None:
            container = container.getparent()  # <li><a>2</a></li>: the <ul> is the pager
        by_parent.setdefault(container, []).append((int(text), None if current else u, el))
    best = [(p, items) for p, items in by_parent.items() if sum(1 for _, u, _ in items if u) >= 1 and len(items) >= 2]
    if not best:
        return None
    container, items = max(best, key=lambda pair: len(pair[1]))
    return container, [(n, u, el) for n, u, el in items if u]  + [(n, None, el) for n, u, el in items if not u]


def _after_current(items: list, page_url: str) -> str | None:
    """The link numbered one more than the current page (shown unlinked or marked current)."""
    current = [n for n, u, _ in items if u is None]
    links = {n: u for n, u, _ in items if u}
    if not current:
        return None
    return links.get(current[0] + 1)


def _script_pager(root: HtmlElement, base: str) -> str | None:
    """A TRS-style createPageHTML(count, current, "index", "html") pager: the next page's URL, "" on
    the last page, None when the page has no such script."""
    scripts = [s.text or "" for s in root.iter("script")]
    variables = {name: int(value) for text in scripts for name, value in cues.SCRIPT_VAR.findall(text)}
    for text in scripts:
        for _, args in cues.PAGER_SCRIPT_CALL.findall(text):
            parsed = _script_args(args, variables)
            if parsed is None:
                continue
            count, current, one_based, name, ext = parsed
            has_next = current < count if one_based else current + 1 < count
            return link_url(f"{name}_{current + 1}.{ext}", base) if has_next else ""
    return None


def _script_args(args: str, variables: dict[str, int]):
    values: list[int | str] = []
    for raw in args.split(","):
        arg = raw.strip()
        if arg[:1] in ("'", '"') and arg[-1:] == arg[:1]:
            values.append(arg[1:-1])
        elif arg.isdigit():
            values.append(int(arg))
        elif arg in variables:
            values.append(variables[arg])
        else:
            values.append(arg)
    ints = [i for i, v in enumerate(values) if isinstance(v, int)]
    strings = [i for i, v in enumerate(values) if isinstance(v, str) and v]
    exts = [i for i in strings if values[i].lower() in cues.PAGE_EXTENSIONS]
    if len(ints) < 2 or not exts or ints[1] != ints[0] + 1:
        return None
    names = [i for i in strings if ints[1] < i < exts[0]]
    if not names:
        return None
    one_based = any(i < ints[0] for i in strings)
    return values[ints[0]], values[ints[1]], one_based, values[names[-1]], values[exts[0]]
