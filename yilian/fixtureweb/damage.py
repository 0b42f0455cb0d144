"""The one damage simulator: every way real pages get their encoding wrong, applied on purpose.

The fixture web (build.py), the labeled encoding corpus (benchmarks/make_encoding_corpus.py)
and the decode tests all damage text with these functions, so there is one model of the
damage, written down in tests/encoding_corpus/DAMAGE_MODEL.md (families and parameters).

* ``misread``/``chain``: bytes of text in one codec decoded with another, layer on layer
  (UTF-8 read as cp1252 twice, UTF-8 read as GBK or Big5, GBK read as Latin-1 or Big5...),
  with a decoder's way of handling bytes it cannot read ("?", U+FFFD, or dropped).
* ``as_references``/``double_escape``: mojibake written as numeric character references,
  references escaped twice.
* ``drop_bytes``, ``out_of_step``, ``sloppy_gbk``: bytes lost from a GBK stream, the stream
  then read out of step; the careless site decoder of seed 004.
* ``gbk_out_of_step``: the fixture web's per-character out-of-step damage with its record.
* ``lost_at_source``: 锟斤拷, 烫烫烫, U+FFFD, "??" written into text.
* pinyin readings: a reading-aid plugin added "醫(yī)" after listed characters, as plain
  text or ``<ruby>`` markup.
"""

from __future__ import annotations

import random
import re
from html import escape

from yilian.fixtureweb.readings import READINGS, SPACED

_READING_CHARS = re.compile("[" + "".join(sorted(READINGS)) + "]")
LOST_AT_SOURCE = {"kunjinkao": "锟斤拷锟斤拷", "uninitialised": "烫烫烫烫", "replacement": "\ufffd\ufffd", "question": "??"}
ERRORS = ("?", "\ufffd", "")  # what a decoder writes for bytes it cannot read: a converter, a browser, a dropper


def misread(text: str, right: str, wrong: str, error: str = "\ufffd") -> str:
    """`text` written in `right` and decoded as `wrong`; bytes `wrong` cannot read become `error`."""
    return misread_bytes(text.encode(right), wrong, error)


def chain(text: str, layers: list[tuple[str, str]], error: str = "\ufffd") -> str:
    """Several misreadings in turn, each of the text the one before produced."""
    for right, wrong in layers:
        text = misread(text, right, wrong, error)
    return text


def as_references(text: str) -> str:
    """Every non-ASCII character as a decimal character reference ("Ò" -> "&#210;")."""
    return "".join(ch if ch.isascii() else f"&#{ord(ch)};" for ch in text)


def double_escape(html_text: str) -> str:
    """Character references escaped once more ("&ldquo;" -> "&amp;ldquo;")."""
    return re.sub(r"&(?=#?\w+;)", "&amp;", html_text)


def drop_bytes(data: bytes, count: int, rng: random.Random, start: int = 0, end: int | None = None) -> tuple[bytes, list[int]]:
    """`count` bytes of two-byte characters in data[start:end] dropped; the offsets dropped."""
    end = len(data) if end is None else end
    lost: list[int] = []
    for _ in range(count):
        highs = [i for i in range(start, min(end, len(data))) if data[i] >= 0x81]
        if not highs:
            break
        at = rng.choice(highs)
        data = data[:at] + data[at + 1 :]
        lost.append(at)
        end -= 1
    return data, lost


def out_of_step(data: bytes, at: int) -> bytes:
    """GBK bytes whose byte `at` (the lead byte of a character) was lost in transfer."""
    return data[:at] + data[at + 1 :]


def sloppy_gbk(data: bytes) -> str:
    """How a careless site decoder reads GBK (seed 004): a pair it cannot read becomes "?"
    and takes the next byte with it even when that is ASCII, a pair whose both bytes are
    high but unmapped is skipped, and full-width forms are narrowed to ASCII."""
    out: list[str] = []
    i = 0
    while i < len(data):
        if data[i] < 0x80:
            out.append(chr(data[i]))
            i += 1
            continue
        pair = data[i : i + 2]
        try:
            out.append(pair.decode("gbk"))
        except UnicodeDecodeError:
            out.append("" if len(pair) == 2 and pair[1] >= 0x80 else "?")
        i += 2
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in out)


def lost_at_source(text: str, at: int, kind: str, width: int = 2) -> str:
    """text[at:at + width] replaced by the mark of characters lost before the page reached us."""
    return text[:at] + LOST_AT_SOURCE[kind] + text[at + width :]


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
    shifted = "?" + misread_bytes(raw[1:], "gbk", "?")
    same = _common_suffix(run, shifted)
    return run[: len(run) - same], shifted[: len(shifted) - same]


def misread_bytes(data: bytes, wrong: str, error: str = "\ufffd") -> str:
    """Bytes decoded as `wrong`; each sequence it cannot read becomes `error` (as a browser
    writes one U+FFFD for it)."""
    return data.decode(wrong, "replace").replace("\ufffd", error)


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
