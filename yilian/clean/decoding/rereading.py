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

import bisect
import heapq
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from yilian.clean.decoding import charclass as cc
from yilian.clean.decoding import lattice
from yilian.clean.decoding.lattice import LOST_BYTE, Budget
from yilian.clean.decoding.langmodel import model

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
_CLAUSE_WEIGHT = 0.0
_SIGN_WEIGHT = -6.0
_MAX_COMPLETED = 3  # bytes: a longer undecodable stretch is not one broken character
DOUBLE_BYTE = ("gb18030", "big5hkscs")
_TRAIL_MIN = 0x40  # the lowest trail byte of GBK and Big5
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_STRICT = {"gb18030": "gbk", "big5hkscs": "big5"}  # the narrowest decoder of a family: the most pairs it cannot read


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
    more ("the intact occurrences of a phrase elsewhere on the page") and the script it is
    written in, found the first time a repair asks (most pages never need them)."""

    __slots__ = ("_text", "_pairs", "_script", "_proven")

    def __init__(self, text: str = "") -> None:
        self._text = text
        self._pairs: frozenset[int] | None = None
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

    def page_pair(self, a: str, b: str) -> bool:
        """Whether the page uses the Han pair `a`+`b` twice or more."""
        if self._pairs is None:
            codes = np.frombuffer(self._text.encode("utf-32-le", "surrogatepass"), np.uint32).astype(np.int64)
            han = (cc.lookup(self._text) & cc.HAN) != 0
            both = han[:-1] & han[1:]
            keys, counts = np.unique(codes[:-1][both] * 0x110000 + codes[1:][both], return_counts=True)
            self._pairs = frozenset(keys[counts >= 2].tolist())
        return len(a) == len(b) == 1 and ord(a) * 0x110000 + ord(b) in self._pairs


@dataclass(frozen=True, slots=True)
class Hole:
    """Bytes of broken characters, LOST_BYTE where a byte is unknown, to be read with
    `codec`. `wrong`: the decoder that lost them by writing a mark (or nothing) for bytes it
    could not read, so an unknown byte is one it could not read before `after` (the byte
    that followed in its stream, -1 when unknown); None when the bytes went missing in
    transfer (any value)."""

    raw: bytes
    codec: str
    wrong: str | None = None
    after: int = -1


@dataclass(slots=True)
class Reading:
    """Text with the spans (offsets in it) whose characters were completed or lost, and the
    broken characters still to complete: each holds cc.PENDING marks in the text (one per
    character it will become) until `filled`, so candidates are scored and chosen before
    the costly completion runs, and it runs only for the ones kept."""

    text: str = ""
    guessed: list[tuple[int, int]] = field(default_factory=list)
    pending: list[tuple[int, Hole]] = field(default_factory=list)  # (offset, the broken bytes)

    def add(self, text: str, guessed: bool = False) -> None:
        if guessed and text:
            self.guessed.append((len(self.text), len(self.text) + len(text)))
        self.text += text

    def extend(self, other: Reading) -> None:
        at = len(self.text)
        self.guessed += [(a + at, b + at) for a, b in other.guessed]
        self.pending += [(a + at, hole) for a, hole in other.pending]
        self.text += other.text

    def filled(self, ctx: Context, before: str = "", after: str = "") -> Reading:
        """The reading with every pending character completed (`before`, `after`: the
        characters around it on the page)."""
        if not self.pending:
            return self
        text = self.text
        guessed = list(self.guessed)
        for at, hole in self.pending:
            n = len(_columns(hole.raw, hole.codec))
            prev = text[at - 1] if at else before
            nxt = text[at + n] if at + n < len(text) else after
            done = complete(hole, prev, "" if nxt == cc.PENDING else nxt, ctx)
            text = text[:at] + done.text + text[at + n :]
            guessed += [(at + a, at + b) for a, b in done.guessed]
        return Reading(text, guessed)


def broken(hole: Hole) -> Reading:
    """A placeholder for bytes to complete later (see Reading)."""
    n = len(_columns(hole.raw, hole.codec))
    return Reading(cc.PENDING * n, [], [(0, hole)])


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


def reread(run: str, step: Step, ctx: Context, lost: bool, budget: Budget, guessed: frozenset[int] = frozenset()) -> list[Edit] | None:
    """The edits `step` makes to `run` (with `lost`, "?" stands for a lost byte); None when
    the budget ran out. `guessed`: offsets of characters of `run` a step before guessed:
    what is read from their bytes is a guess too."""
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
        found = _reread_segment(run, a, chunks[a:b], step, ctx, budget, guessed)  # type: ignore[arg-type]
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
    run: str, first: int, chunks: list[bytes], step: Step, ctx: Context, budget: Budget, guessed: frozenset[int] = frozenset()
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
        prev = run[first + bounds[lo] - 1] if first + bounds[lo] > 0 else ""
        nxt = run[first + bounds[hi]] if first + bounds[hi] < len(run) else ""
        window = {k - lo: (e - lo, ch) for k, (e, ch) in kept.items() if lo <= k and e <= hi}
        shift = frozenset(k - lo for k in _shift_starts(run, first, bounds, kept) if lo <= k < hi) if step.shift else frozenset()
        pieces = lattice.read(data[lo:hi], step.right, step.wrong, window, prev, nxt, data[hi] if hi < len(data) else -1, budget, shift, ctx.script, latin)
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


def _decode_holes(data: bytes, codec: str) -> str:
    """`decode` for a two-byte codec where some bytes are lost: a decoder that cannot read a
    pair writes its mark for the lead byte and reads on from the trail, so a lost byte is
    the lead of the pair it forms with the byte after it; both stay escaped, to complete."""
    out: list[str] = []
    i, n = 0, len(data)
    while i < n:
        j = data.find(LOST_MARK, i)
        j = n if j < 0 else j
        if j > i:
            out.append(data[i:j].decode(codec, "surrogateescape"))
        if j + 1 < n and _TRAIL_MIN <= data[j + 1] != LOST_BYTE and data[j + 1] != 0x7F:
            out.append(chr(0xDC00 + LOST_BYTE) + chr(0xDC00 + data[j + 1]))
            i = j + 2
        else:
            out.append(chr(0xDC00 + LOST_BYTE) if j < n else "")
            i = j + 1
    return "".join(out)


def _beside_reading(decoded: str, k: int, j: int) -> bool:
    """Whether decoded[k:j] (undecodable) touches a non-ASCII character that decoded."""
    return any(c >= "\x80" and not "\udc00" <= c <= "\udcff" for c in decoded[max(0, k - 1) : k] + decoded[j : j + 1])


def _columns(broken: bytes, codec: str) -> list[bytes]:
    """The broken bytes cut into the characters they were part of."""
    if codec == "utf-8":
        return [c for c in re.split(rb"(?=[\xc0-\xfe])", broken) if c]
    if codec in ("gb18030", "big5hkscs"):
        return _pairs(broken)
    return [bytes([b]) for b in broken]


def complete(hole: Hole, prev: str, nxt: str, ctx: Context) -> Reading:
    """Characters for bytes that do not decode (some lost): each completed from the bytes
    that survive where a bigram with its neighbours supports it (the page's own pairs
    first), else an UNKNOWN mark. Recorded as guessed, except a character whose bytes only
    one character fits (the unknown byte can only have been one value)."""
    cols = _columns(hole.raw, hole.codec)
    columns = []
    for k, col in enumerate(cols):
        after = cols[k + 1][0] if k + 1 < len(cols) else hole.after
        columns.append(_completions(col, hole.codec, hole.wrong, after) or (UNKNOWN,))
    best: dict[str, tuple[float, str]] = {prev: (0.0, "")}
    for column in columns:
        best = {c: _best_step(best, c, ctx) for c in column}
    score, path = max((s + (_link(c, nxt, ctx) if nxt else 0.0), path) for c, (s, path) in best.items())
    links = len(columns) + (1 if nxt else 0)
    if score <= _NO_LINK * links + 1 and any(len(c) > 1 for c in columns):
        path = "".join(c[0] if len(c) == 1 else UNKNOWN for c in columns)
    guessed = [(k, k + 1) for k, c in enumerate(columns) if len(c) > 1 or c[0] == UNKNOWN]
    return Reading(path, guessed)


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


def _unreadable(byte: int, after: int, wrong: str | None) -> bool:
    """Whether the wrong decoder could not read `byte` followed by `after`: only such a byte
    can be one it replaced by its mark or dropped."""
    if wrong is None:
        return True
    if wrong == "latin":
        return byte in _CP1252_UNDEFINED
    if wrong in _STRICT:
        if byte < 0x80:
            return False
        if after < 0 or after == LOST_BYTE:
            return True
        try:
            bytes([byte, after]).decode(_STRICT[wrong])
        except UnicodeDecodeError:
            return True
        return False
    return True


def _fillings(broken: bytes, codec: str, wrong: str | None, after: int) -> list[bytes]:
    """Every byte sequence the broken bytes may have been: each lost byte replaced by a
    value the character's shape allows and the wrong decoder could not have read."""
    if codec == "utf-8":
        if broken[:1] and 0x80 <= broken[0] < 0xC0 and len(broken) <= 2:
            broken = LOST_MARK + broken  # a continuation first: its lead byte was lost
        lead = broken[0] if broken else 0
        width = 3 if lead == LOST_BYTE or 0xE0 <= lead <= 0xEF else 2 if 0xC2 <= lead <= 0xDF else 4 if 0xF0 <= lead <= 0xF4 else 0
        if not width or len(broken) > width:
            return []
        shape = broken + LOST_MARK * (width - len(broken))
        options = [range(0xE0, 0xF0) if lead == LOST_BYTE else (lead,)] + [
            range(0x80, 0xC0) if b == LOST_BYTE else (b,) for b in shape[1:]
        ]
    elif codec in DOUBLE_BYTE and len(broken) == 1 and broken[0] >= _TRAIL_MIN and broken[0] != LOST_BYTE:
        trails = [b for b in range(_TRAIL_MIN, 0xFF) if b != 0x7F]
        seqs = [bytes([b]) + broken for b in range(0x81, 0xFF)]  # its lead was lost
        if broken[0] >= 0x81:  # where this can be a lead byte, the trail was lost
            seqs += [broken + bytes([b]) for b in trails]
        return seqs
    elif codec in DOUBLE_BYTE and len(broken) == 2 and LOST_BYTE in broken and broken != LOST_MARK * 2:
        options = [range(0x81, 0xFF) if broken[0] == LOST_BYTE else (broken[0],),
                   [b for b in range(_TRAIL_MIN, 0xFF) if b != 0x7F] if broken[1] == LOST_BYTE else (broken[1],)]
        shape = broken
    else:
        return []
    seqs = [b""]
    for k, opts in enumerate(options):
        nxt = shape[k + 1] if k + 1 < len(shape) else after
        if shape[k] == LOST_BYTE:
            opts = [o for o in opts if _unreadable(o, nxt, wrong)]
        seqs = [s + bytes([o]) for s in seqs for o in opts]
    return seqs


@lru_cache(maxsize=8192)
def _completions(broken: bytes, codec: str, wrong: str | None = None, after: int = -1) -> tuple[str, ...]:
    """Characters whose encoding fits the surviving bytes of one broken character (the same
    broken patterns recur across a page and a crawl), likeliest first."""
    m = model()
    scored = []
    for seq in _fillings(broken, codec, wrong, after):
        try:
            ch = seq.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(ch) != 1:
            continue
        weight = _CLAUSE_WEIGHT if ch in PUNCT_AFTER else m.unigram.get(m.to_simplified.get(ch, ch))
        if weight is None and not cc.is_han(ch) and not cc.bits_of(ch) & cc.SUSPECT:
            weight = _SIGN_WEIGHT  # the usual punctuation and signs of Chinese pages
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
