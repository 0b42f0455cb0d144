"""The registry rebuild on a real Elasticsearch reads news the enrichment calls no alliance announcement when it
tells of a county or names an alliance, and grouping lets it join only the aid its publisher runs at that county or the
alliance its title names (yilian/registry.py)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from indexer.alliances import rebuild_registry, registry_alias
from indexer.bulk import index_documents
from indexer.document import to_document
from indexer.lifecycle import ensure_index
from yilian.records import Article, Region, article_id
from yilian.registry import PAIRED, SPECIALTY
from yilian.sources import Source

pytestmark = pytest.mark.es
SITE = Source(id="yzyy", name="扬州市第一人民医院", kind="hospital", province="江苏省", city="扬州市",
              start_urls=["https://yz.example.cn/"])
PROVINCIAL = Source(id="scrm", name="四川省人民医院", kind="hospital", province="四川省", city="成都市",
                    start_urls=["https://sc.example.cn/"])
YZ = Region(province="江苏省", city="扬州市")
SEDA = Region(province="四川省", city="甘孜藏族自治州", county="色达县")

# (site, path, title, body, date, lead, forms, region, relevance)
PAGES = [
    (PROVINCIAL, "p1", "我院与色达县人民医院签订对口帮扶协议", "双方约定派驻专家。", "2019-03-01", "四川省人民医院", [PAIRED], SEDA,
     "alliance"),
    (PROVINCIAL, "p2", "省人民医院第二批援色医疗队抵达", "医疗队将驻点一年。", "2020-03-01", "四川省人民医院", [PAIRED], SEDA,
     "alliance"),
    (PROVINCIAL, "p3", "我院医疗队赴色达开展义诊", "义诊持续三天。", "2021-07-01", None, [], SEDA, "other"),
    (SITE, "y1", "我院医疗队赴色达开展义诊", "义诊持续三天。", "2021-07-02", None, [], SEDA, "other"),  # not its aid
    (SITE, "c1", "扬州市胸痛专科联盟在我院成立", "联盟首批成员单位28家。", "2019-04-01", "扬州市第一人民医院", [SPECIALTY], YZ,
     "alliance"),
    (SITE, "c2", "扬州市胸痛专科联盟召开年会", "联盟成员单位增至35家。", "2020-04-01", "扬州市第一人民医院", [SPECIALTY], YZ, "alliance"),
    (SITE, "t1", "我院胸痛中心通过认证", "我院是扬州市胸痛专科联盟成员单位。", "2021-05-01", None, [], YZ, "other"),  # in passing
    (SITE, "t2", "扬州市胸痛专科联盟举办基层医生胸痛识别培训", "培训持续两天。", "2021-06-01", None, [], YZ, "other"),
]


def _url(site: Source, path: str) -> str:
    return f"{site.start_urls[0]}{path}.html"


def _document(page) -> dict:
    site, path, title, body, date, lead, forms, region, label = page
    article = Article(url=_url(site, path), title=title, body=body, published_at=date, lead_organization=lead,
                      alliance_forms=forms, region=region, relevance={"label": label, "score": 0.9})
    return to_document(article, site, datetime(2024, 6, 1, tzinfo=timezone.utc))


def test_news_called_irrelevant_joins_only_the_aid_its_publisher_runs_there_or_the_alliance_its_title_names(es_client, es_alias):
    ensure_index(es_client, es_alias)
    stats = index_documents(es_client, map(_document, PAGES), alias=es_alias, refresh=True)
    assert stats.failed == 0, stats.errors
    built = rebuild_registry(es_client, es_alias)
    assert (built["alliances"], built["announcements"], built["announcements_read"]) == (2, 6, 8)
    hits = es_client.search(index=registry_alias(es_alias), query={"match_all": {}})["hits"]["hits"]
    ids = {page[1]: article_id(_url(page[0], page[1])) for page in PAGES}
    grouped = {hit["_source"]["name"]: set(hit["_source"]["announcement_ids"]) for hit in hits}
    assert grouped == {"扬州市胸痛专科联盟": {ids["c1"], ids["c2"], ids["t2"]},
                       "四川省人民医院 对口帮扶 色达县": {ids["p1"], ids["p2"], ids["p3"]}}
