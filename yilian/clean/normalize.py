"""Script detection, Simplified copies for search, full-width ASCII and whitespace clean-up.

The original script stays in ``title``/``body``; ``*_simplified`` feed the index.
OpenCC's plain ``t2s`` is used: the mainland Traditional of hospital mirrors is not
Taiwan vocabulary (so no ``tw2sp`` phrase rewriting), and ``t2s`` leaves rare name
characters such as 甯 alone.
"""

from __future__ import annotations

import dataclasses
import re

import numpy as np

from yilian.records import Article
from yilian.zhscript import to_simplified, to_traditional

_FULLWIDTH_ALNUM = {cp: cp - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for cp in range(r[0], r[1] + 1)}
_NOT_CJK = re.compile(r"[^\u3400-\u9fff]+")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a\u202f\u205f]+")
MIXED_SHARE = 0.15  # minority script above this share of script-specific characters -> "mixed"
_TEXT_FIELDS = ("title", "subtitle", "source", "author", "editor", "issuer", "index_no", "topic", "doc_no", "column")


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), np.uint32)


def _differs(a: str, b: str) -> int:
    """Positions where ``a`` and ``b`` differ, plus the difference in length (compared in C)."""
    if a == b:
        return 0
    n = min(len(a), len(b))
    return int(np.count_nonzero(_codes(a[:n]) != _codes(b[:n]))) + abs(len(a) - len(b))


def detect_script(text: str) -> str:
    """zh-Hant when characters change under t2s but not s2t, zh-Hans the reverse, else mixed.
    Text t2s leaves alone is zh-Hans whatever s2t makes of it, so s2t (the dearer direction: nearly
    every Simplified character has a Traditional form) runs only on text with Traditional characters."""
    cjk = _NOT_CJK.sub("", text)
    traditional = _differs(cjk, to_simplified(cjk))
    if traditional == 0:
        return "zh-Hans"
    simplified = _differs(cjk, to_traditional(cjk))
    minority = min(traditional, simplified) / (traditional + simplified)
    if minority > MIXED_SHARE:
        return "mixed"
    return "zh-Hant" if traditional > simplified else "zh-Hans"


def clean_text(text: str) -> str:
    """Full-width letters/digits to ASCII, invisible characters out, one space per run, no blank lines."""
    text = _INVISIBLE.sub("", text.translate(_FULLWIDTH_ALNUM))
    out = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in out if line)


def normalize(article: Article) -> Article:
    """Cleaned copy of ``article`` with its script detected and Simplified title/body added."""
    cleaned = {name: clean_text(getattr(article, name)) for name in _TEXT_FIELDS + ("body",)}
    script = detect_script(cleaned["title"] + cleaned["body"])
    return dataclasses.replace(
        article,
        **cleaned,
        script=script,
        title_simplified=to_simplified(cleaned["title"]),
        body_simplified=to_simplified(cleaned["body"]),
    )
