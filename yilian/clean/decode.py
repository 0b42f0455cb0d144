"""Decode stage: page bytes -> Unicode HTML, with every decision and repair recorded.

Bytes: binary/empty check, BOM, UTF-16 without one, declarations (HTTP header, then
<meta>/XML) trusted only when the bytes decode cleanly under them and read like Chinese,
else detection; stretches the chosen codec cannot explain are decoded with the codec that
can (decoding/mixed.py). Text: character references (decoding/entities.py), pinyin
readings (pinyin.py), then the repair of text misread before it reached us
(decoding/repair.py: a bounded search over codec chains, kept only when the general score
says so), invisible characters, and the marks of text lost for good (decoding/damage.py).

The fast path (the codec decodes every byte, no suspect character cluster, no '?' beside
a Han character, no mark of loss) costs one decode, one table lookup per character
(decoding/charclass.py) and a few substring searches (benchmarks/bench_decode.py).
Every stage returns what it did; nothing here keeps state between pages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np

from yilian.clean.decoding import charclass as cc
from yilian.clean.decoding import damage, detect, entities, repair
from yilian.clean.decoding.declared import codec_for, header_label, meta_label, sniff_bom
from yilian.clean.decoding.mixed import decode_spans
from yilian.clean.decoding.vocabulary import DOUBLE_ESCAPED, GUESSED, MISREAD, MIXED, PINYIN
from yilian.clean.pinyin import strip_readings
from yilian.records import DecodedPage, EncodingReport, RawPage, Repair

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Bytes:
    text: str
    flags: list[str] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    hot: list[int] = field(default_factory=list)  # offsets of U+FFFD written for undecodable bytes


def decode(page: RawPage) -> DecodedPage:
    """Decode one fetched page; never raises on any bytes, flags instead."""
    body = page.body or b""
    report = EncodingReport(header=header_label(page.content_type), meta=meta_label(body))
    if not body or body.isspace():
        return DecodedPage(page.url, "", report, ["empty"])
    if detect.binary_kind(body):
        report.used = "binary"
        return DecodedPage(page.url, "", report, ["binary"])
    got = _decode_bytes(body, report)
    report.repairs += got.repairs
    html, repairs, spans, flags = _repair_text(got.text, got.hot)
    report.repairs += repairs
    flags = got.flags + flags
    if spans:
        flags.append("damaged")
    if flags:
        log.debug("decoded with flags", extra={"url": page.url, "flags": flags, "used": report.used})
    return DecodedPage(page.url, html, report, flags, spans)


def _decode_bytes(body: bytes, report: EncodingReport) -> _Bytes:
    bom = sniff_bom(body)
    if bom:
        report.used, report.confidence = bom[0], 1.0
        return _spans(body[bom[1] :], bom[0], [])
    declared = [codec_for(label) for label in (report.header, report.meta) if label]
    utf16 = detect.utf16_codec(body) if body.find(b"\x00", 0, 4096) >= 0 or any(c and c.startswith("utf-16") for c in declared) else None
    if utf16:
        report.used, report.detected, report.confidence = utf16, utf16, 0.9
        return _Bytes(body[: len(body) // 2 * 2].decode(utf16, "replace"))
    flags: list[str] = []
    if b"\x00" in body:
        flags.append("nul_bytes")
        body = body.replace(b"\x00", b"")
    codec, clean = _choose(body, report, declared, flags)
    if _contradicted(body, declared, codec):
        flags.append("declared_wrong")
    if clean is not None and codec not in ("gb18030", "big5hkscs"):
        return _Bytes(clean, flags)
    if clean is not None and detect.utf8_cjk_count(detect.sample(body)) < 2:
        return _Bytes(clean, flags)
    return _spans(body, codec, flags)


def _spans(body: bytes, codec: str, flags: list[str]) -> _Bytes:
    """Decode with the page's codec, foreign stretches with theirs (decoding/mixed.py)."""
    got = decode_spans(body, codec)
    out = _Bytes(got.text, flags, hot=got.lost)
    if got.foreign:
        out.flags.append("mixed_encoding")
        pieces = ", ".join(f"{n} in {c}" for c, n in sorted(got.foreign.items()))
        out.repairs.append(Repair(MIXED, "page", codec, pieces))
    if got.lost and "truncated" not in flags:
        out.flags.append("undecodable")
    return out


def _choose(body: bytes, report: EncodingReport, declared: list[str | None], flags: list[str]) -> tuple[str, str | None]:
    """The codec for the page (a declaration the bytes bear out, else detection), and the
    text when the bytes decode cleanly under it."""
    if None in declared:
        flags.append("unknown_charset_label")
    as_utf8, utf8_cut = detect.strict_decode(body, "utf-8")
    for codec in filter(None, declared):
        if codec == "utf-8" and as_utf8 is not None:
            return _use(report, codec, 1.0, utf8_cut, flags), as_utf8
        if codec in ("utf-8", "cp1252") or codec.startswith("utf-16") or (as_utf8 is not None and not body.isascii()):
            continue  # a legacy label on valid UTF-8 Chinese is a template default, not the truth
        text, cut = detect.strict_decode(body, codec)
        if text is not None and detect.plausible(text):
            return _use(report, codec, 0.95, cut, flags), text
    if as_utf8 is not None:
        report.detected = "utf-8"
        return _use(report, "utf-8", 0.99 if not body.isascii() else 1.0, utf8_cut, flags), as_utf8
    codec, confidence = detect.detect(body)
    report.detected = codec
    if confidence <= detect.GENERAL_CONFIDENCE and "cp1252" in declared:
        codec = "cp1252"  # nothing reads as Chinese: a Latin page's own label beats a general guess
    text, cut = detect.strict_decode(body, codec)
    return _use(report, codec, confidence, cut, flags), text


def _contradicted(body: bytes, declared: list[str | None], used: str) -> bool:
    """A declared charset names another family than the codec the bytes hold. Labels are
    mapped to their family's codec (declared.py: GB2312 and GBK to GB18030, Big5 and cp950 to
    Big5-HKSCS, ASCII and ISO-8859-1 to windows-1252), so a GB2312 label on a page with GBK-only
    characters was right; a page all ASCII reads alike under every ASCII-compatible label."""
    for c in declared:  # (a plain loop: this runs on every page, the clean ones too)
        if c is not None and c != used and c != codec_for(used) and (c.startswith("utf-16") or not body.isascii()):
            return True
    return False


def _use(report: EncodingReport, codec: str, confidence: float, cut: bool, flags: list[str]) -> str:
    report.used, report.confidence = codec, confidence
    if cut:
        flags.append("truncated")
    return codec


def _repair_text(text: str, hot: list[int]) -> tuple[str, list[Repair], list[dict], list[str]]:
    """References, readings, misreadings, invisible characters and marks of loss: the
    text, the repairs made, the damaged spans (offsets in the text returned) and flags.
    Readings are looked for only where a tone-marked letter stands (a <rt> reading holds
    one too, and only tone-marked readings are removed)."""
    repairs: list[Repair] = []
    flags: list[str] = []
    if "&" in text:
        text, n_double = entities.decode_references(text)
        if n_double:
            repairs.append(Repair(DOUBLE_ESCAPED, "page", f"{n_double} references", "decoded twice"))
            flags.append("repaired")
    bits = cc.lookup(text)
    marks = int(np.bitwise_or.reduce(bits)) if bits.size else 0
    readings = 0
    if marks & cc.TONE:
        text, edits = strip_readings(text)
        if edits:
            readings += len(edits)
            bits, hot = cc.lookup(text), [_moved(p, edits) for p in hot]
    guessed: list[tuple[int, int]] = []
    doubts: list[tuple[int, int, str]] = []
    if marks & cc.SUSPECT or hot or "?" in text or cc.strays(text, bits):
        text, guessed, doubts = _misreadings(text, bits, hot, repairs, flags)
        if guessed or repairs:
            text, edits = strip_readings(text)  # readings of characters a repair gave back ("規guī)")
            readings += len(edits)
            guessed = [(_moved(a, edits), _moved(b, edits)) for a, b in guessed]
            doubts = [(_moved(a, edits), _moved(b, edits), r) for a, b, r in doubts]
    if readings:
        flags.append("pinyin_removed")
        repairs.append(Repair(PINYIN, "page", f"{readings} readings", "removed"))
    if marks & cc.INVISIBLE or guessed or doubts:
        text, edits = entities.clean_invisible(text)
        guessed = [(_moved(a, edits), _moved(b, edits)) for a, b in guessed]
        doubts = [(_moved(a, edits), _moved(b, edits), r) for a, b, r in doubts]
    has_marks = bool(marks & cc.DAMAGE_MARK) or bool(guessed)
    spans = damage.find_damage(text, has_marks) if has_marks or "?" in text else []
    if guessed or doubts:
        found = [{"kind": GUESSED, "start": a, "end": b, "text": text[a:b]} for a, b in guessed if b > a]
        found += [{"kind": MISREAD, "start": a, "end": b, "text": text[a:b]} | ({"reading": r} if r else {}) for a, b, r in doubts if b > a]
        spans = damage.merge(text, spans, sorted(found, key=lambda s: s["start"]))
    return text, repairs, damage.widen(text, damage.join_close(text, spans) if len(spans) > 1 else spans), flags


def _misreadings(text: str, bits: np.ndarray, hot: list[int], repairs: list[Repair], flags: list[str]) -> tuple[str, list[tuple[int, int]], list[tuple[int, int, str]]]:
    """The codec-chain repair (decoding/repair.py): the text, its guessed spans and the
    stretches doubted (left as they stand); the repairs and flags it made are added to the
    stage's own."""
    where = repair.places(text, bits, hot)
    if not where and not cc.strays(text, bits) and not ("?" in text and repair.lone_marks(text)):
        return text, [], []
    result = repair.search(text, where, repair.budget_for(text), bits)
    if not result.finished:
        flags.append("repair_incomplete")
    if not result.fixes:
        return text, [], result.doubts
    text, placed, guessed, doubts = repair.apply(text, result.fixes, result.doubts)
    for fix, at in placed:
        repairs.append(Repair(fix.kind, str(at), fix.before, fix.reading.text, chain=fix.chain_text, certain=not fix.reading.guessed))
    flags.append("mojibake_repaired")
    if any(not fix.reading.guessed for fix, _ in placed) and "repaired" not in flags:
        flags.append("repaired")
    return text, guessed, doubts


def _moved(offset: int, edits: list[tuple[int, int, int]]) -> int:
    """Where an offset is after `edits` (start, end, new length; in order, offsets before them)."""
    shift = 0
    for start, end, new in edits:
        if start >= offset:
            break
        shift += new - (end - start) if end <= offset else new - (offset - start)
    return offset + shift
