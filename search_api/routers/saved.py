"""/api/saved-searches: keep a search and be told of new announcements (webhook, e-mail); /api/alerts for operators."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Response
from fastapi.exceptions import RequestValidationError

from search_api import alerts
from search_api.deps import EsDep, SettingsDep
from search_api.models import Delivery, ErrorMessage, SavedSearch, SavedSearchIn
from search_api.routers.search import UNAVAILABLE
from yilian.notify import webhook_refusal

router = APIRouter(tags=["saved searches"])
SearchId = Annotated[str, Path(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_-]+$")]


@router.post("/api/saved-searches", status_code=201, response_model=SavedSearch,
             responses={**UNAVAILABLE, 400: {"model": ErrorMessage, "description": "the body is not JSON"}})
def save_search(body: SavedSearchIn, es: EsDep, settings: SettingsDep) -> SavedSearch:
    """Save a search. After each crawl its new hits (first indexed after now) are sent once to each channel."""
    if body.webhook:
        refusal = webhook_refusal(body.webhook.url, settings.allow_private_networks)
        if refusal:  # answered like every other bad parameter (search_api/errors.py)
            raise RequestValidationError([{"loc": ("body", "webhook", "url"), "msg": refusal, "type": "value_error"}])
    webhook = body.webhook.model_dump() if body.webhook else None
    return SavedSearch(**alerts.save(es, settings.index_alias, body.name, body.filters(), webhook, body.email))


@router.get("/api/saved-searches", response_model=list[SavedSearch], responses=UNAVAILABLE)
def list_searches(es: EsDep, settings: SettingsDep) -> list[SavedSearch]:
    return [SavedSearch(**doc) for doc in alerts.saved_searches(es, settings.index_alias)]


@router.delete("/api/saved-searches/{search_id}", status_code=204, responses={**UNAVAILABLE, 404: {"model": ErrorMessage}})
def delete_search(search_id: SearchId, es: EsDep, settings: SettingsDep) -> Response:
    if not alerts.delete(es, settings.index_alias, search_id):
        raise HTTPException(status_code=404, detail=f"no saved search with id {search_id!r}")
    return Response(status_code=204)


@router.get("/api/saved-searches/{search_id}/deliveries", response_model=list[Delivery], responses=UNAVAILABLE)
def search_deliveries(search_id: SearchId, es: EsDep, settings: SettingsDep) -> list[Delivery]:
    """What was sent for one saved search, newest first."""
    return [Delivery(**d) for d in alerts.deliveries(es, settings.index_alias, search_id=search_id)]


@router.get("/api/alerts/deliveries", response_model=list[Delivery], responses=UNAVAILABLE)
def all_deliveries(es: EsDep, settings: SettingsDep,
                   status: Annotated[Literal["pending", "sent", "failed"] | None, Query()] = None) -> list[Delivery]:
    """Alert deliveries, newest first; status=failed is what an operator watches (with the error and next try)."""
    return [Delivery(**d) for d in alerts.deliveries(es, settings.index_alias, status=status)]
