"""Floors on the sixth, untuned set: 12 articles annotated before any prediction was run.

`blind3-gold.jsonl` (beside this file) was written without reading the extraction code, the
other golden sets or the docs (docs/blind3.md). It leans on corruption trials, election counts,
transport accidents, East Malaysian floods, Papua, aid convoys, immigration raids, food
poisoning and royal/diplomatic audiences. Do not tune on it: a failure here is fixed by a
general rule, or the set stops measuring anything.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from golden_sets import assert_floors, check_record, load

# the untuned first measurement (docs/blind3.md; lower of text-only and text+url), minus ~0.03
FLOORS = {
    "language_acc": 0.97,
    "entities_f1": 0.86,
    "entities_exact_f1": 0.74,
    "persons_f1": 0.90,
    "organizations_f1": 0.83,
    "locations_f1": 0.85,
    "meetings_f1": 0.75,
    "figures_f1": 0.78,
    "figure_qualifier_acc": 0.97,
    "figure_source_acc": 0.97,
    "quotes_f1": 0.90,
    "boilerplate_f1": 0.95,
    "published_acc": 0.80,
}


def test_blind3_gold_is_well_formed() -> None:
    recs = load("blind3-gold.jsonl")
    assert len(recs) == 12 and len({r["id"] for r in recs}) == 12
    assert [r["language"] for r in recs].count("id") == 6
    assert [r["language"] for r in recs].count("ms") == 5
    assert [r["language"] for r in recs].count("en") == 1
    for rec in recs:
        check_record(rec)


@pytest.mark.parametrize("with_url", [False, True])
def test_blind3_scores_stay_above_floors(with_url: bool, tmp_path: Path, scorer: ModuleType) -> None:
    assert_floors(load("blind3-gold.jsonl"), with_url, FLOORS, tmp_path, scorer)
