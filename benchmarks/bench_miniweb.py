"""The whole product on four small websites written apart from it (tests/miniweb, by someone who did
not read the code): crawled with only what an operator knows (name, region, start URL), then scored.

    .venv/bin/python benchmarks/bench_miniweb.py

The sites (a county hospital in Traditional script, a GBK table-layout hospital site, a commission's
TRS site without any charset declaration, a county government's Hanweb portal) are served on loopback
by their own stdlib server, reached through it as an HTTP proxy so every page keeps its real host
name. The crawl is `yilian crawl --out`, as an operator runs it, into a throw-away alias. Printed:

* discovery: gold articles crawled (recall), pages taken for articles that are none (and the reverse);
* extraction on the crawled articles: body F1 (the real-page set's scorer), title and date exact;
* enrichment on the crawled articles, with bench_enrich.py's definitions.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_enrich import FIELDS, Case, registry, score  # noqa: E402
from benchmarks.realpages import scorer  # noqa: E402
from yilian.records import Article, EncodingReport, Region  # noqa: E402
from yilian.sources import Source  # noqa: E402

MINIWEB = ROOT / "tests" / "miniweb"


def _server_module():
    spec = importlib.util.spec_from_file_location("miniweb_serve", MINIWEB / "serve.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


class Miniweb:
    """The four sites on a free loopback port; also an HTTP proxy (requests name the real host)."""

    def __init__(self) -> None:
        module = _server_module()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), module.Handler)
        self.server.quiet = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def proxy(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "Miniweb":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()


def sites() -> list[dict[str, Any]]:
    return yaml.safe_load((MINIWEB / "sites.yaml").read_text("utf-8"))


def source_id(host: str) -> str:
    return host.split(".")[1] if host.startswith("www.") else host.split(".")[0] + "-" + host.split(".")[1]


def sources_yaml(path: Path) -> None:
    """What an operator would write: name, kind, region, start URL; no selectors, no hosts."""
    entries = [{"id": source_id(s["host"]), "name": s["name"], "kind": s["kind"], "province": s["province"],
                "city": s.get("city"), "county": s.get("county"), "start_urls": [s["start_url"]]} for s in sites()]
    path.write_text(yaml.safe_dump({"sources": [{k: v for k, v in e.items() if v is not None} for e in entries]},
                                   allow_unicode=True), "utf-8")


def crawl(proxy: str, alias: str, workdir: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """`yilian crawl --out` over the sites; (cleaned pages, the crawl summary)."""
    config, out = workdir / "sources.yaml", workdir / "crawled.jsonl"
    sources_yaml(config)
    env = {**os.environ, "YILIAN_INDEX": alias, "YILIAN_STATE_DIR": str(workdir / "state"),
           "http_proxy": proxy, "HTTP_PROXY": proxy, "no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost",
           "YILIAN_ALLOW_PRIVATE_NETWORKS": "1"}
    done = subprocess.run([sys.executable, "-m", "yilian.cli", "crawl", "--sources", str(config), "--out", str(out), "--fast"],
                          env=env, capture_output=True, text=True, timeout=900, cwd=ROOT)
    if done.returncode not in (0, 75):
        raise RuntimeError(f"crawl failed ({done.returncode}): {done.stderr[-3000:]}")
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    return [json.loads(line) for line in out.read_text("utf-8").splitlines() if line.strip()], summary


def article(record: dict[str, Any]) -> Article:
    """The cleaned article back from its `--out` line."""
    fields = {k: v for k, v in record.items() if k in Article.__dataclass_fields__}
    fields["region"] = Region(**record["region"])
    fields["publisher_region"] = Region(**record["publisher_region"])
    fields["encoding"] = EncodingReport(**{k: v for k, v in record["encoding"].items() if k != "repairs"})
    return Article(**fields)


@dataclass
class Figures:
    discovery: dict[str, float]
    extraction: dict[str, float]
    enrichment: dict[str, float]


def listed_from_start() -> set[str]:
    """The article links of the start column: its list pages, followed by their next pages (the gold's own
    lists; the sites' other columns are another start URL's business)."""
    lists = {}
    for line in (MINIWEB / "gold" / "lists.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            lists[entry["url"]] = entry
    urls: set[str] = set()
    for site in sites():
        page = site["start_url"]
        while page in lists and page not in urls:
            urls.add(page)
            page = lists[page]["next_page"]
    return {link for url in urls for link in lists[url]["article_links"]}


def measure(records: list[dict[str, Any]]) -> Figures:
    s = scorer()
    gold = [json.loads(line) for line in (MINIWEB / "gold" / "articles.jsonl").read_text("utf-8").splitlines() if line.strip()]
    by_url = {r["url"]: r for r in records}
    expected = listed_from_start()
    articles = [g for g in gold if g.get("is_article") and g["url"] in expected]
    others = [g for g in gold if not g.get("is_article")]
    crawled = [g for g in articles if g["url"] in by_url]
    found_as_article = [g for g in crawled if by_url[g["url"]]["is_article"]]
    wrongly = [g for g in others if g["url"] in by_url and by_url[g["url"]]["is_article"]]
    discovery = {"articles crawled": len(crawled) / len(articles), "taken for articles": len(found_as_article) / len(articles),
                 "non-articles taken for articles": len(wrongly), "gold articles": len(articles)}
    pairs = [(g, article(by_url[g["url"]])) for g in found_as_article]
    extraction = {
        "body F1": sum(s.char_f1(a.body, g["body"]) for g, a in pairs) / len(pairs),
        "title": sum(s.norm(a.title) == s.norm(g["title"]) for g, a in pairs) / len(pairs),
        "date": sum(s.norm_date(a.published_at) == g["date"] for g, a in pairs) / len(pairs),
    }
    publishers = {s["host"]: s for s in sites()}
    known = registry([{"name": p["name"], "city": p.get("city")} for p in publishers.values()])
    cases, predicted = [], {}
    for g, a in pairs:
        p = publishers[g["site"]]
        src = Source(id=source_id(g["site"]), name=p["name"], kind=p["kind"], province=p["province"], city=p.get("city"),
                     county=p.get("county"), start_urls=[p["start_url"]])
        labels = g["labels"]
        gold_fields = {"relevant": labels["relevant"], "region": labels.get("event_region") or {},
                       "alliance_forms": labels.get("alliance_forms") or [], "event_types": labels.get("event_types") or [],
                       "lead_organization": labels.get("lead_organization"), "members": labels.get("members") or [],
                       "member_count": labels.get("member_count")}
        cases.append(Case(g["url"], gold_fields, a, src, registry=known))
        predicted[g["url"]] = a
    return Figures(discovery, extraction, score(cases, predicted))


def main() -> int:
    from indexer.client import get_client
    from tests.es_fixtures import drop_alias
    from yilian.es_local import ensure_running
    from yilian.settings import get_settings

    ensure_running(get_settings())
    alias = f"yilian-bench-miniweb-{os.getpid()}"
    with tempfile.TemporaryDirectory() as tmp, Miniweb() as web:
        try:
            records, summary = crawl(web.proxy, alias, Path(tmp))
        finally:
            drop_alias(get_client(get_settings()), alias)
    figures = measure(records)
    print(f"crawl: {summary.get('requests')} requests, {summary.get('articles')} articles")
    for name, values in (("discovery", figures.discovery), ("extraction", figures.extraction)):
        print(f"\n{name}")
        for key, value in values.items():
            print(f"  {key:<34}{value:>8.3f}" if isinstance(value, float) else f"  {key:<34}{value:>8}")
    print("\nenrichment (bench_enrich definitions)")
    for key, label in FIELDS:
        print(f"  {label:<34}{figures.enrichment[key]:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
