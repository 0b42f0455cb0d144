"""Which probe codecs can hold a whole text, answered by one table lookup per character.

The probe's question "is every character of this page plain text in GB2312 (or Big5)?"
costs a strict GB2312 encode, a control-byte scan and a search for U+3000 when asked
character by character (3.5 ns a character); numpy answers it for a page's code points
(numpy's own UCS-4 copy of the string) with one table lookup each (1.5 ns). A table entry
has bit 1 set when the character is outside GB2312 text, bit 2 when outside Big5 text;
control characters, U+3000 and characters beyond the BMP are outside both, so a page
holding any of them takes the exact path. Characters the probe never counts as signatures (_HARMLESS: ©, ·,
—) are inside both.

The same lookup marks Han characters (U+3400-U+9FFF) and the ASCII bytes a GBK stream
read out of step leaves between them, so the probe's "Han, stray letter, Han" question
is three array operations on the looked-up bits (4 us on a 12 KB page) instead of a
byte-shape search that crawls on Chinese text (20 us).

Two more bits turn the probe's other whole-text searches into the one OR of the looked-up
entries: DAMAGE_MARK on 锟, 烫 and 屯 (the marks of bytes lost before the page reached us;
a substring search for them costs 1.4 us on CJK text) and TONE_LEAD on the characters whose
UTF-8 lead byte is C3, C4, C5 or C7 (the pinyin tone marks among them; the same answer as
the four memchr on the page's bytes, 1.3 us).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

OUTSIDE_GB2312, OUTSIDE_BIG5 = 1, 2
_HAN, _STRAY = 4, 128  # _STRAY >> 5 == _HAN: one shift lines a stray letter up with its neighbours
DAMAGE_MARK, TONE_LEAD = 8, 16  # (shifted by 5 they vanish: stray_between_han does not see them)
_DAMAGE_CHARS = "锟烫屯"
_TONE_LEAD_RANGES = ((0xC0, 0x180), (0x1C0, 0x200))  # UTF-8 lead bytes C3-C5 and C7
_FIVE = np.uint8(5)  # (a uint8 scalar: numpy resolves a Python int operand on every call)
MIN_LENGTH = 1000  # shorter texts: the codec encoders are as fast as numpy's fixed cost


@lru_cache(maxsize=1)
def _table(harmless: frozenset[str], stray: str) -> np.ndarray:
    """The table over all code points, built once from every two-byte sequence of the two codecs."""
    table = np.full(0x110000, OUTSIDE_GB2312 | OUTSIDE_BIG5, np.uint8)
    for codec, bit, leads, trails in (
        ("gb2312", OUTSIDE_GB2312, range(0xA1, 0xF8), range(0xA1, 0xFF)),
        ("cp950", OUTSIDE_BIG5, range(0x81, 0xFF), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),
    ):
        pairs = bytes(b for lead in leads for trail in trails for b in (lead, trail))
        chars = set(pairs.decode(codec, "replace")) | set("\t\n\r") | {chr(c) for c in range(0x20, 0x7F)} | harmless
        for ch in chars - {"\ufffd", "\u3000"}:
            if ch in harmless or _encodes(ch, codec):
                table[ord(ch)] &= 3 ^ bit
    table[0x3400:0xA000] |= _HAN
    for ch in stray:
        table[ord(ch)] |= _STRAY
    for ch in _DAMAGE_CHARS:
        table[ord(ch)] |= DAMAGE_MARK
    for start, end in _TONE_LEAD_RANGES:
        table[start:end] |= TONE_LEAD
    return table


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def lookup(text: str, harmless: frozenset[str], stray: str) -> np.ndarray:
    """The table entry of every character of `text` (`stray`: ASCII characters marked stray)."""
    return _table(harmless, stray).take(np.array(text, ndmin=1).view(np.uint32)) if text else np.zeros(0, np.uint8)


def any_bits(bits: np.ndarray) -> int:
    """Every bit set in some looked-up entry (OUTSIDE_GB2312 clear: plain text in GB2312)."""
    return int(np.bitwise_or.reduce(bits)) if bits.size else 0


def stray_between_han(bits: np.ndarray) -> bool:
    """Whether some stray ASCII character stands between two Han characters."""
    if bits.size < 3:
        return False
    shape = np.right_shift(bits[1:-1], _FIVE)
    np.bitwise_and(shape, bits[:-2], out=shape)
    np.bitwise_and(shape, bits[2:], out=shape)
    return bool(np.count_nonzero(shape))
