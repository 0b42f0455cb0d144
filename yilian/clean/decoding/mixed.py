"""Bytes the page's codec cannot explain, decoded span by span with the codec that can.

A UTF-8 page with a GBK or Big5 fragment (a footer, a sidebar, a phrase inside a text
node) and a GBK page with a UTF-8 fragment are common: templates and content come from
different systems. Whatever codec won for the page, every stretch it leaves undecodable
is tried with the other codecs and decoded with the one that reads it (score.py); in a
GBK or Big5 page, stretches of valid multi-byte UTF-8 are tried too (they usually decode
as GBK, into mojibake). Nothing valid is replaced: only bytes no codec reads become U+FFFD,
and their offsets are returned so the repair stage looks there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from yilian.clean.decoding.score import MIN_READING, clearly_better, han_mean, loglik

LEGACY = ("gb18030", "big5hkscs")
_ESCAPED_RE = re.compile("[\udc80-\udcff]")
# an undecodable stretch: escaped bytes, what they happened to decode to, and ASCII trail bytes
_REGION_RE = re.compile("(?:[\udc80-\udcff][\x40-\x7e]?|[^\x00-\x7f<>\n])*[\udc80-\udcff][\x40-\x7e]?(?:[^\x00-\x7f<>\n](?=[^\x00-\x7f<>\n]*[\udc80-\udcff]))*")
# UTF-8 multi-byte characters as byte shapes: the lead of a two-, three- or four-byte
# character, then its continuations; "a" for ASCII text, "|" for markup and line ends
_SHAPE = bytes(
    ord("2") if 0xC2 <= b <= 0xDF else ord("3") if 0xE0 <= b <= 0xEF else ord("4") if 0xF0 <= b <= 0xF4
    else ord("c") if 0x80 <= b <= 0xBF else ord("|") if b in b"<>\n" else ord("a") if b < 0x80 else ord(".")
    for b in range(256)
)
_UTF8_RUN_RE = re.compile(rb"(?:2c|3cc|4ccc)(?:(?:2c|3cc|4ccc)|a+(?=2c|3cc|4ccc))*")
_MIN_FOREIGN_CHARS = 2  # a lone broken character is a truncation, not a fragment in another codec


@dataclass(slots=True)
class Spans:
    text: str
    foreign: dict[str, int] = field(default_factory=dict)  # codec -> stretches decoded with it
    lost: list[int] = field(default_factory=list)  # offsets in text of the U+FFFD written for bytes nothing reads


def decode_spans(body: bytes, codec: str) -> Spans:
    """The page decoded with `codec`, its foreign stretches with the codec that reads them."""
    if codec in LEGACY:
        return _legacy(body, codec)
    return _fill(body.decode(codec, "surrogateescape"), codec, Spans(""))


def _fill(text: str, codec: str, out: Spans) -> Spans:
    """Replace every undecodable region of `text` (surrogate escapes) by its best reading."""
    if not _ESCAPED_RE.search(text):
        out.text += text
        return out
    pos = 0
    pieces: list[str] = []
    base = len(out.text)  # where the next piece starts in the output
    for m in _REGION_RE.finditer(text):
        pieces.append(text[pos : m.start()])
        base += m.start() - pos
        reading, used = _read_region(m.group(), codec)
        if used:
            out.foreign[used] = out.foreign.get(used, 0) + 1
        out.lost += [base + k for k, ch in enumerate(reading) if ch == "\ufffd"]
        pieces.append(reading)
        base += len(reading)
        pos = m.end()
    pieces.append(text[pos:])
    out.text += "".join(pieces)
    return out


def _read_region(region: str, codec: str) -> tuple[str, str | None]:
    """(the region's reading, the other codec used or None)."""
    as_is = _ESCAPED_RE.sub("\ufffd", region)
    try:
        raw = region.encode(codec, "surrogateescape")
    except UnicodeEncodeError:  # (a combining pair big5hkscs decoded from one byte pair)
        return as_is, None
    best, best_codec = as_is, None
    for other in ("utf-8", *LEGACY):
        if other == codec:
            continue
        try:
            reading = raw.decode(other)
        except UnicodeDecodeError:
            continue
        n_wide = sum(1 for ch in reading if ch >= "\u0080")
        if n_wide < _MIN_FOREIGN_CHARS or han_mean(reading) < MIN_READING:
            continue
        if best_codec is None or loglik(reading) > loglik(best):
            best, best_codec = reading, other
    return best, best_codec


def _legacy(body: bytes, codec: str) -> Spans:
    """A GBK or Big5 page: stretches of multi-byte UTF-8 that read clearly better as UTF-8
    than as the page's codec are decoded as UTF-8; the rest with the page's codec."""
    out = Spans("")
    pos = 0
    shapes = body.translate(_SHAPE)
    if b"3cc" in shapes:
        for m in _UTF8_RUN_RE.finditer(shapes):
            if m.start() < pos or (m.start() and body[m.start() - 1] >= 0x80) or (m.end() < len(body) and body[m.end()] >= 0x80):
                continue  # only stretches set off by ASCII: inside legacy text the two readings do not align
            chunk = body[m.start() : m.end()]
            try:
                as_utf8 = chunk.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if sum(1 for ch in as_utf8 if ch >= "\u0080") < _MIN_FOREIGN_CHARS:
                continue
            try:
                as_legacy = chunk.decode(codec)
            except UnicodeDecodeError:
                as_legacy = None
            if as_legacy is not None and not clearly_better(as_legacy, as_utf8):
                continue
            _fill(body[pos : m.start()].decode(codec, "surrogateescape"), codec, out)
            out.text += as_utf8
            out.foreign["utf-8"] = out.foreign.get("utf-8", 0) + 1
            pos = m.end()
    return _fill(body[pos:].decode(codec, "surrogateescape"), codec, out)
