"""Extraction on the fixture web's ground truth: pages and labels written by other engineers,
so these floors hold the extractor to a set it was not written against."""

from __future__ import annotations

import pytest

from benchmarks.bench_extract import char_f1, decode_all, load_fixtureweb, norm_date, run_yilian, same


@pytest.fixture(scope="module")
def results() -> list[tuple[dict, dict]]:
    pages = load_fixtureweb()
    docs, _ = decode_all(pages)
    return [(gold, run_yilian(doc)) for (_, _, gold), doc in zip(pages, docs)]


def _articles(results):
    return [(g, o) for g, o in results if g["is_article"]]


def test_articles_meet_the_issue_targets(results):
    arts = _articles(results)
    assert len(arts) >= 100 and all(o["is_article"] for _, o in arts)
    assert sum(char_f1(o["body"], g["body"]) for g, o in arts) / len(arts) >= 0.97
    assert sum(norm_date(o["date_product"]) == g["date"] for g, o in arts) / len(arts) >= 0.98
    assert sum(same(o["source"], g["source"]) for g, o in arts) / len(arts) >= 0.95


def test_every_template_extracts_its_body(results):
    by_template: dict[str, list[float]] = {}
    for g, o in _articles(results):
        by_template.setdefault(g["template"], []).append(char_f1(o["body"], g["body"]))
    assert len(by_template) >= 4
    assert {t: round(sum(v) / len(v), 3) for t, v in by_template.items() if sum(v) / len(v) < 0.95} == {}


def test_titles_exact_where_the_served_title_is_intact(results):
    wrong = [(o["title"], g["title"]) for g, o in _articles(results) if not g["title_damaged"] and not same(o["title"], g["title"])]
    assert wrong == []


def test_list_soft404_login_and_search_pages_are_not_articles(results):
    others = [(g["template"], o["reason"]) for g, o in results if not g["is_article"]]
    assert {kind for kind, _ in others} == {"list", "soft404", "login", "search"}
    assert [(kind, reason) for kind, reason in others if reason is None] == []
