"""The `yilian` command: one entry point, each subcommand a thin call into its module.

Subcommand modules are imported lazily so `yilian extract` does not pay for Scrapy
or Elasticsearch, and a missing optional piece fails only the command that needs it.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from yilian.records import SOURCE_KINDS


def _lazy(target: str):
    """Return a handler that imports ``module:function`` only when the command runs."""

    def run(args: argparse.Namespace) -> int:
        module_name, func_name = target.split(":")
        return getattr(importlib.import_module(module_name), func_name)(args) or 0

    return run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="yilian", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    es = sub.add_parser("es", help="run a local Elasticsearch node, or YILIAN_ES_NODES nodes as a cluster (unless ES_URL is set)")
    es.add_argument("action", choices=["up", "down", "status"])
    es.set_defaults(func=_lazy("yilian.es_local:cli"))

    fx = sub.add_parser("fixtures", help="the project's own fixture web of hospital and government sites")
    fx_sub = fx.add_subparsers(dest="fixtures_command", required=True)
    serve = fx_sub.add_parser("serve", help="serve the fixture web on 127.0.0.1")
    serve.add_argument("--port", type=int, default=8800)
    serve.add_argument("--scale", type=int, default=0, help="also serve a generated site of N article pages")
    serve.set_defaults(func=_lazy("yilian.fixtureweb.server:cli"))

    for name, helptext in (
        ("decode", "decode saved page bytes and print one JSON line per page"),
        ("extract", "decode and extract saved pages, one JSON line per page"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("files", nargs="*", help="saved page files")
        p.add_argument("--batch", metavar="MANIFEST.jsonl", help="one JSON object per line: path, url, content_type")
        p.add_argument("--content-type", dest="content_type", default=None, help="the HTTP Content-Type the page was served with")
        if name == "extract":
            p.add_argument("--url", default="", help="the URL the page was fetched from")
            p.add_argument("--source", metavar="ID", help="clean as the crawl of this configured source would: its publisher "
                           "(我院 = its name and aliases), its place, its extract selectors; a manifest line's "
                           "\"source\" overrides it")
            p.add_argument("--sources", help="sources YAML for --source (default: config/sources.yaml)")
        p.set_defaults(func=_lazy(f"yilian.offline:cli_{name}"))

    crawl = sub.add_parser("crawl", help="crawl configured sources and index what is found")
    crawl.add_argument("--sources", help="sources YAML (default: config/sources.yaml)")
    crawl.add_argument("--only", action="append", default=[], help="crawl only this source id (repeatable)")
    crawl.add_argument("--fixture-base", help="base URL substituted for {fixture} in start URLs")
    crawl.add_argument("--no-index", action="store_true", help="extract only; write JSON lines to --out")
    crawl.add_argument("--out", help="also write each article as a JSON line to this file")
    crawl.add_argument("--max-pages", type=int, default=0, help="stop after this many responses (0: no limit)")
    crawl.add_argument("--fast", action="store_true", help="politeness off (fixture web and benchmarks only)")
    crawl.add_argument("--fetch-only", action="store_true", help="fetch and follow links only: no cleaning, no index")
    crawl.add_argument("--full", action="store_true",
                       help="walk every list page and re-check every known article (conditionally), not only what changed")
    crawl.add_argument("--stagger", type=float, default=0.0, metavar="SECONDS",
                       help="spread the sources' first requests over this many seconds (the scheduler's jitter)")
    crawl.set_defaults(func=_lazy("crawler.run:cli"))

    sched = sub.add_parser("schedule", help="run each source's crawl on its cron schedule")
    sched.add_argument("--sources", help="sources YAML (default: config/sources.yaml)")
    sched.add_argument("--fixture-base", help="base URL substituted for {fixture} in start URLs")
    sched.add_argument("--once", action="store_true", help="run what is due now (and what was asked for), then exit")
    sched.add_argument("--run-now", action="append", default=[], metavar="ID",
                       help="ask the scheduler to crawl this source now (repeatable); with --once, run it here")
    sched.add_argument("--history", nargs="?", const="", default=None, metavar="ID",
                       help="print the run history (of one source), newest first, as JSON")
    sched.add_argument("--fast", action="store_true", help="crawl with politeness off (fixture web and tests only)")
    sched.set_defaults(func=_lazy("yilian.schedule:cli"))

    srcs = sub.add_parser("sources", help="add a site with one line: check what the crawler finds on a list page")
    srcs_sub = srcs.add_subparsers(dest="sources_command", required=True)
    chk = srcs_sub.add_parser("check", help="fetch a list page and show its article links, titles, dates and next pages")
    chk.add_argument("url")
    chk.add_argument("--pages", type=int, default=3, help="follow the pager this many pages (default 3)")
    chk.add_argument("--json", action="store_true", help="print JSON instead of a table")
    chk.set_defaults(func=_lazy("yilian.sourcecheck:cli_check"))
    add = srcs_sub.add_parser("add", help="check a list page, then append a validated entry to the sources file")
    add.add_argument("url")
    add.add_argument("--name", required=True, help="the publisher's name, e.g. 某某市人民医院")
    add.add_argument("--province", help="the publisher's province (omit for a national or outside-mainland publisher)")
    add.add_argument("--city")
    add.add_argument("--county")
    add.add_argument("--kind", choices=SOURCE_KINDS,
                     help="default: guessed from the name (医院, 卫生健康委, 人民政府, 日报/电视台/融媒体中心)")
    add.add_argument("--id", help="source id (default: from the host name)")
    add.add_argument("--schedule", help='cron schedule (default "0 3 * * *", read in Asia/Shanghai)')
    add.add_argument("--allow", action="append", default=[], help="regex article URLs must match (default: same host)")
    add.add_argument("--sources", help="sources YAML to append to (default: config/sources.yaml)")
    add.add_argument("--force", action="store_true", help="add it even when no article list was found")
    add.set_defaults(func=_lazy("yilian.sourcecheck:cli_add"))

    st = sub.add_parser("status", help="cluster, index and each source's last crawl and next run, as JSON")
    st.add_argument("--sources", help="sources YAML (default: config/sources.yaml)")
    st.set_defaults(func=_lazy("yilian.status:cli"))

    idx = sub.add_parser("index", help="index template, versioned indices behind the alias, re-indexing")
    idx.add_argument("action", choices=["setup", "reindex", "rebuild", "replay", "alliances", "status"],
                     help="reindex: copy documents into a new index with the current mapping; "
                          "rebuild: clean the archived raw pages again into a new index (no re-crawl); "
                          "replay: send the writes spooled while Elasticsearch was down; "
                          "alliances: regroup the announcements into the alliance registry")
    idx.add_argument("--keep", type=int, default=1, help="previous indices to keep after reindex/rebuild")
    idx.add_argument("--sources", help="sources YAML for publisher metadata on rebuild (default: config/sources.yaml)")
    idx.set_defaults(func=_lazy("indexer.cli:cli"))

    al = sub.add_parser("alerts", help="saved searches: send their new hits now (the scheduler does after each crawl), list them")
    al.add_argument("action", choices=["check", "list", "failed"],
                    help="check: queue and send new hits; list: saved searches; failed: deliveries waiting for a retry")
    al.set_defaults(func=_lazy("search_api.alerts:cli"))

    api = sub.add_parser("serve", help="serve the search API and search page")
    api.add_argument("--host", default=None)
    api.add_argument("--port", type=int, default=None)
    api.set_defaults(func=_lazy("search_api.server:cli"))

    demo = sub.add_parser("demo", help="local Elasticsearch, fixture web, crawl, index, search page")
    demo.add_argument("--port", type=int, default=None, help="search page port (default 8000)")
    demo.set_defaults(func=_lazy("yilian.demo:cli"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
