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
Each row says what limits it: the politeness bound, the CPU, a process idle while another still fetched
(tail), or none of these (the walk: how fast list pages reveal work, start-up). Per process: its CPU
seconds, its responses per second over the crawl (from its progress lines, every PROGRESS_S), when it got
its last response, how long it then idled while another still fetched, and the requests it held (taken from
the shared queue, not yet sent: none of them could the other take; the most at once, and the mean of its
progress lines). Run it with a realistic ``--latency`` too (0.5 s: fetching, not CPU, bounds the crawl, as
on the real web). Prints tables and writes benchmarks/out/shared.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import redis
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.redis_local import redis_server  # noqa: E402
from yilian.fixtureweb.scale import bench_source  # noqa: E402
from yilian.fixtureweb.server import start_subprocess  # noqa: E402


PROGRESS_S = 0.5  # YILIAN_PROGRESS_INTERVAL of the crawls measured: the resolution of the timelines


def read_progress(stream, started: float, into: list) -> None:
    """The crawl's progress lines, stamped on arrival with the seconds since the processes were started,
    and last the process's end (its stderr closed) with None."""
    for line in stream:
        if line.startswith('{"event": "crawl_progress"'):
            into.append((time.perf_counter() - started, json.loads(line)))
    into.append((time.perf_counter() - started, None))


def process_figures(progress: list, summary: dict) -> dict:
    """One process's timeline (responses in each second from the start), its last response (the summary's
    shared last_response_s from its start, placed by its progress lines' elapsed_s; code without it: the
    first progress line with its final count, else its end), and the requests it held (progress lines'
    shared_held: their mean; the summary's most at once)."""
    ended, lines = progress[-1][0], progress[:-1]
    shared = summary.get("shared") or {}
    if shared.get("last_response_s") is not None and lines:
        last = lines[0][0] - lines[0][1]["elapsed_s"] + shared["last_response_s"]
    else:
        last = min((at for at, line in lines if line["response_count"] >= summary["responses"]), default=ended)
    seconds, counts, previous = [], {}, 0
    for at, line in lines:
        counts[int(at)] = line["response_count"]
    counts[int(last)] = summary["responses"]
    for second in range(int(max(last, ended)) + 1):
        now = counts.get(second, previous)
        seconds.append(now - previous)
        previous = now
    held = [line["shared_held"] for _, line in lines if "shared_held" in line]
    return {"timeline": seconds, "last_response_s": round(last, 1),
            "held_mean": round(sum(held) / len(held), 1) if held else None, "held_max": shared.get("held_max")}


def crawl_together(n: int, sources_file: Path, base_url: str, env: dict, work: Path, redis_url: str | None,
                   code: Path = ROOT) -> dict:
    """``n`` fetch-only crawl processes started at once; their summed responses over the crawl's span, the
    CPU seconds each used (wait4), the Redis commands the crawl ran and its round trips (the server's own
    counts: commands, those inside scripts and transactions too; read events, one per request or pipeline
    a client sends) and each process's timeline, idle tail and held requests (process_figures)."""
    server = redis.Redis.from_url(redis_url) if redis_url else None
    before = server.info("stats") if server else {}
    started = time.perf_counter()
    children = [subprocess.Popen([sys.executable, "-m", "yilian.cli", "crawl", "--sources", str(sources_file),
                                  "--fixture-base", base_url, "--fetch-only"],
                                 env={**env, "YILIAN_STATE_DIR": str(work / f"p{i}-{time.time_ns()}"), "PYTHONPATH": str(code),
                                      "YILIAN_PROGRESS_INTERVAL": str(PROGRESS_S)},
                                 cwd=code, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for i in range(n)]
    progress: list[list] = [[] for _ in children]
    readers = [threading.Thread(target=read_progress, args=(child.stderr, started, into), daemon=True)
               for child, into in zip(children, progress)]
    for reader in readers:
        reader.start()
    outputs, cpu = [], []
    for child in children:
        outputs.append(child.stdout.read())
        _, status, usage = os.wait4(child.pid, 0)  # wait4, not communicate: the child's CPU seconds too
        child.returncode = os.waitstatus_to_exitcode(status)
        cpu.append(round(usage.ru_utime + usage.ru_stime, 1))
    wall = time.perf_counter() - started
    for reader in readers:
        reader.join()
    if any(child.returncode for child in children):
        raise SystemExit(f"a crawl failed: {[child.returncode for child in children]}")
    if server:
        after = server.info("stats")
        commands = after["total_commands_processed"] - before["total_commands_processed"] - 1  # less an INFO
        trips = after["total_reads_processed"] - before["total_reads_processed"] - 1
    summaries = [json.loads(out.strip().splitlines()[-1]) for out in outputs]
    responses = sum(s["responses"] for s in summaries)
    span = max(s["elapsed_s"] for s in summaries)  # from the spiders' start to the last one's end
    figures = [process_figures(lines, summary) for lines, summary in zip(progress, summaries)]
    end = max(f["last_response_s"] for f in figures)
    for f in figures:
        f["idle_tail_s"] = round(end - f["last_response_s"], 1)
    return {"processes": n, "responses": responses, "per_process": [s["responses"] for s in summaries],
            "crawl_s": span, "wall_s": round(wall, 2), "responses_per_s": round(responses / span, 1),
            "cpu_s": cpu, "cpu_share": round(sum(cpu) / wall, 2),
            "redis_commands_per_response": round(commands / responses, 1) if server else None,
            "redis_round_trips_per_response": round(trips / responses, 1) if server else None,
            "processes_figures": figures}


def limit(row: dict, bound: float, cores: int) -> str:
    """What holds the rate back: the politeness bound itself, the cores, or neither (then the way the
    crawl is walked: pages found one list page at a time, start-up and end)."""
    if row["responses_per_s"] >= 0.8 * bound:
        return "politeness"
    if row["cpu_share"] >= 0.8 * min(row["processes"], cores):
        return "CPU"
    if sum(f["idle_tail_s"] for f in row["processes_figures"]) >= 0.2 * row["crawl_s"]:
        return "tail"
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
          f" {'bound/s':>8} {'CPU s':>9} {'cores':>6} {'redis/resp':>10} {'trips/resp':>10}  limit")
    for row in rows:
        redis_per = "-" if row["redis_commands_per_response"] is None else row["redis_commands_per_response"]
        trips_per = "-" if row["redis_round_trips_per_response"] is None else row["redis_round_trips_per_response"]
        print(f"{row['politeness']:<14} {row['run']:<31} {row['responses']:>9} {'/'.join(map(str, row['per_process'])):>13} "
              f"{row['crawl_s']:>8} {row['wall_s']:>7} {row['responses_per_s']:>7} {row['bound_per_s']:>8} "
              f"{'/'.join(map(str, row['cpu_s'])):>9} {row['cpu_share']:>6} {redis_per:>10} {trips_per:>10}  {row['limit']}")
    print("bound/s: the most the politeness allows (processes x requests at a time / latency; with a delay and "
          "Redis: 1 / (latency + delay) for all processes together); CPU s: each process's CPU seconds; cores: "
          "their CPU seconds over the wall time; redis/resp: commands the Redis server ran per response (inside "
          "scripts and transactions too); trips/resp: its read events per response (round trips); "
          "limit: politeness (>= 0.8 of the bound), CPU (the processes use >= 0.8 of the cores they can), "
          "tail (the processes' idle tails sum to >= 0.2 of the crawl), else walk (how fast the list pages reveal "
          "work, start-up)")
    print(f"\nper process: responses in each second from the start (progress lines every {PROGRESS_S}s; 5 s for "
          "code without YILIAN_PROGRESS_INTERVAL), last response (s), idle tail (s), requests held (mean/max)")
    for row in rows:
        for i, f in enumerate(row["processes_figures"]):
            held = "-" if f["held_max"] is None else f"{f['held_mean']}/{f['held_max']}"
            print(f"{row['politeness']:<14} {row['run']:<31} p{i}  last {f['last_response_s']:>5}  idle tail "
                  f"{f['idle_tail_s']:>5}  held {held:>9}  {' '.join(map(str, f['timeline']))}")
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
