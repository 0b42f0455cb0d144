"""The whole product on four websites written apart from it (tests/miniweb; benchmarks/bench_miniweb.py):
crawled with only name, region and start URL, through a real crawl into a real Elasticsearch. Floors just
under the figures reached, so a change that breaks list detection, extraction or enrichment on sites we
did not write fails CI."""

from __future__ import annotations

import pytest

from benchmarks.bench_miniweb import Miniweb, crawl, measure

pytestmark = pytest.mark.es

FLOORS = {
    "discovery": {"articles crawled": 1.0, "taken for articles": 1.0},
    "extraction": {"body F1": 0.98, "title": 0.97, "date": 0.97},
    "enrichment": {"province": 0.93, "city": 0.93, "forms": 0.95, "events": 0.85, "lead": 0.80, "count": 0.90,
                   "members_recall": 0.45, "members_precision": 0.45, "relevance": 0.97},
}


def test_sites_written_apart_are_crawled_extracted_and_enriched(es_alias, tmp_path):
    with Miniweb() as web:
        records, summary = crawl(web.proxy, es_alias, tmp_path)
    figures = measure(records)
    assert figures.discovery["non-articles taken for articles"] == 0
    for group, floors in FLOORS.items():
        reached = getattr(figures, group)
        low = {key: round(reached[key], 3) for key, floor in floors.items() if reached[key] < floor}
        assert not low, f"{group} below its floors: {low}"
