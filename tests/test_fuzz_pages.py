"""No page can crash or stall the cleaning chain: a few hundred mutated and pathological pages.

Seeds are the encoding corpus and the extraction set; each is mutated by byte flips, truncation,
inserted bytes and a swapped declared charset (in the page and in the header), and beside them
stand pages built to hurt: 100k nested elements, a 5 MB single line, binary served as HTML, UTF-16
with and without a BOM, a megabyte of '?' and high bytes. Every page goes through the whole
``clean_page`` chain behind the crawl's guard, with a time bound linear in its size: one result per
page, no error, no timeout, and the same result from `yilian extract --batch` in another process
(deterministic run to run). The list-page path (link extraction) takes every page too.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from crawler.spiders.sources import list_page
from yilian.clean.pipeline import clean_page
from yilian.guard import Failure, Guard, time_bound
from yilian.records import RawPage
from yilian.settings import Settings
from yilian.sources import Selector, Source

ROOT = Path(__file__).resolve().parent.parent
# 5 s a page plus 30 s a megabyte, whatever it holds: a guard against blow-up (quadratic decode took 179 s
# at 1 MB), not a speed test; two workers share two cores (with whatever else runs), and a 1 MB page of
# damage yields 240k damage spans
BOUND = Settings(YILIAN_CLEAN_TIMEOUT=5, YILIAN_CLEAN_TIMEOUT_PER_MB=30)
CHARSETS = ["utf-8", "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "shift_jis", "utf-16", "iso-8859-1", "x-unknown"]
SENTENCE = "县人民医院牵头组建紧密型县域医共体，全县十二家乡镇卫生院加入，实行人员、财务、药品统一管理。"


def _seeds() -> list[tuple[str, bytes, str | None]]:
    rng = random.Random(12)
    corpus = sorted((ROOT / "tests" / "encoding_corpus").glob("*.html"))
    extraction = sorted((ROOT / "tests" / "extraction_set").glob("*.html"))
    picked = rng.sample(corpus, 24) + rng.sample(extraction, 8)
    return [(path.name, path.read_bytes(), None) for path in picked]


def _swap_charset(body: bytes, rng: random.Random) -> bytes:
    lower = body.lower()
    at = lower.find(b"charset=")
    if at < 0:
        return b'<meta charset="' + rng.choice(CHARSETS).encode() + b'">' + body
    end = at + 8
    while end < len(body) and body[end:end + 1] not in b"\"'; >/":
        end += 1
    return body[: at + 8] + rng.choice(CHARSETS).encode() + body[end:]


def _mutants(name: str, body: bytes, rng: random.Random) -> list[tuple[str, bytes, str | None]]:
    out = []
    for n in range(2):
        flipped = bytearray(body)
        for _ in range(rng.randint(1, 12)):
            flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
        out.append((f"{name}:flip{n}", bytes(flipped), None))
    for n in range(2):
        out.append((f"{name}:truncated{n}", body[: rng.randrange(1, len(body))], None))
    for n in range(2):
        at = rng.randrange(len(body))
        inserted = bytes(rng.choice([0, 0x80, 0xA1, 0xFE, 0xFF, 0x3F, 0x3C, rng.randrange(256)]) for _ in range(rng.randint(1, 40)))
        out.append((f"{name}:inserted{n}", body[:at] + inserted + body[at:], None))
    out.append((f"{name}:declared", _swap_charset(body, rng), None))
    out.append((f"{name}:header", body, f"text/html; charset={rng.choice(CHARSETS)}"))
    return out


def _pathological() -> list[tuple[str, bytes, str | None]]:
    rng = random.Random(7)
    page = f"<html><head><title>{SENTENCE[:12]}</title></head><body><h1>{SENTENCE[:12]}</h1><p>{SENTENCE * 8}</p></body></html>"
    nested = "<html><body>" + "<div>" * 100_000 + SENTENCE + "</div>" * 100_000 + "</body></html>"
    line = "<html><body><p>" + SENTENCE * (5_000_000 // len(SENTENCE.encode())) + "</p></body></html>"
    marks = bytes(rng.choice(b"?????\xa1\xb2\xc3\xd4\xe5\xf6\xfe") for _ in range(1_000_000))
    binary = bytes(rng.randrange(256) for _ in range(200_000))
    return [
        ("nested-100k", nested.encode("utf-8"), "text/html; charset=utf-8"),
        ("single-line-5mb", line.encode("utf-8"), "text/html"),
        ("question-marks-and-high-bytes-1mb", b"<html><body><p>" + marks + b"</p></body></html>", "text/html"),
        ("binary-as-html", binary, "text/html"),
        ("png-as-html", b"\x89PNG\r\n\x1a\n" + binary[:50_000], "text/html; charset=gbk"),
        ("gzip-as-html", b"\x1f\x8b\x08\x00" + binary[:50_000], "text/html"),
        ("utf16le-bom", b"\xff\xfe" + page.encode("utf-16-le"), "text/html"),
        ("utf16be-bom", b"\xfe\xff" + page.encode("utf-16-be"), "text/html"),
        ("utf16le-no-bom", page.encode("utf-16-le"), "text/html"),
        ("utf16be-no-bom", page.encode("utf-16-be"), None),
        ("utf16-declared-utf8", page.replace("<head>", '<head><meta charset="utf-8">').encode("utf-16-le"), None),
        ("empty", b"", "text/html"),
        ("nul-bytes", b"\x00" * 10_000, "text/html"),
        ("lone-lt", b"<" * 100_000, "text/html"),
        ("unclosed-comment", b"<html><body><!--" + SENTENCE.encode("gbk") * 2000, "text/html; charset=gbk"),
        ("deep-tables", ("<table><tr><td>" * 5000 + SENTENCE + "</td></tr></table>" * 5000).encode("gb18030"), None),
    ]


def fuzz_pages() -> list[tuple[str, bytes, str | None]]:
    rng = random.Random(2024)
    pages = []
    for name, body, content_type in _seeds():
        pages.append((name, body, content_type))
        pages += _mutants(name, body, rng)
    return pages + _pathological()


@pytest.fixture(scope="module")
def pages():
    return fuzz_pages()


def _record(page: RawPage, name: str) -> dict:
    return {"path": name, **clean_page(page).to_dict()}


@pytest.fixture(scope="module")
def cleaned(pages):
    raw = [(name, RawPage(body, f"http://fuzz.example/{n}.html", content_type)) for n, (name, body, content_type) in enumerate(pages)]
    with Guard(workers=2, settings=BOUND) as guard:
        return list(guard.map(_record, raw))


def test_a_few_hundred_pages_each_get_one_result_without_error_or_timeout(pages, cleaned):
    assert len(pages) >= 300 and [name for name, _ in cleaned] == [name for name, _, _ in pages]
    failed = {name: str(result) for name, result in cleaned if isinstance(result, Failure)}
    sizes = {name: len(body) for name, body, _ in pages}
    for name, reason in failed.items():
        print(f"FAILED {name} ({sizes[name]} bytes, bound {time_bound(sizes[name], BOUND):.1f}s): {reason[:300]}")
    assert not failed, f"{len(failed)} of {len(pages)} pages failed: {sorted(failed)}"


def test_results_are_the_same_from_the_batch_command_in_another_process(pages, cleaned, tmp_path):
    manifest = tmp_path / "pages.jsonl"
    numbered = list(enumerate(pages))
    with manifest.open("w", encoding="utf-8") as out:
        for n, (name, body, content_type) in numbered:
            (tmp_path / f"{n}.html").write_bytes(body)
            out.write(json.dumps({"path": f"{n}.html", "url": f"http://fuzz.example/{n}.html", "content_type": content_type}) + "\n")
    done = subprocess.run([sys.executable, "-m", "yilian.cli", "extract", "--batch", str(manifest)], cwd=ROOT,
                          capture_output=True, text=True, timeout=1200,
                          env={**os.environ, "YILIAN_CLEAN_TIMEOUT": "5", "YILIAN_CLEAN_TIMEOUT_PER_MB": "30"})
    records = [json.loads(line) for line in done.stdout.split("\n") if line]  # str.splitlines also splits at U+2028
    assert len(records) == len(numbered)  # one line per page, whatever happened to it
    differ = [name for (name, mine), theirs in zip(cleaned, records)
              if not isinstance(mine, Failure) and {**mine, "path": None} != {**theirs, "path": None}]
    assert not differ, f"results differ between runs for {differ}"


def test_the_list_page_path_takes_every_page(pages):
    """The spider's link extraction on each page, by the detector and by configured selectors: decoding
    fails over to the declared charset, and a list page never raises."""
    detected = Source(id="fuzz", name="模糊测试", kind="hospital", province="河南省", start_urls=["http://fuzz.example/"])
    configured = detected.model_copy(update={"article_links": Selector(xpath="//ul//li//a[@href]"),
                                             "next_page": Selector(css="a[rel=next]")})
    for n, (name, body, content_type) in enumerate(pages):
        url = f"http://fuzz.example/list/{n}.html"
        headers = {"Content-Type": content_type} if content_type else {}
        for source in (detected, configured):
            found = list_page(HtmlResponse(url=url, body=body, headers=headers), source)
            assert all(article.url.startswith("http") for article in found.articles), name
