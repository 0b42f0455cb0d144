"""/api/trends: how many announcements per month, quarter or year for any search, optionally split."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from search_api.deps import EsDep, SettingsDep
from search_api.models import TrendParams, TrendResponse
from search_api.queries import build_trends
from search_api.responses import read_trends
from search_api.routers.search import UNAVAILABLE

router = APIRouter(prefix="/api/trends", tags=["trends"])


@router.get("", response_model=TrendResponse, responses=UNAVAILABLE)
def trends(params: Annotated[TrendParams, Query()], es: EsDep, settings: SettingsDep) -> TrendResponse:
    """Counts over time (Elasticsearch date histogram) with the same query and filters as /api/search."""
    return read_trends(es.search(index=settings.index_alias, body=build_trends(params, date.today())), params)
