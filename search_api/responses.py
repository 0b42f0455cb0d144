"""Elasticsearch responses -> API models. Pure: plain dicts in, pydantic models out."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Mapping

from search_api.models import (
    ArticleDetail, FacetBucket, Facets, SearchHit, SearchParams, SearchResponse, TrendBucket, TrendParams, TrendResponse,
)
from search_api.queries import SHARED_FACETS

UNLABELLED = "未标注"  # a trend split value for documents without one


def read_total(response: Mapping[str, Any]) -> int:
    total = response.get("hits", {}).get("total", 0)
    return total["value"] if isinstance(total, Mapping) else int(total)


def read_hit(hit: Mapping[str, Any]) -> SearchHit:
    source = hit.get("_source", {})
    highlight = hit.get("highlight", {})
    titles = highlight.get("title") or []
    copies = [copy for copy in source.get("also_published") or [] if copy.get("url")]
    return SearchHit(
        id=hit["_id"],
        title=source.get("title") or "",
        url=source.get("url") or "",
        published_at=source.get("published_at"),
        source_name=source.get("source_name") or "",
        province=source.get("province"),
        city=source.get("city"),
        county=source.get("county"),
        publisher_province=source.get("publisher_province"),
        publisher_city=source.get("publisher_city"),
        damaged=bool(source.get("damaged")),
        highlight=[*highlight.get("subtitle", []), *highlight.get("body", [])],
        title_highlight=titles[0] if titles else None,
        also_published_count=len(copies),
        also_published=copies,
    )


def read_facets(aggregations: Mapping[str, Any]) -> Facets:
    """A facet is a bucket aggregation: at the top, inside the shared filter aggregation, or as the
    ``values`` of a filter aggregation of its own (search_api/queries.py facet_aggs)."""
    facets = {}
    for name in Facets.model_fields:
        found = aggregations.get(SHARED_FACETS, {}).get(name) or aggregations.get(name) or {}
        buckets = found.get("values", found).get("buckets", [])
        facets[name] = [
            FacetBucket(value=str(bucket.get("key_as_string", bucket["key"])), count=bucket["doc_count"])
            for bucket in buckets
            if bucket["doc_count"] > 0
        ]
    return Facets(**facets)


def read_search(response: Mapping[str, Any], params: SearchParams) -> SearchResponse:
    return SearchResponse(
        total=read_total(response),
        page=params.page,
        size=params.size,
        sort=params.effective_sort,
        hits=[read_hit(hit) for hit in response.get("hits", {}).get("hits", [])],
        facets=read_facets(response.get("aggregations", {})),
    )


def read_article(response: Mapping[str, Any]) -> ArticleDetail:
    """A GET response: the stored source, with the id from the envelope when the source lacks it."""
    source = dict(response.get("_source", {}))
    source.setdefault("id", response["_id"])
    return ArticleDetail.model_validate(source)


def _bucket_span(start: date, interval: str) -> tuple[str, date]:
    """(label, last day) of the calendar bucket starting on `start`."""
    if interval == "year":
        return f"{start.year}", date(start.year, 12, 31)
    months = 3 if interval == "quarter" else 1
    year, month = divmod(start.month - 1 + months, 12)
    end = date(start.year + year, month + 1, 1) - timedelta(days=1)
    label = f"{start.year}-Q{(start.month - 1) // 3 + 1}" if interval == "quarter" else f"{start.year}-{start.month:02d}"
    return label, end


def _split_counts(aggs: Mapping[str, Any], values: str, unlabelled: str) -> dict[str, int]:
    counts = {str(b["key"]): b["doc_count"] for b in aggs.get(values, {}).get("buckets", []) if b["doc_count"]}
    if aggs.get(unlabelled, {}).get("doc_count"):
        counts[UNLABELLED] = aggs[unlabelled]["doc_count"]
    return counts


def read_trends(response: Mapping[str, Any], params: TrendParams) -> TrendResponse:
    aggs = response.get("aggregations", {})
    buckets = []
    for bucket in aggs.get("over_time", {}).get("buckets", []):
        start = date.fromisoformat(bucket["key_as_string"])
        key, end = _bucket_span(start, params.interval)
        split = _split_counts(bucket, "values", "unlabelled") if params.split != "none" else {}
        buckets.append(TrendBucket(key=key, start=start, end=end, count=bucket["doc_count"], split=split))
    series = list(_split_counts(aggs, "series", "series_unlabelled")) if params.split != "none" else []
    return TrendResponse(
        interval=params.interval, split=params.split, total=read_total(response),
        undated=aggs.get("undated", {}).get("doc_count", 0), series=series, buckets=buckets,
    )
