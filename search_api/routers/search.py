"""/api/search: a page of hits with facets, and the export of every hit."""

from __future__ import annotations

from typing import Annotated, Any

from elasticsearch import Elasticsearch

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response, StreamingResponse

from search_api import export
from search_api.feed import atom_feed
from search_api.deps import EsDep, SettingsDep
from search_api.models import ErrorMessage, ExportParams, SearchParams, SearchResponse, ValidationErrorMessage
from search_api.queries import build_export, build_search, search_type
from search_api.responses import read_search

router = APIRouter(prefix="/api/search", tags=["search"])
UNAVAILABLE = {
    422: {"model": ValidationErrorMessage, "description": "a parameter is wrong; each problem says which and why"},
    502: {"model": ErrorMessage, "description": "Elasticsearch rejected the query"},
    503: {"model": ErrorMessage, "description": "Elasticsearch unreachable or the index is missing"},
}


def complete_search(es: Elasticsearch, index: str, params: SearchParams) -> dict[str, Any]:
    """The search's response, asked once more when a shard's copy did not answer (its node stopped
    between the query and the fetch): by then another copy has taken over, so a user of a cluster
    gets every hit, not a silently partial page, while a node is lost.

    request_cache: the same search again (the landing page, a popular word) is answered from each
    shard's cache until the next refresh that changed it, instead of counting every hit again."""
    request = {"index": index, "body": build_search(params), "search_type": search_type(params), "request_cache": True}
    found = es.search(**request)
    if found["_shards"]["failed"]:
        found = es.search(**request)
    return found.body


@router.get("", response_model=SearchResponse,
            responses={**UNAVAILABLE, 404: {"model": ErrorMessage, "description": "a page past the 10,000th hit"}})
def search(params: Annotated[SearchParams, Query()], es: EsDep, settings: SettingsDep) -> Response:
    """Full-text search over titles and bodies, with province/city/month facets for drilling down."""
    if params.beyond_window:
        raise HTTPException(status_code=404, detail=params.beyond_window)
    found = complete_search(es, settings.index_alias, params)
    # serialised here, once: a returned model would be dumped to a dict, validated into the response
    # model again and only then serialised, three passes over a few hundred facet buckets and hits.
    # Server-Timing: Elasticsearch's own time, so what the API adds can be told apart (dev tools show it)
    return Response(read_search(found, params).model_dump_json(), media_type="application/json",
                    headers={"Server-Timing": f"es;dur={found['took']}"})


@router.get(
    "/export",
    responses={**UNAVAILABLE, 200: {"content": {"text/csv": {}, "application/x-ndjson": {}}, "description": "every hit"}},
)
def export_hits(params: Annotated[ExportParams, Query()], es: EsDep, settings: SettingsDep) -> StreamingResponse:
    """Every hit of a query as CSV or JSON lines, streamed (no 10,000-hit window)."""
    pit_id = export.open_pit(es, settings.index_alias)
    documents = export.iter_documents(es, pit_id, build_export(params))
    if params.format == "csv":
        lines, media_type = export.csv_lines(documents), "text/csv; charset=utf-8"
    else:
        lines, media_type = export.jsonl_lines(documents), "application/x-ndjson; charset=utf-8"
    filename = f"yilian-export.{params.format}"
    return StreamingResponse(export.in_chunks(lines), media_type=media_type,
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/feed", responses={**UNAVAILABLE, 200: {"content": {"application/atom+xml": {}}, "description": "Atom feed"}})
def feed(params: Annotated[ExportParams, Query()], request: Request, es: EsDep, settings: SettingsDep) -> Response:
    """The newest 50 hits of a search as an Atom feed, to follow a topic in a feed reader."""
    search_params = SearchParams(**params.model_dump(exclude={"format"}), sort="date", size=50)
    result = read_search(es.search(index=settings.index_alias, body=build_search(search_params)), search_params)
    places = (params.province, params.city, params.county)
    publisher = " ".join(v for v in (params.publisher_province, params.publisher_city) if v)
    label = " ".join(v for v in (params.q, *places, publisher and f"发布于{publisher}") if v) or "全部公告"
    body = atom_feed(result, f"医联 · {label}", str(request.url), str(request.base_url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")
