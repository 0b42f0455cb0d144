"""The damage real hospital pages carry, applied on purpose and reported so the truth can say so.

* ``gbk_out_of_step``: a transcoder lost the lead byte of a character outside GB2312 (most
  Traditional characters), so the rest of the run was decoded one byte out of step until an
  ASCII byte re-synchronised the stream. The lost character shows as "?"; everything after it
  can be recovered by re-encoding the garbage to GBK and shifting one byte.
* pinyin readings: a reading-aid plugin added "醫(yī)" after listed characters, either as plain
  text or as ``<ruby>`` markup. Fully recoverable.
"""

from __future__ import annotations

import random
import re
from html import escape

from yilian.fixtureweb.readings import READINGS, SPACED

_READING_CHARS = re.compile("[" + "".join(sorted(READINGS)) + "]")


def outside_gb2312(char: str) -> bool:
    """True for characters GBK has but GB2312 lacks: the ones a GB2312-only stage mangles."""
    try:
        char.encode("gb2312")
        return False
    except UnicodeEncodeError:
        try:
            return len(char.encode("gbk")) == 2
        except UnicodeEncodeError:
            return False


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _shift_run(run: str) -> tuple[str, str]:
    """Garble ``run`` (from a trigger char to the end of its line); return (before, after) spans."""
    try:
        raw = run.encode("gbk")
    except UnicodeEncodeError:
        return "", ""
    shifted = "?" + raw[1:].decode("gbk", errors="replace").replace("\ufffd", "?")
    same = _common_suffix(run, shifted)
    return run[: len(run) - same], shifted[: len(shifted) - same]


def recovers(before: str, after: str) -> bool:
    """Whether everything but the lost first character comes back by re-encoding and shifting."""
    try:
        tail = after[1:].encode("gbk")
    except UnicodeEncodeError:
        return False
    return bool(before) and (b"\x81" + tail).decode("gbk", errors="replace")[1:] == before[1:]


def gbk_out_of_step(text: str, rate: float, seed: str, where: str) -> tuple[str, list[dict]]:
    """Garble a share ``rate`` of the characters outside GB2312 in ``text``; report each span."""
    rng = random.Random(seed)
    out: list[str] = []
    reports: list[dict] = []
    i = 0
    while i < len(text):
        char = text[i]
        if outside_gb2312(char) and rng.random() < rate:
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            before, after = _shift_run(text[i:end])
            if before:
                offset = sum(len(p) for p in out)
                out.append(after)
                reports.append(
                    {
                        "kind": "gbk_out_of_step",
                        "where": where,
                        "offset": offset,
                        "before": before,
                        "after": after,
                        "lost": before[0],
                        "recoverable": recovers(before, after),
                    }
                )
                i += len(before)
                continue
        out.append(char)
        i += 1
    return "".join(out), reports


def _plain_reading(match: re.Match[str]) -> str:
    char = match.group(0)
    pad = " " if char in SPACED else ""
    return f"{char}({READINGS[char]}{pad})"


def _ruby_reading(match: re.Match[str]) -> str:
    char = match.group(0)
    return f"<ruby>{char}<rp>(</rp><rt>{READINGS[char]}</rt><rp>)</rp></ruby>"


def with_readings(html_text: str, style: str | None) -> tuple[str, int]:
    """Insert pinyin readings into already-escaped HTML text; returns (html, count inserted)."""
    if style not in ("plain", "ruby"):
        return html_text, 0
    func = _plain_reading if style == "plain" else _ruby_reading
    return _READING_CHARS.subn(func, html_text)


def text_html(text: str, style: str | None) -> tuple[str, int]:
    """Escape plain text for HTML and add readings in the site's style."""
    return with_readings(escape(text, quote=False), style)
