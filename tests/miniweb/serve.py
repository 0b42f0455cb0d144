#!/usr/bin/env python3
"""Tiny static server for the miniweb test sites (stdlib only).

    python3 serve.py --port 8765 [--bind 127.0.0.1]

One port serves all four sites: the request's Host header (port stripped) picks
sites/<host>/.  Fallback when the Host header names no site: a path /<host>/... is
served from sites/<host>/...; failing that, the first path segment of the Referer
is tried (so root-absolute links on a page fetched through the fallback still work).

File mapping: the URL path (percent-decoded) plus, when the URL has a query, "?" and
the query (percent-decoded) is the file name, e.g. /NewsShow.aspx?id=1702 ->
sites/www.nczxyy.example.cn/NewsShow.aspx?id=1702.  A path ending in "/" (or naming a
directory) is served from index.html, index.htm or Default.aspx in it.  Missing -> 404.

Content-Type: text/html for pages (no charset), application/pdf for PDF bytes,
application/javascript for .js.  On the GBK site (www.nczxyy.example.cn) HTML
responses whose URL ends in an even digit get "text/html; charset=gbk"; the others
(odd digit, or no digit at the end) get plain "text/html", so half of its pages carry
the charset in HTTP and all of them declare gb2312 in a <meta>.
"""
import argparse
import os
import posixpath
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sites")
GBK_HOST = "www.nczxyy.example.cn"
INDEXES = ("index.html", "index.htm", "Default.aspx")


def hosts():
    return {d for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d))}


class Handler(BaseHTTPRequestHandler):
    server_version = "miniweb/1.0"

    def log_message(self, fmt, *args):
        if not self.server.quiet:
            sys.stderr.write("%s - %s\n" % (self.address_string(), fmt % args))

    def resolve(self):
        known = hosts()
        parts = urlsplit(self.path)
        path = unquote(parts.path or "/")
        query = unquote(parts.query) if parts.query else ""
        host = (self.headers.get("Host") or "").split(":")[0].strip().lower()
        if host not in known:
            segs = path.lstrip("/").split("/", 1)
            if segs[0] in known:
                host = segs[0]
                path = "/" + (segs[1] if len(segs) > 1 else "")
            else:
                ref = self.headers.get("Referer") or ""
                rseg = unquote(urlsplit(ref).path).lstrip("/").split("/", 1)[0]
                if rseg in known:
                    host = rseg
                else:
                    return None, None
        base = os.path.join(ROOT, host)
        norm = posixpath.normpath(path)
        if norm.startswith("..") or "/../" in norm:
            return host, None
        rel = norm.lstrip("/")
        if norm == "/" or path.endswith("/"):
            rel = rel.rstrip("/")
        name = rel + ("?" + query if query else "")
        cand = os.path.join(base, name) if name else base
        if os.path.isdir(cand):
            for ix in INDEXES:
                p = os.path.join(cand, ix)
                if os.path.isfile(p):
                    return host, p
            return host, None
        if os.path.isfile(cand) and os.path.realpath(cand).startswith(os.path.realpath(base) + os.sep):
            return host, cand
        return host, None

    def send_file(self, head_only):
        host, fpath = self.resolve()
        if not fpath:
            body = b"<html><body><h1>404 Not Found</h1></body></html>"
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head_only:
                self.wfile.write(body)
            return
        with open(fpath, "rb") as f:
            data = f.read()
        if data.startswith(b"%PDF"):
            ctype = "application/pdf"
        elif fpath.endswith(".js"):
            ctype = "application/javascript"
        else:
            ctype = "text/html"
            if host == GBK_HOST and self.path[-1:].isdigit() and int(self.path[-1]) % 2 == 0:
                ctype = "text/html; charset=gbk"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not head_only:
            self.wfile.write(data)

    def do_GET(self):
        self.send_file(False)

    def do_HEAD(self):
        self.send_file(True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--bind", default="127.0.0.1")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    srv = ThreadingHTTPServer((a.bind, a.port), Handler)
    srv.quiet = a.quiet
    print("serving %s on http://%s:%d/ (hosts: %s)" % (ROOT, a.bind, a.port, ", ".join(sorted(hosts()))), flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
