"""Repost groups in the index: one canonical copy per story, the others point at it.

yilian/clean/dedup.py decides whether two fingerprints are the same announcement; this module
finds the pairs in Elasticsearch and records the verdict on every copy:

* candidates: one search per document (sent in ``msearch`` batches) for documents sharing at
  least ``MIN_SHARED_BANDS`` of its ``fingerprint_bands``; each is confirmed with ``is_repost``.
* groups already recorded stay whole: every member of a touched ``dup_group`` is loaded and the
  links inside that group are checked again, so a later repost joins the existing group and a
  re-crawled copy that changed its text leaves it.
* per group: canonical = earliest ``published_at`` (then time, then URL), ``dup_group`` = the
  canonical's id on every member, ``also_published`` = the other copies. A document in no group
  gets ``is_canonical: true`` and ``dup_group: null``.
* writes are bulk partial ``update`` actions (no scripts, no update_by_query: the local node has
  neither), and only for documents whose stored verdict differs, so running again changes nothing.
  They take the same path as article writes (indexer/bulk.py): retried through an outage, and
  when that fails the ids are spooled to be grouped again (indexer/spool.py).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import Any

from elasticsearch import Elasticsearch
from elasticsearch.helpers import scan

from indexer.bulk import IndexUnavailable, RetryPolicy, bulk_with_retry, update_action

from yilian.clean.dedup import MIN_SHARED_BANDS, band_keys, is_repost

log = logging.getLogger(__name__)

FIELDS = ["id", "url", "title", "source_name", "published_at", "published_time", "fingerprint",
          "dup_group", "is_canonical", "also_published"]
SEED_FIELDS = [*FIELDS, "fingerprint_bands"]  # the bands the document was indexed with: not cut again
MSEARCH_BATCH = 100  # searches per msearch request
MAX_CANDIDATES = 200  # copies of one story we expect at most
TERMS_CHUNK = 1000  # dup_group values per terms query
WRITE_CHUNK = 500  # verdicts per bulk request
Doc = dict[str, Any]


class _Groups:
    """Union-find over document ids."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def candidate_query(bands: list[str]) -> dict[str, Any]:
    """Documents sharing at least MIN_SHARED_BANDS of ``bands`` (a fingerprint's ``band_keys``; no scoring needed)."""
    should = [{"term": {"fingerprint_bands": key}} for key in bands]
    return {"bool": {"filter": [{"bool": {"should": should, "minimum_should_match": MIN_SHARED_BANDS}}]}}


def _load_seeds(client: Elasticsearch, alias: str, ids: list[str] | None, fields: list[str] = FIELDS) -> dict[str, Doc]:
    """The stored dedup fields of ``ids`` (None: every document)."""
    if ids is None:
        hits = scan(client, index=alias, query={"query": {"match_all": {}}, "_source": fields}, size=1000)
        return {hit["_id"]: hit["_source"] for hit in hits}
    docs: dict[str, Doc] = {}
    for start in range(0, len(ids), TERMS_CHUNK):
        found = client.mget(index=alias, ids=ids[start : start + TERMS_CHUNK], source=fields)["docs"]
        docs.update({doc["_id"]: doc["_source"] for doc in found if doc.get("found")})
    return docs


def _candidates(client: Elasticsearch, alias: str, seeds: dict[str, Doc], stats: dict[str, int]) -> Iterator[tuple[str, Doc]]:
    """(seed id, candidate hit) for every candidate the band query finds, ``msearch`` batch by batch."""
    with_fp = [(key, doc.get("fingerprint_bands") or band_keys(doc["fingerprint"]))
               for key, doc in seeds.items() if doc.get("fingerprint")]
    for start in range(0, len(with_fp), MSEARCH_BATCH):
        batch = with_fp[start : start + MSEARCH_BATCH]
        searches: list[dict[str, Any]] = []
        for _, bands in batch:
            # the fingerprint from doc values: a filtered _source still reads each hit's whole stored document
            searches += [{"index": alias}, {"size": MAX_CANDIDATES, "_source": False, "docvalue_fields": ["fingerprint"],
                                            "query": candidate_query(bands)}]
        for (key, _), response in zip(batch, client.msearch(searches=searches)["responses"]):
            if "error" in response:
                stats["errors"] += 1
                log.warning("repost candidates of %s: %s", key, response["error"])
                continue
            for hit in response["hits"]["hits"]:
                yield key, hit


def _group_members(client: Elasticsearch, alias: str, groups: set[str]) -> Iterator[Doc]:
    """Every document recorded in one of ``groups``, the documents those groups are named after and
    the documents listing one of them as a copy (their group may have been named after another)."""
    values = sorted(groups)
    for start in range(0, len(values), TERMS_CHUNK):
        chunk = values[start : start + TERMS_CHUNK]
        query = {"bool": {"should": [{"terms": {"dup_group": chunk}}, {"ids": {"values": chunk}},
                                     {"terms": {"also_published.id": chunk}}]}}
        for hit in scan(client, index=alias, query={"query": query, "_source": FIELDS}, size=1000):
            yield {**hit["_source"], "id": hit["_id"]}


def publication_key(doc: Doc) -> tuple[str, str, str]:
    """Earliest publication first; undated copies last; the URL breaks ties."""
    return doc.get("published_at") or "9999-99-99", doc.get("published_time") or "", doc.get("url") or ""


def _copy(doc: Doc) -> Doc:
    return {"id": doc["id"], "source_name": doc.get("source_name"), "url": doc.get("url"),
            "published_at": doc.get("published_at"), "title": doc.get("title")}


def verdicts(docs: dict[str, Doc], groups: _Groups) -> dict[str, Doc]:
    """The dedup fields each document should carry, given the groups."""
    members: dict[str, list[Doc]] = defaultdict(list)
    for key, doc in docs.items():
        members[groups.find(key)].append(doc)
    out: dict[str, Doc] = {}
    for copies in members.values():
        if len(copies) == 1:
            out[copies[0]["id"]] = {"dup_group": None, "is_canonical": True, "also_published": []}
            continue
        ordered = sorted(copies, key=publication_key)
        canonical = ordered[0]["id"]
        for doc in ordered:
            others = [_copy(other) for other in ordered if other["id"] != doc["id"]]
            out[doc["id"]] = {"dup_group": canonical, "is_canonical": doc["id"] == canonical, "also_published": others}
    return out


def _changed(docs: dict[str, Doc], wanted: dict[str, Doc]) -> list[tuple[str, Doc]]:
    return [(key, fields) for key, fields in wanted.items()
            if any(docs[key].get(name) != value for name, value in fields.items())]


def _write(client: Elasticsearch, alias: str, updates: list[tuple[str, Doc]], stats: dict[str, int],
           policy: RetryPolicy) -> None:
    """Partial updates through the bulk path every write takes (retried while Elasticsearch is down or
    rejecting); what is still refused when the outage window ends raises IndexUnavailable."""
    for start in range(0, len(updates), WRITE_CHUNK):
        actions = [update_action(key, fields, alias) for key, fields in updates[start : start + WRITE_CHUNK]]
        attempt = bulk_with_retry(client, actions, policy, require_alias=False)
        stats["updated"] += len(attempt.written)
        stats["errors"] += len(attempt.failed)
        for failure in attempt.failed:
            log.warning("repost verdict not written: %s", failure)
        if attempt.retry:
            raise IndexUnavailable(f"{len(attempt.retry)} repost verdicts not written: {attempt.error}")
    client.indices.refresh(index=alias)


def group_reposts_in_index(client: Elasticsearch, alias: str, ids: Iterable[str] | None = None, *,
                           policy: RetryPolicy | None = None) -> dict[str, int]:
    """Group the documents ``ids`` (None: every document) with their reposts in ``alias`` and record it.

    Reads that fail raise (TransportError, ApiError); verdicts Elasticsearch does not take within
    ``policy``'s outage window raise IndexUnavailable. Either way running it again with the same ids
    finishes the job, which is what the spool does (indexer/spool.py).

    Returns counts: documents checked, candidates confirmed as reposts, groups and grouped
    documents among those touched, documents updated, errors.
    """
    stats = {"documents": 0, "reposts_confirmed": 0, "groups": 0, "grouped_documents": 0, "updated": 0, "errors": 0}
    client.indices.refresh(index=alias)
    if ids is None:  # every document: the bands are cut again as each search is sent, not held for all
        seeds = _load_seeds(client, alias, None)
    else:
        seeds = _load_seeds(client, alias, list(dict.fromkeys(ids)), SEED_FIELDS)
    stats["documents"] = len(seeds)
    docs = {key: {**doc, "id": key} for key, doc in seeds.items()}
    groups = _Groups()
    confirmed: set[str] = set()
    for key, hit in _candidates(client, alias, seeds, stats):
        if hit["_id"] != key and is_repost(seeds[key]["fingerprint"], (hit.get("fields", {}).get("fingerprint") or [None])[0]):
            confirmed.add(hit["_id"])
            groups.union(key, hit["_id"])
            stats["reposts_confirmed"] += 1
    # candidates come back with their fingerprint only (a story's copies meet once per copy);
    # the confirmed ones are loaded whole once
    for key, doc in _load_seeds(client, alias, sorted(confirmed - docs.keys())).items():
        docs[key] = {**doc, "id": key}
    # seeds too: a re-indexed copy lost its own dup_group, its old group still points at it
    recorded = {doc["dup_group"] for doc in docs.values() if doc.get("dup_group")} | set(seeds)
    if ids is not None and recorded:
        for doc in _group_members(client, alias, recorded):
            docs.setdefault(doc["id"], doc)
    by_recorded: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs.values():
        if doc.get("dup_group"):
            by_recorded[doc["dup_group"]].append(doc)
    for members in by_recorded.values():  # links inside a recorded group, checked again
        for a, b in combinations(members, 2):
            if is_repost(a.get("fingerprint"), b.get("fingerprint")):
                groups.union(a["id"], b["id"])
    wanted = verdicts(docs, groups)
    grouped = [fields for fields in wanted.values() if fields["dup_group"]]
    stats["groups"] = sum(1 for fields in grouped if fields["is_canonical"])
    stats["grouped_documents"] = len(grouped)
    _write(client, alias, _changed(docs, wanted), stats, policy or RetryPolicy.from_settings())
    return stats


def group_totals(client: Elasticsearch, alias: str) -> dict[str, int]:
    """How many repost groups the index holds, and how many copies are in them."""
    grouped = {"exists": {"field": "dup_group"}}
    return {
        "groups": client.count(index=alias, query={"bool": {"filter": [grouped, {"term": {"is_canonical": True}}]}})["count"],
        "grouped_documents": client.count(index=alias, query=grouped)["count"],
    }
