"""The benchmark site: N generated article pages (N >= 5000 for the benchmark) under /bench/,
built from corpus variants and served by the same server as the hand-made sites."""

from __future__ import annotations

from functools import lru_cache

from yilian.fixtureweb.corpus import CorpusArticle
from yilian.fixtureweb.sites import Site
from yilian.fixtureweb.templates import template
from yilian.fixtureweb.variants import blend, vary
from yilian.sources import Politeness, Source


@lru_cache(maxsize=1)
def scale_site() -> Site:
    return Site(
        id="bench", name="示范市人民医院", kind="hospital", province="河南省", city="示范市",
        template="hospital_cms", column="news", column_name="医院新闻", parent_column="医院动态",
        encoding="utf-8", meta_charset="utf-8", header_charset="utf-8", per_page=20, min_articles=0,
        icp="豫ICP备00000000号", telephone="0000-0000000", address="示范市健康路1号",
    )


REPOST_EVERY = 20  # one page in 20 is a near-copy of a corpus story, as reposts are in a real column


def scale_articles(corpus: list[CorpusArticle], n: int) -> list[CorpusArticle]:
    """``n`` pages for the benchmark: mostly distinct stories (each one corpus article's lead with
    paragraphs drawn from other articles), and one in REPOST_EVERY a near-copy of a corpus article,
    so repost grouping meets the share of duplicates a real news column has, not 40 copies of each."""
    pool = [a for a in corpus if a.script == "zh-Hans"] or corpus
    site = scale_site().id
    return [
        vary(pool[i % len(pool)], 1 + i // len(pool), site) if i % REPOST_EVERY == REPOST_EVERY - 1
        else blend(pool, i)
        for i in range(n)
    ]


def start_url(base_url: str) -> str:
    """The first list page of the benchmark site, for a crawl started with --scale."""
    site = scale_site()
    return base_url.rstrip("/") + template(site.template).list_path(site, 0)


def bench_source() -> Source:
    """A crawl source for the benchmark site; resolve it with the server's base URL as --fixture-base."""
    site = scale_site()
    return Source(
        id=site.id, name=site.name, kind=site.kind, province=site.province, city=site.city,
        start_urls=["{fixture}" + template(site.template).list_path(site, 0)], allow=[f"{site.prefix}/"],
        politeness=Politeness(download_delay=0, concurrent_requests_per_domain=16, autothrottle=False),
    )
