"""`kill -9` of a crawl, then the same command: the crawl resumes its run. No article is lost or indexed
twice, the WARC archive reads to its end with every article exactly once (a record torn by the kill
is cut), and the summary says it resumed."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

from yilian.archive import read_file
from yilian.fixtureweb import truth
from yilian.records import article_id

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("lhzxyy", "pjgov", "hnwjw")


def slow_sources(path: Path) -> Path:
    """Three fixture sources, polite enough (0.3 s between requests) that the crawl can be killed midway."""
    config = yaml.safe_load((ROOT / "config" / "sources.yaml").read_text("utf-8"))
    config["sources"] = [s for s in config["sources"] if s["id"] in SOURCES]
    for source in config["sources"]:
        source["politeness"] = {"download_delay": 0.3, "concurrent_requests_per_domain": 1, "autothrottle": False}
    path.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    return path


def done_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM frontier WHERE kind='article' AND done=1").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_a_killed_crawl_resumes_with_nothing_lost_or_doubled(fixture_web, es_client, es_alias, tmp_path):
    state = tmp_path / "state"
    env = {**os.environ, "YILIAN_INDEX": es_alias, "YILIAN_STATE_DIR": str(state)}
    command = [sys.executable, "-m", "yilian.cli", "crawl", "--sources", str(slow_sources(tmp_path / "s.yaml")),
               "--fixture-base", fixture_web.base_url]
    crawl = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while done_articles(state / "crawl.sqlite") < 5 and crawl.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert crawl.poll() is None, "the crawl ended before it could be killed"
    os.kill(crawl.pid, signal.SIGKILL)
    crawl.wait()

    with sqlite3.connect(state / "crawl.sqlite") as conn:
        (archive,) = conn.execute("SELECT archive FROM runs WHERE status='running'").fetchone()
    with open(archive, "ab") as stream:  # the kill caught the writer halfway through a record
        stream.write(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n" + os.urandom(4000))[:900])

    resumed = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    summary = json.loads(resumed.stdout.strip().splitlines()[-1])
    print(f"\nresumed: {summary['resumed']}")
    assert summary["resumed"]["pending"] > 0 and summary["resumed"]["done_before"] >= 5
    assert summary["resumed"]["archive_torn_bytes_cut"] == 900

    expected = {fixture_web.base_url + a.path for a in truth.articles() if a.site_id in SOURCES}
    es_client.indices.refresh(index=es_alias)
    assert es_client.count(index=es_alias)["count"] == len(expected)  # none lost, none twice
    found = es_client.mget(index=es_alias, ids=[article_id(url) for url in expected])["docs"]
    assert all(doc["found"] for doc in found)
    archived = Counter(page.url for page in read_file(Path(archive)))
    assert set(archived) == expected and set(archived.values()) == {1}  # read to its end, each article once
