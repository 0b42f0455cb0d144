"""The fault campaign of issue 12, as one command: what each failure costs, for any checkout of the code.

    .venv/bin/python benchmarks/bench_faults.py [--code DIR] [--only NAME ...]

``--code`` runs the commands of another checkout (e.g. ``git archive main | tar -x -C /tmp/main``),
so the same scenarios give the before and after figures. Every scenario uses only the commands
(`yilian crawl|extract|index|serve`) and Elasticsearch itself:

  outage    a node of our own (port 9254) stopped 60 s, 8 s into a polite fixture-web crawl
  block429  the shared node's 429 (read_only_allow_delete) on the crawl's index for 25 s (and for 60 s)
  reindex   `yilian index reindex` 8 s into a crawl, over 30,000 documents already indexed
  kill9     `kill -9` 6 s into a crawl: is there a crawl record, marked unfinished?
  scope     hostile list page on loopback: file://, ?/allow/, #/allow/, other port, user@host,
            redirect to another port; and the Elasticsearch port as a start URL
  exports   CSV cells that start with = + - @ tab CR; the Atom feed for q containing U+0000
  api       schemathesis, all checks, 60 s, against `yilian serve` on the reference crawl
  fuzz      `yilian extract --batch` over the 304 fuzz pages of tests/test_fuzz_pages.py

Articles and verdicts are compared with a reference crawl of the same fixture web (politeness off).
Prints one line per figure and writes benchmarks/out/faults-<label>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from elasticsearch.helpers import scan  # noqa: E402

from indexer.client import get_client  # noqa: E402
from yilian import es_local  # noqa: E402
from yilian.fixtureweb import truth  # noqa: E402
from yilian.fixtureweb.server import start_background  # noqa: E402
from yilian.settings import Settings  # noqa: E402

OUTAGE_PORT = 9254
ALL = ["outage", "block429", "block429_60s", "reindex", "kill9", "scope", "exports", "api", "fuzz"]


class Run:
    def __init__(self, code: Path, work: Path, base: str):
        self.code, self.work, self.base = code, work, base
        self.es = get_client(Settings())
        self.tag = f"faults-{os.getpid()}"

    def yilian(self, *args: str, env: dict | None = None, **kwargs) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "yilian.cli", *args], cwd=self.code,
                                env={**os.environ, "YILIAN_ALLOW_PRIVATE_NETWORKS": "1", **(env or {})},
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)

    def crawl(self, alias: str, name: str, *extra: str, env: dict | None = None) -> subprocess.Popen:
        state = self.work / name
        return self.yilian("crawl", "--fixture-base", self.base, *extra,
                           env={"YILIAN_INDEX": alias, "YILIAN_STATE_DIR": str(state), **(env or {})})

    def verdicts(self, client, alias: str) -> dict[str, tuple]:
        client.indices.refresh(index=alias)
        hits = scan(client, index=alias, query={"query": {"match_all": {}},
                                                "_source": ["dup_group", "is_canonical", "also_published.id"]})
        return {h["_id"]: (h["_source"].get("dup_group"), h["_source"].get("is_canonical"),
                           tuple(sorted(c["id"] for c in h["_source"].get("also_published") or []))) for h in hits}

    def drop(self, client, alias: str) -> None:
        names = list(client.options(ignore_status=404).indices.get(index=f"{alias}-v*", allow_no_indices=True).body)
        if names:
            client.indices.delete(index=",".join(names))
        client.options(ignore_status=404).indices.delete_index_template(name=f"{alias}-template")


def finish(process: subprocess.Popen, timeout: float = 1200) -> tuple[int, dict]:
    out, _ = process.communicate(timeout=timeout)
    lines = [line for line in out.strip().splitlines() if line.startswith("{")]
    return process.returncode, json.loads(lines[-1]) if lines else {}


def compare(reference: dict, got: dict) -> dict:
    return {"articles_expected": len(reference), "articles_lost": len(reference.keys() - got.keys()),
            "verdicts_lost_or_wrong": sum(1 for k in reference.keys() & got.keys() if reference[k] != got[k])}


def outage(run: Run, reference: dict) -> dict:
    node = Settings(YILIAN_STATE_DIR=str(Path(tempfile.gettempdir()) / "yilian-faults-node"), YILIAN_ES_PORT=OUTAGE_PORT)
    es_local.ensure_running(node)
    client = get_client(Settings(ES_URL=node.local_es_url))
    run.drop(client, run.tag)
    crawl = run.crawl(run.tag, "outage", env={"ES_URL": node.local_es_url})
    time.sleep(8)
    es_local.stop(node)
    time.sleep(60)
    es_local.ensure_running(node)
    code, summary = finish(crawl)
    result = {"exit": code, "index_pending": summary.get("index_pending"), **compare(reference, run.verdicts(client, run.tag))}
    run.drop(client, run.tag)
    es_local.stop(node)
    return result


def block429(run: Run, reference: dict, seconds: float = 25) -> dict:
    alias = f"{run.tag}-429"
    crawl = run.crawl(alias, "block429")
    time.sleep(8)
    while not run.es.indices.exists(index=f"{alias}-v*") and crawl.poll() is None:  # a loaded machine starts slowly
        time.sleep(0.5)
    run.es.indices.put_settings(index=f"{alias}-v*", settings={"index.blocks.read_only_allow_delete": True})
    time.sleep(seconds)
    run.es.indices.put_settings(index=f"{alias}-v*", settings={"index.blocks.read_only_allow_delete": None})
    code, _ = finish(crawl)
    result = {"exit": code, **compare(reference, run.verdicts(run.es, alias))}
    run.drop(run.es, alias)
    return result


def block429_60s(run: Run, reference: dict) -> dict:
    """The same block for 60 s: longer than the Elasticsearch client's own 429 retries (1+2+4+8+16 s)."""
    return block429(run, reference, seconds=60)


def reindex(run: Run, reference: dict) -> dict:
    """With 30,000 documents already in the index, so the copy takes long enough for the crawl to write meanwhile."""
    from indexer.bulk import index_documents
    from indexer.lifecycle import ensure_index

    alias = f"{run.tag}-reindex"
    ensure_index(run.es, alias)
    filler = {"url": "https://filler.example/", "title": "填充", "body": "填充文档", "source_id": "filler"}
    index_documents(run.es, ({**filler, "id": f"filler-{n}", "url": f"https://filler.example/{n}"} for n in range(30_000)),
                    alias=alias, chunk_size=2000)
    crawl = run.crawl(alias, "reindex")
    time.sleep(8)
    done = run.yilian("index", "reindex", env={"YILIAN_INDEX": alias, "YILIAN_STATE_DIR": str(run.work / "reindex")})
    done.communicate(timeout=600)
    code, _ = finish(crawl)
    got = {key: value for key, value in run.verdicts(run.es, alias).items() if not key.startswith("filler-")}
    result = {"exit": code, "reindex_exit": done.returncode, **compare(reference, got)}
    run.drop(run.es, alias)
    return result


def kill9(run: Run, reference: dict) -> dict:
    alias = f"{run.tag}-kill9"
    crawl = run.crawl(alias, "kill9")
    time.sleep(6)
    crawl.send_signal(signal.SIGKILL)
    crawl.wait()
    records = sorted((run.work / "kill9" / "crawls").glob("crawl-*.json"))
    stored = json.loads(records[-1].read_text("utf-8")) if records else None
    run.drop(run.es, alias)
    return {"records": len(records), "marked_unfinished": bool(stored) and stored.get("finished") is False}


def scope(run: Run, reference: dict) -> dict:
    import yaml

    from tests.test_crawler_scope import ARTICLE, Site

    other = Site({f"/news/{n}.html": (200, {}, ARTICLE.format(title=f"外站{n}", day=n)) for n in range(1, 4)})
    there = f"http://127.0.0.1:{other.port}"
    links = ["file:///etc/hostname", "file:///etc/hostname#/news/", "/etc/x?/news/", "/admin/#/news/",
             f"{there}/news/1.html", f"http://user@127.0.0.1:{other.port}/news/2.html", "/news/ok.html",
             "/news/to-other.html"]
    listing = '<ul class="news_list">' + "".join(f'<li><a href="{h}">链接</a></li>' for h in links) + "</ul>"
    own = Site({"/news/index.html": (200, {}, listing), "/news/ok.html": (200, {}, ARTICLE.format(title="本站", day=4)),
                "/news/to-other.html": (302, {"Location": f"{there}/news/3.html"}, "")})
    entry = {"id": "site", "name": "某医院", "kind": "hospital", "province": "河南省", "allow": ["/news/"],
             "start_urls": [f"http://127.0.0.1:{own.port}/news/index.html"],
             "article_links": {"xpath": "//ul[@class='news_list']/li/a/@href"}}
    sources = run.work / "scope.yaml"
    sources.write_text(yaml.safe_dump({"sources": [entry]}, allow_unicode=True), "utf-8")
    out = run.work / "scope.jsonl"
    code, _ = finish(run.yilian("crawl", "--sources", str(sources), "--no-index", "--out", str(out), "--fast",
                                env={"YILIAN_STATE_DIR": str(run.work / "scope")}))
    urls = [json.loads(line)["url"] for line in out.read_text("utf-8").split("\n") if line] if out.exists() else []
    fetched_elsewhere = len(other.requests) + sum(1 for p in own.requests if not p.startswith(("/news/", "/robots")))
    own.close()
    other.close()
    es_entry = {**entry, "start_urls": ["http://127.0.0.1:9200/_cat/indices"], "allow": []}
    del es_entry["article_links"]
    sources.write_text(yaml.safe_dump({"sources": [es_entry]}, allow_unicode=True), "utf-8")
    env = {"YILIAN_STATE_DIR": str(run.work / "scope-es")}
    es_run = subprocess.run([sys.executable, "-m", "yilian.cli", "crawl", "--sources", str(sources), "--no-index", "--fast"],
                            cwd=run.code, env={k: v for k, v in {**os.environ, **env}.items()
                                               if k != "YILIAN_ALLOW_PRIVATE_NETWORKS"},
                            capture_output=True, text=True, timeout=120)
    es_summary = json.loads(es_run.stdout.strip().splitlines()[-1]) if es_run.stdout.strip() else {}
    return {"exit": code, "articles_from_elsewhere": sum(1 for u in urls if not u.startswith(f"http://127.0.0.1:{own.port}/")),
            "out_of_scope_requests": fetched_elsewhere,
            "es_port_start_url_responses": es_summary.get("responses"), "es_port_refused": es_summary.get("refused", 0)}


EXPORTS = """
import json, sys
from fastapi.testclient import TestClient
from search_api.app import create_app
from yilian.settings import Settings
api = TestClient(create_app(Settings(YILIAN_INDEX=sys.argv[1])))
csv = api.get("/api/search/export", params={"format": "csv", "include_all": "true", "collapse": "false"}).text
feed = api.get("/api/search/feed", params={"q": "医联体\\x00", "include_all": "true"})
print(json.dumps({"csv": csv, "feed_status": feed.status_code, "feed": feed.text}))
"""


def exports(run: Run, reference: dict) -> dict:
    from indexer.bulk import index_documents

    alias = f"{run.tag}-exports"
    hostile = ["=HYPERLINK(\"http://evil.example\")", "+1+2", "-2+3", "@SUM(1)", "\t=1", "\r=1"]
    sample = run.es.search(index=run.reference_alias, size=1)["hits"]["hits"][0]["_source"]
    from indexer.lifecycle import ensure_index

    ensure_index(run.es, alias)
    docs = [{**sample, "id": f"hostile-{n}", "url": f"https://evil.example/{n}", "title": t} for n, t in enumerate(hostile)]
    index_documents(run.es, docs, alias=alias, refresh=True)
    done = subprocess.run([sys.executable, "-c", EXPORTS, alias], cwd=run.code, capture_output=True, text=True, timeout=120)
    got = json.loads(done.stdout)
    import csv as csvlib
    import io

    cells = [row["title"] for row in csvlib.DictReader(io.StringIO(got["csv"].lstrip("\ufeff")))]
    try:
        ET.fromstring(got["feed"].encode("utf-8"))
        feed_valid = True
    except ET.ParseError:
        feed_valid = False
    run.drop(run.es, alias)
    return {"csv_formula_cells": sum(1 for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")),
            "csv_hostile_titles": len(hostile), "feed_status": got["feed_status"], "feed_is_valid_xml": feed_valid}


def api(run: Run, reference: dict) -> dict:
    server = subprocess.Popen([sys.executable, "-m", "yilian.cli", "serve", "--port", "8977"], cwd=run.code,
                              env={**os.environ, "YILIAN_INDEX": run.reference_alias},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(5)
    from tests.test_api_schemathesis import SCHEMA_LIMITS  # what the OpenAPI schema cannot say (422s), as in CI

    (run.work / "schemathesis.toml").write_text(SCHEMA_LIMITS, "utf-8")
    try:
        done = subprocess.run([sys.executable, "-m", "schemathesis.cli", "run", "http://127.0.0.1:8977/openapi.json",
                               "--checks", "all", "--max-time", "60", "--workers", "1", "--seed", "12", "--no-color"],  # 1: see tests/test_api_schemathesis.py (CPython gh-106905)
                              cwd=run.work, capture_output=True, text=True, timeout=600)
    finally:
        server.terminate()
        server.wait()
    tail = done.stdout[done.stdout.rfind("SUMMARY"):]
    return {"schemathesis_exit": done.returncode,
            "summary": " | ".join(line.strip() for line in tail.splitlines() if "❌" in line or "generated" in line)}


def fuzz(run: Run, reference: dict) -> dict:
    from tests.test_fuzz_pages import fuzz_pages

    pages = fuzz_pages()
    folder = run.work / "fuzz"
    folder.mkdir(exist_ok=True)
    with (folder / "pages.jsonl").open("w", encoding="utf-8") as manifest:
        for n, (_, body, content_type) in enumerate(pages):
            (folder / f"{n}.html").write_bytes(body)
            manifest.write(json.dumps({"path": f"{n}.html", "url": f"http://fuzz.example/{n}.html",
                                       "content_type": content_type}) + "\n")
    started = time.monotonic()
    process = run.yilian("extract", "--batch", str(folder / "pages.jsonl"))
    try:
        out, err = process.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
    lines = [json.loads(line) for line in out.split("\n") if line.startswith("{")]
    return {"pages": len(pages), "lines_out": len(lines), "exit": process.returncode,
            "failed_lines": sum(1 for line in lines if "error" in line), "wall_s": round(time.monotonic() - started, 1),
            "traceback": err.strip().splitlines()[-1][:200] if process.returncode not in (0, 1) and err.strip() else None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose commands are run (default: this one)")
    parser.add_argument("--only", nargs="*", choices=ALL, default=ALL)
    parser.add_argument("--label", default=None)
    args = parser.parse_args()
    es_local.ensure_running(Settings())
    work = Path(tempfile.mkdtemp(prefix="yilian-faults-"))
    web = start_background(port=0)
    run = Run(args.code.resolve(), work, web.base_url)
    run.reference_alias = f"{run.tag}-reference"
    results = {}
    try:
        finish(run.crawl(run.reference_alias, "reference", "--fast"))
        reference = run.verdicts(run.es, run.reference_alias)
        print(f"reference crawl: {len(reference)} articles (fixture web truth: {len(truth.articles())})", flush=True)
        for name in args.only:
            started = time.monotonic()
            results[name] = globals()[name](run, reference)
            print(f"{name:9s} {json.dumps(results[name], ensure_ascii=False)}  ({time.monotonic() - started:.0f}s)", flush=True)
    finally:
        run.drop(run.es, run.reference_alias)
        web.stop()
        shutil.rmtree(work, ignore_errors=True)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    label = args.label or ("this" if args.code.resolve() == ROOT else args.code.name)
    (out / f"faults-{label}.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
