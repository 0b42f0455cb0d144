"""Shared dependencies: the settings and the one Elasticsearch client the app was built with.

Coroutines, though they only read app state: FastAPI runs a plain ``def`` dependency in its thread
pool, a hand-off per dependency per request."""

from __future__ import annotations

from typing import Annotated

from elasticsearch import Elasticsearch
from fastapi import Depends, Request

from yilian.settings import Settings


async def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_es(request: Request) -> Elasticsearch:
    return request.app.state.es


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
EsDep = Annotated[Elasticsearch, Depends(get_es)]
