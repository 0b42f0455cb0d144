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
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from urllib.parse import parse_qs, urldefrag, urlencode, urljoin, urlsplit

from lxml import html as lxml_html
from lxml.html import HtmlElement

from yilian.clean.extract.page import parse as parse_html
from yilian.clean.extract.dates import find_dates
from yilian.listing import cues

# Below this the best group is navigation or a single short link, not an article list
# (one dated entry with a sentence-long title scores 0.5; a menu of four short links in the chrome 0.03).
MIN_SCORE = 0.15
_WORDS = re.compile(r"[a-zA-Z]+")
DATASTORE_MARK = "data-yilian-datastore"  # unit:records:per-page, left on the records put into the tree
_BLOCKS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "ul", "dl"))
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
    """The page as an lxml tree, comments dropped, scripts kept (script pagers and datastores live there)."""
    root = parse_html(html, drop=("style", "noscript", "template", "svg"))
    _expand_datastores(root)
    return root


def _expand_datastores(root: HtmlElement) -> None:
    """Lists some CMSs (大汉 Hanweb's jpage) ship as HTML records inside an XML datastore script and
    draw with JavaScript: put the records the page shows (its per-page count) into the tree."""
    scripts = [s for s in root.iter("script") if "<record" in (s.text or "") and "CDATA" in (s.text or "")]
    if not scripts:
        return
    others = " ".join(s.text or "" for s in root.iter("script") if s not in scripts)
    for script in scripts:
        records = cues.DATASTORE_RECORD.findall(script.text or "")
        per_page = _per_page(others, len(records))
        unit = cues.DATASTORE_UNIT.search(script.text or "")
        unit_id = unit.group(1) if unit else script.getparent().get("id", "")
        holder = lxml_html.fragment_fromstring("".join(records[:per_page]) or "<div></div>", create_parent="div")
        holder.set(DATASTORE_MARK, f"{unit_id}:{len(records)}:{per_page}")
        holder.tail = script.tail
        script.getparent().replace(script, holder)


def _per_page(scripts: str, total: int) -> int:
    """How many datastore records a page shows: a perPage setting, or the number a pager call gives
    right after the total (…, 45, 15, …); all of them when neither is there."""
    if m := cues.PER_PAGE.search(scripts):
        return int(m.group(1))
    if m := re.search(rf"(?<![\w.]){total}\s*,\s*['\"]?(\d{{1,4}})\b", scripts):
        if 0 < int(m.group(1)) < total:
            return int(m.group(1))
    return total


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
    try:
        absolute = urldefrag(urljoin(base, href))[0]
    except ValueError:  # "http://[x/": an unparsable link must not cost the page its other links
        return None
    return absolute if absolute.startswith(("http://", "https://")) else None


def carriers(root: HtmlElement, base: str) -> dict[HtmlElement, str]:
    """Every element that takes the reader somewhere: <a href>, and elements whose target sits in an
    onclick script (window.open, location.href) or a data-url attribute, as script-driven lists do."""
    out: dict[HtmlElement, str] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        url = link_url(el.get("href"), base) if el.tag == "a" else None
        if url is None and (onclick := el.get("onclick")):
            url = _script_target(onclick, base)
        if url is None:
            url = next((u for attr in cues.URL_ATTRIBUTES if (u := link_url(el.get(attr), base))), None)
        if url is not None:
            out[el] = url
    return out


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def link_title(a: HtmlElement) -> str:
    """The link's visible text, or its title attribute when the text is cut short (…) or missing; for a
    whole card that is the link, the text of its heading."""
    if len(a) and (a.tag != "a" or any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in a.iter())):
        return _card_title(a)
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


def _card_title(card: HtmlElement) -> str:
    for el in card.iter():
        if isinstance(el.tag, str) and el is not card and (
                el.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
                or {w.lower() for w in _WORDS.findall(el.get("class") or "")} & cues.TITLE_CLASS_WORDS):
            if text := _text(el):
                return text
    return next((" ".join(t.split()) for t in card.itertext() if t.strip()), "")


# ---- article links ---------------------------------------------------------------------------


def find_articles(root: HtmlElement, url: str, base: str,
                  pager_el: HtmlElement | None = None) -> tuple[list[_Record], float]:
    """The records of the best-scoring group and its twins, in page order; the best score."""
    urls = carriers(root, base)
    page_url = urldefrag(url)[0]
    groups = list(_groups(root, urls, page_url))
    if not groups:
        return [], 0.0
    host = urlsplit(url).hostname or ""
    pager_line = set(_ancestors(pager_el, 4)) if pager_el is not None else set()
    column = " ".join(t.text_content() for t in root.iter("title"))
    empty = _empty_marker(root)
    near_empty = set(_ancestors(empty, 3)) if empty is not None else set()

    def rejected(group: _Group) -> bool:
        """Page chrome, or (when the column says it is empty) anything away from that message."""
        if empty is not None and not (near_empty & set(_ancestors(group.parent, 2))):
            return True
        return _in_chrome(group.parent) or _headed_as_side_box(group, column)

    for group in groups:
        group.score = _score(group, host, pager_line)
    ranked = sorted(groups, key=lambda g: g.score, reverse=True)  # rejection checked lazily, best first
    best = next((g for g in ranked if g.score >= MIN_SCORE and not rejected(g)), None)
    if best is None:
        return [], 0.0
    chosen = [g for g in groups if g is best or (
        _twins(g, best) and g.score >= 0.5 * best.score and not rejected(g))]
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
    links = [(a, urls[a]) for a in el.iter() if a in urls and urls[a] != page_url]
    if not links:
        return None
    titled = [(a, u, link_title(a)) for a, u in links]
    candidates = [t for t in titled if t[2] and not cues.is_pager_or_more(t[2])]
    if not candidates:
        return None
    # The longest title, a "继续阅读…" link's hidden copy of it last; max keeps the first of equals.
    a, u, title = max(candidates, key=lambda t: (not cues.READ_MORE.match(t[2]), len(t[2])))
    title = _uncut(title, el)
    context = _record_text(el) + " " + (a.get("title") or "")  # some lists put the date in the tooltip
    date = _date_beside(context, title)
    return _Record(el, a, u, title, date, len({link_url for _, link_url in links}))


def _uncut(title: str, record: HtmlElement) -> str:
    """A title cut short on the list ("…落户玉林市第…") completed from the record's own longer copy of
    it: a tooltip, an image's alt text, a hidden tip."""
    stem = title.rstrip(".…").rstrip()
    if stem == title or len(stem) < 4:
        return title
    copies = [el.get(attr) or "" for el in record.iter() if isinstance(el.tag, str) for attr in ("title", "alt")]
    copies += [piece.strip() for piece in record.itertext()]
    longer = [" ".join(c.split()) for c in copies if c.strip().startswith(stem) and len(c.strip()) > len(stem) + 1]
    return max(longer, key=len) if longer and not any(c.rstrip().endswith(("…", "...")) for c in longer[:1]) else title


def _empty_marker(root: HtmlElement) -> HtmlElement | None:
    """The element saying the column holds nothing (暂无信息), if there is one."""
    body = root.find("body")
    for el in (body if body is not None else root).iter():
        if isinstance(el.tag, str) and el.tag not in ("script", "style") and el.text and cues.EMPTY_LIST.match(el.text) \
                and cues.EMPTY_LIST.match(el.text_content()):
            return el
    return None


def _record_text(el: HtmlElement) -> str:
    """A record's text; for a bare <a> record, with the text that follows it up to the next link."""
    if el.tag != "a":
        return _spaced(el)
    parts = [_spaced(el), el.tail or ""]
    sibling = el.getnext()
    while sibling is not None and sibling.tag not in ("a", "br") and len(parts) < 4:
        parts += [_spaced(sibling), sibling.tail or ""]
        sibling = sibling.getnext()
    return " ".join(" ".join(parts).split())


def _spaced(el: HtmlElement) -> str:
    """Text with its pieces kept apart: table cells "1", "2024-02-29", "33" must not run together."""
    return " ".join(piece.strip() for piece in el.itertext() if piece.strip())


def _date_beside(context: str, title: str) -> str | None:
    """A full date in the record outside its title (a date inside the title is part of the title)."""
    outside = context.replace(title, " ", 1) if title else context
    found = find_dates(outside)
    if found:
        return found[0][1]
    day_first = cues.DAY_THEN_MONTH.search(outside)  # a day block over its month: "17" then "2024-05"
    if day_first:
        y, m, d = int(day_first["y"]), int(day_first["m"]), int(day_first["d"])
        if 1 <= m <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{m:02d}-{d:02d}"
    return None


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


def _headed_as_side_box(group: _Group, column: str) -> bool:
    """The box (or the box around it) is headed 热点/推荐/排行/相关/最新/友情链接…, unless the heading
    is the page's own column (a column called 最新动态 lists its articles under that name)."""
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
            if text and cues.names_side_box(text) and text not in column:
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
    """How much a group looks like the column's article list, before page chrome is ruled out."""
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
        * (0.6 + 0.4 * dated) * (0.4 + 0.6 * same_shape) * (0.6 + 0.4 * same_host)
        / max(1.0, links_per_record - 1.0)
    )
    if len(distinct) == 1:
        score *= 0.5  # one entry shows no repeated structure: it wins only where nothing repeats (a last page)
    if pager_line and any(el in pager_line for el in _ancestors(group.parent, 3)):
        score *= 1.3
    return score


def _twins(group: _Group, best: _Group) -> bool:
    """One list printed in several blocks side by side in one box (<ul> of five, a divider, <ul> of five)."""
    if group.tag != best.tag or group.parent.tag != best.parent.tag:
        return False
    return group.parent.getparent() is best.parent.getparent()


# ---- the pager -------------------------------------------------------------------------------


def find_next(root: HtmlElement, url: str, base: str) -> tuple[str | None, HtmlElement | None, tuple[str, ...]]:
    """The next page's URL, the element holding the pager, and every page URL the pager links to."""
    page_url = urldefrag(url)[0]
    numbered = _numbered_links(root, base, page_url)
    pager_el = numbered[0] if numbered else None
    pages = tuple(dict.fromkeys(u for _, u, _ in (numbered[1] if numbered else []) if u))
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
        target = target or _form_page(root, el.get("href") or el.get("onclick") or "", base)
        if el.tag in ("span", "li") and target is None:
            continue  # a label without a link: maybe the last page, maybe a wrapper of the real <a>
        if target and target != page_url:
            return target, el.getparent(), pages
        labeled_dead_end = True
    scripts = [s.text or "" for s in root.iter("script")]
    scripted = _script_pager(scripts, base)
    if scripted is None:
        scripted = _datastore_pager(root, scripts, url)
    if scripted is not None:
        return scripted or None, pager_el, pages
    if numbered and not labeled_dead_end:
        after = _after_current(numbered[1], page_url)
        if after:
            return after, pager_el, pages
    if not labeled_dead_end and (selected := _select_next(root, base, page_url)):
        return selected, pager_el, pages
    return None, pager_el, pages


def _script_target(code: str, base: str) -> str | None:
    m = cues.SCRIPT_URL.search(code)
    return link_url(m.group(1), base) if m else None


def _form_page(root: HtmlElement, code: str, base: str) -> str | None:
    """javascript:goPage(3) on a page whose GET form carries the page number: the URL the form submits."""
    m = cues.SCRIPT_PAGE_CALL.match(code.strip())
    if not m:
        return None
    for form in root.iter("form"):
        if (form.get("method") or "get").lower() != "get":
            continue
        fields = [(i.get("name"), i.get("value") or "") for i in form.iter("input")
                  if i.get("name") and (i.get("type") or "text").lower() in ("hidden", "text")]
        if any(cues.PAGE_FIELD.match(name) for name, _ in fields):
            query = urlencode([(name, m.group(1) if cues.PAGE_FIELD.match(name) else value) for name, value in fields])
            return link_url(f"{form.get('action') or ''}?{query}", base)
    return None


def _select_next(root: HtmlElement, base: str, page_url: str) -> str | None:
    """A <select> page jump: the option after the selected one, when options are page URLs."""
    for select in root.iter("select"):
        options = list(select.iter("option"))
        chosen = [i for i, o in enumerate(options) if o.get("selected") is not None]
        if not chosen or "location" not in (select.get("onchange") or ""):
            continue
        if chosen[0] + 1 < len(options) and (u := link_url(options[chosen[0] + 1].get("value"), base)) and u != page_url:
            return u
    return None


def _page_number(text: str) -> int | None:
    """A pager entry's number: "3", "[3]", "【3】"."""
    text = text.strip().strip("[]【】()（）")
    return int(text) if text.isdigit() and len(text) <= 4 else None


def _numbered_links(root: HtmlElement, base: str, page_url: str):
    """The pager's page-number entries: (container, [(number, url or None for the current page, element)])."""
    by_parent: dict[HtmlElement, list] = {}
    for el in root.iter("a", "span", "strong", "b", "em", "font", "li", "td"):
        number = _page_number(_text(el))
        if number is None or any(isinstance(c.tag, str) and c.tag == "a" for c in el):
            continue
        u = link_url(el.get("href"), base) if el.tag == "a" else None
        current = u is None or u == page_url or bool(
            {w.lower() for w in _class_id(el).split()} & cues.CURRENT_CLASS_WORDS)
        container = el.getparent()
        if container is not None and container.tag in ("li", "td", "span") and container.getparent() is not None:
            container = container.getparent()  # <li><a>2</a></li>: the <ul> is the pager
        by_parent.setdefault(container, []).append((number, None if current else u, el))
    best = [(p, items) for p, items in by_parent.items() if sum(1 for _, u, _ in items if u) >= 1 and len(items) >= 2]
    if not best:
        return None
    container, items = max(best, key=lambda pair: len(pair[1]))
    return container, items


def _after_current(items: list, page_url: str) -> str | None:
    """The link numbered one more than the current page (shown unlinked or marked current)."""
    current = [n for n, u, _ in items if u is None]
    links = {n: u for n, u, _ in items if u}
    if not current:
        return None
    return links.get(current[0] + 1)


def _script_pager(scripts: list[str], base: str) -> str | None:
    """A pager written by script: the next page's URL, "" on the last page, None when there is none.

    Two forms: a TRS-style call createPageHTML(count, current, "index", "html"), and the inline TRS
    pager that writes its links with document.write from var countPage/currentPage."""
    variables = _script_variables(scripts)
    for text in scripts:
        for _, args in cues.PAGER_SCRIPT_CALL.findall(text):
            parsed = _script_args(args, variables)
            if parsed is None:
                continue
            count, current, one_based, name, ext = parsed
            has_next = current < count if one_based else current + 1 < count
            return link_url(f"{name}_{current + 1}.{ext}", base) if has_next else ""
    for text in scripts:
        for written in _written(text, variables):
            m = cues.WRITTEN_LINK.search(written)
            if m and cues.is_next_label(re.sub(r"<[^>]+>", "", m.group(2))):
                count = next((v for k, v in variables.items() if cues.COUNT_VAR.match(k)), None)
                current = next((v for k, v in variables.items() if cues.CURRENT_VAR.match(k)), None)
                if count is not None and current is not None and current + 1 >= count:
                    return ""
                return link_url(m.group(1), base)
    return None


def _script_variables(scripts: list[str]) -> dict[str, int]:
    """Integer script variables, in order: var countPage = 12; var nextPage = currentPage+1."""
    values: dict[str, int] = {}
    for text in scripts:
        for name, expr in cues.SCRIPT_ASSIGN.findall(text):
            value = _arithmetic(expr, values)
            if value is not None:
                values[name] = value
    return values


def _arithmetic(expr: str, values: dict[str, int]) -> int | None:
    total, sign = 0, 1
    for token in re.findall(r"\w+|[+-]|\S", expr):
        if token in "+-":
            sign = 1 if token == "+" else -1
        elif token.isdigit():
            total += sign * int(token)
        elif token in values:
            total += sign * values[token]
        else:
            return None
    return total


def _written(text: str, variables: dict[str, int]):
    """The strings document.write(...) calls build, where every part is a literal or a known number."""
    for m in re.finditer(r"document\.write\s*\(", text):
        depth, i, quote = 1, m.end(), None
        while i < len(text) and depth:
            ch = text[i]
            if quote:
                if ch == "\\":
                    i += 1
                elif ch == quote:
                    quote = None
            elif ch in "'\"":
                quote = ch
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            i += 1
        value = _concatenation(text[m.end(): i - 1], variables)
        if value is not None:
            yield value


def _concatenation(expr: str, variables: dict[str, int]) -> str | None:
    out = []
    for part in re.findall(r"\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'|[^+]+", expr):
        part = part.strip()
        if not part:
            continue
        if part[0] in "'\"":
            out.append(re.sub(r"\\(.)", r"\1", part[1:-1]))
        elif (value := _arithmetic(part.strip("()"), variables)) is not None:
            out.append(str(value))
        else:
            return None
    return "".join(out)


def _datastore_pager(root: HtmlElement, scripts: list[str], url: str) -> str | None:
    """大汉 Hanweb lists page through their datastore as index.html?uid=<unit>&pageNum=<n>: the next
    page's URL, "" on the last page, None when the page has no datastore."""
    for el in root.iter():
        if isinstance(el.tag, str) and (mark := el.get(DATASTORE_MARK)):
            unit, total, per_page = mark.rsplit(":", 2)
            current = int((parse_qs(urlsplit(url).query).get("pageNum") or ["1"])[0] or 1)
            if not unit or current * int(per_page) >= int(total):
                return ""
            return link_url(f"{urlsplit(url).path}?{urlencode({'uid': unit, 'pageNum': current + 1})}", url)
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
