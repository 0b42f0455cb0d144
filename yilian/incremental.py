"""Incremental crawling decisions, as pure functions of what the last crawls left (yilian.crawlstate).

An article already indexed is not fetched again until its source's re-check window has passed, or
sooner when the list shows it under another title; then it is asked for conditionally (ETag,
Last-Modified), so an unchanged page costs a 304. A list stops paging at a page whose articles are
all known, once the source's list has been walked to its end at least once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum

from yilian.crawlstate import Known


class Plan(str, Enum):
    NEW = "new"  # never fetched: fetch
    RECHECK = "recheck"  # known, due again: fetch conditionally
    SKIP = "skip"  # known and fresh: no request


def plan_article(known: Known | None, listed_title: str | None, now: datetime, recheck_days: int,
                 full: bool = False) -> Plan:
    if known is None:
        return Plan.NEW
    if full or known.last_fetched is None or now - known.last_fetched >= timedelta(days=recheck_days):
        return Plan.RECHECK
    if listed_title and known.title and listed_title != known.title:
        return Plan.RECHECK  # the list shows it changed
    return Plan.SKIP


def conditional_headers(known: Known | None) -> dict[str, str]:
    headers = {}
    if known is not None and known.etag:
        headers["If-None-Match"] = known.etag
    if known is not None and known.last_modified:
        headers["If-Modified-Since"] = known.last_modified
    return headers


def keep_paging(listed: list[str], known: set[str] | dict, walked_to_end: bool, full: bool = False) -> bool:
    """Follow the next page unless this one holds only articles already known (and the list was once
    walked to its end, so nothing older is missing)."""
    if full or not walked_to_end:
        return True
    return any(url not in known for url in listed)
