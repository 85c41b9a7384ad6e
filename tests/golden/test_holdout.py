"""Generalisation floors on the second held-out set: 18 invented articles, never used for tuning.

`holdout-gold.jsonl` (beside this file) holds news stories written for warta on topics unlike the
public gold (landslides, KPK arrests, DPR hearings, state visits, ASEAN meetings, Sabah floods,
Malaysian courts, PDRM drug busts, dengue, business, Rakhine refugees, migrant boats, typhoons) in
the noise of other outlets, annotated by ../shared/examples/README.md before warta was run on them.
The floors sit 0.05 below the scores measured when the set was made (docs/holdout.md). Do not tune
on this file's articles: read docs/holdout.md for the failure classes and fix them generally.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from golden_sets import assert_floors, check_record, load

# measured 2026-11-23 after the holdout round (docs/quality.md), minus about 0.05; the scores
# before any tuning on this set (the honest estimate) stay in docs/holdout.md
FLOORS_TEXT_ONLY = {
    "language_acc": 0.95,
    "entities_f1": 0.92,
    "entities_exact_f1": 0.90,
    "persons_f1": 0.95,
    "organizations_f1": 0.90,
    "locations_f1": 0.92,
    "meetings_f1": 0.85,
    "figures_f1": 0.93,
    "figure_qualifier_acc": 0.95,
    "figure_source_acc": 0.90,
    "quotes_f1": 0.94,
    "boilerplate_f1": 0.95,
    "published_acc": 0.95,
}
FLOORS_WITH_URL = {**FLOORS_TEXT_ONLY}


def test_holdout_gold_is_well_formed() -> None:
    recs = load("holdout-gold.jsonl")
    assert len(recs) == 18 and len({r["id"] for r in recs}) == 18
    assert sorted(r["language"] for r in recs).count("id") == 8
    assert {r["language"] for r in recs} == {"id", "ms", "en"}
    for rec in recs:
        check_record(rec)
        names = set(rec["persons"]) | set(rec["organizations"]) | set(rec["locations"])
        assert all(f["source"] is None or f["source"] in names for f in rec["figures"]), rec["id"]


@pytest.mark.parametrize(("with_url", "floors"), [(False, FLOORS_TEXT_ONLY), (True, FLOORS_WITH_URL)])
def test_holdout_scores_stay_above_floors(
    with_url: bool, floors: dict[str, float], tmp_path: Path, scorer: ModuleType
) -> None:
    assert_floors(load("holdout-gold.jsonl"), with_url, floors, tmp_path, scorer)
