"""`GET /metrics` in the Prometheus text format: API request counts and latency histograms (measured
here), crawl counters and durations per source (read from the crawl state at scrape time, since
crawls run in other processes), source health, and the index's size.

Every app has its own registry (no process-global collectors), so tests and several apps in one
process never mix their figures.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from fastapi import FastAPI, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from yilian.crawlstate import CrawlState
from yilian.health import ERROR_KINDS
from yilian.settings import Settings

CRAWL_FIGURES = ("responses", "list_pages", "articles_listed", "articles_new", "articles", "indexed", "changed",
                 "unchanged", "not_modified_article", "not_modified_list", "empty_list_pages")
DURATION_BUCKETS = (1, 5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200)
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class StateCollector:
    """Crawl and index figures, computed when Prometheus scrapes."""

    def __init__(self, app: FastAPI):
        self.app = app

    def describe(self) -> list[Metric]:
        return []  # figures come from outside the process: nothing to check at registration

    def collect(self) -> Iterator[Metric]:
        settings: Settings = self.app.state.settings
        yield from _crawl_metrics(settings)
        yield from _index_metrics(self.app.state.es, settings)


def _crawl_metrics(settings: Settings) -> Iterator[Metric]:
    state = CrawlState.open(settings.state_dir)
    try:
        totals = state.totals(CRAWL_FIGURES + ERROR_KINDS)
        outcomes = state.outcomes()
        durations = state.durations()
        known = state.article_counts()
    finally:
        state.close()
    runs = CounterMetricFamily("yilian_crawl_runs", "Crawl runs per source, by outcome (ok, empty, failed)",
                               labels=["source", "outcome"])
    for source, outcome, n in outcomes:
        runs.add_metric([source, outcome], n)
    yield runs
    for figure in CRAWL_FIGURES:
        family = CounterMetricFamily(f"yilian_crawl_{figure}", f"Crawl figure '{figure}' summed over runs, per source",
                                     labels=["source"])
        for source, values in totals.items():
            family.add_metric([source], values[figure] or 0)
        yield family
    errors = CounterMetricFamily("yilian_crawl_errors", "Failed requests per source by kind (403, 429, 5xx, timeout, robots...)",
                                 labels=["source", "kind"])
    for source, values in totals.items():
        for kind in ERROR_KINDS:
            if values[kind]:
                errors.add_metric([source, kind], values[kind])
    yield errors
    hist = HistogramMetricFamily("yilian_crawl_duration_seconds", "Crawl run durations per source", labels=["source"])
    per_source: dict[str, list[float]] = {}
    for source, seconds in durations:
        per_source.setdefault(source, []).append(seconds)
    for source, values in per_source.items():
        buckets = [(str(float(b)), sum(1 for v in values if v <= b)) for b in DURATION_BUCKETS] + [("+Inf", len(values))]
        hist.add_metric([source], buckets, sum(values))
    yield hist
    articles = GaugeMetricFamily("yilian_known_articles", "Articles the crawl state knows per source", labels=["source"])
    for source, n in known.items():
        articles.add_metric([source], n)
    yield articles


def _index_metrics(es, settings: Settings) -> Iterator[Metric]:
    from elastic_transport import TransportError
    from elasticsearch import ApiError

    up = GaugeMetricFamily("yilian_index_up", "1 when the index alias answered the scrape")
    try:
        client = es.options(request_timeout=3, max_retries=0)
        docs = client.count(index=settings.index_alias)["count"]
        size = client.indices.stats(index=settings.index_alias, metric="store")["_all"]["primaries"]["store"]["size_in_bytes"]
    except (ApiError, TransportError, KeyError):
        up.add_metric([], 0)
        yield up
        return
    up.add_metric([], 1)
    yield up
    yield GaugeMetricFamily("yilian_index_documents", "Documents behind the index alias", value=docs)
    yield GaugeMetricFamily("yilian_index_size_bytes", "Primary store size of the index behind the alias", value=size)


class RequestMetrics:
    """Counts and times every HTTP request by route template and status. A plain ASGI middleware:
    Starlette's ``@app.middleware("http")`` runs each request in a task of its own and streams the
    response through memory channels, which cost a tenth of the API's CPU per search."""

    def __init__(self, app: ASGIApp, *, requests: Counter, latency: Histogram):
        self.app, self.requests, self.latency = app, requests, latency

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = scope.get("route")
            path = getattr(route, "path", "unmatched")  # the template, so ids do not make new series
            self.requests.labels(scope["method"], path, str(status)).inc()
            self.latency.labels(scope["method"], path).observe(time.perf_counter() - started)


def install(app: FastAPI) -> None:
    """Time every request and serve /metrics."""
    registry = CollectorRegistry()
    requests = Counter("yilian_api_requests", "API requests by route and status", ["method", "route", "status"],
                       registry=registry)
    latency = Histogram("yilian_api_request_duration_seconds", "API request latency by route", ["method", "route"],
                        buckets=LATENCY_BUCKETS, registry=registry)
    registry.register(StateCollector(app))
    app.state.metrics = registry

    app.add_middleware(RequestMetrics, requests=requests, latency=latency)

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
