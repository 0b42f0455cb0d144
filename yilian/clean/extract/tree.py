"""Parse a page once with lxml and read it back as lines of text.

Every other extract module works on the tree returned by :func:`parse` and on
the lines produced by :func:`lines`, so the page is parsed exactly once and
the block/inline rules for turning markup into text live in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import opencc
from lxml import etree, html as lxml_html
from lxml.html import HtmlElement

DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas")
BLOCK_TAGS = frozenset(
    "p div br li tr table tbody thead tfoot ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article blockquote "
    "pre header footer nav form center hr figure figcaption main aside address caption".split()
)
CELL_TAGS = frozenset(("td", "th"))

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
_EXTRA_VARIANTS = {"布": "佈", "并": "並", "于": "於", "着": "著"}
# Tag text shown as text; "?/span>" is a closing tag whose "<" went into a broken GBK pair.
_STRAY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,80})?/?>|(?<=[?？])/(?:span|p|div|font|strong|em|b|a)>")
_CJK_BREAK = re.compile(r"(?<=[\u3400-\u9fff\uff0c\u3002\u3001\uff1b\uff1a\u201c\u201d])[ \t\r\f\v]*\n\s*(?=[\u3400-\u9fff\uff0c\u3002\u3001\uff1b\uff1a\u201c\u201d])")


def either_script(word: str) -> str:
    """Regex source matching ``word`` in Simplified or Traditional characters (来源 / 來源)."""
    parts = []
    for ch in word:
        variants = {ch, _S2T.convert(ch), _T2S.convert(ch)}
        if ch in _EXTRA_VARIANTS:
            variants.add(_EXTRA_VARIANTS[ch])
        if ch == " ":
            parts.append(r"\s*")
        elif len(variants) == 1:
            parts.append(re.escape(ch))
        else:
            parts.append("[" + "".join(sorted(variants)) + "]")
    return "".join(parts)


def spaced(word: str) -> str:
    """Like :func:`either_script` but tolerating spaces between characters (索 引 号)."""
    return r"\s*".join(either_script(ch) for ch in word)


def parse(html: str, drop: tuple[str, ...] = DROP_TAGS) -> HtmlElement:
    """Parse once, drop scripts/styles/comments (``drop``: the tags dropped). Empty input gives an empty tree.

    Links are left relative: only the few that are output (attachments, images) are
    resolved, by media.py, which is much cheaper than rewriting every link.
    """
    try:
        root = lxml_html.document_fromstring(html) if html.strip() else None
    except (etree.ParserError, ValueError):
        root = None
    if root is None:
        root = lxml_html.document_fromstring("<html><body></body></html>")
    etree.strip_elements(root, *drop, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return root


def metas(root: HtmlElement) -> dict[str, str]:
    """``<meta name|property=... content=...>`` as a lower-cased name -> content map (first wins)."""
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in out:
            out[key] = content
    return out


def clean_line(text: str) -> str:
    """Collapse whitespace, join CJK text broken by source line breaks, drop stray tag text ("</span>")."""
    if "\n" in text:
        text = _CJK_BREAK.sub("", text)
    if ">" in text:
        text = _STRAY_TAG.sub("", text)
    return " ".join(text.split())


def text_of(el: HtmlElement) -> str:
    return clean_line(el.text_content())


MARK = "\x00"


def lines(
    el: HtmlElement, skip: Callable[[HtmlElement], bool] | None = None, mark: HtmlElement | None = None
) -> list[str]:
    """Block-aware text of ``el``: one string per paragraph, table row, list item or <br> line.

    ``skip`` prunes subtrees (boilerplate) without modifying the tree; ``mark`` is
    replaced by a single :data:`MARK` line, so text before and after it can be told apart.
    """
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            line = clean_line("".join(buf))
            buf.clear()
            if line:
                out.append(line)

    def walk(node: HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if node is mark:
            flush()
            out.append(MARK)
            return
        if skip is not None and skip(node):
            return
        block = tag in BLOCK_TAGS
        if block:
            flush()
        elif tag in CELL_TAGS:
            buf.append(" ")
        elif tag == "img":
            return
        if node.text:
            buf.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()
        elif tag in CELL_TAGS:
            buf.append(" ")

    walk(el)
    flush()
    return out


def class_id(el: HtmlElement) -> str:
    """Lower-cased class and id; "" for the many elements with neither."""
    cls, ident = el.get("class"), el.get("id")
    if cls is None and ident is None:
        return ""
    return f"{cls or ''} {ident or ''}".lower()


