"""The truth of the fixture web is consistent with what is built: damage records undo to the gold
text, variants keep their labels, the corpus is served whole, builds are reproducible, --scale works."""

from __future__ import annotations

from collections import Counter

from lxml import html as lxml_html

from yilian.fixtureweb import truth
from yilian.fixtureweb.build import build_web
from yilian.fixtureweb.corpus import load_corpus

LABELS = ("alliance_forms", "event_types", "lead_org", "members", "member_count", "relevant", "repost_of", "region")


def undo(damaged: str, spans: list[dict]) -> str:
    """Put each span's original text back, last offset first so earlier offsets stay valid."""
    for span in sorted(spans, key=lambda s: s["offset"], reverse=True):
        start = span["offset"]
        assert damaged[start: start + len(span["after"])] == span["after"]
        damaged = damaged[:start] + span["before"] + damaged[start + len(span["after"]):]
    return damaged


def test_damage_records_undo_to_the_gold_text():
    damaged = [a for a in truth.articles() if any(d["kind"] == "gbk_out_of_step" for d in a.damage)]
    assert damaged, "some pages must carry GBK out-of-step mojibake"
    assert any(d["kind"] == "stray_markup" for a in damaged for d in a.damage)
    for article in damaged:
        spans = [d for d in article.damage if "offset" in d]
        assert undo(article.damaged_title, [s for s in spans if s["where"] == "title"]) == article.title
        assert undo(article.damaged_body, [s for s in spans if s["where"] == "body"]) == article.body
        assert not article.recoverable  # the first character of each out-of-step run is gone for good
        for span in spans:
            if span["kind"] == "gbk_out_of_step":
                assert span["after"].startswith("?") and span["before"][0] == span["lost"]


def test_recoverable_runs_come_back_by_shifting_one_byte():
    spans = [d for a in truth.articles() for d in a.damage if d["kind"] == "gbk_out_of_step" and d["recoverable"]]
    assert spans
    for span in spans:
        shifted = (b"\x81" + span["after"][1:].encode("gbk")).decode("gbk", errors="replace")
        assert shifted[1:] == span["before"][1:]


def test_undamaged_pages_show_the_gold_text():
    clean = [a for a in truth.articles() if not a.damage]
    assert clean
    for article in clean:
        assert article.recoverable
        assert (article.damaged_title, article.damaged_body) == (article.title, article.body)


def test_traditional_sites_carry_plain_and_ruby_pinyin_readings():
    styles = Counter(
        d["style"] for a in truth.articles() if a.script == "zh-Hant" for d in a.damage if d["kind"] == "pinyin_reading"
    )
    assert styles["plain"] > 0 and styles["ruby"] > 0, styles


def test_every_corpus_article_is_served_once_on_its_own_site():
    corpus = load_corpus()
    originals = [a for a in truth.articles() if a.variant_of is None]
    assert Counter(a.corpus_id for a in originals) == Counter(a.id for a in corpus.articles)
    by_id = {a.id: a for a in corpus.articles}
    for served in originals:
        source = by_id[served.corpus_id]
        if source.site in {s.id for s in truth.sites()} and served.script == source.script:
            assert served.site_id == source.site
            assert (served.title, served.body) == (source.title, source.body)
            assert served.publisher_region == source.publisher_region


def test_variants_keep_the_labels_and_paragraphs_of_their_article():
    originals = {a.corpus_id: a for a in truth.articles() if a.variant_of is None}
    variants = [a for a in truth.articles() if a.variant_of in originals]
    assert any(v.site_id != originals[v.variant_of].site_id for v in variants), "need cross-site variants"
    for variant in variants:
        base = originals[variant.variant_of]
        assert all(getattr(variant, name) == getattr(base, name) for name in LABELS if name != "repost_of")
        moved = variant.site_id != base.site_id
        assert variant.repost_of == (base.repost_of or (base.corpus_id if moved else None))
        if variant.script == base.script:
            assert set(base.body.split("\n")) < set(variant.body.split("\n"))
        assert variant.title != base.title


def test_paths_and_titles_are_unique_per_site():
    articles = truth.articles()
    assert len({a.path for a in articles}) == len(articles)
    for site in truth.sites():
        titles = [a.title for a in articles if a.site_id == site.id]
        assert len(set(titles)) == len(titles), site.id


def test_article_at_finds_the_truth_for_a_served_path():
    article = truth.articles()[-1]
    assert truth.article_at(article.path) == article
    assert truth.article_at("/nowhere.html") is None


def test_builds_are_byte_for_byte_reproducible():
    first, second = build_web.__wrapped__(0), build_web.__wrapped__(0)
    assert first.pages.keys() == second.pages.keys()
    assert all(first.pages[p].body == second.pages[p].body for p in first.pages)


def test_scale_site_has_n_distinct_articles_reachable_through_its_lists():
    n = 5000
    web = build_web(n)
    bench = [a for a in web.articles if a.site_id == "bench"]
    assert len(bench) == n
    assert len({(a.corpus_id, a.title) for a in bench}) == n  # reposts may share a title, variants never
    lists = {p.path: p for p in web.others if p.kind == "list" and p.site_id == "bench"}
    start = min(lists, key=len)
    linked, path = [], start
    while path:
        linked.extend(lists[path].article_paths)
        path = lists[path].next_path
    assert sorted(linked) == sorted(a.path for a in bench)
    assert all(web.lookup(a.path) is not None for a in bench[:: n // 50])


def test_render_as_puts_one_article_through_every_template():
    from yilian.fixtureweb.build import render_as
    from yilian.fixtureweb.templates import NAMES

    corpus = load_corpus()
    article = next(a for a in corpus.articles if a.script == "zh-Hans")
    for site in truth.sites():
        for name in NAMES:
            served, gold = render_as(article, site, name)
            title = lxml_html.fromstring(served.body.decode(site.encoding)).findtext(".//title")
            assert gold.template == name and gold.site_id == site.id
            assert gold.damaged_title in title
            assert gold.members == list(article.members)  # labels stay Simplified on every site


def test_bench_source_starts_at_the_scale_site_first_list_page():
    from yilian.fixtureweb.scale import bench_source, start_url

    web = build_web(5000)
    source = bench_source()
    first = source.resolved_start_urls("http://127.0.0.1:1")[0]
    assert first == start_url("http://127.0.0.1:1")
    assert web.lookup(first.removeprefix("http://127.0.0.1:1")) is not None
