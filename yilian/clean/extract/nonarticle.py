"""Pages that are not articles: soft 404s, login/captcha walls, list and archive pages, empty pages.

Each check reads what the page model and the body scorer already measured, so a page is
never parsed twice to be rejected; the first matching reason wins.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from yilian.clean.extract import cues
from yilian.clean.extract.page import Line, Page


MIN_PROSE = 40  # CJK characters of body text below which a page says nothing
WALL_PROSE = 300
NOT_FOUND_PROSE = 200
LIST_ITEMS = 5  # title-like link lines that make a list
ITEM_MIN = 8  # characters of a link text that reads as an article title
LIST_DENSITY = 10.0  # prose score of a body block below which it is no article's text (about two sentences)
ARCHIVE_POSTS = 3  # blocks beside the body as heavy as half of it, or dated records around it: posts of an archive
LIST_TEXT = 200  # characters of a body without prose that make it a list or table, not a short notice
ENTRY_MAX = 100  # characters of a list entry's line (a title link with its date or counters)
LIST_ENTRIES, ENTRY_SHARE = 4, 0.25  # entries, and their share of the body's lines, that make a list
CONTENTS_LINES, CONTENTS_TITLES = 16, 10  # lines of a body without a sentence, and title-like ones among them
SENTENCE_LINE = 60  # characters of a line that reads as text whatever its punctuation


def _prose_len(text: str) -> int:
    """Han characters of ``text``, counted up to the largest threshold they are held against (a stretch of
    that many characters at a time: a long body is not read to its end)."""
    n, pos = 0, 0
    while n < WALL_PROSE and pos < len(text):
        n += len(cues.CJK.findall(text, pos, pos + WALL_PROSE))
        pos += WALL_PROSE
    return min(n, WALL_PROSE)


def not_found(title: str, body: str, doc_title: str, prose: int) -> bool:
    """``prose``: the body's Han characters (``_prose_len``)."""
    return (prose < NOT_FOUND_PROSE and bool(cues.NOT_FOUND.search(body[:300]))) or (
        prose < WALL_PROSE and bool(cues.NOT_FOUND.search(title) or cues.NOT_FOUND.search(doc_title)))


def wall(page: Page, body: str, blocks: list[HtmlElement], prose: int) -> str | None:
    """A captcha or login form where the text should be, in the body ``blocks`` (a login box in the
    page header does not make an article a wall)."""
    if prose >= WALL_PROSE:
        return None
    text = body[:500]
    inputs = [i for b in blocks for i in b.iter("input")] if blocks else list(page.root.iter("input"))
    if cues.CAPTCHA.search(text) or any(cues.CAPTCHA.search(f"{i.get('name')} {i.get('id')}") for i in inputs):
        return "captcha"
    has_password = any((i.get("type") or "").lower() == "password" for i in inputs)
    if (has_password and prose < MIN_PROSE * 2) or cues.LOGIN.search(text):
        return "login_wall"
    return None


def _reads_as_sentence(line: Line) -> bool:
    text = line.text
    return ("，" in text or "。" in text or bool(cues.CLAUSE_END.search(text))
            or line.chars - line.link_chars >= SENTENCE_LINE)


def _holds_table(page: Page, blocks: list[HtmlElement]) -> bool:
    """A table cell with text inside the body (a layout table around the body does not count)."""
    return any(page.stats.get(cell) is not None and page.stats[cell].chars
               for block in blocks for cell in block.iter(*cues.CELL_TAGS))


def contents(page: Page, body_lines: list[Line], blocks: list[HtmlElement], anchored: bool) -> bool:
    """Titles without text: many short title-like lines and not one that reads as a sentence (a
    journal's table of contents, an index whose links are scripts), under no heading that matches
    the declared title. A table is exempt: a member list or timetable published without a sentence
    around it is still a notice."""
    if anchored or len(body_lines) < CONTENTS_LINES:
        return False
    titles = 0
    for line in body_lines:
        if _reads_as_sentence(line):
            return False
        titles += ITEM_MIN <= line.chars
    return titles >= CONTENTS_TITLES and not _holds_table(page, blocks)


def list_page(page: Page, body_lines: list[Line], body_chars: int, density: float, rivals: int, anchored: bool,
              posts: int = 0, blocks: list[HtmlElement] = ()) -> bool:
    """A list, not an article: no block with prose of its own beside title-like links or a long run of
    text (a column, a board, a directory table); a body whose lines are largely entries led by a title
    link (a list with summaries, search results, a 专题 page); titles without sentences (contents); and,
    when no heading matches the declared title, a <title> naming search results, several posts of equal
    weight, or the body's container one of several dated posts (an archive)."""
    if density < LIST_DENSITY:
        items = sum(1 for ln in page.lines if ln.link_chars >= ITEM_MIN and ln.link_chars >= 0.6 * ln.chars)
        if items >= LIST_ITEMS or body_chars >= LIST_TEXT:
            return True
    entries = sum(1 for ln in body_lines if ln.link_chars >= ITEM_MIN and ln.chars <= ENTRY_MAX)
    if entries >= LIST_ENTRIES and entries >= ENTRY_SHARE * len(body_lines):
        return True
    if contents(page, body_lines, blocks, anchored):
        return True
    if not anchored and cues.RESULTS_TITLE.search(page.doc_title):
        return True  # search results, one of them shown in full
    return not anchored and (rivals >= ARCHIVE_POSTS or posts >= ARCHIVE_POSTS)


def classify(page: Page, title: str, body: str, density: float, rivals: int, anchored: bool,
             blocks: list[HtmlElement] = (), body_lines: list[Line] = (), posts: int = 0) -> str | None:
    """Reason the page is not an article, or None. ``density`` is the body block's prose score,
    ``rivals`` the blocks elsewhere scoring half as much, ``posts`` the dated records the body's
    container is one of, ``anchored`` whether a heading matches the page's declared title."""
    prose = _prose_len(body)  # counted once for every check below
    if not_found(title, body, page.doc_title, prose):
        return "not_found"
    if reason := wall(page, body, list(blocks), prose):
        return reason
    if list_page(page, list(body_lines), len(body), density, rivals, anchored, posts, list(blocks)):
        return "list_page"
    if prose < MIN_PROSE and page.root.find(".//frame") is not None:
        return "frameset"  # the text is in the frames' own pages
    if prose < MIN_PROSE:
        return "empty"
    return None
