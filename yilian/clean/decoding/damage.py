"""Text known to be lost at the source, found and located so search can say so.

锟斤拷 is U+FFFD written as UTF-8 and read back as GBK; 烫烫烫 and 屯屯屯 are uninitialised
memory (0xCC, 0xCD) printed as GBK; U+FFFD itself is a replaced byte; "?" between Chinese
characters is a character a converter could not map. Real words (烫伤), a question's "???"
and parentheses such as "(ICU)" or "(试行)" do not match.
"""

from __future__ import annotations

import re
from typing import Any

_PATTERNS = (
    ("kunjinkao", re.compile("(?:锟斤拷|锟斤|斤拷)+[锟斤拷]*")),
    ("uninitialised", re.compile("烫{3,}|屯{3,}|(?:烫屯){2,}")),
    ("replacement_char", re.compile("\ufffd+")),
    ("lost_chars", re.compile(r"(?<=[\u4e00-\u9fff])\?+(?=[\u4e00-\u9fff])|(?<![\w?])\?{2,}(?=[\u4e00-\u9fff])")),
    # a lost lead byte whose trail byte shows as an ASCII letter ("縣" -> "?h"): lost too
    ("lost_chars", re.compile(r"(?<=[\u4e00-\u9fff,，、。])\?[@^_`~a-zA-Z\\](?=[\u4e00-\u9fff])")),
    # a broken pair that swallowed the "<" of the closing tag after it ("看病?/p>"), or a
    # full stop lost before it ("看病??</p>")
    ("lost_chars", re.compile(r"(?<=[\u4e00-\u9fff])(?:\?+(?=/[a-z0-9]+>)|\?{2,}(?=<))")),
)
_QUESTION_END = frozenset("吗呢么吧啊嘛呀谁哪几")
_QUESTION_WORDS = ("什么", "怎么", "如何", "是否", "为何", "为什么", "多少", "哪", "几", "谁", "麼", "甚麼", "怎樣")


def _is_question(text: str, start: int) -> bool:
    """A '?' that ends a question is punctuation, not a lost character."""
    before = text[max(0, start - 20) : start]
    if before[-1:] in _QUESTION_END:
        return True
    clause = re.split("[。！；，,.!;\n>]", before)[-1]
    return any(w in clause for w in _QUESTION_WORDS)


def find_damage(text: str) -> list[dict[str, Any]]:
    """Spans of lost text: [{kind, start, end, text}] in offsets of the decoded HTML."""
    spans: list[dict[str, Any]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if kind == "lost_chars" and _is_question(text, m.start()):
                continue
            spans.append({"kind": kind, "start": m.start(), "end": m.end(), "text": m.group()})
    spans.sort(key=lambda s: s["start"])
    return spans
