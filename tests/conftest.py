"""Shared fixtures: a real Elasticsearch (tests/es_fixtures.py) and the fixture web."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The fixture web is served on loopback, which crawls refuse unless told (host scope still applies);
# every crawl a test starts, in this process or a child, inherits this.
os.environ["YILIAN_ALLOW_PRIVATE_NETWORKS"] = "1"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

pytest_plugins = ["tests.es_fixtures"]


@pytest.fixture(scope="session")
def fixture_web():
    """The fixture web on a free loopback port for the whole session."""
    from yilian.fixtureweb.server import start_background

    server = start_background(port=0)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def crawl(fixture_web, es_client, tmp_path_factory):
    """One crawl of the whole demo config into a throw-away alias, as `yilian crawl` runs it."""
    from tests.es_fixtures import drop_alias

    alias = f"yilian-e2e-{os.getpid()}"
    state = tmp_path_factory.mktemp("state")
    env = {**os.environ, "YILIAN_INDEX": alias, "YILIAN_STATE_DIR": str(state)}
    done = subprocess.run(
        [sys.executable, "-m", "yilian.cli", "crawl", "--fixture-base", fixture_web.base_url, "--fast"],
        env=env, capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    es_client.indices.refresh(index=alias)
    yield {"alias": alias, "summary": summary, "state": state, "base": fixture_web.base_url}
    drop_alias(es_client, alias)


@pytest.fixture(scope="session")
def live_api(crawl, es_url):
    """The search API and page serving the crawled alias over real HTTP on a free loopback port."""
    import threading
    import time

    import uvicorn

    from search_api.app import create_app
    from yilian.settings import Settings

    app = create_app(Settings(ES_URL=es_url, YILIAN_INDEX=crawl["alias"]))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the API did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


CHROMIUM = "/usr/bin/chromium"  # Debian's package, installed by `make test` (Makefile: browser)
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium driven by Playwright; never a downloaded browser. Per module: Playwright's
    sync API keeps an event loop running in the main thread while it is open, and later tests run
    coroutines of their own (asyncio.run refuses to start inside a running loop)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A real redis-server of our own (tests/redis_local.py), stopped after the session."""
    from tests.redis_local import redis_server

    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url
