"""On a three-node cluster the product behaves as on one node, and losing a node mid-crawl loses nothing.

The cluster is three real nodes of the same integ-test distribution on free ports of 127.0.0.1
(`YILIAN_ES_NODES=3`, small heaps), started by `yilian.es_local` as `yilian es up` starts them; the
shared node is never touched. A real `yilian crawl` of the fixture web (politeness on, so it runs
for tens of seconds) writes into an index of three shards with one replica each while the search
API is asked every quarter second; the elected master is killed with SIGKILL once the first batch
is in, and started again. Compared with the session's crawl on the single shared node: the same
documents and the same repost verdicts; and the same totals and facets as one shard holding them.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from elasticsearch.helpers import scan
from fastapi.testclient import TestClient

from indexer.bulk import index_documents
from indexer.client import get_client
from indexer.lifecycle import ensure_index
from search_api.app import create_app
from search_api.models import SearchParams
from search_api.routers.search import complete_search
from tests.es_fixtures import free_es_port
from yilian import es_local
from yilian.settings import Settings

pytestmark = pytest.mark.es
ROOT = Path(__file__).resolve().parent.parent
NODES = 3
SEARCHES = [{"q": "医联体"}, {}, {"q": "医共体", "province": "河南"}]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> Iterator[Settings]:
    settings = Settings(YILIAN_STATE_DIR=str(tmp_path_factory.mktemp("cluster")), YILIAN_ES_PORT=free_es_port(NODES),
                        YILIAN_ES_NODES=NODES, YILIAN_ES_HEAP="256m", YILIAN_ES_START_TIMEOUT=300)
    es_local.ensure_running(settings)
    yield settings
    es_local.stop(settings)
    shutil.rmtree(es_local.local_node(settings).root, ignore_errors=True)


def documents(client, alias: str) -> dict[str, tuple]:
    """Per document id: its title, date, facets and repost verdict."""
    client.indices.refresh(index=alias)
    fields = ["title", "published_at", "province", "city", "alliance_forms", "dup_group", "is_canonical", "also_published.id"]
    return {hit["_id"]: (hit["_source"].get("title"), hit["_source"].get("published_at"), hit["_source"].get("province"),
                         hit["_source"].get("city"), tuple(hit["_source"].get("alliance_forms") or []),
                         hit["_source"].get("dup_group"), hit["_source"].get("is_canonical"),
                         tuple(sorted(c["id"] for c in hit["_source"].get("also_published") or [])))
            for hit in scan(client, index=alias, query={"query": {"match_all": {}}, "_source": fields})}


class Searcher:
    """Asks the search API (in-process, over the cluster) every ``interval`` seconds and keeps every answer;
    the API's own search call, made again beside it, tells whether any shard's answer was missing."""

    def __init__(self, api: TestClient, client, alias: str, interval: float = 0.25):
        self.api, self.client, self.alias, self.interval = api, client, alias, interval
        self.answers: list[tuple[float, int, int | None]] = []  # (time, API status, shards failed)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        turn = 0
        while not self._stop.is_set():
            params = SEARCHES[turn % len(SEARCHES)]
            turn += 1
            status = self.api.get("/api/search", params=params).status_code
            shards = complete_search(self.client, self.alias, SearchParams(**params))["_shards"]
            self.answers.append((time.monotonic(), status, shards["failed"]))
            self._stop.wait(self.interval)

    def wait_for(self, count: int, since: float) -> None:
        deadline = time.monotonic() + 120
        while sum(1 for answer in self.answers if answer[0] >= since) < count:
            assert time.monotonic() < deadline, "the searches stopped coming back"
            time.sleep(0.1)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)


def elected_master(settings: Settings) -> int:
    """The number of the node that is master now."""
    client = get_client(settings.model_copy(update={"es_url": settings.effective_es_url}))
    name = client.cat.master(format="json")[0]["node"]
    client.close()
    return int(name.rsplit("-", 1)[1])


@pytest.fixture(scope="module")
def cluster_crawl(cluster, fixture_web, tmp_path_factory) -> Iterator[dict]:
    """The crawl into the cluster with its master killed once the first batch is in, then started again."""
    urls = cluster.effective_es_url
    alias = "cluster-crawl"
    env = {**os.environ, "ES_URL": urls, "YILIAN_INDEX": alias, "YILIAN_STATE_DIR": str(tmp_path_factory.mktemp("state")),
           "YILIAN_INDEX_SHARDS": "3", "YILIAN_INDEX_REPLICAS": "1"}
    crawler = subprocess.Popen([sys.executable, "-m", "yilian.cli", "crawl", "--fixture-base", fixture_web.base_url],
                               env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    over_cluster = Settings(ES_URL=urls, YILIAN_INDEX=alias)
    client = get_client(over_cluster)
    deadline = time.monotonic() + 120
    while not (client.indices.exists_alias(name=alias) and client.count(index=alias)["count"] > 0):
        assert crawler.poll() is None and time.monotonic() < deadline, crawler.communicate()[1][-3000:]
        time.sleep(0.2)
    with TestClient(create_app(over_cluster)) as api:
        searcher = Searcher(api, client, alias)
        searcher.wait_for(4, since=0)
        victim = elected_master(cluster)
        written_before = client.count(index=alias)["count"]
        pid = next(node["pid"] for node in es_local.status(cluster)["nodes"] if node["name"] == f"yilian-local-{victim}")
        os.kill(pid, signal.SIGKILL)
        killed = time.monotonic()
        time.sleep(10)  # the crawl writes on while the cluster runs on two nodes
        health_down = client.cluster.health()
        es_local.ensure_running(cluster)  # the node starts again with its data and rejoins
        rejoined = time.monotonic()
        searcher.wait_for(4, since=rejoined)
        out, err = crawler.communicate(timeout=600)
        searcher.stop()
    yield {"client": client, "alias": alias, "settings": over_cluster, "returncode": crawler.returncode, "stderr": err,
           "written_before": written_before, "health_down": health_down, "searches": searcher.answers,
           "killed": killed, "rejoined": rejoined}
    client.close()


def test_index_layout_comes_from_the_settings(cluster_crawl):
    client, alias = cluster_crawl["client"], cluster_crawl["alias"]
    index = next(iter(client.indices.get_settings(index=alias).values()))["settings"]["index"]
    assert (index["number_of_shards"], index["number_of_replicas"]) == ("3", "1")


def test_a_node_killed_mid_crawl_loses_no_article_and_no_verdict(cluster_crawl, crawl, es_client):
    assert cluster_crawl["returncode"] == 0, cluster_crawl["stderr"][-3000:]
    assert cluster_crawl["health_down"]["number_of_nodes"] == NODES - 1
    assert cluster_crawl["written_before"] < crawl["summary"]["indexed"], "killed after everything was written"
    reference, got = documents(es_client, crawl["alias"]), documents(cluster_crawl["client"], cluster_crawl["alias"])
    lost = reference.keys() - got.keys()
    different = [key for key in reference.keys() & got.keys() if reference[key] != got[key]]
    print(f"\n{len(got)} documents on the cluster, {len(reference)} on one node: lost {len(lost)}, "
          f"different {len(different)}, extra {len(got.keys() - reference.keys())}")
    assert not lost and not different and got.keys() == reference.keys()


def test_searches_are_answered_before_while_and_after_the_node_is_down(cluster_crawl):
    answers, killed, rejoined = cluster_crawl["searches"], cluster_crawl["killed"], cluster_crawl["rejoined"]
    down = [a for a in answers if killed <= a[0] <= rejoined]
    failed = [a for a in answers if a[1] != 200 or a[2]]
    print(f"\nsearches: {len(answers)}, {len(down)} while a node was down, {len(failed)} not answered or partial: {failed[:3]}")
    assert len(down) >= 10 and not failed
    assert any(a[0] < killed for a in answers) and any(a[0] > rejoined for a in answers)


def test_the_node_rejoins_and_the_cluster_turns_green(cluster_crawl):
    health = cluster_crawl["client"].cluster.health(wait_for_status="green", wait_for_nodes=str(NODES), timeout="120s")
    assert health["number_of_nodes"] == NODES and health["status"] == "green" and not health["timed_out"]


def test_the_cluster_answers_searches_as_a_single_shard_does(cluster_crawl, es_client, es_alias):
    """Totals and facet counts on three shards with a replica each equal those of one shard holding the
    same documents, and so does the order of hits sorted by date. Both are merged to one segment
    first: scores count deleted documents (left by the repost updates) until a merge drops them."""
    client, alias = cluster_crawl["client"], cluster_crawl["alias"]
    ensure_index(es_client, es_alias)  # the default layout: one shard
    copied = index_documents(es_client, (hit["_source"] for hit in scan(client, index=alias)), alias=es_alias)
    assert copied.failed == 0
    for node, name in ((client, alias), (es_client, es_alias)):
        node.indices.forcemerge(index=name, max_num_segments=1)
        node.indices.refresh(index=name)
    queries = [*SEARCHES, {"q": "医联体", "collapse": True}, {"province": "辽宁省", "date_from": "2018-01-01"},
               {"q": "专科联盟 成立"}, {"q": "县域医共体建设", "page": 2}]
    with TestClient(create_app(cluster_crawl["settings"])) as on_cluster, \
            TestClient(create_app(Settings(YILIAN_INDEX=es_alias))) as on_one_shard:
        for params in queries:
            a = on_cluster.get("/api/search", params=params).json()
            b = on_one_shard.get("/api/search", params=params).json()
            assert (a["total"], a["facets"]) == (b["total"], b["facets"]), params
            if "q" not in params:  # newest first, then by id: one order whatever the scores
                assert [hit["id"] for hit in a["hits"]] == [hit["id"] for hit in b["hits"]], params
