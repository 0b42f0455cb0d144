"""The pure response reader: Elasticsearch answers (as Elasticsearch 8 shapes them) into API models."""

from __future__ import annotations

from search_api.models import SearchParams
from search_api.responses import read_article, read_search

RESPONSE = {
    "took": 3,
    "hits": {
        "total": {"value": 3, "relation": "eq"},
        "hits": [
            {
                "_id": "a1",
                "_score": 7.5,
                "_source": {
                    "title": "市中心医院与六家县级医院签订紧密型医联体协议",
                    "url": "http://www.example-hospital.cn/news/2021/0512.html",
                    "published_at": "2021-05-12",
                    "source_name": "示例市中心医院",
                    "province": "河南省",
                    "city": "漯河市",
                    "damaged": True,
                },
                "highlight": {
                    "body": ["签订紧密型<em>医联</em><em>联体</em>协议", "推进&lt;分级诊疗&gt;"],
                    "title": ["市中心医院与六家县级医院签订紧密型<em>医联体</em>协议"],
                },
            },
            {"_id": "b2", "_score": 3.1, "_source": {"title": "县域医共体工作推进会", "url": "http://x.gov.cn/1.html"}},
            {
                "_id": "c3",
                "_score": 2.0,
                "_source": {"title": "我院与舞阳县中医院签订托管协议", "url": "http://x.cn/3.html"},
                "highlight": {"subtitle": ["市县两级医院结成紧密型<em>医联体</em>"], "body": ["3月15日，托管签约仪式举行。"]},
            },
        ],
    },
    "aggregations": {
        "province": {"doc_count": 2, "values": {"buckets": [{"key": "河南省", "doc_count": 1}, {"key": "湖北省", "doc_count": 1}]}},
        "city": {"doc_count": 1, "values": {"buckets": [{"key": "漯河市", "doc_count": 1}]}},
        "month": {
            "doc_count": 2,
            "values": {"buckets": [
                {"key_as_string": "2021-05", "key": 1619827200000, "doc_count": 1},
                {"key_as_string": "2021-04", "key": 1617235200000, "doc_count": 0},
            ]},
        },
    },
}


def test_hits_carry_metadata_and_escaped_highlights():
    result = read_search(RESPONSE, SearchParams(q="医联体"))
    assert result.total == 3 and result.sort == "relevance"
    first, second, third = result.hits
    assert first.id == "a1" and first.province == "河南省" and str(first.published_at) == "2021-05-12"
    assert first.damaged is True and len(first.highlight) == 2 and "&lt;" in first.highlight[1]
    assert "<em>医联体</em>" in first.title_highlight
    assert second.published_at is None and second.highlight == [] and second.damaged is False
    # a page matching only in its subtitle shows that match before the body's opening
    assert third.highlight[0].endswith("<em>医联体</em>") and len(third.highlight) == 2


def test_facets_read_keys_and_months_and_skip_empty_buckets():
    facets = read_search(RESPONSE, SearchParams()).facets
    assert [(b.value, b.count) for b in facets.province] == [("河南省", 1), ("湖北省", 1)]
    assert [b.value for b in facets.month] == ["2021-05"]
    assert facets.event_type == []


def test_article_keeps_every_stored_field():
    article = read_article({"_id": "a1", "_source": {"url": "http://x.cn/a.html", "title": "医联体", "relevance_score": 0.9, "encoding": {"used": "gbk"}}})
    assert article.id == "a1" and article.encoding == {"used": "gbk"}
    assert article.model_dump()["relevance_score"] == 0.9
