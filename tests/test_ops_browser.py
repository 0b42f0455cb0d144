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
