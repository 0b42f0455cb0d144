"""Bytes the page's codec cannot explain, decoded span by span with the codec that can.

A UTF-8 page with a GBK or Big5 fragment (a footer, a sidebar, a phrase inside a text
node) and a GBK page with a UTF-8 fragment are common: templates and content come from
different systems. Whatever codec won for the page, the fragments are found at the byte
level and each is decoded with the codec that reads it best (score.py):

* in a UTF-8 page, around every cluster of bytes UTF-8 cannot read, the fragment may start
  and end a few characters earlier or later (its bytes can happen to form valid UTF-8:
  GBK 专 is D7 A8, Hebrew ר in UTF-8), so every such start and end is tried with GBK and
  Big5, and the best reading of the whole stretch wins;
* in a GBK or Big5 page, stretches of multi-byte UTF-8 (which the page's codec reads as
  mojibake, and which leave it out of step until an ASCII byte when their length is odd)
  are tried with each start and end near their edges.

Nothing valid is replaced: only bytes no codec reads become U+FFFD, and their offsets are
returned so the repair stage looks there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from yilian.clean.decoding.score import MIN_READING, clearly_better, han_mean, loglik

LEGACY = ("gb18030", "big5hkscs")
_ESCAPED_RE = re.compile("[\udc80-\udcff]")
# a cluster of bytes UTF-8 cannot read, with what they happened to decode to between them:
# ASCII-range trail bytes of GBK/Big5 pairs and a few non-ASCII characters
_CORE_RE = re.compile("[\udc80-\udcff](?:[\x40-\x7e]?[^\x00-\x7f<>\n]{0,3}?[\udc80-\udcff])*[\x40-\x7e]?")
_REACH = 3  # characters either side of a cluster the fragment may take in
# UTF-8 multi-byte characters as byte shapes: the lead of a two-, three- or four-byte
# character, then its continuations; "a" for ASCII text, "|" for markup and line ends
_SHAPE = bytes(
    ord("2") if 0xC2 <= b <= 0xDF else ord("3") if 0xE0 <= b <= 0xEF else ord("4") if 0xF0 <= b <= 0xF4
    else ord("c") if 0x80 <= b <= 0xBF else ord("|") if b in b"<>\n" else ord("a") if b < 0x80 else ord(".")
    for b in range(256)
)
_UTF8_RUN_RE = re.compile(rb"(?:2c|3cc|4ccc)(?:(?:2c|3cc|4ccc)|a+(?=2c|3cc|4ccc))*")
_MIN_FOREIGN_CHARS = 2  # a lone broken character is a truncation, not a fragment in another codec
_CONTEXT = 96  # bytes of the host text either side scored with a fragment in a legacy page, at most


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
    """Replace every cluster of undecodable bytes in `text` (surrogate escapes) and the
    characters around it that belong with it by their best reading."""
    if not _ESCAPED_RE.search(text):
        out.text += text
        return out
    pieces: list[str] = []
    pos = 0
    base = len(out.text)  # where the next piece starts in the output
    for m in _CORE_RE.finditer(text):
        if m.start() < pos:
            continue
        lo, hi, reading, used = _read_cluster(text, m.start(), m.end(), pos, codec)
        pieces.append(text[pos:lo])
        base += lo - pos
        if used:
            out.foreign[used] = out.foreign.get(used, 0) + 1
        out.lost += [base + k for k, ch in enumerate(reading) if ch == "\ufffd"]
        pieces.append(reading)
        base += len(reading)
        pos = hi
    pieces.append(text[pos:])
    out.text += "".join(pieces)
    return out


def _read_cluster(text: str, a: int, b: int, floor: int, codec: str) -> tuple[int, int, str, str | None]:
    """(start, end, reading, the other codec used or None) of the fragment around the
    undecodable cluster text[a:b]: every start up to _REACH characters before it and end
    up to _REACH after it (characters that decoded but may be the fragment's bytes), read
    with every other codec; the reading of the stretch that scores best."""
    starts = [a]
    while len(starts) <= _REACH and starts[-1] > floor and _glue(text[starts[-1] - 1]):
        starts.append(starts[-1] - 1)
    ends = [b]
    while len(ends) <= _REACH and ends[-1] < len(text) and _glue(text[ends[-1]]):
        ends.append(ends[-1] + 1)
    lo, hi = starts[-1], ends[-1]
    as_is = _ESCAPED_RE.sub("\ufffd", text[a:b])
    best = (loglik(text[lo:a] + as_is + text[b:hi]), a, b, as_is, None)
    for other in ("utf-8", *LEGACY):
        if other == codec:
            continue
        for s in starts:
            for e in ends:
                try:
                    reading = text[s:e].encode(codec, "surrogateescape").decode(other)
                except (UnicodeDecodeError, UnicodeEncodeError):
                    continue
                if sum(1 for ch in reading if ch >= "\u0080") < _MIN_FOREIGN_CHARS or han_mean(reading) < MIN_READING:
                    continue
                score = loglik(text[lo:s] + reading + text[e:hi])
                if score > best[0]:
                    best = (score, s, e, reading, other)
    _, s, e, reading, used = best
    return s, e, reading, used


def _glue(ch: str) -> bool:
    """A character a fragment's bytes may have decoded to by chance (not ASCII or markup)."""
    return ch >= "\u0080" and not "\udc80" <= ch <= "\udcff"


def _legacy(body: bytes, codec: str) -> Spans:
    """A GBK or Big5 page: stretches of multi-byte UTF-8 that read clearly better as UTF-8
    than as the page's codec are decoded as UTF-8; the rest with the page's codec."""
    out = Spans("")
    pos = 0
    shapes = body.translate(_SHAPE)
    if b"3cc" in shapes:
        for m in _UTF8_RUN_RE.finditer(shapes):
            if m.start() < pos or shapes.count(b"3cc", m.start(), m.end()) < _MIN_FOREIGN_CHARS:
                continue
            found = _utf8_fragment(body, m.start(), m.end(), pos, codec)
            if found is None:
                continue
            s, e = found
            _fill(body[pos:s].decode(codec, "surrogateescape"), codec, out)
            out.text += body[s:e].decode("utf-8")
            out.foreign["utf-8"] = out.foreign.get("utf-8", 0) + 1
            pos = e
    return _fill(body[pos:].decode(codec, "surrogateescape"), codec, out)


def _utf8_fragment(body: bytes, a: int, b: int, floor: int, codec: str) -> tuple[int, int] | None:
    """The UTF-8 fragment around the UTF-8-shaped bytes body[a:b] of a legacy page, when
    reading it as UTF-8 reads the stretch clearly better: its start is a character of the
    run's first few (legacy bytes before it can look like UTF-8 too), its end one of its
    last few; the host text around is read with the page's codec, from the last ASCII byte
    before (where the legacy stream is surely in step) to the next one after."""
    lo, limit = a, max(floor, a - _CONTEXT)
    while lo > limit and body[lo - 1] >= 0x40:  # (below 0x40 no byte is part of a legacy pair)
        lo -= 1
    hi, limit = b, min(len(body), b + _CONTEXT)
    while hi < limit and body[hi] >= 0x40:
        hi += 1
    starts = [k for k in range(a, min(b, a + 9)) if 0xC2 <= body[k] <= 0xF4]
    ends = [k for k in range(max(a, b - 9), b + 1) if k == b or 0xC2 <= body[k] <= 0xF4 or body[k] < 0x80]
    try:
        host = body[lo:hi].decode(codec, "surrogateescape")
    except UnicodeDecodeError:  # pragma: no cover - surrogateescape never raises
        return None
    best: tuple[float, int, int] | None = None
    for s in starts:
        for e in ends:
            if e - s < 6:
                continue
            try:
                mixed = body[lo:s].decode(codec) + body[s:e].decode("utf-8") + body[e:hi].decode(codec, "surrogateescape")
            except UnicodeDecodeError:
                continue
            score = loglik(mixed)
            if best is None or score > best[0]:
                best = (score, s, e)
    if best is None:
        return None
    _, s, e = best
    mixed = body[lo:s].decode(codec) + body[s:e].decode("utf-8") + body[e:hi].decode(codec, "surrogateescape")
    if not clearly_better(_ESCAPED_RE.sub("\ufffd", host), _ESCAPED_RE.sub("\ufffd", mixed)):
        return None
    return s, e
