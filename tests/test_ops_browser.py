"""The operator page in a real browser (headless Debian Chromium driven by Playwright, the suite's one
browser stack; tests/conftest.py): the sources table with health and next run, an error class where a
source fails, and "run now", refused without the operator token and queued with it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from yilian.schedule import ScheduleStore
from yilian.settings import PROJECT_ROOT
from yilian.sources import load_sources


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path, es_alias):
    from tests.test_ops_api import seed

    seed(tmp_path)
    port = free_port()
    env = {**os.environ, "YILIAN_STATE_DIR": str(tmp_path), "YILIAN_INDEX": es_alias, "YILIAN_OPS_TOKEN": "s3cret"}
    process = subprocess.Popen([sys.executable, "-m", "yilian.cli", "serve", "--port", str(port)], env=env,
                               cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/ops/sources", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    yield base, tmp_path
    process.terminate()
    process.wait(timeout=20)


def test_operator_page_shows_health_and_runs_a_source_now_only_with_the_token(server, page, tmp_path):
    base, state_dir = server
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(base + "/ops")
    rows = page.locator("#sources tbody tr")
    expected = len(load_sources(PROJECT_ROOT / "config" / "sources.yaml"))
    page.wait_for_function(f"() => document.querySelectorAll('#sources tbody tr').length === {expected}")
    failing = page.locator('tr[data-source="pjgov"]')
    assert failing.locator(".badge").inner_text() == "失败"
    assert "http_403×3" in failing.inner_text()
    assert page.locator('tr[data-source="lhzxyy"] .badge').inner_text() == "正常"
    silent = page.locator('tr[data-source="lnwjw"]')
    assert silent.locator(".badge").inner_text() == "沉寂" and "0 article links" in silent.inner_text()
    assert "Asia/Shanghai" in page.locator("#ops-summary").inner_text()
    assert rows.count() == expected

    page.locator('tr[data-source="lhzxyy"] button.run').click()
    page.wait_for_function("() => document.getElementById('ops-message').textContent.includes('401')")
    assert ScheduleStore.open(state_dir).open_requests() == []

    page.fill("#token", "s3cret")
    page.click("#token-form button")
    page.locator('tr[data-source="lhzxyy"] button.run').click()
    page.wait_for_function("() => document.getElementById('ops-message').textContent.includes('已请求立即抓取 lhzxyy')")
    assert [r["source_id"] for r in ScheduleStore.open(state_dir).open_requests()] == ["lhzxyy"]
    page.wait_for_function("() => document.querySelector('tr[data-source=\"lhzxyy\"]').textContent.includes('已请求')")
    page.screenshot(path=os.environ.get("YILIAN_OPS_SCREENSHOT") or str(Path(tmp_path) / "ops.png"))


def test_operator_page_lists_alerts_that_could_not_be_delivered(server, page, es_client, es_alias, make_article):
    from datetime import datetime, timedelta, timezone

    from indexer.bulk import index_documents
    from indexer.document import to_document
    from indexer.lifecycle import ensure_index
    from search_api import alerts
    from search_api.models import FilterParams
    from yilian.settings import Settings

    base, _ = server
    ensure_index(es_client, es_alias)
    dead = f"http://127.0.0.1:{free_port()}/robot"  # nothing listens: every delivery fails
    alerts.save(es_client, es_alias, "漯河医联体", FilterParams(q="医联体"), {"url": dead, "kind": "dingtalk"}, [],
                now=datetime.now(timezone.utc) - timedelta(minutes=1))
    article = make_article(url="https://lh.example.cn/news/1.html")
    assert index_documents(es_client, [to_document(article, None, datetime.now(timezone.utc))], alias=es_alias,
                           refresh=True).failed == 0
    report = alerts.check(es_client, es_alias, Settings(YILIAN_INDEX=es_alias, YILIAN_ALLOW_PRIVATE_NETWORKS=True))
    assert report.failed == 1
    page.goto(base + "/ops")
    page.wait_for_selector("#alert-failures tbody tr")
    row = page.locator("#alert-failures tbody tr").first.inner_text()
    assert "漯河医联体" in row and "Webhook" in row and article.title in row and "unreachable" in row
    assert "1 条推送失败" in page.locator("#alerts-summary").inner_text()
