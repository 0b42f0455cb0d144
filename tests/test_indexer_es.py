"""The indexer against a real Elasticsearch: template, alias, reindex, overwrite, bulk errors, Chinese search."""

from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest
from elasticsearch import Elasticsearch

from indexer.bulk import RetryPolicy, index_documents
from indexer.client import get_client
from indexer.document import to_document
from indexer.lifecycle import LifecycleError, alias_indices, ensure_index, managed_indices, reindex, status
from indexer.spool import Spool
from indexer.template import MAPPING_VERSION
from indexer.writer import BulkWriter
from yilian.settings import Settings

pytestmark = pytest.mark.es
CRAWLED = datetime(2024, 3, 16, 8, 0, tzinfo=timezone.utc)

# (title, body): three alliance announcements, plus decoys that share the characters but not the phrase
PAGES = [
    ("县人民医院与乡镇卫生院组建县域医共体", "县域医共体建设启动，县人民医院作为牵头单位，统一管理十五家乡镇卫生院。"),
    ("市中心医院牵头成立城市医联体", "紧密型城市医联体成立大会召开，成员单位签署合作协议，推进分级诊疗。"),
    ("省儿童医院举行儿科专科联盟签约仪式", "儿科专科联盟吸纳二十三家县级医院，联盟内开展远程会诊和进修培训。"),
    ("医院开展职工健康体检", "医院联合体检中心为职工安排年度健康体检，体检项目包括血常规等。"),
    ("医联网络信息系统升级公告", "医院信息科对联网体系进行升级改造，期间门诊系统暂停服务两小时。"),
]


def _docs(make_article, pages=PAGES, stem="https://www.example-hospital.cn/news/{}.html"):
    return [
        to_document(make_article(url=stem.format(n), title=t, title_simplified=t, body=b, body_simplified=b), None, CRAWLED)
        for n, (t, b) in enumerate(pages)
    ]


def _count(client: Elasticsearch, alias: str) -> int:
    client.indices.refresh(index=alias)
    return client.count(index=alias)["count"]


def _titles(client: Elasticsearch, alias: str, query: dict) -> set[str]:
    hits = client.search(index=alias, query=query, size=50)["hits"]["hits"]
    return {hit["_source"]["title"] for hit in hits}


def test_setup_puts_template_and_points_alias_at_one_versioned_index(es_client, es_alias):
    index = ensure_index(es_client, es_alias)
    assert alias_indices(es_client, es_alias) == [index]
    assert index.startswith(f"{es_alias}-v{MAPPING_VERSION}-")
    mapping = es_client.indices.get_mapping(index=index)[index]["mappings"]
    assert mapping["dynamic"] == "strict"
    assert mapping["properties"]["body"]["analyzer"] == "zh_text"
    assert mapping["properties"]["province"]["type"] == "keyword"
    assert ensure_index(es_client, es_alias) == index  # idempotent: a second setup changes nothing
    assert managed_indices(es_client, es_alias) == [index]


def test_crawls_setting_up_one_new_alias_at_once_all_write_into_one_index(es_client, es_alias, make_article):
    """Several crawl processes (a shared crawl) starting on a new alias: one index, and every document
    each of them writes right after its setup is in it."""
    start, results, errors = threading.Barrier(6), {}, []

    def setup_and_write(n: int) -> None:
        try:
            start.wait()
            results[n] = ensure_index(es_client, es_alias)
            stats = index_documents(es_client, [to_document(make_article(url=f"https://race.example/{n}.html"), None, CRAWLED)],
                                    alias=es_alias)
            errors.extend(stats.errors)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(repr(exc))

    threads = [threading.Thread(target=setup_and_write, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(set(results.values())) == 1
    (index,) = set(results.values())
    assert alias_indices(es_client, es_alias) == [index] and managed_indices(es_client, es_alias) == [index]
    es_client.indices.refresh(index=es_alias)
    assert es_client.count(index=es_alias)["count"] == 6


def test_setup_refuses_a_name_that_is_a_concrete_index_and_leaves_it_as_it_is(es_client, es_alias):
    """Someone created an index under the alias's name by hand: setup says so instead of writing beside it."""
    es_client.indices.create(index=es_alias)
    try:
        with pytest.raises(LifecycleError, match="concrete index"):
            ensure_index(es_client, es_alias)
        assert alias_indices(es_client, es_alias) == [] and es_client.indices.exists(index=es_alias)
    finally:
        es_client.indices.delete(index=es_alias)


def test_reindexing_the_same_url_overwrites_instead_of_duplicating(es_client, es_alias, make_article):
    ensure_index(es_client, es_alias)
    first = to_document(make_article(url="https://www.example-hospital.cn/show.php?id=7&cat=2"), None, CRAWLED)
    again = to_document(
        make_article(url="https://www.example-hospital.cn/show.php?cat=2&id=7#top", title_simplified="医联体成立（更新）"),
        None,
        CRAWLED,
    )
    index_documents(es_client, [first], alias=es_alias, refresh=True)
    index_documents(es_client, [again], alias=es_alias, refresh=True)
    assert _count(es_client, es_alias) == 1
    assert es_client.get(index=es_alias, id=first["id"])["_source"]["title"] == "医联体成立（更新）"


def test_bulk_reports_bad_documents_and_keeps_the_good_ones(es_client, es_alias, make_article):
    ensure_index(es_client, es_alias)
    good = _docs(make_article)
    unknown_field = {**good[0], "id": "bad-field", "unexpected": "x"}
    bad_date = {**good[1], "id": "bad-date", "published_at": "2024年3月"}
    no_id = {**good[2], "id": None}
    stats = index_documents(es_client, [unknown_field, *good, bad_date, no_id], alias=es_alias, refresh=True)
    assert stats.indexed == len(good)
    failed = {error["id"]: error for error in stats.errors}
    assert set(failed) == {"bad-field", "bad-date", None}
    assert failed["bad-field"]["status"] == 400 and "strict" in failed["bad-field"]["error"]
    assert "published_at" in failed["bad-date"]["error"]
    assert _count(es_client, es_alias) == len(good)


def test_phrase_search_finds_only_documents_with_the_phrase(es_client, es_alias, make_article):
    ensure_index(es_client, es_alias)
    index_documents(es_client, _docs(make_article), alias=es_alias, refresh=True)
    found = _titles(es_client, es_alias, {"match_phrase": {"body": "医联体"}})
    assert found == {"市中心医院牵头成立城市医联体"}
    found = _titles(es_client, es_alias, {"match_phrase": {"body": "专科联盟"}})
    assert found == {"省儿童医院举行儿科专科联盟签约仪式"}
    # the characters 医 联 体 all occur in the decoys, just not together: single characters match
    # them, character pairs do not
    loose = _titles(es_client, es_alias, {"match": {"body": {"query": "医联体", "operator": "and"}}})
    assert len(loose) > 1
    pairs = _titles(es_client, es_alias, {"match": {"body.bigram": {"query": "医联体", "operator": "and"}}})
    assert pairs == {"市中心医院牵头成立城市医联体"}


def test_traditional_page_is_found_by_a_simplified_query(es_client, es_alias, make_article):
    ensure_index(es_client, es_alias)
    article = make_article(
        url="https://www.example-hospital.cn/news/trad.html",
        title="醫聯體簽約儀式舉行",
        title_simplified="医联体签约仪式举行",
        body="本院與社區衛生服務中心組建醫聯體。",
        body_simplified="本院与社区卫生服务中心组建医联体。",
    )
    index_documents(es_client, [to_document(article, None, CRAWLED)], alias=es_alias, refresh=True)
    hits = es_client.search(index=es_alias, query={"match_phrase": {"title": "医联体签约"}})["hits"]["hits"]
    assert [hit["_source"]["title_original"] for hit in hits] == ["醫聯體簽約儀式舉行"]


def test_reindex_swaps_the_alias_atomically_and_keeps_every_document(es_client, es_alias, make_article):
    old_index = ensure_index(es_client, es_alias)
    pages = [(f"第{n}批医联体成员单位名单公布", f"第{n}批成员单位包括社区卫生服务中心{n}家。") for n in range(300)]
    docs = _docs(make_article, pages)
    index_documents(es_client, docs, alias=es_alias, refresh=True)

    seen: list[int] = []
    stop = threading.Event()
    watcher_client = get_client()

    def watch() -> None:  # a reader searching the alias throughout the reindex
        while not stop.is_set():
            seen.append(watcher_client.count(index=es_alias)["count"])

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        progress: list[tuple[int, int]] = []
        result = reindex(es_client, es_alias, keep=0, progress=lambda done, total: progress.append((done, total)))
    finally:
        stop.set()
        watcher.join()
        watcher_client.close()

    assert result["documents"] == len(docs)
    assert alias_indices(es_client, es_alias) == [result["to"]] != [old_index]
    assert managed_indices(es_client, es_alias) == [result["to"]]  # keep=0: the old index is gone
    assert seen and min(seen) == len(docs)  # never an empty or partial index behind the alias
    assert progress[-1] == (len(docs), len(docs))
    ids = {hit["_id"] for hit in es_client.search(index=es_alias, size=len(docs), source=False)["hits"]["hits"]}
    assert ids == {doc["id"] for doc in docs}


def test_reindex_leaves_behind_a_field_the_new_mapping_dropped(es_client, es_alias, make_article):
    """An index of an older mapping version holds a field this one no longer has (fingerprint_bands until
    version 10): the strict new mapping would refuse the documents, so the copy takes only mapped fields."""
    old_index = ensure_index(es_client, es_alias)
    es_client.indices.put_mapping(index=old_index, properties={"fingerprint_bands": {"type": "keyword"}})
    docs = [{**doc, "fingerprint_bands": ["b0:1", "b1:f"]} for doc in _docs(make_article)]
    index_documents(es_client, docs, alias=es_alias, refresh=True)

    result = reindex(es_client, es_alias, keep=0)

    assert result["documents"] == len(docs)
    stored = {hit["_id"]: hit["_source"] for hit in es_client.search(index=es_alias, size=len(docs))["hits"]["hits"]}
    assert set(stored) == {doc["id"] for doc in docs}
    assert all("fingerprint_bands" not in source and source["title"] for source in stored.values())
    mapping = es_client.indices.get_mapping(index=result["to"])[result["to"]]["mappings"]["properties"]
    assert "fingerprint_bands" not in mapping


def test_reindex_keeps_the_requested_number_of_previous_indices(es_client, es_alias):
    first = ensure_index(es_client, es_alias)
    second = reindex(es_client, es_alias, keep=1)["to"]
    third = reindex(es_client, es_alias, keep=1)
    assert third["deleted"] == [first]
    assert managed_indices(es_client, es_alias) == [second, third["to"]]
    state = status(es_client, es_alias)
    assert state["points_to"] == [third["to"]] and state["needs_reindex"] is False
    assert [index["in_alias"] for index in state["indices"]] == [False, True]


def test_bulk_writer_flushes_by_size_and_time_and_on_close(es_client, es_alias, make_article):
    ensure_index(es_client, es_alias)
    now = [0.0]
    writer = BulkWriter(es_client, alias=es_alias, flush_every=3, flush_seconds=10.0, clock=lambda: now[0])
    docs = _docs(make_article)
    for doc in docs[:3]:
        writer.add(doc)
    assert writer.summary()["indexed"] == 3  # size reached
    writer.add(docs[3])
    assert writer.summary()["indexed"] == 3
    now[0] = 11.0
    writer.add(docs[4])
    assert writer.summary()["indexed"] == 5  # time reached
    writer.add({**docs[0], "id": "late", "url": "https://www.example-hospital.cn/news/late.html"})
    summary = writer.close()
    assert (summary["indexed"], summary["errors"], summary["pending"]) == (6, 0, 0)
    assert es_client.count(index=es_alias)["count"] == 6  # close() refreshed


def test_without_a_spool_a_writer_reports_every_document_elasticsearch_never_took(make_article):
    dead = get_client(Settings(YILIAN_ES_PORT=1), request_timeout=2, max_retries=0)
    writer = BulkWriter(dead, alias="unused", flush_every=100, policy=RetryPolicy(window=0))
    docs = _docs(make_article)
    for doc in docs:
        writer.add(doc)
    summary = writer.close()
    assert summary["indexed"] == 0 and summary["errors"] == len(docs)
    assert {error["id"] for error in writer.errors} == {doc["id"] for doc in docs}


def test_writing_before_setup_is_reported_and_creates_no_stray_index(es_client, es_alias, make_article):
    stats = index_documents(es_client, _docs(make_article)[:2], alias=es_alias)
    assert stats.indexed == 0 and stats.failed == 2
    assert "alias" in stats.errors[0]["error"]
    assert not es_client.indices.exists(index=es_alias)


@pytest.mark.parametrize("reachable", [True, False])
def test_background_bulk_writer_loses_nothing_and_reports_failures(es_client, es_alias, make_article, reachable, tmp_path):
    """The crawl's writer indexes in a worker thread; close() accounts for every document: written,
    refused for good (a bad date), or waiting in the spool when Elasticsearch cannot be reached."""
    client = es_client if reachable else get_client(Settings(YILIAN_ES_PORT=1), request_timeout=2, max_retries=0)
    batches: list[list[str]] = []
    spool = Spool(tmp_path / "spool")
    writer = BulkWriter(client, alias=es_alias, flush_every=2, background=True, spool=spool, policy=RetryPolicy(window=0),
                        regroup=lambda alias, ids: batches.append(ids), prepare=lambda: ensure_index(client, es_alias))
    docs = _docs(make_article)
    bad = {**docs[0], "id": "bad", "published_at": "not a date", "url": "https://www.example-hospital.cn/news/bad.html"}
    for doc in [*docs, bad]:
        writer.add(doc)
    summary = writer.close()
    if reachable:
        assert (summary["indexed"], summary["errors"], summary["pending"]) == (len(docs), 1, 0)
        assert es_client.count(index=es_alias)["count"] == len(docs)
        assert sorted(i for batch in batches for i in batch) == sorted(doc["id"] for doc in docs)  # "bad" never grouped
        assert spool.files() == []
    else:
        assert (summary["indexed"], summary["errors"], summary["pending"]) == (0, 0, len(docs) + 1)
        assert batches == []
        spooled = [record["id"] for path in spool.files() for record in Spool.read(path)]
        assert sorted(spooled) == sorted([doc["id"] for doc in docs] + ["bad"])


def test_a_background_writer_never_blocks_its_producer_and_tells_it_when_there_is_room(es_client, es_alias, make_article):
    """The crawl's reactor hands documents over while the writer is stuck (Elasticsearch slow): ``add``
    returns at once, ``room()`` is a future that the writer completes when it takes the next batch, and
    close() still writes everything."""
    ensure_index(es_client, es_alias)
    entered, release = threading.Event(), threading.Event()

    def slow_regroup(alias: str, ids: list[str]) -> None:
        entered.set()
        release.wait(30)

    writer = BulkWriter(es_client, alias=es_alias, flush_every=1, background=True, regroup=slow_regroup)
    docs = _docs(make_article)[:4]
    assert writer.room() is None
    writer.add(docs[0])
    assert entered.wait(30)  # the worker holds batch 1
    writer.add(docs[1])
    writer.add(docs[2])  # the queue is full now
    adding = threading.Thread(target=writer.add, args=(docs[3],))
    adding.start()
    adding.join(5)
    assert not adding.is_alive()  # kept in the buffer, not waited for
    room = writer.room()
    assert room is not None and not room.done()
    release.set()
    room.result(timeout=30)  # the worker took a batch
    summary = writer.close()
    assert (summary["indexed"], summary["errors"], summary["pending"]) == (4, 0, 0)
    assert es_client.count(index=es_alias)["count"] == 4


def test_a_writer_that_cannot_set_up_the_index_says_why_and_spools_every_document(es_client, make_article, tmp_path):
    """An alias that is a concrete index (set up by hand) stops the writer, not the crawl: nothing is lost."""

    def refuse() -> None:
        raise LifecycleError("'articles' is a concrete index, not an alias")

    spool = Spool(tmp_path / "spool")
    writer = BulkWriter(es_client, alias="unused", flush_every=2, background=True, spool=spool, prepare=refuse)
    docs = _docs(make_article)
    for doc in docs:
        writer.add(doc)
    summary = writer.close()
    assert summary["errors"] == 1 and "concrete index" in summary["error_samples"][0]["error"]
    assert summary["indexed"] == 0 and summary["pending"] == len(docs)
