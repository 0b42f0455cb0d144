"""`yilian es`: the shared local node, plus a throwaway second node for the start/stop/failure paths."""

from __future__ import annotations

import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.es_fixtures import free_es_port
from yilian import es_local
from yilian.settings import Settings

pytestmark = pytest.mark.es
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="the unprivileged-user path only applies to root")


def _yilian(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "yilian.cli", *args], capture_output=True, text=True, env={**os.environ, **env}, timeout=300
    )


def test_shared_node_is_healthy_and_reports_its_version(es_url):
    state = es_local.status(Settings())
    assert state["running"] and state["url"] == es_url
    assert state["status"] in ("green", "yellow")
    assert state["version"] == Settings().es_version


def test_up_reuses_the_running_node(es_url):
    before = es_local.status(Settings())["pid"]
    assert es_local.ensure_running(Settings()) == es_url
    assert es_local.status(Settings())["pid"] == before


def _listener_pid(port: int) -> int | None:
    """The process listening on a loopback TCP port, from /proc (the node may have been started by
    another checkout's `yilian es up`, whose state folder this one does not see)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                inodes.add(f"socket:[{fields[9]}]")
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if any(os.readlink(fd) in inodes for fd in (proc / "fd").iterdir()):
                return int(proc.name)
        except OSError:
            continue
    return None


@as_root
@pytest.mark.skipif(bool(os.environ.get("ES_URL")), reason="ES_URL: the cluster is the user's own, no local node runs")
def test_node_does_not_run_as_root(es_url):
    settings = Settings()
    pid = es_local.status(settings)["pid"] or _listener_pid(settings.es_port)
    assert pid is not None, f"no process listens on port {settings.es_port}"
    owner = Path(f"/proc/{pid}").stat().st_uid
    assert pwd.getpwuid(owner).pw_name == es_local.ES_SYSTEM_USER


@as_root
def test_home_moves_out_of_a_folder_the_node_user_cannot_traverse(tmp_path):
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    private.chmod(0o700)
    node = es_local.local_node(Settings(YILIAN_STATE_DIR=str(private / "state")))
    assert node.root.parent == Path("/var/tmp") and node.root.name.startswith("yilian-es-")


@as_root
def test_home_stays_in_the_state_folder_when_the_node_user_can_reach_it():
    public = Path(tempfile.mkdtemp(dir="/var/tmp"))
    try:
        public.chmod(0o755)
        assert es_local.local_node(Settings(YILIAN_STATE_DIR=str(public))).root == public.resolve() / "es"
    finally:
        public.rmdir()


def test_with_es_url_nothing_is_started_and_an_unreachable_cluster_is_an_error(es_url):
    remote = Settings(ES_URL="http://127.0.0.1:1")
    with pytest.raises(es_local.EsLocalError, match="127.0.0.1:1"):
        es_local.ensure_running(remote)
    assert es_local.status(remote)["running"] is False
    assert es_local.stop(remote) is False
    assert es_local.status(Settings())["running"]  # the local node was not touched


def test_with_es_url_up_checks_the_given_cluster(es_url):
    done = _yilian("es", "up", ES_URL=es_url)
    assert done.returncode == 0, done.stderr
    assert es_url in done.stdout


def test_status_command_exit_code_tells_whether_a_cluster_answers(es_url):
    up = _yilian("es", "status")
    assert up.returncode == 0 and ("green" in up.stdout or "yellow" in up.stdout)
    down = _yilian("es", "status", ES_URL="http://127.0.0.1:1")
    assert down.returncode == 1 and "not running" in down.stdout


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Iterator[Settings]:
    """A second node with its own state folder and port, so stopping it disturbs nobody."""
    settings = Settings(YILIAN_STATE_DIR=str(tmp_path_factory.mktemp("scratch-state")), YILIAN_ES_PORT=free_es_port())
    yield settings
    es_local.stop(settings)
    shutil.rmtree(es_local.local_node(settings).root, ignore_errors=True)


def test_scratch_node_starts_stops_and_says_not_running(scratch):
    assert es_local.ensure_running(scratch) == f"http://127.0.0.1:{scratch.es_port}"
    state = es_local.status(scratch)
    assert state["running"] and state["pid"] is not None
    node = es_local.local_node(scratch)
    assert node.data.is_dir() and any(node.logs.iterdir())  # data and logs live under the node's folder
    data = node.data.stat()
    assert stat.S_IMODE(data.st_mode) == 0o700  # nobody but the node's user reads the index
    assert data.st_uid == Path(f"/proc/{state['pid']}").stat().st_uid
    assert es_local.stop(scratch) is True
    assert es_local.status(scratch)["running"] is False
    assert es_local.stop(scratch) is False  # nothing left to stop


def test_failed_start_reports_the_log_tail(scratch):
    broken = scratch.model_copy(update={"es_heap": "lots", "es_start_timeout": 60.0})
    with pytest.raises(es_local.EsLocalError) as failure:
        es_local.ensure_running(broken)
    message = str(failure.value)
    assert "startup.out" in message and "lots" in message  # the JVM's complaint about -Xmslots is shown
    assert es_local.status(broken)["running"] is False
