"""Telling a user about new announcements: the messages (pure) and the two transports (webhook, SMTP).

A webhook gets JSON in the shape its service accepts: DingTalk and WeCom (企业微信) robots take
markdown, Feishu (飞书) a text message, Slack a mrkdwn ``text``; ``json`` is our own shape for any
other receiver. E-mail goes over SMTP (smtplib: the standard library's client) as plain text
with an HTML alternative. Nothing here knows Elasticsearch: indexer/alerts.py finds the hits and
records what was sent.
"""

from __future__ import annotations

import html
import json
import smtplib
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any, Literal
from urllib.parse import urlsplit

from yilian.scope import ALLOW_PRIVATE_HINT, address_refusal, url_refusal

WebhookKind = Literal["dingtalk", "wecom", "feishu", "slack", "json"]
WEBHOOK_KINDS: tuple[str, ...] = ("dingtalk", "wecom", "feishu", "slack", "json")


class DeliveryError(RuntimeError):
    """A message was not taken; the text says why (status, refusal, timeout)."""


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    title: str
    url: str
    published_at: str | None
    source_name: str
    place: str


@dataclass(frozen=True, slots=True)
class Alert:
    """New hits of one saved search, to be sent once."""

    search_name: str
    search_link: str  # the search on the search page
    hits: tuple[Hit, ...]
    article_link_base: str  # + article id: the article on the search page

    @property
    def title(self) -> str:
        return f"医联 · {self.search_name}：{len(self.hits)} 篇新公告"

    def lines(self) -> list[tuple[Hit, str]]:
        return [(hit, f"{self.article_link_base}{hit.id}") for hit in self.hits]


def _meta(hit: Hit) -> str:
    return " · ".join(part for part in (hit.published_at, hit.source_name, hit.place) if part)


def markdown(alert: Alert) -> str:
    items = [f"- [{hit.title}]({link})  \n  {_meta(hit)}" for hit, link in alert.lines()]
    return "\n".join([f"### {alert.title}", *items, "", f"[查看全部]({alert.search_link})"])


def plain_text(alert: Alert) -> str:
    items = [f"· {hit.title}\n  {_meta(hit)}\n  {link}\n  原文：{hit.url}" for hit, link in alert.lines()]
    return "\n".join([alert.title, "", *items, "", f"查看全部：{alert.search_link}"])


def webhook_payload(alert: Alert, kind: WebhookKind) -> dict[str, Any]:
    """The JSON body each service's incoming webhook accepts."""
    if kind == "dingtalk":
        return {"msgtype": "markdown", "markdown": {"title": alert.title, "text": markdown(alert)}}
    if kind == "wecom":
        return {"msgtype": "markdown", "markdown": {"content": markdown(alert)}}
    if kind == "feishu":
        return {"msg_type": "text", "content": {"text": plain_text(alert)}}
    if kind == "slack":
        items = [f"• <{link}|{hit.title}> — {_meta(hit)}" for hit, link in alert.lines()]
        return {"text": "\n".join([f"*{alert.title}*", *items, f"<{alert.search_link}|查看全部>"])}
    return {
        "search": {"name": alert.search_name, "link": alert.search_link},
        "hits": [{"id": h.id, "title": h.title, "url": h.url, "link": link, "published_at": h.published_at,
                  "source_name": h.source_name, "place": h.place} for h, link in alert.lines()],
    }


def email_message(alert: Alert, sender: str, recipients: list[str]) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = alert.title
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message.set_content(plain_text(alert))
    items = "".join(
        f'<li><a href="{html.escape(link)}">{html.escape(hit.title)}</a><br><small>{html.escape(_meta(hit))}</small></li>'
        for hit, link in alert.lines()
    )
    message.add_alternative(
        f"<h3>{html.escape(alert.title)}</h3><ul>{items}</ul>"
        f'<p><a href="{html.escape(alert.search_link)}">查看全部</a></p>', subtype="html")
    return message


def webhook_refusal(url: str, allow_private: bool) -> str | None:
    """Why alerts may not be posted to ``url``: the crawler's rules (http(s), no credentials, and no
    loopback/private/link-local/metadata address unless YILIAN_ALLOW_PRIVATE_NETWORKS), or None."""
    reason = url_refusal(url)
    if reason or allow_private:
        return reason
    host = urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)}
    except OSError:
        return f"host {host!r} does not resolve"
    refusals = [r for r in map(address_refusal, sorted(addresses)) if r]
    return f"{refusals[0]}; {ALLOW_PRIVATE_HINT}" if refusals else None


def post_webhook(url: str, payload: dict[str, Any], timeout: float) -> None:
    """POST the JSON; DeliveryError unless the receiver answers 2xx (and, for DingTalk/WeCom/Feishu, errcode 0)."""
    request = urllib.request.Request(
        url, data=json.dumps(payload, ensure_ascii=False).encode("utf-8"), method="POST",
        headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": "yilian-alerts"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (checked by the caller's policy)
            body = response.read(65536)
    except urllib.error.HTTPError as err:
        raise DeliveryError(f"webhook answered {err.code}") from None
    except (urllib.error.URLError, OSError) as err:
        raise DeliveryError(f"webhook unreachable: {getattr(err, 'reason', err)}") from None
    try:  # the robots answer 200 with an error code when they refuse a message
        answer = json.loads(body or b"{}")
    except ValueError:
        return
    code = answer.get("errcode", answer.get("code", 0)) if isinstance(answer, dict) else 0
    if code not in (0, None):
        raise DeliveryError(f"webhook refused the message: {answer.get('errmsg') or answer.get('msg') or code}")


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    user: str | None = None
    password: str | None = None
    starttls: bool = False
    timeout: float = 15.0


def send_email(smtp: SmtpSettings, message: EmailMessage) -> None:
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as client:
            if smtp.starttls:
                client.starttls(context=ssl.create_default_context())
            if smtp.user:
                client.login(smtp.user, smtp.password or "")
            client.send_message(message)
    except (smtplib.SMTPException, OSError) as err:
        raise DeliveryError(f"SMTP {smtp.host}:{smtp.port}: {err}") from None
