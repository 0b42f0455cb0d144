"""A local single-node Elasticsearch for development, tests and the demo: `yilian es up|down|status`.

The node is the official integration-test distribution (Maven Central artifact
``org.elasticsearch.distribution.integ-test-zip:elasticsearch:<version>:zip``): small, no bundled
JDK, and only the modules ``transport-netty4``, ``x-pack-core``, ``x-pack-security`` and ``apm``.
So it has neither ``analysis-common`` (cjk analyzers) nor ``reindex`` (the ``_reindex`` API);
``indexer`` copes with both (see indexer/template.py and indexer/lifecycle.py).

Layout, all under ``<state_dir>/es/`` (gitignored): ``downloads/elasticsearch-<v>.zip`` (cached),
``elasticsearch-<v>/`` (unpacked once, never edited: settings go on the command line with ``-E``),
``data/`` (mode 0700: only the node's user reads the index), ``logs/`` (0750), ``es.pid``.

Elasticsearch refuses to run as root. When we are root the node runs as the system user
``yilian-es`` (created idempotently), which must be able to traverse every parent folder of the
node's home. We never loosen permissions of folders we did not create: if a parent of
``<state_dir>/es`` is not world-traversable (e.g. a checkout under /root), the node lives in
``/var/tmp/yilian-es-<hash of state_dir>`` instead.

When ``ES_URL`` is set nothing is started: ``up`` only checks that the cluster answers.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import os
import pwd
import shutil
import signal
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yilian.settings import Settings, get_settings

ES_SYSTEM_USER = "yilian-es"
ARTIFACT = "org.elasticsearch.distribution.integ-test-zip:elasticsearch:{version}:zip"
STOP_TIMEOUT = 30.0


class EsLocalError(RuntimeError):
    """Elasticsearch could not be fetched, started, reached or stopped; the message says why."""


@dataclass(frozen=True)
class LocalNode:
    """Where one local node lives on disk."""

    root: Path
    version: str

    @property
    def home(self) -> Path:
        return self.root / f"elasticsearch-{self.version}"

    @property
    def zip_path(self) -> Path:
        return self.root / "downloads" / f"elasticsearch-{self.version}.zip"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def pidfile(self) -> Path:
        return self.root / "es.pid"

    @property
    def startup_log(self) -> Path:
        return self.logs / "startup.out"


def _progress(message: str) -> None:
    print(f"[yilian es] {message}", file=sys.stderr, flush=True)


def _is_root() -> bool:
    return os.geteuid() == 0


def _world_traversable(path: Path) -> bool:
    """True when every existing folder from / down to ``path`` has the other-execute bit."""
    for folder in [path, *path.parents]:
        if folder.exists() and not folder.stat().st_mode & stat.S_IXOTH:
            return False
    return True


def local_node(settings: Settings) -> LocalNode:
    """The node's folder: ``<state_dir>/es`` (or YILIAN_ES_HOME), or /var/tmp when the unprivileged user could not reach it."""
    root = Path(settings.es_dir).resolve()
    if _is_root() and not _world_traversable(root):
        digest = hashlib.sha1(str(root).encode()).hexdigest()[:10]
        root = Path("/var/tmp") / f"yilian-es-{digest}"
    return LocalNode(root=root, version=settings.es_version)


# --- talking to a node -------------------------------------------------------------------------


def _local_get(url: str, timeout: float = 2.0) -> dict[str, Any] | None:
    """GET a JSON document from the unsecured local node; None when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError):
        return None


def _local_health(settings: Settings, wait_seconds: int = 0) -> dict[str, Any] | None:
    wait = f"?wait_for_status=yellow&timeout={wait_seconds}s" if wait_seconds else ""
    return _local_get(f"{settings.local_es_url}/_cluster/health{wait}", timeout=wait_seconds + 2.0)


def _remote_health(settings: Settings) -> dict[str, Any]:
    """Cluster health of the user's ES_URL cluster (auth and TLS from Settings)."""
    from elastic_transport import TransportError
    from elasticsearch import ApiError

    from indexer.client import get_client

    try:
        client = get_client(settings, max_retries=0, request_timeout=10)
        health = dict(client.cluster.health())
    except (ApiError, TransportError) as exc:
        raise EsLocalError(f"Elasticsearch at {settings.es_url} is not reachable: {exc}") from exc
    try:  # a restricted API key may not read node info; the version is only informative
        nodes = client.nodes.info(node_id="_local", filter_path="nodes.*.version")["nodes"]
        health["version"] = next(iter(nodes.values()))["version"]
    except ApiError:
        health["version"] = None
    return health


# --- fetching and unpacking --------------------------------------------------------------------


def fetch_distribution(node: LocalNode) -> Path:
    """The distribution zip, via Maven (which reuses ~/.m2) unless already cached beside the node."""
    if node.zip_path.exists():
        return node.zip_path
    mvn = shutil.which("mvn")
    if mvn is None:
        raise EsLocalError("Maven ('mvn') is needed to fetch Elasticsearch; install it or set ES_URL")
    node.zip_path.parent.mkdir(parents=True, exist_ok=True)
    artifact = ARTIFACT.format(version=node.version)
    _progress(f"fetching {artifact} from Maven Central")
    result = subprocess.run(
        [mvn, "-q", "-B", "dependency:copy", f"-Dartifact={artifact}", f"-DoutputDirectory={node.zip_path.parent}"],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 or not node.zip_path.exists():
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-15:])
        raise EsLocalError(f"could not fetch {artifact}:\n{tail}")
    return node.zip_path


def _extract_with_modes(archive: zipfile.ZipFile, target: Path) -> None:
    """zipfile drops Unix permission bits; bin/ scripts need their execute bit back."""
    for info in archive.infolist():
        path = Path(archive.extract(info, target))
        mode = info.external_attr >> 16
        if mode and not info.is_dir():
            path.chmod(stat.S_IMODE(mode))


def unpack(node: LocalNode, zip_path: Path) -> Path:
    """Unpack once into a temporary folder, then rename, so a half-unpacked tree is never reused."""
    if (node.home / "bin" / "elasticsearch").exists():
        return node.home
    _progress(f"unpacking {zip_path.name}")
    staging = node.root / f".unpack-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    with zipfile.ZipFile(zip_path) as archive:
        _extract_with_modes(archive, staging)
    shutil.rmtree(node.home, ignore_errors=True)
    (staging / node.home.name).rename(node.home)
    shutil.rmtree(staging, ignore_errors=True)
    return node.home


# --- running as an unprivileged user -----------------------------------------------------------


def ensure_system_user(name: str = ES_SYSTEM_USER) -> pwd.struct_passwd:
    """Create the no-login system user the node runs as, unless it exists."""
    try:
        return pwd.getpwnam(name)
    except KeyError:
        pass
    result = subprocess.run(
        ["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", name],
        capture_output=True,
        text=True,
    )
    try:  # a concurrent `yilian es up` may have created it first
        return pwd.getpwnam(name)
    except KeyError:
        raise EsLocalError(f"could not create system user {name!r}: {result.stderr.strip()}") from None


def _chown_tree(root: Path, uid: int, gid: int) -> None:
    for folder, dirs, files in os.walk(root):
        os.chown(folder, uid, gid)
        for name in [*dirs, *files]:
            os.lchown(os.path.join(folder, name), uid, gid)


DIR_MODES = {"root": 0o755, "logs": 0o750, "data": 0o700}  # the index is readable by the node's user alone


def _make_dirs(node: LocalNode) -> None:
    for name, mode in DIR_MODES.items():
        folder = getattr(node, name)
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(mode)  # set every start: a folder left by an older version or a loose umask is tightened


@contextmanager
def _lock(node: LocalNode) -> Iterator[None]:
    """Serialise concurrent `up`/`down` (several test sessions may start at once)."""
    node.root.mkdir(parents=True, exist_ok=True)
    with open(node.root / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --- starting and stopping ---------------------------------------------------------------------


def node_settings(settings: Settings, node: LocalNode) -> dict[str, str]:
    """``-E`` settings; only ones the integ-test distribution knows (an unknown one aborts startup)."""
    return {
        "cluster.name": "yilian-local",
        "node.name": "yilian-local-1",
        "discovery.type": "single-node",
        "network.host": "127.0.0.1",
        "http.port": str(settings.es_port),
        "path.data": str(node.data),
        "path.logs": str(node.logs),
        "xpack.security.enabled": "false",
        # a nearly-full CI disk must not turn new indices red
        "cluster.routing.allocation.disk.threshold_enabled": "false",
        "action.destructive_requires_name": "true",
    }


def start_command(settings: Settings, node: LocalNode) -> tuple[list[str], dict[str, str]]:
    """The daemonising command line and its environment, switched to the system user when root."""
    env = {
        "ES_JAVA_HOME": str(settings.es_java_home),
        "ES_JAVA_OPTS": f"-Xms{settings.es_heap} -Xmx{settings.es_heap}",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
    }
    command = [str(node.home / "bin" / "elasticsearch"), "-d", "-p", str(node.pidfile)]
    command += [f"-E{key}={value}" for key, value in node_settings(settings, node).items()]
    if _is_root():
        command = ["runuser", "-u", ES_SYSTEM_USER, "--", "env", *(f"{k}={v}" for k, v in env.items()), *command]
    return command, env


def _log_tail(node: LocalNode, lines: int = 30) -> str:
    parts = []
    for log in (node.startup_log, node.logs / "yilian-local.log"):
        if log.exists():
            text = log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
            parts.append(f"--- {log} ---\n" + "\n".join(text))
    return "\n".join(parts) or "(no log written)"


def _read_pid(node: LocalNode) -> int | None:
    """The pid from the pidfile if that process is still an Elasticsearch node."""
    try:
        pid = int(node.pidfile.read_text().strip())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return None
    return pid if b"elasticsearch" in cmdline else None


def _wait_for_health(settings: Settings, node: LocalNode, deadline: float) -> dict[str, Any]:
    while time.monotonic() < deadline:
        health = _local_health(settings, wait_seconds=2)
        if health and health.get("status") in ("green", "yellow"):
            return health
        if node.pidfile.exists() and _read_pid(node) is None:
            raise EsLocalError(f"Elasticsearch stopped while starting.\n{_log_tail(node)}")
        time.sleep(0.5)
    raise EsLocalError(
        f"Elasticsearch did not become healthy within {settings.es_start_timeout:.0f}s "
        f"at {settings.local_es_url}.\n{_log_tail(node)}"
    )


def _start(settings: Settings, node: LocalNode) -> dict[str, Any]:
    zip_path = fetch_distribution(node)
    unpack(node, zip_path)
    _make_dirs(node)
    if _is_root():
        user = ensure_system_user()
        _chown_tree(node.root, user.pw_uid, user.pw_gid)
    command, env = start_command(settings, node)
    _progress(f"starting Elasticsearch {node.version} on {settings.local_es_url} (home {node.root})")
    deadline = time.monotonic() + settings.es_start_timeout
    with open(node.startup_log, "ab") as out:
        result = subprocess.run(command, env=env, cwd=node.home, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        raise EsLocalError(f"Elasticsearch exited with status {result.returncode} while starting.\n{_log_tail(node)}")
    return _wait_for_health(settings, node, deadline)


def ensure_running(settings: Settings | None = None) -> str:
    """URL of a healthy cluster: ES_URL's, an already running local node, or one started now."""
    settings = settings or get_settings()
    if settings.es_url:
        _remote_health(settings)
        return settings.es_url
    if _local_health(settings):
        return settings.local_es_url
    node = local_node(settings)
    with _lock(node):
        if not _local_health(settings):  # another process may have started it while we waited
            _start(settings, node)
    return settings.local_es_url


def stop(settings: Settings | None = None) -> bool:
    """Stop the node `up` started (by its pidfile); False when there was nothing of ours to stop."""
    settings = settings or get_settings()
    if settings.es_url:
        return False
    node = local_node(settings)
    with _lock(node):
        pid = _read_pid(node)
        if pid is None:
            node.pidfile.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline and Path(f"/proc/{pid}").exists():
            time.sleep(0.2)
        if Path(f"/proc/{pid}").exists():
            os.kill(pid, signal.SIGKILL)
        node.pidfile.unlink(missing_ok=True)
    return True


def status(settings: Settings | None = None) -> dict[str, Any]:
    """Health of the cluster in use, or ``running: False``."""
    settings = settings or get_settings()
    if settings.es_url:
        try:
            health = _remote_health(settings)
        except EsLocalError as exc:
            return {"url": settings.es_url, "managed": False, "running": False, "error": str(exc)}
        return {"url": settings.es_url, "managed": False, "running": True, **health}
    node = local_node(settings)
    info: dict[str, Any] = {"url": settings.local_es_url, "managed": True, "home": str(node.root), "pid": _read_pid(node)}
    health = _local_health(settings)
    if health is None:
        return {**info, "running": False}
    # `GET /` is not routed by the integ-test distribution, so the version comes from the nodes API
    nodes = (_local_get(f"{settings.local_es_url}/_nodes/_local?filter_path=nodes.*.version") or {}).get("nodes", {})
    version = next(iter(nodes.values()), {}).get("version")
    return {**info, "running": True, "version": version, **health}


def cli(args: argparse.Namespace) -> int:
    settings = get_settings()
    try:
        if args.action == "up":
            url = ensure_running(settings)
            state = status(settings)
            print(f"Elasticsearch {state.get('version', '?')} at {url}: {state.get('status', '?')}")
        elif args.action == "down":
            print("stopped" if stop(settings) else "not running (nothing started by `yilian es up`)")
        else:
            state = status(settings)
            if state["running"]:
                print(
                    f"{state['url']}: {state['status']} (Elasticsearch {state.get('version')}, "
                    f"cluster {state.get('cluster_name')}, {state.get('number_of_nodes')} node(s))"
                )
            else:
                print(f"{state['url']}: not running" + (f" ({state['error']})" if state.get("error") else ""))
                return 1
    except EsLocalError as exc:
        print(f"yilian es {args.action}: {exc}", file=sys.stderr)
        return 1
    return 0
