"""Fetch rate of one crawl shared by 1 or 2 `yilian crawl` processes (YILIAN_REDIS_URL), same run.

    .venv/bin/python benchmarks/bench_shared.py [--pages 500] [--latency 0.1] [--concurrency 4] [--delay 0.05]
                                                [--no-delay] [--code DIR]

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
add anything. With ``--code DIR`` (another checkout) runs 2 and 3 again with its code, from this venv.
Each row says what limits it: the politeness bound, the CPU, or neither (the walk: how fast list pages
reveal work, start and end). Prints a table and writes benchmarks/out/shared.json.
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

import redis
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.redis_local import redis_server  # noqa: E402
from yilian.fixtureweb.scale import bench_source  # noqa: E402
from yilian.fixtureweb.server import start_subprocess  # noqa: E402


def crawl_together(n: int, sources_file: Path, base_url: str, env: dict, work: Path, redis_url: str | None,
                   code: Path = ROOT) -> dict:
    """``n`` fetch-only crawl processes started at once; their summed responses over the crawl's span, the
    CPU seconds each used (wait4) and the Redis commands the crawl sent (the server's own count)."""
    server = redis.Redis.from_url(redis_url) if redis_url else None
    commands = server.info("stats")["total_commands_processed"] if server else 0
    started = time.perf_counter()
    children = [subprocess.Popen([sys.executable, "-m", "yilian.cli", "crawl", "--sources", str(sources_file),
                                  "--fixture-base", base_url, "--fetch-only"],
                                 env={**env, "YILIAN_STATE_DIR": str(work / f"p{i}-{time.time_ns()}"), "PYTHONPATH": str(code)},
                                 cwd=code, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
                for i in range(n)]
    outputs, cpu = [], []
    for child in children:
        outputs.append(child.stdout.read())
        _, status, usage = os.wait4(child.pid, 0)  # wait4, not communicate: the child's CPU seconds too
        child.returncode = os.waitstatus_to_exitcode(status)
        cpu.append(round(usage.ru_utime + usage.ru_stime, 1))
    wall = time.perf_counter() - started
    if any(child.returncode for child in children):
        raise SystemExit(f"a crawl failed: {[child.returncode for child in children]}")
    if server:
        commands = server.info("stats")["total_commands_processed"] - commands - 2  # less this function's INFOs
    summaries = [json.loads(out.strip().splitlines()[-1]) for out in outputs]
    responses = sum(s["responses"] for s in summaries)
    span = max(s["elapsed_s"] for s in summaries)  # from the spiders' start to the last one's end
    return {"processes": n, "responses": responses, "per_process": [s["responses"] for s in summaries],
            "crawl_s": span, "wall_s": round(wall, 2), "responses_per_s": round(responses / span, 1),
            "cpu_s": cpu, "cpu_share": round(sum(cpu) / wall, 2),
            "redis_commands_per_response": round(commands / responses, 1) if server else None}


def limit(row: dict, bound: float, cores: int) -> str:
    """What holds the rate back: the politeness bound itself, the cores, or neither (then the way the
    crawl is walked: pages found one list page at a time, start-up and end)."""
    if row["responses_per_s"] >= 0.8 * bound:
        return "politeness"
    if row["cpu_share"] >= 0.8 * min(row["processes"], cores):
        return "CPU"
    return "walk"


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
    parser.add_argument("--no-delay", action="store_true", help="only the politeness that allows more")
    parser.add_argument("--code", type=Path, help="another checkout: its runs on Redis too, for a before/after in one command")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="yilian-bench-shared-"))
    env = {**os.environ, "YILIAN_ALLOW_PRIVATE_NETWORKS": "1"}
    env.pop("YILIAN_REDIS_URL", None)
    cores = os.cpu_count() or 1
    rows = []
    load_before = os.getloadavg()
    fixtures = start_subprocess(port=0, scale=args.pages, latency=args.latency)
    try:
        with redis_server(work) as url:
            shared = {**env, "YILIAN_REDIS_URL": url}
            policies = [("allows more", 0.0), (f"delay {args.delay}s", args.delay)][: 1 if args.no_delay else 2]
            for politeness, delay in policies:
                file = sources(work, f"delay-{delay}", delay, args.concurrency)
                runs = [("1 process, no Redis", 1, env, None, ROOT), ("1 process, Redis", 1, shared, url, ROOT),
                        ("2 processes, Redis", 2, shared, url, ROOT)]
                if args.code:
                    runs += [(f"{label}, --code", n, run_env, redis_url, args.code.resolve())
                             for label, n, run_env, redis_url, _ in runs[1:]]
                for label, n, run_env, redis_url, code in runs:
                    print(f"{politeness}: {label} ...", file=sys.stderr)
                    # the most the politeness lets through: each process's slots busy for a whole answer;
                    # with a delay one request at a time across all processes (the delay after each answer)
                    bound = (n * args.concurrency / args.latency if not delay or redis_url is None
                             else 1 / (args.latency + delay))
                    row = {"politeness": politeness, "run": label, "bound_per_s": round(bound, 1),
                           **crawl_together(n, file, fixtures.base_url, run_env, work, redis_url, code)}
                    rows.append({**row, "limit": limit(row, bound, cores)})
    finally:
        fixtures.stop()
    load_after = os.getloadavg()

    print(f"\n{args.pages} article pages, {args.latency}s latency per answer, fetch-only, "
          f"{args.concurrency} requests at a time per process")
    print(f"{'politeness':<14} {'run':<31} {'responses':>9} {'per process':>13} {'crawl s':>8} {'wall s':>7} {'resp/s':>7}"
          f" {'bound/s':>8} {'CPU s':>9} {'cores':>6} {'redis/resp':>10}  limit")
    for row in rows:
        redis_per = "-" if row["redis_commands_per_response"] is None else row["redis_commands_per_response"]
        print(f"{row['politeness']:<14} {row['run']:<31} {row['responses']:>9} {'/'.join(map(str, row['per_process'])):>13} "
              f"{row['crawl_s']:>8} {row['wall_s']:>7} {row['responses_per_s']:>7} {row['bound_per_s']:>8} "
              f"{'/'.join(map(str, row['cpu_s'])):>9} {row['cpu_share']:>6} {redis_per:>10}  {row['limit']}")
    print("bound/s: the most the politeness allows (processes x requests at a time / latency; with a delay and "
          "Redis: 1 / (latency + delay) for all processes together); CPU s: each process's CPU seconds; cores: "
          "their CPU seconds over the wall time; redis/resp: commands the Redis server processed per response; "
          "limit: politeness (>= 0.8 of the bound), CPU (the processes use >= 0.8 of the cores they can), "
          "else walk (how fast the list pages reveal work, start-up and end)")
    for politeness in dict.fromkeys(r["politeness"] for r in rows):
        for suffix in ("", ", --code") if args.code else ("",):
            one, two = (next(r for r in rows if r["politeness"] == politeness and r["run"] == run + suffix)
                        for run in ("1 process, Redis", "2 processes, Redis"))
            print(f"{politeness}{suffix and ' (--code ' + str(args.code) + ')'}: 2 processes / 1 process = "
                  f"{two['responses_per_s'] / one['responses_per_s']:.2f}x")
    print(f"load average (1, 5, 15 min) before {[round(x, 2) for x in load_before]}, "
          f"after {[round(x, 2) for x in load_after]} on {cores} cores")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    result = {"args": {**vars(args), "code": str(args.code) if args.code else None}, "rows": rows,
              "load_average_1_5_15": {"before": load_before, "after": load_after}}
    (out / "shared.json").write_text(json.dumps(result, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
