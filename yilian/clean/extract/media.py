"""Attachments, images with captions, and data tables (alliance member lists) as rows."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote, urljoin, urlsplit

from lxml.html import HtmlElement

from yilian.clean.extract.cues import CAPTION_START, DOC_EXT, ICON
from yilian.clean.extract.page import Page, text_of

CAPTION_MAX = 80  # characters of a caption line



def absolute(base: str, link: str) -> str:
    """``link`` resolved against the page URL (and <base href>); left as is when that fails."""
    try:
        return urljoin(base, link) if base else link
    except ValueError:
        return link


def base_url(page: Page, url: str) -> str:
    """What relative links resolve against: the page's <base href>, else its URL."""
    return absolute(url, page.base) if page.base else url


def attachments(page: Page, url: str = "") -> list[dict[str, str]]:
    """Links to PDF/DOC/XLS/WPS files anywhere on the page, absolute, with their link text as name."""
    root = page.root
    st = page.stats.get(root)
    if st is not None and not st.doc_links and not page.hidden:
        return []  # the walk counted no document link (hidden ones it did not count)
    base = base_url(page, url)
    seen: set[str] = set()
    out = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or not DOC_EXT.search(href):
            continue
        href = absolute(base, href)
        if href in seen:
            continue
        seen.add(href)
        path = urlsplit(href).path
        name = text_of(a) or a.get("title") or unquote(path.rsplit("/", 1)[-1])
        out.append({"name": name, "url": href, "type": path.rsplit(".", 1)[-1].lower()})
    return out


def _chars(page: Page, el: HtmlElement) -> int:
    st = page.stats.get(el)
    return st.chars if st is not None else len(text_of(el))


def caption_of(page: Page, img: HtmlElement) -> HtmlElement | None:
    """The element holding ``img``'s caption: <figcaption>, a "图为…" wrapper, or the short centered line after it."""
    fig = next((e for e in img.iterancestors("figure")), None)
    if fig is not None:
        cap = fig.find(".//figcaption")
        if cap is not None:
            return cap
    holder = img
    while holder.getparent() is not None and not _chars(page, holder.getparent()) and holder.tag != "body":
        holder = holder.getparent()
    parent = holder.getparent()
    if parent is not None and 0 < _chars(page, parent) <= CAPTION_MAX and CAPTION_START.match(text_of(parent)):
        return parent
    nxt = holder.getnext()
    if nxt is not None and isinstance(nxt.tag, str) and 0 < _chars(page, nxt) <= CAPTION_MAX:
        text = text_of(nxt)
        if CAPTION_START.match(text) or "center" in (nxt.get("style") or "") + (nxt.get("align") or ""):
            return nxt
    return None


def _content_images(container: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """(img, src) of content images (WeChat's data-src too), skipping icons and spacers."""
    for img in container.iter("img"):
        src = (img.get("data-src") or img.get("src") or "").strip()
        if not src or src.startswith("data:") or ICON.search(src):
            continue
        width = img.get("width") or ""
        if width.isdigit() and int(width) < 60:
            continue
        yield img, src


def images(page: Page, blocks: list[HtmlElement], url: str = "") -> list[dict[str, str]]:
    """Content images of the body, absolute, with alt text and caption (the caption also stays in the text)."""
    if not blocks:
        return []
    base = base_url(page, url)
    out = []
    for block in blocks:
        for img, src in _content_images(block):
            cap = caption_of(page, img)
            out.append({"url": absolute(base, src), "alt": (img.get("alt") or img.get("title") or "").strip(),
                        "caption": text_of(cap) if cap is not None else ""})
    return out


def _rows(table: HtmlElement) -> list[list[str]]:
    rows = []
    for tr in table.iter("tr"):
        cells = [text_of(c) for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if any(cells):
            rows.append(cells)
    return rows


def tables(blocks: list[HtmlElement]) -> list[list[list[str]]]:
    """Data tables inside the body: no nested tables, at least 2 rows, short cells."""
    out = []
    for table in (t for block in blocks for t in block.iter("table")):
        if table.find(".//table") is not None:
            continue
        rows = _rows(table)
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        cells = [c for r in rows for c in r]
        if sum(len(c) for c in cells) / len(cells) > 60:
            continue
        out.append(rows)
    return out
