"""Pytest plugin: a real Elasticsearch for tests (load with ``pytest_plugins = ["tests.es_fixtures"]``).

Fixtures:
  es_url         session: URL of a healthy cluster, ES_URL's or the local node (started if needed)
  es_client      session: an ``Elasticsearch`` client for it
  es_alias       function: a fresh alias name unique to this test session and test, whose
                 indices and template are deleted afterwards; the demo's ``articles`` is never touched
  make_article   function: builds a realistic cleaned ``Article`` (override any field by keyword)
"""

from __future__ import annotations

import itertools
import random
import socket
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from indexer.client import get_client
from indexer.template import template_name
from yilian.es_local import TRANSPORT_OFFSET, ensure_running
from yilian.records import Article, EncodingReport, Region
from yilian.settings import get_settings

SESSION_TAG = uuid.uuid4().hex[:8]
_aliases = itertools.count(1)
THROWAWAY_PORTS = range(9240, 9300)  # HTTP ports of throwaway nodes; their transport ports are 100 above


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def free_es_port(nodes: int = 1) -> int:
    """A first HTTP port for `nodes` throwaway nodes whose HTTP and transport ports are all free.

    The search starts at a random base so that test sessions running side by side (CI beside a
    developer's run) do not race for the same ports.
    """
    bases = list(range(THROWAWAY_PORTS.start, THROWAWAY_PORTS.stop - nodes + 1, nodes))
    start = random.randrange(len(bases))
    for base in bases[start:] + bases[:start]:
        ports = range(base, base + nodes)
        if all(_port_free(port) and _port_free(port + TRANSPORT_OFFSET) for port in ports):
            return base
    raise RuntimeError(f"no free ports for {nodes} Elasticsearch node(s) in {THROWAWAY_PORTS}")


@pytest.fixture(scope="session")
def es_url() -> str:
    return ensure_running(get_settings())


@pytest.fixture(scope="session")
def es_client(es_url: str) -> Iterator[Elasticsearch]:
    client = get_client(get_settings())
    yield client
    client.close()


def drop_alias(es_client: Elasticsearch, alias: str) -> None:
    """Every index a throw-away alias brought (its versions, alliance registry, saved searches, deliveries) and
    its templates, by name: the cluster refuses wildcard deletes."""
    names = list(es_client.indices.get(index=f"{alias}-*", allow_no_indices=True, expand_wildcards="all").body)
    if names:
        es_client.options(ignore_status=404).indices.delete(index=",".join(names))
    for template in (template_name(alias), f"{alias}-alliances-template"):
        es_client.options(ignore_status=404).indices.delete_index_template(name=template)


@pytest.fixture
def es_alias(es_client: Elasticsearch) -> Iterator[str]:
    alias = f"yilian-test-{SESSION_TAG}-{next(_aliases)}"
    yield alias
    drop_alias(es_client, alias)


def _article(**overrides: Any) -> Article:
    body = (
        "为推进分级诊疗制度建设，市中心医院牵头组建紧密型城市医联体，首批吸纳社区卫生服务中心和乡镇卫生院共十二家成员单位。\n"
        "医联体内将统一药品目录、共享检查结果，专家每周下沉坐诊，双向转诊患者由专人对接。"
    )
    fields: dict[str, Any] = {
        "url": "https://www.example-hospital.cn/news/2024/0315/1234.html",
        "title": "市中心医院牵头成立城市医联体",
        "published_at": "2024-03-15",
        "published_time": "09:30",
        "date_evidence": "meta_line",
        "source": "医院办公室",
        "author": "宣传科",
        "column": "医院新闻",
        "body": body,
        "title_simplified": "市中心医院牵头成立城市医联体",
        "body_simplified": body,
        "encoding": EncodingReport(header="gbk", meta="gb2312", detected="GB18030", used="gb18030", confidence=0.97),
        "region": Region(province="河南省", city="漯河市", code="411100", evidence=["漯河市"]),
        "alliance_forms": ["城市医疗集团"],
        "event_types": ["成立"],
        "lead_organization": "市中心医院",
        "members": ["东城社区卫生服务中心", "西关乡卫生院"],
        "member_count": 12,
        "relevance": {"label": "relevant", "score": 0.92},
        "fingerprint": "9f1c2a7b3d4e5f60",
    }
    fields.update(overrides)
    return Article(**fields)


@pytest.fixture
def make_article() -> Callable[..., Article]:
    return _article
