"""The operator page in a real browser (headless Debian Chromium driven by Selenium): the sources table
with health and next run, an error class where a source fails, and "run now", refused without the
operator token and queued with it. `make test` installs chromium and chromium-driver when missing."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

from yilian.schedule import ScheduleStore
from yilian.settings import PROJECT_ROOT
from yilian.sources import load_sources

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000")


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


@pytest.fixture
def browser(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    yield driver
    driver.quit()


def test_operator_page_shows_health_and_runs_a_source_now_only_with_the_token(server, browser, tmp_path):
    base, state_dir = server
    browser.get(base + "/ops")
    wait = WebDriverWait(browser, 20)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#sources tbody tr")) ==
               len(load_sources(PROJECT_ROOT / "config" / "sources.yaml")))
    failing = browser.find_element(By.CSS_SELECTOR, 'tr[data-source="pjgov"]')
    assert failing.find_element(By.CSS_SELECTOR, ".badge").text == "失败"
    assert "http_403×3" in failing.text
    assert browser.find_element(By.CSS_SELECTOR, 'tr[data-source="lhzxyy"] .badge').text == "正常"
    silent = browser.find_element(By.CSS_SELECTOR, 'tr[data-source="lnwjw"]')
    assert silent.find_element(By.CSS_SELECTOR, ".badge").text == "沉寂" and "0 article links" in silent.text
    assert "Asia/Shanghai" in browser.find_element(By.ID, "ops-summary").text

    button = browser.find_element(By.CSS_SELECTOR, 'tr[data-source="lhzxyy"] button.run')
    button.click()
    wait.until(ready.text_to_be_present_in_element((By.ID, "ops-message"), "401"))
    assert ScheduleStore.open(state_dir).open_requests() == []

    browser.find_element(By.ID, "token").send_keys("s3cret")
    browser.find_element(By.CSS_SELECTOR, "#token-form button").click()
    browser.find_element(By.CSS_SELECTOR, 'tr[data-source="lhzxyy"] button.run').click()
    wait.until(ready.text_to_be_present_in_element((By.ID, "ops-message"), "已请求立即抓取 lhzxyy"))
    assert [r["source_id"] for r in ScheduleStore.open(state_dir).open_requests()] == ["lhzxyy"]
    wait.until(ready.text_to_be_present_in_element((By.CSS_SELECTOR, 'tr[data-source="lhzxyy"]'), "已请求"))
    browser.save_screenshot(os.environ.get("YILIAN_OPS_SCREENSHOT") or str(Path(tmp_path) / "ops.png"))
