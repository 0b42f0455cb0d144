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

A local cluster (``YILIAN_ES_NODES=3``): the same distribution, one node per port from
``YILIAN_ES_PORT`` up (transport ports 100 above), each with its own ``nodes/<n>/{data,logs}`` and
pidfile beside the shared unpacked distribution; the nodes find each other by their transport
ports and form the cluster on their first start. It is how the cluster behaviour (a node lost and
back) is tested on one machine; the single node keeps its layout and settings.

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
TRANSPORT_OFFSET = 100  # a cluster node's transport port is its HTTP port + 100 (9200 -> 9300, as Elasticsearch's defaults)


class EsLocalError(RuntimeError):
    """Elasticsearch could not be fetched, started, reached or stopped; the message says why."""


@dataclass(frozen=True)
class LocalNode:
    """Where one local node lives on disk: the distribution is shared, data, logs and pidfile are its own."""

    root: Path
    version: str
    number: int = 1  # 1 .. cluster_size
    cluster_size: int = 1

    @property
    def folder(self) -> Path:
        """A single node keeps data and logs at the root (as it always did); a cluster's node under nodes/<n>/."""
        return self.root if self.cluster_size == 1 else self.root / "nodes" / str(self.number)

    @property
    def name(self) -> str:
        return f"yilian-local-{self.number}"

    @property
    def home(self) -> Path:
        return self.root / f"elasticsearch-{self.version}"

    @property
    def zip_path(self) -> Path:
        return self.root / "downloads" / f"elasticsearch-{self.version}.zip"

    @property
    def config(self) -> Path:
        """A cluster's nodes each get a copy of the distribution's config: they would race to create one keystore."""
        return self.home / "config" if self.cluster_size == 1 else self.folder / "config"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def logs(self) -> Path:
        return self.folder / "logs"

    @property
    def pidfile(self) -> Path:
        return self.folder / "es.pid"

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


def local_node(settings: Settings, number: int = 1) -> LocalNode:
    """The node's folder: ``<state_dir>/es`` (or YILIAN_ES_HOME), or /var/tmp when the unprivileged user could not reach it."""
    root = Path(settings.es_dir).resolve()
    if _is_root() and not _world_traversable(root):
        digest = hashlib.sha1(str(root).encode()).hexdigest()[:10]
        root = Path("/var/tmp") / f"yilian-es-{digest}"
    return LocalNode(root=root, version=settings.es_version, number=number, cluster_size=settings.es_nodes)


def local_nodes(settings: Settings) -> list[LocalNode]:
    """The YILIAN_ES_NODES nodes `up` runs."""
    return [local_node(settings, number) for number in range(1, settings.es_nodes + 1)]


def _nodes_on_disk(settings: Settings) -> list[LocalNode]:
    """Every node that may have run from this folder, whatever YILIAN_ES_NODES says now (for `down`)."""
    single = local_node(settings.model_copy(update={"es_nodes": 1}))
    cluster = single.root / "nodes"
    numbers = sorted(int(p.name) for p in cluster.iterdir() if p.name.isdigit()) if cluster.is_dir() else []
    return [single] + [LocalNode(single.root, single.version, number, max(len(numbers), 2)) for number in numbers]


def http_port(settings: Settings, node: LocalNode) -> int:
    return settings.es_port + node.number - 1


def cluster_name(settings: Settings, node: LocalNode) -> str:
    """Also the log file's name; a local cluster is named after its first port so two never merge."""
    return "yilian-local" if node.cluster_size == 1 else f"yilian-local-{settings.es_port}"


# --- talking to a node -------------------------------------------------------------------------


def _local_get(url: str, timeout: float = 2.0) -> dict[str, Any] | None:
    """GET a JSON document from the unsecured local node; None when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError):
        return None


def _local_get_any(settings: Settings, path: str, timeout: float = 2.0) -> dict[str, Any] | None:
    """The first answer of the local nodes, in port order (a cluster answers while one node is down)."""
    for url in settings.local_es_urls:
        found = _local_get(url + path, timeout=timeout)
        if found is not None:
            return found
    return None


def _local_health(settings: Settings, wait_seconds: int = 0) -> dict[str, Any] | None:
    wait = f"?wait_for_status=yellow&wait_for_nodes=>={settings.es_nodes}&timeout={wait_seconds}s" if wait_seconds else ""
    return _local_get_any(settings, f"/_cluster/health{wait}", timeout=wait_seconds + 2.0)


def _complete(health: dict[str, Any] | None, settings: Settings) -> bool:
    """The local node answers, and a local cluster has all its nodes."""
    return health is not None and health.get("number_of_nodes", 0) >= settings.es_nodes


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
    if node.cluster_size > 1:  # the node's user must traverse to its own folders
        for folder in (node.root, node.root / "nodes", node.folder):
            folder.mkdir(parents=True, exist_ok=True)
            folder.chmod(0o755)
    for name, mode in DIR_MODES.items():
        folder = getattr(node, name)
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(mode)  # set every start: a folder left by an older version or a loose umask is tightened
    if not node.config.exists():
        shutil.copytree(node.home / "config", node.config)


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
    port = http_port(settings, node)
    common = {
        "cluster.name": cluster_name(settings, node),
        "node.name": node.name,
        "network.host": "127.0.0.1",
        "http.port": str(port),
        "path.data": str(node.data),
        "path.logs": str(node.logs),
        "xpack.security.enabled": "false",
        # a nearly-full CI disk must not turn new indices red
        "cluster.routing.allocation.disk.threshold_enabled": "false",
        "action.destructive_requires_name": "true",
    }
    if node.cluster_size == 1:
        return {**common, "discovery.type": "single-node"}
    peers = [local_node(settings, number) for number in range(1, node.cluster_size + 1)]
    cluster = {
        "transport.port": str(port + TRANSPORT_OFFSET),
        "discovery.seed_hosts": ",".join(f"127.0.0.1:{http_port(settings, peer) + TRANSPORT_OFFSET}" for peer in peers),
    }
    if not (node.data.is_dir() and any(node.data.iterdir())):
        # only to form the cluster the first time; a node with data rejoins the cluster it belongs to
        cluster["cluster.initial_master_nodes"] = ",".join(peer.name for peer in peers)
    return {**common, **cluster}


def start_command(settings: Settings, node: LocalNode) -> tuple[list[str], dict[str, str]]:
    """The daemonising command line and its environment, switched to the system user when root."""
    env = {
        "ES_JAVA_HOME": str(settings.es_java_home),
        "ES_JAVA_OPTS": f"-Xms{settings.es_heap} -Xmx{settings.es_heap}",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "ES_PATH_CONF": str(node.config),
    }
    command = [str(node.home / "bin" / "elasticsearch"), "-d", "-p", str(node.pidfile)]
    command += [f"-E{key}={value}" for key, value in node_settings(settings, node).items()]
    if _is_root():
        command = ["runuser", "-u", ES_SYSTEM_USER, "--", "env", *(f"{k}={v}" for k, v in env.items()), *command]
    return command, env


def _log_tail(settings: Settings, node: LocalNode, lines: int = 30) -> str:
    parts = []
    for log in (node.startup_log, node.logs / f"{cluster_name(settings, node)}.log"):
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


def _wait_for_health(settings: Settings, nodes: list[LocalNode], deadline: float) -> dict[str, Any]:
    while time.monotonic() < deadline:
        health = _local_health(settings, wait_seconds=2)
        if _complete(health, settings) and health.get("status") in ("green", "yellow"):
            return health
        for node in nodes:
            if node.pidfile.exists() and _read_pid(node) is None:
                raise EsLocalError(f"Elasticsearch {node.name} stopped while starting.\n{_log_tail(settings, node)}")
        time.sleep(0.5)
    raise EsLocalError(
        f"Elasticsearch did not become healthy within {settings.es_start_timeout:.0f}s "
        f"at {settings.effective_es_url}.\n{_log_tail(settings, nodes[0])}"
    )


def _start(settings: Settings, nodes: list[LocalNode]) -> dict[str, Any]:
    """Start every node of ``nodes`` not running, all at once: a cluster's first node waits for the others to form it."""
    zip_path = fetch_distribution(nodes[0])
    unpack(nodes[0], zip_path)
    for node in nodes:
        _make_dirs(node)
    if _is_root():
        user = ensure_system_user()
        _chown_tree(nodes[0].root, user.pw_uid, user.pw_gid)
    deadline = time.monotonic() + settings.es_start_timeout
    launched = []
    for node in nodes:
        if _read_pid(node) is not None:  # a cluster's node that kept running
            continue
        command, env = start_command(settings, node)
        _progress(f"starting Elasticsearch {node.version} on http://127.0.0.1:{http_port(settings, node)} (home {node.folder})")
        with open(node.startup_log, "ab") as out:  # the child keeps its own copy of the descriptor
            launched.append((node, subprocess.Popen(command, env=env, cwd=node.home, stdout=out, stderr=subprocess.STDOUT,
                                                    stdin=subprocess.DEVNULL)))
    failed = [node for node, process in launched if process.wait() != 0]
    if failed:
        for node, _ in launched:  # no half-started cluster left behind
            _stop_node(node)
        raise EsLocalError(f"Elasticsearch {failed[0].name} exited while starting.\n{_log_tail(settings, failed[0])}")
    return _wait_for_health(settings, nodes, deadline)


def ensure_running(settings: Settings | None = None) -> str:
    """URL(s) of a healthy cluster: ES_URL's, the already running local node(s), or started now.

    A local cluster with a node down gets that node started again (it rejoins with its data)."""
    settings = settings or get_settings()
    if settings.es_url:
        _remote_health(settings)
        return settings.es_url
    if _complete(_local_health(settings), settings):
        return settings.effective_es_url
    nodes = local_nodes(settings)
    with _lock(nodes[0]):
        if not _complete(_local_health(settings), settings):  # another process may have started it while we waited
            _start(settings, nodes)
    return settings.effective_es_url


def _stop_node(node: LocalNode) -> bool:
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


def stop(settings: Settings | None = None, number: int | None = None) -> bool:
    """Stop the node(s) `up` started (by their pidfiles), or only node ``number`` of a local cluster;
    False when there was nothing of ours to stop."""
    settings = settings or get_settings()
    if settings.es_url:
        return False
    nodes = _nodes_on_disk(settings)
    with _lock(nodes[0]):
        stopped = [_stop_node(node) for node in nodes if number is None or (node.cluster_size > 1 and node.number == number)]
    return any(stopped)


def status(settings: Settings | None = None) -> dict[str, Any]:
    """Health of the cluster in use, or ``running: False``."""
    settings = settings or get_settings()
    if settings.es_url:
        try:
            health = _remote_health(settings)
        except EsLocalError as exc:
            return {"url": settings.es_url, "managed": False, "running": False, "error": str(exc)}
        return {"url": settings.es_url, "managed": False, "running": True, **health}
    nodes = local_nodes(settings)
    info: dict[str, Any] = {"url": settings.effective_es_url, "managed": True, "home": str(nodes[0].root),
                            "pid": _read_pid(nodes[0])}
    if len(nodes) > 1:
        info["nodes"] = [{"name": node.name, "url": f"http://127.0.0.1:{http_port(settings, node)}", "pid": _read_pid(node)}
                         for node in nodes]
    health = _local_health(settings)
    if health is None:
        return {**info, "running": False}
    # `GET /` is not routed by the integ-test distribution, so the version comes from the nodes API
    versions = (_local_get_any(settings, "/_nodes/_local?filter_path=nodes.*.version") or {}).get("nodes", {})
    version = next(iter(versions.values()), {}).get("version")
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
