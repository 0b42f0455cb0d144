"""The registry rebuild on a real Elasticsearch reads news the enrichment calls no alliance announcement when it
names an alliance, and grouping lets it join only the alliance that name gives (yilian/registry.py)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from indexer.alliances import rebuild_registry, registry_alias
from indexer.bulk import index_documents
from indexer.document import to_document
from indexer.lifecycle import ensure_index
from yilian.records import Article, Region, article_id
from yilian.registry import SPECIALTY
from yilian.sources import Source

pytestmark = pytest.mark.es
SITE = Source(id="yzyy", name="扬州市第一人民医院", kind="hospital", province="江苏省", city="扬州市",
              start_urls=["https://yz.example.cn/"])
YZ = Region(province="江苏省", city="扬州市")

# (path, title, body, date, lead, forms, relevance)
PAGES = [
    ("c1", "扬州市胸痛专科联盟在我院成立", "联盟首批成员单位28家。", "2019-04-01", "扬州市第一人民医院", [SPECIALTY], "alliance"),
    ("c2", "扬州市胸痛专科联盟召开年会", "联盟成员单位增至35家。", "2020-04-01", "扬州市第一人民医院", [SPECIALTY], "alliance"),
    ("t1", "我院举办乡镇医生胸痛识别培训班", "本次培训是我院作为扬州市胸痛专科联盟成员单位承担的任务之一。", "2021-04-21", None, [], "other"),
    ("t2", "我院胸痛中心通过认证", "我院是市胸痛专科联盟成员单位。", "2021-05-01", None, [], "other"),
    ("i1", "扬州市生物医药产业联盟成立", "首批会员企业40家。", "2021-06-01", None, [], "other"),
    ("n1", "我院举行新春团拜会", "全院职工欢聚一堂。", "2022-01-20", None, [], "other"),
]


def _document(page) -> dict:
    path, title, body, date, lead, forms, label = page
    article = Article(url=f"{SITE.start_urls[0]}{path}.html", title=title, body=body, published_at=date,
                      lead_organization=lead, alliance_forms=forms, region=YZ, relevance={"label": label, "score": 0.9})
    return to_document(article, SITE, datetime(2024, 6, 1, tzinfo=timezone.utc))


def test_news_called_irrelevant_joins_the_alliance_it_names_and_nothing_else(es_client, es_alias):
    ensure_index(es_client, es_alias)
    stats = index_documents(es_client, map(_document, PAGES), alias=es_alias, refresh=True)
    assert stats.failed == 0, stats.errors
    built = rebuild_registry(es_client, es_alias)
    assert (built["alliances"], built["announcements"], built["announcements_read"]) == (1, 3, 5)  # n1 names none: not read
    es_client.indices.refresh(index=registry_alias(es_alias))
    (hit,) = es_client.search(index=registry_alias(es_alias), query={"match_all": {}})["hits"]["hits"]
    ids = {page[0]: article_id(f"{SITE.start_urls[0]}{page[0]}.html") for page in PAGES}
    assert set(hit["_source"]["announcement_ids"]) == {ids["c1"], ids["c2"], ids["t1"]}
    assert hit["_source"]["name"] == "扬州市胸痛专科联盟"
