"""Character references and invisible characters.

Only references to ordinary characters are decoded: &lt; &gt; &amp; &quot; &apos; (and
their numeric forms) stay as they are, because turning them into markup characters in
HTML source would change the markup; lxml decodes them later.
"""

from __future__ import annotations

import re
from html.entities import html5

_MARKUP = frozenset("<>&\"'")
# markup references (&amp; &lt; ...) are not even matched: pages are full of &amp; in links
_REF_RE = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));?")
_INVISIBLE_RE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES_RE = re.compile("[\u00a0\u3000\u2002\u2003\u2009\u202f]")


def _char(m: re.Match[str]) -> str:
    hex_, dec, name = m.groups()
    if name is not None:
        ch = html5.get(name + ";") if m.group().endswith(";") else html5.get(name)
        if ch is None or any(c in _MARKUP for c in ch):
            return m.group()
        return ch
    code = int(hex_, 16) if hex_ is not None else int(dec)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or chr(code) in _MARKUP or code < 0x20:
        return m.group()
    return chr(code)


def decode_references(text: str) -> str:
    """&#x533B; &#21307; &nbsp; &raquo; -> characters; markup references left for the parser."""
    if "&nbsp;" in text:  # by far the most common one: a plain replace, no callback per match,
        text = text.replace("&nbsp;", " ")  # straight to the space clean_invisible would make of it
    return _REF_RE.sub(_char, text) if "&" in text else text


def clean_invisible(text: str, chars: set[str] | None = None) -> str:
    """Drop zero-width characters, stray BOMs and control characters; NBSP and ideographic spaces become spaces.

    With `chars` (the ones a probe found), plain replaces do it; without, two regex passes.
    """
    if chars is None:
        return _SPACES_RE.sub(" ", _INVISIBLE_RE.sub("", text))
    for ch in chars:
        text = text.replace(ch, " " if _SPACES_RE.match(ch) else "")
    return text
