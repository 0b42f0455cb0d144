"""The API against a real Elasticsearch: a small corpus indexed through indexer.bulk, queried via TestClient.

The corpus is built from ``Article`` records the way the crawl builds them (``to_document``), so the
API is tested on the real mapping (one token per Han character) and the real document contract.
Expected counts are derived from the corpus itself, not typed in.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import pytest
from fastapi.testclient import TestClient

from indexer.bulk import index_documents
from indexer.document import to_document
from indexer.lifecycle import ensure_index
from search_api import export
from search_api.app import create_app
from search_api.models import ExportParams
from search_api.provinces import canonical_province
from search_api.queries import build_export
from search_api.synonyms import variants
from yilian.records import Article, EncodingReport, Region, article_id
from yilian.settings import Settings
from yilian.sources import Source

pytestmark = pytest.mark.es

CRAWLED = datetime(2024, 6, 1, 8, 0, tzinfo=timezone.utc)


def _source(sid: str, name: str, kind: str, province: str, city: str | None = None, county: str | None = None) -> Source:
    return Source(id=sid, name=name, kind=kind, province=province, city=city, county=county, start_urls=[f"https://{sid}.example.cn/news/"])


LUOHE = _source("lhzx", "漯河市中心医院", "hospital", "河南省", "漯河市")
ZHENGZHOU = _source("zzwjw", "郑州市卫生健康委员会", "health_commission", "河南省", "郑州市")
XIAOGAN = _source("xgzx", "孝感市中心医院", "hospital", "湖北省", "孝感市")
WENZHOU = _source("wzey", "温州医科大学附属第二医院", "hospital", "浙江省", "温州市")
PANJIN = _source("pjzf", "盘锦市人民政府", "government", "辽宁省", "盘锦市")
SHIJIAZHUANG = _source("sjzwy", "石家庄市第五医院", "hospital", "河北省", "石家庄市")
FUZHOU = _source("fzxh", "福州市第一医院", "hospital", "福建", "福州")  # configured with short names


@dataclass
class Page:
    """One corpus page: the article and the source that published it."""

    source: Source
    path: str
    title: str
    body: str
    published_at: str | None
    region: Region = field(default_factory=Region)
    label: str = "alliance"
    original: tuple[str, str] | None = None  # (title, body) in Traditional script when the page was
    damage: list[dict[str, Any]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    repost_of: str | None = None  # path of the canonical copy, as a dedup pass would record it

    def article(self) -> Article:
        title, body = self.original or (self.title, self.body)
        return Article(
            url=f"https://{self.source.id}.example.cn/{self.path}",
            title=title,
            body=body,
            title_simplified=self.title,
            body_simplified=self.body,
            script="zh-Hant" if self.original else "zh-Hans",
            published_at=self.published_at,
            encoding=EncodingReport(header="gbk", used="gb18030", confidence=0.93),
            region=self.region,
            damage=self.damage,
            alliance_forms=self.forms,
            event_types=self.events,
            relevance={"label": self.label, "score": 0.9 if self.label == "alliance" else 0.1},
        )


CORPUS = [
    Page(LUOHE, "news/2021/0512/101.html", "我院与郾城区人民医院签订紧密型医联体合作协议",
         "5月12日上午，我院与郾城区人民医院紧密型医联体签约仪式在门诊楼三楼会议室举行。\n"
         "根据协议，医联体内将实行专家定期坐诊、检查结果互认和双向转诊绿色通道，提升基层服务能力。",
         "2021-05-12", forms=["紧密型医联体"], events=["签约"]),
    Page(LUOHE, "news/2021/0603/117.html", "心内科专家赴舞阳县开展帮扶义诊",
         "6月3日，心内科主任带队前往舞阳县人民医院开展义诊和教学查房。\n"
         "此次活动是落实医联体帮扶工作的具体举措，当天共接诊群众一百二十余人次。",
         "2021-06-03", region=Region(province="河南省", city="漯河市", county="舞阳县"), events=["帮扶"]),
    Page(LUOHE, "news/2021/0513/104.html", "我院隆重召开护士节表彰大会",
         "为庆祝“5·12”国际护士节，我院召开表彰大会，对二十名优秀护士进行表彰。", "2021-05-13", label="other"),
    Page(ZHENGZHOU, "xwzx/2022/0315/88.html", "全市县域医共体建设推进会召开",
         "3月15日，市卫生健康委召开县域医共体建设推进会。\n会议要求各县（市）加快医共体内人员、财务、药品统一管理。",
         "2022-03-15", forms=["县域医共体"], events=["会议"]),
    Page(ZHENGZHOU, "xwzx/2022/0401/93.html", "市第一人民医院联合社区开展免费健康体检活动",
         "4月1日，市第一人民医院联合辖区社区卫生服务中心为六十岁以上老人开展免费健康体检。",
         "2022-04-01", label="unknown"),
    Page(XIAOGAN, "yydt/2021/0520/55.html", "孝感市中心医院第六届医联体峰会在孝昌县召开",
         "5月20日，孝感市中心医院第六届医联体峰会在孝昌县召开，来自医联体成员单位的代表一百五十余人参会。",
         "2021-05-20", region=Region(province="湖北省", city="孝感市", county="孝昌县"), events=["会议"]),
    Page(WENZHOU, "news/2021/1108/9.html", "温医大附二院与丽水市共建儿科专科联盟",
         "11月8日，我院与丽水市人民医院签署儿科专科联盟协议，双方将在疑难病例会诊和人才培养方面深度合作。",
         "2021-11-08", region=Region(province="浙江省", city="丽水市"),
         original=("溫醫大附二院與麗水市共建兒科專科聯盟",
                   "11月8日，我院與麗水市人民醫院簽署兒科專科聯盟協議，雙方將在疑難病例會診和人才培養方面深度合作。"),
         forms=["专科联盟"], events=["签约"]),
    Page(PANJIN, "zwgk/2021/0517/2021-054.html", "盛京医院与建昌县签订帮扶协议",
         "5月9日，中国医科大学附属盛京医院与建昌县人民政府签订协议，以医联体方式帮扶建昌县人民医院提升诊疗水平。",
         "2021-05-17", region=Region(province="辽宁省", city="葫芦岛市", county="建昌县"), events=["签约", "帮扶"]),
    Page(SHIJIAZHUANG, "yyxw/2020/1201/31.html", "我院牵头成立感染性疾病专科联盟",
         "12月1日，由我院牵头的感染性疾病专科联盟成立，首批成员单位二十八家。\n部分成员单位名单因原网页编码损坏无法显示。",
         "2020-12-01", damage=[{"where": "body", "kind": "gbk_out_of_step", "length": 14}], forms=["专科联盟"], events=["成立"]),
    Page(ZHENGZHOU, "zxdt/2021/0514/61.html", "漯河市中心医院与郾城区人民医院签订紧密型医联体合作协议",
         "5月12日上午，漯河市中心医院与郾城区人民医院紧密型医联体签约仪式在门诊楼三楼会议室举行。\n"
         "根据协议，医联体内将实行专家定期坐诊、检查结果互认和双向转诊绿色通道，提升基层服务能力。",
         "2021-05-14", region=Region(province="河南省", city="漯河市"), forms=["紧密型医联体"], events=["签约"],
         repost_of="news/2021/0512/101.html"),
    Page(FUZHOU, "news/2021/0910/12.html", "我院医疗队赴宁夏固原开展闽宁协作帮扶",
         "9月10日，我院第五批闽宁协作医疗队抵达固原市人民医院，开展为期半年的帮扶。",
         "2021-09-10", region=Region(province="宁夏回族自治区", city="固原市"), forms=["对口帮扶/托管"], events=["帮扶"]),
    Page(ZHENGZHOU, "xwzx/2023/0210/120.html", "市卫生健康委部署医疗联合体网格化布局工作",
         "2月10日，市卫生健康委召开专题会议，部署城市医疗联合体网格化布局，推进县域医疗卫生共同体提质增效。",
         "2023-02-10", forms=["城市医疗集团"], events=["会议"]),
]


def _document(page: Page) -> dict[str, Any]:
    document = to_document(page.article(), page.source, CRAWLED)
    if page.repost_of:
        canonical = next(p for p in CORPUS if p.path == page.repost_of)
        document.update(dup_group=article_id(canonical.article().url), is_canonical=False)
    return document


def _visible(page: Page) -> bool:
    """Shown by default: everything not judged irrelevant, one copy per reposted story."""
    return page.label != "other" and not page.repost_of


@pytest.fixture
def api(es_client, es_alias, es_url) -> TestClient:
    ensure_index(es_client, es_alias)
    stats = index_documents(es_client, map(_document, CORPUS), alias=es_alias, refresh=True)
    assert stats.failed == 0, stats.errors
    return TestClient(create_app(Settings(ES_URL=es_url, YILIAN_INDEX=es_alias)))


def _search(api: TestClient, **params: Any) -> dict[str, Any]:
    response = api.get("/api/search", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _facet(result: dict[str, Any], name: str) -> dict[str, int]:
    return {bucket["value"]: bucket["count"] for bucket in result["facets"][name]}


def _stored(api: TestClient, hit_id: str) -> dict[str, Any]:
    return api.get(f"/api/articles/{hit_id}").json()


def _containing(*phrases: str) -> set[str]:
    return {article_id(p.article().url) for p in CORPUS if _visible(p) and any(x in p.title + p.body for x in phrases)}


def _ids(result: dict[str, Any]) -> set[str]:
    return {hit["id"] for hit in result["hits"]}


def test_chinese_keyword_finds_the_phrase_not_its_scattered_characters(api):
    result = _search(api, q="医联体", size=50)
    expected = _containing(*variants("医联体"))
    assert {hit["id"] for hit in result["hits"]} == expected
    assert result["total"] == len(expected)


def test_title_matches_rank_above_body_only_matches(api):
    titles = [hit["title"] for hit in _search(api, q="医联体")["hits"]]
    in_title = [any(name in title for name in variants("医联体")) for title in titles]
    assert in_title == sorted(in_title, reverse=True) and any(in_title) and not all(in_title)


def test_several_words_must_all_match(api):
    hits = _search(api, q="医联体 签约")["hits"]
    assert hits
    for hit in hits:
        text = hit["title"] + _stored(api, hit["id"])["body"]
        assert "医联体" in text and "签约" in text


def test_long_unspaced_query_ranks_the_verbatim_page_first(api):
    query = "县域医共体建设推进"
    hits = _search(api, q=query)["hits"]
    verbatim = [p.title for p in CORPUS if query in p.title + p.body]
    assert verbatim and hits[0]["title"] == verbatim[0]
    assert all("医共体" in hit["title"] + _stored(api, hit["id"])["body"] for hit in hits)


def test_highlight_marks_the_query_in_body_snippets(api):
    hit = next(hit for hit in _search(api, q="医联体")["hits"] if "医联体" in hit["title"])
    assert any("<em>医联体</em>" in snippet for snippet in hit["highlight"])
    assert "<em>医联体</em>" in hit["title_highlight"]


def test_traditional_query_finds_the_simplified_index(api):
    titles = [hit["title"] for hit in _search(api, q="專科聯盟")["hits"]]
    assert titles and all("专科联盟" in title for title in titles)
    assert len(titles) == sum("专科联盟" in p.title + p.body for p in CORPUS if _visible(p))


def test_province_filter_accepts_the_short_name(api):
    result = _search(api, province="河南")
    assert {hit["province"] for hit in result["hits"]} == {"河南省"}
    assert result["total"] == sum(1 for p in CORPUS if _visible(p) and (p.region.province or p.source.province) == "河南省")


def _publisher_province(page: Page) -> str:
    return canonical_province(page.source.province)


def test_publisher_region_filters_apart_from_the_event_region(api):
    """What did Fujian's hospitals announce about aid elsewhere? The publisher's place, not the event's."""
    everything = _search(api)
    fujian = _search(api, publisher_province="福建")
    expected = [p for p in CORPUS if _visible(p) and _publisher_province(p) == "福建省"]
    assert expected and fujian["total"] == len(expected)
    assert {hit["publisher_province"] for hit in fujian["hits"]} == {"福建省"}
    assert {hit["publisher_city"] for hit in fujian["hits"]} == {"福州市"}  # configured as 福州
    assert {hit["province"] for hit in fujian["hits"]} == {p.region.province for p in expected} == {"宁夏回族自治区"}
    # the publisher facet counts with every other filter but its own, the event facet follows it
    assert _facet(fujian, "publisher_province") == _facet(everything, "publisher_province")
    assert _facet(everything, "publisher_province")["福建省"] == len(expected)
    assert _facet(fujian, "province") == {"宁夏回族自治区": len(expected)}
    assert sum(_facet(everything, "publisher_province").values()) == everything["total"]
    luohe = _search(api, publisher_city="漯河")
    assert luohe["total"] == sum(1 for p in CORPUS if _visible(p) and p.source is LUOHE)
    assert _facet(luohe, "publisher_city") == _facet(everything, "publisher_city")
    henan = _search(api, publisher_province="河南")
    assert henan["total"] == sum(1 for p in CORPUS if _visible(p) and _publisher_province(p) == "河南省")


def test_publisher_region_filters_the_export_and_the_feed(api):
    from xml.etree import ElementTree as ET

    lines = [json.loads(line) for line in api.get(
        "/api/search/export", params={"format": "jsonl", "publisher_province": "福建省"}).text.splitlines()]
    assert lines and {line["publisher_province"] for line in lines} == {"福建省"}
    assert {line["province"] for line in lines} == {"宁夏回族自治区"}
    feed = ET.fromstring(api.get("/api/search/feed", params={"publisher_province": "福建"}).content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    links = [entry.find("a:link", ns).get("href") for entry in feed.findall("a:entry", ns)]
    assert links == [hit["url"] for hit in _search(api, publisher_province="福建", sort="date")["hits"]]
    assert "福建省" in feed.find("a:title", ns).text
    assert api.get("/api/search/export", params={"publisher_province": "火星"}).status_code == 422


def test_date_range_is_inclusive(api):
    result = _search(api, date_from="2021-05-12", date_to="2021-05-31")
    dates = [hit["published_at"] for hit in result["hits"]]
    assert dates and all("2021-05-12" <= d <= "2021-05-31" for d in dates)
    assert result["total"] == sum(1 for p in CORPUS if _visible(p) and "2021-05-12" <= p.published_at <= "2021-05-31")


def test_facets_count_with_the_other_filters_but_not_their_own(api):
    unfiltered = _search(api)
    henan = _search(api, province="河南省")
    # the province facet ignores the province filter: every province stays visible and clickable
    assert _facet(henan, "province") == _facet(unfiltered, "province")
    assert len(_facet(henan, "province")) > 1
    # city and month facets follow the province filter
    assert set(_facet(henan, "city")) == {"漯河市", "郑州市"}
    assert _facet(henan, "county") == {"舞阳县": 1}
    assert sum(_facet(henan, "month").values()) == henan["total"]
    # and a date range narrows the province counts, not the month counts
    may = _search(api, province="河南省", date_from="2021-05-01", date_to="2021-05-31")
    assert _facet(may, "month") == _facet(henan, "month")
    assert sum(_facet(may, "province").values()) == _search(api, date_from="2021-05-01", date_to="2021-05-31")["total"]
    assert may["total"] == _facet(may, "province")["河南省"]


def test_month_facet_is_year_month(api):
    months = _facet(_search(api), "month")
    assert months and all(len(month) == 7 and month[4] == "-" for month in months)
    assert months.get("2021-05") == sum(1 for p in CORPUS if _visible(p) and p.published_at.startswith("2021-05"))


def test_without_query_results_are_newest_first(api):
    result = _search(api)
    assert result["sort"] == "date"
    dates = [hit["published_at"] for hit in result["hits"]]
    assert dates == sorted(dates, reverse=True)


def test_irrelevant_pages_only_with_include_all(api):
    title = next(p.title for p in CORPUS if p.label == "other")
    assert title not in [hit["title"] for hit in _search(api, size=50)["hits"]]
    assert title in [hit["title"] for hit in _search(api, size=50, include_all=True)["hits"]]


def test_collapse_shows_a_reposted_story_once(api):
    repost = next(p for p in CORPUS if p.repost_of)
    everything, collapsed = _search(api, q="医联体", collapse=False), _search(api, q="医联体")
    assert repost.title in [hit["title"] for hit in everything["hits"]]
    assert repost.title not in [hit["title"] for hit in collapsed["hits"]]
    assert collapsed["total"] == everything["total"] - 1
    assert sum(_facet(collapsed, "province").values()) == collapsed["total"]


def test_paging_walks_through_all_hits_once(api):
    first, second = _search(api, size=4, page=1), _search(api, size=4, page=2)
    ids = [hit["id"] for hit in first["hits"] + second["hits"]]
    assert len(ids) == len(set(ids)) == min(8, first["total"])


def test_damaged_flag_reaches_the_results(api):
    hits = _search(api, q="感染性疾病")["hits"]
    assert hits and hits[0]["damaged"] is True


def test_article_has_original_and_simplified_text(api):
    page = next(p for p in CORPUS if p.original)
    response = api.get(f"/api/articles/{article_id(page.article().url)}")
    assert response.status_code == 200
    article = response.json()
    assert article["title"] == page.title and article["title_original"] == page.original[0]
    assert article["body_original"] == page.original[1]
    assert article["encoding"]["used"] == "gb18030" and article["source_name"] == WENZHOU.name
    assert article["region"]["basis"] == "event"


def test_missing_article_is_404_with_a_message(api):
    response = api.get("/api/articles/0000000000000000dead")
    assert response.status_code == 404
    assert "0000000000000000dead" in response.json()["detail"]


def test_healthz_reports_the_alias_document_count(api):
    response = api.get("/healthz")
    assert response.status_code == 200
    assert response.json()["documents"] == len(CORPUS)


def test_export_streams_every_hit_as_csv_and_jsonl(api):
    total = _search(api, q="医联体")["total"]
    rows = list(csv.DictReader(io.StringIO(api.get("/api/search/export", params={"q": "医联体", "format": "csv"}).text.lstrip("\ufeff"))))
    assert len(rows) == total and all(row["url"].startswith("https://") for row in rows)
    response = api.get("/api/search/export", params={"q": "医联体", "format": "jsonl", "province": "河南"})
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert lines and {line["province"] for line in lines} == {"河南省"}


def test_export_pages_through_the_point_in_time_without_repeats(api, es_client, es_alias):
    params = ExportParams(include_all=True, collapse=False)
    stream = export.iter_documents(es_client, export.open_pit(es_client, es_alias), build_export(params, batch=3))
    documents = list(itertools.islice(stream, len(CORPUS) + 3))  # a paging bug repeats instead of hanging
    assert len(documents) == len({document["id"] for document in documents}) == len(CORPUS)


def test_missing_index_is_503_with_a_message(es_url):
    client = TestClient(create_app(Settings(ES_URL=es_url, YILIAN_INDEX="yilian-test-never-created")))
    response = client.get("/api/search", params={"q": "医联体"})
    assert response.status_code == 503 and "does not exist" in response.json()["detail"]
    assert client.get("/healthz").status_code == 503


def test_atom_feed_follows_a_topic_newest_first(api):
    from xml.etree import ElementTree as ET

    response = api.get("/api/search/feed", params={"q": "医联体"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(response.content)
    entries = feed.findall("a:entry", ns)
    expected = _search(api, q="医联体", sort="date", size=50)["hits"]
    assert [e.find("a:link", ns).get("href") for e in entries] == [hit["url"] for hit in expected]
    assert "医联体" in feed.find("a:title", ns).text
    assert api.get("/api/search/feed", params={"date_from": "2021-13-40"}).status_code == 422


HOSTILE_TITLES = ["=HYPERLINK(\"http://evil.example/\",\"点击\")", "+1+2 医联体", "-2+3 医联体", "@SUM(1) 医联体",
                  "\t=1 医联体", "\r=1 医联体"]


def test_csv_export_neutralises_cells_a_spreadsheet_would_run_as_formulas(api, es_client, es_alias):
    """OWASP CSV injection: a cell starting with = + - @ tab or CR gets a leading ', every cell is quoted."""
    docs = [{**_document(CORPUS[0]), "id": f"hostile-{n}", "url": f"https://evil.example/{n}.html", "title": title}
            for n, title in enumerate(HOSTILE_TITLES)]
    assert index_documents(es_client, docs, alias=es_alias, refresh=True).failed == 0
    text = api.get("/api/search/export", params={"format": "csv", "include_all": "true", "collapse": "false"}).text
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))}
    for n, title in enumerate(HOSTILE_TITLES):
        assert rows[f"hostile-{n}"]["title"] == "'" + title
    plain = rows[_document(CORPUS[1])["id"]]
    assert plain["title"] == CORPUS[1].title and plain["url"].startswith("https://")  # good text untouched
    assert text.lstrip("\ufeff").startswith('"id","url"')


def test_atom_feed_stays_well_formed_xml_whatever_the_query_and_titles_hold(api, es_client, es_alias):
    from xml.etree import ElementTree as ET

    doc = {**_document(CORPUS[0]), "id": "control-chars", "url": "https://evil.example/c.html",
           "title": "医联体\x0b成立\x1f大会\ufffe"}
    assert index_documents(es_client, [doc], alias=es_alias, refresh=True).failed == 0
    for q in ["医联体\x00", "医联体\ufffe", "\x01医联体\x08"]:
        response = api.get("/api/search/feed", params={"q": q, "include_all": "true"})
        assert response.status_code == 200, response.text
        feed = ET.fromstring(response.content)  # raises on a character XML forbids
        ns = {"a": "http://www.w3.org/2005/Atom"}
        assert feed.find("a:title", ns).text == "医联 · 医联体"
        titles = [e.find("a:title", ns).text for e in feed.findall("a:entry", ns)]
        assert "医联体成立大会" in titles


def test_synonyms_find_the_other_name_of_a_concept_in_either_script(api):
    long_name = {article_id(p.article().url) for p in CORPUS if _visible(p) and "医疗联合体" in p.body}
    assert long_name and long_name <= _ids(_search(api, q="医联体", size=50))
    short_name = _containing("医联体") - long_name
    assert short_name and short_name <= _ids(_search(api, q="醫療聯合體", size=50))
    assert _ids(_search(api, q="医共体", size=50)) == _containing(*variants("医共体"))


def test_or_not_and_minus_combine_as_written(api):
    either = _ids(_search(api, q="签约 OR 峰会", size=50))
    assert either == _containing("签约") | _containing("峰会") and _containing("峰会")
    without = _ids(_search(api, q="医联体 NOT 签约", size=50))
    assert without == _containing(*variants("医联体")) - _containing("签约") and without
    assert _ids(_search(api, q="医联体 -签约", size=50)) == without
    grouped = _ids(_search(api, q="(签约 OR 峰会) AND 医联体", size=50))
    assert grouped == (_containing("签约") | _containing("峰会")) & _containing(*variants("医联体"))


def test_quoted_phrase_keeps_its_words_together(api):
    assert _ids(_search(api, q='"医联体峰会"', size=50)) == _containing("医联体峰会")
    assert _ids(_search(api, q="“医联体 峰会”", size=50)) == _containing("医联体峰会")  # Chinese quotes, inner space


def test_title_and_source_fields(api):
    in_title = _ids(_search(api, q="title:医联体", size=50))
    names = variants("医联体")
    assert in_title == {article_id(p.article().url) for p in CORPUS if _visible(p) and any(n in p.title for n in names)}
    assert in_title < _containing(*names)
    assert _ids(_search(api, q="标题:医联体", size=50)) == in_title
    from_xiaogan = _ids(_search(api, q="source:孝感", size=50))
    assert from_xiaogan == {article_id(p.article().url) for p in CORPUS if _visible(p) and p.source is XIAOGAN}
    assert _ids(_search(api, q="来源:孝感 医联体", size=50)) == from_xiaogan & _containing("医联体")


@pytest.mark.parametrize(("query", "words"), [
    ("医联体 AND", "AND/OR/NOT"), ("(签约 OR 揭牌", "parenthesis"), ('"医联体', "quote"),
    ("作者:张三", "title:"), ("医联体~2", "not supported"), ("[2020 TO 2021]", "not supported"),
    ("医联体~.", "not supported"), ('"医联体"~.', "not supported"), ("医联体^.5x", "not supported"),
])
def test_bad_query_syntax_is_422_with_a_message(api, query, words):
    response = api.get("/api/search", params={"q": query})
    assert response.status_code == 422 and words in response.json()["detail"]
    assert api.get("/api/search/export", params={"q": query}).status_code == 422


def _trends(api: TestClient, **params: Any) -> dict[str, Any]:
    response = api.get("/api/trends", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_trends_count_per_month_without_gaps(api):
    result = _trends(api)
    visible = [p for p in CORPUS if _visible(p)]
    counts = {b["key"]: b["count"] for b in result["buckets"]}
    months = sorted({p.published_at[:7] for p in visible})
    assert list(counts)[0] == months[0] and list(counts)[-1] == months[-1]
    assert len(counts) == (int(months[-1][:4]) - int(months[0][:4])) * 12 + int(months[-1][5:]) - int(months[0][5:]) + 1
    assert {k: v for k, v in counts.items() if v} == {m: sum(p.published_at[:7] == m for p in visible) for m in months}
    assert result["total"] == len(visible) and result["undated"] == 0


def test_trends_by_quarter_split_by_event_type_follow_the_filters(api):
    result = _trends(api, interval="quarter", split="event_type", province="河南")
    henan = [p for p in CORPUS if _visible(p) and (p.region.province or p.source.province) == "河南省"]
    q2 = next(b for b in result["buckets"] if b["key"] == "2021-Q2")
    assert (q2["start"], q2["end"]) == ("2021-04-01", "2021-06-30")
    in_q2 = [p for p in henan if "2021-04-01" <= p.published_at <= "2021-06-30"]
    assert q2["count"] == len(in_q2)
    expected = {e: sum(e in p.events for p in in_q2) for p in in_q2 for e in p.events}
    if any(not p.events for p in in_q2):
        expected["未标注"] = sum(not p.events for p in in_q2)
    assert q2["split"] == expected
    assert set(result["series"]) >= set(expected)


def test_trends_cover_the_requested_range_by_year(api):
    result = _trends(api, interval="year", date_from="2019-01-01", date_to="2024-12-31")
    assert [b["key"] for b in result["buckets"]] == [str(y) for y in range(2019, 2025)]
    assert result["buckets"][0]["count"] == 0 and sum(b["count"] for b in result["buckets"]) == result["total"]
    assert api.get("/api/trends", params={"interval": "week"}).status_code == 422
    assert api.get("/api/trends", params={"split": "author"}).status_code == 422


def test_trends_over_a_range_with_no_practical_limit_show_the_months_found(api):
    """date_to=9999-12-31 means "no upper limit": the answer is the data's months, not 95,000 empty ones."""
    bounded = _trends(api)
    for params in ({"date_from": "1000-01-01", "date_to": "9999-12-31"}, {"date_to": "4069-05-15", "split": "province"},
                   {"date_from": "0001-01-01"}):
        result = _trends(api, **params)
        assert [b["key"] for b in result["buckets"]] == [b["key"] for b in bounded["buckets"]], params
        assert result["total"] == bounded["total"]


def test_trends_whose_dates_span_too_many_buckets_are_422_with_a_message(api, es_client, es_alias):
    """Misparsed dates 10,000 years apart: Elasticsearch refuses the month histogram; the user is told why."""
    for number, day in enumerate(("0001-01-01", "9999-12-01")):
        document = {**_document(CORPUS[0]), "published_at": day}
        es_client.index(index=es_alias, id=f"far-{number}", document=document, refresh=True)
    response = api.get("/api/trends")
    assert response.status_code == 422 and "coarser interval" in response.json()["detail"]
    years = _trends(api, interval="year")
    assert years["buckets"][0]["key"] == "1" and years["buckets"][-1]["key"] == "9999"


def test_provinces_list_official_and_short_names(api):
    provinces = api.get("/api/provinces").json()
    assert len(provinces) == 34 and {"name": "河南省", "short": "河南"} in provinces
    assert {"name": "广西壮族自治区", "short": "广西"} in provinces
