"""Main text: blocks scored by prose density, the best one grown over the siblings that continue it.

No class name is needed. Each line weighs by its sentence punctuation and length outside
links (readability/GNE style); the weight goes to the line's block and, decaying, to its
ancestors, and each block's sum is damped by its link density. The best block is the body's
core; its siblings join while they continue it (prose, or images/tables/captions between
prose), and stop at a link list, a pager or a comment thread. Class/id tokens only nudge the
score, and inside the body they prune chrome subtrees, never the body or its ancestors.
Lines are then filtered: metadata/byline lines, the title repeated, credits, share bars,
everything from "上一篇"/"相关新闻" on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from yilian.clean.extract import cues
from yilian.clean.extract.dates import find_dates, is_date_only
from yilian.clean.extract.fields import is_breadcrumb, is_metadata_line
from yilian.clean.extract.page import Line, Page
from yilian.clean.extract.scoring import Candidate

MIN_PROSE = 6  # non-link characters below which a line carries no weight
LINE_CAP = 3.0  # length bonus cap per line (readability's min(len/100, 3))
CHARS_PER_POINT = 30
ANCESTOR_DECAY = (1.0, 1.0, 0.5, 1 / 6, 1 / 9)  # holder, parent, grandparent, ...
POSITIVE, NEGATIVE, MIXED, COMMENT = 1.3, 0.35, 0.7, 0.2  # class-token factors ("recommend__content" is mixed)
SIBLING_SHARE = 0.2
RIVAL_SHARE = 0.5
RULE_DENSITY = 100.0  # what a body chosen by a source's selector counts as
CAPTION_MAX = 40  # characters of a caption beside an image
SIBLING_PROSE = 10  # non-link characters of a sibling paragraph that continues the body  # a sibling block with this share of the best block's score continues it
BEFORE_TITLE, AFTER_END, NEXT_ARTICLE = 0.3, 0.3, 0.1  # placement factors (see _placement)
NEAR_TITLE, FAR_SPAN, FAR_FLOOR = 12, 150, 0.5
LINK_LIST = 0.6  # link share of a subtree's text that makes it a link list
SIDE_PROSE = 0.5  # a chrome-classed subtree holding more of the body's prose than this is kept
POST_PROSE, POST_PUNCT = 100, 3  # own characters and sentence marks of an archive post's text
POST_HEAD = 3  # lines at the top of a post where its dated heading sits
POST_HEAD_MAX = 80  # characters of that heading line (a title with its date, a "posted on" line)
POST_MIN = 3  # sibling records that make an archive
POST_TITLE = 4  # Han characters of a post's title, its date and weekday aside
PLAYER_HINT_MAX = 15  # characters of a time code or player-control line
PLAYER_PROSE = 60  # own characters of a line that is text, not a player's title bar

_END = re.compile(r"^[-•·*\s]*[【\[]?(?:" + cues.END_MARKERS + r")[】\]]?(?:\s*[:：>》]|\s*$|\s)")
_CHROME = re.compile(cues.CHROME_LINE)
_CHROME_WORD = re.compile(cues.CHROME_WORD)
_TOP_DATE_ONLY = re.compile(r"^[\d\s:：/.\-年月日时分]{8,25}$")
_COMPACT = re.compile(r"[\s\u3000:：,，.。!！?？\"“”'‘’\-—_·|()（）\[\]【】《》<>]+")
_DASHES = "—－-─ 　"
SIGNATURE_MAX = 30
_SIGNATURE_NOT = re.compile(r"[，。；！？、,;!?:：]")
LABEL_MAX = 12
PROSE_LINE = 20  # non-link characters of a line with punctuation that starts the prose
LINK_LINE = 0.8  # link share of a line that makes it a link, not text
PROSE_AFTER_END = 2  # sentence lines after a "related" heading that show the article goes on
TOP_LINES = 8  # lines at the top of the body where the title, bylines and labels repeat
BYLINE_MAX = 50


def compact(text: str) -> str:
    return _COMPACT.sub("", text)


def line_weight(line: Line) -> float:
    """Prose weight: sentence punctuation and length outside links, damped by the line's own links."""
    own = line.chars - line.link_chars
    if own < MIN_PROSE:
        return 0.0
    length = min(own / CHARS_PER_POINT, LINE_CAP)
    w = 1.0 + line.punct + length if line.punct else 0.3 * length
    return w * (own / line.chars) if line.link_chars else w


def class_factor(page: Page, el: HtmlElement) -> float:
    toks = page.tokens(el)
    if not toks:
        return 1.0
    if toks & cues.COMMENT_TOKENS:
        return COMMENT
    pos = bool(toks & cues.POSITIVE_TOKENS)
    neg = bool(toks & cues.NEGATIVE_TOKENS)
    if pos and neg:
        return MIXED
    return POSITIVE if pos else NEGATIVE if neg else 1.0


@dataclass(slots=True)
class BodyPick:
    core: HtmlElement | None
    blocks: list[HtmlElement]  # core and the siblings that continue it, in document order
    candidate: Candidate | None
    score: float = 0.0  # density score of the core and its continuing siblings: how much prose the body holds
    # counted only when no heading matches the <title> (an archive names no post there):
    rivals: int = 0  # other blocks, apart from the core, with at least half its score (posts of an archive)
    posts: int = 0  # sibling records around the core that each open with a dated heading (see _posts)


def score_blocks(page: Page) -> dict[HtmlElement, float]:
    """Every block's density score (before link and class damping)."""
    raw: dict[HtmlElement, float] = {}
    hidden = page.hidden
    for line in page.lines:
        w = line_weight(line)
        if not w:
            continue
        el = line.holder
        for decay in ANCESTOR_DECAY:
            if el is None or not isinstance(el.tag, str):
                break
            if el in hidden:
                break
            raw[el] = raw.get(el, 0.0) + w * decay
            el = el.getparent()
    return raw


def final_score(page: Page, el: HtmlElement, raw: dict[HtmlElement, float]) -> float:
    st = page.stats.get(el)
    if st is None or not st.chars:
        return 0.0
    ld = st.link_chars / st.chars
    return raw.get(el, 0.0) * (1.0 - ld) * class_factor(page, el)


def _placement(page: Page, el: HtmlElement, title_line: int, end_line: int, next_title: int) -> float:
    """Factor for where a block sits: text above the title, or after a "related"/"more" heading that
    follows it, is not the article's; text far below the title is less likely to be."""
    first, last = page.line_range(el)
    if last <= first or title_line < 0:
        return 1.0
    if last <= title_line:
        return BEFORE_TITLE
    if next_title >= 0 and first >= next_title:
        return NEXT_ARTICLE
    if end_line >= 0 and first > end_line:
        return AFTER_END
    gap = first - title_line
    return 1.0 if gap <= NEAR_TITLE else max(FAR_FLOOR, 1.0 - (gap - NEAR_TITLE) / FAR_SPAN)


def _first_end_marker(page: Page, after: int) -> int:
    """The first "related"/"上一篇" line after the title line (-1 when none)."""
    if after < 0:
        return -1
    for line in page.lines[after + 1 :]:
        if len(line.text) <= 20 and _END.match(line.text):
            return line.index
    return -1


def pick(page: Page, title_line: int = -1, next_title: int = -1) -> BodyPick:
    """The body's core block and the siblings that continue it; ``title_line`` is the declared
    title's line and ``next_title`` the next heading of its kind (:func:`title.anchor`), -1 when none."""
    raw = score_blocks(page)
    if not raw:
        return BodyPick(None, [], None)
    end_line = _first_end_marker(page, title_line)
    scored = [(final_score(page, el, raw) * _placement(page, el, title_line, end_line, next_title), el)
              for el in raw if el.tag in cues.CONTAINER_TAGS or el.tag in ("p", "pre")]
    if not scored:
        return BodyPick(None, [], None)
    top_score, core = max(scored, key=lambda se: (se[0], page.stats[se[1]].depth))
    if top_score <= 0:
        return BodyPick(None, [], None)
    core = _widen(page, core)
    blocks = _grow(page, core, top_score, raw)
    cand = Candidate("", "density", core)
    cand.add("density", round(top_score, 1))
    if len(blocks) > 1:
        cand.add("siblings", len(blocks) - 1)
    # the body's weight: the core and the siblings that continue it (a WeChat article puts each paragraph
    # in a section of its own)
    weight = top_score + sum(final_score(page, b, raw) for b in blocks if b is not core)
    if title_line >= 0:  # a heading matches the <title>: one article, whatever stands beside it
        return BodyPick(core, blocks, cand, weight)
    return BodyPick(core, blocks, cand, weight, _rivals(page, scored, top_score, blocks), _posts(page, core))


def _is_post(page: Page, el: HtmlElement) -> bool:
    """A record that reads as a post: prose of its own under a title and a date (on one line or two).
    A chronicle's entries (a date over a paragraph) and comments (a name and a date) have no title."""
    st = page.stats.get(el)
    if st is None or st.chars - st.link_chars < POST_PROSE or st.punct < POST_PUNCT:
        return False
    first, last = page.line_range(el)
    head = [ln for ln in page.lines[first : min(last, first + POST_HEAD)]
            if ln.chars <= POST_HEAD_MAX and 2 * ln.link_chars < ln.chars]
    return any(find_dates(ln.text) for ln in head) and any(
        len(cues.CJK.findall(cues.DATE_HAN.sub("", ln.text))) >= POST_TITLE and not cues.CLAUSE_END.search(ln.text)
        for ln in head)


def _posts(page: Page, core: HtmlElement) -> int:
    """Posts of an archive in or around the body: the most records of one tag and class under one
    parent — the body's container among them, or the body's children — that each open with a dated
    heading and hold prose (a blog's monthly archive, several full posts in a row). An article stands
    alone: its comment thread and the teasers beside it are boxes of another kind, not records its
    own text sits in."""
    most = _alike_posts(page, list(core))
    el = core
    while el.tag not in ("body", "html"):
        parent = el.getparent()
        if parent is None:
            break
        if _is_post(page, el):
            kind = (el.tag, el.get("class"))
            most = max(most, _alike_posts(page, [c for c in parent if (c.tag, c.get("class")) == kind]))
        el = parent
    return most


def _alike_posts(page: Page, records: list[HtmlElement]) -> int:
    """The largest number of posts among ``records`` sharing one tag and class."""
    groups: dict[tuple, int] = {}
    for el in records:
        if isinstance(el.tag, str) and _is_post(page, el):
            key = (el.tag, el.get("class"))
            groups[key] = groups.get(key, 0) + 1
    return max(groups.values(), default=0)


def _rivals(page: Page, scored: list[tuple[float, HtmlElement]], top: float, blocks: list[HtmlElement]) -> int:
    """Blocks outside the body (and not around it) scoring at least half of it."""
    taken = [page.stats[b] for b in blocks]
    found = 0
    for score, el in sorted(scored, key=lambda se: -se[0]):
        if score < RIVAL_SHARE * top:
            break
        st = page.stats[el]
        if any(t.start <= st.start <= t.end or st.start <= t.start <= st.end for t in taken):
            continue
        taken.append(st)
        found += 1
    return found


def _reads_as_text(page: Page, el: HtmlElement) -> bool:
    """Sentences rather than a heading: a line ending like a sentence (。！？；：…) or a long one."""
    first, last = page.line_range(el)
    return any((len(ln.text) >= 60 or cues.CLAUSE_END.search(ln.text)) and not is_metadata_line(ln.text, at_edge=True)
               for ln in page.lines[first:last])


def _widen(page: Page, core: HtmlElement) -> HtmlElement:
    """The outermost wrapper holding just the core's text (section > section > p > span): its
    siblings, not the paragraph's, are where the rest of the article is."""
    st = page.stats[core]
    while True:
        parent = core.getparent()
        pst = page.stats.get(parent) if parent is not None else None
        if pst is None or parent.tag in ("body", "html") or pst.chars > st.chars:
            return core
        core = parent


def _is_link_list(page: Page, el: HtmlElement) -> bool:
    st = page.stats.get(el)
    return st is not None and st.links >= 2 and not st.doc_links and st.chars > 0 and st.link_chars >= LINK_LIST * st.chars


def _ends_text(page: Page, el: HtmlElement) -> bool:
    """A sibling that closes the article: a pager, a "related" heading, a comment thread."""
    first, last = page.line_range(el)
    for line in page.lines[first : min(last, first + 3)]:
        if _END.match(line.text):
            return True
    toks = page.tokens(el)
    return bool(toks & cues.COMMENT_TOKENS or toks & {"related", "relate", "xgxw", "recommend"})


def _grow(page: Page, core: HtmlElement, top: float, raw: dict[HtmlElement, float]) -> list[HtmlElement]:
    """The core plus its siblings on either side while they continue it.

    A sibling with prose of its own (a share of the core's score, or a paragraph with
    punctuation and few links) joins; one without text (an image, a spacer) or a short
    caption/subheading line joins only when more prose follows it; a link list, a pager,
    a "related" block or a comment thread ends the growth on that side.
    """
    parent = core.getparent()
    if parent is None:
        return [core]
    siblings = [c for c in parent if isinstance(c.tag, str)]
    i = siblings.index(core)
    threshold = max(3.0, SIBLING_SHARE * top)
    keep = {i}

    def verdict(el: HtmlElement) -> str:
        """'prose', 'neutral' (may sit between prose) or 'stop'."""
        if el in page.hidden or el.tag in cues.CHROME_TAGS:
            return "stop"
        st = page.stats.get(el)
        if st is None or not st.chars:
            return "neutral"
        if _ends_text(page, el):
            return "stop"
        if class_factor(page, el) < 1.0 and st.punct < 3:
            return "stop"
        if _is_link_list(page, el):
            return "stop"
        if el.tag in cues.HEADING_TAGS or page.tokens(el) & cues.TITLE_TOKENS:
            return "neutral" if st.chars <= 60 else "stop"  # a subheading inside, or the title above
        if final_score(page, el, raw) >= threshold:
            return "prose"
        own = st.chars - st.link_chars
        if st.punct and own >= SIBLING_PROSE and st.link_chars <= 0.25 * st.chars and _reads_as_text(page, el):
            return "prose"
        if st.chars <= 60 and st.link_chars <= 0.5 * st.chars:
            return "neutral"
        return "stop"

    for step in (-1, 1):
        pending: list[int] = []
        j = i + step
        while 0 <= j < len(siblings):
            v = verdict(siblings[j])
            if v == "stop":
                break
            pending.append(j)
            if v == "prose":
                keep.update(pending)
                pending = []
            j += step
        if step == 1:  # images, captions, attachment lines right after the last paragraph still belong to it
            for k in pending:
                st = page.stats.get(siblings[k])
                if st is None or st.chars <= CAPTION_MAX:
                    keep.add(k)
                else:
                    break
    return [siblings[k] for k in sorted(keep)]


def boilerplate(page: Page, blocks: list[HtmlElement]):
    """Predicate on elements inside the body: chrome subtrees to skip (never a block itself)."""
    body_punct = sum(page.stats[b].punct for b in blocks if b in page.stats) or 1
    memo: dict[HtmlElement, bool] = {}
    block_set = set(blocks)

    def chrome(el: HtmlElement) -> bool:
        if el in block_set:
            return False
        hit = memo.get(el)
        if hit is not None:
            return hit
        tag = el.tag
        st = page.stats.get(el)
        if el in page.hidden or tag in cues.CHROME_TAGS:
            hit = True
        elif st is None:
            hit = False
        elif tag in cues.WEAK_CHROME_TAGS and st.punct < SIDE_PROSE * body_punct:
            hit = True
        elif tag == "form" and st.punct < 3:
            hit = True
        elif _is_link_list(page, el):
            hit = True
        else:
            toks = page.tokens(el)
            if toks & cues.NEGATIVE_TOKENS and not (toks & cues.POSITIVE_TOKENS and st.punct >= SIDE_PROSE * body_punct):
                hit = st.punct < SIDE_PROSE * body_punct or bool(toks & cues.COMMENT_TOKENS)
            else:
                hit = False
        memo[el] = hit
        return hit

    return chrome


def _players(page: Page, block: HtmlElement, first: int, lines: list[Line]) -> set[HtmlElement]:
    """Media players in a block: around each time code or player control line ("00:00/01:45", 倍速), the
    outermost element inside the block that holds no prose line, with its title bar, settings, tips and
    error text. Prose lines are counted once (prefix sums), so any number of controls costs one pass."""
    hints = [ln for ln in lines if len(ln.text) <= PLAYER_HINT_MAX and cues.VIDEO_HINT.match(ln.text)]
    if not hints:
        return set()
    prose = [0]
    for ln in lines:
        prose.append(prose[-1] + (ln.punct >= 2 or ln.chars - ln.link_chars >= PLAYER_PROSE))
    found: set[HtmlElement] = set()
    for line in hints:
        el, outer = line.holder, None
        while el is not None and el is not block and el not in found:
            lo, hi = page.line_range(el)
            if prose[max(0, min(hi - first, len(lines)))] - prose[max(0, lo - first)]:
                break
            outer, el = el, el.getparent()
        if outer is not None:
            found.add(outer)
    return found


def body_lines(page: Page, blocks: list[HtmlElement]) -> list[Line]:
    """The lines inside the body blocks, chrome subtrees and media players skipped."""
    chrome = boilerplate(page, blocks)
    out: list[Line] = []
    for block in blocks:
        first, last = page.line_range(block)
        lines = page.lines[first:last]
        players = _players(page, block, first, lines)
        for line in lines:
            el = line.holder
            skip = False
            while el is not None and el is not block:
                if el in players or chrome(el):
                    skip = True
                    break
                el = el.getparent()
            if not skip:
                out.append(line)
    return out


def prose_start(lines: list[Line], title_line: int = -1) -> int:
    """Index (in the page) of the body's first line of prose, below the declared title's line when the
    body holds it: where a title and byline above it end."""
    for line in lines:
        if (line.index > title_line and line.punct and line.chars - line.link_chars >= PROSE_LINE
                and not is_metadata_line(line.text, at_edge=True)):
            return line.index
    return lines[0].index if lines else -1


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


def is_byline(line: str) -> bool:
    return len(line) <= BYLINE_MAX and bool(cues.BYLINE.match(line)) and not cues.SENTENCE_PUNCT.search(line)


def _is_stamp_line(line: str) -> bool:
    """A short line stamped with a date and a time and no sentence in it ("李明 2015-07-03 11:31 0人参与",
    "2019-08-13 14:07来源：…"): the byline, wherever its labels stand."""
    return len(line) <= BYLINE_MAX and not cues.SENTENCE_PUNCT.search(line) and any(
        time is not None for _, _, time in find_dates(line))


def _is_label(line: str) -> bool:
    c = compact(line)
    return 2 <= len(c) <= LABEL_MAX and not cues.SENTENCE_PUNCT.search(line) and not is_breadcrumb(line)


def is_chrome_line(text: str) -> bool:
    """Share bars, print/close, copyright and reprint notices, credits, keyword and video-player lines."""
    n = len(text)
    if n <= 80 and cues.CREDIT_LINE.search(text) and not cues.SENTENCE_END.search(text):
        return True
    if n <= 60 and (cues.KEYWORD_LINE.match(text) or cues.VIDEO_HINT.match(text)):
        return True
    if n <= 2 * cues.NOTICE_MAX and cues.NOTICE_LINE.match(text) and (
            n <= cues.NOTICE_MAX or not cues.CJK.search(text)):
        return True
    if n <= cues.CHROME_WORD_MAX and _CHROME_WORD.search(text):
        return True
    return n <= 90 and bool(_CHROME.search(text)) and text.count("。") <= 1


@dataclass(slots=True)
class Cleaned:
    paragraphs: list[str]
    meta: list[str]  # byline/metadata lines met in the body
    subtitle: str
    column: str


def _links_document(page: Page, line: Line) -> bool:
    st = page.stats.get(line.holder)
    return st is not None and st.doc_links > 0


def _prose_follows(lines: list[Line], start: int) -> bool:
    """More of the article after an end marker: at least two sentence lines before the next marker."""
    found = 0
    for line in lines[start:]:
        if _END.match(line.text):
            break
        if line.punct >= 2 and line.chars - line.link_chars >= 30:
            found += 1
            if found >= PROSE_AFTER_END:
                return True
    return False


def clean(page: Page, lines: list[Line], title: str, subtitle: str) -> Cleaned:
    """Split body lines into paragraphs and metadata lines; drop repeats of the title and chrome.
    A line that is one link goes, unless it links a document (an attachment stays listed)."""
    kept: list[str] = []
    meta: list[str] = []
    found_subtitle = column = ""
    ctitle, csub = compact(title), compact(subtitle)
    texts = [ln.text for ln in lines]
    title_at = next((i for i, t in enumerate(texts[:TOP_LINES]) if ctitle and compact(t) == ctitle), -1)
    n = len(texts)
    skipping = False  # inside a link list opened by an end marker, with the article going on after it
    for i, text in enumerate(texts):
        line = lines[i]
        if _END.match(text):
            if kept and not _prose_follows(lines, i + 1):
                break
            skipping = True
            continue
        if line.link_chars >= LINK_LINE * line.chars and not text.endswith("。") and not _links_document(page, line):
            continue  # a line that is one link: "related" entries, "more news" buttons
        if skipping and line.punct == 0 and len(text) < 40:
            continue
        skipping = False
        if i < title_at:
            if _is_label(text) and i == title_at - 1:
                column = text
            continue
        edge = i < TOP_LINES or i >= n - 4
        if is_metadata_line(text, at_edge=edge):
            meta.append(text)
            continue
        if is_breadcrumb(text) or is_chrome_line(text):
            continue
        if not kept:  # still at the top: repeats of the title, subtitle, bare dates, bylines, lead boxes
            c = compact(text)
            if not c or _TOP_DATE_ONLY.match(text):
                meta.append(text)
                continue
            if text[:1] in "—－─" and len(text) < 120:
                found_subtitle = found_subtitle or text.lstrip(_DASHES)
                continue
            if ctitle and (c == ctitle or (len(c) >= 4 and c in ctitle and not cues.SENTENCE_PUNCT.search(text))):
                continue
            if csub and c == csub:
                continue
            if is_byline(text) or _is_stamp_line(text):
                meta.append(text)
                continue
            if cues.LEAD_BOX.match(text):
                continue
        kept.append(text)
    return Cleaned(kept, meta, found_subtitle, column)
