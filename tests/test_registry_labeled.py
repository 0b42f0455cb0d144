"""Alliance grouping on announcements labeled apart from the rules (benchmarks/bench_registry.py): floors
just under the figures reached, for grouping from the labeled fields and through the product's enrichment."""

from __future__ import annotations

import pytest

from benchmarks.bench_enrich import SET_DIR
from benchmarks.bench_registry import REGISTRY_DIR, measure

# (set, half) -> floors: (labels precision, labels recall, product precision, product recall)
FLOORS = {
    (REGISTRY_DIR, "tune"): (0.99, 0.99, 0.98, 0.92),
    (REGISTRY_DIR, "test"): (0.97, 0.93, 0.96, 0.80),
    (SET_DIR, "tune"): (0.99, 0.97, 0.99, 0.97),
    (SET_DIR, "test"): (0.99, 0.93, 0.98, 0.81),
}


@pytest.mark.parametrize(("folder", "half"), list(FLOORS), ids=lambda v: getattr(v, "name", v))
def test_grouping_holds_its_floors(folder, half):
    product, labels, _, _ = measure(folder, half)
    floors = FLOORS[(folder, half)]
    assert labels["precision"] >= floors[0] and labels["recall"] >= floors[1], labels
    assert product["precision"] >= floors[2] and product["recall"] >= floors[3], product
