"""The alliance registry end to end on a real Elasticsearch: index announcements, rebuild, query the API.

Announcements are cleaned-article records indexed through the product's own document contract;
the expected alliances follow from who leads what, written here once per alliance.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

import pytest
from fastapi.testclient import TestClient

from indexer.alliances import rebuild_registry
from indexer.bulk import index_documents
from indexer.document import to_document
from indexer.lifecycle import ensure_index
from search_api.app import create_app
from yilian.records import Article, Region, article_id
from yilian.registry import COUNTY_COMMUNITY, PAIRED, SPECIALTY
from yilian.settings import Settings
from yilian.sources import Source

pytestmark = pytest.mark.es
CRAWLED = datetime(2024, 6, 1, tzinfo=timezone.utc)
LUOHE = Source(id="lhzx", name="漯河市中心医院", kind="hospital", province="河南省", city="漯河市", start_urls=["https://lh.example.cn/"])
COMMISSION = Source(id="lhwjw", name="漯河市卫生健康委员会", kind="health_commission", province="河南省", city="漯河市",
                    start_urls=["https://lhwjw.example.cn/"])
WUYANG = Region(province="河南省", city="漯河市", county="舞阳县")
LH = Region(province="河南省", city="漯河市")

# (source, path, title, date, lead, forms, events, region, members, count, relevance, repost_of)
PAGES = [
    (LUOHE, "a1", "我院牵头成立漯河市胸痛专科联盟", "2019-04-10", "漯河市中心医院", [SPECIALTY], ["成立"], LH,
     ["舞阳县人民医院", "临颍县人民医院"], 21, "alliance", None),
    (COMMISSION, "a2", "漯河市胸痛专科联盟召开2020年学术年会", "2020-11-02", "漯河市中心医院", [SPECIALTY], ["会议/峰会"], LH,
     ["舞阳县人民医院", "郾城区人民医院"], 26, "alliance", None),
    (LUOHE, "a3", "市胸痛联盟专家赴舞阳县开展义诊", "2021-05-20", None, [SPECIALTY], ["义诊/巡诊"], WUYANG, [], None, "alliance", None),
    (LUOHE, "b1", "舞阳县人民医院医共体正式挂牌运行", "2019-12-01", "舞阳县人民医院", [COUNTY_COMMUNITY], ["成立", "揭牌"], WUYANG,
     ["北舞渡镇卫生院"], 14, "alliance", None),
    (COMMISSION, "b2", "舞阳县医共体2020年度工作总结", "2021-01-15", "舞阳县人民医院", [COUNTY_COMMUNITY], ["年度总结"], WUYANG,
     [], 14, "alliance", None),
    (COMMISSION, "c1", "郑州大学第一附属医院与舞阳县人民医院签订对口帮扶协议", "2020-03-03", "郑州大学第一附属医院", [PAIRED],
     ["签约"], WUYANG, ["舞阳县人民医院"], None, "alliance", None),
    (LUOHE, "x1", "我院举行新春团拜会", "2020-01-20", None, [], [], LH, [], None, "other", None),
    (COMMISSION, "r1", "我院牵头成立漯河市胸痛专科联盟", "2019-04-11", "漯河市中心医院", [SPECIALTY], ["成立"], LH, [], 21, "alliance", "a1"),
]


def _url(source: Source, path: str) -> str:
    return f"{source.start_urls[0]}{path}.html"


def _document(page) -> dict:
    source, path, title, date, lead, forms, events, region, members, count, label, repost_of = page
    body = f"{title}。" + ("成员单位包括" + "、".join(members) + "。" if members else "")
    article = Article(url=_url(source, path), title=title, body=body, published_at=date, lead_organization=lead,
                      alliance_forms=forms, event_types=events, region=region, members=members, member_count=count,
                      relevance={"label": label, "score": 0.9})
    doc = to_document(article, source, CRAWLED)
    if repost_of:
        doc.update(is_canonical=False, dup_group=article_id(_url(LUOHE, repost_of)))
    return doc


@pytest.fixture
def api(es_client, es_alias, es_url):
    ensure_index(es_client, es_alias)
    stats = index_documents(es_client, map(_document, PAGES), alias=es_alias, refresh=True)
    assert stats.failed == 0, stats.errors
    built = rebuild_registry(es_client, es_alias)
    return TestClient(create_app(Settings(ES_URL=es_url, YILIAN_INDEX=es_alias))), built


def _ids(*paths: str) -> set[str]:
    by_path = {page[1]: page for page in PAGES}
    return {article_id(_url(by_path[p][0], p)) for p in paths}


def _alliances(client: TestClient, **params) -> dict:
    response = client.get("/api/alliances", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_rebuild_groups_announcements_and_leaves_out_reposts_and_other_news(api):
    client, built = api
    assert built["alliances"] == 3 and built["announcements"] == 6 and built["announcements_read"] == 6
    result = _alliances(client)
    assert result["total"] == 3
    groups = {hit["name"]: hit for hit in result["hits"]}
    chest = groups["漯河市胸痛专科联盟"]
    assert (chest["lead"], chest["founded"], chest["announcement_count"], chest["member_count"]) == ("漯河市中心医院", "2019-04-10", 3, 26)
    assert result["hits"][0]["name"] == "漯河市胸痛专科联盟"  # most announcements first


def test_alliance_view_has_members_counts_and_timeline(api):
    client, _ = api
    chest = next(h for h in _alliances(client)["hits"] if h["lead"] == "漯河市中心医院")
    detail = client.get(f"/api/alliances/{chest['id']}").json()
    assert {m["name"]: m["first_seen"] for m in detail["members"]} == {
        "舞阳县人民医院": "2019-04-10", "临颍县人民医院": "2019-04-10", "郾城区人民医院": "2020-11-02"}
    assert [(c["date"], c["count"]) for c in detail["member_counts"]] == [("2019-04-10", 21), ("2020-11-02", 26)]
    assert [a["id"] for a in detail["announcements"]] == sorted(_ids("a1", "a2", "a3"), key=lambda i: {
        article_id(_url(LUOHE, "a1")): 0, article_id(_url(COMMISSION, "a2")): 1, article_id(_url(LUOHE, "a3")): 2}[i])
    assert detail["announcements"][2]["evidence"] == f"{SPECIALTY}@漯河市|胸痛"  # the lead-less one, placed by subject and city
    assert client.get("/api/alliances/doesnotexist").status_code == 404


def test_facets_and_filters(api):
    client, _ = api
    everything = _alliances(client)
    forms = {b["value"]: b["count"] for b in everything["facets"]["form"]}
    assert forms == {SPECIALTY: 1, COUNTY_COMMUNITY: 1, PAIRED: 1}
    years = {b["value"]: b["count"] for b in everything["facets"]["founded_year"]}
    assert years == {"2019": 2}  # the aid programme has no founding announcement
    county = _alliances(client, form=COUNTY_COMMUNITY)
    assert [h["name"] for h in county["hits"]] == ["舞阳县人民医院医共体"]
    assert {b["value"] for b in county["facets"]["form"]} == set(forms)  # its own facet ignores its filter
    assert _alliances(client, founded_year=2019, province="河南")["total"] == 2
    assert _alliances(client, lead="郑州大学第一附属医院")["hits"][0]["forms"] == [PAIRED]
    assert [h["name"] for h in _alliances(client, q="胸痛")["hits"]] == ["漯河市胸痛专科联盟"]
    assert client.get("/api/alliances", params={"province": "火星"}).status_code == 422


def test_organization_page_lists_what_it_leads_and_joins(api):
    client, _ = api
    org = client.get("/api/organizations/舞阳县人民医院").json()
    assert [a["forms"][0] for a in org["leads"]] == [COUNTY_COMMUNITY]
    assert {a["lead"] for a in org["joins"]} == {"漯河市中心医院", "郑州大学第一附属医院"}
    assert org["announcements"] == 5  # lead in b1 and b2, member in a1, a2 and c1


def test_article_view_links_its_alliance(api):
    client, _ = api
    article = client.get(f"/api/articles/{next(iter(_ids('a3')))}").json()
    assert article["alliance"]["name"] == "漯河市胸痛专科联盟"
    assert client.get(f"/api/articles/{next(iter(_ids('x1')))}").json()["alliance"] is None


def test_export_alliances_as_csv_with_bom_and_jsonl(api):
    client, _ = api
    response = client.get("/api/alliances/export", params={"format": "csv"})
    assert response.text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert len(rows) == 3 and {r["name"] for r in rows} >= {"漯河市胸痛专科联盟"}
    lines = [json.loads(line) for line in client.get("/api/alliances/export", params={"form": PAIRED}).text.splitlines()]
    assert [line["lead"] for line in lines] == ["郑州大学第一附属医院"]


def test_without_a_registry_the_api_says_how_to_build_it(es_url, es_client, es_alias):
    ensure_index(es_client, es_alias)
    client = TestClient(create_app(Settings(ES_URL=es_url, YILIAN_INDEX=es_alias)))
    response = client.get("/api/alliances")
    assert response.status_code == 503 and "yilian index alliances" in response.json()["detail"]
