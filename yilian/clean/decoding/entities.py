"""Character references and invisible characters.

References are decoded as a browser decodes them (Python's html.unescape implements the
HTML5 rules: "&#147;" is the windows-1252 “, not a C1 control), so the repair stage sees
the characters a page shows, mojibake written as references ("&#210;&#189;") included.
References to the markup characters (&lt; &gt; &amp; &quot; &apos; and their numeric
forms) stay: in HTML source they would change the markup; the parser decodes them later.
Named references need their ";" (without it, "&reg=1" in a link would become "®=1").

A reference escaped twice ("&amp;ldquo;" shows as the text "&ldquo;") is decoded twice
when it names a non-ASCII character: what a CMS that escaped its own output meant. The
markup ones ("&amp;lt;" on a page about HTML) are left as they are.
"""

from __future__ import annotations

import re
from html import unescape

from yilian.clean.decoding.charclass import INVISIBLE_CHARS, SPACES

_MARKUP = frozenset("<>&\"'")
_REF = r"#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[a-zA-Z][a-zA-Z0-9]{1,31};"
_REF_RE = re.compile(f"&(?!(?:amp|lt|gt|quot|apos);)(?:{_REF})")
_DOUBLE_RE = re.compile(f"&amp;(?!(?:amp|lt|gt|quot|apos);)((?:{_REF}))")
_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARS}]")
_SPACE_SET = frozenset(SPACES)


def _char(ref: str) -> str | None:
    """The character a reference stands for, or None to leave it as written."""
    ch = unescape(ref)
    if ch == ref or len(ch) > 2 or any(c in _MARKUP for c in ch) or ch < " " or ch == "\ufffd":
        return None
    return ch


def decode_references(text: str) -> tuple[str, int]:
    """(&#x533B; &#21307; &nbsp; &raquo; -> characters, how many twice-escaped ones there were)."""
    n_double = 0
    if "&amp;" in text:

        def double(m: re.Match[str]) -> str:
            nonlocal n_double
            ch = _char("&" + m.group(1))
            if ch is None or ch.isascii():
                return m.group()
            n_double += 1
            return ch

        text = _DOUBLE_RE.sub(double, text)
    if "&nbsp;" in text:  # by far the most common one: a plain replace, no callback per match,
        text = text.replace("&nbsp;", " ")  # straight to the space clean_invisible would make of it
    if "&" in text:
        text = _REF_RE.sub(lambda m: _char(m.group()) or m.group(), text)
    return text, n_double


def clean_invisible(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """Drop zero-width characters, stray BOMs and control characters; NBSP, ideographic
    and thin spaces become spaces. Also returns the edits (start, end, new length) of the
    characters dropped, so spans found before can be moved."""
    dropped: list[tuple[int, int, int]] = []
    pieces: list[str] = []
    pos = 0
    for m in _INVISIBLE_RE.finditer(text):
        ch = m.group()
        pieces.append(text[pos : m.start()])
        if ch in _SPACE_SET:
            pieces.append(" ")
        else:
            dropped.append((m.start(), m.end(), 0))
        pos = m.end()
    if not pieces:
        return text, dropped
    pieces.append(text[pos:])
    return "".join(pieces), dropped
