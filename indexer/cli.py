"""`yilian index setup|reindex|status`: the lifecycle functions, with progress on stderr and JSON on stdout."""

from __future__ import annotations

import argparse
import json
import sys

from elastic_transport import TransportError
from elasticsearch import ApiError

from indexer import lifecycle
from indexer.client import get_client
from yilian.es_local import EsLocalError, ensure_running
from yilian.settings import get_settings


def _progress(copied: int, total: int) -> None:
    print(f"\r[yilian index] copied {copied}/{total}", end="", file=sys.stderr, flush=True)


def cli(args: argparse.Namespace) -> int:
    settings = get_settings()
    try:
        if args.action != "status":
            ensure_running(settings)
        client = get_client(settings)
        if args.action == "setup":
            result = {"alias": settings.index_alias, "index": lifecycle.ensure_index(client, settings.index_alias)}
        elif args.action == "reindex":
            result = lifecycle.reindex(client, settings.index_alias, keep=getattr(args, "keep", 1), progress=_progress)
            print(file=sys.stderr)
        else:
            result = lifecycle.status(client, settings.index_alias)
    except (EsLocalError, lifecycle.LifecycleError, ApiError, TransportError) as exc:
        print(f"yilian index {args.action}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0
