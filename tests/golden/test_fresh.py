"""Floors on the third, untuned set: 12 articles written after all tuning and only measured.

`fresh-gold.jsonl` (beside this file) is the project's closest stand-in for unseen outlets
(docs/fresh.md). Do not tune on it: a failure here is fixed by a general rule, or the set stops
measuring anything. The floors sit 0.05 below the first measurement.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from golden_sets import assert_floors, check_record, load

# measured 2026-11-23 (docs/fresh.md), minus 0.05
FLOORS = {
    "language_acc": 0.95,
    "entities_f1": 0.85,
    "entities_exact_f1": 0.79,
    "persons_f1": 0.88,
    "organizations_f1": 0.74,
    "locations_f1": 0.90,
    "meetings_f1": 0.80,
    "figures_f1": 0.82,
    "figure_qualifier_acc": 0.95,
    "figure_source_acc": 0.95,
    "quotes_f1": 0.92,
    "boilerplate_f1": 0.87,
    "published_acc": 0.95,
}


def test_fresh_gold_is_well_formed() -> None:
    recs = load("fresh-gold.jsonl")
    assert len(recs) == 12 and len({r["id"] for r in recs}) == 12
    assert {r["language"] for r in recs} == {"id", "ms", "en"}
    for rec in recs:
        check_record(rec)


@pytest.mark.parametrize("with_url", [False, True])
def test_fresh_scores_stay_above_floors(with_url: bool, tmp_path: Path, scorer: ModuleType) -> None:
    assert_floors(load("fresh-gold.jsonl"), with_url, FLOORS, tmp_path, scorer)
