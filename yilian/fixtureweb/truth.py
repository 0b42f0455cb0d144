"""The ground truth of the fixture web, read from the same build the server serves.

Tests compute their expectations from here and never hard-code them: which paths are articles,
their gold fields in the original script, how each page was encoded and damaged, and which
served pages are not articles (lists, soft-404, login, search, attachments).
"""

from __future__ import annotations

from yilian.fixtureweb.build import TruthArticle, TruthPage, build_web
from yilian.fixtureweb.sites import Site

__all__ = ["TruthArticle", "TruthPage", "articles", "article_at", "pages", "sites"]


def articles(scale: int = 0, corpus_dir: str | None = None) -> list[TruthArticle]:
    """Every served article page with its gold fields and how it was served."""
    return list(build_web(scale, corpus_dir).articles)


def article_at(path: str, scale: int = 0, corpus_dir: str | None = None) -> TruthArticle | None:
    """The truth for the article served at ``path`` (a URL path such as "/lhzxyy/news/...")."""
    return next((a for a in build_web(scale, corpus_dir).articles if a.path == path), None)


def pages(kind: str | None = None, scale: int = 0, corpus_dir: str | None = None) -> list[TruthPage]:
    """Served pages that are not articles, optionally of one kind: "list", "soft404", "login",
    "search", "home", "attachment", "image", "robots"."""
    return [p for p in build_web(scale, corpus_dir).others if kind is None or p.kind == kind]


def sites(scale: int = 0, corpus_dir: str | None = None) -> tuple[Site, ...]:
    """The served sites, in the order the corpus and the profiles give them."""
    return build_web(scale, corpus_dir).sites
