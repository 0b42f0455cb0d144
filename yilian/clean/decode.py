"""Decode stage: page bytes -> Unicode HTML, with every decision and repair recorded.

Order: binary/empty check, BOM, declarations (HTTP header, then <meta>/XML) trusted only
when the bytes decode cleanly under them and read like Chinese, else detection; a page
mixing UTF-8 and a legacy codec is decoded piece by piece. Then, on the text: character
references, one cheap probe (decoding/probe.py) that says which repairs could apply, and
only those: pinyin readings, mojibake repair around the clustered unusual characters,
restoring lost characters from the page, invisible characters, and finally locating what
is lost for good ("damaged"), including what a repair could not read right or only guessed
(decoding/doubt.py).

The fast path (declared codec decodes cleanly, the probe finds nothing) costs one strict
decode, one repertoire-table lookup per character (decoding/repertoire.py) and a few memchr/substring searches: about 3x a bare
bytes.decode (benchmarks/bench_decode.py). The repair path is time-boxed (mojibake.py).
"""

from __future__ import annotations

import logging

from yilian.clean.decoding import damage, detect, doubt, entities, mojibake
from yilian.clean.decoding.declared import codec_for, header_label, meta_label, sniff_bom
from yilian.clean.decoding.mixed import decode_mixed
from yilian.clean.decoding.probe import DAMAGE, INVISIBLE, MOJIBAKE, PINYIN, probe
from yilian.clean.decoding.restore import restore_lost
from yilian.clean.pinyin import strip_readings
from yilian.records import DecodedPage, EncodingReport, RawPage, Repair

log = logging.getLogger(__name__)


def decode(page: RawPage) -> DecodedPage:
    """Decode one fetched page; never raises on bad input, flags it instead."""
    body = page.body or b""
    report = EncodingReport(header=header_label(page.content_type), meta=meta_label(body))
    flags: list[str] = []
    if not body or body.isspace():
        return DecodedPage(page.url, "", report, ["empty"])
    if detect.binary_kind(body):
        report.used = "binary"
        return DecodedPage(page.url, "", report, ["binary"])
    text, raw = _decode_bytes(body, report, flags)
    html, spans = _repair_text(text, raw, report, flags)
    if spans:
        flags.append("damaged")
    if flags:
        log.debug("decoded with flags", extra={"url": page.url, "flags": flags, "used": report.used})
    return DecodedPage(page.url, html, report, flags, spans)


def _decode_bytes(body: bytes, report: EncodingReport, flags: list[str]) -> tuple[str, bytes | None]:
    """The text, and the bytes it was decoded from when their codec is ASCII-compatible."""
    bom = sniff_bom(body)
    if bom:
        report.used, report.confidence = bom[0], 1.0
        return body[bom[1] :].decode(bom[0], "replace"), body if bom[0] == "utf-8" else None
    if b"\x00" in body:  # (UTF-16 without a BOM shows as NULs)
        utf16 = detect.utf16_codec(body)
        if utf16:
            report.used, report.detected, report.confidence = utf16, utf16, 0.9
            return body.decode(utf16, "replace"), None
        flags.append("nul_bytes")
        body = body.replace(b"\x00", b"")
    codec, text = _choose(body, report, flags)
    if codec in ("gb18030", "big5hkscs") and detect.utf8_cjk_count(detect.sample(body)) >= 2:
        mixed, n_utf8, n_legacy = decode_mixed(body, codec)
        if n_utf8 and n_legacy:
            flags.append("mixed_encoding")
            report.repairs.append(Repair("mixed_encoding", "page", codec, f"utf-8 in {n_utf8} of {n_utf8 + n_legacy} pieces"))
            return mixed, body
    if text is None:
        if "truncated" not in flags:
            flags.append("undecodable")
        text = body.decode(codec, "replace")
    return text, body


def _choose(body: bytes, report: EncodingReport, flags: list[str]) -> tuple[str, str | None]:
    """The codec for the page (a declaration the bytes bear out, else detection), and the
    text when the bytes decode cleanly under it."""
    declared = [codec_for(label) for label in (report.header, report.meta) if label]
    if None in declared:
        flags.append("unknown_charset_label")
    as_utf8, utf8_cut = detect.strict_decode(body, "utf-8")
    for i, codec in enumerate(filter(None, declared)):
        if i and codec != declared[0]:
            flags.append("declared_wrong")  # the header named another codec than the one that holds
        if codec == "utf-8" and as_utf8 is not None:
            return _use(report, codec, 1.0, utf8_cut, flags), as_utf8
        if codec in ("utf-8", "cp1252") or (as_utf8 is not None and not body.isascii()):
            continue  # a legacy label on valid UTF-8 Chinese is a template default, not the truth
        text, cut = detect.strict_decode(body, codec)
        if text is not None and detect.plausible(text):
            return _use(report, codec, 0.95, cut, flags), text
    if declared and "declared_wrong" not in flags:
        flags.append("declared_wrong")
    if as_utf8 is not None:
        report.detected = "utf-8"
        return _use(report, "utf-8", 0.99 if not body.isascii() else 1.0, utf8_cut, flags), as_utf8
    codec, confidence = detect.detect(body)
    report.detected = codec
    text, cut = detect.strict_decode(body, codec)
    return _use(report, codec, confidence, cut, flags), text


def _use(report: EncodingReport, codec: str, confidence: float, cut: bool, flags: list[str]) -> str:
    report.used, report.confidence = codec, confidence
    if cut:
        flags.append("truncated")
    return codec


def _repair_text(text: str, raw: bytes | None, report: EncodingReport, flags: list[str]) -> tuple[str, list[dict]]:
    """Apply the repairs the probe says could apply; return the text and its damaged spans.

    (References to ASCII characters are not looked for in `raw`: &#40; for a pinyin
    parenthesis or &#63; for a lost character do not occur in practice.)
    """
    if (b"&" in raw) if raw is not None else ("&" in text):
        text = entities.decode_references(text)
    found = probe(text, raw, report.used == "utf-8")
    needs = found.needs
    if not needs:
        return text, []
    doubtful: list[dict] = []
    if PINYIN in needs:
        text, n = strip_readings(text)
        if n:
            flags.append("pinyin_removed")
            report.repairs.append(Repair("pinyin_reading", "page", f"{n} readings", "removed"))
            found = probe(text)  # offsets moved
            needs |= found.needs
    if MOJIBAKE in needs:
        text, repairs, finished = mojibake.repair_mojibake(text, found.hot)
        if repairs:
            report.repairs += repairs
            flags.append("mojibake_repaired")
            needs.add(DAMAGE)  # bytes lost in the misreading show as "?"
        if not finished:
            flags.append("repair_incomplete")
        doubtful = doubt.in_repairs(text, repairs)
        repaired = text
        # only gaps left inside a repaired stretch are filled from the page: "??" that came
        # with the page between intact text is damage at the source, flagged, not guessed
        spans = [(int(r.where), int(r.where) + len(r.after)) for r in repairs]
        gaps = [
            (s["start"], s["end"])
            for s in damage.find_damage(text)
            if s["kind"] == "lost_chars" and any(a <= s["start"] and s["end"] <= b for a, b in spans)
        ]
        if gaps:
            text, restored = restore_lost(text, gaps)
            report.repairs += restored
        if repairs and PINYIN in needs:
            text, n = strip_readings(text)  # readings of characters the repair gave back ("漆t(yī)" -> "醫(yī)")
            if n:
                report.repairs.append(Repair("pinyin_reading", "page", f"{n} readings", "removed"))
    if INVISIBLE in needs:
        text = entities.clean_invisible(text, found.invisible)
    lost = damage.find_damage(text) if DAMAGE in needs else []
    if MOJIBAKE in needs:  # what the repair could not read right is lost too, not recovered
        doubtful = (doubt.relocate(doubtful, repaired, text) if doubtful else []) + doubt.on_page(text)
        lost = doubt.merge(lost, doubtful)
    return text, lost
