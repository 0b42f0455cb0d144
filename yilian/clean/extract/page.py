"""The page model: the page parsed once, measured once, read back as lines.

:func:`build` parses whatever HTML the decode stage hands over (no ``<body>``, several
``<html>`` roots, a crawl wrapper around the document, framesets, megabyte single-line
pages), harvests what lives in scripts before they are dropped (JSON-LD, WeChat's publish
time variables), and walks the tree once. The walk gives every element its document
interval and text/link/punctuation counts, and the page's text as lines, each tied to the
block element holding it. Every field's candidates are read from this model.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from lxml import etree, html as lxml_html
from lxml.html import HtmlElement

from yilian.clean.extract import cues

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_DOC_CLOSE = re.compile(r"</(?:html|body)\s*>", re.I)
_LD_JSON = re.compile(r"""<script[^>]+application/ld\+json[^>]*>(.*?)</script>""", re.I | re.S)
_SCRIPT_VARS = re.compile(
    r"""\b(?:var\s+)?(?P<key>createTime|publish_time|pubtime|publishTime|pubDate|ct)['"]?\s*[=:]\s*['"]?(?P<value>[^'";,\n]{6,30})""")
_SCRIPT_KEYS = ("createTime", "publish_time", "pubtime", "publishTime", "pubDate", "var ct", '"ct"', "ct:", "ct =")
_PUNCT = "，。；！？、,;!?"
_SPACE = " \n\t\r\u3000\xa0"  # counted with str.count, one C scan each: faster than str.translate per text node
_HIDDEN_HINT = re.compile(r"hid|invisible|none|sr-only", re.I)
_STRAY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,80})?/?>")
_CJK_BREAK = re.compile(
    r"(?<=[\u3400-\u9fff\uff0c\u3002\u3001\uff1b\uff1a\u201c\u201d])[ \t\r\f\v]*\n\s*"
    r"(?=[\u3400-\u9fff\uff0c\u3002\u3001\uff1b\uff1a\u201c\u201d])"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # tokens split at camel case, whitespace and _-:.
_TOKEN_SEP = str.maketrans("_-:.", "    ")
MAX_DEPTH = 600  # nesting at which the walk reads a subtree as one text run (bounded recursion)
MAX_SCRIPT_SCAN = 400_000  # characters of a page searched for script variables and JSON-LD


@dataclass(slots=True)
class Stat:
    """One element's subtree: document interval and counts of visible characters."""

    start: int
    end: int = 0
    chars: int = 0  # non-whitespace characters
    link_chars: int = 0  # of which inside <a>
    punct: int = 0  # sentence punctuation outside links
    links: int = 0
    doc_links: int = 0  # links to PDF/DOC/XLS files
    depth: int = 0


@dataclass(slots=True)
class Line:
    """One block of text: a paragraph, table row, list item or <br>-separated line."""

    text: str
    holder: HtmlElement  # nearest block element
    pos: int  # document position of its first text
    chars: int
    link_chars: int
    punct: int
    index: int = 0  # its place among the page's lines


@dataclass(slots=True)
class Page:
    root: HtmlElement
    stats: dict[HtmlElement, Stat]
    lines: list[Line]
    meta: dict[str, str]
    doc_title: str
    jsonld: list[dict]
    script_dates: list[tuple[str, str]]  # (variable, value)
    hidden: set[HtmlElement] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)  # each line's pos, for bisection
    token_cache: dict[str | tuple[str, str], frozenset[str]] = field(default_factory=dict)
    marked: list[HtmlElement] = field(default_factory=list)  # headings, title/subtitle/account-classed, styled
    base: str = ""  # <base href> as written (read before <head> is dropped)

    def tokens(self, el: HtmlElement) -> frozenset[str]:
        """Class and id tokens of ``el`` (:func:`class_tokens`), computed once per distinct attribute pair."""
        return _tokens_with(self.token_cache, el)

    def line_range(self, el: HtmlElement) -> tuple[int, int]:
        """Indices [first, last) of the lines inside ``el``."""
        st = self.stats.get(el)
        if st is None:
            return 0, 0
        return bisect_left(self.positions, st.start), bisect_right(self.positions, st.end)

    def line_at(self, el: HtmlElement) -> int:
        """Index of the first line at or after ``el``'s start (len(lines) when none)."""
        st = self.stats.get(el)
        return bisect_left(self.positions, st.start) if st is not None else len(self.lines)


_NO_TOKENS: frozenset[str] = frozenset()


def class_tokens(cls: str | None, ident: str | None) -> frozenset[str]:
    """Lower-cased whole tokens of class and id ("newsContent-box" -> news, content, box, newscontent-box)."""
    out = set()
    for value in (cls, ident):
        if value:
            lower = value.lower()
            out.update(lower.split())  # "news_content" as a whole too
            spaced = lower if value == lower else _CAMEL.sub(" ", value).lower()
            out.update(spaced.translate(_TOKEN_SEP).split())
    return frozenset(out)


def _tokens_with(cache: dict, el: HtmlElement) -> frozenset[str]:
    """Keyed by the one attribute most elements have (class and id are split alike), by both otherwise."""
    return _tokens_of(cache, el.get("class"), el.get("id"))


def _tokens_of(cache: dict, cls: str | None, ident: str | None) -> frozenset[str]:
    """_tokens_with for attributes already read (the walk reads them for its own tests)."""
    if not cls:
        if not ident:
            return _NO_TOKENS
        key = ident
    else:
        key = (cls, ident) if ident else cls
    found = cache.get(key)
    if found is None:
        found = cache[key] = class_tokens(cls, ident)
    return found


def clean_line(text: str) -> str:
    """Collapse whitespace, join CJK text broken by source line breaks, drop stray tag text ("</span>")."""
    if "\n" in text:
        text = _CJK_BREAK.sub("", text)
    if ">" in text:
        text = _STRAY_TAG.sub("", text)
    return " ".join(text.split())


def text_of(el: HtmlElement) -> str:
    return clean_line("".join(el.itertext()))


def shown_text(page: "Page", el: HtmlElement) -> str:
    """``el``'s text without its hidden parts (a profile card kept with display:none)."""
    st = page.stats.get(el)
    if not page.hidden or st is None or not any(
            st.start < page.stats[h].start <= st.end for h in page.hidden if h in page.stats):
        return text_of(el)
    out: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node in page.hidden:
            return
        out.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            out.append(child.tail or "")

    walk(el)
    return clean_line("".join(out))


def _prepare(html: str) -> str:
    """Markup libxml2 would cut short: an XML declaration in a str, and stray </body></html> (after which
    libxml2 drops the rest: a second document, a crawl wrapper's tail)."""
    if html.startswith("\ufeff"):
        html = html[1:]
    if html.lstrip()[:5].lower() == "<?xml":
        html = _XML_DECL.sub("", html, count=1)
    return _DOC_CLOSE.sub("", html)


def _parse(html: str, parser_class=lxml_html.HTMLParser) -> HtmlElement:
    """huge_tree: libxml2 otherwise drops text nested deeper than 256 elements (unclosed <font> runs).
    ``parser_class``: lxml.html's (elements with its helper methods) or etree's plain one (no per-element
    Python class lookup: what the extractor's own walk uses)."""
    parser = parser_class(huge_tree=True)
    try:
        root = etree.fromstring(html, parser) if html and html.strip() else None
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        root = etree.fromstring("<html><body></body></html>", parser)
    return root


def parse(html: str, drop: tuple[str, ...] = cues.DROP_TAGS) -> HtmlElement:
    """The tree of whatever HTML the decode stage hands over (see _prepare), ``drop`` tags, comments and
    processing instructions removed. The list-page reader (yilian.listing) parses with it too."""
    root = _parse(_prepare(html))
    etree.strip_elements(root, *drop, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return root


def metas(root: HtmlElement) -> dict[str, str]:
    """``<meta name|property|itemprop=... content=...>`` as a lower-cased name -> content map (first wins)."""
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in out:
            out[key] = content
    return out


def _jsonld(html: str) -> list[dict]:
    """JSON-LD objects (graphs flattened); read from the source text before scripts are dropped."""
    out: list[dict] = []
    if html.find("ld+json", 0, MAX_SCRIPT_SCAN) < 0 and html.find("ld+json", max(0, len(html) - MAX_SCRIPT_SCAN)) < 0:
        return out
    for m in _LD_JSON.finditer(html):
        try:
            data = json.loads(m.group(1).strip())
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(out) < 50:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return out


def _script_dates(root: HtmlElement) -> list[tuple[str, str]]:
    """WeChat-style publish-time variables (``var ct = "1652864400"``, ``createTime = '2022-05-18 17:00'``)."""
    out = []
    budget = MAX_SCRIPT_SCAN
    for s in root.iter("script"):
        text = s.text
        if not text or budget <= 0:
            continue
        budget -= len(text)
        if any(key in text for key in _SCRIPT_KEYS):  # most scripts name none: no regex scan over them
            out.extend((m["key"], m["value"].strip()) for m in _SCRIPT_VARS.finditer(text))
    return out


def build(html: str) -> Page:
    """Parse, harvest script data, drop non-content markup, then measure and linearise in one walk."""
    root = _parse(_prepare(html), etree.HTMLParser)
    meta = metas(root)
    title_el = next(root.iter("title"), None)
    doc_title = text_of(title_el) if title_el is not None else ""
    base = next((href.strip() for b in root.iter("base") if (href := b.get("href")) and href.strip()), "")
    jsonld = _jsonld(html)
    script_dates = _script_dates(root)
    etree.strip_elements(root, "title", *cues.DROP_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    cache: dict = {}
    marked: list[HtmlElement] = []
    stats, lines, hidden = _walk(root, cache, marked)
    return Page(root, stats, lines, meta, doc_title, jsonld, script_dates, hidden, [ln.pos for ln in lines], cache, marked,
                base)


def _walk(root: HtmlElement, cache: dict, marked: list[HtmlElement]) -> tuple[dict[HtmlElement, Stat], list[Line], set[HtmlElement]]:
    """One walk: every element's interval and counts; the text as lines with their holder.

    Whitespace-only text (indentation, most of it) is passed over without work.
    """
    stats: dict[HtmlElement, Stat] = {}
    lines: list[Line] = []
    hidden: set[HtmlElement] = set()
    counter = 0
    buf: list[str] = []
    acc = [0, 0, 0, -1]  # chars, link chars, punct, first pos of the pending line
    block_tags, cell_tags, doc_ext = cues.BLOCK_TAGS, cues.CELL_TAGS, cues.DOC_EXT
    heading_tags, style_tags, mark_tokens = frozenset(cues.HEADING_TAGS), cues.STYLE_TAGS, cues.MARK_TOKENS

    def flush(holder: HtmlElement) -> None:
        if buf:
            text = clean_line("".join(buf))
            buf.clear()
            if text:
                lines.append(Line(text, holder, acc[3], acc[0], acc[1], acc[2], len(lines)))
        acc[0] = acc[1] = acc[2] = 0
        acc[3] = -1

    def add_text(text: str, in_link: bool, st: Stat) -> None:
        n = len(text) - sum(map(text.count, _SPACE))
        if n <= 0:
            buf.append(" ")
            return
        p = 0 if in_link else sum(map(text.count, _PUNCT))
        buf.append(text)
        acc[0] += n
        if in_link:
            acc[1] += n
        acc[2] += p
        if acc[3] < 0:
            acc[3] = counter
        st.chars += n
        if in_link:
            st.link_chars += n
        st.punct += p

    unshown, hidden_style, hidden_tokens = cues.UNSHOWN_TAGS, cues.HIDDEN_STYLE, cues.HIDDEN_TOKENS
    simple_styled = ("b", "strong", "center", "font")
    # One frame per open element: node, its Stat, the block holding its text, inside a link, block, cell.
    stack: list[list] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, node in walker:
        if event == "end":
            node, st, holder, link, block, cell = stack.pop()
            if block:
                if buf:
                    flush(node)
            elif cell:
                buf.append(" ")
            st.end = counter
            if stack:
                frame = stack[-1]
                pst = frame[1]
                if st.chars:
                    pst.chars += st.chars
                    pst.link_chars += st.link_chars
                    pst.punct += st.punct
                if st.links:
                    pst.links += st.links
                    pst.doc_links += st.doc_links
                tail = node.tail
                if tail:
                    if not tail.isspace():
                        counter += 1  # the tail comes after the child's interval
                        add_text(tail, frame[3], pst)
                    elif buf:
                        buf.append(" ")
            continue
        counter += 1
        depth = len(stack)
        if stack:
            frame = stack[-1]
            holder, link = frame[2], frame[3]
        else:
            holder, link = root, False
        st = Stat(counter, 0, 0, 0, 0, 0, 0, depth)
        stats[node] = st
        tag = node.tag
        get = node.get
        cls = get("class")
        ident = get("id")
        style = get("style")
        toks = _tokens_of(cache, cls, ident) if cls or ident else _NO_TOKENS
        if (tag.__class__ is not str or tag in unshown or get("hidden") is not None
                or (style is not None and "none" in style and hidden_style.search(style))
                or (cls is not None and not toks.isdisjoint(hidden_tokens) and _HIDDEN_HINT.search(cls))):
            if tag.__class__ is str:
                hidden.add(node)
            walker.skip_subtree()
            stack.append([node, st, holder, link, False, False])
            continue
        if tag in heading_tags or (tag in style_tags and (tag in simple_styled or style or get("align"))):
            marked.append(node)
        elif not toks.isdisjoint(mark_tokens):
            marked.append(node)
        if tag == "a":
            href = get("href")
            if href is not None:  # <a name=...> anchors are not links
                link = True
                st.links = 1
                if doc_ext.search(href):
                    st.doc_links = 1
        block = tag in block_tags
        cell = not block and tag in cell_tags
        if block:
            if buf:
                flush(holder)
            holder = node
        elif cell:
            buf.append(" ")
        stack.append([node, st, holder, link, block, cell])
        if depth >= MAX_DEPTH:  # deeper than any real layout: the rest of the subtree as one run of text
            text = "".join(node.itertext())
            if text and not text.isspace():
                add_text(text, link, st)
            walker.skip_subtree()
            continue
        text = node.text
        if text:
            if not text.isspace():
                add_text(text, link, st)
            elif buf:
                buf.append(" ")
    if buf:
        flush(root)
    return stats, lines, hidden
