"""Search parameters -> Elasticsearch request bodies. Pure: no client, no I/O, unit-tested as dicts.

Faceting follows the usual drill-down design: the text query (and the always-on switches) go in
``query``; each user filter goes in ``post_filter`` and in every facet aggregation except its own,
so picking 河南省 narrows the hits and the city/month counts but still shows the other provinces.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from search_api.models import FilterParams, SearchParams, TrendParams
from search_api.querylang import compile_query

# facet name -> (document field, number of buckets); "month" is a date histogram over published_at
TERM_FACETS: dict[str, tuple[str, int]] = {
    "province": ("province", 34),
    "city": ("city", 30),
    "county": ("county", 30),
    "alliance_form": ("alliance_forms", 20),
    "event_type": ("event_types", 20),
    "source_kind": ("source_kind", 5),
    "publisher_province": ("publisher_province", 34),
    "publisher_city": ("publisher_city", 30),
}
HIT_FIELDS = ["id", "title", "url", "published_at", "source_name", "province", "city", "county",
              "publisher_province", "publisher_city", "damaged", "also_published"]
EXPORT_FIELDS = [
    "id", "url", "title", "published_at", "source_name", "source_kind", "province", "city", "county",
    "alliance_forms", "event_types", "relevance_label", "dup_group", "is_canonical", "damaged",
    "publisher_province", "publisher_city",
]
SNIPPET_CHARS = 120
SHARED_FACETS = "facets"  # the filter aggregation holding the facets whose own filter is not in use
IRRELEVANT_LABEL = "other"  # relevance_label of pages judged not about an alliance (yilian/clean/enrich/relevance.py)
Clause = dict[str, Any]


# official suffixes of prefecture- and county-level names, and what a bare short form may stand for
CITY_SUFFIXES, CITY_COMPLETIONS = ("市", "自治州", "盟", "地区"), ("市",)
COUNTY_SUFFIXES, COUNTY_COMPLETIONS = ("县", "区", "市", "旗"), ("县", "区", "市")


def _place_names(name: str, suffixes: tuple[str, ...], completions: tuple[str, ...]) -> list[str]:
    """漯河 also matches 漯河市: users type the short form, documents store the official one."""
    if name.endswith(suffixes):
        return [name]
    return [name] + [name + suffix for suffix in completions]


def filter_groups(params: FilterParams) -> dict[str, list[Clause]]:
    """User filters keyed by the facet they belong to (so that facet can leave its own out)."""
    groups: dict[str, list[Clause]] = {}
    if params.province:
        groups["province"] = [{"term": {"province": params.province}}]
    if params.city:
        groups["city"] = [{"terms": {"city": _place_names(params.city, CITY_SUFFIXES, CITY_COMPLETIONS)}}]
    if params.county:
        groups["county"] = [{"terms": {"county": _place_names(params.county, COUNTY_SUFFIXES, COUNTY_COMPLETIONS)}}]
    if params.publisher_province:
        groups["publisher_province"] = [{"term": {"publisher_province": params.publisher_province}}]
    if params.publisher_city:
        groups["publisher_city"] = [
            {"terms": {"publisher_city": _place_names(params.publisher_city, CITY_SUFFIXES, CITY_COMPLETIONS)}}
        ]
    if params.date_from or params.date_to:
        bounds = {"format": "yyyy-MM-dd"}
        if params.date_from:
            bounds["gte"] = params.date_from.isoformat()
        if params.date_to:
            bounds["lte"] = params.date_to.isoformat()
        groups["month"] = [{"range": {"published_at": bounds}}]
    if params.alliance_form:
        groups["alliance_form"] = [{"term": {"alliance_forms": params.alliance_form}}]
    if params.event_type:
        groups["event_type"] = [{"term": {"event_types": params.event_type}}]
    if params.source_kind:
        groups["source_kind"] = [{"term": {"source_kind": params.source_kind}}]
    return groups


def base_query(params: FilterParams) -> Clause:
    """The text query plus the switches that apply to hits and facets alike."""
    must_not: list[Clause] = []
    if not params.include_all:
        must_not.append({"term": {"relevance_label": IRRELEVANT_LABEL}})
    if params.collapse:
        # keep documents without a dedup verdict; drop only the known reposts. In ``query``, so the
        # facets count stories, not copies
        must_not.append({"term": {"is_canonical": False}})
    text = compile_query(params.q) if params.q else None
    bool_query: Clause = {"must": [text or {"match_all": {}}]}
    if must_not:
        bool_query["must_not"] = must_not
    return {"bool": bool_query}


def _all_of(clauses: list[Clause]) -> Clause:
    return {"bool": {"filter": clauses}} if clauses else {"match_all": {}}


def _facet_agg(name: str) -> Clause:
    if name == "month":
        return {
            "date_histogram": {
                "field": "published_at",
                "calendar_interval": "month",
                "format": "yyyy-MM",
                "min_doc_count": 1,
                "order": {"_key": "desc"},
            }
        }
    field, size = TERM_FACETS[name]
    return {"terms": {"field": field, "size": size}}


def facet_aggs(groups: dict[str, list[Clause]]) -> Clause:
    """Every facet, with as few filter aggregations as the drill-down allows: a facet whose own filter
    is not in use counts the hits (every filter applies), so those facets share one filter
    aggregation, or need none when no filter is set; a facet whose filter is in use counts with every
    filter but its own, in a filter aggregation of its own. A filter aggregation per facet cost more
    node CPU than the facets it wrapped (benchmarks/bench_scale.py)."""
    names = [*TERM_FACETS, "month"]
    free = {name: _facet_agg(name) for name in names if name not in groups}
    aggs: Clause = {}
    if groups and free:
        aggs[SHARED_FACETS] = {"filter": _all_of([c for clauses in groups.values() for c in clauses]), "aggs": free}
    else:
        aggs.update(free)
    for name in names:
        if name in groups:
            others = [clause for group, clauses in groups.items() if group != name for clause in clauses]
            aggs[name] = {"filter": _all_of(others), "aggs": {"values": _facet_agg(name)}}
    return aggs


def sort_clause(params: SearchParams) -> list[Any]:
    """The id breaks the last ties: without it equal hits come in shard order, which differs between
    one node and a cluster and between a shard's copies, so a page could repeat or skip a hit."""
    by_date = {"published_at": {"order": "desc", "missing": "_last", "unmapped_type": "date"}}
    keys = ["_score", by_date] if params.effective_sort == "relevance" else [by_date, "_score"]
    return [*keys, {"id": "asc"}]


def search_type(params: SearchParams) -> str:
    """Ranked by relevance, scores use the whole index's term statistics, not each shard's: on several
    shards the order is then the one a single node gives (Elasticsearch skips the extra round trip
    when the index has one shard). Sorted by date, scores only break ties."""
    return "dfs_query_then_fetch" if params.effective_sort == "relevance" else "query_then_fetch"


def highlight_clause(params: FilterParams) -> Clause:
    """Body snippets (or the body's opening when nothing matches), HTML-escaped with matches in <em>;
    the subtitle too, since a page may match only there."""
    clause: Clause = {
        "encoder": "html",
        "pre_tags": ["<em>"],
        "post_tags": ["</em>"],
        "fields": {
            "body": {"fragment_size": SNIPPET_CHARS, "number_of_fragments": 2, "no_match_size": SNIPPET_CHARS},
            "title": {"number_of_fragments": 0},
            "subtitle": {"number_of_fragments": 0},
        },
    }
    highlighted = compile_query(params.q, highlight=True) if params.q else None
    if highlighted:  # a query of punctuation alone searches nothing and highlights nothing
        clause["highlight_query"] = highlighted
    return clause


def build_search(params: SearchParams) -> Clause:
    """The body of one search request: a page of hits, highlights and all facets."""
    groups = filter_groups(params)
    body: Clause = {
        "query": base_query(params),
        "from": (params.page - 1) * params.size,
        "size": params.size,
        "track_total_hits": True,
        "sort": sort_clause(params),
        "_source": HIT_FIELDS,
        "highlight": highlight_clause(params),
        "aggs": facet_aggs(groups),
    }
    if groups:
        body["post_filter"] = _all_of([clause for clauses in groups.values() for clause in clauses])
    return body


def filtered_query(params: FilterParams) -> Clause:
    """The text query with every filter folded in: for requests without facets (export, trends)."""
    query = base_query(params)
    user_filters = [clause for clauses in filter_groups(params).values() for clause in clauses]
    if user_filters:
        query["bool"]["filter"] = user_filters
    return query


def build_export(params: FilterParams, batch: int = 2000) -> Clause:
    """Every hit of a query, filters folded into the query, in index order for point-in-time paging."""
    return {"query": filtered_query(params), "size": batch, "sort": ["_shard_doc"], "_source": EXPORT_FIELDS,
            "track_total_hits": False}


# trend split -> document field
SPLIT_FIELDS = {"alliance_form": "alliance_forms", "event_type": "event_types", "province": "province",
                "publisher_province": "publisher_province", "source_kind": "source_kind"}
SPLIT_VALUES = 40  # more than every vocabulary and the 34 provinces: nothing is cut off


MAX_FILLED_BUCKETS = 1200  # a requested range is filled with zero buckets up to 100 years of months
MONTHS_PER_BUCKET = {"month": 1, "quarter": 3, "year": 12}


def bucket_span(first: date, last: date, interval: str) -> int:
    """How many calendar buckets of `interval` the days first..last touch."""
    step = MONTHS_PER_BUCKET[interval]
    return (last.year * 12 + last.month - 1) // step - (first.year * 12 + first.month - 1) // step + 1


def build_trends(params: TrendParams, today: date) -> Clause:
    """Counts per calendar month/quarter/year of published_at, optionally split by one field; gaps
    between the first and last bucket (or the requested date range) come back as zero buckets.

    The requested range is filled only when it spans at most MAX_FILLED_BUCKETS (a missing end counts
    from `today`): a date_to of 9999-12-31 means "no upper limit", not 95,000 empty months, which
    Elasticsearch would refuse (search.max_buckets)."""
    histogram: Clause = {"field": "published_at", "calendar_interval": params.interval, "format": "yyyy-MM-dd", "min_doc_count": 0}
    first, last = params.date_from or min(today, params.date_to or today), params.date_to or max(today, params.date_from or today)
    if (params.date_from or params.date_to) and first <= last and bucket_span(first, last, params.interval) <= MAX_FILLED_BUCKETS:
        histogram["extended_bounds"] = {k: v.isoformat() for k, v in (("min", params.date_from), ("max", params.date_to)) if v}
    over_time: Clause = {"date_histogram": histogram}
    aggs: Clause = {"over_time": over_time, "undated": {"missing": {"field": "published_at"}}}
    if params.split != "none":
        field = SPLIT_FIELDS[params.split]
        split = {"values": {"terms": {"field": field, "size": SPLIT_VALUES}}, "unlabelled": {"missing": {"field": field}}}
        over_time["aggs"] = split
        aggs["series"] = {"terms": {"field": field, "size": SPLIT_VALUES}}
        aggs["series_unlabelled"] = {"missing": {"field": field}}
    return {"query": filtered_query(params), "size": 0, "track_total_hits": True, "aggs": aggs}
