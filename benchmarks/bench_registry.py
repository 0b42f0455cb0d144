"""Alliance grouping (yilian/registry.py) on announcements labeled apart from the rules.

    .venv/bin/python benchmarks/bench_registry.py [--set DIR]

Two labeled sets, each in a tuning and a test half, give every announcement an ``alliance_key`` (the
same key for every announcement about one alliance, across sites and years; null for news about no one
alliance): ``tests/registry_set/`` (written for grouping: 88 alliances with 3-6 announcements on
several sites, and their confusers; its NOTES.md has the grouping rules; ``tune2`` there is a second
grouping labeler's tuning half, NOTES2.md, whose test half is read where it lies in ``../labels/registry2``;
``tune3`` a third's, NOTES3.md, its test half in ``../labels/set7``; ``tune4`` a fourth's, NOTES4.md, ``../labels/set8``), ``tests/enrich_set/`` (with
its second tuning half ``tune2`` by another labeler) and, when present, ``../labels/enrich3`` (a third
labeler's held-out ``test3``), ``../labels/enrich4`` (a fourth's held-out ``test4``) and ``../labels/enrich5`` (a fifth's
held-out ``test5``); their tuning halves are copied into ``tests/enrich_set``.
Measured as pairwise precision and recall of "same alliance" over every pair of a half:

* product: the announcements go through the enrich stage as the crawl does, and the registry groups
  them, the irrelevant ones marked so as the indexer marks them (they may only join an alliance, never start
  one), each with its publisher's name and region as the crawl gives them;
* labels: the registry groups the labeled fields themselves (lead, forms, region, events): what
  grouping alone gets right when the enrichment is right.

The test half is measured, never listed. Goal: precision ≥ 0.95, recall ≥ 0.90. The last two rows sum the pairs of
every tuning half and of every held-out half (pairs never cross sets): the held-out pool is the figure to read for
generalisation, which one labeler's quirks move less.

    .venv/bin/python benchmarks/bench_registry.py --errors tune6

The pairs one tuning half loses or invents through the product, each announcement with its fields and evidence.

    .venv/bin/python benchmarks/bench_registry.py --perturb

How grouping copes with enrichment errors it has not been tuned on: on the tuning halves only, the labeled
fields of one announcement at a time are spoilt (lead dropped, form misread, ...) and the pairs lost and
invented against the unspoilt grouping are counted (about a minute and a half).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_enrich import (  # noqa: E402  the labelled sets' folders are defined there once
    ENRICH3_DIR, ENRICH4_DIR, ENRICH5_DIR, GROUPING_SETS, REGISTRY_SET_DIR, SET_DIR, Case, load_labeled, run,
)
from benchmarks.bench_enrich import HALVES as ENRICH_HALVES  # noqa: E402

REGISTRY_DIR = REGISTRY_SET_DIR
# tuning halves first (the labeled set's, then the grouping labelers'); test* are held out
HALVES = (*(half for half in ENRICH_HALVES if half != "test"), *(tune for _, tune, _ in GROUPING_SETS if tune not in ENRICH_HALVES),
          "test", "test3", "test4", "test5")
from yilian.records import Article  # noqa: E402
from yilian.registry import COUNTY_COMMUNITY, Mention, alliance_name, group  # noqa: E402

GOALS = {"precision": 0.95, "recall": 0.90}


def keys(folder: Path, half: str) -> list[str | None]:
    """The gold alliance_key of each line, in the order load_set reads them."""
    lines = (folder / f"{half}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["labels"].get("alliance_key") for line in lines if line.strip()]


def load_set(folder: Path, half: str) -> list[Case]:
    """One half of a set, with its publishers (publishers.json, or the one publishers*.json a set ships)."""
    path = folder / "publishers.json"
    path = path if path.exists() else next(folder.glob("publishers*.json"))
    publishers = json.loads(path.read_text(encoding="utf-8"))
    publishers = {p["id"]: p for p in publishers} if isinstance(publishers, list) else publishers
    return load_labeled(folder / f"{half}.jsonl", publishers)


def halves(folder: Path) -> list[str]:
    return [half for half in HALVES if (folder / f"{half}.jsonl").exists()]


def product_mention(case: Case, article: Article) -> Mention | None:
    title, body = article.title_simplified or article.title, article.body_simplified or article.body
    return Mention(id=case.id, date=article.published_at, title=title, name=alliance_name(title, body),
                   lead=article.lead_organization, forms=tuple(article.alliance_forms), events=tuple(article.event_types),
                   province=article.region.province, city=article.region.city, county=article.region.county,
                   members=tuple(article.members), member_count=article.member_count,
                   relevant=article.relevance.get("label") != "other", source_name=case.source.name if case.source else "",
                   **_publisher(article))


def _publisher(article: Article) -> dict[str, str | None]:
    """The publisher's region as the crawl gives it (from the site's configuration), for both inputs."""
    region = article.publisher_region
    return {"publisher_province": region.province, "publisher_city": region.city, "publisher_county": region.county}


def label_mention(case: Case, predicted: Article) -> Mention | None:
    gold, article = case.gold, case.article
    if not gold["relevant"]:
        return None
    title, body = article.title_simplified or article.title, article.body_simplified or article.body
    region = gold["region"] or {}
    return Mention(id=case.id, date=article.published_at, title=title, name=alliance_name(title, body),
                   lead=gold["lead_organization"], forms=tuple(gold["alliance_forms"]), events=tuple(gold["event_types"]),
                   province=region.get("province"), city=region.get("city"), county=region.get("county"),
                   members=tuple(gold["members"]), member_count=gold["member_count"],
                   source_name=case.source.name if case.source else "", **_publisher(predicted))


def pairwise(ids: list[str], gold: dict[str, str | None], mentions: list[Mention]) -> dict[str, float]:
    placed = {a["id"]: alliance.id for alliance in group(mentions) for a in alliance.announcements}
    tp = fp = fn = 0
    for a, b in combinations(ids, 2):
        same_gold = gold[a] is not None and gold[a] == gold[b]
        same_pred = a in placed and placed.get(a) == placed.get(b)
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "gold pairs": tp + fn, "predicted pairs": tp + fp}


def measure(folder: Path, half: str) -> tuple[dict[str, float], dict[str, float], int, int]:
    """(product figures, labels figures, announcements, alliances) for one half of a set."""
    cases = load_set(folder, half)
    gold = dict(zip((c.id for c in cases), keys(folder, half)))
    predicted, _ = run(cases)
    ids = [c.id for c in cases]
    product = [m for m in (product_mention(c, predicted[c.id]) for c in cases) if m]
    labels = [m for m in (label_mention(c, predicted[c.id]) for c in cases) if m]
    return pairwise(ids, gold, product), pairwise(ids, gold, labels), len(cases), len({k for k in gold.values() if k})


# one announcement's labeled fields spoilt as the enrichment may spoil them (None: the spoiling does not apply)
PERTURBATIONS: dict[str, Callable[[Mention], Mention | None]] = {
    "lead dropped": lambda m: replace(m, lead=None) if m.lead else None,
    "city and county dropped": lambda m: replace(m, city=None, county=None) if m.city or m.county else None,
    "county dropped": lambda m: replace(m, county=None) if m.county else None,
    "forms dropped": lambda m: replace(m, forms=()) if m.forms else None,
    "members dropped": lambda m: replace(m, members=()) if m.members else None,
    "read as irrelevant": lambda m: replace(m, relevant=False),
    "form misread as county community": lambda m: replace(m, forms=(COUNTY_COMMUNITY,)) if m.forms and COUNTY_COMMUNITY not in m.forms else None,
    "county community read besides": lambda m: replace(m, forms=(*m.forms, COUNTY_COMMUNITY)) if m.forms and COUNTY_COMMUNITY not in m.forms else None,
    "first member read as lead": lambda m: replace(m, lead=m.members[0], members=(m.lead, *m.members[1:])) if m.lead and m.members else None,
}


def _same(mentions: list[Mention]) -> set[tuple[str, str]]:
    placed = {a["id"]: alliance.id for alliance in group(mentions) for a in alliance.announcements}
    return {(a, b) for a, b in combinations(sorted(placed), 2) if placed[a] == placed[b]}


def perturbed(folder: Path, half: str) -> dict[str, list[int]]:
    """Perturbation -> [announcements spoilt, gold pairs lost, false pairs invented] on one tuning half's labels."""
    assert not half.startswith("test"), "test halves are measured, never perturbed"
    cases = load_set(folder, half)
    gold = dict(zip((c.id for c in cases), keys(folder, half)))
    predicted, _ = run(cases)
    mentions = [m for m in (label_mention(c, predicted[c.id]) for c in cases) if m]
    base = _same(mentions)
    counts = {name: [0, 0, 0] for name in PERTURBATIONS}
    for name, spoil in PERTURBATIONS.items():
        for i, mention in enumerate(mentions):
            spoilt = spoil(mention)
            if spoilt is None:
                continue
            after = _same([*mentions[:i], spoilt, *mentions[i + 1 :]])
            counts[name][0] += 1
            counts[name][1] += sum(1 for a, b in base - after if gold[a] is not None and gold[a] == gold[b])
            counts[name][2] += sum(1 for a, b in after - base if gold[a] is None or gold[a] != gold[b])
    return counts


def errors(folder: Path, half: str) -> list[str]:
    """Every pair the product's grouping gets wrong on one tuning half: lost or invented, with both announcements as
    grouping read them and the evidence that placed each."""
    assert not half.startswith("test"), "test halves are measured, never listed"
    cases = load_set(folder, half)
    gold = dict(zip((c.id for c in cases), keys(folder, half)))
    predicted, _ = run(cases)
    mentions = {m.id: m for m in (product_mention(c, predicted[c.id]) for c in cases) if m}
    placed = {a["id"]: (alliance.id, a["evidence"]) for alliance in group(list(mentions.values())) for a in alliance.announcements}
    out = []
    for a, b in combinations([c.id for c in cases], 2):
        same_gold = gold[a] is not None and gold[a] == gold[b]
        same_pred = a in placed and placed[a][0] == placed.get(b, (None,))[0]
        if same_gold != same_pred:
            out.append(f"{'LOST' if same_gold else 'FALSE'} {a} {b} (gold {gold[a]}, {gold[b]})")
            for i in (a, b):
                m = mentions[i]
                out.append(f"    {i} [{placed.get(i, (None, 'not placed'))[1]}] {m.title} | name {m.name} | lead {m.lead} | "
                           f"{'/'.join(m.forms)} | {m.province} {m.city} {m.county} | members {'、'.join(m.members[:4])} | "
                           f"{'relevant' if m.relevant else 'irrelevant'} | {m.source_name}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    held_out = [folder for _, _, folder in GROUPING_SETS]
    default = [str(folder) for folder in (REGISTRY_DIR, *held_out, SET_DIR, ENRICH3_DIR, ENRICH4_DIR, ENRICH5_DIR) if folder.is_dir()]
    parser.add_argument("--sets", nargs="*", default=default, help="labeled sets' folders")
    parser.add_argument("--perturb", action="store_true", help="spoil the tuning halves' labels one announcement at a time")
    parser.add_argument("--errors", metavar="[DIR/]HALF", help="list the pairs the product gets wrong on one tuning half "
                        "(tests/registry_set unless a folder is given: tests/enrich_set/tune2)")
    args = parser.parse_args()
    if args.errors:
        folder, _, half = args.errors.rpartition("/")
        print("\n".join(errors(Path(folder) if folder else REGISTRY_DIR, half)))
        return 0
    rows, measured, spoilt = [], set(), {name: [0, 0, 0] for name in PERTURBATIONS}
    # pairs summed over every tuning half and over every held-out half (pairs never cross sets): (found, gold, predicted)
    pools = {name: ([0, 0, 0], [0, 0, 0]) for name in ("tune pool", "test pool")}
    for folder in map(Path, args.sets):
        for half in halves(folder):
            content = (folder / f"{half}.jsonl").read_bytes()
            if content in measured:  # tune3 is in tests/enrich_set too: one row for it
                continue
            measured.add(content)
            if args.perturb:
                for name, counts in (perturbed(folder, half) if not half.startswith("test") else {}).items():
                    spoilt[name] = [a + b for a, b in zip(spoilt[name], counts)]
                continue
            product, labels, n, alliances = measure(folder, half)
            rows.append((f"{folder.name} {half} ({n} ann., {alliances} alliances)", product, labels))
            pool = pools["test pool" if half.startswith("test") else "tune pool"]
            for figures, kept in ((product, pool[0]), (labels, pool[1])):
                found = round(figures["recall"] * figures["gold pairs"])
                kept[0], kept[1], kept[2] = kept[0] + found, kept[1] + figures["gold pairs"], kept[2] + figures["predicted pairs"]
    if args.perturb:
        print(f"\n{'one announcement, tuning halves':<34}{'spoilt':>8}{'pairs lost':>12}{'false pairs':>13}")
        for name, (n, lost, invented) in spoilt.items():
            print(f"{name:<34}{n:>8d}{lost:>12d}{invented:>13d}")
        return 0
    print(f"\n{'set':<46}{'product P':>11}{'product R':>11}{'labels P':>10}{'labels R':>10}{'gold pairs':>12}"
          f"{'predicted (product, labels)':>29}")
    for name, product, labels in rows:
        print(f"{name:<46}{product['precision']:>11.3f}{product['recall']:>11.3f}{labels['precision']:>10.3f}"
              f"{labels['recall']:>10.3f}{product['gold pairs']:>12d}{product['predicted pairs']:>18d}{labels['predicted pairs']:>11d}")
    for name, ((found, gold, predicted), (l_found, _, l_predicted)) in pools.items():
        product = {"precision": found / predicted if predicted else 1.0, "recall": found / gold if gold else 1.0}
        labels = {"precision": l_found / l_predicted if l_predicted else 1.0, "recall": l_found / gold if gold else 1.0}
        print(f"{name + ' (pairs summed)':<46}{product['precision']:>11.3f}{product['recall']:>11.3f}{labels['precision']:>10.3f}"
              f"{labels['recall']:>10.3f}{gold:>12d}{predicted:>18d}{l_predicted:>11d}")
    print(f"{'goal':<46}{GOALS['precision']:>11.2f}{GOALS['recall']:>11.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
