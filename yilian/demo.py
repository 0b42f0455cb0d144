"""`yilian demo`: local Elasticsearch, the fixture web, a crawl, the index and the search page.

It stops, on Ctrl-C, exactly what it started: a node that was already running is left alone.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

from yilian.settings import get_settings


FIXTURE_PORT = 8800


def _step(message: str) -> None:
    print(f"[yilian demo] {message}", file=sys.stderr, flush=True)


def cli(args: argparse.Namespace) -> int:
    from yilian import es_local
    from yilian.fixtureweb.server import start_background

    settings = get_settings()
    started_es = False
    if not settings.es_url:
        started_es = not es_local.status(settings).get("running", False)
        _step("starting Elasticsearch" if started_es else "using the running Elasticsearch")
    es_url = es_local.ensure_running(settings)
    _step(f"Elasticsearch at {es_url}")

    try:  # a fixed port keeps article URLs, and so their ids, the same from one demo run to the next
        fixtures = start_background(port=FIXTURE_PORT)
    except OSError:
        _step(f"port {FIXTURE_PORT} is busy: the fixture web takes a free port (its pages get new ids)")
        fixtures = start_background(port=0)
    _step(f"fixture web at {fixtures.base_url}")
    try:
        _step("crawling the fixture web and indexing (progress on stderr)")
        crawl = subprocess.run(
            [sys.executable, "-m", "yilian.cli", "crawl", "--fixture-base", fixtures.base_url, "--fast"],
            # the fixture web is on loopback, which crawls refuse unless told
            stdout=subprocess.PIPE, text=True, env={**os.environ, "YILIAN_ALLOW_PRIVATE_NETWORKS": "1"},
        )
        summary = _last_json(crawl.stdout)
        _step(f"crawl finished: {summary.get('articles', 0)} articles, {summary.get('indexed', 0)} indexed, "
              f"{summary.get('non_articles', 0)} non-articles skipped")
        if crawl.returncode != 0:
            _step(f"crawl exited {crawl.returncode}; the search page still serves what was indexed")
        port = args.port or settings.api_port
        _step(f"search page: http://{settings.api_host}:{port}/   (Ctrl-C stops the demo)")
        from search_api.server import serve

        serve(settings.api_host, port)
    except KeyboardInterrupt:
        pass
    finally:
        fixtures.stop()
        if started_es:
            _step("stopping Elasticsearch")
            es_local.stop(settings)
    return 0


def _last_json(output: str) -> dict:
    for line in reversed(output.strip().splitlines()):
        try:
            return json.loads(line)
        except json.JSONDecodeError:
            continue
    return {}
