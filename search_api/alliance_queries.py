"""Alliance registry requests -> Elasticsearch bodies, and responses -> models. Pure, like queries.py.

The same drill-down design as the article search: each filter narrows the hits and every facet
but its own, so the other values of a facet stay visible and clickable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from search_api.models import (
    AllianceDetail, AllianceFacets, AllianceParams, AllianceSearchResponse, AllianceSummary, FacetBucket, Organization,
)
from search_api.querylang import fold

Clause = dict[str, Any]
FACETS: dict[str, tuple[str, int]] = {  # facet -> (field, buckets)
    "form": ("forms", 10),
    "province": ("province", 34),
    "city": ("city", 30),
    "founded_year": ("founded_year", 40),
    "lead": ("lead", 20),
}
SUMMARY_FIELDS = list(AllianceSummary.model_fields)
SORTS = {
    "announcements": [{"announcement_count": "desc"}, {"last_seen": {"order": "desc", "missing": "_last"}}],
    "founded": [{"founded": {"order": "asc", "missing": "_last"}}, {"first_seen": {"order": "asc", "missing": "_last"}}],
    "recent": [{"last_seen": {"order": "desc", "missing": "_last"}}],
}
EXPORT_FIELDS = [*SUMMARY_FIELDS, "member_names"]


def _filters(params: AllianceParams) -> dict[str, Clause]:
    values = {"form": params.form, "province": params.province, "city": params.city,
              "founded_year": params.founded_year, "lead": params.lead}
    return {name: {"term": {FACETS[name][0]: value}} for name, value in values.items() if value is not None}


def _text(params: AllianceParams) -> Clause:
    if not params.q:
        return {"match_all": {}}
    words = fold(params.q).split()
    fields = ["name.text^3", "names.text^2", "lead.text"]
    return {"bool": {"must": [{"multi_match": {"query": w, "type": "phrase", "fields": fields}} for w in words]}}


def build_alliance_search(params: AllianceParams) -> Clause:
    filters = _filters(params)
    aggs = {
        name: {
            "filter": {"bool": {"filter": [c for other, c in filters.items() if other != name]}},
            "aggs": {"values": {"terms": {"field": field, "size": size}}},
        }
        for name, (field, size) in FACETS.items()
    }
    body: Clause = {
        "query": _text(params), "from": (params.page - 1) * params.size, "size": params.size, "track_total_hits": True,
        "sort": SORTS[params.sort], "_source": SUMMARY_FIELDS, "aggs": aggs,
    }
    if filters:
        body["post_filter"] = {"bool": {"filter": list(filters.values())}}
    return body


def build_alliance_export(params: AllianceParams, batch: int = 500) -> Clause:
    query = {"bool": {"must": [_text(params)], "filter": list(_filters(params).values())}}
    return {"query": query, "size": batch, "sort": ["_shard_doc"], "_source": EXPORT_FIELDS, "track_total_hits": False}


def build_organization(name: str, size: int = 200) -> dict[str, Clause]:
    """The alliances an organisation leads and those it joins (one msearch)."""
    return {
        "leads": {"query": {"term": {"lead": name}}, "size": size, "_source": SUMMARY_FIELDS, "sort": SORTS["founded"]},
        "joins": {"query": {"term": {"member_names": name}}, "size": size, "_source": SUMMARY_FIELDS, "sort": SORTS["founded"]},
    }


def organization_articles_query(name: str) -> Clause:
    return {"bool": {"should": [{"term": {"lead_organization": name}}, {"term": {"members": name}}], "minimum_should_match": 1}}


def _summary(hit: Mapping[str, Any]) -> AllianceSummary:
    return AllianceSummary.model_validate({**hit["_source"], "id": hit["_id"]})


def read_alliance_search(response: Mapping[str, Any], params: AllianceParams) -> AllianceSearchResponse:
    aggs = response.get("aggregations", {})
    facets = {
        name: [FacetBucket(value=str(b["key"]), count=b["doc_count"]) for b in aggs.get(name, {}).get("values", {}).get("buckets", [])]
        for name in FACETS
    }
    total = response["hits"]["total"]
    return AllianceSearchResponse(
        total=total["value"] if isinstance(total, Mapping) else int(total), page=params.page, size=params.size,
        hits=[_summary(hit) for hit in response["hits"]["hits"]], facets=AllianceFacets(**facets),
    )


def read_alliance(response: Mapping[str, Any]) -> AllianceDetail:
    return AllianceDetail.model_validate({**response["_source"], "id": response["_id"]})


def read_organization(name: str, leads: Mapping[str, Any], joins: Mapping[str, Any], articles: int) -> Organization:
    return Organization(name=name, leads=[_summary(h) for h in leads["hits"]["hits"]],
                        joins=[_summary(h) for h in joins["hits"]["hits"]], announcements=articles)
