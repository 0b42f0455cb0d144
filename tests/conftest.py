"""Shared fixtures: a real Elasticsearch (tests/es_fixtures.py) and the fixture web."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
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
