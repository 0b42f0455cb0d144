"""A floor on the held-out announcements (test_enrich_heldout.yaml), written after the rules."""

from pathlib import Path

import yaml

from yilian.clean.enrich import enrich
from yilian.records import Article

DATA = yaml.safe_load((Path(__file__).with_name("test_enrich_heldout.yaml")).read_text(encoding="utf-8"))


def enriched():
    for item in DATA["articles"]:
        yield item, enrich(Article(url=item["id"], title=item["title"], body="\n".join(item["paragraphs"])))


def test_heldout_regions_relevance_and_forms():
    rows = list(enriched())
    with_region = [(g, a) for g, a in rows if g["region"]]
    province = sum(g["region"]["province"] == a.region.province for g, a in with_region) / len(with_region)
    city = sum(g["region"].get("city") == a.region.city for g, a in with_region) / len(with_region)
    relevance = sum(g["relevant"] == (a.relevance["label"] == "alliance") for g, a in rows) / len(rows)
    forms = sum(set(g["alliance_forms"]) == set(a.alliance_forms) for g, a in rows) / len(rows)
    assert province >= 0.95
    assert city >= 0.9
    assert relevance >= 0.9
    assert forms >= 0.8
