"""An Atom feed of a saved search, newest first: how a journalist follows a topic in a feed reader."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from xml.etree import ElementTree as ET

from search_api.models import SearchResponse

ATOM = "http://www.w3.org/2005/Atom"
# characters XML 1.0 does not allow anywhere in a document (its Char production), even escaped
XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Text a feed may carry: U+0000, other control characters, lone surrogates, U+FFFE/U+FFFF dropped."""
    return XML_FORBIDDEN.sub("", text)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {key: xml_text(value) for key, value in attrs.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def _stamp(day) -> str:
    return f"{day.isoformat()}T00:00:00Z" if day else datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def atom_feed(result: SearchResponse, title: str, self_url: str, site_url: str) -> bytes:
    """Atom 1.0 document for one page of date-sorted hits (entry ids are the article ids, stable across crawls)."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "title", title)
    _sub(feed, "id", self_url)
    _sub(feed, "link", rel="self", href=self_url)
    _sub(feed, "link", rel="alternate", href=site_url)
    _sub(feed, "updated", _stamp(max((h.published_at for h in result.hits if h.published_at), default=None)))
    _sub(_sub(feed, "author"), "name", "yilian 医联")
    for hit in result.hits:
        entry = _sub(feed, "entry")
        _sub(entry, "title", hit.title)
        _sub(entry, "id", f"urn:yilian:article:{hit.id}")
        _sub(entry, "link", rel="alternate", href=hit.url)
        _sub(entry, "updated", _stamp(hit.published_at))
        place = " ".join(p for p in (hit.province, hit.city, hit.county) if p)
        summary = " · ".join(p for p in (hit.source_name, place) if p)
        _sub(entry, "summary", summary)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
