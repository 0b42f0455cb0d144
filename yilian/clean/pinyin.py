"""Removal of pinyin readings that some CMS plug-ins insert after characters.

Two forms: ruby markup (<ruby>醫<rp>(</rp><rt>yī</rt><rp>)</rp></ruby>) and plain text
readings ("醫(yī)", "技(jì )術"), also when out-of-step damage swallowed the "(" ("規guī)").
A reading is removed only where it is a reading of the character it follows, checked in
pypinyin's dictionary (every reading of 41,000 characters), so "(ICU)", "(试行)",
"(市、區)", "(café)" and a pinyin gloss of a whole word stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from yilian.clean.decoding.charclass import HAN_CLASS, TONED

_SYLLABLE = f"[a-zü{TONED}]*[{TONED}][a-zü{TONED}]*"
_READING_RE = re.compile(
    r"<ruby\b[^>]*>\s*(?P<rc>[^<\s])\s*(?:<rp\b[^>]*>[^<]*</rp\s*>)?\s*<rt\b[^>]*>\s*(?P<rs>[^<]*?)\s*</rt\s*>"
    r"\s*(?:<rp\b[^>]*>[^<]*</rp\s*>)?\s*</ruby\s*>"
    f"|(?P<tc>[{HAN_CLASS}])(?:\\s?[(（]\\s*(?P<ts>{_SYLLABLE})\\s*[)）]|(?P<ss>{_SYLLABLE})\\s*\\))",
    re.IGNORECASE,
)

Edit = tuple[int, int, int]  # (start, end, length of what replaced text[start:end])


@lru_cache(maxsize=4096)
def readings(ch: str) -> frozenset[str]:
    """The tone-marked readings of one character."""
    from pypinyin.pinyin_dict import pinyin_dict

    found = pinyin_dict.get(ord(ch))
    return frozenset(found.split(",")) if found else frozenset()


def strip_readings(html: str) -> tuple[str, list[Edit]]:
    """The HTML without the readings of the characters they follow, and the edits made
    (offsets in the HTML given)."""
    pieces: list[str] = []
    edits: list[Edit] = []
    pos = 0
    for m in _READING_RE.finditer(html):
        char = m.group("rc") or m.group("tc")
        syllable = m.group("rs") if m.group("rc") else (m.group("ts") or m.group("ss"))
        if syllable.strip().lower() not in readings(char):
            continue
        pieces += [html[pos : m.start()], char]
        edits.append((m.start(), m.end(), 1))
        pos = m.end()
    if not edits:
        return html, edits
    pieces.append(html[pos:])
    return "".join(pieces), edits
