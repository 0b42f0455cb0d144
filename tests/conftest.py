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
    from indexer.lifecycle import managed_indices

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
    names = managed_indices(es_client, alias)
    if names:
        es_client.indices.delete(index=",".join(names))
