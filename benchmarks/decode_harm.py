"""Do-no-harm of the decode stage: does a page come out with the text it holds?

"Page changed": the visible text and <title> of the decode output differ from those of the
page's own bytes strictly decoded under its true encoding, both parsed by lxml the same
way, after the normalisations the decode stage documents as harmless (README, "Decoding"):
character references read as a browser reads them, invisible characters (zero-width,
soft hyphen, BOM, C0/C1 controls) dropped, NBSP, ideographic, thin spaces and GBK's
0xA3A0 (U+E5E5) as spaces, whitespace runs as one space. Text in <script> and <style> is
not visible and not compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

from yilian.clean.decode import decode
from yilian.records import DecodedPage, RawPage

TRUE_CODEC = {"utf-8": "utf-8", "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5hkscs"}
_INVISIBLE_RE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES_RE = re.compile("[\u00a0\u3000\u2002\u2003\u2009\u202f\ue5e5\\s]+")


def view(page_html: str) -> str:
    """The <title> and visible body text of a page, normalised as above."""
    if not page_html.strip():
        return ""
    try:
        doc = lxml.html.document_fromstring(page_html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    title = " ".join(doc.xpath("//title//text()"))
    body = " ".join(doc.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    return _SPACES_RE.sub(" ", _INVISIBLE_RE.sub("", title + "\n" + body)).strip()


@dataclass(frozen=True, slots=True)
class Harm:
    page_id: str
    changed: bool
    damaged: bool
    repaired: bool
    decoded: DecodedPage


def judge(page_id: str, body: bytes, url: str, true_encoding: str) -> Harm:
    decoded = decode(RawPage(body, url, None))
    reference = body.decode(TRUE_CODEC[true_encoding], "replace")
    changed = view(reference) != view(decoded.html)
    return Harm(page_id, changed, "damaged" in decoded.flags, bool(decoded.encoding.repairs), decoded)
