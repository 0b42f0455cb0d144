"""Documents for a rebuild: the archived raw pages cleaned again by the current stages.

This is how improved decoding or extraction reaches pages crawled long ago, with no request
sent to any site.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from indexer.document import clean_to_document
from yilian.archive import latest_pages
from yilian.clean.extract import SiteNames
from yilian.guard import Failure, Guard, learn, outcome
from yilian.records import RawPage
from yilian.sources import Source


def archived_documents(archive_dir: Path, sources: dict[str, Source],
                       on_page: Callable[[str, bool], None] | None = None,
                       on_failure: Callable[[str, str], None] | None = None) -> Iterator[dict[str, Any]]:
    """One index document per archived article page (newest capture per URL); non-articles skipped.

    Pages are cleaned behind yilian/guard.py, a few at once: one whose cleaning fails is reported to
    ``on_failure`` and left out, and the rebuild goes on."""
    sites: dict[str, SiteNames] = {}  # per source, as in a crawl: the site name its <title>s repeat
    with Guard() as guard:
        window: deque = deque()
        for page in latest_pages(archive_dir):
            site = sites.setdefault(page.source_id or "", SiteNames())
            raw = RawPage(page.body, page.url, page.content_type)
            # a snapshot: the worker gets the site as it is now, while this one keeps learning
            window.append((page, site, guard.submit(clean_to_document, raw, sources.get(page.source_id or ""),
                                                    site.snapshot(), page.fetched_at)))
            if len(window) > guard.in_flight:
                yield from _take(window.popleft(), on_page, on_failure)
        while window:
            yield from _take(window.popleft(), on_page, on_failure)


def _take(entry: tuple, on_page, on_failure) -> Iterator[dict[str, Any]]:
    page, site, (future, bound) = entry
    result = outcome(future, bound)
    if isinstance(result, Failure):
        if on_failure:
            on_failure(page.url, str(result))
        return
    article, document, counts, pages = result
    learn(site, counts, pages)
    if on_page:
        on_page(page.url, article.is_article)
    if document is not None:
        yield document
