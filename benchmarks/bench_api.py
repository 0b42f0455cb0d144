"""Search API latency on the local (or ES_URL) cluster, through the whole app (validation, ES, reading).

    .venv/bin/python benchmarks/bench_api.py [--docs 5000] [--runs 30]

Indexes ``--docs`` documents from the fixture corpus (scaled, as bench_indexer.py builds them)
into a throwaway alias ``bench-api-*``, then times each query shape with FastAPI's TestClient
(in-process: no socket, so the figures are app + Elasticsearch time) and the CSV export of
every hit. Prints p50/p95 per query, precision/recall of the matching rules against a verbatim
ground truth, and export rows/s; deletes the alias's indices afterwards.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fastapi.testclient import TestClient  # noqa: E402

from bench_indexer import corpus_documents  # noqa: E402
from indexer.bulk import index_documents  # noqa: E402
from indexer.client import get_client  # noqa: E402
from indexer.lifecycle import ensure_index, managed_indices  # noqa: E402
from indexer.template import template_name  # noqa: E402
from search_api.app import create_app  # noqa: E402
from yilian.es_local import ensure_running  # noqa: E402
from yilian.settings import Settings, get_settings  # noqa: E402

QUERIES: list[tuple[str, dict[str, object]]] = [
    ("browse, newest first", {}),
    ("one word 医联体", {"q": "医联体"}),
    ("two words 医联体 签约", {"q": "医联体 签约"}),
    ("long 县域医共体建设", {"q": "县域医共体建设"}),
    ("Traditional 專科聯盟", {"q": "專科聯盟"}),
    ("word + province", {"q": "医共体", "province": "河南"}),
    ("word + province + dates", {"q": "医联体", "province": "河南", "date_from": "2020-01-01", "date_to": "2022-12-31"}),
    ("word, page 20 of 10", {"q": "医院", "page": 20}),
    ("word, collapse reposts", {"q": "医联体", "collapse": True}),
]


QUALITY = ["医联体", "医共体", "专科联盟", "远程医疗", "医联体 签约", "专科联盟 成立", "医共体 帮扶",
           "县域医共体建设", "紧密型县域医共体", "儿科专科联盟", "远程医疗协作网"]


def truth(documents: list[dict], query: str) -> set[str]:
    """Ground truth: documents whose Simplified title+subtitle+body contains every query word verbatim."""
    words = query.split()
    return {d["id"] for d in documents if all(w in f"{d['title']}\n{d.get('subtitle') or ''}\n{d['body']}" for w in words)}


def exported_ids(client: TestClient, query: str) -> set[str]:
    response = client.get("/api/search/export", params={"q": query, "format": "jsonl", "include_all": True})
    return {json.loads(line)["id"] for line in response.iter_lines() if line}


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def time_query(client: TestClient, params: dict[str, object], runs: int) -> tuple[float, float, int]:
    for _ in range(3):
        client.get("/api/search", params=params)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get("/api/search", params=params)
        samples.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    return statistics.median(samples), percentile(samples, 0.95), response.json()["total"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    settings = get_settings()
    es_url = ensure_running(settings)
    es = get_client(settings)
    alias = f"bench-api-{uuid.uuid4().hex[:8]}"
    try:
        ensure_index(es, alias)
        start = time.perf_counter()
        documents = corpus_documents(args.docs)
        stats = index_documents(es, documents, alias=alias, refresh=True, chunk_size=1000)
        print(f"indexed {stats.indexed} documents ({stats.failed} failed) in {time.perf_counter() - start:.1f}s into {alias}")
        client = TestClient(create_app(Settings(ES_URL=es_url, YILIAN_INDEX=alias)))

        print(f"\n| query | hits | p50 ms | p95 ms |  ({args.runs} runs each, size=10, all facets)")
        print("|---|---:|---:|---:|")
        for name, params in QUERIES:
            p50, p95, total = time_query(client, params, args.runs)
            print(f"| {name} | {total} | {p50:.1f} | {p95:.1f} |")

        print("\n| query | truth | hits | precision | recall |  (truth: every word verbatim in title/subtitle/body)")
        print("|---|---:|---:|---:|---:|")
        for query in QUALITY:
            expected, found = truth(documents, query), exported_ids(client, query)
            hit = len(expected & found)
            print(f"| {query} | {len(expected)} | {len(found)} | {hit / len(found) if found else 1:.3f} | {hit / len(expected) if expected else 1:.3f} |")

        start = time.perf_counter()
        rows = sum(1 for _ in client.get("/api/search/export", params={"format": "csv", "include_all": True}).iter_lines()) - 1
        elapsed = time.perf_counter() - start
        print(f"\nexport csv of every document: {rows} rows in {elapsed:.2f}s = {rows / elapsed:,.0f} rows/s")
    finally:
        names = managed_indices(es, alias)
        if names:
            es.indices.delete(index=",".join(names))
        es.options(ignore_status=404).indices.delete_index_template(name=template_name(alias))
        es.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
