"""The index lifecycle as code: template, versioned indices behind one alias, reindex with an atomic swap.

Readers and writers only ever name the alias (Settings.index_alias, ``articles``). Behind it is one
concrete index ``<alias>-v<mapping version>-<UTC timestamp>``. A mapping change means: put the new
template, create a fresh index, copy every document (the fields the new mapping has), then move the alias in ONE
``update_aliases`` call so searches never see an empty or half-filled index, and finally delete
all but the newest ``keep`` previous indices.

Copying uses the server-side ``_reindex`` API (a task, polled for progress) when the cluster has
the reindex module. The local integ-test node has not (``POST /_reindex`` answers 405), so there
the copy is a scroll + bulk from this process.

A crawl may write while this runs: its writes land in the old index. So the copy is followed by a
short drain: the old index is blocked for writes (writers get a 403 write block, which indexer/bulk.py
retries), the documents written since the copy began (``_seq_no`` above the mark taken at the start)
are copied too, the alias is swapped, and the block is lifted; the writers' retries then land in the
new index. No write is lost, and writers wait only for the drain, not the whole copy.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from elasticsearch import ApiError, Elasticsearch, NotFoundError
from elasticsearch.helpers import scan

from indexer.bulk import BulkStats, index_documents
from indexer.template import MAPPING_VERSION, PROPERTIES, index_pattern, put_template
from yilian.settings import get_settings

Progress = Callable[[int, int], None]  # (copied, total)
# what a copy takes of each document: the fields the current mapping has; one an older version had and this
# one dropped would be refused by the strict mapping, so it is left behind
MAPPED_FIELDS = sorted(PROPERTIES)
TASK_POLL_SECONDS = 1.0


class LifecycleError(RuntimeError):
    """The alias or its indices are not in a state we can safely change; the message says why."""


def _alias_name(alias: str | None) -> str:
    return alias or get_settings().index_alias


def new_index_name(alias: str) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    return f"{alias}-v{MAPPING_VERSION}-{stamp}"


def alias_indices(client: Elasticsearch, alias: str) -> list[str]:
    """Concrete indices the alias points at (normally exactly one); [] when the alias does not exist."""
    try:
        return sorted(client.indices.get_alias(name=alias).body)
    except NotFoundError:
        return []


def _resolve(client: Elasticsearch, alias: str) -> tuple[list[str], bool]:
    """(indices behind the alias, whether the name is a concrete index) from ONE request: asked in two, a
    crawl starting beside another saw no alias and then, once the other had added it, "an index of that name"."""
    try:
        found = client.indices.resolve_index(name=alias).body
    except NotFoundError:
        return [], False
    behind = next((sorted(entry["indices"]) for entry in found["aliases"] if entry["name"] == alias), [])
    return behind, any(entry["name"] == alias for entry in found["indices"])


def managed_indices(client: Elasticsearch, alias: str) -> list[str]:
    """All ``<alias>-v*`` indices, oldest first."""
    found = client.indices.get_settings(index=index_pattern(alias), name="index.creation_date").body
    return sorted(found, key=lambda name: int(found[name]["settings"]["index"]["creation_date"]))


def create_index(client: Elasticsearch, alias: str) -> str:
    """A new, empty versioned index with the current template's settings and mappings."""
    put_template(client, alias)
    name = new_index_name(alias)
    client.indices.create(index=name)
    return name


def ensure_index(client: Elasticsearch, alias: str | None = None) -> str:
    """Put the template; create the first index and point the alias at it unless the alias exists."""
    alias = _alias_name(alias)
    put_template(client, alias)
    current, concrete = _resolve(client, alias)
    if current:
        return current[-1]
    if concrete:
        raise LifecycleError(f"{alias!r} is a concrete index, not an alias; move its data or choose another YILIAN_INDEX")
    name = create_index(client, alias)
    try:  # as the write index: of concurrent setups (several crawl processes) only the first gets the alias
        client.indices.update_aliases(actions=[{"add": {"index": name, "alias": alias, "is_write_index": True}}])
    except ApiError as error:
        if error.error != "illegal_state_exception":  # "alias has more than one write index": another won
            raise
        client.options(ignore_status=404).indices.delete(index=name)
        current = alias_indices(client, alias)
        if not current:
            raise
        return current[-1]
    return name


def _copy_with_task(client: Elasticsearch, source: str, dest: str, progress: Progress | None) -> int:
    task_id = client.reindex(source={"index": source, "_source": MAPPED_FIELDS}, dest={"index": dest}, wait_for_completion=False)["task"]
    while True:
        task = client.tasks.get(task_id=task_id).body
        status = task["task"]["status"]
        if progress:
            progress(status.get("created", 0) + status.get("updated", 0), status.get("total", 0))
        if task.get("completed"):
            break
        time.sleep(TASK_POLL_SECONDS)
    response = task.get("response", {})
    if task.get("error") or response.get("failures"):
        raise LifecycleError(f"_reindex into {dest} failed: {task.get('error') or response['failures'][:3]}")
    return response.get("created", 0) + response.get("updated", 0)


def _copy_client_side(client: Elasticsearch, source: str, dest: str, total: int, progress: Progress | None) -> int:
    query = {"query": {"match_all": {}}, "_source": MAPPED_FIELDS}
    docs = (hit["_source"] for hit in scan(client, index=source, size=1000, query=query))
    report = (lambda stats: progress(stats.indexed, total)) if progress else None
    stats: BulkStats = index_documents(client, docs, alias=dest, chunk_size=1000, progress=report, require_alias=False)
    if stats.errors:
        raise LifecycleError(f"copying into {dest}: {stats.failed} documents failed, e.g. {stats.errors[:3]}")
    return stats.indexed


def _reindex_unsupported(error: ApiError) -> bool:
    """True when the cluster has no reindex module (the integ-test node routes /_reindex to nothing)."""
    return error.status_code == 405 or (error.status_code == 400 and "no handler found" in str(error))


def copy_documents(client: Elasticsearch, source: str, dest: str, total: int, progress: Progress | None = None) -> int:
    """Copy every document of ``source`` into ``dest``; returns how many were written."""
    try:
        return _copy_with_task(client, source, dest, progress)
    except ApiError as error:
        if not _reindex_unsupported(error):
            raise
    return _copy_client_side(client, source, dest, total, progress)


def write_mark(client: Elasticsearch, indices: list[str]) -> int:
    """A sequence number every write not yet visible will exceed: the lowest shard's local checkpoint
    (every operation up to it is applied, so the refresh that follows shows it; an operation still in
    flight has a higher number, even when it was assigned before the mark was read)."""
    stats = client.indices.stats(index=",".join(indices), level="shards", metric="docs").body
    marks = [copy["seq_no"]["local_checkpoint"] for index in stats["indices"].values()
             for copies in index["shards"].values() for copy in copies if copy["routing"]["primary"]]
    return min(marks, default=-1)


def written_since(client: Elasticsearch, indices: list[str], mark: int,
                  also: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Documents of ``indices`` written (created, overwritten or updated) after ``mark``."""
    query: dict[str, Any] = {"bool": {"filter": [{"range": {"_seq_no": {"gt": mark}}}, *([also] if also else [])]}}
    for hit in scan(client, index=",".join(indices), size=1000, query={"query": query, "_source": MAPPED_FIELDS}):
        yield hit["_source"]


@contextmanager
def writes_blocked(client: Elasticsearch, indices: list[str]) -> Iterator[None]:
    """Writers get a 403 write block (retried by indexer/bulk.py) until the block is lifted.

    The add-block API, not a settings update: it returns only once every shard has finished the writes
    already in flight, so none lands after the drain has read the index (with the settings update a
    batch of repost verdicts sent just before the block could, and was then missing from the copy)."""
    client.indices.add_block(index=",".join(indices), block="write")
    try:
        yield
    finally:
        client.indices.put_settings(index=",".join(indices), settings={"index.blocks.write": None})


def _drain_into(client: Elasticsearch, old: list[str], new: str, mark: int, alias: str, *,
                also: dict[str, Any] | None = None, complete: bool = False) -> int:
    """Block ``old``, copy what was written there since ``mark`` into ``new``, swap the alias, unblock.

    ``complete``: ``new`` must then hold at least as many documents as ``old`` (a copy, not a rebuild)."""
    if not old:
        client.indices.update_aliases(actions=[{"add": {"index": new, "alias": alias}}])
        return 0
    with writes_blocked(client, old):
        client.indices.refresh(index=",".join(old))
        stats = index_documents(client, written_since(client, old, mark, also), alias=new, chunk_size=1000,
                                require_alias=False)
        if stats.errors:
            raise LifecycleError(f"copying late writes into {new}: {stats.failed} failed, e.g. {stats.errors[:3]}")
        client.indices.refresh(index=new)
        held, copied = client.count(index=",".join(old))["count"], client.count(index=new)["count"]
        if complete and copied < held:
            raise LifecycleError(f"only {copied} of {held} documents reached {new}; alias left on {old}, new index deleted")
        swap_alias(client, alias, old, new)
    return stats.indexed


def prune(client: Elasticsearch, alias: str, keep: int) -> list[str]:
    """Delete all but the newest ``keep`` indices the alias no longer points at."""
    live = set(alias_indices(client, alias))
    previous = [name for name in managed_indices(client, alias) if name not in live]
    doomed = previous[: max(len(previous) - keep, 0)]
    if doomed:
        client.indices.delete(index=",".join(doomed))
    return doomed


def reindex(client: Elasticsearch, alias: str | None = None, *, keep: int = 1, progress: Progress | None = None) -> dict[str, Any]:
    """Move the alias's documents into a new index with the current mapping and swap the alias atomically,
    keeping what writers add meanwhile (see the module's docstring)."""
    alias = _alias_name(alias)
    old = alias_indices(client, alias)
    if not old:
        raise LifecycleError(f"alias {alias!r} does not exist; run `yilian index setup` first")
    mark = write_mark(client, old)  # before the refresh: every write up to the mark is then visible to the copy
    client.indices.refresh(index=alias)
    total = client.count(index=alias)["count"]
    new = create_index(client, alias)
    copied = copy_documents(client, alias, new, total, progress)
    try:
        late = _drain_into(client, old, new, mark, alias, complete=True)
    except LifecycleError:
        client.indices.delete(index=new)
        raise
    deleted = prune(client, alias, keep)
    in_new = client.count(index=new)["count"]
    return {"alias": alias, "from": old, "to": new, "documents": in_new, "copied": copied,
            "written_during_copy": late, "deleted": deleted}


def swap_alias(client: Elasticsearch, alias: str, old: list[str], new: str) -> None:
    """Point the alias at ``new`` in one update_aliases call, so searches never see a half-built index."""
    actions: list[dict[str, Any]] = [{"remove": {"index": name, "alias": alias}} for name in old]
    actions.append({"add": {"index": new, "alias": alias}})
    client.indices.update_aliases(actions=actions)


def rebuild(client: Elasticsearch, docs: Iterable[dict[str, Any]], alias: str | None = None, *, keep: int = 1,
            progress: Progress | None = None) -> dict[str, Any]:
    """Build a fresh index from ``docs`` (e.g. archived pages cleaned again) and swap the alias to it.

    The old index keeps serving until the new one is complete; on any bulk error the new index
    is deleted and the alias is left where it was. Articles a crawl writes meanwhile (``crawled_at``
    after the start) are carried over at the swap, as in ``reindex``.
    """
    alias = _alias_name(alias)
    old = alias_indices(client, alias)
    started = datetime.now(timezone.utc).isoformat()
    mark = write_mark(client, old) if old else -1
    new = create_index(client, alias)
    report = (lambda stats: progress(stats.indexed, 0)) if progress else None
    stats: BulkStats = index_documents(client, docs, alias=new, chunk_size=500, progress=report, require_alias=False)
    if stats.errors:
        client.indices.delete(index=new)
        raise LifecycleError(f"rebuilding into {new}: {stats.failed} documents failed, e.g. {stats.errors[:3]}; "
                             f"alias left on {old}")
    client.indices.refresh(index=new)
    try:  # verdict updates of old copies are not carried over: the caller groups the new index again
        late = _drain_into(client, old, new, mark, alias, also={"range": {"crawled_at": {"gte": started}}})
    except LifecycleError:
        client.indices.delete(index=new)
        raise
    deleted = prune(client, alias, keep)
    return {"alias": alias, "from": old, "to": new, "documents": stats.indexed, "crawled_during_rebuild": late,
            "deleted": deleted}


def status(client: Elasticsearch, alias: str | None = None) -> dict[str, Any]:
    """The alias, its index and every versioned index with its document count and mapping version."""
    alias = _alias_name(alias)
    live = set(alias_indices(client, alias))
    names = managed_indices(client, alias)
    mappings = client.indices.get_mapping(index=index_pattern(alias)).body if names else {}
    counts = {row["index"]: int(row["docs.count"] or 0) for row in client.cat.indices(index=index_pattern(alias), format="json", h="index,docs.count")} if names else {}
    indices = [
        {
            "name": name,
            "documents": counts.get(name, 0),
            "mapping_version": mappings[name]["mappings"].get("_meta", {}).get("mapping_version"),
            "in_alias": name in live,
        }
        for name in names
    ]
    live_versions = {index["mapping_version"] for index in indices if index["in_alias"]}
    return {
        "alias": alias,
        "points_to": sorted(live),
        "mapping_version": MAPPING_VERSION,
        "needs_reindex": bool(live) and live_versions != {MAPPING_VERSION},
        "indices": indices,
    }
