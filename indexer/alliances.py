"""The alliance registry in Elasticsearch, rebuilt from the indexed announcements.

``<alias>-alliances`` points at one ``<alias>-alliances-<stamp>`` index holding one document per
alliance, grouped by yilian/registry.py. It is rebuilt whole, after each crawl and by
``yilian index alliances``: read a few fields of every relevant announcement and of every other one
that tells of a county (reposts left out: their story is counted once, under its canonical copy),
group, write a fresh index and move the alias in one call, so searches never see a half-built
registry. The grouping needs every announcement at once (a new one can join two groups), which is
why the rebuild is whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime, timezone
from typing import Any

from elasticsearch import Elasticsearch, NotFoundError
from elasticsearch.helpers import bulk, scan

from indexer.template import ANALYSIS, DATE, KEYWORD, STORED_ONLY
from yilian.registry import Alliance, Mention, group

MENTION_FIELDS = [
    "id", "url", "title", "source_name", "published_at", "alliance_name", "lead_organization", "alliance_forms",
    "event_types", "province", "city", "county", "members", "member_count",
    "publisher_province", "publisher_city", "publisher_county", "relevance_label",
]
IRRELEVANT_LABEL = "other"
NAME_TEXT = {"type": "keyword", "fields": {"text": {"type": "text", "analyzer": "zh_text"}}}
PROPERTIES: dict[str, Any] = {
    "id": KEYWORD,
    "name": NAME_TEXT,
    "names": NAME_TEXT,
    "forms": KEYWORD,
    "lead": NAME_TEXT,
    "province": KEYWORD,
    "city": KEYWORD,
    "county": KEYWORD,
    "founded": DATE,
    "founded_year": {"type": "integer"},
    "first_seen": DATE,
    "last_seen": DATE,
    "member_names": KEYWORD,
    "member_count": {"type": "integer", "doc_values": True},  # the latest count an announcement gave
    "members": STORED_ONLY,
    "member_counts": STORED_ONLY,
    "announcements": STORED_ONLY,
    "announcement_ids": KEYWORD,
    "announcement_count": {"type": "integer"},
    "built_at": {"type": "date"},
}


def registry_alias(alias: str) -> str:
    return f"{alias}-alliances"


def _pattern(alias: str) -> str:
    return f"{registry_alias(alias)}-*"


def put_registry_template(client: Elasticsearch, alias: str) -> None:
    """Idempotent, like the articles' template: every registry index gets the current mapping."""
    client.indices.put_index_template(
        name=f"{registry_alias(alias)}-template",
        index_patterns=[_pattern(alias)],
        priority=200,
        template={
            "settings": {"number_of_shards": 1, "auto_expand_replicas": "0-1", "analysis": ANALYSIS},
            "mappings": {"dynamic": "strict", "properties": PROPERTIES},
        },
    )


def read_mentions(client: Elasticsearch, alias: str) -> Iterator[Mention]:
    """Every canonical announcement that is relevant, tells of a county or names an alliance (grouping decides whether
    its publisher's aid there, or the alliance its title points at, places it), as the few fields grouping needs."""
    relevant_or_placed = [{"bool": {"must_not": {"term": {"relevance_label": IRRELEVANT_LABEL}}}}, {"exists": {"field": "county"}},
                          {"exists": {"field": "alliance_name"}}]
    query = {"bool": {"must_not": [{"term": {"is_canonical": False}}], "should": relevant_or_placed, "minimum_should_match": 1}}
    for hit in scan(client, index=alias, query={"query": query, "_source": MENTION_FIELDS}, size=2000):
        doc = hit["_source"]
        yield Mention(
            id=hit["_id"], date=doc.get("published_at"), title=doc.get("title") or "", name=doc.get("alliance_name"),
            source_name=doc.get("source_name") or "", url=doc.get("url") or "", lead=doc.get("lead_organization"),
            forms=tuple(doc.get("alliance_forms") or ()), events=tuple(doc.get("event_types") or ()),
            province=doc.get("province"), city=doc.get("city"), county=doc.get("county"),
            members=tuple(doc.get("members") or ()), member_count=doc.get("member_count"),
            publisher_province=doc.get("publisher_province"), publisher_city=doc.get("publisher_city"),
            publisher_county=doc.get("publisher_county"), relevant=doc.get("relevance_label") != IRRELEVANT_LABEL,
        )


def to_document(alliance: Alliance, built_at: datetime) -> dict[str, Any]:
    doc = asdict(alliance)
    counts = alliance.member_counts
    return {
        **doc,
        "founded_year": int(alliance.founded[:4]) if alliance.founded else None,
        "member_names": [member["name"] for member in alliance.members],
        "member_count": counts[-1]["count"] if counts else None,
        "announcement_ids": [a["id"] for a in alliance.announcements],
        "announcement_count": len(alliance.announcements),
        "built_at": built_at.isoformat(timespec="seconds"),
    }


def _current(client: Elasticsearch, alias: str) -> list[str]:
    try:
        return sorted(client.indices.get_alias(name=registry_alias(alias)).body)
    except NotFoundError:
        return []


def rebuild_registry(client: Elasticsearch, alias: str) -> dict[str, Any]:
    """Group every announcement behind ``alias`` into alliances and swap the registry alias to the result."""
    put_registry_template(client, alias)
    built_at = datetime.now(timezone.utc)
    mentions = list(read_mentions(client, alias))
    alliances = group(mentions)
    name = f"{registry_alias(alias)}-{built_at.strftime('%Y%m%d-%H%M%S-%f')}"
    client.indices.create(index=name)
    actions = ({"_index": name, "_id": a.id, "_source": to_document(a, built_at)} for a in alliances)
    written, errors = bulk(client, actions, chunk_size=500, raise_on_error=False, max_retries=3)
    if errors:
        client.indices.delete(index=name)
        raise RuntimeError(f"alliance registry: {len(errors)} documents failed, e.g. {errors[:2]}")
    client.indices.refresh(index=name)
    old = _current(client, alias)
    client.indices.update_aliases(
        actions=[*({"remove": {"index": o, "alias": registry_alias(alias)}} for o in old),
                 {"add": {"index": name, "alias": registry_alias(alias)}}]
    )
    if old:
        client.options(ignore_status=404).indices.delete(index=",".join(old))
    grouped = sum(len(a.announcements) for a in alliances)
    return {"alias": registry_alias(alias), "index": name, "alliances": written, "announcements": grouped,
            "announcements_read": len(mentions)}
