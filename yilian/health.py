"""Health of each source, computed from the per-source figures every crawl leaves (yilian.crawlstate).

A run of a source failed when no list page came back; it is "empty" when list pages came back but
held no article link (a template change). A source has gone silent when its last new article is
older than several times its usual interval between new articles, or its last run was empty.
"""

from __future__ import annotations

import statistics
from datetime import datetime, timedelta
from typing import Any

# Request failures by kind, as operators tell them apart: blocked, throttled, server down, slow, refused by robots.txt.
ERROR_KINDS = ("http_403", "http_404", "http_429", "http_4xx", "http_5xx", "timeout", "connection", "robots", "other")
SILENT_FACTOR = 4  # "several times its usual interval"
MIN_SILENT_DAYS = 7  # sources that publish daily are not called silent after a quiet weekend


def status_kind(status: int) -> str | None:
    """The error kind of an HTTP status, None for success and 304."""
    if status < 400:
        return None
    if status in (403, 404, 429):
        return f"http_{status}"
    return "http_5xx" if status >= 500 else "http_4xx"


def failure_kind(exception_name: str, message: str) -> str:
    """The error kind of a request that got no response (Twisted/Scrapy exception class name and text)."""
    name = exception_name.lower()
    if "ignorerequest" in name and "robots" in message.lower():
        return "robots"
    if "timeout" in name or "timedout" in name:
        return "timeout"
    if any(word in name for word in ("dns", "connection", "refused", "responsenever", "lost")):
        return "connection"
    return "other"


def run_outcome(figures: dict[str, Any]) -> str:
    """ok, empty (list pages but no article link: a template change) or failed (no list page at all)."""
    listed_pages = figures.get("list_pages", 0) + figures.get("not_modified_list", 0)
    if listed_pages == 0:
        return "failed"
    if figures.get("list_pages", 0) and not figures.get("articles_listed", 0):
        return "empty"
    return "ok"


def source_health(runs: list[dict[str, Any]], now: datetime) -> dict[str, Any]:
    """Health from a source's runs, newest first (rows of CrawlState.source_runs)."""
    if not runs:
        return {"state": "never_crawled", "last_run": None, "last_success": None, "consecutive_failures": 0,
                "errors": {}, "articles_per_run": [], "silent": False, "silent_reason": None}
    failures = 0
    for run in runs:
        if run["outcome"] != "failed":
            break
        failures += 1
    success = next((r for r in runs if r["outcome"] == "ok"), None)
    last = runs[0]
    errors = {k: v for k, v in last["figures"].items() if k in ERROR_KINDS and v}
    silent, reason = _silent(runs, now)
    state = "failing" if failures else ("silent" if silent else ("degraded" if errors else "ok"))
    return {
        "state": state,
        "last_run": last["finished_at"],
        "last_outcome": last["outcome"],
        "last_success": success["finished_at"] if success else None,
        "consecutive_failures": failures,
        "errors": errors,
        "articles_per_run": [r["figures"].get("articles_listed", 0) for r in runs[:10]],
        "new_articles_per_run": [r["figures"].get("articles_new", 0) for r in runs[:10]],
        "silent": silent,
        "silent_reason": reason,
    }


def _silent(runs: list[dict[str, Any]], now: datetime) -> tuple[bool, str | None]:
    if runs[0]["outcome"] == "empty":
        return True, "list page found but 0 article links (template change?)"
    with_new = sorted(datetime.fromisoformat(r["finished_at"]) for r in runs if r["figures"].get("articles_new", 0))
    if len(with_new) < 3:
        return False, None  # too little history to know its rhythm
    usual = statistics.median(b - a for a, b in zip(with_new, with_new[1:]))
    quiet = now - with_new[-1]
    limit = max(usual * SILENT_FACTOR, timedelta(days=MIN_SILENT_DAYS))
    if quiet > limit:
        return True, f"no new article for {quiet.days} days (usually every {max(usual.days, 1)})"
    return False, None
