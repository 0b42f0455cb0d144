"""The operator API and /metrics: health per source from the crawls' own figures, run-now only with the
operator token (401 without it, 403 when the server has none), Prometheus figures an operator graphs."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient

from search_api.app import create_app
from yilian.crawlstate import CrawlState
from yilian.health import source_health
from yilian.schedule import ScheduleStore
from yilian.settings import Settings

OK = {"list_pages": 2, "articles_listed": 20, "articles_new": 3, "responses": 6, "elapsed_s": 4.0}
BLOCKED = {"list_pages": 0, "http_403": 3, "responses": 3, "elapsed_s": 1.5}
EMPTY = {"list_pages": 1, "articles_listed": 0, "empty_list_pages": 1, "responses": 1, "elapsed_s": 0.8}


def seed(state_dir) -> None:
    state = CrawlState.open(state_dir)
    for run_id in (1, 2, 3):
        state.record_source_run(run_id, "lhzxyy", "2026-01-01T00:00:00+00:00", "ok", OK)
        state.record_source_run(run_id, "pjgov", "2026-01-01T00:00:00+00:00", "failed", BLOCKED)
    state.record_source_run(3, "lnwjw", "2026-01-01T00:00:00+00:00", "empty", EMPTY)
    state.close()


@pytest.fixture
def client(tmp_path, es_alias, es_client, make_article):
    from indexer.bulk import index_documents
    from indexer.document import to_document
    from indexer.lifecycle import ensure_index

    ensure_index(es_client, es_alias)
    index_documents(es_client, [to_document(make_article(), None, datetime.now(timezone.utc))], alias=es_alias,
                    refresh=True)
    seed(tmp_path)
    settings = Settings(YILIAN_STATE_DIR=str(tmp_path), YILIAN_INDEX=es_alias, YILIAN_OPS_TOKEN="s3cret")
    with TestClient(create_app(settings)) as test_client:
        yield test_client, tmp_path


def test_sources_show_health_from_the_crawls(client):
    api, _ = client
    rows = {row["source"]: row for row in api.get("/api/ops/sources").json()["sources"]}
    assert rows["lhzxyy"]["health"]["state"] == "ok" and rows["lhzxyy"]["health"]["articles_per_run"][:3] == [20] * 3
    assert rows["pjgov"]["health"]["state"] == "failing"
    assert rows["pjgov"]["health"]["consecutive_failures"] == 3 and rows["pjgov"]["health"]["errors"] == {"http_403": 3}
    assert rows["pjgov"]["health"]["last_success"] is None
    assert rows["lnwjw"]["health"]["silent"] and "0 article links" in rows["lnwjw"]["health"]["silent_reason"]
    assert rows["lnwjw"]["health"]["state"] == "silent" and rows["lnwjw"]["health"]["consecutive_failures"] == 0
    assert rows["wzdoyy"]["health"]["state"] == "never_crawled"


def test_run_now_needs_the_operator_token(client):
    api, state_dir = client
    assert api.post("/api/ops/sources/lhzxyy/run").status_code == 401
    assert api.post("/api/ops/sources/lhzxyy/run", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert ScheduleStore.open(state_dir).open_requests() == []
    ok = api.post("/api/ops/sources/lhzxyy/run", headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 202 and ok.json()["status"] == "queued"
    assert [r["source_id"] for r in ScheduleStore.open(state_dir).open_requests()] == ["lhzxyy"]
    assert api.post("/api/ops/sources/nosuch/run", headers={"Authorization": "Bearer s3cret"}).status_code == 404
    assert api.get("/api/ops/sources").json()["sources"][0]["crawl_requested"]


def test_without_a_server_token_state_changing_endpoints_answer_403(tmp_path, es_alias):
    settings = Settings(YILIAN_STATE_DIR=str(tmp_path), YILIAN_INDEX=es_alias, YILIAN_OPS_TOKEN=None)
    with TestClient(create_app(settings)) as api:
        refused = api.post("/api/ops/sources/lhzxyy/run", headers={"Authorization": "Bearer anything"})
        assert refused.status_code == 403 and "YILIAN_OPS_TOKEN" in refused.json()["detail"]
        assert api.get("/api/ops/sources").status_code == 200  # reading stays open


def test_metrics_expose_crawl_index_and_api_figures(client):
    api, _ = client
    api.get("/api/search", params={"q": "医联体"})
    api.get("/api/ops/sources")
    text = api.get("/metrics").text
    assert 'yilian_crawl_runs_total{outcome="failed",source="pjgov"} 3.0' in text
    assert 'yilian_crawl_errors_total{kind="http_403",source="pjgov"} 9.0' in text
    assert 'yilian_crawl_articles_new_total{source="lhzxyy"} 9.0' in text
    assert 'yilian_crawl_duration_seconds_count{source="lhzxyy"} 3.0' in text
    assert 'yilian_crawl_duration_seconds_bucket{le="5.0",source="lhzxyy"} 3.0' in text
    assert "yilian_index_documents 1.0" in text and "yilian_index_up 1.0" in text
    assert 'yilian_api_requests_total{method="GET",route="/api/search",status="200"} 1.0' in text
    assert 'yilian_api_request_duration_seconds_count{method="GET",route="/api/ops/sources"} 1.0' in text


def test_a_source_is_silent_after_several_times_its_usual_interval():
    now = datetime(2026, 6, 1, tzinfo=timezone.utc)

    def run(days_ago: float, new: int) -> dict:
        at = (now - timedelta(days=days_ago)).isoformat()
        return {"outcome": "ok", "finished_at": at, "figures": {"articles_listed": 10, "articles_new": new}}

    weekly = [run(d, 1 if d >= 40 and d % 7 == 5 else 0) for d in range(0, 80)]  # new articles weekly until 40 days ago
    health = source_health(sorted(weekly, key=lambda r: r["finished_at"], reverse=True), now)
    assert health["silent"] and "no new article for" in health["silent_reason"]
    lively = [run(d, 1 if d % 7 == 5 else 0) for d in range(0, 80)]
    assert not source_health(sorted(lively, key=lambda r: r["finished_at"], reverse=True), now)["silent"]
