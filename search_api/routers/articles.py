"""/api/articles/{id}: one stored article, original and Simplified, with its evidence."""

from __future__ import annotations

from typing import Annotated

from elasticsearch import NotFoundError
from fastapi import APIRouter, HTTPException, Path

from search_api.deps import EsDep, SettingsDep
from search_api.errors import is_missing_index
from search_api.models import ArticleDetail, ErrorMessage, ValidationErrorMessage
from search_api.responses import read_article
from search_api.routers.alliances import alliance_of

router = APIRouter(prefix="/api/articles", tags=["articles"])


@router.get(
    "/{article_id}",
    response_model=ArticleDetail,
    responses={404: {"model": ErrorMessage}, 422: {"model": ValidationErrorMessage}, 502: {"model": ErrorMessage},
               503: {"model": ErrorMessage}},
)
def get_article(
    article_id: Annotated[str, Path(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_-]+$")],
    es: EsDep,
    settings: SettingsDep,
) -> ArticleDetail:
    try:
        response = es.get(index=settings.index_alias, id=article_id)
    except NotFoundError as error:
        if is_missing_index(error):
            raise
        raise HTTPException(status_code=404, detail=f"no article with id {article_id!r}") from None
    article = read_article(response)
    article.alliance = alliance_of(es, settings.index_alias, article_id)
    return article
