"""What the page says about its own encoding: BOM, HTTP header, <meta>, XML declaration.

Labels are mapped to the codec that actually decodes what sites send under them:
the GB family to gb18030 (GB2312 pages routinely contain 镕, 堃, 喆, 珺), Big5 to
big5hkscs (a superset with the Hong Kong and cp950 additions). An unknown or
misspelt label maps to None and the page goes to detection; nothing here raises.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "xgbk": "gb18030",
    "gbk2312": "gb18030",
    "gb231280": "gb18030",
    "euccn": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "hz": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "xxbig5": "big5hkscs",
    "cnbig5": "big5hkscs",
    "csbig5": "big5hkscs",
    "utf8": "utf-8",
    "utf8mb4": "utf-8",
    "utf8mb3": "utf-8",
    "unicode11utf8": "utf-8",
    "xunicode20utf8": "utf-8",
    "utf16": "utf-16",
    "unicode": "utf-16",
    "utf16le": "utf-16-le",
    "utf16be": "utf-16-be",
    # Latin-1 labels come from CMS defaults, not from the page: treat like windows-1252 (WHATWG).
    "iso88591": "cp1252",
    "latin1": "cp1252",
    "usascii": "cp1252",
    "ascii": "cp1252",
    "windows1252": "cp1252",
    "cp1252": "cp1252",
}

_HEAD = 4096
_META_RE = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""",
    re.IGNORECASE,
)
_LABEL_AFTER_RE = re.compile(rb"""\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""")  # what follows "charset"
_XML_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE)
_CT_RE = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE)


def sniff_bom(body: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when the body starts with a byte-order mark."""
    if body[:1] not in (b"\xef", b"\xff", b"\xfe", b"\x00"):
        return None
    for bom, codec in BOMS:
        if body.startswith(bom):
            return codec, len(bom)
    return None


@lru_cache(maxsize=256)
def header_label(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type, as written."""
    if not content_type:
        return None
    m = _CT_RE.search(content_type)
    return m.group(1).strip().lower() if m else None


def meta_label(body: bytes) -> str | None:
    """The charset named by the XML declaration or the first <meta> in the head."""
    m = _XML_RE.match(body[:_HEAD]) if body.find(b"<?xml", 0, 64) >= 0 else None
    if m is None:  # searched in place (no copy of the head): charset, Charset, then CHARSET
        at = body.find(b"harset", 0, _HEAD)
        if at < 0:
            at = body.find(b"HARSET", 0, _HEAD)
        m = _meta_at(body, at) if at > 0 else None
    return m.group(1).decode("ascii").lower() if m else None  # (the label pattern is ASCII, no spaces)


def _meta_at(body: bytes, at: int) -> re.Match[bytes] | None:
    """The label after the "charset" found at `at`: read in place when it sits in a <meta>
    tag (the usual case, a quarter of the regex's cost), else the regex from that tag on."""
    lt = body.rfind(b"<", 0, at)
    if body[lt + 1 : lt + 5].lower() == b"meta" and body.find(b">", lt, at) < 0:
        m = _LABEL_AFTER_RE.match(body, at + 6)
        if m is not None:
            return m
    return _META_RE.search(body, lt, _HEAD)


@lru_cache(maxsize=256)
def codec_for(label: str | None) -> str | None:
    """Map a charset label to a Python codec name, or None when it is unknown."""
    if not label:
        return None
    key = re.sub(r"[^a-z0-9]", "", label.lower())
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _ALIASES.get(re.sub(r"[^a-z0-9]", "", name), name)
