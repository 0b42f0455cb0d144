"""One step of a repair chain: text that a wrong decoder produced, read back the right way.

A step re-encodes a run with the codec it was wrongly decoded with and decodes the bytes
with the right one. Where the right codec reads the bytes as text the reading is a
candidate edit; where it cannot (the run mixes misread and intact text, "来源：鍖婚櫌"), the
original characters are kept, so an edit covers only what the step explains. Bytes the
wrong decoder lost (written as "?" or U+FFFD) are unknown bytes: the character they
belonged to is completed from the character model and the page's own repeated pairs
(`complete`), and such an edit is lossy: its characters are guessed, and flagged.

Codecs: "gb18030" reads GBK/GB2312 too, "big5hkscs" is Big5 with the cp950 and Hong Kong
additions, and "latin" is windows-1252 read sloppily (its five undefined bytes, and every
C1 control a Latin-1 decoder leaves, stand for their own byte), so one encoder undoes both
a cp1252 and a Latin-1 misreading. Encoders never raise: a character a codec cannot
encode (a combining pair big5hkscs decoded from one byte pair) ends the stretch.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from yilian.clean.decoding import charclass as cc
from yilian.clean.decoding.langmodel import model

LOST_BYTE = 0xFF  # never valid in UTF-8, GBK or Big5: a byte we no longer have
LOST_MARK = bytes([LOST_BYTE])
UNKNOWN = "?"  # what a character we could not complete is shown as
_LATIN_DECODE = {b: (bytes([b]).decode("cp1252", "ignore") or chr(b)) for b in range(256)}
_LATIN_ENCODE = {ord(ch): b for b, ch in _LATIN_DECODE.items()} | {b: b for b in range(0x80, 0xA0)}
SHORT = {"utf-8": "utf8", "gb18030": "gbk", "big5hkscs": "big5", "latin": "cp1252"}
PUNCT_AFTER = frozenset("\u3002\uff0c\u3001\uff1b\uff1a")  # 。，、；： end a clause before markup
_BEAM = 16  # candidates kept per broken character
_NO_LINK = -20.0
_PAGE_LINK = 0.0  # a pair the page itself uses twice or more: strong support
_TIEBREAK = 0.05
_FLOOR_UNIGRAM = -9.0
_MAX_COMPLETED = 3  # bytes: a longer undecodable stretch is not one broken character


@dataclass(frozen=True, slots=True)
class Step:
    """Undo one misreading: bytes of `right` text were decoded as `wrong` (shift: the wrong
    decoder was that many bytes out of step)."""

    wrong: str
    right: str
    shift: int = 0

    @property
    def kind(self) -> str:
        if self.shift:
            return f"{SHORT[self.right]}_out_of_step"
        return f"{SHORT[self.right]}_as_{SHORT[self.wrong]}"

    @property
    def text(self) -> str:
        return f"{self.wrong}>{self.right}" + (f"+shift{self.shift}" if self.shift else "")


class Context:
    """What a repair may know about the page: the pairs of Han characters it uses twice or
    more ("the intact occurrences of a phrase elsewhere on the page"), counted the first
    time a completion asks (most pages never need them)."""

    __slots__ = ("_text", "_pairs")

    def __init__(self, text: str = "") -> None:
        self._text = text
        self._pairs: frozenset[int] | None = None

    def page_pair(self, a: str, b: str) -> bool:
        """Whether the page uses the Han pair `a`+`b` twice or more."""
        if self._pairs is None:
            codes = np.frombuffer(self._text.encode("utf-32-le", "surrogatepass"), np.uint32).astype(np.int64)
            han = (cc.lookup(self._text) & cc.HAN) != 0
            both = han[:-1] & han[1:]
            keys, counts = np.unique(codes[:-1][both] * 0x110000 + codes[1:][both], return_counts=True)
            self._pairs = frozenset(keys[counts >= 2].tolist())
        return len(a) == len(b) == 1 and ord(a) * 0x110000 + ord(b) in self._pairs


@dataclass(slots=True)
class Reading:
    """Text with the spans (offsets in it) whose characters were completed or lost, and the
    broken characters still to complete: each holds cc.PENDING marks in the text (one per
    character it will become) until `filled`, so candidates are scored and chosen before
    the costly completion runs, and it runs only for the ones kept."""

    text: str = ""
    guessed: list[tuple[int, int]] = field(default_factory=list)
    pending: list[tuple[int, bytes, str]] = field(default_factory=list)  # (offset, bytes, codec)

    def add(self, text: str, guessed: bool = False) -> None:
        if guessed and text:
            self.guessed.append((len(self.text), len(self.text) + len(text)))
        self.text += text

    def extend(self, other: Reading) -> None:
        at = len(self.text)
        self.guessed += [(a + at, b + at) for a, b in other.guessed]
        self.pending += [(a + at, raw, codec) for a, raw, codec in other.pending]
        self.text += other.text

    def filled(self, ctx: Context, before: str = "", after: str = "") -> Reading:
        """The reading with every pending character completed (`before`, `after`: the
        characters around it on the page)."""
        if not self.pending:
            return self
        text = self.text
        guessed = list(self.guessed)
        for at, raw, codec in self.pending:
            n = len(_columns(raw, codec))
            prev = text[at - 1] if at else before
            nxt = text[at + n] if at + n < len(text) else after
            done = complete(raw, codec, prev, "" if nxt == cc.PENDING else nxt, ctx)
            text = text[:at] + done.text + text[at + n :]
            guessed.append((at, at + n))
        return Reading(text, guessed)


def broken(raw: bytes, codec: str) -> Reading:
    """A placeholder for bytes to complete later (see Reading)."""
    n = len(_columns(raw, codec))
    return Reading(cc.PENDING * n, [], [(0, raw, codec)])


@dataclass(frozen=True, slots=True)
class Edit:
    """run[start:end] reads as `reading` after the steps of `chain`."""

    start: int
    end: int
    reading: Reading
    chain: tuple[Step, ...]


@lru_cache(maxsize=65536)
def encode_char(ch: str, codec: str) -> bytes | None:
    """The bytes of one character in `codec`, or None when it has none."""
    if codec == "latin":
        b = _LATIN_ENCODE.get(ord(ch))
        return None if b is None else bytes([b])
    try:
        data = ch.encode(codec)
    except (UnicodeEncodeError, LookupError):
        return None
    return data if len(data) <= 2 or codec != "gb18030" else None  # (four-byte GB18030: no GBK decoder wrote it)


def decode(data: bytes, codec: str) -> str:
    """Decode with undecodable bytes as surrogate escapes (U+DC80-U+DCFF)."""
    if codec == "latin":
        return "".join(_LATIN_DECODE[b] for b in data)
    return data.decode(codec, "surrogateescape")


def byte_length(ch: str, codec: str) -> int:
    """How many bytes `decode` consumed for `ch` (a surrogate escape stands for one)."""
    if "\udc80" <= ch <= "\udcff" or ch < "\x80" or codec == "latin":
        return 1
    data = encode_char(ch, codec)
    return len(data) if data else 2


_READS_RE = re.compile("[^\x00-\x7f\udc80-\udcff]")


def reread(run: str, step: Step, ctx: Context, lost: bool) -> list[Edit]:
    """The edits `step` makes to `run` (with `lost`, "?" stands for a lost byte)."""
    edits: list[Edit] = []
    chunks = [LOST_MARK if lost and ch in cc.LOST_MARKS else encode_char(ch, step.wrong) for ch in run]
    a = 0
    while a < len(run):
        if chunks[a] is None:
            a += 1
            continue
        b = a
        while b < len(run) and chunks[b] is not None:
            b += 1
        edits += _reread_segment(run, a, chunks[a:b], step, ctx)  # type: ignore[arg-type]
        a = b
    return edits



def _reread_segment(run: str, first: int, chunks: list[bytes], step: Step, ctx: Context) -> list[Edit]:
    """The edits of one stretch of encodable characters (run[first:first + len(chunks)])."""
    bounds = {0: 0}  # byte offset -> character offset, at character boundaries of the stretch
    pos = 0
    for i, chunk in enumerate(chunks, 1):
        pos += len(chunk)
        bounds[pos] = i
    data = b"".join(chunks)
    if data.isascii():
        return []
    decoded = decode(data, step.right)
    if not _READS_RE.search(decoded):
        return []  # not one character beyond ASCII reads out of these bytes: nothing to propose
    # items: (byte start, byte end, reading or None); None for kept text and for bytes that
    # neither decode nor can be completed (both end an edit)
    items: list[tuple[int, int, Reading | None]] = []
    pos = k = 0
    while k < len(decoded):
        start = pos
        good = _good(decoded[k])
        j = k
        while j < len(decoded) and _good(decoded[j]) == good:
            pos += byte_length(decoded[j], step.right)
            j += 1
        if good:
            at = start
            for ch in decoded[k:j]:
                n = byte_length(ch, step.right)
                items.append((at, at + n, Reading(ch)))
                at += n
        else:
            raw = data[start:pos]
            if LOST_BYTE not in raw and ((start in bounds and pos in bounds) or len(raw) > _MAX_COMPLETED or not _beside_reading(decoded, k, j)):
                items.append((start, pos, None))
            else:
                items.append((start, pos, broken(raw, step.right)))
        k = j
    edits: list[Edit] = []
    i = 0
    while i < len(items):
        if items[i][2] is None:
            i += 1
            continue
        j = i
        while j < len(items) and items[j][2] is not None:
            j += 1
        a, b = i, j  # trimmed to character boundaries of the stretch on both sides
        while a < b and items[a][0] not in bounds:
            a += 1
        while b > a and items[b - 1][1] not in bounds:
            b -= 1
        if a < b:
            reading = Reading()
            for item in items[a:b]:
                reading.extend(item[2])  # type: ignore[arg-type]
            lo, hi = bounds[items[a][0]], bounds[items[b - 1][1]]
            if reading.text != run[first + lo : first + hi]:
                edits.append(Edit(first + lo, first + hi, reading, (step,)))
        i = j
    return edits


def _good(ch: str) -> bool:
    """A character the bytes decoded to (whatever it looks like: the score judges), not a
    byte that did not decode, nor an ASCII control character (C1 controls are what a
    Latin-1 layer of a multi-layer misreading is made of)."""
    return not "\udc80" <= ch <= "\udcff" and not ch < " " and ch != "\x7f"


def _beside_reading(decoded: str, k: int, j: int) -> bool:
    """Whether decoded[k:j] (undecodable) touches a non-ASCII character that decoded."""
    return any(c >= "\x80" and not "\udc80" <= c <= "\udcff" for c in decoded[max(0, k - 1) : k] + decoded[j : j + 1])


def _columns(broken: bytes, codec: str) -> list[bytes]:
    """The broken bytes cut into the characters they were part of."""
    if codec == "utf-8":
        return [c for c in re.split(rb"(?=[\xc0-\xfe])", broken) if c]
    if codec in ("gb18030", "big5hkscs"):
        return _pairs(broken)
    return [bytes([b]) for b in broken]


def complete(broken: bytes, codec: str, prev: str, nxt: str, ctx: Context) -> Reading:
    """Characters for bytes that do not decode (some lost): each completed from the bytes
    that survive where a bigram with its neighbours supports it (the page's own pairs
    first), else an UNKNOWN mark. Always recorded as guessed."""
    columns = [_completions(c, codec) or (UNKNOWN,) for c in _columns(broken, codec)]
    best: dict[str, tuple[float, str]] = {prev: (0.0, "")}
    for column in columns:
        best = {c: _best_step(best, c, ctx) for c in column}
    score, path = max((s + (_link(c, nxt, ctx) if nxt else 0.0), path) for c, (s, path) in best.items())
    links = len(columns) + (1 if nxt else 0)
    if score <= _NO_LINK * links + 1:
        return Reading(UNKNOWN * len(columns), [(0, len(columns))])
    return Reading(path, [(0, len(path))])  # bytes were lost: whatever the model picks is a guess


def _pairs(broken: bytes) -> list[bytes]:
    """Two-byte characters of a GBK/Big5 stretch (a lost byte makes a pair of its own)."""
    out: list[bytes] = []
    i = 0
    while i < len(broken):
        if broken[i] < 0x80 and broken[i] != LOST_BYTE:
            out.append(broken[i : i + 1])
            i += 1
        else:
            out.append(broken[i : i + 2])
            i += 2
    return out


@lru_cache(maxsize=8192)
def _completions(broken: bytes, codec: str) -> tuple[str, ...]:
    """Characters whose encoding fits the surviving bytes of one broken character (the same
    broken patterns recur across a page and a crawl)."""
    if codec == "utf-8" and broken and 0xE3 <= broken[0] <= 0xE9:
        seqs = [b""]
        for byte in (broken + bytes([LOST_BYTE]) * 3)[:3]:
            options = range(0x80, 0xC0) if byte == LOST_BYTE else (byte,)
            seqs = [s + bytes([o]) for s in seqs for o in options]
    elif codec in ("gb18030", "big5hkscs") and len(broken) == 1 and broken[0] >= 0x40:
        trails = range(0x40, 0xFF)
        seqs = [bytes([b]) + broken for b in range(0x81, 0xFF)] if broken[0] != LOST_BYTE else []
        if broken[0] >= 0x81 and broken[0] != LOST_BYTE:  # where this can be a lead byte, the trail was lost
            seqs += [broken + bytes([b]) for b in trails if b != 0x7F]
    elif codec in ("gb18030", "big5hkscs") and len(broken) == 2 and broken[1] == LOST_BYTE and 0x81 <= broken[0] < LOST_BYTE:
        seqs = [broken[:1] + bytes([b]) for b in range(0x40, 0xFF) if b != 0x7F]
    elif codec in ("gb18030", "big5hkscs") and len(broken) == 2 and broken[0] == LOST_BYTE and broken[1] >= 0x40:
        seqs = [bytes([b]) + broken[1:] for b in range(0x81, 0xFF)]
    else:
        return ()
    m = model()
    scored = []
    for seq in seqs:
        try:
            ch = seq.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(ch) != 1:
            continue
        weight = 0.0 if ch in PUNCT_AFTER else m.unigram.get(m.to_simplified.get(ch, ch))
        if weight is not None:
            scored.append((weight, ch))
    return tuple(ch for _, ch in heapq.nlargest(_BEAM, scored))


def _link(a: str, b: str, ctx: Context) -> float:
    """Bigram support for b following a (a clause mark may close any Han character)."""
    if not a or not b:
        return _NO_LINK
    if b in PUNCT_AFTER and cc.is_han(a):
        return -2.5
    m = model()
    simp = m.to_simplified
    link = max(m.bigram.get(simp.get(a, a) + simp.get(b, b), _NO_LINK), _NO_LINK)
    return max(link, _PAGE_LINK) if ctx.page_pair(a, b) else link


def _best_step(best: dict[str, tuple[float, str]], c: str, ctx: Context) -> tuple[float, str]:
    """The best path ending in c: one Viterbi step."""
    m = model()
    tiebreak = _TIEBREAK * m.unigram.get(m.to_simplified.get(c, c), _FLOOR_UNIGRAM)  # between equal links, the commoner
    top = (-1e9, "")
    for p, (s, path) in best.items():
        total = s + _link(p, c, ctx) + tiebreak
        if total > top[0]:
            top = (total, path + c)
    return top
