"""Repost groups in the index: one canonical copy per story, the others point at it.

yilian/clean/dedup.py decides whether two fingerprints are the same announcement; this module
finds the pairs in Elasticsearch and records the verdict on every copy:

* copies: every document of the index whose fingerprint is within ``MAX_DISTANCE`` (``reposts_in``),
  found in a ``FingerprintTable``: the index's fingerprints held in memory (32 bytes a document)
  and brought up to date before each pass with what was written since (``_seq_no``), whoever wrote
  it. A search per document for shared fingerprint bands (a field dropped in mapping version 10) cost Elasticsearch more than
  indexing the document (64 band terms, each matching a sixteenth of the index, so every search
  read the whole index four times over) and missed about one copy in 25 at the threshold; the
  table's comparison is exact and costs about 15 microseconds per thousand documents (17 ms per new
  document against a million, on this project's loaded 2-core machine).
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

import numpy as np
from elasticsearch import Elasticsearch
from elasticsearch.helpers import scan

from indexer.bulk import IndexUnavailable, RetryPolicy, bulk_with_retry, update_action
from indexer.lifecycle import alias_indices, write_mark
from yilian.clean.dedup import BITS, is_repost, reposts_in, words

log = logging.getLogger(__name__)

FIELDS = ["id", "url", "title", "source_name", "published_at", "published_time", "fingerprint",
          "dup_group", "is_canonical", "also_published"]
TABLE_PAGE = 5000  # fingerprints per scroll page when the table is read
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


class FingerprintTable:
    """The fingerprint of every document behind an alias, kept in memory and brought up to date by
    ``sync`` with what was written since the last one (by this process or any other: a shared
    crawl's members, a re-crawl, a replayed spool). One per writer; a new index behind the alias
    (``yilian index rebuild``/``reindex``) is read again whole."""

    def __init__(self) -> None:
        self._reset(())

    def _reset(self, indices: tuple[str, ...]) -> None:
        self.indices, self.mark = indices, -1
        self.ids: list[str] = []
        self.rows: dict[str, int] = {}
        self.table = np.zeros((BITS // 64, 0), dtype=np.uint64)  # a column per document
        self.present = np.zeros(0, dtype=bool)  # False: the document has no fingerprint (any more)

    def sync(self, client: Elasticsearch, alias: str) -> None:
        """Refresh the alias and read the fingerprints written since the last sync (all, the first time).

        The mark is taken before the refresh: every write up to it is then visible; a write after it
        is read (again) by the next sync."""
        indices = tuple(alias_indices(client, alias))
        if indices != self.indices:
            self._reset(indices)
        # by the alias, not the indices: a rebuild may delete the old index at any moment
        mark = write_mark(client, [alias]) if indices else -1
        client.indices.refresh(index=alias)
        if not indices:
            return
        query = {"match_all": {}} if self.mark < 0 else {"range": {"_seq_no": {"gt": self.mark}}}
        body = {"query": query, "_source": False, "docvalue_fields": ["fingerprint"]}
        for hit in scan(client, index=alias, query=body, size=TABLE_PAGE):
            self.put(hit["_id"], (hit.get("fields", {}).get("fingerprint") or [None])[0])
        if tuple(alias_indices(client, alias)) != indices:  # moved meanwhile: the marks were the old index's
            self._reset(())
            self.sync(client, alias)
            return
        self.mark = mark

    def put(self, key: str, fp: str | None) -> None:
        row = self.rows.get(key)
        if row is None:
            if fp is None:
                return
            row = self.rows[key] = len(self.ids)
            self.ids.append(key)
            if row == self.table.shape[1]:  # grown by half again: amortised O(1) per document
                grown = max(1024, row * 3 // 2)
                table = np.zeros((BITS // 64, grown), dtype=np.uint64)
                table[:, :row] = self.table
                self.table, self.present = table, np.resize(self.present, grown)
        self.present[row] = fp is not None
        if fp is not None:
            self.table[:, row] = words(fp)

    def reposts(self, seeds: dict[str, str]) -> list[tuple[str, str]]:
        """(key, other) for every other document whose fingerprint is within MAX_DISTANCE of seed ``key``'s."""
        n = len(self.ids)
        found = reposts_in(list(seeds.values()), self.table[:, :n])
        return [(key, self.ids[row]) for key, rows in zip(seeds, found)
                for row in rows if self.present[row] and self.ids[row] != key]


def _load_seeds(client: Elasticsearch, alias: str, ids: list[str] | None) -> dict[str, Doc]:
    """The stored dedup fields of ``ids`` (None: every document)."""
    if ids is None:
        hits = scan(client, index=alias, query={"query": {"match_all": {}}, "_source": FIELDS}, size=1000)
        return {hit["_id"]: hit["_source"] for hit in hits}
    docs: dict[str, Doc] = {}
    for start in range(0, len(ids), TERMS_CHUNK):
        found = client.mget(index=alias, ids=ids[start : start + TERMS_CHUNK], source=FIELDS)["docs"]
        docs.update({doc["_id"]: doc["_source"] for doc in found if doc.get("found")})
    return docs


def _group_members(client: Elasticsearch, alias: str, groups: set[str], loaded: set[str]) -> Iterator[Doc]:
    """Every document recorded in one of ``groups``, the documents those groups are named after and
    the documents listing one of them as a copy (their group may have been named after another),
    but those ``loaded`` already (a batch's seeds: Elasticsearch need not read their sources again)."""
    values = sorted(groups)
    skip = {"must_not": [{"ids": {"values": sorted(loaded)}}]} if loaded else {}
    for start in range(0, len(values), TERMS_CHUNK):
        chunk = values[start : start + TERMS_CHUNK]
        query = {"bool": {"should": [{"terms": {"dup_group": chunk}}, {"ids": {"values": chunk}},
                                     {"terms": {"also_published.id": chunk}}], "minimum_should_match": 1, **skip}}
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
        attempt = bulk_with_retry(client, actions, policy)
        stats["updated"] += len(attempt.written)
        stats["errors"] += len(attempt.failed)
        for failure in attempt.failed:
            log.warning("repost verdict not written: %s", failure)
        if attempt.retry:
            raise IndexUnavailable(f"{len(attempt.retry)} repost verdicts not written: {attempt.error}")
    if updates:  # searches see the verdicts now (a refresh makes a segment: none when nothing changed)
        client.indices.refresh(index=alias)


def group_reposts_in_index(client: Elasticsearch, alias: str, ids: Iterable[str] | None = None, *,
                           policy: RetryPolicy | None = None,
                           fingerprints: FingerprintTable | None = None) -> dict[str, int]:
    """Group the documents ``ids`` (None: every document) with their reposts in ``alias`` and record it.

    ``fingerprints``: the caller's table, kept between calls (a crawl's writer), so each call reads
    only what was written since the last; without it the index's fingerprints are read whole.

    Reads that fail raise (TransportError, ApiError); verdicts Elasticsearch does not take within
    ``policy``'s outage window raise IndexUnavailable. Either way running it again with the same ids
    finishes the job, which is what the spool does (indexer/spool.py).

    Returns counts: documents checked, candidates confirmed as reposts, groups and grouped
    documents among those touched, documents updated, errors.
    """
    stats = {"documents": 0, "reposts_confirmed": 0, "groups": 0, "grouped_documents": 0, "updated": 0, "errors": 0}
    fingerprints = fingerprints if fingerprints is not None else FingerprintTable()
    fingerprints.sync(client, alias)  # refreshes the alias: the seeds' own batch is searchable
    seeds = _load_seeds(client, alias, None if ids is None else list(dict.fromkeys(ids)))
    stats["documents"] = len(seeds)
    docs = {key: {**doc, "id": key} for key, doc in seeds.items()}
    links = fingerprints.reposts({key: doc["fingerprint"] for key, doc in seeds.items() if doc.get("fingerprint")})
    # a story's copies meet once per copy: each is loaded whole once (one written since the sync is gone)
    for key, doc in _load_seeds(client, alias, sorted({copy for _, copy in links} - docs.keys())).items():
        docs[key] = {**doc, "id": key}
    groups = _Groups()
    for key, copy in links:  # the copy as stored now (it may have been written again since the sync)
        if copy in docs and is_repost(seeds[key]["fingerprint"], docs[copy].get("fingerprint")):
            groups.union(key, copy)
            stats["reposts_confirmed"] += 1
    # seeds too: a re-indexed copy lost its own dup_group, its old group still points at it
    recorded = {doc["dup_group"] for doc in docs.values() if doc.get("dup_group")} | set(seeds)
    if ids is not None and recorded:
        for doc in _group_members(client, alias, recorded, set(docs)):
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
