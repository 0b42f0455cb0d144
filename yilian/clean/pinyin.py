"""Removal of pinyin readings that some CMS plug-ins insert after every character.

Two forms: ruby markup (<ruby>醫<rp>(</rp><rt>yī</rt><rp>)</rp></ruby>) and plain text
readings ("醫(yī)", "技(jì )術"), also when out-of-step damage swallowed the "(" after a
lost mark ("?guī)"). A reading is a parenthesised Latin syllable with a tone
mark directly after a Chinese character, so "(ICU)", "(试行)", "(市、區)" and
"(杭州市婦幼保健院)" are never touched.
"""

from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = f"[a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*"
_TEXT_READING_RE = re.compile(f"(?<=[\u3400-\u9fff])\\s?[(（]\\s*{_SYLLABLE}\\s*[)）]")
# a reading whose "(" a broken GBK pair swallowed ("規(guī)" read out of step: "谝?guī)"):
# the reading goes, the lost mark stays for the mojibake repair to complete
_SWALLOWED_READING_RE = re.compile(f"(?<=\\?){_SYLLABLE}\\s*\\)")
_RUBY_NOTE_RE = re.compile(r"<(rt|rp)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_RUBY_TAG_RE = re.compile(r"</?(?:ruby|rb|rtc)\b[^>]*>", re.IGNORECASE)


def strip_readings(html: str) -> tuple[str, int]:
    """The HTML without pinyin readings, and how many were removed."""
    html, n_ruby = _RUBY_NOTE_RE.subn("", html)
    if n_ruby:
        html = _RUBY_TAG_RE.sub("", html)
    html, n_text = _TEXT_READING_RE.subn("", html)
    html, n_swallowed = _SWALLOWED_READING_RE.subn("", html) if "?" in html else (html, 0)
    return html, n_ruby + n_text + n_swallowed
