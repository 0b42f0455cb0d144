"""One cheap look at decoded text that says which repairs it may need (the fast path stops here).

Clean Chinese pages are almost entirely ASCII markup and GB2312 (or Big5) characters, and
the C encoders test that at a few ns per character. So the probe encodes the page with
GB2312 (else Big5), collecting the few characters outside it through an error handler;
only when there are many (a page of mojibake, or unusual script) does it fall back to one
regex scan with the language model's set of common characters. Everything else is a
substring or literal-prefix search: '?' beside Chinese, 锟/烫烫/屯屯, pinyin readings,
control bytes; on pages long enough for the table, the table's bits say first whether
锟/烫/屯 or a tone-marked letter occur at all.

Mojibake is only suspected where two unusual characters (outside the codec and not among
the model's common characters) stand within a few characters of each other: a name with
one rare character (王镕) is not a signature, nor is a Traditional phrase on a Simplified
page (閱讀原文), while every misreading of a multi-byte stream produces clusters of them.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass, field

import numpy as np

from yilian.clean.decoding import repertoire

INVISIBLE, PINYIN, MOJIBAKE, DAMAGE = "invisible", "pinyin", "mojibake", "damage"

_MAX_ODD = 24  # more characters outside the codec than this: scan with the character model instead
_NEAR = 3  # two unusual characters this close suggest a misread stream
# outside GB2312 or Big5 but ordinary in Chinese pages; on their own never a signature
_HARMLESS = frozenset("·—–‧・•€®©™№〇〖〗\u2014\u2015")
_INVISIBLE = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
    + [chr(c) for c in range(0x7F, 0xA1)]
    + list("\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u3000\u2002\u2003\u2009\u202f")
)
_CONTROL_BYTES = bytes(c for c in range(0x20) if c not in (9, 10, 13)) + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_READING_RE = re.compile(f"\\((?=\\s*[a-zü{_TONED}]*[{_TONED}])")  # literal first: a fast scan
_LOST_READING_RE = re.compile(f"\\?(?=[a-zü{_TONED}]*[{_TONED}])")  # its "(" swallowed by damage
_WIDE_READING_RE = re.compile(f"（(?=\\s*[a-zü{_TONED}]*[{_TONED}])")
_RUBY_RE = re.compile("<r[tp]", re.IGNORECASE)  # (a multi-byte substring search is slower on CJK text)
_LOST_RE = re.compile(r"\?(?:(?<=[\u3000-\u9fff\ue000-\uf8ff,]\?)|(?=[@^_`~a-zA-Z\\]?[\u3400-\u9fff]|/[a-z0-9]+>|\?<))")
_PROBE_CODECS = ("gb2312", "cp950")
# GBK trail bytes in ASCII that real text does not put between two Chinese characters
# (brackets, braces, "|" and "\\" it does: "[中国辽宁频道]", "首页|新闻")
STRAY_ASCII = "".join(chr(b) for b in range(0x40, 0x7F) if chr(b) not in "[]{}|\\")
_STRAY_RE = re.compile(f"[\u3400-\u9fff][{re.escape(STRAY_ASCII)}](?=[\u3400-\u9fff])")
_state = threading.local()


class _TooMany(Exception):
    pass


def _collect(err: UnicodeEncodeError) -> tuple[str, int]:
    found: list[tuple[int, str]] = _state.found
    for i in range(err.start, err.end):
        found.append((i, err.object[i]))
    if len(found) > _MAX_ODD:
        raise _TooMany
    return "", err.end


codecs.register_error("yilian.probe", _collect)


@dataclass(slots=True)
class Probe:
    needs: set[str] = field(default_factory=set)
    hot: list[int] = field(default_factory=list)  # offsets of clustered unusual characters and lost marks
    invisible: set[str] | None = field(default_factory=set)  # None: control bytes, which ones unknown


Odd = tuple[str, bytes | None, list[tuple[int, str]], np.ndarray | None, int | None]


def odd_characters(text: str) -> Odd | None:
    """(codec, GB2312 or Big5 bytes, characters outside that codec, the repertoire table's
    entries for the text and the OR of them when it was looked up), or None when there are
    too many.

    The last answer is kept: the codec choice (detect.plausible) and the probe ask about
    the same text one after the other.
    """
    last = getattr(_state, "last", None)
    if last is not None and last[0] is text:
        return last[1]
    found = _odd_characters(text, _PROBE_CODECS)
    _state.last = (text, found)
    return found


def _odd_characters(text: str, codecs: tuple[str, ...]) -> Odd | None:
    """Without encoded bytes when the repertoire table answers: then the text holds no
    control character and no U+3000 either."""
    bits, marks = None, None
    if len(text) >= repertoire.MIN_LENGTH:
        bits = repertoire.lookup(text, _HARMLESS, STRAY_ASCII)
        marks = repertoire.any_bits(bits)
        for codec, bit in zip(codecs, (repertoire.OUTSIDE_GB2312, repertoire.OUTSIDE_BIG5)):
            if not marks & bit:
                return codec, None, [], bits, marks
    for codec in codecs:  # the strict encoder is twice as fast as one with a handler
        try:
            return codec, text.encode(codec), [], bits, marks
        except UnicodeEncodeError:
            pass
    for codec in codecs:
        _state.found = []
        try:
            return codec, text.encode(codec, "yilian.probe"), _state.found, bits, marks
        except _TooMany:
            continue
    return None


def probe(text: str, raw: bytes | None = None, utf8: bool = False) -> Probe:
    """What the text needs; cheap when the answer is "nothing".

    `raw` is the page's own bytes when the text is their plain decoding with an
    ASCII-compatible codec: the ASCII markers ('?', '(', '<rt') are then found with memchr
    on the bytes, ten times faster than on the text (in GBK and Big5 no byte below 0x40
    is ever part of a two-byte character, so they cannot be misread). When `raw` is UTF-8
    and the page has odd characters, a Chinese character, one stray ASCII letter, a
    Chinese character is looked for too: Traditional text read out of step
    re-synchronises that fast ("成員" -> "蓡T").
    """
    result = Probe()
    needs = result.needs
    odd = odd_characters(text)
    _state.last = None  # do not keep a page alive after its probe
    marks = odd[4] if odd is not None else None
    question = (b"?" in raw) if raw is not None else ("?" in text)
    if _may_have_readings(raw, utf8, marks) and (
        (((b"(" in raw) if raw is not None else ("(" in text)) and _READING_RE.search(text))
        or ("（" in text and _WIDE_READING_RE.search(text))
        or (question and _LOST_READING_RE.search(text))
        or _RUBY_RE.search(text)
    ):
        needs.add(PINYIN)
    if question:
        lost = [m.start() for m in _LOST_RE.finditer(text)]
        if lost:
            needs.update((DAMAGE, MOJIBAKE))  # "??科" is damage, and often out-of-step garbage
            result.hot += lost
    if _has_damage_marks(text, marks):
        needs.add(DAMAGE)
    bits = None
    if odd is None:
        found = [(m.start(), m.group()) for m in _unusual_re().finditer(text)]
    else:
        _, encoded, found, bits, _ = odd
        if encoded is None:
            pass  # the repertoire table vouched for the text: no control character, no U+3000
        elif encoded.translate(None, _NOT_CONTROL):
            needs.add(INVISIBLE)
            result.invisible = None
        elif text.find("\u3000") >= 0:  # (twice as fast as `in` for a character whose low byte is 0)
            needs.add(INVISIBLE)
            result.invisible.add("\u3000")  # type: ignore[union-attr]
    if found:
        _classify(found, result)
    # GB2312 text read out of step leaves characters outside GB2312 (found); Traditional text
    # can stay inside Big5 with only a stray letter to show for it (not on Simplified pages)
    traditional = odd is not None and odd[0] == _PROBE_CODECS[1]
    if (found or traditional) and utf8 and raw is not None and _has_stray(text, bits):
        stray = [m.start() for m in _STRAY_RE.finditer(text)]
        if stray:
            needs.add(MOJIBAKE)
            result.hot += stray
    result.hot.sort()
    return result


def _may_have_readings(raw: bytes | None, utf8: bool, marks: int | None) -> bool:
    """Pinyin readings need tone marks: in UTF-8 their lead bytes (C3, C4, C5, C7), which
    the repertoire table marks (`marks`: the OR of the text's entries), or else memchr
    finds, far cheaper than the three reading patterns."""
    if not utf8 or raw is None:
        return True
    if marks is not None:
        return bool(marks & repertoire.TONE_LEAD)
    return b"\xc3" in raw or b"\xc4" in raw or b"\xc5" in raw or b"\xc7" in raw


def _has_damage_marks(text: str, marks: int | None) -> bool:
    """锟, 烫烫 or 屯屯: what lost bytes became before the page reached us. The table's
    DAMAGE_MARK says when none of the three characters is there at all."""
    if marks is not None and not marks & repertoire.DAMAGE_MARK:
        return False
    # one-character searches first: a two-character search is ten times slower on CJK text
    return "锟" in text or ("烫" in text and "烫烫" in text) or ("屯" in text and "屯屯" in text)


def _has_stray(text: str, bits: np.ndarray | None) -> bool:
    """Whether _STRAY_RE matches, answered on the repertoire table's entries (looked up
    here for a text too short to have had them): the regex itself is 15x slower."""
    if bits is None:
        bits = repertoire.lookup(text, _HARMLESS, STRAY_ASCII)
    return repertoire.stray_between_han(bits)


def _classify(found: list[tuple[int, str]], result: Probe) -> None:
    garble: list[int] = []
    for pos, ch in found:
        if ch in _INVISIBLE:
            result.needs.add(INVISIBLE)
            if result.invisible is not None:
                result.invisible.add(ch)
        elif ch == "\ufffd":
            result.needs.add(DAMAGE)
            garble.append(pos)
        elif "\ue000" <= ch <= "\uf8ff":  # private use: only a misreading puts GBK's user area in text
            result.hot.append(pos)
        elif ch not in _HARMLESS and not _is_common_cjk(ch):
            garble.append(pos)
    for a, b in zip(garble, garble[1:]):
        if b - a <= _NEAR:
            result.hot += (a, b)
    if result.hot:
        result.needs.add(MOJIBAKE)


def _is_common_cjk(ch: str) -> bool:
    """A frequent character outside the probe codec (閱 on a GB2312 page) is no signature."""
    from yilian.clean.decoding.langmodel import CJK_RE, model

    return bool(CJK_RE.match(ch)) and not model().rare_re.match(ch)


_UNUSUAL: list[re.Pattern[str]] = []


def _unusual_re() -> re.Pattern[str]:
    """Anything but ASCII, ordinary punctuation and the model's common characters."""
    if not _UNUSUAL:
        from yilian.clean.decoding.langmodel import common_class_body

        usual = "\\t\\n\\r\\x20-\\x7e\u3001-\u303f\uff01-\uff5e\uffe0-\uffe5\u2010-\u2027\u2030-\u203b\u00b0\u00b1\u00b7\u00d7\u00f7\u2103\u2116\u2460-\u2473"
        _UNUSUAL.append(re.compile(f"[^{usual}{common_class_body()}]"))
    return _UNUSUAL[0]
