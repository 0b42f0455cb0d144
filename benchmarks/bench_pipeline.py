"""End-to-end throughput: crawl + clean + index against Scrapy's fetch-only rate, same run, same site.

    .venv/bin/python benchmarks/bench_pipeline.py [--pages 5000] [--workers N] [--queries 300] [--code DIR]

Starts (or reuses) the local Elasticsearch and a fixture web with a generated site of N article
pages in its own process, then crawls it three times, each crawl a child process with politeness off:
  1. fetch-only: Scrapy fetches the list pages and the article pages, reads the list pages' links
     (yilian.listing) and yields each article page as an item; no archive, no crawl state, no
     cleaning, no index. The baseline.
  2. the full pipeline with ``--workers`` cleaning processes (default: one per core): the same, plus
     the WARC archive, the crawl state (SQLite), decode/extract/normalise/enrich/fingerprint in the
     worker pool, bulk indexing into a throw-away alias of its own (each full crawl starts from an
     empty index) of the local Elasticsearch with repost
     grouping after each batch, and the alliance registry rebuilt when the crawl ends;
  3. the full pipeline with 1 cleaning process;
  4. with ``--code DIR`` (another checkout, e.g. ``git worktree add /tmp/old main``), 1 and 2 again with
     its code, run from this same venv, for a before/after in one command: each right after its
     counterpart here, so the two of a pair meet the same load on a shared machine.
then times search requests against the API. For each full crawl it also prints the time Elasticsearch
spent on that crawl's own index (index stats: indexing, searches, refreshes, merges per article):
other users of a shared node do not count there, though a loaded machine stretches these times too. Pages/s are over the crawl itself (Scrapy's start-up
excluded, the index flush and registry included). Memory is sampled every 0.2 s with psutil over
the crawl process and all its descendants (the cleaning workers): the peak of their summed RSS (pages
shared copy-on-write with the parent counted once per process, so it overstates) and of their summed
PSS (shared pages split between the processes sharing them: the memory they take together). CPU
seconds: the crawl process itself and its workers (from wait4, which adds the reaped workers), and
Elasticsearch's during the crawl (the node is shared: other users' searches count too). The load
average is printed before and after: the machine is shared, so compare runs of one command only.
Writes benchmarks/out/pipeline.json.
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
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
import psutil
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from yilian import es_local  # noqa: E402
from yilian.fixtureweb.scale import bench_source  # noqa: E402
from yilian.fixtureweb.server import start_subprocess  # noqa: E402
from yilian.settings import get_settings  # noqa: E402

SAMPLE_S = 0.2


@dataclass
class Crawl:
    """What one crawl process did and took."""

    responses: int
    articles: int | None
    indexed: int | None
    clean_errors: int
    elapsed_s: float
    process_s: float
    pages_per_s: float
    peak_rss_mib: int
    peak_pss_mib: int
    processes: int
    cpu_crawl_s: float
    cpu_workers_s: float
    cpu_es_s: float
    cpu_crawl_main_s: float  # the reactor's thread (Scrapy, the item pipelines, the hand-over)
    cpu_crawl_threads_s: float  # the crawl process's other threads (the pool's task and result threads, the index writer)
    cpu_each_worker_s: list[float]  # each cleaning worker seen alive, last sample (a worker reaped before it is lost here)
    cpu_fixture_s: float  # the fixture web's process, serving this crawl


def _memory(processes: list[psutil.Process]) -> tuple[int, int, int]:
    """Summed RSS and PSS in bytes of the processes still alive, and how many they were."""
    rss = pss = alive = 0
    for proc in processes:
        try:
            info = proc.memory_full_info()
        except psutil.Error:
            continue
        rss, pss, alive = rss + info.rss, pss + info.pss, alive + 1
    return rss, pss, alive


def _cpu(proc: psutil.Process | None) -> float:
    try:
        times = proc.cpu_times() if proc else None
    except psutil.Error:
        return 0.0
    return times.user + times.system if times else 0.0


def es_process(port: int) -> psutil.Process | None:
    """The local Elasticsearch node listening on ``port`` (None when it is not ours to see)."""
    try:
        for conn in psutil.net_connections("tcp"):
            if conn.status == psutil.CONN_LISTEN and conn.laddr.port == port and conn.pid:
                return psutil.Process(conn.pid)
    except psutil.Error:
        pass
    return None


def _threads(proc: psutil.Process) -> dict[int, float]:
    """CPU seconds of each thread of ``proc`` (by thread id; the main thread's id is the pid)."""
    return {t.id: t.user_time + t.system_time for t in proc.threads()}


def run_crawl(sources_file: Path, base_url: str, env: dict, es: psutil.Process | None, *extra: str,
              code: Path = ROOT, fixture: psutil.Process | None = None) -> Crawl:
    """One crawl in a child process running ``code``'s yilian, its memory sampled while it runs."""
    command = [sys.executable, "-m", "yilian.cli", "crawl", "--sources", str(sources_file),
               "--fixture-base", base_url, "--fast", *extra]
    env = {**env, "PYTHONPATH": str(code)}
    es_before, fixture_before = _cpu(es), _cpu(fixture)
    threads: dict[int, float] = {}
    workers: dict[int, float] = {}
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL, env=env, text=True, cwd=code)
        crawl = psutil.Process(child.pid)
        peak_rss = peak_pss = most = 0
        own_cpu = 0.0
        while True:  # wait4, not Popen.poll: its usage adds the workers the crawl reaped
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            try:
                processes = [crawl, *crawl.children(recursive=True)]
                own_cpu = _cpu(crawl)
                threads.update(_threads(crawl))
            except psutil.Error:
                continue
            for proc in processes[1:]:
                if (cpu := _cpu(proc)) > 0:
                    workers[proc.pid] = cpu
            rss, pss, alive = _memory(processes)
            peak_rss, peak_pss, most = max(peak_rss, rss), max(peak_pss, pss), max(most, alive)
            time.sleep(SAMPLE_S)
        child.returncode = returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        out.seek(0)
        lines = out.read().strip().splitlines()
    if returncode not in (0, 1) or not lines:
        raise SystemExit(f"crawl failed ({returncode}): {' '.join(command)}")
    summary = json.loads(lines[-1])
    total_cpu = usage.ru_utime + usage.ru_stime
    return Crawl(
        responses=summary["responses"], articles=summary.get("articles"), indexed=summary.get("indexed"),
        clean_errors=summary.get("clean_errors", 0), elapsed_s=summary["elapsed_s"], process_s=round(wall, 1),
        pages_per_s=round(summary["responses"] / summary["elapsed_s"], 1),
        peak_rss_mib=peak_rss // 2**20, peak_pss_mib=peak_pss // 2**20, processes=most,
        cpu_crawl_s=round(own_cpu, 1), cpu_workers_s=round(max(0.0, total_cpu - own_cpu), 1),
        cpu_es_s=round(_cpu(es) - es_before, 1),
        cpu_crawl_main_s=round(threads.get(child.pid, 0.0), 1),
        cpu_crawl_threads_s=round(sum(cpu for tid, cpu in threads.items() if tid != child.pid), 1),
        cpu_each_worker_s=[round(cpu, 1) for cpu in workers.values()],
        cpu_fixture_s=round(_cpu(fixture) - fixture_before, 1),
    )


def index_times(index: str) -> dict[str, int]:
    """Milliseconds Elasticsearch spent on the crawl's own index (its index stats: other users of the
    shared node do not count here, unlike in its process CPU): indexing, searches, refreshes, merges."""
    from indexer.client import get_client

    total = get_client().indices.stats(index=f"{index}*")["_all"]["total"]
    return {"index": total["indexing"]["index_time_in_millis"],
            "search": total["search"]["query_time_in_millis"] + total["search"]["fetch_time_in_millis"],
            "refresh": total["refresh"]["total_time_in_millis"], "merge": total["merges"]["total_time_in_millis"]}


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
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2,
                        help="cleaning processes of the second crawl (the third has 1)")
    parser.add_argument("--queries", type=int, default=300, help="search requests timed afterwards (0: none)")
    parser.add_argument("--api-port", type=int, default=8765)
    parser.add_argument("--code", type=Path, help="another checkout: its fetch-only and full crawls too, for a before/after")
    args = parser.parse_args()

    settings = get_settings()
    es_url = es_local.ensure_running(settings)
    print(f"Elasticsearch: {es_url}", file=sys.stderr)
    es = es_process(httpx.URL(es_url.split(",")[0]).port or 9200)
    alias = f"bench-articles-{os.getpid()}"
    work = Path(tempfile.mkdtemp(prefix="yilian-bench-"))
    env = {**os.environ, "YILIAN_ALLOW_PRIVATE_NETWORKS": "1"}
    runs = [("fetch-only", "fetch_only", ["--fetch-only"], None),
            (f"full, {args.workers} workers", "full_pipeline", [], args.workers),
            ("full, 1 worker", "full_pipeline_1_worker", [], 1)]
    if args.code:
        runs += [("fetch-only, --code", "code_fetch_only", ["--fetch-only"], None),
                 (f"full, {args.workers}w, --code", "code_full_pipeline", [], args.workers)]
    load_before = os.getloadavg()
    crawls: dict[str, Crawl] = {}
    es_ms: dict[str, dict[str, int]] = {}  # per full crawl: Elasticsearch's time on its own index
    latencies: list[float] = []

    fixtures = start_subprocess(port=0, scale=args.pages)
    fixture = psutil.Process(fixtures.pid)
    try:
        sources_file = work / "sources.yaml"
        sources_file.write_text(yaml.safe_dump({"sources": [bench_source().model_dump(exclude_none=True)]}, allow_unicode=True), "utf-8")
        print(f"fixture web with {args.pages} generated article pages at {fixtures.base_url}", file=sys.stderr)
        order = [runs[0], runs[3], runs[1], runs[4], runs[2]] if args.code else runs  # pairs side by side
        for n, (name, key, extra, workers) in enumerate(order, 1):
            print(f"{n}/{len(runs) + 1} {name} crawl ...", file=sys.stderr)
            run_env = {**env, "YILIAN_STATE_DIR": str(work / key), "YILIAN_INDEX": f"{alias}-{key}"}  # from nothing
            if workers:
                run_env["YILIAN_CLEAN_WORKERS"] = str(workers)
            code = args.code.resolve() if key.startswith("code_") else ROOT
            crawls[key] = run_crawl(sources_file, fixtures.base_url, run_env, es, *extra, code=code, fixture=fixture)
            if not extra:
                es_ms[key] = index_times(run_env["YILIAN_INDEX"])

        if args.queries:
            print(f"{len(runs) + 1}/{len(runs) + 1} search latency ...", file=sys.stderr)
            api = f"http://127.0.0.1:{args.api_port}"
            server = subprocess.Popen([sys.executable, "-m", "yilian.cli", "serve", "--port", str(args.api_port)],
                                      env={**env, "YILIAN_STATE_DIR": str(work / "full_pipeline"),
                                           "YILIAN_INDEX": f"{alias}-full_pipeline"},
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                wait_for(f"{api}/healthz")
                latencies = search_latencies(api, args.queries)
            finally:
                server.terminate()
                server.wait(10)
    finally:
        fixtures.stop()
        from indexer.client import get_client
        from tests.es_fixtures import drop_alias

        for _, key, _, _ in runs:  # their versions, alliance registries and templates
            drop_alias(get_client(), f"{alias}-{key}")
    load_after = os.getloadavg()

    def base(key: str) -> float:  # --code's crawls against its own fetch-only
        return crawls["code_fetch_only" if key.startswith("code_") else "fetch_only"].pages_per_s

    result = {
        "pages": args.pages, "cores": os.cpu_count(),
        "load_average_1_5_15": {"before": [round(x, 2) for x in load_before], "after": [round(x, 2) for x in load_after]},
        **{key: {**asdict(crawl), "ratio_to_fetch_only": round(crawl.pages_per_s / base(key), 3),
                 **({"es_index_ms": es_ms[key]} if key in es_ms else {})}
           for key, crawl in crawls.items()},
    }
    if latencies:
        result["search_ms"] = {"queries": len(latencies), "p50": round(percentile(latencies, 50), 1),
                               "p99": round(percentile(latencies, 99), 1)}
    print()
    print(f"{'run':<20}{'responses':>10}{'seconds':>9}{'pages/s':>9}{'ratio':>7}{'RSS MiB':>9}{'PSS MiB':>9}"
          f"{'procs':>6}{'CPU crawl':>10}{'workers':>8}{'ES':>6}")
    for name, key, _, _ in runs:
        row = result[key]
        print(f"{name:<20}{row['responses']:>10}{row['elapsed_s']:>9.1f}{row['pages_per_s']:>9.1f}"
              f"{row['ratio_to_fetch_only']:>7.2f}{row['peak_rss_mib']:>9}{row['peak_pss_mib']:>9}{row['processes']:>6}"
              f"{row['cpu_crawl_s']:>10.1f}{row['cpu_workers_s']:>8.1f}{row['cpu_es_s']:>6.1f}")
    print("pages/s over the crawl itself (Scrapy's start-up excluded); ratio: pages/s over fetch-only's;")
    print("RSS/PSS: peak of the sum over the crawl process and its cleaning workers (psutil, every 0.2 s);")
    print("CPU seconds: the crawl process, its workers, the Elasticsearch node (shared) during the crawl")
    print()
    print("CPU milliseconds per response, by process (threads of the crawl process apart; Elasticsearch's whole node):")
    print(f"{'run':<20}{'crawl main':>11}{'threads':>8}{'workers':>8}{'each':>14}{'ES':>6}{'fixture':>8}{'total':>7}")
    for name, key, _, _ in runs:
        crawl = crawls[key]
        per = [1000 * cpu / crawl.responses for cpu in (crawl.cpu_crawl_main_s, crawl.cpu_crawl_threads_s,
                                                         crawl.cpu_workers_s, crawl.cpu_es_s, crawl.cpu_fixture_s)]
        each = "/".join(f"{1000 * cpu / crawl.responses:.1f}" for cpu in crawl.cpu_each_worker_s) or "-"
        total = per[0] + per[1] + per[2] + per[3] + per[4]
        print(f"{name:<20}{per[0]:>11.2f}{per[1]:>8.2f}{per[2]:>8.2f}{each:>14}{per[3]:>6.2f}{per[4]:>8.2f}{total:>7.2f}")
    print("(crawl main includes the process's start-up, about 1 s of imports; workers: all of them, from wait4;")
    print(" each: last sample of each worker seen; ES: the node's process, shared with other users)")
    for name, key, _, _ in runs:
        if key in es_ms and crawls[key].indexed:
            per = {part: round(ms / crawls[key].indexed, 2) for part, ms in es_ms[key].items()}
            print(f"Elasticsearch on the crawl's own index, ms per article ({name}): " + ", ".join(f"{k} {v}" for k, v in per.items()))
    full = crawls["full_pipeline"]
    print(f"full ({args.workers} workers) / fetch-only: {result['full_pipeline']['ratio_to_fetch_only']:.2f} "
          f"(target >= 0.5); 1 worker: {result['full_pipeline_1_worker']['ratio_to_fetch_only']:.2f}")
    if args.code:
        print(f"--code {args.code}: full ({args.workers} workers) {result['code_full_pipeline']['pages_per_s']} pages/s, "
              f"{result['code_full_pipeline']['ratio_to_fetch_only']:.2f} of its fetch-only; this checkout "
              f"{result['full_pipeline']['pages_per_s']} pages/s")
    print(f"indexed {full.indexed} of {full.articles} articles, {full.clean_errors} pages failed cleaning")
    print(f"load average (1, 5, 15 min) before {result['load_average_1_5_15']['before']}, "
          f"after {result['load_average_1_5_15']['after']} on {os.cpu_count()} cores")
    if latencies:
        print(f"search latency over {len(latencies)} queries: p50 {result['search_ms']['p50']} ms, "
              f"p99 {result['search_ms']['p99']} ms")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "pipeline.json").write_text(json.dumps(result, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
