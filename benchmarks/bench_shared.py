"""Fetch rate of one crawl shared by 1 or 2 `yilian crawl` processes (YILIAN_REDIS_URL), same run.

    .venv/bin/python benchmarks/bench_shared.py [--pages 500] [--latency 0.1] [--concurrency 4] [--delay 0.05]

A fixture web of N generated article pages in its own process, answering after ``--latency`` seconds as a
distant site does, and a throw-away redis-server (tests/redis_local.py). Fetch-only crawls (links followed,
nothing cleaned or indexed: the fetch rate itself), each process its own state directory as on its own
machine, in turn:
  1. one process without Redis (the crawl as it was);
  2. one process on Redis;
  3. two processes on Redis, started together;
first with a politeness that allows more (no delay, ``--concurrency`` requests at a time per process: a
process is bounded by its own requests in flight), then with ``--delay`` between requests (the site's bound:
one request at a time across all processes, the delay after each answer), where a second process must not
add anything. Prints a table and writes benchmarks/out/shared.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.redis_local import redis_server  # noqa: E402
from yilian.fixtureweb.scale import bench_source  # noqa: E402
from yilian.fixtureweb.server import start_subprocess  # noqa: E402


def crawl_together(n: int, sources_file: Path, base_url: str, env: dict, work: Path) -> dict:
    """``n`` fetch-only crawl processes started at once; their summed responses over the crawl's span."""
    started = time.perf_counter()
    children = [subprocess.Popen([sys.executable, "-m", "yilian.cli", "crawl", "--sources", str(sources_file),
                                  "--fixture-base", base_url, "--fetch-only"],
                                 env={**env, "YILIAN_STATE_DIR": str(work / f"p{i}-{time.time_ns()}")},
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) for i in range(n)]
    outputs = [child.communicate()[0] for child in children]
    wall = time.perf_counter() - started
    if any(child.returncode for child in children):
        raise SystemExit(f"a crawl failed: {[child.returncode for child in children]}")
    summaries = [json.loads(out.strip().splitlines()[-1]) for out in outputs]
    responses = sum(s["responses"] for s in summaries)
    span = max(s["elapsed_s"] for s in summaries)  # from the spiders' start to the last one's end
    return {"processes": n, "responses": responses, "per_process": [s["responses"] for s in summaries],
            "crawl_s": span, "wall_s": round(wall, 2), "responses_per_s": round(responses / span, 1)}


def sources(work: Path, name: str, delay: float, concurrency: int) -> Path:
    source = bench_source().model_dump(exclude_none=True)
    source["politeness"] = {"download_delay": delay, "concurrent_requests_per_domain": concurrency,
                            "autothrottle": False}
    path = work / f"{name}.yaml"
    path.write_text(yaml.safe_dump({"sources": [source]}, allow_unicode=True), "utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--delay", type=float, default=0.05)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="yilian-bench-shared-"))
    env = {**os.environ, "YILIAN_ALLOW_PRIVATE_NETWORKS": "1"}
    env.pop("YILIAN_REDIS_URL", None)
    rows = []
    fixtures = start_subprocess(port=0, scale=args.pages, latency=args.latency)
    try:
        with redis_server(work) as url:
            shared = {**env, "YILIAN_REDIS_URL": url}
            for politeness, delay in (("allows more", 0.0), (f"delay {args.delay}s", args.delay)):
                file = sources(work, f"delay-{delay}", delay, args.concurrency)
                for label, n, run_env in (("1 process, no Redis", 1, env), ("1 process, Redis", 1, shared),
                                          ("2 processes, Redis", 2, shared)):
                    print(f"{politeness}: {label} ...", file=sys.stderr)
                    rows.append({"politeness": politeness, "run": label,
                                 **crawl_together(n, file, fixtures.base_url, run_env, work)})
    finally:
        fixtures.stop()

    print(f"\n{args.pages} article pages, {args.latency}s latency per answer, fetch-only, "
          f"{args.concurrency} requests at a time per process")
    print(f"{'politeness':<14} {'run':<22} {'responses':>9} {'per process':>13} {'crawl s':>8} {'wall s':>7} {'resp/s':>7}")
    for row in rows:
        print(f"{row['politeness']:<14} {row['run']:<22} {row['responses']:>9} {'/'.join(map(str, row['per_process'])):>13} "
              f"{row['crawl_s']:>8} {row['wall_s']:>7} {row['responses_per_s']:>7}")
    for politeness in dict.fromkeys(r["politeness"] for r in rows):
        one, two = (next(r for r in rows if r["politeness"] == politeness and r["run"] == run)
                    for run in ("1 process, Redis", "2 processes, Redis"))
        print(f"{politeness}: 2 processes / 1 process = {two['responses_per_s'] / one['responses_per_s']:.2f}x")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "shared.json").write_text(json.dumps({"args": vars(args), "rows": rows}, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
