"""One step of a repair chain: text that a wrong decoder produced, read back the right way.

A step re-encodes a run with the codec it was wrongly decoded with and decodes the bytes
with the right one. Where the right codec reads the bytes as text the reading is a
candidate edit; where it cannot (the run mixes misread and intact text, "来源：鍖婚櫌"), the
original characters are kept, so an edit covers only what the step explains. Bytes the
wrong decoder lost (written as "?" or U+FFFD, or dropped) are read back by the lattice
(lattice.py) around each place they went missing; a character whose bytes were not all
known is a guess, unless only one character fits them. The shift step (SHIFT) reads a
GBK stream that lost a byte, so the decoder read it out of step: the lattice may start a
character at any byte near the signs of it.

Codecs: "gb18030" reads GBK/GB2312 too, "big5hkscs" is Big5 with the cp950 and Hong Kong
additions, and "latin" is windows-1252 read sloppily (its five undefined bytes, and every
C1 control a Latin-1 decoder leaves, stand for their own byte), so one encoder undoes both
a cp1252 and a Latin-1 misreading. Encoders never raise: a character a codec cannot
encode (a combining pair big5hkscs decoded from one byte pair) ends the stretch.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from yilian.clean.decoding import charclass as cc
from yilian.clean.decoding import lattice
from yilian.clean.decoding.lattice import DOUBLE_BYTE, LOST_BYTE, Budget

LOST_MARK = bytes([LOST_BYTE])
_LATIN_DECODE = {b: (bytes([b]).decode("cp1252", "ignore") or chr(b)) for b in range(256)}
_LATIN_ENCODE = {ord(ch): b for b, ch in _LATIN_DECODE.items()} | {b: b for b in range(0x80, 0xA0)}
SHORT = {"utf-8": "utf8", "gb18030": "gbk", "big5hkscs": "big5", "latin": "cp1252"}


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


SHIFT = Step("gb18030", "gb18030", shift=1)  # a GBK stream that lost a byte, read out of step


class Context:
    """What a repair may know about the page: the script it is written in (found the first
    time a repair asks) and the chains that restored a long stretch of it."""

    __slots__ = ("_text", "_script", "_proven")

    def __init__(self, text: str = "") -> None:
        self._text = text
        self._script: int | None = None
        self._proven: set[tuple[Step, ...]] = set()

    def prove(self, chain: tuple[Step, ...]) -> None:
        """A chain restored a long stretch of this page with certainty: the page was misread
        that way, and short stretches read the same way need less evidence."""
        self._proven.add(chain)

    def proven(self, chain: tuple[Step, ...]) -> bool:
        return chain in self._proven

    @property
    def chains(self) -> list[tuple[Step, ...]]:
        """The chains proven on the page, in a fixed order."""
        return sorted(self._proven, key=lambda c: [step.text for step in c])

    @property
    def script(self) -> int:
        """charclass.HANT or HANS_ONLY when the page is written in one script, else 0."""
        if self._script is None:
            self._script = cc.written_script(self._text)
        return self._script

    def foreign(self, text: str) -> int:
        """How many characters of `text` belong to the other script than the page's."""
        if not self.script:
            return 0
        return sum(1 for ch in text if cc.script_mark(ch) not in (0, self.script))


@dataclass(slots=True)
class Reading:
    """Text with the spans (offsets in it) whose characters are guesses."""

    text: str = ""
    guessed: list[tuple[int, int]] = field(default_factory=list)

    def add(self, text: str, guessed: bool = False) -> None:
        if guessed and text:
            self.guessed.append((len(self.text), len(self.text) + len(text)))
        self.text += text

    def extend(self, other: Reading) -> None:
        at = len(self.text)
        self.guessed += [(a + at, b + at) for a, b in other.guessed]
        self.text += other.text


@dataclass(frozen=True, slots=True)
class Edit:
    """run[start:end] reads as `reading` after the steps of `chain`."""

    start: int
    end: int
    reading: Reading
    chain: tuple[Step, ...]


@lru_cache(maxsize=65536)
def encode_char(ch: str, codec: str) -> bytes | None:
    """The bytes of one character in `codec`, or None when it has none. Big5 text is
    encoded as standard Big5 where it can be (what most decoders read: big5hkscs puts the
    kana and some symbols elsewhere), the Hong Kong additions as big5hkscs."""
    if codec == "latin":
        b = _LATIN_ENCODE.get(ord(ch))
        return None if b is None else bytes([b])
    try:
        data = ch.encode("big5" if codec == "big5hkscs" else codec)
    except (UnicodeEncodeError, LookupError):
        if codec != "big5hkscs":
            return None
        try:
            data = ch.encode(codec)
        except UnicodeEncodeError:
            return None
    return data if len(data) <= 2 or codec != "gb18030" else None  # (four-byte GB18030: no GBK decoder wrote it)


def decode(data: bytes, codec: str) -> str:
    """Decode with undecodable bytes as surrogate escapes (U+DC80-U+DCFF)."""
    if codec == "latin":
        return "".join(_LATIN_DECODE[b] for b in data)
    return data.decode(codec, "surrogateescape")


def byte_length(ch: str, codec: str) -> int:
    """How many bytes `decode` consumed for `ch` (a surrogate escape stands for one)."""
    if "\udc00" <= ch <= "\udcff" or ch < "\x80" or codec == "latin":
        return 1
    if ch in _COMBINING and codec == "big5hkscs":
        return 0  # decoded with the letter before it from one pair (0x8862: "Ê̄")
    data = encode_char(ch, codec)
    return len(data) if data else 2


_COMBINING = "\u0304\u030c"
_READS_RE = re.compile("[^\x00-\x7f\udc00-\udcff]")


def reread(
    run: str, step: Step, ctx: Context, lost: bool, budget: Budget, guessed: frozenset[int] = frozenset(), edges: tuple[str, str] = ("", "")
) -> list[Edit] | None:
    """The edits `step` makes to `run` (with `lost`, "?" stands for a lost byte); None when
    the budget ran out. `guessed`: offsets of characters of `run` a step before guessed:
    what is read from their bytes is a guess too. `edges`: the characters before and after
    the run on the page."""
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
        found = _reread_segment(run, a, chunks[a:b], step, ctx, budget, guessed, edges)  # type: ignore[arg-type]
        if found is None:
            return None
        edits += found
        a = b
    return edits


_ESCAPES_RE = re.compile("[\udc00-\udcff]")
_MISFIT = 0.3  # a step whose reading is this much odd characters does not fit: its holes are not worth filling
_SPARSE = 8  # a stretch the step reads but for one broken place in this many bytes may have lost bytes without a mark
_SHIFT_BACK = 8  # characters before its first sign where out-of-step garbage may start
_WINDOW = 24  # bytes either side of a hole the lattice reads (where a misaligned stream re-synchronises)


def _reread_segment(
    run: str, first: int, chunks: list[bytes], step: Step, ctx: Context, budget: Budget, guessed: frozenset[int], edges: tuple[str, str]
) -> list[Edit] | None:
    """The edits of one stretch of encodable characters (run[first:first + len(chunks)])."""
    bounds = {0: 0}  # byte offset -> character offset, at character boundaries of the stretch
    kept: dict[int, tuple[int, str]] = {}
    pos = 0
    for i, chunk in enumerate(chunks, 1):
        kept[pos] = (pos + len(chunk), run[first + i - 1])
        pos += len(chunk)
        bounds[pos] = i
    data = b"".join(chunks)
    if data.isascii():
        return []
    decoded = decode(data, step.right)
    if not _READS_RE.search(decoded):
        return []  # not one character beyond ASCII reads out of these bytes: nothing to propose
    # items: (byte start, byte end, reading or None); None for text kept as it stands and
    # for bytes nothing reads (both end an edit)
    items: list[tuple[int, int, Reading | None]] = []
    holes, joints = _holes(decoded, step.right, bounds)
    if step.shift:  # out of step anywhere: one window, the whole stretch
        holes, joints = [0], [0]
    # a reading made of windows-1252 characters is one layer of a text misread twice
    wide = [c for c in _ESCAPES_RE.sub("", decoded) if c >= "\x80"]
    latin = step.right == "utf-8" and sum(1 for c in wide if cc.bits_of(c) & cc.LATIN_FAMILY) * 2 > len(wide)
    lone = [h for h in holes if LOST_BYTE not in data[max(0, h - 3) : h + 4]]
    if holes and (
        sum(1 for k, h in enumerate(lone) if not k or lone[k - 1] < h - 1) * _SPARSE > len(data)
        or (not latin and cc.count_suspect(read := _ESCAPES_RE.sub("", _rough(data, decoded, step.right))) > _MISFIT * len(read))
    ) and not step.shift:
        holes = []  # what the step reads is no text, or it cannot read bytes everywhere: it does not fit
    pos = 0
    if step.right in DOUBLE_BYTE:  # after a hole, a two-byte stream is in step again only at an ASCII byte
        joints = [j for j in joints if j == 0 or j == len(data) or data[j - 1] < 0x80]
    for lo, hi in _windows(holes, joints, len(data)):
        items += _plain(data[pos:lo], pos, step.right)
        prev = run[first + bounds[lo] - 1] if first + bounds[lo] > 0 else edges[0]
        nxt = run[first + bounds[hi]] if first + bounds[hi] < len(run) else edges[1]
        window = {k - lo: (e - lo, ch) for k, (e, ch) in kept.items() if lo <= k and e <= hi}
        shift = frozenset(k - lo for k in _shift_starts(run, first, bounds, kept) if lo <= k < hi) if step.shift else frozenset()
        # (a stream out of step lost its byte in transfer: a mark there may stand for any byte)
        wrong = None if step.shift else step.wrong
        pieces = lattice.read(data[lo:hi], step.right, wrong, window, prev, nxt, data[hi] if hi < len(data) else -1, budget, shift, ctx.script, latin)
        if pieces is None:
            return None
        items += [(lo + p.start, lo + p.end, None if p.text is None else Reading(p.text, [(0, len(p.text))] if p.guessed else [])) for p in pieces]
        pos = hi
    items += _plain(data[pos:], pos, step.right)
    if guessed:  # what guessed characters' bytes read as is guessed too
        spans = [(a, kept[a][0]) for a in kept if first + bounds[a] in guessed]
        items = [(x, y, Reading(r.text, [(0, len(r.text))]) if r is not None and any(x < e and s < y for s, e in spans) else r) for x, y, r in items]
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


def _rough(data: bytes, decoded: str, codec: str) -> str:
    """What the step reads, roughly: in a two-byte codec a lost byte is read as the lead of
    the pair it forms with the next one (as a decoder that marked it did), so the bytes
    after it are read in step as they will be."""
    if LOST_BYTE not in data or codec not in DOUBLE_BYTE:
        return decoded
    return decode(data.replace(LOST_MARK, b"\xa1"), codec)


def _holes(decoded: str, codec: str, bounds: dict[int, int]) -> tuple[list[int], list[int]]:
    """Byte offsets of the bytes `decode` could not read (a lost byte among them), and the
    offsets that are character boundaries both of the run and of what `decode` read."""
    holes, joints = [], [0]
    pos = 0
    for ch in decoded:
        if "\udc00" <= ch <= "\udcff":
            holes.append(pos)
        pos += byte_length(ch, codec)
        if pos in bounds:
            joints.append(pos)
    return holes, joints


def _windows(holes: list[int], joints: list[int], size: int) -> list[tuple[int, int]]:
    """Stretches between joints around the holes, _WINDOW bytes wide on each side, joined
    where they touch."""
    out: list[tuple[int, int]] = []
    for h in holes:
        lo = joints[max(0, bisect.bisect_right(joints, h - _WINDOW) - 1)]
        k = bisect.bisect_left(joints, h + 1 + _WINDOW)
        hi = joints[k] if k < len(joints) else size
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _shift_starts(run: str, first: int, bounds: dict[int, int], kept: dict[int, tuple[int, str]]) -> list[int]:
    """Byte offsets where a stream may have gone out of step: the starts of the characters
    up to _SHIFT_BACK before each sign of it (a lost mark, a suspect character, an ASCII
    letter stranded between Han characters), and the bytes of that character."""
    starts = sorted(bounds)
    signs = [k for k, (end, ch) in kept.items() if ch in cc.LOST_MARKS or cc.bits_of(ch) & cc.SUSPECT or _stranded(run, first + bounds[k])]
    out: set[int] = set()
    for k in signs:
        at = bisect.bisect_left(starts, k)
        out.update(starts[max(0, at - _SHIFT_BACK) : at + 1])
        out.update(range(k, kept[k][0]))
    return sorted(out)


def _stranded(run: str, i: int) -> bool:
    """An ASCII letter or sign (a GBK trail byte) between two Han characters."""
    return 0 < i < len(run) - 1 and run[i] in cc.STRAY_ASCII and cc.is_han(run[i - 1]) and cc.is_han(run[i + 1])


def _plain(data: bytes, at: int, codec: str) -> list[tuple[int, int, Reading | None]]:
    """Items of bytes every one of which decodes (outside the windows)."""
    items: list[tuple[int, int, Reading | None]] = []
    for ch in decode(data, codec):
        n = byte_length(ch, codec)
        items.append((at, at + n, Reading(ch) if _good(ch) else None))
        at += n
    return items


def _good(ch: str) -> bool:
    """A character the bytes decoded to (whatever it looks like: the score judges), not a
    byte that did not decode, nor an ASCII control character (C1 controls are what a
    Latin-1 layer of a multi-layer misreading is made of)."""
    return not "\udc00" <= ch <= "\udcff" and not ch < " " and ch != "\x7f"
