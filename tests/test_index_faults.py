"""Nothing is lost when Elasticsearch fails mid-crawl, and operators see what happens as it happens.

Real faults only: a throwaway node of the same distribution on its own port is stopped for 60 s
mid-crawl (the shared node is never touched); a 429 is the shared node's own answer to a
disk-full write block on a throwaway alias; a reindex runs while a crawl writes. Each crawl is a
real `yilian crawl` of the fixture web with politeness on (about 30 s), compared document by
document with the unperturbed session crawl: the same articles and the same repost verdicts.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from elasticsearch.helpers import scan

from indexer.client import get_client
from indexer.lifecycle import alias_indices, ensure_index, managed_indices, reindex
from tests.es_fixtures import free_es_port
from yilian import es_local
from yilian.fixtureweb import truth
from yilian.settings import Settings

pytestmark = pytest.mark.es
ROOT = Path(__file__).resolve().parent.parent


class Crawl:
    """A `yilian crawl` child process whose progress lines are collected as they come."""

    def __init__(self, env: dict[str, str], base: str, *extra: str):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "yilian.cli", "crawl", "--fixture-base", base, *extra],
            env={**os.environ, **env}, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.progress: list[dict] = []
        self.stderr: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stderr:
            self.stderr.append(line)
            if line.startswith('{"event": "crawl_progress"'):
                self.progress.append(json.loads(line))

    def wait_for(self, condition: Callable[[dict], bool], timeout: float = 120) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.progress):
                if condition(line):
                    return line
            assert self.process.poll() is None, "".join(self.stderr[-30:])
            time.sleep(0.2)
        raise AssertionError(f"no progress line met the condition in {timeout}s: {self.progress[-3:]}")

    def finish(self, timeout: float = 900) -> tuple[int, dict]:
        out, _ = self.process.communicate(timeout=timeout)
        self._reader.join(timeout=5)
        return self.process.returncode, json.loads(out.strip().splitlines()[-1])


def verdicts(client, alias: str) -> dict[str, tuple]:
    """Per document id: its repost verdict (group, canonical, the other copies)."""
    client.indices.refresh(index=alias)
    hits = scan(client, index=alias, query={"query": {"match_all": {}},
                                            "_source": ["dup_group", "is_canonical", "also_published.id"]})
    return {hit["_id"]: (hit["_source"].get("dup_group"), hit["_source"].get("is_canonical"),
                         tuple(sorted(c["id"] for c in hit["_source"].get("also_published") or [])))
            for hit in hits}


def assert_nothing_lost(reference: dict[str, tuple], got: dict[str, tuple]) -> None:
    missing = reference.keys() - got.keys()
    wrong = [key for key in reference.keys() & got.keys() if reference[key] != got[key]]
    print(f"\narticles lost: {len(missing)} of {len(reference)}; repost verdicts lost or wrong: {len(wrong)}")
    assert not missing and not wrong and len(got) == len(reference)


@pytest.fixture(scope="module")
def reference(crawl, es_client) -> dict[str, tuple]:
    assert crawl["summary"]["indexed"] == len(truth.articles())
    return verdicts(es_client, crawl["alias"])


def _env(alias: str, state: Path, **extra: str) -> dict[str, str]:
    return {"YILIAN_INDEX": alias, "YILIAN_STATE_DIR": str(state), **extra}


@pytest.fixture(scope="module")
def outage_node(tmp_path_factory) -> Iterator[Settings]:
    """A node of our own, so stopping it disturbs nobody."""
    settings = Settings(YILIAN_STATE_DIR=str(tmp_path_factory.mktemp("outage-node")), YILIAN_ES_PORT=free_es_port())
    es_local.ensure_running(settings)
    yield settings
    es_local.stop(settings)
    shutil.rmtree(es_local.local_node(settings).root, ignore_errors=True)


def test_elasticsearch_down_for_60s_mid_crawl_loses_no_article_and_no_verdict(outage_node, fixture_web, reference,
                                                                              tmp_path):
    url = outage_node.local_es_url
    crawl = Crawl(_env("outage", tmp_path, ES_URL=url), fixture_web.base_url)
    first = crawl.wait_for(lambda line: line["indexed"] > 0)
    assert es_local.stop(outage_node)
    stopped = time.monotonic()
    crawl.wait_for(lambda line: line["index_outage"] and line["index_pending"] > 0)
    time.sleep(max(0.0, 60 - (time.monotonic() - stopped)))
    es_local.ensure_running(outage_node)
    code, summary = crawl.finish()
    assert code == 0, "".join(crawl.stderr[-30:])
    assert summary["indexed"] == summary["articles"] == len(truth.articles())
    assert summary["index_pending"] == 0 and summary["index_errors"] == 0 and summary["index_spooled"] > 0
    assert 0 < first["indexed"] < summary["indexed"]  # progress lines count what is indexed as it happens
    assert not list((tmp_path / "spool").glob("*.jsonl"))
    client = get_client(Settings(ES_URL=url))
    assert_nothing_lost(reference, verdicts(client, "outage"))


def test_a_429_write_block_for_25s_mid_crawl_loses_no_article_and_no_verdict(es_client, es_alias, fixture_web,
                                                                            reference, tmp_path):
    (index,) = [ensure_index(es_client, es_alias)]
    crawl = Crawl(_env(es_alias, tmp_path), fixture_web.base_url)
    crawl.wait_for(lambda line: line["indexed"] > 0)
    es_client.indices.put_settings(index=index, settings={"index.blocks.read_only_allow_delete": True})
    try:  # the shared node answers writes with 429 (disk usage exceeded flood-stage watermark)
        crawl.wait_for(lambda line: line["index_outage"])
        time.sleep(25)
    finally:
        es_client.indices.put_settings(index=index, settings={"index.blocks.read_only_allow_delete": None})
    code, summary = crawl.finish()
    assert code == 0, "".join(crawl.stderr[-30:])
    assert summary["index_pending"] == 0 and summary["index_errors"] == 0 and summary["index_spooled"] > 0
    assert "TOO_MANY_REQUESTS" in "".join(crawl.stderr) or "429" in "".join(crawl.stderr)
    assert_nothing_lost(reference, verdicts(es_client, es_alias))


def test_a_reindex_while_a_crawl_writes_loses_nothing(es_client, es_alias, fixture_web, reference, tmp_path):
    crawl = Crawl(_env(es_alias, tmp_path), fixture_web.base_url)
    crawl.wait_for(lambda line: line["indexed"] > 0)
    before = alias_indices(es_client, es_alias)
    result = reindex(es_client, es_alias, keep=0)
    assert crawl.process.poll() is None  # the crawl was still writing when the alias moved
    code, summary = crawl.finish()
    assert code == 0, "".join(crawl.stderr[-30:])
    assert alias_indices(es_client, es_alias) == [result["to"]] != before
    assert managed_indices(es_client, es_alias) == [result["to"]]  # the old index is gone: nothing left in it
    assert_nothing_lost(reference, verdicts(es_client, es_alias))


def test_writes_spooled_by_a_failed_run_are_replayed_by_the_next_and_by_the_replay_command(
        es_client, es_alias, fixture_web, tmp_path):
    """A crawl whose Elasticsearch never came back within the window exits 75 with the count pending;
    `yilian index replay` then writes every spooled article."""
    dead = "http://127.0.0.1:1"
    env = _env(es_alias, tmp_path, ES_URL=dead, YILIAN_INDEX_OUTAGE_WINDOW="2")
    code, summary = Crawl(env, fixture_web.base_url, "--fast", "--only", "lhzxyy").finish()
    expected = sum(1 for a in truth.articles() if a.site_id == "lhzxyy")
    assert code == 75 and summary["index_pending"] == expected and summary["indexed"] == 0
    status = subprocess.run([sys.executable, "-m", "yilian.cli", "status"], env={**os.environ, **env}, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    report = json.loads(status.stdout)
    assert report["spool"]["documents"] == expected
    row = next(row for row in report["sources"] if row["source"] == "lhzxyy")
    assert row["pending"] == expected and "spool" in row["warning"]
    replay = subprocess.run([sys.executable, "-m", "yilian.cli", "index", "replay"],
                            env={**os.environ, **_env(es_alias, tmp_path)}, cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert replay.returncode == 0, replay.stderr[-2000:]
    assert json.loads(replay.stdout)["pending"]["documents"] == 0
    es_client.indices.refresh(index=es_alias)
    assert es_client.count(index=es_alias)["count"] == expected


def test_a_crawl_killed_with_sigkill_leaves_a_record_marked_unfinished(es_alias, fixture_web, tmp_path):
    env = _env(es_alias, tmp_path)
    crawl = Crawl(env, fixture_web.base_url)
    crawl.wait_for(lambda line: line["articles"] > 0)
    crawl.process.send_signal(signal.SIGKILL)
    crawl.process.wait(timeout=30)
    (record,) = (tmp_path / "crawls").glob("crawl-*.json")
    stored = json.loads(record.read_text("utf-8"))
    assert stored["finished"] is False and stored["finished_at"] is None and stored["articles"] > 0
    status = subprocess.run([sys.executable, "-m", "yilian.cli", "status"], env={**os.environ, **env}, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    report = json.loads(status.stdout)
    assert [c["record"] for c in report["crawls"]["unfinished"]] == [str(record)]
    crawled = [row for row in report["sources"] if row["last_crawl_state"]]
    assert crawled and all(row["last_crawl_state"] == "unfinished" and "did not finish" in row["warning"]
                           for row in crawled)
