"""The one definition of the character classes the decode stage reasons with.

Every question the decode stage asks of a character ("Han?", "could a misreading have made
it?", "invisible?", "a mark of bytes lost before the page reached us?", "a pinyin tone
letter?") is answered here, by a table over all code points (one numpy lookup per
character of a page, a few ns each) and by `script_of` for the scorer.

SUSPECT is what a misread multi-byte stream turns into and ordinary Chinese text seldom
holds: Han characters outside the character model's common set, Latin-1 and Latin
Extended letters, C1 controls and the windows-1252 extras, Greek, Cyrillic, kana, Hangul,
box drawing, private use, U+FFFD and every other symbol outside the usual punctuation of
Chinese pages. A suspect character is only a place to look: the scorer (score.py)
decides whether anything there is a misreading.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

SUSPECT, HAN, INVISIBLE, DAMAGE_MARK, TONE, LATIN_FAMILY, PRIVATE_USE, STRAY = 1, 2, 4, 8, 16, 32, 64, 128
# GBK trail bytes in ASCII that real text does not put between two Han characters (brackets,
# braces and "|" it does: "[中国辽宁频道]", "首页|新闻"); a GBK stream that re-synchronised leaves one
STRAY_ASCII = "".join(chr(b) for b in range(0x40, 0x7F) if chr(b) not in "[]{}|")

# the marks that end a phrase, which a stranded trail may follow as well as a Han character
# (after a colon, an opening bracket or quote a label or a term is usual: "：A案", "（A股）")
STRAY_AFTER = "、，。；！？"
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # the same ranges, for regular expressions
LOST_MARKS = "?\ufffd"  # what a converter writes for a character it could not map
# punctuation and symbols of ordinary Chinese pages (GB2312 rows 1-3 and their common neighbours)
USUAL_SYMBOLS = (
    "\u00a5\u00a7\u00a9\u00ae\u00b0\u00b1\u00b7\u00d7\u00f7\u20ac\u2122\u2116\u2103\u2109"
    "\u2010-\u2027\u2030-\u203b\u2190-\u2199\u21d2\u21d4\u2160-\u217f\u2460-\u249b\u2474-\u2487"
    "\u2208\u220f\u2211\u221a\u221d\u221e\u2220\u2225\u2227-\u222b\u222e\u2234-\u2237\u223d"
    "\u2248\u224c\u2260-\u2265\u226e\u226f\u2299\u22a5\u2312\u25a0-\u25a1\u25b2\u25b3\u25bc\u25bd"
    "\u25c6\u25c7\u25cb\u25ce\u25cf\u2605\u2606\u2640\u2642\u3000-\u303f\uff01-\uff5e\uffe0-\uffe6"
)
INVISIBLE_CHARS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2060-\u2064\ufeff"  # dropped
    "\u00a0\u3000\u2002\u2003\u2009\u202f\ue5e5"  # become a plain space
)
# U+E5E5 is GBK's 0xA3A0, which Windows and browsers show as an ideographic space
SPACES = "\u00a0\u3000\u2002\u2003\u2009\u202f\ue5e5"
# sentence punctuation among the usual symbols: what stands between Chinese words
PUNCTUATION = "\u00b7\u2010-\u2027\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e"
FULLWIDTH_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
# full-width forms Chinese text does not put between two Han characters: its letters and digits
# and the signs other than sentence punctuation (a GBK pair read out of step lands on row 3: "焦＂对")
FULLWIDTH_ODD = FULLWIDTH_ALNUM + "\uff02-\uff07\uff0a\uff0b\uff1c-\uff1e\uff3c\uff3e\uff40"
_BRACKETS = "[]{}|"  # ASCII trail bytes STRAY leaves out: real text puts them between Han characters
_ODD_RUN = 3  # the longest run of odd characters odd_between takes for a stream read out of step
DAMAGE_CHARS = "锟烫屯\ufffd"  # 锟斤拷, 烫烫烫, 屯屯屯 (bytes lost before the page reached us), U+FFFD
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# windows-1252 letters and signs outside Latin-1 (what UTF-8 continuation bytes become)
CP1252_EXTRAS = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"


def _ranges(spec: str) -> list[tuple[int, int]]:
    """'a-cx' -> [(a, c), (x, x)]: the class syntax above, read back as code point ranges."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.append((ord(spec[i]), ord(spec[i + 2])))
            i += 3
        else:
            out.append((ord(spec[i]), ord(spec[i])))
            i += 1
    return out


def _set(table: np.ndarray, spec: str, bit: int) -> None:
    for lo, hi in _ranges(spec):
        table[lo : hi + 1] |= bit


def _clear(table: np.ndarray, spec: str, bit: int) -> None:
    for lo, hi in _ranges(spec):
        table[lo : hi + 1] &= np.uint8(0xFF ^ bit)


@lru_cache(maxsize=1)
def table() -> np.ndarray:
    """The bits of every code point (built once per process from the character model)."""
    from yilian.clean.decoding.langmodel import model

    t = np.full(0x110000, SUSPECT, np.uint8)
    t[0x09:0x0E] = 0
    t[0x20:0x7F] = 0  # ASCII
    _clear(t, USUAL_SYMBOLS, SUSPECT)
    for lo, hi in HAN_RANGES:
        t[lo : hi + 1] = HAN  # common until the model says rare (below)
    block = "".join(chr(c) for lo, hi in HAN_RANGES for c in range(lo, hi + 1))
    rare = [ord(m.group()) for m in model().rare_re.finditer(block)]
    t[rare] |= SUSPECT
    t[0x3400:0x4DC0] |= SUSPECT  # extension A: never in ordinary text
    t[0xF900:0xFB00] |= SUSPECT  # compatibility ideographs: a Big5/GBK misreading's, not a writer's
    _set(t, INVISIBLE_CHARS, INVISIBLE)
    _clear(t, SPACES + "\u00ad\u200b-\u200f\u2060-\u2064\ufeff", SUSPECT)  # invisible, not misread
    for ch in DAMAGE_CHARS:
        t[ord(ch)] |= DAMAGE_MARK
    for ch in TONED:
        t[ord(ch)] |= TONE
    t[0xE000:0xF900] |= PRIVATE_USE
    t[[ord(c) for c in STRAY_ASCII]] |= STRAY
    t[0x80:0x300] |= LATIN_FAMILY
    _set(t, CP1252_EXTRAS, LATIN_FAMILY)
    return t


@lru_cache(maxsize=1)
def _script_table() -> np.ndarray:
    """+1 for a Han character only Traditional text writes, -1 for one only Simplified
    text writes, 0 for the rest (from the character model's Traditional -> Simplified map)."""
    from yilian.clean.decoding.langmodel import model

    t = np.zeros(0x110000, np.int8)
    pairs = model().to_simplified
    t[[ord(c) for c in set(pairs.values()) - set(pairs)]] = -1
    t[[ord(c) for c in pairs]] = 1
    return t


def written_script(text: str) -> int:
    """HANT (the text is written in Traditional characters), HANS (Simplified) or 0 (too
    few characters that tell, or both)."""
    if not text:
        return 0
    marks = _script_table().take(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32))
    trad, simp = int((marks > 0).sum()), int((marks < 0).sum())
    if trad >= _SCRIPT_MIN and trad > 3 * simp:
        return HANT
    if simp >= _SCRIPT_MIN and simp > 3 * trad:
        return HANS_ONLY
    return 0


def script_marks(text: str) -> np.ndarray:
    """script_mark of every character of `text`."""
    marks = _script_table().take(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32))
    return np.where(marks > 0, HANT, np.where(marks < 0, HANS_ONLY, 0))


def script_mark(ch: str) -> int:
    """HANT for a character only Traditional text writes, HANS_ONLY for a Simplified-only one, else 0."""
    v = int(_script_table()[ord(ch)])
    return HANT if v > 0 else HANS_ONLY if v < 0 else 0


HANT, HANS_ONLY = 1, 2
_SCRIPT_MIN = 5


def lookup(text: str) -> np.ndarray:
    """The table entry of every character of `text`."""
    if not text:
        return np.zeros(0, np.uint8)
    return _bmp_table().take(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32), mode="clip")


@lru_cache(maxsize=1)
def _bmp_table() -> np.ndarray:
    """table() for the Basic Multilingual Plane and one entry for every character beyond it
    (all alike: SUSPECT): a table the cache holds, read with mode="clip"."""
    t = table()
    return np.append(t[:0x10000], t[0x10000])


def _strays(bits: np.ndarray) -> np.ndarray:
    """True at 1..n-2 where a STRAY character stands between two Han characters (one
    comparison over the three bits packed together)."""
    return ((bits[:-2] & bits[2:] & HAN) | (bits[1:-1] & STRAY)) == _STRAY_BETWEEN


_STRAY_BETWEEN = HAN | STRAY


def strays(text: str, bits: np.ndarray) -> list[int]:
    """Offsets of STRAY characters before a Han character, after a Han character or a mark
    that ends or opens a phrase (STRAY_AFTER): where a GBK stream that lost a lead byte
    re-synchronised on its ASCII trail ("雙向D診", "、Y源"); and after a Han or a suspect character
    (the garbage of the stream out of step) before a phrase mark ("協h，", "電子\ue51fv、", "中心步▍f議")."""
    if bits.size < 3:
        return []
    near = (bits & (HAN | SUSPECT)) != 0  # (one pass for the few letters beside Chinese text; each is then looked at)
    out = []
    for p in (np.flatnonzero(((bits[1:-1] & STRAY) != 0) & (near[2:] | near[:-2])) + 1).tolist():
        before, after = int(bits[p - 1]), int(bits[p + 1])
        if after & HAN and (before & (HAN | SUSPECT) or text[p - 1] in STRAY_AFTER):
            out.append(p)
        elif text[p + 1] in STRAY_AFTER and before & (HAN | SUSPECT):
            out.append(p)
    return out


def stray_between_han(bits: np.ndarray) -> np.ndarray:
    """Offsets of STRAY characters with a Han character on each side."""
    if bits.size < 3:
        return np.zeros(0, np.int64)
    return np.flatnonzero(_strays(bits)) + 1


def bracket_trails(text: str, bits: np.ndarray) -> list[int]:
    """Offsets of the ASCII trail bytes STRAY leaves out ("[]{}|", which real text puts
    between Han characters) where one stands right after a suspect Han character and before
    a Han character: there a GBK stream out of step re-synchronised on it ("難膯栴}逐步").
    Looked for after the suspect Han characters, not at every bracket (a page's scripts
    hold thousands)."""
    if bits.size < 3:
        return []
    after = np.flatnonzero(((bits[:-2] & (SUSPECT | HAN)) == (SUSPECT | HAN)) & ((bits[2:] & HAN) != 0)) + 1
    return [p for p in after.tolist() if text[p] in _BRACKETS]



def count_suspect(text: str) -> int:
    """How many characters of `text` are SUSPECT."""
    if len(text) > 64:
        return int(np.count_nonzero(lookup(text) & SUSPECT))
    t = _table_bytes()
    return sum(1 for ch in text if t[ord(ch)] & SUSPECT)


@lru_cache(maxsize=1)
def _table_bytes() -> bytes:
    """table() as bytes, for one character at a time: indexing bytes gives a Python int directly, several
    times faster than a numpy scalar (the repair search's scorer asks about every candidate character)."""
    return table().tobytes()


def bits_of(ch: str) -> int:
    return _table_bytes()[ord(ch)]


def is_han(ch: str) -> bool:
    return bool(_table_bytes()[ord(ch)] & HAN)


# scripts the scorer tells apart (a letter next to one of its own script is part of a word)
HANS, ASCII_LETTER, ASCII_OTHER, LATIN, GREEK, CYRILLIC, KANA, HANGUL, OTHER_LETTER, USUAL, SYMBOL, LOST, CONTROL, PRIVATE, SPACE, PUNCT = range(16)
_SCRIPT_RANGES = (
    (0x00C0, 0x024F, LATIN),
    (0x0370, 0x03FF, GREEK),
    (0x0400, 0x052F, CYRILLIC),
    (0x0590, 0x08FF, OTHER_LETTER),  # Hebrew, Arabic, Syriac ...
    (0x0900, 0x0DFF, OTHER_LETTER),  # Indic
    (0x0E00, 0x0EFF, OTHER_LETTER),  # Thai, Lao
    (0x1E00, 0x1EFF, LATIN),
    (0x3040, 0x30FF, KANA),
    (0x3100, 0x312F, KANA),  # bopomofo: phonetic letters, glued to Han in Taiwanese writing as kana are in Japanese
    (0x31A0, 0x31BF, KANA),
    (0x31F0, 0x31FF, KANA),
    (0xAC00, 0xD7AF, HANGUL),
    (0x1100, 0x11FF, HANGUL),
    (0x3130, 0x318F, HANGUL),
    (0xE000, 0xF8FF, PRIVATE),
)


_PUNCT_RANGES = tuple(_ranges(PUNCTUATION))
_ALNUM_RANGES = tuple(_ranges(FULLWIDTH_ALNUM))


_ODD_RANGES = tuple(_ranges(FULLWIDTH_ODD))


def fullwidth_odd(codes: np.ndarray) -> np.ndarray:
    """Where code points (an array) are full-width forms text does not strand between Han
    characters (FULLWIDTH_ODD)."""
    return _in_ranges(codes, _ODD_RANGES)


def odd_between(codes: np.ndarray, bits: np.ndarray) -> np.ndarray:
    """Where a run of up to _ODD_RUN characters no writer strands between two Han characters
    or lost marks stands so: ASCII trail bytes (STRAY), odd full-width forms (FULLWIDTH_ODD)
    and symbols that are no punctuation ("幼＝≡号": a GBK stream out of step lands on rows
    1-3). What a stream read out of step leaves. (Array passes only: this runs on every
    page with a mark of damage.)"""
    n = len(codes)
    odd = (bits & STRAY) != 0
    wide = np.flatnonzero((codes >= 0x80) & ((bits & (HAN | SUSPECT | INVISIBLE)) == 0))  # (few on a page)
    at = codes[wide]
    odd[wide] = fullwidth_odd(at) | ~_in_ranges(at, _PUNCT_RANGES + _ALNUM_RANGES)
    beside = ((bits & HAN) != 0) | (codes == ord("?")) | (codes == 0xFFFD)
    edges = np.diff(np.concatenate(([0], odd.view(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    keep = (starts > 0) & (ends < n) & (ends - starts <= _ODD_RUN)
    keep &= beside[np.maximum(starts - 1, 0)] & beside[np.minimum(ends, n - 1)]
    out = np.zeros(n, bool)
    for a, b in zip(starts[keep].tolist(), ends[keep].tolist()):
        out[a:b] = True
    return out


def _in_ranges(codes: np.ndarray, ranges: tuple[tuple[int, int], ...]) -> np.ndarray:
    out = np.zeros(codes.shape, bool)
    for lo, hi in ranges:
        out |= (codes >= lo) & (codes <= hi)
    return out



def misread_signs(text: str) -> list[int]:
    """Offsets of the characters of `text` a misreading leaves and a writer does not: suspect
    characters and the characters odd_between finds."""
    if not text:
        return []
    bits = lookup(text)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    return np.flatnonzero(((bits & SUSPECT) != 0) | odd_between(codes, bits)).tolist()


def _in(o: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= o <= hi for lo, hi in ranges)


@lru_cache(maxsize=65536)
def script_of(ch: str) -> int:
    """The scorer's class of one character."""
    o = ord(ch)
    if o < 0x80:
        if ch.isalnum():
            return ASCII_LETTER
        return SPACE if ch.isspace() else ASCII_OTHER
    bits = _table_bytes()[o]
    if bits & HAN:
        return HANS
    if ch in LOST_MARKS:
        return LOST
    if bits & INVISIBLE:
        return CONTROL if o < 0xA0 else SPACE
    if not bits & SUSPECT:
        if _in(o, _PUNCT_RANGES):
            return PUNCT
        return ASCII_LETTER if _in(o, _ALNUM_RANGES) else USUAL
    for lo, hi, script in _SCRIPT_RANGES:
        if lo <= o <= hi:
            if script == LATIN and (o in (0xD7, 0xF7)):
                return SYMBOL
            return script
    return SYMBOL
