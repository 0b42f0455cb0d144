"""Repost grouping in a real Elasticsearch: band candidates, canonical choice, collapse in the API.

The copies are written the way portals repost: a channel prefix on the title, a new opening
paragraph, a later date and another publisher. Fingerprints come from yilian.clean.dedup, so the
test fails if the index-side search misses a pair the fingerprint says is a repost.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

import pytest
from fastapi.testclient import TestClient

from indexer.bulk import index_documents
from indexer.document import to_document
from indexer.lifecycle import ensure_index
from indexer.reposts import FingerprintTable, group_reposts_in_index
from search_api.app import create_app
from yilian.clean.dedup import BITS, MAX_DISTANCE, fingerprint, is_repost
from yilian.records import Article, Region, article_id
from yilian.settings import Settings
from yilian.sources import Source

pytestmark = pytest.mark.es

CRAWLED = datetime(2024, 6, 1, 8, 0, tzinfo=timezone.utc)
STORY = [
    "9月12日，省人民医院与凌源市人民政府在凌源市签署紧密型县域医共体帮扶协议，标志着双方合作进入新阶段。",
    "根据协议，省人民医院将派出由心血管内科、呼吸与危重症医学科、普通外科等八个学科骨干组成的专家团队常驻凌源，"
    "每名专家驻点时间不少于一年，重点帮助凌源市中心医院建设胸痛中心、卒中中心和创伤中心。",
    "医共体内将统一建设远程会诊平台和影像诊断中心，乡镇卫生院拍摄的影像资料由牵头医院在两小时内出具报告，"
    "疑难病例可通过双向转诊绿色通道直接转入省人民医院住院治疗。",
    "凌源市卫生健康局负责人介绍，帮扶期间全市十四家乡镇卫生院将分批选派医护人员到省人民医院进修学习，"
    "力争三年内实现常见病、多发病在县域内就诊率达到百分之九十以上。",
]
REPOST_OPENING = "近日，记者从凌源市卫生健康局获悉，省人民医院对口帮扶凌源市医共体建设工作全面启动，首批专家已经到岗。"
UNRELATED = [
    "为提升护理人员急救技能，医院护理部于本月组织开展心肺复苏技能竞赛，来自二十六个临床科室的五十二名护士参加比赛。",
    "比赛分为理论考试和实操考核两个环节，评委从操作流程、按压深度、按压频率和人文关怀等方面进行综合评分，"
    "最终评出一等奖两名、二等奖四名、三等奖六名。护理部表示今后将常态化开展各类技能培训和考核。",
]

NOTICE = [
    "因院区供电线路改造，门诊大楼将于本周六上午八时至十二时暂停供电，期间自助挂号机和缴费机停止使用。",
    "急诊、住院部和手术室由备用电源保障，不受影响。请需要就诊的市民合理安排时间，给您带来不便敬请谅解。",
]


def _source(sid: str, name: str, kind: str, province: str, city: str) -> Source:
    return Source(id=sid, name=name, kind=kind, province=province, city=city, start_urls=[f"https://{sid}.example.cn/"])


PROVINCIAL = _source("lnsrmyy", "辽宁省人民医院", "hospital", "辽宁省", "沈阳市")
PORTAL = _source("jkzglnpd", "健康中国辽宁频道", "government", "辽宁省", "沈阳市")
CITY = _source("lyzf", "凌源市人民政府", "government", "辽宁省", "朝阳市")
OTHER = _source("dlzx", "大连市中心医院", "hospital", "辽宁省", "大连市")


def _article(make_article, url: str, title: str, paragraphs: list[str], published_at: str) -> Article:
    body = "\n".join(paragraphs)
    article = make_article(
        url=url, title=title, title_simplified=title, body=body, body_simplified=body, published_at=published_at,
        region=Region(province="辽宁省", city="朝阳市", county="凌源市", code="211382", evidence=["title:凌源市"]),
        alliance_forms=["县域医共体"], event_types=["签约", "帮扶/下沉"], fingerprint=None,
    )
    return fingerprint(article)


@pytest.fixture
def story(make_article) -> dict[str, tuple[Article, Source]]:
    title = "省人民医院与凌源市签署县域医共体帮扶协议"
    return {
        "original": (_article(make_article, "https://lnsrmyy.example.cn/news/2023/0912/301.html", title, STORY,
                              "2023-09-12"), PROVINCIAL),
        "repost": (_article(make_article, "https://jkzglnpd.example.cn/xw/2023/0915/8812.html",
                            "[健康中国辽宁频道]" + title, [REPOST_OPENING, *STORY[1:]], "2023-09-15"), PORTAL),
        "unrelated": (_article(make_article, "https://dlzx.example.cn/hlb/2023/0913/77.html",
                               "护理部举办心肺复苏技能竞赛", UNRELATED, "2023-09-13"), OTHER),
        "late_repost": (_article(make_article, "https://lyzf.example.cn/zwdt/2023/0920/5531.html",
                                 "凌源市与省人民医院签署县域医共体帮扶协议", STORY[:3], "2023-09-20"), CITY),
    }


def _index(es_client, alias: str, pairs: list[tuple[Article, Source]]) -> list[str]:
    documents = [to_document(article, source, CRAWLED) for article, source in pairs]
    stats = index_documents(es_client, documents, alias=alias, refresh=True)
    assert stats.failed == 0, stats.errors
    return [document["id"] for document in documents]


def _stored(es_client, alias: str, article: Article) -> dict[str, Any]:
    return es_client.get(index=alias, id=article_id(article.url))["_source"]


@pytest.fixture
def grouped(es_client, es_alias, story) -> dict[str, Any]:
    """Original, repost and an unrelated article indexed in one batch and grouped."""
    ensure_index(es_client, es_alias)
    ids = _index(es_client, es_alias, [story["original"], story["repost"], story["unrelated"]])
    return group_reposts_in_index(es_client, es_alias, ids)


def test_the_edited_repost_joins_the_original_with_the_earliest_as_canonical(es_client, es_alias, story, grouped):
    original = _stored(es_client, es_alias, story["original"][0])
    repost = _stored(es_client, es_alias, story["repost"][0])
    unrelated = _stored(es_client, es_alias, story["unrelated"][0])
    assert original["dup_group"] == repost["dup_group"] == original["id"]
    assert original["is_canonical"] is True and repost["is_canonical"] is False
    assert unrelated["dup_group"] is None and unrelated["is_canonical"] is True and unrelated["also_published"] == []
    assert grouped["groups"] == 1 and grouped["grouped_documents"] == 2


def test_each_copy_lists_the_other_copies(es_client, es_alias, story, grouped):
    original = _stored(es_client, es_alias, story["original"][0])
    repost = _stored(es_client, es_alias, story["repost"][0])
    assert [(c["source_name"], c["url"], c["published_at"]) for c in original["also_published"]] == [
        (PORTAL.name, story["repost"][0].url, "2023-09-15")]
    assert [(c["source_name"], c["url"], c["title"]) for c in repost["also_published"]] == [
        (PROVINCIAL.name, story["original"][0].url, original["title"])]


def test_running_again_changes_nothing(es_client, es_alias, story, grouped):
    before = {key: _stored(es_client, es_alias, article) for key, (article, _) in story.items() if key != "late_repost"}
    again = group_reposts_in_index(es_client, es_alias, [doc["id"] for doc in before.values()])
    everything = group_reposts_in_index(es_client, es_alias)
    assert again["updated"] == everything["updated"] == 0
    assert (again["groups"], everything["groups"]) == (grouped["groups"], grouped["groups"])
    after = {key: _stored(es_client, es_alias, story[key][0]) for key in before}
    assert after == before


def test_a_repost_indexed_later_joins_the_existing_group(es_client, es_alias, story, grouped):
    (late_id,) = _index(es_client, es_alias, [story["late_repost"]])
    stats = group_reposts_in_index(es_client, es_alias, [late_id])
    copies = [_stored(es_client, es_alias, story[key][0]) for key in ("original", "repost", "late_repost")]
    assert {copy["dup_group"] for copy in copies} == {copies[0]["id"]}
    assert [copy["is_canonical"] for copy in copies] == [True, False, False]
    assert sorted(c["url"] for c in copies[0]["also_published"]) == sorted(story[k][0].url for k in ("repost", "late_repost"))
    assert stats["grouped_documents"] == 3


def test_an_earlier_copy_found_later_becomes_the_canonical(es_client, es_alias, story, make_article, grouped):
    article, source = story["late_repost"]
    earlier = fingerprint(_article(make_article, article.url, article.title, STORY[:3], "2023-09-11"))
    (earlier_id,) = _index(es_client, es_alias, [(earlier, source)])
    group_reposts_in_index(es_client, es_alias, [earlier_id])
    copies = [_stored(es_client, es_alias, a) for a in (earlier, story["original"][0], story["repost"][0])]
    assert {copy["dup_group"] for copy in copies} == {earlier_id}
    assert [copy["is_canonical"] for copy in copies] == [True, False, False]


def test_a_recrawled_copy_that_no_longer_matches_leaves_the_group(es_client, es_alias, story, make_article, grouped):
    article, source = story["repost"]
    rewritten = fingerprint(_article(make_article, article.url, article.title, NOTICE, article.published_at))
    (rewritten_id,) = _index(es_client, es_alias, [(rewritten, source)])
    group_reposts_in_index(es_client, es_alias, [rewritten_id])
    original, repost = _stored(es_client, es_alias, story["original"][0]), _stored(es_client, es_alias, rewritten)
    assert original["dup_group"] is None and original["also_published"] == [] and original["is_canonical"] is True
    assert repost["dup_group"] is None and repost["is_canonical"] is True


def test_a_crawl_finds_the_copy_another_crawl_indexed_after_it_read_the_fingerprints(es_client, es_alias, story):
    ensure_index(es_client, es_alias)
    table = FingerprintTable()  # one crawl's writer: the index's fingerprints are read with its first batch
    group_reposts_in_index(es_client, es_alias, _index(es_client, es_alias, [story["unrelated"]]), fingerprints=table)
    (original_id,) = _index(es_client, es_alias, [story["original"]])  # written by another process meanwhile
    (repost_id,) = _index(es_client, es_alias, [story["repost"]])
    stats = group_reposts_in_index(es_client, es_alias, [repost_id], fingerprints=table)
    original, repost = _stored(es_client, es_alias, story["original"][0]), _stored(es_client, es_alias, story["repost"][0])
    assert original["dup_group"] == repost["dup_group"] == original_id
    assert stats["groups"] == 1 and stats["grouped_documents"] == 2


def test_a_copy_within_the_distance_is_grouped_however_its_differences_are_spread(es_client, es_alias, story):
    """One bit changed in 60 of the 64 hex digits: a search for shared 4-bit bands (mapping versions 3-9) missed
    such copies; the fingerprint table compares whole fingerprints."""
    ensure_index(es_client, es_alias)
    (article, source), (other, other_source) = story["original"], story["unrelated"]
    digits = BITS // 4
    flipped = int(article.fingerprint, 16) ^ sum(1 << (4 * digit) for digit in range(digits - 4))
    copy = replace(other, fingerprint=f"{flipped:0{digits}x}")
    assert is_repost(article.fingerprint, copy.fingerprint) and digits - 4 <= MAX_DISTANCE
    ids = _index(es_client, es_alias, [(article, source), (copy, other_source)])
    group_reposts_in_index(es_client, es_alias, ids)
    assert {_stored(es_client, es_alias, a)["dup_group"] for a in (article, copy)} == {ids[0]}


@pytest.fixture
def api(es_client, es_alias, es_url, grouped) -> TestClient:
    return TestClient(create_app(Settings(ES_URL=es_url, YILIAN_INDEX=es_alias)))


def _search(api: TestClient, **params: Any) -> dict[str, Any]:
    response = api.get("/api/search", params={"include_all": "true", **params})
    assert response.status_code == 200, response.text
    return response.json()


def test_search_shows_one_hit_per_story_by_default_with_the_other_copies(api, story):
    result = _search(api, q="医共体")
    assert [hit["url"] for hit in result["hits"]] == [story["original"][0].url]
    (hit,) = result["hits"]
    assert hit["also_published_count"] == 1
    assert [(c["source_name"], c["url"]) for c in hit["also_published"]] == [(PORTAL.name, story["repost"][0].url)]
    assert sum(b["count"] for b in result["facets"]["province"]) == result["total"] == 1
    assert {b["value"]: b["count"] for b in result["facets"]["source_kind"]} == {"hospital": 1}


def test_collapse_false_shows_every_copy(api, story):
    result = _search(api, q="医共体", collapse="false")
    assert {hit["url"] for hit in result["hits"]} == {story["original"][0].url, story["repost"][0].url}
    assert sum(b["count"] for b in result["facets"]["province"]) == result["total"] == 2


def test_article_endpoint_shows_the_enrichment_with_its_evidence(api, story):
    article, source = story["repost"]
    shown = api.get(f"/api/articles/{article_id(article.url)}").json()
    assert shown["region"]["event"]["county"] == "凌源市" and shown["region"]["event"]["evidence"] == ["title:凌源市"]
    assert shown["region"]["publisher"]["city"] == source.city and shown["region"]["publisher"]["evidence"]
    assert shown["alliance_forms"] == ["县域医共体"] and shown["event_types"] == ["签约", "帮扶/下沉"]
    assert shown["lead_organization"] == article.lead_organization and shown["members"] == article.members
    assert shown["member_count"] == article.member_count
    assert (shown["relevance_label"], shown["relevance_score"]) == (article.relevance["label"], article.relevance["score"])
    assert shown["is_canonical"] is False and [c["url"] for c in shown["also_published"]] == [story["original"][0].url]
