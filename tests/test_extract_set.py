"""The labeled extraction set (tests/extraction_set, built by benchmarks/make_extraction_set.py) end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.bench_extract import char_f1, decode, norm_date, same
from yilian.clean.extract import extract
from yilian.clean.normalize import normalize
from yilian.records import RawPage

SET_DIR = Path(__file__).parent / "extraction_set"
PAGES = sorted(SET_DIR.glob("*.html"))


def _run(path: Path):
    gold = json.loads(path.with_suffix(".json").read_text("utf-8"))
    doc = decode(RawPage(body=path.read_bytes(), url=gold["url"], content_type=gold["content_type"]))
    return normalize(extract(doc)), gold


def test_set_is_large_and_varied():
    golds = [json.loads(p.with_suffix(".json").read_text("utf-8")) for p in PAGES]
    assert len(golds) >= 80
    assert len({g["template"] for g in golds}) >= 12
    assert any(not g["is_article"] for g in golds)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_page_matches_gold(path):
    article, gold = _run(path)
    assert article.is_article == gold["is_article"], article.non_article_reason
    if not gold["is_article"]:
        assert article.non_article_reason == gold["reason"]
        return
    assert same(article.title, gold["title"])
    assert norm_date(article.published_at) == gold["date"]
    assert article.published_time == gold["time"]
    assert same(article.source, gold["source"])
    assert article.script == gold["script"]
    assert char_f1(article.body, gold["body"]) >= 0.97
