"""/healthz: is Elasticsearch reachable and how many documents does the alias serve."""

from __future__ import annotations

from elastic_transport import TransportError
from elasticsearch import ApiError
from fastapi import APIRouter
from fastapi.responses import JSONResponse

from search_api.deps import EsDep, SettingsDep
from search_api.models import Health

router = APIRouter(tags=["health"])
TIMEOUT_SECONDS = 3.0


@router.get("/healthz", response_model=Health, responses={503: {"model": Health}})
def healthz(es: EsDep, settings: SettingsDep) -> Health | JSONResponse:
    alias = settings.index_alias
    try:
        count = es.options(request_timeout=TIMEOUT_SECONDS, max_retries=0).count(index=alias)["count"]
    except TransportError:
        health = Health(status="unavailable", elasticsearch="down", index=alias, message="Elasticsearch is unreachable")
    except ApiError as error:
        health = Health(status="unavailable", elasticsearch="up", index=alias, message=f"index {alias!r}: {error.error}")
    else:
        return Health(status="ok", elasticsearch="up", index=alias, documents=count)
    return JSONResponse(status_code=503, content=health.model_dump())
