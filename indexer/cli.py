"""`yilian index setup|reindex|rebuild|replay|status`: the lifecycle functions, with progress on stderr and JSON on stdout."""

from __future__ import annotations

import argparse
import json
import sys

from elastic_transport import TransportError
from elasticsearch import ApiError

from indexer import lifecycle
from indexer.client import get_client
from yilian.es_local import EsLocalError, ensure_running
from yilian.settings import Settings, get_settings
from yilian.sources import SourcesError, load_sources

EXIT_PENDING = 75  # EX_TEMPFAIL, as `yilian crawl`: writes still wait in the spool


def _rebuild(client, settings: Settings, args: argparse.Namespace) -> dict:
    """Clean every archived page again and swap the alias to the result."""
    from indexer.rebuild import archived_documents

    archive = settings.state_dir / "archive"
    if not any(archive.glob("*.warc.gz")):
        raise lifecycle.LifecycleError(f"no archived pages in {archive}: crawl first")
    sources = {s.id: s for s in load_sources(getattr(args, "sources", None) or settings.sources_file)}
    seen = {"pages": 0, "articles": 0}
    failures: list[dict[str, str]] = []

    def on_page(url: str, is_article: bool) -> None:
        seen["pages"] += 1
        seen["articles"] += is_article
        if seen["pages"] % 200 == 0:
            print(f"\r[yilian index] cleaned {seen['pages']} archived pages", end="", file=sys.stderr, flush=True)

    def on_failure(url: str, reason: str) -> None:
        failures.append({"url": url, "reason": reason})

    result = lifecycle.rebuild(client, archived_documents(archive, sources, on_page, on_failure), settings.index_alias,
                               keep=getattr(args, "keep", 1))
    print(file=sys.stderr)
    from indexer.reposts import group_reposts_in_index

    reposts = group_reposts_in_index(client, settings.index_alias)
    from indexer.alliances import rebuild_registry

    alliances = rebuild_registry(client, settings.index_alias)
    return {**result, "archived_pages": seen["pages"] + len(failures), "articles": seen["articles"],
            "clean_failures": len(failures), "clean_failure_samples": failures[:20], "repost_groups": reposts,
            "alliances": alliances["alliances"]}


def _replay(client, settings: Settings) -> tuple[dict, int]:
    """Send what the spool holds, retrying through an outage within the window; exit 75 while some waits."""
    from indexer.bulk import RetryPolicy, retry_until
    from indexer.reposts import FingerprintTable, group_reposts_in_index
    from indexer.spool import Spool, replay

    spool = Spool(settings.spool_dir)
    before = spool.pending()
    for alias in before["aliases"]:  # spooled writes go to aliases only; a wiped cluster gets them back
        lifecycle.ensure_index(client, alias)
    totals = {"written": 0, "regrouped": 0, "stale": 0, "errors": []}
    last = {"error": None}

    tables: dict[str, FingerprintTable] = {}  # per alias: each spooled batch reads only what was written since the last

    def regroup(alias: str, ids: list[str] | None) -> dict:
        return group_reposts_in_index(client, alias, ids, policy=RetryPolicy(window=0),
                                      fingerprints=tables.setdefault(alias, FingerprintTable()))

    def step() -> bool:
        result = replay(client, spool, regroup)
        totals["written"] += result.written
        totals["regrouped"] += result.regrouped
        totals["stale"] += result.stale
        totals["errors"] += result.errors
        last["error"] = result.error
        print(f"\r[yilian index] replayed {totals['written']} spooled writes", end="", file=sys.stderr, flush=True)
        return result.done

    retry_until(RetryPolicy.from_settings(), step, what="spooled writes")
    print(file=sys.stderr)
    after = spool.pending()
    report = {"before": before, "written": totals["written"], "regrouped": totals["regrouped"],
              "stale_skipped": totals["stale"], "errors": len(totals["errors"]), "error_samples": totals["errors"][:5],
              "pending": after, "last_error": last["error"]}
    waiting = after["documents"] or after["updates"] or after["regroups"]
    return report, 1 if totals["errors"] else EXIT_PENDING if waiting else 0


def _progress(copied: int, total: int) -> None:
    print(f"\r[yilian index] copied {copied}/{total}", end="", file=sys.stderr, flush=True)


def cli(args: argparse.Namespace) -> int:
    settings = get_settings()
    code = 0
    try:
        if args.action != "status":
            ensure_running(settings)
        client = get_client(settings)
        if args.action == "setup":
            result = {"alias": settings.index_alias, "index": lifecycle.ensure_index(client, settings.index_alias)}
        elif args.action == "reindex":
            result = lifecycle.reindex(client, settings.index_alias, keep=getattr(args, "keep", 1), progress=_progress)
            print(file=sys.stderr)
        elif args.action == "rebuild":
            result = _rebuild(client, settings, args)
        elif args.action == "replay":
            result, code = _replay(client, settings)
        elif args.action == "alliances":
            from indexer.alliances import rebuild_registry

            result = rebuild_registry(client, settings.index_alias)
        else:
            result = lifecycle.status(client, settings.index_alias)
    except (EsLocalError, lifecycle.LifecycleError, ApiError, TransportError, SourcesError) as exc:
        print(f"yilian index {args.action}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return code
