"""The FastAPI application factory: routers, exception handlers, the search page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi_offline import FastAPIOffline
from fastapi.staticfiles import StaticFiles

from search_api import errors, metrics
from search_api.routers import alliances, articles, health, ops, regions, saved, search, trends
from yilian.settings import Settings, get_settings

STATIC_DIR = Path(__file__).parent / "static"


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.es.close()


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app around one Elasticsearch client (created now, connected on first request)."""
    from indexer.client import get_client

    settings = settings or get_settings()
    # FastAPIOffline serves the Swagger UI assets itself: /docs must work on a machine with no CDN.
    app = FastAPIOffline(
        title="yilian 医联 search",
        description="Full-text search over Chinese hospital-alliance announcements (医联体, 医共体, 专科联盟).",
        version="0.1.0",
        lifespan=_lifespan,
    )
    app.state.settings = settings
    app.state.es = get_client(settings, request_timeout=10.0, max_retries=1)
    errors.install(app)
    metrics.install(app)
    app.include_router(search.router)
    app.include_router(trends.router)
    app.include_router(articles.router)
    app.include_router(alliances.router)
    app.include_router(saved.router)
    app.include_router(regions.router)
    app.include_router(health.router)
    app.include_router(ops.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def search_page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    @app.get("/ops", include_in_schema=False)
    def operator_page() -> FileResponse:
        return FileResponse(STATIC_DIR / "ops.html")

    return app
