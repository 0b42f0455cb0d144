"""Run every benchmark in turn (what `make bench` does); each prints its own table.

    .venv/bin/python benchmarks/run_all.py [--quick]

--quick uses smaller sizes (for a smoke run); the figures in closing notes come from full runs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

BENCHMARKS = [
    ("decode: encoding accuracy per category and MB/s", ["bench_decode.py"], []),
    ("extract: yilian vs trafilatura, GNE, readability-lxml", ["bench_extract.py"], []),
    ("enrich: regions, alliance forms, relevance, reposts", ["bench_enrich.py"], []),
    ("indexer: analyzer quality", ["bench_indexer.py", "analyzers"], []),
    ("search API latency", ["bench_api.py"], ["--docs", "1000", "--runs", "5"]),
    ("list pages: article links and pager on labeled pages", ["bench_listing.py"], []),
    ("incremental crawls and resume after kill -9", ["bench_incremental.py"], []),
    ("pipeline: crawl+clean+index vs fetch-only", ["bench_pipeline.py"], ["--pages", "1000", "--queries", "50"]),
    ("shared crawl: fetch rate of 1 and 2 processes on Redis", ["bench_shared.py"], ["--pages", "200"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    failed = []
    for number, (title, command, quick_args) in enumerate(BENCHMARKS, 1):
        print(f"\n=== [{number}/{len(BENCHMARKS)}] {title}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / command[0]), *command[1:], *(quick_args if args.quick else [])],
                               cwd=HERE.parent)
        print(f"--- {title}: exit {code} in {time.perf_counter() - started:.0f}s", flush=True)
        if code:
            failed.append(title)
    if failed:
        print("failed: " + "; ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
