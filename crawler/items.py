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
    article: Article | None = field(default=None, repr=False)
