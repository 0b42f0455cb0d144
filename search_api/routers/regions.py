"""/api/provinces: the provincial-level divisions, official and short names (the map's shapes use short ones)."""

from __future__ import annotations

from fastapi import APIRouter

from search_api.models import Province
from search_api.provinces import PROVINCES, short_name

router = APIRouter(prefix="/api/provinces", tags=["regions"])


@router.get("", response_model=list[Province])
def provinces() -> list[Province]:
    return [Province(name=name, short=short_name(name)) for name in PROVINCES]
