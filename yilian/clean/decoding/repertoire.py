"""Which probe codecs can hold a whole text, answered by one table lookup per character.

The probe's question "is every character of this page plain text in GB2312 (or Big5)?"
costs a strict GB2312 encode, a control-byte scan and a search for U+3000 when asked
character by character (3.5 ns a character); numpy answers it for a page's code points
(numpy's own UCS-4 copy of the string) with one table lookup each (1.5 ns). A table entry
has bit 1 set when the character is outside GB2312 text, bit 2 when outside Big5 text;
control characters, U+3000 and characters beyond the BMP are outside both, so a page
holding any of them takes the exact path. Characters the probe never counts as signatures (_HARMLESS: ©, ·,
—) are inside both.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

OUTSIDE_GB2312, OUTSIDE_BIG5 = 1, 2
MIN_LENGTH = 1000  # shorter texts: the codec encoders are as fast as numpy's fixed cost


@lru_cache(maxsize=1)
def _table(harmless: frozenset[str]) -> np.ndarray:
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
    return table


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def outside_bits(text: str, harmless: frozenset[str]) -> int:
    """OUTSIDE_GB2312 | OUTSIDE_BIG5 bits of the characters of `text` (0: plain text in both)."""
    if not text:
        return 0
    bits = _table(harmless).take(np.array(text).reshape(1).view(np.uint32))
    return int(np.bitwise_or.reduce(bits)) if np.count_nonzero(bits) else 0
