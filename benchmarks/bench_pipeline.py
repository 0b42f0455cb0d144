"""End-to-end throughput: crawl + decode + extract + index against Scrapy's fetch-only rate, same run.

    .venv/bin/python benchmarks/bench_pipeline.py [--pages 5000] [--queries 300]

Starts (or reuses) the local Elasticsearch and a fixture web with a generated site of N article
pages in its own process, then in turn, each crawl a separate process (so its peak RSS is its own):
  1. a fetch-only Scrapy crawl (links followed, no cleaning, no index): the baseline;
  2. the full pipeline, politeness off, into a throw-away alias;
then times search requests against the API. Prints a table and writes benchmarks/out/pipeline.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from yilian import es_local  # noqa: E402
from yilian.fixtureweb.scale import bench_source  # noqa: E402
from yilian.fixtureweb.server import start_subprocess  # noqa: E402
from yilian.settings import get_settings  # noqa: E402


def run_crawl(sources_file: Path, base_url: str, env: dict, *extra: str) -> tuple[dict, float, int]:
    """One crawl in a child process: its summary, wall time and peak RSS in MiB."""
    command = [sys.executable, "-m", "yilian.cli", "crawl", "--sources", str(sources_file),
               "--fixture-base", base_url, "--fast", *extra]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    summary = json.loads(output.strip().splitlines()[-1]) if output.strip() else {}
    if child.returncode not in (0, 1):
        raise SystemExit(f"crawl failed ({child.returncode}): {' '.join(command)}")
    return summary, wall, usage.ru_maxrss // 1024


def search_latencies(api: str, queries: int) -> list[float]:
    terms = ["医联体", "专科联盟", "医共体", "远程医疗", "城市医疗集团", "帮扶", "签约", "揭牌", "义诊", "培训"]
    provinces = [None, "河南省", "辽宁省", "浙江省", "湖北省", "河北省"]
    rng = random.Random(7)
    latencies = []
    with httpx.Client(base_url=api, timeout=30) as client:
        client.get("/api/search", params={"q": "医联体"})  # warm-up
        for _ in range(queries):
            params = {"q": rng.choice(terms)}
            province = rng.choice(provinces)
            if province:
                params["province"] = province
            if rng.random() < 0.3:
                params["date_from"], params["date_to"] = "2018-01-01", "2023-12-31"
            started = time.perf_counter()
            response = client.get("/api/search", params=params)
            latencies.append((time.perf_counter() - started) * 1000)
            response.raise_for_status()
    return latencies


def wait_for(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"{url} did not come up in {timeout:.0f}s")


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--api-port", type=int, default=8765)
    args = parser.parse_args()

    settings = get_settings()
    print(f"Elasticsearch: {es_local.ensure_running(settings)}", file=sys.stderr)
    alias = f"bench-articles-{os.getpid()}"
    work = Path(tempfile.mkdtemp(prefix="yilian-bench-"))
    env = {**os.environ, "YILIAN_INDEX": alias, "YILIAN_STATE_DIR": str(work), "YILIAN_ALLOW_PRIVATE_NETWORKS": "1"}

    fixtures = start_subprocess(port=0, scale=args.pages)
    try:
        sources_file = work / "sources.yaml"
        sources_file.write_text(yaml.safe_dump({"sources": [bench_source().model_dump(exclude_none=True)]}, allow_unicode=True), "utf-8")
        print(f"fixture web with {args.pages} generated article pages at {fixtures.base_url}", file=sys.stderr)

        print("1/3 fetch-only Scrapy crawl ...", file=sys.stderr)
        fetch, fetch_wall, fetch_rss = run_crawl(sources_file, fixtures.base_url, env, "--fetch-only")
        print("2/3 full pipeline crawl (archive, decode, extract, normalise, enrich, index) ...", file=sys.stderr)
        full, full_wall, full_rss = run_crawl(sources_file, fixtures.base_url, env)

        print("3/3 search latency ...", file=sys.stderr)
        api = f"http://127.0.0.1:{args.api_port}"
        server = subprocess.Popen([sys.executable, "-m", "yilian.cli", "serve", "--port", str(args.api_port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for(f"{api}/healthz")
            latencies = search_latencies(api, args.queries)
        finally:
            server.terminate()
            server.wait(10)
    finally:
        fixtures.stop()
        from indexer.client import get_client
        from indexer.lifecycle import managed_indices

        client = get_client()
        names = managed_indices(client, alias)
        if names:
            client.indices.delete(index=",".join(names))

    fetch_rate = fetch["responses"] / fetch["elapsed_s"]
    full_rate = full["responses"] / full["elapsed_s"]
    result = {
        "pages": args.pages,
        "fetch_only": {"responses": fetch["responses"], "elapsed_s": fetch["elapsed_s"], "process_s": round(fetch_wall, 1),
                       "pages_per_s": round(fetch_rate, 1),
                       "peak_rss_mib": fetch_rss},
        "full_pipeline": {"responses": full["responses"], "articles": full.get("articles"), "indexed": full.get("indexed"),
                          "elapsed_s": full["elapsed_s"], "process_s": round(full_wall, 1), "pages_per_s": round(full_rate, 1),
                          "peak_rss_mib": full_rss},
        "ratio_full_to_fetch_only": round(full_rate / fetch_rate, 3),
        "search_ms": {"queries": len(latencies), "p50": round(percentile(latencies, 50), 1),
                      "p99": round(percentile(latencies, 99), 1)},
    }
    print()
    print(f"{'run':<16}{'responses':>10}{'seconds':>9}{'process s':>11}{'pages/s':>9}{'peak RSS MiB':>14}")
    for name, key in (("fetch-only", "fetch_only"), ("full pipeline", "full_pipeline")):
        row = result[key]
        print(f"{name:<16}{row['responses']:>10}{row['elapsed_s']:>9.1f}{row['process_s']:>11.1f}"
              f"{row['pages_per_s']:>9.1f}{row['peak_rss_mib']:>14}")
    print("(pages/s over the crawl itself; process s includes interpreter and Scrapy start-up)")
    print(f"full / fetch-only: {result['ratio_full_to_fetch_only']:.2f}   (target >= 0.25)")
    print(f"indexed {full.get('indexed')} of {full.get('articles')} articles; "
          f"repost grouping: {full.get('repost_groups', {})}")
    print(f"search latency over {len(latencies)} queries: p50 {result['search_ms']['p50']} ms, "
          f"p99 {result['search_ms']['p99']} ms")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "pipeline.json").write_text(json.dumps(result, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
