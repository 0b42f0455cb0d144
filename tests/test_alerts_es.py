"""Saved searches and alerts end to end: a real Elasticsearch, a real SMTP server (aiosmtpd) and a real
webhook receiver (an HTTP server on loopback), each started here; nothing is mocked.
"""

from __future__ import annotations

import email
import json
import socket
import threading
from datetime import datetime, timedelta, timezone
from email import policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient

from indexer.bulk import index_documents
from indexer.document import to_document
from indexer.lifecycle import ensure_index
from search_api import alerts
from search_api.app import create_app
from yilian import notify
from yilian.records import Article, Region
from yilian.settings import Settings
from yilian.sources import Source

pytestmark = pytest.mark.es
SOURCE = Source(id="hnwjw", name="河南省卫生健康委员会", kind="health_commission", province="河南省", start_urls=["https://hnwjw.example.cn/"])


class Sink:
    """An SMTP server that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


@pytest.fixture
def smtp_sink():
    with socket.socket() as probe:  # a free port (aiosmtpd checks its server by connecting to the given port)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    yield sink, port
    controller.stop()


class Receiver(ThreadingHTTPServer):
    """A webhook endpoint: records JSON bodies; answers 500 while ``failing`` is above zero."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        self.failing = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if receiver.failing > 0:
                    receiver.failing -= 1
                    self.send_response(500)
                else:
                    receiver.bodies.append(body)
                    self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"errcode": 0, "errmsg": "ok"}')

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/robot/send?access_token=t"


@pytest.fixture
def webhook():
    receiver = Receiver()
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    yield receiver
    receiver.shutdown()


def _doc(path: str, title: str, seen: datetime) -> dict:
    article = Article(url=f"https://hnwjw.example.cn/{path}.html", title=title, body=title + "。", published_at=seen.date().isoformat(),
                      region=Region(province="河南省", city="周口市"), relevance={"label": "alliance", "score": 0.9})
    return to_document(article, SOURCE, seen)


def _index(es, alias, docs) -> None:
    stats = index_documents(es, docs, alias=alias, refresh=True)
    assert stats.failed == 0, stats.errors


def _titles(text: str) -> set[str]:
    return {title for title in ("郸城县医共体揭牌", "项城市医共体签约", "沈丘县医共体培训", "周口市中心医院新春团拜会") if title in text}


def test_new_hits_are_sent_once_to_webhook_and_email_and_failures_are_retried(es_client, es_alias, es_url, smtp_sink, webhook):
    sink, port = smtp_sink
    settings = Settings(ES_URL=es_url, YILIAN_INDEX=es_alias, YILIAN_ALLOW_PRIVATE_NETWORKS=True, YILIAN_SMTP_PORT=port,
                        YILIAN_SMTP_FROM="alerts@yilian.test", YILIAN_PUBLIC_URL="http://yilian.test")
    ensure_index(es_client, es_alias)
    old = datetime.now(timezone.utc) - timedelta(days=30)
    _index(es_client, es_alias, [_doc("old", "郸城县医共体揭牌", old)])  # matched before the search was saved: never sent
    api = TestClient(create_app(settings))
    saved = api.post("/api/saved-searches", json={"name": "周口医共体", "q": "医共体", "webhook": {"url": webhook.url, "kind": "dingtalk"},
                                                   "email": ["reporter@example.cn"]})
    assert saved.status_code == 201, saved.text
    search_id = saved.json()["id"]

    later = datetime.now(timezone.utc) + timedelta(seconds=1)
    # the old page crawled again keeps the time it was first seen: old news does not become new
    _index(es_client, es_alias, [_doc("old", "郸城县医共体揭牌", later), _doc("new1", "项城市医共体签约", later),
                                 _doc("new2", "周口市中心医院新春团拜会", later)])
    stored = es_client.search(index=es_alias, query={"term": {"url": "https://hnwjw.example.cn/old.html"}})["hits"]["hits"][0]
    assert stored["_source"]["first_seen_at"] < stored["_source"]["crawled_at"]
    report = alerts.check(es_client, es_alias, settings)
    assert (report.queued, report.sent, report.failed) == (2, 2, 0)  # one hit, two channels
    (body,) = webhook.bodies
    assert body["msgtype"] == "markdown" and _titles(body["markdown"]["text"]) == {"项城市医共体签约"}
    (mail,) = sink.messages
    assert mail["To"] == "reporter@example.cn" and "周口医共体" in mail["Subject"]
    assert _titles(mail.get_body(("plain",)).get_content()) == {"项城市医共体签约"}
    assert "http://yilian.test/#/article/" in mail.get_body(("plain",)).get_content()

    again = alerts.check(es_client, es_alias, settings)  # nothing new: nothing sent
    assert (again.queued, again.sent) == (0, 0) and len(webhook.bodies) == 1 and len(sink.messages) == 1

    webhook.failing = 1  # the receiver is down once: the webhook alert waits, the e-mail goes
    _index(es_client, es_alias, [_doc("new3", "沈丘县医共体培训", datetime.now(timezone.utc) + timedelta(seconds=2))])
    failed = alerts.check(es_client, es_alias, settings)
    assert (failed.sent, failed.failed) == (1, 1) and len(sink.messages) == 2
    visible = api.get("/api/alerts/deliveries", params={"status": "failed"}).json()
    assert [(d["channel"], d["title"], d["attempts"]) for d in visible] == [("webhook", "沈丘县医共体培训", 1)]
    assert "500" in visible[0]["last_error"] and visible[0]["next_attempt_at"] > visible[0]["created_at"]

    too_soon = alerts.check(es_client, es_alias, settings)  # before its next attempt: not retried yet
    assert (too_soon.sent, too_soon.failed) == (0, 0)
    retried = alerts.check(es_client, es_alias, settings, now=datetime.now(timezone.utc) + timedelta(minutes=2))
    assert retried.sent == 1 and len(webhook.bodies) == 2 and _titles(webhook.bodies[1]["markdown"]["text"]) == {"沈丘县医共体培训"}
    history = api.get(f"/api/saved-searches/{search_id}/deliveries").json()
    assert sorted((d["channel"], d["status"]) for d in history) == [("email", "sent"), ("email", "sent"), ("webhook", "sent"), ("webhook", "sent")]
    assert api.get("/api/alerts/deliveries", params={"status": "failed"}).json() == []

    assert api.delete(f"/api/saved-searches/{search_id}").status_code == 204
    assert api.get("/api/saved-searches").json() == []


@pytest.mark.parametrize(("body", "words"), [
    ({"name": "x", "q": "医共体"}, "webhook or at least one e-mail"),
    ({"name": "x", "email": ["not-an-address"]}, "not an e-mail address"),
    ({"name": "x", "webhook": {"url": "file:///etc/passwd"}}, "http(s)"),
    ({"name": "x", "webhook": {"url": "http://127.0.0.1:9200/_bulk"}}, "loopback"),
    ({"name": "x", "webhook": {"url": "http://169.254.169.254/latest"}}, "metadata"),
    ({"name": "x", "q": "(医共体", "email": ["a@b.cn"]}, "parenthesis"),
])
def test_saving_refuses_what_cannot_or_must_not_be_sent(es_url, es_alias, body, words):
    settings = Settings(ES_URL=es_url, YILIAN_INDEX=es_alias, YILIAN_ALLOW_PRIVATE_NETWORKS=False)  # as in production
    response = TestClient(create_app(settings)).post("/api/saved-searches", json=body)
    assert response.status_code == 422 and words in response.text


def test_webhook_shapes_of_each_service():
    alert = notify.Alert("医共体", "http://y/#/search?q=医共体", (notify.Hit("a1", "项城市医共体签约", "http://x/1", "2024-05-01", "项城市卫健委", "河南省 周口市"),),
                         "http://y/#/article/")
    assert notify.webhook_payload(alert, "dingtalk")["markdown"]["title"].endswith("1 篇新公告")
    assert "项城市医共体签约" in notify.webhook_payload(alert, "wecom")["markdown"]["content"]
    assert notify.webhook_payload(alert, "feishu")["msg_type"] == "text"
    assert "<http://y/#/article/a1|项城市医共体签约>" in notify.webhook_payload(alert, "slack")["text"]
    assert notify.webhook_payload(alert, "json")["hits"][0]["link"] == "http://y/#/article/a1"
