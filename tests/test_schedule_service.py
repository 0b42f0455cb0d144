"""`yilian schedule` as the long-lived service an operator runs: sources due together crawled by one
process, a missed run run once on start, no two runs of one source at once, "crawl now" from the CLI,
a run history, and a restart (even after kill -9) that neither loses nor repeats work."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from crawler.spiders.sources import stagger_offset
from yilian.crawlstate import Lock, source_lock_path
from yilian.schedule import Scheduler, ScheduleStore, batches
from yilian.settings import Settings
from yilian.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("lhzxyy", "pjgov", "hnwjw")


@pytest.fixture
def setup(tmp_path, es_alias, fixture_web):
    config = yaml.safe_load((ROOT / "config" / "sources.yaml").read_text("utf-8"))
    config["sources"] = [s for s in config["sources"] if s["id"] in SOURCES]
    sources = tmp_path / "sources.yaml"
    sources.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    state = tmp_path / "state"
    env = {**os.environ, "YILIAN_STATE_DIR": str(state), "YILIAN_INDEX": es_alias, "YILIAN_SCHEDULE_JITTER": "1",
           "YILIAN_SCHEDULE_POLL": "0.5"}
    args = ["--sources", str(sources), "--fixture-base", fixture_web.base_url, "--fast"]
    return {"state": state, "env": env, "args": args, "sources": sources}


def schedule(setup, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "yilian.cli", "schedule", *setup["args"], *extra], env=setup["env"],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)


def history(setup) -> list[dict]:
    done = schedule(setup, "--history")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_due_sources_run_together_and_a_missed_run_runs_once(setup):
    first = schedule(setup, "--once")
    assert first.returncode == 0, first.stderr
    runs = history(setup)
    assert sorted(r["source_id"] for r in runs) == sorted(SOURCES)
    assert len({r["batch"] for r in runs}) == 1  # one crawl process for the three sources due together
    assert {r["outcome"] for r in runs} == {"ok"} and {r["trigger"] for r in runs} == {"schedule"}
    assert all(r["figures"]["articles_new"] > 0 for r in runs)

    assert schedule(setup, "--once").returncode == 0
    assert len(history(setup)) == 3  # nothing due: nothing ran again

    with sqlite3.connect(setup["state"] / "schedule.sqlite") as db:  # the machine was down for three days
        db.execute("UPDATE runs SET due_at=?", ((datetime.now(timezone.utc) - timedelta(days=3)).isoformat(),))
    assert schedule(setup, "--once").returncode == 0
    runs = history(setup)
    missed = [r for r in runs if r["trigger"] == "missed"]
    assert sorted(r["source_id"] for r in missed) == sorted(SOURCES)  # once each, not once per missed night
    assert len(runs) == 6


def test_a_source_being_crawled_is_not_started_again(setup):
    lock = Lock(source_lock_path(setup["state"], "pjgov"))  # another crawl of pjgov holds it
    try:
        done = schedule(setup, "--once")
        assert done.returncode == 0, done.stderr
        assert sorted(r["source_id"] for r in history(setup)) == ["hnwjw", "lhzxyy"]
        asked = schedule(setup, "--run-now", "pjgov", "--once")
        assert asked.returncode == 0
        assert "pjgov" not in {r["source_id"] for r in history(setup)}
    finally:
        lock.release()
    assert schedule(setup, "--once").returncode == 0  # free again: the request and its due run are served
    assert sorted(r["source_id"] for r in history(setup)).count("pjgov") == 1


def test_the_service_crawls_now_when_asked_and_survives_kill_9(setup):
    assert schedule(setup, "--once").returncode == 0
    service = subprocess.Popen([sys.executable, "-m", "yilian.cli", "schedule", *setup["args"]], env=setup["env"],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        asked = schedule(setup, "--run-now", "pjgov")
        assert asked.returncode == 0
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            manual = [r for r in history(setup) if r["trigger"] == "manual"]
            if manual and manual[0]["outcome"] != "running":
                break
            time.sleep(0.5)
        assert [(r["source_id"], r["outcome"]) for r in manual] == [("pjgov", "ok")]
        os.kill(service.pid, signal.SIGKILL)
        service.wait()
        service = subprocess.Popen([sys.executable, "-m", "yilian.cli", "schedule", *setup["args"]],
                                   env=setup["env"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(4)
        assert len(history(setup)) == 4  # restarted: nothing is due, nothing ran twice
    finally:
        service.send_signal(signal.SIGTERM)
        assert service.wait(timeout=60) == 0


def test_a_batch_interrupted_with_its_service_is_run_again_on_start_with_the_same_sources(setup):
    settings = Settings(YILIAN_STATE_DIR=str(setup["state"]), YILIAN_INDEX=setup["env"]["YILIAN_INDEX"],
                        YILIAN_SCHEDULE_JITTER=0)
    store = ScheduleStore.open(setup["state"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    store.start("killed-batch", "lhzxyy", "schedule", datetime.now(timezone.utc), dead.pid)  # left running
    scheduler = Scheduler(load_sources(setup["sources"]), settings, store, setup["args"])
    assert scheduler.recover() == [["lhzxyy"]]
    started = scheduler.tick()
    assert [b.sources for b in started][0] == ["lhzxyy"]
    while scheduler.active:
        scheduler.reap()
        time.sleep(0.2)
    runs = store.history("lhzxyy")
    assert [(r["trigger"], r["outcome"]) for r in runs[:2]] == [("resume", "ok"), ("schedule", "interrupted")]
    store.close()


def test_two_hundred_sources_due_at_three_are_spread_over_the_jitter_and_batched():
    ids = [f"src{i:03d}" for i in range(200)]
    offsets = [stagger_offset(i, 300.0) for i in ids]
    assert all(0 <= o < 300 for o in offsets)
    per_second = Counter(int(o) for o in offsets)
    assert max(per_second.values()) <= 5 and len(per_second) >= 120  # spread like a uniform draw, not one second
    groups = batches(ids, 50)
    assert [len(g) for g in groups] == [50, 50, 50, 50] and sum(groups, []) == ids


def test_after_its_crawls_the_service_sends_the_new_hits_of_saved_searches(setup, es_client, es_alias):
    from search_api import alerts
    from search_api.models import FilterParams
    from tests.test_alerts_es import Receiver

    receiver = Receiver()
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    try:
        saved = alerts.save(es_client, es_alias, "医联体", FilterParams(q="医联体"), {"url": receiver.url, "kind": "json"}, [])
        done = schedule(setup, "--once")
        assert done.returncode == 0, done.stderr
        checked = [json.loads(line) for line in done.stdout.splitlines() if '"alerts_checked"' in line]
        assert checked and checked[-1]["sent"] > 0 and checked[-1]["failed"] == 0
        sent = {hit["id"] for body in receiver.bodies for hit in body["hits"]}
        es_client.indices.refresh(index=es_alias)
        matching = {hit["_id"] for hit in es_client.search(index=es_alias, size=500, query=alerts.filtered_query(
            FilterParams(q="医联体")))["hits"]["hits"]}
        assert sent == matching and len(sent) == checked[-1]["sent"]  # every new hit, once
        assert schedule(setup, "--once").returncode == 0  # nothing new crawled: nothing sent again
        assert {hit["id"] for body in receiver.bodies for hit in body["hits"]} == sent
        assert sum(len(body["hits"]) for body in receiver.bodies) == len(sent)
        assert alerts.deliveries(es_client, es_alias, search_id=saved["id"])
    finally:
        receiver.shutdown()
