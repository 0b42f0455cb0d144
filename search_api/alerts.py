"""Saved searches and their alerts: stored in Elasticsearch, checked after every crawl.

A saved search is a name, the search's parameters and where to send news (a webhook, e-mail
addresses). It remembers when it was saved: an announcement is *new* for it when the index first
saw it afterwards (``first_seen_at``, kept across re-crawls). Each new hit gets one delivery record
per channel, created with ``op_type=create`` under an id made of (search, article, channel), so
a hit is queued once however often the check runs; a record is marked ``sent`` when its message
was taken, else ``failed`` with the error and a time to try again (backoff), until
``max_attempts``. Operators see the failures at /api/alerts/deliveries.

Indices: ``<alias>-saved-searches`` and ``<alias>-deliveries``, plain indices created on first use.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlencode

from elasticsearch import ConflictError, Elasticsearch, NotFoundError
from elasticsearch.helpers import scan

from search_api.models import FilterParams
from search_api.queries import filtered_query
from yilian import notify
from yilian.settings import Settings

log = logging.getLogger(__name__)

KEYWORD = {"type": "keyword"}
DATE = {"type": "date"}
SEARCH_MAPPING = {"dynamic": "strict", "properties": {
    "id": KEYWORD, "name": {"type": "keyword"}, "params": {"type": "object", "enabled": False},
    "webhook": {"type": "object", "enabled": False}, "email": KEYWORD,
    "created_at": DATE, "last_checked_at": DATE,
}}
DELIVERY_MAPPING = {"dynamic": "strict", "properties": {
    "search_id": KEYWORD, "article_id": KEYWORD, "channel": KEYWORD, "status": KEYWORD, "attempts": {"type": "integer"},
    "last_error": {"type": "text", "index": False}, "title": {"type": "text", "index": False}, "created_at": DATE,
    "sent_at": DATE, "next_attempt_at": DATE,
}}
HIT_FIELDS = ["title", "url", "published_at", "source_name", "province", "city", "county", "first_seen_at"]
MESSAGE_HITS = 20  # hits per message; more new hits make several messages
OVERLAP = timedelta(hours=1)  # look back this far past the last check (documents become searchable after a refresh)
BACKOFF = (60, 300, 1800, 7200, 21600)  # seconds before attempt 2, 3, …


def searches_index(alias: str) -> str:
    return f"{alias}-saved-searches"


def deliveries_index(alias: str) -> str:
    return f"{alias}-deliveries"


def ensure_indices(es: Elasticsearch, alias: str) -> None:
    for name, mapping in ((searches_index(alias), SEARCH_MAPPING), (deliveries_index(alias), DELIVERY_MAPPING)):
        if not es.indices.exists(index=name):
            es.options(ignore_status=400).indices.create(  # 400: created meanwhile by another process
                index=name, settings={"number_of_shards": 1, "auto_expand_replicas": "0-1"}, mappings=mapping)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def save(es: Elasticsearch, alias: str, name: str, params: FilterParams, webhook: dict[str, str] | None,
         email: list[str], now: datetime | None = None) -> dict[str, Any]:
    """Store a search; only announcements the index first sees from now on will be sent."""
    ensure_indices(es, alias)
    moment = _iso(now or _now())
    doc = {"id": uuid.uuid4().hex[:16], "name": name, "params": params.model_dump(mode="json", exclude_defaults=True),
           "webhook": webhook, "email": email, "created_at": moment, "last_checked_at": moment}
    es.index(index=searches_index(alias), id=doc["id"], document=doc, refresh=True)
    return doc


def saved_searches(es: Elasticsearch, alias: str) -> list[dict[str, Any]]:
    try:
        hits = scan(es, index=searches_index(alias), query={"query": {"match_all": {}}, "sort": ["created_at"]},
                    preserve_order=True)
        return [hit["_source"] for hit in hits]
    except NotFoundError:
        return []


def delete(es: Elasticsearch, alias: str, search_id: str) -> bool:
    """refresh=True (here and in save): the saved-search index is tiny and seldom searched, and
    "wait_for" waits for a scheduled refresh, which a search-idle shard or a busy node delays
    (a DELETE once took 12.5 s in CI)."""
    try:
        es.delete(index=searches_index(alias), id=search_id, refresh=True)
    except NotFoundError:
        return False
    return True


def delivery_id(search_id: str, article_id: str, channel: str) -> str:
    return hashlib.sha1(f"{search_id}|{article_id}|{channel}".encode()).hexdigest()[:24]


def channels(search: dict[str, Any]) -> list[str]:
    return (["webhook"] if search.get("webhook") else []) + (["email"] if search.get("email") else [])


def new_hits(es: Elasticsearch, alias: str, search: dict[str, Any], since: str) -> list[dict[str, Any]]:
    """Announcements matching the search that the index first saw after ``since`` (and after it was saved)."""
    query = filtered_query(FilterParams(**search["params"]))
    after = max(since, search["created_at"])
    query["bool"].setdefault("filter", []).append({"range": {"first_seen_at": {"gt": after}}})
    hits = scan(es, index=alias, query={"query": query, "_source": HIT_FIELDS, "sort": ["first_seen_at"]}, preserve_order=True)
    return [{**hit["_source"], "id": hit["_id"]} for hit in hits]


def queue(es: Elasticsearch, alias: str, search: dict[str, Any], hits: list[dict[str, Any]], now: datetime) -> int:
    """One pending delivery per hit and channel, unless there is one already; how many were new."""
    created = 0
    for hit in hits:
        for channel in channels(search):
            record = {"search_id": search["id"], "article_id": hit["id"], "channel": channel, "status": "pending",
                      "attempts": 0, "title": hit.get("title") or "", "created_at": _iso(now), "next_attempt_at": _iso(now)}
            try:
                es.create(index=deliveries_index(alias), id=delivery_id(search["id"], hit["id"], channel), document=record)
                created += 1
            except ConflictError:
                pass  # queued by an earlier check: exactly once
    return created


def due(es: Elasticsearch, alias: str, now: datetime, max_attempts: int) -> list[dict[str, Any]]:
    es.indices.refresh(index=deliveries_index(alias))
    query = {"bool": {"filter": [
        {"terms": {"status": ["pending", "failed"]}},
        {"range": {"next_attempt_at": {"lte": _iso(now)}}},
        {"range": {"attempts": {"lt": max_attempts}}},
    ]}}
    return [{**hit["_source"], "id": hit["_id"]} for hit in scan(es, index=deliveries_index(alias), query={"query": query})]


@dataclass
class CheckReport:
    searches: int = 0
    queued: int = 0
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"searches": self.searches, "queued": self.queued, "sent": self.sent, "failed": self.failed,
                "errors": self.errors[:10]}


def _hit(doc: dict[str, Any]) -> notify.Hit:
    place = " ".join(p for p in (doc.get("province"), doc.get("city"), doc.get("county")) if p)
    return notify.Hit(id=doc["id"], title=doc.get("title") or "", url=doc.get("url") or "",
                      published_at=doc.get("published_at"), source_name=doc.get("source_name") or "", place=place)


def _alert(search: dict[str, Any], docs: list[dict[str, Any]], settings: Settings) -> notify.Alert:
    base = settings.public_url.rstrip("/")
    return notify.Alert(search_name=search["name"], search_link=f"{base}/#/search?{urlencode(search['params'])}",
                        hits=tuple(map(_hit, docs)), article_link_base=f"{base}/#/article/")


def _send(search: dict[str, Any], channel: str, alert: notify.Alert, settings: Settings) -> None:
    if channel == "webhook":
        hook = search["webhook"]
        refusal = notify.webhook_refusal(hook["url"], settings.allow_private_networks)
        if refusal:
            raise notify.DeliveryError(f"webhook address refused: {refusal}")
        notify.post_webhook(hook["url"], notify.webhook_payload(alert, hook.get("kind", "json")), settings.alert_timeout)
    else:
        notify.send_email(settings.smtp(), notify.email_message(alert, settings.smtp_from, search["email"]))


def deliver(es: Elasticsearch, alias: str, records: list[dict[str, Any]], searches: dict[str, dict[str, Any]],
            settings: Settings, now: datetime, report: CheckReport) -> None:
    """Send due records, one message per search and channel (at most MESSAGE_HITS hits each)."""
    batches: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        if record["search_id"] in searches:
            batches[(record["search_id"], record["channel"])].append(record)
    for (search_id, channel), batch in batches.items():
        search = searches[search_id]
        for start in range(0, len(batch), MESSAGE_HITS):
            part = batch[start : start + MESSAGE_HITS]
            found = es.mget(index=alias, ids=[r["article_id"] for r in part], source=HIT_FIELDS)["docs"]
            docs = [{**doc["_source"], "id": doc["_id"]} for doc in found if doc.get("found")]
            try:
                _send(search, channel, _alert(search, docs, settings), settings)
            except notify.DeliveryError as err:
                report.failed += len(part)
                report.errors.append(f"{search['name']} ({channel}): {err}")
                log.warning("alert not delivered", extra={"search": search_id, "channel": channel, "error": str(err)})
                for record in part:
                    attempts = record["attempts"] + 1
                    wait = BACKOFF[min(attempts - 1, len(BACKOFF) - 1)]
                    es.update(index=deliveries_index(alias), id=record["id"], doc={
                        "status": "failed", "attempts": attempts, "last_error": str(err),
                        "next_attempt_at": _iso(now + timedelta(seconds=wait))})
                continue
            report.sent += len(part)
            for record in part:
                es.update(index=deliveries_index(alias), id=record["id"], doc={
                    "status": "sent", "attempts": record["attempts"] + 1, "sent_at": _iso(now), "last_error": None})


def check(es: Elasticsearch, alias: str, settings: Settings, now: datetime | None = None) -> CheckReport:
    """Queue the new hits of every saved search and send what is due. Run after each crawl."""
    now = now or _now()
    report = CheckReport()
    ensure_indices(es, alias)
    searches = {s["id"]: s for s in saved_searches(es, alias)}
    es.indices.refresh(index=alias)
    for search in searches.values():
        report.searches += 1
        since = _iso(datetime.fromisoformat(search["last_checked_at"]) - OVERLAP)
        report.queued += queue(es, alias, search, new_hits(es, alias, search, since), now)
        es.update(index=searches_index(alias), id=search["id"], doc={"last_checked_at": _iso(now)})
    deliver(es, alias, due(es, alias, now, settings.alert_max_attempts), searches, settings, now, report)
    es.indices.refresh(index=deliveries_index(alias))
    return report


def deliveries(es: Elasticsearch, alias: str, status: str | None = None, search_id: str | None = None,
               size: int = 200) -> list[dict[str, Any]]:
    """Delivery records, newest first (for users and the operator page)."""
    filters = [{"term": {"status": status}}] if status else []
    if search_id:
        filters.append({"term": {"search_id": search_id}})
    try:
        hits = es.search(index=deliveries_index(alias), query={"bool": {"filter": filters}}, size=size,
                         sort=[{"created_at": "desc"}])["hits"]["hits"]
    except NotFoundError:
        return []
    return [{**hit["_source"], "id": hit["_id"]} for hit in hits]


def cli(args) -> int:
    """`yilian alerts check|list|failed`: JSON on stdout."""
    from elastic_transport import TransportError
    from elasticsearch import ApiError

    from indexer.client import get_client
    from yilian.settings import get_settings

    settings = get_settings()
    es = get_client(settings)
    try:
        if args.action == "check":
            result: Any = check(es, settings.index_alias, settings).as_dict()
        elif args.action == "list":
            result = saved_searches(es, settings.index_alias)
        else:
            result = deliveries(es, settings.index_alias, status="failed")
    except (ApiError, TransportError) as exc:
        print(f"yilian alerts {args.action}: Elasticsearch: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0
