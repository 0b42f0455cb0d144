"""Decode stage: page bytes -> Unicode HTML, with every decision and repair recorded.

Order: binary/empty check, BOM, declarations (HTTP header, then <meta>/XML) trusted only
when the bytes decode cleanly under them and read like Chinese, else detection; a page
mixing UTF-8 and a legacy codec is decoded piece by piece. Then, on the text: character
references, mojibake repair, restoring lost characters from the page, pinyin readings,
invisible characters, and finally locating what is lost for good ("damaged").

The fast path (declared codec decodes cleanly, no signature of anything to repair) costs
a strict decode and a few regex scans.
"""

from __future__ import annotations

import logging

from yilian.clean.decoding import damage, detect, entities, mojibake
from yilian.clean.decoding.declared import codec_for, header_label, meta_label, sniff_bom
from yilian.clean.decoding.mixed import decode_mixed
from yilian.clean.decoding.restore import restore_lost
from yilian.clean.pinyin import TRIGGER_RE as PINYIN_TRIGGER_RE
from yilian.clean.pinyin import strip_readings
from yilian.records import DecodedPage, EncodingReport, RawPage, Repair

log = logging.getLogger(__name__)

_MAX_REPAIR_CHARS = 2_000_000  # beyond this the (slower) repair pass looks at the head only


def decode(page: RawPage) -> DecodedPage:
    """Decode one fetched page; never raises on bad input, flags it instead."""
    body = page.body or b""
    report = EncodingReport(header=header_label(page.content_type), meta=meta_label(body))
    flags: list[str] = []
    if not body.strip():
        return DecodedPage(page.url, "", report, ["empty"])
    if detect.binary_kind(body):
        report.used = "binary"
        return DecodedPage(page.url, "", report, ["binary"])
    text = _decode_bytes(body, report, flags)
    html = _repair_text(text, report, flags)
    spans = damage.find_damage(html) if damage.TRIGGER_RE.search(html) else []
    if spans:
        flags.append("damaged")
    if flags:
        log.debug("decoded with flags", extra={"url": page.url, "flags": flags, "used": report.used})
    return DecodedPage(page.url, html, report, flags, spans)


def _decode_bytes(body: bytes, report: EncodingReport, flags: list[str]) -> str:
    bom = sniff_bom(body)
    if bom:
        report.used, report.confidence = bom[0], 1.0
        return body[bom[1] :].decode(bom[0], "replace")
    utf16 = detect.utf16_codec(body)
    if utf16:
        report.used, report.detected, report.confidence = utf16, utf16, 0.9
        return body.decode(utf16, "replace")
    if b"\x00" in body:
        flags.append("nul_bytes")
        body = body.replace(b"\x00", b"")
    codec = _choose(body, report, flags)
    if codec in ("gb18030", "big5hkscs") and detect.utf8_cjk_count(detect.sample(body)) >= 2:
        text, n_utf8, n_legacy = decode_mixed(body, codec)
        if n_utf8 and n_legacy:
            flags.append("mixed_encoding")
            report.repairs.append(Repair("mixed_encoding", "page", codec, f"utf-8 in {n_utf8} of {n_utf8 + n_legacy} pieces"))
            return text
    return _decode_whole(body, codec, flags)


def _choose(body: bytes, report: EncodingReport, flags: list[str]) -> str:
    """The codec for the page: a declaration the bytes bear out, else detection."""
    declared = [codec_for(label) for label in (report.header, report.meta) if label]
    if any(label and codec_for(label) is None for label in (report.header, report.meta)):
        flags.append("unknown_charset_label")
    utf8_ok, utf8_cut = detect.strict_ok(body, "utf-8")
    for i, codec in enumerate(filter(None, declared)):
        if i and codec != declared[0]:
            flags.append("declared_wrong")  # the header named another codec than the one that holds
        if codec == "utf-8" and utf8_ok:
            return _use(report, codec, 1.0, utf8_cut, flags)
        if codec in ("utf-8", "cp1252") or (utf8_ok and not body.isascii()):
            continue  # a legacy label on valid UTF-8 Chinese is a template default, not the truth
        ok, cut = detect.strict_ok(body, codec)
        if ok and detect.plausible(detect.sample(body).decode(codec, "replace")):
            return _use(report, codec, 0.95, cut, flags)
    if declared and "declared_wrong" not in flags:
        flags.append("declared_wrong")
    if utf8_ok:
        report.detected = "utf-8"
        return _use(report, "utf-8", 0.99 if not body.isascii() else 1.0, utf8_cut, flags)
    codec, confidence = detect.detect(body)
    report.detected = codec
    _, cut = detect.strict_ok(body, codec)
    return _use(report, codec, confidence, cut, flags)


def _use(report: EncodingReport, codec: str, confidence: float, cut: bool, flags: list[str]) -> str:
    report.used, report.confidence = codec, confidence
    if cut:
        flags.append("truncated")
    return codec


def _decode_whole(body: bytes, codec: str, flags: list[str]) -> str:
    try:
        return body.decode(codec)
    except UnicodeDecodeError:
        if "truncated" not in flags:
            flags.append("undecodable")
        return body.decode(codec, "replace")


def _repair_text(text: str, report: EncodingReport, flags: list[str]) -> str:
    if entities.TRIGGER_RE.search(text):
        text = entities.decode_references(text)
    if PINYIN_TRIGGER_RE.search(text):
        text, n = strip_readings(text)
        if n:
            flags.append("pinyin_removed")
            report.repairs.append(Repair("pinyin_reading", "page", f"{n} readings", "removed"))
    head, tail = text[:_MAX_REPAIR_CHARS], text[_MAX_REPAIR_CHARS:]
    if mojibake.has_signature(head):
        head, repairs = mojibake.repair_mojibake(head)
        if repairs:
            report.repairs += repairs
            flags.append("mojibake_repaired")
        gaps = [(s["start"], s["end"]) for s in damage.find_damage(head) if s["kind"] == "lost_chars"]
        if gaps:
            head, restored = restore_lost(head, gaps)
            report.repairs += restored
    text = head + tail
    if entities.TRIGGER_RE.search(text):
        text = entities.clean_invisible(text)
    return text
