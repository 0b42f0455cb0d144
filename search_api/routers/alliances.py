"""/api/alliances: the alliance registry (announcements grouped into alliances), and /api/organizations."""

from __future__ import annotations

from typing import Annotated

from elasticsearch import Elasticsearch, NotFoundError
from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import StreamingResponse

from indexer.alliances import registry_alias
from search_api import export
from search_api.alliance_queries import (
    EXPORT_FIELDS, build_alliance_export, build_alliance_search, build_organization, organization_articles_query,
    read_alliance, read_alliance_search, read_organization,
)
from search_api.deps import EsDep, SettingsDep
from search_api.errors import is_missing_index
from search_api.models import (
    AllianceDetail, AllianceExportParams, AllianceParams, AllianceRef, AllianceSearchResponse, ErrorMessage, Organization,
)
from search_api.routers.search import UNAVAILABLE

router = APIRouter(tags=["alliances"])
MISSING = {404: {"model": ErrorMessage}, **UNAVAILABLE}


def _no_registry() -> HTTPException:
    return HTTPException(status_code=503, detail="the alliance registry is not built yet: it is rebuilt after every crawl, "
                         "or run `yilian index alliances`", headers={"Retry-After": "60"})


def _registry_call(call):
    try:
        return call()
    except NotFoundError as error:
        if is_missing_index(error):
            raise _no_registry() from None
        raise


@router.get("/api/alliances", response_model=AllianceSearchResponse,
            responses={**UNAVAILABLE, 404: {"model": ErrorMessage, "description": "a page past the 10,000th alliance"}})
def search_alliances(params: Annotated[AllianceParams, Query()], es: EsDep, settings: SettingsDep) -> AllianceSearchResponse:
    """Alliances by name or lead, with facets: form, province, city, founding year, lead."""
    if params.beyond_window:
        raise HTTPException(status_code=404, detail=params.beyond_window)
    index = registry_alias(settings.index_alias)
    response = _registry_call(lambda: es.search(index=index, body=build_alliance_search(params)))
    return read_alliance_search(response, params)


@router.get("/api/alliances/export", responses={**UNAVAILABLE, 200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}})
def export_alliances(params: Annotated[AllianceExportParams, Query()], es: EsDep, settings: SettingsDep) -> StreamingResponse:
    """Every matching alliance as CSV (with a BOM, for Excel) or JSON lines, streamed."""
    index = registry_alias(settings.index_alias)
    pit_id = _registry_call(lambda: export.open_pit(es, index))
    documents = export.iter_documents(es, pit_id, build_alliance_export(params))
    if params.format == "csv":
        lines, media_type = export.csv_lines(documents, EXPORT_FIELDS), "text/csv; charset=utf-8"
    else:
        lines, media_type = export.jsonl_lines(documents, EXPORT_FIELDS), "application/x-ndjson; charset=utf-8"
    headers = {"Content-Disposition": f'attachment; filename="yilian-alliances.{params.format}"'}
    return StreamingResponse(lines, media_type=media_type, headers=headers)


@router.get("/api/alliances/{alliance_id}", response_model=AllianceDetail, responses=MISSING)
def get_alliance(alliance_id: Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")],
                 es: EsDep, settings: SettingsDep) -> AllianceDetail:
    """One alliance: lead, members with first-seen dates, member count over time, founding date, timeline."""
    index = registry_alias(settings.index_alias)
    try:
        return read_alliance(es.get(index=index, id=alliance_id))
    except NotFoundError as error:
        if is_missing_index(error):
            raise _no_registry() from None
        raise HTTPException(status_code=404, detail=f"no alliance with id {alliance_id!r}") from None


@router.get("/api/organizations/{name}", response_model=Organization, responses=UNAVAILABLE)
def get_organization(name: Annotated[str, Path(min_length=2, max_length=60)], es: EsDep, settings: SettingsDep) -> Organization:
    """An organisation (hospital, commission): the alliances it leads and those it joins."""
    index = registry_alias(settings.index_alias)
    queries = build_organization(name.strip())
    found = _registry_call(lambda: es.msearch(searches=[{"index": index}, queries["leads"], {"index": index}, queries["joins"]]))
    leads, joins = found["responses"]
    articles = es.count(index=settings.index_alias, query=organization_articles_query(name.strip()))["count"]
    return read_organization(name.strip(), leads, joins, articles)


def alliance_of(es: Elasticsearch, alias: str, article_id: str) -> AllianceRef | None:
    """The registry's alliance for one announcement, or None (no registry yet, or none)."""
    try:
        hits = es.search(index=registry_alias(alias), query={"term": {"announcement_ids": article_id}}, size=1,
                         source=["name"])["hits"]["hits"]
    except NotFoundError:
        return None
    return AllianceRef(id=hits[0]["_id"], name=hits[0]["_source"]["name"]) if hits else None
