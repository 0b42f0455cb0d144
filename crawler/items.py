"""What the spider hands the item pipelines: the page as fetched, and later the cleaned article."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from yilian.records import Article


@dataclass
class PageItem:
    source_id: str
    url: str
    status: int
    content_type: str | None
    body: bytes
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    listed_title: str | None = None  # the title the list page showed for it
    article: Article | None = field(default=None, repr=False)
    document: dict | None = field(default=None, repr=False)  # the article's index document, built by the cleaning worker
    fingerprint: str | None = None  # of the cleaned content (yilian.crawlstate.content_fingerprint)
    unchanged: bool = False  # cleaned content as last indexed: nothing to write
    archived: bool = False  # read back from this run's WARC (a resumed crawl): not written there again
