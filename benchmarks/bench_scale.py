"""Search at scale: bulk-index a million realistic announcements, then the search page's queries from 16 clients.

    .venv/bin/python benchmarks/bench_scale.py                 # 1,000,000 documents
    .venv/bin/python benchmarks/bench_scale.py --quick         # 100,000 documents
    .venv/bin/python benchmarks/bench_scale.py --docs 20000 --seconds 5   # a smoke run

Everything runs on this machine, apart from the shared node: a node of the same integ-test
distribution of its own (own port, own data folder under --work, deleted afterwards unless
--keep), the search API as `yilian serve` in its own process, and the clients in this one.

1. documents: benchmarks/scale_docs.py writes them once to ``<work>/docs-<n>.jsonl`` (reused).
2. bulk: ``indexer.lifecycle.ensure_index`` (the product's template) and ``indexer.bulk.index_documents``
   (the crawl's bulk path), one client: docs/s, size on disk per 1,000 documents, segments, heap used.
3. queries: each shape of the search page in turn, ``--clients`` clients (aiohttp) in a closed loop (each sends
   its next request when the last one answered) for ``--seconds``, parameters drawn at random from
   the shape's pool, so few requests repeat: requests/s, p50/p95/p99 latency as the client sees
   it, Elasticsearch's own ``took`` (the API's Server-Timing header) and what the API adds to it,
   CPU milliseconds per request of the node, of the API process and of the clients.
4. export: 10,000 CSV rows of one query, alone, three times: rows/s.

The machine's load average is printed with every phase: other work on its two cores shows up in
the latencies, so compare runs made at the same time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import aiohttp  # noqa: E402
import httpx  # noqa: E402

from indexer.bulk import index_documents  # noqa: E402
from indexer.client import get_client  # noqa: E402
from indexer.lifecycle import ensure_index  # noqa: E402
from scale_docs import Generator  # noqa: E402
from search_api.models import SearchParams  # noqa: E402
from search_api.queries import build_search, search_type  # noqa: E402
from yilian import es_local  # noqa: E402
from yilian.settings import Settings  # noqa: E402

ALIAS = "articles"
EXPORT_ROWS = 10_000
# what people type into the search box: alliance forms and their work, in the words announcements use
WORDS = ["医联体", "医共体", "专科联盟", "远程医疗", "城市医疗集团", "县域医共体", "紧密型县域医共体", "分级诊疗",
         "双向转诊", "对口帮扶", "托管", "签约", "揭牌", "义诊", "培训", "胸痛中心", "卒中", "儿科", "基层", "远程会诊",
         "家庭医生", "乡镇卫生院", "人民医院", "中医院", "专家", "下沉", "帮扶", "联盟", "协作网", "远程影像"]
YEARS = list(range(2015, 2026))


def free_port(start: int) -> int:
    for port in range(start, start + 200):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0 and probe.connect_ex(("127.0.0.1", port + 100)) != 0:
                return port
    raise RuntimeError("no free port")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min) {five:.1f} (5 min) on {os.cpu_count()} cores"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (its threads included)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- documents ---------------------------------------------------------------------------------


def documents_file(work: Path, n: int) -> Path:
    path = work / f"docs-{n}.jsonl"
    if path.exists():
        return path
    start = time.perf_counter()
    partial = path.with_suffix(".part")
    with open(partial, "w", encoding="utf-8") as out:
        for k, doc in enumerate(Generator(n).documents(), start=1):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            if k % 100_000 == 0:
                print(f"  generated {k:,} documents ({time.perf_counter() - start:.0f}s)", file=sys.stderr, flush=True)
    partial.rename(path)
    print(f"generated {n:,} documents in {time.perf_counter() - start:.0f}s into {path} "
          f"({path.stat().st_size / 1e9:.2f} GB of JSON)")
    return path


def read_documents(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def pools(path: Path) -> dict[str, list]:
    """Provinces and prefectures (as people type them: 漯河, not 漯河市) of the documents, to draw queries from."""
    provinces, cities = set(), set()
    with open(path, encoding="utf-8") as lines:
        for k, line in enumerate(lines):
            if k >= 20_000:
                break
            doc = json.loads(line)
            provinces.add(doc["province"])
            if doc["city"] and doc["city"].endswith("市") and len(doc["city"]) > 2:
                cities.add(doc["city"][:-1])
    return {"provinces": sorted(provinces), "places": sorted(cities)}


# --- bulk --------------------------------------------------------------------------------------


def bulk(client, path: Path, n: int) -> dict[str, Any]:
    ensure_index(client, ALIAS)
    start = time.perf_counter()
    last = [start]

    def progress(stats) -> None:
        if time.perf_counter() - last[0] > 30:
            last[0] = time.perf_counter()
            rate = stats.indexed / (last[0] - start)
            print(f"  indexed {stats.indexed:,} ({rate:,.0f} docs/s, {load()})", file=sys.stderr, flush=True)

    stats = index_documents(client, read_documents(path), alias=ALIAS, chunk_size=1000, progress=progress)
    seconds = time.perf_counter() - start
    refresh_start = time.perf_counter()
    client.indices.refresh(index=ALIAS)
    refresh = time.perf_counter() - refresh_start
    return {"indexed": stats.indexed, "failed": stats.failed, "seconds": seconds, "refresh_s": refresh}


def wait_for_merges(client, limit: float = 900.0) -> float:
    """Seconds until the merges a bulk load leaves running are done: their CPU would be counted as the searches'."""
    start = time.monotonic()
    while time.monotonic() - start < limit:
        merges = client.indices.stats(index=ALIAS, metric="merge")["_all"]["total"]["merges"]
        if merges["current"] == 0:
            break
        time.sleep(2)
    return time.monotonic() - start


def index_figures(client) -> dict[str, Any]:
    stats = client.indices.stats(index=ALIAS, metric="store,docs,segments")["_all"]["primaries"]
    docs = stats["docs"]["count"]
    node = next(iter(client.nodes.stats(metric="jvm")["nodes"].values()))["jvm"]["mem"]
    return {"docs": docs, "store_bytes": stats["store"]["size_in_bytes"], "segments": stats["segments"]["count"],
            "per_1000_kb": stats["store"]["size_in_bytes"] / docs * 1000 / 1024,
            "heap_used_mb": node["heap_used_in_bytes"] / 2**20, "heap_max_mb": node["heap_max_in_bytes"] / 2**20}


# --- query shapes ------------------------------------------------------------------------------


@dataclass
class Shape:
    name: str
    path: str
    params: Any  # (rng) -> dict of query parameters


def shapes(pool: dict[str, list], has_trends: bool) -> list[Shape]:
    def years(rng: random.Random) -> dict[str, str]:
        first = rng.choice(YEARS[:-1])
        last = rng.choice([y for y in YEARS if y >= first])
        return {"date_from": f"{first}-01-01", "date_to": f"{last}-12-31"}

    found = [
        Shape("landing page: newest first, all facets", "/api/search", lambda rng: {"page": rng.choice([1, 1, 1, 2])}),
        Shape("popular word: hits, highlights, facets, reposts collapsed", "/api/search", lambda rng: {"q": rng.choice(WORDS)}),
        Shape("two words", "/api/search", lambda rng: {"q": " ".join(rng.sample(WORDS, 2))}),
        Shape("place + word (漯河 医共体)", "/api/search",
              lambda rng: {"q": f"{rng.choice(pool['places'])} {rng.choice(WORDS)}"}),
        Shape("word + province + years", "/api/search",
              lambda rng: {"q": rng.choice(WORDS), "province": rng.choice(pool["provinces"]), **years(rng)}),
        Shape("province + years, newest first", "/api/search",
              lambda rng: {"province": rng.choice(pool["provinces"]), **years(rng)}),
        Shape("word by date, page 3, all copies", "/api/search",
              lambda rng: {"q": rng.choice(WORDS), "sort": "date", "page": 3, "collapse": False}),
    ]
    if has_trends:
        found.append(Shape("trends: word by year, split by form", "/api/trends",
                           lambda rng: {"q": rng.choice(WORDS), "interval": "year", "split": "alliance_form"}))
    return found


@dataclass
class Samples:
    latency_ms: list[float] = field(default_factory=list)
    took_ms: list[float] = field(default_factory=list)
    errors: int = 0


def _took(headers) -> float | None:
    for part in headers.get("server-timing", "").split(","):
        name, _, value = part.strip().partition(";dur=")
        if name == "es" and value:
            return float(value)
    return None


async def run_shape(base: str, shape: Shape, clients: int, seconds: float, seed: int) -> Samples:
    """The clients are aiohttp sessions: they share the two cores with the node and the API, and
    httpx's AsyncClient cost 1.3 ms of CPU per request here against aiohttp's 0.3."""
    samples = Samples()
    deadline = time.monotonic() + seconds

    async def client_loop(http: aiohttp.ClientSession, rng: random.Random) -> None:
        while time.monotonic() < deadline:
            start = time.perf_counter()
            params = {key: str(value).lower() if isinstance(value, bool) else str(value) for key, value in shape.params(rng).items()}
            async with http.get(shape.path, params=params) as response:
                await response.read()
                elapsed = (time.perf_counter() - start) * 1000
                if response.status != 200:
                    samples.errors += 1
                    continue
                samples.latency_ms.append(elapsed)
                took = _took(response.headers)
                if took is not None:
                    samples.took_ms.append(elapsed - took)

    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(base, connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as http:
        await asyncio.gather(*(client_loop(http, random.Random(seed * 100 + k)) for k in range(clients)))
    return samples


def request_cache(client) -> tuple[int, int]:
    found = client.indices.stats(index=ALIAS, metric="request_cache")["_all"]["total"]["request_cache"]
    return found["hit_count"], found["miss_count"]


def cold_cost(client, es_pid: int, shape: Shape, runs: int = 30) -> tuple[float, float]:
    """Node CPU ms per request and took p50 of one client sending the shape's searches with the request
    cache off: what a search nobody asked before costs."""
    rng = random.Random(99)
    requests = [SearchParams(**shape.params(rng)) for _ in range(runs + 3)]
    tooks = []
    for k, params in enumerate(requests):
        if k == 3:
            before = cpu_seconds(es_pid)
        found = client.search(index=ALIAS, body=build_search(params), search_type=search_type(params), request_cache=False)
        if k >= 3:
            tooks.append(found["took"])
    return (cpu_seconds(es_pid) - before) * 1000 / runs, statistics.median(tooks)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def export_rows(base: str, params: dict[str, Any]) -> tuple[int, float]:
    start = time.perf_counter()
    rows = -1  # the header line
    with httpx.stream("GET", f"{base}/api/search/export", params={"format": "csv", **params}, timeout=120) as response:
        response.raise_for_status()
        for _ in response.iter_lines():
            rows += 1
            if rows >= EXPORT_ROWS:
                break
    return rows, time.perf_counter() - start


# --- the run -----------------------------------------------------------------------------------


def start_api(url: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "ES_URL": url, "YILIAN_INDEX": ALIAS, "YILIAN_LOG_LEVEL": "WARNING"}
    api = subprocess.Popen([sys.executable, "-m", "yilian.cli", "serve", "--port", str(port)], env=env, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return api
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    api.kill()
    raise RuntimeError("the API did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="100,000 documents")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20.0, help="per query shape")
    parser.add_argument("--heap", default="2g", help="the node's heap")
    parser.add_argument("--shards", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/var/tmp/yilian-bench-scale"),
                        help="documents file and the node's folder (disk is shared: deleted afterwards unless --keep)")
    parser.add_argument("--keep", action="store_true", help="keep the node, its index and the documents file")
    parser.add_argument("--port", type=int, help="the node's port (a node kept with --keep is reused with its index)")
    args = parser.parse_args()
    n = 100_000 if args.quick else args.docs

    args.work.mkdir(parents=True, exist_ok=True)
    args.work.chmod(0o755)  # the node's unprivileged user must reach its folder below
    print(f"search at scale: {n:,} documents, {args.clients} clients, {args.seconds:.0f}s per shape; {load()}")
    path = documents_file(args.work, n)
    port = args.port or free_port(9280)
    node = Settings(YILIAN_STATE_DIR=str(args.work / f"node-{port}"), YILIAN_ES_PORT=port, YILIAN_ES_HEAP=args.heap,
                    YILIAN_INDEX_SHARDS=args.shards, YILIAN_INDEX_REPLICAS="0")
    api = None
    try:
        url = es_local.ensure_running(node)
        client = get_client(node.model_copy(update={"es_url": url}), request_timeout=600)
        es_pid = es_local.status(node)["pid"]
        print(f"node {url}, heap {args.heap}, {args.shards} shard(s)")

        if client.indices.exists_alias(name=ALIAS) and client.count(index=ALIAS)["count"] == n:
            print(f"reusing the {n:,} documents already indexed (--keep)")
        else:
            done = bulk(client, path, n)
            print(f"\nbulk: {done['indexed']:,} indexed, {done['failed']} failed in {done['seconds']:.0f}s = "
                  f"{done['indexed'] / done['seconds']:,.0f} docs/s (one client, index_documents chunk 1000; "
                  f"refresh {done['refresh_s']:.1f}s); {load()}")
        print(f"background merges finished {wait_for_merges(client):.0f}s later")
        figures = index_figures(client)
        print(f"index: {figures['docs']:,} documents, {figures['store_bytes'] / 1e9:.2f} GB on disk = "
              f"{figures['per_1000_kb']:,.0f} kB per 1,000 documents, {figures['segments']} segments; "
              f"heap used {figures['heap_used_mb']:,.0f} of {figures['heap_max_mb']:,.0f} MB")

        api_port = free_port(8950)
        api = start_api(url, api_port)
        base = f"http://127.0.0.1:{api_port}"
        has_trends = "/api/trends" in httpx.get(f"{base}/openapi.json").json()["paths"]
        pool = pools(path)

        print(f"\n| query shape, one client, request cache off | node CPU ms/request | took p50 ms |")
        print("|---|---:|---:|")
        for shape in shapes(pool, has_trends):
            if shape.path == "/api/search":
                cost, took = cold_cost(client, es_pid, shape)
                print(f"| {shape.name} | {cost:.1f} | {took:.0f} |")
        print(f"({load()})")

        print(f"\n| query shape ({args.clients} clients) | req/s | p50 ms | p95 ms | p99 ms | ES took p50 | "
              f"API adds p50 / p99 ms | CPU ms/req ES, API, clients | request cache hits | errors |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for k, shape in enumerate(shapes(pool, has_trends)):
            asyncio.run(run_shape(base, shape, 4, min(3.0, args.seconds), seed=1000 + k))  # warm the caches a shape uses
            cache = request_cache(client)
            cpu = cpu_seconds(es_pid), cpu_seconds(api.pid)
            clients_cpu = time.process_time()
            started = time.monotonic()
            samples = asyncio.run(run_shape(base, shape, args.clients, args.seconds, seed=k))
            wall = time.monotonic() - started
            count = len(samples.latency_ms)
            clients_cpu = (time.process_time() - clients_cpu) * 1000 / max(count, 1)
            es_cpu, api_cpu = ((cpu_seconds(pid) - before) * 1000 / max(count, 1) for pid, before in zip((es_pid, api.pid), cpu))
            took = [lat - add for lat, add in zip(samples.latency_ms, samples.took_ms)]
            hits, misses = (after - before for after, before in zip(request_cache(client), cache))
            print(f"| {shape.name} | {count / wall:.1f} | {percentile(samples.latency_ms, .5):.0f} | "
                  f"{percentile(samples.latency_ms, .95):.0f} | {percentile(samples.latency_ms, .99):.0f} | "
                  f"{percentile(took, .5):.0f} | {percentile(samples.took_ms, .5):.1f} / {percentile(samples.took_ms, .99):.0f} | "
                  f"{es_cpu:.1f}, {api_cpu:.1f}, {clients_cpu:.1f} | {hits / max(hits + misses, 1):.0%} | {samples.errors} |")
        print(f"({load()})")

        rng = random.Random(7)
        print(f"\n| export (csv, one client) | rows | seconds | rows/s |")
        print("|---|---:|---:|---:|")
        for query in ({"q": "医联体"}, {"province": rng.choice(pool["provinces"])}, {}):
            rows, seconds = export_rows(base, query)
            print(f"| {json.dumps(query, ensure_ascii=False)} | {rows:,} | {seconds:.2f} | {rows / seconds:,.0f} |")
        figures = index_figures(client)
        print(f"\nheap used after the queries: {figures['heap_used_mb']:,.0f} of {figures['heap_max_mb']:,.0f} MB; {load()}")
    finally:
        if api is not None:
            api.terminate()
            api.wait(timeout=30)
        if not args.keep:
            es_local.stop(node)
            shutil.rmtree(es_local.local_node(node).root, ignore_errors=True)
            shutil.rmtree(args.work / f"node-{port}", ignore_errors=True)
            path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
