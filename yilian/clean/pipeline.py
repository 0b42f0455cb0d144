"""The whole cleaning chain as one call, shared by the crawl, `yilian extract` and re-indexing."""

from __future__ import annotations

from yilian.clean.decode import decode
from yilian.clean.dedup import fingerprint
from yilian.clean.enrich import enrich
from yilian.clean.extract import extract
from yilian.clean.normalize import normalize
from yilian.records import Article, RawPage
from yilian.sources import Source


def clean_page(page: RawPage, source: Source | None = None) -> Article:
    return fingerprint(enrich(normalize(extract(decode(page))), source))
