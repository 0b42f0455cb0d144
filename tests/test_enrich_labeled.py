"""Floors on issue 10's table: the labeled set written apart from the rules (tests/enrich_set: both
halves, and a second, a third, a fourth and a fifth tuning set by other labelers; the grouping labelers' tuning
halves in tests/registry_set) and the fixture web's served pages through the whole pipeline, scored by
benchmarks/bench_enrich.py with the same definitions. Each floor sits just under what the rules reach, so a
regression on any field fails; the test half's floors were set from its aggregate figures only."""

from pathlib import Path

import pytest

from benchmarks.bench_enrich import GROUPING_SETS, REGISTRY_SET_DIR, SET_DIR, load_served, load_set, run, score

ROOT = Path(__file__).resolve().parents[1]

FLOORS = {
    "tune": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.98, "events": 0.96, "lead": 0.99,
             "count": 0.99, "members_recall": 0.99, "members_precision": 0.98, "relevance": 0.99},
    "tune2": {"province": 0.99, "city": 0.98, "county": 0.99, "forms": 0.99, "events": 0.98, "lead": 0.99,
              "count": 0.98, "members_recall": 0.97, "members_precision": 0.96, "relevance": 0.99},
    # a third labeler's set stressing relevance borderlines, member lists in many shapes, subtle event types,
    # leads without 牵头 and indirect places
    "tune3": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.99, "events": 0.97, "lead": 0.98,
              "count": 0.98, "members_recall": 0.995, "members_precision": 0.985, "relevance": 0.99},
    # a fourth labeler's set imitating county and city sites
    "tune4": {"province": 0.99, "city": 0.98, "county": 0.99, "forms": 0.99, "events": 0.97, "lead": 0.99,
              "count": 0.99, "members_recall": 0.96, "members_precision": 0.96, "relevance": 0.99},
    # a fifth labeler's set: members in many list shapes, counts, multi-form items, event variety, lures
    "tune5": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.99, "events": 0.99, "lead": 0.99,
              "count": 0.97, "members_recall": 0.995, "members_precision": 0.995, "relevance": 0.99},
    # the grouping labelers' tuning halves, every field labeled too (tests/registry_set tune2, tune3)
    "reg2 tune": {"province": 0.98, "city": 0.98, "county": 0.99, "forms": 0.98, "events": 0.945, "lead": 0.99,
                  "count": 0.96, "members_recall": 0.97, "members_precision": 0.9, "relevance": 0.99},
    "set7 tune": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.99, "events": 0.96, "lead": 0.99,
                  "count": 0.98, "members_recall": 0.995, "members_precision": 0.99, "relevance": 0.99},
    "set8 tune": {"province": 0.99, "city": 0.98, "county": 0.99, "forms": 0.99, "events": 0.98, "lead": 0.99,
                  "count": 0.99, "members_recall": 0.99, "members_precision": 0.975, "relevance": 0.99},
    "set9 tune": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.995, "events": 0.955, "lead": 0.975,
                  "count": 0.99, "members_recall": 0.99, "members_precision": 0.99, "relevance": 0.995},
    "set10 tune": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.97, "events": 0.945, "lead": 0.98,
                   "count": 0.99, "members_recall": 0.995, "members_precision": 0.99, "relevance": 0.99},
    "set11 tune": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.95, "events": 0.945, "lead": 0.96,
                   "count": 0.98, "members_recall": 0.98, "members_precision": 0.98, "relevance": 0.99},
    "set12 tune": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.98, "events": 0.945, "lead": 0.99,
                   "count": 0.99, "members_recall": 0.99, "members_precision": 0.96, "relevance": 0.99},
    "set13 tune": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.97, "events": 0.94, "lead": 0.88,
                   "count": 0.94, "members_recall": 0.9, "members_precision": 0.86, "relevance": 0.99},
    # members precision .92: tune10-52, relevant since its title's 坐诊 frames the body's 帮扶, has no lead found, so its
    # helper 宁波市第一医院 is listed as a member
    "set14 tune": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.99, "events": 0.945, "lead": 0.96,
                   "count": 0.92, "members_recall": 0.995, "members_precision": 0.95, "relevance": 0.99},
    # a fifteenth and a sixteenth labeler's sets, kept blind through a session's rules: floors at entry
    "set15 tune": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.91, "events": 0.905, "lead": 0.90,
                   "count": 0.96, "members_recall": 0.965, "members_precision": 0.95, "relevance": 1.0},
    "set16 tune": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.965, "events": 0.835, "lead": 0.99,
                   "count": 0.94, "members_recall": 0.97, "members_precision": 0.93, "relevance": 0.995},
    # a seventeenth labeler's long reports (the alliance one part of a work report or summary): floors at entry;
    # members precision .89 and the tune half's .98: the context-paragraph rule for members was reverted (it cost
    # members recall on two blind sets: .868 -> .735 and .786 -> .698)
    "set17 tune": {"province": 0.99, "city": 0.99, "county": 0.97, "forms": 0.99, "events": 0.895, "lead": 0.96,
                   "count": 0.93, "members_recall": 0.94, "members_precision": 0.935, "relevance": 1.0},
    # an eighteenth and a nineteenth labeler's sets, kept blind through a session's rules: floors at entry
    "set18 tune": {"province": 0.99, "city": 0.99, "county": 0.99, "forms": 0.945, "events": 0.94, "lead": 0.94,
                   "count": 0.96, "members_recall": 0.975, "members_precision": 0.975, "relevance": 0.99},
    "set19 tune": {"province": 0.99, "city": 0.98, "county": 0.99, "forms": 0.965, "events": 0.91, "lead": 0.92,
                   "count": 0.925, "members_recall": 0.97, "members_precision": 0.95, "relevance": 0.995},
    "test": {"province": 0.99, "city": 0.97, "county": 0.99, "forms": 0.98, "events": 0.93, "lead": 0.965,
             "count": 0.96, "members_recall": 0.97, "members_precision": 0.89, "relevance": 0.99},
    # the fixture web's gold lists an overview's hospitals, an aid team's home hospitals and a free clinic's
    # venue as members (not so in the labeled sets' M1/M5/M7) and a founding ceremony as a meeting (not so in E2)
    "fixture": {"province": 0.99, "city": 0.98, "county": 0.99, "forms": 0.98, "events": 0.90, "lead": 0.97,
                "count": 0.99, "members_recall": 0.895, "members_precision": 0.97, "relevance": 0.99},
}


GROUPING_HALVES = {f"{label} tune": tune for label, tune, _ in GROUPING_SETS}


@pytest.fixture(scope="module", params=["tune", "tune2", "tune3", "tune4", "tune5", *GROUPING_HALVES, "test", "fixture"])
def figures(request):
    if request.param == "fixture":
        cases = load_served(ROOT / "config" / "sources.yaml")
    elif request.param in GROUPING_HALVES:
        cases = load_set(REGISTRY_SET_DIR, GROUPING_HALVES[request.param])
    else:
        cases = load_set(SET_DIR, request.param)
    return request.param, score(cases, run(cases)[0])


def test_every_field_of_the_table_holds_its_floor(figures):
    name, got = figures
    low = {field: (round(got[field], 3), floor) for field, floor in FLOORS[name].items() if got[field] < floor}
    assert not low, f"{name}: below the floor (got, floor): {low}"


def test_the_labeled_set_is_the_size_the_issue_asks_for():
    halves = {half: (SET_DIR / f"{half}.jsonl").read_text(encoding="utf-8").splitlines() for half in ("tune", "test")}
    assert sum(len(lines) for lines in halves.values()) >= 150 and all(len(lines) >= 100 for lines in halves.values())
    assert (SET_DIR / "DEFINITIONS.md").is_file()
    # the second tuning set, by another labeler, with its own judgement calls
    assert len((SET_DIR / "tune2.jsonl").read_text(encoding="utf-8").splitlines()) >= 150
    assert (SET_DIR / "NOTES2.md").is_file()
    assert len((SET_DIR / "tune3.jsonl").read_text(encoding="utf-8").splitlines()) >= 80
    assert (SET_DIR / "NOTES3.md").is_file()
    for half, notes in (("tune4", "NOTES4.md"), ("tune5", "NOTES5.md")):
        assert len((SET_DIR / f"{half}.jsonl").read_text(encoding="utf-8").splitlines()) >= 60
        assert (SET_DIR / notes).is_file()
