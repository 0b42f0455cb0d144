"""Documents for a rebuild: the archived raw pages cleaned again by the current stages.

This is how improved decoding or extraction reaches pages crawled long ago, with no request
sent to any site.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from indexer.document import to_document
from yilian.archive import latest_pages
from yilian.clean.extract import SiteNames
from yilian.clean.pipeline import clean_page
from yilian.records import RawPage
from yilian.sources import Source


def archived_documents(archive_dir: Path, sources: dict[str, Source],
                       on_page: Callable[[str, bool], None] | None = None) -> Iterator[dict[str, Any]]:
    """One index document per archived article page (newest capture per URL); non-articles skipped."""
    sites: dict[str, SiteNames] = {}  # per source, as in a crawl: the site name its <title>s repeat
    for page in latest_pages(archive_dir):
        site = sites.setdefault(page.source_id or "", SiteNames())
        article = clean_page(RawPage(page.body, page.url, page.content_type), sources.get(page.source_id or ""), site)
        if on_page:
            on_page(page.url, article.is_article)
        if article.is_article:
            yield to_document(article, sources.get(page.source_id or ""), page.fetched_at)
