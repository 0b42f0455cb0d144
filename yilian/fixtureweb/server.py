"""Serve the fixture web on 127.0.0.1: pre-rendered bytes looked up by path, one thread per request.

``start_background`` runs it in a thread (tests, demo); ``start_subprocess`` runs it in its own
process so a benchmark crawler does not share a GIL with it. Logs are quiet unless asked.
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from yilian.fixtureweb.build import Edits, Served, Web, build_web

log = logging.getLogger("yilian.fixtureweb")
ACCESS_LOG_SIZE = 200_000  # far above the requests of any one test or benchmark crawl

NOT_FOUND = Served(b"404 Not Found\n", "text/plain", status=404)


class Live:
    """What the server serves now: the web (swapped whole when a test edits it), whether it sends
    validators (ETag, Last-Modified) and answers conditional requests with 304, a request count, and the
    access log (wall-clock arrival time and path of the last ACCESS_LOG_SIZE requests: what a site sees of a
    crawl's politeness; bounded, as the server runs for a whole demo or benchmark).
    ``latency`` seconds are waited before each answer, as a distant site would (benchmarks)."""

    def __init__(self, web: Web, validators: bool = True, latency: float = 0.0):
        self.web = web
        self.validators = validators
        self.latency = latency
        self.requests = 0
        self.access_log: deque[tuple[float, str]] = deque(maxlen=ACCESS_LOG_SIZE)
        self._lock = threading.Lock()

    def counted(self, path: str) -> None:
        arrived = time.time()
        with self._lock:
            self.requests += 1
            self.access_log.append((arrived, path))


def not_modified(page: Served, if_none_match: str | None, if_modified_since: str | None) -> bool:
    """RFC 9110: If-None-Match decides when present, else If-Modified-Since."""
    if if_none_match is not None:
        return page.etag in {tag.strip() for tag in if_none_match.split(",")} or if_none_match.strip() == "*"
    if if_modified_since is not None:
        try:
            return page.modified <= parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
    return False


def make_handler(live: Live, verbose: bool = False) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "Apache"  # what such sites announce; the real value does not matter
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes; don't wait 40 ms for an ACK

        def _send(self, with_body: bool) -> None:
            path = unquote(urlsplit(self.path).path)
            live.counted(path)
            if live.latency:
                time.sleep(live.latency)
            page = live.web.lookup(path) or NOT_FOUND
            fresh = live.validators and page.status == 200 and not_modified(
                page, self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"))
            self.send_response(304 if fresh else page.status)
            if live.validators and page.status == 200:
                self.send_header("ETag", page.etag)
                self.send_header("Last-Modified", format_datetime(page.modified, usegmt=True))
            if fresh:
                self.end_headers()
                return
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            if with_body:
                self.wfile.write(page.body)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._send(with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._send(with_body=False)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            if verbose:
                log.info("%s %s", self.address_string(), format % args)

    return Handler


class FixtureServer:
    """A running fixture web; ``base_url`` has no trailing slash. A server started in this process
    (``start_background``) can be edited (``edit``) and counts the requests it answered."""

    def __init__(self, base_url: str, stop: Callable[[], None], live: Live | None = None,
                 build: tuple[int, str | None] = (0, None), pid: int | None = None) -> None:
        self.base_url = base_url
        self.pid = pid  # the serving process when it is a child (start_subprocess): benchmarks count its CPU
        self._stop = stop
        self.live = live
        self._build = build

    def edit(self, edits: Edits) -> Web:
        """Serve the web as changed by ``edits`` (relative to the web as built) from now on; returns it."""
        self.live.web = build_web(*self._build, edits)
        return self.live.web

    @property
    def requests(self) -> int:
        return self.live.requests

    @property
    def access_log(self) -> list[tuple[float, str]]:
        return list(self.live.access_log)

    def stop(self) -> None:
        self._stop()

    def __enter__(self) -> "FixtureServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _http_server(port: int, scale: int, corpus_dir: str | None, verbose: bool,
                 validators: bool = True, latency: float = 0.0) -> tuple[ThreadingHTTPServer, Live]:
    live = Live(build_web(scale, corpus_dir), validators, latency)
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(live, verbose))
    server.daemon_threads = True
    return server, live


def start_background(port: int = 0, scale: int = 0, corpus_dir: str | None = None, verbose: bool = False,
                     validators: bool = True) -> FixtureServer:
    """Serve in a daemon thread of this process; port 0 picks a free port. ``validators=False``
    serves no ETag/Last-Modified (as many old CMSs), so only content fingerprints tell change."""
    server, live = _http_server(port, scale, corpus_dir, verbose, validators)
    thread = threading.Thread(target=server.serve_forever, name="fixtureweb", daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    return FixtureServer(f"http://127.0.0.1:{server.server_address[1]}", stop, live, (scale, corpus_dir))


def start_subprocess(port: int = 0, scale: int = 0, corpus_dir: str | None = None, timeout: float = 120.0,
                     latency: float = 0.0) -> FixtureServer:
    """Serve from a child process (its own GIL); returns once the child has printed its URL."""
    cmd = [sys.executable, "-m", "yilian.fixtureweb.server", "--port", str(port), "--scale", str(scale),
           "--latency", str(latency), "--until-stdin-closes"]
    if corpus_dir:
        cmd += ["--corpus", corpus_dir]
    # The child exits when our end of its stdin closes, so a crashed benchmark leaves no server behind.
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(proc.stdout.readline().strip()), daemon=True)
    reader.start()
    reader.join(timeout)
    if not result or not result[0].startswith("http://"):
        proc.kill()
        raise RuntimeError(f"fixture server did not start: {result[0] if result else 'timed out'}")

    def stop() -> None:
        proc.stdin.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    return FixtureServer(result[0], stop, pid=proc.pid)


def _shutdown_when_stdin_closes(server: ThreadingHTTPServer) -> None:
    def watch() -> None:
        while sys.stdin.read(4096):
            pass
        server.shutdown()

    threading.Thread(target=watch, name="stdin-watch", daemon=True).start()


def serve(port: int, scale: int, corpus_dir: str | None = None, verbose: bool = False,
          until_stdin_closes: bool = False, latency: float = 0.0) -> int:
    server, _ = _http_server(port, scale, corpus_dir, verbose, latency=latency)
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    if until_stdin_closes:
        _shutdown_when_stdin_closes(server)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def cli(args: argparse.Namespace) -> int:
    """`yilian fixtures serve`: print the base URL, serve until Ctrl-C."""
    return serve(args.port, args.scale, getattr(args, "corpus", None), getattr(args, "verbose", False),
                 getattr(args, "until_stdin_closes", False), getattr(args, "latency", 0.0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m yilian.fixtureweb.server", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8800)
    parser.add_argument("--scale", type=int, default=0)
    parser.add_argument("--corpus", default=None, help="corpus directory (default: the packaged corpus)")
    parser.add_argument("--verbose", action="store_true", help="log one line per request")
    parser.add_argument("--until-stdin-closes", action="store_true", help="exit when standard input reaches EOF")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds to wait before each answer")
    args = parser.parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    return cli(args)


if __name__ == "__main__":
    sys.exit(main())
