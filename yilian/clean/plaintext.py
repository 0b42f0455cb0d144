"""A page served as text/plain (a notice published as a .txt file, a saved text dump) read as paragraphs.

Parsed as HTML such a page is one text node, so extraction's block scoring sees a single block: a
breadcrumb or a share line in it sinks the whole page. Each line becomes a <p> instead, as a writer's
paragraphs would be. A server that labels real HTML text/plain (old CMSs do) keeps its markup.
"""

from __future__ import annotations

import re
from html import escape

_MARKUP = re.compile(r"<(?:html|head|body|div|p|table|td|br|span|a|meta|title|h[1-6])\b", re.I)
HTML_TAGS = 3  # a stray "</span>" in a text dump is no page; an HTML page has these by the dozen


def is_plain_text(content_type: str | None) -> bool:
    return (content_type or "").split(";")[0].strip().lower() == "text/plain"


def looks_like_html(text: str) -> bool:
    return len(_MARKUP.findall(text, 0, 8192)) >= HTML_TAGS


def as_html(text: str) -> str:
    """Every non-blank line as one escaped paragraph."""
    paragraphs = "".join(f"<p>{escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>\n{paragraphs}</body></html>"
