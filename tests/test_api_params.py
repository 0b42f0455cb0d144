"""Bad parameters are a 422 with a readable message, and a dead Elasticsearch is a 503 — never a 500.

The app here points at a closed port (127.0.0.1:1): validation must answer before any ES call,
and everything that does reach ES must turn the refused connection into a 503.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from search_api.app import create_app
from yilian.settings import Settings


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(Settings(ES_URL="http://127.0.0.1:1")))


@pytest.mark.parametrize(
    ("query", "parameter", "words"),
    [
        ("date_from=2021-13-40", "date_from", "month"),
        ("date_to=2021-02-30", "date_to", "day"),
        ("date_to=0", "date_to", "YYYY-MM-DD"),  # not 1970-01-01
        ("date_from=20210101", "date_from", "YYYY-MM-DD"),
        ("size=101", "size", "100"),
        ("size=0", "size", "1"),
        ("page=0", "page", "1"),
        ("page=10001", "page", "10000"),
        ("q=" + "医联体建设" * 700, "q", "200"),  # 10 kB of UTF-8
        ("province=火星", "province", "34"),
        ("publisher_province=火星", "publisher_province", "34"),
        ("sort=popularity", "sort", "relevance"),
        ("source_kind=blog", "source_kind", "hospital"),
        ("provnce=河南", "provnce", "not permitted"),
        ("q=%3E医联体", "q", "not supported"),  # a range (>x) parses but is no query we run: 422, never a 500
    ],
)
def test_bad_search_parameters_are_422_with_a_message(client, query, parameter, words):
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 422
    body = response.json()
    assert parameter in [problem["parameter"] for problem in body["errors"]]
    assert words in body["detail"]
    assert len(response.content) < 2000  # a 10 kB q is not echoed back


def test_a_page_past_the_result_window_is_404_with_a_message(client):
    response = client.get("/api/search?page=101&size=100")
    assert response.status_code == 404 and "10000" in response.json()["detail"]


def test_bad_export_format_is_422(client):
    assert client.get("/api/search/export?q=医共体&format=xlsx").status_code == 422


def test_malformed_article_id_is_422(client):
    assert client.get("/api/articles/..%2F..%2Fetc").status_code in (404, 422)
    assert client.get("/api/articles/" + "a" * 101).status_code == 422


@pytest.mark.parametrize(
    "path",
    ["/api/search?q=医联体", "/api/search?province=河南", "/api/articles/0123456789abcdef0123", "/api/search/export?q=医联体&format=csv"],
)
def test_elasticsearch_down_is_503_with_a_message(client, path):
    response = client.get(path)
    assert response.status_code == 503
    assert "unreachable" in response.json()["detail"]


def test_healthz_reports_elasticsearch_down(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["elasticsearch"] == "down"


def test_openapi_documents_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/search", "/api/search/export", "/api/articles/{article_id}", "/healthz"} <= set(paths)
    assert client.get("/docs").status_code == 200


def test_search_page_is_served_without_external_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert 'id="search-form"' in page.text
    for asset in ("/static/app.js", "/static/style.css"):
        assert asset in page.text and client.get(asset).status_code == 200
    assert "://" not in "".join(line for line in page.text.splitlines() if "src=" in line or "href=" in line)


def test_openapi_docs_are_served_without_a_cdn():
    from fastapi.testclient import TestClient

    from search_api.app import create_app

    client = TestClient(create_app())
    page = client.get("/docs")
    assert page.status_code == 200
    assert "cdn.jsdelivr.net" not in page.text and "unpkg.com" not in page.text
    asset = next(part.split('"')[1] for part in page.text.split("src=")[1:] if part.startswith('"'))
    assert client.get(asset).status_code == 200
    assert client.get("/openapi.json").json()["paths"]["/api/search"]
