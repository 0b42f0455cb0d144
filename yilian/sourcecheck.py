"""`yilian sources check URL` and `yilian sources add URL --name … [--province …]`: add a site with one line.

`check` fetches a list page, reads it with the list-page detector (the crawler's own) and shows what it
found: the article links with titles and dates, and the next pages (followed a few pages on, so a pager
that leads nowhere shows). `add` runs the same check, then appends a validated entry to the sources file
(comments and layout of the file kept); it refuses a page where no article list was found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from yilian.clean.decode import decode
from yilian.listing import ListPage, detect
from yilian.records import SOURCE_KINDS, RawPage
from yilian.settings import get_settings
from yilian.sources import Source, SourcesError, load_sources

USER_AGENT = "yilian/0.1 (+research crawler of hospital-alliance announcements)"
TIMEOUT = 20.0
# Publisher kind from the name, for `add` without --kind.
KIND_WORDS = (("health_commission", ("卫生健康委", "卫健委", "卫生健康局", "卫生局", "卫生计生委")),
              ("government", ("人民政府", "政府")),
              ("news", ("日报", "晚报", "报社", "健康报", "新闻", "电视台", "广播", "融媒体")),
              ("hospital", ("医院", "卫生院", "医疗集团", "保健院", "中心")))
SECOND_LEVEL = ("gov", "com", "org", "edu", "net", "ac")


class CheckError(RuntimeError):
    """A page that could not be fetched or read, with a sentence saying why."""


@dataclass
class CheckedPage:
    url: str
    status: int
    listing: ListPage


@dataclass
class Check:
    url: str
    robots_allowed: bool
    pages: list[CheckedPage] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return len(self.pages[0].listing.articles) if self.pages else 0

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "robots_allowed": self.robots_allowed, "articles_on_first_page": self.articles,
                "pages": [{"url": p.url, "status": p.status, **p.listing.to_dict()} for p in self.pages]}


def fetch(url: str) -> tuple[int, bytes, str | None]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, response.read(), response.headers.get("Content-Type")
    except urllib.error.HTTPError as error:
        raise CheckError(f"{url}: the site answered HTTP {error.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise CheckError(f"{url}: cannot be fetched ({getattr(error, 'reason', error)})") from None


def robots_allowed(url: str) -> bool:
    parts = urlsplit(url)
    parser = urllib.robotparser.RobotFileParser(f"{parts.scheme}://{parts.netloc}/robots.txt")
    try:
        status, body, _ = fetch(parser.url)
    except CheckError:
        return True  # no robots.txt: allowed
    parser.parse(body.decode("utf-8", errors="replace").splitlines())
    return parser.can_fetch(USER_AGENT, url)


def check(url: str, pages: int = 3) -> Check:
    """The list page at ``url`` and up to ``pages - 1`` pages after it, as the crawler would read them."""
    if not url.startswith(("http://", "https://")):
        raise CheckError(f"{url!r} is not an http(s) URL")
    result = Check(url, robots_allowed(url))
    seen, current = set(), url
    while current and current not in seen and len(result.pages) < pages:
        seen.add(current)
        status, body, content_type = fetch(current)
        html = decode(RawPage(body=body, url=current, content_type=content_type)).html
        listing = detect(html, current)
        result.pages.append(CheckedPage(current, status, listing))
        current = listing.next_page
    return result


def guess_kind(name: str) -> str | None:
    for kind, words in KIND_WORDS:
        if any(word in name for word in words):
            return kind
    return None


def guess_id(url: str, taken: set[str]) -> str:
    """A source id from the host: www.xzsrmyy.com -> xzsrmyy, wjw.xuancheng.gov.cn -> wjw-xuancheng."""
    labels = [part for part in (urlsplit(url).hostname or "site").lower().split(".") if part != "www"]
    while len(labels) > 1 and (labels[-1] in ("cn", "com", "net", "org") or labels[-1] in SECOND_LEVEL):
        labels.pop()
    base = re.sub(r"[^a-z0-9-]+", "-", "-".join(labels)).strip("-")[:60] or "site"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def entry(args: argparse.Namespace, taken: set[str]) -> dict[str, Any]:
    kind = args.kind or guess_kind(args.name)
    if kind is None:
        raise CheckError(f"cannot tell the kind of {args.name!r}: give --kind {'|'.join(SOURCE_KINDS)}")
    out: dict[str, Any] = {"id": args.id or guess_id(args.url, taken), "name": args.name, "kind": kind}
    for key in ("province", "city", "county"):
        if getattr(args, key):
            out[key] = getattr(args, key)
    out["start_urls"] = [args.url]
    if args.allow:
        out["allow"] = args.allow
    if args.schedule:
        out["schedule"] = args.schedule
    if out["id"] in taken:
        raise CheckError(f"a source with id {out['id']!r} is already configured")
    try:
        Source.model_validate(out)
    except ValueError as error:
        raise CheckError(f"the entry is not valid: {error}") from None
    return out


def append_entry(path: Path, new: dict[str, Any]) -> None:
    """Append under `sources:` keeping the file's comments; the result is loaded and validated first."""
    text = path.read_text("utf-8") if path.exists() else "sources:\n"
    block = yaml.safe_dump([new], allow_unicode=True, sort_keys=False, default_flow_style=None, width=120)
    block = "\n" + "".join("  " + line if line.strip() else line for line in block.splitlines(keepends=True))
    updated = text.rstrip("\n") + "\n" + block
    scratch = path.with_name(f".{path.name}.new")
    scratch.write_text(updated, "utf-8")
    try:
        load_sources(scratch)
    except SourcesError:
        scratch.unlink()
        raise
    scratch.replace(path)


def _print_check(result: Check) -> None:
    print(f"{result.url}  robots.txt: {'allowed' if result.robots_allowed else 'DISALLOWED for yilian'}")
    for n, page in enumerate(result.pages, start=1):
        listing = page.listing
        print(f"\npage {n}: {page.url} (HTTP {page.status}) — {len(listing.articles)} article links")
        for article in listing.articles:
            print(f"  {article.date or '          '}  {article.title}\n              {article.url}")
        print(f"  next page: {listing.next_page or '(none)'}")
    if not result.articles:
        print("\nno article list found on this page: it may be a home page, or a template the detector cannot read "
              "(then give `article_links`/`next_page` selectors in sources.yaml)")


def cli_check(args: argparse.Namespace) -> int:
    try:
        result = check(args.url, args.pages)
    except CheckError as error:
        print(f"yilian sources check: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_check(result)
    return 0 if result.articles else 1


def cli_add(args: argparse.Namespace) -> int:
    path = Path(args.sources or get_settings().sources_file)
    try:
        taken = {s.id for s in load_sources(path)} if path.exists() else set()
        result = check(args.url, pages=2)
        if not result.articles and not args.force:
            raise CheckError(f"{args.url}: no article list found (see `yilian sources check {args.url}`); "
                             "--force adds it anyway")
        new = entry(args, taken)
        append_entry(path, new)
    except (CheckError, SourcesError) as error:
        print(f"yilian sources add: {error}", file=sys.stderr)
        return 2
    print(json.dumps({"event": "source_added", "file": str(path), "source": new,
                      "articles_on_first_page": result.articles,
                      "next_page": result.pages[0].listing.next_page if result.pages else None}, ensure_ascii=False))
    return 0
