"""Indexer figures on the local (or ES_URL) cluster: bulk throughput and Chinese analyzer quality.

    .venv/bin/python benchmarks/bench_indexer.py bulk [--docs 5000]
    .venv/bin/python benchmarks/bench_indexer.py analyzers

``bulk``: documents built from the fixture corpus (scale variants) through ``to_document``, written
with ``index_documents`` (streaming_bulk) at several chunk sizes and with ``helpers.parallel_bulk``;
docs/s and MB/s of source JSON. ``analyzers``: the same documents indexed with the template's
``zh_text`` (standard tokenizer: one token per Han character) and ``zh_bigram`` (character pairs
from the shingle filter, the closest to ``cjk_bigram`` the integ-test node offers); for each alliance phrase,
ground truth = documents whose Simplified title+body contains it; precision/recall per query type.
Every index created here is named ``bench-indexer-*`` and deleted afterwards.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from elasticsearch import Elasticsearch  # noqa: E402
from elasticsearch.helpers import parallel_bulk  # noqa: E402

from indexer.bulk import index_documents  # noqa: E402
from indexer.client import get_client  # noqa: E402
from indexer.document import to_document  # noqa: E402
from indexer.lifecycle import ensure_index, managed_indices  # noqa: E402
from indexer.template import ANALYSIS, PROPERTIES, template_name  # noqa: E402
from yilian.es_local import ensure_running  # noqa: E402
from yilian.fixtureweb.corpus import load_corpus  # noqa: E402
from yilian.fixtureweb.scale import scale_articles  # noqa: E402
from yilian.records import Article, Region  # noqa: E402
from yilian.settings import get_settings  # noqa: E402

PHRASES = ["医联体", "医共体", "专科联盟", "远程医疗", "医疗集团", "分级诊疗", "双向转诊", "县域", "签约", "牵头单位", "下沉", "卫生院"]


def corpus_documents(n: int) -> list[dict[str, Any]]:
    crawled = datetime.now(timezone.utc)
    docs = []
    for i, item in enumerate(scale_articles(load_corpus().articles, n)):
        body = "\n".join(item.paragraphs)
        article = Article(
            url=f"http://bench.example/news/{i}.html", title=item.title, title_simplified=item.title,
            body=body, body_simplified=body, published_at=item.published_at,
            region=Region(**{k: v for k, v in item.region.items() if k in ("province", "city", "county", "code")}),
            alliance_forms=list(item.alliance_forms), event_types=list(item.event_types),
        )
        docs.append(to_document(article, None, crawled))
    return docs


def _timed(run: Callable[[], int]) -> tuple[int, float]:
    start = time.perf_counter()
    count = run()
    return count, time.perf_counter() - start


def _fresh_alias(client: Elasticsearch, alias: str) -> None:
    _drop(client, alias)
    ensure_index(client, alias)


def _drop(client: Elasticsearch, alias: str) -> None:
    names = managed_indices(client, alias)
    if names:
        client.indices.delete(index=",".join(names))
    client.options(ignore_status=404).indices.delete_index_template(name=template_name(alias))


def bench_bulk(client: Elasticsearch, n: int) -> None:
    docs = corpus_documents(n)
    megabytes = sum(len(json.dumps(doc, ensure_ascii=False).encode()) for doc in docs) / 1e6
    alias = "bench-indexer-bulk"
    runs: list[tuple[str, Callable[[], int]]] = [
        (f"streaming_bulk chunk={size}", lambda size=size: index_documents(client, docs, alias=alias, chunk_size=size).indexed)
        for size in (100, 500, 1000)
    ]

    def parallel(threads: int = 2) -> int:
        actions = ({"_index": alias, "_id": d["id"], "_source": d} for d in docs)
        return sum(ok for ok, _ in parallel_bulk(client, actions, thread_count=threads, chunk_size=500))

    runs.append(("parallel_bulk 2 threads chunk=500", parallel))
    print(f"{n} documents, {megabytes:.1f} MB of JSON, node {client.nodes.info()['nodes'].popitem()[1]['version']}")
    print(f"{'method':<36}{'docs':>7}{'seconds':>9}{'docs/s':>9}{'MB/s':>7}")
    try:
        for name, run in runs:
            _fresh_alias(client, alias)
            count, seconds = _timed(run)
            print(f"{name:<36}{count:>7}{seconds:>9.2f}{count / seconds:>9.0f}{megabytes / seconds:>7.2f}")
    finally:
        _drop(client, alias)


def _analyzer_index(client: Elasticsearch, name: str, docs: list[dict[str, Any]]) -> None:
    client.options(ignore_status=404).indices.delete(index=name)
    text = {"type": "text", "analyzer": "zh_text", "fields": {"bigram": {"type": "text", "analyzer": "zh_bigram"}}}
    client.indices.create(
        index=name,
        settings={"number_of_shards": 1, "number_of_replicas": 0, "analysis": ANALYSIS},
        mappings={"properties": {"id": PROPERTIES["id"], "title": text, "body": text}},
    )
    actions = ({"_index": name, "_id": d["id"], "_source": {"id": d["id"], "title": d["title"], "body": d["body"]}} for d in docs)
    for ok, item in parallel_bulk(client, actions, chunk_size=500, thread_count=1):
        if not ok:
            raise RuntimeError(item)
    client.indices.refresh(index=name)


def _hits(client: Elasticsearch, index: str, query: dict[str, Any]) -> set[str]:
    response = client.search(index=index, query=query, size=10000, source=False)
    return {hit["_id"] for hit in response["hits"]["hits"]}


def bench_analyzers(client: Elasticsearch) -> None:
    docs = corpus_documents(len(load_corpus().articles))
    index = "bench-indexer-analyzers"
    _analyzer_index(client, index, docs)
    methods = {
        "zh_text match_phrase": lambda p: {"multi_match": {"query": p, "fields": ["title", "body"], "type": "phrase"}},
        "zh_text match AND": lambda p: {"multi_match": {"query": p, "fields": ["title", "body"], "operator": "and"}},
        "zh_text match 3<80% (search API)": lambda p: {"multi_match": {"query": p, "fields": ["title^3", "body"], "type": "cross_fields", "minimum_should_match": "3<80%"}},
        "bigram match AND": lambda p: {"multi_match": {"query": p, "fields": ["title.bigram", "body.bigram"], "operator": "and"}},
    }
    try:
        truth = {p: {d["id"] for d in docs if p in d["title"] or p in d["body"]} for p in PHRASES}
        print(f"{len(docs)} corpus documents, {len(PHRASES)} phrases, {sum(map(len, truth.values()))} relevant (doc, phrase) pairs")
        print(f"{'query':<36}{'precision':>10}{'recall':>8}{'false hits':>12}")
        for name, build in methods.items():
            tp = fp = fn = 0
            for phrase in PHRASES:
                found = _hits(client, index, build(phrase))
                tp, fp, fn = tp + len(found & truth[phrase]), fp + len(found - truth[phrase]), fn + len(truth[phrase] - found)
            print(f"{name:<36}{tp / max(tp + fp, 1):>10.3f}{tp / max(tp + fn, 1):>8.3f}{fp:>12}")
        stats = client.indices.stats(index=index, metric="store")["indices"][index]["primaries"]["store"]["size_in_bytes"]
        disk = client.indices.disk_usage(index=index, run_expensive_tasks=True)[index]["fields"]
        per_field = {field: disk[field]["total_in_bytes"] for field in ("body", "body.bigram", "title", "title.bigram") if field in disk}
        print(f"store {stats / 1e3:.0f} kB; inverted index by field (bytes): {per_field}")
    finally:
        client.options(ignore_status=404).indices.delete(index=index)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["bulk", "analyzers"])
    parser.add_argument("--docs", type=int, default=5000)
    args = parser.parse_args()
    warnings.filterwarnings("ignore", message="This API is in technical preview")  # disk_usage
    ensure_running(get_settings())
    client = get_client(request_timeout=120)
    if args.what == "bulk":
        bench_bulk(client, args.docs)
    else:
        bench_analyzers(client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
