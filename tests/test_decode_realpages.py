"""Do no harm, measured on real pages nobody here wrote (../shared/realpages, read where it lies).

A page that decodes cleanly under its true encoding must come out with exactly that text
(benchmarks/decode_harm.py says what "changed" means) and unflagged; a change that is not
flagged `damaged` would be a silent rewrite of good text.
"""

from __future__ import annotations

import pytest

from benchmarks import realpages
from benchmarks.decode_harm import judge


@pytest.fixture(scope="module")
def harms():
    try:
        pages = realpages.load()
    except realpages.MissingRealPages as exc:
        pytest.skip(str(exc))
    return [(p, judge(p.id, p.body, p.url, p.gold["encoding"])) for p in pages]


def test_no_clean_page_is_changed(harms):
    """Not even one whose own bytes hold misread text: a reading that guesses is offered in
    the damage span, not written over what the page published."""
    clean = [(p, h) for p, h in harms if p.gold["encoding_errors"] == 0]
    assert len(clean) >= 140
    assert [h.page_id for _, h in clean if h.changed] == []


def test_false_damaged_flags_stay_rare(harms):
    clean = [h for p, h in harms if p.gold["encoding_errors"] == 0]
    flagged = [h for h in clean if h.damaged]
    # every flag on a clean page points at loss the page itself shows (U+FFFD, misread text)
    assert all(h.decoded.damage for h in flagged)
    assert len(flagged) / len(clean) <= 0.015


def test_pages_with_undecodable_bytes_are_flagged(harms):
    broken = [h for p, h in harms if p.gold["encoding_errors"] > 0]
    assert broken and all(h.damaged and "undecodable" in h.decoded.flags for h in broken)


def test_no_clean_page_reports_a_misreading(harms):
    clean = [h for p, h in harms if p.gold["encoding_errors"] == 0]
    repaired = [h.page_id for h in clean if "mojibake_repaired" in h.decoded.flags]
    assert repaired == []


def test_declared_wrong_means_a_label_of_another_family(harms):
    """`declared_wrong` exactly where the page's own label (gold: declared_charset) names
    another family than its true encoding (a GB2312 label on a GBK page is the right family,
    even on a page with broken bytes); the pages here carry no HTTP header."""
    from yilian.clean.decoding.declared import codec_for

    def wrong(p) -> bool:
        label = p.gold["declared_charset"]
        return bool(label) and codec_for(label) != codec_for(p.gold["encoding"]) and not p.body.isascii()

    flagged = {p.id for p, h in harms if "declared_wrong" in h.decoded.flags}
    assert flagged == {p.id for p, _ in harms if wrong(p)}
    assert len(flagged) >= 5
