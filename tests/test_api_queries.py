"""The pure query builder: what a search request asks Elasticsearch for, checked without Elasticsearch."""

from __future__ import annotations

import json

from search_api.models import ExportParams, SearchParams
from search_api.queries import build_export, build_search


def _clauses(node) -> str:
    return json.dumps(node, ensure_ascii=False)


def test_province_facet_ignores_its_own_filter_but_honours_the_others():
    body = build_search(SearchParams(q="医联体", province="河南", city="漯河", date_from="2021-01-01"))
    province_filter = _clauses(body["aggs"]["province"]["filter"])
    city_filter = _clauses(body["aggs"]["city"]["filter"])
    month_filter = _clauses(body["aggs"]["month"]["filter"])
    assert "河南省" not in province_filter and "漯河市" in province_filter and "2021-01-01" in province_filter
    assert "河南省" in city_filter and "漯河市" not in city_filter
    assert "河南省" in month_filter and "2021-01-01" not in month_filter
    # the hits themselves get every filter, after the aggregations
    post_filter = _clauses(body["post_filter"])
    assert all(value in post_filter for value in ("河南省", "漯河市", "2021-01-01"))


def test_publisher_region_is_a_filter_and_a_facet_of_its_own():
    body = build_search(SearchParams(province="宁夏", publisher_province="福建", publisher_city="福州"))
    post_filter = _clauses(body["post_filter"])
    assert "publisher_province" in post_filter and "福建省" in post_filter and "福州市" in post_filter
    own = _clauses(body["aggs"]["publisher_province"]["filter"])
    assert "福建省" not in own and "福州市" in own and "宁夏回族自治区" in own
    assert "福建省" in _clauses(body["aggs"]["province"]["filter"])
    assert "publisher_city" in body["aggs"] and "福州市" not in _clauses(body["aggs"]["publisher_city"]["filter"])
    export = _clauses(build_export(ExportParams(publisher_province="福建省"))["query"])
    assert "publisher_province" in export and "福建省" in export


def test_filters_stay_out_of_the_scored_query():
    body = build_search(SearchParams(q="专科联盟", province="浙江省"))
    assert "浙江省" not in _clauses(body["query"])


def test_short_place_names_match_the_official_ones():
    body = build_search(SearchParams(city="温州", county="建昌"))
    post_filter = _clauses(body["post_filter"])
    assert "温州市" in post_filter and "建昌县" in post_filter


def test_traditional_query_is_searched_in_simplified():
    assert "医联体" in _clauses(build_search(SearchParams(q="醫聯體"))["query"])


def _phrases(node) -> list[str]:
    """Every phrase the query asks for, in order."""
    if isinstance(node, dict):
        found = [node["query"]] if node.get("type") == "phrase" else []
        return found + [phrase for value in node.values() for phrase in _phrases(value)]
    if isinstance(node, list):
        return [phrase for value in node for phrase in _phrases(value)]
    return []


def _text_clause(q: str):
    return build_search(SearchParams(q=q))["query"]["bool"]["must"][0]


def test_each_word_must_match_as_a_phrase_and_the_whole_query_ranks_first():
    query = _text_clause("医共体  签约")["bool"]
    words = query["must"][0]["bool"]["must"]
    assert [_phrases(clause)[0] for clause in words] == ["医共体", "签约"]
    assert _phrases(query["should"]) == ["医共体签约"]


def test_long_unspaced_query_needs_most_character_pairs_or_the_exact_text():
    exact, pairs = _text_clause("县域医共体建设")["bool"]["should"]
    assert _phrases(exact) == ["县域医共体建设"] and exact["multi_match"]["boost"] > 1
    assert pairs["multi_match"]["query"] == "县域医共体建设" and pairs["multi_match"]["minimum_should_match"] == "-1"
    assert all(field.split("^")[0].endswith(".bigram") for field in pairs["multi_match"]["fields"])


def test_title_weighs_more_than_body():
    fields = _text_clause("专科")["multi_match"]["fields"]
    assert "title.bigram^3" in fields and "body.bigram" in fields


def test_han_words_match_on_character_pairs_and_are_highlighted_on_characters():
    body = build_search(SearchParams(q="专科 5G 院"))
    words = body["query"]["bool"]["must"][0]["bool"]["must"][0]["bool"]["must"]
    assert [clause["multi_match"]["fields"] for clause in words] == [
        ["title.bigram^3", "subtitle.bigram", "body.bigram"], ["title^3", "subtitle", "body"],
        ["title^3", "subtitle", "body"]]  # pairs need two Han characters
    highlighted = body["highlight"]["highlight_query"]["bool"]["must"]
    assert [clause["multi_match"]["fields"] for clause in highlighted] == [["title^3", "subtitle", "body"]] * 3


def test_sort_is_relevance_with_a_query_and_date_without():
    assert build_search(SearchParams(q="医联体"))["sort"][0] == "_score"
    assert next(iter(build_search(SearchParams())["sort"][0])) == "published_at"
    assert next(iter(build_search(SearchParams(q="医联体", sort="date"))["sort"][0])) == "published_at"


def test_paging_offsets():
    body = build_search(SearchParams(page=3, size=20))
    assert (body["from"], body["size"]) == (40, 20)


def test_irrelevant_pages_hidden_unless_include_all():
    assert "relevance_label" in _clauses(build_search(SearchParams(q="医院"))["query"])
    assert "relevance_label" not in _clauses(build_search(SearchParams(q="医院", include_all=True))["query"])


def test_collapse_drops_only_known_reposts_and_is_on_by_default():
    assert "is_canonical" not in _clauses(build_search(SearchParams(collapse=False))["query"])
    must_not = build_search(SearchParams())["query"]["bool"]["must_not"]
    assert {"term": {"is_canonical": False}} in must_not


def test_no_filters_means_no_post_filter_and_unfiltered_facets():
    body = build_search(SearchParams(q="远程医疗"))
    assert "post_filter" not in body
    assert body["aggs"]["province"] == {"terms": {"field": "province", "size": 34}}  # no filter to wrap it in


def test_export_folds_filters_into_the_query_and_pages_in_index_order():
    body = build_export(ExportParams(q="医共体", province="山东", event_type="签约"))
    assert body["sort"] == ["_shard_doc"]
    assert "山东省" in _clauses(body["query"]["bool"]["filter"]) and "签约" in _clauses(body["query"])
    assert "aggs" not in body and "from" not in body


def test_facets_not_filtered_themselves_share_one_filter_aggregation():
    aggs = build_search(SearchParams(q="医联体", province="河南省"))["aggs"]
    assert set(aggs) == {"facets", "province"}
    assert "河南省" in _clauses(aggs["facets"]["filter"]) and set(aggs["facets"]["aggs"]) >= {"city", "month", "source_kind"}
    assert "河南省" not in _clauses(aggs["province"]["filter"])
