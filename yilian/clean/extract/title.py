"""The article's own title: headings and styled lines scored against what the page says its title is.

Candidates: h1–h6, elements whose class/id tokens name a title, styled lines (bold, large,
centred, ``<font size>``) that make a whole line, short lines just above the body, and the
texts of og:title/ArticleTitle and of ``<title>`` without its site part. Features: similarity to
``<title>``/og:title, the tag, the distance to the body and to the date/byline line under it,
links and chrome around it, length and sentence punctuation. The site name — og:site_name, a
``<title>`` part that repeats across a source's pages (:class:`SiteNames`) or names an
organisation — is never a title.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from urllib.parse import urldefrag, urljoin
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from yilian.clean.extract import cues
from yilian.clean.extract.fields import crumb_leaf, is_breadcrumb, is_metadata_line
from yilian.clean.extract.dates import find_dates
from yilian.clean.extract.page import Page, text_of
from yilian.clean.extract.scoring import Candidate

_STYLE_BIG = re.compile(r"font-size\s*:\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>px|pt|em|rem)?|font-weight\s*:\s*(?:bold|[6-9]00)|text-align\s*:\s*center", re.I)
_WS = re.compile(r"[\s\u3000]+")
_LABEL_VALUE = re.compile(r"^[^\s:：]{1,5}\s*[:：]\s*(?:\d[\d,.]*|\S{1,6})$")  # "级别：入学了", "访问:1213"
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_WORDLESS = re.compile(r"^[\W\d_]+$")  # digits and punctuation only: a counter, a page number
_DECOR = "*•●■◆▲►★☆·◎※"
_EDGE_PUNCT = " \u3000:：|｜-—_·•>»"
TITLE_MIN, TITLE_MAX = 4, 150
MIN_SCORE = 2.5  # below this no candidate is a title (a page of prose with no heading)
SIM_WEIGHT = 6.0
PART_WEIGHT = 0.5
_PART_KINDS = ("doc_title_part", "crumb")  # a piece of a <title>, a breadcrumb's last crumb: weaker than a declaration
_TAG_BASE = {"h1": 3.0, "h2": 2.5, "h3": 2.0, "h4": 1.0, "h5": 0.5, "h6": 0.5}
LINES_BEFORE_BODY = 30  # lines above the body searched for a title line


def compact(text: str) -> str:
    return _WS.sub("", text)


def is_generic(title: str) -> bool:
    """"新闻详情", "正文", "信息公开"…: the template's name for every detail page, not a title."""
    return bool(cues.GENERIC_TITLE.match(compact(title)))


@lru_cache(maxsize=1 << 10)  # a page's <title> is split by each of its title and site-name readers
def title_parts(doc_title: str) -> tuple[str, ...]:
    return tuple(p.strip(_EDGE_PUNCT) for p in cues.TITLE_SEP.split(doc_title) if p and p.strip(_EDGE_PUNCT))


def strip_site_suffix(doc_title: str, site_names: frozenset[str] | tuple[str, ...] = ()) -> str:
    """The title part of a <title>: the part that reads most like an article's title — longest in Chinese,
    not a known site name, not an organisation's or site's name, not Latin letters beside Chinese."""
    parts = title_parts(doc_title)
    if len(parts) <= 1:
        return parts[0] if parts else doc_title.strip()
    has_cjk = any(cues.CJK.search(p) for p in parts)

    def titleness(part: str) -> float:
        n = len(compact(part))
        penalty = 0.0
        if part in site_names:
            penalty += 100
        if cues.SITE_LIKE.search(part) or is_generic(part):
            penalty += 50
        if has_cjk and not cues.CJK.search(part):
            penalty += 40
        return n - penalty

    return max(parts, key=titleness)


@dataclass(slots=True)
class SiteNames:
    """Parts of ``<title>`` seen across one source's pages: a part on several pages names the site.

    Passed explicitly by whoever cleans a source's pages (crawl, rebuild, batch) and fed each
    page's ``<title>``; empty for a single page, where the page's own cues decide.
    """

    counts: Counter = field(default_factory=Counter)
    pages: int = 0
    # the parts counted twice or more, the only ones a name can be (need >= 2): names() and snapshot()
    # read these, not every title the source ever had (one per page, so a scan per page grew with the crawl)
    repeated: set = field(default_factory=set)
    MIN_PAGES = 3

    def __post_init__(self) -> None:
        self.repeated = {p for p, n in self.counts.items() if n >= 2}

    def learn(self, doc_title: str) -> None:
        parts = set(title_parts(doc_title))
        if len(parts) >= 2:
            self.add(Counter(parts), 1)

    def add(self, counts: Counter, pages: int) -> None:
        """Count ``pages`` more pages whose titles had ``counts`` (what a worker's page taught)."""
        self.pages += pages
        self.counts.update(counts)
        self.repeated.update(p for p in counts if self.counts[p] >= 2)

    def _need(self) -> int:
        return max(2, self.pages // 3)

    def names(self) -> frozenset[str]:
        if self.pages < self.MIN_PAGES:
            return frozenset()
        need = self._need()
        return frozenset(p for p in self.repeated if self.counts[p] >= need)

    def snapshot(self) -> "SiteNames":
        """A copy with the same names, for a page cleaned elsewhere (a worker process): only the parts
        counted often enough to be a name go, not every title the source ever had, whose copy grew
        with each page the crawl fetched."""
        need = self._need()
        return SiteNames(Counter({p: self.counts[p] for p in self.repeated if self.counts[p] >= need}), self.pages)


@dataclass(frozen=True, slots=True)
class Text:
    """A text prepared for comparison: compacted, with its set of character pairs."""

    plain: str
    pairs: frozenset[str]

    @classmethod
    def of(cls, text: str) -> "Text":
        plain = compact(text)
        return cls(plain, frozenset(map(str.__add__, plain, plain[1:])))


def similarity(a: str | Text, b: str | Text) -> float:
    """1 for the same text, the length ratio when one contains the other, else character-pair Dice."""
    ta = a if isinstance(a, Text) else Text.of(a)
    tb = b if isinstance(b, Text) else Text.of(b)
    ca, cb = ta.plain, tb.plain
    if not ca or not cb:
        return 0.0
    if ca == cb:
        return 1.0
    short, long_ = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    if short in long_:
        return len(short) / len(long_)
    total = len(ta.pairs) + len(tb.pairs)
    return 2 * len(ta.pairs & tb.pairs) / total if total else 0.0


def _styled(el: HtmlElement) -> bool:
    if el.tag == "center":
        return True
    if el.tag == "font" and (el.get("size") or "").strip().lstrip("+").isdigit():
        return int((el.get("size") or "0").strip().lstrip("+")) >= 4 or (el.get("size") or "").startswith("+")
    style = el.get("style")
    if style:
        for m in _STYLE_BIG.finditer(style):
            if m["n"] is None:
                return True
            size, unit = float(m["n"]), (m["u"] or "px").lower()
            if (unit == "px" and size >= 17) or (unit == "pt" and size >= 13) or (unit in ("em", "rem") and size >= 1.2):
                return True
    return el.get("align", "").lower() == "center" or el.tag in ("b", "strong")


def _holder_line(page: Page, el: HtmlElement) -> int:
    """Index of the line ``el`` starts, -1 when it shows no text."""
    first, last = page.line_range(el)
    return first if last > first else -1


def site_names(page: Page, learnt: frozenset[str]) -> frozenset[str]:
    """Names of the site: declared in meta, learnt from the source's <title>s, and the parts of this
    page's <title> that are not its title part (a site, organisation or channel name)."""
    names = set(learnt)
    for key in cues.SITE_NAME_KEYS:
        if page.meta.get(key):
            names.add(page.meta[key].strip())
    parts = title_parts(page.doc_title)
    if len(parts) >= 2:
        main = strip_site_suffix(page.doc_title, frozenset(names))
        names.update(p for p in parts if p != main and (cues.SITE_LIKE.search(p) or not cues.CJK.search(p)))
    return frozenset(n for n in names if n)


def _references(page: Page, names: frozenset[str]) -> list[tuple[str, str]]:
    """(kind, text) the page gives as its title outside the body: og:title, ArticleTitle, <title>."""
    refs = []
    for key in cues.META_TITLE_KEYS:
        value = " ".join(page.meta.get(key, "").split())
        if value and not is_generic(value):
            refs.append((f"meta:{key}", strip_site_suffix(value, names)))
    if page.doc_title and not is_generic(page.doc_title):
        main = strip_site_suffix(page.doc_title, names)
        refs.append(("doc_title", main))
        for p in title_parts(page.doc_title):
            if p not in names and len(p) >= 4 and p != main:
                refs.append(("doc_title_part", p))
    return refs


def _crumb_reference(page: Page, body_first: int) -> list[tuple[str, str]]:
    """("crumb", leaf) for a breadcrumb above the body whose last crumb names the page, not a column."""
    for line in page.lines[: body_first if body_first >= 0 else len(page.lines)]:
        if line.link_chars and (leaf := crumb_leaf(line)):
            return [("crumb", leaf)]
    return []


def _links_itself(el: HtmlElement, url: str) -> bool:
    """A link in ``el`` to the page itself: a post's title is its permalink (blogs, forums)."""
    if not url:
        return False
    here = urldefrag(url)[0]
    leaf = here.rstrip("/").rsplit("/", 1)[-1]  # a link to the page names its last step
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if (leaf in href and not href.startswith(("#", "javascript:"))
                and urldefrag(urljoin(url, href))[0] == here):
            return True
    return False


def _element_candidates(page: Page, body_first: int, url: str = "") -> list[Candidate]:
    """Headings, title-classed elements and styled lines, with the features of their markup; their
    text (:func:`heading_text`) is read only for those the scorer gets to."""
    out = []
    seen: set[HtmlElement] = set()
    for el in page.marked:
        tag = el.tag
        toks = page.tokens(el)
        titled = bool(toks & cues.TITLE_TOKENS) and not toks & cues.SUBTITLE_TOKENS
        if tag in _TAG_BASE:
            rule = tag
        elif titled:
            rule = f"{tag}.title"
        elif tag in ("strong", "b", "font", "span", "center", "td", "p", "div") and _styled(el):
            rule = f"{tag}.styled"
        else:
            continue
        if el in page.hidden or (tag not in _TAG_BASE and any(a in seen for a in el.iterancestors())):
            continue
        st = page.stats.get(el)
        if st is None or not st.chars or st.chars > TITLE_MAX * 2:
            continue
        line = _holder_line(page, el)
        if line < 0:
            continue
        first, last = page.line_range(el)
        if last - first > 4:
            continue
        styled = rule.endswith(".styled")
        if styled and page.lines[line].chars != st.chars:
            continue  # a styled run counts only when it makes up its whole line
        c = Candidate("", rule, el, line)
        c.add("tag", _TAG_BASE.get(tag, 0.0))
        if titled:
            c.add("title_class", 2.0)
        if styled:
            c.add("styled", 1.0)
        if st.links and _links_itself(el, url):
            c.add("permalink", 1.0)
        elif st.links > 1:
            c.add("links", -2.5)
        elif st.links and st.link_chars >= 0.5 * st.chars:
            c.add("link", -1.0)
        seen.add(el)
        out.append(c)
    return out


def heading_text(el: HtmlElement, page: Page) -> str:
    """An element's text without the widgets inside it (播报文章, 语音, share buttons) and the lines a
    heading block holds beside the title: byline and date lines, counters."""
    first, last = page.line_range(el)
    parts = [ln.text for ln in page.lines[first:last]
             if not _is_widget(ln.text) and not is_metadata_line(ln.text, at_edge=True) and not find_dates(ln.text)
             and not (last - first > 1 and _WORDLESS.match(ln.text))]
    text = " ".join(parts)
    if cues.CHROME_LINE_RE.search(text):  # a widget's words are in the text when a widget is
        for child in el.iter():
            if child is not el and isinstance(child.tag, str) and (child.text or "").strip() and _is_widget(text_of(child)):
                text = text.replace(text_of(child), "")
    return clean_title(text)


def _is_widget(text: str) -> bool:
    return len(text) <= cues.CHROME_WORD_MAX and bool(cues.CHROME_LINE_RE.search(text))


def clean_title(text: str) -> str:
    """A title without its "主题：" label, decorations, private-use characters and trailing separators."""
    text = _PRIVATE_USE.sub("", cues.TITLE_LABEL.sub("", text))
    return " ".join(text.split()).strip(_EDGE_PUNCT + _DECOR)


def _line_candidates(page: Page, body_first: int) -> list[Candidate]:
    """Short lines above the body and at its top: a flat page's title has no markup at all."""
    out = []
    lo = max(0, body_first - LINES_BEFORE_BODY) if body_first >= 0 else 0
    hi = min(len(page.lines), (body_first if body_first >= 0 else 0) + 4)
    for line in page.lines[lo:hi]:
        if line.chars > 120:
            continue
        c = Candidate(line.text, "line", line.holder, line.index)
        if line.link_chars:
            st = page.stats.get(line.holder)
            if line.link_chars < 0.9 * line.chars or (st is not None and st.links > 1):
                continue  # a link beside other text, or several links: navigation
            c.add("link", -1.0)
        out.append(c)
        # "Title 2005-09-11 18:04 楼主": the text before a date printed on the title's own line
        found = find_dates(line.text)
        if found and found[0][0] >= 6:
            head = line.text[: found[0][0]].strip(_EDGE_PUNCT)
            out.append(Candidate(head, "line:before_date", line.holder, line.index))
    return out


def _judge(c: Candidate, refs: list[tuple[str, Text]], names: frozenset[str]) -> bool:
    """The features of a candidate's text; False when it is no title at all."""
    text = c.value
    plain = compact(text)
    n = len(plain)
    if (n < TITLE_MIN or n > TITLE_MAX or is_generic(text) or plain in names
            or is_breadcrumb(text) or is_metadata_line(text, at_edge=True)):
        c.add("not_a_title", -100.0)
        return False
    if c.line >= 0:  # the page's own candidates are held against what it declares
        # one part of a <title> cut at separators is weaker evidence than a whole declaration
        prepared = Text.of(text)
        sim = max((similarity(prepared, ref) * (PART_WEIGHT if kind in _PART_KINDS else 1.0) for kind, ref in refs),
                  default=0.0)
        if sim >= 0.5 * PART_WEIGHT:
            c.add("sim_declared", SIM_WEIGHT * sim)
    if n < 6:
        c.add("short", -1.5)
    elif n > 60:
        c.add("long", -1.5 if n <= 100 else -3.0)
    if text.rstrip().endswith("。") or text.count("，") >= 3:
        c.add("sentence", -2.5)
    if text.rstrip().endswith((":", "：")) or _LABEL_VALUE.match(text):
        c.add("label", -3.0)
    if names and any(name and name in plain and len(name) >= 0.7 * n for name in names):
        c.add("site_name", -6.0)
    return True


def _place(c: Candidate, body_first: int, body_last: int, date_lines: set[int]) -> list[tuple[str, float]]:
    """The features of where a candidate of the page stands: above, at the top of, in or below the body,
    over a date line."""
    i = c.line
    out = []
    heading = c.rule in _TAG_BASE or c.rule.endswith(".title")
    if body_first >= 0:
        gap = body_first - i
        if 0 < gap <= 3:
            out.append(("above_body", 2.5))
        elif 3 < gap <= 10:
            out.append(("above_body", 1.5))
        elif 10 < gap <= LINES_BEFORE_BODY:
            out.append(("above_body_far", 0.5))
        elif gap <= 0 and i <= body_first + 2:
            out.append(("body_top", 2.5 if heading else 0.5))
        elif gap <= 0 and i <= body_last:
            out.append(("in_body", -3.0))
        elif i > body_last:
            out.append(("below_body", -3.0))
    if i + 1 in date_lines:
        out.append(("date_below", 2.0))
    elif i + 2 in date_lines or i + 3 in date_lines or i + 4 in date_lines:
        out.append(("date_below", 1.0))
    return out


def _in_chrome(el: HtmlElement | None, page: Page) -> bool:
    depth = 0
    while el is not None and depth < 10:
        if isinstance(el.tag, str):
            if el.tag in cues.CHROME_TAGS or el.tag in ("nav", "aside", "footer"):
                return True
            toks = page.tokens(el)
            if toks & cues.NEGATIVE_TOKENS and not toks & (cues.POSITIVE_TOKENS | cues.TITLE_TOKENS):
                return True
            st = page.stats.get(el)
            if st is not None and st.links >= 5 and st.link_chars >= 0.7 * st.chars:
                return True
        el = el.getparent()
        depth += 1
    return False


def pick(page: Page, learnt: frozenset[str], body_first: int, body_last: int, date_lines: set[int],
         url: str = "") -> Candidate | None:
    """The best title candidate, None when nothing on the page reads as one; ``url`` is the page's own
    address (a title linking to it is the post's permalink)."""
    names = site_names(page, learnt)
    refs = _references(page, names)
    elements = _element_candidates(page, body_first, url)
    cands = elements + _line_candidates(page, body_first)
    for kind, ref in refs[:1] + [r for r in refs[1:] if r[0] == "doc_title"]:
        c = Candidate(ref, kind)
        # og:title/ArticleTitle name the article; a <title> does when a site part was cut from it
        c.add("declared", 3.0 if kind.startswith("meta") else 2.5 if len(title_parts(page.doc_title)) > 1 else 1.0)
        cands.append(c)
    prepared = [(kind, Text.of(ref)) for kind, ref in refs + _crumb_reference(page, body_first)]
    plain_names = frozenset(compact(x) for x in names)  # compared compacted, as the candidates are
    places = [_place(c, body_first, body_last, date_lines) if c.line >= 0 else [] for c in cands]
    # A candidate's text can add no more than its similarity to a declared title, and its text and the
    # chrome around it take away: candidates are judged in order of the most they could score, until
    # none left could beat the best judged (ties go to the later line, then to the earlier candidate).
    sim_max = SIM_WEIGHT if prepared else 0.0
    bounds = [c.score + sum(w for _, w in place) + (sim_max if c.line >= 0 else 0.0) for c, place in zip(cands, places)]
    top, top_i = None, -1
    for i in sorted(range(len(cands)), key=lambda i: (bounds[i], cands[i].line), reverse=True):
        c = cands[i]
        if bounds[i] < MIN_SCORE or (top is not None and (bounds[i], c.line) < (top.score, top.line)):
            break
        c.value = clean_title(heading_text(c.node, page) if i < len(elements) else c.value)
        if _judge(c, prepared, plain_names) and c.line >= 0:
            for name, weight in places[i]:
                c.add(name, weight)
            if c.score >= MIN_SCORE and _in_chrome(c.node, page):
                c.add("chrome", -3.0)
        key = (c.score, c.line)
        if c.score >= MIN_SCORE and (top is None or key > (top.score, top.line)
                                     or (key == (top.score, top.line) and i < top_i)):
            top, top_i = c, i
    return top


ANCHOR_SIM = 0.79
_ANCHOR_TAGS = frozenset(("h1", "h2", "h3", "div", "td", "span", "p", "strong"))  # not links: a list item's title


def anchor(page: Page) -> tuple[int, int]:
    """(line of the heading that matches what the page declares as its title (og:title, <title>),
    line of the next heading of its kind — the next article of an endless-scroll page), -1 when none.

    Found before the body, from the declarations alone, so the body scorer can prefer text right
    under the title over teasers, sidebars and the next article elsewhere on the page."""
    refs = [Text.of(ref) for _, ref in _references(page, site_names(page, frozenset()))]
    if not refs:
        return -1, -1
    found, best_key, found_el = -1, (ANCHOR_SIM, 0), None
    for el in page.marked:
        tag = el.tag
        if tag not in _ANCHOR_TAGS:
            continue
        rank = 3 if tag == "h1" else 2 if tag in ("h2", "h3") else 0
        if not rank:
            toks = page.tokens(el)
            if not toks & cues.TITLE_TOKENS or toks & cues.SUBTITLE_TOKENS:
                continue
            rank = 1
        st = page.stats.get(el)
        if st is None or not st.chars or st.chars > TITLE_MAX or el in page.hidden:
            continue
        text = Text.of(text_of(el))
        sim = max(similarity(text, ref) for ref in refs)
        if (sim, rank) > best_key and (line := _holder_line(page, el)) >= 0:
            found, best_key, found_el = line, (sim, rank), el
    if found_el is None:
        return -1, -1
    kind = (found_el.tag, found_el.get("class"))
    for el in page.root.iter(found_el.tag):
        if (el.tag, el.get("class")) == kind and (line := _holder_line(page, el)) > found:
            return found, line
    return found, -1


def subtitle(page: Page, heading: HtmlElement | None) -> str:
    """A 副标题: an element classed as one, or the "——…" line right after the heading."""
    for el in page.marked:
        if page.tokens(el) & cues.SUBTITLE_TOKENS and el not in page.hidden:
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
