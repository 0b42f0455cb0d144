"""How well two labellers agree, beside how well the product agrees with the first: the ceiling of issue 10's table.

    .venv/bin/python benchmarks/bench_agreement.py [--second ../labels/relabel/labels.jsonl]

A second labeller, shown the texts and the definitions but not the first labels, labelled the held-out halves
named in its file's ids (``set13-r0061`` is set13's test record r0061). Each field of bench_enrich's table is
scored the same way for the second labeller and for the product against the first labeller, and grouping as
pairwise precision/recall of "same alliance" between the two labellers' keys. Aggregates only.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_enrich import FIELDS, GROUPING_SETS, load_set, run, score  # noqa: E402
from yilian.records import Article, Region  # noqa: E402


def as_article(url: str, labels: dict) -> Article:
    """A second labeller's labels in the shape the product answers in."""
    region = labels.get("event_region") or {}
    return Article(url=url, region=Region(province=region.get("province"), city=region.get("city"), county=region.get("county")),
                   alliance_forms=labels.get("alliance_forms") or [], event_types=labels.get("event_types") or [],
                   lead_organization=labels.get("lead_organization"), members=labels.get("members") or [],
                   member_count=labels.get("member_count"),
                   relevance={"label": "alliance" if labels.get("relevant") else "other", "score": 1.0})


def same_pairs(keys: dict[str, str | None]) -> set[tuple[str, str]]:
    return {(a, b) for (a, ka), (b, kb) in combinations(sorted(keys.items()), 2) if ka and ka == kb}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--second", default=str(ROOT.parent / "labels" / "relabel" / "labels.jsonl"),
                        help="the second labeller's labels, one JSON object per line: id (<set>-<record id>), labels")
    args = parser.parse_args()
    path = Path(args.second)
    if not path.is_file():
        print(f"no second labelling at {path}")
        return 0
    second = {item["id"]: item["labels"] for item in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if item}
    folders = {label: folder for label, _, folder in GROUPING_SETS}
    columns = []
    for label in sorted({key.split("-")[0] for key in second}, key=lambda s: int(s[3:]) if s[3:].isdigit() else 0):
        folder = folders[label]
        cases = load_set(folder, "test")
        raw = [json.loads(line) for line in (folder / "test.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
        human = {case.id: as_article(case.article.url, second[f"{label}-{item['id']}"]) for case, item in zip(cases, raw)}
        first_keys = {item["id"]: item["labels"].get("alliance_key") for item in raw}
        second_keys = {item["id"]: second[f"{label}-{item['id']}"].get("alliance_key") for item in raw}
        first, other = same_pairs(first_keys), same_pairs(second_keys)
        grouping = (len(first & other) / len(other) if other else 1.0, len(first & other) / len(first) if first else 1.0)
        columns.append((f"{label} test: 2nd labeller", score(cases, human), f"{grouping[0]:.3f}/{grouping[1]:.3f}"))
        columns.append((f"{label} test: product", score(cases, run(cases)[0]), "(bench_registry)"))
    print(f"{'field':28}" + "".join(f"{name:>26}" for name, _, _ in columns))
    for key, name in FIELDS:
        print(f"{name:28}" + "".join(f"{figures[key]:26.3f}" for _, figures, _ in columns))
    print(f"{'grouping P/R vs the first':28}" + "".join(f"{g:>26}" for _, _, g in columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
