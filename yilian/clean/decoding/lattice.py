"""Reading bytes some of which are unknown or missing: the likeliest characters, by a
Viterbi search over the ways the bytes can be cut into characters.

A wrong decoder that meets bytes it cannot read writes a mark for them ("?" or U+FFFD) or
drops them. Read back, its text gives the bytes with holes: LOST_BYTE where a mark was
(one byte: Python's GBK, Big5 and windows-1252 decoders mark the lead byte of a pair they
cannot read and read on from the trail) and nothing where a byte was dropped (the right
codec's shape shows where: a UTF-8 lead byte without its continuations, a trail byte
without its lead). Every way to cut the bytes into characters of the right codec is an
edge of the lattice; an edge over a hole stands for every character that fits the bytes
around it *and* whose unknown byte the wrong decoder could not have read (a windows-1252
mark is one of its five undefined bytes, a GBK mark a byte that forms no GBK pair with the
next one): often one character, sometimes a handful. The character model (score.step)
chooses the path.

A character read from known bytes only, or from a hole only one character fits, is
certain; every other filled character is a guess (`guessed`). Keeping the characters the
bytes came from is a path too, so text a step does not explain stays as it was. Work is
counted in operations (transitions scored, candidates narrowed) against the caller's
budget.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from yilian.clean.decoding import charclass as cc
from yilian.clean.decoding import score
from yilian.clean.decoding.langmodel import model

LOST_BYTE = 0xFF  # never valid in UTF-8, GBK or Big5: a byte we no longer have
DOUBLE_BYTE = ("gb18030", "big5hkscs")
_STRICT = {"gb18030": "gbk", "big5hkscs": "big5"}  # the narrowest decoder of a family: the most pairs it cannot read
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_TRAILS = tuple(b for b in range(0x40, 0xFF) if b != 0x7F)
_BEAM = 12  # candidates kept per edge over a hole
_STATES = 12  # paths kept at a byte offset (the likeliest, by their last character)
_ALL = 160  # candidates listed per edge, likeliest first (the context narrows them to _BEAM)
_MISSING = -3.0  # log10 prior of a byte dropped without a mark
_FOREIGN = -3.0  # a filled character of the other script than the page's
_ESCAPE = -12.0  # a byte no character explains (stays undecodable)
_SWITCH = -4.0  # keeping text as it stands inside a stretch a step reads, or reading inside kept text
_START, _KEPT, _READ = range(3)  # what the last piece of a path did
_UNKNOWN_COST = -8.0  # a lost byte no character explains (an unknown character)
UNKNOWN = "?"


@dataclass(slots=True)
class Budget:
    """Operations left; spent by every encode, decode and score of a candidate."""

    left: int

    def spend(self, n: int) -> bool:
        self.left -= n
        return self.left >= 0


@dataclass(frozen=True, slots=True)
class Piece:
    """data[start:end] reads as `text` (None: undecodable, keep what it came from)."""

    start: int
    end: int
    text: str | None
    guessed: bool = False


@lru_cache(maxsize=4)
def _pair_table(codec: str) -> dict[int, str]:
    """Every two-byte character of a GBK/Big5 codec: lead * 256 + trail -> character."""
    out: dict[int, str] = {}
    for lead in range(0x81, 0xFF):
        for trail in _TRAILS:
            try:
                ch = bytes([lead, trail]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                out[lead * 256 + trail] = ch
    return out


@dataclass(frozen=True, slots=True)
class _Table:
    """The characters a completion may give, likeliest first: their bytes (one column per
    byte) and the characters."""

    bytes_: np.ndarray  # (n, width) uint8
    chars: tuple[str, ...]


@lru_cache(maxsize=8)
def _table(codec: str, width: int, latin: bool = False) -> _Table:
    """Every character of `width` bytes in `codec` a page would hold (_weight), likeliest
    first; with `latin`, every character windows-1252 decodes to, alike (what one layer of
    a text misread twice as windows-1252 is made of)."""
    if latin:
        chars = sorted({bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0x100)})
        items = [(ch.encode("utf-8"), ch) for ch in chars if len(ch.encode("utf-8")) == width]
        return _Table(np.frombuffer(b"".join(raw for raw, _ in items), np.uint8).reshape(-1, width), tuple(ch for _, ch in items))
    if codec == "utf-8":
        lo, hi = (0x80, 0x800) if width == 2 else (0x800, 0x10000)
        items = [(ch.encode("utf-8"), ch) for ch in map(chr, range(lo, hi)) if not "\ud800" <= ch <= "\udfff"]
    else:
        items = [(bytes([k >> 8, k & 0xFF]), ch) for k, ch in _pair_table(codec).items()]
    scored = sorted(((w, raw, ch) for raw, ch in items if (w := _weight(ch)) is not None), key=lambda t: (-t[0], t[1]))
    return _Table(np.frombuffer(b"".join(raw for _, raw, _ in scored), np.uint8).reshape(-1, width), tuple(ch for *_, ch in scored))


@lru_cache(maxsize=1024)
def _unreadable_after(after: int, wrong: str | None) -> np.ndarray:
    """unreadable(byte, after, wrong) for every byte."""
    return np.array([unreadable(b, after, wrong) for b in range(256)], bool)


@lru_cache(maxsize=8)
def _unreadable_pairs(wrong: str | None) -> np.ndarray:
    """unreadable(x, y, wrong) for every pair of bytes, as a 256 x 256 table."""
    return np.array([[unreadable(x, y, wrong) for y in range(256)] for x in range(256)], bool)


def unreadable(byte: int, after: int, wrong: str | None) -> bool:
    """Whether the wrong decoder could not read `byte` followed by `after` (-1: unknown):
    only such a byte can be one it marked or dropped. Any byte when the decoder is unknown."""
    if wrong is None:
        return True
    if wrong == "latin":
        return byte in _CP1252_UNDEFINED
    if wrong in _STRICT:
        if byte < 0x80:
            return False
        if byte in (0x80, 0xFF) or after < 0 or after == LOST_BYTE:
            return True
        return (byte * 256 + after) not in _pair_table(_STRICT[wrong])
    return True


def _weight(ch: str) -> float | None:
    """How likely a completed character is on its own (None: not one a page would hold)."""
    m = model()
    w = m.unigram.get(m.to_simplified.get(ch, ch))
    if w is not None:
        return w
    if cc.is_han(ch) or cc.bits_of(ch) & (cc.SUSPECT | cc.INVISIBLE) or ch < " ":
        return None
    return score.loglik(ch)  # the usual punctuation and signs of Chinese pages, by their class


def _matching(table: _Table, mask: np.ndarray) -> tuple[tuple[str, ...], int]:
    """The candidates the mask keeps, likeliest first (at most _ALL), and how many fit."""
    hits = np.flatnonzero(mask)
    return tuple(table.chars[k] for k in hits[:_ALL].tolist()), int(hits.size)


@lru_cache(maxsize=16384)
def _pair_candidates(lead: int, trail: int, after: int, codec: str, wrong: str | None) -> tuple[tuple[str, ...], int]:
    """Characters of a two-byte pair with a lost lead and/or trail (LOST_BYTE), `after` the
    byte that followed it."""
    if lead != LOST_BYTE and trail != LOST_BYTE:
        ch = _pair_table(codec).get(lead * 256 + trail)
        return ((ch,), 1) if ch else ((), 0)
    table = _table(codec, 2)
    leads, trails = table.bytes_[:, 0], table.bytes_[:, 1]
    if lead == LOST_BYTE and trail != LOST_BYTE:
        mask = (trails == trail) & _unreadable_after(trail, wrong)[leads]
    elif lead != LOST_BYTE:
        mask = (leads == lead) & _unreadable_after(after, wrong)[trails]
    else:
        mask = _unreadable_after(after, wrong)[trails] & _unreadable_pairs(wrong)[leads, trails]
    return _matching(table, mask)


@lru_cache(maxsize=16384)
def orphan_candidates(byte: int, codec: str) -> tuple[tuple[str, ...], int]:
    """Characters of a pair one of whose bytes went missing without a mark: `byte` is its
    trail (the lead went) or its lead (the trail went)."""
    table = _table(codec, 2)
    return _matching(table, (table.bytes_[:, 1] == byte) | (table.bytes_[:, 0] == byte))


@lru_cache(maxsize=16384)
def lead_candidates(byte: int, codec: str) -> tuple[str, ...]:
    """Characters of a pair whose lead is `byte` (its trail went missing without a mark)."""
    table = _table(codec, 2)
    return _matching(table, table.bytes_[:, 0] == byte)[0]


@lru_cache(maxsize=65536)
def likeliest(cands: tuple[str, ...], prev: str, nxt: str) -> tuple[str, ...]:
    """The _BEAM candidates likeliest between `prev` and `nxt` (where many characters fit
    the bytes, the neighbours say which are worth a path)."""
    m = model()
    simp, uni, bi = m.to_simplified, m.unigram, m.bigram
    p, n = simp.get(prev, prev), simp.get(nxt, nxt)

    def support(c: str) -> float:
        k = simp.get(c, c)
        u = uni.get(k, -9.0)
        return max(u, bi.get(p + k, -9.0)) + max(uni.get(n, -9.0), bi.get(k + n, -9.0)) if nxt else max(u, bi.get(p + k, -9.0))

    return tuple(heapq.nlargest(_BEAM, cands, key=support))


def _next_char(data: bytes, i: int, codec: str) -> str:
    """The character that starts at i when the bytes are read in step from there ("" if none)."""
    if i >= len(data):
        return ""
    if data[i] < 0x80:
        return chr(data[i])
    if codec == "utf-8":
        width = _width(data[i])
        try:
            return data[i : i + width].decode("utf-8") if width else ""
        except UnicodeDecodeError:
            return ""
    return _pair_table(codec).get(data[i] * 256 + data[i + 1], "") if i + 1 < len(data) else ""


@lru_cache(maxsize=16384)
def _utf8_candidates(shape: bytes, after: int, wrong: str | None, latin: bool = False) -> tuple[tuple[str, ...], int]:
    """Characters of a UTF-8 sequence with lost bytes (LOST_BYTE; a lost lead stands for a
    three-byte lead); with `latin`, only windows-1252's."""
    if len(shape) not in (2, 3):
        return (), 0
    table = _table("utf-8", len(shape), latin)
    if not table.chars:
        return (), 0
    mask = np.ones(len(table.chars), bool)
    for k, b in enumerate(shape):
        column = table.bytes_[:, k]
        if b != LOST_BYTE:
            mask &= column == b
        else:
            mask &= _unreadable_after(shape[k + 1] if k + 1 < len(shape) else after, wrong)[column]
    return _matching(table, mask)


def _placements(shape: bytes, missing: int) -> list[bytes]:
    """`shape` (a lead byte and the continuations that survive) with `missing` unmarked
    lost bytes put back wherever they may have been after the lead."""
    if not missing:
        return [shape]
    out = []
    for k in range(1, len(shape) + 1):
        out += _placements(shape[:k] + bytes([LOST_BYTE]) + shape[k:], missing - 1)
    return list(dict.fromkeys(out))


def _width(lead: int) -> int:
    return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0


def _edges_utf8(data: bytes, i: int, after: int, wrong: str | None, latin: bool):
    """(end, candidates, how many fit, cost, holes) of the characters that may start at i."""
    n = len(data)
    b = data[i]
    if b < 0x80:
        yield i + 1, (chr(b),), 1, 0.0, False
        return
    width = 3 if b == LOST_BYTE else _width(b)
    if width:
        j = i + 1
        while j < n and j < i + width and (0x80 <= data[j] < 0xC0 or data[j] == LOST_BYTE):
            j += 1
        nxt = data[j] if j < n else after
        shape = data[i:j]
        if j - i == width and LOST_BYTE not in shape:
            try:
                yield j, (shape.decode("utf-8"),), 1, 0.0, False
            except UnicodeDecodeError:
                pass
        else:
            missing = width - (j - i)
            chars: dict[str, None] = {}
            fit = 0
            for full in _placements(shape, missing):
                cands, n_fit = _utf8_candidates(full, nxt, wrong, latin)
                chars.update(dict.fromkeys(cands))
                fit += n_fit
            if chars:
                yield j, tuple(chars), fit, _MISSING * missing, True
    elif 0x80 <= b < 0xC0:  # continuation bytes whose lead went missing
        j = i + 1
        while j < n and j < i + 2 and 0x80 <= data[j] < 0xC0:
            j += 1
        cands, fit = _utf8_candidates(bytes([LOST_BYTE]) + data[i:j] + bytes([LOST_BYTE]) * (2 - (j - i)), data[j] if j < n else after, wrong, latin)
        if cands:
            yield j, cands, fit, _MISSING * (3 - (j - i)), True
    if b == LOST_BYTE:
        yield i + 1, (UNKNOWN,), 1, _UNKNOWN_COST, True


def _edges_double(data: bytes, i: int, after: int, codec: str, wrong: str | None, shift: bool):
    """(end, candidates, how many fit, cost, holes) of the characters that may start at i;
    `shift`: the stream may have gone out of step at i."""
    n = len(data)
    b = data[i]
    if b < 0x80:
        yield i + 1, (chr(b),), 1, 0.0, False
        if shift and b >= 0x40 and b != 0x7F:  # the trail of a pair whose lead went missing
            cands, fit = orphan_candidates(b, codec)
            if cands:
                yield i + 1, cands, fit, _MISSING, True
        return
    paired = False
    if i + 1 < n and (data[i + 1] >= 0x40 and data[i + 1] != 0x7F):
        t = data[i + 1]
        nxt = data[i + 2] if i + 2 < n else after
        cands, fit = _pair_candidates(b, t, nxt, codec, wrong)
        if cands:
            paired = True
            yield i + 2, cands, fit, 0.0, LOST_BYTE in (b, t)
    if b == LOST_BYTE:
        yield i + 1, (UNKNOWN,), 1, _UNKNOWN_COST, True
        if shift:  # the trail of a pair whose lead went missing, marked where it met the next pair
            cands, fit = _pair_candidates(LOST_BYTE, LOST_BYTE, data[i + 1] if i + 1 < n else after, codec, wrong)
            if cands:
                yield i + 1, cands, fit, _MISSING, True
    elif shift:  # out of step from here: the other byte of its character went missing
        cands, fit = orphan_candidates(b, codec)
        if cands:
            yield i + 1, cands, fit, _MISSING, True
    elif not paired:  # a byte that starts no pair: the other byte of its character went missing
        cands, fit = orphan_candidates(b, codec)
        if cands:
            yield i + 1, cands, fit, _MISSING, True


def read(
    data: bytes,
    codec: str,
    wrong: str | None,
    kept: dict[int, tuple[int, str]],
    prev: str,
    nxt: str,
    after: int,
    budget: Budget,
    shift: frozenset[int] = frozenset(),
    script: int = 0,
    latin: bool = False,
) -> list[Piece] | None:
    """The likeliest reading of `data` (LOST_BYTE where a byte is unknown) in `codec`
    between the characters `prev` and `nxt` (`after`: the byte that followed `data` in the
    wrong decoder's stream, -1 when unknown), as pieces. `kept`: byte offset -> (end, the
    character those bytes came from): keeping that character as it stands is a path too
    (a piece with text None), so text the step does not explain stays. None when `ops`
    (operations left, spent here) runs out."""
    n = len(data)
    # best[i]: last character -> (score, previous position, previous last character, piece)
    # best[i]: (last character, mode) -> (score, previous position, previous state, piece);
    # mode: _KEPT when the last piece kept the text as it stands, _READ when it read bytes
    State = tuple[str, int]
    best: list[dict[State, tuple[float, int, State, Piece | None]]] = [{} for _ in range(n + 1)]
    best[0][(prev, _START)] = (0.0, -1, ("", _START), None)
    step = score.step
    switch = 0.0 if shift else _SWITCH  # (out of step, the lost byte's own cost marks where reading starts)
    for i in range(n):
        states = best[i]
        if not states:
            continue
        if len(states) > _STATES:
            states = dict(heapq.nlargest(_STATES, states.items(), key=lambda kv: kv[1][0]))
        edges = list(_edges_utf8(data, i, after, wrong, latin) if codec == "utf-8" else _edges_double(data, i, after, codec, wrong, i in shift))
        if i in kept:
            end, ch = kept[i]
            edges.append((end, (ch,), 1, 0.0, None))
        elif not edges:
            edges.append((i + 1, None, 1, _ESCAPE, False))
        for end, cands, fit, cost, holes in edges:
            target = best[end]
            if cands is None:  # no character explains the byte: the path goes on past it
                for key, (s, *_rest) in states.items():
                    if s + cost > target.get(key, (-1e18,))[0]:
                        target[key] = (s + cost, i, key, Piece(i, end, None))
                continue
            if len(cands) > _BEAM:
                if not budget.spend(len(cands)):
                    return None
                cands = likeliest(cands, max(states, key=lambda k: states[k][0])[0], _next_char(data, end, codec))
            if not budget.spend(len(cands) * len(states)):
                return None
            guessed = bool(holes) and fit != 1
            mode = _KEPT if holes is None else _READ
            for c in cands:
                top = (-1e18, -1, ("", _START))
                c_cost = cost + (_FOREIGN if holes and script and cc.script_mark(c) not in (0, script) else 0.0)
                for key, (s, *_rest) in states.items():
                    total = s + c_cost + step(key[0], c) + (switch if key[1] not in (_START, mode) else 0.0)
                    if total > top[0]:
                        top = (total, i, key)
                if top[0] > target.get((c, mode), (-1e18,))[0]:
                    target[(c, mode)] = (top[0], i, top[2], Piece(i, end, None if holes is None else c, guessed))
    if not best[n]:
        return [Piece(0, n, None)]
    last = max(best[n], key=lambda k: best[n][k][0] + (step(k[0], nxt) if nxt else 0.0))
    pieces: list[Piece] = []
    pos, key = n, last
    while pos > 0:
        _, back, prev_key, piece = best[pos][key]
        pieces.append(piece)  # type: ignore[arg-type]
        pos, key = back, prev_key
    pieces.reverse()
    return pieces
