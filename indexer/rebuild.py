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
from yilian.clean.pipeline import clean_page
from yilian.records import RawPage
from yilian.sources import Source


def archived_documents(archive_dir: Path, sources: dict[str, Source],
                       on_page: Callable[[str, bool], None] | None = None) -> Iterator[dict[str, Any]]:
    """One index document per archived article page (newest capture per URL); non-articles skipped."""
    for page in latest_pages(archive_dir):
        article = clean_page(RawPage(page.body, page.url, page.content_type), sources.get(page.source_id or ""))
        if on_page:
            on_page(page.url, article.is_article)
        if article.is_article:
            yield to_document(article, sources.get(page.source_id or ""), page.fetched_at)
