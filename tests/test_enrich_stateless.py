"""An announcement's enrichment depends on the announcement and its source alone: not on what the process
enriched before it (a cache keyed wrongly, a module table filled at run time) nor on the process's hash
seed (a tie broken by set order). A user re-running one page, or a crawl reaching pages in another order,
sees the same fields."""

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from benchmarks.bench_enrich import SET_DIR, load_set
from yilian.clean.enrich import enrich

ROOT = Path(__file__).resolve().parents[1]
HALVES = ("tune", "tune2", "tune3", "tune4", "tune5")  # the tuning halves: every shape the labelers wrote


def _fields(article) -> str:
    """Every enriched field with its evidence, as one comparable string."""
    keep = ("region", "publisher_region", "alliance_forms", "alliance_evidence", "event_types", "lead_organization",
            "members", "member_count", "relevance", "enrich_evidence")
    data = asdict(article)
    return json.dumps({k: data[k] for k in keep}, ensure_ascii=False, sort_keys=True)


def _cases():
    return [c for half in HALVES for c in load_set(SET_DIR, half)]


def test_the_same_article_gets_the_same_fields_whatever_was_enriched_before_it():
    cases = _cases()
    forward = [_fields(enrich(c.article, c.source)) for c in cases]
    backward = [_fields(enrich(c.article, c.source)) for c in reversed(cases)][::-1]
    changed = [c.id for c, a, b in zip(cases, forward, backward) if a != b]
    assert not changed, f"fields depend on the articles enriched before: {changed}"


_ALONE = """
import json, sys
sys.path.insert(0, {root!r})
from benchmarks.bench_enrich import SET_DIR, load_set
from tests.test_enrich_stateless import HALVES, _fields
from yilian.clean.enrich import enrich
cases = [c for half in HALVES for c in load_set(SET_DIR, half)]
print(json.dumps([_fields(enrich(cases[i].article, cases[i].source)) for i in {picked!r}]))
"""


def test_an_article_enriched_alone_in_a_fresh_process_gets_the_fields_of_a_whole_run():
    cases = _cases()
    whole = [_fields(enrich(c.article, c.source)) for c in cases]
    picked = list(range(len(cases)))[::-1]  # the last article of the run is the first one enriched here
    for seed in ("1", "2"):  # another hash seed orders sets otherwise: a tie broken by set order shows
        out = subprocess.run([sys.executable, "-c", _ALONE.format(root=str(ROOT), picked=picked)], check=True,
                             capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed})
        alone = json.loads(out.stdout)
        changed = [cases[i].id for i, fields in zip(picked, alone) if fields != whole[i]]
        assert not changed, f"PYTHONHASHSEED={seed}: fields differ when enriched alone: {changed}"
