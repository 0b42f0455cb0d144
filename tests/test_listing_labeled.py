"""Floors for the list-page detector on the labeled list pages (tests/list_pages, written apart from the
detector by a labeler who did not read it: 78 pages, 43 CMS skeletons). The figures themselves are
printed by benchmarks/bench_listing.py; these floors fail CI when a change makes them drop."""

from benchmarks.bench_listing import load, score_set


def test_article_links_and_pager_on_list_pages_written_apart_from_the_detector():
    score = score_set(load())
    assert score.pages == 78
    assert score.precision >= 0.98, score.misses
    assert score.recall >= 0.98, score.misses
    assert score.pager_found >= 0.98, score.misses
    assert score.title_accuracy >= 0.97
    assert score.date_accuracy >= 0.97
