"""End to end: crawl the fixture web into a real Elasticsearch, then search it through the API.

Every expectation is computed from the fixture web's ground truth (yilian.fixtureweb.truth),
never written down by hand.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from yilian.fixtureweb import truth
from yilian.records import article_id
from yilian.settings import Settings
from yilian.zhscript import to_simplified

KEYWORD = "医联体"
PROVINCE = "辽宁省"
DATE_FROM, DATE_TO = "2018-01-01", "2022-12-31"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def api(crawl):
    from search_api.app import create_app

    settings = Settings(YILIAN_INDEX=crawl["alias"])
    with TestClient(create_app(settings)) as client:
        yield client


def facet_province(article: truth.TruthArticle) -> str | None:
    """The province a search facet shows: the event's when the text states one, else the publisher's."""
    return (article.region or {}).get("province") or article.publisher_region.get("province")


def keyword_certainty(article: truth.TruthArticle) -> tuple[bool, bool]:
    """(surely contains the keyword, maybe contains it): text lost at the source leaves doubt."""
    gold = to_simplified(article.title + "\n" + article.body)
    if article.recoverable:
        return KEYWORD in gold, KEYWORD in gold
    shown = to_simplified(article.damaged_title + "\n" + article.damaged_body)
    return KEYWORD in shown, KEYWORD in gold


def test_every_article_page_is_indexed_once_and_nothing_else(crawl, es_client):
    articles = truth.articles()
    summary = crawl["summary"]
    assert summary["articles"] == len(articles)
    assert summary["indexed"] == len(articles)
    assert es_client.count(index=crawl["alias"])["count"] == len(articles)
    non_article_paths = {p.path for p in truth.pages("soft404")} | {p.path for p in truth.pages("list")}
    for path in list(non_article_paths)[:20]:
        assert not es_client.exists(index=crawl["alias"], id=article_id(crawl["base"] + path))


def test_crawl_summary_is_recorded_for_operators(crawl):
    (record,) = (crawl["state"] / "crawls").glob("crawl-*.json")
    stored = json.loads(record.read_text("utf-8"))
    assert stored["articles"] == crawl["summary"]["articles"]
    damaged_pages = sum(1 for a in truth.articles() if not a.recoverable)
    assert stored["flags"].get("damaged", 0) == damaged_pages


def test_raw_pages_are_archived_for_reindexing(crawl):
    from yilian.archive import latest_pages

    archived = latest_pages(crawl["state"] / "archive")
    assert len(archived) >= crawl["summary"]["articles"]


def test_keyword_search_filtered_by_province_and_dates_returns_exactly_the_expected_articles(crawl, api):
    sure, maybe = set(), set()
    for article in truth.articles():
        if facet_province(article) != PROVINCE or not (DATE_FROM <= article.published_at <= DATE_TO):
            continue
        surely, possibly = keyword_certainty(article)
        url = crawl["base"] + article.path
        if surely:
            sure.add(url)
        if possibly:
            maybe.add(url)
    assert sure, "the fixture web should hold matching articles for this query"

    response = api.get("/api/search", params={"q": KEYWORD, "province": PROVINCE, "date_from": DATE_FROM,
                                              "date_to": DATE_TO, "include_all": "true", "collapse": "false",
                                              "size": 100})
    assert response.status_code == 200, response.text
    body = response.json()
    found = {hit["url"] for hit in body["hits"]}
    assert sure <= found <= maybe
    assert body["total"] == len(found)
    outside = [hit for hit in body["hits"] if not DATE_FROM <= hit["published_at"] <= DATE_TO or hit["province"] != PROVINCE]
    assert not outside
    assert all("<em>" in (hit["title_highlight"] or "") + " ".join(hit["highlight"]) for hit in body["hits"])

    months = Counter(hit["published_at"][:7] for hit in body["hits"])
    in_range = {b["value"]: b["count"] for b in body["facets"]["month"] if DATE_FROM[:7] <= b["value"] <= DATE_TO[:7]}
    assert in_range == dict(months)
    provinces = {b["value"]: b["count"] for b in body["facets"]["province"]}
    assert provinces[PROVINCE] == len(found)
    assert len(provinces) > 1, "the province facet ignores its own filter, so other provinces stay clickable"


def test_article_endpoint_returns_the_clean_article(crawl, api):
    article = next(a for a in truth.articles() if a.recoverable and a.source)
    response = api.get(f"/api/articles/{article_id(crawl['base'] + article.path)}")
    assert response.status_code == 200, response.text
    shown = response.json()
    assert shown["title_original"] == article.title
    assert shown["published_at"] == article.published_at
    assert bool(shown["alliance_forms"]) == bool(shown["alliance_evidence"])  # every form says why
    for field in ("event_types", "lead_organization", "members", "member_count"):  # and every other field
        assert not shown[field] or shown["enrich_evidence"].get(field), field
    assert api.get("/api/articles/does-not-exist").status_code == 404


def test_a_recrawl_updates_instead_of_duplicating(crawl, es_client):
    env = {**os.environ, "YILIAN_INDEX": crawl["alias"], "YILIAN_STATE_DIR": str(crawl["state"])}
    done = subprocess.run(
        [sys.executable, "-m", "yilian.cli", "crawl", "--fixture-base", crawl["base"], "--fast", "--only", "lhzxyy"],
        env=env, capture_output=True, text=True, timeout=600, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    es_client.indices.refresh(index=crawl["alias"])
    assert es_client.count(index=crawl["alias"])["count"] == len(truth.articles())


def test_rebuild_from_the_archive_swaps_the_alias_without_recrawling(crawl, es_client, fixture_web):
    from indexer.lifecycle import alias_indices

    before = alias_indices(es_client, crawl["alias"])
    env = {**os.environ, "YILIAN_INDEX": crawl["alias"], "YILIAN_STATE_DIR": str(crawl["state"])}
    done = subprocess.run([sys.executable, "-m", "yilian.cli", "index", "rebuild"], env=env, capture_output=True,
                          text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    after = alias_indices(es_client, crawl["alias"])
    assert after == [result["to"]] and after != before
    assert es_client.count(index=crawl["alias"])["count"] == len(truth.articles())


def test_status_shows_each_sources_last_crawl_for_operators(crawl):
    from yilian.sources import load_sources

    env = {**os.environ, "YILIAN_INDEX": crawl["alias"], "YILIAN_STATE_DIR": str(crawl["state"])}
    done = subprocess.run([sys.executable, "-m", "yilian.cli", "status"], env=env, capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    per_site = Counter(a.site_id for a in truth.articles())
    rows = {row["source"]: row for row in report["sources"]}
    assert set(rows) == {s.id for s in load_sources(ROOT / "config" / "sources.yaml")}
    assert all(rows[site]["known_articles"] == count and rows[site]["last_crawl"] for site, count in per_site.items())
    assert all(rows[site]["health"]["state"] == "ok" and rows[site]["health"]["consecutive_failures"] == 0
               for site in per_site)
    assert report["index"]["alias"] == crawl["alias"] and not report["index"].get("error")
