"""Choosing a codec from the bytes: binary sniffing, strict trial decodes, language-model scoring.

General-purpose detectors (chardet, charset-normalizer, cchardet) guess among dozens of
codecs and confuse GBK with Big5 on short Chinese pages; benchmarks/bench_decode.py
measures them. Here only the codecs Chinese sites use are tried, and the reading that
scores best under the character model wins.
"""

from __future__ import annotations


import numpy as np

from yilian.clean.decoding import charclass as cc
from yilian.clean.decoding.langmodel import char_logprob

CANDIDATES = ("utf-8", "gb18030", "big5hkscs")
SAMPLE = 65536
_PLAUSIBLE_SAMPLE = 20000
_GENERAL_SAMPLE = 8192  # what charset-normalizer is shown of a page nothing here reads
_CLEAR_SHARE = 0.5  # a reading this much common Han (less the odd characters) reads as Chinese...
_CLEAR_MARGIN = 0.3  # ...and wins outright by this much over the next one
GENERAL_CONFIDENCE = 0.3  # the confidence of a general detector's guess: nothing read as Chinese
_SURELY_REAL = 0.05  # rare-character share of real news text is a few percent; misreadings 20%+
_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"RIFF", b"\xd0\xcf\x11\xe0", b"Rar!", b"7z\xbc\xaf")
# UTF-8 lead bytes of CJK ideographs -> "L", continuation bytes -> "C": two ideographs in a
# row are "LCCLCC", found by a plain substring count (a bytes regex is 50x slower)
_UTF8_SHAPE = bytes(ord("L") if 0xE4 <= b <= 0xE9 else ord("C") if 0x80 <= b <= 0xBF else ord(".") for b in range(256))


def binary_kind(body: bytes) -> str | None:
    """'binary' when the body is a file (PDF, image, archive) or mostly NUL, not text."""
    if body[:64].lstrip().startswith(_MAGIC):
        return "binary"
    if body.find(b"\x00", 0, 4096) < 0:
        return None
    head = body[:4096]
    if head.count(0) > len(head) // 4 and utf16_codec(body) is None:
        return "binary"
    return None


def utf16_codec(body: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII markup leaves a NUL in every other byte, on one side
    only (Han characters such as 一 U+4E00 put a few on the other side too), and the
    whole body decodes."""
    head = body[:4096]
    if len(head) < 8:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    if odd >= pairs * 0.1 and even * 4 <= odd:
        codec = "utf-16-le"
    elif even >= pairs * 0.1 and odd * 4 <= even:
        codec = "utf-16-be"
    else:
        return None
    try:
        body[: len(body) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


def sample(body: bytes) -> bytes:
    """The head of a page, cut at a markup boundary so no character is split."""
    if len(body) <= SAMPLE:
        return body
    cut = body.rfind(b"<", 0, SAMPLE)
    return body[: cut if cut > 0 else SAMPLE]


def strict_decode(data: bytes, codec: str) -> tuple[str | None, bool]:
    """(the text when the bytes decode cleanly, else None; whether the last character is cut off).

    A page cut inside its last character still decodes: without that character.
    """
    try:
        return data.decode(codec), False
    except UnicodeDecodeError as err:
        if err.start >= len(data) - 3 and err.reason.startswith(("unexpected end", "incomplete")):
            return data[: err.start].decode(codec, "replace"), True
        return None, False
    except LookupError:
        return None, False


def plausible(text: str) -> bool:
    """Reads like Chinese (or has too little Chinese to say otherwise).

    The share of suspect characters (charclass.SUSPECT) decides on a sample, and the
    character model where that share is in between.
    """
    head = text[:_PLAUSIBLE_SAMPLE]
    n_wide = len(head) - len(head.encode("ascii", "ignore"))  # CJK and punctuation, counted in C
    if n_wide < 10:
        return True
    suspect = int(((cc.lookup(head) & cc.SUSPECT) != 0).sum()) / n_wide
    return suspect < _SURELY_REAL or (suspect < 0.2 and char_logprob(head[:4000]) > -4.5)


def utf8_cjk_count(data: bytes) -> int:
    """How many pairs of UTF-8 encoded CJK characters the bytes hold."""
    return data.translate(_UTF8_SHAPE).count(b"LCCLCC")


def detect(body: bytes) -> tuple[str, float]:
    """The best-scoring candidate codec on a sample, with a confidence in [0, 1]: first by
    the share of common Han characters each reading holds against the odd ones (one table
    lookup per character), and where that is a close call by the character model."""
    data = sample(body)
    if data.isascii():
        return "utf-8", 1.0
    shares = sorted(((_common_share(data.decode(codec, "replace")), codec) for codec in CANDIDATES), reverse=True)
    if shares[0][0] >= _CLEAR_SHARE and shares[0][0] - shares[1][0] >= _CLEAR_MARGIN:
        return shares[0][1], round(min(1.0, 0.5 + (shares[0][0] - shares[1][0])), 3)
    scored = sorted(
        ((char_logprob(data.decode(codec, "replace")[:8000]), codec) for codec in CANDIDATES),
        reverse=True,
    )
    (best, codec), (second, _) = scored[0], scored[1]
    if best < -7.5:  # nothing reads like Chinese: let a general detector name it
        return _general(data), GENERAL_CONFIDENCE
    return codec, round(min(1.0, 0.5 + (best - second) / 4), 3)


def _common_share(text: str) -> float:
    """Common Han characters less twice the odd ones (charclass.SUSPECT, U+FFFD among
    them), as a share of the characters beyond ASCII."""
    bits = cc.lookup(text)
    wide = int(np.count_nonzero(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32) >= 0x80))
    if not wide:
        return 0.0
    common = int(np.count_nonzero((bits & (cc.HAN | cc.SUSPECT)) == cc.HAN))
    odd = int(np.count_nonzero(bits & cc.SUSPECT))
    return (common - 2 * odd) / wide


def _general(data: bytes) -> str:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:_GENERAL_SAMPLE]).best()
    return match.encoding if match else "cp1252"
