"""Exception handlers: Elasticsearch trouble becomes a 503 with a message, never a bare 500."""

from __future__ import annotations

import logging

from elastic_transport import ConnectionTimeout, TransportError
from elasticsearch import ApiError
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

log = logging.getLogger("yilian.search_api")


def is_missing_index(error: ApiError) -> bool:
    """A 404 about the index itself (not set up yet), as opposed to a missing document."""
    return error.meta.status == 404 and error.error == "index_not_found_exception"


def too_many_buckets(error: ApiError) -> bool:
    """An aggregation Elasticsearch refused for its size: the request's fault, not the index's."""
    info = error.info if isinstance(error.info, dict) else {}
    cause = info.get("error", {}) if isinstance(info.get("error"), dict) else {}
    return error.meta.status == 400 and "too_many_buckets_exception" in {
        cause.get("type"), (cause.get("caused_by") or {}).get("type"), *(c.get("type") for c in cause.get("root_cause") or [])}


def _unavailable(detail: str) -> JSONResponse:
    return JSONResponse(status_code=503, content={"detail": detail}, headers={"Retry-After": "30"})


async def on_transport_error(request: Request, error: TransportError) -> JSONResponse:
    log.warning("elasticsearch unreachable", extra={"path": request.url.path, "error": type(error).__name__})
    if isinstance(error, ConnectionTimeout):
        return _unavailable("the search index timed out; try again shortly or narrow the query")
    return _unavailable("the search index (Elasticsearch) is unreachable; try again shortly")


async def on_api_error(request: Request, error: ApiError) -> JSONResponse:
    log.warning("elasticsearch error", extra={"path": request.url.path, "status": error.meta.status, "error": error.error})
    if is_missing_index(error):
        alias = request.app.state.settings.index_alias
        return _unavailable(f"the index {alias!r} does not exist yet; run `yilian index setup` or a crawl first")
    if too_many_buckets(error):
        return JSONResponse(status_code=422, content={"detail": "the dates found span more buckets than Elasticsearch "
                                                      "allows (search.max_buckets): choose a coarser interval (quarter, "
                                                      "year) or a narrower date range"})
    if error.meta.status in (429, 500, 502, 503, 504):
        return _unavailable(f"Elasticsearch is overloaded or failing ({error.meta.status}); try again shortly")
    return JSONResponse(status_code=502, content={"detail": f"Elasticsearch rejected the request: {error.error}"})


async def on_invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
    """One readable sentence per bad parameter, without echoing the (possibly 10 kB) input back."""
    problems = [
        {"parameter": ".".join(str(part) for part in item["loc"][1:]) or "parameters", "message": item["msg"].removeprefix("Value error, ")}
        for item in error.errors()
    ]
    detail = "; ".join(f"{problem['parameter']}: {problem['message']}" for problem in problems)
    return JSONResponse(status_code=422, content={"detail": detail, "errors": problems})


async def on_method_not_allowed(request: Request, error: StarletteHTTPException) -> JSONResponse:
    """A 405 names every method the path has (Starlette names only those of the first route it matched)."""
    if error.status_code != 405:
        return JSONResponse(status_code=error.status_code, content={"detail": error.detail}, headers=error.headers)
    scope = {**request.scope, "method": "GET"}
    methods = sorted({m for route in request.app.routes if isinstance(route, APIRoute)
                      and route.matches(scope)[0] != Match.NONE for m in route.methods})
    return JSONResponse(status_code=405, content={"detail": "Method Not Allowed"}, headers={"Allow": ", ".join(methods)})


def install(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, on_method_not_allowed)
    app.add_exception_handler(RequestValidationError, on_invalid_request)
    app.add_exception_handler(TransportError, on_transport_error)
    app.add_exception_handler(ApiError, on_api_error)
