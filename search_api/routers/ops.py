"""/api/ops/*: the operator page's data and actions. Reading is open like the rest of the API; what
changes state (asking for a crawl now) needs the operator token: `Authorization: Bearer $YILIAN_OPS_TOKEN`.
Without a token configured on the server those endpoints answer 403 (operator actions are off); with a
missing or wrong token, 401."""

from __future__ import annotations

import secrets
from datetime import datetime, timezone
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Path, status

from search_api.deps import SettingsDep
from search_api.models import ErrorMessage, ValidationErrorMessage
from yilian.crawlstate import CrawlState
from yilian.schedule import ScheduleStore
from yilian.settings import Settings
from yilian.sources import Source, SourcesError, load_sources
from yilian.status import source_rows

router = APIRouter(prefix="/api/ops", tags=["operators"])
SourceId = Annotated[str, Path(min_length=2, max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]{1,63}$")]


def _sources(settings: Settings) -> list[Source]:
    try:
        return load_sources(settings.sources_file)
    except SourcesError as error:
        raise HTTPException(status_code=503, detail=f"the sources file cannot be read: {error}") from None


def _source(settings: Settings, source_id: str) -> Source:
    for source in _sources(settings):
        if source.id == source_id:
            return source
    raise HTTPException(status_code=404, detail=f"no source with id {source_id!r}")


def require_token(settings: Settings, authorization: str | None) -> None:
    if not settings.ops_token:
        raise HTTPException(status_code=403, detail="operator actions are off: set YILIAN_OPS_TOKEN on the server")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(token.strip().encode(), settings.ops_token.encode()):
        raise HTTPException(status_code=401, detail="this action needs the operator token (Authorization: Bearer …)",
                            headers={"WWW-Authenticate": "Bearer"})


# every error these answer, in the shapes search_api/models.py documents
UNREADABLE = {503: {"model": ErrorMessage, "description": "the sources file cannot be read"}}
PER_SOURCE = {**UNREADABLE, 404: {"model": ErrorMessage, "description": "no source with this id"},
              422: {"model": ValidationErrorMessage, "description": "a malformed source id"}}


@router.get("/sources", responses=UNREADABLE)
def sources(settings: SettingsDep) -> dict[str, Any]:
    """Every source with its health, last crawl, next run and whether a crawl is running or asked for."""
    now = datetime.now(timezone.utc)
    return {"generated_at": now.isoformat(timespec="seconds"), "timezone": settings.schedule_timezone,
            "actions_enabled": bool(settings.ops_token), "sources": source_rows(settings, _sources(settings), now)}


@router.get("/sources/{source_id}/runs", responses=PER_SOURCE)
def runs(source_id: SourceId, settings: SettingsDep) -> dict[str, Any]:
    """The source's run history: scheduled and asked-for runs, and every crawl's figures for it."""
    _source(settings, source_id)
    store, state = ScheduleStore.open(settings.state_dir), CrawlState.open(settings.state_dir)
    try:
        return {"source": source_id, "schedule": store.history(source_id), "crawls": state.source_runs(source_id)}
    finally:
        store.close()
        state.close()


@router.post("/sources/{source_id}/run", status_code=status.HTTP_202_ACCEPTED,
             responses={**PER_SOURCE, 401: {"model": ErrorMessage, "description": "no or wrong operator token"},
                        403: {"model": ErrorMessage, "description": "operator actions are off"}})
def run_now(source_id: SourceId, settings: SettingsDep,
            authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    """Ask the scheduler service to crawl this source now (it picks the request up within seconds)."""
    require_token(settings, authorization)
    _source(settings, source_id)
    store = ScheduleStore.open(settings.state_dir)
    try:
        return {"source": source_id, "request": store.request(source_id, "ops"), "status": "queued"}
    finally:
        store.close()
