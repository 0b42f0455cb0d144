"""Incremental crawls and resume on the fixture web, with the figures issue 13 asks for:

- requests of a first crawl, of a re-crawl with nothing changed (and the documents it wrote), and of a
  re-crawl after one article was corrected and one published;
- `kill -9` of a crawl (with the config's politeness) once 60 articles are indexed, then the same command: articles lost, documents doubled, WARC records
  doubled, bytes of a torn last record cut, what the summary says.

    .venv/bin/python benchmarks/bench_incremental.py
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from indexer.client import get_client  # noqa: E402
from indexer.lifecycle import managed_indices  # noqa: E402
from yilian import es_local  # noqa: E402
from yilian.archive import read_file  # noqa: E402
from yilian.fixtureweb import truth  # noqa: E402
from yilian.fixtureweb.build import Edits  # noqa: E402
from yilian.fixtureweb.server import start_background  # noqa: E402
from yilian.settings import PROJECT_ROOT, get_settings  # noqa: E402


def crawl(base: str, env: dict, *extra: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "yilian.cli", "crawl", "--fixture-base", base, *extra], env=env,
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=900)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def versions(client, alias: str) -> dict[str, int]:
    client.indices.refresh(index=alias)
    hits = client.search(index=alias, size=5000, version=True, source=False, query={"match_all": {}})["hits"]["hits"]
    return {h["_id"]: h["_version"] for h in hits}


def main() -> int:
    es_local.ensure_running(get_settings())
    client = get_client()
    work = Path(tempfile.mkdtemp(prefix="yilian-incr-"))
    alias = f"bench-incr-{os.getpid()}"
    env = {**os.environ, "YILIAN_INDEX": alias, "YILIAN_STATE_DIR": str(work / "state"), "YILIAN_ALLOW_PRIVATE_NETWORKS": "1"}
    web = start_background(port=0)
    try:
        first = crawl(web.base_url, env, "--fast")
        before = versions(client, alias)
        second = crawl(web.base_url, env, "--fast")
        written = sum(1 for k, v in versions(client, alias).items() if before.get(k) != v)
        site = "lhzxyy"
        pick = sorted((a for a in truth.articles() if a.site_id == site), key=lambda a: a.published_at)
        web.edit(Edits(changed=(pick[len(pick) // 2].path,), added=(site,)))
        third = crawl(web.base_url, env, "--fast")
        print("| crawl | requests | share of first | documents written |\n| --- | --- | --- | --- |")
        print(f"| first | {first['requests']} | 1.00 | {first['indexed']} |")
        print(f"| nothing changed | {second['requests']} | {second['requests'] / first['requests']:.3f} | {written} |")
        print(f"| 1 corrected + 1 new article (30-day window) | {third['requests']} | "
              f"{third['requests'] / first['requests']:.3f} | {third['indexed']} (the new one) |")
        resume(web, work, client)
    finally:
        web.stop()
        names = managed_indices(client, alias) + managed_indices(client, alias + "-kill")
        if names:
            client.indices.delete(index=",".join(names))
    return 0


def resume(web, work: Path, client) -> None:
    alias = f"bench-incr-{os.getpid()}-kill"
    state = work / "kill"
    env = {**os.environ, "YILIAN_INDEX": alias, "YILIAN_STATE_DIR": str(state), "YILIAN_ALLOW_PRIVATE_NETWORKS": "1"}
    command = [sys.executable, "-m", "yilian.cli", "crawl", "--fixture-base", web.base_url]  # polite: slow enough to kill
    process = subprocess.Popen(command, env=env, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = state / "crawl.sqlite"
    while process.poll() is None:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                if conn.execute("SELECT COUNT(*) FROM frontier WHERE kind='article' AND done=1").fetchone()[0] >= 60:
                    break
        except sqlite3.OperationalError:
            pass
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(db) as conn:
        (archive,) = conn.execute("SELECT archive FROM runs WHERE status='running'").fetchone()
    with open(archive, "ab") as stream:  # as if the kill had caught the writer inside a record
        stream.write(gzip.compress(os.urandom(4000))[:700])
    done = subprocess.run(command, env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=900)
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    expected = {web.base_url + a.path for a in web.live.web.articles}
    client.indices.refresh(index=alias)
    docs = client.count(index=alias)["count"]
    archived = Counter(page.url for page in read_file(Path(archive)))
    print("\nkill -9 midway, then the same command:")
    print(f"  summary resumed: {summary['resumed']}")
    print(f"  articles served {len(expected)}, documents {docs}, lost {len(expected - set(archived))}, "
          f"archived twice {sum(1 for n in archived.values() if n > 1)}, WARC records {sum(archived.values())}")


if __name__ == "__main__":
    sys.exit(main())
