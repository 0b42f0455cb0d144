"""The whole cleaning chain as one call, shared by the crawl, `yilian extract` and re-indexing."""

from __future__ import annotations

from dataclasses import replace

from yilian.clean.decode import decode
from yilian.clean.dedup import fingerprint
from yilian.clean.enrich import enrich
from yilian.clean.extract import SiteNames, extract
from yilian.clean.normalize import normalize
from yilian.clean.plaintext import as_html, is_plain_text, looks_like_html
from yilian.records import Article, RawPage
from yilian.sources import Source


def clean_page(page: RawPage, source: Source | None = None, site: SiteNames | None = None) -> Article:
    """``source`` brings its extract selectors and its place; ``site`` is what the source's earlier pages
    taught about its site name (kept by the caller, one per source)."""
    rules = source.extract_rules if source is not None else None
    doc = decode(page)
    if is_plain_text(page.content_type) and not looks_like_html(doc.html):
        doc = replace(doc, html=as_html(doc.html))
    return fingerprint(enrich(normalize(extract(doc, rules, site)), source))
