"""Article -> document: the contract the search API reads, without Elasticsearch."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from indexer.document import to_document
from indexer.template import PROPERTIES
from yilian.records import Region, article_id
from yilian.sources import Source

CRAWLED = datetime(2024, 3, 16, 8, 0, tzinfo=timezone.utc)


def _source(**overrides) -> Source:
    fields = {
        "id": "lhzx",
        "name": "漯河市中心医院",
        "kind": "hospital",
        "province": "河南省",
        "city": "漯河市",
        "start_urls": ["https://www.example-hospital.cn/news/"],
    }
    fields.update(overrides)
    return Source(**fields)


def test_every_document_field_is_mapped_and_every_mapped_field_is_filled(make_article):
    doc = to_document(make_article(), _source(), CRAWLED)
    assert set(doc) == set(PROPERTIES)


def test_id_is_the_same_for_spellings_of_one_url(make_article):
    a = to_document(make_article(url="https://www.example-hospital.cn/show.php?id=7&cat=2"), None, CRAWLED)
    b = to_document(make_article(url="https://www.example-hospital.cn/show.php?cat=2&id=7#top"), None, CRAWLED)
    assert a["id"] == b["id"] == article_id("https://www.example-hospital.cn/show.php?id=7&cat=2")
    assert a["url"] != b["url"]  # the page's own URL is kept for display


def test_traditional_page_is_searchable_in_simplified_and_displayed_as_published(make_article):
    article = make_article(
        title="石家莊市第五醫院加入專科聯盟",
        title_simplified="石家庄市第五医院加入专科联盟",
        body="醫院與省級醫院簽約，共建專科聯盟。",
        body_simplified="医院与省级医院签约，共建专科联盟。",
        script="zh-Hant",
    )
    doc = to_document(article, None, CRAWLED)
    assert doc["title"] == "石家庄市第五医院加入专科联盟"
    assert doc["title_original"] == "石家莊市第五醫院加入專科聯盟"
    assert "专科联盟" in doc["body"] and "專科聯盟" in doc["body_original"]
    assert doc["script"] == "zh-Hant"


def test_facet_region_is_the_event_region_when_the_article_names_one(make_article):
    article = make_article(region=Region(province="辽宁省", city="葫芦岛市", county="建昌县", evidence=["建昌县"]))
    doc = to_document(article, _source(name="盘锦市人民政府", kind="government", province="辽宁省", city="盘锦市"), CRAWLED)
    assert (doc["province"], doc["city"], doc["county"]) == ("辽宁省", "葫芦岛市", "建昌县")
    assert (doc["publisher_province"], doc["publisher_city"]) == ("辽宁省", "盘锦市")
    assert doc["region"]["basis"] == "event" and doc["region"]["event"]["evidence"] == ["建昌县"]
    assert doc["source_kind"] == "government"


def test_facet_region_falls_back_to_the_configured_publisher(make_article):
    doc = to_document(make_article(region=Region()), _source(province="湖北省", city="孝感市"), CRAWLED)
    assert (doc["province"], doc["city"]) == ("湖北省", "孝感市")
    assert doc["region"]["basis"] == "publisher"


def test_publisher_region_is_stored_in_official_names_whatever_the_config_says(make_article):
    doc = to_document(make_article(region=Region()), _source(province="福建", city="福州"), CRAWLED)
    assert (doc["publisher_province"], doc["publisher_city"]) == ("福建省", "福州市")
    assert (doc["province"], doc["city"]) == ("福建省", "福州市")


def test_without_a_source_the_pages_own_publisher_guess_is_used(make_article):
    article = make_article(region=Region(), publisher_region=Region(province="浙江省", city="温州市"))
    doc = to_document(article, None, CRAWLED)
    assert (doc["province"], doc["city"]) == ("浙江省", "温州市")
    assert doc["source_id"] is None and doc["source_kind"] is None


def test_a_national_news_publisher_has_no_place_of_its_own(make_article):
    """A newspaper with no province configured: the event's place is the article's, the publisher's none,
    so the publisher facet has no bucket for it rather than a wrong one."""
    article = make_article(region=Region(province="甘肃省", city="定西市", county="渭源县"), publisher_region=Region())
    doc = to_document(article, _source(id="jkb", name="健康报", kind="news", province=None, city=None), CRAWLED)
    assert (doc["province"], doc["county"]) == ("甘肃省", "渭源县")
    assert doc["publisher_province"] is None and doc["publisher_city"] is None
    assert doc["source_kind"] == "news"
    doc = to_document(make_article(region=Region(), publisher_region=Region()),
                      _source(id="jkb", name="健康报", kind="news", province=None, city=None), CRAWLED)
    assert doc["province"] is None and doc["publisher_province"] is None


def test_blank_metadata_becomes_null_so_facets_have_no_empty_bucket(make_article):
    doc = to_document(make_article(author="", editor="  ", issuer=""), None, CRAWLED)
    assert doc["author"] is None and doc["editor"] is None and doc["issuer"] is None


def test_month_follows_the_publication_date(make_article):
    assert to_document(make_article(published_at="2023-11-08"), None, CRAWLED)["month"] == "2023-11"
    assert to_document(make_article(published_at=None), None, CRAWLED)["month"] is None


def test_impossible_date_is_dropped_and_flagged_not_fatal(make_article):
    # a typo on the page ("8月11市日") can make the extractor produce a date that does not exist
    doc = to_document(make_article(published_at="2021-02-30", flags=["title_from_body"]), None, CRAWLED)
    assert doc["published_at"] is None and doc["month"] is None
    assert doc["flags"] == ["title_from_body", "bad_published_at"]
    assert doc["damaged"] is True


def test_unrecoverable_damage_marks_the_document(make_article):
    clean = to_document(make_article(), None, CRAWLED)
    damaged = to_document(make_article(damage=[{"where": "body", "text": "??坡"}]), None, CRAWLED)
    assert clean["damaged"] is False and damaged["damaged"] is True


def test_crawl_time_is_stored_in_utc(make_article):
    beijing = timezone(timedelta(hours=8))
    doc = to_document(make_article(), None, datetime(2024, 3, 16, 16, 0, tzinfo=beijing))
    assert doc["crawled_at"] == "2024-03-16T08:00:00+00:00"


def test_encoding_report_is_kept_for_diagnosis(make_article):
    doc = to_document(make_article(), None, CRAWLED)
    assert doc["encoding"]["header"] == "gbk" and doc["encoding"]["used"] == "gb18030"
    assert doc["relevance_label"] == "relevant" and doc["relevance_score"] == 0.92
