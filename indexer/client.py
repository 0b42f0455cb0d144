"""One way to build the Elasticsearch client, so the crawler, indexer and API agree on auth and timeouts."""

from __future__ import annotations

from typing import Any

from elasticsearch import Elasticsearch
from elasticsearch.serializer import OrjsonSerializer

from yilian.settings import Settings, get_settings


def client_options(settings: Settings) -> dict[str, Any]:
    """Connection options from Settings: ES_URL's nodes (or the local ones), API key or basic auth, CA certs.

    With several nodes the client spreads requests over them and, when one stops answering, marks it
    dead and sends the request to the next: a stopped node is a retry, not an error, for the user."""
    options: dict[str, Any] = {"hosts": settings.es_hosts}
    if settings.es_api_key:
        options["api_key"] = settings.es_api_key
    elif settings.es_user and settings.es_password:
        options["basic_auth"] = (settings.es_user, settings.es_password)
    if settings.es_ca_certs:
        options["ca_certs"] = settings.es_ca_certs
    return options


def get_client(
    settings: Settings | None = None,
    *,
    request_timeout: float = 30.0,
    max_retries: int = 3,
) -> Elasticsearch:
    """A client for the configured cluster; timeouts are retried because a busy 2-core node stalls.

    orjson reads and writes the JSON bodies (a search response with highlights and facets, a bulk
    request) several times faster than the standard library, which the client uses by default."""
    settings = settings or get_settings()
    return Elasticsearch(
        **client_options(settings),
        request_timeout=request_timeout,
        max_retries=max_retries,
        retry_on_timeout=max_retries > 0,
        serializer=OrjsonSerializer(),
    )
