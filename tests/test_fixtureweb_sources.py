"""config/sources.yaml describes the fixture web: it validates, and every served site has its
source with the right start page, publisher kind and province."""

from __future__ import annotations

import re

from yilian.fixtureweb import truth
from yilian.settings import PROJECT_ROOT
from yilian.sources import load_sources

BASE = "http://127.0.0.1:8800"


def sources():
    return {s.id: s for s in load_sources(PROJECT_ROOT / "config" / "sources.yaml")}


def test_sources_yaml_validates_and_uses_the_fixture_placeholder():
    for source in sources().values():
        assert all(url.startswith("{fixture}/") for url in source.start_urls), source.id


def test_every_served_site_has_a_source_starting_at_its_first_list_page():
    configured = sources()
    for site in truth.sites():
        assert site.id in configured, f"config/sources.yaml lacks the fixture site {site.id!r}"
        source = configured[site.id]
        first_list = min((p for p in truth.pages("list") if p.site_id == site.id), key=lambda p: len(p.path))
        assert source.resolved_start_urls(BASE) == [BASE + first_list.path]
        assert (source.kind, source.province) == (site.kind, site.province)


def test_each_source_stays_inside_its_own_site():
    configured = sources()
    articles = truth.articles()
    for site in truth.sites():
        patterns = configured[site.id].allow
        assert patterns, site.id
        for article in articles:
            inside = any(re.search(p, BASE + article.path) for p in patterns)
            assert inside == (article.site_id == site.id), (site.id, article.path)
